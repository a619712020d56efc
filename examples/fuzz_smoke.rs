//! A short, deterministic mutation run on the stable toolchain, for CI: every fixture page is
//! mutated (bytes flipped, slices repeated or cut, hostile snippets inserted) with a fixed
//! seed, and each mutated page is extracted. It fails when extraction panics or when a page
//! takes far longer per byte than the slowest fixture does. The long run is `fuzz/run.sh`.
//!
//! `cargo run --release --example fuzz_smoke -- [PAGES]` (default 1,000).

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

/// How much slower per byte than the slowest fixture a mutated page may be.
const SLOWER: f64 = 25.0;
/// Time any page may take whatever its size (start-up costs, small pages).
const FLOOR: Duration = Duration::from_millis(50);

/// Snippets that have made extraction slow before: nesting, dates, headings, attributes.
const HOSTILE: &[&str] = &[
    "<div>",
    "<span>",
    " a=b",
    "\0",
    "<p>",
    "<li>",
    "<table><tr><td>",
    "<a href=/x>",
    "{\"@type\":\"Thing\",\"about\":",
    "&amp;",
    "<h2><span>words ",
    " then 5 March 2024, ",
];

/// A small deterministic generator (xorshift64*): the same seed gives the same run.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
}

fn main() {
    let pages: usize = std::env::args()
        .nth(1)
        .and_then(|n| n.parse().ok())
        .unwrap_or(1_000);
    let snippets = HOSTILE.to_vec();
    let fixtures = fixture_pages(Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures"));
    assert!(!fixtures.is_empty(), "no fixture pages found");
    // The slowest fixture's time per byte, best of three, is the yardstick.
    let rate = fixtures
        .iter()
        .map(|page| per_byte(best_of_three(page), page.len()))
        .fold(0.0, f64::max);
    let mut rng = Rng(0x5eed_1234_abcd_0001);
    let started = Instant::now();
    let mut slow = Vec::new();
    for n in 0..pages {
        let original = &fixtures[n % fixtures.len()];
        let page = mutate(original, &snippets, &mut rng);
        let took = time(&page);
        let allowed = FLOOR + Duration::from_secs_f64(rate * SLOWER * page.len() as f64);
        if took > allowed && best_of_three(&page) > allowed {
            slow.push(format!(
                "page {n} ({} bytes): {took:?}, allowed {allowed:?}",
                page.len()
            ));
        }
    }
    println!(
        "fuzz smoke: {pages} mutated pages from {} fixtures in {:.1} s, {} too slow",
        fixtures.len(),
        started.elapsed().as_secs_f64(),
        slow.len()
    );
    if !slow.is_empty() {
        eprintln!("{}", slow.join("\n"));
        std::process::exit(1);
    }
}

/// Every `.html` page under the fixtures folder.
fn fixture_pages(dir: PathBuf) -> Vec<Vec<u8>> {
    let mut found = Vec::new();
    let mut stack = vec![dir];
    while let Some(dir) = stack.pop() {
        let Ok(entries) = std::fs::read_dir(&dir) else {
            continue;
        };
        let mut paths: Vec<PathBuf> = entries.filter_map(|e| Some(e.ok()?.path())).collect();
        paths.sort();
        for path in paths {
            if path.is_dir() {
                stack.push(path);
            } else if path.extension().is_some_and(|e| e == "html")
                && let Ok(bytes) = std::fs::read(&path)
            {
                found.push(bytes);
            }
        }
    }
    found
}

/// One extraction's time; a panic fails the run (the library must never panic).
fn time(page: &[u8]) -> Duration {
    let started = Instant::now();
    let article = newsprint::extract_bytes(page);
    let took = started.elapsed();
    drop(article);
    took
}

fn best_of_three(page: &[u8]) -> Duration {
    (0..3).map(|_| time(page)).min().unwrap_or_default()
}

fn per_byte(took: Duration, len: usize) -> f64 {
    took.as_secs_f64() / len.max(1) as f64
}

/// One to four mutations of a page, keeping it under twice its size plus 64 KiB.
fn mutate(original: &[u8], snippets: &[&str], rng: &mut Rng) -> Vec<u8> {
    let mut page = original.to_vec();
    let limit = original.len() * 2 + (64 << 10);
    for _ in 0..1 + rng.below(4) {
        let at = rng.below(page.len() + 1);
        match rng.below(5) {
            0 => {
                // flip a few bytes
                for _ in 0..1 + rng.below(16) {
                    let i = rng.below(page.len());
                    if let Some(b) = page.get_mut(i) {
                        *b ^= 1 << rng.below(8);
                    }
                }
            }
            1 => {
                // cut a slice
                let len = rng.below(page.len().saturating_sub(at).min(4096) + 1);
                page.drain(at..at + len);
            }
            2 => {
                // repeat a slice
                let len = rng.below(page.len().saturating_sub(at).min(512) + 1);
                let slice = page[at..at + len].to_vec();
                let times = 1 + rng.below(50);
                let insert: Vec<u8> = slice.repeat(times);
                page.splice(at..at, insert);
            }
            _ => {
                // a hostile snippet, repeated
                let snippet = snippets[rng.below(snippets.len())].as_bytes();
                let times = 1 + rng.below(1_000);
                page.splice(at..at, snippet.repeat(times));
            }
        }
        page.truncate(limit);
    }
    page
}

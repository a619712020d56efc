//! Times `extract` on every fixture page and, in the same run, html5ever parsing the same
//! text into an rcdom alone, so the cost of extraction beyond the parse shows as a ratio.
//! Also times a sample of `../shared/corpus` when it is present.

use std::io::Read;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use html5ever::tendril::TendrilSink;
use markup5ever_rcdom::RcDom;

fn fixture_pages() -> Vec<(String, String)> {
    let mut paths = Vec::new();
    collect(Path::new("fixtures"), &mut paths);
    paths.sort();
    paths
        .into_iter()
        .filter_map(|p| {
            let bytes = std::fs::read(&p).ok()?;
            let name = p
                .strip_prefix("fixtures")
                .unwrap_or(&p)
                .display()
                .to_string();
            Some((name, newsprint::Page::from_bytes(&bytes).html().to_string()))
        })
        .collect()
}

/// Every tenth page of the shared corpus, for a realistic mix of sizes.
fn corpus_sample() -> Vec<(String, String)> {
    let mut paths = Vec::new();
    collect(Path::new("../shared/corpus"), &mut paths);
    paths.sort();
    paths
        .into_iter()
        .step_by(10)
        .filter_map(|p| {
            let mut bytes = Vec::new();
            flate2::read::GzDecoder::new(std::fs::File::open(&p).ok()?)
                .read_to_end(&mut bytes)
                .ok()?;
            Some((
                p.display().to_string(),
                newsprint::Page::from_bytes(&bytes).html().to_string(),
            ))
        })
        .collect()
}

fn collect(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            collect(&path, out);
        } else if path
            .file_name()
            .and_then(|n| n.to_str())
            .is_some_and(|n| n.ends_with(".html") || n.ends_with(".html.gz"))
        {
            out.push(path);
        }
    }
}

fn parse_only(html: &str) -> RcDom {
    html5ever::parse_document(RcDom::default(), Default::default()).one(html)
}

fn bench_fixtures(c: &mut Criterion) {
    let pages = fixture_pages();
    let mut group = c.benchmark_group("fixtures");
    group
        .measurement_time(Duration::from_secs(2))
        .sample_size(20);
    for (name, html) in &pages {
        group.throughput(Throughput::Bytes(html.len() as u64));
        group.bench_function(format!("extract/{name}"), |b| {
            b.iter(|| newsprint::extract(html))
        });
        group.bench_function(format!("parse/{name}"), |b| b.iter(|| parse_only(html)));
    }
    group.finish();
    report_ratios("fixtures", &pages);
}

fn bench_corpus(c: &mut Criterion) {
    let pages = corpus_sample();
    if pages.is_empty() {
        eprintln!("../shared/corpus not found: corpus benchmark skipped");
        return;
    }
    let bytes: usize = pages.iter().map(|(_, h)| h.len()).sum();
    let mut group = c.benchmark_group("corpus-sample");
    group
        .measurement_time(Duration::from_secs(10))
        .sample_size(10);
    group.throughput(Throughput::Bytes(bytes as u64));
    group.bench_function("extract", |b| {
        b.iter(|| {
            pages
                .iter()
                .map(|(_, h)| newsprint::extract(h).body.len())
                .sum::<usize>()
        })
    });
    group.bench_function("parse", |b| {
        b.iter(|| {
            pages
                .iter()
                .map(|(_, h)| parse_only(h).document.children.borrow().len())
                .sum::<usize>()
        })
    });
    group.finish();
    report_ratios("corpus-sample", &pages);
}

/// Prints extraction and parse time per page and their ratio, timed back to back.
fn report_ratios(label: &str, pages: &[(String, String)]) {
    const ROUNDS: u32 = 10;
    let (mut total_extract, mut total_parse) = (Duration::ZERO, Duration::ZERO);
    println!("\n{label}: per-page time over {ROUNDS} rounds (extract includes its own parse)");
    println!(
        "{:<60} {:>12} {:>12} {:>7}",
        "page", "extract", "parse", "ratio"
    );
    for (name, html) in pages {
        let t = Instant::now();
        for _ in 0..ROUNDS {
            std::hint::black_box(newsprint::extract(html));
        }
        let extract = t.elapsed() / ROUNDS;
        let t = Instant::now();
        for _ in 0..ROUNDS {
            std::hint::black_box(parse_only(html));
        }
        let parse = t.elapsed() / ROUNDS;
        total_extract += extract;
        total_parse += parse;
        if pages.len() <= 40 {
            println!(
                "{:<60} {:>10.3}ms {:>10.3}ms {:>7.2}",
                name,
                extract.as_secs_f64() * 1e3,
                parse.as_secs_f64() * 1e3,
                extract.as_secs_f64() / parse.as_secs_f64()
            );
        }
    }
    println!(
        "{:<60} {:>10.3}ms {:>10.3}ms {:>7.2}",
        format!("TOTAL ({} pages)", pages.len()),
        total_extract.as_secs_f64() * 1e3,
        total_parse.as_secs_f64() * 1e3,
        total_extract.as_secs_f64() / total_parse.as_secs_f64()
    );
}

criterion_group!(benches, bench_fixtures, bench_corpus);
criterion_main!(benches);

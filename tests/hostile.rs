//! Hostile pages cost time in proportion to their size: each case is extracted at size N and
//! 4N, and the time may grow no more than six-fold (a ratio, so it holds on any machine).
//! The sizes keep a debug build's run short while a quadratic path would still show (it would
//! grow sixteen-fold). Nested headings go past the parse's nesting cap (512) at both sizes
//! (below it, html5ever's own scope checks grow with the depth, which the cap bounds) and
//! stay under the 20,000 bytes past which a heading is no headline candidate, so that both
//! sizes take the same path.

use std::time::{Duration, Instant};

use newsprint::extract_bytes;

/// The most the time may grow from N to 4N: linear work grows four-fold, quadratic
/// sixteen-fold; the margin above four absorbs a debug build's noise on a busy machine.
const MAX_GROWTH: f64 = 6.0;

/// The best of five extractions of the page: the least disturbed by other work.
fn best_time(page: &[u8]) -> Duration {
    (0..5)
        .map(|_| {
            let started = Instant::now();
            let article = extract_bytes(page);
            let took = started.elapsed();
            drop(article);
            took
        })
        .min()
        .unwrap_or_default()
}

/// One measurement at a time: the test harness runs tests on parallel threads, and a
/// neighbour's work would land in one size's time and not the other's.
static ONE_AT_A_TIME: std::sync::Mutex<()> = std::sync::Mutex::new(());

/// Asserts that extracting `make(4 * n)` takes at most [`MAX_GROWTH`] times as long as
/// `make(n)`.
fn grows_linearly(name: &str, n: usize, make: impl Fn(usize) -> Vec<u8>) {
    let _alone = ONE_AT_A_TIME.lock().unwrap_or_else(|e| e.into_inner());
    let small = best_time(&make(n));
    let large = best_time(&make(4 * n));
    let growth = large.as_secs_f64() / small.as_secs_f64().max(1e-6);
    eprintln!(
        "{name}: {small:?} at {n}, {large:?} at {}: {growth:.1}x",
        4 * n
    );
    assert!(
        growth <= MAX_GROWTH,
        "{name}: {small:?} at {n}, {large:?} at {}: grew {growth:.1}-fold",
        4 * n
    );
}

fn body(inner: &str) -> Vec<u8> {
    format!("<html><body>{inner}</body></html>").into_bytes()
}

#[test]
fn many_dates_in_one_paragraph() {
    grows_linearly("dates in one paragraph", 500, |n| {
        body(&format!(
            "<p>{}</p>",
            "The council met then 5 March 2024, ".repeat(n)
        ))
    });
}

#[test]
fn nested_headings() {
    grows_linearly("nested headings", 350, |n| {
        body(&"<h2><span>harbour words ".repeat(n))
    });
}

#[test]
fn deeply_nested_divs() {
    grows_linearly("nested divs", 5_000, |n| {
        body(&format!("{}x{}", "<div>".repeat(n), "</div>".repeat(n)))
    });
}

#[test]
fn deeply_nested_spans() {
    grows_linearly("nested spans", 5_000, |n| {
        body(&format!("{}x{}", "<span>".repeat(n), "</span>".repeat(n)))
    });
}

#[test]
fn one_element_with_many_attributes() {
    grows_linearly("attributes", 10_000, |n| {
        let attrs: String = (0..n).map(|i| format!(" a{i}=v")).collect();
        body(&format!("<div{attrs}>x</div>"))
    });
}

#[test]
fn json_ld_nested_around_a_long_string() {
    grows_linearly("nested JSON-LD", 50_000, |n| {
        let mut json = format!("\"{}\"", "x".repeat(n));
        for i in 0..120 {
            json = format!(r#"{{"@type":"Thing","name":"n{i}","about":{json}}}"#);
        }
        format!(
            r#"<html><head><script type="application/ld+json">{json}</script></head><body><p>x</p></body></html>"#
        )
        .into_bytes()
    });
}

#[test]
fn nul_bytes() {
    grows_linearly("NUL bytes", 50_000, |n| vec![0; n]);
}

#[test]
fn markup_nested_past_the_cap_is_cut_with_a_warning() {
    let article = extract_bytes(&body(&format!(
        "{}<p>Deep text</p>{}",
        "<div>".repeat(2_000),
        "</div>".repeat(2_000)
    )));
    assert!(
        article
            .warnings
            .iter()
            .any(|w| w.contains("nested deeper than 512")),
        "{:?}",
        article.warnings
    );
}

//! `--now`, the reference time for relative dates, on the command line: one page, a batch,
//! a page that gives its own "today", no reference at all, and input that is not a time.

#![cfg(feature = "cli")]

mod common;
use common::*;

use std::fs;
use std::process::Output;

use serde_json::Value;

/// A page whose only date is "3 hours ago" in its meta line; `banner` goes in the top bar.
fn page(headline: &str, banner: &str) -> String {
    format!(
        r#"<!DOCTYPE html><html lang="en"><head><title>{headline} | Coast Gazette</title></head>
<body><header class="site-header"><div class="top-bar">{banner}</div>
<nav><a href="/">Home</a> <a href="/news/">News</a></nav></header>
<main><article><h1>{headline}</h1><p class="meta">By Jane Doe · 3 hours ago</p>
<p>The storm hit the coast on Sunday night and left thousands of homes without power, the
utility said on Monday morning.</p>
<p>Crews worked through the night to restore the lines, officials said.</p></article>
<section class="comments"><p>Ann · 1 hour ago</p><p>Stay safe, everyone.</p></section>
</main></body></html>"#
    )
}

fn json(output: &Output) -> Value {
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    serde_json::from_slice(&output.stdout).unwrap()
}

#[test]
fn now_resolves_hours_ago_in_extract_and_batch() {
    let dir = scratch("resolve");
    let a = dir.join("a.html");
    let b = dir.join("b.html");
    fs::write(&a, page("Storm hits the coast", "")).unwrap();
    fs::write(&b, page("Power back in most homes", "")).unwrap();
    let (a, b) = (a.to_str().unwrap(), b.to_str().unwrap());

    let one = json(&newsprint(&[a, "--now", "2024-07-22T15:40:00+02:00"]));
    // The JSON says what the ISO text alone would hide: known to the hour, offset from --now.
    assert_eq!(
        one["published"],
        serde_json::json!({"iso": "2024-07-22T12:40:00+02:00", "precision": "hour",
                           "offset_source": "reference", "raw": "3 hours ago"})
    );
    assert_eq!(one["provenance"]["published"]["raw"], "3 hours ago");
    assert_eq!(
        one["provenance"]["published.reference"]["source"],
        "option:now"
    );
    assert!(one.get("warnings").is_none(), "{one}");

    // The `extract` form, and a batch of two pages (JSON Lines), with a UTC reference.
    let out = newsprint(&[
        "extract",
        a,
        b,
        "--now",
        "2024-07-22T01:30:00Z",
        "--fields",
        "headline,published",
        "--quiet",
    ]);
    assert!(out.status.success());
    let records: Vec<Value> = String::from_utf8_lossy(&out.stdout)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(records.len(), 2);
    for record in &records {
        assert_eq!(
            record["published"]["iso"], "2024-07-21T22:30:00+00:00",
            "{record}"
        );
    }
    let _ = fs::remove_dir_all(dir);
}

#[test]
fn without_now_the_banner_is_the_reference_else_a_warning_keeps_the_text() {
    let dir = scratch("banner");
    let banner = dir.join("banner.html");
    fs::write(
        &banner,
        page(
            "Storm hits the coast",
            "<span class=\"today\">Monday, July 22, 2024</span>",
        ),
    )
    .unwrap();
    let bare = dir.join("bare.html");
    fs::write(&bare, page("Storm hits the coast", "")).unwrap();

    let out = json(&newsprint(&[banner.to_str().unwrap()]));
    assert_eq!(out["published"]["iso"], "2024-07-22");
    assert_eq!(out["published"]["precision"], "day");
    assert_eq!(
        out["provenance"]["published.reference"]["raw"],
        "Monday, July 22, 2024"
    );
    // The caller's reference wins over the page's.
    let out = json(&newsprint(&[
        banner.to_str().unwrap(),
        "--now",
        "2024-08-01T09:00:00+02:00",
    ]));
    assert_eq!(out["published"]["iso"], "2024-08-01T06:00:00+02:00");

    let out = json(&newsprint(&[bare.to_str().unwrap()]));
    assert!(out.get("published").is_none(), "{out}");
    let warnings = out["warnings"].to_string();
    assert!(
        warnings.contains("relative date \\\"3 hours ago\\\" not resolved"),
        "{warnings}"
    );
    let _ = fs::remove_dir_all(dir);
}

#[test]
fn a_bad_now_is_a_usage_error_with_an_example() {
    let dir = scratch("bad");
    let a = dir.join("a.html");
    fs::write(&a, page("Storm hits the coast", "")).unwrap();
    let a = a.to_str().unwrap();
    for (value, hint) in [
        ("yesterday", "is not an RFC 3339 date-time"),
        ("2024-07-22T15:40:00", "has no UTC offset"),
        ("2024-07-22", "without a time"),
        ("2024-13-01T00:00:00Z", "is not an RFC 3339 date-time"),
    ] {
        let out = newsprint(&[a, "--now", value]);
        let err = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "{value}: {err}");
        assert!(err.contains("--now"), "{value}: {err}");
        assert!(err.contains(hint), "{value}: {err}");
        assert!(err.contains("2024-07-22T15:40:00+02:00"), "{value}: {err}");
    }
    let _ = fs::remove_dir_all(dir);
}

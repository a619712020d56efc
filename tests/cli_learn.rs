//! `newsprint profiles learn` and `newsprint eval --learn-per-host`, run as a process on
//! small invented sites written to a scratch folder.

#![cfg(feature = "cli")]

mod common;
use common::*;

use std::fs;
use std::path::Path;

/// A page of the invented Bugle: headline, byline and tags in the same markup on every page.
fn bugle_page(title: &str, author: &str, tag: &str) -> String {
    format!(
        r#"<html lang="en"><head><title>{title} | The Bugle</title></head><body>
        <div class="story"><h1 class="story-title">{title}</h1>
        <p class="meta">By <span class="writer">{author}</span></p>
        <div class="story-text"><p>The council met on Monday evening to settle the matter at last.</p>
        <p>Residents will be able to <a href="/how">comment on the plans</a> at two meetings in May.</p></div>
        <div class="topics"><a href="/t/1">{tag}</a> <a href="/t/2">Council</a></div></div></body></html>"#
    )
}

/// Writes pages with their records (`expected` as given, `{}` for none) into `dir`.
fn write_site(dir: &Path, host: &str, pages: &[(&str, &str, &str, &str)], labelled: bool) {
    for (i, (title, author, tag, date)) in pages.iter().enumerate() {
        fs::write(
            dir.join(format!("p{i}.html")),
            bugle_page(title, author, tag),
        )
        .unwrap();
        let expected = if labelled {
            format!(
                r#"{{"title": "{title}", "author": "{author}", "tags": ["{tag}", "Council"], "date": "{date}"}}"#
            )
        } else {
            "{}".to_string()
        };
        let record = format!(r#"{{"url": "https://www.{host}/{i}", "expected": {expected}}}"#);
        fs::write(dir.join(format!("p{i}.json")), record).unwrap();
    }
}

const PAGES: [(&str, &str, &str, &str); 3] = [
    ("Tram line opens", "Ann Lee", "Transport", "2024-03-05"),
    (
        "Bridge closes for repairs",
        "Bo Chen",
        "Roads",
        "2024-03-06",
    ),
    ("Market hall reopens", "Cy Diaz", "Shops", "2024-03-07"),
];

#[test]
fn learn_writes_a_profile_that_check_passes() {
    let dir = scratch("learn-labelled");
    write_site(&dir, "bugle.example", &PAGES, true);
    let profile = dir.join("bugle.toml");
    let out = newsprint(&[
        "profiles",
        "learn",
        path_str(&dir),
        "-o",
        path_str(&profile),
        "--id",
        "bugle",
    ]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(stderr(&out).contains("learned profile \"bugle\" from 3 pages"));
    let toml = fs::read_to_string(&profile).unwrap();
    assert!(
        toml.contains("id = \"bugle\"\nhosts = [\"bugle.example\"]"),
        "{toml}"
    );
    assert!(toml.contains("    # reproduced 3 of the 3 pages labelled for it; wrong on 0\n    { css = \".story-title\" },"), "{toml}");
    assert!(toml.contains("{ css = \".writer\" }"), "{toml}");
    assert!(toml.contains("{ css = \".topics a\" }"), "{toml}");
    assert_eq!(toml.matches("[[test]]").count(), 3);
    // The date is on no page: left to the generic rules.
    assert!(
        toml.contains(
            "# Left to the generic rules (no rule consistent and as good as them): published"
        ),
        "{toml}"
    );
    let check = newsprint(&["profiles", "check", path_str(&profile)]);
    assert!(
        check.status.success(),
        "{}{}",
        stdout(&check),
        stderr(&check)
    );
    assert!(stdout(&check).contains("ok: profile \"bugle\", 3 tests passed"));
    let _ = fs::remove_dir_all(dir);
}

#[test]
fn learn_from_generic_needs_only_urls() {
    let dir = scratch("learn-generic");
    write_site(&dir, "bugle.example", &PAGES, false);
    let out = newsprint(&["profiles", "learn", path_str(&dir), "--from-generic"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let toml = stdout(&out);
    assert!(
        toml.contains("with the generic rules' output as labels"),
        "{toml}"
    );
    assert!(
        toml.contains("headline = [\n    # reproduced 3 of the 3 pages"),
        "{toml}"
    );
    assert!(toml.contains("id = \"bugle-example\""), "{toml}");
    let _ = fs::remove_dir_all(dir);
}

#[test]
fn eval_learn_per_host_prints_the_three_rows() {
    let dir = scratch("learn-per-host");
    let site = dir.join("bugle");
    fs::create_dir_all(&site).unwrap();
    write_site(&site, "bugle.example", &PAGES, true);
    // A host with one page is left out of the figures.
    fs::write(
        site.join("solo.html"),
        bugle_page("Lone story", "Di Eve", "Other"),
    )
    .unwrap();
    fs::write(
        site.join("solo.json"),
        r#"{"url": "https://solo.example/1", "expected": {"title": "Lone story"}}"#,
    )
    .unwrap();
    let out = newsprint(&["eval", path_str(&dir), "--learn-per-host"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let text = stdout(&out);
    assert!(text.contains("(3 pages, 1 hosts;"), "{text}");
    for row in ["generic ", "learned (leave one out) ", "learned + generic "] {
        let line = text
            .lines()
            .find(|l| l.starts_with(row))
            .unwrap_or_default();
        // Three pages, every title right in every row.
        assert!(
            line.contains(" 3 ") && line.contains("1.000 (3)"),
            "{row}: {text}"
        );
    }
    let _ = fs::remove_dir_all(dir);
}

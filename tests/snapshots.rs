//! The hand-written fixture pages in `fixtures/<kind>/<slug>.html`, each with a sidecar
//! `<slug>.toml` that gives the page's URL, what the page exercises and the values a correct
//! extractor must produce (`[expected]`).
//!
//! Two tests run over them:
//!
//! - `fixture_snapshots`: one insta JSON snapshot of the whole `Article` per page, named after
//!   the fixture's path (`tests/snapshots/snapshots__article@<kind>__<slug>.html.snap`). Review changes with `cargo insta review`; never auto-accept in CI.
//! - `fixtures_meet_expectations`: checks every page against its `[expected]` table and
//!   reports every mismatch of every page at once, so one run shows the whole picture.
//!
//! Pages are read as bytes (one of them is Windows-1252), so decoding is part of what is tested.

use std::fmt::Write as _;
use std::fs;
use std::path::{Path, PathBuf};

use newsprint::{Article, Extractor, Page};
use serde::Deserialize;

/// A fixture's sidecar file.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Sidecar {
    /// Where the page would live; it is passed to the extractor.
    url: String,
    /// Always `hand-written` for these pages.
    source: String,
    /// What the page tests, in one sentence.
    exercises: String,
    /// What a correct extractor finds; a missing key is not checked.
    #[serde(default)]
    expected: Expected,
}

/// The `[expected]` table of a sidecar. Every key is optional: only what is stated is checked.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct Expected {
    headline: Option<String>,
    /// ISO 8601 as the page states it. Without an offset (`2019-10-16T14:05:00`) the page
    /// states none, and an offset the extractor infers (site zone, country) is also accepted.
    published: Option<String>,
    modified: Option<String>,
    authors: Option<Vec<String>>,
    /// `person`, `organization` or `agency`, one per author.
    author_kinds: Option<Vec<String>>,
    /// The number of `Article::paragraphs()`.
    paragraphs: Option<usize>,
    /// The start of the first paragraph.
    first_paragraph: Option<String>,
    /// The start of the last paragraph.
    last_paragraph: Option<String>,
    tags: Option<Vec<String>>,
    section: Option<Vec<String>>,
    site_name: Option<String>,
    language: Option<String>,
    /// Texts the body must contain.
    #[serde(default)]
    body_includes: Vec<String>,
    /// Texts the body must not contain (navigation, bylines, comments, related links, ...).
    #[serde(default)]
    body_excludes: Vec<String>,
    dateline: Option<ExpectedDateline>,
    publisher: Option<ExpectedPublisher>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct ExpectedDateline {
    place: Option<String>,
    agency: Option<String>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct ExpectedPublisher {
    name: Option<String>,
    legal_name: Option<String>,
    tagline: Option<String>,
    editor: Option<String>,
    registration: Option<String>,
    address: Option<String>,
    email: Option<String>,
    phone: Option<String>,
    url: Option<String>,
    logo: Option<String>,
    copyright: Option<String>,
}

/// The fixtures folder, for naming pages in reports.
fn fixtures_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures")
}

/// The fixture's path below `fixtures/`, with `/` separators (`wire-ap/seoul-record-rainfall`).
fn fixture_name(page: &Path) -> String {
    let relative = page.strip_prefix(fixtures_dir()).unwrap_or(page);
    let parts: Vec<String> = relative
        .with_extension("")
        .components()
        .map(|c| c.as_os_str().to_string_lossy().into_owned())
        .collect();
    parts.join("/")
}

/// Reads a page's sidecar; a missing or malformed sidecar fails the test at once, naming it.
fn read_sidecar(page: &Path) -> Sidecar {
    let path = page.with_extension("toml");
    let text = fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("{}: cannot read sidecar: {e}", path.display()));
    toml::from_str(&text).unwrap_or_else(|e| panic!("{}: bad sidecar: {e}", path.display()))
}

/// Extracts the article of a fixture page from its bytes and its sidecar URL.
fn extract(page: &Path, sidecar: &Sidecar) -> Article {
    let bytes =
        fs::read(page).unwrap_or_else(|e| panic!("{}: cannot read page: {e}", page.display()));
    Extractor::new().extract(&Page::from_bytes(&bytes).url(sidecar.url.as_str()))
}

#[test]
fn fixture_snapshots() {
    insta::glob!("../fixtures", "**/*.html", |page| {
        let sidecar = read_sidecar(page);
        let article = extract(page, &sidecar);
        insta::with_settings!({
            description => format!("{}: {}", sidecar.url, sidecar.exercises),
            omit_expression => true,
        }, {
            // glob! adds the fixture's path to the name: `snapshots__article@wire-ap__….html.snap`.
            insta::assert_json_snapshot!("article", article);
        });
    });
}

/// Pages that a site profile reads are snapshot a second time with the generic rules alone,
/// so the pair of snapshots shows what the profile adds.
#[test]
fn generic_only_snapshots() {
    insta::glob!("../fixtures", "**/*.html", |page| {
        let sidecar = read_sidecar(page);
        let article = extract(page, &sidecar);
        if article.profile.as_ref().is_none_or(|p| p.id == "wordpress") {
            return;
        }
        let bytes = fs::read(page).expect("page was read above");
        let generic = Extractor::builder()
            .no_builtin_profiles()
            .build()
            .extract(&Page::from_bytes(&bytes).url(sidecar.url.as_str()));
        insta::with_settings!({
            description => format!("{} (generic rules only, no site profile)", sidecar.url),
            omit_expression => true,
        }, {
            insta::assert_json_snapshot!("generic", generic);
        });
    });
}

#[test]
fn fixtures_meet_expectations() {
    let mut report = String::new();
    let mut pages = 0;
    let mut failed_pages = 0;
    insta::glob!("../fixtures", "**/*.html", |page| {
        pages += 1;
        let sidecar = read_sidecar(page);
        let article = extract(page, &sidecar);
        let mismatches = check(&sidecar, &article);
        if !mismatches.is_empty() {
            failed_pages += 1;
            let _ = writeln!(report, "\n{}:", fixture_name(page));
            for m in mismatches {
                let _ = writeln!(report, "  - {m}");
            }
        }
    });
    assert!(pages > 0, "no fixture pages found");
    assert!(
        report.is_empty(),
        "{failed_pages} of {pages} fixture pages do not meet their expectations:\n{report}"
    );
}

/// Every way the article differs from the sidecar's expectations, one line each.
fn check(sidecar: &Sidecar, article: &Article) -> Vec<String> {
    let mut out = Vec::new();
    if sidecar.source != "hand-written" {
        out.push(format!(
            "sidecar: source is {:?}, not \"hand-written\"",
            sidecar.source
        ));
    }
    if !sidecar.url.starts_with("https://") && !sidecar.url.starts_with("http://") {
        out.push(format!("sidecar: url {:?} is not absolute", sidecar.url));
    }
    let exp = &sidecar.expected;
    check_metadata(exp, article, &mut out);
    check_body(exp, article, &mut out);
    if let Some(want) = &exp.dateline {
        check_dateline(want, article, &mut out);
    }
    if let Some(want) = &exp.publisher {
        check_publisher(want, article, &mut out);
    }
    out
}

fn check_metadata(exp: &Expected, article: &Article, out: &mut Vec<String>) {
    let (headline, site_name) = (&article.headline, &article.site_name);
    same(
        "headline",
        exp.headline.as_deref(),
        headline.as_deref(),
        out,
    );
    if let Some(want) = &exp.published {
        let got = article.published.as_ref().map(newsprint::Timestamp::to_iso);
        if !got.as_deref().is_some_and(|g| timestamp_matches(want, g)) {
            out.push(format!("published: expected {want:?}, got {got:?}"));
        }
    }
    if let Some(want) = &exp.modified {
        let got = article.modified.as_ref().map(newsprint::Timestamp::to_iso);
        if !got.as_deref().is_some_and(|g| timestamp_matches(want, g)) {
            out.push(format!("modified: expected {want:?}, got {got:?}"));
        }
    }
    if let Some(want) = &exp.authors {
        let got: Vec<&str> = article.authors.iter().map(|a| a.name.as_str()).collect();
        if got != *want {
            out.push(format!("authors: expected {want:?}, got {got:?}"));
        }
    }
    if let Some(want) = &exp.author_kinds {
        let got: Vec<String> = article
            .authors
            .iter()
            .map(|a| match serde_json::to_value(a.kind) {
                Ok(serde_json::Value::String(s)) => s,
                other => format!("{other:?}"),
            })
            .collect();
        if got != *want {
            out.push(format!("author_kinds: expected {want:?}, got {got:?}"));
        }
    }
    same_list("tags", exp.tags.as_deref(), &article.tags, out);
    same_list("section", exp.section.as_deref(), &article.section, out);
    same(
        "site_name",
        exp.site_name.as_deref(),
        site_name.as_deref(),
        out,
    );
    if let Some(want) = &exp.language {
        let got = article.language.as_deref();
        if !got.is_some_and(|g| g.eq_ignore_ascii_case(want)) {
            out.push(format!("language: expected {want:?}, got {got:?}"));
        }
    }
}

fn check_body(exp: &Expected, article: &Article, out: &mut Vec<String>) {
    let paragraphs = article.paragraphs();
    if let Some(want) = exp.paragraphs
        && paragraphs.len() != want
    {
        out.push(format!(
            "paragraphs: expected {want}, got {}",
            paragraphs.len()
        ));
    }
    starts_with(
        "first_paragraph",
        exp.first_paragraph.as_deref(),
        paragraphs.first().copied(),
        out,
    );
    starts_with(
        "last_paragraph",
        exp.last_paragraph.as_deref(),
        paragraphs.last().copied(),
        out,
    );
    let text = article.text();
    for want in &exp.body_includes {
        if !text.contains(want.as_str()) {
            out.push(format!("body: does not contain {want:?}"));
        }
    }
    for unwanted in &exp.body_excludes {
        if text.contains(unwanted.as_str()) {
            out.push(format!("body: contains {unwanted:?}"));
        }
    }
}

fn check_dateline(want: &ExpectedDateline, article: &Article, out: &mut Vec<String>) {
    let Some(got) = &article.dateline else {
        out.push(format!("dateline: expected {want:?}, got None"));
        return;
    };
    let fields = [
        ("dateline.place", &want.place, &got.place),
        ("dateline.agency", &want.agency, &got.agency),
    ];
    for (field, want, got) in fields {
        same(field, want.as_deref(), got.as_deref(), out);
    }
}

fn check_publisher(want: &ExpectedPublisher, article: &Article, out: &mut Vec<String>) {
    let got = &article.publisher;
    let fields = [
        ("publisher.name", &want.name, &got.name),
        ("publisher.legal_name", &want.legal_name, &got.legal_name),
        ("publisher.tagline", &want.tagline, &got.tagline),
        ("publisher.editor", &want.editor, &got.editor),
        (
            "publisher.registration",
            &want.registration,
            &got.registration,
        ),
        ("publisher.address", &want.address, &got.address),
        ("publisher.email", &want.email, &got.email),
        ("publisher.phone", &want.phone, &got.phone),
        ("publisher.url", &want.url, &got.url),
        ("publisher.logo", &want.logo, &got.logo),
        ("publisher.copyright", &want.copyright, &got.copyright),
    ];
    for (field, want, got) in fields {
        same(field, want.as_deref(), got.as_deref(), out);
    }
}

/// Records a mismatch when a value is expected and the article's differs.
fn same(field: &str, want: Option<&str>, got: Option<&str>, out: &mut Vec<String>) {
    if let Some(want) = want
        && got != Some(want)
    {
        out.push(format!("{field}: expected {want:?}, got {got:?}"));
    }
}

/// Records a mismatch when a list is expected and the article's differs (order matters).
fn same_list(field: &str, want: Option<&[String]>, got: &[String], out: &mut Vec<String>) {
    if let Some(want) = want
        && got != want
    {
        out.push(format!("{field}: expected {want:?}, got {got:?}"));
    }
}

/// Records a mismatch when a paragraph is expected to start with a text and does not.
fn starts_with(field: &str, want: Option<&str>, got: Option<&str>, out: &mut Vec<String>) {
    if let Some(want) = want
        && !got.is_some_and(|g| g.starts_with(want))
    {
        out.push(format!(
            "{field}: expected to start with {want:?}, got {got:?}"
        ));
    }
}

/// Whether an extracted ISO timestamp matches the expected one. An expected date-time without
/// an offset means the page states none: the extractor may leave it off or infer one.
fn timestamp_matches(want: &str, got: &str) -> bool {
    if got == want {
        return true;
    }
    let states_no_offset = want.len() == "2019-10-16T14:05:00".len() && want.contains('T');
    states_no_offset && got.strip_prefix(want).is_some_and(is_utc_offset)
}

/// `+05:45`, `-08:00`.
fn is_utc_offset(s: &str) -> bool {
    let b = s.as_bytes();
    b.len() == 6
        && (b[0] == b'+' || b[0] == b'-')
        && b[1].is_ascii_digit()
        && b[2].is_ascii_digit()
        && b[3] == b':'
        && b[4].is_ascii_digit()
        && b[5].is_ascii_digit()
}

#[test]
fn timestamps_without_a_stated_offset_accept_an_inferred_one() {
    assert!(timestamp_matches(
        "2019-10-16T14:05:00",
        "2019-10-16T14:05:00"
    ));
    assert!(timestamp_matches(
        "2019-10-16T14:05:00",
        "2019-10-16T14:05:00+02:00"
    ));
    assert!(!timestamp_matches(
        "2019-10-16T14:05:00+02:00",
        "2019-10-16T14:05:00"
    ));
    assert!(!timestamp_matches("2019-10-16", "2019-10-16T00:00:00"));
    assert!(!timestamp_matches(
        "2019-10-16T14:05:00",
        "2019-10-16T14:05:00Z"
    ));
}

use chrono::DateTime;

use crate::article::{Article, OffsetSource, Precision};
use crate::{Extractor, Page};

/// Extracts `html` at `url`, with the caller's reference time when given.
fn extract(html: &str, url: &str, now: Option<&str>) -> Article {
    let mut builder = Extractor::builder();
    if let Some(now) = now {
        builder = builder.now(DateTime::parse_from_rfc3339(now).expect("an RFC 3339 time"));
    }
    builder.build().extract(&Page::new(html).url(url))
}

fn iso(ts: Option<&crate::Timestamp>) -> Option<String> {
    ts.map(crate::Timestamp::to_iso)
}

fn source<'a>(article: &'a Article, field: &str) -> Option<&'a str> {
    article.provenance.get(field).map(|p| p.source.as_str())
}

fn raw<'a>(article: &'a Article, field: &str) -> Option<&'a str> {
    article.provenance.get(field).and_then(|p| p.raw.as_deref())
}

const BODY: &str = "<p>The storm hit the coast on Sunday night and left thousands of homes \
    without power, the utility said, and crews worked through the night.</p>";

fn page(header: &str, meta_line: &str) -> String {
    format!(
        r#"<html lang="en"><body><header class="site-header"><div class="top-bar">{header}</div>
        <nav><a href="/">Home</a> <a href="/news">News</a></nav></header>
        <main><article><h1>Storm hits the coast</h1><div class="byline">{meta_line}</div>
        {BODY}</article>
        <div class="comments"><p>Ann · 2 hours ago</p><p>Great story, thanks.</p></div>
        </main><footer><p>© 2024 The Coast Gazette</p></footer></body></html>"#
    )
}

#[test]
fn the_callers_now_resolves_hours_ago_to_about_the_hour() {
    let html = page("", "By Jane Doe · 3 hours ago");
    let a = extract(
        &html,
        "https://coastgazette.example/storm",
        Some("2024-07-22T15:40:00+02:00"),
    );
    let ts = a.published.as_ref().expect("a published date");
    assert_eq!(ts.to_iso(), "2024-07-22T12:40:00+02:00");
    assert_eq!(ts.precision, Precision::Hour);
    assert_eq!(ts.offset_source, OffsetSource::Reference);
    assert_eq!(ts.raw, "3 hours ago");
    assert_eq!(source(&a, "published"), Some("heuristic:relative-date"));
    assert_eq!(raw(&a, "published"), Some("3 hours ago"));
    assert_eq!(source(&a, "published.reference"), Some("option:now"));
    assert_eq!(
        raw(&a, "published.reference"),
        Some("2024-07-22T15:40:00+02:00")
    );
    assert!(a.warnings.is_empty(), "{:?}", a.warnings);
}

#[test]
fn days_ago_and_yesterday_are_days() {
    let now = Some("2024-07-22T08:00:00-04:00");
    let a = extract(&page("", "Posted yesterday"), "https://a.example/x", now);
    let ts = a.published.as_ref().expect("a date");
    assert_eq!(
        (ts.to_iso(), ts.precision),
        ("2024-07-21".into(), Precision::Day)
    );
    let a = extract(&page("", "vor 2 Tagen"), "https://a.example/x", now);
    assert_eq!(iso(a.published.as_ref()).as_deref(), Some("2024-07-20"));
}

#[test]
fn a_date_banner_in_the_header_is_the_reference_without_now() {
    let html = page(
        r#"<span class="today-date">Monday Jul 22, 2024</span>"#,
        "By Jane Doe · 2 days ago",
    );
    let a = extract(&html, "https://coastgazette.example/storm", None);
    assert_eq!(iso(a.published.as_ref()).as_deref(), Some("2024-07-20"));
    assert_eq!(
        source(&a, "published.reference"),
        Some("heuristic:today-banner")
    );
    assert_eq!(raw(&a, "published.reference"), Some("Monday Jul 22, 2024"));
    assert_eq!(raw(&a, "published"), Some("2 days ago"));
    // Against a day alone, hours give that day.
    let html = page("Monday Jul 22, 2024", "3 hours ago");
    let a = extract(&html, "https://coastgazette.example/storm", None);
    let ts = a.published.as_ref().expect("a date");
    assert_eq!(
        (ts.to_iso(), ts.precision),
        ("2024-07-22".into(), Precision::Day)
    );
}

#[test]
fn the_callers_now_wins_over_the_banner() {
    let html = page("Monday Jul 22, 2024", "2 days ago");
    let a = extract(&html, "https://a.example/x", Some("2024-08-01T09:00:00Z"));
    assert_eq!(iso(a.published.as_ref()).as_deref(), Some("2024-07-30"));
}

#[test]
fn a_nepali_banner_in_bikram_sambat_and_a_time_after_a_day_word() {
    let html = r#"<html lang="ne"><body>
        <div class="topbar"><span>सोमबार, साउन ७, २०८१</span></div>
        <main><h1>काठमाडौंमा भारी वर्षा</h1><p class="meta">हिजो १४:०५</p>
        <p>काठमाडौं उपत्यकामा आइतबार राति परेको भारी वर्षाले धेरै सडक डुबानमा परेका छन्।</p>
        </main></body></html>"#;
    let a = extract(html, "https://www.samachar.example.com.np/news/1", None);
    let today = crate::time::bs_to_ad(2081, 4, 7).unwrap();
    let yesterday = today.pred_opt().unwrap();
    let ts = a.published.as_ref().expect("a date");
    assert_eq!(ts.to_iso(), format!("{yesterday}T14:05:00+05:45"));
    assert_eq!(ts.offset_source, OffsetSource::Inferred);
    assert_eq!(ts.raw, "हिजो १४:०५");
}

#[test]
fn without_a_reference_the_raw_text_is_kept_in_a_warning() {
    let html = page("", "By Jane Doe · 3 hours ago");
    let a = extract(&html, "https://coastgazette.example/storm", None);
    assert_eq!(a.published, None);
    assert!(!a.provenance.contains_key("published"));
    let warning = a
        .warnings
        .iter()
        .find(|w| w.starts_with("published: relative date"))
        .expect("a warning");
    assert!(warning.contains("\"3 hours ago\""), "{warning}");
}

#[test]
fn an_absolute_date_always_wins() {
    let html = page("", "By Jane Doe · 3 hours ago").replace(
        "<html lang=\"en\">",
        r#"<html lang="en"><head><meta property="article:published_time" content="2024-07-19T10:00:00+02:00"></head>"#,
    );
    let a = extract(
        &html,
        "https://a.example/x",
        Some("2024-07-22T15:40:00+02:00"),
    );
    assert_eq!(
        iso(a.published.as_ref()).as_deref(),
        Some("2024-07-19T10:00:00+02:00")
    );
    let a = extract(&html, "https://a.example/x", None);
    assert!(a.warnings.is_empty(), "{:?}", a.warnings);
}

#[test]
fn relative_dates_in_comments_and_sentences_are_not_the_articles() {
    let html = r#"<html><body><main><article><h1>Storm hits the coast</h1>
        <p>The storm, which formed over warm water 2 days ago, hit the coast on Sunday night and
        left thousands without power.</p></article>
        <div class="comments"><p>Ann · 2 hours ago</p><p>Great story.</p></div></main></body></html>"#;
    let a = extract(
        html,
        "https://a.example/x",
        Some("2024-07-22T15:40:00+02:00"),
    );
    assert_eq!(a.published, None);
    let a = extract(html, "https://a.example/x", None);
    assert!(a.warnings.is_empty(), "{:?}", a.warnings);
}

/// `dates` falls back on an unlabelled date far from the headline; when that is the banner,
/// the relative date by the headline is the article's.
#[test]
fn a_banner_taken_as_the_date_yields_to_the_relative_date() {
    let html = r#"<html><body><div class="bb-topbar"><div class="bb-today">Monday Jul 22, 2024</div>
        <div class="bb-weather">Bayside 78°F Sunny</div></div>
        <div class="bb-logo">Bayside Bulletin</div><div class="bb-menu"><a href="/">Home</a></div>
        <div class="bb-ad">Harbor Grill</div><div class="bb-tag">Government</div>
        <div class="bb-post"><h1>Marina dredging contract goes to out-of-state firm</h1>
        <div class="bb-post-meta">Posted by Grace Tolliver 2 days ago</div>
        <p>The Bayside Harbor Commission on Thursday awarded a contract to dredge the marina.</p>
        </div></body></html>"#;
    let a = extract(html, "https://baysidebulletin.example/marina", None);
    assert_eq!(iso(a.published.as_ref()).as_deref(), Some("2024-07-20"));
    assert_eq!(source(&a, "published"), Some("heuristic:relative-date"));
}

#[test]
fn updated_hours_ago_is_the_modified_date() {
    let html = page("", "Published March 3, 2024 · Updated 2 hours ago");
    let a = extract(
        &html,
        "https://a.example/x",
        Some("2024-03-05T10:15:00+01:00"),
    );
    assert_eq!(iso(a.published.as_ref()).as_deref(), Some("2024-03-03"));
    assert_eq!(
        iso(a.modified.as_ref()).as_deref(),
        Some("2024-03-05T08:15:00+01:00")
    );
    assert_eq!(source(&a, "modified.reference"), Some("option:now"));
    // Without the caller's reference, an update date beside an absolute publication date is
    // not looked for.
    let a = extract(&html, "https://a.example/x", None);
    assert_eq!(a.modified, None);
    assert!(a.warnings.is_empty(), "{:?}", a.warnings);
    // With a relative publication date and no reference, both are warnings.
    let html = page("", "3 days ago · Updated 2 hours ago");
    let a = extract(&html, "https://a.example/x", None);
    assert_eq!((a.published.as_ref(), a.modified.as_ref()), (None, None));
    let warnings = a.warnings.join("\n");
    assert!(
        warnings.contains("published: relative date \"3 days ago\""),
        "{warnings}"
    );
    assert!(
        warnings.contains("modified: relative date \"2 hours ago\""),
        "{warnings}"
    );
}

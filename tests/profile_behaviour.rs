//! How profiles behave at the edges: one-word author names, platform fallback, fingerprints,
//! verified values, archived copies.

use newsprint::{Extractor, Page, Profile};

fn extract_with(profile: &str, html: &str, url: &str) -> newsprint::Article {
    let extractor = Extractor::builder()
        .no_builtin_profiles()
        .profile(Profile::from_toml(profile).unwrap())
        .build();
    extractor.extract(&Page::new(html).url(url))
}

#[test]
fn a_profile_rule_vouches_for_one_word_names() {
    let profile = r#"id = "bugle"
        hosts = ["bugle.example"]
        [fields]
        authors = [{ css = ".writer" }]"#;
    for name in ["Zephyrine", "渡辺洋介", "김정은"] {
        let html = format!(r#"<h1>Tide tables</h1><p class="writer">{name}</p>"#);
        let article = extract_with(profile, &html, "https://bugle.example/a");
        assert_eq!(article.author_names(), name);
    }
}

const PLATFORM: &str = r#"id = "inkwell"
    [match]
    contains = ["/ink-assets/", "ink-block-", "/ink-api/"]
    min_contains = 2
    [fields]
    headline = [{ css = "h1.ink-title" }]"#;

#[test]
fn a_platform_profile_falls_back_without_warnings() {
    let html = r#"<title>Harbour reopens</title><link href="/ink-assets/a.css">
        <div class="ink-block-x"></div><h1>Harbour reopens</h1>"#;
    let article = extract_with(PLATFORM, html, "https://gazette.example/a");
    assert_eq!(
        article.profile.as_ref().map(|p| p.id.as_str()),
        Some("inkwell")
    );
    assert_eq!(article.headline.as_deref(), Some("Harbour reopens"));
    assert!(article.warnings.is_empty(), "{:?}", article.warnings);
}

#[test]
fn a_site_profile_still_warns_when_its_rules_find_nothing() {
    let profile = r#"id = "bugle"
        hosts = ["bugle.example"]
        [fields]
        headline = [{ css = "h1.story" }]"#;
    let article = extract_with(
        profile,
        "<h1>Harbour reopens</h1>",
        "https://bugle.example/a",
    );
    assert_eq!(article.warnings.len(), 1);
    assert!(article.warnings[0].contains("generic rules used"));
}

#[test]
fn one_weak_clue_does_not_name_the_platform() {
    let one = r#"<img src="https://other.example/ink-assets/p.jpg"><h1>Harbour reopens</h1>"#;
    let article = extract_with(PLATFORM, one, "https://gazette.example/a");
    assert!(article.profile.is_none());
    let two = r#"<img src="/ink-assets/p.jpg"><a href="/ink-api/x">x</a><h1>Harbour reopens</h1>"#;
    let article = extract_with(PLATFORM, two, "https://gazette.example/a");
    assert!(article.profile.is_some());
}

const VERIFIED: &str = r#"id = "bugle"
    hosts = ["bugle.example"]
    verify = true
    [fields]
    headline = [{ css = ".masthead" }, { css = "h1.story" }]
    published = [{ css = ".stamp" }]"#;

#[test]
fn a_verified_profile_drops_a_value_the_page_contradicts() {
    // The redesigned page puts the site's name where the headline was, and the stamp shows
    // when the page was printed: the page's metadata says otherwise on both.
    let html = r#"<head><meta property="og:title" content="Harbour reopens after the storm">
        <meta property="article:published_time" content="2024-03-05T09:00:00Z"></head>
        <p class="masthead">The Evening Bugle</p><h1 class="story">Harbour reopens after the storm</h1>
        <p>March 5, 2024</p>
        <p>The harbour reopened on Tuesday after a week of repairs to the outer wall.</p>
        <p class="stamp">June 1, 2024</p>"#;
    let article = extract_with(VERIFIED, html, "https://bugle.example/a");
    assert_eq!(
        article.headline.as_deref(),
        Some("Harbour reopens after the storm")
    );
    assert_eq!(
        article.provenance["headline"].path.as_deref(),
        Some("rule 2: css \"h1.story\"")
    );
    assert_eq!(article.published.unwrap().date.to_string(), "2024-03-05");
    assert_ne!(article.provenance["published"].source, "profile:bugle");
}

#[test]
fn a_verified_profile_keeps_a_value_the_page_agrees_with_or_does_not_declare() {
    let html = r#"<head><meta property="og:title" content="Harbour reopens | The Evening Bugle">
        </head><p class="masthead">Harbour reopens</p><p class="stamp">June 1, 2024</p>
        <p>The harbour reopened on Tuesday after a week of repairs to the outer wall.</p>"#;
    let article = extract_with(VERIFIED, html, "https://bugle.example/a");
    assert_eq!(article.headline.as_deref(), Some("Harbour reopens"));
    assert_eq!(article.provenance["headline"].source, "profile:bugle");
    assert_eq!(article.published.unwrap().date.to_string(), "2024-06-01");
}

#[test]
fn a_site_profile_applies_to_an_archived_copy_of_the_site() {
    let profile = r#"id = "bugle"
        hosts = ["bugle.example"]
        [fields]
        headline = [{ css = ".story-title" }]"#;
    let html = r#"<p class="story-title">Tide tables</p><h1>The Evening Bugle</h1>"#;
    let url = "https://web.archive.org/web/20150101000000/http://www.bugle.example/a";
    let article = extract_with(profile, html, url);
    assert_eq!(article.headline.as_deref(), Some("Tide tables"));
    assert_eq!(
        article.profile.as_ref().map(|p| p.id.as_str()),
        Some("bugle")
    );
}

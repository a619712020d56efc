//! How profiles behave at the edges: one-word author names, platform fallback, fingerprints.

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

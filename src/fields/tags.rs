//! `tags` and `section`: the article's keywords and where it sits on the site.
//!
//! Tags are what a reader sees as the article's tags: the page's visible tag list, found by
//! its shape ([`tag_lists`]). Section: `article:section`, JSON-LD `articleSection`,
//! `parsely-section`, then a JSON-LD breadcrumb trail.

use crate::Field;
use serde_json::Value;

use super::byline::domain_label;
use super::{Context, page_host, record, tag_lists, text_key};
use crate::article::{Article, Provenance};
use crate::signals::{json_str, json_strings};

pub(super) fn extract(ctx: &Context, article: &mut Article) {
    if article.tags.is_empty()
        && let Some((tags, prov)) = find_tags(ctx)
    {
        article.tags = tags;
        record(article, Field::Tags, prov);
    }
    if !article.section.is_empty() {
        return;
    }
    let site = site_names(ctx, article);
    if let Some((section, prov)) = find_section(ctx, article.headline.as_deref(), &site) {
        article.section = section;
        record(article, Field::Section, prov);
    }
}

/// The tag list the page shows ([`tag_lists`]). Declared keywords (`article:tag`, JSON-LD,
/// `news_keywords`, …) are the `keywords` field's, never the tags: a page's head often lists
/// words it does not show (annotators see no tags on twice as many such pages as they copy
/// the list from the head).
fn find_tags(ctx: &Context) -> Option<(Vec<String>, Provenance)> {
    let list = tag_lists::find(ctx)?;
    let path = ctx.doc.describe(list.container);
    nonempty(list.tags).map(|tags| (tags, Provenance::new(list.rule, 0.75).path(path)))
}

fn find_section(
    ctx: &Context,
    headline: Option<&str>,
    site: &[String],
) -> Option<(Vec<String>, Provenance)> {
    let s = ctx.signals;
    let sections = |items: Vec<String>| nonempty(without_site_home(items, site));
    if let Some((name, v)) = s
        .meta
        .first_of(&["article:section", "parsely-section", "section"])
        && let t = without_site_home(vec![v.to_string()], site)
        && !t.is_empty()
    {
        return Some((t, Provenance::new(format!("meta:{name}"), 0.8)));
    }
    if let Some(v) = s.jsonld.article().and_then(|a| a.get("articleSection"))
        && let Some(t) = sections(json_strings(v))
    {
        return Some((t, Provenance::new("json-ld", 0.8).path("articleSection")));
    }
    let micro: Vec<String> = s
        .itemprop("articleSection")
        .map(|p| p.value.clone())
        .collect();
    if let Some(t) = sections(micro) {
        return Some((
            t,
            Provenance::new("microdata", 0.75).path("[itemprop=articleSection]"),
        ));
    }
    let crumbs = breadcrumbs(ctx, headline);
    sections(crumbs).map(|c| (c, Provenance::new("json-ld", 0.6).path("BreadcrumbList")))
}

/// The names the site goes by, as squashed keys: its site name, its publisher's name, its
/// host and its domain label ("acme", "acme.com").
fn site_names(ctx: &Context, article: &Article) -> Vec<String> {
    let publisher = ctx
        .signals
        .jsonld
        .article_prop("publisher")
        .and_then(|p| p.get("name"))
        .and_then(json_str);
    let host = page_host(ctx);
    let label = host.as_deref().and_then(domain_label).map(str::to_string);
    [article.site_name.clone(), publisher, host, label]
        .into_iter()
        .flatten()
        .map(|n| squashed_key(&n))
        .filter(|k| k.chars().count() >= 2)
        .collect()
}

fn squashed_key(name: &str) -> String {
    text_key(name).replace(' ', "")
}

/// A section path without its home: a breadcrumb's first items that are "Home" or the
/// site's own name ("Acme News › Politics" is Politics).
fn without_site_home(mut items: Vec<String>, site: &[String]) -> Vec<String> {
    let is_home = |item: &String| {
        let key = text_key(item);
        HOME_CRUMBS.contains(&key.as_str()) || site.contains(&squashed_key(item))
    };
    let home = items.iter().take_while(|i| is_home(i)).count();
    items.drain(..home);
    items
}

/// What a breadcrumb's home item says when it does not give the site's name.
const HOME_CRUMBS: &[&str] = &["home", "start", "startseite", "accueil", "inicio"];

/// The names of a JSON-LD breadcrumb trail, without the article itself.
fn breadcrumbs(ctx: &Context, headline: Option<&str>) -> Vec<String> {
    let ld = &ctx.signals.jsonld;
    let Some(list) = ld.of_types(&["BreadcrumbList"]).next() else {
        return Vec::new();
    };
    let Some(Value::Array(items)) = list.get("itemListElement") else {
        return Vec::new();
    };
    let headline_key = headline.map(text_key);
    let mut names: Vec<String> = items
        .iter()
        .filter_map(|item| {
            let item = ld.resolve(item);
            item.get("name")
                .or_else(|| item.get("item").and_then(|i| ld.resolve(i).get("name")))
                .and_then(json_str)
        })
        .collect();
    if names
        .last()
        .is_some_and(|n| Some(text_key(n)) == headline_key || n.chars().count() > 60)
    {
        names.pop();
    }
    names
}

/// Splits a comma- or semicolon-separated list and trims each item.
pub(super) fn split_list(list: &str) -> Vec<String> {
    list.split([',', ';'])
        .map(|t| t.trim().to_string())
        .filter(|t| !t.is_empty())
        .collect()
}

/// A tag without the marks a page dresses it in: a hashtag's `#`, quotation marks around
/// it ("„Review”").
pub(super) fn bare_tag(tag: &str) -> String {
    const QUOTES: &[char] = &['"', '\'', '„', '“', '”', '‚', '‘', '’', '«', '»', '‹', '›'];
    let tag = tag.trim();
    let tag = match tag.strip_prefix('#') {
        Some(rest) if !rest.is_empty() && !rest.starts_with([' ', '#']) => rest,
        _ => tag,
    };
    let unquoted = tag.trim_matches(QUOTES).trim();
    // Only a quote at both ends is a wrapper (not "Rock 'n' roll" or 'Jan. '22').
    if tag.starts_with(QUOTES) && tag.ends_with(QUOTES) && !unquoted.is_empty() {
        unquoted.to_string()
    } else {
        tag.to_string()
    }
}

/// Cleans each item ([`bare_tag`]), drops a CMS's key-value data and over-long items, and
/// removes duplicates (case-insensitively), keeping the first; `None` when empty.
pub(super) fn nonempty(items: Vec<String>) -> Option<Vec<String>> {
    let mut out: Vec<String> = Vec::new();
    for item in items {
        let item = bare_tag(&item);
        // "contentId: 15cd…" and the like are a CMS's data, not tags.
        let key_value = item.split_once(": ").is_some_and(|(k, _)| !k.contains(' '));
        if key_value || item.chars().count() > 80 {
            continue;
        }
        if !out.iter().any(|o| o.to_lowercase() == item.to_lowercase()) {
            out.push(item);
        }
    }
    (!out.is_empty()).then_some(out)
}

#[cfg(test)]
mod tests {
    use crate::extract;

    #[test]
    fn reads_tags_the_page_shows_and_section() {
        let head = r#"<meta property="article:tag" content="Kim Jong Un">
            <meta property="article:tag" content="North Korea, nuclear">
            <meta property="article:section" content="World">"#;
        let shown = r#"<p>Topics: <a href="/t/1">Kim Jong Un</a> <a href="/t/2">nuclear</a></p>"#;
        let a = extract(&format!("{head}{shown}"));
        assert_eq!(a.tags, vec!["Kim Jong Un", "nuclear"]);
        assert_eq!(a.section, vec!["World"]);
        // Keywords only in the head are for search engines, `article:tag` too.
        assert!(extract(head).tags.is_empty());
        let keywords = r#"<meta name="keywords" content="war, peace">"#;
        assert!(extract(keywords).tags.is_empty());
    }

    #[test]
    fn tags_lose_hashes_and_quotes() {
        assert_eq!(super::bare_tag("#Maschinenbau"), "Maschinenbau");
        assert_eq!(super::bare_tag("„Für Tumblr”"), "Für Tumblr");
        assert_eq!(super::bare_tag("Rock 'n' roll"), "Rock 'n' roll");
        assert_eq!(super::bare_tag("#"), "#");
        assert_eq!(super::bare_tag("C#"), "C#");
    }

    #[test]
    fn category_links_are_not_tags() {
        let html = r#"<article><p>x</p><footer><a rel="category tag" href="/c/a">News</a>
            <a rel="tag" href="/t/b">Budget</a></footer></article>"#;
        assert_eq!(extract(html).tags, vec!["Budget"]);
    }

    #[test]
    fn reads_rel_tag_links_and_breadcrumbs() {
        let html = r#"<script type="application/ld+json">{"@type":"BreadcrumbList","itemListElement":[
            {"@type":"ListItem","position":1,"name":"Home"},{"@type":"ListItem","position":2,"name":"Politics"},
            {"@type":"ListItem","position":3,"name":"A long headline"}]}</script>
            <title>A long headline</title>
            <h1>A long headline</h1><div class="tags"><a rel="tag" href="/t/a">Alpha</a><a rel="tag" href="/t/b">Beta</a></div>"#;
        let a = extract(html);
        assert_eq!(a.tags, vec!["Alpha", "Beta"]);
        assert_eq!(a.section, vec!["Politics"]);
    }

    #[test]
    fn the_sites_own_name_is_no_section() {
        let crumbs = r#"<meta property="og:site_name" content="Valley Courier">
            <script type="application/ld+json">{"@type":"BreadcrumbList","itemListElement":[
            {"@type":"ListItem","position":1,"name":"Valley Courier"},{"@type":"ListItem","position":2,"name":"Sport"},
            {"@type":"ListItem","position":3,"name":"Rowing club wins the cup"}]}</script>
            <h1>Rowing club wins the cup</h1>"#;
        assert_eq!(extract(crumbs).section, vec!["Sport"]);
        let listed = r#"<script type="application/ld+json">{"@type":"NewsArticle","headline":"Rowing club wins the cup",
            "publisher":{"@type":"Organization","name":"Valley Courier"},"articleSection":["Valley Courier","Sport"]}</script>"#;
        assert_eq!(extract(listed).section, vec!["Sport"]);
    }
}

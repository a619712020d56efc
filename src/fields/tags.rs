//! `tags` and `section`: the article's keywords and where it sits on the site.
//!
//! Tags are what a reader sees as the article's tags: `rel=tag` links, a tag list's links,
//! and metadata keywords (the publisher's `article:tag` list, JSON-LD `keywords`,
//! `news_keywords`, `keywords`) only when the page shows them too. Section: `article:section`, JSON-LD `articleSection`,
//! `parsely-section`, then a JSON-LD breadcrumb trail.

use crate::Field;
use serde_json::Value;

use super::byline::domain_label;
use super::{Context, Region, page_host, record, text_key};
use crate::article::{Article, Provenance};
use crate::rules::{Rule, on};
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

fn find_tags(ctx: &Context) -> Option<(Vec<String>, Provenance)> {
    let doc = ctx.doc;
    // 1. Links marked as tags (WordPress marks categories `rel="category tag"`: those are the
    //    section, not tags).
    let rel: Vec<String> = ctx
        .signals
        .rel_tag
        .iter()
        .filter(|&&id| {
            let rel = doc.attr(id, "rel").unwrap_or("").to_ascii_lowercase();
            !rel.split_whitespace().any(|t| t == "category") && !in_site_chrome(ctx, id)
        })
        .map(|&id| doc.text(id))
        .filter(|t| !t.is_empty() && t.chars().count() <= 60)
        .collect();
    if let Some(t) = nonempty(rel).filter(|_| on(Rule::TagsRelTag)) {
        let prov = Provenance::new("heuristic:rel-tag", 0.8).path("a[rel~=tag]");
        return Some((t, prov));
    }
    // 2. Visible microdata keywords, then the links of a tag list in the article
    //    ("Tags: …", "Schlagworte: …").
    let micro: Vec<String> = ctx
        .signals
        .itemprop("keywords")
        .filter(|p| doc.is(p.node, &crate::dom::local_name!("a")) && !in_site_chrome(ctx, p.node))
        .flat_map(|p| split_list(&doc.text(p.node)))
        .collect();
    if let Some(t) = nonempty(micro).filter(|_| on(Rule::TagsMicrodata)) {
        return Some((
            t,
            Provenance::new("microdata", 0.75).path("[itemprop=keywords]"),
        ));
    }
    if let Some(t) = nonempty(tag_list_links(ctx)).filter(|_| on(Rule::TagsList)) {
        return Some((t, Provenance::new("heuristic:tag-list", 0.7)));
    }
    // 3. `article:tag`, the publisher's own list of the article's tags, only when the page
    //    shows them as links: keywords a page keeps in its head are for search engines
    //    (annotators see no tags on twice as many such pages as they copy the list from the
    //    head). Other declared keywords (JSON-LD, `news_keywords`, …) are the `keywords`
    //    field's, never the tags: taking them where shown lost tags pages on every fold.
    let visible = visible_link_keys(ctx);
    let meta_tags: Vec<String> = ctx
        .signals
        .meta
        .all("article:tag")
        .flat_map(split_list)
        .collect();
    let seen = meta_tags
        .iter()
        .filter(|t| visible.contains(&text_key(t)))
        .count();
    let shown = !meta_tags.is_empty() && seen * 2 >= meta_tags.len();
    nonempty(meta_tags)
        .filter(|_| on(Rule::TagsArticleTag) && shown)
        .map(|t| (t, Provenance::new("meta:article:tag", 0.75)))
}

/// Class and id words of a tag list.
const TAG_LIST_TOKENS: &[&str] = &[
    "tags",
    // Joomla K2's tag list.
    "itemtags",
    "tag-list",
    "taglist",
    "tags-list",
    "post-tags",
    "entry-tags",
    "article-tags",
    "story-tags",
    "tag-links",
    "tags-links",
    "schlagworte",
    "schlagwoerter",
    "stichworte",
    "keywords",
    "etiquetas",
    "mots-cles",
    "tagged",
];

/// The link texts of the first tag list in the article.
fn tag_list_links(ctx: &Context) -> Vec<String> {
    let doc = ctx.doc;
    for (id, el) in doc.elements() {
        let is_list = el.classes().chain(el.attr("id")).any(|t| {
            let t = t.to_ascii_lowercase();
            TAG_LIST_TOKENS.iter().any(|w| {
                t == *w
                    || t.strip_suffix(w).is_some_and(|p| p.ends_with(['-', '_']))
                    || t.strip_prefix(w).is_some_and(|p| p.starts_with(['-', '_']))
            })
        });
        if !is_list || in_site_chrome(ctx, id) {
            continue;
        }
        let links: Vec<String> = doc
            .descendants(id)
            .filter(|&d| doc.is(d, &crate::dom::local_name!("a")))
            .map(|d| doc.text(d))
            .filter(|t| !t.is_empty() && t.chars().count() <= 60)
            .collect();
        if !links.is_empty() && links.len() <= 30 {
            return links;
        }
    }
    Vec::new()
}

/// The comparison keys of every link text outside the site's menus.
fn visible_link_keys(ctx: &Context) -> std::collections::HashSet<String> {
    let doc = ctx.doc;
    doc.elements()
        .filter(|(_, e)| e.name == crate::dom::local_name!("a"))
        .filter(|(id, _)| !in_site_chrome(ctx, *id))
        .map(|(id, _)| text_key(&doc.text(id)))
        .filter(|k| !k.is_empty() && k.len() <= 60)
        .collect()
}

/// Menus, headers, sidebars and widgets: their links are the site's, not the article's.
fn in_site_chrome(ctx: &Context, id: usize) -> bool {
    on(Rule::TagsSiteChrome) && ctx.facts.in_region(id, &Region::SITE_CHROME)
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
        assert_eq!(a.tags, vec!["Kim Jong Un", "North Korea", "nuclear"]);
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

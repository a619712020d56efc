//! `tags` and `section`: the article's keywords and where it sits on the site.
//!
//! Tags: `article:tag`, JSON-LD `keywords`, `rel=tag` links, then the `news_keywords`,
//! `keywords`, `parsely-tags` and `sailthru.tags` meta tags. Section: `article:section`,
//! JSON-LD `articleSection`, `parsely-section`, then a JSON-LD breadcrumb trail.

use serde_json::Value;

use super::{Context, record, text_key};
use crate::article::{Article, Provenance};
use crate::signals::{json_str, json_strings};

pub(super) fn extract(ctx: &Context, article: &mut Article) {
    if article.tags.is_empty()
        && let Some((tags, prov)) = find_tags(ctx)
    {
        article.tags = tags;
        record(article, "tags", prov);
    }
    if !article.section.is_empty() {
        return;
    }
    if let Some((section, prov)) = find_section(ctx, article.headline.as_deref()) {
        article.section = section;
        record(article, "section", prov);
    }
}

fn find_tags(ctx: &Context) -> Option<(Vec<String>, Provenance)> {
    let s = ctx.signals;
    let meta_tags: Vec<String> = s.meta.all("article:tag").flat_map(split_list).collect();
    if let Some(t) = nonempty(meta_tags) {
        return Some((t, Provenance::new("meta:article:tag", 0.85)));
    }
    if let Some(k) = s.jsonld.article().and_then(|a| a.get("keywords")) {
        let tags = json_strings(k).iter().flat_map(|t| split_list(t)).collect();
        if let Some(t) = nonempty(tags) {
            return Some((t, Provenance::new("json-ld", 0.8).path("keywords")));
        }
    }
    let doc = ctx.doc;
    let rel: Vec<String> = s
        .rel_tag
        .iter()
        .filter(|&&id| !in_navigation(ctx, id))
        .map(|&id| doc.text(id))
        .filter(|t| !t.is_empty() && t.chars().count() <= 60)
        .collect();
    if let Some(t) = nonempty(rel) {
        return Some((
            t,
            Provenance::new("heuristic:rel-tag", 0.75).path("[rel~=tag]"),
        ));
    }
    for name in [
        "news_keywords",
        "keywords",
        "parsely-tags",
        "sailthru.tags",
        "dc.subject",
    ] {
        let tags = s.meta.all(name).flat_map(split_list).collect();
        if let Some(t) = nonempty(tags) {
            return Some((t, Provenance::new(format!("meta:{name}"), 0.6)));
        }
    }
    None
}

/// Tag links inside the site's navigation menus are not the article's tags.
fn in_navigation(ctx: &Context, id: usize) -> bool {
    use crate::dom::local_name;
    ctx.doc
        .ancestors(id)
        .any(|a| ctx.doc.is(a, &local_name!("nav")) || ctx.doc.is(a, &local_name!("header")))
}

fn find_section(ctx: &Context, headline: Option<&str>) -> Option<(Vec<String>, Provenance)> {
    let s = ctx.signals;
    if let Some((name, v)) = s
        .meta
        .first_of(&["article:section", "parsely-section", "section"])
    {
        return Some((
            vec![v.to_string()],
            Provenance::new(format!("meta:{name}"), 0.8),
        ));
    }
    if let Some(v) = s.jsonld.article().and_then(|a| a.get("articleSection")) {
        let sections = json_strings(v);
        if let Some(t) = nonempty(sections) {
            return Some((t, Provenance::new("json-ld", 0.8).path("articleSection")));
        }
    }
    let crumbs = breadcrumbs(ctx, headline);
    nonempty(crumbs).map(|c| (c, Provenance::new("json-ld", 0.6).path("BreadcrumbList")))
}

/// The names of a JSON-LD breadcrumb trail, without "Home" and without the article itself.
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
    if names.first().is_some_and(|n| {
        matches!(
            text_key(n).as_str(),
            "home" | "start" | "startseite" | "accueil" | "inicio"
        )
    }) {
        names.remove(0);
    }
    if names
        .last()
        .is_some_and(|n| Some(text_key(n)) == headline_key || n.chars().count() > 60)
    {
        names.pop();
    }
    names
}

/// Splits a comma- or semicolon-separated list and trims each item.
fn split_list(list: &str) -> Vec<String> {
    list.split([',', ';'])
        .map(|t| t.trim().to_string())
        .filter(|t| !t.is_empty())
        .collect()
}

/// Removes duplicates (case-insensitively), keeping the first; `None` when empty.
fn nonempty(items: Vec<String>) -> Option<Vec<String>> {
    let mut out: Vec<String> = Vec::new();
    for item in items {
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
    fn reads_tags_and_section() {
        let html = r#"<meta property="article:tag" content="Kim Jong Un">
            <meta property="article:tag" content="North Korea, nuclear">
            <meta property="article:section" content="World">"#;
        let a = extract(html);
        assert_eq!(a.tags, vec!["Kim Jong Un", "North Korea", "nuclear"]);
        assert_eq!(a.section, vec!["World"]);
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
}

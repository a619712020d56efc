//! `headline`: the article's own title, without the site's name or a section label.
//!
//! Candidates come from JSON-LD `headline`, microdata, `og:title`, `twitter:title`, the
//! page's `<h1>` and `<title>`; titles are cleaned of site-name prefixes and suffixes
//! ("Storm hits coast | Daily Bugle"). Sources that agree with each other win over a lone
//! source with a higher base confidence.

use super::{Context, outside_article, record, text_key};
use crate::article::{Article, Provenance};
use crate::dom::local_name;
use crate::signals::json_str;

/// Separators between a title and the site's name, widest first.
const SEPARATORS: &[&str] = &[
    " | ", " – ", " — ", " - ", " :: ", " · ", " » ", " « ", " // ", " / ", " • ", " ~ ",
];

struct Candidate {
    text: String,
    provenance: Provenance,
}

pub(super) fn extract(ctx: &Context, article: &mut Article) {
    if article.headline.is_some() {
        return;
    }
    let site = article.site_name.as_deref();
    let host = super::page_host(ctx);
    let mut candidates: Vec<Candidate> = Vec::new();
    let mut add = |raw: &str, source: String, confidence: f32| {
        let text = clean_title(raw, site, host.as_deref());
        if text.chars().count() >= 2 {
            let mut provenance = Provenance::new(source, confidence);
            if text != raw {
                provenance = provenance.raw(raw);
            }
            candidates.push(Candidate { text, provenance });
        }
    };
    let s = ctx.signals;
    if let Some(h) = s
        .jsonld
        .article()
        .and_then(|a| a.get("headline"))
        .and_then(json_str)
    {
        add(&h, "json-ld".into(), 0.85);
    }
    if let Some(p) = s.itemprop("headline").next() {
        add(&p.value, "microdata".into(), 0.8);
    }
    for name in [
        "og:title",
        "twitter:title",
        "dc.title",
        "parsely-title",
        "sailthru.title",
    ] {
        if let Some(v) = s.meta.get(name) {
            add(v, format!("meta:{name}"), 0.75);
        }
    }
    if let Some(h1) = main_h1(ctx) {
        add(&h1, "heuristic:h1".into(), 0.7);
    }
    if let Some(t) = &s.title {
        add(t, "heuristic:title".into(), 0.5);
    }
    if let Some(best) = choose(candidates) {
        article.headline = Some(best.text);
        record(article, "headline", best.provenance);
    }
}

/// The best candidate: base confidence plus a bonus for each other source that agrees.
fn choose(candidates: Vec<Candidate>) -> Option<Candidate> {
    let keys: Vec<String> = candidates.iter().map(|c| text_key(&c.text)).collect();
    let score = |i: usize| {
        let agreeing = keys
            .iter()
            .enumerate()
            .filter(|&(j, k)| j != i && *k == keys[i])
            .count();
        candidates[i].provenance.confidence + 0.15 * agreeing as f32
    };
    let best = (0..candidates.len()).max_by(|&a, &b| {
        score(a)
            .partial_cmp(&score(b))
            .unwrap_or(std::cmp::Ordering::Equal)
            .then(b.cmp(&a))
    })?;
    let confidence = score(best).min(1.0);
    let mut chosen = candidates.into_iter().nth(best)?;
    chosen.provenance.confidence = confidence;
    Some(chosen)
}

/// The text of the page's main `<h1>`: the first one inside `<article>` or `<main>`, else
/// the first one outside navigation and sidebars that is not a logo.
fn main_h1(ctx: &Context) -> Option<String> {
    let doc = ctx.doc;
    let h1s: Vec<_> = doc
        .elements()
        .filter(|(_, e)| e.name == local_name!("h1"))
        .map(|(id, _)| id)
        .collect();
    let in_article = |id| {
        doc.ancestors(id)
            .any(|a| doc.is(a, &local_name!("article")) || doc.is(a, &local_name!("main")))
    };
    let usable = |&id: &usize| {
        let text = doc.text(id);
        !text.is_empty() && text.chars().count() < 300 && !outside_article(doc, id)
    };
    let id = h1s
        .iter()
        .copied()
        .filter(usable)
        .find(|&id| in_article(id))
        .or_else(|| h1s.iter().copied().find(usable))?;
    Some(doc.text(id))
}

/// Removes a site-name prefix or suffix from a title.
pub(crate) fn clean_title(raw: &str, site: Option<&str>, host: Option<&str>) -> String {
    let title = crate::dom::collapse_whitespace(raw);
    let site_key = site.map(text_key).filter(|k| !k.is_empty());
    let host_key = host.map(|h| text_key(h.split('.').next().unwrap_or(h)));
    for sep in SEPARATORS {
        let parts: Vec<&str> = title.split(sep).collect();
        if parts.len() < 2 {
            continue;
        }
        let is_site = |part: &str| {
            let key = text_key(part);
            let squashed = key.replace(' ', "");
            site_key
                .as_deref()
                .is_some_and(|s| key == s || s.replace(' ', "") == squashed)
                || host_key
                    .as_deref()
                    .is_some_and(|h| !h.is_empty() && squashed == h.replace(' ', ""))
        };
        let first = parts[0];
        let last = parts[parts.len() - 1];
        if is_site(last) {
            return parts[..parts.len() - 1].join(sep).trim().to_string();
        }
        if is_site(first) {
            return parts[1..].join(sep).trim().to_string();
        }
        // An unknown short tail after a pipe is almost always the site's name.
        if *sep == " | " && last.split_whitespace().count() <= 4 && first.len() > last.len() {
            return parts[..parts.len() - 1].join(sep).trim().to_string();
        }
    }
    title
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract;

    #[test]
    fn cleans_site_names() {
        assert_eq!(
            clean_title("Storm hits | Daily Bugle", Some("Daily Bugle"), None),
            "Storm hits"
        );
        assert_eq!(
            clean_title("Daily Bugle - Storm hits", Some("Daily Bugle"), None),
            "Storm hits"
        );
        assert_eq!(
            clean_title("Storm hits – BUGLE", None, Some("bugle.com")),
            "Storm hits"
        );
        assert_eq!(
            clean_title("Storm hits the coast | Bugle News", None, None),
            "Storm hits the coast"
        );
        assert_eq!(
            clean_title("Left - right: a debate", None, None),
            "Left - right: a debate"
        );
    }

    #[test]
    fn agreeing_sources_win() {
        let html = r#"<title>Storm hits coast | Bugle</title>
            <meta property="og:title" content="Storm hits coast">
            <body><header><h1>Bugle</h1></header><article><h1>Storm hits coast</h1></article></body>"#;
        assert_eq!(extract(html).headline.as_deref(), Some("Storm hits coast"));
    }
}

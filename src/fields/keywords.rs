//! `keywords`: the keywords the page declares for search engines and feeds, kept apart from
//! the `tags` a reader sees. A page's head often lists far more (or other) words than it
//! shows; users get both and choose.
//!
//! The first source that declares any wins, most specific first: the publisher's
//! `article:tag` list, JSON-LD `keywords` of the article, then the `news_keywords`,
//! `keywords`, `parsely-tags`, `sailthru.tags` and `dc.subject` meta tags. Each list is
//! split at commas and semicolons, cleaned like tags (a hashtag's `#`, quotes around a word)
//! and rid of duplicates.

use super::tags::{nonempty as clean_list, split_list};
use super::{Context, record};
use crate::Field;
use crate::article::{Article, Provenance};
use crate::signals::json_strings;

/// The keyword meta tags, most specific first: `news_keywords` is Google News's list for
/// the article, `keywords` the classic one (often site-wide), then vendors' lists.
const KEYWORD_META: &[&str] = &[
    "news_keywords",
    "keywords",
    "parsely-tags",
    "sailthru.tags",
    "dc.subject",
];

pub(super) fn extract(ctx: &Context, article: &mut Article) {
    if !article.keywords.is_empty() {
        return;
    }
    if let Some((keywords, provenance)) = declared_keywords(ctx) {
        article.keywords = keywords;
        record(article, Field::Keywords, provenance);
    }
}

/// The first declared list with a usable keyword, and where it came from.
fn declared_keywords(ctx: &Context) -> Option<(Vec<String>, Provenance)> {
    let signals = ctx.signals;
    let article_tags: Vec<String> = signals
        .meta
        .all("article:tag")
        .flat_map(split_list)
        .collect();
    if let Some(list) = clean_list(article_tags) {
        return Some((list, Provenance::new("meta:article:tag", 0.9)));
    }
    if let Some(keywords) = signals.jsonld.article().and_then(|a| a.get("keywords")) {
        let list = json_strings(keywords)
            .iter()
            .flat_map(|k| split_list(k))
            .collect();
        if let Some(list) = clean_list(list) {
            return Some((list, Provenance::new("json-ld", 0.9).path("keywords")));
        }
    }
    KEYWORD_META.iter().find_map(|name| {
        let list = signals.meta.all(name).flat_map(split_list).collect();
        let source = format!("meta:{name}");
        clean_list(list).map(|list| (list, Provenance::new(source, 0.8)))
    })
}

#[cfg(test)]
mod tests {
    use crate::extract;

    #[test]
    fn declared_keywords_are_kept_apart_from_shown_tags() {
        let html = r#"<head><meta name="keywords" content="harbour, ferries; #Transport, harbour">
            </head><body><article><h1>Ferry service resumes</h1>
            <p>The ferry ran again on Monday after a week of storms.</p>
            <p>Tags: <a href="/tag/ferries" rel="tag">ferries</a></p></article></body>"#;
        let article = extract(html);
        assert_eq!(article.keywords, ["harbour", "ferries", "Transport"]);
        assert_eq!(article.tags, ["ferries"]);
        assert_eq!(article.provenance["keywords"].source, "meta:keywords");
    }

    #[test]
    fn the_most_specific_declaration_wins() {
        let html = r#"<head><meta name="keywords" content="news, city, weather">
            <meta property="article:tag" content="Tram line">
            <meta property="article:tag" content="Old town">
            <script type="application/ld+json">{"@type": "NewsArticle", "keywords": ["Trams"]}</script>
            </head><body><h1>Tram line opens</h1></body>"#;
        let article = extract(html);
        assert_eq!(article.keywords, ["Tram line", "Old town"]);
        assert_eq!(article.provenance["keywords"].source, "meta:article:tag");

        let html = r#"<head><meta name="keywords" content="news, city">
            <script type="application/ld+json">{"@type": "NewsArticle", "keywords": "Trams,Old town"}</script>
            </head><body><h1>Tram line opens</h1></body>"#;
        let article = extract(html);
        assert_eq!(article.keywords, ["Trams", "Old town"]);
        assert_eq!(
            article.provenance["keywords"].path.as_deref(),
            Some("keywords")
        );
    }

    #[test]
    fn a_page_without_declared_keywords_has_none() {
        assert!(
            extract("<h1>Tram line opens</h1><p>It opened.</p>")
                .keywords
                .is_empty()
        );
    }
}

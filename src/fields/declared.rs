//! What the page itself declares (its JSON-LD and meta tags), held against a value a site
//! profile found. A profile that asks for the check (`verify = true`, as every learned
//! profile does) has a value the page contradicts dropped, so that a rule that reads the
//! wrong element on a redesigned page gives way to the generic rules instead of giving junk.
//!
//! The check is lenient: only a value that shares next to nothing with every declaration
//! is contradicted, and a page that declares nothing contradicts nothing.

use chrono::NaiveDate;
use serde_json::Value;

use super::{Context, headline, text_key};
use crate::Field;
use crate::article::{Article, Author};
use crate::dom::NodeId;
use crate::signals::{has_type, json_str};
use crate::time::{DateHints, parse_date};

/// Meta tags that declare the publication moment, read for the check.
const DECLARED_DATE_META: &[&str] = &[
    "article:published_time",
    "og:article:published_time",
    "datepublished",
    "parsely-pub-date",
    "dc.date.issued",
];

/// Meta tags that declare the authors' names.
const DECLARED_AUTHOR_META: &[&str] = &["author", "article:author", "parsely-author"];

/// Where the headline is declared by name (a page's `<title>` counts only when none is).
const TITLE_SOURCE_OF_LAST_RESORT: &str = "heuristic:title";

/// Days a declared date may differ by from a profile's: a moment near midnight falls on
/// either side of it depending on the zone it is written in.
const DAY_SLACK: i64 = 1;

/// Two titles agree when each has at least this share of its words in the other.
const TITLE_OVERLAP: f64 = 0.5;

/// Whether the page's declarations contradict the value a profile set for a field; `node`
/// is the element the value came from, when it came from one.
pub(crate) fn contradicts(
    ctx: &Context,
    field: Field,
    article: &Article,
    node: Option<NodeId>,
) -> bool {
    match field {
        Field::Headline => article
            .headline
            .as_deref()
            .is_some_and(|h| headline_contradicted(ctx, h)),
        Field::Published => article
            .published
            .as_ref()
            .is_some_and(|t| day_contradicted(ctx, t.date)),
        Field::Authors => authors_contradicted(ctx, &article.authors),
        Field::Body => node.is_some_and(|n| body_misplaced(ctx, n)),
        _ => false,
    }
}

/// A headline that agrees with none of the titles the page declares.
fn headline_contradicted(ctx: &Context, value: &str) -> bool {
    let declared = headline::metadata_title_candidates(ctx, None);
    let named: Vec<&String> = declared
        .iter()
        .filter(|(_, p)| p.source != TITLE_SOURCE_OF_LAST_RESORT)
        .map(|(t, _)| t)
        .collect();
    let titles = if named.is_empty() {
        declared.iter().map(|(t, _)| t).collect()
    } else {
        named
    };
    !titles.is_empty() && !titles.iter().any(|t| titles_agree(value, t))
}

/// Whether two titles say the same: one holds the other, or they share half of each one's
/// words.
fn titles_agree(a: &str, b: &str) -> bool {
    let (a, b) = (text_key(a), text_key(b));
    if a.is_empty() || b.is_empty() || a.contains(&b) || b.contains(&a) {
        return true;
    }
    let words_a: Vec<&str> = a.split(' ').collect();
    let words_b: Vec<&str> = b.split(' ').collect();
    let shared = |from: &[&str], to: &[&str]| {
        from.iter().filter(|w| to.contains(w)).count() as f64 / from.len() as f64
    };
    shared(&words_a, &words_b) >= TITLE_OVERLAP && shared(&words_b, &words_a) >= TITLE_OVERLAP
}

/// A day more than [`DAY_SLACK`] from every publication day the page declares.
fn day_contradicted(ctx: &Context, day: NaiveDate) -> bool {
    let s = ctx.signals;
    let mut texts: Vec<String> = Vec::new();
    if let Some(v) = s.jsonld.article().and_then(|a| a.get("datePublished")) {
        texts.extend(json_str(v));
    }
    texts.extend(s.itemprop("datePublished").map(|p| p.value.clone()));
    for name in DECLARED_DATE_META {
        texts.extend(s.meta.get(name).map(str::to_string));
    }
    let days: Vec<NaiveDate> = texts
        .iter()
        .filter_map(|t| parse_date(t, &DateHints::default()).map(|p| p.date))
        .collect();
    !days.is_empty() && days.iter().all(|d| (*d - day).num_days().abs() > DAY_SLACK)
}

/// Authors none of whose words is in a name the page declares for its authors.
fn authors_contradicted(ctx: &Context, authors: &[Author]) -> bool {
    let declared: Vec<String> = declared_author_names(ctx)
        .iter()
        .map(|n| text_key(n))
        .collect();
    let words: Vec<String> = authors
        .iter()
        .flat_map(|a| {
            text_key(&a.name)
                .split(' ')
                .map(str::to_string)
                .collect::<Vec<_>>()
        })
        .filter(|w| w.chars().count() >= 2)
        .collect();
    !declared.is_empty()
        && !words.is_empty()
        && !declared
            .iter()
            .any(|d| d.split(' ').any(|w| words.iter().any(|x| x == w)))
}

/// The people the page's JSON-LD and meta tags name as its authors (organisations and
/// links left out).
fn declared_author_names(ctx: &Context) -> Vec<String> {
    let s = ctx.signals;
    let mut names: Vec<String> = Vec::new();
    if let Some(author) = s.jsonld.article().and_then(|a| a.get("author")) {
        let items: Vec<&Value> = match author {
            Value::Array(items) => items.iter().map(|i| s.jsonld.resolve(i)).collect(),
            other => vec![s.jsonld.resolve(other)],
        };
        for item in items {
            if has_type(item, "Organization") || has_type(item, "NewsMediaOrganization") {
                continue;
            }
            let name = item.get("name").unwrap_or(item);
            names.extend(json_str(name));
        }
    }
    for name in DECLARED_AUTHOR_META {
        names.extend(s.meta.all(name).map(str::to_string));
    }
    names.retain(|n| !n.contains("://") && !text_key(n).is_empty());
    names
}

/// A body container that is no article's: the whole page, or a region outside the article
/// (navigation, a sidebar, comments).
fn body_misplaced(ctx: &Context, node: NodeId) -> bool {
    let whole_page = ctx
        .doc
        .tag(node)
        .is_some_and(|t| t == "body" || t == "html");
    whole_page || ctx.facts.outside_article(node)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn titles_agree_with_a_site_name_or_a_kicker_but_not_with_another_story() {
        assert!(titles_agree(
            "Ferry returns",
            "Ferry returns | Harbour Gazette"
        ));
        assert!(titles_agree(
            "Analysis: the ferry returns to the harbour",
            "The ferry returns to the harbour"
        ));
        assert!(!titles_agree(
            "Harbour Gazette",
            "Ferry returns after the storm"
        ));
        assert!(!titles_agree(
            "Read more",
            "Council approves the new tram line"
        ));
    }
}

//! The candidates that lost: the body's other scored containers, the other titles and
//! headings for the headline, the other dates for the publication and update times.

use super::Candidate;
use super::selector::for_node;
use crate::Field;
use crate::article::{Article, Timestamp};
use crate::body::scored_containers;
use crate::dom::{NodeId, tags};
use crate::fields::{Context, metadata_title_candidates, text_key};
use crate::signals::json_str;

/// How many of the body's scored containers are listed.
const BODY_CANDIDATES: usize = 6;
/// How many headings are listed beside the headline.
const HEADING_CANDIDATES: usize = 6;
/// The longest text shown for a candidate, in characters.
const SHOWN_CHARS: usize = 120;

/// The candidates that lost for a field; `chosen` are the elements behind its value.
pub(super) fn losers(
    ctx: &Context,
    article: &Article,
    name: &str,
    chosen: &[NodeId],
) -> Vec<Candidate> {
    match name.parse::<Field>() {
        Ok(Field::Body) => body(ctx, chosen.first().copied()),
        Ok(Field::Headline) => headline(ctx, article, chosen),
        Ok(Field::Published) => dates(ctx, article.published.as_ref(), chosen, "datePublished"),
        Ok(Field::Modified) => dates(ctx, article.modified.as_ref(), chosen, "dateModified"),
        _ => Vec::new(),
    }
}

/// The containers content scoring weighed, best first, but the chosen one.
fn body(ctx: &Context, chosen: Option<NodeId>) -> Vec<Candidate> {
    let doc = ctx.doc;
    let scored = scored_containers(doc, BODY_CANDIDATES + 1);
    let chosen_score = chosen.and_then(|c| scored.iter().find(|(n, _)| *n == c).map(|s| s.1));
    scored
        .iter()
        .filter(|(node, _)| Some(*node) != chosen)
        .take(BODY_CANDIDATES)
        .map(|&(node, score)| {
            let why = match (chosen, chosen_score) {
                (Some(c), _) if doc.holds(c, node) => "inside the chosen container".to_string(),
                (Some(c), _) if doc.holds(node, c) => {
                    "holds the chosen container and more besides".to_string()
                }
                (_, Some(best)) => format!("scored {score:.1} against the chosen {best:.1}"),
                _ => "not chosen: the winner moved to a container sharing the prose".to_string(),
            };
            let words = ctx.facts.text(node).split_whitespace().count();
            Candidate {
                value: format!("{}: {words} words", doc.describe(node)),
                source: "content score".to_string(),
                selector: for_node(doc, node).map(|s| s.css),
                score: Some(score),
                why,
            }
        })
        .collect()
}

/// The metadata titles and the page's headings that the headline was not taken from.
fn headline(ctx: &Context, article: &Article, chosen: &[NodeId]) -> Vec<Candidate> {
    let chosen_key = article
        .headline
        .as_deref()
        .map(text_key)
        .unwrap_or_default();
    let mut out: Vec<Candidate> = metadata_title_candidates(ctx, article.site_name.as_deref())
        .into_iter()
        .map(|(text, provenance)| {
            let agrees = text_key(&text) == chosen_key;
            Candidate {
                why: if agrees {
                    "agrees with the headline".to_string()
                } else {
                    "differs from the headline".to_string()
                },
                value: shorten(&text),
                source: provenance.source,
                selector: None,
                score: None,
            }
        })
        .collect();
    let doc = ctx.doc;
    let headings = ctx
        .facts
        .headings()
        .iter()
        .copied()
        .filter(|&h| !chosen.contains(&h) && ctx.facts.headline_sized(h))
        .filter(|&h| doc.tag(h).is_some_and(|t| tags::is_heading_of(t, 1..=2)))
        .take(HEADING_CANDIDATES);
    for heading in headings {
        let text = ctx.facts.text(heading);
        if text.is_empty() {
            continue;
        }
        let outside = ctx.facts.outside_article(heading);
        out.push(Candidate {
            value: shorten(&text),
            source: format!("<{}>", doc.tag(heading).map_or("h", |t| &**t)),
            selector: for_node(doc, heading).map(|s| s.css),
            score: None,
            why: if outside {
                "a heading outside the article (menu, sidebar, footer)".to_string()
            } else if text_key(&text) == chosen_key {
                "a copy of the headline".to_string()
            } else {
                "a heading not supported as the main one".to_string()
            },
        });
    }
    out
}

/// The page's other statements of a date: JSON-LD, date meta tags and `<time>` elements.
fn dates(
    ctx: &Context,
    value: Option<&Timestamp>,
    chosen: &[NodeId],
    jsonld_key: &str,
) -> Vec<Candidate> {
    let day = value.map(|v| v.date.format("%Y-%m-%d").to_string());
    let why = |text: &str| match &day {
        Some(day) if text.contains(day.as_str()) => "the same day, a source lower in the cascade",
        _ => "a different date or one not read as this field",
    };
    let mut out = Vec::new();
    let jsonld = ctx.signals.jsonld.article_prop(jsonld_key);
    if let Some(text) = jsonld.and_then(json_str) {
        out.push(plain(&text, format!("json-ld {jsonld_key}"), why(&text)));
    }
    for (name, content) in ctx.signals.meta.iter() {
        let lower = name.to_ascii_lowercase();
        if lower.contains("time") || lower.contains("date") {
            out.push(plain(content, format!("meta:{name}"), why(content)));
        }
    }
    for time in ctx
        .signals
        .times
        .iter()
        .filter(|t| !chosen.contains(&t.node))
    {
        let text = match &time.datetime {
            Some(dt) => format!("{dt} ({})", time.text),
            None => time.text.clone(),
        };
        let mut candidate = plain(&text, "<time>".to_string(), why(&text));
        candidate.selector = for_node(ctx.doc, time.node).map(|s| s.css);
        out.push(candidate);
    }
    out
}

fn plain(text: &str, source: String, why: &str) -> Candidate {
    Candidate {
        value: shorten(text),
        source,
        selector: None,
        score: None,
        why: why.to_string(),
    }
}

/// The text cut to [`SHOWN_CHARS`] characters.
fn shorten(text: &str) -> String {
    let text = text.trim();
    match text.char_indices().nth(SHOWN_CHARS) {
        Some((cut, _)) => format!("{}…", &text[..cut]),
        None => text.to_string(),
    }
}

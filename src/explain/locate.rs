//! Finding the elements behind a field, after extraction: the profile rule's own matches,
//! the body's container, a `<time>` element, else the smallest visible element whose text
//! holds the value.

use std::str::FromStr;

use super::Located;
use crate::article::{Article, Provenance};
use crate::body::{BodyHints, extract_body};
use crate::dom::{NodeId, is_skipped_tag};
use crate::field::Field;
use crate::fields::{Context, text_key};

/// The elements behind a field, and how they were found.
pub(super) fn locate(
    ctx: &Context,
    article: &Article,
    name: &str,
    provenance: Option<&Provenance>,
) -> (Vec<NodeId>, Located) {
    if let Some(nodes) = provenance.and_then(|p| profile_rule_nodes(ctx, name, p)) {
        return (nodes, Located::ProfileRule);
    }
    let source = provenance.map_or("", |p| p.source.as_str());
    if name == "body" {
        return match body_container(ctx, article, source) {
            Some(node) => (vec![node], Located::BodyContainer),
            None => (Vec::new(), Located::NotShown),
        };
    }
    if name == "site_name" || provenance.is_some_and(is_fixed_value) {
        // A fixed value, or a name the page states in its head: any element holding the
        // same words (an e-mail address, a copyright line) would only seem to be its source.
        return (Vec::new(), Located::NotShown);
    }
    let raw = provenance.and_then(|p| p.raw.as_deref());
    if matches!(name, "published" | "modified")
        && let Some(node) = raw.and_then(|raw| time_element(ctx, raw))
    {
        return (vec![node], Located::TimeElement);
    }
    let mut nodes: Vec<NodeId> = values_of(article, name, raw)
        .iter()
        .filter_map(|value| smallest_holding(ctx, value))
        .collect();
    nodes.sort_unstable();
    nodes.dedup();
    if nodes.is_empty() {
        (nodes, Located::NotShown)
    } else {
        (nodes, Located::Text)
    }
}

/// The fields whose value a rule gathers from every match.
const MANY_VALUED: &[&str] = &["authors", "tags", "section", "keywords", "body"];

/// The elements the profile rule behind a value matched (its provenance path says which
/// rule: `rule 2: css ".byline"`), those that gave a value first.
fn profile_rule_nodes(ctx: &Context, name: &str, provenance: &Provenance) -> Option<Vec<NodeId>> {
    let profile = ctx.profile?;
    provenance.source.strip_prefix("profile:")?;
    let number: usize = provenance
        .path
        .as_deref()?
        .strip_prefix("rule ")?
        .split(':')
        .next()?
        .parse()
        .ok()?;
    let field = Field::from_str(name).ok()?;
    let (_, rules) = profile.fields.iter().find(|(f, _)| *f == field)?;
    let rule = rules.get(number.checked_sub(1)?)?;
    let mut nodes: Vec<NodeId> = rule.read(ctx).into_iter().filter_map(|m| m.node).collect();
    nodes.dedup();
    if !MANY_VALUED.contains(&name) {
        // The first match gave the value; later ones (related posts) did not.
        nodes.truncate(1);
    }
    (!nodes.is_empty()).then_some(nodes)
}

/// True for a value a profile's `value` rule fixed: no element gave it.
fn is_fixed_value(provenance: &Provenance) -> bool {
    provenance.source.starts_with("profile:")
        && provenance.path.as_deref().is_some_and(|path| {
            path.split_once(": ")
                .is_some_and(|(_, rule)| rule.starts_with("value "))
        })
}

/// The body's container, read again as the body step read it; none when the body came from
/// JSON-LD.
fn body_container(ctx: &Context, article: &Article, source: &str) -> Option<NodeId> {
    if source == "json-ld" {
        return None;
    }
    let hints = BodyHints {
        headline: article.headline.as_deref(),
        byline: article.byline.as_deref(),
    };
    extract_body(ctx.doc, &hints).container
}

/// A `<time>` element whose `datetime` attribute or text is the date's raw text.
fn time_element(ctx: &Context, raw: &str) -> Option<NodeId> {
    let raw = raw.trim();
    ctx.signals
        .times
        .iter()
        .find(|t| t.datetime.as_deref().map(str::trim) == Some(raw) || t.text.trim() == raw)
        .map(|t| t.node)
}

/// The texts to look for on the page: each author, tag and section; the raw text of a date
/// or dateline; the value of any other text field.
fn values_of(article: &Article, name: &str, raw: Option<&str>) -> Vec<String> {
    let one = |v: Option<&String>| v.cloned().into_iter().collect::<Vec<_>>();
    match name {
        "headline" => one(article.headline.as_ref()),
        "description" => one(article.description.as_ref()),
        "byline" => one(article.byline.as_ref()),
        "authors" => article.authors.iter().map(|a| a.name.clone()).collect(),
        "tags" => article.tags.clone(),
        "section" => article.section.clone(),
        "site_name" => one(article.site_name.as_ref()),
        "published" | "modified" | "dateline" => raw.map(str::to_string).into_iter().collect(),
        _ => match name.strip_prefix("publisher.") {
            Some(part) => serde_json::to_value(&article.publisher)
                .ok()
                .and_then(|v| v.get(part).and_then(|v| v.as_str()).map(str::to_string))
                .into_iter()
                .collect(),
            None => Vec::new(),
        },
    }
}

/// An element found by its text holds at most this many times the value's text, plus
/// [`LOOSE_SLACK`] characters: a wrapper around half the page names no value.
const LOOSE_FACTOR: usize = 3;
const LOOSE_SLACK: usize = 40;

/// The smallest visible element of the page's body whose text holds the value: one whose
/// text is the value beats one whose text only holds it, and one in the article beats one
/// in a region outside it (menus, footers, related lists). A subtree whose text does not
/// hold the value is skipped whole.
fn smallest_holding(ctx: &Context, value: &str) -> Option<NodeId> {
    let needle = text_key(value);
    if needle.chars().count() < 2 {
        return None;
    }
    let doc = ctx.doc;
    let body = ctx.facts.body();
    let mut best: Option<(NodeId, (bool, bool, usize))> = None;
    let mut id = body;
    while id < doc.subtree_end(body) {
        let Some(el) = doc.element(id) else {
            id += 1;
            continue;
        };
        let key = ctx.facts.key(id);
        if is_skipped_tag(&el.name) || !key.contains(needle.as_str()) {
            id = doc.subtree_end(id);
            continue;
        }
        if key.len() > needle.len() * LOOSE_FACTOR + LOOSE_SLACK {
            // Too wide to point at the value; a narrower element inside may still be.
            id += 1;
            continue;
        }
        let rank = (key != needle, ctx.facts.outside_article(id), key.len());
        // Equal ranks: an element inside the best one is closer to the text.
        let better = best.is_none_or(|(b, r)| rank < r || (rank == r && doc.holds(b, id)));
        if better {
            best = Some((id, rank));
        }
        id += 1;
    }
    best.map(|(id, _)| id)
}

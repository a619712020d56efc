//! The page's byline element, by class or id, and the name in an author box.

use std::sync::LazyLock;

use crate::article::Provenance;
use crate::dom::{NodeId, local_name, tags};
use crate::fields::Context;
use crate::fields::byline::Found;
use crate::fields::byline::author_box::box_credit;
use crate::fields::byline::credit::{Origin, parse_byline, parse_credit};
use crate::fields::byline::known::Known;
use crate::fields::byline::names::looks_like_person;
use crate::fields::byline::patterns::REVIEWER_LABEL;
use crate::fields::byline::words::{BYLINE_TOKENS, NOT_BYLINE_TOKENS};
use crate::vocabulary::AnyAsciiWord;

/// Any of [`BYLINE_TOKENS`] in a class or id attribute.
static BYLINE_TOKEN: LazyLock<AnyAsciiWord> =
    LazyLock::new(|| AnyAsciiWord::new(BYLINE_TOKENS.iter().copied()));

pub(in crate::fields::byline) fn from_byline_element(ctx: &Context, site: &Known) -> Option<Found> {
    let doc = ctx.doc;
    let mut candidates: Vec<NodeId> = Vec::new();
    for (id, el) in doc.elements() {
        // Most elements hold no byline word in their class or id at all.
        let maybe = |v: Option<&str>| v.is_some_and(|v| BYLINE_TOKEN.is_match(v));
        if !maybe(el.attr("class")) && !maybe(el.attr("id")) {
            continue;
        }
        let named = el.classes().chain(el.attr("id")).any(|t| {
            let t = t.to_ascii_lowercase();
            BYLINE_TOKENS.iter().any(|b| t.contains(b))
                && !NOT_BYLINE_TOKENS.iter().any(|w| t.contains(w))
        });
        // The innermost byline elements are the precise ones; an ancestor already listed
        // is replaced by its descendant.
        // A credit inside a figure is the picture's ("Foto: …", a photographer's name).
        if named && !ctx.facts.in_figure(id) && !ctx.facts.outside_article(id) {
            // The listed elements nest in none of the others and run in document order:
            // only the last can hold this one.
            if candidates.last().is_some_and(|&c| doc.holds(c, id)) {
                candidates.pop();
            }
            candidates.push(id);
        }
    }
    let mut site_only: Option<Found> = None;
    for id in candidates {
        let text = doc.text(id);
        if text.is_empty() || credited_as_reviewer(doc, id) {
            continue;
        }
        if text.chars().count() > 150 {
            // An author box: the name stands in a heading or link of its own, beside a bio.
            if let Some(found) = name_in_box(ctx, id, site) {
                return Some(found);
            }
            continue;
        }
        // A box that sets a role, a biography or a "More by" link after the name: the
        // credit is what comes before them.
        let (text, role) = box_credit(doc, id).unwrap_or((text, None));
        // A name slot holding one word ("tlow", "Heiko") credits it, as a link to an
        // author's page would.
        let one_word = text.split_whitespace().count() == 1 && !text.trim_end().ends_with(':');
        let origin = if one_word { Origin::Link } else { Origin::Page };
        let (mut authors, sites) = parse_credit(&text, site, origin);
        if let (Some(role), Some(last)) = (role, authors.last_mut()) {
            last.role.get_or_insert(role);
        }
        if !authors.is_empty() {
            return Some(Found {
                authors,
                raw: text,
                provenance: Provenance::new("heuristic:byline-element", 0.6),
                site_credits: Vec::new(),
            });
        }
        if site_only.is_none() && !sites.is_empty() {
            site_only = Some(Found {
                authors: Vec::new(),
                raw: text,
                provenance: Provenance::new("heuristic:byline-element", 0.6),
                site_credits: sites,
            });
        }
    }
    site_only
}

/// True when the words just before an element, in the block that holds it, credit its name
/// with something else than the writing: "Reviewed by <a>Rolf Tanner</a>", "Fact checked
/// by …", "Illustrated by …".
pub(in crate::fields::byline) fn credited_as_reviewer(
    doc: &crate::dom::Document,
    id: NodeId,
) -> bool {
    let Some(block) = doc.ancestors(id).find(|&a| {
        doc.element(a)
            .is_some_and(|e| crate::dom::is_block_tag(&e.name))
    }) else {
        return false;
    };
    let own = doc.text(id);
    let text = doc.text(block);
    text.find(&own)
        .is_some_and(|at| REVIEWER_LABEL.is_match(&text[..at]))
}

/// The name in an author box: the first heading, link or bold text inside it that reads
/// as a name.
pub(in crate::fields::byline) fn name_in_box(
    ctx: &Context,
    id: NodeId,
    site: &Known,
) -> Option<Found> {
    let doc = ctx.doc;
    for d in doc.descendants(id).skip(1) {
        let Some(el) = doc.element(d) else { continue };
        let slot = tags::is_heading_of(&el.name, 2..=6)
            || matches!(
                el.name,
                local_name!("strong") | local_name!("b") | local_name!("a")
            )
            || el
                .classes()
                .any(|c| c.to_ascii_lowercase().contains("name"));
        if !slot {
            continue;
        }
        let text = doc.text(d);
        if text.is_empty() || text.chars().count() > 60 {
            continue;
        }
        let authors = parse_byline(&text, site);
        if !authors.is_empty() && authors.iter().all(|a| looks_like_person(&a.name)) {
            return Some(Found {
                authors,
                raw: text,
                provenance: Provenance::new("heuristic:byline-element", 0.55),
                site_credits: Vec::new(),
            });
        }
    }
    None
}

//! The article's parts around its container: once scoring has chosen the container, the
//! siblings that read as article text join it (candidates scoring near it, plain prose
//! paragraphs, an intro of sentences before it, sister sections under headings of the
//! same rank), and so do the pieces a page sets apart a few levels up: the numbered parts
//! of a split article, an answered FAQ section after the text, and a lede before it.
//!
//! Each search is bounded by a few levels above the container and linear in the size of
//! the region it reads.

use super::score::MIN_PARAGRAPH;
use super::stats::Stats;
use super::vocabulary::{is_lede_element, is_standfirst};
use crate::dom::{Document, NodeId, local_name, tags};

/// How many levels above the container's first part a lede is looked for.
const LEDE_LEVELS: usize = 4;
/// The fewest characters of a lede.
const MIN_LEDE: u32 = 40;
/// The most lede elements taken.
const MAX_LEDES: usize = 2;

/// The outermost of the `levels` elements above `node`, stopping below `<body>`: the
/// region searched for parts of the article set apart from the chosen container.
fn outer_scope(doc: &Document, node: NodeId, levels: usize) -> Option<NodeId> {
    doc.ancestors(node)
        .take(levels)
        .take_while(|&a| {
            doc.element(a).is_some()
                && !doc.is(a, &local_name!("body"))
                && !doc.is(a, &local_name!("html"))
        })
        .last()
}

/// The parts with the article's lede in front, when the page sets it apart before the
/// container: an intro, lead, teaser or summary element (`div.article-intro`,
/// `p.lead`, `[itemprop=description]`) in the article's header, a few levels up. Its text
/// opens the article; only the headline and byline sit apart from the text more often.
pub(super) fn with_lede(
    doc: &Document,
    stats: &Stats,
    dropped: &[bool],
    mut parts: Vec<NodeId>,
) -> Vec<NodeId> {
    let Some(&first) = parts.first() else {
        return parts;
    };
    let Some(scope) = outer_scope(doc, first, LEDE_LEVELS) else {
        return parts;
    };
    let body_text: u32 = parts.iter().map(|&p| stats.text[p]).sum();
    let mut ledes = Vec::new();
    let mut id = scope + 1;
    while id < first && ledes.len() < MAX_LEDES {
        let is_lede = !dropped[id]
            && doc
                .element(id)
                .is_some_and(|e| is_lede_element(e) && !is_standfirst(e))
            && !doc.holds(id, first)
            && stats.text[id] >= MIN_LEDE
            && stats.text[id] < body_text
            && stats.link_density(id) < 0.3
            && !doc
                .ancestors(id)
                .take_while(|&a| a != scope)
                .any(|a| doc.is(a, &local_name!("a")))
            && !(id..doc.subtree_end(id)).any(|n| doc.is(n, &local_name!("h1")));
        if is_lede {
            ledes.push(id);
            id = doc.subtree_end(id);
        } else {
            id += 1;
        }
    }
    if ledes.is_empty() {
        return parts;
    }
    ledes.append(&mut parts);
    ledes
}

/// How many levels above the container an FAQ section is looked for.
const FAQ_LEVELS: usize = 4;
/// The fewest characters of an FAQ section that joins the article.
const MIN_FAQ: u32 = 200;
/// The highest link density of an FAQ section that joins the article.
const FAQ_LINK_DENSITY: f32 = 0.2;

/// The parts with the article's FAQ section after them, when the page sets it apart in a
/// wrapper of its own after the container, a few levels up: its questions and answers
/// are the article's last section (a page builder puts it in its own widget, with its
/// own markup, so it neither scores with the text nor widens it). The section is the
/// widest element around an FAQ heading that holds no part, with text and few links;
/// it must hold less text than the parts.
pub(super) fn with_faq(
    doc: &Document,
    stats: &Stats,
    dropped: &[bool],
    top: NodeId,
    mut parts: Vec<NodeId>,
) -> Vec<NodeId> {
    let Some(&last) = parts.last() else {
        return parts;
    };
    let Some(scope) = doc
        .ancestors(top)
        .take(FAQ_LEVELS)
        .take_while(|&a| {
            doc.element(a).is_some()
                && !doc.is(a, &local_name!("body"))
                && !doc.is(a, &local_name!("html"))
        })
        .last()
    else {
        return parts;
    };
    let body_text: u32 = parts.iter().map(|&p| stats.text[p]).sum();
    let Some(heading) = (doc.subtree_end(last)..doc.subtree_end(scope)).find(|&id| {
        !dropped[id]
            && doc.tag(id).is_some_and(|t| tags::is_heading_of(t, 2..=4))
            && is_faq_title(&doc.text(id))
    }) else {
        return parts;
    };
    let Some(section) = doc
        .ancestors(heading)
        .take_while(|&a| a != scope && !parts.iter().any(|&p| doc.holds(a, p)))
        .last()
    else {
        return parts;
    };
    let joins = !dropped[section]
        && stats.text[section] >= MIN_FAQ
        && stats.text[section] < body_text
        && stats.link_density(section) < FAQ_LINK_DENSITY
        && answered(doc, stats, dropped, section);
    if joins {
        parts.push(section);
    }
    parts
}

/// True when an FAQ section shows its answers: its paragraphs (the outermost elements
/// without a block inside) that are neither headings nor questions, nor too short to be a
/// sentence (the numbers of the questions), hold [`MIN_FAQ`]
/// characters, and there is at least one for every two questions. A list of questions
/// whose answers the page hides until a click is not the article's text.
fn answered(doc: &Document, stats: &Stats, dropped: &[bool], section: NodeId) -> bool {
    let (mut answers, mut answer_text, mut questions) = (0usize, 0u32, 0usize);
    let mut id = section + 1;
    while id < doc.subtree_end(section) {
        if dropped[id] {
            id = doc.subtree_end(id);
            continue;
        }
        if doc.element(id).is_none() || stats.has_block_child[id] || stats.text[id] == 0 {
            id += 1;
            continue;
        }
        let label = doc.tag(id).is_some_and(|t| {
            tags::is_heading(t) || matches!(*t, local_name!("button") | local_name!("summary"))
        });
        if doc.text(id).trim_end().ends_with('?') {
            questions += 1;
        } else if !label && stats.text[id] >= MIN_PARAGRAPH {
            answers += 1;
            answer_text += stats.text[id];
        }
        id = doc.subtree_end(id);
    }
    answer_text >= MIN_FAQ && answers * 2 >= questions
}

/// True for the title of a section of questions and answers ("FAQ", "FAQs about …",
/// "Frequently asked questions").
pub(super) fn is_faq_title(text: &str) -> bool {
    let text = text.trim().to_lowercase();
    text.chars().count() <= 80
        && (text.contains("frequently asked questions")
            || text
                .split(|c: char| !c.is_alphanumeric())
                .any(|w| w == "faq" || w == "faqs"))
}

/// The container and those of its siblings that belong to the article: candidates scoring
/// at least a fifth of the container (more easily when they share its class), paragraphs
/// of plain prose, and an intro of sentences before it.
pub(super) fn siblings(
    doc: &Document,
    stats: &Stats,
    dropped: &[bool],
    scores: &[Option<f32>],
    top: NodeId,
) -> Vec<NodeId> {
    let Some(parent) = doc.parent(top) else {
        return vec![top];
    };
    let top_score = scores[top].unwrap_or(0.0);
    let threshold = (top_score * 0.2).max(10.0);
    let top_class = doc.attr(top, "class").filter(|c| !c.trim().is_empty());
    doc.children(parent)
        .iter()
        .copied()
        .filter(|&c| !dropped[c] && doc.element(c).is_some())
        .filter(|&c| {
            if c == top {
                return true;
            }
            if doc.element(c).is_some_and(is_standfirst) {
                return false;
            }
            let bonus = match (top_class, doc.attr(c, "class")) {
                (Some(a), Some(b)) if a == b => top_score * 0.2,
                _ => 0.0,
            };
            scores[c].is_some_and(|s| s + bonus >= threshold)
                || is_prose_paragraph(doc, stats, c)
                || (c < top && is_prose_intro(doc, stats, dropped, c))
                || is_sister_section(doc, stats, dropped, scores, top, c)
        })
        .collect()
}

/// The fewest characters of an intro set apart before the container.
const MIN_INTRO: u32 = 100;
/// The highest link density of an intro set apart before the container.
const INTRO_LINK_DENSITY: f32 = 0.1;

/// True when a sibling before the container is the article's opening set apart in a
/// wrapper of its own (a page builder's intro widget, a `div` around the first
/// paragraphs, with a table of contents between it and the text): it holds sentences and
/// nothing else, but for a label shorter than a paragraph, and few links. A box before the
/// text holding anything else (a headline, a heading over a pitch, a button row) is the
/// page's, not the article's.
fn is_prose_intro(doc: &Document, stats: &Stats, dropped: &[bool], id: NodeId) -> bool {
    if stats.text[id] < MIN_INTRO
        || stats.link_density(id) >= INTRO_LINK_DENSITY
        || doc.element(id).is_some_and(is_standfirst)
    {
        return false;
    }
    let mut prose = 0;
    let mut node = id;
    while node < doc.subtree_end(id) {
        if dropped[node] {
            node = doc.subtree_end(node);
            continue;
        }
        if doc.tag(node).is_some_and(tags::is_heading) {
            return false;
        }
        // A block whose text is all its own (no block inside it, even under an inline
        // wrapper) is one paragraph: it counts when it reads as a sentence.
        let own = stats.own_text[node];
        if own > 0 && own == stats.text[node] {
            if own >= 2 * MIN_PARAGRAPH
                && stats.link_density(node) < 0.3
                && doc
                    .text(node)
                    .trim_end()
                    .ends_with(['.', '!', '?', ':', '"', '”', ')'])
            {
                prose += own;
            }
            node = doc.subtree_end(node);
            continue;
        }
        node += 1;
    }
    stats.text[id].saturating_sub(prose) < MIN_PARAGRAPH
}

/// The highest link density of a sister section (see [`is_sister_section`]).
const SECTION_LINK_DENSITY: f32 = 0.2;

/// True when a sibling is another section of the article: an element of the container's
/// tag that opens, as the container does, with a heading of the same rank, and holds
/// scored prose with few links. An article written as a row of `<section>`s, each under
/// its own `<h2>`, scores in its longest one; its shorter ones score below the share a
/// sibling needs, though they are its sections just the same.
fn is_sister_section(
    doc: &Document,
    stats: &Stats,
    dropped: &[bool],
    scores: &[Option<f32>],
    top: NodeId,
    sibling: NodeId,
) -> bool {
    let first_heading = |id: NodeId| {
        let first = doc
            .children(id)
            .iter()
            .copied()
            .find(|&c| !dropped[c] && doc.element(c).is_some())?;
        doc.tag(first)
            .filter(|t| tags::is_heading_of(t, 2..=4))
            .cloned()
    };
    doc.tag(top) == doc.tag(sibling)
        && scores[sibling].is_some_and(|s| s > 0.0)
        && stats.link_density(sibling) < SECTION_LINK_DENSITY
        && first_heading(top).is_some_and(|h| first_heading(sibling) == Some(h))
        && list_text(doc, stats, sibling) * 2 < stats.text[sibling]
}

/// The characters of an element's text that stand in list items: a section that is mostly
/// a list (references, links to further reading) is not running prose.
fn list_text(doc: &Document, stats: &Stats, id: NodeId) -> u32 {
    let mut total = 0;
    let mut node = id + 1;
    while node < doc.subtree_end(id) {
        if doc.is(node, &local_name!("li")) {
            total += stats.text[node];
            node = doc.subtree_end(node);
        } else {
            node += 1;
        }
    }
    total
}

/// How many levels above the container the other parts of a split article are looked for.
const SPLIT_LEVELS: usize = 3;

/// The parts with the other pieces of an article that the page splits into numbered
/// containers of one kind (`div.story-body.story-body-1`, `…-2`, each in its own wrapper
/// between ads and boxes): elements near the container, of its tag and its first class
/// name, that score as its siblings must.
pub(super) fn with_split_parts(
    doc: &Document,
    stats: &Stats,
    dropped: &[bool],
    scores: &[Option<f32>],
    top: NodeId,
    mut parts: Vec<NodeId>,
) -> Vec<NodeId> {
    let Some(class) = doc
        .attr(top, "class")
        .and_then(|c| c.split_ascii_whitespace().next())
    else {
        return parts;
    };
    let Some(tag) = doc.tag(top) else {
        return parts;
    };
    let Some(scope) = outer_scope(doc, top, SPLIT_LEVELS) else {
        return parts;
    };
    let threshold = (scores[top].unwrap_or(0.0) * 0.2).max(10.0);
    let mut id = scope + 1;
    let mut found = Vec::new();
    while id < doc.subtree_end(scope) {
        if parts.iter().any(|&p| doc.holds(p, id)) || dropped[id] {
            id = doc.subtree_end(id);
            continue;
        }
        let split = doc.tag(id) == Some(tag)
            && doc
                .attr(id, "class")
                .and_then(|c| c.split_ascii_whitespace().next())
                == Some(class)
            && numbered_alike(class, doc.attr(top, "class"), doc.attr(id, "class"))
            && !parts.iter().any(|&p| doc.holds(id, p))
            && scores[id].is_some_and(|s| s >= threshold)
            && stats.link_density(id) < 0.25;
        if split {
            found.push(id);
            id = doc.subtree_end(id);
        } else {
            id += 1;
        }
    }
    if found.is_empty() {
        return parts;
    }
    parts.extend(found);
    parts.sort_unstable();
    parts
}

/// True when two class lists both hold the base class `class` and a numbered variant of it
/// with different numbers (`story-body story-body-1`, `story-body story-body-2`): the parts
/// of one thing, numbered in order. Numbered classes of other stems are the page builder's
/// instance names (`tdi_73`), different for every block.
pub(super) fn numbered_alike(class: &str, a: Option<&str>, b: Option<&str>) -> bool {
    fn number<'a>(class: &str, classes: Option<&'a str>) -> Option<&'a str> {
        classes
            .unwrap_or("")
            .split_ascii_whitespace()
            .find_map(|t| {
                let n = t.strip_prefix(class)?.strip_prefix(['-', '_'])?;
                (!n.is_empty() && n.chars().all(|c| c.is_ascii_digit())).then_some(n)
            })
    }
    matches!((number(class, a), number(class, b)), (Some(x), Some(y)) if x != y)
}

/// A `<p>` sibling that reads as article text: long with few links, or a short sentence
/// without links.
fn is_prose_paragraph(doc: &Document, stats: &Stats, id: NodeId) -> bool {
    if !doc.is(id, &local_name!("p")) {
        return false;
    }
    let len = stats.text[id];
    let density = stats.link_density(id);
    if len > 80 {
        return density < 0.25;
    }
    len > 0 && density == 0.0 && {
        let text = doc.text(id);
        text.ends_with('.') || text.contains(". ")
    }
}

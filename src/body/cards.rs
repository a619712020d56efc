//! Boxes of repeated teaser cards inside the container: other articles' teasers, prev/next
//! post cards, "you may also like" grids.
//!
//! They are found by structure, not by words: consecutive sibling elements of the same
//! shape (the same tag, and the same classes or the same child tags), each short, with
//! little prose, and titled by a heading that links away (the teaser's headline is a link
//! to its article). Three in a row make a box; two do at the end of a part (a prev/next
//! pair). The box must be a small share of the body: where cards are most of it, they are
//! the article (a list of courses, a roundup of tips). An article's own lists (steps,
//! items of prose, sections with long paragraphs) have no linked headings or are long.
//!
//! Every pass is linear in the size of the part, up to the nested walks of a card.

use super::stats::Stats;
use crate::dom::{Document, Element, NodeData, NodeId, is_skipped_tag, local_name, tags};

/// The most characters of text of one card.
const CARD_TEXT: u32 = 450;
/// The most commas of a card, on average over the box: a teaser's blurb is one sentence.
const CARD_COMMAS: u32 = 3;
/// The most of the body's text that a box of cards may hold.
const BOX_SHARE: f32 = 0.3;
/// The most characters of the part's text after a pair of cards that ends it.
const PAIR_TEXT_AFTER: u32 = 100;

/// Marks, inside `part`, the runs of sibling teaser cards. `body_text` is the text of all
/// the container's parts, so that a box is measured against the whole body.
pub(super) fn mark_card_runs(
    doc: &Document,
    stats: &Stats,
    part: NodeId,
    body_text: u32,
    marks: &mut [bool],
) {
    let end = doc.subtree_end(part);
    // Characters of kept text before each node of the part, for the text after a run.
    let mut before = vec![0u32; end - part + 1];
    for id in part..end {
        let own = match doc.node(id).data {
            NodeData::Text(_) if !marks[id] => stats.text[id],
            _ => 0,
        };
        before[id - part + 1] = before[id - part].saturating_add(own);
    }
    let total = before[end - part];
    for parent in part..end {
        if marks[parent] || doc.element(parent).is_none() {
            continue;
        }
        let kids: Vec<NodeId> = doc
            .children(parent)
            .iter()
            .copied()
            .filter(|&c| doc.element(c).is_some() && !marks[c] && stats.text[c] > 0)
            .collect();
        let mut start = 0;
        while start < kids.len() {
            let mut stop = start + 1;
            while stop < kids.len() && same_shape(doc, kids[start], kids[stop]) {
                stop += 1;
            }
            let run = &kids[start..stop];
            let text_after = |last: NodeId| total - before[doc.subtree_end(last) - part];
            let enough = match run {
                [_, _, _, ..] => true,
                [_, last] => text_after(*last) <= PAIR_TEXT_AFTER,
                _ => false,
            };
            if enough && is_card_box(doc, stats, run, body_text) {
                for &card in run {
                    marks[card..doc.subtree_end(card)].fill(true);
                }
            }
            start = stop;
        }
    }
}

/// True when the siblings of `run` are teaser cards that together are a small part of the
/// body.
fn is_card_box(doc: &Document, stats: &Stats, run: &[NodeId], body_text: u32) -> bool {
    let count = run.len() as u32;
    let text: u32 = run.iter().map(|&c| stats.text[c]).sum();
    let commas: u32 = run.iter().map(|&c| stats.commas[c]).sum();
    run.iter()
        .all(|&c| stats.text[c] <= CARD_TEXT && has_linked_heading(doc, stats, c))
        && commas <= CARD_COMMAS * count
        && text as f32 <= body_text as f32 * BOX_SHARE
}

/// True when two siblings have the same shape: the same tag, and the same classes (those
/// without digits, which number the item: `post-123`) or the same child tags.
fn same_shape(doc: &Document, a: NodeId, b: NodeId) -> bool {
    let (Some(ea), Some(eb)) = (doc.element(a), doc.element(b)) else {
        return false;
    };
    if ea.name != eb.name {
        return false;
    }
    let classes_a = plain_classes(ea);
    if !classes_a.is_empty() && classes_a == plain_classes(eb) {
        return true;
    }
    let child_tags = |id: NodeId| {
        doc.children(id)
            .iter()
            .filter_map(|&c| doc.tag(c))
            .filter(|t| !is_skipped_tag(t))
            .collect::<Vec<_>>()
    };
    let tags_a = child_tags(a);
    !tags_a.is_empty() && tags_a == child_tags(b)
}

/// The element's classes without digits, sorted.
fn plain_classes(e: &Element) -> Vec<&str> {
    let mut classes: Vec<&str> = e
        .classes()
        .filter(|t| !t.chars().any(|c| c.is_ascii_digit()))
        .collect();
    classes.sort_unstable();
    classes
}

/// True when the element holds a heading whose text is a link: inside one, or at least
/// four fifths of it linked.
fn has_linked_heading(doc: &Document, stats: &Stats, id: NodeId) -> bool {
    (id..doc.subtree_end(id)).any(|n| {
        let heading = doc.tag(n).is_some_and(tags::is_heading);
        heading
            && stats.text[n] > 0
            && (stats.link[n].saturating_mul(5) >= stats.text[n].saturating_mul(4)
                || doc
                    .ancestors(n)
                    .take_while(|&a| a != id)
                    .any(|a| doc.is(a, &local_name!("a"))))
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::body::stats::TextSizes;

    const PROSE: &str = "The council met on Tuesday, and after a long debate, it voted to \
        close the old bridge for repairs, a decision residents had long awaited.";

    /// The text left in the element `#c` after marking its card runs.
    fn kept(html: &str) -> String {
        let doc = Document::parse(html);
        let dropped = vec![false; doc.len()];
        let stats = Stats::measure(&doc, &mut TextSizes::new(&doc), &dropped);
        let c = doc
            .elements()
            .find(|(_, e)| e.attr("id") == Some("c"))
            .map(|(id, _)| id)
            .unwrap_or(0);
        let mut marks = dropped.clone();
        mark_card_runs(&doc, &stats, c, stats.text[c], &mut marks);
        (c..doc.subtree_end(c))
            .filter(|&id| !marks[id])
            .filter_map(|id| match &doc.node(id).data {
                NodeData::Text(t) => Some(t.trim()),
                _ => None,
            })
            .filter(|t| !t.is_empty())
            .collect::<Vec<_>>()
            .join("|")
    }

    fn card(n: usize) -> String {
        format!(
            "<div class='teaser teaser-{n}'><img src='{n}.jpg'>\
             <h3><a href='/story-{n}'>Story number {n} in the news</a></h3>\
             <p>A one-line blurb of the story.</p></div>"
        )
    }

    #[test]
    fn a_box_of_teaser_cards_is_dropped() {
        let cards: String = (1..=3).map(card).collect();
        let prose = format!("<p>{PROSE}</p>").repeat(4);
        let html = format!("<div id='c'>{prose}<div>{cards}</div></div>");
        assert_eq!(kept(&html), [PROSE; 4].join("|"));
    }

    #[test]
    fn a_pair_of_cards_goes_only_at_the_end() {
        let pair: String = (1..=2).map(card).collect();
        let html = format!("<div id='c'><p>{PROSE}</p><p>{PROSE}</p><div>{pair}</div></div>");
        assert_eq!(kept(&html), format!("{PROSE}|{PROSE}"));
        let html = format!("<div id='c'><p>{PROSE}</p><div>{pair}</div><p>{PROSE}</p></div>");
        assert!(kept(&html).contains("Story number 1"));
    }

    #[test]
    fn cards_that_are_most_of_the_body_are_the_article() {
        let cards: String = (1..=4).map(card).collect();
        let html = format!("<div id='c'><p>{PROSE}</p>{cards}</div>");
        assert!(kept(&html).contains("Story number 4"));
    }

    #[test]
    fn sections_without_linked_headings_or_with_long_text_are_kept() {
        // The steps of a how-to: headings, but no links.
        let steps: String = (1..=3)
            .map(|n| format!("<div class='step'><h3>Step {n}</h3><p>Do this.</p></div>"))
            .collect();
        // A review's sections: linked headings, but paragraphs of prose.
        let sections: String = (1..=3)
            .map(|n| {
                format!(
                    "<section><h2><a href='#s{n}'>Part {n}</a></h2><p>{PROSE} {PROSE}</p></section>"
                )
            })
            .collect();
        let prose = format!("<p>{PROSE}</p>").repeat(8);
        let html = format!("<div id='c'>{prose}{steps}{sections}</div>");
        let kept = kept(&html);
        assert!(kept.contains("Step 3") && kept.contains("Part 3"), "{kept}");
    }

    #[test]
    fn items_of_a_list_of_links_without_headings_are_kept() {
        let items: String = (1..=4)
            .map(|n| format!("<li><a href='/t{n}'>Tool {n}</a>: what it does.</li>"))
            .collect();
        let prose = format!("<p>{PROSE}</p>").repeat(4);
        let html = format!("<div id='c'>{prose}<ul>{items}</ul></div>");
        assert!(kept(&html).contains("Tool 4"));
    }
}

//! The page's text as lines with the elements that hold them, and the headline's element.

use crate::dom::{NodeId, local_name};
use crate::fields::{Context, text_key};

/// The text of a subtree as lines (as [`crate::dom::Document::lines`]), each with the
/// element that holds its first text.
pub(super) fn lines_with_nodes(doc: &crate::dom::Document, id: NodeId) -> Vec<(String, NodeId)> {
    lines_walk(doc, id, Walk::LINES)
}

/// How [`lines_walk`] reads text.
#[derive(Clone, Copy)]
pub(super) struct Walk {
    /// Whether button labels count.
    buttons: bool,
    /// Whether each text node stands apart from the next, as if a space separated them.
    apart: bool,
}

impl Walk {
    /// As [`crate::dom::Document::lines`] reads.
    pub(super) const LINES: Walk = Walk {
        buttons: false,
        apart: false,
    };
    /// Everything a reader may see, word boundaries kept between elements.
    pub(super) const VISIBLE: Walk = Walk {
        buttons: true,
        apart: true,
    };
}

/// The lines of a subtree, each with the element that holds its first text.
pub(super) fn lines_walk(
    doc: &crate::dom::Document,
    id: NodeId,
    walk: Walk,
) -> Vec<(String, NodeId)> {
    use crate::dom::NodeData;
    let mut out: Vec<(String, NodeId)> = Vec::new();
    let mut cur = String::new();
    let mut cur_node: Option<NodeId> = None;
    let mut flush = |cur: &mut String, cur_node: &mut Option<NodeId>| {
        let line = crate::dom::collapse_whitespace(cur);
        if let (false, Some(n)) = (line.is_empty(), *cur_node) {
            out.push((line, n));
        }
        cur.clear();
        *cur_node = None;
    };
    let mut stack: Vec<Option<NodeId>> = vec![Some(id)];
    while let Some(entry) = stack.pop() {
        let Some(n) = entry else {
            flush(&mut cur, &mut cur_node);
            continue;
        };
        match &doc.node(n).data {
            NodeData::Text(t) => {
                if cur_node.is_none() && !t.trim().is_empty() {
                    cur_node = doc.parent(n);
                }
                if walk.apart {
                    cur.push(' ');
                }
                cur.push_str(&t.replace('\n', " "));
            }
            NodeData::Element(e) => {
                if crate::dom::is_skipped_tag(&e.name)
                    && n != id
                    && !(walk.buttons && e.name == local_name!("button"))
                {
                    continue;
                }
                if crate::dom::is_block_tag(&e.name) {
                    flush(&mut cur, &mut cur_node);
                    stack.push(None);
                }
                stack.extend(doc.children(n).iter().rev().map(|&c| Some(c)));
            }
            NodeData::Document => stack.extend(doc.children(n).iter().rev().map(|&c| Some(c))),
            NodeData::Other => {}
        }
    }
    flush(&mut cur, &mut cur_node);
    out
}

/// The element that shows the headline: a heading whose text is the headline, else the
/// first `<h1>` in the article.
pub(super) fn headline_element(ctx: &Context, headline: Option<&str>) -> Option<NodeId> {
    let doc = ctx.doc;
    let headings = ctx.facts.headings();
    let key = headline.map(text_key);
    headings
        .iter()
        .copied()
        .find(|&id| key.as_deref() == Some(ctx.facts.key(id)))
        .or_else(|| {
            headings
                .iter()
                .copied()
                .find(|&id| doc.is(id, &local_name!("h1")) && !ctx.facts.outside_article(id))
        })
}

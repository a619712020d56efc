//! The visible text of the whole page as lines, each with the element its text sits in, so a
//! date written in the text can be placed: near the headline or far from it, in the article
//! or in a comment, sidebar or site header.

use crate::dom::{Document, NodeData, NodeId, collapse_whitespace, is_block_tag, is_skipped_tag};

/// One line of visible text: what a block element (or `<br>`) ends.
#[derive(Debug, Clone)]
pub(crate) struct Line {
    pub text: String,
    /// The element holding the line's first text.
    pub node: NodeId,
}

/// The page's lines in document order, in one walk (explicit stack: pages nest deep).
/// Hidden elements (`hidden`, `aria-hidden`, `display:none`) are left out with scripts and
/// styles; React's streamed segments are read where they were sent.
pub(crate) fn page_lines(doc: &Document) -> Vec<Line> {
    let mut lines = Vec::new();
    let mut current = String::new();
    let mut node: Option<NodeId> = None;
    let mut stack: Vec<Option<NodeId>> = vec![Some(doc.root())];
    let mut flush = |current: &mut String, node: &mut Option<NodeId>| {
        if let Some(n) = node.take() {
            let text = collapse_whitespace(current);
            if !text.is_empty() {
                lines.push(Line { text, node: n });
            }
        }
        current.clear();
    };
    while let Some(entry) = stack.pop() {
        let Some(n) = entry else {
            flush(&mut current, &mut node);
            continue;
        };
        match &doc.node(n).data {
            NodeData::Text(t) => {
                if node.is_none() && !t.trim().is_empty() {
                    node = doc.parent(n);
                }
                current.push_str(t);
                current.push(' ');
            }
            NodeData::Element(e) => {
                if is_skipped_tag(&e.name) || e.hidden_by_markup() {
                    continue;
                }
                if is_block_tag(&e.name) || is_date_box(e) {
                    flush(&mut current, &mut node);
                    stack.push(None);
                }
                stack.extend(doc.children(n).iter().rev().map(|&c| Some(c)));
            }
            NodeData::Document => stack.extend(doc.children(n).iter().rev().map(|&c| Some(c))),
            NodeData::Other => {}
        }
    }
    flush(&mut current, &mut node);
    lines
}

/// An inline element named as a date (`<span class="post-date">`): its own line, so that a
/// date set at the end of a standfirst or a caption is read as a meta line, not as words in
/// a long sentence. An update's box keeps its line: its label ("UPDATED:") often stands
/// before it.
fn is_date_box(e: &crate::dom::Element) -> bool {
    // Whole words of the class only: "candidate" and "validate" name no date.
    e.classes().any(|c| {
        c.split(|ch: char| !ch.is_ascii_alphanumeric()).any(|w| {
            matches!(
                w.to_ascii_lowercase().as_str(),
                "date" | "pubdate" | "postdate" | "datetime"
            )
        })
    })
}

//! The chosen container as ordered blocks of text.
//!
//! One walk in document order, with an explicit stack of enter and exit steps (pages nest
//! deeper than the call stack allows). Inline elements (`a`, `b`, `span`, …) join their text
//! to the current block; every block element ends the current block and starts a new one,
//! so text written directly inside a `<div>` between block children becomes a paragraph of
//! its own. One `<br>` is a space; two in a row end the paragraph, as on sites that write
//! paragraphs with `<br><br>`. The block's kind comes from the nearest enclosing heading,
//! list item, quote or `<pre>` (a heading inside a list item is an item); anything else is
//! a paragraph. The first block of an item of a numbered list carries the number a browser
//! shows before it.
//!
//! This module turns kept nodes into text; it does not decide what is kept.

use std::collections::HashMap;

use super::stats::is_block;
use crate::article::{Block, BlockKind};
use crate::dom::{Document, NodeData, NodeId, collapse_whitespace, local_name, tags};

/// The blocks of the given parts of a page, skipping nodes marked in `dropped`.
pub(crate) fn blocks_of(doc: &Document, parts: &[NodeId], dropped: &[bool]) -> Vec<Block> {
    let mut builder = Builder {
        streamed: streamed_segments(doc),
        ..Builder::default()
    };
    for &part in parts {
        builder.walk(doc, part, dropped);
    }
    builder.blocks
}

/// React's streaming renderer leaves a placeholder `<template id="B:1">` (or `P:1`) where a
/// part of the page goes, sends the part later in `<div hidden id="S:1">` at the end of the
/// body, and moves it into place with a script. The pairs of placeholder and segment, so
/// that the walk reads each segment where the page shows it and not at the end.
fn streamed_segments(doc: &Document) -> HashMap<NodeId, NodeId> {
    let mut placeholders = HashMap::new();
    let mut segments = Vec::new();
    for (id, e) in doc.elements() {
        let Some(key) = e.attr("id") else { continue };
        if e.name == local_name!("template") {
            if let Some(n) = key.strip_prefix("B:").or_else(|| key.strip_prefix("P:")) {
                placeholders.insert(n.to_string(), id);
            }
        } else if e.attr("hidden").is_some()
            && let Some(n) = key.strip_prefix("S:")
        {
            segments.push((n.to_string(), id));
        }
    }
    segments
        .into_iter()
        .filter_map(|(n, segment)| Some((*placeholders.get(&n)?, segment)))
        .collect()
}

/// U+00AD, `&shy;`: an invisible hyphenation hint.
const SOFT_HYPHEN: char = '\u{ad}';

/// A step of the walk.
enum Step {
    Enter(NodeId),
    /// A streamed segment, entered at its placeholder, or the root of the walk.
    Segment(NodeId),
    Exit(NodeId),
}

/// What a block will be when it ends.
#[derive(Debug, Clone, Copy)]
enum Kind {
    Heading(u8),
    ListItem,
    Quote,
    Preformatted,
}

#[derive(Default)]
struct Builder {
    blocks: Vec<Block>,
    /// The text of the current block, whitespace not yet collapsed.
    text: String,
    /// The kinds of the enclosing kind-giving elements, innermost last.
    kinds: Vec<Kind>,
    /// True after a `<br>` with no text since.
    after_break: bool,
    /// Streamed segments by their placeholder (see [`streamed_segments`]).
    streamed: HashMap<NodeId, NodeId>,
    /// The number of the list item entered last, until its first block takes it.
    number: Option<i64>,
    /// The numbers of the items of the numbered lists met so far, by item.
    numbers: HashMap<NodeId, i64>,
}

impl Builder {
    fn walk(&mut self, doc: &Document, root: NodeId, dropped: &[bool]) {
        // The root is read even when it is a streamed segment: the container is then inside
        // the segment, wherever its placeholder stands.
        let mut stack = vec![Step::Segment(root)];
        while let Some(step) = stack.pop() {
            match step {
                Step::Enter(id) => {
                    if let Some(&segment) = self.streamed.get(&id) {
                        stack.push(Step::Segment(segment));
                    } else if !dropped[id] && !self.is_streamed(id) {
                        self.enter(doc, id, &mut stack);
                    }
                }
                Step::Segment(id) if !dropped[id] => self.enter(doc, id, &mut stack),
                Step::Segment(_) => {}
                Step::Exit(id) => self.exit(doc, id),
            }
        }
        self.flush();
    }

    /// True for a streamed segment met where the page sent it: it is read at its
    /// placeholder instead.
    fn is_streamed(&self, id: NodeId) -> bool {
        !self.streamed.is_empty() && self.streamed.values().any(|&s| s == id)
    }

    fn enter(&mut self, doc: &Document, id: NodeId, stack: &mut Vec<Step>) {
        let element = match &doc.node(id).data {
            NodeData::Text(t) => return self.push_text(t),
            NodeData::Element(e) => e,
            NodeData::Document => {
                stack.extend(doc.children(id).iter().rev().map(|&c| Step::Enter(c)));
                return;
            }
            NodeData::Other => return,
        };
        if element.name == local_name!("br") {
            return self.line_break();
        }
        if is_block(&element.name) {
            self.flush();
            if let Some(kind) = kind_of(doc, id) {
                self.kinds.push(kind);
            }
            if element.name == local_name!("li") {
                self.number = self.item_number(doc, id);
            }
            stack.push(Step::Exit(id));
        }
        stack.extend(doc.children(id).iter().rev().map(|&c| Step::Enter(c)));
    }

    fn exit(&mut self, doc: &Document, id: NodeId) {
        self.flush();
        if kind_of(doc, id).is_some() {
            self.kinds.pop();
        }
        if doc.tag(id) == Some(&local_name!("li")) {
            self.number = None;
        }
    }

    /// The number shown before a list item, when its list is numbered: the items of an
    /// `<ol>` are counted from its `start` (up from 1, or down from the item count when
    /// `reversed`), and an item's `value` resets the count. Lists lettered or numbered in
    /// Roman figures (`type="a"`, `"I"`) and lists styled with no marker get none.
    fn item_number(&mut self, doc: &Document, item: NodeId) -> Option<i64> {
        if let Some(&n) = self.numbers.get(&item) {
            return Some(n);
        }
        let list = doc.parent(item)?;
        let e = doc.element(list)?;
        if e.name != local_name!("ol")
            || e.attr("type").is_some_and(|t| t != "1")
            || [list, item].iter().any(|&n| hides_marker(doc, n))
        {
            return None;
        }
        let items: Vec<NodeId> = doc
            .children(list)
            .iter()
            .copied()
            .filter(|&c| doc.tag(c) == Some(&local_name!("li")))
            .collect();
        let reversed = e.attr("reversed").is_some();
        let step = if reversed { -1 } else { 1 };
        let start = e
            .attr("start")
            .and_then(|s| s.trim().parse::<i64>().ok())
            .unwrap_or(if reversed { items.len() as i64 } else { 1 });
        let mut next = start;
        for &li in &items {
            let value = doc
                .element(li)
                .and_then(|l| l.attr("value"))
                .and_then(|v| v.trim().parse::<i64>().ok());
            let n = value.unwrap_or(next);
            self.numbers.insert(li, n);
            next = n.saturating_add(step);
        }
        self.numbers.get(&item).copied()
    }

    fn push_text(&mut self, text: &str) {
        if !text.trim().is_empty() {
            self.after_break = false;
        }
        self.text.push_str(text);
    }

    /// One `<br>` is a line break within the block; a second in a row ends the block.
    fn line_break(&mut self) {
        if self.after_break {
            self.flush();
        } else {
            self.text.push('\n');
            self.after_break = true;
        }
    }

    /// Ends the current block, keeping it when it has text.
    fn flush(&mut self) {
        self.after_break = false;
        if self.text.is_empty() {
            return;
        }
        let raw = std::mem::take(&mut self.text);
        let kind = match self.kinds.last().copied() {
            // A heading inside a list item is the item, styled large (editors that let a
            // writer give any line a heading's style): it titles no section of its own.
            Some(Kind::Heading(_)) if self.kinds.iter().any(|k| matches!(k, Kind::ListItem)) => {
                Some(Kind::ListItem)
            }
            kind => kind,
        };
        // Soft hyphens only mark where a browser may break a word; they are not shown,
        // and would split the word for every reader of the text.
        let raw = if raw.contains(SOFT_HYPHEN) {
            raw.replace(SOFT_HYPHEN, "")
        } else {
            raw
        };
        let text = match kind {
            Some(Kind::Preformatted) => trim_lines(&raw),
            _ => collapse_whitespace(&raw),
        };
        if text.is_empty() {
            return;
        }
        let (kind, level) = match kind {
            None => (BlockKind::Paragraph, None),
            Some(Kind::Heading(level)) => (BlockKind::Heading, Some(level)),
            Some(Kind::ListItem) => (BlockKind::ListItem, None),
            Some(Kind::Quote) => (BlockKind::Quote, None),
            Some(Kind::Preformatted) => (BlockKind::Preformatted, None),
        };
        // The number stands before the item's first line only.
        let number = match kind {
            BlockKind::ListItem => self.number.take(),
            _ => None,
        };
        self.blocks.push(Block {
            kind,
            text,
            level,
            number,
        });
    }
}

/// The kind an element gives the blocks inside it, if it gives one.
fn kind_of(doc: &Document, id: NodeId) -> Option<Kind> {
    let tag = doc.tag(id)?;
    if let Some(level) = tags::heading_level(tag) {
        return Some(Kind::Heading(level as u8));
    }
    Some(match *tag {
        local_name!("li") => Kind::ListItem,
        local_name!("blockquote") => Kind::Quote,
        local_name!("pre") => Kind::Preformatted,
        _ => return None,
    })
}

/// True when the element's own style hides list markers (`list-style: none`).
fn hides_marker(doc: &Document, id: NodeId) -> bool {
    doc.element(id)
        .and_then(|e| e.attr("style"))
        .is_some_and(|style| {
            let style = style.to_ascii_lowercase().replace(' ', "");
            style.contains("list-style:none") || style.contains("list-style-type:none")
        })
}

/// Preformatted text keeps its lines: trailing spaces and blank lines at the ends go.
fn trim_lines(raw: &str) -> String {
    let lines: Vec<&str> = raw.lines().map(str::trim_end).collect();
    lines.join("\n").trim_matches('\n').to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn blocks(html: &str) -> Vec<Block> {
        let doc = Document::parse(html);
        let body = doc.first(&local_name!("body")).unwrap();
        blocks_of(&doc, &[body], &vec![false; doc.len()])
    }

    fn texts(html: &str) -> Vec<String> {
        blocks(html).into_iter().map(|b| b.text).collect()
    }

    #[test]
    fn streamed_segments_are_read_at_their_placeholders() {
        let doc = Document::parse(
            "<body><article><p>First.</p><template id='B:0'></template><p>Last.</p></article>\
            <div hidden id='S:0'><p>Streamed.</p></div><div hidden id='S:9'><p>Lost.</p></div></body>",
        );
        let article = doc.first(&local_name!("article")).unwrap();
        let texts: Vec<String> = blocks_of(&doc, &[article], &vec![false; doc.len()])
            .into_iter()
            .map(|b| b.text)
            .collect();
        assert_eq!(texts, vec!["First.", "Streamed.", "Last."]);
    }

    #[test]
    fn inline_tags_do_not_split_blocks() {
        assert_eq!(
            texts("<p>A <a href='#'>linked</a> <b>bold</b> <i>word</i><span>s</span>.</p>"),
            vec!["A linked bold words."]
        );
    }

    #[test]
    fn double_breaks_split_paragraphs_and_single_ones_are_spaces() {
        assert_eq!(
            texts("<div>One<br>line.<br><br>Two.<br> <br>Three.</div>"),
            vec!["One line.", "Two.", "Three."]
        );
    }

    #[test]
    fn text_between_block_children_is_its_own_paragraph() {
        assert_eq!(
            texts("<div>Lead text<p>Para.</p>Loose text <em>here</em><div>Tail</div></div>"),
            vec!["Lead text", "Para.", "Loose text here", "Tail"]
        );
    }

    #[test]
    fn soft_hyphens_are_removed() {
        assert_eq!(
            texts("<p>Mit&shy;tel&shy;alter und Stra\u{ad}ße</p>"),
            vec!["Mittelalter und Straße"]
        );
    }

    #[test]
    fn kinds_and_levels() {
        let b = blocks(
            "<h2>Sub</h2><ul><li>One</li><li><p>Two</p></li></ul>\
             <blockquote><p>Quoted</p></blockquote><pre>a  b\n  c\n</pre><h4>Low</h4>",
        );
        let kinds: Vec<_> = b.iter().map(|b| (b.kind, b.level)).collect();
        assert_eq!(
            kinds,
            vec![
                (BlockKind::Heading, Some(2)),
                (BlockKind::ListItem, None),
                (BlockKind::ListItem, None),
                (BlockKind::Quote, None),
                (BlockKind::Preformatted, None),
                (BlockKind::Heading, Some(4)),
            ]
        );
        assert_eq!(b[4].text, "a  b\n  c");
    }

    fn numbers(html: &str) -> Vec<(String, Option<i64>)> {
        blocks(html)
            .into_iter()
            .map(|b| (b.text, b.number))
            .collect()
    }

    #[test]
    fn items_of_numbered_lists_carry_their_numbers() {
        let n = |t: &str, n: Option<i64>| (t.to_string(), n);
        assert_eq!(
            numbers("<ol><li>One</li><li><p>Two</p><p>More</p></li></ol><ul><li>Dot</li></ul>"),
            vec![
                n("One", Some(1)),
                n("Two", Some(2)),
                n("More", None),
                n("Dot", None)
            ]
        );
        assert_eq!(
            numbers("<ol start='4'><li>D</li><li value='9'>I</li><li>J</li></ol>"),
            vec![n("D", Some(4)), n("I", Some(9)), n("J", Some(10))]
        );
        assert_eq!(
            numbers("<ol reversed><li>Three</li><li>Two</li><li>One</li></ol>"),
            vec![n("Three", Some(3)), n("Two", Some(2)), n("One", Some(1))]
        );
        // A nested list numbers its own items; the outer item keeps its number.
        assert_eq!(
            numbers("<ol><li>Outer<ol><li>Inner</li></ol></li><li>Next</li></ol>"),
            vec![n("Outer", Some(1)), n("Inner", Some(1)), n("Next", Some(2))]
        );
        // Letters, Roman figures and lists styled without markers show no number.
        assert_eq!(
            numbers(
                "<ol type='a'><li>A</li></ol><ol style='list-style: none'><li>B</li></ol>\
                 <ol><li style='list-style-type:none'>C</li></ol>"
            ),
            vec![n("A", None), n("B", None), n("C", None)]
        );
    }

    #[test]
    fn a_heading_inside_a_list_item_is_the_item() {
        let b =
            blocks("<ul><li><h3>Organic cotton</h3></li><li><h3>Hemp</h3></li></ul><h2>Next</h2>");
        let kinds: Vec<_> = b.iter().map(|b| (b.kind, b.level)).collect();
        assert_eq!(
            kinds,
            vec![
                (BlockKind::ListItem, None),
                (BlockKind::ListItem, None),
                (BlockKind::Heading, Some(2)),
            ]
        );
    }

    #[test]
    fn dropped_nodes_are_skipped() {
        let doc = Document::parse("<p>Keep</p><p>Drop</p>");
        let drop = doc
            .elements()
            .filter(|(_, e)| e.name == local_name!("p"))
            .nth(1);
        let mut dropped = vec![false; doc.len()];
        for id in doc.descendants(drop.unwrap().0) {
            dropped[id] = true;
        }
        let texts: Vec<_> = blocks_of(&doc, &[0], &dropped)
            .into_iter()
            .map(|b| b.text)
            .collect();
        assert_eq!(texts, vec!["Keep"]);
    }
}

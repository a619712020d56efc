//! Text of a subtree: collapsed whitespace, hidden content skipped, blocks separated.

use super::tags::{is_block_tag, is_skipped_tag};
use super::{Document, NodeData, NodeId};

/// Collapses runs of whitespace (including non-breaking and zero-width spaces) to one space
/// and trims the ends.
pub(crate) fn collapse_whitespace(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    // Most text read is ASCII: split on its bytes without decoding characters (the vertical
    // tab is whitespace to `char::is_whitespace` but not to the ASCII split).
    if s.is_ascii() && memchr::memchr(0x0b, s.as_bytes()).is_none() {
        for word in s.split_ascii_whitespace() {
            if !out.is_empty() {
                out.push(' ');
            }
            out.push_str(word);
        }
        return out;
    }
    // Whole words are copied, not one character at a time: this runs on most text read.
    for word in s
        .split(|c: char| c.is_whitespace() || c == '\u{200b}' || c == '\u{feff}')
        .filter(|w| !w.is_empty())
    {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
    out
}

/// The visible text of a subtree, whitespace collapsed.
pub(super) fn text_of(doc: &Document, id: NodeId) -> String {
    let mut raw = String::new();
    // Some(node) to enter, None to mark the end of a block element.
    let mut stack: Vec<Option<NodeId>> = vec![Some(id)];
    while let Some(entry) = stack.pop() {
        let Some(n) = entry else {
            raw.push(' ');
            continue;
        };
        match &doc.node(n).data {
            NodeData::Text(t) => raw.push_str(t),
            NodeData::Element(e) => {
                if is_skipped_tag(&e.name) && n != id {
                    continue;
                }
                if is_block_tag(&e.name) {
                    raw.push(' ');
                    stack.push(None);
                }
                stack.extend(doc.children(n).iter().rev().map(|&c| Some(c)));
            }
            NodeData::Document => stack.extend(doc.children(n).iter().rev().map(|&c| Some(c))),
            NodeData::Other => {}
        }
    }
    collapse_whitespace(&raw)
}

/// The text of a subtree as lines: block elements and `<br>` end a line; each line has its
/// whitespace collapsed, and empty lines are dropped.
pub(super) fn lines_of(doc: &Document, id: NodeId) -> Vec<String> {
    let mut raw = String::new();
    let mut stack: Vec<Option<NodeId>> = vec![Some(id)];
    while let Some(entry) = stack.pop() {
        let Some(n) = entry else {
            raw.push('\n');
            continue;
        };
        match &doc.node(n).data {
            NodeData::Text(t) => raw.push_str(&t.replace('\n', " ")),
            NodeData::Element(e) => {
                if is_skipped_tag(&e.name) && n != id {
                    continue;
                }
                if is_block_tag(&e.name) {
                    raw.push('\n');
                    stack.push(None);
                }
                stack.extend(doc.children(n).iter().rev().map(|&c| Some(c)));
            }
            NodeData::Document => stack.extend(doc.children(n).iter().rev().map(|&c| Some(c))),
            NodeData::Other => {}
        }
    }
    raw.lines()
        .map(collapse_whitespace)
        .filter(|l| !l.is_empty())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn collapses_all_kinds_of_space() {
        assert_eq!(collapse_whitespace("  a \u{a0}\n b\u{200b}c  "), "a b c");
        assert_eq!(collapse_whitespace(""), "");
    }

    #[test]
    fn separates_blocks_and_skips_scripts() {
        let doc = Document::parse("<div>a</div><div>b<script>x()</script></div>c<br>d");
        assert_eq!(doc.text(doc.root()), "a b c d");
        assert_eq!(doc.lines(doc.root()), vec!["a", "b", "c", "d"]);
    }
}

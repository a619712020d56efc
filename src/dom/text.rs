//! Text of a subtree: collapsed whitespace, hidden content skipped, blocks separated.

use html5ever::{LocalName, local_name};

use super::{Document, NodeData, NodeId};

/// Elements whose content is never visible text.
pub(crate) fn is_skipped_tag(tag: &LocalName) -> bool {
    matches!(
        *tag,
        local_name!("script")
            | local_name!("style")
            | local_name!("noscript")
            | local_name!("template")
            | local_name!("svg")
            | local_name!("head")
            | local_name!("iframe")
            | local_name!("object")
            | local_name!("select")
            | local_name!("button")
    )
}

/// Elements that break the flow of text (a space separates their text from the next).
pub(crate) fn is_block_tag(tag: &LocalName) -> bool {
    matches!(
        *tag,
        local_name!("p")
            | local_name!("div")
            | local_name!("br")
            | local_name!("li")
            | local_name!("ul")
            | local_name!("ol")
            | local_name!("h1")
            | local_name!("h2")
            | local_name!("h3")
            | local_name!("h4")
            | local_name!("h5")
            | local_name!("h6")
            | local_name!("section")
            | local_name!("article")
            | local_name!("header")
            | local_name!("footer")
            | local_name!("aside")
            | local_name!("nav")
            | local_name!("blockquote")
            | local_name!("pre")
            | local_name!("table")
            | local_name!("tr")
            | local_name!("td")
            | local_name!("th")
            | local_name!("dd")
            | local_name!("dt")
            | local_name!("figure")
            | local_name!("figcaption")
            | local_name!("main")
            | local_name!("form")
            | local_name!("hr")
    )
}

/// Collapses runs of whitespace (including non-breaking and zero-width spaces) to one space
/// and trims the ends.
pub(crate) fn collapse_whitespace(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
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

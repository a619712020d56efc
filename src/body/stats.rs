//! Per-node text measures, computed once per page in linear time.
//!
//! The arena is in pre-order, so every child has a larger id than its parent: one pass in
//! reverse id order sums each node's measures into its parent, with no recursion and no
//! repeated walks of a subtree. Lengths count non-whitespace characters, so indentation in
//! the source does not weigh. Dropped nodes (see `clean`) count for nothing.
//!
//! The characters and commas of each text node are counted at most once per page ([`TextSizes`]):
//! a reading measures the page two or three times, under different drops, from those counts.
//!
//! This module measures; it does not judge what is content.

use crate::dom::{Document, LocalName, NodeData, NodeId, is_block_tag, local_name};

/// Text measures of every node of a document.
#[derive(Debug, Clone)]
pub(super) struct Stats {
    /// Characters of visible text in the subtree.
    pub text: Vec<u32>,
    /// Characters of that text inside links.
    pub link: Vec<u32>,
    /// Commas in the subtree: a sign of running prose.
    pub commas: Vec<u32>,
    /// Characters of text whose nearest block element is this node ("own" text).
    pub own_text: Vec<u32>,
    /// Commas in the own text.
    pub own_commas: Vec<u32>,
    /// True when a kept child of this node is a block element.
    pub has_block_child: Vec<bool>,
}

/// The non-whitespace characters and commas of each text node of a page (zero for other
/// nodes), counted at most once and summed by every [`Stats::measure`] of the page. A text
/// is counted when a measure first keeps it: the text of scripts and styles, dropped by
/// every measure, is never read.
#[derive(Debug, Clone)]
pub(super) struct TextSizes {
    /// Characters and commas, by node, once counted.
    sizes: Vec<Option<(u32, u32)>>,
}

impl TextSizes {
    /// No text of the page counted yet.
    pub fn new(doc: &Document) -> TextSizes {
        TextSizes {
            sizes: vec![None; doc.len()],
        }
    }

    /// The characters and commas of a node's own text.
    fn of(&mut self, doc: &Document, id: NodeId) -> (u32, u32) {
        *self.sizes[id].get_or_insert_with(|| match &doc.node(id).data {
            NodeData::Text(text) => measure_text(text),
            _ => (0, 0),
        })
    }
}

impl Stats {
    /// Measures every node; nodes with `dropped[id]` set are left out.
    pub fn measure(doc: &Document, sizes: &mut TextSizes, dropped: &[bool]) -> Stats {
        let n = doc.len();
        let mut stats = Stats {
            text: vec![0; n],
            link: vec![0; n],
            commas: vec![0; n],
            own_text: vec![0; n],
            own_commas: vec![0; n],
            has_block_child: vec![false; n],
        };
        let owner = block_owners(doc, dropped);
        for id in (0..n).rev() {
            if dropped[id] {
                continue;
            }
            stats.add_own(sizes.of(doc, id), id, owner[id]);
            stats.add_to_parent(doc, id);
        }
        stats
    }

    /// Counts a text node's characters and commas on itself and its block owner (other
    /// nodes have none of their own).
    fn add_own(&mut self, (chars, commas): (u32, u32), id: NodeId, owner: NodeId) {
        if chars == 0 && commas == 0 {
            return;
        }
        self.text[id] = chars;
        self.commas[id] = commas;
        self.own_text[owner] = self.own_text[owner].saturating_add(chars);
        self.own_commas[owner] = self.own_commas[owner].saturating_add(commas);
    }

    /// Adds a node's subtree sums into its parent's.
    fn add_to_parent(&mut self, doc: &Document, id: NodeId) {
        let Some(parent) = doc.parent(id) else {
            return;
        };
        if doc.is(id, &local_name!("a")) {
            self.link[id] = self.text[id];
        }
        self.text[parent] = self.text[parent].saturating_add(self.text[id]);
        self.link[parent] = self.link[parent].saturating_add(self.link[id]);
        self.commas[parent] = self.commas[parent].saturating_add(self.commas[id]);
        if doc.tag(id).is_some_and(is_block) {
            self.has_block_child[parent] = true;
        }
    }

    /// The share of a node's text that sits inside links, from 0 to 1.
    pub fn link_density(&self, id: NodeId) -> f32 {
        match self.text[id] {
            0 => 0.0,
            text => self.link[id] as f32 / text as f32,
        }
    }
}

/// Elements that start a new run of text: the DOM's block tags plus the page's outermost
/// wrappers and a few rarer blocks, so that every text has a block owner.
pub(super) fn is_block(tag: &LocalName) -> bool {
    is_block_tag(tag)
        || matches!(
            *tag,
            local_name!("body")
                | local_name!("html")
                | local_name!("center")
                | local_name!("details")
                | local_name!("summary")
                | local_name!("dl")
                | local_name!("fieldset")
                | local_name!("address")
        )
}

/// For each node, its nearest block element (itself when it is one); the root owns the rest.
/// Computed top-down in one forward pass, since parents come before children.
fn block_owners(doc: &Document, dropped: &[bool]) -> Vec<NodeId> {
    let mut owner = vec![doc.root(); doc.len()];
    for id in 1..doc.len() {
        if dropped[id] {
            continue;
        }
        let is_block = doc.tag(id).is_some_and(is_block);
        owner[id] = match (is_block, doc.parent(id)) {
            (true, _) | (false, None) => id,
            (false, Some(parent)) => owner[parent],
        };
    }
    owner
}

/// Non-whitespace characters and commas (Latin, CJK and Arabic) of a text.
fn measure_text(text: &str) -> (u32, u32) {
    if text.is_ascii() {
        let commas = memchr::memchr_iter(b',', text.as_bytes()).count();
        let saturated = |n: usize| u32::try_from(n).unwrap_or(u32::MAX);
        return (saturated(ascii_visible_chars(text)), saturated(commas));
    }
    let mut chars = 0u32;
    let mut commas = 0u32;
    for c in text.chars() {
        if !c.is_whitespace() {
            chars = chars.saturating_add(1);
        }
        if matches!(c, ',' | '，' | '、' | '،') {
            commas = commas.saturating_add(1);
        }
    }
    (chars, commas)
}

/// Non-whitespace characters of a text, as [`measure_text`] counts them.
pub(super) fn visible_chars(text: &str) -> usize {
    if text.is_ascii() {
        return ascii_visible_chars(text);
    }
    text.chars().filter(|c| !c.is_whitespace()).count()
}

/// Non-whitespace characters of ASCII text (most text), counted byte by byte without
/// decoding characters.
fn ascii_visible_chars(text: &str) -> usize {
    text.bytes()
        .filter(|b| !matches!(b, b'\t'..=b'\r' | b' '))
        .count()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn find(doc: &Document, tag: &str) -> NodeId {
        doc.elements().find(|(_, e)| &*e.name == tag).unwrap().0
    }

    #[test]
    fn sums_text_links_and_commas_bottom_up() {
        let doc = Document::parse("<div>ab, cd <a>efg</a><p>hi, j</p></div>");
        let stats = Stats::measure(&doc, &mut TextSizes::new(&doc), &vec![false; doc.len()]);
        let div = find(&doc, "div");
        let p = find(&doc, "p");
        assert_eq!(stats.text[div], 12);
        assert_eq!(stats.link[div], 3);
        assert_eq!(stats.commas[div], 2);
        assert_eq!(stats.own_text[div], 8);
        assert_eq!(stats.own_text[p], 4);
        assert!(stats.has_block_child[div]);
        assert!((stats.link_density(div) - 0.25).abs() < 1e-6);
        assert!(doc.holds(div, p) && !doc.holds(p, div));
    }

    #[test]
    fn ascii_text_counts_as_its_characters_do() {
        // The byte count of ASCII text agrees with the character count of the rest.
        for byte in 0..128u8 {
            let c = char::from(byte);
            let text = format!("a{c}b");
            let expected = 2 + u32::from(!c.is_whitespace());
            assert_eq!(
                measure_text(&text),
                (expected, u32::from(c == ',')),
                "{byte}"
            );
        }
        assert_eq!(measure_text("a, b,\u{a0}c、d"), (7, 3));
        assert_eq!(visible_chars("a, b,\u{a0}c、d"), 7);
        assert_eq!(visible_chars("\tab c\r\n"), 3);
    }

    #[test]
    fn dropped_nodes_count_for_nothing() {
        let doc = Document::parse("<div>abc<p>defg</p></div>");
        let mut dropped = vec![false; doc.len()];
        for id in doc.descendants(find(&doc, "p")) {
            dropped[id] = true;
        }
        let stats = Stats::measure(&doc, &mut TextSizes::new(&doc), &dropped);
        assert_eq!(stats.text[find(&doc, "div")], 3);
        assert!(!stats.has_block_child[find(&doc, "div")]);
    }
}

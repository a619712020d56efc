//! The text of every node from one walk of the page.
//!
//! [`crate::dom::Document::text`] walks a subtree each time it is asked; asked for every
//! heading of a page whose headings nest, that is a walk per heading over the same text.
//! Here the page's text is written out once, in document order, and each node keeps where
//! its text begins and ends: a subtree's text is one run of it. Content that a walk skips
//! (scripts, buttons, templates) is still some node's own text when that node is asked for,
//! so each skipped element has a layer of its own. Only its length is counted in the walk:
//! its text is written out when a node in it is first asked for, as few ever are, and a
//! page's scripts are then not held a second time while the page is read.

use std::cell::OnceCell;

use crate::dom::{Document, NodeData, NodeId, Reading, collapse_whitespace, is_block_tag};

/// The page's text, written out once, and where each node's text lies in it.
/// Its methods take the page it was written from, to write out a skipped layer.
pub(crate) struct Texts {
    /// The page's text, then each skipped element's own: raw text and comparison key.
    layers: Vec<Layer>,
    /// For each node: its layer and its runs in that layer's raw text and key.
    spans: Vec<Span>,
}

/// One run of written-out text.
#[derive(Default)]
struct Layer {
    /// The skipped element whose content the layer holds; none for the page's own layer.
    root: Option<NodeId>,
    /// The length of the text, counted as the walk goes.
    len: usize,
    /// The text as written, with a space around each block: the page's own layer's as it
    /// is walked, a skipped element's on first use.
    raw: OnceCell<String>,
    /// The page's own layer keys its text as it is written; a skipped element's layer
    /// (scripts and styles, most of a page's bytes) is keyed only if a node in it is asked
    /// for its key.
    keyed_as_written: bool,
    /// The key of the page's own layer, built as the text is written.
    key: Keyer,
    /// The key of a skipped element's layer, built on first use.
    lazy: OnceCell<LazyKey>,
}

/// A comparison key ([`text_key`]) built as text is written: lower-case letters and digits,
/// other runs one space.
#[derive(Default)]
struct Keyer {
    key: String,
    /// Whether the text so far ends inside a word (the key's next letter continues it).
    in_word: bool,
}

/// A skipped layer's key, and for each byte offset of its raw text, the key's length when
/// the text was written up to there.
struct LazyKey {
    key: String,
    at: Vec<usize>,
}

/// Where a node's text lies.
#[derive(Clone, Copy, Default)]
struct Span {
    layer: usize,
    raw: (usize, usize),
    /// The run in the key of the page's own layer (unused in a skipped layer).
    key: (usize, usize),
}

impl Layer {
    fn page() -> Layer {
        Layer {
            keyed_as_written: true,
            raw: OnceCell::from(String::new()),
            ..Layer::default()
        }
    }

    fn skipped(root: NodeId) -> Layer {
        Layer {
            root: Some(root),
            ..Layer::default()
        }
    }

    fn push(&mut self, text: &str) {
        self.len += text.len();
        if let Some(raw) = self.raw.get_mut() {
            raw.push_str(text);
        }
        if self.keyed_as_written {
            self.key.push(text);
        }
    }

    /// The layer's text, written out on first use for a skipped element.
    fn raw(&self, doc: &Document) -> &str {
        self.raw.get_or_init(|| {
            let raw = self
                .root
                .map_or_else(String::new, |root| write_skipped(doc, root));
            debug_assert_eq!(raw.len(), self.len);
            raw
        })
    }

    /// The key of the text between two byte offsets of the raw text.
    fn key(&self, doc: &Document, raw: (usize, usize), key: (usize, usize)) -> &str {
        if self.keyed_as_written {
            return &self.key.key[key.0..key.1];
        }
        let lazy = self.lazy.get_or_init(|| {
            let text = self.raw(doc);
            let mut keyer = Keyer::default();
            let mut at = vec![0; text.len() + 1];
            for (i, c) in text.char_indices() {
                at[i] = keyer.key.len();
                keyer.push(&text[i..i + c.len_utf8()]);
            }
            at[text.len()] = keyer.key.len();
            LazyKey { key: keyer.key, at }
        });
        &lazy.key[lazy.at[raw.0]..lazy.at[raw.1]]
    }
}

impl Keyer {
    fn push(&mut self, text: &str) {
        // Most page text is ASCII: its bytes are keyed without decoding characters or
        // reading the Unicode case tables, and copied a word at a time.
        let bytes = text.as_bytes();
        let mut at = 0;
        while at < bytes.len() {
            let b = bytes[at];
            if b.is_ascii_alphanumeric() {
                let end = bytes[at..]
                    .iter()
                    .position(|b| !b.is_ascii_alphanumeric())
                    .map_or(bytes.len(), |n| at + n);
                self.start_word();
                let from = self.key.len();
                self.key.push_str(&text[at..end]);
                self.key[from..].make_ascii_lowercase();
                at = end;
            } else if b.is_ascii() {
                self.in_word = false;
                at += 1;
            } else {
                let c = text[at..].chars().next().unwrap_or(' ');
                if c.is_alphanumeric() {
                    self.start_word();
                    self.key.extend(c.to_lowercase());
                } else {
                    self.in_word = false;
                }
                at += c.len_utf8();
            }
        }
    }

    /// Marks a letter or digit about to be keyed: a space first when it begins a new word.
    fn start_word(&mut self) {
        if !self.in_word && !self.key.is_empty() {
            self.key.push(' ');
        }
        self.in_word = true;
    }
}

/// Whether a node is an element the walk skips, and whether it is a block.
fn skipped_and_block(doc: &Document, n: NodeId) -> (bool, bool) {
    match &doc.node(n).data {
        NodeData::Element(e) => (Reading::TEXT.hides(e), is_block_tag(&e.name)),
        _ => (false, false),
    }
}

/// The text of a skipped element's layer, written as [`Texts::new`] counts it: a space
/// around each block, and no text of a skipped element inside, which has its own layer.
fn write_skipped(doc: &Document, root: NodeId) -> String {
    let mut out = String::new();
    let mut stack: Vec<(NodeId, bool)> = vec![(root, true)];
    while let Some((n, entering)) = stack.pop() {
        let (skipped, block) = skipped_and_block(doc, n);
        if skipped && n != root {
            continue;
        }
        if block {
            out.push(' ');
        }
        if !entering {
            continue;
        }
        if let NodeData::Text(t) = &doc.node(n).data {
            out.push_str(t);
        }
        stack.push((n, false));
        if matches!(doc.node(n).data, NodeData::Element(_) | NodeData::Document) {
            stack.extend(doc.children(n).iter().rev().map(|&c| (c, true)));
        }
    }
    out
}

impl Texts {
    /// Writes out the page's text in one walk. Ids run in document order and a subtree is a
    /// run of them, so the walk steps through the ids and keeps only the nodes still open
    /// (pages nest deep): a node is left when the walk reaches the end of its subtree.
    pub(crate) fn new(doc: &Document) -> Texts {
        let mut texts = Texts {
            layers: vec![Layer::page()],
            spans: vec![Span::default(); doc.len()],
        };
        // The open nodes, innermost last, with where each one's subtree ends and whether
        // it is skipped and a block; `current` is the layer being written, a stack because
        // skipped elements nest.
        let mut open: Vec<(NodeId, NodeId, bool, bool)> = Vec::new();
        let mut current: Vec<usize> = vec![0];
        for n in 0..doc.len() {
            while let Some(&(left, _, skipped, block)) = open.last().filter(|o| o.1 <= n) {
                open.pop();
                texts.leave(left, &mut current, skipped, block);
            }
            let (skipped, block) = skipped_and_block(doc, n);
            if skipped {
                current.push(texts.layers.len());
                texts.layers.push(Layer::skipped(n));
            }
            let at = *current.last().unwrap_or(&0);
            let layer = &mut texts.layers[at];
            texts.spans[n] = Span {
                layer: at,
                raw: (layer.len, 0),
                key: (layer.key.key.len(), 0),
            };
            if block {
                layer.push(" ");
            }
            if let NodeData::Text(t) = &doc.node(n).data {
                layer.push(t);
            }
            open.push((n, doc.subtree_end(n), skipped, block));
        }
        while let Some((left, _, skipped, block)) = open.pop() {
            texts.leave(left, &mut current, skipped, block);
        }
        texts
    }

    /// Ends a node's runs as the walk leaves it.
    fn leave(&mut self, n: NodeId, current: &mut Vec<usize>, skipped: bool, block: bool) {
        let layer = &mut self.layers[*current.last().unwrap_or(&0)];
        if block {
            layer.push(" ");
        }
        self.spans[n].raw.1 = layer.len;
        self.spans[n].key.1 = layer.key.key.len();
        if skipped {
            current.pop();
        }
    }

    /// The node's raw text, as [`crate::dom::Document::text`] reads it before folding
    /// whitespace.
    fn raw(&self, doc: &Document, id: NodeId) -> &str {
        let span = self.spans[id];
        &self.layers[span.layer].raw(doc)[span.raw.0..span.raw.1]
    }

    /// The length in bytes of the node's raw text, whitespace not yet folded.
    pub(crate) fn raw_len(&self, id: NodeId) -> usize {
        let span = self.spans[id];
        span.raw.1 - span.raw.0
    }

    /// The node's visible text, whitespace collapsed: what
    /// [`crate::dom::Document::text`] gives.
    pub(crate) fn text(&self, doc: &Document, id: NodeId) -> String {
        collapse_whitespace(self.raw(doc, id))
    }

    /// The node's text as a comparison key ([`text_key`] of its text),
    /// without writing it out again: a word the node's text cuts keeps only the node's part
    /// in the page's key too, as it was written out up to the node's end and on from its
    /// start.
    pub(crate) fn key(&self, doc: &Document, id: NodeId) -> &str {
        let span = self.spans[id];
        self.layers[span.layer]
            .key(doc, span.raw, span.key)
            .trim_start_matches(' ')
    }
}

/// A comparison key: lower-case letters and digits, other runs folded to one space.
pub(crate) fn text_key(s: &str) -> String {
    // The keyer that keys the page's text as it is written: ASCII a word at a time.
    let mut keyer = Keyer {
        key: String::with_capacity(s.len()),
        in_word: false,
    };
    keyer.push(s);
    keyer.key
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_nodes_text_and_key_as_a_walk_of_it_gives() {
        let doc = Document::parse(
            r#"<h1>Storm <b>hits</b>the COAST</h1><h2><span>Über <h3>Brücken, 12</h3>gehen</span></h2>
            <noscript><p>Turn on <button>scripts</button> please</p></noscript>
            <p>ab<span>cd</span>ef <script>x()</script></p><template><i>Ünder</i></template>"#,
        );
        let texts = Texts::new(&doc);
        for id in 0..doc.len() {
            assert_eq!(texts.text(&doc, id), doc.text(id), "node {id}");
            assert_eq!(texts.key(&doc, id), text_key(&doc.text(id)), "node {id}");
        }
    }

    #[test]
    fn keys_fold_case_and_every_run_between_words() {
        // What a key is, written the slow way: words of letters and digits, lower case.
        let by_words = |s: &str| {
            s.split(|c: char| !c.is_alphanumeric())
                .filter(|w| !w.is_empty())
                .map(|w| w.chars().flat_map(char::to_lowercase).collect::<String>())
                .collect::<Vec<_>>()
                .join(" ")
        };
        for text in [
            "  Storm—HITS the Coast!! ",
            "ÜBER 12 Brücken, gehen",
            "İzmir \u{212A}elvin x² ǅemal",
            "",
            "--",
            "日本語のテキスト 2024年",
        ] {
            assert_eq!(text_key(text), by_words(text), "{text}");
        }
        assert_eq!(
            text_key("  Storm—HITS the Coast!! "),
            "storm hits the coast"
        );
    }
}

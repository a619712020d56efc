//! The text of every node from one walk of the page.
//!
//! [`crate::dom::Document::text`] walks a subtree each time it is asked; asked for every
//! heading of a page whose headings nest, that is a walk per heading over the same text.
//! Here the page's text is written out once, in document order, and each node keeps where
//! its text begins and ends: a subtree's text is one run of it. Content that a walk skips
//! (scripts, buttons, templates) is still some node's own text when that node is asked for,
//! so each skipped element writes its content into a layer of its own.

use std::cell::OnceCell;

use crate::dom::{Document, NodeData, NodeId, Reading, collapse_whitespace, is_block_tag};

/// The page's text, written out once, and where each node's text lies in it.
pub(crate) struct Texts {
    /// The page's text, then each skipped element's own: raw text and comparison key.
    layers: Vec<Layer>,
    /// For each node: its layer and its runs in that layer's raw text and key.
    spans: Vec<Span>,
}

/// One run of written-out text.
#[derive(Default)]
struct Layer {
    /// The text as written, with a space around each block.
    raw: String,
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
            ..Layer::default()
        }
    }

    fn push(&mut self, text: &str) {
        self.raw.push_str(text);
        if self.keyed_as_written {
            self.key.push(text);
        }
    }

    /// The key of the text between two byte offsets of the raw text.
    fn key(&self, raw: (usize, usize), key: (usize, usize)) -> &str {
        if self.keyed_as_written {
            return &self.key.key[key.0..key.1];
        }
        let lazy = self.lazy.get_or_init(|| {
            let mut keyer = Keyer::default();
            let mut at = vec![0; self.raw.len() + 1];
            for (i, c) in self.raw.char_indices() {
                at[i] = keyer.key.len();
                keyer.push(&self.raw[i..i + c.len_utf8()]);
            }
            at[self.raw.len()] = keyer.key.len();
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

impl Texts {
    /// Writes out the page's text in one walk (explicit stack: pages nest deep).
    pub(crate) fn new(doc: &Document) -> Texts {
        let mut layers = vec![Layer::page()];
        let mut spans = vec![Span::default(); doc.len()];
        // (node, entering): a node is left after its children; `current` is the layer
        // being written, a stack because skipped elements nest.
        let mut current: Vec<usize> = vec![0];
        let mut stack: Vec<(NodeId, bool)> = vec![(doc.root(), true)];
        while let Some((n, entering)) = stack.pop() {
            let skipped_block = match &doc.node(n).data {
                NodeData::Element(e) => (Reading::TEXT.hides(e), is_block_tag(&e.name)),
                _ => (false, false),
            };
            let (skipped, block) = skipped_block;
            if !entering {
                let layer = &mut layers[*current.last().unwrap_or(&0)];
                if block {
                    layer.push(" ");
                }
                spans[n].raw.1 = layer.raw.len();
                spans[n].key.1 = layer.key.key.len();
                if skipped {
                    current.pop();
                }
                continue;
            }
            if skipped {
                current.push(layers.len());
                layers.push(Layer::default());
            }
            let at = *current.last().unwrap_or(&0);
            let layer = &mut layers[at];
            spans[n] = Span {
                layer: at,
                raw: (layer.raw.len(), 0),
                key: (layer.key.key.len(), 0),
            };
            if block {
                layer.push(" ");
            }
            if let NodeData::Text(t) = &doc.node(n).data {
                layer.push(t);
            }
            stack.push((n, false));
            if matches!(doc.node(n).data, NodeData::Element(_) | NodeData::Document) {
                stack.extend(doc.children(n).iter().rev().map(|&c| (c, true)));
            }
        }
        Texts { layers, spans }
    }

    /// The node's raw text, as [`crate::dom::Document::text`] reads it before folding
    /// whitespace.
    fn raw(&self, id: NodeId) -> &str {
        let span = self.spans[id];
        &self.layers[span.layer].raw[span.raw.0..span.raw.1]
    }

    /// The length in bytes of the node's raw text, whitespace not yet folded.
    pub(crate) fn raw_len(&self, id: NodeId) -> usize {
        let span = self.spans[id];
        span.raw.1 - span.raw.0
    }

    /// The node's visible text, whitespace collapsed: what
    /// [`crate::dom::Document::text`] gives.
    pub(crate) fn text(&self, id: NodeId) -> String {
        collapse_whitespace(self.raw(id))
    }

    /// The node's text as a comparison key ([`text_key`] of its text),
    /// without writing it out again: a word the node's text cuts keeps only the node's part
    /// in the page's key too, as it was written out up to the node's end and on from its
    /// start.
    pub(crate) fn key(&self, id: NodeId) -> &str {
        let span = self.spans[id];
        self.layers[span.layer]
            .key(span.raw, span.key)
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
            assert_eq!(texts.text(id), doc.text(id), "node {id}");
            assert_eq!(texts.key(id), text_key(&doc.text(id)), "node {id}");
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

//! Text of a subtree: collapsed whitespace, hidden content skipped, blocks separated. One
//! walker reads every subtree's text, under one rule for what is hidden ([`Reading`]).

use super::tags::{is_block_tag, is_skipped_tag};
use super::{Document, Element, NodeData, NodeId, local_name};

/// Collapses runs of whitespace (including non-breaking and zero-width spaces) to one space
/// and trims the ends.
pub(crate) fn collapse_whitespace(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut folder = Folder::default();
    folder.push(&mut out, s);
    out
}

/// Whitespace folding fed piece by piece: a run of whitespace becomes one space before the
/// next word, and none at either end of what is written.
#[derive(Default)]
pub(crate) struct Folder {
    /// Whether whitespace came since the last word written.
    space: bool,
}

impl Folder {
    /// Appends `s` to `out`, folded. A run of words that single spaces separate is already
    /// folded and is copied whole; a character is decoded only where its first byte may
    /// begin a Unicode space.
    pub(crate) fn push(&mut self, out: &mut String, s: &str) {
        let bytes = s.as_bytes();
        let plain = |b: &u8| (0x21..0x80).contains(b);
        let mut run = 0;
        let mut at = 0;
        while at < bytes.len() {
            if folded_chunk(bytes, at, at > run) {
                at += 8;
                continue;
            }
            let b = bytes[at];
            if plain(&b) {
                at += 1;
                continue;
            }
            if b == b' ' && at > run && bytes.get(at + 1).is_some_and(plain) {
                at += 2;
                continue;
            }
            let len = space_len(bytes, at);
            if len == 0 {
                at += 1;
                continue;
            }
            self.write(out, &s[run..at]);
            self.space = true;
            at += len;
            run = at;
        }
        self.write(out, &s[run..]);
    }

    /// Writes a run of words (or the part of one that a piece holds).
    fn write(&mut self, out: &mut String, word: &str) {
        if word.is_empty() {
            return;
        }
        if self.space && !out.is_empty() {
            out.push(' ');
        }
        self.space = false;
        out.push_str(word);
    }
}

/// Whether the eight bytes from `at` are already folded: printable ASCII, single spaces
/// between them, none at the end, and one at the start only when a word precedes it
/// (`after_word`). Tested eight at a time in one word (SWAR), as most text is prose.
fn folded_chunk(bytes: &[u8], at: usize, after_word: bool) -> bool {
    const ONES: u64 = u64::from_le_bytes([0x01; 8]);
    const HIGH: u64 = u64::from_le_bytes([0x80; 8]);
    let Some(chunk) = bytes.get(at..at + 8) else {
        return false;
    };
    let mut word = [0; 8];
    word.copy_from_slice(chunk);
    let w = u64::from_le_bytes(word);
    // Any byte from 0x80 up, or below 0x20 (exact for the whole word when none is high).
    if (w | (w.wrapping_sub(ONES * 0x20) & !w)) & HIGH != 0 {
        return false;
    }
    // A high bit on each space byte, exactly (no carry crosses bytes below 0x80).
    let t = w ^ (ONES * 0x20);
    let spaces = !(((t & !HIGH) + !HIGH) | t) & HIGH;
    spaces & (spaces >> 8) == 0 && spaces >> 63 == 0 && (after_word || spaces & 0x80 == 0)
}

/// The length of the whitespace character at `at` (`char::is_whitespace`, or a zero-width
/// space or byte-order mark), or 0 when none starts there. Only the lead bytes 0xC2, 0xE1,
/// 0xE2, 0xE3 and 0xEF can begin such a character outside ASCII.
fn space_len(bytes: &[u8], at: usize) -> usize {
    let b = bytes[at];
    if b < 0x80 {
        // The ASCII whitespace of `char::is_whitespace`: tab to carriage return, and space.
        return usize::from(b == b' ' || (b'\t'..=b'\r').contains(&b));
    }
    let next = |i: usize| bytes.get(at + i).copied().unwrap_or(0);
    let space = match (b, next(1), next(2)) {
        (0xC2, 0x85 | 0xA0, _) => return 2,
        (0xE1, 0x9A, 0x80) | (0xE3, 0x80, 0x80) | (0xEF, 0xBB, 0xBF) => true,
        (0xE2, 0x80, c) => matches!(c, 0x80..=0x8B | 0xA8 | 0xA9 | 0xAF),
        (0xE2, 0x81, 0x9F) => true,
        _ => false,
    };
    if space { 3 } else { 0 }
}

/// How a walk reads a page's text: the one rule for what is hidden from readers, and how
/// text runs together. Every walker of the page's text takes one of these readings.
#[derive(Clone, Copy)]
pub(crate) struct Reading {
    /// Whether elements the markup hides (`hidden`, `aria-hidden`, `display:none`; see
    /// [`super::Element::hidden_by_markup`]) are left out, besides the tags that never hold
    /// text ([`super::tags::is_skipped_tag`]).
    pub hidden_markup: bool,
    /// Whether button labels are read (a byline set in a tooltip button).
    pub buttons: bool,
    /// Whether each text node stands apart from the next, as if a space separated them.
    pub apart: bool,
    /// Inline elements that end a line of their own besides the blocks.
    pub own_line: fn(&Element) -> bool,
}

impl Reading {
    /// The text as [`Document::text`] and [`Document::lines`] read it: only the tags that
    /// never hold text are left out; text nodes run together.
    pub(crate) const TEXT: Reading = Reading {
        hidden_markup: false,
        buttons: false,
        apart: false,
        own_line: no_line,
    };
    /// Everything a reader may see, button labels included, each text node apart.
    pub(crate) const VISIBLE: Reading = Reading {
        hidden_markup: false,
        buttons: true,
        apart: true,
        own_line: no_line,
    };
    /// What the screen shows: also without the elements the markup hides, each text node
    /// apart.
    pub(crate) const SCREEN: Reading = Reading {
        hidden_markup: true,
        buttons: false,
        apart: true,
        own_line: no_line,
    };

    /// True when this reading leaves an element and all it holds out.
    pub(crate) fn hides(&self, e: &Element) -> bool {
        let button = self.buttons && e.name == local_name!("button");
        (is_skipped_tag(&e.name) && !button) || (self.hidden_markup && e.hidden_by_markup())
    }
}

/// No inline element ends a line of its own.
fn no_line(_: &Element) -> bool {
    false
}

/// What a walk of the text meets, in document order.
enum Piece<'a> {
    /// A text node's text, and the text node.
    Text(&'a str, NodeId),
    /// The start or the end of an element that ends a line.
    Break,
}

/// Walks a subtree's text in document order, leaving out what the reading hides; the
/// subtree's own root is read even when the reading hides it. Ids run in document order and
/// a subtree is a run of them, so the walk steps through the ids, jumps over hidden subtrees,
/// and keeps only the ends of the open line-ending elements (pages nest deep).
fn walk<'d>(doc: &'d Document, id: NodeId, reading: &Reading, mut meet: impl FnMut(Piece<'d>)) {
    let end = doc.subtree_end(id);
    // Where each open line-ending element's subtree ends, innermost last.
    let mut open: Vec<NodeId> = Vec::new();
    let mut n = id;
    while n < end {
        while open.last().is_some_and(|&until| until <= n) {
            open.pop();
            meet(Piece::Break);
        }
        match &doc.node(n).data {
            NodeData::Text(t) => meet(Piece::Text(t, n)),
            NodeData::Element(e) => {
                if n != id && reading.hides(e) {
                    n = doc.subtree_end(n);
                    continue;
                }
                if is_block_tag(&e.name) || (reading.own_line)(e) {
                    meet(Piece::Break);
                    open.push(doc.subtree_end(n));
                }
            }
            NodeData::Document | NodeData::Other => {}
        }
        n += 1;
    }
    for _ in open {
        meet(Piece::Break);
    }
}

/// The visible text of a subtree, whitespace collapsed.
pub(super) fn text_of(doc: &Document, id: NodeId) -> String {
    // Folded as it is walked: the raw text is never written out.
    let mut out = String::new();
    let mut folder = Folder::default();
    walk(doc, id, &Reading::TEXT, |piece| match piece {
        Piece::Text(t, _) => folder.push(&mut out, t),
        Piece::Break => folder.push(&mut out, " "),
    });
    out
}

/// The text of a subtree as lines: block elements and `<br>` end a line; each line has its
/// whitespace collapsed, and empty lines are dropped.
pub(super) fn lines_of(doc: &Document, id: NodeId) -> Vec<String> {
    lines_with_nodes(doc, id, &Reading::TEXT)
        .into_iter()
        .map(|line| line.text)
        .collect()
}

/// One line of text: what a block element (or `<br>`) ends.
#[derive(Debug, Clone)]
pub(crate) struct Line {
    /// The line's text, whitespace collapsed, never empty.
    pub text: String,
    /// The element holding the line's first text.
    pub node: NodeId,
}

/// The lines of a subtree as a reading sees them, each with the element that holds its
/// first text.
pub(crate) fn lines_with_nodes(doc: &Document, id: NodeId, reading: &Reading) -> Vec<Line> {
    let mut lines = Vec::new();
    // The line being read, folded as it is walked; each line is copied out at its exact
    // length and the buffer kept for the next.
    let mut current = String::new();
    let mut folder = Folder::default();
    let mut node: Option<NodeId> = None;
    let mut flush = |current: &mut String, folder: &mut Folder, node: &mut Option<NodeId>| {
        if let Some(n) = node.take()
            && !current.is_empty()
        {
            lines.push(Line {
                text: current.as_str().to_owned(),
                node: n,
            });
        }
        current.clear();
        *folder = Folder::default();
    };
    walk(doc, id, reading, |piece| match piece {
        Piece::Text(t, n) => {
            if node.is_none() && !t.trim().is_empty() {
                node = doc.parent(n);
            }
            if reading.apart {
                folder.push(&mut current, " ");
            }
            folder.push(&mut current, t);
        }
        Piece::Break => flush(&mut current, &mut folder, &mut node),
    });
    flush(&mut current, &mut folder, &mut node);
    lines
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn collapses_all_kinds_of_space() {
        assert_eq!(collapse_whitespace("  a \u{a0}\n b\u{200b}c  "), "a b c");
        assert_eq!(collapse_whitespace(""), "");
    }

    /// The folding as it was written first: split on every whitespace character.
    fn collapse_by_chars(s: &str) -> String {
        s.split(|c: char| c.is_whitespace() || c == '\u{200b}' || c == '\u{feff}')
            .filter(|w| !w.is_empty())
            .collect::<Vec<_>>()
            .join(" ")
    }

    #[test]
    fn byte_scan_finds_every_space_a_char_test_finds() {
        for c in (0..=0x10FFFF).filter_map(char::from_u32) {
            let text = format!("a{c}b");
            let space = c.is_whitespace() || c == '\u{200b}' || c == '\u{feff}';
            assert_eq!(space_len(text.as_bytes(), 1) != 0, space, "{:X}", c as u32);
        }
        for text in [
            "  Storm\u{a0}\u{a0}hits\u{2009}the\x0bcoast\u{3000}",
            "\u{feff}Über\u{200b}\u{200b} Brücken\u{85}gehen\u{202f}x\u{205f}",
            "日本語 のテキスト\u{1680}年\u{2028}\u{2029}",
            "\u{c2a0}\u{e280}«quoted»\t\r\n",
            " \u{200c}zero-width joiner\u{200d} ",
            "a b  c \n d\u{a0} e \u{e9} f\u{e9} g \x01 h\x01",
            " x y ",
            "x",
            "   ",
            "Storm hits the coast, and the  town is\tbraced for a long night of rain.",
            " Storm hits the coast at night  ",
            "Storm hits the\u{a0}coast at night, then heads north again   tonight",
            "abcdefg  hijklmn opqrstu vwxyz0 12345678 90abcdef\x1fghijklm",
        ] {
            assert_eq!(
                collapse_whitespace(text),
                collapse_by_chars(text),
                "{text:?}"
            );
        }
    }

    #[test]
    fn every_short_mix_of_words_and_spaces_folds_as_split() {
        let symbols = ["a", " ", "\n", "\u{a0}"];
        for n in 0..4usize.pow(10) {
            let text: String = (0..10).map(|i| symbols[n / 4usize.pow(i) % 4]).collect();
            assert_eq!(
                collapse_whitespace(&text),
                collapse_by_chars(&text),
                "{text:?}"
            );
        }
    }

    #[test]
    fn folding_in_pieces_joins_words_across_them() {
        let mut out = String::new();
        let mut folder = Folder::default();
        for piece in [
            "  Storm",
            "front",
            "  ",
            "\u{a0}hits ",
            "the",
            " coast  ",
            "a b",
        ] {
            folder.push(&mut out, piece);
        }
        assert_eq!(out, "Stormfront hits the coast a b");
    }

    #[test]
    fn separates_blocks_and_skips_scripts() {
        let doc = Document::parse("<div>a</div><div>b<script>x()</script></div>c<br>d");
        assert_eq!(doc.text(doc.root()), "a b c d");
        assert_eq!(doc.lines(doc.root()), vec!["a", "b", "c", "d"]);
    }

    #[test]
    fn each_reading_hides_by_the_one_rule() {
        let doc = Document::parse(
            r#"<p>Storm <span aria-hidden="true">icon</span>hits</p><p hidden>Old</p>
            <p>By <button>Ann Lee</button></p><p>a<span>b</span></p>"#,
        );
        let read = |reading: &Reading| -> Vec<String> {
            lines_with_nodes(&doc, doc.root(), reading)
                .into_iter()
                .map(|l| l.text)
                .collect()
        };
        assert_eq!(read(&Reading::TEXT), ["Storm iconhits", "Old", "By", "ab"]);
        assert_eq!(read(&Reading::SCREEN), ["Storm hits", "By", "a b"]);
        assert_eq!(
            read(&Reading::VISIBLE),
            ["Storm icon hits", "Old", "By Ann Lee", "a b"]
        );
    }
}

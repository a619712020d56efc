//! The attribute cap: html5ever's tokenizer compares each attribute's name with every earlier
//! one of its tag, so a tag with 100,000 attributes takes seconds and one with a million takes
//! minutes. One linear scan of the text, reading tags as the tokenizer does, finds tags with
//! more than [`MAX_ATTRIBUTES`] attributes; only then is the text copied with the excess cut.

use std::borrow::Cow;
use std::sync::LazyLock;

use memchr::memmem::Finder;

/// The most attributes kept on one element.
pub(super) const MAX_ATTRIBUTES: usize = 1000;

/// Elements whose content the tokenizer reads as text, up to their end tag.
const RAW_TEXT: &[&str] = &[
    "iframe",
    "noembed",
    "noframes",
    "noscript",
    "plaintext",
    "script",
    "style",
    "textarea",
    "title",
    "xmp",
];

/// The text with every attribute beyond the first [`MAX_ATTRIBUTES`] of a tag removed, and
/// how many were removed. Borrows the text when no tag has that many.
pub(super) fn cap_attributes(html: &str) -> (Cow<'_, str>, usize) {
    let cuts = excess_attributes(html.as_bytes());
    if cuts.is_empty() {
        return (Cow::Borrowed(html), 0);
    }
    let mut out = String::with_capacity(html.len());
    let mut from = 0;
    let mut removed = 0;
    for cut in cuts {
        out.push_str(&html[from..cut.start]);
        from = cut.end;
        removed += cut.attributes;
    }
    out.push_str(&html[from..]);
    (Cow::Owned(out), removed)
}

/// A byte range of a tag's excess attributes.
struct Cut {
    start: usize,
    end: usize,
    attributes: usize,
}

/// The excess attribute ranges of every tag over the cap, in order.
fn excess_attributes(b: &[u8]) -> Vec<Cut> {
    let mut cuts = Vec::new();
    let mut i = 0;
    while let Some(lt) = memchr::memchr(b'<', &b[i..]) {
        i += lt + 1;
        let Some(&next) = b.get(i) else { break };
        if b[i..].starts_with(b"!--") {
            i = find(b, i + 3, &COMMENT_END).map_or(b.len(), |at| at + 3);
        } else if matches!(next, b'!' | b'/' | b'?') {
            i = memchr::memchr(b'>', &b[i..]).map_or(b.len(), |at| i + at + 1);
        } else if next.is_ascii_alphabetic() {
            let name_end = i + b[i..]
                .iter()
                .position(|&c| c.is_ascii_whitespace() || c == b'/' || c == b'>')
                .unwrap_or(b.len() - i);
            let name = &b[i..name_end];
            let (end, cut) = read_attributes(b, name_end);
            cuts.extend(cut);
            i = end;
            if let Some(raw) = RAW_TEXT
                .iter()
                .find(|raw| raw.as_bytes().eq_ignore_ascii_case(name))
            {
                i = raw_text_end(b, i, raw.as_bytes());
            }
        }
    }
    cuts
}

/// Reads a tag's attributes from `i` to just past its `>`; returns where it ended and the
/// range to cut when it has more than the cap. States follow the tokenizer's.
fn read_attributes(b: &[u8], mut i: usize) -> (usize, Option<Cut>) {
    let mut count = 0;
    let mut cut_from = None;
    let mut in_name = false;
    while i < b.len() {
        let c = b[i];
        match c {
            b'>' => break,
            b'"' | b'\'' if !in_name => {
                // Values are most of a tag's bytes (long class lists, URLs, inline data).
                i = memchr::memchr(c, &b[i + 1..]).map_or(b.len(), |at| i + 1 + at);
            }
            b'=' if in_name => in_name = false,
            _ if c.is_ascii_whitespace() || c == b'/' => in_name = false,
            _ if !in_name => {
                if value_follows(b, i) {
                    // an unquoted value: skip it
                    while i < b.len() && !b[i].is_ascii_whitespace() && b[i] != b'>' {
                        i += 1;
                    }
                    continue;
                }
                count += 1;
                if count == MAX_ATTRIBUTES + 1 {
                    cut_from = Some(i);
                }
                in_name = true;
            }
            _ => {}
        }
        i += 1;
    }
    let end = (i + 1).min(b.len());
    let cut = cut_from.map(|start| Cut {
        start,
        end: i.min(b.len()),
        attributes: count - MAX_ATTRIBUTES,
    });
    (end, cut)
}

/// True when the character at `i` starts a value: it follows `=` and optional spaces.
fn value_follows(b: &[u8], i: usize) -> bool {
    let before = b[..i].iter().rposition(|c| !c.is_ascii_whitespace());
    before.is_some_and(|at| b[at] == b'=')
}

/// Where the raw text of an element named `name` ends: just past its end tag.
fn raw_text_end(b: &[u8], mut i: usize, name: &[u8]) -> usize {
    while let Some(at) = find(b, i, &END_TAG_OPEN) {
        let after = at + 2;
        let end = after + name.len();
        if end <= b.len() && b[after..end].eq_ignore_ascii_case(name) {
            return end;
        }
        i = after;
    }
    b.len()
}

/// The searchers for a comment's end and an end tag's opening, built once: the scan looks
/// for them at every comment and raw-text element of the page.
static COMMENT_END: LazyLock<Finder<'static>> = LazyLock::new(|| Finder::new(b"-->"));
static END_TAG_OPEN: LazyLock<Finder<'static>> = LazyLock::new(|| Finder::new(b"</"));

/// The first occurrence of the searcher's needle at or after `from`.
fn find(b: &[u8], from: usize, needle: &Finder) -> Option<usize> {
    let from = from.min(b.len());
    needle.find(&b[from..]).map(|at| from + at)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn leaves_ordinary_markup_borrowed() {
        let html = r#"<p class="a b" data-x='1 2' hidden id=k>x < y</p><script>a<b c d e</script>"#;
        let (out, removed) = cap_attributes(html);
        assert!(matches!(out, Cow::Borrowed(_)));
        assert_eq!(removed, 0);
    }

    #[test]
    fn cuts_attributes_beyond_the_cap() {
        let attrs: String = (0..1_500).map(|n| format!(" a{n}=\"v {n}\"")).collect();
        let html = format!("<div{attrs}>text</div><p id=x>more</p>");
        let (out, removed) = cap_attributes(&html);
        assert_eq!(removed, 500);
        assert!(out.contains(" a999=\"v 999\" >text</div><p id=x>more</p>"));
        assert!(!out.contains("a1000"));
    }
}

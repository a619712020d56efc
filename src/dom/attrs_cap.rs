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

/// The excess attribute ranges of every tag over the cap, in order. End tags count too: the
/// tokenizer reads their attributes (and checks them for duplicates) before dropping them.
fn excess_attributes(b: &[u8]) -> Vec<Cut> {
    let mut cuts = Vec::new();
    let mut i = 0;
    while let Some(lt) = memchr::memchr(b'<', &b[i..]) {
        i += lt + 1;
        let Some(&next) = b.get(i) else { break };
        let end_tag = next == b'/' && b.get(i + 1).is_some_and(u8::is_ascii_alphabetic);
        if b[i..].starts_with(b"!--") {
            i = comment_end(b, i + 3);
        } else if matches!(next, b'!' | b'?') || (next == b'/' && !end_tag) {
            i = memchr::memchr(b'>', &b[i..]).map_or(b.len(), |at| i + at + 1);
        } else if next.is_ascii_alphabetic() || end_tag {
            let start = if end_tag { i + 1 } else { i };
            let name_end = start
                + b[start..]
                    .iter()
                    .position(|&c| c.is_ascii_whitespace() || c == b'/' || c == b'>')
                    .unwrap_or(b.len() - start);
            let (end, cut) = read_attributes(b, name_end);
            cuts.extend(cut);
            i = end;
            if end_tag {
                continue;
            }
            if let Some(raw) = RAW_TEXT
                .iter()
                .find(|raw| raw.as_bytes().eq_ignore_ascii_case(&b[start..name_end]))
            {
                // The raw text ends at the element's end tag, whose attributes are read too.
                let (end, cut) = read_attributes(b, raw_text_end(b, i, raw.as_bytes()));
                cuts.extend(cut);
                i = end;
            }
        }
    }
    cuts
}

/// Just past the end of a comment whose text starts at `i` (after `<!--`), where the
/// tokenizer ends it: at once on `>` or `->`, else at the first run of two or more dashes
/// followed by `>` or `!>`.
fn comment_end(b: &[u8], i: usize) -> usize {
    let rest = b.get(i..).unwrap_or_default();
    if rest.starts_with(b">") {
        return i + 1;
    }
    if rest.starts_with(b"->") {
        return i + 2;
    }
    let mut from = i;
    while let Some(at) = find(b, from, &DOUBLE_DASH) {
        let mut k = at + 2;
        while b.get(k) == Some(&b'-') {
            k += 1;
        }
        match (b.get(k), b.get(k + 1)) {
            (Some(b'>'), _) => return k + 1,
            (Some(b'!'), Some(b'>')) => return k + 2,
            _ => from = k,
        }
    }
    b.len()
}

/// Reads a tag's attributes from `i` (just after its name) to just past its `>`; returns
/// where it ended and the range to cut when it has more than the cap. Follows the
/// tokenizer's states, so every attribute it will make is counted: a quote opens a value
/// only after `=`, elsewhere it starts or continues a name. Its self-closing and
/// after-quoted-value states read the next character as the before-name state does.
fn read_attributes(b: &[u8], mut i: usize) -> (usize, Option<Cut>) {
    let mut count = 0;
    let mut cut_from = None;
    // After a name and spaces, `=` starts its value; before a name, `=` starts a name.
    let mut after_name = false;
    while let Some(&c) = b.get(i) {
        match c {
            b'>' => break,
            b'/' => {
                after_name = false;
                i += 1;
            }
            _ if c.is_ascii_whitespace() => i += 1,
            b'=' if after_name => {
                i = value_end(b, i + 1);
                after_name = false;
            }
            _ => {
                count += 1;
                if count == MAX_ATTRIBUTES + 1 {
                    cut_from = Some(i);
                }
                i = name_end(b, i + 1);
                after_name = false;
                match b.get(i) {
                    Some(b'=') => i = value_end(b, i + 1),
                    Some(c) if c.is_ascii_whitespace() => after_name = true,
                    _ => {}
                }
            }
        }
    }
    let end = (i + 1).min(b.len());
    let cut = cut_from.map(|start| Cut {
        start,
        end: i.min(b.len()),
        attributes: count - MAX_ATTRIBUTES,
    });
    (end, cut)
}

/// Where an attribute's name whose second character is at `i` ends.
fn name_end(b: &[u8], i: usize) -> usize {
    let rest = b.get(i..).unwrap_or_default();
    let len = rest
        .iter()
        .position(|&c| c.is_ascii_whitespace() || matches!(c, b'/' | b'=' | b'>'));
    i + len.unwrap_or(rest.len())
}

/// Where an attribute's value that may start at `i` (after its `=`) ends: past its closing
/// quote, or at the space or `>` that ends an unquoted one.
fn value_end(b: &[u8], mut i: usize) -> usize {
    while b.get(i).is_some_and(u8::is_ascii_whitespace) {
        i += 1;
    }
    match b.get(i) {
        Some(&q) if q == b'"' || q == b'\'' => closing_quote(b, i + 1, q),
        _ => {
            while b
                .get(i)
                .is_some_and(|&c| !c.is_ascii_whitespace() && c != b'>')
            {
                i += 1;
            }
            i
        }
    }
}

/// Just past the quote `q` that closes a value starting at `from`.
fn closing_quote(b: &[u8], from: usize, q: u8) -> usize {
    let rest = b.get(from..).unwrap_or_default();
    memchr::memchr(q, rest).map_or(b.len(), |at| from + at + 1)
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

/// The searchers for an end tag's opening and a comment's dashes, built once: the scan looks
/// for them at every raw-text element and comment of the page.
static END_TAG_OPEN: LazyLock<Finder<'static>> = LazyLock::new(|| Finder::new(b"</"));
static DOUBLE_DASH: LazyLock<Finder<'static>> = LazyLock::new(|| Finder::new(b"--"));

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

    /// `count` attributes `x0 x1 ...`, without values.
    fn flood(count: usize) -> String {
        (0..count).map(|n| format!(" x{n}")).collect()
    }

    #[test]
    fn a_quote_outside_a_value_does_not_hide_attributes() {
        // The tokenizer reads the lone quote as an attribute's name, not a value's start.
        let html = format!("<p \"{}>text</p>", flood(1_200));
        let (out, removed) = cap_attributes(&html);
        assert_eq!(removed, 201);
        assert!(out.contains(" x998 >text</p>"));
    }

    #[test]
    fn comments_end_where_the_tokenizer_ends_them() {
        for comment in ["<!-->", "<!--->", "<!-- note --!>", "<!-- a -- b --->"] {
            let html = format!("{comment}<p{}>text</p>", flood(1_100));
            assert_eq!(cap_attributes(&html).1, 100, "{comment}");
        }
        let hidden = format!("<!-- <p{}> -->", flood(1_100));
        assert_eq!(cap_attributes(&hidden).1, 0);
    }

    #[test]
    fn end_tags_are_capped_too() {
        let html = format!("<p>text</p a=\">\"{}>more", flood(1_100));
        let (out, removed) = cap_attributes(&html);
        assert_eq!(removed, 101);
        assert!(out.ends_with(" x998 >more"));
        let raw = format!("<script>x</script a=\">\"{}>more", flood(1_100));
        assert_eq!(cap_attributes(&raw).1, 101);
    }
}

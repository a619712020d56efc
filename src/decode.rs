//! Bytes to text: a byte-order mark, else UTF-8 when the bytes are valid UTF-8 beyond
//! ASCII, else the HTML spec's `<meta charset>` prescan, else chardetng's guess; encoding_rs
//! does the decoding. Malformed sequences become U+FFFD.
//!
//! Valid UTF-8 wins over the page's own declaration because saved pages are often
//! re-encoded to UTF-8 with their old `<meta charset=gb2312>` left in place, and text in a
//! legacy encoding is practically never valid UTF-8 once it holds a few non-ASCII letters.

use encoding_rs::Encoding;

/// Decodes page bytes to text, returning the text and the encoding's name.
pub(crate) fn decode(bytes: &[u8], declared: Option<&str>) -> (String, &'static str) {
    let encoding = Encoding::for_bom(bytes)
        .map(|(e, _)| e)
        .or_else(|| is_utf8_beyond_ascii(bytes).then_some(encoding_rs::UTF_8))
        .or_else(|| prescan(bytes))
        .or_else(|| declared.and_then(|l| Encoding::for_label(l.trim().as_bytes())))
        .unwrap_or_else(|| guess(bytes));
    // `decode` strips a BOM itself and replaces malformed sequences.
    let (text, used, _) = encoding.decode(bytes);
    (repair_double_encoding(text.into_owned()), used.name())
}

/// The fewest double-encoded characters that make a page's text repaired: one or two such
/// pairs of letters can be meant ("Ã©" in an article about mojibake).
pub(crate) const MIN_DOUBLE_ENCODED: usize = 3;

/// Repairs text that was encoded to UTF-8 twice: a page saved from UTF-8 read as Latin-1
/// or Windows-1252 and written out again as UTF-8 shows `itâ€™s` and `cafÃ©` for `it’s`
/// and `café`. Each run of a UTF-8 lead character and its continuation characters, read
/// back as the bytes they stand for, becomes the one character they spell; the text is
/// left alone unless it holds at least [`MIN_DOUBLE_ENCODED`] such runs.
fn repair_double_encoding(text: String) -> String {
    if count_double_encoded(&text, MIN_DOUBLE_ENCODED) < MIN_DOUBLE_ENCODED {
        return text;
    }
    fix_double_encoded(&text)
}

/// How many double-encoded characters the text holds, counting up to `limit`.
pub(crate) fn count_double_encoded(text: &str, limit: usize) -> usize {
    double_encoded(text).take(limit).count()
}

/// The text with every double-encoded character repaired, whatever their number.
pub(crate) fn fix_double_encoded(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some((at, len, fixed)) = double_encoded(rest).next() {
        out.push_str(&rest[..at]);
        out.push(fixed);
        rest = &rest[at + len..];
    }
    out.push_str(rest);
    out
}

/// The double-encoded characters of a text: where each run starts, its length in bytes and
/// the character it spells.
///
/// A run's lead is a character from U+00C2 to U+00F4, and every one of those is written in
/// UTF-8 as the byte 0xC3 and a second byte; 0xC3 is never a continuation byte. So only the
/// places of that byte are looked at, found with `memchr`, instead of decoding every
/// character of the page (this scan runs over every page and showed in profiles).
fn double_encoded(text: &str) -> impl Iterator<Item = (usize, usize, char)> + '_ {
    memchr::memchr_iter(LEAD_BYTE, text.as_bytes()).filter_map(|at| {
        let lead = text.get(at..)?.chars().next()?;
        let continuations = match u32::from(lead) {
            0xC2..=0xDF => 1,
            0xE0..=0xEF => 2,
            0xF0..=0xF4 => 3,
            _ => return None,
        };
        let mut bytes = [latin_byte(lead)?, 0, 0, 0];
        let mut len = lead.len_utf8();
        let mut count = 1;
        for c in text[at + len..].chars().take(continuations) {
            bytes[count] = latin_byte(c).filter(|b| (0x80..=0xBF).contains(b))?;
            count += 1;
            len += c.len_utf8();
        }
        if count != continuations + 1 {
            return None;
        }
        let fixed = std::str::from_utf8(&bytes[..count]).ok()?.chars().next()?;
        Some((at, len, fixed))
    })
}

/// The first byte of every character from U+00C0 to U+00FF in UTF-8.
const LEAD_BYTE: u8 = 0xC3;

/// The byte a character stands for in Windows-1252 (Latin-1 for the rest of U+0080–U+00FF).
fn latin_byte(c: char) -> Option<u8> {
    let code = u32::from(c);
    if (0x80..=0xFF).contains(&code) {
        return u8::try_from(code).ok();
    }
    Some(match c {
        '€' => 0x80,
        '‚' => 0x82,
        'ƒ' => 0x83,
        '„' => 0x84,
        '…' => 0x85,
        '†' => 0x86,
        '‡' => 0x87,
        'ˆ' => 0x88,
        '‰' => 0x89,
        'Š' => 0x8A,
        '‹' => 0x8B,
        'Œ' => 0x8C,
        'Ž' => 0x8E,
        '‘' => 0x91,
        '’' => 0x92,
        '“' => 0x93,
        '”' => 0x94,
        '•' => 0x95,
        '–' => 0x96,
        '—' => 0x97,
        '˜' => 0x98,
        '™' => 0x99,
        'š' => 0x9A,
        '›' => 0x9B,
        'œ' => 0x9C,
        'ž' => 0x9E,
        'Ÿ' => 0x9F,
        _ => return None,
    })
}

/// True for valid UTF-8 that holds at least one multi-byte character.
fn is_utf8_beyond_ascii(bytes: &[u8]) -> bool {
    !bytes.is_ascii() && std::str::from_utf8(bytes).is_ok()
}

/// chardetng's guess over the first 64 KiB.
fn guess(bytes: &[u8]) -> &'static Encoding {
    let mut detector = chardetng::EncodingDetector::new(chardetng::Iso2022JpDetection::Deny);
    let sample = &bytes[..bytes.len().min(64 * 1024)];
    detector.feed(sample, sample.len() == bytes.len());
    detector.guess(None, chardetng::Utf8Detection::Allow)
}

/// The `<meta charset>` / `http-equiv` prescan of the first 1024 bytes (simplified from the
/// HTML spec: attribute values are read case-insensitively, comments skipped).
fn prescan(bytes: &[u8]) -> Option<&'static Encoding> {
    let head = &bytes[..bytes.len().min(1024)];
    let lower: Vec<u8> = head.to_ascii_lowercase();
    let mut i = 0;
    while let Some(pos) = find(&lower[i..], b"<meta") {
        let start = i + pos + 5;
        let end = lower[start..]
            .iter()
            .position(|&b| b == b'>')
            .map_or(lower.len(), |p| start + p);
        let tag = &lower[start..end];
        if let Some(label) = charset_in(tag)
            && let Some(enc) = Encoding::for_label(label)
        {
            // A page that says UTF-16 in ASCII bytes is not UTF-16 (spec: use UTF-8).
            return Some(
                if enc == encoding_rs::UTF_16LE || enc == encoding_rs::UTF_16BE {
                    encoding_rs::UTF_8
                } else if enc == encoding_rs::X_USER_DEFINED {
                    encoding_rs::WINDOWS_1252
                } else {
                    enc
                },
            );
        }
        i = end;
        if i >= lower.len() {
            break;
        }
    }
    None
}

/// The label after `charset=` in a meta tag's text.
fn charset_in(tag: &[u8]) -> Option<&[u8]> {
    let pos = find(tag, b"charset")?;
    let rest = &tag[pos + 7..];
    let rest = rest
        .trim_ascii_start()
        .strip_prefix(b"=")?
        .trim_ascii_start();
    let rest = rest
        .strip_prefix(b"\"")
        .or_else(|| rest.strip_prefix(b"'"))
        .unwrap_or(rest);
    let end = rest
        .iter()
        .position(|&b| matches!(b, b'"' | b'\'' | b';' | b' ' | b'/' | b'>'))
        .unwrap_or(rest.len());
    (end > 0).then(|| &rest[..end])
}

fn find(hay: &[u8], needle: &[u8]) -> Option<usize> {
    hay.windows(needle.len()).position(|w| w == needle)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn repairs_text_encoded_twice() {
        let twice =
            "It\u{e2}\u{80}\u{99}s a caf\u{c3}\u{a9}, \u{e2}\u{80}\u{9c}open\u{e2}\u{80}\u{9d}.";
        let (text, _) = decode(twice.as_bytes(), None);
        assert_eq!(text, "It’s a café, “open”.");
        // The Windows-1252 reading, and a 4-byte character.
        let text = repair_double_encoding("Itâ€™s, itâ€™s, itâ€™s ð\u{9f}\u{98}\u{80}".into());
        assert_eq!(text, "It’s, it’s, it’s 😀");
        // One or two such pairs, or letters that only look alike, are left alone.
        for text in ["Mojibake shows Ã© for é.", "São Paulo, Ãgua, à «bientôt»"] {
            assert_eq!(repair_double_encoding(text.into()), text);
        }
    }

    #[test]
    fn bom_wins() {
        let (text, enc) = decode(b"\xEF\xBB\xBF<p>caf\xC3\xA9</p>", None);
        assert_eq!(enc, "UTF-8");
        assert_eq!(text, "<p>café</p>");
    }

    #[test]
    fn valid_utf8_wins_over_a_stale_declaration() {
        let page = "<meta charset=gb2312><p>新闻 café</p>".as_bytes();
        let (text, enc) = decode(page, None);
        assert_eq!(enc, "UTF-8");
        assert!(text.contains("新闻 café"));
    }

    #[test]
    fn meta_charset_is_read() {
        let page = b"<html><head><meta charset=\"windows-1252\"></head><p>caf\xE9</p>";
        let (text, enc) = decode(page, None);
        assert_eq!(enc, "windows-1252");
        assert!(text.contains("café"));
        let page = b"<meta http-equiv=\"Content-Type\" content=\"text/html; charset=ISO-8859-1\"><p>\xFC</p>";
        assert!(decode(page, None).0.contains('ü'));
    }

    #[test]
    fn guesses_without_a_declaration() {
        let page = "<p>Grüße aus Zürich, schöne Grüße und Äpfel für alle Bürger</p>";
        let bytes: Vec<u8> = page.chars().map(|c| c as u32 as u8).collect();
        let (text, _) = decode(&bytes, None);
        assert!(text.contains("Grüße aus Zürich"));
    }

    #[test]
    fn malformed_utf8_does_not_fail() {
        let (text, _) = decode(b"<meta charset=utf-8><p>a\xFFb</p>", None);
        assert!(text.contains("a\u{FFFD}b"));
    }
}

//! Digits of other scripts read as ASCII digits, with a map back to the original text.
//!
//! Nepali and Hindi pages write dates with Devanagari digits (`१६ जुन २०१९`), Arabic and
//! Persian pages with their own, Japanese pages sometimes with full-width digits. The
//! patterns in this module's siblings only know `0-9`, so text with such digits is copied
//! once with each digit replaced; the copy keeps, for every byte, the byte offset it came
//! from, so that ranges found in the copy can be reported in the original. Text without such
//! digits (nearly all of it) is borrowed as it is.

use std::borrow::Cow;

/// The code points of zero in the scripts whose digits are read; nine follows at zero + 9.
const ZEROS: &[char] = &[
    '\u{0660}', // Arabic-Indic
    '\u{06F0}', // Extended Arabic-Indic (Persian, Urdu)
    '\u{0966}', // Devanagari (Nepali, Hindi, Marathi)
    '\u{09E6}', // Bengali
    '\u{0A66}', // Gurmukhi
    '\u{0AE6}', // Gujarati
    '\u{0BE6}', // Tamil
    '\u{0E50}', // Thai
    '\u{0F20}', // Tibetan
    '\u{1040}', // Myanmar
    '\u{FF10}', // Full-width (Japanese, Chinese)
];

/// Text whose digits are all ASCII, and the way back to the original's byte offsets.
pub(super) struct AsciiDigits<'a> {
    text: Cow<'a, str>,
    /// For each byte of `text` (and one past its end), the offset in the original; empty
    /// when `text` is the original.
    origin: Vec<usize>,
}

impl<'a> AsciiDigits<'a> {
    /// Reads `original`, replacing digits of other scripts when there are any.
    pub(super) fn new(original: &'a str) -> Self {
        if !original.chars().any(|c| ascii_digit(c).is_some()) {
            return AsciiDigits {
                text: Cow::Borrowed(original),
                origin: Vec::new(),
            };
        }
        let mut text = String::with_capacity(original.len());
        let mut origin = Vec::with_capacity(original.len() + 1);
        for (offset, c) in original.char_indices() {
            let c = ascii_digit(c).unwrap_or(c);
            text.push(c);
            origin.resize(text.len(), offset);
        }
        origin.push(original.len());
        AsciiDigits {
            text: Cow::Owned(text),
            origin,
        }
    }

    /// The text with ASCII digits.
    pub(super) fn text(&self) -> &str {
        &self.text
    }

    /// The original offset of a byte offset in [`Self::text`] (a char boundary there maps to
    /// a char boundary in the original).
    pub(super) fn original_offset(&self, offset: usize) -> usize {
        if self.origin.is_empty() {
            offset
        } else {
            self.origin[offset.min(self.origin.len() - 1)]
        }
    }
}

/// The ASCII digit a non-ASCII decimal digit stands for.
fn ascii_digit(c: char) -> Option<char> {
    if c.is_ascii() {
        return None;
    }
    ZEROS.iter().find_map(|&zero| {
        let value = (c as u32).checked_sub(zero as u32)?;
        (value <= 9).then(|| char::from(b'0' + value as u8))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ascii_text_is_borrowed() {
        let digits = AsciiDigits::new("16.10.2019");
        assert!(matches!(digits.text, Cow::Borrowed(_)));
        assert_eq!(digits.original_offset(4), 4);
    }

    #[test]
    fn devanagari_arabic_persian_and_full_width_digits_become_ascii() {
        assert_eq!(AsciiDigits::new("१६ जुन २०१९").text(), "16 जुन 2019");
        assert_eq!(AsciiDigits::new("٢٠١٩/١٠/١٦").text(), "2019/10/16");
        assert_eq!(AsciiDigits::new("۲۰۱۹").text(), "2019");
        assert_eq!(AsciiDigits::new("２０１９年").text(), "2019年");
    }

    #[test]
    fn offsets_map_back_to_the_original() {
        let original = "on २०१९-१०-१६!";
        let digits = AsciiDigits::new(original);
        let start = digits.text().find('2').unwrap();
        let end = digits.text().find('!').unwrap();
        let (start, end) = (digits.original_offset(start), digits.original_offset(end));
        assert_eq!(&original[start..end], "२०१९-१०-१६");
        assert_eq!(digits.original_offset(digits.text().len()), original.len());
    }
}

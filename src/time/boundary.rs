//! Whether a match stands on its own in the text, or is part of a longer word or number.
//!
//! The patterns do not use `\b`: Unicode word boundaries make the regex engine fall back to
//! its slow path on non-ASCII text, and they are wrong for scripts written without spaces
//! (`2019年10月16日から` is a date followed by a particle). The checks here run only on
//! matches, which are few.

use std::ops::Range;

/// Separators that continue a number (`3.5`, `10:30`) whatever the match holds.
const ALWAYS_CHAINING: &[char] = &['.', ':'];
/// Separators that continue a number when the match itself uses them: `2019-10-16-5` is an
/// identifier, but `16.10.2019-17.10.2019` is a range of two dates.
const CHAINING_WHEN_USED: &[char] = &['-', '/'];

/// True when `range` of `text` is not the tail of a longer word or number.
pub(super) fn starts_cleanly(text: &str, range: Range<usize>) -> bool {
    let matched = &text[range.clone()];
    let before = &text[..range.start];
    let mut previous = before.chars().rev();
    let (Some(first), Some(prev)) = (matched.chars().next(), previous.next()) else {
        return true;
    };
    if is_word(prev) && is_word(first) {
        return false;
    }
    let chained = first.is_ascii_digit()
        && continues_number(prev, matched)
        && previous.next().is_some_and(|c| c.is_ascii_digit());
    !chained
}

/// True when `range` of `text` is not the head of a longer word or number.
pub(super) fn ends_cleanly(text: &str, range: Range<usize>) -> bool {
    let matched = &text[range.clone()];
    let mut following = text[range.end..].chars();
    let (Some(last), Some(next)) = (matched.chars().next_back(), following.next()) else {
        return true;
    };
    if is_word(last) && is_word(next) {
        return false;
    }
    let chained = last.is_ascii_digit()
        && continues_number(next, matched)
        && following.next().is_some_and(|c| c.is_ascii_digit());
    !chained
}

/// The end of the run of word characters that starts at `at` (or the next character when
/// there is none): no date can start inside that run, since its start would not be clean.
pub(super) fn past_word(text: &str, at: usize) -> usize {
    let rest = &text[at..];
    let run = rest.find(|c: char| !is_word(c)).unwrap_or(rest.len());
    if run > 0 {
        return at + run;
    }
    at + rest.chars().next().map_or(0, char::len_utf8)
}

fn continues_number(separator: char, matched: &str) -> bool {
    ALWAYS_CHAINING.contains(&separator)
        || (CHAINING_WHEN_USED.contains(&separator) && matched.contains(separator))
}

/// A letter or digit of a script that separates words with spaces.
fn is_word(c: char) -> bool {
    c.is_alphanumeric() && !is_unspaced_script(c)
}

/// Kana, CJK ideographs and Hangul: scripts where a date touches the next word.
fn is_unspaced_script(c: char) -> bool {
    matches!(c,
        '\u{1100}'..='\u{11FF}'
        | '\u{3040}'..='\u{30FF}'
        | '\u{3130}'..='\u{318F}'
        | '\u{3400}'..='\u{4DBF}'
        | '\u{4E00}'..='\u{9FFF}'
        | '\u{AC00}'..='\u{D7AF}'
        | '\u{F900}'..='\u{FAFF}'
        | '\u{FF65}'..='\u{FF9F}')
}

#[cfg(test)]
mod tests {
    use super::*;

    fn clean(text: &str, part: &str) -> bool {
        let start = text.find(part).unwrap();
        let range = start..start + part.len();
        starts_cleanly(text, range.clone()) && ends_cleanly(text, range)
    }

    #[test]
    fn words_and_numbers_are_not_split() {
        assert!(clean("on 16.10.2019.", "16.10.2019"));
        assert!(clean("(16 Oct 2019)", "16 Oct 2019"));
        assert!(clean("16.10.2019-17.10.2019", "16.10.2019"));
        assert!(clean("2019年10月16日から", "2019年10月16日"));
        assert!(!clean("x16 Oct", "16 Oct"));
        assert!(!clean("1.16.10.2019", "16.10.2019"));
        assert!(!clean("10.10.10.10", "10.10.10"));
        assert!(!clean("2019-10-16-5", "2019-10-16"));
        assert!(!clean("16 Oct 20190", "16 Oct 2019"));
    }
}

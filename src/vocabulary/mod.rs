//! Words the readers look for, as data: each concept's words in one list per language
//! ([`labels`]), and the one way a list becomes a regex ([`alternation`]). Month and weekday
//! names live in the date reader's own tables (`time/names.rs`).

pub(crate) mod labels;
pub(crate) mod tags;

/// The words of one concept in one language.
#[derive(Debug)]
pub(crate) struct Words {
    /// BCP 47 primary language subtag.
    pub lang: &'static str,
    /// The words, lower case, as a page writes them.
    pub words: &'static [&'static str],
}

/// Every word of a concept, in every language it is listed in.
pub(crate) fn all(concept: &'static [Words]) -> impl Iterator<Item = &'static str> {
    concept.iter().flat_map(|w| w.words.iter().copied())
}

/// A concept's words in the given languages only.
pub(crate) fn in_languages(
    concept: &'static [Words],
    langs: &'static [&'static str],
) -> impl Iterator<Item = &'static str> {
    concept
        .iter()
        .filter(|w| langs.contains(&w.lang))
        .flat_map(|w| w.words.iter().copied())
}

/// A regex alternation of `words` (no group around it), each escaped, the longest first so
/// that a word that begins another ("publié", "publiée") does not cut the longer one short.
/// A word listed twice (in two languages) is written once.
pub(crate) fn alternation<'a>(words: impl IntoIterator<Item = &'a str>) -> String {
    let mut words: Vec<&str> = words.into_iter().collect();
    words.sort_by(|a, b| b.len().cmp(&a.len()).then_with(|| a.cmp(b)));
    words.dedup();
    let escaped: Vec<String> = words.into_iter().map(regex::escape).collect();
    escaped.join("|")
}

/// A word character as a regex's `\w` and `\b` read it, Unicode letters, marks and digits
/// included: a test written without a regex reads words as the regexes beside it do.
pub(crate) fn is_word_char(c: char) -> bool {
    regex_syntax::try_is_word_character(c).unwrap_or_else(|_| c.is_alphanumeric() || c == '_')
}

/// The characters outside ASCII that Unicode case folding reads as ASCII letters, as a
/// case-insensitive regex matches them: the long s and the Kelvin sign.
const NON_ASCII_FOLDS: [(char, char); 2] = [('\u{17F}', 's'), ('\u{212A}', 'k')];

/// True when `c` is one of the characters outside ASCII that case folding reads as an ASCII
/// letter ([`NON_ASCII_FOLDS`]).
pub(crate) fn folds_to_ascii(c: char) -> bool {
    NON_ASCII_FOLDS.iter().any(|&(from, _)| from == c)
}

/// A character folded as a case-insensitive regex compares it with a lower-case ASCII
/// letter: ASCII letters in either case, and [`NON_ASCII_FOLDS`].
pub(crate) fn fold_to_ascii(c: char) -> char {
    NON_ASCII_FOLDS
        .iter()
        .find(|&&(from, _)| from == c)
        .map_or_else(|| c.to_ascii_lowercase(), |&(_, to)| to)
}

/// True when `word` ends with `ending` (lower-case ASCII), letters compared as
/// [`fold_to_ascii`] compares them.
pub(crate) fn ends_with_folded(word: &str, ending: &str) -> bool {
    let mut tail = word.chars().rev().map(fold_to_ascii);
    ending.chars().rev().all(|e| tail.next() == Some(e))
}

/// The words of `text` as a regex's `\b\w+\b` finds them, each with its byte offset.
pub(crate) fn words_with_offsets(text: &str) -> impl Iterator<Item = (usize, &str)> {
    let mut rest = text.char_indices().peekable();
    std::iter::from_fn(move || {
        let (start, _) = rest.by_ref().find(|&(_, c)| is_word_char(c))?;
        let mut end = text.len();
        while let Some(&(at, c)) = rest.peek() {
            if !is_word_char(c) {
                end = at;
                break;
            }
            rest.next();
        }
        Some((start, &text[start..end]))
    })
}

/// Finds any of a list of plain ASCII words anywhere in a text, ASCII letters in either case:
/// a quick test of a whole attribute before its tokens are read one by one. An automaton of
/// the words themselves: a case-insensitive regex of them holds a prefilter of every way of
/// casing each word, hundreds of kilobytes for a few dozen words.
pub(crate) struct AnyAsciiWord(Option<aho_corasick::AhoCorasick>);

impl AnyAsciiWord {
    /// The search for `words`. An empty list (or one the automaton cannot be built for)
    /// finds a word everywhere, which only costs the token-by-token reading that follows.
    pub(crate) fn new<'a>(words: impl IntoIterator<Item = &'a str>) -> Self {
        let words: Vec<&str> = words.into_iter().collect();
        if words.is_empty() {
            return AnyAsciiWord(None);
        }
        let automaton = aho_corasick::AhoCorasick::builder()
            .ascii_case_insensitive(true)
            .kind(Some(aho_corasick::AhoCorasickKind::DFA))
            .build(words)
            .ok();
        AnyAsciiWord(automaton)
    }

    /// True when `text` holds one of the words.
    pub(crate) fn is_match(&self, text: &str) -> bool {
        self.0.as_ref().is_none_or(|words| words.is_match(text))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const FRUIT: &[Words] = &[
        Words {
            lang: "en",
            words: &["pear", "pears", "fig."],
        },
        Words {
            lang: "de",
            words: &["birne", "pear"],
        },
    ];

    #[test]
    fn alternation_puts_longer_words_first_and_escapes() {
        assert_eq!(alternation(all(FRUIT)), r"birne|pears|fig\.|pear");
        assert_eq!(alternation(in_languages(FRUIT, &["de"])), "birne|pear");
    }

    #[test]
    fn words_are_read_as_a_regex_reads_them() {
        let text = "Die Kundenbewertung (vom 2.5.) – naïve_x";
        let words: Vec<(usize, &str)> = words_with_offsets(text).collect();
        let regex = regex::Regex::new(r"\b\w+\b").unwrap();
        let expected: Vec<(usize, &str)> = regex
            .find_iter(text)
            .map(|m| (m.start(), m.as_str()))
            .collect();
        assert_eq!(words, expected);
        assert!(ends_with_folded("KundenBEWERTUNG", "bewertung"));
        assert!(ends_with_folded("Einreichungsfri\u{17F}t", "frist"));
        assert!(!ends_with_folded("frist", "einreichungsfrist"));
    }

    #[test]
    fn any_ascii_word_is_found_in_either_case() {
        let search = AnyAsciiWord::new(["byline", "kicker"]);
        assert!(search.is_match("story-BYLINE wide"));
        assert!(search.is_match("xKickerx"));
        assert!(!search.is_match("bylin kick"));
        assert!(AnyAsciiWord::new([]).is_match("anything"));
    }

    #[test]
    fn a_built_regex_prefers_the_longer_word() {
        let re = regex::Regex::new(&format!("(?i)(?:{})", alternation(all(FRUIT)))).unwrap();
        assert_eq!(re.find("Two PEARS").map(|m| m.as_str()), Some("PEARS"));
        assert!(!re.is_match("figs"));
    }
}

//! The per-page metrics of the corpus README, as pure functions of the expected and the
//! predicted text. They know nothing of pages, records or [`Article`](crate::Article)s, so
//! they can score any tool's output.
//!
//! Every function takes the **truth first and the prediction second**.
//!
//! Tokens are the matches of `\w+` (Unicode word characters: letters, marks, digits, connector
//! punctuation), as [`words`] gives them. "Casefold" here is `to_lowercase` of the NFKC form of
//! the text, so `ß` stays `ß`.

use std::collections::{BTreeSet, HashMap};
use std::hash::Hash;
use std::sync::LazyLock;

use regex::Regex;
use unicode_normalization::UnicodeNormalization;

/// The shingle length of the `body_f1_shingle` metric.
pub const SHINGLE_LEN: usize = 4;

/// Words that introduce a byline and are dropped when they lead the author string.
const BYLINE_PREFIXES: [&str; 7] = ["by", "von", "par", "por", "di", "door", "av"];

/// Words that join several authors and are dropped wherever they stand.
const AUTHOR_CONJUNCTIONS: [&str; 5] = ["and", "und", "et", "y", "e"];

/// Characters trimmed from both ends of a normalized title or site name (with whitespace).
const TITLE_TRIM: [char; 6] = ['.', ',', ';', ':', '|', '-'];

static WORD: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\w+").expect("the word pattern is valid"));

/// The `\w+` tokens of a text, in order, case kept.
///
/// ```
/// let words: Vec<&str> = newsprint::eval::words("a b,cd:e(foo,bar) ").collect();
/// assert_eq!(words, ["a", "b", "cd", "e", "foo", "bar"]);
/// ```
pub fn words(text: &str) -> impl Iterator<Item = &str> {
    WORD.find_iter(text).map(|m| m.as_str())
}

/// The NFKC form of a text, lower-cased: the casefold every metric uses.
///
/// ```
/// assert_eq!(newsprint::eval::casefold("Ｔhe ﬁLE"), "the file");
/// ```
pub fn casefold(text: &str) -> String {
    text.nfkc().collect::<String>().to_lowercase()
}

/// Replaces every run of whitespace with one space and trims both ends.
fn collapse_whitespace(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// How the shingles of a predicted body overlap those of the true body, as shares of
/// `tp + fp + fn` (so the three add up to 1, or are all 0 when both texts are empty).
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct ShingleCounts {
    /// Shingles in both texts (the sum of the smaller count of each shingle).
    pub true_positive: f64,
    /// Predicted shingles beyond their count in the truth.
    pub false_positive: f64,
    /// True shingles beyond their count in the prediction.
    pub false_negative: f64,
}

impl ShingleCounts {
    /// 1 when nothing is wrong, 0 when nothing was predicted, else `tp / (tp + fp)`.
    pub fn precision(&self) -> f64 {
        let (tp, fp, fn_) = (self.true_positive, self.false_positive, self.false_negative);
        if fp == 0.0 && fn_ == 0.0 {
            1.0
        } else if tp == 0.0 && fp == 0.0 {
            0.0
        } else {
            tp / (tp + fp)
        }
    }

    /// 1 when nothing is wrong, 0 when the truth has no shingles, else `tp / (tp + fn)`.
    pub fn recall(&self) -> f64 {
        let (tp, fp, fn_) = (self.true_positive, self.false_positive, self.false_negative);
        if fp == 0.0 && fn_ == 0.0 {
            1.0
        } else if tp == 0.0 && fn_ == 0.0 {
            0.0
        } else {
            tp / (tp + fn_)
        }
    }

    /// The harmonic mean of this page's precision and recall (0 when both are 0).
    pub fn f1(&self) -> f64 {
        harmonic_mean(self.precision(), self.recall())
    }

    /// Whether the page counts in the corpus precision: `tp + fp > 0`.
    pub fn has_prediction(&self) -> bool {
        self.true_positive + self.false_positive > 0.0
    }

    /// Whether the page counts in the corpus recall: `tp + fn > 0`.
    pub fn has_truth(&self) -> bool {
        self.true_positive + self.false_negative > 0.0
    }
}

/// The harmonic mean of two shares, 0 when both are 0.
pub fn harmonic_mean(a: f64, b: f64) -> f64 {
    if a + b == 0.0 {
        0.0
    } else {
        2.0 * a * b / (a + b)
    }
}

/// The shingle overlap of two bodies (Zyte's article-extraction benchmark): shingles are the
/// windows of `n` consecutive [`words`] (case kept), a text of 1 to `n - 1` words is one
/// shorter shingle, an empty text has none; they are compared as multisets. `n` of 0 is
/// taken as 1. The README's metric uses `n` = [`SHINGLE_LEN`].
///
/// ```
/// use newsprint::eval::shingle_counts;
/// // truth first, prediction second
/// let c = shingle_counts("a b c d", "a b c", 3);
/// assert_eq!((c.true_positive, c.false_positive, c.false_negative), (0.5, 0.0, 0.5));
/// assert_eq!((c.precision(), c.recall()), (1.0, 0.5));
/// ```
pub fn shingle_counts(truth: &str, prediction: &str, n: usize) -> ShingleCounts {
    let n = n.max(1);
    let truth: Vec<&str> = words(truth).collect();
    let prediction: Vec<&str> = words(prediction).collect();
    // For each shingle: (count in truth, count in prediction).
    let mut counts: HashMap<&[&str], (usize, usize)> = HashMap::new();
    for shingle in shingles(&truth, n) {
        counts.entry(shingle).or_default().0 += 1;
    }
    for shingle in shingles(&prediction, n) {
        counts.entry(shingle).or_default().1 += 1;
    }
    let (mut tp, mut fp, mut fn_) = (0usize, 0usize, 0usize);
    for &(t, p) in counts.values() {
        tp += t.min(p);
        fp += p.saturating_sub(t);
        fn_ += t.saturating_sub(p);
    }
    let total = (tp + fp + fn_) as f64;
    if total == 0.0 {
        return ShingleCounts::default();
    }
    ShingleCounts {
        true_positive: tp as f64 / total,
        false_positive: fp as f64 / total,
        false_negative: fn_ as f64 / total,
    }
}

/// The windows of `n` tokens; a shorter, non-empty text is one window.
fn shingles<'t, 'a>(tokens: &'t [&'a str], n: usize) -> impl Iterator<Item = &'t [&'a str]> {
    let short = (!tokens.is_empty() && tokens.len() < n).then_some(tokens);
    tokens.windows(n).chain(short)
}

/// Counts the items of an iterator.
fn multiset<T: Eq + Hash>(items: impl IntoIterator<Item = T>) -> HashMap<T, usize> {
    let mut counts = HashMap::new();
    for item in items {
        *counts.entry(item).or_insert(0) += 1;
    }
    counts
}

/// The F1 of two multisets' overlap: 1 when both are empty, 0 when only one is.
fn multiset_f1<T: Eq + Hash>(truth: &HashMap<T, usize>, prediction: &HashMap<T, usize>) -> f64 {
    let truth_len: usize = truth.values().sum();
    let prediction_len: usize = prediction.values().sum();
    match (truth_len, prediction_len) {
        (0, 0) => return 1.0,
        (0, _) | (_, 0) => return 0.0,
        _ => {}
    }
    let common: usize = prediction
        .iter()
        .map(|(item, &p)| p.min(truth.get(item).copied().unwrap_or(0)))
        .sum();
    harmonic_mean(
        common as f64 / prediction_len as f64,
        common as f64 / truth_len as f64,
    )
}

/// The bag-of-words F1 of two bodies (WCXB): lower-cased [`words`] as multisets.
/// An empty prediction scores 0; an empty truth scores 1 only when the prediction is empty
/// too ("empty" meaning without words).
///
/// ```
/// use newsprint::eval::bow_f1;
/// assert_eq!(bow_f1("The cat sat", "the CAT sat"), 1.0);
/// assert_eq!(bow_f1("a b", ""), 0.0);
/// assert_eq!(bow_f1("", ""), 1.0);
/// ```
pub fn bow_f1(truth: &str, prediction: &str) -> f64 {
    let truth = truth.to_lowercase();
    let prediction = prediction.to_lowercase();
    multiset_f1(&multiset(words(&truth)), &multiset(words(&prediction)))
}

/// A text made comparable for snippet search: NFKC, lower-cased, whitespace collapsed.
pub fn normalize_snippet(text: &str) -> String {
    collapse_whitespace(&casefold(text))
}

/// How many of the snippets occur in the body (after [`normalize_snippet`] on both), and
/// how many snippets were searched: snippets that normalize to nothing are not counted.
/// `with` is `found / searched` over `body_contains`; `without` is `1 - found / searched`
/// over `body_not_contains`.
///
/// ```
/// let (found, searched) = newsprint::eval::snippets_found(
///     "The  QUICK\nbrown fox",
///     &["quick brown", "lazy dog", "  "],
/// );
/// assert_eq!((found, searched), (1, 2));
/// ```
pub fn snippets_found<S: AsRef<str>>(body: &str, snippets: &[S]) -> (usize, usize) {
    let body = normalize_snippet(body);
    let mut found = 0;
    let mut searched = 0;
    for snippet in snippets {
        let snippet = normalize_snippet(snippet.as_ref());
        if snippet.is_empty() {
            continue;
        }
        searched += 1;
        if body.contains(&snippet) {
            found += 1;
        }
    }
    (found, searched)
}

/// A title (or site name) made comparable: NFKC, casefold, curly quotes to straight ones,
/// en and em dashes to `-`, whitespace collapsed, then whitespace and `. , ; : | -` trimmed
/// from both ends.
///
/// ```
/// use newsprint::eval::normalize_title;
/// assert_eq!(normalize_title("  “Hello” — World’s END. | "), "\"hello\" - world's end");
/// ```
pub fn normalize_title(text: &str) -> String {
    let straightened: String = casefold(text)
        .chars()
        .map(|c| match c {
            '\u{2018}' | '\u{2019}' | '\u{201A}' | '\u{201B}' => '\'',
            '\u{201C}' | '\u{201D}' | '\u{201E}' | '\u{201F}' => '"',
            '\u{2013}' | '\u{2014}' => '-',
            c => c,
        })
        .collect();
    collapse_whitespace(&straightened)
        .trim_matches(|c: char| c.is_whitespace() || TITLE_TRIM.contains(&c))
        .to_string()
}

/// Whether two titles (or site names) are equal after [`normalize_title`].
///
/// ```
/// assert!(newsprint::eval::title_matches("Storm hits coast.", "storm  hits coast"));
/// ```
pub fn title_matches(truth: &str, prediction: &str) -> bool {
    normalize_title(truth) == normalize_title(prediction)
}

/// The author tokens of an author string: the [`words`] of its [`normalize_title`] form,
/// without a leading `by` (or `von`, `par`, `por`, `di`, `door`, `av`) and without the
/// words `and`, `und`, `et`, `y`, `e`; sorted, so that equal multisets are equal vectors.
/// Several authors are joined into one string before (by any separator).
///
/// ```
/// let tokens = newsprint::eval::author_tokens("By Ann Lee and Bo Kim");
/// assert_eq!(tokens, ["ann", "bo", "kim", "lee"]);
/// ```
pub fn author_tokens(text: &str) -> Vec<String> {
    let normalized = normalize_title(text);
    let mut tokens: Vec<&str> = words(&normalized).collect();
    if tokens
        .first()
        .is_some_and(|first| BYLINE_PREFIXES.contains(first))
    {
        tokens.remove(0);
    }
    let mut tokens: Vec<String> = tokens
        .into_iter()
        .filter(|t| !AUTHOR_CONJUNCTIONS.contains(t))
        .map(str::to_string)
        .collect();
    tokens.sort_unstable();
    tokens
}

/// Whether two author strings have the same [`author_tokens`] multiset.
///
/// ```
/// assert!(newsprint::eval::author_matches("Ann Lee & Bo Kim", "Bo Kim, Ann Lee"));
/// ```
pub fn author_matches(truth: &str, prediction: &str) -> bool {
    author_tokens(truth) == author_tokens(prediction)
}

/// The token F1 of two author strings' [`author_tokens`] multisets: partial credit for
/// `author`. 1 when both have no tokens, 0 when only one has none.
///
/// ```
/// let f1 = newsprint::eval::author_f1("Ann Lee", "Ann Lee, Bo Kim");
/// assert!((f1 - 2.0 / 3.0).abs() < 1e-9);
/// ```
pub fn author_f1(truth: &str, prediction: &str) -> f64 {
    multiset_f1(
        &multiset(author_tokens(truth)),
        &multiset(author_tokens(prediction)),
    )
}

/// Whether a predicted day (`YYYY-MM-DD`) equals the expected day (surrounding whitespace
/// ignored).
///
/// ```
/// assert!(newsprint::eval::date_matches("2019-10-16", "2019-10-16"));
/// ```
pub fn date_matches(truth: &str, prediction: &str) -> bool {
    truth.trim() == prediction.trim()
}

/// The set F1 of casefolded tags (whitespace collapsed; empty tags dropped): 1 when both
/// sets are empty, 0 when only one is.
///
/// ```
/// let f1 = newsprint::eval::tags_f1(&["Politik", "Wahl"], &["politik", "POLITIK", "Bern"]);
/// assert_eq!(f1, 0.5);
/// ```
pub fn tags_f1<S: AsRef<str>, T: AsRef<str>>(truth: &[S], prediction: &[T]) -> f64 {
    multiset_f1(&multiset(tag_set(truth)), &multiset(tag_set(prediction)))
}

/// The casefolded, deduplicated, non-empty tags.
fn tag_set<S: AsRef<str>>(tags: &[S]) -> BTreeSet<String> {
    tags.iter()
        .map(|t| normalize_snippet(t.as_ref()))
        .filter(|t| !t.is_empty())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn counts(truth: &str, prediction: &str, n: usize) -> (f64, f64, f64) {
        let c = shingle_counts(truth, prediction, n);
        (c.true_positive, c.false_positive, c.false_negative)
    }

    #[test]
    fn tokens_are_word_runs() {
        let tokens: Vec<&str> = words("a b,cd:e(foo,bar) ").collect();
        assert_eq!(tokens, ["a", "b", "cd", "e", "foo", "bar"]);
        let tokens: Vec<&str> = words("Zürich’s naïve 3rd_place — ok").collect();
        assert_eq!(tokens, ["Zürich", "s", "naïve", "3rd_place", "ok"]);
    }

    #[test]
    fn shingles_n3_identical_texts() {
        let c = shingle_counts("a b c", "a b c", 3);
        assert_eq!((c.precision(), c.recall()), (1.0, 1.0));
        assert_eq!(counts("a b c", "a b c", 3), (1.0, 0.0, 0.0));
    }

    #[test]
    fn shingles_n3_prediction_misses_the_end() {
        // truth "a b c d" = {abc, bcd}, prediction "a b c" = {abc}
        assert_eq!(counts("a b c d", "a b c", 3), (0.5, 0.0, 0.5));
        let c = shingle_counts("a b c d", "a b c", 3);
        assert_eq!((c.precision(), c.recall()), (1.0, 0.5));
    }

    #[test]
    fn shingles_n3_are_multisets() {
        // truth: abc ×2, bca, cab; prediction: abc ×1
        assert_eq!(counts("a b c a b c", "a b c", 3), (0.25, 0.0, 0.75));
    }

    #[test]
    fn shingles_n4_readme_metric() {
        assert_eq!(
            counts("a b c d e", "a b c d e", SHINGLE_LEN),
            (1.0, 0.0, 0.0)
        );
        // truth {abcd, bcde}, prediction {abcd, bcdx}
        assert_eq!(
            counts("a b c d e", "a b c d x", SHINGLE_LEN),
            (1.0 / 3.0, 1.0 / 3.0, 1.0 / 3.0)
        );
        // a text of 1-3 tokens is one shorter shingle
        assert_eq!(counts("a b c", "a b c", SHINGLE_LEN), (1.0, 0.0, 0.0));
        assert_eq!(counts("a b c", "a b", SHINGLE_LEN), (0.0, 0.5, 0.5));
        // case-sensitive tokens, punctuation ignored
        assert_eq!(counts("A b, c d.", "a b c d", SHINGLE_LEN), (0.0, 0.5, 0.5));
        assert_eq!(
            counts("A b, c d.", "A b c (d)", SHINGLE_LEN),
            (1.0, 0.0, 0.0)
        );
    }

    #[test]
    fn shingles_empty_sides() {
        let both = shingle_counts("", "", SHINGLE_LEN);
        assert_eq!(both, ShingleCounts::default());
        assert_eq!((both.precision(), both.recall()), (1.0, 1.0));
        assert!(!both.has_prediction() && !both.has_truth());

        let missed = shingle_counts("a b c d e", "", SHINGLE_LEN);
        assert_eq!(
            (missed.precision(), missed.recall(), missed.f1()),
            (0.0, 0.0, 0.0)
        );
        assert!(!missed.has_prediction() && missed.has_truth());

        let invented = shingle_counts("", "a b c d e", SHINGLE_LEN);
        assert_eq!((invented.precision(), invented.recall()), (0.0, 0.0));
        assert!(invented.has_prediction() && !invented.has_truth());
    }

    #[test]
    fn bow_f1_edge_cases() {
        assert_eq!(bow_f1("a b c", ""), 0.0);
        assert_eq!(bow_f1("a b c", " ,. "), 0.0);
        assert_eq!(bow_f1("", ""), 1.0);
        assert_eq!(bow_f1("", "a"), 0.0);
        assert_eq!(bow_f1("Hello World", "hello, world!"), 1.0);
        // truth {a, b, b}, prediction {a, b}: P 1, R 2/3
        assert!((bow_f1("a b b", "a b") - 0.8).abs() < 1e-12);
        // disjoint
        assert_eq!(bow_f1("a", "b"), 0.0);
    }

    #[test]
    fn snippets_are_case_insensitive_nfkc_and_whitespace_collapsed() {
        let body = "The Quick\n\n brown ﬁsh\u{00A0}jumps";
        assert_eq!(snippets_found(body, &["quick brown"]), (1, 1));
        assert_eq!(snippets_found(body, &["FISH JUMPS"]), (1, 1));
        assert_eq!(snippets_found(body, &["  brown   fish "]), (1, 1));
        assert_eq!(snippets_found(body, &["lazy dog", "the quick"]), (1, 2));
        assert_eq!(snippets_found(body, &[""; 0]), (0, 0));
        assert_eq!(snippets_found("", &["x"]), (0, 1));
    }

    #[test]
    fn titles_are_normalized() {
        assert_eq!(normalize_title("Ｈello  World"), "hello world");
        assert_eq!(
            normalize_title("‘Quoted’ and “double”"),
            "'quoted' and \"double\""
        );
        assert_eq!(
            normalize_title("Left – right — center"),
            "left - right - center"
        );
        assert_eq!(normalize_title(" - Headline: ; | . ,"), "headline");
        assert_eq!(normalize_title("Wait…"), "wait");
        assert_eq!(normalize_title("GROSSE Straße"), "grosse straße");
        assert!(title_matches("Storm Hits Coast |", "storm hits coast"));
        assert!(!title_matches(
            "Storm hits coast",
            "Storm hits coast | Daily Bugle"
        ));
        assert!(title_matches(
            "It’s “fine” – really",
            "it's \"fine\" - really."
        ));
    }

    #[test]
    fn author_tokens_drop_byline_words_and_conjunctions() {
        assert_eq!(
            author_tokens("By Ann Lee and Bo Kim"),
            ["ann", "bo", "kim", "lee"]
        );
        assert_eq!(
            author_tokens("von Anna Müller und Jan Roth"),
            ["anna", "jan", "müller", "roth"]
        );
        assert_eq!(author_tokens("par Jean et Marie"), ["jean", "marie"]);
        assert_eq!(author_tokens("por Ana y Luis"), ["ana", "luis"]);
        assert_eq!(author_tokens("di Marco e Sara"), ["marco", "sara"]);
        assert_eq!(author_tokens("door Jan"), ["jan"]);
        assert_eq!(author_tokens("av Ola"), ["ola"]);
        // only a leading "von" is a byline word
        assert_eq!(
            author_tokens("Ursula von der Leyen"),
            ["der", "leyen", "ursula", "von"]
        );
        // multiset: a repeated token counts twice
        assert_eq!(author_tokens("Lee, Lee"), ["lee", "lee"]);
        assert!(author_matches("ANN LEE; Bo Kim", "Bo Kim, Ann Lee"));
        assert!(!author_matches("Ann Lee", "Ann Lee, Ann Lee"));
    }

    #[test]
    fn author_f1_gives_partial_credit() {
        assert_eq!(author_f1("Ann Lee", "By ann lee"), 1.0);
        assert_eq!(author_f1("Ann Lee", ""), 0.0);
        assert_eq!(author_f1("", ""), 1.0);
        // truth {ann, lee}, prediction {ann}: P 1, R 1/2
        assert!((author_f1("Ann Lee", "Ann") - 2.0 / 3.0).abs() < 1e-12);
    }

    #[test]
    fn dates_compare_days() {
        assert!(date_matches("2019-10-16", "2019-10-16"));
        assert!(!date_matches("2019-10-16", "2019-10-17"));
    }

    #[test]
    fn tags_are_casefolded_sets() {
        assert_eq!(tags_f1(&["A", "b"], &["a", "B", "b"]), 1.0);
        assert_eq!(tags_f1::<&str, &str>(&[], &[]), 1.0);
        assert_eq!(tags_f1(&["a"], &[""; 0]), 0.0);
        assert_eq!(tags_f1(&[""; 0], &["a"]), 0.0);
        // truth {a, b}, prediction {a, c, d}: P 1/3, R 1/2
        assert!((tags_f1(&["a", "b"], &["a", "c", "d"]) - 0.4).abs() < 1e-12);
    }
}

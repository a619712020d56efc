//! What the words around a date say it is: the publication date, a modification, or some
//! other event's date.

use std::sync::LazyLock;

use regex::Regex;

use crate::vocabulary::labels::{
    DATE, FOR_EXAMPLE, MEMBER_SINCE, OTHER_EVENT, OTHER_EVENT_ENDINGS, PUBLISHED, UPDATED, WRITTEN,
};
use crate::vocabulary::{all, alternation, ends_with_folded, in_languages, words_with_offsets};

/// Words that label a modification date (also read by `relative_date`).
pub(in crate::fields) static UPDATED_LABEL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!("(?i)(?:{})", alternation(all(UPDATED)))).expect("valid regex")
});

/// Class and attribute words of a date element that is the publication date.
pub(super) static PUBLISHED_CLASS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)publish|posted|pubdate|entry-date|post-date|article-date|date|time|meta")
        .expect("valid regex")
});

/// Words that label a publication date: the words for published and written, and the
/// bare words for a date, whole.
pub(super) static PUBLISHED_LABEL: LazyLock<Regex> = LazyLock::new(|| {
    let named = alternation(all(PUBLISHED).chain(all(WRITTEN)));
    Regex::new(&format!(
        r"(?i)\b(?:{named}|(?:{})\b)",
        alternation(all(DATE))
    ))
    .expect("valid regex")
});

/// What the words before a date say it is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Label {
    Published,
    Updated,
    /// Some other event's date (see [`OTHER_LABEL`]).
    Other,
    None,
}

/// Words that say a date is not the article's: when a member joined, when a source was
/// retrieved, when a post was shared in an embed, when someone was born, when a deadline
/// falls, when a film or a product comes out, when an event takes place ("Der nächste
/// Stammtisch findet am Mi. 5. Februar statt", "will be held on"), a copyright; a
/// date given as an example of how to write one ("z.B.: 9.9.2019").
static OTHER_LABEL: LazyLock<Regex> = LazyLock::new(|| {
    let events = alternation(all(MEMBER_SINCE).chain(all(OTHER_EVENT)));
    let example = alternation(all(FOR_EXAMPLE));
    // Besides the words, a label before a colon, a copyright, and the abbreviations of
    // "for example" (z. B., e. g.). Compounds are found by [`last_compound`].
    Regex::new(&format!(
        r"(?i)(?:\b(?:({events})\b|(release|erscheinungsdatum)\s*:|copyright\b)|©|\(c\)\s*$|(?:\bz\.\s?b\.|\be\.\s?g\.|\b(?:{example}))[\s:,(]*$)"
    ))
    .expect("valid regex")
});

/// A label whose participle follows the date, as German blog templates write it: "Dieser
/// Beitrag wurde am 14. Dezember 2015 um 14:48 von Heiner veröffentlicht".
static POST_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(artikel|beitrag|eintrag|post)\s+wurde\s+am\s*$").expect("valid regex")
});
static POST_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    let german = &["de"];
    let words = alternation(in_languages(PUBLISHED, german).chain(in_languages(WRITTEN, german)));
    Regex::new(&format!(r"(?i)^[^.!?]{{0,80}}?\b(?:{words})\b")).expect("valid regex")
});

/// The label of a date from the words before it, and from those after it where the
/// language puts them there.
pub(super) fn label_around(before: &str, after: &str) -> Label {
    // A photo credit after the date ("28.04.2014 © E.ON") dates the picture.
    if after.trim_start().starts_with('©') {
        return Label::Other;
    }
    match label_kind(before) {
        Label::None if POST_BEFORE.is_match(before) && POST_AFTER.is_match(after) => {
            Label::Published
        }
        kind => kind,
    }
}

/// True when a label names the publication in words ("Veröffentlicht am", "Posted on",
/// "Dieser Beitrag wurde am … verfasst") rather than only as a date ("Date:", "Datum").
pub(super) fn names_publication(before: &str, after: &str) -> bool {
    label_around(before, after) == Label::Published
        && PUBLISHED_LABEL.find_iter(before).last().is_none_or(|m| {
            let word = m.as_str().to_lowercase();
            !all(DATE).any(|generic| generic == word)
        })
}

/// The label nearest before a date: "Published 16.10. · Updated 17.10." labels each.
fn label_kind(before: &str) -> Label {
    let last = |re: &Regex| re.find_iter(before).last().map(|m| m.start());
    [
        (last(&PUBLISHED_LABEL), Label::Published),
        (last(&UPDATED_LABEL), Label::Updated),
        (last(&OTHER_LABEL).max(last_compound(before)), Label::Other),
    ]
    .into_iter()
    .filter_map(|(at, kind)| at.map(|at| (at, kind)))
    // The nearest wins; at the same place, the first listed.
    .max_by_key(|(at, kind)| (*at, std::cmp::Reverse(*kind as u8)))
    .map_or(Label::None, |(_, kind)| kind)
}

/// Where the last word of `before` that is a compound naming a rating or a period starts
/// ("Produktbewertung", [`OTHER_EVENT_ENDINGS`]). A regex's `\w*bewertung` tried a word
/// start at every letter: its lazy DFA grew to hundreds of kilobytes.
fn last_compound(before: &str) -> Option<usize> {
    words_with_offsets(before)
        .filter(|(_, word)| all(OTHER_EVENT_ENDINGS).any(|ending| ends_with_folded(word, ending)))
        .map(|(start, _)| start)
        .last()
}

#[cfg(test)]
mod tests {
    use super::{Label, label_around};

    #[test]
    fn an_example_date_is_no_articles() {
        let before = "bei Datumsangaben kein Abstand zwischen Tag und Monat (z.B.: ";
        assert_eq!(label_around(before, ")"), Label::Other);
        assert_eq!(label_around("Write dates as e.g. ", ""), Label::Other);
        assert_eq!(label_around("Datum: ", ""), Label::Published);
    }

    #[test]
    fn an_events_day_is_no_articles() {
        let before = "Der nächste Stammtisch findet am ";
        assert_eq!(label_around(before, " ab 19 Uhr statt"), Label::Other);
        assert_eq!(
            label_around("The annual meeting will be held on ", ""),
            Label::Other
        );
        assert_eq!(label_around("Veröffentlicht am ", ""), Label::Published);
    }

    #[test]
    fn labels_come_from_the_word_lists() {
        assert_eq!(label_around("Mis à jour le ", ""), Label::Updated);
        assert_eq!(label_around("Verfasst am ", ""), Label::Published);
        assert_eq!(label_around("Dabei seit ", ""), Label::Other);
        // A bare date word counts whole only.
        assert_eq!(label_around("Datumsangaben ", ""), Label::None);
        assert!(super::names_publication("Publiée le ", ""));
        assert!(!super::names_publication("Fecha: ", ""));
    }
}

//! The compiled form of `names.rs`: lookups from a written word to the month or weekday it
//! names, and regex alternations of connector words. Built once, on first use.
//!
//! Words are compared by a folded key: lowercase, Latin and Greek accents dropped (so that
//! `ΟΚΤΩΒΡΙΟΥ`, written without tonos as Greek capitals are, finds `οκτωβρίου`), the Turkish
//! dotless `ı` read as `i`, the typographic apostrophe as `'`, and a final abbreviation dot
//! dropped. Devanagari vowel signs are kept: they are letters, not accents.

use std::collections::HashMap;
use std::sync::LazyLock;

use unicode_normalization::UnicodeNormalization;

use super::names::{LANGUAGES, ZONE_ABBREVIATIONS};

/// Folded spelling → month number (1-12).
static MONTHS: LazyLock<HashMap<String, u32>> = LazyLock::new(|| {
    let mut map = HashMap::new();
    for language in LANGUAGES {
        for (index, forms) in language.months.iter().enumerate() {
            for form in *forms {
                map.insert(fold(form), index as u32 + 1);
            }
        }
    }
    map
});

/// Folded spelling → weekday number (0 = Monday).
static WEEKDAYS: LazyLock<HashMap<String, u32>> = LazyLock::new(|| {
    let mut map = HashMap::new();
    for language in LANGUAGES {
        for (index, forms) in language.weekdays.iter().enumerate() {
            for form in *forms {
                map.insert(fold(form), index as u32);
            }
        }
    }
    map
});

/// The month (1-12) a word names in any known language.
pub(super) fn month_number(word: &str) -> Option<u32> {
    MONTHS.get(&fold(word)).copied()
}

/// True when the word names a day of the week in any known language.
pub(super) fn is_weekday(word: &str) -> bool {
    WEEKDAYS.contains_key(&fold(word))
}

/// The offset in minutes east of UTC of a zone abbreviation, matched case-sensitively (`EST`
/// is a zone, `est` is French for "is").
pub(super) fn zone_abbreviation(abbreviation: &str) -> Option<i32> {
    ZONE_ABBREVIATIONS
        .iter()
        .find(|(name, _)| *name == abbreviation)
        .map(|&(_, minutes)| minutes)
}

/// A regex alternation of `words`, longest first, each escaped and given in both its
/// composed and decomposed spelling, so that either Unicode form of the page matches.
pub(crate) fn alternation<'a>(words: impl IntoIterator<Item = &'a str>) -> String {
    let mut variants: Vec<String> = Vec::new();
    for word in words {
        variants.push(word.nfc().collect());
        variants.push(word.nfd().collect());
    }
    variants.sort_by(|a, b| b.len().cmp(&a.len()).then_with(|| a.cmp(b)));
    variants.dedup();
    let escaped: Vec<String> = variants.iter().map(|v| regex::escape(v)).collect();
    escaped.join("|")
}

/// Every month spelling of one language (`"en"`: "january", "jan", …), for patterns
/// outside the date reader that look for a month of that language.
pub(crate) fn month_forms(code: &str) -> impl Iterator<Item = &'static str> + '_ {
    LANGUAGES
        .iter()
        .filter(move |language| language.code == code)
        .flat_map(|language| language.months.iter())
        .flat_map(|forms| forms.iter().copied())
}

/// Every weekday spelling of every language, for patterns that skip a weekday.
pub(super) fn weekday_forms() -> impl Iterator<Item = &'static str> {
    LANGUAGES
        .iter()
        .flat_map(|language| language.weekdays.iter())
        .flat_map(|forms| forms.iter().copied())
}

/// The full name (the first form) of each weekday in the languages `codes`, Monday first.
pub(crate) fn weekday_names(codes: &[&str]) -> Vec<&'static str> {
    LANGUAGES
        .iter()
        .filter(|language| codes.contains(&language.code))
        .flat_map(|language| language.weekdays.iter())
        .filter_map(|forms| forms.first().copied())
        .collect()
}

/// The shortest form of each month in the language `code` ("jan", "sep"), January first.
pub(crate) fn month_abbreviations(code: &str) -> Vec<&'static str> {
    LANGUAGES
        .iter()
        .filter(|language| language.code == code)
        .flat_map(|language| language.months.iter())
        .filter_map(|forms| {
            forms
                .iter()
                .copied()
                .min_by_key(|form| form.chars().count())
        })
        .collect()
}

/// The key words are compared by (see the module docs).
fn fold(word: &str) -> String {
    let word = word.strip_suffix('.').unwrap_or(word);
    word.nfd()
        .filter(|c| !('\u{0300}'..='\u{036F}').contains(c))
        .flat_map(char::to_lowercase)
        .map(|c| match c {
            'ı' => 'i',
            '’' | 'ʼ' => '\'',
            other => other,
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn no_spelling_names_two_months() {
        let mut seen: HashMap<String, (u32, &str)> = HashMap::new();
        for language in LANGUAGES {
            for (index, forms) in language.months.iter().enumerate() {
                for form in *forms {
                    let month = index as u32 + 1;
                    if let Some((other, code)) = seen.insert(fold(form), (month, language.code)) {
                        assert_eq!(other, month, "{form:?} ({}) vs {code}", language.code);
                    }
                }
            }
        }
    }

    #[test]
    fn folding_ignores_case_accents_and_the_abbreviation_dot() {
        assert_eq!(month_number("Okt."), Some(10));
        assert_eq!(month_number("OCTOBER"), Some(10));
        assert_eq!(month_number("ΟΚΤΩΒΡΙΟΥ"), Some(10));
        assert_eq!(month_number("MAYIS"), Some(5));
        assert_eq!(month_number("października"), Some(10));
        assert_eq!(month_number("फ़रवरी"), Some(2));
        assert_eq!(month_number("फ\u{93c}रवरी"), Some(2));
        assert_eq!(month_number("people"), None);
        assert!(is_weekday("Mittwoch"));
        assert!(is_weekday("segunda-feira"));
        assert!(!is_weekday("Published"));
    }

    #[test]
    fn one_languages_forms_are_its_own() {
        let english: Vec<&str> = month_forms("en").collect();
        assert!(english.contains(&"sept") && english.contains(&"december"));
        assert!(!english.contains(&"januar"));
        assert_eq!(month_forms("xx").count(), 0);
    }

    #[test]
    fn zone_abbreviations_are_case_sensitive() {
        assert_eq!(zone_abbreviation("NPT"), Some(345));
        assert_eq!(zone_abbreviation("est"), None);
    }
}

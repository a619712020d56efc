//! The Bikram Sambat calendar (BS), Nepal's official calendar, read as Gregorian dates.
//!
//! Nepali papers date their stories in BS, mostly in Devanagari (`२०७९ असार २८`, `असार २८,
//! २०७९`, `बिहीबार, असार २८ गते २०७९`), their English editions in Latin letters (`Asar 28,
//! 2079`, `28 Asar 2079 BS`). A date is read as BS when its month is a BS month (the names
//! in `names.rs` name no Gregorian month) or, for a numeric date, when the era is written
//! (`२०७९/०३/२८ बि.सं.`, `BS 2079-03-28`).
//!
//! BS months are solar and their lengths (29 to 32 days) are fixed by the almanac each year,
//! not by a rule: the conversion counts days from a known first day through a table of month
//! lengths ([`MONTH_LENGTHS`]). Hindi pages are not read here: the Vikram Samvat of India
//! shares the month names but is lunisolar, and its dates are written by lunar day.

use std::collections::HashMap;
use std::ops::RangeInclusive;
use std::sync::LazyLock;

use chrono::{Datelike, Days, NaiveDate};
use regex::{Captures, Regex};
use unicode_normalization::UnicodeNormalization;

use crate::vocabulary::{AnyAsciiWord, folds_to_ascii};

use super::DateHints;
use super::formats::{Calendar, Core, Format, YEARS};
use super::names::{BS_ERA, BS_MONTHS};
use super::vocabulary::alternation;

/// The first BS year of [`MONTH_LENGTHS`].
const FIRST_YEAR: i32 = 2000;

/// The BS years whose days can fall in [`YEARS`] and that [`MONTH_LENGTHS`] holds: a BS
/// year begins in mid-April of the Gregorian year 57 before it, so its days fall in that
/// year or the next (a year of margin is kept on each side).
pub(super) fn plausible_years() -> RangeInclusive<i32> {
    let rows = i32::try_from(MONTH_LENGTHS.len()).unwrap_or(0);
    (YEARS.start() + 55).max(FIRST_YEAR)..=(YEARS.end() + 58).min(FIRST_YEAR + rows - 1)
}

/// True when a text may hold the BS month name or the era that every BS shape needs: a
/// Latin form of one, in any ASCII case, or a character that could be or become part of
/// one (Devanagari, and the Kelvin sign and long s, which case folding reads as `k` and
/// `s`). The BS shapes are not searched in other texts: no match there could be read.
pub(super) fn may_name_bs(text: &str) -> bool {
    LATIN_NAMES.is_match(text)
        || text
            .chars()
            .any(|c| matches!(c, '\u{0900}'..='\u{097F}') || folds_to_ascii(c))
}

/// The Latin forms of the BS months, and of the era with each of its dots and spaces kept
/// or left out, as [`ERA`] reads it.
static LATIN_NAMES: LazyLock<AnyAsciiWord> = LazyLock::new(|| {
    let months = BS_MONTHS.iter().flat_map(|forms| forms.iter());
    let mut needles: Vec<String> = months
        .filter(|form| form.is_ascii())
        .map(|form| form.to_string())
        .collect();
    for era in BS_ERA.iter().filter(|era| era.is_ascii()) {
        needles.extend(optional_marks(era));
    }
    AnyAsciiWord::new(needles.iter().map(String::as_str))
});

/// `form` with each of its dots and spaces kept or left out, every way.
fn optional_marks(form: &str) -> Vec<String> {
    form.chars().fold(vec![String::new()], |ways, c| {
        let mut next = Vec::with_capacity(ways.len() * 2);
        for way in ways {
            if c == '.' || c == ' ' {
                next.push(way.clone());
            }
            next.push(way + c.encode_utf8(&mut [0; 4]));
        }
        next
    })
}

/// 1 Baisakh 2000 BS, the first day of [`MONTH_LENGTHS`]: 14 April 1943 (a Wednesday).
/// Counting from it gives the New Year days printed in Nepali almanacs (1 Baisakh 2079 =
/// 14 April 2022, 1 Baisakh 2081 = 13 April 2024); from 13 April every one is a day early.
const ANCHOR: (i32, u32, u32) = (1943, 4, 14);

/// Days in each month (Baisakh first) of the BS years 2000 to 2090, one row a year.
///
/// Source: the month-length table published with the `bikram-sambat` project of Medic
/// (github.com/medic/bikram-sambat, `test-data/daysInMonth.json`), transcribed; with four
/// rows where that table disagrees with the NepDate table (github.com/RajuPrasai/NepDate, as
/// shipped by the crate `nepdate` 0.1.0-rc.1) and the Python packages `bikram` 2.1.4 and
/// `bsdatetime` 1.0.1, which were compared row by row: 2062 and 2081 (all three agree),
/// 2082 and 2083 (two of three agree, and the published 2082 almanac has 1 Jestha on 15 May
/// 2025 and 1 Kartik on 18 October 2025). Years after 2083 are not yet published by the
/// almanac committee: those rows are projections and may change.
#[rustfmt::skip]
const MONTH_LENGTHS: [[u8; 12]; 91] = [
    [30, 32, 31, 32, 31, 30, 30, 30, 29, 30, 29, 31], // 2000
    [31, 31, 32, 31, 31, 31, 30, 29, 30, 29, 30, 30], // 2001
    [31, 31, 32, 32, 31, 30, 30, 29, 30, 29, 30, 30], // 2002
    [31, 32, 31, 32, 31, 30, 30, 30, 29, 29, 30, 31], // 2003
    [30, 32, 31, 32, 31, 30, 30, 30, 29, 30, 29, 31], // 2004
    [31, 31, 32, 31, 31, 31, 30, 29, 30, 29, 30, 30], // 2005
    [31, 31, 32, 32, 31, 30, 30, 29, 30, 29, 30, 30], // 2006
    [31, 32, 31, 32, 31, 30, 30, 30, 29, 29, 30, 31], // 2007
    [31, 31, 31, 32, 31, 31, 29, 30, 30, 29, 29, 31], // 2008
    [31, 31, 32, 31, 31, 31, 30, 29, 30, 29, 30, 30], // 2009
    [31, 31, 32, 32, 31, 30, 30, 29, 30, 29, 30, 30], // 2010
    [31, 32, 31, 32, 31, 30, 30, 30, 29, 29, 30, 31], // 2011
    [31, 31, 31, 32, 31, 31, 29, 30, 30, 29, 30, 30], // 2012
    [31, 31, 32, 31, 31, 31, 30, 29, 30, 29, 30, 30], // 2013
    [31, 31, 32, 32, 31, 30, 30, 29, 30, 29, 30, 30], // 2014
    [31, 32, 31, 32, 31, 30, 30, 30, 29, 29, 30, 31], // 2015
    [31, 31, 31, 32, 31, 31, 29, 30, 30, 29, 30, 30], // 2016
    [31, 31, 32, 31, 31, 31, 30, 29, 30, 29, 30, 30], // 2017
    [31, 32, 31, 32, 31, 30, 30, 29, 30, 29, 30, 30], // 2018
    [31, 32, 31, 32, 31, 30, 30, 30, 29, 30, 29, 31], // 2019
    [31, 31, 31, 32, 31, 31, 30, 29, 30, 29, 30, 30], // 2020
    [31, 31, 32, 31, 31, 31, 30, 29, 30, 29, 30, 30], // 2021
    [31, 32, 31, 32, 31, 30, 30, 30, 29, 29, 30, 30], // 2022
    [31, 32, 31, 32, 31, 30, 30, 30, 29, 30, 29, 31], // 2023
    [31, 31, 31, 32, 31, 31, 30, 29, 30, 29, 30, 30], // 2024
    [31, 31, 32, 31, 31, 31, 30, 29, 30, 29, 30, 30], // 2025
    [31, 32, 31, 32, 31, 30, 30, 30, 29, 29, 30, 31], // 2026
    [30, 32, 31, 32, 31, 30, 30, 30, 29, 30, 29, 31], // 2027
    [31, 31, 32, 31, 31, 31, 30, 29, 30, 29, 30, 30], // 2028
    [31, 31, 32, 31, 32, 30, 30, 29, 30, 29, 30, 30], // 2029
    [31, 32, 31, 32, 31, 30, 30, 30, 29, 29, 30, 31], // 2030
    [30, 32, 31, 32, 31, 30, 30, 30, 29, 30, 29, 31], // 2031
    [31, 31, 32, 31, 31, 31, 30, 29, 30, 29, 30, 30], // 2032
    [31, 31, 32, 32, 31, 30, 30, 29, 30, 29, 30, 30], // 2033
    [31, 32, 31, 32, 31, 30, 30, 30, 29, 29, 30, 31], // 2034
    [30, 32, 31, 32, 31, 31, 29, 30, 30, 29, 29, 31], // 2035
    [31, 31, 32, 31, 31, 31, 30, 29, 30, 29, 30, 30], // 2036
    [31, 31, 32, 32, 31, 30, 30, 29, 30, 29, 30, 30], // 2037
    [31, 32, 31, 32, 31, 30, 30, 30, 29, 29, 30, 31], // 2038
    [31, 31, 31, 32, 31, 31, 29, 30, 30, 29, 30, 30], // 2039
    [31, 31, 32, 31, 31, 31, 30, 29, 30, 29, 30, 30], // 2040
    [31, 31, 32, 32, 31, 30, 30, 29, 30, 29, 30, 30], // 2041
    [31, 32, 31, 32, 31, 30, 30, 30, 29, 29, 30, 31], // 2042
    [31, 31, 31, 32, 31, 31, 29, 30, 30, 29, 30, 30], // 2043
    [31, 31, 32, 31, 31, 31, 30, 29, 30, 29, 30, 30], // 2044
    [31, 32, 31, 32, 31, 30, 30, 29, 30, 29, 30, 30], // 2045
    [31, 32, 31, 32, 31, 30, 30, 30, 29, 29, 30, 31], // 2046
    [31, 31, 31, 32, 31, 31, 30, 29, 30, 29, 30, 30], // 2047
    [31, 31, 32, 31, 31, 31, 30, 29, 30, 29, 30, 30], // 2048
    [31, 32, 31, 32, 31, 30, 30, 30, 29, 29, 30, 30], // 2049
    [31, 32, 31, 32, 31, 30, 30, 30, 29, 30, 29, 31], // 2050
    [31, 31, 31, 32, 31, 31, 30, 29, 30, 29, 30, 30], // 2051
    [31, 31, 32, 31, 31, 31, 30, 29, 30, 29, 30, 30], // 2052
    [31, 32, 31, 32, 31, 30, 30, 30, 29, 29, 30, 30], // 2053
    [31, 32, 31, 32, 31, 30, 30, 30, 29, 30, 29, 31], // 2054
    [31, 31, 32, 31, 31, 31, 30, 29, 30, 29, 30, 30], // 2055
    [31, 31, 32, 31, 32, 30, 30, 29, 30, 29, 30, 30], // 2056
    [31, 32, 31, 32, 31, 30, 30, 30, 29, 29, 30, 31], // 2057
    [30, 32, 31, 32, 31, 30, 30, 30, 29, 30, 29, 31], // 2058
    [31, 31, 32, 31, 31, 31, 30, 29, 30, 29, 30, 30], // 2059
    [31, 31, 32, 32, 31, 30, 30, 29, 30, 29, 30, 30], // 2060
    [31, 32, 31, 32, 31, 30, 30, 30, 29, 29, 30, 31], // 2061
    [31, 31, 31, 32, 31, 31, 29, 30, 29, 30, 29, 31], // 2062
    [31, 31, 32, 31, 31, 31, 30, 29, 30, 29, 30, 30], // 2063
    [31, 31, 32, 32, 31, 30, 30, 29, 30, 29, 30, 30], // 2064
    [31, 32, 31, 32, 31, 30, 30, 30, 29, 29, 30, 31], // 2065
    [31, 31, 31, 32, 31, 31, 29, 30, 30, 29, 29, 31], // 2066
    [31, 31, 32, 31, 31, 31, 30, 29, 30, 29, 30, 30], // 2067
    [31, 31, 32, 32, 31, 30, 30, 29, 30, 29, 30, 30], // 2068
    [31, 32, 31, 32, 31, 30, 30, 30, 29, 29, 30, 31], // 2069
    [31, 31, 31, 32, 31, 31, 29, 30, 30, 29, 30, 30], // 2070
    [31, 31, 32, 31, 31, 31, 30, 29, 30, 29, 30, 30], // 2071
    [31, 32, 31, 32, 31, 30, 30, 29, 30, 29, 30, 30], // 2072
    [31, 32, 31, 32, 31, 30, 30, 30, 29, 29, 30, 31], // 2073
    [31, 31, 31, 32, 31, 31, 30, 29, 30, 29, 30, 30], // 2074
    [31, 31, 32, 31, 31, 31, 30, 29, 30, 29, 30, 30], // 2075
    [31, 32, 31, 32, 31, 30, 30, 30, 29, 29, 30, 30], // 2076
    [31, 32, 31, 32, 31, 30, 30, 30, 29, 30, 29, 31], // 2077
    [31, 31, 31, 32, 31, 31, 30, 29, 30, 29, 30, 30], // 2078
    [31, 31, 32, 31, 31, 31, 30, 29, 30, 29, 30, 30], // 2079
    [31, 32, 31, 32, 31, 30, 30, 30, 29, 29, 30, 30], // 2080
    [31, 32, 31, 32, 31, 30, 30, 30, 29, 30, 29, 31], // 2081
    [31, 31, 32, 31, 31, 31, 30, 29, 30, 29, 30, 30], // 2082
    [31, 31, 32, 31, 31, 31, 30, 29, 30, 29, 30, 30], // 2083
    [31, 31, 32, 31, 31, 30, 30, 30, 29, 30, 30, 30], // 2084
    [31, 32, 31, 32, 30, 31, 30, 30, 29, 30, 30, 30], // 2085
    [30, 32, 31, 32, 31, 30, 30, 30, 29, 30, 30, 30], // 2086
    [31, 31, 32, 31, 31, 31, 30, 30, 29, 30, 30, 30], // 2087
    [30, 31, 32, 32, 30, 31, 30, 30, 29, 30, 30, 30], // 2088
    [30, 32, 31, 32, 31, 30, 30, 30, 29, 30, 30, 30], // 2089
    [30, 32, 31, 32, 31, 30, 30, 30, 29, 30, 30, 30], // 2090
];

/// The Gregorian day of a BS date, if the date exists and its year is in [`MONTH_LENGTHS`]
/// (2000 to 2090 BS).
pub(crate) fn bs_to_ad(year: i32, month: u32, day: u32) -> Option<NaiveDate> {
    let row = usize::try_from(year.checked_sub(FIRST_YEAR)?).ok()?;
    let lengths = MONTH_LENGTHS.get(row)?;
    let index = usize::try_from(month.checked_sub(1)?).ok()?;
    let length = u32::from(*lengths.get(index)?);
    if day == 0 || day > length {
        return None;
    }
    let days = |months: &[u8]| months.iter().map(|&m| u64::from(m)).sum::<u64>();
    let before: u64 = MONTH_LENGTHS[..row].iter().map(|y| days(y)).sum::<u64>()
        + days(&lengths[..index])
        + u64::from(day - 1);
    let (y, m, d) = ANCHOR;
    NaiveDate::from_ymd_opt(y, m, d)?.checked_add_days(Days::new(before))
}

/// Folded spelling (lowercase, composed, no final dot) → BS month number (1-12).
static MONTHS: LazyLock<HashMap<String, u32>> = LazyLock::new(|| {
    let mut map = HashMap::new();
    for (index, forms) in BS_MONTHS.iter().enumerate() {
        for form in *forms {
            map.insert(fold(form), index as u32 + 1);
        }
    }
    map
});

fn fold(word: &str) -> String {
    let word = word.strip_suffix('.').unwrap_or(word);
    word.nfc().flat_map(char::to_lowercase).collect()
}

/// The BS month (1-12) a word names.
fn bs_month(word: &str) -> Option<u32> {
    MONTHS.get(&fold(word)).copied()
}

/// A month written as a word, as in `formats.rs`.
const WORD: &str = r"[\p{L}\p{M}]+";
/// The Nepali word after the day of the month ("२८ गते": the 28th).
const GATE: &str = r"(?:\s*गते)?";

/// The era, dots and the space between its parts optional (`बि.सं.`, `BS`, `B. S.`).
static ERA: LazyLock<String> = LazyLock::new(|| {
    let era = alternation(BS_ERA.iter().copied());
    era.replace(r"\.", r"\.?").replace(' ', r"\s?")
});

/// The shapes of a BS date, scanned beside the Gregorian ones of `formats.rs`.
pub(super) static BS_FORMATS: [Format; 5] = [
    Format {
        name: "BS year month-name day",
        min_digits: 4,
        year: Some(Calendar::Bikram),
        // २०७९ असार २८, २०७९ असार २८ गते, 2079 Asar 28, बि.सं. २०७९ असार २८
        regex: LazyLock::new(|| {
            let era = &*ERA;
            compile(&format!(
                r"(?i)(?:(?:{era})\s*)?(?P<y>[0-9]{{4}})(?:\s*(?:{era}))?[\t\p{{Zs}},]*(?P<m>{WORD})\.?[\t\p{{Zs}},]*(?P<d>[0-9]{{1,2}}){GATE}"
            ))
        }),
        read: read_named,
    },
    Format {
        name: "BS month-name day year",
        min_digits: 4,
        year: Some(Calendar::Bikram),
        // असार २८, २०७९; असार २८ गते २०७९; Asar 28, 2079 BS
        regex: LazyLock::new(|| {
            let era = &*ERA;
            compile(&format!(
                r"(?i)(?P<m>{WORD})\.?\s*(?P<d>[0-9]{{1,2}}){GATE}[\s,]*(?:(?:{era})\s*)?(?P<y>[0-9]{{4}})(?:\s*(?:{era}))?"
            ))
        }),
        read: read_named,
    },
    Format {
        name: "BS day month-name year",
        min_digits: 4,
        year: Some(Calendar::Bikram),
        // २८ असार २०७९, २८ गते असार २०७९, 28 Asar 2079
        regex: LazyLock::new(|| {
            let era = &*ERA;
            compile(&format!(
                r"(?i)(?P<d>[0-9]{{1,2}}){GATE}[\s,]*(?P<m>{WORD})\.?[\s,]*(?:(?:{era})\s*)?(?P<y>[0-9]{{4}})(?:\s*(?:{era}))?"
            ))
        }),
        read: read_named,
    },
    Format {
        name: "BS era numeric year-month-day",
        min_digits: 4,
        year: Some(Calendar::Bikram),
        // बि.सं. २०७९/०३/२८, BS 2079-03-28
        regex: LazyLock::new(|| {
            let era = &*ERA;
            compile(&format!(
                r"(?i)(?:{era})\s*(?P<y>[0-9]{{4}})(?P<s1>[-/.])(?P<m>[0-9]{{1,2}})(?P<s2>[-/.])(?P<d>[0-9]{{1,2}})"
            ))
        }),
        read: read_numeric,
    },
    Format {
        name: "BS numeric year-month-day era",
        min_digits: 4,
        year: Some(Calendar::Bikram),
        // २०७९/०३/२८ बि.सं., 2079-03-28 BS
        regex: LazyLock::new(|| {
            let era = &*ERA;
            compile(&format!(
                r"(?i)(?P<y>[0-9]{{4}})(?P<s1>[-/.])(?P<m>[0-9]{{1,2}})(?P<s2>[-/.])(?P<d>[0-9]{{1,2}})\s*(?:{era})"
            ))
        }),
        read: read_numeric,
    },
];

fn compile(pattern: &str) -> Regex {
    Regex::new(pattern).expect("BS date patterns are valid")
}

fn number(caps: &Captures, name: &str) -> Option<u32> {
    caps.name(name)?.as_str().parse().ok()
}

/// Hindi pages write the months of India's lunisolar Vikram Samvat, not BS.
fn reads_bs(hints: &DateHints) -> bool {
    let primary = hints.language.and_then(|l| l.split(['-', '_']).next());
    !primary.is_some_and(|p| p.eq_ignore_ascii_case("hi"))
}

/// The Gregorian day of a BS date, when it falls in the years a news page's date may.
fn gregorian(caps: &Captures, month: u32) -> Option<Core> {
    let year: i32 = caps.name("y")?.as_str().parse().ok()?;
    let date = bs_to_ad(year, month, number(caps, "d")?)?;
    YEARS
        .contains(&date.year())
        .then_some(Core { date, clock: None })
}

fn read_named(caps: &Captures, hints: &DateHints) -> Option<Core> {
    if !reads_bs(hints) {
        return None;
    }
    gregorian(caps, bs_month(caps.name("m")?.as_str())?)
}

fn read_numeric(caps: &Captures, hints: &DateHints) -> Option<Core> {
    let separator = |name| caps.name(name).map(|m| m.as_str());
    if !reads_bs(hints) || separator("s1") != separator("s2") {
        return None;
    }
    gregorian(caps, number(caps, "m")?)
}

#[cfg(test)]
mod tests;

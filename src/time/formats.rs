//! The shapes a calendar date is written in, one [`Format`] each: a pattern and a reader
//! that turns its match into a date, or refuses it.
//!
//! A month written as a word is matched as any word (`[\p{L}\p{M}]+`) and looked up in the
//! tables of `names.rs`, so a new language needs no new pattern. The time after the date is
//! not read here but in `clock.rs`, once for every shape; only the shapes that put the time
//! inside the date (asctime, ISO 8601 basic) read it themselves.
//!
//! Every reader checks that the date exists (no 30 February) and that its year is plausible
//! for a news page ([`YEARS`]). Years written with two digits are read as 1990-2089.

use std::ops::RangeInclusive;
use std::sync::LazyLock;

use chrono::{NaiveDate, NaiveTime};
use regex::{Captures, Regex};

use super::DateHints;
use super::clock::{Clock, parse_offset};
use super::vocabulary::{alternation, is_weekday, month_number};
use crate::article::Precision;

/// The years a news page's date may fall in; anything else is a number, not a date.
pub(super) const YEARS: RangeInclusive<i32> = 1990..=2100;

/// A date found by a [`Format`], with the time when the format includes one.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Core {
    pub date: NaiveDate,
    pub clock: Option<Clock>,
}

/// One written shape of a date.
pub(super) struct Format {
    /// What the shape is, for tests and debugging.
    #[cfg_attr(not(test), allow(dead_code))]
    pub name: &'static str,
    /// The longest run of ASCII digits every match holds (a four-digit year): a text
    /// without so long a run is not searched, as no match can be in it.
    pub min_digits: usize,
    /// The calendar of the four-digit year every match holds, if every match holds one: a
    /// text without a four-digit number that could be such a year is not searched either.
    pub year: Option<Calendar>,
    pub regex: LazyLock<Regex>,
    pub read: fn(&Captures, &DateHints) -> Option<Core>,
}

/// The calendar a shape's year is counted in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Calendar {
    /// A year of [`YEARS`].
    Gregorian,
    /// A Bikram Sambat year whose days can fall in [`YEARS`] (`bikram::plausible_years`).
    Bikram,
}

/// A month written as a word: letters and combining marks (Devanagari vowel signs).
const WORD: &str = r"[\p{L}\p{M}]+";

/// The day of the month with the ordinal marks of English, French, Spanish and German.
const DAY: &str = r"(?P<d>[0-9]{1,2})(?:st|nd|rd|th|er|º|ª|\.)?";

/// Every shape, in no particular order: the scanner keeps the earliest, longest match.
pub(super) static FORMATS: [Format; 9] = [
    Format {
        name: "numeric year-month-day",
        min_digits: 4,
        year: Some(Calendar::Gregorian),
        // 2019-10-16, 2019/10/16, 2019.10.16, Korean 2019. 10. 16.
        regex: LazyLock::new(|| {
            compile(
                r"(?P<y>[0-9]{4})(?P<s1>[-/.]\s?)(?P<m>[0-9]{1,2})(?P<s2>[-/.]\s?)(?P<d>[0-9]{1,2})\.?",
            )
        }),
        read: read_numeric_ymd,
    },
    Format {
        name: "numeric day-month-year or month-day-year",
        min_digits: 2,
        year: None,
        // 16.10.2019, 16/10/2019, 10/16/2019, 16-10-2019, 16.10.19, 16. 10. 2019, and a
        // template's 16 | 10 | 2019
        regex: LazyLock::new(|| {
            compile(
                r"(?P<a>[0-9]{1,2})(?P<s1>[-/.]\s?| ?\| ?)(?P<b>[0-9]{1,2})(?P<s2>[-/.]\s?| ?\| ?)(?P<y>[0-9]{4}|[0-9]{2})",
            )
        }),
        read: read_numeric_dmy,
    },
    Format {
        name: "day month-name year",
        min_digits: 2,
        year: None,
        // 16 October 2019, 16. Oktober 2019, 16th of October 2019, 16 de octubre de 2019,
        // 16-Oct-2019, 16 Oct '19, RFC 850's 16-Oct-19
        regex: LazyLock::new(|| {
            compile(&format!(
                r"(?i){DAY}[\s/-]*(?:(?:de|of)\s+)?(?P<m>{WORD})\.?(?:[\s,/-]*(?:(?:de|del)\s+)?(?P<y>[0-9]{{4}})|\s*['’](?P<yy>[0-9]{{2}})|-(?P<yy2>[0-9]{{2}}))"
            ))
        }),
        read: read_named,
    },
    Format {
        name: "month-name day year",
        min_digits: 2,
        year: None,
        // October 16, 2019; Oct. 16th 2019; Oct-16-2019
        regex: LazyLock::new(|| {
            compile(&format!(
                r"(?i)(?P<m>{WORD})\.?[\s/-]*(?P<d>[0-9]{{1,2}})(?:st|nd|rd|th)?(?:[\s,/-]*(?P<y>[0-9]{{4}})|\s*['’](?P<yy>[0-9]{{2}}))"
            ))
        }),
        read: read_named,
    },
    Format {
        name: "year month-name day",
        min_digits: 4,
        year: Some(Calendar::Gregorian),
        // Hungarian 2019. október 16., Nepalnews 2022 Jun 12, 2019-Oct-16. On one line
        // only: a year at the end of one block and "December 30" opening the next are
        // two things (a copyright line and a list item), not one date.
        regex: LazyLock::new(|| {
            compile(&format!(
                r"(?i)(?P<y>[0-9]{{4}})\.?[\t\p{{Zs}},/-]*(?P<m>{WORD})\.?[\t\p{{Zs}}/-]*(?P<d>[0-9]{{1,2}})(?:-?án|-?én|st|nd|rd|th|\.)?"
            ))
        }),
        read: read_named,
    },
    Format {
        name: "numbered year-month-day (zh, ja, ko)",
        min_digits: 4,
        year: Some(Calendar::Gregorian),
        // 2019年10月16日, 2019년 10월 16일
        regex: LazyLock::new(|| {
            compile(
                r"(?P<y>[0-9]{4})\s*[年년]\s*(?P<m>[0-9]{1,2})\s*[月월]\s*(?P<d>[0-9]{1,2})(?:\s*[日일号號])?",
            )
        }),
        read: read_numbered,
    },
    Format {
        name: "numbered day-month-year (vi)",
        min_digits: 4,
        year: Some(Calendar::Gregorian),
        // 16 tháng 10 năm 2019, ngày 16 tháng 10, 2019
        regex: LazyLock::new(|| {
            let day = alternation(["ngày"]);
            let month = alternation(["tháng"]);
            let year = alternation(["năm"]);
            compile(&format!(
                r"(?i)(?:(?:{day})\s+)?(?P<d>[0-9]{{1,2}})\s*(?:{month})\s*(?P<m>[0-9]{{1,2}})(?:\s*(?:{year})\s*|\s*[,/]\s*|\s+)(?P<y>[0-9]{{4}})"
            ))
        }),
        read: read_numbered,
    },
    Format {
        name: "asctime",
        min_digits: 4,
        year: Some(Calendar::Gregorian),
        // Wed Oct 16 14:05:33 2019 (HTTP's third date form)
        regex: LazyLock::new(|| {
            compile(&format!(
                r"(?i)(?P<wd>{WORD})\s+(?P<m>{WORD})\s+(?P<d>[0-9]{{1,2}})\s+(?P<h>[0-9]{{2}}):(?P<mi>[0-9]{{2}}):(?P<s>[0-9]{{2}})\s+(?P<y>[0-9]{{4}})"
            ))
        }),
        read: read_asctime,
    },
    Format {
        name: "ISO 8601 basic",
        min_digits: 8,
        year: Some(Calendar::Gregorian),
        // 20191016T140533Z, and 20191016 when it is the whole text (in running text, eight
        // digits are more often an identifier).
        regex: LazyLock::new(|| {
            compile(
                r"^\s*(?P<y>[0-9]{4})(?P<m>[0-9]{2})(?P<d>[0-9]{2})\s*$|(?P<by>[0-9]{4})(?P<bm>[0-9]{2})(?P<bd>[0-9]{2})T(?P<h>[0-9]{2})(?P<mi>[0-9]{2})(?P<s>[0-9]{2})?(?:[.,][0-9]+)?(?P<z>Z|[+-][0-9]{2}(?:[0-9]{2})?)?",
            )
        }),
        read: read_basic,
    },
];

fn compile(pattern: &str) -> Regex {
    Regex::new(pattern).expect("date patterns are valid")
}

/// The day, if `year`, `month`, `day` name a real date in [`YEARS`].
pub(super) fn calendar_date(year: i32, month: u32, day: u32) -> Option<NaiveDate> {
    if !YEARS.contains(&year) {
        return None;
    }
    NaiveDate::from_ymd_opt(year, month, day)
}

/// The year of a match: a four-digit one, or a two-digit one read as 1990-2089.
fn year(caps: &Captures) -> Option<i32> {
    let digits = caps.name("y").or(caps.name("yy")).or(caps.name("yy2"))?;
    let value: i32 = digits.as_str().parse().ok()?;
    Some(match digits.len() {
        2 => century_of(value),
        _ => value,
    })
}

/// A two-digit year read as 1990-2089.
pub(super) fn century_of(two_digits: i32) -> i32 {
    if two_digits >= 90 {
        1900 + two_digits
    } else {
        2000 + two_digits
    }
}

fn number(caps: &Captures, name: &str) -> Option<u32> {
    caps.name(name)?.as_str().parse().ok()
}

fn word_month(caps: &Captures) -> Option<u32> {
    month_number(caps.name("m")?.as_str())
}

fn day_only(date: NaiveDate) -> Core {
    Core { date, clock: None }
}

/// The separators of a numeric date must agree (`16.10.2019`, not `16.10-2019`).
fn same_separators(caps: &Captures) -> bool {
    let first = |name| {
        caps.name(name)
            .and_then(|m| m.as_str().trim().chars().next())
    };
    first("s1") == first("s2")
}

fn read_numeric_ymd(caps: &Captures, _: &DateHints) -> Option<Core> {
    if !same_separators(caps) {
        return None;
    }
    let date = calendar_date(year(caps)?, number(caps, "m")?, number(caps, "d")?)?;
    Some(day_only(date))
}

fn read_numeric_dmy(caps: &Captures, hints: &DateHints) -> Option<Core> {
    if !same_separators(caps) {
        return None;
    }
    let (a, b) = (caps.name("a")?.as_str(), caps.name("b")?.as_str());
    let separator = caps.name("s1")?.as_str().trim().chars().next()?;
    let short_year = caps.name("y")?.len() == 2;
    // Bars separate a table's or a menu's numbers too: a date between bars is written in
    // full (`06 | 01 | 2022`).
    if separator == '|' && (short_year || a.len() != 2 || b.len() != 2) {
        return None;
    }
    // "3.10.12" is more often a version number than a date; a dotted or hyphenated date
    // with a two-digit year must be written with two-digit day and month.
    if short_year && separator != '/' && (a.len() != 2 || b.len() != 2) {
        return None;
    }
    let (a, b): (u32, u32) = (a.parse().ok()?, b.parse().ok()?);
    let (day, month) = if month_first(a, b, separator, hints) {
        (b, a)
    } else {
        (a, b)
    };
    calendar_date(year(caps)?, month, day).map(day_only)
}

/// Whether `a/b/year` is month first: when it cannot be day first (10/16/2019), or when it
/// could be either and the page is American English. Dotted dates are never month first.
fn month_first(a: u32, b: u32, separator: char, hints: &DateHints) -> bool {
    if separator == '.' || a > 12 {
        return false;
    }
    b > 12 || hints.prefers_month_first()
}

/// Any of the shapes with a month name; they differ only in order.
fn read_named(caps: &Captures, _: &DateHints) -> Option<Core> {
    let date = calendar_date(year(caps)?, word_month(caps)?, number(caps, "d")?)?;
    Some(day_only(date))
}

fn read_numbered(caps: &Captures, _: &DateHints) -> Option<Core> {
    let date = calendar_date(year(caps)?, number(caps, "m")?, number(caps, "d")?)?;
    Some(day_only(date))
}

fn read_asctime(caps: &Captures, _: &DateHints) -> Option<Core> {
    if !is_weekday(caps.name("wd")?.as_str()) {
        return None;
    }
    let date = calendar_date(year(caps)?, word_month(caps)?, number(caps, "d")?)?;
    let time = NaiveTime::from_hms_opt(
        number(caps, "h")?,
        number(caps, "mi")?,
        number(caps, "s")?.min(59),
    )?;
    Some(Core {
        date,
        clock: Some(Clock {
            time,
            precision: Precision::Second,
            offset: None,
        }),
    })
}

fn read_basic(caps: &Captures, _: &DateHints) -> Option<Core> {
    if caps.name("y").is_some() {
        let date = calendar_date(year(caps)?, number(caps, "m")?, number(caps, "d")?)?;
        return Some(day_only(date));
    }
    let date = calendar_date(
        caps.name("by")?.as_str().parse().ok()?,
        number(caps, "bm")?,
        number(caps, "bd")?,
    )?;
    let second = number(caps, "s");
    let time = NaiveTime::from_hms_opt(
        number(caps, "h")?,
        number(caps, "mi")?,
        second.unwrap_or(0).min(59),
    )?;
    let offset = match caps.name("z").map(|z| z.as_str()) {
        Some("Z") => chrono::FixedOffset::east_opt(0),
        Some(numeric) => Some(parse_offset(numeric)?),
        None => None,
    };
    let precision = if second.is_some() {
        Precision::Second
    } else {
        Precision::Minute
    };
    Some(Core {
        date,
        clock: Some(Clock {
            time,
            precision,
            offset,
        }),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_pattern_compiles_and_is_named_once() {
        let mut names: Vec<&str> = FORMATS.iter().map(|f| f.name).collect();
        for format in &FORMATS {
            assert!(format.regex.captures_len() > 1, "{}", format.name);
        }
        names.sort_unstable();
        names.dedup();
        assert_eq!(names.len(), FORMATS.len());
    }

    #[test]
    fn two_digit_years_are_read_as_1990_to_2089() {
        let caps = FORMATS[1].regex.captures("16.10.89").unwrap();
        assert_eq!(year(&caps), Some(2089));
        let caps = FORMATS[1].regex.captures("16.10.90").unwrap();
        assert_eq!(year(&caps), Some(1990));
    }
}

//! Reading dates: the formats news pages write, month names by language, time zones.
//!
//! This module reads text; choosing which date on a page is the publication date is the
//! job of `fields::dates`. It reads:
//!
//! - machine formats: ISO 8601 and RFC 3339 (`2019-10-16T14:05:33.123Z`, `20191016`),
//!   RFC 2822 and HTTP dates (`Wed, 16 Oct 2019 14:05:33 GMT`, asctime);
//! - numeric dates (`16.10.2019`, `10/16/2019`, `2019/10/16`, `16.10.19`), month first only
//!   when it cannot be day first or the page is American English;
//! - written dates in 28 languages (`16. Oktober 2019`, `2019. október 16.`,
//!   `16 października 2019`, `2019年10月16日`, `16 tháng 10 năm 2019`, `१६ जुन २०१९`),
//!   with the weekday before and the time after (`14:05 Uhr`, `à 14h05`, `2:05 p.m. EDT`);
//! - Bikram Sambat dates, Nepal's calendar (`२०७९ असार २८`, `Asar 28, 2079`), given as the
//!   Gregorian day ([`bs_to_ad`]);
//! - the day in an article URL (`/2019/10/16/`).
//!
//! Offsets are kept as the page writes them; [`to_timestamp`] adds the offset of a known
//! zone when the page writes none. Nothing is converted to UTC.
//!
//! Relative dates ("3 hours ago", "vor 2 Tagen", "hier à 14h05") are read apart, by
//! [`find_relative`] and [`parse_relative`]: they need a reference time that the caller
//! knows. A date without a year ("16 October") is not read: the year cannot be known.
//!
//! Files: `bikram.rs` (the Bikram Sambat calendar), `relative.rs` (relative dates),
//! `names.rs` (the words, by language: data only), `vocabulary.rs` (their lookups),
//! `digits.rs` (digits of other scripts), `formats.rs` (the shapes of a date), `clock.rs`
//! (times and offsets), `boundary.rs` (a match must stand alone), `scan.rs` (finding dates
//! in text), `zone.rs` (offsets from zones).

// The module is read by `fields::dates`, which is not written yet; until then only the tests
// use it.

mod bikram;
mod boundary;
mod clock;
mod country;
mod digits;
mod formats;
mod names;
mod relative;
mod scan;
mod vocabulary;
mod zone;

use std::ops::Range;

use chrono::{FixedOffset, NaiveDate, NaiveTime};

use crate::article::Precision;

// For callers that read a BS date's parts themselves; `parse_date` already converts.
#[allow(unused_imports)]
pub(crate) use bikram::bs_to_ad;
// Read by `fields::dates`, which resolves them against the date the page gives as today.
pub(crate) use country::zone_for_address;
#[allow(unused_imports)]
pub(crate) use relative::{
    RelativeDate, RelativeUnit, find_all_relative, find_relative, parse_relative,
};
pub(crate) use vocabulary::{alternation, month_abbreviations, month_forms, weekday_names};
pub(crate) use zone::{offset_at, to_timestamp, zone_for_tld};

/// A date (and time) read from text, before a zone is applied.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct ParsedDate {
    pub date: NaiveDate,
    pub time: Option<NaiveTime>,
    /// The offset written in the text, if any.
    pub offset: Option<FixedOffset>,
    pub precision: Precision,
}

/// A date found in running text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct FoundDate {
    /// The byte range of the date in the text, weekday and time included
    /// (`Mittwoch, 16. Oktober 2019, 14:05 Uhr`).
    pub range: Range<usize>,
    pub parsed: ParsedDate,
}

/// What is known about the page that helps to read an ambiguous date.
#[derive(Debug, Clone, Copy, Default)]
pub(crate) struct DateHints<'a> {
    /// The page's language (`en`, `de-CH`).
    pub language: Option<&'a str>,
}

impl DateHints<'_> {
    /// Whether `10/11/2019` means October 11: the page is in American (or Philippine)
    /// English, where the month comes first. Plain `en` is not enough: most of the
    /// English-writing world puts the day first.
    pub(crate) fn prefers_month_first(&self) -> bool {
        let Some(language) = self.language else {
            return false;
        };
        let mut parts = language.split(['-', '_']);
        let primary = parts.next().unwrap_or("");
        let region = parts.find(|part| part.len() == 2).unwrap_or("");
        primary.eq_ignore_ascii_case("en")
            && (region.eq_ignore_ascii_case("us") || region.eq_ignore_ascii_case("ph"))
    }
}

/// True when `word` names a month in a language the reader knows ("June", "Juni",
/// "असार"), Bikram Sambat months included.
pub(crate) fn is_month_name(word: &str) -> bool {
    vocabulary::month_number(word).is_some()
        || names::BS_MONTHS.iter().any(|forms| forms.contains(&word))
}

/// Reads the first date in `text`, in whatever form it is written: a machine format such as
/// ISO 8601 (a meta tag's `2019-10-16T14:05:33+02:00`) or a written date such as
/// "16. Oktober 2019, 14:05 Uhr".
pub(crate) fn parse_date(text: &str, hints: &DateHints) -> Option<ParsedDate> {
    scan::scan(text, hints, scan::Want::First)
        .into_iter()
        .next()
        .map(|found| found.parsed)
}

/// Every date in `text`, in order, with its byte range: a byline such as "Published 16.
/// Oktober 2019, 14:05 Uhr · Updated 17.10.2019" gives two.
pub(crate) fn find_dates(text: &str, hints: &DateHints) -> Vec<FoundDate> {
    scan::scan(text, hints, scan::Want::All)
}

#[cfg(test)]
mod tests;

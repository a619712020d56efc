//! Reading dates: the formats news pages write, month names by language, time zones.
//!
//! This module reads text; choosing which date on a page is the publication date is the
//! job of `fields::dates`.

use chrono::{FixedOffset, NaiveDate, NaiveTime};

use crate::article::{OffsetSource, Precision, Timestamp};

/// A date (and time) read from text, before a zone is applied.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct ParsedDate {
    pub date: NaiveDate,
    pub time: Option<NaiveTime>,
    /// The offset written in the text, if any.
    pub offset: Option<FixedOffset>,
    pub precision: Precision,
}

/// What is known about the page that helps to read an ambiguous date.
#[derive(Debug, Clone, Copy, Default)]
pub(crate) struct DateHints<'a> {
    /// The page's language (`en`, `de-CH`).
    pub language: Option<&'a str>,
}

/// Reads the first date in `text` (machine formats such as ISO 8601 first, then written
/// dates such as "16. Oktober 2019, 14:05 Uhr").
pub(crate) fn parse_date(text: &str, hints: &DateHints) -> Option<ParsedDate> {
    let _ = (text, hints);
    None
}

/// A publication day written in a URL path (`/2019/10/16/`, `/20191016/`, `2019-10-16`).
pub(crate) fn date_from_url(url: &str) -> Option<NaiveDate> {
    let _ = url;
    None
}

/// A date found in running text, with its byte range.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct FoundDate {
    pub start: usize,
    pub end: usize,
    pub parsed: ParsedDate,
}

/// Every date in running text.
pub(crate) fn find_dates(text: &str, hints: &DateHints) -> Vec<FoundDate> {
    let _ = (text, hints);
    Vec::new()
}

/// A timestamp from a parsed date: a stated offset is kept; else the zone's offset for that
/// local time, with its source; else no offset.
pub(crate) fn to_timestamp(
    parsed: ParsedDate,
    raw: &str,
    zone: Option<(chrono_tz::Tz, OffsetSource)>,
) -> Timestamp {
    let _ = zone;
    Timestamp {
        date: parsed.date,
        time: parsed.time,
        offset: parsed.offset,
        precision: parsed.precision,
        offset_source: if parsed.offset.is_some() {
            OffsetSource::Stated
        } else {
            OffsetSource::Unknown
        },
        raw: raw.to_string(),
    }
}

/// The zone of a country with one time zone, from a host's top-level domain.
pub(crate) fn zone_for_tld(host: &str) -> Option<chrono_tz::Tz> {
    let _ = host;
    None
}

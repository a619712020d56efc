//! Reading dates: the formats news pages write, month names by language, time zones.
//!
//! This module reads text; choosing which date on a page is the publication date is the
//! job of `fields::dates`.

use chrono::{FixedOffset, NaiveDate, NaiveTime};

use crate::article::Precision;

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

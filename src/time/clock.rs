//! The time of day written with a date, and the offset written with the time.
//!
//! A time usually follows its date ("16. Oktober 2019, 14:05 Uhr", "2019-10-16T14:05:33Z",
//! "16 octobre 2019 à 14h05", "2019年10月16日 14時05分", "2019.10.16 오후 2:05"); some pages
//! put it first ("10:30 AM IST, Oct 16 2019"). Both are read here, from the text next to a
//! date that `formats.rs` found. 24- and 12-hour clocks are read; a bare hour counts only
//! with a mark that says it is one (`2 pm`, `14 Uhr`, `14h`). The offset may be numeric
//! (`+02`, `+0200`, `+02:00`, `GMT+5:45`) or an abbreviation from `names.rs` (`CEST`, `NPT`).

use std::sync::LazyLock;

use chrono::{FixedOffset, NaiveTime};
use regex::{Captures, Regex};

use super::boundary;
use super::names::{MERIDIEM_PREFIXES, TIME_CONNECTORS, ZONE_ABBREVIATIONS};
use super::vocabulary::{alternation, weekday_forms, zone_abbreviation};
use crate::article::Precision;

/// A time of day as written, with its offset when one is written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Clock {
    pub time: NaiveTime,
    pub precision: Precision,
    pub offset: Option<FixedOffset>,
}

/// The greatest offset from UTC in use (Kiribati, +14:00).
const MAX_OFFSET_MINUTES: i32 = 14 * 60;

/// How far before a date a time that precedes it may start, in bytes.
const LOOK_BEHIND: usize = 48;

/// A time of day: an optional meridiem prefix, the clock, an optional meridiem suffix, an
/// optional "Uhr"/"h", an optional offset.
fn clock_pattern() -> String {
    let prefixes = alternation(MERIDIEM_PREFIXES.iter().map(|(word, _)| *word));
    let abbreviations = alternation(ZONE_ABBREVIATIONS.iter().map(|(name, _)| *name));
    let zone = format!(
        r"(?P<off>[+-][0-9]{{2}}(?::?[0-9]{{2}})?)|(?-i:Z)|\s*\(?(?P<named>(?-i:UTC|GMT|UT)\s?(?P<noff>[+-][0-9]{{1,2}}(?:[:.]?[0-9]{{2}})?)?|(?-i:{abbreviations}))\b\)?|\s+(?P<off2>[+-][0-9]{{2}}:?[0-9]{{2}})"
    );
    format!(
        r"(?:(?P<pre>{prefixes})\s*)?(?P<h>[0-9]{{1,2}})(?:{hm}|{dot}|{cjk}|(?P<bare>))(?:\s*(?P<ap>{ap}))?(?:\s*(?P<uhr>uhr|h|hrs|hs|godz|óra)\b\.?)?(?P<zone>{zone})?",
        // 14:05, 14:05:33, 14:05:33.123
        hm = r"[:：](?P<mi>[0-9]{2})(?:[:：](?P<s>[0-9]{2})(?:[.,][0-9]{1,9})?)?",
        // 14.05 (de, fi, da, id), 14h05 (fr, pt)
        dot = r"\s?[.h]\s?(?P<mi2>[0-9]{2})(?:[.:](?P<s2>[0-9]{2}))?",
        // 14時05分, 14시 5분 30초, 14点05分
        cjk = r"\s*[時时시點点]\s*(?:(?P<mi3>[0-9]{1,2})\s*[分분](?:\s*(?P<s3>[0-9]{1,2})\s*[秒초])?)?",
        ap = r"[ap]\.?\s?m\b\.?|π\.?\s?μ\.?|μ\.?\s?μ\.?",
    )
}

/// What may stand between a date and the time after it: punctuation, a connector word
/// ("at", "um", "à"), a weekday ("(水)", "수요일"), or, for ISO 8601, a bare `T`.
static AFTER_DATE: LazyLock<Regex> = LazyLock::new(|| {
    let connectors = alternation(TIME_CONNECTORS.iter().copied());
    let weekdays = alternation(weekday_forms());
    let gap = format!(
        r"(?:[\s,;|·•@(\[/–—-]|\b(?:{connectors})\b\.?|[(（]?\b(?:{weekdays})\b\.?[)）]?)*"
    );
    Regex::new(&format!(r"(?i)^(?:T|{gap}){}", clock_pattern())).expect("valid regex")
});

/// A time that ends where a date begins ("10:30 AM IST, Oct 16 2019", "14:05, 16.10.2019").
static BEFORE_DATE: LazyLock<Regex> = LazyLock::new(|| {
    // On the same line: a time lines above a date belongs to something else.
    let gap = r"(?:[\t\p{Zs},;|·•@/–—-]|\b(?:on|am|le|el|den|del|il)\b)*";
    Regex::new(&format!(r"(?i){}{gap}$", clock_pattern())).expect("valid regex")
});

/// Reads a time at the start of `rest`, the text right after a date; gives the time and the
/// length of text it takes.
pub(super) fn clock_after(rest: &str) -> Option<(Clock, usize)> {
    let caps = AFTER_DATE.captures(rest)?;
    let end = caps.get(0)?.end();
    if !boundary::ends_cleanly(rest, 0..end) {
        return None;
    }
    Some((read_clock(&caps)?, end))
}

/// Reads a time at the end of `before`, the text right before a date; gives the time and the
/// offset in `before` where it starts.
pub(super) fn clock_before(before: &str) -> Option<(Clock, usize)> {
    let mut from = before.len().saturating_sub(LOOK_BEHIND);
    while !before.is_char_boundary(from) {
        from += 1;
    }
    let caps = BEFORE_DATE.captures_at(before, from)?;
    let whole = caps.get(0)?;
    if !boundary::starts_cleanly(before, whole.range()) {
        return None;
    }
    Some((read_clock(&caps)?, whole.start()))
}

/// Builds the clock from a match of [`clock_pattern`].
fn read_clock(caps: &Captures) -> Option<Clock> {
    let number = |names: &[&str]| {
        names
            .iter()
            .find_map(|name| caps.name(name))
            .and_then(|m| m.as_str().parse::<u32>().ok())
    };
    let mut hour = number(&["h"])?;
    let minute = number(&["mi", "mi2", "mi3"]);
    let second = number(&["s", "s2", "s3"]);
    let afternoon = meridiem(caps);
    // A bare hour ("14") is only a time when something says so ("2 pm", "14 Uhr").
    if caps.name("bare").is_some() && afternoon.is_none() && caps.name("uhr").is_none() {
        return None;
    }
    if let Some(afternoon) = afternoon {
        if !(1..=12).contains(&hour) {
            return None;
        }
        hour = hour % 12 + if afternoon { 12 } else { 0 };
    }
    // A leap second is written as :60; it is kept as the last second of the minute.
    let time = NaiveTime::from_hms_opt(hour, minute.unwrap_or(0), second.unwrap_or(0).min(59))?;
    Some(Clock {
        time,
        precision: if second.is_some() {
            Precision::Second
        } else {
            Precision::Minute
        },
        offset: stated_offset(caps),
    })
}

/// Whether the time is marked as afternoon (`Some(true)`), morning, or not marked.
fn meridiem(caps: &Captures) -> Option<bool> {
    if let Some(suffix) = caps.name("ap") {
        let first = suffix.as_str().chars().next()?;
        // "p.m." and the Greek "μ.μ." (μετά μεσημβρίας) mark the afternoon.
        return Some(matches!(first, 'p' | 'P' | 'μ' | 'Μ'));
    }
    let prefix = caps.name("pre")?.as_str();
    MERIDIEM_PREFIXES
        .iter()
        .find(|(word, _)| *word == prefix)
        .map(|&(_, afternoon)| afternoon)
}

/// The offset written after the time, if any.
fn stated_offset(caps: &Captures) -> Option<FixedOffset> {
    if let Some(numeric) = caps.name("off").or(caps.name("off2")).or(caps.name("noff")) {
        return parse_offset(numeric.as_str());
    }
    if let Some(named) = caps.name("named") {
        let minutes = zone_abbreviation(named.as_str())?;
        return FixedOffset::east_opt(minutes * 60);
    }
    let zone = caps.name("zone")?;
    (zone.as_str() == "Z").then(|| FixedOffset::east_opt(0))?
}

/// Reads `+02`, `+0200`, `+02:00`, `-5`, `+5:45`, `+5.30`, `+545`.
pub(super) fn parse_offset(text: &str) -> Option<FixedOffset> {
    let (sign, digits) = match text.as_bytes().first()? {
        b'+' => (1, &text[1..]),
        b'-' => (-1, &text[1..]),
        _ => return None,
    };
    let digits: String = digits.chars().filter(char::is_ascii_digit).collect();
    let (hours, minutes) = match digits.len() {
        1 | 2 => (digits.parse::<i32>().ok()?, 0),
        3 | 4 => {
            let split = digits.len() - 2;
            (digits[..split].parse().ok()?, digits[split..].parse().ok()?)
        }
        _ => return None,
    };
    let total = hours * 60 + minutes;
    if minutes >= 60 || total > MAX_OFFSET_MINUTES {
        return None;
    }
    FixedOffset::east_opt(sign * total * 60)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn after(text: &str) -> Option<(String, Precision, Option<i32>, usize)> {
        clock_after(text).map(|(clock, len)| {
            (
                clock.time.format("%H:%M:%S").to_string(),
                clock.precision,
                clock.offset.map(|o| o.local_minus_utc() / 60),
                len,
            )
        })
    }

    fn time(text: &str) -> Option<String> {
        after(text).map(|(time, ..)| time)
    }

    fn offset(text: &str) -> Option<i32> {
        after(text).and_then(|(_, _, offset, _)| offset)
    }

    #[test]
    fn iso_times_and_offsets() {
        assert_eq!(
            after("T14:05:33.123Z"),
            Some(("14:05:33".into(), Precision::Second, Some(0), 14))
        );
        assert_eq!(
            after("T14:05"),
            Some(("14:05:00".into(), Precision::Minute, None, 6))
        );
        assert_eq!(offset(" 14:05:33+0200"), Some(120));
        assert_eq!(offset("T14:05:33+02"), Some(120));
        assert_eq!(offset("T14:05:33+05:45"), Some(345));
        assert_eq!(offset("T14:05:33-03:30"), Some(-210));
    }

    #[test]
    fn zone_names_and_gmt_offsets() {
        assert_eq!(offset(" 14:05:33 GMT"), Some(0));
        assert_eq!(offset(" 14:05:33 +0200"), Some(120));
        assert_eq!(offset(", 10:30 AM (IST)"), Some(330));
        assert_eq!(offset(" 7:56 NPT"), Some(345));
        assert_eq!(offset(" 14:05 Uhr MESZ"), Some(120));
        assert_eq!(offset(" 14:05 GMT+5:45"), Some(345));
        assert_eq!(offset(" 14:05 UTC+8"), Some(480));
        assert_eq!(offset(" 09:00 EDT"), Some(-240));
        // French "est" is a verb, not a zone.
        assert_eq!(offset(" à 14h05 est"), None);
        // A spaced hyphen and a short number is not an offset.
        assert_eq!(
            after(" 14:05 - 12 dead"),
            Some(("14:05:00".into(), Precision::Minute, None, 6))
        );
    }

    #[test]
    fn connectors_of_many_languages() {
        assert_eq!(time(", 14:05 Uhr"), Some("14:05:00".into()));
        assert_eq!(time(" um 14.05 Uhr"), Some("14:05:00".into()));
        assert_eq!(time(" à 14h05"), Some("14:05:00".into()));
        assert_eq!(time(" a las 9:30"), Some("09:30:00".into()));
        assert_eq!(time(" alle ore 14:05"), Some("14:05:00".into()));
        assert_eq!(time(" om 14:05"), Some("14:05:00".into()));
        assert_eq!(time(" kl. 14.05"), Some("14:05:00".into()));
        assert_eq!(time(" klo 14.05"), Some("14:05:00".into()));
        assert_eq!(time(" г., 14:05"), Some("14:05:00".into()));
        assert_eq!(time(" r., godz. 14:05"), Some("14:05:00".into()));
        assert_eq!(time(" pukul 14.05 WIB"), Some("14:05:00".into()));
        assert_eq!(time(" lúc 14:05"), Some("14:05:00".into()));
        assert_eq!(time(" at 2:05 p.m."), Some("14:05:00".into()));
        assert_eq!(time(" 12:30 am"), Some("00:30:00".into()));
        assert_eq!(time(" 2 PM"), Some("14:00:00".into()));
        assert_eq!(time(" 14 Uhr"), Some("14:00:00".into()));
    }

    #[test]
    fn east_asian_clocks() {
        assert_eq!(time(" 14時05分"), Some("14:05:00".into()));
        assert_eq!(time("(水) 14:05"), Some("14:05:00".into()));
        assert_eq!(time(" 오후 2:05"), Some("14:05:00".into()));
        assert_eq!(time(" 수요일 오전 9시 5분 30초"), Some("09:05:30".into()));
        assert_eq!(time(" 下午2:05"), Some("14:05:00".into()));
    }

    #[test]
    fn not_a_clock() {
        assert_eq!(time(", 17.10.2019"), None);
        assert_eq!(time(" 14"), None);
        assert_eq!(time(" 25:00"), None);
        assert_eq!(time(" 13:05 pm"), None);
        assert_eq!(time(" people"), None);
        assert_eq!(time(" 3.5 million"), None);
    }

    #[test]
    fn time_before_the_date() {
        let before = "Updated 10:30 AM IST, ";
        let (clock, start) = clock_before(before).unwrap();
        assert_eq!(&before[start..], "10:30 AM IST, ");
        assert_eq!(clock.time, NaiveTime::from_hms_opt(10, 30, 0).unwrap());
        assert_eq!(clock.offset, FixedOffset::east_opt(330 * 60));
        assert!(clock_before("Page 3, ").is_none());
        assert!(clock_before("").is_none());
    }

    #[test]
    fn offsets() {
        assert_eq!(parse_offset("+545"), FixedOffset::east_opt(345 * 60));
        assert_eq!(parse_offset("+5.30"), FixedOffset::east_opt(330 * 60));
        assert_eq!(parse_offset("-0500"), FixedOffset::east_opt(-300 * 60));
        assert_eq!(parse_offset("+1500"), None);
        assert_eq!(parse_offset("+0275"), None);
        assert_eq!(parse_offset("0200"), None);
    }
}

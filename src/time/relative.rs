//! Relative dates: "3 hours ago", "vor 2 Tagen", "il y a une heure", "hace 2 días",
//! "2 दिन अगाडि", and the words for a day: "yesterday", "gestern", "hier à 14h05", "हिजो".
//!
//! A relative date means nothing without the moment the page was written, which only the
//! caller knows (a date the page states as today, the crawl time). So it is found first,
//! unresolved, as a [`RelativeDate`] (an amount and a unit), and resolved against a
//! reference local time with [`RelativeDate::resolve`]; [`parse_relative`] does both.
//!
//! Every language is one [`RelativeWords`] entry in [`LANGUAGES`]: adding one needs no code.
//! Minutes resolve to a time (minute precision), hours to a time of hour precision (the
//! minutes are the reference's); days and weeks to a day. Against a reference that is only
//! a day (a date banner: "Monday Jul 22, 2024"), every unit gives a day
//! ([`RelativeDate::resolve_on_day`]). Months and years ago are not read: a day cannot be
//! had from them.
//!
//! A day word alone is a weaker sign than "N days ago": "today" is also an ordinary word
//! ("Subscribe today"). It counts only when a time follows it ("yesterday at 14:05") or the
//! text is short, as a date line is ([`SHORT_TEXT`] words at most). French `hier`
//! (yesterday) is German and Dutch for "here", so it counts only before a time or alone.
//! Hindi `कल` is left out: it means both yesterday and tomorrow.

use std::collections::HashMap;
use std::ops::Range;
use std::sync::LazyLock;

use chrono::{Days, FixedOffset, NaiveDate, NaiveDateTime, NaiveTime, TimeDelta, Timelike};
use regex::{Captures, Regex};
use unicode_normalization::UnicodeNormalization;

use super::ParsedDate;
use super::boundary::{ends_cleanly, starts_cleanly};
use super::clock::clock_after;
use super::digits::AsciiDigits;
use super::vocabulary::alternation;
use crate::article::Precision;

/// The unit of a relative date.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub(crate) enum RelativeUnit {
    Minute,
    Hour,
    Day,
    Week,
}

/// The units in the order of [`RelativeWords::units`].
const UNITS: [RelativeUnit; 4] = [
    RelativeUnit::Minute,
    RelativeUnit::Hour,
    RelativeUnit::Day,
    RelativeUnit::Week,
];

/// A relative date found in text, not yet resolved: `amount` `unit`s before the time the
/// page was written ("yesterday" is one day, "today" zero days).
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct RelativeDate {
    /// The byte range in the text, the time after a day word included.
    pub range: Range<usize>,
    /// The text of `range`, as written.
    pub raw: String,
    pub amount: u32,
    pub unit: RelativeUnit,
    /// The time written after a day word ("gestern, 14:05 Uhr"), with its precision and
    /// offset.
    pub time: Option<(NaiveTime, Precision)>,
    pub offset: Option<FixedOffset>,
}

impl RelativeDate {
    /// The date (and time) this relative date names, `now` being the local time the page was
    /// written at. Minutes give a time to the minute, hours a time to about the hour (its
    /// minutes are `now`'s); days and weeks give a day, with the time written after a day
    /// word if any. `None` when out of chrono's range.
    pub(crate) fn resolve(&self, now: NaiveDateTime) -> Option<ParsedDate> {
        if let Some((delta, precision)) = self.moment() {
            let then = now.checked_sub_signed(delta)?;
            return Some(ParsedDate {
                date: then.date(),
                time: Some(then.time().with_second(0)?.with_nanosecond(0)?),
                offset: None,
                precision,
            });
        }
        self.days_back(now.date())
    }

    /// The day this relative date names when only the day it was written on is known (the
    /// page's "today" banner). Minutes and hours are counted back from midday, the likeliest
    /// moment of an unknown time: "3 hours ago" is that day, "20 hours ago" the day before;
    /// the result is a day. Day words keep the time written after them ("yesterday at
    /// 14:05").
    pub(crate) fn resolve_on_day(&self, today: NaiveDate) -> Option<ParsedDate> {
        let Some((delta, _)) = self.moment() else {
            return self.days_back(today);
        };
        let midday = today.and_hms_opt(12, 0, 0)?;
        Some(ParsedDate {
            date: midday.checked_sub_signed(delta)?.date(),
            time: None,
            offset: None,
            precision: Precision::Day,
        })
    }

    /// How long ago, and how precisely, for minutes and hours; `None` for days and weeks.
    fn moment(&self) -> Option<(TimeDelta, Precision)> {
        let amount = i64::from(self.amount);
        match self.unit {
            RelativeUnit::Minute => Some((TimeDelta::try_minutes(amount)?, Precision::Minute)),
            RelativeUnit::Hour => Some((TimeDelta::try_hours(amount)?, Precision::Hour)),
            RelativeUnit::Day | RelativeUnit::Week => None,
        }
    }

    /// The day `amount` days or weeks before `today`, with the time after a day word.
    fn days_back(&self, today: NaiveDate) -> Option<ParsedDate> {
        let days = match self.unit {
            RelativeUnit::Week => u64::from(self.amount) * 7,
            _ => u64::from(self.amount),
        };
        Some(ParsedDate {
            date: today.checked_sub_days(Days::new(days))?,
            time: self.time.map(|(time, _)| time),
            offset: self.offset,
            precision: self.time.map_or(Precision::Day, |(_, precision)| precision),
        })
    }
}

/// How one language writes a relative date.
struct RelativeWords {
    /// BCP 47 primary language subtag (the tests read it).
    #[cfg_attr(not(test), allow(dead_code))]
    code: &'static str,
    /// Words before the amount ("vor 2 Tagen", "il y a 3 jours", "hace 2 días").
    before: &'static [&'static str],
    /// Words after the unit ("2 days ago", "2 giorni fa", "2 dagen geleden").
    after: &'static [&'static str],
    /// Words that stand for the amount one ("an hour ago", "vor einer Stunde"); those ending
    /// in an apostrophe touch the unit ("un'ora fa").
    one: &'static [&'static str],
    /// For each unit of [`UNITS`], every form: singular, plural, the case after a
    /// preposition (German "Tagen"), abbreviations.
    units: [&'static [&'static str]; 4],
    /// Words that name a day by how many days back it is ("yesterday" is 1).
    days: &'static [(&'static str, u32)],
}

/// The languages whose relative dates are read. The same word may appear in several
/// languages as long as it means the same.
const LANGUAGES: &[RelativeWords] = &[
    RelativeWords {
        code: "en",
        before: &[],
        after: &["ago"],
        one: &["a", "an", "one"],
        units: [
            &["minute", "minutes", "min", "mins"],
            &["hour", "hours", "hr", "hrs"],
            &["day", "days"],
            &["week", "weeks", "wk", "wks"],
        ],
        days: &[("today", 0), ("yesterday", 1)],
    },
    RelativeWords {
        code: "de",
        before: &["vor"],
        after: &[],
        one: &["einer", "einem", "einen"],
        units: [
            &["minute", "minuten", "min"],
            &["stunde", "stunden", "std"],
            &["tag", "tagen", "tage"],
            &["woche", "wochen"],
        ],
        days: &[("heute", 0), ("gestern", 1), ("vorgestern", 2)],
    },
    RelativeWords {
        code: "fr",
        before: &["il y a"],
        after: &[],
        one: &["un", "une"],
        units: [
            &["minute", "minutes", "min", "mn"],
            &["heure", "heures", "h"],
            &["jour", "jours"],
            &["semaine", "semaines"],
        ],
        // "hier" is guarded: see the module docs and `GUARDED`.
        days: &[
            ("aujourd'hui", 0),
            ("aujourd’hui", 0),
            ("hier", 1),
            ("avant-hier", 2),
        ],
    },
    RelativeWords {
        code: "es",
        before: &["hace"],
        after: &[],
        one: &["un", "una"],
        units: [
            &["minuto", "minutos", "min"],
            &["hora", "horas", "h"],
            &["día", "días", "dia", "dias"],
            &["semana", "semanas"],
        ],
        days: &[("hoy", 0), ("ayer", 1), ("anteayer", 2), ("antier", 2)],
    },
    RelativeWords {
        code: "it",
        before: &[],
        after: &["fa"],
        one: &["un", "una", "un'", "un’"],
        units: [
            &["minuto", "minuti", "min"],
            &["ora", "ore"],
            &["giorno", "giorni"],
            &["settimana", "settimane"],
        ],
        days: &[
            ("oggi", 0),
            ("ieri", 1),
            ("l'altro ieri", 2),
            ("l’altro ieri", 2),
            ("altroieri", 2),
        ],
    },
    RelativeWords {
        code: "pt",
        // "há 2 dias" and "2 dias atrás" are both written.
        before: &["há"],
        after: &["atrás"],
        one: &["um", "uma"],
        units: [
            &["minuto", "minutos", "min"],
            &["hora", "horas", "h"],
            &["dia", "dias"],
            &["semana", "semanas"],
        ],
        days: &[("hoje", 0), ("ontem", 1), ("anteontem", 2)],
    },
    RelativeWords {
        code: "nl",
        before: &[],
        after: &["geleden"],
        one: &["een", "één"],
        units: [
            &["minuut", "minuten", "min"],
            &["uur", "uren"],
            &["dag", "dagen"],
            &["week", "weken"],
        ],
        days: &[("vandaag", 0), ("gisteren", 1), ("eergisteren", 2)],
    },
    RelativeWords {
        code: "ne",
        // अगाडि, अघि and पहिले all mean "before".
        before: &[],
        after: &["अगाडि", "अघि", "पहिले", "पहिला"],
        one: &["एक"],
        units: [
            &["मिनेट", "मिनट"],
            &["घण्टा", "घन्टा", "घंटा"],
            &["दिन"],
            &["हप्ता"],
        ],
        days: &[("आज", 0), ("हिजो", 1), ("अस्ति", 2)],
    },
    RelativeWords {
        code: "hi",
        before: &[],
        after: &["पहले"],
        one: &["एक"],
        units: [
            &["मिनट"],
            &["घंटे", "घंटा", "घण्टे", "घन्टे"],
            &["दिन"],
            &["हफ्ते", "हफ़्ते", "हफ्ता", "हफ़्ता", "सप्ताह"],
        ],
        // "कल" is yesterday and tomorrow: see the module docs.
        days: &[("आज", 0)],
    },
];

/// Day words that are a common word in another language (French "hier", "here" in German
/// and Dutch): they count only before a time or alone.
const GUARDED: &[&str] = &["hier"];

/// The most words a text may have for a day word alone in it to count ("Published
/// yesterday", "Aktualisiert: heute").
const SHORT_TEXT: usize = 6;

/// The greatest amount read: "9999 days ago" is a number, not a date.
const MAX_AMOUNT: u32 = 9999;

/// The compiled tables: lookups by folded word and the two patterns.
struct Compiled {
    units: HashMap<String, RelativeUnit>,
    days: HashMap<String, u32>,
    /// "[before] amount unit [after]"; the amount is a number or a word for one.
    ago: Regex,
    /// A day word.
    day: Regex,
}

static COMPILED: LazyLock<Compiled> = LazyLock::new(|| {
    let mut units = HashMap::new();
    let mut days = HashMap::new();
    let words = |pick: fn(&RelativeWords) -> Vec<&'static str>| {
        let all: Vec<&str> = LANGUAGES.iter().flat_map(pick).collect();
        alternation(all).replace(' ', r"\s+")
    };
    let before = words(|l| l.before.to_vec());
    let after = words(|l| l.after.to_vec());
    let one = words(|l| l.one.iter().copied().filter(|w| !touches(w)).collect());
    let one_touching = words(|l| l.one.iter().copied().filter(|w| touches(w)).collect());
    let unit_words = words(|l| {
        l.units
            .iter()
            .flat_map(|forms| forms.iter().copied())
            .collect()
    });
    let day_words = words(|l| l.days.iter().map(|&(word, _)| word).collect());
    for language in LANGUAGES {
        for (forms, unit) in language.units.iter().zip(UNITS) {
            for form in *forms {
                units.insert(fold(form), unit);
            }
        }
        for &(word, back) in language.days {
            days.insert(fold(word), back);
        }
    }
    let ago = format!(
        r"(?i)(?:(?P<before>{before})\s+)?(?:(?P<n>[0-9]{{1,4}})\s*|(?P<one>{one})\s+|(?P<one2>{one_touching})\s*)(?P<u>{unit_words})\.?(?:\s+(?P<after>{after}))?"
    );
    Compiled {
        units,
        days,
        ago: Regex::new(&ago).expect("relative patterns are valid"),
        day: Regex::new(&format!(r"(?i){day_words}")).expect("relative patterns are valid"),
    }
});

/// Whether a word for one touches the unit after it ("un'ora").
fn touches(word: &str) -> bool {
    word.ends_with(['\'', '’'])
}

/// The key words are compared by: composed, lowercase, spaces collapsed, the typographic
/// apostrophe as `'`.
fn fold(word: &str) -> String {
    word.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .nfc()
        .flat_map(char::to_lowercase)
        .map(|c| if c == '’' { '\'' } else { c })
        .collect()
}

/// The first relative date in `text` ("Aktualisiert vor 3 Stunden", "2 दिन अगाडि",
/// "yesterday at 3:40 PM"), unresolved; see the module docs for when a day word counts.
pub(crate) fn find_relative(text: &str) -> Option<RelativeDate> {
    let digits = AsciiDigits::new(text);
    let ascii = digits.text();
    let compiled = &*COMPILED;
    let found = [find_ago(ascii, compiled), find_day(ascii, compiled)]
        .into_iter()
        .flatten()
        .min_by_key(|(range, ..)| (range.start, std::cmp::Reverse(range.end)))?;
    let (range, amount, unit, clock) = found;
    let range = digits.original_offset(range.start)..digits.original_offset(range.end);
    Some(RelativeDate {
        raw: text[range.clone()].to_string(),
        range,
        amount,
        unit,
        time: clock.map(|c| (c.time, c.precision)),
        offset: clock.and_then(|c| c.offset),
    })
}

/// Every relative date in `text`, in order ("3 days ago · Updated 2 hours ago" gives two);
/// each is found as [`find_relative`] finds the first in the text after the one before.
pub(crate) fn find_all_relative(text: &str) -> Vec<RelativeDate> {
    let mut found = Vec::new();
    let mut start = 0;
    while let Some(mut next) = text.get(start..).and_then(find_relative) {
        next.range = next.range.start + start..next.range.end + start;
        start = next.range.end;
        found.push(next);
    }
    found
}

/// The date `text` states relative to `now`, the local time the page was written at:
/// [`find_relative`] then [`RelativeDate::resolve`]. (`fields::relative_date` finds first,
/// then resolves against what it has; this is the shorthand of the tests.)
#[cfg_attr(not(test), allow(dead_code))]
pub(crate) fn parse_relative(text: &str, now: NaiveDateTime) -> Option<ParsedDate> {
    find_relative(text)?.resolve(now)
}

type Found = (Range<usize>, u32, RelativeUnit, Option<super::clock::Clock>);

/// The first "N units ago" in the ASCII-digit text.
fn find_ago(text: &str, compiled: &Compiled) -> Option<Found> {
    compiled.ago.captures_iter(text).find_map(|caps| {
        let whole = caps.get(0)?;
        if caps.name("before").is_none() && caps.name("after").is_none() {
            return None;
        }
        if !starts_cleanly(text, whole.range()) || !ends_cleanly(text, whole.range()) {
            return None;
        }
        let unit = *compiled.units.get(&fold(caps.name("u")?.as_str()))?;
        Some((whole.range(), amount(&caps)?, unit, None))
    })
}

fn amount(caps: &Captures) -> Option<u32> {
    match caps.name("n") {
        Some(n) => n.as_str().parse().ok().filter(|&n| n <= MAX_AMOUNT),
        None => Some(1),
    }
}

/// The first day word that counts, with the time after it.
fn find_day(text: &str, compiled: &Compiled) -> Option<Found> {
    let short = text.split_whitespace().count() <= SHORT_TEXT;
    compiled.day.find_iter(text).find_map(|word| {
        if !starts_cleanly(text, word.range()) || !ends_cleanly(text, word.range()) {
            return None;
        }
        let folded = fold(word.as_str());
        let back = *compiled.days.get(&folded)?;
        let clock = clock_after(&text[word.end()..]);
        let alone = text.trim_matches(|c: char| !c.is_alphanumeric()) == word.as_str();
        let counts = match clock {
            Some(_) => true,
            None if GUARDED.contains(&folded.as_str()) => alone,
            None => short,
        };
        if !counts {
            return None;
        }
        let end = word.end() + clock.map_or(0, |(_, len)| len);
        Some((
            word.start()..end,
            back,
            RelativeUnit::Day,
            clock.map(|(c, _)| c),
        ))
    })
}

#[cfg(test)]
mod tests;

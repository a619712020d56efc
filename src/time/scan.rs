//! Finding dates in running text: every format is tried, overlapping matches are settled
//! (the earliest wins, then the longest), and each date is given the time written next to
//! it and the weekday written before it.
//!
//! Ranges are found in a copy of the text with ASCII digits (see `digits.rs`) and reported
//! in the original. Bikram Sambat dates (`bikram.rs`) are candidates beside the Gregorian
//! formats. Relative dates ("3 hours ago") are not: they need a reference time, and are
//! found by `relative.rs`.

use std::cmp::Reverse;
use std::ops::Range;

use super::bikram::{BS_FORMATS, may_name_bs, plausible_years};
use super::boundary::{ends_cleanly, past_word, starts_cleanly};
use super::clock::{Clock, clock_after, clock_before};
use super::digits::AsciiDigits;
use super::formats::{Calendar, Core, FORMATS, Format, YEARS};
use super::vocabulary::is_weekday;
use super::{DateHints, FoundDate, ParsedDate};
use crate::article::Precision;

/// How many dates to look for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Want {
    First,
    All,
}

/// A date found in the ASCII-digit text, before its neighbours are read.
#[derive(Debug, Clone, Copy)]
struct Candidate {
    start: usize,
    end: usize,
    core: Core,
}

/// The dates in `text`, in order, as [`FoundDate`]s with ranges in `text`.
pub(super) fn scan(text: &str, hints: &DateHints, want: Want) -> Vec<FoundDate> {
    let digits = AsciiDigits::new(text);
    let ascii = digits.text();
    let shape = DigitShape::of(ascii);
    if shape.longest_run == 0 {
        return Vec::new();
    }
    let mut candidates = Vec::new();
    // A BS shape also needs a BS month name or the era, looked for once a text's digits fit.
    let bs_named = std::cell::OnceCell::new();
    // Most lines with a digit hold no year: only the shapes their digits fit are searched.
    for format in FORMATS.iter().chain(&BS_FORMATS) {
        let named = || {
            format.year != Some(Calendar::Bikram) || *bs_named.get_or_init(|| may_name_bs(ascii))
        };
        if shape.fits(format) && named() {
            collect(format, ascii, hints, want, &mut candidates);
        }
    }
    let chosen = settle_overlaps(candidates);
    let mut found = Vec::with_capacity(chosen.len());
    let mut floor = 0;
    for (index, candidate) in chosen.iter().enumerate() {
        let ceiling = chosen.get(index + 1).map_or(ascii.len(), |next| next.start);
        let (range, parsed) = complete(ascii, candidate, floor..ceiling);
        floor = range.end;
        found.push(FoundDate {
            range: digits.original_offset(range.start)..digits.original_offset(range.end),
            parsed,
        });
        if want == Want::First {
            break;
        }
    }
    found
}

/// What the ASCII digits of a text allow: the length of its longest run, and whether it
/// holds a four-digit number (alone or within a longer run) that could be the year of each
/// calendar. A shape whose every match needs more is not searched: its reader would refuse
/// every match it found.
struct DigitShape {
    longest_run: usize,
    gregorian_year: bool,
    bikram_year: bool,
}

impl DigitShape {
    /// Reads `text` in one pass over its bytes.
    fn of(text: &str) -> Self {
        let bikram = plausible_years();
        let mut shape = DigitShape {
            longest_run: 0,
            gregorian_year: false,
            bikram_year: false,
        };
        let (mut run, mut last_four) = (0, 0);
        for &b in text.as_bytes() {
            if !b.is_ascii_digit() {
                run = 0;
                continue;
            }
            run += 1;
            shape.longest_run = shape.longest_run.max(run);
            // The number the last four digits write.
            last_four = (last_four % 1000) * 10 + i32::from(b - b'0');
            if run >= 4 {
                shape.gregorian_year |= YEARS.contains(&last_four);
                shape.bikram_year |= bikram.contains(&last_four);
            }
        }
        shape
    }

    /// Whether a match of `format` may be in the text.
    fn fits(&self, format: &Format) -> bool {
        format.min_digits <= self.longest_run
            && match format.year {
                None => true,
                Some(Calendar::Gregorian) => self.gregorian_year,
                Some(Calendar::Bikram) => self.bikram_year,
            }
    }
}

/// Adds the matches of one format that stand on their own and read as real dates.
fn collect(format: &Format, text: &str, hints: &DateHints, want: Want, out: &mut Vec<Candidate>) {
    let mut at = 0;
    // `find_at` first: it needs no allocation, and most texts have no match.
    while let Some(found) = format.regex.find_at(text, at) {
        // The groups are read (a second search) only for a match that stands alone.
        let read = stands_alone(text, found.range())
            .then(|| format.regex.captures_at(text, found.start()))
            .flatten()
            .and_then(|caps| (format.read)(&caps, hints));
        match read {
            Some(core) => {
                out.push(Candidate {
                    start: found.start(),
                    end: found.end(),
                    core,
                });
                if want == Want::First {
                    return;
                }
                at = found.end();
            }
            // A date may still start after the word this match started in ("Summary
            // 16 Oct 2019" fails at "Summary", a word that is no month). Skipping the whole
            // word keeps long runs of letters from being searched once per letter.
            None => at = past_word(text, found.start()),
        }
        if at >= text.len() {
            return;
        }
    }
}

/// A date must not be part of a longer word or number; an ISO date may touch its time
/// (`2019-10-16T14:05`), even one written wrong (`2022-01-10T22:06:08:684Z`): the day
/// is still meant.
fn stands_alone(text: &str, range: Range<usize>) -> bool {
    starts_cleanly(text, range.clone())
        && (ends_cleanly(text, range.clone())
            || clock_after(&text[range.end..]).is_some()
            || iso_time_follows(&text[range.start..range.end], &text[range.end..]))
}

/// True when a dashed year-month-day is followed by `T` and a digit: an ISO time.
fn iso_time_follows(matched: &str, after: &str) -> bool {
    let mut next = after.chars();
    matched.len() == 10
        && matched.as_bytes().get(4) == Some(&b'-')
        && next.next() == Some('T')
        && next.next().is_some_and(|c| c.is_ascii_digit())
}

/// The earliest candidate wins; at the same start, the longest; overlapping ones are dropped.
fn settle_overlaps(mut candidates: Vec<Candidate>) -> Vec<Candidate> {
    candidates.sort_by_key(|c| (c.start, Reverse(c.end)));
    let mut chosen: Vec<Candidate> = Vec::with_capacity(candidates.len());
    for candidate in candidates {
        if chosen.last().is_none_or(|last| candidate.start >= last.end) {
            chosen.push(candidate);
        }
    }
    chosen
}

/// Reads the time and weekday around a date, within `room` (between the previous date and
/// the next), and gives the date's whole range.
fn complete(text: &str, candidate: &Candidate, room: Range<usize>) -> (Range<usize>, ParsedDate) {
    let mut range = candidate.start..candidate.end;
    let mut clock = candidate.core.clock;
    if clock.is_none() {
        if let Some((after, len)) = clock_after(&text[range.end..room.end]) {
            clock = Some(after);
            range.end += len;
        } else if let Some((before, start)) = clock_before(&text[room.start..range.start]) {
            clock = Some(before);
            range.start = room.start + start;
        }
    }
    range.start = weekday_start(text, room.start, range.start);
    (range, parsed(candidate.core, clock))
}

fn parsed(core: Core, clock: Option<Clock>) -> ParsedDate {
    ParsedDate {
        date: core.date,
        time: clock.map(|c| c.time),
        offset: clock.and_then(|c| c.offset),
        precision: clock.map_or(Precision::Day, |c| c.precision),
    }
}

/// Where a weekday written before the date starts ("Mittwoch, 16. Oktober", "Thứ Tư,
/// 16/10/2019"), or `start` when there is none.
fn weekday_start(text: &str, floor: usize, start: usize) -> usize {
    let before = &text[floor..start];
    // On the same line: a word that ends the line above is not this date's weekday.
    let trimmed = before.trim_end_matches(|c: char| {
        (c.is_whitespace() && c != '\n' && c != '\r') || c == ',' || c == '.'
    });
    let last = trimmed.trim_end_matches(in_word).len();
    if last < trimmed.len() && is_weekday(&trimmed[last..]) {
        return floor + last;
    }
    // Vietnamese weekdays are two words ("Thứ Tư").
    let between = trimmed[..last].trim_end_matches(' ').len();
    let second = trimmed[..between].trim_end_matches(in_word).len();
    if between < last && second < between && is_weekday(&trimmed[second..]) {
        return floor + second;
    }
    start
}

/// A character of a weekday name: anything but spaces and punctuation, save the hyphen and
/// apostrophe of "segunda-feira" and "п'ятниця".
fn in_word(c: char) -> bool {
    let punctuation = c.is_ascii_punctuation() || matches!(c, '·' | '•' | '–' | '—' | '（' | '）');
    !c.is_whitespace() && (!punctuation || c == '-' || c == '\'')
}

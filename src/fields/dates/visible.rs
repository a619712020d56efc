//! Dates written in the page's text: on the article's meta line around the headline, in a
//! dateline at the head of the first paragraph, labelled as the publication date anywhere
//! in the article, and (as a last resort) unlabelled or in a box beside the story.

use std::collections::HashSet;

use chrono::{Datelike, NaiveDate};

use super::labels::{Label, label_around, names_publication};
use super::{Candidate, Candidates, Reader};
use crate::article::Provenance;
use crate::facts::Line;
use crate::fields::text_key;
use crate::rules::{Rule, on};
use crate::time::{DateHints, FoundDate, find_dates};

/// How far before a date (and after it) its label is looked for, in characters: a line of
/// running text may hold thousands of dates, and each reads only the words by it. Past
/// this reach a line is running text, where a date is read only when it opens the line.
const LABEL_REACH: usize = 200;
/// How far on either side of a date the other end of a range is looked for: a joint and
/// a whole date.
const RANGE_REACH: usize = 100;

/// How many lines above the headline a date may stand and still be the article's (a date
/// over the title, as many blogs set it); further up it is a banner.
const NEAR_BEFORE: isize = 3;
/// How many lines under the headline the article's meta line may come (after a standfirst,
/// the author's name, a share bar).
const NEAR_AFTER: isize = 15;
/// An unlabelled date with more text than this before it on its line stands in a sentence.
const MAX_UNLABELLED_PREFIX: usize = 45;
/// Lines longer than this are running text: a date there is what the story tells of,
/// unless it opens the line as a dateline does.
const MAX_DATE_LINE: usize = 160;
/// The most characters a dateline's head may have before its date ("Pressemitteilung vom",
/// "WASHINGTON (").
const MAX_DATELINE_HEAD: usize = 30;

/// Where a line with dates stands, as the dates on it are judged.
struct LinePlace {
    /// The line's index among the page's lines.
    index: usize,
    /// Lines from the headline's (negative above it); none when no headline is found.
    distance: Option<isize>,
    /// Running text: longer than a meta line.
    long: bool,
    /// Within the meta line's reach under the headline.
    after_headline: bool,
    /// Around the headline (above or under it), not on it.
    near: bool,
    /// In a box beside the story, not the line or two under the headline.
    aside: bool,
}

/// What the words around a date say it is, and whether it opens running text as a
/// dateline on a page whose headline is not found.
#[derive(Clone, Copy)]
struct DateKind {
    label: Label,
    unanchored_dateline: bool,
}

/// The dates read from the visible lines, by the list each goes to, with the rank that
/// orders the ranked lists (nearest the headline first).
#[derive(Default)]
struct VisibleDates {
    loose: Vec<(usize, Candidate)>,
    near: Vec<(usize, Candidate)>,
    beside: Vec<(usize, Candidate)>,
    labelled: Vec<Candidate>,
}

impl Reader<'_> {
    /// Dates written in the page's text: those on the lines around the main headline (the
    /// article's meta line), nearest first, then dates labelled as the publication date
    /// ("Posted on", "Veröffentlicht am") anywhere in the article. Dates in comments,
    /// embedded posts, sidebars and navigation, banners in a site header above the
    /// headline, and the two ends of a range ("14. - 20. Januar", an event's days) are not
    /// the article's. A date in a box beside the story, near the headline or labelled, is
    /// kept apart for pages that show no other.
    pub(super) fn read_visible(&self, found_dates: &mut Candidates) {
        let headline = self.headline_line();
        let mut read = VisibleDates::default();
        for (index, line) in self.lines.iter().enumerate() {
            // Any script's digits: Nepali dates are written `२०७९ असार २८`. ASCII digits
            // first, without decoding characters.
            let text = &line.text;
            let digits = text.bytes().any(|b| b.is_ascii_digit())
                || (!text.is_ascii() && text.chars().any(char::is_numeric));
            if !digits {
                continue;
            }
            let distance = headline.map(|h| (index as isize) - (h as isize));
            let found = find_dates(&line.text, &self.hints);
            note_written(&line.text, &found, &mut found_dates.written);
            if found.is_empty() {
                continue;
            }
            let Some(place) = self.place_of(index, line, distance) else {
                continue;
            };
            let kinds = self.labels_of(index, &found);
            for (i, f) in found.iter().enumerate() {
                if let Some(kind) = self.kind_of(&line.text, f, &kinds[i..], &place) {
                    read.file(&line.text, f, kind, &place, &mut found_dates.modified);
                }
            }
        }
        let sorted = |mut list: Vec<(usize, Candidate)>| {
            list.sort_by_key(|(rank, _)| *rank);
            list.into_iter().map(|(_, c)| c)
        };
        found_dates.loose.extend(sorted(read.loose));
        found_dates.beside.extend(sorted(read.beside));
        found_dates.published.extend(sorted(read.near));
        found_dates.published.extend(read.labelled);
    }

    /// Where a line with dates stands; none when its dates are not the article's: in a
    /// comment thread, in a site header above the headline, in an embedded post.
    fn place_of(&self, index: usize, line: &Line, distance: Option<isize>) -> Option<LinePlace> {
        // The line or two right under the headline is its meta line even when the page
        // sets it in an aside or a box named like a sidebar; not in a comment thread.
        let adjacent = distance.is_some_and(|d| (1..=2).contains(&d));
        let outside = self.outside(line.node);
        // A comment thread's dates are its comments'; the line or two under the
        // headline is the meta line even in a box named for a commentary (an op-ed,
        // "Kommentar"), and a page without a headline may be a forum thread.
        if self.in_comments(line.node) && (outside || (distance.is_some() && !adjacent)) {
            return None;
        }
        if self.in_embed(line.node) {
            return None;
        }
        Some(LinePlace {
            index,
            distance,
            // A long line is running text; only a dateline opening it, under the
            // headline, dates the story.
            long: line.text.chars().count() > MAX_DATE_LINE,
            after_headline: distance.is_some_and(|d| (1..=NEAR_AFTER).contains(&d)),
            near: distance.is_some_and(|d| (-NEAR_BEFORE..=NEAR_AFTER).contains(&d) && d != 0),
            aside: outside && !adjacent,
        })
    }

    /// What the words around each date of line `index` say it is; a date opening its line
    /// takes its label from a short line above.
    fn labels_of(&self, index: usize, found: &[FoundDate]) -> Vec<Label> {
        let text = &self.lines[index].text;
        let previous = index
            .checked_sub(1)
            .map(|i| self.lines[i].text.as_str())
            .filter(|t| t.chars().count() <= 40)
            .unwrap_or("");
        found
            .iter()
            .map(|f| {
                let before = &text[..f.range.start];
                let label = if before.trim().is_empty() {
                    previous
                } else {
                    before
                };
                label_around(
                    near_end(label, LABEL_REACH),
                    near_start(&text[f.range.end..], LABEL_REACH),
                )
            })
            .collect()
    }

    /// The label of a date on a line (`kinds` holds its own and those after it on the
    /// line), and whether it opens running text as a dateline on a page whose headline is
    /// not found; none when the date is not the article's (implausible, one end of a range,
    /// in running text, deep in a sentence).
    fn kind_of(
        &self,
        text: &str,
        f: &FoundDate,
        kinds: &[Label],
        place: &LinePlace,
    ) -> Option<DateKind> {
        if !self.plausible(f.parsed.date) || in_range(text, f, &self.hints) {
            return None;
        }
        let before = &text[..f.range.start];
        let after = &text[f.range.end..];
        // A long line is running text; only a dateline opening it under the headline, or a
        // label opening it ("Veröffentlicht am … von … in …"), dates the story.
        let opens = before.chars().nth(MAX_DATELINE_HEAD).is_none();
        // On a page whose headline is not found (its title set as no heading, its story in
        // a box named like a sidebar), a dateline opening a paragraph is a last resort.
        let dateline = is_dateline_head(before, after);
        let unanchored_dateline = dateline && place.distance.is_none();
        if place.long
            && !(dateline && (place.after_headline || unanchored_dateline))
            && !(opens && names_publication(before, after))
        {
            return None;
        }
        // An unlabelled date before an update's on the same line is the publication date
        // ("December 3, 2025. Updated: December 7, 2025").
        let kind = match kinds[0] {
            Label::None if kinds[1..].contains(&Label::Updated) => Label::Published,
            kind => kind,
        };
        // A date deep in a sentence, with no label, is what the story tells of.
        if kind == Label::None && before.chars().nth(MAX_UNLABELLED_PREFIX).is_some() {
            return None;
        }
        Some(DateKind {
            label: kind,
            unanchored_dateline,
        })
    }
}

impl VisibleDates {
    /// Files a date of a line (`text`) by its label and place: an update near the headline
    /// goes straight to `modified`.
    fn file(
        &mut self,
        text: &str,
        f: &FoundDate,
        kind: DateKind,
        place: &LinePlace,
        modified: &mut Vec<Candidate>,
    ) {
        let (source, confidence) = match () {
            _ if place.aside => ("heuristic:text-beside", 0.4),
            _ if place.near => ("heuristic:text-near-headline", 0.6),
            _ => ("heuristic:labelled-text", 0.5),
        };
        let mut candidate = Candidate {
            parsed: f.parsed,
            raw: text[f.range.clone()].to_string(),
            provenance: Provenance::new(source, confidence),
            weak: false,
        };
        // After the headline before above it; nearer first.
        let rank = match place.distance {
            Some(d) if d > 0 => d as usize,
            Some(d) => NEAR_AFTER as usize + d.unsigned_abs(),
            None => place.index,
        };
        // Unlabelled dates anywhere rank by distance alone.
        let loose_rank = place.distance.map_or(place.index, |d| d.unsigned_abs());
        let label = kind.label;
        match label {
            _ if place.long && kind.unanchored_dateline => {
                candidate.provenance = Provenance::new("heuristic:text-in-page", 0.4);
                self.loose.push((loose_rank, candidate));
            }
            Label::Updated | Label::Other if place.aside => {}
            _ if place.aside => {
                if place.near || label == Label::Published {
                    self.beside.push((rank, candidate));
                }
            }
            Label::Updated if place.near => modified.push(candidate),
            // An update far from the headline is no publication day.
            Label::Updated | Label::Other => {}
            _ if place.near => {
                if on(Rule::DateNearHeadline) {
                    self.near.push((rank, candidate));
                }
            }
            Label::Published => {
                if on(Rule::DateLabelled) {
                    self.labelled.push(candidate);
                }
            }
            Label::None => {
                candidate.provenance = Provenance::new("heuristic:text-in-page", 0.4);
                self.loose.push((loose_rank, candidate));
            }
        }
    }
}

impl Reader<'_> {
    /// The line index of the main headline: the `<h1>` in the article, else a line that
    /// is the headline's text.
    pub(super) fn headline_line(&self) -> Option<usize> {
        let doc = self.ctx.doc;
        if let Some(h1) = self.h1 {
            return self.lines.iter().position(|l| doc.holds(h1, l.node));
        }
        let key = text_key(self.headline?);
        self.lines.iter().position(|l| text_key(&l.text) == key)
    }
}

/// Every day a line writes, in both readings when day and month could be swapped.
fn note_written(text: &str, found: &[FoundDate], written: &mut HashSet<NaiveDate>) {
    for f in found {
        written.insert(f.parsed.date);
        if let Some(other) = other_reading(&text[f.range.clone()], f.parsed.date) {
            written.insert(other);
        }
    }
}

/// The other reading of an all-numeric date whose day and month could be swapped
/// (`03/01/2017`): the page may write it either way round.
fn other_reading(raw: &str, date: NaiveDate) -> Option<NaiveDate> {
    // The date's own digits, without the time after it.
    let numeric = raw.split_whitespace().next().is_some_and(|d| {
        d.chars()
            .all(|c| c.is_ascii_digit() || matches!(c, '.' | '/' | '-'))
    });
    if !numeric || date.day() > 12 || date.day() == date.month() {
        return None;
    }
    NaiveDate::from_ymd_opt(date.year(), date.day(), date.month())
}

/// The end of `text` from a word boundary at least `reach` characters back (all of it when
/// shorter): what a date's label or range joint may be read from. A word longer than the
/// reach is cut.
fn near_end(text: &str, reach: usize) -> &str {
    let Some((at, _)) = text.char_indices().nth_back(reach) else {
        return text;
    };
    let floor = text[..at]
        .char_indices()
        .nth_back(reach)
        .map_or(0, |(i, _)| i);
    match text[floor..at].rfind(char::is_whitespace) {
        Some(space) => &text[floor + space..],
        None if floor == 0 => text,
        None => &text[at..],
    }
}

/// The start of `text` up to a word boundary at least `reach` characters on (all of it
/// when shorter). A word longer than the reach is cut.
fn near_start(text: &str, reach: usize) -> &str {
    let Some((at, _)) = text.char_indices().nth(reach) else {
        return text;
    };
    let ceil = text[at..]
        .char_indices()
        .nth(reach)
        .map_or(text.len(), |(i, _)| at + i);
    match text[at..ceil].find(char::is_whitespace) {
        Some(space) => &text[..at + space],
        None if ceil == text.len() => text,
        None => &text[..at],
    }
}

/// Words that join a range's two ends ("23.10. bis 25.10.2015", "14 to 20 January").
const RANGE_WORDS: &[&str] = &["bis", "to", "until", "au", "al", "tot"];

/// True when the date is one end of a range of days ("23.10.2015 - 25.10.2015",
/// "14. - 20. Januar 2022", "2020/7/11-12", "11日(土)～12日"): the days of an event, not
/// the day of publication.
fn in_range(text: &str, f: &FoundDate, hints: &DateHints) -> bool {
    let after = near_start(&text[f.range.end..], RANGE_REACH);
    // A weekday in parentheses may stand between ("11日(土)～12日(日)").
    let after = match after.strip_prefix(['(', '（']) {
        Some(rest) => match rest.find([')', '）']) {
            Some(end) if end <= 12 => rest[end..].trim_start_matches([')', '）']),
            _ => after,
        },
        None => after,
    };
    let tight = !after.starts_with(char::is_whitespace);
    if let Some((rest, spaced)) = strip_range_joint(after.trim_start()) {
        // The other end: a whole date, or a bare day right after the joint ("11-12").
        let whole = find_dates(rest, hints)
            .first()
            .is_some_and(|d| d.range.start == 0);
        if whole || (tight && !spaced && starts_with_bare_day(rest)) {
            return true;
        }
    }
    // The second end: a day number and a joint right before the date.
    let before = near_end(&text[..f.range.start], RANGE_REACH).trim_end();
    let Some(before) = strip_range_joint_back(before) else {
        return false;
    };
    let before = before.trim_end();
    // A whole date ("23.10.2015 - 25.10.2015").
    if find_dates(before, hints)
        .last()
        .is_some_and(|d| d.range.end == before.len())
    {
        return true;
    }
    let digits = before
        .trim_end_matches('.')
        .chars()
        .rev()
        .take_while(char::is_ascii_digit)
        .count();
    // Not a time of day ("10:16 - 2. Mai").
    let start = before.trim_end_matches('.').len() - digits;
    (1..=2).contains(&digits) && !before[..start].ends_with([':', 'h'])
}

/// The rest after a range joint (a dash, a tilde, "bis") at the start of `s`, and whether
/// space follows the joint.
fn strip_range_joint(s: &str) -> Option<(&str, bool)> {
    if let Some(rest) = s.strip_prefix(['-', '–', '—', '~', '～']) {
        return Some((rest.trim_start(), rest.starts_with(char::is_whitespace)));
    }
    RANGE_WORDS.iter().find_map(|w| {
        let rest = s.strip_prefix(w)?;
        rest.starts_with(' ').then(|| (rest.trim_start(), true))
    })
}

/// What stands before a range joint at the end of `s`.
fn strip_range_joint_back(s: &str) -> Option<&str> {
    if let Some(rest) = s.strip_suffix(['-', '–', '—', '~', '～']) {
        return Some(rest);
    }
    RANGE_WORDS.iter().find_map(|w| {
        let rest = s.strip_suffix(w)?;
        rest.ends_with(' ').then_some(rest)
    })
}

/// True when `s` opens with a bare day number (`12`, `12日`) and not a time of day
/// (`15:49`, `14h05`) or a longer number.
fn starts_with_bare_day(s: &str) -> bool {
    let digits = s.chars().take_while(char::is_ascii_digit).count();
    if !(1..=2).contains(&digits) {
        return false;
    }
    let mut rest = s[digits..].chars();
    match (rest.next(), rest.next()) {
        (Some(':' | 'h' | '.'), Some(c)) if c.is_ascii_digit() => false,
        (Some(c), _) => !c.is_alphanumeric() || matches!(c, '日' | '号' | '일'),
        (None, _) => true,
    }
}

/// True when the text before a date in a long line is a dateline's head, not a sentence:
/// nothing, a place ("Karlsruhe, (", "WASHINGTON ("), or a short label ("Pressemitteilung
/// vom"), and the date closed by a bracket or followed by a dash, a bar or a colon.
fn is_dateline_head(before: &str, after: &str) -> bool {
    let head = before.trim();
    let opened = head.ends_with('(');
    let head = head.trim_end_matches(['(', ',', ' ']);
    if head.chars().nth(MAX_DATELINE_HEAD).is_some() {
        return false;
    }
    const JOINING: &[&str] = &["vom", "am", "den", "le", "du", "del", "de", "on", "dated"];
    let words_ok = head
        .split([' ', ','])
        .filter(|w| !w.is_empty())
        .enumerate()
        .all(|(i, w)| {
            i < 3
                && (w.chars().next().is_some_and(char::is_uppercase)
                    || JOINING.contains(&w.to_lowercase().as_str()))
        });
    let closed = after
        .trim_start()
        .starts_with([')', '–', '—', '-', '|', ':', '·', '/']);
    words_ok && (closed || opened)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn hints() -> DateHints<'static> {
        DateHints::default()
    }

    fn first(text: &str) -> FoundDate {
        find_dates(text, &hints())
            .into_iter()
            .next()
            .expect("a date")
    }

    #[test]
    fn ranges_are_events() {
        for text in [
            "23.10.2015 - 25.10.2015 im Gutshof",
            "2020/7/11-12: JRA winners",
            "Vom 3. März 2021 bis 5. März 2021",
        ] {
            assert!(in_range(text, &first(text), &hints()), "{text}");
        }
        let last = "Wochenbericht 14. - 20. Januar 2022";
        assert!(in_range(last, &first(last), &hints()), "{last}");
        for text in [
            "28.01.2020 - 15:49",
            "Published 16 October 2019 - 14h05",
            "3 May 2021",
            "02.02.2022 10:16 Uhr - 1. Bundesliga",
            "February 4, 2025 - 11 minutes",
            "10:16 - 2. Mai 2021",
        ] {
            assert!(!in_range(text, &first(text), &hints()), "{text}");
        }
    }

    #[test]
    fn reaches_keep_whole_words() {
        assert_eq!(near_end("short", 10), "short");
        assert_eq!(near_end("one two three four", 6), " three four");
        assert_eq!(near_start("one two three four", 5), "one two");
        assert_eq!(near_start("short", 10), "short");
        // A word up to twice the reach is kept whole; a longer one is cut.
        assert_eq!(near_end("Langwort", 3), "Langwort");
        assert_eq!(near_end("a Überlangeswort", 3), "wort");
        assert_eq!(near_start("Überlangeswort b", 3), "Übe");
    }

    #[test]
    fn datelines_open_long_lines() {
        assert!(is_dateline_head("", " – Mehrfach und vehement"));
        assert!(is_dateline_head("(", ") Deutschlands Landwirte"));
        assert!(is_dateline_head("WASHINGTON (", ") — Mindfulness"));
        assert!(is_dateline_head("Pressemitteilung vom ", " | Berlin – Die"));
        assert!(!is_dateline_head("Am ", " findet der jährliche Tag statt"));
        assert!(!is_dateline_head(
            "Wenige Stunden nachdem am ",
            " die Nachricht"
        ));
    }
}

//! `dateline`: where a story was filed, read from the head of its first paragraph
//! ("SEOUL, South Korea (AP) — …", "Berlin (dpa) - …", "KATHMANDU, June 12 (Reuters) -",
//! "NEW YORK and CHICAGO (December 22, 2013) —", "Kathmandu, June 12: …"). The paragraph
//! keeps it: it is part of the story's text as printed, and every annotated corpus we measure
//! with keeps it there. An agency in the dateline becomes an author when the page names none.

use crate::Field;
use std::sync::LazyLock;

use regex::Regex;

use super::agencies::agency;
use super::{Context, record};
use crate::article::{Article, Author, AuthorKind, Dateline, Provenance};
use crate::time::month_forms;
use crate::vocabulary::alternation;

/// The separator after a dateline: a dash of any kind, or a colon after a date. The head's
/// length is left open here and checked against [`MAX_HEAD`] after the match (see there).
static HEAD: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?P<head>[^—–\n]{2,}?)\s*(?P<sep>\s[-–—]{1,2}\s|—|–|:\s|\s?।\s)\s*")
        .expect("valid regex")
});
/// A dateline closed by an agency in parentheses and no dash ("NEW DELHI, Jun 12 (PTI) …");
/// the lengths of the place and the agency are checked after the match.
static AGENCY_HEAD: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?P<head>(?P<place>[^—–()\n]{2,})\((?P<agency>[^()]+)\))\s+")
        .expect("valid regex")
});
static PARENS_TAIL: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\s*\((?P<inner>[^()]+)\)\s*$").expect("valid regex"));

/// The longest dateline head before its dash, in characters. This bound, and the three
/// below, are checked on the match rather than written into the regexes: a counted repeat
/// of a class of almost every character compiles to a copy of the class per count,
/// hundreds of kilobytes held for the whole run. The matches are the same. A lazy head is
/// the shortest head that a separator follows, bound or not, and a run that must stop at
/// the first parenthesis can only be one stretch of text.
const MAX_HEAD: usize = 90;
/// The longest head before an agency in parentheses, in characters.
const MAX_AGENCY_PLACE: usize = 60;
/// The longest agency in those parentheses, in characters.
const MAX_AGENCY: usize = 30;
/// The longest text in parentheses that close a head, in characters.
const MAX_PARENS: usize = 40;

/// Whether a match's group is at most `max` characters long.
fn within(caps: &regex::Captures, group: &str, max: usize) -> bool {
    caps.name(group)
        .is_some_and(|m| m.as_str().chars().count() <= max)
}

/// An English month and day closing the dateline ("WASHINGTON, Jan. 5"); the months come
/// from the date reader's names.
static DATE_TAIL: LazyLock<Regex> = LazyLock::new(|| {
    let months = alternation(month_forms("en"));
    Regex::new(&format!(
        r"(?i),?\s+(?P<date>(?:{months})\.?\s+\d{{1,2}}(?:,?\s+\d{{4}})?)\s*$"
    ))
    .expect("valid regex")
});

// A month named in any language the date reader knows, and the day: "असार २८", "12. Juni".
static WORD_DATE_TAIL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r",?\s+(?:(?P<month>[\p{L}\p{M}]+)\.?\s+\p{Nd}{1,2}|\p{Nd}{1,2}\.?\s+(?P<day_first>[\p{L}\p{M}]+))(?:,?\s+\p{Nd}{4})?\s*$")
        .expect("valid regex")
});

pub(super) fn extract(ctx: &Context, article: &mut Article) {
    let _ = ctx;
    if article.dateline.is_some() {
        // A profile found it.
        return;
    }
    let Some(first) = article.body.first() else {
        return;
    };
    let Some((dateline, rest)) = parse(&first.text) else {
        return;
    };
    // A dateline heads a story: a short line that is all "head" is something else.
    if rest.chars().count() < 20 {
        return;
    }
    if article.authors.is_empty()
        && let Some(a) = &dateline.agency
    {
        article
            .authors
            .push(Author::new(a.clone(), AuthorKind::Agency));
        record(
            article,
            Field::Authors,
            Provenance::new("heuristic:dateline-agency", 0.6),
        );
    }
    record(
        article,
        Field::Dateline,
        Provenance::new("heuristic:first-paragraph", 0.7).raw(dateline.raw.clone()),
    );
    article.dateline = Some(dateline);
}

/// Splits a paragraph into its dateline and the rest, when it opens with one.
pub(crate) fn parse(paragraph: &str) -> Option<(Dateline, String)> {
    if let Some(caps) = HEAD
        .captures(paragraph)
        .filter(|caps| within(caps, "head", MAX_HEAD))
    {
        // A colon or a danda ("काठमाडौं, असार २८ ।") ends a dateline only after a date.
        let colon = matches!(caps["sep"].trim(), ":" | "।");
        if let Some(found) = parse_head(paragraph, &caps, colon, false) {
            return Some(found);
        }
    }
    let caps = AGENCY_HEAD.captures(paragraph).filter(|caps| {
        within(caps, "place", MAX_AGENCY_PLACE) && within(caps, "agency", MAX_AGENCY)
    })?;
    parse_head(paragraph, &caps, false, true)
}

fn parse_head(
    paragraph: &str,
    caps: &regex::Captures,
    colon: bool,
    needs_agency: bool,
) -> Option<(Dateline, String)> {
    let whole = caps.get(0)?;
    let mut head = caps["head"].trim().to_string();
    let mut found_agency = None;
    let mut found_date = false;
    if let Some(p) = PARENS_TAIL
        .captures(&head)
        .filter(|p| within(p, "inner", MAX_PARENS))
    {
        let inner = p["inner"].to_string();
        if let Some(a) = agency(&inner) {
            found_agency = Some(a.to_string());
        } else if inner.chars().any(|c| c.is_ascii_digit()) {
            found_date = true;
        } else {
            return None;
        }
        head.truncate(p.get(0)?.start());
    }
    if let Some(d) = DATE_TAIL.captures(&head) {
        found_date = true;
        head.truncate(d.get(0)?.start());
    } else if let Some(d) = WORD_DATE_TAIL.captures(&head)
        && d.name("month")
            .or(d.name("day_first"))
            .is_some_and(|m| crate::time::is_month_name(m.as_str()))
    {
        found_date = true;
        head.truncate(d.get(0)?.start());
    }
    let place = head.trim().trim_end_matches(',').trim().to_string();
    if needs_agency && found_agency.is_none() {
        return None;
    }
    // A colon ends a dateline after a date, or after a place in capitals ("NEW DELHI:").
    if !is_place(&place, found_agency.is_some() || found_date)
        || (colon && !found_date && !is_shouted_place(&place))
    {
        return None;
    }
    let raw = whole.as_str().trim().to_string();
    let dateline = Dateline {
        place: Some(place),
        agency: found_agency,
        raw,
    };
    Some((dateline, paragraph[whole.end()..].trim().to_string()))
}

/// A place: at most six words, each capitalized (joining words like "and" aside); its first
/// word in capitals unless an agency or a date confirms the dateline.
/// A capital, or a letter of a script without case (Devanagari, Arabic, CJK).
fn starts_name(c: char) -> bool {
    c.is_uppercase() || (c.is_alphabetic() && !c.is_lowercase())
}

fn is_place(place: &str, confirmed: bool) -> bool {
    let words: Vec<&str> = place.split_whitespace().collect();
    if words.is_empty() || words.len() > 6 || place.chars().any(|c| c.is_ascii_digit()) {
        return false;
    }
    let joining = [
        "and", "und", "et", "de", "del", "la", "le", "am", "an", "der", "of",
    ];
    let capitalized = words
        .iter()
        .all(|w| joining.contains(w) || w.chars().next().is_some_and(starts_name));
    let first = words[0].trim_end_matches(',');
    let shouting = first.chars().filter(|c| c.is_alphabetic()).count() >= 2
        && first
            .chars()
            .filter(|c| c.is_alphabetic())
            .all(char::is_uppercase);
    capitalized && (shouting || confirmed)
}

/// A place written in capitals, as a dateline before a colon writes it ("NEW DELHI",
/// "SAN JOSÉ"): letters only, every word in capitals, and not a label that heads a text
/// the same way ("UPDATE:", "FILE PHOTO:").
fn is_shouted_place(place: &str) -> bool {
    let words: Vec<&str> = place.split_whitespace().collect();
    let letters_only = place
        .chars()
        .all(|c| c.is_alphabetic() || matches!(c, ' ' | '.' | '-' | '\''));
    let shouted = |w: &&str| {
        w.chars().filter(|c| c.is_alphabetic()).count() >= 2
            && w.chars()
                .filter(|c| c.is_alphabetic())
                .all(char::is_uppercase)
    };
    (1..=4).contains(&words.len())
        && letters_only
        && words.iter().all(shouted)
        && !HEAD_LABELS.contains(&place.to_lowercase().as_str())
}

/// Labels that open a text in capitals before a colon and are no place.
const HEAD_LABELS: &[&str] = &[
    "update",
    "updated",
    "note",
    "editor's note",
    "correction",
    "exclusive",
    "breaking",
    "breaking news",
    "watch",
    "video",
    "photo",
    "photos",
    "file photo",
    "listen",
    "live",
    "analysis",
    "opinion",
    "comment",
    "review",
    "summary",
    "tldr",
    "warning",
    "disclaimer",
    "spoiler",
    "question",
    "answer",
    "read more",
    "also read",
    "sponsored",
    "advertisement",
    "anzeige",
    "werbung",
    "hinweis",
    "eilmeldung",
    "achtung",
    "kommentar",
    "mise à jour",
    "actualización",
];

#[cfg(test)]
mod tests {
    use super::*;

    fn check(text: &str, place: &str, agency: Option<&str>, rest: &str) {
        let (d, r) = parse(text).unwrap_or_else(|| panic!("no dateline in {text:?}"));
        assert_eq!(d.place.as_deref(), Some(place), "{text}");
        assert_eq!(d.agency.as_deref(), agency, "{text}");
        assert_eq!(r, rest, "{text}");
    }

    #[test]
    fn reads_wire_datelines() {
        check(
            "SEOUL, South Korea (AP) — North Korea fired.",
            "SEOUL, South Korea",
            Some("AP"),
            "North Korea fired.",
        );
        check(
            "KATHMANDU, June 12 (Reuters) - Nepal said.",
            "KATHMANDU",
            Some("Reuters"),
            "Nepal said.",
        );
        check(
            "OSLO, Sept. 5 (Reuters) - The bank said.",
            "OSLO",
            Some("Reuters"),
            "The bank said.",
        );
        check(
            "WASHINGTON — The Senate voted.",
            "WASHINGTON",
            None,
            "The Senate voted.",
        );
        check(
            "NEW YORK and CHICAGO (December 22, 2013) — Stores opened.",
            "NEW YORK and CHICAGO",
            None,
            "Stores opened.",
        );
        check(
            "Berlin (dpa) - Die Regierung hat.",
            "Berlin",
            Some("dpa"),
            "Die Regierung hat.",
        );
        check(
            "PARIS (AFP) – Le gouvernement a.",
            "PARIS",
            Some("AFP"),
            "Le gouvernement a.",
        );
        check(
            "Kathmandu, June 12: The government said.",
            "Kathmandu",
            None,
            "The government said.",
        );
        check(
            "काठमाडौं, असार २८ । उपत्यकामा वर्षा भयो।",
            "काठमाडौं",
            None,
            "उपत्यकामा वर्षा भयो।",
        );
        check(
            "Berlin, 12. Juni: Der Senat hat beschlossen.",
            "Berlin",
            None,
            "Der Senat hat beschlossen.",
        );
        check(
            "NEW DELHI, Jun 12 (PTI) The minister said.",
            "NEW DELHI",
            Some("PTI"),
            "The minister said.",
        )
    }

    #[test]
    fn reads_a_place_in_capitals_before_a_colon() {
        check(
            "PORT ALDER: The ferry service resumed on Monday.",
            "PORT ALDER",
            None,
            "The ferry service resumed on Monday.",
        );
        assert!(parse("UPDATE: The ferry service resumed on Monday.").is_none());
        assert!(parse("FILE PHOTO: A ferry leaves the harbour at dawn.").is_none());
        assert!(parse("TL;DR: The ferry service resumed on Monday.").is_none());
        assert!(parse("Port Alder: The ferry service resumed on Monday.").is_none());
    }

    #[test]
    fn leaves_ordinary_sentences_alone() {
        assert!(parse("The minister said — and meant it — that taxes rise.").is_none());
        assert!(parse("In Berlin - so the mayor - nothing moved.").is_none());
        assert!(parse("Note: this is a sentence.").is_none());
    }
}

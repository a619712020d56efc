//! The patterns that read bylines, each built from the word lists of `words.rs`.

use std::sync::LazyLock;

use regex::Regex;

use super::words::{CLOCK_WORDS, DATE_TAIL_LANGUAGES, DATE_TAIL_MONTHS, LANGUAGES, Language};
use crate::time::{alternation, month_abbreviations, weekday_names};

/// The words of one kind in every language, as a regex alternation, longest first; a space
/// in an entry matches any run of whitespace.
fn any_of(kinds: &[fn(&Language) -> &'static [&'static str]]) -> String {
    let words = LANGUAGES
        .iter()
        .flat_map(|language| kinds.iter().flat_map(move |kind| kind(language).iter()))
        .copied();
    alternation(words).replace(' ', r"\s+")
}

/// Compiles a pattern built here; the lists are fixed, so it always compiles.
fn compile(pattern: &str) -> Regex {
    Regex::new(pattern).expect("valid regex")
}

/// "by" words: "by", "von", "par".
fn by() -> String {
    any_of(&[|l| l.by])
}

/// Words that lead a credit before its "by" word: verbs, works and labels ("written",
/// "posted", "story", "text").
fn lead() -> String {
    any_of(&[|l| l.verbs, |l| l.posted, |l| l.works, |l| l.labels])
}

/// Verbs of a credit, writing or posting: "written", "posted".
fn verbs() -> String {
    any_of(&[|l| l.verbs, |l| l.posted])
}

/// Words that label the writer's name: "by" words and labels ("by", "Autorin", "Redaktion").
fn label() -> String {
    any_of(&[|l| l.by, |l| l.labels, |l| l.colon_labels])
}

/// Credits for other work than the writing: "reviewed", "illustriert".
fn other_work() -> String {
    any_of(&[|l| l.other_work])
}

/// The short month names that start a date ("Dec", "Sept").
fn months() -> String {
    alternation(month_abbreviations(DATE_TAIL_MONTHS))
}

/// A byline's opening label, to strip: "By", "Written by", "Autorin:", "Redaktion:",
/// "this post was written by". The lower-case-only words ("de", "di") keep "De Niro" whole.
pub(super) static PREFIX: LazyLock<Regex> = LazyLock::new(|| {
    compile(&format!(
        r"^\s*(?:(?i:(?:{this_work})\s+(?:was\s+|is\s+)?))?(?:(?i:{lead})\s+)?(?:(?i:{by}|{from}|{labels}|(?:{colon})\s*:|(?:{lead})\s+(?:{by}))|{lower})(?:\s*[:\-]\s*|\s+|\s*$)",
        this_work = any_of(&[|l| l.this_work]),
        lead = lead(),
        by = by(),
        from = any_of(&[|l| l.from]),
        labels = any_of(&[|l| l.labels]),
        colon = any_of(&[|l| l.colon_labels]),
        lower = any_of(&[|l| l.by_lower]),
    ))
});

/// A name written last name first: "Kaufman, Jeff T.", "Jong, Michiel de".
pub(super) static LAST_FIRST: LazyLock<Regex> =
    LazyLock::new(|| compile(r"^(?P<last>\p{Lu}[\p{L}'’-]+),\s*(?P<first>\p{Lu}[\p{L}.’' -]*?)$"));

/// Labels of links to an author's page ("View all posts by Ann Lee", "Alle Beiträge von …").
pub(super) static LINK_LABEL: LazyLock<Regex> = LazyLock::new(|| {
    compile(&format!(
        r"(?i)^.*?\b(?:{labels})\s+(?:{by})\s+",
        labels = any_of(&[|l| l.link_labels]),
        by = any_of(&[|l| l.by, |l| l.from, |l| l.by_lower]),
    ))
});

/// Credits of the site's software, and picture credits ("Photo: … / Adobe Stock"): no person.
pub(super) static POWERED_BY: LazyLock<Regex> = LazyLock::new(|| {
    compile(&format!(
        r"(?i)\b(?:{software})\b|^(?:{pictures})s?\s*:",
        software = any_of(&[|l| l.software]),
        pictures = any_of(&[|l| l.picture_labels]),
    ))
});

/// A link to an author's page labelled "All posts", "Alle Beiträge": no name.
pub(super) static ALL_POSTS: LazyLock<Regex> =
    LazyLock::new(|| compile(&format!(r"^(?i:{})$", any_of(&[|l| l.all_posts]))));

/// A line that opens with a byline word: "By Ann Lee", "Von Max Muster", "Autor: …", with
/// an optional date before the credit ("05.02.2020 - Redaktion: …").
pub(super) static BYLINE_LINE: LazyLock<Regex> = LazyLock::new(|| {
    compile(&format!(
        r"^(?:[\d./]+\s*[-–|·]\s*)?(?:(?i:{lead})\s+)?(?:(?i:{label})\s*:?\s+|(?i:{label}):\s*)\S",
        lead = lead(),
        label = label(),
    ))
});

/// A byline label alone on its line ("Autor:", "Text:", "By", "About the author").
pub(super) static BYLINE_LABEL_ONLY: LazyLock<Regex> = LazyLock::new(|| {
    compile(&format!(
        r"^(?i:{label}|(?:{lead})\s+(?:{by})|{about})\s*:?$",
        label = label(),
        lead = lead(),
        by = by(),
        about = any_of(&[|l| l.about_author]),
    ))
});

/// A meta line that names the author after the date ("Posted on May 3, 2020 by Ann Lee").
pub(super) static BYLINE_AFTER_DATE: LazyLock<Regex> = LazyLock::new(|| {
    compile(&format!(
        r"^(?i:{verbs})\b.{{0,40}}?\b(?i:{by})\s+(?P<credit>\S.{{1,60}})$",
        verbs = any_of(&[|l| l.posted]),
        by = by(),
    ))
});

/// A line that opens with a plain byline label: "By", "Von", "Posted by", or a label with
/// a colon ("Autor:", "Text:").
pub(super) static STRONG_LABEL: LazyLock<Regex> = LazyLock::new(|| {
    compile(&format!(
        r"^(?:(?:(?i:{lead})\s+)?(?i:{by})\s+\p{{Lu}}|(?i:{label}|(?:{lead})\s+(?:{by}))\s*:)",
        lead = lead(),
        by = by(),
        label = label(),
    ))
});

/// A line that opens with a verb and a "by" word: "Posted by", "Geschrieben von".
pub(super) static VERB_LABEL: LazyLock<Regex> = LazyLock::new(|| {
    compile(&format!(
        r"^(?i:{verbs})\s+(?i:{by})\s",
        verbs = verbs(),
        by = by(),
    ))
});

/// The end of a label that credits a reviewer, editor or illustrator, not the writer.
pub(super) static REVIEWER_LABEL: LazyLock<Regex> = LazyLock::new(|| {
    compile(&format!(
        r"(?i)\b(?:{other})(?:\s+(?:{by}))?\s*:?\s*$",
        other = other_work(),
        by = by(),
    ))
});

/// A meta line that gives the date, then the author: "11.12.2019 - Ann Lee",
/// "04.02.2022 | 13:10 Uhr | Ann Lee", "Dec. 19, 2025 · Ann Lee".
pub(super) static DATE_THEN_NAME: LazyLock<Regex> = LazyLock::new(|| {
    compile(&format!(
        r"^(?:(?:\d{{1,4}}[./-]\d{{1,2}}[./-]\d{{2,4}}|\d{{1,2}}:\d{{2}}(?:\s*(?i:{clock}))?|(?i:{months})[a-z]*\.?\s+\d{{1,2}},?\s+\d{{4}})\s*[-–|·•,]?\s*)+[-–|·•]\s*(?P<credit>\p{{Lu}}[^|·•]{{2,60}})$",
        clock = alternation(CLOCK_WORDS.iter().copied()),
        months = months(),
    ))
});

/// E-mail addresses, handles, web addresses, and contact details to the end.
pub(super) static EMAIL_OR_HANDLE: LazyLock<Regex> = LazyLock::new(|| {
    compile(&format!(
        r"(?i)\S+@\S+\.\S+|(?:^|\s)@\w+|https?://\S+|\bemail\b|\b(?:{contact})\b.*$",
        contact = any_of(&[|l| l.contact]),
    ))
});

/// The marks between a byline's credits.
pub(super) static COMMA: LazyLock<Regex> = LazyLock::new(|| compile(r"\s*[,;|]\s*"));

/// The marks and words that join two names: "/", "&", "and", "und".
pub(super) static SPLIT: LazyLock<Regex> = LazyLock::new(|| {
    compile(&format!(
        r"(?i)\s*(?:/|&|\b(?:{joiners})\b)\s*",
        joiners = any_of(&[|l| l.joiners]),
    ))
});

/// A credit that opens with a second person's joiner ("with Ann Lee").
pub(super) static LEADING_WITH: LazyLock<Regex> = LazyLock::new(|| {
    compile(&format!(
        r"^\s*(?i:{alongside})\b",
        alongside = any_of(&[|l| l.alongside]),
    ))
});

/// Text in brackets: "(…)", "[…]".
pub(super) static PARENS: LazyLock<Regex> = LazyLock::new(|| compile(r"\(([^)]*)\)|\[([^\]]*)\]"));

/// A credit for other work after the writers': "…, Updated by …", "… Illustration von …".
pub(super) static OTHER_CREDIT: LazyLock<Regex> = LazyLock::new(|| {
    compile(&format!(
        r"^(?P<writers>.+?\S)\s*[,;|·•–-]?\s*\b(?i:{other})\s+(?i:{by})\s+\S.*$",
        other = other_work(),
        by = by(),
    ))
});

/// Two capitalized words in a row: a name ("Ann Lee"), not a lone label ("Text und").
pub(super) static TWO_NAME_WORDS: LazyLock<Regex> =
    LazyLock::new(|| compile(r"\p{Lu}[\p{L}.'-]*\s+\p{Lu}"));

/// A credit that opens with other work than the writing: "Updated by …", "Reviewed by …".
pub(super) static OTHER_LEAD: LazyLock<Regex> = LazyLock::new(|| {
    compile(&format!(
        r"^\s*(?i:{other})\s+(?i:{by})\s",
        other = other_work(),
        by = by(),
    ))
});

/// A date or time after the name. Its words match whole only: "il" in "Mail On Sunday"
/// or "mar" in "Dunmar" starts no date.
pub(super) static DATE_TAIL: LazyLock<Regex> = LazyLock::new(|| {
    compile(&format!(
        r"(?i)\s*(?:[-–—|•·,]\s*)?(?:\b(?:{leads})\s*:?\s*)*(?:\d|\b(?:{weekdays})\b|\b(?:{months})[a-z]*\.?\s+\d).*$",
        leads = any_of(&[|l| l.date_leads, |l| l.verbs, |l| l.posted]),
        weekdays = alternation(weekday_names(DATE_TAIL_LANGUAGES)),
        months = months(),
    ))
});

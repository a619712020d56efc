//! Relative dates ("3 hours ago", "yesterday", "vor 2 Tagen", "२ दिन अगाडि") as the
//! publication or update date, when the page states no absolute one.
//!
//! Runs after `dates`: an absolute date (metadata, `<time>`, the text, the URL) always wins.
//! A relative date counts when it stands on the lines around the headline, in the article
//! (not in a comment, a related list or a sidebar), on a short line or after a label
//! ("Updated 2 hours ago" is an update). It is resolved against a reference time:
//!
//! 1. the caller's, [`crate::ExtractorBuilder::now`] (`--now`): a relative date in minutes
//!    or hours gets a time in the reference's offset (offset source `reference`), with
//!    precision `minute` or `hour`; days and weeks give a day;
//! 2. else the date the page gives as today: a date banner in the site's header or top bar,
//!    above the headline and outside the article ("Monday Jul 22, 2024"). A banner is only a
//!    day, so every relative date resolved against it is a day ("3 hours ago" is the banner's
//!    day, see `RelativeDate::resolve_on_day`), unless a day word has a time ("yesterday at
//!    14:05"), which then takes the site's zone.
//!
//! The relative text is kept as the timestamp's `raw` and its provenance's `raw`; what it
//! was resolved against is recorded as `published.reference` (`modified.reference`). With
//! no reference, the field stays empty and a warning names the relative date as written.
//! A relative update date beside an absolute publication date is looked for only when the
//! caller gives a reference time.
//!
//! A banner is today's date, not the article's: when `dates` read it off the page's text
//! (`heuristic:text-…`) and a relative date stands by the headline, the relative date
//! replaces it.

use crate::Field;
use std::sync::LazyLock;

use chrono::{DateTime, FixedOffset};
use regex::Regex;

use super::dates::labels::UPDATED_LABEL;
use super::{Context, is_outside_region, page_host, record, record_part};
use crate::article::{Article, OffsetSource, Provenance, Timestamp};
use crate::dom::{Document, NodeId, local_name, tags};
use crate::facts::Line;
use crate::time::{
    DateHints, ParsedDate, RelativeDate, find_all_relative, find_dates, to_timestamp, zone_for_tld,
};
use crate::vocabulary::labels::{COMMENTED, MEMBER_SINCE, PUBLISHED};
use crate::vocabulary::{all, alternation};

/// How many lines above the headline a relative date may stand (a date over the title).
const NEAR_BEFORE: isize = 3;
/// How many lines under the headline the article's meta line may come.
const NEAR_AFTER: isize = 15;
/// Lines longer than this are running text: "2 days ago" there is what the story tells of.
const MAX_DATE_LINE: usize = 160;
/// An unlabelled relative date with more text than this before or after it stands in a
/// sentence.
const MAX_UNLABELLED_CONTEXT: usize = 45;
/// A banner line holds little besides its date ("Today: Monday, Jul 22, 2024").
const MAX_BANNER_EXTRA: usize = 24;

/// Words that label a publication: after an update label, they take the date back.
static PUBLISHED_LABEL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!("(?i)(?:{})", alternation(all(PUBLISHED)))).expect("valid regex")
});

/// Words that say a relative date is some other event's (a member's, a comment's).
static OTHER_LABEL: LazyLock<Regex> = LazyLock::new(|| {
    let words = alternation(all(MEMBER_SINCE).chain(all(COMMENTED)));
    Regex::new(&format!("(?i)(?:{words})")).expect("valid regex")
});

/// Class and id words of a site header or top bar, and of a "today" element.
const BANNER_WORDS: &[&str] = &[
    "header",
    "masthead",
    "topbar",
    "top-bar",
    "top_bar",
    "today",
    "current-date",
    "currentdate",
    "date-today",
    "datetoday",
];

/// What a relative date is resolved against.
#[derive(Debug, Clone)]
enum Reference {
    /// The caller's reference time.
    Now(DateTime<FixedOffset>),
    /// A date the page gives as today, in its header.
    Banner(Banner),
}

/// A date banner: today's date as the site's header shows it.
#[derive(Debug, Clone)]
struct Banner {
    parsed: ParsedDate,
    /// The date as written.
    raw: String,
}

/// A relative date found by the headline.
struct Found {
    relative: RelativeDate,
    updated: bool,
}

pub(super) fn extract(ctx: &Context, article: &mut Article) {
    let published_from_text = article
        .provenance
        .get("published")
        .is_some_and(|p| p.source.starts_with("heuristic:text"));
    let want_published = article.published.is_none() || published_from_text;
    // An update date alone is looked for only with the caller's reference time: that spares
    // most pages a second walk of their lines.
    if !want_published && (article.modified.is_some() || ctx.now.is_none()) {
        return;
    }
    let lines = ctx.facts.lines();
    let social_title = ctx.signals.meta.get("og:title");
    let Some(headline) = ctx
        .facts
        .headline_line(article.headline.as_deref(), social_title)
    else {
        return;
    };
    let hints = DateHints {
        language: article.language.as_deref(),
    };
    let banner = find_banner(ctx.doc, lines, headline, &hints);
    // A date `dates` read off the page's text that is the banner's is today's date, not
    // the article's.
    let published_is_banner = published_from_text
        && banner.as_ref().is_some_and(|b| {
            article
                .published
                .as_ref()
                .is_some_and(|p| p.date == b.parsed.date && p.raw == b.raw)
        });
    let want_published = article.published.is_none() || published_is_banner;
    // An update beside an absolute publication date needs the caller's reference time.
    let want_modified = article.modified.is_none() && (want_published || ctx.now.is_some());
    if !want_published && !want_modified {
        return;
    }
    let found = near_headline(ctx.doc, lines, headline);
    let published = found.iter().find(|f| !f.updated).filter(|_| want_published);
    let modified = found.iter().find(|f| f.updated).filter(|_| want_modified);
    if published.is_none() && modified.is_none() {
        return;
    }
    let reference = ctx
        .now
        .map(Reference::Now)
        .or(banner.map(Reference::Banner));
    let zone = zone(ctx);
    if let Some(found) = published {
        if let Some((ts, prov, reference)) = resolve(found, reference.as_ref(), zone) {
            record(article, Field::Published, prov);
            record_part(article, Field::Published, "reference", reference);
            article.published = Some(ts);
        } else {
            unresolved(article, Field::Published, &found.relative);
        }
    }
    if let Some(found) = modified {
        match resolve(found, reference.as_ref(), zone) {
            Some((ts, prov, reference)) => {
                let later = article
                    .published
                    .as_ref()
                    .is_none_or(|p| (ts.date, ts.time) > (p.date, p.time));
                if later {
                    record(article, Field::Modified, prov);
                    record_part(article, Field::Modified, "reference", reference);
                    article.modified = Some(ts);
                }
            }
            None => unresolved(article, Field::Modified, &found.relative),
        }
    }
}

/// The warning for a relative date left unresolved, with its text as written.
fn unresolved(article: &mut Article, field: Field, relative: &RelativeDate) {
    article.warnings.push(format!(
        "{field}: relative date {:?} not resolved: no reference time (give one with \
         ExtractorBuilder::now or --now) and no date the page gives as today",
        relative.raw
    ));
}

/// The timestamp a relative date names against the reference, its provenance, and the
/// provenance of the reference.
fn resolve(
    found: &Found,
    reference: Option<&Reference>,
    zone: Option<(chrono_tz::Tz, OffsetSource)>,
) -> Option<(Timestamp, Provenance, Provenance)> {
    let relative = &found.relative;
    let raw = relative.raw.as_str();
    let (ts, reference) = match reference? {
        Reference::Now(now) => {
            let parsed = relative.resolve(now.naive_local())?;
            let ts = match parsed.time {
                None => Timestamp::day(parsed.date, raw),
                Some(time) => {
                    let (offset, source) = match parsed.offset {
                        Some(stated) => (stated, OffsetSource::Stated),
                        None => (*now.offset(), OffsetSource::Reference),
                    };
                    Timestamp {
                        date: parsed.date,
                        time: Some(time),
                        offset: Some(offset),
                        precision: parsed.precision,
                        offset_source: source,
                        raw: raw.to_string(),
                    }
                }
            };
            let prov = Provenance::new("option:now", 1.0).raw(now.to_rfc3339());
            (ts, prov)
        }
        Reference::Banner(banner) => {
            let mut parsed = match banner.parsed.time {
                Some(time) => relative.resolve(banner.parsed.date.and_time(time))?,
                None => relative.resolve_on_day(banner.parsed.date)?,
            };
            if parsed.time.is_some() && parsed.offset.is_none() {
                parsed.offset = banner.parsed.offset;
            }
            let prov = Provenance::new("heuristic:today-banner", 0.6).raw(banner.raw.clone());
            (to_timestamp(parsed, raw, zone), prov)
        }
    };
    let confidence = if found.updated { 0.5 } else { 0.45 };
    let prov = Provenance::new("heuristic:relative-date", confidence).raw(raw);
    Some((ts, prov, reference))
}

/// The zone for local times: the profile's, else the site's country's.
fn zone(ctx: &Context) -> Option<(chrono_tz::Tz, OffsetSource)> {
    if let Some(zone) = ctx.profile.and_then(|p| p.timezone) {
        return Some((zone, OffsetSource::Profile));
    }
    zone_for_tld(&page_host(ctx)?).map(|z| (z, OffsetSource::Inferred))
}

/// The relative dates on the lines around the headline, in the article, nearest first
/// (those under the headline before those above it).
fn near_headline(doc: &Document, lines: &[Line], headline: usize) -> Vec<Found> {
    let anchor = lines[headline].node;
    let mut ranked: Vec<(usize, Found)> = Vec::new();
    let first = headline.saturating_sub(NEAR_BEFORE as usize);
    let last = (headline + NEAR_AFTER as usize).min(lines.len() - 1);
    for index in first..=last {
        let distance = index as isize - headline as isize;
        if distance == 0 {
            continue;
        }
        let line = &lines[index];
        if line.text.chars().count() > MAX_DATE_LINE {
            continue;
        }
        let found = find_all_relative(&line.text);
        if found.is_empty() {
            continue;
        }
        // The line or two right under the headline is its meta line even in a box named
        // like a sidebar; not in a comment thread.
        let adjacent = (1..=2).contains(&distance);
        if outside(doc, line.node, anchor) && (!adjacent || in_comments(doc, line.node)) {
            continue;
        }
        let rank = if distance > 0 {
            distance as usize
        } else {
            NEAR_AFTER as usize + distance.unsigned_abs()
        };
        let mut label_start = 0;
        for relative in found {
            // The words since the date before, else (first on its line) the line above.
            let label = line.text[label_start..relative.range.start].trim();
            label_start = relative.range.end;
            let label = if label.is_empty() {
                index
                    .checked_sub(1)
                    .map(|i| lines[i].text.as_str())
                    .filter(|t| t.chars().count() <= 40)
                    .unwrap_or("")
            } else {
                label
            };
            if OTHER_LABEL.is_match(label) {
                continue;
            }
            // The nearest label decides ("Updated 5 March · Posted 3 hours ago").
            let last = |re: &Regex| re.find_iter(label).last().map(|m| m.start());
            let (updated_at, published_at) = (last(&UPDATED_LABEL), last(&PUBLISHED_LABEL));
            let updated = updated_at > published_at;
            // Unlabelled, with much text on either side, it stands in a sentence: "the
            // storm, which formed 2 days ago, hit the coast on Sunday".
            let prefix = line.text[..relative.range.start].chars().count();
            let suffix = line.text[relative.range.end..].chars().count();
            let labelled = updated_at.is_some() || published_at.is_some();
            if !labelled && prefix.max(suffix) > MAX_UNLABELLED_CONTEXT {
                continue;
            }
            ranked.push((rank, Found { relative, updated }));
        }
    }
    ranked.sort_by_key(|(rank, _)| *rank);
    ranked.into_iter().map(|(_, f)| f).collect()
}

/// The date the page gives as today: the first date on a short line above the headline, in
/// the site's header or top bar (an element named so, or one named "today"), outside the
/// article.
fn find_banner(
    doc: &Document,
    lines: &[Line],
    headline: usize,
    hints: &DateHints,
) -> Option<Banner> {
    let anchor = lines[headline].node;
    lines[..headline].iter().find_map(|line| {
        if !line.text.chars().any(char::is_numeric) || !in_banner_region(doc, line.node, anchor) {
            return None;
        }
        let found = find_dates(&line.text, hints).into_iter().next()?;
        let raw = &line.text[found.range.clone()];
        let extra = line.text.chars().count() - raw.chars().count();
        (extra <= MAX_BANNER_EXTRA && !line.text.contains('©')).then(|| Banner {
            parsed: found.parsed,
            raw: raw.to_string(),
        })
    })
}

/// True when `node` sits in a site header or top bar (or an element named "today") that
/// holds neither the headline nor the article: walking up from `node`, such an element
/// comes before the first ancestor it shares with the headline, and no `<article>` or
/// `<main>` does.
fn in_banner_region(doc: &Document, node: NodeId, anchor: NodeId) -> bool {
    let mut named = false;
    for a in std::iter::once(node).chain(doc.ancestors(node)) {
        // An ancestor of the headline (held, not itself).
        if a != anchor && doc.holds(a, anchor) {
            return named;
        }
        let Some(el) = doc.element(a) else {
            continue;
        };
        if tags::is_article_root(&el.name) {
            return false;
        }
        named = named
            || el.name == local_name!("header")
            || el.classes().chain(el.attr("id")).any(|token| {
                let token = token.to_ascii_lowercase();
                BANNER_WORDS.iter().any(|w| token.contains(w))
            });
    }
    named
}

/// True when `node` sits in a region that is not the article, counting only the regions
/// below the headline's ancestors (as `dates` does).
fn outside(doc: &Document, node: NodeId, anchor: NodeId) -> bool {
    for a in std::iter::once(node).chain(doc.ancestors(node)) {
        if doc.holds(a, anchor) {
            return false;
        }
        if doc.element(a).is_some_and(is_outside_region) {
            return true;
        }
    }
    false
}

/// True when `node` sits in a comment thread.
fn in_comments(doc: &Document, node: NodeId) -> bool {
    std::iter::once(node).chain(doc.ancestors(node)).any(|a| {
        doc.element(a).is_some_and(|e| {
            e.classes()
                .chain(e.attr("id"))
                .any(|t| t.to_ascii_lowercase().contains("comment"))
        })
    })
}

#[cfg(test)]
mod tests;

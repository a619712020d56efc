//! `published` and `modified`, kept apart.
//!
//! Candidates, in order of trust: JSON-LD `datePublished`/`dateModified`, meta tags,
//! microdata, `<time>` elements inside the article, dates written in the lines around the
//! headline (and a dateline opening the first paragraph), dates labelled as published
//! anywhere in the article. Dates in navigation, sidebars, comments, embedded posts and
//! related lists are not the article's; neither are header banners ("Monday Jul 22, 2024"),
//! which stand above the headline, the days of a range (an event's), nor dates labelled as
//! something else (a deadline, a film's start, a member's joining, a
//! copyright). A candidate labelled "updated" is a modification date. A page without
//! candidates falls back, in turn, on an update shown under the headline, a date in a box
//! beside the story near the headline, and the unlabelled date nearest the headline.
//!
//! The day comes from the most trusted source, unless the page shows another (a machine
//! date the page never writes, a generic page date, a UTC day beside the local day written
//! under the headline). A time and offset from another source for the same day fill in
//! what it lacks. Offsets stated with the date are kept as written; a local time without
//! one takes the profile's zone, else the offset the page states for that day elsewhere,
//! else the zone of the site's country (both marked inferred); never UTC by default.
//!
//! Files: `labels.rs` (what the words around a date say it is), `regions.rs` (where on
//! the page a date stands), `visible.rs` (dates read from the page's visible lines, which
//! the page's facts hold), `tests.rs`.

use crate::Field;
use std::collections::HashSet;

use chrono::{Datelike, NaiveDate, Utc};

pub(super) mod labels;
// Also read by `relative_date`, which looks for relative dates near the headline.
mod regions;
mod visible;

use super::entry_times::EntryTimes;
use super::{Context, page_host, record};
use crate::article::{Article, OffsetSource, Provenance, Timestamp};
use crate::dom::NodeId;
use crate::facts::Line;
use crate::rules::{Rule, on};
use crate::signals::json_str;
use crate::time::{DateHints, ParsedDate, parse_date, to_timestamp, zone_for_tld};
use labels::{PUBLISHED_CLASS, PUBLISHED_LABEL, UPDATED_LABEL};
use regions::Places;

/// Meta tags that hold the publication date, most trusted first.
const PUBLISHED_META: &[&str] = &[
    "article:published_time",
    "og:article:published_time",
    "og:published_time",
    "article:published",
    "datepublished",
    "parsely-pub-date",
    "sailthru.date",
    "publish-date",
    "publish_date",
    "publishdate",
    "pubdate",
    "publication_date",
    "date",
    "dc.date.issued",
    "dc.date",
    "dcterms.issued",
    "dcterms.created",
    "dcterms.date",
    "dc.date.created",
    "citation_publication_date",
    "citation_date",
    "article.published",
    "published_time",
    "original-publish-date",
    "cxenseparse:recs:publishtime",
    "date_published",
    "article_date_original",
    "displaydate",
    "created",
    "creation_date",
];

/// Meta tags that hold the modification date.
const MODIFIED_META: &[&str] = &[
    "article:modified_time",
    "og:article:modified_time",
    "og:updated_time",
    "datemodified",
    "last-modified",
    "lastmod",
    "dcterms.modified",
    "dc.date.modified",
    "article:modified",
    "modified_time",
    "parsely-updated",
    "date_modified",
    "revised",
];

#[derive(Debug, Clone)]
struct Candidate {
    parsed: ParsedDate,
    raw: String,
    provenance: Provenance,
    /// From a source that dates the page rather than an article: a JSON-LD page object
    /// with no article beside it, or a generic meta tag (`date`, `dc.date`). Such a date
    /// holds only when the page shows it.
    weak: bool,
}

impl Candidate {
    /// Read from the page's visible text (near the headline, or labelled).
    fn is_text(&self) -> bool {
        self.provenance.source.starts_with("heuristic:text")
            || self.provenance.source == "heuristic:labelled-text"
    }

    /// Read from the lines around the headline.
    fn is_near(&self) -> bool {
        self.provenance.source == "heuristic:text-near-headline"
    }
}

/// What a page offers: publication and modification candidates, most trusted first, the
/// days it writes anywhere (its text, its `<time>` elements), and the last resorts
/// for a page without a publication candidate.
#[derive(Default)]
struct Candidates {
    published: Vec<Candidate>,
    modified: Vec<Candidate>,
    written: HashSet<NaiveDate>,
    /// Dates near the headline or labelled as published, but in a box beside the story.
    beside: Vec<Candidate>,
    /// Unlabelled dates anywhere in the article, nearest the headline first.
    loose: Vec<Candidate>,
}

/// Generic meta tags: they date the page (its template, its last build), not an article.
const GENERIC_META: &[&str] = &[
    "date",
    "dc.date",
    "dcterms.date",
    "dcterms.created",
    "dc.date.created",
    "created",
    "creation_date",
];

pub(super) fn extract(ctx: &Context, article: &mut Article) {
    let regional = regional_language(ctx, article.language.as_deref());
    let hints = DateHints {
        language: regional.as_deref().or(article.language.as_deref()),
    };
    let reader = Reader {
        ctx,
        hints,
        now: now_day(ctx),
        lines: ctx.facts.lines(),
        h1: super::headline_node(ctx, article.headline.as_deref()),
        headline: article.headline.as_deref(),
        places: Places::default(),
    };
    let found = reader.candidates();
    let Candidates {
        mut published,
        modified,
        written,
        beside,
        loose,
    } = found;
    if published.is_empty()
        && let Some(first) = last_resort(&modified, [&beside, &loose])
    {
        published.push(first);
    }
    let zone = reader.zone();
    if on(Rule::DateVisibleDay) {
        prefer_visible_day(&mut published);
    }
    if on(Rule::DateWritten) {
        prefer_written(&mut published, &written);
    }
    // Offsets the page states anywhere for a day, published or modified.
    let stated: Vec<Candidate> = published.iter().chain(&modified).cloned().collect();
    let published_ts = choose(&published).map(|(c, filled)| timestamp(c, filled, &stated, zone));
    match article.published.as_mut() {
        None => {
            if let Some((ts, prov)) = published_ts {
                record(article, Field::Published, prov);
                article.published = Some(ts);
            }
        }
        // A profile's day without a time takes the time (and offset) the page states for
        // that day elsewhere.
        Some(given) => fill_time(given, &published, &stated, zone),
    }
    if article.modified.is_some() {
        return;
    }
    if let Some((ts, prov)) = choose(&modified).map(|(c, f)| timestamp(c, f, &stated, zone)) {
        let later = article
            .published
            .as_ref()
            .is_none_or(|p| (ts.date, ts.time) > (p.date, p.time) || p.date < ts.date);
        if later {
            record(article, Field::Modified, prov);
            article.modified = Some(ts);
        }
    }
}

/// The publication date of a page whose metadata and meta line give none. A page that states
/// only when it was updated ("Updated July 9, 2025") shows that day as its date: it is the
/// best knowledge of the publication day there is. Else the date near the headline in a box
/// beside the story (a meta box set as an aside); else the unlabelled date in the page's
/// text nearest the headline (the first one when no headline is found): pages without
/// metadata often show their date only there. `lists` are those in that order.
fn last_resort(modified: &[Candidate], lists: [&[Candidate]; 2]) -> Option<Candidate> {
    const RULES: [Rule; 2] = [Rule::DateBeside, Rule::DateLoose];
    let updated = modified
        .iter()
        .find(|c| c.provenance.source.starts_with("heuristic:text"))
        .filter(|_| on(Rule::DateUpdatedOnly));
    updated
        .or_else(|| {
            RULES
                .iter()
                .zip(lists)
                .find_map(|(&rule, list)| list.first().filter(|_| on(rule)))
        })
        .cloned()
}

/// The page's language with the region its `og:locale` names, when the language is given
/// bare (`<html lang="en">` beside `og:locale` `en_US`): the region says which way round
/// the page writes a numeric date (`01-04-2024` is January 4 in American English).
fn regional_language(ctx: &Context, language: Option<&str>) -> Option<String> {
    let language = language?;
    if language.contains('-') {
        return None;
    }
    let locale = super::language::normalize(ctx.signals.meta.get("og:locale")?)?;
    let (primary, _) = locale.split_once('-')?;
    (primary == language).then_some(locale)
}

/// Gives a day without a time the time, offset and precision of the candidate for the same
/// day that states most (a time with an offset before a bare time).
fn fill_time(
    given: &mut Timestamp,
    candidates: &[Candidate],
    stated: &[Candidate],
    zone: Option<(chrono_tz::Tz, OffsetSource)>,
) {
    if given.time.is_some() {
        return;
    }
    let Some(best) = candidates
        .iter()
        .filter(|c| c.parsed.date == given.date && c.parsed.time.is_some())
        .max_by_key(|c| (c.parsed.offset.is_some(), c.parsed.precision))
    else {
        return;
    };
    let (ts, _) = timestamp(best, None, stated, zone);
    given.time = ts.time;
    given.offset = ts.offset;
    given.precision = ts.precision;
    given.offset_source = ts.offset_source;
}

/// The reference day: the caller's "now", else today.
fn now_day(ctx: &Context) -> NaiveDate {
    ctx.now
        .map(|n| n.date_naive())
        .unwrap_or_else(|| Utc::now().date_naive())
}

struct Reader<'a> {
    ctx: &'a Context<'a>,
    hints: DateHints<'a>,
    now: NaiveDate,
    /// The page's visible lines.
    lines: &'a [Line],
    /// The main headline element, and the headline's text.
    h1: Option<NodeId>,
    headline: Option<&'a str>,
    /// Where each node stands: outside the article, in comments, in an embed.
    places: Places,
}

impl Reader<'_> {
    /// Every plausible candidate, published and modified, most trusted first, and the days
    /// the page writes anywhere in its text.
    fn candidates(&self) -> Candidates {
        let mut found = Candidates::default();
        let (published, modified) = (&mut found.published, &mut found.modified);
        self.read_jsonld(published, modified);
        self.read_meta(PUBLISHED_META, published);
        if on(Rule::DateOtherPublishMeta) {
            self.read_other_publish_meta(published);
        }
        self.read_meta(MODIFIED_META, modified);
        self.read_microdata("datePublished", published);
        self.read_microdata("dateModified", modified);
        self.read_time_elements(published, modified, &mut found.written);
        self.read_visible(&mut found);
        found
    }

    fn push(&self, list: &mut Vec<Candidate>, raw: &str, provenance: Provenance, weak: bool) {
        let parsed = parse_date(raw, &self.hints);
        self.push_parsed(list, parsed, raw, provenance, weak);
    }

    /// [`Reader::push`] for a date already read from `raw`.
    fn push_parsed(
        &self,
        list: &mut Vec<Candidate>,
        parsed: Option<ParsedDate>,
        raw: &str,
        provenance: Provenance,
        weak: bool,
    ) {
        if let Some(parsed) = parsed
            && self.plausible(parsed.date)
        {
            list.push(Candidate {
                parsed,
                raw: raw.to_string(),
                provenance,
                weak,
            });
        }
    }

    /// Not before 1990 and not after the reference day (one day of slack for zones).
    fn plausible(&self, date: NaiveDate) -> bool {
        date.year() >= 1990 && date <= self.now + chrono::Days::new(1)
    }

    fn read_jsonld(&self, published: &mut Vec<Candidate>, modified: &mut Vec<Candidate>) {
        let ld = &self.ctx.signals.jsonld;
        // Without an article, a how-to or a recipe is the page's content and dates it
        // better than the page object, which dates the template.
        let work = ld.article().is_none().then(|| ld.work()).flatten();
        let Some(obj) = work.or_else(|| ld.article_or_page()) else {
            return;
        };
        let page_only = ld.article().is_none() && work.is_none();
        for key in ["datePublished", "dateCreated", "dateModified"] {
            if let Some(v) = obj.get(key).and_then(json_str) {
                let list = if key == "dateModified" {
                    &mut *modified
                } else {
                    &mut *published
                };
                let prov = Provenance::new("json-ld", 0.9).path(key);
                self.push(list, &v, prov, page_only);
            }
        }
    }

    fn read_meta(&self, names: &[&str], list: &mut Vec<Candidate>) {
        for name in names {
            if let Some(v) = self.ctx.signals.meta.get(name) {
                let prov = Provenance::new(format!("meta:{name}"), 0.85);
                let generic = on(Rule::DateGenericMeta) && GENERIC_META.contains(name);
                self.push(list, v, prov, generic);
            }
        }
    }

    /// Meta tags a site names itself for the publication date (`published-date`,
    /// `w-published-date`, `published`, `…:uploaded`), after the known names; the earliest first, as a
    /// site that stamps its pages twice stamps the later one when it rebuilds them
    /// (`published-time` after `modified-time`).
    fn read_other_publish_meta(&self, list: &mut Vec<Candidate>) {
        let mut found = Vec::new();
        for (name, value) in self.ctx.signals.meta.iter() {
            // A page that is an upload (a photo, a video) is published when uploaded.
            let upload = name.ends_with("uploaded") || name.ends_with("upload_date");
            let publish = (name.contains("publish") && !name.contains("publisher")) || upload;
            if publish && !PUBLISHED_META.contains(&name) && !MODIFIED_META.contains(&name) {
                let prov = Provenance::new(format!("meta:{name}"), 0.8);
                self.push(&mut found, value, prov, false);
            }
        }
        found.sort_by_key(|c| c.parsed.date);
        list.extend(found);
    }

    fn read_microdata(&self, prop: &str, list: &mut Vec<Candidate>) {
        for p in self.ctx.signals.itemprop(prop) {
            if !self.outside(p.node) {
                let prov = Provenance::new("microdata", 0.8).path(format!("[itemprop={prop}]"));
                self.push(list, &p.value, prov, false);
            }
        }
    }

    /// `<time>` elements in the article: labelled as updated, or else publication dates.
    /// One that shows its day in its text counts as a written day. Those in quotations and
    /// embedded posts date something else.
    fn read_time_elements(
        &self,
        published: &mut Vec<Candidate>,
        modified: &mut Vec<Candidate>,
        written: &mut HashSet<NaiveDate>,
    ) {
        let doc = self.ctx.doc;
        let entries = EntryTimes::new(doc, &self.ctx.signals.times);
        for t in &self.ctx.signals.times {
            if self.outside(t.node) || self.in_embed(t.node) {
                continue;
            }
            let raw = t
                .datetime
                .clone()
                .filter(|d| !d.is_empty())
                .unwrap_or_else(|| t.text.clone());
            // Read once: for the written days, then as the candidate.
            let parsed = parse_date(&raw, &self.hints);
            if let Some(parsed) = parsed
                && shows_day(&t.text, parsed.date)
            {
                written.insert(parsed.date);
            }
            let label = self.label_of(t.node);
            let updated = UPDATED_LABEL.is_match(&label);
            // An entry's time in a feed counts only when labelled as the article's date.
            let labelled = doc.attr(t.node, "pubdate").is_some()
                || PUBLISHED_LABEL.is_match(&label)
                || updated;
            if !labelled && entries.is_entry(doc, t.node, self.h1) {
                continue;
            }
            let prov = Provenance::new("heuristic:time-element", 0.7).path("time[datetime]");
            if !on(Rule::DateTimeElement) {
                continue;
            }
            if updated {
                self.push_parsed(modified, parsed, &raw, prov, false);
            } else if doc.attr(t.node, "pubdate").is_some()
                || PUBLISHED_CLASS.is_match(&label)
                || published.is_empty()
            {
                self.push_parsed(published, parsed, &raw, prov, false);
            }
        }
    }

    /// The words around a date element that say what it is: its class and the text of its
    /// parent (e.g. "Updated: <time>…").
    fn label_of(&self, node: NodeId) -> String {
        let doc = self.ctx.doc;
        let mut label = doc.attr(node, "class").unwrap_or("").to_string();
        if let Some(parent) = doc.parent(node) {
            label.push(' ');
            label.push_str(doc.attr(parent, "class").unwrap_or(""));
            let text = doc.text(parent);
            if text.chars().count() < 120 {
                label.push(' ');
                label.push_str(&text);
            }
        }
        label
    }

    /// The zone for local times without an offset: the profile's, else the site's country's
    /// when it has one zone.
    fn zone(&self) -> Option<(chrono_tz::Tz, OffsetSource)> {
        if let Some(zone) = self.ctx.profile.and_then(|p| p.timezone) {
            return Some((zone, OffsetSource::Profile));
        }
        let host = page_host(self.ctx)?;
        zone_for_tld(&host).map(|z| (z, OffsetSource::Inferred))
    }
}

/// A machine date the page never writes (not in its text) is doubtful
/// beside a date the page shows: the shown date is what the reader is told. A page-level
/// date (a generic meta tag, a JSON-LD page object) yields to the article's meta line
/// under the headline even when the page writes it elsewhere (as its "last changed" day).
fn prefer_written(published: &mut Vec<Candidate>, written: &HashSet<NaiveDate>) {
    let Some(first) = published.first() else {
        return;
    };
    if first.is_text() {
        return;
    }
    // Weak unless another metadata source gives the same day.
    let weak = first.weak
        && !published
            .iter()
            .any(|c| !c.weak && !c.is_text() && c.parsed.date == first.parsed.date);
    if weak && let Some(i) = published.iter().position(Candidate::is_near) {
        let c = published.remove(i);
        published.insert(0, c);
        return;
    }
    if written.contains(&first.parsed.date) {
        return;
    }
    if let Some(i) = published.iter().position(Candidate::is_text) {
        let c = published.remove(i);
        published.insert(0, c);
        return;
    }
    // Nothing shown: a page-level date (a JSON-LD page object without an article, a generic
    // meta tag) dates the template or the last build of a page that is no article (a
    // recipe, a product, a home page); an article's own metadata date stands.
    published.retain(|c| !c.weak || written.contains(&c.parsed.date));
}

/// A machine timestamp in UTC names the UTC day; when the page's meta line (the date
/// written nearest the headline) gives the day before or after, that is the local day the
/// publisher stated (an evening story in the Americas is stored as the next UTC day). The
/// written day moves to the front, unless the page's text also gives the UTC day.
fn prefer_visible_day(list: &mut Vec<Candidate>) {
    let Some(first) = list.first() else {
        return;
    };
    let utc = first
        .parsed
        .offset
        .is_some_and(|o| o.local_minus_utc() == 0);
    if !utc || first.is_text() {
        return;
    }
    let day = first.parsed.date;
    let Some(index) = list.iter().position(Candidate::is_near) else {
        return;
    };
    let shown = list[index].parsed.date;
    let agrees = list.iter().any(|c| c.is_text() && c.parsed.date == day);
    if (shown - day).num_days().abs() == 1 && !agrees {
        let c = list.remove(index);
        list.insert(0, c);
    }
}

/// True when a `<time>` element's text shows the day of its `datetime` ("Publié le 27 Mar
/// 20 à 9:21" for 2020-03-27), in whatever form the page chose.
fn shows_day(text: &str, date: NaiveDate) -> bool {
    text.split(|c: char| !c.is_ascii_digit())
        .any(|n| n.parse::<u32>().is_ok_and(|n| n == date.day()))
}

/// The most trusted candidate, and the candidate for the same day that states a time (and
/// offset) when the first does not.
fn choose(list: &[Candidate]) -> Option<(&Candidate, Option<&Candidate>)> {
    let best = list.first()?;
    if best.parsed.time.is_some() && best.parsed.offset.is_some() {
        return Some((best, None));
    }
    let filler = list
        .iter()
        .skip(1)
        .filter(|c| c.parsed.date == best.parsed.date && c.parsed.time.is_some())
        .max_by_key(|c| (c.parsed.offset.is_some(), c.parsed.precision));
    let filler = filler.filter(|f| {
        best.parsed.time.is_none()
            || (f.parsed.time == best.parsed.time && f.parsed.offset.is_some())
    });
    Some((best, filler))
}

/// Builds the timestamp, taking time and offset from the filler when the best lacks them, and
/// an offset stated elsewhere on the page for the same day before the country's zone (the
/// profile's zone stands).
fn timestamp(
    best: &Candidate,
    filler: Option<&Candidate>,
    all: &[Candidate],
    zone: Option<(chrono_tz::Tz, OffsetSource)>,
) -> (Timestamp, Provenance) {
    let mut parsed = best.parsed;
    let mut provenance = best.provenance.clone().raw(best.raw.clone());
    if let Some(f) = filler {
        parsed.time = f.parsed.time;
        parsed.offset = f.parsed.offset;
        parsed.precision = f.parsed.precision;
        provenance.source = format!("{} + {}", provenance.source, f.provenance.source);
    }
    let mut ts = to_timestamp(parsed, &best.raw, zone);
    // An offset stated elsewhere for the same day: the zone the page writes its local times
    // in. A UTC timestamp only names the zone of the same moment.
    let zone_of_day = |c: &&Candidate| {
        c.parsed.date == parsed.date
            && c.parsed.offset.is_some_and(|o| {
                o.local_minus_utc() != 0
                    || (c.parsed.time.is_some() && c.parsed.time == parsed.time)
            })
    };
    if (ts.time.is_some() && ts.offset.is_none() || ts.offset_source == OffsetSource::Inferred)
        && let Some(offset) = all.iter().find(zone_of_day).and_then(|c| c.parsed.offset)
    {
        ts.offset = Some(offset);
        ts.offset_source = OffsetSource::Inferred;
    }
    (ts, provenance)
}

#[cfg(test)]
mod tests;

/// The last resort for a local time without an offset: the zone of the country the
/// publisher's address names (read after the dates, with the masthead), marked inferred.
pub(super) fn zone_from_address(article: &mut Article) {
    let Some(tz) = article
        .publisher
        .address
        .as_deref()
        .and_then(crate::time::zone_for_address)
    else {
        return;
    };
    for ts in [&mut article.published, &mut article.modified]
        .into_iter()
        .flatten()
    {
        if let (Some(time), None) = (ts.time, ts.offset) {
            ts.offset = Some(crate::time::offset_at(tz, ts.date.and_time(time)));
            ts.offset_source = OffsetSource::Inferred;
        }
    }
}

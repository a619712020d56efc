//! `published` and `modified`, kept apart.
//!
//! Candidates, in order of trust: JSON-LD `datePublished`/`dateModified`, meta tags,
//! microdata, `<time>` elements inside the article, dates written in the lines under the
//! headline, and the URL. Dates in navigation, sidebars, comments and related lists are not
//! the article's; neither are header banners ("Monday Jul 22, 2024"), which stand above the
//! headline. A candidate labelled "updated" is a modification date. The day comes from the
//! most trusted source; a time and offset from another source for the same day fill in what
//! it lacks. Offsets stated on the page are kept; otherwise the zone of the site's country,
//! marked inferred; never UTC by default.

use std::collections::HashSet;
use std::sync::LazyLock;

use chrono::{Datelike, NaiveDate, Utc};
use regex::Regex;

// Also read by `relative_date`, which looks for relative dates near the headline.
pub(super) mod lines;

use super::entry_times::EntryTimes;
use super::{Context, is_outside_region, outside_article, page_host, record, text_key};
use crate::article::{Article, OffsetSource, Provenance, Timestamp};
use crate::dom::{NodeId, local_name};
use crate::signals::json_str;
use crate::time::{
    DateHints, ParsedDate, date_from_url, find_dates, parse_date, to_timestamp, zone_for_tld,
};
use lines::{Line, page_lines};

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

/// Words that label a modification date.
static UPDATED_LABEL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(updated|update:|modified|revised|aktualisiert|aktualisierung|actualización|geändert|mis à jour|actualizado|actualizada|aggiornato|atualizado|bijgewerkt|uppdaterad|opdateret|oppdatert|päivitetty|zaktualizowano|aktualizováno|обновлено|güncellendi)")
        .expect("valid regex")
});

/// Class and attribute words of a date element that is the publication date.
static PUBLISHED_CLASS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)publish|posted|pubdate|entry-date|post-date|article-date|date|time|meta")
        .expect("valid regex")
});

/// Words that label a publication date.
static PUBLISHED_LABEL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(published|posted|written|publication|date\b|dated|released|veröffentlicht|publiziert|geschrieben|erschienen|erstellt|datum|publié|publiée|publicado|publicada|fecha|pubblicato|pubblicata|gepubliceerd|geplaatst|publicerad|publicerat|udgivet|publisert|julkaistu|opublikowano|publikováno|опубликовано|yayınlandı|yayın tarihi)")
        .expect("valid regex")
});

/// How many lines above the headline a date may stand and still be the article's (a date
/// over the title, as many blogs set it); further up it is a banner.
const NEAR_BEFORE: isize = 3;
/// How many lines under the headline the article's meta line may come (after a standfirst,
/// the author's name, a share bar).
const NEAR_AFTER: isize = 15;
/// An unlabelled date with more text than this before it on its line stands in a sentence.
const MAX_UNLABELLED_PREFIX: usize = 45;
/// Lines longer than this are running text: a date there is what the story tells of.
const MAX_DATE_LINE: usize = 160;

/// What the words before a date say it is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Label {
    Published,
    Updated,
    /// Some other event's date (see [`OTHER_LABEL`]).
    Other,
    None,
}

/// Words that say a date is not the article's: when a member joined, when a source was
/// retrieved, when a post was shared in an embed, when someone was born.
static OTHER_LABEL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(joined|member since|mitglied seit|dabei seit|registriert seit|retrieved|accessed|abgerufen|consulté|geteilt von|shared by|a post shared|born|geboren|né le|née le|died|gestorben|\w*bewertung|last checked|price checked)")
        .expect("valid regex")
});

/// The label nearest before a date: "Published 16.10. · Updated 17.10." labels each.
fn label_kind(before: &str) -> Label {
    let last = |re: &Regex| re.find_iter(before).last().map(|m| m.start());
    [
        (last(&PUBLISHED_LABEL), Label::Published),
        (last(&UPDATED_LABEL), Label::Updated),
        (last(&OTHER_LABEL), Label::Other),
    ]
    .into_iter()
    .filter_map(|(at, kind)| at.map(|at| (at, kind)))
    // The nearest wins; at the same place, the first listed.
    .max_by_key(|(at, kind)| (*at, std::cmp::Reverse(*kind as u8)))
    .map_or(Label::None, |(_, kind)| kind)
}

/// Class and id words of a site's header region.
const SITE_HEADER_TOKENS: &[&str] = &["header", "masthead", "topbar", "top-bar", "banner"];

/// True when `node` sits in the site's header: a `<header>` (or an element named as one)
/// that does not hold the headline. A date there is today's date or a ticker's.
fn in_site_header(doc: &crate::dom::Document, node: NodeId, h1: Option<NodeId>) -> bool {
    std::iter::once(node).chain(doc.ancestors(node)).any(|a| {
        let Some(el) = doc.element(a) else {
            return false;
        };
        let named = el.name == local_name!("header")
            || el.classes().chain(el.attr("id")).any(|t| {
                let t = t.to_ascii_lowercase();
                SITE_HEADER_TOKENS.iter().any(|w| {
                    t == *w
                        || t.starts_with(&format!("{w}-"))
                        || t.starts_with(&format!("site-{w}"))
                })
            });
        named && h1.is_none_or(|h| !doc.ancestors(h).any(|x| x == a))
    })
}

/// The main headline element: the `<h1>` whose text is the headline, else one in the
/// article, else one of a few words rather than a logo's one word; the first of equals.
fn main_heading(ctx: &Context, headline: Option<&str>) -> Option<NodeId> {
    let doc = ctx.doc;
    let key = headline.map(text_key);
    // (matches the headline, in the article, words): the best wins.
    let mut best: Option<((bool, bool, usize), NodeId)> = None;
    for (id, e) in doc.elements() {
        if e.name != local_name!("h1") {
            continue;
        }
        let text = text_key(&doc.text(id));
        let matches = key.as_deref().is_some_and(|k| {
            !k.is_empty()
                && (text == k || (text.len() > 10 && (k.contains(&text) || text.contains(k))))
        });
        let rank = (
            matches,
            !outside_article(doc, id),
            text.split(' ').count().min(6),
        );
        if best.as_ref().is_none_or(|(r, _)| rank > *r) {
            best = Some((rank, id));
        }
    }
    best.map(|(_, id)| id)
}

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
    let hints = DateHints {
        language: article.language.as_deref(),
    };
    let reader = Reader {
        ctx,
        hints,
        now: now_day(ctx),
        lines: page_lines(ctx.doc),
        h1: main_heading(ctx, article.headline.as_deref()),
        headline: article.headline.as_deref(),
    };
    let (mut published, modified, written, loose) = reader.candidates();
    // A page that states only when it was updated ("Updated July 9, 2025") shows that day as
    // its date: it is the best knowledge of the publication day there is.
    if published.is_empty()
        && let Some(first) = modified
            .iter()
            .find(|c| c.provenance.source.starts_with("heuristic:text"))
    {
        published.push(first.clone());
    }
    // Else the unlabelled date in the page's text nearest the headline (the first one when
    // no headline is found): pages without metadata often show their date only there.
    if published.is_empty()
        && let Some(first) = loose.first()
    {
        published.push(first.clone());
    }
    prefer_visible_day(&mut published);
    prefer_written(&mut published, &written);
    let zone = reader.zone();
    let published_ts = choose(&published).map(|(c, filled)| timestamp(c, filled, &published, zone));
    if let Some((ts, prov)) = published_ts.filter(|_| article.published.is_none()) {
        record(article, "published", prov);
        article.published = Some(ts);
    }
    if article.modified.is_some() {
        return;
    }
    if let Some((ts, prov)) = choose(&modified).map(|(c, f)| timestamp(c, f, &modified, zone)) {
        let later = article
            .published
            .as_ref()
            .is_none_or(|p| (ts.date, ts.time) > (p.date, p.time) || p.date < ts.date);
        if later {
            record(article, "modified", prov);
            article.modified = Some(ts);
        }
    }
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
    lines: Vec<Line>,
    /// The main headline element, and the headline's text.
    h1: Option<NodeId>,
    headline: Option<&'a str>,
}

impl Reader<'_> {
    /// Every plausible candidate, published and modified, most trusted first, and the days
    /// the page writes anywhere in its text (or its URL).
    fn candidates(
        &self,
    ) -> (
        Vec<Candidate>,
        Vec<Candidate>,
        HashSet<NaiveDate>,
        Vec<Candidate>,
    ) {
        let mut loose = Vec::new();
        let mut published = Vec::new();
        let mut modified = Vec::new();
        let mut written = HashSet::new();
        self.read_jsonld(&mut published, &mut modified);
        self.read_meta(PUBLISHED_META, &mut published);
        self.read_meta(MODIFIED_META, &mut modified);
        self.read_microdata("datePublished", &mut published);
        self.read_microdata("dateModified", &mut modified);
        self.read_time_elements(&mut published, &mut modified);
        self.read_visible(&mut published, &mut modified, &mut written, &mut loose);
        self.read_url(&mut published);
        written.extend(
            published
                .iter()
                .filter(|c| c.provenance.source == "url")
                .map(|c| c.parsed.date),
        );
        (published, modified, written, loose)
    }

    fn push(&self, list: &mut Vec<Candidate>, raw: &str, provenance: Provenance, weak: bool) {
        if let Some(parsed) = parse_date(raw, &self.hints)
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
        let Some(obj) = ld.article_or_page() else {
            return;
        };
        let page_only = ld.article().is_none();
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
                self.push(list, v, prov, GENERIC_META.contains(name));
            }
        }
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
    fn read_time_elements(&self, published: &mut Vec<Candidate>, modified: &mut Vec<Candidate>) {
        let doc = self.ctx.doc;
        let entries = EntryTimes::new(doc, &self.ctx.signals.times);
        for t in &self.ctx.signals.times {
            if self.outside(t.node) {
                continue;
            }
            let raw = t
                .datetime
                .clone()
                .filter(|d| !d.is_empty())
                .unwrap_or_else(|| t.text.clone());
            let label = self.label_of(t.node);
            // An entry's time in a feed counts only when labelled as the article's date.
            let labelled = doc.attr(t.node, "pubdate").is_some()
                || PUBLISHED_LABEL.is_match(&label)
                || UPDATED_LABEL.is_match(&label);
            if !labelled && entries.is_entry(doc, t.node, self.h1) {
                continue;
            }
            let prov = Provenance::new("heuristic:time-element", 0.7).path("time[datetime]");
            if UPDATED_LABEL.is_match(&label) {
                self.push(modified, &raw, prov, false);
            } else if doc.attr(t.node, "pubdate").is_some()
                || PUBLISHED_CLASS.is_match(&label)
                || published.is_empty()
            {
                self.push(published, &raw, prov, false);
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

    /// Dates written in the page's text: those on the lines around the main headline (the
    /// article's meta line), nearest first, then dates labelled as the publication date
    /// ("Posted on", "Veröffentlicht am") anywhere in the article. Dates in comments,
    /// sidebars and navigation, and banners in a site header above the headline, are not the
    /// article's.
    fn read_visible(
        &self,
        published: &mut Vec<Candidate>,
        modified: &mut Vec<Candidate>,
        written: &mut HashSet<NaiveDate>,
        loose: &mut Vec<Candidate>,
    ) {
        let doc = self.ctx.doc;
        let mut loose_ranked: Vec<(usize, Candidate)> = Vec::new();
        let lines = &self.lines;
        let headline = self.headline_line();
        let mut near: Vec<(usize, Candidate)> = Vec::new();
        let mut labelled: Vec<Candidate> = Vec::new();
        for (index, line) in lines.iter().enumerate() {
            // Any script's digits: Nepali dates are written `२०७९ असार २८`.
            if !line.text.chars().any(char::is_numeric) {
                continue;
            }
            let found = find_dates(&line.text, &self.hints);
            for f in &found {
                written.insert(f.parsed.date);
                if let Some(other) = other_reading(&line.text[f.range.clone()], f.parsed.date) {
                    written.insert(other);
                }
            }
            if line.text.chars().count() > MAX_DATE_LINE {
                continue;
            }
            let distance = headline.map(|h| (index as isize) - (h as isize));
            let is_near =
                distance.is_some_and(|d| (-NEAR_BEFORE..=NEAR_AFTER).contains(&d) && d != 0);
            if found.is_empty() {
                continue;
            }
            // The line or two right under the headline is its meta line even when the page
            // sets it in an aside or a box named like a sidebar; not in a comment thread.
            let adjacent = distance.is_some_and(|d| (1..=2).contains(&d));
            if self.outside(line.node) && (!adjacent || self.in_comments(line.node)) {
                continue;
            }
            if distance.is_some_and(|d| d < 0) && in_site_header(doc, line.node, self.h1) {
                continue;
            }
            let previous = index
                .checked_sub(1)
                .map(|i| lines[i].text.as_str())
                .filter(|t| t.chars().count() <= 40)
                .unwrap_or("");
            for f in found {
                if !self.plausible(f.parsed.date) {
                    continue;
                }
                let before = &line.text[..f.range.start];
                let label = if before.trim().is_empty() {
                    previous
                } else {
                    before
                };
                let kind = label_kind(label);
                // A date deep in a sentence, with no label, is what the story tells of.
                if kind == Label::None && before.chars().count() > MAX_UNLABELLED_PREFIX {
                    continue;
                }
                let candidate = Candidate {
                    parsed: f.parsed,
                    raw: line.text[f.range.clone()].to_string(),
                    provenance: Provenance::new(
                        if is_near {
                            "heuristic:text-near-headline"
                        } else {
                            "heuristic:labelled-text"
                        },
                        if is_near { 0.6 } else { 0.5 },
                    ),
                    weak: false,
                };
                match kind {
                    Label::Updated if is_near => modified.push(candidate),
                    Label::Updated | Label::Other => {}
                    _ if is_near => {
                        // After the headline before above it; nearer first.
                        let d = distance.unwrap_or(0);
                        let rank = if d > 0 {
                            d as usize
                        } else {
                            NEAR_AFTER as usize + (-d) as usize
                        };
                        near.push((rank, candidate));
                    }
                    Label::Published => labelled.push(candidate),
                    Label::None => {
                        let rank = distance.map_or(index, |d| d.unsigned_abs());
                        let mut candidate = candidate;
                        candidate.provenance = Provenance::new("heuristic:text-in-page", 0.4);
                        loose_ranked.push((rank, candidate));
                    }
                }
            }
        }
        loose_ranked.sort_by_key(|(rank, _)| *rank);
        loose.extend(loose_ranked.into_iter().map(|(_, c)| c));
        near.sort_by_key(|(rank, _)| *rank);
        published.extend(near.into_iter().map(|(_, c)| c));
        published.extend(labelled);
    }

    /// True when `node` sits in a comment thread.
    fn in_comments(&self, node: NodeId) -> bool {
        let doc = self.ctx.doc;
        std::iter::once(node).chain(doc.ancestors(node)).any(|a| {
            doc.element(a).is_some_and(|e| {
                e.classes()
                    .chain(e.attr("id"))
                    .any(|t| t.to_ascii_lowercase().contains("comment"))
            })
        })
    }

    /// True when `node` sits in a region that is not the article. Only the regions below
    /// the headline's ancestors count: a page that wraps its whole story in
    /// `id="sidebar"` still has its meta line in the story.
    fn outside(&self, node: NodeId) -> bool {
        let doc = self.ctx.doc;
        let Some(h1) = self.h1 else {
            return outside_article(doc, node);
        };
        for a in std::iter::once(node).chain(doc.ancestors(node)) {
            if a == h1 || doc.ancestors(h1).any(|x| x == a) {
                return false;
            }
            if doc.element(a).is_some_and(is_outside_region) {
                return true;
            }
        }
        false
    }

    /// The line index of the main headline: the `<h1>` in the article, else a line that
    /// is the headline's text.
    fn headline_line(&self) -> Option<usize> {
        let doc = self.ctx.doc;
        if let Some(h1) = self.h1 {
            return self
                .lines
                .iter()
                .position(|l| l.node == h1 || doc.ancestors(l.node).any(|a| a == h1));
        }
        let key = text_key(self.headline?);
        self.lines.iter().position(|l| text_key(&l.text) == key)
    }

    fn read_url(&self, published: &mut Vec<Candidate>) {
        let Some(url) = self.ctx.url.as_deref() else {
            return;
        };
        if let Some(date) = date_from_url(url)
            && self.plausible(date)
        {
            published.push(Candidate {
                parsed: ParsedDate {
                    date,
                    time: None,
                    offset: None,
                    precision: crate::article::Precision::Day,
                },
                raw: url.to_string(),
                provenance: Provenance::new("url", 0.5),
                weak: false,
            });
        }
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

/// A machine date the page never writes (not in its text, not in its URL) is doubtful
/// beside a date the page shows: the shown date is what the reader is told.
fn prefer_written(published: &mut Vec<Candidate>, written: &HashSet<NaiveDate>) {
    let Some(first) = published.first() else {
        return;
    };
    if first.is_text() || written.contains(&first.parsed.date) {
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

/// A machine timestamp in UTC names the UTC day; when the page's own text, near the
/// headline, writes the day before or after, that is the local day the publisher stated
/// (an evening story in the Americas is stored as the next UTC day). The written day moves
/// to the front.
fn prefer_visible_day(list: &mut Vec<Candidate>) {
    let Some(first) = list.first() else {
        return;
    };
    let utc = first
        .parsed
        .offset
        .is_some_and(|o| o.local_minus_utc() == 0);
    if !utc || first.provenance.source.starts_with("heuristic:text") {
        return;
    }
    let day = first.parsed.date;
    let written = list.iter().position(|c| {
        c.provenance.source == "heuristic:text-near-headline"
            && c.parsed.date != day
            && (c.parsed.date - day).num_days().abs() == 1
    });
    // Only when no written date agrees with the machine day.
    let agrees = list
        .iter()
        .any(|c| c.provenance.source.starts_with("heuristic:text") && c.parsed.date == day);
    if let Some(index) = written.filter(|_| !agrees) {
        let c = list.remove(index);
        list.insert(0, c);
    }
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
/// an offset stated elsewhere on the page for the same day before the country's zone.
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
    if (ts.time.is_some() && ts.offset.is_none() || ts.offset_source == OffsetSource::Inferred)
        && let Some(offset) = all
            .iter()
            .find(|c| c.parsed.date == parsed.date && c.parsed.offset.is_some())
            .and_then(|c| c.parsed.offset)
    {
        ts.offset = Some(offset);
        ts.offset_source = OffsetSource::Inferred;
    }
    (ts, provenance)
}

#[cfg(test)]
mod tests {
    use crate::extract;

    fn day(ts: Option<&crate::article::Timestamp>) -> Option<String> {
        ts.map(|t| t.date.to_string())
    }

    #[test]
    fn banner_date_in_the_site_header_is_ignored() {
        let html = r#"<html><body>
            <header class="site-header"><div>Monday, July 22, 2024</div></header>
            <article><h1>Storm hits the coast</h1>
            <p>By Jane Doe</p><p>Posted on March 3, 2024</p>
            <p>The storm hit the coast on Sunday night and left thousands without power.</p>
            </article></body></html>"#;
        let a = extract(html);
        assert_eq!(day(a.published.as_ref()).as_deref(), Some("2024-03-03"));
    }

    #[test]
    fn date_just_above_the_headline_is_the_articles() {
        let html = r#"<html><body><main><div class="post">
            <div class="post-date">Dec 12, 2023</div>
            <h1>Storm hits the coast</h1>
            <p>The storm hit the coast on Sunday night and left thousands without power.</p>
            </div></main></body></html>"#;
        let a = extract(html);
        assert_eq!(day(a.published.as_ref()).as_deref(), Some("2023-12-12"));
    }

    #[test]
    fn updated_label_goes_to_modified() {
        let html = r#"<html><body><article><h1>Storm hits the coast</h1>
            <p>Published 16. Oktober 2019 · Aktualisiert 18.10.2019</p>
            <p>The storm hit the coast on Sunday night and left thousands without power.</p>
            </article></body></html>"#;
        let a = extract(html);
        assert_eq!(day(a.published.as_ref()).as_deref(), Some("2019-10-16"));
        assert_eq!(day(a.modified.as_ref()).as_deref(), Some("2019-10-18"));
    }

    #[test]
    fn only_an_updated_day_is_the_pages_date() {
        let html = r#"<html><body><article><h1>Best tax software</h1>
            <p>Updated on July 9, 2025</p>
            <p>We tested every tax program on the market so you do not have to.</p>
            </article></body></html>"#;
        let a = extract(html);
        assert_eq!(day(a.published.as_ref()).as_deref(), Some("2025-07-09"));
    }

    #[test]
    fn comment_dates_are_ignored() {
        let html = r#"<html><body><article><h1>Storm hits the coast</h1>
            <p>The storm hit the coast on Sunday night and left thousands without power.</p>
            </article>
            <div class="comments"><p>Posted on 5 May 2024 by Bob</p><p>Great story</p></div>
            </body></html>"#;
        let a = extract(html);
        assert_eq!(day(a.published.as_ref()), None);
    }

    #[test]
    fn story_wrapped_in_a_sidebar_id_keeps_its_date() {
        let html = r#"<html><body><div id="sidebar"><header class="entry-header">
            <h1>The First Decade</h1>
            <div class="entry-meta"><time datetime="2019-07-13T15:52:31+02:00">13 Jul 2019</time></div>
            </header><p>Ten years ago this blog started, and it has grown ever since.</p>
            <div class="comments"><time datetime="2019-08-01T01:15:45+02:00">1 Aug 2019</time></div>
            </div></body></html>"#;
        let a = extract(html);
        assert_eq!(day(a.published.as_ref()).as_deref(), Some("2019-07-13"));
    }

    #[test]
    fn a_stated_utc_offset_is_kept_as_written() {
        let html = r#"<html><head>
            <meta property="article:published_time" content="2022-11-06T23:00:00.000Z">
            </head><body><article><h1>Provence</h1><p>Lavender fields and old towns.</p>
            </article></body></html>"#;
        let page = crate::Page::new(html).url("https://example.de/artikel/provence");
        let a = crate::Extractor::new().extract(&page);
        let ts = a.published.expect("a date");
        assert_eq!(ts.to_string(), "2022-11-06T23:00:00+00:00");
        assert_eq!(ts.offset_source, crate::OffsetSource::Stated);
    }

    #[test]
    fn utc_machine_day_yields_to_the_written_day_next_to_it() {
        let html = r#"<html><head>
            <script type="application/ld+json">{"@type":"NewsArticle","headline":"Mayor elected",
            "datePublished":"2023-11-09T05:30:59Z"}</script>
            </head><body><article><h1>Mayor elected</h1><p>November 8, 2023</p>
            <p>The city elected a new mayor on Tuesday night.</p></article></body></html>"#;
        let a = extract(html);
        assert_eq!(day(a.published.as_ref()).as_deref(), Some("2023-11-08"));
    }

    #[test]
    fn page_object_date_not_shown_is_dropped() {
        let html = r#"<html><head>
            <script type="application/ld+json">{"@type":"WebPage","name":"Porridge",
            "datePublished":"2019-04-12T10:00:00+00:00"}</script>
            </head><body><main><h1>Porridge with apples</h1>
            <p>Oats, milk and two apples make a warm breakfast.</p></main></body></html>"#;
        let a = extract(html);
        assert_eq!(day(a.published.as_ref()), None);
    }

    #[test]
    fn article_metadata_date_not_shown_stays() {
        let html = r#"<html><head>
            <script type="application/ld+json">{"@type":"NewsArticle","headline":"Porridge",
            "datePublished":"2019-04-12T10:00:00+02:00"}</script>
            </head><body><main><h1>Porridge</h1>
            <p>Oats, milk and two apples make a warm breakfast.</p></main></body></html>"#;
        let a = extract(html);
        assert_eq!(day(a.published.as_ref()).as_deref(), Some("2019-04-12"));
    }

    #[test]
    fn shown_date_beats_a_metadata_date_the_page_never_writes() {
        let html = r#"<html><head>
            <meta property="article:published_time" content="2021-11-22T18:42:22+01:00">
            </head><body><article><h1>Wellness hotels</h1>
            <p>Von Fiona Muster</p><p>1. Januar 2023</p>
            <p>Die schönsten Hotels für ein Wochenende der Erholung.</p></article></body></html>"#;
        let a = extract(html);
        assert_eq!(day(a.published.as_ref()).as_deref(), Some("2023-01-01"));
    }

    #[test]
    fn updated_is_not_read_as_dated() {
        let html = r#"<html><head>
            <script type="application/ld+json">{"@type":"Article","headline":"Earbuds",
            "datePublished":"2017-04-03T09:00:00-05:00"}</script>
            </head><body><article><h1>Earbuds</h1>
            <div>Updated <time datetime="2024-02-12T12:07:55-05:00">February 12, 2024</time></div>
            <p>We tested five hundred pairs of earbuds.</p></article></body></html>"#;
        let a = extract(html);
        assert_eq!(day(a.published.as_ref()).as_deref(), Some("2017-04-03"));
        assert_eq!(day(a.modified.as_ref()).as_deref(), Some("2024-02-12"));
    }

    #[test]
    fn numeric_date_written_month_first_confirms_the_metadata() {
        let html = r#"<html><head>
            <meta property="article:published_time" content="2021-11-01T08:00:00+01:00">
            </head><body><article><h1>Elektroroller im Test</h1><p>Zweirad</p><p>11/01/2021</p>
            <p>Fünf Roller für die Stadt, gefahren und gewogen.</p></article></body></html>"#;
        let a = extract(html);
        assert_eq!(day(a.published.as_ref()).as_deref(), Some("2021-11-01"));
    }

    #[test]
    fn a_members_join_date_is_not_the_posts() {
        let html = r#"<html><body><main><h1>Roomba virtual wall</h1>
            <p>Joined May 11, 2017</p><p>Posted March 18, 2020</p>
            <p>I built a virtual wall for my robot vacuum with an Arduino.</p></main></body></html>"#;
        let a = extract(html);
        assert_eq!(day(a.published.as_ref()).as_deref(), Some("2020-03-18"));
    }

    #[test]
    fn date_in_an_aside_right_under_the_headline() {
        let html = r#"<html><body><main><div class="container"><h1>Sleep training</h1></div>
            <aside class="side-col"><p class="date">May 25, 2023</p><p>Topics</p></aside>
            <div><p>Sleep training is a commonly misunderstood topic among new parents.</p></div>
            <aside class="related"><p>June 2, 2024</p></aside></main></body></html>"#;
        let a = extract(html);
        assert_eq!(day(a.published.as_ref()).as_deref(), Some("2023-05-25"));
    }

    #[test]
    fn a_page_without_metadata_gives_the_date_nearest_its_headline() {
        let html = r#"<html><body><div id="nav"><p>Home</p></div><div class="content">
            <h2>Reparaturcafé am 31. Januar</h2><p>Stadt Ahlen</p>
            <p>Das Reparaturcafé öffnet wieder seine Türen für alle Bürger der Stadt.</p>
            <p>27.01.2020</p></div></body></html>"#;
        let a = extract(html);
        assert_eq!(day(a.published.as_ref()).as_deref(), Some("2020-01-27"));
    }

    #[test]
    fn a_customer_review_date_is_not_the_pages() {
        let html = r#"<html><body><main><h1>Ratenkredit</h1>
            <p>Kredite im Vergleich: finden Sie den günstigsten Zins.</p>
            <div><p>Kundenbewertung 02.05.2020 um 08:11 Uhr</p><p>Alles bestens.</p></div>
            </main></body></html>"#;
        let a = extract(html);
        assert_eq!(day(a.published.as_ref()), None);
    }
}

//! Applying a profile to a page: each field's rules in order, the first valid value wins;
//! a field none of whose rules found anything is left to the generic cascade, with a warning.

use chrono::{DateTime, NaiveDate, NaiveDateTime};

use super::page::Page;
use super::rule::Match;
use super::{Profile, ProfileKind, Rule};
use crate::Field;
use crate::article::{
    Article, Block, Dateline, Image, OffsetSource, Precision, ProfileRef, Provenance,
};
use crate::dom::{Document, NodeId, is_skipped_tag, tags};
use crate::time::{DateHints, ParsedDate, parse_date, to_timestamp};

/// Fills the article's fields from the profile's rules.
pub(crate) fn apply(profile: &Profile, page: &dyn Page, article: &mut Article) {
    article.profile = Some(ProfileRef {
        id: profile.id.clone(),
        version: profile.version.clone(),
    });
    if let Some(lang) = &profile.language {
        article.language = Some(lang.clone());
        let prov = Provenance::new(format!("profile:{}", profile.id), 0.9).path("language");
        article.provenance.insert(Field::Language.to_string(), prov);
    }
    for (field, rules) in &profile.fields {
        let filled = rules.iter().enumerate().any(|(i, rule)| {
            let matches = rule.read(page);
            if matches.is_empty() {
                return false;
            }
            // A verified profile's value the page contradicts is undone: kept aside first.
            let before = profile.verify.then(|| article.clone());
            if !set_field(*field, rule, &matches, page, profile, article) {
                return false;
            }
            if let Some(before) = before
                && page.contradicts(*field, article, matches[0].node)
            {
                *article = before;
                return false;
            }
            let prov = Provenance::new(format!("profile:{}", profile.id), 0.95)
                .path(format!("rule {}: {}", i + 1, rule.describe()))
                .raw(matches[0].whole.clone());
            article.provenance.insert(field.to_string(), prov);
            true
        });
        // A platform profile covers what most of its sites share; the generic rules serving
        // the rest is its normal case, not drift.
        if !filled && profile.kind() == ProfileKind::Site {
            article.warnings.push(format!(
                "profile {:?}: field {:?}: no rule found a value; generic rules used",
                profile.id,
                field.as_str()
            ));
        }
    }
}

/// Sets one field from a rule's matches; false when the values are not valid for the field.
fn set_field(
    field: Field,
    rule: &Rule,
    matches: &[Match],
    page: &dyn Page,
    profile: &Profile,
    article: &mut Article,
) -> bool {
    if field == Field::Headline {
        article.headline = Some(headline_of(&matches[0], page));
        return true;
    }
    if let Some(slot) = text_slot(field, article) {
        *slot = Some(matches[0].text.clone());
        return true;
    }
    let texts = || distinct_texts(matches, &str::to_string);
    match field {
        Field::Published | Field::Modified => {
            let Some(ts) = matches.iter().find_map(|m| read_date(rule, m, profile)) else {
                return false;
            };
            if field == Field::Published {
                article.published = Some(ts);
            } else {
                article.modified = Some(ts);
            }
        }
        Field::Dateline => article.dateline = Some(dateline_of(&matches[0], rule)),
        Field::Authors => {
            let authors: Vec<_> = texts()
                .iter()
                .flat_map(|t| page.authors_from_byline(t, article))
                .collect();
            if authors.is_empty() {
                return false;
            }
            article.authors = authors;
        }
        Field::Tags => article.tags = distinct_texts(matches, &|t| page.bare_tag(t)),
        Field::Keywords => article.keywords = distinct_texts(matches, &|t| page.bare_tag(t)),
        Field::Section => article.section = texts(),
        Field::Image => {
            article.image = Some(Image {
                url: matches[0].text.clone(),
                ..Image::default()
            });
        }
        Field::Body => {
            let blocks = body_blocks(matches, page, rule, profile.verify);
            if blocks.is_empty() {
                return false;
            }
            article.body = blocks;
        }
        _ => return false,
    }
    true
}

/// The article's slot for a field that holds one text as the rule read it; `None` for the
/// fields that are read otherwise.
fn text_slot(field: Field, article: &mut Article) -> Option<&mut Option<String>> {
    Some(match field {
        Field::Description => &mut article.description,
        Field::Byline => &mut article.byline,
        Field::SiteName => &mut article.site_name,
        Field::Language => &mut article.language,
        Field::CanonicalUrl => &mut article.canonical_url,
        Field::PublisherName => &mut article.publisher.name,
        Field::PublisherLegalName => &mut article.publisher.legal_name,
        Field::PublisherTagline => &mut article.publisher.tagline,
        Field::PublisherEditor => &mut article.publisher.editor,
        Field::PublisherRegistration => &mut article.publisher.registration,
        Field::PublisherAddress => &mut article.publisher.address,
        Field::PublisherEmail => &mut article.publisher.email,
        Field::PublisherPhone => &mut article.publisher.phone,
        Field::PublisherUrl => &mut article.publisher.url,
        Field::PublisherLogo => &mut article.publisher.logo,
        Field::PublisherCopyright => &mut article.publisher.copyright,
        _ => return None,
    })
}

/// The matches' non-empty texts in page order, each once, after `clean`.
fn distinct_texts(matches: &[Match], clean: &dyn Fn(&str) -> String) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for m in matches.iter().filter(|m| !m.text.is_empty()) {
        let text = clean(&m.text);
        if !out.contains(&text) {
            out.push(text);
        }
    }
    out
}

/// A dateline from a match: its `place` and `agency` groups, else (a rule without a
/// regex) the whole text as the place.
fn dateline_of(m: &Match, rule: &Rule) -> Dateline {
    let place = m
        .groups
        .get("place")
        .cloned()
        .or_else(|| rule.regex.is_none().then(|| m.text.clone()));
    Dateline {
        place: place.filter(|p| !p.is_empty()),
        agency: m.groups.get("agency").cloned().filter(|a| !a.is_empty()),
        raw: m.whole.clone(),
    }
}

/// A headline from a match: the heading's text without a kicker set in it, when the rule read
/// a heading's text as it stands (no attribute, no shaping).
fn headline_of(m: &Match, page: &dyn Page) -> String {
    let doc = page.doc();
    match m.node {
        Some(node) if is_heading(doc, node) && m.text == doc.text(node) && m.whole == m.text => {
            page.heading_text(node)
        }
        _ => m.text.clone(),
    }
}

fn is_heading(doc: &Document, node: NodeId) -> bool {
    doc.tag(node).is_some_and(tags::is_heading)
}

/// A date from a match: the rule's formats first, then the generic date reader; the profile's
/// zone gives the offset when the text states none.
fn read_date(rule: &Rule, m: &Match, profile: &Profile) -> Option<crate::Timestamp> {
    let parsed = rule
        .formats
        .iter()
        .find_map(|f| parse_with_format(&m.text, f))
        .or_else(|| {
            parse_date(
                &m.text,
                &DateHints {
                    language: profile.language.as_deref(),
                },
            )
        })?;
    let zone = profile.timezone.map(|z| (z, OffsetSource::Profile));
    Some(to_timestamp(parsed, &m.text, zone))
}

fn parse_with_format(text: &str, format: &str) -> Option<ParsedDate> {
    let precision = if format.contains("%S") || format.contains("%T") {
        Precision::Second
    } else if format.contains("%M") || format.contains("%R") {
        Precision::Minute
    } else {
        Precision::Day
    };
    if let Ok(dt) = DateTime::parse_from_str(text, format) {
        return Some(ParsedDate {
            date: dt.date_naive(),
            time: Some(dt.time()),
            offset: Some(*dt.offset()),
            precision,
        });
    }
    if let Ok(dt) = NaiveDateTime::parse_from_str(text, format) {
        return Some(ParsedDate {
            date: dt.date(),
            time: Some(dt.time()),
            offset: None,
            precision,
        });
    }
    NaiveDate::parse_from_str(text, format)
        .ok()
        .map(|date| ParsedDate {
            date,
            time: None,
            offset: None,
            precision: Precision::Day,
        })
}

/// The body blocks a rule's matches give: the matched elements', or the state values'.
fn body_blocks(matches: &[Match], page: &dyn Page, rule: &Rule, cleaned: bool) -> Vec<Block> {
    if rule.reads_state() {
        return state_blocks(matches, rule);
    }
    let nodes: Vec<NodeId> = matches.iter().filter_map(|m| m.node).collect();
    blocks_of(page.doc(), &nodes, rule, cleaned)
}

/// The body blocks of state values: the HTML they hold, or each text as a paragraph, read
/// as one document, so that a state's markup gives the blocks a page's markup would.
fn state_blocks(matches: &[Match], rule: &Rule) -> Vec<Block> {
    let mut html = String::new();
    for m in matches {
        match &m.markup {
            // Each value its own block: a value of inline markup is one paragraph.
            Some(markup) => {
                html.push_str("<div>");
                html.push_str(markup);
                html.push_str("</div>");
            }
            None => {
                html.push_str("<p>");
                html.push_str(&escape_text(&m.text));
                html.push_str("</p>");
            }
        }
    }
    let doc = Document::parse(&html);
    blocks_of(&doc, &[doc.root()], rule, false)
}

/// Text made safe to read as HTML.
fn escape_text(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

/// The body blocks of the matched elements, built as the body extractor builds them; the
/// subtrees matching the rule's `exclude` selectors, elements that never show text
/// (`<script>`, `<style>`, `<noscript>`, `<template>`, `<iframe>` …), and matches nested in
/// other matches, are left out; `cleaned`, the generic body's cleaning drops boilerplate
/// inside them too.
fn blocks_of(doc: &Document, nodes: &[NodeId], rule: &Rule, cleaned: bool) -> Vec<Block> {
    let mut dropped = vec![false; doc.len()];
    for &node in nodes {
        for id in doc.descendants(node) {
            // Pre-order: a parent is marked before its children.
            let inside_excluded = id != node && doc.parent(id).is_some_and(|p| dropped[p]);
            dropped[id] = inside_excluded
                || doc.tag(id).is_some_and(is_skipped_tag)
                || rule.exclude.iter().any(|s| s.matches(doc, id));
        }
    }
    let parts: Vec<NodeId> = nodes
        .iter()
        .copied()
        .filter(|&n| !dropped[n] && !doc.ancestors(n).any(|a| nodes.contains(&a)))
        .collect();
    if cleaned {
        return crate::body::cleaned_blocks_of(doc, &parts, &dropped);
    }
    crate::body::blocks_of(doc, &parts, &dropped)
}

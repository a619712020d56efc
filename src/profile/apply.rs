//! Applying a profile to a page: each field's rules in order, the first valid value wins;
//! a field none of whose rules found anything is left to the generic cascade, with a warning.

use chrono::{DateTime, NaiveDate, NaiveDateTime};

use super::rule::Match;
use super::{Profile, ProfileKind, Rule};
use crate::article::{
    Article, Block, Dateline, Image, OffsetSource, Precision, ProfileRef, Provenance,
};
use crate::dom::{Document, NodeId, is_skipped_tag, tags};
use crate::fields::{Context, authors_from_byline, bare_tag, heading_text};
use crate::time::{DateHints, ParsedDate, parse_date, to_timestamp};

/// Fills the article's fields from the profile's rules.
pub(crate) fn apply(profile: &Profile, ctx: &Context, article: &mut Article) {
    article.profile = Some(ProfileRef {
        id: profile.id.clone(),
        version: profile.version.clone(),
    });
    if let Some(lang) = &profile.language {
        article.language = Some(lang.clone());
        let prov = Provenance::new(format!("profile:{}", profile.id), 0.9).path("language");
        article.provenance.insert("language".into(), prov);
    }
    for (field, rules) in &profile.fields {
        let filled = rules.iter().enumerate().any(|(i, rule)| {
            let matches = rule.read(ctx);
            if matches.is_empty() || !set_field(field, rule, &matches, ctx, profile, article) {
                return false;
            }
            let prov = Provenance::new(format!("profile:{}", profile.id), 0.95)
                .path(format!("rule {}: {}", i + 1, rule.describe()))
                .raw(matches[0].whole.clone());
            article.provenance.insert((*field).to_string(), prov);
            true
        });
        // A platform profile covers what most of its sites share; the generic rules serving
        // the rest is its normal case, not drift.
        if !filled && profile.kind() == ProfileKind::Site {
            article.warnings.push(format!(
                "profile {:?}: field {field:?}: no rule found a value; generic rules used",
                profile.id
            ));
        }
    }
}

/// Sets one field from a rule's matches; false when the values are not valid for the field.
fn set_field(
    field: &str,
    rule: &Rule,
    matches: &[Match],
    ctx: &Context,
    profile: &Profile,
    article: &mut Article,
) -> bool {
    let first = matches[0].text.clone();
    // The matches' texts in page order, each once, after `clean`.
    let texts_with = |clean: &dyn Fn(&str) -> String| -> Vec<String> {
        let mut out: Vec<String> = Vec::new();
        for m in matches.iter().filter(|m| !m.text.is_empty()) {
            let text = clean(&m.text);
            if !out.contains(&text) {
                out.push(text);
            }
        }
        out
    };
    let texts = || texts_with(&str::to_string);
    if field == "headline" {
        article.headline = Some(headline_of(&matches[0], ctx.doc));
        return true;
    }
    let slot = match field {
        "description" => &mut article.description,
        "byline" => &mut article.byline,
        "site_name" => &mut article.site_name,
        "language" => &mut article.language,
        "canonical_url" => &mut article.canonical_url,
        "publisher.name" => &mut article.publisher.name,
        "publisher.legal_name" => &mut article.publisher.legal_name,
        "publisher.tagline" => &mut article.publisher.tagline,
        "publisher.editor" => &mut article.publisher.editor,
        "publisher.registration" => &mut article.publisher.registration,
        "publisher.address" => &mut article.publisher.address,
        "publisher.email" => &mut article.publisher.email,
        "publisher.phone" => &mut article.publisher.phone,
        "publisher.url" => &mut article.publisher.url,
        "publisher.logo" => &mut article.publisher.logo,
        "publisher.copyright" => &mut article.publisher.copyright,
        "published" | "modified" => {
            let Some(ts) = matches
                .iter()
                .find_map(|m| read_date(rule, m, ctx, profile))
            else {
                return false;
            };
            if field == "published" {
                article.published = Some(ts);
            } else {
                article.modified = Some(ts);
            }
            return true;
        }
        "dateline" => {
            let m = &matches[0];
            let place = m
                .groups
                .get("place")
                .cloned()
                .or_else(|| rule.regex.is_none().then(|| m.text.clone()));
            article.dateline = Some(Dateline {
                place: place.filter(|p| !p.is_empty()),
                agency: m.groups.get("agency").cloned().filter(|a| !a.is_empty()),
                raw: m.whole.clone(),
            });
            return true;
        }
        "authors" => {
            let authors: Vec<_> = texts()
                .iter()
                .flat_map(|t| authors_from_byline(t, ctx, article))
                .collect();
            if authors.is_empty() {
                return false;
            }
            article.authors = authors;
            return true;
        }
        "tags" => {
            article.tags = texts_with(&bare_tag);
            return true;
        }
        "section" => {
            article.section = texts();
            return true;
        }
        "image" => {
            article.image = Some(Image {
                url: first,
                ..Image::default()
            });
            return true;
        }
        "body" => {
            let nodes: Vec<NodeId> = matches.iter().filter_map(|m| m.node).collect();
            let blocks = blocks_of(ctx.doc, &nodes, rule);
            if blocks.is_empty() {
                return false;
            }
            article.body = blocks;
            return true;
        }
        _ => return false,
    };
    *slot = Some(first);
    true
}

/// A headline from a match: the heading's text without a kicker set in it, when the rule read
/// a heading's text as it stands (no attribute, no shaping).
fn headline_of(m: &Match, doc: &Document) -> String {
    match m.node {
        Some(node) if is_heading(doc, node) && m.text == doc.text(node) && m.whole == m.text => {
            heading_text(doc, node)
        }
        _ => m.text.clone(),
    }
}

fn is_heading(doc: &Document, node: NodeId) -> bool {
    doc.tag(node).is_some_and(tags::is_heading)
}

/// A date from a match: the rule's formats first, then the generic date reader; the profile's
/// zone gives the offset when the text states none.
fn read_date(rule: &Rule, m: &Match, ctx: &Context, profile: &Profile) -> Option<crate::Timestamp> {
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
    let _ = ctx;
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

/// The body blocks of the matched elements, built as the body extractor builds them; the
/// subtrees matching the rule's `exclude` selectors, elements that never show text
/// (`<script>`, `<style>`, `<noscript>`, `<template>`, `<iframe>` …), and matches nested in
/// other matches, are left out.
fn blocks_of(doc: &Document, nodes: &[NodeId], rule: &Rule) -> Vec<Block> {
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
    crate::body::blocks_of(doc, &parts, &dropped)
}

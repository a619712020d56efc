//! Byline lines: near the headline, and labelled lines anywhere in the article.

use crate::article::{AuthorKind, Provenance};
use crate::dom::Line;
use crate::fields::byline::Found;
use crate::fields::byline::credit::{Origin, parse_byline, parse_credit};
use crate::fields::byline::known::Known;
use crate::fields::byline::names::looks_like_person;
use crate::fields::byline::patterns::{
    BYLINE_AFTER_DATE, BYLINE_LABEL_ONLY, BYLINE_LINE, DATE_THEN_NAME, STRONG_LABEL, VERB_LABEL,
};
use crate::fields::{Context, Region, headline_node};

/// A line near the headline that opens with a byline word ("By Ann Lee", "Von Max Muster",
/// "Autor: …"), in the region that holds the main heading.
pub(in crate::fields::byline) fn from_byline_line(ctx: &Context, site: &Known) -> Option<Found> {
    let doc = ctx.doc;
    let heading = headline_node(ctx, site.headline.as_deref())?;
    let headline = doc.text(heading);
    // Climb until the region holds more than the heading: the article's header.
    let mut scope = heading;
    for a in doc.ancestors(heading).take(5) {
        scope = a;
        if doc.text(a).chars().count() > headline.chars().count() + 40 {
            break;
        }
    }
    let lines = doc.lines(scope);
    let at = lines.iter().position(|l| *l == headline).unwrap_or(0);
    let window: Vec<&String> = lines.iter().skip(at.saturating_sub(4)).take(16).collect();
    let mut site_only: Option<Found> = None;
    for (i, line) in window.iter().enumerate() {
        if line.chars().count() > 120 {
            continue;
        }
        let Some(candidate) = line_credit(&window, i, true) else {
            continue;
        };
        let (authors, sites) = parse_credit(&candidate, site, Origin::Page);
        if !authors.is_empty() {
            return Some(Found {
                authors,
                raw: line.to_string(),
                provenance: Provenance::new("heuristic:byline-line", 0.55),
                site_credits: Vec::new(),
            });
        }
        if site_only.is_none() && !sites.is_empty() {
            site_only = Some(Found {
                authors: Vec::new(),
                raw: line.to_string(),
                provenance: Provenance::new("heuristic:byline-line", 0.55),
                site_credits: sites,
            });
        }
    }
    site_only
}

/// The credit a line of the page holds: the line itself when it opens with a byline word,
/// the name after "Posted on … by", or the next line after a label alone ("Autor:").
pub(in crate::fields::byline) fn line_credit<S: AsRef<str>>(
    lines: &[S],
    i: usize,
    date_first: bool,
) -> Option<String> {
    let line = lines[i].as_ref();
    if BYLINE_LABEL_ONLY.is_match(line) {
        return lines.get(i + 1).map(|next| next.as_ref().to_string());
    }
    if let Some(c) = BYLINE_AFTER_DATE.captures(line) {
        return Some(c["credit"].to_string());
    }
    if BYLINE_LINE.is_match(line) {
        return Some(line.to_string());
    }
    if date_first
        && let Some(c) = DATE_THEN_NAME.captures(line)
        && looks_like_person(c["credit"].trim())
    {
        return Some(c["credit"].to_string());
    }
    None
}

/// Lines of the article anywhere on the page (outside menus, comments and other regions)
/// that open with a byline label: "Von Leonora Holling", "Autorin: Uta Staschewski, …".
pub(in crate::fields::byline) fn from_labelled_line(ctx: &Context, site: &Known) -> Option<Found> {
    let lines = ctx.facts.lines();
    let texts: Vec<&str> = lines.iter().map(|l| l.text.as_str()).collect();
    for (i, Line { text: line, node }) in lines.iter().enumerate() {
        if line.chars().count() > 120
            || ctx.facts.outside_article(*node)
            || ctx.facts.in_region(*node, &Region::COMMENTS_OR_NAV)
        {
            continue;
        }
        let Some(candidate) = line_credit(&texts, i, false) else {
            continue;
        };
        // Away from the headline only a plain label vouches for a name: "By Ann Lee",
        // "Autorin: Uta Staschewski", not "Text Link" or "Interview Notes".
        if !STRONG_LABEL.is_match(line) && !BYLINE_LABEL_ONLY.is_match(line) {
            continue;
        }
        let authors = parse_byline(&candidate, site);
        // A verb ("Posted by", "Geschrieben von") vouches for a one-word name.
        let verb = VERB_LABEL.is_match(line);
        let plausible = authors.len() <= 3
            && authors
                .iter()
                .all(|a| a.kind == AuthorKind::Agency || a.name.contains(' ') || verb);
        if !authors.is_empty() && plausible {
            return Some(Found {
                authors,
                raw: line.to_string(),
                provenance: Provenance::new("heuristic:labelled-line", 0.5),
                site_credits: Vec::new(),
            });
        }
    }
    None
}

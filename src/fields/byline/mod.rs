//! `authors` and `byline`: who wrote the article.
//!
//! Sources, in order: JSON-LD `author`, microdata `author`, meta tags (`author`,
//! `article:author`, `parsely-author`, `sailthru.author`, `dc.creator`), `rel=author`
//! links, the page's byline element, a byline line near the headline, links to author
//! pages, and a labelled line anywhere in the article ("Autorin: …"). The first source that
//! yields a valid name wins. A byline is cleaned of "By", roles, e-mail addresses, handles,
//! dates and "Staff" (degrees such as "MD, PhD" stay with the name); several names are
//! split; agencies are typed as agencies. The site's own name is an author only when no
//! source names anyone else, and the page signs with it as a team or in two places.

mod author_box;
mod credit;
mod known;
mod names;
mod patterns;
mod sources;
#[cfg(test)]
mod tests;
mod words;

use super::{Context, record, text_key};
use crate::Field;
use crate::article::{Article, Author, AuthorKind, Provenance};
use crate::dom::{NodeData, Reading, is_skipped_tag, lines_with_nodes};
use crate::rules::{Rule, on};
use credit::{Origin, parse_byline, parse_credit};
use known::Known;
pub(super) use known::domain_label;
use names::{kind_of, looks_like_domain};
use sources::element::from_byline_element;
use sources::lines::{from_byline_line, from_labelled_line};
use sources::links::from_author_links;
use sources::markup::{from_microdata, from_rel_author};
use sources::metadata::{from_jsonld, from_meta};

pub(super) fn extract(ctx: &Context, article: &mut Article) {
    if !article.authors.is_empty() {
        return;
    }
    let site = Known::new(ctx, article);
    if let Some(byline) = article.byline.clone() {
        article.authors = parse_byline(&byline, &site);
        return;
    }
    type Step = fn(&Context, &Known) -> Option<Found>;
    let steps: [(Option<Rule>, Step); 8] = [
        (None, from_jsonld),
        (None, from_microdata),
        (None, from_meta),
        (Some(Rule::AuthorRelAuthor), from_rel_author),
        (Some(Rule::AuthorElement), from_byline_element),
        (Some(Rule::AuthorLine), from_byline_line),
        (Some(Rule::AuthorLinks), from_author_links),
        (Some(Rule::AuthorLabelledLine), from_labelled_line),
    ];
    // Each step runs only when asked: the steps after the first to name an author are read
    // only when that one is metadata the page may not show, or when none names anyone.
    let mut results = steps
        .iter()
        .enumerate()
        .filter(|(_, (rule, _))| rule.is_none_or(on))
        .filter_map(|(i, (_, step))| step(ctx, &site).map(|f| (i, f)));
    let mut without_authors: Vec<(usize, Found)> = Vec::new();
    let first = results.by_ref().find_map(|(i, found)| {
        if found.authors.is_empty() {
            without_authors.push((i, found));
            return None;
        }
        Some((i, found))
    });
    let fallback = || site_credit(&without_authors).filter(|_| on(Rule::AuthorSiteCredit));
    let Some((step, mut found)) = first.or_else(fallback) else {
        return;
    };
    let mut results = results.filter(|(_, f)| !f.authors.is_empty());
    // Metadata may credit someone the page does not show (the CMS account that uploaded
    // it); when the page shows a byline of its own, the reader's byline wins.
    if step < FIRST_PAGE_STEP && on(Rule::AuthorShownOverMeta) {
        let shown = shown_on_page(ctx, &found.authors);
        if !shown && let Some((_, on_page)) = results.find(|(i, _)| *i >= FIRST_PAGE_STEP) {
            found = on_page;
        }
    }
    article.byline = Some(found.raw.clone());
    article.authors = found.authors;
    record(article, Field::Authors, found.provenance.raw(found.raw));
}

/// The site's own name as the author, when no step names anyone else: a company blog
/// signed by the company ("Swoogo", "The Upwork Team"). Taken only from the first step
/// that credits the site, and only when the credit is a team, or when the page repeats it
/// in a second place (JSON-LD and a meta tag, or metadata and a byline): a publisher named
/// once in a template is no byline. A publication's name ("Hildesheimer Presse") or a web
/// address ("tennisnet.com") is the masthead, not a signature.
fn site_credit(all: &[(usize, Found)]) -> Option<(usize, Found)> {
    let (step, first) = all.iter().find(|(_, f)| !f.site_credits.is_empty())?;
    let credits = &first.site_credits;
    if credits.iter().any(|a| looks_like_domain(&a.name)) {
        return None;
    }
    let keys: Vec<String> = credits.iter().map(|a| text_key(&a.name)).collect();
    let team = keys.iter().any(|k| k.split(' ').any(|w| w == "team"));
    let places = all
        .iter()
        .filter(|(_, f)| {
            f.site_credits
                .iter()
                .any(|a| keys.contains(&text_key(&a.name)))
        })
        .count();
    let publication = credits
        .iter()
        .any(|a| kind_of(&a.name) == AuthorKind::Organization);
    (team || (places >= 2 && !publication)).then(|| {
        (
            *step,
            Found {
                authors: credits.clone(),
                raw: first.raw.clone(),
                provenance: first.provenance.clone(),
                site_credits: Vec::new(),
            },
        )
    })
}

/// Steps from this index on read the page's own markup rather than its metadata.
const FIRST_PAGE_STEP: usize = 3;

/// True when the visible text of the page's body names one of the authors: the comparison
/// key of a name stands in the text's key as whole words.
fn shown_on_page(ctx: &Context, authors: &[Author]) -> bool {
    let names: Vec<String> = authors
        .iter()
        .map(|a| format!(" {} ", text_key(&a.name)))
        .collect();
    if named_in_one_text(ctx, &names) {
        return true;
    }
    let longest = names.iter().map(String::len).max().unwrap_or(0);
    // The key of the text is its lines' keys, each followed by a space: built line by line
    // and searched as it grows, it is read only as far as the first name.
    let mut visible = String::from(" ");
    // Text nodes apart ("Mara Vell Okoro" beside a date in the next span), button labels
    // included (a byline in a tooltip button).
    for line in lines_with_nodes(ctx.doc, ctx.facts.body(), &Reading::VISIBLE) {
        let key = text_key(&line.text);
        if key.is_empty() {
            continue;
        }
        // A name first found now ends in the part just added.
        let from = visible.len().saturating_sub(longest);
        visible.push_str(&key);
        visible.push(' ');
        let tail = &visible.as_bytes()[from..];
        if names
            .iter()
            .any(|n| memchr::memmem::find(tail, n.as_bytes()).is_some())
        {
            return true;
        }
    }
    // A text without words keys as two spaces.
    if visible.len() == 1 {
        visible.push(' ');
    }
    names.iter().any(|n| visible.contains(n.as_str()))
}

/// True when one text node of the page's body, in no element left out of its text, names
/// one of the authors (`names` as [`shown_on_page`] pads them) as whole words of its key.
/// The walk of [`shown_on_page`] would find the name too: it reads every such node, each
/// apart from the next, and keys its text the same way. A cheap first look that spares the
/// walk on most pages that show their byline; a name split across nodes is left to it.
fn named_in_one_text(ctx: &Context, names: &[String]) -> bool {
    let doc = ctx.doc;
    let finders: Vec<memchr::memmem::Finder> = names
        .iter()
        .map(|n| n.trim())
        .filter(|n| !n.is_empty())
        .map(memchr::memmem::Finder::new)
        .collect();
    let whole_words = |key: &[u8], at: usize, len: usize| {
        (at == 0 || key[at - 1] == b' ') && key.get(at + len).is_none_or(|&b| b == b' ')
    };
    let body = ctx.facts.body();
    let end = doc.subtree_end(body);
    let mut id = body + 1;
    while id < end {
        match &doc.node(id).data {
            // Scripts, styles and the like hold no text a reader sees, buttons aside: left
            // to the walk, as any node whose text the page's key does not hold.
            NodeData::Element(e) if is_skipped_tag(&e.name) => {
                id = doc.subtree_end(id);
                continue;
            }
            NodeData::Text(_) => {
                let key = ctx.facts.key(id).as_bytes();
                let named = finders.iter().any(|f| {
                    let len = f.needle().len();
                    f.find_iter(key).any(|at| whole_words(key, at, len))
                });
                if named {
                    return true;
                }
            }
            _ => {}
        }
        id += 1;
    }
    false
}

/// The authors named in a profile rule's byline, cleaned, without the site's own name; the
/// rule vouches for one-word names.
pub(super) fn authors_from_byline(byline: &str, ctx: &Context, article: &Article) -> Vec<Author> {
    parse_credit(byline, &Known::new(ctx, article), Origin::Profile).0
}

struct Found {
    authors: Vec<Author>,
    raw: String,
    provenance: Provenance,
    /// Credits of the site itself, kept aside: the author only when nothing else is found.
    site_credits: Vec<Author>,
}

fn found_from_strings(
    raws: Vec<String>,
    site: &Known,
    origin: Origin,
    provenance: Provenance,
) -> Option<Found> {
    if raws.is_empty() {
        return None;
    }
    let mut authors: Vec<Author> = Vec::new();
    let mut site_credits: Vec<Author> = Vec::new();
    for r in &raws {
        let (a, s) = parse_credit(r, site, origin);
        authors.extend(a);
        site_credits.extend(s);
    }
    Some(Found {
        authors: dedup(authors),
        raw: raws.join(", "),
        provenance,
        site_credits: dedup(site_credits),
    })
}

fn dedup(authors: Vec<Author>) -> Vec<Author> {
    let mut out: Vec<Author> = Vec::new();
    for a in authors {
        if !out.iter().any(|b| text_key(&b.name) == text_key(&a.name)) {
            out.push(a);
        }
    }
    out
}

//! Author markup in the page: microdata `author` properties and `rel=author` links.

use crate::article::Provenance;
use crate::dom::{NodeId, local_name, tags};
use crate::fields::byline::credit::Origin;
use crate::fields::byline::known::Known;
use crate::fields::byline::sources::element::credited_as_reviewer;
use crate::fields::byline::{Found, found_from_strings};
use crate::fields::{Context, Region, absolute_url};

/// As [`crate::facts::Facts::outside_article`], for the author markup of an article
/// (`itemprop=author`, `rel=author`), except that an `<aside>` or `<footer>` inside the
/// `<article>` is the article's own column or footer of details (byline, date, sharing), not
/// a sidebar or the site's footer.
pub(in crate::fields::byline) fn outside_article_markup(
    doc: &crate::dom::Document,
    node: NodeId,
) -> bool {
    // Once the walk below reaches an <article> it answers "inside", so an aside or footer
    // it meets first is inside an article exactly when the node is.
    let in_article = doc
        .ancestors(node)
        .any(|a| doc.is(a, &local_name!("article")));
    for a in std::iter::once(node).chain(doc.ancestors(node)) {
        let Some(el) = doc.element(a) else {
            continue;
        };
        if tags::is_article_root(&el.name) {
            return false;
        }
        let details = matches!(el.name, local_name!("aside") | local_name!("footer"));
        if !(details && in_article) && Region::OUTSIDE_ARTICLE.opened_by(el) {
            return true;
        }
    }
    false
}

pub(in crate::fields::byline) fn from_microdata(ctx: &Context, site: &Known) -> Option<Found> {
    let doc = ctx.doc;
    let mut raws = Vec::new();
    // The item a property belongs to: its nearest ancestor with `itemscope`. Authors of
    // other items (the cards of related posts) are someone else's.
    let owner = |n: NodeId| {
        doc.ancestors(n)
            .find(|&a| doc.attr(a, "itemscope").is_some())
    };
    let mut first_owner: Option<Option<NodeId>> = None;
    for prop in ctx.signals.itemprop("author") {
        if outside_article_markup(doc, prop.node) {
            continue;
        }
        let o = owner(prop.node);
        if *first_owner.get_or_insert(o) != o {
            continue;
        }
        // A nested `itemprop=name` holds the name; else the element's value.
        let name = doc
            .descendants(prop.node)
            .skip(1)
            .find(|&d| {
                doc.attr(d, "itemprop")
                    .is_some_and(|p| p.split_whitespace().any(|t| t == "name"))
            })
            .map(|d| {
                doc.attr(d, "content")
                    .map(str::to_string)
                    .unwrap_or_else(|| doc.text(d))
            })
            .unwrap_or_else(|| prop.value.clone());
        if !name.starts_with("http") && !raws.contains(&name) {
            raws.push(name);
        }
    }
    found_from_strings(
        raws,
        site,
        Origin::Metadata,
        Provenance::new("microdata", 0.75).path("[itemprop=author]"),
    )
}

pub(in crate::fields::byline) fn from_rel_author(ctx: &Context, site: &Known) -> Option<Found> {
    let doc = ctx.doc;
    let mut raws = Vec::new();
    let mut urls = Vec::new();
    for &id in &ctx.signals.rel_author {
        if outside_article_markup(doc, id) {
            continue;
        }
        let text = doc.text(id);
        if !text.is_empty()
            && text.chars().count() < 80
            && !raws.contains(&text)
            && !credited_as_reviewer(doc, id)
        {
            urls.push(doc.attr(id, "href").and_then(|h| absolute_url(ctx, h)));
            raws.push(text);
        }
    }
    let mut found = found_from_strings(
        raws,
        site,
        Origin::Link,
        Provenance::new("heuristic:rel-author", 0.7).path("[rel=author]"),
    )?;
    if found.authors.len() == urls.len() {
        for (a, u) in found.authors.iter_mut().zip(urls) {
            a.url = u;
        }
    }
    Some(found)
}

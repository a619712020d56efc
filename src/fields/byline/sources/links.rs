//! Links to author pages inside the article.

use crate::article::Provenance;
use crate::dom::{NodeId, local_name};
use crate::fields::byline::credit::{Origin, parse_credit};
use crate::fields::byline::known::{Known, domain_label};
use crate::fields::byline::sources::element::credited_as_reviewer;
use crate::fields::byline::words::AUTHOR_PATHS;
use crate::fields::byline::{Found, found_from_strings};
use crate::fields::{Context, Region, absolute_url, page_host};

/// Links to author pages inside the article ("/author/ann-lee"), whose text is a name.
pub(in crate::fields::byline) fn from_author_links(ctx: &Context, site: &Known) -> Option<Found> {
    let doc = ctx.doc;
    let page_host = page_host(ctx);
    let mut raws: Vec<String> = Vec::new();
    let mut urls = Vec::new();
    // The block that holds the first author link: a byline's links share it; the links of
    // reviewers, related posts or a bio further down do not.
    let block_of = |n: NodeId| {
        doc.ancestors(n).find(|&a| {
            doc.element(a)
                .is_some_and(|e| crate::dom::is_block_tag(&e.name))
        })
    };
    let mut first_block: Option<Option<NodeId>> = None;
    for (id, el) in doc.elements() {
        if el.name != local_name!("a") {
            continue;
        }
        let Some(href) = el.attr("href") else {
            continue;
        };
        let lower = href.to_ascii_lowercase();
        if !AUTHOR_PATHS.iter().any(|p| lower.contains(p))
            || ctx.facts.in_region(id, &Region::COMMENTS_OR_NAV)
        {
            continue;
        }
        // An author's page lives on the site itself; a link elsewhere is a share button.
        let url = absolute_url(ctx, href);
        if !same_site(url.as_deref(), page_host.as_deref()) {
            continue;
        }
        let text = doc.text(id);
        if text.is_empty()
            || text.chars().count() > 60
            || raws.contains(&text)
            || credited_as_reviewer(doc, id)
        {
            continue;
        }
        let (authors, sites) = parse_credit(&text, site, Origin::Link);
        if authors.is_empty() && sites.is_empty() {
            continue;
        }
        let b = block_of(id);
        if *first_block.get_or_insert(b) != b {
            continue;
        }
        urls.push(url);
        raws.push(text);
        if raws.len() >= 4 {
            break;
        }
    }
    let prov = Provenance::new("heuristic:author-link", 0.5).path("a[href*=/author/]");
    let mut found = found_from_strings(raws, site, Origin::Link, prov)?;
    if found.authors.len() == urls.len() {
        for (a, u) in found.authors.iter_mut().zip(urls) {
            a.url = u;
        }
    }
    Some(found)
}

/// True when a link stays on the page's site (or the page's host is unknown).
pub(in crate::fields::byline) fn same_site(url: Option<&str>, page_host: Option<&str>) -> bool {
    let (Some(url), Some(page)) = (url, page_host) else {
        return true;
    };
    let Some(host) = url::Url::parse(url)
        .ok()
        .and_then(|u| u.host_str().map(str::to_ascii_lowercase))
    else {
        return false;
    };
    let host = host.strip_prefix("www.").unwrap_or(&host);
    domain_label(host) == domain_label(page)
}

//! The fields of an [`Article`], one file each. Each step reads the shared [`Context`] and
//! fills its field (and its provenance) through an ordered cascade: JSON-LD, meta tags,
//! microdata, then DOM heuristics; the first valid value wins.

mod agencies;
mod body;
mod byline;
mod canonical;
mod dateline;
mod dates;
mod description;
mod entry_times;
mod headline;
mod image;
mod language;
mod publisher;
mod relative_date;
mod tags;

use chrono::{DateTime, FixedOffset};

use crate::article::{Article, Provenance};
use crate::dom::Document;
use crate::profile::Profile;
use crate::signals::Signals;

pub(crate) use byline::authors_from_byline;

/// What every field step reads: the tree, the signals, the page's URL and its profile.
pub(crate) struct Context<'a> {
    pub doc: &'a Document,
    pub signals: &'a Signals,
    /// The site profile chosen for the page.
    pub profile: Option<&'a Profile>,
    /// The page URL as given, else its canonical or `og:url`.
    pub url: Option<String>,
    /// The reference time for relative dates.
    pub now: Option<DateTime<FixedOffset>>,
}

impl<'a> Context<'a> {
    pub(crate) fn new(
        doc: &'a Document,
        signals: &'a Signals,
        url: Option<&str>,
        now: Option<DateTime<FixedOffset>>,
    ) -> Self {
        let url = url
            .map(str::to_string)
            .or_else(|| signals.canonical.clone().filter(|u| u.starts_with("http")))
            .or_else(|| signals.meta.get("og:url").map(str::to_string));
        Context {
            doc,
            signals,
            profile: None,
            url,
            now,
        }
    }
}

/// Runs the profile's rules, then every generic field step in order; a generic step leaves
/// alone a field the profile filled.
pub(crate) fn run(ctx: &Context, article: &mut Article) {
    if let Some(profile) = ctx.profile {
        crate::profile::apply(profile, ctx, article);
    }
    language::extract(ctx, article);
    canonical::extract(ctx, article);
    publisher::extract_site_name(ctx, article);
    headline::extract(ctx, article);
    description::extract(ctx, article);
    dates::extract(ctx, article);
    relative_date::extract(ctx, article);
    byline::extract(ctx, article);
    tags::extract(ctx, article);
    image::extract(ctx, article);
    body::extract(ctx, article);
    dateline::extract(ctx, article);
    publisher::extract(ctx, article);
}

/// Records where a field's value came from.
fn record(article: &mut Article, field: &str, provenance: Provenance) {
    article.provenance.insert(field.to_string(), provenance);
}

/// A comparison key: lower-case letters and digits, other runs folded to one space.
pub(crate) fn text_key(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for word in s
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
    {
        if !out.is_empty() {
            out.push(' ');
        }
        out.extend(word.chars().flat_map(char::to_lowercase));
    }
    out
}

/// Resolves a possibly relative link against the page URL; `None` for empty links and
/// non-web schemes.
pub(crate) fn absolute_url(ctx: &Context, href: &str) -> Option<String> {
    let href = href.trim();
    if href.is_empty() || href.starts_with("javascript:") || href.starts_with("data:") {
        return None;
    }
    let resolved = match ctx.url.as_deref().and_then(|b| url::Url::parse(b).ok()) {
        Some(base) => base.join(href).ok()?,
        None => url::Url::parse(href).ok()?,
    };
    matches!(resolved.scheme(), "http" | "https").then(|| resolved.to_string())
}

/// The host of the page URL, without `www.`.
pub(crate) fn page_host(ctx: &Context) -> Option<String> {
    let url = url::Url::parse(ctx.url.as_deref()?).ok()?;
    let host = url.host_str()?.to_ascii_lowercase();
    Some(host.strip_prefix("www.").unwrap_or(&host).to_string())
}

/// Class and id tokens of page regions that are not the article: a date, name or link found
/// inside them belongs to something else (a comment, another article, the site).
const OUTSIDE_ARTICLE_TOKENS: &[&str] = &[
    "comment",
    "comments",
    "related",
    "sidebar",
    "widget",
    "footer",
    "recommend",
    "promo",
    "teaser",
    "most-read",
    "mostread",
    "popular",
    "trending",
    "newsletter",
    "nav",
    "menu",
    "breadcrumb",
    "disqus",
    "reply",
    "share",
    "social",
    "more-stories",
    "read-more",
];

/// True when a node sits in a region that is not the article itself: `<nav>`, `<footer>`,
/// `<aside>`, or an element whose class or id names comments, related links, sidebars. The
/// nearest region decides: once the walk up reaches `<article>` or `<main>`, the node is in
/// the article (a wrapper far above, left unclosed by broken markup, does not count).
pub(crate) fn outside_article(doc: &Document, node: crate::dom::NodeId) -> bool {
    use crate::dom::local_name;
    for a in std::iter::once(node).chain(doc.ancestors(node)) {
        let Some(el) = doc.element(a) else {
            continue;
        };
        if matches!(el.name, local_name!("article") | local_name!("main")) {
            return false;
        }
        if is_outside_region(el) {
            return true;
        }
    }
    false
}

/// True when this element itself is a region that is not the article (see
/// [`outside_article`]).
pub(crate) fn is_outside_region(el: &crate::dom::Element) -> bool {
    use crate::dom::local_name;
    if matches!(
        el.name,
        local_name!("nav") | local_name!("footer") | local_name!("aside")
    ) {
        return true;
    }
    let id = el.attr("id").unwrap_or("");
    el.classes()
        .chain(std::iter::once(id))
        .any(is_outside_token)
}

/// True for a class or id token that names a region outside the article: the word alone,
/// or at either end of a compound (`comments-area`, `sidebar_right`, `site-footer`); a word
/// in the middle (`elementor-widget-author-box`) is a framework's naming, not a region.
fn is_outside_token(token: &str) -> bool {
    let token = token.to_ascii_lowercase();
    OUTSIDE_ARTICLE_TOKENS.iter().any(|t| {
        token == *t
            || token
                .strip_prefix(t)
                .is_some_and(|rest| rest.starts_with(['-', '_']))
            || token
                .strip_suffix(t)
                .is_some_and(|rest| rest.ends_with(['-', '_']))
    })
}

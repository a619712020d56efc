//! The fields of an [`Article`], one file each. Each step reads the shared [`Context`] and
//! fills its field (and its provenance) through an ordered cascade: JSON-LD, meta tags,
//! microdata, then DOM heuristics; the first valid value wins.

mod agencies;
mod body;
mod byline;
mod canonical;
mod dateline;
mod dates;
mod declared;
mod description;
mod entry_times;
mod headline;
mod image;
mod keywords;
mod language;
mod publisher;
mod relative_date;
mod tag_lists;
mod tags;

use chrono::{DateTime, FixedOffset};

use crate::Field;
use crate::article::{Article, Author, OffsetSource, Provenance};
use crate::dom::{Document, NodeId};
use crate::facts::Facts;
use crate::profile::{Page, Profile};
use crate::signals::Signals;

pub(crate) use crate::facts::Region;
pub(crate) use crate::facts::text_key;
pub(crate) use headline::metadata_title_candidates;

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
    /// What several steps need to know about the page, each worked out once.
    pub facts: Facts<'a>,
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
            facts: Facts::new(doc, url.as_deref()),
            url,
            now,
        }
    }
}

/// A profile reads the page through the context, with the field steps' own readers.
impl Page for Context<'_> {
    fn doc(&self) -> &Document {
        self.doc
    }

    fn signals(&self) -> &Signals {
        self.signals
    }

    fn url(&self) -> Option<&str> {
        self.url.as_deref()
    }

    fn state(&self, name: &str) -> Option<std::rc::Rc<serde_json::Value>> {
        self.facts.state(name)
    }

    fn authors_from_byline(&self, byline: &str, article: &Article) -> Vec<Author> {
        byline::authors_from_byline(byline, self, article)
    }

    fn heading_text(&self, heading: NodeId) -> String {
        headline::heading_text(self.doc, heading)
    }

    fn bare_tag(&self, tag: &str) -> String {
        tags::bare_tag(tag)
    }

    fn contradicts(&self, field: crate::Field, article: &Article, node: Option<NodeId>) -> bool {
        declared::contradicts(self, field, article, node)
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
    keywords::extract(ctx, article);
    image::extract(ctx, article);
    body::extract(ctx, article);
    dateline::extract(ctx, article);
    publisher::extract(ctx, article);
    dates::zone_from_address(article);
    record_offset_sources(article);
}

/// Where an offset the page does not state came from (`published.offset`), so a caller can
/// tell a written `+05:45` from one taken from the profile's zone or the publisher's country.
fn record_offset_sources(article: &mut Article) {
    for field in [Field::Published, Field::Modified] {
        let ts = if field == Field::Published {
            &article.published
        } else {
            &article.modified
        };
        let Some(ts) = ts else { continue };
        let (source, confidence) = match ts.offset_source {
            OffsetSource::Profile => ("offset:profile", 0.9),
            OffsetSource::Inferred => ("offset:inferred", 0.5),
            OffsetSource::Reference => ("offset:reference", 0.9),
            OffsetSource::Stated | OffsetSource::Unknown => continue,
        };
        let Some(offset) = ts.offset else { continue };
        let mut provenance = Provenance::new(source, confidence);
        provenance.raw = Some(offset.to_string());
        record_part(article, field, "offset", provenance);
    }
}

/// Records where a field's value came from.
fn record(article: &mut Article, field: Field, provenance: Provenance) {
    article.provenance.insert(field.to_string(), provenance);
}

/// Records where a part of a field's value came from (`published.offset`).
fn record_part(article: &mut Article, field: Field, part: &str, provenance: Provenance) {
    article
        .provenance
        .insert(format!("{}.{part}", field.as_str()), provenance);
}

/// The heading that shows the headline ([`Facts::headline_node`]), found once per page.
pub(crate) fn headline_node(ctx: &Context, headline: Option<&str>) -> Option<NodeId> {
    ctx.facts
        .headline_node(headline, ctx.signals.meta.get("og:title"))
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
    ctx.facts.host().map(str::to_string)
}

/// True when this element itself is a region that is not the article (see
/// [`Region::OUTSIDE_ARTICLE`]).
pub(crate) fn is_outside_region(el: &crate::dom::Element) -> bool {
    Region::OUTSIDE_ARTICLE.opened_by(el)
}

//! The fields of an [`Article`], one file each. Each step reads the shared [`Context`] and
//! fills its field (and its provenance) through an ordered cascade: JSON-LD, meta tags,
//! microdata, then DOM heuristics; the first valid value wins.

mod body;
mod byline;
mod dateline;
mod dates;
mod description;
mod headline;
mod image;
mod language;
mod publisher;
mod tags;
mod url;

use chrono::{DateTime, FixedOffset};

use crate::article::{Article, Provenance};
use crate::dom::Document;
use crate::signals::Signals;

/// What every field step reads: the tree, the signals, and the page's URL.
pub(crate) struct Context<'a> {
    pub doc: &'a Document,
    pub signals: &'a Signals,
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
            url,
            now,
        }
    }
}

/// Runs every field step in order.
pub(crate) fn run(ctx: &Context, article: &mut Article) {
    language::extract(ctx, article);
    url::extract(ctx, article);
    publisher::extract_site_name(ctx, article);
    headline::extract(ctx, article);
    description::extract(ctx, article);
    dates::extract(ctx, article);
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

//! `canonical_url`: the page's canonical URL (`<link rel=canonical>`, else `og:url`), made
//! absolute.

use super::{Context, absolute_url, record};
use crate::Field;
use crate::article::{Article, Provenance};

pub(super) fn extract(ctx: &Context, article: &mut Article) {
    if article.canonical_url.is_some() {
        return;
    }
    let s = ctx.signals;
    let found = s
        .canonical
        .as_deref()
        .and_then(|c| absolute_url(ctx, c))
        .map(|u| {
            (
                u,
                Provenance::new("heuristic:link-canonical", 0.9).path("link[rel=canonical]"),
            )
        })
        .or_else(|| {
            let u = absolute_url(ctx, s.meta.get("og:url")?)?;
            Some((u, Provenance::new("meta:og:url", 0.8)))
        });
    if let Some((url, prov)) = found {
        article.canonical_url = Some(url);
        record(article, Field::CanonicalUrl, prov);
    }
}

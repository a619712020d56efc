//! `description`: the publisher's summary, from `og:description`, JSON-LD `description`,
//! `<meta name=description>` or `twitter:description`.

use super::{Context, record};
use crate::Field;
use crate::article::{Article, Provenance};
use crate::signals::json_str;

pub(super) fn extract(ctx: &Context, article: &mut Article) {
    if article.description.is_some() {
        return;
    }
    let s = ctx.signals;
    let found = s
        .meta
        .first_of(&["og:description", "description"])
        .map(|(name, v)| (v.to_string(), Provenance::new(format!("meta:{name}"), 0.8)))
        .or_else(|| {
            let v = json_str(s.jsonld.article_prop("description")?)?;
            Some((v, Provenance::new("json-ld", 0.8).path("description")))
        })
        .or_else(|| {
            let (name, v) = s
                .meta
                .first_of(&["twitter:description", "dc.description"])?;
            Some((v.to_string(), Provenance::new(format!("meta:{name}"), 0.7)))
        });
    if let Some((text, prov)) = found {
        article.description = Some(text);
        record(article, Field::Description, prov);
    }
}

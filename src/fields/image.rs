//! `image`: the lead image, from `og:image`, JSON-LD `image` or `twitter:image`, with the
//! caption and credit of the `<figure>` that shows it, when there is one.

use crate::Field;
use serde_json::Value;

use super::{Context, absolute_url, record};
use crate::article::{Article, Image, Provenance};
use crate::dom::local_name;
use crate::signals::json_str;

pub(super) fn extract(ctx: &Context, article: &mut Article) {
    if article.image.is_some() {
        return;
    }
    let s = ctx.signals;
    let found = s
        .meta
        .first_of(&["og:image", "og:image:url", "og:image:secure_url"])
        .map(|(name, v)| (v.to_string(), Provenance::new(format!("meta:{name}"), 0.8)))
        .or_else(|| {
            let v = s.jsonld.article_prop("image")?;
            Some((image_url(v)?, Provenance::new("json-ld", 0.8).path("image")))
        })
        .or_else(|| {
            let (name, v) = s.meta.first_of(&["twitter:image", "twitter:image:src"])?;
            Some((v.to_string(), Provenance::new(format!("meta:{name}"), 0.7)))
        });
    let Some((raw, prov)) = found else {
        return;
    };
    let Some(url) = absolute_url(ctx, &raw) else {
        return;
    };
    let (caption, credit) = figure_text(ctx, &url);
    article.image = Some(Image {
        url,
        caption,
        credit,
    });
    record(article, Field::Image, prov);
}

/// The URL of a JSON-LD image: a string, an `ImageObject`'s `url`, or the first of a list.
fn image_url(value: &Value) -> Option<String> {
    match value {
        Value::Array(items) => items.iter().find_map(image_url),
        Value::Object(map) => map
            .get("url")
            .or_else(|| map.get("contentUrl"))
            .and_then(json_str),
        other => json_str(other),
    }
}

/// The caption and credit of the `<figure>` holding an `<img>` with the same file name.
fn figure_text(ctx: &Context, url: &str) -> (Option<String>, Option<String>) {
    let doc = ctx.doc;
    let file = url.rsplit('/').next().unwrap_or(url);
    let file = file.split(['?', '#']).next().unwrap_or(file);
    if file.len() < 5 {
        return (None, None);
    }
    let Some(img) = doc.elements().find_map(|(id, el)| {
        (el.name == local_name!("img") && el.attr("src").is_some_and(|s| s.contains(file)))
            .then_some(id)
    }) else {
        return (None, None);
    };
    let Some(figure) = doc
        .ancestors(img)
        .take(4)
        .find(|&a| doc.is(a, &local_name!("figure")))
    else {
        return (None, None);
    };
    let mut caption = None;
    let mut credit = None;
    for id in doc.descendants(figure) {
        let Some(el) = doc.element(id) else { continue };
        let is_credit = el.classes().any(|c| {
            let c = c.to_ascii_lowercase();
            c.contains("credit") || c.contains("copyright") || c.contains("source")
        });
        if is_credit && credit.is_none() {
            credit = Some(doc.text(id)).filter(|t| !t.is_empty());
        } else if el.name == local_name!("figcaption") && caption.is_none() {
            caption = Some(doc.text(id)).filter(|t| !t.is_empty());
        }
    }
    if let (Some(cap), Some(cr)) = (&caption, &credit) {
        // Keep the credit out of the caption when the caption contains it.
        if let Some(stripped) = cap.strip_suffix(cr.as_str()) {
            caption = Some(stripped.trim().to_string()).filter(|t| !t.is_empty());
        }
    }
    (caption, credit)
}

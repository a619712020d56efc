//! `body`: the article's blocks, from content scoring over the page, or from JSON-LD
//! `articleBody` when the page's markup yields much less than the publisher's own copy.

use super::{Context, record, text_key};
use crate::article::{Article, Block, Provenance};
use crate::body::{BodyHints, extract_body};
use crate::signals::json_str;

pub(super) fn extract(ctx: &Context, article: &mut Article) {
    if !article.body.is_empty() {
        return;
    }
    let hints = BodyHints {
        headline: article.headline.as_deref(),
        byline: article.byline.as_deref(),
    };
    let outcome = extract_body(ctx.doc, &hints);
    let words = |blocks: &[Block]| {
        blocks
            .iter()
            .map(|b| b.text.split_whitespace().count())
            .sum::<usize>()
    };
    let from_dom = words(&outcome.blocks);
    if let Some(blocks) = jsonld_body(ctx) {
        // The publisher's copy wins only when the markup gave far less (a page whose body is
        // rendered by script, or hidden behind a paywall box).
        if words(&blocks) > 2 * from_dom + 50 {
            article.body = blocks;
            record(
                article,
                "body",
                Provenance::new("json-ld", 0.7).path("articleBody"),
            );
            return;
        }
    }
    if !outcome.blocks.is_empty() {
        article.body = outcome.blocks;
        drop_byline_copies(article);
        drop_non_text(article);
        let mut provenance = Provenance::new(outcome.rule, 0.7);
        if let Some(container) = outcome.container {
            provenance = provenance.path(ctx.doc.describe(container));
        }
        record(article, "body", provenance);
    }
}

/// Drops a copy of the byline among the first blocks ("By Wes Halvorsen Staff Writer"):
/// a short block that opens with a byline word and names one of the authors.
fn drop_byline_copies(article: &mut Article) {
    let names: Vec<String> = article.authors.iter().map(|a| text_key(&a.name)).collect();
    if names.is_empty() {
        return;
    }
    let is_copy = |b: &Block| {
        let key = text_key(&b.text);
        b.text.chars().count() <= 100
            && ["by ", "von ", "par ", "por ", "written by "]
                .iter()
                .any(|p| key.starts_with(p))
            && names.iter().any(|n| key.contains(n.as_str()))
    };
    let head = article.body.len().min(4);
    if let Some(i) = article.body[..head].iter().position(is_copy)
        && article.body.len() > 1
    {
        article.body.remove(i);
    }
}

/// Drops blocks with no letters or digits (`___`, `* * *` separators) and, among the first
/// blocks, a line that is only a date (the article's meta line left in its container).
fn drop_non_text(article: &mut Article) {
    article
        .body
        .retain(|b| b.text.chars().any(char::is_alphanumeric));
    let hints = crate::time::DateHints {
        language: article.language.as_deref(),
    };
    let only_date = |b: &Block| {
        b.text.split_whitespace().count() <= 6
            && crate::time::find_dates(&b.text, &hints)
                .first()
                .is_some_and(|d| d.range.len() * 2 >= b.text.trim().len())
    };
    while article.body.len() > 1 && article.body.first().is_some_and(only_date) {
        article.body.remove(0);
    }
}

/// JSON-LD `articleBody` split into paragraphs at line breaks.
fn jsonld_body(ctx: &Context) -> Option<Vec<Block>> {
    let raw = ctx.signals.jsonld.article()?.get("articleBody")?;
    let text = match raw {
        serde_json::Value::String(s) => crate::dom::decode_entities(s),
        other => json_str(other)?,
    };
    let blocks: Vec<Block> = text
        .split('\n')
        .map(crate::dom::collapse_whitespace)
        .filter(|p| !p.is_empty())
        .map(Block::paragraph)
        .collect();
    (!blocks.is_empty()).then_some(blocks)
}

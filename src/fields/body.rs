//! `body`: the article's blocks, from content scoring over the page, or from JSON-LD
//! `articleBody` when the page's markup yields much less than the publisher's own copy.

use super::{Context, record};
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
        let mut provenance = Provenance::new(outcome.rule, 0.7);
        if let Some(container) = outcome.container {
            provenance = provenance.path(ctx.doc.describe(container));
        }
        record(article, "body", provenance);
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

//! The page's text as lines with the elements that hold them, and the headline's element.

use crate::dom::{Line, NodeId, Reading, lines_with_nodes, local_name};
use crate::fields::{Context, text_key};

/// The text of the page's body as lines (as [`crate::dom::Document::lines`] reads them),
/// each with the element that holds its first text.
pub(super) fn body_lines(ctx: &Context) -> Vec<Line> {
    lines_with_nodes(ctx.doc, ctx.facts.body(), &Reading::TEXT)
}

/// The element that shows the headline: a heading whose text is the headline, else the
/// first `<h1>` in the article.
pub(super) fn headline_element(ctx: &Context, headline: Option<&str>) -> Option<NodeId> {
    let doc = ctx.doc;
    let headings = ctx.facts.headings();
    let key = headline.map(text_key);
    headings
        .iter()
        .copied()
        .find(|&id| key.as_deref() == Some(ctx.facts.key(id)))
        .or_else(|| {
            headings
                .iter()
                .copied()
                .find(|&id| doc.is(id, &local_name!("h1")) && !ctx.facts.outside_article(id))
        })
}

//! The page's body text as lines with the elements that hold them.

use crate::dom::{Line, Reading, lines_with_nodes};
use crate::fields::Context;

/// The text of the page's body as lines (as [`crate::dom::Document::lines`] reads them),
/// each with the element that holds its first text.
pub(super) fn body_lines(ctx: &Context) -> Vec<Line> {
    lines_with_nodes(ctx.doc, ctx.facts.body(), &Reading::TEXT)
}

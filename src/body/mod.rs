//! The article body: content scoring picks the main container, cleaning drops boilerplate,
//! and the rest becomes ordered blocks.

use crate::article::Block;
use crate::dom::{Document, NodeId};

/// What the rest of the page tells the body extractor.
#[derive(Debug, Clone, Copy, Default)]
pub(crate) struct BodyHints<'a> {
    /// The headline, so that a copy of it at the top of the body is dropped.
    pub headline: Option<&'a str>,
    /// The raw byline, so that a copy of it inside the body is dropped.
    pub byline: Option<&'a str>,
}

/// The extracted body.
#[derive(Debug, Clone, Default)]
pub(crate) struct BodyOutcome {
    pub blocks: Vec<Block>,
    /// The container the blocks were taken from.
    pub container: Option<NodeId>,
    /// The rule that chose the container, for provenance.
    pub rule: &'static str,
}

/// Finds the article body of a page.
pub(crate) fn extract_body(doc: &Document, hints: &BodyHints) -> BodyOutcome {
    let _ = (doc, hints);
    BodyOutcome::default()
}

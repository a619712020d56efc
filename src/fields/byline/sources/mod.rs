//! The places a page names its authors, one module per kind of place.

pub(super) mod element;
pub(super) mod lines;
pub(super) mod links;
pub(super) mod markup;
pub(super) mod metadata;

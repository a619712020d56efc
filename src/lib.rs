//! newsprint turns a saved news page into structured data: the headline, the publication and
//! modification times and the dateline, the byline as a list of people or agencies, the body
//! as paragraphs, the tags and section, and the publisher's own details.
//!
//! ```
//! let html = r#"<html lang="en"><head>
//!   <title>Storm hits coast | Daily Bugle</title>
//!   <meta property="og:site_name" content="Daily Bugle">
//!   <meta property="article:published_time" content="2024-03-05T09:30:00+01:00">
//! </head><body><article>
//!   <h1>Storm hits coast</h1>
//!   <p class="byline">By Ann Lee and Bo Kim</p>
//!   <p>A storm hit the coast on Tuesday, cutting power to thousands of homes.</p>
//!   <p>Crews worked through the night to restore the lines, officials said.</p>
//! </article></body></html>"#;
//!
//! let article = newsprint::extract(html);
//! assert_eq!(article.headline.as_deref(), Some("Storm hits coast"));
//! assert_eq!(article.published.as_ref().unwrap().to_string(), "2024-03-05T09:30:00+01:00");
//! assert_eq!(article.author_names(), "Ann Lee, Bo Kim");
//! assert_eq!(article.paragraphs().len(), 2);
//! assert_eq!(article.site_name.as_deref(), Some("Daily Bugle"));
//! ```
//!
//! [`extract`] and [`extract_bytes`] use a default [`Extractor`]; build one yourself to pass
//! the page's URL, or to reuse it across threads:
//!
//! ```
//! use newsprint::{Extractor, Page};
//!
//! let extractor = Extractor::new();
//! let page = Page::new("<title>Hello</title><h1>Hello</h1><p>World.</p>")
//!     .url("https://example.com/2024/05/01/hello");
//! let article = extractor.extract(&page);
//! assert_eq!(article.headline.as_deref(), Some("Hello"));
//! ```

#![forbid(unsafe_code)]
#![warn(missing_docs)]

// Every Rust example in the README compiles as part of the doc-tests.
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
struct ReadmeExamples;

mod archive;
pub mod article;
mod body;
mod decode;
mod dom;
mod error;
#[cfg(feature = "eval")]
pub mod eval;
pub mod explain;
mod extractor;
mod facts;
mod field;
mod fields;
mod gzip;
pub mod profile;
mod rules;
mod signals;
mod time;
mod vocabulary;

pub use article::{
    Article, Author, AuthorKind, Block, BlockKind, Dateline, Image, OffsetSource, Precision,
    ProfileRef, Provenance, Publisher, SCHEMA_VERSION, SchemaVersion, Timestamp,
};
/// The date and time library of [`Timestamp`]'s parts and conversions, re-exported so that
/// its version always matches.
pub use chrono;
pub use error::{Error, ProfileError};
pub use explain::Explained;
pub use extractor::{Extractor, ExtractorBuilder, Page};
pub use field::{Field, UnknownField};
pub use profile::{Profile, ProfileKind, Rule};
/// The JSON Schema library the record's types implement, re-exported so that its version
/// always matches.
pub use schemars;

/// Extracts an article from HTML text with the default [`Extractor`]. Never fails and never
/// panics: what cannot be found is left empty.
pub fn extract(html: &str) -> Article {
    Extractor::default_ref().extract(&Page::new(html))
}

/// Extracts an article from page bytes, detecting their encoding (a byte-order mark, then
/// the page's `<meta charset>`, then a statistical guess).
pub fn extract_bytes(bytes: &[u8]) -> Article {
    Extractor::default_ref().extract(&Page::from_bytes(bytes))
}

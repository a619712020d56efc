//! The profile file format (TOML), as serde reads it. Nothing here is validated beyond its
//! shape; `load` compiles a spec into a [`super::Profile`] and reports what is wrong.

use std::collections::BTreeMap;

use serde::Deserialize;

/// A profile file.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct ProfileSpec {
    pub id: String,
    pub name: Option<String>,
    pub version: Option<String>,
    #[serde(default)]
    pub hosts: Vec<String>,
    pub timezone: Option<String>,
    pub language: Option<String>,
    /// Check each value against what the page declares; a contradicted value is not taken.
    #[serde(default)]
    pub verify: bool,
    /// How a platform profile recognises a page without a known host.
    #[serde(default, rename = "match")]
    pub fingerprint: Option<FingerprintSpec>,
    /// Field name (dotted for publisher sub-fields) → rules; nested tables allowed, so that
    /// `publisher.editor = [...]` and `[fields.publisher] editor = [...]` both work.
    #[serde(default)]
    pub fields: toml::Table,
    #[serde(default, rename = "test")]
    pub tests: Vec<TestSpec>,
}

/// A page fingerprint: every given condition must hold.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct FingerprintSpec {
    /// A substring of the `generator` meta tag (case-insensitive).
    pub generator: Option<String>,
    /// A CSS selector that must match an element of the page.
    pub selector: Option<String>,
    /// Substrings of the page's HTML; at least `min_contains` of them must occur.
    #[serde(default)]
    pub contains: Vec<String>,
    /// How many of `contains` must occur (1 when not given): one weak clue, such as an image
    /// hot-linked from a WordPress site, is not enough to name a page's platform.
    pub min_contains: Option<usize>,
}

/// One rule of a field.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RuleSpec {
    pub css: Option<String>,
    pub attr: Option<String>,
    pub meta: Option<String>,
    pub jsonld: Option<String>,
    /// `NAME:PATH`: a path into the JSON state the page embeds under a name.
    pub state: Option<String>,
    pub value: Option<String>,
    pub regex: Option<String>,
    pub format: Option<OneOrMany>,
    pub strip_prefix: Option<String>,
    pub strip_suffix: Option<String>,
    pub split: Option<String>,
    #[serde(default)]
    pub exclude: Vec<String>,
    pub within: Option<String>,
}

/// A string or a list of strings.
#[derive(Debug, Clone, Deserialize)]
#[serde(untagged)]
pub(crate) enum OneOrMany {
    One(String),
    Many(Vec<String>),
}

impl OneOrMany {
    pub(crate) fn into_vec(self) -> Vec<String> {
        match self {
            OneOrMany::One(s) => vec![s],
            OneOrMany::Many(v) => v,
        }
    }
}

/// A test carried by a profile: a page and the values it must give.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct TestSpec {
    /// The page, relative to the crate root (or to the profile file's folder).
    pub fixture: String,
    /// The page's URL; defaults to the profile's first host.
    pub url: Option<String>,
    /// Field name → expected value: a string, a list of strings, or a number (a count of
    /// paragraphs for `paragraphs`).
    #[serde(default)]
    pub expect: BTreeMap<String, toml::Value>,
}

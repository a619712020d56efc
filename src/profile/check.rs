//! Profile tests: `[[test]]` entries in a profile file name a page and the values it must
//! give; [`Profile::run_tests`] extracts each page with the profile and lists every mismatch.

use std::fmt;
use std::path::{Path, PathBuf};

use super::Profile;
use crate::Field;
use crate::article::Article;
use crate::error::Error;
use crate::extractor::{Extractor, Page};

/// One expectation of a profile test that the extraction did not meet.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TestFailure {
    /// The profile's id.
    pub profile: String,
    /// The page.
    pub fixture: PathBuf,
    /// The field (`headline`, `authors`, `paragraphs`, `publisher.editor` …).
    pub field: String,
    /// What the test expects.
    pub expected: String,
    /// What the extraction gave.
    pub got: String,
}

impl fmt::Display for TestFailure {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "profile {:?}: {}: field {:?}: expected {}, got {}",
            self.profile,
            self.fixture.display(),
            self.field,
            self.expected,
            self.got
        )
    }
}

impl Profile {
    /// The number of `[[test]]` entries.
    pub fn test_count(&self) -> usize {
        self.tests.len()
    }

    /// Runs the profile's tests with an extractor that knows this profile. Fixture paths are
    /// read relative to `root`, else to the profile file's folder. A page that cannot be read
    /// is an error.
    pub fn run_tests(&self, root: &Path) -> Result<Vec<TestFailure>, Error> {
        let extractor = Extractor::builder().profile(self.clone()).build();
        let mut failures = Vec::new();
        for test in &self.tests {
            let path = self.fixture_path(root, &test.fixture);
            let bytes = std::fs::read(&path).map_err(|source| Error::Io {
                path: path.clone(),
                source,
            })?;
            let url = test
                .url
                .clone()
                .or_else(|| self.hosts.first().map(|h| format!("https://{h}/")))
                .unwrap_or_default();
            let article = extractor.extract(&Page::from_bytes(&bytes).url(url));
            for (field, expected) in &test.expect {
                let expected = expected_text(expected);
                let got = field_text(&article, field);
                if got != expected {
                    failures.push(TestFailure {
                        profile: self.id.clone(),
                        fixture: path.clone(),
                        field: field.clone(),
                        expected,
                        got,
                    });
                }
            }
        }
        Ok(failures)
    }

    fn fixture_path(&self, root: &Path, fixture: &str) -> PathBuf {
        let from_root = root.join(fixture);
        if from_root.exists() {
            return from_root;
        }
        match self.origin.as_deref().and_then(Path::parent) {
            Some(dir) => dir.join(fixture),
            None => from_root,
        }
    }
}

/// An expected value as text: strings as they are, lists as JSON, numbers as written.
fn expected_text(value: &toml::Value) -> String {
    match value {
        toml::Value::String(s) => s.clone(),
        toml::Value::Array(items) => {
            let texts: Vec<String> = items.iter().map(expected_text).collect();
            serde_json::to_string(&texts).unwrap_or_default()
        }
        other => other.to_string(),
    }
}

/// A field of an article as text, in the same form as [`expected_text`]: an article field
/// ([`Field`]), or a check's own view of one (`dateline.place`, `paragraphs`).
pub(crate) fn field_text(a: &Article, field: &str) -> String {
    match field.parse::<Field>() {
        Ok(f) => article_field_text(a, f).unwrap_or_else(|| unknown(field)),
        Err(_) => view_text(a, field).unwrap_or_else(|| unknown(field)),
    }
}

/// The text of a key a check cannot compare.
fn unknown(field: &str) -> String {
    format!("<unknown field {field:?}>")
}

/// An article field as text; `None` for the fields a check does not compare.
fn article_field_text(a: &Article, field: Field) -> Option<String> {
    let opt = |v: &Option<String>| v.clone().unwrap_or_default();
    let list = |v: Vec<String>| serde_json::to_string(&v).unwrap_or_default();
    let time = |v: &Option<crate::Timestamp>| v.as_ref().map(|t| t.to_string()).unwrap_or_default();
    let p = &a.publisher;
    Some(match field {
        Field::Headline => opt(&a.headline),
        Field::Description => opt(&a.description),
        Field::Published => time(&a.published),
        Field::Modified => time(&a.modified),
        Field::Dateline => return view_text(a, "dateline.raw"),
        Field::Authors => list(a.authors.iter().map(|x| x.name.clone()).collect()),
        Field::Byline => opt(&a.byline),
        Field::Tags => list(a.tags.clone()),
        Field::Keywords => list(a.keywords.clone()),
        Field::Section => list(a.section.clone()),
        Field::Language => opt(&a.language),
        Field::CanonicalUrl => opt(&a.canonical_url),
        Field::Image => a.image.as_ref().map(|i| i.url.clone()).unwrap_or_default(),
        Field::SiteName => opt(&a.site_name),
        Field::Profile => a.profile.as_ref().map(|p| p.id.clone()).unwrap_or_default(),
        Field::PublisherName => opt(&p.name),
        Field::PublisherLegalName => opt(&p.legal_name),
        Field::PublisherTagline => opt(&p.tagline),
        Field::PublisherEditor => opt(&p.editor),
        Field::PublisherRegistration => opt(&p.registration),
        Field::PublisherAddress => opt(&p.address),
        Field::PublisherEmail => opt(&p.email),
        Field::PublisherPhone => opt(&p.phone),
        Field::PublisherUrl => opt(&p.url),
        Field::PublisherLogo => opt(&p.logo),
        Field::PublisherCopyright => opt(&p.copyright),
        Field::Body
        | Field::Publisher
        | Field::Provenance
        | Field::Warnings
        | Field::SchemaVersion
        | Field::Text => return None,
    })
}

/// A check's own view of a field: a dateline's parts, the body's paragraphs.
fn view_text(a: &Article, key: &str) -> Option<String> {
    let dateline = a.dateline.as_ref();
    let paragraphs = a.paragraphs();
    Some(match key {
        "dateline.raw" => dateline.map(|d| d.raw.clone()).unwrap_or_default(),
        "dateline.place" => dateline.and_then(|d| d.place.clone()).unwrap_or_default(),
        "dateline.agency" => dateline.and_then(|d| d.agency.clone()).unwrap_or_default(),
        "paragraphs" => paragraphs.len().to_string(),
        "first_paragraph" => paragraphs
            .first()
            .map(|s| s.to_string())
            .unwrap_or_default(),
        "last_paragraph" => paragraphs.last().map(|s| s.to_string()).unwrap_or_default(),
        _ => return None,
    })
}

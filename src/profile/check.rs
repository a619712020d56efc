//! Profile tests: `[[test]]` entries in a profile file name a page and the values it must
//! give; [`Profile::run_tests`] extracts each page with the profile and lists every mismatch.

use std::fmt;
use std::path::{Path, PathBuf};

use super::Profile;
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

/// A field of an article as text, in the same form as [`expected_text`].
pub(crate) fn field_text(a: &Article, field: &str) -> String {
    let opt = |v: &Option<String>| v.clone().unwrap_or_default();
    let list = |v: Vec<String>| serde_json::to_string(&v).unwrap_or_default();
    let p = &a.publisher;
    match field {
        "headline" => opt(&a.headline),
        "description" => opt(&a.description),
        "published" => a
            .published
            .as_ref()
            .map(|t| t.to_string())
            .unwrap_or_default(),
        "modified" => a
            .modified
            .as_ref()
            .map(|t| t.to_string())
            .unwrap_or_default(),
        "dateline" | "dateline.raw" => a
            .dateline
            .as_ref()
            .map(|d| d.raw.clone())
            .unwrap_or_default(),
        "dateline.place" => a
            .dateline
            .as_ref()
            .and_then(|d| d.place.clone())
            .unwrap_or_default(),
        "dateline.agency" => a
            .dateline
            .as_ref()
            .and_then(|d| d.agency.clone())
            .unwrap_or_default(),
        "authors" => list(a.authors.iter().map(|x| x.name.clone()).collect()),
        "byline" => opt(&a.byline),
        "tags" => list(a.tags.clone()),
        "section" => list(a.section.clone()),
        "language" => opt(&a.language),
        "canonical_url" => opt(&a.canonical_url),
        "image" => a.image.as_ref().map(|i| i.url.clone()).unwrap_or_default(),
        "site_name" => opt(&a.site_name),
        "paragraphs" => a.paragraphs().len().to_string(),
        "first_paragraph" => a
            .paragraphs()
            .first()
            .map(|s| s.to_string())
            .unwrap_or_default(),
        "last_paragraph" => a
            .paragraphs()
            .last()
            .map(|s| s.to_string())
            .unwrap_or_default(),
        "profile" => a.profile.as_ref().map(|p| p.id.clone()).unwrap_or_default(),
        "publisher.name" => opt(&p.name),
        "publisher.legal_name" => opt(&p.legal_name),
        "publisher.tagline" => opt(&p.tagline),
        "publisher.editor" => opt(&p.editor),
        "publisher.registration" => opt(&p.registration),
        "publisher.address" => opt(&p.address),
        "publisher.email" => opt(&p.email),
        "publisher.phone" => opt(&p.phone),
        "publisher.url" => opt(&p.url),
        "publisher.logo" => opt(&p.logo),
        "publisher.copyright" => opt(&p.copyright),
        other => format!("<unknown field {other:?}>"),
    }
}

//! The record format of the evaluation corpus: one JSON file per page, beside the page
//! (`<source>/<id>.json` and `<source>/<id>.html.gz`). Reading the files is the caller's
//! business; this module only describes and parses a record.

use serde::{Deserialize, Deserializer};

/// The ground truth of one page.
///
/// ```
/// let record = newsprint::eval::Record::from_json(r#"{
///     "id": "dev-0001", "source": "wcxb", "url": null, "kind": "human_annotation",
///     "expected": {"title": "Storm hits coast", "date": "2024-03-05"},
///     "expected_empty": ["author"]
/// }"#).unwrap();
/// assert_eq!(record.expected.title.as_deref(), Some("Storm hits coast"));
/// assert!(record.is_expected_empty("author"));
/// ```
#[derive(Debug, Clone, Default, PartialEq, Deserialize)]
#[non_exhaustive]
pub struct Record {
    /// The page's id, unique within its source (the file name without extensions).
    #[serde(default)]
    pub id: String,
    /// The benchmark the page comes from (`wcxb`, `trafilatura`, …).
    #[serde(default)]
    pub source: String,
    /// Where the page was fetched from, when known.
    #[serde(default)]
    pub url: Option<String>,
    /// How the truth was made (`human_annotation`, `regression_test`, …).
    #[serde(default)]
    pub kind: Option<String>,
    /// The values the annotators assert; a field not asserted is `None` (or empty).
    #[serde(default)]
    pub expected: Expected,
    /// Fields the annotators found absent on the page: any output there is an error.
    #[serde(default)]
    pub expected_empty: Vec<String>,
}

impl Record {
    /// Parses a record from its JSON text.
    pub fn from_json(json: &str) -> Result<Record, serde_json::Error> {
        serde_json::from_str(json)
    }

    /// Whether the annotators found `field` (a key of [`Expected`]) absent on the page.
    pub fn is_expected_empty(&self, field: &str) -> bool {
        self.expected_empty.iter().any(|f| f == field)
    }
}

/// The expected values of a page. Only the keys a source asserts are present.
#[derive(Debug, Clone, Default, PartialEq, Deserialize)]
#[non_exhaustive]
pub struct Expected {
    /// The article's title.
    pub title: Option<String>,
    /// The annotators' raw author string; several authors may be joined with `,`, `;`,
    /// `and`, `und`, `&`. A list in the record is joined with `, `.
    #[serde(default, deserialize_with = "string_or_list")]
    pub author: Option<String>,
    /// The publication day, `YYYY-MM-DD`.
    pub date: Option<String>,
    /// The full body text.
    pub body: Option<String>,
    /// Snippets the body must contain.
    pub body_contains: Option<Vec<String>>,
    /// Snippets the body must not contain.
    pub body_not_contains: Option<Vec<String>>,
    /// The article's tags (keywords).
    pub tags: Option<Vec<String>>,
    /// The article's categories (sections).
    pub categories: Option<Vec<String>>,
    /// The site's name.
    pub sitename: Option<String>,
    /// The article's summary.
    pub description: Option<String>,
    /// The article's language.
    pub lang: Option<String>,
}

/// Reads a string, or a list of strings joined with `, `.
fn string_or_list<'de, D: Deserializer<'de>>(d: D) -> Result<Option<String>, D::Error> {
    #[derive(Deserialize)]
    #[serde(untagged)]
    enum OneOrMany {
        One(String),
        Many(Vec<String>),
    }
    Ok(Option::<OneOrMany>::deserialize(d)?.map(|v| match v {
        OneOrMany::One(s) => s,
        OneOrMany::Many(list) => list.join(", "),
    }))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_a_full_record() {
        let record = Record::from_json(
            r#"{"id": "x", "source": "trafilatura", "url": "https://example.com/a",
                "kind": "human_annotation",
                "expected": {"title": "T", "author": "A und B", "date": "2019-10-16",
                             "body_contains": ["one"], "body_not_contains": ["two"],
                             "tags": ["t"], "categories": ["c"], "sitename": "S",
                             "description": "D", "lang": "de", "unknown": 1},
                "expected_empty": ["sitename"]}"#,
        )
        .unwrap();
        assert_eq!(record.url.as_deref(), Some("https://example.com/a"));
        assert_eq!(record.expected.author.as_deref(), Some("A und B"));
        assert_eq!(record.expected.tags, Some(vec!["t".to_string()]));
        assert!(record.is_expected_empty("sitename"));
        assert!(!record.is_expected_empty("title"));
    }

    #[test]
    fn a_minimal_record_and_an_author_list() {
        let record = Record::from_json(r#"{"expected": {"author": ["A", "B"]}}"#).unwrap();
        assert_eq!(record.expected.author.as_deref(), Some("A, B"));
        assert_eq!(record.url, None);
        assert!(Record::from_json("{").is_err());
    }
}

//! Turning an extracted article (or a failure) into output text: JSON (pretty for one page,
//! one line per page otherwise), plain text or Markdown, optionally keeping some fields only.

use std::collections::BTreeMap;

use newsprint::{Article, BlockKind, Field};
use serde::Serialize;
use serde::ser::SerializeMap;
use serde_json::value::RawValue;
use serde_json::{Map, Value};

use crate::args::Format;
use crate::error::CliError;

/// The article fields `--fields` may name, in the order an article lists them, then `text`
/// (the body as plain text: its blocks joined by blank lines), which only `--fields` writes.
fn record_fields() -> impl Iterator<Item = Field> {
    Field::ALL.iter().copied().filter(|f| f.is_record_key())
}

/// The record cut to `fields`, in that order, each as the full record writes it: a field the
/// record leaves out (empty) is left out here too.
fn kept_fields<'a>(
    fields: &[Field],
    single: bool,
    id: &str,
    url: Option<&str>,
    article: &Article,
) -> Result<Ordered<'a, Kept>, String> {
    // Through the record's own text: its key order, its omissions, its number formatting.
    let text = serde_json::to_string(article).map_err(|e| e.to_string())?;
    let mut record: BTreeMap<String, Box<RawValue>> =
        serde_json::from_str(&text).map_err(|e| e.to_string())?;
    let mut pairs = Vec::new();
    if !single {
        pairs.push(("id", Kept::Value(Value::from(id))));
        pairs.push(("url", Kept::Value(url.map_or(Value::Null, Value::from))));
    }
    for &field in fields {
        let value = match field {
            Field::Text => {
                Some(Kept::Value(Value::from(article.text()))).filter(|_| !article.body.is_empty())
            }
            _ => record.remove(field.as_str()).map(Kept::Raw),
        };
        if let Some(value) = value {
            pairs.push((field.as_str(), value));
        }
    }
    Ok(Ordered(pairs))
}

/// The fields of the metadata block of plain text and Markdown, in order.
const TEXT_META: &[Field] = &[
    Field::Description,
    Field::Published,
    Field::Modified,
    Field::Authors,
    Field::Dateline,
    Field::Section,
    Field::Tags,
    Field::SiteName,
    Field::Language,
    Field::CanonicalUrl,
];

/// How pages are written.
#[derive(Debug, Clone)]
pub struct Renderer {
    pub format: Format,
    /// A page alone: the article without `id` and `url` (JSON), pretty unless `compact`.
    pub single: bool,
    pub compact: bool,
    /// The fields kept, in this order (`id` and `url` are always there).
    pub fields: Option<Vec<Field>>,
}

/// A JSON object with its keys in the order given.
struct Ordered<'a, V = Value>(Vec<(&'a str, V)>);

/// A value of the record, kept as the record wrote it and copied as it is: nested keys keep
/// their order, and a pretty record stays pretty.
enum Kept {
    Value(Value),
    Raw(Box<RawValue>),
}

impl Serialize for Kept {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Kept::Value(value) => value.serialize(serializer),
            Kept::Raw(raw) => {
                let mut source = serde_json::Deserializer::from_str(raw.get());
                serde_transcode::transcode(&mut source, serializer)
            }
        }
    }
}

impl<V: Serialize> Serialize for Ordered<'_, V> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(Some(self.0.len()))?;
        for (k, v) in &self.0 {
            map.serialize_entry(k, v)?;
        }
        map.end()
    }
}

#[derive(Serialize)]
struct Record<'a> {
    id: &'a str,
    url: Option<&'a str>,
    #[serde(flatten)]
    article: &'a Article,
}

impl Renderer {
    /// Checks `--fields`: every name must be an article field (`id` and `url` are allowed).
    pub fn check_fields(fields: &[String]) -> Result<Vec<Field>, CliError> {
        let mut kept = Vec::new();
        for name in fields {
            let name = name.trim();
            if name.is_empty() || name == "id" || name == "url" {
                continue;
            }
            let Some(field) = name.parse::<Field>().ok().filter(|f| f.is_record_key()) else {
                let names: Vec<&str> = record_fields().map(Field::as_str).collect();
                return Err(CliError::usage(format!(
                    "--fields: unknown field {name:?}; the fields are {}",
                    names.join(", ")
                )));
            };
            if !kept.contains(&field) {
                kept.push(field);
            }
        }
        Ok(kept)
    }

    /// The output for one extracted page, line end included.
    pub fn article(
        &self,
        id: &str,
        url: Option<&str>,
        article: &Article,
    ) -> Result<String, String> {
        match self.format {
            Format::Json | Format::Jsonl => self.json(id, url, article),
            Format::Text => Ok(self.text(id, url, article, false)),
            Format::Markdown => Ok(self.text(id, url, article, true)),
        }
    }

    /// The output for a page that failed.
    pub fn failure(&self, id: &str, url: Option<&str>, error: &str) -> String {
        match self.format {
            Format::Json | Format::Jsonl => {
                let record = Ordered(vec![
                    ("id", Value::from(id)),
                    ("url", url.map_or(Value::Null, Value::from)),
                    ("error", Value::from(error)),
                ]);
                let mut line = serde_json::to_string(&record).unwrap_or_default();
                line.push('\n');
                line
            }
            Format::Text => format!("id: {id}\nurl: {}\nerror: {error}\n\n", url.unwrap_or("")),
            Format::Markdown => format!(
                "# {id}\n\n- **url:** {}\n- **error:** {error}\n\n---\n\n",
                url.unwrap_or("")
            ),
        }
    }

    fn json(&self, id: &str, url: Option<&str>, article: &Article) -> Result<String, String> {
        let result = match (&self.fields, self.single) {
            (None, true) => self.to_json(article),
            (None, false) => self.to_json(&Record { id, url, article }),
            (Some(fields), single) => self.to_json(&kept_fields(fields, single, id, url, article)?),
        };
        result.map(|mut s| {
            s.push('\n');
            s
        })
    }

    fn to_json(&self, value: &impl Serialize) -> Result<String, String> {
        if self.single && !self.compact {
            serde_json::to_string_pretty(value)
        } else {
            serde_json::to_string(value)
        }
        .map_err(|e| format!("cannot write the article as JSON: {e}"))
    }

    /// Headline, a metadata block, the body: as plain text or as Markdown.
    fn text(&self, id: &str, url: Option<&str>, article: &Article, markdown: bool) -> String {
        let value = serde_json::to_value(article).unwrap_or(Value::Null);
        let object = value.as_object().cloned().unwrap_or_default();
        let (show_headline, show_body, meta) = match &self.fields {
            None => (true, true, TEXT_META.to_vec()),
            Some(fields) => (
                fields.contains(&Field::Headline),
                fields.contains(&Field::Body) || fields.contains(&Field::Text),
                fields
                    .iter()
                    .copied()
                    .filter(|f| !matches!(f, Field::Headline | Field::Body | Field::Text))
                    .collect(),
            ),
        };
        let headline = article.headline.as_deref().filter(|_| show_headline);
        let mut out = String::new();
        let title = headline.unwrap_or(id);
        if markdown {
            out.push_str(&format!("# {}\n\n", one_line(title)));
        } else {
            out.push_str(&format!(
                "{}\n{}\n",
                one_line(title),
                "=".repeat(title.chars().count().clamp(3, 78))
            ));
        }
        let mut lines = vec![("id".to_string(), id.to_string())];
        if let Some(url) = url {
            lines.push(("url".into(), url.to_string()));
        }
        for field in meta.iter().map(|f| f.as_str()) {
            if let Some(text) = object.get(field).and_then(|v| field_text(field, v)) {
                lines.push((field.to_string(), text));
            }
        }
        for (key, text) in lines {
            if markdown {
                out.push_str(&format!("- **{key}:** {}\n", one_line(&text)));
            } else {
                out.push_str(&format!("{key}: {}\n", one_line(&text)));
            }
        }
        if show_body && !article.body.is_empty() {
            out.push('\n');
            let mut blocks = Vec::new();
            for block in &article.body {
                blocks.push(if markdown {
                    match block.kind {
                        BlockKind::Heading => format!(
                            "{} {}",
                            "#".repeat(usize::from(block.level.unwrap_or(2).clamp(2, 6))),
                            block.text
                        ),
                        BlockKind::ListItem => match block.number {
                            Some(n) => format!("{n}. {}", block.text),
                            None => format!("- {}", block.text),
                        },
                        BlockKind::Quote => format!("> {}", block.text),
                        BlockKind::Preformatted => format!("```\n{}\n```", block.text),
                        _ => block.text.clone(),
                    }
                } else {
                    block.text.clone()
                });
            }
            out.push_str(&blocks.join("\n\n"));
            out.push('\n');
        }
        out.push_str(if markdown { "\n---\n\n" } else { "\n" });
        out
    }
}

/// A field's value as a line of text, `None` when empty.
fn field_text(field: &str, value: &Value) -> Option<String> {
    let text = match value {
        Value::Null => return None,
        Value::String(s) => s.clone(),
        Value::Array(items) if items.is_empty() => return None,
        Value::Array(items) => {
            let parts: Vec<String> = items
                .iter()
                .map(|item| match item {
                    Value::String(s) => s.clone(),
                    Value::Object(o) => o
                        .get("name")
                        .or_else(|| o.get("text"))
                        .and_then(Value::as_str)
                        .map(str::to_string)
                        .unwrap_or_else(|| item.to_string()),
                    other => other.to_string(),
                })
                .collect();
            parts.join(if field == Field::Section.as_str() {
                " › "
            } else {
                ", "
            })
        }
        Value::Object(o) => ["iso", "raw", "url", "name", "id"]
            .iter()
            .find_map(|k| o.get(*k).and_then(Value::as_str))
            .map(str::to_string)
            .unwrap_or_else(|| compact(o)),
        other => other.to_string(),
    };
    (!text.trim().is_empty()).then_some(text)
}

fn compact(map: &Map<String, Value>) -> String {
    serde_json::to_string(map).unwrap_or_default()
}

/// Text on one line: line breaks become spaces.
fn one_line(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

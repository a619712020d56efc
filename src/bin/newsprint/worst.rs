//! `--worst FIELD N`: the pages scoring worst on one metric, each with what was expected,
//! what was extracted, and the provenance of the extracted value, so that a wrong rule
//! shows up at once.

use std::fmt::Write as _;

use newsprint::eval::{self, Metric};

use crate::error::CliError;
use crate::eval_cmd::PageResult;

/// How many characters of a body to show.
const EXCERPT_CHARS: usize = 240;

/// What `--worst` asks for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Request {
    pub metric: Metric,
    pub count: usize,
}

impl Request {
    /// Parses `FIELD N`.
    pub fn parse(values: &[String]) -> Result<Request, CliError> {
        let [field, count] = values else {
            return Err(CliError::usage(
                "--worst takes a metric and a count, e.g. --worst title 10",
            ));
        };
        let metric = field
            .parse::<Metric>()
            .map_err(|e| CliError::usage(format!("--worst: {e}")))?;
        let count = count.parse::<usize>().map_err(|_| {
            CliError::usage(format!(
                "--worst: {count:?} is not a count of pages; write e.g. --worst {field} 10"
            ))
        })?;
        Ok(Request { metric, count })
    }
}

/// The listing: the `count` lowest-scoring pages on the metric, ties in corpus order.
pub fn render(results: &[PageResult], request: &Request) -> String {
    let metric = request.metric;
    let mut scored: Vec<(f64, &PageResult)> = results
        .iter()
        .filter_map(|r| r.scores.get(metric).and_then(|s| s.value()).map(|v| (v, r)))
        .collect();
    scored.sort_by(|a, b| a.0.total_cmp(&b.0));
    let mut out = String::new();
    let _ = writeln!(
        out,
        "\nworst {} of {} pages scored on {metric}:",
        request.count.min(scored.len()),
        scored.len()
    );
    for (value, result) in scored.into_iter().take(request.count) {
        let _ = writeln!(
            out,
            "\n{value:.3}  {}/{}  {}",
            result.source,
            result.id,
            result.page.display()
        );
        if let Some(url) = &result.record.url {
            let _ = writeln!(out, "  url:        {url}");
        }
        for (label, text) in values(result, metric) {
            let _ = writeln!(out, "  {label:<11} {text}");
        }
        provenance(&mut out, result, metric);
    }
    out
}

/// The expected and extracted values behind the metric, labelled.
fn values(result: &PageResult, metric: Metric) -> Vec<(&'static str, String)> {
    let expected = &result.record.expected;
    let predicted = &result.prediction;
    let field = metric.field();
    let absent = if result.record.is_expected_empty(field) {
        "(nothing: the page has none)"
    } else {
        "(not annotated)"
    };
    let text = |value: Option<&str>, missing: &str| match value {
        Some(v) => format!("{v:?}"),
        None => missing.to_string(),
    };
    let nothing = "(nothing)";
    match metric {
        Metric::Title => vec![
            ("expected:", text(expected.title.as_deref(), absent)),
            ("extracted:", text(predicted.title.as_deref(), nothing)),
        ],
        Metric::Sitename => vec![
            ("expected:", text(expected.sitename.as_deref(), absent)),
            ("extracted:", text(predicted.sitename.as_deref(), nothing)),
        ],
        Metric::Date => vec![
            ("expected:", text(expected.date.as_deref(), absent)),
            (
                "extracted:",
                text(predicted.date_text().as_deref(), nothing),
            ),
        ],
        Metric::Author | Metric::AuthorF1 => vec![
            ("expected:", with_tokens(expected.author.as_deref(), absent)),
            (
                "extracted:",
                with_tokens(predicted.author.as_deref(), nothing),
            ),
        ],
        Metric::TagsF1 => vec![
            ("expected:", list(expected.tags.as_deref(), absent)),
            ("extracted:", list(Some(&predicted.tags), nothing)),
        ],
        Metric::CategoriesF1 => vec![
            ("expected:", list(expected.categories.as_deref(), absent)),
            ("extracted:", list(Some(&predicted.categories), nothing)),
        ],
        Metric::With => {
            let missed = snippets(expected.body_contains.as_deref(), &predicted.body, false);
            vec![
                ("missed:", missed),
                ("extracted:", excerpt(&predicted.body)),
            ]
        }
        Metric::Without => {
            let kept = snippets(expected.body_not_contains.as_deref(), &predicted.body, true);
            vec![("kept:", kept), ("extracted:", excerpt(&predicted.body))]
        }
        _ => {
            let mut lines = vec![
                (
                    "expected:",
                    expected.body.as_deref().map_or(absent.to_string(), excerpt),
                ),
                ("extracted:", excerpt(&predicted.body)),
            ];
            if let Some(s) = result.scores.shingles {
                lines.push((
                    "shingles:",
                    format!("precision {:.3}, recall {:.3}", s.precision(), s.recall()),
                ));
            }
            lines
        }
    }
}

/// An author string with the tokens the metric compares.
fn with_tokens(value: Option<&str>, missing: &str) -> String {
    match value {
        Some(v) => format!("{v:?}  tokens {:?}", eval::author_tokens(v)),
        None => missing.to_string(),
    }
}

/// A list of tags.
fn list(values: Option<&[String]>, missing: &str) -> String {
    match values {
        Some(v) if !v.is_empty() => format!("{v:?}"),
        Some(_) => "(nothing)".to_string(),
        None => missing.to_string(),
    }
}

/// The snippets found in the body (`found`), or those not found.
fn snippets(snippets: Option<&[String]>, body: &str, found: bool) -> String {
    let chosen: Vec<&String> = snippets
        .unwrap_or_default()
        .iter()
        .filter(|s| (eval::snippets_found(body, std::slice::from_ref(*s)).0 == 1) == found)
        .collect();
    format!("{chosen:?}")
}

/// The start of a text, whitespace collapsed, with its length in words.
fn excerpt(text: &str) -> String {
    let words = eval::words(text).count();
    if words == 0 {
        return "(nothing)".to_string();
    }
    let flat = text.split_whitespace().collect::<Vec<_>>().join(" ");
    let mut short: String = flat.chars().take(EXCERPT_CHARS).collect();
    if short.len() < flat.len() {
        short.push('…');
    }
    format!("{short:?} ({words} words)")
}

/// The provenance entries that explain the extracted value.
fn provenance(out: &mut String, result: &PageResult, metric: Metric) {
    let mut any = false;
    for key in metric.provenance_keys() {
        for (name, p) in result
            .provenance
            .iter()
            .filter(|(name, _)| name == key || name.starts_with(&format!("{key}.")))
        {
            any = true;
            let _ = write!(
                out,
                "  provenance: {name}: {} (confidence {:.2})",
                p.source, p.confidence
            );
            if let Some(path) = &p.path {
                let _ = write!(out, " at {path}");
            }
            if let Some(raw) = &p.raw {
                let _ = write!(out, " from {raw:?}");
            }
            out.push('\n');
        }
    }
    if !any {
        let _ = writeln!(
            out,
            "  provenance: (none for {})",
            metric.provenance_keys().join(", ")
        );
    }
}

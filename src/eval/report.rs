//! Aggregating page scores per source and over all pages (`ALL`), and showing the result as
//! a table or as JSON.
//!
//! Each metric's corpus figure is `Σ hits / Σ weight` over the pages it applies to: a mean
//! over pages for the per-page metrics, a share of snippets for `with` and `without`.
//! `body_f1_shingle` is the harmonic mean of the corpus shingle precision and recall (each a
//! mean over its own pages); its page count is the pages with a true body.

use std::collections::BTreeMap;
use std::fmt::Write as _;

use serde_json::{Value, json};

use super::metrics::harmonic_mean;
use super::score::{Metric, PageScores};

/// The name of the row pooling every page.
pub const ALL: &str = "ALL";

/// The metrics shown as table columns (the shingle precision and recall are in the JSON).
pub const TABLE_METRICS: [Metric; 11] = [
    Metric::BodyF1Shingle,
    Metric::BodyF1Bow,
    Metric::With,
    Metric::Without,
    Metric::Title,
    Metric::Author,
    Metric::AuthorF1,
    Metric::Date,
    Metric::TagsF1,
    Metric::CategoriesF1,
    Metric::Sitename,
];

/// One corpus figure: the metric's value and the pages behind it.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Figure {
    /// The value between 0 and 1; `None` when no page could be scored.
    pub value: Option<f64>,
    /// How many pages the value is computed over.
    pub pages: usize,
}

/// The sums behind one metric's figure.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
struct Sum {
    hits: f64,
    weight: f64,
    pages: usize,
}

impl Sum {
    fn value(&self) -> Option<f64> {
        (self.weight > 0.0).then(|| self.hits / self.weight)
    }
}

/// The sums of one group of pages (a source, or all).
#[derive(Debug, Clone, Default, PartialEq)]
struct Tally {
    sums: [Sum; Metric::ALL.len()],
    pages: usize,
}

impl Tally {
    fn add(&mut self, page: &PageScores) {
        self.pages += 1;
        for metric in Metric::ALL {
            if let Some(score) = page.get(metric) {
                let sum = &mut self.sums[metric.index()];
                sum.hits += score.hits;
                sum.weight += score.weight;
                sum.pages += 1;
            }
        }
    }

    fn sum(&self, metric: Metric) -> Sum {
        self.sums[metric.index()]
    }

    fn figure(&self, metric: Metric) -> Figure {
        let sum = self.sum(metric);
        let value = match metric {
            Metric::BodyF1Shingle => self.shingle_f1(),
            _ => sum.value(),
        };
        Figure {
            value,
            pages: sum.pages,
        }
    }

    /// The harmonic mean of the shingle precision and recall means. A mean over no pages is
    /// unknown, and so is the F1, unless the other mean is 0 (which makes the F1 0).
    fn shingle_f1(&self) -> Option<f64> {
        let body = self.sum(Metric::BodyF1Shingle);
        if body.pages == 0 {
            return None;
        }
        // A page whose body is in `expected_empty` has neither precision nor recall, so it
        // counts in the pages but does not move the F1.
        let precision = self.sum(Metric::BodyPrecisionShingle).value();
        let recall = self.sum(Metric::BodyRecallShingle).value();
        match (precision, recall) {
            (Some(p), Some(r)) => Some(harmonic_mean(p, r)),
            (Some(0.0), None) | (None, Some(0.0)) => Some(0.0),
            _ => None,
        }
    }
}

/// Corpus figures per source and pooled over all pages.
///
/// ```
/// use newsprint::eval::{Metric, Prediction, Record, Report, score_page};
///
/// let record = Record::from_json(r#"{"expected": {"title": "Hello"}}"#).unwrap();
/// let mut report = Report::new();
/// report.add("wcxb", &score_page(&record, &Prediction::default()));
/// let figure = report.figure("ALL", Metric::Title).unwrap();
/// assert_eq!((figure.value, figure.pages), (Some(0.0), 1));
/// ```
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Report {
    sources: BTreeMap<String, Tally>,
    all: Tally,
}

impl Report {
    /// An empty report.
    pub fn new() -> Report {
        Report::default()
    }

    /// Adds one page's scores to its source and to `ALL`.
    pub fn add(&mut self, source: &str, page: &PageScores) {
        self.sources
            .entry(source.to_string())
            .or_default()
            .add(page);
        self.all.add(page);
    }

    /// The sources seen, in name order.
    pub fn sources(&self) -> impl Iterator<Item = &str> {
        self.sources.keys().map(String::as_str)
    }

    /// The number of pages added for a source (or [`ALL`]).
    pub fn pages(&self, source: &str) -> usize {
        self.tally(source).map_or(0, |t| t.pages)
    }

    /// A metric's figure for a source (or [`ALL`]); `None` for an unknown source.
    pub fn figure(&self, source: &str, metric: Metric) -> Option<Figure> {
        self.tally(source).map(|t| t.figure(metric))
    }

    fn tally(&self, source: &str) -> Option<&Tally> {
        if source == ALL {
            Some(&self.all)
        } else {
            self.sources.get(source)
        }
    }

    /// The rows of the report: each source, then [`ALL`].
    fn rows(&self) -> impl Iterator<Item = &str> {
        self.sources().chain([ALL])
    }

    /// The figures as JSON, with stable keys:
    /// `{"sources": {"<source>": {"pages": 124, "<metric>": {"value": 0.91, "pages": 124}, …},
    /// …, "ALL": {…}}}`. A value with no page behind it is `null`.
    pub fn to_json(&self) -> Value {
        let mut sources = serde_json::Map::new();
        for source in self.rows() {
            let mut row = serde_json::Map::new();
            row.insert("pages".into(), json!(self.pages(source)));
            for metric in Metric::ALL {
                if let Some(figure) = self.figure(source, metric) {
                    let cell = json!({"value": figure.value, "pages": figure.pages});
                    row.insert(metric.name().into(), cell);
                }
            }
            sources.insert(source.to_string(), Value::Object(row));
        }
        json!({ "sources": sources })
    }

    /// The figures as a plain-text table: a row per source and `ALL`, a column per metric of
    /// [`TABLE_METRICS`], each cell `value (pages)`, or `-` where no page applies.
    pub fn table(&self) -> String {
        let mut header = vec!["source".to_string(), "pages".to_string()];
        header.extend(TABLE_METRICS.iter().map(|m| m.name().to_string()));
        let mut rows = vec![header];
        for source in self.rows() {
            let mut row = vec![source.to_string(), self.pages(source).to_string()];
            for metric in TABLE_METRICS {
                row.push(figure_cell(self.figure(source, metric)));
            }
            rows.push(row);
        }
        render_columns(&rows)
    }
}

/// A table cell: `value (pages)`, `- (pages)` when pages were scored but no value is
/// defined, or `-` where no page applies.
pub fn figure_cell(figure: Option<Figure>) -> String {
    match figure {
        Some(Figure {
            value: Some(v),
            pages,
        }) => format!("{v:.3} ({pages})"),
        Some(Figure { value: None, pages }) if pages > 0 => format!("- ({pages})"),
        _ => "-".to_string(),
    }
}

/// Lays out rows of cells in columns: the first left-aligned, the others right-aligned.
pub fn render_columns(rows: &[Vec<String>]) -> String {
    let columns = rows.iter().map(Vec::len).max().unwrap_or(0);
    let widths: Vec<usize> = (0..columns)
        .map(|c| {
            rows.iter()
                .filter_map(|r| r.get(c))
                .map(|cell| cell.chars().count())
                .max()
                .unwrap_or(0)
        })
        .collect();
    let mut out = String::new();
    for row in rows {
        let mut line = String::new();
        for (c, cell) in row.iter().enumerate() {
            if c == 0 {
                let _ = write!(line, "{cell:<w$}", w = widths[c]);
            } else {
                let _ = write!(line, "  {cell:>w$}", w = widths[c]);
            }
        }
        out.push_str(line.trim_end());
        out.push('\n');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::eval::{Prediction, Record, score_page};

    fn page(json: &str, prediction: &Prediction) -> PageScores {
        score_page(&Record::from_json(json).unwrap(), prediction)
    }

    #[test]
    fn shingle_f1_is_harmonic_mean_of_means() {
        let mut report = Report::new();
        let perfect = Prediction {
            body: "a b c d e f".into(),
            ..Prediction::default()
        };
        let half = Prediction {
            body: "a b c d x y".into(),
            ..Prediction::default()
        };
        report.add(
            "s",
            &page(r#"{"expected": {"body": "a b c d e f"}}"#, &perfect),
        );
        // truth {abcd, bcde, cdef}, prediction {abcd, bcdx, cdxy}: tp 1/5, fp 2/5, fn 2/5
        report.add(
            "s",
            &page(r#"{"expected": {"body": "a b c d e f"}}"#, &half),
        );
        // nothing predicted: counts in recall (0), not in precision
        let empty = Prediction::default();
        report.add(
            "t",
            &page(r#"{"expected": {"body": "a b c d e f"}}"#, &empty),
        );
        let p = report.figure(ALL, Metric::BodyPrecisionShingle).unwrap();
        let r = report.figure(ALL, Metric::BodyRecallShingle).unwrap();
        assert_eq!(p.pages, 2);
        assert_eq!(r.pages, 3);
        let (p, r) = (p.value.unwrap(), r.value.unwrap());
        assert!((p - (1.0 + 1.0 / 3.0) / 2.0).abs() < 1e-12);
        assert!((r - (1.0 + 1.0 / 3.0) / 3.0).abs() < 1e-12);
        let f1 = report.figure(ALL, Metric::BodyF1Shingle).unwrap();
        assert_eq!(f1.pages, 3);
        assert!((f1.value.unwrap() - 2.0 * p * r / (p + r)).abs() < 1e-12);
        // a source where nothing was predicted: precision unknown, recall 0, F1 0
        let t = report.figure("t", Metric::BodyF1Shingle).unwrap();
        assert_eq!(t.value, Some(0.0));
        assert_eq!(
            report
                .figure("t", Metric::BodyPrecisionShingle)
                .unwrap()
                .value,
            None
        );
    }

    #[test]
    fn snippets_pool_and_pages_count() {
        let mut report = Report::new();
        let body = Prediction {
            body: "alpha beta".into(),
            ..Prediction::default()
        };
        report.add(
            "a",
            &page(r#"{"expected": {"body_contains": ["alpha"]}}"#, &body),
        );
        let three = r#"{"expected": {"body_contains": ["alpha", "gamma", "delta"]}}"#;
        report.add("b", &page(three, &body));
        let with = report.figure(ALL, Metric::With).unwrap();
        assert_eq!(with.pages, 2);
        assert_eq!(with.value, Some(0.5));
        assert_eq!(report.figure("a", Metric::Title).unwrap().pages, 0);
        assert_eq!(report.figure("nope", Metric::Title), None);
        assert_eq!(report.pages(ALL), 2);
    }

    #[test]
    fn json_and_table_shapes() {
        let mut report = Report::new();
        let p = Prediction {
            title: Some("Hello".into()),
            ..Prediction::default()
        };
        report.add("wcxb", &page(r#"{"expected": {"title": "Hello"}}"#, &p));
        let json = report.to_json();
        assert_eq!(json["sources"]["wcxb"]["title"]["value"], 1.0);
        assert_eq!(json["sources"]["wcxb"]["title"]["pages"], 1);
        assert_eq!(json["sources"]["ALL"]["pages"], 1);
        assert!(json["sources"]["ALL"]["date"]["value"].is_null());
        let table = report.table();
        let lines: Vec<&str> = table.lines().collect();
        assert_eq!(lines.len(), 3);
        assert!(lines[0].starts_with("source  pages  body_f1_shingle"));
        assert!(lines[1].starts_with("wcxb"));
        assert!(lines[1].contains("1.000 (1)"));
        assert!(lines[2].starts_with("ALL"));
    }
}

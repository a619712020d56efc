//! Measuring extraction against labelled pages: the record format and the metrics of the
//! evaluation corpus (`../shared/corpus/README.md`), computed exactly as written there so
//! that numbers compare across tools.
//!
//! - [`metrics`]: the per-page metrics as pure functions of a true and a predicted text
//!   (truth first), usable on any tool's output;
//! - [`Record`]: one page's ground truth, parsed from its JSON file;
//! - [`Prediction`] and [`score_page`]: which metrics apply to a page and its scores,
//!   `expected_empty` included;
//! - [`Report`]: figures per source and pooled over all pages (`ALL`), as a table or JSON;
//! - [`FoldReport`] and [`compare_runs`]: the same figures per fold of hosts, and whether a
//!   change between two runs holds on sites it was not written for.
//!
//! Behind the `eval` feature, which the command line (`cli`, on by default) turns on; a
//! library user with `default-features = false` compiles none of it.
//!
//! Reading the corpus from disk, decompressing pages and running extraction in parallel is
//! the command line's business (`newsprint eval`), not this module's.
//!
//! ```
//! use newsprint::eval::{Metric, Prediction, Record, Report, score_page};
//!
//! let record = Record::from_json(r#"{"id": "1", "source": "demo", "url": null,
//!     "expected": {"title": "Storm hits coast", "body": "A storm hit the coast on Tuesday."}}"#)
//!     .unwrap();
//! let article = newsprint::extract(
//!     "<h1>Storm hits coast</h1><article><p>A storm hit the coast on Tuesday.</p></article>",
//! );
//! let scores = score_page(&record, &Prediction::from_article(&article));
//! let mut report = Report::new();
//! report.add(&record.source, &scores);
//! println!("{}", report.table());
//! assert_eq!(report.figure("ALL", Metric::Title).unwrap().pages, 1);
//! ```

mod corpus;
mod folds;
pub mod metrics;
mod report;
mod score;

pub use corpus::{Expected, Record};
pub use folds::{
    FOLD_TOLERANCE, FoldReport, MetricChange, PageRun, compare_runs, fold_of, host_key, site_key,
};
pub use metrics::{
    ShingleCounts, author_f1, author_matches, author_tokens, bow_f1, casefold, date_matches,
    normalize_snippet, normalize_title, shingle_counts, snippets_found, tags_f1, title_matches,
    words,
};
pub use report::{ALL, Figure, Report, TABLE_METRICS, figure_cell, render_columns};
pub use score::{Metric, PageScores, Prediction, Score, UnknownMetric, score_page};

/// The heuristic rules of the headline, byline, date, tags and body-edge steps that the
/// harness can switch off one at a time: each one's stable name and what it does.
///
/// ```
/// assert!(newsprint::eval::rules().iter().any(|(name, _)| *name == "title.kicker"));
/// ```
pub fn rules() -> &'static [(&'static str, &'static str)] {
    crate::rules::RULES
}

/// Switches off exactly the named [`rules`] (and every other one back on) for every
/// extraction in the process, so that a run measures what they earn; `&[]` restores the
/// extractor as it ships. A measuring switch for the evaluation harness: it is global, so
/// flip it only between runs, never while another thread extracts.
pub fn switch_off_rules(names: &[&str]) -> Result<(), UnknownRules> {
    crate::rules::switch_off(names).map_err(UnknownRules)
}

/// Runs `f` (an extraction) and returns with its result the names of the [`rules`] it
/// consulted on this thread. A rule not consulted cannot have changed the result, so
/// switching it off needs only the pages that consulted it extracted again.
///
/// ```
/// let (article, asked) = newsprint::eval::consulted_rules(|| {
///     newsprint::extract("<h1>Ferry timetable changes this spring</h1><p>Text.</p>")
/// });
/// assert!(article.headline.is_some());
/// assert!(asked.contains(&"title.lone-h1"));
/// ```
pub fn consulted_rules<T>(f: impl FnOnce() -> T) -> (T, Vec<&'static str>) {
    crate::rules::consulted(f)
}

/// Rule names that [`rules`] does not list.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnknownRules(pub Vec<String>);

impl std::fmt::Display for UnknownRules {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "unknown rule {}", self.0.join(", "))
    }
}

impl std::error::Error for UnknownRules {}

//! `newsprint eval --folds K`: the figures per fold of hosts, and `--save-scores` /
//! `--compare-scores`: each page's scores kept from one run and compared with another, fold
//! by fold, with the verdict of the project's rule for a heuristic change.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::fs;
use std::path::Path;

use newsprint::eval::{
    FOLD_TOLERANCE, FoldReport, Metric, MetricChange, PageRun, PageScores, Score, compare_runs,
    host_key, render_columns,
};
use serde_json::{Value, json};

use crate::error::{CliError, lowercase};
use crate::eval_cmd::PageResult;

/// The page's key in a scores file: `<source>/<id>`.
fn page_key(result: &PageResult) -> String {
    format!("{}/{}", result.source, result.id)
}

/// The page's host key, for folding.
fn page_host(result: &PageResult) -> String {
    host_key(result.record.url.as_deref(), &page_key(result))
}

/// The per-fold table of a run.
pub fn table(results: &[PageResult], folds: usize) -> String {
    let mut report = FoldReport::new(folds);
    for result in results {
        report.add(&page_host(result), &result.scores);
    }
    format!("folds by host ({folds}):\n{}", report.table())
}

/// The run's pages, keyed by page, as [`compare_runs`] reads them.
pub fn runs(results: &[PageResult]) -> BTreeMap<String, PageRun> {
    results
        .iter()
        .map(|r| {
            let run = PageRun {
                host: page_host(r),
                scores: r.scores.clone(),
            };
            (page_key(r), run)
        })
        .collect()
}

/// Writes each page's scores as JSON Lines:
/// `{"page": "<source>/<id>", "host": "…", "scores": {"<metric>": [hits, weight], …}}`.
pub fn save(path: &Path, runs: &BTreeMap<String, PageRun>) -> Result<(), CliError> {
    let mut text = String::new();
    for (page, run) in runs {
        let scores: serde_json::Map<String, Value> = Metric::ALL
            .iter()
            .filter_map(|&m| {
                let s = run.scores.get(m)?;
                Some((m.name().to_string(), json!([s.hits, s.weight])))
            })
            .collect();
        let line = json!({"page": page, "host": run.host, "scores": scores});
        let _ = writeln!(text, "{line}");
    }
    fs::write(path, text).map_err(|e| CliError::io(path, "write it", &e))
}

/// Reads a file written by [`save`].
pub fn load(path: &Path) -> Result<BTreeMap<String, PageRun>, CliError> {
    let text = fs::read_to_string(path).map_err(|e| CliError::io(path, "read it", &e))?;
    let bad = |n: usize, why: &str| {
        CliError::usage(format!(
            "{}: line {n}: {why}; write the file with `newsprint eval --save-scores`",
            path.display()
        ))
    };
    let mut runs = BTreeMap::new();
    for (i, line) in text
        .lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty())
    {
        let value: Value = serde_json::from_str(line).map_err(|e| bad(i + 1, &lowercase(&e)))?;
        let (Some(page), Some(host)) = (value["page"].as_str(), value["host"].as_str()) else {
            return Err(bad(i + 1, "no \"page\" or \"host\""));
        };
        let mut scores = PageScores::default();
        for (name, pair) in value["scores"].as_object().into_iter().flatten() {
            let metric: Metric = name.parse().map_err(|_| bad(i + 1, "unknown metric"))?;
            let (Some(hits), Some(weight)) = (pair[0].as_f64(), pair[1].as_f64()) else {
                return Err(bad(i + 1, "a score is not [hits, weight]"));
            };
            scores.insert(metric, Score { hits, weight });
        }
        let run = PageRun {
            host: host.to_string(),
            scores,
        };
        runs.insert(page.to_string(), run);
    }
    Ok(runs)
}

/// The comparison of an earlier run (`before`) with this one, as a table: per metric the
/// change in each fold, the pages and hosts better and worse, and the verdict.
pub fn comparison(
    before: &BTreeMap<String, PageRun>,
    after: &BTreeMap<String, PageRun>,
    folds: usize,
) -> String {
    let changes = compare_runs(before, after, folds);
    let mut header = vec!["metric".to_string()];
    header.extend((1..=folds).map(|f| format!("Δ fold {f}")));
    header.extend(["better (hosts)", "worse (hosts)", "verdict"].map(String::from));
    let mut rows = vec![header];
    for change in changes.iter().filter(|c| moved(c)) {
        let mut row = vec![change.metric.name().to_string()];
        row.extend(change.fold_deltas.iter().map(|d| match d {
            Some(d) => format!("{d:+.4}"),
            None => "-".to_string(),
        }));
        row.push(format!("{} ({})", change.better_pages, change.better_hosts));
        row.push(format!("{} ({})", change.worse_pages, change.worse_hosts));
        row.push(verdict(change).to_string());
        rows.push(row);
    }
    if rows.len() == 1 {
        return "compared with the saved scores: no page moved on any metric\n".to_string();
    }
    format!(
        "compared with the saved scores ({folds} folds by host):\n{}",
        render_columns(&rows)
    )
}

/// True when any page or fold moved on the metric.
pub fn moved(change: &MetricChange) -> bool {
    change.better_pages + change.worse_pages > 0
        || change
            .fold_deltas
            .iter()
            .flatten()
            .any(|d| d.abs() > FOLD_TOLERANCE)
}

/// The rule's verdict on one metric.
fn verdict(change: &MetricChange) -> &'static str {
    let (wins, losses) = change.wins_and_losses(FOLD_TOLERANCE);
    if change.earns_its_place() {
        "holds"
    } else if losses > 0 {
        "loses on a fold"
    } else if wins < 2 {
        "wins on fewer than 2 folds"
    } else {
        "better pages on fewer than 3 hosts"
    }
}

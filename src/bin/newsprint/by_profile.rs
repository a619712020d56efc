//! `newsprint eval --by-profile`: the figures per site profile matched, so that a profile can
//! be judged against the generic rules on the very pages it claims.
//!
//! For each profile `<id>` that matched a page there are four rows:
//!
//! - `<id>`: its pages, extracted with every profile (as `newsprint` does by default);
//! - `<id> (generic)`: the same pages extracted with the profiles disabled;
//! - `<id> Δ`: the first minus the second, per metric;
//! - `<id> +/-`: on how many pages the profile scores higher / lower than the generic rules.
//!
//! Pages no profile matched are the row `(none)`. Rows with and without profiles are computed
//! in the same run, from the same page files.

use std::collections::BTreeMap;

use newsprint::eval::{Metric, PageScores, Report, TABLE_METRICS, figure_cell, render_columns};

use crate::eval_cmd::PageResult;

/// The row name of the pages no profile matched.
pub const NONE: &str = "(none)";

/// How many pages a profile scores above / below the generic rules on each metric.
#[derive(Debug, Clone, Default)]
struct Moves {
    better: [usize; Metric::ALL.len()],
    worse: [usize; Metric::ALL.len()],
}

impl Moves {
    fn add(&mut self, with: &PageScores, without: &PageScores) {
        for (i, metric) in Metric::ALL.into_iter().enumerate() {
            let a = with.get(metric).and_then(|s| s.value());
            let b = without.get(metric).and_then(|s| s.value());
            if let (Some(a), Some(b)) = (a, b) {
                if a > b + 1e-9 {
                    self.better[i] += 1;
                } else if a + 1e-9 < b {
                    self.worse[i] += 1;
                }
            }
        }
    }

    fn cell(&self, metric: Metric) -> String {
        let i = Metric::ALL
            .iter()
            .position(|m| *m == metric)
            .unwrap_or_default();
        format!("+{}/-{}", self.better[i], self.worse[i])
    }
}

/// The table of figures per profile.
pub fn table(results: &[PageResult]) -> String {
    let mut report = Report::new();
    let mut moves: BTreeMap<&str, Moves> = BTreeMap::new();
    for result in results {
        match &result.profile {
            Some(id) => {
                report.add(id, &result.scores);
                if let Some(generic) = &result.generic_scores {
                    report.add(&generic_row(id), generic);
                    moves
                        .entry(id.as_str())
                        .or_default()
                        .add(&result.scores, generic);
                }
            }
            None => report.add(NONE, &result.scores),
        }
    }

    let mut header = vec!["profile".to_string(), "pages".to_string()];
    header.extend(TABLE_METRICS.iter().map(|m| m.name().to_string()));
    let mut rows = vec![header];
    let figures = |row: &str| -> Vec<String> {
        let mut cells = vec![row.to_string(), report.pages(row).to_string()];
        cells.extend(
            TABLE_METRICS
                .iter()
                .map(|&m| figure_cell(report.figure(row, m))),
        );
        cells
    };
    for (id, moved) in &moves {
        let generic = generic_row(id);
        rows.push(figures(id));
        rows.push(figures(&generic));
        let mut delta = vec![format!("{id} Δ"), String::new()];
        delta.extend(TABLE_METRICS.iter().map(|&m| {
            let a = report.figure(id, m).and_then(|f| f.value);
            let b = report.figure(&generic, m).and_then(|f| f.value);
            match (a, b) {
                (Some(a), Some(b)) => format!("{:+.3}", a - b),
                _ => "-".to_string(),
            }
        }));
        rows.push(delta);
        let mut counts = vec![format!("{id} +/-"), String::new()];
        counts.extend(TABLE_METRICS.iter().map(|&m| moved.cell(m)));
        rows.push(counts);
    }
    if report.pages(NONE) > 0 {
        rows.push(figures(NONE));
    }
    format!("\nby profile:\n{}", render_columns(&rows))
}

fn generic_row(id: &str) -> String {
    format!("{id} (generic)")
}

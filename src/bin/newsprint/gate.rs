//! The regression gate: `newsprint eval DIR --baseline FILE` compares every figure with a
//! committed baseline (the JSON that `--json` writes) and fails when any drops by more than
//! the tolerance. Raising the baseline is part of every improvement.

use std::fs;
use std::path::Path;

use serde_json::Value;

use crate::error::{CliError, lowercase};

/// How far a figure may fall below its baseline before the gate fails.
pub const TOLERANCE: f64 = 0.005;

/// Compares the current figures with the baseline file; prints one line per figure that
/// moved and a summary, and fails when any figure dropped more than [`TOLERANCE`].
pub fn check(current: &Value, baseline_path: &Path) -> Result<(), CliError> {
    let text = fs::read_to_string(baseline_path)
        .map_err(|e| CliError::io(baseline_path, "read the baseline", &e))?;
    let baseline: Value = serde_json::from_str(&text).map_err(|e| {
        CliError::failure(format!(
            "{}: not a baseline ({}); write one with `newsprint eval DIR --json FILE`",
            baseline_path.display(),
            lowercase(&e)
        ))
    })?;
    let (mut checked, mut dropped, mut rose) = (0, Vec::new(), 0);
    for (source, metric, base) in figures(&baseline) {
        let Some(now) = current["sources"][&source][&metric]["value"].as_f64() else {
            dropped.push(format!(
                "gate: {source} {metric}: missing (baseline {base:.3})"
            ));
            continue;
        };
        checked += 1;
        if now < base - TOLERANCE {
            dropped.push(format!(
                "gate: {source} {metric}: {now:.3} < baseline {base:.3} - {TOLERANCE}"
            ));
        } else if now > base + TOLERANCE {
            rose += 1;
            eprintln!(
                "gate: {source} {metric}: {now:.3} > baseline {base:.3} (raise the baseline)"
            );
        }
    }
    for line in &dropped {
        eprintln!("{line}");
    }
    eprintln!(
        "gate: {checked} figures checked against {}: {} dropped more than {TOLERANCE}, {rose} rose",
        baseline_path.display(),
        dropped.len()
    );
    if dropped.is_empty() {
        Ok(())
    } else {
        Err(CliError::failure(format!(
            "{} figures fell below the baseline in {}",
            dropped.len(),
            baseline_path.display()
        )))
    }
}

/// Every (source, metric, value) of a report's JSON that has a value.
fn figures(report: &Value) -> Vec<(String, String, f64)> {
    let mut out = Vec::new();
    let Some(sources) = report["sources"].as_object() else {
        return out;
    };
    for (source, metrics) in sources {
        let Some(metrics) = metrics.as_object() else {
            continue;
        };
        for (metric, figure) in metrics {
            if let Some(v) = figure["value"].as_f64() {
                out.push((source.clone(), metric.clone(), v));
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn lists_every_figure_with_a_value() {
        let report = json!({"sources": {"ALL": {"title": {"value": 0.8, "pages": 3},
            "date": {"value": null, "pages": 0}, "pages": 3}}});
        assert_eq!(figures(&report), vec![("ALL".into(), "title".into(), 0.8)]);
    }

    #[test]
    fn fails_only_beyond_the_tolerance() {
        let dir = std::env::temp_dir().join(format!("np-gate-{}", std::process::id()));
        fs::create_dir_all(&dir).unwrap();
        let path = dir.join("baseline.json");
        fs::write(
            &path,
            r#"{"sources":{"ALL":{"title":{"value":0.800,"pages":3}}}}"#,
        )
        .unwrap();
        let at = |v: f64| json!({"sources": {"ALL": {"title": {"value": v, "pages": 3}}}});
        assert!(check(&at(0.796), &path).is_ok());
        assert!(check(&at(0.794), &path).is_err());
        assert!(check(&at(0.9), &path).is_ok());
        fs::remove_dir_all(&dir).ok();
    }
}

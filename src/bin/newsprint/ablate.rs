//! `newsprint eval --without RULE,…` and `--ablate`: the extractor's heuristic rules switched
//! off, a few together or each in turn, to see what every rule earns by fold of hosts.

use std::collections::{BTreeMap, BTreeSet};

use newsprint::Extractor;
use newsprint::eval::{
    FOLD_TOLERANCE, MetricChange, PageRun, compare_runs, rules, switch_off_rules,
};

use crate::args::EvalArgs;
use crate::corpus::Entry;
use crate::error::CliError;
use crate::eval_cmd::{PageResult, evaluate_all};
use crate::{folds, output};

/// Switches off the rules of `--without` (every other rule on).
pub fn switch_off(names: &[String]) -> Result<(), CliError> {
    let names: Vec<&str> = names.iter().map(String::as_str).collect();
    switch_off_rules(&names).map_err(|e| {
        CliError::usage(format!(
            "{e}; `newsprint eval DIR --ablate` lists every rule by name"
        ))
    })?;
    if !names.is_empty() {
        eprintln!("rules switched off: {}", names.join(", "));
    }
    Ok(())
}

/// For every rule whose name starts with the `--ablate` prefix: the run with that rule off
/// (and the `--without` rules) compared with `results`, one line per rule, printed as each
/// run ends.
pub fn run(
    args: &EvalArgs,
    entries: &[Entry],
    extractor: &Extractor,
    results: &[PageResult],
) -> Result<(), CliError> {
    let Some(prefix) = &args.ablate else {
        return Ok(());
    };
    let fold_count = usize::from(args.folds.unwrap_or(3));
    let before = folds::runs(results);
    let chosen: Vec<&(&str, &str)> = rules()
        .iter()
        .filter(|(name, _)| name.starts_with(prefix.as_str()))
        .collect();
    if chosen.is_empty() {
        return Err(CliError::usage(format!(
            "no rule's name starts with {prefix:?}"
        )));
    }
    output::print(&format!(
        "each rule switched off in turn ({} rules, {fold_count} folds by host; better and worse \
         count the pages that score better or worse with the rule OFF):\n",
        chosen.len()
    ))?;
    for (name, _) in chosen {
        let mut off = args.without.clone();
        off.push((*name).to_string());
        switch_off(&off)?;
        // Only the pages that consulted the rule can change.
        let asking: Vec<Entry> = results
            .iter()
            .filter(|r| r.consulted.contains(name))
            .filter_map(|r| entries.iter().find(|e| e.page.as_ref() == Some(&r.page)))
            .cloned()
            .collect();
        let outcomes = evaluate_all(&asking, extractor, args.jobs.unwrap_or(0), false)?;
        let mut after = before.clone();
        after.extend(folds::runs(
            &outcomes.into_iter().flatten().collect::<Vec<_>>(),
        ));
        output::print(&rule_line(name, &before, &after, fold_count))?;
    }
    switch_off(&args.without)
}

/// One rule's line: its verdict, the pages and hosts better and worse with it off, and per
/// metric that moved the change in each fold.
fn rule_line(
    name: &str,
    before: &BTreeMap<String, PageRun>,
    after: &BTreeMap<String, PageRun>,
    folds: usize,
) -> String {
    let changes: Vec<MetricChange> = compare_runs(before, after, folds)
        .into_iter()
        .filter(folds::moved)
        .collect();
    let (better, worse) = (
        moved_pages(before, after, true),
        moved_pages(before, after, false),
    );
    let metrics: Vec<String> = changes
        .iter()
        .map(|c| {
            let deltas: Vec<String> = c
                .fold_deltas
                .iter()
                .map(|d| d.map_or("-".to_string(), |d| format!("{d:+.4}")))
                .collect();
            format!(
                "{} {} +{}/-{}",
                c.metric.name(),
                deltas.join("/"),
                c.better_pages,
                c.worse_pages
            )
        })
        .collect();
    format!(
        "{name:<28} {:<34} off: better {} ({}), worse {} ({})  {}\n",
        verdict(&changes, better, worse, folds),
        better.0,
        better.1,
        worse.0,
        worse.1,
        metrics.join("; ")
    )
}

/// The pages (and their hosts) that score better, or worse, on any metric in `after`.
fn moved_pages(
    before: &BTreeMap<String, PageRun>,
    after: &BTreeMap<String, PageRun>,
    better: bool,
) -> (usize, usize) {
    let mut pages = 0;
    let mut hosts = BTreeSet::new();
    for (page, old) in before {
        let Some(new) = after.get(page) else { continue };
        let moved = newsprint::eval::Metric::ALL.iter().any(|&m| {
            let value = |run: &PageRun| run.scores.get(m).and_then(|s| s.value());
            let (Some(b), Some(a)) = (value(old), value(new)) else {
                return false;
            };
            if better { a - b > 1e-9 } else { b - a > 1e-9 }
        });
        if moved {
            pages += 1;
            hosts.insert(new.host.as_str());
        }
    }
    (pages, hosts.len())
}

/// The rule for a rule: it goes when switching it off helps on some fold (no metric
/// of that fold falls and one rises), or when it costs fewer than 3 pages or 3 hosts.
fn verdict(
    changes: &[MetricChange],
    better: (usize, usize),
    worse: (usize, usize),
    folds: usize,
) -> String {
    if better.0 + worse.0 == 0 && changes.is_empty() {
        return "goes: changes nothing".to_string();
    }
    let helps = (0..folds).find(|&f| {
        let deltas: Vec<f64> = changes.iter().filter_map(|c| c.fold_deltas[f]).collect();
        deltas.iter().all(|d| *d >= -FOLD_TOLERANCE) && deltas.iter().any(|d| *d > FOLD_TOLERANCE)
    });
    if let Some(fold) = helps {
        return format!("goes: off helps fold {}", fold + 1);
    }
    if worse.0 < 3 || worse.1 < 3 {
        return "goes: costs < 3 pages on 3 hosts".to_string();
    }
    "keeps".to_string()
}

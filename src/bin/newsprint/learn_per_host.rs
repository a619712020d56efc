//! `newsprint eval DIR --learn-per-host`: how well a profile learned from a site's other
//! pages does on a page it has not seen. For every host with two pages or more, each page is
//! left out in turn, a profile is learned from the rest, and the page is scored three ways:
//! the generic rules, the learned profile alone, and the learned profile with the generic
//! rules where it finds nothing.

use std::collections::BTreeMap;
use std::time::Instant;

use indicatif::ProgressBar;
use newsprint::eval::{
    Metric, PageScores, Prediction, Record, Report, TABLE_METRICS, figure_cell, render_columns,
    score_page, site_key,
};
use newsprint::profile::learn::{LearnOptions, LearnPage, learn, profile_only};
use newsprint::{Extractor, Page};
use rayon::prelude::*;

use crate::corpus::Entry;
use crate::error::CliError;
use crate::learn_cmd::read_entry;
use crate::{output, progress};

/// The rows, in order.
const ROWS: [&str; 3] = ["generic", "learned (leave one out)", "learned + generic"];

/// A page read from the corpus.
struct Loaded {
    record: Record,
    html: String,
}

/// How many pages where the learned profile does worse are listed.
const LISTED_LOSSES: usize = 20;

/// One left-out page's scores in the three rows, which fields the profile filled, the
/// metrics on which the profile made the page worse (with the rule that did), and how many
/// it made better.
struct Outcome {
    scores: [PageScores; 3],
    fields_learned: usize,
    losses: Vec<String>,
    gains: usize,
}

pub fn run(entries: &[Entry], jobs: usize) -> Result<(), CliError> {
    let started = Instant::now();
    let pool = crate::batch::thread_pool(jobs)?;
    let groups = pool.install(|| hosts_with_pages(entries));
    let tasks: Vec<(&Vec<Loaded>, usize)> = groups
        .values()
        .flat_map(|pages| (0..pages.len()).map(move |i| (pages, i)))
        .collect();
    let progress = ProgressBar::new(tasks.len() as u64);
    if let Some(style) = progress::style("{bar:40} {pos}/{len} pages left out, eta {eta}") {
        progress.set_style(style);
    }
    let outcomes: Vec<Outcome> = pool.install(|| {
        tasks
            .par_iter()
            .map(|(pages, i)| {
                let outcome = leave_out(pages, *i);
                progress.inc(1);
                outcome
            })
            .collect()
    });
    progress.finish_and_clear();
    let mut report = Report::new();
    for outcome in &outcomes {
        for (row, scores) in ROWS.iter().zip(&outcome.scores) {
            report.add(row, scores);
        }
    }
    let learned: usize = outcomes.iter().map(|o| o.fields_learned).sum();
    eprintln!(
        "left out {} pages of {} hosts with two pages or more, in {:.1} s",
        outcomes.len(),
        groups.len(),
        started.elapsed().as_secs_f64()
    );
    let mut text = format!(
        "learned per host, leave one out ({} pages, {} hosts; {:.1} fields learned per profile):\n",
        outcomes.len(),
        groups.len(),
        learned as f64 / outcomes.len().max(1) as f64
    );
    text.push_str(&table(&report));
    let losses: Vec<&String> = outcomes.iter().flat_map(|o| &o.losses).collect();
    let gains: usize = outcomes.iter().map(|o| o.gains).sum();
    text.push_str(&format!(
        "\n{gains} page metrics better with the learned profile than with the generic rules, {} \
         worse{}\n",
        losses.len(),
        if losses.is_empty() {
            ""
        } else {
            ", the first:"
        }
    ));
    for loss in losses.iter().take(LISTED_LOSSES) {
        text.push_str(&format!("  {loss}\n"));
    }
    output::print(&text)
}

/// The pages of every host that has two or more, read in parallel; a page that cannot be
/// read is reported and left out. An archived copy is a page of the archived site.
fn hosts_with_pages(entries: &[Entry]) -> BTreeMap<String, Vec<Loaded>> {
    let read: Vec<Option<(String, Loaded)>> = entries
        .par_iter()
        .map(|entry| match read_entry(entry) {
            Ok((record, html, _)) => {
                let host = site_key(record.url.as_deref(), &record.id);
                Some((host, Loaded { record, html }))
            }
            Err(e) => {
                eprintln!("newsprint: error: {}", e.message);
                None
            }
        })
        .collect();
    let mut groups: BTreeMap<String, Vec<Loaded>> = BTreeMap::new();
    for (host, page) in read.into_iter().flatten() {
        if !host.starts_with("(no url)") {
            groups.entry(host).or_default().push(page);
        }
    }
    groups.retain(|_, pages| pages.len() >= 2);
    groups
}

/// Learns from every page of the host but one, and scores that one.
fn leave_out(pages: &[Loaded], left_out: usize) -> Outcome {
    let training: Vec<LearnPage> = pages
        .iter()
        .enumerate()
        .filter(|(i, _)| *i != left_out)
        .map(|(_, p)| LearnPage::new(p.html.clone(), p.record.url.clone(), p.record.clone()))
        .collect();
    let learned = learn(&training, &LearnOptions::default());
    let target = &pages[left_out];
    let mut page = Page::new(&target.html);
    if let Some(url) = &target.record.url {
        page = page.url(url.as_str());
    }
    let score = |article: &newsprint::Article| {
        score_page(&target.record, &Prediction::from_article(article))
    };
    // The generic rules alone: a site profile displaces a built-in platform profile, so
    // with the built-ins on, the rows would compare the platform's rules, not the learned.
    let generic = Extractor::builder()
        .no_builtin_profiles()
        .build()
        .extract(&page);
    let with_profile = match learned.profile() {
        Ok(profile) => Extractor::builder()
            .no_builtin_profiles()
            .profile(profile)
            .build()
            .extract(&page),
        Err(_) => generic.clone(),
    };
    let scores = [
        score(&generic),
        score(&profile_only(&with_profile)),
        score(&with_profile),
    ];
    let losses = losses(&target.record, &scores[0], &scores[2], &with_profile);
    let gains = gains(&scores[0], &scores[2]);
    Outcome {
        scores,
        fields_learned: learned.fields().len(),
        losses,
        gains,
    }
}

/// The metrics on which the profile did worse than the generic rules, each with the page
/// and the rule behind the value.
fn losses(
    record: &Record,
    generic: &PageScores,
    learned: &PageScores,
    article: &newsprint::Article,
) -> Vec<String> {
    let value = |s: &PageScores, m: Metric| s.get(m).and_then(|s| s.value());
    TABLE_METRICS
        .iter()
        .filter_map(|&metric| {
            let (g, l) = (value(generic, metric)?, value(learned, metric)?);
            if l + 1e-9 >= g {
                return None;
            }
            let rule = metric
                .provenance_keys()
                .iter()
                .find_map(|k| article.provenance.get(*k))
                .map(|p| format!("{} {}", p.source, p.path.as_deref().unwrap_or_default()))
                .unwrap_or_else(|| "(nothing found)".to_string());
            let url = record.url.as_deref().unwrap_or_default();
            Some(format!("{url}: {metric} {g:.3} -> {l:.3} by {rule}"))
        })
        .collect()
}

/// How many metrics the profile did better on than the generic rules.
fn gains(generic: &PageScores, learned: &PageScores) -> usize {
    let value = |s: &PageScores, m: Metric| s.get(m).and_then(|s| s.value());
    TABLE_METRICS
        .iter()
        .filter(|&&m| {
            matches!((value(generic, m), value(learned, m)), (Some(g), Some(l)) if l > g + 1e-9)
        })
        .count()
}

/// The three rows, one column per metric.
fn table(report: &Report) -> String {
    let mut header = vec!["rows".to_string(), "pages".to_string()];
    header.extend(TABLE_METRICS.iter().map(|m| m.name().to_string()));
    let mut rows = vec![header];
    for row in ROWS {
        let mut cells = vec![row.to_string(), report.pages(row).to_string()];
        cells.extend(
            TABLE_METRICS
                .iter()
                .map(|&m| figure_cell(report.figure(row, m))),
        );
        rows.push(cells);
    }
    render_columns(&rows)
}

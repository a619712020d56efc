//! `newsprint eval DIR...`: extracts every labelled page in parallel, scores it with
//! [`newsprint::eval`], and prints the figures per source and over all pages.

use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};
use std::time::Instant;

use indicatif::ProgressBar;
use newsprint::eval::{PageScores, Prediction, Record, Report, consulted_rules, score_page};
use newsprint::{Extractor, Page, Provenance};
use rayon::prelude::*;

use crate::args::EvalArgs;
use crate::corpus::{self, Entry};
use crate::error::{CliError, display_path, lowercase};
use crate::extract_cmd::build_extractor;
use crate::{
    ablate, by_profile, folds, gate, guard, input, learn_per_host, output, progress, worst,
};

/// One page, extracted and scored.
pub struct PageResult {
    pub source: String,
    pub id: String,
    pub page: PathBuf,
    pub record: Record,
    pub prediction: Prediction,
    pub provenance: BTreeMap<String, Provenance>,
    pub scores: PageScores,
    /// The id of the site profile that matched the page, if any.
    pub profile: Option<String>,
    /// With `--by-profile`, for a page a profile matched: its scores with the profiles
    /// disabled.
    pub generic_scores: Option<PageScores>,
    /// The heuristic rules the extraction consulted (those that may have changed it).
    pub consulted: Vec<&'static str>,
}

pub fn run(args: &EvalArgs) -> Result<(), CliError> {
    let worst = args
        .worst
        .as_deref()
        .map(worst::Request::parse)
        .transpose()?;
    let entries = corpus::find(&args.dirs)?;
    ablate::switch_off(&args.without)?;
    if args.learn_per_host {
        return learn_per_host::run(&entries, args.jobs.unwrap_or(0));
    }
    let started = Instant::now();
    let extractor = build_extractor(args.profiles.as_deref(), false, None)?;
    let outcomes = evaluate_all(
        &entries,
        &extractor,
        args.jobs.unwrap_or(0),
        args.by_profile,
    )?;
    let elapsed = started.elapsed();

    let mut report = Report::new();
    let mut results = Vec::new();
    let mut failures = Vec::new();
    for outcome in outcomes {
        match outcome {
            Ok(result) => {
                report.add(&result.source, &result.scores);
                results.push(result);
            }
            Err(failure) => failures.push(failure),
        }
    }
    for failure in &failures {
        eprintln!("newsprint: error: {failure}");
    }
    eprintln!(
        "evaluated {} pages in {:.1} s ({} failed)",
        results.len(),
        elapsed.as_secs_f64(),
        failures.len()
    );

    let json_to_stdout = args.json.as_deref() == Some(Path::new("-"));
    if json_to_stdout {
        eprint!("{}", report.table());
    } else {
        output::print(&report.table())?;
    }
    if let Some(path) = &args.json {
        write_json(path, &report)?;
    }
    if args.by_profile {
        let table = by_profile::table(&results);
        if json_to_stdout {
            eprint!("{table}");
        } else {
            output::print(&table)?;
        }
    }
    show_folds(args, &results, json_to_stdout)?;
    ablate::run(args, &entries, &extractor, &results)?;
    if let Some(request) = worst {
        output::print(&worst::render(&results, &request))?;
    }
    if let Some(baseline) = &args.baseline {
        gate::check(&report.to_json(), baseline)?;
    }
    if failures.is_empty() {
        Ok(())
    } else {
        Err(CliError::failure(format!(
            "{} of {} pages failed (listed above); the figures leave them out",
            failures.len(),
            entries.len()
        )))
    }
}

/// The per-fold figures (`--folds`), the saved page scores (`--save-scores`) and the
/// comparison with an earlier run (`--compare-scores`).
fn show_folds(
    args: &EvalArgs,
    results: &[PageResult],
    json_to_stdout: bool,
) -> Result<(), CliError> {
    let print = |text: &str| {
        if json_to_stdout {
            eprint!("{text}");
            Ok(())
        } else {
            output::print(text)
        }
    };
    let fold_count = usize::from(args.folds.unwrap_or(3));
    if args.folds.is_some() {
        print(&folds::table(results, fold_count))?;
    }
    let runs = folds::runs(results);
    if let Some(path) = &args.compare_scores {
        let before = folds::load(path)?;
        print(&folds::comparison(&before, &runs, fold_count))?;
    }
    if let Some(path) = &args.save_scores {
        folds::save(path, &runs)?;
    }
    Ok(())
}

/// Extracts and scores every page on `jobs` threads (0: one per core), in corpus order.
/// With `by_profile`, a page a profile matched is extracted a second time with the profiles
/// disabled.
pub fn evaluate_all(
    entries: &[Entry],
    extractor: &Extractor,
    jobs: usize,
    by_profile: bool,
) -> Result<Vec<Result<PageResult, String>>, CliError> {
    let pool = crate::batch::thread_pool(jobs)?;
    let generic = by_profile.then(|| Extractor::builder().no_builtin_profiles().build());
    let progress = ProgressBar::new(entries.len() as u64);
    if let Some(style) = progress::style("{bar:40} {pos}/{len} pages, {rate}, eta {eta}") {
        progress.set_style(style);
    }
    let outcomes = pool.install(|| {
        entries
            .par_iter()
            .map(|entry| {
                let outcome = evaluate(entry, extractor, generic.as_ref());
                progress.inc(1);
                outcome
            })
            .collect()
    });
    progress.finish_and_clear();
    Ok(outcomes)
}

/// Reads, extracts and scores one page; a failure is a message naming the file.
fn evaluate(
    entry: &Entry,
    extractor: &Extractor,
    generic: Option<&Extractor>,
) -> Result<PageResult, String> {
    let record_path = &entry.record;
    let json = fs::read_to_string(record_path)
        .map_err(|e| CliError::io(record_path, "read it", &e).message)?;
    let record = Record::from_json(&json).map_err(|e| {
        format!(
            "{}: not a corpus record ({}); see docs/eval.md for the format",
            record_path.display(),
            lowercase(&e)
        )
    })?;
    let Some(page_path) = &entry.page else {
        return Err(format!(
            "{}: no page beside it; add <id>.html.gz or <id>.html",
            record_path.display()
        ));
    };
    let bytes = input::read_page(page_path, input::MAX_PAGE_BYTES).map_err(|e| e.message)?;
    let mut page = Page::from_bytes(&bytes);
    if let Some(url) = &record.url {
        page = page.url(url.as_str());
    }
    let extract = |extractor: &Extractor| {
        guard::catch(|| extractor.extract(&page)).map_err(|panic| {
            format!(
                "{}: extraction failed ({panic}); this is a bug in newsprint",
                display_path(page_path)
            )
        })
    };
    let (article, consulted) = consulted_rules(|| extract(extractor));
    let article = article?;
    let prediction = Prediction::from_article(&article);
    let scores = score_page(&record, &prediction);
    let profile = article.profile.as_ref().map(|p| p.id.clone());
    let generic_scores = match (generic, &profile) {
        (Some(generic), Some(_)) => {
            let plain = extract(generic)?;
            Some(score_page(&record, &Prediction::from_article(&plain)))
        }
        _ => None,
    };
    let source = if record.source.is_empty() {
        entry.folder.clone()
    } else {
        record.source.clone()
    };
    let id = if record.id.is_empty() {
        file_id(record_path)
    } else {
        record.id.clone()
    };
    Ok(PageResult {
        source,
        id,
        page: page_path.clone(),
        record,
        prediction,
        provenance: article.provenance,
        scores,
        profile,
        generic_scores,
        consulted,
    })
}

/// The id of a record file: its name without `.json`.
fn file_id(path: &Path) -> String {
    path.file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default()
}

/// Writes the report's JSON to `path` (`-`: standard output).
fn write_json(path: &Path, report: &Report) -> Result<(), CliError> {
    let text = serde_json::to_string_pretty(&report.to_json()).map_err(|e| {
        CliError::failure(format!(
            "cannot write the figures as JSON: {}",
            lowercase(&e)
        ))
    })? + "\n";
    if path == Path::new("-") {
        output::print(&text)
    } else {
        fs::write(path, text).map_err(|e| CliError::io(path, "write it", &e))
    }
}

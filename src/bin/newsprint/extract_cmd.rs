//! `newsprint [extract] INPUT...`: one page alone prints as pretty JSON; anything more runs
//! as a batch (see [`crate::batch`]). A page that cannot be read is an error record either
//! way, with the same exit status: 0, or 1 with `--strict`.

use std::path::Path;

use chrono::{DateTime, FixedOffset};
use newsprint::Extractor;

use crate::args::{ExtractArgs, Format};
use crate::batch::{self, Options};
use crate::error::{CliError, lowercase};
use crate::output;
use crate::render::Renderer;
use crate::sources::{Job, Plan};

/// Threads per core beyond which more jobs only cost memory.
const JOBS_PER_CORE: usize = 4;

/// `--jobs N`, capped at four per core with a notice: each job holds a page and a thread.
fn capped_jobs(asked: usize, quiet: bool) -> usize {
    let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
    let most = cores * JOBS_PER_CORE;
    if asked <= most {
        return asked;
    }
    if !quiet {
        eprintln!(
            "newsprint: --jobs {asked} capped at {most} ({JOBS_PER_CORE} per core, {cores} cores)"
        );
    }
    most
}

pub fn run(args: &ExtractArgs) -> Result<(), CliError> {
    if args.inputs.is_empty() && args.manifest.is_empty() {
        return Err(CliError::usage(
            "no page given; pass files (.html, .htm, .gz), folders, WARC files, - for \
             standard input, or --manifest FILE.jsonl",
        ));
    }
    let jobs = match args.jobs {
        Some(0) => {
            return Err(CliError::usage(
                "--jobs 0: give at least 1 (or leave it out for one per core)",
            ));
        }
        Some(n) => capped_jobs(n, args.quiet),
        None => std::thread::available_parallelism().map_or(1, |n| n.get()),
    };
    let fields = args
        .fields
        .as_deref()
        .map(Renderer::check_fields)
        .transpose()?;
    let extractor = build_extractor(args.profiles.as_deref(), args.no_profiles, args.now)?;
    let mut plan = Plan::new(&args.inputs, &args.manifest, args.quiet)?;
    plan.allow_absolute_paths = args.allow_absolute_paths;
    if args.url.is_some() && !plan.is_single_page() {
        return Err(CliError::usage(
            "--url names the URL of one page; for many pages, give each its URL in a \
             --manifest (one {\"id\", \"url\", \"path\"} per line)",
        ));
    }
    let single = plan.is_single_page() && args.format != Format::Jsonl;
    let renderer = Renderer {
        format: args.format,
        single,
        compact: args.compact,
        fields,
    };
    let mut out = output::open(args.output.as_deref())?;
    if single {
        return run_single(plan, args, &extractor, &renderer, &mut out);
    }
    let options = Options {
        jobs,
        unordered: args.unordered,
        quiet: args.quiet,
        max_page_size: args.max_page_size,
    };
    let summary = batch::run(plan, &options, &extractor, &renderer, &mut out)?;
    if !args.quiet {
        eprintln!("{}", summary.line());
    }
    if args.strict && summary.failed > 0 {
        return Err(CliError::failure(format!(
            "{} of {} pages failed (--strict); their error records are in the output",
            summary.failed, summary.pages
        )));
    }
    Ok(())
}

/// One page given alone: printed as pretty JSON (or the format asked for), or as its error
/// record, with the same exit status as a batch.
fn run_single(
    plan: Plan,
    args: &ExtractArgs,
    extractor: &Extractor,
    renderer: &Renderer,
    out: &mut dyn std::io::Write,
) -> Result<(), CliError> {
    let mut job = None;
    plan.produce(args.max_page_size, &mut |j| {
        job = Some(j);
        false
    });
    let Some(Job { id, url, content }) = job else {
        return Ok(());
    };
    let url = args.url.clone().or(url);
    let outcome = batch::extract(&id, url.as_deref(), content, extractor, args.max_page_size);
    let text = match &outcome {
        Ok((article, _)) => renderer
            .article(&id, url.as_deref(), article)
            .map_err(|e| CliError::failure(lowercase(&e)))?,
        Err(error) => {
            eprintln!("newsprint: page failed: {error}");
            renderer.failure(&id, url.as_deref(), error)
        }
    };
    output::write(out, &text)?;
    output::flush(out)?;
    match outcome {
        Err(_) if args.strict => Err(CliError::failure(
            "1 of 1 pages failed (--strict); its error record is in the output",
        )),
        _ => Ok(()),
    }
}

/// The extractor with the profiles asked for and the reference time for relative dates
/// (`--now`). A profile that does not load is a usage error.
pub fn build_extractor(
    dir: Option<&Path>,
    no_builtins: bool,
    now: Option<DateTime<FixedOffset>>,
) -> Result<Extractor, CliError> {
    let mut builder = Extractor::builder();
    if let Some(now) = now {
        builder = builder.now(now);
    }
    if no_builtins {
        builder = builder.no_builtin_profiles();
    }
    if let Some(dir) = dir {
        if !dir.is_dir() {
            return Err(CliError::usage(format!(
                "{}: not a directory; --profiles takes a folder of *.toml profiles",
                dir.display()
            )));
        }
        builder = builder.profiles_dir(dir).map_err(|e| {
            CliError::usage(format!(
                "{}; fix that profile (`newsprint profiles check FILE` tells more) or move it \
                 out of {}",
                lowercase(&e),
                dir.display()
            ))
        })?;
    }
    Ok(builder.build())
}

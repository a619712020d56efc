//! The `newsprint` command line: `newsprint [extract] INPUT...` extracts pages (one as pretty
//! JSON, many as JSON Lines, from files, folders, WARC files, manifests and standard input);
//! `newsprint eval DIR...` measures extraction against a labelled corpus (docs/eval.md);
//! `newsprint profiles list|check|learn` shows, checks and learns site profiles; `newsprint
//! inspect PAGE -o report.html` shows where each field came from.
//!
//! Exit status: 0 when the run completed (a failed page is an error record in the output,
//! whether it was given alone or among many), 1 with `--strict` when a page failed or when
//! a file could not be processed, 2 when the arguments are wrong (unknown option, missing
//! path, unknown field or metric, a profile that does not load).

mod ablate;
mod args;
mod batch;
mod by_profile;
mod corpus;
mod error;
mod eval_cmd;
mod extract_cmd;
mod folds;
mod gate;
mod guard;
mod input;
mod inspect_cmd;
mod learn_cmd;
mod learn_per_host;
mod output;
mod profiles_cmd;
mod progress;
mod render;
mod sources;
mod warc_input;
mod worst;

use std::process::ExitCode;

use clap::Parser;

use args::{Cli, Command};

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match &cli.command {
        Some(Command::Extract(args)) => extract_cmd::run(args),
        Some(Command::Eval(args)) => eval_cmd::run(args),
        Some(Command::Inspect(args)) => inspect_cmd::run(args),
        Some(Command::Profiles(command)) => profiles_cmd::run(command),
        None => extract_cmd::run(&cli.extract),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(err) => {
            eprintln!("newsprint: error: {err}");
            ExitCode::from(err.exit_code())
        }
    }
}

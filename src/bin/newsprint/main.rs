//! The `newsprint` command line: `newsprint [extract] FILE [--url URL] [--compact]` prints a
//! page's article as JSON; `newsprint eval DIR...` measures extraction against a labelled
//! corpus (docs/eval.md).
//!
//! Exit status: 0 on success, 1 when a page or file could not be processed, 2 when the
//! arguments are wrong (unknown option, missing or nonexistent path, unknown metric).

mod args;
mod corpus;
mod error;
mod eval_cmd;
mod extract_cmd;
mod guard;
mod input;
mod output;
mod worst;

use std::process::ExitCode;

use clap::Parser;

use args::{Cli, Command};

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match &cli.command {
        Some(Command::Extract(args)) => extract_cmd::run(args),
        Some(Command::Eval(args)) => eval_cmd::run(args),
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

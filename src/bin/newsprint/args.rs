//! The command line's grammar: `newsprint [extract] FILE` and `newsprint eval DIR...`.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand};

/// Turn a saved news page into structured data (headline, dates, byline, body, tags,
/// publisher), printed as JSON.
#[derive(Debug, Parser)]
#[command(
    name = "newsprint",
    version,
    args_conflicts_with_subcommands = true,
    subcommand_negates_reqs = true,
    after_help = "Examples:\n  newsprint page.html --url https://example.com/2024/05/01/story\n  \
                  curl -s https://example.com/story | newsprint - --compact\n  \
                  newsprint eval ../shared/corpus --worst title 10"
)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Option<Command>,
    /// `newsprint FILE` is short for `newsprint extract FILE`.
    #[command(flatten)]
    pub extract: ExtractArgs,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Extract the article of one page and print it as JSON (the default command).
    Extract(ExtractArgs),
    /// Measure extraction against a labelled corpus (see docs/eval.md).
    Eval(EvalArgs),
}

#[derive(Debug, Args)]
pub struct ExtractArgs {
    /// The page: an .html or .htm file, gzip-compressed (.gz), or - for standard input.
    #[arg(value_name = "FILE", required = true)]
    pub file: Option<PathBuf>,
    /// The URL the page was fetched from (selects the site profile, dates the page).
    #[arg(long, value_name = "URL")]
    pub url: Option<String>,
    /// Print the article on one line instead of pretty-printed.
    #[arg(long)]
    pub compact: bool,
}

#[derive(Debug, Args)]
pub struct EvalArgs {
    /// The corpus root holding source folders, or one source folder
    /// (<id>.json records beside <id>.html.gz or <id>.html pages).
    #[arg(value_name = "DIR", required = true)]
    pub dirs: Vec<PathBuf>,
    /// Also write the figures as JSON to FILE (- for standard output; the table then goes
    /// to standard error).
    #[arg(long, value_name = "FILE")]
    pub json: Option<PathBuf>,
    /// List the N pages scoring worst on metric FIELD (title, author, date, body, bow,
    /// with, without, tags, categories, sitename, author_f1, …) with what was expected,
    /// what was extracted, and where it came from.
    #[arg(long, num_args = 2, value_names = ["FIELD", "N"])]
    pub worst: Option<Vec<String>>,
    /// How many pages to extract at once (default: one per core).
    #[arg(long, short = 'j', value_name = "N")]
    pub jobs: Option<usize>,
}

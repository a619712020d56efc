//! The command line's grammar: `newsprint [extract] INPUT...`, `newsprint eval DIR...` and
//! `newsprint profiles list|check`.

use std::path::PathBuf;

use chrono::{DateTime, FixedOffset, NaiveDate, NaiveDateTime};
use clap::{Args, Parser, Subcommand, ValueEnum};

/// Turn saved news pages into structured data (headline, dates, byline, body, tags,
/// publisher): one page as pretty JSON, many as JSON Lines.
#[derive(Debug, Parser)]
#[command(
    name = "newsprint",
    version,
    args_conflicts_with_subcommands = true,
    subcommand_negates_reqs = true,
    after_help = "Inputs, mixed freely: page files (.html, .htm, and their .gz), folders \
                  (searched recursively for those), WARC files (.warc, .warc.gz), - for \
                  standard input, and --manifest FILE.jsonl.\n\n\
                  Exit status: 0 when the run completed (failed pages are error records in \
                  the output), 1 with --strict when a page failed, 2 for a usage error.\n\n\
                  Examples:\n  newsprint page.html --url https://example.com/2024/05/01/story\n  \
                  curl -s https://example.com/story | newsprint - --compact\n  \
                  newsprint saved-pages/ --output articles.jsonl\n  \
                  newsprint CC-MAIN-20240101-00000.warc.gz --fields headline,published,authors\n  \
                  newsprint --manifest pages.jsonl --format markdown\n  \
                  newsprint eval ../shared/corpus --worst title 10\n  \
                  newsprint eval ../shared/corpus --by-profile\n  \
                  newsprint profiles check my-site.toml\n  \
                  newsprint inspect page.html --url https://example.com/story -o report.html"
)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Option<Command>,
    /// `newsprint INPUT...` is short for `newsprint extract INPUT...`.
    #[command(flatten)]
    pub extract: ExtractArgs,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Extract the articles of pages (the default command).
    Extract(ExtractArgs),
    /// Measure extraction against a labelled corpus (see docs/eval.md).
    Eval(EvalArgs),
    /// Write an HTML report showing where each field came from on the page: the elements
    /// outlined, a selector for each, the candidates that lost.
    Inspect(InspectArgs),
    /// List the site profiles known, or check profile files.
    #[command(subcommand)]
    Profiles(ProfilesCommand),
}

/// The output format.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    /// Pretty JSON for one page, JSON Lines for more.
    Json,
    /// JSON Lines (one object per line, with `id` and `url`) even for one page.
    Jsonl,
    /// Plain text: headline, a metadata block, the body.
    Text,
    /// Markdown: headline, a metadata list, the body.
    Markdown,
}

#[derive(Debug, Args)]
pub struct ExtractArgs {
    /// The pages: .html/.htm files and their .gz, folders (recursive), .warc/.warc.gz
    /// files, or - for standard input.
    #[arg(value_name = "INPUT", required_unless_present = "manifest")]
    pub inputs: Vec<PathBuf>,
    /// A JSON Lines file of pages, one {"id", "url", "path" or "html"} per line (a relative
    /// path is read from the manifest's folder); - for standard input. May be repeated.
    #[arg(long, value_name = "FILE.jsonl")]
    pub manifest: Vec<PathBuf>,
    /// The URL the page was fetched from (one page only; for many, use --manifest).
    #[arg(long, value_name = "URL")]
    pub url: Option<String>,
    /// Print a single page's JSON on one line instead of pretty-printed.
    #[arg(long)]
    pub compact: bool,
    /// The output format.
    #[arg(long, value_enum, default_value_t = Format::Json)]
    pub format: Format,
    /// Keep only these article fields, in this order (e.g. headline,published,authors); `text`
    /// is the body as plain text, its blocks joined by blank lines.
    #[arg(long, value_name = "FIELD,...", value_delimiter = ',')]
    pub fields: Option<Vec<String>>,
    /// Write to FILE instead of standard output.
    #[arg(long, short = 'o', value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// How many pages to extract at once (default: one per core).
    #[arg(long, short = 'j', value_name = "N")]
    pub jobs: Option<usize>,
    /// Write each page as soon as it is done instead of in input order.
    #[arg(long)]
    pub unordered: bool,
    /// Let a manifest's "path" be absolute or climb out of the manifest's folder with `..`
    /// (refused by default: a manifest may come from elsewhere).
    #[arg(long)]
    pub allow_absolute_paths: bool,
    /// No progress bar and no summary on standard error.
    #[arg(long, short = 'q')]
    pub quiet: bool,
    /// Exit with status 1 when any page failed.
    #[arg(long)]
    pub strict: bool,
    /// The largest page accepted, after decompression (bytes, or with K, M, G).
    #[arg(long, value_name = "SIZE", default_value = "64M", value_parser = parse_size)]
    pub max_page_size: u64,
    /// Also use the site profiles (*.toml) in DIR; one with a built-in's id replaces it.
    #[arg(long, value_name = "DIR")]
    pub profiles: Option<PathBuf>,
    /// Leave out the built-in site profiles.
    #[arg(long)]
    pub no_profiles: bool,
    /// The reference time for relative dates ("3 hours ago", "yesterday", "vor 2 Tagen"):
    /// when the pages were fetched, in RFC 3339 with its UTC offset
    /// (2024-07-22T15:40:00+02:00, or Z for UTC). Without it, a relative date is resolved
    /// against a date the page gives as today (a header banner), else left out with a
    /// warning.
    #[arg(long, value_name = "DATETIME", value_parser = parse_now)]
    pub now: Option<DateTime<FixedOffset>>,
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
    /// Fail (exit 1) when any figure falls more than 0.005 below the one in FILE (a JSON
    /// written by --json): the regression gate.
    #[arg(long, value_name = "FILE")]
    pub baseline: Option<PathBuf>,
    /// Also show the figures per site profile matched (`(none)` for the pages no profile
    /// matched), each beside the same pages extracted with the profiles disabled
    /// (`<id> (generic)`), so that a profile can be compared with the generic rules.
    #[arg(long)]
    pub by_profile: bool,
    /// Also use the site profiles (*.toml) in DIR; one with a built-in's id replaces it (to
    /// measure a profile while writing it, without rebuilding).
    #[arg(long, value_name = "DIR")]
    pub profiles: Option<PathBuf>,
    /// Also show the figures per fold: the pages split into K folds by a hash of their host
    /// (every page of a site in one fold), with the spread between folds, so that a change
    /// can be judged on sites it was not written for.
    #[arg(long, value_name = "K", value_parser = clap::value_parser!(u16).range(2..=50))]
    pub folds: Option<u16>,
    /// Write each page's scores to FILE (JSON Lines), for a later --compare-scores.
    #[arg(long, value_name = "FILE")]
    pub save_scores: Option<PathBuf>,
    /// Compare this run with the page scores saved in FILE by --save-scores: per metric, the
    /// change in each fold (--folds K, 3 by default), the pages and hosts better and worse,
    /// and whether the change holds (no fold lost, two won, better pages on 3+ hosts).
    #[arg(long, value_name = "FILE")]
    pub compare_scores: Option<PathBuf>,
    /// For every host with two pages or more: learn a profile from its other pages and
    /// score the page left out, one page at a time; print, on those pages, the generic
    /// rules, the learned profile alone, and the learned profile with the generic rules
    /// where it finds nothing.
    #[arg(long)]
    pub learn_per_host: bool,
    /// Switch off the named heuristic rules (comma-separated) for this run, to measure what
    /// they earn; `--ablate` lists every rule's name.
    #[arg(long, value_name = "RULE,…", value_delimiter = ',')]
    pub without: Vec<String>,
    /// After this run, run again with each heuristic rule switched off in turn (those whose
    /// name starts with PREFIX, e.g. `tags.`; all without one) and print a line per rule: its
    /// verdict, the pages and hosts better and worse with it off, and per metric the change
    /// in each fold (--folds K, 3 by default).
    #[arg(long, value_name = "PREFIX", num_args = 0..=1, default_missing_value = "")]
    pub ablate: Option<String>,
}

/// `newsprint inspect PAGE -o report.html`.
#[derive(Debug, Args)]
pub struct InspectArgs {
    /// The page (.html, .htm, or their .gz).
    #[arg(value_name = "PAGE")]
    pub page: PathBuf,
    /// The page's URL (it picks the site profile and helps date the page).
    #[arg(long)]
    pub url: Option<String>,
    /// Also use the site profiles (*.toml) in DIR.
    #[arg(long, value_name = "DIR")]
    pub profiles: Option<PathBuf>,
    /// Leave out the built-in profiles.
    #[arg(long)]
    pub no_profiles: bool,
    /// The report to write (one self-contained HTML file).
    #[arg(short, long, value_name = "FILE")]
    pub output: PathBuf,
    /// Print nothing on standard error.
    #[arg(short, long)]
    pub quiet: bool,
}

#[derive(Debug, Subcommand)]
pub enum ProfilesCommand {
    /// List every profile known: id, hosts and fields.
    List {
        /// Also list the profiles (*.toml) in DIR.
        #[arg(long, value_name = "DIR")]
        profiles: Option<PathBuf>,
        /// Leave out the built-in profiles.
        #[arg(long)]
        no_profiles: bool,
    },
    /// Load profile files and run their [[test]] entries (fixtures are read from the
    /// current folder, else from the profile's folder).
    Check {
        /// The profile files (.toml).
        #[arg(value_name = "FILE", required = true)]
        files: Vec<PathBuf>,
    },
    /// Learn a site profile from pages of one site: labelled pages in the corpus format
    /// (<id>.json with url and expected values beside <id>.html[.gz]), or, with
    /// --from-generic, pages with only their URL.
    Learn(LearnArgs),
}

#[derive(Debug, Args)]
pub struct LearnArgs {
    /// The folder of pages (<id>.json beside <id>.html.gz or <id>.html).
    #[arg(value_name = "DIR", required_unless_present = "manifest")]
    pub dir: Option<PathBuf>,
    /// Pages listed in a JSON Lines file, one {"url", "path"} per line (a relative path is
    /// read from the manifest's folder); for --from-generic.
    #[arg(long, value_name = "FILE.jsonl")]
    pub manifest: Option<PathBuf>,
    /// Write the profile to FILE (default: standard output).
    #[arg(long, short = 'o', value_name = "FILE.toml")]
    pub output: Option<PathBuf>,
    /// The profile's id (default: its first host, with - for .).
    #[arg(long, value_name = "ID")]
    pub id: Option<String>,
    /// Take the generic rules' output as the labels: a field's rule is kept where it agrees
    /// with it on 80% of the pages or more (pins the site's template for the drift
    /// warnings).
    #[arg(long)]
    pub from_generic: bool,
}

/// A size in bytes: `1000`, `64K`, `64M`, `1G` (binary multiples; `KiB`, `MB` … accepted).
fn parse_size(text: &str) -> Result<u64, String> {
    let t = text.trim();
    let digits = t.find(|c: char| !c.is_ascii_digit()).unwrap_or(t.len());
    let (number, unit) = t.split_at(digits);
    let number: u64 = number
        .parse()
        .map_err(|_| format!("{text:?} is not a size; write e.g. 64M, 512K or 1000000"))?;
    let shift = match unit.trim().to_ascii_lowercase().as_str() {
        "" | "b" => 0,
        "k" | "kb" | "kib" => 10,
        "m" | "mb" | "mib" => 20,
        "g" | "gb" | "gib" => 30,
        _ => {
            return Err(format!(
                "{text:?}: unknown unit; write e.g. 64M, 512K or 1000000"
            ));
        }
    };
    number
        .checked_mul(1 << shift)
        .filter(|&n| n > 0)
        .ok_or_else(|| format!("{text:?} is not a usable size; write e.g. 64M"))
}

/// An RFC 3339 date-time with its offset: `2024-07-22T15:40:00+02:00`, `2024-07-22T13:40:00Z`
/// (a space for the `T` is accepted). A date or a time without an offset is refused with a
/// hint: the offset decides the day of "yesterday".
fn parse_now(text: &str) -> Result<DateTime<FixedOffset>, String> {
    let t = text.trim();
    if let Ok(now) = DateTime::parse_from_rfc3339(t) {
        return Ok(now);
    }
    let example = "write e.g. 2024-07-22T15:40:00+02:00, or 2024-07-22T13:40:00Z for UTC";
    let local = NaiveDateTime::parse_from_str(t, "%Y-%m-%dT%H:%M:%S")
        .or_else(|_| NaiveDateTime::parse_from_str(t, "%Y-%m-%d %H:%M:%S"))
        .or_else(|_| NaiveDateTime::parse_from_str(t, "%Y-%m-%dT%H:%M"));
    if local.is_ok() {
        return Err(format!("{text:?} has no UTC offset; {example}"));
    }
    if NaiveDate::parse_from_str(t, "%Y-%m-%d").is_ok() {
        return Err(format!(
            "{text:?} is a date without a time and offset; {example}"
        ));
    }
    Err(format!("{text:?} is not an RFC 3339 date-time; {example}"))
}

#[cfg(test)]
mod tests {
    use super::{parse_now, parse_size};

    #[test]
    fn reference_times() {
        let now = parse_now("2024-07-22T15:40:00+02:00").unwrap();
        assert_eq!(now.to_rfc3339(), "2024-07-22T15:40:00+02:00");
        assert_eq!(
            parse_now("2024-07-22T13:40:00Z").unwrap().to_rfc3339(),
            "2024-07-22T13:40:00+00:00"
        );
        assert!(
            parse_now("2024-07-22T15:40:00")
                .unwrap_err()
                .contains("no UTC offset")
        );
        assert!(
            parse_now("2024-07-22")
                .unwrap_err()
                .contains("without a time")
        );
        assert!(
            parse_now("yesterday")
                .unwrap_err()
                .contains("not an RFC 3339")
        );
    }

    #[test]
    fn sizes() {
        assert_eq!(parse_size("1000"), Ok(1000));
        assert_eq!(parse_size("64M"), Ok(64 << 20));
        assert_eq!(parse_size("2KiB"), Ok(2048));
        assert!(parse_size("lots").is_err());
        assert!(parse_size("0").is_err());
    }
}

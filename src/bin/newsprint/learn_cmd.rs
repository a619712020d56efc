//! `newsprint profiles learn DIR -o FILE.toml`: reads the pages of one site and writes the
//! profile the library learns from them (`newsprint::profile::learn`).

use std::fs;
use std::path::{Path, PathBuf};

use newsprint::Page;
use newsprint::eval::Record;
use newsprint::profile::learn::{FROM_GENERIC_AGREEMENT, LearnOptions, LearnPage, learn};
use serde::Deserialize;

use crate::args::LearnArgs;
use crate::corpus::{self, Entry};
use crate::error::{CliError, display_path, lowercase};
use crate::{input, output};

/// One line of a `--manifest`.
#[derive(Deserialize)]
struct ManifestLine {
    url: Option<String>,
    path: PathBuf,
}

pub fn run(args: &LearnArgs) -> Result<(), CliError> {
    let mut pages = Vec::new();
    if let Some(dir) = &args.dir {
        for entry in corpus::find(std::slice::from_ref(dir))? {
            let (record, html, page) = read_entry(&entry)?;
            let url = record.url.clone();
            pages.push(LearnPage::new(html, url, record).fixture(display_path(&page)));
        }
    }
    if let Some(manifest) = &args.manifest {
        pages.extend(read_manifest(manifest)?);
    }
    if pages.is_empty() {
        return Err(CliError::usage("no pages to learn from"));
    }
    let options = LearnOptions {
        id: args.id.clone(),
        from_generic: args.from_generic,
    };
    let learned = learn(&pages, &options);
    let toml = learned.to_toml();
    match &args.output {
        Some(path) => fs::write(path, &toml).map_err(|e| CliError::io(path, "write it", &e))?,
        None => output::print(&toml)?,
    }
    let names = |fields: Vec<&str>| {
        if fields.is_empty() {
            "none".to_string()
        } else {
            fields.join(", ")
        }
    };
    let kept: Vec<&str> = learned
        .fields()
        .iter()
        .map(|f| f.target.field().as_str())
        .collect();
    let left: Vec<&str> = learned
        .left_out()
        .iter()
        .map(|t| t.field().as_str())
        .collect();
    eprintln!(
        "learned profile {:?} from {} pages{}: fields {}; left to the generic rules: {}",
        learned.id(),
        pages.len(),
        if args.from_generic {
            format!(
                " (generic output as labels, {:.0}% agreement)",
                FROM_GENERIC_AGREEMENT * 100.0
            )
        } else {
            String::new()
        },
        names(kept),
        names(left)
    );
    Ok(())
}

/// A corpus entry's record, its page's HTML and the page's path.
pub fn read_entry(entry: &Entry) -> Result<(Record, String, PathBuf), CliError> {
    let path = &entry.record;
    let json = fs::read_to_string(path).map_err(|e| CliError::io(path, "read it", &e))?;
    let record = Record::from_json(&json).map_err(|e| {
        CliError::failure(format!(
            "{}: not a corpus record ({}); see docs/eval.md for the format",
            display_path(path),
            lowercase(&e)
        ))
    })?;
    let Some(page) = &entry.page else {
        return Err(CliError::failure(format!(
            "{}: no page beside it; add <id>.html.gz or <id>.html",
            display_path(path)
        )));
    };
    let bytes = input::read_page(page, input::MAX_PAGE_BYTES)?;
    let html = Page::from_bytes(&bytes).html().to_string();
    Ok((record, html, page.clone()))
}

/// The pages a manifest lists, unlabelled.
fn read_manifest(manifest: &Path) -> Result<Vec<LearnPage>, CliError> {
    let text = fs::read_to_string(manifest).map_err(|e| CliError::io(manifest, "read it", &e))?;
    let folder = manifest.parent().unwrap_or(Path::new("."));
    let mut pages = Vec::new();
    for (n, line) in text
        .lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty())
    {
        let line: ManifestLine = serde_json::from_str(line).map_err(|e| {
            CliError::usage(format!(
                "{}: line {}: not a {{\"url\", \"path\"}} object ({})",
                display_path(manifest),
                n + 1,
                lowercase(&e)
            ))
        })?;
        let path = folder.join(&line.path);
        let bytes = input::read_page(&path, input::MAX_PAGE_BYTES)?;
        let html = Page::from_bytes(&bytes).html().to_string();
        let page = LearnPage::new(html, line.url, Record::default());
        pages.push(page.fixture(display_path(&path)));
    }
    Ok(pages)
}

//! Finding the pages of an evaluation corpus on disk: `<source>/<id>.json` records beside
//! `<source>/<id>.html.gz` (or `.html`, `.htm`) pages. A directory is either a source folder
//! (it holds records) or a corpus root (its subfolders do).

use std::collections::BTreeSet;
use std::fs;
use std::path::{Path, PathBuf};

use crate::error::{CliError, display_path};

/// The page files tried beside `<id>.json`, in order.
const PAGE_EXTENSIONS: [&str; 4] = ["html.gz", "html", "htm", "htm.gz"];

/// One labelled page.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Entry {
    /// The record, `<id>.json`.
    pub record: PathBuf,
    /// The page beside it, when there is one.
    pub page: Option<PathBuf>,
    /// The name of the folder holding it: the source when the record names none.
    pub folder: String,
}

/// Every labelled page under the given directories, sorted by path, without duplicates.
pub fn find(dirs: &[PathBuf]) -> Result<Vec<Entry>, CliError> {
    let mut entries = BTreeSet::new();
    for dir in dirs {
        let before = entries.len();
        if !dir.is_dir() {
            return Err(CliError::usage(format!(
                "{}: not a directory; pass the corpus root (holding source folders) or one \
                 source folder",
                display_path(dir)
            )));
        }
        let records = records_in(dir)?;
        if !is_source_folder(&records) {
            for sub in subdirectories(dir)? {
                let records = records_in(&sub)?;
                if is_source_folder(&records) {
                    entries.extend(records);
                }
            }
        } else {
            entries.extend(records);
        }
        if entries.len() == before {
            return Err(CliError::usage(format!(
                "{}: holds no <id>.json records, nor do its folders; pass the corpus root \
                 (e.g. ../shared/corpus) or one of its source folders",
                display_path(dir)
            )));
        }
    }
    Ok(entries.into_iter().collect())
}

/// The records directly in `dir`.
fn records_in(dir: &Path) -> Result<Vec<Entry>, CliError> {
    let folder = dir
        .canonicalize()
        .ok()
        .and_then(|d| d.file_name().map(|n| n.to_string_lossy().into_owned()))
        .unwrap_or_default();
    let mut entries = Vec::new();
    for path in list(dir)? {
        let Some(stem) = path
            .file_name()
            .and_then(|n| n.to_str())
            .and_then(|n| n.strip_suffix(".json"))
        else {
            continue;
        };
        if !path.is_file() {
            continue;
        }
        let page = PAGE_EXTENSIONS
            .iter()
            .map(|ext| dir.join(format!("{stem}.{ext}")))
            .find(|p| p.is_file());
        entries.push(Entry {
            record: path,
            page,
            folder: folder.clone(),
        });
    }
    Ok(entries)
}

/// Whether a folder's JSON files are records: at least one has its page beside it (so a
/// folder of unrelated JSON files is not taken for a source).
fn is_source_folder(records: &[Entry]) -> bool {
    records.iter().any(|r| r.page.is_some())
}

/// The folders directly in `dir`.
fn subdirectories(dir: &Path) -> Result<Vec<PathBuf>, CliError> {
    Ok(list(dir)?.into_iter().filter(|p| p.is_dir()).collect())
}

/// The paths in `dir`, sorted.
fn list(dir: &Path) -> Result<Vec<PathBuf>, CliError> {
    let read = fs::read_dir(dir).map_err(|e| CliError::io(dir, "list it", &e))?;
    let mut paths: Vec<PathBuf> = read.filter_map(|e| e.ok().map(|e| e.path())).collect();
    paths.sort();
    Ok(paths)
}

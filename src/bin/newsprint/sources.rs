//! What the command line names, turned into a stream of pages: page files, folders (searched
//! recursively), standard input, manifests and WARC files, in the order given.

use std::fs::{self, File};
use std::io::{self, BufRead, BufReader, Read};
use std::path::{Path, PathBuf};

use serde_json::Value;

use crate::error::{CliError, display_path, lowercase};
use crate::warc_input;

/// One page to extract, or the failure to find it.
pub struct Job {
    /// The manifest id, the file path or the WARC record id.
    pub id: String,
    pub url: Option<String>,
    pub content: Content,
}

pub enum Content {
    /// A page file (or `-`), read by the worker.
    File(PathBuf),
    /// Page bytes, with the charset declared outside the page.
    Bytes {
        bytes: Vec<u8>,
        charset: Option<String>,
    },
    /// Page text (from a manifest's `html`).
    Text(String),
    /// The page could not be had: the message says why.
    Failed(String),
}

impl Job {
    pub fn failed(id: &str, url: Option<String>, message: String) -> Job {
        Job {
            id: id.to_string(),
            url,
            content: Content::Failed(message),
        }
    }
}

/// One input named on the command line.
pub enum Input {
    /// `-`: one page from standard input.
    Stdin,
    /// `-` holding a WARC file (plain or gzip): its pages.
    StdinWarc,
    /// A page file.
    File(PathBuf),
    /// The page files found under a folder, or why one could not be listed.
    Dir(Vec<Result<PathBuf, (PathBuf, String)>>),
    Warc(PathBuf),
    /// A manifest and the number of records it seems to hold (None for standard input).
    Manifest(PathBuf, Option<u64>),
}

/// Everything to read, checked.
pub struct Plan {
    pub inputs: Vec<Input>,
    /// Whether a manifest's paths may be absolute or leave its folder.
    pub allow_absolute_paths: bool,
}

impl Plan {
    /// Checks the inputs and lists the folders (warning of an empty one unless `quiet`). A
    /// path that does not exist is a usage error.
    pub fn new(paths: &[PathBuf], manifests: &[PathBuf], quiet: bool) -> Result<Plan, CliError> {
        let stdin_uses = paths
            .iter()
            .chain(manifests)
            .filter(|p| is_stdin(p))
            .count();
        if stdin_uses > 1 {
            return Err(CliError::usage(
                "standard input (-) is named more than once; name it once, as a page or as a \
                 --manifest",
            ));
        }
        let mut inputs = Vec::new();
        for path in paths {
            if is_stdin(path) {
                inputs.push(stdin_input()?);
                continue;
            }
            let meta = fs::metadata(path).map_err(|e| CliError::io(path, "read it", &e))?;
            if meta.is_dir() {
                let mut found = Vec::new();
                walk(path, &mut found);
                if found.is_empty() && !quiet {
                    eprintln!(
                        "newsprint: warning: {}: no pages found (pages are .html, .htm, \
                         .html.gz, .htm.gz files)",
                        path.display()
                    );
                }
                inputs.push(Input::Dir(found));
            } else if warc_input::is_warc(path) {
                inputs.push(Input::Warc(path.clone()));
            } else {
                inputs.push(Input::File(path.clone()));
            }
        }
        for path in manifests {
            if is_stdin(path) {
                inputs.push(Input::Manifest(path.clone(), None));
                continue;
            }
            // A manifest on a pipe is read as its lines come, never counted first.
            let meta = fs::metadata(path).map_err(|e| CliError::io(path, "read it", &e))?;
            if !meta.is_file() {
                inputs.push(Input::Manifest(path.clone(), None));
                continue;
            }
            let file = File::open(path).map_err(|e| CliError::io(path, "open it", &e))?;
            let count = count_records(file).map_err(|e| CliError::io(path, "read it", &e))?;
            inputs.push(Input::Manifest(path.clone(), Some(count)));
        }
        Ok(Plan {
            inputs,
            allow_absolute_paths: false,
        })
    }

    /// One page given alone (a file or standard input): printed as before, not as a record.
    pub fn is_single_page(&self) -> bool {
        matches!(self.inputs.as_slice(), [Input::Stdin | Input::File(_)])
    }

    /// The number of pages, when it is known before reading.
    pub fn total(&self) -> Option<u64> {
        self.inputs.iter().try_fold(0u64, |sum, input| {
            Some(
                sum + match input {
                    Input::Stdin | Input::File(_) => 1,
                    Input::Dir(found) => found.len() as u64,
                    Input::Manifest(_, count) => (*count)?,
                    Input::Warc(_) | Input::StdinWarc => return None,
                },
            )
        })
    }

    /// Hands every page to `emit`, in order, until it returns false.
    pub fn produce(self, max: u64, emit: &mut dyn FnMut(Job) -> bool) {
        let allow_absolute = self.allow_absolute_paths;
        for input in self.inputs {
            let go_on = match input {
                Input::Stdin => emit(Job {
                    id: "-".into(),
                    url: None,
                    content: Content::File(PathBuf::from("-")),
                }),
                Input::File(path) => emit(file_job(path)),
                Input::Dir(found) => found.into_iter().all(|entry| match entry {
                    Ok(path) => emit(file_job(path)),
                    Err((path, message)) => emit(Job::failed(&display_path(&path), None, message)),
                }),
                Input::StdinWarc => {
                    let mut go_on = true;
                    warc_input::read_stream("-", io::stdin().lock(), max, &mut |job| {
                        go_on = emit(job);
                        go_on
                    });
                    go_on
                }
                Input::Warc(path) => {
                    let mut go_on = true;
                    warc_input::read(&path, max, &mut |job| {
                        go_on = emit(job);
                        go_on
                    });
                    go_on
                }
                Input::Manifest(path, _) => read_manifest(&path, max, allow_absolute, emit),
            };
            if !go_on {
                return;
            }
        }
    }
}

/// Standard input as a page or as a WARC file, told apart by its first bytes. They stay in
/// standard input's own buffer, so whoever reads it next reads them again.
fn stdin_input() -> Result<Input, CliError> {
    let head = io::stdin()
        .lock()
        .fill_buf()
        .map_err(|e| CliError::failure(format!("cannot read standard input ({})", lowercase(&e))))?
        .to_vec();
    Ok(if warc_input::starts_like_warc(&head) {
        Input::StdinWarc
    } else {
        Input::Stdin
    })
}

fn is_stdin(path: &Path) -> bool {
    path == Path::new("-")
}

fn file_job(path: PathBuf) -> Job {
    Job {
        id: path.display().to_string(),
        url: None,
        content: Content::File(path),
    }
}

/// Whether a file name is a page's: `.html`, `.htm`, and their `.gz`.
fn is_page_name(path: &Path) -> bool {
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().to_ascii_lowercase())
        .unwrap_or_default();
    let name = name.strip_suffix(".gz").unwrap_or(&name);
    name.ends_with(".html") || name.ends_with(".htm")
}

/// The page files under `dir`, recursively, sorted by name; symbolic links to folders are
/// not followed (no loops), links to files are.
fn walk(dir: &Path, found: &mut Vec<Result<PathBuf, (PathBuf, String)>>) {
    let entries = match fs::read_dir(dir) {
        Ok(entries) => entries,
        Err(e) => {
            found.push(Err((
                dir.to_path_buf(),
                format!(
                    "{}: cannot list this folder ({}); check its permissions",
                    dir.display(),
                    lowercase(&e)
                ),
            )));
            return;
        }
    };
    let mut entries: Vec<_> = entries
        .filter_map(|e| e.ok())
        .map(|e| (e.path(), e.file_type().ok()))
        .collect();
    entries.sort_by(|a, b| a.0.cmp(&b.0));
    for (path, kind) in entries {
        if kind.is_some_and(|k| k.is_dir()) {
            walk(&path, found);
        } else if is_page_name(&path) && !fs::metadata(&path).is_ok_and(|m| m.is_dir()) {
            found.push(Ok(path));
        }
    }
}

/// The non-blank lines of a manifest.
fn count_records(file: File) -> io::Result<u64> {
    let mut reader = BufReader::with_capacity(1 << 16, file);
    let mut count = 0;
    let mut blank = true;
    loop {
        let buf = reader.fill_buf()?;
        if buf.is_empty() {
            break;
        }
        for &b in buf {
            if b == b'\n' {
                count += u64::from(!blank);
                blank = true;
            } else if !b.is_ascii_whitespace() {
                blank = false;
            }
        }
        let n = buf.len();
        reader.consume(n);
    }
    Ok(count + u64::from(!blank))
}

/// Hands on the pages of a manifest, one JSON object a line.
fn read_manifest(
    path: &Path,
    max: u64,
    allow_absolute: bool,
    emit: &mut dyn FnMut(Job) -> bool,
) -> bool {
    let name = display_path(path);
    let reader: Box<dyn BufRead> = if is_stdin(path) {
        Box::new(io::stdin().lock())
    } else {
        match File::open(path) {
            Ok(file) => Box::new(BufReader::new(file)),
            Err(e) => {
                return emit(Job::failed(
                    &name,
                    None,
                    CliError::io(path, "open it", &e).message,
                ));
            }
        }
    };
    let base = if is_stdin(path) {
        PathBuf::new()
    } else {
        path.parent().map(Path::to_path_buf).unwrap_or_default()
    };
    // A line holds at most a page as JSON, escapes and all.
    let line_cap = max.saturating_mul(2).saturating_add(1 << 20);
    let mut reader = reader;
    let mut number = 0u64;
    let mut line = Vec::new();
    loop {
        line.clear();
        number += 1;
        let read = (&mut reader).take(line_cap).read_until(b'\n', &mut line);
        let at = format!("{name} line {number}");
        match read {
            Ok(0) => return true,
            Ok(_) => {}
            Err(e) => {
                return emit(Job::failed(
                    &format!("{name}:{number}"),
                    None,
                    format!("{at}: cannot read it ({}); check the file", lowercase(&e)),
                ));
            }
        }
        if line.len() as u64 >= line_cap && !line.ends_with(b"\n") {
            let _ = reader.skip_until(b'\n');
            if !emit(Job::failed(
                &format!("{name}:{number}"),
                None,
                format!(
                    "{at}: a record longer than twice --max-page-size; split the page out into a file and give its \"path\""
                ),
            )) {
                return false;
            }
            continue;
        }
        if line.iter().all(u8::is_ascii_whitespace) {
            continue;
        }
        let fallback_id = format!("{name}:{number}");
        if !emit(manifest_job(
            &line,
            &at,
            &fallback_id,
            &base,
            allow_absolute,
        )) {
            return false;
        }
    }
}

/// The job for one manifest record.
fn manifest_job(
    line: &[u8],
    at: &str,
    fallback_id: &str,
    base: &Path,
    allow_absolute: bool,
) -> Job {
    let hint = "each line must be a JSON object with \"id\", \"url\", and \"path\" or \"html\"";
    let record: Value = match serde_json::from_slice(line) {
        Ok(value @ Value::Object(_)) => value,
        Ok(_) => {
            return Job::failed(
                fallback_id,
                None,
                format!("{at}: not a JSON object; {hint}"),
            );
        }
        Err(e) => {
            return Job::failed(
                fallback_id,
                None,
                format!("{at}: not JSON ({}); {hint}", lowercase(&e)),
            );
        }
    };
    let id = match &record["id"] {
        Value::String(s) => s.clone(),
        Value::Number(n) => n.to_string(),
        _ => fallback_id.to_string(),
    };
    let url = record["url"].as_str().map(str::to_string);
    let content = match (&record["path"], &record["html"]) {
        (Value::String(p), _) if !allow_absolute && leaves_folder(Path::new(p)) => {
            Content::Failed(format!(
                "{at}: the path {p:?} is absolute or leaves the manifest's folder; give a path \
                 inside it, or pass --allow-absolute-paths if you trust the manifest"
            ))
        }
        (Value::String(p), _) => {
            let p = Path::new(p);
            Content::File(if p.is_absolute() {
                p.to_path_buf()
            } else {
                base.join(p)
            })
        }
        (_, Value::String(html)) => Content::Text(html.clone()),
        _ => Content::Failed(format!(
            "{at}: no \"path\" or \"html\" string (id {id:?}); {hint}"
        )),
    };
    Job { id, url, content }
}

/// True when a manifest's page path is absolute or climbs out of the manifest's folder
/// with `..`: refused unless `--allow-absolute-paths`, since a manifest may come from
/// elsewhere.
fn leaves_folder(path: &Path) -> bool {
    path.is_absolute()
        || path
            .components()
            .any(|c| matches!(c, std::path::Component::ParentDir))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn page_names() {
        assert!(is_page_name(Path::new("a/b.html")));
        assert!(is_page_name(Path::new("b.HTM.gz")));
        assert!(!is_page_name(Path::new("b.json")));
        assert!(!is_page_name(Path::new("b.gz")));
    }

    #[test]
    fn manifest_records() {
        let job = manifest_job(
            br#"{"id": 7, "url": "https://x.test/", "path": "p.html"}"#,
            "m line 1",
            "m:1",
            Path::new("dir"),
            false,
        );
        assert_eq!(job.id, "7");
        assert!(matches!(job.content, Content::File(p) if p == Path::new("dir/p.html")));
        let job = manifest_job(b"[1]", "m line 2", "m:2", Path::new(""), false);
        assert!(matches!(job.content, Content::Failed(m) if m.contains("not a JSON object")));
        let job = manifest_job(br#"{"id": "a"}"#, "m line 3", "m:3", Path::new(""), false);
        assert!(matches!(job.content, Content::Failed(m) if m.contains("no \"path\" or \"html\"")));
        for outside in [
            r#"{"path": "/etc/passwd"}"#,
            r#"{"path": "a/../../b.html"}"#,
        ] {
            let job = manifest_job(outside.as_bytes(), "m line 4", "m:4", Path::new("d"), false);
            assert!(
                matches!(job.content, Content::Failed(m) if m.contains("--allow-absolute-paths"))
            );
            let job = manifest_job(outside.as_bytes(), "m line 4", "m:4", Path::new("d"), true);
            assert!(matches!(job.content, Content::File(_)));
        }
    }
}

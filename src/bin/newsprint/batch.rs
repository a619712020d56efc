//! Many pages as a stream: one thread reads the inputs in order, a rayon pool extracts and
//! renders, and the calling thread writes — in input order unless `--unordered`. At most a
//! window of pages (four per job, at least 16) is between reading and writing at any time,
//! so memory stays bounded however many pages there are.

use std::collections::BTreeMap;
use std::io::{IsTerminal, Write};
use std::sync::mpsc;
use std::sync::{Condvar, Mutex};
use std::thread;
use std::time::{Duration, Instant};

use indicatif::{ProgressBar, ProgressDrawTarget};
use newsprint::{Extractor, Page};
use rayon::prelude::*;

use crate::error::{CliError, lowercase};
use crate::input;
use crate::render::Renderer;
use crate::sources::{Content, Job, Plan};
use crate::{guard, output};

/// How a batch runs.
pub struct Options {
    pub jobs: usize,
    pub unordered: bool,
    pub quiet: bool,
    pub max_page_size: u64,
}

/// What a run did.
#[derive(Debug, Default)]
pub struct Summary {
    pub pages: u64,
    pub failed: u64,
    pub bytes: u64,
    pub elapsed: Duration,
}

impl Summary {
    pub fn line(&self) -> String {
        let secs = self.elapsed.as_secs_f64().max(1e-6);
        format!(
            "newsprint: {} pages, {} extracted, {} failed in {:.2} s ({:.1} pages/s, {:.1} MB/s)",
            self.pages,
            self.pages - self.failed,
            self.failed,
            secs,
            self.pages as f64 / secs,
            self.bytes as f64 / 1e6 / secs
        )
    }
}

/// One page, done.
pub struct Done {
    /// What to write.
    pub text: String,
    /// Why it failed, when it did.
    pub error: Option<String>,
    /// The page's size in bytes, when it was read.
    pub bytes: u64,
}

/// Reads, extracts and renders one page; a failure becomes an error record.
pub fn process(job: Job, extractor: &Extractor, renderer: &Renderer, max: u64) -> Done {
    let Job { id, url, content } = job;
    let outcome =
        extract(&id, url.as_deref(), content, extractor, max).and_then(|(article, bytes)| {
            renderer
                .article(&id, url.as_deref(), &article)
                .map(|text| (text, bytes))
        });
    match outcome {
        Ok((text, bytes)) => Done {
            text,
            error: None,
            bytes,
        },
        Err(error) => Done {
            text: renderer.failure(&id, url.as_deref(), &error),
            error: Some(error),
            bytes: 0,
        },
    }
}

/// The article of one page and the page's size.
pub fn extract(
    id: &str,
    url: Option<&str>,
    content: Content,
    extractor: &Extractor,
    max: u64,
) -> Result<(newsprint::Article, u64), String> {
    let (page, bytes) = match content {
        Content::File(path) => {
            let bytes = input::read_page(&path, max).map_err(|e| e.message)?;
            (Page::from_bytes(&bytes), bytes.len())
        }
        Content::Bytes { bytes, charset } => (
            Page::from_bytes_with_charset(&bytes, charset.as_deref()),
            bytes.len(),
        ),
        Content::Text(text) => {
            let len = text.len();
            if len as u64 > max {
                return Err(input::too_large(id, max).message);
            }
            (Page::from_bytes(text.as_bytes()), len)
        }
        Content::Failed(message) => return Err(message),
    };
    let page = match url {
        Some(url) => page.url(url),
        None => page,
    };
    let article = guard::catch(|| extractor.extract(&page)).map_err(|panic| {
        format!(
            "{id}: extraction failed ({panic}); this is a bug in newsprint, please report it \
             with the page"
        )
    })?;
    Ok((article, bytes as u64))
}

/// Holds the reader back so that it is never more than a window of pages ahead of the
/// writer.
struct Gate {
    state: Mutex<(u64, bool)>,
    moved: Condvar,
    window: u64,
}

impl Gate {
    /// Waits until page `seq` may be read; false when the run is cancelled.
    fn admit(&self, seq: u64) -> bool {
        let Ok(mut state) = self.state.lock() else {
            return false;
        };
        while !state.1 && seq >= state.0 + self.window {
            state = match self.moved.wait(state) {
                Ok(state) => state,
                Err(_) => return false,
            };
        }
        !state.1
    }

    fn written(&self, count: u64) {
        if let Ok(mut state) = self.state.lock() {
            state.0 = count;
        }
        self.moved.notify_all();
    }

    fn cancel(&self) {
        if let Ok(mut state) = self.state.lock() {
            state.1 = true;
        }
        self.moved.notify_all();
    }
}

/// Runs the whole batch, writing to `out`.
pub fn run(
    plan: Plan,
    options: &Options,
    extractor: &Extractor,
    renderer: &Renderer,
    out: &mut dyn Write,
) -> Result<Summary, CliError> {
    let started = Instant::now();
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(options.jobs)
        .build()
        .map_err(|e| {
            CliError::failure(format!(
                "cannot start {} threads: {}",
                options.jobs,
                lowercase(&e)
            ))
        })?;
    let progress = progress_bar(plan.total(), options.quiet);
    let window = (options.jobs as u64 * 4).max(16);
    let gate = Gate {
        state: Mutex::new((0, false)),
        moved: Condvar::new(),
        window,
    };
    let (job_tx, job_rx) = mpsc::sync_channel::<(u64, Job)>(window as usize);
    let (done_tx, done_rx) = mpsc::channel::<(u64, Done)>();
    let max = options.max_page_size;
    let mut summary = Summary::default();
    let mut result = Ok(());

    thread::scope(|scope| {
        let gate = &gate;
        scope.spawn(move || {
            let mut seq = 0;
            plan.produce(max, &mut |job| {
                if !gate.admit(seq) || job_tx.send((seq, job)).is_err() {
                    return false;
                }
                seq += 1;
                true
            });
        });
        let pool = &pool;
        scope.spawn(move || {
            pool.install(|| {
                job_rx
                    .into_iter()
                    .par_bridge()
                    .for_each_with(done_tx, |tx, (seq, job)| {
                        let _ = tx.send((seq, process(job, extractor, renderer, max)));
                    });
            });
        });

        let mut pending = BTreeMap::new();
        let mut next = 0u64;
        let mut write = |done: Done, summary: &mut Summary| -> Result<bool, CliError> {
            summary.pages += 1;
            summary.bytes += done.bytes;
            if let Some(error) = &done.error {
                summary.failed += 1;
                if !options.quiet {
                    progress.suspend(|| eprintln!("newsprint: page failed: {error}"));
                }
            }
            progress.inc(1);
            output::write(out, &done.text)
        };
        while let Ok((seq, done)) = done_rx.recv() {
            let step = if options.unordered {
                next += 1;
                write(done, &mut summary)
            } else {
                pending.insert(seq, done);
                let mut step = Ok(true);
                while let Some(done) = pending.remove(&next) {
                    next += 1;
                    step = write(done, &mut summary);
                    if !matches!(step, Ok(true)) {
                        break;
                    }
                }
                step
            };
            gate.written(next);
            match step {
                Ok(true) => {}
                Ok(false) => break,
                Err(e) => {
                    result = Err(e);
                    break;
                }
            }
        }
        gate.cancel();
        drop(done_rx);
    });
    progress.finish_and_clear();
    result?;
    output::flush(out)?;
    summary.elapsed = started.elapsed();
    Ok(summary)
}

/// A progress bar on standard error when it is a terminal and not `--quiet`.
fn progress_bar(total: Option<u64>, quiet: bool) -> ProgressBar {
    if quiet || !std::io::stderr().is_terminal() {
        return ProgressBar::hidden();
    }
    let bar = ProgressBar::with_draw_target(total, ProgressDrawTarget::stderr());
    let template = if total.is_some() {
        "{bar:30} {pos}/{len} pages  {rate}  eta {eta}  {elapsed}"
    } else {
        "{spinner} {pos} pages  {rate}  {elapsed}"
    };
    if let Some(style) = crate::progress::style(template) {
        bar.set_style(style);
    }
    bar.enable_steady_tick(Duration::from_millis(200));
    bar
}

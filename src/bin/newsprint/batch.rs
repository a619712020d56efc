//! Many pages as a stream: one thread reads the inputs in order, a rayon pool extracts and
//! renders, and the calling thread writes — in input order unless `--unordered`. At most a
//! window of pages (two per job: the one being extracted and the next one read) is between
//! reading and writing at any time, so memory grows with the workers, not with the pages.

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
    let pool = thread_pool(options.jobs)?;
    let progress = progress_bar(plan.total(), options.quiet);
    let window = options.jobs.max(1) as u64 * 2;
    let gate = Gate {
        state: Mutex::new((0, false)),
        moved: Condvar::new(),
        window,
    };
    let (job_tx, job_rx) = mpsc::sync_channel::<(u64, Job)>(window as usize);
    let (done_tx, done_rx) = mpsc::channel::<(u64, Done)>();
    let max = options.max_page_size;
    let mut writer = Writer {
        options,
        progress: &progress,
        out,
        summary: Summary::default(),
        pending: BTreeMap::new(),
        next: 0,
    };
    let result = thread::scope(|scope| {
        let gate = &gate;
        // The reader: pages in order, never more than a window ahead of the writer.
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
        let result = writer.write_all(&done_rx, gate);
        gate.cancel();
        drop(done_rx);
        result
    });
    progress.finish_and_clear();
    result?;
    output::flush(writer.out)?;
    let mut summary = writer.summary;
    summary.elapsed = started.elapsed();
    Ok(summary)
}

/// Writes finished pages in the order they were read (or as they come, `--unordered`),
/// counting them.
struct Writer<'a> {
    options: &'a Options,
    progress: &'a ProgressBar,
    out: &'a mut dyn Write,
    summary: Summary,
    /// Pages done before the ones ahead of them, by their place in the input.
    pending: BTreeMap<u64, Done>,
    /// How many pages have been written.
    next: u64,
}

impl Writer<'_> {
    /// Writes pages until the workers are done or the output is closed.
    fn write_all(
        &mut self,
        done_rx: &mpsc::Receiver<(u64, Done)>,
        gate: &Gate,
    ) -> Result<(), CliError> {
        while let Ok((seq, done)) = done_rx.recv() {
            let go_on = self.accept(seq, done);
            gate.written(self.next);
            if !go_on? {
                break;
            }
        }
        Ok(())
    }

    /// Takes one finished page and writes whatever can now be written; false when the
    /// output is closed.
    fn accept(&mut self, seq: u64, done: Done) -> Result<bool, CliError> {
        if self.options.unordered {
            self.next += 1;
            return self.write(done);
        }
        self.pending.insert(seq, done);
        while let Some(done) = self.pending.remove(&self.next) {
            self.next += 1;
            if !self.write(done)? {
                return Ok(false);
            }
        }
        Ok(true)
    }

    fn write(&mut self, done: Done) -> Result<bool, CliError> {
        self.summary.pages += 1;
        self.summary.bytes += done.bytes;
        if let Some(error) = &done.error {
            self.summary.failed += 1;
            if !self.options.quiet {
                self.progress
                    .suspend(|| eprintln!("newsprint: page failed: {error}"));
            }
        }
        self.progress.inc(1);
        // Whoever reads the output (a pipe, a tail -f) gets each record as it is done.
        let go_on = output::write(self.out, &done.text)?;
        output::flush(self.out)?;
        Ok(go_on)
    }
}

/// A pool of `jobs` worker threads (0: one per core), for batches and evaluations alike.
pub fn thread_pool(jobs: usize) -> Result<rayon::ThreadPool, CliError> {
    rayon::ThreadPoolBuilder::new()
        .num_threads(jobs)
        .build()
        .map_err(|e| CliError::failure(format!("cannot start {jobs} threads: {}", lowercase(&e))))
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

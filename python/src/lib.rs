//! The native half of the `newsprint` Python package: extraction with the Rust library, the
//! record handed over as the command line's JSON text (the Python half turns it into a
//! `dict` with `json.loads`, so both read exactly the same record).
//!
//! Errors become `newsprint.NewsprintError` (a `ValueError`) with the library's message;
//! nothing here panics on input, and a panic would surface as a Python exception anyway.

use newsprint::chrono::{DateTime, FixedOffset};
use newsprint::{Article, Page};
use pyo3::create_exception;
use pyo3::exceptions::PyValueError;
use pyo3::prelude::*;
use pyo3::types::PyBytes;
use rayon::prelude::*;

create_exception!(
    _native,
    NewsprintError,
    PyValueError,
    "A bad profile, page or argument; the message is the library's."
);

/// A page as Python hands it over: text, or bytes whose encoding the library detects (and
/// which it decompresses when they are gzip).
enum Html {
    Text(String),
    Bytes(Vec<u8>),
}

impl<'py> FromPyObject<'py> for Html {
    fn extract_bound(ob: &Bound<'py, PyAny>) -> PyResult<Self> {
        if let Ok(bytes) = ob.downcast::<PyBytes>() {
            return Ok(Html::Bytes(bytes.as_bytes().to_vec()));
        }
        if let Ok(text) = ob.extract::<String>() {
            return Ok(Html::Text(text));
        }
        Err(NewsprintError::new_err(format!(
            "html must be str or bytes, not {}",
            ob.get_type().name()?
        )))
    }
}

/// One page to extract: its HTML, its URL when known, and for bytes the charset a transport
/// header (HTTP `Content-Type`) gave, used when the page declares none.
struct Job {
    html: Html,
    url: Option<String>,
    charset: Option<String>,
}

impl Job {
    /// The record as JSON text, or the library's message for a page it cannot read.
    fn run(&self, extractor: &newsprint::Extractor) -> Result<String, String> {
        let page = match &self.html {
            Html::Text(text) => Page::new(text),
            Html::Bytes(bytes) => Page::try_from_bytes_with_charset(bytes, self.charset.as_deref())
                .map_err(|e| e.to_string())?,
        };
        let page = match &self.url {
            Some(url) => page.url(url.clone()),
            None => page,
        };
        record_json(&extractor.extract(&page))
    }
}

fn record_json(article: &Article) -> Result<String, String> {
    serde_json::to_string(article).map_err(|e| format!("cannot write the record as JSON: {e}"))
}

/// The reference time for relative dates, as the command line's `--now` reads it.
fn parse_now(now: Option<&str>) -> PyResult<Option<DateTime<FixedOffset>>> {
    now.map(|text| {
        DateTime::parse_from_rfc3339(text.trim()).map_err(|_| {
            NewsprintError::new_err(format!(
                "now: {text:?} is not an RFC 3339 time with an offset; write e.g. \
                 2024-07-22T15:40:00+02:00, or 2024-07-22T13:40:00Z for UTC"
            ))
        })
    })
    .transpose()
}

/// A configured extractor, built once and reused (it holds the compiled site profiles).
#[pyclass(module = "newsprint._native", frozen)]
struct Extractor {
    inner: newsprint::Extractor,
}

#[pymethods]
impl Extractor {
    #[new]
    #[pyo3(signature = (profiles_dir=None, builtins=true, now=None))]
    fn new(
        profiles_dir: Option<std::path::PathBuf>,
        builtins: bool,
        now: Option<&str>,
    ) -> PyResult<Self> {
        let mut builder = newsprint::Extractor::builder();
        if !builtins {
            builder = builder.no_builtin_profiles();
        }
        if let Some(dir) = profiles_dir {
            builder = builder
                .profiles_dir(dir)
                .map_err(|e| NewsprintError::new_err(e.to_string()))?;
        }
        if let Some(now) = parse_now(now)? {
            builder = builder.now(now);
        }
        Ok(Extractor {
            inner: builder.build(),
        })
    }

    /// The record of one page as JSON text.
    #[pyo3(signature = (html, url=None, charset=None))]
    fn extract_json(
        &self,
        py: Python<'_>,
        html: Html,
        url: Option<String>,
        charset: Option<String>,
    ) -> PyResult<String> {
        let job = Job { html, url, charset };
        py.allow_threads(|| job.run(&self.inner))
            .map_err(NewsprintError::new_err)
    }

    /// The records of many pages as JSON texts, in order; a page that cannot be read gives
    /// its error message instead (`(ok, text)` pairs). Runs without the GIL on a pool of
    /// `jobs` threads (all cores when `None`).
    #[pyo3(signature = (pages, jobs=None))]
    fn extract_many_json(
        &self,
        py: Python<'_>,
        pages: Vec<(Html, Option<String>, Option<String>)>,
        jobs: Option<usize>,
    ) -> PyResult<Vec<(bool, String)>> {
        let jobs_list: Vec<Job> = pages
            .into_iter()
            .map(|(html, url, charset)| Job { html, url, charset })
            .collect();
        let pool = rayon::ThreadPoolBuilder::new()
            .num_threads(jobs.unwrap_or(0))
            .build()
            .map_err(|e| NewsprintError::new_err(format!("cannot start threads: {e}")))?;
        let results = py.allow_threads(|| {
            pool.install(|| {
                jobs_list
                    .par_iter()
                    .map(|job| match job.run(&self.inner) {
                        Ok(json) => (true, json),
                        Err(message) => (false, message),
                    })
                    .collect()
            })
        });
        Ok(results)
    }

    /// The ids of the site profiles this extractor knows.
    fn profile_ids(&self) -> Vec<String> {
        self.inner.profiles().map(|p| p.id().to_string()).collect()
    }
}

/// The version of the record's JSON contract.
#[pyfunction]
fn schema_version() -> u32 {
    newsprint::SCHEMA_VERSION
}

/// The module `newsprint._native`.
#[pymodule]
fn _native(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_class::<Extractor>()?;
    m.add_function(wrap_pyfunction!(schema_version, m)?)?;
    m.add("NewsprintError", m.py().get_type::<NewsprintError>())?;
    Ok(())
}

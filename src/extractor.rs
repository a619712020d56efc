//! The [`Extractor`]: built once, reused across pages and threads. Its `extract` runs the
//! pipeline as a list of named steps.

use std::borrow::Cow;
use std::sync::OnceLock;

use chrono::{DateTime, FixedOffset};

use std::path::Path;

use crate::article::Article;
use crate::decode::decode;
use crate::dom::Document;
use crate::error::Error;
use crate::explain::Explained;
use crate::fields::{self, Context};
use crate::profile::{Profile, Registry};
use crate::signals::Signals;

/// One page to extract: its HTML and, when known, its URL.
///
/// Build it from text ([`Page::new`]) or from bytes as saved ([`Page::from_bytes`]: the
/// encoding is detected, and gzip is decompressed); the URL names the site, which picks a
/// site profile and resolves relative links.
///
/// ```
/// use newsprint::{Extractor, Page};
///
/// let bytes = b"<html><head><meta charset=\"windows-1252\">\
///     <title>Caf\xe9 prices rise</title></head>\
///     <body><h1>Caf\xe9 prices rise</h1></body></html>";
/// let page = Page::from_bytes(bytes).url("https://bugle.example/cafe");
/// assert_eq!(page.encoding(), Some("windows-1252"));
/// let article = Extractor::new().extract(&page);
/// assert_eq!(article.headline.as_deref(), Some("Café prices rise"));
/// ```
#[derive(Debug, Clone)]
pub struct Page<'a> {
    html: Cow<'a, str>,
    url: Option<String>,
    /// The encoding the bytes were read in; `None` for a page given as text.
    encoding: Option<&'static str>,
    /// What went wrong reading the bytes, carried into the article's warnings.
    warnings: Vec<String>,
}

impl<'a> Page<'a> {
    /// A page from HTML text.
    pub fn new(html: &'a str) -> Self {
        Page {
            html: Cow::Borrowed(html),
            url: None,
            encoding: None,
            warnings: Vec::new(),
        }
    }

    /// A page from bytes in any encoding: a byte-order mark, then the page's `<meta charset>`,
    /// then a statistical guess decide how they are read. Gzip-compressed bytes (a saved
    /// `.html.gz`) are decompressed first, up to 64 MiB; bytes that cannot be decompressed
    /// give an empty page whose article says why in `warnings`, never the compressed bytes
    /// read as text. [`Page::try_from_bytes`] returns that as an error instead.
    ///
    /// ```
    /// let page = newsprint::Page::from_bytes(b"<meta charset=\"windows-1252\"><h1>Caf\xe9 opens</h1>");
    /// assert_eq!(page.encoding(), Some("windows-1252"));
    /// assert!(page.html().contains("Café opens"));
    /// ```
    pub fn from_bytes(bytes: &[u8]) -> Page<'static> {
        Page::from_bytes_with_charset(bytes, None)
    }

    /// Like [`Page::from_bytes`], with the charset declared outside the page (an HTTP
    /// `Content-Type` header), used when the page itself declares none.
    pub fn from_bytes_with_charset(bytes: &[u8], charset: Option<&str>) -> Page<'static> {
        Page::try_from_bytes_with_charset(bytes, charset).unwrap_or_else(|err| {
            let mut page = Page::new("");
            page.warnings.push(format!(
                "page bytes not read: {err}; the page is left empty"
            ));
            page
        })
    }

    /// Like [`Page::from_bytes`], but bytes that cannot be read (damaged gzip data, or more
    /// than 64 MiB once decompressed) are an error.
    ///
    /// ```
    /// let err = newsprint::Page::try_from_bytes(b"\x1f\x8b\x08 not really gzip").unwrap_err();
    /// assert!(err.is_input());
    /// ```
    pub fn try_from_bytes(bytes: &[u8]) -> Result<Page<'static>, Error> {
        Page::try_from_bytes_with_charset(bytes, None)
    }

    /// Like [`Page::try_from_bytes`], with the charset declared outside the page.
    pub fn try_from_bytes_with_charset(
        bytes: &[u8],
        charset: Option<&str>,
    ) -> Result<Page<'static>, Error> {
        let unzipped;
        let bytes = if crate::gzip::is_gzip(bytes) {
            unzipped = crate::gzip::gunzip(bytes, crate::gzip::MAX_DECOMPRESSED_BYTES)?;
            &unzipped[..]
        } else {
            bytes
        };
        let (text, encoding) = decode(bytes, charset);
        Ok(Page {
            html: Cow::Owned(text),
            url: None,
            encoding: Some(encoding),
            warnings: Vec::new(),
        })
    }

    /// Sets the page's URL (where it was fetched from). It selects the site profile, makes
    /// links absolute and serves as evidence for the date.
    pub fn url(mut self, url: impl Into<String>) -> Self {
        let url = url.into();
        self.url = (!url.trim().is_empty()).then(|| url.trim().to_string());
        self
    }

    /// The page's HTML text.
    pub fn html(&self) -> &str {
        &self.html
    }

    /// The encoding the page's bytes were read in (`UTF-8`, `windows-1252`, `Shift_JIS`, …,
    /// as encoding_rs names them); `None` for a page given as text.
    pub fn encoding(&self) -> Option<&'static str> {
        self.encoding
    }
}

/// Extracts articles from pages. Build it once and reuse it: it is `Send + Sync`.
///
/// ```
/// let extractor = newsprint::Extractor::builder().build();
/// let html = "<title>Tram line opens | Bugle</title><h1>Tram line opens</h1>";
/// let article = extractor.extract(&newsprint::Page::new(html));
/// assert_eq!(article.headline.as_deref(), Some("Tram line opens"));
/// ```
#[derive(Debug, Clone)]
pub struct Extractor {
    now: Option<DateTime<FixedOffset>>,
    registry: Registry,
}

impl Default for Extractor {
    fn default() -> Self {
        Extractor::builder().build()
    }
}

/// Configures an [`Extractor`]: the reference time, and the site profiles it knows (the
/// built-ins unless disabled, plus the user's; a user profile with a built-in's id replaces
/// it).
#[derive(Debug, Clone)]
pub struct ExtractorBuilder {
    now: Option<DateTime<FixedOffset>>,
    builtins: bool,
    user: Vec<Profile>,
}

impl Default for ExtractorBuilder {
    fn default() -> Self {
        ExtractorBuilder {
            now: None,
            builtins: true,
            user: Vec::new(),
        }
    }
}

impl ExtractorBuilder {
    /// Adds a site profile.
    pub fn profile(mut self, profile: Profile) -> Self {
        self.user.push(profile);
        self
    }

    /// Adds a site profile written in TOML.
    pub fn profile_toml(self, text: &str) -> Result<Self, Error> {
        Ok(self.profile(Profile::from_toml(text)?))
    }

    /// Adds a site profile from a TOML file.
    pub fn profile_file(self, path: impl AsRef<Path>) -> Result<Self, Error> {
        Ok(self.profile(Profile::from_file(path.as_ref())?))
    }

    /// Adds every `*.toml` profile in a folder (not recursive), in file-name order.
    pub fn profiles_dir(mut self, dir: impl AsRef<Path>) -> Result<Self, Error> {
        let dir = dir.as_ref();
        let io = |source| Error::Io {
            path: dir.to_path_buf(),
            source,
        };
        let mut paths: Vec<_> = std::fs::read_dir(dir)
            .map_err(io)?
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|x| x == "toml"))
            .collect();
        paths.sort();
        for path in paths {
            self = self.profile_file(path)?;
        }
        Ok(self)
    }

    /// Leaves out the built-in profiles (the generic rules alone, plus any user profiles).
    pub fn no_builtin_profiles(mut self) -> Self {
        self.builtins = false;
        self
    }

    /// The reference time for relative dates ("3 hours ago", "yesterday") and for rejecting
    /// dates in the future: when the page was fetched, in the offset it should be read in
    /// (the day of "yesterday" is `now`'s local day). "3 hours ago" then gives a time in
    /// `now`'s offset, with [`crate::Precision::Hour`] and [`crate::OffsetSource::Reference`].
    /// Without it, relative dates are resolved only against a date the page gives as today
    /// (a date banner in its header), else left unresolved with a warning.
    ///
    /// ```
    /// use chrono::DateTime;
    /// let now = DateTime::parse_from_rfc3339("2024-07-22T15:40:00+02:00").unwrap();
    /// let extractor = newsprint::Extractor::builder().now(now).build();
    /// let html = "<h1>Storm hits the coast</h1><p>By Ann Lee · 3 hours ago</p>\
    ///             <p>The storm hit the coast on Sunday night and cut power to thousands.</p>";
    /// let article = extractor.extract(&newsprint::Page::new(html));
    /// assert_eq!(article.published.unwrap().to_string(), "2024-07-22T12:40:00+02:00");
    /// ```
    pub fn now(mut self, now: DateTime<FixedOffset>) -> Self {
        self.now = Some(now);
        self
    }

    /// Builds the extractor.
    pub fn build(self) -> Extractor {
        let mut registry = if self.builtins {
            Registry::builtin()
        } else {
            Registry::default()
        };
        for profile in self.user {
            registry.add(profile);
        }
        Extractor {
            now: self.now,
            registry,
        }
    }
}

impl Extractor {
    /// An extractor with the default settings.
    pub fn new() -> Self {
        Extractor::default()
    }

    /// A builder for an extractor with other settings.
    pub fn builder() -> ExtractorBuilder {
        ExtractorBuilder::default()
    }

    /// The shared default extractor behind [`crate::extract`].
    pub(crate) fn default_ref() -> &'static Extractor {
        static DEFAULT: OnceLock<Extractor> = OnceLock::new();
        DEFAULT.get_or_init(Extractor::new)
    }

    /// Extracts the article of a page. Never fails and never panics: what cannot be found is
    /// left empty, and what went wrong is listed in `warnings`.
    pub fn extract(&self, page: &Page) -> Article {
        // 1. parse once
        let doc = Document::parse(page.html());
        // 2. page-level signals, once
        let signals = Signals::collect(&doc);
        self.extract_parsed(page, &doc, &signals, |_, article| article)
    }

    /// Extracts the article of a page as [`Extractor::extract`] does, and traces each field
    /// back to the page: the elements it came from, a selector a profile could use to reach
    /// them, and the candidates that lost. It costs a second look at the page, which
    /// `extract` never takes.
    ///
    /// ```
    /// let html = r#"<title>Tram line opens</title><h1 class="story-title">Tram line opens</h1>
    ///     <div class="story"><p>The new tram line opened on Monday, with crowds at every stop.</p>
    ///     <p>Officials said the line would carry thousands of riders a day, every day.</p></div>"#;
    /// let explained = newsprint::Extractor::new().explain(&newsprint::Page::new(html));
    /// let headline = explained.field("headline").unwrap();
    /// assert_eq!(headline.selector.as_ref().unwrap().css, "h1.story-title");
    /// assert!(explained.page_markup(&Default::default())
    ///     .contains(r#"<h1 class="story-title" data-newsprint-field="headline">"#));
    /// ```
    pub fn explain(&self, page: &Page) -> Explained {
        let doc = Document::parse(page.html());
        let signals = Signals::collect(&doc);
        let (article, fields) = self.extract_parsed(page, &doc, &signals, |ctx, article| {
            let fields = crate::explain::trace(ctx, &article);
            (article, fields)
        });
        Explained::new(article, fields, doc)
    }

    /// The extraction of a parsed page; `finish` reads the context before it goes (the
    /// plain extraction gives the article straight back).
    fn extract_parsed<T>(
        &self,
        page: &Page,
        doc: &Document,
        signals: &Signals,
        finish: impl FnOnce(&Context, Article) -> T,
    ) -> T {
        let mut ctx = Context::new(doc, signals, page.url.as_deref(), self.now);
        // 3. the site profile, by host (an archived copy's also by the archived page's) or
        // by fingerprint
        let hosts: Vec<String> = ctx.url.as_deref().map_or_else(Vec::new, |url| {
            host_of(url)
                .into_iter()
                .chain(
                    crate::archive::archived_url(url)
                        .as_deref()
                        .and_then(host_of),
                )
                .collect()
        });
        ctx.profile = self.registry.find(&hosts, doc, signals, page.html());
        let mut article = Article::default();
        // 4. each field, in an order where later steps may use earlier results
        fields::run(&ctx, &mut article);
        article.warnings.extend(page.warnings.iter().cloned());
        article.warnings.extend(signals.warnings.iter().cloned());
        article
            .warnings
            .extend(doc.parse_warnings().iter().cloned());
        finish(&ctx, article)
    }
}

impl Extractor {
    /// The profiles this extractor knows, built-ins first.
    pub fn profiles(&self) -> impl Iterator<Item = &Profile> {
        self.registry.profiles()
    }
}

/// The host of a URL, lower case.
fn host_of(url: &str) -> Option<String> {
    let parsed = url::Url::parse(url).ok()?;
    Some(parsed.host_str()?.to_ascii_lowercase())
}

/// Runs `read` on a parsed page as the field steps read it (its facts worked out once,
/// no profile chosen): what the profile learner hands a profile's rules, so that the
/// profiles need not reach into the field steps themselves.
#[cfg(feature = "eval")]
pub(crate) fn read_parsed<R>(
    doc: &Document,
    signals: &Signals,
    url: Option<&str>,
    read: impl FnOnce(&dyn crate::profile::Page) -> R,
) -> R {
    read(&Context::new(doc, signals, url, None))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn extractor_is_send_and_sync() {
        fn assert_send_sync<T: Send + Sync>() {}
        assert_send_sync::<Extractor>();
        assert_send_sync::<Article>();
    }

    #[test]
    fn gzip_bytes_are_read_as_the_page_and_damaged_ones_say_so() {
        use std::io::Write;
        let html = "<html><head><title>Ferry service resumes</title></head>\
                    <body><h1>Ferry service resumes</h1><p>The ferry ran again on Monday.</p></body></html>";
        let mut encoder = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
        encoder.write_all(html.as_bytes()).unwrap();
        let zipped = encoder.finish().unwrap();
        let article = crate::extract_bytes(&zipped);
        assert_eq!(article.headline.as_deref(), Some("Ferry service resumes"));
        assert_eq!(Page::from_bytes(&zipped).encoding(), Some("UTF-8"));

        let damaged = crate::extract_bytes(&zipped[..zipped.len() / 2]);
        assert!(damaged.body.is_empty() && damaged.headline.is_none());
        assert!(
            damaged
                .warnings
                .iter()
                .any(|w| w.starts_with("page bytes not read: damaged gzip data")),
            "{:?}",
            damaged.warnings
        );
    }

    #[test]
    fn empty_and_garbage_input_do_not_panic() {
        let e = Extractor::new();
        for html in [
            "",
            "   ",
            "<",
            "<<<>>>",
            "\u{0}\u{1}",
            "<html><body></body></html>",
        ] {
            let a = e.extract(&Page::new(html));
            assert!(a.body.is_empty());
        }
    }
}

//! Pages from WARC files (`.warc`, `.warc.gz`) as Common Crawl ships them: each record
//! gzip-compressed on its own, `response` records holding an HTTP response. The record
//! headers are parsed by the `warc` crate's parser, gzip by flate2; this module reads the
//! records one at a time with a size cap, so memory stays bounded whatever the file holds.
//!
//! A page is a `response` record whose HTTP status is 2xx and whose `Content-Type` is HTML
//! (or a `resource` record of an HTML type). Other records (warcinfo, requests, metadata,
//! images, redirects) are skipped. The page's URL is `WARC-Target-URI`; its charset, when
//! the page declares none, comes from the HTTP `Content-Type` header.
//!
//! A damaged record is an error record naming the file and the record's offset — in a
//! `.warc.gz`, the offset of its gzip member, as in Common Crawl's index — and reading goes on
//! with the next gzip member (found by its magic number when the damage hides where the
//! member ends); in a plain `.warc`, with the next line that starts a record (`WARC/1.`).

use std::fs::File;
use std::io::{self, BufRead, BufReader, Read};
use std::path::Path;

use flate2::bufread::GzDecoder;

use crate::error::{CliError, display_path, lowercase};
use crate::input::{self, human_size};
use crate::sources::{Content, Job};

/// The most bytes a WARC record's header block may have.
const MAX_HEADER_BYTES: u64 = 1024 * 1024;
/// Room for the HTTP headers in front of a page.
const HTTP_HEADER_ROOM: u64 = 1024 * 1024;

/// A reader that counts the bytes taken from it.
struct Tracked<R> {
    inner: R,
    pos: u64,
}

impl<R> Tracked<R> {
    fn new(inner: R) -> Self {
        Tracked { inner, pos: 0 }
    }
}

impl<R: Read> Read for Tracked<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let n = self.inner.read(buf)?;
        self.pos += n as u64;
        Ok(n)
    }
}

impl<R: BufRead> BufRead for Tracked<R> {
    fn fill_buf(&mut self) -> io::Result<&[u8]> {
        self.inner.fill_buf()
    }

    fn consume(&mut self, amt: usize) {
        self.pos += amt as u64;
        self.inner.consume(amt);
    }
}

/// Whether `path` names a WARC file.
pub fn is_warc(path: &Path) -> bool {
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().to_ascii_lowercase())
        .unwrap_or_default();
    name.ends_with(".warc") || name.ends_with(".warc.gz")
}

/// Reads the pages of the WARC file at `path`, handing each to `emit` (which returns false to
/// stop). Failures are handed on as failed jobs.
pub fn read(path: &Path, max: u64, emit: &mut dyn FnMut(Job) -> bool) {
    let name = display_path(path);
    let file = match input::open_regular(path) {
        Ok(file) => file,
        Err(e) => {
            emit(Job::failed(&name, None, e.message));
            return;
        }
    };
    let mut outer = Tracked::new(BufReader::with_capacity(1 << 20, file));
    let gzipped = match outer.fill_buf() {
        Ok(head) => head.starts_with(&[0x1f, 0x8b]),
        Err(e) => {
            emit(Job::failed(
                &name,
                None,
                CliError::io(path, "read it", &e).message,
            ));
            return;
        }
    };
    let reader = WarcFile {
        name: &name,
        max,
        compressed: gzipped,
    };
    if gzipped {
        reader.read_members(&mut outer, emit);
    } else {
        let mut index = 0;
        reader.read_records(&mut outer, 0, &mut index, emit);
    }
}

struct WarcFile<'a> {
    name: &'a str,
    max: u64,
    compressed: bool,
}

/// What went wrong with one record.
struct RecordError {
    /// The record's id, when its headers were read.
    id: Option<String>,
    url: Option<String>,
    message: String,
    /// Whether the rest of the stream can still be read.
    recoverable: bool,
}

impl RecordError {
    /// The stream itself failed: nothing after this can be read.
    fn fatal(message: impl Into<String>) -> Self {
        RecordError {
            id: None,
            url: None,
            message: message.into(),
            recoverable: false,
        }
    }

    /// The record is damaged; in a `.warc.gz` the next gzip member can still be read.
    fn damaged(message: impl Into<String>) -> Self {
        RecordError {
            recoverable: true,
            ..RecordError::fatal(message)
        }
    }
}

impl WarcFile<'_> {
    /// Reads gzip member after gzip member; a damaged member ends the file (its end cannot be
    /// found), a damaged record ends only its member.
    fn read_members(
        &self,
        outer: &mut Tracked<BufReader<File>>,
        emit: &mut dyn FnMut(Job) -> bool,
    ) {
        let mut index = 0;
        loop {
            match outer.fill_buf() {
                Ok([]) => return,
                Ok([0x1f, 0x8b, ..]) => {}
                Ok(_) => {
                    let offset = outer.pos;
                    let message = "data that is not gzip; reading goes on at the next gzip \
                                   member: check that the file was downloaded whole";
                    if !emit(self.failed_at(offset, message.into(), None, None)) {
                        return;
                    }
                    skip_to_gzip_member(outer, offset);
                    continue;
                }
                Err(e) => {
                    emit(self.failed_at(outer.pos, read_error(&e), None, None));
                    return;
                }
            }
            let member = outer.pos;
            let mut inner = Tracked::new(BufReader::new(GzDecoder::new(&mut *outer)));
            let go_on = self.read_records(&mut inner, member, &mut index, emit);
            if !go_on {
                return;
            }
            // The rest of the member (after a damaged record), decompressed and dropped.
            if let Err(e) = io::copy(&mut inner, &mut io::sink()) {
                let message = format!(
                    "damaged gzip data ({}); reading goes on at the next gzip member: check \
                     the file with `gzip -t` or download it again",
                    lowercase(&e)
                );
                drop(inner);
                if !emit(self.failed_at(member, message, None, None)) {
                    return;
                }
                skip_to_gzip_member(outer, member);
            }
        }
    }

    /// Reads the records of one stream (a plain file, or one gzip member starting at
    /// `member`). Returns false when the run should stop reading this file.
    fn read_records(
        &self,
        reader: &mut impl BufRead,
        member: u64,
        index: &mut u64,
        emit: &mut dyn FnMut(Job) -> bool,
    ) -> bool {
        let mut reader = Tracked::new(reader);
        loop {
            let start = reader.pos;
            // In a .warc.gz the offset that finds a record is its member's.
            let offset = if self.compressed { member } else { start };
            match self.read_record(&mut reader) {
                Ok(None) => return true,
                Ok(Some(Some(job))) => {
                    *index += 1;
                    if !emit(job) {
                        return false;
                    }
                }
                Ok(Some(None)) => *index += 1,
                Err(e) => {
                    *index += 1;
                    // In a .warc.gz the caller drops the rest of the member and goes on.
                    let go_on = e.recoverable || self.compressed;
                    let mut message = e.message;
                    if !go_on {
                        message.push_str("; the rest of the file is skipped");
                    }
                    if !emit(self.failed_at(offset, message, e.id, e.url)) || !go_on {
                        return false;
                    }
                    if self.compressed {
                        return true;
                    }
                    skip_to_record(&mut reader);
                }
            }
        }
    }

    fn failed_at(
        &self,
        offset: u64,
        message: String,
        id: Option<String>,
        url: Option<String>,
    ) -> Job {
        let id = id.unwrap_or_else(|| format!("{}@{offset}", self.name));
        Job::failed(
            &id,
            url,
            format!("{}: record at offset {offset}: {message}", self.name),
        )
    }

    /// One record: `None` at the end of the stream, `Some(None)` for a record that is not a
    /// page, `Some(Some(job))` for a page.
    fn read_record(&self, reader: &mut impl BufRead) -> Result<Option<Option<Job>>, RecordError> {
        // Blank lines between records are tolerated.
        let mut header = Vec::new();
        loop {
            header.clear();
            let n = reader
                .take(MAX_HEADER_BYTES)
                .read_until(b'\n', &mut header)
                .map_err(|e| RecordError::fatal(read_error(&e)))?;
            if n == 0 {
                return Ok(None);
            }
            if !header.iter().all(|b| b.is_ascii_whitespace()) {
                break;
            }
        }
        loop {
            let before = header.len();
            let n = reader
                .take(MAX_HEADER_BYTES)
                .read_until(b'\n', &mut header)
                .map_err(|e| RecordError::fatal(read_error(&e)))?;
            if n == 0 {
                return Err(RecordError::damaged(
                    "the file ends inside a record's headers; download it again",
                ));
            }
            if &header[before..] == b"\r\n" || &header[before..] == b"\n" {
                break;
            }
            if header.len() as u64 > MAX_HEADER_BYTES {
                return Err(RecordError::damaged(format!(
                    "record headers of more than {}; this is not a WARC file",
                    human_size(MAX_HEADER_BYTES)
                )));
            }
        }
        let (fields, length) = match warc::parser::headers(&header) {
            Ok((_, (_version, fields, length))) => (
                fields
                    .into_iter()
                    .map(|(k, v)| {
                        (
                            k.to_ascii_lowercase(),
                            String::from_utf8_lossy(v).into_owned(),
                        )
                    })
                    .collect::<Vec<_>>(),
                length as u64,
            ),
            Err(_) => {
                return Err(RecordError::damaged(
                    "not a WARC record (unreadable headers, or no Content-Length); check \
                     that this is a WARC file",
                ));
            }
        };
        let get = |key: &str| {
            fields
                .iter()
                .find(|(k, _)| k == key)
                .map(|(_, v)| v.trim().to_string())
        };
        let id = get("warc-record-id");
        let url = get("warc-target-uri").map(|u| u.trim_matches(['<', '>']).to_string());
        let kind = get("warc-type").unwrap_or_default().to_ascii_lowercase();
        let block_type = get("content-type").unwrap_or_default();
        let fail = |message: String, recoverable: bool| RecordError {
            id: id.clone(),
            url: url.clone(),
            message,
            recoverable,
        };

        let mut block = reader.take(length);
        let job = match kind.as_str() {
            "response"
                if block_type
                    .to_ascii_lowercase()
                    .starts_with("application/http") =>
            {
                self.response(&mut block, id.as_deref(), url.as_deref())
                    .map_err(|m| fail(m, true))?
            }
            "resource" if is_html(&block_type) => {
                let bytes = input::read_capped(&mut block, self.max).map_err(|e| match e {
                    input::ReadError::TooLarge => fail(
                        format!(
                            "a page of more than {}; raise --max-page-size if it is real",
                            human_size(self.max)
                        ),
                        true,
                    ),
                    input::ReadError::Io(e) => fail(read_error(&e), false),
                })?;
                Some(self.page(id.as_deref(), url.as_deref(), bytes, charset(&block_type)))
            }
            _ => None,
        };
        // The rest of the block, then the two line ends that close the record.
        io::copy(&mut block, &mut io::sink()).map_err(|e| fail(read_error(&e), false))?;
        if block.limit() > 0 {
            // In a .warc.gz only the member ended: the next one may be whole.
            return Err(fail(
                "the data ends inside a record (its Content-Length runs past it); download \
                 it again"
                    .into(),
                self.compressed,
            ));
        }
        let mut end = [0u8; 4];
        match reader.read_exact(&mut end) {
            Ok(()) if &end == b"\r\n\r\n" => {}
            Ok(()) => {
                return Err(fail(
                    "the record does not end where its Content-Length says; the file is \
                     damaged"
                        .into(),
                    true,
                ));
            }
            // A last record without its closing line ends.
            Err(e) if e.kind() == io::ErrorKind::UnexpectedEof => {}
            Err(e) => return Err(fail(read_error(&e), false)),
        }
        Ok(Some(job))
    }

    /// The page in a `response` record's HTTP response, or `None` when it is no HTML page.
    fn response(
        &self,
        block: &mut impl Read,
        id: Option<&str>,
        url: Option<&str>,
    ) -> Result<Option<Job>, String> {
        // The HTTP headers, then the payload.
        let head = input::read_capped(block.by_ref().take(HTTP_HEADER_ROOM), HTTP_HEADER_ROOM)
            .map_err(|_| "cannot read the HTTP response".to_string())?;
        let mut headers = [httparse::EMPTY_HEADER; 256];
        let mut response = httparse::Response::new(&mut headers);
        let header_len = match response.parse(&head) {
            Ok(httparse::Status::Complete(n)) => n,
            Ok(httparse::Status::Partial) => {
                return Err(format!(
                    "HTTP headers of more than {} or cut short; the record is damaged",
                    human_size(HTTP_HEADER_ROOM)
                ));
            }
            Err(e) => {
                return Err(format!(
                    "not an HTTP response ({}); the record is damaged",
                    lowercase(&e)
                ));
            }
        };
        if !(200..300).contains(&response.code.unwrap_or(0)) {
            return Ok(None);
        }
        let header = |name: &str| {
            response
                .headers
                .iter()
                .find(|h| h.name.eq_ignore_ascii_case(name))
                .map(|h| String::from_utf8_lossy(h.value).trim().to_string())
        };
        let content_type = header("content-type").unwrap_or_default();
        if !is_html(&content_type) {
            return Ok(None);
        }
        let chunked =
            header("transfer-encoding").is_some_and(|v| v.to_ascii_lowercase().contains("chunked"));
        let gzipped = header("content-encoding").is_some_and(|v| {
            let v = v.to_ascii_lowercase();
            v.contains("gzip")
        });
        let too_large = || {
            format!(
                "a page of more than {}; raise --max-page-size if it is real",
                human_size(self.max)
            )
        };
        let mut payload = head[header_len..].to_vec();
        let room = self.max.saturating_sub(payload.len() as u64);
        let rest = input::read_capped(block, room).map_err(|e| match e {
            input::ReadError::TooLarge => too_large(),
            input::ReadError::Io(e) => read_error(&e),
        })?;
        payload.extend_from_slice(&rest);
        if chunked {
            payload = dechunk(&payload).ok_or_else(|| {
                "damaged chunked transfer encoding in the HTTP response; the record is \
                 damaged"
                    .to_string()
            })?;
        }
        if gzipped {
            payload =
                input::gunzip(&payload, "the HTTP payload", self.max).map_err(|e| e.message)?;
        }
        Ok(Some(self.page(id, url, payload, charset(&content_type))))
    }

    fn page(
        &self,
        id: Option<&str>,
        url: Option<&str>,
        bytes: Vec<u8>,
        charset: Option<String>,
    ) -> Job {
        Job {
            id: id
                .map(str::to_string)
                .unwrap_or_else(|| self.name.to_string()),
            url: url.map(str::to_string),
            content: Content::Bytes { bytes, charset },
        }
    }
}

/// Whether a `Content-Type` is HTML.
fn is_html(content_type: &str) -> bool {
    let mime = content_type
        .split(';')
        .next()
        .unwrap_or_default()
        .trim()
        .to_ascii_lowercase();
    mime == "text/html" || mime == "application/xhtml+xml"
}

/// The `charset` parameter of a `Content-Type`.
fn charset(content_type: &str) -> Option<String> {
    content_type.split(';').skip(1).find_map(|param| {
        let (key, value) = param.split_once('=')?;
        key.trim()
            .eq_ignore_ascii_case("charset")
            .then(|| value.trim().trim_matches(['"', '\'']).to_string())
            .filter(|v| !v.is_empty())
    })
}

/// A chunked HTTP payload, joined; `None` when it is damaged.
fn dechunk(mut data: &[u8]) -> Option<Vec<u8>> {
    let mut out = Vec::with_capacity(data.len());
    loop {
        let (start, size) = match httparse::parse_chunk_size(data) {
            Ok(httparse::Status::Complete(found)) => found,
            _ => return None,
        };
        let size = usize::try_from(size).ok()?;
        if size == 0 {
            return Some(out);
        }
        let chunk = data.get(start..start.checked_add(size)?)?;
        out.extend_from_slice(chunk);
        data = data.get(start + size..)?;
        data = data
            .strip_prefix(b"\r\n")
            .or_else(|| data.strip_prefix(b"\n"))
            .unwrap_or(data);
    }
}

fn read_error(e: &io::Error) -> String {
    format!(
        "cannot read it ({}); check the file, or download it again",
        lowercase(e)
    )
}

/// Moves past damaged gzip data to the next gzip magic number (or the end), at least one
/// byte past `member` so that a member damaged in its header is not read again.
fn skip_to_gzip_member(outer: &mut Tracked<BufReader<File>>, member: u64) {
    if outer.pos == member {
        outer.consume(1);
    }
    loop {
        let (skip, found) = match outer.fill_buf() {
            Ok([]) | Err(_) => return,
            Ok(buf) => match buf.windows(2).position(|w| w == [0x1f, 0x8b]) {
                Some(at) => (at, true),
                None => (buf.len(), false),
            },
        };
        outer.consume(skip);
        if found {
            return;
        }
    }
}

/// Moves a plain WARC stream past the rest of a damaged record, to the next line that starts
/// a record (`WARC/1.0`, `WARC/1.1`), or the end.
fn skip_to_record(reader: &mut impl BufRead) {
    // A failed record always consumed its first line, so this cannot loop on one record.
    let mut at_line_start = true;
    loop {
        let buf = match reader.fill_buf() {
            Ok([]) | Err(_) => return,
            Ok(buf) => buf,
        };
        if at_line_start && buf.starts_with(b"WARC/1.") {
            return;
        }
        let (skip, line_end) = match buf.iter().position(|&b| b == b'\n') {
            Some(at) => (at + 1, true),
            None => (buf.len(), false),
        };
        reader.consume(skip);
        at_line_start = line_end;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn content_types() {
        assert!(is_html("text/html; charset=windows-1252"));
        assert!(is_html("application/xhtml+xml"));
        assert!(!is_html("image/png"));
        assert_eq!(
            charset("text/html; Charset=\"ISO-8859-1\"").as_deref(),
            Some("ISO-8859-1")
        );
        assert_eq!(charset("text/html"), None);
    }

    #[test]
    fn chunks() {
        assert_eq!(
            dechunk(b"5\r\nhello\r\n6\r\n world\r\n0\r\n\r\n").as_deref(),
            Some(&b"hello world"[..])
        );
        assert_eq!(dechunk(b"ff\r\nshort"), None);
    }
}

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

use std::io::{self, BufRead, BufReader, Read};
use std::path::Path;

use flate2::bufread::GzDecoder;

use crate::error::{display_path, lowercase};
use crate::input::{self, human_size};
use crate::sources::{Content, Job};

/// The most bytes a WARC record's header block may have.
const MAX_HEADER_BYTES: u64 = 1024 * 1024;
/// Room for the HTTP headers in front of a page.
const HTTP_HEADER_ROOM: u64 = 1024 * 1024;
/// How a line that starts a record begins.
const RECORD_START: &[u8] = b"WARC/1.";

/// A reader that counts the bytes taken from it, and can be handed bytes back to read again
/// (a plain WARC's damaged record gives back what followed its first record boundary).
struct Tracked<R> {
    inner: R,
    pos: u64,
    /// Bytes handed back, read before `inner`.
    front: Vec<u8>,
    /// How much of `front` has been read.
    front_at: usize,
}

impl<R> Tracked<R> {
    fn new(inner: R) -> Self {
        Tracked {
            inner,
            pos: 0,
            front: Vec::new(),
            front_at: 0,
        }
    }

    /// Hands `bytes` back: they are read again, before anything else.
    fn unread(&mut self, bytes: &[u8]) {
        let mut front = bytes.to_vec();
        front.extend_from_slice(&self.front[self.front_at..]);
        self.front = front;
        self.front_at = 0;
        self.pos -= bytes.len() as u64;
    }
}

impl<R: BufRead> Read for Tracked<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let available = self.fill_buf()?;
        let n = available.len().min(buf.len());
        buf[..n].copy_from_slice(&available[..n]);
        self.consume(n);
        Ok(n)
    }
}

impl<R: BufRead> BufRead for Tracked<R> {
    fn fill_buf(&mut self) -> io::Result<&[u8]> {
        if self.front_at < self.front.len() {
            return Ok(&self.front[self.front_at..]);
        }
        self.inner.fill_buf()
    }

    fn consume(&mut self, amt: usize) {
        self.pos += amt as u64;
        if self.front_at < self.front.len() {
            self.front_at += amt;
            if self.front_at >= self.front.len() {
                self.front.clear();
                self.front_at = 0;
            }
        } else {
            self.inner.consume(amt);
        }
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

/// Whether the first bytes of a stream are a WARC file's: a record's first line, plain or at
/// the start of a gzip member.
pub fn starts_like_warc(head: &[u8]) -> bool {
    if head.starts_with(&[0x1f, 0x8b]) {
        // Enough of the first member to see its first line; a cut-off member is expected.
        let mut first = Vec::new();
        let _ = GzDecoder::new(head)
            .take(RECORD_START.len() as u64)
            .read_to_end(&mut first);
        return first == RECORD_START;
    }
    head.starts_with(RECORD_START)
}

/// Reads the pages of the WARC file at `path`, handing each to `emit` (which returns false to
/// stop). Failures are handed on as failed jobs.
pub fn read(path: &Path, max: u64, emit: &mut dyn FnMut(Job) -> bool) {
    let name = display_path(path);
    match input::open_regular(path) {
        Ok(file) => read_stream(&name, BufReader::with_capacity(1 << 20, file), max, emit),
        Err(e) => {
            emit(Job::failed(&name, None, e.message));
        }
    }
}

/// Reads the pages of a WARC stream (a file, or standard input) called `name` in messages.
pub fn read_stream(name: &str, reader: impl BufRead, max: u64, emit: &mut dyn FnMut(Job) -> bool) {
    let mut outer = Tracked::new(reader);
    let gzipped = match outer.fill_buf() {
        Ok(head) => head.starts_with(&[0x1f, 0x8b]),
        Err(e) => {
            emit(Job::failed(
                name,
                None,
                format!("{name}: {}", read_error(&e)),
            ));
            return;
        }
    };
    let reader = WarcFile {
        name,
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
    /// In a plain WARC, the bytes read past the record's first boundary, to read again: a
    /// record whose length runs too long swallowed them.
    reread: Vec<u8>,
}

impl RecordError {
    /// The stream itself failed: nothing after this can be read.
    fn fatal(message: impl Into<String>) -> Self {
        RecordError {
            id: None,
            url: None,
            message: message.into(),
            recoverable: false,
            reread: Vec::new(),
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

/// A record's WARC headers, as far as a reader needs them.
struct RecordHead {
    id: Option<String>,
    url: Option<String>,
    /// `WARC-Type`, lower-cased.
    kind: String,
    /// The block's `Content-Type`.
    block_type: String,
    length: u64,
}

impl RecordHead {
    fn fail(&self, message: String, recoverable: bool) -> RecordError {
        RecordError {
            id: self.id.clone(),
            url: self.url.clone(),
            message,
            recoverable,
            reread: Vec::new(),
        }
    }
}

impl WarcFile<'_> {
    /// Reads gzip member after gzip member; a damaged member ends the file (its end cannot be
    /// found), a damaged record ends only its member.
    fn read_members<R: BufRead>(&self, outer: &mut Tracked<R>, emit: &mut dyn FnMut(Job) -> bool) {
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
            if !self.read_records(&mut inner, member, &mut index, emit) {
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
    fn read_records<R: BufRead>(
        &self,
        reader: &mut Tracked<R>,
        member: u64,
        index: &mut u64,
        emit: &mut dyn FnMut(Job) -> bool,
    ) -> bool {
        loop {
            let start = reader.pos;
            // In a .warc.gz the offset that finds a record is its member's.
            let offset = if self.compressed { member } else { start };
            let found = self.read_record(reader);
            if !matches!(found, Ok(None)) {
                *index += 1;
            }
            let e = match found {
                Ok(None) => return true,
                Ok(Some(Some(job))) => {
                    if !emit(job) {
                        return false;
                    }
                    continue;
                }
                Ok(Some(None)) => continue,
                Err(e) => e,
            };
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
            reader.unread(&e.reread);
            skip_to_record(reader);
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
        let Some(header) = read_header_lines(reader)? else {
            return Ok(None);
        };
        let head = parse_head(&header)?;
        // A plain WARC's block is read whole (up to the page cap), so that a length that runs
        // too long can give back the records it swallowed.
        if !self.compressed && head.length <= self.max.saturating_add(HTTP_HEADER_ROOM) {
            return self.read_buffered_block(reader, &head).map(Some);
        }
        let mut block = reader.take(head.length);
        let job = self.job(&head, &mut block)?;
        // The rest of the block, then the two line ends that close the record.
        io::copy(&mut block, &mut io::sink()).map_err(|e| head.fail(read_error(&e), false))?;
        if block.limit() > 0 {
            // In a .warc.gz only the member ended: the next one may be whole.
            return Err(head.fail(overrun_message().into(), self.compressed));
        }
        check_record_end(reader, &head)?;
        Ok(Some(job))
    }

    /// A plain WARC's record, its block read into memory first.
    fn read_buffered_block(
        &self,
        reader: &mut impl BufRead,
        head: &RecordHead,
    ) -> Result<Option<Job>, RecordError> {
        let mut block = Vec::new();
        reader
            .take(head.length)
            .read_to_end(&mut block)
            .map_err(|e| head.fail(read_error(&e), false))?;
        let swallowed = |message: &str, tail: &[u8]| {
            let mut e = head.fail(message.into(), true);
            if let Some(at) = find_record_start(&block) {
                e.reread = [&block[at..], tail].concat();
            }
            e
        };
        if (block.len() as u64) < head.length {
            return Err(swallowed(overrun_message(), &[]));
        }
        let mut end = [0u8; 4];
        match reader.read_exact(&mut end) {
            Ok(()) if &end == b"\r\n\r\n" => {}
            Ok(()) => return Err(swallowed(misplaced_end_message(), &end)),
            Err(e) if e.kind() == io::ErrorKind::UnexpectedEof => {}
            Err(e) => return Err(head.fail(read_error(&e), false)),
        }
        self.job(head, &mut block.as_slice())
    }

    /// The page in a record's block, or `None` when it holds no page.
    fn job(&self, head: &RecordHead, block: &mut impl Read) -> Result<Option<Job>, RecordError> {
        let (id, url) = (head.id.as_deref(), head.url.as_deref());
        match head.kind.as_str() {
            "response"
                if head
                    .block_type
                    .to_ascii_lowercase()
                    .starts_with("application/http") =>
            {
                self.response(block, id, url)
                    .map_err(|m| head.fail(m, true))
            }
            "resource" if is_html(&head.block_type) => {
                let bytes = input::read_capped(block, self.max).map_err(|e| match e {
                    input::ReadError::TooLarge => head.fail(self.too_large(), true),
                    input::ReadError::Io(e) => head.fail(read_error(&e), false),
                })?;
                Ok(Some(self.page(id, url, bytes, charset(&head.block_type))))
            }
            _ => Ok(None),
        }
    }

    fn too_large(&self) -> String {
        format!(
            "a page of more than {}; raise --max-page-size if it is real",
            human_size(self.max)
        )
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
        let gzipped =
            header("content-encoding").is_some_and(|v| v.to_ascii_lowercase().contains("gzip"));
        let mut payload = head[header_len..].to_vec();
        let room = self.max.saturating_sub(payload.len() as u64);
        let rest = input::read_capped(block, room).map_err(|e| match e {
            input::ReadError::TooLarge => self.too_large(),
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

/// A record's header lines, up to the blank line that ends them; `None` at the end of the
/// stream. Blank lines between records are tolerated.
fn read_header_lines(reader: &mut impl BufRead) -> Result<Option<Vec<u8>>, RecordError> {
    let mut header = Vec::new();
    let mut read_line = |header: &mut Vec<u8>| {
        reader
            .take(MAX_HEADER_BYTES)
            .read_until(b'\n', header)
            .map_err(|e| RecordError::fatal(read_error(&e)))
    };
    loop {
        header.clear();
        if read_line(&mut header)? == 0 {
            return Ok(None);
        }
        if !header.iter().all(|b| b.is_ascii_whitespace()) {
            break;
        }
    }
    loop {
        let before = header.len();
        if read_line(&mut header)? == 0 {
            return Err(RecordError::damaged(
                "the file ends inside a record's headers; download it again",
            ));
        }
        if &header[before..] == b"\r\n" || &header[before..] == b"\n" {
            return Ok(Some(header));
        }
        if header.len() as u64 > MAX_HEADER_BYTES {
            return Err(RecordError::damaged(format!(
                "record headers of more than {}; this is not a WARC file",
                human_size(MAX_HEADER_BYTES)
            )));
        }
    }
}

/// The fields a reader needs from a record's header block.
fn parse_head(header: &[u8]) -> Result<RecordHead, RecordError> {
    let Ok((_, (_version, fields, length))) = warc::parser::headers(header) else {
        return Err(RecordError::damaged(
            "not a WARC record (unreadable headers, or no Content-Length); check that this \
             is a WARC file",
        ));
    };
    let get = |key: &str| {
        fields
            .iter()
            .find(|(k, _)| k.eq_ignore_ascii_case(key))
            .map(|(_, v)| String::from_utf8_lossy(v).trim().to_string())
    };
    Ok(RecordHead {
        id: get("warc-record-id"),
        url: get("warc-target-uri").map(|u| u.trim_matches(['<', '>']).to_string()),
        kind: get("warc-type").unwrap_or_default().to_ascii_lowercase(),
        block_type: get("content-type").unwrap_or_default(),
        length: length as u64,
    })
}

/// Reads the two line ends that close a record; a last record may lack them.
fn check_record_end(reader: &mut impl BufRead, head: &RecordHead) -> Result<(), RecordError> {
    let mut end = [0u8; 4];
    match reader.read_exact(&mut end) {
        Ok(()) if &end == b"\r\n\r\n" => Ok(()),
        Ok(()) => Err(head.fail(misplaced_end_message().into(), true)),
        Err(e) if e.kind() == io::ErrorKind::UnexpectedEof => Ok(()),
        Err(e) => Err(head.fail(read_error(&e), false)),
    }
}

fn overrun_message() -> &'static str {
    "the data ends inside a record (its Content-Length runs past it); download it again"
}

fn misplaced_end_message() -> &'static str {
    "the record does not end where its Content-Length says; the file is damaged"
}

/// Where the first line that starts a record begins inside `block`, past its first byte.
fn find_record_start(block: &[u8]) -> Option<usize> {
    block
        .windows(RECORD_START.len() + 1)
        .position(|w| w[0] == b'\n' && &w[1..] == RECORD_START)
        .map(|at| at + 1)
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
fn skip_to_gzip_member<R: BufRead>(outer: &mut Tracked<R>, member: u64) {
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
        if at_line_start && buf.starts_with(RECORD_START) {
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

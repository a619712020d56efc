//! Reading one page's bytes: from a file or standard input, decompressing gzip, and refusing
//! more than a set size (64 MiB unless `--max-page-size` says otherwise) so that a hostile or
//! broken file — a gzip bomb — is an error for that page instead of exhausting memory.

use std::fs::{self, File};
use std::io::{self, Read};
use std::path::Path;

use flate2::read::MultiGzDecoder;

use crate::error::{CliError, display_path};

/// The most bytes a page may have by default, after decompression.
pub const MAX_PAGE_BYTES: u64 = 64 * 1024 * 1024;

const GZIP_MAGIC: [u8; 2] = [0x1f, 0x8b];

/// Why reading stopped.
pub enum ReadError {
    TooLarge,
    Io(io::Error),
}

/// The bytes of the page at `path` (`-` for standard input), decompressed when they are
/// gzip (by their magic number; a `.gz` name without it is an error).
pub fn read_page(path: &Path, max: u64) -> Result<Vec<u8>, CliError> {
    let name = display_path(path);
    let raw = if path == Path::new("-") {
        read_capped(io::stdin().lock(), max)
    } else {
        let file = open_regular(path)?;
        // The file's size, when known, sizes the buffer once: read through `take`, the
        // buffer would otherwise grow by doubling, copying the page each time.
        let size = file.metadata().map_or(0, |m| m.len());
        read_capped_sized(file, max, size)
    }
    .map_err(|e| match e {
        ReadError::TooLarge => too_large(&name, max),
        ReadError::Io(e) => CliError::io(path, "read it", &e),
    })?;
    if raw.starts_with(&GZIP_MAGIC) {
        gunzip(&raw, &name, max)
    } else if path
        .extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("gz"))
    {
        Err(CliError::failure(format!(
            "{name}: not gzip data despite the .gz name; decompress or rename it"
        )))
    } else {
        Ok(raw)
    }
}

/// Opens a regular file; anything else (a FIFO, a device, a socket, a folder) is refused
/// from its metadata before it is opened, since opening or reading one may never return.
pub fn open_regular(path: &Path) -> Result<File, CliError> {
    let meta = fs::metadata(path).map_err(|e| CliError::io(path, "open it", &e))?;
    if !meta.is_file() {
        return Err(CliError::failure(format!(
            "{}: not a regular file (a pipe, device or folder); give a page file",
            display_path(path)
        )));
    }
    File::open(path).map_err(|e| CliError::io(path, "open it", &e))
}

/// Decompresses gzip data (one or more members), refusing more than `max` bytes.
pub fn gunzip(raw: &[u8], name: &str, max: u64) -> Result<Vec<u8>, CliError> {
    read_capped(MultiGzDecoder::new(raw), max).map_err(|e| match e {
        ReadError::TooLarge => too_large(name, max),
        ReadError::Io(_) => CliError::failure(format!(
            "{name}: damaged gzip data; check it with `gzip -t` or save the page again"
        )),
    })
}

/// Reads everything, stopping beyond `max` bytes.
pub fn read_capped(reader: impl Read, max: u64) -> Result<Vec<u8>, ReadError> {
    read_capped_sized(reader, max, 0)
}

/// [`read_capped`] with room made first for `expected` bytes (one more, to see the end
/// without growing); never more than the cap allows.
fn read_capped_sized(reader: impl Read, max: u64, expected: u64) -> Result<Vec<u8>, ReadError> {
    let room = expected.min(max).saturating_add(1);
    let mut bytes = Vec::with_capacity(usize::try_from(room).unwrap_or(0));
    reader
        .take(max.saturating_add(1))
        .read_to_end(&mut bytes)
        .map_err(ReadError::Io)?;
    if bytes.len() as u64 > max {
        return Err(ReadError::TooLarge);
    }
    Ok(bytes)
}

/// The error for a page over the size limit.
pub fn too_large(name: &str, max: u64) -> CliError {
    CliError::failure(format!(
        "{name}: more than {} (after decompression); a news page is far smaller: check \
         that this is the right file, or raise --max-page-size",
        human_size(max)
    ))
}

/// `64 MiB`, `512 KiB`, `1000 bytes`.
pub fn human_size(bytes: u64) -> String {
    if bytes >= 1 << 20 && bytes.is_multiple_of(1 << 20) {
        format!("{} MiB", bytes >> 20)
    } else if bytes >= 1 << 10 && bytes.is_multiple_of(1 << 10) {
        format!("{} KiB", bytes >> 10)
    } else {
        format!("{bytes} bytes")
    }
}

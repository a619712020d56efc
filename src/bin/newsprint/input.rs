//! Reading one page's bytes: from a file or standard input, decompressing gzip, and refusing
//! more than [`MAX_PAGE_BYTES`] so that a hostile or broken file cannot exhaust memory.

use std::fs::File;
use std::io::{self, Read};
use std::path::Path;

use flate2::read::MultiGzDecoder;

use crate::error::{CliError, display_path};

/// The most bytes a page may have, after decompression.
pub const MAX_PAGE_BYTES: u64 = 64 * 1024 * 1024;

const GZIP_MAGIC: [u8; 2] = [0x1f, 0x8b];

/// Why reading stopped.
enum ReadError {
    TooLarge,
    Io(io::Error),
}

/// The bytes of the page at `path` (`-` for standard input), decompressed when they are
/// gzip (by their magic number; a `.gz` name without it is an error).
pub fn read_page(path: &Path) -> Result<Vec<u8>, CliError> {
    let raw = if path == Path::new("-") {
        read_capped(io::stdin().lock())
    } else {
        let file = File::open(path).map_err(|e| CliError::io(path, "open it", &e))?;
        read_capped(file)
    }
    .map_err(|e| match e {
        ReadError::TooLarge => too_large(path),
        ReadError::Io(e) => CliError::io(path, "read it", &e),
    })?;
    if raw.starts_with(&GZIP_MAGIC) {
        read_capped(MultiGzDecoder::new(raw.as_slice())).map_err(|e| match e {
            ReadError::TooLarge => too_large(path),
            ReadError::Io(_) => CliError::failure(format!(
                "{}: damaged gzip data; check it with `gzip -t` or save the page again",
                display_path(path)
            )),
        })
    } else if path
        .extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("gz"))
    {
        Err(CliError::failure(format!(
            "{}: not gzip data despite the .gz name; decompress or rename it",
            display_path(path)
        )))
    } else {
        Ok(raw)
    }
}

/// Reads everything, stopping beyond [`MAX_PAGE_BYTES`].
fn read_capped(reader: impl Read) -> Result<Vec<u8>, ReadError> {
    let mut bytes = Vec::new();
    reader
        .take(MAX_PAGE_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(ReadError::Io)?;
    if bytes.len() as u64 > MAX_PAGE_BYTES {
        return Err(ReadError::TooLarge);
    }
    Ok(bytes)
}

fn too_large(path: &Path) -> CliError {
    CliError::failure(format!(
        "{}: more than {} MiB (after decompression); a news page is far smaller, check that \
         this is the right file",
        display_path(path),
        MAX_PAGE_BYTES / (1024 * 1024)
    ))
}

//! Gzip-compressed page bytes, recognised by their magic number and decompressed under a size
//! cap, so that `Page::from_bytes` on a saved `.html.gz` reads the page instead of its
//! compressed bytes. flate2's pure-Rust backend does the work.

use std::io::Read;

use flate2::read::MultiGzDecoder;

/// The most bytes a page may decompress to: far above any news page, far below what would
/// exhaust memory (a gzip bomb stops here).
pub const MAX_DECOMPRESSED_BYTES: u64 = 64 * 1024 * 1024;

/// True when the bytes start with gzip's magic number.
pub(crate) fn is_gzip(bytes: &[u8]) -> bool {
    bytes.starts_with(&[0x1f, 0x8b])
}

/// Decompresses gzip data (one or more members), refusing more than `max` bytes.
pub(crate) fn gunzip(bytes: &[u8], max: u64) -> Result<Vec<u8>, crate::Error> {
    let mut out = Vec::new();
    MultiGzDecoder::new(bytes)
        .take(max.saturating_add(1))
        .read_to_end(&mut out)
        .map_err(|source| crate::Error::Gzip { source })?;
    if out.len() as u64 > max {
        return Err(crate::Error::TooLarge { limit: max });
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use std::io::Write;

    use super::*;

    fn gzip(bytes: &[u8]) -> Vec<u8> {
        let mut encoder = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
        encoder.write_all(bytes).unwrap();
        encoder.finish().unwrap()
    }

    #[test]
    fn decompresses_under_the_cap_and_refuses_above_it() {
        let page = b"<h1>Ferry service resumes</h1>".repeat(100);
        let zipped = gzip(&page);
        assert!(is_gzip(&zipped) && !is_gzip(&page));
        assert_eq!(gunzip(&zipped, MAX_DECOMPRESSED_BYTES).unwrap(), page);
        let err = gunzip(&zipped, 100).unwrap_err();
        assert_eq!(
            err.to_string(),
            "page bytes decompress to more than 100 bytes"
        );
        let err = gunzip(&zipped[..zipped.len() / 2], MAX_DECOMPRESSED_BYTES).unwrap_err();
        assert!(err.to_string().starts_with("damaged gzip data"), "{err}");
    }
}

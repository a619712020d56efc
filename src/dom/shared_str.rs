//! The page's text in one buffer: every text node and attribute value of a parsed page is a
//! run of one shared string, so a page costs one allocation for its text, not one per node
//! and attribute, and freeing the page frees one buffer.

use std::fmt;
use std::ops::Deref;
use std::sync::Arc;

/// A piece of a page's text: a run of the buffer that holds all of it. Reads as a `&str`.
#[derive(Clone)]
pub struct SharedStr {
    buf: Arc<String>,
    start: usize,
    end: usize,
}

impl SharedStr {
    /// The text as a string slice.
    pub fn as_str(&self) -> &str {
        // Always in range once the pool is sealed; a piece that missed its chunk reads empty
        // rather than panic.
        self.buf.get(self.start..self.end).unwrap_or_default()
    }
}

impl Deref for SharedStr {
    type Target = str;

    fn deref(&self) -> &str {
        self.as_str()
    }
}

impl AsRef<str> for SharedStr {
    fn as_ref(&self) -> &str {
        self.as_str()
    }
}

impl fmt::Debug for SharedStr {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(self.as_str(), f)
    }
}

impl fmt::Display for SharedStr {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(self.as_str(), f)
    }
}

impl PartialEq for SharedStr {
    fn eq(&self, other: &SharedStr) -> bool {
        self.as_str() == other.as_str()
    }
}

impl Eq for SharedStr {}

impl PartialEq<str> for SharedStr {
    fn eq(&self, other: &str) -> bool {
        self.as_str() == other
    }
}

impl PartialEq<&str> for SharedStr {
    fn eq(&self, other: &&str) -> bool {
        self.as_str() == *other
    }
}

impl From<String> for SharedStr {
    /// A piece with a buffer of its own.
    fn from(text: String) -> SharedStr {
        let end = text.len();
        SharedStr {
            buf: Arc::new(text),
            start: 0,
            end,
        }
    }
}

/// Gathers a page's text while its tree is copied, in chunks of about [`CHUNK_BYTES`], so
/// the text grows as the rcdom it is copied from is freed and no buffer is regrown.
/// [`TextPool::add`] hands out pieces that point at their chunk's empty stand-in;
/// [`Sealed::point`] then points each at its chunk's text.
pub(super) struct TextPool {
    chunks: Vec<Chunk>,
}

/// One buffer of a page's text, and the stand-in its pieces point at until it is sealed.
struct Chunk {
    text: String,
    stand_in: Arc<String>,
}

/// The size of a chunk of text; longer texts have a chunk of their own.
const CHUNK_BYTES: usize = 16 * 1024;

impl TextPool {
    pub(super) fn new() -> TextPool {
        TextPool { chunks: Vec::new() }
    }

    /// Appends `s` to the page's text; the piece reads it once the pool is sealed.
    pub(super) fn add(&mut self, s: &str) -> SharedStr {
        let fits = |c: &&mut Chunk| c.text.capacity() - c.text.len() >= s.len();
        let chunk = match self.chunks.last_mut().filter(fits) {
            Some(chunk) => chunk,
            None => {
                self.chunks.push(Chunk {
                    text: String::with_capacity(s.len().max(CHUNK_BYTES)),
                    stand_in: Arc::default(),
                });
                let last = self.chunks.len() - 1;
                &mut self.chunks[last]
            }
        };
        let start = chunk.text.len();
        chunk.text.push_str(s);
        SharedStr {
            buf: Arc::clone(&chunk.stand_in),
            start,
            end: chunk.text.len(),
        }
    }

    /// Makes each chunk's buffer (moved, not copied); [`Sealed::point`] then hands them to
    /// the pieces given out.
    pub(super) fn seal(self) -> Sealed {
        let chunks = self
            .chunks
            .into_iter()
            .map(|mut chunk| {
                chunk.text.shrink_to_fit();
                (chunk.stand_in, Arc::new(chunk.text))
            })
            .collect();
        Sealed { chunks, at: 0 }
    }
}

/// A sealed [`TextPool`]: each chunk's stand-in and its text.
pub(super) struct Sealed {
    chunks: Vec<(Arc<String>, Arc<String>)>,
    /// The chunk of the last piece pointed: pieces come in the order they were given out.
    at: usize,
}

impl Sealed {
    /// Points a piece the pool gave out at its chunk's text. Pieces are taken in the order
    /// the pool gave them out, so the search for the chunk only moves forward.
    pub(super) fn point(&mut self, piece: &mut SharedStr) {
        let Some(ahead) = self.chunks[self.at..]
            .iter()
            .position(|(stand_in, _)| Arc::ptr_eq(&piece.buf, stand_in))
        else {
            return;
        };
        self.at += ahead;
        piece.buf = Arc::clone(&self.chunks[self.at].1);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pieces_read_their_runs_once_sealed() {
        let mut pool = TextPool::new();
        let long = "x".repeat(CHUNK_BYTES + 1);
        let mut pieces = vec![pool.add("Storm "), pool.add(""), pool.add(&long)];
        pieces.push(pool.add("hits"));
        pieces.extend((0..CHUNK_BYTES / 4).map(|_| pool.add("rain")));
        let mut sealed = pool.seal();
        pieces.iter_mut().for_each(|piece| sealed.point(piece));
        let read: Vec<&str> = pieces[..4].iter().map(SharedStr::as_str).collect();
        assert_eq!(read, ["Storm ", "", long.as_str(), "hits"]);
        assert!(pieces[4..].iter().all(|piece| piece == "rain"));
        assert_eq!(format!("{:?}", pieces[0]), "\"Storm \"");
        assert_eq!(SharedStr::from("own".to_string()), "own");
    }
}

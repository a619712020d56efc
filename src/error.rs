//! The one error type, for what can fail before or around extraction (never extraction
//! itself): reading files, decoding bytes, loading profiles.

use std::path::PathBuf;

/// An error from building an extractor or reading input. Extraction itself never fails.
///
/// ```
/// let err = newsprint::Extractor::builder()
///     .profile_toml("id = \"bugle\"\nhosts = [\"bugle.example\"]\n[fields]\nheadline = [{ css = \"h1[\" }]")
///     .unwrap_err();
/// assert!(err.is_profile());
/// assert!(err.to_string().starts_with("profile \"bugle\": field \"headline\": rule 1: invalid selector"));
/// ```
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// A file could not be read.
    #[error("cannot read {path}: {source}")]
    Io {
        /// The file.
        path: PathBuf,
        /// The cause.
        #[source]
        source: std::io::Error,
    },
    /// A site profile is invalid.
    #[error("{}profile {profile:?}: {message}", file_prefix(file.as_deref()))]
    Profile {
        /// The file it was read from, if any.
        file: Option<PathBuf>,
        /// The profile's id or file.
        profile: String,
        /// What is wrong, naming the field and rule.
        message: String,
    },
    /// Page bytes are gzip data that does not decompress.
    #[error("damaged gzip data: {source}")]
    Gzip {
        /// The decoder's error.
        #[source]
        source: std::io::Error,
    },
    /// Page bytes decompress to more than the size cap.
    #[error("page bytes decompress to more than {limit} bytes")]
    TooLarge {
        /// The cap, in bytes.
        limit: u64,
    },
    /// A timestamp lacks the time or the offset a conversion needs.
    #[error("timestamp {text} has no {missing}")]
    IncompleteTime {
        /// The timestamp as ISO 8601.
        text: String,
        /// What it lacks: `time` or `UTC offset`.
        missing: &'static str,
    },
}

fn file_prefix(file: Option<&std::path::Path>) -> String {
    file.map(|f| format!("{}: ", f.display()))
        .unwrap_or_default()
}

impl Error {
    /// True for an I/O error.
    pub fn is_io(&self) -> bool {
        matches!(self, Error::Io { .. })
    }

    pub(crate) fn incomplete_time(ts: &crate::Timestamp) -> Error {
        let missing = if ts.time.is_none() {
            "time"
        } else {
            "UTC offset"
        };
        Error::IncompleteTime {
            text: ts.to_string(),
            missing,
        }
    }

    /// True for page bytes that cannot be read: damaged gzip data, or more than the cap.
    pub fn is_input(&self) -> bool {
        matches!(self, Error::Gzip { .. } | Error::TooLarge { .. })
    }

    /// True for an invalid profile.
    pub fn is_profile(&self) -> bool {
        matches!(self, Error::Profile { .. })
    }
}

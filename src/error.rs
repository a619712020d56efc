//! The one error type, for what can fail before or around extraction (never extraction
//! itself): reading files, decoding bytes, loading profiles.

use std::path::PathBuf;

/// An error from building an extractor or reading input. Extraction itself never fails.
///
/// Each variant keeps its cause: [`std::error::Error::source`] returns the I/O, gzip or
/// [`ProfileError`] behind it, and a profile's cause keeps the regex or TOML error behind
/// that.
///
/// ```
/// use std::error::Error as _;
/// let err = newsprint::Extractor::builder()
///     .profile_toml("id = \"bugle\"\nhosts = [\"bugle.example\"]\n[fields]\nheadline = [{ css = \"h1[\" }]")
///     .unwrap_err();
/// assert!(err.is_profile());
/// assert!(err.to_string().starts_with("profile \"bugle\": field \"headline\": rule 1: invalid selector"));
/// // The cause, as a value a program can match on.
/// let cause = err.profile_error().unwrap();
/// assert!(matches!(cause, newsprint::ProfileError::Selector { .. }));
/// assert!(err.source().is_some());
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
    #[error("{}profile {profile:?}: {}{cause}", file_prefix(file.as_deref()), place_prefix(place))]
    Profile {
        /// The file it was read from, if any.
        file: Option<PathBuf>,
        /// The profile's id or file.
        profile: String,
        /// Where in the profile: `field "published": rule 2`, or empty for the profile as a
        /// whole.
        place: String,
        /// What is wrong (boxed, to keep `Result<_, Error>` small).
        #[source]
        cause: Box<ProfileError>,
    },
    /// A profile rule built in code is invalid ([`Rule::css`](crate::Rule::css) with a bad
    /// selector, say). In a profile, the same cause comes as [`Error::Profile`].
    #[error("invalid rule: {cause}")]
    Rule {
        /// What is wrong.
        #[source]
        cause: ProfileError,
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

/// What is wrong in a site profile or one of its rules: the cause behind
/// [`Error::Profile`] and [`Error::Rule`].
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum ProfileError {
    /// The file is not valid TOML, or a value has the wrong type.
    #[error("invalid TOML: {}", source.message())]
    Toml {
        /// The TOML parser's error (boxed: it is large, and rare).
        #[source]
        source: Box<toml::de::Error>,
    },
    /// A CSS selector does not parse, or is too complex to match safely.
    #[error("{message}")]
    Selector {
        /// The selector as written.
        selector: String,
        /// What the parser said, with the selector.
        message: String,
    },
    /// A regex does not compile, or compiles too large.
    #[error("invalid regex {pattern:?}: {source}")]
    Regex {
        /// The pattern as written.
        pattern: String,
        /// The regex crate's error.
        #[source]
        source: regex::Error,
    },
    /// An embedded-state rule (`state = "NAME:PATH"`) names no state, or its path does not
    /// parse.
    #[error("state {spec:?}: {message}")]
    State {
        /// The rule as written.
        spec: String,
        /// What is wrong.
        message: String,
    },
    /// A date format has an unknown specifier, or a date written with it does not read back.
    #[error("invalid format {format:?}")]
    Format {
        /// The format as written.
        format: String,
    },
    /// A time zone name is not in the IANA database.
    #[error("invalid timezone {zone:?}")]
    Timezone {
        /// The name as written.
        zone: String,
    },
    /// A field name that no profile can fill.
    #[error("unknown field {name:?}")]
    UnknownField {
        /// The name as written.
        name: String,
    },
    /// The profile's shape is wrong: a rule with two sources, `attr` without `css`, a
    /// profile with neither hosts nor a fingerprint.
    #[error("{0}")]
    Shape(String),
}

fn file_prefix(file: Option<&std::path::Path>) -> String {
    file.map(|f| format!("{}: ", f.display()))
        .unwrap_or_default()
}

fn place_prefix(place: &str) -> String {
    if place.is_empty() {
        String::new()
    } else {
        format!("{place}: ")
    }
}

impl From<ProfileError> for Error {
    fn from(cause: ProfileError) -> Self {
        Error::Rule { cause }
    }
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

    /// True for an invalid profile, or an invalid rule built in code.
    pub fn is_profile(&self) -> bool {
        matches!(self, Error::Profile { .. } | Error::Rule { .. })
    }

    /// What is wrong in the profile or rule, when this is a profile error.
    pub fn profile_error(&self) -> Option<&ProfileError> {
        match self {
            Error::Profile { cause, .. } => Some(cause),
            Error::Rule { cause } => Some(cause),
            _ => None,
        }
    }
}

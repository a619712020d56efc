//! The command line's errors: a lowercase message that names the file and suggests a fix,
//! and whether the mistake is in the arguments (exit status 2) or in what they name (1).

use std::fmt;
use std::io;
use std::path::Path;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CliError {
    pub message: String,
    /// A usage error: the arguments name nothing usable.
    pub usage: bool,
}

impl CliError {
    /// An error in the arguments (exit status 2).
    pub fn usage(message: impl Into<String>) -> Self {
        CliError {
            message: message.into(),
            usage: true,
        }
    }

    /// A failure while reading or processing what the arguments name (exit status 1).
    pub fn failure(message: impl Into<String>) -> Self {
        CliError {
            message: message.into(),
            usage: false,
        }
    }

    /// An I/O error on `path`, with a hint that fits its kind. A missing path is a usage
    /// error.
    pub fn io(path: &Path, action: &str, err: &io::Error) -> Self {
        let path = display_path(path);
        match err.kind() {
            io::ErrorKind::NotFound => {
                CliError::usage(format!("{path}: no such file or directory; check the path"))
            }
            io::ErrorKind::PermissionDenied => CliError::failure(format!(
                "{path}: permission denied; check the file's permissions"
            )),
            _ => CliError::failure(format!("{path}: cannot {action}: {}", lowercase(err))),
        }
    }

    pub fn exit_code(&self) -> u8 {
        if self.usage { 2 } else { 1 }
    }
}

impl fmt::Display for CliError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

/// A path as the user wrote it; `-` is standard input.
pub fn display_path(path: &Path) -> String {
    if path == Path::new("-") {
        "standard input".to_string()
    } else {
        path.display().to_string()
    }
}

/// An error's message with a lowercase first letter and no final period.
pub fn lowercase(err: &dyn fmt::Display) -> String {
    let text = err.to_string();
    let text = text.trim_end_matches('.');
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_lowercase().chain(chars).collect(),
        None => String::new(),
    }
}

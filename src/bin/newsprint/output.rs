//! Writing to standard output without panicking when the reader goes away
//! (`newsprint eval … | head`).

use std::io::{self, Write};

use crate::error::{CliError, lowercase};

/// Writes `text` to standard output; a closed pipe is not an error.
pub fn print(text: &str) -> Result<(), CliError> {
    let mut out = io::stdout().lock();
    match out.write_all(text.as_bytes()).and_then(|()| out.flush()) {
        Ok(()) => Ok(()),
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => Ok(()),
        Err(e) => Err(CliError::failure(format!(
            "cannot write to standard output: {}",
            lowercase(&e)
        ))),
    }
}

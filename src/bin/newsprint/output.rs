//! Writing output without panicking when the reader goes away (`newsprint … | head`).

use std::fs::File;
use std::io::{self, BufWriter, Write};
use std::path::Path;

use crate::error::{CliError, lowercase};

/// Writes `text` to standard output; a closed pipe is not an error.
pub fn print(text: &str) -> Result<(), CliError> {
    let mut out = io::stdout().lock();
    write(&mut out, text)?;
    flush(&mut out)
}

/// Where the pages go: `--output FILE` or standard output.
pub fn open(path: Option<&Path>) -> Result<Box<dyn Write>, CliError> {
    Ok(match path {
        Some(path) if path != Path::new("-") => {
            let file = File::create(path).map_err(|e| CliError::io(path, "create it", &e))?;
            Box::new(BufWriter::with_capacity(1 << 16, file))
        }
        _ => Box::new(BufWriter::with_capacity(1 << 16, io::stdout().lock())),
    })
}

/// Writes `text`; `Ok(false)` when the reader has gone away (stop quietly).
pub fn write(out: &mut dyn Write, text: &str) -> Result<bool, CliError> {
    match out.write_all(text.as_bytes()) {
        Ok(()) => Ok(true),
        Err(e) => quiet_when_closed(e),
    }
}

/// Flushes; a closed pipe is not an error.
pub fn flush(out: &mut dyn Write) -> Result<(), CliError> {
    match out.flush() {
        Ok(()) => Ok(()),
        Err(e) => quiet_when_closed(e).map(|_| ()),
    }
}

fn quiet_when_closed(e: io::Error) -> Result<bool, CliError> {
    if e.kind() == io::ErrorKind::BrokenPipe {
        Ok(false)
    } else {
        Err(CliError::failure(format!(
            "cannot write the output: {}; check the disk space and the --output path",
            lowercase(&e)
        )))
    }
}

//! Any bytes as a WARC file (plain or gzip), through the command-line tool's reader: no
//! panic, no hang, and every record handed on. The reader's modules are included by path.
#![no_main]
#![allow(dead_code)]

use std::io::Write;

use libfuzzer_sys::fuzz_target;

#[path = "../../src/bin/newsprint/error.rs"]
mod error;
#[path = "../../src/bin/newsprint/input.rs"]
mod input;
#[path = "../../src/bin/newsprint/sources.rs"]
mod sources;
#[path = "../../src/bin/newsprint/warc_input.rs"]
mod warc_input;

fuzz_target!(|data: &[u8]| {
    let path = std::env::temp_dir().join(format!("newsprint-fuzz-{}.warc", std::process::id()));
    let Ok(mut file) = std::fs::File::create(&path) else {
        return;
    };
    if file.write_all(data).is_err() {
        return;
    }
    drop(file);
    let mut records = 0usize;
    warc_input::read(&path, 1 << 20, &mut |_job| {
        records += 1;
        true
    });
    let _ = std::fs::remove_file(&path);
});

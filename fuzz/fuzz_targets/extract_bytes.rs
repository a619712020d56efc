//! Any bytes through the whole extraction: no panic, no hang, no unbounded memory.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let _ = newsprint::extract_bytes(data);
});

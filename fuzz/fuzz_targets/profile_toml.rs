//! Any text as a site profile: loading never panics, and a profile that loads extracts a
//! small page without panicking.
#![no_main]

use libfuzzer_sys::fuzz_target;
use newsprint::profile::Profile;
use newsprint::{Extractor, Page};

const PAGE: &str = r#"<html><head><title>Harbour reopens | Example Gazette</title></head>
<body><article><h1 class="title">Harbour reopens</h1><p class="byline">By Ann Lee</p>
<time datetime="2024-03-05T09:30:00+01:00">5 March 2024</time>
<p>The harbour reopened on Tuesday after repairs to the sea wall.</p></article></body></html>"#;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let Ok(profile) = Profile::from_toml(text) else {
        return;
    };
    let extractor = Extractor::builder().profile(profile).build();
    let page = Page::from_bytes(PAGE.as_bytes()).url("https://example.com/2024/03/05/harbour");
    let _ = extractor.extract(&page);
});

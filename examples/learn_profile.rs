//! Learns a site profile from two labelled pages of an invented site (the Harbour Gazette,
//! `fixtures/learned-site/`), prints it, then extracts a third page of the site with it.
//!
//! The site writes its dates month first (`03/05/2024` is March 5) on pages that declare
//! plain `en`, which the generic date reader takes day first, and shows its tags in a
//! `.topics` box that the generic rules do not read. The labels (`<slug>.json`, in the
//! evaluation corpus's format) say what the pages hold; the learned profile reads both.
//!
//! ```sh
//! cargo run --example learn_profile
//! ```
//!
//! The same from the command line: `newsprint profiles learn DIR -o FILE.toml` over a folder
//! holding the pages and their labels.

use std::path::Path;

use newsprint::eval::Record;
use newsprint::profile::learn::{LearnOptions, LearnPage, learn};
use newsprint::{Extractor, Page};

const SITE: &str = "fixtures/learned-site";

/// A page of the site with its labels.
fn labelled(slug: &str) -> Result<LearnPage, Box<dyn std::error::Error>> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join(SITE);
    let html = std::fs::read_to_string(dir.join(format!("{slug}.html")))?;
    let record = Record::from_json(&std::fs::read_to_string(dir.join(format!("{slug}.json")))?)?;
    let url = record.url.clone();
    Ok(LearnPage::new(html, url, record).fixture(format!("{SITE}/{slug}.html")))
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let pages = [
        labelled("harbour-ferry-returns")?,
        labelled("tram-depot-expansion")?,
    ];
    let learned = learn(&pages, &LearnOptions::default());
    println!("{}", learned.to_toml());

    let third = labelled("library-roof-repaired")?;
    let page = Page::new(&third.html).url(third.url.clone().unwrap_or_default());
    let generic = Extractor::new().extract(&page);
    let profiled = Extractor::builder()
        .profile(learned.profile()?)
        .build()
        .extract(&page);
    let day = |a: &newsprint::Article| a.published.as_ref().map(|t| t.to_string());
    println!(
        "third page, generic rules: {:?}, tags {:?}",
        day(&generic),
        generic.tags
    );
    println!(
        "third page, learned profile: {:?}, tags {:?}",
        day(&profiled),
        profiled.tags
    );

    // The profile reads what the generic rules misread or miss; the rest stays theirs.
    assert_eq!(day(&profiled).as_deref(), Some("2024-05-09"));
    assert_eq!(profiled.tags, ["Culture", "City council"]);
    assert_eq!(profiled.headline, generic.headline);
    assert_eq!(profiled.paragraphs().len(), 3);
    Ok(())
}

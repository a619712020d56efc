//! Extracts a saved Nepalnews page with the built-in `nepalnews` profile.
//!
//! ```sh
//! cargo run --example nepalnews
//! ```

use newsprint::{Extractor, Page};

const PAGE: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/fixtures/nepalnews/north-korean-leader-reaffirms-arms-buildup.html"
);
const URL: &str = "https://english.nepalnews.com/s/world/north-korean-leader-reaffirms-arms-buildup-in-party-meeting";

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let bytes = std::fs::read(PAGE)?;
    // The URL's host picks the profile: nepalnews.com and its subdomains.
    let extractor = Extractor::new();
    let article = extractor.extract(&Page::from_bytes(&bytes).url(URL));

    let profile = article.profile.as_ref().map_or("(none)", |p| p.id.as_str());
    println!("profile: {profile}");
    println!("headline: {}", article.headline.as_deref().unwrap_or("-"));
    match &article.published {
        Some(published) => println!("published: {published}"),
        None => println!("published: -"),
    }
    if let Some(dateline) = &article.dateline {
        println!(
            "dateline: {} (place: {})",
            dateline.raw,
            dateline.place.as_deref().unwrap_or("-")
        );
    }
    println!("tags: {}", article.tags.join(", "));
    let p = &article.publisher;
    for (name, value) in [
        ("tagline", &p.tagline),
        ("legal name", &p.legal_name),
        ("editor", &p.editor),
        ("registration", &p.registration),
        ("address", &p.address),
        ("email", &p.email),
        ("copyright", &p.copyright),
    ] {
        println!(
            "{:<13} {}",
            format!("{name}:"),
            value.as_deref().unwrap_or("-")
        );
    }
    println!("paragraphs: {}", article.paragraphs().len());
    for warning in &article.warnings {
        println!("warning: {warning}");
    }
    Ok(())
}

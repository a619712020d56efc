//! A site profile written in TOML for an imaginary site, loaded at run time and used on an
//! inline page.
//!
//! ```sh
//! cargo run --example toml_profile
//! ```

use newsprint::{Extractor, Page, Profile};

/// The profile: where the Valley Courier keeps its fields. Times on the site are local
/// (America/Denver); the dateline reads "GRAND JUNCTION (VCN) —".
const PROFILE: &str = r#"
id = "valley-courier"
name = "The Valley Courier"
hosts = ["valleycourier.example"]
timezone = "America/Denver"
language = "en"

[fields]
headline = [{ css = "h1.story-head" }, { meta = "og:title" }]
published = [{ css = ".story-meta .posted", strip_prefix = "Posted", format = ["%B %d, %Y at %I:%M %p", "%B %d, %Y"] }]
dateline = [{ css = ".story-body p:first-child strong", regex = '^(?P<place>[A-Z][A-Z .]+?) \((?P<agency>[A-Z]+)\)' }]
authors = [{ css = ".story-meta .by", strip_prefix = "By", split = " and " }]
body = [{ css = ".story-body", exclude = [".promo", ".share"] }]
tags = [{ css = ".topics a" }]
section = [{ css = "nav.crumbs a:last-child" }]
site_name = [{ value = "The Valley Courier" }]
publisher.email = [{ css = "footer .contact", regex = '(?P<value>[\w.]+@[\w.]+)' }]
"#;

const HTML: &str = r#"<!doctype html>
<html><head><title>Orchard growers brace for frost | The Valley Courier</title></head>
<body>
<nav class="crumbs"><a href="/">Home</a> <a href="/agriculture">Agriculture</a></nav>
<h1 class="story-head">Orchard growers brace for a late frost</h1>
<div class="story-meta">
  <span class="by">By Ana Ruiz and Tom Becker</span>
  <span class="posted">Posted April 9, 2024 at 6:15 AM</span>
</div>
<div class="story-body">
  <p><strong>GRAND JUNCTION (VCN) —</strong> Peach growers lit orchard heaters overnight as
  temperatures fell below freezing for the third night in a row.</p>
  <div class="share">Share on Facebook</div>
  <p>Growers said the buds were at their most fragile stage.</p>
  <p class="promo">Subscribe to the Courier for $1 a week.</p>
  <p>The weather service expects warmer nights from Thursday.</p>
</div>
<div class="topics"><a href="/t/frost">frost</a> <a href="/t/peaches">peaches</a></div>
<footer><p class="contact">Write to us: newsroom@valleycourier.example</p></footer>
</body></html>"#;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    // Checked before use: a bad selector, regex, format or time zone is an error naming the
    // profile, the field and the rule.
    let profile = Profile::from_toml(PROFILE)?;
    println!(
        "profile {:?}: fields {:?}",
        profile.id(),
        profile.field_names()
    );
    // `Extractor::builder().profile_toml(PROFILE)?` does both steps at once.
    let extractor = Extractor::builder().profile(profile).build();

    let page = Page::new(HTML).url("https://www.valleycourier.example/2024/04/09/frost");
    let article = extractor.extract(&page);

    println!("headline:  {}", article.headline.as_deref().unwrap_or("-"));
    if let Some(published) = &article.published {
        println!("published: {published}");
    }
    if let Some(dateline) = &article.dateline {
        println!(
            "dateline:  {} / {}",
            dateline.place.as_deref().unwrap_or("-"),
            dateline.agency.as_deref().unwrap_or("-")
        );
    }
    let authors: Vec<&str> = article.authors.iter().map(|a| a.name.as_str()).collect();
    println!("authors:   {}", authors.join(", "));
    println!("section:   {}", article.section.join(" / "));
    println!("tags:      {}", article.tags.join(", "));
    println!("site:      {}", article.site_name.as_deref().unwrap_or("-"));
    println!(
        "email:     {}",
        article.publisher.email.as_deref().unwrap_or("-")
    );
    println!("body:");
    for paragraph in article.paragraphs() {
        println!("  {paragraph}");
    }
    for warning in &article.warnings {
        println!("warning:   {warning}");
    }
    Ok(())
}

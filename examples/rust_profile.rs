//! A site profile built in Rust, with one field computed by a Rust function for a quirk no
//! declarative rule can express: the site prints the day and the time in two separate
//! elements, far apart.
//!
//! ```sh
//! cargo run --example rust_profile
//! ```

use newsprint::{Extractor, Page, Profile, Rule};

const HTML: &str = r#"<html><body>
<header><div class="issue-day">Tuesday, 12 March 2024</div></header>
<article>
  <h2 class="title">Ferry service resumes after storm</h2>
  <p class="credit">Reporting: Lena Vogt</p>
  <div class="text">
    <p>The island ferry sailed again on Tuesday after two days in port.</p>
    <p>Operators said the first crossing left on time.</p>
  </div>
  <footer><span class="stamp">Updated 14:20</span></footer>
</article>
</body></html>"#;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let profile = Profile::new("island-post")
        .name("The Island Post")
        .hosts(["islandpost.example"])
        .timezone("Europe/Berlin")?
        .field("headline", vec![Rule::css("h2.title")?])?
        .field(
            "authors",
            vec![Rule::css(".credit")?.strip_prefix("Reporting:")],
        )?
        .field("body", vec![Rule::css("article .text")?])?
        // The day is in the masthead, the time at the foot of the story: a function joins
        // them, and the rule's format reads the result.
        .field(
            "published",
            vec![
                Rule::function(|page| {
                    let day = page.select_text(".issue-day").into_iter().next();
                    let time = page
                        .select_text(".stamp")
                        .into_iter()
                        .next()
                        .map(|t| t.trim_start_matches("Updated").trim().to_string());
                    match (day, time) {
                        (Some(day), Some(time)) => vec![format!("{day} {time}")],
                        _ => Vec::new(),
                    }
                })
                .format("%A, %d %B %Y %H:%M")?,
            ],
        )?;
    let extractor = Extractor::builder().profile(profile).build();
    let article = extractor.extract(&Page::new(HTML).url("https://islandpost.example/ferry"));

    println!("headline:  {}", article.headline.as_deref().unwrap_or("-"));
    if let Some(published) = &article.published {
        println!("published: {published}");
    }
    let authors: Vec<&str> = article.authors.iter().map(|a| a.name.as_str()).collect();
    println!("authors:   {}", authors.join(", "));
    println!("paragraphs: {}", article.paragraphs().len());
    if let Some(prov) = article.provenance.get("published") {
        println!("published from: {prov:?}");
    }
    for warning in &article.warnings {
        println!("warning:   {warning}");
    }
    Ok(())
}

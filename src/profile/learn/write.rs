//! Writing a learned profile: a header saying what it was learned from, the rules of each
//! field with the pages each reproduced, and one `[[test]]` per page that pins the values
//! the profile gives it, so that `newsprint profiles check` tells when the site changes.

use super::{FROM_GENERIC_AGREEMENT, LearnPage, Learned, Target};
use crate::article::Article;
use crate::extractor::{Extractor, Page};
use crate::profile::Profile;

/// One page's test: its file, its URL and the values the profile gives it.
#[derive(Debug, Clone)]
pub(crate) struct TestEntry {
    fixture: String,
    url: Option<String>,
    expect: Vec<(&'static str, toml::Value)>,
}

/// The profile file.
pub(crate) fn profile_toml(learned: &Learned) -> String {
    let quote = |s: &str| toml::Value::String(s.to_string()).to_string();
    let hosts: Vec<String> = learned.hosts.iter().map(|h| quote(h)).collect();
    let mut out = header(learned);
    out.push_str(&format!("id = {}\n", quote(&learned.id)));
    out.push_str(&format!("hosts = [{}]\n", hosts.join(", ")));
    out.push_str(
        "# A value the page's own metadata contradicts (a rule reading the wrong element of a\n\
         # redesigned page) is not taken; the next rule, then the generic rules, serve the field.\n\
         verify = true\n",
    );
    out.push_str("\n[fields]\n");
    for field in &learned.fields {
        out.push_str(&format!("{} = [\n", field.target.field().as_str()));
        for (toml, hits, wrong) in field.rules() {
            out.push_str(&format!(
                "    # reproduced {hits} of the {} pages labelled for it; wrong on {wrong}\n",
                field.labelled
            ));
            out.push_str(&format!("    {toml},\n"));
        }
        out.push_str("]\n");
    }
    for test in &learned.tests {
        out.push_str(&format!("\n[[test]]\nfixture = {}\n", quote(&test.fixture)));
        if let Some(url) = &test.url {
            out.push_str(&format!("url = {}\n", quote(url)));
        }
        out.push_str("[test.expect]\n");
        for (key, value) in &test.expect {
            out.push_str(&format!("{key} = {value}\n"));
        }
    }
    out
}

/// The comment that opens the file.
fn header(learned: &Learned) -> String {
    let mut out = format!(
        "# Learned by `newsprint profiles learn` from {} pages of {}",
        learned.pages,
        learned.hosts.join(", ")
    );
    if learned.from_generic {
        out.push_str(&format!(
            ",\n# with the generic rules' output as labels: a field's rule is kept where it \
             agrees with it\n# on {:.0}% of the pages or more.\n",
            FROM_GENERIC_AGREEMENT * 100.0
        ));
    } else {
        out.push_str(
            ", labelled.\n# A rule is kept where it reproduces two pages or more and is right on \
             80% of the pages\n# it finds a value on; a field, where the profile (the generic \
             rules after it) does worse\n# than the generic rules alone on none of these pages \
             and better on two or more (on three\n# pages or more, equal is enough).\n",
        );
    }
    out.push_str(
        "# Each rule's count is of the pages it served (no rule before it found a value).\n",
    );
    if !learned.left_out.is_empty() {
        let names: Vec<&str> = learned
            .left_out
            .iter()
            .map(|t| t.field().as_str())
            .collect();
        out.push_str(&format!(
            "# Left to the generic rules (no rule consistent and as good as them): {}.\n",
            names.join(", ")
        ));
    }
    out
}

/// A test per page with a fixture: the values the learned profile gives it.
pub(crate) fn tests(learned: &Learned, pages: &[LearnPage]) -> Vec<TestEntry> {
    if pages.iter().all(|p| p.fixture.is_none()) {
        return Vec::new();
    }
    let Ok(profile) = Profile::from_toml(&profile_toml(learned)) else {
        return Vec::new();
    };
    let extractor = Extractor::builder()
        .no_builtin_profiles()
        .profile(profile)
        .build();
    pages
        .iter()
        .filter_map(|page| {
            let fixture = page.fixture.clone()?;
            let mut input = Page::new(&page.html);
            if let Some(url) = &page.url {
                input = input.url(url.as_str());
            }
            let article = extractor.extract(&input);
            Some(TestEntry {
                fixture,
                url: page.url.clone(),
                expect: expectations(learned, &article),
            })
        })
        .collect()
}

/// The values of the learned fields, as a profile test states them.
fn expectations(learned: &Learned, article: &Article) -> Vec<(&'static str, toml::Value)> {
    let text = |s: &str| toml::Value::String(s.to_string());
    let list = |items: Vec<String>| toml::Value::Array(items.iter().map(|s| text(s)).collect());
    let mut out = vec![("profile", text(&learned.id))];
    for field in &learned.fields {
        match field.target {
            Target::Headline => out.push((
                "headline",
                text(article.headline.as_deref().unwrap_or_default()),
            )),
            Target::Authors => out.push((
                "authors",
                list(article.authors.iter().map(|a| a.name.clone()).collect()),
            )),
            Target::Published => out.push((
                "published",
                text(
                    &article
                        .published
                        .as_ref()
                        .map(|t| t.to_string())
                        .unwrap_or_default(),
                ),
            )),
            Target::Tags => out.push(("tags", list(article.tags.clone()))),
            Target::Body => {
                let paragraphs = article.paragraphs();
                let count = i64::try_from(paragraphs.len()).unwrap_or(i64::MAX);
                out.push(("paragraphs", toml::Value::Integer(count)));
                let first = paragraphs
                    .first()
                    .map(|p| p.to_string())
                    .unwrap_or_default();
                out.push(("first_paragraph", text(&first)));
            }
        }
    }
    out
}

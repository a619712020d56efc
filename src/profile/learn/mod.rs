//! Learning a site profile from pages of the site: for each field, the simplest rules that
//! reproduce the values the pages are labelled with (or, for unlabelled pages, the values
//! the generic rules find), written as a profile file with a `[[test]]` per page.
//!
//! - [`candidates`] and [`body`] propose rules from each page: the stable selectors of the
//!   elements holding the expected value, the meta tags and JSON-LD paths that give it, the
//!   body's container and the boilerplate inside it;
//! - [`sample`] judges each proposal on every page with the eval's own metric, so that
//!   "reproduces" means what `newsprint eval` means;
//! - [`choose`] keeps a field's rules only where they are right where they find a value,
//!   and do no worse than the generic rules on the pages given;
//! - [`write`] writes the profile, each rule with the pages it reproduced.
//!
//! ```
//! use newsprint::eval::Record;
//! use newsprint::profile::learn::{LearnOptions, LearnPage, learn};
//!
//! // Two pages of an invented site that shows its tags in a `.topics` box.
//! let page = |headline: &str, tag: &str, url: &str| {
//!     let html = format!(
//!         "<h1>{headline}</h1><div class=\"text\"><p>The storm reached the coast on \
//!          Tuesday night.</p></div><p class=\"topics\"><a>{tag}</a> <a>Coast</a></p>"
//!     );
//!     let json = format!(r#"{{"url": "{url}", "expected": {{"tags": ["{tag}", "Coast"]}}}}"#);
//!     LearnPage::new(html, Some(url.to_string()), Record::from_json(&json).unwrap())
//! };
//! let pages = [
//!     page("Storm reaches the coast", "Weather", "https://www.bugle.example/a"),
//!     page("Ferries stop for the night", "Transport", "https://www.bugle.example/b"),
//! ];
//! let learned = learn(&pages, &LearnOptions::default());
//! assert_eq!(learned.hosts(), ["bugle.example"]);
//! let toml = learned.to_toml();
//! assert!(toml.contains("tags = [\n    # reproduced 2 of the 2 pages labelled for it; wrong on 0\n    { css = \".topics a\" },"), "{toml}");
//! ```

mod body;
mod candidates;
mod choose;
mod draft;
mod sample;
mod selectors;
mod write;

use std::collections::{BTreeMap, BTreeSet};

pub use sample::Target;

use crate::article::Article;
use crate::error::Error;
use crate::eval::{Expected, Record, site_key};
use crate::profile::Profile;
use choose::{Chosen, Policy};
use draft::Draft;
use sample::Sample;

/// The share of pages one rule must agree with the generic rules on, when learning from
/// unlabelled pages.
pub const FROM_GENERIC_AGREEMENT: f64 = 0.8;

/// At most this many body containers are refined with `exclude` selectors.
const REFINED_CONTAINERS: usize = 3;

/// At most this many `exclude` selectors are tried per container.
const TRIED_EXCLUDES: usize = 12;

/// One page to learn from: its HTML, its URL and its labels (a corpus record).
#[derive(Debug, Clone)]
pub struct LearnPage {
    /// The page's HTML.
    pub html: String,
    /// Where the page was fetched from.
    pub url: Option<String>,
    /// The values the page should give (ignored when learning from the generic rules).
    pub labels: Record,
    /// The page's file, for the profile's `[[test]]` entry; none, no test.
    pub fixture: Option<String>,
}

impl LearnPage {
    /// A page with its labels.
    pub fn new(html: String, url: Option<String>, labels: Record) -> LearnPage {
        LearnPage {
            html,
            url,
            labels,
            fixture: None,
        }
    }

    /// Names the page's file, so that the profile gets a `[[test]]` for it.
    pub fn fixture(mut self, path: impl Into<String>) -> LearnPage {
        self.fixture = Some(path.into());
        self
    }
}

/// How to learn.
#[derive(Debug, Clone, Default)]
pub struct LearnOptions {
    /// The profile's id; by default its first host with `-` for `.`.
    pub id: Option<String>,
    /// Take the generic rules' output as the labels, and keep a field only where one rule
    /// agrees with it on [`FROM_GENERIC_AGREEMENT`] of the pages.
    pub from_generic: bool,
}

/// The rules learned for one field.
#[derive(Debug, Clone)]
pub struct LearnedField {
    /// The field.
    pub target: Target,
    /// How many pages were labelled for it.
    pub labelled: usize,
    rules: Vec<Chosen>,
}

impl LearnedField {
    /// The rules as TOML inline tables, with the pages each reproduced and got wrong.
    pub fn rules(&self) -> Vec<(String, usize, usize)> {
        self.rules
            .iter()
            .map(|c| (c.draft.to_toml(), c.hits, c.wrong))
            .collect()
    }
}

/// A learned profile.
#[derive(Debug, Clone)]
pub struct Learned {
    id: String,
    hosts: Vec<String>,
    pages: usize,
    from_generic: bool,
    fields: Vec<LearnedField>,
    /// The fields no consistent rule was found for.
    left_out: Vec<Target>,
    /// Per page with a fixture: its file, URL and the values the profile gives it.
    tests: Vec<write::TestEntry>,
}

impl Learned {
    /// The profile's id.
    pub fn id(&self) -> &str {
        &self.id
    }

    /// The hosts of the pages' URLs, without `www.` (an archived copy's: the archived page's).
    pub fn hosts(&self) -> &[String] {
        &self.hosts
    }

    /// The fields learned.
    pub fn fields(&self) -> &[LearnedField] {
        &self.fields
    }

    /// The fields left to the generic rules.
    pub fn left_out(&self) -> &[Target] {
        &self.left_out
    }

    /// The profile file.
    pub fn to_toml(&self) -> String {
        write::profile_toml(self)
    }

    /// The profile, loaded from [`Learned::to_toml`] (so that it is what the file says);
    /// an error when no page had a URL (a profile needs hosts).
    pub fn profile(&self) -> Result<Profile, Error> {
        Profile::from_toml(&self.to_toml())
    }
}

/// The labels the generic rules give a page: its headline, authors, day, tags and body.
pub fn labels_from_article(article: &Article) -> Record {
    let text = |s: String| (!s.trim().is_empty()).then_some(s);
    let expected = Expected {
        title: article.headline.clone().and_then(text),
        author: text(article.author_names()),
        date: article
            .published
            .as_ref()
            .map(|t| t.date.format("%Y-%m-%d").to_string()),
        body: text(article.text()),
        tags: (!article.tags.is_empty()).then(|| article.tags.clone()),
        ..Expected::default()
    };
    Record {
        expected,
        ..Record::default()
    }
}

/// Learns a profile from pages of one site.
pub fn learn(pages: &[LearnPage], options: &LearnOptions) -> Learned {
    let samples: Vec<Sample> = pages
        .iter()
        .map(|p| Sample::new(&p.html, p.url.as_deref(), &p.labels, options.from_generic))
        .collect();
    let policy = if options.from_generic {
        Policy {
            max_rules: 1,
            min_precision: FROM_GENERIC_AGREEMENT,
            min_agreement: FROM_GENERIC_AGREEMENT,
            against_generic: false,
        }
    } else {
        Policy {
            max_rules: 3,
            min_precision: 0.8,
            min_agreement: 0.0,
            against_generic: true,
        }
    };
    let mut fields = Vec::new();
    let mut left_out = Vec::new();
    for target in Target::ALL {
        let labelled = samples.iter().filter(|s| s.is_labelled(target)).count();
        if labelled == 0 {
            continue;
        }
        let rules = learn_field(target, &samples, &policy);
        if rules.is_empty() {
            left_out.push(target);
        } else {
            fields.push(LearnedField {
                target,
                labelled,
                rules,
            });
        }
    }
    let hosts: BTreeSet<String> = pages
        .iter()
        .filter_map(|p| p.url.as_deref())
        .map(|u| site_key(Some(u), ""))
        .filter(|h| !h.starts_with("(no url)"))
        .collect();
    let hosts: Vec<String> = hosts.into_iter().collect();
    let id = options.id.clone().unwrap_or_else(|| {
        hosts
            .first()
            .map_or_else(|| "learned".to_string(), |h| h.replace('.', "-"))
    });
    let mut learned = Learned {
        id,
        hosts,
        pages: pages.len(),
        from_generic: options.from_generic,
        fields,
        left_out,
        tests: Vec::new(),
    };
    learned.tests = write::tests(&learned, pages);
    learned
}

/// The rules of one field: every page's proposals, judged on every page, then chosen.
fn learn_field(target: Target, samples: &[Sample], policy: &Policy) -> Vec<Chosen> {
    let mut drafts: BTreeSet<Draft> = BTreeSet::new();
    let mut excludes: BTreeMap<String, usize> = BTreeMap::new();
    for sample in samples.iter().filter(|s| s.is_labelled(target)) {
        if target == Target::Body {
            let (containers, junk) = body::proposals(sample);
            drafts.extend(containers);
            for selector in junk {
                *excludes.entry(selector).or_default() += 1;
            }
        } else {
            drafts.extend(candidates::drafts(target, sample));
        }
    }
    let mut drafts: Vec<Draft> = drafts.into_iter().collect();
    let mut table = judge_all(target, samples, &drafts);
    if target == Target::Body && !excludes.is_empty() {
        let refined = refine_bodies(samples, &drafts, &table, &excludes);
        let refined_table = judge_all(target, samples, &refined);
        drafts.extend(refined);
        table.extend(refined_table);
    }
    let generic: Vec<Option<f64>> = samples.iter().map(|s| s.generic_score(target)).collect();
    choose::choose(target, &drafts, &table, &generic, policy)
}

/// How every draft does on every sample (`[draft][sample]`); drafts that do not compile are
/// judged as finding nothing.
fn judge_all(
    target: Target,
    samples: &[Sample],
    drafts: &[Draft],
) -> Vec<Vec<Option<sample::Judged>>> {
    let compiled: Vec<_> = drafts.iter().map(Draft::compile).collect();
    let usable: Vec<crate::profile::Rule> = compiled.iter().flatten().cloned().collect();
    let per_sample: Vec<Vec<Option<sample::Judged>>> =
        samples.iter().map(|s| s.judge(target, &usable)).collect();
    let mut table = Vec::with_capacity(drafts.len());
    let mut next = 0;
    for rule in &compiled {
        let row = match rule {
            Some(_) => {
                let row = per_sample.iter().map(|col| col[next]).collect();
                next += 1;
                row
            }
            None => vec![None; samples.len()],
        };
        table.push(row);
    }
    table
}

/// The best body containers, each with the `exclude` selectors that raise its score on the
/// labelled pages (tried most frequent first, kept when they help and hurt no page).
fn refine_bodies(
    samples: &[Sample],
    drafts: &[Draft],
    table: &[Vec<Option<sample::Judged>>],
    excludes: &BTreeMap<String, usize>,
) -> Vec<Draft> {
    let total = |row: &[Option<sample::Judged>]| -> f64 {
        row.iter()
            .flatten()
            .filter(|j| j.fired)
            .map(|j| j.score)
            .sum()
    };
    let mut ranked: Vec<usize> = (0..drafts.len()).collect();
    ranked.sort_by(|&a, &b| total(&table[b]).total_cmp(&total(&table[a])));
    let mut tried: Vec<(&String, &usize)> = excludes.iter().collect();
    tried.sort_by(|a, b| b.1.cmp(a.1).then(a.0.cmp(b.0)));
    let mut out = Vec::new();
    for &index in ranked.iter().take(REFINED_CONTAINERS) {
        let mut draft = drafts[index].clone();
        let mut row = table[index].clone();
        for (selector, _) in tried.iter().take(TRIED_EXCLUDES) {
            let mut next = draft.clone();
            next.exclude.push((*selector).clone());
            let Some(next_row) = judge_all(Target::Body, samples, &[next.clone()]).pop() else {
                continue;
            };
            let hurts = row.iter().zip(&next_row).any(|(a, b)| match (a, b) {
                (Some(a), Some(b)) => b.score + 0.01 < a.score,
                _ => false,
            });
            if !hurts && total(&next_row) > total(&row) + 1e-3 {
                draft = next;
                row = next_row;
            }
        }
        if !draft.exclude.is_empty() {
            out.push(draft);
        }
    }
    out
}

/// The article with only what its profile gave: every field the profile did not fill is
/// emptied, so that a profile can be scored on its own.
pub fn profile_only(article: &Article) -> Article {
    let Some(profile) = &article.profile else {
        return Article::default();
    };
    let source = format!("profile:{}", profile.id);
    let from_profile = |field: &str| {
        article
            .provenance
            .get(field)
            .is_some_and(|p| p.source == source)
    };
    let mut only = Article::default();
    if from_profile("headline") {
        only.headline.clone_from(&article.headline);
    }
    if from_profile("authors") {
        only.authors.clone_from(&article.authors);
    }
    if from_profile("published") {
        only.published.clone_from(&article.published);
    }
    if from_profile("tags") {
        only.tags.clone_from(&article.tags);
    }
    if from_profile("body") {
        only.body.clone_from(&article.body);
    }
    only
}

#[cfg(test)]
mod tests;

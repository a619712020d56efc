//! A page the learner reads: parsed once, with its labels, and how each proposed rule does
//! on it. A rule is judged as the eval judges an extractor: the profile's rule is applied to
//! the page alone, and its value is scored with the eval's own metric for the field.

use crate::Field;
use crate::article::Article;
use crate::dom::Document;
use crate::eval::{Expected, Metric, PageScores, Prediction, Record, score_page};
use crate::profile::{Profile, Rule, apply};
use crate::signals::Signals;

/// A field the learner writes rules for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Target {
    /// The headline (`title` in a record).
    Headline,
    /// The authors (`author`).
    Authors,
    /// The publication date (`date`).
    Published,
    /// The tags (`tags`).
    Tags,
    /// The body (`body`, else `body_contains`).
    Body,
}

impl Target {
    /// Every target, in the order a profile lists them.
    pub const ALL: [Target; 5] = [
        Target::Headline,
        Target::Authors,
        Target::Published,
        Target::Tags,
        Target::Body,
    ];

    /// The article field the target fills.
    pub fn field(self) -> Field {
        match self {
            Target::Headline => Field::Headline,
            Target::Authors => Field::Authors,
            Target::Published => Field::Published,
            Target::Tags => Field::Tags,
            Target::Body => Field::Body,
        }
    }

    /// The score from which a page counts as reproduced: a body's shingle F1 of 0.8 (or
    /// 80% of its snippets), an exact match for the others (tags: the same set).
    pub fn threshold(self) -> f64 {
        match self {
            Target::Body => 0.8,
            Target::Tags => 0.99,
            _ => 1.0,
        }
    }

    /// The eval metric that scores the target on a record, and the record reduced to that
    /// field; `None` when the record says nothing of it.
    fn label(self, record: &Record) -> Option<(Metric, Record)> {
        let e = &record.expected;
        let mut expected = Expected::default();
        let (metric, key) = match self {
            Target::Headline => {
                expected.title.clone_from(&e.title);
                (Metric::Title, "title")
            }
            Target::Authors => {
                expected.author.clone_from(&e.author);
                (Metric::Author, "author")
            }
            Target::Published => {
                expected.date.clone_from(&e.date);
                (Metric::Date, "date")
            }
            Target::Tags => {
                expected.tags.clone_from(&e.tags);
                (Metric::TagsF1, "tags")
            }
            Target::Body if e.body.is_some() || record.is_expected_empty("body") => {
                expected.body.clone_from(&e.body);
                (Metric::BodyF1Shingle, "body")
            }
            Target::Body => {
                expected.body_contains.clone_from(&e.body_contains);
                (Metric::With, "body_contains")
            }
        };
        let empty = record.is_expected_empty(key);
        let reduced = Record {
            expected,
            expected_empty: if empty { vec![key.to_string()] } else { vec![] },
            ..Record::default()
        };
        let scored = score_page(&reduced, &Prediction::default()).get(metric);
        scored.is_some().then_some((metric, reduced))
    }
}

/// How one rule did on one page: whether it found a value, and that value's score.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct Judged {
    pub fired: bool,
    pub score: f64,
    /// The length of the text the rule read, before shaping: of two rules that give the
    /// same value, the one that reads less reads the value itself, not its surroundings.
    pub raw_len: usize,
}

impl Judged {
    /// Whether the rule found the expected value.
    pub fn hit(&self, target: Target) -> bool {
        self.fired && self.score >= target.threshold() - 1e-9
    }
}

/// A labelled page, parsed.
pub(crate) struct Sample {
    pub doc: Document,
    pub signals: Signals,
    pub url: Option<String>,
    pub record: Record,
    /// The page's scores with the generic rules alone.
    pub generic: PageScores,
}

impl Sample {
    /// Parses a page and scores the generic extraction of it; with `from_generic`, that
    /// extraction is the page's labels.
    pub fn new(html: &str, url: Option<&str>, labels: &Record, from_generic: bool) -> Sample {
        let doc = Document::parse(html);
        let signals = Signals::collect(&doc);
        let generic = crate::Extractor::builder().no_builtin_profiles().build();
        let mut page = crate::Page::new(html);
        if let Some(url) = url {
            page = page.url(url);
        }
        let article = generic.extract(&page);
        let record = if from_generic {
            super::labels_from_article(&article)
        } else {
            labels.clone()
        };
        let generic = score_page(&record, &Prediction::from_article(&article));
        Sample {
            doc,
            signals,
            url: url.map(str::to_string),
            record,
            generic,
        }
    }

    /// Whether the page is labelled for the target.
    pub fn is_labelled(&self, target: Target) -> bool {
        target.label(&self.record).is_some()
    }

    /// The generic rules' score on the target; `None` when the page is not labelled for it.
    pub fn generic_score(&self, target: Target) -> Option<f64> {
        let (metric, _) = target.label(&self.record)?;
        Some(
            self.generic
                .get(metric)
                .and_then(|s| s.value())
                .unwrap_or(0.0),
        )
    }

    /// How each rule does on this page; `None` throughout when the page is not labelled for
    /// the target.
    pub fn judge(&self, target: Target, rules: &[Rule]) -> Vec<Option<Judged>> {
        let Some((metric, record)) = target.label(&self.record) else {
            return vec![None; rules.len()];
        };
        let url = self.url.as_deref();
        crate::extractor::read_parsed(&self.doc, &self.signals, url, |page| {
            judge_rules(page, target, rules, metric, &record)
        })
    }
}

/// How each rule does on the page as the field steps read it.
fn judge_rules(
    page: &dyn crate::profile::Page,
    target: Target,
    rules: &[Rule],
    metric: Metric,
    record: &Record,
) -> Vec<Option<Judged>> {
    rules
        .iter()
        .map(|rule| {
            let profile = Profile::new("learning")
                .hosts(["learning.invalid"])
                .verify(true)
                .field(target.field().as_str(), vec![rule.clone()])
                .ok()?;
            let mut article = Article::default();
            apply(&profile, page, &mut article);
            let provenance = article.provenance.get(target.field().as_str());
            let fired = provenance.is_some();
            let raw_len = provenance
                .and_then(|p| p.raw.as_ref())
                .map_or(0, String::len);
            let score = score_page(record, &Prediction::from_article(&article))
                .get(metric)
                .and_then(|s| s.value())
                .unwrap_or(0.0);
            Some(Judged {
                fired,
                score,
                raw_len,
            })
        })
        .collect()
}

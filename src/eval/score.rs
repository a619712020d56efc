//! Scoring one page: which metrics apply to a [`Record`], and the page's score on each,
//! from a [`Prediction`] (the values an extractor produced, taken from an [`Article`]).

use std::fmt;
use std::str::FromStr;

use chrono::NaiveDate;

use super::corpus::Record;
use super::metrics::{self, SHINGLE_LEN, ShingleCounts};
use crate::article::Article;

/// One metric of the corpus README (plus `categories_f1` and the two halves of
/// `body_f1_shingle`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[non_exhaustive]
pub enum Metric {
    /// Shingle F1 of the body: the harmonic mean of the corpus precision and recall.
    BodyF1Shingle,
    /// Shingle precision of the body, a mean over pages that predicted a body.
    BodyPrecisionShingle,
    /// Shingle recall of the body, a mean over pages that have a true body.
    BodyRecallShingle,
    /// Bag-of-words F1 of the body, a mean over pages.
    BodyF1Bow,
    /// Share of `body_contains` snippets found in the body, pooled over snippets.
    With,
    /// Share of `body_not_contains` snippets absent from the body, pooled over snippets.
    Without,
    /// Normalized exact match of the title.
    Title,
    /// Equal author token multisets.
    Author,
    /// Author token F1.
    AuthorF1,
    /// Equal publication day.
    Date,
    /// Set F1 of the tags (the record's `tags` against [`Article::tags`]).
    TagsF1,
    /// Set F1 of the categories (the record's `categories` against [`Article::section`]);
    /// not a README metric.
    CategoriesF1,
    /// Normalized exact match of the site name.
    Sitename,
}

impl Metric {
    /// Every metric, in report order.
    pub const ALL: [Metric; 13] = [
        Metric::BodyF1Shingle,
        Metric::BodyPrecisionShingle,
        Metric::BodyRecallShingle,
        Metric::BodyF1Bow,
        Metric::With,
        Metric::Without,
        Metric::Title,
        Metric::Author,
        Metric::AuthorF1,
        Metric::Date,
        Metric::TagsF1,
        Metric::CategoriesF1,
        Metric::Sitename,
    ];

    /// The metric's name, as in the README and the JSON report.
    pub fn name(self) -> &'static str {
        match self {
            Metric::BodyF1Shingle => "body_f1_shingle",
            Metric::BodyPrecisionShingle => "body_precision_shingle",
            Metric::BodyRecallShingle => "body_recall_shingle",
            Metric::BodyF1Bow => "body_f1_bow",
            Metric::With => "with",
            Metric::Without => "without",
            Metric::Title => "title",
            Metric::Author => "author",
            Metric::AuthorF1 => "author_f1",
            Metric::Date => "date",
            Metric::TagsF1 => "tags_f1",
            Metric::CategoriesF1 => "categories_f1",
            Metric::Sitename => "sitename",
        }
    }

    /// The record field the metric scores (a key of `expected` and `expected_empty`).
    pub fn field(self) -> &'static str {
        match self {
            Metric::BodyF1Shingle
            | Metric::BodyPrecisionShingle
            | Metric::BodyRecallShingle
            | Metric::BodyF1Bow => "body",
            Metric::With => "body_contains",
            Metric::Without => "body_not_contains",
            Metric::Title => "title",
            Metric::Author | Metric::AuthorF1 => "author",
            Metric::Date => "date",
            Metric::TagsF1 => "tags",
            Metric::CategoriesF1 => "categories",
            Metric::Sitename => "sitename",
        }
    }

    /// The keys of [`Article::provenance`] that explain the metric's predicted value.
    pub fn provenance_keys(self) -> &'static [&'static str] {
        match self.field() {
            "body" | "body_contains" | "body_not_contains" => &["body"],
            "title" => &["headline"],
            "author" => &["authors", "byline"],
            "date" => &["published"],
            "tags" => &["tags"],
            "categories" => &["section"],
            _ => &["site_name", "publisher.name"],
        }
    }

    /// The metric's position in [`Metric::ALL`].
    pub(crate) fn index(self) -> usize {
        self as usize
    }
}

impl fmt::Display for Metric {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// A name that is no [`Metric`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnknownMetric(pub String);

impl fmt::Display for UnknownMetric {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let names: Vec<&str> = Metric::ALL.iter().map(|m| m.name()).collect();
        write!(
            f,
            "unknown metric {:?}; use one of {}",
            self.0,
            names.join(", ")
        )
    }
}

impl std::error::Error for UnknownMetric {}

impl FromStr for Metric {
    type Err = UnknownMetric;

    /// A metric by its name; `body`, `tags` and `categories` name their F1 metric.
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let s = s.trim().to_ascii_lowercase();
        let alias = match s.as_str() {
            "body" | "shingle" => Some(Metric::BodyF1Shingle),
            "bow" => Some(Metric::BodyF1Bow),
            "tags" => Some(Metric::TagsF1),
            "categories" => Some(Metric::CategoriesF1),
            _ => None,
        };
        alias
            .or_else(|| Metric::ALL.into_iter().find(|m| m.name() == s))
            .ok_or(UnknownMetric(s))
    }
}

/// The values an extractor produced for one page, in the form the metrics compare.
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct Prediction {
    /// The body text ([`Article::text`]).
    pub body: String,
    /// The headline.
    pub title: Option<String>,
    /// The authors' names joined with `, ` ([`Article::author_names`]).
    pub author: Option<String>,
    /// The local day of publication.
    pub date: Option<NaiveDate>,
    /// The tags.
    pub tags: Vec<String>,
    /// The section path, compared with the record's categories.
    pub categories: Vec<String>,
    /// The site's name.
    pub sitename: Option<String>,
}

impl Prediction {
    /// The values of an article: an empty or blank string counts as absent.
    pub fn from_article(article: &Article) -> Prediction {
        let present = |s: Option<&str>| s.filter(|s| !s.trim().is_empty()).map(str::to_string);
        Prediction {
            body: article.text(),
            title: present(article.headline.as_deref()),
            author: present(Some(&article.author_names())),
            date: article.published.as_ref().map(|t| t.date),
            tags: article.tags.clone(),
            categories: article.section.clone(),
            sitename: present(article.site_name.as_deref()),
        }
    }

    /// The predicted day as `YYYY-MM-DD`.
    pub fn date_text(&self) -> Option<String> {
        self.date.map(|d| d.format("%Y-%m-%d").to_string())
    }

    /// Whether the prediction for a record field is empty.
    fn is_empty(&self, field: &str) -> bool {
        match field {
            "body" => metrics::words(&self.body).next().is_none(),
            "title" => self.title.is_none(),
            "author" => self.author.is_none(),
            "date" => self.date.is_none(),
            "tags" => self.tags.iter().all(|t| t.trim().is_empty()),
            "categories" => self.categories.iter().all(|t| t.trim().is_empty()),
            "sitename" => self.sitename.is_none(),
            _ => true,
        }
    }
}

/// One page's score on one metric: `hits` out of `weight`. Most metrics score a page
/// between 0 and 1 with weight 1; `with` and `without` count snippets.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct Score {
    /// The credit earned.
    pub hits: f64,
    /// The credit possible.
    pub weight: f64,
}

impl Score {
    /// A page score between 0 and 1.
    pub fn share(value: f64) -> Score {
        Score {
            hits: value,
            weight: 1.0,
        }
    }

    /// 1 when true, else 0.
    pub fn hit(ok: bool) -> Score {
        Score::share(if ok { 1.0 } else { 0.0 })
    }

    /// The score as a share, `None` when nothing could be earned.
    pub fn value(&self) -> Option<f64> {
        (self.weight > 0.0).then(|| self.hits / self.weight)
    }
}

/// A page's scores on the metrics that apply to its record.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct PageScores {
    scores: [Option<Score>; Metric::ALL.len()],
    /// The shingle overlap of the body, when the record has a body.
    pub shingles: Option<ShingleCounts>,
}

impl PageScores {
    /// The page's score on a metric; `None` when the metric does not apply to the page.
    pub fn get(&self, metric: Metric) -> Option<Score> {
        self.scores[metric.index()]
    }

    /// Sets the page's score on a metric (to rebuild a page's scores kept from an earlier
    /// run).
    pub fn insert(&mut self, metric: Metric, score: Score) {
        self.set(metric, Some(score));
    }

    fn set(&mut self, metric: Metric, score: Option<Score>) {
        self.scores[metric.index()] = score;
    }
}

/// Scores a prediction against a record, as the README says. A metric applies when the
/// record asserts its field, or lists the field in `expected_empty`; then the page scores 1
/// when the prediction is empty there, else 0.
///
/// ```
/// use newsprint::eval::{Metric, Prediction, Record, score_page};
///
/// let record = Record::from_json(r#"{"expected": {"title": "Hello"},
///                                    "expected_empty": ["author"]}"#).unwrap();
/// let mut prediction = Prediction::default();
/// prediction.title = Some("hello.".into());
/// let scores = score_page(&record, &prediction);
/// assert_eq!(scores.get(Metric::Title).unwrap().value(), Some(1.0));
/// assert_eq!(scores.get(Metric::Author).unwrap().value(), Some(1.0));
/// assert_eq!(scores.get(Metric::Date), None);
/// ```
pub fn score_page(record: &Record, prediction: &Prediction) -> PageScores {
    let mut page = PageScores::default();
    let expected = &record.expected;
    if let Some(body) = &expected.body {
        let shingles = metrics::shingle_counts(body, &prediction.body, SHINGLE_LEN);
        page.shingles = Some(shingles);
        page.set(Metric::BodyF1Shingle, Some(Score::share(shingles.f1())));
        let precision = shingles
            .has_prediction()
            .then(|| Score::share(shingles.precision()));
        page.set(Metric::BodyPrecisionShingle, precision);
        let recall = shingles
            .has_truth()
            .then(|| Score::share(shingles.recall()));
        page.set(Metric::BodyRecallShingle, recall);
        let bow = metrics::bow_f1(body, &prediction.body);
        page.set(Metric::BodyF1Bow, Some(Score::share(bow)));
    } else if record.is_expected_empty("body") {
        let empty = Some(Score::hit(prediction.is_empty("body")));
        page.set(Metric::BodyF1Shingle, empty);
        page.set(Metric::BodyF1Bow, empty);
    }
    if let Some(snippets) = &expected.body_contains {
        let (found, searched) = metrics::snippets_found(&prediction.body, snippets);
        page.set(Metric::With, snippet_score(found, searched));
    }
    if let Some(snippets) = &expected.body_not_contains {
        let (found, searched) = metrics::snippets_found(&prediction.body, snippets);
        page.set(Metric::Without, snippet_score(searched - found, searched));
    }
    let title = compare(&expected.title, &prediction.title, metrics::title_matches);
    page.set(Metric::Title, title.map(Score::hit));
    let author = compare(
        &expected.author,
        &prediction.author,
        metrics::author_matches,
    );
    page.set(Metric::Author, author.map(Score::hit));
    let author_f1 = compare(&expected.author, &prediction.author, metrics::author_f1);
    page.set(Metric::AuthorF1, author_f1.map(Score::share));
    let date = compare(
        &expected.date,
        &prediction.date_text(),
        metrics::date_matches,
    );
    page.set(Metric::Date, date.map(Score::hit));
    let sitename = compare(
        &expected.sitename,
        &prediction.sitename,
        metrics::title_matches,
    );
    page.set(Metric::Sitename, sitename.map(Score::hit));
    if let Some(tags) = &expected.tags {
        page.set(
            Metric::TagsF1,
            Some(Score::share(metrics::tags_f1(tags, &prediction.tags))),
        );
    }
    if let Some(categories) = &expected.categories {
        let f1 = metrics::tags_f1(categories, &prediction.categories);
        page.set(Metric::CategoriesF1, Some(Score::share(f1)));
    }
    for metric in Metric::ALL {
        let field = metric.field();
        if page.get(metric).is_none() && !is_body_part(metric) && record.is_expected_empty(field) {
            page.set(metric, Some(Score::hit(prediction.is_empty(field))));
        }
    }
    page
}

/// The body's metrics other than the two F1s have no expected-empty form.
fn is_body_part(metric: Metric) -> bool {
    matches!(
        metric,
        Metric::BodyPrecisionShingle | Metric::BodyRecallShingle | Metric::With | Metric::Without
    )
}

/// Found out of searched snippets; no score when no snippet was searched.
fn snippet_score(found: usize, searched: usize) -> Option<Score> {
    (searched > 0).then_some(Score {
        hits: found as f64,
        weight: searched as f64,
    })
}

/// Compares an expected and a predicted string: `None` when nothing is expected, the
/// metric's default of 0 (`T::default()`) when nothing was predicted.
fn compare<T: Default, F: Fn(&str, &str) -> T>(
    expected: &Option<String>,
    predicted: &Option<String>,
    metric: F,
) -> Option<T> {
    let expected = expected.as_deref()?;
    Some(match predicted.as_deref() {
        Some(predicted) => metric(expected, predicted),
        None => T::default(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::article::{Author, AuthorKind, Block, Timestamp};

    fn record(json: &str) -> Record {
        Record::from_json(json).unwrap()
    }

    fn value(scores: &PageScores, metric: Metric) -> Option<f64> {
        scores.get(metric).and_then(|s| s.value())
    }

    #[test]
    fn metric_names_round_trip() {
        for metric in Metric::ALL {
            assert_eq!(metric.name().parse::<Metric>(), Ok(metric));
        }
        assert_eq!("tags".parse::<Metric>(), Ok(Metric::TagsF1));
        let err = "colour".parse::<Metric>().unwrap_err().to_string();
        assert!(err.starts_with("unknown metric \"colour\"; use one of body_f1_shingle"));
    }

    #[test]
    fn prediction_from_article() {
        let article = Article {
            headline: Some("  ".into()),
            authors: vec![
                Author::new("Ann Lee", AuthorKind::Person),
                Author::new("Bo Kim", AuthorKind::Person),
            ],
            published: Some(Timestamp::day(
                NaiveDate::from_ymd_opt(2024, 3, 5).unwrap(),
                "5 March 2024",
            )),
            body: vec![Block::paragraph("One."), Block::paragraph("Two.")],
            ..Article::default()
        };
        let p = Prediction::from_article(&article);
        assert_eq!(p.title, None);
        assert_eq!(p.author.as_deref(), Some("Ann Lee, Bo Kim"));
        assert_eq!(p.date_text().as_deref(), Some("2024-03-05"));
        assert_eq!(p.body, "One.\n\nTwo.");
        assert_eq!(Prediction::from_article(&Article::default()).author, None);
    }

    #[test]
    fn empty_prediction_scores() {
        let r = record(
            r#"{"expected": {"title": "T", "author": "A B", "date": "2020-01-02",
                "body": "a b c d e", "body_contains": ["a b", "c"],
                "body_not_contains": ["x", "y", ""], "tags": ["t"]},
                "expected_empty": ["sitename", "categories"]}"#,
        );
        let s = score_page(&r, &Prediction::default());
        assert_eq!(value(&s, Metric::Title), Some(0.0));
        assert_eq!(value(&s, Metric::Author), Some(0.0));
        assert_eq!(value(&s, Metric::AuthorF1), Some(0.0));
        assert_eq!(value(&s, Metric::Date), Some(0.0));
        assert_eq!(value(&s, Metric::BodyF1Shingle), Some(0.0));
        assert_eq!(value(&s, Metric::BodyPrecisionShingle), None);
        assert_eq!(value(&s, Metric::BodyRecallShingle), Some(0.0));
        assert_eq!(value(&s, Metric::BodyF1Bow), Some(0.0));
        assert_eq!(value(&s, Metric::With), Some(0.0));
        assert_eq!(
            s.get(Metric::Without),
            Some(Score {
                hits: 2.0,
                weight: 2.0
            })
        );
        assert_eq!(value(&s, Metric::TagsF1), Some(0.0));
        assert_eq!(value(&s, Metric::Sitename), Some(1.0));
        assert_eq!(value(&s, Metric::CategoriesF1), Some(1.0));
    }

    #[test]
    fn expected_empty_penalizes_output() {
        let r = record(r#"{"expected": {}, "expected_empty": ["author", "date", "title"]}"#);
        let p = Prediction {
            author: Some("Desk".into()),
            date: NaiveDate::from_ymd_opt(2020, 1, 1),
            ..Prediction::default()
        };
        let s = score_page(&r, &p);
        assert_eq!(value(&s, Metric::Author), Some(0.0));
        assert_eq!(value(&s, Metric::AuthorF1), Some(0.0));
        assert_eq!(value(&s, Metric::Date), Some(0.0));
        assert_eq!(value(&s, Metric::Title), Some(1.0));
        assert_eq!(value(&s, Metric::BodyF1Shingle), None);
        assert_eq!(value(&s, Metric::With), None);
    }

    #[test]
    fn good_prediction_scores() {
        let r = record(
            r#"{"expected": {"title": "It’s here", "author": "By Ann Lee und Bo Kim",
                "date": "2020-01-02", "body": "One two three four five.",
                "body_contains": ["TWO  three"], "body_not_contains": ["six"],
                "sitename": "Daily Bugle", "tags": ["Politik"]}}"#,
        );
        let p = Prediction {
            body: "One two three four five.".into(),
            title: Some("It's here.".into()),
            author: Some("Ann Lee, Bo Kim".into()),
            date: NaiveDate::from_ymd_opt(2020, 1, 2),
            tags: vec!["politik".into()],
            categories: vec![],
            sitename: Some("DAILY BUGLE".into()),
        };
        let s = score_page(&r, &p);
        for metric in Metric::ALL {
            if metric != Metric::CategoriesF1 {
                assert_eq!(value(&s, metric), Some(1.0), "{metric}");
            }
        }
        assert_eq!(s.get(Metric::CategoriesF1), None);
    }
}

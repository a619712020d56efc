//! Proposing rules from one labelled page: the elements, meta tags and JSON-LD values whose
//! text holds the expected value, each turned into the stable selectors or paths that reach
//! it. Whether a proposal reproduces the value, here and on the other pages, is judged
//! later; here it only has to be plausible.

use chrono::NaiveDate;

use super::draft::Draft;
use super::sample::{Sample, Target};
use super::selectors;
use crate::dom::{Document, NodeId, is_skipped_tag};
use crate::eval::{author_tokens, normalize_title, title_matches};
use crate::time::{DateHints, parse_date};

/// The JSON-LD paths tried for each target.
const JSONLD_PATHS: &[(Target, &[&str])] = &[
    (Target::Headline, &["headline", "name"]),
    (Target::Authors, &["author.name", "author", "creator.name"]),
    (Target::Published, &["datePublished", "dateCreated"]),
    (Target::Tags, &["keywords"]),
];

/// What separates a title from the site name after it in `<title>` and `og:title`.
const TITLE_SEPARATORS: &[&str] = &[" | ", " - ", " – ", " — ", " :: ", " · ", " / "];

/// Date formats tried when the generic date reader misreads an element's text (a day and a
/// month that could be swapped).
const DATE_FORMATS: &[&str] = &[
    "%d/%m/%Y", "%m/%d/%Y", "%d.%m.%Y", "%d-%m-%Y", "%m-%d-%Y", "%d/%m/%y", "%m/%d/%y",
];

/// Attributes that may hold an element's date in machine form.
const DATE_ATTRIBUTES: &[&str] = &["datetime", "content", "title"];

/// Elements larger than this (in nodes) hold more than one field's value.
const MAX_NODES: usize = 40;

/// Texts longer than this are no headline, byline, date or tag.
const MAX_TEXT: usize = 400;

/// A date written in an element's text is no longer than this; a longer text holds other
/// things, and the first date in it is the right one only by chance.
const MAX_DATE_TEXT: usize = 80;

/// The separator a list of tags or names is written with in one meta tag or JSON-LD string.
const LIST_SEPARATOR: &str = ",";

/// Every rule the page suggests for a field other than the body.
pub(crate) fn drafts(target: Target, sample: &Sample) -> Vec<Draft> {
    let e = &sample.record.expected;
    let date = e
        .date
        .as_deref()
        .and_then(|d| NaiveDate::parse_from_str(d, "%Y-%m-%d").ok());
    let wanted = match target {
        Target::Headline => e.title.clone().map(Wanted::Title),
        Target::Authors => e.author.as_deref().map(|a| Wanted::Names(author_tokens(a))),
        Target::Published => date.map(Wanted::Day),
        Target::Tags => e.tags.clone().map(Wanted::Tags),
        Target::Body => None,
    };
    let Some(wanted) = wanted else {
        return Vec::new();
    };
    let mut out = Vec::new();
    for (id, text) in small_elements(&sample.doc) {
        out.extend(wanted.element_drafts(&sample.doc, id, &text));
    }
    // A URL holds a date or a title only by the site's current scheme for URLs.
    for (name, value) in sample
        .signals
        .meta
        .iter()
        .filter(|(_, v)| !v.contains("://"))
    {
        out.extend(wanted.value_drafts(value, || Draft::meta(name)));
    }
    for (t, paths) in JSONLD_PATHS {
        if *t == target {
            for path in *paths {
                out.push(Draft::jsonld(path));
                out.push(Draft::jsonld(path).with_split(LIST_SEPARATOR));
            }
        }
    }
    out.sort();
    out.dedup();
    out
}

/// The elements small enough to hold one value, with their text.
fn small_elements(doc: &Document) -> impl Iterator<Item = (NodeId, String)> + '_ {
    doc.elements().filter_map(move |(id, el)| {
        if is_skipped_tag(&el.name) || doc.subtree_end(id) - id > MAX_NODES {
            return None;
        }
        let text = doc.text(id);
        (!text.is_empty() && text.len() <= MAX_TEXT)
            .then_some(text)
            .map(|t| (id, t))
    })
}

/// The value a field is expected to have, in the form candidates are matched against.
enum Wanted {
    Title(String),
    Names(Vec<String>),
    Day(NaiveDate),
    Tags(Vec<String>),
}

impl Wanted {
    /// Rules reading an element, its text or one of its attributes.
    fn element_drafts(&self, doc: &Document, id: NodeId, text: &str) -> Vec<Draft> {
        let mut out = Vec::new();
        let css = || {
            selectors::candidates(doc, id)
                .into_iter()
                .map(|s| Draft::css(&s))
        };
        if let Wanted::Day(day) = self {
            let attrs = doc.element(id).map(|e| e.attrs.clone()).unwrap_or_default();
            for (name, value) in attrs {
                let name: &str = &name;
                let dated = DATE_ATTRIBUTES.contains(&name) || name.starts_with("data-");
                if dated && reads_as(&value, *day) {
                    out.extend(css().map(|d| d.with_attr(name)));
                }
            }
        }
        out.extend(
            self.value_drafts(text, Draft::default)
                .into_iter()
                .flat_map(|shape| {
                    css().map(move |d| Draft {
                        format: shape.format.clone(),
                        strip_suffix: shape.strip_suffix.clone(),
                        split: shape.split.clone(),
                        ..d
                    })
                }),
        );
        out
    }

    /// Rules reading a value (`source` gives the rule's source), shaped as the value needs:
    /// none when the value does not hold the expected one.
    fn value_drafts(&self, value: &str, source: impl Fn() -> Draft) -> Vec<Draft> {
        match self {
            Wanted::Title(title) => {
                let shaped = value.len() <= 2 * title.len() + 40
                    && normalize_title(value).contains(&normalize_title(title));
                let mut out = Vec::new();
                if title_matches(title, value) || shaped {
                    out.push(source());
                }
                if let Some(suffix) = suffix_after(title, value) {
                    out.push(Draft {
                        strip_suffix: Some(suffix),
                        ..source()
                    });
                }
                out
            }
            Wanted::Names(names) => {
                let tokens = author_tokens(value);
                let within = !tokens.is_empty() && tokens.iter().all(|t| names.contains(t));
                let holds =
                    names.iter().all(|n| tokens.contains(n)) && tokens.len() <= names.len() + 8;
                if within || holds {
                    vec![source(), source().with_split(LIST_SEPARATOR)]
                } else {
                    Vec::new()
                }
            }
            Wanted::Day(day) => day_drafts(value, *day, source),
            Wanted::Tags(tags) => {
                let one = normalize_title(value.trim_start_matches('#'));
                let named = |t: &String| normalize_title(t) == one;
                if tags.iter().any(named) {
                    vec![source()]
                } else if value.contains(LIST_SEPARATOR)
                    && tags
                        .iter()
                        .any(|t| normalize_title(value).contains(&normalize_title(t)))
                {
                    vec![source().with_split(LIST_SEPARATOR)]
                } else {
                    Vec::new()
                }
            }
        }
    }
}

/// A date rule: as it stands when the generic date reader reads the day, else with the
/// first format that does.
fn day_drafts(value: &str, day: NaiveDate, source: impl Fn() -> Draft) -> Vec<Draft> {
    if value.len() > MAX_DATE_TEXT {
        return Vec::new();
    }
    if reads_as(value, day) {
        return vec![source()];
    }
    let text = value.trim();
    DATE_FORMATS
        .iter()
        .find(|f| NaiveDate::parse_from_str(text, f).is_ok_and(|d| d == day))
        .map(|f| Draft {
            format: Some((*f).to_string()),
            ..source()
        })
        .into_iter()
        .collect()
}

/// Whether the generic date reader reads `text` as `day`.
fn reads_as(text: &str, day: NaiveDate) -> bool {
    text.len() <= MAX_TEXT && parse_date(text, &DateHints::default()).is_some_and(|p| p.date == day)
}

/// The site name (or other tail) after a title in a `<title>`-like text, separator
/// included, when the text is the title followed by it.
fn suffix_after(title: &str, text: &str) -> Option<String> {
    TITLE_SEPARATORS.iter().find_map(|sep| {
        let at = text.rfind(sep)?;
        let tail = &text[at..];
        (tail.len() <= 80 && title_matches(title, &text[..at])).then(|| tail.trim().to_string())
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_site_name_after_the_title_is_a_suffix() {
        assert_eq!(
            suffix_after("Storm hits coast", "Storm hits coast | Daily Bugle").as_deref(),
            Some("| Daily Bugle")
        );
        assert_eq!(suffix_after("Storm hits coast", "Storm hits coast"), None);
    }

    #[test]
    fn a_swapped_day_gets_a_format() {
        let day = NaiveDate::from_ymd_opt(2024, 3, 5).unwrap();
        let drafts = day_drafts("03/05/2024", day, || Draft::css(".when"));
        assert_eq!(drafts.len(), 1);
        assert_eq!(drafts[0].format.as_deref(), Some("%m/%d/%Y"));
    }
}

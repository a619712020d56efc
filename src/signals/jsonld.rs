//! JSON-LD: every `<script type="application/ld+json">` block (and one a framework puts in a
//! `<meta … content>`), repaired when slightly invalid, flattened into its typed objects
//! (`@graph`, arrays, nested objects), with `@id` references resolvable.

use std::collections::{HashMap, HashSet};

use serde_json::{Map, Value};

use crate::dom::{collapse_whitespace, decode_entities};

/// Types of the article object itself, most specific first.
const ARTICLE_TYPES: &[&str] = &[
    "NewsArticle",
    "ReportageNewsArticle",
    "AnalysisNewsArticle",
    "OpinionNewsArticle",
    "BackgroundNewsArticle",
    "ReviewNewsArticle",
    "AskPublicNewsArticle",
    "LiveBlogPosting",
    "Article",
    "BlogPosting",
    "SocialMediaPosting",
    "ScholarlyArticle",
    "TechArticle",
    "Report",
    "Review",
];

/// Page types, used when no article object exists.
const PAGE_TYPES: &[&str] = &["WebPage", "ItemPage", "AboutPage", "CollectionPage"];

/// Creative works other than articles that a page may be about (a how-to, a recipe),
/// whose dates are the page's own when no article object exists.
const WORK_TYPES: &[&str] = &["HowTo"];

/// The JSON-LD objects of a page.
#[derive(Debug, Default)]
pub(crate) struct JsonLd {
    /// Every parsed JSON value, whole; the objects point into them.
    roots: Vec<Value>,
    /// The steps from a root to each nested value: (the step before, this step). A typed
    /// object is found by its last step, so nothing is copied however deep it nests.
    trail: Vec<(Option<usize>, Step)>,
    /// Every object with an `@type`, in document order (outer before inner): its root and
    /// its last step in `trail` (`None` for a root itself).
    objects: Vec<(usize, Option<usize>)>,
    /// `@id` → index into `objects`, for the object that defines the id.
    ids: HashMap<String, usize>,
    /// Indices into `objects` of the reviews a work holds (a recipe's or a product's
    /// `review` list): readers' reviews, never the page's article.
    reviews: HashSet<usize>,
}

/// One step down a JSON value: an array index or an object key.
#[derive(Debug)]
enum Step {
    Index(usize),
    Key(String),
}

impl JsonLd {
    /// Adds one script's content; returns a warning when it cannot be read at all.
    pub(super) fn add_script(&mut self, text: &str) -> Result<(), String> {
        let text = strip_wrappers(text);
        if text.is_empty() {
            return Ok(());
        }
        let values = parse_values(text)
            .or_else(|| parse_values(&repair(text)))
            .or_else(|| parse_values(&repair(&decode_entities(text))));
        let Some(values) = values else {
            return Err("a JSON-LD block is not valid JSON and could not be repaired".into());
        };
        for value in values {
            self.roots.push(value);
            self.flatten(self.roots.len() - 1);
        }
        Ok(())
    }

    /// Collects every typed object inside a root, iteratively, by reference.
    fn flatten(&mut self, root: usize) {
        // Each value with its last step and whether it sits under a `review` key.
        let mut stack: Vec<(&Value, Option<usize>, bool)> = vec![(&self.roots[root], None, false)];
        let mut found = Vec::new();
        while let Some((v, at, review)) = stack.pop() {
            match v {
                Value::Array(items) => {
                    for (i, item) in items.iter().enumerate().rev() {
                        if matches!(item, Value::Object(_) | Value::Array(_)) {
                            self.trail.push((at, Step::Index(i)));
                            stack.push((item, Some(self.trail.len() - 1), review));
                        }
                    }
                }
                Value::Object(map) => {
                    for (key, child) in map.iter().rev() {
                        if matches!(child, Value::Object(_) | Value::Array(_)) && key != "@context"
                        {
                            let under = review || key == "review" || key == "reviews";
                            self.trail.push((at, Step::Key(key.clone())));
                            stack.push((child, Some(self.trail.len() - 1), under));
                        }
                    }
                    if map.contains_key("@type") {
                        found.push((at, review, map.get("@id").and_then(Value::as_str)));
                    }
                }
                _ => {}
            }
        }
        for (at, review, id) in found {
            let index = self.objects.len();
            if let Some(id) = id {
                self.ids.entry(id.to_string()).or_insert(index);
            }
            if review {
                self.reviews.insert(index);
            }
            self.objects.push((root, at));
        }
    }

    /// The typed object at this index of `objects`, found by following its steps.
    fn object(&self, index: usize) -> &Value {
        let (root, mut at) = self.objects[index];
        let mut steps = Vec::new();
        while let Some(i) = at {
            steps.push(&self.trail[i].1);
            at = self.trail[i].0;
        }
        let mut value = &self.roots[root];
        for step in steps.into_iter().rev() {
            let next = match step {
                Step::Index(i) => value.get(*i),
                Step::Key(k) => value.get(k.as_str()),
            };
            // The steps were taken from this very value, so each is there.
            value = next.unwrap_or(value);
        }
        value
    }

    /// Every typed object, in document order, with its index.
    fn all_objects(&self) -> impl Iterator<Item = (usize, &Value)> {
        (0..self.objects.len()).map(|i| (i, self.object(i)))
    }

    /// Follows an `{"@id": …}` reference to the object that defines it; other values are
    /// returned as they are.
    pub(crate) fn resolve<'a>(&'a self, value: &'a Value) -> &'a Value {
        if let Value::Object(map) = value
            && map.len() <= 2
            && !map.contains_key("@type")
            && let Some(id) = map.get("@id").and_then(Value::as_str)
            && let Some(&i) = self.ids.get(id)
        {
            return self.object(i);
        }
        value
    }

    /// Objects of any of the given types, in document order.
    pub(crate) fn of_types<'a>(&'a self, types: &'a [&str]) -> impl Iterator<Item = &'a Value> {
        self.all_objects()
            .map(|(_, o)| o)
            .filter(move |o| types.iter().any(|t| has_type(o, t)))
    }

    /// The article object: the first object of the most specific article type that has a
    /// headline or a body, else the first of any article type; not a review a work holds.
    pub(crate) fn article(&self) -> Option<&Value> {
        let candidates = || {
            self.all_objects()
                .filter(|(i, o)| {
                    !self.reviews.contains(i) && ARTICLE_TYPES.iter().any(|t| has_type(o, t))
                })
                .map(|(_, o)| o)
        };
        candidates()
            .find(|o| o.get("headline").is_some() || o.get("articleBody").is_some())
            .or_else(|| candidates().next())
    }

    /// The article object, else the page object.
    pub(crate) fn article_or_page(&self) -> Option<&Value> {
        self.article().or_else(|| self.of_types(PAGE_TYPES).next())
    }

    /// The first creative work that is no article (a how-to, a recipe).
    pub(crate) fn work(&self) -> Option<&Value> {
        self.of_types(WORK_TYPES).next()
    }

    /// A property of the article (or page) object, references resolved.
    pub(crate) fn article_prop(&self, key: &str) -> Option<&Value> {
        let article = self.article_or_page()?;
        article.get(key).map(|v| self.resolve(v))
    }

    /// True when the page has no JSON-LD object.
    #[cfg(test)]
    pub(crate) fn is_empty(&self) -> bool {
        self.objects.is_empty()
    }
}

/// True when the object's `@type` (a string or an array) names `wanted`, ignoring case and a
/// `schema:` or `http://schema.org/` prefix.
pub(crate) fn has_type(obj: &Value, wanted: &str) -> bool {
    let matches = |t: &str| {
        let t = t.rsplit(['/', ':']).next().unwrap_or(t);
        t.eq_ignore_ascii_case(wanted)
    };
    match obj.get("@type") {
        Some(Value::String(t)) => matches(t),
        Some(Value::Array(ts)) => ts.iter().filter_map(Value::as_str).any(matches),
        _ => false,
    }
}

/// The text of a JSON-LD value: a string (entities decoded, whitespace collapsed), a number,
/// an object's `name` / `@value` / `text`, or the first such item of an array.
pub(crate) fn json_str(value: &Value) -> Option<String> {
    let s = match value {
        Value::String(s) => collapse_whitespace(&decode_entities(s)),
        Value::Number(n) => n.to_string(),
        Value::Object(map) => return object_text(map),
        Value::Array(items) => return items.iter().find_map(json_str),
        _ => return None,
    };
    (!s.is_empty()).then_some(s)
}

fn object_text(map: &Map<String, Value>) -> Option<String> {
    ["name", "@value", "text", "headline"]
        .iter()
        .find_map(|k| map.get(*k).and_then(json_str))
}

/// Every text of a JSON-LD value: each item of an array, or the one value.
pub(crate) fn json_strings(value: &Value) -> Vec<String> {
    match value {
        Value::Array(items) => items.iter().filter_map(json_str).collect(),
        other => json_str(other).into_iter().collect(),
    }
}

/// Removes HTML comment and CDATA wrappers that some sites put around the JSON.
fn strip_wrappers(text: &str) -> &str {
    let mut t = text.trim();
    for (open, close) in [
        ("<!--", "-->"),
        ("<![CDATA[", "]]>"),
        ("//<![CDATA[", "//]]>"),
    ] {
        if let Some(inner) = t.strip_prefix(open) {
            t = inner.strip_suffix(close).unwrap_or(inner).trim();
        }
    }
    t.trim_end_matches(';').trim()
}

/// Parses one or more concatenated JSON values; `None` if any of them is invalid.
fn parse_values(text: &str) -> Option<Vec<Value>> {
    let mut out = Vec::new();
    for value in serde_json::Deserializer::from_str(text).into_iter::<Value>() {
        out.push(value.ok()?);
    }
    (!out.is_empty()).then_some(out)
}

/// Repairs common faults outside of strings: comments, trailing commas, and raw control
/// characters inside strings.
fn repair(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    let mut in_string = false;
    while let Some(c) = chars.next() {
        if in_string {
            match c {
                '\\' => {
                    out.push(c);
                    if let Some(n) = chars.next() {
                        out.push(n);
                    }
                }
                '"' => {
                    in_string = false;
                    out.push(c);
                }
                c if c.is_control() => out.push(' '),
                c => out.push(c),
            }
            continue;
        }
        match c {
            '"' => {
                in_string = true;
                out.push(c);
            }
            '/' if chars.peek() == Some(&'/') => {
                for n in chars.by_ref() {
                    if n == '\n' {
                        break;
                    }
                }
            }
            '/' if chars.peek() == Some(&'*') => {
                chars.next();
                let mut prev = ' ';
                for n in chars.by_ref() {
                    if prev == '*' && n == '/' {
                        break;
                    }
                    prev = n;
                }
            }
            '}' | ']' => {
                let trimmed = out.trim_end().len();
                if out[..trimmed].ends_with(',') {
                    out.truncate(trimmed - 1);
                }
                out.push(c);
            }
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn load(scripts: &[&str]) -> JsonLd {
        let mut ld = JsonLd::default();
        for s in scripts {
            ld.add_script(s).unwrap();
        }
        ld
    }

    #[test]
    fn finds_the_article_in_a_graph() {
        let ld = load(&[r##"{"@context":"https://schema.org","@graph":[
            {"@type":"WebPage","@id":"p","name":"Page"},
            {"@type":["NewsArticle"],"headline":"H","author":{"@id":"#ann"}},
            {"@type":"Person","@id":"#ann","name":"Ann Lee"}]}"##]);
        let article = ld.article().unwrap();
        assert_eq!(json_str(&article["headline"]).as_deref(), Some("H"));
        let author = ld.resolve(&article["author"]);
        assert_eq!(json_str(author).as_deref(), Some("Ann Lee"));
    }

    #[test]
    fn a_works_reviews_are_not_the_article() {
        let ld = load(&[
            r#"{"@type":"Recipe","name":"Cake","datePublished":"2006-10-10",
            "review":[{"@type":"Review","datePublished":"2020-04-12","reviewBody":"Yum"}]}"#,
        ]);
        assert!(ld.article().is_none());
        // A critic's review page is its own article.
        let ld = load(&[r#"{"@type":"Review","name":"Film","datePublished":"2020-04-12"}"#]);
        assert_eq!(
            json_str(&ld.article().unwrap()["datePublished"]).as_deref(),
            Some("2020-04-12")
        );
    }

    #[test]
    fn repairs_slightly_invalid_json() {
        let ld = load(&[r#"<!-- { "@type": "Article", // a comment
            "headline": "Q&amp;A: it's
            here", "keywords": ["a", "b",], } -->"#]);
        let article = ld.article().unwrap();
        assert_eq!(
            json_str(&article["headline"]).as_deref(),
            Some("Q&A: it's here")
        );
        assert_eq!(json_strings(&article["keywords"]), vec!["a", "b"]);
    }

    #[test]
    fn reads_entity_encoded_json_and_several_objects() {
        let ld = load(&[
            r#"{&quot;@type&quot;:&quot;NewsArticle&quot;,&quot;headline&quot;:&quot;E&quot;}"#,
            r#"{"@type":"Organization","name":"O"} {"@type":"BlogPosting","headline":"B"}"#,
        ]);
        assert_eq!(ld.of_types(&["Organization"]).count(), 1);
        assert_eq!(
            json_str(&ld.article().unwrap()["headline"]).as_deref(),
            Some("E")
        );
    }

    #[test]
    fn gives_up_with_a_warning() {
        let mut ld = JsonLd::default();
        assert!(ld.add_script("{ this is not json").is_err());
        assert!(ld.is_empty());
    }

    #[test]
    fn types_match_with_prefixes() {
        let v: Value = serde_json::json!({"@type": "http://schema.org/NewsArticle"});
        assert!(has_type(&v, "newsarticle"));
    }
}

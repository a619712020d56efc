//! A compiled rule: where a value is read (a CSS selector, a meta tag, a JSON-LD path, a path
//! into the page's embedded state, a fixed value, or a Rust function) and how it is cut to shape (regex, prefix and suffix, split).
//! Everything is parsed and checked when the rule is built; a regex is compiled on the first
//! page that needs it (see [`ProfileRegex`]).

use std::collections::BTreeMap;
use std::fmt;
use std::sync::{Arc, OnceLock};

use regex::RegexBuilder;
use regex_automata::meta;
use serde_json::Value;

use super::page::Page;
use super::state_path::StatePath;
use crate::dom::{Document, NodeId, Selector, collapse_whitespace};
use crate::error::{Error, ProfileError};
use crate::signals::{is_state_name, json_str};

/// A function that reads values from a page, for what no declarative rule can say.
pub type RuleFn = dyn Fn(&PageView) -> Vec<String> + Send + Sync;

/// What a custom rule function sees of a page.
pub struct PageView<'a> {
    pub(crate) page: &'a dyn Page,
}

impl PageView<'_> {
    /// The texts of the elements matching a CSS selector (an invalid selector matches nothing).
    pub fn select_text(&self, css: &str) -> Vec<String> {
        let Ok(selector) = css.parse::<Selector>() else {
            return Vec::new();
        };
        let doc = self.page.doc();
        selector
            .select(doc, doc.root())
            .into_iter()
            .map(|id| doc.text(id))
            .collect()
    }

    /// The value of an attribute on the elements matching a CSS selector.
    pub fn select_attr(&self, css: &str, attr: &str) -> Vec<String> {
        let Ok(selector) = css.parse::<Selector>() else {
            return Vec::new();
        };
        let doc = self.page.doc();
        selector
            .select(doc, doc.root())
            .into_iter()
            .filter_map(|id| doc.attr(id, attr).map(str::to_string))
            .collect()
    }

    /// The first value of a meta tag.
    pub fn meta(&self, name: &str) -> Option<String> {
        self.page.signals().meta.get(name).map(str::to_string)
    }

    /// The page's URL, when known.
    pub fn url(&self) -> Option<&str> {
        self.page.url()
    }
}

/// Where a rule reads its values.
#[derive(Clone)]
pub(crate) enum Source {
    Css {
        selector: Selector,
        attr: Option<String>,
    },
    Meta(String),
    JsonLd(Vec<String>),
    /// A path into the JSON state the page embeds under a name.
    State {
        name: String,
        path: StatePath,
    },
    Value(String),
    Function(Arc<RuleFn>),
}

/// One rule of a profile field: a source (a CSS selector, a meta tag, a JSON-LD path, a
/// fixed value or a Rust function) and what to do with its values (keep a regex match, read
/// a date format, strip, split, leave out parts). A rule that finds nothing hands the field
/// to the next rule.
///
/// ```
/// use newsprint::Rule;
///
/// // The date in `<time class="stamp">Posted 2 May 2024, 08:15</time>`.
/// let published = Rule::css("time.stamp")?
///     .regex(r"\d{1,2} \w+ \d{4}, \d{2}:\d{2}")?
///     .format("%d %B %Y, %H:%M")?;
/// // Tags from a meta tag that lists them with commas.
/// let tags = Rule::meta("news_keywords").split(",");
/// // The body, inside its container, without the share bar.
/// let body = Rule::css("div.story")?.exclude(".share-bar")?;
/// # let _ = (published, tags, body);
/// // A bad regex is an error that keeps its cause.
/// assert!(Rule::css("p")?.regex("(").is_err());
/// # Ok::<(), newsprint::Error>(())
/// ```
#[derive(Clone)]
pub struct Rule {
    pub(crate) source: Source,
    pub(crate) regex: Option<ProfileRegex>,
    pub(crate) formats: Vec<String>,
    pub(crate) strip_prefix: Option<String>,
    pub(crate) strip_suffix: Option<String>,
    pub(crate) split: Option<String>,
    pub(crate) exclude: Vec<Selector>,
    /// For a `css` rule: the selector is matched only inside the first element matching this.
    pub(crate) within: Option<Selector>,
}

impl fmt::Debug for Rule {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.describe())
    }
}

/// One value a rule read: its text, the element it came from, and the regex's named groups.
#[derive(Debug, Clone, Default)]
pub(crate) struct Match {
    pub text: String,
    /// The text before the regex cut it (a dateline's raw text).
    pub whole: String,
    pub node: Option<NodeId>,
    pub groups: BTreeMap<String, String>,
    /// The HTML a state value holds (a body's paragraphs), when the rule did not reshape it.
    pub markup: Option<String>,
}

/// Regexes in profiles come from users: their compiled size is bounded.
const REGEX_SIZE_LIMIT: usize = 1 << 20;

/// A profile's regex: checked when the profile loads, then kept as its pattern and compiled
/// on the first page that needs it. Most profiles are for sites that a given batch never
/// sees, and a compiled regex with Unicode classes holds hundreds of kilobytes for the whole
/// run.
#[derive(Clone)]
pub(crate) struct ProfileRegex {
    pattern: Arc<str>,
    compiled: Arc<OnceLock<Option<meta::Regex>>>,
}

impl ProfileRegex {
    /// Checks the pattern (a bad or oversized one is an error) and keeps it.
    fn new(pattern: &str) -> Result<Self, regex::Error> {
        check_profile_regex(pattern)?;
        Ok(ProfileRegex {
            pattern: pattern.into(),
            compiled: Arc::default(),
        })
    }

    /// The compiled regex, compiled on first use.
    fn get(&self) -> Option<&meta::Regex> {
        self.compiled
            .get_or_init(|| compile_profile_regex(&self.pattern))
            .as_ref()
    }

    /// The text `value` holds for this regex: its `value` group, else the whole match, and
    /// every named group it matched.
    fn cut(&self, value: &str) -> Option<(String, BTreeMap<String, String>)> {
        let re = self.get()?;
        let mut caps = re.create_captures();
        re.captures(value, &mut caps);
        let text_of = |span: regex_automata::Span| value.get(span.range()).map(str::trim);
        let mut groups = BTreeMap::new();
        let names = re
            .group_info()
            .pattern_names(regex_automata::PatternID::ZERO);
        for (index, name) in names.enumerate() {
            if let Some((name, text)) = name.zip(caps.get_group(index).and_then(text_of)) {
                groups.insert(name.to_string(), text.to_string());
            }
        }
        let text = caps
            .get_group_by_name("value")
            .or_else(|| caps.get_match().map(|m| m.span()))
            .and_then(text_of)?;
        Some((text.to_string(), groups))
    }
}

/// Checks that a profile's regex compiles within the size bound. Its syntax and its forward
/// NFA, which the size bound is measured on, are all a check needs: the whole regex also
/// builds a reverse NFA, prefilters and search engines, several times the memory, which
/// built at start-up for every profile stayed in the process's heap for the whole run. Only
/// a pattern that fails this is compiled by the regex crate, for its error.
fn check_profile_regex(pattern: &str) -> Result<(), regex::Error> {
    use regex_automata::nfa::thompson;
    let forward_nfa = thompson::Compiler::new()
        .configure(thompson::Config::new().nfa_size_limit(Some(REGEX_SIZE_LIMIT)))
        .build(pattern);
    match forward_nfa {
        Ok(_) => Ok(()),
        Err(_) => RegexBuilder::new(pattern)
            .size_limit(REGEX_SIZE_LIMIT)
            .build()
            .map(drop),
    }
}

/// Compiles a profile's regex within the size bound, as the regex crate would (leftmost
/// first, Unicode, no empty match inside a character), but without the lazy DFA: a profile's
/// regex cuts one short value out of an element's text, which the bounded backtracker or
/// the one-pass DFA reads as fast, and the lazy DFA's reverse NFA and caches would hold
/// about three times the memory for the whole run.
fn compile_profile_regex(pattern: &str) -> Option<meta::Regex> {
    let config = meta::Config::new()
        .match_kind(regex_automata::MatchKind::LeftmostFirst)
        .utf8_empty(true)
        .nfa_size_limit(Some(REGEX_SIZE_LIMIT))
        .hybrid(false)
        .dfa(false);
    meta::Builder::new().configure(config).build(pattern).ok()
}

impl Rule {
    fn from_source(source: Source) -> Self {
        Rule {
            source,
            regex: None,
            formats: Vec::new(),
            strip_prefix: None,
            strip_suffix: None,
            split: None,
            exclude: Vec::new(),
            within: None,
        }
    }

    /// Reads the text of the elements matching a CSS selector.
    ///
    /// ```
    /// use newsprint::{ProfileError, Rule};
    /// let rule = Rule::css("h1.headline").unwrap().strip_prefix("Breaking:");
    /// # let _ = rule;
    /// let err = Rule::css("h1[").unwrap_err();
    /// assert!(matches!(err.profile_error(), Some(ProfileError::Selector { .. })));
    /// ```
    pub fn css(selector: &str) -> Result<Self, Error> {
        let selector = parse_selector(selector)?;
        Ok(Rule::from_source(Source::Css {
            selector,
            attr: None,
        }))
    }

    /// Reads an attribute instead of the text (for a `css` rule).
    pub fn attr(mut self, name: &str) -> Self {
        if let Source::Css { attr, .. } = &mut self.source {
            *attr = Some(name.to_string());
        }
        self
    }

    /// Reads a meta tag by name or property.
    pub fn meta(name: &str) -> Self {
        Rule::from_source(Source::Meta(name.to_string()))
    }

    /// Reads a JSON-LD value by a dotted path from the article object (`author.name`), or from
    /// the first object of a type when the path starts with one (`Organization.name`).
    pub fn jsonld(path: &str) -> Self {
        let path = path
            .trim_start_matches("$.")
            .split('.')
            .map(str::to_string)
            .collect();
        Rule::from_source(Source::JsonLd(path))
    }

    /// Reads a value from the JSON state the page embeds, written `NAME:PATH`: the state's
    /// name (`__NEXT_DATA__`, `Fusion.globalContent`, `__NUXT__`, `__APOLLO_STATE__`,
    /// `__PRELOADED_STATE__` …) and a path into it (`props.pageProps.post.title`,
    /// `credits.by[*].name`, `content_elements[type=text].content`). A state is the JSON
    /// of a `<script id="NAME">` or the JSON assigned to `NAME` in a script. Values that
    /// hold HTML are read as text; a body rule keeps their paragraphs.
    pub fn state(spec: &str) -> Result<Self, Error> {
        let invalid = |message: String| ProfileError::State {
            spec: spec.to_string(),
            message,
        };
        let (name, path) = spec
            .split_once(':')
            .ok_or_else(|| invalid("needs `NAME:PATH`".into()))?;
        if !is_state_name(name) {
            return Err(invalid(format!("invalid state name {name:?}")).into());
        }
        Ok(Rule::from_source(Source::State {
            name: name.to_string(),
            path: StatePath::parse(path).map_err(invalid)?,
        }))
    }

    /// True for a rule that reads the page's embedded state.
    pub(crate) fn reads_state(&self) -> bool {
        matches!(self.source, Source::State { .. })
    }

    /// A fixed value.
    pub fn value(value: &str) -> Self {
        Rule::from_source(Source::Value(value.to_string()))
    }

    /// Values computed by a Rust function.
    pub fn function(f: impl Fn(&PageView) -> Vec<String> + Send + Sync + 'static) -> Self {
        Rule::from_source(Source::Function(Arc::new(f)))
    }

    /// Keeps only what a regex matches: its `value` group, else the whole match. Other named
    /// groups feed composite fields (the dateline's `place` and `agency`).
    pub fn regex(mut self, pattern: &str) -> Result<Self, Error> {
        let regex = ProfileRegex::new(pattern).map_err(|source| ProfileError::Regex {
            pattern: pattern.to_string(),
            source,
        })?;
        self.regex = Some(regex);
        Ok(self)
    }

    /// A chrono `strftime` format for dates; several may be given, tried in order.
    pub fn format(mut self, format: &str) -> Result<Self, Error> {
        check_format(format)?;
        self.formats.push(format.to_string());
        Ok(self)
    }

    /// Removes a prefix (after trimming) when present.
    pub fn strip_prefix(mut self, prefix: &str) -> Self {
        self.strip_prefix = Some(prefix.to_string());
        self
    }

    /// Removes a suffix (after trimming) when present.
    pub fn strip_suffix(mut self, suffix: &str) -> Self {
        self.strip_suffix = Some(suffix.to_string());
        self
    }

    /// Splits each value at a separator (for tags and authors).
    pub fn split(mut self, separator: &str) -> Self {
        self.split = Some(separator.to_string());
        self
    }

    /// Leaves out elements matching a selector inside the matched ones (for the body).
    pub fn exclude(mut self, selector: &str) -> Result<Self, Error> {
        self.exclude.push(parse_selector(selector)?);
        Ok(self)
    }

    /// Reads a `css` rule only inside the first element (in page order) matching `selector`
    /// (the element itself included), and finds nothing when none does: the page's main
    /// post, not the teasers of related posts or the comments after it
    /// (`within = "article"`). Other sources ignore it.
    pub fn within(mut self, selector: &str) -> Result<Self, Error> {
        self.within = Some(parse_selector(selector)?);
        Ok(self)
    }

    /// A short description for provenance: `css "h1.title"`, `meta "og:title"`.
    pub(crate) fn describe(&self) -> String {
        let scope = match &self.within {
            Some(w) => format!(" within {:?}", w.as_str()),
            None => String::new(),
        };
        match &self.source {
            Source::Css {
                selector,
                attr: None,
            } => format!("css {:?}{scope}", selector.as_str()),
            Source::Css {
                selector,
                attr: Some(a),
            } => format!("css {:?} attr {a:?}{scope}", selector.as_str()),
            Source::Meta(m) => format!("meta {m:?}"),
            Source::JsonLd(p) => format!("jsonld {:?}", p.join(".")),
            Source::State { name, path } => {
                format!("state {:?}", format!("{name}:{}", path.as_str()))
            }
            Source::Value(v) => format!("value {v:?}"),
            Source::Function(_) => "function".to_string(),
        }
    }

    /// Reads the rule's values from a page.
    pub(crate) fn read(&self, page: &dyn Page) -> Vec<Match> {
        if let Source::State { name, path } = &self.source {
            let Some(state) = page.state(name) else {
                return Vec::new();
            };
            return path
                .values(&state)
                .into_iter()
                .filter_map(state_text)
                .flat_map(|(text, markup)| self.shape_markup(text, markup))
                .collect();
        }
        let raw: Vec<(String, Option<NodeId>)> = match &self.source {
            Source::Css { selector, attr } => {
                let doc = page.doc();
                let scope = match &self.within {
                    Some(within) => match within.first(doc) {
                        Some(scope) => scope,
                        None => return Vec::new(),
                    },
                    None => doc.root(),
                };
                selector
                    .select(doc, scope)
                    .into_iter()
                    .filter_map(|id| {
                        let text = match attr {
                            Some(a) => doc.attr(id, a).map(collapse_whitespace)?,
                            None => doc.text(id),
                        };
                        Some((text, Some(id)))
                    })
                    .collect()
            }
            Source::Meta(name) => page
                .signals()
                .meta
                .all(name)
                .map(|v| (v.to_string(), None))
                .collect(),
            Source::JsonLd(path) => jsonld_values(page, path)
                .into_iter()
                .map(|v| (v, None))
                .collect(),
            Source::Value(v) => vec![(v.clone(), None)],
            // Read above, with its markup.
            Source::State { .. } => Vec::new(),
            Source::Function(f) => f(&PageView { page })
                .into_iter()
                .map(|v| (collapse_whitespace(&v), None))
                .collect(),
        };
        raw.into_iter()
            .flat_map(|(text, node)| self.shape(text, node))
            .collect()
    }

    /// Shapes a state value; its markup is kept when the rule does not reshape the text.
    fn shape_markup(&self, text: String, markup: Option<String>) -> Vec<Match> {
        let reshapes = self.split.is_some()
            || self.regex.is_some()
            || self.strip_prefix.is_some()
            || self.strip_suffix.is_some();
        let mut matches = self.shape(text, None);
        if !reshapes && let [only] = matches.as_mut_slice() {
            only.markup = markup;
        }
        matches
    }

    /// Applies split, prefix and suffix, and the regex to one value.
    fn shape(&self, text: String, node: Option<NodeId>) -> Vec<Match> {
        let pieces: Vec<String> = match &self.split {
            Some(sep) => text.split(sep.as_str()).map(str::to_string).collect(),
            None => vec![text],
        };
        pieces
            .into_iter()
            .filter_map(|piece| {
                let mut value = piece.trim();
                if let Some(p) = &self.strip_prefix {
                    value = value.strip_prefix(p.as_str()).unwrap_or(value).trim();
                }
                if let Some(s) = &self.strip_suffix {
                    value = value.strip_suffix(s.as_str()).unwrap_or(value).trim();
                }
                let whole = value.to_string();
                let mut groups = BTreeMap::new();
                let text = match &self.regex {
                    None => whole.clone(),
                    Some(re) => {
                        let (text, named) = re.cut(value)?;
                        groups = named;
                        text
                    }
                };
                let empty = text.is_empty() && groups.values().all(String::is_empty);
                (!empty).then_some(Match {
                    text,
                    whole,
                    node,
                    groups,
                    markup: None,
                })
            })
            .collect()
    }
}

/// A selector written in a profile or a rule, or the error that names it.
pub(super) fn parse_selector(selector: &str) -> Result<Selector, ProfileError> {
    selector
        .parse::<Selector>()
        .map_err(|e| ProfileError::Selector {
            selector: selector.to_string(),
            message: e.message,
        })
}

/// Checks a chrono format string: every specifier must be known, and a date written with it
/// must read back (so a format without a day, or with `%q`, is refused).
fn check_format(format: &str) -> Result<(), ProfileError> {
    use chrono::format::StrftimeItems;
    let invalid = || ProfileError::Format {
        format: format.to_string(),
    };
    StrftimeItems::new(format).parse().map_err(|_| invalid())?;
    let sample =
        chrono::DateTime::parse_from_rfc3339("2022-06-12T07:56:33+05:45").map_err(|_| invalid())?;
    let written = sample.format(format).to_string();
    let reads_back = chrono::DateTime::parse_from_str(&written, format).is_ok()
        || chrono::NaiveDateTime::parse_from_str(&written, format).is_ok()
        || chrono::NaiveDate::parse_from_str(&written, format).is_ok();
    if reads_back { Ok(()) } else { Err(invalid()) }
}

/// The text of a state value, and its HTML when it holds markup (`"<p>One</p><p>Two</p>"`).
fn state_text(value: &Value) -> Option<(String, Option<String>)> {
    match value {
        Value::String(s) if s.contains('<') => {
            let doc = Document::parse(s);
            let text = doc.text(doc.root());
            (!text.is_empty()).then(|| (text, Some(s.clone())))
        }
        other => json_str(other).map(|text| (text, None)),
    }
}

/// The texts at a JSON-LD path; arrays along the way are searched item by item.
fn jsonld_values(page: &dyn Page, path: &[String]) -> Vec<String> {
    let ld = &page.signals().jsonld;
    let Some(first) = path.first() else {
        return Vec::new();
    };
    let typed_start = first.chars().next().is_some_and(char::is_uppercase);
    let type_name = [first.as_str()];
    let (start, rest) = if typed_start {
        match ld.of_types(&type_name).next() {
            Some(obj) => (obj, &path[1..]),
            None => return Vec::new(),
        }
    } else {
        match ld.article_or_page() {
            Some(obj) => (obj, path),
            None => return Vec::new(),
        }
    };
    let mut current: Vec<&Value> = vec![start];
    for key in rest {
        let mut next = Vec::new();
        for v in current {
            match v {
                Value::Array(items) => next.extend(
                    items
                        .iter()
                        .filter_map(|i| ld.resolve(i).get(key))
                        .map(|x| ld.resolve(x)),
                ),
                other => next.extend(other.get(key).map(|x| ld.resolve(x))),
            }
        }
        current = next;
    }
    current
        .into_iter()
        .flat_map(|v| match v {
            Value::Array(items) => items.iter().filter_map(json_str).collect::<Vec<_>>(),
            other => json_str(other).into_iter().collect(),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats_are_checked() {
        assert!(check_format("%Y %b %d, %H:%M").is_ok());
        assert!(check_format("%d.%m.%Y").is_ok());
        assert!(check_format("%H:%M").is_err());
        assert_eq!(
            check_format("%Y %q").unwrap_err().to_string(),
            "invalid format \"%Y %q\""
        );
    }

    #[test]
    fn within_is_described_and_checked() {
        let rule = Rule::css(".byline a").unwrap().within("article").unwrap();
        assert_eq!(rule.describe(), r#"css ".byline a" within "article""#);
        let rule = Rule::css("time")
            .unwrap()
            .attr("datetime")
            .within("main")
            .unwrap();
        assert_eq!(
            rule.describe(),
            r#"css "time" attr "datetime" within "main""#
        );
        assert!(Rule::css("a").unwrap().within("article[").is_err());
    }

    #[test]
    fn regexes_are_checked() {
        assert!(Rule::value("x").regex("(?P<value>").is_err());
        let huge = r"(?:\w{100}){100}";
        let err = Rule::value("x").regex(huge).unwrap_err();
        assert!(err.to_string().contains("size limit"), "{err}");
        // A pattern that passes the check compiles when a page first needs it.
        let rule = Rule::value("Mira Quell, staff")
            .regex(r"^\p{Lu}\w+ \p{Lu}\w+")
            .unwrap();
        let regex = rule.regex.as_ref().expect("the rule keeps its regex");
        let (text, groups) = regex.cut("Mira Quell, staff").expect("the regex matches");
        assert_eq!(text, "Mira Quell");
        assert!(groups.is_empty());
        // Named groups come back by name, the `value` group as the text.
        let rule = Rule::value("x")
            .regex(r"(?P<place>\p{Lu}\w+) \((?P<value>[^)]+)\)")
            .unwrap();
        let regex = rule.regex.as_ref().expect("the rule keeps its regex");
        let (text, groups) = regex
            .cut("Dovermouth (Wire Desk)")
            .expect("the regex matches");
        assert_eq!(text, "Wire Desk");
        assert_eq!(groups.get("place").map(String::as_str), Some("Dovermouth"));
        assert!(regex.cut("no parentheses").is_none());
    }
}

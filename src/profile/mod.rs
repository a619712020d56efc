//! Site profiles: where a site keeps its headline, dates, dateline, byline, body, tags and
//! masthead.
//!
//! A profile is data: built-in profiles are TOML files under `src/profile/sites/`, embedded at
//! compile time; user profiles load from strings, files or folders at run time; Rust users
//! can build one in code and give a field a Rust function. Each field is an ordered list of
//! [`Rule`]s; the first rule that yields a valid value wins, and when every rule of a field
//! fails, the generic cascade takes over and the article gets a warning.
//!
//! ```
//! use newsprint::{Extractor, Page, Profile};
//!
//! let profile = Profile::from_toml(r#"
//!     id = "bugle"
//!     hosts = ["bugle.example"]
//!     timezone = "America/New_York"
//!     [fields]
//!     headline = [{ css = "h2.story-title" }]
//!     published = [{ css = ".when", format = "%B %d, %Y %I:%M %p" }]
//! "#).unwrap();
//! let extractor = Extractor::builder().profile(profile).build();
//! let html = r#"<h2 class="story-title">Storm</h2><p class="when">March 5, 2024 9:30 AM</p>"#;
//! let article = extractor.extract(&Page::new(html).url("https://www.bugle.example/a"));
//! assert_eq!(article.headline.as_deref(), Some("Storm"));
//! assert_eq!(article.published.unwrap().to_string(), "2024-03-05T09:30:00-05:00");
//! ```

mod apply;
mod check;
#[cfg(feature = "eval")]
pub mod learn;
mod load;
mod page;
mod registry;
mod rule;
mod spec;
mod state_path;

use std::path::PathBuf;

pub(crate) use apply::apply;
pub use check::TestFailure;
pub(crate) use page::Page;
pub(crate) use registry::Registry;
pub use rule::{PageView, Rule, RuleFn};

use crate::Field;
use crate::dom::Selector;
use crate::error::{Error, ProfileError};

/// The field a profile's name for it names, when a profile may fill it.
fn fillable(name: &str) -> Option<Field> {
    name.parse::<Field>().ok().filter(|f| f.is_fillable())
}

/// The number of built-in profiles.
pub fn builtin_count() -> usize {
    registry::builtin_sources().len()
}

/// Every built-in profile, loaded; an error names the one that fails.
pub fn builtins() -> Result<Vec<Profile>, Error> {
    registry::builtin_sources()
        .iter()
        .map(|(_, text)| Profile::from_toml(text))
        .collect()
}

/// Whether a profile describes one site or a publishing platform.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ProfileKind {
    /// A site, matched by its hosts.
    Site,
    /// A platform (WordPress, Ghost …), matched by a page fingerprint.
    Platform,
}

/// How a platform profile recognises a page.
#[derive(Debug, Clone, Default)]
pub(crate) struct Fingerprint {
    pub generator: Option<String>,
    pub selector: Option<Selector>,
    pub contains: Vec<String>,
    /// How many of `contains` must occur.
    pub min_contains: usize,
}

/// A site profile: where one site (or one platform) keeps each field, as ordered lists of
/// [`Rule`]s. Load one from TOML ([`Profile::from_toml`], [`Profile::from_file`]) or build it
/// in code:
///
/// ```
/// use newsprint::{Extractor, Page, Profile, Rule};
///
/// let profile = Profile::new("harbour-gazette")
///     .hosts(["gazette.example"])
///     .timezone("Europe/Lisbon")?
///     .field("headline", vec![Rule::css("h1.title")?])?
///     .field("authors", vec![Rule::css(".by")?.strip_prefix("By")])?
///     .field("published", vec![Rule::meta("article:published_time")])?;
/// assert_eq!(profile.id(), "harbour-gazette");
/// assert_eq!(profile.field_names(), ["headline", "authors", "published"]);
///
/// let html = r#"<meta property="article:published_time" content="2024-05-02T08:15:00Z">
///     <h1 class="title">Tide gauge restored</h1><p class="by">By Ana Ferreira</p>"#;
/// let extractor = Extractor::builder().profile(profile).build();
/// let article = extractor.extract(&Page::new(html).url("https://gazette.example/tide"));
/// assert_eq!(article.headline.as_deref(), Some("Tide gauge restored"));
/// assert_eq!(article.authors[0].name, "Ana Ferreira");
/// # Ok::<(), newsprint::Error>(())
/// ```
#[derive(Debug, Clone)]
pub struct Profile {
    pub(crate) id: String,
    pub(crate) name: Option<String>,
    pub(crate) version: Option<String>,
    pub(crate) hosts: Vec<String>,
    pub(crate) timezone: Option<chrono_tz::Tz>,
    pub(crate) language: Option<String>,
    pub(crate) fingerprint: Option<Fingerprint>,
    /// Whether a value the page's own metadata contradicts is dropped (see
    /// [`Profile::verify`]).
    pub(crate) verify: bool,
    pub(crate) fields: Vec<(Field, Vec<Rule>)>,
    pub(crate) tests: Vec<spec::TestSpec>,
    pub(crate) origin: Option<PathBuf>,
}

impl Profile {
    /// An empty profile with an id; add hosts and fields with the builder methods.
    pub fn new(id: impl Into<String>) -> Self {
        Profile {
            id: id.into(),
            name: None,
            version: None,
            hosts: Vec::new(),
            timezone: None,
            language: None,
            fingerprint: None,
            verify: false,
            fields: Vec::new(),
            tests: Vec::new(),
            origin: None,
        }
    }

    /// Loads a profile from TOML text.
    pub fn from_toml(text: &str) -> Result<Self, Error> {
        load::from_toml(text, None)
    }

    /// Loads a profile from a TOML file.
    pub fn from_file(path: impl Into<PathBuf>) -> Result<Self, Error> {
        let path = path.into();
        let text = std::fs::read_to_string(&path).map_err(|source| Error::Io {
            path: path.clone(),
            source,
        })?;
        load::from_toml(&text, Some(path))
    }

    /// Sets the display name.
    pub fn name(mut self, name: impl Into<String>) -> Self {
        self.name = Some(name.into());
        self
    }

    /// Adds hosts; a host matches itself and its subdomains.
    pub fn hosts<I: IntoIterator<Item = S>, S: Into<String>>(mut self, hosts: I) -> Self {
        self.hosts
            .extend(hosts.into_iter().map(|h| h.into().to_ascii_lowercase()));
        self
    }

    /// Sets the site's time zone (an IANA name such as `Asia/Kathmandu`).
    pub fn timezone(mut self, zone: &str) -> Result<Self, Error> {
        self.timezone = Some(zone.parse().map_err(|_| {
            self.error(
                "",
                ProfileError::Timezone {
                    zone: zone.to_string(),
                },
            )
        })?);
        Ok(self)
    }

    /// Sets the site's language.
    pub fn language(mut self, language: impl Into<String>) -> Self {
        self.language = Some(language.into());
        self
    }

    /// Checks every value a rule finds against what the page itself declares (its JSON-LD
    /// and meta tags): a headline that shares next to nothing with every declared title, a
    /// publication day more than a day from every declared one, authors none of whose words
    /// the declared authors have, a body read from the whole page or from outside the
    /// article (navigation, sidebars, comments) count as not found, and the field's next
    /// rule, then the generic rules, serve it. Learned profiles set it (`verify = true` in
    /// TOML): a rule learned from a few pages may read the wrong element once the site
    /// changes, and junk is worse than the generic rules' value.
    pub fn verify(mut self, on: bool) -> Self {
        self.verify = on;
        self
    }

    /// Sets the rules of a field (one a profile may fill, see [`Field::is_fillable`]).
    pub fn field(mut self, field: &str, rules: Vec<Rule>) -> Result<Self, Error> {
        let Some(name) = fillable(field) else {
            return Err(self.error(
                "",
                ProfileError::UnknownField {
                    name: field.to_string(),
                },
            ));
        };
        self.fields.retain(|(f, _)| *f != name);
        self.fields.push((name, rules));
        Ok(self)
    }

    /// The profile's id.
    pub fn id(&self) -> &str {
        &self.id
    }

    /// The hosts it matches.
    pub fn host_list(&self) -> &[String] {
        &self.hosts
    }

    /// The fields it fills, in the order they were given.
    pub fn field_names(&self) -> Vec<&'static str> {
        self.fields.iter().map(|(f, _)| f.as_str()).collect()
    }

    /// Whether it is a site or a platform profile.
    pub fn kind(&self) -> ProfileKind {
        if self.fingerprint.is_some() && self.hosts.is_empty() {
            ProfileKind::Platform
        } else {
            ProfileKind::Site
        }
    }

    /// True when the host is one of the profile's hosts or a subdomain of one.
    pub fn matches_host(&self, host: &str) -> bool {
        let host = host.trim_end_matches('.').to_ascii_lowercase();
        self.hosts
            .iter()
            .any(|h| host == *h || host.ends_with(&format!(".{h}")))
    }

    /// An error naming this profile, the place in it (`field "published": rule 2`, or empty)
    /// and the cause.
    fn error(&self, place: &str, cause: ProfileError) -> Error {
        Error::Profile {
            file: self.origin.clone(),
            profile: self.id.clone(),
            place: place.to_string(),
            cause: Box::new(cause),
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::{Extractor, Page, Profile};

    fn extract(profile: &str, html: &str) -> crate::Article {
        let profile = Profile::from_toml(profile).unwrap();
        let extractor = Extractor::builder()
            .no_builtin_profiles()
            .profile(profile)
            .build();
        extractor.extract(&Page::new(html).url("https://bugle.example/a"))
    }

    /// The page's post, then a related post with the same markup.
    const TWO_POSTS: &str = r#"<html><body>
        <article><h1>Storm hits coast</h1>
          <p class="byline">By <a href="/author/ann">Ann Lee</a></p>
          <div class="text"><p>The storm reached the coast on Tuesday night.</p>
          <script>var ad = "Buy now";</script>
          <p>Thousands of homes lost power.</p></div>
        </article>
        <section class="related"><article><h3>Rain on Monday</h3>
          <p class="byline">By <a href="/author/bo">Bo Chen</a></p></article></section>
        </body></html>"#;

    #[test]
    fn within_reads_inside_the_first_match_only() {
        let all = extract(
            r#"id = "bugle"
            hosts = ["bugle.example"]
            [fields]
            authors = [{ css = ".byline a" }]"#,
            TWO_POSTS,
        );
        assert_eq!(all.author_names(), "Ann Lee, Bo Chen");
        let first = extract(
            r#"id = "bugle"
            hosts = ["bugle.example"]
            [fields]
            authors = [{ css = ".byline a", within = "article" }]"#,
            TWO_POSTS,
        );
        assert_eq!(first.author_names(), "Ann Lee");
        assert_eq!(
            first.provenance["authors"].path.as_deref(),
            Some(r#"rule 1: css ".byline a" within "article""#)
        );
        // No element matches `within`: the rule finds nothing and the next one is tried.
        let next = extract(
            r#"id = "bugle"
            hosts = ["bugle.example"]
            [fields]
            authors = [{ css = ".byline a", within = "main" }, { css = "section .byline a" }]"#,
            TWO_POSTS,
        );
        assert_eq!(next.author_names(), "Bo Chen");
    }

    #[test]
    fn a_body_rule_leaves_out_scripts() {
        let article = extract(
            r#"id = "bugle"
            hosts = ["bugle.example"]
            [fields]
            body = [{ css = ".text" }]"#,
            TWO_POSTS,
        );
        assert_eq!(
            article.text(),
            "The storm reached the coast on Tuesday night.\n\nThousands of homes lost power."
        );
    }

    #[test]
    fn a_headline_rule_leaves_out_the_kicker_unless_shaped() {
        let page = r#"<h1 class="title"><span class="kicker">Storm</span> Thousands lose power overnight</h1>"#;
        let headline = |rule: &str| {
            let toml = format!(
                "id = \"bugle\"\nhosts = [\"bugle.example\"]\n[fields]\nheadline = [{rule}]"
            );
            extract(&toml, page).headline
        };
        assert_eq!(
            headline(r#"{ css = "h1.title" }"#).as_deref(),
            Some("Thousands lose power overnight")
        );
        // A rule that shapes the text says what it wants.
        assert_eq!(
            headline(r#"{ css = "h1.title", strip_suffix = "overnight" }"#).as_deref(),
            Some("Storm Thousands lose power")
        );
    }

    #[test]
    fn a_tags_rule_gives_bare_tags_once() {
        let article = extract(
            r#"id = "bugle"
            hosts = ["bugle.example"]
            [fields]
            tags = [{ css = ".tags a" }]"#,
            r#"<p class="tags"><a>#Storm</a> <a>Storm</a> <a>„Coast”</a> <a>C#</a></p>"#,
        );
        assert_eq!(article.tags, vec!["Storm", "Coast", "C#"]);
    }

    /// A page rendered from an embedded state, as a news platform writes it.
    const STATE_PAGE: &str = r#"<html><head><script>
        window.__BUGLE_STATE__ = {"story": {
          "headline": "Ferry strike ends after <em>nine</em> days",
          "by": [{"name": "Ana Ruiz", "kind": "staff"}, {"name": "Ben Ode"}],
          "tags": ["ferries", "strikes"],
          "blocks": [
            {"type": "text", "html": "<p>Crews returned on Monday.</p><p>Fares stay <b>frozen</b>.</p>"},
            {"type": "link", "html": "Read more: ports"},
            {"type": "text", "html": "Unions & owners signed at dawn."}
          ]}};
        render();</script></head><body><div id="app"></div></body></html>"#;

    #[test]
    fn state_rules_read_the_page_data() {
        let article = extract(
            r#"id = "bugle"
            hosts = ["bugle.example"]
            [fields]
            headline = [{ state = "__BUGLE_STATE__:story.headline" }]
            authors = [{ state = "__BUGLE_STATE__:story.by[*].name" }]
            tags = [{ state = "__BUGLE_STATE__:story.tags" }]
            body = [{ state = "__BUGLE_STATE__:story.blocks[type=text].html" }]"#,
            STATE_PAGE,
        );
        assert_eq!(
            article.headline.as_deref(),
            Some("Ferry strike ends after nine days")
        );
        assert_eq!(article.author_names(), "Ana Ruiz, Ben Ode");
        assert_eq!(article.tags, vec!["ferries", "strikes"]);
        assert_eq!(
            article.text(),
            "Crews returned on Monday.\n\nFares stay frozen.\n\nUnions & owners signed at dawn."
        );
        assert_eq!(
            article.provenance["authors"].path.as_deref(),
            Some(r#"rule 1: state "__BUGLE_STATE__:story.by[*].name""#)
        );
        assert!(article.warnings.is_empty(), "{:?}", article.warnings);
    }

    #[test]
    fn a_platform_reading_no_state_falls_back_without_warning() {
        let platform = r#"id = "bugle-platform"
            [match]
            contains = ["render()", "id=\"app\""]
            min_contains = 2
            [fields]
            headline = [{ state = "__OTHER_STATE__:story.headline" }]
            section = [{ state = "__BUGLE_STATE__:story.section" }]"#;
        let profile = Profile::from_toml(platform).unwrap();
        let extractor = Extractor::builder()
            .no_builtin_profiles()
            .profile(profile)
            .build();
        let article = extractor.extract(&Page::new(STATE_PAGE));
        assert_eq!(article.profile.unwrap().id, "bugle-platform");
        assert!(article.warnings.is_empty(), "{:?}", article.warnings);
    }
}

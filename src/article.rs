//! The output model: what `newsprint` finds on a news page.
//!
//! Every field is defined once, here, by its doc comment. The whole model is
//! serde-serializable; its JSON is the command line's output and the snapshots' content.
//! Absent values are `None` or empty and are left out of the JSON. The JSON reads back
//! (`Deserialize`) into the same model, and `schemars` describes it as a JSON Schema
//! (`schema/article.schema.json`); `schema_version` says which contract a record follows.

use std::collections::BTreeMap;
use std::fmt;

use chrono::{DateTime, FixedOffset, NaiveDate, NaiveDateTime, NaiveTime, Timelike};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// The version of the JSON contract this crate writes. It goes up when a field changes meaning
/// or shape; adding a field does not change it.
pub const SCHEMA_VERSION: u32 = 1;

/// The `schema_version` of a record: [`SCHEMA_VERSION`] for what this crate extracts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(transparent)]
pub struct SchemaVersion(pub u32);

impl Default for SchemaVersion {
    fn default() -> Self {
        SchemaVersion(SCHEMA_VERSION)
    }
}

/// A news article as extracted from one page.
///
/// ```
/// let html = r#"<html lang="en"><head><title>Tram line opens | Bugle</title>
///   <meta property="article:published_time" content="2024-03-05T09:30:00+01:00"></head>
///   <body><article><h1>Tram line opens</h1><p class="byline">By Ann Lee</p>
///   <p>The new tram line opened on Tuesday, linking the harbour with the old town.</p>
///   <p>Trams will run every ten minutes, the city said.</p></article></body></html>"#;
/// let article = newsprint::extract(html);
/// assert_eq!(article.headline.as_deref(), Some("Tram line opens"));
/// assert_eq!(article.authors[0].name, "Ann Lee");
/// assert_eq!(article.authors[0].kind, newsprint::AuthorKind::Person);
/// assert_eq!(article.published.as_ref().unwrap().to_iso(), "2024-03-05T09:30:00+01:00");
/// assert_eq!(article.paragraphs().len(), 2);
/// assert_eq!(article.language.as_deref(), Some("en"));
/// // every value says where it came from
/// assert_eq!(article.provenance["published"].source, "meta:article:published_time");
/// ```
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(default)]
#[schemars(description = "A news article as extracted from one page.")]
#[non_exhaustive]
pub struct Article {
    /// The version of the JSON contract the record follows ([`SCHEMA_VERSION`]).
    pub schema_version: SchemaVersion,
    /// The article's own title: no site name, no kicker, no section label.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub headline: Option<String>,
    /// The publisher's one- or two-sentence summary (standfirst, `og:description`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// When the article was first published, as the page states it. A relative date ("3
    /// hours ago", "vor 2 Tagen") near the headline counts only when the page states no
    /// absolute date; it is resolved against the extractor's reference time
    /// ([`crate::ExtractorBuilder::now`]), else against the date the page gives as today (a
    /// date banner in its header). With neither, it stays `None` and `warnings` holds the
    /// relative date as written.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub published: Option<Timestamp>,
    /// When the article was last updated, kept apart from `published`; `None` when the page
    /// states no update.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub modified: Option<Timestamp>,
    /// The place (and agency) the story was filed from, e.g. `SEOUL, South Korea (AP) —`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub dateline: Option<Dateline>,
    /// The people and organizations credited with the article, in page order; never a joined
    /// string and never the site itself.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub authors: Vec<Author>,
    /// The byline as written on the page (e.g. `By Ann Lee and Bo Kim, Staff Writers`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub byline: Option<String>,
    /// The article body as ordered blocks, without navigation, ads, related links or comments.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub body: Vec<Block>,
    /// The article's keywords or topic tags, in page order, without duplicates.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub tags: Vec<String>,
    /// The keywords the page declares for search engines and feeds (`article:tag`, JSON-LD
    /// `keywords`, the `news_keywords` and `keywords` meta tags), split and cleaned, whether
    /// or not the page shows them; kept apart from `tags`, which a reader sees.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub keywords: Vec<String>,
    /// The section path of the article, outermost first (from `article:section`, JSON-LD
    /// `articleSection`, categories or breadcrumbs); the site's home is not a section.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub section: Vec<String>,
    /// The article's language as a BCP 47 tag (`en`, `de-CH`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub language: Option<String>,
    /// The page's canonical URL, absolute.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub canonical_url: Option<String>,
    /// The lead image.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub image: Option<Image>,
    /// The name of the site or publication (e.g. `Nepalnews`), without a tagline.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub site_name: Option<String>,
    /// The publisher's own details, from structured data and the page's masthead and footer.
    #[serde(skip_serializing_if = "Publisher::is_empty")]
    pub publisher: Publisher,
    /// The site profile that located fields on this page, if one matched.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub profile: Option<ProfileRef>,
    /// Where each field's value came from, keyed by field name (`headline`, `publisher.email`).
    #[serde(skip_serializing_if = "BTreeMap::is_empty")]
    pub provenance: BTreeMap<String, Provenance>,
    /// What went wrong but did not stop extraction, one sentence each; among them, a
    /// relative publication or update date that could not be resolved, with its text
    /// (`published: relative date "3 hours ago" not resolved: …`).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub warnings: Vec<String>,
}

impl Article {
    /// The plain texts of the body's paragraph-like blocks (paragraphs, quotes, list items,
    /// preformatted text), in order; headings are left out.
    pub fn paragraphs(&self) -> Vec<&str> {
        self.body
            .iter()
            .filter(|b| b.kind != BlockKind::Heading)
            .map(|b| b.text.as_str())
            .collect()
    }

    /// The whole body as plain text: every block, headings included, separated by blank lines.
    pub fn text(&self) -> String {
        let mut out = String::new();
        for block in &self.body {
            if !out.is_empty() {
                out.push_str("\n\n");
            }
            out.push_str(&block.text);
        }
        out
    }

    /// The authors' names joined with `, ` (for display; the list is the data).
    pub fn author_names(&self) -> String {
        let names: Vec<&str> = self.authors.iter().map(|a| a.name.as_str()).collect();
        names.join(", ")
    }
}

/// A moment as the page states it: its local date (and time), the UTC offset when known, how
/// precise it is, where the offset came from, and the raw text it was read from.
///
/// It is never converted to UTC. Its JSON is an object whose `iso` is ISO 8601
/// (`2022-06-12T07:56:00+05:45`, `2022-06-12T07:56:00` when the offset is unknown, or
/// `2019-10-16` for a day), beside its `precision`, `offset_source` and `raw` text, so that a
/// relative date resolved to the hour does not read as exact to the second.
///
/// ```
/// use newsprint::{OffsetSource, Precision};
///
/// let article = newsprint::extract(
///     r#"<meta property="article:published_time" content="2024-03-05T09:30:00+05:45">"#,
/// );
/// let published = article.published.unwrap();
/// assert_eq!(published.to_iso(), "2024-03-05T09:30:00+05:45");
/// assert_eq!(published.precision, Precision::Second);
/// assert_eq!(published.offset_source, OffsetSource::Stated);
/// assert_eq!(published.date.to_string(), "2024-03-05");
/// // A day alone, as a page may state it.
/// let day = newsprint::chrono::NaiveDate::from_ymd_opt(2024, 3, 5).unwrap();
/// assert_eq!(newsprint::Timestamp::day(day, "5 March 2024").to_iso(), "2024-03-05");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(into = "TimestampJson", try_from = "TimestampJson")]
#[non_exhaustive]
pub struct Timestamp {
    /// The local calendar day.
    pub date: NaiveDate,
    /// The local time of day, when the page states one.
    pub time: Option<NaiveTime>,
    /// The offset from UTC of the local time, when it is known.
    pub offset: Option<FixedOffset>,
    /// How precise the stated moment is.
    pub precision: Precision,
    /// Where the offset came from.
    pub offset_source: OffsetSource,
    /// The text the timestamp was read from (for a resolved relative date, the relative
    /// text: `3 hours ago`).
    pub raw: String,
}

impl Timestamp {
    /// A day without a time.
    pub fn day(date: NaiveDate, raw: impl Into<String>) -> Self {
        Timestamp {
            date,
            time: None,
            offset: None,
            precision: Precision::Day,
            offset_source: OffsetSource::Unknown,
            raw: raw.into(),
        }
    }

    /// The ISO 8601 text of the timestamp (the same as its `Display`).
    pub fn to_iso(&self) -> String {
        self.to_string()
    }

    /// The local date and time, when the page states a time.
    pub fn naive_local(&self) -> Option<NaiveDateTime> {
        Some(self.date.and_time(self.time?))
    }

    /// The moment as a chrono date-time in its own offset, when both the time and the
    /// offset are known. Never shifted to UTC: the offset is the page's.
    ///
    /// ```
    /// use newsprint::chrono::{DateTime, FixedOffset};
    ///
    /// let article = newsprint::extract(
    ///     r#"<meta property="article:published_time" content="2024-03-05T09:30:00+01:00">"#,
    /// );
    /// let published: DateTime<FixedOffset> = article.published.unwrap().to_datetime().unwrap();
    /// assert_eq!(published.to_rfc3339(), "2024-03-05T09:30:00+01:00");
    /// ```
    pub fn to_datetime(&self) -> Option<DateTime<FixedOffset>> {
        self.naive_local()?
            .and_local_timezone(self.offset?)
            .single()
    }
}

/// A moment known to the second, with a stated offset (as a page's machine-readable date).
impl From<DateTime<FixedOffset>> for Timestamp {
    fn from(moment: DateTime<FixedOffset>) -> Self {
        let precision = if moment.second() == 0 && moment.nanosecond() == 0 {
            Precision::Minute
        } else {
            Precision::Second
        };
        Timestamp {
            date: moment.date_naive(),
            time: Some(moment.time().with_nanosecond(0).unwrap_or(moment.time())),
            offset: Some(*moment.offset()),
            precision,
            offset_source: OffsetSource::Stated,
            raw: moment.to_rfc3339(),
        }
    }
}

/// A day without a time.
impl From<NaiveDate> for Timestamp {
    fn from(date: NaiveDate) -> Self {
        Timestamp::day(date, date.format("%Y-%m-%d").to_string())
    }
}

/// A timestamp converts to a chrono date-time when it has a time and an offset.
impl TryFrom<&Timestamp> for DateTime<FixedOffset> {
    type Error = crate::Error;

    fn try_from(ts: &Timestamp) -> Result<Self, Self::Error> {
        ts.to_datetime()
            .ok_or_else(|| crate::Error::incomplete_time(ts))
    }
}

impl fmt::Display for Timestamp {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.date.format("%Y-%m-%d"))?;
        if let Some(time) = self.time {
            write!(f, "T{}", time.format("%H:%M:%S"))?;
            if let Some(offset) = self.offset {
                write!(f, "{offset}")?;
            }
        }
        Ok(())
    }
}

/// A [`Timestamp`] as JSON: the ISO 8601 text first, then what qualifies it.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[schemars(rename = "Timestamp")]
struct TimestampJson {
    /// ISO 8601 as the page states it: `2022-06-12T07:56:00+05:45`, `2022-06-12T07:56:00`
    /// when the offset is unknown, `2019-10-16` for a day. Never shifted to UTC.
    #[schemars(regex(pattern = r"^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}:\d{2}([+-]\d{2}:\d{2})?)?$"))]
    iso: String,
    /// How precise the stated moment is.
    precision: Precision,
    /// Where the UTC offset came from (`unknown` when there is none).
    offset_source: OffsetSource,
    /// The text the timestamp was read from.
    raw: String,
}

impl From<Timestamp> for TimestampJson {
    fn from(ts: Timestamp) -> Self {
        TimestampJson {
            iso: ts.to_iso(),
            precision: ts.precision,
            offset_source: ts.offset_source,
            raw: ts.raw,
        }
    }
}

impl TryFrom<TimestampJson> for Timestamp {
    type Error = String;

    fn try_from(json: TimestampJson) -> Result<Self, Self::Error> {
        let (date, time, offset) = parse_iso(&json.iso)
            .ok_or_else(|| format!("timestamp: {:?} is not ISO 8601", json.iso))?;
        Ok(Timestamp {
            date,
            time,
            offset,
            precision: json.precision,
            offset_source: json.offset_source,
            raw: json.raw,
        })
    }
}

/// The three forms [`Timestamp`]'s `Display` writes: a day, a local time, a time with offset.
fn parse_iso(iso: &str) -> Option<(NaiveDate, Option<NaiveTime>, Option<FixedOffset>)> {
    if let Ok(date) = NaiveDate::parse_from_str(iso, "%Y-%m-%d") {
        return Some((date, None, None));
    }
    if let Ok(moment) = DateTime::parse_from_str(iso, "%Y-%m-%dT%H:%M:%S%:z") {
        let local = moment.naive_local();
        return Some((local.date(), Some(local.time()), Some(*moment.offset())));
    }
    let local = NaiveDateTime::parse_from_str(iso, "%Y-%m-%dT%H:%M:%S").ok()?;
    Some((local.date(), Some(local.time()), None))
}

impl JsonSchema for Timestamp {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        TimestampJson::schema_name()
    }

    fn json_schema(generator: &mut schemars::SchemaGenerator) -> schemars::Schema {
        TimestampJson::json_schema(generator)
    }
}

/// How precise a [`Timestamp`] is.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Precision {
    /// A calendar day only.
    Day,
    /// About the hour: a relative date in hours ("3 hours ago"), resolved against a
    /// reference time. The minutes shown are the reference's, not the page's.
    Hour,
    /// Hours and minutes.
    Minute,
    /// Hours, minutes and seconds.
    Second,
}

/// Where the UTC offset of a [`Timestamp`] came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum OffsetSource {
    /// Written with the date on the page (`+05:45`, `Z`, `GMT`, `CET`).
    Stated,
    /// From the time zone of the site profile.
    Profile,
    /// From another date on the same page, or the publisher's country.
    Inferred,
    /// From the reference time a relative date ("3 hours ago") was resolved against: the
    /// caller's `now` ([`crate::ExtractorBuilder::now`], `--now`).
    Reference,
    /// No offset is known.
    Unknown,
}

/// The dateline at the head of a story: where (and through which agency) it was filed.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[non_exhaustive]
pub struct Dateline {
    /// The place, as written (`SEOUL, South Korea`, `South Korea`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub place: Option<String>,
    /// The news agency named in it (`AP`, `Reuters`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub agency: Option<String>,
    /// The dateline text as written on the page.
    pub raw: String,
}

/// One credited author.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[non_exhaustive]
pub struct Author {
    /// The name, cleaned of "By", roles, e-mail addresses and handles.
    pub name: String,
    /// What kind of author this is.
    pub kind: AuthorKind,
    /// The author's page, when the byline links to one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// The role stated beside the name (`Staff Writer`, `photographs`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub role: Option<String>,
}

impl Author {
    /// An author of the given kind with only a name.
    pub fn new(name: impl Into<String>, kind: AuthorKind) -> Self {
        Author {
            name: name.into(),
            kind,
            url: None,
            role: None,
        }
    }
}

/// What kind of author an [`Author`] is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum AuthorKind {
    /// A person.
    Person,
    /// An organization other than a news agency (a desk, a partner publication).
    Organization,
    /// A wire agency such as AP, Reuters, AFP, PTI, Xinhua.
    Agency,
}

/// One block of the body.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[non_exhaustive]
pub struct Block {
    /// What the block is.
    pub kind: BlockKind,
    /// Its text, whitespace collapsed.
    pub text: String,
    /// The heading level (1-6) for headings.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub level: Option<u8>,
    /// The number a reader sees before an item of a numbered list (`<ol>`), counted as a
    /// browser counts it (`start`, `reversed`, an item's `value`). It is not part of the
    /// text: annotated corpora differ on whether list numbers belong to it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub number: Option<i64>,
}

impl Block {
    /// A block of the given kind (a heading gets no level: set `level` after).
    pub fn new(kind: BlockKind, text: impl Into<String>) -> Self {
        Block {
            kind,
            text: text.into(),
            level: None,
            number: None,
        }
    }

    /// A paragraph block.
    pub fn paragraph(text: impl Into<String>) -> Self {
        Block {
            kind: BlockKind::Paragraph,
            text: text.into(),
            level: None,
            number: None,
        }
    }
}

/// What a body [`Block`] is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum BlockKind {
    /// A paragraph of running text.
    Paragraph,
    /// A subheading within the body.
    Heading,
    /// One item of a list.
    ListItem,
    /// A quotation.
    Quote,
    /// Preformatted text (code, tables rendered as text).
    Preformatted,
}

/// The lead image of the article.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[non_exhaustive]
pub struct Image {
    /// The image's absolute URL.
    pub url: String,
    /// Its caption.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub caption: Option<String>,
    /// Its credit (photographer, agency).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub credit: Option<String>,
}

/// The publisher's own details.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[non_exhaustive]
pub struct Publisher {
    /// The publisher's name as a brand (`Nepalnews`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The company behind it (`Nepalnews Pvt Ltd`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub legal_name: Option<String>,
    /// Its motto or slogan.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tagline: Option<String>,
    /// The editor named in the masthead.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub editor: Option<String>,
    /// A press or company registration as written (`Registration No. 1505 / 076-77`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub registration: Option<String>,
    /// The postal address as written.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub address: Option<String>,
    /// The contact e-mail address (decoded when the page hides it).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    /// The contact telephone number as written.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub phone: Option<String>,
    /// The publisher's home page.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// The publisher's logo URL.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub logo: Option<String>,
    /// The copyright line as written (`© NepalNews. 2021 All rights reserved.`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub copyright: Option<String>,
}

impl Publisher {
    /// True when no detail is known.
    pub fn is_empty(&self) -> bool {
        *self == Publisher::default()
    }
}

/// Which site profile was used.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[non_exhaustive]
pub struct ProfileRef {
    /// The profile's id (`nepalnews`).
    pub id: String,
    /// The profile's version, when it states one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub version: Option<String>,
}

/// Where one field's value came from.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[non_exhaustive]
pub struct Provenance {
    /// The kind of source: `profile:<id>`, `json-ld`, `meta:<name>`, `microdata`, `url`,
    /// `heuristic:<rule>`, `option:now` (the reference time a relative date was resolved
    /// against, recorded as `published.reference`).
    pub source: String,
    /// The CSS selector or JSON path the value was read at, when there is one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub path: Option<String>,
    /// The raw text before cleaning, when it differs from the value.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub raw: Option<String>,
    /// How sure the rule is, from 0 to 1.
    pub confidence: f32,
}

impl Provenance {
    /// A provenance record with only a source and a confidence.
    pub fn new(source: impl Into<String>, confidence: f32) -> Self {
        Provenance {
            source: source.into(),
            path: None,
            raw: None,
            confidence,
        }
    }

    /// Sets the selector or JSON path.
    pub fn path(mut self, path: impl Into<String>) -> Self {
        self.path = Some(path.into());
        self
    }

    /// Sets the raw text.
    pub fn raw(mut self, raw: impl Into<String>) -> Self {
        self.raw = Some(raw.into());
        self
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn timestamp_serializes_as_iso_8601() {
        let date = NaiveDate::from_ymd_opt(2022, 6, 12).unwrap();
        let mut ts = Timestamp::day(date, "2022 Jun 12");
        assert_eq!(
            serde_json::to_string(&ts).unwrap(),
            r#"{"iso":"2022-06-12","precision":"day","offset_source":"unknown","raw":"2022 Jun 12"}"#
        );
        ts.time = NaiveTime::from_hms_opt(7, 56, 0);
        assert_eq!(ts.to_iso(), "2022-06-12T07:56:00");
        ts.offset = FixedOffset::east_opt(5 * 3600 + 45 * 60);
        assert_eq!(ts.to_iso(), "2022-06-12T07:56:00+05:45");
    }

    #[test]
    fn timestamps_convert_to_and_from_chrono() {
        let moment = DateTime::parse_from_rfc3339("2024-03-05T09:30:15+05:45").unwrap();
        let ts = Timestamp::from(moment);
        assert_eq!(ts.to_iso(), "2024-03-05T09:30:15+05:45");
        assert_eq!(ts.precision, Precision::Second);
        assert_eq!(ts.offset_source, OffsetSource::Stated);
        assert_eq!(DateTime::try_from(&ts).unwrap(), moment);

        let day = Timestamp::from(NaiveDate::from_ymd_opt(2019, 10, 16).unwrap());
        assert_eq!(day.to_iso(), "2019-10-16");
        assert_eq!(day.naive_local(), None);
        let err = DateTime::<FixedOffset>::try_from(&day).unwrap_err();
        assert_eq!(err.to_string(), "timestamp 2019-10-16 has no time");

        let mut local = ts.clone();
        local.offset = None;
        assert_eq!(
            local.naive_local().unwrap().to_string(),
            "2024-03-05 09:30:15"
        );
        let err = DateTime::<FixedOffset>::try_from(&local).unwrap_err();
        assert_eq!(
            err.to_string(),
            "timestamp 2024-03-05T09:30:15 has no UTC offset"
        );
    }

    #[test]
    fn paragraphs_leave_out_headings() {
        let article = Article {
            body: vec![
                Block {
                    kind: BlockKind::Heading,
                    text: "Sub".into(),
                    level: Some(2),
                    number: None,
                },
                Block::paragraph("One."),
                Block {
                    kind: BlockKind::ListItem,
                    text: "Step.".into(),
                    level: None,
                    number: Some(3),
                },
            ],
            ..Article::default()
        };
        assert_eq!(article.paragraphs(), vec!["One.", "Step."]);
        assert_eq!(article.text(), "Sub\n\nOne.\n\nStep.");
    }
}

//! The fields of an article, named once: profiles fill them, `--fields` keeps them, profile
//! checks compare them and provenance records are keyed by them.

use std::fmt;
use std::str::FromStr;

/// A field of an [`Article`](crate::Article), publisher sub-fields included.
///
/// ```
/// use newsprint::Field;
///
/// let field: Field = "publisher.editor".parse().unwrap();
/// assert_eq!(field, Field::PublisherEditor);
/// assert_eq!(field.as_str(), "publisher.editor");
/// assert!(field.is_fillable());
/// assert!("colour".parse::<Field>().is_err());
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum Field {
    /// `schema_version`: the version of the record's JSON contract (not fillable).
    SchemaVersion,
    /// `headline`
    Headline,
    /// `description`
    Description,
    /// `published`
    Published,
    /// `modified`
    Modified,
    /// `dateline`
    Dateline,
    /// `authors`
    Authors,
    /// `byline`
    Byline,
    /// `body`
    Body,
    /// `tags`
    Tags,
    /// `keywords`
    Keywords,
    /// `section`
    Section,
    /// `language`
    Language,
    /// `canonical_url`
    CanonicalUrl,
    /// `image`
    Image,
    /// `site_name`
    SiteName,
    /// `publisher`, the whole block.
    Publisher,
    /// `publisher.name`
    PublisherName,
    /// `publisher.legal_name`
    PublisherLegalName,
    /// `publisher.tagline`
    PublisherTagline,
    /// `publisher.editor`
    PublisherEditor,
    /// `publisher.registration`
    PublisherRegistration,
    /// `publisher.address`
    PublisherAddress,
    /// `publisher.email`
    PublisherEmail,
    /// `publisher.phone`
    PublisherPhone,
    /// `publisher.url`
    PublisherUrl,
    /// `publisher.logo`
    PublisherLogo,
    /// `publisher.copyright`
    PublisherCopyright,
    /// `profile`: the profile that read the page.
    Profile,
    /// `provenance`: where each field was read.
    Provenance,
    /// `warnings`
    Warnings,
    /// `text`: the body as plain text, its blocks joined by blank lines; written only when
    /// `--fields` asks for it (not fillable).
    Text,
}

impl Field {
    /// Every field, in the order an article lists them.
    pub const ALL: &'static [Field] = &[
        Field::SchemaVersion,
        Field::Headline,
        Field::Description,
        Field::Published,
        Field::Modified,
        Field::Dateline,
        Field::Authors,
        Field::Byline,
        Field::Body,
        Field::Tags,
        Field::Keywords,
        Field::Section,
        Field::Language,
        Field::CanonicalUrl,
        Field::Image,
        Field::SiteName,
        Field::Publisher,
        Field::PublisherName,
        Field::PublisherLegalName,
        Field::PublisherTagline,
        Field::PublisherEditor,
        Field::PublisherRegistration,
        Field::PublisherAddress,
        Field::PublisherEmail,
        Field::PublisherPhone,
        Field::PublisherUrl,
        Field::PublisherLogo,
        Field::PublisherCopyright,
        Field::Profile,
        Field::Provenance,
        Field::Warnings,
        Field::Text,
    ];

    /// The field's name as records, profiles and `--fields` write it.
    pub fn as_str(self) -> &'static str {
        match self {
            Field::SchemaVersion => "schema_version",
            Field::Headline => "headline",
            Field::Description => "description",
            Field::Published => "published",
            Field::Modified => "modified",
            Field::Dateline => "dateline",
            Field::Authors => "authors",
            Field::Byline => "byline",
            Field::Body => "body",
            Field::Tags => "tags",
            Field::Keywords => "keywords",
            Field::Section => "section",
            Field::Language => "language",
            Field::CanonicalUrl => "canonical_url",
            Field::Image => "image",
            Field::SiteName => "site_name",
            Field::Publisher => "publisher",
            Field::PublisherName => "publisher.name",
            Field::PublisherLegalName => "publisher.legal_name",
            Field::PublisherTagline => "publisher.tagline",
            Field::PublisherEditor => "publisher.editor",
            Field::PublisherRegistration => "publisher.registration",
            Field::PublisherAddress => "publisher.address",
            Field::PublisherEmail => "publisher.email",
            Field::PublisherPhone => "publisher.phone",
            Field::PublisherUrl => "publisher.url",
            Field::PublisherLogo => "publisher.logo",
            Field::PublisherCopyright => "publisher.copyright",
            Field::Profile => "profile",
            Field::Provenance => "provenance",
            Field::Warnings => "warnings",
            Field::Text => "text",
        }
    }

    /// True for a sub-field of the publisher block (`publisher.name`).
    pub fn is_publisher_part(self) -> bool {
        self.as_str().starts_with("publisher.")
    }

    /// True for a key of an article's record (`headline`, `publisher`), not a sub-field.
    pub fn is_record_key(self) -> bool {
        !self.is_publisher_part()
    }

    /// True for a field a profile may fill: every field of the article's content and every
    /// publisher sub-field; not the publisher block as a whole, nor the record's own notes
    /// (`profile`, `provenance`, `warnings`).
    pub fn is_fillable(self) -> bool {
        !matches!(
            self,
            Field::SchemaVersion
                | Field::Publisher
                | Field::Profile
                | Field::Provenance
                | Field::Warnings
                | Field::Text
        )
    }
}

impl fmt::Display for Field {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A name that is no field.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnknownField(pub String);

impl fmt::Display for UnknownField {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "unknown field {:?}", self.0)
    }
}

impl std::error::Error for UnknownField {}

impl FromStr for Field {
    type Err = UnknownField;

    fn from_str(name: &str) -> Result<Self, Self::Err> {
        Field::ALL
            .iter()
            .copied()
            .find(|f| f.as_str() == name)
            .ok_or_else(|| UnknownField(name.to_string()))
    }
}

#[cfg(test)]
mod tests {
    use super::Field;

    #[test]
    fn names_read_back() {
        for &field in Field::ALL {
            assert_eq!(field.as_str().parse::<Field>(), Ok(field));
        }
        assert!("headlin".parse::<Field>().is_err());
        assert!(Field::PublisherEditor.is_fillable());
        assert!(!Field::PublisherEditor.is_record_key());
        assert!(!Field::Warnings.is_fillable());
    }
}

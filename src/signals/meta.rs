//! Meta tags: `<meta property|name|itemprop=… content=…>`, keyed by lower-cased name.

use crate::dom::{Element, collapse_whitespace};

/// The page's meta tags in order.
#[derive(Debug, Default)]
pub(crate) struct Meta {
    entries: Vec<(String, String)>,
}

impl Meta {
    pub(super) fn add(&mut self, el: &Element) {
        let Some(content) = el.attr("content") else {
            return;
        };
        let content = collapse_whitespace(content);
        if content.is_empty() {
            return;
        }
        for key in ["property", "name", "itemprop"] {
            if let Some(name) = el.attr(key) {
                // `property` may hold several space-separated names (RDFa).
                for n in name.split_ascii_whitespace() {
                    self.entries.push((n.to_ascii_lowercase(), content.clone()));
                }
            }
        }
    }

    /// The first value of a meta tag (name compared case-insensitively).
    pub(crate) fn get<'a>(&'a self, name: &'a str) -> Option<&'a str> {
        self.all(name).next()
    }

    /// Every value of a meta tag, in page order.
    pub(crate) fn all<'a>(&'a self, name: &'a str) -> impl Iterator<Item = &'a str> {
        self.entries
            .iter()
            .filter(move |(k, _)| k.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }

    /// Every meta tag as (lower-cased name, value), in page order.
    pub(crate) fn iter(&self) -> impl Iterator<Item = (&str, &str)> {
        self.entries.iter().map(|(k, v)| (k.as_str(), v.as_str()))
    }

    /// The first of several meta names that has a value, with the name that had it.
    pub(crate) fn first_of<'a>(
        &'a self,
        names: &[&'static str],
    ) -> Option<(&'static str, &'a str)> {
        names.iter().find_map(|&n| self.get(n).map(|v| (n, v)))
    }
}

#[cfg(test)]
mod tests {
    use crate::dom::Document;
    use crate::signals::Signals;

    #[test]
    fn reads_property_and_name() {
        let doc = Document::parse(
            r#"<meta property="og:title" content=" A  title "><meta name="Author" content="Ann">
               <meta name="keywords" content="">"#,
        );
        let s = Signals::collect(&doc);
        assert_eq!(s.meta.get("og:title"), Some("A title"));
        assert_eq!(s.meta.get("author"), Some("Ann"));
        assert_eq!(s.meta.get("keywords"), None);
        assert_eq!(s.meta.first_of(&["x", "author"]), Some(("author", "Ann")));
    }
}

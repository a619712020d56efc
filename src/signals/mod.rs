//! Page-level signals, computed once per page in one walk and shared by every field:
//! JSON-LD objects, meta tags, microdata, `<time>` elements, `rel` links, `<html lang>` and
//! the `<title>`.

mod jsonld;
mod meta;
mod state;

pub(crate) use jsonld::{JsonLd, has_type, json_str, json_strings};
pub(crate) use meta::Meta;
pub(crate) use state::{find_state, is_state_name};

use crate::dom::{Document, Element, NodeId, local_name};

/// An element carrying `itemprop`.
#[derive(Debug, Clone)]
pub(crate) struct Itemprop {
    /// The property name (one of possibly several space-separated names).
    pub name: String,
    pub node: NodeId,
    /// `content`, `datetime`, `href` or `src` when present, else the element's text.
    pub value: String,
}

/// A `<time>` element.
#[derive(Debug, Clone)]
pub(crate) struct TimeElement {
    pub node: NodeId,
    /// Its `datetime` attribute, if any.
    pub datetime: Option<String>,
    /// Its visible text.
    pub text: String,
}

/// Everything computed once per page.
#[derive(Debug, Default)]
pub(crate) struct Signals {
    pub jsonld: JsonLd,
    pub meta: Meta,
    pub itemprops: Vec<Itemprop>,
    pub times: Vec<TimeElement>,
    /// `rel~=author` links and elements.
    pub rel_author: Vec<NodeId>,
    /// `rel~=tag` links.
    pub rel_tag: Vec<NodeId>,
    /// `<link rel=canonical href>`.
    pub canonical: Option<String>,
    /// `<html lang>`.
    pub html_lang: Option<String>,
    /// The text of `<title>`.
    pub title: Option<String>,
    /// What went wrong reading the signals (invalid JSON-LD).
    pub warnings: Vec<String>,
}

impl Signals {
    /// Gathers the signals of a page in one walk over its elements.
    pub(crate) fn collect(doc: &Document) -> Signals {
        let mut s = Signals::default();
        let mut ld_scripts = Vec::new();
        for (id, el) in doc.elements() {
            s.read_by_tag(doc, id, el, &mut ld_scripts);
            // One look at the attributes, by their interned names, for the two read below.
            let (mut rel, mut itemprop) = (None, None);
            for (name, value) in &el.attrs {
                match *name {
                    local_name!("rel") if rel.is_none() => rel = Some(value.as_str()),
                    local_name!("itemprop") if itemprop.is_none() => {
                        itemprop = Some(value.as_str());
                    }
                    _ => {}
                }
            }
            if let Some(rel) = rel {
                s.read_rel(id, el, rel);
            }
            if let Some(props) = itemprop {
                s.read_microdata(doc, id, el, props);
            }
        }
        for script in &ld_scripts {
            if let Err(warning) = s.jsonld.add_script(script) {
                s.warnings.push(warning);
            }
        }
        s
    }

    /// Reads what an element's tag makes it: a meta tag, a script (JSON-LD blocks are kept
    /// in `ld_scripts`), a `<time>`, the document's title, the `<html>` element's language.
    fn read_by_tag(
        &mut self,
        doc: &Document,
        id: NodeId,
        el: &Element,
        ld_scripts: &mut Vec<String>,
    ) {
        match el.name {
            local_name!("meta") => {
                self.meta.add(el);
                // Some frameworks put the JSON-LD block in a meta tag
                // (`<meta name="script:ld+json" content="{…}">`).
                let ld = el
                    .attr("name")
                    .or_else(|| el.attr("property"))
                    .is_some_and(|n| n.trim().to_ascii_lowercase().ends_with("ld+json"));
                if ld && let Some(content) = el.attr("content") {
                    ld_scripts.push(content.to_string());
                }
            }
            local_name!("script") => {
                if el
                    .attr("type")
                    .is_some_and(|t| t.trim().eq_ignore_ascii_case("application/ld+json"))
                {
                    ld_scripts.push(doc.raw_text(id));
                }
            }
            local_name!("time") => self.times.push(TimeElement {
                node: id,
                datetime: el.attr("datetime").map(|d| d.trim().to_string()),
                text: doc.text(id),
            }),
            local_name!("title") if self.title.is_none() => {
                // The document's title, not an SVG's. A page that prints something (a
                // PHP warning) before `<head>` has its `<title>` parsed into `<body>`.
                if !doc
                    .ancestors(id)
                    .any(|a| doc.is(a, &local_name!("svg")) || doc.is(a, &local_name!("math")))
                {
                    self.title = Some(doc.text(id)).filter(|t| !t.is_empty());
                }
            }
            local_name!("html") if self.html_lang.is_none() => {
                self.html_lang = el
                    .attr("lang")
                    .or_else(|| el.attr("xml:lang"))
                    .map(|l| l.trim().to_string())
                    .filter(|l| !l.is_empty());
            }
            _ => {}
        }
    }

    /// Reads an element's `rel` tokens: author and tag links, the canonical link.
    fn read_rel(&mut self, id: NodeId, el: &Element, rel: &str) {
        for token in rel.split_ascii_whitespace() {
            if token.eq_ignore_ascii_case("author") {
                self.rel_author.push(id);
            } else if token.eq_ignore_ascii_case("tag") {
                self.rel_tag.push(id);
            } else if token.eq_ignore_ascii_case("canonical")
                && el.name == local_name!("link")
                && self.canonical.is_none()
            {
                self.canonical = el
                    .attr("href")
                    .map(|h| h.trim().to_string())
                    .filter(|h| !h.is_empty());
            }
        }
    }

    /// Reads the microdata properties an element holds.
    fn read_microdata(&mut self, doc: &Document, id: NodeId, el: &Element, props: &str) {
        let value = el
            .attr("content")
            .or_else(|| el.attr("datetime"))
            .or_else(|| match el.name {
                local_name!("a") | local_name!("link") => el.attr("href"),
                local_name!("img") => el.attr("src"),
                _ => None,
            })
            .map(|v| v.trim().to_string())
            .unwrap_or_else(|| doc.text(id));
        for name in props.split_ascii_whitespace() {
            self.itemprops.push(Itemprop {
                name: name.to_string(),
                node: id,
                value: value.clone(),
            });
        }
    }

    /// The values of an itemprop, in page order.
    pub(crate) fn itemprop<'a>(&'a self, name: &'a str) -> impl Iterator<Item = &'a Itemprop> {
        self.itemprops.iter().filter(move |p| p.name == name)
    }
}

#[cfg(test)]
mod tests {
    use super::Signals;

    #[test]
    fn the_title_is_the_documents_not_an_svgs() {
        let title = |html: &str| Signals::collect(&crate::dom::Document::parse(html)).title;
        assert_eq!(
            title("<html><head><title>Storm hits</title></head><body></body></html>").as_deref(),
            Some("Storm hits")
        );
        // Output before <head> moves the <title> into <body>.
        assert_eq!(
            title("<b>Warning</b>: db down\n<html><head><title>Storm hits</title></head>")
                .as_deref(),
            Some("Storm hits")
        );
        assert_eq!(
            title("<body><svg><title>Close</title></svg><p>Text</p></body>"),
            None
        );
    }
}

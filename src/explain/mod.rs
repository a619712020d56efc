//! Explanations: next to an [`Article`], the elements behind each field, a selector a profile
//! could use to reach them, and the candidates that lost. [`crate::Extractor::explain`]
//! builds one; [`crate::Extractor::extract`] never runs any of this.
//!
//! The extraction is not changed to carry node ids through every cascade: after it, each
//! field is traced back to the page (`locate`): a profile rule's own matches, the body's
//! scored container, else the element whose visible text holds the value. The losing
//! candidates come from the same readers the field steps use (`candidates`).

mod candidates;
mod locate;
mod selector;

use crate::article::{Article, Provenance};
use crate::dom::{Document, InertMarkup, NodeId, inert_html};
use crate::fields::Context;

/// The attribute that marks, in [`Explained::page_markup`], the elements behind a field.
pub const FIELD_ATTRIBUTE: &str = "data-newsprint-field";

/// An article with the facts behind it: the elements each field came from and the
/// candidates that lost.
#[derive(Debug, Clone)]
pub struct Explained {
    /// The article, the same as [`crate::Extractor::extract`] gives.
    pub article: Article,
    /// One trace per field that has a value, in the order of the record.
    pub fields: Vec<FieldTrace>,
    doc: Document,
}

/// How a field's elements were found on the page.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Located {
    /// The elements the profile rule that gave the value matched.
    ProfileRule,
    /// The container content scoring chose for the body.
    BodyContainer,
    /// A `<time>` element whose `datetime` or text is the value's raw text.
    TimeElement,
    /// The smallest visible element whose text holds the value.
    Text,
    /// Not on the page's visible part: the value came from metadata, the URL or a setting.
    NotShown,
}

/// The facts behind one field.
#[derive(Debug, Clone, serde::Serialize)]
pub struct FieldTrace {
    /// The field's name as the record writes it (`headline`, `publisher.editor`).
    pub field: String,
    /// Where the value came from, as the record's `provenance` says.
    pub provenance: Option<Provenance>,
    /// The elements behind the value, as node numbers of the parsed page (the ones
    /// [`Explained::page_markup`] marks), in document order.
    pub nodes: Vec<usize>,
    /// How `nodes` were found.
    pub located: Located,
    /// A selector that reaches the elements, written as a profile author would (id,
    /// `itemprop`, stable class names), checked against the page with the profile engine.
    pub selector: Option<SelectorFound>,
    /// The other values the page offered for the field, and why each lost.
    pub candidates: Vec<Candidate>,
}

/// A selector for a field's elements, and how many elements it matches.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct SelectorFound {
    /// The selector.
    pub css: String,
    /// How many elements of the page it matches (the field's element is the first).
    pub matches: usize,
}

/// A value that lost.
#[derive(Debug, Clone, serde::Serialize)]
pub struct Candidate {
    /// Its text, or a short description of a container (`div.story-body: 1,204 words`).
    pub value: String,
    /// What offered it: `json-ld`, `meta:og:title`, `<h2>`, `<time>`, `content score`.
    pub source: String,
    /// A selector reaching its element, when it is an element of the page.
    pub selector: Option<String>,
    /// Its content score, for the body's containers.
    pub score: Option<f32>,
    /// Why it lost, in a few words.
    pub why: String,
}

/// What to write into the head of [`Explained::page_markup`].
#[derive(Debug, Clone, Copy, Default)]
pub struct MarkupOptions<'a> {
    /// A Content-Security-Policy, written as a `<meta http-equiv>`.
    pub csp: Option<&'a str>,
    /// A style sheet, written as a `<style>` element.
    pub style: Option<&'a str>,
    /// The `src` every image gets instead of its own (a `data:` URL); empty for none.
    pub image_placeholder: &'a str,
}

impl Explained {
    /// The page written back out, inert: without its scripts, frames, event handlers,
    /// style sheet links and anything else that would load from the network, every image
    /// pointing at the placeholder, and each element behind a field carrying
    /// [`FIELD_ATTRIBUTE`] with the field names, space-separated.
    pub fn page_markup(&self, options: &MarkupOptions) -> String {
        let mut marks: Vec<(NodeId, String)> = Vec::new();
        for trace in &self.fields {
            for &node in &trace.nodes {
                match marks.iter_mut().find(|(n, _)| *n == node) {
                    Some((_, names)) => {
                        names.push(' ');
                        names.push_str(&trace.field);
                    }
                    None => marks.push((node, trace.field.clone())),
                }
            }
        }
        let extras = InertMarkup {
            mark_attribute: FIELD_ATTRIBUTE,
            marks,
            csp: options.csp,
            style: options.style,
            image_placeholder: options.image_placeholder,
        };
        inert_html(&self.doc, &extras)
    }

    /// The trace of a field, by its record name.
    pub fn field(&self, name: &str) -> Option<&FieldTrace> {
        self.fields.iter().find(|t| t.field == name)
    }

    pub(crate) fn new(article: Article, fields: Vec<FieldTrace>, doc: Document) -> Self {
        Explained {
            article,
            fields,
            doc,
        }
    }
}

/// The order fields are listed in; others follow in name order.
const FIELD_ORDER: &[&str] = &[
    "headline",
    "published",
    "modified",
    "dateline",
    "authors",
    "byline",
    "body",
    "tags",
    "section",
    "description",
    "image",
    "site_name",
];

/// Traces every field of an article that has a provenance back to the page.
pub(crate) fn trace(ctx: &Context, article: &Article) -> Vec<FieldTrace> {
    let mut names: Vec<&str> = article
        .provenance
        .keys()
        .map(String::as_str)
        .filter(|name| !name.ends_with(".offset") && !name.ends_with(".reference"))
        .collect();
    names.sort_by_key(|name| {
        let rank = FIELD_ORDER.iter().position(|f| f == name);
        (rank.unwrap_or(FIELD_ORDER.len()), *name)
    });
    names
        .into_iter()
        .map(|name| trace_field(ctx, article, name))
        .collect()
}

fn trace_field(ctx: &Context, article: &Article, name: &str) -> FieldTrace {
    let provenance = article.provenance.get(name).cloned();
    let (nodes, located) = locate::locate(ctx, article, name, provenance.as_ref());
    let selector = selector::for_nodes(ctx.doc, &nodes);
    FieldTrace {
        field: name.to_string(),
        candidates: candidates::losers(ctx, article, name, &nodes),
        provenance,
        nodes,
        located,
        selector,
    }
}

#[cfg(test)]
mod tests {
    use crate::{Extractor, Page};

    const PAGE: &str = r#"<html><head><title>Ferry service resumes | Island Post</title>
        <meta property="og:title" content="Ferry service resumes"></head><body>
        <div class="promo"><h2>Sign up for our newsletter</h2><p>Get the news, every morning, in your inbox, for free.</p></div>
        <article><h1 itemprop="headline">Ferry service resumes</h1>
        <p>By <span class="author">Ida Berg</span> · <time datetime="2024-04-02T08:15:00+02:00">2 April 2024</time></p>
        <div class="story-body"><p>The ferry to the outer islands ran again on Tuesday, two days after the storm.</p>
        <p>Crews had checked the pier and the ramps overnight, the operator said, and found no damage.</p></div>
        </article></body></html>"#;

    #[test]
    fn fields_point_at_their_elements_with_selectors_and_losers() {
        let explained = Extractor::new().explain(&Page::new(PAGE));
        let headline = explained.field("headline").unwrap();
        assert_eq!(headline.nodes.len(), 1);
        let css = &headline.selector.as_ref().unwrap().css;
        assert_eq!(css, "h1[itemprop=\"headline\"]");
        assert!(
            headline
                .candidates
                .iter()
                .any(|c| c.source == "meta:og:title" && c.why == "agrees with the headline")
        );
        let published = explained.field("published").unwrap();
        assert_eq!(published.located, super::Located::TimeElement);
        let body = explained.field("body").unwrap();
        assert_eq!(body.selector.as_ref().unwrap().css, "div.story-body");
        assert!(body.candidates.iter().all(|c| c.score.is_some()));
        let markup = explained.page_markup(&Default::default());
        assert!(
            markup.contains(r#"<span class="author" data-newsprint-field="authors">"#),
            "{markup}"
        );
    }
}

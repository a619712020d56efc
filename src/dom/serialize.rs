//! The page written back out as inert HTML, for showing it where it cannot act: html5ever's
//! serializer writes the arena, without the page's scripts, frames, event handlers or
//! anything that would load from the network, with chosen elements carrying a data
//! attribute (the inspect report marks the elements behind each field this way).

use std::io;

use html5ever::serialize::{Serialize, SerializeOpts, Serializer, TraversalScope, serialize};
use html5ever::{LocalName, QualName, local_name, ns};

use super::{Document, NodeData, NodeId};

/// Elements left out with everything inside them: they run code, load other documents or
/// show what only a page without scripts shows.
const DROPPED_ELEMENTS: &[&str] = &[
    "script", "noscript", "iframe", "frame", "frameset", "object", "embed", "applet", "base",
    "link", "template", "portal", "video", "audio",
];

/// Attributes that load something, left out everywhere (an image's `src` becomes the
/// placeholder instead).
const LOADING_ATTRIBUTES: &[&str] = &[
    "src",
    "srcset",
    "data-src",
    "data-srcset",
    "data-lazy-src",
    "poster",
    "background",
    "ping",
    "action",
    "formaction",
    "xlink:href",
    "manifest",
];

/// What to add while writing a page out.
#[derive(Debug, Clone, Default)]
pub(crate) struct InertMarkup<'a> {
    /// The attribute written on marked elements, and each marked element's value.
    pub mark_attribute: &'a str,
    pub marks: Vec<(NodeId, String)>,
    /// Markup-free extras for the page's `<head>`: a Content-Security-Policy for a
    /// `<meta http-equiv>`, and a style sheet.
    pub csp: Option<&'a str>,
    pub style: Option<&'a str>,
    /// The `src` every image gets (a `data:` URL).
    pub image_placeholder: &'a str,
}

/// Writes the page out as inert HTML (see the module's description).
pub(crate) fn inert_html(doc: &Document, extras: &InertMarkup) -> String {
    let mut out = Vec::new();
    let opts = SerializeOpts {
        traversal_scope: TraversalScope::ChildrenOnly(None),
        ..SerializeOpts::default()
    };
    let page = InertPage { doc, extras };
    // Writing to a Vec cannot fail.
    let _ = serialize(&mut out, &page, opts);
    String::from_utf8_lossy(&out).into_owned()
}

struct InertPage<'a> {
    doc: &'a Document,
    extras: &'a InertMarkup<'a>,
}

fn html_name(name: &str) -> QualName {
    QualName::new(None, ns!(html), LocalName::from(name))
}

fn attribute_name(name: &str) -> QualName {
    QualName::new(None, ns!(), LocalName::from(name))
}

impl InertPage<'_> {
    fn kept(&self, id: NodeId) -> bool {
        match self.doc.element(id) {
            Some(el) => !DROPPED_ELEMENTS.contains(&&*el.name) && !is_refresh(el),
            None => true,
        }
    }

    /// The attributes an element is written with.
    fn attributes(&self, id: NodeId) -> Vec<(QualName, String)> {
        let Some(el) = self.doc.element(id) else {
            return Vec::new();
        };
        let image = el.name == local_name!("img");
        let mut attrs: Vec<(QualName, String)> = el
            .attrs
            .iter()
            .filter(|(name, _)| {
                let name = (**name).to_ascii_lowercase();
                !name.starts_with("on")
                    && !LOADING_ATTRIBUTES.contains(&name.as_str())
                    && name != self.extras.mark_attribute
            })
            .map(|(name, value)| (attribute_name(name), value.to_string()))
            .collect();
        if image {
            attrs.push((
                attribute_name("src"),
                self.extras.image_placeholder.to_string(),
            ));
        }
        if let Some((_, mark)) = self.extras.marks.iter().find(|(node, _)| *node == id) {
            attrs.push((attribute_name(self.extras.mark_attribute), mark.clone()));
        }
        attrs
    }

    fn write_head_extras<S: Serializer>(&self, out: &mut S) -> io::Result<()> {
        if let Some(csp) = self.extras.csp {
            let attrs = [
                (
                    attribute_name("http-equiv"),
                    "Content-Security-Policy".to_string(),
                ),
                (attribute_name("content"), csp.to_string()),
            ];
            out.start_elem(
                html_name("meta"),
                attrs.iter().map(|(n, v)| (n, v.as_str())),
            )?;
            out.end_elem(html_name("meta"))?;
        }
        if let Some(style) = self.extras.style {
            out.start_elem(html_name("style"), std::iter::empty())?;
            out.write_text(style)?;
            out.end_elem(html_name("style"))?;
        }
        Ok(())
    }
}

/// A `<meta http-equiv="refresh">`, which would navigate the frame away.
fn is_refresh(el: &super::Element) -> bool {
    el.name == local_name!("meta")
        && el
            .attr("http-equiv")
            .is_some_and(|v| v.trim().eq_ignore_ascii_case("refresh"))
}

impl Serialize for InertPage<'_> {
    fn serialize<S: Serializer>(&self, out: &mut S, _: TraversalScope) -> io::Result<()> {
        // An explicit stack: pages nest deeper than the call stack allows. `false` enters a
        // node, `true` closes an element.
        let doc = self.doc;
        // Standards mode, whatever the page declared: the report is read in a current browser.
        out.write_doctype("html")?;
        let mut stack: Vec<(NodeId, bool)> = doc
            .children(doc.root())
            .iter()
            .rev()
            .map(|&c| (c, false))
            .collect();
        while let Some((id, closing)) = stack.pop() {
            match &doc.node(id).data {
                NodeData::Element(el) if closing => out.end_elem(html_name(&el.name))?,
                NodeData::Element(el) => {
                    if !self.kept(id) {
                        continue;
                    }
                    let attrs = self.attributes(id);
                    out.start_elem(
                        html_name(&el.name),
                        attrs.iter().map(|(n, v)| (n, v.as_str())),
                    )?;
                    if el.name == local_name!("head") {
                        self.write_head_extras(out)?;
                    }
                    stack.push((id, true));
                    stack.extend(doc.children(id).iter().rev().map(|&c| (c, false)));
                }
                NodeData::Text(text) => out.write_text(text)?,
                NodeData::Document | NodeData::Other => {}
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn inert(html: &str, marks: Vec<(NodeId, String)>) -> String {
        let doc = Document::parse(html);
        let extras = InertMarkup {
            mark_attribute: "data-mark",
            marks,
            csp: Some("default-src 'none'"),
            style: Some("h1 > b { color: red }"),
            image_placeholder: "data:image/gif,x",
        };
        inert_html(&doc, &extras)
    }

    #[test]
    fn scripts_handlers_and_loads_are_left_out() {
        let out = inert(
            r#"<head><script>alert(1)</script><link rel=stylesheet href="https://cdn.example/a.css">
            <meta http-equiv="refresh" content="0;url=https://elsewhere.example/"></head>
            <body onload="go()"><p onclick="x()">Kept &amp; shown</p>
            <img src="https://img.example/a.jpg" srcset="b.jpg 2x" alt="A pier"><iframe src="https://ads.example/"></iframe>
            <a href="https://bugle.example/next">Next</a></body>"#,
            Vec::new(),
        );
        assert!(!out.contains("script") && !out.contains("alert"), "{out}");
        assert!(!out.contains("onload") && !out.contains("onclick"), "{out}");
        assert!(
            !out.contains("cdn.example") && !out.contains("img.example"),
            "{out}"
        );
        assert!(
            !out.contains("ads.example") && !out.contains("elsewhere"),
            "{out}"
        );
        assert!(
            out.contains(r#"<img alt="A pier" src="data:image/gif,x">"#),
            "{out}"
        );
        assert!(out.contains("<p>Kept &amp; shown</p>"), "{out}");
        assert!(
            out.contains(r#"href="https://bugle.example/next""#),
            "{out}"
        );
    }

    #[test]
    fn marks_and_head_extras_are_written() {
        let doc = Document::parse("<h1>Tram line opens</h1>");
        let h1 = doc.first(&local_name!("h1")).unwrap();
        let out = inert(
            "<h1>Tram line opens</h1>",
            vec![(h1, "headline".to_string())],
        );
        assert!(
            out.contains(r#"<h1 data-mark="headline">Tram line opens</h1>"#),
            "{out}"
        );
        assert!(out.contains(r#"<head><meta http-equiv="Content-Security-Policy" content="default-src 'none'"><style>h1 > b { color: red }</style></head>"#), "{out}");
    }
}

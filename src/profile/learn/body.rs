//! Proposing body rules from one labelled page: the container (the smallest element that
//! holds nearly all of the page's text that is in the expected body), and the boilerplate
//! inside it (elements whose text is not in the expected body), as `exclude` selectors.

use std::collections::HashMap;

use super::draft::Draft;
use super::sample::Sample;
use super::selectors;
use crate::dom::{Document, NodeId, is_skipped_tag};
use crate::eval::{normalize_snippet, shingle_counts};

/// Tags that hold no article text wherever they stand inside a body.
const BOILERPLATE_TAGS: &[&str] = &[
    "figure",
    "figcaption",
    "aside",
    "form",
    "nav",
    "footer",
    "header",
    "button",
];

/// Tags that name the container well enough on their own.
const CONTAINER_TAGS: &[&str] = &["article", "main"];

/// The share of the body's matched text the container must hold.
const CONTAINER_SHARE: f64 = 0.9;

/// A text shorter than this (in bytes) says too little to place the body.
const MIN_BLOCK_TEXT: usize = 30;

/// Boilerplate is an element whose text is mostly not in the body: below this shingle
/// precision against the expected body.
const MAX_JUNK_PRECISION: f64 = 0.3;

/// A text shorter than this is not worth an `exclude`.
const MIN_JUNK_TEXT: usize = 12;

/// The body rules a page suggests (its container's selectors), and the `exclude`
/// selectors of the boilerplate inside the container.
pub(crate) fn proposals(sample: &Sample) -> (Vec<Draft>, Vec<String>) {
    let e = &sample.record.expected;
    let Some(expected) = e
        .body
        .clone()
        .or_else(|| e.body_contains.as_ref().map(|s| s.join("\n")))
    else {
        return (Vec::new(), Vec::new());
    };
    let doc = &sample.doc;
    let Some(container) = container(doc, &normalize_snippet(&expected)) else {
        return (Vec::new(), Vec::new());
    };
    let tag = doc
        .tag(container)
        .map(|t| t.to_string())
        .unwrap_or_default();
    let drafts = selectors::candidates(doc, container)
        .into_iter()
        .filter(|s| s != &tag || CONTAINER_TAGS.contains(&tag.as_str()))
        .map(|s| Draft::css(&s))
        .collect();
    let excludes = match &e.body {
        Some(body) => boilerplate(doc, container, body),
        None => Vec::new(),
    };
    (drafts, excludes)
}

/// The smallest element holding [`CONTAINER_SHARE`] of the text of the page's blocks that
/// are in the expected body.
fn container(doc: &Document, expected: &str) -> Option<NodeId> {
    let mut covered: HashMap<NodeId, usize> = HashMap::new();
    let mut total = 0;
    for (id, el) in doc.elements() {
        if is_skipped_tag(&el.name) || !holds_text(doc, id) {
            continue;
        }
        let text = doc.text(id);
        if text.len() < MIN_BLOCK_TEXT || !expected.contains(&normalize_snippet(&text)) {
            continue;
        }
        total += text.len();
        for node in std::iter::once(id).chain(doc.ancestors(id)) {
            *covered.entry(node).or_default() += text.len();
        }
    }
    let needed = (total as f64 * CONTAINER_SHARE).ceil() as usize;
    covered
        .into_iter()
        .filter(|&(id, n)| total > 0 && n >= needed && doc.element(id).is_some())
        .min_by_key(|&(id, _)| (doc.subtree_end(id) - id, id))
        .map(|(id, _)| id)
}

/// Whether an element has text of its own (a non-blank text child).
fn holds_text(doc: &Document, id: NodeId) -> bool {
    doc.children(id).iter().any(
        |&c| matches!(&doc.node(c).data, crate::dom::NodeData::Text(t) if !t.trim().is_empty()),
    )
}

/// `exclude` selectors for the outermost elements inside the container whose text is
/// mostly not in the expected body.
fn boilerplate(doc: &Document, container: NodeId, body: &str) -> Vec<String> {
    let mut out = Vec::new();
    let end = doc.subtree_end(container);
    let mut id = container + 1;
    while id < end {
        let Some(el) = doc.element(id) else {
            id += 1;
            continue;
        };
        let text = doc.text(id);
        let junk = !is_skipped_tag(&el.name)
            && text.len() >= MIN_JUNK_TEXT
            && shingle_counts(body, &text, 4).precision() < MAX_JUNK_PRECISION;
        if !junk {
            id += 1;
            continue;
        }
        let tag: &str = &el.name;
        let mut forms = selectors::stable_parts(doc, id);
        forms.truncate(2);
        if BOILERPLATE_TAGS.contains(&tag) {
            forms.push(tag.to_string());
        }
        out.extend(forms);
        id = doc.subtree_end(id);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_container_and_its_boilerplate() {
        let doc = Document::parse(
            r#"<body><nav>Home News Sport</nav><div class="story">
            <p>The ferry to the island ran again on Monday after a week of storms.</p>
            <div class="promo">Subscribe to our newsletter for more stories like this</div>
            <p>Passengers queued from early morning, the harbour master said.</p>
            </div></body>"#,
        );
        let body = "The ferry to the island ran again on Monday after a week of storms.\n\n\
                    Passengers queued from early morning, the harbour master said.";
        let found = container(&doc, &normalize_snippet(body)).unwrap();
        assert_eq!(doc.attr(found, "class"), Some("story"));
        assert_eq!(boilerplate(&doc, found, body), vec![".promo"]);
    }
}

//! The page as a tree: the only module that names html5ever and markup5ever_rcdom.
//!
//! html5ever parses the text into an rcdom tree once; [`Document::parse`] then copies it into
//! a flat arena (`Vec<Node>` indexed by [`NodeId`]) with parent links. The arena is cheap to
//! walk in any direction, holds no reference counts, and is what every other module reads.
//! Cloudflare-protected e-mail addresses are decoded while the arena is built, so no reader
//! ever sees `[email protected]`.
//!
//! Every walk uses an explicit stack: pages can nest far deeper than the call stack allows.

mod attrs_cap;
mod cfemail;
mod entities;
mod guard;
mod parse;
mod select;
mod serialize;
mod shared_str;
pub(crate) mod tags;
mod text;

pub(crate) use entities::decode_entities;
pub use html5ever::{LocalName, local_name};
pub use select::Selector;
pub(crate) use serialize::{InertMarkup, inert_html};
pub use shared_str::SharedStr;
pub(crate) use tags::{is_block_tag, is_skipped_tag};
pub(crate) use text::{Line, Reading, collapse_whitespace, lines_with_nodes};

/// The index of a node in a [`Document`].
pub type NodeId = usize;

/// A parsed page: a flat arena of nodes; node 0 is the document root.
#[derive(Debug, Clone)]
pub struct Document {
    nodes: Vec<Node>,
    /// What the parse cut from a hostile page (nesting, attributes), for the warnings.
    warnings: Vec<String>,
    /// For each node, the id just past its subtree: ids are given in document order, so a
    /// subtree is the run of ids from the node to there.
    ends: Vec<NodeId>,
    /// Every node's children, node after node: node `i`'s are
    /// `child_ids[child_starts[i]..child_starts[i + 1]]` (one list for the page, not one
    /// allocation per node).
    child_ids: Vec<NodeId>,
    /// Where each node's children start in `child_ids`, and one more entry for the end.
    child_starts: Vec<usize>,
}

/// One node of a [`Document`]; its children are [`Document::children`].
#[derive(Debug, Clone)]
pub struct Node {
    /// The parent node; `None` for the root.
    pub parent: Option<NodeId>,
    /// What the node is.
    pub data: NodeData,
}

/// What a [`Node`] is.
#[derive(Debug, Clone)]
pub enum NodeData {
    /// The document root.
    Document,
    /// An element.
    Element(Element),
    /// A run of text.
    Text(SharedStr),
    /// Anything else (comments, doctype, processing instructions).
    Other,
}

/// An element: its tag name (an interned atom) and attributes.
#[derive(Debug, Clone)]
pub struct Element {
    /// The local tag name, lower case.
    pub name: LocalName,
    /// The attributes in source order: (local name, value).
    pub attrs: Vec<(LocalName, SharedStr)>,
}

impl Element {
    /// The value of an attribute.
    pub fn attr(&self, name: &str) -> Option<&str> {
        self.attrs
            .iter()
            .find(|(n, _)| &**n == name)
            .map(|(_, v)| v.as_str())
    }

    /// The space-separated class tokens.
    pub fn classes(&self) -> impl Iterator<Item = &str> {
        // Found by atom, one word compare per attribute: most readers ask it of most elements.
        let class = self.attrs.iter().find(|(n, _)| *n == local_name!("class"));
        class
            .map_or("", |(_, v)| v.as_str())
            .split_ascii_whitespace()
    }

    /// True when the markup hides the element from readers: the `hidden` attribute,
    /// `aria-hidden="true"`, or an inline `display:none` / `visibility:hidden`. React's
    /// streaming renderer sends finished parts in `<div hidden id="S:1">` and moves them into
    /// place with a script: those are shown. Classes that hide are each reader's own call.
    pub fn hidden_by_markup(&self) -> bool {
        // The four attributes read in one pass over the element's (it is asked of most
        // elements, by several readers); each is its first value, as `attr` gives.
        let (mut hidden, mut id, mut aria_hidden, mut style) = (None, None, None, None);
        for (name, value) in &self.attrs {
            // Atoms compared as words, not names spelled out.
            let slot = match name {
                n if *n == local_name!("hidden") => &mut hidden,
                n if *n == local_name!("id") => &mut id,
                n if *n == local_name!("aria-hidden") => &mut aria_hidden,
                n if *n == local_name!("style") => &mut style,
                _ => continue,
            };
            slot.get_or_insert(value.as_str());
        }
        let react_segment = id.is_some_and(|id| id.starts_with("S:"));
        (hidden.is_some() && !react_segment)
            || aria_hidden.is_some_and(|v| v.trim().eq_ignore_ascii_case("true"))
            || style.is_some_and(style_hides)
    }
}

/// Whether an inline style declares `display:none` or `visibility:hidden`, whitespace and
/// case aside. An ASCII style is scanned in place; any other is folded character by
/// character, as Unicode lower-casing may turn a letter outside ASCII into one inside.
fn style_hides(style: &str) -> bool {
    const HIDING: [&str; 2] = ["display:none", "visibility:hidden"];
    if !style.is_ascii() {
        let style: String = style
            .chars()
            .filter(|c| !c.is_whitespace())
            .flat_map(char::to_lowercase)
            .collect();
        return HIDING.iter().any(|d| style.contains(d));
    }
    // The ASCII whitespace of `char::is_whitespace` includes the vertical tab.
    let mut folded = style
        .bytes()
        .filter(|b| !(b.is_ascii_whitespace() || *b == 0x0b))
        .map(|b| b.to_ascii_lowercase());
    loop {
        let starts_here = |d: &&str| {
            let mut probe = folded.clone();
            d.bytes().all(|want| probe.next() == Some(want))
        };
        if HIDING.iter().any(starts_here) {
            return true;
        }
        if folded.next().is_none() {
            return false;
        }
    }
}

impl Document {
    /// Parses HTML text. Never fails: broken markup is repaired as browsers repair it.
    pub fn parse(html: &str) -> Document {
        parse::parse(html)
    }

    /// What the parse cut from the page (markup nested too deep, too many attributes on one
    /// element); empty for every ordinary page.
    pub fn parse_warnings(&self) -> &[String] {
        &self.warnings
    }

    /// The root node's id.
    pub fn root(&self) -> NodeId {
        0
    }

    /// The number of nodes.
    pub fn len(&self) -> usize {
        self.nodes.len()
    }

    /// The node with this id.
    pub fn node(&self, id: NodeId) -> &Node {
        &self.nodes[id]
    }

    /// The element data of a node, if it is an element.
    pub fn element(&self, id: NodeId) -> Option<&Element> {
        match &self.nodes[id].data {
            NodeData::Element(e) => Some(e),
            _ => None,
        }
    }

    /// The tag name of a node, if it is an element.
    pub fn tag(&self, id: NodeId) -> Option<&LocalName> {
        self.element(id).map(|e| &e.name)
    }

    /// True when the node is an element with this tag name.
    pub fn is(&self, id: NodeId, tag: &LocalName) -> bool {
        self.tag(id) == Some(tag)
    }

    /// An attribute of an element node.
    pub fn attr(&self, id: NodeId, name: &str) -> Option<&str> {
        self.element(id).and_then(|e| e.attr(name))
    }

    /// The parent of a node.
    pub fn parent(&self, id: NodeId) -> Option<NodeId> {
        self.nodes[id].parent
    }

    /// The children of a node.
    pub fn children(&self, id: NodeId) -> &[NodeId] {
        &self.child_ids[self.child_starts[id]..self.child_starts[id + 1]]
    }

    /// The nearest element sibling before a node.
    pub fn prev_element(&self, id: NodeId) -> Option<NodeId> {
        let (siblings, pos) = self.place(id)?;
        siblings[..pos]
            .iter()
            .rev()
            .copied()
            .find(|&c| self.element(c).is_some())
    }

    /// The nearest element sibling after a node.
    pub fn next_element(&self, id: NodeId) -> Option<NodeId> {
        let (siblings, pos) = self.place(id)?;
        siblings[pos + 1..]
            .iter()
            .copied()
            .find(|&c| self.element(c).is_some())
    }

    /// A node's siblings (itself included) and its index among them.
    fn place(&self, id: NodeId) -> Option<(&[NodeId], usize)> {
        let siblings = self.children(self.parent(id)?);
        let pos = siblings.iter().position(|&c| c == id)?;
        Some((siblings, pos))
    }

    /// The ancestors of a node, nearest first, excluding the node itself.
    pub fn ancestors(&self, id: NodeId) -> impl Iterator<Item = NodeId> + '_ {
        std::iter::successors(self.parent(id), move |&p| self.parent(p))
    }

    /// True when `outer` is `inner` or one of its ancestors (without a walk: a subtree is a
    /// run of ids).
    pub fn holds(&self, outer: NodeId, inner: NodeId) -> bool {
        outer <= inner && inner < self.subtree_end(outer)
    }

    /// The id just past a node's subtree: the node's descendants are the ids between.
    pub fn subtree_end(&self, id: NodeId) -> NodeId {
        self.ends[id]
    }

    /// Builds a document from nodes in document order (pre-order), each child after its
    /// parent: gathers every node's children and works out where each subtree ends.
    fn from_nodes(nodes: Vec<Node>) -> Document {
        let len = nodes.len();
        // Count each parent's children, then place them: ids rise in document order, so
        // each list comes out in order.
        let mut child_starts = vec![0usize; len + 1];
        for node in &nodes {
            if let Some(p) = node.parent {
                child_starts[p + 1] += 1;
            }
        }
        for i in 0..len {
            child_starts[i + 1] += child_starts[i];
        }
        let mut next = child_starts.clone();
        let mut child_ids = vec![0; child_starts[len]];
        for (id, node) in nodes.iter().enumerate() {
            if let Some(p) = node.parent {
                child_ids[next[p]] = id;
                next[p] += 1;
            }
        }
        let mut ends: Vec<NodeId> = (1..=len).collect();
        // Children come after their parents: walking back, each child's end is final
        // before its parent reads it.
        for id in (0..len).rev() {
            if child_starts[id + 1] > child_starts[id] {
                ends[id] = ends[child_ids[child_starts[id + 1] - 1]];
            }
        }
        Document {
            nodes,
            warnings: Vec::new(),
            ends,
            child_ids,
            child_starts,
        }
    }

    /// The node and all its descendants in document order (pre-order).
    pub fn descendants(&self, id: NodeId) -> Descendants<'_> {
        Descendants {
            ids: id..self.subtree_end(id),
            _doc: std::marker::PhantomData,
        }
    }

    /// Every element in document order.
    pub fn elements(&self) -> impl Iterator<Item = (NodeId, &Element)> + '_ {
        self.nodes
            .iter()
            .enumerate()
            .filter_map(|(i, n)| match &n.data {
                NodeData::Element(e) => Some((i, e)),
                _ => None,
            })
    }

    /// The first element with this tag name, in document order.
    #[cfg(test)]
    pub fn first(&self, tag: &LocalName) -> Option<NodeId> {
        self.elements()
            .find(|(_, e)| &e.name == tag)
            .map(|(i, _)| i)
    }

    /// The visible text of a node and its descendants, whitespace collapsed; scripts, styles
    /// and templates are left out, and block elements are separated by a space.
    pub fn text(&self, id: NodeId) -> String {
        text::text_of(self, id)
    }

    /// The visible text of a subtree as lines: block elements and `<br>` end a line.
    pub fn lines(&self, id: NodeId) -> Vec<String> {
        text::lines_of(self, id)
    }

    /// A short CSS-like description of an element for provenance: `div#main.entry-content`.
    pub fn describe(&self, id: NodeId) -> String {
        let Some(el) = self.element(id) else {
            return String::new();
        };
        let mut out = el.name.to_string();
        if let Some(i) = el.attr("id").filter(|i| !i.is_empty()) {
            out.push('#');
            out.push_str(i);
        }
        for class in el.classes().take(3) {
            out.push('.');
            out.push_str(class);
        }
        out
    }

    /// The raw text content of a node (every descendant text node, nothing skipped), as is.
    pub fn raw_text(&self, id: NodeId) -> String {
        let mut out = String::new();
        for n in self.descendants(id) {
            if let NodeData::Text(t) = &self.nodes[n].data {
                out.push_str(t);
            }
        }
        out
    }
}

/// A pre-order walk over a subtree: ids are given in document order, so it is the run of
/// ids from the node to the end of its subtree, walked without a stack.
pub struct Descendants<'a> {
    ids: std::ops::Range<NodeId>,
    _doc: std::marker::PhantomData<&'a Document>,
}

impl Iterator for Descendants<'_> {
    type Item = NodeId;

    fn next(&mut self) -> Option<NodeId> {
        self.ids.next()
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        self.ids.size_hint()
    }
}

#[cfg(test)]
mod tests {
    use super::{Document, style_hides};

    #[test]
    fn hidden_by_markup() {
        let doc = Document::parse(
            r#"<p hidden>a</p><p aria-hidden=" TRUE ">b</p><p style="display: none">c</p>
            <p style="Visibility:
            hidden">d</p><div hidden id="S:1">e</div><p class="hidden">f</p><p>g</p>"#,
        );
        let hidden: Vec<String> = doc
            .elements()
            .filter(|(_, e)| e.hidden_by_markup())
            .map(|(id, _)| doc.text(id))
            .collect();
        assert_eq!(hidden, vec!["a", "b", "c", "d"]);
    }

    #[test]
    fn style_scan_in_place_agrees_with_folding_it_out() {
        let folded_out = |style: &str| {
            let style: String = style
                .chars()
                .filter(|c| !c.is_whitespace())
                .flat_map(char::to_lowercase)
                .collect();
            style.contains("display:none") || style.contains("visibility:hidden")
        };
        for style in [
            "",
            "display:none",
            "color:red; DISPLAY :\tNone !important",
            "dis\x0bplay:no ne",
            "display:noneX",
            "displaydisplay:none",
            "visibility:visible;visibility :hidden",
            "visibility:hid",
            "display:block; width: 0",
            "d\u{130}splay:none",
            "display:\u{a0}none",
            "\u{212A}display:none",
            "font-family: \"Caf\u{e9}\"",
        ] {
            assert_eq!(style_hides(style), folded_out(style), "{style:?}");
        }
    }

    #[test]
    fn subtrees_are_runs_of_ids() {
        let doc = Document::parse("<div><p>a<b>b</b></p><p>c</p></div><span>d</span>");
        for id in 0..doc.len() {
            let walked: Vec<usize> = doc.descendants(id).collect();
            let run: Vec<usize> = (id..doc.subtree_end(id)).collect();
            assert_eq!(walked, run);
            for other in 0..doc.len() {
                let above = other == id || doc.ancestors(other).any(|a| a == id);
                assert_eq!(doc.holds(id, other), above);
            }
        }
    }
}

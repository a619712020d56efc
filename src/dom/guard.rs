//! A guarded parse. html5ever's tree builder scans its stack of open elements on many start
//! tags, and its tokenizer checks each attribute against the tag's earlier ones, so a page
//! nested thousands deep or a tag with thousands of attributes costs quadratic time. Browsers
//! cap their trees too (Chromium nests 512 deep); so does this parse, which says what it cut.
//! It also counts html5ever's parse errors instead of keeping them (a page of NUL bytes makes
//! one or two per byte).

use std::borrow::Cow;
use std::cell::{Cell, RefCell};
use std::rc::Rc;

use html5ever::tendril::StrTendril;
use html5ever::tokenizer::{
    BufferQueue, EndTag, StartTag, TagToken, Token, TokenSink, TokenSinkResult, Tokenizer,
    TokenizerOpts,
};
use html5ever::tree_builder::{
    Attribute, ElementFlags, NodeOrText, QuirksMode, TreeBuilder, TreeBuilderOpts, TreeSink,
};
use html5ever::{ExpandedName, LocalName, QualName, TokenizerResult, local_name};
use markup5ever_rcdom::{Handle, RcDom};

use super::attrs_cap::{MAX_ATTRIBUTES, cap_attributes};

/// The deepest an element may nest; start tags deeper than this are dropped.
pub(super) const MAX_DEPTH: usize = 512;

/// Void elements: they never stay open, so they cannot deepen the tree. Atoms, so a test
/// is a word compare.
const VOID: &[LocalName] = &[
    local_name!("area"),
    local_name!("base"),
    local_name!("basefont"),
    local_name!("bgsound"),
    local_name!("br"),
    local_name!("col"),
    local_name!("embed"),
    local_name!("frame"),
    local_name!("hr"),
    local_name!("img"),
    local_name!("input"),
    local_name!("keygen"),
    local_name!("link"),
    local_name!("meta"),
    local_name!("param"),
    local_name!("source"),
    local_name!("track"),
    local_name!("wbr"),
];

/// A parsed page and what the guards cut from it.
pub(super) struct Guarded {
    /// The rcdom tree.
    pub dom: RcDom,
    /// One line per kind of cut, for the article's warnings.
    pub warnings: Vec<String>,
}

/// Parses `html` with the nesting and attribute caps.
pub(super) fn parse_guarded(html: &str) -> Guarded {
    let (html, attributes_cut) = cap_attributes(html);
    let sink = DepthSink::new(html.len() / BYTES_PER_ELEMENT);
    let builder = TreeBuilder::new(sink, TreeBuilderOpts::default());
    let tokenizer = Tokenizer::new(DepthCap::new(builder), TokenizerOpts::default());
    let input = BufferQueue::default();
    // Fed a piece at a time, as a stream: the tokenizer's copy of the text is one piece, not
    // the whole page.
    for piece in pieces(&html, FEED_BYTES) {
        input.push_back(StrTendril::from_slice(piece));
        while !matches!(tokenizer.feed(&input), TokenizerResult::Done) {}
    }
    tokenizer.end();
    let cap = tokenizer.sink;
    let mut warnings = Vec::new();
    let dropped = cap.dropped_tags.get();
    if dropped > 0 {
        warnings.push(format!(
            "parse: markup nested deeper than {MAX_DEPTH} elements; {dropped} start tags below that depth ignored"
        ));
    }
    if attributes_cut > 0 {
        warnings.push(format!(
            "parse: {attributes_cut} attributes beyond the first {MAX_ATTRIBUTES} of an element ignored"
        ));
    }
    Guarded {
        dom: cap.builder.sink.dom,
        warnings,
    }
}

/// Bytes of markup per element on a typical page, a little under: the depth map is sized
/// from the page's length so it seldom regrows.
const BYTES_PER_ELEMENT: usize = 200;

/// The size of the pieces the text is fed to the tokenizer in.
const FEED_BYTES: usize = 32 * 1024;

/// The text cut into pieces of about `size` bytes, each ending on a character boundary.
fn pieces(text: &str, size: usize) -> impl Iterator<Item = &str> {
    let mut rest = text;
    std::iter::from_fn(move || {
        if rest.is_empty() {
            return None;
        }
        let mut end = size.min(rest.len());
        while !rest.is_char_boundary(end) {
            end += 1;
        }
        let (piece, after) = rest.split_at(end);
        rest = after;
        Some(piece)
    })
}

/// Sits between the tokenizer and the tree builder and drops start tags that would nest
/// deeper than [`MAX_DEPTH`]. Its idea of the open elements is resynchronised with the tree
/// after every token that inserted an element, so a stray end tag cannot fool it for long.
struct DepthCap {
    builder: TreeBuilder<Handle, DepthSink>,
    /// Names of the open elements as this guard sees them.
    open: RefCell<Vec<LocalName>>,
    /// Names of the dropped start tags still open, so their end tags are dropped too.
    dropped: RefCell<Vec<LocalName>>,
    /// How many start tags were dropped.
    dropped_tags: Cell<usize>,
}

impl DepthCap {
    fn new(builder: TreeBuilder<Handle, DepthSink>) -> Self {
        DepthCap {
            builder,
            open: RefCell::new(Vec::new()),
            dropped: RefCell::new(Vec::new()),
            dropped_tags: Cell::new(0),
        }
    }

    /// True when the token is swallowed: a start tag too deep, or the end tag of one.
    /// `void` says whether a start tag cannot stay open.
    fn swallows(&self, token: &Token, void: bool) -> bool {
        let TagToken(tag) = token else {
            return false;
        };
        match tag.kind {
            StartTag if !void && self.open.borrow().len() >= MAX_DEPTH => {
                self.dropped.borrow_mut().push(tag.name.clone());
                self.dropped_tags.set(self.dropped_tags.get() + 1);
                true
            }
            EndTag if self.dropped.borrow().last() == Some(&tag.name) => {
                self.dropped.borrow_mut().pop();
                true
            }
            EndTag => {
                let mut open = self.open.borrow_mut();
                if let Some(at) = open.iter().rposition(|name| *name == tag.name) {
                    open.truncate(at);
                }
                false
            }
            StartTag => false,
        }
    }

    /// After a token that inserted elements: the open elements end at the last one's depth.
    /// `started` is the start tag just processed, if any: its name and whether it is void.
    fn resync(&self, started: Option<(LocalName, bool)>) {
        let Some(depth) = self.builder.sink.take_inserted() else {
            return;
        };
        let (name, void) = started.unwrap_or_else(|| (LocalName::from("span"), false));
        let depth = if void { depth.saturating_sub(1) } else { depth };
        let mut open = self.open.borrow_mut();
        open.truncate(depth);
        while open.len() < depth {
            open.push(name.clone());
        }
    }
}

impl TokenSink for DepthCap {
    type Handle = Handle;

    fn process_token(&self, token: Token, line_number: u64) -> TokenSinkResult<Handle> {
        // A start tag's name and whether it is void, worked out once (the list of void
        // elements is not scanned for end tags).
        let started = match &token {
            TagToken(tag) if tag.kind == StartTag => Some((
                tag.name.clone(),
                tag.self_closing || VOID.contains(&tag.name),
            )),
            _ => None,
        };
        if self.swallows(&token, started.as_ref().is_some_and(|(_, void)| *void)) {
            return TokenSinkResult::Continue;
        }
        let result = self.builder.process_token(token, line_number);
        self.resync(started);
        result
    }

    fn end(&self) {
        self.builder.end();
    }

    fn adjusted_current_node_present_but_not_in_html_namespace(&self) -> bool {
        self.builder
            .adjusted_current_node_present_but_not_in_html_namespace()
    }
}

/// An rcdom sink that counts parse errors instead of storing them and records the tree depth
/// of every element it inserts.
struct DepthSink {
    dom: RcDom,
    errors: Cell<usize>,
    /// Tree depth by node address (the document is 0); hashed with rustc-hash, as the keys
    /// are addresses, not text a page could craft, and the default hasher showed in profiles.
    depths: RefCell<rustc_hash::FxHashMap<usize, usize>>,
    /// The depth of the last element inserted since the guard last asked.
    inserted: Cell<Option<usize>>,
}

impl DepthSink {
    /// A sink whose depth map has room for `elements` without regrowing.
    fn new(elements: usize) -> Self {
        let depths = rustc_hash::FxHashMap::with_capacity_and_hasher(elements, Default::default());
        DepthSink {
            dom: RcDom::default(),
            errors: Cell::new(0),
            depths: RefCell::new(depths),
            inserted: Cell::new(None),
        }
    }

    fn depth_of(&self, node: &Handle) -> usize {
        let key = Rc::as_ptr(node) as usize;
        self.depths.borrow().get(&key).copied().unwrap_or(0)
    }

    /// Records the depth of a node just placed in the tree, from its actual parent.
    fn placed(&self, child: &NodeOrText<Handle>) {
        let NodeOrText::AppendNode(node) = child else {
            return;
        };
        let parent = node.parent.take();
        let depth = parent
            .as_ref()
            .and_then(|weak| weak.upgrade())
            .map_or(0, |p| self.depth_of(&p) + 1);
        node.parent.set(parent);
        self.depths
            .borrow_mut()
            .insert(Rc::as_ptr(node) as usize, depth);
        self.inserted.set(Some(depth));
    }

    fn take_inserted(&self) -> Option<usize> {
        self.inserted.take()
    }
}

impl TreeSink for DepthSink {
    type Handle = Handle;
    type Output = RcDom;
    type ElemName<'a> = ExpandedName<'a>;

    fn finish(self) -> RcDom {
        self.dom
    }

    fn parse_error(&self, _msg: Cow<'static, str>) {
        self.errors.set(self.errors.get() + 1);
    }

    fn get_document(&self) -> Handle {
        self.dom.get_document()
    }

    fn elem_name<'a>(&'a self, target: &'a Handle) -> ExpandedName<'a> {
        self.dom.elem_name(target)
    }

    fn create_element(&self, name: QualName, attrs: Vec<Attribute>, flags: ElementFlags) -> Handle {
        self.dom.create_element(name, attrs, flags)
    }

    fn create_comment(&self, text: StrTendril) -> Handle {
        self.dom.create_comment(text)
    }

    fn create_pi(&self, target: StrTendril, data: StrTendril) -> Handle {
        self.dom.create_pi(target, data)
    }

    fn append(&self, parent: &Handle, child: NodeOrText<Handle>) {
        let placed = clone_node(&child);
        self.dom.append(parent, child);
        self.placed(&placed);
    }

    fn append_based_on_parent_node(
        &self,
        element: &Handle,
        prev_element: &Handle,
        child: NodeOrText<Handle>,
    ) {
        let placed = clone_node(&child);
        self.dom
            .append_based_on_parent_node(element, prev_element, child);
        self.placed(&placed);
    }

    fn append_doctype_to_document(
        &self,
        name: StrTendril,
        public_id: StrTendril,
        system_id: StrTendril,
    ) {
        self.dom
            .append_doctype_to_document(name, public_id, system_id);
    }

    fn get_template_contents(&self, target: &Handle) -> Handle {
        self.dom.get_template_contents(target)
    }

    fn same_node(&self, x: &Handle, y: &Handle) -> bool {
        self.dom.same_node(x, y)
    }

    fn set_quirks_mode(&self, mode: QuirksMode) {
        self.dom.set_quirks_mode(mode);
    }

    fn append_before_sibling(&self, sibling: &Handle, new_node: NodeOrText<Handle>) {
        let placed = clone_node(&new_node);
        self.dom.append_before_sibling(sibling, new_node);
        self.placed(&placed);
    }

    fn add_attrs_if_missing(&self, target: &Handle, attrs: Vec<Attribute>) {
        self.dom.add_attrs_if_missing(target, attrs);
    }

    fn remove_from_parent(&self, target: &Handle) {
        self.dom.remove_from_parent(target);
    }

    fn reparent_children(&self, node: &Handle, new_parent: &Handle) {
        self.dom.reparent_children(node, new_parent);
    }

    fn is_mathml_annotation_xml_integration_point(&self, handle: &Handle) -> bool {
        self.dom.is_mathml_annotation_xml_integration_point(handle)
    }

    fn maybe_clone_an_option_into_selectedcontent(&self, option: &Handle) {
        self.dom.maybe_clone_an_option_into_selectedcontent(option);
    }
}

/// The node of an append (text needs no depth).
fn clone_node(child: &NodeOrText<Handle>) -> NodeOrText<Handle> {
    match child {
        NodeOrText::AppendNode(node) => NodeOrText::AppendNode(node.clone()),
        NodeOrText::AppendText(_) => NodeOrText::AppendText(StrTendril::new()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn depth_of_text(dom: &RcDom) -> usize {
        let mut depth = 0;
        let mut node = dom.document.clone();
        loop {
            let next = node.children.borrow().last().cloned();
            match next {
                Some(child) => {
                    depth += 1;
                    node = child;
                }
                None => return depth,
            }
        }
    }

    #[test]
    fn caps_nesting_and_says_so() {
        let html = format!("{}deep{}", "<div>".repeat(5_000), "</div>".repeat(5_000));
        let parsed = parse_guarded(&html);
        // document > html > body > divs..., then the text.
        assert!(depth_of_text(&parsed.dom) <= MAX_DEPTH + 1);
        assert_eq!(parsed.warnings.len(), 1);
        assert!(parsed.warnings[0].contains("nested deeper than 512"));
    }

    #[test]
    fn stray_end_tags_do_not_lift_the_cap() {
        let html = format!("{}deep", "<div></x></y>".repeat(5_000));
        let parsed = parse_guarded(&html);
        assert!(depth_of_text(&parsed.dom) <= MAX_DEPTH + 1);
    }

    #[test]
    fn ordinary_pages_are_untouched() {
        let html = format!(
            "<body>{}<div>end</div>",
            "<p>para <b>bold</b>".repeat(3_000)
        );
        let parsed = parse_guarded(&html);
        assert!(parsed.warnings.is_empty());
        assert_eq!(parsed.dom.document.children.borrow().len(), 1);
    }
}

//! CSS selectors over the arena, with servo's `selectors` crate: a [`Selector`] is parsed
//! once (`FromStr`) and matched against elements through an adapter implementing the crate's
//! `Element` trait. Pseudo-classes and pseudo-elements that need a browser (`:hover`,
//! `::before`) are rejected at parse time; structural ones (`:first-child`, `:not()`,
//! `:nth-of-type()`, `:has()`) work.

use std::fmt;
use std::str::FromStr;

use cssparser::ToCss;
use html5ever::{LocalName, Namespace, ns};
use precomputed_hash::PrecomputedHash;
use selectors::attr::{AttrSelectorOperation, CaseSensitivity, NamespaceConstraint};
use selectors::bloom::BloomFilter;
use selectors::context::{
    MatchingContext, MatchingForInvalidation, MatchingMode, NeedsSelectorFlags, QuirksMode,
    SelectorCaches,
};
use selectors::matching::{ElementSelectorFlags, matches_selector_list};
use selectors::parser::{ParseRelative, SelectorList, SelectorParseErrorKind};
use selectors::{OpaqueElement, SelectorImpl};

use super::{Document, NodeData, NodeId};

/// A parsed CSS selector list (`h1.title, .headline`).
#[derive(Clone)]
pub struct Selector {
    list: SelectorList<Simple>,
    /// For each selector of the list, what the element it matches and each element it
    /// reaches by a combinator must have: its compounds' needs, right to left.
    needs: Vec<Vec<Needs>>,
    source: String,
}

/// What an element must have to match one selector, read off the selector's rightmost
/// compound (`a` of `.byline .author a`, `fn` of `.author.vcard .fn`): its tag name, its
/// id, its classes. A test of a few comparisons that turns most of a page's elements away
/// before the full match.
#[derive(Clone, Default)]
struct Needs {
    name: Option<LocalName>,
    id: Option<LocalName>,
    classes: Vec<LocalName>,
}

impl Needs {
    /// The needs of each compound of a selector, right to left.
    fn of(selector: &selectors::parser::Selector<Simple>) -> Vec<Self> {
        use selectors::parser::Component;
        let mut compounds = Vec::new();
        let mut iter = selector.iter();
        loop {
            let mut needs = Needs::default();
            // The iterator stops at each combinator, at the end of a compound.
            for component in iter.by_ref() {
                match component {
                    // Elements of an HTML page are matched by the lower-case name.
                    Component::LocalName(name) => needs.name = Some(name.lower_name.0.clone()),
                    // Ids and classes match case-sensitively outside quirks mode.
                    Component::ID(id) => needs.id = Some(id.0.clone()),
                    Component::Class(class) => needs.classes.push(class.0.clone()),
                    _ => {}
                }
            }
            compounds.push(needs);
            if iter.next_sequence().is_none() {
                return compounds;
            }
        }
    }

    fn is_empty(&self) -> bool {
        self.name.is_none() && self.id.is_none() && self.classes.is_empty()
    }

    fn met_by(&self, el: &super::Element) -> bool {
        self.name.as_ref().is_none_or(|n| el.name == *n)
            && self
                .id
                .as_ref()
                .is_none_or(|id| el.attr("id") == Some(&**id))
            && self
                .classes
                .iter()
                .all(|c| el.classes().any(|own| own == &**c))
    }
}

impl fmt::Debug for Selector {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Selector({:?})", self.source)
    }
}

impl fmt::Display for Selector {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.source)
    }
}

/// Why a selector did not parse.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SelectorError {
    /// What the parser said, with the position.
    pub message: String,
}

impl fmt::Display for SelectorError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for SelectorError {}

impl FromStr for Selector {
    type Err = SelectorError;

    fn from_str(source: &str) -> Result<Self, SelectorError> {
        let too_complex = |what: String| SelectorError {
            message: format!("selector too complex ({what}): {:?}", shorten(source)),
        };
        if nesting(source) > MAX_NESTING {
            return Err(too_complex(format!(
                "brackets nested deeper than {MAX_NESTING}"
            )));
        }
        let mut parser = cssparser::Parser::new(source);
        let list =
            SelectorList::parse(&SimpleParser, &mut parser, ParseRelative::No).map_err(|e| {
                SelectorError {
                    message: format!("invalid selector {source:?}: {}", describe(&e.kind)),
                }
            })?;
        let steps = list.slice().iter().map(combinators).max().unwrap_or(0);
        if steps > MAX_COMBINATORS {
            return Err(too_complex(format!(
                "{steps} combinators, at most {MAX_COMBINATORS}"
            )));
        }
        let needs = list.slice().iter().map(Needs::of).collect();
        Ok(Selector {
            list,
            needs,
            source: source.to_string(),
        })
    }
}

/// The most combinators (` `, `>`, `+`, `~`) one selector may chain: matching recurses once
/// per step, so a profile with thousands of steps could overflow the stack on a deep page.
pub const MAX_COMBINATORS: usize = 64;

/// The deepest `:not(:is(…))` or `[…]` nesting a selector may have: parsing and matching
/// recurse into each level.
pub const MAX_NESTING: usize = 16;

/// The deepest bracket nesting in the text, outside quoted strings.
fn nesting(source: &str) -> usize {
    let (mut depth, mut deepest, mut quote) = (0usize, 0, None);
    for c in source.chars() {
        match (quote, c) {
            (Some(q), _) if c == q => quote = None,
            (Some(_), _) => {}
            (None, '"' | '\'') => quote = Some(c),
            (None, '(' | '[') => {
                depth += 1;
                deepest = deepest.max(depth);
            }
            (None, ')' | ']') => depth = depth.saturating_sub(1),
            _ => {}
        }
    }
    deepest
}

/// How many combinators a selector chains, nested selectors included.
fn combinators(selector: &selectors::parser::Selector<Simple>) -> usize {
    use selectors::parser::Component;
    selector
        .iter_raw_match_order()
        .map(|component| match component {
            Component::Combinator(_) => 1,
            Component::Negation(list) | Component::Is(list) | Component::Where(list) => {
                list.slice().iter().map(combinators).max().unwrap_or(0)
            }
            Component::Has(relative) => relative
                .iter()
                .map(|r| combinators(&r.selector))
                .max()
                .unwrap_or(0),
            _ => 0,
        })
        .sum()
}

/// The start of a long selector, for an error message.
fn shorten(source: &str) -> String {
    match source.char_indices().nth(60) {
        Some((at, _)) => format!("{}…", &source[..at]),
        None => source.to_string(),
    }
}

/// A parse error in words: what the parser met, not its internal names.
fn describe(kind: &cssparser::ParseErrorKind<SelectorParseErrorKind>) -> String {
    use cssparser::{BasicParseErrorKind, ParseErrorKind};
    match kind {
        ParseErrorKind::Basic(BasicParseErrorKind::EndOfInput) => {
            "it ends too early (an unclosed bracket or parenthesis?)".to_string()
        }
        ParseErrorKind::Basic(BasicParseErrorKind::UnexpectedToken) => {
            "an unexpected token".to_string()
        }
        ParseErrorKind::Custom(SelectorParseErrorKind::UnsupportedPseudoClassOrElement) => {
            "a pseudo-class or pseudo-element that needs a browser (:hover, ::before)".to_string()
        }
        other => format!("{other:?}").to_lowercase(),
    }
}

impl Selector {
    /// True when the element matches.
    pub fn matches(&self, doc: &Document, id: NodeId) -> bool {
        let mut caches = SelectorCaches::default();
        self.matches_with(doc, id, None, &mut caches)
    }

    /// For each selector of the list, whether it may match an element of this page: every
    /// compound left of its rightmost must be met by some element of the page (a
    /// `.tags-links a` matches nothing on a page without `.tags-links`), which spares the
    /// walk up from each `<a>` to the root.
    fn live(&self, doc: &Document) -> Vec<bool> {
        self.needs
            .iter()
            .map(|compounds| {
                compounds
                    .iter()
                    .skip(1)
                    .filter(|n| !n.is_empty())
                    .all(|n| doc.elements().any(|(_, el)| n.met_by(el)))
            })
            .collect()
    }

    /// True when the element matches, with caches kept across the elements of one walk;
    /// `live` as [`Selector::live`] gives it, or `None` to try every selector.
    fn matches_with(
        &self,
        doc: &Document,
        id: NodeId,
        live: Option<&[bool]>,
        caches: &mut SelectorCaches,
    ) -> bool {
        let Some(el) = doc.element(id) else {
            return false;
        };
        let may_match = |(i, compounds): (usize, &Vec<Needs>)| {
            live.is_none_or(|live| live[i]) && compounds.first().is_none_or(|n| n.met_by(el))
        };
        if !self.needs.iter().enumerate().any(may_match) {
            return false;
        }
        let mut context = MatchingContext::new(
            MatchingMode::Normal,
            None,
            caches,
            QuirksMode::NoQuirks,
            NeedsSelectorFlags::No,
            MatchingForInvalidation::No,
        );
        matches_selector_list(&self.list, ElementRef { doc, id }, &mut context)
    }

    /// Every matching element under `scope` (the scope included), in document order.
    pub fn select(&self, doc: &Document, scope: NodeId) -> Vec<NodeId> {
        let live = self.live(doc);
        if !live.contains(&true) {
            return Vec::new();
        }
        let mut caches = SelectorCaches::default();
        doc.descendants(scope)
            .filter(|&id| self.matches_with(doc, id, Some(&live), &mut caches))
            .collect()
    }

    /// The first matching element in the document.
    pub fn first(&self, doc: &Document) -> Option<NodeId> {
        let live = self.live(doc);
        if !live.contains(&true) {
            return None;
        }
        let mut caches = SelectorCaches::default();
        doc.descendants(doc.root())
            .find(|&id| self.matches_with(doc, id, Some(&live), &mut caches))
    }

    /// The selector as written.
    pub fn as_str(&self) -> &str {
        &self.source
    }
}

/// The `SelectorImpl` of plain HTML documents.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Simple;

/// A string value in a selector (`[class="x"]`).
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct CssString(String);

impl From<&str> for CssString {
    fn from(s: &str) -> Self {
        CssString(s.to_string())
    }
}

impl ToCss for CssString {
    fn to_css<W: fmt::Write>(&self, dest: &mut W) -> fmt::Result {
        cssparser::serialize_string(&self.0, dest)
    }
}

impl AsRef<str> for CssString {
    fn as_ref(&self) -> &str {
        &self.0
    }
}

/// An interned name in a selector (tag names, classes, ids).
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct CssName(LocalName);

impl From<&str> for CssName {
    fn from(s: &str) -> Self {
        CssName(LocalName::from(s))
    }
}

impl ToCss for CssName {
    fn to_css<W: fmt::Write>(&self, dest: &mut W) -> fmt::Result {
        cssparser::serialize_identifier(&self.0, dest)
    }
}

impl PrecomputedHash for CssName {
    fn precomputed_hash(&self) -> u32 {
        self.0.precomputed_hash()
    }
}

/// A namespace URL in a selector.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct CssNamespace(Namespace);

impl PrecomputedHash for CssNamespace {
    fn precomputed_hash(&self) -> u32 {
        self.0.precomputed_hash()
    }
}

/// Pseudo-classes that need a browser: none are supported.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum NoPseudoClass {}

impl selectors::parser::NonTSPseudoClass for NoPseudoClass {
    fn is_active_or_hover(&self) -> bool {
        match *self {}
    }

    fn is_user_action_state(&self) -> bool {
        match *self {}
    }
}

impl ToCss for NoPseudoClass {
    fn to_css<W: fmt::Write>(&self, _: &mut W) -> fmt::Result {
        match *self {}
    }
}

/// Pseudo-elements: none are supported.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum NoPseudoElement {}

impl selectors::parser::PseudoElement for NoPseudoElement {}

impl ToCss for NoPseudoElement {
    fn to_css<W: fmt::Write>(&self, _: &mut W) -> fmt::Result {
        match *self {}
    }
}

impl SelectorImpl for Simple {
    type ExtraMatchingData<'a> = ();
    type AttrValue = CssString;
    type Identifier = CssName;
    type LocalName = CssName;
    type NamespaceUrl = CssNamespace;
    type NamespacePrefix = CssName;
    type BorrowedNamespaceUrl = CssNamespace;
    type BorrowedLocalName = CssName;
    type NonTSPseudoClass = NoPseudoClass;
    type PseudoElement = NoPseudoElement;
}

struct SimpleParser;

impl<'i> selectors::parser::Parser<'i> for SimpleParser {
    type Impl = Simple;
    type Error = SelectorParseErrorKind;

    fn parse_has(&self) -> bool {
        true
    }

    fn parse_is_and_where(&self) -> bool {
        true
    }
}

/// An element of the arena, as the `selectors` crate sees it.
#[derive(Clone, Copy)]
struct ElementRef<'a> {
    doc: &'a Document,
    id: NodeId,
}

impl fmt::Debug for ElementRef<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "ElementRef({})", self.id)
    }
}

impl<'a> ElementRef<'a> {
    fn at(&self, id: NodeId) -> Self {
        ElementRef { doc: self.doc, id }
    }

    fn element(&self) -> &'a super::Element {
        self.doc
            .element(self.id)
            .expect("an ElementRef always points at an element")
    }
}

impl selectors::Element for ElementRef<'_> {
    type Impl = Simple;

    fn opaque(&self) -> OpaqueElement {
        OpaqueElement::new(self.doc.node(self.id))
    }

    fn parent_element(&self) -> Option<Self> {
        let parent = self.doc.parent(self.id)?;
        self.doc.element(parent).map(|_| self.at(parent))
    }

    fn parent_node_is_shadow_root(&self) -> bool {
        false
    }

    fn containing_shadow_host(&self) -> Option<Self> {
        None
    }

    fn is_pseudo_element(&self) -> bool {
        false
    }

    fn prev_sibling_element(&self) -> Option<Self> {
        self.doc.prev_element(self.id).map(|s| self.at(s))
    }

    fn next_sibling_element(&self) -> Option<Self> {
        self.doc.next_element(self.id).map(|s| self.at(s))
    }

    fn first_element_child(&self) -> Option<Self> {
        self.doc
            .children(self.id)
            .iter()
            .find(|&&c| self.doc.element(c).is_some())
            .map(|&c| self.at(c))
    }

    fn is_html_element_in_html_document(&self) -> bool {
        true
    }

    fn has_local_name(&self, name: &CssName) -> bool {
        self.element().name == name.0
    }

    fn has_namespace(&self, ns: &CssNamespace) -> bool {
        ns.0 == ns!(html) || ns.0 == ns!()
    }

    fn is_same_type(&self, other: &Self) -> bool {
        self.element().name == other.element().name
    }

    fn attr_matches(
        &self,
        _ns: &NamespaceConstraint<&CssNamespace>,
        local_name: &CssName,
        operation: &AttrSelectorOperation<&CssString>,
    ) -> bool {
        self.element()
            .attrs
            .iter()
            .any(|(name, value)| *name == local_name.0 && operation.eval_str(value))
    }

    fn match_non_ts_pseudo_class(
        &self,
        pc: &NoPseudoClass,
        _: &mut MatchingContext<Simple>,
    ) -> bool {
        match *pc {}
    }

    fn match_pseudo_element(&self, pe: &NoPseudoElement, _: &mut MatchingContext<Simple>) -> bool {
        match *pe {}
    }

    fn apply_selector_flags(&self, _: ElementSelectorFlags) {}

    fn is_link(&self) -> bool {
        matches!(&*self.element().name, "a" | "area" | "link")
            && self.element().attr("href").is_some()
    }

    fn is_html_slot_element(&self) -> bool {
        false
    }

    fn has_id(&self, id: &CssName, case_sensitivity: CaseSensitivity) -> bool {
        self.element()
            .attr("id")
            .is_some_and(|v| case_sensitivity.eq(v.as_bytes(), id.0.as_bytes()))
    }

    fn has_class(&self, name: &CssName, case_sensitivity: CaseSensitivity) -> bool {
        self.element()
            .classes()
            .any(|c| case_sensitivity.eq(c.as_bytes(), name.0.as_bytes()))
    }

    fn has_custom_state(&self, _: &CssName) -> bool {
        false
    }

    fn imported_part(&self, _: &CssName) -> Option<CssName> {
        None
    }

    fn is_part(&self, _: &CssName) -> bool {
        false
    }

    fn is_empty(&self) -> bool {
        self.doc
            .children(self.id)
            .iter()
            .all(|&c| match &self.doc.node(c).data {
                NodeData::Element(_) => false,
                NodeData::Text(t) => t.is_empty(),
                _ => true,
            })
    }

    fn is_root(&self) -> bool {
        self.doc
            .parent(self.id)
            .is_some_and(|p| matches!(self.doc.node(p).data, NodeData::Document))
    }

    fn add_element_unique_hashes(&self, _: &mut BloomFilter) -> bool {
        false
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(selector: &str, html: &str) -> Vec<String> {
        let doc = Document::parse(html);
        let sel: Selector = selector.parse().unwrap();
        sel.select(&doc, doc.root())
            .into_iter()
            .map(|id| doc.text(id))
            .collect()
    }

    #[test]
    fn refuses_selectors_too_complex_to_match_safely() {
        let long = vec!["li"; MAX_COMBINATORS + 2].join(" > ");
        let error = long.parse::<Selector>().unwrap_err();
        assert!(
            error.message.contains("65 combinators, at most 64"),
            "{error}"
        );
        let fine = vec!["li"; MAX_COMBINATORS + 1].join(" ");
        assert!(fine.parse::<Selector>().is_ok());
        let nested = format!("{}p{}", ":is(".repeat(17), ")".repeat(17));
        assert!(nested.parse::<Selector>().is_err());
        // Brackets inside a quoted value do not count.
        assert!(r#"a[title="((((((((((((((((((("]"#.parse::<Selector>().is_ok());
    }

    #[test]
    fn matches_tags_classes_ids_and_attributes() {
        let html = r#"<div class="post-meta"><span class="date">D</span></div>
            <h1 id="t" class="news-title big">T</h1><a rel="tag" href="/x">X</a><a href="/y">Y</a>"#;
        assert_eq!(texts("h1.news-title", html), vec!["T"]);
        assert_eq!(texts("#t", html), vec!["T"]);
        assert_eq!(texts(".post-meta .date", html), vec!["D"]);
        assert_eq!(texts("a[rel~=tag]", html), vec!["X"]);
        assert_eq!(texts("a:not([rel])", html), vec!["Y"]);
        assert_eq!(texts("div:has(.date)", html), vec!["D"]);
    }

    #[test]
    fn a_compound_no_element_meets_matches_nothing() {
        let html =
            r#"<div class="cat-links"><a href="/c">C</a></div><p id="Lede"><a href="/x">X</a></p>"#;
        assert_eq!(texts(".tags-links a, .cat-links a", html), vec!["C"]);
        assert!(texts(".tags-links a", html).is_empty());
        // Classes and ids match in their own case, tag names in any.
        assert!(texts(".Cat-Links a", html).is_empty());
        assert_eq!(texts("#Lede A", html), vec!["X"]);
        assert!(texts("#lede a", html).is_empty());
        let doc = Document::parse(html);
        let sel: Selector = "div.cat-links > a".parse().unwrap();
        assert!(sel.first(&doc).is_some());
        let none: Selector = "section.cat-links > a".parse().unwrap();
        assert!(none.first(&doc).is_none());
    }

    #[test]
    fn structural_pseudo_classes_work() {
        let html = "<ul><li>a</li><li>b</li><li>c</li></ul>";
        assert_eq!(texts("li:first-child", html), vec!["a"]);
        assert_eq!(texts("li:nth-of-type(2)", html), vec!["b"]);
        assert_eq!(texts("li:last-child", html), vec!["c"]);
    }

    #[test]
    fn bad_selectors_are_errors() {
        assert!("h1[".parse::<Selector>().is_err());
        assert!("a:hover".parse::<Selector>().is_err());
        assert!("p::before".parse::<Selector>().is_err());
        let err = "..x".parse::<Selector>().unwrap_err();
        assert!(err.message.contains("..x"));
        let err = "h1[".parse::<Selector>().unwrap_err();
        assert_eq!(
            err.message,
            r#"invalid selector "h1[": it ends too early (an unclosed bracket or parenthesis?)"#
        );
    }
}

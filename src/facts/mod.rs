//! Page facts: what several field steps need to know about the page, each worked out in one
//! place, once per page, on first use, and read by every step that needs it.
//!
//! The facts sit below the field steps and the profiles: they read the tree and the page's
//! URL only. A fact that needs a walk of the page gets one walk in all (the text of every
//! node, the visible lines, the regions each node sits in), never a walk per node.

mod headline;
pub(crate) mod lines;
pub(crate) mod region;
mod text;

use std::cell::{OnceCell, RefCell};
use std::rc::Rc;

use serde_json::Value;

use crate::dom::tags::is_heading;
use crate::dom::{Document, NodeId, local_name};

pub(crate) use crate::dom::Line;
pub(crate) use region::{Region, class_or_id_holds};
use text::Texts;
pub(crate) use text::text_key;

/// What the field steps know about one page.
pub(crate) struct Facts<'a> {
    doc: &'a Document,
    /// The page's URL, as the field steps read it.
    url: Option<String>,
    host: OnceCell<Option<String>>,
    body: OnceCell<NodeId>,
    lines: OnceCell<Vec<Line>>,
    headings: OnceCell<Vec<NodeId>>,
    in_figure: OnceCell<Vec<bool>>,
    texts: OnceCell<Texts>,
    /// For each kind of [`Region`], whether each node asked about (and each node above it)
    /// sits in one.
    regions: [LazyDecisions<bool>; Region::KINDS],
    /// For each kind of [`Region`], whether each element read so far opens one, and whether
    /// its class or id holds one of the kind's words ([`region::opened_bits`], and
    /// [`OPENED_KNOWN`] once read).
    opened: [RefCell<Vec<u8>>; Region::KINDS],
    /// The heading that shows the headline, with the headline it was found for.
    headline_node: RefCell<Option<(Option<String>, Option<NodeId>)>>,
    /// The embedded states read so far, by name: each is parsed once per page, on first use.
    states: RefCell<Vec<(String, Option<Rc<Value>>)>>,
}

impl<'a> Facts<'a> {
    /// The facts of a page, none worked out yet.
    pub(crate) fn new(doc: &'a Document, url: Option<&str>) -> Self {
        Facts {
            doc,
            url: url.map(str::to_string),
            host: OnceCell::new(),
            body: OnceCell::new(),
            lines: OnceCell::new(),
            headings: OnceCell::new(),
            in_figure: OnceCell::new(),
            texts: OnceCell::new(),
            regions: Default::default(),
            opened: Default::default(),
            headline_node: RefCell::default(),
            states: RefCell::default(),
        }
    }

    /// The host of the page's URL, lower case, without `www.`.
    pub(crate) fn host(&self) -> Option<&str> {
        self.host
            .get_or_init(|| {
                let url = url::Url::parse(self.url.as_deref()?).ok()?;
                let host = url.host_str()?.to_ascii_lowercase();
                Some(host.strip_prefix("www.").unwrap_or(&host).to_string())
            })
            .as_deref()
    }

    /// The state the page embeds under a name (`__NEXT_DATA__`, `Fusion.globalContent`),
    /// parsed on the first request for that name.
    pub(crate) fn state(&self, name: &str) -> Option<Rc<Value>> {
        if let Some((_, state)) = self.states.borrow().iter().find(|(n, _)| n == name) {
            return state.clone();
        }
        let state = crate::signals::find_state(self.doc, name).map(Rc::new);
        self.states
            .borrow_mut()
            .push((name.to_string(), state.clone()));
        state
    }

    /// The page's `<body>`, else the root.
    pub(crate) fn body(&self) -> NodeId {
        *self.body.get_or_init(|| {
            self.doc
                .elements()
                .find(|(_, e)| e.name == local_name!("body"))
                .map_or(self.doc.root(), |(id, _)| id)
        })
    }

    /// The page's visible lines in document order.
    pub(crate) fn lines(&self) -> &[Line] {
        self.lines.get_or_init(|| lines::page_lines(self.doc))
    }

    /// The heading that shows the headline (see [`headline::headline_node`]), found on
    /// the first request and read by every later step; found again only if a step asks for
    /// another headline.
    pub(crate) fn headline_node(
        &self,
        headline: Option<&str>,
        social_title: Option<&str>,
    ) -> Option<NodeId> {
        if let Some((asked, node)) = &*self.headline_node.borrow()
            && asked.as_deref() == headline
        {
            return *node;
        }
        let node = headline::headline_node(self, headline, social_title);
        *self.headline_node.borrow_mut() = Some((headline.map(str::to_string), node));
        node
    }

    /// The index in [`Facts::lines`] of the headline's line: the first line the heading
    /// that shows it holds ([`Facts::headline_node`]), else (no such heading, or an empty
    /// one) the first line whose text is the headline.
    pub(crate) fn headline_line(
        &self,
        headline: Option<&str>,
        social_title: Option<&str>,
    ) -> Option<usize> {
        let lines = self.lines();
        let node = self.headline_node(headline, social_title);
        node.and_then(|node| lines.iter().position(|l| self.doc.holds(node, l.node)))
            .or_else(|| {
                let key = text_key(headline?);
                lines.iter().position(|l| text_key(&l.text) == key)
            })
    }

    /// The headings (`<h1>` to `<h6>`) in document order.
    pub(crate) fn headings(&self) -> &[NodeId] {
        self.headings.get_or_init(|| {
            self.doc
                .elements()
                .filter(|(_, e)| is_heading(&e.name))
                .map(|(id, _)| id)
                .collect()
        })
    }

    /// True when a node is, or sits in, a `<figure>` or `<figcaption>`.
    pub(crate) fn in_figure(&self, id: NodeId) -> bool {
        self.in_figure.get_or_init(|| {
            let doc = self.doc;
            let mut inside = vec![false; doc.len()];
            for id in 0..doc.len() {
                let own = doc.tag(id).is_some_and(|t| {
                    matches!(*t, local_name!("figure") | local_name!("figcaption"))
                });
                inside[id] = own || doc.parent(id).is_some_and(|p| inside[p]);
            }
            inside
        })[id]
    }

    /// True when a heading is of a headline's size: its text and its markup both small
    /// enough that reading its text, its first line and its links costs little. A heading
    /// holding pages of text or thousands of elements (headings left open around the rest
    /// of the page) is no headline, and reading each such heading again would cost a walk
    /// of the page per heading.
    pub(crate) fn headline_sized(&self, id: NodeId) -> bool {
        self.texts().raw_len(id) <= MAX_HEADLINE_BYTES
            && self.doc.subtree_end(id) - id <= MAX_HEADLINE_NODES
    }

    /// A node's visible text, as [`Document::text`] gives it, from the one walk of the page.
    pub(crate) fn text(&self, id: NodeId) -> String {
        self.texts().text(self.doc, id)
    }

    /// A node's text as a comparison key ([`text_key`] of its text), read off
    /// the page's key without writing it out.
    pub(crate) fn key(&self, id: NodeId) -> &str {
        self.texts().key(self.doc, id)
    }

    fn texts(&self) -> &Texts {
        self.texts.get_or_init(|| Texts::new(self.doc))
    }

    /// True when a node, or an element above it, opens a region of this kind (for
    /// [`Region::OUTSIDE_ARTICLE`], unless the article's `<article>` or `<main>` comes
    /// first). Steps ask about some nodes only (headings, lines, links): each is answered
    /// by a walk up that stops at the first element that decides or whose answer is known,
    /// so an element's class and id are read once, and only above a node asked about.
    pub(crate) fn in_region(&self, id: NodeId, region: &Region) -> bool {
        let doc = self.doc;
        self.regions[region.kind].get(doc, id, false, |n| {
            let el = doc.element(n)?;
            region.decides(el, self.opens_region(n, region))
        })
    }

    /// True when a node is an element that itself opens a region of this kind
    /// ([`Region::opened_by`]), read once per element.
    pub(crate) fn opens_region(&self, id: NodeId, region: &Region) -> bool {
        self.opened(id, region) & region::OPENS != 0
    }

    /// [`region::opened_bits`] of a node (none for a node that is no element), read on
    /// the first request and kept.
    fn opened(&self, id: NodeId, region: &Region) -> u8 {
        let cell = &self.opened[region.kind];
        if let Some(&bits) = cell.borrow().get(id).filter(|&&b| b & OPENED_KNOWN != 0) {
            return bits;
        }
        let Some(el) = self.doc.element(id) else {
            return 0;
        };
        // A kind whose words are all the outside regions' searches only where those were
        // found.
        let searched = region.kind == Region::OUTSIDE_ARTICLE.kind
            || !region.words_outside_articles
            || self.opened(id, &Region::OUTSIDE_ARTICLE) & region::HOLDS_WORDS != 0;
        let bits = region::opened_bits(el, region, searched) | OPENED_KNOWN;
        let mut opened = cell.borrow_mut();
        if opened.len() != self.doc.len() {
            *opened = vec![0; self.doc.len()];
        }
        opened[id] = bits;
        bits
    }

    /// True when a node sits in a region that is not the article (see
    /// [`Region::OUTSIDE_ARTICLE`]).
    pub(crate) fn outside_article(&self, id: NodeId) -> bool {
        self.in_region(id, &Region::OUTSIDE_ARTICLE)
    }
}

/// For every node asked about, the answer of the nearest of itself and the nodes above it
/// that decides, else a default: worked out on the first request for a node by a walk up
/// from it that stops at the first node that decides or whose answer is known, and kept
/// for every node it passed. When a step asks about a few nodes (the lines that
/// hold a date), that reads their ancestors only, not every element of the page.
pub(crate) struct LazyDecisions<T> {
    answers: RefCell<Vec<Option<T>>>,
}

impl<T> Default for LazyDecisions<T> {
    fn default() -> Self {
        LazyDecisions {
            answers: RefCell::default(),
        }
    }
}

impl<T: Copy> LazyDecisions<T> {
    /// The answer for `id`: `decide` of the nearest of itself and the nodes above it that
    /// decides, else `default`. Every request must pass the same `default` and `decide`.
    pub(crate) fn get(
        &self,
        doc: &Document,
        id: NodeId,
        default: T,
        decide: impl Fn(NodeId) -> Option<T>,
    ) -> T {
        let mut answers = self.answers.borrow_mut();
        if answers.len() != doc.len() {
            *answers = vec![None; doc.len()];
        }
        let mut passed = Vec::new();
        let mut at = Some(id);
        let answer = loop {
            let Some(n) = at else {
                break default;
            };
            if let Some(known) = answers[n] {
                break known;
            }
            if let Some(decided) = decide(n) {
                answers[n] = Some(decided);
                break decided;
            }
            passed.push(n);
            at = doc.parent(n);
        };
        for n in passed {
            answers[n] = Some(answer);
        }
        answer
    }
}

/// The bit of [`Facts::opened`] that says the element was read.
const OPENED_KNOWN: u8 = 0x80;

/// The most text, whitespace included, that a heading of a headline's size holds
/// ([`Facts::headline_sized`]).
const MAX_HEADLINE_BYTES: usize = 4_000;
/// The most nodes that a heading of a headline's size holds.
const MAX_HEADLINE_NODES: usize = 2_000;

//! Page regions that are not the article: menus, sidebars, comments, related links, the
//! site's header and footer. A date, name or link found inside one belongs to something else.
//!
//! A walk up from each node asked about answers for every kind of region, each node's answer
//! kept for the page ([`super::Facts::in_region`]); a [`Region`] says what differs between
//! the kinds: which tags open one, which class or id words name one and how they are
//! matched, and whether the article's own `<article>` or `<main>` ends the search.

use std::sync::LazyLock;

#[cfg(test)]
use crate::dom::{Document, NodeId};
use crate::dom::{Element, LocalName, local_name, tags};
use crate::vocabulary::AnyAsciiWord;

/// A kind of region that is not the article.
pub(crate) struct Region {
    /// Which kind this is, an index below [`Region::KINDS`].
    pub(super) kind: usize,
    /// Elements that are such a region by their tag (`nav`, `aside`, …).
    tags: &'static [LocalName],
    /// Words of class and id tokens that name such a region.
    words: &'static [&'static str],
    /// How a class or id token must hold one of the words.
    matching: Matching,
    /// Whether the walk up stops, answering "no", at the nearest `<article>` or `<main>`.
    stops_at_article: bool,
    /// Whether the classes of `<body>` and `<html>` count. Matched anywhere in a token, they
    /// would name a region in the page's layout classes ("amasty-mega-menu",
    /// "has-sidebar", "footer-widgets-1") and put the whole page in it.
    reads_page_classes: bool,
    /// Whether all its words are words of [`Region::OUTSIDE_ARTICLE`]: a class or id in
    /// which the search for those found none holds none of these either, and needs no
    /// search of its own.
    pub(super) words_outside_articles: bool,
}

/// How a class or id token holds a region's word.
#[derive(Clone, Copy)]
enum Matching {
    /// The word alone, or at either end of a compound (`comments-area`, `sidebar_right`,
    /// `site-footer`); a word in the middle (`elementor-widget-author-box`) is a framework's
    /// naming, not a region.
    AtAnEnd,
    /// The word anywhere in the token (`tagcloud-wrapper`, `my-related-posts`), past a
    /// page builder's prefix that every block of the page carries
    /// ([`BUILDER_BLOCK_PREFIXES`]).
    Anywhere,
}

impl Region {
    /// How many kinds there are.
    pub(super) const KINDS: usize = 3;

    /// Everything that is not the article itself: comments, related links, sidebars,
    /// widgets, footers, promotions, menus, sharing. The nearest region decides: once the walk
    /// up reaches `<article>` or `<main>`, the node is in the article (a wrapper far above,
    /// left unclosed by broken markup, does not count).
    pub(crate) const OUTSIDE_ARTICLE: Region = Region {
        kind: 0,
        tags: &[
            local_name!("nav"),
            local_name!("footer"),
            local_name!("aside"),
        ],
        words: &[
            "comment",
            "comments",
            "related",
            "sidebar",
            "widget",
            "footer",
            "recommend",
            "promo",
            "teaser",
            "most-read",
            "mostread",
            "popular",
            "trending",
            "newsletter",
            "nav",
            "menu",
            "breadcrumb",
            "disqus",
            "reply",
            "share",
            "social",
            "more-stories",
            "read-more",
        ],
        matching: Matching::AtAnEnd,
        stops_at_article: true,
        reads_page_classes: true,
        words_outside_articles: true,
    };

    /// Comments, menus, sidebars, widgets and lists of other articles, wherever they sit:
    /// the author links in them belong to someone else.
    pub(crate) const COMMENTS_OR_NAV: Region = Region {
        kind: 1,
        tags: &[local_name!("nav"), local_name!("aside")],
        words: &["comment", "related", "menu", "sidebar", "widget"],
        matching: Matching::Anywhere,
        stops_at_article: false,
        reads_page_classes: false,
        words_outside_articles: true,
    };

    /// The site's chrome: menus, headers, sidebars, widgets, tag clouds, related links and
    /// comments, wherever they sit: their links are the site's, not the article's.
    pub(crate) const SITE_CHROME: Region = Region {
        kind: 2,
        tags: &[
            local_name!("nav"),
            local_name!("header"),
            local_name!("aside"),
        ],
        words: &[
            "sidebar",
            "widget",
            "menu",
            "tagcloud",
            "tag-cloud",
            "related",
            "comment",
        ],
        matching: Matching::Anywhere,
        stops_at_article: false,
        reads_page_classes: false,
        words_outside_articles: false,
    };

    /// True when this element itself opens such a region, by its tag or by a class or id
    /// token.
    pub(crate) fn opened_by(&self, el: &Element) -> bool {
        self.tags.contains(&el.name) || self.named_by(el)
    }

    /// True when a class or id token of this element names such a region (its tag aside).
    pub(crate) fn named_by(&self, el: &Element) -> bool {
        self.holds_words(el) && self.tokens_name(el)
    }

    /// True when the class or id of this element holds one of the words anywhere, letters
    /// in either case. Most elements hold none of the words in their class or id at all:
    /// one search of each attribute rules them out before their tokens are read one by one.
    fn holds_words(&self, el: &Element) -> bool {
        let word = &WORD_IN_ATTRIBUTE[self.kind];
        let maybe = |value: Option<&str>| value.is_some_and(|v| word.is_match(v));
        maybe(el.attr("class")) || maybe(el.attr("id"))
    }

    /// True when a class or id token of this element names such a region.
    fn tokens_name(&self, el: &Element) -> bool {
        el.classes()
            .chain(el.attr("id"))
            .any(|token| self.names(token))
    }

    /// True when a class or id token names such a region.
    fn names(&self, token: &str) -> bool {
        // Lower-cased only when it has capitals: this runs on every token of every element
        // above each node asked about.
        let token: std::borrow::Cow<str> = if token.bytes().any(|b| b.is_ascii_uppercase()) {
            token.to_ascii_lowercase().into()
        } else {
            token.into()
        };
        match self.matching {
            Matching::Anywhere => {
                let rest = BUILDER_BLOCK_PREFIXES
                    .iter()
                    .find_map(|p| token.strip_prefix(p))
                    .unwrap_or(&token);
                self.words.iter().any(|w| rest.contains(w))
            }
            // The token whole, or the part before or after any `-` or `_` in it, is a word.
            Matching::AtAnEnd => {
                let is_word = |part: &str| self.words.contains(&part);
                is_word(&token)
                    || token
                        .match_indices(['-', '_'])
                        .any(|(at, _)| is_word(&token[..at]) || is_word(&token[at + 1..]))
            }
        }
    }
}

/// For each kind of [`Region`], any of its words in a class or id attribute, letters in
/// either case: a token that names the region holds one of them.
static WORD_IN_ATTRIBUTE: [LazyLock<AnyAsciiWord>; Region::KINDS] = [
    LazyLock::new(|| AnyAsciiWord::new(Region::OUTSIDE_ARTICLE.words.iter().copied())),
    LazyLock::new(|| AnyAsciiWord::new(Region::COMMENTS_OR_NAV.words.iter().copied())),
    LazyLock::new(|| AnyAsciiWord::new(Region::SITE_CHROME.words.iter().copied())),
];

/// Class prefixes a page builder gives every block of the page, the article's text and
/// byline included (`elementor-widget-text-editor`, `elementor-widget-wrap`): the word
/// "widget" in them names the builder's block, not a sidebar widget. What follows the
/// prefix still counts (`elementor-widget-sidebar`).
const BUILDER_BLOCK_PREFIXES: &[&str] = &["elementor-widget"];

/// True when a node, or an element above it, opens a region of this kind (for
/// [`Region::OUTSIDE_ARTICLE`], unless the article's `<article>` or `<main>` comes first).
/// The same walk up without kept answers, to check [`super::Facts::in_region`] against.
#[cfg(test)]
fn in_region(doc: &Document, node: NodeId, region: &Region) -> bool {
    for a in std::iter::once(node).chain(doc.ancestors(node)) {
        if let Some(answer) = doc
            .element(a)
            .and_then(|el| region.decides(el, region.opened_by(el)))
        {
            return answer;
        }
    }
    false
}

/// An element opens a region ([`Region::opened_by`]); a bit of [`opened_bits`].
pub(super) const OPENS: u8 = 1;
/// An element's class or id holds one of the region's words; a bit of [`opened_bits`].
pub(super) const HOLDS_WORDS: u8 = 2;

/// Whether an element itself opens a region of this kind ([`Region::opened_by`], bit
/// [`OPENS`]), and whether its class or id holds one of the kind's words (bit
/// [`HOLDS_WORDS`]). `searched` is false when the words are known to be absent: a kind
/// whose words are all [`Region::OUTSIDE_ARTICLE`]'s ([`Region::words_outside_articles`])
/// holds none where those were not found.
pub(super) fn opened_bits(el: &Element, region: &Region, searched: bool) -> u8 {
    let holds = searched && region.holds_words(el);
    let opens = region.tags.contains(&el.name) || (holds && region.tokens_name(el));
    (u8::from(opens) * OPENS) | (u8::from(holds) * HOLDS_WORDS)
}

/// True when a class or id token of an element holds one of `words` (lower-case ASCII,
/// without spaces), letters in either case (`twitter-tweet`, `allComments`). Read off the
/// whole attribute: a word without spaces lies in one token.
pub(crate) fn class_or_id_holds(el: &Element, words: &[&str]) -> bool {
    [el.attr("class"), el.attr("id")]
        .into_iter()
        .flatten()
        .any(|value| holds_ignoring_case(value, words))
}

/// True when `value` holds one of `words` (lower-case ASCII), ASCII letters in either case.
fn holds_ignoring_case(value: &str, words: &[&str]) -> bool {
    // Lower-cased only when it has capitals: most class and id values have none.
    let value: std::borrow::Cow<str> = if value.bytes().any(|b| b.is_ascii_uppercase()) {
        value.to_ascii_lowercase().into()
    } else {
        value.into()
    };
    words.iter().any(|word| value.contains(word))
}

impl Region {
    /// What this element says of the nodes inside it, nearest first: `Some(false)` when it
    /// ends the search (the page's `<body>` or the article), `Some(true)` when it opens such
    /// a region (`opened`, [`Region::opened_by`]), `None` when the element above decides.
    pub(super) fn decides(&self, el: &Element, opened: bool) -> Option<bool> {
        if !self.reads_page_classes && matches!(el.name, local_name!("body") | local_name!("html"))
        {
            return Some(false);
        }
        if self.stops_at_article && tags::is_article_root(&el.name) {
            return Some(false);
        }
        opened.then_some(true)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Whether each node sits in a region of this kind, as the page's facts answer.
    fn regions_of(doc: &Document, region: &Region) -> Vec<bool> {
        let facts = super::super::Facts::new(doc, None);
        (0..doc.len())
            .map(|id| facts.in_region(id, region))
            .collect()
    }

    #[test]
    fn a_kind_within_the_outside_words_opens_as_with_its_own_search() {
        for region in [&Region::COMMENTS_OR_NAV, &Region::SITE_CHROME] {
            let within = region
                .words
                .iter()
                .all(|w| Region::OUTSIDE_ARTICLE.words.contains(w));
            assert_eq!(region.words_outside_articles, within);
        }
        let doc = Document::parse(
            r#"<div class="Main-Menu"><nav>x</nav><p class="my-related-posts">y</p><b id="commentBox">z</b><i class="tagcloud">w</i></div>"#,
        );
        let facts = super::super::Facts::new(&doc, None);
        for region in [&Region::COMMENTS_OR_NAV, &Region::SITE_CHROME] {
            for id in 0..doc.len() {
                let el = doc.element(id);
                let alone = el.is_some_and(|el| opened_bits(el, region, true) & OPENS != 0);
                // The facts narrow the search by the outside regions' words.
                assert_eq!(alone, facts.opens_region(id, region), "node {id}");
                assert_eq!(
                    alone,
                    el.is_some_and(|el| region.opened_by(el)),
                    "node {id}"
                );
            }
        }
        assert!(facts.opens_region(first(&doc, "i"), &Region::SITE_CHROME));
        assert!(facts.opens_region(first(&doc, "p"), &Region::COMMENTS_OR_NAV));
    }

    #[test]
    fn words_in_a_class_or_id_in_either_case() {
        let doc = Document::parse(
            r#"<div class="main allComments-list">a</div><div id="X-TWITTER-TWEET">b</div><div class="comm ent" id="ment">c</div>"#,
        );
        let holds = |index: usize, words: &[&str]| {
            let (_, el) = doc
                .elements()
                .filter(|(_, e)| &*e.name == "div")
                .nth(index)
                .expect("div");
            class_or_id_holds(el, words)
        };
        assert!(holds(0, &["comment"]));
        assert!(holds(1, &["fb-post", "twitter-tweet"]));
        assert!(!holds(1, &["comment"]));
        // A word across two tokens, or across the class and the id, is no token's.
        assert!(!holds(2, &["comment"]));
    }

    fn first(doc: &Document, name: &str) -> NodeId {
        doc.elements()
            .find(|(_, e)| &*e.name == name)
            .map(|(id, _)| id)
            .expect("element")
    }

    #[test]
    fn each_kind_has_its_own_attribute_search() {
        for region in [
            &Region::OUTSIDE_ARTICLE,
            &Region::COMMENTS_OR_NAV,
            &Region::SITE_CHROME,
        ] {
            let search = &WORD_IN_ATTRIBUTE[region.kind];
            for word in region.words {
                assert!(
                    search.is_match(&format!("x {} y", word.to_uppercase())),
                    "{word}"
                );
            }
            assert!(!search.is_match("entry-content story"));
        }
    }

    #[test]
    fn marks_agree_with_the_walk_up() {
        let doc = Document::parse(
            r#"<body class="has-sidebar"><div class="sidebar"><article><p>in</p></article><span>out</span></div><nav><a>x</a></nav><p>text</p></body>"#,
        );
        for region in [
            &Region::OUTSIDE_ARTICLE,
            &Region::COMMENTS_OR_NAV,
            &Region::SITE_CHROME,
        ] {
            for (id, mark) in regions_of(&doc, region).into_iter().enumerate() {
                assert_eq!(mark, in_region(&doc, id, region), "node {id}");
            }
        }
        assert!(regions_of(&doc, &Region::SITE_CHROME)[first(&doc, "a")]);
    }

    #[test]
    fn outside_article_stops_at_the_article() {
        let doc = Document::parse(
            r#"<div class="sidebar"><article><p>in</p></article><span>out</span></div>"#,
        );
        assert!(!in_region(&doc, first(&doc, "p"), &Region::OUTSIDE_ARTICLE));
        assert!(in_region(
            &doc,
            first(&doc, "span"),
            &Region::OUTSIDE_ARTICLE
        ));
        // The other kinds look all the way up.
        assert!(in_region(&doc, first(&doc, "p"), &Region::COMMENTS_OR_NAV));
        assert!(in_region(&doc, first(&doc, "p"), &Region::SITE_CHROME));
    }

    #[test]
    fn words_at_an_end_or_anywhere() {
        let doc = Document::parse(
            r#"<div class="post-author-box"><p>x</p></div><div class="comments-area"><b>y</b></div><div class="my-related-posts"><i>z</i></div>"#,
        );
        assert!(!in_region(&doc, first(&doc, "p"), &Region::OUTSIDE_ARTICLE));
        assert!(in_region(&doc, first(&doc, "b"), &Region::OUTSIDE_ARTICLE));
        assert!(!in_region(&doc, first(&doc, "i"), &Region::OUTSIDE_ARTICLE));
        assert!(in_region(&doc, first(&doc, "i"), &Region::COMMENTS_OR_NAV));
    }

    #[test]
    fn a_page_builders_blocks_are_not_widgets() {
        // Elementor calls every block a widget, the byline's included.
        let doc = Document::parse(
            r#"<div class="elementor-widget-wrap"><div class="elementor-widget-author-box"><p>x</p></div></div><div class="elementor-widget-sidebar"><b>y</b></div><div class="sidebar-widget"><i>z</i></div>"#,
        );
        assert!(!in_region(&doc, first(&doc, "p"), &Region::COMMENTS_OR_NAV));
        assert!(!in_region(&doc, first(&doc, "p"), &Region::SITE_CHROME));
        assert!(in_region(&doc, first(&doc, "b"), &Region::COMMENTS_OR_NAV));
        assert!(in_region(&doc, first(&doc, "i"), &Region::SITE_CHROME));
    }

    #[test]
    fn layout_classes_of_the_page_name_no_region_anywhere() {
        // "amasty-mega-menu" on <body> describes the page's layout, not a menu around it.
        let doc = Document::parse(
            r#"<html class="has-sidebar"><body class="amasty-mega-menu"><p>x</p><div class="mega-menu"><b>y</b></div></body></html>"#,
        );
        assert!(!in_region(&doc, first(&doc, "p"), &Region::COMMENTS_OR_NAV));
        assert!(!in_region(&doc, first(&doc, "p"), &Region::SITE_CHROME));
        assert!(in_region(&doc, first(&doc, "b"), &Region::COMMENTS_OR_NAV));
    }

    #[test]
    fn kept_answers_agree_with_the_walk_up_in_any_order() {
        let doc = Document::parse(
            r#"<html class="has-sidebar"><body><div class="sidebar"><article><p>in</p><nav><b>x</b></nav></article>
            <span>out</span></div><div class="comments-area"><i>y</i><main><u>z</u></main></div></body></html>"#,
        );
        for region in [
            &Region::OUTSIDE_ARTICLE,
            &Region::COMMENTS_OR_NAV,
            &Region::SITE_CHROME,
        ] {
            let all = regions_of(&doc, region);
            // Asked deepest first, the walks up keep answers the later ones stop at.
            let facts = super::super::Facts::new(&doc, None);
            for id in (0..doc.len()).rev() {
                assert_eq!(all[id], in_region(&doc, id, region), "node {id}");
                assert_eq!(all[id], facts.in_region(id, region), "node {id}");
            }
        }
    }

    #[test]
    fn tags_differ_by_kind() {
        let doc = Document::parse(r#"<header><p>x</p></header><footer><b>y</b></footer>"#);
        assert!(in_region(&doc, first(&doc, "p"), &Region::SITE_CHROME));
        assert!(!in_region(&doc, first(&doc, "p"), &Region::COMMENTS_OR_NAV));
        assert!(in_region(&doc, first(&doc, "b"), &Region::OUTSIDE_ARTICLE));
        assert!(!in_region(&doc, first(&doc, "b"), &Region::SITE_CHROME));
    }
}

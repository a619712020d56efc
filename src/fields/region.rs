//! Page regions that are not the article: menus, sidebars, comments, related links, the
//! site's header and footer. A date, name or link found inside one belongs to something else.
//!
//! One walk, [`in_region`], answers for every kind of region; a [`Region`] says what differs
//! between the kinds: which tags open one, which class or id words name one and how they are
//! matched, and whether the article's own `<article>` or `<main>` ends the search.

use crate::dom::{Document, Element, NodeId};

/// A kind of region that is not the article.
pub(crate) struct Region {
    /// Elements that are such a region by their tag (`nav`, `aside`, …).
    tags: &'static [&'static str],
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
    /// Everything that is not the article itself: comments, related links, sidebars,
    /// widgets, footers, promotions, menus, sharing. The nearest region decides: once the walk
    /// up reaches `<article>` or `<main>`, the node is in the article (a wrapper far above,
    /// left unclosed by broken markup, does not count).
    pub(crate) const OUTSIDE_ARTICLE: Region = Region {
        tags: &["nav", "footer", "aside"],
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
    };

    /// Comments, menus, sidebars, widgets and lists of other articles, wherever they sit:
    /// the author links in them belong to someone else.
    pub(crate) const COMMENTS_OR_NAV: Region = Region {
        tags: &["nav", "aside"],
        words: &["comment", "related", "menu", "sidebar", "widget"],
        matching: Matching::Anywhere,
        stops_at_article: false,
        reads_page_classes: false,
    };

    /// The site's chrome: menus, headers, sidebars, widgets, tag clouds, related links and
    /// comments, wherever they sit: their links are the site's, not the article's.
    pub(crate) const SITE_CHROME: Region = Region {
        tags: &["nav", "header", "aside"],
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
    };

    /// True when this element itself opens such a region, by its tag or by a class or id
    /// token.
    pub(crate) fn opened_by(&self, el: &Element) -> bool {
        if self.tags.contains(&&*el.name) {
            return true;
        }
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

/// Class prefixes a page builder gives every block of the page, the article's text and
/// byline included (`elementor-widget-text-editor`, `elementor-widget-wrap`): the word
/// "widget" in them names the builder's block, not a sidebar widget. What follows the
/// prefix still counts (`elementor-widget-sidebar`).
const BUILDER_BLOCK_PREFIXES: &[&str] = &["elementor-widget"];

/// True when a node, or an element above it, opens a region of this kind (for
/// [`Region::OUTSIDE_ARTICLE`], unless the article's `<article>` or `<main>` comes first).
pub(crate) fn in_region(doc: &Document, node: NodeId, region: &Region) -> bool {
    use crate::dom::local_name;
    for a in std::iter::once(node).chain(doc.ancestors(node)) {
        let Some(el) = doc.element(a) else {
            continue;
        };
        if !region.reads_page_classes
            && matches!(el.name, local_name!("body") | local_name!("html"))
        {
            return false;
        }
        if region.stops_at_article
            && matches!(el.name, local_name!("article") | local_name!("main"))
        {
            return false;
        }
        if region.opened_by(el) {
            return true;
        }
    }
    false
}

/// For every node of the page, whether [`in_region`] holds for it: one pass down the tree,
/// each node taking its parent's answer unless it decides itself, for callers that ask
/// about many nodes (each `in_region` walks up to the root).
pub(crate) fn region_marks(doc: &Document, region: &Region) -> Vec<bool> {
    use crate::dom::local_name;
    let mut marks = vec![false; doc.len()];
    for id in 0..doc.len() {
        let inherited = doc.parent(id).is_some_and(|p| marks[p]);
        marks[id] = match doc.element(id) {
            None => inherited,
            Some(el)
                if !region.reads_page_classes
                    && matches!(el.name, local_name!("body") | local_name!("html")) =>
            {
                false
            }
            Some(el)
                if region.stops_at_article
                    && matches!(el.name, local_name!("article") | local_name!("main")) =>
            {
                false
            }
            Some(el) => region.opened_by(el) || inherited,
        };
    }
    marks
}

#[cfg(test)]
mod tests {
    use super::*;

    fn first(doc: &Document, name: &str) -> NodeId {
        doc.elements()
            .find(|(_, e)| &*e.name == name)
            .map(|(id, _)| id)
            .expect("element")
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
            let marks = region_marks(&doc, region);
            for (id, &mark) in marks.iter().enumerate() {
                assert_eq!(mark, in_region(&doc, id, region), "node {id}");
            }
        }
        assert!(region_marks(&doc, &Region::SITE_CHROME)[first(&doc, "a")]);
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
    fn tags_differ_by_kind() {
        let doc = Document::parse(r#"<header><p>x</p></header><footer><b>y</b></footer>"#);
        assert!(in_region(&doc, first(&doc, "p"), &Region::SITE_CHROME));
        assert!(!in_region(&doc, first(&doc, "p"), &Region::COMMENTS_OR_NAV));
        assert!(in_region(&doc, first(&doc, "b"), &Region::OUTSIDE_ARTICLE));
        assert!(!in_region(&doc, first(&doc, "b"), &Region::SITE_CHROME));
    }
}

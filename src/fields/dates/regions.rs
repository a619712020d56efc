//! Where on the page a date stands: the main headline, the site's header, comment threads,
//! embedded posts, and the regions that are not the article.

use super::Reader;
use crate::dom::{Document, Element, NodeId, local_name, tags};
use crate::facts::{LazyDecisions, Region, class_or_id_holds};

/// Where the nodes the dates are read from stand, each node and element above it worked
/// out once: the dates ask about a few lines and `<time>` elements, and a walk up from each
/// that keeps its answers reads only their ancestors, not every element of the page.
#[derive(Default)]
pub(super) struct Places {
    outside: LazyDecisions<bool>,
    comments: LazyDecisions<bool>,
    embed: LazyDecisions<bool>,
}

/// Class and id words of an embedded post (a tweet, an Instagram or Facebook post, a
/// TikTok): its date is when that post was made.
const EMBED_TOKENS: &[&str] = &[
    "twitter-tweet",
    "instagram-media",
    "tiktok-embed",
    "fb-post",
    "fb-xfbml-parse-ignore",
    "embedded-post",
    "social-embed",
];

/// Class and id words of a comment thread (`comments-list`, `allComments`).
const COMMENT_TOKENS: &[&str] = &["comment"];

impl Reader<'_> {
    /// True when `node` sits in a quotation or an embedded post (below the headline's
    /// ancestors): a date there is the quoted text's or the post's.
    pub(super) fn in_embed(&self, node: NodeId) -> bool {
        let doc = self.ctx.doc;
        self.places.embed.get(doc, node, false, |a| {
            if self.h1.is_some_and(|h| doc.holds(a, h)) {
                return Some(false);
            }
            let el = doc.element(a)?;
            (el.name == local_name!("blockquote") || class_or_id_holds(el, EMBED_TOKENS))
                .then_some(true)
        })
    }

    /// True when `node` sits in a comment thread (`comments-list`, `allComments`), below
    /// the headline's ancestors: a page's `<body class="comments-open">` holds its story.
    pub(super) fn in_comments(&self, node: NodeId) -> bool {
        let doc = self.ctx.doc;
        self.places.comments.get(doc, node, false, |a| {
            if self.h1.is_some_and(|h| doc.holds(a, h)) {
                return Some(false);
            }
            let e = doc.element(a)?;
            if matches!(e.name, local_name!("body") | local_name!("html")) {
                return Some(false);
            }
            class_or_id_holds(e, COMMENT_TOKENS).then_some(true)
        })
    }

    /// True when `node` sits in a region that is not the article. Only the regions below
    /// the headline's ancestors count: a page that wraps its whole story in
    /// `id="sidebar"` still has its meta line in the story. An article's own footer
    /// (`<article>…<footer>Posted on …</footer></article>`) is the article's.
    pub(super) fn outside(&self, node: NodeId) -> bool {
        let doc = self.ctx.doc;
        self.places.outside.get(doc, node, false, |a| {
            let el = doc.element(a)?;
            match self.h1 {
                Some(h1) if doc.holds(a, h1) => return Some(false),
                // Without a headline, the nearest `<article>` or `<main>` holds the story.
                None if tags::is_article_root(&el.name) => {
                    return Some(false);
                }
                _ => {}
            }
            // Whether the element opens such a region is a page fact, read once.
            let opens = self.ctx.facts.opens_region(a, &Region::OUTSIDE_ARTICLE);
            (opens && !(is_footer(el) && in_article_item(doc, a))).then_some(true)
        })
    }
}

/// True when an element is a footer, by its tag or a class or id word (`entry-footer`,
/// `footer`).
fn is_footer(el: &Element) -> bool {
    el.name == local_name!("footer")
        || el.classes().chain(el.attr("id")).any(|t| {
            let t = t.to_ascii_lowercase();
            t == "footer"
                || t.starts_with("footer-")
                || t.starts_with("footer_")
                || t.ends_with("-footer")
                || t.ends_with("_footer")
        })
}

/// True when an element above `node` is an article: `<article>`, or an item of a
/// schema.org article type (`itemtype=".../NewsArticle"`, `BlogPosting`).
fn in_article_item(doc: &Document, node: NodeId) -> bool {
    doc.ancestors(node).any(|a| {
        doc.element(a).is_some_and(|e| {
            e.name == local_name!("article")
                || e.attr("itemtype").is_some_and(|t| {
                    let t = t.trim_end_matches('/');
                    t.ends_with("Article") || t.ends_with("BlogPosting")
                })
        })
    })
}

//! The tag list a reader sees, found by its shape rather than by one site's markup.
//!
//! Two kinds of list, each a rule of its own:
//! - **tag links** (`tags.tag-links`): a run of two or more short links, next to each other,
//!   each marked as a tag the same way: hrefs into one tag path family (`/tag/…`,
//!   `/themen/…`, [`TAG_PATH_WORDS`]), `rel="tag"`, or `itemprop="keywords"`;
//! - **a labelled list** (`tags.labelled-list`): the links of a container that names itself
//!   a tag list, by a class or id word ([`TAG_LIST_CLASS_WORDS`]) or by a label written
//!   just before it ("Tags:", "Schlagworte:", [`TAG_LABELS`]).
//!
//! Either kind counts only outside the site's navigation: menus, sidebars, widgets, related
//! links and comments. A `<nav>`, `<aside>` or `<header>` inside the page's `<article>` or
//! `<main>` is the article's own. The first list in document order wins.

use std::collections::HashSet;
use std::sync::LazyLock;

use super::byline::domain_label;
use super::{Context, Region, text_key};
use crate::dom::{Document, NodeData, NodeId, local_name, tags};
use crate::rules::{Rule, on};
use crate::vocabulary::all;
use crate::vocabulary::tags::{
    NOT_TAG_LIST_WORDS, TAG_LABELS, TAG_LIST_CLASS_WORDS, TAG_PATH_WORDS,
};

/// Longest tag: a link with more words or characters is a headline, not a tag.
const MAX_TAG_WORDS: usize = 6;
const MAX_TAG_CHARS: usize = 60;
/// Most links a tag list holds; more is a menu or an index.
const MAX_TAGS: usize = 30;
/// Most characters of other text between two links of one run (separators, a label).
const MAX_GAP_CHARS: usize = 3;

/// A visible tag list: its links' texts and how it was found.
pub(super) struct TagList {
    /// The link texts, in order.
    pub tags: Vec<String>,
    /// The element holding the list, for the provenance.
    pub container: NodeId,
    /// The rule that found it.
    pub rule: &'static str,
}

/// What makes a link part of a list.
#[derive(Clone, PartialEq, Eq)]
enum Mark {
    /// It sits in this container, named as a tag list by a class or id word (`false`) or
    /// opened by a label (`true`).
    Named(NodeId, bool),
    /// Its href goes into this tag path family, or it is marked `rel=tag` / `itemprop`.
    Link(String),
}

/// Marks by which the page itself says a link is a tag.
const EXPLICIT_MARKS: &[&str] = &["rel=tag", "itemprop=keywords"];

/// A run of links being gathered.
struct Run {
    mark: Mark,
    links: Vec<NodeId>,
}

/// The page's visible tag list: the first list named as tags, else the first run of tag
/// links (a named list says what it is; a run may be a bar of trending topics).
pub(super) fn find(ctx: &Context) -> Option<TagList> {
    let mut first_run = None;
    for list in lists(ctx) {
        if list.rule == NAMED {
            return Some(list);
        }
        first_run.get_or_insert(list);
    }
    first_run
}

const NAMED: &str = "heuristic:labelled-list";

/// The tag lists of the page that pass [`accepted`], in document order.
fn lists(ctx: &Context) -> Vec<TagList> {
    let doc = ctx.doc;
    let mut seen = Seen::new(doc.len());
    let mut found = Vec::new();
    let mut run: Option<Run> = None;
    let mut last_link: Option<NodeId> = None;
    for (id, el) in doc.elements() {
        if el.name != local_name!("a") {
            continue;
        }
        let previous = last_link.replace(id);
        if let Some(r) = run.as_mut()
            && let Mark::Named(container, _) = r.mark
            && doc.holds(container, id)
        {
            r.links.push(id);
            continue;
        }
        let mark = link_mark(ctx, &mut seen, id);
        let joins = |r: &Run| {
            Some(&r.mark) == mark.as_ref()
                && previous == r.links.last().copied()
                && previous.is_some_and(|p| gap_chars(doc, p, id) <= MAX_GAP_CHARS)
        };
        match run.as_mut() {
            Some(r) if joins(r) => r.links.push(id),
            _ => {
                found.extend(run.take().and_then(|r| accepted(ctx, r)));
                run = mark.map(|mark| Run {
                    mark,
                    links: vec![id],
                });
            }
        }
    }
    found.extend(run.and_then(|r| accepted(ctx, r)));
    found
}

/// What [`named_container`] has found out about each node so far: the links of a page share
/// their ancestors, so each ancestor is read once, not once per link below it.
struct Seen {
    /// Whether the element's class or id names a tag list.
    names_list: Vec<Option<bool>>,
    /// Whether a tag label comes just before the node.
    after_label: Vec<Option<bool>>,
}

impl Seen {
    fn new(nodes: usize) -> Self {
        Seen {
            names_list: vec![None; nodes],
            after_label: vec![None; nodes],
        }
    }
}

/// How a link is marked as part of a tag list, if it is.
fn link_mark(ctx: &Context, seen: &mut Seen, link: NodeId) -> Option<Mark> {
    if on(Rule::TagsLabelledList)
        && let Some((container, labelled)) = named_container(ctx, seen, link)
    {
        return Some(Mark::Named(container, labelled));
    }
    if !on(Rule::TagsTagLinks) {
        return None;
    }
    // The link's text is read only for a link marked as a tag: most links are not.
    link_marked(ctx, link).filter(|_| is_short(&ctx.facts.text(link)))
}

/// How a link is marked as a tag, by its `rel`, `itemprop`, class or href, whatever its text.
fn link_marked(ctx: &Context, link: NodeId) -> Option<Mark> {
    let doc = ctx.doc;
    let rel = doc.attr(link, "rel").unwrap_or("");
    let has_rel = |word: &str| {
        rel.split_ascii_whitespace()
            .any(|r| r.eq_ignore_ascii_case(word))
    };
    // WordPress marks categories `rel="category tag"`: those are the section, not tags.
    if has_rel("tag") && !has_rel("category") {
        return Some(Mark::Link("rel=tag".into()));
    }
    if doc
        .attr(link, "itemprop")
        .is_some_and(|p| p.split_ascii_whitespace().any(|p| p == "keywords"))
    {
        return Some(Mark::Link("itemprop=keywords".into()));
    }
    let el = doc.element(link)?;
    if el.classes().any(names_tag_list) {
        return Some(Mark::Link("class".into()));
    }
    el.attr("href").and_then(tag_path_family).map(Mark::Link)
}

/// The container a link sits in that a tag label opens ("Tags: …"), else the outermost
/// container a few levels up that names itself a tag list by a class or id word; and
/// whether a label opened it.
fn named_container(ctx: &Context, seen: &mut Seen, link: NodeId) -> Option<(NodeId, bool)> {
    let doc = ctx.doc;
    let mut named = None;
    let mut node = link;
    for level in 0..6 {
        let Some(parent) = doc.parent(node) else {
            break;
        };
        if level < 3
            && named.is_none()
            && *seen.after_label[node].get_or_insert_with(|| previous_is_label(ctx, node))
        {
            return Some((parent, true));
        }
        let names_list = *seen.names_list[parent].get_or_insert_with(|| {
            doc.element(parent)
                .is_some_and(|el| el.classes().chain(el.attr("id")).any(names_tag_list))
        });
        if names_list {
            named = Some(parent);
        }
        node = parent;
    }
    named.map(|container| (container, false))
}

/// True when the text or element just before a node is a tag label with its colon
/// ("Tags:", "Mots-clés :").
fn previous_is_label(ctx: &Context, node: NodeId) -> bool {
    let doc = ctx.doc;
    let Some(parent) = doc.parent(node) else {
        return false;
    };
    let siblings = doc.children(parent);
    // Children are listed in document order, which is id order.
    let Ok(at) = siblings.binary_search(&node) else {
        return false;
    };
    let is_label_before = |text: &str| text.ends_with(':') && is_label(text);
    for &s in siblings[..at].iter().rev() {
        match &doc.node(s).data {
            NodeData::Text(t) if !t.trim().is_empty() => return is_label_before(t.trim()),
            NodeData::Element(_) if ctx.facts.key(s).len() <= 30 => {
                // A key is its text's, so a text with words that are no label's is not one:
                // its text is not written out.
                let key = ctx.facts.key(s);
                if !key.is_empty() && !LABELS.contains(key) {
                    return false;
                }
                let text = ctx.facts.text(s);
                if !text.is_empty() {
                    return is_label_before(&text);
                }
            }
            _ => {}
        }
    }
    false
}

/// True when a text is a tag label ("Tags:", "Schlagwörter"), its colon aside.
fn is_label(text: &str) -> bool {
    LABELS.contains(text_key(text).as_str())
}

/// The tag labels as comparison keys.
static LABELS: LazyLock<HashSet<String>> =
    LazyLock::new(|| all(TAG_LABELS).map(text_key).collect());

/// True when a class or id token names a tag list, in any case: one of the words alone, or
/// at either end of a compound (`post-tags`, `tags_box`).
pub(super) fn names_tag_list(token: &str) -> bool {
    // Most pieces are of a length no word has; the others meet a few words only.
    let is_word = |piece: &str| {
        CLASS_WORDS_BY_LENGTH
            .get(piece.len())
            .is_some_and(|words| words.iter().any(|w| piece.eq_ignore_ascii_case(w)))
    };
    // Each `-` or `_` is where a word may end the token or begin it.
    is_word(token)
        || token
            .bytes()
            .enumerate()
            .filter(|&(_, b)| b == b'-' || b == b'_')
            .any(|(at, _)| is_word(&token[..at]) || is_word(&token[at + 1..]))
}

/// [`TAG_LIST_CLASS_WORDS`] by their length in bytes: the words of length `n` at `n`.
static CLASS_WORDS_BY_LENGTH: LazyLock<Vec<Vec<&'static str>>> = LazyLock::new(|| {
    let longest = TAG_LIST_CLASS_WORDS
        .iter()
        .map(|w| w.len())
        .max()
        .unwrap_or(0);
    let mut by_length = vec![Vec::new(); longest + 1];
    for word in TAG_LIST_CLASS_WORDS {
        if let Some(words) = by_length.get_mut(word.len()) {
            words.push(*word);
        }
    }
    by_length
});

/// The tag path family of an href: its path up to and including a tag path word, when
/// the tag's own slug follows (`/blog/tag/` of `/blog/tag/harbour-ferries/`), or its
/// `tag` query key.
fn tag_path_family(href: &str) -> Option<String> {
    let href = href.trim();
    let (path, query) = href.split_once('?').unwrap_or((href, ""));
    let path = path.split('#').next().unwrap_or(path);
    let path = match path.split_once("://") {
        Some((_, rest)) => rest.find('/').map_or("", |i| &rest[i..]),
        None => path,
    };
    let segments: Vec<&str> = path
        .split('/')
        .filter(|s| !s.is_empty() && *s != "." && *s != "..")
        .collect();
    // The path words are lower-case ASCII.
    let is_tag_word = |s: &str| all(TAG_PATH_WORDS).any(|w| s.eq_ignore_ascii_case(w));
    if let Some(at) = segments[..segments.len().saturating_sub(1)]
        .iter()
        .position(|s| is_tag_word(s))
    {
        return Some(segments[..=at].join("/").to_ascii_lowercase());
    }
    // A `tag` query names the tag on one listing page (`/search?tag=ferries`); on pages
    // that differ it is something else (a shop's affiliate tag).
    query
        .split('&')
        .filter_map(|pair| pair.split_once('='))
        .find(|(key, value)| matches!(*key, "tag" | "tags") && !value.is_empty())
        .map(|(key, _)| format!("{}?{key}", segments.join("/").to_ascii_lowercase()))
}

/// True when a link's text is short enough to be a tag.
fn is_short(text: &str) -> bool {
    !text.is_empty()
        && text.chars().count() <= MAX_TAG_CHARS
        && text.split_whitespace().count() <= MAX_TAG_WORDS
}

/// The characters of text between the end of one link and the start of the next, other
/// than spaces and separators, counted up to a little past `MAX_GAP_CHARS`.
fn gap_chars(doc: &Document, before: NodeId, link: NodeId) -> usize {
    let mut count = 0;
    for id in doc.subtree_end(before)..link {
        if let NodeData::Text(t) = &doc.node(id).data {
            count += t
                .chars()
                .filter(|c| !c.is_whitespace() && !matches!(c, ',' | ';' | '|' | '·' | '•' | '/'))
                .count();
            if count > MAX_GAP_CHARS {
                break;
            }
        }
    }
    count
}

/// The run as a tag list, when it has the shape of one and sits outside the site's
/// navigation.
fn accepted(ctx: &Context, run: Run) -> Option<TagList> {
    let doc = ctx.doc;
    // A class word alone names many a box of one link; a list of one tag needs its label,
    // or markup that says the link is a tag.
    let (container, rule, fewest) = match run.mark {
        Mark::Named(container, labelled) => (container, NAMED, if labelled { 1 } else { 2 }),
        Mark::Link(ref how) => {
            let fewest = if EXPLICIT_MARKS.contains(&how.as_str()) {
                1
            } else {
                2
            };
            if run.links.len() < fewest {
                return None;
            }
            (
                common_ancestor(doc, &run.links)?,
                "heuristic:tag-links",
                fewest,
            )
        }
    };
    let tags: Vec<String> = run
        .links
        .iter()
        .filter(|&&l| links_within_site(ctx, l))
        .map(|&l| ctx.facts.text(l))
        .filter(|t| is_short(t) && !is_label(t))
        .collect();
    if tags.len() < fewest || tags.len() > MAX_TAGS || in_site_navigation(ctx, container) {
        return None;
    }
    // Links in running text are the writer's, not a list: the list's own text is mostly
    // its links.
    let link_chars: usize = tags.iter().map(|t| t.chars().count()).sum();
    if ctx.facts.text(container).chars().count() > 2 * link_chars + 40 {
        return None;
    }
    Some(TagList {
        tags,
        container,
        rule,
    })
}

/// True when a link leads to a page of the same site: a tag is the site's own listing, not
/// a sharing button, another site or a script.
fn links_within_site(ctx: &Context, link: NodeId) -> bool {
    // A link without an address is a tag a script opens.
    let href = ctx.doc.attr(link, "href").unwrap_or("").trim();
    let lower = href.to_ascii_lowercase();
    if ["javascript:", "mailto:", "tel:", "#"]
        .iter()
        .any(|p| lower.starts_with(p))
    {
        return false;
    }
    let rest = ["//", "http://", "https://"]
        .iter()
        .find_map(|p| lower.strip_prefix(p));
    let Some(rest) = rest else {
        return true;
    };
    let host = rest.split(['/', '?', '#', ':']).next().unwrap_or("");
    match ctx.facts.host() {
        Some(page) => domain_label(host) == domain_label(page),
        None => true,
    }
}

/// The nearest element holding every link.
fn common_ancestor(doc: &Document, links: &[NodeId]) -> Option<NodeId> {
    let (first, last) = (*links.first()?, *links.last()?);
    doc.ancestors(first).find(|&a| doc.holds(a, last))
}

/// True when a node sits in the site's menus, sidebars, widgets, related links or
/// comments, or, outside `<article>` and `<main>`, in a `<nav>`, `<aside>`, `<header>` or
/// another region that is not the article (a footer, a share bar, a promotion).
fn in_site_navigation(ctx: &Context, node: NodeId) -> bool {
    let doc = ctx.doc;
    let above: Vec<NodeId> = std::iter::once(node)
        .chain(doc.ancestors(node))
        .take_while(|&a| {
            !matches!(
                doc.tag(a),
                Some(&local_name!("body") | &local_name!("html"))
            )
        })
        .collect();
    let in_article = above
        .iter()
        .any(|&a| doc.tag(a).is_some_and(tags::is_article_root));
    above.iter().filter_map(|&a| doc.element(a)).any(|el| {
        Region::SITE_CHROME.named_by(el)
            || el.classes().chain(el.attr("id")).any(|t| {
                let t = t.to_ascii_lowercase();
                NOT_TAG_LIST_WORDS.iter().any(|w| t.contains(w))
            })
            || (!in_article
                && (Region::SITE_CHROME.opened_by(el) || Region::OUTSIDE_ARTICLE.opened_by(el)))
    })
}

#[cfg(test)]
mod tests {
    use super::{names_tag_list, tag_path_family};
    use crate::extract;

    const STORY: &str = "<h1>Harbour ferries return</h1><p>The ferries of the harbour ran \
        again on Monday after a week of storms had kept them at the quay.</p>";

    #[test]
    fn a_run_of_topic_links_ends_the_article() {
        let html = format!(
            r#"<article>{STORY}<div class="meta"><a href="/topic/ferries">Ferries</a>,
            <a href="/topic/storm-damage">Storm damage</a>,
            <a href="/topic/westport">Westport</a></div></article>"#
        );
        let article = extract(&html);
        assert_eq!(article.tags, ["Ferries", "Storm damage", "Westport"]);
        assert_eq!(article.provenance["tags"].source, "heuristic:tag-links");
    }

    #[test]
    fn a_menu_of_topic_links_is_the_sites() {
        let html = format!(
            r#"<header><nav><a href="/topic/politics">Politics</a>
            <a href="/topic/sport">Sport</a><a href="/topic/weather">Weather</a></nav></header>
            <article>{STORY}</article>"#
        );
        assert!(extract(&html).tags.is_empty());
        let sidebar = format!(
            r#"<article>{STORY}</article><div class="sidebar"><a href="/tag/ferries">Ferries</a>
            <a href="/tag/tides">Tides</a></div>"#
        );
        assert!(extract(&sidebar).tags.is_empty());
    }

    #[test]
    fn topic_links_in_running_text_are_the_writers() {
        let html = format!(
            r#"<article>{STORY}<p>Read about <a href="/topic/ferries">ferries</a> and
            <a href="/topic/tides">tides</a> in our long guide to the harbour's history.</p>
            </article>"#
        );
        assert!(extract(&html).tags.is_empty());
    }

    #[test]
    fn a_labelled_list_needs_no_tag_addresses() {
        let html = format!(
            r#"<article>{STORY}<p>Schlagworte: <a href="/a/1">Fähren</a>,
            <a href="/a/2">Hafen</a></p></article>"#
        );
        let article = extract(&html);
        assert_eq!(article.tags, ["Fähren", "Hafen"]);
        assert_eq!(article.provenance["tags"].source, "heuristic:labelled-list");
    }

    #[test]
    fn a_class_word_names_a_tag_list_alone_or_at_an_end_of_a_compound() {
        for token in [
            "tags",
            "Post-Tags",
            "tags_box",
            "entry-TAG-LIST",
            "tag-list-x",
        ] {
            assert!(names_tag_list(token), "{token}");
        }
        for token in ["hashtags", "tagsbox", "tag", "-", "", "stage-tags2"] {
            assert!(!names_tag_list(token), "{token}");
        }
    }

    #[test]
    fn a_label_two_siblings_before_opens_the_list() {
        let html = format!(
            r#"<article>{STORY}<div><b>Tags:</b> <span></span> <a href="/a/1">Fähren</a>
            <a href="/a/2">Hafen</a></div></article>"#
        );
        assert_eq!(extract(&html).tags, ["Fähren", "Hafen"]);
    }

    #[test]
    fn a_tag_path_family_is_the_path_up_to_its_tag_word() {
        assert_eq!(
            tag_path_family("/blog/tag/harbour-ferries/").as_deref(),
            Some("blog/tag")
        );
        assert_eq!(
            tag_path_family("https://example.org/themen/klima").as_deref(),
            Some("themen")
        );
        assert_eq!(tag_path_family("../../tag/tides/").as_deref(), Some("tag"));
        assert_eq!(
            tag_path_family("/search?tag=ferries").as_deref(),
            Some("search?tag")
        );
        assert_eq!(
            tag_path_family("/News/Themen/Klima").as_deref(),
            Some("news/themen")
        );
        // The tag index and ordinary articles are no tag.
        assert_eq!(tag_path_family("/tag/"), None);
        assert_eq!(tag_path_family("/news/2024/ferries-return"), None);
    }
}

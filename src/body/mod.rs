//! The article body: content scoring picks the main container, cleaning drops boilerplate,
//! and the rest becomes ordered blocks.
//!
//! The steps, each in its own module: `clean` marks what never counts as article text
//! (hidden elements, page chrome, share bars, comments, …) using the data of `vocabulary`;
//! `stats` measures every node once; `score` picks the container; `clean` again drops link
//! lists inside it; `blocks` turns what is left into paragraphs, headings, list items, quotes
//! and preformatted text. Last, a copy of the headline or byline at the top is removed, and
//! `edges` drops calls to action, disclosures and credit lines at the ends by their words,
//! and cuts the body at a closing section ("Related articles", "About the author") near its
//! end. A page too short to hold a paragraph at all is read whole.
//!
//! When the full cleaning leaves too little text, or a small share of the page's, the page
//! is read again with only invisible content removed: a misleading class or a stale
//! `aria-hidden` on the page's wrapper must not empty the body. Every walk uses an explicit stack and every pass is
//! linear in the page's size.

mod blocks;

pub(crate) use blocks::blocks_of;
mod cards;
mod clean;
mod edges;
mod parts;
mod score;
mod stats;
mod vocabulary;

use crate::article::{Block, BlockKind};
use crate::dom::{Document, NodeId, collapse_whitespace, local_name};
use clean::Strictness;
use stats::TextSizes;

/// Below this many characters of body text, the relaxed reading is tried too.
const SHORT_BODY: usize = 250;
/// When the body holds less than one part in this many of the page's kept text, the relaxed
/// reading is tried too: the full cleaning may have dropped the article's wrapper and left
/// a box beside it.
const SMALL_SHARE: usize = 8;
/// The most characters of text of a page read whole when it holds no paragraph.
const TINY_PAGE: usize = 200;
/// How many leading blocks may hold a copy of the headline or byline.
const HEAD_BLOCKS: usize = 4;

/// What the rest of the page tells the body extractor.
#[derive(Debug, Clone, Copy, Default)]
pub(crate) struct BodyHints<'a> {
    /// The headline, so that a copy of it at the top of the body is dropped.
    pub headline: Option<&'a str>,
    /// The raw byline, so that a copy of it inside the body is dropped.
    pub byline: Option<&'a str>,
}

/// The extracted body.
#[derive(Debug, Clone, Default)]
pub(crate) struct BodyOutcome {
    pub blocks: Vec<Block>,
    /// The container the blocks were taken from.
    pub container: Option<NodeId>,
    /// The rule that chose the container, for provenance.
    pub rule: &'static str,
}

/// Finds the article body of a page.
pub(crate) fn extract_body(doc: &Document, hints: &BodyHints) -> BodyOutcome {
    let mut sizes = TextSizes::new(doc);
    let (mut outcome, page_text) = read(doc, &mut sizes, Strictness::Full);
    let found = text_len(&outcome.blocks);
    if found < SHORT_BODY || found * SMALL_SHARE < page_text {
        let (relaxed, _) = read(doc, &mut sizes, Strictness::Relaxed);
        if text_len(&relaxed.blocks) > 2 * text_len(&outcome.blocks) {
            outcome = relaxed;
            outcome.rule = "heuristic:content-score-relaxed";
        }
    }
    drop_repeated_head(&mut outcome.blocks, hints);
    edges::drop_edge_boilerplate(&mut outcome.blocks);
    drop_empty_sections(&mut outcome.blocks);
    outcome
}

/// The blocks of a profile's body container, cleaned as the generic body is: what never
/// counts as article text (page chrome, share bars, forms, hidden elements), link lists and
/// runs of cards inside it, calls to action at its ends. `excluded` marks what the profile
/// itself leaves out. A verified profile's body goes through it: a container learned from a
/// few pages may hold, on the site's other templates, boxes the learner never saw.
pub(crate) fn cleaned_blocks_of(doc: &Document, parts: &[NodeId], excluded: &[bool]) -> Vec<Block> {
    let mut sizes = TextSizes::new(doc);
    let mut dropped = clean::page_marks(doc, &mut sizes, Strictness::Full);
    for (drop, exclude) in dropped.iter_mut().zip(excluded) {
        *drop |= *exclude;
    }
    let stats = stats::Stats::measure(doc, &mut sizes, &dropped);
    let marks = clean::container_marks(doc, &stats, parts, &dropped);
    let mut blocks = blocks::blocks_of(doc, parts, &marks);
    edges::drop_edge_boilerplate(&mut blocks);
    blocks
}

/// The containers content scoring weighs at full strictness, best first, at most `limit`:
/// what an explanation lists beside the chosen container.
pub(crate) fn scored_containers(doc: &Document, limit: usize) -> Vec<(NodeId, f32)> {
    let mut sizes = TextSizes::new(doc);
    let dropped = clean::page_marks(doc, &mut sizes, Strictness::Full);
    let stats = stats::Stats::measure(doc, &mut sizes, &dropped);
    score::ranked(doc, &stats, &dropped, limit)
}

/// One reading of the page at the given strictness, and how many characters of text the
/// page keeps at that strictness.
fn read(doc: &Document, sizes: &mut TextSizes, strictness: Strictness) -> (BodyOutcome, usize) {
    let dropped = clean::page_marks(doc, sizes, strictness);
    let stats = stats::Stats::measure(doc, sizes, &dropped);
    let page_text = stats.text[doc.root()] as usize;
    let Some(choice) = score::choose(doc, &stats, &dropped) else {
        return (whole_page(doc, &dropped, page_text), page_text);
    };
    let marks = clean::container_marks(doc, &stats, &choice.parts, &dropped);
    let outcome = BodyOutcome {
        blocks: blocks::blocks_of(doc, &choice.parts, &marks),
        container: Some(choice.container),
        rule: choice.rule,
    };
    (outcome, page_text)
}

/// The body of a page too short to hold a paragraph (a note, a heading or two, a line of
/// text): all its visible text, when it is at most [`TINY_PAGE`] characters; nothing
/// otherwise, as a longer page without prose is menus and labels.
fn whole_page(doc: &Document, dropped: &[bool], page_text: usize) -> BodyOutcome {
    let body = doc
        .elements()
        .find(|(_, e)| e.name == local_name!("body"))
        .map(|(id, _)| id);
    match body {
        Some(body) if page_text > 0 && page_text <= TINY_PAGE => BodyOutcome {
            blocks: blocks::blocks_of(doc, &[body], dropped)
                .into_iter()
                .filter(|b| b.text.chars().any(char::is_alphanumeric))
                .collect(),
            container: Some(body),
            rule: "heuristic:whole-page",
        },
        _ => BodyOutcome {
            rule: "none",
            ..BodyOutcome::default()
        },
    }
}

/// Characters of the blocks, whitespace not counted (as `stats` counts them).
fn text_len(blocks: &[Block]) -> usize {
    blocks.iter().map(|b| stats::visible_chars(&b.text)).sum()
}

/// Removes, from the first few blocks, a copy of the headline (the page's `<h1>` often sits
/// inside the article container) and of the byline.
fn drop_repeated_head(blocks: &mut Vec<Block>, hints: &BodyHints) {
    let headline = hints.headline.map(comparable).filter(|h| !h.is_empty());
    let byline = hints.byline.map(comparable).filter(|b| !b.is_empty());
    let mut index = 0;
    let mut seen = 0;
    while index < blocks.len() && seen < HEAD_BLOCKS {
        let text = comparable(&blocks[index].text);
        let is_headline = headline
            .as_deref()
            .is_some_and(|h| match blocks[index].kind {
                BlockKind::Paragraph => h == text,
                BlockKind::Heading => {
                    text == h || (blocks[index].level == Some(1) && is_dressed_headline(&text, h))
                }
                _ => false,
            });
        let is_byline = byline.as_deref() == Some(text.as_str());
        if is_headline || is_byline {
            blocks.remove(index);
            if is_headline {
                index -= drop_kickers(blocks, index);
            }
        } else {
            index += 1;
        }
        seen += 1;
    }
}

/// True when a main heading is the headline with a kicker before it ("klimaschutz: the
/// headline") or the site's name after it ("the headline | opinion"), which the headline
/// leaves out. Both texts are `comparable`.
fn is_dressed_headline(heading: &str, headline: &str) -> bool {
    if headline.split_whitespace().count() < 3 {
        return false;
    }
    let kicker = heading
        .strip_suffix(headline)
        .filter(|k| k.ends_with(|c: char| !c.is_alphanumeric()));
    let tail = heading
        .strip_prefix(headline)
        .filter(|t| t.starts_with(|c: char| !c.is_alphanumeric()));
    kicker.or(tail).is_some_and(|extra| {
        let words = extra.split_whitespace().count();
        (1..=12).contains(&words)
    })
}

/// Removes the short lines standing before the headline's copy (a section kicker, a category
/// link, breadcrumbs): the article starts after its headline. Returns how many went.
fn drop_kickers(blocks: &mut Vec<Block>, headline_at: usize) -> usize {
    let is_kicker = |b: &Block| {
        let text = b.text.trim();
        text.split_whitespace().count() <= 8 && !text.ends_with(['.', '!', '?', '"', '”'])
    };
    if blocks[..headline_at].iter().all(is_kicker) {
        blocks.drain(..headline_at);
        headline_at
    } else {
        0
    }
}

/// Removes headings that head nothing: the last block, or one followed straight by a heading
/// of a higher rank. They are the titles of boxes whose content was dropped ("Related
/// stories", "Subscribe", "Comments"). A heading followed by one of the same rank is kept:
/// its section may have held only an image or a table.
fn drop_empty_sections(blocks: &mut Vec<Block>) {
    // A body of headings alone (a page of titles) has nothing else to keep.
    if blocks.iter().all(|b| b.kind == BlockKind::Heading) {
        return;
    }
    let mut next_level: Option<u8> = Some(0);
    let mut kept = Vec::with_capacity(blocks.len());
    for block in blocks.drain(..).rev() {
        let level = (block.kind == BlockKind::Heading).then(|| block.level.unwrap_or(1));
        if let (Some(level), Some(next)) = (level, next_level)
            && next < level
        {
            continue;
        }
        next_level = level;
        kept.push(block);
    }
    kept.reverse();
    *blocks = kept;
}

/// Text reduced for comparison: whitespace collapsed, lower case, outer punctuation gone.
fn comparable(text: &str) -> String {
    collapse_whitespace(text)
        .to_lowercase()
        .trim_matches(|c: char| !c.is_alphanumeric())
        .to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    const PROSE: &str = "The council met on Tuesday, and after a long debate, it voted to \
        close the old bridge for repairs, a decision residents had long awaited.";

    fn body_of(html: &str, headline: Option<&str>) -> Vec<Block> {
        let doc = Document::parse(html);
        let hints = BodyHints {
            headline,
            byline: Some("By Ann Lee"),
        };
        extract_body(&doc, &hints).blocks
    }

    fn texts(blocks: &[Block]) -> Vec<&str> {
        blocks.iter().map(|b| b.text.as_str()).collect()
    }

    #[test]
    fn a_newsletter_box_is_not_the_body() {
        // Short sentences without commas beside a sign-up box whose pitch and terms are
        // full of them, in plain classes.
        let story = [
            "The city council voted on Tuesday to approve the bridge across the harbour.",
            "The vote ends ten years of argument over the cost of the crossing.",
            "Construction is expected to begin next spring and to last three years.",
            "Ferry operators said they would keep their routes until the bridge opens.",
        ];
        let paragraphs: String = story.iter().map(|p| format!("<p>{p}</p>")).collect();
        let html = format!(
            "<body><div class='x1'><h1>Council approves bridge</h1><div class='x7'>{paragraphs}</div></div>\
             <div class='x2'><div class='x9'><h3>Get the Morning Briefing</h3>\
             <p>Sign up for our free daily email, with the top stories, analysis, opinion, and \
             more, delivered to your inbox every weekday morning.</p>\
             <p>By signing up, you agree to our Terms of Use, Privacy Policy, and Cookie Policy, \
             and to receive emails from us, our partners, and advertisers.</p>\
             <form><input type='email'><button>Sign up</button></form></div></div></body>"
        );
        let blocks = body_of(&html, Some("Council approves bridge"));
        assert_eq!(texts(&blocks), story);
    }

    #[test]
    fn keeps_the_article_and_drops_page_boilerplate() {
        let html = format!(
            "<body><nav><a>Home</a> <a>World</a></nav>\
             <article><h1>Bridge closes</h1><p class='byline'>By Ann Lee</p>\
             <div class='share-buttons'>Share on Facebook</div>\
             <p>{PROSE}</p><h2>What next</h2><p>{PROSE}</p>\
             <ul><li>First point, of two.</li><li>Second point.</li></ul>\
             <figure><img src='a.jpg'><figcaption>The bridge. Photo: AP</figcaption></figure>\
             <div class='related-stories'><h3>Related</h3><ul><li><a>Other story</a></li></ul></div>\
             <div class='newsletter-signup'>Get our newsletter</div></article>\
             <section id='comments'><p>{PROSE}</p><p>{PROSE}</p></section>\
             <footer>Copyright</footer></body>"
        );
        let blocks = body_of(&html, Some("Bridge closes"));
        assert_eq!(
            texts(&blocks),
            vec![
                PROSE,
                "What next",
                PROSE,
                "First point, of two.",
                "Second point."
            ]
        );
        assert_eq!(blocks[1].kind, BlockKind::Heading);
        assert_eq!(blocks[1].level, Some(2));
        assert_eq!(blocks[3].kind, BlockKind::ListItem);
    }

    #[test]
    fn a_small_share_of_the_page_tries_the_relaxed_reading() {
        // The article sits in a wrapper with a misleading class, beside a box of prose and
        // menus that hold most of the page's text.
        let box_text = "A short note from the editors, about this site, its aims, its staff, \
            and how readers can reach them with questions, tips, or corrections, any day. \
            Letters may be edited for length, clarity, and style before they are printed, \
            and the editors answer every one of them within a week, by mail or by phone. \
            Our office is open on weekdays, from nine to five, except on public holidays.";
        let menu = "<li><a href='/x'>A section of the site with a long name</a></li>".repeat(120);
        let html = format!(
            "<body><ul>{menu}</ul><div class='note'><p>{box_text}</p></div>\
             <div class='comments'>{}</div></body>",
            format!("<p>{PROSE}</p>").repeat(6)
        );
        let blocks = body_of(&html, None);
        assert_eq!(blocks.iter().filter(|b| b.text == PROSE).count(), 6);
    }

    #[test]
    fn splits_text_written_with_line_breaks() {
        let html = format!("<div class='story'>{PROSE}<br><br>{PROSE}<br>Still one.</div>");
        let blocks = body_of(&html, None);
        assert_eq!(
            texts(&blocks),
            vec![PROSE.to_string(), format!("{PROSE} Still one.")]
        );
    }

    #[test]
    fn drops_a_copy_of_the_headline_and_byline_at_the_top() {
        let html = format!("<div><h2>The Headline!</h2><p>By Ann Lee</p><p>{PROSE}</p></div>");
        assert_eq!(texts(&body_of(&html, Some("The headline"))), vec![PROSE]);
    }

    #[test]
    fn drops_a_heading_that_is_the_headline_with_a_kicker() {
        let html = format!("<div><h1>Energie: The big headline</h1><p>{PROSE}</p></div>");
        assert_eq!(
            texts(&body_of(&html, Some("The big headline"))),
            vec![PROSE]
        );
        let html = format!("<div><h1>The big headline | Opinion</h1><p>{PROSE}</p></div>");
        assert_eq!(
            texts(&body_of(&html, Some("The big headline"))),
            vec![PROSE]
        );
        // Not a section heading that ends with the headline, nor a short headline's ending.
        let html = format!("<div><h2>Video: The headline</h2><p>{PROSE}</p></div>");
        assert_eq!(texts(&body_of(&html, Some("The headline"))).len(), 2);
        let html = format!("<div><h1>Not The headline</h1><p>{PROSE}</p></div>");
        assert_eq!(texts(&body_of(&html, Some("headline"))).len(), 2);
    }

    #[test]
    fn drops_a_kicker_over_the_headline_but_not_a_sentence() {
        let html = format!("<div><p><a>Local</a></p><h1>The headline</h1><p>{PROSE}</p></div>");
        assert_eq!(texts(&body_of(&html, Some("The headline"))), vec![PROSE]);
        let lede = "Voters said no.";
        let html = format!("<div><p>{lede}</p><h1>The headline</h1><p>{PROSE}</p></div>");
        assert_eq!(
            texts(&body_of(&html, Some("The headline"))),
            vec![lede, PROSE]
        );
    }

    #[test]
    fn drops_headings_that_head_nothing() {
        let heading = |text: &str, level| Block {
            kind: BlockKind::Heading,
            text: text.into(),
            level: Some(level),
            number: None,
        };
        let mut blocks = vec![
            heading("Part one", 2),
            heading("Detail", 3),
            Block::paragraph("Text."),
            heading("Step A", 3),
            heading("Step B", 3),
            Block::paragraph("More."),
            heading("Related", 3),
            heading("Comments", 2),
        ];
        drop_empty_sections(&mut blocks);
        assert_eq!(
            texts(&blocks),
            vec!["Part one", "Detail", "Text.", "Step A", "Step B", "More."]
        );
    }

    #[test]
    fn empty_and_broken_pages_give_no_blocks() {
        for html in ["", "<", "<table><td><td></table>", "\u{0}\u{feff}<<>>"] {
            assert!(body_of(html, None).is_empty(), "{html:?}");
        }
    }

    #[test]
    fn a_page_too_short_for_a_paragraph_is_read_whole() {
        let html = "<body><h2>Test Case 1</h2><img src='a.jpg'><h2>Test Case 2</h2></body>";
        assert_eq!(
            texts(&body_of(html, None)),
            vec!["Test Case 1", "Test Case 2"]
        );
        assert_eq!(texts(&body_of("<p>hi", None)), vec!["hi"]);
        let menu = "<li><a href='/x'>A section of the site</a></li>".repeat(20);
        assert!(body_of(&format!("<ul>{menu}</ul>"), None).is_empty());
    }

    #[test]
    fn survives_very_deep_nesting() {
        let depth = 100_000;
        let html = format!(
            "{}<p>{PROSE}</p><p>{PROSE}</p>{}",
            "<span>".repeat(depth),
            "</span>".repeat(depth)
        );
        // The parse caps nesting at 512: the paragraphs' own tags lie deeper and are dropped,
        // so their text comes out as one block.
        let blocks = body_of(&html, None);
        assert_eq!(blocks.len(), 1);
        assert!(
            texts(&blocks)[0]
                .matches(PROSE.split(' ').next().unwrap())
                .count()
                >= 2
        );
    }
}

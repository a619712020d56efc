//! Named groups of tag names: the one place that says which tags are headings, blocks,
//! embeds or never text. Readers ask a group (`is_heading`, `HEADINGS.contains`) instead of
//! writing the tags out; the groups hold html5ever atoms, so a test is a word compare.

use html5ever::{LocalName, local_name};

/// The headings, in level order: `HEADINGS[0]` is `h1`.
pub(crate) const HEADINGS: &[LocalName] = &[
    local_name!("h1"),
    local_name!("h2"),
    local_name!("h3"),
    local_name!("h4"),
    local_name!("h5"),
    local_name!("h6"),
];

/// Elements that break the flow of text besides the headings: a space separates their text
/// from the next.
pub(crate) const BLOCKS: &[LocalName] = &[
    local_name!("p"),
    local_name!("div"),
    local_name!("br"),
    local_name!("li"),
    local_name!("ul"),
    local_name!("ol"),
    local_name!("section"),
    local_name!("article"),
    local_name!("header"),
    local_name!("footer"),
    local_name!("aside"),
    local_name!("nav"),
    local_name!("blockquote"),
    local_name!("pre"),
    local_name!("table"),
    local_name!("tr"),
    local_name!("td"),
    local_name!("th"),
    local_name!("dd"),
    local_name!("dt"),
    local_name!("figure"),
    local_name!("figcaption"),
    local_name!("main"),
    local_name!("form"),
    local_name!("hr"),
];

/// Another document or a plug-in set into the page: what they hold is not the page's text.
pub(crate) const EMBEDS: &[LocalName] = &[
    local_name!("iframe"),
    local_name!("embed"),
    local_name!("object"),
];

/// Pictures, players and drawing surfaces: their text is fallbacks, captions and controls.
pub(crate) const MEDIA: &[LocalName] = &[
    local_name!("picture"),
    local_name!("video"),
    local_name!("audio"),
    local_name!("canvas"),
    local_name!("map"),
];

/// Elements whose content is never visible text, besides the embeds: code, styles,
/// fallbacks, templates, the head, vector drawings, and controls whose labels are not prose.
pub(crate) const NON_TEXT: &[LocalName] = &[
    local_name!("script"),
    local_name!("style"),
    local_name!("noscript"),
    local_name!("template"),
    local_name!("svg"),
    local_name!("head"),
    local_name!("select"),
    local_name!("button"),
];

/// The list containers whose items are `li`.
pub(crate) const LISTS: &[LocalName] = &[local_name!("ul"), local_name!("ol")];

/// The elements that hold a page's story: inside one, the story's own boxes; outside,
/// the site's.
pub(crate) const ARTICLE_ROOTS: &[LocalName] = &[local_name!("article"), local_name!("main")];

/// True for `<article>` and `<main>`.
pub(crate) fn is_article_root(tag: &LocalName) -> bool {
    ARTICLE_ROOTS.contains(tag)
}

/// True for `h1` to `h6`.
pub(crate) fn is_heading(tag: &LocalName) -> bool {
    HEADINGS.contains(tag)
}

/// The level of a heading tag (1 for `h1`), `None` for any other tag.
pub(crate) fn heading_level(tag: &LocalName) -> Option<usize> {
    HEADINGS.iter().position(|h| h == tag).map(|i| i + 1)
}

/// True for a heading whose level is in `levels` (`2..=4`: `h2`, `h3` or `h4`).
pub(crate) fn is_heading_of(tag: &LocalName, levels: std::ops::RangeInclusive<usize>) -> bool {
    heading_level(tag).is_some_and(|level| levels.contains(&level))
}

/// Elements whose content is never visible text: the embeds and [`NON_TEXT`].
pub(crate) fn is_skipped_tag(tag: &LocalName) -> bool {
    NON_TEXT.contains(tag) || EMBEDS.contains(tag)
}

/// Elements that break the flow of text: the headings and [`BLOCKS`].
pub(crate) fn is_block_tag(tag: &LocalName) -> bool {
    BLOCKS.contains(tag) || is_heading(tag)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn heading_levels_follow_the_tag() {
        assert_eq!(heading_level(&local_name!("h1")), Some(1));
        assert_eq!(heading_level(&local_name!("h6")), Some(6));
        assert_eq!(heading_level(&local_name!("p")), None);
        assert!(is_heading_of(&local_name!("h3"), 2..=4));
        assert!(!is_heading_of(&local_name!("h1"), 2..=4));
    }

    #[test]
    fn groups_answer_for_their_tags() {
        assert!(is_block_tag(&local_name!("h2")));
        assert!(is_block_tag(&local_name!("li")));
        assert!(!is_block_tag(&local_name!("span")));
        assert!(is_skipped_tag(&local_name!("iframe")));
        assert!(is_skipped_tag(&local_name!("script")));
        assert!(!is_skipped_tag(&local_name!("video")));
    }

    #[test]
    fn no_tag_is_in_two_groups_that_exclude_each_other() {
        for tag in HEADINGS.iter().chain(BLOCKS) {
            assert!(!is_skipped_tag(tag), "{tag:?}");
        }
        for tag in EMBEDS.iter().chain(MEDIA) {
            assert!(!NON_TEXT.contains(tag) && !BLOCKS.contains(tag), "{tag:?}");
        }
    }
}

//! Boilerplate lines at the edges of the body, found by their words.
//!
//! Markup does not always give away the calls to action, newsletter pleas, commerce
//! disclosures, author boxes and copyright lines that CMSs put inside the article container:
//! they are plain paragraphs there. Their words do, and they sit at the edges: the first few
//! and the last few blocks. Only short blocks are judged, so that a paragraph of the article
//! that happens to say "subscribe" is kept. Ad labels, "Read more: …" teasers, the buttons
//! of product boxes ("Check price") and reading-time lines ("8 min read") are dropped
//! wherever they stand, as they are short lines that never belong to the text. A section near the end titled as page furniture ("Related articles",
//! "About the author", "Comments") ends the body with everything after it.
//!
//! The phrases are data in `vocabulary`; this module only decides where they apply. One
//! pass over the blocks.

use super::vocabulary::{
    BUTTON_LINES, CLOSING_PREFIXES, CLOSING_TITLES, DISCLAIMER_LABELS, DISCLAIMER_PHRASES,
    EDGE_PHRASES, EDGE_PREFIXES, EDGE_WORDS, FOLLOW_PREFIXES, FURNITURE_LINES, MINUTE_WORDS,
    PITCH_PHRASES, READING_TIME_LABELS, RISK_PHRASES, TEASER_ENDINGS, TEASER_PREFIXES,
};
use crate::article::{Block, BlockKind};
use crate::rules::{Rule, on};
use crate::vocabulary::alternation;
use aho_corasick::{AhoCorasick, AhoCorasickKind, MatchKind};
use regex::Regex;
use std::sync::LazyLock;

/// How many leading blocks may be a disclosure or a call to action.
const HEAD_BLOCKS: usize = 3;
/// How many trailing blocks may be a call to action, credit or copyright line.
const TAIL_BLOCKS: usize = 6;
/// The longest block (in characters) judged at the edges.
const EDGE_MAX_CHARS: usize = 250;
/// The longest edge block judged by a single common word (labels and buttons).
const LABEL_MAX_CHARS: usize = 100;
/// How many trailing blocks may be a longer pitch paragraph.
const PITCH_BLOCKS: usize = 3;
/// The longest pitch paragraph (in characters) judged among the last blocks.
const PITCH_MAX_CHARS: usize = 600;
/// The longest block judged anywhere (ad labels, teasers).
const LINE_MAX_CHARS: usize = 160;

/// The share of the body's text, at most, that a closing section may cut (the section and
/// all after it): a heading that says "Related articles" early in the body heads a part of
/// the article, not the page's recirculation boxes.
const CLOSING_SHARE: f32 = 0.4;
/// The most words of a paragraph read as a section title ("About the author" in bold).
const TITLE_MAX_WORDS: usize = 6;

/// Drops the boilerplate lines of the body.
pub(super) fn drop_edge_boilerplate(blocks: &mut Vec<Block>) {
    if on(Rule::BodyClosingSections) {
        drop_closing_sections(blocks);
    }
    if on(Rule::BodyClosingDisclaimer) {
        drop_closing_disclaimer(blocks);
    }
    let len = blocks.len();
    let mut index = 0;
    blocks.retain(|block| {
        let position = index;
        index += 1;
        let at_tail = position + TAIL_BLOCKS >= len;
        let at_edge = position < HEAD_BLOCKS || at_tail;
        let closing = position > 0 && position + PITCH_BLOCKS >= len;
        !(is_furniture(block)
            || (at_edge && on(Rule::BodyEdgeBoilerplate) && is_edge_boilerplate(block))
            || (at_tail && on(Rule::BodyFollowPitch) && is_follow_pitch(block))
            || (closing && on(Rule::BodyLongPitch) && is_long_pitch(block)))
    });
}

/// Cuts the body at a section near its end whose title names page furniture ("Related
/// articles", "About the author", "Comments"): CMSs put these boxes inside the article
/// container, after the text, as plain headings and paragraphs. The cut takes the title and
/// everything after it, when that is at most [`CLOSING_SHARE`] of the body's text. Boxes
/// often come in a row ("About the author", "About the reviewer", "Related"), together more
/// than that share of a short article: the cut is tried again on what is left, up to
/// [`CLOSING_CHAIN`] times, each box measured against the text before it.
fn drop_closing_sections(blocks: &mut Vec<Block>) {
    for _ in 0..CLOSING_CHAIN {
        if !drop_closing_section(blocks) {
            break;
        }
    }
}

/// How many closing sections in a row may be cut.
const CLOSING_CHAIN: usize = 3;

/// How many trailing blocks may open the site's closing disclaimer.
const DISCLAIMER_BLOCKS: usize = 8;
/// The largest share of the body's text that the disclaimer and what follows it may hold.
const DISCLAIMER_SHARE: usize = 4;

/// Cuts the body at the legal or financial disclaimer that closes it ("Insight Wealth
/// Strategies, LLC is a Registered Investment Adviser…", "This article is for informational
/// purposes…"): the site's template, printed inside the article container under every post,
/// often as several paragraphs, some without a telling phrase. The cut takes the first
/// paragraph among the last [`DISCLAIMER_BLOCKS`] that reads as a disclaimer and all after
/// it, when no heading follows (a new section is the article going on) and the cut is a
/// small share of the text (else the next such paragraph is tried). A disclaimer opening
/// with a label ("Disclaimer: …") is the writer's own and stays. A fund's risk warning
/// ("subject to risk", "past performance") counts when it says two such phrases from that
/// paragraph to the end: an investing article may say one in its own words.
fn drop_closing_disclaimer(blocks: &mut Vec<Block>) {
    let total: usize = blocks.iter().map(|b| b.text.len()).sum();
    let first = blocks.len().saturating_sub(DISCLAIMER_BLOCKS).max(1);
    // Only the blocks from `first` on are read.
    let texts: Vec<String> = blocks[first.min(blocks.len())..]
        .iter()
        .map(|b| lowered(&b.text))
        .collect();
    let text_of = |i: usize| texts.get(i - first).map_or("", String::as_str);
    let risks = |i: usize| {
        RISK_PHRASES
            .iter()
            .filter(|p| text_of(i).contains(*p))
            .count()
    };
    let opens = |i: usize| {
        let text = text_of(i);
        let bare = text.trim_start_matches(|c: char| !c.is_alphanumeric());
        blocks[i].kind == BlockKind::Paragraph
            && !DISCLAIMER_LABELS.iter().any(|l| bare.starts_with(l))
            && (DISCLAIMER_SEARCH.is_match(text)
                || (risks(i) > 0 && (i..blocks.len()).map(risks).sum::<usize>() >= 2))
    };
    let fits = |i: usize| {
        let rest = &blocks[i..];
        let cut: usize = rest.iter().map(|b| b.text.len()).sum();
        cut * DISCLAIMER_SHARE <= total && !rest.iter().any(|b| b.kind == BlockKind::Heading)
    };
    if let Some(start) = (first..blocks.len()).find(|&i| opens(i) && fits(i)) {
        blocks.truncate(start);
    }
}

/// One cut of [`drop_closing_sections`]; true when it cut.
fn drop_closing_section(blocks: &mut Vec<Block>) -> bool {
    let total: usize = blocks.iter().map(|b| b.text.len()).sum();
    if total == 0 {
        return false;
    }
    let limit = (total as f32 * CLOSING_SHARE) as usize;
    let mut after = 0;
    let mut cut = None;
    for (index, block) in blocks.iter().enumerate().rev() {
        if after > limit {
            break;
        }
        if index > 0 && is_closing_title(block) {
            cut = Some(index);
        }
        after += block.text.len();
    }
    if let Some(index) = cut {
        blocks.truncate(index);
        return true;
    }
    false
}

/// A heading, or a short paragraph standing as one, that titles a closing box. A bare
/// paragraph that reads as a button ("Read more", with no colon to introduce what follows)
/// is the expander of a folded box inside the text, not a title: it ends nothing.
fn is_closing_title(block: &Block) -> bool {
    let title = match block.kind {
        BlockKind::Heading => true,
        BlockKind::Paragraph => block.text.split_whitespace().count() <= TITLE_MAX_WORDS,
        _ => false,
    };
    if !title {
        return false;
    }
    let text = lowered(&block.text);
    let bare = text.trim_matches(|c: char| !c.is_alphanumeric());
    if block.kind == BlockKind::Paragraph && !text.ends_with(':') && BUTTON_LINES.contains(&bare) {
        return false;
    }
    CLOSING_TITLES.contains(&bare)
        || CLOSING_PREFIXES.iter().any(|p| {
            bare.strip_prefix(p)
                .is_some_and(|rest| rest.is_empty() || rest.starts_with([' ', ':', ',']))
        })
}

/// Text reduced for matching: lower case, whitespace collapsed.
fn lowered(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for word in text.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
    if out.is_ascii() {
        // Most blocks: lower-cased in place, without a second copy.
        out.make_ascii_lowercase();
        out
    } else {
        out.to_lowercase()
    }
}

/// A regex that finds any of `phrases` (lower case, matched as written): one pass over a
/// block instead of a search per phrase.
fn phrase_search(phrases: &[&str]) -> Regex {
    Regex::new(&alternation(phrases.iter().copied())).expect("a list of escaped phrases compiles")
}

/// Finds the leftmost of [`EDGE_PHRASES`] in a block. A regex of this many phrases carries
/// a prefilter DFA of some 600 KB; the contiguous automaton is a small fraction of that.
static EDGE_PHRASE_SEARCH: LazyLock<AhoCorasick> = LazyLock::new(|| {
    AhoCorasick::builder()
        .match_kind(MatchKind::LeftmostFirst)
        .kind(Some(AhoCorasickKind::ContiguousNFA))
        .build(EDGE_PHRASES)
        .expect("a short list of phrases builds")
});
/// Finds any of [`EDGE_WORDS`] in a block.
static EDGE_WORD_SEARCH: LazyLock<Regex> = LazyLock::new(|| phrase_search(EDGE_WORDS));
/// Finds any of [`PITCH_PHRASES`] in a block.
static PITCH_SEARCH: LazyLock<Regex> = LazyLock::new(|| phrase_search(PITCH_PHRASES));
/// Finds any of [`DISCLAIMER_PHRASES`] in a block.
static DISCLAIMER_SEARCH: LazyLock<Regex> = LazyLock::new(|| phrase_search(DISCLAIMER_PHRASES));

/// A paragraph among the last [`PITCH_BLOCKS`], longer than the edge lines but at most
/// [`PITCH_MAX_CHARS`], that holds a pitch: an affiliate disclosure, a support appeal, a
/// follow or sign-up call ("Follow @Deals on Twitter to keep up with the latest deals…
/// we may receive a commission"). The site's closing box, set as a paragraph.
fn is_long_pitch(block: &Block) -> bool {
    let chars = block.text.chars().count();
    if block.kind != BlockKind::Paragraph || chars <= EDGE_MAX_CHARS || chars > PITCH_MAX_CHARS {
        return false;
    }
    PITCH_SEARCH.is_match(&lowered(&block.text))
}

/// A short paragraph at the end that asks the reader to follow the site or its writers
/// elsewhere ("Follow Newsbeat on Instagram"). At the start, "Follow this guide…" opens
/// the text, and as a list item it is advice.
fn is_follow_pitch(block: &Block) -> bool {
    if block.kind != BlockKind::Paragraph || block.text.chars().count() > EDGE_MAX_CHARS {
        return false;
    }
    let text = lowered(&block.text);
    let bare = text.trim_start_matches(|c: char| !c.is_alphanumeric());
    FOLLOW_PREFIXES.iter().any(|p| bare.starts_with(p))
}

/// An ad label or a teaser line, wherever it stands.
fn is_furniture(block: &Block) -> bool {
    // More than `LINE_MAX_CHARS` characters, found without counting all of a long paragraph's.
    if block.text.chars().nth(LINE_MAX_CHARS).is_some() || block.kind == BlockKind::Preformatted {
        return false;
    }
    let text = lowered(&block.text);
    let bare = text.trim_matches(|c: char| !c.is_alphanumeric());
    // A teaser set in brackets ("[Read more: …]", "(Also read …)") is one all the same.
    let opening = text.trim_start_matches(['[', '(', ' ']);
    (on(Rule::BodyFurnitureLines) && FURNITURE_LINES.contains(&bare))
        || (on(Rule::BodyButtons)
            && block.kind != BlockKind::Heading
            && BUTTON_LINES.contains(&bare))
        || (on(Rule::BodyTeasers) && TEASER_PREFIXES.iter().any(|p| opening.starts_with(p)))
        || (on(Rule::BodyTeasers) && is_cut_teaser(&text))
        || (on(Rule::BodyReadingTime) && is_reading_time(bare))
}

/// A related story's teaser cut off with an ellipsis and a link word ("Council votes to
/// close the old library … more").
fn is_cut_teaser(text: &str) -> bool {
    let text = text.trim_end();
    TEASER_ENDINGS.iter().any(|w| {
        text.strip_suffix(w)
            .map(str::trim_end)
            .is_some_and(|head| head.ends_with('…') || head.ends_with("..."))
    })
}

/// A reading-time line of the article's meta block ("8 min read", "3 MIN. READ",
/// "Reading time: 11 minutes", "Tempo de leitura: 2 minutos").
fn is_reading_time(bare: &str) -> bool {
    if let Some(rest) = READING_TIME_LABELS
        .iter()
        .find_map(|label| bare.strip_prefix(label))
    {
        let words: Vec<&str> = rest
            .split([' ', ':', '.'])
            .filter(|w| !w.is_empty())
            .collect();
        return matches!(words.as_slice(), [n, unit] if is_number(n) && MINUTE_WORDS.contains(unit));
    }
    let words: Vec<&str> = bare.split([' ', '.']).filter(|w| !w.is_empty()).collect();
    match words.as_slice() {
        [n, unit, "read"] => is_number(n) && MINUTE_WORDS.contains(unit),
        [n_unit, "read"] => n_unit.strip_suffix("min").is_some_and(is_number),
        _ => false,
    }
}

/// True for a run of ASCII digits.
fn is_number(word: &str) -> bool {
    !word.is_empty() && word.bytes().all(|b| b.is_ascii_digit())
}

/// A short block at the edge of the body that reads as a call to action, disclosure,
/// credit or copyright line.
fn is_edge_boilerplate(block: &Block) -> bool {
    let chars = block.text.chars().count();
    if chars > EDGE_MAX_CHARS || block.kind == BlockKind::Preformatted {
        return false;
    }
    let text = lowered(&block.text);
    let bare = text.trim_start_matches(|c: char| !c.is_alphanumeric() && c != '©');
    // The sentences before a phrase only grow with its place in the block, so the first
    // phrase found is the one that can stand clear of them.
    EDGE_PHRASE_SEARCH
        .find(text.as_str())
        .and_then(|found| text.get(..found.start()))
        .is_some_and(|before| !follows_sentences(before))
        || EDGE_PREFIXES.iter().any(|p| bare.starts_with(p))
        || (chars <= LABEL_MAX_CHARS
            && !mentions_in_sentence(&text)
            && EDGE_WORD_SEARCH.is_match(&text))
}

/// The fewest words of a sentence that only mentions an edge word.
const MENTION_MIN_WORDS: usize = 8;

/// True when a short block is a sentence that mentions one of [`EDGE_WORDS`] rather than
/// a label or a call to action: it has [`MENTION_MIN_WORDS`] words or more, ends with a
/// full stop or a question mark, and does not open with the word ("Next, I gather my
/// top-performing newsletters …", "How often is it published? The newsletter is published
/// once a month."). A call opens with its verb ("Subscribe to …", "Sign up now …") or
/// ends with an exclamation mark. `text` is lower case.
fn mentions_in_sentence(text: &str) -> bool {
    let text = text.trim();
    text.split_whitespace().count() >= MENTION_MIN_WORDS
        && text.ends_with(['.', '?'])
        && !EDGE_WORDS.iter().any(|w| text.starts_with(w))
}

/// How many sentences of its own a paragraph must hold before a call to action for it to
/// be the writer's closing words rather than the site's box.
const CLOSING_SENTENCES: usize = 3;

/// True when `text` (the part of a paragraph before a call-to-action phrase) holds
/// [`CLOSING_SENTENCES`] sentences: "… a shortlist is hard. Really hard. Surely, we left
/// some of your favourites off this list. Leave a comment …" closes the article, while the
/// site's plea opens with its call or follows a sentence of lead-in at most.
fn follows_sentences(text: &str) -> bool {
    [". ", "! ", "? "]
        .iter()
        .map(|end| text.matches(end).count())
        .sum::<usize>()
        >= CLOSING_SENTENCES
}

#[cfg(test)]
mod tests {
    use super::*;

    fn paragraphs(texts: &[&str]) -> Vec<Block> {
        texts.iter().map(|t| Block::paragraph(*t)).collect()
    }

    fn kept(texts: &[&str]) -> Vec<String> {
        let mut blocks = paragraphs(texts);
        drop_edge_boilerplate(&mut blocks);
        blocks.into_iter().map(|b| b.text).collect()
    }

    const PROSE: &str = "The council met on Tuesday and voted to close the bridge.";

    #[test]
    fn drops_patron_pleas_comment_terms_letters_calls_and_branded_content_notes() {
        for line in [
            "Support Bugle! Donate via cryptocurrencies or become a Patron on Patreon.",
            "By posting a comment, you consent to have your information collected.",
            "Submit your letter to the editor via this form. Read more Letters to the Editor.",
            "This story was developed in partnership with a caterer by Bugle's branded content \
             team.",
        ] {
            assert_eq!(kept(&[PROSE, PROSE, PROSE, PROSE, line]), vec![PROSE; 4]);
        }
        let plea = "If you believe stories like the one you just finished matter, please \
            consider pitching in what you can. This effort helps ensure our reporting and \
            resources stay free and accessible to everyone, teachers and parents included, \
            and the help of readers like you keeps our newsroom going all year long.";
        assert_eq!(kept(&[PROSE, PROSE, PROSE, plea]), vec![PROSE; 3]);
    }

    #[test]
    fn cuts_the_sites_closing_disclaimer() {
        let mut texts = vec![PROSE; 12];
        texts.extend([
            "Bugle Wealth, LLC is a Registered Investment Adviser. Advisory services are only \
             offered where it is properly licensed.",
            "The certification marks are owned by the Board of Standards.",
        ]);
        assert_eq!(kept(&texts), vec![PROSE; 12]);
        // A risk warning: two of its phrases from the paragraph to the end of the page.
        let mut texts = vec![PROSE; 12];
        texts.extend([
            "All investing is subject to risk, including the loss of the money you invest.",
            "Bond funds are subject to the risk that an issuer will fail to pay on time.",
        ]);
        assert_eq!(kept(&texts), vec![PROSE; 12]);
        // One such phrase is the article's own words; a labelled disclaimer is the writer's
        // note; a section after it is the article going on; a long cut is the text.
        for texts in [
            [
                PROSE,
                PROSE,
                PROSE,
                PROSE,
                "Remember that past performance is no guarantee of what comes next.",
            ],
            [
                PROSE,
                PROSE,
                PROSE,
                PROSE,
                "Disclaimer: this list is for informational purposes only.",
            ],
        ] {
            assert_eq!(kept(&texts), texts.to_vec());
        }
        let texts = [PROSE, "It is for informational purposes."];
        assert_eq!(kept(&texts), texts.to_vec());
        let mut blocks = paragraphs(&[PROSE; 12]);
        blocks.push(Block::paragraph(
            "This post is for informational purposes only.",
        ));
        blocks.push(Block {
            kind: BlockKind::Heading,
            level: Some(2),
            ..Block::paragraph("Questions")
        });
        blocks.push(Block::paragraph(PROSE));
        drop_edge_boilerplate(&mut blocks);
        assert_eq!(blocks.len(), 15);
    }

    #[test]
    fn drops_standards_lines_and_cut_teasers_wherever_they_stand() {
        let texts = [
            PROSE,
            "Our Standards: The Valley Courier Trust Principles.",
            PROSE,
            "Council votes to close the old library after years of debate … more",
            "Stadtrat beschließt neue Radwege für die Innenstadt ... mehr",
            PROSE,
            "He paused and said more.",
        ];
        assert_eq!(
            kept(&texts),
            vec![PROSE, PROSE, PROSE, "He paused and said more."]
        );
    }

    #[test]
    fn drops_calls_to_action_and_credits_at_the_end() {
        assert_eq!(
            kept(&[
                PROSE,
                PROSE,
                "Like what you're reading? Subscribe to the monthly newsletter!",
                "Written by Ann Lee",
                "© 2024 Example Media. All rights reserved.",
            ]),
            vec![PROSE, PROSE]
        );
        assert_eq!(
            kept(&[
                PROSE,
                "Hier können Sie den Artikel bewerten",
                "Kontakt: Ann Lee",
                "Quelle: dpa"
            ]),
            vec![PROSE]
        );
    }

    #[test]
    fn keeps_sentences_that_mention_a_newsletter_at_the_end() {
        let mention = "Next, I gather my top-performing newsletters, the ones people shared.";
        let faq = "How often is it published? The newsletter is published once a month.";
        assert_eq!(
            kept(&[
                PROSE,
                mention,
                faq,
                "Subscribe to our newsletter and stay smart with more of our writers.",
                "Join the newsletter",
            ]),
            vec![PROSE, mention, faq]
        );
    }

    #[test]
    fn drops_follow_pin_and_demo_pitches_at_the_end() {
        assert_eq!(
            kept(&[
                PROSE,
                PROSE,
                "Follow me on Instagram for new recipes!",
                "Enjoy the post? Pin it for later!",
                "Want to grow? Book a free demo of our software today.",
            ]),
            vec![PROSE, PROSE]
        );
    }

    #[test]
    fn drops_editing_and_review_lines_at_the_edges() {
        assert_eq!(
            kept(&[
                "Edited by Ann Lee",
                "Updated on March 3, 2024",
                PROSE,
                PROSE,
                "Medically reviewed by Dr. Bo Chen",
                "Tags: Bridges, Council",
                "Last reviewed January 2023",
            ]),
            vec![PROSE, PROSE]
        );
    }

    #[test]
    fn drops_disclosures_at_the_start() {
        assert_eq!(
            kept(&[
                "Products are chosen independently by our editors. Purchases made through \
                 our links may earn us a commission.",
                PROSE,
            ]),
            vec![PROSE]
        );
    }

    #[test]
    fn keeps_the_same_words_in_the_middle_and_in_long_paragraphs() {
        let long = format!(
            "{PROSE} Readers who subscribe to the newsletter {}",
            "x ".repeat(200)
        );
        let mut texts = vec![PROSE; 4];
        texts.push("Many readers subscribe to the newsletter.");
        texts.extend([PROSE; 6]);
        texts.push(&long);
        assert_eq!(kept(&texts).len(), 12);
    }

    #[test]
    fn a_closing_section_near_the_end_ends_the_body() {
        let heading = |text: &str| Block {
            kind: BlockKind::Heading,
            text: text.into(),
            level: Some(2),
            number: None,
        };
        let mut blocks = paragraphs(&[PROSE; 6]);
        blocks.push(heading("Related articles that may interest you"));
        blocks.extend(paragraphs(&["Another story", "A third story"]));
        drop_edge_boilerplate(&mut blocks);
        assert_eq!(blocks.len(), 6);

        // Early in the body, or with words after the title, the heading is the article's.
        let mut blocks = vec![heading("Recommended approach")];
        blocks.extend(paragraphs(&[PROSE; 3]));
        blocks.push(heading("Comments"));
        blocks.extend(paragraphs(&[PROSE; 8]));
        drop_edge_boilerplate(&mut blocks);
        assert_eq!(blocks.len(), 13);
    }

    #[test]
    fn drops_contents_titles_and_button_lines_but_not_headings_of_links() {
        let heading = Block {
            kind: BlockKind::Heading,
            text: "Learn more:".into(),
            level: Some(3),
            number: None,
        };
        let mut blocks = paragraphs(&["Table of Contents", PROSE, "Show Caption", PROSE]);
        blocks.extend(paragraphs(&["Back to top ↑", "Rate this article"]));
        blocks.extend(paragraphs(&["Learn More", PROSE, PROSE, PROSE, PROSE]));
        blocks.push(heading);
        blocks.extend(paragraphs(&[
            PROSE, PROSE, PROSE, PROSE, PROSE, PROSE, PROSE,
        ]));
        drop_edge_boilerplate(&mut blocks);
        assert_eq!(blocks.len(), 14);
        assert!(blocks.iter().any(|b| b.text == "Learn more:"));
    }

    #[test]
    fn a_read_more_button_in_the_text_ends_nothing_but_a_read_more_title_does() {
        let conclusion = "Python makes automation far easier. If you are not sure where to \
            start, these small scripts can save you hours every week.";
        let mut texts = vec![PROSE; 8];
        texts.extend(["Read more", "Automate your life", conclusion]);
        assert_eq!(kept(&texts).len(), 10);
        let mut texts = vec![PROSE; 8];
        texts.extend(["Read more:", "Another story", "A third story"]);
        assert_eq!(kept(&texts).len(), 8);
    }

    #[test]
    fn a_closing_paragraph_that_ends_with_a_call_to_action_is_kept() {
        let closing = "Distilling a year of launches into a list is hard. Really hard. \
            Surely, we left some of your favourites off. Leave a comment and let us know.";
        let plea = "We hope you liked it. Leave a comment and let us know what you think!";
        assert_eq!(
            kept(&[PROSE, PROSE, closing, plea]),
            vec![PROSE, PROSE, closing]
        );
    }

    #[test]
    fn a_paywall_box_ends_the_body() {
        let mut blocks = paragraphs(&[PROSE; 6]);
        blocks.push(Block {
            kind: BlockKind::Heading,
            text: "This article is exclusive to Plus subscribers".into(),
            level: Some(2),
            number: None,
        });
        blocks.extend(paragraphs(&[
            "Unlock this article",
            "Already have an account? Log in",
        ]));
        drop_edge_boilerplate(&mut blocks);
        assert_eq!(blocks.len(), 6);
    }

    #[test]
    fn closing_sections_in_a_row_are_all_cut() {
        // "About the author", then "About the reviewer", then the page's share tools: each
        // box is a small share of what is left before it.
        let heading = |text: &str| Block {
            kind: BlockKind::Heading,
            text: text.into(),
            level: Some(2),
            number: None,
        };
        let bio = "Ann Lee is the executive editor of the newsletter and writes on health.";
        let mut blocks = paragraphs(&[PROSE; 5]);
        blocks.push(heading("About the Author"));
        blocks.extend(paragraphs(&[bio, bio]));
        blocks.push(heading("About the Reviewer"));
        blocks.extend(paragraphs(&[bio, bio]));
        blocks.push(heading("Share this article"));
        blocks.extend(paragraphs(&[bio, bio]));
        drop_edge_boilerplate(&mut blocks);
        assert_eq!(blocks.len(), 5);
    }

    #[test]
    fn a_share_label_goes_but_does_not_end_the_body() {
        // A share bar between the text and its FAQ: the label is furniture, the FAQ is text.
        let question = "What does the council plan next?";
        let mut blocks = paragraphs(&[PROSE; 5]);
        blocks.extend(paragraphs(&["Share this", question, PROSE]));
        drop_edge_boilerplate(&mut blocks);
        assert_eq!(blocks.len(), 7);
        assert!(blocks.iter().all(|b| b.text != "Share this"));
        assert_eq!(blocks[5].text, question);
    }

    #[test]
    fn drops_reading_times_buttons_and_bracketed_teasers_anywhere() {
        let mut texts = vec![PROSE; 3];
        texts.extend([
            "8 min read",
            "3 MIN. READ",
            "Reading Time: 11 minutes",
            "➡️ Check price here",
            "[Read more: A guide to small business accounting]",
            "(Also read how to save money on car repairs.)",
        ]);
        texts.extend([PROSE; 7]);
        assert_eq!(kept(&texts), vec![PROSE; 10]);
        assert_eq!(
            kept(&[PROSE, "Tempo de leitura: 2 minutos", PROSE]).len(),
            2
        );
        // Numbers in prose are text.
        let texts = [
            PROSE,
            "Image 2 of 5 shows the bridge at night.",
            "We read for 8 min.",
            PROSE,
        ];
        assert_eq!(kept(&texts).len(), 4);
    }

    #[test]
    fn drops_contact_lines_at_the_end() {
        assert_eq!(
            kept(&[
                PROSE,
                PROSE,
                "Write to Ann Lee at ann.lee@example.com",
                "Have a tip? Bo Chen may be reached at bo@example.com.",
                "Follow Newsbeat on Instagram, Facebook and YouTube.",
            ]),
            vec![PROSE, PROSE]
        );
        // At the start, or as a list item at the end, "Follow …" is the article's advice.
        let mut blocks = paragraphs(&["Follow this guide to train your puppy."]);
        blocks.extend(paragraphs(&[PROSE; 7]));
        blocks.push(Block {
            kind: BlockKind::ListItem,
            text: "Follow industry trends to stay competitive.".into(),
            level: None,
            number: None,
        });
        drop_edge_boilerplate(&mut blocks);
        assert_eq!(blocks.len(), 9);
    }

    #[test]
    fn drops_a_longer_pitch_paragraph_at_the_end_but_not_a_plea_for_comments() {
        let pitch = format!(
            "Be sure to follow me on social media to stay up to date on the latest tips. {}",
            "I share recipes, workouts and news every week with my readers. ".repeat(4)
        );
        let plea = format!(
            "Let me know what you would add to the list, and leave a comment below. {}",
            "I read every one of them and update the list often with your ideas. ".repeat(4)
        );
        let mut texts = vec![PROSE; 5];
        texts.push(&plea);
        texts.push(&pitch);
        let kept = kept(&texts);
        assert_eq!(kept.len(), 6);
        assert_eq!(kept[5], plea);
    }

    #[test]
    fn drops_ad_labels_and_teasers_anywhere() {
        let mut texts = vec![PROSE; 4];
        texts.push("Advertisement");
        texts.push("Lea también: El Congreso aprueba la reforma");
        texts.extend([PROSE; 6]);
        assert_eq!(kept(&texts), vec![PROSE; 10]);
    }

    #[test]
    fn drops_pointers_buttons_topic_lines_and_more_boxes() {
        let mut texts = vec![PROSE; 4];
        texts.push("Check out: Best advice for renting a car");
        texts.push("Check it Out");
        texts.extend([PROSE; 6]);
        texts.push("Posted under Car Tires");
        assert_eq!(kept(&texts), vec![PROSE; 10]);

        // A "More great … stories" box near the end ends the body; "Check out the table
        // below" is a sentence of the text.
        let mut texts = vec!["Check out the table below for the costs."];
        texts.extend([PROSE; 6]);
        texts.extend(["More Great WIRED Stories", "Another story", "A third story"]);
        assert_eq!(kept(&texts).len(), 7);
    }

    #[test]
    fn drops_sponsorship_calls_and_google_news_buttons_at_the_end() {
        let mut texts = vec![PROSE; 6];
        texts.push("Want to advertise in Tech World With Milan?");
        texts.push("Collaborate with us");
        texts.push("Favourite on Google News");
        assert_eq!(kept(&texts), vec![PROSE; 6]);
    }
}

//! `body`: the article's blocks, from content scoring over the page, or from JSON-LD
//! `articleBody` when the page's markup yields much less than the publisher's own copy.

use super::{Context, record, text_key};
use crate::Field;
use crate::article::{Article, AuthorKind, Block, BlockKind, Provenance};
use crate::body::{BodyHints, extract_body};
use crate::rules::{Rule, on};
use crate::signals::json_str;

pub(super) fn extract(ctx: &Context, article: &mut Article) {
    if !article.body.is_empty() {
        return;
    }
    let hints = BodyHints {
        headline: article.headline.as_deref(),
        byline: article.byline.as_deref(),
    };
    let outcome = extract_body(ctx.doc, &hints);
    let words = |blocks: &[Block]| {
        blocks
            .iter()
            .map(|b| b.text.split_whitespace().count())
            .sum::<usize>()
    };
    let from_dom = words(&outcome.blocks);
    if let Some(blocks) = jsonld_body(ctx) {
        // The publisher's copy wins only when the markup gave far less (a page whose body is
        // rendered by script, or hidden behind a paywall box).
        if words(&blocks) > 2 * from_dom + 50 {
            article.body = blocks;
            record(
                article,
                Field::Body,
                Provenance::new("json-ld", 0.7).path("articleBody"),
            );
            return;
        }
    }
    if !outcome.blocks.is_empty() {
        article.body = outcome.blocks;
        if on(Rule::BodyBareBylineLabels) {
            drop_bare_byline_labels(article);
        }
        if on(Rule::BodyBylineCopies) {
            drop_byline_copies(article);
        }
        if on(Rule::BodyAuthorBio) {
            drop_author_bio(article, ctx.url.as_deref());
        }
        if on(Rule::BodyNonText) {
            drop_non_text(article);
        }
        let mut provenance = Provenance::new(outcome.rule, 0.7);
        if let Some(container) = outcome.container {
            provenance = provenance.path(ctx.doc.describe(container));
        }
        record(article, Field::Body, provenance);
    }
}

/// Drops a copy of the byline among the first blocks ("By Wes Halvorsen Staff Writer"):
/// a short block that opens with a byline word and names one of the authors. A block that
/// is an author's name and nothing else, among the first or the last [`NAME_EDGE_BLOCKS`],
/// goes too: the name line of a byline or author box whose markup the cleaning did not
/// recognise ("Julia Gralberg" over the text, "Michelle Lee" under it).
fn drop_byline_copies(article: &mut Article) {
    let names: Vec<String> = article.authors.iter().map(|a| text_key(&a.name)).collect();
    if names.is_empty() {
        return;
    }
    let is_copy = |b: &Block| {
        let key = text_key(&b.text);
        b.text.chars().count() <= 100
            && BYLINE_LABELS.iter().any(|label| {
                key.strip_prefix(label)
                    .is_some_and(|rest| rest.starts_with(' '))
            })
            && names.iter().any(|n| key.contains(n.as_str()))
    };
    let is_name = |b: &Block| {
        let key = text_key(&b.text);
        b.kind != BlockKind::Preformatted && !key.is_empty() && names.contains(&key)
    };
    let head = article.body.len().min(4);
    if let Some(i) = article.body[..head].iter().position(is_copy)
        && article.body.len() > 1
    {
        article.body.remove(i);
    }
    let len = article.body.len();
    if len <= 2 * NAME_EDGE_BLOCKS {
        return;
    }
    let mut index = 0;
    article.body.retain(|b| {
        let at_edge = index < NAME_EDGE_BLOCKS || index + NAME_EDGE_BLOCKS >= len;
        index += 1;
        !(at_edge && is_name(b))
    });
}

/// The labels that open a byline ("By", "Reviewed by"), lower case: a copy of the byline
/// opens with one, and one standing alone is what is left when the names were links.
const BYLINE_LABELS: &[&str] = &[
    "by",
    "written by",
    "reviewed by",
    "edited by",
    "fact checked by",
    "von",
    "par",
    "por",
];

/// Drops, among the first four blocks, a byline label standing alone: the byline's names
/// were links, dropped with the page's chrome, and the label is left. Further down, "By:"
/// may head a list of names in the text.
fn drop_bare_byline_labels(article: &mut Article) {
    let mut index = 0;
    article.body.retain(|b| {
        index += 1;
        !(index <= 4
            && b.kind != BlockKind::Preformatted
            && BYLINE_LABELS.contains(&text_key(&b.text).as_str()))
    });
}

/// How many blocks at either end of the body may be a bare author name.
const NAME_EDGE_BLOCKS: usize = 4;

/// How many trailing blocks may open the author's bio.
const BIO_TAIL_BLOCKS: usize = 6;
/// The fewest words of a bio. A line or two on the writer under a news story ("Ann Lee
/// covers the White House.", "Ann Lee is on Twitter at @annlee") is the story's tagline,
/// kept as its end; an author box's bio runs longer.
const BIO_MIN_WORDS: usize = 30;
/// The largest share of the body's text that a bio and what follows it may hold.
const BIO_SHARE: usize = 4;
/// The most words of a line naming the author just before the bio ("Rebecca Norris",
/// "Contributing Writer").
const BIO_LABEL_WORDS: usize = 4;
/// Verbs that follow the author's name at the start of a bio ("Ann Lee is a writer…",
/// "Ann holds an MBA…", "Michelle Lee worked in marketing…").
const BIO_VERBS: &[&str] = &[
    "is",
    "was",
    "has",
    "holds",
    "serves",
    "joined",
    "writes",
    "covers",
    "lives",
    "works",
    "worked",
    "specializes",
    "specialises",
    "leads",
    "teaches",
    "spent",
    "began",
    "started",
    "grew",
    "earned",
    "graduated",
    "studied",
    "loves",
    "enjoys",
    "hails",
    "brings",
];
/// Adverbs that may stand between the name and the verb ("Ann Lee previously worked…").
const BIO_ADVERBS: &[&str] = &["also", "currently", "previously", "now", "recently"];
/// How far into the bio's first sentence the author's name may stand, after an opening
/// clause ("A New York transplant hailing from the Pacific Northwest, Emmet White has…").
const BIO_NAME_WORDS: usize = 20;

/// Drops the author's bio at the end of the body ("Ann Lee is a freelance writer based in
/// Denver…") and what follows it: CMSs print the author box inside the article's container
/// as plain paragraphs, after the text. A bio opens with the name of one of the article's
/// authors (the full name, or the first name of a full name; a one-word name that is not
/// the site's) and a verb of description, in one of the last few blocks, and with what
/// follows it is a small part of the body. The short lines naming the author just before
/// it (name, role) go with it.
fn drop_author_bio(article: &mut Article, url: Option<&str>) {
    let site = text_key(&format!(
        "{} {}",
        article.site_name.as_deref().unwrap_or(""),
        url.unwrap_or("")
    ));
    let site: Vec<&str> = site.split(' ').collect();
    let names: Vec<Vec<String>> = article
        .authors
        .iter()
        .filter(|a| a.kind == AuthorKind::Person)
        .map(|a| {
            text_key(&a.name)
                .split(' ')
                .map(str::to_string)
                .collect::<Vec<_>>()
        })
        // A one-word name may be the site signing its own posts ("Budlong is dedicated to…").
        .filter(|words| {
            !words[0].is_empty() && (words.len() >= 2 || !site.contains(&words[0].as_str()))
        })
        .collect();
    if names.is_empty() {
        return;
    }
    let body = &article.body;
    let total: usize = body.iter().map(|b| b.text.len()).sum();
    let first = body.len().saturating_sub(BIO_TAIL_BLOCKS).max(1);
    let Some(start) = (first..body.len()).find(|&i| {
        body[i].kind == BlockKind::Paragraph
            && body[i].text.split_whitespace().count() >= BIO_MIN_WORDS
            && opens_bio(&body[i].text, &names)
    }) else {
        return;
    };
    let cut: usize = body[start..].iter().map(|b| b.text.len()).sum();
    if cut * BIO_SHARE > total {
        return;
    }
    let mut start = start;
    while start > 1 && is_bio_label(&body[start - 1], &names) {
        start -= 1;
    }
    article.body.truncate(start);
}

/// True when the text's first sentence opens with an author's name and a verb of
/// description, or has them after an opening clause ending in a comma.
fn opens_bio(text: &str, names: &[Vec<String>]) -> bool {
    // The first sentence's words, each with whether a comma closes the word before it.
    let mut words: Vec<(String, bool, &str)> = Vec::new();
    let mut comma = true;
    for raw in text.split_whitespace() {
        // Split as a comparison key is ("Holliday-Bell" is two words).
        for word in raw
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
        {
            words.push((word.to_lowercase(), comma, word));
            comma = false;
        }
        comma = raw.ends_with(',');
        // A sentence ends at a full stop, not at an initial or a title ("Ann B. Lee", "Dr.").
        let stop = raw.ends_with(['.', '!', '?'])
            && raw.chars().filter(|c| c.is_alphanumeric()).count() > 3;
        if stop || words.len() > BIO_NAME_WORDS + 4 {
            break;
        }
    }
    let skip = match words.as_slice() {
        [(a, ..), (b, ..), (c, ..), ..] if a == "about" && b == "the" && c == "author" => 3,
        _ => 0,
    };
    let verb_at = |i: usize| {
        let i = match words.get(i) {
            Some((w, ..)) if BIO_ADVERBS.contains(&w.as_str()) => i + 1,
            _ => i,
        };
        words
            .get(i)
            .is_some_and(|(w, ..)| BIO_VERBS.contains(&w.as_str()))
    };
    (skip..words.len().min(skip + BIO_NAME_WORDS)).any(|at| {
        let (_, after_comma, raw) = &words[at];
        if at > skip && !after_comma {
            return false;
        }
        // A first name alone must be written as a name: an all-capitals word is a brand or
        // an acronym ("QCY is already…" on a page by "QCY Official").
        let named = raw.chars().any(char::is_lowercase);
        names.iter().any(|name| {
            let full = words.len() > at + name.len()
                && words[at..].iter().zip(name).all(|((w, ..), n)| w == n);
            let first = named && name.len() >= 2 && words[at].0 == name[0];
            (full && (named || name.len() >= 2) && verb_at(at + name.len()))
                || (first && verb_at(at + 1))
        })
    })
}

/// A short line standing before a bio: the author's name, or a role with no sentence.
fn is_bio_label(block: &Block, names: &[Vec<String>]) -> bool {
    let key = text_key(&block.text);
    let words: Vec<&str> = key.split(' ').collect();
    block.kind == BlockKind::Paragraph
        && words.len() <= BIO_LABEL_WORDS
        && !block.text.trim_end().ends_with(['.', '!', '?', ':'])
        && (names
            .iter()
            .any(|n| n.iter().any(|w| words.contains(&w.as_str())))
            || words.iter().all(|w| BIO_ROLE_WORDS.contains(w)))
}

/// Words of the role line under an author's name in an author box.
const BIO_ROLE_WORDS: &[&str] = &[
    "contributing",
    "senior",
    "associate",
    "staff",
    "freelance",
    "writer",
    "editor",
    "reporter",
    "author",
    "contributor",
    "correspondent",
    "columnist",
];

/// Drops blocks with no letters or digits (`___`, `* * *` separators) and, among the first
/// blocks, a line that is only a date (the article's meta line left in its container).
fn drop_non_text(article: &mut Article) {
    article
        .body
        .retain(|b| b.text.chars().any(char::is_alphanumeric));
    let hints = crate::time::DateHints {
        language: article.language.as_deref(),
    };
    let only_date = |b: &Block| {
        let text = b.text.trim();
        // "Updated October 23, 2025", "Last updated on June 2, 2025": the meta line's label.
        let dated = DATE_LABELS
            .iter()
            .find_map(|l| {
                let head = text.get(..l.len())?;
                head.eq_ignore_ascii_case(l).then(|| text.get(l.len()..))?
            })
            .unwrap_or(text);
        b.text.split_whitespace().count() <= 6
            && crate::time::find_dates(dated, &hints)
                .first()
                .is_some_and(|d| d.range.len() * 2 >= dated.trim().len())
    };
    let mut index = 0;
    for _ in 0..DATE_LINE_BLOCKS {
        if index >= article.body.len() || article.body.len() < 2 {
            break;
        }
        if only_date(&article.body[index]) {
            article.body.remove(index);
        } else {
            index += 1;
        }
    }
}

/// How many leading blocks may be the article's date line.
const DATE_LINE_BLOCKS: usize = 3;

/// Labels of a date line (lower case, with their trailing space).
const DATE_LABELS: &[&str] = &[
    "last updated on ",
    "last updated ",
    "updated on ",
    "updated ",
    "published on ",
    "published ",
];

/// JSON-LD `articleBody` split into paragraphs at line breaks.
fn jsonld_body(ctx: &Context) -> Option<Vec<Block>> {
    let raw = ctx.signals.jsonld.article()?.get("articleBody")?;
    let text = match raw {
        serde_json::Value::String(s) => crate::dom::decode_entities(s),
        other => json_str(other)?,
    };
    let blocks: Vec<Block> = text
        .split('\n')
        .map(crate::dom::collapse_whitespace)
        .filter(|p| !p.is_empty())
        .map(Block::paragraph)
        .collect();
    (!blocks.is_empty()).then_some(blocks)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::article::Author;

    const PROSE: &str = "The council met on Tuesday, and after a long debate, it voted to close \
        the old bridge for repairs, a decision that residents of the town had long awaited.";
    const BIO: &str = "Ann Lee is a freelance writer based in Denver. She has covered city \
        politics, housing and transport for more than ten years, and her work has appeared \
        in several regional papers and magazines across the state.";

    fn article(author: &str, texts: &[&str]) -> Article {
        Article {
            authors: vec![Author::new(author, AuthorKind::Person)],
            body: texts.iter().map(|t| Block::paragraph(*t)).collect(),
            ..Article::default()
        }
    }

    fn texts(article: &Article) -> Vec<&str> {
        article.body.iter().map(|b| b.text.as_str()).collect()
    }

    #[test]
    fn drops_bare_byline_labels_among_the_first_blocks() {
        let mut texts_in = vec!["By", "Reviewed by:"];
        texts_in.extend([PROSE; 4]);
        texts_in.extend(["By:", "Ann Lee, Bo Chen"]);
        let mut a = article("Ann Lee", &texts_in);
        drop_bare_byline_labels(&mut a);
        let mut expected = vec![PROSE; 4];
        expected.extend(["By:", "Ann Lee, Bo Chen"]);
        assert_eq!(texts(&a), expected);
    }

    #[test]
    fn drops_bare_author_names_at_the_edges_only() {
        let mut texts_in = vec!["Ann Lee"];
        texts_in.extend([PROSE; 10]);
        texts_in.push("ANN LEE");
        let mut a = article("Ann Lee", &texts_in);
        drop_byline_copies(&mut a);
        assert_eq!(texts(&a), vec![PROSE; 10]);
        // In the middle of the text, the name may be a quote's attribution or a heading.
        let mut texts_in = vec![PROSE; 5];
        texts_in.push("Ann Lee");
        texts_in.extend([PROSE; 5]);
        let mut a = article("Ann Lee", &texts_in);
        drop_byline_copies(&mut a);
        assert_eq!(a.body.len(), 11);
    }

    #[test]
    fn drops_date_lines_among_the_first_blocks() {
        let mut a = article(
            "Ann Lee",
            &[
                "Local news",
                "Updated October 23, 2025",
                PROSE,
                "Published on March 2, 2024",
            ],
        );
        drop_non_text(&mut a);
        assert_eq!(
            texts(&a),
            vec!["Local news", PROSE, "Published on March 2, 2024"]
        );
        // A sentence that starts with the label is text.
        let mut a = article(
            "Ann Lee",
            &["Updated rules take effect in May 2025.", PROSE],
        );
        drop_non_text(&mut a);
        assert_eq!(a.body.len(), 2);
    }

    #[test]
    fn drops_the_authors_bio_and_its_labels_at_the_end() {
        let mut a = article(
            "Ann Lee",
            &[
                PROSE,
                PROSE,
                PROSE,
                PROSE,
                PROSE,
                "Ann Lee",
                "Contributing Writer",
                BIO,
            ],
        );
        drop_author_bio(&mut a, None);
        assert_eq!(texts(&a), vec![PROSE; 5]);
        // The first name alone opens the bio too, and what follows it goes with it.
        let first = BIO.replacen("Ann Lee is", "Ann holds an MBA and", 1);
        let mut a = article(
            "Ann Lee",
            &[PROSE, PROSE, PROSE, PROSE, PROSE, &first, "Watch next"],
        );
        drop_author_bio(&mut a, None);
        assert_eq!(texts(&a), vec![PROSE; 5]);
    }

    #[test]
    fn finds_bios_by_one_word_names_past_tense_verbs_and_after_an_opening_clause() {
        let rest = " She has covered city politics, housing and transport for more than ten \
            years, and her work has appeared in several regional papers and magazines.";
        for (author, opening) in [
            ("Ann", "Ann has written for the Bugle blog since 2018."),
            (
                "Ann Lee",
                "Ann Lee worked in radio and events for a decade.",
            ),
            ("Ann Lee", "Ann Lee previously worked in radio and events."),
            (
                "Ann Holliday-Bell, MD",
                "*Ann Holliday-Bell, MD, is a doctor in Denver.",
            ),
            (
                "Ann Lee",
                "A Denver native raised on the coast, Ann Lee has a passion for bridges.",
            ),
        ] {
            let bio = format!("{opening}{rest}");
            let mut a = article(author, &[PROSE, PROSE, PROSE, PROSE, PROSE, &bio]);
            drop_author_bio(&mut a, Some("https://bugle.example/a"));
            assert_eq!(texts(&a), vec![PROSE; 5], "{opening}");
        }
        // A one-word name that is the site's own is the company signing its post; a name
        // in the middle of a sentence is not the bio's subject.
        for (author, opening) in [
            (
                "Bugle",
                "Bugle is dedicated to serving the town with local news.",
            ),
            (
                "Ann Lee",
                "The mayor told reporters that Ann Lee is the best candidate.",
            ),
        ] {
            let bio = format!("{opening}{rest}");
            let mut a = article(author, &[PROSE, PROSE, PROSE, PROSE, PROSE, &bio]);
            drop_author_bio(&mut a, Some("https://bugle.example/a"));
            assert_eq!(a.body.len(), 6, "{opening}");
        }
    }

    #[test]
    fn keeps_taglines_other_names_brands_and_early_paragraphs() {
        let tagline = "Ann Lee covers the White House.";
        for (author, texts_in) in [
            ("Ann Lee", vec![PROSE, PROSE, PROSE, PROSE, PROSE, tagline]),
            ("Bo Chen", vec![PROSE, PROSE, PROSE, PROSE, PROSE, BIO]),
            ("Ann", vec![PROSE, PROSE, PROSE, PROSE, PROSE, BIO]),
            (
                "Ann Lee",
                vec![BIO, PROSE, PROSE, PROSE, PROSE, PROSE, PROSE, PROSE],
            ),
        ] {
            let mut a = article(author, &texts_in);
            drop_author_bio(&mut a, None);
            assert_eq!(texts(&a), texts_in, "{author}");
        }
        let brand = BIO.replacen("Ann Lee", "QCY", 1);
        let mut a = article("QCY Official", &[PROSE, PROSE, PROSE, PROSE, PROSE, &brand]);
        drop_author_bio(&mut a, None);
        assert_eq!(a.body.len(), 6);
    }
}

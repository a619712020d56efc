//! `body`: the article's blocks, from content scoring over the page, or from JSON-LD
//! `articleBody` when the page's markup yields much less than the publisher's own copy.

use super::{Context, record, text_key};
use crate::Field;
use crate::article::{Article, Block, BlockKind, Provenance};
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
    use crate::article::{Author, AuthorKind};

    const PROSE: &str = "The council met on Tuesday, and after a long debate, it voted to close \
        the old bridge for repairs, a decision that residents of the town had long awaited.";

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
}

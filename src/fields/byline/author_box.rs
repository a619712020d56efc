//! The credit at the head of an author box: the name, without the job title, biography or
//! "More by" link set after it in elements of their own.
//!
//! An author box (`<div class="author"><a>Ann Lee</a><span>Harbour Correspondent</span>
//! <p>Ann Lee has covered the port…</p></div>`) reads as one run of text, "Ann
//! LeeHarbour Correspondent Ann Lee has covered…", in which the name has no edge. Read piece
//! by piece (each text node as written), the name is a piece of its own (a person's name,
//! with a "By" before it if any), and what follows it is a role (a piece led by a role
//! word, [`ROLE_WORDS`]), a link to the author's other work (the link labels of `words.rs`,
//! "More by", "Mehr von") or a sentence of a biography (not a link's: a sentence in a link
//! is another story's headline).

use super::names::looks_like_person;
use super::patterns::{ALL_POSTS, LINK_LABEL, PREFIX};
use super::words::{NAME_PARTICLES, ROLE_WORDS};
use crate::dom::{
    Document, NodeData, NodeId, collapse_whitespace, is_block_tag, is_skipped_tag, local_name,
};
use crate::fields::text_key;

/// A role piece holds at most this many words ("Chief Political Correspondent").
const ROLE_MAX_WORDS: usize = 6;
/// A role word this far into a piece, or nearer, leads it: "Senior Reporter", "Harbour
/// Correspondent"; further in, it follows a name ("Bo Kim Staff Writer").
const ROLE_WORD_AT_MOST: usize = 1;
/// A sentence of a biography holds at least this many words…
const SENTENCE_MIN_WORDS: usize = 5;
/// … and at least this many that start in lower case (name particles aside).
const SENTENCE_MIN_LOWER: usize = 2;

/// The credit of an author box, when the box sets something after the name: the text
/// before it (the name, with a "By" before it if any), and the role when that comes first.
/// `None` when nothing but a credit is in the box: it is read whole.
pub(super) fn box_credit(doc: &Document, id: NodeId) -> Option<(String, Option<String>)> {
    let pieces = text_pieces(doc, id);
    let name_at = pieces
        .iter()
        .position(|p| looks_like_person(PREFIX.replace(p.text.trim(), "").trim()))?;
    let (tail_at, tail) = pieces
        .iter()
        .enumerate()
        .skip(name_at + 1)
        .find_map(|(i, p)| tail_kind(p).map(|t| (i, t)))?;
    let written: Vec<&str> = pieces[..tail_at].iter().map(|p| p.text.as_str()).collect();
    let credit = collapse_whitespace(&written.concat());
    let credit = credit.trim_end_matches(|c: char| !c.is_alphanumeric() && c != '.');
    let role = (tail == Tail::Role).then(|| {
        collapse_whitespace(&pieces[tail_at].text)
            .trim_matches(|c: char| !c.is_alphanumeric())
            .to_string()
    });
    Some((credit.to_string(), role))
}

/// What a piece after the name is, when it is no part of the credit.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Tail {
    /// The author's job title.
    Role,
    /// A link to the author's other work, or a sentence of a biography.
    Other,
}

/// The kind of piece that ends a credit, if this piece is one.
fn tail_kind(piece: &Piece) -> Option<Tail> {
    let text = collapse_whitespace(&piece.text);
    let key = text_key(&text);
    let words: Vec<&str> = key.split(' ').filter(|w| !w.is_empty()).collect();
    let led_by_role = words.len() <= ROLE_MAX_WORDS
        && words
            .iter()
            .take(ROLE_WORD_AT_MOST + 1)
            .any(|w| ROLE_WORDS.contains(w));
    if led_by_role {
        return Some(Tail::Role);
    }
    if LINK_LABEL.is_match(&text) || ALL_POSTS.is_match(&text) {
        return Some(Tail::Other);
    }
    let written: Vec<&str> = text.split_whitespace().collect();
    let lower = written
        .iter()
        .filter(|w| w.chars().next().is_some_and(char::is_lowercase))
        .filter(|w| !NAME_PARTICLES.contains(w))
        .count();
    let opens = text.chars().next().is_some_and(char::is_uppercase);
    (!piece.in_link && opens && written.len() >= SENTENCE_MIN_WORDS && lower >= SENTENCE_MIN_LOWER)
        .then_some(Tail::Other)
}

/// A text node of a box, as written.
struct Piece {
    text: String,
    /// Whether a link in the box holds it.
    in_link: bool,
}

/// The text nodes of a subtree as written, in document order, scripts and the like left
/// out; a block's edge adds a space to the piece before it, as it parts the words.
fn text_pieces(doc: &Document, id: NodeId) -> Vec<Piece> {
    let mut pieces: Vec<Piece> = Vec::new();
    let space = |pieces: &mut Vec<Piece>| {
        if let Some(last) = pieces.last_mut() {
            last.text.push(' ');
        }
    };
    let in_link = |n: NodeId| {
        doc.ancestors(n)
            .take_while(|&a| a != id)
            .chain(std::iter::once(id))
            .any(|a| doc.is(a, &local_name!("a")))
    };
    // Some(node) to enter, None to mark the end of a block element.
    let mut stack: Vec<Option<NodeId>> = vec![Some(id)];
    while let Some(entry) = stack.pop() {
        let Some(n) = entry else {
            space(&mut pieces);
            continue;
        };
        match &doc.node(n).data {
            NodeData::Text(t) if t.trim().is_empty() => space(&mut pieces),
            NodeData::Text(t) => pieces.push(Piece {
                text: t.to_string(),
                in_link: in_link(n),
            }),
            NodeData::Element(e) => {
                if is_skipped_tag(&e.name) && n != id {
                    continue;
                }
                if is_block_tag(&e.name) || e.name == local_name!("br") {
                    space(&mut pieces);
                    stack.push(None);
                }
                stack.extend(doc.children(n).iter().rev().map(|&c| Some(c)));
            }
            NodeData::Document => stack.extend(doc.children(n).iter().rev().map(|&c| Some(c))),
            NodeData::Other => {}
        }
    }
    pieces
}

#[cfg(test)]
mod tests {
    use super::*;

    fn credit(html: &str) -> Option<(String, Option<String>)> {
        let doc = Document::parse(html);
        let div = doc
            .elements()
            .find(|(_, e)| &*e.name == "div")
            .map(|(id, _)| id)?;
        box_credit(&doc, div)
    }

    #[test]
    fn the_name_ends_where_the_role_bio_or_more_link_begins() {
        let role = |r: &str| Some(r.to_string());
        assert_eq!(
            credit(
                r#"<div><a href="/a/ann-lee">Ann Lee</a><span>Harbour Correspondent</span><p>Ann Lee has covered the port for twelve years.</p></div>"#
            ),
            Some(("Ann Lee".into(), role("Harbour Correspondent")))
        );
        assert_eq!(
            credit(
                r#"<div>By <a href="/a/ann-lee">Ann Lee</a> | <span>Senior Reporter</span></div>"#
            ),
            Some(("By Ann Lee".into(), role("Senior Reporter")))
        );
        assert_eq!(
            credit(
                "<div><h4>Ann Lee</h4><p>Ann Lee writes about transport and city hall.</p></div>"
            ),
            Some(("Ann Lee".into(), None))
        );
        assert_eq!(
            credit("<div>Ann Lee<br>More stories by Ann Lee</div>"),
            Some(("Ann Lee".into(), None))
        );
    }

    #[test]
    fn a_credit_alone_is_read_whole() {
        for html in [
            "<div>By <a>Ann Lee</a> and <a>Bo Kim</a> | <time>May 3, 2024</time></div>",
            "<div>By Ann Lee, Staff Writer</div>",
            "<div>Posted on <time>May 3</time> by <a>Ann Lee</a></div>",
            "<div><a>Ann Lee</a> <a>Bo Kim Staff Writer</a></div>",
            // A sentence in a link is another story's headline: a list of authors with
            // their latest stories, not one author's box.
            r#"<div><a href="/ann-lee">Ann Lee</a><a href="/story">Ferry fares rise again as the winter timetable starts</a></div>"#,
            // A headline in title case is no person's name.
            "<div><a>Ferry Fares Rise Again</a><p>The council said on Monday that fares will rise.</p></div>",
        ] {
            assert_eq!(credit(html), None, "{html}");
        }
    }
}

//! The visible text of the whole page as lines, each with the element its text sits in, so a
//! date written in the text can be placed: near the headline or far from it, in the article
//! or in a comment, sidebar or site header.

use crate::dom::{Document, Line, Reading, lines_with_nodes};

/// The page's lines in document order, in one walk, as the screen shows them: hidden
/// elements (`hidden`, `aria-hidden`, `display:none`) are left out with scripts and styles
/// ([`Reading::SCREEN`]); React's streamed segments are read where they were sent; an
/// inline element named as a date ends a line of its own.
pub(crate) fn page_lines(doc: &Document) -> Vec<Line> {
    let reading = Reading {
        own_line: is_date_box,
        ..Reading::SCREEN
    };
    lines_with_nodes(doc, doc.root(), &reading)
}

/// An inline element named as a date (`<span class="post-date">`): its own line, so that a
/// date set at the end of a standfirst or a caption is read as a meta line, not as words in
/// a long sentence. An update's box keeps its line: its label ("UPDATED:") often stands
/// before it.
fn is_date_box(e: &crate::dom::Element) -> bool {
    // Whole words of the class only: "candidate" and "validate" name no date. Compared
    // in either case without writing the word out: this runs on every element of the page.
    e.classes().any(|c| {
        c.split(|ch: char| !ch.is_ascii_alphanumeric())
            .any(|w| DATE_BOX_WORDS.iter().any(|d| w.eq_ignore_ascii_case(d)))
    })
}

/// Words of a class that name an inline element as a date, in lower case.
const DATE_BOX_WORDS: &[&str] = &["date", "pubdate", "postdate", "datetime"];

//! Boilerplate removal: which nodes never count as article text.
//!
//! Two passes, both linear. [`page_marks`] runs before scoring, over the whole page: invisible
//! elements (scripts, `hidden`, `aria-hidden`, `display:none`), page chrome by tag (`nav`,
//! `aside` unless it is a passage of the running text, `footer`, `form`, `figure` unless it
//! holds a table or a quote), and elements whose class, id or role say boilerplate
//! (share bars, related links, comments, newsletter boxes, ads, bylines, captions), and the
//! small boxes around sign-up and quote forms (their pitch and terms), small call-to-action
//! boxes and disclaimers. A mark is
//! inherited by the whole subtree, in one forward pass since parents precede children.
//! [`container_marks`] then runs inside the chosen container and drops what only its measures
//! give away: blocks that are mostly links (lists of related stories, tag clouds), except
//! lists with more of the article after them.
//!
//! Nothing here chooses the container or builds text.

use super::stats::{Stats, TextSizes};
use super::vocabulary::{
    Evidence, EvidenceReader, SIGN_UP_PHRASES, has_hidden_class, is_boilerplate_tag,
    is_screen_reader_only,
};
use crate::dom::{Document, Element, NodeData, NodeId, Reading, local_name, tags};
use crate::vocabulary::alternation;
use regex::Regex;
use std::collections::{HashMap, HashSet};
use std::sync::LazyLock;

/// How hard the page-wide pass cleans.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Strictness {
    /// Tags, hidden elements and class, id and role vocabulary.
    Full,
    /// Only what can never be visible text; used when the full pass left too little, which
    /// happens when a page wraps its whole content in an element with a misleading class or
    /// a stale `aria-hidden`.
    Relaxed,
}

/// Marks the nodes of the page that never count as article text.
pub(super) fn page_marks(
    doc: &Document,
    sizes: &mut TextSizes,
    strictness: Strictness,
) -> Vec<bool> {
    let tables = holds(doc, |e| {
        e.name == local_name!("table") || e.name == local_name!("blockquote")
    });
    let toggled = toggled_panels(doc);
    let prose = prose_asides(doc);
    let invisible = inherited_marks(doc, |id, e| {
        // A figure that holds a table or a quote is the table or the quote (WordPress wraps
        // every table block in `<figure class="wp-block-table">`, and HTML's pattern for a
        // quote with its source is `<figure><blockquote>…<figcaption>`): text, not a caption.
        let table_figure = e.name == local_name!("figure") && tables[id];
        // Words for screen readers only (", opens new tab") are not the sentence's; a
        // space in such a span still parts the words around it.
        let screen_reader = strictness == Strictness::Full
            && is_screen_reader_only(e)
            && !doc.text(id).trim().is_empty();
        (is_invisible(e, strictness, toggled[id]) || screen_reader) && !table_figure && !prose[id]
    });
    if strictness == Strictness::Relaxed {
        return invisible;
    }
    let stats = Stats::measure(doc, sizes, &invisible);
    // Whether each node is or holds an element whose class or id names a well-known body
    // container: the one part of the evidence read for every element, as it keeps the
    // wrappers around it. The rest is read below, only for the elements the marking reaches.
    let mut reader = EvidenceReader::default();
    let strong_inside = holds_node(doc, |id| {
        doc.element(id).is_some_and(|e| reader.names_body(e))
    });
    let page_text = stats.text[doc.root()];
    let in_code = inside_code(doc);
    let paragraph = paragraph_of_inline(doc);
    let in_prose = inline_in_paragraph(doc, &stats, &paragraph);
    let form_boxes = form_boxes(doc, &stats, &strong_inside);
    let sign_up_boxes = sign_up_boxes(doc, &stats, &strong_inside);
    let cards = hover_cards(doc, &paragraph);
    inherited_marks(doc, |id, e| {
        // A wrapper that holds a known body container or most of the page's text is not
        // boilerplate, whatever its class says (`content-with-sidebar`, `under-menu`).
        let wrapper = strong_inside[id] || stats.text[id] as u64 * 5 >= page_text as u64 * 2;
        invisible[id]
            || form_boxes[id]
            || sign_up_boxes[id]
            || cards[id]
            || (!wrapper
                && !in_code[id]
                && !in_prose[id]
                && !is_outermost(e)
                && says_boilerplate(&mut reader, e, stats.text[id]))
    })
}

/// True when an element's class, id or role says boilerplate, or names a call-to-action box
/// or a disclaimer of at most [`SMALL_BOX_TEXT`] characters (`text`).
fn says_boilerplate<'a>(reader: &mut EvidenceReader<'a>, e: &'a Element, text: u32) -> bool {
    let (said, small_box) = reader.read(e);
    said == Evidence::Boilerplate || (text <= SMALL_BOX_TEXT && small_box)
}

/// Marks the cards that pop up over a name in a sentence (`<p>… <span><a>Ann Lee</a>
/// <span><img> <a>Ann Lee</a> <a>Her latest story</a></span></span> …`): an inline element
/// within a paragraph that holds an image and two or more links is a box of its own, shown
/// on hover, not words of the sentence, which would read the name twice and the box's
/// headlines in the middle of the text.
fn hover_cards(doc: &Document, paragraph: &[Option<NodeId>]) -> Vec<bool> {
    let mut links = vec![0u32; doc.len()];
    let mut image = vec![false; doc.len()];
    for id in (1..doc.len()).rev() {
        match doc.tag(id) {
            Some(&local_name!("a")) => links[id] += 1,
            Some(&local_name!("img")) => image[id] = true,
            _ => {}
        }
        if let Some(p) = doc.parent(id) {
            links[p] += links[id];
            image[p] |= image[id];
        }
    }
    let mut cards = vec![false; doc.len()];
    for (id, e) in doc.elements() {
        cards[id] =
            paragraph[id].is_some() && image[id] && links[id] >= 2 && e.name != local_name!("a");
    }
    // The innermost such element is the card: the one around it also holds the name the
    // card pops up over, which is a word of the sentence.
    let mut card_inside = vec![false; doc.len()];
    for id in (1..doc.len()).rev() {
        if card_inside[id] {
            cards[id] = false;
        }
        if let Some(p) = doc.parent(id) {
            card_inside[p] |= cards[id] || card_inside[id];
        }
    }
    cards
}

/// The most characters of text of a call-to-action box (a pitch and a button or two) or a
/// disclaimer. A larger element so classed is a section of the page built around its offer.
const SMALL_BOX_TEXT: u32 = 400;

/// For each node, whether it is an inline element within the running text of a paragraph:
/// a link or a span in a sentence (`a.popup` glossary notes, `span.date`) is part of the
/// sentence, whatever its class says, and dropping it would cut words out of the text. One
/// that holds most of its paragraph's text, or more than the paragraph's words outside its
/// inline elements, is not in a sentence (a caption and credit written as
/// `<p><img><span class="caption">…<span class="credits">`), and its class still counts.
fn inline_in_paragraph(doc: &Document, stats: &Stats, paragraph: &[Option<NodeId>]) -> Vec<bool> {
    // Characters of each node's own text children: the words of a paragraph outside its
    // inline elements. A paragraph of spans alone (an image's caption and credit) has none.
    let mut loose = vec![0u32; doc.len()];
    for id in 1..doc.len() {
        if let (NodeData::Text(_), Some(p)) = (&doc.node(id).data, doc.parent(id)) {
            loose[p] = loose[p].saturating_add(stats.text[id]);
        }
    }
    (0..doc.len())
        .map(|id| {
            paragraph[id]
                .is_some_and(|p| stats.text[id] * 2 < stats.text[p] && stats.text[id] < loose[p])
        })
        .collect()
}

/// For each node, the paragraph it stands in when it is an inline element of one (`None`
/// for block elements, text and what stands outside paragraphs): computed once for the
/// sentence and hover-card checks.
fn paragraph_of_inline(doc: &Document) -> Vec<Option<NodeId>> {
    let mut paragraph: Vec<Option<NodeId>> = vec![None; doc.len()];
    for id in 1..doc.len() {
        let Some(e) = doc.element(id) else { continue };
        if super::stats::is_block(&e.name) {
            continue;
        }
        paragraph[id] = doc.parent(id).and_then(|p| {
            if doc.is(p, &local_name!("p")) {
                Some(p)
            } else {
                paragraph[p]
            }
        });
    }
    paragraph
}

/// For each node, whether it stands inside a `<pre>` or `<code>`: syntax highlighters class
/// every token of a listing (`hljs-comment`, `token comment`, `hljs-meta`), and those names
/// say what the code token is, not that the page's chrome is there.
fn inside_code(doc: &Document) -> Vec<bool> {
    let mut inside = vec![false; doc.len()];
    for id in 1..doc.len() {
        inside[id] = doc.parent(id).is_some_and(|p| {
            inside[p] || doc.is(p, &local_name!("pre")) || doc.is(p, &local_name!("code"))
        });
    }
    inside
}

/// The most characters of text, besides its form, of a box around a form.
const FORM_BOX_TEXT: u32 = 400;
/// How many levels above a form its box may reach.
const FORM_BOX_DEPTH: usize = 8;

/// Marks the boxes around forms: a sign-up, quote or search form comes with its pitch
/// ("Be the first to know!", "Get editor selected deals texted to your phone", the terms
/// under the button) in plain `div`s beside it. The box is the largest ancestor of a form
/// with a field to type in whose other text stays short and is not written as text blocks:
/// a box that holds a section heading (`h1`–`h3`), a paragraph, a list or a table is a part
/// of the page built around a form (a price calculator under "How much does it cost?", a
/// recipe's ingredients beside its servings field). A form of buttons alone is a button
/// (Rails' `button_to`), not a box. `stats` are measured without the forms.
fn form_boxes(doc: &Document, stats: &Stats, strong_inside: &[bool]) -> Vec<bool> {
    let fields = holds(doc, |e| match e.name {
        local_name!("input") => e.attr("type").is_none_or(|t| {
            let t = t.trim().to_ascii_lowercase();
            matches!(
                t.as_str(),
                "" | "text" | "email" | "tel" | "number" | "search" | "url"
            )
        }),
        local_name!("textarea") => true,
        _ => false,
    });
    let text_blocks = holds(doc, |e| {
        tags::is_heading_of(&e.name, 1..=3)
            || matches!(
                e.name,
                local_name!("p")
                    | local_name!("ul")
                    | local_name!("ol")
                    | local_name!("dl")
                    | local_name!("table")
            )
    });
    let mut boxes = vec![false; doc.len()];
    for (form, _) in doc
        .elements()
        .filter(|(id, e)| e.name == local_name!("form") && fields[*id])
    {
        let mut top = None;
        let mut current = doc.parent(form);
        for _ in 0..FORM_BOX_DEPTH {
            let Some(id) = current else { break };
            let Some(e) = doc.element(id) else { break };
            if is_outermost(e)
                || e.name == local_name!("article")
                || stats.text[id] > FORM_BOX_TEXT
                || text_blocks[id]
                || strong_inside[id]
            {
                break;
            }
            top = Some(id);
            current = doc.parent(id);
        }
        if let Some(id) = top {
            boxes[id] = true;
        }
    }
    boxes
}

/// The most characters of text of a newsletter sign-up box.
const SIGN_UP_BOX_TEXT: u32 = 600;
/// The fewest characters of a block of text that a sign-up phrase makes a pitch.
const SIGN_UP_BLOCK_TEXT: u32 = 20;
/// A block of this many characters, with no sign-up phrase, is prose: no sign-up box holds
/// one.
const SIGN_UP_PROSE_TEXT: u32 = 80;

/// Marks the newsletter sign-up boxes, whatever their class: a heading ("Get the Morning
/// Briefing"), a pitch, the terms under the button, and the form or a link to it. The box
/// is the largest element of at most [`SIGN_UP_BOX_TEXT`] characters that holds a block of
/// text with a sign-up phrase ([`SIGN_UP_PHRASES`]), whose text is at least half such
/// blocks, and that holds no other block of prose. A box is built around its pitch: it
/// holds more text than the block, or a field or button. A block alone, or in a wrapper of
/// its own (a paragraph of an article on e-mail that mentions "your inbox"), is left alone.
fn sign_up_boxes(doc: &Document, stats: &Stats, strong_inside: &[bool]) -> Vec<bool> {
    static PHRASE: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(&format!(
            "(?i){}",
            alternation(SIGN_UP_PHRASES.iter().copied())
        ))
        .expect("a list of escaped phrases compiles")
    });
    // Characters of the pitch blocks and the count of prose blocks in each subtree.
    let mut pitch = vec![0u32; doc.len()];
    let mut prose = vec![0u32; doc.len()];
    let mut pitches: Vec<NodeId> = Vec::new();
    let controls = holds(doc, |e| {
        matches!(
            e.name,
            local_name!("form") | local_name!("input") | local_name!("button")
        )
    });
    for (id, e) in doc.elements() {
        let own = stats.own_text[id];
        if !super::stats::is_block(&e.name)
            || stats.has_block_child[id]
            || own < SIGN_UP_BLOCK_TEXT
            || !may_be_in_box(doc, stats, &controls, id)
        {
            continue;
        }
        if PHRASE.is_match(&doc.text(id)) {
            pitch[id] = own;
            pitches.push(id);
        } else if own >= SIGN_UP_PROSE_TEXT {
            prose[id] = 1;
        }
    }
    for id in (1..doc.len()).rev() {
        if let Some(p) = doc.parent(id) {
            pitch[p] = pitch[p].saturating_add(pitch[id]);
            prose[p] = prose[p].saturating_add(prose[id]);
        }
    }
    let mut boxes = vec![false; doc.len()];
    if pitches.is_empty() {
        return boxes;
    }
    for block in pitches {
        let mut top = None;
        for id in std::iter::once(block).chain(doc.ancestors(block)) {
            let Some(e) = doc.element(id) else { break };
            if is_outermost(e)
                || e.name == local_name!("article")
                || stats.text[id] > SIGN_UP_BOX_TEXT
                || prose[id] > 0
                || strong_inside[id]
            {
                break;
            }
            if pitch[id] * 2 >= stats.text[id] {
                top = Some(id);
            }
        }
        // Built around the pitch: something besides the block, a heading, the terms, a
        // field or a button.
        let built = |id: NodeId| stats.text[id] > stats.text[block] || controls[id];
        if let Some(id) = top.filter(|&id| built(id)) {
            boxes[id] = true;
        }
    }
    boxes
}

/// Whether a block's being a pitch or prose can change a sign-up box. Text only grows
/// towards the root, so no box is looked for at or above an element of more than
/// [`SIGN_UP_BOX_TEXT`] characters. Under a larger parent, a block is looked at only by a
/// search from itself (when it holds a control, it may be its own box) or from a pitch
/// inside it, and it holds none when it owns all of its text. Skipping the phrase search
/// for the rest spares collapsing the text of the article's paragraphs.
fn may_be_in_box(doc: &Document, stats: &Stats, controls: &[bool], block: NodeId) -> bool {
    let parent_small = doc
        .parent(block)
        .is_some_and(|p| stats.text[p] <= SIGN_UP_BOX_TEXT);
    let holds_blocks = stats.own_text[block] < stats.text[block];
    stats.text[block] <= SIGN_UP_BOX_TEXT && (parent_small || holds_blocks || controls[block])
}

/// The most characters of link text in a hundred of an aside kept as running text.
const PROSE_ASIDE_LINK_PERCENT: usize = 5;

/// For each node, whether it is an aside written as a part of the running text: an
/// `<aside>` that follows a paragraph, holds paragraphs of its own with next to no links,
/// and does not repeat the text around it. Such a box ("Not all vegetarians are the
/// same. …", "A note on other devices") is a passage of the article set apart; a related
/// box is mostly links, and a pull quote repeats a sentence of the article.
fn prose_asides(doc: &Document) -> Vec<bool> {
    let mut found = vec![false; doc.len()];
    // The text of each parent is read once, however many asides it holds.
    let mut parent_text: HashMap<NodeId, String> = HashMap::new();
    for (id, e) in doc.elements() {
        if e.name != local_name!("aside") || !follows_paragraph(doc, id) {
            continue;
        }
        let mut paragraph = false;
        let mut widget = false;
        let mut link = 0;
        for d in doc.descendants(id) {
            match doc.tag(d) {
                Some(&local_name!("p")) => paragraph = true,
                Some(&local_name!("a")) => link += doc.text(d).chars().count(),
                // A form, a script or an embed makes the box a widget (a sign-up, an ad).
                Some(
                    &local_name!("form")
                    | &local_name!("input")
                    | &local_name!("button")
                    | &local_name!("iframe")
                    | &local_name!("script")
                    | &local_name!("style"),
                ) => widget = true,
                _ => {}
            }
        }
        let text = doc.text(id);
        let len = text.chars().count();
        if !paragraph
            || widget
            || link * 100 > len * PROSE_ASIDE_LINK_PERCENT
            || repeats_around(doc, id, &text, &mut parent_text)
        {
            continue;
        }
        for d in doc.descendants(id) {
            found[d] = true;
        }
    }
    found
}

/// True when the element sibling before `id` is a paragraph.
fn follows_paragraph(doc: &Document, id: NodeId) -> bool {
    doc.prev_element(id)
        .is_some_and(|c| doc.is(c, &local_name!("p")))
}

/// True when the words in the middle of `text` stand elsewhere in the aside's parent too,
/// as a pull quote's do.
fn repeats_around(
    doc: &Document,
    id: NodeId,
    text: &str,
    parent_text: &mut HashMap<NodeId, String>,
) -> bool {
    let Some(parent) = doc.parent(id) else {
        return false;
    };
    let words: Vec<&str> = text.split_whitespace().collect();
    if words.is_empty() {
        return false;
    }
    let mid = words.len() / 2;
    let probe = words[mid.saturating_sub(3)..(mid + 3).min(words.len())].join(" ");
    let around = parent_text
        .entry(parent)
        .or_insert_with(|| doc.text(parent));
    around.matches(probe.as_str()).count() > 1
}

/// Marks every node for which `drops` holds on an element, and everything inside it.
fn inherited_marks<'a>(
    doc: &'a Document,
    mut drops: impl FnMut(NodeId, &'a Element) -> bool,
) -> Vec<bool> {
    let mut dropped = vec![false; doc.len()];
    for id in 1..doc.len() {
        let inherited = doc.parent(id).is_some_and(|p| dropped[p]);
        dropped[id] = inherited
            || match &doc.node(id).data {
                NodeData::Element(e) => drops(id, e),
                NodeData::Text(_) => false,
                NodeData::Document | NodeData::Other => true,
            };
    }
    dropped
}

/// For each node, whether it is or holds an element for which `test` holds: one pass in
/// reverse pre-order, each node passing its answer to its parent.
fn holds(doc: &Document, test: impl Fn(&Element) -> bool) -> Vec<bool> {
    holds_node(doc, |id| doc.element(id).is_some_and(&test))
}

/// For each node, whether it is or holds a node for which `test` holds (see [`holds`]).
fn holds_node(doc: &Document, mut test: impl FnMut(NodeId) -> bool) -> Vec<bool> {
    let mut found = vec![false; doc.len()];
    for id in (0..doc.len()).rev() {
        found[id] |= test(id);
        if let (true, Some(p)) = (found[id], doc.parent(id)) {
            found[p] = true;
        }
    }
    found
}

/// True when an element can never show article text: scripts and the like always; with
/// full strictness also page chrome by tag and hidden elements, except the panel a
/// disclosure button opens (`toggled`).
fn is_invisible(e: &Element, strictness: Strictness, toggled: bool) -> bool {
    Reading::TEXT.hides(e)
        || is_ruby_annotation(e)
        || (strictness == Strictness::Full
            && (is_boilerplate_tag(&e.name) || (is_hidden(e) && !toggled)))
}

/// For each node, whether it is the panel of a disclosure button: an element whose `id` a
/// `<button aria-expanded aria-controls=…>` names, or, when the button names none, the
/// element right after it or after the heading that holds it (`<h3><button
/// aria-expanded>Types of shoes</button></h3><div hidden>…`). It is collapsed (`hidden`,
/// `aria-hidden`, `height:0`) only until the reader clicks its question or heading: FAQ
/// answers, steps, specifications are text of the page, as with labelled regions.
fn toggled_panels(doc: &Document) -> Vec<bool> {
    let mut toggled = vec![false; doc.len()];
    // One walk over the disclosure buttons: the ids they name, or the panel after them.
    let mut controlled = HashSet::new();
    for (id, e) in doc.elements() {
        if e.attr("aria-expanded").is_none() {
            continue;
        }
        match e.attr("aria-controls") {
            Some(ids) => controlled.extend(ids.split_ascii_whitespace()),
            None if e.name == local_name!("button") => {
                if let Some(panel) = panel_after(doc, id) {
                    toggled[panel] = true;
                }
            }
            None => {}
        }
    }
    if controlled.is_empty() {
        return toggled;
    }
    for (id, e) in doc.elements() {
        toggled[id] |= e.attr("id").is_some_and(|v| controlled.contains(v.trim()));
    }
    toggled
}

/// How many levels above a disclosure button its panel may follow.
const PANEL_LEVELS: usize = 3;

/// The element right after a disclosure button, or after the nearest of its
/// [`PANEL_LEVELS`] ancestors that has an element after it.
fn panel_after(doc: &Document, button: NodeId) -> Option<NodeId> {
    std::iter::once(button)
        .chain(doc.ancestors(button))
        .take(PANEL_LEVELS)
        .find_map(|node| doc.next_element(node))
}

/// Ruby annotations (`<rt>`, and the `<rp>` parentheses shown where ruby is unsupported)
/// are reading aids printed above the text, such as the furigana of Japanese news for
/// learners: the text itself is the base characters.
fn is_ruby_annotation(e: &Element) -> bool {
    matches!(e.name, local_name!("rt") | local_name!("rp"))
}

/// The page's outermost wrappers carry CMS state classes (`comments-open`) that say
/// nothing about their content.
fn is_outermost(e: &Element) -> bool {
    matches!(
        e.name,
        local_name!("html") | local_name!("body") | local_name!("main")
    )
}

/// True when the element is hidden from readers (a collapsed accordion panel is not: a
/// reader opens it with one click).
fn is_hidden(e: &Element) -> bool {
    !is_collapsed_panel(e) && (e.hidden_by_markup() || has_hidden_class(e))
}

/// A collapsed accordion section or an unselected tab: a panel labelled by the button that
/// opens it (`role=region` or `tabpanel` with `aria-labelledby`). Its text is part of the
/// page a reader opens with one click (FAQs, steps, specifications), hidden only until then.
fn is_collapsed_panel(e: &Element) -> bool {
    let panel = e
        .attr("role")
        .is_some_and(|r| matches!(r.trim(), "region" | "tabpanel"));
    panel && e.attr("aria-labelledby").is_some()
}

/// Characters of the part's text after a list of links that make it part of the article.
const LIST_TEXT_AFTER: u32 = 300;
/// Characters of text outside links that make a block of links inside the article a
/// section of it.
const SECTION_PROSE: u32 = 200;

/// Marks, inside the container's parts, the blocks whose measures give them away as link
/// lists. `dropped` is the page-wide marking; the result extends it.
pub(super) fn container_marks(
    doc: &Document,
    stats: &Stats,
    parts: &[NodeId],
    dropped: &[bool],
) -> Vec<bool> {
    let mut marks = dropped.to_vec();
    let body_text: u32 = parts.iter().map(|&p| stats.text[p]).sum();
    for &part in parts {
        mark_link_lists(doc, stats, part, &mut marks);
        super::cards::mark_card_runs(doc, stats, part, body_text, &mut marks);
    }
    marks
}

fn mark_link_lists(doc: &Document, stats: &Stats, part: NodeId, marks: &mut [bool]) {
    // Characters of text before each node of the part (text nodes in document order).
    let end = doc.subtree_end(part);
    let mut before = vec![0u32; end - part + 1];
    for id in part..end {
        let own = match doc.node(id).data {
            NodeData::Text(_) => stats.text[id],
            _ => 0,
        };
        before[id - part + 1] = before[id - part] + own;
    }
    let total = before[end - part];
    let after = |id: NodeId| total - before[doc.subtree_end(id) - part];
    let mut stack = vec![part];
    while let Some(id) = stack.pop() {
        if marks[id] {
            continue;
        }
        let list = doc.tag(id).is_some_and(|t| tags::LISTS.contains(t));
        // A list of links with more of the article after it is part of the text (sources,
        // a list of tools or places); the related links come at the end.
        if id != part && list && after(id) >= LIST_TEXT_AFTER {
            continue;
        }
        // A block of links that also holds prose, with more of the article after it, is a
        // section of the text whose list is links (sources, patches): it is read child by
        // child instead of dropped whole with its heading and paragraphs.
        let prose = stats.text[id].saturating_sub(stats.link[id]);
        let section = after(id) >= LIST_TEXT_AFTER && prose >= SECTION_PROSE;
        if id != part && !section && is_link_list(doc, stats, id) {
            marks[id] = true;
            continue;
        }
        stack.extend(doc.children(id).iter().copied());
    }
    // Descendants of a newly dropped node inherit the mark (a forward pass over the part's
    // id range: a subtree occupies a contiguous range of the pre-order arena).
    for id in part + 1..doc.subtree_end(part) {
        if let Some(p) = doc.parent(id) {
            marks[id] |= marks[p];
        }
    }
}

/// The fewest words of a linked sentence.
const LINKED_SENTENCE_WORDS: usize = 10;

/// True when a link's text is a sentence of the article, not a headline: it is long and
/// ends with a full stop. A paragraph written as one linked sentence ("You can provide for
/// the park's future by making a gift to …", "Learn how to choose the best memory card.")
/// is the writer's words; a teaser quotes another page's headline, which has no full stop.
fn is_linked_sentence(text: &str) -> bool {
    let text = text.trim();
    text.split_whitespace().count() >= LINKED_SENTENCE_WORDS && text.ends_with(['.', '!', '?'])
}

/// True for a list, table or division whose text is mostly links and holds little prose:
/// related stories, tag lists, "read more" boxes.
fn is_link_list(doc: &Document, stats: &Stats, id: NodeId) -> bool {
    let Some(tag) = doc.tag(id) else {
        return false;
    };
    let container_like = matches!(
        *tag,
        local_name!("ul")
            | local_name!("ol")
            | local_name!("div")
            | local_name!("section")
            | local_name!("table")
            | local_name!("p")
            | local_name!("li")
            | local_name!("dl")
    );
    if !container_like || stats.commas[id] >= 10 {
        return false;
    }
    let density = stats.link_density(id);
    match *tag {
        // A paragraph that is nothing but a link is a teaser ("Read more: …"), unless the
        // link is a whole sentence.
        local_name!("p") | local_name!("li") => {
            density > 0.9 && stats.text[id] < 200 && !is_linked_sentence(&doc.text(id))
        }
        _ => density > 0.5,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The page and the container marks of `div#c` in it, after the page-wide pass.
    fn container_marks_of(html: &str) -> (Document, Vec<bool>) {
        let doc = Document::parse(html);
        let mut sizes = TextSizes::new(&doc);
        let dropped = page_marks(&doc, &mut sizes, Strictness::Full);
        let stats = Stats::measure(&doc, &mut sizes, &dropped);
        let marks = container_marks(&doc, &stats, &[element_id(&doc, "c")], &dropped);
        (doc, marks)
    }

    /// The node of the element with the given `id` (0, the document, when none has it).
    fn element_id(doc: &Document, name: &str) -> NodeId {
        doc.elements()
            .find(|(_, e)| e.attr("id") == Some(name))
            .map_or(0, |(id, _)| id)
    }

    fn kept_text(html: &str) -> String {
        let doc = Document::parse(html);
        let dropped = page_marks(&doc, &mut TextSizes::new(&doc), Strictness::Full);
        let mut out = String::new();
        for (id, &gone) in dropped.iter().enumerate() {
            if let (NodeData::Text(t), false) = (&doc.node(id).data, gone) {
                out.push_str(t.trim());
            }
        }
        out
    }

    #[test]
    fn drops_chrome_hidden_and_boilerplate_classes() {
        let html = "<body class='comments-open'><nav>Home</nav><p>A long enough paragraph.</p>\
            <div class='share-bar'>Tweet</div><p hidden>H</p><p style='display: none'>S</p>\
            <span aria-hidden='true'>X</span><div id='comments'><p>Nice</p></div>\
            <div class='entry-content related'>B</div><script>x</script></body>";
        assert_eq!(kept_text(html), "A long enough paragraph.B");
    }

    #[test]
    fn screen_reader_text_inside_a_sentence_is_not_text() {
        let html = "<p>Engineers replaced the cables, according to a <a href='/r'>report\
            <span class='sr-only'>, opens new tab</span></a> published last week by the \
            office, and the <span class='visually-hidden'>Section:</span>cost fell.</p>";
        assert_eq!(
            kept_text(html),
            "Engineers replaced the cables, according to areportpublished last week by the \
            office, and thecost fell."
        );
    }

    #[test]
    fn asides_of_prose_in_the_text_are_kept_and_boxes_are_not() {
        let prose = "Some prose here, with commas, of course, and then some more of it.";
        let html = format!(
            "<div><p>{prose}</p><aside><p><b>Not all diets are alike.</b><br>Vegans eat no \
             eggs.</p></aside><p>{prose} A quote to repeat.</p>\
             <aside><p>{prose} A quote to repeat.</p></aside>\
             <aside><p><a href='/a'>Related: the best laptops</a> this year.</p></aside>\
             <aside><p>Get our newsletter.</p><form><input></form></aside></div>"
        );
        let kept = kept_text(&html);
        assert!(kept.contains("Vegans eat no eggs."), "{kept}");
        assert_eq!(kept.matches("A quote to repeat.").count(), 1, "{kept}");
        assert!(
            !kept.contains("laptops") && !kept.contains("newsletter"),
            "{kept}"
        );
    }

    #[test]
    fn tables_in_figures_are_text_and_fact_boxes_are_not() {
        let html = "<p>Prose, long enough to be most of the page's text, and then some more of \
            it.</p><figure class='wp-block-table'><table><tr><td>Rank</td>\
            <td>Name</td></tr></table></figure><figure><img><figcaption>Caption</figcaption>\
            </figure><table class='factbox'><tr><td>Yes: 12</td></tr></table>\
            <div class='nc-donate-box'>Support our work</div>";
        assert!(kept_text(html).ends_with("it.RankName"));
    }

    #[test]
    fn link_lists_inside_the_text_are_kept() {
        let prose = "Some prose here, with commas, of course, and then some more of it. ".repeat(6);
        let (doc, marks) = container_marks_of(&format!(
            "<div id='c'><p>{prose}</p><ul id='in-text'><li><a>Tool one</a></li>\
             <li><a>Tool two</a></li></ul><p>{prose}</p>\
             <ul id='at-end'><li><a>Other story one</a></li></ul></div>"
        ));
        let id = |name: &str| element_id(&doc, name);
        assert!(!marks[id("in-text")]);
        assert!(marks[id("at-end")]);
    }

    #[test]
    fn linked_sentences_are_kept_and_linked_headlines_are_not() {
        let prose = "Some prose here, with commas, of course, and then some more of it.";
        let (doc, marks) = container_marks_of(&format!(
            "<div id='c'><p>{prose}</p><p id='sentence'><a href='/give'>You can support this \
             webcam and its upkeep by making a gift to the park.</a></p>\
             <p id='teaser'><a href='/other'>Ten things to see in the park this year</a></p>\
             <p>{prose}</p></div>"
        ));
        let id = |name: &str| element_id(&doc, name);
        assert!(!marks[id("sentence")]);
        assert!(marks[id("teaser")]);
    }

    #[test]
    fn sections_of_links_with_prose_inside_the_text_are_read_item_by_item() {
        let prose = "Some prose here, with commas, of course, and then some more of it. ".repeat(6);
        let intro = "There has been some nice progress on the compiler side these past months \
            and many patches were sent for review by the team, as listed below in full. Some \
            of them are small, and others took a long while to get through review. We thank \
            everyone who helped.";
        let links =
            "<a href='/1'>Patch one adds a feature</a> <a href='/2'>Patch two fixes a bug</a> \
            <a>Patch three adds another feature</a> <a>Patch four fixes another bug</a> \
            <a>Patch five is a clean-up of old code</a> <a>Patch six is documentation</a> "
                .repeat(2);
        let (doc, marks) = container_marks_of(&format!(
            "<div id='c'><p>{prose}</p><div id='section'><h2>Patches</h2><p>{intro}</p>\
             <div id='links'>{links}</div></div><p>{prose}</p></div>"
        ));
        let id = |name: &str| element_id(&doc, name);
        assert!(!marks[id("section")]);
        assert!(marks[id("links")]);
    }

    #[test]
    fn testimonial_and_review_widgets_are_dropped() {
        let html = "<div><p>About our firm, and what it does.</p>\
            <div class='testimonial-slider'><p>Great service, thanks!</p></div>\
            <div class='jdgm-rev-widg'><p>Best coffee, five stars.</p></div>\
            <div class='yotpo-main-widget'>Loved it</div></div>";
        assert_eq!(kept_text(html), "About our firm, and what it does.");
    }

    #[test]
    fn small_call_to_action_boxes_and_disclaimers_are_dropped() {
        let long = "The offer explained at length. ".repeat(20);
        let html = format!(
            "<div><p>The article text, as written.</p>\
            <div class='cta-box'><p>Get a free quote today</p><a>Start</a></div>\
            <div class='ctaBanner'>Try it free</div>\
            <p class='affiliate-disclosure'>We earn from qualifying purchases.</p>\
            <section class='cta-section'><p>{long}</p></section></div>"
        );
        let kept = kept_text(&html);
        assert!(kept.starts_with("The article text, as written.The offer explained"));
        assert!(!kept.contains("quote") && !kept.contains("Try it") && !kept.contains("earn"));
    }

    #[test]
    fn wrappers_of_the_article_are_kept_whatever_their_class() {
        let html = "<div class='content-with-sidebar'><p>The whole article text is here.</p>\
            <div class='sidebar'>Ad</div></div><div class='under-menu'>\
            <div class='entry-content'>Body</div></div>";
        assert_eq!(kept_text(html), "The whole article text is here.Body");
    }

    #[test]
    fn cards_popping_up_over_a_name_are_not_text() {
        let html = "<p>A man threatened Rep. <span class='pop'><a href='/p/ann'>Ann Lee</a>\
            <span class='box'><img src='a.jpg'><a href='/p/ann'>Ann Lee</a>\
            <a href='/s/1'>Her latest story</a></span></span> in May.</p>\
            <p>See <span><a href='/x'><img src='b.jpg'></a></span> and <a>one</a>.</p>";
        assert_eq!(
            kept_text(html),
            "A man threatened Rep.Ann Leein May.Seeandone."
        );
    }

    #[test]
    fn panels_of_disclosure_buttons_are_text() {
        let html = "<button aria-expanded='false' aria-controls='a1'>Why?</button>\
            <div id='a1' aria-hidden='true' style='height:0'>Because.</div>\
            <button aria-controls='a2'>Show</button><div id='a2' hidden>Gone</div>\
            <button aria-expanded='false' aria-controls='n1'>Menu</button><nav id='n1'>Home</nav>";
        assert_eq!(kept_text(html), "Because.");
    }

    #[test]
    fn panels_after_disclosure_buttons_that_name_none_are_text() {
        let html = "<h3><button aria-expanded='false'><span>Types</span></button></h3>\
            <div aria-hidden='true' hidden><p>Daily trainers.</p></div>\
            <div hidden>Gone</div><button>Plain</button><div hidden>Also gone</div>";
        assert_eq!(kept_text(html), "Daily trainers.");
    }

    #[test]
    fn collapsed_accordion_panels_are_text() {
        let html = "<button aria-controls='p1' id='h1'>Step one</button>\
            <div id='p1' role='region' aria-labelledby='h1' style='display:none'>Open me</div>\
            <div role='tabpanel' aria-labelledby='t2' hidden>Tab two</div>\
            <div role='region' style='display:none'>Unlabelled</div>";
        assert_eq!(kept_text(html), "Open meTab two");
    }

    #[test]
    fn code_tokens_are_text_whatever_their_class() {
        let html = "<pre><code><span class='hljs-comment'># list files</span>\n\
            ls <span class='token comment'>-la</span></code></pre><div class='comment'>Hi</div>";
        assert_eq!(kept_text(html), "# list filesls-la");
    }

    #[test]
    fn links_in_a_sentence_are_text_but_a_caption_paragraph_is_not() {
        let html = "<p>I am a <a class='popup'>rather elderly</a> man. The nature of my \
            work for the last thirty years has brought me into more than ordinary contact \
            with an interesting set of men.</p><p><img><span class='caption'>A hall.</span>\
            <span class='credits'>AP</span></p>";
        let kept = kept_text(html);
        assert!(kept.starts_with("I am arather elderlyman."), "{kept}");
        assert!(!kept.contains("hall") && !kept.contains("AP"), "{kept}");
    }

    #[test]
    fn the_box_around_a_sign_up_form_goes_with_it() {
        let prose = "<p>The article's text, long enough to be most of the page, and more.</p>";
        let html = format!(
            "<div>{prose}<section class='x'><div>Deals</div><div><div>Be the first to know!</div>\
             <form><input type='tel'><button>Sign me up</button></form>\
             <div>By signing up, you agree to our terms.</div></div></section>{prose}</div>"
        );
        assert!(!kept_text(&html).contains("first to know"));
        assert!(!kept_text(&html).contains("you agree"));
        // A box written as text, or around a form of buttons alone, is not a sign-up box.
        let html = format!(
            "<div>{prose}<div><ul><li>2 eggs</li></ul><form><input name='servings'></form>\
             </div><div><div>Save this recipe</div><form><button>Save</button></form></div></div>"
        );
        assert!(kept_text(&html).contains("2 eggs"));
        assert!(kept_text(&html).contains("Save this recipe"));
    }

    #[test]
    fn ruby_annotations_are_not_text() {
        let html = "<p><ruby>子<rp>(</rp><rt>こ</rt><rp>)</rp></ruby>どもへ</p>";
        assert_eq!(kept_text(html), "子どもへ");
    }

    #[test]
    fn react_streamed_segments_are_visible() {
        let html = "<div hidden id='S:1'><p>Streamed</p></div><div hidden><p>Gone</p></div>";
        assert_eq!(kept_text(html), "Streamed");
    }

    #[test]
    fn a_sign_up_box_goes_and_a_paragraph_on_e_mail_stays() {
        let prose = "Readers who forward a message, with its links, to a friend, should check \
            the address first.";
        // A box of a heading, a pitch and a button, inside the article.
        let html = format!(
            "<article><p>{prose}</p><div class='inline-box'><h4>Morning Briefing</h4>\
             <p>Get the top stories delivered to your inbox.</p><button>Go</button></div>\
             <p>{prose}</p></article>"
        );
        assert_eq!(kept_text(&html), format!("{prose}{prose}"));
        // A paragraph that says the words, alone or in a wrapper of its own, is text.
        let inbox = "Filters sort the mail that reaches your inbox into folders.";
        let html = format!("<article><p>{prose}</p><div><p>{inbox}</p></div></article>");
        assert_eq!(kept_text(&html), format!("{prose}{inbox}"));
    }

    #[test]
    fn relaxed_keeps_classes_but_not_scripts() {
        let doc = Document::parse("<div class='comments'>a</div><script>b</script>");
        let dropped = page_marks(&doc, &mut TextSizes::new(&doc), Strictness::Relaxed);
        let kept: Vec<_> = (0..doc.len())
            .filter(|&i| !dropped[i] && matches!(doc.node(i).data, NodeData::Text(_)))
            .collect();
        assert_eq!(kept.len(), 1);
    }

    #[test]
    fn drops_link_lists_inside_the_container() {
        let doc = Document::parse(
            "<div id='c'><p>Some prose here, with commas, of course.</p>\
             <ul><li><a>Other story one</a></li><li><a>Other story two</a></li></ul></div>",
        );
        let mut sizes = TextSizes::new(&doc);
        let dropped = page_marks(&doc, &mut sizes, Strictness::Full);
        let stats = Stats::measure(&doc, &mut sizes, &dropped);
        let c = doc
            .elements()
            .find(|(_, e)| e.attr("id") == Some("c"))
            .unwrap()
            .0;
        let marks = container_marks(&doc, &stats, &[c], &dropped);
        let ul = doc.first(&local_name!("ul")).unwrap();
        let p = doc.first(&local_name!("p")).unwrap();
        assert!(marks[ul] && marks[ul + 1]);
        assert!(!marks[p]);
    }
}

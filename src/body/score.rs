//! Content scoring: which element holds the article.
//!
//! Each run of prose (the own text of a block, at least [`MIN_PARAGRAPH`] characters) scores
//! one point, one more per comma, and up to three for its length, and passes that score up to
//! four ancestors, less at each level: the element holding most prose wins. A long list item
//! scores half as much, by length alone, from above its list. Tag and class
//! evidence shift a candidate's start; link density scales it down, so a list of headlines
//! loses to a column of paragraphs. Then, as Readability does, the winner may move up to an
//! ancestor that several near-equal candidates share, or widen to one that adds prose. A
//! unique `itemprop=articleBody` element that holds most of the text wins outright. What
//! joins the container (its siblings that read as article text, a lede or an FAQ the page
//! sets apart) is found in `parts`.
//!
//! Scoring reads measures computed once (see `stats`), so it is linear in the page's size.
//! It decides nothing about what inside the container is boilerplate.

use super::parts::{siblings, with_faq, with_lede, with_split_parts};
use super::stats::Stats;
use super::vocabulary::{Evidence, evidence, is_standfirst};
use crate::dom::{Document, NodeId, local_name, tags};

/// The fewest characters a run of text needs to count as a paragraph.
pub(super) const MIN_PARAGRAPH: u32 = 20;
/// How many other parts, scoring nearly as well as the winner, make an article split.
const CLOSE_PARTS: usize = 2;
/// How many levels above the container a wider one is looked for.
const WIDEN_LEVELS: usize = 6;
/// How many times the container's text a wider ancestor must hold.
const WIDEN_RATIO: f32 = 1.5;
/// The highest link density of the text a wider ancestor adds.
const WIDEN_LINK_DENSITY: f32 = 0.1;
/// The least rate of commas of the added text, as a share of the container's rate.
const WIDEN_COMMA_SHARE: f32 = 0.15;
/// How many ancestors a paragraph's score reaches. Readability passes it five levels up;
/// with four, a wrapper around the article and the boxes beside it gathers less of the
/// article's points, so the article's own element wins more often, and `widen` still
/// climbs from it to a wider article.
const ANCESTOR_LEVELS: usize = 4;

/// The element chosen as the article, and the siblings that join it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct Choice {
    /// The best-scoring element.
    pub container: NodeId,
    /// The container and its siblings that belong to the article, in document order.
    pub parts: Vec<NodeId>,
    /// The rule that chose the container.
    pub rule: &'static str,
}

/// Picks the article's container, or `None` when the page holds no prose at all.
pub(super) fn choose(doc: &Document, stats: &Stats, dropped: &[bool]) -> Option<Choice> {
    let scores = score_candidates(doc, stats, dropped);
    let top = best(&scores)?;
    if let Some(body) = article_body_element(doc, stats, dropped, top) {
        return Some(Choice {
            container: body,
            parts: with_lede(doc, stats, dropped, vec![body]),
            rule: "heuristic:itemprop-articlebody",
        });
    }
    let top = shared_ancestor(doc, &scores, top).unwrap_or(top);
    let top = climb_parents(doc, &scores, top);
    let top = climb_only_children(doc, dropped, top);
    let top = widen(doc, stats, top);
    let parts = siblings(doc, stats, dropped, &scores, top);
    let parts = with_split_parts(doc, stats, dropped, &scores, top, parts);
    let parts = with_faq(doc, stats, dropped, top, parts);
    Some(Choice {
        container: top,
        parts: with_lede(doc, stats, dropped, parts),
        rule: "heuristic:content-score",
    })
}

/// The scored candidates, best first, at most `limit`.
pub(super) fn ranked(
    doc: &Document,
    stats: &Stats,
    dropped: &[bool],
    limit: usize,
) -> Vec<(NodeId, f32)> {
    let mut scored: Vec<(NodeId, f32)> = score_candidates(doc, stats, dropped)
        .into_iter()
        .enumerate()
        .filter_map(|(id, score)| score.map(|s| (id, s)))
        .collect();
    scored.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
    scored.truncate(limit);
    scored
}

/// The final score of every candidate (`None` for nodes that are not candidates).
fn score_candidates(doc: &Document, stats: &Stats, dropped: &[bool]) -> Vec<Option<f32>> {
    let mut scores: Vec<Option<f32>> = vec![None; doc.len()];
    for (id, &gone) in dropped.iter().enumerate() {
        if gone
            || stats.own_text[id] < MIN_PARAGRAPH
            || !(counts_as_prose(doc, id) || is_prose_item(doc, stats, id))
        {
            continue;
        }
        let points =
            1.0 + stats.own_commas[id] as f32 + (stats.own_text[id] as f32 / 100.0).min(3.0);
        let item = !counts_as_prose(doc, id);
        let first = if item {
            // A list item's points go past its list, at half weight: the list is a part of
            // the text around it, never the article.
            doc.parent(id).and_then(|list| doc.parent(list))
        } else if is_paragraph_like(doc, stats, id) {
            doc.parent(id)
        } else {
            Some(id)
        };
        // Commas in list items separate the parts of citations and specifications more
        // often than clauses: an item scores by its length alone.
        let points = if item {
            (1.0 + (stats.own_text[id] as f32 / 100.0).min(3.0)) / 2.0
        } else {
            points
        };
        let mut node = first;
        for level in 0..ANCESTOR_LEVELS {
            let Some(n) = node else { break };
            if doc.element(n).is_none() {
                break;
            }
            let divider = match level {
                0 => 1.0,
                1 => 2.0,
                _ => level as f32 * 3.0,
            };
            let score = scores[n].get_or_insert_with(|| initial_score(doc, n));
            *score += points / divider;
            node = doc.parent(n);
        }
    }
    for (id, score) in scores.iter_mut().enumerate() {
        if let Some(s) = score {
            *s *= 1.0 - stats.link_density(id);
        }
    }
    scores
}

/// False for blocks whose own text is not running prose (headings, list items, table
/// headers): they neither score nor make their parent a candidate.
fn counts_as_prose(doc: &Document, id: NodeId) -> bool {
    !doc.tag(id).is_some_and(|t| {
        tags::is_heading(t)
            || matches!(
                *t,
                local_name!("li")
                    | local_name!("ul")
                    | local_name!("ol")
                    | local_name!("dl")
                    | local_name!("dt")
                    | local_name!("th")
            )
    })
}

/// The fewest characters of a list item that scores as prose.
const PROSE_ITEM: u32 = 100;

/// True for a list item written as a paragraph: long, with few links. An article written as bullet points (release notes, changelogs) has no other
/// prose to score.
fn is_prose_item(doc: &Document, stats: &Stats, id: NodeId) -> bool {
    doc.is(id, &local_name!("li"))
        && stats.own_text[id] >= PROSE_ITEM
        && stats.link_density(id) < 0.3
}

/// True when a block is itself a paragraph, so its parent is the candidate: a `p`, or any
/// block holding only inline content (the text of a `<div>` written without `<p>`).
fn is_paragraph_like(doc: &Document, stats: &Stats, id: NodeId) -> bool {
    doc.tag(id).is_some_and(|t| {
        matches!(
            *t,
            local_name!("p") | local_name!("pre") | local_name!("td") | local_name!("blockquote")
        )
    }) || !stats.has_block_child[id]
}

/// A candidate's starting score from its tag and its class, id and role.
fn initial_score(doc: &Document, id: NodeId) -> f32 {
    let Some(element) = doc.element(id) else {
        return 0.0;
    };
    let tag_score = match element.name {
        local_name!("div") | local_name!("article") => 5.0,
        local_name!("pre") | local_name!("td") | local_name!("blockquote") => 3.0,
        local_name!("address")
        | local_name!("ol")
        | local_name!("ul")
        | local_name!("dl")
        | local_name!("dd")
        | local_name!("dt")
        | local_name!("li")
        | local_name!("form") => -3.0,
        ref name if name == &local_name!("th") || tags::is_heading(name) => -5.0,
        _ => 0.0,
    };
    let class_score = match evidence(element) {
        Evidence::StrongBody => 40.0,
        Evidence::Body => 25.0,
        Evidence::Neutral => 0.0,
        Evidence::Boilerplate => -25.0,
    };
    tag_score + class_score
}

/// The highest-scoring candidate.
fn best(scores: &[Option<f32>]) -> Option<NodeId> {
    scores
        .iter()
        .enumerate()
        .filter_map(|(id, s)| s.map(|s| (id, s)))
        .max_by(|a, b| a.1.total_cmp(&b.1))
        .map(|(id, _)| id)
}

/// The element marked `itemprop=articleBody`, when there is exactly one and it holds at
/// least half the text of the scored winner's neighbourhood: publishers put it on the body
/// itself, but some put it on a teaser or on the first paragraph only.
fn article_body_element(
    doc: &Document,
    stats: &Stats,
    dropped: &[bool],
    top: NodeId,
) -> Option<NodeId> {
    let mut found = doc.elements().filter(|(id, e)| {
        !dropped[*id]
            && e.attr("itemprop").is_some_and(|v| {
                v.split_ascii_whitespace()
                    .any(|t| t.eq_ignore_ascii_case("articlebody"))
            })
    });
    let (body, _) = found.next()?;
    if found.next().is_some() {
        return None;
    }
    let reference = doc.parent(top).unwrap_or(top);
    let enough = stats.text[body] >= 200 && stats.text[body] * 2 >= stats.text[top];
    let related = doc.holds(reference, body) || doc.holds(body, top);
    (enough && related).then_some(body)
}

/// When two or more of the next four distinct candidates (nested ones count once) score at
/// least half as well as the winner, the article is split over them (page builders put each
/// section in its own row): their nearest common ancestor with the winner is the container.
fn shared_ancestor(doc: &Document, scores: &[Option<f32>], top: NodeId) -> Option<NodeId> {
    let top_score = scores[top]?;
    let mut ranked: Vec<(NodeId, f32)> = scores
        .iter()
        .enumerate()
        .filter_map(|(id, s)| s.map(|s| (id, s)))
        .filter(|&(id, _)| id != top)
        .collect();
    ranked.sort_by(|a, b| b.1.total_cmp(&a.1));
    // A candidate nested in another (a column inside its row) is the same part of the page
    // scored twice: only the best of each nest counts, and none inside or around the winner.
    let mut distinct: Vec<NodeId> = vec![top];
    let mut close: Vec<NodeId> = Vec::new();
    for &(id, score) in &ranked {
        if score < top_score * 0.5 || close.len() == 4 {
            break;
        }
        let nested = distinct
            .iter()
            .any(|&d| doc.holds(d, id) || doc.holds(id, d));
        if !nested {
            distinct.push(id);
            close.push(id);
        }
    }
    if close.len() < CLOSE_PARTS {
        return None;
    }
    doc.ancestors(top)
        .take_while(|&a| !doc.is(a, &local_name!("body")))
        .find(|&a| close.iter().filter(|&&c| doc.holds(a, c)).count() >= CLOSE_PARTS)
}

/// Moves up to the parent while the parent scores higher than the child, as long as the
/// scores do not fall below a third of the winner's on the way.
fn climb_parents(doc: &Document, scores: &[Option<f32>], top: NodeId) -> NodeId {
    let Some(mut last) = scores[top] else {
        return top;
    };
    let threshold = last / 3.0;
    let mut parent = doc.parent(top);
    while let Some(p) = parent {
        if doc.element(p).is_none() || doc.is(p, &local_name!("body")) {
            break;
        }
        if let Some(score) = scores[p] {
            if score < threshold {
                break;
            }
            if score > last {
                return p;
            }
            last = score;
        }
        parent = doc.parent(p);
    }
    top
}

/// Moves up to an ancestor that holds much more text of the same kind: an article whose
/// sections each sit in their own deep wrapper scores in one of them (its paragraphs' points
/// reach only four levels up), while the text around it is as free of links and as full of
/// prose. The ancestor must hold [`WIDEN_RATIO`] times the text, and what it adds must have
/// at most [`WIDEN_LINK_DENSITY`] links and at least [`WIDEN_COMMA_SHARE`] of the
/// container's rate of commas. An ancestor with a well-known body class (`entry-content`,
/// `post-content`) is taken whatever text it adds, as long as that text has few links.
/// Dropped boilerplate counts for nothing in these measures.
fn widen(doc: &Document, stats: &Stats, top: NodeId) -> NodeId {
    let mut current = top;
    for ancestor in doc.ancestors(top).take(WIDEN_LEVELS) {
        if doc.element(ancestor).is_none()
            || doc.is(ancestor, &local_name!("body"))
            || doc.is(ancestor, &local_name!("html"))
        {
            break;
        }
        let text = stats.text[ancestor] as f32;
        let inner = stats.text[current] as f32;
        let added = text - inner;
        let added_links = stats.link[ancestor].saturating_sub(stats.link[current]) as f32;
        let few_links = added_links / added.max(1.0) <= WIDEN_LINK_DENSITY;
        // A well-known body container around the choice is the article whole: page
        // builders put its intro and each section in their own widget.
        let strong_body = doc
            .element(ancestor)
            .is_some_and(|e| evidence(e) == Evidence::StrongBody)
            && !holds_header(doc, ancestor, current);
        if strong_body && few_links {
            current = ancestor;
            continue;
        }
        if text < inner * WIDEN_RATIO {
            continue;
        }
        let added_commas = stats.commas[ancestor].saturating_sub(stats.commas[current]) as f32;
        let inner_rate = stats.commas[current] as f32 / inner.max(1.0);
        let prose = added_commas / added.max(1.0) >= inner_rate * WIDEN_COMMA_SHARE;
        if few_links && prose {
            current = ancestor;
        }
    }
    current
}

/// True when `outer` holds, outside `inner`, the article's header: the headline (`<h1>`)
/// or a standfirst, which belong beside the body, not in it.
fn holds_header(doc: &Document, outer: NodeId, inner: NodeId) -> bool {
    (outer..doc.subtree_end(outer))
        .filter(|&id| !doc.holds(inner, id))
        .any(|id| {
            doc.element(id)
                .is_some_and(|e| e.name == local_name!("h1") || is_standfirst(e))
        })
}

/// A container that is its parent's only kept element is the same content; take the
/// parent, whose siblings are then the ones worth checking.
fn climb_only_children(doc: &Document, dropped: &[bool], mut top: NodeId) -> NodeId {
    while let Some(p) = doc.parent(top) {
        if doc.element(p).is_none() || doc.is(p, &local_name!("body")) {
            break;
        }
        let kept_elements = doc
            .children(p)
            .iter()
            .filter(|&&c| !dropped[c] && doc.element(c).is_some())
            .count();
        if kept_elements != 1 {
            break;
        }
        top = p;
    }
    top
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::body::clean::{Strictness, page_marks};
    use crate::body::parts::{is_faq_title, numbered_alike};
    use crate::body::stats::TextSizes;

    fn choose_in(html: &str) -> (Document, Option<Choice>) {
        let doc = Document::parse(html);
        let mut sizes = TextSizes::new(&doc);
        let dropped = page_marks(&doc, &mut sizes, Strictness::Full);
        let stats = Stats::measure(&doc, &mut sizes, &dropped);
        let choice = choose(&doc, &stats, &dropped);
        (doc, choice)
    }

    fn id_of(doc: &Document, node: NodeId) -> &str {
        doc.attr(node, "id").unwrap_or("")
    }

    /// The ids of the parts chosen in `html`, in document order.
    fn part_ids(html: &str) -> Vec<String> {
        let (doc, choice) = choose_in(html);
        let choice = choice.expect("a container");
        choice
            .parts
            .iter()
            .map(|&p| id_of(&doc, p).to_string())
            .collect()
    }

    const PROSE: &str = "<p>The council met on Tuesday, and after a long debate, it voted to \
        close the old bridge for repairs, a decision residents had long awaited.</p>";

    #[test]
    fn prose_beats_link_lists() {
        let html = format!(
            "<div id='links'><p><a>One headline that is long enough to count</a></p>\
             <p><a>Two headline that is long enough to count</a></p></div>\
             <div id='story'>{PROSE}{PROSE}{PROSE}</div>"
        );
        let (doc, choice) = choose_in(&html);
        let choice = choice.unwrap();
        assert_eq!(id_of(&doc, choice.container), "story");
        assert_eq!(choice.parts, vec![choice.container]);
    }

    #[test]
    fn the_lede_before_the_container_opens_the_body_but_not_a_standfirst() {
        let html = format!(
            "<article><header><h1>Title</h1><div class='article-intro'><p>The lede of the \
             story, set apart, a sentence long.</p></div></header>\
             <p class='dek'>A standfirst beside the text, which is the header's, not the text.</p>\
             <div class='meta'>By Ann Lee</div><div id='story'>{PROSE}{PROSE}{PROSE}</div></article>"
        );
        let (doc, choice) = choose_in(&html);
        let choice = choice.unwrap();
        assert_eq!(id_of(&doc, choice.container), "story");
        assert_eq!(choice.parts.len(), 2);
        assert!(doc.text(choice.parts[0]).starts_with("The lede"));
    }

    #[test]
    fn an_intro_of_sentences_before_the_container_joins_it_but_not_a_pitch() {
        let intro = "<p>Home automation links the devices of a house, so that one of them \
            can tell another what to do, and the owner can run them all from a phone.</p>";
        let html = format!(
            "<div id='wrap'><div id='intro'>{intro}</div>\
             <div id='toc'><a href='#a'>Projects</a> <a href='#b'>Costs</a></div>\
             <div id='story'>{}</div></div>",
            PROSE.repeat(8)
        );
        assert_eq!(part_ids(&html), vec!["intro", "story"]);
        // A box with a heading over a pitch and a button is the site's, not the text.
        let pitch = "<div id='pitch'><h3>Save time on admin</h3>\
            <p>Our academy automates invites, certificates, and reports for you.</p>\
            <a href='/demo'>Book a demo</a></div>";
        let html = format!(
            "<div id='wrap'>{pitch}<div id='story'>{}</div></div>",
            PROSE.repeat(8)
        );
        assert_eq!(part_ids(&html), vec!["story"]);
    }

    #[test]
    fn an_article_of_bullet_points_scores_its_container() {
        let item = "<li>The update no longer starts while another copy of the browser is \
            running, which used to leave the old one broken until a restart</li>";
        let html = format!(
            "<div id='notes'><h3>Fixes</h3><ul>{}</ul><h3>More</h3><ul>{}</ul></div>\
             <div id='note'>{PROSE}</div>",
            item.repeat(4),
            item.repeat(4)
        );
        let (doc, choice) = choose_in(&html);
        assert_eq!(id_of(&doc, choice.unwrap().container), "notes");
    }

    #[test]
    fn text_written_with_line_breaks_scores_its_div() {
        let html = "<div id='a'>First paragraph text, with a comma, long enough.<br><br>\
            Second paragraph, also long enough, with commas.</div><div id='b'>short</div>";
        let (doc, choice) = choose_in(html);
        assert_eq!(id_of(&doc, choice.unwrap().container), "a");
    }

    #[test]
    fn numbered_parts_of_a_split_article_join_it() {
        let html = format!(
            "<article><div class='wrap'><div id='one' class='chunk chunk-1'>{PROSE}</div></div>\
             <div class='ad'>Ad</div><div class='wrap'><div id='two' class='chunk chunk-2'>\
             {PROSE}{PROSE}{PROSE}{PROSE}{PROSE}</div><div><a href='/t'>Tag</a></div></div><div class='box box-1'>{PROSE}</div></article>"
        );
        let parts = part_ids(&html);
        assert_eq!(parts, vec!["one", "two"]);
        assert!(numbered_alike("tdi", Some("tdi tdi_7"), Some("tdi tdi_8")));
        assert!(!numbered_alike(
            "story",
            Some("story story-2"),
            Some("story story-2")
        ));
        assert!(!numbered_alike(
            "story",
            Some("story story-2"),
            Some("story")
        ));
    }

    #[test]
    fn article_body_property_wins() {
        let html = format!(
            "<div id='wrap'><div id='lede'>{PROSE}</div>\
             <div id='body' itemprop='articleBody'>{PROSE}{PROSE}</div></div>"
        );
        let (doc, choice) = choose_in(&html);
        let choice = choice.unwrap();
        assert_eq!(id_of(&doc, choice.container), "body");
        assert_eq!(choice.rule, "heuristic:itemprop-articlebody");
    }

    #[test]
    fn prose_siblings_join_the_container() {
        let html = format!(
            "<div id='outer'><div id='main'>{}</div>{PROSE}</div>",
            PROSE.repeat(4)
        );
        let (doc, choice) = choose_in(&html);
        let choice = choice.unwrap();
        assert_eq!(id_of(&doc, choice.container), "main");
        assert_eq!(choice.parts.len(), 2);
    }

    #[test]
    fn sister_sections_under_headings_of_the_same_rank_join_but_not_a_reference_list() {
        let refs =
            "<li>Lee A, Park B. A study of bridges, roads, and repairs. J Eng. 2020;1:1-9.</li>";
        let html = format!(
            "<article><section id='intro'><h2>Introduction</h2>{PROSE}</section>\
             <section id='main'><h2>Review</h2>{}</section>\
             <section id='end'><h2>Conclusions</h2>{PROSE}</section>\
             <section id='refs'><h2>References</h2><ol>{}</ol></section>\
             <section id='note'><p>{}</p></section></article>",
            PROSE.repeat(12),
            refs.repeat(6),
            "A note on the review, long enough to count as a paragraph, with a comma."
        );
        let parts = part_ids(&html);
        assert_eq!(parts, vec!["intro", "main", "end"]);
    }

    #[test]
    fn an_answered_faq_after_the_container_joins_but_not_a_list_of_questions() {
        // Too little prose to score as a sibling of the container: it joins as the FAQ.
        let answer = "<p>The bridge reopens in May once the new deck is laid and tested by the \
            engineers of the county.</p>";
        let faq = |answers: bool| {
            let item = if answers {
                format!("<h3>When does it reopen?</h3>{answer}")
            } else {
                "<h3>When does it reopen?</h3>".to_string()
            };
            format!(
                "<div class='block'><div id='faq'><h2>Frequently Asked Questions</h2>{}</div></div>",
                item.repeat(3)
            )
        };
        for answers in [true, false] {
            let html = format!(
                "<main><div class='widget'><div><div id='story'>{}</div></div></div>{}</main>",
                PROSE.repeat(8),
                faq(answers)
            );
            let (doc, choice) = choose_in(&html);
            let choice = choice.unwrap();
            assert!(!doc.text(choice.container).contains("Frequently"));
            let text: String = choice.parts.iter().map(|&p| doc.text(p)).collect();
            assert!(text.starts_with("The council"));
            assert_eq!(text.contains("Frequently"), answers, "{answers}");
        }
        assert!(is_faq_title("FAQs About Home Cameras"));
        assert!(is_faq_title(" FAQ "));
        assert!(!is_faq_title("Faqir's travels"));
    }

    #[test]
    fn an_article_split_over_rows_takes_their_common_ancestor() {
        let row = |n: usize| {
            format!(
                "<div class='row row-{n}'><div class='col'>{}</div></div>",
                PROSE.repeat(3)
            )
        };
        let html = format!(
            "<div id='page'>{}<div class='row'><h2>Part two</h2></div>{}{}</div>\
             <div id='other'><p><a>A teaser headline that is long enough</a></p></div>",
            row(1),
            row(2),
            row(3)
        );
        let (doc, choice) = choose_in(&html);
        assert_eq!(id_of(&doc, choice.unwrap().container), "page");
    }

    /// A section of the article in its own deep wrapper: `paragraphs` copies of [`PROSE`].
    fn deep_section(paragraphs: usize) -> String {
        format!(
            "<section><div><div><div><div><div>{}</div></div></div></div></div></section>",
            PROSE.repeat(paragraphs)
        )
    }

    #[test]
    fn widens_to_an_ancestor_holding_more_of_the_same_prose() {
        let html = format!(
            "<div id='article'>{}{}{}{}</div>",
            deep_section(4),
            deep_section(1),
            deep_section(1),
            deep_section(1)
        );
        let (doc, choice) = choose_in(&html);
        assert_eq!(id_of(&doc, choice.unwrap().container), "article");
    }

    #[test]
    fn widens_over_plainer_prose_with_fewer_commas() {
        // The added sections' rate of commas is a fifth of the container's.
        let plain = "<p>The second part of the report looks at the budget for the next year and \
            what the town will spend on its roads and its schools.</p>\
            <p>The third part lists the projects that wait for money, and the order in which \
            the council wants to start them once the funds are there.</p>";
        let html = format!(
            "<div id='article'>{}<section><div><div><div><div><div>{}</div></div></div></div>\
             </div></section></div>",
            deep_section(4),
            plain.repeat(3)
        );
        let (doc, choice) = choose_in(&html);
        assert_eq!(id_of(&doc, choice.unwrap().container), "article");
    }

    #[test]
    fn does_not_widen_over_link_lists_or_short_additions() {
        let teaser = "<p><a>A teaser headline that is long enough to count as text</a></p>";
        let html = format!(
            "<div id='page'><div id='links'>{}</div>             <div><div><div><div><div id='story'>{}</div></div></div></div></div></div>",
            teaser.repeat(8),
            PROSE.repeat(4)
        );
        let (doc, choice) = choose_in(&html);
        let text = doc.text(choice.unwrap().container);
        assert!(text.starts_with("The council") && !text.contains("teaser"));
        let html = format!(
            "<div id='page'><p>Short note, here.</p>             <div><div><div><div><div id='story'>{}</div></div></div></div></div></div>",
            PROSE.repeat(4)
        );
        let (doc, choice) = choose_in(&html);
        let text = doc.text(choice.unwrap().container);
        assert!(text.starts_with("The council") && !text.contains("Short note"));
    }

    #[test]
    fn widens_to_a_known_body_container_holding_the_intro() {
        // The intro sits in its own widget, too short to make the ancestor 1.5 times wider.
        let html = format!(
            "<div class='post-content'><div class='widget'><div><p>An intro of one sentence, \
             short.</p></div></div><div class='widget'><div id='main'>{}</div></div></div>",
            PROSE.repeat(6)
        );
        let (doc, choice) = choose_in(&html);
        let container = choice.unwrap().container;
        assert_eq!(doc.attr(container, "class"), Some("post-content"));
    }

    #[test]
    fn a_paragraph_scores_four_ancestors() {
        let html = format!(
            "<section id='l4'><div id='l3'><div id='l2'><div id='l1'><div id='l0'>{PROSE}\
             </div></div></div></div></section>"
        );
        let doc = Document::parse(&html);
        let mut sizes = TextSizes::new(&doc);
        let dropped = page_marks(&doc, &mut sizes, Strictness::Full);
        let stats = Stats::measure(&doc, &mut sizes, &dropped);
        let scores = score_candidates(&doc, &stats, &dropped);
        let scored = |id: &str| {
            let (node, _) = doc
                .elements()
                .find(|(n, _)| doc.attr(*n, "id") == Some(id))
                .expect("the element");
            scores[node].is_some()
        };
        assert!(["l0", "l1", "l2", "l3"].into_iter().all(scored));
        assert!(!scored("l4"));
    }

    #[test]
    fn empty_page_has_no_choice() {
        assert!(choose_in("<p>hi</p>").1.is_none());
    }
}

//! `headline`: the article's own title, without the site's name or a section label.
//!
//! The headline a reader sees is the page's main heading (`<h1>`, or a title-like `<h2>` or
//! `<h3>` on pages without one; an `<h1>` that is the site's name linking home is not one,
//! and one in a breadcrumb or menu region is one only when a metadata title states it);
//! the metadata (JSON-LD `headline`, microdata, `og:title`,
//! `twitter:title`, `<title>`) often carries an SEO variant with the site's name. So the main
//! heading wins when a metadata title supports it (contains it, or is contained in it; of
//! several, one a title states word for word beats one a title merely contains, a ticker's
//! label), or when it is long enough to be a headline on its own (unless the metadata state
//! another `<h1>` of the page word for word: a weather box's heading); otherwise the metadata titles, cleaned
//! of site-name prefixes and suffixes, are taken in order of trust (JSON-LD, microdata, meta
//! tags, `<title>`). A kicker set
//! inside the heading (a topic line above the headline, "Energie" in
//! `<h1><span class="kicker">Energie</span><span>Wärme aus der Tiefe</span></h1>`)
//! is not part of the headline.

use super::{Context, record, text_key};
use crate::Field;
use crate::article::{Article, Provenance};
use crate::dom::{Document, LocalName, NodeData, NodeId, is_skipped_tag, local_name};
use crate::rules::{Rule, on};
use crate::signals::json_str;

/// Separators between a title and the site's name, widest first.
const SEPARATORS: &[&str] = &[
    " | ", " – ", " — ", " - ", " :: ", " · ", " » ", " « ", " // ", " / ", " • ", " ~ ", " ⋆ ",
    " _", " – ",
];

/// Class or id fragments of a kicker: the topic line newsrooms set above the headline
/// inside the heading element (Dachzeile, overline, roofline, eyebrow, section label).
const KICKER_WORDS: &[&str] = &[
    "kicker",
    "dachzeile",
    "spitzmarke",
    "overline",
    "topline",
    "toptitle",
    "roofline",
    "eyebrow",
    "supertitle",
    "pretitle",
    "subline",
    "subtitle",
    "sub-heading",
    "subheading",
    "topic",
    "label",
    "rubric",
    "section",
    "small",
];

/// A kicker longer than this is not a topic line.
const KICKER_MAX_WORDS: usize = 12;

/// A main heading of fewer words than this needs a metadata title to support it ("News",
/// "Pressemitteilungen" and "About" are section headings, not headlines).
const SELF_SUFFICIENT_WORDS: usize = 4;

struct Candidate {
    text: String,
    provenance: Provenance,
}

pub(super) fn extract(ctx: &Context, article: &mut Article) {
    if article.headline.is_some() {
        return;
    }
    let metas = metadata_titles(ctx, article.site_name.as_deref());
    let chosen = main_heading(ctx, &metas, article.site_name.as_deref())
        .or_else(|| metas.into_iter().next());
    if let Some(best) = chosen {
        article.headline = Some(best.text);
        record(article, Field::Headline, best.provenance);
    }
}

/// The titles the page's metadata states, cleaned of site names, with where each came
/// from: what an explanation lists beside the chosen headline.
pub(crate) fn metadata_title_candidates(
    ctx: &Context,
    site: Option<&str>,
) -> Vec<(String, Provenance)> {
    metadata_titles(ctx, site)
        .into_iter()
        .map(|c| (c.text, c.provenance))
        .collect()
}

/// The titles the page's metadata states, cleaned of site names.
fn metadata_titles(ctx: &Context, site: Option<&str>) -> Vec<Candidate> {
    let host = super::page_host(ctx);
    let mut candidates: Vec<Candidate> = Vec::new();
    let mut add = |raw: &str, source: String, confidence: f32| {
        let text = clean_title(raw, site, host.as_deref());
        if text.chars().count() >= 2 && !raw.starts_with("http") {
            let mut provenance = Provenance::new(source, confidence);
            if text != raw {
                provenance = provenance.raw(raw);
            }
            candidates.push(Candidate { text, provenance });
        }
    };
    let s = ctx.signals;
    if let Some(h) = s
        .jsonld
        .article()
        .and_then(|a| a.get("headline"))
        .and_then(json_str)
    {
        add(&h, "json-ld".into(), 0.85);
    }
    if let Some(p) = s
        .itemprop("headline")
        .find(|p| !ctx.facts.outside_article(p.node))
    {
        add(&p.value, "microdata".into(), 0.8);
    }
    for name in [
        "og:title",
        "twitter:title",
        "dc.title",
        "parsely-title",
        "sailthru.title",
    ] {
        if let Some(v) = s.meta.get(name) {
            add(v, format!("meta:{name}"), 0.75);
        }
    }
    if let Some(t) = &s.title {
        add(t, "heuristic:title".into(), 0.5);
    }
    candidates
}

/// How a metadata title supports a heading, weakest first.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Support {
    None,
    /// A metadata title contains the heading, or is most of it.
    Partial,
    /// A metadata title states the heading word for word.
    Stated,
}

/// How the metadata titles (as comparison keys) support a heading's key: the best of them.
fn support(key: &str, meta_keys: &[String]) -> Support {
    let mut best = Support::None;
    for m in meta_keys.iter().filter(|m| !m.is_empty()) {
        if m == key {
            return Support::Stated;
        }
        if (key.len() >= 12 && m.contains(key))
            || (m.len() >= 12 && key.contains(m.as_str()) && m.len() * 10 >= key.len() * 6)
        {
            best = Support::Partial;
        }
    }
    best
}

/// The first of the headings that the metadata titles support best, if any supports one: a
/// heading a title states word for word beats a shorter one a title merely contains (a
/// live ticker's label, "Harbour storm live", above the story's own `<h1>`).
fn best_supported<'h>(
    headings: &'h [(NodeId, String)],
    meta_keys: &[String],
) -> Option<&'h (NodeId, String)> {
    headings
        .iter()
        .map(|h| (support(&text_key(&h.1), meta_keys), h))
        .filter(|(s, _)| *s > Support::None)
        .min_by_key(|(s, _)| std::cmp::Reverse(*s))
        .map(|(_, h)| h)
}

/// The page's main heading, when it is the headline: supported by a metadata title, or long
/// enough to stand alone. `<h1>` elements first; a title-like `<h2>` only with support.
fn main_heading(ctx: &Context, metas: &[Candidate], site: Option<&str>) -> Option<Candidate> {
    let doc = ctx.doc;
    let meta_keys: Vec<String> = metas.iter().map(|m| text_key(&m.text)).collect();
    let headings_in = |tag, outside: bool| headings_of(ctx, tag, outside, site);
    let headings = |tag| headings_in(tag, false);
    let h1s = headings(local_name!("h1"));
    let in_article = |id: NodeId| {
        doc.ancestors(id)
            .any(|a| doc.is(a, &local_name!("article")) || doc.is(a, &local_name!("main")))
    };
    let pick = |text: &str, rule: &str, confidence: f32| Candidate {
        text: text.to_string(),
        provenance: Provenance::new(format!("heuristic:{rule}"), confidence),
    };
    if let Some((_, t)) = best_supported(&h1s, &meta_keys).filter(|_| on(Rule::TitleSupportedH1)) {
        return Some(pick(t, "h1", 0.9));
    }
    // An <h1> that a class puts in a breadcrumb, a menu or a sharing bar (the trail's last
    // item, a theme's header) is still the headline when a metadata title other than the
    // <title> (which may be the trail itself) states it word for word; it beats an <h1> in
    // the article that nothing supports (a weather box's, a ticker's).
    let stated = |t: &str| {
        let key = text_key(t);
        metas
            .iter()
            .zip(&meta_keys)
            .any(|(m, k)| *k == key && m.provenance.source != "heuristic:title")
    };
    if let Some((_, t)) = headings_in(local_name!("h1"), true)
        .iter()
        .find(|(_, t)| on(Rule::TitleStatedOutside) && stated(t))
    {
        return Some(pick(t, "h1", 0.8));
    }
    let lone = h1s
        .iter()
        .find(|(id, _)| in_article(*id))
        .or_else(|| (h1s.len() == 1).then(|| &h1s[0]));
    if let Some((_, t)) = lone.filter(|(_, t)| {
        on(Rule::TitleLoneH1) && t.split_whitespace().count() >= SELF_SUFFICIENT_WORDS
    }) {
        return Some(pick(t, "h1", 0.7));
    }
    // Blog themes without a headline <h1> set the post's title in an <h2> or <h3>.
    let lower_tags = [(local_name!("h2"), "h2"), (local_name!("h3"), "h3")];
    for (tag, rule) in lower_tags.into_iter().filter(|_| on(Rule::TitleH2H3)) {
        if let Some((_, t)) = best_supported(&headings(tag), &meta_keys) {
            return Some(pick(t, rule, 0.8));
        }
    }
    None
}

/// The headings of one tag, in or outside the article's regions, of a headline's size and
/// not the site's name, with their text cleaned of site names.
fn headings_of(
    ctx: &Context,
    tag: LocalName,
    outside: bool,
    site: Option<&str>,
) -> Vec<(NodeId, String)> {
    let doc = ctx.doc;
    let site_key = site.map(text_key);
    let host = super::page_host(ctx);
    ctx.facts
        .headings()
        .iter()
        .copied()
        .filter(|&id| {
            doc.is(id, &tag)
                && ctx.facts.headline_sized(id)
                && ctx.facts.outside_article(id) == outside
        })
        .filter(|&id| !(on(Rule::TitleSiteTitle) && is_site_title(ctx, id)))
        .map(|id| {
            (
                id,
                clean_title(&heading_text(doc, id), site, host.as_deref()),
            )
        })
        .filter(|(_, t)| {
            let n = t.chars().count();
            (2..300).contains(&n) && Some(text_key(t)) != site_key
        })
        .collect()
}

/// True when a heading is the site's name set as a heading (blog themes put it in an `<h1>`
/// on every page): its class or id says so (`site-title`, `logo`), or all its text is one
/// link to the site's home page.
fn is_site_title(ctx: &Context, heading: NodeId) -> bool {
    let doc = ctx.doc;
    let marked = doc.element(heading).is_some_and(|e| {
        e.classes().chain(e.attr("id")).any(|c| {
            let c = c.to_ascii_lowercase();
            ["site-title", "site-name", "sitename", "logo"]
                .iter()
                .any(|w| c.contains(w))
        })
    });
    if marked {
        return true;
    }
    let links: Vec<NodeId> = doc
        .descendants(heading)
        .filter(|&n| doc.is(n, &local_name!("a")))
        .collect();
    let [link] = links[..] else {
        return false;
    };
    ctx.facts.text(link) == ctx.facts.text(heading)
        && doc
            .attr(link, "href")
            .and_then(|href| super::absolute_url(ctx, href))
            .is_some_and(|url| is_home_page(&url))
}

/// True for the root of a site, also as an archived copy
/// (`https://web.archive.org/web/20140226054445/http://example.com/`).
fn is_home_page(url: &str) -> bool {
    let Ok(parsed) = url::Url::parse(url) else {
        return false;
    };
    let path = parsed.path();
    if let Some(inner) = path
        .strip_prefix("/web/")
        .and_then(|rest| rest.split_once('/'))
        .map(|(_, inner)| inner)
        .filter(|inner| inner.starts_with("http"))
    {
        return is_home_page(inner);
    }
    matches!(path, "" | "/") && parsed.query().is_none()
}

/// The text of a heading without a kicker set before the headline inside it.
pub(super) fn heading_text(doc: &Document, heading: NodeId) -> String {
    let full = doc.text(heading);
    let Some((parent, kicker_at)) = kicker(doc, heading).filter(|_| on(Rule::TitleKicker)) else {
        return full;
    };
    let rest = pieces_text(doc, &doc.children(parent)[kicker_at + 1..]);
    let rest = rest.trim_start_matches(is_separator).trim();
    if rest.split_whitespace().count() >= 2 {
        rest.to_string()
    } else {
        full
    }
}

/// The kicker of a heading: its first piece of content, when that is an element marked as
/// a topic line (by class, `<small>`, `<time>`) or set apart from what follows by a line
/// break or a separator (`<span class="sr-only">: </span>`); returned as the element
/// holding it and its index there.
fn kicker(doc: &Document, heading: NodeId) -> Option<(NodeId, usize)> {
    let (parent, content) = heading_content(doc, heading)?;
    let (&(first_at, first), rest) = content.split_first()?;
    let element = doc.element(first)?;
    let &(_, next) = rest.first()?;
    let text = doc.text(first);
    let words = text.split_whitespace().count();
    if words == 0 || words > KICKER_MAX_WORDS {
        return None;
    }
    let marked = matches!(element.name, local_name!("small") | local_name!("time"))
        || element
            .classes()
            .chain(element.attr("id"))
            .map(|c| c.to_ascii_lowercase())
            .any(|c| KICKER_WORDS.iter().any(|w| c.contains(w)));
    let set_apart = doc.is(next, &local_name!("br"))
        || (doc.element(next).is_some() && {
            let t = doc.text(next);
            !t.is_empty() && t.chars().all(|c| is_separator(c) || c.is_whitespace())
        })
        || text.ends_with(':');
    (marked || set_apart).then_some((parent, first_at))
}

/// The pieces a heading is made of: the content children of the heading, or of a wrapper
/// that is its only content (`<h1><a><span>…</span>…</a></h1>`, up to three levels), with the
/// element holding them. `None` past three wrappers.
fn heading_content(doc: &Document, heading: NodeId) -> Option<(NodeId, Vec<(usize, NodeId)>)> {
    let mut parent = heading;
    for _ in 0..3 {
        let content = content_children(doc, parent);
        match content[..] {
            [(_, only)] if doc.element(only).is_some() => parent = only,
            _ => return Some((parent, content)),
        }
    }
    None
}

/// The text of a run of sibling nodes, whitespace collapsed.
fn pieces_text(doc: &Document, nodes: &[NodeId]) -> String {
    let pieces: Vec<String> = nodes
        .iter()
        .map(|&c| match &doc.node(c).data {
            NodeData::Text(t) => t.to_string(),
            _ => doc.text(c),
        })
        .collect();
    crate::dom::collapse_whitespace(&pieces.join(" "))
}

/// The children of a node that show something: elements other than scripts and styles, and
/// text that is not blank; with their index among all children.
fn content_children(doc: &Document, id: NodeId) -> Vec<(usize, NodeId)> {
    doc.children(id)
        .iter()
        .copied()
        .enumerate()
        .filter(|&(_, c)| match &doc.node(c).data {
            NodeData::Text(t) => !t.trim().is_empty(),
            NodeData::Element(e) => {
                !is_skipped_tag(&e.name) && (e.name == local_name!("br") || !doc.text(c).is_empty())
            }
            _ => false,
        })
        .collect()
}

/// Punctuation that separates a kicker from its headline.
fn is_separator(c: char) -> bool {
    matches!(c, ':' | '-' | '–' | '—' | '|' | '·' | '/')
}

/// Removes a site-name prefix or suffix from a title; twice, for a title that names the site
/// twice ("Best exhibitions – Artpaper - Artpaper").
pub(crate) fn clean_title(raw: &str, site: Option<&str>, host: Option<&str>) -> String {
    let once = strip_site_name(&crate::dom::collapse_whitespace(raw), site, host);
    strip_site_name(&once, site, host)
}

/// Removes one site-name prefix or suffix: the site's name, its host ("bedreview.com") or
/// the host's first label, or a short tail after a pipe.
fn strip_site_name(title: &str, site: Option<&str>, host: Option<&str>) -> String {
    let site_key = site.map(text_key).filter(|k| !k.is_empty());
    let squash = |h: &str| text_key(h).replace(' ', "");
    let host_keys: Vec<String> = host
        .into_iter()
        .flat_map(|h| [squash(h.split('.').next().unwrap_or(h)), squash(h)])
        .filter(|k| !k.is_empty())
        .collect();
    for sep in SEPARATORS {
        let parts: Vec<&str> = title.split(sep).collect();
        if parts.len() < 2 {
            continue;
        }
        let is_site = |part: &str| {
            let key = text_key(part);
            let squashed = key.replace(' ', "");
            site_key
                .as_deref()
                .is_some_and(|s| key == s || s.replace(' ', "") == squashed)
                || host_keys.contains(&squashed)
        };
        let first = parts[0];
        let last = parts[parts.len() - 1];
        if is_site(last) {
            return parts[..parts.len() - 1].join(sep).trim().to_string();
        }
        if is_site(first) {
            return parts[1..].join(sep).trim().to_string();
        }
        // An unknown short tail after a pipe is almost always the site's name.
        if *sep == " | " && last.split_whitespace().count() <= 4 && first.len() > last.len() {
            return parts[..parts.len() - 1].join(sep).trim().to_string();
        }
    }
    title.to_string()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract;

    #[test]
    fn cleans_site_names() {
        assert_eq!(
            clean_title("Storm hits | Daily Bugle", Some("Daily Bugle"), None),
            "Storm hits"
        );
        assert_eq!(
            clean_title("Daily Bugle - Storm hits", Some("Daily Bugle"), None),
            "Storm hits"
        );
        assert_eq!(
            clean_title("Storm hits – BUGLE", None, Some("bugle.com")),
            "Storm hits"
        );
        assert_eq!(
            clean_title("Storm hits the coast | Bugle News", None, None),
            "Storm hits the coast"
        );
        assert_eq!(
            clean_title("Left - right: a debate", None, None),
            "Left - right: a debate"
        );
        // The whole host, and a site named twice.
        assert_eq!(
            clean_title("Best mattress – bedreview.com", None, Some("bedreview.com")),
            "Best mattress"
        );
        assert_eq!(
            clean_title(
                "Best exhibitions – Artpaper - Artpaper",
                Some("Artpaper"),
                None
            ),
            "Best exhibitions"
        );
    }

    #[test]
    fn the_main_heading_loses_the_site_name() {
        let html = r#"<title>x</title><meta property="og:site_name" content="Umweltamt">
            <body><article><h1>EU-Taxonomie: Windkraft wächst weiter | Umweltamt</h1>
            <p>Text.</p></article></body>"#;
        assert_eq!(
            extract(html).headline.as_deref(),
            Some("EU-Taxonomie: Windkraft wächst weiter")
        );
    }

    #[test]
    fn kickers_are_not_part_of_the_headline() {
        let headline = |h1: &str| {
            let html = format!("<title>x</title><body><article>{h1}<p>Text.</p></article></body>");
            extract(&html).headline
        };
        // By class, with a hidden separator, in a wrapper, after a <small> and a line break.
        for h1 in [
            r#"<h1><span class="dachzeile">Leck im Netz</span> <span>Daten von Stadtwerken gehackt</span></h1>"#,
            r#"<h1><span class="topic">Energie</span><span class="sr-only">: </span><span>Daten von Stadtwerken gehackt</span></h1>"#,
            r#"<h1><a href="/x"><span class="roofline">Cyber</span> Daten von Stadtwerken gehackt</a></h1>"#,
            r#"<h1><span>Cyber <span hidden>:</span></span>Daten von Stadtwerken gehackt</h1>"#,
            "<h1><small>Cyber</small><br>Daten von Stadtwerken gehackt</h1>",
            r#"<h1><time datetime="2022-02-01">1. Februar 2022</time> Daten von Stadtwerken gehackt</h1>"#,
        ] {
            assert_eq!(
                headline(h1).as_deref(),
                Some("Daten von Stadtwerken gehackt"),
                "{h1}"
            );
        }
        // Emphasis that opens a headline is part of it; a lone word after a kicker is not
        // a headline.
        assert_eq!(
            headline("<h1><em>A Treatise on Coffee</em> (1792) and its Effects</h1>").as_deref(),
            Some("A Treatise on Coffee (1792) and its Effects")
        );
        assert_eq!(
            headline(r#"<h1><span class="kicker">Our weekly column</span> Wrap-up</h1>"#)
                .as_deref(),
            Some("Our weekly column Wrap-up")
        );
    }

    #[test]
    fn the_site_name_in_an_h1_is_not_the_headline() {
        for h1 in [
            r#"<h1><a href="https://bugle.example/">The Daily Bugle Online</a></h1>"#,
            r#"<h1><a href="https://web.archive.org/web/2014/http://bugle.example/">The Daily Bugle Online</a></h1>"#,
            r#"<h1 id="site-title"><span>The Daily Bugle Online</span></h1>"#,
        ] {
            let html = format!(
                r#"<title>Storm hits the coast tonight - Bugle</title><body>{h1}
                <article><h3>Storm hits the coast tonight</h3><p>Text.</p></article></body>"#
            );
            let article = crate::Extractor::new()
                .extract(&crate::Page::new(&html).url("https://bugle.example/2024/storm"));
            assert_eq!(
                article.headline.as_deref(),
                Some("Storm hits the coast tonight"),
                "{h1}"
            );
        }
        // A headline that links to its own page is still the headline.
        assert!(!is_home_page("https://bugle.example/2024/storm"));
        assert!(!is_home_page("https://bugle.example/?p=12"));
    }

    #[test]
    fn an_h1_in_a_breadcrumb_stated_by_the_metadata_is_the_headline() {
        let page = |og: &str| {
            format!(
                r#"<title>Bugle</title><meta property="og:title" content="{og}"><body>
                <nav class="breadcrumb"><ol><li><a href="/">Home</a></li>
                <li><h1>Storm hits the coast tonight</h1></li></ol></nav>
                <article><h2><strong>Weather</strong><span hidden>:</span> Storm hits the bay today</h2>
                <p>Text.</p></article></body>"#
            )
        };
        assert_eq!(
            extract(&page("Storm hits the coast tonight"))
                .headline
                .as_deref(),
            Some("Storm hits the coast tonight")
        );
        // Not when the metadata states the heading in the article.
        assert_eq!(
            extract(&page("Weather: Storm hits the bay today"))
                .headline
                .as_deref(),
            Some("Storm hits the bay today")
        );
    }

    #[test]
    fn a_widgets_h1_loses_to_the_h1_the_metadata_agree_on() {
        let page = |widget: &str, story: &str| {
            format!(
                r#"<title>Harbour storm live: ferries cancelled as winds reach 120 km/h | Alder Post</title>
                <meta property="og:title" content="Harbour storm live: ferries cancelled as winds reach 120 km/h">
                <body><main>{widget}{story}
                <p>The harbour authority closed the ferry terminal at ten.</p></main></body>"#
            )
        };
        let story = "<h1>Harbour storm live: ferries cancelled as winds reach 120 km/h</h1>";
        // A live ticker's label that the titles contain, first on the page; a weather box's
        // long <h1> in the article while the story's own sits in a sharing bar.
        for (widget, story) in [
            (
                r#"<div class="ticker"><h1>Harbour storm live</h1></div>"#.to_string(),
                story.to_string(),
            ),
            (
                r#"<div class="weather"><h1>Alder Bay: 14°C, light rain tonight</h1></div>"#
                    .to_string(),
                format!(r#"<div class="story-top share-bar">{story}</div>"#),
            ),
        ] {
            assert_eq!(
                extract(&page(&widget, &story)).headline.as_deref(),
                Some("Harbour storm live: ferries cancelled as winds reach 120 km/h"),
                "{widget}"
            );
        }
    }
}

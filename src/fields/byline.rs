//! `authors` and `byline`: who wrote the article.
//!
//! Sources, in order: JSON-LD `author`, microdata `author`, meta tags (`author`,
//! `article:author`, `parsely-author`, `sailthru.author`, `dc.creator`), `rel=author`
//! links, the page's byline element, a byline line near the headline, links to author
//! pages, and a labelled line anywhere in the article ("Autorin: …"). The first source that
//! yields a valid name wins. A byline is cleaned of "By", roles, e-mail addresses, handles,
//! dates and "Staff" (degrees such as "MD, PhD" stay with the name); several names are
//! split; agencies are typed as agencies. The site's own name is an author only when no
//! source names anyone else, and the page signs with it as a team or in two places.

use std::sync::LazyLock;

use regex::Regex;
use serde_json::Value;

use super::agencies::agency;
use super::{Context, Region, absolute_url, in_region, record, text_key};
use crate::article::{Article, Author, AuthorKind, Provenance};
use crate::dom::{NodeId, local_name};
use crate::signals::json_str;

/// Class and id fragments of byline elements.
const BYLINE_TOKENS: &[&str] = &[
    "byline",
    "by-line",
    "author",
    "writer",
    "autor",
    "auteur",
    "verfasser",
    "reporter",
    "credit",
    "contributor",
];

/// Words that make a byline part a role, not a name ("Ann Lee, Staff Writer").
const ROLE_WORDS: &[&str] = &[
    "writer",
    "reporter",
    "correspondent",
    "editor",
    "editors",
    "staff",
    "contributor",
    "columnist",
    "photographer",
    "photographs",
    "photos",
    "journalist",
    "redakteur",
    "redakteurin",
    "korrespondent",
    "korrespondentin",
    "chief",
    "senior",
    "associate",
    "analyst",
    "producer",
    "intern",
    "fellow",
    "author",
    "contributing",
    "special",
    "reporting",
    "bureau",
    "desk",
    "managing",
    "political",
    "business",
    "sports",
    "news",
];

/// Credits that name no one.
const NOT_NAMES: &[&str] = &[
    "staff",
    "admin",
    "administrator",
    "editor",
    "editorial",
    "redaktion",
    "newsroom",
    "web desk",
    "news desk",
    "online desk",
    "desk",
    "team",
    "guest",
    "anonymous",
    "unknown",
    "editorial team",
    "editorial staff",
    "staff reporter",
    "staff writer",
    "our correspondent",
    "correspondent",
    "online",
    "webdesk",
    "home",
    "news",
    "more",
    "share",
    "follow",
    "webmaster",
    "author",
    "autor",
    "auteur",
    "by",
    "posted by",
    "written by",
    "contact",
    "about",
    "read more",
    "view all posts",
    "fact checked",
    "full bio",
    "website",
    "author website",
    "author posts",
    "autoren",
    "authors",
    "undefined",
    "null",
    "none",
    "anónimo",
    "anonym",
    "profile",
    "bio",
];

/// Words of an organization's name.
const ORGANIZATION_WORDS: &[&str] = &[
    "news",
    "media",
    "times",
    "post",
    "press",
    "presse",
    "agency",
    "agentur",
    "network",
    "online",
    "magazine",
    "magazin",
    "journal",
    "daily",
    "group",
    "gruppe",
    "radio",
    "tv",
    "television",
    "redaktion",
    "redaccion",
    "redacción",
    "redazione",
    "rédaction",
    "zeitung",
    "gazette",
    "tribune",
    "herald",
    "channel",
    "team",
    "desk",
    "bureau",
    "service",
    "inc",
    "ltd",
    "llc",
    "corp",
    "corporation",
    "company",
    "gmbh",
    "ag",
    "kg",
    "se",
    "ev",
    "e.v",
    "foundation",
    "stiftung",
    "institute",
    "institut",
    "university",
    "universität",
    "association",
    "verband",
    "verein",
    "gesellschaft",
    "verlag",
    "amt",
    "ministerium",
    "bundesministerium",
    "ministry",
    "department",
    "council",
    "kommission",
    "commission",
];

pub(super) fn extract(ctx: &Context, article: &mut Article) {
    if !article.authors.is_empty() {
        return;
    }
    let site = Known::new(ctx, article);
    if let Some(byline) = article.byline.clone() {
        article.authors = parse_byline(&byline, &site);
        return;
    }
    let steps: [fn(&Context, &Known) -> Option<Found>; 8] = [
        from_jsonld,
        from_microdata,
        from_meta,
        from_rel_author,
        from_byline_element,
        from_byline_line,
        from_author_links,
        from_labelled_line,
    ];
    let all: Vec<(usize, Found)> = steps
        .iter()
        .enumerate()
        .filter_map(|(i, step)| step(ctx, &site).map(|f| (i, f)))
        .collect();
    let fallback = site_credit(&all);
    let mut results = all.into_iter().filter(|(_, f)| !f.authors.is_empty());
    let Some((step, mut found)) = results.next().or(fallback) else {
        return;
    };
    // Metadata may credit someone the page does not show (the CMS account that uploaded
    // it); when the page shows a byline of its own, the reader's byline wins.
    if step < FIRST_PAGE_STEP {
        let visible = visible_text_key(ctx);
        let shown = found
            .authors
            .iter()
            .any(|a| visible.contains(&format!(" {} ", text_key(&a.name))));
        if !shown && let Some((_, on_page)) = results.find(|(i, _)| *i >= FIRST_PAGE_STEP) {
            found = on_page;
        }
    }
    article.byline = Some(found.raw.clone());
    article.authors = found.authors;
    record(article, "authors", found.provenance.raw(found.raw));
}

/// The site's own name as the author, when no step names anyone else: a company blog
/// signed by the company ("Swoogo", "The Upwork Team"). Taken only from the first step
/// that credits the site, and only when the credit is a team, or when the page repeats it
/// in a second place (JSON-LD and a meta tag, or metadata and a byline): a publisher named
/// once in a template is no byline. A publication's name ("Hildesheimer Presse") or a web
/// address ("tennisnet.com") is the masthead, not a signature.
fn site_credit(all: &[(usize, Found)]) -> Option<(usize, Found)> {
    let (step, first) = all.iter().find(|(_, f)| !f.site_credits.is_empty())?;
    let credits = &first.site_credits;
    if credits.iter().any(|a| looks_like_domain(&a.name)) {
        return None;
    }
    let keys: Vec<String> = credits.iter().map(|a| text_key(&a.name)).collect();
    let team = keys.iter().any(|k| k.split(' ').any(|w| w == "team"));
    let places = all
        .iter()
        .filter(|(_, f)| {
            f.site_credits
                .iter()
                .any(|a| keys.contains(&text_key(&a.name)))
        })
        .count();
    let publication = credits
        .iter()
        .any(|a| kind_of(&a.name) == AuthorKind::Organization);
    (team || (places >= 2 && !publication)).then(|| {
        (
            *step,
            Found {
                authors: credits.clone(),
                raw: first.raw.clone(),
                provenance: first.provenance.clone(),
                site_credits: Vec::new(),
            },
        )
    })
}

/// Steps from this index on read the page's own markup rather than its metadata.
const FIRST_PAGE_STEP: usize = 3;

/// The visible text of the page's body as a comparison key, padded with spaces.
fn visible_text_key(ctx: &Context) -> String {
    let doc = ctx.doc;
    let body = doc
        .elements()
        .find(|(_, e)| e.name == local_name!("body"))
        .map_or(doc.root(), |(id, _)| id);
    // Text nodes apart ("Shana Nys Dambrot" beside a date in the next span), button labels
    // included (a byline in a tooltip button).
    let mut text = String::new();
    for (line, _) in lines_walk(doc, body, Walk::VISIBLE) {
        text.push_str(&line);
        text.push(' ');
    }
    format!(" {} ", text_key(&text))
}

/// The authors named in a byline, cleaned, without the site's own name.
pub(crate) fn authors_from_byline(byline: &str, ctx: &Context, article: &Article) -> Vec<Author> {
    parse_byline(byline, &Known::new(ctx, article))
}

struct Found {
    authors: Vec<Author>,
    raw: String,
    provenance: Provenance,
    /// Credits of the site itself, kept aside: the author only when nothing else is found.
    site_credits: Vec<Author>,
}

/// A name written as a web address ("tennisnet.com", "kath.net").
fn looks_like_domain(name: &str) -> bool {
    static DOMAIN: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)\.(?:com|de|net|org|at|ch|info|eu|io|co|uk|fr|it|es|nl|be|pl|tv|fm|live|news|media|app)\b").expect("valid regex")
    });
    DOMAIN.is_match(name)
}

/// What is known of the page before its byline is read: the names of the site itself
/// (which are never authors) and the headline (bylines stand near it).
struct Known {
    keys: Vec<String>,
    headline: Option<String>,
}

impl Known {
    fn new(ctx: &Context, article: &Article) -> Self {
        let mut keys = Vec::new();
        if let Some(s) = &article.site_name {
            keys.push(text_key(s));
        }
        let publisher = ctx
            .signals
            .jsonld
            .article_prop("publisher")
            .and_then(|p| p.get("name"))
            .and_then(crate::signals::json_str);
        if let Some(p) = publisher {
            keys.push(text_key(&p));
        }
        if let Some(label) = super::page_host(ctx).as_deref().and_then(domain_label) {
            keys.push(text_key(label));
        }
        keys.retain(|k| k.chars().count() >= 2);
        Known {
            keys,
            headline: article.headline.clone(),
        }
    }

    /// True when a credit names the site: its name, its publisher's, or its domain
    /// ("NATURSTROM AG" on naturstrom.de, "finanztreff.de").
    fn is_site(&self, name: &str) -> bool {
        let key = text_key(name);
        let squashed = key.replace(' ', "");
        self.keys.iter().any(|k| {
            let site = k.replace(' ', "");
            *k == key
                || site == squashed
                || (site.chars().count() >= 4 && squashed.contains(&site))
                || (squashed.chars().count() >= 4 && site.contains(&squashed))
        })
    }
}

/// The distinctive label of a host: `naturstrom` for `www.naturstrom.de`, `bbc` for
/// `news.bbc.co.uk`.
fn domain_label(host: &str) -> Option<&str> {
    let labels: Vec<&str> = host.split('.').filter(|l| !l.is_empty()).collect();
    let n = labels.len();
    if n < 2 {
        return labels.first().copied();
    }
    let second = labels[n - 2];
    let generic = [
        "co", "com", "org", "net", "ac", "gov", "edu", "or", "ne", "go",
    ];
    if n >= 3 && generic.contains(&second) {
        Some(labels[n - 3])
    } else {
        Some(second)
    }
}

fn from_jsonld(ctx: &Context, site: &Known) -> Option<Found> {
    let ld = &ctx.signals.jsonld;
    let obj = ld.article_or_page()?;
    let value = obj.get("author").or_else(|| obj.get("creator"))?;
    let items: Vec<&Value> = match value {
        Value::Array(items) => items.iter().map(|i| ld.resolve(i)).collect(),
        other => vec![ld.resolve(other)],
    };
    let mut authors = Vec::new();
    let mut site_credits = Vec::new();
    let mut raws = Vec::new();
    for item in items {
        let Some(name) = person_name(item) else {
            continue;
        };
        raws.push(name.clone());
        let url = item
            .get("url")
            .or_else(|| item.get("sameAs"))
            .and_then(json_str)
            .and_then(|u| absolute_url(ctx, &u));
        let is_org = crate::signals::has_type(item, "Organization")
            || crate::signals::has_type(item, "NewsMediaOrganization");
        // The publisher credited as author is the site, whatever its name looks like.
        if is_org && site.is_site(&name) {
            continue;
        }
        let (parsed, sites) = parse_credit(&name, site, Origin::Metadata);
        site_credits.extend(sites);
        for mut author in parsed {
            if is_org && author.kind == AuthorKind::Person {
                author.kind = AuthorKind::Organization;
            }
            if author.url.is_none() {
                author.url.clone_from(&url);
            }
            authors.push(author);
        }
    }
    Some(Found {
        authors: dedup(authors),
        raw: raws.join(", "),
        provenance: Provenance::new("json-ld", 0.85).path("author"),
        site_credits: dedup(site_credits),
    })
}

/// The name of a JSON-LD person: `name`, or `givenName familyName`, or a plain string.
fn person_name(item: &Value) -> Option<String> {
    if let Value::Object(map) = item {
        if let Some(name) = map.get("name").and_then(json_str) {
            return Some(name);
        }
        let given = map.get("givenName").and_then(json_str);
        let family = map.get("familyName").and_then(json_str);
        return match (given, family) {
            (Some(g), Some(f)) => Some(format!("{g} {f}")),
            (g, f) => g.or(f),
        };
    }
    json_str(item)
}

/// As [`outside_article`], for the author markup of an article (`itemprop=author`,
/// `rel=author`), except that an `<aside>` or `<footer>` inside the `<article>` is the
/// article's own column or footer of details (byline, date, sharing), not a sidebar or the
/// site's footer.
fn outside_article_markup(doc: &crate::dom::Document, node: NodeId) -> bool {
    // Once the walk below reaches an <article> it answers "inside", so an aside or footer
    // it meets first is inside an article exactly when the node is.
    let in_article = doc
        .ancestors(node)
        .any(|a| doc.is(a, &local_name!("article")));
    for a in std::iter::once(node).chain(doc.ancestors(node)) {
        let Some(el) = doc.element(a) else {
            continue;
        };
        if matches!(el.name, local_name!("article") | local_name!("main")) {
            return false;
        }
        let details = matches!(el.name, local_name!("aside") | local_name!("footer"));
        if !(details && in_article) && Region::OUTSIDE_ARTICLE.opened_by(el) {
            return true;
        }
    }
    false
}

fn from_microdata(ctx: &Context, site: &Known) -> Option<Found> {
    let doc = ctx.doc;
    let mut raws = Vec::new();
    // The item a property belongs to: its nearest ancestor with `itemscope`. Authors of
    // other items (the cards of related posts) are someone else's.
    let owner = |n: NodeId| {
        doc.ancestors(n)
            .find(|&a| doc.attr(a, "itemscope").is_some())
    };
    let mut first_owner: Option<Option<NodeId>> = None;
    for prop in ctx.signals.itemprop("author") {
        if outside_article_markup(doc, prop.node) {
            continue;
        }
        let o = owner(prop.node);
        if *first_owner.get_or_insert(o) != o {
            continue;
        }
        // A nested `itemprop=name` holds the name; else the element's value.
        let name = doc
            .descendants(prop.node)
            .skip(1)
            .find(|&d| {
                doc.attr(d, "itemprop")
                    .is_some_and(|p| p.split_whitespace().any(|t| t == "name"))
            })
            .map(|d| {
                doc.attr(d, "content")
                    .map(str::to_string)
                    .unwrap_or_else(|| doc.text(d))
            })
            .unwrap_or_else(|| prop.value.clone());
        if !name.starts_with("http") && !raws.contains(&name) {
            raws.push(name);
        }
    }
    found_from_strings(
        raws,
        site,
        Origin::Metadata,
        Provenance::new("microdata", 0.75).path("[itemprop=author]"),
    )
}

fn from_meta(ctx: &Context, site: &Known) -> Option<Found> {
    const NAMES: &[&str] = &[
        "author",
        "article:author",
        "parsely-author",
        "sailthru.author",
        "dc.creator",
        "dcterms.creator",
        "citation_author",
        "byl",
        "twitter:data1",
    ];
    let mut site_only: Option<Found> = None;
    for name in NAMES {
        let values: Vec<String> = ctx
            .signals
            .meta
            .all(name)
            .filter(|v| !v.starts_with("http") && !v.starts_with('@'))
            // "www.facebook.com/…": a profile's address, not a name.
            .filter(|v| !v.contains(".com/") && !v.starts_with("www."))
            .map(|v| {
                // Catalogue style, one person per tag: "Kaufman, Jeff T." is Jeff T. Kaufman.
                match (name.starts_with("citation_") || name.starts_with("dc"))
                    .then(|| LAST_FIRST.captures(v))
                {
                    Some(Some(c)) => format!("{} {}", &c["first"], &c["last"]),
                    _ => v.to_string(),
                }
            })
            .collect();
        if *name == "twitter:data1"
            && ctx.signals.meta.get("twitter:label1").is_none_or(|l| {
                let l = l.to_lowercase();
                ![
                    "writ",
                    "verfasst",
                    "geschrieben",
                    "autor",
                    "author",
                    "écrit",
                    "escrito",
                ]
                .iter()
                .any(|w| l.contains(w))
            })
        {
            continue;
        }
        let prov = Provenance::new(format!("meta:{name}"), 0.7);
        let found = found_from_strings(values, site, Origin::Metadata, prov).map(|mut f| {
            // A company or office in a meta tag is the page's owner, not a byline.
            // A desk ("Redaktion") is how the paper signs.
            f.authors
                .retain(|a| a.kind != AuthorKind::Organization || is_desk(&a.name));
            f
        });
        if let Some(found) = found {
            if !found.authors.is_empty() {
                return Some(found);
            }
            if site_only.is_none() && !found.site_credits.is_empty() {
                site_only = Some(found);
            }
        }
    }
    site_only
}

fn from_rel_author(ctx: &Context, site: &Known) -> Option<Found> {
    let doc = ctx.doc;
    let mut raws = Vec::new();
    let mut urls = Vec::new();
    for &id in &ctx.signals.rel_author {
        if outside_article_markup(doc, id) {
            continue;
        }
        let text = doc.text(id);
        if !text.is_empty()
            && text.chars().count() < 80
            && !raws.contains(&text)
            && !credited_as_reviewer(doc, id)
        {
            urls.push(doc.attr(id, "href").and_then(|h| absolute_url(ctx, h)));
            raws.push(text);
        }
    }
    let mut found = found_from_strings(
        raws,
        site,
        Origin::Link,
        Provenance::new("heuristic:rel-author", 0.7).path("[rel=author]"),
    )?;
    if found.authors.len() == urls.len() {
        for (a, u) in found.authors.iter_mut().zip(urls) {
            a.url = u;
        }
    }
    Some(found)
}

fn from_byline_element(ctx: &Context, site: &Known) -> Option<Found> {
    let doc = ctx.doc;
    let mut candidates: Vec<NodeId> = Vec::new();
    for (id, el) in doc.elements() {
        let named = el.classes().chain(el.attr("id")).any(|t| {
            let t = t.to_ascii_lowercase();
            BYLINE_TOKENS.iter().any(|b| t.contains(b))
                && !t.contains("avatar")
                && !t.contains("bio")
                && !t.contains("comment")
        });
        // The innermost byline elements are the precise ones; an ancestor already listed
        // is replaced by its descendant.
        // A credit inside a figure is the picture's ("Foto: …", a photographer's name).
        let in_figure = std::iter::once(id).chain(doc.ancestors(id)).any(|a| {
            doc.element(a).is_some_and(|e| {
                matches!(e.name, local_name!("figure") | local_name!("figcaption"))
            })
        });
        if named && !in_figure && !ctx.facts.outside_article(id) {
            candidates.retain(|&c| !doc.ancestors(id).any(|a| a == c));
            candidates.push(id);
        }
    }
    let mut site_only: Option<Found> = None;
    for id in candidates {
        let text = doc.text(id);
        if text.is_empty() || credited_as_reviewer(doc, id) {
            continue;
        }
        if text.chars().count() > 150 {
            // An author box: the name stands in a heading or link of its own, beside a bio.
            if let Some(found) = name_in_box(ctx, id, site) {
                return Some(found);
            }
            continue;
        }
        // A name slot holding one word ("tlow", "Heiko") credits it, as a link to an
        // author's page would.
        let one_word = text.split_whitespace().count() == 1 && !text.trim_end().ends_with(':');
        let origin = if one_word { Origin::Link } else { Origin::Page };
        let (authors, sites) = parse_credit(&text, site, origin);
        if !authors.is_empty() {
            return Some(Found {
                authors,
                raw: text,
                provenance: Provenance::new("heuristic:byline-element", 0.6),
                site_credits: Vec::new(),
            });
        }
        if site_only.is_none() && !sites.is_empty() {
            site_only = Some(Found {
                authors: Vec::new(),
                raw: text,
                provenance: Provenance::new("heuristic:byline-element", 0.6),
                site_credits: sites,
            });
        }
    }
    site_only
}

/// True when the words just before an element, in the block that holds it, credit its name
/// with something else than the writing: "Reviewed by <a>Rolf Tanner</a>", "Fact checked
/// by …", "Illustrated by …".
fn credited_as_reviewer(doc: &crate::dom::Document, id: NodeId) -> bool {
    let Some(block) = doc.ancestors(id).find(|&a| {
        doc.element(a)
            .is_some_and(|e| crate::dom::is_block_tag(&e.name))
    }) else {
        return false;
    };
    let own = doc.text(id);
    let text = doc.text(block);
    text.find(&own)
        .is_some_and(|at| REVIEWER_LABEL.is_match(&text[..at]))
}

/// The end of a label that credits a reviewer, editor or illustrator, not the writer.
static REVIEWER_LABEL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:reviewed|checked|verified|approved|illustrated|illustrations?|photographed|tested|geprüft|überprüft|illustriert)(?:\s+by|\s+von)?\s*:?\s*$")
        .expect("valid regex")
});

/// The name in an author box: the first heading, link or bold text inside it that reads
/// as a name.
fn name_in_box(ctx: &Context, id: NodeId, site: &Known) -> Option<Found> {
    let doc = ctx.doc;
    for d in doc.descendants(id).skip(1) {
        let Some(el) = doc.element(d) else { continue };
        let slot = matches!(
            el.name,
            local_name!("h2")
                | local_name!("h3")
                | local_name!("h4")
                | local_name!("h5")
                | local_name!("h6")
                | local_name!("strong")
                | local_name!("b")
                | local_name!("a")
        ) || el
            .classes()
            .any(|c| c.to_ascii_lowercase().contains("name"));
        if !slot {
            continue;
        }
        let text = doc.text(d);
        if text.is_empty() || text.chars().count() > 60 {
            continue;
        }
        let authors = parse_byline(&text, site);
        if !authors.is_empty() && authors.iter().all(|a| looks_like_person(&a.name)) {
            return Some(Found {
                authors,
                raw: text,
                provenance: Provenance::new("heuristic:byline-element", 0.55),
                site_credits: Vec::new(),
            });
        }
    }
    None
}

/// A line near the headline that opens with a byline word ("By Ann Lee", "Von Max Muster",
/// "Autor: …"), in the region that holds the main heading.
fn from_byline_line(ctx: &Context, site: &Known) -> Option<Found> {
    let doc = ctx.doc;
    let heading = headline_element(ctx, site.headline.as_deref())?;
    let headline = doc.text(heading);
    // Climb until the region holds more than the heading: the article's header.
    let mut scope = heading;
    for a in doc.ancestors(heading).take(5) {
        scope = a;
        if doc.text(a).chars().count() > headline.chars().count() + 40 {
            break;
        }
    }
    let lines = doc.lines(scope);
    let at = lines.iter().position(|l| *l == headline).unwrap_or(0);
    let window: Vec<&String> = lines.iter().skip(at.saturating_sub(4)).take(16).collect();
    let mut site_only: Option<Found> = None;
    for (i, line) in window.iter().enumerate() {
        if line.chars().count() > 120 {
            continue;
        }
        let Some(candidate) = line_credit(&window, i, true) else {
            continue;
        };
        let (authors, sites) = parse_credit(&candidate, site, Origin::Page);
        if !authors.is_empty() {
            return Some(Found {
                authors,
                raw: line.to_string(),
                provenance: Provenance::new("heuristic:byline-line", 0.55),
                site_credits: Vec::new(),
            });
        }
        if site_only.is_none() && !sites.is_empty() {
            site_only = Some(Found {
                authors: Vec::new(),
                raw: line.to_string(),
                provenance: Provenance::new("heuristic:byline-line", 0.55),
                site_credits: sites,
            });
        }
    }
    site_only
}

/// The credit a line of the page holds: the line itself when it opens with a byline word,
/// the name after "Posted on … by", or the next line after a label alone ("Autor:").
fn line_credit<S: AsRef<str>>(lines: &[S], i: usize, date_first: bool) -> Option<String> {
    let line = lines[i].as_ref();
    if BYLINE_LABEL_ONLY.is_match(line) {
        return lines.get(i + 1).map(|next| next.as_ref().to_string());
    }
    if let Some(c) = BYLINE_AFTER_DATE.captures(line) {
        return Some(c["credit"].to_string());
    }
    if BYLINE_LINE.is_match(line) {
        return Some(line.to_string());
    }
    if date_first
        && let Some(c) = DATE_THEN_NAME.captures(line)
        && looks_like_person(c["credit"].trim())
    {
        return Some(c["credit"].to_string());
    }
    None
}

/// A meta line that gives the date, then the author: "11.12.2019 - Amelie Loevenich",
/// "04.02.2022 | 13:10 Uhr | Uta Helkenberg", "Dec. 19, 2025 · Niko Matsakis".
static DATE_THEN_NAME: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:(?:\d{1,4}[./-]\d{1,2}[./-]\d{2,4}|\d{1,2}:\d{2}(?:\s*(?i:uhr|am|pm))?|(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2},?\s+\d{4})\s*[-–|·•,]?\s*)+[-–|·•]\s*(?P<credit>\p{Lu}[^|·•]{2,60})$")
        .expect("valid regex")
});

/// Lines of the article anywhere on the page (outside menus, comments and other regions)
/// that open with a byline label: "Von Leonora Holling", "Autorin: Uta Staschewski, …".
fn from_labelled_line(ctx: &Context, site: &Known) -> Option<Found> {
    let doc = ctx.doc;
    let body = doc
        .elements()
        .find(|(_, e)| e.name == local_name!("body"))
        .map_or(doc.root(), |(id, _)| id);
    let lines = lines_with_nodes(doc, body);
    let texts: Vec<&str> = lines.iter().map(|(t, _)| t.as_str()).collect();
    for (i, (line, node)) in lines.iter().enumerate() {
        if line.chars().count() > 120
            || ctx.facts.outside_article(*node)
            || in_region(doc, *node, &Region::COMMENTS_OR_NAV)
        {
            continue;
        }
        let Some(candidate) = line_credit(&texts, i, false) else {
            continue;
        };
        // Away from the headline only a plain label vouches for a name: "By Ann Lee",
        // "Autorin: Uta Staschewski", not "Text Link" or "Interview Notes".
        if !STRONG_LABEL.is_match(line) && !BYLINE_LABEL_ONLY.is_match(line) {
            continue;
        }
        let authors = parse_byline(&candidate, site);
        // A verb ("Posted by", "Geschrieben von") vouches for a one-word name.
        let verb = VERB_LABEL.is_match(line);
        let plausible = authors.len() <= 3
            && authors
                .iter()
                .all(|a| a.kind == AuthorKind::Agency || a.name.contains(' ') || verb);
        if !authors.is_empty() && plausible {
            return Some(Found {
                authors,
                raw: line.to_string(),
                provenance: Provenance::new("heuristic:labelled-line", 0.5),
                site_credits: Vec::new(),
            });
        }
    }
    None
}

/// A line that opens with a plain byline label: "By", "Von", "Posted by", or a label with
/// a colon ("Autor:", "Text:").
static STRONG_LABEL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:(?i:(?:written|posted|published|reported|gespeichert|erstellt|geschrieben|verfasst|(?:ein\s+)?artikel)\s+)?(?i:by|von|par|por)\s+\p{Lu}|(?i:by|von|autor(?:in)?|author|auteur|text|redaktion|written\s+by)\s*:)")
        .expect("valid regex")
});

static VERB_LABEL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?i:written|posted|published|gespeichert|erstellt|geschrieben|verfasst|gepostet)\s+(?i:by|von|par|por)\s")
        .expect("valid regex")
});

/// The text of a subtree as lines (as [`crate::dom::Document::lines`]), each with the
/// element that holds its first text.
fn lines_with_nodes(doc: &crate::dom::Document, id: NodeId) -> Vec<(String, NodeId)> {
    lines_walk(doc, id, Walk::LINES)
}

/// How [`lines_walk`] reads text.
#[derive(Clone, Copy)]
struct Walk {
    /// Whether button labels count.
    buttons: bool,
    /// Whether each text node stands apart from the next, as if a space separated them.
    apart: bool,
}

impl Walk {
    /// As [`crate::dom::Document::lines`] reads.
    const LINES: Walk = Walk {
        buttons: false,
        apart: false,
    };
    /// Everything a reader may see, word boundaries kept between elements.
    const VISIBLE: Walk = Walk {
        buttons: true,
        apart: true,
    };
}

/// The lines of a subtree, each with the element that holds its first text.
fn lines_walk(doc: &crate::dom::Document, id: NodeId, walk: Walk) -> Vec<(String, NodeId)> {
    use crate::dom::NodeData;
    let mut out: Vec<(String, NodeId)> = Vec::new();
    let mut cur = String::new();
    let mut cur_node: Option<NodeId> = None;
    let mut flush = |cur: &mut String, cur_node: &mut Option<NodeId>| {
        let line = crate::dom::collapse_whitespace(cur);
        if let (false, Some(n)) = (line.is_empty(), *cur_node) {
            out.push((line, n));
        }
        cur.clear();
        *cur_node = None;
    };
    let mut stack: Vec<Option<NodeId>> = vec![Some(id)];
    while let Some(entry) = stack.pop() {
        let Some(n) = entry else {
            flush(&mut cur, &mut cur_node);
            continue;
        };
        match &doc.node(n).data {
            NodeData::Text(t) => {
                if cur_node.is_none() && !t.trim().is_empty() {
                    cur_node = doc.parent(n);
                }
                if walk.apart {
                    cur.push(' ');
                }
                cur.push_str(&t.replace('\n', " "));
            }
            NodeData::Element(e) => {
                if crate::dom::is_skipped_tag(&e.name)
                    && n != id
                    && !(walk.buttons && e.name == local_name!("button"))
                {
                    continue;
                }
                if crate::dom::is_block_tag(&e.name) {
                    flush(&mut cur, &mut cur_node);
                    stack.push(None);
                }
                stack.extend(doc.children(n).iter().rev().map(|&c| Some(c)));
            }
            NodeData::Document => stack.extend(doc.children(n).iter().rev().map(|&c| Some(c))),
            NodeData::Other => {}
        }
    }
    flush(&mut cur, &mut cur_node);
    out
}

/// The element that shows the headline: a heading whose text is the headline, else the
/// first `<h1>` in the article.
fn headline_element(ctx: &Context, headline: Option<&str>) -> Option<NodeId> {
    let doc = ctx.doc;
    let is_heading = |name: &crate::dom::LocalName| {
        matches!(
            *name,
            local_name!("h1")
                | local_name!("h2")
                | local_name!("h3")
                | local_name!("h4")
                | local_name!("h5")
                | local_name!("h6")
        )
    };
    let key = headline.map(text_key);
    doc.elements()
        .find(|(id, e)| {
            is_heading(&e.name) && key.as_deref() == Some(text_key(&doc.text(*id)).as_str())
        })
        .or_else(|| {
            doc.elements()
                .find(|(id, e)| e.name == local_name!("h1") && !ctx.facts.outside_article(*id))
        })
        .map(|(id, _)| id)
}

/// Path segments of links to an author's page.
const AUTHOR_PATHS: &[&str] = &[
    "/author/",
    "/authors/",
    "/autor/",
    "/autoren/",
    "/auteur/",
    "/autore/",
    "/staff/",
    "/journalist/",
    "/journalists/",
    "/redakteur/",
    "/contributor/",
    "/contributors/",
    "/writer/",
    "/writers/",
];

/// Links to author pages inside the article ("/author/ann-lee"), whose text is a name.
fn from_author_links(ctx: &Context, site: &Known) -> Option<Found> {
    let doc = ctx.doc;
    let page_host = super::page_host(ctx);
    let mut raws: Vec<String> = Vec::new();
    let mut urls = Vec::new();
    // The block that holds the first author link: a byline's links share it; the links of
    // reviewers, related posts or a bio further down do not.
    let block_of = |n: NodeId| {
        doc.ancestors(n).find(|&a| {
            doc.element(a)
                .is_some_and(|e| crate::dom::is_block_tag(&e.name))
        })
    };
    let mut first_block: Option<Option<NodeId>> = None;
    for (id, el) in doc.elements() {
        if el.name != local_name!("a") {
            continue;
        }
        let Some(href) = el.attr("href") else {
            continue;
        };
        let lower = href.to_ascii_lowercase();
        if !AUTHOR_PATHS.iter().any(|p| lower.contains(p))
            || in_region(doc, id, &Region::COMMENTS_OR_NAV)
        {
            continue;
        }
        // An author's page lives on the site itself; a link elsewhere is a share button.
        let url = absolute_url(ctx, href);
        if !same_site(url.as_deref(), page_host.as_deref()) {
            continue;
        }
        let text = doc.text(id);
        if text.is_empty()
            || text.chars().count() > 60
            || raws.contains(&text)
            || credited_as_reviewer(doc, id)
        {
            continue;
        }
        let (authors, sites) = parse_credit(&text, site, Origin::Link);
        if authors.is_empty() && sites.is_empty() {
            continue;
        }
        let b = block_of(id);
        if *first_block.get_or_insert(b) != b {
            continue;
        }
        urls.push(url);
        raws.push(text);
        if raws.len() >= 4 {
            break;
        }
    }
    let prov = Provenance::new("heuristic:author-link", 0.5).path("a[href*=/author/]");
    let mut found = found_from_strings(raws, site, Origin::Link, prov)?;
    if found.authors.len() == urls.len() {
        for (a, u) in found.authors.iter_mut().zip(urls) {
            a.url = u;
        }
    }
    Some(found)
}

/// True when a link stays on the page's site (or the page's host is unknown).
fn same_site(url: Option<&str>, page_host: Option<&str>) -> bool {
    let (Some(url), Some(page)) = (url, page_host) else {
        return true;
    };
    let Some(host) = url::Url::parse(url)
        .ok()
        .and_then(|u| u.host_str().map(str::to_ascii_lowercase))
    else {
        return false;
    };
    let host = host.strip_prefix("www.").unwrap_or(&host);
    domain_label(host) == domain_label(page)
}

fn found_from_strings(
    raws: Vec<String>,
    site: &Known,
    origin: Origin,
    provenance: Provenance,
) -> Option<Found> {
    if raws.is_empty() {
        return None;
    }
    let mut authors: Vec<Author> = Vec::new();
    let mut site_credits: Vec<Author> = Vec::new();
    for r in &raws {
        let (a, s) = parse_credit(r, site, origin);
        authors.extend(a);
        site_credits.extend(s);
    }
    Some(Found {
        authors: dedup(authors),
        raw: raws.join(", "),
        provenance,
        site_credits: dedup(site_credits),
    })
}

fn dedup(authors: Vec<Author>) -> Vec<Author> {
    let mut out: Vec<Author> = Vec::new();
    for a in authors {
        if !out.iter().any(|b| text_key(&b.name) == text_key(&a.name)) {
            out.push(a);
        }
    }
    out
}

static PREFIX: LazyLock<Regex> = LazyLock::new(|| {
    // The short Romance and Dutch words are matched in lower case only, so that "De Niro"
    // keeps its name. "Redaktion" labels a name only with a colon ("Redaktion: Max Muster");
    // without one it starts a desk's name ("Redaktion Polizeiticker Schweiz").
    Regex::new(r"^\s*(?:(?i:this\s+(?:post|article|story|piece)\s+(?:was\s+|is\s+)?))?(?:(?i:written|posted|published|reported|story|text|words|photos?|interview|compiled|edited)\s+)?(?:(?i:by|von|vom|par|por|autor(?:in)?|author|auteur|text|texte|redaktion\s*:|from|interview|(?:erstellt|geschrieben|verfasst|gepostet|veröffentlicht|eingestellt|gespeichert|(?:blog\s+)?beitrag|(?:ein\s+)?artikel)\s+von)|de|di|door|av)(?:\s*[:\-]\s*|\s+|\s*$)")
        .expect("valid regex")
});
/// A name written last name first: "Kaufman, Jeff T.", "Jong, Michiel de".
static LAST_FIRST: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?P<last>\p{Lu}[\p{L}'’-]+),\s*(?P<first>\p{Lu}[\p{L}.’' -]*?)$")
        .expect("valid regex")
});
/// Labels of links to an author's page ("View all posts by Ann Lee", "Alle Beiträge von …").
static LINK_LABEL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^.*?\b(?:all\s+posts|posts|articles|stories|beiträge|artikel|more|mehr|articles?\s+de)\s+(?:by|von|from|de|par)\s+")
        .expect("valid regex")
});
/// Credits of the site's software, not of a person.
static POWERED_BY: LazyLock<Regex> = LazyLock::new(|| {
    // Software credits, and image credits ("Photo: … / Adobe Stock").
    Regex::new(r"(?i)\b(?:powered by|bereitgestellt von|proudly powered|theme by|designed by)\b|^(?:photo|foto|image|bild|picture|credit|quelle|source)s?\s*:")
        .expect("valid regex")
});
/// A link to an author's page labelled "All posts", "Alle Beiträge": no name.
static ALL_POSTS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?i:(?:view\s+|see\s+)?all\s+(?:posts|articles|stories)|alle\s+(?:beiträge|artikel)|tous\s+les\s+articles)$").expect("valid regex")
});
/// A line that opens with a byline word: "By Ann Lee", "Von Max Muster", "Autor: …".
static BYLINE_LINE: LazyLock<Regex> = LazyLock::new(|| {
    // An optional date before the credit ("05.02.2020 - Redaktion: …").
    Regex::new(r"^(?:[\d./]+\s*[-–|·]\s*)?(?:(?i:written|posted|published|reported|story|text|words|interview|compiled|blog\s+beitrag|beitrag|(?:ein\s+)?artikel|gespeichert|erstellt|geschrieben|verfasst)\s+)?(?:(?i:by|von|par|por|autor(?:in)?|author|auteur|text|redaktion|interview)\s*:?\s+|(?i:by|von|autor|author|auteur|redaktion|interview|text):\s*)\S")
        .expect("valid regex")
});
/// A byline label alone on its line ("Autor:", "Text:", "By").
static BYLINE_LABEL_ONLY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^(?i:by|von|autor(?:in)?|author|auteur|text|redaktion|(?:written|posted|article|story|words|text)\s+by|geschrieben von|about\s+the\s+author|über\s+(?:den\s+autor|die\s+autorin))\s*:?$",
    )
    .expect("valid regex")
});
/// A meta line that names the author after the date ("Posted on May 3, 2020 by Ann Lee").
static BYLINE_AFTER_DATE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?i:posted|published|veröffentlicht|erstellt|gespeichert|publié|publicado)\b.{0,40}?\b(?i:by|von|par|por)\s+(?P<credit>\S.{1,60})$")
        .expect("valid regex")
});
static EMAIL_OR_HANDLE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\S+@\S+\.\S+|(?:^|\s)@\w+|https?://\S+|\bemail\b|\bfollow\b.*$|\btwitter\b.*$")
        .expect("valid regex")
});
static COMMA: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"\s*[,;|]\s*").expect("valid regex"));
static SPLIT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\s*(?:/|&|\band\b|\bund\b|\bet\b|\by\b|\be\b|\bog\b|\boch\b|\ben\b|\bwith\b|\bavec\b)\s*")
        .expect("valid regex")
});
static LEADING_WITH: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^\s*(?i:with|avec)\b").expect("valid regex"));
static PARENS: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\(([^)]*)\)|\[([^\]]*)\]").expect("valid regex"));
/// A credit for other work after the writers': "…, Updated by …", "… Illustration von …".
static OTHER_CREDIT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?P<writers>.+?\S)\s*[,;|·•–-]?\s*\b(?i:updated|edited|reviewed|(?:medically\s+)?reviewed|fact[- ]checked|illustrat(?:ed|ions?|ionen)|photos?|photographs|fotos?|bilder|grafiken?)\s+(?i:by|von)\s+\S.*$")
        .expect("valid regex")
});
/// Two capitalized words in a row: a name ("Ann Lee"), not a lone label ("Text und").
static TWO_NAME_WORDS: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\p{Lu}[\p{L}.'-]*\s+\p{Lu}").expect("valid regex"));
/// A credit that opens with other work than the writing: "Updated by …", "Reviewed by …".
static OTHER_LEAD: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\s*(?i:updated|(?:medically\s+)?reviewed|fact[- ]checked|illustrated|illustrations?|illustration)\s+(?i:by|von)\s")
        .expect("valid regex")
});
/// A date or time after the name. Its words match whole only: "il" in "Mail On Sunday"
/// or "mar" in "Dunmar" starts no date.
static DATE_TAIL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\s*(?:[-–—|•·,]\s*)?(?:\b(?:updated|published|posted|last|stand|aktualisiert|veröffentlicht|erstellt|publié|publicado|mis à jour|on|am|um|le|el|il|vom|du|hace)\s*:?\s*)*(?:\d|\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\b|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d).*$")
        .expect("valid regex")
});

/// Splits a byline into authors: cleaned names, agencies typed, roles attached, the site's
/// own name dropped.
fn parse_byline(raw: &str, site: &Known) -> Vec<Author> {
    parse_credit(raw, site, Origin::Page).0
}

/// Where a byline was read: metadata and links to an author's page may name an account
/// ("apblackmd", "gizzmo"); running page text may not.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Origin {
    Metadata,
    Link,
    Page,
}

/// Postnominal degrees and certifications written after a name ("Jillian Kubala, MS, RD"),
/// as comparison keys.
const CREDENTIALS: &[&str] = &[
    "md", "m d", "do", "phd", "ph d", "rd", "rdn", "ld", "ms", "msc", "ma", "ba", "bs", "bsc",
    "mba", "mph", "mpa", "dvm", "vmd", "cfp", "cpa", "cfa", "jd", "rn", "bsn", "msn", "np", "lvt",
    "vts", "dacvb", "faclm", "fand", "dabom", "foma", "faafp", "cepf", "cpp", "psp", "lcsw", "lpc",
    "pharmd", "dds", "dmd", "cscs", "cpt", "facp", "facs", "mfa", "edd", "psyd", "lmft", "ibclc",
    "cde", "cdces", "chfc", "clu", "cltc", "aif", "aprn", "fnp", "pa c", "dpt", "otr", "atc",
    "cissp", "pmp", "frcp", "mbbs", "mrcp", "llm", "cfre", "shrm cp", "shrm scp", "phr", "sphr",
    "crpc", "ricp", "cmt",
];

/// A byline part that is a degree or certification ("MD", "Ph.D.", "MS, RD"): written with
/// at least two capitals, and known.
fn is_credential(part: &str) -> bool {
    let key = text_key(part);
    part.chars().filter(|c| c.is_uppercase()).count() >= 2
        && key.split(' ').count() <= 3
        && (CREDENTIALS.contains(&key.as_str()) || key.split(' ').all(|w| CREDENTIALS.contains(&w)))
}

/// Splits a credit into authors (see [`parse_byline`]), and apart from them the credits
/// that name the site itself.
fn parse_credit(raw: &str, site: &Known, origin: Origin) -> (Vec<Author>, Vec<Author>) {
    let mut text = crate::dom::collapse_whitespace(raw);
    if POWERED_BY.is_match(&text) {
        return (Vec::new(), Vec::new());
    }
    // "mdelatorreq6vkpg2ma0ci", "anaya60": an account id, not a name.
    let account_id = !text.contains(' ') && text.chars().any(|c| c.is_ascii_digit());
    if account_id {
        return (Vec::new(), Vec::new());
    }
    let mut site_credits: Vec<Author> = Vec::new();
    text = EMAIL_OR_HANDLE.replace_all(&text, " ").into_owned();
    text = LINK_LABEL.replace(&text, "").into_owned();
    text = DATE_TAIL.replace(&text, "").into_owned();
    // "Ann Lee, Updated by Bo Kim", "Text von Ann Lee Illustration von Bo Kim": a second
    // credit for other work ends the writers' one; alone, it names no writer.
    if OTHER_LEAD.is_match(&text) {
        return (Vec::new(), Vec::new());
    }
    if let Some(c) = OTHER_CREDIT.captures(&text)
        && TWO_NAME_WORDS.is_match(&c["writers"])
    {
        text = c["writers"].to_string();
    }
    // Agencies in parentheses ("Ann Lee (AP)") are credits of their own.
    let mut extra = Vec::new();
    let source = text.clone();
    text = PARENS
        .replace_all(&source, |c: &regex::Captures| {
            let inner = c.get(1).or_else(|| c.get(2)).map_or("", |m| m.as_str());
            if agency(inner).is_some() {
                extra.push(inner.to_string());
            }
            // Inside a name, a maiden name or middle names: "Priya (Sen) Gupta".
            let (start, end) = c.get(0).map_or((0, 0), |m| (m.start(), m.end()));
            let before = source[..start].trim_end();
            let after = source[end..].trim_start();
            let inside_name = before.chars().last().is_some_and(char::is_alphabetic)
                && after.chars().next().is_some_and(char::is_uppercase)
                && agency(inner).is_none()
                && looks_like_name(inner.trim());
            if inside_name {
                format!(" {} ", inner.trim())
            } else {
                " ".to_string()
            }
        })
        .into_owned();
    text = crate::dom::collapse_whitespace(&text);
    // A byline word ("By", "Von") vouches for a one-word name ("Posted by Konstantin").
    let prefixed = PREFIX.is_match(&text) || origin != Origin::Page;
    let text = PREFIX.replace(&text, "");
    // "Interview with Ann Lee" names the one interviewed; "with" joins names only between
    // two of them ("By Ann Lee with Bo Kim").
    if LEADING_WITH.is_match(&text) {
        return (Vec::new(), Vec::new());
    }
    let mut authors: Vec<Author> = Vec::new();
    let mut agencies: Vec<&'static str> = Vec::new();
    let mut desk: Option<String> = None;
    // Commas separate names, and also a name from a place ("Von Max Muster, Berlin").
    let comma_parts: Vec<&str> = COMMA.split(&text).collect();
    let parts = comma_parts
        .iter()
        .enumerate()
        .flat_map(|(i, chunk)| SPLIT.split(chunk).map(move |p| (i > 0, p.trim())));
    let extra_parts = extra.iter().map(|e| (false, e.as_str()));
    let parts: Vec<(bool, &str)> = parts.chain(extra_parts).collect();
    // "Maria & Katerina" are names; a lone "Interview" or "Posted" is not.
    let vouched = prefixed || parts.len() > 1;
    for (after_comma, part) in parts {
        let part = PREFIX.replace(part, "");
        let part = part.trim_matches(|c: char| !c.is_alphanumeric() && c != '.' && c != '\'');
        if part.is_empty() {
            continue;
        }
        // "Jillian Kubala, MS, RD": degrees belong to the name they follow.
        if after_comma && is_credential(part) {
            if let Some(last) = authors.last_mut() {
                last.name = format!("{}, {}", last.name, part);
            }
            continue;
        }
        if let Some(name) = agency(part) {
            agencies.push(name);
            continue;
        }
        if desk.is_none() && is_desk(part) {
            desk = Some(part.to_string());
            continue;
        }
        if is_role(part) {
            if let Some(last) = authors.last_mut() {
                last.role.get_or_insert_with(|| part.to_string());
            }
            continue;
        }
        // "Zackery Cuevas Writer": a role written after the name.
        let (part, role) = split_trailing_role(part);
        // A publication after the people ("…, The Commercial Appeal") is their affiliation.
        let affiliation = part.starts_with("The ") && !authors.is_empty();
        // "Our Foreign Staff", "Our Correspondent": the paper itself.
        if part.starts_with("Our ") || part.starts_with("our ") {
            continue;
        }
        // The label of a link to the author's page, "Alle Beiträge", when the name is not in it.
        if ALL_POSTS.is_match(part) {
            continue;
        }
        let valid = match origin {
            Origin::Metadata => {
                looks_like_credit(part)
                    || looks_like_handle(part)
                    || looks_like_lowercase_name(part)
            }
            Origin::Link => looks_like_credit(part) || looks_like_handle(part),
            Origin::Page => looks_like_name(part) && (vouched || part.contains(' ')),
        };
        // The site's own name is no author, unless the site is a person's (a personal blog
        // named after its author says so in its metadata).
        let site_itself = site.is_site(part) && !looks_like_person(part);
        if valid && site_itself && !affiliation {
            site_credits.push(Author::new(part, kind_of(part)));
        }
        if !valid || affiliation || site_itself {
            continue;
        }
        let lone_word_after_full_name = after_comma
            && !part.contains(' ')
            && authors.last().is_some_and(|a| a.name.contains(' '));
        if lone_word_after_full_name {
            continue;
        }
        let mut author = Author::new(part, kind_of(part));
        author.role = role;
        authors.push(author);
    }
    // An agency beside a person is the person's employer ("Jiyoon Han, Associated Press");
    // alone, it is the author. So is a desk ("Redaktion") that names no one else.
    if authors.is_empty() {
        authors.extend(agencies.iter().map(|a| Author::new(*a, AuthorKind::Agency)));
        if authors.is_empty()
            && let Some(desk) = desk
        {
            authors.push(Author::new(desk, AuthorKind::Organization));
        }
    } else if let (Some(agency), Some(last)) = (agencies.first(), authors.last_mut()) {
        last.role.get_or_insert_with(|| agency.to_string());
    }
    (authors, site_credits)
}

/// Splits role words off the end of a name: "Zackery Cuevas Writer" → ("Zackery Cuevas",
/// Some("Writer")).
fn split_trailing_role(part: &str) -> (&str, Option<String>) {
    let words: Vec<&str> = part.split_whitespace().collect();
    // The first role word after at least two name words starts the role ("Keith Barry
    // Senior Autos Reporter"); "Rasender Reporter" is a pen name, not "Rasender" the reporter.
    let Some(cut) = words
        .iter()
        .enumerate()
        .skip(2)
        .find(|(_, w)| ROLE_WORDS.contains(&text_key(w).as_str()))
        .map(|(i, _)| i)
    else {
        return (part, None);
    };
    let name_end = part
        .match_indices(words[cut - 1])
        .next()
        .map_or(part.len(), |(i, w)| i + w.len());
    (part[..name_end].trim(), Some(words[cut..].join(" ")))
}

/// Words that name a newsroom desk rather than a person.
const DESK_WORDS: &[&str] = &[
    "redaktion",
    "redaccion",
    "redacción",
    "rédaction",
    "redazione",
    "redactie",
    "newsdesk",
    "newsroom",
];

/// A desk credit: a desk word, alone or with the desk's or site's name ("Redaktion",
/// "auto-motor.at Redaktion", "News Desk").
fn is_desk(part: &str) -> bool {
    let key = text_key(part);
    let words: Vec<&str> = key.split(' ').collect();
    words.len() <= 4
        && (words.iter().any(|w| DESK_WORDS.contains(w))
            || key.ends_with("news desk")
            || key.ends_with("web desk")
            || key.ends_with("online desk"))
}

/// A part made only of role words is a role ("Staff Writer", "Senior Correspondent").
fn is_role(part: &str) -> bool {
    let key = text_key(part);
    NOT_NAMES.contains(&key.as_str())
        || key
            .split(' ')
            .all(|w| ROLE_WORDS.contains(&w) || matches!(w, "of" | "the" | "for" | "and" | "at"))
}

fn kind_of(name: &str) -> AuthorKind {
    let key = text_key(name);
    if key.split(' ').any(|w| ORGANIZATION_WORDS.contains(&w)) {
        AuthorKind::Organization
    } else {
        AuthorKind::Person
    }
}

/// A person's name: two or three capitalized words, none of them an organization's word.
fn looks_like_person(name: &str) -> bool {
    let words: Vec<&str> = name.split_whitespace().collect();
    (2..=3).contains(&words.len())
        && words.iter().all(|w| {
            w.chars().next().is_some_and(char::is_uppercase)
                && w.chars()
                    .all(|c| c.is_alphabetic() || c == '-' || c == '\'')
        })
        && kind_of(name) == AuthorKind::Person
        && !words
            .iter()
            .any(|w| matches!(*w, "The" | "Der" | "Die" | "Das" | "Le" | "La" | "El"))
}

/// An account name as metadata gives it: one lower-case token of letters, dots, dashes or
/// underscores ("apblackmd", "sara.r.peter").
fn looks_like_handle(part: &str) -> bool {
    let n = part.chars().count();
    (3..=30).contains(&n)
        && part.chars().next().is_some_and(char::is_alphabetic)
        && part
            .chars()
            .all(|c| c.is_alphabetic() || matches!(c, '.' | '_' | '-'))
        && !NOT_NAMES.contains(&text_key(part).as_str())
}

/// A name its owner typed in lower case into a profile ("kira bellamy"): two or three
/// words of letters, none of them an organization's word or a stop phrase. Only structured
/// metadata is read so; lower-case words on the page are prose.
fn looks_like_lowercase_name(part: &str) -> bool {
    let words: Vec<&str> = part.split_whitespace().collect();
    (2..=3).contains(&words.len())
        && words.iter().all(|w| {
            w.chars().count() >= 2 && w.chars().all(|c| c.is_alphabetic() && c.is_lowercase())
        })
        && kind_of(part) == AuthorKind::Person
        && !NOT_NAMES.contains(&text_key(part).as_str())
        && !is_role(part)
}

/// Lower-case words that belong to names ("Michiel de Jong", "Walter von Aachen").
const NAME_PARTICLES: &[&str] = &[
    "de", "da", "del", "della", "di", "do", "dos", "das", "du", "van", "von", "der", "den", "la",
    "le", "y", "zu", "ten", "ter", "bin", "al", "el", "e", "und", "and",
];

/// A plausible credit in metadata, where names are structured: 1 to 6 words, no digits,
/// starting with a capital (or a letter of a script without case).
fn looks_like_credit(part: &str) -> bool {
    let words = part.split_whitespace().count();
    let chars = part.chars().count();
    let first = part.chars().next().unwrap_or(' ');
    (1..=6).contains(&words)
        && (2..=60).contains(&chars)
        && !part
            .chars()
            .any(|c| c.is_ascii_digit() || matches!(c, '?' | '!' | '"' | '|'))
        && (first.is_uppercase() || (first.is_alphabetic() && !first.is_lowercase()))
        && !NOT_NAMES.contains(&text_key(part).as_str())
}

/// A plausible name: 1 to 6 words, no digits, every word capitalized (name particles aside,
/// and scripts without case), not a stop phrase.
fn looks_like_name(part: &str) -> bool {
    let words: Vec<&str> = part.split_whitespace().collect();
    let chars = part.chars().count();
    if !(1..=6).contains(&words.len()) || !(2..=60).contains(&chars) {
        return false;
    }
    if part
        .chars()
        .any(|c| c.is_ascii_digit() || matches!(c, '?' | '!' | ':' | '"' | '“' | '”' | '|'))
    {
        return false;
    }
    let capitalized = |w: &&str| {
        let first = w.chars().find(|c| c.is_alphabetic()).unwrap_or('A');
        first.is_uppercase() || !first.is_lowercase() || NAME_PARTICLES.contains(w)
    };
    let first_ok = words[0]
        .chars()
        .find(|c| c.is_alphabetic())
        .is_some_and(|c| c.is_uppercase() || !c.is_lowercase());
    first_ok && words.iter().all(capitalized) && !NOT_NAMES.contains(&text_key(part).as_str())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(raw: &str) -> Vec<String> {
        let site = Known {
            keys: vec!["daily bugle".into()],
            headline: None,
        };
        parse_byline(raw, &site)
            .into_iter()
            .map(|a| a.name)
            .collect()
    }

    #[test]
    fn splits_several_names() {
        assert_eq!(
            names("By Ann Lee, Bo Kim and Cy Park"),
            vec!["Ann Lee", "Bo Kim", "Cy Park"]
        );
        assert_eq!(
            names("Von Max Muster und Erika Beispiel"),
            vec!["Max Muster", "Erika Beispiel"]
        );
    }

    #[test]
    fn drops_roles_mail_handles_dates_and_site() {
        assert_eq!(names("By Ann Lee, Staff Writer"), vec!["Ann Lee"]);
        assert_eq!(names("Ann Lee ann@bugle.example @annlee"), vec!["Ann Lee"]);
        assert_eq!(names("By Ann Lee | March 5, 2024"), vec!["Ann Lee"]);
        assert_eq!(names("Daily Bugle"), Vec::<String>::new());
        assert_eq!(names("Staff"), Vec::<String>::new());
        assert_eq!(names("Von Max Muster, Berlin"), vec!["Max Muster"]);
        assert_eq!(names("Maria & Katerina"), vec!["Maria", "Katerina"]);
    }

    #[test]
    fn date_words_inside_a_name_stay() {
        // "il" in "Mail", "mar" in "Dunmar": date words count only as whole words.
        assert_eq!(
            names("By Gil Oates And Bryn Carver For The Mail On Sunday"),
            vec!["Gil Oates", "Bryn Carver For The Mail"]
        );
        assert_eq!(names("By Ann Dunmar 2 hours ago"), vec!["Ann Dunmar"]);
        assert_eq!(names("By Ann Lee on Sunday"), vec!["Ann Lee"]);
    }

    #[test]
    fn keeps_names_in_parentheses_inside_a_name() {
        assert_eq!(names("Priya (Sen) Gupta"), vec!["Priya Sen Gupta"]);
        // After the name, parentheses hold no part of it.
        assert_eq!(names("By Ann Lee (Berlin)"), vec!["Ann Lee"]);
        assert_eq!(names("Ann (the editor) Lee"), vec!["Ann Lee"]);
    }

    #[test]
    fn credits_for_other_work_name_no_writer() {
        assert_eq!(names("By Ann Lee, Updated by Bo Kim"), vec!["Ann Lee"]);
        assert_eq!(
            names("Text von Max Muster Illustration von Erika Beispiel"),
            vec!["Max Muster"]
        );
        assert_eq!(names("Updated by Bo Kim"), Vec::<String>::new());
        assert_eq!(
            names("Medically reviewed by Bo Kim, MD"),
            Vec::<String>::new()
        );
        assert_eq!(
            names("Text: Max Muster, Fotos von Erika Beispiel"),
            vec!["Max Muster"]
        );
    }

    #[test]
    fn all_posts_links_name_no_one() {
        assert_eq!(names("Alle Beiträge"), Vec::<String>::new());
        assert_eq!(names("View all posts"), Vec::<String>::new());
        assert_eq!(names("All Stories"), Vec::<String>::new());
        // The name after the label stays.
        assert_eq!(names("All posts by Ann Lee"), vec!["Ann Lee"]);
    }

    #[test]
    fn picture_credits_are_no_byline() {
        let html = r#"<article><h1>A post about laptops</h1><figure><img src="a.jpg"><figcaption><span class="credit">Jane Roe</span></figcaption></figure><p>Text.</p><p><a href="/author/ann-lee/">Ann Lee</a></p></article>"#;
        assert_eq!(crate::extract(html).author_names(), "Ann Lee");
        let html = r#"<article><h1>A post about laptops</h1><figure><img src="a.jpg"><span class="image-credit">Jane Roe</span></figure><p>Text.</p></article>"#;
        assert_eq!(crate::extract(html).author_names(), "");
    }

    #[test]
    fn with_joins_two_names_only() {
        assert_eq!(
            names("By Dora Hagen with Ute Pfeil"),
            vec!["Dora Hagen", "Ute Pfeil"]
        );
        // The one interviewed is no author.
        assert_eq!(names("Interview with Sara Silber"), Vec::<String>::new());
    }

    #[test]
    fn keeps_degrees_with_the_name() {
        assert_eq!(
            names("Jillian Kubala, MS, RD"),
            vec!["Jillian Kubala, MS, RD"]
        );
        assert_eq!(names("By Ann Lee, Ph.D."), vec!["Ann Lee, Ph.D."]);
        // A place is no degree.
        assert_eq!(names("By Ann Lee, Washington, DC"), vec!["Ann Lee"]);
    }

    #[test]
    fn redaktion_labels_only_with_a_colon() {
        assert_eq!(names("Redaktion: Max Muster"), vec!["Max Muster"]);
        assert_eq!(
            names("Redaktion Polizeiticker Schweiz"),
            vec!["Redaktion Polizeiticker Schweiz"]
        );
    }

    #[test]
    fn types_agencies() {
        let site = Known {
            keys: vec![],
            headline: None,
        };
        // Beside a person, the agency is the person's employer.
        let a = parse_byline("Ann Lee (AP)", &site);
        assert_eq!(a.len(), 1);
        assert_eq!(a[0].role.as_deref(), Some("AP"));
        let a = parse_byline("By Jiyoon Han, Associated Press", &site);
        assert_eq!((a.len(), a[0].name.as_str()), (1, "Jiyoon Han"));
        let a = parse_byline("(AP)", &site);
        assert_eq!(a[0].name, "AP");
        assert_eq!(a[0].kind, AuthorKind::Agency);
        assert_eq!(parse_byline("Reuters", &site)[0].kind, AuthorKind::Agency);
    }
}
#[cfg(test)]
mod page_tests {
    #[test]
    fn rel_author_link_in_the_article_header() {
        let html = r#"<html><body><main class="content neve-main"><article class="post"><div class="entry-header"><ul class="nv-meta-list"><li class="meta author vcard"><span class="author-name fn">von <a href="https://www.careelite.de/author/cschulz/" title="Beiträge von Christoph Schulz" rel="author">Christoph Schulz</a></span></li></ul></div><p>Text text text.</p></article></main></body></html>"#;
        let a = crate::extract(html);
        assert_eq!(a.author_names(), "Christoph Schulz", "{:?}", a.provenance);
    }

    #[test]
    fn handles_from_author_links_and_byline_lines() {
        let html = r#"<article><h1>A post about things</h1><div class="meta">By <a href="/author/g1zzm0/" rel="author">gizzmo</a></div><p>Text.</p></article>"#;
        assert_eq!(crate::extract(html).author_names(), "gizzmo");
        let html = r#"<article><h1>Nebel über dem Tal heute</h1><p class="x">Von Max Muster und Erika Beispiel</p><p>Text.</p></article>"#;
        assert_eq!(
            crate::extract(html).author_names(),
            "Max Muster, Erika Beispiel"
        );
        let html = r#"<article><h1>Nebel über dem Tal heute</h1><p class="x">Interview</p><p>Text.</p></article>"#;
        assert_eq!(crate::extract(html).author_names(), "");
    }

    #[test]
    fn the_site_signs_when_it_says_so_twice_or_as_a_team() {
        let page = |head: &str| {
            format!(
                r#"<html><head><meta property="og:site_name" content="Acme">{head}</head><body><article><h1>Ten tips for planning</h1><p>Text text text.</p></article></body></html>"#
            )
        };
        let twice = page(
            r#"<meta name="author" content="Acme"><script type="application/ld+json">{"@type":"BlogPosting","headline":"Ten tips for planning","author":{"name":"Acme"}}</script>"#,
        );
        assert_eq!(crate::extract(&twice).author_names(), "Acme");
        let once = page(r#"<meta name="author" content="Acme">"#);
        assert_eq!(crate::extract(&once).author_names(), "");
        let team = page(r#"<meta name="author" content="The Acme Team">"#);
        assert_eq!(crate::extract(&team).author_names(), "The Acme Team");
    }

    #[test]
    fn a_lower_case_name_in_metadata() {
        let page = |author: &str| {
            format!(
                r#"<html><head><script type="application/ld+json">{{"@type":"BlogPosting","headline":"Moving day","author":{{"@type":"Person","name":"{author}"}}}}</script></head><body><article><h1>Moving day</h1><p>Text text text.</p></article></body></html>"#
            )
        };
        assert_eq!(
            crate::extract(&page("kira bellamy")).author_names(),
            "kira bellamy"
        );
        // A role or a team in lower case is still no name.
        assert_eq!(crate::extract(&page("staff writer")).author_names(), "");
        assert_eq!(crate::extract(&page("news team")).author_names(), "");
        // On the page, lower-case words are prose.
        let html = r#"<article><h1>Moving day</h1><p class="byline">kira bellamy</p><p>Text.</p></article>"#;
        assert_eq!(crate::extract(html).author_names(), "");
    }

    #[test]
    fn a_labelled_line_far_from_the_headline() {
        let html = r#"<article><h1>Große Aufgaben für die neue Regierung</h1><div><p>Ein langer Absatz über die Lage im Land, der weit mehr als vierzig Zeichen hat.</p><p>Noch ein Absatz.</p></div><p><strong>Autorin: Uta Staschewski, Projektleiterin der HSS in Tunesien.</strong></p></article>"#;
        assert_eq!(crate::extract(html).author_names(), "Uta Staschewski");
    }

    #[test]
    fn an_author_link_on_a_page_whose_layout_class_says_menu() {
        let html = r#"<html><body class="amasty-mega-menu single-post"><div class="post"><h1>The best cheap cameras</h1><p>Text text text.</p><div class="post-meta"><a href="/author/ray/">Roy Amari</a></div></div></body></html>"#;
        assert_eq!(crate::extract(html).author_names(), "Roy Amari");
    }

    #[test]
    fn a_label_on_its_own_line_before_the_name() {
        let html = r#"<article><h1>Types as proofs</h1><div><p>Ein langer Absatz über die Lage im Land, der weit mehr als vierzig Zeichen hat.</p><p>Noch ein Absatz.</p></div><h2>Article by</h2><div>Mikael Hämäläinen</div></article>"#;
        assert_eq!(crate::extract(html).author_names(), "Mikael Hämäläinen");
        let html = r#"<article><h1>How much does a remodel cost</h1><p>Posted By</p><p>Lumen Builders</p><p>Text text text.</p></article>"#;
        assert_eq!(crate::extract(html).author_names(), "Lumen Builders");
    }

    #[test]
    fn author_markup_in_the_articles_own_aside() {
        // The article's column of details is an <aside> inside the <article>.
        let html = r#"<main><article><h1>The best science fiction of the year</h1><aside><address><a rel="author" href="/profile/adam-roberts">Alan Ridley</a></address></aside><p>Text text text.</p></article></main>"#;
        assert_eq!(crate::extract(html).author_names(), "Alan Ridley");
        let html = r#"<article><aside><p><span itemprop="author" itemscope itemtype="http://schema.org/Person"><span itemprop="name">Noel Perrin</span></span></p></aside><h1>Cover your code with tests</h1><p>Text text text.</p></article>"#;
        assert_eq!(crate::extract(html).author_names(), "Noel Perrin");
        let html = r#"<article><h1>Firefox: less advertising, more speed</h1><p>Text text text.</p><footer class="meta"><address class="author p-author h-card" itemprop="author" itemscope itemtype="http://schema.org/Person"><span itemprop="name">Frida Böhm</span></address></footer></article>"#;
        assert_eq!(crate::extract(html).author_names(), "Frida Böhm");
        // A sidebar beside the article is still someone else's.
        let html = r#"<article><h1>The best science fiction of the year</h1><p>Text text text.</p></article><aside><a rel="author" href="/profile/bo-kim">Bo Kim</a></aside>"#;
        assert_eq!(crate::extract(html).author_names(), "");
    }

    #[test]
    fn a_reviewer_is_no_author() {
        let html = r#"<article><h1>Remodel costs</h1><div class="byline-reviewed">Reviewed by <a class="author-link" href="/author/robert-tschudi/">Rolf Tanner</a></div><p>Text text text.</p></article>"#;
        assert_eq!(crate::extract(html).author_names(), "");
        // The writer's credit beside it still counts.
        let html = r#"<article><h1>Remodel costs</h1><div class="author">Written by <a href="/author/ryan-noonan/">Rhys Nolan</a></div><div class="author">Fact checked by <a href="/author/robert-tschudi/">Rolf Tanner</a></div><p>Text text text.</p></article>"#;
        assert_eq!(crate::extract(html).author_names(), "Rhys Nolan");
    }

    #[test]
    fn author_links_of_the_byline_block_only() {
        let html = r#"<article><h1>The best tents</h1><div class="by"><a href="/author/chris-mcnamara">Chris McNamara</a></div><div class="small">Tested by <a href="/author/austin-palmer">Austin Palmer</a></div><p>Text.</p></article>"#;
        assert_eq!(crate::extract(html).author_names(), "Chris McNamara");
    }

    #[test]
    fn the_name_in_an_author_box() {
        let bio = "Bence is a software developer specializing in audio and game development, with a long list of shipped titles, plugins and open-source tools for music makers.";
        let html = format!(
            r#"<article><h1>Reflections on a pixel-perfect UI</h1><p>Text.</p><div class="blog-author"><h4>Bence Kovács</h4><p>{bio}</p></div></article>"#
        );
        assert_eq!(crate::extract(&html).author_names(), "Bence Kovács");
    }
}

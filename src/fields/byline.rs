//! `authors` and `byline`: who wrote the article.
//!
//! Sources, in order: JSON-LD `author`, microdata `author`, meta tags (`author`,
//! `article:author`, `parsely-author`, `sailthru.author`, `dc.creator`), `rel=author`
//! links, and the page's byline element. The first source that yields a valid name wins.
//! A byline is cleaned of "By", roles, e-mail addresses, handles, dates and "Staff"; several
//! names are split; agencies are typed as agencies; the site's own name is never an author.

use std::sync::LazyLock;

use regex::Regex;
use serde_json::Value;

use super::agencies::agency;
use super::{Context, absolute_url, outside_article, record, text_key};
use crate::article::{Article, Author, AuthorKind, Provenance};
use crate::dom::NodeId;
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
];

/// Words of an organization's name.
const ORGANIZATION_WORDS: &[&str] = &[
    "news",
    "media",
    "times",
    "post",
    "press",
    "agency",
    "network",
    "online",
    "magazine",
    "journal",
    "daily",
    "group",
    "radio",
    "tv",
    "television",
    "redaktion",
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
    "gmbh",
    "ag",
    "foundation",
    "institute",
    "university",
    "association",
];

pub(super) fn extract(ctx: &Context, article: &mut Article) {
    if !article.authors.is_empty() {
        return;
    }
    let site = SiteNames::new(ctx, article);
    if let Some(byline) = article.byline.clone() {
        article.authors = parse_byline(&byline, &site);
        return;
    }
    let steps: [fn(&Context, &SiteNames) -> Option<Found>; 5] = [
        from_jsonld,
        from_microdata,
        from_meta,
        from_rel_author,
        from_byline_element,
    ];
    for step in steps {
        if let Some(found) = step(ctx, &site) {
            if found.authors.is_empty() {
                continue;
            }
            article.byline = Some(found.raw.clone());
            article.authors = found.authors;
            record(article, "authors", found.provenance.raw(found.raw));
            return;
        }
    }
}

/// The authors named in a byline, cleaned, without the site's own name.
pub(crate) fn authors_from_byline(byline: &str, ctx: &Context, article: &Article) -> Vec<Author> {
    parse_byline(byline, &SiteNames::new(ctx, article))
}

struct Found {
    authors: Vec<Author>,
    raw: String,
    provenance: Provenance,
}

/// The names of the site itself, which are never authors.
struct SiteNames {
    keys: Vec<String>,
}

impl SiteNames {
    fn new(ctx: &Context, article: &Article) -> Self {
        let mut keys = Vec::new();
        if let Some(s) = &article.site_name {
            keys.push(text_key(s));
        }
        if let Some(host) = super::page_host(ctx) {
            let label = host.split('.').next().unwrap_or(&host).to_string();
            keys.push(text_key(&label));
        }
        keys.retain(|k| !k.is_empty());
        SiteNames { keys }
    }

    fn is_site(&self, name: &str) -> bool {
        let key = text_key(name);
        let squashed = key.replace(' ', "");
        self.keys
            .iter()
            .any(|k| *k == key || k.replace(' ', "") == squashed)
    }
}

fn from_jsonld(ctx: &Context, site: &SiteNames) -> Option<Found> {
    let ld = &ctx.signals.jsonld;
    let value = ld
        .article()?
        .get("author")
        .or_else(|| ld.article()?.get("creator"))?;
    let items: Vec<&Value> = match value {
        Value::Array(items) => items.iter().map(|i| ld.resolve(i)).collect(),
        other => vec![ld.resolve(other)],
    };
    let mut authors = Vec::new();
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
        for mut author in parse_byline(&name, site) {
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

fn from_microdata(ctx: &Context, site: &SiteNames) -> Option<Found> {
    let doc = ctx.doc;
    let mut raws = Vec::new();
    for prop in ctx.signals.itemprop("author") {
        if outside_article(doc, prop.node) {
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
        Provenance::new("microdata", 0.75).path("[itemprop=author]"),
    )
}

fn from_meta(ctx: &Context, site: &SiteNames) -> Option<Found> {
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
    for name in NAMES {
        let values: Vec<String> = ctx
            .signals
            .meta
            .all(name)
            .filter(|v| !v.starts_with("http") && !v.starts_with('@'))
            .map(str::to_string)
            .collect();
        if *name == "twitter:data1"
            && ctx
                .signals
                .meta
                .get("twitter:label1")
                .is_none_or(|l| !l.to_lowercase().contains("writ"))
        {
            continue;
        }
        let prov = Provenance::new(format!("meta:{name}"), 0.7);
        if let Some(found) = found_from_strings(values, site, prov)
            && !found.authors.is_empty()
        {
            return Some(found);
        }
    }
    None
}

fn from_rel_author(ctx: &Context, site: &SiteNames) -> Option<Found> {
    let doc = ctx.doc;
    let mut raws = Vec::new();
    let mut urls = Vec::new();
    for &id in &ctx.signals.rel_author {
        if outside_article(doc, id) {
            continue;
        }
        let text = doc.text(id);
        if !text.is_empty() && text.chars().count() < 80 && !raws.contains(&text) {
            urls.push(doc.attr(id, "href").and_then(|h| absolute_url(ctx, h)));
            raws.push(text);
        }
    }
    let mut found = found_from_strings(
        raws,
        site,
        Provenance::new("heuristic:rel-author", 0.7).path("[rel=author]"),
    )?;
    if found.authors.len() == urls.len() {
        for (a, u) in found.authors.iter_mut().zip(urls) {
            a.url = u;
        }
    }
    Some(found)
}

fn from_byline_element(ctx: &Context, site: &SiteNames) -> Option<Found> {
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
        if named && !outside_article(doc, id) {
            candidates.retain(|&c| !doc.ancestors(id).any(|a| a == c));
            candidates.push(id);
        }
    }
    for id in candidates {
        let text = doc.text(id);
        if text.is_empty() || text.chars().count() > 150 {
            continue;
        }
        let authors = parse_byline(&text, site);
        if !authors.is_empty() {
            return Some(Found {
                authors,
                raw: text,
                provenance: Provenance::new("heuristic:byline-element", 0.6),
            });
        }
    }
    None
}

fn found_from_strings(
    raws: Vec<String>,
    site: &SiteNames,
    provenance: Provenance,
) -> Option<Found> {
    if raws.is_empty() {
        return None;
    }
    let authors: Vec<Author> = raws.iter().flat_map(|r| parse_byline(r, site)).collect();
    Some(Found {
        authors: dedup(authors),
        raw: raws.join(", "),
        provenance,
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
    Regex::new(r"(?i)^\s*(?:(?:written|posted|published|reported|story|text|words|photos?|interview|compiled)\s+)?(?:by|von|par|por|di|door|av|de|autor(?:in)?|author|text|from)\s*[:\-]?\s+")
        .expect("valid regex")
});
static EMAIL_OR_HANDLE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\S+@\S+\.\S+|(?:^|\s)@\w+|https?://\S+|\bemail\b|\bfollow\b.*$|\btwitter\b.*$")
        .expect("valid regex")
});
static COMMA: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"\s*[,;|]\s*").expect("valid regex"));
static SPLIT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\s*(?:/|&|\band\b|\bund\b|\bet\b|\by\b|\be\b|\bog\b|\boch\b|\ben\b)\s*")
        .expect("valid regex")
});
static PARENS: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\(([^)]*)\)|\[([^\]]*)\]").expect("valid regex"));
static DATE_TAIL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\s*(?:[-–—|•·,]\s*)?(?:updated|published|posted|last|on|am|le|el|il)?\s*(?:\d|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d).*$")
        .expect("valid regex")
});

/// Splits a byline into authors: cleaned names, agencies typed, roles attached, the site's
/// own name dropped.
fn parse_byline(raw: &str, site: &SiteNames) -> Vec<Author> {
    let mut text = crate::dom::collapse_whitespace(raw);
    text = EMAIL_OR_HANDLE.replace_all(&text, " ").into_owned();
    text = DATE_TAIL.replace(&text, "").into_owned();
    // Agencies in parentheses ("Ann Lee (AP)") are credits of their own.
    let mut extra = Vec::new();
    text = PARENS
        .replace_all(&text, |c: &regex::Captures| {
            let inner = c.get(1).or_else(|| c.get(2)).map_or("", |m| m.as_str());
            if agency(inner).is_some() {
                extra.push(inner.to_string());
            }
            " ".to_string()
        })
        .into_owned();
    let text = PREFIX.replace(&text, "");
    let mut authors: Vec<Author> = Vec::new();
    // Commas separate names, and also a name from a place ("Von Max Muster, Berlin").
    let comma_parts: Vec<&str> = COMMA.split(&text).collect();
    let parts = comma_parts
        .iter()
        .enumerate()
        .flat_map(|(i, chunk)| SPLIT.split(chunk).map(move |p| (i > 0, p.trim())));
    let extra_parts = extra.iter().map(|e| (false, e.as_str()));
    for (after_comma, part) in parts.chain(extra_parts) {
        let part = PREFIX.replace(part, "");
        let part = part.trim_matches(|c: char| !c.is_alphanumeric() && c != '.' && c != '\'');
        if part.is_empty() {
            continue;
        }
        if let Some(name) = agency(part) {
            authors.push(Author::new(name, AuthorKind::Agency));
            continue;
        }
        if is_role(part) {
            if let Some(last) = authors.last_mut() {
                last.role.get_or_insert_with(|| part.to_string());
            }
            continue;
        }
        if !looks_like_name(part) || site.is_site(part) {
            continue;
        }
        let lone_word_after_full_name = after_comma
            && !part.contains(' ')
            && authors.last().is_some_and(|a| a.name.contains(' '));
        if lone_word_after_full_name {
            continue;
        }
        authors.push(Author::new(part, kind_of(part)));
    }
    authors
}

fn is_role(part: &str) -> bool {
    let key = text_key(part);
    let words: Vec<&str> = key.split(' ').collect();
    words.iter().any(|w| ROLE_WORDS.contains(w)) && !NOT_NAMES.contains(&key.as_str())
        || NOT_NAMES.contains(&key.as_str())
}

fn kind_of(name: &str) -> AuthorKind {
    let key = text_key(name);
    if key.split(' ').any(|w| ORGANIZATION_WORDS.contains(&w)) {
        AuthorKind::Organization
    } else {
        AuthorKind::Person
    }
}

/// A plausible name: 1 to 6 words, no digits, starting with a capital (or a non-Latin
/// letter), not a stop phrase.
fn looks_like_name(part: &str) -> bool {
    let words = part.split_whitespace().count();
    let chars = part.chars().count();
    if !(1..=6).contains(&words) || !(2..=60).contains(&chars) {
        return false;
    }
    if part
        .chars()
        .any(|c| c.is_ascii_digit() || matches!(c, '?' | '!' | ':' | '"' | '“' | '”'))
    {
        return false;
    }
    let first = part.chars().next().unwrap_or(' ');
    let capitalized = first.is_uppercase() || (first.is_alphabetic() && !first.is_lowercase());
    capitalized && !NOT_NAMES.contains(&text_key(part).as_str())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(raw: &str) -> Vec<String> {
        let site = SiteNames {
            keys: vec!["daily bugle".into()],
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
    fn types_agencies() {
        let site = SiteNames { keys: vec![] };
        let a = parse_byline("Ann Lee (AP)", &site);
        assert_eq!(a.len(), 2);
        assert_eq!(a[1].name, "AP");
        assert_eq!(a[1].kind, AuthorKind::Agency);
        assert_eq!(parse_byline("Reuters", &site)[0].kind, AuthorKind::Agency);
    }
}

//! `site_name` and `publisher`: the publication's name, and the publisher's own details
//! from JSON-LD (`publisher`, `Organization`, `NewsMediaOrganization`) and from the lines of
//! the page's masthead and footer (copyright, "Published by …", "Editor: …", registration,
//! address, e-mail, phone).

use crate::Field;
use std::sync::LazyLock;

use memchr::memmem;
use regex::Regex;
use serde_json::Value;

use super::{Context, absolute_url, record, text_key};
use crate::article::{Article, Provenance};
use crate::dom::{Document, NodeId, local_name};
use crate::signals::json_str;
use crate::vocabulary::alternation;

/// JSON-LD types of a publisher object.
const ORGANIZATION_TYPES: &[&str] = &[
    "NewsMediaOrganization",
    "Organization",
    "Corporation",
    "LocalBusiness",
];

/// Fills `site_name`.
pub(super) fn extract_site_name(ctx: &Context, article: &mut Article) {
    if article.site_name.is_some() {
        return;
    }
    let s = ctx.signals;
    let found = s
        .meta
        .first_of(&[
            "og:site_name",
            "application-name",
            "apple-mobile-web-app-title",
        ])
        .map(|(name, v)| (v.to_string(), Provenance::new(format!("meta:{name}"), 0.85)))
        .or_else(|| {
            let name = json_str(publisher_object(ctx)?.get("name")?)?;
            Some((name, Provenance::new("json-ld", 0.8).path("publisher.name")))
        })
        .or_else(|| {
            let site = s.jsonld.of_types(&["WebSite"]).next()?;
            let name = json_str(site.get("name")?)?;
            Some((name, Provenance::new("json-ld", 0.7).path("WebSite.name")))
        });
    if let Some((name, prov)) = found {
        article.site_name = Some(name);
        record(article, Field::SiteName, prov);
    }
}

/// Fills `publisher`.
pub(super) fn extract(ctx: &Context, article: &mut Article) {
    from_jsonld(ctx, article);
    if article.publisher.name.is_none() {
        article.publisher.name = article.site_name.clone();
    }
    for region in masthead_regions(ctx.doc) {
        for line in ctx.doc.lines(region) {
            read_masthead_line(&line, article);
        }
        if let Some(email) = mailto(ctx.doc, region) {
            set(
                article,
                Field::PublisherEmail,
                email,
                "heuristic:footer-mailto",
            );
        }
    }
}

/// The article's publisher object (references resolved), else the first organization.
fn publisher_object<'a>(ctx: &'a Context) -> Option<&'a Value> {
    let ld = &ctx.signals.jsonld;
    ld.article_prop("publisher")
        .map(|p| match p {
            Value::Array(items) => items.first().map(|i| ld.resolve(i)).unwrap_or(p),
            other => other,
        })
        .filter(|p| p.is_object())
        .or_else(|| ld.of_types(ORGANIZATION_TYPES).next())
}

fn from_jsonld(ctx: &Context, article: &mut Article) {
    let Some(org) = publisher_object(ctx) else {
        return;
    };
    let text = |key: &str| org.get(key).and_then(json_str);
    let before = article.publisher.clone();
    let p = &mut article.publisher;
    p.name = text("name");
    p.legal_name = text("legalName");
    p.tagline = text("slogan");
    p.email = text("email").map(|e| e.trim_start_matches("mailto:").to_string());
    p.phone = text("telephone");
    p.url = text("url").and_then(|u| absolute_url(ctx, &u));
    p.logo = org
        .get("logo")
        .map(|l| ctx.signals.jsonld.resolve(l))
        .and_then(|l| match l {
            Value::Object(m) => m
                .get("url")
                .or_else(|| m.get("contentUrl"))
                .and_then(json_str),
            other => json_str(other),
        })
        .and_then(|u| absolute_url(ctx, &u));
    p.address = org.get("address").and_then(postal_address);
    // What a profile found stands.
    let keep = |mine: &mut Option<String>, theirs: &Option<String>| {
        if theirs.is_some() {
            mine.clone_from(theirs);
        }
    };
    keep(&mut p.name, &before.name);
    keep(&mut p.legal_name, &before.legal_name);
    keep(&mut p.tagline, &before.tagline);
    keep(&mut p.email, &before.email);
    keep(&mut p.phone, &before.phone);
    keep(&mut p.url, &before.url);
    keep(&mut p.logo, &before.logo);
    keep(&mut p.address, &before.address);
    p.editor.clone_from(&before.editor);
    p.registration.clone_from(&before.registration);
    p.copyright.clone_from(&before.copyright);
    let fields = [
        (Field::PublisherName, p.name.is_some()),
        (Field::PublisherLegalName, p.legal_name.is_some()),
        (Field::PublisherTagline, p.tagline.is_some()),
        (Field::PublisherEmail, p.email.is_some()),
        (Field::PublisherPhone, p.phone.is_some()),
        (Field::PublisherUrl, p.url.is_some()),
        (Field::PublisherLogo, p.logo.is_some()),
        (Field::PublisherAddress, p.address.is_some()),
    ];
    for (field, present) in fields {
        if present && !article.provenance.contains_key(field.as_str()) {
            let prov = Provenance::new("json-ld", 0.8).path(field.as_str());
            record(article, field, prov);
        }
    }
}

/// A `PostalAddress` (or a plain string) as one line.
fn postal_address(value: &Value) -> Option<String> {
    let Value::Object(map) = value else {
        return json_str(value);
    };
    let parts: Vec<String> = [
        "streetAddress",
        "addressLocality",
        "addressRegion",
        "postalCode",
        "addressCountry",
    ]
    .iter()
    .filter_map(|k| map.get(*k).and_then(json_str))
    .collect();
    (!parts.is_empty()).then(|| parts.join(", "))
}

/// The page's footer and masthead regions, outermost only.
fn masthead_regions(doc: &Document) -> Vec<NodeId> {
    let mut regions: Vec<NodeId> = Vec::new();
    let mut lower = Vec::new();
    for (id, el) in doc.elements() {
        // The regions found so far run in document order and nest in none of the others:
        // only the last can hold this element.
        if regions.last().is_some_and(|&r| doc.holds(r, id)) {
            continue;
        }
        // No word holds a space, so a word in the class attribute is a word in one token.
        let named = el.name == local_name!("footer")
            || el
                .attrs
                .iter()
                .filter(|(name, _)| matches!(*name, local_name!("class") | local_name!("id")))
                .any(|(_, v)| {
                    lower.clear();
                    lower.extend(v.bytes().map(|b| b.to_ascii_lowercase()));
                    MASTHEAD_FINDERS.iter().any(|f| f.find(&lower).is_some())
                });
        if named {
            regions.push(id);
        }
    }
    regions
}

/// Class and id words of the page's footer and masthead.
const MASTHEAD_WORDS: &[&str] = &["footer", "masthead", "colophon", "impressum", "imprint"];

/// A searcher for each of [`MASTHEAD_WORDS`], built once.
static MASTHEAD_FINDERS: LazyLock<Vec<memmem::Finder<'static>>> =
    LazyLock::new(|| MASTHEAD_WORDS.iter().map(memmem::Finder::new).collect());

static COPYRIGHT: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?i)(©|\(c\)|copyright\b)").expect("valid regex"));
static CREDIT_TAIL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\s*(?:\||·|•)\s.*$|\s+(?:site|website|web design|design|designed|developed|powered|made)\s+by\b.*$")
        .expect("valid regex")
});
/// "Published by …": a value of 2 to [`PUBLISHED_BY_VALUE`] characters, the upper bound
/// checked on the match as [`ADDRESS_LINE`]'s are (a counted repeat of a class of almost
/// every character compiles to a copy of the class per count). The match is the same: the
/// lazy value is the shortest a line's end follows, and every other way to match the line
/// gives a longer value.
static PUBLISHED_BY: LazyLock<Regex> = LazyLock::new(|| {
    let leads = alternation(PUBLISHED_BY_LEADS.iter().copied());
    Regex::new(&format!(
        r"(?i)^(?:{leads})\s+by\s*:?\s*(?P<value>[^|,;]{{2,}}?)[.,;]?$"
    ))
    .expect("valid regex")
});
/// The words a "published by" line opens with.
const PUBLISHED_BY_LEADS: &[&str] = &["published", "owned", "operated"];
/// "Editor: …": a value of 2 to [`EDITOR_VALUE`] characters, bounded as
/// [`PUBLISHED_BY`]'s is.
static EDITOR: LazyLock<Regex> = LazyLock::new(|| {
    let titles = alternation(EDITOR_TITLES.iter().copied());
    Regex::new(&format!(
        r"(?i)^(?:(?:{titles})\s+)?{EDITOR_WORD}(?:[- ]in[- ]chief)?\s*[:\-–]\s*(?P<value>[^|,;]{{2,}}?)[.,;]?$",
    ))
    .expect("valid regex")
});
/// The titles an editor's line may open with, before [`EDITOR_WORD`].
const EDITOR_TITLES: &[&str] = &["chief", "managing", "executive"];
/// The word that names an editor.
const EDITOR_WORD: &str = "editor";
static REGISTRATION: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:regd\.?|registration|reg\.)\s*(?:no|number|#)").expect("valid regex")
});
static PHONE: LazyLock<Regex> = LazyLock::new(|| {
    let leads = alternation(PHONE_LEADS.iter().copied());
    Regex::new(&format!(
        r"(?i)^(?:{leads})\.?\s*(?:no\.?)?\s*[:\-]?\s*(?P<value>\+?[\d][\d ()/.-]{{5,}}\d)"
    ))
    .expect("valid regex")
});
/// The words a phone number's line opens with.
const PHONE_LEADS: &[&str] = &["phone", "tel", "telephone", "ph"];
static EMAIL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}").expect("valid regex")
});
/// An address line: two to four parts, each a capital and 1 to [`ADDRESS_PART`] letters,
/// spaces or `.'-` (the bounds are checked by [`address_parts_fit`]: written into the
/// pattern they made it compile to several megabytes).
static ADDRESS_LINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:address\s*:\s*)?(?P<value>\p{Lu}[\p{L} .'-]+(?:, \p{Lu}[\p{L} .'-]+)+),?$")
        .expect("valid regex")
});

/// The most characters a [`PUBLISHED_BY`] value has, as matched.
const PUBLISHED_BY_VALUE: usize = 80;

/// The most characters an [`EDITOR`] value has, as matched.
const EDITOR_VALUE: usize = 60;

/// The most characters after the capital of one part of an address line.
const ADDRESS_PART: usize = 40;

/// True when an [`ADDRESS_LINE`] value has two to four parts of at most [`ADDRESS_PART`]
/// characters after their capital.
fn address_parts_fit(value: &str) -> bool {
    let parts = value.split(", ").count();
    (2..=4).contains(&parts)
        && value
            .split(", ")
            .all(|part| part.chars().count() <= ADDRESS_PART + 1)
}

/// Reads one masthead line into the publisher block; the first value of each kind wins.
fn read_masthead_line(line: &str, article: &mut Article) {
    if line.chars().count() > 250 {
        return;
    }
    let found = MASTHEAD_RULES
        .iter()
        .find_map(|rule| (rule.read)(line).map(|value| (rule, value)));
    if let Some((rule, value)) = found {
        set(article, rule.field, value, rule.source);
    }
}

/// One kind of masthead line: how its value is read, the publisher field it fills and the
/// provenance source it is recorded under.
struct MastheadRule {
    /// The value, when the line is of this kind.
    read: fn(&str) -> Option<String>,
    field: Field,
    source: &'static str,
}

/// The kinds of masthead line, in order: a line is read by the first rule that matches it.
const MASTHEAD_RULES: &[MastheadRule] = &[
    MastheadRule {
        // "© Bugle 2023. All rights reserved. Site by WebCraft": the web agency's credit and
        // links after a bar are not the copyright.
        read: |line| {
            COPYRIGHT
                .is_match(line)
                .then(|| CREDIT_TAIL.replace(line, "").trim().to_string())
        },
        field: Field::PublisherCopyright,
        source: "heuristic:footer-copyright",
    },
    MastheadRule {
        read: |line| {
            opens_like(line, PUBLISHED_BY_LEADS)
                .then(|| captured_value_within(&PUBLISHED_BY, line, PUBLISHED_BY_VALUE))
                .flatten()
        },
        field: Field::PublisherLegalName,
        source: "heuristic:published-by",
    },
    MastheadRule {
        read: |line| {
            (opens_like(line, EDITOR_TITLES) || opens_like(line, &[EDITOR_WORD]))
                .then(|| captured_value_within(&EDITOR, line, EDITOR_VALUE))
                .flatten()
        },
        field: Field::PublisherEditor,
        source: "heuristic:footer-editor",
    },
    MastheadRule {
        read: |line| {
            REGISTRATION
                .is_match(line)
                .then(|| line.trim_end_matches(['.', ',']).to_string())
        },
        field: Field::PublisherRegistration,
        source: "heuristic:footer-registration",
    },
    MastheadRule {
        read: |line| {
            opens_like(line, PHONE_LEADS)
                .then(|| captured_value(&PHONE, line))
                .flatten()
        },
        field: Field::PublisherPhone,
        source: "heuristic:footer-phone",
    },
    MastheadRule {
        read: |line| {
            line.contains('@')
                .then(|| EMAIL.find(line).map(|m| m.as_str().to_string()))
                .flatten()
        },
        field: Field::PublisherEmail,
        source: "heuristic:footer-email",
    },
    MastheadRule {
        read: |line| {
            // Its parts are joined by ", ": a line without one is no address.
            if !line.contains(", ") {
                return None;
            }
            captured_value(&ADDRESS_LINE, line).filter(|value| {
                address_parts_fit(value) && line.contains(',') && !looks_like_menu(line)
            })
        },
        field: Field::PublisherAddress,
        source: "heuristic:footer-address",
    },
];

/// True when a line may open with one of `words` (lower-case ASCII): its first letter is
/// one of theirs in either case, or is not ASCII (case folding reads a few such letters as
/// ASCII ones, the Kelvin sign as `k`). Tested before an anchored pattern runs, as the
/// pattern reads the whole line back from its end.
fn opens_like(line: &str, words: &[&str]) -> bool {
    line.bytes().next().is_some_and(|b| {
        let b = b.to_ascii_lowercase();
        !b.is_ascii() || words.iter().any(|w| w.as_bytes().first() == Some(&b))
    })
}

/// The trimmed `value` group of a pattern's match in a line.
fn captured_value(pattern: &Regex, line: &str) -> Option<String> {
    pattern
        .captures(line)
        .map(|c| c["value"].trim().to_string())
}

/// [`captured_value`], when the value as matched is at most `max` characters long.
fn captured_value_within(pattern: &Regex, line: &str, max: usize) -> Option<String> {
    pattern
        .captures(line)
        .filter(|c| c["value"].chars().count() <= max)
        .map(|c| c["value"].trim().to_string())
}

/// Menu lines ("Terms, Privacy, Contact") look like addresses; addresses rarely name these.
fn looks_like_menu(line: &str) -> bool {
    let key = text_key(line);
    [
        "terms", "privacy", "contact", "about", "home", "news", "sports", "cookie",
    ]
    .iter()
    .any(|w| key.split(' ').any(|k| k == *w))
}

/// The first `mailto:` address in a region.
fn mailto(doc: &Document, region: NodeId) -> Option<String> {
    doc.descendants(region).find_map(|id| {
        let href = doc.attr(id, "href")?.trim();
        let addr = href.strip_prefix("mailto:")?.split('?').next()?.trim();
        addr.contains('@').then(|| addr.to_string())
    })
}

/// Sets a publisher field unless it already has a value.
fn set(article: &mut Article, field: Field, value: String, source: &str) {
    let p = &mut article.publisher;
    let slot = match field {
        Field::PublisherCopyright => &mut p.copyright,
        Field::PublisherLegalName => &mut p.legal_name,
        Field::PublisherEditor => &mut p.editor,
        Field::PublisherRegistration => &mut p.registration,
        Field::PublisherPhone => &mut p.phone,
        Field::PublisherEmail => &mut p.email,
        Field::PublisherAddress => &mut p.address,
        _ => return,
    };
    if slot.is_none() && !value.is_empty() {
        *slot = Some(value);
        record(article, field, Provenance::new(source, 0.6));
    }
}

#[cfg(test)]
mod tests {
    use crate::extract;

    #[test]
    fn reads_a_footer_masthead() {
        let html = r#"<body><p>x</p><footer>
            <p>Published by Daily Lamp Pvt Ltd</p><p>Editor: Ram Shah</p>
            <p>Press Council Registration No. 123/045</p><p>Pokhara, Nepal,</p>
            <p>Phone: +977 61 555 123</p><p><a href="mailto:desk@lamp.example">Mail us</a></p>
            <p>© Daily Lamp 2023. All rights reserved.</p></footer></body>"#;
        let p = extract(html).publisher;
        assert_eq!(p.legal_name.as_deref(), Some("Daily Lamp Pvt Ltd"));
        assert_eq!(p.editor.as_deref(), Some("Ram Shah"));
        assert_eq!(
            p.registration.as_deref(),
            Some("Press Council Registration No. 123/045")
        );
        assert_eq!(p.address.as_deref(), Some("Pokhara, Nepal"));
        assert_eq!(p.phone.as_deref(), Some("+977 61 555 123"));
        assert_eq!(p.email.as_deref(), Some("desk@lamp.example"));
        assert_eq!(
            p.copyright.as_deref(),
            Some("© Daily Lamp 2023. All rights reserved.")
        );
    }

    #[test]
    fn a_masthead_is_named_by_a_class_or_id_word_in_any_case() {
        let html = r#"<body><p>x</p><div class="Site-FOOTER-wrap"><div class="inner">
            <p>Editor: Ann Vale</p></div></div><div id="pageColophon"><p>Phone: +44 20 5550 1234</p></div>
            <div class="footnote"><p>Editor: Bo Lund</p></div></body>"#;
        let p = extract(html).publisher;
        assert_eq!(p.editor.as_deref(), Some("Ann Vale"));
        assert_eq!(p.phone.as_deref(), Some("+44 20 5550 1234"));
        assert_eq!(
            super::masthead_regions(&crate::dom::Document::parse(html)).len(),
            2
        );
    }

    #[test]
    fn reads_the_jsonld_publisher() {
        let html = r#"<script type="application/ld+json">{"@type":"NewsArticle","headline":"H",
            "publisher":{"@type":"NewsMediaOrganization","name":"The Lamp","legalName":"Lamp Ltd",
            "logo":{"@type":"ImageObject","url":"https://lamp.example/logo.png"}}}</script>"#;
        let a = extract(html);
        assert_eq!(a.site_name.as_deref(), Some("The Lamp"));
        assert_eq!(a.publisher.legal_name.as_deref(), Some("Lamp Ltd"));
        assert_eq!(
            a.publisher.logo.as_deref(),
            Some("https://lamp.example/logo.png")
        );
    }
}

//! Authors named in the page's metadata: JSON-LD and meta tags.

use serde_json::Value;

use crate::article::{AuthorKind, Provenance};
use crate::fields::byline::credit::{Origin, parse_credit};
use crate::fields::byline::known::Known;
use crate::fields::byline::names::is_desk;
use crate::fields::byline::patterns::LAST_FIRST;
use crate::fields::byline::{Found, dedup, found_from_strings};
use crate::fields::{Context, absolute_url};
use crate::signals::json_str;

pub(in crate::fields::byline) fn from_jsonld(ctx: &Context, site: &Known) -> Option<Found> {
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
pub(in crate::fields::byline) fn person_name(item: &Value) -> Option<String> {
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

pub(in crate::fields::byline) fn from_meta(ctx: &Context, site: &Known) -> Option<Found> {
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

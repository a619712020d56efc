//! What is known of the site before its byline is read: its own names, never authors.

use crate::article::Article;
use crate::fields::{Context, page_host, text_key};

/// What is known of the page before its byline is read: the names of the site itself
/// (which are never authors) and the headline (bylines stand near it).
pub(super) struct Known {
    pub(super) keys: Vec<String>,
    pub(super) headline: Option<String>,
}

impl Known {
    pub(super) fn new(ctx: &Context, article: &Article) -> Self {
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
        if let Some(label) = page_host(ctx).as_deref().and_then(domain_label) {
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
    pub(super) fn is_site(&self, name: &str) -> bool {
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

impl Known {
    /// True when a credit is the publication's name itself, not just a part of it: its site
    /// name, its publisher's or its domain label, spaces aside ("DIE LATERNE", "acmeshop").
    pub(super) fn names_publication(&self, name: &str) -> bool {
        let squashed = text_key(name).replace(' ', "");
        self.keys.iter().any(|k| k.replace(' ', "") == squashed)
    }
}

/// The distinctive label of a host: `naturstrom` for `www.naturstrom.de`, `bbc` for
/// `news.bbc.co.uk`.
pub(in crate::fields) fn domain_label(host: &str) -> Option<&str> {
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

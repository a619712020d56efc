//! `language`: the article's language as a BCP 47 tag, from `<html lang>`, then
//! `og:locale`, `content-language`, `dc.language` and JSON-LD `inLanguage`.

use super::{Context, record};
use crate::Field;
use crate::article::{Article, Provenance};
use crate::signals::json_str;

pub(super) fn extract(ctx: &Context, article: &mut Article) {
    if article.language.is_some() {
        return;
    }
    let s = ctx.signals;
    let found = s
        .html_lang
        .as_deref()
        .and_then(normalize)
        .map(|l| {
            (
                l,
                Provenance::new("heuristic:html-lang", 0.9).path("html[lang]"),
            )
        })
        .or_else(|| {
            let (name, value) =
                s.meta
                    .first_of(&["og:locale", "content-language", "dc.language", "language"])?;
            Some((
                normalize(value)?,
                Provenance::new(format!("meta:{name}"), 0.8),
            ))
        })
        .or_else(|| {
            let value = json_str(s.jsonld.article_prop("inLanguage")?)?;
            Some((
                normalize(&value)?,
                Provenance::new("json-ld", 0.8).path("inLanguage"),
            ))
        });
    if let Some((lang, prov)) = found {
        article.language = Some(lang);
        record(article, Field::Language, prov);
    }
}

/// `en_US` → `en-US`, `DE` → `de`; `None` for values that are not language tags.
pub(crate) fn normalize(tag: &str) -> Option<String> {
    let tag = tag.trim().replace('_', "-");
    let mut parts = tag.split('-');
    let primary = parts.next()?.to_ascii_lowercase();
    if !(2..=3).contains(&primary.len()) || !primary.chars().all(|c| c.is_ascii_alphabetic()) {
        return None;
    }
    let mut out = primary;
    if let Some(region) = parts
        .next()
        .filter(|r| r.len() == 2 && r.chars().all(|c| c.is_ascii_alphabetic()))
    {
        out.push('-');
        out.push_str(&region.to_ascii_uppercase());
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn normalizes_tags() {
        assert_eq!(normalize("en_US").as_deref(), Some("en-US"));
        assert_eq!(normalize(" DE ").as_deref(), Some("de"));
        assert_eq!(normalize("de-ch").as_deref(), Some("de-CH"));
        assert_eq!(normalize("english"), None);
        assert_eq!(normalize(""), None);
    }
}

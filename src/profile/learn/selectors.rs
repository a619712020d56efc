//! Selectors for an element that a site keeps from page to page: its tag with stable class
//! tokens, `itemprop`, `data-*` attributes and ids that are words, alone or under a stable
//! ancestor. Never positions (`:nth-child`), and never tokens a build tool generated
//! (`css-1x9f2k`, `sc-bdVaJa`, `post-48213`), which change with every deploy or page.

use crate::dom::{Document, NodeId};

/// Prefixes of class names and ids that CSS-in-JS tools and page builders generate.
const GENERATED_PREFIXES: &[&str] = &["css-", "sc-", "jsx-", "emotion-", "svelte-", "ember"];

/// `data-*` attributes that hold per-page values (ids, counters, tracking payloads), whose
/// value is no class of element.
const VOLATILE_DATA: &[&str] = &["data-id", "data-post-id", "data-reactid", "data-track"];

/// Tags that name an element well enough on their own; any other bare tag (`a`, `span`,
/// `div`) matches whatever the page puts in one.
const NAMING_TAGS: &[&str] = &["h1", "h2", "time", "title", "article", "main", "address"];

/// How many ancestors are looked at for a qualifying stable selector.
const ANCESTOR_LEVELS: usize = 4;

/// Whether a class token or id reads as a name a person wrote: letters, digits, `-` and `_`
/// only, at most two digits, no generated prefix, no mixed case next to digits.
pub(crate) fn is_stable_token(token: &str) -> bool {
    let valid_start = token
        .chars()
        .next()
        .is_some_and(|c| c.is_ascii_alphabetic() || c == '_');
    let valid = token
        .chars()
        .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_');
    let digits = token.chars().filter(char::is_ascii_digit).count();
    let upper = token.chars().any(|c| c.is_ascii_uppercase());
    valid_start
        && valid
        && token.len() <= 40
        && digits <= 2
        && !(upper && digits > 0)
        && !GENERATED_PREFIXES.iter().any(|p| token.starts_with(p))
        && !is_hash_like(token)
}

/// Whether a token is a build tool's hash: hexadecimal with a digit (`f9dd5cfe`), a CSS
/// module's `name___hash` (`small___bhq_V`), or a run of letters ended by one digit with
/// no separator (`etfikam0`), as CSS-in-JS labels are.
fn is_hash_like(token: &str) -> bool {
    let hex = token.len() >= 6
        && token.chars().all(|c| c.is_ascii_hexdigit())
        && token.chars().any(|c| c.is_ascii_digit());
    let module = token.contains("___");
    let (head, last) = token.split_at(token.len().saturating_sub(1));
    let labelled = token.len() >= 7
        && last.chars().all(|c| c.is_ascii_digit())
        && head.chars().all(|c| c.is_ascii_lowercase());
    hex || module || labelled
}

/// The stable simple selectors of one element (`.story-title`, `[itemprop="headline"]`,
/// `#main-story`, `[data-testid="byline"]`), without its tag.
pub(crate) fn stable_parts(doc: &Document, id: NodeId) -> Vec<String> {
    let Some(element) = doc.element(id) else {
        return Vec::new();
    };
    let mut parts = Vec::new();
    if let Some(prop) = element.attr("itemprop").filter(|p| is_stable_token(p)) {
        parts.push(format!("[itemprop=\"{prop}\"]"));
    }
    if let Some(el_id) = element.attr("id").filter(|i| is_stable_token(i)) {
        parts.push(format!("#{el_id}"));
    }
    parts.extend(
        element
            .classes()
            .filter(|c| is_stable_token(c))
            .map(|c| format!(".{c}")),
    );
    for (name, value) in &element.attrs {
        let name: &str = name;
        if name.starts_with("data-") && is_stable_token(name) && !VOLATILE_DATA.contains(&name) {
            if is_stable_token(value) {
                parts.push(format!("[{name}=\"{value}\"]"));
            } else if value.is_empty() {
                parts.push(format!("[{name}]"));
            }
        }
    }
    parts
}

/// Candidate selectors for an element: its tag, its tag with each stable part, each stable
/// part alone, and each of those under a stable part of one of its nearest ancestors.
pub(crate) fn candidates(doc: &Document, id: NodeId) -> Vec<String> {
    let Some(tag) = doc.tag(id).map(|t| t.to_string()) else {
        return Vec::new();
    };
    let own = stable_parts(doc, id);
    let mut selectors = Vec::new();
    if NAMING_TAGS.contains(&tag.as_str()) {
        selectors.push(tag.clone());
    }
    for part in &own {
        selectors.push(format!("{tag}{part}"));
        selectors.push(part.clone());
    }
    let inner: Vec<String> = std::iter::once(tag.clone())
        .chain(own.iter().map(|p| format!("{tag}{p}")))
        .take(3)
        .collect();
    for ancestor in doc.ancestors(id).take(ANCESTOR_LEVELS) {
        for outer in stable_parts(doc, ancestor).iter().take(3) {
            for inner in &inner {
                selectors.push(format!("{outer} {inner}"));
            }
        }
    }
    selectors.dedup();
    selectors
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn generated_tokens_are_not_stable() {
        for token in ["story-title", "byline", "entry_content", "h2", "col-md-8"] {
            assert!(is_stable_token(token), "{token}");
        }
        for token in [
            "css-1x9f2k",
            "sc-bdVaJa",
            "post-48213",
            "aB3",
            "a:b",
            "9col",
            "",
        ] {
            assert!(!is_stable_token(token), "{token}");
        }
    }

    #[test]
    fn candidates_use_stable_attributes_and_ancestors() {
        let doc = Document::parse(
            r#"<div class="story css-8f2k1x"><h1 class="title" id="post-77812" itemprop="headline">Storm</h1></div>"#,
        );
        let h1 = doc
            .elements()
            .find(|(_, e)| &*e.name == "h1")
            .map(|(id, _)| id)
            .unwrap();
        let found = candidates(&doc, h1);
        for wanted in [
            "h1",
            "h1[itemprop=\"headline\"]",
            ".title",
            "h1.title",
            ".story h1",
            ".story h1.title",
        ] {
            assert!(found.iter().any(|s| s == wanted), "{wanted}: {found:?}");
        }
        assert!(
            !found
                .iter()
                .any(|s| s.contains("post-77812") || s.contains("css-"))
        );
    }
}

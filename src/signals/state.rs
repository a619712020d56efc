//! Embedded page state: the JSON a page's scripts carry for the client-side app that renders
//! it (Next.js `__NEXT_DATA__`, Arc XP `Fusion.globalContent`, Nuxt `__NUXT__`, Apollo and
//! Redux stores). Found by the state's name, parsed with serde_json, bounded in size.
//!
//! A state is found in one of two forms:
//! - a script element whose `id` is the name, holding JSON
//!   (`<script id="__NEXT_DATA__" type="application/json">{…}</script>`);
//! - an assignment to the name inside a script (`Fusion.globalContent = {…};`,
//!   `window.__APOLLO_STATE__ = {…}`, `window.__PRELOADED_STATE__ = JSON.parse("…")`), where
//!   the value is a JSON object or array; what follows it (`;`, more code) is not read.
//!
//! What is not JSON (a Nuxt state written as a function call, an object literal with bare
//! keys) is no state: the page is read as if it had none. Nothing here evaluates JavaScript.

use serde_json::Value;

use crate::dom::{Document, local_name};

/// The most bytes of script read for one state: a larger state is left unread, so that a
/// hostile page costs at most this much parsing per state name.
pub(crate) const MAX_STATE_BYTES: usize = 8 << 20;

/// The state a page embeds under a name, when one of its scripts holds it as JSON.
pub(crate) fn find_state(doc: &Document, name: &str) -> Option<Value> {
    if !is_state_name(name) {
        return None;
    }
    let scripts: Vec<_> = doc
        .elements()
        .filter(|(_, e)| e.name == local_name!("script"))
        .collect();
    // The script element named after the state comes first: it holds nothing but the state.
    if let Some((id, _)) = scripts.iter().find(|(_, e)| e.attr("id") == Some(name)) {
        let text = doc.raw_text(*id);
        if let Some(state) = first_json(bounded(text.trim_start()), false) {
            return Some(state);
        }
    }
    scripts
        .iter()
        .filter(|(_, e)| e.attr("src").is_none())
        .find_map(|(id, _)| assigned_state(&doc.raw_text(*id), name))
}

/// True for a name a state can have: JavaScript identifiers joined by dots.
pub(crate) fn is_state_name(name: &str) -> bool {
    !name.is_empty()
        && name.split('.').all(|part| {
            let mut chars = part.chars();
            chars
                .next()
                .is_some_and(|c| c.is_ascii_alphabetic() || c == '_' || c == '$')
                && chars.all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '$')
        })
}

/// The JSON value assigned to `name` in a script's text (the first assignment that holds one).
fn assigned_state(script: &str, name: &str) -> Option<Value> {
    let mut from = 0;
    while let Some(at) = script[from..].find(name) {
        let start = from + at;
        from = start + name.len();
        // A whole name: `window.__NUXT__` holds `__NUXT__`, `my__NUXT__` does not.
        let before = script[..start].chars().next_back();
        if before.is_some_and(|c| c.is_ascii_alphanumeric() || c == '_' || c == '$') {
            continue;
        }
        let rest = script[from..].trim_start();
        let Some(value) = rest.strip_prefix('=').filter(|v| !v.starts_with('=')) else {
            continue;
        };
        let value = value.trim_start();
        let state = match value.strip_prefix("JSON.parse(") {
            Some(inner) => first_json(bounded(inner.trim_start()), true),
            None => first_json(bounded(value), false),
        };
        if state.is_some() {
            return state;
        }
    }
    None
}

/// At most [`MAX_STATE_BYTES`] of a text, cut at a character boundary.
fn bounded(text: &str) -> &str {
    if text.len() <= MAX_STATE_BYTES {
        return text;
    }
    let mut end = MAX_STATE_BYTES;
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    &text[..end]
}

/// The JSON object or array at the start of a text, whatever follows it. With `quoted`, the
/// text starts with a JSON string that holds the JSON (`JSON.parse("{\"a\":1}")`).
fn first_json(text: &str, quoted: bool) -> Option<Value> {
    if quoted {
        let inner: String = first_value(text)?;
        return first_json(inner.trim_start(), false);
    }
    if !(text.starts_with('{') || text.starts_with('[')) {
        return None;
    }
    first_value(text)
}

/// The first JSON value of a text; serde_json's stream reader stops at its end.
fn first_value<T: serde::de::DeserializeOwned>(text: &str) -> Option<T> {
    serde_json::Deserializer::from_str(text)
        .into_iter::<T>()
        .next()?
        .ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn state(html: &str, name: &str) -> Option<Value> {
        find_state(&Document::parse(html), name)
    }

    #[test]
    fn finds_a_script_element_named_after_the_state() {
        let html = r#"<script id="__NEXT_DATA__" type="application/json">
            {"props":{"pageProps":{"title":"Tram line opens"}}}</script>"#;
        let s = state(html, "__NEXT_DATA__").unwrap();
        assert_eq!(s["props"]["pageProps"]["title"], "Tram line opens");
    }

    #[test]
    fn finds_assignments_with_code_after_them() {
        let html = r#"<script>window.Fusion=window.Fusion||{};Fusion.arcSite="bugle";
            Fusion.globalContent={"headlines":{"basic":"Ferry strike ends"}};
            Fusion.globalContentConfig={"source":"x"};</script>"#;
        let s = state(html, "Fusion.globalContent").unwrap();
        assert_eq!(s["headlines"]["basic"], "Ferry strike ends");
        let s = state(html, "Fusion.globalContentConfig").unwrap();
        assert_eq!(s["source"], "x");
        let html =
            r#"<script>window.__APOLLO_STATE__ = {"Article:1":{"title":"A"}}; init();</script>"#;
        assert_eq!(
            state(html, "__APOLLO_STATE__").unwrap()["Article:1"]["title"],
            "A"
        );
    }

    #[test]
    fn reads_json_parse_of_a_string() {
        let html = r#"<script>window.__PRELOADED_STATE__ = JSON.parse("{\"article\":{\"id\":7}}");</script>"#;
        assert_eq!(
            state(html, "__PRELOADED_STATE__").unwrap()["article"]["id"],
            7
        );
    }

    #[test]
    fn skips_what_is_not_json() {
        // A Nuxt state written as a function call, a comparison, a longer name, bare keys.
        let html = r#"<script>window.__NUXT__=(function(a,b){return {data:[a]}}("x",1));</script>
            <script>if (window.__INITIAL_STATE__ == null) {}</script>
            <script>var my__INITIAL_STATE__ = {"a":1};</script>
            <script>window.__INITIAL_STATE__ = {a: 1};</script>"#;
        assert_eq!(state(html, "__NUXT__"), None);
        assert_eq!(state(html, "__INITIAL_STATE__"), None);
        // A truncated state and a bad name are no state, without a panic.
        assert_eq!(
            state(r#"<script>window.__NUXT__={"a":[1,2</script>"#, "__NUXT__"),
            None
        );
        assert_eq!(state("<script>x = {}</script>", "x y"), None);
        assert_eq!(state("<script>x = {}</script>", ""), None);
        // A later assignment that holds JSON is found.
        let html = r#"<script>window.__NUXT__=(function(){})();window.__NUXT__={"b":2}</script>"#;
        assert_eq!(state(html, "__NUXT__").unwrap()["b"], 2);
    }

    #[test]
    fn a_state_over_the_bound_is_left_unread() {
        let big = format!(
            r#"<script>window.__INITIAL_STATE__ = {{"pad":"{}"}};</script>"#,
            "x".repeat(MAX_STATE_BYTES)
        );
        assert_eq!(state(&big, "__INITIAL_STATE__"), None);
        let deep = format!(
            "<script>window.__INITIAL_STATE__ = {}{};</script>",
            "[".repeat(100_000),
            "]".repeat(100_000)
        );
        assert_eq!(state(&deep, "__INITIAL_STATE__"), None);
    }

    #[test]
    fn names_are_identifiers_joined_by_dots() {
        assert!(is_state_name("__NEXT_DATA__"));
        assert!(is_state_name("Fusion.globalContent"));
        assert!(is_state_name("$state"));
        assert!(!is_state_name("a..b"));
        assert!(!is_state_name("1a"));
        assert!(!is_state_name("a b"));
    }
}

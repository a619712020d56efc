//! Writing a selector for an element as a profile author would: its id, its `itemprop`, its
//! stable class names, scoped by an ancestor's when that alone is not enough; each try is
//! checked against the page with the profile engine's own selectors.

use std::str::FromStr;

use super::SelectorFound;
use crate::dom::{Document, NodeId, Selector};

/// Class names and ids that say how an element looks or what state it is in, not what it
/// holds: a profile should not lean on them.
const UNSTABLE_TOKENS: &[&str] = &[
    "active",
    "selected",
    "open",
    "show",
    "hidden",
    "visible",
    "clearfix",
    "container",
    "row",
    "col",
    "wrapper",
    "inner",
    "left",
    "right",
    "first",
    "last",
];

/// Prefixes of generated, state or per-story class names (CSS-in-JS hashes, script hooks,
/// states, the tag and category classes publishing platforms give each post).
const UNSTABLE_PREFIXES: &[&str] = &[
    "css-",
    "sc-",
    "jsx-",
    "is-",
    "has-",
    "js-",
    "ng-",
    "tag-",
    "category-",
    "post-",
    "postid-",
    "author-",
    "format-",
];

/// The most digits a stable name holds (`h1`, `col-2`; not `post-184233`).
const MAX_DIGITS: usize = 2;
/// The longest stable name.
const MAX_TOKEN_LEN: usize = 40;
/// How many ancestors are tried as a scope.
const SCOPE_LEVELS: usize = 8;

/// A selector whose first match is the element, unique when one can be written.
pub(crate) fn for_node(doc: &Document, id: NodeId) -> Option<SelectorFound> {
    let own = simple_forms(doc, id);
    let mut fallback: Option<SelectorFound> = None;
    let mut consider = |css: String| -> Option<SelectorFound> {
        let found = check(doc, &css, &[id])?;
        if found.matches == 1 {
            return Some(found);
        }
        if fallback.as_ref().is_none_or(|f| found.matches < f.matches) {
            fallback = Some(found);
        }
        None
    };
    for css in &own {
        if let Some(found) = consider(css.clone()) {
            return Some(found);
        }
    }
    for ancestor in doc.ancestors(id).take(SCOPE_LEVELS) {
        for scope in simple_forms(doc, ancestor).iter().filter(|s| is_hook(s)) {
            for css in &own {
                if let Some(found) = consider(format!("{scope} {css}")) {
                    return Some(found);
                }
            }
        }
    }
    fallback
}

/// A selector matching exactly the elements (tags in a list, say); else one for the first.
pub(super) fn for_nodes(doc: &Document, nodes: &[NodeId]) -> Option<SelectorFound> {
    let (&first, rest) = nodes.split_first()?;
    if rest.is_empty() {
        return for_node(doc, first);
    }
    let tag = doc.tag(first)?;
    if rest.iter().all(|&n| doc.tag(n) == Some(tag)) {
        let common = doc
            .ancestors(first)
            .find(|&a| nodes.iter().all(|&n| doc.holds(a, n)));
        let scopes = common
            .into_iter()
            .flat_map(|c| std::iter::once(c).chain(doc.ancestors(c)))
            .take(SCOPE_LEVELS);
        for scope in scopes {
            for hook in simple_forms(doc, scope).iter().filter(|s| is_hook(s)) {
                let css = format!("{hook} {tag}");
                if let Some(found) = check(doc, &css, nodes).filter(|f| f.matches == nodes.len()) {
                    return Some(found);
                }
            }
        }
    }
    for_node(doc, first)
}

/// The selector, when it parses and its matches start with `nodes` (all of them, in order).
fn check(doc: &Document, css: &str, nodes: &[NodeId]) -> Option<SelectorFound> {
    let selector = Selector::from_str(css).ok()?;
    let matched = selector.select(doc, doc.root());
    matched.starts_with(nodes).then(|| SelectorFound {
        css: css.to_string(),
        matches: matched.len(),
    })
}

/// True for a form that names the element by more than its tag.
fn is_hook(form: &str) -> bool {
    form.contains(['#', '.', '['])
}

/// The ways to name one element alone, most telling first: `#id`, `tag[itemprop="x"]`,
/// `tag.class` for each stable class, `tag.class.class`, then the tag.
fn simple_forms(doc: &Document, id: NodeId) -> Vec<String> {
    let Some(el) = doc.element(id) else {
        return Vec::new();
    };
    let tag = el.name.to_string();
    let mut forms = Vec::new();
    if let Some(own_id) = el.attr("id").filter(|i| is_stable(i)) {
        forms.push(format!("#{own_id}"));
    }
    if let Some(prop) = el
        .attr("itemprop")
        .and_then(|p| p.split_ascii_whitespace().next())
        .filter(|p| is_stable(p))
    {
        forms.push(format!("{tag}[itemprop=\"{prop}\"]"));
    }
    let classes: Vec<&str> = el.classes().filter(|c| is_stable(c)).collect();
    forms.extend(classes.iter().map(|c| format!("{tag}.{c}")));
    if classes.len() >= 2 {
        forms.push(format!("{tag}.{}.{}", classes[0], classes[1]));
    }
    forms.push(tag);
    forms
}

/// True for a class name or id a profile can rely on (see [`UNSTABLE_TOKENS`]); also keeps
/// the selector free of characters that would need escaping.
fn is_stable(token: &str) -> bool {
    let lower = token.to_ascii_lowercase();
    token.len() <= MAX_TOKEN_LEN
        && token.starts_with(|c: char| c.is_ascii_alphabetic())
        && token
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
        && token.chars().filter(char::is_ascii_digit).count() <= MAX_DIGITS
        && !UNSTABLE_TOKENS.contains(&lower.as_str())
        && !UNSTABLE_PREFIXES.iter().any(|p| lower.starts_with(p))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::dom::local_name;

    fn css_for(html: &str, pick: impl Fn(&Document) -> NodeId) -> Option<(String, usize)> {
        let doc = Document::parse(html);
        for_node(&doc, pick(&doc)).map(|f| (f.css, f.matches))
    }

    #[test]
    fn an_id_or_itemprop_or_stable_class_names_the_element() {
        let h1 = |d: &Document| d.first(&local_name!("h1")).unwrap();
        assert_eq!(
            css_for(r#"<h1 id="story-title" class="x">Tram</h1>"#, h1),
            Some(("#story-title".to_string(), 1))
        );
        assert_eq!(
            css_for(r#"<h1 id="post-184233" itemprop="headline">Tram</h1>"#, h1),
            Some(("h1[itemprop=\"headline\"]".to_string(), 1))
        );
        assert_eq!(
            css_for(
                r#"<h1 class="active css-1x2y3z">Menu</h1><h1 class="is-big story-title">Tram</h1>"#,
                |d| d
                    .elements()
                    .filter(|(_, e)| e.name == local_name!("h1"))
                    .nth(1)
                    .unwrap()
                    .0
            ),
            Some(("h1.story-title".to_string(), 1))
        );
    }

    #[test]
    fn an_ancestor_scopes_a_plain_element() {
        let html = r#"<div class="promo"><time>Monday</time></div>
            <div class="story-meta"><span><time>5 March 2024</time></span></div>"#;
        let second_time = |d: &Document| {
            d.elements()
                .filter(|(_, e)| e.name == local_name!("time"))
                .nth(1)
                .unwrap()
                .0
        };
        assert_eq!(
            css_for(html, second_time),
            Some(("div.story-meta time".to_string(), 1))
        );
    }

    #[test]
    fn a_list_of_links_is_named_by_its_container() {
        let doc = Document::parse(
            r#"<a href="/">Home</a><ul class="story-tags"><li><a>Rail</a></li><li><a>Trams</a></li></ul>"#,
        );
        let links: Vec<NodeId> = doc
            .elements()
            .filter(|(_, e)| e.name == local_name!("a"))
            .map(|(id, _)| id)
            .skip(1)
            .collect();
        let found = for_nodes(&doc, &links).unwrap();
        assert_eq!((found.css.as_str(), found.matches), ("ul.story-tags a", 2));
    }
}

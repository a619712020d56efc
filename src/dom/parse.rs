//! html5ever → rcdom → arena.

use std::sync::LazyLock;

use html5ever::{Attribute, LocalName, local_name};
use markup5ever_rcdom::{Handle, NodeData as RcData};

use super::cfemail::{cfemail_href, decode_cfemail};
use super::shared_str::{SharedStr, TextPool};
use super::{Document, Element, Node, NodeData, NodeId};

/// Parses `html` (nesting and attributes capped, see [`super::guard`]) and copies the tree
/// into an arena.
pub(super) fn parse(html: &str) -> Document {
    let parsed = super::guard::parse_guarded(html);
    let mut doc = from_rcdom(&parsed.dom.document);
    doc.warnings = parsed.warnings;
    repair_double_encoding(&mut doc);
    doc
}

/// Repairs text encoded to UTF-8 twice and then written as character references
/// (`it&acirc;&euro;&trade;s`), which the decoding of the page's bytes cannot see: when the
/// page's text holds enough such characters, every text node is repaired.
fn repair_double_encoding(doc: &mut Document) {
    use crate::decode::{MIN_DOUBLE_ENCODED, count_double_encoded, fix_double_encoded};
    let mut found = 0;
    for node in &doc.nodes {
        if let NodeData::Text(t) = &node.data {
            found += count_double_encoded(t, MIN_DOUBLE_ENCODED - found);
            if found >= MIN_DOUBLE_ENCODED {
                break;
            }
        }
    }
    if found < MIN_DOUBLE_ENCODED {
        return;
    }
    for node in &mut doc.nodes {
        if let NodeData::Text(t) = &mut node.data
            && count_double_encoded(t, 1) > 0
        {
            *t = SharedStr::from(fix_double_encoded(t));
        }
    }
}

/// Moves an rcdom tree into an arena, pre-order, with an explicit stack. Each rcdom node's
/// children are taken out as it is copied, so the rcdom is freed while the arena grows (the
/// two never both hold the whole page) and its drop at the end has nothing left to walk.
/// Text and attribute values go into one buffer for the page ([`TextPool`]).
fn from_rcdom(root: &Handle) -> Document {
    let mut nodes: Vec<Node> = Vec::with_capacity(1024);
    let mut pool = TextPool::new();
    // (rcdom node, parent in the arena)
    let mut stack: Vec<(Handle, Option<NodeId>)> = vec![(root.clone(), None)];
    while let Some((handle, parent)) = stack.pop() {
        let id = nodes.len();
        let mut replacement: Option<String> = None;
        let data = match &handle.data {
            RcData::Document => NodeData::Document,
            RcData::Text { contents } => NodeData::Text(pool.add(&contents.borrow())),
            RcData::Element { name, attrs, .. } => {
                // The rcdom is thrown away, so its attributes are moved out: names are not
                // cloned, and their list's buffer is reused for the arena's.
                let attrs = std::mem::take(&mut *attrs.borrow_mut());
                let email = protected_email(&handle, &attrs);
                let attrs = attrs
                    .into_iter()
                    .enumerate()
                    .map(|(i, a)| {
                        let value = match &email.href {
                            Some((at, href)) if *at == i => pool.add(href),
                            _ => pool.add(&a.value),
                        };
                        (a.name.local, value)
                    })
                    .collect();
                replacement = email.text;
                NodeData::Element(Element {
                    name: name.local.clone(),
                    attrs,
                })
            }
            _ => NodeData::Other,
        };
        nodes.push(Node { parent, data });
        if let Some(email) = replacement {
            nodes.push(Node {
                parent: Some(id),
                data: NodeData::Text(pool.add(&email)),
            });
            continue;
        }
        let children = std::mem::take(&mut *handle.children.borrow_mut());
        stack.extend(children.into_iter().rev().map(|child| (child, Some(id))));
    }
    let mut sealed = pool.seal();
    for node in &mut nodes {
        match &mut node.data {
            NodeData::Text(t) => sealed.point(t),
            NodeData::Element(e) => e.attrs.iter_mut().for_each(|(_, v)| sealed.point(v)),
            _ => {}
        }
    }
    Document::from_nodes(nodes)
}

/// What Cloudflare's e-mail protection on one element decodes to.
#[derive(Default)]
struct ProtectedEmail {
    /// The `mailto:` link that replaces a protected `href`, and that attribute's index.
    href: Option<(usize, String)>,
    /// The address that replaces the element's text.
    text: Option<String>,
}

/// Decodes Cloudflare e-mail protection on one element: `data-cfemail` replaces the element's
/// text; an `/cdn-cgi/l/email-protection#` link becomes `mailto:` and, when its text is the
/// "[email protected]" placeholder, the address replaces it.
fn protected_email(handle: &Handle, attrs: &[Attribute]) -> ProtectedEmail {
    // Names compared as atoms (one word), not as text.
    let find = |name: &LocalName| attrs.iter().position(|a| a.name.local == *name);
    if let Some(hex) = find(&CFEMAIL) {
        return ProtectedEmail {
            href: None,
            text: decode_cfemail(&attrs[hex].value),
        };
    }
    let Some((at, email)) = find(&local_name!("href")).and_then(|at| {
        let email = decode_cfemail(cfemail_href(&attrs[at].value)?)?;
        Some((at, email))
    }) else {
        return ProtectedEmail::default();
    };
    ProtectedEmail {
        href: Some((at, format!("mailto:{email}"))),
        text: placeholder_text(handle).then_some(email),
    }
}

/// The attribute that holds a protected address, as an atom.
static CFEMAIL: LazyLock<LocalName> = LazyLock::new(|| LocalName::from("data-cfemail"));

/// True when the element's text is Cloudflare's "[email protected]" placeholder.
fn placeholder_text(handle: &Handle) -> bool {
    let mut text = String::new();
    let mut stack = vec![handle.clone()];
    while let Some(h) = stack.pop() {
        if let RcData::Text { contents } = &h.data {
            text.push_str(&contents.borrow());
        }
        if text.len() > 200 {
            return false;
        }
        stack.extend(h.children.borrow().iter().cloned());
    }
    text.contains("email") && text.contains("protected")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::dom::local_name;

    #[test]
    fn builds_parent_links_and_text() {
        let doc = parse("<p>Hello <b>big</b> world</p>");
        let p = doc.first(&local_name!("p")).unwrap();
        let b = doc.first(&local_name!("b")).unwrap();
        assert_eq!(doc.parent(b), Some(p));
        assert_eq!(doc.text(p), "Hello big world");
    }

    #[test]
    fn repairs_double_encoding_written_as_references() {
        let twice = "It&acirc;&euro;&trade;s";
        let doc = parse(&format!("<p>{twice} <b>{twice}</b></p><p>{twice}</p>"));
        let p = doc.first(&local_name!("p")).unwrap();
        assert_eq!(doc.text(p), "It’s It’s");
        // One such character alone may be meant, and is left.
        let doc = parse("<p>Mojibake: &Atilde;&copy;</p>");
        let p = doc.first(&local_name!("p")).unwrap();
        assert_eq!(doc.text(p), "Mojibake: Ã©");
    }

    #[test]
    fn decodes_protected_emails() {
        let html = r#"<p>Mail: <a href="/cdn-cgi/l/email-protection" class="__cf_email__"
            data-cfemail="5a33343c351a3f223b372a363f74393537">[email&#160;protected]</a></p>
            <a href="/cdn-cgi/l/email-protection#5a33343c351a3f223b372a363f74393537">[email&#160;protected]</a>"#;
        let doc = parse(html);
        let text = doc.text(doc.root());
        assert_eq!(text, "Mail: info@example.com info@example.com");
        assert!(!text.contains("protected"));
    }

    #[test]
    fn survives_very_deep_nesting() {
        let depth = 100_000;
        let html = format!("{}deep{}", "<span>".repeat(depth), "</span>".repeat(depth));
        let doc = parse(&html);
        assert_eq!(doc.text(doc.root()), "deep");
        drop(doc);
    }
}

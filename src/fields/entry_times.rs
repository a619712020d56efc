//! `<time>` elements that date the entries of a run, not the article: a live blog's posts,
//! a list of cards, embedded social posts. `dates` leaves them out unless one is labelled as
//! the article's date.

use std::collections::HashSet;

use crate::dom::{Document, NodeId, local_name, tags};
use crate::signals::TimeElement;

/// How many like siblings, each with a `<time>`, make a run of entries: more than the
/// published and updated dates of a meta line.
const MIN_RUN: usize = 3;

/// The page's `<time>` elements and every element holding one.
pub(super) struct EntryTimes {
    holding: HashSet<NodeId>,
}

impl EntryTimes {
    pub(super) fn new(doc: &Document, times: &[TimeElement]) -> Self {
        let holding = times
            .iter()
            .flat_map(|t| std::iter::once(t.node).chain(doc.ancestors(t.node)))
            .collect();
        EntryTimes { holding }
    }

    /// True when the `<time>` element `node` dates one entry of a run: it, or an element
    /// around it below the article's container (the headline's ancestors, else `<article>`,
    /// `<main>` or `<body>`), stands among at least [`MIN_RUN`] like siblings (same tag,
    /// same class) that each hold a `<time>`.
    pub(super) fn is_entry(&self, doc: &Document, node: NodeId, h1: Option<NodeId>) -> bool {
        let is_container = |a: NodeId| match h1 {
            Some(h1) => doc.holds(a, h1),
            None => doc
                .tag(a)
                .is_none_or(|t| tags::is_article_root(t) || *t == local_name!("body")),
        };
        for a in std::iter::once(node).chain(doc.ancestors(node)) {
            if is_container(a) {
                return false;
            }
            let (Some(el), Some(parent)) = (doc.element(a), doc.parent(a)) else {
                return false;
            };
            let like = doc.children(parent).iter().filter(|&&s| {
                self.holding.contains(&s)
                    && doc
                        .element(s)
                        .is_some_and(|e| e.name == el.name && e.attr("class") == el.attr("class"))
            });
            if like.count() >= MIN_RUN {
                return true;
            }
        }
        false
    }
}

#[cfg(test)]
mod tests {
    use crate::extract;

    fn published(html: &str) -> Option<String> {
        extract(html).published.map(|t| t.to_iso())
    }

    #[test]
    fn live_posts_time_their_entries_not_the_article() {
        let html = r#"<html><body><article><h1>Rail strike: live</h1>
            <p>Published 12 March 2024, 08:15 · Updated 12 March 2024, 19:42</p>
            <div class="post"><time datetime="2024-03-12T19:42:00+01:00">19:42</time><p>Trains run again tomorrow.</p></div>
            <div class="post"><time datetime="2024-03-12T18:30:00+01:00">18:30</time><p>Strikers meet at the station.</p></div>
            <div class="post"><time datetime="2024-03-12T08:15:00+01:00">08:15</time><p>Welcome to this live page.</p></div>
            </article></body></html>"#;
        assert_eq!(published(html).as_deref(), Some("2024-03-12T08:15:00"));
    }

    #[test]
    fn a_meta_lines_published_and_updated_times_are_not_a_run() {
        let html = r#"<html><body><article><h1>Storm hits the coast</h1>
            <div class="meta"><span class="d"><time datetime="2024-03-03T09:00:00+01:00">3 March</time></span>
            <span class="d">Updated <time datetime="2024-03-04T10:00:00+01:00">4 March</time></span></div>
            <p>The storm hit the coast on Sunday night and left thousands without power.</p>
            </article></body></html>"#;
        let a = extract(html);
        assert_eq!(
            a.published.map(|t| t.to_iso()).as_deref(),
            Some("2024-03-03T09:00:00+01:00")
        );
        assert_eq!(
            a.modified.map(|t| t.to_iso()).as_deref(),
            Some("2024-03-04T10:00:00+01:00")
        );
    }
}

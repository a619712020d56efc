//! Where the headline stands on the page: the heading that shows it.

use crate::dom::{NodeId, tags};

use super::{Facts, text_key};

/// The heading that shows the headline: the `<h1>` whose text is the headline, else a lower
/// heading whose text is the headline when no `<h1>` is (a page whose `<h1>` is its logo or
/// a section's name, "Detailansicht", sets the story's title in an `<h2>`), else an `<h1>`
/// in the article, else one of a few words rather than a logo's one word; the first of
/// equals. The page's social title (`og:title`) names its story: of two `<h1>`s, the one it
/// names is the story's when the headline was read from the other (a greeting, a box's
/// title).
pub(super) fn headline_node(
    facts: &Facts,
    headline: Option<&str>,
    social_title: Option<&str>,
) -> Option<NodeId> {
    let doc = facts.doc;
    let key = headline.map(text_key);
    let matches = |text: &str| {
        key.as_deref().is_some_and(|k| {
            !k.is_empty()
                && (text == k || (text.len() > 10 && (k.contains(text) || text.contains(k))))
        })
    };
    let social = social_title.map(text_key).filter(|k| k.len() > 10);
    let social_names = |text: &str| social.as_deref().is_some_and(|k| text == k);
    // (matches the headline, in the article, named by the social title, words): the best
    // wins.
    let mut best: Option<((bool, bool, bool, usize), NodeId)> = None;
    let mut lower: Option<(bool, NodeId)> = None;
    for &id in facts.headings() {
        let Some(level) = doc.tag(id).and_then(tags::heading_level) else {
            continue;
        };
        let h1 = level == 1;
        if level > 3 || !facts.headline_sized(id) {
            continue;
        }
        let text = facts.key(id);
        if !h1 {
            // The first in the article, else the first anywhere (a page wrapped in a
            // region named like a sidebar).
            if matches(text) && lower.is_none_or(|(inside, _)| !inside) {
                let inside = !facts.outside_article(id);
                if lower.is_none() || inside {
                    lower = Some((inside, id));
                }
            }
            continue;
        }
        let named = social_names(text);
        let rank = (
            matches(text) || named,
            named,
            !facts.outside_article(id),
            text.split(' ').take(6).count(),
        );
        if best.as_ref().is_none_or(|(r, _)| rank > *r) {
            best = Some((rank, id));
        }
    }
    match best {
        Some(((true, _, _, _), id)) => Some(id),
        _ => lower.map(|(_, id)| id).or(best.map(|(_, id)| id)),
    }
}

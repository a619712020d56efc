//! The heuristic rules of the headline, byline, date, tags and body-edge steps, each named
//! once, so that the evaluation harness can switch one off and measure what it earns
//! (`newsprint eval --without RULE`, `--ablate`).
//!
//! Extraction asks [`on`] at each rule. Without the `eval` feature the answer is a constant
//! `true` and the check compiles away; with it, one relaxed atomic load, and every rule is on
//! unless the harness switched it off ([`switch_off`]), so records never change. The harness
//! may also ask which rules an extraction consulted ([`consulted`]), so that a rule is
//! measured by re-extracting only the pages that ask about it.

/// Defines [`Rule`] and [`RULES`] from one table: variant, stable name, what the rule does.
macro_rules! rules {
    ($($variant:ident = $name:literal : $what:literal,)*) => {
        /// A heuristic rule of the extraction steps, by its place in [`RULES`].
        #[derive(Debug, Clone, Copy, PartialEq, Eq)]
        #[allow(dead_code)]
        pub(crate) enum Rule {
            $(#[doc = $what] $variant,)*
        }

        /// Every rule: its stable name and what it does, in [`Rule`] order. Only the
        /// evaluation harness reads the names.
        #[cfg_attr(not(feature = "eval"), allow(dead_code))]
        pub(crate) const RULES: &[(&str, &str)] = &[$(($name, $what),)*];
    };
}

rules! {
    TitleSupportedH1 = "title.supported-h1": "the <h1> that a metadata title supports best (states it word for word, else contains it) is the headline",
    TitleLoneH1 = "title.lone-h1": "the <h1> in the article, or the only one, of four words or more, stands alone",
    TitleStatedOutside = "title.stated-outside": "an <h1> in a breadcrumb or menu region is the headline when a metadata title states it, before an unsupported <h1> in the article",
    TitleH2H3 = "title.h2-h3": "a supported <h2> or <h3> is the headline on pages without one in an <h1>",
    TitleSiteTitle = "title.site-title": "an <h1> that is the site's name (a class says so, or one link home) is no headline",
    TitleKicker = "title.kicker": "a kicker set before the headline inside the heading is left out",
    AuthorRelAuthor = "author.rel-author": "rel=author links name the authors",
    AuthorElement = "author.byline-element": "the page's byline element names the authors",
    AuthorLine = "author.byline-line": "a byline line near the headline names the authors",
    AuthorLinks = "author.author-links": "links to author pages name the authors",
    AuthorLabelledLine = "author.labelled-line": "a labelled line anywhere in the article names the authors",
    AuthorSiteCredit = "author.site-credit": "the site's own name is the author when it signs as a team or twice",
    AuthorShownOverMeta = "author.shown-over-metadata": "a byline the page shows wins over metadata naming someone it does not show",
    DateOtherPublishMeta = "date.other-publish-meta": "meta tags a site names itself for publishing (published-date, …uploaded) date the page",
    DateTimeElement = "date.time-element": "<time> elements in the article date it",
    DateNearHeadline = "date.near-headline": "a date on the lines around the headline is the article's",
    DateLabelled = "date.labelled": "a date labelled as the publication date anywhere in the article",
    DateUpdatedOnly = "date.updated-only": "a page stating only an update near the headline is dated by it",
    DateBeside = "date.beside": "a date near the headline in a box beside the story dates a page without other dates",
    DateLoose = "date.loose": "the unlabelled date nearest the headline dates a page without other dates",
    DateGenericMeta = "date.generic-meta": "generic meta date tags (date, dc.date, …) are weak",
    DateVisibleDay = "date.visible-day": "a UTC timestamp yields to the meta line's day before or after it",
    DateWritten = "date.written": "a machine date the page never writes yields to a date it shows",
    TagsTagLinks = "tags.tag-links": "a run of short links marked as tags (a tag path family, rel=tag, itemprop=keywords) is the tags",
    TagsLabelledList = "tags.labelled-list": "the links of a list named as tags (a class or id word, a label before it) are the tags",
    BodyClosingSections = "body.closing-sections": "a section near the end titled as furniture ends the body",
    BodyClosingDisclaimer = "body.closing-disclaimer": "the site's closing disclaimer ends the body",
    BodyFurnitureLines = "body.furniture-lines": "ad labels and furniture lines go wherever they stand",
    BodyButtons = "body.buttons": "button lines go wherever they stand",
    BodyTeasers = "body.teasers": "teaser lines ('Read more: …') go wherever they stand",
    BodyReadingTime = "body.reading-time": "reading-time lines go wherever they stand",
    BodyEdgeBoilerplate = "body.edge-boilerplate": "short calls to action, disclosures and credits at the edges go",
    BodyFollowPitch = "body.follow-pitch": "a follow pitch at the end goes",
    BodyLongPitch = "body.long-pitch": "a longer pitch paragraph among the last blocks goes",
    BodyBylineCopies = "body.byline-copies": "a copy of the byline, or a bare author name, at the edges goes",
    BodyBareBylineLabels = "body.bare-byline-labels": "a byline label alone among the first blocks goes",
    BodyNonText = "body.non-text": "blocks without letters, and a date-only line at the head, go",
}

/// True when `rule` is on: always, unless the evaluation harness switched it off.
#[inline(always)]
pub(crate) fn on(rule: Rule) -> bool {
    #[cfg(feature = "eval")]
    {
        switch::on(rule)
    }
    #[cfg(not(feature = "eval"))]
    {
        let _ = rule;
        true
    }
}

#[cfg(feature = "eval")]
pub(crate) use switch::{consulted, switch_off};

#[cfg(feature = "eval")]
mod switch {
    use std::cell::Cell;
    use std::sync::atomic::{AtomicBool, Ordering};

    use super::{RULES, Rule};

    /// One flag per rule, set while the rule is off.
    static OFF: [AtomicBool; RULES.len()] = [const { AtomicBool::new(false) }; RULES.len()];

    thread_local! {
        /// While [`consulted`] runs on this thread: the rules asked, one bit each.
        static ASKED: Cell<Option<u128>> = const { Cell::new(None) };
    }

    const _: () = assert!(RULES.len() <= 128, "one bit per rule in ASKED");

    pub(super) fn on(rule: Rule) -> bool {
        ASKED.with(|asked| {
            if let Some(bits) = asked.get() {
                asked.set(Some(bits | 1 << rule as u32));
            }
        });
        !OFF[rule as usize].load(Ordering::Relaxed)
    }

    /// Runs `f` and returns with its result the names of the rules it asked about: a rule
    /// not asked cannot have changed what `f` returned.
    pub(crate) fn consulted<T>(f: impl FnOnce() -> T) -> (T, Vec<&'static str>) {
        let outer = ASKED.with(|asked| asked.replace(Some(0)));
        let value = f();
        let bits = ASKED.with(|asked| asked.replace(outer)).unwrap_or(0);
        let names = RULES
            .iter()
            .enumerate()
            .filter(|(i, _)| bits & (1 << i) != 0)
            .map(|(_, (name, _))| *name)
            .collect();
        (value, names)
    }

    /// Switches off exactly the named rules for every extraction in the process, and every
    /// other rule back on; the names not in [`RULES`] come back as the error.
    pub(crate) fn switch_off(names: &[&str]) -> Result<(), Vec<String>> {
        let unknown: Vec<String> = names
            .iter()
            .filter(|n| !RULES.iter().any(|(name, _)| name == *n))
            .map(|n| n.to_string())
            .collect();
        if !unknown.is_empty() {
            return Err(unknown);
        }
        for (flag, (name, _)) in OFF.iter().zip(RULES) {
            flag.store(names.contains(name), Ordering::Relaxed);
        }
        Ok(())
    }
}

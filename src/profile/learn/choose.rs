//! Choosing a field's rules from the judged proposals: the rule that reproduces the most
//! pages (and is seldom wrong where it finds a value), then, for the pages where it finds
//! nothing (an older design of the site), the next one, and so on. A field whose rules do
//! worse than the generic rules on one of the pages given is left out; so is one that does
//! better on fewer than two of them, unless three pages or more were labelled for it.

use super::draft::Draft;
use super::sample::{Judged, Target};

/// Below [`TIES_FROM`] labelled pages, a field's rules must do better than the generic rules
/// on at least this many of them: on one or two pages, a rule that wins on one page, or only
/// repeats what the generic rules find, is a guess that the site's next page (or next
/// design) may turn into a loss.
const MIN_WINS: usize = 2;

/// From this many labelled pages, rules that equal the generic rules on every page are kept:
/// they pin the site's template, so that the drift warnings say when it changes.
const TIES_FROM: usize = 3;

/// A page counts as won or lost when the rules' score and the generic rules' differ by more
/// than this (a body a few words longer or shorter is neither).
const PAGE_MARGIN: f64 = 0.01;

/// A rule must reproduce at least this many pages: one page cannot tell the site's
/// template from what happens to be on it.
const MIN_HITS: usize = 2;

/// How strict the choice is.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Policy {
    /// At most this many rules per field.
    pub max_rules: usize,
    /// Where a rule finds a value, at least this share must be right.
    pub min_precision: f64,
    /// The first rule must reproduce at least this share of the labelled pages.
    pub min_agreement: f64,
    /// Keep the rules only where, on the pages given, the profile first and the generic
    /// rules after it do worse than the generic rules alone on no page, and better on
    /// [`MIN_WINS`] pages or more (below [`TIES_FROM`] pages).
    pub against_generic: bool,
}

/// A chosen rule and how it did on the pages it served (those where no earlier rule of the
/// field found a value).
#[derive(Debug, Clone)]
pub(crate) struct Chosen {
    pub draft: Draft,
    pub index: usize,
    /// Pages where it found the expected value.
    pub hits: usize,
    /// Pages where it found another value.
    pub wrong: usize,
    /// Its summed score on the pages where it found a value.
    pub score: f64,
    /// The summed length of what it read there.
    pub raw_len: usize,
}

/// Chooses the rules of one field. `table[d][s]` is how draft `d` did on sample `s`;
/// `generic[s]` the generic rules' score there.
pub(crate) fn choose(
    target: Target,
    drafts: &[Draft],
    table: &[Vec<Option<Judged>>],
    generic: &[Option<f64>],
    policy: &Policy,
) -> Vec<Chosen> {
    let labelled: Vec<usize> = (0..generic.len())
        .filter(|&s| generic[s].is_some())
        .collect();
    let mut open = labelled.clone();
    let mut chosen: Vec<Chosen> = Vec::new();
    while chosen.len() < policy.max_rules && !open.is_empty() {
        let best = (0..drafts.len())
            .filter(|d| !chosen.iter().any(|c| c.index == *d))
            .map(|d| tally(target, d, &drafts[d], &table[d], &open))
            .filter(|c| {
                c.hits >= MIN_HITS
                    && c.hits as f64 >= policy.min_precision * (c.hits + c.wrong) as f64
            })
            .max_by(|a, b| {
                // Right more often, then closer to the values (a body without its
                // boilerplate), then reading less around them, then simpler.
                let key = |c: &Chosen| {
                    let closeness = (c.score * 1000.0).round() as i64;
                    (
                        c.hits as i64 - 2 * c.wrong as i64,
                        closeness,
                        -(c.raw_len as i64),
                        -(c.draft.cost() as i64),
                    )
                };
                key(a).cmp(&key(b)).then(b.draft.cmp(&a.draft))
            });
        let Some(best) = best else { break };
        open.retain(|&s| !table[best.index][s].is_some_and(|j| j.fired));
        chosen.push(best);
    }
    let enough = chosen
        .first()
        .is_some_and(|c| c.hits as f64 >= policy.min_agreement * labelled.len() as f64 - 1e-9);
    if !enough {
        return Vec::new();
    }
    if policy.against_generic {
        while !chosen.is_empty() && !holds_against_generic(&chosen, table, generic) {
            chosen.pop();
        }
    }
    chosen
}

/// How a draft does on the open pages.
fn tally(
    target: Target,
    index: usize,
    draft: &Draft,
    row: &[Option<Judged>],
    open: &[usize],
) -> Chosen {
    let mut chosen = Chosen {
        draft: draft.clone(),
        index,
        hits: 0,
        wrong: 0,
        score: 0.0,
        raw_len: 0,
    };
    for judged in open.iter().filter_map(|&s| row[s]) {
        if judged.fired {
            chosen.score += judged.score;
            chosen.raw_len += judged.raw_len;
        }
        if judged.hit(target) {
            chosen.hits += 1;
        } else if judged.fired {
            chosen.wrong += 1;
        }
    }
    chosen
}

/// Whether the rules, with the generic rules where they find nothing, do worse than the
/// generic rules alone on none of the labelled pages, and better on [`MIN_WINS`] or more
/// (or on none, from [`TIES_FROM`] pages).
fn holds_against_generic(
    chosen: &[Chosen],
    table: &[Vec<Option<Judged>>],
    generic: &[Option<f64>],
) -> bool {
    let mut wins = 0;
    for (s, generic_score) in generic.iter().enumerate() {
        let Some(generic_score) = generic_score else {
            continue;
        };
        let served = chosen
            .iter()
            .find_map(|c| table[c.index][s].filter(|j| j.fired));
        let learned = served.map_or(*generic_score, |j| j.score);
        if learned + PAGE_MARGIN < *generic_score {
            return false;
        }
        if learned > generic_score + PAGE_MARGIN {
            wins += 1;
        }
    }
    wins >= MIN_WINS || generic.iter().flatten().count() >= TIES_FROM
}

#[cfg(test)]
mod tests {
    use super::*;

    fn judged(fired: bool, score: f64) -> Option<Judged> {
        Some(Judged {
            fired,
            score,
            raw_len: 0,
        })
    }

    const POLICY: Policy = Policy {
        max_rules: 3,
        min_precision: 0.8,
        min_agreement: 0.0,
        against_generic: true,
    };

    #[test]
    fn a_second_rule_serves_the_older_design() {
        let drafts = [Draft::css("h1.new"), Draft::css("h2.old"), Draft::css("h1")];
        let table = vec![
            vec![
                judged(true, 1.0),
                judged(true, 1.0),
                judged(false, 0.0),
                judged(false, 0.0),
            ],
            vec![
                judged(false, 0.0),
                judged(false, 0.0),
                judged(true, 1.0),
                judged(true, 1.0),
            ],
            vec![
                judged(true, 1.0),
                judged(true, 1.0),
                judged(true, 0.0),
                judged(true, 0.0),
            ],
        ];
        let generic = vec![Some(1.0), Some(0.0), Some(0.0), Some(1.0)];
        let chosen = choose(Target::Headline, &drafts, &table, &generic, &POLICY);
        let names: Vec<_> = chosen
            .iter()
            .map(|c| c.draft.css.clone().unwrap())
            .collect();
        assert_eq!(names, ["h1.new", "h2.old"]);
        assert_eq!((chosen[0].hits, chosen[0].wrong), (2, 0));
    }

    #[test]
    fn a_rule_that_loses_one_page_or_wins_only_one_is_dropped() {
        let drafts = [Draft::css("h1.title")];
        // Right on three pages, wrong on the fourth, where the generic rules are right.
        let table = vec![vec![
            judged(true, 1.0),
            judged(true, 1.0),
            judged(true, 1.0),
            judged(true, 0.0),
        ]];
        let generic = vec![Some(0.0), Some(0.0), Some(1.0), Some(1.0)];
        assert!(choose(Target::Headline, &drafts, &table, &generic, &POLICY).is_empty());
        // Two pages, one won and one equal: one page is no evidence of the site's template.
        let table = vec![vec![judged(true, 1.0), judged(true, 1.0)]];
        let generic = vec![Some(0.0), Some(1.0)];
        assert!(choose(Target::Headline, &drafts, &table, &generic, &POLICY).is_empty());
        // Three pages, all equal: kept, to pin the template.
        let table = vec![vec![judged(true, 1.0); 3]];
        assert_eq!(
            choose(Target::Headline, &drafts, &table, &[Some(1.0); 3], &POLICY).len(),
            1
        );
    }

    #[test]
    fn rules_worse_than_the_generic_ones_are_dropped() {
        let drafts = [Draft::css(".text")];
        let table = vec![vec![judged(true, 0.85), judged(true, 0.9)]];
        let generic = vec![Some(0.97), Some(0.95)];
        assert!(choose(Target::Body, &drafts, &table, &generic, &POLICY).is_empty());
    }
}

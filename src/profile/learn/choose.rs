//! Choosing a field's rules from the judged proposals: the rule that reproduces the most
//! pages (and is seldom wrong where it finds a value), then, for the pages where it finds
//! nothing (an older design of the site), the next one, and so on. A field whose rules do
//! worse than the generic rules on the pages given is left out.

use super::draft::Draft;
use super::sample::{Judged, Target};

/// Below this many labelled pages, a field's rules must beat the generic rules on them, not
/// only equal them: on one or two pages, a rule that only repeats what the generic rules
/// find is a guess that the next design of the site may turn into junk.
const TIES_FROM: usize = 3;

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
    /// rules after it do at least as well as the generic rules alone.
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

/// Whether the rules, with the generic rules where they find nothing, score at least as
/// much as the generic rules alone over the labelled pages.
fn holds_against_generic(
    chosen: &[Chosen],
    table: &[Vec<Option<Judged>>],
    generic: &[Option<f64>],
) -> bool {
    let mut learned = 0.0;
    let mut plain = 0.0;
    let mut labelled = 0;
    for (s, generic_score) in generic.iter().enumerate() {
        let Some(generic_score) = generic_score else {
            continue;
        };
        plain += generic_score;
        labelled += 1;
        let served = chosen
            .iter()
            .find_map(|c| table[c.index][s].filter(|j| j.fired));
        learned += served.map_or(*generic_score, |j| j.score);
    }
    learned > plain + 1e-9 || (labelled >= TIES_FROM && learned + 1e-9 >= plain)
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
    fn rules_worse_than_the_generic_ones_are_dropped() {
        let drafts = [Draft::css(".text")];
        let table = vec![vec![judged(true, 0.85), judged(true, 0.9)]];
        let generic = vec![Some(0.97), Some(0.95)];
        assert!(choose(Target::Body, &drafts, &table, &generic, &POLICY).is_empty());
    }
}

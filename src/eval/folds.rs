//! Folds by host: pages split into K groups by a hash of their site, so that a change can be
//! judged on pages of sites it was not written for. Every page of one host lands in the same
//! fold, whatever else is in the corpus, and the split never changes between runs.
//!
//! A heuristic change earns its place when it loses on no fold, wins on at least two, and the
//! pages it improves come from three or more hosts; [`FoldComparison`] counts exactly that.

use std::collections::{BTreeMap, BTreeSet};

use super::report::{ALL, Report};
use super::score::{Metric, PageScores};

/// The site a page belongs to, for folding: the URL's host, lower case and without `www.`;
/// a page without a usable URL is a site of its own, named by its id.
///
/// ```
/// use newsprint::eval::host_key;
/// assert_eq!(host_key(Some("https://WWW.Bugle.example/a/b"), "p1"), "bugle.example");
/// assert_eq!(host_key(None, "p1"), "(no url) p1");
/// ```
pub fn host_key(url: Option<&str>, id: &str) -> String {
    let host = url
        .and_then(|u| url::Url::parse(u).ok())
        .and_then(|u| u.host_str().map(str::to_ascii_lowercase));
    match host {
        Some(host) => host.strip_prefix("www.").unwrap_or(&host).to_string(),
        None => format!("(no url) {id}"),
    }
}

/// The site a page belongs to, for learning a site's profile: as [`host_key`], but an
/// archived copy (the Wayback Machine, archive.today) is a page of the archived site, not of
/// the archive. Folds keep [`host_key`], so that their membership does not move.
///
/// ```
/// use newsprint::eval::site_key;
/// let copy = "https://web.archive.org/web/20150101000000/http://www.bugle.example/a";
/// assert_eq!(site_key(Some(copy), "p1"), "bugle.example");
/// assert_eq!(site_key(Some("https://bugle.example/b"), "p2"), "bugle.example");
/// assert_eq!(site_key(None, "p3"), "(no url) p3");
/// ```
pub fn site_key(url: Option<&str>, id: &str) -> String {
    match url.and_then(crate::archive::archived_url) {
        Some(archived) => host_key(Some(&archived), id),
        None => host_key(url, id),
    }
}

/// The fold (0-based, below `folds`) of a host key: FNV-1a of its bytes, so the split is the
/// same on every machine and in every run.
///
/// ```
/// use newsprint::eval::fold_of;
/// let fold = fold_of("bugle.example", 3);
/// assert!(fold < 3);
/// assert_eq!(fold, fold_of("bugle.example", 3));
/// ```
pub fn fold_of(host_key: &str, folds: usize) -> usize {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for byte in host_key.bytes() {
        hash ^= u64::from(byte);
        hash = hash.wrapping_mul(0x0100_0000_01b3);
    }
    (hash % folds.max(1) as u64) as usize
}

/// The figures of each fold: one [`Report`] per fold, and the hosts in it.
#[derive(Debug, Clone, Default)]
pub struct FoldReport {
    folds: Vec<Report>,
    hosts: Vec<BTreeSet<String>>,
}

impl FoldReport {
    /// An empty report over `folds` folds (at least one).
    pub fn new(folds: usize) -> FoldReport {
        let folds = folds.max(1);
        FoldReport {
            folds: vec![Report::new(); folds],
            hosts: vec![BTreeSet::new(); folds],
        }
    }

    /// How many folds there are.
    pub fn len(&self) -> usize {
        self.folds.len()
    }

    /// Always false: a fold report has at least one fold.
    pub fn is_empty(&self) -> bool {
        self.folds.is_empty()
    }

    /// Adds one page's scores to the fold of its host.
    pub fn add(&mut self, host_key: &str, page: &PageScores) {
        let fold = fold_of(host_key, self.folds.len());
        self.folds[fold].add(ALL, page);
        self.hosts[fold].insert(host_key.to_string());
    }

    /// A fold's pooled figure on a metric (`None` where no page of the fold applies).
    pub fn value(&self, fold: usize, metric: Metric) -> Option<f64> {
        self.folds.get(fold)?.figure(ALL, metric)?.value
    }

    /// The pages and hosts of a fold.
    pub fn size(&self, fold: usize) -> (usize, usize) {
        let pages = self.folds.get(fold).map_or(0, |r| r.pages(ALL));
        (pages, self.hosts.get(fold).map_or(0, BTreeSet::len))
    }

    /// The largest minus the smallest fold figure of a metric.
    pub fn spread(&self, metric: Metric) -> Option<f64> {
        let values: Vec<f64> = (0..self.len())
            .filter_map(|f| self.value(f, metric))
            .collect();
        let max = values.iter().copied().reduce(f64::max)?;
        let min = values.iter().copied().reduce(f64::min)?;
        Some(max - min)
    }

    /// The figures as a table: a row per fold (pages, hosts, then the metrics of
    /// [`super::TABLE_METRICS`]) and a `spread` row.
    pub fn table(&self) -> String {
        let metrics = super::TABLE_METRICS;
        let mut header = vec!["fold".to_string(), "pages".into(), "hosts".into()];
        header.extend(metrics.iter().map(|m| m.name().to_string()));
        let mut rows = vec![header];
        for fold in 0..self.len() {
            let (pages, hosts) = self.size(fold);
            let mut row = vec![format!("fold {}", fold + 1), pages.to_string()];
            row.push(hosts.to_string());
            for metric in metrics {
                let figure = self.folds[fold].figure(ALL, metric);
                row.push(super::figure_cell(figure));
            }
            rows.push(row);
        }
        let mut spread = vec!["spread".to_string(), String::new(), String::new()];
        spread.extend(metrics.iter().map(|&m| match self.spread(m) {
            Some(s) => format!("{s:.3}"),
            None => "-".to_string(),
        }));
        rows.push(spread);
        super::render_columns(&rows)
    }
}

/// A metric's verdict between two runs over the same pages: the change in each fold, and
/// the pages (and their hosts) that scored better or worse.
#[derive(Debug, Clone, PartialEq)]
pub struct MetricChange {
    /// The metric.
    pub metric: Metric,
    /// Per fold: the figure after minus the figure before (`None` where no page applies).
    pub fold_deltas: Vec<Option<f64>>,
    /// The pages whose own score rose.
    pub better_pages: usize,
    /// The hosts of those pages.
    pub better_hosts: usize,
    /// The pages whose own score fell.
    pub worse_pages: usize,
    /// The hosts of those pages.
    pub worse_hosts: usize,
}

impl MetricChange {
    /// The folds where the figure rose, and where it fell, by more than `tolerance`.
    pub fn wins_and_losses(&self, tolerance: f64) -> (usize, usize) {
        let deltas = self.fold_deltas.iter().flatten();
        let wins = deltas.clone().filter(|d| **d > tolerance).count();
        (wins, deltas.filter(|d| **d < -tolerance).count())
    }

    /// The project's rule for a heuristic change: no fold lost, two folds won, better pages
    /// on three or more hosts.
    pub fn earns_its_place(&self) -> bool {
        let (wins, losses) = self.wins_and_losses(FOLD_TOLERANCE);
        losses == 0 && wins >= 2 && self.better_hosts >= 3
    }
}

/// A fold figure that moves by less than this has not moved (float noise).
pub const FOLD_TOLERANCE: f64 = 1e-9;

/// One page's scores in a run, as kept for a later comparison.
#[derive(Debug, Clone)]
pub struct PageRun {
    /// The page's host key ([`host_key`]).
    pub host: String,
    /// Its scores.
    pub scores: PageScores,
}

/// Compares two runs over the same pages (keyed by page id), metric by metric, by fold.
/// Pages present in only one run are left out.
pub fn compare_runs(
    before: &BTreeMap<String, PageRun>,
    after: &BTreeMap<String, PageRun>,
    folds: usize,
) -> Vec<MetricChange> {
    let mut old = FoldReport::new(folds);
    let mut new = FoldReport::new(folds);
    let shared: Vec<(&PageRun, &PageRun)> = before
        .iter()
        .filter_map(|(id, b)| after.get(id).map(|a| (b, a)))
        .collect();
    for (b, a) in &shared {
        old.add(&b.host, &b.scores);
        new.add(&a.host, &a.scores);
    }
    super::TABLE_METRICS
        .iter()
        .map(|&metric| {
            let fold_deltas = (0..old.len())
                .map(|f| Some(new.value(f, metric)? - old.value(f, metric)?))
                .collect();
            let page_delta = |(b, a): &(&PageRun, &PageRun)| {
                let value = |run: &PageRun| run.scores.get(metric).and_then(|s| s.value());
                Some(value(a)? - value(b)?)
            };
            let moved = |better: bool| {
                let pages: Vec<&str> = shared
                    .iter()
                    .filter(|pair| {
                        page_delta(pair).is_some_and(|d| if better { d > 1e-9 } else { d < -1e-9 })
                    })
                    .map(|(_, a)| a.host.as_str())
                    .collect();
                let hosts: BTreeSet<&str> = pages.iter().copied().collect();
                (pages.len(), hosts.len())
            };
            let (better_pages, better_hosts) = moved(true);
            let (worse_pages, worse_hosts) = moved(false);
            MetricChange {
                metric,
                fold_deltas,
                better_pages,
                better_hosts,
                worse_pages,
                worse_hosts,
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::eval::score::Score;

    fn run(host: &str, title: f64) -> PageRun {
        let mut scores = PageScores::default();
        scores.insert(Metric::Title, Score::share(title));
        PageRun {
            host: host.to_string(),
            scores,
        }
    }

    #[test]
    fn every_page_of_a_host_shares_its_fold() {
        let a = host_key(Some("https://news.bugle.example/x"), "1");
        let b = host_key(Some("http://news.bugle.example/y?z=1"), "2");
        assert_eq!(fold_of(&a, 3), fold_of(&b, 3));
        let spread: BTreeSet<usize> = (0..60)
            .map(|i| fold_of(&format!("site{i}.example"), 3))
            .collect();
        assert_eq!(spread.len(), 3, "sixty hosts fill all three folds");
    }

    #[test]
    fn a_change_on_many_hosts_earns_its_place_and_a_one_page_change_does_not() {
        let hosts: Vec<String> = (0..30).map(|i| format!("site{i}.example")).collect();
        let before: BTreeMap<String, PageRun> =
            hosts.iter().map(|h| (h.clone(), run(h, 0.0))).collect();
        let all_better: BTreeMap<String, PageRun> =
            hosts.iter().map(|h| (h.clone(), run(h, 1.0))).collect();
        let change = &compare_runs(&before, &all_better, 3)
            .into_iter()
            .find(|c| c.metric == Metric::Title)
            .unwrap();
        assert_eq!((change.better_pages, change.better_hosts), (30, 30));
        assert_eq!(change.wins_and_losses(FOLD_TOLERANCE), (3, 0));
        assert!(change.earns_its_place());

        let mut one_better = before.clone();
        one_better.insert(hosts[0].clone(), run(&hosts[0], 1.0));
        let change = &compare_runs(&before, &one_better, 3)
            .into_iter()
            .find(|c| c.metric == Metric::Title)
            .unwrap();
        assert_eq!((change.better_pages, change.better_hosts), (1, 1));
        assert!(!change.earns_its_place());
    }

    #[test]
    fn spread_is_the_gap_between_the_best_and_the_worst_fold() {
        let mut report = FoldReport::new(3);
        for i in 0..30 {
            let host = format!("site{i}.example");
            let title = if fold_of(&host, 3) == 0 { 1.0 } else { 0.0 };
            report.add(&host, &run(&host, title).scores);
        }
        assert_eq!(report.spread(Metric::Title), Some(1.0));
        assert!(report.table().lines().last().unwrap().starts_with("spread"));
    }
}

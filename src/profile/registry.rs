//! The registry: the built-in profiles (one TOML file each under `sites/`, one line each in
//! [`BUILTIN`]) and the user's, and the choice of the profile for a page: by host first, then
//! by a platform's fingerprint.

use std::sync::{Arc, LazyLock};

use super::Profile;
use crate::dom::Document;
use crate::signals::Signals;

/// The built-in profiles. To add a site, add its file under `src/profile/sites/` and one
/// line here.
const BUILTIN: &[(&str, &str)] = &[
    ("nepalnews", include_str!("sites/nepalnews.toml")),
    ("wordpress", include_str!("sites/wordpress.toml")),
];

/// The built-in profiles, compiled once per process. A built-in that fails to load is left
/// out (the test suite checks that none does).
static BUILTIN_PROFILES: LazyLock<Vec<Arc<Profile>>> = LazyLock::new(|| {
    BUILTIN
        .iter()
        .filter_map(|(_, text)| Profile::from_toml(text).ok().map(Arc::new))
        .collect()
});

/// The profiles an extractor knows.
#[derive(Debug, Clone, Default)]
pub(crate) struct Registry {
    profiles: Vec<Arc<Profile>>,
}

impl Registry {
    /// The built-in profiles.
    pub(crate) fn builtin() -> Self {
        Registry {
            profiles: BUILTIN_PROFILES.clone(),
        }
    }

    /// Adds a profile; one with the same id is replaced.
    pub(crate) fn add(&mut self, profile: Profile) {
        self.profiles.retain(|p| p.id != profile.id);
        self.profiles.push(Arc::new(profile));
    }

    /// Every profile, built-ins first.
    pub(crate) fn profiles(&self) -> impl Iterator<Item = &Profile> {
        self.profiles.iter().map(|p| &**p)
    }

    /// The profile for a page: a site profile whose hosts match (the page's hosts in order:
    /// its URL's, then an archived copy's original), else a platform profile whose
    /// fingerprint matches.
    pub(crate) fn find(
        &self,
        hosts: &[String],
        doc: &Document,
        signals: &Signals,
        html: &str,
    ) -> Option<&Profile> {
        for host in hosts {
            // The most specific host wins: a user's "news.example.com" over "example.com".
            let by_host = self
                .profiles()
                .filter(|p| p.matches_host(host))
                .max_by_key(|p| p.hosts.iter().map(String::len).max());
            if by_host.is_some() {
                return by_host;
            }
        }
        self.profiles().find(|p| {
            p.hosts.is_empty()
                && p.fingerprint
                    .as_ref()
                    .is_some_and(|fp| fingerprint_matches(fp, doc, signals, html))
        })
    }
}

fn fingerprint_matches(
    fp: &super::Fingerprint,
    doc: &Document,
    signals: &Signals,
    html: &str,
) -> bool {
    let generator_ok = fp.generator.as_ref().is_none_or(|g| {
        signals
            .meta
            .all("generator")
            .any(|v| v.to_lowercase().contains(g.as_str()))
    });
    let selector_ok = fp.selector.as_ref().is_none_or(|s| s.first(doc).is_some());
    let found = fp
        .contains
        .iter()
        // Each clue is looked for in the whole page; memchr's searcher scans it in wider
        // steps than `str::contains`.
        .filter(|c| memchr::memmem::find(html.as_bytes(), c.as_bytes()).is_some())
        .take(fp.min_contains)
        .count();
    let contains_ok = fp.contains.is_empty() || found >= fp.min_contains.min(fp.contains.len());
    generator_ok && selector_ok && contains_ok
}

/// The built-in profile files, for tests and `profiles list`.
pub(crate) fn builtin_sources() -> &'static [(&'static str, &'static str)] {
    BUILTIN
}

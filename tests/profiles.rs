//! The built-in profiles: each parses, hosts are unique, each has a fixture, and each
//! profile's own `[[test]]` entries pass.

use std::path::Path;

use newsprint::Extractor;

#[test]
fn builtin_profiles_pass_their_own_tests() {
    let extractor = Extractor::new();
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut report = Vec::new();
    for profile in extractor.profiles() {
        let failures = profile
            .run_tests(root)
            .expect("fixtures of built-in profiles exist");
        report.extend(failures.iter().map(ToString::to_string));
    }
    assert!(report.is_empty(), "{}", report.join("\n"));
}

#[test]
fn builtin_profiles_all_load_with_unique_hosts_and_a_fixture() {
    let extractor = Extractor::new();
    let profiles: Vec<_> = extractor.profiles().collect();
    assert_eq!(
        profiles.len(),
        newsprint::profile::builtin_count(),
        "a built-in profile failed to load"
    );
    let mut hosts: Vec<&str> = profiles
        .iter()
        .flat_map(|p| p.host_list().iter().map(String::as_str))
        .collect();
    let all = hosts.len();
    hosts.sort();
    hosts.dedup();
    assert_eq!(
        hosts.len(),
        all,
        "a host is claimed by two built-in profiles"
    );
    for p in &profiles {
        assert!(
            p.test_count() > 0,
            "built-in profile {:?} has no [[test]] with a fixture",
            p.id()
        );
    }
}

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

/// A user profile whose selector chains thousands of steps is refused at load with an error
/// naming the profile, the field and the rule, instead of overflowing the stack when matched.
#[test]
fn a_selector_too_deep_is_refused_at_load() {
    let deep = vec!["div"; 30_000].join(" ");
    let toml = format!(
        "id = \"example-deep\"\nhosts = [\"deep.example.com\"]\n\n[[fields.headline]]\ncss = \"h1\"\n\n[[fields.headline]]\ncss = \"{deep}\"\n"
    );
    let error = newsprint::profile::Profile::from_toml(&toml).unwrap_err();
    let message = error.to_string();
    assert!(error.is_profile());
    assert!(message.contains("example-deep"), "{message}");
    assert!(message.contains("field \"headline\": rule 2"), "{message}");
    assert!(
        message.contains("29999 combinators, at most 64"),
        "{message}"
    );

    let nested = format!("{}p{}", ":not(".repeat(5_000), ")".repeat(5_000));
    let toml = toml.replace(&deep, &nested);
    let message = newsprint::profile::Profile::from_toml(&toml)
        .unwrap_err()
        .to_string();
    assert!(
        message.contains("brackets nested deeper than 16"),
        "{message}"
    );
}

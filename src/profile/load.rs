//! Compiling a TOML spec into a [`Profile`]: every selector, regex, format and time zone is
//! parsed here, and a bad one is an error naming the file, the profile, the field and the rule.

use std::path::PathBuf;

use super::rule::parse_selector;
use super::spec::{ProfileSpec, RuleSpec};
use super::{Fingerprint, Profile, Rule, fillable};
use crate::error::{Error, ProfileError};

pub(super) fn from_toml(text: &str, origin: Option<PathBuf>) -> Result<Profile, Error> {
    let spec: ProfileSpec = toml::from_str(text).map_err(|source| Error::Profile {
        file: origin.clone(),
        profile: id_guess(text),
        place: String::new(),
        cause: Box::new(ProfileError::Toml {
            source: Box::new(source),
        }),
    })?;
    let mut profile = Profile::new(spec.id.clone()).hosts(spec.hosts.iter().cloned());
    profile.origin = origin;
    profile.name = spec.name;
    profile.version = spec.version;
    profile.language = spec.language;
    profile.verify = spec.verify;
    profile.tests = spec.tests;
    if let Some(zone) = &spec.timezone {
        profile = profile.timezone(zone)?;
    }
    if let Some(fp) = spec.fingerprint {
        let selector = fp
            .selector
            .as_deref()
            .map(|s| parse_selector(s).map_err(|cause| profile.error("match", cause)))
            .transpose()?;
        profile.fingerprint = Some(Fingerprint {
            generator: fp.generator.map(|g| g.to_lowercase()),
            selector,
            contains: fp.contains,
            min_contains: fp.min_contains.unwrap_or(1).max(1),
        });
    }
    for (field, value) in flatten_fields(&spec.fields, "") {
        let Some(name) = fillable(&field) else {
            return Err(profile.error("", ProfileError::UnknownField { name: field }));
        };
        let rules = compile_rules(&profile, name.as_str(), value)?;
        profile.fields.push((name, rules));
    }
    if profile.hosts.is_empty() && profile.fingerprint.is_none() {
        return Err(profile.error(
            "",
            ProfileError::Shape("needs `hosts` or a `[match]` fingerprint".into()),
        ));
    }
    Ok(profile)
}

/// The id written in a file that failed to parse, for the error message.
fn id_guess(text: &str) -> String {
    text.lines()
        .find_map(|l| {
            let (k, v) = l.split_once('=')?;
            (k.trim() == "id").then(|| v.trim().trim_matches('"').to_string())
        })
        .unwrap_or_else(|| "?".into())
}

/// `publisher = { editor = [...] }` → `("publisher.editor", [...])`.
fn flatten_fields<'a>(table: &'a toml::Table, prefix: &str) -> Vec<(String, &'a toml::Value)> {
    let mut out = Vec::new();
    for (key, value) in table {
        let name = if prefix.is_empty() {
            key.clone()
        } else {
            format!("{prefix}.{key}")
        };
        match value {
            toml::Value::Table(inner) => out.extend(flatten_fields(inner, &name)),
            other => out.push((name, other)),
        }
    }
    out
}

fn compile_rules(profile: &Profile, field: &str, value: &toml::Value) -> Result<Vec<Rule>, Error> {
    let specs: Vec<RuleSpec> = value.clone().try_into().map_err(|source| {
        profile.error(
            &format!("field {field:?}"),
            ProfileError::Toml {
                source: Box::new(source),
            },
        )
    })?;
    specs
        .into_iter()
        .enumerate()
        .map(|(i, spec)| {
            compile_rule(spec).map_err(|e| {
                let place = format!("field {field:?}: rule {}", i + 1);
                profile.error(&place, rule_cause(e))
            })
        })
        .collect()
}

/// The cause inside an error from a rule constructor.
fn rule_cause(error: Error) -> ProfileError {
    match error {
        Error::Rule { cause } => cause,
        Error::Profile { cause, .. } => *cause,
        other => ProfileError::Shape(other.to_string()),
    }
}

fn shape(message: &str) -> Error {
    ProfileError::Shape(message.to_string()).into()
}

fn compile_rule(spec: RuleSpec) -> Result<Rule, Error> {
    let sources = [
        &spec.css,
        &spec.meta,
        &spec.jsonld,
        &spec.state,
        &spec.value,
    ]
    .iter()
    .filter(|s| s.is_some())
    .count();
    if sources != 1 {
        return Err(shape(
            "needs exactly one of `css`, `meta`, `jsonld`, `state`, `value`",
        ));
    }
    let mut rule = if let Some(css) = &spec.css {
        Rule::css(css)?
    } else if let Some(meta) = &spec.meta {
        Rule::meta(meta)
    } else if let Some(path) = &spec.jsonld {
        Rule::jsonld(path)
    } else if let Some(state) = &spec.state {
        Rule::state(state)?
    } else {
        Rule::value(spec.value.as_deref().unwrap_or_default())
    };
    if let Some(attr) = &spec.attr {
        if spec.css.is_none() {
            return Err(shape("`attr` goes with `css`"));
        }
        rule = rule.attr(attr);
    }
    if let Some(re) = &spec.regex {
        rule = rule.regex(re)?;
    }
    for f in spec.format.map(|f| f.into_vec()).unwrap_or_default() {
        rule = rule.format(&f)?;
    }
    if let Some(p) = &spec.strip_prefix {
        rule = rule.strip_prefix(p);
    }
    if let Some(s) = &spec.strip_suffix {
        rule = rule.strip_suffix(s);
    }
    if let Some(s) = &spec.split {
        rule = rule.split(s);
    }
    for e in &spec.exclude {
        rule = rule.exclude(e)?;
    }
    if let Some(w) = &spec.within {
        if spec.css.is_none() {
            return Err(shape("`within` goes with `css`"));
        }
        rule = rule.within(w)?;
    }
    Ok(rule)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn err(text: &str) -> String {
        from_toml(text, Some("p.toml".into()))
            .unwrap_err()
            .to_string()
    }

    #[test]
    fn errors_name_the_file_profile_field_and_rule() {
        let e = err(r#"id = "nepalnews"
            hosts = ["nepalnews.com"]
            [fields]
            published = [{ css = ".date" }, { css = ".date", format = "%Y %q" }]"#);
        assert_eq!(
            e,
            r#"p.toml: profile "nepalnews": field "published": rule 2: invalid format "%Y %q""#
        );
        let e = err(r#"id = "x"
            hosts = ["x.com"]
            [fields]
            headline = [{ css = "h1[" }]"#);
        assert!(
            e.starts_with(r#"p.toml: profile "x": field "headline": rule 1: invalid selector"#),
            "{e}"
        );
        let e = err("id = \"x\"\nhosts = [\"x.com\"]\n[fields]\nheadlin = [{ css = \"h1\" }]");
        assert!(e.contains(r#"unknown field "headlin""#), "{e}");
        let e = err("id = \"x\"\nhosts = [\"x.com\"]\ntimezone = \"Mars/Olympus\"");
        assert!(e.contains("invalid timezone"), "{e}");
        let e = err(
            "id = \"x\"\nhosts = [\"x.com\"]\n[fields]\ntags = [{ css = \"a\", meta = \"k\" }]",
        );
        assert!(e.contains("exactly one of"), "{e}");
        let e = err(
            "id = \"x\"\nhosts = [\"x.com\"]\n[fields]\nauthors = [{ meta = \"author\", within = \"article\" }]",
        );
        assert!(e.contains("`within` goes with `css`"), "{e}");
        let e = err(
            "id = \"x\"\nhosts = [\"x.com\"]\n[fields]\nauthors = [{ css = \"a\", within = \"[\" }]",
        );
        assert!(e.contains("rule 1: invalid selector"), "{e}");
        assert!(err("id = \"x\"\nbogus = 1").contains("invalid TOML"));
        let e =
            err("id = \"x\"\nhosts = [\"x.com\"]\n[fields]\nheadline = [{ state = \"title\" }]");
        assert!(
            e.contains(r#"rule 1: state "title": needs `NAME:PATH`"#),
            "{e}"
        );
        let e = err(
            "id = \"x\"\nhosts = [\"x.com\"]\n[fields]\nheadline = [{ state = \"a b:title\" }]",
        );
        assert!(e.contains("invalid state name"), "{e}");
        let e = err("id = \"x\"\nhosts = [\"x.com\"]\n[fields]\nheadline = [{ state = \"a:b[\" }]");
        assert!(e.contains(r#"invalid state path "b[""#), "{e}");
    }

    #[test]
    fn errors_keep_their_causes() {
        use std::error::Error as _;
        let e = from_toml(
            "id = \"x\"\nhosts = [\"x.com\"]\n[fields]\nheadline = [{ css = \"h1\", regex = \"(\" }]",
            None,
        )
        .unwrap_err();
        let cause = e.source().expect("the profile error has a cause");
        assert!(
            cause.to_string().starts_with("invalid regex \"(\""),
            "{cause}"
        );
        // The regex crate's own error sits behind the cause.
        assert!(cause.source().is_some());
        assert!(matches!(
            e.profile_error(),
            Some(ProfileError::Regex { pattern, .. }) if pattern == "("
        ));
        let e = from_toml("id = \"x\"\nbogus = 1", None).unwrap_err();
        assert!(matches!(e.profile_error(), Some(ProfileError::Toml { .. })));
        let e = Rule::css("p").unwrap().format("%q").unwrap_err();
        assert!(matches!(
            e,
            Error::Rule {
                cause: ProfileError::Format { .. }
            }
        ));
    }

    #[test]
    fn nested_publisher_tables_flatten() {
        let p = from_toml(
            r#"id = "x"
            hosts = ["x.com"]
            [fields]
            publisher.editor = [{ css = ".editor", strip_prefix = "Editor:" }]
            publisher.copyright = [{ css = ".copy" }]"#,
            None,
        )
        .unwrap();
        let mut names = p.field_names();
        names.sort();
        assert_eq!(names, vec!["publisher.copyright", "publisher.editor"]);
    }
}

//! The JSON contract of the record: every fixture's snapshot reads back into an `Article` and
//! writes out unchanged, the JSON Schema in `schema/article.schema.json` is the one the types
//! generate, and every snapshot is valid against it.

use std::fs;
use std::path::{Path, PathBuf};

use newsprint::{Article, SCHEMA_VERSION};
use serde_json::Value;

const SCHEMA_FILE: &str = "schema/article.schema.json";

/// The JSON of every snapshot in `tests/snapshots/`, by file name.
fn snapshots() -> Vec<(String, Value)> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/snapshots");
    let mut paths: Vec<PathBuf> = fs::read_dir(&dir)
        .expect("tests/snapshots")
        .map(|e| e.expect("entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "snap"))
        .collect();
    paths.sort();
    assert!(paths.len() >= 20, "only {} snapshots", paths.len());
    paths
        .iter()
        .map(|path| {
            let text = fs::read_to_string(path).expect("snapshot");
            // An insta snapshot is a `---` header, then the content after the second `---`.
            let (_, content) = text[3..].split_once("\n---\n").expect("insta header");
            let name = path.file_name().unwrap().to_string_lossy().into_owned();
            (name, serde_json::from_str(content).expect("snapshot JSON"))
        })
        .collect()
}

/// The schema the types generate, as the file holds it.
fn generated_schema() -> String {
    let schema = newsprint::schemars::schema_for!(Article);
    let mut text = serde_json::to_string_pretty(&schema).expect("schema JSON");
    text.push('\n');
    text
}

#[test]
fn every_snapshot_round_trips_through_article() {
    for (name, json) in snapshots() {
        let article: Article = serde_json::from_value(json.clone())
            .unwrap_or_else(|e| panic!("{name}: does not read back: {e}"));
        assert_eq!(article.schema_version.0, SCHEMA_VERSION, "{name}");
        // Through text, as the CLI writes it: a `to_value` would widen the f32 confidences.
        let text = serde_json::to_string(&article).expect("serialize");
        let again: Value = serde_json::from_str(&text).expect("JSON");
        assert_eq!(again, json, "{name}: changed on the way back");
    }
}

#[test]
fn schema_file_is_the_generated_schema() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join(SCHEMA_FILE);
    let generated = generated_schema();
    let on_disk = fs::read_to_string(&path).unwrap_or_default();
    if on_disk != generated {
        // Written here so that a change to the types brings its schema along; the failure
        // asks for the new file to be reviewed and committed.
        fs::create_dir_all(path.parent().unwrap()).expect("schema/");
        fs::write(&path, &generated).expect("write schema");
        panic!("{SCHEMA_FILE} was out of date and has been rewritten: review and commit it");
    }
}

#[test]
fn every_snapshot_is_valid_against_the_schema() {
    let schema: Value = serde_json::from_str(&generated_schema()).expect("schema");
    let validator = jsonschema::validator_for(&schema).expect("a valid JSON Schema");
    for (name, json) in snapshots() {
        let errors: Vec<String> = validator
            .iter_errors(&json)
            .map(|e| format!("{} at {}", e, e.instance_path))
            .collect();
        assert!(errors.is_empty(), "{name}: {errors:#?}");
    }
}

#[test]
fn the_schema_rejects_what_the_contract_rules_out() {
    let schema: Value = serde_json::from_str(&generated_schema()).expect("schema");
    let validator = jsonschema::validator_for(&schema).expect("a valid JSON Schema");
    let good = serde_json::json!({
        "schema_version": 1,
        "headline": "Harbor ferry returns",
        "published": {"iso": "2024-07-22T12:40:00+02:00", "precision": "hour",
                      "offset_source": "reference", "raw": "3 hours ago"},
        "authors": [{"name": "Ann Lee", "kind": "person"}],
    });
    assert!(validator.is_valid(&good));
    let mut flat_date = good.clone();
    flat_date["published"] = Value::from("2024-07-22T12:40:00+02:00");
    assert!(!validator.is_valid(&flat_date));
    let mut bad_kind = good.clone();
    bad_kind["authors"][0]["kind"] = Value::from("robot");
    assert!(!validator.is_valid(&bad_kind));
    let mut bad_iso = good;
    bad_iso["published"]["iso"] = Value::from("22 July 2024");
    assert!(!validator.is_valid(&bad_iso));
}

#[test]
fn a_timestamp_reads_back_with_its_precision_and_offset_source() {
    let json = serde_json::json!({
        "published": {"iso": "2024-07-22T12:40:00+02:00", "precision": "hour",
                      "offset_source": "reference", "raw": "3 hours ago"},
        "modified": {"iso": "2019-10-16T14:05:00", "precision": "minute",
                     "offset_source": "unknown", "raw": "16.10.2019 14:05"},
    });
    let article: Article = serde_json::from_value(json).expect("reads");
    let published = article.published.expect("published");
    assert_eq!(published.precision, newsprint::Precision::Hour);
    assert_eq!(published.offset_source, newsprint::OffsetSource::Reference);
    assert_eq!(published.offset.map(|o| o.local_minus_utc()), Some(7200));
    assert_eq!(published.raw, "3 hours ago");
    let modified = article.modified.expect("modified");
    assert_eq!(modified.offset, None);
    assert_eq!(modified.to_iso(), "2019-10-16T14:05:00");

    let bad = serde_json::json!({"published": {"iso": "yesterday", "precision": "day",
                                               "offset_source": "unknown", "raw": "x"}});
    let err = serde_json::from_value::<Article>(bad)
        .unwrap_err()
        .to_string();
    assert!(err.contains("\"yesterday\" is not ISO 8601"), "{err}");
}

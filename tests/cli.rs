//! The `newsprint` command line, run as a process: the bare and `extract` forms, standard
//! input, gzip, errors and exit statuses, and `eval` over a small synthetic corpus (the
//! shared corpus is used only where it is present, and never copied).

#![cfg(feature = "cli")]

mod common;
use common::*;

use std::fs;
use std::path::Path;

const PAGE: &str = r#"<html lang="en"><head><title>Storm hits coast | Daily Bugle</title>
<meta property="og:site_name" content="Daily Bugle"></head>
<body><article><h1>Storm hits coast</h1>
<p>A storm hit the coast on Tuesday, cutting power to thousands of homes.</p>
<p>Crews worked through the night to restore the lines, officials said.</p>
</article></body></html>"#;

#[test]
fn bare_form_extract_subcommand_stdin_and_gzip_agree() {
    let dir = scratch("forms");
    let html = dir.join("page.html");
    fs::write(&html, PAGE).unwrap();
    let gz = dir.join("page.html.gz");
    fs::write(&gz, gzip(PAGE.as_bytes())).unwrap();

    let bare = newsprint(&[path_str(&html), "--compact"]);
    assert!(bare.status.success(), "{}", stderr(&bare));
    let json = stdout(&bare);
    assert_eq!(json.lines().count(), 1);
    let article: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert!(article.is_object());

    let sub = newsprint(&["extract", path_str(&html), "--compact"]);
    assert_eq!(stdout(&sub), json);
    let piped = with_stdin(&["-", "--compact"], PAGE.as_bytes());
    assert_eq!(stdout(&piped), json);
    let zipped = newsprint(&[path_str(&gz), "--compact"]);
    assert_eq!(stdout(&zipped), json);
    let zipped_stdin = with_stdin(&["extract", "-", "--compact"], &gzip(PAGE.as_bytes()));
    assert_eq!(stdout(&zipped_stdin), json);

    let pretty = newsprint(&[
        path_str(&html),
        "--url",
        "https://example.com/2024/03/05/storm",
    ]);
    assert!(pretty.status.success());
    let pretty_json: serde_json::Value = serde_json::from_str(&stdout(&pretty)).unwrap();
    assert!(pretty_json.is_object());
    let _ = fs::remove_dir_all(dir);
}

#[test]
fn markdown_numbers_the_items_of_numbered_lists() {
    let page = PAGE.replace(
        "</article>",
        "<ol start='3'><li>Check the lines.</li><li>Call the crews.</li></ol>\
         <ul><li>A bullet.</li></ul></article>",
    );
    let out = with_stdin(&["-", "--format", "markdown"], page.as_bytes());
    assert!(out.status.success(), "{}", stderr(&out));
    let text = stdout(&out);
    assert!(
        text.contains("3. Check the lines.\n\n4. Call the crews.\n\n- A bullet."),
        "{text}"
    );
    let json = with_stdin(&["-", "--fields", "body", "--compact"], page.as_bytes());
    assert!(
        stdout(&json).contains(r#""text":"Check the lines.","number":3"#),
        "{}",
        stdout(&json)
    );
}

#[test]
fn fields_text_is_the_body_as_plain_text_and_records_carry_their_schema_version() {
    let out = with_stdin(&["-", "--fields", "headline,text"], PAGE.as_bytes());
    assert!(out.status.success(), "{}", stderr(&out));
    let record: serde_json::Value = serde_json::from_str(&stdout(&out)).unwrap();
    assert_eq!(
        record,
        serde_json::json!({
            "headline": "Storm hits coast",
            "text": "A storm hit the coast on Tuesday, cutting power to thousands of homes.\n\n\
                     Crews worked through the night to restore the lines, officials said."
        })
    );
    let whole = with_stdin(&["-", "--compact"], PAGE.as_bytes());
    let whole: serde_json::Value = serde_json::from_str(&stdout(&whole)).unwrap();
    assert_eq!(whole["schema_version"], newsprint::SCHEMA_VERSION);
    assert!(
        whole.get("text").is_none(),
        "text is only written on request"
    );
}

#[test]
fn fields_write_what_the_full_record_writes_in_its_key_order() {
    let page = "<html><head><meta property=\"article:published_time\" \
                content=\"2024-03-05T09:30:00+01:00\"></head><body><article>\
                <h1>Storm hits coast</h1><p class=\"byline\">By Mara Lind</p>\
                <p>A storm hit the coast on Tuesday, cutting power to thousands of homes.</p>\
                </article></body></html>";
    let whole = stdout(&with_stdin(&["-", "--compact"], page.as_bytes()));
    let cut = stdout(&with_stdin(
        &["-", "--compact", "--fields", "published,dateline,authors"],
        page.as_bytes(),
    ));
    // Each kept field is the full record's text, nested keys in the same order.
    let published = whole.split("\"published\":").nth(1).unwrap();
    let published = &published[..published.find('}').unwrap() + 1];
    assert!(
        cut.starts_with(&format!("{{\"published\":{published},\"authors\":[")),
        "{cut}"
    );
    // A field the page does not have (no dateline) is left out, as in the full record.
    assert!(!whole.contains("\"dateline\""), "{whole}");
    assert!(!cut.contains("dateline") && !cut.contains("null"), "{cut}");
}

#[test]
fn usage_errors_exit_2_and_name_the_file() {
    let none = newsprint(&[]);
    assert_eq!(none.status.code(), Some(2));

    let unknown = newsprint(&["--no-such-option", "x.html"]);
    assert_eq!(unknown.status.code(), Some(2));

    let missing = newsprint(&["/no/such/page.html"]);
    assert_eq!(missing.status.code(), Some(2));
    let message = stderr(&missing);
    assert!(
        message.contains("/no/such/page.html: no such file"),
        "{message}"
    );
    assert!(!message.contains("panicked"));

    let no_dir = newsprint(&["eval", "/no/such/dir"]);
    assert_eq!(no_dir.status.code(), Some(2));
    assert!(stderr(&no_dir).contains("/no/such/dir: not a directory"));
}

#[test]
fn broken_gzip_is_a_reported_failure() {
    let dir = scratch("badgz");
    let fake = dir.join("page.html.gz");
    fs::write(&fake, PAGE).unwrap();
    // one page alone: an error record and a message, exit 0 as for a batch; 1 with --strict
    let out = newsprint(&[path_str(&fake)]);
    assert_eq!(out.status.code(), Some(0));
    assert!(stderr(&out).contains("not gzip data"));
    let record: serde_json::Value = serde_json::from_str(&stdout(&out)).unwrap();
    assert!(record["error"].as_str().unwrap().contains("not gzip data"));
    let strict = newsprint(&[path_str(&fake), "--strict"]);
    assert_eq!(strict.status.code(), Some(1));
    assert!(stderr(&strict).contains("1 of 1 pages failed (--strict)"));

    let truncated = dir.join("cut.html.gz");
    let zipped = gzip(PAGE.as_bytes());
    fs::write(&truncated, &zipped[..zipped.len() / 2]).unwrap();
    let out = newsprint(&[path_str(&truncated), "--strict"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr(&out).contains("cut.html.gz: damaged gzip data"),
        "{}",
        stderr(&out)
    );
    let _ = fs::remove_dir_all(dir);
}

/// A tiny corpus in the README's format: two sources, synthetic pages.
fn synthetic_corpus(dir: &Path) {
    let demo = dir.join("demo");
    fs::create_dir_all(&demo).unwrap();
    fs::write(demo.join("a.html.gz"), gzip(PAGE.as_bytes())).unwrap();
    fs::write(
        demo.join("a.json"),
        r#"{"id": "a", "source": "demo", "url": "https://example.com/2024/03/05/storm",
            "kind": "synthetic",
            "expected": {"title": "Storm hits coast", "date": "2024-03-05",
                         "body": "A storm hit the coast on Tuesday, cutting power to thousands of homes.",
                         "body_contains": ["cutting power"], "body_not_contains": ["Daily Bugle"]},
            "expected_empty": ["author"]}"#,
    )
    .unwrap();
    let other = dir.join("other");
    fs::create_dir_all(&other).unwrap();
    fs::write(
        other.join("b.html"),
        "<html><body><p>Nothing here.</p></body></html>",
    )
    .unwrap();
    fs::write(
        other.join("b.json"),
        r#"{"id": "b", "source": "other", "url": null,
            "expected": {"author": "Ann Lee", "tags": ["x"]}}"#,
    )
    .unwrap();
}

#[test]
fn eval_prints_a_table_writes_json_and_lists_the_worst() {
    let dir = scratch("eval");
    synthetic_corpus(&dir);
    let json_path = dir.join("figures.json");
    let out = newsprint(&[
        "eval",
        path_str(&dir),
        "--json",
        path_str(&json_path),
        "--worst",
        "author",
        "5",
        "--jobs",
        "2",
    ]);
    assert!(out.status.success(), "{}", stderr(&out));
    let text = stdout(&out);
    let lines: Vec<&str> = text.lines().collect();
    assert!(lines[0].starts_with("source"));
    assert!(lines[1].starts_with("demo"));
    assert!(lines[2].starts_with("other"));
    assert!(lines[3].starts_with("ALL"));
    assert!(text.contains("worst 2 of 2 pages scored on author"));
    assert!(text.contains("other/b"));
    assert!(text.contains("\"Ann Lee\""));

    let figures: serde_json::Value =
        serde_json::from_str(&fs::read_to_string(&json_path).unwrap()).unwrap();
    let all = &figures["sources"]["ALL"];
    assert_eq!(all["pages"], 2);
    assert_eq!(all["author"]["pages"], 2);
    assert_eq!(figures["sources"]["demo"]["without"]["pages"], 1);
    assert_eq!(figures["sources"]["other"]["tags_f1"]["value"], 0.0);
    assert!(figures["sources"]["other"]["title"]["value"].is_null());

    // one source folder alone
    let one = newsprint(&["eval", path_str(&dir.join("other"))]);
    assert!(one.status.success());
    assert!(!stdout(&one).contains("demo"));

    // a record without its page fails that page, not the run
    fs::write(
        dir.join("other").join("c.json"),
        r#"{"id": "c", "expected": {}}"#,
    )
    .unwrap();
    let partial = newsprint(&["eval", path_str(&dir)]);
    assert_eq!(partial.status.code(), Some(1));
    assert!(stderr(&partial).contains("c.json: no page beside it"));
    assert!(stdout(&partial).contains("ALL"));

    let bad = newsprint(&["eval", path_str(&dir), "--worst", "colour", "3"]);
    assert_eq!(bad.status.code(), Some(2));
    assert!(stderr(&bad).contains("unknown metric \"colour\""));
    let _ = fs::remove_dir_all(dir);
}

#[test]
fn eval_folds_by_host_and_compares_saved_scores() {
    let dir = scratch("eval-folds");
    synthetic_corpus(&dir);
    let scores = dir.join("scores.jsonl");
    let out = newsprint(&[
        "eval",
        path_str(&dir),
        "--folds",
        "3",
        "--save-scores",
        path_str(&scores),
    ]);
    assert!(out.status.success(), "{}", stderr(&out));
    let text = stdout(&out);
    assert!(text.contains("folds by host (3):"));
    assert!(text.contains("fold 3"));
    assert!(text.lines().any(|l| l.starts_with("spread")));
    let saved = fs::read_to_string(&scores).unwrap();
    assert_eq!(saved.lines().count(), 2);
    assert!(saved.contains(r#""page":"demo/a""#));

    // the same run again moves nothing
    let same = newsprint(&[
        "eval",
        path_str(&dir),
        "--compare-scores",
        path_str(&scores),
    ]);
    assert!(same.status.success(), "{}", stderr(&same));
    assert!(stdout(&same).contains("no page moved on any metric"));

    // a saved run where the title was wrong: this run wins, on one fold and one host only
    let worse = saved.replace(r#""title":[1.0,1.0]"#, r#""title":[0.0,1.0]"#);
    assert_ne!(worse, saved, "the demo page scores its title");
    fs::write(&scores, worse).unwrap();
    let better = newsprint(&[
        "eval",
        path_str(&dir),
        "--compare-scores",
        path_str(&scores),
    ]);
    let text = stdout(&better);
    let title = text.lines().find(|l| l.starts_with("title")).unwrap();
    assert!(title.contains("+1.0000"), "{text}");
    assert!(
        title.contains("1 (1)") && title.contains("wins on fewer than 2 folds"),
        "{text}"
    );

    fs::write(&scores, "not json\n").unwrap();
    let bad = newsprint(&[
        "eval",
        path_str(&dir),
        "--compare-scores",
        path_str(&scores),
    ]);
    assert_eq!(bad.status.code(), Some(2));
    assert!(stderr(&bad).contains("line 1"));
    let _ = fs::remove_dir_all(dir);
}

#[test]
#[ignore = "needs ../shared/corpus; `bash scripts/test` runs it when the corpus is there"]
fn corpus_eval_runs_on_the_shared_corpus() {
    let source = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus/readability");
    assert!(
        source.is_dir(),
        "{} is absent: this test needs the evaluation corpus (README: Measuring)",
        source.display()
    );
    let out = newsprint(&["eval", path_str(&source), "--json", "-"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let figures: serde_json::Value = serde_json::from_str(&stdout(&out)).unwrap();
    let pages = figures["sources"]["ALL"]["pages"].as_u64().unwrap();
    assert!(pages > 0);
    assert_eq!(
        figures["sources"]["readability"]["pages"].as_u64(),
        Some(pages)
    );
}

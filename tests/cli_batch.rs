//! The command line over many pages, run as a process: each input kind (folders, standard
//! input, manifests, WARC files), each output format, `--fields`, the order guarantee, error
//! records (a gzip bomb, a damaged gzip, an unreadable file, a damaged WARC record), exit
//! statuses, and `profiles list` / `profiles check`. The WARC files and the gzip bomb are made
//! here, in temporary folders.

#![cfg(feature = "cli")]

mod common;
use common::*;

use std::fs;
use std::path::Path;
use std::process::Output;

use serde_json::Value;

/// The JSON Lines of a run.
fn records(output: &Output) -> Vec<Value> {
    stdout(output)
        .lines()
        .map(|line| serde_json::from_str(line).unwrap_or_else(|e| panic!("{e}: {line}")))
        .collect()
}

/// A small article page whose headline is `headline`.
fn page(headline: &str) -> String {
    format!(
        r#"<html lang="en"><head><title>{headline} | Daily Bugle</title>
<meta property="og:site_name" content="Daily Bugle">
<meta property="article:published_time" content="2024-03-05T09:30:00+01:00"></head>
<body><article><h1>{headline}</h1><p class="byline">By Ann Lee</p>
<p>A storm hit the coast on Tuesday, cutting power to thousands of homes.</p>
<p>Crews worked through the night to restore the lines, officials said.</p>
</article></body></html>"#
    )
}

/// One WARC record.
fn warc_record(kind: &str, id: &str, uri: &str, content_type: &str, block: &[u8]) -> Vec<u8> {
    let mut record = format!(
        "WARC/1.0\r\nWARC-Type: {kind}\r\nWARC-Record-ID: <urn:uuid:{id}>\r\n\
         WARC-Date: 2024-03-05T09:30:00Z\r\nWARC-Target-URI: {uri}\r\n\
         Content-Type: {content_type}\r\nContent-Length: {}\r\n\r\n",
        block.len()
    )
    .into_bytes();
    record.extend_from_slice(block);
    record.extend_from_slice(b"\r\n\r\n");
    record
}

/// A `response` record holding an HTTP response.
fn response(id: &str, uri: &str, http_content_type: &str, payload: &[u8]) -> Vec<u8> {
    let mut block =
        format!("HTTP/1.1 200 OK\r\nContent-Type: {http_content_type}\r\nServer: test\r\n\r\n")
            .into_bytes();
    block.extend_from_slice(payload);
    warc_record(
        "response",
        id,
        uri,
        "application/http; msgtype=response",
        &block,
    )
}

/// The three records of the fixture: an HTML page in UTF-8, a PNG image (not a page), and a
/// page in Windows-1252 whose charset only the HTTP header gives.
fn three_records() -> Vec<Vec<u8>> {
    let mut cafe = Vec::new();
    cafe.extend_from_slice(
        b"<html lang=\"en\"><head><title>Caf\xe9 owner\x92s \x93\x801 espresso\x94 protest</title>\
          </head><body><article><h1>Caf\xe9 owner\x92s \x93\x801 espresso\x94 protest</h1>\
          <p>Ren\xe9 M\xfcller cut the price of an espresso to \x801 for a week to protest \
          against a rent rise.</p><p>The queue has not stopped since, he said on Tuesday.</p>\
          </article></body></html>",
    );
    vec![
        response(
            "00000000-0000-0000-0000-000000000001",
            "https://bugle.example/2024/03/05/storm",
            "text/html; charset=utf-8",
            page("Storm hits coast").as_bytes(),
        ),
        response(
            "00000000-0000-0000-0000-000000000002",
            "https://bugle.example/logo.png",
            "image/png",
            b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR",
        ),
        response(
            "00000000-0000-0000-0000-000000000003",
            "https://echo.example/cafe",
            "text/html; charset=windows-1252",
            &cafe,
        ),
    ]
}

/// A `.warc.gz` as Common Crawl writes it: each record its own gzip member.
fn per_record_gzip(records: &[Vec<u8>]) -> Vec<u8> {
    records.iter().flat_map(|r| gzip(r)).collect()
}

fn check_three_records(output: &Output) {
    assert_eq!(output.status.code(), Some(0), "{}", stderr(output));
    let records = records(output);
    assert_eq!(records.len(), 2, "the image is skipped: {records:?}");
    assert_eq!(
        records[0]["id"],
        "<urn:uuid:00000000-0000-0000-0000-000000000001>"
    );
    assert_eq!(records[0]["url"], "https://bugle.example/2024/03/05/storm");
    assert_eq!(records[0]["headline"], "Storm hits coast");
    assert_eq!(records[1]["url"], "https://echo.example/cafe");
    assert_eq!(records[1]["headline"], "Café owner’s “€1 espresso” protest");
}

#[test]
fn warc_files_gzip_per_record_plain_and_the_committed_fixture() {
    let dir = scratch("warc");
    let records = three_records();
    let gz = dir.join("crawl.warc.gz");
    fs::write(&gz, per_record_gzip(&records)).unwrap();
    check_three_records(&newsprint(&[path_str(&gz)]));
    let plain = dir.join("crawl.warc");
    fs::write(&plain, records.concat()).unwrap();
    check_three_records(&newsprint(&[path_str(&plain), "--jobs", "1"]));

    let fixture = Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures/warc/three-records.warc.gz");
    if std::env::var_os("NEWSPRINT_WRITE_FIXTURES").is_some() {
        fs::write(&fixture, per_record_gzip(&records)).unwrap();
    }
    check_three_records(&newsprint(&[path_str(&fixture)]));
    // A WARC on standard input is read as a WARC, every record, gzip or plain.
    check_three_records(&with_stdin(&["-"], &per_record_gzip(&records)));
    check_three_records(&with_stdin(&["-"], &records.concat()));
    let _ = fs::remove_dir_all(dir);
}

#[test]
fn a_damaged_warc_record_is_an_error_record_with_its_offset_and_reading_goes_on() {
    let dir = scratch("warc-damaged");
    let parts = three_records();
    let first = gzip(&parts[0]);
    let broken = gzip(b"WARC/1.0\r\nthis is not a header line\r\n\r\n");
    let mut bytes = first.clone();
    bytes.extend_from_slice(&broken);
    bytes.extend_from_slice(&gzip(&parts[2]));
    let path = dir.join("damaged.warc.gz");
    fs::write(&path, &bytes).unwrap();
    let out = newsprint(&[path_str(&path)]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let records = records(&out);
    assert_eq!(records.len(), 3, "{records:?}");
    let error = records[1]["error"].as_str().unwrap();
    let offset = first.len();
    assert!(
        error.contains(&format!(
            "damaged.warc.gz: record at offset {offset}: not a WARC record"
        )),
        "{error}"
    );
    assert_eq!(records[1]["id"], format!("{}@{offset}", path.display()));
    assert!(records[2]["headline"].as_str().unwrap().starts_with("Café"));

    // --strict: the same run fails
    let strict = newsprint(&[path_str(&path), "--strict", "--quiet"]);
    assert_eq!(strict.status.code(), Some(1));
    assert!(
        stderr(&strict).contains("1 of 3 pages failed"),
        "{}",
        stderr(&strict)
    );
    let _ = fs::remove_dir_all(dir);
}

#[test]
fn folders_stdin_and_files_mix_and_keep_the_input_order() {
    let dir = scratch("order");
    let pages = dir.join("pages");
    fs::create_dir_all(pages.join("sub")).unwrap();
    let mut expected = Vec::new();
    for i in 0..30 {
        let name = format!("p{i:02}.html");
        let headline = format!("Story number {i:02}");
        // bigger pages now and then, so that the workers finish out of order
        let mut html = page(&headline);
        if i % 7 == 0 {
            html = html.replace(
                "</article>",
                &"<p>More text about the storm and the repairs.</p>".repeat(400),
            );
            html.push_str("</article>");
        }
        if i % 3 == 0 {
            fs::write(pages.join(format!("{name}.gz")), gzip(html.as_bytes())).unwrap();
        } else {
            fs::write(pages.join(&name), html).unwrap();
        }
        expected.push(headline);
    }
    fs::write(pages.join("sub/zz.htm"), page("In a subfolder")).unwrap();
    expected.push("In a subfolder".into());
    fs::write(pages.join("notes.json"), "{}").unwrap();
    fs::write(pages.join("notes.txt"), "not a page").unwrap();
    let lone = dir.join("lone.html");
    fs::write(&lone, page("A lone file")).unwrap();

    let out = with_stdin(
        &[path_str(&lone), path_str(&pages), "-", "--jobs", "2"],
        page("From standard input").as_bytes(),
    );
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let records = records(&out);
    let headlines: Vec<&str> = records
        .iter()
        .map(|r| r["headline"].as_str().unwrap())
        .collect();
    let mut want = vec!["A lone file"];
    want.extend(expected.iter().map(String::as_str));
    want.push("From standard input");
    assert_eq!(headlines, want);
    assert_eq!(records[0]["id"], path_str(&lone));
    assert_eq!(records.last().unwrap()["id"], "-");
    assert!(records[0]["url"].is_null());
    let summary = stderr(&out);
    assert!(
        summary.contains("newsprint: 33 pages, 33 extracted, 0 failed in"),
        "{summary}"
    );
    assert!(summary.contains("pages/s") && summary.contains("MB/s"));

    // --unordered: the same pages, in any order
    let out = newsprint(&[path_str(&pages), "--unordered", "--jobs", "2", "--quiet"]);
    assert!(stderr(&out).is_empty(), "{}", stderr(&out));
    let mut got: Vec<String> = records_of(&out, "headline");
    got.sort();
    let mut want: Vec<String> = expected.clone();
    want.sort();
    assert_eq!(got, want);
    let _ = fs::remove_dir_all(dir);
}

fn records_of(out: &Output, field: &str) -> Vec<String> {
    records(out)
        .iter()
        .map(|r| r[field].as_str().unwrap_or_default().to_string())
        .collect()
}

#[test]
fn manifests_give_ids_urls_paths_and_inline_html() {
    let dir = scratch("manifest");
    fs::create_dir_all(dir.join("pages")).unwrap();
    fs::write(
        dir.join("pages/a.html.gz"),
        gzip(page("From a path").as_bytes()),
    )
    .unwrap();
    let manifest = dir.join("pages.jsonl");
    let inline = serde_json::json!({"id": "b", "url": "https://bugle.example/b", "html": page("Inline HTML")});
    fs::write(
        &manifest,
        format!(
            "{}\n\n{}\nnot json\n{}\n",
            r#"{"id": "a", "url": "https://bugle.example/2024/03/05/a", "path": "pages/a.html.gz"}"#,
            inline,
            r#"{"id": "c", "url": "https://bugle.example/c"}"#
        ),
    )
    .unwrap();
    let out = newsprint(&["--manifest", path_str(&manifest), "--fields", "headline"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let records = records(&out);
    assert_eq!(records.len(), 4, "{records:?}");
    assert_eq!(
        records[0],
        serde_json::json!({"id": "a", "url": "https://bugle.example/2024/03/05/a", "headline": "From a path"})
    );
    assert_eq!(records[1]["id"], "b");
    assert_eq!(records[1]["headline"], "Inline HTML");
    let name = manifest.display().to_string();
    assert_eq!(records[2]["id"], format!("{name}:4"));
    assert!(
        records[2]["error"]
            .as_str()
            .unwrap()
            .starts_with(&format!("{name} line 4: not JSON")),
        "{:?}",
        records[2]
    );
    assert_eq!(records[3]["id"], "c");
    assert_eq!(records[3]["url"], "https://bugle.example/c");
    assert!(
        records[3]["error"]
            .as_str()
            .unwrap()
            .contains("no \"path\" or \"html\"")
    );

    // from standard input; keys in the order --fields gives
    let out = with_stdin(
        &["--manifest", "-", "--fields", "published,headline"],
        format!("{inline}\n").as_bytes(),
    );
    assert_eq!(
        stdout(&out),
        concat!(
            "{\"id\":\"b\",\"url\":\"https://bugle.example/b\",",
            "\"published\":{\"iso\":\"2024-03-05T09:30:00+01:00\",\"precision\":\"second\",",
            "\"offset_source\":\"stated\",\"raw\":\"2024-03-05T09:30:00+01:00\"},",
            "\"headline\":\"Inline HTML\"}\n"
        )
    );
    let _ = fs::remove_dir_all(dir);
}

#[test]
fn output_formats_fields_and_output_file() {
    let dir = scratch("formats");
    let a = dir.join("a.html");
    fs::write(&a, page("Storm hits coast")).unwrap();
    let b = dir.join("b.html");
    fs::write(&b, page("Crews restore power")).unwrap();

    // one page: pretty JSON of the article alone, as before; --fields keeps those
    let one = newsprint(&[path_str(&a), "--fields", "headline,authors"]);
    assert!(one.status.success());
    let text = stdout(&one);
    assert!(
        text.starts_with("{\n  \"headline\": \"Storm hits coast\",\n  \"authors\": ["),
        "{text}"
    );
    assert!(stderr(&one).is_empty(), "no summary for one page");
    // --format jsonl: a record even for one page
    let line = newsprint(&[path_str(&a), "--format", "jsonl", "--quiet"]);
    let records = records(&line);
    assert_eq!(records.len(), 1);
    assert_eq!(records[0]["id"], path_str(&a));
    assert_eq!(records[0]["site_name"], "Daily Bugle");

    let md = newsprint(&[
        path_str(&a),
        path_str(&b),
        "--format",
        "markdown",
        "--quiet",
    ]);
    let md = stdout(&md);
    assert!(md.starts_with("# Storm hits coast\n\n"), "{md}");
    assert!(md.contains("- **published:** 2024-03-05T09:30:00+01:00\n"));
    assert!(md.contains("- **authors:** Ann Lee\n"));
    assert!(md.contains("\n\nA storm hit the coast on Tuesday"));
    assert!(md.contains("\n---\n\n# Crews restore power\n"));

    let txt = newsprint(&[
        path_str(&a),
        "--format",
        "text",
        "--fields",
        "headline,published",
    ]);
    assert_eq!(
        stdout(&txt),
        format!(
            "Storm hits coast\n================\nid: {}\npublished: 2024-03-05T09:30:00+01:00\n\n",
            a.display()
        )
    );

    let file = dir.join("out.jsonl");
    let out = newsprint(&[
        path_str(&a),
        path_str(&b),
        "--output",
        path_str(&file),
        "--fields",
        "headline",
    ]);
    assert!(out.status.success());
    assert!(stdout(&out).is_empty());
    let written = fs::read_to_string(&file).unwrap();
    assert_eq!(written.lines().count(), 2);
    assert!(written.contains("\"headline\":\"Crews restore power\""));
    let _ = fs::remove_dir_all(dir);
}

#[test]
fn a_gzip_bomb_a_damaged_gzip_and_an_unreadable_file_are_error_records() {
    let dir = scratch("bad");
    let pages = dir.join("pages");
    fs::create_dir_all(&pages).unwrap();
    fs::write(pages.join("a-good.html"), page("Storm hits coast")).unwrap();
    // 100 MiB of zeros: 100 gzip members of 1 MiB each (one compression, quick to make)
    let member = gzip(&vec![0u8; 1 << 20]);
    fs::write(pages.join("b-bomb.html.gz"), member.repeat(100)).unwrap();
    let good = gzip(page("Cut short").as_bytes());
    fs::write(pages.join("c-cut.html.gz"), &good[..good.len() / 2]).unwrap();
    #[cfg(unix)]
    std::os::unix::fs::symlink(dir.join("nowhere.html"), pages.join("d-gone.html")).unwrap();
    fs::write(pages.join("e-good.htm"), page("Crews restore power")).unwrap();

    let out = newsprint(&[path_str(&pages), "--max-page-size", "2M"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let records = records(&out);
    let errors: Vec<&str> = records.iter().filter_map(|r| r["error"].as_str()).collect();
    assert_eq!(records[0]["headline"], "Storm hits coast");
    assert!(
        errors[0].contains("b-bomb.html.gz: more than 2 MiB (after decompression)")
            && errors[0].contains("--max-page-size"),
        "{errors:?}"
    );
    assert!(
        errors[1].contains("c-cut.html.gz: damaged gzip data"),
        "{errors:?}"
    );
    if cfg!(unix) {
        assert!(
            errors[2].contains("d-gone.html: no such file or directory"),
            "{errors:?}"
        );
        assert_eq!(errors.len(), 3);
    }
    assert_eq!(records.last().unwrap()["headline"], "Crews restore power");
    assert!(
        records[1]["id"]
            .as_str()
            .unwrap()
            .ends_with("b-bomb.html.gz")
    );
    let summary = stderr(&out);
    assert!(summary.contains("page failed: "), "{summary}");
    assert!(summary.contains(" failed in "), "{summary}");

    let strict = newsprint(&[
        path_str(&pages),
        "--max-page-size",
        "2M",
        "--strict",
        "--quiet",
    ]);
    assert_eq!(strict.status.code(), Some(1));
    let _ = fs::remove_dir_all(dir);
}

#[test]
fn usage_errors_exit_2_with_a_hint() {
    let dir = scratch("usage");
    let a = dir.join("a.html");
    fs::write(&a, page("Storm")).unwrap();
    for (args, hint) in [
        (
            vec![path_str(&a), "--fields", "headline,colour"],
            "unknown field \"colour\"",
        ),
        (
            vec![path_str(&a), "/no/such/dir"],
            "/no/such/dir: no such file or directory",
        ),
        (
            vec![path_str(&a), path_str(&a), "--url", "https://x.test/"],
            "--manifest",
        ),
        (vec![path_str(&a), "--jobs", "0"], "--jobs 0"),
        (
            vec!["-", "--manifest", "-"],
            "standard input (-) is named more than once",
        ),
        (
            vec![path_str(&a), "--max-page-size", "lots"],
            "write e.g. 64M",
        ),
        (
            vec![path_str(&a), "--profiles", "/no/such/dir"],
            "not a directory",
        ),
    ] {
        let out = newsprint(&args);
        assert_eq!(out.status.code(), Some(2), "{args:?}: {}", stderr(&out));
        assert!(stderr(&out).contains(hint), "{args:?}: {}", stderr(&out));
    }
    let _ = fs::remove_dir_all(dir);
}

#[test]
fn profiles_list_and_check() {
    let dir = scratch("profiles");
    fs::write(dir.join("page.html"), page("Storm hits coast")).unwrap();
    let good = dir.join("bugle.toml");
    fs::write(
        &good,
        format!(
            "id = \"bugle\"\nhosts = [\"bugle.example\"]\n[fields]\nheadline = [{{ css = \"h1\" }}]\n\
             [[test]]\nfixture = \"{}\"\n[test.expect]\nheadline = \"Storm hits coast\"\n",
            dir.join("page.html").display()
        ),
    )
    .unwrap();
    let failing = dir.join("failing.toml");
    fs::write(
        &failing,
        format!(
            "id = \"failing\"\nhosts = [\"failing.example\"]\n[fields]\nheadline = [{{ css = \"h1\" }}]\n\
             [[test]]\nfixture = \"{}\"\n[test.expect]\nheadline = \"Something else\"\n",
            dir.join("page.html").display()
        ),
    )
    .unwrap();
    let broken = dir.join("broken.toml");
    fs::write(
        &broken,
        "id = \"broken\"\n[fields]\nheadline = [{ css = \"h1[\" }]\n",
    )
    .unwrap();

    let ok = newsprint(&["profiles", "check", path_str(&good)]);
    assert_eq!(ok.status.code(), Some(0), "{}{}", stdout(&ok), stderr(&ok));
    assert!(stdout(&ok).contains("ok: profile \"bugle\", 1 tests passed"));
    // The example profiles shipped beside the code pass their own tests.
    let examples = Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/profiles");
    let shipped = newsprint(&["profiles", "check", path_str(&examples.join("arcxp.toml"))]);
    assert_eq!(
        shipped.status.code(),
        Some(0),
        "{}{}",
        stdout(&shipped),
        stderr(&shipped)
    );

    let bad = newsprint(&[
        "profiles",
        "check",
        path_str(&good),
        path_str(&failing),
        path_str(&broken),
    ]);
    assert_eq!(bad.status.code(), Some(1));
    let report = stdout(&bad);
    assert!(report.contains("profile \"failing\""), "{report}");
    assert!(
        report.contains("expected Something else, got Storm hits coast"),
        "{report}"
    );
    assert!(report.contains("broken.toml"), "{report}");
    assert!(stderr(&bad).contains("2 of 3 profile files failed"));

    let user = dir.join("user");
    fs::create_dir_all(&user).unwrap();
    fs::copy(&good, user.join("bugle.toml")).unwrap();
    let list = newsprint(&["profiles", "list", "--profiles", path_str(&user)]);
    assert!(list.status.success(), "{}", stderr(&list));
    let text = stdout(&list);
    assert!(text.contains("nepalnews"), "{text}");
    assert!(
        text.lines().any(|l| l.starts_with("bugle ")
            && l.contains("bugle.example")
            && l.contains("headline")),
        "{text}"
    );
    let alone = newsprint(&[
        "profiles",
        "list",
        "--no-profiles",
        "--profiles",
        path_str(&user),
    ]);
    assert!(stdout(&alone).contains("1 profiles"), "{}", stdout(&alone));

    // a folder of profiles used for extraction; one that does not load is a usage error
    let with = newsprint(&[
        path_str(&dir.join("page.html")),
        "--profiles",
        path_str(&user),
        "--url",
        "https://bugle.example/x",
        "--fields",
        "profile",
    ]);
    assert!(stdout(&with).contains("\"bugle\""), "{}", stdout(&with));
    fs::copy(&broken, user.join("broken.toml")).unwrap();
    let bad_dir = newsprint(&[
        path_str(&dir.join("page.html")),
        "--profiles",
        path_str(&user),
    ]);
    assert_eq!(bad_dir.status.code(), Some(2));
    assert!(
        stderr(&bad_dir).contains("broken.toml"),
        "{}",
        stderr(&bad_dir)
    );
    let _ = fs::remove_dir_all(dir);
}

/// Runs `newsprint` with `args`, killing it and failing the test if it has not finished in
/// 60 seconds: these runs are the ones that used to hang.
fn finishes(args: &[&str]) -> Output {
    use std::process::{Command, Stdio};
    use std::time::{Duration, Instant};
    let mut child = Command::new(env!("CARGO_BIN_EXE_newsprint"))
        .args(args)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let started = Instant::now();
    while child.try_wait().unwrap().is_none() {
        if started.elapsed() > Duration::from_secs(60) {
            child.kill().unwrap();
            panic!("newsprint {args:?} did not finish");
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    child.wait_with_output().unwrap()
}

#[cfg(unix)]
#[test]
fn a_fifo_is_refused_without_being_opened() {
    let dir = scratch("fifo");
    fs::write(dir.join("a.html"), page("Tide turns")).unwrap();
    let fifo = dir.join("x.html");
    let made = std::process::Command::new("mkfifo")
        .arg(&fifo)
        .status()
        .unwrap();
    assert!(made.success());
    let out = finishes(&[path_str(&dir)]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let found = records(&out);
    assert_eq!(found.len(), 2, "{found:?}");
    assert_eq!(found[0]["headline"], "Tide turns");
    let error = found[1]["error"].as_str().unwrap();
    assert!(error.contains("not a regular file"), "{error}");

    let manifest = dir.join("pages.jsonl");
    fs::write(&manifest, "{\"id\": \"f\", \"path\": \"x.html\"}\n").unwrap();
    let out = finishes(&["--manifest", path_str(&manifest)]);
    let found = records(&out);
    assert_eq!(found[0]["id"], "f");
    assert!(
        found[0]["error"]
            .as_str()
            .unwrap()
            .contains("not a regular file")
    );
    let _ = fs::remove_dir_all(dir);
}

#[test]
fn too_many_jobs_are_capped_with_a_notice() {
    let dir = scratch("jobs");
    fs::write(dir.join("a.html"), page("Tide turns")).unwrap();
    fs::write(dir.join("b.html"), page("Ferry resumes")).unwrap();
    let out = finishes(&[path_str(&dir), "--jobs", "100000"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert_eq!(records(&out).len(), 2);
    assert!(
        stderr(&out).contains("--jobs 100000 capped at"),
        "{}",
        stderr(&out)
    );
    let _ = fs::remove_dir_all(dir);
}

#[test]
fn manifest_paths_stay_inside_the_manifests_folder() {
    let dir = scratch("manifest-escape");
    let inner = dir.join("inner");
    fs::create_dir_all(&inner).unwrap();
    fs::write(dir.join("outside.html"), page("Tide turns")).unwrap();
    fs::write(inner.join("inside.html"), page("Ferry resumes")).unwrap();
    let absolute = dir.join("outside.html");
    let manifest = inner.join("pages.jsonl");
    fs::write(
        &manifest,
        format!(
            "{{\"id\": \"in\", \"path\": \"inside.html\"}}\n\
             {{\"id\": \"up\", \"path\": \"../outside.html\"}}\n\
             {{\"id\": \"abs\", \"path\": {:?}}}\n",
            path_str(&absolute)
        ),
    )
    .unwrap();
    let out = newsprint(&["--manifest", path_str(&manifest)]);
    let records = records(&out);
    assert_eq!(records[0]["headline"], "Ferry resumes");
    for record in &records[1..] {
        let error = record["error"].as_str().unwrap();
        assert!(error.contains("leaves the manifest's folder"), "{error}");
    }
    let out = newsprint(&["--manifest", path_str(&manifest), "--allow-absolute-paths"]);
    let headlines = records_of(&out, "headline");
    assert_eq!(headlines, ["Ferry resumes", "Tide turns", "Tide turns"]);
    let _ = fs::remove_dir_all(dir);
}

#[test]
fn a_warc_record_running_past_its_member_costs_that_record_only() {
    let dir = scratch("warc-overrun");
    let parts = three_records();
    // The first record claims more bytes than its gzip member holds.
    let text = String::from_utf8(parts[0].clone()).unwrap();
    let long = text.replacen("Content-Length: ", "Content-Length: 9", 1);
    let mut bytes = gzip(long.as_bytes());
    bytes.extend_from_slice(&gzip(&parts[2]));
    let path = dir.join("overrun.warc.gz");
    fs::write(&path, &bytes).unwrap();
    let out = finishes(&[path_str(&path)]);
    let found = records(&out);
    assert_eq!(found.len(), 2, "{found:?}");
    assert!(found[0]["error"].as_str().unwrap().contains("runs past"));
    assert!(found[1]["headline"].as_str().unwrap().starts_with("Café"));

    // Damaged gzip data: reading goes on at the next gzip member.
    let mut bytes = gzip(&parts[0]);
    let mut damaged = gzip(&parts[2]);
    let middle = damaged.len() / 2;
    damaged[middle..middle + 8].copy_from_slice(b"\xff\xff\xff\xff\xff\xff\xff\xff");
    bytes.extend_from_slice(&damaged);
    bytes.extend_from_slice(&gzip(&parts[0]));
    fs::write(&path, &bytes).unwrap();
    let out = finishes(&[path_str(&path)]);
    let found = records(&out);
    assert_eq!(found.first().unwrap()["headline"], "Storm hits coast");
    assert_eq!(found.last().unwrap()["headline"], "Storm hits coast");
    assert!(found.iter().any(|r| r["error"].is_string()), "{found:?}");

    // A plain WARC: reading goes on at the next line that starts a record.
    let mut plain = b"WARC/1.0\r\nthis is not a header line\r\n\r\nsome block\r\n\r\n".to_vec();
    plain.extend_from_slice(&parts[2]);
    let path = dir.join("damaged.warc");
    fs::write(&path, &plain).unwrap();
    let out = finishes(&[path_str(&path)]);
    let found = records(&out);
    assert_eq!(found.len(), 2, "{found:?}");
    assert!(found[0]["error"].is_string());
    assert!(found[1]["headline"].as_str().unwrap().starts_with("Café"));

    // A plain WARC whose first record claims more bytes than it has: the records it swallowed
    // are read again from its first record boundary, so only the damaged record is lost.
    let mut long = parts[1].clone();
    let at = long
        .windows(16)
        .position(|w| w == b"Content-Length: ")
        .unwrap();
    long.insert(at + 16, b'1');
    let plain = [long, parts[0].clone(), parts[2].clone()].concat();
    fs::write(&path, &plain).unwrap();
    let out = finishes(&[path_str(&path)]);
    let found = records(&out);
    assert_eq!(found.len(), 3, "{found:?}");
    assert!(found[0]["error"].is_string(), "{found:?}");
    assert_eq!(found[1]["headline"], "Storm hits coast");
    assert!(found[2]["headline"].as_str().unwrap().starts_with("Café"));
    let _ = fs::remove_dir_all(dir);
}

/// A manifest read from a pipe that stays open: each record comes out as soon as its page is
/// done, not when a buffer fills or the input ends.
#[test]
fn records_are_flushed_as_they_are_written() {
    use std::io::{BufRead, BufReader, Write};
    use std::process::{Command, Stdio};
    let dir = scratch("flush");
    fs::write(dir.join("a.html"), page("Tide turns")).unwrap();
    let mut child = Command::new(env!("CARGO_BIN_EXE_newsprint"))
        .args(["--manifest", "-", "--quiet", "--allow-absolute-paths"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let mut stdin = child.stdin.take().unwrap();
    let line = format!(
        "{{\"id\": \"a\", \"path\": {:?}}}\n",
        path_str(&dir.join("a.html"))
    );
    stdin.write_all(line.as_bytes()).unwrap();
    stdin.flush().unwrap();
    let (tx, rx) = std::sync::mpsc::channel();
    let stdout = child.stdout.take().unwrap();
    std::thread::spawn(move || {
        let mut first = String::new();
        let _ = BufReader::new(stdout).read_line(&mut first);
        let _ = tx.send(first);
    });
    let first = rx.recv_timeout(std::time::Duration::from_secs(60));
    drop(stdin);
    let _ = child.wait();
    let first = first.expect("the first record did not arrive while the input stayed open");
    assert!(first.contains("Tide turns"), "{first}");
    let _ = fs::remove_dir_all(dir);
}

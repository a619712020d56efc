//! `newsprint inspect`: the report is one self-contained file, the page inert inside it, the
//! elements behind the fields marked, and the panel listing each field with its selector.

#![cfg(feature = "cli")]

mod common;
use common::*;

use std::fs;

const PAGE: &str = r#"<html lang="en"><head><title>Ferry service resumes | Island Post</title>
<link rel="stylesheet" href="https://cdn.islandpost.example/site.css">
<script src="https://ads.islandpost.example/tag.js"></script>
<meta property="og:title" content="Ferry service resumes after storm">
<meta property="article:published_time" content="2024-04-02T08:15:00+02:00"></head>
<body onload="track()"><nav><a href="/">Home</a></nav>
<article><h1 class="story-title">Ferry service resumes</h1>
<p class="byline">By <a href="/people/ida-berg">Ida Berg</a></p>
<img src="https://img.islandpost.example/ferry.jpg" alt="The ferry at the pier">
<div class="story-body"><p>The ferry to the outer islands ran again on Tuesday, two days after the storm.</p>
<p>Crews had checked the pier and the ramps overnight, the operator said, and found no damage.</p>
<p>Timetables stay the same for the rest of the week, with an extra evening crossing on Friday.</p></div>
</article><script>track("page")</script></body></html>"#;

#[test]
fn the_report_holds_the_inert_page_with_marked_fields_and_the_panel() {
    let dir = scratch("inspect");
    let page = dir.join("ferry.html");
    fs::write(&page, PAGE).unwrap();
    let report = dir.join("report.html");
    let run = newsprint(&[
        "inspect",
        path_str(&page),
        "--url",
        "https://islandpost.example/2024/04/02/ferry",
        "-o",
        path_str(&report),
    ]);
    assert!(run.status.success(), "{}", stderr(&run));
    assert!(
        stderr(&run).contains("marked on the page"),
        "{}",
        stderr(&run)
    );
    let html = fs::read_to_string(&report).unwrap();

    // The report and the framed page allow nothing from the network.
    assert!(html.contains(
        r#"<meta http-equiv="Content-Security-Policy" content="default-src &#x27;none&#x27;"#
    ));
    assert!(html.contains(r#"sandbox="allow-same-origin""#));
    for remote in [
        "cdn.islandpost",
        "ads.islandpost",
        "img.islandpost",
        "onload",
        "track(",
    ] {
        assert!(!html.contains(remote), "{remote} is in the report");
    }
    // The elements behind the fields are marked in the frame's markup (escaped in srcdoc).
    for field in ["headline", "authors", "body"] {
        let mark = format!("data-newsprint-field=&quot;{field}&quot;");
        assert!(html.contains(&mark), "{field} is not marked");
    }
    // The panel: each field with its selector.
    assert!(html.contains(r#"data-field="headline""#));
    assert!(html.contains(r#"<code class="selector">h1.story-title</code>"#));
    assert!(html.contains(r#"<code class="selector">div.story-body</code>"#));
    let _ = fs::remove_dir_all(dir);
}

#[test]
fn a_missing_page_is_a_usage_error() {
    let run = newsprint(&["inspect", "no-such-page.html", "-o", "report.html"]);
    assert_eq!(run.status.code(), Some(2));
    assert!(stderr(&run).contains("no-such-page.html: no such file"));
}

//! The learner on invented pages.

use super::*;

/// A page of an invented site; `title` and `byline` go in the markup `shape` gives.
fn page(url: &str, html: String, expected: &str) -> LearnPage {
    let json = format!(r#"{{"url": "{url}", "expected": {{{expected}}}}}"#);
    LearnPage::new(
        html,
        Some(url.to_string()),
        Record::from_json(&json).unwrap(),
    )
}

fn rule_of(learned: &Learned, target: Target) -> Option<String> {
    learned
        .fields()
        .iter()
        .find(|f| f.target == target)
        .map(|f| f.rules()[0].0.clone())
}

#[test]
fn learns_an_itemprop_selector_over_a_moving_byline() {
    // The byline sits in a different place on each page, under generated class names; on
    // two pages, in a footer, where the generic rules look for no byline.
    let shapes = [
        (
            "Ann Lee",
            r#"<div class="css-1x9f2k"><span itemprop="author">Ann Lee</span></div>"#,
        ),
        (
            "Bo Chen",
            r#"<footer class="sc-bdVaJa">Words <b itemprop="author">Bo Chen</b></footer>"#,
        ),
        (
            "Cy Diaz",
            r#"<footer><em itemprop="author">Cy Diaz</em> reported</footer>"#,
        ),
    ];
    let pages: Vec<LearnPage> = shapes
        .iter()
        .enumerate()
        .map(|(i, (name, byline))| {
            let html = format!(
                "<h1>Ferry story {i}</h1>{byline}<p>The ferry sailed on Tuesday from the old pier.</p>"
            );
            page(
                &format!("https://news.bugle.example/{i}"),
                html,
                &format!(r#""author": "{name}""#),
            )
        })
        .collect();
    let learned = learn(&pages, &LearnOptions::default());
    assert_eq!(
        rule_of(&learned, Target::Authors).as_deref(),
        Some(r#"{ css = '[itemprop="author"]' }"#)
    );
    assert_eq!(learned.hosts(), ["news.bugle.example"]);
    assert_eq!(learned.id(), "news-bugle-example");
    let profile = learned.profile().unwrap();
    assert_eq!(profile.field_names(), ["authors"]);
}

#[test]
fn leaves_out_a_field_without_a_consistent_rule() {
    // Each page writes its headline in another element: no rule reproduces two pages.
    let headlines = [
        (
            "Tram line opens",
            r#"<h1 class="alpha">Tram line opens</h1>"#,
        ),
        ("Bridge closes", r#"<h2 class="beta">Bridge closes</h2>"#),
        ("Market moves", r#"<div class="gamma">Market moves</div>"#),
    ];
    let pages: Vec<LearnPage> = headlines
        .iter()
        .enumerate()
        .map(|(i, (title, markup))| {
            let html =
                format!("{markup}<p>The council met on Monday to talk it over at length.</p>");
            page(
                &format!("https://bugle.example/{i}"),
                html,
                &format!(r#""title": "{title}""#),
            )
        })
        .collect();
    let learned = learn(&pages, &LearnOptions::default());
    assert!(rule_of(&learned, Target::Headline).is_none());
    assert_eq!(learned.left_out(), [Target::Headline]);
    assert!(learned.to_toml().contains(
        "# Left to the generic rules (no rule consistent and as good as them): headline."
    ));
}

#[test]
fn learns_a_body_container_and_its_boilerplate() {
    let bodies = [
        [
            "The harbour ferry carried its first passengers of the year on Tuesday morning.",
            "Crews replaced the propeller shafts and repainted the deck over the winter.",
        ],
        [
            "The council approved plans to double the size of the eastern tram depot.",
            "Work on the new sheds begins in August and the depot stays open throughout.",
        ],
        [
            "The old town library reopened on Thursday after a year behind scaffolding.",
            "Roofers replaced more than three thousand slates and the beams beneath them.",
        ],
    ];
    let pages: Vec<LearnPage> = bodies
        .iter()
        .enumerate()
        .map(|(i, [one, two])| {
            // The editors' picks inside the story read as article text to the generic rules.
            let html = format!(
                r#"<nav>Home News Sport</nav><div class="story-text"><p>{one}</p>
                <div class="picks-card"><p>Our editors picked seven walks along the old harbour wall for this weekend.</p></div>
                <p>{two}</p></div><div class="teasers"><p>Seven things to do this weekend in the old town</p></div>"#
            );
            let body = format!("{one}\\n\\n{two}");
            page(
                &format!("https://bugle.example/{i}"),
                html,
                &format!(r#""body": "{body}""#),
            )
        })
        .collect();
    let learned = learn(&pages, &LearnOptions::default());
    assert_eq!(
        rule_of(&learned, Target::Body).as_deref(),
        Some(r#"{ css = ".story-text", exclude = [".picks-card"] }"#)
    );
}

#[test]
fn from_generic_keeps_the_rules_that_agree_with_the_generic_rules() {
    let pages: Vec<LearnPage> = ["Storm reaches the coast", "Ferries stop for the night"]
        .iter()
        .enumerate()
        .map(|(i, title)| {
            let html = format!(
                r#"<h1 class="story-title">{title}</h1>
                <p>The storm reached the coast on Tuesday night and ferries stopped.</p>"#
            );
            LearnPage::new(
                html,
                Some(format!("https://bugle.example/{i}")),
                Record::default(),
            )
        })
        .collect();
    let options = LearnOptions {
        from_generic: true,
        ..LearnOptions::default()
    };
    let learned = learn(&pages, &options);
    assert_eq!(
        rule_of(&learned, Target::Headline).as_deref(),
        Some(r#"{ css = ".story-title" }"#)
    );
    assert!(learned.to_toml().contains("on 80% of the pages or more"));
}

#[test]
fn profile_only_keeps_what_the_profile_gave() {
    let profile = Profile::from_toml(
        "id = \"bugle\"\nhosts = [\"bugle.example\"]\n[fields]\nheadline = [{ css = \".story-title\" }]",
    )
    .unwrap();
    let extractor = crate::Extractor::builder().profile(profile).build();
    let html = r#"<h2 class="story-title">Storm</h2><p class="byline">By Ann Lee</p>
        <p>The storm reached the coast on Tuesday night, officials said.</p>"#;
    let article = extractor.extract(&crate::Page::new(html).url("https://bugle.example/a"));
    assert!(!article.body.is_empty());
    let only = profile_only(&article);
    assert_eq!(only.headline.as_deref(), Some("Storm"));
    assert!(only.body.is_empty() && only.authors.is_empty());
}

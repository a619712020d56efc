//! Tests of credit parsing, and of the byline sources on whole pages.

use super::credit::parse_byline;
use super::known::Known;
use crate::article::AuthorKind;

fn names(raw: &str) -> Vec<String> {
    let site = Known {
        keys: vec!["daily bugle".into()],
        headline: None,
    };
    parse_byline(raw, &site)
        .into_iter()
        .map(|a| a.name)
        .collect()
}

#[test]
fn splits_several_names() {
    assert_eq!(
        names("By Ann Lee, Bo Kim and Cy Park"),
        vec!["Ann Lee", "Bo Kim", "Cy Park"]
    );
    assert_eq!(
        names("Von Max Muster und Erika Beispiel"),
        vec!["Max Muster", "Erika Beispiel"]
    );
}

#[test]
fn drops_roles_mail_handles_dates_and_site() {
    assert_eq!(names("By Ann Lee, Staff Writer"), vec!["Ann Lee"]);
    assert_eq!(names("Ann Lee ann@bugle.example @annlee"), vec!["Ann Lee"]);
    assert_eq!(names("By Ann Lee | March 5, 2024"), vec!["Ann Lee"]);
    assert_eq!(names("Daily Bugle"), Vec::<String>::new());
    assert_eq!(names("Staff"), Vec::<String>::new());
    assert_eq!(names("Von Max Muster, Berlin"), vec!["Max Muster"]);
    assert_eq!(names("Maria & Katerina"), vec!["Maria", "Katerina"]);
}

#[test]
fn date_words_inside_a_name_stay() {
    // "il" in "Mail", "mar" in "Dunmar": date words count only as whole words.
    assert_eq!(
        names("By Gil Oates And Bryn Carver For The Mail On Sunday"),
        vec!["Gil Oates", "Bryn Carver For The Mail"]
    );
    assert_eq!(names("By Ann Dunmar 2 hours ago"), vec!["Ann Dunmar"]);
    assert_eq!(names("By Ann Lee on Sunday"), vec!["Ann Lee"]);
}

#[test]
fn keeps_names_in_parentheses_inside_a_name() {
    assert_eq!(names("Priya (Sen) Gupta"), vec!["Priya Sen Gupta"]);
    // After the name, parentheses hold no part of it.
    assert_eq!(names("By Ann Lee (Berlin)"), vec!["Ann Lee"]);
    assert_eq!(names("Ann (the editor) Lee"), vec!["Ann Lee"]);
}

#[test]
fn credits_for_other_work_name_no_writer() {
    assert_eq!(names("By Ann Lee, Updated by Bo Kim"), vec!["Ann Lee"]);
    assert_eq!(
        names("Text von Max Muster Illustration von Erika Beispiel"),
        vec!["Max Muster"]
    );
    assert_eq!(names("Updated by Bo Kim"), Vec::<String>::new());
    assert_eq!(
        names("Medically reviewed by Bo Kim, MD"),
        Vec::<String>::new()
    );
    assert_eq!(
        names("Text: Max Muster, Fotos von Erika Beispiel"),
        vec!["Max Muster"]
    );
    // Every word for other work opens a credit as well as it follows one.
    assert_eq!(names("Geprüft von Erika Beispiel"), Vec::<String>::new());
    assert_eq!(names("Photos by Bo Kim"), Vec::<String>::new());
}

#[test]
fn a_posting_verb_alone_on_its_line_labels_the_next() {
    let html = r#"<article><h1>A walk by the river today</h1><p>Text text text.</p><p>Published By</p><p>Ann Lee</p><p>More text.</p></article>"#;
    assert_eq!(crate::extract(html).author_names(), "Ann Lee");
}

#[test]
fn all_posts_links_name_no_one() {
    assert_eq!(names("Alle Beiträge"), Vec::<String>::new());
    assert_eq!(names("View all posts"), Vec::<String>::new());
    assert_eq!(names("All Stories"), Vec::<String>::new());
    // The name after the label stays.
    assert_eq!(names("All posts by Ann Lee"), vec!["Ann Lee"]);
}

#[test]
fn picture_credits_are_no_byline() {
    let html = r#"<article><h1>A post about laptops</h1><figure><img src="a.jpg"><figcaption><span class="credit">Jane Roe</span></figcaption></figure><p>Text.</p><p><a href="/author/ann-lee/">Ann Lee</a></p></article>"#;
    assert_eq!(crate::extract(html).author_names(), "Ann Lee");
    let html = r#"<article><h1>A post about laptops</h1><figure><img src="a.jpg"><span class="image-credit">Jane Roe</span></figure><p>Text.</p></article>"#;
    assert_eq!(crate::extract(html).author_names(), "");
}

#[test]
fn with_joins_two_names_only() {
    assert_eq!(
        names("By Dora Hagen with Ute Pfeil"),
        vec!["Dora Hagen", "Ute Pfeil"]
    );
    // The one interviewed is no author.
    assert_eq!(names("Interview with Sara Silber"), Vec::<String>::new());
}

#[test]
fn keeps_degrees_with_the_name() {
    assert_eq!(
        names("Jillian Kubala, MS, RD"),
        vec!["Jillian Kubala, MS, RD"]
    );
    assert_eq!(names("By Ann Lee, Ph.D."), vec!["Ann Lee, Ph.D."]);
    // A place is no degree.
    assert_eq!(names("By Ann Lee, Washington, DC"), vec!["Ann Lee"]);
}

#[test]
fn redaktion_labels_only_with_a_colon() {
    assert_eq!(names("Redaktion: Max Muster"), vec!["Max Muster"]);
    assert_eq!(
        names("Redaktion Polizeiticker Schweiz"),
        vec!["Redaktion Polizeiticker Schweiz"]
    );
}

#[test]
fn types_agencies() {
    let site = Known {
        keys: vec![],
        headline: None,
    };
    // Beside a person, the agency is the person's employer.
    let a = parse_byline("Ann Lee (AP)", &site);
    assert_eq!(a.len(), 1);
    assert_eq!(a[0].role.as_deref(), Some("AP"));
    let a = parse_byline("By Jiyoon Han, Associated Press", &site);
    assert_eq!((a.len(), a[0].name.as_str()), (1, "Jiyoon Han"));
    let a = parse_byline("(AP)", &site);
    assert_eq!(a[0].name, "AP");
    assert_eq!(a[0].kind, AuthorKind::Agency);
    assert_eq!(parse_byline("Reuters", &site)[0].kind, AuthorKind::Agency);
}

mod pages {
    #[test]
    fn rel_author_link_in_the_article_header() {
        let html = r#"<html><body><main class="content neve-main"><article class="post"><div class="entry-header"><ul class="nv-meta-list"><li class="meta author vcard"><span class="author-name fn">von <a href="https://www.careelite.de/author/cschulz/" title="Beiträge von Christoph Schulz" rel="author">Christoph Schulz</a></span></li></ul></div><p>Text text text.</p></article></main></body></html>"#;
        let a = crate::extract(html);
        assert_eq!(a.author_names(), "Christoph Schulz", "{:?}", a.provenance);
    }

    #[test]
    fn handles_from_author_links_and_byline_lines() {
        let html = r#"<article><h1>A post about things</h1><div class="meta">By <a href="/author/g1zzm0/" rel="author">gizzmo</a></div><p>Text.</p></article>"#;
        assert_eq!(crate::extract(html).author_names(), "gizzmo");
        let html = r#"<article><h1>Nebel über dem Tal heute</h1><p class="x">Von Max Muster und Erika Beispiel</p><p>Text.</p></article>"#;
        assert_eq!(
            crate::extract(html).author_names(),
            "Max Muster, Erika Beispiel"
        );
        let html = r#"<article><h1>Nebel über dem Tal heute</h1><p class="x">Interview</p><p>Text.</p></article>"#;
        assert_eq!(crate::extract(html).author_names(), "");
    }

    #[test]
    fn the_site_signs_when_it_says_so_twice_or_as_a_team() {
        let page = |head: &str| {
            format!(
                r#"<html><head><meta property="og:site_name" content="Acme">{head}</head><body><article><h1>Ten tips for planning</h1><p>Text text text.</p></article></body></html>"#
            )
        };
        let twice = page(
            r#"<meta name="author" content="Acme"><script type="application/ld+json">{"@type":"BlogPosting","headline":"Ten tips for planning","author":{"name":"Acme"}}</script>"#,
        );
        assert_eq!(crate::extract(&twice).author_names(), "Acme");
        let once = page(r#"<meta name="author" content="Acme">"#);
        assert_eq!(crate::extract(&once).author_names(), "");
        let team = page(r#"<meta name="author" content="The Acme Team">"#);
        assert_eq!(crate::extract(&team).author_names(), "The Acme Team");
    }

    #[test]
    fn a_credit_naming_the_publication_is_an_organization() {
        use crate::article::AuthorKind;
        let page = |head: &str| {
            format!(
                r#"<html><head><meta property="og:site_name" content="DIE LATERNE">{head}</head><body><article><h1>Ten tips for planning</h1><p>Text text text.</p></article></body></html>"#
            )
        };
        let twice = page(
            r#"<meta name="author" content="DIE LATERNE"><script type="application/ld+json">{"@type":"NewsArticle","headline":"Ten tips for planning","author":{"name":"DIE LATERNE"}}</script>"#,
        );
        let a = crate::extract(&twice);
        assert_eq!(a.author_names(), "DIE LATERNE");
        assert_eq!(a.authors[0].kind, AuthorKind::Organization);
        let staff = page(r#"<meta name="author" content="Lakeside Courier staff">"#);
        let a = crate::extract(&staff);
        assert_eq!(a.author_names(), "Lakeside Courier staff");
        assert_eq!(a.authors[0].kind, AuthorKind::Organization);
        let typed = page(
            r#"<script type="application/ld+json">{"@type":"NewsArticle","headline":"Ten tips for planning","author":{"@type":"Organization","name":"Harbour Watch"}}</script>"#,
        );
        let a = crate::extract(&typed);
        assert_eq!(a.author_names(), "Harbour Watch");
        assert_eq!(a.authors[0].kind, AuthorKind::Organization);
    }

    #[test]
    fn a_lower_case_name_in_metadata() {
        let page = |author: &str| {
            format!(
                r#"<html><head><script type="application/ld+json">{{"@type":"BlogPosting","headline":"Moving day","author":{{"@type":"Person","name":"{author}"}}}}</script></head><body><article><h1>Moving day</h1><p>Text text text.</p></article></body></html>"#
            )
        };
        assert_eq!(
            crate::extract(&page("kira bellamy")).author_names(),
            "kira bellamy"
        );
        // A role or a team in lower case is still no name.
        assert_eq!(crate::extract(&page("staff writer")).author_names(), "");
        assert_eq!(crate::extract(&page("news team")).author_names(), "");
        // On the page, lower-case words are prose.
        let html = r#"<article><h1>Moving day</h1><p class="byline">kira bellamy</p><p>Text.</p></article>"#;
        assert_eq!(crate::extract(html).author_names(), "");
    }

    #[test]
    fn a_labelled_line_far_from_the_headline() {
        let html = r#"<article><h1>Große Aufgaben für die neue Regierung</h1><div><p>Ein langer Absatz über die Lage im Land, der weit mehr als vierzig Zeichen hat.</p><p>Noch ein Absatz.</p></div><p><strong>Autorin: Uta Staschewski, Projektleiterin der HSS in Tunesien.</strong></p></article>"#;
        assert_eq!(crate::extract(html).author_names(), "Uta Staschewski");
    }

    #[test]
    fn an_author_link_on_a_page_whose_layout_class_says_menu() {
        let html = r#"<html><body class="amasty-mega-menu single-post"><div class="post"><h1>The best cheap cameras</h1><p>Text text text.</p><div class="post-meta"><a href="/author/ray/">Roy Amari</a></div></div></body></html>"#;
        assert_eq!(crate::extract(html).author_names(), "Roy Amari");
    }

    #[test]
    fn a_label_on_its_own_line_before_the_name() {
        let html = r#"<article><h1>Types as proofs</h1><div><p>Ein langer Absatz über die Lage im Land, der weit mehr als vierzig Zeichen hat.</p><p>Noch ein Absatz.</p></div><h2>Article by</h2><div>Mikael Hämäläinen</div></article>"#;
        assert_eq!(crate::extract(html).author_names(), "Mikael Hämäläinen");
        let html = r#"<article><h1>How much does a remodel cost</h1><p>Posted By</p><p>Lumen Builders</p><p>Text text text.</p></article>"#;
        assert_eq!(crate::extract(html).author_names(), "Lumen Builders");
    }

    #[test]
    fn author_markup_in_the_articles_own_aside() {
        // The article's column of details is an <aside> inside the <article>.
        let html = r#"<main><article><h1>The best science fiction of the year</h1><aside><address><a rel="author" href="/profile/adam-roberts">Alan Ridley</a></address></aside><p>Text text text.</p></article></main>"#;
        assert_eq!(crate::extract(html).author_names(), "Alan Ridley");
        let html = r#"<article><aside><p><span itemprop="author" itemscope itemtype="http://schema.org/Person"><span itemprop="name">Noel Perrin</span></span></p></aside><h1>Cover your code with tests</h1><p>Text text text.</p></article>"#;
        assert_eq!(crate::extract(html).author_names(), "Noel Perrin");
        let html = r#"<article><h1>Firefox: less advertising, more speed</h1><p>Text text text.</p><footer class="meta"><address class="author p-author h-card" itemprop="author" itemscope itemtype="http://schema.org/Person"><span itemprop="name">Frida Böhm</span></address></footer></article>"#;
        assert_eq!(crate::extract(html).author_names(), "Frida Böhm");
        // A sidebar beside the article is still someone else's.
        let html = r#"<article><h1>The best science fiction of the year</h1><p>Text text text.</p></article><aside><a rel="author" href="/profile/bo-kim">Bo Kim</a></aside>"#;
        assert_eq!(crate::extract(html).author_names(), "");
    }

    #[test]
    fn a_reviewer_is_no_author() {
        let html = r#"<article><h1>Remodel costs</h1><div class="byline-reviewed">Reviewed by <a class="author-link" href="/author/robert-tschudi/">Rolf Tanner</a></div><p>Text text text.</p></article>"#;
        assert_eq!(crate::extract(html).author_names(), "");
        // The writer's credit beside it still counts.
        let html = r#"<article><h1>Remodel costs</h1><div class="author">Written by <a href="/author/ryan-noonan/">Rhys Nolan</a></div><div class="author">Fact checked by <a href="/author/robert-tschudi/">Rolf Tanner</a></div><p>Text text text.</p></article>"#;
        assert_eq!(crate::extract(html).author_names(), "Rhys Nolan");
    }

    #[test]
    fn author_links_of_the_byline_block_only() {
        let html = r#"<article><h1>The best tents</h1><div class="by"><a href="/author/chris-mcnamara">Chris McNamara</a></div><div class="small">Tested by <a href="/author/austin-palmer">Austin Palmer</a></div><p>Text.</p></article>"#;
        assert_eq!(crate::extract(html).author_names(), "Chris McNamara");
    }

    #[test]
    fn the_name_in_an_author_box() {
        let bio = "Bence is a software developer specializing in audio and game development, with a long list of shipped titles, plugins and open-source tools for music makers.";
        let html = format!(
            r#"<article><h1>Reflections on a pixel-perfect UI</h1><p>Text.</p><div class="blog-author"><h4>Bence Kovács</h4><p>{bio}</p></div></article>"#
        );
        assert_eq!(crate::extract(&html).author_names(), "Bence Kovács");
    }

    #[test]
    fn an_author_box_credits_the_name_alone() {
        let page = |byline: &str| {
            format!(
                r#"<article><h1>Council approves the harbour bridge</h1>{byline}
                <p>The council voted on Tuesday to build the bridge.</p></article>"#
            )
        };
        // The name, then a job title, a biography or a link to more of the author's work,
        // each in an element of its own.
        for byline in [
            r#"<div class="author-box"><a href="/authors/ann-lee">Ann Lee</a><span>Harbour Correspondent</span><p>Ann Lee has covered the port and its unions for twelve years.</p></div>"#,
            r#"<div class="byline">By <a href="/authors/ann-lee">Ann Lee</a> <span class="title">Harbour Correspondent</span></div>"#,
            r#"<div class="byline"><span class="name">Ann Lee</span><span class="more">More by Ann Lee</span></div>"#,
        ] {
            let article = crate::extract(&page(byline));
            assert_eq!(article.author_names(), "Ann Lee", "{byline}");
            assert!(
                article
                    .byline
                    .as_deref()
                    .is_some_and(|b| b.ends_with("Ann Lee")),
                "{:?}",
                article.byline
            );
        }
        let article = crate::extract(&page(
            r#"<div class="author-box"><a href="/authors/ann-lee">Ann Lee</a><span>Harbour Correspondent</span></div>"#,
        ));
        assert_eq!(
            article.authors[0].role.as_deref(),
            Some("Harbour Correspondent")
        );
        // A customer quoted in a testimonial is no author.
        let article = crate::extract(&page(
            r#"<div class="testimonial-author"><div>Bo Kessler</div><div>Bo uses the ferry service every day of the week.</div></div>"#,
        ));
        assert_eq!(article.author_names(), "");
    }
}

#[test]
fn metadata_credit_the_page_does_not_show_gives_way_to_the_byline() {
    let page = |body: &str| {
        crate::extract(&format!(
            r#"<meta name="author" content="Ann Lee"><h1>Harbour ferries return</h1>
            <p class="byline">By Bo Vale</p>{body}"#
        ))
        .authors
        .into_iter()
        .map(|a| a.name)
        .collect::<Vec<_>>()
    };
    assert_eq!(page("<p>The ferries ran again.</p>"), ["Bo Vale"]);
    // Shown in two pieces of text, the name is still shown.
    assert_eq!(
        page("<p>Photos: <span>ANN</span> <b>Lee</b>.</p>"),
        ["Ann Lee"]
    );
    assert_eq!(page("<p>Joann Leeds took the photos.</p>"), ["Bo Vale"]);
}

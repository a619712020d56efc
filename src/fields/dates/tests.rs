//! Choosing the publication and modification dates of whole pages.

use crate::extract;

fn day(ts: Option<&crate::article::Timestamp>) -> Option<String> {
    ts.map(|t| t.date.to_string())
}

#[test]
fn banner_date_in_the_site_header_is_ignored() {
    let html = r#"<html><body>
        <header class="site-header"><div>Monday, July 22, 2024</div></header>
        <article><h1>Storm hits the coast</h1>
        <p>By Jane Doe</p><p>Posted on March 3, 2024</p>
        <p>The storm hit the coast on Sunday night and left thousands without power.</p>
        </article></body></html>"#;
    let a = extract(html);
    assert_eq!(day(a.published.as_ref()).as_deref(), Some("2024-03-03"));
}

#[test]
fn date_just_above_the_headline_is_the_articles() {
    let html = r#"<html><body><main><div class="post">
        <div class="post-date">Dec 12, 2023</div>
        <h1>Storm hits the coast</h1>
        <p>The storm hit the coast on Sunday night and left thousands without power.</p>
        </div></main></body></html>"#;
    let a = extract(html);
    assert_eq!(day(a.published.as_ref()).as_deref(), Some("2023-12-12"));
}

#[test]
fn updated_label_goes_to_modified() {
    let html = r#"<html><body><article><h1>Storm hits the coast</h1>
        <p>Published 16. Oktober 2019 · Aktualisiert 18.10.2019</p>
        <p>The storm hit the coast on Sunday night and left thousands without power.</p>
        </article></body></html>"#;
    let a = extract(html);
    assert_eq!(day(a.published.as_ref()).as_deref(), Some("2019-10-16"));
    assert_eq!(day(a.modified.as_ref()).as_deref(), Some("2019-10-18"));
}

#[test]
fn only_an_updated_day_is_the_pages_date() {
    let html = r#"<html><body><article><h1>Best tax software</h1>
        <p>Updated on July 9, 2025</p>
        <p>We tested every tax program on the market so you do not have to.</p>
        </article></body></html>"#;
    let a = extract(html);
    assert_eq!(day(a.published.as_ref()).as_deref(), Some("2025-07-09"));
}

#[test]
fn comment_dates_are_ignored() {
    let html = r#"<html><body><article><h1>Storm hits the coast</h1>
        <p>The storm hit the coast on Sunday night and left thousands without power.</p>
        </article>
        <div class="comments"><p>Posted on 5 May 2024 by Bob</p><p>Great story</p></div>
        </body></html>"#;
    let a = extract(html);
    assert_eq!(day(a.published.as_ref()), None);
}

#[test]
fn story_wrapped_in_a_sidebar_id_keeps_its_date() {
    let html = r#"<html><body><div id="sidebar"><header class="entry-header">
        <h1>The First Decade</h1>
        <div class="entry-meta"><time datetime="2019-07-13T15:52:31+02:00">13 Jul 2019</time></div>
        </header><p>Ten years ago this blog started, and it has grown ever since.</p>
        <div class="comments"><time datetime="2019-08-01T01:15:45+02:00">1 Aug 2019</time></div>
        </div></body></html>"#;
    let a = extract(html);
    assert_eq!(day(a.published.as_ref()).as_deref(), Some("2019-07-13"));
}

#[test]
fn a_stated_utc_offset_is_kept_as_written() {
    let html = r#"<html><head>
        <meta property="article:published_time" content="2022-11-06T23:30:00.000Z">
        </head><body><article><h1>Provence</h1><p>Lavender fields and old towns.</p>
        </article></body></html>"#;
    let page = crate::Page::new(html).url("https://example.de/artikel/provence");
    let a = crate::Extractor::new().extract(&page);
    let ts = a.published.expect("a date");
    assert_eq!(ts.to_string(), "2022-11-06T23:30:00+00:00");
    assert_eq!(ts.offset_source, crate::OffsetSource::Stated);
}

#[test]
fn utc_machine_day_yields_to_the_written_day_next_to_it() {
    let html = r#"<html><head>
        <script type="application/ld+json">{"@type":"NewsArticle","headline":"Mayor elected",
        "datePublished":"2023-11-09T05:30:59Z"}</script>
        </head><body><article><h1>Mayor elected</h1><p>November 8, 2023</p>
        <p>The city elected a new mayor on Tuesday night.</p></article></body></html>"#;
    let a = extract(html);
    assert_eq!(day(a.published.as_ref()).as_deref(), Some("2023-11-08"));
}

#[test]
fn page_object_date_not_shown_is_dropped() {
    let html = r#"<html><head>
        <script type="application/ld+json">{"@type":"WebPage","name":"Porridge",
        "datePublished":"2019-04-12T10:00:00+00:00"}</script>
        </head><body><main><h1>Porridge with apples</h1>
        <p>Oats, milk and two apples make a warm breakfast.</p></main></body></html>"#;
    let a = extract(html);
    assert_eq!(day(a.published.as_ref()), None);
}

#[test]
fn article_metadata_date_not_shown_stays() {
    let html = r#"<html><head>
        <script type="application/ld+json">{"@type":"NewsArticle","headline":"Porridge",
        "datePublished":"2019-04-12T10:00:00+02:00"}</script>
        </head><body><main><h1>Porridge</h1>
        <p>Oats, milk and two apples make a warm breakfast.</p></main></body></html>"#;
    let a = extract(html);
    assert_eq!(day(a.published.as_ref()).as_deref(), Some("2019-04-12"));
}

#[test]
fn shown_date_beats_a_metadata_date_the_page_never_writes() {
    let html = r#"<html><head>
        <meta property="article:published_time" content="2021-11-22T18:42:22+01:00">
        </head><body><article><h1>Wellness hotels</h1>
        <p>Von Fiona Muster</p><p>1. Januar 2023</p>
        <p>Die schönsten Hotels für ein Wochenende der Erholung.</p></article></body></html>"#;
    let a = extract(html);
    assert_eq!(day(a.published.as_ref()).as_deref(), Some("2023-01-01"));
}

#[test]
fn updated_is_not_read_as_dated() {
    let html = r#"<html><head>
        <script type="application/ld+json">{"@type":"Article","headline":"Earbuds",
        "datePublished":"2017-04-03T09:00:00-05:00"}</script>
        </head><body><article><h1>Earbuds</h1>
        <div>Updated <time datetime="2024-02-12T12:07:55-05:00">February 12, 2024</time></div>
        <p>We tested five hundred pairs of earbuds.</p></article></body></html>"#;
    let a = extract(html);
    assert_eq!(day(a.published.as_ref()).as_deref(), Some("2017-04-03"));
    assert_eq!(day(a.modified.as_ref()).as_deref(), Some("2024-02-12"));
}

#[test]
fn numeric_date_written_month_first_confirms_the_metadata() {
    let html = r#"<html><head>
        <meta property="article:published_time" content="2021-11-01T08:00:00+01:00">
        </head><body><article><h1>Elektroroller im Test</h1><p>Zweirad</p><p>11/01/2021</p>
        <p>Fünf Roller für die Stadt, gefahren und gewogen.</p></article></body></html>"#;
    let a = extract(html);
    assert_eq!(day(a.published.as_ref()).as_deref(), Some("2021-11-01"));
}

#[test]
fn a_members_join_date_is_not_the_posts() {
    let html = r#"<html><body><main><h1>Roomba virtual wall</h1>
        <p>Joined May 11, 2017</p><p>Posted March 18, 2020</p>
        <p>I built a virtual wall for my robot vacuum with an Arduino.</p></main></body></html>"#;
    let a = extract(html);
    assert_eq!(day(a.published.as_ref()).as_deref(), Some("2020-03-18"));
}

#[test]
fn date_in_an_aside_right_under_the_headline() {
    let html = r#"<html><body><main><div class="container"><h1>Sleep training</h1></div>
        <aside class="side-col"><p class="date">May 25, 2023</p><p>Topics</p></aside>
        <div><p>Sleep training is a commonly misunderstood topic among new parents.</p></div>
        <aside class="related"><p>June 2, 2024</p></aside></main></body></html>"#;
    let a = extract(html);
    assert_eq!(day(a.published.as_ref()).as_deref(), Some("2023-05-25"));
}

#[test]
fn a_page_without_metadata_gives_the_date_nearest_its_headline() {
    let html = r#"<html><body><div id="nav"><p>Home</p></div><div class="content">
        <h2>Reparaturcafé am 31. Januar</h2><p>Stadt Ahlen</p>
        <p>Das Reparaturcafé öffnet wieder seine Türen für alle Bürger der Stadt.</p>
        <p>27.01.2020</p></div></body></html>"#;
    let a = extract(html);
    assert_eq!(day(a.published.as_ref()).as_deref(), Some("2020-01-27"));
}

#[test]
fn a_customer_review_date_is_not_the_pages() {
    let html = r#"<html><body><main><h1>Ratenkredit</h1>
        <p>Kredite im Vergleich: finden Sie den günstigsten Zins.</p>
        <div><p>Kundenbewertung 02.05.2020 um 08:11 Uhr</p><p>Alles bestens.</p></div>
        </main></body></html>"#;
    let a = extract(html);
    assert_eq!(day(a.published.as_ref()), None);
}

fn extract_at(html: &str, url: &str) -> crate::Article {
    crate::Extractor::new().extract(&crate::Page::new(html).url(url))
}

#[test]
fn a_meta_box_set_as_an_aside_dates_a_page_without_other_dates() {
    let html = r#"<html><body><article><header><h1>Die Linke und der Hass</h1></header>
        <aside class="meta"><p>Von:</p><p>Moritz Muster</p><p>18. Okt 2023</p></aside>
        <p>Ohrenbetäubende Stille herrschte in der Szene nach dem Angriff auf den Mann.</p>
        </article><aside class="sidebar"><p>Neueste Beiträge</p><p>3. Mai 2021</p></aside>
        </body></html>"#;
    let a = extract(html);
    assert_eq!(day(a.published.as_ref()).as_deref(), Some("2023-10-18"));
}

#[test]
fn a_dateline_opening_the_first_paragraph_dates_the_story() {
    let html = r#"<html><body><article><h1>Meditation lowers stress markers</h1>
        <p>WASHINGTON (January 24, 2017) — Mindfulness meditation is an increasingly popular
        treatment for anxiety, but testing its effectiveness has been hard, and a new study
        now measured the hormones of people who took an eight-week course.</p>
        <p>Am 3. Mai 2016 begann die Studie, die seither viele Teilnehmer hatte und lange dauerte
        und deren Ergebnisse nun in einer Fachzeitschrift veröffentlicht worden sind.</p>
        </article></body></html>"#;
    let a = extract(html);
    assert_eq!(day(a.published.as_ref()).as_deref(), Some("2017-01-24"));
}

#[test]
fn dates_of_embedded_posts_and_event_ranges_are_not_the_articles() {
    let html = r#"<html><body><article><h1>Festival im Gutshof</h1>
        <p>23.10.2015 - 25.10.2015</p>
        <blockquote class="twitter-tweet"><p>Wir sind dabei!</p>
        <p>— Kino (@kino) October 2, 2015</p></blockquote>
        <p>Das Festival zeigt drei Tage lang Filme aus aller Welt im alten Gutshof.</p>
        <p>Kinostart: 02. April 2015</p></article></body></html>"#;
    let a = extract(html);
    assert_eq!(day(a.published.as_ref()), None);
}

#[test]
fn a_generic_meta_date_yields_to_the_meta_line() {
    let html = r#"<html><head><meta name="date" content="2020-04-29T11:52:23">
        </head><body><article><h1>Daten von Rheinmetall gehackt</h1>
        <p>Stand: 28.04.2020 18:00 Uhr</p>
        <p>Interne Unterlagen des Konzerns waren monatelang frei im Netz zu finden.</p>
        <p>Über dieses Thema berichtete Inforadio am 29. April 2020 um 09:53 Uhr.</p>
        </article></body></html>"#;
    let a = extract(html);
    assert_eq!(day(a.published.as_ref()).as_deref(), Some("2020-04-28"));
}

#[test]
fn a_local_time_takes_the_countrys_zone_not_a_utc_timestamp_of_another_moment() {
    let html = r#"<html><head>
        <script type="application/ld+json">{"@type":"NewsArticle","headline":"Wahl",
        "datePublished":"2019-10-16T14:05:00"}</script>
        <meta name="last-modified" content="2019-10-16T12:30:00Z">
        </head><body><article><h1>Wahl</h1><p>Die Stadt hat gewählt.</p></article>
        </body></html>"#;
    let a = extract_at(html, "https://example.de/wahl");
    let ts = a.published.expect("a date");
    assert_eq!(ts.to_string(), "2019-10-16T14:05:00+02:00");
    assert_eq!(ts.offset_source, crate::OffsetSource::Inferred);
}

#[test]
fn a_meta_day_takes_the_time_of_the_same_day_stated_elsewhere() {
    let html = r#"<html><head>
        <meta property="article:published_time" content="2022-02-03">
        </head><body><article><h1>Zverev</h1>
        <p class="date"><time datetime="2022-02-03T20:17:12+01:00">3. Februar 2022</time></p>
        <p>Zverev zieht ins Viertelfinale ein.</p></article></body></html>"#;
    let a = extract(html);
    assert_eq!(
        a.published.expect("a date").to_string(),
        "2022-02-03T20:17:12+01:00"
    );
}

#[test]
fn photo_credits_and_copyrights_do_not_date_the_page() {
    let html = r#"<html><body><article><h1>Offshore-Windenergie</h1>
        <p>Windparks auf See liefern immer mehr Strom für das ganze Land.</p>
        <p>Topside Installation 28.04.2014 © E.ON</p>
        <p>© 12.03.2019 Stiftung</p></article></body></html>"#;
    let a = extract(html);
    assert_eq!(day(a.published.as_ref()), None);
}

#[test]
fn streamed_segment_is_read() {
    // React's streaming renderer sends the story in a hidden segment shown by a script.
    let html = r#"<html><body><template id="B:1"></template>
        <div hidden id="S:1"><main><h1>Best mattress for side sleepers</h1>
        <p>October 16, 2020 · 8 min read</p>
        <p>Side sleepers need a mattress that cushions the shoulders and the hips.</p>
        </main></div></body></html>"#;
    let a = extract(html);
    assert_eq!(day(a.published.as_ref()).as_deref(), Some("2020-10-16"));
}
#[test]
fn an_articles_own_footer_dates_it() {
    let html = r#"<html><body><main><article>
        <div class="title">Puppy obedience training</div>
        <p>Training a puppy takes patience, treats and a few minutes every day.</p>
        <footer class="article-footer"><span class="date">
        <time datetime="2025-08-12T11:15:06Z">August 12, 2025</time></span></footer>
        </article></main>
        <footer class="site-footer"><p>Updated 3 March 2026</p></footer></body></html>"#;
    let a = extract(html);
    assert_eq!(day(a.published.as_ref()).as_deref(), Some("2025-08-12"));
}
#[test]
fn a_sites_own_publish_meta_is_read_earliest_first() {
    let html = r#"<html><head><meta name="published-time" content="2026-03-09T08:45:32Z">
        <meta name="published-date" content="2021-02-16"></head>
        <body><h1>Emerging technologies against climate change</h1>
        <p>By land, sea and air, new technologies tackle the climate crisis.</p></body></html>"#;
    let a = extract(html);
    assert_eq!(day(a.published.as_ref()).as_deref(), Some("2021-02-16"));
}

#[test]
fn headline_in_a_lower_heading_anchors_the_meta_line() {
    // The <h1> names the section; the story's title is an <h2>, its date in a box the
    // template names "footer".
    let html = r#"<html><head>
        <meta property="og:title" content="Tag des Zweinutzungshuhns am 22. Januar"></head>
        <body><h1 class="subsite">Detailansicht</h1>
        <div><p>Rechtsgrundlagen</p><p>Adressen</p><p>Termine</p><p>E-Learning</p>
        <p>Nachrichten</p></div><div class="news"><div class="header"><h2>Tag des Zweinutzungshuhns am 22. Januar</h2></div>
        <div class="footer"><p><span>21.01.2022</span></p></div>
        <p>Was ist der Unterschied zwischen ohne Kükentöten und einem echten Zweinutzungstier?</p>
        </div></body></html>"#;
    let a = extract(html);
    assert_eq!(day(a.published.as_ref()).as_deref(), Some("2022-01-21"));
}

#[test]
fn a_comment_thread_below_the_story_does_not_date_it() {
    // The thread's class names it only in the middle of a word (`mo-comments-list`), so
    // it is no region outside the article; its dates are still the comments'.
    let html = r#"<html><body class="single comments-open"><div class="page">
        <h1>Stoppt die Qualzucht</h1>
        <p>Wir fordern ein Verbot der Qualzucht bei Hunden und Katzen in ganz Europa.</p>
        <p>Unterschreiben Sie die Petition und teilen Sie sie mit Ihren Freunden.</p>
        <div class="mo-comments-list"><div class="mo-comment-card">
        <p>Muriel - Le 22/01/2020 à 12:01:03</p><p>Bravo pour cette pétition</p></div></div>
        </div></body></html>"#;
    let a = extract(html);
    assert_eq!(day(a.published.as_ref()), None);
}

#[test]
fn an_uploads_meta_dates_the_page() {
    let html = r#"<html><head>
        <meta content="2013-02-16T04:36:36-05:00" property="photos:uploaded"></head>
        <body><h1>Spring in China</h1><p>A photo of a blossoming tree by the river.</p>
        </body></html>"#;
    let a = extract(html);
    assert_eq!(day(a.published.as_ref()).as_deref(), Some("2013-02-16"));
}

#[test]
fn json_ld_in_a_meta_tag_is_read() {
    let html = r#"<html><head><meta name="script:ld+json"
        content="{&quot;@type&quot;:&quot;Article&quot;,&quot;headline&quot;:&quot;Full EV cars&quot;,&quot;datePublished&quot;:&quot;2025-11-17T10:00:00Z&quot;}">
        </head><body><h1>Full EV cars</h1>
        <p>Electric cars have come a long way in range, price and charging speed.</p>
        </body></html>"#;
    let a = extract(html);
    assert_eq!(day(a.published.as_ref()).as_deref(), Some("2025-11-17"));
}

#[test]
fn a_date_box_ending_a_long_standfirst_is_the_meta_line() {
    let html = r#"<html><head>
        <meta property="article:published_time" content="2020-01-03T09:48:24Z">
        <meta property="article:modified_time" content="2020-01-06T09:22:36Z">
        </head><body><article><h1>Wild goats ruled this island</h1>
        <h2>For over a century the island was stripped of its flora and fauna by invasive
        species, and it makes an astonishingly quick comeback. What is the secret to its
        recovery?<span class="hl__date">Monday, 6 January 2020</span></h2>
        <p>The goats arrived with sailors and stayed for more than a hundred years.</p>
        </article></body></html>"#;
    let a = extract(html);
    assert_eq!(day(a.published.as_ref()).as_deref(), Some("2020-01-06"));
}

#[test]
fn an_update_box_keeps_the_label_before_it() {
    let html = r#"<html><head>
        <meta property="article:published_time" content="2023-11-09T05:30:59Z">
        </head><body><article><h1>A new mayor for the city</h1>
        <div>PUBLISHED: <time datetime="2023-11-08 23:30:59">November 8, 2023 at 11:30 p.m.</time>
        | UPDATED: <time class="updated" datetime="2023-11-09 00:21:49">November 9, 2023</time></div>
        <p>The city elected a new mayor on Tuesday, the first of her community to lead it.</p>
        </article></body></html>"#;
    let a = extract(html);
    assert_eq!(day(a.published.as_ref()).as_deref(), Some("2023-11-08"));
}

#[test]
fn an_example_of_how_to_write_a_date_dates_no_page() {
    let html = r#"<html><body><main><h1>Submissions</h1>
        <p>Please follow the style sheet when you send us a manuscript.</p>
        <ul><li>URLs without emphasis</li>
        <li>bei Datumsangaben kein Abstand zwischen Tag und Monat und Jahr (z.B.: 9.9.2019)</li></ul>
        </main></body></html>"#;
    let a = extract(html);
    assert_eq!(a.published, None);
}

#[test]
fn a_meta_box_date_linking_to_its_days_archive_stands() {
    let html = r#"<html><body><article><h1>Best oral hygiene products</h1>
        <aside class="post-info-widget"><ul><li><a href="https://example.org/2025/07/27/">
        <span class="post-info__item--type-date">July 27, 2025</span></a></li></ul></aside>
        <p>Brushing twice a day is only the start of keeping your teeth healthy for life.</p>
        </article></body></html>"#;
    let a = extract_at(html, "https://example.org/best-oral-hygiene-products/");
    assert_eq!(day(a.published.as_ref()).as_deref(), Some("2025-07-27"));
}

#[test]
fn a_date_in_a_layout_table_still_dates_the_page() {
    let html = r#"<html><body><table><tr><td><h1>Our club news</h1>
        <p>12.03.2004</p><p>The club met again and chose a new board for the year.</p>
        </td></tr></table></body></html>"#;
    let a = extract(html);
    assert_eq!(day(a.published.as_ref()).as_deref(), Some("2004-03-12"));
}

#[test]
fn og_locale_gives_a_bare_language_its_region_for_numeric_dates() {
    let page = |locale: &str| {
        format!(
            r#"<html lang="en"><head><meta property="og:locale" content="{locale}"></head>
            <body><article><h1>How fast do electric skateboards go?</h1>
            <p>Post time: 01-04-2024</p>
            <p>Most electric skateboards reach twenty miles an hour on flat ground.</p>
            </article></body></html>"#
        )
    };
    let a = extract(&page("en_US"));
    assert_eq!(day(a.published.as_ref()).as_deref(), Some("2024-01-04"));
    let a = extract(&page("en_GB"));
    assert_eq!(day(a.published.as_ref()).as_deref(), Some("2024-04-01"));
    // Another language's locale says nothing of this page's.
    let a = extract(&page("de_DE"));
    assert_eq!(day(a.published.as_ref()).as_deref(), Some("2024-04-01"));
}

//! The generic vocabulary of page markup: which tags, class and id words, and ARIA roles say
//! "this is the article body" and which say "this is boilerplate".
//!
//! This module only holds the data and the matching of one element against it; it does not
//! walk the tree or decide what to keep (that is `prune` and `score`). Class and id values are
//! split into lower-case words at `-`, `_`, spaces, and camelCase humps, so `relatedPosts`,
//! `related-posts` and `related_posts` all yield the word `related`. Words are matched
//! exactly, never as substrings: `ad` must not fire on `header` or `shadow`. Compound tokens
//! that only mean something whole (`readmore`, `sharedaddy`) are matched on the token with its
//! separators removed.

use crate::dom::{Element, LocalName, local_name, tags};
use crate::vocabulary::alternation;
use regex::Regex;
use rustc_hash::FxHashSet as HashSet;
use std::sync::LazyLock;

/// Whole class tokens (separators removed, lower case) that publishers and CMSs use for the
/// container of the article text. An element carrying one is a strong body candidate and is
/// never dropped as boilerplate.
const BODY_TOKENS: &[&str] = &[
    "entrycontent",    // WordPress themes: `.entry-content`
    "postcontent",     // WordPress and Blogger themes
    "postbody",        // Blogger `.post-body`, many forums and blogs
    "postentry",       // older WordPress themes
    "posttext",        // blog engines
    "articlebody",     // `.article-body`, `.article__body`, `.articleBody`
    "articlecontent",  // `.article-content`, `.article__content`
    "articletext",     // news CMSs
    "articlecopy",     // news CMSs
    "storybody",       // BBC and many newspapers
    "storycontent",    // newspaper CMSs
    "storytext",       // newspaper CMSs
    "contentbody",     // Drupal-style `.content-body`
    "bodytext",        // TYPO3 `.bodytext`, news CMSs
    "newsbody",        // regional news CMSs
    "newstext",        // regional news CMSs
    "newscontent",     // regional news CMSs
    "entrybody",       // blog engines
    "tdpostcontent",   // Newspaper theme `.td-post-content`
    "fieldnamebody",   // Drupal `.field-name-body`
    "fielditembody",   // Drupal 8 `.field--name-body`
    "richtext",        // many headless CMSs render body HTML in `.rich-text`
    "articlebodytext", // news CMSs
    "mainarticlebody", // news CMSs
    "paywallcontent",  // the text behind a (saved, open) paywall is the article
];

/// Class and id words that make an element more likely to hold the article (Readability's
/// "positive" evidence). They only weigh in scoring; they never force a choice.
const BODY_WORDS: &[&str] = &[
    "article", // the article itself or its wrapper
    "body",    // `article-body`, `story-body` split into words
    "content", // `main-content`, `entry-content`
    "entry",   // hAtom `hentry`, WordPress `entry`
    "hentry",  // microformats hAtom
    "main",    // `main`, `main-column`
    "post",    // blog posts
    "text",    // `article-text`, `body-text`
    "blog",    // blog posts
    "story",   // newspapers
    "prose",   // Tailwind typography `.prose`
];

/// Class and id words that mark boilerplate: an element carrying one is dropped from the body
/// (unless it also carries a body token) and weighs against a candidate in scoring.
const BOILERPLATE_WORDS: &[&str] = &[
    // Navigation and page chrome.
    "nav",         // `nav`, `main-nav`
    "navbar",      // Bootstrap
    "navigation",  // menus
    "menu",        // menus
    "breadcrumb",  // the section path, not the article
    "breadcrumbs", // same
    "pagination",  // "next page" links
    "pager",       // same
    "sidebar",     // side columns
    "masthead",    // the site's header
    "footer",      // page and article footers: tags, legal, author boxes
    "toolbar",     // article tools
    "tools",       // `article-tools`: print, e-mail, font size
    "search",      // search boxes
    "skip",        // "skip to content" links
    "dropdown",    // menus
    "modal",       // pop-up dialogs
    "popup",       // same
    "overlay",     // same
    "tooltip",     // help bubbles
    // Share bars.
    "share",       // `share-bar`, `social-share`
    "shares",      // share counters
    "sharing",     // `sharing-buttons`
    "social",      // social buttons and embeds of the site's profiles
    "sharedaddy",  // Jetpack's share bar
    "addthis",     // AddThis share bar
    "shareaholic", // Shareaholic share bar
    "sociable",    // Sociable plug-in
    "follow",      // "follow us" boxes
    // Related links and recirculation.
    "related",     // `related-articles`, `relatedPosts`
    "recommended", // "recommended for you"
    "recommendations",
    "outbrain", // Outbrain recirculation widgets
    "taboola",  // Taboola recirculation widgets
    "recirc",   // recirculation modules
    "trending", // trending lists
    "popular",  // most-popular lists
    // Newsletter and subscription boxes.
    "newsletter",   // sign-up boxes
    "newsletters",  // same
    "subscribe",    // same
    "subscription", // same
    "signup",       // same
    "optin",        // same
    "mailchimp",    // Mailchimp forms
    "login",        // log-in prompts
    "signin",       // same
    "register",     // same
    // Comments.
    "comment",     // `comment-list`, `comment-form`
    "comments",    // same
    "commentlist", // WordPress
    "disqus",      // Disqus threads
    "respond",     // WordPress `#respond` reply form
    "replies",     // threads
    "discussion",  // threads
    // Customer reviews and testimonials: the shop's or firm's widgets, not the page's text.
    "testimonial",  // `testimonial-slider`
    "testimonials", // same
    "jdgm",         // Judge.me review widgets
    "yotpo",        // Yotpo review widgets
    "trustpilot",   // Trustpilot widgets
    // Cookie and consent notices.
    "cookie",  // cookie banners
    "cookies", // same
    "consent", // consent managers
    "gdpr",    // same
    // Advertising.
    "ad",      // `ad-slot`, `top-ad`
    "ads",     // same
    "advert",  // same
    "adverts", // same
    "advertisement",
    "advertising",
    "adsense",    // Google AdSense
    "adslot",     // ad slots
    "adunit",     // ad units
    "dfp",        // DoubleClick for Publishers slots
    "sponsor",    // sponsored boxes
    "sponsored",  // same
    "promo",      // promotions
    "promotion",  // same
    "banner",     // banners (ads, cookie bars, site headers)
    "skyscraper", // an ad format
    // Bylines, datelines and metadata repeated inside the article.
    "byline",    // the author line
    "author",    // author names and boxes
    "authors",   // same
    "dateline",  // the date line
    "meta",      // `entry-meta`, `post-meta`
    "timestamp", // dates
    "date",      // dates
    // Image captions and credits, galleries.
    "caption",   // `wp-caption-text`, `image-caption`
    "captions",  // same
    "credit",    // photo credits
    "credits",   // same
    "gallery",   // image galleries (their text is captions)
    "slideshow", // same
    "carousel",  // same
    // Tags and topic lists under the article.
    "tags",     // `post-tags`, `article-tags`
    "keywords", // same
    // Donation and membership appeals.
    "donate",    // `donate-box`
    "donation",  // same
    "donations", // same
];

/// Compound tokens (separators removed, lower case) that mean boilerplate only as a whole.
/// Matched as substrings of the joined token, so each is long enough not to fire by chance.
const BOILERPLATE_TOKENS: &[&str] = &[
    "readmore",       // "read more" link lists
    "readalso",       // "read also"
    "alsoread",       // "also read"
    "seealso",        // "see also"
    "morestories",    // recirculation
    "mostread",       // most-read lists
    "youmayalso",     // "you may also like"
    "relatedposts",   // Jetpack `jp-relatedposts`
    "screenreader",   // `screen-reader-text`
    "visuallyhidden", // `visually-hidden`
    "sronly",         // Bootstrap `sr-only`
    "printonly",      // print-only copies of page parts
    "factbox",        // `fact-box`: a pull-out box of figures beside the text
    "infobox",        // same
    "authorbox",      // `authorbox`, `post-authorbox`: the writer's box
    "authorbio",      // same
    "authorinfo",     // same
    "postauthor",     // same
    "saboxplugin",    // Simple Author Box (WordPress)
    "molongui",       // Molongui author boxes (WordPress)
];

/// Whole class tokens that hide an element. Only whole tokens: `overflow-hidden` and Drupal's
/// `field--label-hidden` do not hide the element's text, and neither does `hidden` beside a
/// responsive `md:block` (Tailwind shows the element on larger screens).
const HIDDEN_CLASSES: &[&str] = &[
    "hidden",    // Bootstrap 3, Tailwind, many themes
    "is-hidden", // Bulma
    "d-none",    // Bootstrap 4+
    "invisible", // Bootstrap 3
];

/// Whole class tokens of text for screen readers only (", opens new tab", "Section:"): not
/// shown, so not text of the page, even inside a sentence.
const SCREEN_READER_CLASSES: &[&str] = &[
    "sr-only",
    "sr-only-focusable",
    "visually-hidden",
    "visuallyhidden",
    "u-visually-hidden",
    "screen-reader-text",
    "screen-reader-only",
    "screenreader-only",
    "a11y-hidden",
    "assistive-text",
];

/// ARIA roles of page chrome.
const BOILERPLATE_ROLES: &[&str] = &[
    "navigation",    // menus
    "banner",        // the site header
    "contentinfo",   // the site footer
    "complementary", // sidebars
    "search",        // search boxes
    "dialog",        // pop-ups
    "alertdialog",   // cookie and newsletter pop-ups
    "menu",          // menus
    "menubar",       // same
];

/// Short blocks that are page furniture wherever they stand in the body: ad labels,
/// "continues below" markers, the titles of tables of contents and buttons, matched whole (lower case, outer punctuation trimmed).
pub(super) const FURNITURE_LINES: &[&str] = &[
    "advertisement",
    "advertisements",
    "advertising",
    "sponsored",
    "article continues below",
    "story continues below",
    "article continues below advertisement",
    "continue reading below",
    "listen to this article",
    "anzeige",
    "werbung",
    "publicité",
    "publicidad",
    "pubblicità",
    "reklama",
    "escucha esta nota aquí",
    "drukuj",
    // The titles of tables of contents (the list itself is kept: readers see it as part of
    // the text, but its title is a widget's label).
    "table of contents",
    "contents",
    "in this article",
    "on this page",
    "inhaltsverzeichnis",
    "sommaire",
    "índice",
    "indice",
    "spis treści",
    "inhoudsopgave",
    // Notices and buttons written as lines.
    "show caption",
    "print this page",
    "comments are closed",
    // The label of a share bar, wherever the bar stands (between the text and its FAQ).
    "share",
    "share this",
    "share article",
    // Buttons set as lines of their own.
    "back to top",
    "back to blog",
    "view author page",
    "rate this article",
    "jump to",
    "scroll for more",
    "text size",
    "thanks for signing up",
    // Ad labels of other languages and spellings.
    "advert",
    "iklan",
];

/// Labels of links styled as buttons, furniture as a paragraph or list item of their own
/// (as a heading they title a list of links the article gives: "Learn more:").
pub(super) const BUTTON_LINES: &[&str] = &[
    "learn more",
    "read more",
    // The buttons of product and recipe boxes in roundups ("➡️ Check price here").
    "get the recipe",
    "jump to recipe",
    "print recipe",
    "read full review",
    "read the full review",
    "read the review",
    "see details",
    "see details & buying options",
    "check price",
    "check price here",
    "check current price",
    "see more reviews",
    "get it now",
    "view deal",
    "buy now",
    "shop now",
    "jump to details",
    "check it out",
    "share it",
];

/// Openings of short teaser lines that point to another article ("Read more: …"), in the
/// languages of the corpus's publishers. A block that starts with one, and is short, is a
/// link to elsewhere wherever it stands.
pub(super) const TEASER_PREFIXES: &[&str] = &[
    "read more:",
    "read also:",
    "also read ",
    "also read:",
    "don't miss:",
    "don’t miss:",
    "also check:",
    "you may also check:",
    "main article:",
    "see more:",
    "see also:",
    "related:",
    "related article:",
    "recommended:",
    "lesen sie auch:",
    "lies auch:",
    "mehr zum thema:",
    "auch interessant:",
    "das könnte sie auch interessieren",
    "das könnte dich auch interessieren",
    "lire aussi:",
    "à lire aussi:",
    "a lire aussi:",
    "lea también:",
    "lee también:",
    "le puede interesar",
    "te puede interesar",
    "leggi anche:",
    "leia também:",
    "czytaj także:",
    "czytaj też:",
    // Pointers to another article of the site ("Check out: Best advice for renting a car").
    "check out:",
    "check out next:",
    // A newsroom's pointer to its own rules ("Our Standards: The … Trust Principles").
    "our standards",
    "unsere standards",
];

/// Titles of the boxes that CMSs put after the article text inside its container: related
/// links, author boxes, comments, sharing and contact prompts. A heading (or a title-like
/// short paragraph) near the end of the body that is one of these, whole (outer punctuation
/// and a colon trimmed, lower case), ends the article there.
pub(super) const CLOSING_TITLES: &[&str] = &[
    "related",
    "recommended",
    "read more",
    "read next",
    "up next",
    "explore more",
    "more",
    "comments",
    "contact us",
    "get in touch",
    "tags",
    "kommentare",
    "commentaires",
    "comentarios",
    "commenti",
];

/// Openings of the same titles, longer and unambiguous: a title that starts with one (as
/// whole words) ends the article there ("Related articles that may interest you").
pub(super) const CLOSING_PREFIXES: &[&str] = &[
    "related articles",
    "related posts",
    "related stories",
    "related content",
    "related reading",
    "related recipes",
    "related topics",
    "related searches",
    "related papers",
    "recommended reading",
    "recommended for you",
    "recommended articles",
    "recommended posts",
    "you may also like",
    "you might also like",
    "you may also enjoy",
    "you might also enjoy",
    "you may be interested",
    "you might be interested",
    "more from",
    "more great",
    "more by this",
    "explore more",
    "more stories",
    "more articles",
    "more news",
    "latest news",
    "latest posts",
    "latest articles",
    "recent posts",
    "popular posts",
    "most popular",
    "most read",
    "what to read next",
    "about the author",
    "about the authors",
    "about the contributor",
    "about the reviewer",
    "meet the author",
    "leave a comment",
    "leave a reply",
    "join the conversation",
    "share this article",
    "share this post",
    "share this story",
    "tell us what you think",
    // Paywall boxes under the free part of the text.
    "this article is exclusive to",
    "this story is exclusive to",
    "unlock this article",
    "unlock this story",
    "subscribe to continue reading",
    "subscribe to read more",
    "continue reading with",
    "already a subscriber",
    "already have an account",
    "support our journalism",
    "support independent journalism",
    "mehr zum thema",
    "weitere artikel",
    "ähnliche artikel",
    "verwandte artikel",
    "das könnte sie auch interessieren",
    "das könnte dich auch interessieren",
    "über den autor",
    "über die autorin",
    "à lire aussi",
    "a lire aussi",
    "sur le même sujet",
    "artículos relacionados",
    "noticias relacionadas",
    "te puede interesar",
    "leggi anche",
    "articoli correlati",
];

/// The words after an ellipsis that end a related story's teaser ("Council votes to close
/// the old library … more"), lower case: a cut-off line pointing to another article.
pub(super) const TEASER_ENDINGS: &[&str] = &[
    "more",
    "read more",
    "mehr",
    "weiterlesen",
    "lire la suite",
    "leer más",
    "leggi tutto",
];

/// Phrases of calls to action, subscription and newsletter pleas, support appeals, author
/// boxes, sharing prompts, commerce disclosures and copyright and licence lines. Matched
/// (lower case) inside short blocks at the very start or end of the body only, where these
/// sit on every kind of site; inside the article the same words are prose.
pub(super) const EDGE_PHRASES: &[&str] = &[
    // English: subscriptions, newsletters, log-in walls.
    "subscribe now",
    "subscribe for",
    "sign up for our",
    "sign up to our",
    "sign up to get",
    "log in for",
    "join our",
    "mailing list",
    "delivered to your inbox",
    "get the latest",
    // Sponsorship and contribution calls ("Want to advertise in Tech World?").
    "want to advertise",
    "advertise with us",
    "collaborate with us",
    "share your story",
    // Following and sharing.
    "follow us",
    "follow me on",
    // Google News buttons ("Favourite on Google News", "Add as a trusted news source").
    "on google news",
    "trusted news source",
    "preferred source",
    "pin it for later",
    "pin it using",
    "stay connected",
    "share this",
    "tell your friends",
    "spread the word",
    // Support appeals.
    "support us",
    "support our work",
    "consider supporting",
    "funded by readers",
    "by donating",
    "become a member",
    "if you liked this",
    "if you enjoyed",
    "like what you're reading",
    "like what you’re reading",
    "become a patron",
    "consider pitching in",
    // Recirculation, comments and letters.
    "you might like",
    "you may also like",
    "you might also like",
    "more stories",
    "related posts",
    "related articles",
    "leave a comment",
    "comment via",
    "comments are welcome",
    "by posting a comment",
    "letters to the editor",
    // Commerce disclosures and pitches.
    "affiliate marketer",
    "earn a commission",
    "earn from qualifying purchases",
    "may earn us",
    "may receive compensation",
    "may receive a commission",
    "may be compensated",
    "chosen independently",
    "branded content",
    "references to products",
    "request a quote",
    "book a free",
    "free quote",
    "to view the full story",
    // Contact lines under a news story.
    "may be reached at",
    "share it with a friend",
    // Rights and credits.
    "all rights reserved",
    "copyrighted",
    "reprint",
    "©",
    // German.
    "folgen sie uns",
    "folge uns",
    "über den autor",
    "artikel bewerten",
    "artikel teilen",
    "artikel nützlich",
    "beitrag wurde am",
    "nicht eingeloggt",
    "unterstützen sie uns",
    "könnte dich auch interessieren",
    "könnte sie auch interessieren",
    "dieser text wurde veröffentlicht unter",
    "lizenz cc",
    // French, Spanish, Italian, Portuguese, Polish, Dutch.
    "abonnez-vous",
    "inscrivez-vous",
    "suscríbete",
    "hazte miembro",
    "cancela cuando quieras",
    "síguenos",
    "iscriviti",
    "zapraszamy",
];

/// Phrases of a newsletter sign-up box, lower case: its pitch in the site's own voice
/// ("sign up for our", "our newsletter"), where the mail goes ("to your inbox") and the
/// terms under the button ("by signing up", "unsubscribe at any time"). A small box whose
/// text is mostly blocks holding one of them is no part of the article, wherever it
/// stands and whatever its class (see `clean`).
pub(super) const SIGN_UP_PHRASES: &[&str] = &[
    // English.
    "sign up for our",
    "sign up to our",
    "sign up for the",
    "sign up to receive",
    "by signing up",
    "by subscribing",
    "subscribe to our",
    "our newsletter",
    "our newsletters",
    "our free newsletter",
    "to your inbox",
    "in your inbox",
    "unsubscribe at any time",
    "unsubscribe anytime",
    "you can unsubscribe",
    "opt out at any time",
    "enter your email",
    "your email address",
    // German.
    "newsletter abonnieren",
    "zum newsletter",
    "unseren newsletter",
    "unser newsletter",
    "jederzeit abbestellen",
    "jederzeit abmelden",
    "ihre e-mail-adresse",
    "ins postfach",
    "in ihr postfach",
    // French.
    "inscrivez-vous à notre",
    "abonnez-vous à notre",
    "notre newsletter",
    "notre lettre d'information",
    "vous désinscrire",
    "votre adresse e-mail",
    "votre adresse email",
    "dans votre boîte",
    // Spanish, Italian, Dutch.
    "suscríbete a nuestro",
    "nuestro boletín",
    "nuestra newsletter",
    "darte de baja",
    "tu correo electrónico",
    "iscriviti alla",
    "la nostra newsletter",
    "il tuo indirizzo email",
    "onze nieuwsbrief",
    "je e-mailadres",
];

/// The pitches among [`EDGE_PHRASES`] that say "page furniture" even in a longer closing
/// paragraph: commerce disclosures, support appeals and follow or sign-up calls. A plea
/// for comments or shares is left out: it often closes the writer's own last paragraph.
pub(super) const PITCH_PHRASES: &[&str] = &[
    "earn a commission",
    "earn from qualifying purchases",
    "may earn us",
    "may receive compensation",
    "may receive a commission",
    "may be compensated",
    "affiliate marketer",
    "if you liked this",
    "if you enjoyed",
    "consider supporting",
    "consider pitching in",
    "support our work",
    "become a member",
    "become a patron",
    "follow us",
    "follow me on",
    "subscribe now",
    "sign up for our",
    "sign up to our",
    "delivered to your inbox",
    "join our",
];

/// Phrases of the legal or financial disclaimer that a site's template prints under every
/// article ("… is a Registered Investment Adviser", "… do not provide tax, legal or
/// accounting advice", "This article is for informational purposes"), matched lower case.
pub(super) const DISCLAIMER_PHRASES: &[&str] = &[
    "registered investment adviser",
    "registered investment advisor",
    "informational purposes",
    "not provide tax",
    "not provide legal",
    "not provide investment advice",
    "not provide financial advice",
    "not intended to provide tax",
    "not a substitute for professional",
    "not a substitute for medical",
    "should not be considered medical advice",
    "should not be considered legal advice",
    "should not be considered financial advice",
];

/// Phrases of a fund's risk warning ("All investing is subject to risk", "Past performance
/// is no guarantee…"): an investing article may say one of them in its own words, so a
/// disclaimer needs two, in one paragraph or in the paragraphs that close the page.
pub(super) const RISK_PHRASES: &[&str] = &[
    "past performance",
    "subject to risk",
    "subject to the risk",
    "investment risk",
    "prospectus",
];

/// Labels that open a disclaimer the writer set off in the text ("Disclaimer: …", "Note:
/// …"): the article's own, kept as written.
pub(super) const DISCLAIMER_LABELS: &[&str] = &["disclaimer", "disclosure", "note", "important"];

/// Openings of a paragraph at the end of the body that asks the reader to follow the
/// site or its writers elsewhere ("Follow Newsbeat on Instagram", "Reach the reporters on
/// Twitter at …").
pub(super) const FOLLOW_PREFIXES: &[&str] = &["follow ", "reach the reporter"];

/// The labels before a reading time ("Reading time: 8 minutes"), in the corpus's languages.
pub(super) const READING_TIME_LABELS: &[&str] = &[
    "reading time",
    "tempo de leitura",
    "tiempo de lectura",
    "temps de lecture",
    "lesezeit",
    "czas czytania",
];

/// Words for minutes in a reading time.
pub(super) const MINUTE_WORDS: &[&str] = &[
    "min", "mins", "minute", "minutes", "minuto", "minutos", "minuten", "minut", "minuty",
];

/// Single words of the same kinds, too common in prose to judge a paragraph by: they only
/// count in very short edge blocks, which are labels and buttons ("Subscribe", "Join Our
/// Newsletter", "Sign up").
pub(super) const EDGE_WORDS: &[&str] = &[
    "subscribe",
    "subscriber",
    "newsletter",
    "sign up",
    "sign-up",
    "log in",
    "donate",
    "affiliate",
    "abonnieren",
    "abonniere",
    "newsletter",
    "suscribirse",
    "assine",
    "subskrypc",
    "abonneer",
];

/// Openings of credit, byline and filing lines that end an article ("Written by …",
/// "Photo: …"): matched at the start of a short block at the end of the body.
pub(super) const EDGE_PREFIXES: &[&str] = &[
    "written by",
    "posted by",
    "edited by",
    "reviewed by",
    "fact checked by",
    "fact-checked by",
    "medically reviewed by",
    "updated on",
    "last reviewed",
    "published on",
    "last updated",
    "updated at",
    "write to ",
    "have a tip?",
    "disclosure:",
    "kontakt:",
    "pressekontakt",
    "weitere informationen:",
    "posted in",
    "filed under",
    "posted under",
    "topic:",
    "topics:",
    "tags:",
    "tagged:",
    "category:",
    "categories:",
    "photo:",
    "photos:",
    "image:",
    "images:",
    "feature image",
    "featured image",
    "copyright",
    "source:",
    "quelle:",
    "foto:",
    "fotos:",
    "titelbild:",
    "beitragsbild:",
    "bildquelle:",
    "erstellt am",
    "veröffentlicht am",
    "aktualisiert am",
    "crédits photos",
    "crédit photo",
    "créditos:",
];

/// Elements whose content is never article text, wherever they appear.
pub(super) fn is_boilerplate_tag(tag: &LocalName) -> bool {
    matches!(
        *tag,
        local_name!("nav")          // navigation
            | local_name!("aside")  // sidebars, pull-outs, related boxes
            | local_name!("footer") // page and article footers
            | local_name!("form")   // search, comment and newsletter forms
            | local_name!("input")
            | local_name!("textarea")
            | local_name!("label")
            | local_name!("figure")     // images; their text is captions and credits
            | local_name!("figcaption") // captions outside a figure
            | local_name!("dialog")     // pop-ups
            | local_name!("menu")
            | local_name!("address") // author contact boxes
    ) || tags::MEDIA.contains(tag)
}

/// What the class, id and role of an element say about it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Evidence {
    /// A well-known body container class (`entry-content`, `article-body`).
    StrongBody,
    /// Words that lean towards content (`article`, `content`, `story`).
    Body,
    /// Nothing either way.
    Neutral,
    /// Words of page chrome, share bars, ads, comments and the like.
    Boilerplate,
}

/// The word lists as sets: `evidence` runs on every classed element of a page, and a linear
/// scan of a hundred words per class word showed up as a tenth of extraction time.
static BODY_TOKEN_SET: LazyLock<HashSet<&'static str>> =
    LazyLock::new(|| BODY_TOKENS.iter().copied().collect());
static BOILERPLATE_WORD_SET: LazyLock<HashSet<&'static str>> =
    LazyLock::new(|| BOILERPLATE_WORDS.iter().copied().collect());
static BODY_WORD_SET: LazyLock<HashSet<&'static str>> =
    LazyLock::new(|| BODY_WORDS.iter().copied().collect());

/// Finds any of [`BOILERPLATE_TOKENS`] inside a joined token in one pass, where a search per
/// compound showed up among the costs of reading a new token.
static BOILERPLATE_TOKEN_SEARCH: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&alternation(BOILERPLATE_TOKENS.iter().copied()))
        .expect("a list of escaped words compiles")
});

/// Reads the evidence of an element's class, id and role.
pub(super) fn evidence(element: &Element) -> Evidence {
    let class = element
        .attr("class")
        .map_or_else(TokenEvidence::default, |v| attribute_evidence(v, false));
    judge(element, class.or(id_evidence(element)))
}

/// Reads the evidence of the elements of one page, remembering what each distinct class
/// value said: a page repeats the same class attribute on many elements, and reading it
/// again token by token was most of the cost of [`evidence`].
#[derive(Debug, Default)]
pub(super) struct EvidenceReader<'a> {
    /// What each class value seen on the page says, its tokens taken together.
    classes: rustc_hash::FxHashMap<&'a str, TokenEvidence>,
    /// Whether each class value seen by [`EvidenceReader::names_body`] names a body container.
    body_classes: rustc_hash::FxHashMap<&'a str, bool>,
    /// Reused from token to token by [`EvidenceReader::names_body`].
    joined: String,
}

impl<'a> EvidenceReader<'a> {
    /// The element's [`evidence`], and whether its class or id names a call-to-action box
    /// or a disclaimer (`cta-box`, `call-to-action`, `affiliate-disclosure`; only a small
    /// box goes, as some themes class a whole section so).
    pub(super) fn read(&mut self, element: &'a Element) -> (Evidence, bool) {
        let class = match element.attr("class") {
            Some(value) => *self
                .classes
                .entry(value)
                .or_insert_with(|| attribute_evidence(value, false)),
            None => TokenEvidence::default(),
        };
        let said = class.or(id_evidence(element));
        (judge(element, said), said.small_box)
    }

    /// True when the element's class or id names a well-known body container, which is
    /// when its [`evidence`] is [`Evidence::StrongBody`]: the part of the evidence that
    /// counts for every element, as it keeps the wrappers around it. It is read without the
    /// rest, which most elements (menus, footers, what a dropped box holds) never need.
    pub(super) fn names_body(&mut self, element: &'a Element) -> bool {
        let Self {
            body_classes,
            joined,
            ..
        } = self;
        let class = element.attr("class").is_some_and(|value| {
            *body_classes
                .entry(value)
                .or_insert_with(|| names_body_container(value, joined))
        });
        class
            || element
                .attr("id")
                .is_some_and(|value| names_body_container(value, joined))
    }
}

/// True when a token of a class or id value is a body container's name ([`BODY_TOKENS`]),
/// as [`token_evidence`] reads it; `joined` is a buffer.
fn names_body_container(value: &str, joined: &mut String) -> bool {
    value.split_ascii_whitespace().any(|token| {
        joined.clear();
        join_token(token, joined);
        BODY_TOKEN_SET.contains(joined.as_str())
    })
}

/// What all the tokens of one class or id value say, taken together.
fn attribute_evidence(value: &str, is_id: bool) -> TokenEvidence {
    value
        .split_ascii_whitespace()
        .fold(TokenEvidence::default(), |said, token| {
            said.or(cached_token_evidence(token, is_id))
        })
}

/// What the tokens of the element's id say.
fn id_evidence(element: &Element) -> TokenEvidence {
    element
        .attr("id")
        .map_or_else(TokenEvidence::default, |v| attribute_evidence(v, true))
}

/// The evidence of an element from what its class and id tokens say and from its role.
fn judge(element: &Element, mut said: TokenEvidence) -> Evidence {
    if said.strong_body {
        return Evidence::StrongBody;
    }
    if let Some(role) = element.attr("role") {
        let role = role.trim().to_ascii_lowercase();
        said.boilerplate |= BOILERPLATE_ROLES.contains(&role.as_str());
        said.body |= role == "main" || role == "article";
    }
    match (said.boilerplate, said.body) {
        (true, _) => Evidence::Boilerplate,
        (false, true) => Evidence::Body,
        (false, false) => Evidence::Neutral,
    }
}

/// What one class or id token says about its element.
#[derive(Debug, Clone, Copy, Default)]
struct TokenEvidence {
    /// A well-known body container class.
    strong_body: bool,
    /// Words or compounds of boilerplate.
    boilerplate: bool,
    /// Words that lean towards content.
    body: bool,
    /// Words of a call-to-action box or a disclaimer ([`SMALL_BOX_WORDS`]).
    small_box: bool,
}

impl TokenEvidence {
    /// What two tokens of one element say together.
    fn or(self, other: TokenEvidence) -> TokenEvidence {
        TokenEvidence {
            strong_body: self.strong_body || other.strong_body,
            boilerplate: self.boilerplate || other.boilerplate,
            body: self.body || other.body,
            small_box: self.small_box || other.small_box,
        }
    }
}

/// The most tokens remembered per thread before the memory is emptied: a site's pages
/// repeat their class names, but a batch of many sites must not grow it without end. A
/// page's own tokens fit; more than that bought no speed, and each map keeps its table.
const TOKEN_MEMORY: usize = 2048;

thread_local! {
    /// [`token_evidence`] of the class and id tokens seen lately on this thread, and the
    /// buffers it reads a new token in. A page repeats the same few hundred tokens on
    /// thousands of elements.
    static TOKENS_SEEN: std::cell::RefCell<TokensSeen> = Default::default();
}

/// The per-thread memory of [`cached_token_evidence`].
#[derive(Default)]
struct TokensSeen {
    /// Evidence of class tokens.
    classes: TokenMemory,
    /// Evidence of id tokens (read apart: an id may be a heading's slug).
    ids: TokenMemory,
    /// Reused from token to token, so that reading a new token allocates nothing.
    text: TokenText,
}

/// Token evidence by token, hashed with rustc-hash: the default hasher, built to resist
/// crafted keys, was most of the lookup's cost. Crafted colliding tokens can only slow
/// lookups within the [`TOKEN_MEMORY`] bound, as the memory is emptied when full.
type TokenMemory = rustc_hash::FxHashMap<Box<str>, TokenEvidence>;

/// [`token_evidence`], remembered.
fn cached_token_evidence(token: &str, is_id: bool) -> TokenEvidence {
    TOKENS_SEEN.with(|seen| {
        let mut seen = seen.borrow_mut();
        let TokensSeen { classes, ids, text } = &mut *seen;
        let memory = if is_id { ids } else { classes };
        if let Some(said) = memory.get(token) {
            return *said;
        }
        if memory.len() >= TOKEN_MEMORY {
            memory.clear();
        }
        text.read(token);
        let said = token_evidence(token, is_id, text);
        memory.insert(token.into(), said);
        said
    })
}

/// A class or id token as [`token_evidence`] reads it, in buffers kept from token to token.
#[derive(Debug, Default)]
struct TokenText {
    /// The token lower-cased with its separators removed ([`join_token`]).
    joined: String,
    /// Its words ([`Words`]).
    words: Words,
}

impl TokenText {
    /// Reads `token` into the buffers, in place of the last token.
    fn read(&mut self, token: &str) {
        self.joined.clear();
        join_token(token, &mut self.joined);
        self.words.read(token);
    }
}

/// What one class or id token says: a body container's name, boilerplate or body words (none
/// for a state flag, nor for an id made from a heading's text), a small box's words.
fn token_evidence(token: &str, is_id: bool, text: &TokenText) -> TokenEvidence {
    let (joined, words) = (&text.joined, &text.words);
    let state = is_state_modifier(words);
    let small_box = !state
        && (joined.contains("calltoaction") || words.iter().any(|w| SMALL_BOX_WORDS.contains(&w)));
    if BODY_TOKEN_SET.contains(joined.as_str()) {
        return TokenEvidence {
            strong_body: true,
            small_box,
            ..TokenEvidence::default()
        };
    }
    if state || (is_id && is_heading_slug(token, words)) {
        return TokenEvidence {
            small_box,
            ..TokenEvidence::default()
        };
    }
    let mut boilerplate = BOILERPLATE_TOKEN_SEARCH.is_match(joined);
    let mut body = false;
    let utility = is_text_utility(words);
    // `social-media-embed`, `social-embed`: a post embedded in the text (a tweet
    // quoted by the article), named by where it comes from.
    let embed = words.iter().any(|w| w == "embed");
    for word in words.iter() {
        let embedded_post = embed && word == "social";
        boilerplate |= BOILERPLATE_WORD_SET.contains(word) && !embedded_post;
        body |= BODY_WORD_SET.contains(word) && !(utility && word == "text");
    }
    TokenEvidence {
        strong_body: false,
        boilerplate,
        body,
        small_box,
    }
}

/// True for a utility class that styles type (Tailwind's `text-sm`, `text-gray-700`,
/// `tw-text-fg-primary`, Bootstrap's `text-center`): `text` is then the first word, after
/// at most a short prefix, and says nothing about the article text (`article-text`,
/// `body-text` have it last).
fn is_text_utility(words: &Words) -> bool {
    let mut each = words.iter();
    let Some(first) = each.next() else {
        return false;
    };
    let first = match each.next() {
        Some(next) if first.len() <= 3 && first != "text" => next,
        _ => first,
    };
    first == "text" && words.len() > 1
}

/// The fewest words of an id made from a heading's text.
const SLUG_WORDS: usize = 4;

/// True when an id token is a heading turned into an anchor (documentation generators and
/// Markdown renderers give each section the lower-case slug of its title:
/// `sharing-with-a-single-developer`). Such an id names the section's topic, not a kind of
/// box, so `sharing` or `tools` in it say nothing about chrome; the ids of page chrome are
/// one to three words (`main-nav`, `related-posts`). A slug that opens with the title of a
/// closing box (`related-products-and-services`, `comments-on-this-story`) is that box.
fn is_heading_slug(token: &str, words: &Words) -> bool {
    words.len() >= SLUG_WORDS
        && !token.chars().any(char::is_uppercase)
        && words.iter().all(|w| w.chars().all(char::is_alphabetic))
        && words
            .iter()
            .next()
            .is_some_and(|w| !CLOSING_TITLES.contains(&w))
}

/// The whitespace-separated tokens of the element's `class` and `id`, where its name for
/// itself is written.
fn class_tokens(element: &Element) -> impl Iterator<Item = &str> {
    [element.attr("class"), element.attr("id")]
        .into_iter()
        .flatten()
        .flat_map(str::split_ascii_whitespace)
}

/// Class and id words of the standfirst: the summary under the headline, in the article's
/// header (`article__dek`, `content__standfirst`).
const STANDFIRST_WORDS: &[&str] = &["dek", "deck", "standfirst"];

/// True when the element's class or id names the standfirst. Beside the article's container
/// it is part of the header, not of the text; inside the container it is left alone.
pub(super) fn is_standfirst(element: &Element) -> bool {
    class_tokens(element).any(|token| {
        words(token)
            .iter()
            .any(|w| STANDFIRST_WORDS.contains(&w.as_str()))
    })
}

/// Class and id words of the lede set apart from the article text, in the article's header:
/// an intro, lead paragraph, teaser or summary (`article-intro`, `art-lead`, `perex`,
/// `chapo`, `entry-summary`). Its text opens the article.
const LEDE_WORDS: &[&str] = &[
    "intro",
    "introtext",
    "lead",
    "lede",
    "leadin",
    "teaser",
    "excerpt",
    "summary",
    "perex",
    "ingress", // the Scandinavian lede: `article-ingress`
    "chapo",
    "subtitle",
    "subheadline",
    "subline",
];

/// Lede words that also name a second headline (`h2.subtitle`): a heading counts as the
/// lede only by one of the other words.
const SUBTITLE_WORDS: &[&str] = &["subtitle", "subheadline", "subline"];

/// True when the element's class, id or `itemprop` names the article's lede. A heading (a
/// sub-headline under the title, often marked `itemprop=description` too) needs a class
/// word that says lede, intro, teaser or summary.
pub(super) fn is_lede_element(element: &Element) -> bool {
    let heading = tags::is_heading(&element.name);
    let itemprop = element.attr("itemprop").is_some_and(|v| {
        v.split_ascii_whitespace()
            .any(|t| t.eq_ignore_ascii_case("description"))
    });
    let lede_word = |w: &String| {
        LEDE_WORDS.contains(&w.as_str()) && !(heading && SUBTITLE_WORDS.contains(&w.as_str()))
    };
    (itemprop && !heading)
        || class_tokens(element).any(|token| {
            let words = words(token);
            // `with-excerpt`, `has-summary`: a modifier of some other box (an author
            // card with an excerpt of the bio), not the lede itself.
            let modifier = words
                .first()
                .is_some_and(|w| matches!(w.as_str(), "with" | "has" | "no" | "is"));
            !modifier && words.iter().any(lede_word)
        })
}

/// Class and id words of the small boxes a site sets in its articles besides the text: a
/// call to action, the site's pitch for its own product or service ("Get a free quote",
/// "Try it free"), and the fine print of a disclaimer or affiliate disclosure ("As an
/// Amazon Associate we earn from qualifying purchases", "Views are the author's own").
const SMALL_BOX_WORDS: &[&str] = &[
    "cta",          // `cta-box`, `ctaBanner`
    "ctas",         // same
    "calltoaction", // `callToAction`
    "disclaimer",   // `post-disclaimer`
    "disclaimers",  // same
    "disclosure",   // `affiliate-disclosure`
    "disclosures",  // same
];

/// Words that make a class token a state or layout flag of the element rather than its name:
/// `has-sidebar`, `with-comments`, `sidebar-enabled--false`, `comments-open` say what the
/// page around it holds, not what it is.
const STATE_WORDS: &[&str] = &[
    "enabled", "disabled", "true", "false", "open", "closed", "on", "off",
];

/// True for a class token that flags a state (`has-…`, `with-…`, `no-…`, `is-…`, `…-enabled`).
fn is_state_modifier(words: &Words) -> bool {
    words
        .iter()
        .next()
        .is_some_and(|w| matches!(w, "has" | "with" | "no" | "is"))
        || words.iter().any(|w| STATE_WORDS.contains(&w))
}

/// True when the class attribute hides the element on every screen.
pub(super) fn has_hidden_class(element: &Element) -> bool {
    let hidden = element.classes().any(|t| HIDDEN_CLASSES.contains(&t));
    hidden && !element.classes().any(shown_on_some_screen)
}

/// True when the class attribute says the element is read out to screen readers only.
pub(super) fn is_screen_reader_only(element: &Element) -> bool {
    element
        .classes()
        .any(|t| SCREEN_READER_CLASSES.contains(&t))
}

/// Screen sizes of the responsive frameworks' display classes.
const BREAKPOINTS: &[&str] = &["sm", "md", "lg", "xl", "xxl"];

/// A class token that shows the element on some screens whatever hides it on others:
/// Tailwind's `md:block`, Bootstrap 4+'s `d-md-block` (beside `d-none`, the element shows on
/// desktops), Bootstrap 3's `visible-lg`, Foundation's `show-for-medium`.
fn shown_on_some_screen(token: &str) -> bool {
    if token.contains(':') || token.starts_with("visible-") || token.starts_with("show-for-") {
        return true;
    }
    token
        .strip_prefix("d-")
        .and_then(|rest| rest.split_once('-'))
        .is_some_and(|(size, display)| BREAKPOINTS.contains(&size) && display != "none")
}

/// Appends a class token lower-cased with its separators removed to `out`: `Article__Body`
/// → `articlebody`.
fn join_token(token: &str, out: &mut String) {
    for c in token.chars().filter(|c| c.is_alphanumeric()) {
        push_lowercase(out, c);
    }
}

/// Appends `c` lower-cased to `out`; ASCII, most of what class names are written in, without
/// the Unicode tables.
fn push_lowercase(out: &mut String, c: char) {
    if c.is_ascii() {
        out.push(c.to_ascii_lowercase());
    } else {
        out.extend(c.to_lowercase());
    }
}

/// The lower-case words of a class token, split at separators and camelCase humps, in one
/// buffer.
///
/// A part that mixes digits with both letter cases (`PFk9dDFpTo0q`, `a4SK`) is a hash a
/// build tool or an editor generated, not a name: split at its humps it would yield chance
/// words (`dfp`, `ad`), so it yields none.
#[derive(Debug, Default)]
struct Words {
    /// The words' letters, one word after another.
    text: String,
    /// Where each word ends in `text`.
    ends: Vec<usize>,
}

impl Words {
    /// Reads the words of `token`, in place of the last token's.
    fn read(&mut self, token: &str) {
        self.text.clear();
        self.ends.clear();
        for part in token
            .split(|c: char| !c.is_alphanumeric())
            .filter(|part| !is_generated_hash(part))
        {
            self.push_humps(part);
        }
    }

    /// Appends the words of one separator-free part, split at its camelCase humps.
    fn push_humps(&mut self, part: &str) {
        let mut start = self.text.len();
        let mut prev_lower = false;
        for c in part.chars() {
            if c.is_uppercase() && prev_lower && self.text.len() > start {
                self.ends.push(self.text.len());
                start = self.text.len();
            }
            prev_lower = c.is_lowercase() || c.is_ascii_digit();
            push_lowercase(&mut self.text, c);
        }
        if self.text.len() > start {
            self.ends.push(self.text.len());
        }
    }

    /// The words in order.
    fn iter(&self) -> impl Iterator<Item = &str> {
        let starts = std::iter::once(0).chain(self.ends.iter().copied());
        starts
            .zip(self.ends.iter().copied())
            .map(|(start, end)| self.text.get(start..end).unwrap_or_default())
    }

    /// How many words there are.
    fn len(&self) -> usize {
        self.ends.len()
    }
}

/// The words of a class token ([`Words`]) as strings of their own.
fn words(token: &str) -> Vec<String> {
    let mut words = Words::default();
    words.read(token);
    words.iter().map(String::from).collect()
}

/// True for a part of a class token that mixes digits, capitals and small letters.
fn is_generated_hash(part: &str) -> bool {
    part.chars().any(|c| c.is_ascii_digit())
        && part.chars().any(char::is_uppercase)
        && part.chars().any(char::is_lowercase)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::dom::Document;

    fn evidence_of(html: &str) -> Evidence {
        let doc = Document::parse(html);
        let (_, e) = doc
            .elements()
            .find(|(_, e)| e.name == local_name!("div"))
            .expect("a div");
        evidence(e)
    }

    #[test]
    fn splits_tokens_into_words() {
        assert_eq!(words("relatedPosts"), vec!["related", "posts"]);
        assert_eq!(words("social-share__bar"), vec!["social", "share", "bar"]);
        let mut joined = String::new();
        join_token("Article__Body", &mut joined);
        assert_eq!(joined, "articlebody");
        // Generated hashes yield no chance words ("dfp", "ad").
        assert_eq!(
            words("old-record-id-PFk9dDFpTo0qJgx9vRfcqXxunAc"),
            vec!["old", "record", "id"]
        );
        assert_eq!(words("styles_caption___a4SK"), vec!["styles", "caption"]);
        assert_eq!(words("col-md-4"), vec!["col", "md", "4"]);
    }

    #[test]
    fn classifies_classes_and_ids() {
        assert_eq!(
            evidence_of("<div class='entry-content'>"),
            Evidence::StrongBody
        );
        assert_eq!(evidence_of("<div class='story wide'>"), Evidence::Body);
        assert_eq!(
            evidence_of("<div id='relatedPosts'>"),
            Evidence::Boilerplate
        );
        assert_eq!(evidence_of("<div class='top-ad'>"), Evidence::Boilerplate);
        assert_eq!(
            evidence_of("<div class='jp-relatedposts'>"),
            Evidence::Boilerplate
        );
        assert_eq!(
            evidence_of("<div role='navigation'>"),
            Evidence::Boilerplate
        );
    }

    #[test]
    fn ledes_standfirsts_and_state_flags() {
        let element = |html: &str| {
            let doc = Document::parse(html);
            let (_, e) = doc
                .elements()
                .nth(3)
                .expect("the element after html, head, body");
            e.clone()
        };
        assert!(is_lede_element(&element("<p class='article-intro'>")));
        assert!(is_lede_element(&element("<div itemprop='description'>")));
        assert!(is_lede_element(&element("<p class='article-ingress'>")));
        assert!(is_lede_element(&element("<h2 class='excerpt'>")));
        assert!(!is_lede_element(&element(
            "<h2 class='subtitle' itemprop='description'>"
        )));
        assert!(!is_lede_element(&element("<div class='with-excerpt'>")));
        assert!(is_standfirst(&element("<p class='article__dek'>")));
        assert_eq!(
            evidence(&element("<div class='main sidebar-enabled--false'>")),
            Evidence::Body
        );
        assert_eq!(
            evidence(&element("<div class='has-sidebar'>")),
            Evidence::Neutral
        );
    }

    #[test]
    fn author_boxes_of_plugins_and_compound_classes_are_boilerplate() {
        let of = |class: &str| evidence_of(&format!("<div class='{class}'></div>"));
        assert_eq!(of("saboxplugin-wrap"), Evidence::Boilerplate);
        assert_eq!(of("post-authorbox"), Evidence::Boilerplate);
        assert_eq!(of("authorBio"), Evidence::Boilerplate);
        assert_eq!(of("m-a-box molongui-author-box"), Evidence::Boilerplate);
        assert_eq!(of("postauthor"), Evidence::Boilerplate);
    }

    #[test]
    fn an_embedded_social_post_is_not_a_share_bar() {
        let of = |class: &str| evidence_of(&format!("<div class='{class}'></div>"));
        assert_eq!(of("social-media-embed"), Evidence::Neutral);
        assert_eq!(of("social-embed"), Evidence::Neutral);
        assert_eq!(of("social w-embed"), Evidence::Boilerplate);
        assert_eq!(of("social-share-embed"), Evidence::Boilerplate);
        assert_eq!(of("c-banner-embed"), Evidence::Boilerplate);
    }

    #[test]
    fn type_utility_classes_are_not_body_evidence() {
        let of = |class: &str| evidence_of(&format!("<div class='{class}'></div>"));
        assert_eq!(of("text-sm line-clamp-2"), Evidence::Neutral);
        assert_eq!(of("tw-text-fg-primary"), Evidence::Neutral);
        assert_eq!(of("text-center"), Evidence::Neutral);
        assert_eq!(of("main-text"), Evidence::Body);
        assert_eq!(of("text"), Evidence::Body);
        assert_eq!(of("text-block main"), Evidence::Body);
    }

    #[test]
    fn a_heading_slug_id_is_not_chrome_unless_it_names_a_closing_box() {
        let of = |id: &str| evidence_of(&format!("<div id='{id}'></div>"));
        assert_eq!(of("sharing-with-a-single-developer"), Evidence::Neutral);
        assert_eq!(of("tools-for-remote-teams"), Evidence::Neutral);
        assert_eq!(of("sharing-tools"), Evidence::Boilerplate);
        assert_eq!(of("related-products-and-services"), Evidence::Boilerplate);
        assert_eq!(of("Social-Share-Bar-Top"), Evidence::Boilerplate);
        assert_eq!(
            evidence_of("<div class='sharing-with-a-single-developer'></div>"),
            Evidence::Boilerplate
        );
    }

    #[test]
    fn words_never_match_inside_other_words() {
        assert_eq!(
            evidence_of("<div class='header shadow loaded'>"),
            Evidence::Neutral
        );
    }

    #[test]
    fn only_whole_hidden_classes_hide() {
        let doc = Document::parse(
            "<div class='d-none'></div><div class='overflow-hidden'></div>\
             <div class='hidden md:block'></div><div class='field--label-hidden'></div>\
             <div class='d-none d-md-block'></div><div class='d-none d-md-none'></div>\
             <div class='hidden visible-lg'></div><div class='hidden-xs'></div>",
        );
        let hidden: Vec<bool> = doc
            .elements()
            .filter(|(_, e)| e.name == local_name!("div"))
            .map(|(_, e)| has_hidden_class(e))
            .collect();
        assert_eq!(
            hidden,
            vec![true, false, false, false, false, true, false, false]
        );
    }
}

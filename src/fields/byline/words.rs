//! The byline's vocabulary: word lists and the patterns built on them.

use std::sync::LazyLock;

use regex::Regex;

/// Class and id fragments of byline elements.
pub(super) const BYLINE_TOKENS: &[&str] = &[
    "byline",
    "by-line",
    "author",
    "writer",
    "autor",
    "auteur",
    "verfasser",
    "reporter",
    "credit",
    "contributor",
];

/// Words that make a byline part a role, not a name ("Ann Lee, Staff Writer").
pub(super) const ROLE_WORDS: &[&str] = &[
    "writer",
    "reporter",
    "correspondent",
    "editor",
    "editors",
    "staff",
    "contributor",
    "columnist",
    "photographer",
    "photographs",
    "photos",
    "journalist",
    "redakteur",
    "redakteurin",
    "korrespondent",
    "korrespondentin",
    "chief",
    "senior",
    "associate",
    "analyst",
    "producer",
    "intern",
    "fellow",
    "author",
    "contributing",
    "special",
    "reporting",
    "bureau",
    "desk",
    "managing",
    "political",
    "business",
    "sports",
    "news",
];

/// Credits that name no one.
pub(super) const NOT_NAMES: &[&str] = &[
    "staff",
    "admin",
    "administrator",
    "editor",
    "editorial",
    "redaktion",
    "newsroom",
    "web desk",
    "news desk",
    "online desk",
    "desk",
    "team",
    "guest",
    "anonymous",
    "unknown",
    "editorial team",
    "editorial staff",
    "staff reporter",
    "staff writer",
    "our correspondent",
    "correspondent",
    "online",
    "webdesk",
    "home",
    "news",
    "more",
    "share",
    "follow",
    "webmaster",
    "author",
    "autor",
    "auteur",
    "by",
    "posted by",
    "written by",
    "contact",
    "about",
    "read more",
    "view all posts",
    "fact checked",
    "full bio",
    "website",
    "author website",
    "author posts",
    "autoren",
    "authors",
    "undefined",
    "null",
    "none",
    "anónimo",
    "anonym",
    "profile",
    "bio",
];

/// Words of an organization's name.
pub(super) const ORGANIZATION_WORDS: &[&str] = &[
    "news",
    "media",
    "times",
    "post",
    "press",
    "presse",
    "agency",
    "agentur",
    "network",
    "online",
    "magazine",
    "magazin",
    "journal",
    "daily",
    "group",
    "gruppe",
    "radio",
    "tv",
    "television",
    "redaktion",
    "redaccion",
    "redacción",
    "redazione",
    "rédaction",
    "zeitung",
    "gazette",
    "tribune",
    "herald",
    "channel",
    "team",
    "desk",
    "bureau",
    "service",
    "inc",
    "ltd",
    "llc",
    "corp",
    "corporation",
    "company",
    "gmbh",
    "ag",
    "kg",
    "se",
    "ev",
    "e.v",
    "foundation",
    "stiftung",
    "institute",
    "institut",
    "university",
    "universität",
    "association",
    "verband",
    "verein",
    "gesellschaft",
    "verlag",
    "amt",
    "ministerium",
    "bundesministerium",
    "ministry",
    "department",
    "council",
    "kommission",
    "commission",
];
/// The end of a label that credits a reviewer, editor or illustrator, not the writer.
pub(super) static REVIEWER_LABEL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:reviewed|checked|verified|approved|illustrated|illustrations?|photographed|tested|geprüft|überprüft|illustriert)(?:\s+by|\s+von)?\s*:?\s*$")
        .expect("valid regex")
});

/// A meta line that gives the date, then the author: "11.12.2019 - Amelie Loevenich",
/// "04.02.2022 | 13:10 Uhr | Uta Helkenberg", "Dec. 19, 2025 · Niko Matsakis".
pub(super) static DATE_THEN_NAME: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:(?:\d{1,4}[./-]\d{1,2}[./-]\d{2,4}|\d{1,2}:\d{2}(?:\s*(?i:uhr|am|pm))?|(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2},?\s+\d{4})\s*[-–|·•,]?\s*)+[-–|·•]\s*(?P<credit>\p{Lu}[^|·•]{2,60})$")
        .expect("valid regex")
});

/// A line that opens with a plain byline label: "By", "Von", "Posted by", or a label with
/// a colon ("Autor:", "Text:").
pub(super) static STRONG_LABEL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:(?i:(?:written|posted|published|reported|gespeichert|erstellt|geschrieben|verfasst|(?:ein\s+)?artikel)\s+)?(?i:by|von|par|por)\s+\p{Lu}|(?i:by|von|autor(?:in)?|author|auteur|text|redaktion|written\s+by)\s*:)")
        .expect("valid regex")
});

pub(super) static VERB_LABEL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?i:written|posted|published|gespeichert|erstellt|geschrieben|verfasst|gepostet)\s+(?i:by|von|par|por)\s")
        .expect("valid regex")
});

/// Path segments of links to an author's page.
pub(super) const AUTHOR_PATHS: &[&str] = &[
    "/author/",
    "/authors/",
    "/autor/",
    "/autoren/",
    "/auteur/",
    "/autore/",
    "/staff/",
    "/journalist/",
    "/journalists/",
    "/redakteur/",
    "/contributor/",
    "/contributors/",
    "/writer/",
    "/writers/",
];

pub(super) static PREFIX: LazyLock<Regex> = LazyLock::new(|| {
    // The short Romance and Dutch words are matched in lower case only, so that "De Niro"
    // keeps its name. "Redaktion" labels a name only with a colon ("Redaktion: Max Muster");
    // without one it starts a desk's name ("Redaktion Polizeiticker Schweiz").
    Regex::new(r"^\s*(?:(?i:this\s+(?:post|article|story|piece)\s+(?:was\s+|is\s+)?))?(?:(?i:written|posted|published|reported|story|text|words|photos?|interview|compiled|edited)\s+)?(?:(?i:by|von|vom|par|por|autor(?:in)?|author|auteur|text|texte|redaktion\s*:|from|interview|(?:erstellt|geschrieben|verfasst|gepostet|veröffentlicht|eingestellt|gespeichert|(?:blog\s+)?beitrag|(?:ein\s+)?artikel)\s+von)|de|di|door|av)(?:\s*[:\-]\s*|\s+|\s*$)")
        .expect("valid regex")
});
/// A name written last name first: "Kaufman, Jeff T.", "Jong, Michiel de".
pub(super) static LAST_FIRST: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?P<last>\p{Lu}[\p{L}'’-]+),\s*(?P<first>\p{Lu}[\p{L}.’' -]*?)$")
        .expect("valid regex")
});
/// Labels of links to an author's page ("View all posts by Ann Lee", "Alle Beiträge von …").
pub(super) static LINK_LABEL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^.*?\b(?:all\s+posts|posts|articles|stories|beiträge|artikel|more|mehr|articles?\s+de)\s+(?:by|von|from|de|par)\s+")
        .expect("valid regex")
});
/// Credits of the site's software, not of a person.
pub(super) static POWERED_BY: LazyLock<Regex> = LazyLock::new(|| {
    // Software credits, and image credits ("Photo: … / Adobe Stock").
    Regex::new(r"(?i)\b(?:powered by|bereitgestellt von|proudly powered|theme by|designed by)\b|^(?:photo|foto|image|bild|picture|credit|quelle|source)s?\s*:")
        .expect("valid regex")
});
/// A link to an author's page labelled "All posts", "Alle Beiträge": no name.
pub(super) static ALL_POSTS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?i:(?:view\s+|see\s+)?all\s+(?:posts|articles|stories)|alle\s+(?:beiträge|artikel)|tous\s+les\s+articles)$").expect("valid regex")
});
/// A line that opens with a byline word: "By Ann Lee", "Von Max Muster", "Autor: …".
pub(super) static BYLINE_LINE: LazyLock<Regex> = LazyLock::new(|| {
    // An optional date before the credit ("05.02.2020 - Redaktion: …").
    Regex::new(r"^(?:[\d./]+\s*[-–|·]\s*)?(?:(?i:written|posted|published|reported|story|text|words|interview|compiled|blog\s+beitrag|beitrag|(?:ein\s+)?artikel|gespeichert|erstellt|geschrieben|verfasst)\s+)?(?:(?i:by|von|par|por|autor(?:in)?|author|auteur|text|redaktion|interview)\s*:?\s+|(?i:by|von|autor|author|auteur|redaktion|interview|text):\s*)\S")
        .expect("valid regex")
});
/// A byline label alone on its line ("Autor:", "Text:", "By").
pub(super) static BYLINE_LABEL_ONLY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^(?i:by|von|autor(?:in)?|author|auteur|text|redaktion|(?:written|posted|article|story|words|text)\s+by|geschrieben von|about\s+the\s+author|über\s+(?:den\s+autor|die\s+autorin))\s*:?$",
    )
    .expect("valid regex")
});
/// A meta line that names the author after the date ("Posted on May 3, 2020 by Ann Lee").
pub(super) static BYLINE_AFTER_DATE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?i:posted|published|veröffentlicht|erstellt|gespeichert|publié|publicado)\b.{0,40}?\b(?i:by|von|par|por)\s+(?P<credit>\S.{1,60})$")
        .expect("valid regex")
});
pub(super) static EMAIL_OR_HANDLE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\S+@\S+\.\S+|(?:^|\s)@\w+|https?://\S+|\bemail\b|\bfollow\b.*$|\btwitter\b.*$")
        .expect("valid regex")
});
pub(super) static COMMA: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\s*[,;|]\s*").expect("valid regex"));
pub(super) static SPLIT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\s*(?:/|&|\band\b|\bund\b|\bet\b|\by\b|\be\b|\bog\b|\boch\b|\ben\b|\bwith\b|\bavec\b)\s*")
        .expect("valid regex")
});
pub(super) static LEADING_WITH: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^\s*(?i:with|avec)\b").expect("valid regex"));
pub(super) static PARENS: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\(([^)]*)\)|\[([^\]]*)\]").expect("valid regex"));
/// A credit for other work after the writers': "…, Updated by …", "… Illustration von …".
pub(super) static OTHER_CREDIT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?P<writers>.+?\S)\s*[,;|·•–-]?\s*\b(?i:updated|edited|reviewed|(?:medically\s+)?reviewed|fact[- ]checked|illustrat(?:ed|ions?|ionen)|photos?|photographs|fotos?|bilder|grafiken?)\s+(?i:by|von)\s+\S.*$")
        .expect("valid regex")
});
/// Two capitalized words in a row: a name ("Ann Lee"), not a lone label ("Text und").
pub(super) static TWO_NAME_WORDS: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\p{Lu}[\p{L}.'-]*\s+\p{Lu}").expect("valid regex"));
/// A credit that opens with other work than the writing: "Updated by …", "Reviewed by …".
pub(super) static OTHER_LEAD: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\s*(?i:updated|(?:medically\s+)?reviewed|fact[- ]checked|illustrated|illustrations?|illustration)\s+(?i:by|von)\s")
        .expect("valid regex")
});
/// A date or time after the name. Its words match whole only: "il" in "Mail On Sunday"
/// or "mar" in "Dunmar" starts no date.
pub(super) static DATE_TAIL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\s*(?:[-–—|•·,]\s*)?(?:\b(?:updated|published|posted|last|stand|aktualisiert|veröffentlicht|erstellt|publié|publicado|mis à jour|on|am|um|le|el|il|vom|du|hace)\s*:?\s*)*(?:\d|\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\b|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d).*$")
        .expect("valid regex")
});

/// Postnominal degrees and certifications written after a name ("Jillian Kubala, MS, RD"),
/// as comparison keys.
pub(super) const CREDENTIALS: &[&str] = &[
    "md", "m d", "do", "phd", "ph d", "rd", "rdn", "ld", "ms", "msc", "ma", "ba", "bs", "bsc",
    "mba", "mph", "mpa", "dvm", "vmd", "cfp", "cpa", "cfa", "jd", "rn", "bsn", "msn", "np", "lvt",
    "vts", "dacvb", "faclm", "fand", "dabom", "foma", "faafp", "cepf", "cpp", "psp", "lcsw", "lpc",
    "pharmd", "dds", "dmd", "cscs", "cpt", "facp", "facs", "mfa", "edd", "psyd", "lmft", "ibclc",
    "cde", "cdces", "chfc", "clu", "cltc", "aif", "aprn", "fnp", "pa c", "dpt", "otr", "atc",
    "cissp", "pmp", "frcp", "mbbs", "mrcp", "llm", "cfre", "shrm cp", "shrm scp", "phr", "sphr",
    "crpc", "ricp", "cmt",
];

/// Words that name a newsroom desk rather than a person.
pub(super) const DESK_WORDS: &[&str] = &[
    "redaktion",
    "redaccion",
    "redacción",
    "rédaction",
    "redazione",
    "redactie",
    "newsdesk",
    "newsroom",
];

/// Lower-case words that belong to names ("Michiel de Jong", "Walter von Aachen").
pub(super) const NAME_PARTICLES: &[&str] = &[
    "de", "da", "del", "della", "di", "do", "dos", "das", "du", "van", "von", "der", "den", "la",
    "le", "y", "zu", "ten", "ter", "bin", "al", "el", "e", "und", "and",
];

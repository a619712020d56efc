//! The byline's vocabulary, as data: the words of each language that label, join and
//! qualify a credit, and the word lists of names, roles and desks. The patterns that read
//! bylines are built from these lists in `patterns.rs`; a word is added here, not there.
//!
//! Words are written in lower case; the patterns match them case-insensitively (except
//! [`Language::by_lower`]), and a space in an entry matches any run of whitespace.

/// The credit words of one language.
pub(super) struct Language {
    /// Words that put the writer's name after them: "by", "von".
    pub by: &'static [&'static str],
    /// Words that mean "by" only in lower case: capitalized they start a name ("De Niro").
    pub by_lower: &'static [&'static str],
    /// Words that name where a text comes from, read as "by" before a name: "from".
    pub from: &'static [&'static str],
    /// Labels of the writer's name: "author", "Autorin".
    pub labels: &'static [&'static str],
    /// Labels of the writer's name only before a colon ("Redaktion: Max Muster"); without
    /// one they start a desk's name ("Redaktion Ausland").
    pub colon_labels: &'static [&'static str],
    /// Verbs of a writing credit, before a "by" word: "written", "verfasst".
    pub verbs: &'static [&'static str],
    /// Verbs of a posting credit, which may put a date before the "by" word: "posted",
    /// "veröffentlicht" ("Posted on May 3, 2020 by …").
    pub posted: &'static [&'static str],
    /// What a credit says was written, before a "by" word: "story", "Beitrag".
    pub works: &'static [&'static str],
    /// How a text names itself before its credit: "this post" ("This post was written by").
    pub this_work: &'static [&'static str],
    /// Credits for other work than the writing: "reviewed", "illustriert".
    pub other_work: &'static [&'static str],
    /// Headings of an author box: "about the author".
    pub about_author: &'static [&'static str],
    /// Words that lead a date after the name, beside the verbs: "updated", "am".
    pub date_leads: &'static [&'static str],
    /// Words that join two names: "and", "und".
    pub joiners: &'static [&'static str],
    /// Joiners that credit a second person alongside the first ("with", "avec"); a credit
    /// that opens with one names no writer of its own.
    pub alongside: &'static [&'static str],
    /// Labels of links to an author's page, before a "by" word: "all posts", "Beiträge".
    pub link_labels: &'static [&'static str],
    /// Whole labels of links to an author's page that name no one: "all posts".
    pub all_posts: &'static [&'static str],
    /// Credits of the site's software: "powered by".
    pub software: &'static [&'static str],
    /// Labels of a picture's credit, before a colon: "photo", "Bild".
    pub picture_labels: &'static [&'static str],
    /// Words after which the rest of a credit is contact details: "follow", "twitter".
    pub contact: &'static [&'static str],
}

/// An entry with no words of a kind.
const NONE: &[&str] = &[];

/// A language with every list empty, for entries that fill in only a few.
const EMPTY: Language = Language {
    by: NONE,
    by_lower: NONE,
    from: NONE,
    labels: NONE,
    colon_labels: NONE,
    verbs: NONE,
    posted: NONE,
    works: NONE,
    this_work: NONE,
    other_work: NONE,
    about_author: NONE,
    date_leads: NONE,
    joiners: NONE,
    alongside: NONE,
    link_labels: NONE,
    all_posts: NONE,
    software: NONE,
    picture_labels: NONE,
    contact: NONE,
};

/// The languages whose credits the reader knows.
pub(super) const LANGUAGES: &[Language] = &[
    // English
    Language {
        by: &["by"],
        from: &["from"],
        labels: &["author", "text", "interview"],
        verbs: &["written", "reported", "compiled"],
        posted: &["posted", "published"],
        works: &["story", "words", "article"],
        this_work: &["this post", "this article", "this story", "this piece"],
        other_work: &[
            "updated",
            "edited",
            "reviewed",
            "medically reviewed",
            "fact checked",
            "fact-checked",
            "checked",
            "verified",
            "approved",
            "tested",
            "illustrated",
            "illustration",
            "illustrations",
            "photographed",
            "photo",
            "photos",
            "photographs",
        ],
        about_author: &["about the author"],
        date_leads: &["updated", "last", "on"],
        joiners: &["and", "with"],
        alongside: &["with"],
        link_labels: &["all posts", "posts", "articles", "stories", "more"],
        all_posts: &[
            "all posts",
            "all articles",
            "all stories",
            "view all posts",
            "view all articles",
            "view all stories",
            "see all posts",
            "see all articles",
            "see all stories",
        ],
        software: &["powered by", "proudly powered", "theme by", "designed by"],
        picture_labels: &["photo", "image", "picture", "credit", "source"],
        contact: &["follow", "twitter"],
        ..EMPTY
    },
    // German
    Language {
        by: &["von"],
        from: &["vom"],
        labels: &["autor", "autorin", "text", "interview"],
        colon_labels: &["redaktion"],
        verbs: &["geschrieben", "verfasst", "eingestellt"],
        posted: &["veröffentlicht", "erstellt", "gespeichert", "gepostet"],
        works: &["beitrag", "blog beitrag", "artikel", "ein artikel"],
        other_work: &[
            "geprüft",
            "überprüft",
            "illustriert",
            "illustration",
            "illustrationen",
            "foto",
            "fotos",
            "bilder",
            "grafik",
            "grafiken",
        ],
        about_author: &["über den autor", "über die autorin"],
        date_leads: &["stand", "aktualisiert", "am", "um", "vom"],
        joiners: &["und"],
        link_labels: &["beiträge", "artikel", "mehr"],
        all_posts: &["alle beiträge", "alle artikel"],
        software: &["bereitgestellt von"],
        picture_labels: &["foto", "bild", "quelle"],
        ..EMPTY
    },
    // French
    Language {
        by: &["par"],
        by_lower: &["de"],
        labels: &["auteur", "texte"],
        posted: &["publié"],
        date_leads: &["mis à jour", "le", "du"],
        joiners: &["et", "avec"],
        alongside: &["avec"],
        link_labels: &["articles"],
        all_posts: &["tous les articles"],
        ..EMPTY
    },
    // Spanish
    Language {
        by: &["por"],
        by_lower: &["de"],
        posted: &["publicado"],
        date_leads: &["el", "hace"],
        joiners: &["y"],
        ..EMPTY
    },
    // Italian
    Language {
        by_lower: &["di"],
        date_leads: &["il"],
        joiners: &["e"],
        ..EMPTY
    },
    // Dutch
    Language {
        by_lower: &["door"],
        joiners: &["en"],
        ..EMPTY
    },
    // Swedish
    Language {
        by_lower: &["av"],
        joiners: &["och"],
        ..EMPTY
    },
    // Norwegian and Danish
    Language {
        by_lower: &["av"],
        joiners: &["og"],
        ..EMPTY
    },
];

/// The languages whose weekday names end a byline as a date ("Ann Lee, Monday").
pub(super) const DATE_TAIL_LANGUAGES: &[&str] = &["en", "de", "fr"];

/// The language whose month abbreviations start a date in a byline ("Ann Lee, Dec 5").
pub(super) const DATE_TAIL_MONTHS: &str = "en";

/// Words of a clock time after its digits ("13:10 Uhr", "1:10 pm").
pub(super) const CLOCK_WORDS: &[&str] = &["uhr", "am", "pm"];

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

/// Class and id fragments that, beside a byline fragment, name something else than the
/// article's byline: the author's picture or biography, a comment's author, a customer
/// quoted in a testimonial ("testimonial-author").
pub(super) const NOT_BYLINE_TOKENS: &[&str] = &["avatar", "bio", "comment", "testimonial"];

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

/// Words that, last after a publication's name, make the credit its staff's ("Lakeside
/// Courier staff"): a desk, not a person.
pub(super) const STAFF_WORDS: &[&str] = &["staff"];

/// Articles that start a publication's name ("The Herald", "DIE LATERNE"), never a person's.
pub(super) const ARTICLES: &[&str] = &["the", "der", "die", "das", "le", "la", "el"];

/// Lower-case words that belong to names ("Michiel de Jong", "Walter von Aachen").
pub(super) const NAME_PARTICLES: &[&str] = &[
    "de", "da", "del", "della", "di", "do", "dos", "das", "du", "van", "von", "der", "den", "la",
    "le", "y", "zu", "ten", "ter", "bin", "al", "el", "e", "und", "and",
];

/// The endings of a name written as a web address.
pub(super) const DOMAIN_ENDINGS: &[&str] = &[
    "com", "de", "net", "org", "at", "ch", "info", "eu", "io", "co", "uk", "fr", "it", "es", "nl",
    "be", "pl", "tv", "fm", "live", "news", "media", "app",
];

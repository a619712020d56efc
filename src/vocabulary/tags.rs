//! Words that mark a page's visible tag list: the path words of its tag pages' addresses
//! (`/tag/…`, `/thema/…`), the labels written before a list ("Tags:", "Themen:") and the
//! class and id words of its container.

use super::Words;

/// Path segments that open a tag page's address (`/tag/harbour-ferries`,
/// `/themen/klimawandel`, `/search/label/privacy`): a link into one is a link to a tag.
/// Only segments followed by the tag's own slug count; `/tag/` alone is an index page.
pub(crate) const TAG_PATH_WORDS: &[Words] = &[
    Words {
        lang: "en",
        words: &[
            "tag", "tags", "tagged", "topic", "topics", "keyword", "keywords", "label",
        ],
    },
    Words {
        lang: "de",
        words: &[
            "thema",
            "themen",
            "schlagwort",
            "schlagworte",
            "schlagwortliste",
            "stichwort",
            "stichworte",
        ],
    },
    Words {
        lang: "fr",
        words: &[
            "sujet",
            "sujets",
            "motcle",
            "mot-cle",
            "mots-cles",
            "etiquette",
        ],
    },
    Words {
        lang: "es",
        words: &["etiqueta", "etiquetas", "tema", "temas"],
    },
    Words {
        lang: "it",
        words: &["argomenti", "argomento"],
    },
    Words {
        lang: "pt",
        words: &["assunto", "assuntos"],
    },
    Words {
        lang: "nl",
        words: &["onderwerp", "trefwoord"],
    },
    Words {
        lang: "fi",
        words: &["aiheet", "aihe"],
    },
    Words {
        lang: "hu",
        words: &["cimke", "cimkek"],
    },
];

/// Labels a page writes before its tag list, as comparison keys (lower case, punctuation
/// folded to spaces): "Tags:", "Schlagwörter:", "Mots-clés :".
pub(crate) const TAG_LABELS: &[Words] = &[
    Words {
        lang: "en",
        words: &[
            "tags",
            "tag",
            "tagged",
            "tagged with",
            "topics",
            "related topics",
            "keywords",
        ],
    },
    Words {
        lang: "de",
        words: &[
            "themen",
            "schlagworte",
            "schlagwörter",
            "stichworte",
            "stichwörter",
            "mehr zum thema",
        ],
    },
    Words {
        lang: "fr",
        words: &["mots clés", "mots clefs", "étiquettes", "sujets", "thèmes"],
    },
    Words {
        lang: "es",
        words: &["etiquetas", "temas", "palabras clave"],
    },
    Words {
        lang: "it",
        words: &["argomenti", "parole chiave"],
    },
    Words {
        lang: "pt",
        words: &["assuntos", "palavras chave"],
    },
    Words {
        lang: "nl",
        words: &["onderwerpen", "trefwoorden"],
    },
    Words {
        lang: "fi",
        words: &["aiheet", "avainsanat"],
    },
    Words {
        lang: "hu",
        words: &["címkék"],
    },
];

/// Class and id words of a tag list's container, matched alone or at either end of a
/// compound (`post-tags`, `tags_box`).
pub(crate) const TAG_LIST_CLASS_WORDS: &[&str] = &[
    "tags",
    // Joomla K2's tag list.
    "itemtags",
    "tag-list",
    "taglist",
    "tags-list",
    "post-tags",
    "entry-tags",
    "article-tags",
    "story-tags",
    "tag-links",
    "tags-links",
    "schlagworte",
    "schlagwoerter",
    "stichworte",
    "keywords",
    "etiquetas",
    "mots-cles",
    "tagged",
];

/// Class and id words, anywhere in a token, of link runs that are never the article's tags
/// wherever they sit: a breadcrumb is the section path.
pub(crate) const NOT_TAG_LIST_WORDS: &[&str] = &["breadcrumb", "crumbs"];

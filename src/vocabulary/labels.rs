//! The words that label a date or a credit, one list per concept and language: what says a
//! date is the publication's, an update's or another event's, and what names the writer.
//!
//! This file is data only. Words are lower case as a page writes them (diacritics kept);
//! the regexes built from them (see [`super::alternation`]) match without case. A word that
//! two languages share is listed in each.

use super::Words;

/// Words that say a date is when the text was published: "Published", "Posted on",
/// "Veröffentlicht am".
pub(crate) const PUBLISHED: &[Words] = &[
    Words {
        lang: "en",
        words: &["published", "posted"],
    },
    Words {
        lang: "de",
        words: &["veröffentlicht", "publiziert"],
    },
    Words {
        lang: "fr",
        words: &["publié", "publiée"],
    },
    Words {
        lang: "es",
        words: &["publicado", "publicada"],
    },
    Words {
        lang: "pt",
        words: &["publicado", "publicada"],
    },
    Words {
        lang: "it",
        words: &["pubblicato", "pubblicata"],
    },
    Words {
        lang: "nl",
        words: &["gepubliceerd", "geplaatst"],
    },
    Words {
        lang: "sv",
        words: &["publicerad", "publicerat"],
    },
    Words {
        lang: "da",
        words: &["udgivet"],
    },
    Words {
        lang: "no",
        words: &["publisert"],
    },
    Words {
        lang: "fi",
        words: &["julkaistu"],
    },
    Words {
        lang: "pl",
        words: &["opublikowano"],
    },
    Words {
        lang: "cs",
        words: &["publikováno"],
    },
    Words {
        lang: "ru",
        words: &["опубликовано"],
    },
    Words {
        lang: "tr",
        words: &["yayınlandı", "yayın tarihi"],
    },
    Words {
        lang: "hi",
        words: &["प्रकाशित"],
    },
];

/// Words that date the writing or the release of a text without the word "published":
/// "Written on", "Erschienen am", "Erstellt am".
pub(crate) const WRITTEN: &[Words] = &[
    Words {
        lang: "en",
        words: &["written", "publication", "released"],
    },
    Words {
        lang: "de",
        words: &["geschrieben", "verfasst", "erschienen", "erstellt"],
    },
];

/// Words that label a date only as a date ("Date:", "Datum"): the page's date, but they do
/// not name the publication.
pub(crate) const DATE: &[Words] = &[
    Words {
        lang: "en",
        words: &["date", "dated"],
    },
    Words {
        lang: "de",
        words: &["datum"],
    },
    Words {
        lang: "es",
        words: &["fecha"],
    },
];

/// Words that say a date is when the text was last changed: "Updated", "Aktualisiert am",
/// "Mis à jour le".
pub(crate) const UPDATED: &[Words] = &[
    Words {
        lang: "en",
        words: &["updated", "update:", "modified", "revised"],
    },
    Words {
        lang: "de",
        words: &["aktualisiert", "aktualisierung", "geändert"],
    },
    Words {
        lang: "fr",
        words: &["mis à jour", "actualisé"],
    },
    Words {
        lang: "es",
        words: &["actualizado", "actualizada", "actualización"],
    },
    Words {
        lang: "pt",
        words: &["atualizado", "atualizada"],
    },
    Words {
        lang: "it",
        words: &["aggiornato", "aggiornata"],
    },
    Words {
        lang: "nl",
        words: &["bijgewerkt"],
    },
    Words {
        lang: "sv",
        words: &["uppdaterad"],
    },
    Words {
        lang: "da",
        words: &["opdateret"],
    },
    Words {
        lang: "no",
        words: &["oppdatert"],
    },
    Words {
        lang: "fi",
        words: &["päivitetty"],
    },
    Words {
        lang: "pl",
        words: &["zaktualizowano"],
    },
    Words {
        lang: "cs",
        words: &["aktualizováno"],
    },
    Words {
        lang: "ru",
        words: &["обновлено"],
    },
    Words {
        lang: "tr",
        words: &["güncellendi"],
    },
    Words {
        lang: "hi",
        words: &["अपडेट"],
    },
    Words {
        lang: "ne",
        words: &["अद्यावधिक", "अपडेट"],
    },
];

/// Words that say a date is when a person joined the site, not when the text was written:
/// "Member since", "Dabei seit".
pub(crate) const MEMBER_SINCE: &[Words] = &[
    Words {
        lang: "en",
        words: &["joined", "member since", "registered"],
    },
    Words {
        lang: "de",
        words: &["mitglied seit", "dabei seit", "registriert", "beigetreten"],
    },
];

/// Words that say a date is some other event's than the text's: when a source was
/// retrieved, a post shared, someone born or dead, a price checked, a deadline falls, a film
/// comes out or an event takes place ("Abgerufen am", "will be held on", "aura lieu le").
pub(crate) const OTHER_EVENT: &[Words] = &[
    Words {
        lang: "en",
        words: &[
            "retrieved",
            "accessed",
            "shared by",
            "a post shared",
            "born",
            "died",
            "last checked",
            "price checked",
            "deadline",
            "release date",
            "event date",
            "takes place on",
            "take place on",
            "will be held on",
        ],
    },
    Words {
        lang: "de",
        words: &[
            "abgerufen",
            "geteilt von",
            "geboren",
            "gestorben",
            "einsendeschluss",
            "anmeldeschluss",
            "bewerbungsschluss",
            "kinostart",
            "filmstart",
            "erscheinungstermin",
            "veranstaltungsdatum",
            "findet am",
            "finden am",
            "findet vom",
            "finden vom",
        ],
    },
    Words {
        lang: "fr",
        words: &["consulté", "né le", "née le", "date limite", "aura lieu le"],
    },
    Words {
        lang: "es",
        words: &["fecha límite", "tendrá lugar el"],
    },
    Words {
        lang: "it",
        words: &["si terrà il"],
    },
];

/// Endings of compounds that name a rating or a period, not the article's date
/// ("Produktbewertung", "Einreichungsfrist"), lower case.
pub(crate) const OTHER_EVENT_ENDINGS: &[Words] = &[Words {
    lang: "de",
    words: &["bewertung", "frist"],
}];

/// Words that give a date as an example of how to write one ("for example 9.9.2019").
pub(crate) const FOR_EXAMPLE: &[Words] = &[
    Words {
        lang: "en",
        words: &["for example"],
    },
    Words {
        lang: "de",
        words: &["zum beispiel"],
    },
    Words {
        lang: "fr",
        words: &["par exemple"],
    },
    Words {
        lang: "es",
        words: &["por ejemplo"],
    },
];

/// Words that date a reader's comment or reply: "commented 2 hours ago".
pub(crate) const COMMENTED: &[Words] = &[Words {
    lang: "en",
    words: &["commented", "replied"],
}];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_are_lower_case_and_trimmed() {
        let concepts = [
            PUBLISHED,
            WRITTEN,
            DATE,
            UPDATED,
            MEMBER_SINCE,
            OTHER_EVENT,
            FOR_EXAMPLE,
            COMMENTED,
        ];
        for word in concepts.iter().flat_map(|c| super::super::all(c)) {
            assert_eq!(word, word.to_lowercase(), "{word}");
            assert_eq!(word, word.trim(), "{word:?}");
        }
    }

    #[test]
    fn no_word_says_both_published_and_updated() {
        let published: Vec<&str> = super::super::all(PUBLISHED).collect();
        assert!(super::super::all(UPDATED).all(|w| !published.contains(&w)));
    }
}

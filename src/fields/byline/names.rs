//! Tests of what a byline part is: a person's name, a handle, a role, a desk, a degree.

use super::words::{
    ARTICLES, CREDENTIALS, DESK_WORDS, DOMAIN_ENDINGS, NAME_PARTICLES, NOT_NAMES,
    ORGANIZATION_WORDS, ROLE_WORDS, STAFF_WORDS,
};
use crate::article::AuthorKind;
use crate::fields::text_key;
use crate::vocabulary::{fold_to_ascii, is_word_char};

/// A name written as a web address ("tennisnet.com", "kath.net"): a dot, then one of
/// [`DOMAIN_ENDINGS`] in any case as a whole word. A case-insensitive regex of the endings
/// held a prefilter of every casing of each for the whole run.
pub(super) fn looks_like_domain(name: &str) -> bool {
    let longest = DOMAIN_ENDINGS.iter().map(|e| e.len()).max().unwrap_or(0);
    name.match_indices('.').any(|(at, _)| {
        let mut word = String::with_capacity(longest);
        for c in name[at + 1..].chars().take_while(|&c| is_word_char(c)) {
            if word.len() == longest {
                return false;
            }
            word.push(fold_to_ascii(c));
        }
        DOMAIN_ENDINGS.contains(&word.as_str())
    })
}

/// A byline part that is a degree or certification ("MD", "Ph.D.", "MS, RD"): written with
/// at least two capitals, and known.
pub(super) fn is_credential(part: &str) -> bool {
    let key = text_key(part);
    part.chars().filter(|c| c.is_uppercase()).count() >= 2
        && key.split(' ').count() <= 3
        && (CREDENTIALS.contains(&key.as_str()) || key.split(' ').all(|w| CREDENTIALS.contains(&w)))
}

/// A desk credit: a desk word, alone or with the desk's or site's name ("Redaktion",
/// "auto-motor.at Redaktion", "News Desk"), or a publication's staff ("Lakeside Courier
/// staff").
pub(super) fn is_desk(part: &str) -> bool {
    let key = text_key(part);
    let words: Vec<&str> = key.split(' ').collect();
    let staff =
        words.len() >= 2 && words.last().is_some_and(|w| STAFF_WORDS.contains(w)) && !is_role(part);
    words.len() <= 4
        && (staff
            || words.iter().any(|w| DESK_WORDS.contains(w))
            || key.ends_with("news desk")
            || key.ends_with("web desk")
            || key.ends_with("online desk"))
}

/// A part made only of role words is a role ("Staff Writer", "Senior Correspondent").
pub(super) fn is_role(part: &str) -> bool {
    let key = text_key(part);
    NOT_NAMES.contains(&key.as_str())
        || key
            .split(' ')
            .all(|w| ROLE_WORDS.contains(&w) || matches!(w, "of" | "the" | "for" | "and" | "at"))
}

pub(super) fn kind_of(name: &str) -> AuthorKind {
    let key = text_key(name);
    if key.split(' ').any(|w| ORGANIZATION_WORDS.contains(&w)) {
        AuthorKind::Organization
    } else {
        AuthorKind::Person
    }
}

/// A person's name: two or three capitalized words, none of them an organization's word.
pub(super) fn looks_like_person(name: &str) -> bool {
    let words: Vec<&str> = name.split_whitespace().collect();
    (2..=3).contains(&words.len())
        && words.iter().all(|w| {
            w.chars().next().is_some_and(char::is_uppercase)
                && w.chars()
                    .all(|c| c.is_alphabetic() || c == '-' || c == '\'')
        })
        && kind_of(name) == AuthorKind::Person
        && !words
            .iter()
            .any(|w| ARTICLES.contains(&w.to_lowercase().as_str()))
}

/// An account name as metadata gives it: one lower-case token of letters, dots, dashes or
/// underscores ("apblackmd", "sara.r.peter").
pub(super) fn looks_like_handle(part: &str) -> bool {
    let n = part.chars().count();
    (3..=30).contains(&n)
        && part.chars().next().is_some_and(char::is_alphabetic)
        && part
            .chars()
            .all(|c| c.is_alphabetic() || matches!(c, '.' | '_' | '-'))
        && !NOT_NAMES.contains(&text_key(part).as_str())
}

/// A name its owner typed in lower case into a profile ("kira bellamy"): two or three
/// words of letters, none of them an organization's word or a stop phrase. Only structured
/// metadata is read so; lower-case words on the page are prose.
pub(super) fn looks_like_lowercase_name(part: &str) -> bool {
    let words: Vec<&str> = part.split_whitespace().collect();
    (2..=3).contains(&words.len())
        && words.iter().all(|w| {
            w.chars().count() >= 2 && w.chars().all(|c| c.is_alphabetic() && c.is_lowercase())
        })
        && kind_of(part) == AuthorKind::Person
        && !NOT_NAMES.contains(&text_key(part).as_str())
        && !is_role(part)
}

/// A plausible credit in metadata, where names are structured: 1 to 6 words, no digits,
/// starting with a capital (or a letter of a script without case).
pub(super) fn looks_like_credit(part: &str) -> bool {
    let words = part.split_whitespace().count();
    let chars = part.chars().count();
    let first = part.chars().next().unwrap_or(' ');
    (1..=6).contains(&words)
        && (2..=60).contains(&chars)
        && !part
            .chars()
            .any(|c| c.is_ascii_digit() || matches!(c, '?' | '!' | '"' | '|'))
        && (first.is_uppercase() || (first.is_alphabetic() && !first.is_lowercase()))
        && !NOT_NAMES.contains(&text_key(part).as_str())
}

/// A plausible name: 1 to 6 words, no digits, every word capitalized (name particles aside,
/// and scripts without case), not a stop phrase.
pub(super) fn looks_like_name(part: &str) -> bool {
    let words: Vec<&str> = part.split_whitespace().collect();
    let chars = part.chars().count();
    if !(1..=6).contains(&words.len()) || !(2..=60).contains(&chars) {
        return false;
    }
    if part
        .chars()
        .any(|c| c.is_ascii_digit() || matches!(c, '?' | '!' | ':' | '"' | '“' | '”' | '|'))
    {
        return false;
    }
    let capitalized = |w: &&str| {
        let first = w.chars().find(|c| c.is_alphabetic()).unwrap_or('A');
        first.is_uppercase() || !first.is_lowercase() || NAME_PARTICLES.contains(w)
    };
    let first_ok = words[0]
        .chars()
        .find(|c| c.is_alphabetic())
        .is_some_and(|c| c.is_uppercase() || !c.is_lowercase());
    first_ok && words.iter().all(capitalized) && !NOT_NAMES.contains(&text_key(part).as_str())
}

#[cfg(test)]
mod tests {
    use regex::Regex;

    use super::*;

    #[test]
    fn domains_are_told_by_their_endings() {
        assert!(looks_like_domain("lakeside-courier.com"));
        assert!(looks_like_domain("Harbour Bugle.NEWS"));
        assert!(looks_like_domain("quill.co.uk"));
        assert!(!looks_like_domain("Quill.newsroom"));
        assert!(!looks_like_domain("J.R. Marlow"));
        assert!(!looks_like_domain("Mira Quell"));
    }

    #[test]
    fn domains_are_read_as_the_regex_read_them() {
        let regex = Regex::new(&format!(r"(?i)\.(?:{})\b", DOMAIN_ENDINGS.join("|"))).unwrap();
        let names = [
            "a.com",
            "a.Com",
            "a.COM-x",
            "a.com_x",
            "a.comé",
            "a.de2",
            "a.de",
            "a.io.",
            "a.newſ",
            "a.\u{212A}",
            "a.live\u{301}",
            "a.media",
            "a.mediaa",
            ".app",
            "a.",
            "x.fm y",
            "a.ch\u{200D}",
            "a.tv·",
            "a.néws",
            "a.NL!",
            "a.it\u{300}x",
        ];
        for name in names {
            assert_eq!(looks_like_domain(name), regex.is_match(name), "{name:?}");
        }
    }
}

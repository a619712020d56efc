//! Credit parsing: a byline's text split into cleaned, typed authors.

use super::known::Known;
use super::names::{
    is_credential, is_desk, is_role, kind_of, looks_like_credit, looks_like_handle,
    looks_like_lowercase_name, looks_like_name, looks_like_person,
};
use super::patterns::{
    ALL_POSTS, COMMA, DATE_TAIL, EMAIL_OR_HANDLE, LEADING_WITH, LINK_LABEL, OTHER_CREDIT,
    OTHER_LEAD, PARENS, POWERED_BY, PREFIX, SPLIT, TWO_NAME_WORDS,
};
use super::words::ROLE_WORDS;
use crate::article::{Author, AuthorKind};
use crate::fields::agencies::agency;
use crate::fields::text_key;

/// Splits a byline into authors: cleaned names, agencies typed, roles attached, the site's
/// own name dropped.
pub(super) fn parse_byline(raw: &str, site: &Known) -> Vec<Author> {
    parse_credit(raw, site, Origin::Page).0
}

/// Where a byline was read: metadata and links to an author's page may name an account
/// ("apblackmd", "gizzmo"); running page text may not.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Origin {
    Metadata,
    Link,
    Page,
    /// A site profile's rule: the profile's author says where the names are, so a one-word
    /// name ("Madonna", "渡辺洋介") needs no "By" to vouch for it.
    Profile,
}

/// Splits a credit into authors (see [`parse_byline`]), and apart from them the credits
/// that name the site itself.
pub(super) fn parse_credit(raw: &str, site: &Known, origin: Origin) -> (Vec<Author>, Vec<Author>) {
    let Some((text, extra)) = clean_credit(raw) else {
        return (Vec::new(), Vec::new());
    };
    // A byline word ("By", "Von") vouches for a one-word name ("Posted by Konstantin").
    let prefixed = PREFIX.is_match(&text) || origin != Origin::Page;
    let text = PREFIX.replace(&text, "");
    // "Interview with Ann Lee" names the one interviewed; "with" joins names only between
    // two of them ("By Ann Lee with Bo Kim").
    if LEADING_WITH.is_match(&text) {
        return (Vec::new(), Vec::new());
    }
    // Commas separate names, and also a name from a place ("Von Max Muster, Berlin").
    let comma_parts: Vec<&str> = COMMA.split(&text).collect();
    let parts = comma_parts
        .iter()
        .enumerate()
        .flat_map(|(i, chunk)| SPLIT.split(chunk).map(move |p| (i > 0, p.trim())));
    let extra_parts = extra.iter().map(|e| (false, e.as_str()));
    let parts: Vec<(bool, &str)> = parts.chain(extra_parts).collect();
    // "Maria & Katerina" are names; a lone "Interview" or "Posted" is not.
    let mut credits = Credits {
        site,
        origin,
        vouched: prefixed || parts.len() > 1,
        authors: Vec::new(),
        agencies: Vec::new(),
        desk: None,
        site_credits: Vec::new(),
    };
    for (after_comma, part) in parts {
        let part = PREFIX.replace(part, "");
        credits.read_part(after_comma, &part);
    }
    credits.finish()
}

/// A credit's text, cleaned of what names no writer (addresses, link labels, a date at its
/// end, another credit for other work, parentheses), with the agencies it named in
/// parentheses; `None` when it names no writer at all.
fn clean_credit(raw: &str) -> Option<(String, Vec<String>)> {
    let mut text = crate::dom::collapse_whitespace(raw);
    // "mdelatorreq6vkpg2ma0ci", "anaya60": an account id, not a name.
    let account_id = !text.contains(' ') && text.chars().any(|c| c.is_ascii_digit());
    if POWERED_BY.is_match(&text) || account_id {
        return None;
    }
    text = EMAIL_OR_HANDLE.replace_all(&text, " ").into_owned();
    text = LINK_LABEL.replace(&text, "").into_owned();
    text = DATE_TAIL.replace(&text, "").into_owned();
    // "Ann Lee, Updated by Bo Kim", "Text von Ann Lee Illustration von Bo Kim": a second
    // credit for other work ends the writers' one; alone, it names no writer.
    if OTHER_LEAD.is_match(&text) {
        return None;
    }
    if let Some(c) = OTHER_CREDIT.captures(&text)
        && TWO_NAME_WORDS.is_match(&c["writers"])
    {
        text = c["writers"].to_string();
    }
    let (text, extra) = lift_parentheses(&text);
    Some((crate::dom::collapse_whitespace(&text), extra))
}

/// Takes the parentheses out of a credit: agencies in them ("Ann Lee (AP)") are credits of
/// their own, returned apart; a maiden or middle name inside a name ("Priya (Sen) Gupta")
/// stays as a word of the name.
fn lift_parentheses(source: &str) -> (String, Vec<String>) {
    let mut extra = Vec::new();
    let text = PARENS
        .replace_all(source, |c: &regex::Captures| {
            let inner = c.get(1).or_else(|| c.get(2)).map_or("", |m| m.as_str());
            if agency(inner).is_some() {
                extra.push(inner.to_string());
            }
            let (start, end) = c.get(0).map_or((0, 0), |m| (m.start(), m.end()));
            let before = source[..start].trim_end();
            let after = source[end..].trim_start();
            let inside_name = before.chars().last().is_some_and(char::is_alphabetic)
                && after.chars().next().is_some_and(char::is_uppercase)
                && agency(inner).is_none()
                && looks_like_name(inner.trim());
            if inside_name {
                format!(" {} ", inner.trim())
            } else {
                " ".to_string()
            }
        })
        .into_owned();
    (text, extra)
}

/// What the parts of one credit have named so far.
struct Credits<'a> {
    site: &'a Known,
    origin: Origin,
    /// Whether a byline word or a second name vouches for a one-word name.
    vouched: bool,
    authors: Vec<Author>,
    agencies: Vec<&'static str>,
    /// A desk ("Redaktion"): the author only when the credit names no one else.
    desk: Option<String>,
    /// Credits that name the site itself.
    site_credits: Vec<Author>,
}

impl Credits<'_> {
    /// Reads one part of the credit: a name, an agency, a desk, a role or a degree of the
    /// name before it, or nothing of the kind.
    fn read_part(&mut self, after_comma: bool, part: &str) {
        let part = part.trim_matches(|c: char| !c.is_alphanumeric() && c != '.' && c != '\'');
        if part.is_empty() {
            return;
        }
        // "Jillian Kubala, MS, RD": degrees belong to the name they follow.
        if after_comma && is_credential(part) {
            if let Some(last) = self.authors.last_mut() {
                last.name = format!("{}, {}", last.name, part);
            }
            return;
        }
        if let Some(name) = agency(part) {
            self.agencies.push(name);
            return;
        }
        // "Our Foreign Staff", "Our Correspondent": the paper itself.
        if part.starts_with("Our ") || part.starts_with("our ") {
            return;
        }
        if self.desk.is_none() && is_desk(part) {
            self.desk = Some(part.to_string());
            return;
        }
        if is_role(part) {
            if let Some(last) = self.authors.last_mut() {
                last.role.get_or_insert_with(|| part.to_string());
            }
            return;
        }
        self.read_name(after_comma, part);
    }

    /// Reads a part that may be a name: kept when it looks like one for where the credit
    /// was read, set apart when it is the site's own name.
    fn read_name(&mut self, after_comma: bool, part: &str) {
        // "Zackery Cuevas Writer": a role written after the name.
        let (part, role) = split_trailing_role(part);
        // A publication after the people ("…, The Commercial Appeal") is their affiliation.
        let affiliation = part.starts_with("The ") && !self.authors.is_empty();
        // The label of a link to the author's page, "Alle Beiträge", when the name is not in it.
        if ALL_POSTS.is_match(part) {
            return;
        }
        let valid = match self.origin {
            Origin::Metadata => {
                looks_like_credit(part)
                    || looks_like_handle(part)
                    || looks_like_lowercase_name(part)
            }
            Origin::Link => looks_like_credit(part) || looks_like_handle(part),
            Origin::Page => looks_like_name(part) && (self.vouched || part.contains(' ')),
            Origin::Profile => looks_like_name(part),
        };
        // The site's own name is no author, unless the site is a person's (a personal blog
        // named after its author says so in its metadata).
        let site_itself = self.site.is_site(part) && !looks_like_person(part);
        if valid && site_itself && !affiliation {
            // A credit that is the publication's name is the publication, whatever its
            // words; a part of the domain ("Lynn" on a blog named after her) may be a person.
            let kind = if self.site.names_publication(part) && !looks_like_lowercase_name(part) {
                AuthorKind::Organization
            } else {
                kind_of(part)
            };
            self.site_credits.push(Author::new(part, kind));
        }
        if !valid || affiliation || site_itself {
            return;
        }
        let lone_word_after_full_name = after_comma
            && !part.contains(' ')
            && self.authors.last().is_some_and(|a| a.name.contains(' '));
        if lone_word_after_full_name {
            return;
        }
        let mut author = Author::new(part, kind_of(part));
        author.role = role;
        self.authors.push(author);
    }

    /// The authors and the site's credits. An agency beside a person is the person's
    /// employer ("Jiyoon Han, Associated Press"); alone, it is the author. So is a desk
    /// ("Redaktion") that names no one else.
    fn finish(mut self) -> (Vec<Author>, Vec<Author>) {
        if self.authors.is_empty() {
            let agencies = self.agencies.iter();
            self.authors
                .extend(agencies.map(|a| Author::new(*a, AuthorKind::Agency)));
            if self.authors.is_empty()
                && let Some(desk) = self.desk
            {
                self.authors
                    .push(Author::new(desk, AuthorKind::Organization));
            }
        } else if let (Some(agency), Some(last)) = (self.agencies.first(), self.authors.last_mut())
        {
            last.role.get_or_insert_with(|| agency.to_string());
        }
        (self.authors, self.site_credits)
    }
}

/// Splits role words off the end of a name: "Zackery Cuevas Writer" → ("Zackery Cuevas",
/// Some("Writer")).
pub(super) fn split_trailing_role(part: &str) -> (&str, Option<String>) {
    let words: Vec<&str> = part.split_whitespace().collect();
    // The first role word after at least two name words starts the role ("Keith Barry
    // Senior Autos Reporter"); "Rasender Reporter" is a pen name, not "Rasender" the reporter.
    let Some(cut) = words
        .iter()
        .enumerate()
        .skip(2)
        .find(|(_, w)| ROLE_WORDS.contains(&text_key(w).as_str()))
        .map(|(i, _)| i)
    else {
        return (part, None);
    };
    let name_end = part
        .match_indices(words[cut - 1])
        .next()
        .map_or(part.len(), |(i, w)| i + w.len());
    (part[..name_end].trim(), Some(words[cut..].join(" ")))
}

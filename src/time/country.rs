//! The zone of a country named in a publisher's address ("Kathmandu, Nepal", or a
//! JSON-LD `addressCountry` such as "DE"): the last resort for a local time without an
//! offset on a site whose domain names no country (`.com`, `.org`).
//!
//! Only countries that keep one clock are listed (the same set as the country-code domains
//! in `zone.rs`); their names in English and in their own language.

use chrono_tz::Tz;

use super::zone::zone_for_tld;

/// Country names, lower-case, and their country-code domain.
const COUNTRY_NAMES: &[(&str, &str)] = &[
    ("afghanistan", "af"),
    ("albania", "al"),
    ("algeria", "dz"),
    ("austria", "at"),
    ("azerbaijan", "az"),
    ("bahrain", "bh"),
    ("bangladesh", "bd"),
    ("belarus", "by"),
    ("belgium", "be"),
    ("belgique", "be"),
    ("belgië", "be"),
    ("bhutan", "bt"),
    ("bosnia and herzegovina", "ba"),
    ("bulgaria", "bg"),
    ("china", "cn"),
    ("costa rica", "cr"),
    ("croatia", "hr"),
    ("hrvatska", "hr"),
    ("cuba", "cu"),
    ("cyprus", "cy"),
    ("czech republic", "cz"),
    ("czechia", "cz"),
    ("česká republika", "cz"),
    ("denmark", "dk"),
    ("danmark", "dk"),
    ("deutschland", "de"),
    ("egypt", "eg"),
    ("england", "uk"),
    ("españa", "es"),
    ("estonia", "ee"),
    ("ethiopia", "et"),
    ("finland", "fi"),
    ("suomi", "fi"),
    ("france", "fr"),
    ("georgia", "ge"),
    ("germany", "de"),
    ("ghana", "gh"),
    ("great britain", "uk"),
    ("greece", "gr"),
    ("hong kong", "hk"),
    ("hungary", "hu"),
    ("magyarország", "hu"),
    ("iceland", "is"),
    ("india", "in"),
    ("iran", "ir"),
    ("iraq", "iq"),
    ("ireland", "ie"),
    ("israel", "il"),
    ("italia", "it"),
    ("italy", "it"),
    ("jamaica", "jm"),
    ("japan", "jp"),
    ("jordan", "jo"),
    ("kenya", "ke"),
    ("korea", "kr"),
    ("kuwait", "kw"),
    ("latvia", "lv"),
    ("lebanon", "lb"),
    ("lithuania", "lt"),
    ("luxembourg", "lu"),
    ("malaysia", "my"),
    ("malta", "mt"),
    ("morocco", "ma"),
    ("myanmar", "mm"),
    ("nederland", "nl"),
    ("nepal", "np"),
    ("netherlands", "nl"),
    ("the netherlands", "nl"),
    ("nigeria", "ng"),
    ("north macedonia", "mk"),
    ("northern ireland", "uk"),
    ("norway", "no"),
    ("norge", "no"),
    ("oman", "om"),
    ("österreich", "at"),
    ("pakistan", "pk"),
    ("peru", "pe"),
    ("philippines", "ph"),
    ("poland", "pl"),
    ("polska", "pl"),
    ("portugal", "pt"),
    ("qatar", "qa"),
    ("republic of korea", "kr"),
    ("romania", "ro"),
    ("românia", "ro"),
    ("saudi arabia", "sa"),
    ("schweiz", "ch"),
    ("scotland", "uk"),
    ("serbia", "rs"),
    ("singapore", "sg"),
    ("slovakia", "sk"),
    ("slovenia", "si"),
    ("south africa", "za"),
    ("south korea", "kr"),
    ("spain", "es"),
    ("sri lanka", "lk"),
    ("suisse", "ch"),
    ("sverige", "se"),
    ("sweden", "se"),
    ("switzerland", "ch"),
    ("taiwan", "tw"),
    ("tanzania", "tz"),
    ("thailand", "th"),
    ("tunisia", "tn"),
    ("turkey", "tr"),
    ("türkiye", "tr"),
    ("uganda", "ug"),
    ("united arab emirates", "ae"),
    ("united kingdom", "uk"),
    ("uk", "uk"),
    ("uruguay", "uy"),
    ("venezuela", "ve"),
    ("vietnam", "vn"),
    ("viet nam", "vn"),
    ("wales", "uk"),
];

/// The zone of the country an address ends with: its last or next-to-last part (a postal
/// code may follow the country), as a name or a two-letter code. `None` for a country with
/// several zones or one not named.
pub(crate) fn zone_for_address(address: &str) -> Option<Tz> {
    let parts: Vec<&str> = address
        .split([',', '\n', '|', '·'])
        .map(|p| p.trim_matches(|c: char| c.is_whitespace() || c == '.' || c == '-'))
        .filter(|p| !p.is_empty())
        .collect();
    parts
        .iter()
        .rev()
        .take(2)
        .find_map(|part| zone_for_part(part))
}

fn zone_for_part(part: &str) -> Option<Tz> {
    // A code as JSON-LD writes it: "DE", "GB".
    if part.len() == 2 && part.chars().all(|c| c.is_ascii_uppercase()) {
        let code = part.to_ascii_lowercase();
        return zone_for_tld(if code == "gb" { "uk" } else { &code });
    }
    // Postal codes stand before or after the name ("10115 Berlin", "Nepal 44600").
    let name: String = part
        .split_whitespace()
        .filter(|w| !w.chars().any(|c| c.is_ascii_digit()))
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase();
    COUNTRY_NAMES
        .iter()
        .find(|(n, _)| *n == name)
        .and_then(|(_, code)| zone_for_tld(code))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn zones_by_country_named_in_an_address() {
        assert_eq!(
            zone_for_address("Kathmandu, Nepal,"),
            Some(Tz::Asia__Kathmandu)
        );
        assert_eq!(
            zone_for_address("Friedrichstraße 1, 10117 Berlin, Germany"),
            Some(Tz::Europe__Berlin)
        );
        assert_eq!(zone_for_address("Zürich, CH"), Some(Tz::Europe__Zurich));
        assert_eq!(zone_for_address("London, GB"), Some(Tz::Europe__London));
        assert_eq!(
            zone_for_address("Lalitpur, Nepal 44600"),
            Some(Tz::Asia__Kathmandu)
        );
    }

    #[test]
    fn several_zones_or_no_country_give_none() {
        assert_eq!(zone_for_address("New York, NY, USA"), None);
        assert_eq!(zone_for_address("Sydney, Australia"), None);
        assert_eq!(zone_for_address("Springfield"), None);
        assert_eq!(zone_for_address(""), None);
        // A town named like a country in the middle of an address is not the country.
        assert_eq!(zone_for_address("Georgia Ave, Atlanta, USA"), None);
    }
}

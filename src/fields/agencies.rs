//! News agencies, as data: the names and abbreviations that mark a credit or a dateline as a
//! wire service rather than a person.

/// Agency names as written in bylines and datelines, with the canonical short name.
/// Matching is case-sensitive for short abbreviations (so "ap" in prose is not AP).
pub(crate) const AGENCIES: &[(&str, &str)] = &[
    ("AP", "AP"),
    ("Associated Press", "AP"),
    ("The Associated Press", "AP"),
    ("Reuters", "Reuters"),
    ("REUTERS", "Reuters"),
    ("Thomson Reuters", "Reuters"),
    ("AFP", "AFP"),
    ("Agence France-Presse", "AFP"),
    ("Agence France Presse", "AFP"),
    ("PTI", "PTI"),
    ("Press Trust of India", "PTI"),
    ("IANS", "IANS"),
    ("ANI", "ANI"),
    ("UNI", "UNI"),
    ("Xinhua", "Xinhua"),
    ("XINHUA", "Xinhua"),
    ("RSS", "RSS"),
    ("Rastriya Samachar Samiti", "RSS"),
    ("dpa", "dpa"),
    ("DPA", "dpa"),
    ("APA", "APA"),
    ("SDA", "SDA"),
    ("Keystone-SDA", "Keystone-SDA"),
    ("KNA", "KNA"),
    ("epd", "epd"),
    ("AFX", "AFX"),
    ("dts", "dts"),
    ("UPI", "UPI"),
    ("EFE", "EFE"),
    ("ANSA", "ANSA"),
    ("Kyodo", "Kyodo"),
    ("Kyodo News", "Kyodo"),
    ("Yonhap", "Yonhap"),
    ("TASS", "TASS"),
    ("Bernama", "Bernama"),
    ("Antara", "Antara"),
    ("AAP", "AAP"),
    ("CP", "CP"),
    ("The Canadian Press", "CP"),
    ("Bloomberg", "Bloomberg"),
    ("Anadolu", "Anadolu"),
    ("Anadolu Agency", "Anadolu"),
    ("PA", "PA"),
    ("PA Media", "PA"),
    ("Belga", "Belga"),
    ("ANP", "ANP"),
    ("TT", "TT"),
    ("NTB", "NTB"),
    ("Ritzau", "Ritzau"),
    ("STT", "STT"),
    ("PAP", "PAP"),
    ("CTK", "ČTK"),
    ("ČTK", "ČTK"),
    ("MTI", "MTI"),
    ("Agerpres", "Agerpres"),
    ("Europa Press", "Europa Press"),
    ("Lusa", "Lusa"),
    ("Interfax", "Interfax"),
    ("Ukrinform", "Ukrinform"),
    ("WAM", "WAM"),
    ("SPA", "SPA"),
    ("Jiji", "Jiji"),
    ("CNA", "CNA"),
    ("KCNA", "KCNA"),
    ("AP/Reuters", "AP/Reuters"),
    ("dpa-AFX", "dpa-AFX"),
    ("Agencies", "Agencies"),
    ("Agenturen", "Agenturen"),
    ("agencies", "Agencies"),
];

/// The canonical short name when `name` is a news agency.
pub(crate) fn agency(name: &str) -> Option<&'static str> {
    let name = name
        .trim()
        .trim_matches(|c: char| c == '(' || c == ')' || c == '.');
    AGENCIES
        .iter()
        .find(|(written, _)| {
            if written.len() <= 4 {
                *written == name
            } else {
                written.eq_ignore_ascii_case(name)
            }
        })
        .map(|(_, canonical)| *canonical)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn recognises_agencies() {
        assert_eq!(agency("The Associated Press"), Some("AP"));
        assert_eq!(agency("(AP)"), Some("AP"));
        assert_eq!(agency("reuters"), Some("Reuters"));
        assert_eq!(agency("ap"), None);
        assert_eq!(agency("Ann Lee"), None);
    }
}

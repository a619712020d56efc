use chrono::NaiveDate;

use super::*;
use crate::time::{DateHints, find_dates, parse_date};

/// The reference: Wednesday 16 October 2019, 14:05:33 local time.
fn now() -> NaiveDateTime {
    NaiveDate::from_ymd_opt(2019, 10, 16)
        .unwrap()
        .and_hms_opt(14, 5, 33)
        .unwrap()
}

/// `2019-10-13` for a day, `2019-10-16 11:05` for a time.
fn show(parsed: ParsedDate) -> String {
    let mut out = parsed.date.to_string();
    if let Some(time) = parsed.time {
        out.push_str(&time.format(" %H:%M").to_string());
        assert_ne!(parsed.precision, Precision::Day);
    } else {
        assert_eq!(parsed.precision, Precision::Day);
    }
    if let Some(offset) = parsed.offset {
        out.push_str(&format!(" {offset}"));
    }
    out
}

fn check(cases: &[(&str, &str)]) {
    let failures: Vec<String> = cases
        .iter()
        .filter_map(|&(text, expected)| {
            let got = parse_relative(text, now()).map(show);
            (got.as_deref() != Some(expected)).then(|| format!("{text:?}: {got:?} != {expected:?}"))
        })
        .collect();
    assert!(failures.is_empty(), "\n{}", failures.join("\n"));
}

#[test]
fn english() {
    check(&[
        ("3 hours ago", "2019-10-16 11:05"),
        ("an hour ago", "2019-10-16 13:05"),
        ("1 hour ago", "2019-10-16 13:05"),
        ("15 minutes ago", "2019-10-16 13:50"),
        ("a minute ago", "2019-10-16 14:04"),
        ("5 mins ago", "2019-10-16 14:00"),
        ("2 hrs ago", "2019-10-16 12:05"),
        ("15 hours ago", "2019-10-15 23:05"),
        ("2 days ago", "2019-10-14"),
        ("a day ago", "2019-10-15"),
        ("one day ago", "2019-10-15"),
        ("2 weeks ago", "2019-10-02"),
        ("a week ago", "2019-10-09"),
        ("Updated 3 HOURS AGO", "2019-10-16 11:05"),
        ("today", "2019-10-16"),
        ("Yesterday", "2019-10-15"),
        ("Published yesterday", "2019-10-15"),
        ("yesterday at 3:40 PM", "2019-10-15 15:40"),
        ("Today, 09:12 NPT", "2019-10-16 09:12 +05:45"),
    ]);
}

#[test]
fn german() {
    check(&[
        ("vor 2 Tagen", "2019-10-14"),
        ("vor einem Tag", "2019-10-15"),
        ("vor 3 Stunden", "2019-10-16 11:05"),
        ("vor einer Stunde", "2019-10-16 13:05"),
        ("vor 10 Minuten", "2019-10-16 13:55"),
        ("vor 20 Min.", "2019-10-16 13:45"),
        ("vor einer Woche", "2019-10-09"),
        ("vor 2 Wochen", "2019-10-02"),
        ("Aktualisiert vor 5 Std.", "2019-10-16 09:05"),
        ("heute", "2019-10-16"),
        ("gestern", "2019-10-15"),
        ("vorgestern", "2019-10-14"),
        ("gestern, 14:05 Uhr", "2019-10-15 14:05"),
        ("Heute um 08:30", "2019-10-16 08:30"),
    ]);
}

#[test]
fn french() {
    check(&[
        ("il y a 3 jours", "2019-10-13"),
        ("il y a un jour", "2019-10-15"),
        ("Il y a une heure", "2019-10-16 13:05"),
        ("il y a 2 heures", "2019-10-16 12:05"),
        ("il y a 3 h", "2019-10-16 11:05"),
        ("il y a 25 minutes", "2019-10-16 13:40"),
        ("il y a 5 min", "2019-10-16 14:00"),
        ("il y a une semaine", "2019-10-09"),
        ("il y a 2 semaines", "2019-10-02"),
        ("aujourd'hui", "2019-10-16"),
        ("Aujourd’hui à 10h15", "2019-10-16 10:15"),
        ("hier", "2019-10-15"),
        ("hier à 14h05", "2019-10-15 14:05"),
        ("Publié hier à 9h30", "2019-10-15 09:30"),
        ("avant-hier", "2019-10-14"),
    ]);
}

#[test]
fn spanish() {
    check(&[
        ("hace 2 días", "2019-10-14"),
        ("hace 2 dias", "2019-10-14"),
        ("Hace un día", "2019-10-15"),
        ("hace 4 horas", "2019-10-16 10:05"),
        ("hace una hora", "2019-10-16 13:05"),
        ("hace 30 minutos", "2019-10-16 13:35"),
        ("hace un minuto", "2019-10-16 14:04"),
        ("hace una semana", "2019-10-09"),
        ("hace 3 semanas", "2019-09-25"),
        ("hoy", "2019-10-16"),
        ("ayer", "2019-10-15"),
        ("ayer a las 18:30", "2019-10-15 18:30"),
        ("anteayer", "2019-10-14"),
        ("antier", "2019-10-14"),
    ]);
}

#[test]
fn italian() {
    check(&[
        ("2 giorni fa", "2019-10-14"),
        ("un giorno fa", "2019-10-15"),
        ("3 ore fa", "2019-10-16 11:05"),
        ("un'ora fa", "2019-10-16 13:05"),
        ("un’ora fa", "2019-10-16 13:05"),
        ("1 ora fa", "2019-10-16 13:05"),
        ("10 minuti fa", "2019-10-16 13:55"),
        ("un minuto fa", "2019-10-16 14:04"),
        ("una settimana fa", "2019-10-09"),
        ("2 settimane fa", "2019-10-02"),
        ("oggi", "2019-10-16"),
        ("ieri", "2019-10-15"),
        ("ieri alle 21:10", "2019-10-15 21:10"),
        ("l'altro ieri", "2019-10-14"),
        ("altroieri", "2019-10-14"),
    ]);
}

#[test]
fn portuguese() {
    check(&[
        ("há 2 dias", "2019-10-14"),
        ("2 dias atrás", "2019-10-14"),
        ("há um dia", "2019-10-15"),
        ("há 3 horas", "2019-10-16 11:05"),
        ("há uma hora", "2019-10-16 13:05"),
        ("3 horas atrás", "2019-10-16 11:05"),
        ("há 12 minutos", "2019-10-16 13:53"),
        ("há uma semana", "2019-10-09"),
        ("há 2 semanas", "2019-10-02"),
        ("hoje", "2019-10-16"),
        ("ontem", "2019-10-15"),
        ("ontem às 14h05", "2019-10-15 14:05"),
        ("anteontem", "2019-10-14"),
    ]);
}

#[test]
fn dutch() {
    check(&[
        ("2 dagen geleden", "2019-10-14"),
        ("een dag geleden", "2019-10-15"),
        ("3 uur geleden", "2019-10-16 11:05"),
        ("een uur geleden", "2019-10-16 13:05"),
        ("20 minuten geleden", "2019-10-16 13:45"),
        ("1 minuut geleden", "2019-10-16 14:04"),
        ("een week geleden", "2019-10-09"),
        ("3 weken geleden", "2019-09-25"),
        ("vandaag", "2019-10-16"),
        ("gisteren", "2019-10-15"),
        ("gisteren om 16:20", "2019-10-15 16:20"),
        ("eergisteren", "2019-10-14"),
    ]);
}

#[test]
fn nepali_and_hindi() {
    check(&[
        // Nepali
        ("२ दिन अगाडि", "2019-10-14"),
        ("2 दिन अगाडि", "2019-10-14"),
        ("३ दिन अघि", "2019-10-13"),
        ("२ दिन पहिले", "2019-10-14"),
        ("एक दिन अगाडि", "2019-10-15"),
        ("३ घण्टा अगाडि", "2019-10-16 11:05"),
        ("५ घन्टा अघि", "2019-10-16 09:05"),
        ("१० मिनेट अगाडि", "2019-10-16 13:55"),
        ("२ हप्ता अगाडि", "2019-10-02"),
        ("आज", "2019-10-16"),
        ("हिजो", "2019-10-15"),
        ("अस्ति", "2019-10-14"),
        // Hindi
        ("2 दिन पहले", "2019-10-14"),
        ("२ दिन पहले", "2019-10-14"),
        ("एक दिन पहले", "2019-10-15"),
        ("3 घंटे पहले", "2019-10-16 11:05"),
        ("एक घंटा पहले", "2019-10-16 13:05"),
        ("15 मिनट पहले", "2019-10-16 13:50"),
        ("2 हफ्ते पहले", "2019-10-02"),
        ("1 सप्ताह पहले", "2019-10-09"),
    ]);
}

/// Every form of every language entry, in the order the language writes it.
#[test]
fn every_table_entry_resolves() {
    let mut failures = Vec::new();
    for language in LANGUAGES {
        for (forms, unit) in language.units.iter().zip(UNITS) {
            let expected = match unit {
                RelativeUnit::Minute => "2019-10-16 14:02",
                RelativeUnit::Hour => "2019-10-16 11:05",
                RelativeUnit::Day => "2019-10-13",
                RelativeUnit::Week => "2019-09-25",
            };
            for form in *forms {
                let mut texts = Vec::new();
                for before in language.before {
                    texts.push(format!("{before} 3 {form}"));
                }
                for after in language.after {
                    texts.push(format!("3 {form} {after}"));
                }
                assert!(!texts.is_empty(), "{}", language.code);
                for text in texts {
                    let got = parse_relative(&text, now()).map(show);
                    if got.as_deref() != Some(expected) {
                        failures.push(format!("{}: {text:?}: {got:?}", language.code));
                    }
                    let found = find_relative(&text).unwrap();
                    assert_eq!((found.amount, found.unit), (3, unit), "{text}");
                    assert_eq!(found.raw, text);
                }
            }
        }
        for one in language.one {
            let unit = language.units[2][0];
            let text = match (language.before.first(), language.after.first()) {
                (Some(before), _) => format!("{before} {one} {unit}"),
                (None, Some(after)) => format!("{one} {unit} {after}"),
                (None, None) => unreachable!(),
            };
            let got = parse_relative(&text, now()).map(show);
            if got.as_deref() != Some("2019-10-15") {
                failures.push(format!("{}: {text:?}: {got:?}", language.code));
            }
        }
        for &(word, back) in language.days {
            let found = find_relative(word);
            let expected = (back, RelativeUnit::Day);
            if found.as_ref().map(|f| (f.amount, f.unit)) != Some(expected) {
                failures.push(format!("{}: {word:?}: {found:?}", language.code));
            }
        }
    }
    assert!(failures.is_empty(), "\n{}", failures.join("\n"));
    let codes: Vec<&str> = LANGUAGES.iter().map(|l| l.code).collect();
    for code in ["en", "de", "fr", "es", "it", "pt", "nl", "ne", "hi"] {
        assert!(codes.contains(&code), "{code}");
    }
}

#[test]
fn the_range_and_raw_text_are_kept() {
    let text = "Kathmandu · Updated: २ घण्टा अगाडि · Share";
    let found = find_relative(text).unwrap();
    assert_eq!(found.raw, "२ घण्टा अगाडि");
    assert_eq!(&text[found.range.clone()], "२ घण्टा अगाडि");
    assert_eq!((found.amount, found.unit), (2, RelativeUnit::Hour));

    let found = find_relative("Aktualisiert: gestern, 14:05 Uhr").unwrap();
    assert_eq!(found.raw, "gestern, 14:05 Uhr");
    assert_eq!(
        found.time,
        NaiveTime::from_hms_opt(14, 5, 0).map(|t| (t, Precision::Minute))
    );

    // The earliest wins.
    let found = find_relative("Updated 2 hours ago · Published yesterday").unwrap();
    assert_eq!((found.amount, found.unit), (2, RelativeUnit::Hour));
}

#[test]
fn every_relative_date_of_a_line() {
    let text = "3 days ago · Updated 2 hours ago";
    let found = find_all_relative(text);
    let got: Vec<(&str, u32, RelativeUnit)> = found
        .iter()
        .map(|f| (&text[f.range.clone()], f.amount, f.unit))
        .collect();
    assert_eq!(
        got,
        vec![
            ("3 days ago", 3, RelativeUnit::Day),
            ("2 hours ago", 2, RelativeUnit::Hour)
        ]
    );
    assert_eq!(find_all_relative("३ दिन अगाडि | २ घण्टा अगाडि").len(), 2);
    assert!(find_all_relative("no date here").is_empty());
}

#[test]
fn what_is_not_a_relative_date() {
    let none = [
        "",
        "3 hours",
        "2 days later",
        "in 2 days",
        "Subscribe today and save on every issue of the weekly paper",
        // German and Dutch "hier" is "here".
        "Hier klicken",
        "Klik hier",
        "Hier finden Sie alle Artikel",
        // Inside longer words and numbers.
        "foresight 3 hours agoraphobia",
        "12.3 hours ago",
        "todays",
        // Months and years are not read.
        "2 months ago",
        "vor 3 Jahren",
        // Too many to be a date.
        "123456 days ago",
    ];
    for text in none {
        assert_eq!(find_relative(text), None, "{text:?}");
    }
}

#[test]
fn resolution_at_the_edges() {
    let midnight = NaiveDate::from_ymd_opt(2020, 3, 1)
        .unwrap()
        .and_hms_opt(0, 30, 0)
        .unwrap();
    assert_eq!(
        parse_relative("1 hour ago", midnight).map(show).as_deref(),
        Some("2020-02-29 23:30")
    );
    assert_eq!(
        parse_relative("yesterday", midnight).map(show).as_deref(),
        Some("2020-02-29")
    );
    let far = NaiveDateTime::MIN;
    assert_eq!(parse_relative("9999 weeks ago", far), None);
    assert_eq!(parse_relative("9999 hours ago", far), None);
}

#[test]
fn precision_says_what_is_known() {
    let precision = |text: &str| parse_relative(text, now()).map(|p| p.precision);
    assert_eq!(precision("15 minutes ago"), Some(Precision::Minute));
    assert_eq!(precision("3 hours ago"), Some(Precision::Hour));
    assert_eq!(precision("२ घण्टा अगाडि"), Some(Precision::Hour));
    assert_eq!(precision("yesterday"), Some(Precision::Day));
    assert_eq!(precision("vor 2 Tagen"), Some(Precision::Day));
    assert_eq!(precision("gestern, 14:05 Uhr"), Some(Precision::Minute));
}

/// Against a day alone (a "today" banner), hours and minutes count back from midday and give
/// a day; day words keep the time written after them.
#[test]
fn resolution_on_a_day_alone() {
    let today = NaiveDate::from_ymd_opt(2024, 7, 22).unwrap();
    let on_day = |text: &str| {
        find_relative(text)
            .and_then(|r| r.resolve_on_day(today))
            .map(show)
    };
    assert_eq!(on_day("3 hours ago").as_deref(), Some("2024-07-22"));
    assert_eq!(on_day("45 minutes ago").as_deref(), Some("2024-07-22"));
    assert_eq!(on_day("11 hours ago").as_deref(), Some("2024-07-22"));
    assert_eq!(on_day("20 hours ago").as_deref(), Some("2024-07-21"));
    assert_eq!(on_day("२ दिन अगाडि").as_deref(), Some("2024-07-20"));
    assert_eq!(on_day("a week ago").as_deref(), Some("2024-07-15"));
    assert_eq!(on_day("hier à 14h05").as_deref(), Some("2024-07-21 14:05"));
    assert_eq!(on_day("today").as_deref(), Some("2024-07-22"));
}

/// Random strings of date-like pieces, Devanagari digits and punctuation never panic, and
/// every range is a char boundary of its text.
#[test]
fn odd_input_never_panics() {
    const PIECES: &[&str] = &[
        "२",
        "०",
        "७",
        "९",
        "१",
        "3",
        "12",
        " ",
        ",",
        ".",
        "-",
        "/",
        ":",
        "'",
        "’",
        "ago",
        "vor",
        "il y a",
        "hace",
        "fa",
        "geleden",
        "atrás",
        "há",
        "अगाडि",
        "पहले",
        "दिन",
        "घण्टा",
        "hours",
        "Tagen",
        "un'",
        "ora",
        "hier",
        "à",
        "14h05",
        "yesterday",
        "at",
        "असार",
        "गते",
        "बि.सं.",
        "Asar",
        "BS",
        "बिहीबार",
        "\u{93c}",
        "\u{301}",
        "é",
        "年",
        "\n",
        "ß",
        "İ",
    ];
    let mut state: u64 = 0x2545_f491_4f6c_dd1d;
    let mut next = |bound: usize| {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        (state % bound as u64) as usize
    };
    for _ in 0..3000 {
        let len = next(12);
        let text: String = (0..len).map(|_| PIECES[next(PIECES.len())]).collect();
        if let Some(found) = find_relative(&text) {
            assert!(text.is_char_boundary(found.range.start), "{text:?}");
            assert!(text.is_char_boundary(found.range.end), "{text:?}");
            let _ = found.resolve(now());
            let _ = found.resolve(NaiveDateTime::MIN);
        }
        for found in find_dates(&text, &DateHints::default()) {
            assert!(text.is_char_boundary(found.range.start), "{text:?}");
            assert!(text.is_char_boundary(found.range.end), "{text:?}");
        }
        let _ = parse_date(
            &text,
            &DateHints {
                language: Some("ne"),
            },
        );
    }
}

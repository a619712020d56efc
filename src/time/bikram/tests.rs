use chrono::Weekday;

use super::*;
use crate::time::{find_dates, parse_date};

fn ad(text: &str) -> NaiveDate {
    NaiveDate::parse_from_str(text, "%Y-%m-%d").unwrap()
}

/// Known BS ↔ AD pairs, from 2000 to 2082 BS.
///
/// Sources: New Year days (1 Baisakh) as printed in Nepali almanacs and reported by the press
/// (2070 to 2082); days of events that Nepal dates in both calendars: Democracy Day (Falgun 7,
/// 2007 = 18 Feb 1951), the end of the 1990 movement (Chaitra 26, 2046 = 8 Apr 1990), the
/// 1990 constitution (Kartik 23, 2047 = 9 Nov 1990), the royal massacre (Jestha 19, 2058 =
/// 1 Jun 2001), the restoration of parliament (Baisakh 11, 2063 = 24 Apr 2006), the first
/// Constituent Assembly election (Chaitra 28, 2064 = 10 Apr 2008), Republic Day (Jestha 15,
/// 2065 = 28 May 2008), the second CA election (Mangsir 4, 2070 = 19 Nov 2013), the Gorkha
/// earthquake (Baisakh 12, 2072 = 25 Apr 2015), Constitution Day (Asoj 3, 2072 = 20 Sep
/// 2015), the 2017 and 2022 elections (Mangsir 10, 2074 = 26 Nov 2017; Mangsir 4, 2079 =
/// 20 Nov 2022), the Gen Z protests (Bhadra 23, 2082 = 8 Sep 2025) and the 2026 election
/// (Falgun 21, 2082 = 5 Mar 2026); and the first day of the table, 1 Baisakh 2000 = 14 Apr
/// 1943, with 17 Poush 2000 = 1 Jan 1944. Every pair was also checked against the converters
/// named in `MONTH_LENGTHS`' source note.
const KNOWN: &[((i32, u32, u32), &str)] = &[
    ((2000, 1, 1), "1943-04-14"),
    ((2000, 9, 17), "1944-01-01"),
    ((2007, 11, 7), "1951-02-18"),
    ((2046, 12, 26), "1990-04-08"),
    ((2047, 7, 23), "1990-11-09"),
    ((2058, 2, 19), "2001-06-01"),
    ((2063, 1, 11), "2006-04-24"),
    ((2064, 12, 28), "2008-04-10"),
    ((2065, 2, 15), "2008-05-28"),
    ((2070, 1, 1), "2013-04-14"),
    ((2070, 8, 4), "2013-11-19"),
    ((2072, 1, 12), "2015-04-25"),
    ((2072, 6, 3), "2015-09-20"),
    ((2074, 8, 10), "2017-11-26"),
    ((2075, 1, 1), "2018-04-14"),
    ((2076, 1, 1), "2019-04-14"),
    ((2077, 1, 1), "2020-04-13"),
    ((2078, 1, 1), "2021-04-14"),
    ((2079, 1, 1), "2022-04-14"),
    ((2079, 3, 28), "2022-07-12"),
    ((2079, 8, 4), "2022-11-20"),
    ((2080, 1, 1), "2023-04-14"),
    ((2081, 1, 1), "2024-04-13"),
    ((2082, 1, 1), "2025-04-14"),
    ((2082, 2, 1), "2025-05-15"),
    ((2082, 5, 23), "2025-09-08"),
    ((2082, 7, 1), "2025-10-18"),
    ((2082, 11, 21), "2026-03-05"),
];

#[test]
fn known_pairs_convert() {
    let failures: Vec<String> = KNOWN
        .iter()
        .filter_map(|&((y, m, d), expected)| {
            let got = bs_to_ad(y, m, d);
            (got != Some(ad(expected))).then(|| format!("{y}-{m}-{d}: {got:?} != {expected}"))
        })
        .collect();
    assert!(failures.is_empty(), "\n{}", failures.join("\n"));
    assert!(KNOWN.len() >= 20);
}

#[test]
fn the_table_is_a_calendar() {
    let mut previous: Option<NaiveDate> = None;
    for (row, lengths) in MONTH_LENGTHS.iter().enumerate() {
        let year = FIRST_YEAR + row as i32;
        let total: u32 = lengths.iter().map(|&l| u32::from(l)).sum();
        assert!(total == 365 || total == 366, "{year}: {total} days");
        assert!(lengths.iter().all(|l| (29..=32).contains(l)), "{year}");
        // New Year falls on 13 to 15 April, and a year is as long as the table says.
        let new_year = bs_to_ad(year, 1, 1).unwrap();
        assert_eq!(new_year.month(), 4, "{year}");
        assert!((13..=15).contains(&new_year.day()), "{year}: {new_year}");
        if let Some(previous) = previous {
            let days = (new_year - previous).num_days();
            assert_eq!(
                days,
                i64::from(
                    MONTH_LENGTHS[row - 1]
                        .iter()
                        .map(|&l| u32::from(l))
                        .sum::<u32>()
                )
            );
        }
        previous = Some(new_year);
        // The last day of the year is the day before the next New Year.
        let last = bs_to_ad(year, 12, u32::from(lengths[11])).unwrap();
        assert_eq!(
            last.succ_opt().unwrap() - new_year,
            chrono::TimeDelta::days(i64::from(total))
        );
    }
    assert_eq!(bs_to_ad(2000, 1, 1).unwrap().weekday(), Weekday::Wed);
}

#[test]
fn every_year_with_a_day_in_range_is_plausible() {
    // The scanner skips texts without a plausible year: no year it leaves out may convert.
    let plausible = plausible_years();
    for year in 1990..=2200 {
        let converts = (1..=12).any(|month| {
            (1..=32)
                .any(|day| bs_to_ad(year, month, day).is_some_and(|d| YEARS.contains(&d.year())))
        });
        assert!(!converts || plausible.contains(&year), "{year}");
    }
    assert!(!plausible.contains(&2019));
}

#[test]
fn dates_outside_the_table_or_the_month_are_none() {
    assert_eq!(bs_to_ad(1999, 12, 30), None);
    assert_eq!(bs_to_ad(2091, 1, 1), None);
    assert_eq!(bs_to_ad(-5, 1, 1), None);
    assert_eq!(bs_to_ad(i32::MAX, 1, 1), None);
    assert_eq!(bs_to_ad(i32::MIN, 1, 1), None);
    assert_eq!(bs_to_ad(2079, 0, 1), None);
    assert_eq!(bs_to_ad(2079, 13, 1), None);
    assert_eq!(bs_to_ad(2079, 1, 0), None);
    // Baisakh 2079 has 31 days, Asar 2079 has 32.
    assert_eq!(bs_to_ad(2079, 1, 32), None);
    assert_eq!(bs_to_ad(2079, 3, 32), Some(ad("2022-07-16")));
    assert_eq!(bs_to_ad(2079, 3, 33), None);
    assert_eq!(bs_to_ad(2090, 12, 30), Some(ad("2034-04-13")));
}

#[test]
fn every_month_name_is_known() {
    for (index, forms) in BS_MONTHS.iter().enumerate() {
        for form in *forms {
            assert_eq!(bs_month(form), Some(index as u32 + 1), "{form}");
        }
    }
    assert_eq!(bs_month("ASAR"), Some(3));
    assert_eq!(bs_month("Shrawan."), Some(4));
    assert_eq!(bs_month("June"), None);
    // No BS month is a Gregorian month of any language.
    for forms in BS_MONTHS {
        for form in forms {
            assert_eq!(crate::time::vocabulary::month_number(form), None, "{form}");
        }
    }
}

fn read(text: &str) -> Option<NaiveDate> {
    parse_date(text, &DateHints::default()).map(|p| {
        assert_eq!(p.precision, crate::article::Precision::Day, "{text}");
        p.date
    })
}

#[test]
fn written_bs_dates_are_read_as_gregorian() {
    let cases = [
        // Devanagari, year first, month first, day first; गते after the day.
        ("२०७९ असार २८", "2022-07-12"),
        ("२०७९ असार २८ गते", "2022-07-12"),
        ("असार २८, २०७९", "2022-07-12"),
        ("असार २८ गते, २०७९", "2022-07-12"),
        ("२८ असार २०७९", "2022-07-12"),
        ("मङ्गलबार, असार २८, २०७९", "2022-07-12"),
        ("प्रकाशित : बि.सं. २०७९ असार २८", "2022-07-12"),
        ("२०७९ आषाढ २८", "2022-07-12"),
        // Every month, in its Devanagari spellings.
        ("२०८० बैशाख १", "2023-04-14"),
        ("२०८० वैशाख १", "2023-04-14"),
        ("२०८० जेठ १", "2023-05-15"),
        ("२०८० जेष्ठ १", "2023-05-15"),
        ("२०८० असार १", "2023-06-16"),
        ("२०८० साउन १", "2023-07-17"),
        ("२०८० श्रावण १", "2023-07-17"),
        ("२०८० भदौ १", "2023-08-18"),
        ("२०८० भाद्र १", "2023-08-18"),
        ("२०८० असोज १", "2023-09-18"),
        ("२०८० आश्विन १", "2023-09-18"),
        ("२०८० कात्तिक १", "2023-10-18"),
        ("२०८० कार्तिक १", "2023-10-18"),
        ("२०८० मंसिर १", "2023-11-17"),
        ("२०८० मार्ग १", "2023-11-17"),
        ("२०८० पुस १", "2023-12-17"),
        ("२०८० पौष १", "2023-12-17"),
        ("२०८० माघ १", "2024-01-15"),
        ("२०८० फागुन १", "2024-02-13"),
        ("२०८० फाल्गुन १", "2024-02-13"),
        ("२०८० चैत १", "2024-03-14"),
        ("२०८० चैत्र १", "2024-03-14"),
        // Latin letters, as English-language Nepali sites write them.
        ("Asar 28, 2079", "2022-07-12"),
        ("2079 Asar 28", "2022-07-12"),
        ("28 Asar 2079 BS", "2022-07-12"),
        ("Ashadh 28, 2079 B.S.", "2022-07-12"),
        ("Published: Baisakh 1, 2081", "2024-04-13"),
        ("Jestha 15, 2065", "2008-05-28"),
        ("Shrawan 1, 2080", "2023-07-17"),
        ("Saun 1, 2080", "2023-07-17"),
        ("Bhadra 23, 2082", "2025-09-08"),
        ("Bhadau 23, 2082", "2025-09-08"),
        ("Ashwin 3, 2072", "2015-09-20"),
        ("Asoj 3, 2072", "2015-09-20"),
        ("Kartik 1, 2082", "2025-10-18"),
        ("Mangsir 4, 2079", "2022-11-20"),
        ("Poush 1, 2080", "2023-12-17"),
        ("Push 1, 2080", "2023-12-17"),
        ("Magh 1, 2080", "2024-01-15"),
        ("Falgun 21, 2082", "2026-03-05"),
        ("Fagun 21, 2082", "2026-03-05"),
        ("Chaitra 28, 2064", "2008-04-10"),
        ("Chait 28, 2064", "2008-04-10"),
        // Numeric, only with the era written.
        ("बि.सं. २०७९/०३/२८", "2022-07-12"),
        ("वि.सं. २०७९-०३-२८", "2022-07-12"),
        ("2079-03-28 BS", "2022-07-12"),
        ("BS 2079.03.28", "2022-07-12"),
    ];
    let failures: Vec<String> = cases
        .iter()
        .filter_map(|&(text, expected)| {
            let got = read(text);
            (got != Some(ad(expected))).then(|| format!("{text:?}: {got:?} != {expected}"))
        })
        .collect();
    assert!(failures.is_empty(), "\n{}", failures.join("\n"));
}

#[test]
fn the_range_keeps_the_weekday_time_and_era() {
    let text = "अपडेट: बिहीबार, असार ३०, २०७९ १४:०५ | अन्य";
    let found = find_dates(text, &DateHints::default());
    assert_eq!(found.len(), 1);
    assert_eq!(
        &text[found[0].range.clone()],
        "बिहीबार, असार ३०, २०७९ १४:०५"
    );
    assert_eq!(found[0].parsed.date, ad("2022-07-14"));
    assert_eq!(
        found[0].parsed.time.map(|t| t.to_string()),
        Some("14:05:00".into())
    );

    let text = "Kathmandu, 28 Asar 2079 BS — The";
    let found = find_dates(text, &DateHints::default());
    assert_eq!(&text[found[0].range.clone()], "28 Asar 2079 BS");
}

#[test]
fn gregorian_and_bs_dates_side_by_side() {
    let text = "असार २८, २०७९ (July 12, 2022) · १६ जुन २०१९";
    let found: Vec<NaiveDate> = find_dates(text, &DateHints::default())
        .into_iter()
        .map(|f| f.parsed.date)
        .collect();
    assert_eq!(
        found,
        [ad("2022-07-12"), ad("2022-07-12"), ad("2019-06-16")]
    );
}

#[test]
fn what_is_not_a_bs_date() {
    let none = [
        // A year whose Gregorian day is not a news date (2022 BS is 1965).
        "Magh 5, 2022",
        // No such day; the table ends in 2090.
        "असार ३३, २०७९",
        "2095 Asar 1",
        // Numeric without the era is Gregorian or nothing; mixed separators.
        "BS 2079-03/28",
        // The month inside a longer word.
        "Asarx 28, 2079",
    ];
    for text in none {
        assert_eq!(read(text), None, "{text}");
    }
    // The numeric date without its era is read as written: Gregorian.
    assert_eq!(read("2022-07-12"), Some(ad("2022-07-12")));
    // Hindi pages use India's lunisolar calendar, with the same month names.
    let hindi = DateHints {
        language: Some("hi-IN"),
    };
    assert_eq!(parse_date("कार्तिक 5, 2080", &hindi), None);
    assert_eq!(
        parse_date(
            "कार्तिक 5, 2080",
            &DateHints {
                language: Some("ne")
            }
        )
        .map(|p| p.date),
        Some(ad("2023-10-22"))
    );
}

#[test]
fn a_text_without_a_bs_month_or_era_is_not_searched() {
    for text in [
        "२०७९ असार २८",
        "Asar 28, 2079",
        "28 ASAR 2079",
        "BS 2079-03-28",
        "2079-03-28 b.s",
        "2079 Baisa\u{212A}h 5",
    ] {
        assert!(may_name_bs(text), "{text}");
        let hints = DateHints::default();
        assert!(
            !find_dates(text, &hints).is_empty() || text.contains('\u{212A}'),
            "{text}"
        );
    }
    assert!(!may_name_bs("Order 2062 left the mill on 12 June"));
    let found = find_dates(
        "Order 2062 left the mill on 12 June 2024",
        &DateHints::default(),
    );
    assert_eq!(found.len(), 1);
}

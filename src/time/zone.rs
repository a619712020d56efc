//! From a read date to a [`Timestamp`]: which UTC offset its local time has, and where that
//! offset came from.
//!
//! An offset written on the page is kept as written. Otherwise a known zone (the site
//! profile's, or the one of the country a site's domain belongs to) gives the offset in
//! force at that local date and time, summer time included. The local time is never moved:
//! the timestamp says what the page says, with the offset beside it.

use chrono::{FixedOffset, NaiveDateTime, Offset, TimeDelta, TimeZone};
use chrono_tz::Tz;

use super::ParsedDate;
use crate::article::{OffsetSource, Timestamp};

/// A timestamp for `parsed`, read from `raw`, with the stated offset, else the offset of
/// `zone` at that local time (tagged with the zone's source), else none. A day has no offset.
pub(crate) fn to_timestamp(
    parsed: ParsedDate,
    raw: &str,
    zone: Option<(Tz, OffsetSource)>,
) -> Timestamp {
    let Some(time) = parsed.time else {
        return Timestamp::day(parsed.date, raw);
    };
    let (offset, offset_source) = match (parsed.offset, zone) {
        (Some(stated), _) => (Some(stated), OffsetSource::Stated),
        (None, Some((tz, source))) => (Some(offset_at(tz, parsed.date.and_time(time))), source),
        (None, None) => (None, OffsetSource::Unknown),
    };
    Timestamp {
        date: parsed.date,
        time: Some(time),
        offset,
        precision: parsed.precision,
        offset_source,
        raw: raw.to_owned(),
    }
}

/// The offset of `tz` at a local time. A time that occurs twice (the hour repeated when
/// summer time ends) takes the earlier, summer offset; a time that does not occur (the hour
/// skipped when it begins) takes the offset in force just before the gap, as clocks showed
/// it when the writer looked.
pub(crate) fn offset_at(tz: Tz, local: NaiveDateTime) -> FixedOffset {
    if let Some(offset) = tz.offset_from_local_datetime(&local).earliest() {
        return offset.fix();
    }
    // Gaps last an hour or less (Samoa's skipped day of 2011 aside); three hours earlier
    // is before the gap.
    let before_gap = local - TimeDelta::hours(3);
    match tz.offset_from_local_datetime(&before_gap).earliest() {
        Some(offset) => offset.fix(),
        None => tz.offset_from_utc_datetime(&local).fix(),
    }
}

/// The zone of a country whose whole territory keeps one clock, from the country-code
/// top-level domain of `host` (`www.nepalnews.com.np` → Asia/Kathmandu). Countries with
/// several zones (.us, .ru, .au, .br, .ca, .mx, .id, .nz with the Chatham Islands, .cl with
/// Easter Island, .kz) give `None`, as do generic domains (.com, .org).
pub(crate) fn zone_for_tld(host: &str) -> Option<Tz> {
    let host = host.split(':').next().unwrap_or(host).trim_end_matches('.');
    let tld = host.rsplit('.').next()?;
    let tld = tld.to_ascii_lowercase();
    COUNTRY_ZONES
        .binary_search_by(|(code, _)| code.cmp(&tld.as_str()))
        .ok()
        .map(|index| COUNTRY_ZONES[index].1)
}

/// Country-code domains of single-zone countries and their zone, sorted by code. Codes
/// mostly sold as generic names (.co, .me, .md, .am, .tv, .io) are left out. Spain and
/// Portugal are listed by their mainland zone (the Canaries and the Azores are an hour
/// behind; their papers are few beside the mainland's).
const COUNTRY_ZONES: &[(&str, Tz)] = &[
    ("ae", Tz::Asia__Dubai),
    ("af", Tz::Asia__Kabul),
    ("al", Tz::Europe__Tirane),
    ("at", Tz::Europe__Vienna),
    ("az", Tz::Asia__Baku),
    ("ba", Tz::Europe__Sarajevo),
    ("bd", Tz::Asia__Dhaka),
    ("be", Tz::Europe__Brussels),
    ("bg", Tz::Europe__Sofia),
    ("bh", Tz::Asia__Bahrain),
    ("bt", Tz::Asia__Thimphu),
    ("by", Tz::Europe__Minsk),
    ("ch", Tz::Europe__Zurich),
    ("cn", Tz::Asia__Shanghai),
    ("cr", Tz::America__Costa_Rica),
    ("cu", Tz::America__Havana),
    ("cy", Tz::Asia__Nicosia),
    ("cz", Tz::Europe__Prague),
    ("de", Tz::Europe__Berlin),
    ("dk", Tz::Europe__Copenhagen),
    ("dz", Tz::Africa__Algiers),
    ("ee", Tz::Europe__Tallinn),
    ("eg", Tz::Africa__Cairo),
    ("es", Tz::Europe__Madrid),
    ("et", Tz::Africa__Addis_Ababa),
    ("fi", Tz::Europe__Helsinki),
    ("fr", Tz::Europe__Paris),
    ("ge", Tz::Asia__Tbilisi),
    ("gh", Tz::Africa__Accra),
    ("gr", Tz::Europe__Athens),
    ("hk", Tz::Asia__Hong_Kong),
    ("hr", Tz::Europe__Zagreb),
    ("hu", Tz::Europe__Budapest),
    ("ie", Tz::Europe__Dublin),
    ("il", Tz::Asia__Jerusalem),
    ("in", Tz::Asia__Kolkata),
    ("iq", Tz::Asia__Baghdad),
    ("ir", Tz::Asia__Tehran),
    ("is", Tz::Atlantic__Reykjavik),
    ("it", Tz::Europe__Rome),
    ("jm", Tz::America__Jamaica),
    ("jo", Tz::Asia__Amman),
    ("jp", Tz::Asia__Tokyo),
    ("ke", Tz::Africa__Nairobi),
    ("kr", Tz::Asia__Seoul),
    ("kw", Tz::Asia__Kuwait),
    ("lb", Tz::Asia__Beirut),
    ("lk", Tz::Asia__Colombo),
    ("lt", Tz::Europe__Vilnius),
    ("lu", Tz::Europe__Luxembourg),
    ("lv", Tz::Europe__Riga),
    ("ma", Tz::Africa__Casablanca),
    ("mk", Tz::Europe__Skopje),
    ("mm", Tz::Asia__Yangon),
    ("mt", Tz::Europe__Malta),
    ("my", Tz::Asia__Kuala_Lumpur),
    ("ng", Tz::Africa__Lagos),
    ("nl", Tz::Europe__Amsterdam),
    ("no", Tz::Europe__Oslo),
    ("np", Tz::Asia__Kathmandu),
    ("om", Tz::Asia__Muscat),
    ("pe", Tz::America__Lima),
    ("ph", Tz::Asia__Manila),
    ("pk", Tz::Asia__Karachi),
    ("pl", Tz::Europe__Warsaw),
    ("pt", Tz::Europe__Lisbon),
    ("qa", Tz::Asia__Qatar),
    ("ro", Tz::Europe__Bucharest),
    ("rs", Tz::Europe__Belgrade),
    ("sa", Tz::Asia__Riyadh),
    ("se", Tz::Europe__Stockholm),
    ("sg", Tz::Asia__Singapore),
    ("si", Tz::Europe__Ljubljana),
    ("sk", Tz::Europe__Bratislava),
    ("th", Tz::Asia__Bangkok),
    ("tn", Tz::Africa__Tunis),
    ("tr", Tz::Europe__Istanbul),
    ("tw", Tz::Asia__Taipei),
    ("tz", Tz::Africa__Dar_es_Salaam),
    ("ug", Tz::Africa__Kampala),
    ("uk", Tz::Europe__London),
    ("uy", Tz::America__Montevideo),
    ("ve", Tz::America__Caracas),
    ("vn", Tz::Asia__Ho_Chi_Minh),
    ("za", Tz::Africa__Johannesburg),
];

#[cfg(test)]
mod tests {
    use super::*;
    use crate::article::Precision;
    use chrono::{NaiveDate, NaiveTime};

    fn at(y: i32, mo: u32, d: u32, h: u32, mi: u32) -> ParsedDate {
        ParsedDate {
            date: NaiveDate::from_ymd_opt(y, mo, d).unwrap(),
            time: NaiveTime::from_hms_opt(h, mi, 0),
            offset: None,
            precision: Precision::Minute,
        }
    }

    #[test]
    fn country_zones_are_sorted_for_binary_search() {
        assert!(COUNTRY_ZONES.windows(2).all(|w| w[0].0 < w[1].0));
    }

    #[test]
    fn zones_by_domain() {
        assert_eq!(
            zone_for_tld("english.nepalnews.com.np"),
            Some(Tz::Asia__Kathmandu)
        );
        assert_eq!(zone_for_tld("www.bbc.co.uk"), Some(Tz::Europe__London));
        assert_eq!(zone_for_tld("WWW.SPIEGEL.DE."), Some(Tz::Europe__Berlin));
        assert_eq!(zone_for_tld("nzz.ch:443"), Some(Tz::Europe__Zurich));
        assert_eq!(zone_for_tld("thehindu.in"), Some(Tz::Asia__Kolkata));
        assert_eq!(zone_for_tld("nytimes.com"), None);
        assert_eq!(zone_for_tld("abc.net.au"), None);
        assert_eq!(zone_for_tld("example.us"), None);
        assert_eq!(zone_for_tld(""), None);
    }

    #[test]
    fn a_stated_offset_is_kept() {
        let mut parsed = at(2019, 10, 16, 14, 5);
        parsed.offset = FixedOffset::east_opt(2 * 3600);
        let ts = to_timestamp(
            parsed,
            "raw",
            Some((Tz::Asia__Kathmandu, OffsetSource::Profile)),
        );
        assert_eq!(ts.to_iso(), "2019-10-16T14:05:00+02:00");
        assert_eq!(ts.offset_source, OffsetSource::Stated);
        assert_eq!(ts.raw, "raw");
    }

    #[test]
    fn the_zone_gives_the_offset_of_the_season() {
        let berlin = Some((Tz::Europe__Berlin, OffsetSource::Inferred));
        let summer = to_timestamp(at(2019, 7, 1, 12, 0), "", berlin);
        assert_eq!(summer.to_iso(), "2019-07-01T12:00:00+02:00");
        assert_eq!(summer.offset_source, OffsetSource::Inferred);
        let winter = to_timestamp(at(2019, 12, 1, 12, 0), "", berlin);
        assert_eq!(winter.to_iso(), "2019-12-01T12:00:00+01:00");
        let nepal = Some((Tz::Asia__Kathmandu, OffsetSource::Profile));
        let ts = to_timestamp(at(2022, 6, 12, 7, 56), "", nepal);
        assert_eq!(ts.to_iso(), "2022-06-12T07:56:00+05:45");
    }

    #[test]
    fn repeated_and_skipped_hours_do_not_panic() {
        let berlin = Some((Tz::Europe__Berlin, OffsetSource::Profile));
        // 27 October 2019, 02:30 happened twice in Berlin; the first was summer time.
        let repeated = to_timestamp(at(2019, 10, 27, 2, 30), "", berlin);
        assert_eq!(repeated.to_iso(), "2019-10-27T02:30:00+02:00");
        // 31 March 2019, 02:30 never happened in Berlin.
        let skipped = to_timestamp(at(2019, 3, 31, 2, 30), "", berlin);
        assert_eq!(skipped.to_iso(), "2019-03-31T02:30:00+01:00");
    }

    #[test]
    fn no_zone_no_offset_and_days_have_none() {
        let ts = to_timestamp(at(2019, 10, 16, 14, 5), "", None);
        assert_eq!(ts.to_iso(), "2019-10-16T14:05:00");
        assert_eq!(ts.offset_source, OffsetSource::Unknown);
        let mut day = at(2019, 10, 16, 0, 0);
        day.time = None;
        day.precision = Precision::Day;
        let ts = to_timestamp(
            day,
            "16.10.2019",
            Some((Tz::Europe__Berlin, OffsetSource::Profile)),
        );
        assert_eq!(ts.to_iso(), "2019-10-16");
        assert_eq!(ts.offset, None);
        assert_eq!(ts.offset_source, OffsetSource::Unknown);
    }
}

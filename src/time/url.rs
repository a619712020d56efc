//! The publication day many sites write in their article URLs: `/2019/10/16/slug`,
//! `/2019-10-16-slug`, `/20191016/`, `story_20191016_123.html`.
//!
//! Only the path and query are read (a host may hold digits), and only a whole day counts:
//! `/2019/10/slug` gives nothing. Digits that run on (`/2019101612345/`) are an identifier,
//! not a date.

use std::sync::LazyLock;

use chrono::NaiveDate;
use regex::Regex;

use super::formats::calendar_date;

/// Year, month and day, with the same separator between them (`/`, `-`, `_` or none),
/// after a path or query delimiter and before one.
static URL_DATE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?:^|[/_.=-])(?P<y>[0-9]{4})(?P<s1>[/_-]?)(?P<m>[0-9]{1,2})(?P<s2>[/_-]?)(?P<d>[0-9]{1,2})(?P<after>[/_.?#&-]|$)",
    )
    .expect("valid regex")
});

/// A publication day written in a URL path (`/2019/10/16/`, `/20191016/`, `2019-10-16`).
pub(crate) fn date_from_url(url: &str) -> Option<NaiveDate> {
    let path = path_and_query(url);
    let mut at = 0;
    while let Some(caps) = URL_DATE.captures_at(path, at) {
        let whole = caps.get(0)?;
        if let Some(date) = read(&caps) {
            return Some(date);
        }
        // Matches may overlap (`/123/2019/10/16/`): try again one character on.
        at = whole.start() + path[whole.start()..].chars().next()?.len_utf8();
        if at >= path.len() {
            break;
        }
    }
    None
}

fn read(caps: &regex::Captures) -> Option<NaiveDate> {
    let (s1, s2) = (caps.name("s1")?.as_str(), caps.name("s2")?.as_str());
    let (m, d) = (caps.name("m")?.as_str(), caps.name("d")?.as_str());
    if s1 != s2 {
        return None;
    }
    // Without separators, only eight digits are a date.
    if s1.is_empty() && (m.len() != 2 || d.len() != 2) {
        return None;
    }
    // `/2019/10/5-ways-to-…` is a month archive's slug starting with a number.
    if s1 == "/" && caps.name("after")?.as_str() == "-" {
        return None;
    }
    calendar_date(
        caps.name("y")?.as_str().parse().ok()?,
        m.parse().ok()?,
        d.parse().ok()?,
    )
}

/// The part of a URL after its host, without the fragment; a relative URL is all path.
fn path_and_query(url: &str) -> &str {
    let url = url.split('#').next().unwrap_or(url);
    match url.find("://") {
        Some(scheme_end) => {
            let after_scheme = &url[scheme_end + 3..];
            after_scheme
                .find('/')
                .map_or("", |slash| &after_scheme[slash..])
        }
        None => url,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(url: &str) -> Option<String> {
        date_from_url(url).map(|d| d.to_string())
    }

    #[test]
    fn dates_in_paths() {
        let expected = Some("2019-10-16".to_string());
        assert_eq!(
            day("https://example.com/2019/10/16/storm-hits-coast/"),
            expected
        );
        assert_eq!(day("https://example.com/news/2019/10/16"), expected);
        assert_eq!(day("https://example.com/2019-10-16/storm"), expected);
        assert_eq!(
            day("https://example.com/politics/2019-10-16-storm-hits"),
            expected
        );
        assert_eq!(day("https://example.com/20191016/storm"), expected);
        assert_eq!(day("https://example.com/story_20191016_123.html"), expected);
        assert_eq!(day("https://example.com/2019/10/16/"), expected);
        assert_eq!(day("/2019/10/16/relative"), expected);
        assert_eq!(day("https://example.com/a?date=2019-10-16"), expected);
        assert_eq!(
            day("https://example.com/2019/1/6/x"),
            Some("2019-01-06".into())
        );
    }

    #[test]
    fn no_day_no_date() {
        assert_eq!(day("https://example.com/2019/10/storm-hits-coast"), None);
        assert_eq!(day("https://example.com/2019/10/"), None);
        assert_eq!(day("https://example.com/2019/10/5-ways-to-save"), None);
        assert_eq!(day("https://example.com/article/2019101612345"), None);
        assert_eq!(day("https://example.com/article/12345678/"), None);
        assert_eq!(day("https://example.com/2019/13/16/"), None);
        assert_eq!(day("https://example.com/2019/02/30/"), None);
        assert_eq!(day("https://example.com/1889/10/16/"), None);
        assert_eq!(day("https://2019.10.16.example.com/"), None);
        assert_eq!(day("https://example.com/x#2019-10-16"), None);
        assert_eq!(day("https://example.com/2019/1016/x"), None);
        assert_eq!(day(""), None);
    }

    #[test]
    fn a_date_after_an_identifier() {
        assert_eq!(
            day("https://example.com/123/2019/10/16/x"),
            Some("2019-10-16".into())
        );
    }
}

//! Web archives: a copy of a page kept by an archive (the Wayback Machine, archive.today)
//! lives on the archive's host, but it is the archived site's page. What a page belongs to
//! (a site profile's hosts, the site a learned profile is written for) is the archived URL's
//! host.

/// Archives that keep a copy under `https://ARCHIVE/PREFIX/STAMP/ORIGINAL-URL`: the
/// archive's host (without `www.`) and the path before the stamp.
const ARCHIVES: &[(&str, &str)] = &[
    ("web.archive.org", "/web/"),
    ("wayback.archive.org", "/web/"),
    ("archive.org", "/web/"),
    ("archive.ph", "/"),
    ("archive.today", "/"),
    ("archive.is", "/"),
    ("archive.li", "/"),
    ("archive.md", "/"),
    ("archive.vn", "/"),
    ("archive.fo", "/"),
];

/// The URL of the page an archived copy is of; `None` when the URL is not an archive's copy
/// (or names it only by a short id). An archived URL written without its scheme gets
/// `http://`.
pub(crate) fn archived_url(url: &str) -> Option<String> {
    let parsed = url::Url::parse(url).ok()?;
    let host = parsed.host_str()?.to_ascii_lowercase();
    let host = host.strip_prefix("www.").unwrap_or(&host);
    let (_, prefix) = ARCHIVES.iter().find(|(archive, _)| *archive == host)?;
    // The path as written: the url crate would fold the `//` of an embedded `http://`.
    let after_scheme = &url[url.find("://")? + 3..];
    let path = &after_scheme[after_scheme.find('/')?..];
    let rest = path.strip_prefix(prefix)?;
    let (stamp, original) = rest.split_once('/')?;
    if !stamp.starts_with(|c: char| c.is_ascii_digit()) && stamp != "newest" {
        return None;
    }
    let original = if original.contains("://") {
        original.to_string()
    } else {
        format!("http://{original}")
    };
    let archived = url::Url::parse(&original).ok()?;
    archived
        .host_str()
        .filter(|h| h.contains('.'))
        .map(|_| original)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn archived_host(url: &str) -> Option<String> {
        let archived = archived_url(url)?;
        Some(url::Url::parse(&archived).ok()?.host_str()?.to_string())
    }

    #[test]
    fn an_archived_copy_belongs_to_the_archived_site() {
        let wayback = "https://web.archive.org/web/20150101000000/http://www.bugle.example/a/b";
        assert_eq!(
            archived_url(wayback).as_deref(),
            Some("http://www.bugle.example/a/b")
        );
        assert_eq!(archived_host(wayback).as_deref(), Some("www.bugle.example"));
        let bare = "https://web.archive.org/web/20130101000000id_/gazette.example/2008/05/x.html";
        assert_eq!(archived_host(bare).as_deref(), Some("gazette.example"));
        let today = "https://archive.ph/2020.01.01-120000/https://news.herald.example/story";
        assert_eq!(archived_host(today).as_deref(), Some("news.herald.example"));
    }

    #[test]
    fn other_pages_keep_their_host() {
        assert_eq!(archived_url("https://archive.ph/AbCdE"), None);
        assert_eq!(archived_url("https://web.archive.org/about/"), None);
        assert_eq!(archived_url("https://www.bugle.example/web/1/x"), None);
        assert_eq!(archived_url("https://www.bugle.example/a"), None);
        assert_eq!(archived_url("not a url"), None);
    }
}

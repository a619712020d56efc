//! Cloudflare e-mail protection: `data-cfemail="HEX"` and `/cdn-cgi/l/email-protection#HEX`.
//!
//! The hex string's first byte is an XOR key for the bytes that follow, which are the address.

use std::sync::LazyLock;

use memchr::memmem::Finder;

/// Decodes a Cloudflare-protected e-mail hex string; `None` when it is not valid hex or the
/// result is not a plausible address.
pub(crate) fn decode_cfemail(hex: &str) -> Option<String> {
    let hex = hex.trim();
    if hex.len() < 4 || !hex.len().is_multiple_of(2) || !hex.is_ascii() {
        return None;
    }
    let byte = |i: usize| u8::from_str_radix(&hex[i..i + 2], 16).ok();
    let key = byte(0)?;
    let mut bytes = Vec::with_capacity(hex.len() / 2);
    for i in (2..hex.len()).step_by(2) {
        bytes.push(byte(i)? ^ key);
    }
    let text = String::from_utf8(bytes).ok()?;
    (text.contains('@') && !text.chars().any(char::is_control)).then_some(text)
}

/// The path of a Cloudflare e-mail-protection link, up to the hex.
const LINK_PATH: &str = "/cdn-cgi/l/email-protection#";

/// The searcher for [`LINK_PATH`], built once: every link of every page is searched.
static LINK_FINDER: LazyLock<Finder<'static>> = LazyLock::new(|| Finder::new(LINK_PATH.as_bytes()));

/// The hex part of a Cloudflare e-mail-protection link, if `href` is one.
pub(crate) fn cfemail_href(href: &str) -> Option<&str> {
    let at = LINK_FINDER.find(href.as_bytes())?;
    href.get(at + LINK_PATH.len()..)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn encode(key: u8, email: &str) -> String {
        let mut s = format!("{key:02x}");
        for b in email.bytes() {
            s.push_str(&format!("{:02x}", b ^ key));
        }
        s
    }

    #[test]
    fn decodes_an_address() {
        let hex = encode(0x5a, "info@nepalnews.com");
        assert_eq!(decode_cfemail(&hex).as_deref(), Some("info@nepalnews.com"));
    }

    #[test]
    fn rejects_bad_hex() {
        assert_eq!(decode_cfemail("zz"), None);
        assert_eq!(decode_cfemail("5a3"), None);
        assert_eq!(decode_cfemail(""), None);
        assert_eq!(decode_cfemail("é5é5"), None);
    }

    #[test]
    fn finds_the_hex_in_a_link() {
        assert_eq!(
            cfemail_href("/cdn-cgi/l/email-protection#5a33"),
            Some("5a33")
        );
        assert_eq!(cfemail_href("mailto:a@b.c"), None);
    }
}

//! The one escaping helper for the markup the panel and the site's review column are
//! written as: plain strings of HTML (see `findings_list`, `summary_bar`, `panel`), so the
//! embed's wasm needs no yew to show them. Every text and attribute value that comes from a
//! draft, a customer's message or a house style goes through [`escape`].

/// `text` safe inside an element or a double-quoted attribute value.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            _ => out.push(c),
        }
    }
    out
}

/// The number after `name:` in a `data-command` value such as `show:3`.
pub(crate) fn argument(data: &str, name: &str) -> Option<usize> {
    data.strip_prefix(name)?.strip_prefix(':')?.parse().ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markup_in_text_stays_text() {
        assert_eq!(
            escape(r#"<img src="x" onerror=a&b>'"#),
            "&lt;img src=&quot;x&quot; onerror=a&amp;b&gt;'"
        );
        assert_eq!(argument("show:3", "show"), Some(3));
        assert_eq!(argument("show:x", "show"), None);
        assert_eq!(argument("shows:3", "show"), None);
    }
}

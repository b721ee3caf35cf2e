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

/// The `data-command` of the element with the focus under `root`, in its document or
/// shadow root (asked of the tree, not `:focus`, which a window without focus matches not).
pub fn focused_command(root: &web_sys::Element) -> Option<String> {
    use wasm_bindgen::JsCast;
    let tree = root.get_root_node();
    let active = js_sys::Reflect::get(&tree, &"activeElement".into()).ok()?;
    let active = active.dyn_into::<web_sys::Element>().ok()?;
    if !root.contains(Some(&active)) {
        return None;
    }
    active.get_attribute("data-command")
}

/// After a redraw under `root` took away the focused button, whose `data-command` was
/// `data`, focuses the one that now says the same (the next finding's, after an Ignore), as
/// a keyboard user expects; unless the focus went somewhere meanwhile (a rewrite selects its
/// placeholder in the field).
pub fn refocus(root: &web_sys::Element, data: &str) {
    use wasm_bindgen::JsCast;
    let Some(document) = root.owner_document() else {
        return;
    };
    let lost = document
        .active_element()
        .is_none_or(|active| Some(&active) == document.body().as_deref());
    let button = root
        .query_selector(&format!(r#"[data-command="{data}"]"#))
        .ok()
        .flatten()
        .and_then(|button| button.dyn_into::<web_sys::HtmlElement>().ok());
    if let (true, Some(button)) = (lost, button) {
        let _ = button.focus();
    }
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

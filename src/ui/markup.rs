//! How the site's page and the embed's panel are drawn: as plain strings of HTML (see
//! `findings_list`, `summary_bar`, `panel`, `app`), put in the page by [`Region`]s, which
//! draw a part again only when its markup changed and keep what the agent would lose by it
//! (the focused button, the open "Why it matters", the findings' scroll). Buttons say what a
//! click means with `data-command`; one listener hears them all. Every text and attribute
//! value that comes from a draft, a customer's message or a house style goes through
//! [`escape`].

use super::findings_list;
use std::cell::RefCell;
use wasm_bindgen::JsCast;
use web_sys::Element;

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

/// A plain button (`type="button"`, so it never submits a form) whose click means `command`.
pub fn button(label: &str, command: &str, class: &str, disabled: bool) -> String {
    format!(
        r#"<button type="button"{}{} data-command="{command}">{label}</button>"#,
        if class.is_empty() {
            String::new()
        } else {
            format!(r#" class="{class}""#)
        },
        if disabled { " disabled" } else { "" },
    )
}

/// The number after `name:` in a `data-command` value such as `show:3`.
pub(crate) fn argument(data: &str, name: &str) -> Option<usize> {
    data.strip_prefix(name)?.strip_prefix(':')?.parse().ok()
}

/// The `data-command` of the element with the focus under `root`, in its document or
/// shadow root (asked of the tree, not `:focus`, which a window without focus matches not).
pub fn focused_command(root: &Element) -> Option<String> {
    let tree = root.get_root_node();
    let active = js_sys::Reflect::get(&tree, &"activeElement".into()).ok()?;
    let active = active.dyn_into::<Element>().ok()?;
    if !root.contains(Some(&active)) {
        return None;
    }
    active.get_attribute("data-command")
}

/// After a redraw under `root` took away the focused button, whose `data-command` was
/// `data`, focuses the one that now says the same (the next finding's, after an Ignore), as
/// a keyboard user expects; unless the focus went somewhere meanwhile (a rewrite selects its
/// placeholder in the field).
pub fn refocus(root: &Element, data: &str) {
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

/// A run of an element's children, drawn from markup: all of them, or those between two
/// that stay (`after` and `before`, when given).
pub struct Region {
    parent: Element,
    after: Option<Element>,
    before: Option<Element>,
    /// The markup drawn now.
    shown: RefCell<String>,
}

impl Region {
    /// The region whose children now are `shown`'s.
    pub fn new(
        parent: Element,
        after: Option<Element>,
        before: Option<Element>,
        shown: String,
    ) -> Self {
        Region {
            parent,
            after,
            before,
            shown: RefCell::new(shown),
        }
    }

    pub fn parent(&self) -> &Element {
        &self.parent
    }

    /// Draws `markup` in place of what is shown, if it differs; says whether it did.
    pub fn show(&self, markup: String) -> bool {
        if *self.shown.borrow() == markup {
            return false;
        }
        redraw(
            &self.parent,
            self.after.as_ref(),
            self.before.as_ref(),
            &markup,
        );
        *self.shown.borrow_mut() = markup;
        true
    }
}

/// Puts `markup` in place of `parent`'s children between `after` and `before` (from the
/// first, to the last, when `None`), keeping what the agent expects to stay: the "Why it
/// matters" they opened, the findings list's scroll, and the focus on a button that now
/// says the same (see [`refocus`]).
pub fn redraw(parent: &Element, after: Option<&Element>, before: Option<&Element>, markup: &str) {
    let find = |selector: &str| parent.query_selector(selector).ok().flatten();
    let scrolled = find(".findings").map(|list| list.scroll_top());
    let mut open_whys = Vec::new();
    if let Ok(whys) = parent.query_selector_all(".finding > .why[open]") {
        for at in 0..whys.length() {
            let finding = whys.item(at).and_then(|why| why.parent_element());
            if let Some(finding) = finding {
                open_whys.push(findings_list::why_of(&finding));
            }
        }
    }
    let focused = focused_command(parent);
    let mut next = match after {
        Some(after) => after.next_sibling(),
        None => parent.first_child(),
    };
    while let Some(node) = next.filter(|node| before.is_none_or(|b| !b.is_same_node(Some(node)))) {
        next = node.next_sibling();
        let _ = parent.remove_child(&node);
    }
    let _ = match before {
        Some(before) => before.insert_adjacent_html("beforebegin", markup),
        None => parent.insert_adjacent_html("beforeend", markup),
    };
    for why in open_whys {
        if let Some(why) = find(&why) {
            let _ = why.set_attribute("open", "");
        }
    }
    if let (Some(list), Some(top)) = (find(".findings"), scrolled) {
        list.set_scroll_top(top);
    }
    if let Some(data) = focused {
        refocus(parent, &data);
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

    #[test]
    fn a_button_says_its_command_and_never_submits() {
        assert_eq!(
            button("Undo", "undo", "", true),
            r#"<button type="button" disabled data-command="undo">Undo</button>"#
        );
        assert_eq!(
            button("Dismiss", "dismiss-notice", "quiet", false),
            r#"<button type="button" class="quiet" data-command="dismiss-notice">Dismiss</button>"#
        );
    }
}

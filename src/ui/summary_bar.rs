use super::markup::escape;
use crate::engine::Summary;

/// Whether the reply is ready to send, with counts by severity, and `copy`: the markup of the
/// page's "Copy reply" button ([`copy_button`]; the panel has none: the host's own field sends
/// the reply). The status is a polite live region, so screen readers hear it change.
pub fn summary_bar(s: Summary, checking: bool, copy: &str) -> String {
    let (class, headline) = match (s.ready, s.errors + s.warnings + s.hints) {
        _ if checking => ("summary checking", "Checking…".to_string()),
        (true, 0) => ("summary ready", "Ready to send".to_string()),
        (true, _) => (
            "summary ready",
            "Ready to send, with suggestions".to_string(),
        ),
        (false, _) => (
            "summary blocked",
            format!("Not ready: {} to fix", plural(s.errors, "error")),
        ),
    };
    // The counts while checking would be the previous draft's.
    let counts = if checking {
        "Findings follow when the check is done".to_string()
    } else {
        format!(
            "{} · {} · {}",
            plural(s.errors, "error"),
            plural(s.warnings, "warning"),
            plural(s.hints, "hint")
        )
    };
    format!(
        r#"<div class="{class}"><div role="status" aria-live="polite" class="summary-text"><strong>{}</strong><span class="counts">{}</span></div>{copy}</div>"#,
        escape(&headline),
        escape(&counts),
    )
}

/// "Copy reply" (`data-command="copy-reply"`): says "Copied" while `copied` (the page resets
/// it when the draft changes).
pub fn copy_button(disabled: bool, copied: bool) -> String {
    format!(
        r#"<button type="button"{} data-command="copy-reply" class="copy">{}</button>"#,
        if disabled { " disabled" } else { "" },
        if copied { "Copied" } else { "Copy reply" },
    )
}

/// Keeps the summary's live region (`role="status"`) one element across redraws of the
/// markup around it under `root`, so screen readers hear its text change (a region put in
/// anew is not announced): `kept` is the one shown before, which takes the new one's place
/// and text.
pub fn keep_status(root: &web_sys::Element, kept: &std::cell::RefCell<Option<web_sys::Element>>) {
    let shown = root.query_selector(".summary-text").ok().flatten();
    let mut kept = kept.borrow_mut();
    match (shown, kept.as_ref()) {
        (Some(shown), Some(old)) if !shown.is_same_node(Some(old)) => {
            old.set_inner_html(&shown.inner_html());
            let _ = shown.replace_with_with_node_1(old);
        }
        (shown, _) => *kept = shown,
    }
}

pub fn copy_to_clipboard(text: &str) {
    #[cfg(target_arch = "wasm32")]
    write_text(text);
    #[cfg(not(target_arch = "wasm32"))]
    let _ = text;
}

#[cfg(target_arch = "wasm32")]
#[wasm_bindgen::prelude::wasm_bindgen]
extern "C" {
    /// `navigator.clipboard.writeText`: one import, where `web_sys::window()` and its getters
    /// cost the wasm the code that finds the global object.
    #[wasm_bindgen(js_namespace = ["navigator", "clipboard"], js_name = writeText)]
    fn write_text(text: &str);
}

pub(super) fn plural(n: usize, word: &str) -> String {
    if n == 1 {
        format!("1 {word}")
    } else {
        format!("{n} {word}s")
    }
}

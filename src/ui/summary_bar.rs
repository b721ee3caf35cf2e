use crate::engine::Summary;
use std::rc::Rc;
use yew::prelude::*;

/// Whether the reply is ready to send, with counts by severity, and `copy`: the page's "Copy
/// reply" button (the panel has none; the host's own field sends the reply). The status is a
/// polite live region, so screen readers hear it change. A plain function rather than a
/// component: each yew component type costs the wasm its own copy of the lifecycle code.
pub fn summary_bar(s: Summary, checking: bool, copy: Html) -> Html {
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
    html! {
        <div class={class}>
            <div role="status" aria-live="polite" class="summary-text">
                <strong>{ headline }</strong>
                <span class="counts">
                    // The counts while checking would be the previous draft's.
                    { if checking {
                        "Findings follow when the check is done".to_string()
                    } else {
                        format!("{} · {} · {}", plural(s.errors, "error"), plural(s.warnings, "warning"), plural(s.hints, "hint"))
                    } }
                </span>
            </div>
            { copy }
        </div>
    }
}

/// "Copy reply": copies the draft as it would be sent and says "Copied" until `copied` is
/// reset (the page resets it when the draft changes).
pub fn copy_button(draft: &Rc<str>, copied: &UseStateHandle<bool>) -> Html {
    let on_copy = {
        let draft = draft.clone();
        let copied = copied.clone();
        Callback::from(move |_| {
            copy_to_clipboard(&draft);
            copied.set(true);
        })
    };
    html! {
        <button type="button" class="copy" onclick={on_copy} disabled={draft.trim().is_empty()}>
            { if **copied { "Copied" } else { "Copy reply" } }
        </button>
    }
}

pub(crate) fn copy_to_clipboard(text: &str) {
    #[cfg(target_arch = "wasm32")]
    if let Some(window) = web_sys::window() {
        let _ = window.navigator().clipboard().write_text(text);
    }
    #[cfg(not(target_arch = "wasm32"))]
    let _ = text;
}

pub(super) fn plural(n: usize, word: &str) -> String {
    if n == 1 {
        format!("1 {word}")
    } else {
        format!("{n} {word}s")
    }
}

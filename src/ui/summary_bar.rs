use crate::engine::Summary;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct SummaryBarProps {
    pub summary: Summary,
    /// The reply as it would be sent, for "Copy reply".
    #[prop_or_default]
    pub draft: Rc<str>,
    /// A large draft is waiting to be checked.
    #[prop_or_default]
    pub checking: bool,
}

/// Whether the reply is ready to send, with counts by severity, and "Copy reply". The
/// status is a polite live region, so screen readers hear it change.
#[function_component(SummaryBar)]
pub fn summary_bar(props: &SummaryBarProps) -> Html {
    let copied = use_state(|| false);
    {
        let copied = copied.clone();
        use_effect_with(props.draft.clone(), move |_| copied.set(false));
    }
    let s = props.summary;
    let (class, headline) = match (s.ready, s.errors + s.warnings + s.hints) {
        _ if props.checking => ("summary checking", "Checking…".to_string()),
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
    let on_copy = {
        let draft = props.draft.clone();
        let copied = copied.clone();
        Callback::from(move |_| {
            copy_to_clipboard(&draft);
            copied.set(true);
        })
    };
    html! {
        <div class={class}>
            <div role="status" aria-live="polite" class="summary-text">
                <strong>{ headline }</strong>
                <span class="counts">
                    // The counts while checking would be the previous draft's.
                    { if props.checking {
                        "Findings follow when the check is done".to_string()
                    } else {
                        format!("{} · {} · {}", plural(s.errors, "error"), plural(s.warnings, "warning"), plural(s.hints, "hint"))
                    } }
                </span>
            </div>
            <button type="button" class="copy" onclick={on_copy} disabled={props.draft.trim().is_empty()}>
                { if *copied { "Copied" } else { "Copy reply" } }
            </button>
        </div>
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

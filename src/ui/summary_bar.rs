use crate::engine::Summary;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct SummaryBarProps {
    pub summary: Summary,
}

/// Whether the reply is ready to send, with counts by severity. A polite live region, so
/// screen readers hear it change.
#[function_component(SummaryBar)]
pub fn summary_bar(props: &SummaryBarProps) -> Html {
    let s = props.summary;
    let (class, headline) = match (s.ready, s.errors + s.warnings + s.hints) {
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
        <div class={class} role="status" aria-live="polite">
            <strong>{ headline }</strong>
            <span class="counts">
                { format!("{} · {} · {}", plural(s.errors, "error"), plural(s.warnings, "warning"), plural(s.hints, "hint")) }
            </span>
        </div>
    }
}

fn plural(n: usize, word: &str) -> String {
    if n == 1 {
        format!("1 {word}")
    } else {
        format!("{n} {word}s")
    }
}

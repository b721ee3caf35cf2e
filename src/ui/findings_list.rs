use crate::engine::Report;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct FindingsListProps {
    pub report: Rc<Report>,
    pub draft: Rc<str>,
    /// (finding index, rewrite index)
    pub on_apply: Callback<(usize, usize)>,
}

/// The findings in reading order: message, the flagged words, why it matters, rewrites.
#[function_component(FindingsList)]
pub fn findings_list(props: &FindingsListProps) -> Html {
    if props.report.findings.is_empty() {
        return html! {
            <p class="no-findings">{ "Nothing to flag. Read it once more as the customer would, then send." }</p>
        };
    }
    let items = props.report.findings.iter().enumerate().map(|(index, finding)| {
        let excerpt = props.draft.get(finding.start..finding.end).unwrap_or_default();
        let rewrites = finding.rewrites.iter().enumerate().map(|(r, rewrite)| {
            let on_apply = props.on_apply.clone();
            let onclick = Callback::from(move |_| on_apply.emit((index, r)));
            html! {
                <button type="button" class="rewrite" aria-label={format!("Apply: {}", rewrite.label)} {onclick}>
                    { &rewrite.label }
                </button>
            }
        });
        html! {
            <li class={classes!("finding", finding.severity.as_str())} data-check={finding.check}>
                <p class="finding-head">
                    <span class="badge">{ finding.severity.as_str() }</span>
                    <span class="check-id">{ finding.check }</span>
                </p>
                <p class="message">{ &finding.message }</p>
                <blockquote class="excerpt">{ excerpt }</blockquote>
                <details class="why">
                    <summary>{ "Why it matters" }</summary>
                    <p>{ finding.why }</p>
                </details>
                <div class="rewrites">{ for rewrites }</div>
            </li>
        }
    });
    html! {
        <ul class="findings" aria-label="Findings">{ for items }</ul>
    }
}

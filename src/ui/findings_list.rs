use crate::engine::{checks, Finding, Report};
use std::rc::Rc;
use yew::prelude::*;

/// What the agent can do with a finding.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum FindingCommand {
    /// Select the finding's words in the draft.
    Show(usize),
    /// Apply rewrite `.1` of finding `.0`.
    Apply(usize, usize),
    /// Hide this finding while its words stay.
    Ignore(usize),
    /// Turn the finding's check off in the house style.
    TurnOff(usize),
}

#[derive(Properties, PartialEq)]
pub struct FindingsListProps {
    pub report: Rc<Report>,
    pub draft: Rc<str>,
    #[prop_or_default]
    pub active: Option<usize>,
    pub on_command: Callback<FindingCommand>,
}

/// The findings in reading order: message, the flagged words, why it matters, rewrites.
#[function_component(FindingsList)]
pub fn findings_list(props: &FindingsListProps) -> Html {
    let list = use_node_ref();
    {
        // Keep the focused finding in view as the agent steps through them.
        let list = list.clone();
        use_effect_with(props.active, move |active| {
            let item = active.and_then(|i| {
                list.cast::<web_sys::Element>()?
                    .query_selector(&format!("li[data-index=\"{i}\"]"))
                    .ok()
                    .flatten()
            });
            if let Some(item) = item {
                item.scroll_into_view_with_bool(false);
            }
        });
    }
    if props.report.findings.is_empty() {
        return html! {
            <p class="no-findings">{ "Nothing to flag. Read it once more as the customer would, then send." }</p>
        };
    }
    let items = props
        .report
        .findings
        .iter()
        .enumerate()
        .map(|(index, finding)| {
            finding_item(
                index,
                finding,
                &props.draft,
                props.active == Some(index),
                &props.on_command,
            )
        });
    html! {
        <ul class="findings" aria-label="Findings" ref={list}>{ for items }</ul>
    }
}

fn finding_item(
    index: usize,
    finding: &Finding,
    draft: &str,
    active: bool,
    on_command: &Callback<FindingCommand>,
) -> Html {
    let command = |c: FindingCommand| {
        let on_command = on_command.clone();
        Callback::from(move |_: MouseEvent| on_command.emit(c))
    };
    let excerpt = draft.get(finding.start..finding.end).unwrap_or_default();
    let title =
        checks::by_id(finding.check).map_or_else(|| finding.check.to_string(), |c| c.title());
    let rewrites = finding.rewrites.iter().enumerate().map(|(r, rewrite)| {
        html! {
            <li>
                <button
                    type="button"
                    class="rewrite"
                    aria-label={format!("Apply: {}", rewrite.label)}
                    title={rewrite_preview(&rewrite.edit.replacement)}
                    onclick={command(FindingCommand::Apply(index, r))}
                >
                    { &rewrite.label }
                </button>
            </li>
        }
    });
    html! {
        <li
            class={classes!("finding", finding.severity.as_str(), active.then_some("active"))}
            data-check={finding.check}
            data-index={index.to_string()}
            aria-current={active.then_some("true")}
        >
            <p class="finding-head">
                <span class="badge">{ finding.severity.as_str() }</span>
                <span class="check-title">{ title.clone() }</span>
            </p>
            <p class="message">{ &finding.message }</p>
            <button
                type="button"
                class="excerpt"
                aria-label={format!("Show in draft: {excerpt}")}
                onclick={command(FindingCommand::Show(index))}
            >
                { excerpt }
            </button>
            <details class="why">
                <summary>{ "Why it matters" }</summary>
                <p>{ finding.why }</p>
                { instead_example(finding.check) }
            </details>
            if !finding.rewrites.is_empty() {
                <ul class="rewrites" aria-label="Rewrites">{ for rewrites }</ul>
            }
            <div class="finding-actions">
                <button type="button" class="quiet" onclick={command(FindingCommand::Ignore(index))}>
                    { "Ignore" }
                </button>
                <button
                    type="button"
                    class="quiet"
                    aria-label={format!("Turn off {title}")}
                    onclick={command(FindingCommand::TurnOff(index))}
                >
                    { "Turn off this check" }
                </button>
            </div>
        </li>
    }
}

/// The check's own before/after example from its docs, so the agent sees what good
/// looks like.
fn instead_example(check: &str) -> Html {
    let Some(docs) = checks::by_id(check).map(|c| c.docs()) else {
        return Html::default();
    };
    html! {
        <dl class="example">
            <dt>{ "Instead of" }</dt>
            <dd>{ docs.example }</dd>
            <dt>{ "Write" }</dt>
            <dd>{ docs.use_instead }</dd>
        </dl>
    }
}

/// A rewrite's text for its tooltip: an insertion shows what it adds.
fn rewrite_preview(replacement: &str) -> String {
    let text = replacement.trim();
    if text.is_empty() {
        "Removes the flagged words".to_string()
    } else {
        format!("Writes: {text}")
    }
}

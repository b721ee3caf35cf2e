//! The findings in reading order, as markup (see `super::markup`): the site's review column
//! and the embed's panel show the same list, and say what a click means with `data-command`.

use super::markup::{argument, escape};
use crate::engine::{checks, Finding, Report};

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

impl FindingCommand {
    /// The command a button's `data-command` names: `show:3`, `apply:3:0`, `ignore:3`,
    /// `turn-off:3`.
    pub fn parse(data: &str) -> Option<FindingCommand> {
        if let Some(rest) = data.strip_prefix("apply:") {
            let (finding, rewrite) = rest.split_once(':')?;
            return Some(FindingCommand::Apply(
                finding.parse().ok()?,
                rewrite.parse().ok()?,
            ));
        }
        None.or_else(|| argument(data, "show").map(FindingCommand::Show))
            .or_else(|| argument(data, "ignore").map(FindingCommand::Ignore))
            .or_else(|| argument(data, "turn-off").map(FindingCommand::TurnOff))
    }
}

/// The findings: message, the flagged words, why it matters, rewrites; `active` is marked.
pub fn findings_list(report: &Report, draft: &str, active: Option<usize>) -> String {
    if report.findings.is_empty() {
        return r#"<p class="no-findings">Nothing to flag. Read it once more as the customer would, then send.</p>"#.to_string();
    }
    let items: String = report
        .findings
        .iter()
        .enumerate()
        .map(|(index, finding)| finding_item(index, finding, draft, active == Some(index)))
        .collect();
    format!(r#"<ul aria-label="Findings" class="findings">{items}</ul>"#)
}

fn finding_item(index: usize, finding: &Finding, draft: &str, active: bool) -> String {
    let excerpt = escape(draft.get(finding.start..finding.end).unwrap_or_default());
    let title = escape(
        &checks::by_id(finding.check).map_or_else(|| finding.check.to_string(), |c| c.title()),
    );
    let rewrites: String = finding
        .rewrites
        .iter()
        .enumerate()
        .map(|(r, rewrite)| {
            let label = escape(&rewrite.label);
            format!(
                r#"<li><button type="button" aria-label="Apply: {label}" title="{}" data-command="apply:{index}:{r}" class="rewrite">{label}</button></li>"#,
                escape(&rewrite_preview(&rewrite.edit.replacement)),
            )
        })
        .collect();
    let rewrites = if rewrites.is_empty() {
        rewrites
    } else {
        format!(r#"<ul aria-label="Rewrites" class="rewrites">{rewrites}</ul>"#)
    };
    let (current, class) = if active {
        (r#" aria-current="true""#, " active")
    } else {
        ("", "")
    };
    format!(
        concat!(
            r#"<li data-check="{check}" data-index="{index}"{current} class="finding {severity}{class}">"#,
            r#"<p class="finding-head"><span class="badge">{severity}</span><span class="check-title">{title}</span></p>"#,
            r#"<p class="message">{message}</p>"#,
            r#"<button type="button" aria-label="Show in draft: {excerpt}" data-command="show:{index}" class="excerpt">{excerpt}</button>"#,
            r#"<details class="why"><summary>Why it matters</summary><p>{why}</p>{example}</details>"#,
            "{rewrites}",
            r#"<div class="finding-actions"><button type="button" data-command="ignore:{index}" class="quiet">Ignore</button>"#,
            r#"<button type="button" aria-label="Turn off {title}" data-command="turn-off:{index}" class="quiet">Turn off this check</button></div>"#,
            "</li>"
        ),
        index = index,
        current = current,
        class = class,
        title = title,
        excerpt = excerpt,
        rewrites = rewrites,
        check = escape(finding.check),
        severity = finding.severity.as_str(),
        message = escape(&finding.message),
        why = escape(finding.why),
        example = instead_example(finding.check),
    )
}

/// A selector for the "Why it matters" of the finding `item` (its `li`), to open it again in
/// the list drawn anew: the finding at the same place, of the same check.
pub fn why_of(item: &web_sys::Element) -> String {
    let attribute = |name| escape(&item.get_attribute(name).unwrap_or_default());
    format!(
        r#".finding[data-index="{}"][data-check="{}"] > .why"#,
        attribute("data-index"),
        attribute("data-check"),
    )
}

/// Scrolls the finding at `active` in the list under `root` into view, as the agent steps
/// through them.
pub fn scroll_to(root: &web_sys::Element, active: Option<usize>) {
    let item = active.and_then(|i| {
        root.query_selector(&format!(r#".findings li[data-index="{i}"]"#))
            .ok()
            .flatten()
    });
    if let Some(item) = item {
        item.scroll_into_view_with_bool(false);
    }
}

/// The check's own before/after example from its docs, so the agent sees what good
/// looks like.
fn instead_example(check: &str) -> String {
    let Some(check) = checks::by_id(check) else {
        return String::new();
    };
    format!(
        r#"<dl class="example"><dt>Instead of</dt><dd>{}</dd><dt>Write</dt><dd>{}</dd></dl>"#,
        escape(check.example),
        escape(check.use_instead),
    )
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn commands_read_back_as_written() {
        for command in [
            FindingCommand::Show(3),
            FindingCommand::Apply(3, 0),
            FindingCommand::Ignore(12),
            FindingCommand::TurnOff(0),
        ] {
            let data = match command {
                FindingCommand::Show(i) => format!("show:{i}"),
                FindingCommand::Apply(i, r) => format!("apply:{i}:{r}"),
                FindingCommand::Ignore(i) => format!("ignore:{i}"),
                FindingCommand::TurnOff(i) => format!("turn-off:{i}"),
            };
            assert_eq!(FindingCommand::parse(&data), Some(command), "{data}");
        }
        for junk in [
            "",
            "show",
            "show:",
            "apply:1",
            "apply:1:x",
            "undo",
            "turn-off:-1",
        ] {
            assert_eq!(FindingCommand::parse(junk), None, "{junk}");
        }
    }
}

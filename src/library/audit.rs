//! Checking a macro library: each macro through the engine, as a draft, less what the
//! helpdesk fills in or the agent did not write.
//!
//! A macro is a template. Its merge fields (`{{ticket.requester.first_name}}`,
//! `{{ticket.agent.name}}`, Help Scout's `{%customer.firstName%}`) and Liquid tags
//! (`{% if ticket.status == "solved" %}`) are filled in when it is sent, so they are not
//! unfilled placeholders, and no finding may come from inside one. A gap that a person must
//! fill (`[option A]`, `{{first name}}`) still is. Quoted lines (`> ...`) and a signature
//! after a `-- ` line are not the macro's own words, and create no finding either.

use super::Macro;
use crate::engine::{Checker, Config, Finding, Severity, Summary};
use std::collections::BTreeMap;
use std::ops::Range;

/// A macro and what the check found in it.
#[derive(Debug, Clone)]
pub struct Checked {
    pub findings: Vec<Finding>,
    pub summary: Summary,
}

/// Checks one macro. A [`Checker`] kept across macros reuses what they share (a greeting,
/// a sign-off), as an editor does between keystrokes.
/// `customer` is a customer's message to check every macro against, if any.
pub fn check(
    checker: &mut Checker,
    macro_: &Macro,
    customer: Option<&str>,
    config: &Config,
) -> Checked {
    let report = checker.check(&macro_.text, customer, config);
    let ignored = not_the_agents_words(&macro_.text);
    let findings: Vec<Finding> = report
        .findings
        .iter()
        .filter(|f| {
            !ignored
                .iter()
                .any(|span| span.start <= f.start && f.end <= span.end)
        })
        .cloned()
        .collect();
    let summary = Summary::of(&findings);
    Checked { findings, summary }
}

/// Byte ranges of `text` that are merge fields, template tags, quoted lines or a signature.
pub fn not_the_agents_words(text: &str) -> Vec<Range<usize>> {
    let mut spans = merge_fields(text);
    let mut offset = 0;
    for line in text.split_inclusive('\n') {
        let content = line.trim_end_matches(['\r', '\n']);
        if content.trim_start().starts_with('>') {
            spans.push(offset..offset + content.len());
        } else if content == "-- " || content == "--" {
            // The conventional signature separator: the rest is the sign-off block.
            spans.push(offset..text.len());
            break;
        }
        offset += line.len();
    }
    spans
}

/// Byte ranges of the merge fields and template tags in `text`: `{{ path.to.field }}`
/// (with Liquid filters after a `|`) and every `{% ... %}` tag. `{{ }}` around words with
/// spaces, such as `{{customer name}}`, is a gap a person fills, and not one of them.
pub fn merge_fields(text: &str) -> Vec<Range<usize>> {
    let mut spans = Vec::new();
    let mut from = 0;
    while let Some(at) = text[from..].find('{').map(|i| from + i) {
        let rest = &text[at..];
        let close = if rest.starts_with("{{") {
            "}}"
        } else if rest.starts_with("{%") {
            "%}"
        } else {
            from = at + 1;
            continue;
        };
        let Some(len) = rest[2..].find(close) else {
            break;
        };
        let inner = &rest[2..2 + len];
        let end = at + 2 + len + 2;
        let is_field = close == "%}" || is_field_expression(inner);
        if is_field && !inner.contains('\n') {
            spans.push(at..end);
            from = end;
        } else {
            from = at + 1;
        }
    }
    spans
}

/// `ticket.requester.first_name`, `customer.firstName | default: "there"`, `ticket.id`.
fn is_field_expression(inner: &str) -> bool {
    let path = inner.split('|').next().unwrap_or("").trim();
    let mut chars = path.chars();
    chars
        .next()
        .is_some_and(|c| c.is_ascii_alphabetic() || c == '_')
        && chars.all(|c| c.is_ascii_alphanumeric() || matches!(c, '_' | '.' | '-' | '[' | ']'))
}

/// Totals over a library.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Totals {
    pub macros: usize,
    /// Macros with no error-severity finding.
    pub ready: usize,
    /// Macros with no finding at all.
    pub clean: usize,
    pub errors: usize,
    pub warnings: usize,
    pub hints: usize,
    /// Check id -> findings.
    pub by_check: BTreeMap<&'static str, usize>,
}

impl Totals {
    pub fn add(&mut self, checked: &Checked) {
        self.macros += 1;
        self.ready += usize::from(checked.summary.ready);
        self.clean += usize::from(checked.findings.is_empty());
        self.errors += checked.summary.errors;
        self.warnings += checked.summary.warnings;
        self.hints += checked.summary.hints;
        for f in &checked.findings {
            *self.by_check.entry(f.check).or_default() += 1;
        }
    }
}

/// The indices of the (at most `n`) worst macros, given each macro's summary: most errors,
/// then most warnings, then most findings; earlier first among equals. Clean macros are
/// never among them.
pub fn worst(summaries: &[Summary], n: usize) -> Vec<usize> {
    let findings = |s: &Summary| s.errors + s.warnings + s.hints;
    let mut order: Vec<usize> = (0..summaries.len())
        .filter(|&i| findings(&summaries[i]) > 0)
        .collect();
    let key = |i: usize| {
        let s = &summaries[i];
        std::cmp::Reverse((s.errors, s.warnings, findings(s)))
    };
    order.sort_by_key(|&i| (key(i), i));
    order.truncate(n);
    order
}

/// The severity a finding set reaches, for a one-word status.
pub fn status(summary: &Summary) -> &'static str {
    if summary.errors > 0 {
        Severity::Error.as_str()
    } else if summary.warnings > 0 {
        Severity::Warning.as_str()
    } else if summary.hints > 0 {
        Severity::Hint.as_str()
    } else {
        "clean"
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn macro_of(text: &str) -> Macro {
        Macro {
            title: String::new(),
            locator: String::new(),
            text: text.into(),
            file_line: None,
            lines_match_file: false,
        }
    }

    fn checked(text: &str) -> Vec<(&'static str, String)> {
        check(
            &mut Checker::new(),
            &macro_of(text),
            None,
            &Config::default(),
        )
        .findings
        .into_iter()
        .map(|f| (f.check, text[f.start..f.end].to_string()))
        .collect()
    }

    fn placeholders(text: &str) -> Vec<String> {
        checked(text)
            .into_iter()
            .filter(|(check, _)| *check == "unfilled-placeholder")
            .map(|(_, words)| words)
            .collect()
    }

    #[test]
    fn merge_fields_are_not_placeholders() {
        for text in [
            "Hi {{ticket.requester.first_name}}, your ticket {{ticket.id}} is solved.",
            "Hi {%customer.firstName%}, thanks for writing in.",
            "Regards, {{ticket.agent.name}}",
            "Hi {{ customer.firstname | default: \"there\" }}, thanks.",
            "{% if ticket.status == 'solved' %}All done.{% else %}Still open.{% endif %}",
        ] {
            assert_eq!(placeholders(text), Vec::<String>::new(), "{text}");
        }
    }

    #[test]
    fn gaps_a_person_fills_still_are() {
        assert_eq!(
            placeholders("Hi {{ticket.requester.first_name}}, we can do [option A] or [option B]."),
            ["[option A]", "[option B]"]
        );
        assert_eq!(placeholders("Hi {{customer name}},"), ["{{customer name}}"]);
        assert_eq!(placeholders("Your order <ORDER ID> ships."), ["<ORDER ID>"]);
    }

    #[test]
    fn quotes_and_signatures_create_no_finding() {
        let text = "Thanks for the details.\n> We'll get back to you soon.\n\n-- \nSam, will get back to you soon";
        assert!(
            checked(text).iter().all(|(_, w)| !w.contains("soon")),
            "{:?}",
            checked(text)
        );
        assert!(!checked("We'll get back to you soon.").is_empty());
    }

    #[test]
    fn worst_orders_by_errors_then_warnings() {
        let texts = [
            "Thanks, all sorted.",
            "We'll get back to you soon.",
            "Pick [option A].",
        ];
        let mut checker = Checker::new();
        let results: Vec<Checked> = texts
            .iter()
            .map(|t| check(&mut checker, &macro_of(t), None, &Config::default()))
            .collect();
        let summaries: Vec<Summary> = results.iter().map(|c| c.summary).collect();
        assert_eq!(worst(&summaries, 10), [2, 1]);
        let mut totals = Totals::default();
        results.iter().for_each(|c| totals.add(c));
        assert_eq!((totals.macros, totals.ready, totals.clean), (3, 2, 1));
    }
}

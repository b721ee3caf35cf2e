//! The engine: text in, [`Report`] out. Pure Rust, no web dependencies.
//!
//! Data flows one way: text -> [`check`] -> [`Report`] -> (UI) -> [`apply`] -> text.

/// A test that compiles each of a module's phrase lists, so that a malformed phrase fails
/// `cargo test` instead of the first check that reads the list.
#[cfg(test)]
macro_rules! every_phrase_list_compiles {
    ($($list:expr),+ $(,)?) => {
        #[test]
        fn every_phrase_list_compiles() {
            $(std::sync::LazyLock::force(&$list);)+
        }
    };
}

/// A phrase list as one text, a phrase per line, for [`pattern::Phrases::lines`]: the
/// phrases are stored as one string instead of a string and a pointer each.
macro_rules! lines {
    ($($phrase:expr),+ $(,)?) => {
        concat!($($phrase, "\n"),+)
    };
}

pub mod case;
pub mod checks;
pub mod config;
pub mod json;
pub mod memo;
pub mod moves;
pub mod pattern;
pub mod report;
pub mod rewrite;
pub mod text;

pub use config::{ApologyPolicy, Config, ConfigError, Level};
pub use report::{Edit, Finding, Report, Rewrite, Severity, Summary, Units};
pub use rewrite::{apply, RewriteError};

use checks::{Context, ALL};
use text::Draft;

/// Checks a draft reply, optionally against the customer's message, under a house style.
/// An editor that re-checks as the agent types keeps a [`Checker`] instead.
pub fn check(text: &str, customer: Option<&str>, config: &Config) -> Report {
    Checker::new().check(text, customer, config)
}

/// Checks drafts one after another, as an editor does on each keystroke, remembering what
/// is local to a line or a sentence (see [`memo`]) so that an edit costs about what it
/// changed. The report is always exactly [`check`]'s; the config may change between calls.
#[derive(Debug, Default)]
pub struct Checker {
    draft: memo::Memo,
    customer: memo::Memo,
}

impl Checker {
    pub fn new() -> Self {
        Checker::default()
    }

    pub fn check(&mut self, text: &str, customer: Option<&str>, config: &Config) -> Report {
        let draft = Draft::with_memo(text, &self.draft);
        let customer = customer
            .filter(|c| !c.trim().is_empty())
            .map(|c| Draft::with_memo(c, &self.customer));
        let report = check_drafts(&draft, customer.as_ref(), config);
        draft.keep_in(&self.draft);
        if let Some(customer) = customer {
            customer.keep_in(&self.customer);
        }
        report
    }
}

fn check_drafts(draft: &Draft, customer: Option<&Draft>, config: &Config) -> Report {
    let text = draft.text;
    let cx = Context::new(draft, customer, config);
    let mut findings = Vec::new();
    for check in ALL {
        let Some(severity) = config.level(check.id, check.default_severity).severity() else {
            continue;
        };
        let flags = (check.run)(&cx);
        if flags.is_empty() {
            continue;
        }
        // Found in the docs once per check that found something, not per finding.
        let why = check.why();
        for flag in flags {
            findings.push(Finding {
                check: check.id,
                severity: if flag.tentative {
                    severity.milder()
                } else {
                    severity
                },
                start: flag.span.start,
                end: flag.span.end,
                message: flag.message,
                why,
                rewrites: flag.rewrites,
            });
        }
    }
    findings.extend(custom_findings(draft, config));
    findings.retain(|f| !is_ignored(text, f, config));
    let findings = sorted_by_place(findings);
    let summary = Summary::of(&findings);
    Report { findings, summary }
}

/// The findings in reading order (by span, then check), stably. They come check by check,
/// each check's mostly in reading order already, so they are cut into those runs and
/// neighbouring runs merged until one is left: a merge written out, because the standard
/// library's slice sort adds about 3 KB to each wasm download.
fn sorted_by_place(findings: Vec<Finding>) -> Vec<Finding> {
    let mut runs: Vec<Vec<Finding>> = Vec::new();
    for finding in findings {
        match runs.last_mut() {
            Some(run)
                if run
                    .last()
                    .is_some_and(|last| place(last) <= place(&finding)) =>
            {
                run.push(finding)
            }
            _ => runs.push(vec![finding]),
        }
    }
    while runs.len() > 1 {
        let mut pairs = std::mem::take(&mut runs).into_iter();
        while let Some(left) = pairs.next() {
            runs.push(match pairs.next() {
                Some(right) => merged(left, right),
                None => left,
            });
        }
    }
    runs.pop().unwrap_or_default()
}

/// Where a finding sits in reading order.
fn place(finding: &Finding) -> (usize, usize, &'static str) {
    (finding.start, finding.end, finding.check)
}

/// Two runs in reading order as one; on equal places the left run's finding goes first.
fn merged(left: Vec<Finding>, right: Vec<Finding>) -> Vec<Finding> {
    let mut merged = Vec::with_capacity(left.len() + right.len());
    let mut right = right.into_iter().peekable();
    for finding in left {
        while let Some(earlier) = right.next_if(|r| place(r) < place(&finding)) {
            merged.push(earlier);
        }
        merged.push(finding);
    }
    merged.extend(right);
    merged
}

/// The house style's own phrases, reported under the check each names.
fn custom_findings(draft: &Draft, config: &Config) -> Vec<Finding> {
    if config.custom_phrases.is_empty() {
        return Vec::new();
    }
    let phrases = pattern::Phrases::cached(
        &config
            .custom_phrases
            .iter()
            .map(|c| c.phrase.as_str())
            .collect::<Vec<_>>(),
    );
    phrases
        .find(draft)
        .into_iter()
        .filter_map(|m| {
            let custom = &config.custom_phrases[m.phrase];
            let check = checks::by_id(&custom.check)?;
            let severity = config.level(check.id, check.default_severity).severity()?;
            let rewrites = custom
                .replacement
                .iter()
                .map(|r| Rewrite {
                    label: format!("Replace with \"{r}\""),
                    edit: Edit {
                        start: m.start,
                        end: m.end,
                        replacement: r.clone(),
                    },
                })
                .collect();
            Some(Finding {
                check: check.id,
                severity,
                start: m.start,
                end: m.end,
                message: custom.message.clone(),
                why: check.why(),
                rewrites,
            })
        })
        .collect()
}

fn is_ignored(text: &str, finding: &Finding, config: &Config) -> bool {
    if config.ignored_phrases.is_empty() {
        return false;
    }
    let flagged = case::lower(&text[finding.start..finding.end]);
    config
        .ignored_phrases
        .iter()
        .map(|p| case::lower(p.trim()))
        .any(|p| !p.is_empty() && flagged.contains(&p))
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        #[test]
        fn findings_are_sorted_by_place_as_the_standard_stable_sort_does(
            // Few distinct places, so many ties test that the order is stable.
            places in prop::collection::vec((0usize..6, 0usize..3, 0usize..3), 0..40)
        ) {
            let checks = ["blame", "excuse", "vague-promise"];
            let findings: Vec<Finding> = places
                .iter()
                .enumerate()
                .map(|(i, &(start, len, check))| Finding {
                    check: checks[check],
                    severity: Severity::Warning,
                    start,
                    end: start + len,
                    message: i.to_string(),
                    why: "",
                    rewrites: Vec::new(),
                })
                .collect();
            let mut expected = findings.clone();
            expected.sort_by(|a, b| (a.start, a.end, a.check).cmp(&(b.start, b.end, b.check)));
            let order = |f: &[Finding]| f.iter().map(|f| f.message.clone()).collect::<Vec<_>>();
            prop_assert_eq!(order(&sorted_by_place(findings)), order(&expected));
        }
    }
}

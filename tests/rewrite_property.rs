//! The rewrite property, over every reply of the labelled corpora (dev and train): applying any offered rewrite and
//! checking again removes that finding, adds no finding of any other check (except
//! `unfilled-placeholder`, since rewrites insert placeholders on purpose), and leaves the
//! text outside the edited range untouched.
//!
//! The corpus is third-party data kept beside the repository (`../shared/corpus/*.jsonl`);
//! it is read at test time, never copied. When it is missing the test says so and passes.
#![cfg(not(target_arch = "wasm32"))]

mod corpus;

use corpus::Item;
use std::collections::BTreeMap;
use tactful::engine::{self, checks, Config, Report};

fn counts(report: &Report) -> BTreeMap<&'static str, usize> {
    let mut counts: BTreeMap<&'static str, usize> =
        checks::ids().iter().map(|&id| (id, 0)).collect();
    for f in &report.findings {
        *counts.entry(f.check).or_default() += 1;
    }
    counts
}

/// Failures found, by the check whose rewrite (or span) broke the property.
#[derive(Default)]
struct Failures {
    by_check: BTreeMap<&'static str, Vec<String>>,
}

impl Failures {
    fn add(&mut self, check: &'static str, what: String) {
        self.by_check.entry(check).or_default().push(what);
    }
}

/// Whether `range` lies on char boundaries inside `text`.
fn fits(text: &str, start: usize, end: usize) -> bool {
    start <= end && end <= text.len() && text.is_char_boundary(start) && text.is_char_boundary(end)
}

/// Checks one reply; returns how many rewrites were tried.
fn check_reply(item: &Item, config: &Config, failures: &mut Failures) -> usize {
    let text = item.reply.as_str();
    let customer = item.customer.as_deref();
    let before = engine::check(text, customer, config);
    let before_counts = counts(&before);
    let mut tried = 0;
    for finding in &before.findings {
        if !fits(text, finding.start, finding.end) {
            failures.add(
                finding.check,
                format!(
                    "{}: span {}..{} is not on char boundaries inside the text",
                    item.id, finding.start, finding.end
                ),
            );
            continue;
        }
        for rewrite in &finding.rewrites {
            tried += 1;
            let edit = &rewrite.edit;
            let label = format!("{} [{}] {:?}", item.id, rewrite.label, edit.replacement);
            if !fits(text, edit.start, edit.end) {
                failures.add(
                    finding.check,
                    format!(
                        "{label}: range {}..{} off char boundaries",
                        edit.start, edit.end
                    ),
                );
                continue;
            }
            let after = match engine::apply(text, edit) {
                Ok(after) => after,
                Err(e) => {
                    failures.add(finding.check, format!("{label}: apply failed: {e}"));
                    continue;
                }
            };
            // (c) The text outside the edited range is unchanged.
            let tail = &text[edit.end..];
            let unchanged = after.starts_with(&text[..edit.start])
                && after.ends_with(tail)
                && after.len() == edit.start + edit.replacement.len() + tail.len()
                && after[edit.start..edit.start + edit.replacement.len()] == edit.replacement;
            if !unchanged {
                failures.add(
                    finding.check,
                    format!("{label}: text outside the edit changed"),
                );
            }
            // Spacing at the seams: no new doubled space or space before punctuation.
            for bad in ["  ", " .", " ,", " !", " ?", "..", ",."] {
                if after.matches(bad).count() > text.matches(bad).count() {
                    failures.add(
                        finding.check,
                        format!("{label}: introduces {bad:?}: {after:?}"),
                    );
                }
            }
            let after_report = engine::check(&after, customer, config);
            let after_counts = counts(&after_report);
            // (a) The finding is gone.
            if after_counts[finding.check] >= before_counts[finding.check] {
                failures.add(
                    finding.check,
                    format!("{label}: finding not removed: {after:?}"),
                );
            }
            // (b) No other check gains a finding (placeholders are expected).
            for (check, &n) in &after_counts {
                if *check != finding.check
                    && *check != "unfilled-placeholder"
                    && n > before_counts[check]
                {
                    let new: Vec<_> = after_report
                        .findings
                        .iter()
                        .filter(|f| f.check == *check)
                        .map(|f| &after[f.start..f.end])
                        .collect();
                    failures.add(
                        finding.check,
                        format!("{label}: adds a `{check}` finding {new:?} in {after:?}"),
                    );
                }
            }
        }
    }
    tried
}

#[test]
fn every_rewrite_on_the_corpus_fixes_its_finding_and_nothing_else() {
    let config = Config::default();
    let mut failures = Failures::default();
    let items = corpus::items("rewrite_property");
    let tried: usize = items
        .iter()
        .map(|item| check_reply(item, &config, &mut failures))
        .sum();
    eprintln!("checked {tried} rewrites over {} replies", items.len());
    if failures.by_check.is_empty() {
        return;
    }
    let mut summary = String::new();
    for (check, list) in &failures.by_check {
        summary.push_str(&format!("\n{check}: {} failure(s), e.g.\n", list.len()));
        for example in list.iter().take(3) {
            summary.push_str(&format!("    {example}\n"));
        }
    }
    panic!(
        "the rewrite property fails for {} check(s):{summary}",
        failures.by_check.len()
    );
}

/// The same property on drafts written for this test, with the team's own promise windows.
#[test]
fn rewrites_with_team_windows_fix_their_finding() {
    let config =
        Config::from_json(r#"{"promise_phrases": ["within one business day", "by 5 pm today"]}"#)
            .expect("valid settings");
    let drafts = [
        "Thanks for your patience. We'll look into it and get back to you soon.",
        "Sorry about that! Our team is reviewing your claim and will be in touch shortly. ^RB",
        "I'm sorry your order is late. That's not what we want for you.",
        "Hi {{name}}, I'll call you at [time].",
    ];
    let mut failures = Failures::default();
    for (n, reply) in drafts.iter().enumerate() {
        let item = Item {
            id: format!("draft-{n}"),
            customer: None,
            reply: reply.to_string(),
        };
        check_reply(&item, &config, &mut failures);
    }
    let mine: Vec<_> = failures
        .by_check
        .iter()
        .filter(|(check, _)| {
            matches!(
                **check,
                "vague-promise" | "no-next-step" | "unfilled-placeholder"
            )
        })
        .collect();
    assert!(mine.is_empty(), "{mine:#?}");
}

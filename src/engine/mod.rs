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
/// phrases are stored as one string instead of a string and a pointer each. The list is held
/// at compile time to `build.rs`'s reading of it ([`packed::index`]); natively it is the
/// phrases joined, in the wasm the list's text unpacked ([`packed`]), which the wasm carries
/// packed instead of as text.
#[cfg(not(target_arch = "wasm32"))]
macro_rules! lines {
    ($($phrase:expr),+ $(,)?) => {{
        const TEXT: &str = concat!($($phrase, "\n"),+);
        const _: usize = $crate::engine::packed::index(file!(), line!(), TEXT);
        TEXT
    }};
}

#[cfg(target_arch = "wasm32")]
macro_rules! lines {
    ($($phrase:expr),+ $(,)?) => {
        $crate::engine::packed::List(const {
            $crate::engine::packed::index(file!(), line!(), concat!($($phrase, "\n"),+))
        })
    };
}

/// A word table, the words separated by spaces (or `|`), for [`text::among`] and
/// [`text::Norm::is_among`]: held at compile time to `build.rs`'s reading of it as
/// [`lines!`] is, and packed with the phrase lists in the wasm. Natively it is the text, in the
/// wasm the table's index in the packed text ([`packed::List`]).
#[cfg(not(target_arch = "wasm32"))]
macro_rules! words {
    ($text:expr) => {{
        const TEXT: &str = $text;
        const _: usize = $crate::engine::packed::index(file!(), line!(), TEXT);
        TEXT
    }};
}

#[cfg(target_arch = "wasm32")]
macro_rules! words {
    ($text:expr) => {
        $crate::engine::packed::List(
            const { $crate::engine::packed::index(file!(), line!(), $text) },
        )
    };
}

pub mod case;
pub mod checks;
pub mod config;
pub mod json;
pub mod memo;
pub mod moves;
#[doc(hidden)]
pub mod packed;
pub mod pattern;
pub mod report;
pub mod rewrite;
pub mod text;
pub mod unicode;

pub use config::{ApologyPolicy, Config, ConfigError, Level};
pub use report::{Edit, Finding, Report, Rewrite, Severity, Summary, Units};
pub use rewrite::{apply, RewriteError};

use checks::{CheckInfo, Context, Flag, Wording, ALL};
use std::rc::Rc;
use text::Draft;

/// Checks a draft reply, optionally against the customer's message, under a house style.
/// An editor that re-checks as the agent types keeps a [`Checker`] instead.
pub fn check(text: &str, customer: Option<&str>, config: &Config) -> Report {
    let mut checker = Checker::new();
    checker.check(text, customer, config);
    checker.report
}

/// Checks drafts one after another, as an editor does on each keystroke, remembering what
/// is local to a line or a sentence (see [`memo`]) so that an edit costs about what it
/// changed. The report is always exactly [`check`]'s; the config may change between calls.
#[derive(Debug, Default)]
pub struct Checker {
    draft: memo::Memo,
    customer: memo::Memo,
    /// The last report, kept so that a keystroke neither copies nor frees the findings it
    /// did not change: those whose flags come back (the same [`Wording`], remembered with a
    /// sentence the edit did not touch) stay, moved only if the edit moved them.
    report: Report,
    /// The wording of each of the report's findings, in the same order.
    wordings: Vec<Rc<Wording>>,
}

/// How far ahead of the last kept finding the next is looked for: an edit adds or drops a
/// few findings where it is, and the rest come in the same order.
const LOOK_AHEAD: usize = 8;

impl Checker {
    pub fn new() -> Self {
        Checker::default()
    }

    /// The report of `text`, kept until the next check.
    pub fn check(&mut self, text: &str, customer: Option<&str>, config: &Config) -> &Report {
        let draft = Draft::with_memo(text, &self.draft);
        let customer = customer
            .filter(|c| !c.trim().is_empty())
            .map(|c| Draft::with_memo(c, &self.customer));
        let flagged = flagged(&draft, customer.as_ref(), config);
        self.report_of(flagged);
        draft.keep_in(&self.draft);
        if let Some(customer) = customer {
            customer.keep_in(&self.customer);
        }
        &self.report
    }

    /// Makes the report of `flagged` (in reading order) out of the last one: the findings
    /// before and after the edit (whose flags have the same wordings, in the same order) stay
    /// where they are; between them, findings whose wording came back are moved in rather
    /// than built again.
    fn report_of(&mut self, flagged: Vec<Flagged>) {
        let Checker {
            report, wordings, ..
        } = self;
        let same = |(f, w): &(&Flagged, &Rc<Wording>)| Rc::ptr_eq(w, &f.flag.wording);
        let before = flagged.iter().zip(wordings.iter()).take_while(same).count();
        let (flagged_rest, kept_rest) = (&flagged[before..], &wordings[before..]);
        let after = (flagged_rest.iter().rev())
            .zip(kept_rest.iter().rev())
            .take_while(same)
            .count();
        // The last report's findings from the edit on, and those after it set aside.
        let mut last = report.findings.split_off(before);
        let mut last_wordings = wordings.split_off(before);
        let findings_after = last.split_off(last.len() - after);
        let wordings_after = last_wordings.split_off(last_wordings.len() - after);
        let mut next = 0;
        for Flagged {
            check,
            severity,
            flag,
        } in &flagged[before..flagged.len() - after]
        {
            let kept = (next..last.len().min(next + LOOK_AHEAD))
                .find(|&at| Rc::ptr_eq(&last_wordings[at], &flag.wording));
            report.findings.push(match kept {
                Some(at) => {
                    next = at + 1;
                    std::mem::replace(&mut last[at], Finding::taken())
                }
                None => {
                    let (message, rewrites) = flag.message_and_rewrites();
                    Finding {
                        check: check.id,
                        severity: *severity,
                        start: flag.span.start,
                        end: flag.span.end,
                        message,
                        why: check.why(),
                        rewrites,
                    }
                }
            });
            wordings.push(flag.wording.clone());
        }
        report.findings.extend(findings_after);
        wordings.extend(wordings_after);
        // Every finding takes its flag's place, check and severity (the house style may
        // have changed since).
        for (finding, flagged) in report.findings.iter_mut().zip(&flagged) {
            let span = &flagged.flag.span;
            let by = span.start.wrapping_sub(finding.start);
            if by != 0 {
                for rewrite in &mut finding.rewrites {
                    rewrite.edit.start = rewrite.edit.start.wrapping_add(by);
                    rewrite.edit.end = rewrite.edit.end.wrapping_add(by);
                }
            }
            finding.start = span.start;
            finding.end = span.end;
            finding.check = flagged.check.id;
            finding.severity = flagged.severity;
            finding.why = flagged.check.why();
        }
        report.summary = Summary::of(&report.findings);
    }
}

/// A check's flag at the severity it is reported at, before it becomes a finding.
struct Flagged {
    check: &'static CheckInfo,
    severity: Severity,
    flag: Flag,
}

/// Every check's flags, and the house style's phrases', in reading order.
fn flagged(draft: &Draft, customer: Option<&Draft>, config: &Config) -> Vec<Flagged> {
    let text = draft.text;
    let cx = Context::new(draft, customer, config);
    let mut flagged = Vec::new();
    for check in ALL {
        let Some(severity) = config.level(check.id, check.default_severity).severity() else {
            continue;
        };
        flagged.extend((check.run)(&cx).into_iter().map(|flag| Flagged {
            check,
            severity: if flag.tentative {
                severity.milder()
            } else {
                severity
            },
            flag,
        }));
    }
    flagged.extend(custom_flags(draft, config));
    flagged.retain(|f| !is_ignored(text, &f.flag.span, config));
    sorted_by_place(flagged, |f| {
        (f.flag.span.start, f.flag.span.end, f.check.id)
    })
}

/// Items in reading order (by span, then check), stably. They come check by check, each
/// check's mostly in reading order already, so they are cut into those runs and
/// neighbouring runs merged until one is left: a merge written out, because the standard
/// library's slice sort adds about 3 KB to each wasm download.
fn sorted_by_place<T>(items: Vec<T>, place: fn(&T) -> Place) -> Vec<T> {
    let mut runs: Vec<Vec<T>> = Vec::new();
    for item in items {
        match runs.last_mut() {
            Some(run) if run.last().is_some_and(|last| place(last) <= place(&item)) => {
                run.push(item)
            }
            _ => runs.push(vec![item]),
        }
    }
    while runs.len() > 1 {
        let mut pairs = std::mem::take(&mut runs).into_iter();
        while let Some(left) = pairs.next() {
            runs.push(match pairs.next() {
                Some(right) => merged(left, right, place),
                None => left,
            });
        }
    }
    runs.pop().unwrap_or_default()
}

/// Where an item sits in reading order: start, end, check id.
type Place = (usize, usize, &'static str);

/// Two runs in reading order as one; on equal places the left run's item goes first.
fn merged<T>(left: Vec<T>, right: Vec<T>, place: fn(&T) -> Place) -> Vec<T> {
    let mut merged = Vec::with_capacity(left.len() + right.len());
    let mut right = right.into_iter().peekable();
    for item in left {
        while let Some(earlier) = right.next_if(|r| place(r) < place(&item)) {
            merged.push(earlier);
        }
        merged.push(item);
    }
    merged.extend(right);
    merged
}

/// The house style's own phrases, reported under the check each names.
fn custom_flags(draft: &Draft, config: &Config) -> Vec<Flagged> {
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
            let span = m.start..m.end;
            let flag = custom.replacement.iter().fold(
                Flag::new(span.clone(), custom.message.clone()),
                |flag, r| flag.replace(&format!("Replace with \"{r}\""), span.clone(), r.clone()),
            );
            Some(Flagged {
                check,
                severity,
                flag,
            })
        })
        .collect()
}

fn is_ignored(text: &str, span: &std::ops::Range<usize>, config: &Config) -> bool {
    if config.ignored_phrases.is_empty() {
        return false;
    }
    let flagged = case::lower(&text[span.clone()]);
    config
        .ignored_phrases
        .iter()
        .map(|p| case::lower(p.trim()))
        .any(|p| !p.is_empty() && text::find_text(&flagged, &p).is_some())
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// A reply of a few paragraphs that most checks find something in, repeated so that
    /// identical sentences share what is remembered of them.
    fn long_reply() -> String {
        let paragraph = "Hi Sam,\n\nWe can't refund this order. You should have read the policy! \
            We'll look into it soon and maybe it will arrive tomorrow. I guarantee it ships \
            by [date]. Sorry for any inconvenience.\nOur system was down, which is why it \
            was late.\nNo. Yes, we can refund it. We don't price match, hopefully soon.\n\n\
            Kind regards,\nAlex\n";
        paragraph.repeat(6)
    }

    /// Text with `insert` in place of `text[start..end]`.
    fn edited(text: &str, start: usize, end: usize, insert: &str) -> String {
        format!("{}{insert}{}", &text[..start], &text[end..])
    }

    /// The edits an editor sends one after another: typing and deleting at the end, typing
    /// and pasting in the middle, a sentence ended and a line broken, line endings turned to
    /// CRLF, emoji before, inside and after words, a line deleted and the house style and
    /// the customer's message changed on the way. After every one the [`Checker`] that saw
    /// the text before must report exactly what a fresh [`check`] of the text reports.
    #[test]
    fn a_checker_fed_edits_reports_what_a_fresh_check_reports() {
        let mut texts = vec![long_reply()];
        let mut text = texts[0].clone();
        let step = |texts: &mut Vec<String>, text: &mut String, next: String| {
            *text = next;
            texts.push(text.clone());
        };
        // Typed at the end, one character at a time, then half of it deleted.
        for c in " We will call you by 5 p.m. today.".chars() {
            let next = format!("{text}{c}");
            step(&mut texts, &mut text, next);
        }
        for _ in 0..12 {
            let mut next = text.clone();
            next.pop();
            step(&mut texts, &mut text, next);
        }
        // Typed in the middle of the third paragraph's first sentence, then a paste there.
        let middle = text.match_indices("We can't refund").nth(2).unwrap().0 + 7;
        for (i, c) in "really ".chars().enumerate() {
            let next = edited(&text, middle + i, middle + i, &c.to_string());
            step(&mut texts, &mut text, next);
        }
        let pasted = "Unfortunately we cannot help. Maybe next week!\n\nThanks,\nJo\n";
        let next = edited(&text, middle, middle, pasted);
        step(&mut texts, &mut text, next);
        // A sentence ended in the middle of a line, and a line broken in two and joined.
        let at = text.find("look into it").unwrap() + 4;
        let next = edited(&text, at, at, ". ");
        step(&mut texts, &mut text, next);
        let next = edited(&text, at, at + 2, "");
        step(&mut texts, &mut text, next);
        let at = text.find(" which is why").unwrap();
        let next = edited(&text, at, at + 1, "\n");
        step(&mut texts, &mut text, next);
        let next = edited(&text, at, at + 1, " ");
        step(&mut texts, &mut text, next);
        // CRLF line endings: every line break at once, then one turned back.
        let next = text.replace('\n', "\r\n");
        step(&mut texts, &mut text, next);
        let at = text.rfind("\r\n").unwrap();
        let next = edited(&text, at, at + 1, "");
        step(&mut texts, &mut text, next);
        // Emoji: between words, inside a word, at the very start and end, then deleted.
        let at = text.find("refund").unwrap();
        let next = edited(&text, at, at, "😀 ");
        step(&mut texts, &mut text, next);
        let at = text.find("policy").unwrap() + 3;
        let next = edited(&text, at, at, "👩‍👩‍👧");
        step(&mut texts, &mut text, next);
        let next = format!("🙂{text}🎉");
        step(&mut texts, &mut text, next);
        let at = text.find("😀 ").unwrap();
        let next = edited(&text, at, at + "😀 ".len(), "");
        step(&mut texts, &mut text, next);
        // A whole line deleted, then everything but the first paragraph, then all of it.
        let start = text.find("Our system").unwrap();
        let end = start + text[start..].find('\n').unwrap() + 1;
        let next = edited(&text, start, end, "");
        step(&mut texts, &mut text, next);
        let cut = text.match_indices("Hi Sam").nth(1).unwrap().0;
        let next = text[..cut].to_string();
        step(&mut texts, &mut text, next);
        step(&mut texts, &mut text, String::new());
        step(&mut texts, &mut text, long_reply());

        let other = Config::from_json(r#"{"apology": "avoid", "checks": {"blame": "off"}}"#)
            .expect("a house style");
        let customer = "Third time I've asked!! Can you refund it? Can you price match the fee?";
        let mut checker = Checker::new();
        for (i, text) in texts.iter().enumerate() {
            // The house style and the customer's message change on the way, and back.
            let config = if i % 7 == 3 {
                &other
            } else {
                &Config::default()
            };
            let customer = (i % 5 >= 2).then_some(customer);
            let fresh = check(text, customer, config);
            let again = checker.check(text, customer, config);
            assert_eq!(*again, fresh, "after edit {i}: {text:?}");
            assert!(!fresh.findings.is_empty() || text.is_empty(), "edit {i}");
        }
    }

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
            let sorted = sorted_by_place(findings, |f| (f.start, f.end, f.check));
            prop_assert_eq!(order(&sorted), order(&expected));
        }
    }
}

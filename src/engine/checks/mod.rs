//! The check catalog. One file per check; each declares itself with [`declare_check!`],
//! whose doc comment (What it catches / Why it matters / Example / Use instead) is both the
//! rustdoc and the text the UI shows. The Example must be flagged and the Use instead must
//! not: `tests::every_example_runs` holds every check to its own docs.

use super::case;
use super::config::{Config, CHECK_IDS};
use super::memo::Erased;
use super::moves::feeling::{upset, Upset};
use super::moves::refusal::{find_refusals, Refusal};
use super::report::{Edit, Rewrite, Severity};
use super::text::{capitalise_first, replace_text, Draft};
use crate::engine::unicode;
use std::cell::RefCell;
use std::ops::Range;
use std::rc::Rc;

/// Declares a check: its docs, stable id, default severity and the function that runs it.
/// `build.rs` cuts the doc comment into its sections, each a string of its own in the check's
/// `sections` module, so a wasm carries only those it shows (the embed's panel never shows
/// What it catches).
macro_rules! declare_check {
    ($(#[doc = $doc:literal])* $name:ident, $id:literal, $severity:ident, $run:path) => {
        /// This check's docs cut into sections (by `build.rs`, from the comment on the check).
        pub mod sections {
            include!(concat!(env!("OUT_DIR"), "/checks/", $id, ".rs"));
            /// The doc comment as rustc reads it, which the sections are held to.
            #[cfg(test)]
            pub const MARKDOWN: &str = concat!($($doc, "\n"),*);
        }
        $(#[doc = $doc])*
        pub const $name: $crate::engine::checks::CheckInfo = $crate::engine::checks::CheckInfo {
            id: $id,
            default_severity: $crate::engine::report::Severity::$severity,
            why: sections::WHY,
            example: sections::EXAMPLE,
            use_instead: sections::USE_INSTEAD,
            run: $run,
        };
    };
}

pub mod abrupt_refusal;
pub mod apology;
pub mod blame;
pub mod excuse;
pub mod false_hope;
pub mod missing_alternative;
pub mod no_acknowledgment;
pub mod no_next_step;
pub mod overpromise;
pub mod unfilled_placeholder;
pub mod vague_promise;

/// Every check, in catalog order.
pub const ALL: &[CheckInfo] = &[
    vague_promise::VAGUE_PROMISE,
    abrupt_refusal::ABRUPT_REFUSAL,
    missing_alternative::MISSING_ALTERNATIVE,
    blame::BLAME,
    false_hope::FALSE_HOPE,
    excuse::EXCUSE,
    overpromise::OVERPROMISE,
    apology::APOLOGY,
    no_next_step::NO_NEXT_STEP,
    no_acknowledgment::NO_ACKNOWLEDGMENT,
    unfilled_placeholder::UNFILLED_PLACEHOLDER,
];

/// Every check's "What it catches", in catalog order: apart from [`ALL`], so that a wasm that
/// never shows it (the embed) does not carry it.
const WHAT: [&str; 11] = [
    vague_promise::sections::WHAT,
    abrupt_refusal::sections::WHAT,
    missing_alternative::sections::WHAT,
    blame::sections::WHAT,
    false_hope::sections::WHAT,
    excuse::sections::WHAT,
    overpromise::sections::WHAT,
    apology::sections::WHAT,
    no_next_step::sections::WHAT,
    no_acknowledgment::sections::WHAT,
    unfilled_placeholder::sections::WHAT,
];

/// Every check's id, in catalog order: the house style's list ([`CHECK_IDS`]).
pub fn ids() -> &'static [&'static str] {
    CHECK_IDS
}

pub fn by_id(id: &str) -> Option<&'static CheckInfo> {
    ALL.iter().find(|c| c.id == id)
}

/// What everything checks see.
pub struct Context<'a> {
    pub draft: &'a Draft<'a>,
    /// The customer's message, when the agent gave it.
    pub customer: Option<&'a Draft<'a>>,
    pub config: &'a Config,
    /// What [`Context::shared`] computed for this draft, one value per type.
    shared: RefCell<Vec<Erased>>,
}

impl<'a> Context<'a> {
    pub fn new(draft: &'a Draft<'a>, customer: Option<&'a Draft<'a>>, config: &'a Config) -> Self {
        Context {
            draft,
            customer,
            config,
            shared: RefCell::default(),
        }
    }

    /// A finding of the draft that several checks build on (the refusals, say), computed by
    /// the first check that asks and handed to the others: one value per type.
    pub fn shared<T: 'static>(&self, compute: impl FnOnce() -> T) -> Rc<T> {
        let known = self.shared.borrow().iter().find_map(|v| v.clone().take());
        known.unwrap_or_else(|| {
            let value = Rc::new(compute());
            self.shared.borrow_mut().push(Erased::new(value.clone()));
            value
        })
    }
}

impl Context<'_> {
    /// The draft's refusals, found once for every check that reads them.
    pub fn refusals(&self) -> Rc<Vec<Refusal>> {
        self.shared(|| find_refusals(self.draft, self.customer))
    }

    /// How upset the customer's message reads (calm without one), read once for every check
    /// that asks.
    pub fn upset(&self) -> Upset {
        *self.shared(|| self.customer.map_or(Upset::Calm, upset))
    }
}

/// What a check reports; the engine adds the id, severity and "why".
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Flag {
    pub span: Range<usize>,
    /// Shared, so that a flag a check remembers with its sentence is handed out again on each
    /// keystroke without copying its strings, and its finding kept (see [`Checker`]).
    ///
    /// [`Checker`]: crate::engine::Checker
    pub(crate) wording: Rc<Wording>,
    /// Found on weaker evidence: reported one severity milder than the check's level.
    pub tentative: bool,
}

/// A flag's message and rewrites, each rewrite's offsets counted from the flag's start
/// (wrapping: a rewrite may start before the flag), so that moving the flag moves them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Wording {
    pub message: String,
    pub rewrites: Vec<Rewrite>,
}

impl Flag {
    pub fn new(span: Range<usize>, message: impl Into<String>) -> Self {
        Flag {
            span,
            wording: Rc::new(Wording {
                message: message.into(),
                rewrites: Vec::new(),
            }),
            tentative: false,
        }
    }

    /// The same flag with its offsets moved by `by`: into a sentence's own offsets to be
    /// remembered with it ([`Draft::decided`](crate::engine::text::Draft::decided)), and
    /// back out.
    pub fn moved(&self, by: isize) -> Flag {
        let at = |n: usize| n.wrapping_add_signed(by);
        Flag {
            span: at(self.span.start)..at(self.span.end),
            wording: self.wording.clone(),
            tentative: self.tentative,
        }
    }

    /// The message and rewrites at the flag's place (the rewrites' offsets in the draft).
    pub(crate) fn message_and_rewrites(&self) -> (String, Vec<Rewrite>) {
        let start = self.span.start;
        let rewrites = self.wording.rewrites.iter().map(|r| Rewrite {
            label: r.label.clone(),
            edit: Edit {
                start: start.wrapping_add(r.edit.start),
                end: start.wrapping_add(r.edit.end),
                replacement: r.edit.replacement.clone(),
            },
        });
        (self.wording.message.clone(), rewrites.collect())
    }

    /// Marks the flag as found on weaker evidence (see [`Flag::tentative`]).
    pub fn tentative(mut self) -> Self {
        self.tentative = true;
        self
    }

    /// Offers replacing `range` with `replacement`.
    pub fn replace(
        mut self,
        label: &str,
        range: Range<usize>,
        replacement: impl Into<String>,
    ) -> Self {
        let from = |n: usize| n.wrapping_sub(self.span.start);
        let edit = Edit {
            start: from(range.start),
            end: from(range.end),
            replacement: replacement.into(),
        };
        Rc::make_mut(&mut self.wording).rewrites.push(Rewrite {
            label: label.to_string(),
            edit,
        });
        self
    }

    /// Offers inserting `text` at byte `at`.
    pub fn insert(self, label: &str, at: usize, text: impl Into<String>) -> Self {
        self.replace(label, at..at, text)
    }
}

#[derive(Clone, Copy)]
pub struct CheckInfo {
    pub id: &'static str,
    pub default_severity: Severity,
    /// The docs' "Why it matters", as written (each line after the first starts with the
    /// comment's space): what every finding of the check carries.
    pub why: &'static str,
    /// The docs' Example and Use instead: the bad and the good reply the panel shows.
    pub example: &'static str,
    pub use_instead: &'static str,
    pub run: fn(&Context) -> Vec<Flag>,
}

impl std::fmt::Debug for CheckInfo {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("CheckInfo").field("id", &self.id).finish()
    }
}

/// A check's docs split into their four sections.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Docs {
    pub id: &'static str,
    pub what: String,
    pub why: String,
    pub example: String,
    pub use_instead: String,
}

impl CheckInfo {
    pub fn docs(&self) -> Docs {
        let at = ALL.iter().position(|c| c.id == self.id);
        Docs {
            id: self.id,
            what: at.map_or("", |at| WHAT[at]).to_string(),
            why: replace_text(self.why, "\n ", "\n"),
            example: self.example.to_string(),
            use_instead: self.use_instead.to_string(),
        }
    }

    /// The id as words for people: "vague-promise" reads "Vague promise".
    pub fn title(&self) -> String {
        capitalise_first(&self.id.replace('-', " "))
    }

    /// The "Why it matters" section as a `'static` str, for findings.
    pub fn why(&self) -> &'static str {
        self.why
    }
}

/// Where to insert a new opening sentence before token `at`: a range covering the token's
/// first letter when it must become a capital ("having trouble?" -> "Having trouble?"),
/// with the replacement text that goes after the inserted sentence.
pub(crate) fn capitalised_start(draft: &Draft, at: usize) -> (Range<usize>, String) {
    let token = &draft.tokens[at];
    let word = &draft.text[token.start..token.end];
    let mut chars = word.chars();
    match chars.next() {
        Some(first)
            if unicode::is_lowercase(first) && word.chars().all(|c| !unicode::is_uppercase(c)) =>
        {
            let end = token.start + first.len_utf8();
            (token.start..end, case::upper_char(first).to_string())
        }
        _ => (token.start..token.start, String::new()),
    }
}

/// The shared rewrites' vocabulary: placeholders the agent fills in.
pub mod placeholder {
    pub const TIME: &str = "[time]";
    pub const DAY: &str = "[day]";
    pub const OPTION_A: &str = "[option A]";
    pub const OPTION_B: &str = "[option B]";
    pub const REASON: &str = "[reason]";
    pub const ACTION: &str = "[action]";
    pub const PROBLEM: &str = "[their problem]";
}

/// Helpers for the checks' unit tests.
#[cfg(test)]
pub(crate) mod testing {
    use crate::engine::{apply, check, Config, Finding, Report};

    /// The findings of check `id` on `text` under `config`.
    pub fn findings(id: &str, text: &str, customer: Option<&str>, config: &Config) -> Vec<Finding> {
        check(text, customer, config)
            .findings
            .into_iter()
            .filter(|f| f.check == id)
            .collect()
    }

    /// Whether check `id` flags `text` under the default house style.
    pub fn flags(id: &str, text: &str, customer: Option<&str>) -> bool {
        !findings(id, text, customer, &Config::default()).is_empty()
    }

    fn count(report: &Report, check: &str) -> usize {
        report.findings.iter().filter(|f| f.check == check).count()
    }

    /// Every rewrite that `id` offers on `text` clears one of its findings and adds no
    /// finding of any other check but `unfilled-placeholder` (the property the corpus test
    /// holds every reply to).
    pub fn assert_rewrites_clean(id: &str, text: &str, customer: Option<&str>, config: &Config) {
        let before = check(text, customer, config);
        let ours: Vec<_> = before.findings.iter().filter(|f| f.check == id).collect();
        assert!(!ours.is_empty(), "{id} does not flag: {text}");
        for finding in ours {
            assert!(
                !finding.rewrites.is_empty(),
                "{id} offers no rewrite: {text}"
            );
            for rewrite in &finding.rewrites {
                let fixed = apply(text, &rewrite.edit).expect("rewrite applies");
                let after = check(&fixed, customer, config);
                assert!(
                    count(&after, id) < count(&before, id),
                    "{id}: `{}` leaves the finding: {fixed}",
                    rewrite.label
                );
                for &other in super::ids() {
                    if other != id && other != "unfilled-placeholder" {
                        assert!(
                            count(&after, other) <= count(&before, other),
                            "{id}: `{}` adds a {other} finding: {fixed}",
                            rewrite.label
                        );
                    }
                }
            }
        }
    }
}

/// The doc comments' sections, cut as `build.rs` cuts them.
#[cfg(test)]
#[path = "../../doc_sections.rs"]
mod doc_sections;

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine;

    #[test]
    fn ids_are_unique_and_kebab_case() {
        let ids = ids();
        for id in ids {
            assert!(
                id.chars().all(|c| c.is_ascii_lowercase() || c == '-'),
                "{id}"
            );
            assert_eq!(ids.iter().filter(|other| other == &id).count(), 1, "{id}");
        }
        assert_eq!(ids.len(), 11);
        let catalog: Vec<_> = ALL.iter().map(|c| c.id).collect();
        assert_eq!(
            catalog, CHECK_IDS,
            "config::CHECK_IDS must list the catalog"
        );
    }

    #[test]
    fn titles_read_as_words() {
        assert_eq!(vague_promise::VAGUE_PROMISE.title(), "Vague promise");
        assert_eq!(
            no_acknowledgment::NO_ACKNOWLEDGMENT.title(),
            "No acknowledgment"
        );
    }

    #[test]
    fn every_check_has_all_four_sections() {
        for check in ALL {
            let docs = check.docs();
            for (name, text) in [
                ("What it catches", &docs.what),
                ("Why it matters", &docs.why),
                ("Example", &docs.example),
                ("Use instead", &docs.use_instead),
            ] {
                assert!(!text.is_empty(), "{} has no `{name}`", check.id);
            }
            assert_eq!(check.why(), docs.why.replace("\n", "\n "), "{}", check.id);
        }
    }

    /// `build.rs` cuts each doc comment as the catalog did when it held the whole comment:
    /// the sections are those of the comment as rustc reads it.
    #[test]
    fn sections_are_the_comments() {
        use doc_sections::{code_block, section, section_slice};
        let markdown = [
            vague_promise::sections::MARKDOWN,
            abrupt_refusal::sections::MARKDOWN,
            missing_alternative::sections::MARKDOWN,
            blame::sections::MARKDOWN,
            false_hope::sections::MARKDOWN,
            excuse::sections::MARKDOWN,
            overpromise::sections::MARKDOWN,
            apology::sections::MARKDOWN,
            no_next_step::sections::MARKDOWN,
            no_acknowledgment::sections::MARKDOWN,
            unfilled_placeholder::sections::MARKDOWN,
        ];
        for (check, markdown) in ALL.iter().zip(markdown) {
            let docs = check.docs();
            assert_eq!(
                docs.what,
                section(markdown, "What it catches"),
                "{}",
                check.id
            );
            assert_eq!(
                docs.why,
                section(markdown, "Why it matters"),
                "{}",
                check.id
            );
            assert_eq!(check.why(), section_slice(markdown, "Why it matters"));
            assert_eq!(docs.example, code_block(&section(markdown, "Example")));
            assert_eq!(
                docs.use_instead,
                code_block(&section(markdown, "Use instead"))
            );
        }
    }

    /// The docs' own examples: the Example is flagged by its check, the Use instead is not.
    /// A check that needs the customer's message reads it from a `Customer:` first line.
    #[test]
    fn every_example_runs() {
        for check in ALL {
            let docs = check.docs();
            let flags = |sample: &str| {
                let (customer, reply) = split_customer(sample);
                engine::check(reply, customer, &engine::Config::default())
                    .findings
                    .iter()
                    .any(|f| f.check == check.id)
            };
            assert!(
                flags(&docs.example),
                "{}: Example not flagged:\n{}",
                check.id,
                docs.example
            );
            assert!(
                !flags(&docs.use_instead),
                "{}: Use instead is flagged:\n{}",
                check.id,
                docs.use_instead
            );
        }
    }

    fn split_customer(sample: &str) -> (Option<&str>, &str) {
        match sample.strip_prefix("Customer: ") {
            Some(rest) => {
                let (customer, reply) = rest.split_once('\n').unwrap_or((rest, ""));
                (Some(customer), reply.trim_start())
            }
            None => (None, sample),
        }
    }
}

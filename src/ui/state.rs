//! The page's state and the only ways it changes.
//!
//! Every change that touches the draft, the customer's message or the house style re-runs
//! the engine, so `report` always describes what is on screen.

use crate::engine::rewrite::placeholders;
use crate::engine::text::find_text;
use crate::engine::{self, Checker, Config, Edit, Finding, Level, Report};
use std::cell::RefCell;
use std::rc::Rc;

#[derive(Debug, Clone, PartialEq)]
pub struct AppState {
    pub draft: Rc<str>,
    pub customer: Rc<str>,
    pub config: Rc<Config>,
    /// The engine's report of `draft`, minus the findings the agent ignored.
    pub report: Rc<Report>,
    /// Drafts before each applied rewrite, newest last.
    pub undo: Vec<Rc<str>>,
    /// Findings ignored once, by check and flagged words: they stay hidden while those
    /// words are in the draft.
    pub ignored: Vec<(String, String)>,
    /// Byte range to select in the draft field after a rewrite (its first placeholder).
    pub select: Option<(usize, usize)>,
    /// Which finding has focus (index into `report.findings`).
    pub active: Option<usize>,
    /// The last settings import's error, shown until the next import or close.
    pub settings_error: Option<String>,
    /// The draft is exactly as the last rewrite (or undo) left it, so Ctrl+Z means "undo
    /// the rewrite" rather than the field's own undo.
    pub after_rewrite: bool,
    /// The report is of an earlier draft, customer's message or house style: a large draft
    /// is checked once typing pauses (see `super::background`). Until then nothing is
    /// highlighted and no rewrite can be applied.
    pub stale: bool,
    /// Counts the changes to what is checked, so a check that finishes after a later change
    /// is known to be of older text and dropped.
    pub revision: u64,
}

/// Drafts longer than this (bytes, about 11,000 words) are checked after a pause in typing,
/// in a Web Worker where the page can start one, rather than on every keystroke on the main
/// thread. Measured in Chromium with the page's Checker, a keystroke at 10k words (55 KB)
/// takes about 5 ms to check and a frame to show; a megabyte paste takes about 300 ms.
pub const LARGE_DRAFT: usize = 64_000;

/// How long typing must pause before a large draft is checked (site and embed alike).
pub const RECHECK_PAUSE: std::time::Duration = std::time::Duration::from_millis(250);

/// What changes the state. The site's page sends them all; the embed's panel only some: the
/// others (marked `cfg(feature = "ui")`) are the site's, and the embed's wasm carries neither
/// them nor their arms of [`AppState::reduce`] (about 0.5 KB of gzip).
#[derive(Debug, Clone, PartialEq)]
pub enum Action {
    /// The agent typed: the field's whole new text.
    EditDraft(String),
    /// Typing paused at this revision: check it here and now if nothing changed since.
    Recheck(u64),
    /// A check of this revision made elsewhere (the background worker): taken only if
    /// nothing changed since, so its spans are always of the text on screen.
    Checked {
        revision: u64,
        report: Report,
    },
    EditCustomer(String),
    /// Apply rewrite `rewrite` of finding `finding` of the current report. (The embed's
    /// panel has the host's field make the rewrite, and reads the text back.)
    #[cfg(feature = "ui")]
    Apply {
        finding: usize,
        rewrite: usize,
    },
    /// Restore the draft from before the last applied rewrite.
    #[cfg(feature = "ui")]
    Undo,
    /// Hide this finding while its words stay in the draft.
    Ignore(usize),
    /// Set a check's level in the house style ("off" turns it off).
    SetLevel {
        check: String,
        level: Level,
    },
    /// Replace the house style; from the settings dialog's form.
    #[cfg(feature = "ui")]
    SetConfig(Config),
    /// Import a house-style JSON file; an invalid one changes nothing and says why.
    #[cfg(feature = "ui")]
    ImportSettings(String),
    #[cfg(feature = "ui")]
    DismissSettingsError,
    /// Focus a finding (or none) without touching the draft field's selection.
    Focus(Option<usize>),
    /// Focus a finding and select its words in the draft.
    #[cfg(feature = "ui")]
    Show(usize),
    /// Show the next (+1) or previous (-1) finding, wrapping around.
    #[cfg(feature = "ui")]
    Step(isize),
    /// The selection was made; forget it.
    #[cfg(feature = "ui")]
    Selected,
    /// Start over with this draft and customer message (an example, or empty to clear).
    /// The old draft stays one Undo away.
    #[cfg(feature = "ui")]
    Load {
        draft: String,
        customer: String,
    },
}

impl AppState {
    pub fn new(draft: &str, customer: &str, config: Config) -> Self {
        let mut state = AppState {
            draft: draft.into(),
            customer: customer.into(),
            config: Rc::new(config),
            report: Rc::default(),
            undo: Vec::new(),
            ignored: Vec::new(),
            select: None,
            active: None,
            settings_error: None,
            after_rewrite: false,
            stale: false,
            revision: 0,
        };
        state.check_or_defer();
        state
    }

    /// The words a finding flags.
    pub fn flagged<'a>(&'a self, finding: &Finding) -> &'a str {
        self.draft
            .get(finding.start..finding.end)
            .unwrap_or_default()
    }

    /// Checks a small draft now; leaves a large one stale, to be checked once typing pauses.
    fn check_or_defer(&mut self) {
        if self.draft.len() > LARGE_DRAFT {
            self.stale = true;
        } else {
            self.recheck();
        }
    }

    fn recheck(&mut self) {
        thread_local! {
            /// One checker per page: a keystroke re-checks only what it changed.
            static CHECKER: RefCell<Checker> = RefCell::default();
        }
        let report = CHECKER.with_borrow_mut(|checker| {
            checker
                .check(&self.draft, Some(&self.customer), &self.config)
                .clone()
        });
        self.accept(report);
    }

    /// Shows `report`, which is of the draft, customer's message and house style now.
    fn accept(&mut self, mut report: Report) {
        self.stale = false;
        let draft = self.draft.clone();
        let flagged = |f: &Finding| draft.get(f.start..f.end).unwrap_or_default().to_string();
        // Forget ignores whose words are gone, so retyping them flags them again.
        self.ignored
            .retain(|(_, words)| find_text(&draft, words).is_some());
        report
            .findings
            .retain(|f| !self.ignored.contains(&(f.check.to_string(), flagged(f))));
        report.summary = engine::Summary::of(&report.findings);
        self.active = self.active.filter(|&i| i < report.findings.len());
        self.report = Rc::new(report);
    }

    fn changed(&self, f: impl FnOnce(&mut AppState)) -> Rc<Self> {
        let mut next = self.clone();
        f(&mut next);
        next.revision += 1;
        next.check_or_defer();
        Rc::new(next)
    }
}

/// The placeholder that rewriting with `edit` put into `text` (the draft after it), to select
/// and type over: the first inside the inserted words.
pub fn inserted_placeholder(text: &str, edit: &Edit) -> Option<(usize, usize)> {
    let inserted = edit.start..edit.start + edit.replacement.len();
    placeholders(text)
        .into_iter()
        .find(|p| p.start >= inserted.start && p.end <= inserted.end)
        .map(|p| (p.start, p.end))
}

impl Default for AppState {
    fn default() -> Self {
        AppState::new("", "", Config::default())
    }
}

impl AppState {
    /// The state after `action`: the only way it changes.
    pub fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        match action {
            Action::EditDraft(text) => {
                if *text == *self.draft {
                    return self;
                }
                self.changed(|s| {
                    s.draft = text.into();
                    s.select = None;
                    s.after_rewrite = false;
                })
            }
            // A check of an earlier revision, or one nothing waits for, changes nothing.
            Action::Recheck(revision) | Action::Checked { revision, .. }
                if !self.stale || revision != self.revision =>
            {
                self
            }
            Action::Recheck(_) => {
                let mut next = (*self).clone();
                next.recheck();
                Rc::new(next)
            }
            Action::Checked { report, .. } => {
                let mut next = (*self).clone();
                next.accept(report);
                Rc::new(next)
            }
            Action::EditCustomer(text) => {
                if *text == *self.customer {
                    return self;
                }
                self.changed(|s| s.customer = text.into())
            }
            #[cfg(feature = "ui")]
            Action::Apply { finding, rewrite } => {
                if self.stale {
                    return self;
                }
                let Some(edit) = self
                    .report
                    .findings
                    .get(finding)
                    .and_then(|f| f.rewrites.get(rewrite))
                    .map(|r| r.edit.clone())
                else {
                    return self;
                };
                // The report always belongs to the current draft, so the edit fits; if it
                // ever does not, keeping the draft untouched is the safe answer.
                let Ok(text) = engine::apply(&self.draft, &edit) else {
                    return self;
                };
                self.changed(|s| {
                    s.undo.push(s.draft.clone());
                    s.select = inserted_placeholder(&text, &edit);
                    s.draft = text.into();
                    s.active = None;
                    s.after_rewrite = true;
                })
            }
            #[cfg(feature = "ui")]
            Action::Undo => {
                if self.undo.is_empty() {
                    return self;
                }
                self.changed(|s| {
                    s.draft = s.undo.pop().expect("checked non-empty");
                    s.select = None;
                    s.after_rewrite = !s.undo.is_empty();
                })
            }
            Action::Ignore(index) => {
                let Some(finding) = self.report.findings.get(index).filter(|_| !self.stale) else {
                    return self;
                };
                let key = (finding.check.to_string(), self.flagged(finding).to_string());
                // The report is of what is on screen: hide the finding, no need to check again.
                let mut next = (*self).clone();
                if !next.ignored.contains(&key) {
                    next.ignored.push(key);
                }
                next.accept((*self.report).clone());
                Rc::new(next)
            }
            Action::SetLevel { check, level } => self.changed(|s| {
                Rc::make_mut(&mut s.config).checks.insert(check, level);
            }),
            #[cfg(feature = "ui")]
            Action::SetConfig(config) => self.changed(|s| {
                s.config = Rc::new(config);
                s.settings_error = None;
            }),
            #[cfg(feature = "ui")]
            Action::ImportSettings(json) => match Config::from_json(&json) {
                Ok(config) => self.changed(|s| {
                    s.config = Rc::new(config);
                    s.settings_error = None;
                }),
                Err(error) => {
                    let mut next = (*self).clone();
                    next.settings_error = Some(format!("{error}. Nothing was changed."));
                    Rc::new(next)
                }
            },
            #[cfg(feature = "ui")]
            Action::DismissSettingsError => {
                let mut next = (*self).clone();
                next.settings_error = None;
                Rc::new(next)
            }
            Action::Focus(index) => {
                let mut next = (*self).clone();
                next.active = index.filter(|&i| i < self.report.findings.len());
                Rc::new(next)
            }
            #[cfg(feature = "ui")]
            Action::Show(index) => {
                let Some(finding) = self.report.findings.get(index) else {
                    return self;
                };
                let mut next = (*self).clone();
                next.active = Some(index);
                next.select = Some((finding.start, finding.end));
                Rc::new(next)
            }
            #[cfg(feature = "ui")]
            Action::Step(delta) => {
                let count = self.report.findings.len() as isize;
                if count == 0 {
                    return self;
                }
                let index = match self.active {
                    Some(i) => (i as isize + delta).rem_euclid(count),
                    None if delta >= 0 => 0,
                    None => count - 1,
                };
                self.reduce(Action::Show(index as usize))
            }
            #[cfg(feature = "ui")]
            Action::Selected => {
                if self.select.is_none() {
                    return self;
                }
                let mut next = (*self).clone();
                next.select = None;
                Rc::new(next)
            }
            #[cfg(feature = "ui")]
            Action::Load { draft, customer } => self.changed(|s| {
                if !s.draft.trim().is_empty() {
                    s.undo.push(s.draft.clone());
                }
                s.draft = draft.into();
                s.customer = customer.into();
                s.after_rewrite = false;
                s.ignored.clear();
                s.select = None;
                s.active = None;
            }),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn reduce(state: AppState, action: Action) -> AppState {
        (*Rc::new(state).reduce(action)).clone()
    }

    fn has(state: &AppState, check: &str) -> bool {
        state.report.findings.iter().any(|f| f.check == check)
    }

    fn index_of(state: &AppState, check: &str) -> usize {
        state
            .report
            .findings
            .iter()
            .position(|f| f.check == check)
            .unwrap_or_else(|| panic!("no {check} finding in {:?}", state.report.findings))
    }

    const VAGUE: &str = "We'll get back to you soon.";

    #[test]
    fn typing_rechecks() {
        let state = reduce(AppState::default(), Action::EditDraft(VAGUE.into()));
        assert!(has(&state, "vague-promise"));
    }

    #[test]
    fn apply_then_undo_restores_the_draft() {
        let state = AppState::new(VAGUE, "", Config::default());
        let finding = index_of(&state, "vague-promise");
        let applied = reduce(
            state,
            Action::Apply {
                finding,
                rewrite: 0,
            },
        );
        assert_ne!(&*applied.draft, VAGUE);
        assert!(!has(&applied, "vague-promise"));
        let undone = reduce(applied, Action::Undo);
        assert_eq!(&*undone.draft, VAGUE);
        assert!(undone.undo.is_empty());
    }

    #[test]
    fn applying_selects_the_inserted_placeholder() {
        let state = AppState::new(VAGUE, "", Config::default());
        let finding = index_of(&state, "vague-promise");
        let day = state.report.findings[finding]
            .rewrites
            .iter()
            .position(|r| r.edit.replacement.as_bytes().contains(&b'['))
            .expect("a rewrite with a placeholder");
        let applied = reduce(
            state,
            Action::Apply {
                finding,
                rewrite: day,
            },
        );
        let (start, end) = applied.select.expect("a selection");
        assert!(
            applied.draft[start..end].starts_with('['),
            "{}",
            applied.draft
        );
    }

    fn long_draft(tail: &str) -> String {
        format!("{}{tail}", "Order history line. ".repeat(3_500))
    }

    #[test]
    fn a_large_draft_is_checked_when_typing_pauses_and_never_rewritten_stale() {
        let typed = reduce(
            AppState::default(),
            Action::EditDraft(long_draft("We'll get back to you soon.")),
        );
        assert!(typed.stale);
        assert!(typed.report.findings.is_empty());
        assert_eq!(
            reduce(
                typed.clone(),
                Action::Apply {
                    finding: 0,
                    rewrite: 0
                }
            ),
            typed
        );

        let older = reduce(typed.clone(), Action::Recheck(typed.revision - 1));
        assert!(older.stale, "a pause at an older revision checks nothing");
        let checked = reduce(typed.clone(), Action::Recheck(typed.revision));
        assert!(!checked.stale);
        assert!(has(&checked, "vague-promise"));
    }

    #[test]
    fn a_background_report_is_taken_only_for_the_revision_it_was_asked_for() {
        let first = reduce(
            AppState::default(),
            Action::EditDraft(long_draft("We'll get back to you soon.")),
        );
        let report_of =
            |state: &AppState| engine::check(&state.draft, Some(&state.customer), &state.config);
        let first_report = report_of(&first);
        // Typed while the first was being checked: every span after the start moves.
        let second = reduce(
            first.clone(),
            Action::EditDraft(format!("Hi [NAME], {}", first.draft)),
        );
        assert!(second.stale && second.revision > first.revision);

        let late = Action::Checked {
            revision: first.revision,
            report: first_report,
        };
        assert_eq!(reduce(second.clone(), late.clone()), second);
        let shown = reduce(
            second.clone(),
            Action::Checked {
                revision: second.revision,
                report: report_of(&second),
            },
        );
        assert!(!shown.stale);
        let vague = &shown.report.findings[index_of(&shown, "vague-promise")];
        assert_eq!(shown.flagged(vague), "We'll get back to you soon");
        assert!(has(&shown, "unfilled-placeholder"));
        assert_eq!(
            reduce(shown.clone(), late),
            shown,
            "later still, still dropped"
        );

        // A change to the customer's message or the house style is a new revision too.
        let customer = reduce(shown.clone(), Action::EditCustomer("Where is it?!".into()));
        assert!(customer.stale && customer.revision > shown.revision);
        let stale_report = Action::Checked {
            revision: shown.revision,
            report: report_of(&shown),
        };
        assert_eq!(reduce(customer.clone(), stale_report.clone()), customer);
        let off = reduce(
            customer,
            Action::SetLevel {
                check: "vague-promise".into(),
                level: Level::Off,
            },
        );
        assert!(off.stale);
        assert_eq!(reduce(off.clone(), stale_report), off);
    }

    #[test]
    fn ignoring_in_a_large_draft_needs_no_new_check() {
        let typed = reduce(
            AppState::default(),
            Action::EditDraft(long_draft("We'll get back to you soon. [NAME]")),
        );
        let checked = reduce(typed.clone(), Action::Recheck(typed.revision));
        let ignored = reduce(
            checked.clone(),
            Action::Ignore(index_of(&checked, "vague-promise")),
        );
        assert!(!ignored.stale);
        assert!(!has(&ignored, "vague-promise"));
        assert!(has(&ignored, "unfilled-placeholder"));
    }

    #[test]
    fn a_stale_rewrite_index_changes_nothing() {
        let state = AppState::new("Hello.", "", Config::default());
        let after = reduce(
            state.clone(),
            Action::Apply {
                finding: 9,
                rewrite: 0,
            },
        );
        assert_eq!(after, state);
    }

    #[test]
    fn ignoring_hides_the_finding_until_its_words_return() {
        let state = AppState::new(VAGUE, "", Config::default());
        let finding = index_of(&state, "vague-promise");
        let ignored = reduce(state, Action::Ignore(finding));
        assert!(!has(&ignored, "vague-promise"));
        let still = reduce(ignored, Action::EditDraft(format!("{VAGUE} Thanks!")));
        assert!(!has(&still, "vague-promise"), "same words stay ignored");
        let cleared = reduce(still, Action::EditDraft(String::new()));
        let again = reduce(cleared, Action::EditDraft(VAGUE.into()));
        assert!(
            has(&again, "vague-promise"),
            "retyped words are flagged again"
        );
    }

    #[test]
    fn turning_a_check_off_removes_its_findings() {
        let state = AppState::new(VAGUE, "", Config::default());
        let off = reduce(
            state,
            Action::SetLevel {
                check: "vague-promise".into(),
                level: Level::Off,
            },
        );
        assert!(!has(&off, "vague-promise"));
        assert_eq!(off.config.checks.get("vague-promise"), Some(&Level::Off));
    }

    #[test]
    fn a_bad_import_changes_nothing_and_says_why() {
        let state = AppState::new(VAGUE, "", Config::default());
        let after = reduce(
            state.clone(),
            Action::ImportSettings(r#"{"checks": {"vague-promise": "loud"}}"#.into()),
        );
        assert_eq!(after.config, state.config);
        let error = after.settings_error.expect("an error");
        assert!(error.contains("checks.vague-promise"), "{error}");
    }

    #[test]
    fn stepping_wraps_around_the_findings() {
        let state = AppState::new(&format!("{VAGUE} [NAME]"), "", Config::default());
        let count = state.report.findings.len();
        assert!(count >= 2, "{:?}", state.report.findings);
        let first = reduce(state, Action::Step(1));
        assert_eq!(first.active, Some(0));
        let f = &first.report.findings[0];
        assert_eq!(
            first.select,
            Some((f.start, f.end)),
            "its words are selected"
        );
        let last = reduce(first, Action::Step(-1));
        assert_eq!(last.active, Some(count - 1));
    }

    #[test]
    fn loading_an_example_keeps_the_old_draft_one_undo_away() {
        let state = AppState::new("My own words.", "", Config::default());
        let loaded = reduce(
            state,
            Action::Load {
                draft: VAGUE.into(),
                customer: "Where is my order?!".into(),
            },
        );
        assert_eq!(&*loaded.customer, "Where is my order?!");
        assert_eq!(&*reduce(loaded, Action::Undo).draft, "My own words.");
    }

    #[test]
    fn ctrl_z_undoes_a_rewrite_only_until_the_agent_types() {
        let state = AppState::new(VAGUE, "", Config::default());
        let finding = index_of(&state, "vague-promise");
        let applied = reduce(
            state,
            Action::Apply {
                finding,
                rewrite: 0,
            },
        );
        assert!(applied.after_rewrite);
        let typed = reduce(applied, Action::EditDraft("Changed.".into()));
        assert!(!typed.after_rewrite);
    }
}

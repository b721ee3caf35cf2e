//! The page's state and the only ways it changes.

use crate::engine::{self, Config, Report};
use std::rc::Rc;
use yew::Reducible;

#[derive(Debug, Clone, PartialEq)]
pub struct AppState {
    pub draft: Rc<str>,
    pub config: Rc<Config>,
    /// Always the report of `draft` under `config`.
    pub report: Rc<Report>,
    /// Drafts before each applied rewrite, newest last.
    pub undo: Vec<Rc<str>>,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Action {
    /// The agent typed: the field's whole new text.
    EditDraft(String),
    /// Apply rewrite `rewrite` of finding `finding` of the current report.
    Apply { finding: usize, rewrite: usize },
    /// Restore the draft from before the last applied rewrite.
    Undo,
}

impl AppState {
    pub fn new(draft: &str, config: Config) -> Self {
        let report = engine::check(draft, None, &config);
        AppState {
            draft: draft.into(),
            config: Rc::new(config),
            report: Rc::new(report),
            undo: Vec::new(),
        }
    }

    fn with_draft(&self, draft: String, undo: Vec<Rc<str>>) -> Self {
        let report = engine::check(&draft, None, &self.config);
        AppState {
            draft: draft.into(),
            config: self.config.clone(),
            report: Rc::new(report),
            undo,
        }
    }
}

impl Default for AppState {
    fn default() -> Self {
        AppState::new("", Config::default())
    }
}

impl Reducible for AppState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        match action {
            Action::EditDraft(text) if *text != *self.draft => {
                Rc::new(self.with_draft(text, self.undo.clone()))
            }
            Action::Apply { finding, rewrite } => {
                let Some(edit) = self
                    .report
                    .findings
                    .get(finding)
                    .and_then(|f| f.rewrites.get(rewrite))
                    .map(|r| &r.edit)
                else {
                    return self;
                };
                // The report always belongs to the current draft, so the edit fits; if it
                // ever does not, keeping the draft untouched is the safe answer.
                match engine::apply(&self.draft, edit) {
                    Ok(text) => {
                        let mut undo = self.undo.clone();
                        undo.push(self.draft.clone());
                        Rc::new(self.with_draft(text, undo))
                    }
                    Err(_) => self,
                }
            }
            Action::Undo => {
                let mut undo = self.undo.clone();
                match undo.pop() {
                    Some(previous) => Rc::new(self.with_draft(previous.to_string(), undo)),
                    None => self,
                }
            }
            Action::EditDraft(_) => self,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn reduce(state: AppState, action: Action) -> AppState {
        (*Rc::new(state).reduce(action)).clone()
    }

    #[test]
    fn typing_rechecks() {
        let state = reduce(
            AppState::default(),
            Action::EditDraft("We'll get back to you soon.".into()),
        );
        assert!(state
            .report
            .findings
            .iter()
            .any(|f| f.check == "vague-promise"));
    }

    #[test]
    fn apply_then_undo_restores_the_draft() {
        let draft = "We'll get back to you soon.";
        let state = AppState::new(draft, Config::default());
        let finding = state
            .report
            .findings
            .iter()
            .position(|f| f.check == "vague-promise")
            .unwrap();
        let applied = reduce(
            state,
            Action::Apply {
                finding,
                rewrite: 0,
            },
        );
        assert_ne!(&*applied.draft, draft);
        assert!(!applied
            .report
            .findings
            .iter()
            .any(|f| f.check == "vague-promise"));
        let undone = reduce(applied, Action::Undo);
        assert_eq!(&*undone.draft, draft);
        assert!(undone.undo.is_empty());
    }

    #[test]
    fn a_stale_rewrite_index_changes_nothing() {
        let state = AppState::new("Hello.", Config::default());
        let after = reduce(
            state.clone(),
            Action::Apply {
                finding: 9,
                rewrite: 0,
            },
        );
        assert_eq!(after, state);
    }
}

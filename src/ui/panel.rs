//! The panel shown beside a helpdesk's reply field (see `crate::embed` and `web/embed.js`):
//! the site's summary and findings, undo, and the send gate's question, as markup (see
//! `super::markup`), drawn as the site's page is.
//!
//! The host's field holds the text, so a rewrite here is only a plan: [`PanelModel`] turns it
//! into a [`FieldEdit`] in UTF-16 offsets, the host makes it through the field's own input
//! path, and the text that results comes back through [`PanelModel::set_text`].

use super::customer_field::customer_field;
use super::findings_list::{findings_list, FindingCommand};
use super::markup::escape;
use super::state::{inserted_placeholder, Action, AppState};
use super::summary_bar::{plural, summary_bar};
use crate::engine::text::Utf16Index;
use crate::engine::{self, Config, Edit, Level, Severity, Units};
use std::rc::Rc;

/// A change to make in the host's field, in UTF-16 code units of the text it holds now.
#[derive(Debug, Clone, PartialEq)]
pub struct FieldEdit {
    pub start: u32,
    pub end: u32,
    pub replacement: String,
    /// The field's text once the edit is made.
    pub after: Rc<str>,
    /// A placeholder the rewrite inserted, to select and type over (UTF-16 of `after`).
    pub select: Option<(u32, u32)>,
    /// For a rewrite, the edit that takes it back (bytes of `after`); `None` for an undo.
    inverse: Option<Edit>,
}

/// A rewrite that can be taken back while the field holds exactly `after`.
#[derive(Debug, Clone, PartialEq)]
struct UndoStep {
    after: Rc<str>,
    inverse: Edit,
}

/// A rewrite the field did not take (an editor that refuses edits from outside): the agent
/// can copy its wording and paste it over its words, selected for them, while the field
/// still holds `text`.
#[derive(Debug, Clone, PartialEq)]
pub struct CopyOffer {
    text: Rc<str>,
    /// The words the rewrite replaces, in UTF-16 code units of `text`.
    pub words: (u32, u32),
    pub replacement: String,
}

impl CopyOffer {
    /// The offer for the rewrite that made `after`, which `inverse` undoes: in the text
    /// before it, the words it replaces and its wording.
    fn of(after: &str, inverse: &Edit) -> Option<CopyOffer> {
        let before = engine::apply(after, inverse).ok()?;
        let words = utf16_range(
            &before,
            inverse.start,
            inverse.start + inverse.replacement.len(),
        );
        Some(CopyOffer {
            text: before.into(),
            words,
            replacement: after[inverse.start..inverse.end].to_string(),
        })
    }
}

/// The panel's state: the site's [`AppState`] for the field's text, plus the rewrites that
/// can be undone and whether the send gate is asking.
#[derive(Debug, Clone, PartialEq)]
pub struct PanelModel {
    pub state: Rc<AppState>,
    undo: Vec<UndoStep>,
    /// The send gate held a send back: the panel asks "Send anyway" or "Review".
    pub holding: bool,
    refused: Option<CopyOffer>,
}

impl PanelModel {
    pub fn new(config: Config) -> Self {
        PanelModel {
            state: Rc::new(AppState::new("", "", config)),
            undo: Vec::new(),
            holding: false,
            refused: None,
        }
    }

    /// Changes the state as the site's reducer does.
    pub fn reduce(&mut self, action: Action) {
        self.state = AppState::reduce(self.state.clone(), action);
        self.holding &= self.state.report.summary.errors > 0;
    }

    /// The field's text now (typed, rewritten, or set by the host's own code). A large one
    /// leaves the report stale until it is checked once typing pauses, as on the site, or
    /// by [`PanelModel::check_now`].
    pub fn set_text(&mut self, text: &str) {
        self.reduce(Action::EditDraft(text.to_string()));
    }

    /// Checks a stale draft now, here: the send gate and `findings()` answer at once.
    pub fn check_now(&mut self) {
        if self.state.stale {
            self.reduce(Action::Recheck(self.state.revision));
        }
    }

    pub fn set_customer(&mut self, text: &str) {
        self.reduce(Action::EditCustomer(text.to_string()));
    }

    /// Undo is offered only while the field holds exactly what the last rewrite made.
    pub fn can_undo(&self) -> bool {
        self.undo
            .last()
            .is_some_and(|step| *step.after == *self.state.draft)
    }

    /// Rewrite `rewrite` of finding `finding`, as an edit for the host to make.
    pub fn rewrite(&self, finding: usize, rewrite: usize) -> Option<FieldEdit> {
        let edit = &self
            .state
            .report
            .findings
            .get(finding)?
            .rewrites
            .get(rewrite)?
            .edit;
        // As the site applies one: not from a stale report, whose spans may be of other text.
        if self.state.stale {
            return None;
        }
        let after = engine::apply(&self.state.draft, edit).ok()?;
        let inverse = Edit {
            start: edit.start,
            end: edit.start + edit.replacement.len(),
            replacement: self.state.draft[edit.start..edit.end].to_string(),
        };
        let select =
            inserted_placeholder(&after, edit).map(|(start, end)| utf16_range(&after, start, end));
        Some(self.field_edit(edit, after.into(), select, Some(inverse)))
    }

    /// The edit that restores the text from before the last rewrite, if it may be undone.
    pub fn undo(&self) -> Option<FieldEdit> {
        let step = self.undo.last().filter(|_| self.can_undo())?;
        let before = engine::apply(&self.state.draft, &step.inverse).ok()?;
        Some(self.field_edit(&step.inverse, before.into(), None, None))
    }

    fn field_edit(
        &self,
        edit: &Edit,
        after: Rc<str>,
        select: Option<(u32, u32)>,
        inverse: Option<Edit>,
    ) -> FieldEdit {
        let (start, end) = utf16_range(&self.state.draft, edit.start, edit.end);
        FieldEdit {
            start,
            end,
            replacement: edit.replacement.clone(),
            after,
            select,
            inverse,
        }
    }

    /// The host made `edit` and its field now holds `text`. A rewrite can be undone only if
    /// the field took it exactly. Otherwise it is offered to copy while the field holds the
    /// text it was meant for: now if the field did not change, or once the host put back
    /// what an editor made something else of. An undo is spent either way.
    pub fn edited(&mut self, edit: &FieldEdit, text: &str) {
        match &edit.inverse {
            Some(inverse) if *edit.after == *text => self.undo.push(UndoStep {
                after: edit.after.clone(),
                inverse: inverse.clone(),
            }),
            // Offered in the text the rewrite was meant for: the draft may already hold what
            // the editor made of it (its `input` came during the edit).
            Some(inverse) => self.refused = CopyOffer::of(&edit.after, inverse),
            None => {
                self.undo.pop();
            }
        }
        self.set_text(text);
    }

    /// The field, which a rewrite was taken as made in (the extension hears the field's text
    /// only later), holds what it held before: it refused the last rewrite, which is then
    /// offered to copy instead of undone.
    pub fn refused(&mut self) {
        if self.copy_offer().is_some() {
            return;
        }
        let Some(step) = self.undo.last().filter(|_| !self.can_undo()) else {
            return;
        };
        let offer = CopyOffer::of(&step.after, &step.inverse)
            .filter(|offer| *offer.text == *self.state.draft);
        if offer.is_some() {
            self.refused = offer;
            self.undo.pop();
        }
    }

    /// The rewrite to copy, while the field still holds the text it was refused in.
    pub fn copy_offer(&self) -> Option<&CopyOffer> {
        self.refused
            .as_ref()
            .filter(|offer| *offer.text == *self.state.draft)
    }

    /// Focus a finding; returns its words' UTF-16 range, to select in the field.
    pub fn focus(&mut self, index: usize) -> Option<(u32, u32)> {
        let finding = self.state.report.findings.get(index)?;
        let words = utf16_range(&self.state.draft, finding.start, finding.end);
        self.reduce(Action::Focus(Some(index)));
        Some(words)
    }

    pub fn ignore(&mut self, index: usize) {
        self.reduce(Action::Ignore(index));
    }

    /// Turn the finding's check off for this panel.
    pub fn turn_off(&mut self, index: usize) {
        if let Some(finding) = self.state.report.findings.get(index) {
            let check = finding.check.to_string();
            self.reduce(Action::SetLevel {
                check,
                level: Level::Off,
            });
        }
    }

    /// The send gate asks before a reply with errors goes out: true when it holds it back.
    pub fn hold_send(&mut self) -> bool {
        self.check_now();
        self.holding = self.state.report.summary.errors > 0;
        self.holding
    }

    /// "Send anyway" was chosen.
    pub fn release(&mut self) {
        self.holding = false;
    }

    /// "Review" was chosen: focus the first error; returns its words to select.
    pub fn review(&mut self) -> Option<(u32, u32)> {
        self.holding = false;
        self.check_now();
        let first = self
            .state
            .report
            .findings
            .iter()
            .position(|f| f.severity == Severity::Error)?;
        self.focus(first)
    }

    /// The findings of the text now, as the panel shows them: JSON with UTF-16 offsets.
    pub fn findings_json(&mut self) -> String {
        self.check_now();
        let out = self
            .state
            .report
            .output(&self.state.draft, Units::Utf16, false);
        crate::engine::report::json::findings(&out.findings)
    }
}

fn utf16_range(text: &str, start: usize, end: usize) -> (u32, u32) {
    let index = Utf16Index::new(text);
    (index.to_utf16(start) as u32, index.to_utf16(end) as u32)
}

/// What the agent did in the panel.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum PanelCommand {
    Finding(FindingCommand),
    Undo,
    /// Copy a refused rewrite's wording and select the words it replaces.
    CopyRewrite,
    SendAnyway,
    Review,
}

impl PanelCommand {
    /// The command a button's `data-command` names (see [`head`], [`body`] and
    /// `findings_list`). `toggle` is the view's own: it is not a command to the model.
    pub fn parse(data: &str) -> Option<PanelCommand> {
        Some(match data {
            "undo" => PanelCommand::Undo,
            "copy-rewrite" => PanelCommand::CopyRewrite,
            "send-anyway" => PanelCommand::SendAnyway,
            "review" => PanelCommand::Review,
            _ => PanelCommand::Finding(FindingCommand::parse(data)?),
        })
    }
}

/// The panel's frame: a header, filled by [`head`], then the customer's message where the
/// host does not give it (`asks_customer`), then what [`body`] shows. The customer's field
/// is never drawn again, so typing in it keeps its focus and caret.
pub fn frame(asks_customer: bool) -> String {
    format!(
        r#"<section aria-label="tactful" class="panel"><div class="panel-head"></div>{}</section>"#,
        if asks_customer { customer_field() } else { "" }
    )
}

/// The header's contents: the brand, undo, and the toggle that hides the findings.
pub fn head(model: &PanelModel, open: bool) -> String {
    format!(
        r#"<span class="panel-brand">tactful</span>{}<button type="button" aria-expanded="{open}" data-command="toggle" class="quiet">{}</button>"#,
        if model.can_undo() {
            r#"<button type="button" data-command="undo">Undo rewrite</button>"#
        } else {
            ""
        },
        if open {
            "Hide findings"
        } else {
            "Show findings"
        },
    )
}

/// What follows the header (and the customer's field): a refused rewrite to copy, the send
/// gate's question, then the summary and, while `open`, the findings.
pub fn body(model: &PanelModel, open: bool) -> String {
    let state = &model.state;
    let summary = state.report.summary;
    let mut out = String::new();
    if let Some(offer) = model.copy_offer() {
        out += &format!(
            r#"<div role="status" class="refused"><p>This editor did not take the rewrite. Copy it, then paste it over the selected words.</p><button type="button" data-command="copy-rewrite">Copy rewrite: “{}”</button></div>"#,
            escape(offer.replacement.trim())
        );
    }
    if model.holding {
        out += &format!(
            r#"<div role="alertdialog" aria-label="Send with errors?" class="gate"><p><strong>This reply still has {}.</strong> Send it anyway, or review it first?</p><div class="gate-actions"><button type="button" data-command="review" class="primary">Review</button><button type="button" data-command="send-anyway">Send anyway</button></div></div>"#,
            plural(summary.errors, "error")
        );
    }
    if state.draft.trim().is_empty() {
        out += r#"<p class="no-findings">tactful reads your reply as you write it.</p>"#;
    } else {
        out += &summary_bar(summary, state.stale, "");
        if open && !state.stale {
            out += &findings_list(&state.report, &state.draft, state.active);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    const VAGUE: &str = "Thanks 🙏🏽 for waiting. We'll get back to you soon.";

    fn model(text: &str) -> PanelModel {
        let mut model = PanelModel::new(Config::default());
        model.set_text(text);
        model
    }

    fn vague(model: &PanelModel) -> usize {
        let findings = &model.state.report.findings;
        findings
            .iter()
            .position(|f| f.check == "vague-promise")
            .unwrap_or_else(|| panic!("{findings:?}"))
    }

    /// JS's `text.slice(start, end)`: UTF-16 code units.
    fn slice16(text: &str, start: u32, end: u32) -> String {
        let units: Vec<u16> = text.encode_utf16().collect();
        String::from_utf16(&units[start as usize..end as usize]).unwrap()
    }

    fn make(text: &str, edit: &FieldEdit) -> String {
        let units: Vec<u16> = text.encode_utf16().collect();
        let mut out = String::from_utf16(&units[..edit.start as usize]).unwrap();
        out.push_str(&edit.replacement);
        out.push_str(&String::from_utf16(&units[edit.end as usize..]).unwrap());
        out
    }

    #[test]
    fn a_rewrite_is_an_edit_in_utf16_and_undo_restores_the_text() {
        let mut model = model(VAGUE);
        let finding = vague(&model);
        let edit = model.rewrite(finding, 0).expect("a rewrite");
        let words = &model.state.report.findings[finding];
        assert_eq!(
            slice16(VAGUE, edit.start, edit.end),
            &VAGUE[words.rewrites[0].edit.start..words.rewrites[0].edit.end]
        );
        let after = make(VAGUE, &edit);
        assert_eq!(after, *edit.after);
        if let Some((start, end)) = edit.select {
            assert!(slice16(&after, start, end).starts_with('['), "{after}");
        }
        model.edited(&edit, &after);
        assert!(model.can_undo());

        let undo = model.undo().expect("undo");
        let before = make(&after, &undo);
        assert_eq!(before, VAGUE);
        model.edited(&undo, &before);
        assert!(!model.can_undo());
        assert_eq!(&*model.state.draft, VAGUE);
    }

    #[test]
    fn undo_is_gone_once_the_agent_types_and_a_rewrite_the_field_changed_is_not_kept() {
        let mut model = model(VAGUE);
        let edit = model.rewrite(vague(&model), 0).unwrap();
        let after = make(VAGUE, &edit);
        model.edited(&edit, &after);
        model.set_text(&format!("{after} Thanks"));
        assert!(!model.can_undo() && model.undo().is_none());

        let mut model = self::model(VAGUE);
        let edit = model.rewrite(vague(&model), 0).unwrap();
        model.edited(&edit, "The editor did something else.");
        assert!(!model.can_undo());
    }

    #[test]
    fn a_rewrite_the_field_refused_is_offered_to_copy_while_the_text_stays() {
        // The embed hears at once that the field did not change.
        let mut model = model(VAGUE);
        let edit = model.rewrite(vague(&model), 0).unwrap();
        model.edited(&edit, VAGUE);
        let offer = model.copy_offer().expect("an offer to copy").clone();
        assert_eq!(slice16(VAGUE, offer.words.0, offer.words.1), "soon");
        assert_eq!(offer.replacement, edit.replacement);
        assert!(!model.can_undo());
        model.set_text(&format!("{VAGUE} Thanks"));
        assert!(model.copy_offer().is_none(), "gone once the text changes");

        // The embed hears that the editor made something else of it; once the field put
        // back what it held, the rewrite is offered.
        let mut model = self::model(VAGUE);
        let edit = model.rewrite(vague(&model), 0).unwrap();
        model.edited(&edit, "Thanks 🙏🏽 for waiting. We'll get back to you .");
        assert!(model.copy_offer().is_none() && !model.can_undo());
        model.set_text(VAGUE);
        model.refused();
        let offer = model
            .copy_offer()
            .expect("an offer to copy once the text is back");
        assert_eq!(slice16(VAGUE, offer.words.0, offer.words.1), "soon");

        // The extension takes the edit as made, then hears the field's unchanged text.
        let mut model = self::model(VAGUE);
        let edit = model.rewrite(vague(&model), 0).unwrap();
        let after = make(VAGUE, &edit);
        model.edited(&edit, &after);
        model.set_text(VAGUE);
        model.refused();
        let offer = model.copy_offer().expect("an offer to copy");
        assert_eq!(slice16(VAGUE, offer.words.0, offer.words.1), "soon");
        assert_eq!(offer.replacement, edit.replacement);
        assert!(!model.can_undo() && model.undo().is_none());

        // A rewrite the field took is not refused.
        let mut model = self::model(VAGUE);
        let edit = model.rewrite(vague(&model), 0).unwrap();
        let after = make(VAGUE, &edit);
        model.edited(&edit, &after);
        model.refused();
        assert!(model.copy_offer().is_none() && model.can_undo());
    }

    #[test]
    fn the_gate_holds_only_with_errors_and_review_focuses_the_first() {
        let mut model = model(VAGUE);
        assert!(!model.hold_send(), "warnings do not hold a send");
        model.set_text("Hi [NAME], we'll get back to you soon.");
        assert!(model.hold_send());
        let (start, end) = model.review().expect("an error to review");
        assert_eq!(slice16(&model.state.draft, start, end), "[NAME]");
        assert!(!model.holding);
        assert!(model.hold_send());
        model.set_text("Hi Sam, we'll get back to you by 5 pm today.");
        assert!(!model.holding, "fixing the errors answers the question");
    }

    #[test]
    fn a_large_draft_is_checked_before_the_gate_decides_and_before_findings_are_read() {
        let sentence = "Your order is packed and leaves the warehouse today. ";
        let filler = sentence.repeat(crate::ui::state::LARGE_DRAFT / sentence.len() + 1);
        let mut model = model(&filler);
        assert!(model.state.stale);
        model.set_text(&format!("{filler}Hi [NAME]."));
        assert!(
            model.hold_send(),
            "the gate checks the draft it is asked about"
        );
        assert!(!model.state.stale);
        model.set_text(&format!("{filler}Hi Sam."));
        assert!(!model.findings_json().contains("unfilled-placeholder"));
    }

    #[test]
    fn findings_json_uses_utf16_offsets() {
        let mut model = model(VAGUE);
        let findings: Vec<serde_json::Value> =
            serde_json::from_str(&model.findings_json()).unwrap();
        let soon = findings
            .iter()
            .find(|f| f["check"] == "vague-promise")
            .unwrap();
        let (start, end) = (
            soon["start"].as_u64().unwrap() as u32,
            soon["end"].as_u64().unwrap() as u32,
        );
        assert!(slice16(VAGUE, start, end).contains("soon"));
    }
}

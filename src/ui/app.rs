//! The standalone site: the draft on the left, what tactful found on the right.
//!
//! Drawn as the embed's panel is (see `super::markup`): the page is markup, put in once
//! ([`page`]), whose changing parts are [`Region`]s drawn again when their markup changes; the
//! fields the agent types in are never drawn again. One listener on the page hears every
//! event, and its buttons by their `data-command` ([`SiteCommand`]). The state is
//! [`AppState`], changed only by its reducer; [`Page`] adds the switches only the page has.

use super::background;
use super::customer_field::{self, customer_field};
use super::draft_field::{draft_field, mirror_content, Highlight};
use super::examples::EXAMPLES;
use super::findings_list::{self, findings_list, FindingCommand};
use super::help_popover::help_popover;
use super::markup::{self, button, escape, Region};
use super::settings_dialog::{self, settings_form, show_settings_error, Form};
use super::state::{Action, AppState, LARGE_DRAFT};
use super::storage;
use super::summary_bar::{copy_button, copy_to_clipboard, keep_status, summary_bar};
use crate::engine::text::Utf16Index;
use crate::engine::{Config, Level};
use std::cell::{Cell, RefCell};
use std::rc::{Rc, Weak};
use wasm_bindgen::prelude::*;
use web_sys::{Element, Event, HtmlDialogElement, HtmlTextAreaElement, KeyboardEvent};

/// What the page shows: the state, and the page's own switches.
#[derive(Debug, Clone)]
pub struct Page {
    pub state: Rc<AppState>,
    pub settings_open: bool,
    pub help_open: bool,
    /// Clear asked "Discard this draft?".
    pub confirm_clear: bool,
    /// "Copy reply" says "Copied" until the draft changes.
    pub copied: bool,
}

impl Page {
    pub fn new(state: AppState) -> Self {
        Page {
            state: Rc::new(state),
            settings_open: false,
            help_open: false,
            confirm_clear: false,
            copied: false,
        }
    }

    /// The page as it opens: what was saved in this browser.
    pub fn load() -> Self {
        let saved = storage::load();
        let mut state = AppState::new(&saved.draft, &saved.customer, saved.config);
        state.settings_error = saved.config_error;
        Page::new(state)
    }

    /// Saved settings that could not be used, said above the workspace.
    fn notice(&self) -> String {
        match (&self.state.settings_error, self.settings_open) {
            (Some(notice), false) => format!(
                r#"<p class="notice" role="alert">{}{}</p>"#,
                escape(notice),
                button("Dismiss", "dismiss-notice", "quiet", false)
            ),
            _ => String::new(),
        }
    }

    /// The draft's Undo, and Clear, which asks first.
    fn compose_actions(&self) -> String {
        let state = &self.state;
        let undo = button("Undo", "undo", "", state.undo.is_empty());
        if self.confirm_clear {
            format!(
                r#"{undo}<span class="confirm" role="group" aria-label="Discard this draft?">Discard this draft?{}{}</span>"#,
                button("Discard", "discard", "danger", false),
                button("Keep", "keep", "", false),
            )
        } else {
            let empty = state.draft.is_empty() && state.customer.is_empty();
            undo + &button("Clear", "clear", "", empty)
        }
    }

    /// The flagged words marked behind the draft. Marking lays out a second copy of the
    /// draft: above LARGE_DRAFT that takes longer than a keystroke may (a megabyte: most of a
    /// second in Chromium), so a large draft's findings are listed, and selected in the field
    /// when shown, but not marked. (Only a large draft is ever stale.)
    fn mirror(&self) -> String {
        let state = &self.state;
        if state.draft.len() > LARGE_DRAFT {
            return String::new();
        }
        let highlights: Vec<Highlight> = state
            .report
            .findings
            .iter()
            .enumerate()
            .map(|(finding, f)| Highlight {
                start: f.start,
                end: f.end,
                severity: f.severity,
                finding,
            })
            .collect();
        mirror_content(&state.draft, &highlights, state.active)
    }

    /// The review column: markup shared with the embed's panel (`summary_bar`,
    /// `findings_list`), with the page's "Copy reply".
    fn review(&self) -> String {
        let state = &self.state;
        let copy = copy_button(state.draft.trim().is_empty(), self.copied);
        summary_bar(state.report.summary, state.stale, &copy)
            + &if state.stale {
                r#"<p class="no-findings">Checking the draft…</p>"#.to_string()
            } else {
                findings_list(&state.report, &state.draft, state.active)
            }
    }

    /// What the settings dialog says is wrong, shown in the dialog: its form's own error
    /// (`form_error`, a save it refused) or the state's (an import's).
    fn settings_error(&self, form_error: &Option<String>) -> Option<String> {
        form_error
            .clone()
            .or_else(|| self.state.settings_error.clone())
    }
}

/// The whole page: its frame, with each part drawn from `page`, and the settings form from
/// the house style. The fields' texts are put in as values once it is in the document.
pub fn page(page: &Page) -> String {
    let examples: String = EXAMPLES
        .iter()
        .enumerate()
        .map(|(n, example)| button(example.title, &format!("example:{n}"), "", false))
        .collect();
    let settings = settings_form(
        &Form::of(&page.state.config),
        page.state.settings_error.as_deref(),
    );
    format!(
        concat!(
            r#"<div class="page"><header class="masthead"><div class="brand"><h1>tactful</h1>"#,
            r#"<p class="tagline">Checks your reply before the customer reads it. Nothing leaves this page.</p></div>"#,
            r#"<nav class="toolbar" aria-label="Tools"><a class="nav-link" href="library.html">Macro library</a>"#,
            r#"{settings_button}<div class="help">{help}</div></nav></header>{notice}"#,
            r#"<main class="workspace"><section class="compose" aria-label="Compose">"#,
            r#"<div class="examples"><span>Try an example:</span>{examples}</div>"#,
            r#"{customer}{draft}<div class="compose-actions">{actions}</div></section>"#,
            r#"<section class="review" aria-label="Review">{review}</section></main>"#,
            r#"<footer class="footer">tactful runs entirely in this browser: your draft and the customer's words are never sent anywhere.</footer>"#,
            r#"<dialog class="settings" aria-labelledby="settings-title"><form method="dialog">{settings}</form></dialog></div>"#,
        ),
        settings_button = button("Settings", "settings", "", false),
        help = help_popover(page.help_open),
        notice = page.notice(),
        examples = examples,
        customer = customer_field(),
        draft = draft_field(&page.mirror()),
        actions = page.compose_actions(),
        review = page.review(),
        settings = settings,
    )
}

/// What the agent did with a button of the page (its `data-command`).
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum SiteCommand {
    Finding(FindingCommand),
    OpenSettings,
    CancelSettings,
    ExportSettings,
    ToggleHelp,
    DismissNotice,
    /// Load the example at this index of `EXAMPLES`.
    Example(usize),
    Undo,
    Clear,
    Discard,
    Keep,
    CopyReply,
}

impl SiteCommand {
    pub fn parse(data: &str) -> Option<SiteCommand> {
        Some(match data {
            "settings" => SiteCommand::OpenSettings,
            "cancel-settings" => SiteCommand::CancelSettings,
            "export-settings" => SiteCommand::ExportSettings,
            "help" => SiteCommand::ToggleHelp,
            "dismiss-notice" => SiteCommand::DismissNotice,
            "undo" => SiteCommand::Undo,
            "clear" => SiteCommand::Clear,
            "discard" => SiteCommand::Discard,
            "keep" => SiteCommand::Keep,
            "copy-reply" => SiteCommand::CopyReply,
            _ => match markup::argument(data, "example") {
                Some(n) => SiteCommand::Example(n),
                None => SiteCommand::Finding(FindingCommand::parse(data)?),
            },
        })
    }
}

/// Draws the site into `root`, replacing what it held, and runs it for as long as the page
/// lives.
pub fn mount(root: &Element) {
    let page = Page::load();
    root.set_inner_html(&self::page(&page));
    let find = |selector: &str| {
        root.query_selector(selector)
            .ok()
            .flatten()
            .unwrap_or_else(|| panic!("no {selector} in the site's markup"))
    };
    let element = find(".page");
    let site = Rc::new_cyclic(|me| Site {
        me: me.clone(),
        draft: find("#draft").unchecked_into(),
        compose: find(".compose"),
        dialog: find("dialog.settings").unchecked_into(),
        form: find("dialog.settings > form"),
        help: Region::new(find(".help"), None, None, help_popover(page.help_open)),
        notice: Region::new(
            element.clone(),
            Some(find(".masthead")),
            Some(find(".workspace")),
            page.notice(),
        ),
        actions: Region::new(find(".compose-actions"), None, None, page.compose_actions()),
        mirror: Region::new(find(".mirror"), None, None, page.mirror()),
        review: Region::new(find(".review"), None, None, page.review()),
        status: RefCell::default(),
        shown: RefCell::new(Shown {
            field: Rc::from(""),
            draft: None,
            customer: None,
            config: None,
            settings: (false, page.state.config.clone()),
            settings_error: page.state.settings_error.clone(),
            active: None,
            utf16: None,
        }),
        scheduled: Cell::new(None),
        form_error: RefCell::new(None),
        page: RefCell::new(page),
    });
    keep_status(site.review.parent(), &site.status);
    let listener = {
        let site = site.clone();
        Closure::<dyn Fn(Event)>::new(move |event: Event| site.heard(&event))
    };
    let listen = |kind: &str, capture: bool| {
        let _ = element.add_event_listener_with_callback_and_bool(
            kind,
            listener.as_ref().unchecked_ref(),
            capture,
        );
    };
    for kind in ["click", "input", "change", "submit", "keydown", "keyup"] {
        listen(kind, false);
    }
    // These two do not bubble: heard on their way down instead.
    listen("scroll", true);
    listen("close", true);
    // The site lives as long as the page.
    listener.forget();
    site.render(None);
}

/// The mounted site: its page and the parts of the document drawn from it.
struct Site {
    page: RefCell<Page>,
    /// Itself, for the callbacks that come later (a file read, a background check).
    me: Weak<Site>,
    draft: HtmlTextAreaElement,
    /// The compose section, with the customer's field, which is drawn once.
    compose: Element,
    dialog: HtmlDialogElement,
    /// The settings dialog's form, drawn anew when it opens.
    form: Element,
    help: Region,
    notice: Region,
    actions: Region,
    mirror: Region,
    review: Region,
    /// The summary's live region, kept across redraws (see `keep_status`).
    status: RefCell<Option<Element>>,
    shown: RefCell<Shown>,
    /// The revision of the last large draft whose check is scheduled.
    scheduled: Cell<Option<u64>>,
    /// Why the settings form was not saved, until it is drawn anew.
    form_error: RefCell<Option<String>>,
}

/// What the page last showed, saved or knew, to act only on what changed.
struct Shown {
    /// The draft field's text.
    field: Rc<str>,
    /// What was last saved in this browser (`None`: nothing yet, so all is saved at once).
    draft: Option<Rc<str>>,
    customer: Option<Rc<str>>,
    config: Option<Rc<Config>>,
    /// Whether the settings dialog was open, and the house style its form was drawn from.
    settings: (bool, Rc<Config>),
    settings_error: Option<String>,
    active: Option<usize>,
    /// The draft's UTF-16 offsets, for the field's selection and caret.
    utf16: Option<(Rc<str>, Rc<Utf16Index>)>,
}

impl Site {
    fn dispatch(&self, action: Action) {
        self.update(|page| page.state = AppState::reduce(page.state.clone(), action));
    }

    /// Changes the page and shows it. A selection the state asks for is made once shown.
    fn update(&self, change: impl FnOnce(&mut Page)) {
        let select = {
            let mut page = self.page.borrow_mut();
            let draft = page.state.draft.clone();
            change(&mut page);
            if page.state.draft != draft {
                page.copied = false;
            }
            let select = page.state.select;
            if select.is_some() {
                page.state = AppState::reduce(page.state.clone(), Action::Selected);
            }
            select
        };
        self.render(select);
    }

    /// Draws what changed; saves what changed; then, as the agent needs: the settings dialog
    /// opens or closes, the focused finding scrolls into view, a large draft is checked once
    /// typing pauses, and `select` (bytes of the draft) is selected in the field.
    fn render(&self, select: Option<(usize, usize)>) {
        // No borrow is held while the document runs: it may call back in.
        let page = self.page.borrow().clone();
        let state = &page.state;
        self.notice.show(page.notice());
        self.help.show(help_popover(page.help_open));
        self.actions.show(page.compose_actions());
        self.mirror.show(page.mirror());
        if self.review.show(page.review()) {
            keep_status(self.review.parent(), &self.status);
        }
        let (customer_changed, active_changed) = {
            let mut shown = self.shown.borrow_mut();
            if shown.field != state.draft {
                self.draft.set_value(&state.draft);
                shown.field = state.draft.clone();
            }
            // Save as the agent types, so a reload or a crash loses nothing; each value only
            // when it changed (the house style is serialised on a change, not per keystroke).
            if shown.draft.as_ref() != Some(&state.draft) {
                storage::save_draft(&state.draft);
                shown.draft = Some(state.draft.clone());
            }
            let customer_changed = shown.customer.as_ref() != Some(&state.customer);
            if customer_changed {
                storage::save_customer(&state.customer);
                shown.customer = Some(state.customer.clone());
            }
            if shown.config.as_ref() != Some(&state.config) {
                storage::save_config(&state.config);
                shown.config = Some(state.config.clone());
            }
            let active_changed = shown.active != state.active;
            shown.active = state.active;
            (customer_changed, active_changed)
        };
        if customer_changed {
            // A message from elsewhere (an example, a saved one, Clear) goes in its field.
            customer_field::show(&self.compose, &state.customer);
        }
        self.show_settings(&page);
        if active_changed {
            findings_list::scroll_to(self.review.parent(), state.active);
        }
        let (now, target) = (self.me.clone(), self.me.clone());
        background::check_after_pause(
            state,
            &self.scheduled,
            Box::new(move || Some(now.upgrade()?.page.borrow().state.clone())),
            Box::new(move |action| {
                if let Some(site) = target.upgrade() {
                    site.dispatch(action);
                }
            }),
        );
        if let Some((start, end)) = select {
            let utf16 = self.utf16(&state.draft);
            let _ = self.draft.focus();
            let _ = self
                .draft
                .set_selection_range(utf16.to_utf16(start) as u32, utf16.to_utf16(end) as u32);
        }
    }

    /// The settings form is drawn from the house style as the dialog opens (or the house
    /// style changes while it is open), and says what went wrong without touching the
    /// agent's edits; then the dialog opens as a modal, or closes.
    fn show_settings(&self, page: &Page) {
        let config = &page.state.config;
        let mut shown = self.shown.borrow_mut();
        let fresh = (page.settings_open, config.clone()) != shown.settings;
        if fresh {
            shown.settings = (page.settings_open, config.clone());
            self.form_error.replace(None);
        }
        let error = page.settings_error(&self.form_error.borrow());
        if fresh && page.settings_open {
            markup::redraw(
                &self.form,
                None,
                None,
                &settings_form(&Form::of(config), error.as_deref()),
            );
            shown.settings_error = error;
        } else if shown.settings_error != error {
            show_settings_error(&self.form, error.as_deref());
            shown.settings_error = error;
        }
        drop(shown);
        if page.settings_open && !self.dialog.open() {
            let _ = self.dialog.show_modal();
        } else if !page.settings_open && self.dialog.open() {
            self.dialog.close();
        }
    }

    /// The draft's UTF-16 offsets, made once per draft.
    fn utf16(&self, draft: &Rc<str>) -> Rc<Utf16Index> {
        let mut shown = self.shown.borrow_mut();
        match &shown.utf16 {
            Some((of, index)) if of == draft => index.clone(),
            _ => {
                let index = Rc::new(Utf16Index::new(draft));
                shown.utf16 = Some((draft.clone(), index.clone()));
                index
            }
        }
    }

    /// Every event the page hears.
    fn heard(&self, event: &Event) {
        let target = event.target().and_then(|t| t.dyn_into::<Element>().ok());
        let Some(target) = target else {
            return;
        };
        let in_draft = target.id() == "draft";
        match event.type_().as_str() {
            "click" if in_draft => self.caret(),
            "click" => {
                let data = target
                    .closest("[data-command]")
                    .ok()
                    .flatten()
                    .and_then(|button| button.get_attribute("data-command"));
                if let Some(command) = data.as_deref().and_then(SiteCommand::parse) {
                    self.command(command);
                }
            }
            "input" if in_draft => {
                let text = self.draft.value();
                self.shown.borrow_mut().field = Rc::from(text.as_str());
                self.dispatch(Action::EditDraft(text));
            }
            "input" if target.id() == "customer" => {
                if let Some(field) = target.dyn_ref::<HtmlTextAreaElement>() {
                    self.dispatch(Action::EditCustomer(field.value()));
                }
            }
            "change" => {
                if let Some(input) = target
                    .dyn_ref::<web_sys::HtmlInputElement>()
                    .filter(|input| input.type_() == "file")
                {
                    let site = self.me.clone();
                    settings_dialog::read_file(input, move |text| {
                        if let Some(site) = site.upgrade() {
                            site.dispatch(Action::ImportSettings(text));
                        }
                    });
                    input.set_value("");
                }
            }
            "submit" => {
                event.prevent_default();
                match Form::read(&self.form).to_config() {
                    Ok(config) => self.update(|page| {
                        page.state =
                            AppState::reduce(page.state.clone(), Action::SetConfig(config));
                        page.settings_open = false;
                    }),
                    Err(error) => {
                        self.form_error
                            .replace(Some(format!("{error}. Nothing was saved.")));
                        self.render(None);
                    }
                }
            }
            "keydown" => {
                if let Some(key) = event.dyn_ref::<KeyboardEvent>() {
                    self.key(key);
                }
            }
            "keyup" if in_draft => {
                let key = event.dyn_ref::<KeyboardEvent>().map(|e| e.key());
                if key.is_some_and(|k| k.starts_with("Arrow") || k == "Home" || k == "End") {
                    self.caret();
                }
            }
            "scroll" if in_draft => {
                let mirror = self.mirror.parent();
                mirror.set_scroll_top(self.draft.scroll_top());
                mirror.set_scroll_left(self.draft.scroll_left());
            }
            // The dialog closed: by Escape, Cancel or a save.
            "close" if target.is_same_node(Some(&self.dialog)) => self.close_settings(),
            _ => {}
        }
    }

    fn close_settings(&self) {
        self.update(|page| {
            page.state = AppState::reduce(page.state.clone(), Action::DismissSettingsError);
            page.settings_open = false;
        });
    }

    fn command(&self, command: SiteCommand) {
        let action = match command {
            SiteCommand::Finding(FindingCommand::Show(i)) => Action::Show(i),
            SiteCommand::Finding(FindingCommand::Apply(finding, rewrite)) => {
                Action::Apply { finding, rewrite }
            }
            SiteCommand::Finding(FindingCommand::Ignore(i)) => Action::Ignore(i),
            SiteCommand::Finding(FindingCommand::TurnOff(i)) => {
                let check = self
                    .page
                    .borrow()
                    .state
                    .report
                    .findings
                    .get(i)
                    .map(|f| f.check);
                let Some(check) = check else {
                    return;
                };
                Action::SetLevel {
                    check: check.to_string(),
                    level: Level::Off,
                }
            }
            SiteCommand::Undo => Action::Undo,
            SiteCommand::DismissNotice => Action::DismissSettingsError,
            SiteCommand::Example(n) => {
                let Some(example) = EXAMPLES.get(n) else {
                    return;
                };
                Action::Load {
                    draft: example.draft.to_string(),
                    customer: example.customer.to_string(),
                }
            }
            SiteCommand::Discard => {
                return self.update(|page| {
                    let empty = Action::Load {
                        draft: String::new(),
                        customer: String::new(),
                    };
                    page.state = AppState::reduce(page.state.clone(), empty);
                    page.confirm_clear = false;
                });
            }
            SiteCommand::CopyReply => {
                copy_to_clipboard(&self.page.borrow().state.draft);
                return self.update(|page| page.copied = true);
            }
            SiteCommand::ExportSettings => {
                let json = self.page.borrow().state.config.to_json();
                return settings_dialog::download("tactful-house-style.json", &json);
            }
            SiteCommand::CancelSettings => return self.close_settings(),
            SiteCommand::OpenSettings => return self.update(|page| page.settings_open = true),
            SiteCommand::ToggleHelp => return self.update(|page| page.help_open ^= true),
            SiteCommand::Clear => return self.update(|page| page.confirm_clear = true),
            SiteCommand::Keep => return self.update(|page| page.confirm_clear = false),
        };
        self.dispatch(action);
    }

    /// The keyboard shortcuts (see `help_popover::SHORTCUTS`).
    fn key(&self, e: &KeyboardEvent) {
        let page = self.page.borrow().clone();
        let state = &page.state;
        let action = match (e.key().as_str(), e.alt_key(), e.ctrl_key() || e.meta_key()) {
            ("ArrowDown", true, false) => Some(Action::Step(1)),
            ("ArrowUp", true, false) => Some(Action::Step(-1)),
            ("Enter", true, false) => first_rewrite_target(state),
            ("z" | "Z", false, true) if state.after_rewrite && !e.shift_key() => Some(Action::Undo),
            ("Escape", _, _) if page.help_open => {
                e.prevent_default();
                return self.update(|page| page.help_open = false);
            }
            _ => return,
        };
        e.prevent_default();
        if let Some(action) = action {
            self.dispatch(action);
        }
    }

    /// The agent clicked or moved in the draft: the finding under the caret has the focus.
    fn caret(&self) {
        let Ok(Some(caret)) = self.draft.selection_start() else {
            return;
        };
        let state = self.page.borrow().state.clone();
        let byte = self.utf16(&state.draft).to_byte(caret as usize);
        let hit = state
            .report
            .findings
            .iter()
            .position(|f| f.start <= byte && byte <= f.end && f.start < f.end);
        if hit.is_some() || state.active.is_some() {
            self.dispatch(Action::Focus(hit));
        }
    }
}

/// Alt+Enter: the focused finding's first rewrite, or else the first finding that has one.
fn first_rewrite_target(state: &AppState) -> Option<Action> {
    let findings = &state.report.findings;
    let finding = state
        .active
        .filter(|&i| findings.get(i).is_some_and(|f| !f.rewrites.is_empty()))
        .or_else(|| findings.iter().position(|f| !f.rewrites.is_empty()))?;
    Some(Action::Apply {
        finding,
        rewrite: 0,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_button_of_the_page_is_a_command_it_knows() {
        let mut page = Page::new(AppState::new(
            "We'll get back to you soon.",
            "",
            Config::default(),
        ));
        page.help_open = true;
        let mut markup = self::page(&page);
        page.confirm_clear = true;
        markup += &page.compose_actions();
        let mut commands = 0;
        for (at, _) in markup.match_indices(r#"data-command=""#) {
            let rest = &markup[at + r#"data-command=""#.len()..];
            let data = &rest[..rest.find('"').unwrap()];
            assert!(SiteCommand::parse(data).is_some(), "{data}");
            commands += 1;
        }
        assert!(commands > 10, "{markup}");
    }
}

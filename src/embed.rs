//! The JS API for host pages, wrapped by `web/embed.js` into `window.tactful`.
//!
//! Everything crosses the boundary as strings and numbers (JSON for reports and configs), so
//! no serde-wasm-bindgen is needed. Offsets given to and taken from JS are UTF-16 code units;
//! they are converted here, never in JS.

use crate::engine::report::{Finding, Report};
use crate::engine::text::Utf16Index;
use crate::engine::{self, Config, Units};
use crate::ui::findings_list::{self, FindingCommand};
use crate::ui::markup::Region;
use crate::ui::panel::{self, FieldEdit, PanelCommand, PanelModel};
use crate::ui::summary_bar::{self, copy_to_clipboard};
use crate::ui::{background, customer_field};
use js_sys::JsString;
use std::cell::{Cell, RefCell};
use std::fmt::Write;
use std::rc::{Rc, Weak};
use wasm_bindgen::prelude::*;

/// What [`analyze_edit`] keeps between calls: the text as it now is, that text's UTF-16
/// index, and the findings JS holds (offsets in UTF-16 code units).
#[derive(Default)]
struct Session {
    checker: engine::Checker,
    text: String,
    index: Utf16Index,
    findings: Vec<Finding>,
}

/// The report of a text for `tactful.analyze` in `web/embed.js`, which hosts call on every
/// keystroke, also of a long draft: what crosses between JS and the wasm is about what
/// changed, not the whole draft and its whole report. JS gives the edit since the last call,
/// UTF-16 code units `start..end` of the last text replaced by `inserted` (an `end` of 2^30
/// or more is the text's end, and says that JS holds none of the last call's findings). The
/// answer is JSON `[runs, {findings, summary}]` (offsets in UTF-16, findings without their `why`):
/// `runs` is flat triples `from, count, shift`, the report's findings in order, each run
/// either `count` of the last call's findings from index `from`, every offset moved by
/// `shift` (found equal in all else, and all its offsets moved by the same amount), or, for
/// `from` -1, the next `count` of the findings sent.
#[wasm_bindgen(js_name = analyzeEdit)]
pub fn analyze_edit(
    start: u32,
    end: u32,
    inserted: &str,
    customer: Option<String>,
    config: Option<String>,
) -> Result<String, JsError> {
    thread_local! {
        static SESSION: RefCell<Session> = RefCell::default();
    }
    let config = parse_config(config)?;
    SESSION.with_borrow_mut(|session| {
        if end >= 1 << 30 {
            session.findings.clear();
        }
        let start = session.index.to_byte(start as usize);
        let end = session.index.to_byte(end as usize).max(start);
        // Typing at the end moves nothing; the index reads only what was typed.
        session.text.replace_range(start..end, inserted);
        session.index.splice(start, end, inserted);
        let report = session
            .checker
            .check(&session.text, customer.as_deref(), &config);
        let index = &session.index;
        // Runs of `[from, count, shift]`, `from` usize::MAX for the findings sent, `shift`
        // wrapping (a move back is a shift past half of usize). A finding kept is moved from
        // the last call's list, not copied again.
        let (mut runs, mut sent) = (Vec::<[usize; 3]>::new(), Vec::new());
        let mut last = std::mem::take(&mut session.findings);
        let mut findings = Vec::with_capacity(report.findings.len());
        let mut next = 0;
        for finding in &report.findings {
            // Findings come in reading order: an edit drops or adds a few where it is.
            let kept = (next..last.len().min(next + 8))
                .find_map(|at| Some((at, moved(&last[at], finding, index)?)));
            let (from, shift) = match kept {
                Some((at, shift)) => {
                    next = at + 1;
                    let mut kept = std::mem::replace(&mut last[at], Finding::taken());
                    kept.start = kept.start.wrapping_add(shift);
                    kept.end = kept.end.wrapping_add(shift);
                    for rewrite in &mut kept.rewrites {
                        rewrite.edit.start = rewrite.edit.start.wrapping_add(shift);
                        rewrite.edit.end = rewrite.edit.end.wrapping_add(shift);
                    }
                    findings.push(kept);
                    (at, shift)
                }
                None => {
                    let mut finding = finding.clone();
                    finding.start = index.to_utf16(finding.start);
                    finding.end = index.to_utf16(finding.end);
                    for rewrite in &mut finding.rewrites {
                        rewrite.edit.start = index.to_utf16(rewrite.edit.start);
                        rewrite.edit.end = index.to_utf16(rewrite.edit.end);
                    }
                    sent.push(finding.clone());
                    findings.push(finding);
                    (usize::MAX, 0)
                }
            };
            match runs.last_mut() {
                Some([at, count, by])
                    if *by == shift
                        && if from == usize::MAX {
                            *at == from
                        } else {
                            *at != usize::MAX && *at + *count == from
                        } =>
                {
                    *count += 1
                }
                _ => runs.push([from, 1, shift]),
            }
        }
        session.findings = findings;
        let mut json = String::from("[[");
        for (i, &[from, count, shift]) in runs.iter().enumerate() {
            if i > 0 {
                json.push(',');
            }
            if from == usize::MAX {
                json.push_str("-1");
            } else {
                let _ = write!(json, "{from}");
            }
            let back = shift > usize::MAX / 2;
            let by = if back { shift.wrapping_neg() } else { shift };
            let _ = write!(json, ",{count},{}{by}", if back { "-" } else { "" });
        }
        json.push_str("],");
        // The offsets are UTF-16 already: output's bytes are left as they are.
        let mut out = Report {
            findings: sent,
            summary: report.summary,
        }
        .output("", Units::Bytes, false);
        // Each check's why is the same in all its findings: web/embed.js adds it back from
        // `whyByCheck`, so a long report crosses to JS at about half the size.
        for finding in &mut out.findings {
            finding.why = None;
        }
        json.push_str(&engine::report::json::report(&out));
        json.push(']');
        Ok(json)
    })
}

/// How far `new` (offsets in bytes of the text `index` is of) is `old` (in UTF-16) moved:
/// equal but for its offsets, which all moved by the same amount.
fn moved(old: &Finding, new: &Finding, index: &Utf16Index) -> Option<usize> {
    let shift = index.to_utf16(new.start).wrapping_sub(old.start);
    let at = |old: usize, new: usize| index.to_utf16(new).wrapping_sub(old) == shift;
    (old.check == new.check
        && old.severity == new.severity
        && at(old.end, new.end)
        && old.message == new.message
        && old.rewrites.len() == new.rewrites.len()
        && old.rewrites.iter().zip(&new.rewrites).all(|(o, n)| {
            at(o.edit.start, n.edit.start)
                && at(o.edit.end, n.edit.end)
                && o.label == n.label
                && o.edit.replacement == n.edit.replacement
        }))
    .then_some(shift)
}

/// Each check's "why it matters" as JSON `[[id, why], ...]`: what [`analyze_edit`] leaves out
/// of each finding. (Pairs, not an object: a map type would add its own code to the wasm.)
#[wasm_bindgen(js_name = whyByCheck)]
pub fn why_by_check() -> String {
    let why: Vec<[&str; 2]> = engine::checks::ALL
        .iter()
        .map(|check| [check.id, check.why()])
        .collect();
    engine::report::json::pairs(&why)
}

/// `text` with a rewrite from [`analyze_edit`] applied (`start`/`end` in UTF-16 code units).
/// Spliced as JS strings, not through UTF-8, so the text outside the range comes back exactly
/// as it went in: even an unpaired surrogate, which has no UTF-8 form (`analyze_edit` reads it as
/// U+FFFD, one code unit too, so its offsets still fit the JS string).
#[wasm_bindgen(js_name = applyRewrite)]
pub fn apply_rewrite(
    text: &JsString,
    start: u32,
    end: u32,
    replacement: &JsString,
) -> Result<JsString, JsError> {
    let len = text.length();
    let unit = |at: u32| text.char_code_at(at) as u32;
    // An offset between the two halves of a surrogate pair would split a character.
    let splits_pair = |at: u32| {
        0 < at
            && at < len
            && (0xD800..0xDC00).contains(&unit(at - 1))
            && (0xDC00..0xE000).contains(&unit(at))
    };
    if start > end || end > len || splits_pair(start) || splits_pair(end) {
        return Err(JsError::new(
            "the rewrite's range does not fit this text: the text changed since it was analyzed",
        ));
    }
    Ok(text
        .slice(0, start)
        .concat(replacement)
        .concat(&text.slice(end, len)))
}

/// The default house style, as JSON.
#[wasm_bindgen(js_name = defaultConfig)]
pub fn default_config() -> String {
    Config::default().to_json()
}

#[wasm_bindgen]
pub fn version() -> String {
    env!("CARGO_PKG_VERSION").to_string()
}

/// The panel's stylesheet: the site's shared one (`main.css`, not the site page's own
/// `site.css` nor the Library's) adapted to a shadow root, plus the panel's own rules,
/// minified by `build.rs`.
#[wasm_bindgen(js_name = panelCss)]
pub fn panel_css() -> String {
    include_str!(concat!(env!("OUT_DIR"), "/panel.css")).to_string()
}

fn parse_config(json: Option<String>) -> Result<Rc<Config>, JsError> {
    match json {
        Some(json) => background::house_style(&json),
        None => Ok(Rc::default()),
    }
}

#[wasm_bindgen]
extern "C" {
    /// The host field's side of a panel, made by `web/embed.js`.
    pub type FieldHost;

    /// Makes an edit through the field's own input path; returns the field's text after it.
    #[wasm_bindgen(method, catch)]
    fn edit(this: &FieldHost, start: u32, end: u32, replacement: &str) -> Result<String, JsValue>;

    /// Focuses the field and selects a range of its text.
    #[wasm_bindgen(method, catch)]
    fn select(this: &FieldHost, start: u32, end: u32) -> Result<(), JsValue>;

    /// Sends what the send gate held back, once, past the gate.
    #[wasm_bindgen(method, catch)]
    fn send(this: &FieldHost) -> Result<(), JsValue>;

    /// Hears the customer's message as the agent edits it in a panel made with
    /// `asks_customer`, so the host can hand it back to a panel that loads again.
    #[wasm_bindgen(method, catch)]
    fn customer(this: &FieldHost, text: &str) -> Result<(), JsValue>;
}

/// One attached panel: its model, its markup in the host's element, and the host field's
/// callbacks.
#[wasm_bindgen]
pub struct Panel {
    inner: Rc<Inner>,
}

/// An event listener on the panel's element: the event's type and the closure JS calls.
type Listener = Closure<dyn Fn(web_sys::Event)>;

struct Inner {
    model: RefCell<PanelModel>,
    host: FieldHost,
    /// The element the panel was rendered into, which hears every click in it.
    root: web_sys::Element,
    /// The header's contents.
    head: Region,
    /// What follows the header, or the customer's field where the panel has one (which is
    /// never drawn again), in the `.panel` section.
    body: Region,
    /// The findings are shown, not hidden (the header's toggle).
    open: Cell<bool>,
    /// What the last render showed: the send gate's question, the focused finding.
    was_holding: Cell<bool>,
    was_active: Cell<Option<usize>>,
    /// The summary's live region, kept across redraws (see `keep_status`).
    status: RefCell<Option<web_sys::Element>>,
    /// The listeners on `root` (clicks, and typing in the customer's field), removed with it.
    listeners: Vec<(&'static str, Listener)>,
    me: Weak<Inner>,
    /// The revision of the last large draft whose check is scheduled.
    scheduled: Cell<Option<u64>>,
}

#[wasm_bindgen]
impl Panel {
    /// Renders a panel into `root` (an element in the panel's shadow root). With
    /// `asks_customer`, it has a field for the customer's message (the extension's panel:
    /// the host page does not say which text is the customer's), whose edits go to the host's
    /// `customer`.
    #[wasm_bindgen(constructor)]
    pub fn new(
        root: web_sys::Element,
        host: FieldHost,
        config: Option<String>,
        asks_customer: Option<bool>,
    ) -> Result<Panel, JsError> {
        let model = PanelModel::new(parse_config(config)?.as_ref().clone());
        let asks_customer = asks_customer.unwrap_or(false);
        root.set_inner_html(&panel::frame(asks_customer));
        let missing = || JsError::new("the panel's markup is not in its element");
        let section = root.first_element_child().ok_or_else(missing)?;
        let head = section.first_element_child().ok_or_else(missing)?;
        let before_body = section.last_element_child().ok_or_else(missing)?;
        let inner = Rc::new_cyclic(|me: &Weak<Inner>| {
            let clicked = me.clone();
            let on_click = Listener::new(move |event: web_sys::Event| {
                let data = event
                    .target()
                    .and_then(|target| target.dyn_into::<web_sys::Element>().ok())
                    .and_then(|target| target.closest("[data-command]").ok().flatten())
                    .and_then(|button| button.get_attribute("data-command"));
                if let (Some(data), Some(inner)) = (data, clicked.upgrade()) {
                    inner.clicked(&data);
                }
            });
            let mut listeners = vec![("click", on_click)];
            if asks_customer {
                let typed = me.clone();
                let on_input = Listener::new(move |event: web_sys::Event| {
                    let field = event
                        .target()
                        .and_then(|target| target.dyn_into::<web_sys::HtmlTextAreaElement>().ok())
                        .filter(|field| field.id() == "customer");
                    if let (Some(field), Some(inner)) = (field, typed.upgrade()) {
                        let text = field.value();
                        inner.model.borrow_mut().set_customer(&text);
                        inner.render();
                        let _ = inner.host.customer(&text);
                    }
                });
                listeners.push(("input", on_input));
            }
            Inner {
                model: RefCell::new(model),
                host,
                root: root.clone(),
                head: Region::new(head, None, None, String::new()),
                body: Region::new(section, Some(before_body), None, String::new()),
                open: Cell::new(true),
                was_holding: Cell::new(false),
                was_active: Cell::new(None),
                status: RefCell::default(),
                listeners,
                me: me.clone(),
                scheduled: Cell::new(None),
            }
        });
        for (kind, listener) in &inner.listeners {
            let _ = root.add_event_listener_with_callback(kind, listener.as_ref().unchecked_ref());
        }
        inner.render();
        Ok(Panel { inner })
    }

    #[wasm_bindgen(js_name = setText)]
    pub fn set_text(&self, text: &str) {
        self.inner.model.borrow_mut().set_text(text);
        self.inner.render();
    }

    #[wasm_bindgen(js_name = setCustomer)]
    pub fn set_customer(&self, text: &str) {
        self.inner.model.borrow_mut().set_customer(text);
        customer_field::show(&self.inner.root, text);
        self.inner.render();
    }

    /// The findings the panel shows, as JSON with UTF-16 offsets.
    pub fn findings(&self) -> String {
        let json = self.inner.model.borrow_mut().findings_json();
        self.inner.render();
        json
    }

    /// The field holds, after the last rewrite, what it held before: the panel offers the
    /// rewrite to copy (for a host that hears the field's text only after an edit).
    pub fn refused(&self) {
        self.inner.model.borrow_mut().refused();
        self.inner.render();
    }

    /// The send gate: true when the reply has errors, and the panel now asks about it.
    #[wasm_bindgen(js_name = holdSend)]
    pub fn hold_send(&self) -> bool {
        let held = self.inner.model.borrow_mut().hold_send();
        self.inner.render();
        held
    }

    /// Empties the panel's element and stops listening to it; the JS side removes it.
    pub fn destroy(self) {
        self.inner.root.set_inner_html("");
    }
}

impl Drop for Inner {
    fn drop(&mut self) {
        for (kind, listener) in &self.listeners {
            let _ = self
                .root
                .remove_event_listener_with_callback(kind, listener.as_ref().unchecked_ref());
        }
    }
}

impl Inner {
    /// A click on a button with a `data-command`.
    fn clicked(&self, data: &str) {
        if data == "toggle" {
            self.open.set(!self.open.get());
            self.render();
        } else if let Some(command) = PanelCommand::parse(data) {
            self.command(command);
        }
    }

    /// Shows the model; a large draft that changed is checked once typing pauses.
    fn render(&self) {
        self.show();
        self.check_after_pause();
    }

    /// Draws again what changed: the header's contents, and the body after it (see
    /// `Region`: the summary's live region is kept too). Then, as the agent
    /// needs: the send gate's question takes the focus, so a keyboard user hears it and can
    /// answer at once; the focused finding scrolls into view.
    fn show(&self) {
        let (head, body, holding, active) = {
            let model = self.model.borrow();
            let open = self.open.get();
            (
                panel::head(&model, open),
                panel::body(&model, open),
                model.holding,
                model.state.active,
            )
        };
        self.head.show(head);
        let section = self.body.parent();
        if self.body.show(body) {
            summary_bar::keep_status(section, &self.status);
        }
        if holding && !self.was_holding.get() {
            let review = section.query_selector(r#"[data-command="review"]"#);
            if let Some(review) = review
                .ok()
                .flatten()
                .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
            {
                let _ = review.focus();
            }
        }
        self.was_holding.set(holding);
        if active != self.was_active.replace(active) {
            findings_list::scroll_to(section, active);
        }
    }

    /// As on the site: each change to a large draft schedules a check.
    fn check_after_pause(&self) {
        let (now, target) = (self.me.clone(), self.me.clone());
        background::check_after_pause(
            &self.model.borrow().state,
            &self.scheduled,
            Box::new(move || Some(now.upgrade()?.model.borrow().state.clone())),
            Box::new(move |action| {
                if let Some(inner) = target.upgrade() {
                    inner.model.borrow_mut().reduce(action);
                    inner.render();
                }
            }),
        );
    }

    // No borrow of the model is held while the host runs: its edits fire input events
    // that come straight back in through `Panel::set_text`.
    fn command(&self, command: PanelCommand) {
        match command {
            PanelCommand::Finding(FindingCommand::Apply(finding, rewrite)) => {
                let edit = self.model.borrow().rewrite(finding, rewrite);
                if let Some(edit) = edit {
                    self.make(edit);
                }
            }
            PanelCommand::Undo => {
                let edit = self.model.borrow().undo();
                if let Some(edit) = edit {
                    self.make(edit);
                }
            }
            PanelCommand::Finding(FindingCommand::Show(index)) => {
                let words = self.model.borrow_mut().focus(index);
                self.select(words);
            }
            PanelCommand::Finding(FindingCommand::Ignore(index)) => {
                self.model.borrow_mut().ignore(index)
            }
            PanelCommand::Finding(FindingCommand::TurnOff(index)) => {
                self.model.borrow_mut().turn_off(index)
            }
            PanelCommand::Review => {
                let words = self.model.borrow_mut().review();
                self.select(words);
            }
            PanelCommand::CopyRewrite => {
                let offer = self.model.borrow().copy_offer().cloned();
                if let Some(offer) = offer {
                    copy_to_clipboard(&offer.replacement);
                    self.select(Some(offer.words));
                }
            }
            PanelCommand::SendAnyway => {
                self.model.borrow_mut().release();
                let _ = self.host.send();
            }
        }
        self.render();
    }

    fn make(&self, edit: FieldEdit) {
        let Ok(text) = self.host.edit(edit.start, edit.end, &edit.replacement) else {
            return;
        };
        self.model.borrow_mut().edited(&edit, &text);
        if *edit.after == *text {
            self.select(edit.select);
        }
    }

    fn select(&self, range: Option<(u32, u32)>) {
        if let Some((start, end)) = range {
            let _ = self.host.select(start, end);
        }
    }
}

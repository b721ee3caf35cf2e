//! Large drafts are checked away from typing: once typing pauses, and in a Web Worker when
//! the page has named one (`web/worker.js` or `web/embed-worker.js`, which run this same wasm), else on the main
//! thread as before there was a worker.
//!
//! The page's entry script (`web/boot.js`, `web/embed.js`, the extension's `panel.js`) calls
//! `useWorker(url)` after loading the wasm. The worker starts with the first large draft,
//! from the page's own compiled module, so nothing is downloaded or compiled twice, and keeps
//! its own [`Checker`]: a re-check after a keystroke costs what the keystroke changed, there
//! as here. If it cannot start (a Content Security Policy that forbids it, a script on another
//! origin, a browser without module workers), fails later, or leaves a check unanswered for
//! [`WORKER_SILENCE`] (a host page that replaced `Worker` with something that never
//! answers), the checks it had, and every later one, run on the main thread.
//!
//! A report crosses in [`to_wire`]'s format with byte offsets: the worker checks exactly the
//! page's text, so no offset changes units on the way, and the page takes a report only for
//! the revision it was asked for (`Action::Checked`).

use super::state::{Action, AppState, RECHECK_PAUSE};
use crate::engine::{checks, Checker, Config, Edit, Finding, Report, Rewrite, Severity, Summary};
use js_sys::{Object, Reflect};
use std::cell::{Cell, RefCell};
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use web_sys::{Event, Worker, WorkerOptions, WorkerType};

/// Once typing pauses, checks what `state` holds if it is stale, unless a check of its
/// revision is already on its way (`scheduled` keeps the last revision scheduled) or `now()`,
/// the state then, says it changed meanwhile; and hands `dispatch` the action that brings the
/// report: `Checked` from the worker, or `Recheck` to check here. (The callbacks are boxed, so
/// the site and the panel share one copy of this.)
pub fn check_after_pause(
    state: &AppState,
    scheduled: &Cell<Option<u64>>,
    now: Box<dyn Fn() -> Option<Rc<AppState>>>,
    dispatch: Box<dyn Fn(Action)>,
) {
    let revision = state.revision;
    if !state.stale || scheduled.replace(Some(revision)) == Some(revision) {
        return;
    }
    let is_current = move || now().is_some_and(|now| now.stale && now.revision == revision);
    let (draft, customer, config) = (
        state.draft.clone(),
        state.customer.clone(),
        state.config.clone(),
    );
    // Started now, the worker boots while typing pauses.
    running_worker();
    after(RECHECK_PAUSE, move || {
        if !is_current() {
            return;
        }
        let Some(worker) = running_worker() else {
            return dispatch(Action::Recheck(revision));
        };
        let reply = move |wire: Option<String>| {
            // A reply for older text is dropped unread.
            if is_current() {
                dispatch(match wire.as_deref().and_then(from_wire) {
                    Some(report) => Action::Checked { revision, report },
                    None => Action::Recheck(revision),
                });
            }
        };
        worker.check(&draft, &customer, &config.to_json(), Box::new(reply));
    });
}

#[wasm_bindgen]
extern "C" {
    #[wasm_bindgen(catch, js_name = setTimeout)]
    fn set_timeout(callback: &JsValue, milliseconds: i32) -> Result<JsValue, JsValue>;

    #[wasm_bindgen(catch, js_name = queueMicrotask)]
    fn queue_microtask(callback: &JsValue) -> Result<(), JsValue>;
}

/// Calls `then` once after `duration`, by the page's `setTimeout`; where that fails, once
/// the current task is done. (A callback, not a future: the embed's wasm then carries no
/// async executor, about 1 KB of gzip.)
pub fn after(duration: std::time::Duration, then: impl FnOnce() + 'static) {
    // Boxed, so that the closure's glue is made for one type only.
    let then: Box<dyn FnOnce()> = Box::new(then);
    let callback = Closure::once_into_js(then);
    if set_timeout(&callback, duration.as_millis() as i32).is_err() {
        let _ = queue_microtask(&callback);
    }
}

/// Resolves after `duration`, by the page's `setTimeout`.
pub async fn sleep(duration: std::time::Duration) {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        let timer = web_sys::window().map(|window| {
            window.set_timeout_with_callback_and_timeout_and_arguments_0(
                &resolve,
                duration.as_millis() as i32,
            )
        });
        if !matches!(timer, Some(Ok(_))) {
            let _ = resolve.call0(&JsValue::UNDEFINED);
        }
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}

/// For the page's entry script: the URL of its worker (`worker.js` for the site,
/// `embed-worker.js` for the embed), which imports the glue beside it.
/// Without it, large drafts are checked on the main thread.
#[wasm_bindgen(js_name = useWorker)]
pub fn use_worker(url: String) {
    WORKER.with_borrow_mut(|slot| {
        if matches!(slot, Slot::Unnamed) {
            *slot = Slot::Named(url);
        }
    });
}

/// For `web/check-worker.js`: checks a draft with the worker's own [`Checker`] and returns the
/// report for [`from_wire`]. `config` is a house style's JSON.
#[wasm_bindgen(js_name = checkInBackground)]
pub fn check_in_background(text: &str, customer: &str, config: &str) -> Result<String, JsError> {
    thread_local! {
        static CHECKER: RefCell<Checker> = RefCell::default();
    }
    let config = house_style(config)?;
    Ok(CHECKER.with_borrow_mut(|checker| to_wire(checker.check(text, Some(customer), &config))))
}

/// A house style from JS, as its JSON. Pages and workers hand over the same settings with
/// every check, so the last one read is kept rather than parsed and validated again.
pub(crate) fn house_style(json: &str) -> Result<Rc<Config>, JsError> {
    thread_local! {
        static LAST: RefCell<Option<(String, Rc<Config>)>> = const { RefCell::new(None) };
    }
    if let Some(config) = LAST.with_borrow(|last| {
        last.as_ref()
            .filter(|(read, _)| read == json)
            .map(|(_, config)| config.clone())
    }) {
        return Ok(config);
    }
    let config = Rc::new(Config::from_json(json).map_err(|e| JsError::new(&e.to_string()))?);
    LAST.set(Some((json.to_string(), config.clone())));
    Ok(config)
}

/// The findings' order in the wire format.
const SEVERITIES: [Severity; 3] = [Severity::Hint, Severity::Warning, Severity::Error];

/// A report as it leaves the worker. Both ends run this same wasm, so the format is its own
/// (serde's derived readers cost more wasm than the rest of the worker): a number ends with
/// `;`, a string is its length in bytes, `;`, then itself. The spans stay byte offsets.
pub fn to_wire(report: &Report) -> String {
    let mut wire = Wire::default();
    wire.number(report.findings.len());
    for finding in &report.findings {
        wire.text(finding.check);
        wire.number(
            SEVERITIES
                .iter()
                .position(|&s| s == finding.severity)
                .unwrap_or(0),
        );
        wire.number(finding.start);
        wire.number(finding.end);
        wire.text(&finding.message);
        wire.number(finding.rewrites.len());
        for rewrite in &finding.rewrites {
            wire.text(&rewrite.label);
            wire.number(rewrite.edit.start);
            wire.number(rewrite.edit.end);
            wire.text(&rewrite.edit.replacement);
        }
    }
    wire.0
}

/// The report [`to_wire`] sent; `None` if it is not one.
pub fn from_wire(wire: &str) -> Option<Report> {
    let mut wire = Reader(wire);
    let mut findings = Vec::new();
    for _ in 0..wire.number()? {
        let check = checks::by_id(wire.text()?)?;
        let severity = *SEVERITIES.get(wire.number()?)?;
        let (start, end) = (wire.number()?, wire.number()?);
        let message = wire.text()?.to_string();
        let mut rewrites = Vec::new();
        for _ in 0..wire.number()? {
            let label = wire.text()?.to_string();
            let (start, end) = (wire.number()?, wire.number()?);
            let replacement = wire.text()?.to_string();
            let edit = Edit {
                start,
                end,
                replacement,
            };
            rewrites.push(Rewrite { label, edit });
        }
        findings.push(Finding {
            check: check.id,
            severity,
            start,
            end,
            message,
            why: check.why(),
            rewrites,
        });
    }
    wire.0.is_empty().then(|| Report {
        summary: Summary::of(&findings),
        findings,
    })
}

#[derive(Default)]
struct Wire(String);

impl Wire {
    fn number(&mut self, n: usize) {
        self.0.push_str(&n.to_string());
        self.0.push(';');
    }

    fn text(&mut self, text: &str) {
        self.number(text.len());
        self.0.push_str(text);
    }
}

struct Reader<'a>(&'a str);

impl<'a> Reader<'a> {
    fn number(&mut self) -> Option<usize> {
        let (number, rest) = self.0.split_once(';')?;
        self.0 = rest;
        number.parse().ok()
    }

    fn text(&mut self) -> Option<&'a str> {
        let len = self.number()?;
        let text = self.0.get(..len)?;
        self.0 = &self.0[len..];
        Some(text)
    }
}

/// How long a check may go unanswered before the worker is given up on. A 1 MB draft takes
/// it about half a second, so only a worker that will never answer waits this long.
const WORKER_SILENCE: std::time::Duration = std::time::Duration::from_secs(5);

/// Called with the report in [`to_wire`]'s format, or `None` when the worker failed and the
/// check must be made here.
type Reply = Box<dyn FnOnce(Option<String>)>;

enum Slot {
    Unnamed,
    Named(String),
    Running(Rc<WorkerClient>),
    Failed,
}

thread_local! {
    /// The page's one worker, shared by the site or by every panel on the page.
    static WORKER: RefCell<Slot> = const { RefCell::new(Slot::Unnamed) };
}

/// The page's worker, started on first use; `None` if it has none or it failed.
fn running_worker() -> Option<Rc<WorkerClient>> {
    WORKER.with_borrow_mut(|slot| {
        if let Slot::Named(url) = slot {
            *slot = WorkerClient::start(url).map_or(Slot::Failed, Slot::Running);
        }
        match slot {
            Slot::Running(client) => Some(client.clone()),
            _ => None,
        }
    })
}

/// Stops using the worker: the checks waiting on it, and every later one, are made here.
fn worker_failed() {
    if let Slot::Running(client) = WORKER.replace(Slot::Failed) {
        client.worker.terminate();
        let waiting = std::mem::take(&mut *client.waiting.borrow_mut());
        for (_, reply) in waiting {
            reply(None);
        }
    }
}

struct WorkerClient {
    worker: Worker,
    next_id: Cell<u32>,
    /// The checks sent and not yet answered, by id.
    waiting: Rc<RefCell<Vec<(u32, Reply)>>>,
}

impl WorkerClient {
    fn start(url: &str) -> Option<Rc<WorkerClient>> {
        let options = WorkerOptions::new();
        options.set_type(WorkerType::Module);
        let worker = Worker::new_with_options(url, &options).ok()?;
        let waiting: Rc<RefCell<Vec<(u32, Reply)>>> = Rc::default();
        // One listener for both: a message with a report answers a check; anything else (the
        // worker's error event, or its message that it could not check) ends the worker. (It
        // takes the event by value, as the panel's listeners do: one closure type for all.)
        let on_event = Closure::wrap(Box::new({
            let waiting = waiting.clone();
            move |event: Event| {
                let get = |target: &JsValue, key: &str| Reflect::get(target, &key.into()).ok();
                let data = get(&event, "data").unwrap_or_default();
                let report = get(&data, "report").and_then(|report| report.as_string());
                let id = get(&data, "id").and_then(|id| id.as_f64());
                let (Some(report), Some(id)) = (report, id) else {
                    return worker_failed();
                };
                let mut waiting_now = waiting.borrow_mut();
                let Some(at) = waiting_now.iter().position(|&(sent, _)| sent as f64 == id) else {
                    return;
                };
                let (_, reply) = waiting_now.remove(at);
                drop(waiting_now);
                reply(Some(report));
            }
        }) as Box<dyn Fn(Event)>);
        worker.set_onmessage(Some(on_event.as_ref().unchecked_ref()));
        worker.set_onerror(Some(on_event.as_ref().unchecked_ref()));
        // It lives as long as the page, as the worker does.
        on_event.forget();
        let module = Object::new();
        let sent = Reflect::set(&module, &"module".into(), &wasm_bindgen::module())
            .and_then(|_| worker.post_message(&module));
        if sent.is_err() {
            worker.terminate();
            return None;
        }
        Some(Rc::new(WorkerClient {
            worker,
            next_id: Cell::new(0),
            waiting,
        }))
    }

    fn check(&self, draft: &str, customer: &str, config: &str, reply: Reply) {
        let id = self.next_id.get();
        self.next_id.set(id.wrapping_add(1));
        let message = Object::new();
        for (key, value) in [
            ("id", JsValue::from(id)),
            ("text", draft.into()),
            ("customer", customer.into()),
            ("config", config.into()),
        ] {
            let _ = Reflect::set(&message, &key.into(), &value);
        }
        self.waiting.borrow_mut().push((id, reply));
        if self.worker.post_message(&message).is_err() {
            return worker_failed();
        }
        let waiting = Rc::downgrade(&self.waiting);
        after(WORKER_SILENCE, move || {
            // Answered checks leave `waiting`; a failed worker's are all taken from it.
            let unanswered = waiting
                .upgrade()
                .is_some_and(|waiting| waiting.borrow().iter().any(|&(sent, _)| sent == id));
            if unanswered {
                worker_failed();
            }
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::config::CustomPhrase;

    #[test]
    fn a_report_arrives_from_the_worker_as_it_left() {
        let text = "Hi [NAME] 🙏🏽, we'll get back to you soon. Per our policy, no.\nSorry for any inconvenience.";
        let mut config = Config::default();
        config.custom_phrases.push(CustomPhrase {
            phrase: "per our policy".into(),
            check: "blame".into(),
            message: "3;Say why: 12;".into(),
            replacement: Some("4;Because [reason];".into()),
        });
        let report = crate::engine::check(text, Some("Where is it?!"), &config);
        assert!(report.findings.len() >= 4, "{:?}", report.findings);
        assert!(report
            .findings
            .iter()
            .any(|f| f.message == "3;Say why: 12;"));
        assert_eq!(from_wire(&to_wire(&report)), Some(report));
    }

    #[test]
    fn what_is_not_a_report_is_none() {
        let report = crate::engine::check("Hi [NAME].", None, &Config::default());
        let wire = to_wire(&report);
        assert!(from_wire(&wire).is_some());
        for broken in [
            "",
            &wire[..wire.len() - 1],
            &format!("{wire}1;"),
            &wire.replace("unfilled-placeholder", "no-such-check-here!!"),
        ] {
            assert_eq!(from_wire(broken), None, "{broken}");
        }
    }
}

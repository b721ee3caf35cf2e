use super::background;
use super::button;
use super::customer_field::{self, customer_field};
use super::draft_field::{use_draft_field, DraftFieldProps, Highlight};
use super::examples::EXAMPLES;
use super::findings_list::{self, findings_list, FindingCommand};
use super::help_popover::help_popover;
use super::markup;
use super::settings_dialog::{use_settings_dialog, SettingsDialogProps};
use super::state::{Action, AppState, LARGE_DRAFT};
use super::storage;
use super::summary_bar::{copy_button, copy_to_clipboard, keep_status, summary_bar};
use crate::engine::text::Utf16Index;
use crate::engine::Level;
use std::cell::Cell;
use std::rc::Rc;
use yew::prelude::*;

/// The standalone site: the draft on the left, what tactful found on the right.
#[function_component(App)]
pub fn app() -> Html {
    let state = use_reducer(|| {
        let saved = storage::load();
        let mut state = AppState::new(&saved.draft, &saved.customer, saved.config);
        state.settings_error = saved.config_error;
        state
    });
    let settings_open = use_state(|| false);
    let help_open = use_state(|| false);
    let confirm_clear = use_state(|| false);

    let dispatch = |make: fn(String) -> Action| {
        let state = state.clone();
        Callback::from(move |text: String| state.dispatch(make(text)))
    };
    let highlights = use_memo(state.report.clone(), |report| {
        report
            .findings
            .iter()
            .enumerate()
            .map(|(finding, f)| Highlight {
                start: f.start,
                end: f.end,
                severity: f.severity,
                finding,
            })
            .collect::<Vec<_>>()
    });
    // Marking words lays out a second copy of the draft behind the field: above LARGE_DRAFT
    // that takes longer than a keystroke may (a megabyte: most of a second in Chromium), so a
    // large draft's findings are listed, and selected in the field when shown, but not marked.
    // (Only a large draft is ever stale.)
    let marked = state.draft.len() <= LARGE_DRAFT;
    let utf16 = use_memo(state.draft.clone(), |draft| Rc::new(Utf16Index::new(draft)));
    let select = state
        .select
        .map(|(start, end)| (utf16.to_utf16(start) as u32, utf16.to_utf16(end) as u32));

    let on_selected = {
        let state = state.clone();
        Callback::from(move |()| state.dispatch(Action::Selected))
    };
    let on_caret = {
        let state = state.clone();
        let utf16 = utf16.clone();
        Callback::from(move |caret: u32| {
            let byte = utf16.to_byte(caret as usize);
            let hit = state
                .report
                .findings
                .iter()
                .position(|f| f.start <= byte && byte <= f.end && f.start < f.end);
            if hit.is_some() || state.active.is_some() {
                state.dispatch(Action::Focus(hit));
            }
        })
    };
    let on_settings_save = {
        let state = state.clone();
        let settings_open = settings_open.clone();
        Callback::from(move |config| {
            state.dispatch(Action::SetConfig(config));
            settings_open.set(false);
        })
    };
    let on_settings_close = {
        let state = state.clone();
        let settings_open = settings_open.clone();
        Callback::from(move |()| {
            state.dispatch(Action::DismissSettingsError);
            settings_open.set(false);
        })
    };
    let on_import = dispatch(Action::ImportSettings);
    // Their effects run before the page's own, as they did when these were child
    // components (yew runs a child's effects first, the later-created child's first).
    let settings_dialog = use_settings_dialog(SettingsDialogProps {
        open: *settings_open,
        config: state.config.clone(),
        error: state.settings_error.clone(),
        on_save: on_settings_save,
        on_import,
        on_close: on_settings_close,
    });
    let draft_field = use_draft_field(DraftFieldProps {
        value: state.draft.clone(),
        highlights: if marked { highlights } else { Rc::default() },
        active: state.active,
        select,
        on_edit: dispatch(Action::EditDraft),
        on_selected,
        on_caret,
    });

    {
        // A large draft is checked once typing pauses: each change schedules a check of
        // itself, which the next change cancels.
        let state = state.clone();
        use_effect_with((state.revision, state.stale), move |&(_, stale)| {
            let cancelled = Rc::new(Cell::new(false));
            if stale {
                let dispatcher = state.dispatcher();
                let cancelled = cancelled.clone();
                background::check_after_pause(
                    &state,
                    Box::new(move || !cancelled.get()),
                    Box::new(move |action| dispatcher.dispatch(action)),
                );
            }
            move || cancelled.set(true)
        });
    }
    // Save as the agent types, so a reload or a crash loses nothing; each value only when
    // it changed (the house style is serialised on a settings change, not per keystroke).
    // "Copied" holds until the draft changes (`_eq`: resetting it when it is already
    // false must not render the page again on every keystroke).
    let copied = use_state_eq(|| false);
    {
        let copied = copied.clone();
        use_effect_with(state.draft.clone(), move |draft| {
            storage::save_draft(draft);
            copied.set(false);
        });
    }
    use_effect_with(state.customer.clone(), |customer| {
        storage::save_customer(customer)
    });
    use_effect_with(state.config.clone(), |config| storage::save_config(config));

    // The review column is markup shared with the embed's panel (`findings_list`,
    // `summary_bar`): one listener hears its buttons' `data-command`s.
    // Which "Why it matters" the agent opened, to open again when the list is drawn anew.
    let open_whys = use_mut_ref(Vec::<String>::new);
    // The `data-command` of the focused button clicked, to focus its like once drawn anew.
    let refocus = use_mut_ref(|| None::<String>);
    let on_review_click = {
        let state = state.clone();
        let copied = copied.clone();
        let open_whys = open_whys.clone();
        let refocus = refocus.clone();
        Callback::from(move |e: MouseEvent| {
            let why = e
                .target_dyn_into::<web_sys::Element>()
                .and_then(|target| target.closest(".finding > .why > summary").ok().flatten())
                .and_then(|summary| summary.parent_element());
            if let Some(why) = why {
                // The browser toggles it after this click.
                if let Some(item) = why.parent_element() {
                    let key = findings_list::why_of(&item);
                    let mut open = open_whys.borrow_mut();
                    open.retain(|open| *open != key);
                    if !why.has_attribute("open") {
                        open.push(key);
                    }
                }
                return;
            }
            let Some((data, focused)) = command_of(&e) else {
                return;
            };
            if focused {
                *refocus.borrow_mut() = Some(data.clone());
            }
            if data == "copy-reply" {
                copy_to_clipboard(&state.draft);
                copied.set(true);
                return;
            }
            let Some(command) = FindingCommand::parse(&data) else {
                return;
            };
            let action = match command {
                FindingCommand::Show(i) => Action::Show(i),
                FindingCommand::Apply(finding, rewrite) => Action::Apply { finding, rewrite },
                FindingCommand::Ignore(i) => Action::Ignore(i),
                FindingCommand::TurnOff(i) => match state.report.findings.get(i) {
                    Some(f) => Action::SetLevel {
                        check: f.check.to_string(),
                        level: Level::Off,
                    },
                    None => return,
                },
            };
            state.dispatch(action);
        })
    };
    let review_markup = summary_bar(
        state.report.summary,
        state.stale,
        &copy_button(state.draft.trim().is_empty(), *copied),
    ) + &if state.stale {
        r#"<p class="no-findings">Checking the draft…</p>"#.to_string()
    } else {
        findings_list(&state.report, &state.draft, state.active)
    };
    let review = use_node_ref();
    let status = use_mut_ref(|| None);
    {
        let review = review.clone();
        use_effect_with(review_markup.clone(), move |_| {
            let Some(review) = review.cast::<web_sys::Element>() else {
                return;
            };
            keep_status(&review, &status);
            if let Some(data) = refocus.borrow_mut().take() {
                markup::refocus(&review, &data);
            }
            open_whys.borrow_mut().retain(|why| {
                let found = review.query_selector(why).ok().flatten();
                if let Some(why) = &found {
                    let _ = why.set_attribute("open", "");
                }
                found.is_some()
            });
        });
    }
    {
        // Keep the focused finding in view as the agent steps through them.
        let review = review.clone();
        use_effect_with(state.active, move |active| {
            let item = active.and_then(|i| {
                review
                    .cast::<web_sys::Element>()?
                    .query_selector(&format!(".findings li[data-index=\"{i}\"]"))
                    .ok()
                    .flatten()
            });
            if let Some(item) = item {
                item.scroll_into_view_with_bool(false);
            }
        });
    }
    // The customer's field is markup shared with the panel, drawn once: a message that comes
    // from elsewhere (an example, a saved one, Clear) is put in it here, and typing in it is
    // heard by the section around it.
    let compose = use_node_ref();
    {
        let compose = compose.clone();
        use_effect_with(state.customer.clone(), move |customer| {
            if let Some(compose) = compose.cast::<web_sys::Element>() {
                customer_field::show(&compose, customer);
            }
        });
    }
    let on_customer_input = {
        let state = state.clone();
        Callback::from(move |e: InputEvent| {
            let field = e
                .target_dyn_into::<web_sys::HtmlTextAreaElement>()
                .filter(|field| field.id() == "customer");
            if let Some(field) = field {
                state.dispatch(Action::EditCustomer(field.value()));
            }
        })
    };
    let on_keydown = {
        let state = state.clone();
        let help_open = help_open.clone();
        Callback::from(move |e: KeyboardEvent| {
            let action = match (e.key().as_str(), e.alt_key(), e.ctrl_key() || e.meta_key()) {
                ("ArrowDown", true, false) => Some(Action::Step(1)),
                ("ArrowUp", true, false) => Some(Action::Step(-1)),
                ("Enter", true, false) => first_rewrite_target(&state),
                ("z" | "Z", false, true) if state.after_rewrite && !e.shift_key() => {
                    Some(Action::Undo)
                }
                ("Escape", _, _) if *help_open => {
                    help_open.set(false);
                    None
                }
                _ => return,
            };
            e.prevent_default();
            if let Some(action) = action {
                state.dispatch(action);
            }
        })
    };
    let on_undo = {
        let state = state.clone();
        Callback::from(move |_| state.dispatch(Action::Undo))
    };
    let on_clear_ask = {
        let confirm_clear = confirm_clear.clone();
        Callback::from(move |_| confirm_clear.set(true))
    };
    let on_clear_keep = {
        let confirm_clear = confirm_clear.clone();
        Callback::from(move |_| confirm_clear.set(false))
    };
    let on_clear_discard = {
        let state = state.clone();
        let confirm_clear = confirm_clear.clone();
        Callback::from(move |_| {
            state.dispatch(Action::Load {
                draft: String::new(),
                customer: String::new(),
            });
            confirm_clear.set(false);
        })
    };
    let example_buttons = EXAMPLES.iter().map(|example| {
        let state = state.clone();
        let onclick = Callback::from(move |_| {
            state.dispatch(Action::Load {
                draft: example.draft.to_string(),
                customer: example.customer.to_string(),
            })
        });
        button(example.title, "", false, onclick)
    });
    let toggle = |flag: &UseStateHandle<bool>| {
        let flag = flag.clone();
        Callback::from(move |_| flag.set(!*flag))
    };
    let open_settings = {
        let settings_open = settings_open.clone();
        Callback::from(move |_: MouseEvent| settings_open.set(true))
    };
    let dismiss_notice = {
        let state = state.clone();
        Callback::from(move |_| state.dispatch(Action::DismissSettingsError))
    };

    html! {
        <div class="page" onkeydown={on_keydown}>
            <header class="masthead">
                <div class="brand">
                    <h1>{ "tactful" }</h1>
                    <p class="tagline">{ "Checks your reply before the customer reads it. Nothing leaves this page." }</p>
                </div>
                <nav class="toolbar" aria-label="Tools">
                    <a class="nav-link" href="library.html">{ "Macro library" }</a>
                    { button("Settings", "", false, open_settings) }
                    { help_popover(*help_open, &toggle(&help_open)) }
                </nav>
            </header>
            if let (Some(notice), false) = (&state.settings_error, *settings_open) {
                <p class="notice" role="alert">
                    { notice }
                    { button("Dismiss", "quiet", false, dismiss_notice) }
                </p>
            }
            <main class="workspace">
                <section class="compose" aria-label="Compose" ref={compose} oninput={on_customer_input}>
                    <div class="examples">
                        <span>{ "Try an example:" }</span>
                        { for example_buttons }
                    </div>
                    { Html::from_html_unchecked(customer_field().into()) }
                    { draft_field }
                    <div class="compose-actions">
                        { button("Undo", "", state.undo.is_empty(), on_undo) }
                        if *confirm_clear {
                            <span class="confirm" role="group" aria-label="Discard this draft?">
                                { "Discard this draft?" }
                                { button("Discard", "danger", false, on_clear_discard) }
                                { button("Keep", "", false, on_clear_keep) }
                            </span>
                        } else {
                            { button("Clear", "", state.draft.is_empty() && state.customer.is_empty(), on_clear_ask) }
                        }
                    </div>
                </section>
                <section class="review" aria-label="Review" ref={review} onclick={on_review_click}>
                    { Html::from_html_unchecked(review_markup.into()) }
                </section>
            </main>
            <footer class="footer">
                { "tactful runs entirely in this browser: your draft and the customer's words are never sent anywhere." }
            </footer>
            { settings_dialog }
        </div>
    }
}

/// The `data-command` of the button a click was on, if any, and whether it has the focus.
fn command_of(e: &MouseEvent) -> Option<(String, bool)> {
    let button = e
        .target_dyn_into::<web_sys::Element>()?
        .closest("[data-command]")
        .ok()??;
    let data = button.get_attribute("data-command")?;
    let focused = markup::focused_command(&button).as_ref() == Some(&data);
    Some((data, focused))
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

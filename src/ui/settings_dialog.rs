use crate::engine::checks::ALL;
use crate::engine::config::{CheckLevels, CustomPhrase};
use crate::engine::{ApologyPolicy, Config, Level};
use std::rc::Rc;
use yew::prelude::*;

pub struct SettingsDialogProps {
    pub open: bool,
    pub config: Rc<Config>,
    /// The last import's error, if it failed.
    pub error: Option<String>,
    pub on_save: Callback<Config>,
    /// The text of a house-style file the agent picked.
    pub on_import: Callback<String>,
    pub on_close: Callback<()>,
}

/// The form's fields as the agent edits them; turned into a `Config` on save.
#[derive(Debug, Clone, PartialEq)]
struct Form {
    /// Each check's level, in the catalog's order (`ALL`).
    levels: Vec<Level>,
    apology: ApologyPolicy,
    promise_phrases: String,
    custom_phrases: String,
    ignored_phrases: String,
}

impl Form {
    fn of(config: &Config) -> Self {
        Form {
            levels: ALL
                .iter()
                .map(|c| config.level(c.id, c.default_severity))
                .collect(),
            apology: config.apology,
            promise_phrases: config.promise_phrases.join("\n"),
            custom_phrases: config
                .custom_phrases
                .iter()
                .map(|c| {
                    let mut line = format!("{} | {} | {}", c.phrase, c.check, c.message);
                    if let Some(r) = &c.replacement {
                        line.push_str(&format!(" | {r}"));
                    }
                    line
                })
                .collect::<Vec<_>>()
                .join("\n"),
            ignored_phrases: config.ignored_phrases.join("\n"),
        }
    }

    /// The house style the form describes, validated like an imported file.
    fn to_config(&self) -> Result<Config, String> {
        let lines = |text: &str| -> Vec<String> {
            text.lines()
                .map(str::trim)
                .filter(|l| !l.is_empty())
                .map(String::from)
                .collect()
        };
        let mut custom_phrases = Vec::new();
        for (n, line) in lines(&self.custom_phrases).iter().enumerate() {
            let parts = fields(line);
            let [phrase, check, message, rest @ ..] = parts.as_slice() else {
                return Err(format!(
                    "Custom phrase line {} needs at least: phrase | check | message \
                     (with spaces around each | between them)",
                    n + 1
                ));
            };
            custom_phrases.push(CustomPhrase {
                phrase: phrase.to_string(),
                check: check.to_string(),
                message: message.to_string(),
                replacement: rest.first().map(|r| r.to_string()),
            });
        }
        let checks: CheckLevels = ALL
            .iter()
            .zip(&self.levels)
            .filter(|(check, &level)| level != check.default_severity.into())
            .map(|(check, &level)| (check.id.to_string(), level))
            .collect();
        let config = Config {
            checks,
            apology: self.apology,
            promise_phrases: lines(&self.promise_phrases),
            custom_phrases,
            ignored_phrases: lines(&self.ignored_phrases),
        };
        // The same validation as an imported file, so both say the same about a mistake.
        Config::from_json(&config.to_json()).map_err(|e| e.to_string())
    }
}

/// The fields of a custom-phrase line, "phrase | check | message | replacement": split at
/// a `|` with a space on each side, because a `|` between two words ("no worries|problem")
/// is the phrase's own "one of these words".
fn fields(line: &str) -> Vec<&str> {
    let mut fields = Vec::new();
    let mut start = 0;
    for (at, _) in line.match_indices('|') {
        let spaced_before = line[..at].ends_with(char::is_whitespace);
        let spaced_after = line[at + 1..].starts_with(char::is_whitespace);
        if spaced_before && spaced_after {
            fields.push(line[start..at].trim());
            start = at + 1;
        }
    }
    fields.push(line[start..].trim());
    fields
}

const LEVELS: [(Level, &str); 4] = [
    (Level::Off, "Off"),
    (Level::Hint, "Hint"),
    (Level::Warning, "Warning"),
    (Level::Error, "Error"),
];

const POLICIES: [(ApologyPolicy, &str); 3] = [
    (
        ApologyPolicy::Once,
        "Once: flag repeated, generic and conditional apologies",
    ),
    (
        ApologyPolicy::Require,
        "Require: an upset customer gets one sincere apology",
    ),
    (
        ApologyPolicy::Avoid,
        "Avoid: prefer an action statement to an apology",
    ),
];

/// The house style: every check's level, the apology policy, the team's phrases, and
/// import/export as a JSON file.
///
/// A hook of the page's, not a component, as the draft field is (see `use_draft_field`).
#[hook]
pub fn use_settings_dialog(props: SettingsDialogProps) -> Html {
    let dialog = use_node_ref();
    let form = use_state(|| Form::of(&props.config));
    let form_error = use_state(|| None::<String>);
    {
        // A fresh form whenever the dialog opens or the house style changes under it.
        let form = form.clone();
        let form_error = form_error.clone();
        use_effect_with((props.open, props.config.clone()), move |(_, config)| {
            form.set(Form::of(config));
            form_error.set(None);
        });
    }
    {
        let dialog = dialog.clone();
        use_effect_with(props.open, move |open| {
            if let Some(d) = dialog.cast::<web_sys::HtmlDialogElement>() {
                if *open && !d.open() {
                    let _ = d.show_modal();
                } else if !*open && d.open() {
                    d.close();
                }
            }
        });
    }

    let update = |apply: fn(&mut Form, String)| {
        let form = form.clone();
        move |value: String| {
            let mut next = (*form).clone();
            apply(&mut next, value);
            form.set(next);
        }
    };
    let on_text = |apply: fn(&mut Form, String)| {
        let update = update(apply);
        Callback::from(move |e: InputEvent| {
            let el: web_sys::HtmlTextAreaElement = e.target_unchecked_into();
            update(el.value());
        })
    };
    let level_rows = ALL.iter().enumerate().map(|(n, check)| {
        let id = check.id;
        let current = form.levels[n];
        let form = form.clone();
        let on_change = Callback::from(move |e: Event| {
            let el: web_sys::HtmlSelectElement = e.target_unchecked_into();
            if let Some((level, _)) = LEVELS.iter().find(|(_, name)| *name == el.value()) {
                let mut next = (*form).clone();
                next.levels[n] = *level;
                form.set(next);
            }
        });
        let select_id = format!("level-{id}");
        html! {
            <div class="level-row">
                <label for={select_id.clone()} title={check.docs().what}>{ check.title() }</label>
                <select id={select_id} onchange={on_change}>
                    { for LEVELS.iter().map(|(level, name)| html! {
                        <option value={*name} selected={*level == current}>{ *name }</option>
                    }) }
                </select>
            </div>
        }
    });
    let on_policy = {
        let form = form.clone();
        Callback::from(move |e: Event| {
            let el: web_sys::HtmlSelectElement = e.target_unchecked_into();
            if let Some((policy, _)) = POLICIES.get(el.selected_index().max(0) as usize) {
                let mut next = (*form).clone();
                next.apology = *policy;
                form.set(next);
            }
        })
    };
    let on_save = {
        let form = form.clone();
        let form_error = form_error.clone();
        let on_save = props.on_save.clone();
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            match form.to_config() {
                Ok(config) => on_save.emit(config),
                Err(error) => form_error.set(Some(format!("{error}. Nothing was saved."))),
            }
        })
    };
    let on_close = {
        let on_close = props.on_close.clone();
        Callback::from(move |_: Event| on_close.emit(()))
    };
    let on_cancel_click = {
        let on_close = props.on_close.clone();
        Callback::from(move |_: MouseEvent| on_close.emit(()))
    };
    let on_file = {
        let on_import = props.on_import.clone();
        Callback::from(move |e: Event| {
            let input: web_sys::HtmlInputElement = e.target_unchecked_into();
            read_file(&input, on_import.clone());
            input.set_value("");
        })
    };
    let on_export = {
        let config = props.config.clone();
        Callback::from(move |_: MouseEvent| download("tactful-house-style.json", &config.to_json()))
    };
    let error = (*form_error).clone().or_else(|| props.error.clone());

    html! {
        <dialog ref={dialog} class="settings" aria-labelledby="settings-title" onclose={on_close}>
            <form method="dialog" onsubmit={on_save}>
                <h2 id="settings-title">{ "Settings" }</h2>
                if let Some(error) = error {
                    <p class="settings-error" role="alert">{ error }</p>
                }
                <fieldset>
                    <legend>{ "Checks" }</legend>
                    <div class="levels">{ for level_rows }</div>
                </fieldset>
                <label for="apology-policy">{ "Apology policy" }</label>
                <select id="apology-policy" onchange={on_policy}>
                    { for POLICIES.iter().map(|(policy, name)| html! {
                        <option selected={*policy == form.apology}>{ *name }</option>
                    }) }
                </select>
                { phrase_field(
                    "promise-phrases",
                    "Team promise phrases (one a line, e.g. \"within one business day\")",
                    "3",
                    &form.promise_phrases,
                    on_text(|f, v| f.promise_phrases = v),
                ) }
                { phrase_field(
                    "custom-phrases",
                    "Custom phrases (one a line: phrase | check | message | optional replacement)",
                    "3",
                    &form.custom_phrases,
                    on_text(|f, v| f.custom_phrases = v),
                ) }
                { phrase_field(
                    "ignored-phrases",
                    "Ignored phrases (one a line: findings containing them are hidden)",
                    "2",
                    &form.ignored_phrases,
                    on_text(|f, v| f.ignored_phrases = v),
                ) }
                <div class="settings-file">
                    <label class="file-button">
                        { "Import house style…" }
                        <input type="file" accept=".json,application/json" onchange={on_file} />
                    </label>
                    <button type="button" onclick={on_export}>{ "Export house style" }</button>
                </div>
                <div class="dialog-actions">
                    <button type="button" onclick={on_cancel_click}>{ "Cancel" }</button>
                    <button type="submit" class="primary">{ "Save settings" }</button>
                </div>
            </form>
        </dialog>
    }
}

/// A labelled text area for a list of phrases, one a line.
fn phrase_field(
    id: &'static str,
    label: &'static str,
    rows: &'static str,
    value: &str,
    on_input: Callback<InputEvent>,
) -> Html {
    html! {
        <>
            <label for={id}>{ label }</label>
            <textarea {id} {rows} value={value.to_string()} oninput={on_input} />
        </>
    }
}

/// Reads the picked file's text and hands it on.
fn read_file(input: &web_sys::HtmlInputElement, on_text: Callback<String>) {
    #[cfg(target_arch = "wasm32")]
    if let Some(file) = input.files().and_then(|files| files.get(0)) {
        wasm_bindgen_futures::spawn_local(async move {
            let text = wasm_bindgen_futures::JsFuture::from(file.text()).await;
            // An unreadable file arrives as text that is not JSON, so it is refused with
            // the same clear error as any other bad file.
            on_text.emit(text.ok().and_then(|t| t.as_string()).unwrap_or_default());
        });
    }
    #[cfg(not(target_arch = "wasm32"))]
    let _ = (input, on_text);
}

/// Offers `text` as a file download, without any network request.
fn download(name: &str, text: &str) {
    #[cfg(target_arch = "wasm32")]
    {
        use wasm_bindgen::JsCast;
        let parts = js_sys::Array::of1(&wasm_bindgen::JsValue::from_str(text));
        let options = web_sys::BlobPropertyBag::new();
        options.set_type("application/json");
        let Ok(blob) = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options) else {
            return;
        };
        let Ok(url) = web_sys::Url::create_object_url_with_blob(&blob) else {
            return;
        };
        let link = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.create_element("a").ok())
            .and_then(|a| a.dyn_into::<web_sys::HtmlAnchorElement>().ok());
        if let Some(link) = link {
            link.set_href(&url);
            link.set_download(name);
            link.click();
        }
        let _ = web_sys::Url::revoke_object_url(&url);
    }
    #[cfg(not(target_arch = "wasm32"))]
    let _ = (name, text);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_phrase_with_alternatives_survives_the_form() {
        let config = Config::from_json(
            r#"{"custom_phrases": [{"phrase": "no worries|problem", "check": "blame",
                "message": "Sounds dismissive.", "replacement": "Happy to help"}]}"#,
        )
        .unwrap();
        assert_eq!(Form::of(&config).to_config(), Ok(config));
    }

    #[test]
    fn fields_split_only_at_spaced_bars() {
        assert_eq!(
            fields("no worries|problem | blame | Sounds off | Happy to help"),
            ["no worries|problem", "blame", "Sounds off", "Happy to help"]
        );
        assert_eq!(
            fields("no worries|blame|message"),
            ["no worries|blame|message"]
        );
    }
}

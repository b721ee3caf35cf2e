//! The house style: every check's level, the apology policy, the team's phrases, and
//! import/export as a JSON file, in the page's `<dialog class="settings">`. The form is drawn
//! from the house style when it opens (or the house style changes under it); the agent's
//! edits stay in its fields until it is saved ([`Form::read`]).

use super::markup::{button, escape};
use crate::engine::checks::ALL;
use crate::engine::config::{CheckLevels, CustomPhrase};
use crate::engine::{ApologyPolicy, Config, Level};
use wasm_bindgen::JsCast;

/// The form's fields; turned into a `Config` on save.
#[derive(Debug, Clone, PartialEq)]
pub struct Form {
    /// Each check's level, in the catalog's order (`ALL`).
    levels: Vec<Level>,
    apology: ApologyPolicy,
    promise_phrases: String,
    custom_phrases: String,
    ignored_phrases: String,
}

impl Form {
    pub fn of(config: &Config) -> Self {
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

    /// The fields as the agent left them in the form `form`.
    pub fn read(form: &web_sys::Element) -> Self {
        let field = |id: &str| form.query_selector(&format!("#{id}")).ok().flatten();
        let select = |id: &str| field(id)?.dyn_into::<web_sys::HtmlSelectElement>().ok();
        let text = |id: &str| {
            field(id)
                .and_then(|e| e.dyn_into::<web_sys::HtmlTextAreaElement>().ok())
                .map(|e| e.value())
                .unwrap_or_default()
        };
        Form {
            levels: ALL
                .iter()
                .map(|check| {
                    let chosen = select(&format!("level-{}", check.id)).map(|s| s.value());
                    LEVELS
                        .iter()
                        .find(|(_, name)| Some(*name) == chosen.as_deref())
                        .map_or(check.default_severity.into(), |(level, _)| *level)
                })
                .collect(),
            apology: select("apology-policy")
                .and_then(|s| POLICIES.get(s.selected_index().max(0) as usize))
                .map_or(ApologyPolicy::default(), |(policy, _)| *policy),
            promise_phrases: text("promise-phrases"),
            custom_phrases: text("custom-phrases"),
            ignored_phrases: text("ignored-phrases"),
        }
    }

    /// The house style the form describes, validated like an imported file.
    pub fn to_config(&self) -> Result<Config, String> {
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

/// The contents of the dialog's `<form method="dialog">`: `form`'s fields, and `error`.
pub fn settings_form(form: &Form, error: Option<&str>) -> String {
    let mut out = r#"<h2 id="settings-title">Settings</h2>"#.to_string();
    out += &error.map(settings_error).unwrap_or_default();
    out += r#"<fieldset><legend>Checks</legend><div class="levels">"#;
    for (check, &current) in ALL.iter().zip(&form.levels) {
        out += &format!(
            r#"<div class="level-row"><label for="level-{id}" title="{what}">{title}</label><select id="level-{id}">"#,
            id = check.id,
            what = escape(&check.docs().what),
            title = escape(&check.title()),
        );
        for (level, name) in LEVELS {
            let selected = if level == current { " selected" } else { "" };
            out += &format!(r#"<option value="{name}"{selected}>{name}</option>"#);
        }
        out += "</select></div>";
    }
    out += r#"</div></fieldset><label for="apology-policy">Apology policy</label><select id="apology-policy">"#;
    for (policy, name) in POLICIES {
        let selected = if policy == form.apology {
            " selected"
        } else {
            ""
        };
        out += &format!("<option{selected}>{name}</option>");
    }
    out += "</select>";
    out += &phrase_field(
        "promise-phrases",
        "Team promise phrases (one a line, e.g. \"within one business day\")",
        3,
        &form.promise_phrases,
    );
    out += &phrase_field(
        "custom-phrases",
        "Custom phrases (one a line: phrase | check | message | optional replacement)",
        3,
        &form.custom_phrases,
    );
    out += &phrase_field(
        "ignored-phrases",
        "Ignored phrases (one a line: findings containing them are hidden)",
        2,
        &form.ignored_phrases,
    );
    out += concat!(
        r#"<div class="settings-file"><label class="file-button">Import house style…"#,
        r#"<input type="file" accept=".json,application/json"></label>"#,
    );
    out += &button("Export house style", "export-settings", "", false);
    out += r#"</div><div class="dialog-actions">"#;
    out += &button("Cancel", "cancel-settings", "", false);
    out += r#"<button type="submit" class="primary">Save settings</button></div>"#;
    out
}

/// Why the house style was not saved or imported, under the dialog's title.
pub fn settings_error(error: &str) -> String {
    format!(
        r#"<p class="settings-error" role="alert">{}</p>"#,
        escape(error)
    )
}

/// Shows `error` (or none) in the open form `form`, leaving its fields as the agent left them.
pub fn show_settings_error(form: &web_sys::Element, error: Option<&str>) {
    if let Ok(Some(shown)) = form.query_selector(".settings-error") {
        shown.remove();
    }
    if let (Some(error), Ok(Some(title))) = (error, form.query_selector("#settings-title")) {
        let _ = title.insert_adjacent_html("afterend", &settings_error(error));
    }
}

/// A labelled text area for a list of phrases, one a line.
fn phrase_field(id: &str, label: &str, rows: u8, value: &str) -> String {
    // A newline right after `<textarea>` is not part of its value: the value's own first
    // line, even an empty one, stays.
    format!(
        "<label for=\"{id}\">{}</label><textarea id=\"{id}\" rows=\"{rows}\">\n{}</textarea>",
        escape(label),
        escape(value)
    )
}

/// Reads the picked file's text and hands it on.
pub fn read_file(input: &web_sys::HtmlInputElement, on_text: impl FnOnce(String) + 'static) {
    #[cfg(target_arch = "wasm32")]
    if let Some(file) = input.files().and_then(|files| files.get(0)) {
        wasm_bindgen_futures::spawn_local(async move {
            let text = wasm_bindgen_futures::JsFuture::from(file.text()).await;
            // An unreadable file arrives as text that is not JSON, so it is refused with
            // the same clear error as any other bad file.
            on_text(text.ok().and_then(|t| t.as_string()).unwrap_or_default());
        });
    }
    #[cfg(not(target_arch = "wasm32"))]
    let _ = (input, on_text);
}

/// Offers `text` as a file download, without any network request.
pub fn download(name: &str, text: &str) {
    #[cfg(target_arch = "wasm32")]
    {
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
    fn the_form_shows_every_check_the_policy_and_the_phrases_escaped() {
        let config = Config::from_json(
            r#"{"checks": {"blame": "off"}, "ignored_phrases": ["<b>as discussed</b>"]}"#,
        )
        .unwrap();
        let html = settings_form(&Form::of(&config), Some("Bad <line>. Nothing was saved."));
        for check in ALL {
            assert!(html.contains(&format!(r#"<select id="level-{}">"#, check.id)));
        }
        assert!(html.contains(r#"<option value="Off" selected>Off</option>"#));
        assert!(html.contains("<option selected>Once: "), "{html}");
        assert!(
            html.contains(">\n&lt;b&gt;as discussed&lt;/b&gt;</textarea>"),
            "{html}"
        );
        assert!(
            html.contains(r#"<p class="settings-error" role="alert">Bad &lt;line&gt;."#),
            "{html}"
        );
        assert!(html.contains(r#"<button type="submit" class="primary">Save settings"#));
    }

    #[test]
    fn a_malformed_custom_phrase_line_says_which_and_how() {
        let mut form = Form::of(&Config::default());
        form.custom_phrases = "per our policy | blame | Sounds cold\nno bars here".to_string();
        let error = form.to_config().unwrap_err();
        assert!(
            error.starts_with("Custom phrase line 2 needs at least"),
            "{error}"
        );
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

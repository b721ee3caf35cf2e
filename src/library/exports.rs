//! The JSON that helpdesks export, as their public APIs return it. Field names are from
//! each API's reference; where a format allows more than one layout, the ones read are:
//!
//! - **Zendesk** macros (`GET /api/v2/macros`): `{"macros": [...]}` or `{"macro": {...}}`;
//!   each macro has a `title` and `actions: [{field, value}]`. The reply is the action whose
//!   `field` is `comment_value_html` (HTML, preferred) or `comment_value` (text; its value
//!   may also be the older `["channel:all", "text"]` pair, whose last string is the text).
//!   A macro with neither only sets ticket fields and is skipped.
//! - **Freshdesk** canned responses (`GET /api/v2/canned_response_folders/{id}/responses`):
//!   a list, `{"canned_responses": [...]}` or one response; each has a `title` and
//!   `content_html` (preferred) or `content`.
//! - **Help Scout** saved replies (`GET /v2/mailboxes/{id}/saved-replies/{id}`): a list of
//!   them, one, or the HAL page `{"_embedded": {"saved-replies": [...]}}`; each has a
//!   `name` and `text`, which is HTML (`chatText`, the plain chat version, when it is missing).
//! - **Front** message templates (`GET /message_templates`): `{"_results": [...]}`, a list or
//!   one; each has a `name` and an HTML `body` (the `subject` is not part of the reply).
//! - **Gorgias** macros (`GET /api/macros`): `{"data": [...]}`, a list or one; each has a
//!   `name` and `actions`, and the reply is in the `arguments` of its `setResponseText`
//!   action: `body_html` (preferred) or `body_text`. A macro without one is skipped.
//! - A plain list of strings, or of objects with a `title` (or `name`) and a `body`.
//!
//! Text that looks like HTML is read as HTML, whichever field it came from.

use super::{csv::looks_like_html, html_to_text, Format, Library, Macro, ReadError};
use serde_json::{Map, Value};

pub fn read(text: &str) -> Result<Library, ReadError> {
    let value: Value = serde_json::from_str(text).map_err(|e| {
        let reason = e.to_string();
        // serde_json ends its message with " at line L column C": said first instead.
        let reason = reason.split(" at line ").next().unwrap_or(&reason);
        ReadError::at(
            format!("line {}, column {}", e.line(), e.column()),
            format!("malformed JSON: {reason}"),
        )
    })?;
    let (path, records) = records_of(&value);
    if records.is_empty() {
        return Err(ReadError::new(match path {
            "" => "holds an empty list: no macro to check".to_string(),
            path => format!("holds no macros (\"{path}\" is an empty list)"),
        }));
    }
    let Some(format) = records.iter().find_map(|r| format_of(r)) else {
        return Err(unknown_shape(&value));
    };
    let mut locate = TitleLocator::new(text);
    let mut macros = Vec::new();
    let mut notes = Vec::new();
    for (i, record) in records.iter().enumerate() {
        let locator = format!("{path}[{i}]");
        let Some(body) = body_of(format, record, &locator)? else {
            continue;
        };
        let title = title_of(format, record).unwrap_or_else(|| format!("untitled {}", i + 1));
        macros.push(Macro {
            file_line: locate.line_of(&title),
            title,
            locator: locator.clone(),
            text: if looks_like_html(&body) {
                html_to_text(&body, &locator, &mut notes)
            } else {
                body
            },
            lines_match_file: false,
        });
    }
    if macros.iter().all(|m| m.text.trim().is_empty()) {
        return Err(ReadError::new(format!(
            "none of its {} {} records has reply text: no macro to check",
            records.len(),
            format.as_str()
        )));
    }
    Ok(Library {
        format,
        macros,
        notes,
    })
}

/// The records of an export and the path they are at (`macros`, `_results`, or `` for a
/// top-level list).
fn records_of(value: &Value) -> (&'static str, Vec<&Value>) {
    const LISTS: &[&str] = &[
        "macros",
        "canned_responses",
        "_results",
        "data",
        "saved_replies",
    ];
    match value {
        Value::Array(items) => ("", items.iter().collect()),
        Value::Object(object) => {
            if let Some((key, Value::Array(items))) =
                LISTS.iter().find_map(|&k| object.get(k).map(|v| (k, v)))
            {
                return (key, items.iter().collect());
            }
            if let Some(Value::Array(items)) = object
                .get("_embedded")
                .and_then(|e| e.get("saved-replies").or_else(|| e.get("saved_replies")))
            {
                return ("_embedded.saved-replies", items.iter().collect());
            }
            if let Some(one @ Value::Object(_)) = object.get("macro") {
                return ("macro", vec![one]);
            }
            ("", vec![value])
        }
        _ => ("", Vec::new()),
    }
}

fn format_of(record: &Value) -> Option<Format> {
    let object = match record {
        Value::String(_) => return Some(Format::JsonList),
        Value::Object(object) => object,
        _ => return None,
    };
    let has = |key: &str| object.contains_key(key);
    if let Some(Value::Array(actions)) = object.get("actions") {
        if actions.iter().any(|a| a.get("field").is_some()) {
            return Some(Format::Zendesk);
        }
        if actions.iter().any(|a| a.get("arguments").is_some()) {
            return Some(Format::Gorgias);
        }
    }
    if has("content_html") || has("content") {
        Some(Format::Freshdesk)
    } else if has("chatText") || (has("text") && has("name")) {
        Some(Format::HelpScout)
    } else if has("body") && has("name") && !has("title") {
        Some(Format::Front)
    } else if has("body") {
        Some(Format::JsonList)
    } else {
        None
    }
}

/// The reply text of a record: `None` for a macro that writes no reply (Zendesk and
/// Gorgias macros may only set ticket fields), an error for a record of the wrong shape.
fn body_of(format: Format, record: &Value, locator: &str) -> Result<Option<String>, ReadError> {
    let missing = |fields: &str| {
        ReadError::at(
            locator.to_string(),
            format!(
                "a {} record needs {fields}; found {}",
                format.as_str(),
                keys_of(record)
            ),
        )
    };
    if let Value::String(text) = record {
        return if format == Format::JsonList {
            Ok(Some(text.clone()))
        } else {
            Err(missing("an object"))
        };
    }
    let Some(object) = record.as_object() else {
        return Err(missing("an object"));
    };
    let field = |names: &[&str]| names.iter().find_map(|n| string_of(object.get(*n)?));
    Ok(Some(match format {
        Format::Zendesk => return Ok(zendesk_comment(object)),
        Format::Gorgias => return Ok(gorgias_response(object)),
        Format::Freshdesk => field(&["content_html", "content"])
            .ok_or_else(|| missing("\"content_html\" or \"content\""))?,
        Format::HelpScout => {
            field(&["text", "chatText"]).ok_or_else(|| missing("\"text\" or \"chatText\""))?
        }
        Format::Front => field(&["body"]).ok_or_else(|| missing("\"body\""))?,
        _ => field(&["body"]).ok_or_else(|| missing("a string or \"body\""))?,
    }))
}

fn zendesk_comment(macro_: &Map<String, Value>) -> Option<String> {
    let actions = macro_.get("actions")?.as_array()?;
    let value_of = |field: &str| {
        actions
            .iter()
            .filter(|a| a.get("field").and_then(Value::as_str) == Some(field))
            .find_map(|a| match a.get("value")? {
                // The older form: ["channel:all", "the comment"].
                Value::Array(pair) => pair
                    .iter()
                    .rev()
                    .find_map(Value::as_str)
                    .map(str::to_string),
                other => string_of(other),
            })
    };
    value_of("comment_value_html").or_else(|| value_of("comment_value"))
}

fn gorgias_response(macro_: &Map<String, Value>) -> Option<String> {
    let actions = macro_.get("actions")?.as_array()?;
    let bodies: Vec<String> = actions
        .iter()
        .filter_map(|a| a.get("arguments"))
        .filter_map(|args| {
            string_of(args.get("body_html")?).or_else(|| string_of(args.get("body_text")?))
        })
        .collect();
    (!bodies.is_empty()).then(|| bodies.join("\n\n"))
}

fn title_of(format: Format, record: &Value) -> Option<String> {
    let names: &[&str] = match format {
        Format::Zendesk | Format::Freshdesk => &["title", "raw_title", "name"],
        _ => &["name", "title"],
    };
    names
        .iter()
        .find_map(|n| string_of(record.get(*n)?))
        .map(|t| t.trim().to_string())
        .filter(|t| !t.is_empty())
}

fn string_of(value: &Value) -> Option<String> {
    value.as_str().map(str::to_string)
}

fn keys_of(value: &Value) -> String {
    match value {
        Value::Object(object) if object.is_empty() => "an empty object".into(),
        Value::Object(object) => format!(
            "the keys {}",
            object
                .keys()
                .take(8)
                .map(|k| format!("{k:?}"))
                .collect::<Vec<_>>()
                .join(", ")
        ),
        Value::Array(_) => "a list".into(),
        Value::String(_) => "a string".into(),
        Value::Number(_) => "a number".into(),
        Value::Bool(_) => "true or false".into(),
        Value::Null => "null".into(),
    }
}

fn unknown_shape(value: &Value) -> ReadError {
    ReadError::new(format!(
        "is JSON of an unknown shape ({}); expected a Zendesk {{\"macros\": [...]}}, Freshdesk \
         canned responses, Help Scout saved replies, Front {{\"_results\": [...]}}, Gorgias \
         {{\"data\": [...]}}, or a list of strings or of {{\"title\", \"body\"}}",
        match value {
            Value::Array(items) if items.is_empty() => "an empty list".to_string(),
            Value::Array(items) => format!("a list whose first item is {}", keys_of(&items[0])),
            other => keys_of(other),
        }
    ))
}

/// Finds the line of each record in the file by its title, in order: serde_json keeps no
/// positions, and a finding is easier to act on with a line to jump to.
struct TitleLocator<'a> {
    text: &'a str,
    from: usize,
    line: usize,
}

impl<'a> TitleLocator<'a> {
    fn new(text: &'a str) -> Self {
        TitleLocator {
            text,
            from: 0,
            line: 1,
        }
    }

    fn line_of(&mut self, title: &str) -> Option<usize> {
        let quoted = serde_json::to_string(title).ok()?;
        let at = self.from + self.text[self.from..].find(&quoted)?;
        self.line += self.text[self.from..at].matches('\n').count();
        // A JSON string holds no raw line break, so the line is still the title's.
        self.from = at + quoted.len();
        Some(self.line)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn titles_and_texts(json: &str) -> (Format, Vec<(String, String)>) {
        let library = read(json).unwrap();
        let macros = library
            .macros
            .into_iter()
            .map(|m| (m.title, m.text))
            .collect();
        (library.format, macros)
    }

    #[test]
    fn zendesk_prefers_html_and_skips_field_only_macros() {
        let json = r#"{"macros": [
            {"id": 1, "title": "Close", "actions": [{"field": "status", "value": "solved"}]},
            {"id": 2, "title": "Welcome", "actions": [
                {"field": "comment_value", "value": "plain"},
                {"field": "comment_value_html", "value": "<p>Hi</p><p>Bye</p>"}]},
            {"id": 3, "title": "Old", "actions": [{"field": "comment_value", "value": ["channel:all", "Hello"]}]}
        ], "next_page": null, "count": 3}"#;
        let (format, macros) = titles_and_texts(json);
        assert_eq!(format, Format::Zendesk);
        assert_eq!(
            macros,
            [
                ("Welcome".into(), "Hi\n\nBye".into()),
                ("Old".into(), "Hello".into())
            ]
        );
        let library = read(json).unwrap();
        assert_eq!(library.macros[0].locator, "macros[1]");
        assert_eq!(library.macros[0].file_line, Some(3));
    }

    #[test]
    fn records_are_found_on_their_lines_even_with_one_title() {
        let json = "[\n{\"title\": \"Same\", \"body\": \"a\"},\n\n{\"title\": \"Same\", \"body\": \"b\"}\n]";
        let lines: Vec<_> = read(json)
            .unwrap()
            .macros
            .iter()
            .map(|m| m.file_line)
            .collect();
        assert_eq!(lines, [Some(2), Some(4)]);
    }

    #[test]
    fn each_helpdesk_shape_is_recognised() {
        let cases = [
            (
                r#"[{"id": 5, "title": "T", "folder_id": 2, "content": "x", "content_html": "<div>Hi</div>"}]"#,
                Format::Freshdesk,
            ),
            (
                r#"{"id": 9, "name": "T", "text": "Hi<br /><br />there", "chatText": "Hi"}"#,
                Format::HelpScout,
            ),
            (
                r#"{"_results": [{"id": "rsp_1", "name": "T", "subject": "S", "body": "<p>Hi</p>"}]}"#,
                Format::Front,
            ),
            (
                r#"{"data": [{"id": 3, "name": "T", "actions": [{"name": "setResponseText", "arguments": {"body_text": "Hi", "body_html": "<div>Hi</div>"}}]}]}"#,
                Format::Gorgias,
            ),
            (r#"["Hi", "Bye"]"#, Format::JsonList),
            (r#"[{"title": "T", "body": "Hi"}]"#, Format::JsonList),
        ];
        for (json, expected) in cases {
            let library = read(json).unwrap_or_else(|e| panic!("{json}: {e}"));
            assert_eq!(library.format, expected, "{json}");
            assert!(library.macros[0].text.starts_with("Hi"), "{json}");
        }
    }

    #[test]
    fn bad_exports_say_where_and_what() {
        let error = read("{\"macros\": [\n  {\"title\": \"x\",}\n]}").unwrap_err();
        assert_eq!(error.location, "line 2, column 17");
        assert!(error.reason.starts_with("malformed JSON"), "{error}");
        let error = read(r#"{"tickets": [1, 2]}"#).unwrap_err();
        assert!(error.reason.contains("unknown shape"), "{error}");
        assert!(error.reason.contains("\"tickets\""), "{error}");
        let error = read(r#"[{"title": "a", "body": "x"}, {"title": "b"}]"#).unwrap_err();
        assert_eq!(error.location, "[1]");
        assert!(read("[]").is_err());
        assert!(read(r#"{"macros": []}"#).is_err());
        assert!(read("42").is_err());
    }
}

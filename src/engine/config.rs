//! House style: which checks run at what severity, the apology policy, the team's own
//! promise phrases, custom phrases and ignored phrases. Read from JSON; an invalid file
//! is refused with an error naming the field, and the defaults stay in force.

use super::pattern::Phrases;
use super::report::Severity;
use serde::de::{self, MapAccess, Visitor};
use serde::{Deserialize, Deserializer, Serialize};
use std::collections::btree_map::{BTreeMap, Entry};
use std::fmt;

/// The ids of the checks a house style can name, in catalog order. Kept here so that the
/// house style does not depend on the checks (which read it); `checks::tests` holds this
/// list to the catalog.
pub const CHECK_IDS: &[&str] = &[
    "vague-promise",
    "abrupt-refusal",
    "missing-alternative",
    "blame",
    "false-hope",
    "excuse",
    "overpromise",
    "apology",
    "no-next-step",
    "no-acknowledgment",
    "unfilled-placeholder",
];

/// A check's level in the house style: off, or a severity.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Level {
    Off,
    Hint,
    Warning,
    Error,
}

impl Level {
    pub fn severity(self) -> Option<Severity> {
        match self {
            Level::Off => None,
            Level::Hint => Some(Severity::Hint),
            Level::Warning => Some(Severity::Warning),
            Level::Error => Some(Severity::Error),
        }
    }
}

impl From<Severity> for Level {
    fn from(severity: Severity) -> Self {
        match severity {
            Severity::Hint => Level::Hint,
            Severity::Warning => Level::Warning,
            Severity::Error => Level::Error,
        }
    }
}

/// How the `apology` check treats apologies.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum ApologyPolicy {
    /// An upset customer gets one sincere apology; a missing one is flagged.
    Require,
    /// Flag repeated, generic and conditional apologies.
    #[default]
    Once,
    /// Flag every apology and suggest an action statement.
    Avoid,
}

/// A team-defined phrase to flag.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CustomPhrase {
    /// In the phrase matcher's syntax, e.g. `no worries` or `per [our] policy`.
    pub phrase: String,
    /// The check whose findings it joins, e.g. `blame`.
    pub check: String,
    pub message: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub replacement: Option<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct Config {
    /// Check id -> level; checks not named keep their default severity.
    #[serde(deserialize_with = "each_check_once")]
    pub checks: BTreeMap<String, Level>,
    pub apology: ApologyPolicy,
    /// The team's concrete promise windows ("within one business day"), offered as
    /// rewrites for vague promises and accepted as concrete.
    pub promise_phrases: Vec<String>,
    pub custom_phrases: Vec<CustomPhrase>,
    /// Findings whose flagged text contains one of these (case-insensitive) are dropped.
    pub ignored_phrases: Vec<String>,
}

/// `checks` as written, except that a check named twice is refused: in a file edited by
/// hand, the later line silently winning would hide the mistake.
fn each_check_once<'de, D: Deserializer<'de>>(
    deserializer: D,
) -> Result<BTreeMap<String, Level>, D::Error> {
    struct Checks;
    impl<'de> Visitor<'de> for Checks {
        type Value = BTreeMap<String, Level>;

        fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
            f.write_str("a map of check ids to levels")
        }

        fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
            let mut checks = BTreeMap::new();
            while let Some((id, level)) = map.next_entry::<String, Level>()? {
                match checks.entry(id) {
                    Entry::Vacant(entry) => entry.insert(level),
                    Entry::Occupied(entry) => {
                        return Err(de::Error::custom(format_args!(
                            "`{}` is named twice",
                            entry.key()
                        )))
                    }
                };
            }
            Ok(checks)
        }
    }
    deserializer.deserialize_map(Checks)
}

/// Why a settings file was refused: the field and what was wrong with it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ConfigError {
    /// Dotted path of the offending field ("checks.vague-promise"), or "" for the whole file.
    pub field: String,
    pub message: String,
}

impl fmt::Display for ConfigError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.field.is_empty() {
            write!(f, "invalid settings: {}", self.message)
        } else {
            write!(f, "invalid settings at `{}`: {}", self.field, self.message)
        }
    }
}

impl std::error::Error for ConfigError {}

impl ConfigError {
    /// Only a wrong value lies at a field. A syntax error's place is wherever the parser
    /// gave up, so it is reported with its line and column.
    fn from_json_error(field: String, error: serde_json::Error) -> Self {
        let message = error.to_string();
        if error.classify() != serde_json::error::Category::Data || field.is_empty() {
            // Where the text went wrong is what helps here ("apology": 3 is "expected value"
            // to serde_json), with the field when it is known.
            return ConfigError { field, message };
        }
        // serde_json appends " at line L column C"; the field path says more. (The last one:
        // a key may hold those words too.)
        let message = match message.rfind(" at line ") {
            Some(cut) => message[..cut].to_string(),
            None => message,
        };
        ConfigError { field, message }
    }
}

/// Where in a settings file an error lies, as a path ("custom_phrases[1].phrase"): the JSON
/// is read up to the error's line and column, keeping the key or index of each value it is
/// inside. A data error (a wrong value) names the value just read; a syntax error names
/// only a value still being read, and nothing where a key was expected. Read by hand, so
/// the settings need no generic path-tracking deserializer (which costs the wasm ~5 KB).
fn field_at(json: &str, line: usize, column: usize, data: bool) -> String {
    #[derive(PartialEq)]
    enum At {
        /// Where a key is expected.
        Key,
        /// After a key, before its value.
        KeyRead,
        /// Where a value is expected or being read.
        Value,
        AfterValue,
    }
    // Each open object or array: its current key or index, and where in it the reader is.
    let mut open: Vec<(Option<String>, Option<usize>, At)> = Vec::new();
    let offset = json
        .split_inclusive('\n')
        .take(line.saturating_sub(1))
        .map(str::len)
        .sum::<usize>();
    // serde_json counts columns in bytes.
    let mut upto = (offset + column.saturating_sub(1)).min(json.len());
    while !json.is_char_boundary(upto) {
        upto -= 1;
    }
    // A data error at a closing brace (a missing field) is about the object it closes.
    let upto = if data && json[upto..].starts_with(['}', ']']) {
        upto + 1
    } else {
        upto
    };
    let mut chars = json[..upto].chars();
    while let Some(c) = chars.next() {
        match c {
            '{' => open.push((None, None, At::Key)),
            '[' => open.push((None, Some(0), At::Value)),
            '}' | ']' => {
                open.pop();
                if let Some(top) = open.last_mut() {
                    top.2 = At::AfterValue;
                }
            }
            ':' => {
                if let Some(top) = open.last_mut() {
                    top.2 = At::Value;
                }
            }
            ',' => {
                if let Some((key, index, at)) = open.last_mut() {
                    match index {
                        Some(i) => {
                            *i += 1;
                            *at = At::Value;
                        }
                        None => {
                            *at = At::Key;
                            *key = None;
                        }
                    }
                }
            }
            '"' => {
                let mut text = String::new();
                while let Some(c) = chars.next() {
                    match c {
                        '"' => break,
                        '\\' => text.extend(chars.next()),
                        c => text.push(c),
                    }
                }
                if let Some((key, index, at)) = open.last_mut() {
                    if index.is_none() && *at == At::Key {
                        *key = Some(text);
                        *at = At::KeyRead;
                    } else {
                        *at = At::AfterValue;
                    }
                }
            }
            c if c.is_whitespace() => {}
            _ => {
                if let Some(top) = open.last_mut() {
                    if top.2 == At::Value {
                        top.2 = At::AfterValue;
                    }
                }
            }
        }
    }
    let mut path = String::new();
    let last = open.len().saturating_sub(1);
    for (depth, (key, index, at)) in open.iter().enumerate() {
        let innermost = depth == last;
        // A syntax error where a key was expected names nothing: the key was never read.
        if innermost && *at == At::Key && !data {
            return String::new();
        }
        if innermost && (*at == At::Key || *at == At::AfterValue && !data) {
            break;
        }
        match (key, index) {
            (_, Some(i)) => path.push_str(&format!("[{i}]")),
            (Some(key), None) => {
                if !path.is_empty() {
                    path.push('.');
                }
                path.push_str(key);
            }
            (None, None) => break,
        }
    }
    path
}

/// Longest phrase list accepted, so a pasted dictionary cannot stall every keystroke.
pub const MAX_PHRASES: usize = 500;

impl Config {
    /// Parses and validates a settings file.
    pub fn from_json(json: &str) -> Result<Config, ConfigError> {
        // serde would read an array as the fields in order; a settings file names its fields.
        if json.trim_start().starts_with('[') {
            return Err(ConfigError {
                field: String::new(),
                message: "the settings must be a JSON object, not an array".into(),
            });
        }
        let mut deserializer = serde_json::Deserializer::from_str(json);
        let config = Config::deserialize(&mut deserializer).map_err(|e| {
            let data = e.classify() == serde_json::error::Category::Data;
            let field = field_at(json, e.line(), e.column(), data);
            ConfigError::from_json_error(field, e)
        })?;
        // Whatever follows the settings (a second object pasted in) is refused, not ignored.
        deserializer
            .end()
            .map_err(|e| ConfigError::from_json_error(String::new(), e))?;
        config.validate()?;
        Ok(config)
    }

    pub fn to_json(&self) -> String {
        serde_json::to_string_pretty(self).expect("config serialises")
    }

    fn validate(&self) -> Result<(), ConfigError> {
        for id in self.checks.keys() {
            if !CHECK_IDS.contains(&id.as_str()) {
                return Err(unknown_check(format!("checks.{id}"), id));
            }
        }
        for (i, custom) in self.custom_phrases.iter().enumerate() {
            if !CHECK_IDS.contains(&custom.check.as_str()) {
                return Err(unknown_check(
                    format!("custom_phrases[{i}].check"),
                    &custom.check,
                ));
            }
            phrase_compiles(format!("custom_phrases[{i}].phrase"), &custom.phrase)?;
        }
        for (i, phrase) in self.promise_phrases.iter().enumerate() {
            phrase_compiles(format!("promise_phrases[{i}]"), phrase)?;
        }
        for (field, len) in [
            ("promise_phrases", self.promise_phrases.len()),
            ("custom_phrases", self.custom_phrases.len()),
            ("ignored_phrases", self.ignored_phrases.len()),
        ] {
            if len > MAX_PHRASES {
                return Err(ConfigError {
                    field: field.into(),
                    message: format!("{len} entries; at most {MAX_PHRASES} are allowed"),
                });
            }
        }
        Ok(())
    }

    /// The level a check runs at under this house style.
    pub fn level(&self, id: &str, default: Severity) -> Level {
        self.checks.get(id).copied().unwrap_or(default.into())
    }
}

/// A phrase in the matcher's syntax, or an error naming the field and what is wrong.
fn phrase_compiles(field: String, phrase: &str) -> Result<(), ConfigError> {
    match Phrases::try_new(&[phrase]) {
        Ok(_) => Ok(()),
        Err(e) => Err(ConfigError {
            field,
            message: e.to_string(),
        }),
    }
}

fn unknown_check(field: String, id: &str) -> ConfigError {
    ConfigError {
        field,
        message: format!(
            "unknown check `{id}`; known checks are {}",
            CHECK_IDS.join(", ")
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn empty_object_is_the_default() {
        assert_eq!(Config::from_json("{}").unwrap(), Config::default());
    }

    #[test]
    fn round_trips_through_json() {
        let mut config = Config::default();
        config.checks.insert("blame".into(), Level::Off);
        config.apology = ApologyPolicy::Avoid;
        config
            .promise_phrases
            .push("within one business day".into());
        assert_eq!(Config::from_json(&config.to_json()).unwrap(), config);
    }

    #[test]
    fn wrong_type_names_the_field() {
        let err = Config::from_json(r#"{"checks": {"blame": "loud"}}"#).unwrap_err();
        assert_eq!(err.field, "checks.blame");
        assert!(err.message.contains("unknown variant"), "{err}");
    }

    #[test]
    fn unknown_check_and_field_are_refused() {
        let err = Config::from_json(r#"{"checks": {"rudeness": "off"}}"#).unwrap_err();
        assert_eq!(err.field, "checks.rudeness");
        let err = Config::from_json(r#"{"colour": "red"}"#).unwrap_err();
        assert!(err.message.contains("unknown field"), "{err}");
        let err = Config::from_json(r#"{"x at line 1 column 2": 1}"#).unwrap_err();
        assert!(
            err.message
                .starts_with("unknown field `x at line 1 column 2`"),
            "{err}"
        );
    }

    #[test]
    fn malformed_json_is_refused() {
        let err = Config::from_json("{").unwrap_err();
        assert!(err.to_string().starts_with("invalid settings"), "{err}");
    }

    #[test]
    fn syntax_errors_give_a_position_not_a_field() {
        for json in [
            r#"{1: "off"}"#,
            r#"{"checks": {"blame": "off", 2: 1}}"#,
            r#"{"apology": "once""#,
        ] {
            let err = Config::from_json(json).unwrap_err();
            assert_eq!(err.field, "", "{json}: {err}");
            assert!(err.message.contains(" at line 1 column "), "{json}: {err}");
        }
    }

    #[test]
    fn a_number_for_a_word_names_its_field_and_where() {
        // serde_json calls this a syntax error ("expected value"); the field is still known.
        let err = Config::from_json(r#"{"apology": 3}"#).unwrap_err();
        assert_eq!(err.field, "apology", "{err}");
        assert!(err.message.contains(" at line 1 column "), "{err}");
    }

    #[test]
    fn text_after_the_settings_is_refused() {
        let err = Config::from_json(r#"{"apology": "avoid"} {"apology": "once"}"#).unwrap_err();
        assert!(err.message.contains("trailing characters"), "{err}");
        assert!(Config::from_json("{}\n\t ").is_ok());
    }

    #[test]
    fn a_check_named_twice_is_refused() {
        let err = Config::from_json(
            r#"{"checks": {"blame": "off", "excuse": "hint", "blame": "error"}}"#,
        )
        .unwrap_err();
        assert_eq!(err.field, "checks", "{err}");
        assert!(err.message.starts_with("`blame` is named twice"), "{err}");
    }

    #[test]
    fn an_array_is_refused() {
        let err = Config::from_json(r#"[{"blame": "off"}, "avoid"]"#).unwrap_err();
        assert_eq!(err.field, "");
        assert!(err.message.contains("JSON object"), "{err}");
    }

    #[test]
    fn huge_phrase_lists_are_refused() {
        let list: Vec<String> = (0..=MAX_PHRASES).map(|i| format!("\"p{i}\"")).collect();
        let json = format!(r#"{{"ignored_phrases": [{}]}}"#, list.join(","));
        assert_eq!(
            Config::from_json(&json).unwrap_err().field,
            "ignored_phrases"
        );
    }

    #[test]
    fn a_malformed_phrase_is_refused_naming_field_and_phrase() {
        let error = Config::from_json(
            r#"{"custom_phrases": [{"phrase": "no worries|problem", "check": "blame", "message": "m"},
                                   {"phrase": "per [our policy", "check": "blame", "message": "m"}]}"#,
        )
        .unwrap_err();
        assert_eq!(error.field, "custom_phrases[1].phrase");
        assert!(
            error.message.contains("`per [our policy`"),
            "{}",
            error.message
        );
        let error =
            Config::from_json(r#"{"promise_phrases": ["within the hour", "*abc"]}"#).unwrap_err();
        assert_eq!(error.field, "promise_phrases[1]");
        assert!(error.message.contains("a gap is"), "{}", error.message);
    }

    #[test]
    fn errors_name_the_field_they_lie_in() {
        for (json, field) in [
            (r#"{"checks": {"blame": "#, "checks.blame"),
            (r#"{"levels":5}"#, "levels"),
            (r#"{"promise_phrases":"x"}"#, "promise_phrases"),
            (r#"{"ignored_phrases":["fine",7]}"#, "ignored_phrases[1]"),
            (r#"{"checks":5}"#, "checks"),
            (r#"{"apology":3}"#, "apology"),
            (
                r#"{"custom_phrases":[{"phrase":"per our policy","check":"blame"}]}"#,
                "custom_phrases[0]",
            ),
            (
                r#"{"custom_phrases":[{"phrase":"a","check":"blame","message":"m","extra":1}]}"#,
                "custom_phrases[0].extra",
            ),
            (
                "{\n  \"checks\": {\n    \"blame\": \"loud\"\n  }\n}",
                "checks.blame",
            ),
            (r#"{"checks": {"a\"b": 1}}"#, r#"checks.a"b"#),
            ("\"strict\"", ""),
            ("{", ""),
        ] {
            let err = Config::from_json(json).unwrap_err();
            assert_eq!(err.field, field, "{json}: {err}");
        }
    }

    #[test]
    fn a_field_after_wide_characters_is_still_found() {
        let err = Config::from_json(
            r#"{"promise_phrases": ["à l'heure 😀"], "checks": {"blame": "loud"}}"#,
        )
        .unwrap_err();
        assert_eq!(err.field, "checks.blame", "{err}");
    }
}

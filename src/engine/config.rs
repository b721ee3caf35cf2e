//! House style: which checks run at what severity, the apology policy, the team's own
//! promise phrases, custom phrases and ignored phrases. Read from JSON; an invalid file
//! is refused with an error naming the field, and the defaults stay in force.

use super::json::{self, Found, Reader};
use super::pattern::Phrases;
use super::report::Severity;
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
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Level {
    Off,
    Hint,
    Warning,
    Error,
}

impl Level {
    const NAMES: [(&'static str, Level); 4] = [
        ("off", Level::Off),
        ("hint", Level::Hint),
        ("warning", Level::Warning),
        ("error", Level::Error),
    ];

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
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum ApologyPolicy {
    /// An upset customer gets one sincere apology; a missing one is flagged.
    Require,
    /// Flag repeated, generic and conditional apologies.
    #[default]
    Once,
    /// Flag every apology and suggest an action statement.
    Avoid,
}

impl ApologyPolicy {
    const NAMES: [(&'static str, ApologyPolicy); 3] = [
        ("require", ApologyPolicy::Require),
        ("once", ApologyPolicy::Once),
        ("avoid", ApologyPolicy::Avoid),
    ];
}

/// A team-defined phrase to flag.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CustomPhrase {
    /// In the phrase matcher's syntax, e.g. `no worries` or `per [our] policy`.
    pub phrase: String,
    /// The check whose findings it joins, e.g. `blame`.
    pub check: String,
    pub message: String,
    pub replacement: Option<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Config {
    /// Check id -> level; checks not named keep their default severity.
    pub checks: CheckLevels,
    pub apology: ApologyPolicy,
    /// The team's concrete promise windows ("within one business day"), offered as
    /// rewrites for vague promises and accepted as concrete.
    pub promise_phrases: Vec<String>,
    pub custom_phrases: Vec<CustomPhrase>,
    /// Findings whose flagged text contains one of these (case-insensitive) are dropped.
    pub ignored_phrases: Vec<String>,
}

/// Check ids and their levels, in id order. A house style names a handful, so a sorted list
/// does what a map would, without a tree's code in the download.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct CheckLevels(Vec<(String, Level)>);

impl CheckLevels {
    pub fn get(&self, id: &str) -> Option<&Level> {
        self.find(id).ok().map(|at| &self.0[at].1)
    }

    /// Sets `id`'s level, in place of any it had.
    pub fn insert(&mut self, id: String, level: Level) {
        match self.find(&id) {
            Ok(at) => self.0[at].1 = level,
            Err(at) => self.0.insert(at, (id, level)),
        }
    }

    pub fn iter(&self) -> impl Iterator<Item = (&String, &Level)> {
        self.0.iter().map(|(id, level)| (id, level))
    }

    fn find(&self, id: &str) -> Result<usize, usize> {
        self.0.binary_search_by(|(named, _)| named.as_str().cmp(id))
    }
}

/// Inserted one by one (a later level for the same id wins): no sort in the download.
impl FromIterator<(String, Level)> for CheckLevels {
    fn from_iter<I: IntoIterator<Item = (String, Level)>>(levels: I) -> Self {
        let mut checks = CheckLevels::default();
        for (id, level) in levels {
            checks.insert(id, level);
        }
        checks
    }
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

/// Malformed JSON where a key, a comma or a bracket was expected: the position says where,
/// there is no field to name.
impl From<json::Error> for ConfigError {
    fn from(error: json::Error) -> Self {
        ConfigError::at("", error)
    }
}

impl ConfigError {
    /// An error met reading the value at `field`: a wrong value, or JSON that broke off in it.
    fn at(field: &str, error: json::Error) -> Self {
        let (json::Error::Syntax(message) | json::Error::Data(message)) = error;
        ConfigError {
            field: field.to_string(),
            message,
        }
    }

    fn data(field: &str, message: String) -> Self {
        ConfigError::at(field, json::Error::Data(message))
    }
}

/// An error from reading a value: a JSON error met in the value itself names its field; an
/// error from a value inside it already names its own.
trait InField {
    fn in_field(self, field: &str) -> ConfigError;
}

impl InField for json::Error {
    fn in_field(self, field: &str) -> ConfigError {
        ConfigError::at(field, self)
    }
}

impl InField for ConfigError {
    fn in_field(self, _: &str) -> ConfigError {
        self
    }
}

/// Reads the value at `field` with `read`, which reports a wrong type as `Found`; a wrong
/// type, or JSON that breaks off in the value, is an error naming `field`.
fn read_at<T, E: InField>(
    field: &str,
    expected: &str,
    read: &mut dyn FnMut() -> Result<Result<T, Found>, E>,
) -> Result<T, ConfigError> {
    match read() {
        Ok(Ok(value)) => Ok(value),
        Ok(Err(found)) => Err(ConfigError::at(field, found.invalid(expected))),
        Err(error) => Err(error.in_field(field)),
    }
}

/// A string naming one of `names` ("off", "warning", ...).
fn read_name<T: Copy>(
    reader: &mut Reader,
    field: &str,
    names: &[(&str, T)],
) -> Result<T, ConfigError> {
    let expected = one_of(names.iter().map(|(name, _)| *name));
    let name = read_at(field, &format!("one of {expected}"), &mut || {
        reader.string()
    })?;
    names
        .iter()
        .find(|(n, _)| *n == name)
        .map(|(_, value)| *value)
        .ok_or_else(|| {
            ConfigError::data(
                field,
                format!("unknown variant `{name}`, expected one of {expected}"),
            )
        })
}

/// The word a house style writes for `value` (the inverse of [`read_name`]).
fn name_of<T: PartialEq>(names: &[(&'static str, T)], value: &T) -> &'static str {
    names
        .iter()
        .find(|(_, v)| v == value)
        .map_or("", |(name, _)| name)
}

/// "`a`, `b`, `c`", as serde lists what it expected.
fn one_of<'a>(names: impl Iterator<Item = &'a str>) -> String {
    names
        .map(|n| format!("`{n}`"))
        .collect::<Vec<_>>()
        .join(", ")
}

/// A list of strings at `field`.
fn read_strings(reader: &mut Reader, field: &str) -> Result<Vec<String>, ConfigError> {
    let mut list = Vec::new();
    read_at(field, "a sequence", &mut || {
        reader.array(&mut |reader, i| {
            list.push(read_at(&format!("{field}[{i}]"), "a string", &mut || {
                reader.string()
            })?);
            Ok::<_, ConfigError>(())
        })
    })?;
    Ok(list)
}

/// A field named twice in one object is refused: in a file edited by hand, the later line
/// silently winning would hide the mistake.
fn first_time(seen: &mut Vec<String>, key: &str, at: &str) -> Result<(), ConfigError> {
    if seen.iter().any(|k| k == key) {
        return Err(ConfigError::data(at, format!("duplicate field `{key}`")));
    }
    seen.push(key.to_string());
    Ok(())
}

const CONFIG_FIELDS: [&str; 5] = [
    "checks",
    "apology",
    "promise_phrases",
    "custom_phrases",
    "ignored_phrases",
];
const CUSTOM_PHRASE_FIELDS: [&str; 4] = ["phrase", "check", "message", "replacement"];

fn unknown_field(field: &str, key: &str, known: &[&str]) -> ConfigError {
    ConfigError::data(
        field,
        format!(
            "unknown field `{key}`, expected one of {}",
            one_of(known.iter().copied())
        ),
    )
}

/// `checks`: check ids to levels, each check named once.
fn read_checks(reader: &mut Reader) -> Result<CheckLevels, ConfigError> {
    let mut checks = CheckLevels::default();
    read_at("checks", "a map of check ids to levels", &mut || {
        reader.object(&mut |reader, id| {
            let level = read_name(reader, &format!("checks.{id}"), &Level::NAMES)?;
            if checks.get(&id).is_some() {
                return Err(ConfigError::data(
                    "checks",
                    format!("`{id}` is named twice"),
                ));
            }
            checks.insert(id, level);
            Ok(())
        })
    })?;
    Ok(checks)
}

/// `custom_phrases[i]`.
fn read_custom_phrase(reader: &mut Reader, at: &str) -> Result<CustomPhrase, ConfigError> {
    let (mut phrase, mut check, mut message, mut replacement) = (None, None, None, None);
    let mut seen = Vec::new();
    read_at(at, "struct CustomPhrase", &mut || {
        reader.object(&mut |reader, key| {
            let field = format!("{at}.{key}");
            first_time(&mut seen, &key, &field)?;
            let string = |reader: &mut Reader| read_at(&field, "a string", &mut || reader.string());
            match key.as_str() {
                "phrase" => phrase = Some(string(reader)?),
                "check" => check = Some(string(reader)?),
                "message" => message = Some(string(reader)?),
                // `null` is no replacement, as serde reads an `Option`.
                "replacement" => {
                    replacement = match reader.string().map_err(|e| e.in_field(&field))? {
                        Ok(text) => Some(text),
                        Err(Found::Null) => None,
                        Err(found) => {
                            return Err(ConfigError::at(&field, found.invalid("a string")))
                        }
                    }
                }
                _ => return Err(unknown_field(&field, &key, &CUSTOM_PHRASE_FIELDS)),
            }
            Ok(())
        })
    })?;
    let missing = |name: &str| ConfigError::data(at, format!("missing field `{name}`"));
    Ok(CustomPhrase {
        phrase: phrase.ok_or_else(|| missing("phrase"))?,
        check: check.ok_or_else(|| missing("check"))?,
        message: message.ok_or_else(|| missing("message"))?,
        replacement,
    })
}

/// Longest phrase list accepted, so a pasted dictionary cannot stall every keystroke.
pub const MAX_PHRASES: usize = 500;

impl Config {
    /// Parses and validates a settings file.
    pub fn from_json(json: &str) -> Result<Config, ConfigError> {
        if json.trim_start().starts_with('[') {
            return Err(ConfigError {
                field: String::new(),
                message: "the settings must be a JSON object, not an array".into(),
            });
        }
        let mut reader = Reader::new(json);
        let mut config = Config::default();
        let mut seen = Vec::new();
        read_at("", "a settings object", &mut || {
            reader.object(&mut |reader, key| {
                first_time(&mut seen, &key, &key)?;
                match key.as_str() {
                    "checks" => config.checks = read_checks(reader)?,
                    "apology" => {
                        config.apology = read_name(reader, "apology", &ApologyPolicy::NAMES)?
                    }
                    "promise_phrases" => config.promise_phrases = read_strings(reader, &key)?,
                    "ignored_phrases" => config.ignored_phrases = read_strings(reader, &key)?,
                    "custom_phrases" => {
                        let mut list = Vec::new();
                        read_at("custom_phrases", "a sequence", &mut || {
                            reader.array(&mut |reader, i| {
                                list.push(read_custom_phrase(
                                    reader,
                                    &format!("custom_phrases[{i}]"),
                                )?);
                                Ok::<_, ConfigError>(())
                            })
                        })?;
                        config.custom_phrases = list;
                    }
                    _ => return Err(unknown_field(&key, &key, &CONFIG_FIELDS)),
                }
                Ok(())
            })
        })?;
        // Whatever follows the settings (a second object pasted in) is refused, not ignored.
        reader.end()?;
        config.validate()?;
        Ok(config)
    }

    /// The settings as a file, laid out as serde_json's pretty printer lays them out.
    pub fn to_json(&self) -> String {
        let mut out = String::from("{\n  \"checks\": ");
        json::write_block(&mut out, "{}", 1, self.checks.iter(), |out, (id, level)| {
            json::write_string(out, id);
            out.push_str(": ");
            json::write_string(out, name_of(&Level::NAMES, level));
        });
        out.push_str(",\n  \"apology\": ");
        json::write_string(&mut out, name_of(&ApologyPolicy::NAMES, &self.apology));
        out.push_str(",\n  \"promise_phrases\": ");
        json::write_block(&mut out, "[]", 1, &self.promise_phrases, |out, text| {
            json::write_string(out, text)
        });
        out.push_str(",\n  \"custom_phrases\": ");
        json::write_block(&mut out, "[]", 1, &self.custom_phrases, |out, custom| {
            let fields = [
                ("phrase", Some(&custom.phrase)),
                ("check", Some(&custom.check)),
                ("message", Some(&custom.message)),
                ("replacement", custom.replacement.as_ref()),
            ];
            let present = fields
                .into_iter()
                .filter_map(|(name, value)| Some((name, value?)));
            json::write_block(out, "{}", 2, present, |out, (name, value)| {
                json::write_string(out, name);
                out.push_str(": ");
                json::write_string(out, value);
            });
        });
        out.push_str(",\n  \"ignored_phrases\": ");
        json::write_block(&mut out, "[]", 1, &self.ignored_phrases, |out, text| {
            json::write_string(out, text)
        });
        out.push_str("\n}");
        out
    }

    fn validate(&self) -> Result<(), ConfigError> {
        for (id, _) in self.checks.iter() {
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
    fn a_number_for_a_word_names_its_field_and_the_words() {
        let err = Config::from_json(r#"{"apology": 3}"#).unwrap_err();
        assert_eq!(err.field, "apology", "{err}");
        assert_eq!(
            err.message,
            "invalid type: integer `3`, expected one of `require`, `once`, `avoid`"
        );
    }

    #[test]
    fn reads_every_field_and_writes_what_it_read() {
        let json = r#"{"checks": {"blame": "off", "excuse": "hint"}, "apology": "avoid",
            "promise_phrases": ["within one business day"],
            "custom_phrases": [{"phrase": "no worries", "check": "blame", "message": "m \"q\"", "replacement": null},
                               {"phrase": "per [our] policy", "check": "blame", "message": "m", "replacement": "as it stands"}],
            "ignored_phrases": ["fine", "é\u00e9 😀"]}"#;
        let config = Config::from_json(json).unwrap();
        assert_eq!(config.checks.get("excuse"), Some(&Level::Hint));
        assert_eq!(config.apology, ApologyPolicy::Avoid);
        assert_eq!(config.custom_phrases[0].replacement, None);
        assert_eq!(config.custom_phrases[0].message, "m \"q\"");
        assert_eq!(
            config.custom_phrases[1].replacement.as_deref(),
            Some("as it stands")
        );
        assert_eq!(config.ignored_phrases[1], "éé 😀");
        assert_eq!(Config::from_json(&config.to_json()).unwrap(), config);
        assert_eq!(
            Config::from_json(&Config::default().to_json()).unwrap(),
            Config::default()
        );
    }

    #[test]
    fn writes_the_layout_it_always_wrote() {
        let mut config = Config::default();
        assert_eq!(
            config.to_json(),
            "{\n  \"checks\": {},\n  \"apology\": \"once\",\n  \"promise_phrases\": [],\n  \"custom_phrases\": [],\n  \"ignored_phrases\": []\n}"
        );
        config.checks.insert("blame".into(), Level::Off);
        config.promise_phrases.push("by 5 pm".into());
        config.custom_phrases.push(CustomPhrase {
            phrase: "no worries".into(),
            check: "blame".into(),
            message: "m".into(),
            replacement: None,
        });
        assert_eq!(
            config.to_json(),
            "{\n  \"checks\": {\n    \"blame\": \"off\"\n  },\n  \"apology\": \"once\",\n  \"promise_phrases\": [\n    \"by 5 pm\"\n  ],\n  \"custom_phrases\": [\n    {\n      \"phrase\": \"no worries\",\n      \"check\": \"blame\",\n      \"message\": \"m\"\n    }\n  ],\n  \"ignored_phrases\": []\n}"
        );
    }

    #[test]
    fn a_field_named_twice_is_refused() {
        let err = Config::from_json(r#"{"apology": "once", "apology": "avoid"}"#).unwrap_err();
        assert_eq!(
            (err.field.as_str(), err.message.as_str()),
            ("apology", "duplicate field `apology`")
        );
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
            (
                r#"{"custom_phrases":[{"phrase":"a","check":"blame","message":"m","replacement":tru}]}"#,
                "custom_phrases[0].replacement",
            ),
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

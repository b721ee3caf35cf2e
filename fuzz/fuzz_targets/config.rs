//! Any bytes as a settings file: `Config::from_json` returns, accepts only one JSON object
//! whose house style obeys its rules, survives its own JSON and checks a draft soundly, and
//! a refusal says what is wrong and where.
#![no_main]

use libfuzzer_sys::fuzz_target;
use tactful::engine::config::MAX_PHRASES;
use tactful::engine::{self, checks, Config};
use tactful_fuzz::assert_report_sound;

/// The settings file's top-level fields, which an error's field path starts with.
const FIELDS: &[&str] = &[
    "checks",
    "apology",
    "promise_phrases",
    "custom_phrases",
    "ignored_phrases",
];

/// A draft that most checks react to (written for this target).
const DRAFT: &str = "Hi {{name}},\r\nSorry if you feel let down. Unfortunately we can't refund it \
because the courier lost it. We'll look into it and get back to you soon, hopefully. \
You should have read the policy 😀 e\u{301}.\n-Sam";
const CUSTOMER: &str = "This is the third time I ask!! Where is my refund?";

fn assert_house_style_valid(config: &Config) {
    let known = checks::ids();
    for id in config.checks.keys() {
        assert!(
            known.contains(&id.as_str()),
            "unknown check {id:?} accepted"
        );
    }
    for custom in &config.custom_phrases {
        assert!(
            known.contains(&custom.check.as_str()),
            "unknown check accepted"
        );
        assert!(
            custom.phrase.split_whitespace().next().is_some(),
            "empty phrase accepted"
        );
    }
    for list in [
        config.promise_phrases.len(),
        config.custom_phrases.len(),
        config.ignored_phrases.len(),
    ] {
        assert!(list <= MAX_PHRASES, "{list} phrases accepted");
    }
}

fuzz_target!(|data: &[u8]| {
    let json = String::from_utf8_lossy(data);
    match Config::from_json(&json) {
        Ok(config) => {
            let parsed = serde_json::from_str::<serde_json::Value>(&json);
            assert!(
                parsed.is_ok_and(|value| value.is_object()),
                "accepted settings that are not one JSON object"
            );
            assert_house_style_valid(&config);
            assert_eq!(Config::from_json(&config.to_json()), Ok(config.clone()));
            let report = engine::check(DRAFT, Some(CUSTOMER), &config);
            assert_report_sound(DRAFT, &report);
        }
        Err(error) => {
            assert!(
                !error.message.trim().is_empty(),
                "an error without a message"
            );
            let shown = error.to_string();
            assert!(
                shown.starts_with("invalid settings") && shown.contains(&error.message),
                "{shown}"
            );
            // The field is a path into the settings, or the unknown field the message names.
            let top = error.field.split(['.', '[']).next().unwrap_or_default();
            let unknown = format!("unknown field `{}`", error.field);
            assert!(
                error.field.is_empty() || FIELDS.contains(&top) || error.message.contains(&unknown),
                "the error names {:?}, which is no field of the settings: {shown}",
                error.field
            );
        }
    }
});

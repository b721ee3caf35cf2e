//! What the fuzz targets share: how an input splits into a draft, a customer's message and
//! the bytes that drive the rest, a house style built from those bytes, and the properties
//! every report must have.
//!
//! An input is `draft 0xFF customer 0xFF rest`. 0xFF never occurs in UTF-8, so a plain text
//! seed is all draft, and the fuzzer reaches the other parts by inserting that byte.

use arbitrary::Unstructured;
use tactful::engine::config::CustomPhrase;
use tactful::engine::{checks, ApologyPolicy, Config, Level, Report, Units};

pub const SEPARATOR: u8 = 0xFF;

pub struct Input<'a> {
    pub draft: String,
    pub customer: Option<String>,
    pub rest: Unstructured<'a>,
}

impl<'a> Input<'a> {
    pub fn split(data: &'a [u8]) -> Self {
        let mut parts = data.splitn(3, |&b| b == SEPARATOR);
        let draft = String::from_utf8_lossy(parts.next().unwrap_or_default()).into_owned();
        let customer = parts
            .next()
            .map(|c| String::from_utf8_lossy(c).into_owned());
        Input {
            draft,
            customer,
            rest: Unstructured::new(parts.next().unwrap_or_default()),
        }
    }
}

/// Phrase-matcher syntax (see `engine::pattern`) that house-style phrases may contain.
const SYNTAX: &[&str] = &[
    "*",
    "*0",
    "*1",
    "*9",
    "<num>",
    "<word>",
    "<slot>",
    "<slot:time*|day>",
    "[our|the]",
    "a|b",
    "|",
    "[",
    "]",
    "<",
    ">",
    "*x",
    "[]",
    "<slot:>",
];

/// A house-style phrase: mostly words of the draft (so that it matches), mixed with the
/// matcher's syntax or arbitrary text.
fn phrase(u: &mut Unstructured, draft: &str) -> String {
    let words: Vec<&str> = draft.split_whitespace().collect();
    let count = u.int_in_range(1..=4).unwrap_or(1);
    let mut elements = Vec::with_capacity(count);
    for _ in 0..count {
        let element = match u.int_in_range(0..=5).unwrap_or(0) {
            0..=2 if !words.is_empty() => u.choose(&words).map_or("", |w| w).to_string(),
            3 => u.choose(SYNTAX).map_or("", |s| s).to_string(),
            4 if !words.is_empty() => format!("{}*", u.choose(&words).map_or("", |w| w)),
            _ => u.arbitrary::<String>().unwrap_or_default(),
        };
        elements.push(element);
    }
    elements.join(" ")
}

fn phrases(u: &mut Unstructured, draft: &str, most: usize) -> Vec<String> {
    let count = u.int_in_range(0..=most).unwrap_or(0);
    (0..count).map(|_| phrase(u, draft)).collect()
}

/// A valid house style built from the fuzzer's bytes (the default when they run out). It
/// goes through the settings file's own parser, as a house style does in the app.
pub fn house_style(u: &mut Unstructured, draft: &str) -> Config {
    let mut config = Config::default();
    if u.is_empty() {
        return config;
    }
    let ids = checks::ids();
    for id in &ids {
        if u.ratio(1, 4).unwrap_or(false) {
            let levels = [Level::Off, Level::Hint, Level::Warning, Level::Error];
            config
                .checks
                .insert(id.to_string(), *u.choose(&levels).unwrap_or(&Level::Off));
        }
    }
    let policies = [
        ApologyPolicy::Require,
        ApologyPolicy::Once,
        ApologyPolicy::Avoid,
    ];
    config.apology = *u.choose(&policies).unwrap_or(&ApologyPolicy::Once);
    config.promise_phrases = phrases(u, draft, 3);
    config.ignored_phrases = phrases(u, draft, 2);
    for phrase in phrases(u, draft, 3) {
        // The settings parser refuses an empty phrase; a house style never holds one.
        if phrase.split_whitespace().next().is_none() {
            continue;
        }
        let replacement = match u.int_in_range(0..=2).unwrap_or(0) {
            0 => None,
            1 => Some("within one business day".to_string()),
            _ => u.arbitrary::<Option<String>>().unwrap_or_default(),
        };
        config.custom_phrases.push(CustomPhrase {
            phrase,
            check: u.choose(&ids).unwrap_or(&"blame").to_string(),
            message: "A phrase the team avoids.".to_string(),
            replacement,
        });
    }
    let parsed = Config::from_json(&config.to_json())
        .unwrap_or_else(|e| panic!("a valid house style is refused: {e}\n{config:#?}"));
    assert_eq!(parsed, config, "the house style does not survive its JSON");
    parsed
}

/// A char boundary of `text` at or below `byte`.
pub fn floor_char_boundary(text: &str, byte: usize) -> usize {
    let mut byte = byte.min(text.len());
    while !text.is_char_boundary(byte) {
        byte -= 1;
    }
    byte
}

/// The UTF-16 offset of a byte offset, counted from the start of the text (not with the
/// engine's index, which is what is being checked).
pub fn utf16_len(text: &str, byte: usize) -> usize {
    text[..byte].encode_utf16().count()
}

/// Every span and rewrite range lies on char boundaries inside the text, findings come in
/// reading order with a summary that counts them, and the report in UTF-16 units gives the
/// same ranges counted in UTF-16 code units (in bytes, the same numbers).
pub fn assert_report_sound(text: &str, report: &Report) {
    let in_text = |start: usize, end: usize, what: &str| {
        assert!(
            start <= end && end <= text.len(),
            "{what}: {start}..{end} outside a text of {} bytes",
            text.len()
        );
        assert!(
            text.is_char_boundary(start) && text.is_char_boundary(end),
            "{what}: {start}..{end} is off char boundaries"
        );
    };
    for finding in &report.findings {
        in_text(finding.start, finding.end, finding.check);
        for rewrite in &finding.rewrites {
            in_text(rewrite.edit.start, rewrite.edit.end, &rewrite.label);
        }
    }
    assert!(
        report
            .findings
            .windows(2)
            .all(|w| (w[0].start, w[0].end, w[0].check) <= (w[1].start, w[1].end, w[1].check)),
        "findings are not in reading order"
    );
    assert_eq!(
        report.summary,
        tactful::engine::Summary::of(&report.findings)
    );

    let bytes = report.output(text, Units::Bytes, false);
    let utf16 = report.output(text, Units::Utf16, true);
    assert_eq!(utf16.findings.len(), report.findings.len());
    for ((finding, b), u) in report
        .findings
        .iter()
        .zip(&bytes.findings)
        .zip(&utf16.findings)
    {
        assert_eq!((b.start, b.end), (finding.start, finding.end));
        assert_eq!(
            (u.start, u.end),
            (utf16_len(text, finding.start), utf16_len(text, finding.end)),
            "{}: UTF-16 span of bytes {}..{}",
            finding.check,
            finding.start,
            finding.end
        );
        assert!(u.line.is_some_and(|l| l >= 1) && u.column.is_some_and(|c| c >= 1));
        assert_eq!(u.rewrites.len(), finding.rewrites.len());
        for (rewrite, r) in finding.rewrites.iter().zip(&u.rewrites) {
            let edit = &rewrite.edit;
            assert_eq!(
                (r.edit.start, r.edit.end),
                (utf16_len(text, edit.start), utf16_len(text, edit.end)),
                "{}: UTF-16 range of rewrite {:?}",
                finding.check,
                rewrite.label
            );
            assert_eq!(r.edit.replacement, edit.replacement);
        }
    }
}

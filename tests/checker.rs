//! A [`Checker`] that re-checks a draft as it is edited reports exactly what a fresh
//! [`engine::check`] reports, whatever the edits: its memo may only save work.
#![cfg(not(target_arch = "wasm32"))]

use proptest::prelude::*;
use tactful::engine::{self, Checker, Config};

/// The labelled replies, dev's and train's: real drafts to edit.
const CORPORA: &[&str] = &[
    concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/corpus/dev.jsonl"),
    concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/corpus/train.jsonl"),
];

const FRAGMENTS: &[&str] = &[
    "We'll look into it soon.",
    "Sorry for any inconvenience.",
    "We can't refund this order",
    "because it was opened.",
    // What else there is, after a no: read from the no's sentence and the next.
    "Our Leeds store has them in stock.",
    "but the app does.",
    // Hope in place of plans only after a no, read from the sentence before.
    "We're always looking at new locations.",
    // More reading, which no way forward is: kept per sentence with the draft.
    "Read more about it here.",
    "You should have read the policy!",
    "Maybe it will arrive tomorrow.",
    "I'll call you by 5 p.m. today",
    "Hi Sam,",
    "Kind regards,",
    "Alex",
    "[option A]",
    "{{name}}",
    "https://t.co/x1.",
    "won’t",
    "😀",
    "日本語",
    "e\u{301}",
    "?",
    ".",
    ",",
    "^KM",
];

fn fragment() -> impl Strategy<Value = String> {
    prop_oneof![
        8 => proptest::sample::select(FRAGMENTS).prop_map(str::to_string),
        1 => "[a-zA-Z' .]{1,8}",
    ]
}

fn separator() -> impl Strategy<Value = &'static str> {
    proptest::sample::select(&[" ", " ", "", "\n", "\n\n", "\r\n"][..])
}

fn draft() -> impl Strategy<Value = String> {
    proptest::collection::vec((fragment(), separator()), 0..30)
        .prop_map(|parts| parts.into_iter().map(|(f, s)| f + s).collect())
}

/// An edit: where (a fraction of the text), how much to delete, what to insert.
fn edit() -> impl Strategy<Value = (f64, usize, String)> {
    (
        0.0..=1.0f64,
        0..6usize,
        prop_oneof![fragment(), Just(String::new()), "[a-z .\n]"],
    )
}

fn apply(text: &str, (at, delete, insert): &(f64, usize, String)) -> String {
    let mut start = ((text.len() as f64) * at) as usize;
    while !text.is_char_boundary(start) {
        start -= 1;
    }
    let mut end = (start + delete).min(text.len());
    while !text.is_char_boundary(end) {
        end += 1;
    }
    format!("{}{insert}{}", &text[..start], &text[end..])
}

proptest! {
    #[test]
    fn a_checker_reports_what_check_reports(
        text in draft(),
        customer in proptest::option::of(draft()),
        edits in proptest::collection::vec(edit(), 1..12),
    ) {
        let config = Config::default();
        let mut checker = Checker::new();
        let mut text = text;
        let fresh = engine::check(&text, customer.as_deref(), &config);
        prop_assert_eq!(checker.check(&text, customer.as_deref(), &config), &fresh);
        // Every edited text is checked, the last one too: each re-check reuses the one before.
        for edit in &edits {
            text = apply(&text, edit);
            let fresh = engine::check(&text, customer.as_deref(), &config);
            prop_assert_eq!(checker.check(&text, customer.as_deref(), &config), &fresh);
        }
    }
}

#[derive(serde::Deserialize)]
struct Item {
    customer: Option<String>,
    reply: String,
}

/// Every corpus reply typed at its end and edited in the middle, one checker throughout.
#[test]
fn a_checker_agrees_over_the_corpus() {
    let corpora: Vec<String> = CORPORA
        .iter()
        .filter_map(|path| {
            let read = std::fs::read_to_string(path);
            if read.is_err() {
                eprintln!("{path} is missing: skipped");
            }
            read.ok()
        })
        .collect();
    let config = Config::default();
    let mut checker = Checker::new();
    for line in corpora
        .iter()
        .flat_map(|corpus| corpus.lines())
        .filter(|l| !l.trim().is_empty())
    {
        let item: Item = serde_json::from_str(line).expect("corpus line");
        let customer = item.customer.as_deref();
        let middle = item.reply.len() / 2;
        let mut texts = vec![
            item.reply.clone(),
            format!("{} We will", item.reply),
            format!("{} We will call", item.reply),
        ];
        if item.reply.is_char_boundary(middle) {
            texts.push(format!(
                "{}\n{}",
                &item.reply[..middle],
                &item.reply[middle..]
            ));
        }
        for text in &texts {
            assert_eq!(
                *checker.check(text, customer, &config),
                engine::check(text, customer, &config),
                "{text:?}"
            );
        }
    }
}

/// What a check remembers about a sentence must not outlive what it read past the sentence:
/// "we'll see" on a line of its own reads on into the next line, and so does a promise
/// whose line ends in "and". Only the next line changes; the reports differ, and the
/// checker's must be check's.
#[test]
fn a_remembered_decision_follows_the_words_after_a_sentence_without_punctuation() {
    let config = Config::default();
    for [first, second] in [
        [
            "Thanks for waiting\nWe'll see\nhow it goes.",
            "Thanks for waiting\nWe'll see\nwhat we can suggest.",
        ],
        [
            "Hi Sam,\nWe'll get back to you and\nwe will fix it.",
            "Hi Sam,\nWe'll get back to you and\nthanks.",
        ],
    ] {
        assert_ne!(
            engine::check(first, None, &config),
            engine::check(second, None, &config)
        );
        let mut checker = Checker::new();
        for text in [first, second, first] {
            let fresh = engine::check(text, None, &config);
            assert_eq!(*checker.check(text, None, &config), fresh, "{text:?}");
        }
    }
}

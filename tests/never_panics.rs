//! Robustness: whatever the agent pastes and whatever the house style, `engine::check`
//! returns, its offsets are exact in bytes and in UTF-16, and applying a rewrite touches only
//! its own range (a range that does not fit is refused). Any settings text is parsed or
//! refused with a message. (`scripts/fuzz` explores the same properties for longer.)
#![cfg(not(target_arch = "wasm32"))]

use proptest::prelude::*;
use tactful::engine::config::CustomPhrase;
use tactful::engine::{self, checks, ApologyPolicy, Config, Edit, Level, Report, Units};

/// Words the checks react to, mixed with text that is hard on offsets and tokenising.
const FRAGMENTS: &[&str] = &[
    // The checks' vocabularies.
    "we'll",
    "We’ll",
    "get back to you",
    "soon",
    "shortly",
    "ASAP",
    "as soon as",
    "look into it",
    "be in touch",
    "within the hour",
    "by Friday",
    "at 5 pm",
    "sorry",
    "apologies for any inconvenience",
    "sorry if you feel",
    "can't",
    "won't",
    "unable",
    "not possible",
    "unfortunately",
    "because",
    "our system",
    "the courier",
    "hopefully",
    "maybe",
    "we'll see",
    "you should have",
    "as I already said",
    "calm down",
    "per my last email",
    "never happen again",
    "100%",
    "guaranteed",
    "What I can do is",
    "Please DM us",
    "Thanks!",
    "refund",
    "order",
    "^KM",
    "-Becky",
    "*TAC",
    "2/2",
    "https://t.co/abc",
    "www.example.com/x",
    "@user",
    "#help",
    "e.g.",
    "p.m.",
    "5:45",
    "24",
    "[time]",
    "[option A]",
    "{{name}}",
    "<NAME>",
    "{x}",
    "[",
    "]",
    "{{",
    "<",
    ">",
    // Punctuation and joiners.
    ".",
    ",",
    "!",
    "?",
    "...",
    "…",
    "—",
    "–",
    "-",
    "'",
    "’",
    "\"",
    ":",
    ";",
    "/",
    "&amp;",
    // Emoji, ZWJ sequences, flags, skin tones.
    "😀",
    "👩‍👩‍👧‍👦",
    "🏳️‍🌈",
    "🇬🇧",
    "👍🏽",
    "❤️",
    // CJK, combining marks, RTL and bidi controls.
    "漢字",
    "お問い合わせ",
    "한국어",
    "e\u{301}",
    "a\u{308}\u{323}",
    "\u{301}",
    "مرحبا بك",
    "שלום",
    "\u{202E}",
    "\u{200F}",
    "\u{200D}",
    "\u{FEFF}",
    // Line breaks and control characters.
    "\r\n",
    "\r",
    "\n",
    "\t",
    "\0",
    "\u{7}",
    "\u{1B}",
    "\u{85}",
    "\u{2028}",
];

fn fragment() -> impl Strategy<Value = String> {
    prop_oneof![
        6 => proptest::sample::select(FRAGMENTS).prop_map(str::to_string),
        1 => any::<String>(),
        1 => "[a-zA-Z]{1,8}",
    ]
}

fn separator() -> impl Strategy<Value = &'static str> {
    proptest::sample::select(&[" ", " ", " ", "", "\n", "  ", "\r\n"][..])
}

fn draft() -> impl Strategy<Value = String> {
    proptest::collection::vec((fragment(), separator()), 0..40)
        .prop_map(|parts| parts.into_iter().map(|(f, s)| f + s).collect())
}

/// A house style with every part set at random: check levels, apology policy, the team's
/// windows, its own phrases (whose replacements become rewrites) and ignored phrases.
fn house_style() -> impl Strategy<Value = Config> {
    let check = || proptest::sample::select(checks::ids()).prop_map(str::to_string);
    let level =
        proptest::sample::select(&[Level::Off, Level::Hint, Level::Warning, Level::Error][..]);
    let apology = proptest::sample::select(
        &[
            ApologyPolicy::Require,
            ApologyPolicy::Once,
            ApologyPolicy::Avoid,
        ][..],
    );
    let custom = (
        fragment(),
        fragment(),
        check(),
        proptest::option::of(fragment()),
    )
        .prop_map(|(first, second, check, replacement)| CustomPhrase {
            phrase: format!("{first} {second}"),
            check,
            message: "A phrase the team avoids.".to_string(),
            replacement,
        });
    (
        proptest::collection::btree_map(check(), level, 0..4),
        apology,
        proptest::collection::vec(fragment(), 0..3),
        proptest::collection::vec(custom, 0..3),
        proptest::collection::vec(fragment(), 0..2),
    )
        .prop_map(
            |(checks, apology, promise_phrases, custom_phrases, ignored_phrases)| Config {
                checks: checks.into_iter().collect(),
                apology,
                promise_phrases,
                // The settings parser refuses an empty phrase.
                custom_phrases: custom_phrases
                    .into_iter()
                    .filter(|c| c.phrase.split_whitespace().next().is_some())
                    .collect(),
                ignored_phrases,
            },
        )
}

/// Every span and rewrite range of the report lies on char boundaries inside the text, the
/// UTF-16 offsets slice the same text, and each rewrite only changes its own range.
fn assert_sound(text: &str, report: &Report) {
    assert_sound_applying(text, report, usize::MAX);
}

/// As [`assert_sound`], applying the rewrites of the first `apply_limit` findings only (each
/// application copies the whole text).
fn assert_sound_applying(text: &str, report: &Report, apply_limit: usize) {
    let utf16: Vec<u16> = text.encode_utf16().collect();
    let out = report.output(text, Units::Utf16, false);
    assert_eq!(out.findings.len(), report.findings.len());
    for (n, (finding, out)) in report.findings.iter().zip(&out.findings).enumerate() {
        let ranges = std::iter::once((finding.start, finding.end, out.start, out.end)).chain(
            finding
                .rewrites
                .iter()
                .zip(&out.rewrites)
                .map(|(r, o)| (r.edit.start, r.edit.end, o.edit.start, o.edit.end)),
        );
        for (start, end, start16, end16) in ranges {
            assert!(
                start <= end && end <= text.len(),
                "{}: {start}..{end} outside {text:?}",
                finding.check
            );
            assert!(
                text.is_char_boundary(start) && text.is_char_boundary(end),
                "{}: {start}..{end} off char boundaries in {text:?}",
                finding.check
            );
            let expected: Vec<u16> = text[start..end].encode_utf16().collect();
            assert_eq!(
                utf16.get(start16..end16),
                Some(&expected[..]),
                "{}: UTF-16 {start16}..{end16} does not slice bytes {start}..{end} of {text:?}",
                finding.check
            );
        }
        for rewrite in finding.rewrites.iter().filter(|_| n < apply_limit) {
            let edit = &rewrite.edit;
            let after =
                engine::apply(text, edit).unwrap_or_else(|e| panic!("{}: {e}", finding.check));
            assert_eq!(&after[..edit.start], &text[..edit.start]);
            assert_eq!(
                &after[after.len() - (text.len() - edit.end)..],
                &text[edit.end..]
            );
            assert_eq!(
                &after[edit.start..edit.start + edit.replacement.len()],
                edit.replacement
            );
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 400, ..ProptestConfig::default() })]

    #[test]
    fn check_never_panics_and_offsets_are_exact(text in draft()) {
        let report = engine::check(&text, None, &Config::default());
        assert_sound(&text, &report);
    }

    #[test]
    fn check_with_a_customer_message_never_panics(text in draft(), customer in draft()) {
        let report = engine::check(&text, Some(&customer), &Config::default());
        assert_sound(&text, &report);
    }

    #[test]
    fn odd_house_styles_never_panic(
        text in draft(),
        windows in proptest::collection::vec(fragment(), 0..4),
        ignored in proptest::collection::vec(fragment(), 0..3),
    ) {
        let config = Config {
            promise_phrases: windows,
            ignored_phrases: ignored,
            ..Config::default()
        };
        let report = engine::check(&text, None, &config);
        assert_sound(&text, &report);
        // The team's own windows are offered first, and applying one clears the promise.
        for finding in report.findings.iter().filter(|f| f.check == "vague-promise") {
            for rewrite in &finding.rewrites {
                let after = engine::apply(&text, &rewrite.edit).unwrap();
                let count = |r: &Report| r.findings.iter().filter(|f| f.check == "vague-promise").count();
                let before = count(&report);
                prop_assert!(count(&engine::check(&after, None, &config)) < before, "{after:?}");
            }
        }
    }

    #[test]
    fn apply_refuses_a_range_that_does_not_fit(
        text in draft(),
        start in 0..80usize,
        end in 0..80usize,
        replacement in fragment(),
    ) {
        let edit = Edit { start, end, replacement };
        let fits = start <= end
            && end <= text.len()
            && text.is_char_boundary(start)
            && text.is_char_boundary(end);
        match engine::apply(&text, &edit) {
            Ok(after) => {
                prop_assert!(fits);
                prop_assert_eq!(after, format!("{}{}{}", &text[..start], edit.replacement, &text[end..]));
            }
            Err(_) => prop_assert!(!fits),
        }
    }

    #[test]
    fn any_settings_text_is_parsed_or_refused_with_a_message(
        parts in proptest::collection::vec(
            prop_oneof![
                3 => proptest::sample::select(&[
                    "{", "}", "[", "]", ":", ",", "\"", "\"checks\"", "\"apology\"",
                    "\"custom_phrases\"", "\"blame\"", "\"off\"", "\"once\"", "1", "null",
                ][..]).prop_map(str::to_string),
                1 => fragment(),
            ],
            0..24,
        ),
    ) {
        let json = parts.concat();
        if let Err(e) = Config::from_json(&json) {
            prop_assert!(!e.message.trim().is_empty(), "{:?}", json);
        }
    }

    #[test]
    fn any_string_at_all(text in any::<String>()) {
        let report = engine::check(&text, Some(&text), &Config::default());
        assert_sound(&text, &report);
    }
}

proptest! {
    // Each case compiles the house style's phrase lists: fewer cases keep this one quick.
    #![proptest_config(ProptestConfig { cases: 200, ..ProptestConfig::default() })]

    #[test]
    fn any_house_style_never_panics(text in draft(), customer in draft(), config in house_style()) {
        let report = engine::check(&text, Some(&customer), &config);
        assert_sound(&text, &report);
    }
}

#[test]
fn empty_and_whitespace_drafts() {
    for text in ["", " ", "\n", "\r\n\r\n", "\t \u{a0}\u{3000}", "\0"] {
        let report = engine::check(text, Some(text), &Config::default());
        assert_sound(text, &report);
        assert!(report.summary.ready, "{text:?}");
    }
}

/// A long paragraph in the checks' vocabulary, repeated with variations.
fn long_draft(target: usize, line_breaks: bool) -> String {
    let sentences = [
        "We'll look into it and get back to you soon",
        "Sorry for any inconvenience, our system is down because of the courier",
        "Hopefully it will never happen again, guaranteed 100%",
        "You should have called us, as I already said",
        "Unfortunately we can't do that",
        "Hi {{name}}, I'll call you at [time] 😀 漢字 e\u{301} مرحبا",
        "Please DM us at https://t.co/abc ^KM",
    ];
    let mut text = String::with_capacity(target + 200);
    let mut n = 0;
    while text.len() < target {
        text.push_str(sentences[n % sentences.len()]);
        text.push_str(if n % 3 == 0 { "! " } else { ". " });
        if line_breaks && n % 5 == 4 {
            text.push_str("\r\n");
        }
        n += 1;
    }
    text
}

#[test]
fn a_one_megabyte_draft_finishes() {
    let text = long_draft(1 << 20, true);
    let report = engine::check(&text, None, &Config::default());
    assert_sound_applying(&text, &report, 50);
    assert!(!report.findings.is_empty());
}

#[test]
fn a_single_200_kb_line_finishes() {
    let text = long_draft(200 * 1024, false);
    assert!(!text.contains('\n'));
    let report = engine::check(&text, Some(&text), &Config::default());
    assert_sound_applying(&text, &report, 50);
    // And a 200 KB line with no sentence punctuation at all.
    let words = "we will look into it soon sorry unfortunately because hopefully ".repeat(3300);
    let report = engine::check(&words, None, &Config::default());
    assert_sound_applying(&words, &report, 50);
}

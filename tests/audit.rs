//! `tactful check` on macro libraries, run as a team lead would: a fixture per helpdesk
//! export (written here in each API's field layout, with invented replies), folders, the
//! text, JSON and SARIF reports, exit codes, config discovery and bad input.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::*;
use serde_json::Value;

fn fixture(name: &str) -> String {
    format!(
        "{}/tests/fixtures/library/{name}",
        env!("CARGO_MANIFEST_DIR")
    )
}

fn json_of(args: &[&str]) -> (i32, Value) {
    let mut args = args.to_vec();
    args.extend(["--format", "json"]);
    let output = run(&args);
    let json = serde_json::from_str(&stdout(&output))
        .unwrap_or_else(|e| panic!("{e}: {}{}", stdout(&output), stderr(&output)));
    (code(&output), json)
}

/// (title, check, flagged words) of every finding.
fn findings(json: &Value) -> Vec<(String, String, String)> {
    let mut all = Vec::new();
    for m in json["macros"].as_array().unwrap() {
        for f in m["findings"].as_array().unwrap() {
            all.push((
                m["title"].as_str().unwrap().to_string(),
                f["check"].as_str().unwrap().to_string(),
                f["text"].as_str().unwrap().to_string(),
            ));
        }
    }
    all
}

fn titles(json: &Value) -> Vec<&str> {
    json["macros"]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| m["title"].as_str().unwrap())
        .collect()
}

fn finding(title: &str, check: &str, words: &str) -> (String, String, String) {
    (title.into(), check.into(), words.into())
}

#[test]
fn zendesk_export() {
    let (code, json) = json_of(&["check", &fixture("zendesk-macros.json")]);
    assert_eq!(code, 1, "an [option A] gap is an error");
    // "Tag as VIP" only sets a tag: no reply to check.
    assert_eq!(
        titles(&json),
        [
            "Shipping::Late parcel",
            "Billing::Refund issued",
            "Billing::Offer options"
        ]
    );
    assert_eq!(json["macros"][0]["format"], "zendesk");
    assert_eq!(json["macros"][0]["locator"], "macros[0]");
    assert_eq!(json["macros"][2]["locator"], "macros[3]");
    assert_eq!(json["macros"][0]["file_line"], 5);
    // Merge fields and the {% if %} block are not placeholders; the gap is.
    assert_eq!(
        findings(&json),
        [
            finding(
                "Shipping::Late parcel",
                "vague-promise",
                "We’ll look into it and get back to you soon"
            ),
            finding(
                "Billing::Offer options",
                "unfilled-placeholder",
                "[option A]"
            ),
        ]
    );
    let late = &json["macros"][0]["findings"][0];
    assert_eq!(
        (late["line"].as_u64(), late["column"].as_u64()),
        (Some(3), Some(51))
    );
    let summary = &json["summary"];
    assert_eq!(summary["macros"], 3);
    assert_eq!(summary["macros_ready"], 2);
    assert_eq!(summary["macros_clean"], 1);
    assert_eq!(summary["ready"], false);
    assert_eq!(summary["by_check"]["vague-promise"], 1);
    assert_eq!(summary["worst"][0]["title"], "Billing::Offer options");
}

#[test]
fn freshdesk_help_scout_front_gorgias_and_plain_lists() {
    /// (title, check, flagged words)
    type Expected<'a> = &'a [(&'a str, &'a str, &'a str)];
    let cases: &[(&str, &str, i32, Expected)] = &[
        (
            "freshdesk-canned-responses.json",
            "freshdesk",
            0,
            &[(
                "Delivery delay",
                "vague-promise",
                "We'll look into it and get back to you soon",
            )],
        ),
        (
            "helpscout-saved-replies.json",
            "helpscout",
            1,
            &[
                (
                    "Refund policy",
                    "missing-alternative",
                    "Unfortunately that is not possible",
                ),
                ("Refund policy", "blame", "You should have read"),
            ],
        ),
        (
            "front-message-templates.json",
            "front",
            0,
            &[(
                "Chasing the warehouse",
                "vague-promise",
                "We'll look into it and get back to you soon",
            )],
        ),
        (
            "gorgias-macros.json",
            "gorgias",
            1,
            &[("Exchange: pick a size", "unfilled-placeholder", "[size]")],
        ),
        (
            "saved-replies.json",
            "json-list",
            0,
            &[(
                "Address change",
                "vague-promise",
                "We'll look into it and get back to you soon",
            )],
        ),
    ];
    for &(file, format, expected_code, expected) in cases {
        let (code, json) = json_of(&["check", &fixture(file)]);
        assert_eq!(code, expected_code, "{file}");
        assert_eq!(json["macros"][0]["format"], format, "{file}");
        let expected: Vec<_> = expected.iter().map(|&(t, c, w)| finding(t, c, w)).collect();
        assert_eq!(findings(&json), expected, "{file}");
    }
    let (_, json) = json_of(&["check", &fixture("gorgias-macros.json")]);
    assert_eq!(
        titles(&json),
        ["Exchange: pick a size"],
        "a status-only macro is skipped"
    );
    let (_, json) = json_of(&["check", &fixture("saved-replies.json")]);
    assert_eq!(json["macros"][2]["title"], "untitled 3");
}

#[test]
fn csv_html_and_markdown() {
    let (exit, json) = json_of(&["check", &fixture("macros.csv")]);
    assert_eq!(exit, 1);
    assert_eq!(
        titles(&json),
        ["Late parcel", "Refund done", "Options, HTML"]
    );
    assert_eq!(json["macros"][2]["locator"], "row 3");
    assert_eq!(json["macros"][2]["file_line"], 5);
    assert_eq!(
        findings(&json),
        [
            finding(
                "Late parcel",
                "vague-promise",
                "We'll look into it and get back to you soon"
            ),
            finding("Options, HTML", "unfilled-placeholder", "[option A]"),
        ]
    );

    // The script, the style and the quoted line say "soon"; the agent's words do not.
    let (exit, json) = json_of(&["check", &fixture("store-credit.html")]);
    assert_eq!(exit, 0);
    assert_eq!(titles(&json), ["Store credit & refunds"]);
    assert_eq!(findings(&json), []);

    let output = run(&["check", &fixture("late-parcel.md")]);
    assert_eq!(code(&output), 0);
    let text = stdout(&output);
    assert!(
        text.contains("late-parcel.md:5:32: warning [vague-promise]"),
        "{text}"
    );
}

#[test]
fn the_csv_column_can_be_named() {
    let dir = Scratch::new("column");
    let csv = dir.file("answers.csv", "id,answer\n1,We'll get back to you soon.\n");
    let output = run(&["check", &csv]);
    assert_eq!(code(&output), 2);
    assert!(stderr(&output).contains("--column"), "{}", stderr(&output));
    let output = run(&["check", &csv, "--column", "answer"]);
    assert_eq!(code(&output), 0, "{}", stderr(&output));
    assert!(stdout(&output).contains("vague-promise"));
}

#[test]
fn text_report_groups_by_macro_then_sums_up() {
    let output = run(&["check", &fixture("zendesk-macros.json")]);
    let text = stdout(&output);
    let heading = "── Billing::Offer options (";
    assert!(text.contains(heading), "{text}");
    assert!(text.contains("macros[3], line 42) ── 1 error(s)"), "{text}");
    assert!(
        text.contains("  3:21: error [unfilled-placeholder] Fill in [option A]"),
        "{text}"
    );
    assert!(text.contains("      | [option A]"), "{text}");
    assert!(
        text.contains("      = Give a time: "),
        "the first rewrite is shown: {text}"
    );
    for line in [
        "  files read       1",
        "  macros checked   3",
        "  macros ready     2 (no error)",
        "  macros clean     1 (no finding)",
        "    unfilled-placeholder   1",
        "     1. Billing::Offer options (",
        "1 of 3 macros not ready to send",
    ] {
        assert!(text.contains(line), "missing {line:?}:\n{text}");
    }
    assert!(
        !text.contains("Refund issued"),
        "clean macros are only counted: {text}"
    );
}

#[test]
fn sarif_report() {
    let output = run(&[
        "check",
        &fixture("late-parcel.md"),
        &fixture("zendesk-macros.json"),
        "--format",
        "sarif",
    ]);
    assert_eq!(code(&output), 1);
    let sarif: Value = serde_json::from_str(&stdout(&output)).expect("SARIF is JSON");
    assert_eq!(sarif["version"], "2.1.0");
    let run = &sarif["runs"][0];
    assert_eq!(run["tool"]["driver"]["name"], "tactful");
    let rules = run["tool"]["driver"]["rules"].as_array().unwrap();
    assert_eq!(rules.len(), tactful::engine::checks::ids().len());
    let results = run["results"].as_array().unwrap();
    assert_eq!(results.len(), 3);
    // A Markdown macro's finding is on its line of the file.
    let md = &results[0];
    assert_eq!(md["ruleId"], "vague-promise");
    assert_eq!(md["level"], "warning");
    let location = &md["locations"][0]["physicalLocation"];
    assert!(location["artifactLocation"]["uri"]
        .as_str()
        .unwrap()
        .ends_with("tests/fixtures/library/late-parcel.md"));
    assert_eq!(location["region"]["startLine"], 5);
    assert_eq!(location["region"]["startColumn"], 32);
    // An export's finding is at its macro's record, named by title.
    let zendesk = &results[2];
    assert_eq!(zendesk["level"], "error");
    assert_eq!(
        zendesk["locations"][0]["physicalLocation"]["region"]["startLine"],
        42
    );
    assert_eq!(
        zendesk["locations"][0]["logicalLocations"][0]["name"],
        "Billing::Offer options"
    );
    assert!(zendesk["message"]["text"]
        .as_str()
        .unwrap()
        .contains("line 3 of macro"));
}

#[test]
fn folders_are_walked_skipping_hidden_and_binary_files() {
    let dir = Scratch::new("folder");
    dir.file(
        "billing/refund.txt",
        "I've refunded the full amount today.\n",
    );
    dir.file("shipping/late.md", "We'll get back to you soon.\n");
    dir.file(".git/HEAD", "We'll get back to you soon [x].\n");
    dir.file(".hidden.txt", "Pick [option A].\n");
    dir.file("logo.png", b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR");
    let output = run(&["check", &dir.path(), "--format", "json"]);
    assert_eq!(code(&output), 0, "{}", stderr(&output));
    let json: Value = serde_json::from_str(&stdout(&output)).unwrap();
    let files: Vec<&str> = json["macros"]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| m["file"].as_str().unwrap())
        .collect();
    assert_eq!(files.len(), 2, "{files:?}");
    assert!(files[0].ends_with("billing/refund.txt") && files[1].ends_with("shipping/late.md"));
    assert_eq!(json["summary"]["files"], 2);
}

#[test]
fn standard_input_is_sniffed() {
    let export = std::fs::read(fixture("front-message-templates.json")).unwrap();
    let output = run_with_stdin(&["check", "-", "--format", "json"], export);
    let json: Value = serde_json::from_str(&stdout(&output)).unwrap();
    assert_eq!(json["macros"][0]["format"], "front");
    assert_eq!(json["macros"][0]["file"], "<stdin>");
}

#[test]
fn the_nearest_tactful_json_is_the_house_style() {
    let dir = Scratch::new("config");
    let draft = dir.file("team/macros/late.txt", "We'll get back to you soon.\n");
    dir.file(".tactful.json", r#"{"checks": {"vague-promise": "error"}}"#);
    let nested = dir.0.join("team/macros");
    assert_eq!(
        code(&run_in(&nested, &["check", &draft])),
        1,
        "found two folders up"
    );
    let off = dir.file("off.json", r#"{"checks": {"vague-promise": "off"}}"#);
    let output = run_in(
        &nested,
        &["check", &draft, "--config", &off, "--format", "json"],
    );
    assert_eq!(code(&output), 0, "--config wins");
    let json: Value = serde_json::from_str(&stdout(&output)).unwrap();
    assert_eq!(json["summary"]["macros_clean"], 1);

    dir.file(".tactful.json", "{\"checks\": ");
    let output = run_in(&nested, &["check", &draft]);
    assert_eq!(code(&output), 2);
    assert!(
        stderr(&output).contains(".tactful.json"),
        "{}",
        stderr(&output)
    );
}

/// Exit 2, each bad file named on stderr with the reason, and the good files still checked.
#[test]
fn bad_input_is_named_and_nothing_is_lost() {
    let dir = Scratch::new("bad");
    let good = dir.file("good.txt", "We'll get back to you soon.\n");
    let cases: Vec<(String, &str)> = vec![
        (
            dir.file("broken.json", "{\"macros\": [\n  {\"title\": \"A\" \"actions\": []}\n]}"),
            "broken.json: line 2, column 17: malformed JSON: expected `,` or `}`",
        ),
        (
            dir.file("tickets.json", r#"{"tickets": [{"id": 1, "subject": "x"}]}"#),
            "tickets.json: is JSON of an unknown shape (the keys \"tickets\")",
        ),
        (
            dir.file("unclosed.csv", "title,body\nA,\"never closed\n"),
            "unclosed.csv: line 2: a quoted field opened here is never closed",
        ),
        (
            dir.file("ragged.csv", "title,body\nA,x,y\n"),
            "ragged.csv: line 2: 3 fields, but the header has 2",
        ),
        (
            dir.file("latin1.txt", b"Caf\xe9 au lait\n"),
            "latin1.txt: line 1: not valid UTF-8 (first bad byte at offset 3)",
        ),
        (dir.file("empty.json", "[]"), "empty.json: holds an empty list"),
        (dir.file("empty.txt", "  \n"), "empty.txt: is empty"),
        (
            dir.file("no-replies.json", r#"{"macros": [{"title": "Close", "actions": [{"field": "status", "value": "solved"}]}]}"#),
            "no-replies.json: none of its 1 zendesk records has reply text",
        ),
        (
            dir.file("image.bin", b"\0\x01\x02"),
            "image.bin: looks like a binary file",
        ),
    ];
    for (bad, reason) in &cases {
        let output = run(&["check", &good, bad, "--format", "json"]);
        let err = stderr(&output);
        assert_eq!(code(&output), 2, "{bad}: {err}");
        assert_eq!(err.lines().count(), 1, "{err}");
        assert!(err.contains(reason), "{err:?} should contain {reason:?}");
        assert!(!err.contains("panicked"));
        let json: Value = serde_json::from_str(&stdout(&output)).unwrap();
        assert_eq!(
            json["summary"]["macros"], 1,
            "the good file is still checked"
        );
        assert_eq!(json["problems"].as_array().unwrap().len(), 1);
    }
}

#[test]
fn html_is_only_read_never_run() {
    let dir = Scratch::new("html");
    let page = dir.file(
        "macro.html",
        "<p>Thanks!</p><script>require('fs').writeFileSync('pwned', 'x')</script>\
         <img src=x onerror=alert(1)><style>@import url(http://evil)</style><p>All sorted today.</p>",
    );
    let output = run(&["check", &page, "--format", "json"]);
    assert_eq!(code(&output), 0, "{}", stderr(&output));
    assert!(!dir.0.join("pwned").exists());
    assert_eq!(
        stderr(&output).trim_end(),
        format!("tactful: {page}: note: dropped a <script> and a <style> from the HTML (never run; agents do not see it)")
    );
    let json: Value = serde_json::from_str(&stdout(&output)).unwrap();
    assert_eq!(findings(&json), []);
    assert!(json["notes"][0]["reason"]
        .as_str()
        .unwrap()
        .starts_with("dropped a <script>"));
    assert_eq!(json["macros"][0]["title"], page);

    // In an export, the note names the macro's record.
    let export = dir.file(
        "front.json",
        r#"{"_results": [{"name": "T", "body": "<p>Hi</p><script>x()</script>"}]}"#,
    );
    let output = run(&["check", &export]);
    assert!(
        stderr(&output).contains("front.json: _results[0]: note: dropped a <script>"),
        "{}",
        stderr(&output)
    );
}

#[test]
fn a_file_over_the_limit_is_refused_before_it_is_read() {
    let dir = Scratch::new("large");
    let path = dir.0.join("huge.json");
    let file = std::fs::File::create(&path).unwrap();
    // Sparse: 50 MB on paper, nothing written.
    file.set_len(50 * 1024 * 1024).unwrap();
    let output = run(&["check", &path.to_string_lossy()]);
    assert_eq!(code(&output), 2);
    let err = stderr(&output);
    assert!(
        err.contains("huge.json: is 50.0 MB, over the 16 MB"),
        "{err}"
    );
}

mod never_panics {
    use proptest::prelude::*;
    use tactful::engine::{Checker, Config};
    use tactful::library::{self, audit, html, ReadOptions};

    /// Pieces of markup, CSV, JSON and templates, and words the checks react to.
    const PIECES: &[&str] = &[
        "<p>",
        "</p>",
        "<br>",
        "<br/>",
        "<ul>",
        "<li>",
        "</li>",
        "<ol>",
        "<blockquote>",
        "</blockquote>",
        "<pre>",
        "</pre>",
        "<script>",
        "</script>",
        "<style>",
        "<!--",
        "-->",
        "<a href=\"x>y\">",
        "<",
        ">",
        "&amp;",
        "&#x",
        "&#1234567;",
        "&nbsp;",
        "&",
        "{{",
        "}}",
        "{%",
        "%}",
        "{{ticket.id}}",
        "[option A]",
        "\"",
        ",",
        "\n",
        "\r\n",
        "\r",
        "[",
        "]",
        "{",
        "}",
        ":",
        "\"macros\"",
        "\"actions\"",
        "\"field\"",
        "\"comment_value\"",
        "\"body\"",
        "We'll get back to you soon.",
        "Unfortunately not.",
        "é",
        "😀",
        " ",
        "> ",
        "-- \n",
    ];

    fn mix() -> impl Strategy<Value = String> {
        prop::collection::vec(prop::sample::select(PIECES), 0..60).prop_map(|p| p.concat())
    }

    fn name() -> impl Strategy<Value = &'static str> {
        prop::sample::select(vec!["a.json", "a.csv", "a.html", "a.md", "a.txt", "-"])
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(300))]

        #[test]
        fn any_file_is_read_or_refused_and_findings_are_exact(text in mix(), name in name()) {
            let config = Config::default();
            if let Ok(found) = library::read(name, text.as_bytes(), &ReadOptions::default()) {
                let mut checker = Checker::new();
                for m in &found.macros {
                    for f in audit::check(&mut checker, m, None, &config).findings {
                        prop_assert!(m.text.is_char_boundary(f.start) && m.text.is_char_boundary(f.end));
                        prop_assert!(f.start <= f.end && f.end <= m.text.len());
                    }
                }
            }
        }

        #[test]
        fn any_bytes_are_read_or_refused(bytes in prop::collection::vec(any::<u8>(), 0..200), name in name()) {
            let _ = library::read(name, &bytes, &ReadOptions::default());
        }

        #[test]
        fn html_never_shows_a_script(text in mix()) {
            // Without a `<` of its own before it (an unclosed `<b` swallows the next tag, as
            // in a browser), a script's text never shows.
            let text = text.replace('<', "");
            let shown = html::to_text(&format!("{text}<script>secret()</script>{text}"));
            prop_assert!(!shown.contains("secret()"));
        }
    }
}

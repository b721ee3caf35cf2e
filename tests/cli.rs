//! The command line, run as a user would: `check` on one draft (text and JSON, exit codes),
//! `eval` on a small corpus written here, `rules`, and clap's help and usage errors. Macro
//! libraries are in `audit.rs`.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::*;
use serde_json::Value;
use std::process::{Command, Output, Stdio};

/// Exit 2 with exactly one line on stderr that contains `reason`.
fn assert_bad_input(output: &Output, reason: &str) {
    let err = stderr(output);
    assert_eq!(code(output), 2, "stderr: {err}");
    assert_eq!(
        err.trim_end().lines().count(),
        1,
        "one-line reason expected: {err:?}"
    );
    assert!(err.contains(reason), "{err:?} should mention {reason:?}");
    assert!(!err.contains("panicked"), "{err}");
}

/// Exit 2 with the reason on the first line of stderr, and what to type instead after it.
fn assert_usage_error(output: &Output, reason: &str, instead: &str) {
    let err = stderr(output);
    assert_eq!(code(output), 2, "stderr: {err}");
    assert!(
        err.lines().next().is_some_and(|l| l.contains(reason)),
        "{err:?} should start with {reason:?}"
    );
    assert!(err.contains(instead), "{err:?} should say {instead:?}");
    assert!(!err.contains("panicked"), "{err}");
}

const CLEAN: &str = "Thanks for the photo, Sam. I've issued a full refund to your card and you'll see it within 3 working days.\n";
const WITH_PLACEHOLDER: &str = "Hi Sam,\r\nYour replacement will be with you by [day].\n";

#[test]
fn check_clean_draft_exits_0() {
    let dir = Scratch::new("clean");
    let path = dir.file("clean.txt", CLEAN);
    let output = run(&["check", &path]);
    assert_eq!(code(&output), 0, "{}{}", stdout(&output), stderr(&output));
    assert!(
        stdout(&output).contains("ready to send"),
        "{}",
        stdout(&output)
    );

    let output = run(&["check", &path, "--format", "json"]);
    assert_eq!(code(&output), 0);
    let json: Value = serde_json::from_str(&stdout(&output)).expect("JSON report");
    assert_eq!(json["summary"]["ready"], true);
    assert_eq!(json["summary"]["errors"], 0);
    assert_eq!(json["summary"]["macros"], 1);
    assert!(json["macros"][0]["findings"].is_array());
}

#[test]
fn check_error_finding_exits_1_with_line_and_column() {
    let dir = Scratch::new("error");
    let path = dir.file("draft.txt", WITH_PLACEHOLDER);
    let output = run(&["check", &path]);
    assert_eq!(code(&output), 1, "{}", stdout(&output));
    let text = stdout(&output);
    assert!(
        text.contains(&format!("{path}:2:38: error [unfilled-placeholder]")),
        "{text}"
    );
    assert!(text.contains("not ready to send"), "{text}");

    let output = run(&["check", &path, "--format", "json"]);
    assert_eq!(code(&output), 1);
    let json: Value = serde_json::from_str(&stdout(&output)).expect("JSON report");
    assert_eq!(json["summary"]["ready"], false);
    assert_eq!(json["summary"]["errors"], 1);
    let findings = json["macros"][0]["findings"].as_array().unwrap();
    let placeholder = findings
        .iter()
        .find(|f| f["check"] == "unfilled-placeholder")
        .expect("unfilled-placeholder finding");
    assert_eq!(placeholder["severity"], "error");
    assert_eq!(placeholder["line"], 2);
    assert_eq!(placeholder["column"], 38);
    let (start, end) = (
        placeholder["start"].as_u64().unwrap() as usize,
        placeholder["end"].as_u64().unwrap() as usize,
    );
    assert_eq!(&WITH_PLACEHOLDER[start..end], "[day]");
    for key in ["message", "text", "rewrites"] {
        assert!(
            placeholder.get(key).is_some(),
            "missing {key}: {placeholder}"
        );
    }
    // Every finding has the same shape, and its line and column agree with the library.
    for f in findings {
        let start = f["start"].as_u64().unwrap() as usize;
        let (line, column) = tactful::engine::report::line_column(WITH_PLACEHOLDER, start);
        assert_eq!(
            (f["line"].as_u64(), f["column"].as_u64()),
            (Some(line as u64), Some(column as u64))
        );
        for rewrite in f["rewrites"].as_array().unwrap() {
            for key in ["label", "start", "end", "replacement"] {
                assert!(rewrite.get(key).is_some(), "rewrite lacks {key}: {rewrite}");
            }
        }
    }
}

#[test]
fn check_reads_standard_input_and_a_customer_message() {
    let dir = Scratch::new("stdin");
    let customer = dir.file(
        "customer.txt",
        "Where is my parcel?? This is the third time I've asked!",
    );
    let output = run_with_stdin(
        &["check", "-", "--customer", &customer, "--format", "json"],
        CLEAN,
    );
    assert_eq!(code(&output), 0, "{}", stderr(&output));
    let json: Value = serde_json::from_str(&stdout(&output)).expect("JSON report");
    assert_eq!(json["summary"]["ready"], true);
}

#[test]
fn check_bad_input_exits_2_with_one_line() {
    let dir = Scratch::new("bad");
    let missing = dir
        .0
        .join("no-such-draft.txt")
        .to_string_lossy()
        .into_owned();
    assert_bad_input(&run(&["check", &missing]), "cannot read");

    let invalid = dir.file("latin1.txt", b"Caf\xe9 au lait \xff\n");
    assert_bad_input(&run(&["check", &invalid]), "not valid UTF-8");

    let draft = dir.file("draft.txt", CLEAN);
    let config = dir.file("settings.json", r#"{"checks": {"blame": "loud"}}"#);
    let output = run(&["check", &draft, "--config", &config]);
    assert_bad_input(&output, "checks.blame");
    assert!(
        stderr(&output).contains("invalid settings"),
        "{}",
        stderr(&output)
    );

    let config = dir.file("broken.json", "{\"checks\": ");
    assert_bad_input(
        &run(&["check", &draft, "--config", &config]),
        "invalid settings",
    );

    let config = dir.file("unknown.json", r#"{"checks": {"rudeness": "off"}}"#);
    assert_bad_input(
        &run(&["check", &draft, "--config", &config]),
        "unknown check",
    );
}

#[test]
fn unknown_command_or_option_says_what_to_type() {
    assert_eq!(code(&run(&[])), 2);
    assert!(stderr(&run(&[])).contains("check"));
    assert_usage_error(
        &run(&["chek"]),
        "unrecognized subcommand 'chek'",
        "similar subcommand exists: 'check'",
    );
    assert_usage_error(
        &run(&["check", "--formt", "json"]),
        "unexpected argument '--formt'",
        "--format",
    );
    assert_usage_error(
        &run(&["check", "-", "--format", "yaml"]),
        "invalid value 'yaml'",
        "possible values: text, json, sarif",
    );
    assert_usage_error(
        &run(&["eval", "x.jsonl", "--part", "half"]),
        "invalid value 'half'",
        "tuned, scored, all",
    );
    assert_eq!(code(&run(&["check", "--config"])), 2);
}

#[test]
fn help_and_version() {
    for args in [&["--help"][..], &["help"], &["-h"]] {
        let output = run(args);
        assert_eq!(code(&output), 0, "{args:?}");
        for command in ["check", "eval", "rules"] {
            assert!(stdout(&output).contains(command), "{args:?}");
        }
    }
    let output = run(&["help", "check"]);
    assert_eq!(code(&output), 0);
    let help = stdout(&output);
    for needle in [
        "--column",
        "--config",
        ".tactful.json",
        "Zendesk",
        "Exit status",
        "sarif",
    ] {
        assert!(help.contains(needle), "help check lacks {needle}:\n{help}");
    }
    let output = run(&["--version"]);
    assert_eq!(code(&output), 0);
    assert_eq!(
        stdout(&output).trim(),
        format!("tactful {}", env!("CARGO_PKG_VERSION"))
    );
}

/// A tiny corpus in the labelled format, written for this test.
fn small_corpus() -> String {
    let rows = [
        (
            "t-1",
            Some("My order never came and nobody answers!!"),
            "Sorry about this. We'll look into it and get back to you soon.",
            vec!["vague_promise"],
        ),
        (
            "t-2",
            Some("Can I change my delivery address?"),
            "Yes! You can change it in the app under Orders > Edit address.",
            vec!["clean"],
        ),
        (
            "t-3",
            None,
            "I've refunded the full amount today; it will reach your card within 3 working days.",
            vec!["clean"],
        ),
    ];
    rows.iter()
        .map(|(id, customer, reply, labels)| {
            serde_json::json!({
                "id": id, "source": "test", "customer": customer, "reply": reply,
                "labels": labels, "evidence": {}, "note": ""
            })
            .to_string()
        })
        .collect::<Vec<_>>()
        .join("\n")
        + "\n"
}

#[test]
fn eval_reports_scores_as_json() {
    let dir = Scratch::new("eval");
    let corpus = dir.file("corpus.jsonl", small_corpus());
    let output = run(&["eval", &corpus, "--format", "json"]);
    assert_eq!(code(&output), 0, "{}", stderr(&output));
    let json: Value = serde_json::from_str(&stdout(&output)).expect("JSON scores");
    assert_eq!(json["replies"], 3);
    assert!(json["clean_flagged_rate"].is_number());
    let checks = json["checks"].as_object().expect("checks object");
    assert!(checks.contains_key("vague-promise"), "{checks:?}");
    for (check, score) in checks {
        for key in ["tp", "fp", "fn", "precision", "recall", "f1"] {
            assert!(
                score.get(key).is_some_and(Value::is_number),
                "{check} lacks {key}: {score}"
            );
        }
    }
    assert_eq!(checks["vague-promise"]["tp"], 1);
    assert_eq!(checks["vague-promise"]["fn"], 0);

    let output = run(&["eval", &corpus, "--misses"]);
    assert_eq!(code(&output), 0);
    let text = stdout(&output);
    assert!(text.contains("vague-promise"), "{text}");
    assert!(text.contains("3 replies"), "{text}");
}

#[test]
fn eval_invariance_reports_each_perturbation() {
    let dir = Scratch::new("eval-invariance");
    let corpus = dir.file("corpus.jsonl", small_corpus());
    let output = run(&["eval", &corpus, "--invariance"]);
    assert_eq!(code(&output), 0, "{}", stderr(&output));
    let text = stdout(&output);
    for line in [
        "apostrophes dropped",
        "contractions expanded",
        "greeting added",
    ] {
        assert!(text.contains(line), "{text}");
    }
    let output = run(&["eval", &corpus, "--invariance", "--format", "json"]);
    let json: Value = serde_json::from_str(&stdout(&output)).expect("JSON invariance");
    let moved = json.as_array().expect("one entry per perturbation");
    let greeting = moved
        .iter()
        .find(|m| m["perturbation"] == "greeting added")
        .expect("greeting added");
    // Every reply is changed by a greeting; none of the three moves.
    assert_eq!(greeting["replies_changed"], 3);
    assert_eq!(greeting["lost"], serde_json::json!({}));
    assert_eq!(greeting["gained"], serde_json::json!({}));
}

#[test]
fn eval_parts_and_split_are_as_before() {
    let dir = Scratch::new("eval-parts");
    let corpus = dir.file("corpus.jsonl", small_corpus());
    let scores = |args: &[&str]| -> Value {
        let output = run(args);
        assert_eq!(code(&output), 0, "{}", stderr(&output));
        serde_json::from_str(&stdout(&output)).expect("JSON scores")
    };
    let all = scores(&["eval", &corpus, "--format", "json"]);
    assert_eq!(all["part"], "all");
    let tuned = scores(&["eval", &corpus, "--part", "tuned", "--format", "json"]);
    let scored = scores(&["eval", &corpus, "--part", "scored", "--format", "json"]);
    assert_eq!(tuned["part"], "tuned");
    assert_eq!(scored["part"], "scored");
    assert_eq!(
        tuned["replies"].as_u64().unwrap() + scored["replies"].as_u64().unwrap(),
        3
    );
    // --split scores both parts, and wins over --part.
    let split = scores(&[
        "eval", &corpus, "--split", "--part", "all", "--format", "json",
    ]);
    let parts: Vec<&str> = split
        .as_array()
        .expect("a list of two")
        .iter()
        .map(|p| p["part"].as_str().unwrap())
        .collect();
    assert_eq!(parts, ["tuned", "scored"]);
}

#[test]
fn eval_bad_input_exits_2() {
    let dir = Scratch::new("eval-bad");
    assert_usage_error(
        &run(&["eval"]),
        "the following required arguments were not provided",
        "<CORPUS.jsonl>",
    );
    let corpus = dir.file("broken.jsonl", "{\"id\": \"x\", \"reply\": 3}\n");
    assert_bad_input(&run(&["eval", &corpus]), "broken.jsonl:1");
}

#[test]
fn rules_lists_every_check() {
    let output = run(&["rules"]);
    assert_eq!(code(&output), 0);
    let text = stdout(&output);
    let ids = tactful::engine::checks::ids();
    assert_eq!(ids.len(), 11);
    for id in ids {
        assert!(
            text.lines().any(|l| l.starts_with(&format!("{id} ("))),
            "rules does not list {id}:\n{text}"
        );
    }
    for section in [
        "What it catches:",
        "Why it matters:",
        "Example:",
        "Use instead:",
    ] {
        assert_eq!(text.matches(section).count(), 11, "{section}");
    }
}

#[test]
fn a_closed_pipe_is_not_a_crash() {
    let mut child = Command::new(BIN)
        .args(["rules"])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("run tactful");
    drop(child.stdout.take());
    let output = child.wait_with_output().unwrap();
    assert!(!stderr(&output).contains("panicked"), "{}", stderr(&output));
}

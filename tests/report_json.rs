//! The JSON that crosses to JS is written by hand (`engine::report::json`, so the wasm
//! carries no serializer for it); here it is held to serde_json's text for the same values,
//! over every reply of the labelled corpora and over strings that need escaping.
//!
//! The corpus is third-party data kept beside the repository (`../shared/corpus/*.jsonl`);
//! it is read at test time, never copied. When it is missing the test says so and passes.
#![cfg(not(target_arch = "wasm32"))]

mod corpus;

use tactful::engine::report::{json, FindingOut, ReportOut, Units};
use tactful::engine::{self, checks, Config};
use tactful::engine::{Edit, Rewrite, Severity, Summary};

fn assert_same(text: &str, customer: Option<&str>) {
    let report = engine::check(text, customer, &Config::default());
    for (units, lines) in [(Units::Utf16, false), (Units::Bytes, true)] {
        let mut out = report.output(text, units, lines);
        assert_eq!(
            json::report(&out),
            serde_json::to_string(&out).unwrap(),
            "{text:?}"
        );
        for finding in &mut out.findings {
            finding.why = None;
        }
        assert_eq!(
            json::report(&out),
            serde_json::to_string(&out).unwrap(),
            "{text:?}"
        );
        assert_eq!(
            json::findings(&out.findings),
            serde_json::to_string(&out.findings).unwrap()
        );
    }
}

#[test]
fn the_report_is_the_json_serde_writes_for_every_corpus_reply() {
    let items = corpus::items("report_json");
    for item in &items {
        assert_same(&item.reply, item.customer.as_deref());
    }
    eprintln!("report_json: {} replies compared", items.len());
}

#[test]
fn strings_that_need_escaping_come_out_as_serde_writes_them() {
    for text in [
        "We'll look into it \"soon\" \\ ok",
        "No.\tWe can't refund it.\u{1}\u{8}\u{c}\u{1f}\u{7f}",
        "Sorry 😀 — we can't help, 我们会尽快\r\nWe'll be in touch soon.",
    ] {
        assert_same(text, Some("This is the worst service!!! 😡"));
    }
    let every_escape: String = (0u8..0x20)
        .map(char::from)
        .chain("\"\\/\u{7f}é😀".chars())
        .collect();
    let out = ReportOut {
        findings: vec![FindingOut {
            check: "vague-promise",
            severity: Severity::Hint,
            start: 1,
            end: 2,
            line: Some(3),
            column: None,
            message: every_escape.clone(),
            why: Some("why"),
            rewrites: vec![Rewrite {
                label: every_escape.clone(),
                edit: Edit {
                    start: 0,
                    end: 0,
                    replacement: every_escape,
                },
            }],
        }],
        summary: Summary::default(),
    };
    assert_eq!(json::report(&out), serde_json::to_string(&out).unwrap());
    let why: Vec<[&str; 2]> = checks::ALL.iter().map(|c| [c.id, c.why()]).collect();
    assert_eq!(json::pairs(&why), serde_json::to_string(&why).unwrap());
}

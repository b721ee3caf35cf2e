//! The blind sets of `tests/blind/` (870 replies written from the labelling guide alone,
//! read at stop 49): the checks keep what they scored on them then. A regression guard, not a
//! measure of generalisation (that is `tests/heldout/`, scored by hand, and the scored part of
//! `train.jsonl`).
#![cfg(not(target_arch = "wasm32"))]

use tactful::engine::Config;
use tactful::evaluation::{evaluate, parse_corpus, Part};

/// Clean replies given a warning or an error, at most (stop 49: 2 of 511).
const CLEAN_FLAGGED_CEILING: usize = 2;

/// Each check's F1 over all seven sets, at least (stop 49's, rounded down; blame stop 50's).
const F1_FLOORS: &[(&str, f64)] = &[
    ("abrupt-refusal", 0.90),
    ("blame", 0.83),
    ("excuse", 0.86),
    ("false-hope", 0.92),
    ("missing-alternative", 0.89),
    ("no-acknowledgment", 0.91),
    ("overpromise", 0.89),
    ("vague-promise", 0.95),
];

#[test]
fn the_blind_sets_score_no_worse_than_when_they_were_read() {
    let dir = format!("{}/tests/blind", env!("CARGO_MANIFEST_DIR"));
    let mut items = Vec::new();
    for n in 200..=206 {
        let path = format!("{dir}/blind{n}.jsonl");
        let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
        items.extend(parse_corpus(&text).unwrap_or_else(|e| panic!("{path}:{e}")));
    }
    assert_eq!(items.len(), 870);
    let evaluation = evaluate(&items, Part::All, &Config::default());
    let table = evaluation.table();
    assert!(
        evaluation.clean_flagged <= CLEAN_FLAGGED_CEILING,
        "{} clean replies flagged (at most {CLEAN_FLAGGED_CEILING}):\n{table}",
        evaluation.clean_flagged
    );
    for (check, floor) in F1_FLOORS {
        let f1 = evaluation.checks[check].f1;
        assert!(f1 >= *floor, "{check}: F1 {f1:.2} under {floor}:\n{table}");
    }
}

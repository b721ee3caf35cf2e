//! Scoring the checks against a labelled corpus (`tactful eval`), as a model is scored:
//! precision, recall and F1 per check, and how many clean replies get a warning or error.
//!
//! A corpus is split for an honest protocol by a fixed hash of each reply's `id`: about a
//! quarter is the *scored* part, which rules are never tuned on, and the rest the *tuned*
//! part. A rule that helps the tuned part and not the scored part is memorising.

pub mod invariance;

use crate::engine::{self, Config, Severity};
use std::collections::BTreeMap;
use std::fmt::Write;

/// One labelled reply (the corpus's JSON lines; other fields are ignored).
#[derive(Debug, Clone, serde::Deserialize)]
pub struct Item {
    pub id: String,
    pub customer: Option<String>,
    pub reply: String,
    pub labels: Vec<String>,
}

/// Which rows of a corpus to score.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Part {
    All,
    /// The rows rules may be tuned on (about three quarters).
    Tuned,
    /// The rows only ever scored (about one quarter).
    Scored,
}

impl Part {
    /// The part a row belongs to: FNV-1a of its id, one in four scored. Fixed forever, so
    /// the scored rows stay unread however the corpus grows.
    pub fn of(id: &str) -> Part {
        let hash = id.bytes().fold(0xcbf2_9ce4_8422_2325_u64, |h, b| {
            (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
        });
        if hash % 4 == 0 {
            Part::Scored
        } else {
            Part::Tuned
        }
    }

    fn holds(self, id: &str) -> bool {
        self == Part::All || Part::of(id) == self
    }

    fn name(self) -> &'static str {
        match self {
            Part::All => "all",
            Part::Tuned => "tuned",
            Part::Scored => "scored",
        }
    }
}

/// Counts and rates for one check.
#[derive(Debug, Default, Clone, Copy, serde::Serialize)]
pub struct Score {
    pub tp: usize,
    pub fp: usize,
    #[serde(rename = "fn")]
    pub fn_: usize,
    pub precision: f64,
    pub recall: f64,
    pub f1: f64,
}

/// The result of scoring one part of a corpus.
#[derive(Debug, serde::Serialize)]
pub struct Evaluation {
    pub part: Part,
    pub replies: usize,
    pub clean: usize,
    pub clean_flagged: usize,
    pub clean_flagged_rate: f64,
    /// For each check, how many clean replies it gave a warning or error.
    pub clean_flagged_by: BTreeMap<&'static str, usize>,
    pub checks: BTreeMap<&'static str, Score>,
    /// One line per false positive or negative, sorted ("FP blame id: reply ...").
    #[serde(skip)]
    pub misses: Vec<String>,
}

/// Corpus label -> check id; labels with no check (`clean`) map to none.
pub fn check_of_label(label: &str) -> Option<&'static str> {
    Some(match label {
        "vague_promise" => "vague-promise",
        "abrupt_refusal" => "abrupt-refusal",
        "missing_alternative" => "missing-alternative",
        "blame" => "blame",
        "false_hope" => "false-hope",
        "excuse" => "excuse",
        "overpromise" => "overpromise",
        "no_empathy" => "no-acknowledgment",
        _ => return None,
    })
}

/// The labels that are scored, in the guide's order.
const SCORED_LABELS: &[&str] = &[
    "vague_promise",
    "abrupt_refusal",
    "missing_alternative",
    "blame",
    "false_hope",
    "excuse",
    "overpromise",
    "no_empathy",
];

/// Reads a JSON-lines corpus; an error names the line ("3: expected ...").
pub fn parse_corpus(text: &str) -> Result<Vec<Item>, String> {
    text.lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty())
        .map(|(n, l)| serde_json::from_str(l).map_err(|e| format!("{}: {e}", n + 1)))
        .collect()
}

/// Scores the checks on the rows of `part`.
pub fn evaluate(items: &[Item], part: Part, config: &Config) -> Evaluation {
    let scored: Vec<&'static str> = SCORED_LABELS
        .iter()
        .filter_map(|l| check_of_label(l))
        .collect();
    let mut checks: BTreeMap<&'static str, Score> =
        scored.iter().map(|c| (*c, Score::default())).collect();
    let mut misses = Vec::new();
    let (mut replies, mut clean, mut clean_flagged) = (0, 0, 0);
    let mut clean_flagged_by = BTreeMap::new();
    for item in items.iter().filter(|i| part.holds(&i.id)) {
        replies += 1;
        let report = engine::check(&item.reply, item.customer.as_deref(), config);
        let expected: Vec<&str> = item
            .labels
            .iter()
            .filter_map(|l| check_of_label(l))
            .collect();
        if item.labels.iter().any(|l| l == "clean") {
            clean += 1;
            let warned = warned_checks(&report);
            if !warned.is_empty() {
                clean_flagged += 1;
                for check in &warned {
                    *clean_flagged_by.entry(*check).or_insert(0) += 1;
                }
                let flagged: Vec<_> = report
                    .findings
                    .iter()
                    .filter(|f| f.severity >= Severity::Warning)
                    .map(|f| format!("{}: {:?}", f.check, &item.reply[f.start..f.end]))
                    .collect();
                misses.push(format!(
                    "CLEAN {} {}: {:?}\n   flagged: {flagged:?}",
                    warned.join(","),
                    item.id,
                    item.reply
                ));
            }
        }
        for check in &scored {
            let found: Vec<_> = report
                .findings
                .iter()
                .filter(|f| f.check == *check)
                .collect();
            let score = checks.get_mut(check).expect("scored check");
            match (expected.contains(check), !found.is_empty()) {
                (true, true) => score.tp += 1,
                (false, true) => {
                    score.fp += 1;
                    let flagged: Vec<_> =
                        found.iter().map(|f| &item.reply[f.start..f.end]).collect();
                    misses.push(format!(
                        "FP {check} {}: {:?}\n   flagged: {flagged:?}",
                        item.id, item.reply
                    ));
                }
                (true, false) => {
                    score.fn_ += 1;
                    misses.push(format!("FN {check} {}: {:?}", item.id, item.reply));
                }
                (false, false) => {}
            }
        }
    }
    for score in checks.values_mut() {
        score.precision = ratio(score.tp, score.tp + score.fp);
        score.recall = ratio(score.tp, score.tp + score.fn_);
        score.f1 = ratio(2 * score.tp, 2 * score.tp + score.fp + score.fn_);
    }
    misses.sort();
    Evaluation {
        part,
        replies,
        clean,
        clean_flagged,
        clean_flagged_rate: ratio(clean_flagged, clean),
        clean_flagged_by,
        checks,
        misses,
    }
}

/// The checks that warn on a reply (warnings and errors), each once.
fn warned_checks(report: &engine::Report) -> Vec<&'static str> {
    let mut checks: Vec<&'static str> = report
        .findings
        .iter()
        .filter(|f| f.severity >= Severity::Warning)
        .map(|f| f.check)
        .collect();
    checks.sort_unstable();
    checks.dedup();
    checks
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 {
        0.0
    } else {
        a as f64 / b as f64
    }
}

impl Evaluation {
    /// The scores as a text table, headed by the part's name when it is not the whole.
    pub fn table(&self) -> String {
        let mut out = String::new();
        if self.part != Part::All {
            let _ = writeln!(out, "part: {}", self.part.name());
        }
        let _ = writeln!(
            out,
            "{:<22} {:>4} {:>4} {:>4} {:>9} {:>7} {:>6}",
            "check", "tp", "fp", "fn", "precision", "recall", "F1"
        );
        for (check, s) in &self.checks {
            let _ = writeln!(
                out,
                "{check:<22} {:>4} {:>4} {:>4} {:>9.2} {:>7.2} {:>6.2}",
                s.tp, s.fp, s.fn_, s.precision, s.recall, s.f1
            );
        }
        let _ = write!(
            out,
            "{} replies; clean replies with a warning or error: {}/{} ({:.1}%)",
            self.replies,
            self.clean_flagged,
            self.clean,
            self.clean_flagged_rate * 100.0
        );
        if !self.clean_flagged_by.is_empty() {
            let by: Vec<String> = self
                .clean_flagged_by
                .iter()
                .map(|(check, n)| format!("{check} {n}"))
                .collect();
            let _ = write!(out, "\nclean replies flagged by: {}", by.join(", "));
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_split_is_fixed_and_about_a_quarter() {
        let scored = (0..4000)
            .filter(|n| Part::of(&format!("row-{n}")) == Part::Scored)
            .count();
        assert!((900..1100).contains(&scored), "{scored} of 4000 scored");
        // Pinned: changing the hash would reveal the scored rows.
        assert_eq!(Part::of("twcs-1804"), Part::of("twcs-1804"));
        assert_eq!(Part::of(""), Part::Tuned);
    }

    #[test]
    fn scores_count_hits_misses_and_clean_flags() {
        let items = parse_corpus(concat!(
            r#"{"id":"a","customer":null,"reply":"We'll get back to you soon.","labels":["vague_promise"]}"#,
            "\n",
            r#"{"id":"b","customer":null,"reply":"Thanks, enjoy the show!","labels":["clean"]}"#,
            "\n",
            r#"{"id":"c","customer":null,"reply":"We'll get back to you soon.","labels":["clean"]}"#,
        ))
        .unwrap();
        let result = evaluate(&items, Part::All, &Config::default());
        let vague = result.checks["vague-promise"];
        assert_eq!((vague.tp, vague.fp, vague.fn_), (1, 1, 0));
        assert_eq!((result.clean, result.clean_flagged), (2, 1));
        assert_eq!(result.clean_flagged_by["vague-promise"], 1);
        assert_eq!(result.misses.len(), 2);
        assert!(result.misses[0].starts_with("CLEAN vague-promise c:"));
        assert!(result.misses[1].starts_with("FP vague-promise c:"));
    }

    #[test]
    fn a_bad_line_is_named() {
        let error = parse_corpus("\n{\"id\": 1}").unwrap_err();
        assert!(error.starts_with("2: "), "{error}");
    }
}

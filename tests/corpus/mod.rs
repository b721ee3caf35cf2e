//! The labelled corpora for the tests that run over every real reply (`report_json.rs`,
//! `rewrite_property.rs`). They are third-party data kept beside the repository
//! (`../shared/corpus/*.jsonl`), read at test time and never copied; a missing one is
//! named and skipped.

/// One reply of a corpus, with the customer's message it answers.
#[derive(serde::Deserialize)]
pub struct Item {
    #[allow(dead_code)] // named in rewrite_property.rs's failures; report_json.rs needs none
    pub id: String,
    pub customer: Option<String>,
    pub reply: String,
}

const CORPORA: [&str; 2] = [
    concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/corpus/dev.jsonl"),
    concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/corpus/train.jsonl"),
];

/// Every reply of the corpora that are there; `test` names the test in the note about a
/// missing one.
pub fn items(test: &str) -> Vec<Item> {
    let mut items = Vec::new();
    for path in CORPORA {
        let Ok(corpus) = std::fs::read_to_string(path) else {
            eprintln!("{test}: {path} is missing; skipping it (CI has it beside the repo)");
            continue;
        };
        for (n, line) in corpus
            .lines()
            .enumerate()
            .filter(|(_, l)| !l.trim().is_empty())
        {
            items.push(
                serde_json::from_str(line).unwrap_or_else(|e| panic!("{path}:{}: {e}", n + 1)),
            );
        }
    }
    items
}

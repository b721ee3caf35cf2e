//! Runs checks for an instruction counter (callgrind) to read, without timing them: a noisy
//! shared machine moves timings, not instruction counts. BENCHMARKS.md runs it twice, with
//! N and N + 40 checks, and divides the difference by 40, so that start-up and the first
//! check (phrase lists compiled) drop out.
//!
//!   target/release/deps/instructions-* INPUT keystroke|fresh N
//!
//! INPUT names a file of `../shared/bench/inputs/` (`replies-10k`), or is a path to any
//! other text (a 100k-word draft made by repeating one).
//!
//! `keystroke`: one `Checker` re-checks the input after a one-character edit at its end, as
//! the site and the embed do while the agent types; `fresh`: a new `Checker` each time (a
//! draft seen for the first time).

use tactful::engine::{Checker, Config};

fn main() {
    let args: Vec<String> = std::env::args()
        .skip(1)
        .filter(|a| a != "--bench")
        .collect();
    let [input, mode, count] = &args[..] else {
        eprintln!("usage: instructions INPUT keystroke|fresh N");
        std::process::exit(2);
    };
    let path = if input.contains('/') {
        input.clone()
    } else {
        format!(
            "{}/../shared/bench/inputs/{input}.txt",
            env!("CARGO_MANIFEST_DIR")
        )
    };
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    let count: usize = count.parse().expect("N is a number");
    let fresh = match mode.as_str() {
        "keystroke" => false,
        "fresh" => true,
        _ => panic!("mode is keystroke or fresh"),
    };
    let drafts = [format!("{text}x"), format!("{text}xy")];
    let config = Config::default();
    let mut checker = Checker::new();
    checker.check(&drafts[0], None, &config);
    for i in 0..count {
        let draft = &drafts[(i + 1) % 2];
        if fresh {
            std::hint::black_box(tactful::engine::check(draft, None, &config));
        } else {
            std::hint::black_box(checker.check(draft, None, &config));
        }
    }
}

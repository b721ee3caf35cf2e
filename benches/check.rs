//! Native benchmark of `engine::check` on the shared benchmark inputs (200, 1k and 10k
//! words of support replies), whole (a fresh `engine::check`) and after a one-character
//! edit at the end, as an editor's `Checker` re-checks it on a keystroke. Inputs are read
//! from `../shared/bench/inputs/`.

use tactful::engine::{self, Checker, Config};

const INPUTS: &[&str] = &["reply-200", "replies-1k", "replies-10k"];

fn input(name: &str) -> String {
    let path = format!(
        "{}/../shared/bench/inputs/{name}.txt",
        env!("CARGO_MANIFEST_DIR")
    );
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

fn main() {
    // Build the phrase tables once, as a page does at load, so they are not timed.
    engine::check("warm up", None, &Config::default());
    divan::main();
}

#[divan::bench(args = INPUTS)]
fn check(bencher: divan::Bencher, name: &str) {
    let text = input(name);
    let config = Config::default();
    bencher.bench(|| engine::check(divan::black_box(&text), None, &config));
}

/// A keystroke as the site and the embed run it: one [`Checker`] re-checks the draft after a
/// one-character edit at its end. Each iteration types into the draft the previous one
/// checked (alternating between two texts that differ in their last character), so every
/// check sees one changed line, never an unchanged draft.
#[divan::bench(args = INPUTS)]
fn keystroke(bencher: divan::Bencher, name: &str) {
    let text = input(name);
    let drafts = [format!("{text}x"), format!("{text}xy")];
    let config = Config::default();
    let mut checker = Checker::new();
    checker.check(&text, None, &config);
    let mut next = 0;
    bencher.bench_local(|| {
        next ^= 1;
        let report = checker.check(divan::black_box(&drafts[next]), None, &config);
        divan::black_box(report.summary);
    });
}

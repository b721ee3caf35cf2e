//! Native benchmark of `engine::check` on the shared benchmark inputs (200, 1k and 10k
//! words of support replies), whole and after a one-character edit at the end, as a
//! keystroke would re-check it. Inputs are read from `../shared/bench/inputs/`.

use tactful::engine::{self, Config};

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

#[divan::bench(args = INPUTS)]
fn keystroke(bencher: divan::Bencher, name: &str) {
    let mut text = input(name);
    text.push('x');
    let config = Config::default();
    bencher.bench(|| engine::check(divan::black_box(&text), None, &config));
}

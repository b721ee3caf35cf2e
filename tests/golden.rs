//! Golden fixtures, in the manner of ruff's snapshots and clippy's `.fixed` files: for each
//! check, `tests/golden/<id>.txt` holds drafts (separated by `---`; a first line
//! `Customer: ...` gives the customer's message), and `tests/golden/<id>.snap` pins what the
//! check finds in each and the exact text after each rewrite it offers.
//!
//! A change that moves a span or a word of a rewrite shows as a diff of the `.snap` file.
//! After checking that the new text is right, rewrite the snapshots with
//! `TACTFUL_BLESS=1 cargo test --test golden`.
#![cfg(not(target_arch = "wasm32"))]

use std::fmt::Write;
use std::path::Path;
use tactful::engine::{self, checks, Config};

const DIR: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/golden");

/// The snapshot of one check over its drafts.
fn snapshot(id: &str, drafts: &str) -> String {
    let mut out = String::new();
    for (n, sample) in drafts.split("\n---\n").enumerate() {
        let sample = sample.trim_end_matches('\n');
        let (customer, reply) = match sample.strip_prefix("Customer: ") {
            Some(rest) => {
                let (customer, reply) = rest.split_once('\n').unwrap_or((rest, ""));
                (Some(customer), reply)
            }
            None => (None, sample),
        };
        let _ = writeln!(out, "## draft {}", n + 1);
        if let Some(customer) = customer {
            let _ = writeln!(out, "customer: {customer}");
        }
        let _ = writeln!(out, "> {reply}");
        let report = engine::check(reply, customer, &Config::default());
        let ours: Vec<_> = report.findings.iter().filter(|f| f.check == id).collect();
        if ours.is_empty() {
            let _ = writeln!(out, "(no finding)");
        }
        for finding in ours {
            let _ = writeln!(
                out,
                "\n{} {}..{} {:?}\n  {}",
                finding.severity.as_str(),
                finding.start,
                finding.end,
                &reply[finding.start..finding.end],
                finding.message
            );
            for rewrite in &finding.rewrites {
                let fixed = engine::apply(reply, &rewrite.edit).expect("the rewrite applies");
                let _ = writeln!(out, "  [{}]\n  = {fixed}", rewrite.label);
            }
        }
        out.push('\n');
    }
    out
}

#[test]
fn every_check_has_fixtures_and_they_match_their_snapshots() {
    let bless = std::env::var_os("TACTFUL_BLESS").is_some();
    let mut stale = Vec::new();
    for &id in checks::ids() {
        let input = Path::new(DIR).join(format!("{id}.txt"));
        let drafts = std::fs::read_to_string(&input)
            .unwrap_or_else(|e| panic!("{}: {e} (every check needs fixtures)", input.display()));
        let actual = snapshot(id, &drafts);
        assert!(
            actual.matches("## draft").count() > actual.matches("(no finding)").count(),
            "{id}: no fixture draft is flagged"
        );
        let snap = input.with_extension("snap");
        if bless {
            std::fs::write(&snap, &actual).expect("write the snapshot");
        } else if std::fs::read_to_string(&snap).ok().as_deref() != Some(actual.as_str()) {
            stale.push(format!(
                "{}: differs from what the engine produces now:\n{actual}",
                snap.display()
            ));
        }
    }
    assert!(
        stale.is_empty(),
        "{}\nIf the new output is right: TACTFUL_BLESS=1 cargo test --test golden",
        stale.join("\n")
    );
}

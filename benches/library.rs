//! A team's macro library of 10,000 macros of about 120 words: read from a Zendesk export
//! (JSON, half of the replies HTML) and audited on one thread with one `Checker`, as
//! `tactful check` does on each of its threads. The library is generated here from invented
//! sentences; it is also written to `target/library-10k.json` for timing the command line
//! (see BENCHMARKS.md).

use tactful::engine::{Checker, Config};
use tactful::library::{self, audit, ReadOptions};

const MACROS: usize = 10_000;

/// Invented support sentences: most are fine, a few are what tactful flags.
const SENTENCES: &[&str] = &[
    "Thanks for getting in touch about your order.",
    "I've checked the tracking and the parcel left our warehouse on Tuesday morning.",
    "Your refund of the full amount is on its way and reaches your card within three working days.",
    "We'll look into it and get back to you soon.",
    "I've added a note to your account so the next person you speak to knows the whole story.",
    "If the parcel has not arrived by Friday, reply to this email and I'll send a replacement the same day.",
    "You can change the delivery address in the app under Orders, then Edit address.",
    "Unfortunately that is not possible.",
    "The replacement ships from our second warehouse, which usually takes two days longer.",
    "I can offer a store credit or a full refund, whichever suits you better.",
    "Our courier had a backlog this week, and I've asked them to put your parcel first.",
    "Please keep the original box for now in case the courier needs to collect it.",
    "Your reference for this request is {{ticket.id}}.",
    "I'm sorry the first attempt failed; the second one is booked for tomorrow between 9 and 12.",
    "The discount code is applied to your next order automatically.",
    "Let me know which option you prefer and I'll set it up today.",
];

/// A reply of about 120 words from the sentences, picked by a fixed linear congruential
/// sequence so every run checks the same library.
fn reply(seed: &mut u64) -> String {
    let mut words = 0;
    let mut sentences = vec!["Hi {{ticket.requester.first_name}},\n".to_string()];
    while words < 110 {
        *seed = seed
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        let sentence = SENTENCES[(*seed >> 33) as usize % SENTENCES.len()];
        words += sentence.split_whitespace().count();
        sentences.push(sentence.to_string());
    }
    sentences.push("\nBest,\n{{current_user.first_name}}".to_string());
    sentences.join(" ")
}

fn zendesk_export() -> String {
    let mut seed = 7;
    let macros: Vec<serde_json::Value> = (0..MACROS)
        .map(|i| {
            let text = reply(&mut seed);
            let (field, value) = if i % 2 == 0 {
                let html = text
                    .split('\n')
                    .map(|p| format!("<p>{}</p>", p.replace('&', "&amp;")))
                    .collect::<String>();
                ("comment_value_html", html)
            } else {
                ("comment_value", text)
            };
            serde_json::json!({
                "id": 360_000 + i,
                "title": format!("Macro {i}"),
                "active": true,
                "actions": [{"field": "status", "value": "pending"}, {"field": field, "value": value}],
            })
        })
        .collect();
    serde_json::json!({ "macros": macros, "next_page": null, "count": MACROS }).to_string()
}

fn main() {
    let export = zendesk_export();
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/target/library-10k.json");
    std::fs::write(path, &export).expect("write the generated library");
    let library = library::read("library.json", export.as_bytes(), &ReadOptions::default())
        .expect("the generated export reads");
    let words: usize = library
        .macros
        .iter()
        .map(|m| m.text.split_whitespace().count())
        .sum();
    eprintln!(
        "library: {} macros, {} words on average, {} bytes of JSON, written to {path}",
        library.macros.len(),
        words / library.macros.len(),
        export.len()
    );
    divan::main();
}

/// Reading the export: JSON parsed, HTML turned into text.
#[divan::bench(sample_count = 10)]
fn read_10k(bencher: divan::Bencher) {
    let export = zendesk_export();
    bencher.bench(|| {
        library::read(
            "library.json",
            divan::black_box(export.as_bytes()),
            &ReadOptions::default(),
        )
        .unwrap()
    });
}

/// Auditing every macro on one thread, one `Checker` across them.
#[divan::bench(sample_count = 10)]
fn audit_10k(bencher: divan::Bencher) {
    let export = zendesk_export();
    let library =
        library::read("library.json", export.as_bytes(), &ReadOptions::default()).unwrap();
    let config = Config::default();
    bencher.bench(|| {
        let mut checker = Checker::new();
        library
            .macros
            .iter()
            .map(|m| audit::check(&mut checker, m, None, &config).findings.len())
            .sum::<usize>()
    });
}

//! Host rendering tests: the site's page and the findings' markup, as the strings the
//! browser is given.
#![cfg(all(not(target_arch = "wasm32"), feature = "ui"))]

use tactful::engine::{self, Config, Summary};
use tactful::ui::app::{page, Page};
use tactful::ui::findings_list::findings_list;
use tactful::ui::state::AppState;
use tactful::ui::summary_bar::summary_bar;

/// The findings' markup (shared by the site and the embed's panel).
fn findings_html(draft: &str) -> String {
    let report = engine::check(draft, None, &Config::default());
    findings_list(&report, draft, None)
}

#[test]
fn the_page_has_a_labelled_draft_field_and_a_status() {
    // The page as it opens with nothing saved.
    let html = page(&Page::new(AppState::default()));
    assert!(
        html.contains(r#"<label for="draft">Reply draft</label>"#),
        "{html}"
    );
    assert!(html.contains(r#"<textarea id="draft""#), "{html}");
    assert!(html.contains(r#"role="status""#), "{html}");
    assert!(html.contains("Ready to send"), "{html}");
    assert!(html.contains("Customer's message"), "{html}");
    assert!(html.contains(">Settings</button>"), "{html}");
    for example in ["Late order", "Refused refund", "Repeated contact"] {
        assert!(html.contains(example), "{example} missing: {html}");
    }
}

#[test]
fn every_finding_offers_ignore_and_turn_off() {
    let html = findings_html("We'll look into it and get back to you soon.");
    assert!(html.contains(">Ignore</button>"), "{html}");
    assert!(
        html.contains(r#"aria-label="Turn off Vague promise""#),
        "{html}"
    );
    assert!(html.contains(r#"aria-label="Show in draft: "#), "{html}");
}

#[test]
fn a_finding_renders_with_its_check_excerpt_why_and_rewrites() {
    let html = findings_html("We'll look into it and get back to you soon.");
    assert!(html.contains(r#"aria-label="Findings""#), "{html}");
    assert!(html.contains(r#"data-check="vague-promise""#), "{html}");
    assert!(html.contains("Why it matters"), "{html}");
    assert!(
        html.contains("Instead of"),
        "the check's own example is shown: {html}"
    );
    assert!(html.contains(r#"aria-label="Apply: "#), "{html}");
    assert!(html.contains("get back to you soon"), "{html}");
}

#[test]
fn draft_text_is_escaped_not_rendered_as_markup() {
    let html = findings_html("<img src=x onerror=alert(1)> We'll get back to you soon.");
    assert!(!html.contains("<img"), "{html}");
}

#[test]
fn a_clean_draft_says_so() {
    let html =
        findings_html("Your refund of $20 was issued today; it reaches your card within 5 days.");
    assert!(html.contains("Nothing to flag"), "{html}");
}

#[test]
fn the_summary_counts_by_severity() {
    let summary = Summary {
        errors: 1,
        warnings: 2,
        hints: 0,
        ready: false,
    };
    let html = summary_bar(summary, false, "");
    assert!(html.contains("Not ready: 1 error to fix"), "{html}");
    assert!(html.contains("1 error · 2 warnings · 0 hints"), "{html}");
}

//! `engine::check` on any text, customer's message and house style: it returns, its report
//! is sound (see `assert_report_sound`), and a `Checker` that saw the draft before an edit
//! reports exactly what a fresh check of the edited draft does.
#![no_main]

use arbitrary::Unstructured;
use libfuzzer_sys::fuzz_target;
use tactful::engine::{self, Checker};
use tactful_fuzz::{assert_report_sound, floor_char_boundary, house_style, Input};

/// The draft after an edit the rest of the input describes: a range replaced by a word of
/// the draft, a line break or arbitrary text. Without such bytes, a backspace at the end.
fn edited(u: &mut Unstructured, draft: &str) -> String {
    if u.is_empty() {
        let mut edited = draft.to_string();
        edited.pop();
        return edited;
    }
    let start = floor_char_boundary(draft, u.int_in_range(0..=draft.len()).unwrap_or(0));
    let end = floor_char_boundary(
        draft,
        start + u.int_in_range(0..=draft.len() - start).unwrap_or(0),
    );
    let words: Vec<&str> = draft.split_whitespace().collect();
    let insertion = match u.int_in_range(0..=3).unwrap_or(0) {
        0 => u.choose(&words).map_or("", |w| w).to_string(),
        1 => "\n".to_string(),
        2 => ". ".to_string(),
        _ => u.arbitrary::<String>().unwrap_or_default(),
    };
    format!("{}{insertion}{}", &draft[..start], &draft[end..])
}

fuzz_target!(|data: &[u8]| {
    let Input {
        draft,
        customer,
        mut rest,
    } = Input::split(data);
    let customer = customer.as_deref();
    let config = house_style(&mut rest, &draft);
    let report = engine::check(&draft, customer, &config);
    assert_report_sound(&draft, &report);

    let edited = edited(&mut rest, &draft);
    // The house style may change between keystrokes too.
    let edited_config = house_style(&mut rest, &edited);
    let edited_report = engine::check(&edited, customer, &edited_config);
    assert_report_sound(&edited, &edited_report);

    let mut checker = Checker::new();
    assert_eq!(
        checker.check(&draft, customer, &config),
        report,
        "a new Checker differs from check()"
    );
    assert_eq!(
        checker.check(&edited, customer, &edited_config),
        edited_report,
        "after an edit, the Checker differs from a fresh check of {edited:?}"
    );
    assert_eq!(
        checker.check(&draft, customer, &config),
        report,
        "after undoing the edit, the Checker differs from a fresh check of {draft:?}"
    );
});

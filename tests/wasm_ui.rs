//! wasm tests in headless Chromium: the real site mounted in a real DOM.
#![cfg(all(target_arch = "wasm32", feature = "ui"))]

use tactful::ui::background::sleep;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlTextAreaElement};

wasm_bindgen_test_configure!(run_in_browser);

/// A fresh page: nothing saved from an earlier test.
fn mount() -> Element {
    let window = web_sys::window().unwrap();
    window.local_storage().unwrap().unwrap().clear().unwrap();
    let document = window.document().unwrap();
    let root = document.create_element("div").unwrap();
    document.body().unwrap().append_child(&root).unwrap();
    tactful::ui::app::mount(&root);
    root
}

/// Lets the browser run what is pending (the page itself draws as it hears each event).
async fn settle() {
    sleep(std::time::Duration::from_millis(20)).await;
}

fn type_into(root: &Element, text: &str) {
    let field: HtmlTextAreaElement = find(root, "#draft");
    field.set_value(text);
    // A plain `Event` of type `input`: the page reads the field's value, not the event's data.
    let init = web_sys::EventInit::new();
    init.set_bubbles(true);
    let event = web_sys::Event::new_with_event_init_dict("input", &init).unwrap();
    field.dispatch_event(&event).unwrap();
}

#[wasm_bindgen_test]
async fn typing_a_vague_promise_lists_the_finding() {
    let root = mount();
    settle().await;
    type_into(&root, "We'll look into it and get back to you soon.");
    settle().await;
    let finding = root
        .query_selector(r#"li[data-check="vague-promise"]"#)
        .unwrap();
    assert!(finding.is_some(), "{}", root.inner_html());
    let status = root.query_selector(r#"[role="status"]"#).unwrap().unwrap();
    assert!(status.text_content().unwrap().contains("1 warning"));
}

#[wasm_bindgen_test]
async fn applying_a_rewrite_updates_the_field_and_undo_restores_it() {
    let root = mount();
    settle().await;
    let draft = "We'll get back to you soon.";
    type_into(&root, draft);
    settle().await;
    let apply: web_sys::HtmlElement =
        find(&root, r#"li[data-check="vague-promise"] button.rewrite"#);
    apply.click();
    settle().await;
    let field: HtmlTextAreaElement = find(&root, "#draft");
    assert_ne!(field.value(), draft);
    assert!(root
        .query_selector(r#"li[data-check="vague-promise"]"#)
        .unwrap()
        .is_none());

    let undo: web_sys::HtmlElement = find(&root, ".compose-actions button");
    undo.click();
    settle().await;
    assert_eq!(field.value(), draft);
}

/// The element matching `selector` inside `root`, as the type the test needs.
fn find<T: JsCast>(root: &Element, selector: &str) -> T {
    root.query_selector(selector)
        .unwrap()
        .unwrap_or_else(|| panic!("no {selector} in {}", root.inner_html()))
        .dyn_into()
        .unwrap()
}

#[wasm_bindgen_test]
async fn ignore_and_turn_off_remove_findings() {
    let root = mount();
    settle().await;
    type_into(&root, "We'll get back to you soon. Thanks, [NAME]");
    settle().await;
    find::<web_sys::HtmlElement>(
        &root,
        r#"li[data-check="vague-promise"] .finding-actions button"#,
    )
    .click();
    settle().await;
    assert!(root
        .query_selector(r#"li[data-check="vague-promise"]"#)
        .unwrap()
        .is_none());
    find::<web_sys::HtmlElement>(
        &root,
        r#"li[data-check="unfilled-placeholder"] button[aria-label^="Turn off"]"#,
    )
    .click();
    settle().await;
    assert!(root
        .query_selector(r#"li[data-check="unfilled-placeholder"]"#)
        .unwrap()
        .is_none());
}

#[wasm_bindgen_test]
async fn after_ignore_the_focus_moves_to_the_next_findings_ignore_and_an_open_why_stays_open() {
    // Another test's settings dialog, modal, would keep the focus from this page.
    let document = web_sys::window().unwrap().document().unwrap();
    let dialogs = document.query_selector_all("dialog[open]").unwrap();
    for at in 0..dialogs.length() {
        let dialog: web_sys::HtmlDialogElement = dialogs.item(at).unwrap().unchecked_into();
        dialog.close();
    }
    let root = mount();
    settle().await;
    type_into(
        &root,
        "Thanks, [NAME]. We'll get back to you soon. Sorry for any inconvenience.",
    );
    settle().await;
    // Open the first finding's "Why it matters", then show the second: the list is drawn
    // anew (the active finding changed) and the first's stays open.
    find::<web_sys::HtmlElement>(&root, r#"li[data-index="0"] .why summary"#).click();
    find::<web_sys::HtmlElement>(&root, r#"[data-command="show:1"]"#).click();
    settle().await;
    find::<Element>(&root, r#"li[data-index="1"].active"#);
    find::<Element>(&root, r#"li[data-index="0"] .why[open]"#);
    // A keyboard user's Ignore: the focus goes to the Ignore of the finding now in its place.
    let ignore: web_sys::HtmlElement = find(&root, r#"[data-command="ignore:1"]"#);
    ignore.focus().unwrap();
    ignore.click();
    settle().await;
    let active = document.active_element().unwrap();
    assert_eq!(
        active.get_attribute("data-command").as_deref(),
        Some("ignore:1"),
        "{} {:?}",
        active.tag_name(),
        active.id()
    );
    assert!(active.is_connected() && !active.is_same_node(Some(&ignore)));
}

#[wasm_bindgen_test]
async fn settings_open_as_a_modal_dialog_with_every_check() {
    let root = mount();
    settle().await;
    find::<web_sys::HtmlElement>(&root, ".toolbar button").click();
    settle().await;
    let dialog: web_sys::HtmlDialogElement = find(&root, "dialog.settings");
    assert!(dialog.open());
    let selects = root.query_selector_all(".levels select").unwrap();
    assert_eq!(selects.length(), tactful::engine::checks::ALL.len() as u32);
}

#[wasm_bindgen_test]
async fn an_example_fills_both_fields_and_is_checked() {
    let root = mount();
    settle().await;
    find::<web_sys::HtmlElement>(&root, ".examples button").click();
    settle().await;
    let customer: HtmlTextAreaElement = find(&root, "#customer");
    assert!(!customer.value().is_empty());
    assert!(
        root.query_selector(".findings li").unwrap().is_some(),
        "{}",
        root.inner_html()
    );
}

#[wasm_bindgen_test]
async fn a_large_draft_is_checked_once_typing_pauses_and_its_findings_listed_unmarked() {
    use tactful::ui::state::{LARGE_DRAFT, RECHECK_PAUSE};
    let root = mount();
    settle().await;
    let sentence = "Your order is packed and labelled. ";
    let filler = sentence.repeat(LARGE_DRAFT / sentence.len() + 1);
    type_into(&root, &format!("{filler}We'll get back to you soon."));
    settle().await;
    let status = find::<Element>(&root, r#"[role="status"]"#);
    let checking = status.text_content().unwrap();
    assert!(checking.contains("Checking…"), "{checking}");
    // The counts shown would be the previous draft's.
    assert!(!checking.contains("0 errors"), "{checking}");
    // No worker was named here (web/boot.js does that): the page checks it itself.
    sleep(RECHECK_PAUSE).await;
    settle().await;
    find::<Element>(&root, r#"li[data-check="vague-promise"]"#);
    assert!(status.text_content().unwrap().contains("1 warning"));
    assert!(root.query_selector(".mirror mark").unwrap().is_none());
}

//! The customer's message, optional and folded away until wanted: with it, tactful can tell
//! whether the reply acknowledges an upset customer. The site and the embed's panel (where
//! the host does not give the message) show the same markup; it is drawn once and never
//! again, so typing in it keeps its focus and caret. [`show`] puts a message given from
//! outside (an example, a saved draft, the extension's content script) into it.

/// The field, empty and folded (`id="customer"`: the site's and each panel's are in
/// different documents or shadow roots).
pub fn customer_field() -> &'static str {
    concat!(
        r#"<details class="customer-field"><summary>Customer's message<span class="optional"> (optional)</span></summary>"#,
        r#"<label for="customer" class="visually-hidden">Customer's message</label>"#,
        r#"<textarea id="customer" placeholder="Paste what the customer wrote, to check that your reply acknowledges it."></textarea></details>"#,
    )
}

/// Shows `value`, given from outside, in the field found under `root`: unfolded when there
/// is one. What the agent typed there is left as it is.
pub fn show(root: &web_sys::Element, value: &str) {
    use wasm_bindgen::JsCast;
    let field = root
        .query_selector(".customer-field")
        .ok()
        .flatten()
        .and_then(|e| e.dyn_into::<web_sys::HtmlDetailsElement>().ok());
    let text = root
        .query_selector("#customer")
        .ok()
        .flatten()
        .and_then(|e| e.dyn_into::<web_sys::HtmlTextAreaElement>().ok());
    if let (Some(field), Some(text)) = (field, text) {
        if text.value() != value {
            text.set_value(value);
            field.set_open(!value.is_empty());
        }
    }
}

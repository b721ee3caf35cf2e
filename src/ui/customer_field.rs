use std::rc::Rc;
use yew::prelude::*;

/// The customer's message, optional and folded away until wanted: with it, tactful can
/// tell whether the reply acknowledges an upset customer. A plain function rather than a
/// component: it holds no state, and each component type costs the wasm its own copy of
/// yew's lifecycle code.
pub fn customer_field(value: &Rc<str>, on_edit: &Callback<String>) -> Html {
    let on_input = {
        let on_edit = on_edit.clone();
        Callback::from(move |e: InputEvent| {
            let el: web_sys::HtmlTextAreaElement = e.target_unchecked_into();
            on_edit.emit(el.value());
        })
    };
    html! {
        <details class="customer-field" open={!value.is_empty()}>
            <summary>{ "Customer's message" }<span class="optional">{ " (optional)" }</span></summary>
            <label for="customer" class="visually-hidden">{ "Customer's message" }</label>
            <textarea
                id="customer"
                placeholder="Paste what the customer wrote, to check that your reply acknowledges it."
                value={value.to_string()}
                oninput={on_input}
            />
        </details>
    }
}

use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct CustomerFieldProps {
    pub value: Rc<str>,
    pub on_edit: Callback<String>,
}

/// The customer's message, optional and folded away until wanted: with it, tactful can
/// tell whether the reply acknowledges an upset customer.
#[function_component(CustomerField)]
pub fn customer_field(props: &CustomerFieldProps) -> Html {
    let on_input = {
        let on_edit = props.on_edit.clone();
        Callback::from(move |e: InputEvent| {
            let el: web_sys::HtmlTextAreaElement = e.target_unchecked_into();
            on_edit.emit(el.value());
        })
    };
    html! {
        <details class="customer-field" open={!props.value.is_empty()}>
            <summary>{ "Customer's message" }<span class="optional">{ " (optional)" }</span></summary>
            <label for="customer" class="visually-hidden">{ "Customer's message" }</label>
            <textarea
                id="customer"
                placeholder="Paste what the customer wrote, to check that your reply acknowledges it."
                value={props.value.to_string()}
                oninput={on_input}
            />
        </details>
    }
}

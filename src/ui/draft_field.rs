use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct DraftFieldProps {
    pub value: Rc<str>,
    /// Called with the field's whole text after every edit.
    pub on_edit: Callback<String>,
}

/// The labelled reply field; the engine re-checks on every input.
#[function_component(DraftField)]
pub fn draft_field(props: &DraftFieldProps) -> Html {
    let on_input = {
        let on_edit = props.on_edit.clone();
        Callback::from(move |e: InputEvent| {
            let field: web_sys::HtmlTextAreaElement = e.target_unchecked_into();
            on_edit.emit(field.value());
        })
    };
    html! {
        <div class="draft-field">
            <label for="draft">{ "Reply draft" }</label>
            <textarea
                id="draft"
                spellcheck="true"
                placeholder="Write or paste your reply to the customer…"
                value={props.value.to_string()}
                oninput={on_input}
            />
        </div>
    }
}

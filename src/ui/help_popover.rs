use yew::prelude::*;

/// The keyboard shortcuts, as (keys, what they do). The App's key handler implements them.
pub const SHORTCUTS: &[(&str, &str)] = &[
    ("Alt + ↓", "Next finding (selects its words in the draft)"),
    ("Alt + ↑", "Previous finding"),
    (
        "Alt + Enter",
        "Apply the first rewrite of the selected finding",
    ),
    (
        "Ctrl/⌘ + Z",
        "Undo the last rewrite (right after applying it)",
    ),
    ("Esc", "Close this help or the settings"),
];

/// A "Keyboard shortcuts" button and the list it opens (a plain function: it holds no
/// state, see `customer_field`).
pub fn help_popover(open: bool, on_toggle: &Callback<()>) -> Html {
    let on_click = {
        let on_toggle = on_toggle.clone();
        Callback::from(move |_| on_toggle.emit(()))
    };
    html! {
        <div class="help">
            <button type="button" aria-expanded={if open { "true" } else { "false" }} aria-controls="shortcuts" onclick={on_click}>
                { "Shortcuts" }
            </button>
            if open {
                <div id="shortcuts" class="popover" role="dialog" aria-label="Keyboard shortcuts">
                    <h2>{ "Keyboard shortcuts" }</h2>
                    <dl>
                        { for SHORTCUTS.iter().map(|(keys, what)| html! {
                            <><dt><kbd>{ *keys }</kbd></dt><dd>{ *what }</dd></>
                        }) }
                    </dl>
                </div>
            }
        </div>
    }
}

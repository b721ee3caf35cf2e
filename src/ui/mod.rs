//! The yew front end: the standalone site's page and the panel embedded beside a helpdesk's
//! field (`panel`), both built from the engine's report.
//!
//! One component (or stateless view function) per file. The site's state lives in [`state::AppState`] behind `use_reducer`;
//! the panel's in [`panel::PanelModel`], which wraps an `AppState`.

pub mod app;
pub mod background;
pub mod customer_field;
pub mod draft_field;
pub mod examples;
pub mod findings_list;
pub mod help_popover;
pub mod panel;
pub mod settings_dialog;
pub mod state;
pub mod storage;
pub mod summary_bar;

pub use app::App;

use yew::{html, Callback, Html, MouseEvent};

/// A plain button (`type="button"`, so it never submits a form): one expansion of the markup
/// for the many the site and the panel show.
pub fn button(
    label: &'static str,
    class: &'static str,
    disabled: bool,
    onclick: Callback<MouseEvent>,
) -> Html {
    html! { <button type="button" class={(!class.is_empty()).then_some(class)} {disabled} {onclick}>{ label }</button> }
}

/// Mounts the site into `#tactful-site` (never onto `<body>`, which yew would clear). A page
/// without that element is a host page that loaded the wasm for the embed API: leave it be.
#[cfg(target_arch = "wasm32")]
pub fn mount_site() {
    let root = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id("tactful-site"));
    if let Some(root) = root {
        yew::Renderer::<App>::with_root(root).render();
    }
}

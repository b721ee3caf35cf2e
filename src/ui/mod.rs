//! The front end: the standalone site's page (yew, feature `ui`) and the panel embedded
//! beside a helpdesk's field (`panel`, feature `embed`, without yew), both built from the
//! engine's report.
//!
//! The findings, the summary and the customer's field are plain markup strings (`markup`),
//! shown by the site through yew and by the embed's panel by itself. The site's state lives
//! in [`state::AppState`] behind `use_reducer`; the panel's in [`panel::PanelModel`], which
//! wraps an `AppState`.

#[cfg(feature = "ui")]
pub mod app;
pub mod background;
pub mod customer_field;
#[cfg(feature = "ui")]
pub mod draft_field;
#[cfg(feature = "ui")]
pub mod examples;
pub mod findings_list;
#[cfg(feature = "ui")]
pub mod help_popover;
pub mod markup;
pub mod panel;
#[cfg(feature = "ui")]
pub mod settings_dialog;
pub mod state;
#[cfg(feature = "ui")]
pub mod storage;
pub mod summary_bar;

#[cfg(feature = "ui")]
pub use app::App;

#[cfg(feature = "ui")]
use yew::{html, Callback, Html, MouseEvent};

/// A plain button (`type="button"`, so it never submits a form): one expansion of the markup
/// for the many the site shows.
#[cfg(feature = "ui")]
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
#[cfg(all(target_arch = "wasm32", feature = "ui"))]
pub fn mount_site() {
    let root = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id("tactful-site"));
    if let Some(root) = root {
        yew::Renderer::<App>::with_root(root).render();
    }
}

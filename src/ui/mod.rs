//! The front end: the standalone site's page (`app`, feature `ui`) and the panel embedded
//! beside a helpdesk's field (`panel`, feature `embed`), both built from the engine's report.
//!
//! Both are drawn the same way, without a framework: markup strings (`markup`) put in the
//! document by regions that are drawn again only when their markup changes. The findings, the
//! summary and the customer's field are the same markup in both. The site's state lives in
//! [`state::AppState`], changed only by its reducer; the panel's in [`panel::PanelModel`],
//! which wraps an `AppState`.

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

/// Draws the site into `#tactful-site`. A page without that element is a host page that
/// loaded the wasm for the embed API: leave it be.
#[cfg(feature = "ui")]
pub fn mount_site() {
    let root = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id("tactful-site"));
    if let Some(root) = root {
        app::mount(&root);
    }
}

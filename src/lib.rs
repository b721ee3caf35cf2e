//! tactful: checks a support agent's draft reply before it is sent.
//!
//! [`engine`] is pure Rust (text in, report out); [`evaluation`] scores it on a labelled
//! corpus; `ui` is the yew front end built on it;
//! `embed` is the JS API that host pages use through `web/embed.js`.

pub mod engine;
pub mod evaluation;
pub mod library;

#[cfg(feature = "ui")]
pub mod ui;

#[cfg(all(target_arch = "wasm32", feature = "ui"))]
pub mod embed;

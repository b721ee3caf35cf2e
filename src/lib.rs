//! tactful: checks a support agent's draft reply before it is sent.
//!
//! [`engine`] is pure Rust (text in, report out); `ui` is the yew front end built on it.

pub mod engine;

#[cfg(feature = "ui")]
pub mod ui;

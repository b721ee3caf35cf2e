//! tactful: checks a support agent's draft reply before it is sent.
//!
//! [`engine`] is pure Rust (text in, report out); [`evaluation`] scores it on a labelled
//! corpus; `ui` is the front end built on it (the site's page and the embed's panel, drawn
//! the same way from markup);
//! `embed` is the JS API that host pages use through `web/embed.js`.

pub mod engine;
pub mod evaluation;
pub mod library;

#[cfg(feature = "web")]
pub mod ui;

/// Only in the embed's wasm (`--features embed`): the site's has no use for the JS API.
#[cfg(all(target_arch = "wasm32", feature = "embed"))]
pub mod embed;

/// The wasm's allocator: talc's code is smaller than the standard library's dlmalloc (the
/// wasm is single-threaded, as talc's `WasmDynamicTalc` requires).
#[cfg(target_arch = "wasm32")]
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();

//! The embed's own wasm: the engine, the JS API of `src/embed.rs` and the panel, shown as
//! markup (built with `--no-default-features --features embed`), so without the standalone
//! site's page and settings dialog (which only `src/bin/site.rs` mounts).

#[cfg(target_arch = "wasm32")]
use tactful as _;

#[cfg(target_arch = "wasm32")]
fn main() {}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("The embed runs in the browser: `scripts/build` builds it into dist/.");
    std::process::exit(2);
}

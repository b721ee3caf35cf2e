//! The standalone site's entry point, built for wasm32 by Trunk (see index.html).

#[cfg(target_arch = "wasm32")]
fn main() {
    tactful::ui::mount_site();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("The site runs in the browser: build it with `trunk build --release`.");
    std::process::exit(2);
}

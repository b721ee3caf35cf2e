//! Writes the embedded panel's stylesheet (`$OUT_DIR/panel.css`, which `src/embed.rs`
//! includes) from the site's shared one and the panel's own, minified, so the wasm carries
//! neither the comments nor the code that adapts the site's rules to a shadow root.

use std::{env, fs, path::Path};

fn main() {
    println!("cargo:rerun-if-changed=style/main.css");
    println!("cargo:rerun-if-changed=style/panel.css");
    let site = fs::read_to_string("style/main.css").expect("style/main.css");
    let panel = fs::read_to_string("style/panel.css").expect("style/panel.css");
    let css = minify(&(for_shadow_root(&site) + &panel));
    let out = Path::new(&env::var("OUT_DIR").expect("OUT_DIR")).join("panel.css");
    fs::write(out, css).expect("writing panel.css");
}

/// The site's rules for the panel's shadow root. There `:root` is the host page's, so the
/// site's variables go on the panel's own element; its dark colours apply only beside a page
/// that has dark colours too (embed.js marks the others `data-scheme="light"`); and `rem`
/// follows the host page's root font size, so it becomes `em` of the panel's fixed one.
fn for_shadow_root(site: &str) -> String {
    let site = site
        .replace(
            "@media (prefers-color-scheme: dark) {\n  :root",
            "@media (prefers-color-scheme: dark) {\n  :host(:not([data-scheme=\"light\"])) .panel",
        )
        .replace(":root", ".panel");
    let mut css = String::with_capacity(site.len());
    let mut rest = site.as_str();
    while let Some(at) = rest.find("rem") {
        let after_digit = rest[..at].ends_with(|c: char| c.is_ascii_digit());
        let word_ends = !rest[at + 3..].starts_with(|c: char| c.is_alphanumeric() || c == '-');
        css.push_str(&rest[..at]);
        css.push_str(if after_digit && word_ends {
            "em"
        } else {
            "rem"
        });
        rest = &rest[at + 3..];
    }
    css.push_str(rest);
    css
}

/// Without comments, and with each run of white space one space, none beside `{ } ;` nor
/// after `:` or `,`: what CSS ignores. (A word never ends in `:` in a selector, where a space
/// before one is a descendant combinator, and the stylesheets hold no strings with these
/// marks or comment marks in them.)
fn minify(css: &str) -> String {
    let mut text = String::with_capacity(css.len());
    let mut rest = css;
    while let Some(open) = rest.find("/*") {
        text.push_str(&rest[..open]);
        let close = rest[open..]
            .find("*/")
            .expect("an unclosed comment in the CSS");
        rest = &rest[open + close + 2..];
    }
    text.push_str(rest);
    let mut out = String::with_capacity(text.len());
    for word in text.split_whitespace() {
        let joins = out.ends_with(['{', '}', ';', ':', ',']) || word.starts_with(['{', '}', ';']);
        if !out.is_empty() && !joins {
            out.push(' ');
        }
        out.push_str(word);
    }
    out
}

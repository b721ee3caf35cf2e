//! Writes each check's docs in sections (`$OUT_DIR/checks/<id>.rs`, which `declare_check!` in
//! `src/engine/checks/mod.rs` includes), so each section is a string of its own and a wasm
//! carries only the ones it shows.
//!
//! Writes the embedded panel's stylesheet (`$OUT_DIR/panel.css`, which `src/embed.rs`
//! includes) from the site's shared one and the panel's own, minified, so the wasm carries
//! neither the comments nor the code that adapts the site's rules to a shadow root.

#[path = "src/doc_sections.rs"]
mod doc_sections;

use doc_sections::{code_block, section, section_slice};
use std::{env, fs, path::Path};

fn main() {
    check_docs();
    println!("cargo:rerun-if-changed=style/main.css");
    println!("cargo:rerun-if-changed=style/panel.css");
    let site = fs::read_to_string("style/main.css").expect("style/main.css");
    let panel = fs::read_to_string("style/panel.css").expect("style/panel.css");
    let css = minify(&(for_shadow_root(&without_site_only(&site)) + &panel));
    let out = Path::new(&env::var("OUT_DIR").expect("OUT_DIR")).join("panel.css");
    fs::write(out, css).expect("writing panel.css");
}

/// Selectors of the site's page only (its masthead, compose area, examples, help popover,
/// footer): the embed's panel draws none of them, so its wasm does not carry their rules.
const SITE_ONLY: &[&str] = &[
    "body",
    ".page",
    ".masthead",
    ".brand",
    ".toolbar",
    ".tagline",
    ".workspace",
    ".draft-field",
    ".examples",
    ".compose-actions",
    ".confirm",
    ".footer",
    ".help",
    ".popover",
    "kbd",
];

/// The site's stylesheet without the rules whose every selector is [`SITE_ONLY`]; an
/// `@media` block keeps its other rules, and goes if none is left.
fn without_site_only(css: &str) -> String {
    let site_only = |selector: &str| {
        let selector = selector.trim();
        SITE_ONLY.iter().any(|s| {
            selector
                .strip_prefix(s)
                .is_some_and(|rest| !rest.starts_with(|c: char| c.is_alphanumeric() || c == '-'))
        })
    };
    let mut out = String::with_capacity(css.len());
    let mut rest = css;
    while let Some(open) = rest.find('{') {
        // The block's end: the brace that closes this one, counting the ones inside.
        let mut depth = 0;
        let close = rest[open..]
            .char_indices()
            .find_map(|(i, c)| {
                depth += match c {
                    '{' => 1,
                    '}' => -1,
                    _ => 0,
                };
                (depth == 0).then_some(open + i)
            })
            .expect("an unclosed block in the CSS");
        let head = &rest[..open];
        // What sits before the selector (comments, blank lines) stays with it.
        let selector_at = head.rfind(['}', '/']).map_or(0, |i| i + 1);
        let selector = &head[selector_at..];
        let body = &rest[open + 1..close];
        if selector.trim_start().starts_with('@') {
            let inner = without_site_only(body);
            if !inner.trim().is_empty() {
                out.push_str(&rest[..=open]);
                out.push_str(&inner);
                out.push('}');
            }
        } else if !selector.split(',').all(site_only) {
            out.push_str(&rest[..=close]);
        } else {
            out.push_str(&head[..selector_at]);
        }
        rest = &rest[close + 1..];
    }
    out.push_str(rest);
    out
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

/// Each check's doc comment in `declare_check!` (src/engine/checks/*.rs), cut into its four
/// sections, each a string of its own: `$OUT_DIR/checks/<id>.rs` holds `WHAT`, `WHY`,
/// `EXAMPLE` and `USE_INSTEAD`. `WHY` keeps the comment's own line starts (the findings' why
/// has always read so); the others have them removed, and `EXAMPLE` and `USE_INSTEAD` are the
/// contents of their fenced blocks. `tests::sections_are_the_comments` in
/// `src/engine/checks/mod.rs` holds these to the comment as rustc reads it.
fn check_docs() {
    println!("cargo:rerun-if-changed=src/engine/checks");
    let out = Path::new(&env::var("OUT_DIR").expect("OUT_DIR")).join("checks");
    fs::create_dir_all(&out).expect("creating $OUT_DIR/checks");
    let mut files: Vec<_> = fs::read_dir("src/engine/checks")
        .expect("src/engine/checks")
        .map(|entry| entry.expect("a file in src/engine/checks").path())
        .collect();
    files.sort();
    for file in files {
        let source = fs::read_to_string(&file).expect("a check's source");
        let Some(at) = source.find("declare_check! {") else {
            continue;
        };
        let mut lines = source[at..].lines().skip(1).map(str::trim_start);
        // A `///` comment's text is what follows the slashes, as rustc gives it to the macro.
        let mut docs = String::new();
        let mut next = lines.next();
        while let Some(line) = next.and_then(|l| l.strip_prefix("///")) {
            docs.push_str(line);
            docs.push('\n');
            next = lines.next();
        }
        let id = next
            .and_then(|l| l.split('"').nth(1))
            .unwrap_or_else(|| panic!("{}: no id after the docs", file.display()));
        let code = format!(
            "pub const WHAT: &str = {:?};\npub const WHY: &str = {:?};\npub const EXAMPLE: &str = {:?};\npub const USE_INSTEAD: &str = {:?};\n",
            section(&docs, "What it catches"),
            section_slice(&docs, "Why it matters"),
            code_block(&section(&docs, "Example")),
            code_block(&section(&docs, "Use instead")),
        );
        fs::write(out.join(format!("{id}.rs")), code).expect("writing a check's docs");
    }
}

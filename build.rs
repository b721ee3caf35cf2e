//! Writes each check's docs in sections (`$OUT_DIR/checks/<id>.rs`, which `declare_check!` in
//! `src/engine/checks/mod.rs` includes), so each section is a string of its own and a wasm
//! carries only the ones it shows.
//!
//! Writes the embedded panel's stylesheet (`$OUT_DIR/panel.css`, which `src/embed.rs`
//! includes) from the site's shared one and the panel's own, minified, so the wasm carries
//! neither the comments nor the code that adapts the site's rules to a shadow root.
//!
//! Packs the phrase lists (`$OUT_DIR/lists.bin` and `lists.rs`, which `src/engine/packed.rs`
//! includes): every `lines![...]` and `words!(...)` of `src/engine/moves` and
//! `src/engine/checks`, read as rustc reads it, so that the wasm carries them packed
//! (`src/pack.rs`) instead of as text.

#[path = "src/doc_sections.rs"]
mod doc_sections;
#[path = "src/pack.rs"]
mod pack;
#[path = "src/unicode_properties.rs"]
#[allow(dead_code)] // the indices are the engine's; the build needs only the list
mod unicode_properties;

use doc_sections::{code_block, section, section_slice};
use std::{env, fs, path::Path};

fn main() {
    check_docs();
    packed_lists();
    unicode_tables();
    println!("cargo:rerun-if-changed=style/main.css");
    println!("cargo:rerun-if-changed=style/panel.css");
    let site = fs::read_to_string("style/main.css").expect("style/main.css");
    let panel = fs::read_to_string("style/panel.css").expect("style/panel.css");
    let css = minify(&(for_shadow_root(&without_site_only(&site)) + &panel));
    let out = Path::new(&env::var("OUT_DIR").expect("OUT_DIR")).join("panel.css");
    fs::write(out, css).expect("writing panel.css");
}

/// Selectors of the site's page only (its masthead, compose and review areas, examples, help
/// popover, notice, discard button, footer): the embed's panel draws none of them, so its
/// wasm does not carry their rules.
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
    ".compose",
    ".review",
    ".compose-actions",
    ".confirm",
    ".notice",
    "button.danger",
    ".footer",
    ".help",
    ".popover",
    "kbd",
];

/// The site's stylesheet without the rules whose every selector is [`SITE_ONLY`], and
/// without those selectors in the rules it keeps; an `@media` block keeps its other rules,
/// and goes if none is left.
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
            out.push_str(&head[..selector_at]);
            let kept: Vec<&str> = selector.split(',').filter(|s| !site_only(s)).collect();
            out.push_str(&kept.join(","));
            out.push_str(&rest[open..=close]);
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

/// Packs the phrase lists: every `lines![...]` (and `words!(...)` word table) in
/// `src/engine/moves/*.rs` and `src/engine/checks/*.rs`, read as rustc reads it (its string literals, `concat!` and the
/// file's argument-less `macro_rules!` that give a string), into `$OUT_DIR/lists.bin`
/// (`src/pack.rs`), and writes `$OUT_DIR/lists.rs`: each list's file, line and text, and where
/// it ends in the unpacked text. `lines!` (`src/engine/mod.rs`) holds each list to its text
/// here at compile time; in the wasm it unpacks the blob instead of carrying the text.
/// Anything in a list it cannot read is an error naming the file and line.
fn packed_lists() {
    let mut lists = Vec::new();
    for dir in ["src/engine/moves", "src/engine/checks", "src/engine"] {
        if dir != "src/engine" {
            println!("cargo:rerun-if-changed={dir}");
        }
        let mut files: Vec<_> = fs::read_dir(dir)
            .unwrap_or_else(|e| panic!("{dir}: {e}"))
            .map(|entry| entry.expect("a file").path())
            .filter(|path| path.extension().is_some_and(|e| e == "rs"))
            .filter(|path| {
                dir != "src/engine" || WORD_TABLE_FILES.iter().any(|f| path.ends_with(f))
            })
            .collect();
        files.sort();
        for file in files {
            let name = file.to_str().expect("a UTF-8 path").replace('\\', "/");
            println!("cargo:rerun-if-changed={name}");
            let source = fs::read_to_string(&file).expect("a source file");
            lists.extend(phrase_lists::read(&name, &source));
        }
    }
    let mut text = String::new();
    let mut table = String::from(
        "/// Each `lines!` list: its file and line (as `file!()` and `line!()` give them), its text,\n/// and where it ends in the unpacked text. Written by `build.rs`.\n",
    );
    table.push_str(&format!(
        "pub const LISTS: [(&str, u32, &str, u32); {}] = [\n",
        lists.len()
    ));
    for (i, (file, line, list)) in lists.iter().enumerate() {
        if lists[..i].iter().any(|(f, l, _)| f == file && l == line) {
            panic!("{file}:{line}: two `lines!` lists on one line");
        }
        text.push_str(list);
        table.push_str(&format!(
            "    ({file:?}, {line}, {list:?}, {}),\n",
            text.len()
        ));
    }
    table.push_str("];\n");
    let packed = pack::pack(text.as_bytes());
    assert_eq!(
        pack::unpack(&packed).as_deref(),
        Some(text.as_bytes()),
        "the packed phrase lists do not unpack to their text"
    );
    let out = Path::new(&env::var("OUT_DIR").expect("OUT_DIR")).to_path_buf();
    fs::write(out.join("lists.rs"), table).expect("writing lists.rs");
    fs::write(out.join("lists.bin"), packed).expect("writing lists.bin");
}

/// The Unicode properties `src/engine/unicode.rs` answers beyond ASCII, as this toolchain's
/// standard library answers them (the wasm's is the same one), written to
/// `$OUT_DIR/unicode.bin` packed (`src/pack.rs`): for each, in that file's order, how many
/// runs, then each run's length (LEB128), the runs alternating without and with the property
/// from U+0000 on.
fn unicode_tables() {
    let mut bytes = Vec::new();
    let leb128 = |bytes: &mut Vec<u8>, mut n: u32| loop {
        let byte = (n & 0x7f) as u8;
        n >>= 7;
        if n == 0 {
            bytes.push(byte);
            break;
        }
        bytes.push(byte | 0x80);
    };
    for has in unicode_properties::STD {
        let mut runs = Vec::new();
        let (mut inside, mut start) = (false, 0);
        for c in 0..=char::MAX as u32 {
            if char::from_u32(c).is_some_and(has) != inside {
                runs.push(c - start);
                (inside, start) = (!inside, c);
            }
        }
        leb128(&mut bytes, runs.len() as u32);
        for run in runs {
            leb128(&mut bytes, run);
        }
    }
    let packed = pack::pack(&bytes);
    let out = Path::new(&env::var("OUT_DIR").expect("OUT_DIR")).join("unicode.bin");
    fs::write(out, packed).expect("writing unicode.bin");
}

/// The files of `src/engine` itself whose `words!` tables are packed (the moves' and checks'
/// files are all read).
const WORD_TABLE_FILES: &[&str] = &["text.rs", "pattern.rs"];

/// Reading the `lines![...]` lists of a source file as rustc reads them.
mod phrase_lists {
    #[derive(Debug, Clone, PartialEq)]
    enum Token {
        Str(String),
        Ident(String),
        Punct(char),
        /// A character or number literal: never part of a list's text.
        Other,
    }

    /// The tokens of Rust source, each with its byte offset; comments dropped.
    fn lex(file: &str, src: &str) -> Vec<(Token, usize)> {
        let bytes = src.as_bytes();
        let mut out = Vec::new();
        let mut i = 0;
        let fail = |at: usize, what: &str| -> ! {
            let line = src[..at].matches('\n').count() + 1;
            panic!("{file}:{line}: {what}")
        };
        while i < bytes.len() {
            let rest = &src[i..];
            let c = rest.chars().next().expect("a char");
            if rest.starts_with("//") {
                i += rest.find('\n').unwrap_or(rest.len());
            } else if rest.starts_with("/*") {
                i += rest
                    .find("*/")
                    .unwrap_or_else(|| fail(i, "an unclosed comment"))
                    + 2;
            } else if c.is_whitespace() {
                i += c.len_utf8();
            } else if c == '"' || rest.starts_with("b\"") {
                let start = i;
                i += rest.find('"').expect("a quote") + 1;
                let mut text = String::new();
                loop {
                    let rest = &src[i..];
                    let c = rest
                        .chars()
                        .next()
                        .unwrap_or_else(|| fail(start, "an unclosed string"));
                    i += c.len_utf8();
                    match c {
                        '"' => break,
                        '\\' => {
                            let e = src[i..].chars().next().unwrap_or('\0');
                            i += e.len_utf8();
                            match e {
                                'n' => text.push('\n'),
                                't' => text.push('\t'),
                                'r' => text.push('\r'),
                                '0' => text.push('\0'),
                                '\\' | '"' | '\'' => text.push(e),
                                '\n' => {
                                    i += src[i..].len() - src[i..].trim_start().len();
                                }
                                'x' => {
                                    let code = u8::from_str_radix(&src[i..i + 2], 16)
                                        .unwrap_or_else(|_| fail(i, "a bad \\x escape"));
                                    text.push(char::from(code));
                                    i += 2;
                                }
                                'u' => {
                                    let close = i + src[i..]
                                        .find('}')
                                        .unwrap_or_else(|| fail(i, "a bad \\u escape"));
                                    let code = u32::from_str_radix(&src[i + 1..close], 16)
                                        .ok()
                                        .and_then(char::from_u32)
                                        .unwrap_or_else(|| fail(i, "a bad \\u escape"));
                                    text.push(code);
                                    i = close + 1;
                                }
                                _ => fail(i, "an escape this reader does not know"),
                            }
                        }
                        _ => text.push(c),
                    }
                }
                out.push((Token::Str(text), start));
            } else if (rest.starts_with("r\"") || rest.starts_with("r#")) && {
                let hashes = rest[1..].len() - rest[1..].trim_start_matches('#').len();
                rest[1 + hashes..].starts_with('"')
            } {
                let hashes = rest[1..].len() - rest[1..].trim_start_matches('#').len();
                let open = 1 + hashes + 1;
                let close = format!("\"{}", "#".repeat(hashes));
                let end = rest[open..]
                    .find(&close)
                    .unwrap_or_else(|| fail(i, "an unclosed raw string"));
                out.push((Token::Str(rest[open..open + end].to_string()), i));
                i += open + end + close.len();
            } else if c == '\'' {
                // A character literal, or a lifetime or label.
                let mut chars = rest[1..].chars();
                let first = chars.next().unwrap_or(' ');
                if first == '\\' {
                    let close = rest[2..]
                        .find('\'')
                        .unwrap_or_else(|| fail(i, "an unclosed char"));
                    out.push((Token::Other, i));
                    i += 2 + close + 1;
                } else if chars.next() == Some('\'') {
                    out.push((Token::Other, i));
                    i += 1 + first.len_utf8() + 1;
                } else {
                    out.push((Token::Punct('\''), i));
                    i += 1;
                }
            } else if c.is_alphanumeric() || c == '_' {
                let len = rest
                    .find(|c: char| !(c.is_alphanumeric() || c == '_'))
                    .unwrap_or(rest.len());
                let word = &rest[..len];
                let token = if c.is_ascii_digit() {
                    Token::Other
                } else {
                    Token::Ident(word.to_string())
                };
                out.push((token, i));
                i += len;
            } else {
                out.push((Token::Punct(c), i));
                i += c.len_utf8();
            }
        }
        out
    }

    fn opens(token: &Token) -> bool {
        matches!(token, Token::Punct('(' | '[' | '{'))
    }

    fn closes(token: &Token) -> bool {
        matches!(token, Token::Punct(')' | ']' | '}'))
    }

    /// The tokens inside the group that opens at `at` (a bracket), and the index after it.
    fn group(tokens: &[(Token, usize)], at: usize) -> Option<(&[(Token, usize)], usize)> {
        let mut depth = 0;
        for (i, (token, _)) in tokens.iter().enumerate().skip(at) {
            if opens(token) {
                depth += 1;
            } else if closes(token) {
                depth -= 1;
                if depth == 0 {
                    return Some((&tokens[at + 1..i], i + 1));
                }
            }
        }
        None
    }

    /// A macro's arguments, split at its top-level commas.
    fn arguments(tokens: &[(Token, usize)]) -> Vec<&[(Token, usize)]> {
        let mut out = Vec::new();
        let (mut depth, mut start) = (0, 0);
        for (i, (token, _)) in tokens.iter().enumerate() {
            if opens(token) {
                depth += 1;
            } else if closes(token) {
                depth -= 1;
            } else if depth == 0 && *token == Token::Punct(',') {
                out.push(&tokens[start..i]);
                start = i + 1;
            }
        }
        if start < tokens.len() {
            out.push(&tokens[start..]);
        }
        out
    }

    type Macros<'a> = Vec<(String, usize, &'a [(Token, usize)])>;

    /// A string expression: a literal, `concat!(...)` of them, or an argument-less macro of
    /// the file defined before `at`.
    fn evaluate(
        tokens: &[(Token, usize)],
        macros: &Macros,
        at: usize,
        fail: &dyn Fn(usize, &str) -> String,
    ) -> Result<String, String> {
        let place = tokens.first().map_or(at, |t| t.1);
        match tokens {
            [(Token::Str(text), _)] => Ok(text.clone()),
            [(Token::Ident(name), _), (Token::Punct('!'), _), rest @ ..]
                if !rest.is_empty() && opens(&rest[0].0) =>
            {
                let (inner, after) =
                    group(rest, 0).ok_or_else(|| fail(place, "an unclosed macro call"))?;
                if after != rest.len() {
                    return Err(fail(place, "more after a macro call"));
                }
                if name == "concat" {
                    arguments(inner)
                        .into_iter()
                        .map(|a| evaluate(a, macros, at, fail))
                        .collect()
                } else if inner.is_empty() {
                    let (_, _, body) = macros
                        .iter()
                        .rev()
                        .find(|(n, defined, _)| n == name && *defined < place)
                        .ok_or_else(|| {
                            fail(place, &format!("`{name}!` is no macro of this file"))
                        })?;
                    evaluate(body, macros, at, fail)
                } else {
                    Err(fail(place, &format!("`{name}!` with arguments")))
                }
            }
            _ => Err(fail(
                place,
                "a phrase that is not a string literal, `concat!` or a string macro",
            )),
        }
    }

    /// Each `lines![...]` of the file: its line (of `lines`) and its text, a phrase a line;
    /// and each `words!(...)` word table: its line and its text.
    pub fn read(file: &str, src: &str) -> Vec<(String, u32, String)> {
        let tokens = lex(file, src);
        let line_of = |at: usize| src[..at].matches('\n').count() + 1;
        let fail = |at: usize, what: &str| format!("{file}:{}: {what}", line_of(at));
        // `macro_rules! name { () => { body }; }`
        let mut macros: Macros = Vec::new();
        for (i, window) in tokens.windows(9).enumerate() {
            if let [(Token::Ident(m), _), (Token::Punct('!'), _), (Token::Ident(name), at), (Token::Punct('{'), _), (Token::Punct('('), _), (Token::Punct(')'), _), (Token::Punct('='), _), (Token::Punct('>'), _), (open, _)] =
                window
            {
                if m == "macro_rules" && opens(open) {
                    if let Some((body, _)) = group(&tokens, i + 8) {
                        macros.push((name.clone(), *at, body));
                    }
                }
            }
        }
        let mut lists = Vec::new();
        let mut i = 0;
        while i + 2 < tokens.len() {
            let (token, at) = &tokens[i];
            let name = match token {
                Token::Ident(name) if name == "lines" || name == "words" => name.as_str(),
                _ => "",
            };
            if !name.is_empty() && tokens[i + 1].0 == Token::Punct('!') && opens(&tokens[i + 2].0) {
                let (inner, after) = group(&tokens, i + 2)
                    .unwrap_or_else(|| panic!("{}", fail(*at, &format!("an unclosed `{name}!`"))));
                let phrases = arguments(inner);
                if phrases.is_empty() || name == "words" && phrases.len() != 1 {
                    panic!(
                        "{}",
                        fail(
                            *at,
                            &format!("an empty `{name}!`, or `words!` of more than one text")
                        )
                    );
                }
                let mut text = String::new();
                for phrase in phrases {
                    let phrase = evaluate(phrase, &macros, *at, &fail)
                        .unwrap_or_else(|e| panic!("{e} (in the `{name}!` list there)"));
                    text.push_str(&phrase);
                    // A phrase list has a phrase a line; a word table is its text.
                    if name == "lines" {
                        text.push('\n');
                    }
                }
                lists.push((file.to_string(), line_of(*at) as u32, text));
                i = after;
            } else {
                i += 1;
            }
        }
        lists
    }
}

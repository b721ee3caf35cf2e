//! The Unicode properties whose tables `build.rs` packs into `$OUT_DIR/unicode.bin`, in the
//! file's order, as the standard library answers them; `src/engine/unicode.rs` reads the
//! tables by these indices and holds them to these answers. One list, so the two agree.

pub const ALPHABETIC: usize = 0;
pub const NUMERIC: usize = 1;
pub const UPPERCASE: usize = 2;
pub const LOWERCASE: usize = 3;

/// The standard library's answers, by property index (the wasm reads the tables instead).
#[cfg_attr(target_arch = "wasm32", allow(dead_code))]
pub const STD: [fn(char) -> bool; 4] = [
    char::is_alphabetic,
    char::is_numeric,
    char::is_uppercase,
    char::is_lowercase,
];

//! The Unicode properties the engine asks of a character: the standard library's answers.
//! Natively they are its own; in the wasm, beyond ASCII, they come from tables `build.rs`
//! writes from the same toolchain's standard library (so the same Unicode version), packed
//! with `src/pack.rs`, so that the wasm carries no copy of the standard library's own tables
//! (see BENCHMARKS.md, "room10"). `tests::the_standard_librarys_answers` holds the tables to
//! the standard library for every character.

#[path = "../unicode_properties.rs"]
mod properties;
use properties::{ALPHABETIC, LOWERCASE, NUMERIC, UPPERCASE};

/// [`char::is_alphabetic`].
pub fn is_alphabetic(c: char) -> bool {
    answer(c, char::is_ascii_alphabetic, ALPHABETIC)
}

/// [`char::is_numeric`].
pub fn is_numeric(c: char) -> bool {
    answer(c, char::is_ascii_digit, NUMERIC)
}

/// [`char::is_alphanumeric`].
pub fn is_alphanumeric(c: char) -> bool {
    is_alphabetic(c) || is_numeric(c)
}

/// [`char::is_uppercase`].
pub fn is_uppercase(c: char) -> bool {
    answer(c, char::is_ascii_uppercase, UPPERCASE)
}

/// [`char::is_lowercase`].
pub fn is_lowercase(c: char) -> bool {
    answer(c, char::is_ascii_lowercase, LOWERCASE)
}

/// The property's answer: ASCII by the standard library's ASCII test (which its own
/// method starts with), the rest by [`beyond_ascii`].
fn answer(c: char, ascii: fn(&char) -> bool, property: usize) -> bool {
    if c.is_ascii() {
        ascii(&c)
    } else {
        beyond_ascii(property, c)
    }
}

#[cfg(not(target_arch = "wasm32"))]
fn beyond_ascii(property: usize, c: char) -> bool {
    properties::STD[property](c)
}

#[cfg(target_arch = "wasm32")]
fn beyond_ascii(property: usize, c: char) -> bool {
    in_table(property, c)
}

/// Whether `c` has the property, by the packed tables.
#[cfg(any(test, target_arch = "wasm32"))]
fn in_table(property: usize, c: char) -> bool {
    static TABLES: std::sync::OnceLock<[Vec<u32>; 4]> = std::sync::OnceLock::new();
    let starts = &TABLES.get_or_init(unpack)[property];
    // Runs start without the property at U+0000 and alternate: the odd ones have it.
    starts.partition_point(|&start| start <= c as u32) % 2 == 1
}

/// Each property's runs as where each starts after the first (which starts at U+0000).
#[cfg(any(test, target_arch = "wasm32"))]
fn unpack() -> [Vec<u32>; 4] {
    static PACKED: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/unicode.bin"));
    let bytes = super::packed::pack::unpack(PACKED).expect("the packed Unicode tables");
    let mut bytes = bytes.iter();
    let mut leb128 = || {
        let (mut n, mut shift) = (0, 0);
        for &byte in bytes.by_ref() {
            n |= u32::from(byte & 0x7f) << shift;
            shift += 7;
            if byte < 0x80 {
                break;
            }
        }
        n
    };
    std::array::from_fn(|_| {
        let mut start = 0;
        (0..leb128())
            .map(|_| {
                start += leb128();
                start
            })
            .collect()
    })
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;

    #[test]
    fn the_standard_librarys_answers() {
        for c in (0..=char::MAX as u32).filter_map(char::from_u32) {
            for (property, answer) in properties::STD.iter().enumerate() {
                assert_eq!(
                    in_table(property, c),
                    answer(c),
                    "{c:?} property {property}"
                );
            }
            assert_eq!(is_alphabetic(c), c.is_alphabetic(), "{c:?}");
            assert_eq!(is_numeric(c), c.is_numeric(), "{c:?}");
            assert_eq!(is_alphanumeric(c), c.is_alphanumeric(), "{c:?}");
            assert_eq!(is_uppercase(c), c.is_uppercase(), "{c:?}");
            assert_eq!(is_lowercase(c), c.is_lowercase(), "{c:?}");
        }
    }
}

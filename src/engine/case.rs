//! Upper and lower case for the scripts agents write replies in: ASCII, Latin-1, Latin
//! Extended-A, Greek and Cyrillic, one character to one character. The standard library's
//! full Unicode case tables (about 8 KB of the gzipped download) buy nothing here: every
//! phrase the checks match is English, a letter of another script is kept as it is, and a
//! span's byte offsets never depend on a word's lower-cased form. Letters whose full case
//! mapping is several characters ("ß" upper-cased is "SS", "İ" lower-cased is "i̇") map to
//! one ("ß", "i") so that a word keeps its length in characters.

/// `text` in lower case (see the module's scope).
pub fn lower(text: &str) -> String {
    if text.is_ascii() {
        return text.to_ascii_lowercase();
    }
    text.chars().map(lower_char).collect()
}

/// `c` in lower case, or `c` itself when it has none here.
pub fn lower_char(c: char) -> char {
    let code = u32::from(c);
    let shifted = |by: u32| char::from_u32(code + by).unwrap_or(c);
    match code {
        0x41..=0x5A => shifted(0x20),
        0xC0..=0xDE if code != 0xD7 => shifted(0x20),
        0x130 => 'i',
        0x178 => 'ÿ',
        0x100..=0x17F if upper_in_latin_extended(code) => shifted(1),
        0x386 => 'ά',
        0x388..=0x38A => shifted(0x25),
        0x38C => 'ό',
        0x38E..=0x38F => shifted(0x3F),
        0x391..=0x3AB if code != 0x3A2 => shifted(0x20),
        0x400..=0x40F => shifted(0x50),
        0x410..=0x42F => shifted(0x20),
        _ => c,
    }
}

/// `c` in upper case, or `c` itself when it has none here.
pub fn upper_char(c: char) -> char {
    let code = u32::from(c);
    let shifted = |by: u32| char::from_u32(code - by).unwrap_or(c);
    match code {
        0x61..=0x7A => shifted(0x20),
        0xE0..=0xFE if code != 0xF7 => shifted(0x20),
        0xFF => 'Ÿ',
        0x131 => 'I',
        0x100..=0x17F if code != 0x138 && code != 0x149 && upper_in_latin_extended(code - 1) => {
            shifted(1)
        }
        0x3AC => 'Ά',
        0x3AD..=0x3AF => shifted(0x25),
        0x3CC => 'Ό',
        0x3CD..=0x3CE => shifted(0x3F),
        0x3C2 => 'Σ',
        0x3B1..=0x3CB => shifted(0x20),
        0x430..=0x44F => shifted(0x20),
        0x450..=0x45F => shifted(0x50),
        _ => c,
    }
}

/// Whether `code` in Latin Extended-A is a capital whose small letter follows it: the even
/// ones in most of the block, the odd ones where the pairs shift ("Ĺ" U+0139 to "Ň").
fn upper_in_latin_extended(code: u32) -> bool {
    match code {
        0x100..=0x12F | 0x132..=0x137 | 0x14A..=0x177 => code.is_multiple_of(2),
        0x139..=0x148 | 0x179..=0x17E => !code.is_multiple_of(2),
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// One character of the standard library's mapping, if it maps `c` to one.
    fn single(mut mapped: impl Iterator<Item = char>) -> Option<char> {
        let first = mapped.next()?;
        mapped.next().is_none().then_some(first)
    }

    #[test]
    fn agrees_with_the_standard_library_in_the_scripts_it_covers() {
        let covered = (0..=0x17F_u32).chain(0x386..=0x3CE).chain(0x400..=0x45F);
        // Small letters whose capital belongs to another letter: the micro sign (Greek
        // mu), the long s (S).
        let own_capital = ['µ', 'ſ'];
        for c in covered.filter_map(char::from_u32) {
            let code = u32::from(c);
            if let Some(lower) = single(c.to_lowercase()) {
                assert_eq!(lower_char(c), lower, "lower case of {c:?} (U+{code:04X})");
            }
            if let Some(upper) = single(c.to_uppercase()).filter(|_| !own_capital.contains(&c)) {
                assert_eq!(upper_char(c), upper, "upper case of {c:?} (U+{code:04X})");
            }
        }
    }

    #[test]
    fn words_keep_their_length_and_other_scripts_stay() {
        assert_eq!(
            lower("CAFÉ Ÿ ĲSSEL Ωμέγα ДОБРЫЙ"),
            "café ÿ ĳssel ωμέγα добрый"
        );
        assert_eq!(lower("İstanbul"), "istanbul");
        assert_eq!(lower("ՀԱՅ 東京 😀"), "ՀԱՅ 東京 😀");
        assert_eq!(upper_char('ß'), 'ß');
        assert_eq!(upper_char('é'), 'É');
    }
}

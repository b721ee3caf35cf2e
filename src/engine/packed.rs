//! The phrase lists packed. `build.rs` reads every `lines![...]` list (and `words!(...)`
//! word table) of `src/engine/moves`, `src/engine/checks`, `src/engine/text.rs` and
//! `src/engine/pattern.rs` and writes [`LISTS`] (each list's place and text) and the lists'
//! text packed (`src/pack.rs`). [`lines!`] and [`words!`] hold each list to [`LISTS`] at
//! compile time, so rustc and `build.rs` cannot read a list differently; natively it is the
//! list's own text, and in the wasm it is a slice of the packed text, unpacked on first use,
//! so the wasm carries the lists and tables packed (about 50.2 KB) instead of as text (about
//! 57.4 KB gzip).

include!(concat!(env!("OUT_DIR"), "/lists.rs"));

/// Where each list ends in the unpacked text (only numbers, so the wasm does not carry
/// [`LISTS`]'s texts).
#[cfg(any(test, target_arch = "wasm32"))]
const ENDS: [u32; LISTS.len()] = {
    let mut ends = [0; LISTS.len()];
    let mut i = 0;
    while i < LISTS.len() {
        ends[i] = LISTS[i].3;
        i += 1;
    }
    ends
};

#[cfg(any(test, target_arch = "wasm32"))]
#[path = "../pack.rs"]
pub(super) mod pack;

#[cfg(any(test, target_arch = "wasm32"))]
static PACKED: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/lists.bin"));

/// The index in [`LISTS`] of the `lines!` list at `file` and `line` whose text is `text`.
/// Evaluated at compile time: a list `build.rs` did not find, or read otherwise than rustc,
/// does not compile.
pub const fn index(file: &str, line: u32, text: &str) -> usize {
    let mut i = 0;
    while i < LISTS.len() {
        let (list_file, list_line, list_text, _) = LISTS[i];
        // `file!()` is relative to the workspace that builds the crate: `src/...` here, a
        // longer path when tactful is another crate's dependency.
        if list_line == line && ends_with(file.as_bytes(), list_file.as_bytes()) {
            assert!(
                same(list_text.as_bytes(), text.as_bytes()),
                "build.rs read this `lines!` list otherwise than rustc"
            );
            return i;
        }
        i += 1;
    }
    panic!("build.rs found no `lines!` list here (it reads src/engine/moves, src/engine/checks, and text.rs and pattern.rs of src/engine)")
}

/// Whether `path` is `tail` or ends with `/` and then `tail`.
const fn ends_with(path: &[u8], tail: &[u8]) -> bool {
    if path.len() < tail.len() {
        return false;
    }
    let start = path.len() - tail.len();
    if start > 0 && path[start - 1] != b'/' {
        return false;
    }
    let mut i = 0;
    while i < tail.len() {
        if path[start + i] != tail[i] {
            return false;
        }
        i += 1;
    }
    true
}

const fn same(a: &[u8], b: &[u8]) -> bool {
    if a.len() != b.len() {
        return false;
    }
    let mut i = 0;
    while i < a.len() {
        if a[i] != b[i] {
            return false;
        }
        i += 1;
    }
    true
}

/// The text of all the lists, unpacked, if it is text of the lists' length.
#[cfg(any(test, target_arch = "wasm32"))]
fn unpacked(packed: &[u8]) -> Option<String> {
    let text = String::from_utf8(pack::unpack(packed)?).ok()?;
    (Some(text.len()) == ENDS.last().map(|&end| end as usize)).then_some(text)
}

/// The range of list `index` in the unpacked text.
#[cfg(any(test, target_arch = "wasm32"))]
fn range(index: usize) -> std::ops::Range<usize> {
    let start = index.checked_sub(1).map_or(0, |before| ENDS[before]);
    start as usize..ENDS[index] as usize
}

/// A `lines!` list, as [`Phrases::lines`](super::pattern::Phrases::lines) and
/// [`Phrases::kinded`](super::pattern::Phrases::kinded) take it: natively its text.
#[cfg(not(target_arch = "wasm32"))]
pub type List = &'static str;

/// A `lines!` list, as [`Phrases::lines`](super::pattern::Phrases::lines) and
/// [`Phrases::kinded`](super::pattern::Phrases::kinded) take it: in the wasm its index, so
/// each list's use passes one number (its text is [`text`]).
#[cfg(target_arch = "wasm32")]
#[derive(Debug, Clone, Copy)]
pub struct List(pub usize);

#[cfg(target_arch = "wasm32")]
impl AsRef<str> for List {
    fn as_ref(&self) -> &str {
        text(self.0)
    }
}

/// A [`words!`] table's text (or a list's): natively the text itself.
#[cfg(not(target_arch = "wasm32"))]
pub const fn text_of(list: List) -> &'static str {
    list
}

/// A [`words!`] table's text (or a list's): in the wasm unpacked (see [`text`]).
#[cfg(target_arch = "wasm32")]
pub fn text_of(list: List) -> &'static str {
    text(list.0)
}

/// List `index`'s text: the lists are unpacked once, on the first list's use (BENCHMARKS.md,
/// "phrase lists packed", has what that costs).
#[cfg(target_arch = "wasm32")]
fn text(index: usize) -> &'static str {
    static TEXT: std::sync::OnceLock<String> = std::sync::OnceLock::new();
    &TEXT.get_or_init(|| unpacked(PACKED).expect("the packed phrase lists"))[range(index)]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_list_is_found_by_its_path_from_any_workspace() {
        assert!(ends_with(
            b"src/engine/moves/offer.rs",
            b"src/engine/moves/offer.rs"
        ));
        assert!(ends_with(
            b"/home/x/tactful/src/engine/moves/offer.rs",
            b"src/engine/moves/offer.rs"
        ));
        assert!(!ends_with(
            b"/home/x/notsrc/engine/moves/offer.rs",
            b"src/engine/moves/offer.rs"
        ));
        assert!(!ends_with(b"offer.rs", b"src/engine/moves/offer.rs"));
    }

    /// The lists whose text the packed bytes do not unpack to (all of them if they do not
    /// unpack).
    fn wrong_lists(packed: &[u8]) -> Vec<usize> {
        let text = unpacked(packed).unwrap_or_default();
        (0..LISTS.len())
            .filter(|&i| text.get(range(i)) != Some(LISTS[i].2))
            .collect()
    }

    /// Every list unpacks to its text, which `lines!` holds to the list as rustc reads it.
    #[test]
    fn every_list_unpacks_to_its_text() {
        assert!(LISTS.len() > 80, "only {} lists found", LISTS.len());
        assert_eq!(wrong_lists(PACKED), Vec::<usize>::new());
    }

    /// The test above would see a corrupted pack: a flipped bit at the start or in the middle
    /// of the coded bytes, or a wrong length.
    #[test]
    fn a_corrupted_pack_is_caught() {
        for (at, bit) in [(8, 1), (9, 0x80), (PACKED.len() / 2, 4), (0, 1)] {
            let mut packed = PACKED.to_vec();
            packed[at] ^= bit;
            assert!(
                !wrong_lists(&packed).is_empty(),
                "a flipped bit at {at} not seen"
            );
        }
        assert!(!wrong_lists(&PACKED[..PACKED.len() / 2]).is_empty());
        assert_eq!(wrong_lists(&[]).len(), LISTS.len());
    }

    /// Every word of every list is one the text model can produce: it reads "hasn't" as
    /// "has" and "not", and "u" as "you", so a list holding them never matches them.
    /// (Abbreviations such as "approx." are read from the raw text, before that.)
    #[test]
    fn every_listed_word_is_one_the_text_model_produces() {
        let mut unreachable = Vec::new();
        for (file, line, text, _) in LISTS {
            for word in text.split(['\n', ' ', '|']) {
                let word = word
                    .trim_start_matches(['[', '('])
                    .trim_end_matches([']', ')']);
                let marked = |c: char| matches!(c, '<' | '>' | '*') || c.is_uppercase();
                if word.is_empty() || word.ends_with('.') || word.contains(marked) {
                    continue;
                }
                let draft = crate::engine::text::Draft::new(word);
                if !matches!(&draft.tokens[..], [token] if token.norm == word) {
                    unreachable.push(format!("{file}:{line}: {word}"));
                }
            }
        }
        assert_eq!(unreachable, Vec::<String>::new());
    }

    #[test]
    fn packing_round_trips() {
        for text in [
            "a",
            "ab",
            "aaaa",
            "banana\n",
            "über|ünder\n",
            "abcabcabc\nabc\n",
        ] {
            assert_eq!(
                pack::unpack(&pack::pack(text.as_bytes())).as_deref(),
                Some(text.as_bytes())
            );
        }
        let all: Vec<u8> = (0..=255).chain((0..=255).rev()).collect();
        assert_eq!(pack::unpack(&pack::pack(&all)), Some(all));
    }
}

//! What a [`Checker`](super::Checker) remembers from one check to the next, so that
//! re-checking a long draft after a keystroke redoes only what the edit touched.
//!
//! An editor changes one stretch of its text between two checks. The memo keeps the
//! previous draft's text, tokens and sentences; the next draft is compared with it, and
//! only the lines between the unchanged beginning and the unchanged end are tokenised again
//! (tokens never cross a line break, and a line's tokens depend on it alone). Each sentence
//! made of exactly the same tokens as before keeps its [`SentenceMemo`]: what each phrase
//! list found in it, which depends on those tokens alone, and what a check decided about the
//! sentence alone. A check that decides sentence by sentence over the whole draft may keep
//! its list of decisions too: the next draft keeps the entries of the sentences before and
//! after the edit (those after renumbered) and decides again only the sentences between.
//! Everything else a check decides about the whole reply is still computed from the whole
//! draft each time.

use super::pattern::Match;
use super::text::{Sentence, Token};
use std::any::TypeId;
use std::cell::RefCell;
use std::fmt;
use std::ops::Range;
use std::rc::Rc;

/// Phrase lists with ids below this are memoised: the moves and checks have a few dozen.
const MAX_LISTS_PER_SENTENCE: usize = 96;

/// A memo for one text (one field's draft, or the customer's message). Not shared between
/// threads.
#[derive(Debug, Default)]
pub struct Memo {
    previous: RefCell<Option<Kept>>,
}

/// The previous draft, as [`Draft`](super::text::Draft) built it.
#[derive(Debug)]
pub(crate) struct Kept {
    pub text: String,
    pub tokens: Vec<Token>,
    pub sentences: Vec<Sentence>,
    /// By token, its sentence's index.
    pub sentence_at: Vec<u32>,
    /// By sentence.
    pub memos: Vec<Rc<SentenceMemo>>,
    /// The fill-in placeholders, if a check asked for them.
    pub placeholders: Option<Vec<Range<usize>>>,
    /// What checks decided sentence by sentence over the whole draft, by type (see
    /// [`Draft::by_sentence`](super::text::Draft::by_sentence)).
    pub by_sentence: Decisions,
}

/// Decisions over a whole draft, one list per type (a check's own) and key.
pub(crate) type Decisions = Vec<Rc<super::text::List>>;

/// A shared value of some `'static` type, with its type's id: what `Rc<dyn Any>` is, but the
/// id is kept beside the value instead of asked of it through its vtable, so that finding one
/// costs a comparison, not a call, and the wasm carries no `type_id` function (and 16-byte id
/// in its data) per type (about 0.9 KB of wasm, 0.1 KB of gzip).
#[derive(Clone)]
pub(crate) struct Erased {
    id: TypeId,
    value: Rc<dyn Value>,
}

/// Any value: the vtable of `dyn Value` has only what dropping one needs.
trait Value {}
impl<T> Value for T {}

impl Erased {
    pub fn new<T: 'static>(value: Rc<T>) -> Self {
        Erased {
            id: TypeId::of::<T>(),
            value,
        }
    }

    /// Whether the value is a `T`.
    pub fn is<T: 'static>(&self) -> bool {
        self.id == TypeId::of::<T>()
    }

    /// The value, if it is a `T`, as the `Rc` it was made from.
    pub fn take<T: 'static>(self) -> Option<Rc<T>> {
        // SAFETY: `new` made `value` from an `Rc<T>` and `id` from the same `T`; `from_raw`
        // gets back the pointer `into_raw` gave, of the `T` the `Rc` was made for.
        self.is::<T>()
            .then(|| unsafe { Rc::from_raw(Rc::into_raw(self.value).cast::<T>()) })
    }
}

impl fmt::Debug for Erased {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Erased")
    }
}

/// A shared value whose type its holder knows otherwise (a [`Draft::by_sentence`] list's key
/// and decisions, by the list's type): an [`Erased`] without the id, which each type would
/// add to the wasm's data (16 bytes that do not compress) and each comparison to its code.
///
/// [`Draft::by_sentence`]: super::text::Draft::by_sentence
#[derive(Clone)]
pub(crate) struct Untyped(Rc<dyn Value>);

impl Untyped {
    pub fn new<T: 'static>(value: T) -> Self {
        Untyped(Rc::new(value))
    }

    /// The value as a `T`.
    ///
    /// # Safety
    ///
    /// It was made by `Untyped::new::<T>`.
    pub unsafe fn get<T>(&self) -> &T {
        // SAFETY: `new` made the `Rc` from a `T` (the caller's promise).
        unsafe { &*Rc::as_ptr(&self.0).cast::<T>() }
    }
}

impl fmt::Debug for Untyped {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Untyped")
    }
}

impl Memo {
    /// The previous draft, handed over to build the next one from.
    pub(crate) fn take(&self) -> Option<Kept> {
        self.previous.borrow_mut().take()
    }

    /// Keeps a draft for the next check.
    pub(crate) fn keep(&self, kept: Kept) {
        *self.previous.borrow_mut() = Some(kept);
    }
}

/// What is remembered of one sentence: what each phrase list found in the whole sentence
/// and in parts of it (a clause, the words around a match), relative to the sentence's first
/// token and byte.
#[derive(Debug, Default)]
pub(crate) struct SentenceMemo {
    /// By phrase list id.
    whole: RefCell<Vec<Option<Rc<[Match]>>>>,
    parts: RefCell<Vec<Part>>,
    /// What checks decided about the sentence alone, one `(key, decision)` pair per type
    /// (see [`Draft::decided`](super::text::Draft::decided)).
    decided: RefCell<Vec<Erased>>,
}

/// What one phrase list found in part of a sentence.
#[derive(Debug)]
struct Part {
    list: usize,
    /// Token range within the sentence.
    tokens: Range<usize>,
    found: Rc<[Match]>,
}

/// Parts of one sentence remembered at most: the checks ask about a handful.
const MAX_PARTS_PER_SENTENCE: usize = 64;

impl SentenceMemo {
    /// What phrase list `list` found in `part` of this sentence (`None`: the whole), if it
    /// looked before.
    pub(crate) fn found(&self, list: usize, part: Option<&Range<usize>>) -> Option<Rc<[Match]>> {
        match part {
            None => self.whole.borrow().get(list)?.clone(),
            Some(part) => self
                .parts
                .borrow()
                .iter()
                .find(|p| p.list == list && p.tokens == *part)
                .map(|p| p.found.clone()),
        }
    }

    /// Whether phrase list `list` found anything in the whole sentence, if it looked before.
    pub(crate) fn occurs(&self, list: usize) -> Option<bool> {
        Some(!self.whole.borrow().get(list)?.as_ref()?.is_empty())
    }

    /// The decision of type `T` made under `key`, if there is one.
    pub(crate) fn decided<K: PartialEq + 'static, T: 'static>(
        &self,
        key: &K,
    ) -> Option<Rc<(K, T)>> {
        // Compare types first: only the matching entry's Rc is cloned.
        let decided = self.decided.borrow();
        let entry = decided.iter().find(|entry| entry.is::<(K, T)>())?.clone();
        entry.take::<(K, T)>().filter(|entry| entry.0 == *key)
    }

    /// Remembers `entry`, a `(key, decision)` pair, in place of its type's earlier one.
    pub(crate) fn decide<K: 'static, T: 'static>(&self, entry: Rc<(K, T)>) {
        let mut decided = self.decided.borrow_mut();
        let entry = Erased::new(entry);
        match decided.iter_mut().find(|known| known.is::<(K, T)>()) {
            Some(slot) => *slot = entry,
            None => decided.push(entry),
        }
    }

    pub(crate) fn remember(&self, list: usize, part: Option<Range<usize>>, found: Rc<[Match]>) {
        // Ids count up as lists are compiled: the moves' and checks' come first and fit; lists
        // compiled later (each new house style's) may find no room, and are simply matched
        // again.
        if list >= MAX_LISTS_PER_SENTENCE {
            return;
        }
        match part {
            None => {
                let mut whole = self.whole.borrow_mut();
                if whole.len() <= list {
                    whole.resize(list + 1, None);
                }
                whole[list] = Some(found);
            }
            Some(part) => {
                let mut parts = self.parts.borrow_mut();
                if parts.len() < MAX_PARTS_PER_SENTENCE {
                    parts.push(Part {
                        list,
                        tokens: part,
                        found,
                    });
                }
            }
        }
    }
}

/// The edit between two texts: the lines of `new` from `start` to `new_end` replace those
/// of `old` from `start` to `old_end`; everything before `start` and from the ends on is the
/// same in both. Whole lines, so that tokens outside them can be kept.
#[derive(Debug, PartialEq, Eq)]
pub(crate) struct ChangedLines {
    pub start: usize,
    pub old_end: usize,
    pub new_end: usize,
}

pub(crate) fn changed_lines(old: &str, new: &str) -> ChangedLines {
    let (old, new) = (old.as_bytes(), new.as_bytes());
    let prefix = common_prefix(old, new);
    // The end that stays the same, but never back into the beginning that did.
    let suffix = common_suffix(old, new).min(old.len().min(new.len()) - prefix);
    // Back to the start of the line the change begins in, on to the end of the line it ends
    // in (past its line break). Both are char boundaries, whatever bytes the edit split.
    let start = new[..prefix]
        .iter()
        .rposition(|&b| b == b'\n')
        .map_or(0, |i| i + 1);
    let changed_end = new.len() - suffix;
    let new_end = new[changed_end..]
        .iter()
        .position(|&b| b == b'\n')
        .map_or(new.len(), |i| changed_end + i + 1);
    ChangedLines {
        start,
        old_end: new_end + old.len() - new.len(),
        new_end,
    }
}

/// The whole draft is compared on every keystroke: a page at a time (one `memcmp` each, a
/// fraction of an instruction a byte), then 64 bytes at a time, then byte by byte.
const PAGE: usize = 4096;
const BLOCK: usize = 64;

/// How many of `a` and `b`'s leading chunks of `size` bytes are equal, in bytes.
fn equal_chunks(a: &[u8], b: &[u8], size: usize) -> usize {
    let chunks = a.chunks_exact(size).zip(b.chunks_exact(size));
    chunks.take_while(|(x, y)| x == y).count() * size
}

/// How many of `a` and `b`'s trailing chunks of `size` bytes are equal, in bytes.
fn equal_chunks_back(a: &[u8], b: &[u8], size: usize) -> usize {
    let chunks = a.rchunks_exact(size).zip(b.rchunks_exact(size));
    chunks.take_while(|(x, y)| x == y).count() * size
}

/// How many bytes `a` and `b` share at their start.
fn common_prefix(a: &[u8], b: &[u8]) -> usize {
    let mut at = equal_chunks(a, b, PAGE);
    at += equal_chunks(&a[at..], &b[at..], BLOCK);
    at + a[at..]
        .iter()
        .zip(&b[at..])
        .take_while(|(x, y)| x == y)
        .count()
}

/// How many bytes `a` and `b` share at their end.
fn common_suffix(a: &[u8], b: &[u8]) -> usize {
    let mut at = equal_chunks_back(a, b, PAGE);
    at += equal_chunks_back(&a[..a.len() - at], &b[..b.len() - at], BLOCK);
    let (a, b) = (&a[..a.len() - at], &b[..b.len() - at]);
    at + a
        .iter()
        .rev()
        .zip(b.iter().rev())
        .take_while(|(x, y)| x == y)
        .count()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lines(old: &str, new: &str) -> (String, String) {
        let c = changed_lines(old, new);
        (
            old[c.start..c.old_end].to_string(),
            new[c.start..c.new_end].to_string(),
        )
    }

    #[test]
    fn an_edit_widens_to_its_whole_lines() {
        let old = "Hi Sam,\nWe will look into it.\nAlex";
        let new = "Hi Sam,\nWe will look into it soon.\nAlex";
        let expect = ("We will look into it.\n", "We will look into it soon.\n");
        assert_eq!(lines(old, new), (expect.0.into(), expect.1.into()));
    }

    #[test]
    fn typing_at_the_end_changes_the_last_line_only() {
        assert_eq!(lines("a\nbc", "a\nbcd"), ("bc".into(), "bcd".into()));
        assert_eq!(lines("a\n", "a\nb"), ("".into(), "b".into()));
    }

    #[test]
    fn the_same_text_changes_at_most_its_last_line() {
        assert_eq!(lines("a\nb", "a\nb"), ("b".into(), "b".into()));
        assert_eq!(lines("", ""), ("".into(), "".into()));
    }

    #[test]
    fn a_new_line_break_changes_the_lines_around_it() {
        assert_eq!(
            lines("ab\ncd", "a\nb\ncd"),
            ("ab\n".into(), "a\nb\n".into())
        );
        assert_eq!(
            lines("a\nb\ncd", "ab\ncd"),
            ("a\nb\n".into(), "ab\n".into())
        );
    }

    #[test]
    fn repeated_text_never_overlaps_the_ends() {
        // "aaa" -> "aaaa": the prefix takes all three, no suffix is left to double count.
        assert_eq!(lines("aaa", "aaaa"), ("aaa".into(), "aaaa".into()));
        assert_eq!(lines("x\nx\n", "x\n"), ("x\n".into(), "".into()));
    }

    #[test]
    fn long_texts_compare_in_blocks_to_the_same_lines() {
        let line = "We are looking into your order and will write again.\n";
        let old = line.repeat(120);
        for at in [
            0,
            1,
            63,
            64,
            65,
            700,
            4095,
            4096,
            4097,
            5000,
            old.len() - 1,
            old.len(),
        ] {
            let new = format!("{}x{}", &old[..at], &old[at..]);
            let c = changed_lines(&old, &new);
            let line_start = old[..at].rfind('\n').map_or(0, |i| i + 1);
            assert_eq!(c.start, line_start, "{at}");
            assert_eq!(&old[c.old_end..], &new[c.new_end..], "{at}");
            assert!(c.new_end - c.start <= line.len() + 1, "{at}");
        }
    }

    #[test]
    fn a_multi_byte_edit_keeps_to_char_boundaries() {
        // "é" and "è" share their first byte: the common prefix ends inside a char.
        let (old, new) = ("caf\u{e9}\nok", "caf\u{e8}\nok");
        assert_eq!(
            lines(old, new),
            ("caf\u{e9}\n".into(), "caf\u{e8}\n".into())
        );
    }
}

//! What a [`Checker`](super::Checker) remembers from one check to the next, so that
//! re-checking a long draft after a keystroke redoes only the lines and sentences that
//! changed.
//!
//! Two things are remembered, both keyed by content alone (never by position or config):
//! - the tokens of each line: tokens never cross a line break, and a line's tokens depend
//!   on its own characters only;
//! - what each phrase list finds in each sentence: the matcher reads only the tokens of the
//!   range it is given, so equal tokens give equal matches.
//!
//! Everything a check decides about the whole reply is still computed from the whole draft
//! each time; only these two pure functions of local content are reused. Entries not used by
//! the latest check are dropped at the next one, so the memo holds about one draft's worth.

use super::pattern::Match;
use super::text::Token;
use std::cell::RefCell;
use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hash, Hasher};
use std::rc::Rc;

/// Phrase lists with ids below this are memoised: the lexicon has a few dozen.
const MAX_LISTS_PER_SENTENCE: usize = 96;

/// A memo for one editor (one page, one field). Not shared between threads.
#[derive(Debug, Default)]
pub struct Memo {
    inner: RefCell<Inner>,
}

#[derive(Debug, Default)]
struct Inner {
    /// A line's text -> its tokens, offsets relative to the line's start.
    lines: Generations<String, Rc<[Token]>>,
    /// A sentence's fingerprint -> its tokens and what each phrase list found in it.
    sentences: Generations<u64, SentenceMemo>,
}

#[derive(Debug)]
struct SentenceMemo {
    /// The sentence's tokens, offsets relative to its start: compared in full on reuse, so a
    /// fingerprint collision can never hand one sentence another's matches.
    tokens: Vec<Token>,
    /// By phrase list id: the matches relative to the sentence's first token and byte.
    finds: Vec<Option<Rc<[Match]>>>,
}

impl Memo {
    /// Starts a new check: what the previous check did not use is dropped at the end of this
    /// one.
    pub(crate) fn next_check(&self) {
        let mut inner = self.inner.borrow_mut();
        inner.lines.rotate();
        inner.sentences.rotate();
    }

    /// The tokens of `line` (offsets relative to it), tokenised once.
    pub(crate) fn line_tokens(
        &self,
        line: &str,
        tokenize: impl FnOnce() -> Vec<Token>,
    ) -> Rc<[Token]> {
        let mut inner = self.inner.borrow_mut();
        if let Some(tokens) = inner.lines.get(line) {
            return tokens.clone();
        }
        let tokens: Rc<[Token]> = tokenize().into();
        inner.lines.insert(line.to_string(), tokens.clone());
        tokens
    }

    /// Claims a memo entry for a sentence whose tokens (relative to it) are `tokens`, and
    /// returns its key; `None` when another sentence of this draft holds a different entry
    /// under the same fingerprint (then that sentence is simply not memoised).
    pub(crate) fn sentence(&self, tokens: &[Token], base_byte: usize) -> Option<u64> {
        let relative = |t: &Token| Token {
            start: t.start - base_byte,
            end: t.end - base_byte,
            ..t.clone()
        };
        let same = |memo: &SentenceMemo| {
            memo.tokens.len() == tokens.len()
                && memo.tokens.iter().zip(tokens).all(|(m, t)| {
                    m.kind == t.kind
                        && m.start == t.start - base_byte
                        && m.end == t.end - base_byte
                        && m.norm == t.norm
                })
        };
        let mut hasher = FxHasher::default();
        for t in tokens {
            (t.key, t.kind as u8, t.start - base_byte, t.end - base_byte).hash(&mut hasher);
        }
        let key = hasher.finish();
        let mut inner = self.inner.borrow_mut();
        let sentences = &mut inner.sentences;
        if let Some(memo) = sentences.current.get(&key) {
            // Already claimed by an earlier sentence of this draft.
            return same(memo).then_some(key);
        }
        match sentences.previous.remove(&key) {
            Some(memo) if same(&memo) => {
                sentences.current.insert(key, memo);
            }
            _ => {
                let memo = SentenceMemo {
                    tokens: tokens.iter().map(relative).collect(),
                    finds: Vec::new(),
                };
                sentences.current.insert(key, memo);
            }
        }
        Some(key)
    }

    /// What phrase list `list` found in the sentence `key`, if it looked before.
    pub(crate) fn found(&self, key: u64, list: usize) -> Option<Rc<[Match]>> {
        let inner = self.inner.borrow();
        let memo = inner.sentences.current.get(&key)?;
        memo.finds.get(list)?.clone()
    }

    pub(crate) fn remember(&self, key: u64, list: usize, found: Rc<[Match]>) {
        if let Some(memo) = self.inner.borrow_mut().sentences.current.get_mut(&key) {
            // Ids count up as lists are compiled: the lexicon's come first and fit; lists
            // compiled later (each new house style's) may find no room, and are simply
            // matched again.
            if list < MAX_LISTS_PER_SENTENCE {
                if memo.finds.len() <= list {
                    memo.finds.resize(list + 1, None);
                }
                memo.finds[list] = Some(found);
            }
        }
    }
}

/// Two generations of a map: entries used by the current check, and those of the previous
/// check not yet used by this one (dropped at the next rotation).
#[derive(Debug)]
struct Generations<K, V> {
    current: HashMap<K, V, BuildHasherDefault<FxHasher>>,
    previous: HashMap<K, V, BuildHasherDefault<FxHasher>>,
}

impl<K, V> Default for Generations<K, V> {
    fn default() -> Self {
        Generations {
            current: HashMap::default(),
            previous: HashMap::default(),
        }
    }
}

impl<K: Hash + Eq, V> Generations<K, V> {
    fn rotate(&mut self) {
        // The next check likely uses as many entries: size for them once, not by doubling.
        let capacity = self.current.len();
        self.previous = std::mem::replace(
            &mut self.current,
            HashMap::with_capacity_and_hasher(capacity, Default::default()),
        );
    }

    fn get<Q>(&mut self, key: &Q) -> Option<&V>
    where
        K: std::borrow::Borrow<Q>,
        Q: Hash + Eq + ?Sized,
    {
        if !self.current.contains_key(key) {
            let (key, value) = self.previous.remove_entry(key)?;
            self.current.insert(key, value);
        }
        self.current.get(key)
    }

    fn insert(&mut self, key: K, value: V) {
        self.current.insert(key, value);
    }
}

/// The multiply-rotate hash rustc uses (FxHash): keys here are whole lines and fingerprints,
/// and SipHash's resistance to chosen keys buys nothing in a single user's editor.
#[derive(Default)]
struct FxHasher(u64);

impl Hasher for FxHasher {
    fn write(&mut self, bytes: &[u8]) {
        for chunk in bytes.chunks(8) {
            let mut word = [0u8; 8];
            word[..chunk.len()].copy_from_slice(chunk);
            self.add(u64::from_le_bytes(word));
        }
    }

    fn write_u8(&mut self, n: u8) {
        self.add(u64::from(n));
    }

    fn write_u64(&mut self, n: u64) {
        self.add(n);
    }

    fn write_usize(&mut self, n: usize) {
        self.add(n as u64);
    }

    fn finish(&self) -> u64 {
        self.0
    }
}

impl FxHasher {
    fn add(&mut self, word: u64) {
        self.0 = (self.0.rotate_left(5) ^ word).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
    }
}

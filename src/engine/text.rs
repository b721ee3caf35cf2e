//! The draft as the checks see it: tokens, sentences and clauses with exact byte offsets.
//!
//! Every check reads the same model, so "we'll", "we will" and "we ll" mean the same thing
//! everywhere: contractions are split into their full words ("won't" becomes `will` + `not`),
//! each keeping the byte span of the letters it came from.

use super::case;
use super::memo::{changed_lines, Decisions, Kept, Memo, SentenceMemo, Untyped};
use super::pattern::KeyHasher;
use super::rewrite;
use crate::engine::packed;
use crate::engine::unicode;
use std::any::TypeId;
use std::cell::{OnceCell, RefCell};
use std::collections::hash_map::{Entry, HashMap};
use std::hash::BuildHasherDefault;
use std::ops::Range;
use std::rc::Rc;

/// What a quotation mark does (see [`Draft::quote_mark`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Quote {
    Opens,
    Closes,
}

/// What a token is; checks mostly look at words.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TokenKind {
    Word,
    Number,
    /// Sentence or clause punctuation: `. , ; : ! ?` and dashes.
    Punct,
    /// A link, an e-mail address, an `@handle` or a `#tag`: never matched as words.
    Reference,
    /// Anything else (emoji, symbols, quotes, brackets).
    Symbol,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Token {
    pub kind: TokenKind,
    /// Byte range in the draft.
    pub start: usize,
    pub end: usize,
    /// Lower-case, straight apostrophes, contractions expanded ("'ll" -> "will").
    pub norm: Norm,
    /// [`word_key`] of `norm`, hashed once here so that each phrase list's first-word index
    /// is a lookup by number, not a rehash of the word per list.
    pub key: u64,
}

impl Token {
    fn new(kind: TokenKind, start: usize, end: usize, norm: &str) -> Self {
        Token {
            kind,
            start,
            end,
            key: word_key(norm),
            norm: Norm(norm.into()),
        }
    }
}

/// A token's normalised text. Shared rather than owned, so that a [`Memo`]'s tokens of an
/// unchanged line are copied into the next draft without allocating.
#[derive(Clone, Eq)]
pub struct Norm(Rc<str>);

impl PartialEq for Norm {
    fn eq(&self, other: &Self) -> bool {
        // Tokens of a remembered line share their norms: most comparisons end here.
        Rc::ptr_eq(&self.0, &other.0) || self.0 == other.0
    }
}

impl Norm {
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// Whether this is one of `words`. Checks ask this of most tokens against their word
    /// lists, so lengths and first bytes are compared before any whole word.
    pub fn is_one_of(&self, words: &[&str]) -> bool {
        let norm = self.0.as_bytes();
        words.iter().any(|w| {
            let w = w.as_bytes();
            w.len() == norm.len() && w.first() == norm.first() && w == norm
        })
    }

    /// Whether this is one of the space-separated `words` (see [`among`]).
    pub fn is_among(&self, words: impl AsRef<str>) -> bool {
        among(words, &self.0)
    }
}

impl std::ops::Deref for Norm {
    type Target = str;
    fn deref(&self) -> &str {
        &self.0
    }
}

impl PartialEq<str> for Norm {
    fn eq(&self, other: &str) -> bool {
        &*self.0 == other
    }
}

impl PartialEq<&str> for Norm {
    fn eq(&self, other: &&str) -> bool {
        &*self.0 == *other
    }
}

impl std::fmt::Debug for Norm {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.0.fmt(f)
    }
}

impl std::fmt::Display for Norm {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.0.fmt(f)
    }
}

/// Words that open a question: "can you ...", "what time ...", "have you tried ...".
pub const QUESTION_STARTS: packed::List = words!(
    "can could would will do does did is are have has may what which how where when who why what's how's where's who's"
);

/// Words that follow a question's first word: "can *you* ...", "is *there* ...".
const QUESTION_SUBJECTS: packed::List = words!("i you we there it your this that can do is are");

/// Whether two words open a question ("can you", "is there"), question mark or not.
pub fn opens_a_question(first: &str, second: &str) -> bool {
    among(QUESTION_STARTS, first) && among(QUESTION_SUBJECTS, second)
}

/// Whether `word` is one of the space-separated `words`: a cold word list stored as one
/// string, without a pointer per word in the wasm. Hot lists stay arrays for
/// [`Norm::is_one_of`]. `words` is a text or a [`words!`] table.
pub fn among(words: impl AsRef<str>, word: &str) -> bool {
    among_text(words.as_ref(), word)
}

fn among_text(words: &str, word: &str) -> bool {
    let (list, word) = (words.as_bytes(), word.as_bytes());
    let mut start = 0;
    // Word by word: the length is compared before any byte (most words differ in it).
    while start <= list.len() {
        let end = list[start..]
            .iter()
            .position(|&b| b == b' ')
            .map_or(list.len(), |at| start + at);
        if end - start == word.len() && &list[start..end] == word {
            return true;
        }
        start = end + 1;
    }
    false
}

/// Where `part` first occurs in `text`, byte by byte (a match of whole UTF-8 text starts and
/// ends on character boundaries, so it is where `str::find` finds it). Every search for a
/// text rather than a character goes through here: the standard library's two-way searcher
/// costs about 2 KB of wasm, and the engine searches only words and short texts.
pub fn find_text(text: &str, part: &str) -> Option<usize> {
    let (text, part) = (text.as_bytes(), part.as_bytes());
    let Some((&first, rest)) = part.split_first() else {
        return Some(0);
    };
    // To each place of the first byte, then the rest compared.
    let mut at = 0;
    loop {
        at += text.get(at..)?.iter().position(|&b| b == first)?;
        if text[at + 1..].starts_with(rest) {
            return Some(at);
        }
        at += 1;
    }
}

/// `text.replace(from, to)` through [`find_text`]; `from` is never empty.
pub fn replace_text(text: &str, from: &str, to: &str) -> String {
    let (mut replaced, mut rest) = (String::new(), text);
    while let Some(at) = find_text(rest, from) {
        replaced += &rest[..at];
        replaced += to;
        rest = &rest[at + from.len()..];
    }
    replaced + rest
}

/// A hash of a normalised word (multiply-rotate, as rustc's FxHash, with a final mix so the
/// low bits a hash table uses depend on every byte). Equal words give equal keys; a rare
/// collision only makes a phrase list try one more phrase, which its matcher then rejects.
pub fn word_key(word: &str) -> u64 {
    const K: u64 = 0x51_7c_c1_b7_27_22_0a_95;
    let mut hash = word.len() as u64;
    for chunk in word.as_bytes().chunks(8) {
        let mut bytes = [0u8; 8];
        bytes[..chunk.len()].copy_from_slice(chunk);
        hash = (hash.rotate_left(5) ^ u64::from_le_bytes(bytes)).wrapping_mul(K);
    }
    hash ^ (hash >> 32)
}

/// What [`Draft::by_sentence`] found. The list's key and its decisions are kept as
/// [`Untyped`] values (the list's type says theirs), so that it is found and edited by one
/// function rather than one per type of decision (the wasm download grew by several KB with
/// each type its own).
pub(crate) struct BySentence<K, T> {
    list: Rc<List>,
    of: std::marker::PhantomData<fn() -> (K, T)>,
}

/// One list of [`Draft::by_sentence`]: the type it was asked for, its key and what it found.
#[derive(Debug)]
pub(crate) struct List {
    /// `TypeId::of::<BySentence<K, T>>()`: the key is a `K`, each decision a `T`.
    id: TypeId,
    key: Untyped,
    decided: Decided,
}

/// `(sentence index, decision)`, in order, and how many of the draft's last sentences are
/// decided each time.
#[derive(Debug, Clone, Default)]
struct Decided {
    last: usize,
    found: Vec<(usize, Untyped)>,
}

impl<K, T: 'static> BySentence<K, T> {
    /// A decision of the list.
    fn decision(t: &Untyped) -> &T {
        // SAFETY: `Draft::by_sentence` gives a `BySentence<K, T>` only a list of its type
        // (`List::id`), each of whose decisions it made from a `T`.
        unsafe { t.get::<T>() }
    }

    /// `(sentence index, decision)`, in order.
    pub fn found(&self) -> impl Iterator<Item = (usize, &T)> + '_ {
        let found = self.list.decided.found.iter();
        found.map(|(i, t)| (*i, Self::decision(t)))
    }

    /// Whether no sentence had a decision.
    pub fn is_empty(&self) -> bool {
        self.list.decided.found.is_empty()
    }

    /// The decision of sentence `index`, if it had one.
    pub fn get(&self, index: usize) -> Option<&T> {
        let found = &self.list.decided.found;
        let (at, decision) = found.get(found.partition_point(|(i, _)| *i < index))?;
        (*at == index).then(|| Self::decision(decision))
    }

    /// The first sentence from `index` on with a decision.
    pub fn first_from(&self, index: usize) -> Option<usize> {
        let found = &self.list.decided.found;
        found
            .get(found.partition_point(|(i, _)| *i < index))
            .map(|(i, _)| *i)
    }
}

/// A sentence: a byte range and the tokens inside it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Sentence {
    pub start: usize,
    pub end: usize,
    pub tokens: Range<usize>,
}

/// Who a clause is about, judged from its first personal pronoun.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Subject {
    /// "we", "I", "our team", "us": the agent or the company.
    Agent,
    /// "you", "your": the customer.
    Customer,
    Other,
}

/// The analysed text.
#[derive(Debug, Clone)]
pub struct Draft<'a> {
    pub text: &'a str,
    pub tokens: Vec<Token>,
    pub sentences: Vec<Sentence>,
    /// By token: the index of its sentence (every token is in exactly one).
    sentence_at: Vec<u32>,
    /// By sentence: where the phrase matcher remembers what it found in it (empty for a
    /// draft without a [`Memo`]).
    memo: Vec<Rc<SentenceMemo>>,
    /// [`Draft::signoff`], found on first use.
    signoff: OnceCell<Option<Range<usize>>>,
    /// [`Draft::body_end`], found on first use.
    body_end: OnceCell<usize>,
    /// [`Draft::placeholders`], found on first use (or carried over from the memo's draft).
    placeholders: OnceCell<Vec<Range<usize>>>,
    /// The memo's copy of the previous text, edited into a copy of this one (see
    /// [`Draft::keep_in`]): copying the whole text on every keystroke grew with the draft.
    copy: Option<String>,
    /// How the sentences follow from the memo's draft's, if built from one.
    resplit: Option<Resplit>,
    /// [`Draft::by_sentence`]'s decisions: the memo's draft's, and this draft's.
    by_sentence: RefCell<(Decisions, Decisions)>,
}

impl<'a> Draft<'a> {
    pub fn new(text: &'a str) -> Self {
        let tokens = tokenize(text);
        let sentences = split_sentences(text, &tokens);
        Draft {
            text,
            sentence_at: sentence_at(&sentences),
            tokens,
            sentences,
            memo: Vec::new(),
            signoff: OnceCell::new(),
            body_end: OnceCell::new(),
            placeholders: OnceCell::new(),
            copy: None,
            resplit: None,
            by_sentence: RefCell::default(),
        }
    }

    /// The same draft as [`Draft::new`], built from the one `memo` kept (see [`Memo`]):
    /// only the lines an edit touched are tokenised again, and sentences made of the same
    /// tokens as before keep what the phrase matcher found in them. Give the draft back
    /// with [`Draft::keep_in`] once checked.
    pub fn with_memo(text: &'a str, memo: &Memo) -> Self {
        let Some(old) = memo.take() else {
            let draft = Draft::new(text);
            let memos = new_memos(
                &draft.tokens,
                &draft.sentences,
                vec![None; draft.sentences.len()],
            );
            return Draft {
                memo: memos,
                ..draft
            };
        };
        let Kept {
            text: mut copy,
            mut tokens,
            mut sentences,
            sentence_at: mut at_token,
            mut memos,
            placeholders: old_placeholders,
            by_sentence,
        } = old;
        let changed = changed_lines(&copy, text);
        // The copy becomes this text by the same edit: only what follows it moves.
        copy.replace_range(
            changed.start..changed.old_end,
            &text[changed.start..changed.new_end],
        );
        debug_assert_eq!(copy, text);
        // Tokens wholly before the change stay as they are; those after it move by the
        // change in length.
        let first_after = tokens.partition_point(|t| t.start < changed.old_end);
        let after = tokens.split_off(first_after);
        let kept_before = tokens.partition_point(|t| t.start < changed.start);
        tokens.truncate(kept_before);
        let mut at = changed.start;
        for line in text[changed.start..changed.new_end].split_inclusive('\n') {
            tokens.extend(tokenize(line).into_iter().map(|t| Token {
                start: t.start + at,
                end: t.end + at,
                ..t
            }));
            at += line.len();
        }
        let first_after_now = tokens.len();
        let moved = |n: usize| n + changed.new_end - changed.old_end;
        tokens.extend(after.into_iter().map(|t| Token {
            start: moved(t.start),
            end: moved(t.end),
            ..t
        }));
        // The sentences before the edit stay where they are, in place; the old ones after
        // it come back as `resplit` says.
        let kept = sentences.partition_point(|s| s.tokens.end < kept_before);
        let old_sentences = sentences.split_off(kept);
        let resplit = resplit_sentences(
            text,
            &tokens,
            &mut sentences,
            &old_sentences,
            (first_after, first_after_now),
            changed.new_end as isize - changed.old_end as isize,
        );
        let old_memos = memos.split_off(kept);
        // A split-again sentence over exactly the tokens of an old one (same words, same
        // offsets within it) keeps its memo; the old sentences are walked once, in order.
        let mut old_walk = old_sentences.iter().zip(&old_memos).peekable();
        let middle = &sentences[kept..resplit.middle_end];
        let found = middle
            .iter()
            .map(|s| {
                let was = if s.tokens.end <= kept_before {
                    s.tokens.clone()
                } else if s.tokens.start >= first_after_now {
                    let was = |i: usize| i + first_after - first_after_now;
                    was(s.tokens.start)..was(s.tokens.end)
                } else {
                    return None;
                };
                while old_walk
                    .next_if(|(o, _)| o.tokens.start < was.start)
                    .is_some()
                {}
                old_walk
                    .next_if(|(o, _)| o.tokens == was)
                    .map(|(_, memo)| memo.clone())
            })
            .collect();
        memos.extend(new_memos(&tokens, middle, found));
        if let Some(resumed) = resplit.resumed {
            memos.extend(old_memos.into_iter().skip(resumed - kept));
        }
        debug_assert_eq!(memos.len(), sentences.len());
        // By token, the sentence: the kept sentences' entries stay.
        at_token.truncate(sentences[..kept].last().map_or(0, |s| s.tokens.end));
        for (i, s) in sentences.iter().enumerate().skip(kept) {
            at_token.resize(s.tokens.end, i as u32);
        }
        // A placeholder never spans a line: those of unchanged lines stay (moved by the
        // change in length), and only the changed lines are searched again.
        let placeholders = OnceCell::new();
        if let Some(old) = old_placeholders {
            let moved = |r: Range<usize>| moved(r.start)..moved(r.end);
            let before = old.iter().take_while(|r| r.end <= changed.start).cloned();
            let inside = rewrite::placeholders(&text[changed.start..changed.new_end])
                .into_iter()
                .map(|r| r.start + changed.start..r.end + changed.start);
            let after = old
                .iter()
                .filter(|r| r.start >= changed.old_end)
                .cloned()
                .map(moved);
            let _ = placeholders.set(before.chain(inside).chain(after).collect());
        }
        Draft {
            text,
            sentence_at: at_token,
            tokens,
            sentences,
            memo: memos,
            signoff: OnceCell::new(),
            body_end: OnceCell::new(),
            placeholders,
            copy: Some(copy),
            resplit: Some(resplit),
            by_sentence: RefCell::new((by_sentence, Vec::new())),
        }
    }

    /// Hands a draft built by [`Draft::with_memo`] back to its memo for the next check.
    pub(crate) fn keep_in(self, memo: &Memo) {
        memo.keep(Kept {
            text: self.copy.unwrap_or_else(|| self.text.to_string()),
            tokens: self.tokens,
            sentences: self.sentences,
            sentence_at: self.sentence_at,
            memos: self.memo,
            placeholders: self.placeholders.into_inner(),
            by_sentence: self.by_sentence.into_inner().1,
        });
    }

    /// What `decide` says of each sentence under `key` (the facts of the whole exchange the
    /// decisions depend on), as `(index, decision)` for each sentence it says something of,
    /// in order. A draft built from a memo whose draft was asked under an equal key decides
    /// again only the sentences the edit touched, the `back` after them and the `on` before
    /// them, and the `last` sentences of the draft, keeping the other entries (renumbered),
    /// so that a keystroke costs what it changed rather than a call per sentence. A decision
    /// must follow from the key and the tokens of its sentence, the `back` sentences before
    /// it and the `on` after it alone (only the `last` ones may depend on more, such as where
    /// the sign-off starts), and hold no offsets but relative ones, as for
    /// [`Draft::decided`]; one list is kept per type and key.
    pub(crate) fn by_sentence<K, T>(
        &self,
        key: K,
        reads: (usize, usize, usize),
        mut decide: impl FnMut(usize) -> Option<T>,
    ) -> BySentence<K, T>
    where
        K: PartialEq + 'static,
        T: 'static,
    {
        /// # Safety
        ///
        /// Both keys are `K`s.
        unsafe fn same<K: PartialEq + 'static>(a: &Untyped, b: &Untyped) -> bool {
            // SAFETY: the caller's promise.
            unsafe { a.get::<K>() == b.get::<K>() }
        }
        let id = TypeId::of::<BySentence<K, T>>();
        // SAFETY: lists of type `id` are made here alone, under a `K` and with `T`s.
        let list = unsafe {
            self.list(id, Untyped::new(key), same::<K>, reads, &mut |i| {
                decide(i).map(Untyped::new)
            })
        };
        let of = std::marker::PhantomData;
        BySentence { list, of }
    }

    /// [`Draft::by_sentence`] for a list of type `id` under `key` (`same` compares two keys).
    ///
    /// # Safety
    ///
    /// `key`, and the key of every list of type `id` kept, is of the type `same` reads, and
    /// each list of type `id` holds decisions of one type, as `decide`'s.
    unsafe fn list(
        &self,
        id: TypeId,
        key: Untyped,
        same: unsafe fn(&Untyped, &Untyped) -> bool,
        (back, on, last): (usize, usize, usize),
        decide: &mut dyn FnMut(usize) -> Option<Untyped>,
    ) -> Rc<List> {
        // SAFETY: keys are compared only between lists of type `id` (the caller's promise).
        let keyed = |list: &Rc<List>| list.id == id && unsafe { same(&list.key, &key) };
        let previous = {
            let mut lists = self.by_sentence.borrow_mut();
            if let Some(now) = lists.1.iter().find(|list| keyed(list)) {
                if now.decided.last == last {
                    return now.clone();
                }
            }
            // Taken out, so that it is edited in place rather than copied.
            let at = lists.0.iter().position(keyed);
            at.map(|i| lists.0.swap_remove(i)).map(|old| {
                Rc::try_unwrap(old).map_or_else(|old| old.decided.clone(), |old| old.decided)
            })
        };
        let decided = self.decide(previous, (back, on, last), decide);
        let mut lists = self.by_sentence.borrow_mut();
        let at = lists.1.iter().position(keyed);
        let list = Rc::new(List { id, key, decided });
        match at {
            Some(at) => lists.1[at] = list.clone(),
            None => lists.1.push(list.clone()),
        }
        list
    }

    /// [`Draft::by_sentence`]'s list, edited from the `previous` draft's where there is one.
    fn decide(
        &self,
        previous: Option<Decided>,
        (back, on, last): (usize, usize, usize),
        decide: &mut dyn FnMut(usize) -> Option<Untyped>,
    ) -> Decided {
        let count = self.sentences.len();
        let mut decide = |i: usize| Some((i, decide(i)?));
        let previous = previous.filter(|old| old.last == last);
        let found = match (previous, self.resplit) {
            (Some(old), Some(edit)) => {
                let mut found = old.found;
                let from = (edit.kept.saturating_sub(on))
                    .min(edit.old_count.min(count).saturating_sub(last));
                let redo = (edit.middle_end + back).min(count);
                let tail = count.saturating_sub(last).max(redo);
                let after = match edit.resumed {
                    Some(resumed) => found.partition_point(|(i, _)| *i < resumed),
                    None => found.len(),
                };
                let after = found.split_off(after);
                found.truncate(found.partition_point(|(i, _)| *i < from));
                found.extend((from..redo).filter_map(&mut decide));
                if let Some(resumed) = edit.resumed {
                    let now = |i: usize| i - resumed + edit.middle_end;
                    let moved = after.into_iter().map(|(i, t)| (now(i), t));
                    let kept = moved.skip_while(|(i, _)| *i < redo);
                    found.extend(kept.take_while(|(i, _)| *i < tail));
                }
                found.extend((tail..count).filter_map(&mut decide));
                found
            }
            _ => (0..count).filter_map(decide).collect(),
        };
        Decided { last, found }
    }

    /// Whether the draft was built from a memo's previous draft, as a keystroke's is: then
    /// a list [`Draft::by_sentence`] keeps pays off on the next keystroke. A draft seen for
    /// the first time (a one-off check, or an editor's first) searches as before, stopping
    /// early where it can; its next draft builds the lists.
    pub(crate) fn keeps_decisions(&self) -> bool {
        self.resplit.is_some()
    }

    /// The memo entry of the sentence holding all of the tokens `range` (not empty), with
    /// that sentence: what the matcher may reuse.
    pub(crate) fn memo_for(&self, range: &Range<usize>) -> Option<(&SentenceMemo, &Sentence)> {
        if range.is_empty() {
            return None;
        }
        let index = self.sentence_of(range.start)?;
        let sentence = &self.sentences[index];
        let memo = self.memo.get(index)?;
        (range.end <= sentence.tokens.end).then_some((memo, sentence))
    }

    /// What `decide` says of sentence `index` under `key`, remembered with the sentence so
    /// that it is worked out again only when the sentence or the key changes. A decision
    /// must follow from the sentence's tokens and the key alone and hold no offsets but
    /// relative ones (the sentence moves as the text before it changes, and identical
    /// sentences share a memo); each check keeps its own type `T`, one slot per type.
    pub(crate) fn decided<K: PartialEq + 'static, T: 'static>(
        &self,
        index: usize,
        key: K,
        decide: impl FnOnce() -> T,
    ) -> Rc<(K, T)> {
        let Some(memo) = self.memo.get(index) else {
            return Rc::new((key, decide()));
        };
        memo.decided(&key).unwrap_or_else(|| {
            let entry = Rc::new((key, decide()));
            memo.decide(entry.clone());
            entry
        })
    }

    /// The kind and words of the `n` tokens after a sentence whose last token is one of the
    /// words `last` (none after any other sentence): a check that reads on past such a word
    /// ("we'll see" on a line of its own) decides with these as well as the sentence.
    pub(crate) fn read_on(
        &self,
        sentence: &Sentence,
        last: &[&str],
        n: usize,
    ) -> Vec<(TokenKind, Norm)> {
        let reads_on = self.tokens[sentence.tokens.clone()]
            .last()
            .is_some_and(|t| t.kind == TokenKind::Word && t.norm.is_one_of(last));
        if !reads_on {
            return Vec::new();
        }
        let after = sentence.tokens.end..(sentence.tokens.end + n).min(self.tokens.len());
        self.tokens[after]
            .iter()
            .map(|t| (t.kind, t.norm.clone()))
            .collect()
    }

    /// The text of a byte range, trimmed.
    pub fn slice(&self, start: usize, end: usize) -> &'a str {
        self.text[start..end].trim()
    }

    pub fn sentence_text(&self, sentence: &Sentence) -> &'a str {
        &self.text[sentence.start..sentence.end]
    }

    /// Tokens of a sentence.
    pub fn sentence_tokens(&self, sentence: &Sentence) -> &[Token] {
        &self.tokens[sentence.tokens.clone()]
    }

    /// The normalised words of a sentence, without its punctuation, symbols and links.
    pub fn sentence_words(&self, sentence: &Sentence) -> Vec<&str> {
        self.sentence_tokens(sentence)
            .iter()
            .filter(|t| t.kind == TokenKind::Word)
            .map(|t| t.norm.as_str())
            .collect()
    }

    /// Index of the sentence holding the token at `token_index` (looked up: checks and the
    /// matcher ask this for every match and every sentence).
    pub fn sentence_of(&self, token_index: usize) -> Option<usize> {
        self.sentence_at.get(token_index).map(|&s| s as usize)
    }

    /// Clauses of a sentence as token ranges (absolute indices), split at `, ; : -` and at
    /// the conjunctions "but", "and", "so", "or", "because", "as", "while", "although".
    pub fn clauses(&self, sentence: &Sentence) -> Vec<Range<usize>> {
        let mut clauses = Vec::new();
        let mut begin = sentence.tokens.start;
        for i in sentence.tokens.clone() {
            let token = &self.tokens[i];
            let breaks = match token.kind {
                TokenKind::Punct => true,
                TokenKind::Word => i > begin && token.norm.is_one_of(CLAUSE_CONJUNCTIONS),
                _ => false,
            };
            if breaks {
                if i > begin {
                    clauses.push(begin..i);
                }
                begin = if token.kind == TokenKind::Punct {
                    i + 1
                } else {
                    i
                };
            }
        }
        if begin < sentence.tokens.end {
            clauses.push(begin..sentence.tokens.end);
        }
        clauses
    }

    /// The clause (token range) holding `token_index`, as [`Draft::clauses`] splits its
    /// sentence; found by walking out from the token to the nearest breaks, so it costs the
    /// clause's length, not the sentence's.
    pub fn clause_of(&self, token_index: usize) -> Option<Range<usize>> {
        let sentence = &self.sentences[self.sentence_of(token_index)?];
        let tokens = &self.tokens;
        if tokens[token_index].kind == TokenKind::Punct {
            return None;
        }
        let is_conjunction =
            |t: &Token| t.kind == TokenKind::Word && t.norm.is_one_of(CLAUSE_CONJUNCTIONS);
        // A clause starts after punctuation or at a conjunction (one right after
        // punctuation starts the clause too), and ends before the next of either.
        let start = (sentence.tokens.start..=token_index)
            .rev()
            .find_map(|j| match &tokens[j] {
                t if t.kind == TokenKind::Punct => Some(j + 1),
                t if is_conjunction(t) => Some(j),
                _ => None,
            })
            .unwrap_or(sentence.tokens.start);
        let end = (token_index + 1..sentence.tokens.end)
            .find(|&j| tokens[j].kind == TokenKind::Punct || is_conjunction(&tokens[j]))
            .unwrap_or(sentence.tokens.end);
        Some(start..end)
    }

    /// Who the clause is about: the first personal pronoun decides.
    pub fn subject(&self, clause: Range<usize>) -> Subject {
        for token in &self.tokens[clause] {
            match token.norm.as_str() {
                "we" | "i" | "us" | "our" | "my" | "me" | "team" => return Subject::Agent,
                "you" | "your" | "yours" | "yourself" => return Subject::Customer,
                _ => {}
            }
        }
        Subject::Other
    }

    /// Whether any word in the token range is a negation ("not", "no", "never", "unable"...).
    pub fn has_negation(&self, range: Range<usize>) -> bool {
        self.tokens[range].iter().any(|t| is_negation(&t.norm))
    }

    /// Words of the whole draft in order (normalised), for quick membership tests.
    pub fn words(&self) -> impl Iterator<Item = &str> {
        self.tokens
            .iter()
            .filter(|t| t.kind == TokenKind::Word)
            .map(|t| t.norm.as_str())
    }
}

impl Draft<'_> {
    /// The trailing sign-off, when the reply ends with one: a marker (`^ * = / - ~ –`)
    /// followed by one or two capitalised words ("^KM", "-Becky", "*TAC", "= JJ", "- Matt D"),
    /// optionally followed by part markers ("2/2") or links. Returns its byte range, from the
    /// marker to the end of the last token.
    pub fn signoff(&self) -> Option<Range<usize>> {
        // Checks ask for it (and for `body_end`) once per finding and sentence: find it once.
        self.signoff
            .get_or_init(|| self.marker_signoff().or_else(|| self.letter_closing()))
            .clone()
    }

    /// An e-mail's closing: a line such as "Thanks," or "Kind regards," followed by at most
    /// two short lines (a name, a title, a `[NAME]` placeholder), ending the reply.
    fn letter_closing(&self) -> Option<Range<usize>> {
        let lines: Vec<&Sentence> = self.sentences.iter().rev().take(3).collect();
        for (after, closing) in lines.iter().enumerate().skip(1) {
            let words = self.sentence_words(closing);
            let is_closing =
                (1..=3).contains(&words.len()) && words.iter().all(|w| among(CLOSING_WORDS, w));
            let short_lines_after = lines[..after].iter().all(|s| {
                self.sentence_tokens(s)
                    .iter()
                    .filter(|t| t.kind != TokenKind::Symbol)
                    .count()
                    <= 4
            });
            let on_own_line = self.text[..closing.start]
                .trim_end_matches([' ', '\t'])
                .ends_with(['\n', '\r']);
            if is_closing && short_lines_after && on_own_line {
                return Some(closing.start..lines[0].end);
            }
        }
        None
    }

    /// A tweet-style sign-off: a marker and initials or a first name ("^KM", "-Becky").
    fn marker_signoff(&self) -> Option<Range<usize>> {
        let tokens = &self.tokens;
        let mut k = tokens.len();
        // Trailing links, handles, part markers ("2/2") and ellipses.
        while k > 0 {
            let t = &tokens[k - 1];
            let trailing = t.kind == TokenKind::Reference
                || (t.kind == TokenKind::Number && t.norm.as_bytes().contains(&b'/'))
                || (t.kind == TokenKind::Punct && among("… .", t.norm.as_str()));
            if !trailing {
                break;
            }
            k -= 1;
        }
        let last = tokens.len().checked_sub(1)?;
        for words in 1..=2 {
            let Some(marker) = k.checked_sub(words + 1) else {
                break;
            };
            let m = &tokens[marker];
            let is_marker = matches!(m.kind, TokenKind::Symbol | TokenKind::Punct)
                && among("^ * = / - ~ – —", m.norm.as_str());
            let names = &tokens[marker + 1..k];
            let are_names = names.iter().all(|t| {
                t.kind == TokenKind::Word
                    && t.norm.len() <= 20
                    && self.text[t.start..t.end].starts_with(unicode::is_uppercase)
            });
            let after_break = marker == 0
                || self.text[tokens[marker - 1].end..m.start]
                    .chars()
                    .any(char::is_whitespace)
                || tokens[marker - 1].kind == TokenKind::Punct;
            if is_marker && are_names && after_break {
                // A part marker just before the sign-off ("2/2 ^Liz") belongs to it.
                let mut first = marker;
                while first > 0
                    && tokens[first - 1].kind == TokenKind::Number
                    && tokens[first - 1].norm.as_bytes().contains(&b'/')
                {
                    first -= 1;
                }
                return Some(tokens[first].start..tokens[last].end);
            }
        }
        None
    }

    /// Where the reply's own words end: the start of the sign-off when there is one
    /// (see [`Draft::signoff`]), else the end of the last token.
    pub fn body_end(&self) -> usize {
        // Asked once per sentence by some checks: found once.
        *self.body_end.get_or_init(|| match self.signoff() {
            Some(signoff) => self
                .tokens
                .iter()
                .rev()
                .find(|t| t.end <= signoff.start)
                .map_or(0, |t| t.end),
            None => self.tokens.last().map_or(0, |t| t.end),
        })
    }

    /// Byte ranges of the draft's fill-in placeholders, in order (see
    /// [`rewrite::placeholders`]).
    pub fn placeholders(&self) -> &[Range<usize>] {
        self.placeholders
            .get_or_init(|| rewrite::placeholders(self.text))
    }
}

/// Words an e-mail's closing line is made of ("Kind regards,", "Thanks again,", "Best,").
const CLOSING_WORDS: packed::List = words!(
    "thanks thank you again many best regards kind warm warmest kindest cheers sincerely \
    yours truly wishes all the take care"
);

const CLAUSE_CONJUNCTIONS: &[&str] = &[
    "but", "and", "so", "or", "because", "as", "while", "whilst", "although", "though", "however",
];

pub fn is_negation(word: &str) -> bool {
    matches!(word, "not" | "no" | "never" | "nothing" | "unable" | "nor")
}

/// How far back (in tokens) [`Draft::actor_of`] and [`Draft::in_condition`] look.
const MAX_LOOK_BACK: usize = 40;

/// Who does what, and in which kind of sentence: for negations and refusals.
impl Draft<'_> {
    /// Who performs the verb at `token_index`: the nearest subject word before it in its
    /// clause. "we"/"I" give [`Subject::Agent`], "you" gives [`Subject::Customer`], and
    /// "it", "they", "this", "there" or none give [`Subject::Other`]. A possessive does not
    /// count ("your order can't be changed" is about the order, not the customer).
    pub fn actor_of(&self, token_index: usize) -> Subject {
        let Some(clause) = self.clause_window(token_index, MAX_LOOK_BACK) else {
            return Subject::Other;
        };
        // A subject sits close to its verb; looking further back only costs time.
        let from = clause.start.max(token_index.saturating_sub(MAX_LOOK_BACK));
        for token in self.tokens[from..token_index.min(clause.end)].iter().rev() {
            match token.norm.as_str() {
                "we" | "i" => return Subject::Agent,
                "you" | "u" | "ya" => return Subject::Customer,
                "it" | "they" | "he" | "she" | "this" | "that" | "these" | "those" | "there"
                | "which" | "who" => return Subject::Other,
                _ => {}
            }
        }
        Subject::Other
    }

    /// The clause holding `token_index` (as [`Draft::clause_of`]), clipped to at most `max`
    /// tokens on each side of it: for looking around a word without walking a whole
    /// run-on sentence.
    pub fn clause_window(&self, token_index: usize, max: usize) -> Option<Range<usize>> {
        let sentence = &self.sentences[self.sentence_of(token_index)?];
        let tokens = &self.tokens;
        if tokens[token_index].kind == TokenKind::Punct {
            return None;
        }
        let is_break = |t: &Token| {
            t.kind == TokenKind::Punct
                || (t.kind == TokenKind::Word && t.norm.is_one_of(CLAUSE_CONJUNCTIONS))
        };
        let floor = sentence.tokens.start.max(token_index.saturating_sub(max));
        let start = (floor..=token_index)
            .rev()
            .find(|&j| is_break(&tokens[j]))
            .map_or(floor, |j| {
                if tokens[j].kind == TokenKind::Punct {
                    j + 1
                } else {
                    j
                }
            });
        let ceiling = sentence.tokens.end.min(token_index + 1 + max);
        let end = (token_index + 1..ceiling)
            .find(|&j| is_break(&tokens[j]))
            .unwrap_or(ceiling);
        Some(start..end)
    }

    /// Whether the sentence asks something (it ends in a question mark).
    pub fn is_question(&self, sentence: &Sentence) -> bool {
        self.sentence_tokens(sentence)
            .iter()
            .rev()
            .find(|t| t.kind == TokenKind::Punct)
            .is_some_and(|t| t.norm == "?")
    }

    /// Whether the sentence asks, with or without its question mark: customers on a phone
    /// often leave it off ("can i change the address pls", "do you ship to Ireland").
    pub fn asks(&self, sentence: &Sentence) -> bool {
        self.is_question(sentence)
            || matches!(self.sentence_words(sentence).as_slice(),
                [first, second, ..] if opens_a_question(first, second))
    }

    /// Whether the token sits inside a condition: "if", "unless", "whether" or "in case"
    /// comes before it in its clause ("if you can't find it", "unless it's not in stock").
    pub fn in_condition(&self, token_index: usize) -> bool {
        let Some(clause) = self.clause_window(token_index, MAX_LOOK_BACK) else {
            return false;
        };
        let from = clause.start.max(token_index.saturating_sub(MAX_LOOK_BACK));
        let before = &self.tokens[from..token_index.min(clause.end)];
        before.iter().enumerate().any(|(k, t)| {
            among("if unless whether", t.norm.as_str())
                || (t.norm == "case" && k > 0 && before[k - 1].norm == "in")
        })
    }

    /// Whether the token sits inside quotation marks in its sentence: a setting's or a
    /// button's name ("switch off 'Show unavailable songs'"), or words quoted back, which
    /// the reply names rather than says.
    pub fn in_quotes(&self, token_index: usize) -> bool {
        let Some(sentence) = self.sentence_of(token_index) else {
            return false;
        };
        let start = self.sentences[sentence].tokens.start;
        let mut inside = false;
        for i in start..token_index {
            match self.quote_mark(i) {
                Some(Quote::Opens) => inside = true,
                Some(Quote::Closes) => inside = false,
                None => {}
            }
        }
        inside
    }

    /// What the token at `i` does as a quotation mark, if it is one. A straight mark opens
    /// a quote when a word follows it at once and none comes right before it, so the
    /// apostrophe of "customers'" opens nothing.
    pub fn quote_mark(&self, i: usize) -> Option<Quote> {
        let mark = &self.tokens[i];
        if mark.kind != TokenKind::Symbol {
            return None;
        }
        let word_before = i > 0 && self.tokens[i - 1].end == mark.start;
        let word_after = self.tokens.get(i + 1).is_some_and(|t| t.start == mark.end);
        match mark.norm.as_str() {
            "“" | "‘" => Some(Quote::Opens),
            "”" => Some(Quote::Closes),
            "'" | "\"" | "’" if word_after && !word_before => Some(Quote::Opens),
            "'" | "\"" | "’" if word_before => Some(Quote::Closes),
            _ => None,
        }
    }

    /// Where a new sentence can go right after `sentence`, and the text to put before it:
    /// after its closing punctuation (`" "`), or, when it has none, after its last word and
    /// before a trailing sign-off or link (`". "`).
    pub fn after_sentence(&self, sentence: &Sentence) -> (usize, &'static str) {
        let tokens = self.sentence_tokens(sentence);
        let closes = tokens
            .last()
            .is_some_and(|t| t.kind == TokenKind::Punct && among(". ! ? …", t.norm.as_str()));
        if closes {
            return (sentence.end, " ");
        }
        let body_end = self.body_end();
        let last_word = tokens
            .iter()
            .rev()
            .find(|t| {
                matches!(
                    t.kind,
                    TokenKind::Word | TokenKind::Number | TokenKind::Reference
                ) && t.end <= body_end
            })
            .or_else(|| tokens.last());
        (last_word.map_or(sentence.end, |t| t.end), ". ")
    }
}

/// Converts between byte offsets of one text and UTF-16 code-unit offsets, as JS strings
/// index. Built once per text; each lookup is a binary search over the non-ASCII chars,
/// since between two of them bytes and code units advance together.
#[derive(Debug, Clone, Default)]
pub struct Utf16Index {
    /// Every non-ASCII char: (byte start, utf16 start, byte length, utf16 length).
    wide: Vec<(usize, usize, usize, usize)>,
    byte_len: usize,
}

impl Utf16Index {
    pub fn new(text: &str) -> Self {
        let mut wide = Vec::new();
        wide_chars(text, 0, 0, &mut wide);
        Utf16Index {
            wide,
            byte_len: text.len(),
        }
    }

    /// The index of the text with bytes `start..end` (char boundaries) replaced by
    /// `inserted`: only the inserted text is read, the chars after the edit are moved.
    pub fn splice(&mut self, start: usize, end: usize, inserted: &str) {
        let (utf16_start, utf16_end) = (self.to_utf16(start), self.to_utf16(end));
        let mut wide = self
            .wide
            .split_off(self.wide.partition_point(|w| w.0 < start));
        let after = wide.partition_point(|w| w.0 < end);
        let utf16_len = wide_chars(inserted, start, utf16_start, &mut self.wide);
        let byte_shift = (start + inserted.len()).wrapping_sub(end);
        let utf16_shift = (utf16_start + utf16_len).wrapping_sub(utf16_end);
        self.wide
            .extend(wide.drain(after..).map(|(byte, utf16, len, units)| {
                let moved = |n: usize, by: usize| n.wrapping_add(by);
                (
                    moved(byte, byte_shift),
                    moved(utf16, utf16_shift),
                    len,
                    units,
                )
            }));
        self.byte_len = self.byte_len.wrapping_add(byte_shift);
    }

    /// UTF-16 offset of a byte offset on a char boundary (past the end clamps to the end).
    pub fn to_utf16(&self, byte: usize) -> usize {
        let byte = byte.min(self.byte_len);
        match self.wide.partition_point(|w| w.0 < byte) {
            0 => byte,
            n => {
                let (b, u, bl, ul) = self.wide[n - 1];
                if byte < b + bl {
                    u
                } else {
                    u + ul + (byte - b - bl)
                }
            }
        }
    }

    /// Byte offset of a UTF-16 offset; one inside a surrogate pair rounds down to the char.
    pub fn to_byte(&self, utf16: usize) -> usize {
        let byte = match self.wide.partition_point(|w| w.1 < utf16) {
            0 => utf16,
            n => {
                let (b, u, bl, ul) = self.wide[n - 1];
                if utf16 < u + ul {
                    b
                } else {
                    b + bl + (utf16 - u - ul)
                }
            }
        };
        byte.min(self.byte_len)
    }
}

/// Pushes to `wide` each non-ASCII char of `text`, which starts at byte `byte` and UTF-16
/// offset `utf16` of its whole, as [`Utf16Index`] keeps them; returns `text`'s length in
/// UTF-16 code units. Runs of ASCII are skipped eight bytes at a time, and the rest read
/// from the lead byte (`text` is valid UTF-8).
fn wide_chars(
    text: &str,
    byte: usize,
    utf16: usize,
    wide: &mut Vec<(usize, usize, usize, usize)>,
) -> usize {
    const HIGH_BITS: u64 = 0x8080_8080_8080_8080;
    let bytes = text.as_bytes();
    let (mut at, mut units_before) = (0, 0);
    while at < bytes.len() {
        if let Some(eight) = bytes.get(at..at + 8) {
            if u64::from_le_bytes(eight.try_into().expect("eight bytes")) & HIGH_BITS == 0 {
                at += 8;
                units_before += 8;
                continue;
            }
        }
        let (len, units) = match bytes[at] {
            0..=0x7F => (1, 1),
            0xC0..=0xDF => (2, 1),
            0xE0..=0xEF => (3, 1),
            _ => (4, 2),
        };
        if len > 1 {
            wide.push((byte + at, utf16 + units_before, len, units));
        }
        at += len;
        units_before += units;
    }
    units_before
}

fn tokenize(text: &str) -> Vec<Token> {
    let mut tokens = Vec::new();
    let mut chars = text.char_indices().peekable();
    while let Some((start, ch)) = chars.next() {
        if ch.is_whitespace() {
            continue;
        }
        if let Some(len) = url_length(&text[start..]) {
            tokens.push(Token::new(
                TokenKind::Reference,
                start,
                start + len,
                &case::lower(&text[start..start + len]),
            ));
            while chars.peek().is_some_and(|&(i, _)| i < start + len) {
                chars.next();
            }
            continue;
        }
        if let Some((len, decoded)) = character_reference(&text[start..]) {
            // A non-breaking space is space; "&" is "and"; the others are symbols, as typed.
            if decoded != " " {
                tokens.push(symbol(start, start + len, decoded));
            }
            while chars.peek().is_some_and(|&(i, _)| i < start + len) {
                chars.next();
            }
            continue;
        }
        if unicode::is_alphanumeric(ch) || ch == '@' || ch == '#' {
            // A run of word characters, allowing inner apostrophes, hyphens, dots and slashes
            // (for "we'll", "follow-up", "e.g.", "t.co/x"); trailing ones are given back.
            let mut end = start + ch.len_utf8();
            while let Some(&(i, c)) = chars.peek() {
                let joins = is_joiner(c)
                    && !space_left_out(text, start, i)
                    && next_is_word(text, i + c.len_utf8())
                    && character_reference(&text[i..]).is_none();
                if !(is_word_char(c) || c == '@' || joins || thousands(text, start, i)) {
                    break;
                }
                end = i + c.len_utf8();
                chars.next();
            }
            // "p.m." and "e.g." keep their final dot; other words give it back.
            if text[end..].starts_with('.') && is_abbreviation_before_dot(&text[start..end]) {
                end += 1;
                chars.next();
            }
            let raw = &text[start..end];
            push_word(&mut tokens, raw, start);
            continue;
        }
        let end = start + ch.len_utf8();
        let mut buffer = [0; 4];
        let typed = ch.encode_utf8(&mut buffer);
        if matches!(ch, '.' | ',' | ';' | ':' | '!' | '?' | '—' | '–' | '…') {
            tokens.push(Token::new(TokenKind::Punct, start, end, typed));
        } else {
            tokens.push(symbol(start, end, typed));
        }
    }
    read_ambiguous_contractions(text, &mut tokens);
    tokens
}

/// A symbol as typed, except "&", which is the word "and" ("between you & the seller").
fn symbol(start: usize, end: usize, typed: &str) -> Token {
    if typed == "&" {
        Token::new(TokenKind::Word, start, end, "and")
    } else {
        Token::new(TokenKind::Symbol, start, end, typed)
    }
}

/// "well look into it", "ill be in touch", "were working on it": "we'll", "I'll" and "we're"
/// typed without the apostrophe are words of their own ("well", "ill", "were"), so they
/// read as "we will" / "I will" / "we are" only where a clause starts and what the
/// contraction opens follows ("Well done", "I feel ill" and "were you charged?" stay);
/// "well" before a bare verb anywhere but after "as" or a modal.
fn read_ambiguous_contractions(text: &str, tokens: &mut Vec<Token>) {
    const VERBS: packed::List = words!(
        "be get look sort send check call email follow keep let have need make try reach \
        contact update fix do take pass see arrange refund replace dm message reply \
        respond investigate review escalate chase help assist book work save still also"
    );
    // "were" reads "we are" before what "we're" opens: "were working on it", "were sorry".
    const ARE_FOLLOWERS: packed::List =
        words!("sorry glad happy here aware unable able still also currently now always");
    const OPENERS: &str = "and so then but ok okay yes sure assured";
    let mut i = 0;
    while i + 1 < tokens.len() {
        // The words read, and whether they may be read mid-clause: "well" before a bare
        // verb is "we'll" wherever it stands ("once we have your details well work on it"),
        // but for after "as" or a modal ("might as well get one", "that may well be").
        let (subject, verb, mid_clause) = match tokens[i].norm.as_str() {
            "well" | "weel" => ("we", "will", true),
            "ill" => ("i", "will", false),
            "were" => ("we", "are", false),
            // Nearly every token: nothing to read, so the lists below are not searched.
            _ => {
                i += 1;
                continue;
            }
        };
        // A line break starts a sentence, so a draft and its sentence read alike.
        let starts_clause = i == 0
            || tokens[i - 1].kind != TokenKind::Word
            || among(OPENERS, &tokens[i - 1].norm)
            || text.as_bytes()[tokens[i - 1].end..tokens[i].start].contains(&b'\n');
        let placed = starts_clause
            || (mid_clause
                && !among(
                    "as may might could would should must can will",
                    &tokens[i - 1].norm,
                ));
        let next = &tokens[i + 1].norm;
        let verb_follows = tokens[i + 1].kind == TokenKind::Word
            && if verb == "are" {
                (next.len() > 5 && next.ends_with("ing")) || among(ARE_FOLLOWERS, next)
            } else {
                among(VERBS, next)
            };
        if tokens[i].kind != TokenKind::Word || !placed || !verb_follows {
            i += 1;
            continue;
        }
        let (start, end) = (tokens[i].start, tokens[i].end);
        let split = start + subject.len();
        tokens[i] = Token::new(TokenKind::Word, start, split, subject);
        tokens.insert(i + 1, Token::new(TokenKind::Word, split, end, verb));
        i += 2;
    }
}

/// An HTML character reference starting here (`&amp;`, `&gt;`, `&#39;`), as text copied
/// from a helpdesk's or a platform's HTML holds them: its length and the character it
/// stands for. Without this "DOWN&lt;" would be one word and `&amp;` the word "amp".
fn character_reference(rest: &str) -> Option<(usize, &'static str)> {
    if !rest.starts_with('&') {
        return None;
    }
    const NAMED: &[(&str, &str)] = &[
        ("&amp;", "&"),
        ("&lt;", "<"),
        ("&gt;", ">"),
        ("&quot;", "\""),
        ("&apos;", "'"),
        ("&#39;", "'"),
        ("&nbsp;", " "),
    ];
    NAMED
        .iter()
        .find(|(name, _)| {
            rest.get(..name.len())
                .is_some_and(|head| head.eq_ignore_ascii_case(name))
        })
        .map(|(name, decoded)| (name.len(), *decoded))
}

/// Length of a link starting here ("https://t.co/x", "www.example.com/a"), without the
/// sentence punctuation that follows it.
fn url_length(rest: &str) -> Option<usize> {
    // Only the first bytes matter, compared in place: this runs at every token, so it must
    // neither allocate nor look at the rest of the text.
    let starts = |prefix: &str| {
        rest.as_bytes()
            .get(..prefix.len())
            .is_some_and(|head| head.eq_ignore_ascii_case(prefix.as_bytes()))
    };
    if !(starts("http://") || starts("https://") || starts("www.")) {
        return None;
    }
    let run = rest.find(char::is_whitespace).unwrap_or(rest.len());
    Some(
        rest[..run]
            .trim_end_matches(['.', ',', ';', ':', '!', '?', ')', '"', '\'', '’'])
            .len(),
    )
}

fn is_word_char(c: char) -> bool {
    unicode::is_alphanumeric(c) || c == '_' || is_combining(c)
}

fn is_combining(c: char) -> bool {
    matches!(c as u32, 0x0300..=0x036F | 0x1AB0..=0x1AFF | 0x1DC0..=0x1DFF | 0x20D0..=0x20FF | 0xFE20..=0xFE2F | 0x200D)
}

/// Characters that join two word parts: apostrophes, hyphens, dots, slashes and so on.
fn is_joiner(c: char) -> bool {
    matches!(
        c,
        '\'' | '’' | '-' | '.' | '/' | ':' | '&' | '=' | '?' | '%' | '+' | '~'
    )
}

/// A comma that groups a number's thousands ("5,000", "1,250,000"): digits before it in
/// the run, exactly three after it. It stays inside the number, so "£5,000 for all" is one
/// stretch of words, not two clauses.
fn thousands(text: &str, run_start: usize, at: usize) -> bool {
    if text.as_bytes()[at] != b',' {
        return false;
    }
    let digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit() || b == b',');
    let after = &text.as_bytes()[at + 1..];
    digits(&text[run_start..at])
        && after.len() >= 3
        && after[..3].iter().all(u8::is_ascii_digit)
        && after.get(3).is_none_or(|b| !b.is_ascii_digit())
}

/// Whether the dot at `at` ends a sentence typed without the space after it ("it is
/// dlvrd.Ur rep came"): a lower-case letter before it, a capitalised word after it, in a
/// run that is no handle, tag or path ("ASP.NET", "e.g.", "t.co/Ab" stay one word).
fn space_left_out(text: &str, run_start: usize, at: usize) -> bool {
    if text.as_bytes()[at] != b'.' {
        return false;
    }
    let mut after = text[at + 1..].chars();
    text[run_start..at]
        .chars()
        .next_back()
        .is_some_and(unicode::is_lowercase)
        && after.next().is_some_and(unicode::is_uppercase)
        && after.next().is_some_and(unicode::is_lowercase)
        && !text[run_start..at].contains(['@', '#', '/'])
}

fn next_is_word(text: &str, at: usize) -> bool {
    text[at..].chars().next().is_some_and(is_word_char)
}

/// Classifies a raw word run and pushes one or more tokens (contractions split).
fn push_word(tokens: &mut Vec<Token>, raw: &str, start: usize) {
    let end = start + raw.len();
    // Most words are ASCII: one allocation, and no curly apostrophe to straighten.
    let lower = if raw.is_ascii() {
        raw.to_ascii_lowercase()
    } else {
        case::lower(raw).replace('’', "'")
    };
    // Only a word with one of these characters can be a reference: most words are tested
    // by one pass over their bytes.
    let is_reference = lower
        .bytes()
        .any(|b| matches!(b, b'@' | b'#' | b'.' | b'/' | b':'))
        && (raw.starts_with('@')
            || raw.starts_with('#')
            || find_text(&lower, "://").is_some()
            || lower.starts_with("www.")
            || (lower.as_bytes().contains(&b'@') && lower.as_bytes().contains(&b'.'))
            || looks_like_domain(&lower));
    if is_reference {
        tokens.push(Token::new(TokenKind::Reference, start, end, &lower));
        return;
    }
    // A URL-ish run followed by a path ("t.co/abc") was caught above; a word with a trailing
    // dot that belongs to an abbreviation keeps it only for known abbreviations.
    if lower.chars().next().is_some_and(unicode::is_numeric) {
        // A unit typed onto its number ("24hrs", "10mins") is the number and the unit.
        let digits = lower.bytes().take_while(u8::is_ascii_digit).count();
        let (number, unit) = lower.split_at(digits);
        let unit = unmarked_word(unit).unwrap_or(unit);
        if digits > 0 && among("min minute minutes hour hours day days week weeks", unit) {
            tokens.push(Token::new(TokenKind::Number, start, start + digits, number));
            push_plain(tokens, unit, start + digits, end);
            return;
        }
        tokens.push(Token::new(TokenKind::Number, start, end, &lower));
        return;
    }
    if let Some(apostrophe) = lower.bytes().position(|b| b == b'\'') {
        let (head, tail) = lower.split_at(apostrophe);
        let expansion = match tail {
            "'ll" => Some("will"),
            "'re" => Some("are"),
            "'ve" => Some("have"),
            "'d" => Some("would"),
            "'m" => Some("am"),
            _ => None,
        };
        // `apostrophe` is a byte index in `lower`; map it back to the raw text, whose
        // apostrophe may be the 3-byte ’.
        let raw_apostrophe = raw
            .char_indices()
            .find(|&(_, c)| c == '\'' || c == '’')
            .map(|(i, _)| i)
            .unwrap_or(raw.len());
        if let Some(word) = expansion {
            push_plain(tokens, head, start, start + raw_apostrophe);
            push_plain(tokens, word, start + raw_apostrophe, end);
            return;
        }
        if tail == "'t" && head.ends_with('n') && head.len() > 1 {
            // "can't" -> can + not, "won't" -> will + not, "don't" -> do + not.
            let stem = &head[..head.len() - 1];
            let stem_end = start + raw_apostrophe - 1;
            let verb = match stem {
                "wo" => "will",
                "ca" => "can",
                "sha" => "shall",
                // "It ain't working": whichever of am/is/are/has it stands for, "is" reads on.
                "ai" => "is",
                other => other,
            };
            push_plain(tokens, verb, start, stem_end);
            push_plain(tokens, "not", stem_end, end);
            return;
        }
    }
    let trimmed_end = if lower.ends_with('.') && !is_abbreviation(&lower) {
        end - (lower.len() - lower.trim_end_matches('.').len())
    } else {
        end
    };
    let word = lower.trim_end_matches('.');
    // Typed without the apostrophe, as on a phone: "dont" reads "do not", "im" "i am".
    if let Some((first, second)) = unmarked_contraction(word) {
        // The second word's letters: "nt" of "dont", "m" of "im", "ve" of "ive".
        let split = if word == "cannot" {
            3
        } else if matches!(second, "not" | "to") {
            word.len() - 2
        } else {
            first.len()
        };
        push_plain(tokens, first, start, start + split);
        push_plain(tokens, second, start + split, trimmed_end);
    } else {
        let norm = unmarked_word(word).unwrap_or(word);
        push_plain(tokens, norm, start, trimmed_end);
    }
    if trimmed_end < end {
        tokens.push(Token::new(TokenKind::Punct, trimmed_end, end, "."));
    }
}

/// Contractions typed without their apostrophe that cannot be another word, and the
/// spoken "gonna": the typed form and its two words. ("ill", "well", "were", "its" and "id"
/// are words of their own; [`read_ambiguous_contractions`] reads the first three where they
/// start a clause. "wont" as a noun is too rare to keep.)
const UNMARKED_CONTRACTIONS: &[(&str, &str, &str)] = &[
    ("cant", "can", "not"),
    ("cannot", "can", "not"),
    ("dont", "do", "not"),
    ("doesnt", "does", "not"),
    ("didnt", "did", "not"),
    ("isnt", "is", "not"),
    ("arent", "are", "not"),
    ("wasnt", "was", "not"),
    ("werent", "were", "not"),
    ("hasnt", "has", "not"),
    ("havent", "have", "not"),
    ("hadnt", "had", "not"),
    ("couldnt", "could", "not"),
    ("wouldnt", "would", "not"),
    ("shouldnt", "should", "not"),
    ("aint", "is", "not"),
    ("shouldve", "should", "have"),
    ("couldve", "could", "have"),
    ("wouldve", "would", "have"),
    ("mustve", "must", "have"),
    ("im", "i", "am"),
    ("ive", "i", "have"),
    ("youre", "you", "are"),
    ("theyre", "they", "are"),
    ("weve", "we", "have"),
    ("theyve", "they", "have"),
    ("youve", "you", "have"),
    ("youll", "you", "will"),
    ("theyll", "they", "will"),
    ("itll", "it", "will"),
    ("thatll", "that", "will"),
    ("wont", "will", "not"),
    ("gonna", "going", "to"),
    ("wanna", "want", "to"),
    ("gotta", "got", "to"),
];

/// Words typed without their apostrophe, or in texting shorthand, read as the full word.
const UNMARKED_WORDS: &[(&str, &str)] = &[
    ("thats", "that's"),
    ("whats", "what's"),
    ("theres", "there's"),
    ("u", "you"),
    ("ur", "your"),
    ("r", "are"),
    ("pls", "please"),
    ("plz", "please"),
    ("sry", "sorry"),
    ("tmrw", "tomorrow"),
    ("tmr", "tomorrow"),
    ("hrs", "hours"),
    ("mins", "minutes"),
    ("wk", "week"),
    ("wks", "weeks"),
    ("bc", "because"),
    ("bcos", "because"),
    ("bcoz", "because"),
    ("bcuz", "because"),
    ("becuz", "because"),
    ("cos", "because"),
    ("coz", "because"),
    ("cuz", "because"),
];

/// The two words of a contraction typed without its apostrophe. Only short words are
/// looked up, so the words of a long draft pay a length check.
fn unmarked_contraction(word: &str) -> Option<(&'static str, &'static str)> {
    if word.len() > 8 {
        return None;
    }
    UNMARKED_CONTRACTIONS
        .iter()
        .find(|(typed, ..)| *typed == word)
        .map(|&(_, first, second)| (first, second))
}

/// Whether a word typed without its apostrophe or in shorthand ("dont", "u") is read as
/// other words ("do not", "you").
pub(crate) fn read_as_other_words(word: &str) -> bool {
    unmarked_contraction(word).is_some() || unmarked_word(word).is_some()
}

/// A word typed without its apostrophe, or in texting shorthand, as the full word.
fn unmarked_word(word: &str) -> Option<&'static str> {
    if word.len() > 6 {
        return None;
    }
    UNMARKED_WORDS
        .iter()
        .find(|(typed, _)| *typed == word)
        .map(|&(_, full)| full)
}

fn push_plain(tokens: &mut Vec<Token>, norm: &str, start: usize, end: usize) {
    tokens.push(Token::new(TokenKind::Word, start, end, norm));
}

fn looks_like_domain(lower: &str) -> bool {
    let Some(dot) = lower.bytes().rposition(|b| b == b'.') else {
        return false;
    };
    let tld = &lower[dot + 1..];
    lower.as_bytes().contains(&b'/') || among("com org net co io uk gov", tld)
}

const ABBREVIATIONS: packed::List =
    words!("e.g. i.e. etc. mr. mrs. ms. dr. st. a.m. p.m. vs. approx. no. u.s.");

fn is_abbreviation(lower: &str) -> bool {
    among(ABBREVIATIONS, lower)
}

/// Whether `word` followed by a dot is an abbreviation ("p.m" + "."), without building
/// the lower-cased string for every word that ends a sentence.
fn is_abbreviation_before_dot(word: &str) -> bool {
    packed::text_of(ABBREVIATIONS).split(' ').any(|a| {
        a.len() == word.len() + 1 && a.ends_with('.') && a[..word.len()].eq_ignore_ascii_case(word)
    })
}

/// Each sentence's memo: the one it `kept` from the previous draft, else a new one, shared
/// by sentences made of the same tokens (a greeting or sign-off repeated down a pasted
/// thread is matched once).
fn new_memos(
    tokens: &[Token],
    sentences: &[Sentence],
    kept: Vec<Option<Rc<SentenceMemo>>>,
) -> Vec<Rc<SentenceMemo>> {
    // Tokens relative to their sentence, for a fingerprint and an equality that agrees.
    fn relative<'t>(
        tokens: &'t [Token],
        s: &Sentence,
    ) -> impl Iterator<Item = (u64, TokenKind, usize, usize)> + 't {
        let base = s.start;
        tokens[s.tokens.clone()]
            .iter()
            .map(move |t| (t.key, t.kind, t.start - base, t.end - base))
    }
    let same = |a: &Sentence, b: &Sentence| {
        a.tokens.len() == b.tokens.len()
            && relative(tokens, a).eq(relative(tokens, b))
            && tokens[a.tokens.clone()]
                .iter()
                .zip(&tokens[b.tokens.clone()])
                .all(|(x, y)| x.norm == y.norm)
    };
    let mut first_with: HashMap<u64, usize, BuildHasherDefault<KeyHasher>> = HashMap::default();
    let mut memos: Vec<Rc<SentenceMemo>> = Vec::with_capacity(sentences.len());
    for (i, (sentence, kept)) in sentences.iter().zip(kept).enumerate() {
        let memo = kept.unwrap_or_else(|| {
            let fingerprint =
                relative(tokens, sentence).fold(0u64, |h, (key, kind, start, end)| {
                    let word = key ^ (kind as u64) << 56 ^ (start as u64) << 32 ^ end as u64;
                    (h.rotate_left(5) ^ word).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95)
                });
            match first_with.entry(fingerprint) {
                Entry::Occupied(first) if same(&sentences[*first.get()], sentence) => {
                    memos[*first.get()].clone()
                }
                Entry::Occupied(_) => Rc::default(),
                Entry::Vacant(slot) => {
                    slot.insert(i);
                    Rc::default()
                }
            }
        });
        memos.push(memo);
    }
    memos
}

/// By token, the index of the sentence holding it: sentences cover the tokens end to end.
fn sentence_at(sentences: &[Sentence]) -> Vec<u32> {
    let mut at = Vec::with_capacity(sentences.last().map_or(0, |s| s.tokens.end));
    for (i, s) in sentences.iter().enumerate() {
        at.resize(s.tokens.end, i as u32);
    }
    at
}

/// Sentences end at `. ! ? …` (runs of them), and at line breaks. A sentence's range covers
/// its text without surrounding whitespace.
fn split_sentences(text: &str, tokens: &[Token]) -> Vec<Sentence> {
    let mut sentences = Vec::new();
    split_sentences_from(text, tokens, 0, &mut sentences, |_| false);
    sentences
}

/// Where [`resplit_sentences`] took the old sentences up again: the sentences before
/// `kept` are the old ones, those from `middle_end` on the old ones from `resumed` on.
#[derive(Debug, Clone, Copy)]
struct Resplit {
    /// How many of the old sentences before the edit were kept.
    kept: usize,
    /// How many sentences the old draft had.
    old_count: usize,
    /// The end of the sentences split again (in the new list).
    middle_end: usize,
    /// The first of the old sentences after the edit kept (moved), if any were: its index
    /// among all the old sentences.
    resumed: Option<usize>,
}

/// The sentences of an edited draft, split again only around the edit. Whether a sentence
/// ends after a token depends on that token, the next one and the space between them, so
/// the old sentences that end before the first edited token stay, and once a sentence ends
/// among the tokens after the edit, the old ones from there on stay too, moved.
/// `sentences` holds the old sentences kept before the edit, `old` the old ones from there
/// on; `after` is the index of the first token after the edit, in the old tokens and the
/// new; `shift` is how many bytes the text after the edit moved.
fn resplit_sentences(
    text: &str,
    tokens: &[Token],
    sentences: &mut Vec<Sentence>,
    old: &[Sentence],
    after: (usize, usize),
    shift: isize,
) -> Resplit {
    let (old_after, new_after) = after;
    let kept = sentences.len();
    let from = sentences.last().map_or(0, |s| s.tokens.end);
    let mut rest = None;
    split_sentences_from(text, tokens, from, sentences, |last| {
        if last < new_after {
            return false;
        }
        let old_next = last + 1 + old_after - new_after;
        let at = old.partition_point(|s| s.tokens.start < old_next);
        let resumes = old.get(at).is_some_and(|s| s.tokens.start == old_next);
        if resumes {
            rest = Some(at);
        }
        resumes
    });
    let middle_end = sentences.len();
    if let Some(at) = rest {
        let moved = |i: usize| i + new_after - old_after;
        sentences.extend(old[at..].iter().map(|s| Sentence {
            start: s.start.wrapping_add_signed(shift),
            end: s.end.wrapping_add_signed(shift),
            tokens: moved(s.tokens.start)..moved(s.tokens.end),
        }));
    }
    Resplit {
        kept,
        old_count: kept + old.len(),
        middle_end,
        resumed: rest.map(|at| kept + at),
    }
}

/// Splits `tokens[from..]` into `sentences`, stopping after a sentence whose last token's
/// index `stop` accepts.
fn split_sentences_from(
    text: &str,
    tokens: &[Token],
    from: usize,
    sentences: &mut Vec<Sentence>,
    mut stop: impl FnMut(usize) -> bool,
) {
    let mut first: Option<usize> = None;
    for (i, token) in tokens.iter().enumerate().skip(from) {
        if first.is_none() {
            first = Some(i);
        }
        let ends_here = token.kind == TokenKind::Punct
            && among(". ! ? …", token.norm.as_str())
            && !tokens
                .get(i + 1)
                .is_some_and(|n| n.kind == TokenKind::Punct && among(". ! ? …", n.norm.as_str()));
        // A line break ends a sentence, and so does a link followed by a capital: a link
        // pasted at a sentence's end is rarely followed by a stop ("see https://example.com
        // Let us know how it goes" is two sentences; "I" and lower case go on).
        let breaks_after = tokens.get(i + 1).is_some_and(|n| {
            text.as_bytes()[token.end..n.start]
                .iter()
                .any(|&b| b == b'\n' || b == b'\r')
                || (token.kind == TokenKind::Reference
                    && !matches!(token.norm.as_bytes()[0], b'@' | b'#')
                    && n.kind == TokenKind::Word
                    && n.norm.as_str() != "i"
                    && text.as_bytes()[n.start].is_ascii_uppercase())
        });
        let last = i + 1 == tokens.len();
        if ends_here || breaks_after || last {
            let begin = first.take().unwrap_or(i);
            sentences.push(Sentence {
                start: tokens[begin].start,
                end: token.end,
                tokens: begin..i + 1,
            });
            if stop(i) {
                return;
            }
        }
    }
}

/// Where rewrites go: the words of a clause, and where the reply's own words begin.
impl Draft<'_> {
    /// Byte range of a clause's words: from its first word (after a leading conjunction
    /// such as "but" or "and") to the end of its last word or number. `None` when the
    /// clause holds no words.
    pub fn clause_words(&self, clause: Range<usize>) -> Option<Range<usize>> {
        let is_word = |t: &Token| matches!(t.kind, TokenKind::Word | TokenKind::Number);
        let tokens = self.tokens.get(clause)?;
        let mut first = tokens.iter().position(is_word)?;
        if tokens[first].norm.is_one_of(CLAUSE_CONJUNCTIONS) {
            first += 1 + tokens[first + 1..].iter().position(is_word)?;
        }
        let last = tokens.iter().rposition(is_word)?;
        (last >= first).then(|| tokens[first].start..tokens[last].end)
    }

    /// Index of the token where the reply's own words begin: after leading `@handles`
    /// and links, and after an opening greeting that ends in punctuation ("Hi Sam,",
    /// "Hello there!", "Good morning,"). `None` when the draft has no words.
    pub fn opening_token(&self, greetings: impl AsRef<str>) -> Option<usize> {
        let is_word = |t: &Token| matches!(t.kind, TokenKind::Word | TokenKind::Number);
        let first = self.tokens.iter().position(is_word)?;
        if !self.tokens[first].norm.is_among(greetings) {
            return Some(first);
        }
        // The greeting ends at the first punctuation within a few words.
        let Some(stop) = (first + 1..self.tokens.len().min(first + 6))
            .find(|&i| self.tokens[i].kind == TokenKind::Punct)
        else {
            return Some(first);
        };
        let after = (stop + 1..self.tokens.len()).find(|&i| is_word(&self.tokens[i]));
        Some(after.unwrap_or(first))
    }

    /// Whether no word or number comes before token `index` in its sentence, so text put
    /// there must start with a capital.
    pub fn starts_sentence(&self, index: usize) -> bool {
        let Some(sentence) = self.sentence_of(index).map(|s| &self.sentences[s]) else {
            return true;
        };
        !self.tokens[sentence.tokens.start..index]
            .iter()
            .any(|t| matches!(t.kind, TokenKind::Word | TokenKind::Number))
    }

    /// Index of the token starting at byte `start`, if any.
    pub fn token_at(&self, start: usize) -> Option<usize> {
        // Token starts strictly increase, so a binary search finds the same token a scan did.
        let i = self.tokens.partition_point(|t| t.start < start);
        self.tokens.get(i).filter(|t| t.start == start).map(|_| i)
    }

    /// The rest of a sentence from the clause holding `token` to the sentence's last word
    /// (before any sign-off), for replacing a hedge or a wall with a new statement. The
    /// flag says whether words come before that clause: then the range starts right after
    /// them (taking the ", however " between), and the replacement should be written as a
    /// new sentence (". " + capital). Otherwise it starts at the clause's first word.
    pub fn clause_to_end(&self, token: usize) -> Option<(Range<usize>, bool)> {
        let is_word = |t: &Token| matches!(t.kind, TokenKind::Word | TokenKind::Number);
        let clause = self.clause_of(token)?;
        let sentence = &self.sentences[self.sentence_of(token)?];
        let first = (clause.start..clause.end).find(|&i| is_word(&self.tokens[i]))?;
        let body_end = self.body_end();
        let last = (first..sentence.tokens.end)
            .rev()
            .find(|&i| is_word(&self.tokens[i]) && self.tokens[i].end <= body_end)
            .unwrap_or_else(|| {
                (first..sentence.tokens.end)
                    .rev()
                    .find(|&i| is_word(&self.tokens[i]))
                    .unwrap_or(first)
            });
        let end = self.tokens[last].end;
        // Only a linking word before the clause ("However, ...", "But ..."): replace from it.
        let before: Vec<usize> = (sentence.tokens.start..first)
            .filter(|&i| is_word(&self.tokens[i]))
            .collect();
        if let Some(&opening) = before.first() {
            if before
                .iter()
                .all(|&i| self.tokens[i].norm.is_among(LINKING_WORDS))
            {
                return Some((self.tokens[opening].start..end, false));
            }
        }
        match before.last() {
            Some(&previous) => Some((self.tokens[previous].end..end, true)),
            None => Some((self.tokens[first].start..end, false)),
        }
    }
}

/// Words that only link a clause to what came before ("However, ...", "Also ...").
const LINKING_WORDS: packed::List = words!(
    "but and so or however also still unfortunately sadly well ok okay \
    now actually honestly though yet then plus anyway"
);

/// `text` with its first letter upper-cased ("let's go" -> "Let's go").
pub fn capitalise_first(text: &str) -> String {
    let Some(first) = text.chars().next() else {
        return String::new();
    };
    let mut out = String::with_capacity(text.len() + 2);
    out.push(case::upper_char(first));
    out.push_str(&text[first.len_utf8()..]);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utf16_index_agrees_with_counting_chars() {
        let text = "ascii run longer than eight, then é, 日本語, 👩‍👩‍👧 and e\u{301}\r\nend 😀";
        let index = Utf16Index::new(text);
        for (byte, _) in text.char_indices().chain([(text.len(), ' ')]) {
            let expected: usize = text[..byte].chars().map(char::len_utf16).sum();
            assert_eq!(index.to_utf16(byte), expected, "at byte {byte}");
            assert_eq!(index.to_byte(expected), byte, "at unit {expected}");
        }
    }

    #[test]
    fn a_spliced_utf16_index_is_the_edited_texts() {
        let text = "ascii run longer than eight, é, 日本 and 😀 e\u{301}\r\nend";
        let bounds: Vec<usize> = text
            .char_indices()
            .map(|(i, _)| i)
            .chain([text.len()])
            .collect();
        for (i, &start) in bounds.iter().enumerate() {
            for &end in &bounds[i..] {
                for inserted in ["", "x", "é😀 and more ascii than eight", "日"] {
                    let edited = format!("{}{inserted}{}", &text[..start], &text[end..]);
                    let mut index = Utf16Index::new(text);
                    index.splice(start, end, inserted);
                    let fresh = Utf16Index::new(&edited);
                    assert_eq!(index.wide, fresh.wide, "{start}..{end} {inserted:?}");
                    assert_eq!(
                        index.byte_len, fresh.byte_len,
                        "{start}..{end} {inserted:?}"
                    );
                }
            }
        }
    }

    #[test]
    fn quoted_words_are_inside_quotes_and_apostrophes_are_not_quotes() {
        let inside = |text: &str, word: &str| {
            let draft = Draft::new(text);
            let at = draft.tokens.iter().position(|t| t.norm == word).unwrap();
            draft.in_quotes(at)
        };
        assert!(inside(
            "Switch off 'Show unavailable songs' in Settings.",
            "unavailable"
        ));
        assert!(inside("Tap “Not available offline” to check.", "available"));
        assert!(inside("Press \"Don't show again\" below.", "show"));
        assert!(!inside(
            "Switch off 'Show unavailable songs' in Settings.",
            "settings"
        ));
        assert!(!inside(
            "We can't refund it, it's not available.",
            "available"
        ));
        assert!(!inside(
            "The customers' orders aren't available.",
            "available"
        ));
    }

    fn norms(text: &str) -> Vec<String> {
        Draft::new(text)
            .tokens
            .into_iter()
            .map(|t| t.norm.to_string())
            .collect()
    }

    #[test]
    fn a_thousands_comma_stays_inside_its_number() {
        assert_eq!(norms("£5,000 for all"), ["£", "5,000", "for", "all"]);
        assert_eq!(norms("1,250,000 users"), ["1,250,000", "users"]);
        // A list of numbers, or a comma not followed by exactly three digits, separates.
        assert_eq!(norms("1,2,3"), ["1", ",", "2", ",", "3"]);
        assert_eq!(norms("5,0001"), ["5", ",", "0001"]);
        assert_eq!(norms("rooms 12, 14"), ["rooms", "12", ",", "14"]);
        assert_eq!(norms("5,000–6,000"), ["5,000", "–", "6,000"]);
    }

    #[test]
    fn sentences_split_again_around_an_edit_are_those_of_a_fresh_split() {
        let text = "Hi Sam! We can't refund it... Sorry?!\nCall us.\r\n\nThanks 😀 e\u{301}. Bye";
        let inserts = ["", ".", "!", "\n", "x", " ", "?\n", "a. B"];
        for start in (0..=text.len()).filter(|&i| text.is_char_boundary(i)) {
            for delete in 0..4 {
                let Some(end) = (start + delete..=text.len()).find(|&e| text.is_char_boundary(e))
                else {
                    continue;
                };
                for insert in inserts {
                    let edited = format!("{}{insert}{}", &text[..start], &text[end..]);
                    let memo = Memo::default();
                    Draft::with_memo(text, &memo).keep_in(&memo);
                    let again = Draft::with_memo(&edited, &memo);
                    let fresh = Draft::new(&edited);
                    assert_eq!(again.tokens, fresh.tokens, "{edited:?}");
                    assert_eq!(again.sentences, fresh.sentences, "{edited:?}");
                    assert_eq!(again.sentence_at, fresh.sentence_at, "{edited:?}");
                    assert_eq!(again.memo.len(), fresh.sentences.len(), "{edited:?}");
                    // Once more from the edited draft, which the memo now holds.
                    again.keep_in(&memo);
                    let back = Draft::with_memo(text, &memo);
                    assert_eq!(back.sentences, Draft::new(text).sentences, "{edited:?}");
                    assert_eq!(back.sentence_at, Draft::new(text).sentence_at, "{edited:?}");
                    back.keep_in(&memo);
                    assert_eq!(memo.take().map(|k| k.text).as_deref(), Some(text));
                }
            }
        }
    }

    /// What a sentence, the `back` before it and the `on` after it say, and, for the last
    /// `last`, how far from the end it is: a decision of the kind [`Draft::by_sentence`]
    /// keeps.
    fn said(
        draft: &Draft,
        index: usize,
        (back, on, last): (usize, usize, usize),
    ) -> Option<String> {
        let count = draft.sentences.len();
        let end = (index + 1 + on).min(count);
        let words: Vec<&str> = draft.sentences[index.saturating_sub(back)..end]
            .iter()
            .flat_map(|s| draft.sentence_tokens(s).iter().map(|t| t.norm.as_str()))
            .collect();
        let from_end = (index + last >= count).then_some(count - index);
        // Some sentences say nothing, so that the lists have gaps.
        (words.len() % 3 != 1).then(|| format!("{words:?} {from_end:?}"))
    }

    #[test]
    fn decisions_by_sentence_kept_across_an_edit_are_those_decided_afresh() {
        let text = "Hi Sam! We can't refund it... Sorry?!\nCall us.\r\n\nThanks 😀 e\u{301}. Bye";
        let inserts = [
            "",
            ".",
            "!",
            "\n",
            "x",
            " ",
            "?\n",
            "a. B",
            "\n\nOk. No. Yes",
        ];
        for start in (0..=text.len()).filter(|&i| text.is_char_boundary(i)) {
            for delete in [0, 1, 3, 9] {
                let Some(end) = (start + delete..=text.len()).find(|&e| text.is_char_boundary(e))
                else {
                    continue;
                };
                for insert in inserts {
                    let edited = format!("{}{insert}{}", &text[..start], &text[end..]);
                    for how in [
                        (0, 0, 0),
                        (0, 2, 0),
                        (0, 0, 2),
                        (0, 0, 3),
                        (0, 0, 4),
                        (0, 1, 3),
                        (1, 0, 0),
                        (2, 2, 0),
                        (3, 0, 2),
                    ] {
                        let memo = Memo::default();
                        let first = Draft::with_memo(text, &memo);
                        first.by_sentence(0u8, how, |i| said(&first, i, how));
                        first.keep_in(&memo);
                        let again = Draft::with_memo(&edited, &memo);
                        let kept = again.by_sentence(0u8, how, |i| said(&again, i, how));
                        let fresh = Draft::new(&edited);
                        let fresh = fresh.by_sentence(0u8, how, |i| said(&fresh, i, how));
                        let all = |list: &BySentence<u8, String>| {
                            list.found()
                                .map(|(i, s)| (i, s.clone()))
                                .collect::<Vec<_>>()
                        };
                        assert_eq!(all(&kept), all(&fresh), "{edited:?} {how:?}");
                        // Asked again of the same draft, the list is the same one.
                        let asked = again.by_sentence(0u8, how, |_| None::<String>);
                        assert!(Rc::ptr_eq(&kept.list, &asked.list));
                        // Under another key, decided afresh.
                        let other = again.by_sentence(1u8, how, |i| said(&again, i, how));
                        assert_eq!(all(&other), all(&fresh), "{edited:?} {how:?}");
                    }
                }
            }
        }
    }

    #[test]
    fn placeholders_found_again_around_an_edit_are_those_of_a_fresh_search() {
        let text =
            "Hi [NAME], your {{order}} ships [date].\nSee [here](https://x.y) <TIME>\r\n\n{a}]";
        let inserts = ["", "[", "]", "\n", "x", "{{", "}}", "(", "<B>"];
        for start in (0..=text.len()).filter(|&i| text.is_char_boundary(i)) {
            for delete in 0..4 {
                let end = (start + delete).min(text.len());
                for insert in inserts {
                    let edited = format!("{}{insert}{}", &text[..start], &text[end..]);
                    let memo = Memo::default();
                    let first = Draft::with_memo(text, &memo);
                    first.placeholders();
                    first.keep_in(&memo);
                    let again = Draft::with_memo(&edited, &memo);
                    assert_eq!(
                        again.placeholders(),
                        rewrite::placeholders(&edited),
                        "{edited:?}"
                    );
                }
            }
        }
    }

    #[test]
    fn html_character_references_are_one_token_each() {
        // "&" is the word "and", typed or as a reference.
        assert_eq!(
            norms("&gt;ALL IS DOWN&lt; AT&T up &amp; running&nbsp;now"),
            [">", "all", "is", "down", "<", "at&t", "up", "and", "running", "now"]
        );
        let draft = Draft::new("DOWN&lt;");
        let lt = &draft.tokens[1];
        assert_eq!(&draft.text[lt.start..lt.end], "&lt;");
    }

    #[test]
    fn find_text_and_replace_text_are_the_standard_library_s() {
        for (text, part) in [
            ("https://example.com", "://"),
            ("naïve “status” page", "status"),
            ("😀 fuck 😀", "fuck"),
            ("short", "longer than it"),
            ("", ""),
            ("abc", ""),
            ("aaa", "aa"),
        ] {
            assert_eq!(find_text(text, part), text.find(part), "{text:?} {part:?}");
        }
        for (text, from, to) in [
            ("PARTY's and PARTY", "PARTY", "the bank"),
            ("a\n b\n  c", "\n ", "\n"),
            ("aaaa", "aa", "a"),
            ("none here", "PARTY", "x"),
        ] {
            assert_eq!(replace_text(text, from, to), text.replace(from, to));
        }
    }

    #[test]
    fn a_question_asks_with_or_without_its_mark() {
        let asks = |text: &str| {
            let draft = Draft::new(text);
            draft.asks(&draft.sentences[0])
        };
        assert!(asks("can i change the address pls"));
        assert!(asks("Where is my parcel?"));
        assert!(asks("Do you ship to Ireland"));
        assert!(!asks("Can't wait for it to arrive"));
        assert!(!asks("I need to change the address"));
    }

    #[test]
    fn among_reads_whole_words_of_a_space_separated_list() {
        let list = "in into on";
        for word in ["in", "into", "on"] {
            assert!(among(list, word), "{word}");
        }
        for word in ["i", "int", "o", "n", "in into", "", "onto"] {
            assert!(!among(list, word), "{word:?}");
        }
        assert!(!among("", "in"));
    }

    #[test]
    fn contractions_expand_with_exact_spans() {
        let draft = Draft::new("We’ll check, but we can't promise.");
        let words: Vec<_> = draft.tokens.iter().map(|t| t.norm.as_str()).collect();
        assert_eq!(
            words,
            ["we", "will", "check", ",", "but", "we", "can", "not", "promise", "."]
        );
        let will = &draft.tokens[1];
        assert_eq!(&draft.text[will.start..will.end], "’ll");
        let not = &draft.tokens[7];
        assert_eq!(&draft.text[not.start..not.end], "n't");
    }

    #[test]
    fn were_reads_as_we_are_only_where_a_clause_starts_before_what_we_re_opens() {
        assert_eq!(
            norms("Were following up via DM"),
            ["we", "are", "following", "up", "via", "dm"]
        );
        assert_eq!(
            norms("Rest assured were working on it"),
            ["rest", "assured", "we", "are", "working", "on", "it"]
        );
        assert_eq!(norms("so were sorry")[..3], ["so", "we", "are"]);
        assert_eq!(norms("Were you charged?")[..2], ["were", "you"]);
        assert_eq!(norms("they were working")[1], "were");
        assert_eq!(norms("Were there any issues?")[0], "were");
    }

    #[test]
    fn well_and_ill_read_as_will_before_a_verb() {
        assert_eq!(
            norms("well look into it"),
            ["we", "will", "look", "into", "it"]
        );
        assert_eq!(
            norms("thx. ill be in touch"),
            ["thx", ".", "i", "will", "be", "in", "touch"]
        );
        assert_eq!(norms("ok weel sort it"), ["ok", "we", "will", "sort", "it"]);
        assert_eq!(norms("Well done"), ["well", "done"]);
        assert_eq!(
            norms("Well, check the box"),
            ["well", ",", "check", "the", "box"]
        );
        assert_eq!(norms("I felt ill"), ["i", "felt", "ill"]);
        assert_eq!(
            norms("you may as well get one"),
            ["you", "may", "as", "well", "get", "one"]
        );
        let draft = Draft::new("ill call u");
        let will = &draft.tokens[1];
        assert_eq!(&draft.text[will.start..will.end], "ll");
        assert_eq!(norms("itll be fine"), ["it", "will", "be", "fine"]);
        // A line break starts a sentence: read as its sentence alone would be.
        assert_eq!(norms("thanks\nill check"), ["thanks", "i", "will", "check"]);
        assert_eq!(
            norms("and well work on it"),
            ["and", "we", "will", "work", "on", "it"]
        );
        assert_eq!(norms("Ill still check")[..3], ["i", "will", "still"]);
        // "Well" before a bare verb is "we'll" mid-clause too; not after a modal.
        assert_eq!(
            norms("once we get your details well work on it")[5..7],
            ["we", "will"]
        );
        assert_eq!(norms("that may well be")[2], "well");
        assert_eq!(norms("it works well")[2], "well");
        assert_eq!(
            norms("you &amp; me & them"),
            ["you", "and", "me", "and", "them"]
        );
    }

    #[test]
    fn shorthand_and_units_typed_short_read_as_their_words() {
        assert_eq!(norms("pls dm us"), ["please", "dm", "us"]);
        assert_eq!(norms("ur order"), ["your", "order"]);
        assert_eq!(norms("within 2 hrs"), ["within", "2", "hours"]);
        assert_eq!(norms("by tmrw"), ["by", "tomorrow"]);
        assert_eq!(norms("we're gonna fix it")[2..5], ["going", "to", "fix"]);
        assert_eq!(norms("it wont load")[1..3], ["will", "not"]);
        // Words of their own that end the same way.
        assert_eq!(
            norms("a dove, a want, an event"),
            ["a", "dove", ",", "a", "want", ",", "an", "event"]
        );
        // A unit typed onto its number is the number and the unit.
        let draft = Draft::new("in 48hrs.");
        let spans: Vec<_> = draft
            .tokens
            .iter()
            .map(|t| (&draft.text[t.start..t.end], t.norm.as_str()))
            .collect();
        assert_eq!(
            spans,
            [("in", "in"), ("48", "48"), ("hrs", "hours"), (".", ".")]
        );
        assert_eq!(norms("5pm"), ["5pm"]);
        assert_eq!(norms("2nd")[0], "2nd");
    }

    #[test]
    fn contractions_typed_without_apostrophes_expand_too() {
        assert_eq!(
            norms("we arent able to"),
            ["we", "are", "not", "able", "to"]
        );
        assert_eq!(norms("u cant"), ["you", "can", "not"]);
        assert_eq!(
            norms("Im sorry, thats odd"),
            ["i", "am", "sorry", ",", "that's", "odd"]
        );
        // Words of their own stay as typed.
        assert_eq!(norms("we were well"), ["we", "were", "well"]);
        let draft = Draft::new("dont.");
        let spans: Vec<_> = draft
            .tokens
            .iter()
            .map(|t| &draft.text[t.start..t.end])
            .collect();
        assert_eq!(spans, ["do", "nt", "."]);
    }

    #[test]
    fn a_sentence_typed_without_its_space_is_split() {
        assert_eq!(
            norms("it is dlvrd.Ur rep"),
            ["it", "is", "dlvrd", ".", "your", "rep"]
        );
        assert_eq!(Draft::new("Not here.Wat a scam").sentences.len(), 2);
        // Names, abbreviations and paths keep their dots.
        assert_eq!(norms("ASP.NET e.g. t.co/Ab"), ["asp.net", "e.g", "t.co/ab"]);
    }

    #[test]
    fn wont_is_will_not() {
        assert_eq!(norms("won't"), ["will", "not"]);
        assert_eq!(norms("it ain't working"), ["it", "is", "not", "working"]);
        assert_eq!(norms("it aint working"), ["it", "is", "not", "working"]);
        assert_eq!(norms("theyve lost it"), ["they", "have", "lost", "it"]);
    }

    #[test]
    fn references_are_not_words() {
        let draft = Draft::new("@user see https://t.co/abc or help.example.com #help");
        let kinds: Vec<_> = draft.tokens.iter().map(|t| t.kind).collect();
        assert_eq!(
            kinds,
            [
                TokenKind::Reference,
                TokenKind::Word,
                TokenKind::Reference,
                TokenKind::Word,
                TokenKind::Reference,
                TokenKind::Reference
            ]
        );
    }

    #[test]
    fn sentences_split_on_stops_and_line_breaks() {
        let draft = Draft::new("Hi there! We'll call at 5.45 p.m. today.\r\nThanks ^KM");
        let texts: Vec<_> = draft
            .sentences
            .iter()
            .map(|s| draft.sentence_text(s))
            .collect();
        assert_eq!(
            texts,
            ["Hi there!", "We'll call at 5.45 p.m. today.", "Thanks ^KM"]
        );
    }

    #[test]
    fn a_link_before_a_capital_ends_its_sentence() {
        let texts = |text| {
            let draft = Draft::new(text);
            let texts: Vec<_> = draft
                .sentences
                .iter()
                .map(|s| draft.sentence_text(s).to_string())
                .collect();
            texts
        };
        assert_eq!(
            texts("See https://example.com/help Let us know how it goes"),
            ["See https://example.com/help", "Let us know how it goes"]
        );
        // Lower case, "I", a handle or a hashtag go on.
        for text in [
            "See https://example.com/help for details",
            "See https://example.com/help I hope it helps",
            "Thanks @Sam We will call",
            "Try #SpotifyWrapped Now",
        ] {
            assert_eq!(texts(text).len(), 1, "{text}");
        }
    }

    #[test]
    fn clauses_and_subjects() {
        let draft = Draft::new("You should have called, but we will fix it.");
        let clauses = draft.clauses(&draft.sentences[0]);
        assert_eq!(clauses.len(), 2);
        assert_eq!(draft.subject(clauses[0].clone()), Subject::Customer);
        assert_eq!(draft.subject(clauses[1].clone()), Subject::Agent);
    }

    #[test]
    fn clause_of_agrees_with_the_sentences_clauses() {
        for text in [
            "You should have called, but we will fix it.",
            "And so we can't; however, or but as though it works",
            "Hi Sam, once it ships we can't change it, sorry! @user see https://t.co/x ^KM",
            "",
            "and",
        ] {
            let draft = Draft::new(text);
            for i in 0..draft.tokens.len() {
                let sentence = draft.sentence_of(i).map(|k| &draft.sentences[k]);
                let split =
                    sentence.and_then(|s| draft.clauses(s).into_iter().find(|c| c.contains(&i)));
                assert_eq!(draft.clause_of(i), split, "{text:?} token {i}");
            }
        }
    }

    #[test]
    fn links_are_found_next_to_multibyte_text() {
        // The 8th byte of "日本 ..." falls inside a char: no link, and no slow path either.
        let draft = Draft::new("日本語です www.例え.jp/x and HTTPS://t.co/é1 ok");
        let kinds: Vec<_> = draft
            .tokens
            .iter()
            .map(|t| (t.kind, t.norm.as_str()))
            .collect();
        assert_eq!(kinds[0].0, TokenKind::Word);
        let has = |norm| kinds.contains(&(TokenKind::Reference, norm));
        assert!(has("www.例え.jp/x"), "{kinds:?}");
        assert!(has("https://t.co/é1"), "{kinds:?}");
        // A long run of multi-byte words tokenises in linear time (this used to be quadratic).
        let long = "日本語 ".repeat(50_000);
        assert_eq!(Draft::new(&long).tokens.len(), 50_000);
    }

    #[test]
    fn signoffs_are_found() {
        let signoff = |text: &str| {
            let draft = Draft::new(text);
            draft.signoff().map(|r| text[r].to_string())
        };
        assert_eq!(signoff("Thanks for waiting. ^KM").as_deref(), Some("^KM"));
        assert_eq!(signoff("Glad to help! -Becky").as_deref(), Some("-Becky"));
        assert_eq!(signoff("Sorry about that.  *TAC").as_deref(), Some("*TAC"));
        assert_eq!(signoff("We're on it = JJ").as_deref(), Some("= JJ"));
        assert_eq!(signoff("More soon. 2/2 ^Liz").as_deref(), Some("2/2 ^Liz"));
        assert_eq!(
            signoff("Checking now. ^OM https://t.co/x1").as_deref(),
            Some("^OM https://t.co/x1")
        );
        assert_eq!(signoff("See our well-known guide"), None);
        assert_eq!(signoff("Use the link: https://t.co/x1"), None);
        assert_eq!(signoff(""), None);
        let draft = Draft::new("Thanks for waiting. ^KM");
        assert_eq!(&draft.text[..draft.body_end()], "Thanks for waiting.");
    }

    #[test]
    fn a_letter_closing_is_a_signoff() {
        let text = "Hi Sam,\n\nYour refund is on its way.\n\nKind regards,\nAlex\nSupport team";
        let draft = Draft::new(text);
        assert_eq!(
            &text[draft.signoff().unwrap()],
            "Kind regards,\nAlex\nSupport team"
        );
        assert_eq!(
            &text[..draft.body_end()],
            "Hi Sam,\n\nYour refund is on its way."
        );
        let text = "Thanks,\n[NAME]";
        assert!(Draft::new(&format!("All done.\n\n{text}"))
            .signoff()
            .is_some());
        // A closing-like word inside the body is not a sign-off.
        assert!(
            Draft::new("Thanks for your patience while we fix this today.")
                .signoff()
                .is_none()
        );
    }

    #[test]
    fn utf16_offsets_match_js() {
        let text = "a😀b漢e\u{301}\r\nx";
        let index = Utf16Index::new(text);
        let expect = |byte: usize| text[..byte].encode_utf16().count();
        for (byte, _) in text.char_indices().chain([(text.len(), ' ')]) {
            assert_eq!(index.to_utf16(byte), expect(byte), "byte {byte}");
            assert_eq!(index.to_byte(expect(byte)), byte);
        }
    }
}

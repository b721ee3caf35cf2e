//! One small phrase matcher shared by every check.
//!
//! A phrase is a space-separated list of elements matched against the normalised words of
//! one sentence (so "we'll" matches `we will`, and "can't" matches `can not`):
//!
//! | element      | matches                                             |
//! |--------------|-----------------------------------------------------|
//! | `word`       | that word                                           |
//! | `a\|b\|c`    | any one of the words                                |
//! | `[a\|b]`     | optionally one of the words                         |
//! | `apolog*`    | any word starting with `apolog`                     |
//! | `*` / `*N`   | a gap of up to 3 / N words (never across `, ; :`)  |
//! | `<num>`      | a number such as `24` or `5:45` (also inside `a\|<num>`) |
//! | `<word>`     | any one word                                        |
//! | `[<word>]`   | one word or none                                    |
//! | `<slot>`     | a one-word fill-in placeholder: `[day]`, `{{time}}`, `<DATE>` |
//! | `<slot:a\|b*>` | such a placeholder whose word is one of these         |
//! | `(no one\|nobody)` | a group: any one of these wordings, each of any length |
//!
//! A contraction or phone-typed shorthand in a phrase (`we can't`, `dont`) is an error: the
//! text reads it as other words (`can not`, `do not`), which the phrase must say instead.
//!
//! `|` outside a group joins single words: `nobody|no one cares` is "nobody" or "no", then
//! "one cares". A group says the other thing: `(nobody|no one) cares`.
//! Matches never cross a sentence boundary. Phrases are compiled once, up front, and a
//! malformed one (`*abc`, an unclosed `[`, an empty alternative, a phrase that is all
//! optional) is an error naming it: a house style holding one is refused, and a list in the
//! code holding one fails its module's `every_phrase_list_compiles` test.

use super::case;
use super::packed::List;
use super::text::{
    among, find_text, read_as_other_words, word_key, BySentence, Draft, Token, TokenKind,
};
use crate::engine::moves::verb::is_participle;
use crate::engine::packed;
use crate::engine::unicode;
use std::cell::RefCell;
use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};
use std::ops::Range;
use std::rc::Rc;
use std::sync::atomic::{AtomicUsize, Ordering};

#[derive(Debug, Clone)]
enum Element {
    Words {
        alternatives: Vec<Word>,
        /// The [`word_key`]s of its whole words: most tokens are ruled out by comparing
        /// numbers, not words.
        keys: Vec<u64>,
        /// The alternatives that keys cannot find: prefixes and `<num>`.
        inexact: Vec<Word>,
        optional: bool,
    },
    Gap(usize),
    Number,
    AnyWord,
    /// `[<word>]`: one word or none.
    MaybeWord,
    /// A one-word placeholder the agent will fill in, such as `[day]` or `{{time}}`.
    /// A placeholder; with words, only one whose word is among them (`<slot:time*|day*>`).
    Slot(Vec<Word>),
}

#[derive(Debug, Clone)]
enum Word {
    /// A whole word, with its [`word_key`] so that most mismatches cost one comparison.
    Exact {
        key: u64,
        word: String,
    },
    Prefix(String),
    /// `<num>` inside an alternative list (`<num>|few`): any number.
    Number,
}

impl Word {
    fn matches(&self, token: &Token) -> bool {
        match self {
            Word::Exact { key, word } => *key == token.key && word.as_str() == &*token.norm,
            Word::Prefix(p) => token.norm.starts_with(p.as_str()),
            // Number tokens, and only they, start with a digit.
            Word::Number => token.norm.chars().next().is_some_and(unicode::is_numeric),
        }
    }
}

#[derive(Debug, Clone)]
struct Pattern {
    elements: Vec<Element>,
    /// The phrase of the list it is a wording of (a phrase with a group has several).
    source: usize,
}

/// A match of one phrase: which phrase, the token range and the byte range it covers.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Match {
    pub phrase: usize,
    pub tokens: Range<usize>,
    pub start: usize,
    pub end: usize,
}

impl Match {
    /// The same match with its tokens moved by `token` and its bytes by `byte`: into a
    /// sentence's own offsets to be remembered with it, and back out.
    pub(crate) fn shifted(&self, token: isize, byte: isize) -> Match {
        Match {
            phrase: self.phrase,
            tokens: self.tokens.start.wrapping_add_signed(token)
                ..self.tokens.end.wrapping_add_signed(token),
            start: self.start.wrapping_add_signed(byte),
            end: self.end.wrapping_add_signed(byte),
        }
    }
}

/// A compiled list of phrases, indexed by the words they can start with so that each
/// position of a draft is tried only against the phrases that could match there.
#[derive(Debug, Clone, Default)]
pub struct Phrases {
    /// Unique per compiled list, so a [`Memo`](super::memo::Memo) can tell lists apart.
    id: usize,
    patterns: Vec<Pattern>,
    /// By the [`word_key`] of a first word, which each token carries already hashed: where its
    /// phrases are in `first_word_lists`. (A map of the same type as `text::new_memos`'s, so
    /// the wasm carries one map's code.)
    by_first_word: HashMap<u64, usize, BuildHasherDefault<KeyHasher>>,
    first_word_lists: Vec<Vec<usize>>,
    /// Phrases that start with `<num>`.
    by_number: Vec<usize>,
    /// Phrases that can start with a word beginning so (`apolog*`): each tried only at a
    /// word that begins with its prefix.
    by_prefix: Vec<(String, usize)>,
    /// Phrases whose start cannot be indexed (`<word>`, `<slot>`, a gap, a prefix).
    unindexed: Vec<usize>,
    /// Phrases that start with `<slot>`, the only ones that can start on a symbol.
    slot_starts: Vec<usize>,
}

/// A phrase that does not follow the syntax, and what is wrong with it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PhraseError {
    pub phrase: String,
    pub problem: String,
}

impl std::fmt::Display for PhraseError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        if self.phrase.trim().is_empty() {
            f.write_str(&self.problem)
        } else {
            write!(f, "`{}`: {}", self.phrase, self.problem)
        }
    }
}

impl std::error::Error for PhraseError {}

impl Phrases {
    /// Compiles a list written in the code. A malformed phrase is a bug: it panics, naming
    /// the phrase (each module's `every_phrase_list_compiles` test finds it first).
    ///
    /// The checks that only find a phrase that cannot match as written (a contraction, `|`
    /// between wordings) are the tests' work for these lists: a debug build, as the tests
    /// are, runs them on every list it compiles; a release build compiles without them, in
    /// half the time. A list that passes them compiles the same.
    pub fn new(phrases: &[&str]) -> Self {
        Phrases::compile_all(phrases, cfg!(debug_assertions))
            .unwrap_or_else(|e| panic!("malformed phrase {e}"))
    }

    /// Compiles a list written as one text, a phrase per line (see [`lines!`]): one string in
    /// the wasm rather than a string and a pointer per phrase.
    pub fn lines(text: impl AsRef<str>) -> Self {
        Phrases::new(&text.as_ref().lines().collect::<Vec<_>>())
    }

    /// Compiles lists of phrases grouped by kind (each a text of lines, see [`lines!`]), and
    /// gives each phrase's kind by its index: the table a check reads a match's kind from.
    pub fn kinded<K: Copy>(groups: &[(K, List)]) -> (Self, Vec<K>) {
        let (kinds, phrases): (Vec<K>, Vec<&str>) = groups
            .iter()
            .flat_map(|(kind, text)| {
                AsRef::<str>::as_ref(text)
                    .lines()
                    .map(move |line| (*kind, line))
            })
            .unzip();
        (Phrases::new(&phrases), kinds)
    }

    /// Compiles a list, or says which phrase is malformed and why.
    pub fn try_new<S: AsRef<str>>(phrases: &[S]) -> Result<Self, PhraseError> {
        // One compiled body for every kind of list: generic code is copied per type.
        Phrases::compile_all(
            &phrases.iter().map(AsRef::as_ref).collect::<Vec<&str>>(),
            true,
        )
    }

    /// `checked`: also find the phrases that cannot match as written (see [`Phrases::new`]).
    fn compile_all(phrases: &[&str], checked: bool) -> Result<Self, PhraseError> {
        static NEXT_ID: AtomicUsize = AtomicUsize::new(0);
        let mut patterns = Vec::new();
        for (source, &p) in phrases.iter().enumerate() {
            let error = |(part, why): Problem| PhraseError {
                phrase: p.to_string(),
                problem: if part.is_empty() {
                    why.to_string()
                } else {
                    format!("`{part}`: {why}")
                },
            };
            for wording in wordings(p).map_err(error)? {
                let pattern = compile(&wording, checked).map_err(error)?;
                patterns.push(Pattern { source, ..pattern });
            }
        }
        let mut compiled = Phrases {
            id: NEXT_ID.fetch_add(1, Ordering::Relaxed),
            patterns,
            ..Phrases::default()
        };
        for (index, pattern) in compiled.patterns.iter().enumerate() {
            match first_words(&pattern.elements) {
                Some(starts) => {
                    for word in starts.words {
                        let lists = &mut compiled.first_word_lists;
                        let at = *compiled
                            .by_first_word
                            .entry(word_key(&word))
                            .or_insert_with(|| {
                                lists.push(Vec::new());
                                lists.len() - 1
                            });
                        let list = &mut lists[at];
                        // Two first words of one phrase may share a key; list it once.
                        if list.last() != Some(&index) {
                            list.push(index);
                        }
                    }
                    if starts.number {
                        compiled.by_number.push(index);
                    }
                    for prefix in starts.prefixes {
                        compiled.by_prefix.push((prefix, index));
                    }
                }
                None => {
                    compiled.unindexed.push(index);
                    if matches!(pattern.elements.first(), Some(Element::Slot(_))) {
                        compiled.slot_starts.push(index);
                    }
                }
            }
        }
        Ok(compiled)
    }

    /// `Phrases::new(phrases)` for lists that come from a house style, compiled once and
    /// reused while the house style keeps them (the last few lists are kept, per thread).
    pub fn cached<S: AsRef<str>>(phrases: &[S]) -> Rc<Phrases> {
        thread_local! {
            static RECENT: RefCell<Vec<(Vec<String>, Rc<Phrases>)>> = const { RefCell::new(Vec::new()) };
        }
        RECENT.with_borrow_mut(|recent| {
            let same = |list: &Vec<String>| {
                list.len() == phrases.len()
                    && list.iter().zip(phrases).all(|(a, b)| a == b.as_ref())
            };
            if let Some(at) = recent.iter().position(|(list, _)| same(list)) {
                let entry = recent.remove(at);
                let compiled = entry.1.clone();
                recent.push(entry);
                return compiled;
            }
            // A house style's phrases were checked when it was read; should one slip through
            // unchecked, its list matches nothing rather than failing the whole check.
            let compiled = Rc::new(Phrases::try_new(phrases).unwrap_or_default());
            let list = phrases.iter().map(|p| p.as_ref().to_string()).collect();
            if recent.len() == 4 {
                recent.remove(0);
            }
            recent.push((list, compiled.clone()));
            compiled
        })
    }

    /// Indices of the phrases that could match starting at token `i`.
    fn candidates<'a>(
        &'a self,
        tokens: &'a [Token],
        i: usize,
        end: usize,
    ) -> impl Iterator<Item = usize> + 'a {
        let token = tokens.get(i).filter(|_| i < end);
        // Only a placeholder can start on a symbol (its bracket); every other phrase is
        // tried at the next word, which keeps long runs of emoji linear.
        let on_symbol = token.is_some_and(|t| t.kind == TokenKind::Symbol);
        let word = token.filter(|t| matches!(t.kind, TokenKind::Word | TokenKind::Number));
        let by_word = word
            .and_then(|t| self.by_first_word.get(&t.key))
            .map_or(&[][..], |&at| &self.first_word_lists[at]);
        let by_number = match token {
            Some(t) if t.kind == TokenKind::Number => self.by_number.as_slice(),
            _ => &[],
        };
        let unindexed = if on_symbol {
            &self.slot_starts
        } else {
            &self.unindexed
        };
        let by_prefix = word.into_iter().flat_map(move |t| {
            self.by_prefix
                .iter()
                .filter(move |(prefix, _)| t.norm.starts_with(prefix.as_str()))
                .map(|&(_, phrase)| phrase)
        });
        by_word
            .iter()
            .chain(by_number)
            .chain(unindexed)
            .copied()
            .chain(by_prefix)
    }

    /// All matches inside the token range (absolute indices), leftmost first; for each start
    /// only the longest match is kept, and later matches never overlap earlier ones.
    pub fn find_in(&self, draft: &Draft, range: Range<usize>) -> Vec<Match> {
        // Tokens within one sentence of a draft with a memo: reuse what this list found in
        // the same tokens before (matching reads nothing outside the range).
        let Some((memo, sentence)) = draft.memo_for(&range) else {
            return self.search(draft, range);
        };
        let first = sentence.tokens.start;
        let part = (range != sentence.tokens).then(|| range.start - first..range.end - first);
        let (token, byte) = (first as isize, sentence.start as isize);
        if let Some(found) = memo.found(self.id, part.as_ref()) {
            return found.iter().map(|m| m.shifted(token, byte)).collect();
        }
        let found = self.search(draft, range);
        memo.remember(
            self.id,
            part,
            found.iter().map(|m| m.shifted(-token, -byte)).collect(),
        );
        found
    }

    /// [`Phrases::find_in`] without the memo.
    fn search(&self, draft: &Draft, range: Range<usize>) -> Vec<Match> {
        let tokens = &draft.tokens;
        let mut found = Vec::new();
        let mut i = range.start;
        while i < range.end {
            let best = self
                .candidates(tokens, i, range.end)
                .filter_map(|phrase| {
                    match_at(&self.patterns[phrase].elements, tokens, i, range.end)
                        .map(|end| (phrase, end))
                })
                .max_by_key(|&(phrase, end)| (end, std::cmp::Reverse(phrase)));
            match best {
                Some((phrase, end)) if end > i => {
                    let first = first_content(tokens, i..end);
                    found.push(Match {
                        phrase: self.patterns[phrase].source,
                        tokens: i..end,
                        start: tokens[first].start,
                        end: tokens[last_content(tokens, i..end)].end,
                    });
                    i = end;
                }
                _ => i += 1,
            }
        }
        found
    }

    /// All matches in the whole draft, sentence by sentence.
    pub fn find(&self, draft: &Draft) -> Vec<Match> {
        if let Some(found) = self.by_sentence(draft) {
            let mut all = Vec::new();
            Self::each(draft, &found, &mut |m| {
                all.push(m);
                false
            });
            return all;
        }
        let mut found = Vec::new();
        for sentence in &draft.sentences {
            found.extend(self.find_in(draft, sentence.tokens.clone()));
        }
        found
    }

    /// In a draft that keeps its decisions, the sentences holding a match, from a list kept
    /// with the draft: a keystroke searches again only the sentences it touched.
    fn by_sentence(&self, draft: &Draft) -> Option<BySentence<usize, Rc<[Match]>>> {
        if !draft.keeps_decisions() {
            return None;
        }
        Some(draft.by_sentence(self.id, (0, 0, 0), |index| {
            let sentence = &draft.sentences[index];
            let found = self.find_in(draft, sentence.tokens.clone());
            let (token, byte) = (sentence.tokens.start as isize, sentence.start as isize);
            let found: Rc<[Match]> = found.iter().map(|m| m.shifted(-token, -byte)).collect();
            (!found.is_empty()).then_some(found)
        }))
    }

    /// Hands each match of `found` to `stop`, in order, until it says to stop; whether it did.
    fn each(
        draft: &Draft,
        found: &BySentence<usize, Rc<[Match]>>,
        stop: &mut dyn FnMut(Match) -> bool,
    ) -> bool {
        for (index, matches) in found.found() {
            let sentence = &draft.sentences[index];
            let (token, byte) = (sentence.tokens.start as isize, sentence.start as isize);
            for m in matches.iter() {
                if stop(m.shifted(token, byte)) {
                    return true;
                }
            }
        }
        false
    }

    /// Whether any phrase occurs inside the token range.
    pub fn occurs_in(&self, draft: &Draft, range: Range<usize>) -> bool {
        // Something occurs exactly when `find_in` finds something, and that is memoised.
        if let Some((memo, sentence)) = draft.memo_for(&range) {
            let whole = (range == sentence.tokens).then(|| memo.occurs(self.id));
            return whole
                .flatten()
                .unwrap_or_else(|| !self.find_in(draft, range).is_empty());
        }
        let tokens = &draft.tokens;
        (range.start..range.end).any(|i| {
            self.candidates(tokens, i, range.end).any(|phrase| {
                match_at(&self.patterns[phrase].elements, tokens, i, range.end)
                    .is_some_and(|e| e > i)
            })
        })
    }

    /// Whether any match in the draft passes `accept`, looked for sentence by sentence and
    /// only until one does (a long draft with an option early on stops there).
    pub fn any_match(&self, draft: &Draft, mut accept: impl FnMut(&Match) -> bool) -> bool {
        self.any_accepted(draft, &mut accept)
    }

    /// [`Phrases::any_match`], compiled once instead of once per caller's closure.
    fn any_accepted(&self, draft: &Draft, accept: &mut dyn FnMut(&Match) -> bool) -> bool {
        if let Some(found) = self.by_sentence(draft) {
            return Self::each(draft, &found, &mut |m| accept(&m));
        }
        draft.sentences.iter().any(|s| {
            self.find_in(draft, s.tokens.clone())
                .iter()
                .any(&mut *accept)
        })
    }

    /// Whether any phrase occurs anywhere in the draft.
    pub fn occurs(&self, draft: &Draft) -> bool {
        if let Some(found) = self.by_sentence(draft) {
            return !found.is_empty();
        }
        draft
            .sentences
            .iter()
            .any(|s| self.occurs_in(draft, s.tokens.clone()))
    }
}

/// For maps keyed by hashes already made (the first-word index by [`word_key`]s, sentence
/// fingerprints): use them as they are. (The index is looked up once per token and phrase
/// list; SipHash over the word once cost a fifth of a check, and hashing the word per list
/// another tenth.)
#[derive(Default)]
pub(crate) struct KeyHasher(u64);

impl Hasher for KeyHasher {
    fn write(&mut self, bytes: &[u8]) {
        // Only u64 keys are hashed; this fallback keeps the trait complete.
        for &b in bytes {
            self.0 = (self.0.rotate_left(8) ^ u64::from(b)).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
        }
    }

    fn write_u64(&mut self, key: u64) {
        self.0 = key;
    }

    fn finish(&self) -> u64 {
        self.0
    }
}

/// The words a phrase can start with; `None` when its start cannot be indexed.
struct Starts {
    words: Vec<String>,
    number: bool,
    prefixes: Vec<String>,
}

fn first_words(elements: &[Element]) -> Option<Starts> {
    match elements.first()? {
        Element::Words {
            alternatives,
            optional,
            ..
        } => {
            let mut starts = Starts {
                words: Vec::new(),
                number: false,
                prefixes: Vec::new(),
            };
            for word in alternatives {
                match word {
                    Word::Exact { word, .. } => starts.words.push(word.clone()),
                    Word::Number => starts.number = true,
                    Word::Prefix(prefix) => starts.prefixes.push(prefix.clone()),
                }
            }
            if *optional {
                // The phrase may also start where the rest of it starts.
                let rest = first_words(&elements[1..])?;
                starts.words.extend(rest.words);
                starts.number |= rest.number;
                starts.prefixes.extend(rest.prefixes);
            }
            Some(starts)
        }
        Element::Number => Some(Starts {
            words: Vec::new(),
            number: true,
            prefixes: Vec::new(),
        }),
        Element::AnyWord | Element::MaybeWord | Element::Slot(_) | Element::Gap(_) => None,
    }
}

fn first_content(tokens: &[Token], range: Range<usize>) -> usize {
    range
        .clone()
        .find(|&i| tokens[i].kind != TokenKind::Symbol)
        .unwrap_or(range.start)
}

fn last_content(tokens: &[Token], range: Range<usize>) -> usize {
    range
        .clone()
        .rev()
        .find(|&i| tokens[i].kind != TokenKind::Symbol)
        .unwrap_or(range.end - 1)
}

/// What is wrong with a phrase: the part at fault (empty for the whole phrase) and why.
type Problem = (String, &'static str);

fn bad<T>(part: &str, why: &'static str) -> Result<T, Problem> {
    Err((part.to_string(), why))
}

/// Whether the text model reads `word` as other words ("can't" as `can not`, "I'm" as `i
/// am`, "dont" as `do not`, "u" as `you`), which a phrase word, matched against one token,
/// never equals.
fn read_as_words(word: &str) -> bool {
    if !(word.as_bytes().contains(&b'\'') || find_text(word, "’").is_some()) {
        return read_as_other_words(word);
    }
    // Only a word of letters and apostrophes, not ending in one, can be a contraction:
    // "'css');" or a quoted "'script'" in a house style is a string to find as it is,
    // however the text would split it.
    let apostrophe = |c: char| c == '\'' || c == '’';
    if word.ends_with(apostrophe)
        || !word
            .chars()
            .all(|c| unicode::is_alphabetic(c) || apostrophe(c))
    {
        return false;
    }
    let draft = Draft::new(word);
    draft.tokens.len() != 1 || *draft.tokens[0].norm != *word
}

const STAR: &str = "`*` ends a word (`apolog*`) or stands alone as a gap";

/// `a|b*|<num>` as words to match.
fn alternatives(body: &str, checked: bool) -> Result<Vec<Word>, Problem> {
    // "less|(too few|not enough)" would read "(too" as a word and never match. A bracket
    // elsewhere ("url(a|b)", ":(") is a character, as a house style may hold.
    let words: Vec<&str> = body.split('|').collect();
    let last = words.len() - 1;
    if let Some(w) = words.iter().enumerate().find_map(|(i, w)| {
        ((i > 0 && w.starts_with('(')) || (i < last && w.ends_with(')'))).then_some(w)
    }) {
        return bad(
            w,
            "a group opens at the start of a part and holds every wording: `(less|too few)`",
        );
    }
    words
        .into_iter()
        .map(|w| match w.strip_suffix('*') {
            _ if w.is_empty() => bad(body, "has an empty alternative"),
            _ if w == "<num>" => Ok(Word::Number),
            _ if w.bytes().any(|b| matches!(b, b'[' | b']' | b'<' | b'>')) => {
                bad(w, "brackets only go around a whole part")
            }

            Some(prefix) if prefix.is_empty() || prefix.as_bytes().contains(&b'*') => bad(w, STAR),
            Some(prefix) => Ok(Word::Prefix(prefix.to_string())),
            None if w.as_bytes().contains(&b'*') => bad(w, STAR),
            None if checked && read_as_words(w) => bad(
                w,
                "the text model reads this contraction as two words (\"won't\" as `will not`), \
                 so it would never match: write them out",
            ),
            None => Ok(Word::Exact {
                key: word_key(w),
                word: w.to_string(),
            }),
        })
        .collect()
}

/// Most words a gap may skip: a gap is local, never most of a sentence (the message below
/// says 9).
const MAX_GAP: usize = 9;

fn compile(phrase: &str, checked: bool) -> Result<Pattern, Problem> {
    let elements = phrase
        .split_whitespace()
        .map(|raw| {
            let raw = case::lower(raw).replace('’', "'");
            if let Some(n) = raw.strip_prefix('*') {
                return match n {
                    "" => Ok(Element::Gap(3)),
                    _ => match n.parse() {
                        Ok(n @ 1..=MAX_GAP) => Ok(Element::Gap(n)),
                        _ => bad(&raw, "a gap is `*` or `*N` with N from 1 to 9"),
                    },
                };
            }
            match raw.as_str() {
                "<num>" => return Ok(Element::Number),
                "<word>" => return Ok(Element::AnyWord),
                "<slot>" => return Ok(Element::Slot(Vec::new())),
                "[<word>]" => return Ok(Element::MaybeWord),
                _ => {}
            }
            if let Some(words) = raw.strip_prefix("<slot:").and_then(|r| r.strip_suffix('>')) {
                return Ok(Element::Slot(alternatives(words, checked)?));
            }
            if raw.starts_with('<') && !raw.as_bytes().contains(&b'|') {
                return bad(&raw, "unknown; use <num>, <word>, <slot> or <slot:a|b>");
            }
            let (body, optional) = match raw.strip_prefix('[') {
                Some(rest) => match rest.strip_suffix(']') {
                    Some(inner) => (inner, true),
                    None => return bad(&raw, "`[` is not closed on the same word"),
                },
                None => (raw.as_str(), false),
            };
            let alternatives = alternatives(body, checked)?;
            let keys = alternatives
                .iter()
                .filter_map(|w| match w {
                    Word::Exact { key, .. } => Some(*key),
                    _ => None,
                })
                .collect();
            let inexact = alternatives
                .iter()
                .filter(|w| !matches!(w, Word::Exact { .. }))
                .cloned()
                .collect();
            Ok(Element::Words {
                alternatives,
                keys,
                inexact,
                optional,
            })
        })
        .collect::<Result<Vec<_>, _>>()?;
    let required = |e: &Element| {
        !matches!(
            e,
            Element::Gap(_) | Element::MaybeWord | Element::Words { optional: true, .. }
        )
    };
    if elements.is_empty() {
        return bad("", "the phrase is empty");
    }
    if !elements.iter().any(required) {
        return bad("", "every part is optional, so it would match anywhere");
    }
    let gap = |e: Option<&Element>| matches!(e, Some(Element::Gap(_)));
    if gap(elements.first()) || gap(elements.last()) {
        return bad("", "a gap (`*`) needs words on both sides");
    }
    if let Some(part) = checked
        .then(|| multi_word_alternative(phrase, &elements))
        .flatten()
    {
        return bad(
            &part,
            "`|` joins single words, so this is one word after another, not two wordings; \
             group the wordings, `(no one|nobody)`, or write one phrase per wording",
        );
    }
    Ok(Pattern {
        elements,
        source: 0,
    })
}

/// The wordings of a phrase with groups: `(no one|nobody) cares` is "no one cares" and
/// "nobody cares". A group opens with `(` at the start of a part, closes with `)` at the end
/// of one, and holds two or more wordings; any other bracket is a character of the phrase,
/// as it always was (a house style may match "url(" or "(1)").
fn wordings(phrase: &str) -> Result<Vec<String>, Problem> {
    let starts_part = |at: usize| phrase[..at].chars().last().is_none_or(char::is_whitespace);
    let ends_part = |at: usize| {
        phrase[at + 1..]
            .chars()
            .next()
            .is_none_or(char::is_whitespace)
    };
    let group = phrase
        .match_indices('(')
        .map(|(open, _)| open)
        .filter(|&open| starts_part(open))
        .find_map(|open| {
            let close = phrase[open..]
                .match_indices(')')
                .map(|(at, _)| open + at)
                .find(|&close| ends_part(close))?;
            let inner = &phrase[open + 1..close];
            (inner.as_bytes().contains(&b'|') && !inner.as_bytes().contains(&b'('))
                .then_some((open, close))
        });
    let Some((open, close)) = group else {
        return Ok(vec![phrase.to_string()]);
    };
    let (head, inner, tail) = (
        &phrase[..open],
        &phrase[open + 1..close],
        &phrase[close + 1..],
    );
    let rests = wordings(tail)?;
    let mut all = Vec::new();
    for wording in inner.split('|').map(str::trim) {
        if wording.is_empty() {
            return bad(inner, "a group has an empty wording");
        }
        all.extend(rests.iter().map(|rest| format!("{head}{wording}{rest}")));
    }
    Ok(all)
}

/// The part of a phrase such as `what is|what's the point` that reads as if `|` joined
/// wordings: an alternative that is a word of the part before it with a contraction or a
/// hyphenated word added (`what` then `is|what's`, `we` then `are|we're`), or a list of
/// alternatives ending in the first word of a two-word unit (`nobody|no one`). Written this
/// way the phrase matches "what what's the point", never "what's the point".
fn multi_word_alternative(phrase: &str, elements: &[Element]) -> Option<String> {
    // An optional word before (`[that] that's`) leaves the contraction free to match alone.
    let exact = |e: &Element| -> Vec<String> {
        match e {
            Element::Words {
                alternatives,
                optional: false,
                ..
            } => alternatives
                .iter()
                .filter_map(|w| match w {
                    Word::Exact { word, .. } => Some(word.clone()),
                    _ => None,
                })
                .collect(),
            _ => Vec::new(),
        }
    };
    // Two-word units that end a list of alternatives only by mistake: `nobody|no one` is
    // "nobody one" or "no one", `thanks|thank you` "thanks you" or "thank you".
    const UNITS: List = words!(
        "no one|thank you|going on|at all|of course|right now|as well|at least|\
        in fact|each other|on time|in stock|in future|next time|in touch|\
        on hold|in time|for sure|by now|at once|so far|on board|on track|\
        up to|set out|turned up|carried out|found out|held up|signed up|logged in|sent out|\
        called in|picked up|dropped off|sorted out|backed up|shut down|find out"
    );
    let parts: Vec<&str> = phrase.split_whitespace().collect();
    elements
        .windows(2)
        .zip(parts.windows(2))
        .find_map(|(pair, raw)| {
            let before = exact(&pair[0]);
            let after = exact(&pair[1]);
            let suspect = after.iter().any(|alt| {
                before.iter().any(|b| {
                    alt.strip_prefix(b.as_str())
                        .is_some_and(|rest| rest.starts_with(['\'', '-']))
                })
            });
            // "i could|i am going to cry": a word of the part before offered again as an
            // alternative, the start of a second wording.
            let restarts =
                matches!(before.as_slice(), [word] if after.len() > 1 && after.contains(word));
            let split_unit = before.len() > 1
                && matches!((before.last(), after.as_slice()), (Some(last), [next])
                    if packed::text_of(UNITS).split('|').any(|unit| unit.split_once(' ') == Some((last, next))));
            let is_auxiliary =
                |w: &str| among("be been being am is are was were get gets got getting go goes went", w);
            // "is|was|has been" reads "has" as a wording of its own, and "happened|been caused"
            // makes "caused" follow "happened": a perfect split across two parts.
            let split_perfect = before.len() > 1
                && ((before.last().is_some_and(|w| w == "been")
                    && !before.iter().all(|w| is_auxiliary(w)))
                    || (after.as_slice() == ["been"]
                        && before.iter().any(|w| among("has have had", w))
                        && before.iter().any(|w| among("is are was were", w))));
            // "received|were sent" makes "sent" follow "received", and "work|be fixed" makes
            // "fixed" follow "work": a passive or a perfect split across two parts, its
            // auxiliary last among words that are not.
            let split_passive = before.len() > 1
                && before.last().is_some_and(|w| is_auxiliary(w))
                && !before.iter().all(|w| is_auxiliary(w))
                && after.iter().any(|w| is_participle(w));
            // "with you|a customer|a member" and "could|can not|could not" offer a word in
            // both parts, the second wording begun inside the first ("had had" and "that
            // that" are English).
            let shared = before.len() + after.len() > 2
                && before
                    .iter()
                    .any(|w| !among("had that", w) && after.contains(w));
            (suspect || restarts || split_unit || split_perfect || split_passive || shared)
                .then(|| raw.join(" "))
        })
}

/// Skips tokens that carry no words (quotes, emoji) but not punctuation.
fn skip_symbols(tokens: &[Token], mut i: usize, end: usize) -> usize {
    while i < end && tokens[i].kind == TokenKind::Symbol {
        i += 1;
    }
    i
}

/// Tries to match `elements` starting at token `i`; returns the end token index.
fn match_at(elements: &[Element], tokens: &[Token], i: usize, end: usize) -> Option<usize> {
    let Some((element, rest)) = elements.split_first() else {
        return Some(i);
    };
    let at = skip_symbols(tokens, i, end);
    let token = tokens.get(at).filter(|_| at < end);
    let is_word = |t: &Token| matches!(t.kind, TokenKind::Word | TokenKind::Number);
    match element {
        Element::Words {
            alternatives,
            keys,
            inexact,
            optional,
        } => {
            // A key found is checked against its word, so two words sharing a key never
            // match each other.
            let listed = |t: &Token| {
                (keys.contains(&t.key) && alternatives.iter().any(|w| w.matches(t)))
                    || inexact.iter().any(|w| w.matches(t))
            };
            let hit = token
                .filter(|t| is_word(t) && listed(t))
                .and_then(|_| match_at(rest, tokens, at + 1, end));
            if hit.is_some() || !optional {
                hit
            } else {
                match_at(rest, tokens, i, end)
            }
        }
        Element::Number => token
            .filter(|t| t.kind == TokenKind::Number)
            .and_then(|_| match_at(rest, tokens, at + 1, end)),
        Element::AnyWord => token
            .filter(|t| t.kind == TokenKind::Word)
            .and_then(|_| match_at(rest, tokens, at + 1, end)),
        Element::MaybeWord => token
            .filter(|t| t.kind == TokenKind::Word)
            .and_then(|_| match_at(rest, tokens, at + 1, end))
            .or_else(|| match_at(rest, tokens, i, end)),
        Element::Slot(words) => {
            // Matched on the opening bracket(s): `[`, `{`/`{{` or `<`, one word, then the
            // closing bracket(s), each touching the next.
            let open = i;
            let word = (open..end.min(open + 3)).find(|&k| tokens[k].kind != TokenKind::Symbol)?;
            let close_end = word + 1 + (word - open);
            if word == open || close_end > end || !is_slot(tokens, open, word, close_end) {
                return None;
            }
            let wanted = words.is_empty() || words.iter().any(|w| w.matches(&tokens[word]));
            wanted
                .then(|| match_at(rest, tokens, close_end, end))
                .flatten()
        }
        Element::Gap(max) => {
            // Shortest gap first, so "we * soon" binds to the nearest "soon".
            let mut j = i;
            for _ in 0..=*max {
                if let Some(found) = match_at(rest, tokens, j, end) {
                    return Some(found);
                }
                j = skip_symbols(tokens, j, end);
                match tokens.get(j) {
                    Some(t) if j < end && t.kind != TokenKind::Punct => j += 1,
                    _ => return None,
                }
            }
            None
        }
    }
}

/// Whether `tokens[open..word]` are opening brackets, `tokens[word]` a word and
/// `tokens[word + 1..close_end]` the matching closing brackets, all touching.
fn is_slot(tokens: &[Token], open: usize, word: usize, close_end: usize) -> bool {
    let (opening, closing) = (&tokens[open..word], &tokens[word + 1..close_end]);
    let pair = match opening
        .iter()
        .map(|t| t.norm.as_str())
        .collect::<String>()
        .as_str()
    {
        "[" => "]",
        "{" => "}",
        "{{" => "}}",
        "<" => ">",
        _ => return false,
    };
    let touching = tokens[open..close_end]
        .windows(2)
        .all(|w| w[0].end == w[1].start);
    tokens[word].kind == TokenKind::Word
        && closing.iter().map(|t| t.norm.as_str()).collect::<String>() == pair
        && touching
}

#[cfg(test)]
mod tests {
    use super::*;

    fn matched(phrases: &[&str], text: &str) -> Vec<String> {
        let draft = Draft::new(text);
        Phrases::new(phrases)
            .find(&draft)
            .into_iter()
            .map(|m| text[m.start..m.end].to_string())
            .collect()
    }

    #[test]
    fn contractions_match_full_words() {
        assert_eq!(
            matched(
                &["we will get back to you"],
                "Thanks! We’ll get back to you."
            ),
            ["We’ll get back to you"]
        );
        // Written as an agent types them, they would never match: an error says so.
        for phrase in [
            "we can't refund",
            "we can’t refund",
            "we cant refund",
            "we can't|won't refund",
        ] {
            let error = Phrases::try_new(&[phrase]).unwrap_err();
            assert!(
                error.problem.contains("`will not`"),
                "{phrase}: {}",
                error.problem
            );
        }
        // Not a contraction: a string with an apostrophe in it, as a house style may hold.
        assert!(Phrases::try_new(&["url('css'); } body"]).is_ok());
        assert!(Phrases::try_new(&["script window.__pwned = 'script' /script"]).is_ok());
    }

    #[test]
    fn alternatives_optional_and_prefix() {
        let phrases = ["[i|we] apolog* for"];
        assert_eq!(
            matched(&phrases, "We apologise for this."),
            ["We apologise for"]
        );
        assert_eq!(matched(&phrases, "Apologies for this."), ["Apologies for"]);
    }

    #[test]
    fn phrases_starting_with_a_prefix_are_found_by_it() {
        // Indexed by the prefix as well as the whole words beside it.
        let phrases = ["glitch*|delay may occur", "refund*"];
        assert_eq!(
            matched(
                &phrases,
                "Glitches may occur, and a delay may occur. Refunded."
            ),
            ["Glitches may occur", "delay may occur", "Refunded"]
        );
        assert!(matched(&phrases, "A glit may occur; unrefunded 4refunds").is_empty());
    }

    #[test]
    fn gaps_stop_at_commas() {
        let phrases = ["we will * look into"];
        assert_eq!(
            matched(&phrases, "We will certainly look into it"),
            ["We will certainly look into"]
        );
        assert!(matched(&phrases, "We will, later, look into it").is_empty());
    }

    #[test]
    fn numbers_and_no_crossing_sentences() {
        assert_eq!(
            matched(&["within <num> hours"], "Within 24 hours."),
            ["Within 24 hours"]
        );
        assert!(matched(&["get back to you soon"], "We'll get back to you. Soon!").is_empty());
    }

    #[test]
    fn numbers_can_be_alternatives() {
        let phrases = ["in the next <num>|few hours"];
        assert_eq!(matched(&phrases, "In the next 24 hours.").len(), 1);
        assert_eq!(matched(&phrases, "In the next few hours.").len(), 1);
        assert!(matched(&phrases, "In the next many hours.").is_empty());
        // Also as a phrase's first element, which the start-word index must find.
        let phrases = ["<num>|few hours"];
        assert_eq!(
            matched(&phrases, "It takes 24 hours, or a few hours."),
            ["24 hours", "few hours"]
        );
    }

    #[test]
    fn a_phrase_after_a_long_run_of_emoji_matches() {
        // Starts on symbols try only placeholders, so this stays linear in the run.
        let text = format!("{} We'll get back to you soon.", "😀".repeat(50_000));
        assert_eq!(matched(&["get back to you soon"], &text).len(), 1);
        assert_eq!(matched(&["by <slot>"], "😀 by [day] 😀").len(), 1);
    }

    #[test]
    fn slots_can_name_their_words() {
        let phrases = ["at <slot:time*|day*>"];
        assert_eq!(matched(&phrases, "Call at [time].").len(), 1);
        assert_eq!(matched(&phrases, "Call at {{TIME}}.").len(), 1);
        assert!(matched(&phrases, "See you at [NAME].").is_empty());
    }

    #[test]
    fn slots_match_one_word_placeholders() {
        let phrases = ["by <slot>"];
        assert_eq!(matched(&phrases, "I'll call you by [day].").len(), 1);
        assert_eq!(matched(&phrases, "by {{time}} and by <DATE>").len(), 2);
        assert!(matched(&phrases, "by [ day ] or by [option A] or by day").is_empty());
    }

    #[test]
    fn longest_match_wins() {
        let phrases = ["look into", "look into it"];
        assert_eq!(matched(&phrases, "we'll look into it"), ["look into it"]);
    }

    #[test]
    fn malformed_phrases_are_errors_naming_the_phrase() {
        for (phrase, problem) in [
            ("*abc", "a gap is `*` or `*N`"),
            ("*99 days", "a gap is `*` or `*N`"),
            ("per [our policy", "`[` is not closed"),
            ("per our] policy", "brackets only go around a whole part"),
            ("no||worries", "empty alternative"),
            ("|no worries", "empty alternative"),
            ("no <nope>", "unknown"),
            ("a*b", "`*` ends a word"),
            ("[maybe] [perhaps]", "every part is optional"),
            ("* soon", "needs words on both sides"),
            ("soon *2", "needs words on both sides"),
            ("   ", "the phrase is empty"),
            ("what is|what's the point", "`|` joins single words"),
            ("dont|never mind", "reads this contraction as two words"),
            ("nobody|no one cares", "`|` joins single words"),
            ("i could|i am going to cry", "`|` joins single words"),
            ("thanks|thank you for waiting", "`|` joins single words"),
            (
                "as stated|noted|set out in our terms",
                "`|` joins single words",
            ),
            (
                "must have happened|occurred|been caused after",
                "`|` joins single words",
            ),
            ("it is|was|has been fixed", "`|` joins single words"),
            ("emails you received|were sent", "`|` joins single words"),
            (
                "been with you|a customer|a member for years",
                "`|` joins single words",
            ),
            ("you can not|could not even", "`|` joins single words"),
            (
                "it has to come|be shipped from abroad",
                "`|` joins single words",
            ),
            (
                "sent us fewer|less|(too few|not enough)",
                "a group opens at the start",
            ),
        ] {
            let error = Phrases::try_new(&["fine words", phrase]).unwrap_err();
            assert_eq!(error.phrase, phrase);
            assert!(
                error.problem.contains(problem),
                "{phrase}: {}",
                error.problem
            );
            if !phrase.trim().is_empty() {
                assert!(error.to_string().starts_with(&format!("`{phrase}`: ")));
            }
        }
    }

    #[test]
    fn auxiliaries_and_particles_in_their_own_part_compile() {
        // Forms of "be" before "been", passive helpers, and a particle after a list of verbs
        // that all take it are wordings of one part, not split units.
        for phrase in [
            "is|are|was|were|been disabled",
            "was|were|got|been stolen",
            "get|come back",
            "has|have [been] applied",
        ] {
            assert!(Phrases::try_new(&[phrase]).is_ok(), "{phrase}");
        }
    }

    #[test]
    fn a_group_holds_wordings_of_any_length_and_reports_its_phrase() {
        let phrases = [
            "[so] (no one|nobody) cares",
            "(can not|could not) (wait|hold on)",
        ];
        assert_eq!(
            matched(&phrases, "No one cares. Nobody cares! We cannot hold on."),
            ["No one cares", "Nobody cares", "cannot hold on"]
        );
        let compiled = Phrases::new(&phrases);
        let draft = Draft::new("so nobody cares, we can not wait");
        let found: Vec<usize> = compiled.find(&draft).iter().map(|m| m.phrase).collect();
        assert_eq!(
            found,
            [0, 1],
            "a wording's match names the phrase it came from"
        );
        // Brackets that make no group are characters of the phrase, as before groups.
        for phrase in [
            "(no one cares",
            "no one) cares",
            "(nobody) cares",
            "url(a|b) y",
        ] {
            assert!(Phrases::try_new(&[phrase]).is_ok(), "{phrase}");
        }
        let error = Phrases::try_new(&["(a||b) y"]).unwrap_err();
        assert!(error.problem.contains("empty wording"), "{}", error.problem);
        assert_eq!(error.phrase, "(a||b) y");
    }

    #[test]
    fn a_two_word_unit_is_suspect_only_when_it_ends_a_list() {
        // One word before the unit, or the unit's words alone, are as meant.
        for phrase in [
            "no one cares",
            "there is no one",
            "say thank you",
            "what is going on",
        ] {
            assert!(Phrases::try_new(&[phrase]).is_ok(), "{phrase}");
        }
    }

    #[test]
    fn a_contraction_after_an_optional_word_is_a_wording_of_its_own() {
        let phrases = ["hope [that] that's ok"];
        assert_eq!(matched(&phrases, "I hope that's ok"), ["hope that's ok"]);
    }

    #[test]
    #[should_panic(expected = "malformed phrase `[unclosed`")]
    fn a_malformed_phrase_in_the_code_panics_naming_it() {
        Phrases::new(&["[unclosed"]);
    }

    #[test]
    fn an_optional_any_word_matches_one_word_or_none() {
        let phrases = ["no [more] <word> [<word>] left"];
        assert_eq!(
            matched(&phrases, "No blue ones left."),
            ["No blue ones left"]
        );
        assert_eq!(
            matched(&phrases, "No more tickets left."),
            ["No more tickets left"]
        );
        assert!(matched(&phrases, "No left.").is_empty());
    }
}

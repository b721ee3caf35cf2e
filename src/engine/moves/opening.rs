//! Opening: the greeting before a reply's first real sentence, and that sentence, where
//! an acknowledgement or an apology belongs.

use crate::engine::packed::List;
use crate::engine::text::{Draft, TokenKind};
use std::ops::Range;

/// Words that open a reply before its first real sentence: "Hi", "Hello there", "Dear Sam".
pub const GREETINGS: List =
    words!("hi hello hey heya hiya dear greetings howdy morning afternoon evening good");

/// The reply's first real sentence (after `@handles` and a greeting) and the token index
/// where it begins.
pub fn first_sentence(draft: &Draft) -> Option<(Range<usize>, usize)> {
    let at = draft.opening_token(GREETINGS)?;
    let sentence = &draft.sentences[draft.sentence_of(at)?];
    let end = draft.tokens[at..sentence.tokens.end]
        .iter()
        .rev()
        .find(|t| t.kind != TokenKind::Symbol)
        .map_or(sentence.end, |t| t.end);
    Some((draft.tokens[at].start..end.max(draft.tokens[at].end), at))
}

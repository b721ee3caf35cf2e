//! Verb forms the moves share.

use crate::engine::packed::List;
use crate::engine::text::among;

/// Past participles that do not end in "-ed", or are too short to tell by it: "can't be
/// done", "it was sent", "as I told you", "can't be used", "you must have broken the rules".
/// One table, so the refusal and blame readings agree. "Used" and "owed" are regular, but as
/// short as "need". Not "felt" or "meant": "you must have felt let down" sympathises.
const IRREGULAR_PARTICIPLES: List = words!(
    "brought built bought chosen come cut done given gone granted held kept known left \
    let made met paid put read redone refunded run seen sent set shown shut sold split \
    taken thought told undone withdrawn won written found used owed broken forgotten lost \
    spent mistaken misunderstood stolen eaten drunk thrown worn torn frozen hidden driven \
    fallen begun stuck caught dealt understood forgiven shaken hit hurt quit spilt burnt \
    misspelt"
);

/// Whether `word` (lower case) reads as a past participle: "-ed" words longer than "need"
/// or "shed", and the irregular ones.
pub fn is_participle(word: &str) -> bool {
    (word.ends_with("ed") && word.len() > 4) || among(IRREGULAR_PARTICIPLES, word)
}

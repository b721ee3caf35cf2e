//! Moves: what each sentence of a reply *does*, the layer between the text model and the
//! checks. A check is a short reading of the moves: an abrupt refusal is a [`refusal`]
//! with no [`reason`] and no softener; a missing alternative is a refusal and no
//! [`offer`] anywhere; an excuse is a cause and no remedy or next step; a vague promise is
//! a commitment with no [`time`]; a missing acknowledgement is an upset customer and no
//! acknowledgement ([`feeling`]).
//!
//! Each move owns its word classes, one table per concept, built from how English says it
//! (synonyms, inflections, negation, passive and impersonal forms, British and American
//! spelling, the missing apostrophes and lower case of phone typing), with the rationale in
//! its doc comment. Checks import moves, never each other.

pub mod feeling;
pub mod offer;
pub mod opening;
pub mod reason;
pub mod refusal;
pub mod time;
pub mod verb;

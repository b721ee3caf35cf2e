//! Behavioural test suites in the style of CheckList (Ribeiro et al., ACL 2020): for each
//! check, templates times fillers that vary one thing at a time, grouped into capabilities
//! (vocabulary, negation, tense, person, voice, distance, position in a long email, typos,
//! spelling, hard negatives, clean replies). The expected answers follow the labelling guide
//! (`../shared/corpus/LABELS.md`), not what the engine does today: the pass rates measure
//! how far the engine reads the behaviour rather than the phrase.
//!
//! - The pass rate per (check, capability) is written to `docs/behaviour.md`, a golden file:
//!   `TACTFUL_BLESS=1 cargo test --no-default-features --test behaviour` rewrites it.
//! - Each (check, capability) has a floor in [`FLOORS`] (a ratchet: raise it as the engine
//!   improves); a rate under its floor fails the test.
//! - The failing cases are printed, grouped (`-- --nocapture`); `TACTFUL_BEHAVIOUR_ALL=1`
//!   prints all of them instead of the first few per capability.
#![cfg(not(target_arch = "wasm32"))]

mod behaviour {
    pub mod abrupt_refusal;
    pub mod blame;
    pub mod clean;
    pub mod excuse;
    pub mod false_hope;
    pub mod missing_alternative;
    pub mod no_acknowledgment;
    pub mod overpromise;
    pub mod template;
    pub mod vague_promise;
}

use behaviour::template::{Capability, Case};
use std::fmt::Write as _;
use tactful::engine::{self, Config};

/// The minimum pass rate of each (check, capability): the rate the engine reached when the
/// floor was set, rounded down to 0.05. Raise a floor when the engine does better; never
/// lower one without saying why in the commit.
const FLOORS: &[(&str, &str, f64)] = &[
    // FLOORS-BEGIN
    ("vague-promise", "vocabulary", 1.00),
    ("vague-promise", "time words", 1.00),
    ("vague-promise", "person", 1.00),
    ("vague-promise", "tense", 1.00),
    ("vague-promise", "conditional", 1.00),
    ("vague-promise", "concrete time", 1.00),
    ("vague-promise", "purpose clause", 1.00),
    ("vague-promise", "offer", 1.00),
    ("vague-promise", "next-turn help", 1.00),
    ("vague-promise", "done or immediate", 1.00),
    ("vague-promise", "harmless future", 1.00),
    ("vague-promise", "time asked for", 1.00),
    ("vague-promise", "hope", 1.00),
    ("vague-promise", "negation", 1.00),
    ("vague-promise", "typos", 1.00),
    ("vague-promise", "spelling", 1.00),
    ("vague-promise", "another party's help, sent to", 1.00),
    ("vague-promise", "long email", 1.00),
    ("vague-promise", "clean replies", 1.00),
    ("abrupt-refusal", "vocabulary", 1.00),
    ("abrupt-refusal", "rule as a fact", 1.00),
    ("abrupt-refusal", "voice", 1.00),
    ("abrupt-refusal", "tense", 1.00),
    ("abrupt-refusal", "we don't offer", 1.00),
    ("abrupt-refusal", "softener, no reason", 1.00),
    ("abrupt-refusal", "reason, no softener", 1.00),
    ("abrupt-refusal", "reason and softener", 1.00),
    ("abrupt-refusal", "distance", 1.00),
    ("abrupt-refusal", "harmless negation", 1.00),
    ("abrupt-refusal", "factual negatives", 1.00),
    ("abrupt-refusal", "a rule about older things", 1.00),
    ("abrupt-refusal", "no info yet", 1.00),
    ("abrupt-refusal", "concession", 1.00),
    ("abrupt-refusal", "reason with a noun subject", 1.00),
    ("abrupt-refusal", "do, take, make", 1.00),
    ("abrupt-refusal", "do, take, make, harmless", 1.00),
    ("abrupt-refusal", "the customer's own verb", 1.00),
    ("abrupt-refusal", "the customer's own verb, harmless", 1.00),
    ("abrupt-refusal", "a yes with its conditions", 1.00),
    ("abrupt-refusal", "limits on who it applies to", 1.00),
    ("abrupt-refusal", "a no told ahead", 1.00),
    ("abrupt-refusal", "typos", 1.00),
    ("abrupt-refusal", "spelling", 1.00),
    ("abrupt-refusal", "the threshold or the hour as the rule", 1.00),
    ("abrupt-refusal", "only for some: the condition is the reason", 1.00),
    ("abrupt-refusal", "the minimum as the rule, or met", 1.00),
    ("abrupt-refusal", "long email", 1.00),
    ("abrupt-refusal", "clean replies", 1.00),
    ("missing-alternative", "vocabulary", 1.00),
    ("missing-alternative", "rule as a fact", 1.00),
    ("missing-alternative", "alternative kinds", 1.00),
    ("missing-alternative", "somewhere else", 1.00),
    ("missing-alternative", "distance", 1.00),
    ("missing-alternative", "softened fact", 1.00),
    ("missing-alternative", "regret, then the reason", 1.00),
    ("missing-alternative", "unusual alternatives", 1.00),
    ("missing-alternative", "terms as a fact", 1.00),
    ("missing-alternative", "not yet, or on a condition", 1.00),
    ("missing-alternative", "policy link", 1.00),
    ("missing-alternative", "person and voice", 1.00),
    ("missing-alternative", "typos", 1.00),
    ("missing-alternative", "non-refusal", 1.00),
    ("missing-alternative", "long email", 1.00),
    ("missing-alternative", "clean replies", 1.00),
    ("blame", "as I said", 1.00),
    ("blame", "lecture", 1.00),
    ("blame", "fault on the customer", 1.00),
    ("blame", "doubting the account", 1.00),
    ("blame", "defending our side", 1.00),
    ("blame", "tone", 1.00),
    ("blame", "policy wall", 1.00),
    ("blame", "confused customer", 1.00),
    ("blame", "troubleshooting", 1.00),
    ("blame", "another party", 1.00),
    ("blame", "harmless you-should", 1.00),
    ("blame", "typos", 1.00),
    ("blame", "the staff's word, a status defined, a miss supposed", 1.00),
    ("blame", "what they must have done, in any verb", 1.00),
    ("blame", "long email", 1.00),
    ("blame", "clean replies", 1.00),
    ("false-hope", "vocabulary", 1.00),
    ("false-hope", "hope to", 1.00),
    ("false-hope", "modal hedge", 1.00),
    ("false-hope", "try if possible", 1.00),
    ("false-hope", "softening a no", 1.00),
    ("false-hope", "person", 1.00),
    ("false-hope", "troubleshooting hedge", 1.00),
    ("false-hope", "descriptive modals", 1.00),
    ("false-hope", "wishes", 1.00),
    ("false-hope", "concrete date", 1.00),
    ("false-hope", "promise, not hope", 1.00),
    ("false-hope", "typos", 1.00),
    ("false-hope", "long email", 1.00),
    ("false-hope", "clean replies", 1.00),
    ("excuse", "causes", 1.00),
    ("excuse", "another party", 1.00),
    ("excuse", "rare cases", 1.00),
    ("excuse", "cause by its effect", 1.00),
    ("excuse", "remedy in its own clause", 1.00),
    ("excuse", "processing time", 1.00),
    ("excuse", "tense", 1.00),
    ("excuse", "voice", 1.00),
    ("excuse", "cause and remedy", 1.00),
    ("excuse", "distance", 1.00),
    ("excuse", "problem denied", 1.00),
    ("excuse", "fix told as a fact", 1.00),
    ("excuse", "remedy done, then the wait", 1.00),
    ("excuse", "already put right", 1.00),
    ("excuse", "another place has it", 1.00),
    ("excuse", "who does what, asked", 1.00),
    ("excuse", "harmless because", 1.00),
    ("excuse", "spelling", 1.00),
    ("excuse", "typos", 1.00),
    ("excuse", "what it means, asked", 1.00),
    ("excuse", "a disruption's kind of reason", 1.00),
    ("excuse", "long email", 1.00),
    ("excuse", "clean replies", 1.00),
    ("overpromise", "never again", 1.00),
    ("overpromise", "absolute claims", 0.90),
    ("overpromise", "third party", 1.00),
    ("overpromise", "sort it before known", 1.00),
    ("overpromise", "hedged", 1.00),
    ("overpromise", "in control", 1.00),
    ("overpromise", "real guarantee", 1.00),
    ("overpromise", "availability", 1.00),
    ("overpromise", "tense and hedge", 1.00),
    ("overpromise", "typos", 1.00),
    ("overpromise", "spelling", 1.00),
    ("overpromise", "a decision told as made, safe whatever happens", 1.00),
    ("overpromise", "long email", 1.00),
    ("overpromise", "clean replies", 1.00),
    ("no-acknowledgment", "upset signals", 1.00),
    ("no-acknowledgment", "bare replies", 1.00),
    ("no-acknowledgment", "acknowledgement", 1.00),
    ("no-acknowledgment", "naming the problem", 1.00),
    ("no-acknowledgment", "ack distance", 1.00),
    ("no-acknowledgment", "calm customer", 1.00),
    ("no-acknowledgment", "impatient, not upset", 1.00),
    ("no-acknowledgment", "strong words used harmlessly", 1.00),
    ("no-acknowledgment", "exasperated questions", 1.00),
    ("no-acknowledgment", "ignored and out of patience", 1.00),
    ("no-acknowledgment", "sarcasm and complaint", 1.00),
    ("no-acknowledgment", "told in passing", 1.00),
    ("no-acknowledgment", "told in passing, calm", 1.00),
    ("no-acknowledgment", "chasing and nothing works", 1.00),
    ("no-acknowledgment", "sarcastic praise", 1.00),
    (
        "no-acknowledgment",
        "disappointment, threats and distress",
        1.00,
    ),
    ("no-acknowledgment", "disappointment words, calm", 1.00),
    ("no-acknowledgment", "harm done and promises broken", 1.00),
    ("no-acknowledgment", "pointed asides", 1.00),
    ("no-acknowledgment", "pointed asides, calm", 1.00),
    ("no-acknowledgment", "complaints told plainly", 1.00),
    ("no-acknowledgment", "complaints told plainly, calm", 1.00),
    ("no-acknowledgment", "harm words, calm", 1.00),
    ("no-acknowledgment", "upset in other Englishes", 1.00),
    ("no-acknowledgment", "other Englishes, calm", 1.00),
    ("no-acknowledgment", "praise and tags, calm", 1.00),
    ("no-acknowledgment", "pointed words, calm", 1.00),
    ("no-acknowledgment", "trigger words, calm", 1.00),
    ("no-acknowledgment", "owning it", 1.00),
    ("no-acknowledgment", "no customer", 1.00),
    ("no-acknowledgment", "typos in the customer", 1.00),
    ("no-acknowledgment", "typos in the ack", 1.00),
    ("no-acknowledgment", "an apology refused, anyone still there", 1.00),
    ("no-acknowledgment", "the same script again, common sense wanted", 1.00),
    ("no-acknowledgment", "ignored in other words, the tries counted, a promise broken", 1.00),
    ("no-acknowledgment", "a sneer, sent round in circles, killed by it", 1.00),
    ("no-acknowledgment", "worn out, messed up, insulted, their word denied", 1.00),
    ("no-acknowledgment", "dry praise of the service, a company this big", 1.00),
    ("no-acknowledgment", "a slap in the face, the same again, the date as a reproach", 1.00),
    (
        "no-acknowledgment",
        "a groan shared, anyone would mind, not what they signed up for",
        1.00,
    ),
    ("no-acknowledgment", "long email", 1.00),
    ("no-acknowledgment", "clean replies", 1.00),
    ("vague-promise", "a crew sent, money got back", 1.00),
    ("abrupt-refusal", "not part of the offer", 1.00),
    ("missing-alternative", "out of the area", 1.00),
    ("blame", "precaution in hindsight", 1.00),
    ("blame", "routine or record against their report", 1.00),
    ("excuse", "other causes named", 1.00),
    ("overpromise", "certainty in other words", 1.00),
    ("no-acknowledgment", "a theft reported", 1.00),
    ("blame", "the record or the usual slip against them", 1.00),
    ("excuse", "failures and hold-ups named", 1.00),
    ("overpromise", "never to anyone else, no doubt", 1.00),
    ("no-acknowledgment", "leaving for a proper one", 1.00),
    (
        "blame",
        "the charge upheld, the letter quoted, the sale between others",
        1.00,
    ),
    ("blame", "language named, not judged", 1.00),
    ("excuse", "causes in other words", 1.00),
    ("excuse", "a plain question answered", 1.00),
    (
        "no-acknowledgment",
        "a rhetorical verdict, loyalty invoked",
        1.00,
    ),
    ("false-hope", "news that may come", 1.00),
    ("abrupt-refusal", "planned, no date yet", 1.00),
    ("vague-promise", "action taken, someday", 1.00),
    ("abrupt-refusal", "told, not refused", 1.00),
    ("excuse", "help on its way, or only the failure told", 1.00),
    ("overpromise", "whatever it takes, nobody ever", 1.00),
    ("blame", "the odds against their report", 1.00),
    ("abrupt-refusal", "a no explained once, said again", 1.00),
    ("missing-alternative", "an offer run out", 1.00),
    ("vague-promise", "a clock time given", 1.00),
    (
        "blame",
        "help held back for tone, terms set out, next time's charge",
        1.00,
    ),
    ("excuse", "hold-ups, batches, what damage means", 1.00),
    ("false-hope", "no promises", 1.00),
    ("overpromise", "every item back", 1.00),
    ("missing-alternative", "nos in other words", 1.00),
    ("excuse", "a hoped-for fix", 1.00),
    ("abrupt-refusal", "where news appears, a label quoted", 1.00),
    ("blame", "civility asked, the report dismissed", 1.00),
    ("excuse", "what got in the way, in passing", 1.00),
    ("overpromise", "so it doesn't happen again", 1.00),
    ("missing-alternative", "a block on payments", 1.00),
    ("no-acknowledgment", "a scam company, lying still", 1.00),
    ("false-hope", "the driver may still come", 1.00),
    ("abrupt-refusal", "protected, told of, warrantied", 1.00),
    ("missing-alternative", "the nearest, happy to fit", 1.00),
    (
        "blame",
        "checked before it left, so it happened after",
        1.00,
    ),
    ("overpromise", "works every time", 1.00),
    ("vague-promise", "an ETA of", 1.00),
    ("no-acknowledgment", "a groan with company", 1.00),
    ("blame", "their side, their contract, their care", 1.00),
    ("excuse", "another party's part, what can happen", 1.00),
    ("false-hope", "might, could well, may quieten", 1.00),
    (
        "missing-alternative",
        "a minimum, a retirement, what still works",
        1.00,
    ),
    ("abrupt-refusal", "a time the rule holds to", 1.00),
    ("abrupt-refusal", "rules, limits and nos said back", 1.00),
    (
        "overpromise",
        "tracked down, unlocked, never again in other words",
        1.00,
    ),
    ("vague-promise", "repaired, unlocked, someday", 1.00),
    (
        "no-acknowledgment",
        "paying for what, the thanks I get, celebrated",
        1.00,
    ),
    ("no-acknowledgment", "praise shouted", 1.00),
    ("no-acknowledgment", "good news shouted", 1.00),
    (
        "no-acknowledgment",
        "left out, left uninformed, typed in a hurry",
        1.00,
    ),
    ("no-acknowledgment", "sarcasm, echoes and jabs", 1.00),
    (
        "no-acknowledgment",
        "feelings known, frights over, firm asks",
        1.00,
    ),
    ("missing-alternative", "nos paraphrased", 1.00),
    ("blame", "sent back to check, covered before", 1.00),
    ("excuse", "volume, queues, who set it", 1.00),
    ("overpromise", "outcomes promised in other words", 1.00),
    ("overpromise", "certainty without guarantee words", 1.00),
    ("false-hope", "may be possible", 1.00),
    ("vague-promise", "credited someday", 1.00),
    ("excuse", "weather, shortfalls, lead times", 1.00),
    ("blame", "their settings, our routine, section 7", 1.00),
    ("overpromise", "certain in fresh words", 1.00),
    (
        "abrupt-refusal",
        "not payable, not permitted, the decision stands",
        1.00,
    ),
    (
        "abrupt-refusal",
        "keeping out of it, only accepted, declined",
        1.00,
    ),
    ("excuse", "vacancies, back orders, budgets, customs", 1.00),
    ("blame", "on you, actually read, expected to", 1.00),
    ("overpromise", "take it from me, impossible to hack", 1.00),
    (
        "false-hope",
        "places may free up, maybe in a future update",
        1.00,
    ),
    (
        "vague-promise",
        "work going on, with where to follow it",
        1.00,
    ),
    (
        "abrupt-refusal",
        "a reason before the no, a charge's time",
        1.00,
    ),
    (
        "blame",
        "all the steps, our agent said, the customer's side",
        1.00,
    ),
    ("excuse", "demand, load, someone's approval", 1.00),
    ("overpromise", "never again far off, in no time", 1.00),
    ("false-hope", "the store might get more", 1.00),
    (
        "abrupt-refusal",
        "what a tip is for, where to find it",
        1.00,
    ),
    (
        "vague-promise",
        "an estimate given, updates posted at",
        1.00,
    ),
    ("excuse", "the fix after a semicolon", 1.00),
    (
        "blame",
        "reminded, read it properly, down to your network",
        1.00,
    ),
    (
        "excuse",
        "which is why, online at once, handled by the agent",
        1.00,
    ),
    (
        "overpromise",
        "make sure it's on your doorstep, could never be lost",
        1.00,
    ),
    ("abrupt-refusal", "no, we don't", 1.00),
    ("no-acknowledgment", "that's no good", 1.00),
    (
        "overpromise",
        "never counterfeit, will definitely have, every future order",
        1.00,
    ),
    ("blame", "each month, per the agreement, the trip log", 1.00),
    ("excuse", "held to let others through, a fiber cut", 1.00),
    (
        "blame",
        "from your end, highly unlikely, you'd have seen",
        1.00,
    ),
    (
        "excuse",
        "at the bank's end, limited availability, an update's bug",
        1.00,
    ),
    (
        "overpromise",
        "personally resolved, defect-free, no more outages",
        1.00,
    ),
    ("false-hope", "hopefully it turns up", 1.00),
    ("abrupt-refusal", "you can't, in their own verb", 1.00),
    ("vague-promise", "revert, ping, take it up, seen to", 1.00),
    ("overpromise", "a promise that reassures", 1.00),
    (
        "abrupt-refusal",
        "that's no way to, after the 24-hour window",
        1.00,
    ),
    (
        "false-hope",
        "should, with a fallback or a time just given",
        1.00,
    ),
    ("overpromise", "we promise it's not haunted", 1.00),
    (
        "no-acknowledgment",
        "silence counted, a count said word by word, thanks for the harm",
        1.00,
    ),
    (
        "abrupt-refusal",
        "do you price match, purchases are final",
        1.00,
    ),
    ("blame", "did you check before ordering", 1.00),
    ("overpromise", "where a thing will be, for certain", 1.00),
    ("excuse", "dealing with a really high volume", 1.00),
    ("missing-alternative", "another way told as a fact", 1.00),
    (
        "no-acknowledgment",
        "verdicts, scare quotes, shaken, losing money",
        1.00,
    ),
    (
        "no-acknowledgment",
        "what is at stake, and looking forward",
        1.00,
    ),
    (
        "vague-promise",
        "get it done by someone, ask a supervisor",
        1.00,
    ),
    ("no-acknowledgment", "feelings shared and named", 1.00),
    (
        "abrupt-refusal",
        "can't rule out, as most of, no discount",
        1.00,
    ),
    (
        "excuse",
        "another party's doing: sends us, held by, rather than us",
        1.00,
    ),
    (
        "no-acknowledgment",
        "a con, a transfer on hold, hello anyone there",
        1.00,
    ),
    (
        "no-acknowledgment",
        "disappointment, threats, escalation, sarcasm of 2017",
        1.00,
    ),
    (
        "no-acknowledgment",
        "dry and understated, typed in lower case",
        1.00,
    ),
    ("no-acknowledgment", "digs, slang and hashtag demands", 1.00),
    (
        "no-acknowledgment",
        "sarcasm that is never praise, and jokes that are never upset",
        1.00,
    ),
    (
        "no-acknowledgment",
        "let down, dry openers, what is at stake in a family",
        1.00,
    ),
    (
        "missing-alternative",
        "another way, in the words of a fact, a tip or someone else",
        1.00,
    ),
    (
        "abrupt-refusal",
        "the channel is a reason only beside the no",
        1.00,
    ),
    (
        "vague-promise",
        "a response in due course, up to sort it, resolving it",
        1.00,
    ),
    ("no-acknowledgment", "many industries, many voices", 1.00),
    (
        "excuse",
        "another party's own trouble, a system that failed to pass it on, what it held up",
        1.00,
    ),
    (
        "blame",
        "sarcasm remarked on, 'first we've heard', a clause number, a service's name read out",
        1.00,
    ),
    (
        "false-hope",
        "what is owed, hoped for; luck; a chance still there",
        1.00,
    ),
    (
        "overpromise",
        "the weather, a connection and a seat told as certain",
        1.00,
    ),
    (
        "abrupt-refusal",
        "protection and data protection are not a no",
        1.00,
    ),
    (
        "abrupt-refusal",
        "a rule said as a plain fact, a no said to a name",
        1.00,
    ),
    (
        "missing-alternative",
        "a reasoned, softened no after \"so\", and a no that names the remedy",
        1.00,
    ),
    (
        "abrupt-refusal",
        "more rules said as facts: a channel, a closure, a ban, what does not carry over",
        1.00,
    ),
    (
        "missing-alternative",
        "gone for this season, changes that can't be undone, an age limit, a paused service",
        1.00,
    ),
    (
        "vague-promise",
        "getting to it, having a team go through it, sharing details, a refund being processed",
        1.00,
    ),
    (
        "no-acknowledgment",
        "verdicts, threats and what hangs on it, in 2019-20 threads",
        1.00,
    ),
    (
        "excuse",
        "an apology closed before the cause, a signalling issue, staff stretched thin",
        1.00,
    ),
    ("false-hope", "being on the move again, hoped for", 1.00),
    (
        "excuse",
        "filters tightened, spikes, burst mains, demand over forecast, no time to transfer",
        1.00,
    ),
    (
        "blame",
        "their care, their device, their account held against them",
        1.00,
    ),
    (
        "overpromise",
        "never again as 'can't happen', lag eliminated, a connection made easily",
        1.00,
    ),
    (
        "false-hope",
        "the first of many is a welcome, not a hope",
        1.00,
    ),
    (
        "no-acknowledgment",
        "2017 tweets: rhetorical checks, ruined days, demands word by word; moved and joking fans",
        1.00,
    ),
    (
        "abrupt-refusal",
        "an age, a format, a payout and a date as the rule; 'Not at this time.'",
        1.00,
    ),
    (
        "missing-alternative",
        "a reason closed by a comma before the no; another till that can do it",
        1.00,
    ),
    (
        "blame",
        "no record, checking before getting in touch, talk to us respectfully",
        1.00,
    ),
    (
        "abrupt-refusal",
        "another's limit or their own fare as the reason",
        1.00,
    ),
    (
        "abrupt-refusal",
        "news that would be announced, notice if it changes, a setting turned off, a fee that stands",
        1.00,
    ),
    (
        "excuse",
        "the fix on its way clears a cause; rain that meant more orders than drivers does not",
        1.00,
    ),
    (
        "blame",
        "the call, the email and the tariff held up to them",
        1.00,
    ),
    ("excuse", "a part awaited, a road closure, driver shortages", 1.00),
    ("missing-alternative", "retired from the menu", 1.00),
    (
        "abrupt-refusal",
        "a rule said as what normally happens, with a way to ask",
        1.00,
    ),
    (
        "excuse",
        "a busy time, a party's timing, hardware that can't keep up, an outage told",
        1.00,
    ),
    (
        "abrupt-refusal",
        "a decision said for the future, a guarantee held back, another's limit, a thing's own limit",
        1.00,
    ),
    (
        "blame",
        "what to read first, a warning put as a rule, notice held up, capitals remarked on",
        1.00,
    ),
    ("false-hope", "seeing what we can do, finished before long", 1.00),
    ("overpromise", "an outcome at any cost, a journey's end promised", 1.00),
    (
        "vague-promise",
        "the team heard from, the right one sent out, an update made sure of",
        1.00,
    ),
    (
        "no-acknowledgment",
        "panic, cheap rubbish, loyalty scorned, scams asked after, irony faces; a problem told as recurring",
        1.00,
    ),
    (
        "missing-alternative",
        "what they still get, the model that has it, where the news will be",
        1.00,
    ),
    ("abrupt-refusal", "what else there is, said after the no", 1.00),
    ("excuse", "another's trouble going on, backlogs, behind on orders, not in time, their end", 1.00),
    ("false-hope", "luck, odds, more released, the last of it", 1.00),
    ("overpromise", "a perfect day promised, no chance of trouble, certain to go through", 1.00),
    ("blame", "terms asked after, terms broken, doubt, checks put back on them, staffing defended", 1.00),
    ("missing-alternative", "non-refundable with the rules linked, only some allowed, gone for now", 1.00),
    ("no-acknowledgment", "no answer yet is impatience; hearing them out acknowledges", 1.00),
    ("blame", "keep it respectful, someone else on the account", 1.00),
    ("excuse", "hit by another's issue, more riders than drivers", 1.00),
    ("false-hope", "plans that might be revisited; a time told just before", 1.00),
    ("overpromise", "every fault fixed by one update", 1.00),
    ("missing-alternative", "word of it on its way, news followed", 1.00),
    ("abrupt-refusal", "rules worded as scope, a setting of theirs, news followed, another's side", 1.00),
    ("missing-alternative", "a report route, a team that can talk it through", 1.00),
    ("no-acknowledgment", "people tried, limits asked about, a joke at themselves", 1.00),
    ("vague-promise", "a promise run on into a question", 1.00),
    ("excuse", "put right already or while they speak; a cause that can cause, a party's deal", 1.00),
    ("overpromise", "don't worry, you'll make it", 1.00),
    ("no-acknowledgment", "a delay named as wrong", 1.00),
    ("blame", "you'll need to check, in future", 1.00),
    ("missing-alternative", "a remedy word inside the reason", 1.00),
    ("abrupt-refusal", "nothing planned, not coming, not something we accept", 1.00),
    ("excuse", "stretched thin, a delay days add, an issue told as there", 1.00),
    ("blame", "records of nothing done, discretion, routine checks", 1.00),
    ("false-hope", "seats that may still be there; the sun wished for", 1.00),
    ("overpromise", "fully staffed from now on", 1.00),
    ("no-acknowledgment", "laughed off; inhumane, patronising, done, leaving, a job at stake", 1.00),
    ("abrupt-refusal", "another party's inability, a journey's failure, a decision after its reason", 1.00),
    ("abrupt-refusal", "full so not possible, a protective purpose, news pointed to as 'it'", 1.00),
    ("vague-promise", "work told with hopefully", 1.00),
    ("no-acknowledgment", "promises broken, paying for nothing, told again and again", 1.00),
    ("missing-alternative", "ways said without a subject, or by what they do", 1.00),
    ("abrupt-refusal", "not yet, with where it will be announced", 1.00),
    ("blame", "no note of it, nobody home, a clause number, said in chat", 1.00),
    ("abrupt-refusal", "stopped, not reserved, not at the moment", 1.00),
    ("excuse", "a van late, a link relied on, what can hold it up", 1.00),
    ("overpromise", "safety nobody can promise", 1.00),
    ("abrupt-refusal", "what the ticket cannot be, not backdated, for holders only", 1.00),
    ("abrupt-refusal", "news not there yet, pointed to in more ways", 1.00),
    ("missing-alternative", "another that would do, a programme ended", 1.00),
    ("excuse", "a partner's feed down, a service that varies", 1.00),
    ("overpromise", "fixed completely, by someone else", 1.00),
    ("no-acknowledgment", "praise said twice, greed, the law, money wasted; wins and treats missed", 1.00),
    ("vague-promise", "whose clause, and another thing besides", 1.00),
    ("no-acknowledgment", "thanks as a sign-off", 1.00),
    ("no-acknowledgment", "praise words that are not praise", 1.00),
    ("blame", "worth checking first, question marks remarked on, the seller's problem, the steps sent", 1.00),
    ("excuse", "stretched thin, running slow, a deal ended, another's work", 1.00),
    ("false-hope", "never say never, getting through, a wish for them", 1.00),
    ("overpromise", "arrival, catching up, never again, finished for sure", 1.00),
    ("abrupt-refusal", "2017 brand nos: only here, none coming, no such option, said back", 1.00),
    ("missing-alternative", "what we do do", 1.00),
    ("abrupt-refusal", "something closed, a need explained, the first place it shows", 1.00),
    ("excuse", "a cause with when it is expected", 1.00),
    ("overpromise", "advice so it doesn't happen again", 1.00),
    ("no-acknowledgment", "awkward, tricky, irritating", 1.00),
    ("no-acknowledgment", "nobody doing or knowing anything, sarcasm at a promise, made to wait more", 1.00),
    ("blame", "we did reply, at no point, the website states", 1.00),
    ("excuse", "held up at another's, charges passed on", 1.00),
    ("false-hope", "any day now", 1.00),
    ("overpromise", "proof against anything, another's staffing", 1.00),
    ("missing-alternative", "another shop open as normal, walk-in", 1.00),
    ("abrupt-refusal", "footage not released, not confirmed with where to look", 1.00),
    ("no-acknowledgment", "polite on the surface, upset underneath", 1.00),
    ("abrupt-refusal", "a symptom explained, declined by the bank, news where it goes out", 1.00),
    ("missing-alternative", "another team, in the passive", 1.00),
    ("false-hope", "might still come one day", 1.00),
    ("overpromise", "always safe, the lost thing back", 1.00),
    ("blame", "did you look there first", 1.00),
    ("false-hope", "hope with a few days, may still make it, they'll try", 1.00),
    ("blame", "like we advised, shown at booking, the fare rules", 1.00),
    ("excuse", "rights not held, an incident, sold out in between", 1.00),
    ("overpromise", "another's repair, certain", 1.00),
    ("missing-alternative", "what we now do", 1.00),
    ("abrupt-refusal", "news that lands, closed to follow the rules", 1.00),
    ("missing-alternative", "where the replay goes up", 1.00),
    ("excuse", "streams that buffer when busy", 1.00),
    ("blame", "we'd always advise, consistent with being dropped", 1.00),
    ("false-hope", "an estimate without its unit", 1.00),
    ("abrupt-refusal", "only ours is compatible, taken off the menu, notes that go up", 1.00),
    ("missing-alternative", "what can still be kept", 1.00),
    ("excuse", "what busy times cause, what a system does now and then", 1.00),
    ("false-hope", "there may be, down the line", 1.00),
    ("overpromise", "another's next patch, certain", 1.00),
    ("blame", "set out in, the info we sent, trained to, double-check before", 1.00),
    ("no-acknowledgment", "insults, accusations, not being heard, shouting, angry hashtags", 1.00),
    ("no-acknowledgment", "understood, a crazy situation, no fun, taken seriously", 1.00),
    ("vague-promise", "effort said with the work", 1.00),
    ("excuse", "a cover or an instruction after the cause", 1.00),
    ("missing-alternative", "others welcome to another way", 1.00),
    ("blame", "names called back, the case said to stand", 1.00),
    ("vague-promise", "a time in the apology", 1.00),
    ("no-acknowledgment", "stealing, unethical, not renewing, harm and fear", 1.00),
    ("blame", "the use of that language", 1.00),
    ("false-hope", "a way to try, with its step", 1.00),
    ("excuse", "the customer's device having the issue", 1.00),
    ("no-acknowledgment", "love in any colour", 1.00),
    ("no-acknowledgment", "exasperation said outright, groans, crying at a failure", 1.00),
    ("excuse", "a change or a shop's fault, explained and left", 1.00),
    ("blame", "bound by rules, quality disclaimed, the charter linked", 1.00),
    ("overpromise", "help assured, no outcome", 1.00),
    ("no-acknowledgment", "it should not be happening", 1.00),
    ("vague-promise", "work in general, work on their case", 1.00),
    ("vague-promise", "work going on, no date said plainly", 1.00),
    ("no-acknowledgment", "excuses refused, pleas to stop, fed up, nobody able", 1.00),
    ("false-hope", "an offer's own hedge", 1.00),
    ("no-acknowledgment", "let's get it fixed", 1.00),
    ("blame", "disbelief shared, help offered for later", 1.00),
    ("no-acknowledgment", "agreeing with them", 1.00),
    ("vague-promise", "a habit, not a promise", 1.00),
    ("missing-alternative", "who can help, and how to reach them", 1.00),
    ("abrupt-refusal", "an offer declined with a bare no thanks", 1.00),
    ("missing-alternative", "an offer declined", 1.00),
    ("no-acknowledgment", "distrust, sarcastic questions, the same bug again", 1.00),
    ("abrupt-refusal", "not ours to give, no way, no longer", 1.00),
    ("blame", "insisting they were told", 1.00),
    ("excuse", "what the other party has not done yet", 1.00),
    ("vague-promise", "leave it with us", 1.00),
    ("excuse", "more reading is no step", 1.00),
    ("abrupt-refusal", "the customer as the one who cannot", 1.00),
    ("missing-alternative", "more reading is no other way", 1.00),
    ("vague-promise", "someone else set to it", 1.00),
    ("no-acknowledgment", "the wait named, the feeling owned", 1.00),
    ("overpromise", "certain of what the day will bring", 1.00),
    ("blame", "what they would have known, the wait minimised, calm asked for", 1.00),
    ("excuse", "rail and road causes told flatly", 1.00),
    ("no-acknowledgment", "on hold, the same fault again, money lost, a manager asked for", 1.00),
    ("abrupt-refusal", "this desk's own view as the reason", 1.00),
    ("missing-alternative", "a polite request is a next step", 1.00),
    ("false-hope", "we'll see, after asking", 1.00),
    ("missing-alternative", "the way before a but", 1.00),
    ("no-acknowledgment", "an account taken, exasperation to the sky, a deadline hanging", 1.00),
    ("no-acknowledgment", "leaving, said as resigned", 1.00),
    ("excuse", "help for anything else is no step", 1.00),
    ("missing-alternative", "help for anything else is no other way", 1.00),
    ("excuse", "busy or full, told as the cause", 1.00),
    ("vague-promise", "our best toward an outcome", 1.00),
    ("no-acknowledgment", "how much it matters, named", 1.00),
    ("no-acknowledgment", "exasperation in passing", 1.00),
    ("no-acknowledgment", "an error message quoted, a plan to try again, a strong word denied", 1.00),
    ("no-acknowledgment", "worn down, shamed, cheated", 1.00),
    ("abrupt-refusal", "this channel, said with a bare here", 1.00),
    ("excuse", "feedback passed on is no step", 1.00),
    ("excuse", "what availability decides, told to someone asking", 1.00),
    ("vague-promise", "feedback passed on to be reviewed", 1.00),
    ("false-hope", "a state to check, with what to do if the tip fails", 1.00),
    ("false-hope", "always looking, after a no or not", 1.00),
    ("vague-promise", "told when the thing itself comes", 1.00),
    ("no-acknowledgment", "name-calling, a fraud verdict, disbelief", 1.00),
    ("abrupt-refusal", "only, after where", 1.00),
    ("excuse", "a question asked first, then a plea", 1.00),
    ("no-acknowledgment", "praise let to trail off", 1.00),
    ("excuse", "the cause given as the answer", 1.00),
    ("blame", "what we see, set against their word", 1.00),
    ("no-acknowledgment", "applause in sarcasm, a regulator named, a scam typed fast", 1.00),
    ("abrupt-refusal", "the channel's nature as the reason", 1.00),
    ("no-acknowledgment", "accused of idling, cheating, ignoring; a promise mocked", 1.00),
    ("no-acknowledgment", "dismay in a word, a hope shared, a verdict hedged", 1.00),
    ("no-acknowledgment", "the fault owned, their view granted, in other words", 1.00),
    ("missing-alternative", "the last word on it", 1.00),
    ("overpromise", "sorted before the form is back", 1.00),
    ("no-acknowledgment", "not what we want, said plainly", 1.00),
    ("no-acknowledgment", "below the standard, the wait named", 1.00),
    ("no-acknowledgment", "a scam asked about, a slip of their own sworn at", 1.00),
    ("excuse", "another party or team named as the way forward", 1.00),
    ("no-acknowledgment", "leaving by deleting the app, asked with an edge", 1.00),
    ("no-acknowledgment", "sympathy for the staff", 1.00),
    ("abrupt-refusal", "no news yet, with a hope of it or a word that we'll tell them", 1.00),
    ("no-acknowledgment", "a strong word denied, imagined or played down", 1.00),
    ("blame", "their words judged", 1.00),
    ("overpromise", "a smooth outcome made sure of", 1.00),
    ("missing-alternative", "a way said with a lead-in, or a yes after a time", 1.00),
    ("excuse", "the trouble apologised for, caused by the problem itself", 1.00),
    ("no-acknowledgment", "the police or the top of the company threatened, an edge in a question", 1.00),
    ("false-hope", "a wish to a customer who only thanks", 1.00),
    ("vague-promise", "contact to wait for, with no time", 1.00),
    ("excuse", "another party's say, without an article or as the source", 1.00),
    ("no-acknowledgment", "taken for fools, called cheats, a customer lost", 1.00),
    ("no-acknowledgment", "a joke, a lie, mockery, a warning to others", 1.00),
    ("abrupt-refusal", "not understood is no refusal", 1.00),
    ("overpromise", "effort promised, not an outcome", 1.00),
    ("excuse", "the reason asked for, with a contraction", 1.00),
    ("no-acknowledgment", "angry words about other people", 1.00),
    ("missing-alternative", "advice, however firmly put", 1.00),
    ("blame", "told again, or told it was sent", 1.00),
    ("overpromise", "sure in the agent's mind", 1.00),
    ("vague-promise", "the case worked on, in the passive", 1.00),
    ("no-acknowledgment", "a groan at their own slip, an error quoted, praise in quotes", 1.00),
    ("no-acknowledgment", "a verdict for now, left alone, a loyal player let down", 1.00),
    ("missing-alternative", "a way offered as a question, a fit, or someone who may help", 1.00),
    ("no-acknowledgment", "excuses refused ahead, the answer to go public", 1.00),
    ("excuse", "a mishap along the way", 1.00),
    ("abrupt-refusal", "a habit and its when, a way that handles it, a service not done", 1.00),
    ("missing-alternative", "no news, and where it will be announced", 1.00),
    ("false-hope", "no promises, beside something done", 1.00),
    ("excuse", "the cause first, then \", so\" what went wrong", 1.00),
    ("no-acknowledgment", "no good, said of their trouble", 1.00),
    ("vague-promise", "someone assigned", 1.00),
    ("blame", "the terms pointed to without \"as\", what they accepted, every page", 1.00),
    ("blame", "a failure told as what did not happen", 1.00),
    ("abrupt-refusal", "what nobody controls", 1.00),
    ("excuse", "a crew's estimate, a question about when, a cause put on the device", 1.00),
    ("vague-promise", "restored, someday", 1.00),
    ("abrupt-refusal", "a past unavailability told as the cause", 1.00),
    ("vague-promise", "the noun, the thing that works, their own date", 1.00),
    ("no-acknowledgment", "a double charge asked about", 1.00),
    ("blame", "care urged as important, after the fact", 1.00),
    ("excuse", "a cause with no article, another's fault affecting it", 1.00),
    ("false-hope", "more may come later", 1.00),
    ("overpromise", "every one of them promised back", 1.00),
    ("abrupt-refusal", "a rule that explains what happened", 1.00),
    ("blame", "the act concluded to be theirs", 1.00),
    ("false-hope", "a wish about what is over, a tip's hedge", 1.00),
    ("abrupt-refusal", "not yet, and when", 1.00),
    ("missing-alternative", "someone else who will do it", 1.00),
    ("no-acknowledgment", "worn down by asking, the day it cost them", 1.00),
    ("abrupt-refusal", "what may be done, news with an alert", 1.00),
    ("missing-alternative", "another who can", 1.00),
    ("excuse", "nothing went wrong, so", 1.00),
    ("no-acknowledgment", "a scam reported to them", 1.00),
    ("abrupt-refusal", "a service we don't do", 1.00),
    ("missing-alternative", "a partner that does", 1.00),
    ("no-acknowledgment", "the cost to their life, the count, loyalty, sarcasm said outright", 1.00),
    ("no-acknowledgment", "their feeling shared", 1.00),
    ("abrupt-refusal", "no news yet, announced first there", 1.00),
    ("vague-promise", "service actions said with will", 1.00),
    ("abrupt-refusal", "a practice stopped or not done", 1.00),
    ("blame", "our promise from now on, the past that did not happen, the fault said impossible", 1.00),
    ("vague-promise", "from now on is no time", 1.00),
    ("overpromise", "always from now on, a crash never again", 1.00),
    ("false-hope", "the rest of their time wished well", 1.00),
    ("no-acknowledgment", "siding with them, a loss pinned on us, the price with an edge", 1.00),
    ("excuse", "held up, knocked back, slowed down, under strain", 1.00),
    ("missing-alternative", "a way for the one they asked about, a step told by what it does, a hoped someday", 1.00),
    ("abrupt-refusal", "money not due, no such discount, stock with its day, in this case", 1.00),
    ("no-acknowledgment", "let down said, the count by emails, a promise never kept, their fault named, a manager demanded", 1.00),
    ("excuse", "the market, the walls, transit, a glitch seen, more traffic, a fall after an update", 1.00),
    ("blame", "the fault handed back, the staff's word or a photo against theirs, others' silence", 1.00),
    ("no-acknowledgment", "the ordeal named, their complaint granted, the failure owned", 1.00),
    ("excuse", "under load, high demand, short of staff", 1.00),
    ("overpromise", "their connection promised", 1.00),
    ("missing-alternative", "the better way named", 1.00),
    ("blame", "what they would have been told, said as settled", 1.00),
    ("vague-promise", "a thing that mends itself", 1.00),
    ("blame", "told last week, the contract with the seller, advice to actually read", 1.00),
    ("false-hope", "back online hoped for, another party who might still agree", 1.00),
    ("abrupt-refusal", "a charge told to someone asking if there is one, retired from the menu", 1.00),
    ("excuse", "on backorder, another party's signal unstable, a step that stops it", 1.00),
    ("no-acknowledgment", "thanks for a failure put right", 1.00),
    ("missing-alternative", "where it is instead", 1.00),
    ("vague-promise", "typed short or without apostrophes", 1.00),
    ("no-acknowledgment", "the customer's words however typed", 1.00),
    ("no-acknowledgment", "thanks closing an angry message", 1.00),
    ("no-acknowledgment", "said by one agent", 1.00),
    ("overpromise", "one agent asks for the details", 1.00),
    ("missing-alternative", "one agent turned it off", 1.00),
    ("false-hope", "a request signed off with thanks", 1.00),
    ("vague-promise", "a promise joined to a question by a dash", 1.00),
    ("missing-alternative", "an alternative told as where it is to be had", 1.00),
    ("abrupt-refusal", "what we can see is no limit", 1.00),
    ("blame", "their account doubted as a question", 1.00),
    ("no-acknowledgment", "their verdict shared", 1.00),
    ("no-acknowledgment", "sarcastic thanks and praise beside a failure told plainly", 1.00),
    ("no-acknowledgment", "feeling conned, getting nowhere", 1.00),
    ("no-acknowledgment", "the badness named in other words", 1.00),
    ("vague-promise", "we're typed as were", 1.00),
    ("blame", "a lecture for next time, with what it is for", 1.00),
    ("overpromise", "a supply chain vouched for", 1.00),
    ("abrupt-refusal", "agreement said with can't", 1.00),
    ("abrupt-refusal", "a reason told as a saving or part of a plan", 1.00),
    ("no-acknowledgment", "their label or euphemism quoted back", 1.00),
    ("no-acknowledgment", "contempt, and a drastic way out offered in mockery", 1.00),
    ("vague-promise", "someone else's attention promised", 1.00),
    ("abrupt-refusal", "what it depends on, told the sentence before", 1.00),
    ("no-acknowledgment", "rhetoric marked as such, a claim of theirs denied", 1.00),
    ("excuse", "a busy time, or the load counted", 1.00),
    ("overpromise", "certain of a seat, a connection, a flight; safe for ever", 1.00),
    ("false-hope", "a tip's hedge and a wish", 1.00),
    ("missing-alternative", "something at no cost instead, something done for them", 1.00),
    ("blame", "others fine, so it's theirs; what they agreed to, held up to them", 1.00),
    ("excuse", "another's stock trouble, a backlog worked through, the weather with its force", 1.00),
    ("false-hope", "maybe they will, more could come soon", 1.00),
    ("abrupt-refusal", "a feared harm denied", 1.00),
    ("no-acknowledgment", "everything of theirs lost, counted", 1.00),
    ("blame", "regret taken back by \"but\" or \"however\"", 1.00),
    ("abrupt-refusal", "asked whether it costs them, in any wording", 1.00),
    ("no-acknowledgment", "years of custom and what they could not even do, together", 1.00),
    ("excuse", "a wait told as what has not happened yet", 1.00),
    ("abrupt-refusal", "a worry about their own data, answered", 1.00),
    // FLOORS-END
];

/// The eight checks under test, each with its suite.
fn suites() -> Vec<(&'static str, Vec<Capability>)> {
    vec![
        ("vague-promise", behaviour::vague_promise::suite()),
        ("abrupt-refusal", behaviour::abrupt_refusal::suite()),
        (
            "missing-alternative",
            behaviour::missing_alternative::suite(),
        ),
        ("blame", behaviour::blame::suite()),
        ("false-hope", behaviour::false_hope::suite()),
        ("excuse", behaviour::excuse::suite()),
        ("overpromise", behaviour::overpromise::suite()),
        ("no-acknowledgment", behaviour::no_acknowledgment::suite()),
    ]
}

const GOLDEN: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/docs/behaviour.md");
const MIN_CASES_PER_CHECK: usize = 150;
const SHOWN_PER_CAPABILITY: usize = 8;

struct Outcome<'a> {
    case: &'a Case,
    /// Every check that fired on the reply (to see what the engine read instead).
    fired: Vec<&'static str>,
    passed: bool,
}

struct Row<'a> {
    check: &'static str,
    capability: &'a Capability,
    outcomes: Vec<Outcome<'a>>,
}

impl Row<'_> {
    fn passed(&self) -> usize {
        self.outcomes.iter().filter(|o| o.passed).count()
    }
    fn rate(&self) -> f64 {
        self.passed() as f64 / self.outcomes.len() as f64
    }
}

fn floor(check: &str, capability: &str) -> Option<f64> {
    FLOORS
        .iter()
        .find(|(c, cap, _)| *c == check && *cap == capability)
        .map(|(_, _, floor)| *floor)
}

fn run<'a>(check: &'static str, capability: &'a Capability) -> Row<'a> {
    let config = Config::default();
    let outcomes = capability
        .cases
        .iter()
        .map(|case| {
            let report = engine::check(&case.reply, case.customer.as_deref(), &config);
            let mut fired: Vec<&'static str> = report.findings.iter().map(|f| f.check).collect();
            fired.dedup();
            let flagged = fired.contains(&check);
            Outcome {
                case,
                fired,
                passed: flagged == case.flags,
            }
        })
        .collect();
    Row {
        check,
        capability,
        outcomes,
    }
}

fn percent(rate: f64) -> String {
    format!("{:.1}%", rate * 100.0)
}

fn table(rows: &[Row]) -> String {
    let mut out = String::from(
        "# Behavioural suites: pass rates\n\n\
         Generated by `tests/behaviour.rs` (CheckList-style templates in `tests/behaviour/`); \
         do not edit by hand. Re-bless with\n\
         `TACTFUL_BLESS=1 cargo test --no-default-features --test behaviour`.\n\n\
         Each case is a reply (and the customer's message where the behaviour needs one) with \
         what the labelling guide expects of one check: flag or do not flag. *Floor* is the \
         minimum rate the test accepts (raised as the engine improves).\n\n\
         | check | capability | cases | passed | rate | floor | what it tests |\n\
         |---|---|---:|---:|---:|---:|---|\n",
    );
    let mut checks: Vec<&str> = rows.iter().map(|r| r.check).collect();
    checks.dedup();
    for check in &checks {
        let mine: Vec<&Row> = rows.iter().filter(|r| r.check == *check).collect();
        for row in &mine {
            let _ = writeln!(
                out,
                "| {} | {} | {} | {} | {} | {} | {} |",
                row.check,
                row.capability.name,
                row.outcomes.len(),
                row.passed(),
                percent(row.rate()),
                floor(row.check, row.capability.name).map_or("—".into(), |f| format!("{f:.2}")),
                row.capability.about,
            );
        }
        let cases: usize = mine.iter().map(|r| r.outcomes.len()).sum();
        let passed: usize = mine.iter().map(|r| r.passed()).sum();
        let _ = writeln!(
            out,
            "| **{check}** | **all** | **{cases}** | **{passed}** | **{}** | | |",
            percent(passed as f64 / cases as f64)
        );
    }
    out.push_str("\n## Per check\n\n| check | cases | passed | rate |\n|---|---:|---:|---:|\n");
    let (mut all_cases, mut all_passed) = (0, 0);
    for check in &checks {
        let mine: Vec<&Row> = rows.iter().filter(|r| r.check == *check).collect();
        let cases: usize = mine.iter().map(|r| r.outcomes.len()).sum();
        let passed: usize = mine.iter().map(|r| r.passed()).sum();
        all_cases += cases;
        all_passed += passed;
        let _ = writeln!(
            out,
            "| {check} | {cases} | {passed} | {} |",
            percent(passed as f64 / cases as f64)
        );
    }
    let _ = writeln!(
        out,
        "| **all** | **{all_cases}** | **{all_passed}** | **{}** |",
        percent(all_passed as f64 / all_cases as f64)
    );
    out
}

fn print_failures(rows: &[Row]) {
    let all = std::env::var_os("TACTFUL_BEHAVIOUR_ALL").is_some();
    for row in rows {
        let failures: Vec<&Outcome> = row.outcomes.iter().filter(|o| !o.passed).collect();
        if failures.is_empty() {
            continue;
        }
        println!(
            "\n== {} / {}: {} of {} failed",
            row.check,
            row.capability.name,
            failures.len(),
            row.outcomes.len()
        );
        let shown = if all {
            failures.len()
        } else {
            SHOWN_PER_CAPABILITY
        };
        for outcome in failures.iter().take(shown) {
            let case = outcome.case;
            let wanted = if case.flags { "MISSED" } else { "FALSE ALARM" };
            println!("  {wanted:<11} reply: {:?}", case.reply);
            if let Some(customer) = &case.customer {
                println!("              customer: {customer:?}");
            }
            println!("              fired: {:?}", outcome.fired);
        }
        if failures.len() > shown {
            println!(
                "  ... and {} more (TACTFUL_BEHAVIOUR_ALL=1 shows all)",
                failures.len() - shown
            );
        }
    }
}

/// Prints the lines of `want` and `got` that differ, in order.
fn diff(want: &str, got: &str) -> String {
    let (want, got): (Vec<&str>, Vec<&str>) = (want.lines().collect(), got.lines().collect());
    let mut out = String::new();
    for i in 0..want.len().max(got.len()) {
        let (w, g) = (want.get(i), got.get(i));
        if w != g {
            if let Some(w) = w {
                let _ = writeln!(out, "- {w}");
            }
            if let Some(g) = g {
                let _ = writeln!(out, "+ {g}");
            }
        }
    }
    out
}

#[test]
fn behaviour_suites() {
    let suites = suites();
    let clean = behaviour::clean::capability();
    let mut rows = Vec::new();
    for (check, capabilities) in &suites {
        let own: usize = capabilities.iter().map(|c| c.cases.len()).sum();
        assert!(
            own >= MIN_CASES_PER_CHECK,
            "{check}: only {own} generated cases (want at least {MIN_CASES_PER_CHECK})"
        );
        for capability in capabilities.iter().chain([&clean]) {
            assert!(
                !capability.cases.is_empty(),
                "{check}/{}: no cases",
                capability.name
            );
            rows.push(run(check, capability));
        }
    }
    print_failures(&rows);

    let mut problems = Vec::new();
    for row in &rows {
        match floor(row.check, row.capability.name) {
            None => problems.push(format!(
                "{} / {}: no floor in FLOORS (rate now {:.3})",
                row.check,
                row.capability.name,
                row.rate()
            )),
            Some(f) if row.rate() + 1e-9 < f => problems.push(format!(
                "{} / {}: pass rate {} is under its floor {f:.2}",
                row.check,
                row.capability.name,
                percent(row.rate())
            )),
            Some(_) => {}
        }
    }
    for (check, capability, _) in FLOORS {
        if !rows
            .iter()
            .any(|r| r.check == *check && r.capability.name == *capability)
        {
            problems.push(format!(
                "FLOORS names {check} / {capability}, which no suite has"
            ));
        }
    }

    let table = table(&rows);
    if std::env::var_os("TACTFUL_BLESS").is_some() {
        std::fs::write(GOLDEN, &table).expect("write docs/behaviour.md");
        println!("\nwrote {GOLDEN}");
    } else {
        let golden = std::fs::read_to_string(GOLDEN).unwrap_or_default();
        if golden != table {
            problems.push(format!(
                "docs/behaviour.md is out of date; re-bless with \
                 `TACTFUL_BLESS=1 cargo test --no-default-features --test behaviour`:\n{}",
                diff(&golden, &table)
            ));
        }
    }
    assert!(problems.is_empty(), "\n{}", problems.join("\n"));
}

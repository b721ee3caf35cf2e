use super::{placeholder, Context, Flag};
use crate::engine::moves::feeling::{names_failure, Upset};
use crate::engine::moves::offer::{
    asks_for_details, offers_option, passes_feedback, read_more, skip_also,
};
use crate::engine::moves::reason::{
    as_or_since_reason, CAUSE, IN_OTHER_HANDS, MISHAP, PROCESSING_TIME, USUAL_TIME,
};
use crate::engine::moves::time::CONCRETE_TIME;
use crate::engine::packed::List;
use crate::engine::pattern::{Match, Phrases};
use crate::engine::text::{among, is_negation, Draft, Token, TokenKind};
use crate::engine::unicode;
use std::sync::LazyLock;

/// The agent or team already at work on it: "we're currently investigating this".
static AT_WORK: LazyLock<Phrases> = LazyLock::new(|| {
    Phrases::lines(lines![
        "i|we|team|engineers|engineer|technicians|technician|techs|tech|crews|crew am|are|is [currently|now|still|already|actively] investigating|looking|checking|reviewing|chasing|escalating|contacting|fixing|repairing|restoring|rebooking|arranging|processing",
        // Working at it, not "working with reduced staff" (a cause).
        "i|we|team|engineers|engineer|technicians|technician|techs|tech|crews|crew am|are|is [currently|now|still|already|actively] working on|to|hard|round|around|closely|through|away",
        "i|we|team|engineers|engineer|technicians|technician|techs|tech|crews|crew am|are|is [currently|now|still|already|actively] working with the|our|your|them|you|their",
        "i|we|team|engineers|engineer|technicians|technician|techs|tech|crews|crew|devs|developers am|are|is [currently|now|still|already|actively] on it|site|scene",
        // Put right already, or being put right as they speak: "we've rolled back the change
        // that caused it; things are recovering now", "while the team investigates".
        "have|has [now|just|already] (rolled back|reverted|undone)",
        // The fix expected at a time: "engineers expect it fixed by 10pm".
        "i|we|team|engineers|engineer|technicians|crews|crew expect|expects|expecting it|this|service|services|things|everything *2 fixed|resolved|restored|back|sorted|working|running",
        "things|it|everything|services|service is|are (recovering|back to normal|back up)",
        // "Crews estimate restoration by 2 PM."
        "we|team|engineers|crews|crew estimate|estimates|expect|expects restoration|repairs",
        "while|as the|our team|engineers|engineer|technicians|devs|developers investigate|investigates|work|works|look|looks",
        // The fix on its way: "engineers have identified the cause and expect queues to clear
        // by 15:30", "a fix goes live with tomorrow's maintenance", "rewards will be added".
        "i|we|team|engineers|engineer|technicians|developers|devs have|has [now|already] identified|found|isolated|pinpointed",
        "fix|patch|update (goes|go|is going|will go) live|out|into",
        "fix|patch|update ships|lands|arrives in|on|with",
        "will be added|credited|refunded|restored|returned|reinstated to|back",
        // Help already on its way, told in the passive: "engineers have been assigned to it".
        "engineer|engineers|technician|technicians|team|teams|crew|crews|someone|staff|fix|repair|patch has|have|is|are [now|already|just] been|being assigned|dispatched|sent|booked|allocated|scheduled|deployed|rolled|applied",
        "i|we|team will|shall [be] [now|also|personally|happy|glad] [to] <word>",
        // Put right in the passive: "it's been put on today's first van".
        "it|they|parcel|order|item|items|booking|ticket|refund|replacement has|have [now|just|already] been put|moved|rebooked|booked|scheduled|placed|transferred|loaded|reserved|dispatched|resent|reissued|prioritised|prioritized|expedited|upgraded",
        "i|we|team am|are|is going to",
        "i|we have|has [now|just|already|also] adjusted|amended|recalculated|reduced|matched|put|moved|transferred|switched|reverted|confirmed|synced|re-synced|resynced|rerun|re-run|retried|resubmitted|asked|contacted|chased|escalated|reported|flagged|referred|forwarded|arranged|booked|rebooked|sent|issued|refunded|credited|requested|raised|logged|placed|updated|fixed|resolved|changed|improved|added|corrected|restored|reset|removed|upgraded|extended|waived|applied|reinstated|reactivated|released|cancelled|canceled|approved|authorised|authorized|unblocked|unlocked|verified|processed|reprocessed|reversed",
    ])
});

declare_check! {
    /// ## What it catches
    /// An explanation of why it went wrong (the system, processing times, the weather, a
    /// fault, the carrier, the manufacturer, another department, "delays may occur") with
    /// nothing in the reply about what will now be done for this customer.
    ///
    /// ## Why it matters
    /// A cause on its own reads as "not our problem". The customer wrote to get the problem
    /// solved, not to learn whose fault it was. Say what you are doing about it and when
    /// they will hear back; the explanation can stay, as long as an action comes with it.
    ///
    /// ## Example
    /// ```text
    /// Sorry for the wait. Your parcel is late due to high demand with our courier.
    /// ```
    ///
    /// ## Use instead
    /// ```text
    /// Sorry for the wait. Your parcel is late due to high demand with our courier.
    /// I've asked them to prioritise it, and I'll email you its new delivery date by 4 pm today.
    /// ```
    EXCUSE, "excuse", Warning, run
}

fn run(cx: &Context) -> Vec<Flag> {
    let draft = cx.draft;
    // How long something takes explains a wait only to someone waiting (or to anyone, in a
    // macro with no customer).
    // The usual time explains a wait away only to a customer upset about it.
    let upset_at_wait = cx.upset() != Upset::Calm;
    // A cause told to someone who asked, calmly, about something not yet gone wrong for them
    // ("is the 17:42 running today?") answers the question; it explains nothing away.
    if cx.customer.is_some_and(|c| {
        !upset_at_wait
            && opens_with_a_plain_question(c)
            && !names_failure(c)
            && !talks_of_waiting(c)
            && !reports_overdue(c)
    }) {
        return Vec::new();
    }
    let wait_explains = cx
        .customer
        .is_none_or(|c| upset_at_wait || talks_of_waiting(c));
    // Only the first real cause matters, so stop at it.
    let first_cause = draft.sentences.iter().find_map(|s| {
        if draft.is_question(s) {
            return None;
        }
        let mut causes = CAUSE.find_in(draft, s.tokens.clone());
        causes.extend(MISHAP.find_in(draft, s.tokens.clone()));
        if wait_explains {
            // In a macro (no customer) "this may take up to 24 hours to update" gives the
            // time to expect; to someone already waiting it explains the wait away.
            causes.extend(
                PROCESSING_TIME
                    .find_in(draft, s.tokens.clone())
                    .into_iter()
                    .filter(|m| {
                        cx.customer.is_some()
                            || !CONCRETE_TIME.occurs_in(draft, m.tokens.start..s.tokens.end)
                    }),
            );
        }
        if upset_at_wait {
            causes.extend(USUAL_TIME.find_in(draft, s.tokens.clone()));
        }
        // Who has the thing now pins the problem on them only for a customer upset or
        // overdue; to someone asking how things work it answers.
        if cx
            .customer
            .is_some_and(|c| upset_at_wait || reports_overdue(c))
        {
            causes.extend(IN_OTHER_HANDS.find_in(draft, s.tokens.clone()));
        }
        causes
            .into_iter()
            .filter(|m| {
                // "There's no outage in your area" denies the cause.
                let denied =
                    m.tokens.start > 0 && is_negation(&draft.tokens[m.tokens.start - 1].norm);
                !(denied
                    || draft.in_condition(m.tokens.start)
                    || is_schedule(draft, m)
                    || is_rule(draft, m)
                    || echoes_customer(draft, m.tokens.start)
                    || being_fixed(draft, m)
                    || trouble_caused_by_it(draft, m))
            })
            .min_by_key(|m| m.tokens.start)
    });
    // The first cause: a cause phrase, or a problem explained with "because"/"as"/"since".
    let Some(cause_end) = first_cause
        .map(|m| m.tokens.end)
        .or_else(|| explained_problem(draft))
    else {
        return Vec::new();
    };
    // A remedy named in the explanation itself ("refunds may take ...") is not one offered;
    // one told in a clause of its own before a semicolon ("the refund was issued; your
    // bank may take a few days") is.
    let index = draft.sentence_of(cause_end.saturating_sub(1)).unwrap_or(0);
    let sentence_start = draft.sentences[index].tokens.start;
    let explanation_start = (sentence_start..cause_end)
        .rev()
        .find(|&i| draft.tokens[i].norm == ";")
        .map_or(sentence_start, |semicolon| semicolon + 1);
    let before_cause = explanation_start..cause_end;
    if has_next_step(cx, std::slice::from_ref(&before_cause)) {
        return Vec::new();
    }
    let sentence = &draft.sentences[index];
    let (at, sep) = draft.after_sentence(sentence);
    vec![Flag::new(
        explanation(cx, index),
        "This explains what went wrong but not what you'll do about it.",
    )
    .insert(
        "Say what you're doing",
        at,
        format!(
            "{sep}Here is what I'm doing now: {}, and I'll update you by {}.",
            placeholder::ACTION,
            placeholder::TIME
        ),
    )]
}

/// "Apologies for any inconvenience caused by this", "for the upset caused by the delay": the
/// trouble apologised for, caused by the problem itself, names no cause ("caused by the
/// strike" does). A name after "this" is whom it is said to ("caused by this Becky").
fn trouble_caused_by_it(draft: &Draft, m: &Match) -> bool {
    const TROUBLE: &str = "inconvenience upset trouble frustration disappointment confusion \
        distress hassle stress worry";
    const THE_PROBLEM: &str = "this that it delay issue issues problem problems error wait \
        situation";
    let tokens = &draft.tokens;
    let Some(caused) = (m.tokens.start.saturating_sub(2)..m.tokens.end)
        .find(|&i| i > 0 && tokens[i].norm == "caused" && among(TROUBLE, &tokens[i - 1].norm))
    else {
        return false;
    };
    let mut after = tokens[caused + 1..]
        .iter()
        .take_while(|t| t.kind != TokenKind::Punct)
        .filter(|t| t.kind == TokenKind::Word);
    if after.next().is_none_or(|t| t.norm != "by") {
        return false;
    }
    let rest: Vec<&Token> = after.collect();
    let mut named = rest.iter().filter(|t| !among("the this", &t.norm));
    match (named.next(), named.next()) {
        (None, _) => true,
        (Some(word), None) => {
            among(THE_PROBLEM, &word.norm)
                || (rest[0].norm == "this"
                    && draft.text[word.start..word.end].starts_with(unicode::is_uppercase))
        }
        _ => false,
    }
}

/// "Sorry to hear you're having technical issues": the customer's trouble echoed back, or
/// told from their side, is not the agent explaining it away.
fn echoes_customer(draft: &crate::engine::text::Draft, token: usize) -> bool {
    let Some(clause) = draft.clause_window(token, 40) else {
        return false;
    };
    let before = &draft.tokens[clause.start.max(token.saturating_sub(40))..token];
    draft.actor_of(token) == crate::engine::text::Subject::Customer
        || before
            .iter()
            .any(|t| among("hear heard hearing", t.norm.as_str()))
        || sorry_for(before)
}

/// "Sorry for the technical issues", "sorry about the delay": the apology names the trouble
/// rather than explaining it. "Sorry, it's late due to ..." does explain.
fn sorry_for(before: &[crate::engine::text::Token]) -> bool {
    // "Sorry about that, drivers were stretched thin" closes the apology before the cause;
    // "sorry your flight was delayed due to the weather" says the customer's news back.
    before.windows(2).enumerate().any(|(i, w)| {
        let closed = matches!(
            before.get(i + 2..i + 4),
            Some([that, stop]) if that.norm.is_among("that this it") && stop.norm == ","
        );
        w[0].norm == "sorry" && w[1].norm.is_among("for about to you your") && !closed
    })
}

/// "Due to privacy rules" gives the company's own rule behind a no, not an excuse for a
/// failure (that is abrupt-refusal's business). Licensing deals with other parties are
/// another party's doing, and stay excuses.
fn is_rule(draft: &crate::engine::text::Draft, m: &crate::engine::pattern::Match) -> bool {
    let end = (m.tokens.end + 4).min(draft.tokens.len());
    draft.tokens[m.tokens.end..end].iter().any(|t| {
        among(
            "policy policies licence license privacy security legal law laws legislation \
                regulation regulations regulatory rules terms compliance safety protection cost \
                costs price prices pricing",
            t.norm.as_str(),
        )
    })
}

/// Words that report something going wrong.
const PROBLEMS: &[&str] = &[
    "late",
    "delayed",
    "delay",
    "delays",
    "cancelled",
    "canceled",
    "disrupted",
    "slow",
    "down",
    "missed",
    "stuck",
    "held",
    "failed",
    "broken",
    "crashed",
    "lost",
    "damaged",
    "missing",
    "postponed",
    "diverted",
    "interrupted",
    "suspended",
    "overran",
    "twice",
    "duplicated",
    "longer",
    "wrong",
    "error",
    "errors",
    "outage",
    "declined",
    "rejected",
    "blocked",
    "locked",
    "expired",
    "overbooked",
    "diversion",
    "overcharged",
    "unavailable",
    // What was done to their booking or their item: "it was changed because operational
    // needs required it", "it can be difficult to seat everyone together because ...".
    "changed",
    "removed",
    "moved",
    "closed",
    "full",
    "difficult",
];

/// End (token index) of a statement that something went wrong, explained with "because",
/// "as" or "since": "your parcel is late as the courier's van broke down".
fn explained_problem(draft: &crate::engine::text::Draft) -> Option<usize> {
    draft.sentences.iter().find_map(|s| {
        if draft.is_question(s) {
            return None;
        }
        let tokens = draft.sentence_tokens(s);
        if let Some(end) = consequence_of_a_cause(draft, s.tokens.start, tokens) {
            return Some(end);
        }
        let problem = tokens.iter().position(|t| t.norm.is_one_of(PROBLEMS))?;
        // "because [reason]" (a rewrite's placeholder) explains nothing yet.
        let placeholders = draft.placeholders();
        let explained = tokens[problem..].windows(2).any(|w| {
            w[0].norm == "because" && !placeholders.iter().any(|p| p.contains(&w[1].start))
        }) || as_or_since_reason(&tokens[problem..]);
        let customer_side =
            draft.actor_of(s.tokens.start + problem) == crate::engine::text::Subject::Customer;
        // "There's no risk of being charged twice, as the first payment failed" reassures:
        // the problem is denied in its own clause.
        let at = s.tokens.start + problem;
        let denied = draft
            .clause_window(at, 8)
            .is_some_and(|clause| draft.has_negation(clause.start..at));
        // It ends at a semicolon or at ", so", after which a clause of its own may tell the
        // remedy ("... because the cable is loose, so pushing it in should fix it").
        let end = tokens[problem..]
            .windows(2)
            .position(|w| w[0].norm == ";" || (w[0].norm == "," && w[1].norm == "so"))
            .map_or(s.tokens.end, |stop| s.tokens.start + problem + stop);
        (explained && !customer_side && !denied && !draft.in_condition(at)).then_some(end)
    })
}

/// The cause told first and what went wrong after ", so": "the restaurant closed early
/// tonight, so they weren't able to prepare it", "the van broke down, so your parcel is
/// late". Not what the customer did ("you entered the wrong code, so ..."), a condition
/// ("so if they're still missing, ..."), a conclusion ("so it must have been moved"), or a
/// problem denied ("so there hasn't been an outage"). Returns the end (token index) of the
/// clause after "so", so that a step told after it counts as one.
fn consequence_of_a_cause(draft: &Draft, start: usize, tokens: &[Token]) -> Option<usize> {
    let so = tokens
        .windows(2)
        .position(|w| w[0].norm == "," && w[1].norm == "so")
        .filter(|&comma| comma >= 3)?;
    let rest = &tokens[so + 2..];
    let from = start + so + 2;
    let clause = from..from
        + rest
            .iter()
            .position(|t| t.kind == TokenKind::Punct)
            .unwrap_or(rest.len());
    let words = &draft.tokens[clause.clone()];
    // A condition, or a conclusion drawn ("so items must have been moved during your stay").
    let conditional = words
        .first()
        .is_some_and(|t| t.norm.is_among("if when once unless should until"))
        || words.iter().any(|t| t.norm == "must");
    // ("So it's most likely down to your device" gives a cause, and theirs.)
    let went_wrong = words.iter().enumerate().any(|(i, t)| {
        t.norm.is_one_of(PROBLEMS)
            && !(t.norm == "down" && words.get(i + 1).is_some_and(|n| n.norm == "to"))
    }) && !draft.has_negation(clause.clone())
        && !words.iter().any(|t| t.norm.starts_with("nothing"));
    let theirs = tokens
        .iter()
        .find(|t| t.kind == TokenKind::Word)
        .is_some_and(|t| t.norm.is_among("you your"));
    ((COULD_NOT.occurs_in(draft, clause.clone()) || went_wrong)
        && !conditional
        && !theirs
        && !draft.in_condition(start + so))
    .then_some(clause.end)
}

/// What could not be done, told in the past: "weren't able to", "couldn't". (A present
/// "can't" after a rule is a refusal's reason: "catering needs a day's notice, so same-day
/// orders can't be placed".)
static COULD_NOT: LazyLock<Phrases> =
    LazyLock::new(|| Phrases::lines(lines!["could not", "was|were (not able|unable)"]));

/// Asking what something means, wherever it is asked ("light flashing orange, what does that
/// mean"), is as plain as a question opening the message: "that means it's charging" answers it.
static ASKS_MEANING: LazyLock<Phrases> =
    LazyLock::new(|| Phrases::lines(lines!["what does|do|did *4 mean"]));

/// Whether the customer's message opens with a question that opens as one ("is the 17:42
/// running today? pls it's important"), not a situation told first ("17:32 has been sat
/// outside Reading for 40 mins. What's going on?") or with a question mark ("17:32 has been
/// sat outside Reading for 40 mins, what's going on?").
fn opens_with_a_plain_question(customer: &Draft) -> bool {
    const OPENERS: List = words!(
        "is are was were do does did can could will would should has have \
        when what which who how what's who's how's when's where's"
    );
    customer.sentences.first().is_some_and(|s| {
        customer.is_question(s)
            && customer
                .sentence_words(s)
                .first()
                .is_some_and(|w| among(OPENERS, w))
    }) || ASKS_MEANING.occurs(customer)
}

/// Whether the customer talks about a wait ("where is my refund", "still nothing", "it's
/// taking four days").
fn talks_of_waiting(customer: &crate::engine::text::Draft) -> bool {
    const WAITING: List = words!(
        "where still yet waiting waited late delay delayed \
        when taking took days weeks hours due supposed expected ordered shipped received arrived"
    );
    customer.words().any(|w| among(WAITING, w)) || not_yet_done(customer)
}

/// "It hasn't come", "I haven't heard back": something not yet done (the text model reads
/// "hasn't" as "has not", so no word list can hold it).
fn not_yet_done(customer: &crate::engine::text::Draft) -> bool {
    (customer.tokens.windows(2)).any(|w| w[0].norm.is_among("has have") && w[1].norm == "not")
}

/// The customer says something is overdue or missing ("it was due on Monday", "where's my
/// refund"), not just asking when.
fn reports_overdue(customer: &crate::engine::text::Draft) -> bool {
    const OVERDUE: List = words!(
        "still late delay delayed delays waiting waited \
        never missing lost overdue where's wheres"
    );
    let words: Vec<&str> = customer.words().collect();
    words.iter().any(|w| among(OVERDUE, w))
        || words
            .windows(2)
            .any(|pair| matches!(pair, ["was" | "were", "due"] | ["where", "is" | "are"]))
        || not_yet_done(customer)
}

/// What a schedule is "due to" do: "due to arrive on Friday", "now due to board at 3:10pm".
const SCHEDULED: List = words!(
    "arrive be land depart leave ship expire start open launch close finish \
    end go run take begin renew reach return resume restart come get reopen arrives complete \
    dispatch board"
);

/// "Due to arrive on Friday" is a schedule, not a cause: "due to" before a verb.
fn is_schedule(draft: &crate::engine::text::Draft, m: &crate::engine::pattern::Match) -> bool {
    let words = &draft.tokens[m.tokens.clone()];
    let due_to = words.len() == 2 && words[0].norm == "due" && words[1].norm == "to";
    due_to
        && draft
            .tokens
            .get(m.tokens.end)
            .is_some_and(|t| among(SCHEDULED, &t.norm))
}

/// A fault named as what a fix acts on: "the engineer's visit should sort the line fault",
/// "a restart clears the sync error". It says what will put it right, not why it went wrong.
fn being_fixed(draft: &Draft, m: &Match) -> bool {
    // Not "repair" or "clear", as often a noun or an adjective ("repair times are set by").
    const FIX: List =
        words!("fix fixes sort sorts resolve resolves clears repairs solve solves cure cures");
    draft.tokens[m.tokens.start.saturating_sub(5)..m.tokens.start]
        .iter()
        .any(|t| among(FIX, &t.norm))
}

/// Whether the reply gives this customer a way forward: an instruction, an action taken or
/// promised, a remedy or the problem put right, a question that moves the case on, or when
/// it will be back.
fn has_next_step(cx: &Context, skip: &[std::ops::Range<usize>]) -> bool {
    let draft = cx.draft;
    // A hoped-for action ("hopefully we'll have it back soon") is no step taken, and
    // feedback passed on ("we'll pass your comments on") no step on this problem.
    // (The feedback may follow the action's words: "we'll be sure to share your thoughts".)
    let at_work = AT_WORK.any_match(draft, |m| {
        let sentence = draft
            .sentence_of(m.tokens.start)
            .map_or(m.tokens.clone(), |s| draft.sentences[s].tokens.clone());
        !draft.tokens[sentence.start..m.tokens.start]
            .iter()
            .any(|t| t.norm.is_among("hopefully hope hoping may might"))
            && !passes_feedback(draft, m.tokens.start..sentence.end)
    });
    // A sentence that only points at more reading explains further; it fixes nothing.
    let mut skip = skip.to_vec();
    skip_also(&mut skip, read_more(draft));
    if offers_option(draft, &skip, true) || at_work || asks_for_details(draft) {
        return true;
    }
    draft.sentences.iter().any(|s| {
        // Only what comes after the cause: "late due to the weather today" has no time for
        // a fix.
        let from = skip
            .iter()
            .filter(|r| s.tokens.contains(&r.start))
            .map(|r| r.end)
            .max()
            .unwrap_or(s.tokens.start)
            .min(s.tokens.end);
        let tokens = &draft.tokens[from..s.tokens.end];
        let asks_them =
            draft.is_question(s) && tokens.iter().any(|t| among("you your", t.norm.as_str()));
        // CONCRETE_TIME reads "this morning" but not a lone "today".
        let timed = CONCRETE_TIME.occurs_in(draft, from..s.tokens.end)
            || tokens
                .iter()
                .any(|t| among("today tonight tomorrow", t.norm.as_str()));
        // "It's still due tomorrow", "now due to board at 3:10pm" (not "due to illness").
        let when_back = timed
            && tokens.iter().enumerate().any(|(i, t)| {
                (t.norm == "due"
                    && tokens.get(i + 1).is_none_or(|next| {
                        next.norm != "to"
                            || tokens
                                .get(i + 2)
                                .is_some_and(|verb| among(SCHEDULED, &verb.norm))
                    }))
                    // "Your sofa did not arrive this morning" tells the failure, not when.
                    || (i == 0 || !is_negation(&tokens[i - 1].norm))
                        && among(
                            "back restored expected expect expecting booked scheduled \
                                estimated depart departs leaves ships dispatches arrive arrives \
                                resume resumes reopen reopens fix patch solution replacement \
                                refund instead rescheduled rebooked will should",
                            t.norm.as_str(),
                        )
            });
        asks_them || when_back
    })
}

/// Byte range of the sentence giving the cause, without its closing punctuation or a
/// trailing sign-off.
fn explanation(cx: &Context, index: usize) -> std::ops::Range<usize> {
    let draft = cx.draft;
    let sentence = &draft.sentences[index];
    let body_end = draft.body_end();
    let tokens = draft.sentence_tokens(sentence);
    let content =
        |t: &&crate::engine::text::Token| matches!(t.kind, TokenKind::Word | TokenKind::Number);
    let first = tokens.iter().find(content);
    let last = tokens
        .iter()
        .rev()
        .filter(content)
        .find(|t| t.end <= body_end);
    match (first, last) {
        (Some(f), Some(l)) if l.end > f.start => f.start..l.end,
        _ => sentence.start..sentence.end,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    every_phrase_list_compiles!(AT_WORK, ASKS_MEANING);

    use crate::engine::checks::testing::assert_rewrites_clean;
    use crate::engine::checks::testing::flags;
    use crate::engine::Config;

    const ID: &str = "excuse";

    fn flagged(text: &str) -> bool {
        flags(ID, text, None)
    }

    #[test]
    fn flag_fault_on_the_line() {
        assert!(flagged(
            "Sadly the 8:15 is running late due to a signal failure near Leeds ^AB"
        ));
    }

    #[test]
    fn flag_short_staffed() {
        assert!(flagged(
            "We were short-staffed over the holidays, which is why nobody replied."
        ));
        assert!(flagged("Replies are slow because of a staff shortage."));
    }

    #[test]
    fn dont_flag_short_staffed_with_what_we_do() {
        assert!(!flagged(
            "We were short-staffed over the holidays. I've refunded the delivery fee, and your order ships today."
        ));
    }

    #[test]
    fn flag_what_another_party_or_a_thing_did_wrong() {
        for reply in [
            "Unfortunately the driver missed the slot on his round.",
            "The depot's van broke down this morning.",
            "Our payment system went down overnight, sorry.",
            "The supplier ran out of the grey ones.",
            "The courier didn't turn up at the warehouse yesterday.",
            "Our servers were overloaded during the launch.",
        ] {
            assert!(flagged(reply), "{reply}");
        }
    }

    #[test]
    fn dont_flag_what_another_party_can_do_or_the_problem_itself() {
        for reply in [
            "The courier can collect it from your door on Friday.",
            "Your flight was cancelled, and I've rebooked you on the 6 pm.",
            "The driver missed the slot, so I've booked a new one for Friday morning.",
        ] {
            assert!(!flagged(reply), "{reply}");
        }
    }

    #[test]
    fn flag_a_cause_after_sorry_but_not_the_trouble_an_apology_names() {
        assert!(flagged("sorry its late bc the courier didnt turn up"));
        assert!(!flagged("Sorry for the technical issues on the site."));
    }

    #[test]
    fn flag_delays_may_occur() {
        assert!(flagged(
            "Sorry about this. At busy times, delays may occur."
        ));
    }

    #[test]
    fn flag_another_party_decides() {
        assert!(flagged(
            "Repair times are set by the manufacturer. Thanks for understanding."
        ));
    }

    #[test]
    fn flag_out_of_our_control() {
        assert!(flagged(
            "These cancellations are out of our control, but we do our best."
        ));
    }

    #[test]
    fn flag_processing_time() {
        assert!(flagged(
            "Some refunds may take a few extra days to process. Keep us posted!"
        ));
    }

    #[test]
    fn flag_maintenance() {
        assert!(flagged(
            "The old desktop app is in maintenance mode now. More info: https://example.com/app"
        ));
    }

    #[test]
    fn dont_flag_cause_with_fix() {
        assert!(!flagged(
            "Your flight was cancelled due to the storm. I've rebooked you on the 6 pm flight."
        ));
    }

    #[test]
    fn dont_flag_cause_with_instruction() {
        assert!(!flagged(
            "That error is caused by an old app version. Please update the app and try again."
        ));
    }

    #[test]
    fn dont_flag_cause_with_a_request_for_details() {
        for reply in [
            "Please share more details about this technical issue.",
            "Please provide further details on the technical fault you saw.",
            "Please send us a screenshot of the technical error.",
        ] {
            assert!(!flagged(reply), "{reply}");
        }
    }

    #[test]
    fn dont_flag_cause_with_question() {
        assert!(!flagged(
            "Delays may occur due to the weather. Which stop are you waiting at?"
        ));
    }

    #[test]
    fn dont_flag_cause_with_restore_time() {
        assert!(!flagged(
            "The outage is due to a power cut. Service is expected back by 6 pm tonight."
        ));
    }

    #[test]
    fn dont_flag_conditional_or_question() {
        assert!(!flagged("Is the delay due to the weather where you are?"));
        assert!(!flagged("Thanks for flying with us today!"));
    }

    #[test]
    fn dont_flag_system_shows() {
        assert!(!flagged(
            "Our system shows your order left the warehouse this morning."
        ));
    }

    #[test]
    fn flag_problem_explained_with_as() {
        assert!(flagged(
            "Your parcel is late as the courier's van broke down. We apologise."
        ));
    }

    #[test]
    fn dont_flag_schedule_or_small_talk() {
        assert!(!flagged("Your parcel is due to arrive on Thursday."));
        assert!(!flagged("Enjoy the sunny weather this weekend!"));
        assert!(!flagged(
            "Our new range is in high demand, so grab yours soon!"
        ));
    }

    #[test]
    fn dont_flag_echoed_trouble() {
        assert!(!flagged(
            "Sorry to hear you're having technical issues. Have you tried updating the app?"
        ));
    }

    #[test]
    fn dont_flag_fix_with_a_time() {
        assert!(!flagged(
            "Sorry for the trouble! This was caused by a bug in the last update; a fix is rolling out today."
        ));
    }

    #[test]
    fn dont_flag_a_rule_behind_a_no() {
        assert!(!flagged(
            "We can't share the driver's number due to privacy rules."
        ));
    }

    #[test]
    fn rewrites_fix_it_and_add_nothing_new() {
        let docs = super::EXCUSE.docs();
        for sample in [
            docs.example.as_str(),
            "Sadly your train was held up due to a signal fault near Leeds ^RK",
            "Sorry about this. At busy times, delays may occur.",
            "We were short-staffed over the holidays, which is why nobody replied.",
        ] {
            assert_rewrites_clean(ID, sample, None, &Config::default());
        }
    }

    #[test]
    fn pass_a_cause_with_updates_to_subscribe_to() {
        assert!(!flagged(
            "Posting is paused due to a system outage. Subscribe to the status page for updates."
        ));
    }

    #[test]
    fn flag_another_party_at_fault_and_rare_mix_ups() {
        assert!(flagged("The carrier is responsible for the delay."));
        assert!(flagged("The courier was to blame for the late delivery."));
        assert!(flagged("In rare cases, mix-ups may occur."));
    }

    #[test]
    fn flag_causes_said_in_other_words() {
        assert!(flagged(
            "Sorry. This is an issue with the licensing deal between the league and us."
        ));
        assert!(flagged(
            "Our phone lines were extremely busy after the sale started."
        ));
        assert!(flagged(
            "Apologies for the wait. The night crew may not have been aware of the broken door."
        ));
        assert!(flagged("Sorry, my colleague was unaware of the offer."));
    }
}

use super::{placeholder, Context, Flag};
use crate::engine::moves::offer::IMPERATIVES;
use crate::engine::moves::time::CONCRETE_TIME;
use crate::engine::packed::List;
use crate::engine::pattern::Phrases;
use crate::engine::text::{among, opens_a_question, Draft, Sentence, Token, TokenKind};
use std::sync::LazyLock;

declare_check! {
    /// ## What it catches
    /// A reply that never says what happens next: no action with a time, nothing asked of
    /// the customer, no link or instruction, no question back. Short one-liners ("Thanks!")
    /// are left alone.
    ///
    /// ## Why it matters
    /// When a reply ends without a next step, the customer is left holding the problem and
    /// has to write again to learn where things stand. Saying who does what, and by when,
    /// turns a polite message into progress they can see.
    ///
    /// ## Example
    /// ```text
    /// I'm really sorry your parcel arrived damaged. That is not the experience we want for you.
    /// ```
    ///
    /// ## Use instead
    /// ```text
    /// I'm really sorry your parcel arrived damaged. I've ordered a replacement and will send you the tracking number by 5 pm today.
    /// ```
    NO_NEXT_STEP, "no-next-step", Hint, run
}

/// Phrases that tell the customer what to do or what happens next, anywhere in the reply.
static NEXT_STEP: LazyLock<Phrases> = LazyLock::new(|| {
    Phrases::lines(lines![
        // A request or an instruction.
        "please|kindly",
        "let us|me know",
        "feel free",
        "do not hesitate",
        "reach|reaching out",
        "get in touch",
        "contact|call|email|message|dm|visit us|me",
        "you can|could|may|might|should|must [also|always|still|then] <word>",
        "you will|would|shall [need|want|have|be|receive|get|see|hear|find]",
        "you need|have to",
        "you want to",
        "i|we [would] suggest|recommend|advise",
        "i|we suggest|recommend|advise",
        "best to|bet|way",
        "make sure",
        // The agent acting, now or later.
        "i|we|team|they|someone will|shall",
        "i|we am|are|is going to",
        "let us|me",
        "[i|we|team] have|has [now|just|already] sent|forwarded|passed|escalated|shared|raised|submitted|refunded|issued|cancelled|canceled|processed|updated|added|credited|arranged|booked|rebooked|replaced|reported|logged|notified|contacted|responded|replied|followed|emailed|messaged|reached|requested|placed|ordered|reset|fixed|resolved|corrected|reinstated|applied|flagged|noted|created|opened|scheduled",
        "has|have been sent|forwarded|passed|escalated|shared|raised|submitted|refunded|issued|cancelled|canceled|processed|updated|added|credited|arranged|booked|rebooked|replaced|reported|logged|fixed|resolved|corrected|reinstated|applied|scheduled|shipped|dispatched|approved|rectified|sorted",
        "[just] sent|dmed|emailed|messaged|followed you",
        "i|we can [also] offer|authorize|authorise|arrange|issue|send|provide|refund|replace|book|rebook|credit|add|waive|extend",
        "i|we [would|will] need",
        "here to help|assist",
        "here for you",
        "will be",
        "stay tuned",
        "keep an eye",
    ])
});

/// Verbs that, opening a sentence or clause, make it a next step besides the ones that offer
/// a way ([`IMPERATIVES`]): waiting, holding on, confirming, reading ("Wait 24 hours",
/// "Confirm your email").
const NEXT_STEP_VERBS: List = words!(
    "allow confirm consult expect find forward hang hold keep let look make note power \
    provide read see share stay stop tell wait"
);

/// A reply that only shares good news or thanks needs no next step...
static POSITIVE: LazyLock<Phrases> = LazyLock::new(|| {
    Phrases::lines(lines![
        "glad|happy|great|good|nice to hear|see|know",
        "glad|happy|delighted|pleased|thrilled",
        "enjoy|enjoyed|enjoying|love|loved|awesome|amazing|congrat*|welcome|pleasure|cheers",
        "thanks for the kind|lovely|nice|great|shout*",
        "thank you for the kind|lovely|nice|great|shout*",
    ])
});

/// ... unless it also deals with a problem.
static PROBLEM: LazyLock<Phrases> = LazyLock::new(|| {
    Phrases::lines(lines![
        "sorry|apolog*|unfortunately|sadly|afraid|unable|not|issue|issues|problem|problems|trouble|delay|delayed|inconvenience|frustrat*|disappoint*|concern|concerns",
    ])
});

/// Words that only close a reply ("Thanks.", "Regards"): the next step goes before them.
const CLOSINGS: List = words!(
    "thanks thank you regards kind best warm many ty cheers sincerely sincerest apologies \
    again wishes much so very take care"
);

/// How many words a reply needs, with only one sentence, before a next step is expected.
const MIN_WORDS: usize = 15;

fn run(cx: &Context) -> Vec<Flag> {
    let draft = cx.draft;
    let tokens = &draft.tokens;
    let body_end = draft.body_end();
    let is_part_marker =
        |t: &Token| t.kind == TokenKind::Number && t.norm.as_bytes().contains(&b'/');
    // Sentences still holding a placeholder are a template being filled in: they do not
    // count towards the length that calls for a next step.
    let slots = draft.placeholders();
    let templated = |s: &Sentence| {
        // Placeholders come in order and do not overlap: the first one ending after the
        // sentence's start is the only candidate.
        let k = slots.partition_point(|r| r.end <= s.start);
        slots.get(k).is_some_and(|r| r.start < s.end)
    };
    let count = |s: &Sentence, numbers: bool| {
        draft
            .sentence_tokens(s)
            .iter()
            .filter(|t| {
                (t.kind == TokenKind::Word || (numbers && t.kind == TokenKind::Number))
                    && t.end <= body_end
            })
            .count()
    };
    let word_count = |s: &Sentence| count(s, false);
    // Long enough to call for a next step: two sentences of three words or more, or
    // MIN_WORDS words. Counted only as far as it takes to know, so a long draft stops early.
    let (mut substantive, mut words) = (0, 0);
    let long_enough = draft.sentences.iter().filter(|s| !templated(s)).any(|s| {
        substantive += usize::from(word_count(s) >= 3);
        words += count(s, true);
        substantive >= 2 || words >= MIN_WORDS
    });
    if !long_enough {
        return Vec::new();
    }
    // A templated sentence ("I'm sorry about [their problem]") is not the reply dealing with
    // a problem of its own.
    let deals_with_problem = || {
        draft
            .sentences
            .iter()
            .filter(|s| !templated(s))
            .any(|s| PROBLEM.occurs_in(draft, s.tokens.clone()))
    };
    if has_next_step(draft, body_end) || (POSITIVE.occurs(draft) && !deals_with_problem()) {
        return Vec::new();
    }
    // The last sentence with content, skipping closings such as "Thanks." or "Regards".
    let closing = |s: &Sentence| {
        draft
            .sentence_tokens(s)
            .iter()
            .filter(|t| t.kind == TokenKind::Word && t.end <= body_end)
            .all(|t| among(CLOSINGS, &t.norm))
    };
    // Part 1 of a multi-part reply: the next step may well be in the next part. Looked for
    // last, over every token, only in a reply that would otherwise be flagged.
    let first_part = tokens.iter().any(|t| {
        is_part_marker(t)
            && t.norm
                .trim_matches(|c: char| !c.is_ascii_digit())
                .split_once('/')
                .and_then(|(n, m)| Some((n.parse::<u32>().ok()?, m.parse::<u32>().ok()?)))
                .is_some_and(|(n, m)| n < m)
    });
    if first_part {
        return Vec::new();
    }
    let Some(sentence) = draft
        .sentences
        .iter()
        .rev()
        .find(|s| word_count(s) > 0 && !closing(s))
    else {
        return Vec::new();
    };
    let range = sentence.tokens.clone();
    let Some(last) = range.clone().rev().find(|&k| {
        let t = &tokens[k];
        t.end <= body_end
            && matches!(
                t.kind,
                TokenKind::Word | TokenKind::Number | TokenKind::Reference
            )
            && !is_part_marker(t)
    }) else {
        return Vec::new();
    };
    // The span starts at the sentence's first word, after any "@handle".
    let first = range
        .clone()
        .find(|&k| matches!(tokens[k].kind, TokenKind::Word | TokenKind::Number))
        .unwrap_or(range.start)
        .min(last);
    let span = tokens[first].start..tokens[last].end;
    // After the sentence's closing punctuation, or close it first.
    let stop = tokens
        .get(last + 1)
        .filter(|t| t.kind == TokenKind::Punct && among(". ! …", t.norm.as_str()));
    let (at, lead) = match stop {
        Some(t) => (t.end, " "),
        None => (tokens[last].end, ". "),
    };
    let step = format!(
        "{lead}Next, I'll {} and update you by {}.",
        placeholder::ACTION,
        placeholder::TIME
    );
    vec![
        Flag::new(span, "The reply never says what happens next.").insert(
            "Add the next step and a time",
            at,
            step,
        ),
    ]
}

/// Whether the reply (up to `body_end`) asks something, links somewhere, asks the customer
/// to act, or says what the agent does or has done.
fn has_next_step(draft: &Draft, body_end: usize) -> bool {
    // The phrase look-ups first: remembered per sentence, they answer a long draft without
    // a walk over every token.
    if NEXT_STEP.occurs(draft) || CONCRETE_TIME.occurs(draft) {
        return true;
    }
    let in_body = |t: &crate::engine::text::Token| t.end <= body_end;
    let asks_or_links = draft.tokens.iter().any(|t| {
        in_body(t)
            && match t.kind {
                TokenKind::Punct => t.norm == "?",
                TokenKind::Reference => !t.norm.starts_with('@') && !t.norm.starts_with('#'),
                _ => false,
            }
    });
    if asks_or_links {
        return true;
    }
    // The agent at work now: "I'm submitting the request", "we're looping in the team".
    let tokens = &draft.tokens;
    let working = (0..tokens.len().saturating_sub(2)).any(|i| {
        among("i we team", tokens[i].norm.as_str())
            && among("am are is", tokens[i + 1].norm.as_str())
            && tokens[i + 2..tokens.len().min(i + 4)]
                .iter()
                .any(|t| t.kind == TokenKind::Word && t.norm.len() > 4 && t.norm.ends_with("ing"))
    });
    if working {
        return true;
    }
    // An instruction: an imperative verb opening a sentence or a clause ("Just click
    // Message"); or a question without its question mark ("Can I ask you to ...").
    draft.sentences.iter().any(|s| {
        let mut words = draft
            .sentence_tokens(s)
            .iter()
            .filter(|t| t.kind == TokenKind::Word && in_body(t));
        let asks = match (words.next(), words.next()) {
            (Some(a), Some(b)) => opens_a_question(&a.norm, &b.norm),
            _ => false,
        };
        asks || draft.clauses(s).into_iter().any(|clause| {
            let first = draft.tokens[clause]
                .iter()
                .filter(|t| t.kind == TokenKind::Word)
                .find(|t| !among("just simply also then now first", t.norm.as_str()));
            first.is_some_and(|t| {
                in_body(t) && (among(IMPERATIVES, &t.norm) || among(NEXT_STEP_VERBS, &t.norm))
            })
        })
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    every_phrase_list_compiles!(NEXT_STEP, POSITIVE, PROBLEM);

    use crate::engine::checks::testing;
    use crate::engine::{apply, check, Config};

    fn findings(text: &str) -> Vec<crate::engine::Finding> {
        testing::findings("no-next-step", text, None, &Config::default())
    }

    fn flagged(text: &str) -> bool {
        !findings(text).is_empty()
    }

    #[test]
    fn flag_sympathy_with_nothing_after_it() {
        assert!(flagged(
            "So sorry about the wait. That's not how we want your evening to go."
        ));
        assert!(flagged(
            "We apologise for the trouble with your booking. That should not have happened. ^RT"
        ));
    }

    #[test]
    fn flag_a_long_single_sentence() {
        assert!(flagged(
            "I'm sorry to hear the heating engineer never turned up at your flat on the day you had booked"
        ));
    }

    #[test]
    fn dont_flag_short_replies() {
        assert!(!flagged("Thanks!"));
        assert!(!flagged("Glad to hear it. ^KM"));
        assert!(!flagged("You're welcome, enjoy the show!"));
    }

    #[test]
    fn dont_count_template_sentences_towards_the_length() {
        assert!(!flagged(
            "I'm sorry about [their problem]. Thanks for your patience."
        ));
    }

    #[test]
    fn dont_flag_a_question_back() {
        assert!(!flagged(
            "I'm sorry about the delay. Which store did you order from?"
        ));
    }

    #[test]
    fn dont_flag_a_request_or_instruction() {
        assert!(!flagged(
            "Sorry about that. Please DM us your booking reference."
        ));
        assert!(!flagged(
            "That's frustrating. Try restarting the router, that usually clears it."
        ));
        assert!(!flagged(
            "Sorry for the trouble. You can change the date in the app."
        ));
        assert!(!flagged(
            "Sorry for the trouble. Our help page explains it: https://example.com/help"
        ));
    }

    #[test]
    fn dont_flag_a_commitment_or_done_action() {
        assert!(!flagged(
            "Sorry about this. I'll pass it on to the store manager."
        ));
        assert!(!flagged(
            "Thanks for flagging it. I've sent a new code to your email."
        ));
        assert!(!flagged("Sorry about this. Your refund has been issued."));
        assert!(!flagged("Sorry for the wait. The parcel is due on Friday."));
    }

    #[test]
    fn rewrite_adds_a_next_step_before_the_signoff() {
        let text = "So sorry about the wait. That's not how we want your evening to go. -Becky";
        let f = &findings(text)[0];
        let after = apply(text, &f.rewrites[0].edit).unwrap();
        assert_eq!(
            after,
            "So sorry about the wait. That's not how we want your evening to go. Next, I'll [action] and update you by [time]. -Becky"
        );
        assert!(!flagged(&after));
    }

    #[test]
    fn rewrite_closes_an_unfinished_sentence() {
        let text = "Sorry about the wait. We know it has been a long week ^KM";
        let f = &findings(text)[0];
        let after = apply(text, &f.rewrites[0].edit).unwrap();
        assert_eq!(
            after,
            "Sorry about the wait. We know it has been a long week. Next, I'll [action] and update you by [time]. ^KM"
        );
        assert!(!flagged(&after));
        let vague = check(&after, None, &Config::default())
            .findings
            .iter()
            .any(|f| f.check == "vague-promise");
        assert!(!vague, "{after}");
    }

    #[test]
    fn an_opening_being_filled_in_does_not_call_for_a_next_step() {
        let good_news = "The standard box holds two bags. We'd be happy to add a third, though.";
        assert!(!flagged(good_news));
        assert!(!flagged(&format!(
            "I'm sorry about [their problem], that's frustrating. {good_news}"
        )));
    }
}

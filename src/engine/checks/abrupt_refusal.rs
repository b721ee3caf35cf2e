use super::{placeholder, Context, Flag};
use crate::engine::case;
use crate::engine::moves::offer::{alternative_after, offers_option, HOPED_FOR, INFO_POINTER};
use crate::engine::moves::reason::{explained_after, reply_gives_reason, CHANNEL, SOFTENING};
use crate::engine::moves::refusal::{skip_ranges, Kind};
use crate::engine::packed::List;
use crate::engine::text::{among, Draft, TokenKind};
use crate::engine::unicode;
use std::ops::Range;

declare_check! {
    /// ## What it catches
    /// A "no" that stands alone: "that's not possible", "we can't", "this isn't supported",
    /// "it's only available in X", "we don't have that information", when the reply either
    /// never says why, or says why without a single kind word around it. "Sorry" and
    /// "unfortunately" soften a no, but they don't explain it. A no followed by a concrete
    /// way forward (what the customer can do instead), still without a reason, is a hint.
    ///
    /// ## Why it matters
    /// People can live with a no when they feel they were treated fairly. A bare no, or a
    /// rule read out flatly, tells them their request did not matter. Saying why, and
    /// showing you wish the answer were different, keeps their dignity intact even when
    /// the answer stays the same.
    ///
    /// ## Example
    /// ```text
    /// Hi Sam. Changing the delivery address is not possible. Thanks.
    /// ```
    ///
    /// ## Use instead
    /// ```text
    /// Hi Sam. I'm sorry, we can't change the address once a parcel has left our warehouse, because the carrier locks it.
    /// You can ask the carrier to hold it at a pickup point.
    /// ```
    ABRUPT_REFUSAL, "abrupt-refusal", Warning, run
}

/// Words that may start a sentence without being a name, so "Unfortunately, ..." can lower
/// their first letter: function words and the nouns a refusal is usually about. Any other
/// word keeps its capital (it may be a product or a place), except a gerund ("Cancelling").
const COMMON_OPENERS: List = words!(
    "the this that these those it it's that's there there's we our your you they their he \
    his she her its online once \
    any all a an no some each every refund refunds return returns exchange exchanges \
    order orders delivery deliveries shipping postage gift gifts payment payments price \
    prices booking bookings ticket tickets seat seats upgrade upgrades account accounts \
    international express standard free digital phone store stores collection pickup \
    cash credit"
);

/// The words of `span` after an inserted "Unfortunately, ": a common first word loses its
/// capital, a name keeps it.
fn lowered(draft: &Draft, span: &Range<usize>) -> String {
    let text = &draft.text[span.clone()];
    let first_word = text
        .split(|c: char| !unicode::is_alphanumeric(c))
        .next()
        .unwrap_or("");
    let first_word = case::lower(first_word).replace('’', "'");
    let mut chars = text.chars();
    match chars.next() {
        Some(c)
            if among(COMMON_OPENERS, first_word.as_str())
                || (first_word.len() > 5 && first_word.ends_with("ing")) =>
        {
            std::iter::once(case::lower_char(c)).chain(chars).collect()
        }
        _ => text.to_string(),
    }
}

fn run(cx: &Context) -> Vec<Flag> {
    let draft = cx.draft;
    let refusals = cx.refusals();
    if refusals.is_empty() {
        return Vec::new();
    }
    // An option offered softens a no, and so do regret, an apology or empathy. (The
    // refusals' own words never count as the option.)
    let skip = skip_ranges(&refusals);
    // ... and so does what else there is, said after the no ("the salad is on the menu in
    // most restaurants"): that sentence is the alternative, and only what follows it can be
    // the no's reason.
    let softened = offers_option(draft, &skip, false)
        || SOFTENING.occurs(draft)
        || refusals
            .iter()
            .any(|r| alternative_after(draft, r).is_some());
    let reply_reason = reply_gives_reason(draft);
    // A reason given and a no softened: every no has both, and none is flagged (a long
    // thread usually does both, so a keystroke there asks nothing of its many nos).
    if reply_reason && softened {
        return Vec::new();
    }
    // A concrete way forward (not "let us know", not "we'll get back to you"), looked for
    // only if a no without a reason needs it.
    let mut way_forward = None;
    let pointer = INFO_POINTER.occurs(draft) || HOPED_FOR.occurs(draft);
    // A no explained once stays explained when it is said again ("claims can't be reopened
    // once closed for 90 days. Sorry we can't help further."): the first limited one counts
    // for every no after it.
    let first_limited = refusals
        .iter()
        .find(|r| r.is_limited(draft))
        .map(|r| r.sentence);
    let mut flags = Vec::new();
    for refusal in refusals.iter() {
        if refusal.is_pending_news(draft, pointer) || refusal.is_conceded(draft) {
            continue;
        }
        let alternative = alternative_after(draft, refusal);
        let reason = refusal.kind == Kind::SoldOut
            || reply_reason
            || first_limited.is_some_and(|s| s <= refusal.sentence)
            || explained_after(draft, alternative.unwrap_or(refusal.sentence))
            || refusal.goes_on(draft)
            || CHANNEL.occurs_in(draft, draft.sentences[refusal.sentence].tokens.clone());
        if reason && softened {
            continue;
        }
        let sentence = &draft.sentences[refusal.sentence];
        let span = refusal.span.clone();
        let opens_sentence = draft.tokens[sentence.tokens.clone()]
            .iter()
            .find(|t| matches!(t.kind, TokenKind::Word | TokenKind::Number))
            .is_some_and(|t| t.start == span.start);
        let unfortunately = if opens_sentence {
            "Unfortunately"
        } else {
            "unfortunately"
        };
        let reason_text = format!(" because {}", placeholder::REASON);
        let offers_way_forward = !reason
            && softened
            && *way_forward.get_or_insert_with(|| offers_option(draft, &skip, true));
        let flag = if offers_way_forward {
            // A no followed by a way forward is half-way there: a suggestion, not a warning
            // (regret words, "let us know" or "we'll get back to you" leave it a warning).
            Flag::new(
                span.clone(),
                "This says no without saying why: consider giving the reason.",
            )
            .tentative()
        } else if !reason {
            Flag::new(
                span.clone(),
                "This says no without saying why: give the reason, kindly.",
            )
        } else {
            Flag::new(
                span.clone(),
                "The reason is there, but the no lands hard: add a word of regret or an option.",
            )
        };
        let flag = match (reason, softened) {
            _ if refusal.kind == Kind::BareNo => flag.replace(
                "Give the reason, kindly",
                span.clone(),
                format!("{unfortunately} not{reason_text}"),
            ),
            (false, false) => flag.replace(
                "Give the reason, kindly",
                span.clone(),
                format!("{unfortunately}, {}{reason_text}", lowered(draft, &span)),
            ),
            (false, true) => flag.insert("Give the reason", span.end, reason_text),
            _ => flag.replace(
                "Soften the no",
                span.clone(),
                format!("{unfortunately}, {}", lowered(draft, &span)),
            ),
        };
        flags.push(flag);
    }
    flags
}

#[cfg(test)]
pub(crate) mod tests {
    use crate::engine::checks::testing::assert_rewrites_clean;
    use crate::engine::checks::testing::flags;
    use crate::engine::{apply, check, Config};

    const ID: &str = "abrupt-refusal";

    fn flagged_with(text: &str, customer: Option<&str>) -> bool {
        flags(ID, text, customer)
    }

    fn flagged(text: &str) -> bool {
        flagged_with(text, None)
    }

    #[test]
    fn a_refusal_longer_than_its_clause_window_is_checked() {
        // Found by fuzzing: the gap in "do not ... accept" skips symbols, so the match ran
        // past the 40-token window its clause was looked for in, and slicing the words after
        // it panicked.
        let text = format!("We do not {} accept returns.", "😀".repeat(40));
        check(&text, None, &Config::default());
    }

    #[test]
    fn a_no_without_reason_is_a_hint_when_an_option_follows_and_a_warning_when_only_regretted() {
        use crate::engine::Severity;
        let severity = |text: &str| {
            check(text, None, &Config::default())
                .findings
                .iter()
                .find(|f| f.check == ID)
                .map(|f| f.severity)
        };
        assert_eq!(
            severity(
                "That option isn't available. You can vote for it here: https://example.com/ideas"
            ),
            Some(Severity::Hint)
        );
        assert_eq!(
            severity("Unfortunately we can't change the booking."),
            Some(Severity::Warning)
        );
        assert_eq!(
            severity("We can't change the booking."),
            Some(Severity::Warning)
        );
        // Hearing back, or asking to hear from them, is no way forward.
        assert_eq!(
            severity("We can't refund this order. Let us know if you have questions."),
            Some(Severity::Warning)
        );
        assert_eq!(
            severity("We'll get back to you soon. We can't refund this order."),
            Some(Severity::Warning)
        );
    }

    #[test]
    fn flag_bare_not_available() {
        assert!(flagged(
            "Hello. Gift wrapping is not available for this item."
        ));
    }

    #[test]
    fn flag_only_available_somewhere_else() {
        assert!(flagged(
            "The loyalty card is only available in Ireland and the UK. Regards"
        ));
    }

    #[test]
    fn flag_softened_but_no_reason() {
        assert!(flagged(
            "Unfortunately we are unable to extend your trial. Sorry about that."
        ));
    }

    #[test]
    fn flag_no_information_without_pointer() {
        assert!(flagged(
            "Sadly we don't have any information on the new range. Apologies."
        ));
    }

    #[test]
    fn flag_reason_without_softening() {
        assert!(
            flagged("As the seat was booked on a basic fare, a fee will be applied.",)
                || flagged_with(
                    "As the seat was booked on a basic fare, a fee will be applied.",
                    Some("Why do I have to pay for my seat?"),
                )
        );
        assert!(flagged_with(
            "As the seat was booked on a basic fare, a fee will be applied.",
            Some("Why do I have to pay for my seat?"),
        ));
    }

    #[test]
    fn flag_cannot_be_changed() {
        assert!(flagged(
            "Once an order is placed the delivery slot can't be changed."
        ));
    }

    #[test]
    fn flag_bare_no_to_a_request() {
        assert!(flagged_with(
            "No. ^JT",
            Some("Could you waive the late fee this once?")
        ));
    }

    #[test]
    fn flag_no_longer_supported_with_feedback_link() {
        assert!(flagged(
            "That model is no longer supported. Share your ideas here: https://example.com/ideas"
        ));
    }

    #[test]
    fn dont_flag_cant_wait() {
        assert!(!flagged(
            "We can't wait to see you at the launch on Friday!"
        ));
    }

    #[test]
    fn dont_flag_cant_thank_you_enough() {
        assert!(!flagged(
            "We can't thank you enough for the lovely feedback."
        ));
    }

    #[test]
    fn dont_flag_cant_imagine() {
        assert!(!flagged(
            "I can't imagine how frustrating that wait must have been."
        ));
    }

    #[test]
    fn dont_flag_favourable_no() {
        assert!(!flagged_with(
            "Nope! Still just the $2 for extra cheese.",
            Some("Is extra cheese more expensive on a large?"),
        ));
    }

    #[test]
    fn dont_flag_troubleshooting_question() {
        assert!(!flagged(
            "Can't log in? Try resetting your password from the sign-in page."
        ));
    }

    #[test]
    fn dont_flag_no_problem() {
        assert!(!flagged(
            "No problem at all! No worries, it's not a problem for us."
        ));
    }

    #[test]
    fn dont_flag_customer_side_negation() {
        assert!(!flagged(
            "If you can't find the code, check the back of the card."
        ));
        assert!(!flagged(
            "Sorry you're unable to get through on the phone. Try our chat instead."
        ));
    }

    #[test]
    fn dont_flag_no_news_yet_with_pointer() {
        assert!(!flagged(
            "There's no announcement yet, but stay tuned to our blog for news."
        ));
    }

    #[test]
    fn dont_flag_reasoned_and_softened() {
        assert!(!flagged(
            "I'm sorry, we can't refund opened software because the licence is activated once it's opened."
        ));
    }

    #[test]
    fn dont_flag_channel_reason_with_apology() {
        assert!(!flagged(
            "Sorry! We can't see account details via Twitter, so please call us on the number in your app."
        ));
    }

    #[test]
    fn flag_only_for_some_customers() {
        assert!(flagged("That discount is only for new customers."));
    }

    #[test]
    fn flag_against_policy_without_softening() {
        assert!(flagged(
            "It's against our policy to share a driver's phone number."
        ));
        // "that's" is one word to the tokenizer, as "it's" is.
        assert!(flagged("Hello. That's against our policy."));
    }

    #[test]
    fn dont_flag_policy_with_reason_and_regret() {
        assert!(!flagged(
            "I'm sorry, that's against our policy because drivers' numbers are private. You can message the driver in the app."
        ));
    }

    #[test]
    fn dont_flag_echoed_news() {
        assert!(!flagged(
            "Oh no, sorry to hear it's out of stock! You can sign up for a restock alert on the product page."
        ));
    }

    #[test]
    fn dont_flag_general_rule_with_some() {
        assert!(!flagged(
            "Do you have the latest version? Some games are not available offline."
        ));
    }

    #[test]
    fn dont_flag_no_promises() {
        assert!(!flagged(
            "We can't make any promises about new features, but we've shared your idea with the team."
        ));
    }

    #[test]
    fn dont_flag_findings() {
        assert!(!flagged(
            "We couldn't find an order under that email. Could you check the address?"
        ));
        assert!(!flagged(
            "Unfortunately we are unable to reproduce the crash at our end."
        ));
    }

    #[test]
    fn never_panics_on_odd_input() {
        for text in [
            "",
            " ",
            "\r\n\r\n",
            "No.",
            "can't",
            "only",
            "😀 we can't 😀 ^KM",
            "ليس متاحا, not available",
            "Sorry, we can't.\r\nNot possible.\r\n-Jo",
            "[option A] is not possible [reason]",
        ] {
            let report = check(text, Some(text), &Config::default());
            for finding in &report.findings {
                assert!(text.is_char_boundary(finding.start) && text.is_char_boundary(finding.end));
                for rewrite in &finding.rewrites {
                    assert!(apply(text, &rewrite.edit).is_ok());
                }
            }
        }
    }

    #[test]
    fn rewrites_fix_it_and_add_nothing_new() {
        let docs = super::ABRUPT_REFUSAL.docs();
        let samples = [
            docs.example.as_str(),
            "We don't have that information, I'm afraid, Priya ^RK",
            "Hi Dana, unfortunately that game is no longer supported. Our apologies.",
            "We can't refund opened software because the licence is activated on opening.",
            "Hello. That's against our policy.",
        ];
        for sample in samples {
            assert_rewrites_clean(ID, sample, None, &Config::default());
        }
    }

    #[test]
    fn the_softened_no_lowers_a_pronoun_and_keeps_a_name() {
        let softened = |text: &str| {
            let report = check(text, None, &Config::default());
            let finding = report
                .findings
                .iter()
                .find(|f| f.check == ID)
                .expect("flagged");
            apply(text, &finding.rewrites[0].edit).expect("applies")
        };
        assert!(softened("They can't use it.").starts_with("Unfortunately, they can't use it"));
        assert!(
            softened("Netflix isn't available here.").starts_with("Unfortunately, Netflix isn't")
        );
    }

    #[test]
    fn pass_a_no_given_as_the_reason_for_something_else() {
        assert!(!flagged(
            "Since the room is not available that week, you can pick another date."
        ));
        assert!(!flagged(
            "It wouldn't be possible, since you can only add whole folders. You can ask the owner to share the file."
        ));
        assert!(flagged("The room is not available that week."));
    }

    #[test]
    fn pass_a_channel_limit_with_regret() {
        assert!(!flagged(
            "I'm sorry for the trouble. We are unable to discuss account recovery on this forum."
        ));
    }

    #[test]
    fn pass_what_only_looks_like_a_no() {
        // A choice, a kind of thing, a protection, a pause with its end.
        assert!(!flagged(
            "Auto-renew is on by default and can be turned off at any time."
        ));
        assert!(!flagged(
            "Feel free to DM us about questions not covered in the terms."
        ));
        assert!(!flagged(
            "Nobody else would be able to use your old address after that."
        ));
        assert!(!flagged("Online ordering is turned off tonight for the promotion, but it'll be back on tomorrow."));
        // The same words saying no.
        assert!(flagged("Auto-renew has been turned off."));
        assert!(flagged("That question is not covered."));
        assert!(flagged("It's not possible at the moment."));
        assert!(flagged(
            "Online ordering is turned off tonight for the promotion."
        ));
    }

    #[test]
    fn pass_a_reason_in_the_next_sentence() {
        assert!(!flagged(
            "I'm sorry, we can't refund this order. It was marked as final sale when you bought it."
        ));
        // An instruction or thanks after the no explains nothing.
        assert!(flagged(
            "I'm sorry, we can't refund this order. Please contact the seller."
        ));
        assert!(flagged(
            "We can't refund this order. Thanks for understanding."
        ));
        // An inserted offer and its question do not push the explanation out of reach.
        assert!(!flagged(
            "Sorry, we can't pay for the taxi. What I can do is [option A]. Which would you prefer? \
             The airline that flew the last leg is the one that covers delays."
        ));
    }

    #[test]
    fn rules_stated_as_facts_and_typed_refusals() {
        assert!(flagged("No refunds are given on sale items."));
        assert!(flagged("Sale items are excluded from refunds."));
        assert!(flagged("Refunds are not issued on sale items."));
        assert!(flagged("we wont be able to change the address"));
        assert!(!flagged(
            "Unfortunately, we can't refund this order since the item has been worn."
        ));
    }
}

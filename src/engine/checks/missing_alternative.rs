use super::{placeholder, Context, Flag};
use crate::engine::moves::offer::{
    alternative_after, offers_option, read_more, skip_also, INFO_POINTER,
};
use crate::engine::moves::refusal::{Kind, Refusal};
use crate::engine::text::Draft;

declare_check! {
    /// ## What it catches
    /// A reply that says no, or that something can't be done, and then stops: no other
    /// channel, team, workaround, substitute or link to a way of doing it, not even "I'll
    /// pass this on" or "stay tuned".
    ///
    /// ## Why it matters
    /// A no followed by nothing leaves the customer at a dead end, and dead ends are where
    /// customers decide to leave. Even when the answer can't change, naming what you can
    /// do, ideally two options to choose from, turns a refusal into help and hands them
    /// back some control.
    ///
    /// ## Example
    /// ```text
    /// Sorry, we don't ship to Norway at the moment. Kind regards
    /// ```
    ///
    /// ## Use instead
    /// ```text
    /// Sorry, we can't ship to Norway at the moment because of customs rules.
    /// What I can do is send it to a forwarding address in Sweden, or hold it in store for pickup. Which would you prefer?
    /// ```
    MISSING_ALTERNATIVE, "missing-alternative", Warning, run
}

fn run(cx: &Context) -> Vec<Flag> {
    let draft = cx.draft;
    let pointer = INFO_POINTER.occurs(draft);
    let all = cx.refusals();
    let refusals: Vec<&Refusal> = all
        .iter()
        // "That's the only deal we have" and "opened in branch only" name the option, "not
        // before the term ends" says when; "no news yet, stay tuned" refuses nothing.
        .filter(|r| {
            r.kind != Kind::OnlyOption
                && !r.names_a_way(draft)
                && !r.holds_only_before(draft)
                && !r.is_pending_news(draft, pointer)
                && !declines_an_offer(draft, r)
        })
        .collect();
    let Some(first) = refusals.first() else {
        return Vec::new();
    };
    // A pointer to more reading is no other way (the guide's link that restates the rule).
    let reading = read_more(draft);
    let mut skip: Vec<_> = refusals.iter().map(|r| r.stretch.clone()).collect();
    skip_also(&mut skip, reading.iter().cloned());
    let elsewhere = |s: usize| {
        let at = draft.sentences[s].tokens.start;
        !reading.iter().any(|r| r.contains(&at))
    };
    if offers_option(draft, &skip, false)
        || refusals
            .iter()
            .any(|r| alternative_after(draft, r).is_some_and(elsewhere))
    {
        return Vec::new();
    }
    let (at, sep) = draft.after_sentence(&draft.sentences[first.sentence]);
    vec![Flag::new(
        first.span.clone(),
        "This says no and stops there: offer what you can do instead.",
    )
    .insert(
        "Offer two options",
        at,
        format!(
            "{sep}What I can do is {}, or {}. Which would you prefer?",
            placeholder::OPTION_A,
            placeholder::OPTION_B
        ),
    )
    .insert(
        "Point to another way",
        at,
        format!("{sep}You can also {} instead.", placeholder::OPTION_A),
    )]
}

/// "No thanks" declines what the customer offered: there is nothing to offer instead.
fn declines_an_offer(draft: &Draft, refusal: &Refusal) -> bool {
    refusal.kind == Kind::BareNo
        && draft
            .sentence_tokens(&draft.sentences[refusal.sentence])
            .iter()
            .any(|t| t.norm.is_among("thanks thank"))
}

#[cfg(test)]
mod tests {
    use crate::engine::checks::testing::assert_rewrites_clean;
    use crate::engine::checks::testing::flags;
    use crate::engine::Config;

    const ID: &str = "missing-alternative";

    fn flagged_with(text: &str, customer: Option<&str>) -> bool {
        flags(ID, text, customer)
    }

    fn flagged(text: &str) -> bool {
        flagged_with(text, None)
    }

    #[test]
    fn what_we_can_do_instead_in_many_verbs_is_an_alternative() {
        for reply in [
            "While we can't refund this fare, we can move you to the 6 pm train at no cost.",
            "We can't ship it to Norway, but we can hold it at our Oslo partner for collection.",
        ] {
            assert!(!flagged(reply), "{reply}");
        }
        assert!(flagged(
            "We can't ship it to Norway, as customs rules forbid it."
        ));
    }

    #[test]
    fn a_substitute_said_as_what_exists_is_an_alternative() {
        let no = "Sorry, we no longer stock that kettle, as the range has ended.";
        assert!(flagged(no));
        assert!(!flagged(&format!(
            "{no} Our sister brand sells a very similar model."
        )));
    }

    #[test]
    fn flag_no_longer_supported() {
        assert!(flagged(
            "Hi Dan, unfortunately this printer is no longer supported. Our apologies."
        ));
    }

    #[test]
    fn flag_only_available_elsewhere() {
        assert!(flagged(
            "Our meal deal is only available in England and Wales. Thanks"
        ));
    }

    #[test]
    fn flag_reasoned_refusal_with_nothing_offered() {
        assert!(flagged(
            "Click and collect is turned off during our stocktake. Apologies for any hassle."
        ));
    }

    #[test]
    fn flag_no_information_and_no_pointer() {
        assert!(flagged("Sorry, we don't have that information here."));
    }

    #[test]
    fn flag_policy_link_is_not_an_option() {
        assert!(flagged(
            "I'm afraid we won't be able to accept returns on opened cosmetics. Policy: https://example.com/returns"
        ));
    }

    #[test]
    fn dont_flag_refusal_with_feedback_link() {
        assert!(!flagged(
            "That feature is not available. Please send us your ideas here: https://example.com/ideas"
        ));
    }

    #[test]
    fn dont_flag_pass_it_on() {
        assert!(!flagged(
            "Casting isn't supported right now, but we'll be sure to pass your request on to the team."
        ));
    }

    #[test]
    fn dont_flag_other_channel() {
        assert!(!flagged(
            "We're unable to view orders via Twitter. Please contact us by chat here: https://example.com/help"
        ));
    }

    #[test]
    fn dont_flag_no_news_yet_stay_tuned() {
        assert!(!flagged(
            "We don't have any news on a release date yet. Stay tuned to our blog!"
        ));
    }

    #[test]
    fn dont_flag_what_we_can_do() {
        assert!(!flagged(
            "We can't change the seat type on this fare. What we can do is add extra legroom for £10."
        ));
    }

    #[test]
    fn dont_flag_the_only_thing_we_can_offer() {
        assert!(!flagged(
            "Unfortunately we can only offer a refund for this order, as the item is discontinued."
        ));
    }

    #[test]
    fn dont_flag_only_deal_we_have() {
        assert!(!flagged(
            "That's the only bundle we have for that phone right now."
        ));
    }

    #[test]
    fn dont_flag_hard_negatives() {
        assert!(!flagged(
            "We can't wait to see you! No worries about the mix-up."
        ));
        assert!(!flagged("If you can't find the receipt, that's fine too."));
    }

    #[test]
    fn flag_sold_out() {
        assert!(flagged("Sadly the concert is sold out. Apologies!"));
    }

    #[test]
    fn dont_flag_other_team_can_help() {
        assert!(!flagged(
            "Unfortunately I can't see your account from here, but our phone team can help on 0800 111 222."
        ));
    }

    #[test]
    fn dont_flag_substitute_offered() {
        assert!(!flagged(
            "Unfortunately, that code has expired, but here's a new one for 10% off: SAVE10."
        ));
    }

    #[test]
    fn dont_flag_not_yet_with_pointer() {
        assert!(!flagged(
            "It isn't available in Canada yet, but it's coming this spring. Keep an eye on our newsletter."
        ));
    }

    #[test]
    fn dont_flag_link_to_a_way() {
        assert!(!flagged(
            "We can't change that from here. Our help centre has the steps: https://example.com/steps"
        ));
    }

    #[test]
    fn dont_flag_but_with_a_substitute() {
        assert!(!flagged(
            "Wi-Fi isn't available on this train, but the quiet coach has power sockets at every seat."
        ));
    }

    #[test]
    fn flag_but_with_only_thanks() {
        assert!(flagged(
            "We can't refund that order, but thanks for asking."
        ));
    }

    #[test]
    fn rewrites_fix_it_and_add_nothing_new() {
        let docs = super::MISSING_ALTERNATIVE.docs();
        for sample in [
            docs.example.as_str(),
            "Hi Dana, unfortunately that game is no longer supported. Our apologies. ^RK",
            "We don't have that information, I'm afraid, Priya ^RK",
        ] {
            assert_rewrites_clean(ID, sample, None, &Config::default());
        }
    }

    #[test]
    fn another_place_is_an_alternative_and_the_rules_are_not() {
        let no = "I'm sorry, but we can't refund this order as it was marked final sale.";
        assert!(!flagged(&format!(
            "{no} Any of our branches can do it over the counter."
        )));
        assert!(!flagged(&format!(
            "{no} Our store on Main Street may be able to help in person."
        )));
        assert!(flagged(&format!(
            "{no} You can read our refund policy here: https://example.com/p"
        )));
    }
}

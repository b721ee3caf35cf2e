use super::capitalised_start;
use super::{placeholder, Context, Flag};
use crate::engine::config::ApologyPolicy;
use crate::engine::moves::feeling::{acknowledges, Upset};
use crate::engine::moves::opening::first_sentence;

declare_check! {
    /// ## What it catches
    /// The customer's message is plainly upset (insults, "worst", "ridiculous", angry emoji,
    /// "no reply", threats to leave) and the reply goes straight to questions, links or
    /// instructions without a word about how they feel or what went wrong. Weaker signs
    /// alone (shouting, "!!!", "again", "still not") make it a hint. Runs only when you
    /// paste the customer's message.
    ///
    /// ## Why it matters
    /// An angry message is usually a request for help in a loud voice. Until someone shows
    /// they heard the frustration, a customer tends to read every instruction as a brush-off.
    /// One honest line that names their problem calms things down and makes the rest of the
    /// reply land.
    ///
    /// ## Example
    /// ```text
    /// Customer: This is the worst service ever, my order is a week late!!!
    /// Can you send us your order number by DM?
    /// ```
    ///
    /// ## Use instead
    /// ```text
    /// Customer: This is the worst service ever, my order is a week late!!!
    /// I'm sorry your order is a week late; that's really frustrating. Can you send us your order number by DM?
    /// ```
    NO_ACKNOWLEDGMENT, "no-acknowledgment", Warning, run
}

fn run(cx: &Context) -> Vec<Flag> {
    let draft = cx.draft;
    let how_upset = cx.upset();
    if how_upset == Upset::Calm || acknowledges(draft) {
        return Vec::new();
    }
    let Some((span, at)) = first_sentence(draft) else {
        return Vec::new();
    };
    let opening = format!(
        "I'm sorry about {} — I can see how frustrating this is. ",
        placeholder::PROBLEM
    );
    let naming = format!(
        "I can see how frustrating {} is, and I want to put it right. ",
        placeholder::PROBLEM
    );
    // Weaker signs alone ("again", "??", a shouted word) make it a suggestion, not a warning.
    let flag = match how_upset {
        Upset::Signs => Flag::new(
            span,
            "The customer sounds frustrated and this reply never acknowledges it: consider naming their problem first.",
        )
        .tentative(),
        _ => Flag::new(
            span,
            "The customer is upset and this reply never acknowledges it: name their problem first.",
        ),
    };
    let (range, tail) = capitalised_start(draft, at);
    let naming = ("Open by naming their problem", format!("{naming}{tail}"));
    let flag = if cx.config.apology == ApologyPolicy::Avoid {
        // The house style avoids apologies: acknowledge without one.
        flag
    } else {
        flag.replace(
            "Open with an apology that names their problem",
            range.clone(),
            format!("{opening}{tail}"),
        )
    };
    vec![flag.replace(naming.0, range, naming.1)]
}

#[cfg(test)]
mod tests {
    use crate::engine::checks::testing::assert_rewrites_clean;
    use crate::engine::checks::testing::flags;
    use crate::engine::{apply, check, Config};

    fn flagged(customer: Option<&str>, reply: &str) -> bool {
        flags("no-acknowledgment", reply, customer)
    }

    fn upset(reply: &str, customer: &str) -> bool {
        flagged(Some(customer), reply)
    }

    #[test]
    fn flag_insult_answered_with_a_question() {
        assert!(upset(
            "@user Which store did you visit?",
            "Your staff are useless, nobody could tell me anything"
        ));
    }

    #[test]
    fn flag_worst_service_answered_with_a_link() {
        assert!(upset(
            "Please fill in the form here: https://example.com/help",
            "Honestly the worst customer service I've dealt with"
        ));
    }

    #[test]
    fn flag_still_waiting_answered_with_here_to_help() {
        assert!(upset(
            "We're here to help! Please DM us the email on your account.",
            "Three emails and still no reply from anyone."
        ));
    }

    #[test]
    fn flag_angry_emoji_and_thanks_for_patience() {
        assert!(upset(
            "Thanks for your patience.",
            "My parcel is lost again 😡"
        ));
    }

    #[test]
    fn flag_shouting_and_help() {
        assert!(upset(
            "Hi Dana, what did the agent advise?",
            "The app DOES NOT WORK and I have a flight in an hour. HELP!"
        ));
    }

    #[test]
    fn flag_threat_to_leave() {
        assert!(upset(
            "You can change your plan in the app settings.",
            "Fed up with this, I'm taking my business elsewhere."
        ));
    }

    #[test]
    fn dont_flag_without_customer_message() {
        assert!(!flagged(None, "Can you send us your order number by DM?"));
    }

    #[test]
    fn dont_flag_calm_customer() {
        assert!(!upset(
            "Can you send us your order number by DM?",
            "Hi, could you tell me when my order will ship?"
        ));
    }

    #[test]
    fn dont_flag_happy_shouting() {
        assert!(!upset(
            "Glad we could help!",
            "THANK YOU SO MUCH!!! You saved my weekend!!!"
        ));
    }

    #[test]
    fn flag_other_upset_phrasings() {
        for customer in [
            "The agent had no clue what to do",
            "How hard is it to deliver one parcel",
            "I'll be taking my money somewhere else",
            "Thinking of switching to another provider",
            "I'm fed up, three calls and nobody answered",
            "Nice. And what are you doing about it?",
            "I already told your agent twice, I won't use the website.",
        ] {
            assert!(upset("Which store was it?", customer), "{customer}");
        }
    }

    #[test]
    fn dont_flag_other_acknowledgements() {
        let customer = "Worst app ever!!!";
        for reply in [
            "That's not ideal. Which phone do you use?",
            "We'd hate to see you go. Which phone do you use?",
            "That doesn't sound right. Which phone do you use?",
            "Sounds like an unpleasant experience for you. Tell us more?",
            "What made you feel this way?",
        ] {
            assert!(!upset(reply, customer), "{reply}");
        }
    }

    #[test]
    fn dont_flag_happy_swearing() {
        assert!(!upset("Enjoy!", "This deal is insane, love it"));
    }

    #[test]
    fn flag_thanks_for_nothing() {
        assert!(upset(
            "Please DM us your order number.",
            "Thanks for nothing."
        ));
    }

    #[test]
    fn dont_flag_reply_with_apology() {
        assert!(!upset(
            "I'm so sorry about this. Which store was it?",
            "Worst shop ever, the staff were rude"
        ));
    }

    #[test]
    fn dont_flag_reply_that_understands() {
        assert!(!upset(
            "I understand how annoying that is. Let's fix it: which device are you using?",
            "This update is ridiculous, nothing works!!!"
        ));
    }

    #[test]
    fn dont_flag_oh_no_with_comma() {
        assert!(!upset(
            "Oh, no! Please ask the crew for a new headset.",
            "Nothing works on this flight, terrible"
        ));
    }

    #[test]
    fn dont_flag_thats_strange() {
        assert!(!upset(
            "That's strange. Can you try another browser?",
            "Your site is down AGAIN 😑"
        ));
    }

    /// The doc Example: each rewrite clears the finding and adds nothing but placeholders.
    #[test]
    fn rewrites_fix_the_example() {
        let customer = Some("This is the worst service ever, my order is a week late!!!");
        for reply in [
            "Can you send us your order number by DM?",
            "@user hi Sam, having trouble with the app? DM us.",
        ] {
            assert_rewrites_clean("no-acknowledgment", reply, customer, &Config::default());
        }
    }

    #[test]
    fn rewrite_capitalises_after_a_greeting() {
        let customer = Some("Your app is useless");
        let reply = "@user Hey Sam, having trouble? DM us.";
        let report = check(reply, customer, &Config::default());
        let finding = report
            .findings
            .iter()
            .find(|f| f.check == "no-acknowledgment")
            .unwrap();
        let fixed = apply(reply, &finding.rewrites[0].edit).unwrap();
        assert_eq!(
            fixed,
            "@user Hey Sam, I'm sorry about [their problem] — I can see how frustrating this is. Having trouble? DM us."
        );
    }

    #[test]
    fn pass_impatience_and_worry_without_anger() {
        let reply = "Please restart the app and tell us what you see.";
        assert!(!flagged(
            Some("Please help, the app is still not working"),
            reply
        ));
        assert!(!flagged(
            Some("Help! My login has not worked since last night."),
            reply
        ));
        assert!(flagged(
            Some("This is ridiculous, the app is still not working"),
            reply
        ));
    }

    #[test]
    fn pass_a_verdict_that_sides_with_the_customer() {
        let customer = Some("Worst update ever, my files are gone!!!");
        assert!(!flagged(
            customer,
            "That sounds distressing. Let's get your files back."
        ));
        assert!(!flagged(
            customer,
            "Ugh, that is a real pain. Let's get your files back."
        ));
        assert!(!flagged(
            customer,
            "That's not the kind of experience we want for you. DM us."
        ));
        assert!(!flagged(
            customer,
            "I see exactly what you mean. DM us the details."
        ));
    }

    #[test]
    fn question_marks_alone_are_not_anger() {
        let reply = "Please restart the router and tell us what you see.";
        assert!(!flagged(Some("Is anyone else without service???"), reply));
        assert!(flagged(Some("Still no service AGAIN???"), reply));
    }

    #[test]
    fn demands_accusations_and_threats_are_upset() {
        let reply = "Please DM us your account number.";
        for customer in [
            "Get your act together and fix the app.",
            "You had no right to share my details.",
            "Your agent refused to help me.",
            "I will be reporting you to the ombudsman.",
            "Cancel my subscription, this app sucks.",
        ] {
            assert!(flagged(Some(customer), reply), "{customer}");
        }
    }

    #[test]
    fn words_that_are_also_plain_nouns_need_a_verdict() {
        let reply = "Please check your filter settings.";
        assert!(!flagged(
            Some("My mail keeps going into the trash folder."),
            reply
        ));
        assert!(!flagged(Some("How do I report fraud on a listing?"), reply));
        assert!(!flagged(
            Some("I have no idea what my old login was."),
            reply
        ));
        assert!(!flagged(
            Some("Can an address never be used again after I close it?"),
            reply
        ));
        assert!(flagged(Some("This is a scam."), reply));
        assert!(flagged(
            Some("Your agents have no idea what they are doing."),
            reply
        ));
        assert!(flagged(Some("Never shopping with you again."), reply));
        assert!(flagged(Some("Raw meat!!! In my salad!!!"), reply));
        assert!(flagged(Some("Not helpful at all."), reply));
    }

    #[test]
    fn weaker_signs_alone_make_a_hint() {
        let reply = "Please restart the router.";
        let severity = |customer: &str| {
            check(reply, Some(customer), &Config::default())
                .findings
                .iter()
                .find(|f| f.check == "no-acknowledgment")
                .map(|f| f.severity)
        };
        use crate::engine::Severity;
        assert_eq!(severity("Internet down AGAIN??"), Some(Severity::Hint));
        assert_eq!(
            severity("Internet down again, this is ridiculous"),
            Some(Severity::Warning)
        );
        assert_eq!(severity("Is the internet down?"), None);
    }
}

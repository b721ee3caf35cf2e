use super::{Context, Flag};

declare_check! {
    /// ## What it catches
    /// A fill-in left in the draft: `[option A]`, `[time]`, `{{name}}`, `<NAME>`. Until it
    /// is filled in, the reply cannot be sent.
    ///
    /// ## Why it matters
    /// A template gap tells the customer they are getting a form letter, at the moment they
    /// most need to feel heard by a person. It can also hide the one fact they were waiting
    /// for, such as the time you promised or their own name.
    ///
    /// ## Example
    /// ```text
    /// Hi {{name}}, your replacement will be with you by [day].
    /// ```
    ///
    /// ## Use instead
    /// ```text
    /// Hi Dana, your replacement will be with you by Thursday.
    /// ```
    UNFILLED_PLACEHOLDER, "unfilled-placeholder", Error, run
}

fn run(cx: &Context) -> Vec<Flag> {
    let text = cx.draft.text;
    cx.draft
        .placeholders()
        .iter()
        .map(|range| {
            let message = format!(
                "Fill in {} before sending: the reply is blocked until every placeholder is replaced.",
                &text[range.clone()]
            );
            Flag::new(range.clone(), message)
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use crate::engine::checks::testing;
    use crate::engine::{check, Config, Severity};

    fn flagged(text: &str) -> Vec<String> {
        testing::findings("unfilled-placeholder", text, None, &Config::default())
            .into_iter()
            .map(|f| text[f.start..f.end].to_string())
            .collect()
    }

    #[test]
    fn flag_every_kind_of_placeholder() {
        assert_eq!(
            flagged("Hi {{first_name}}, I'll call you at [time] about <ORDER ID>."),
            ["{{first_name}}", "[time]", "<ORDER ID>"]
        );
        assert_eq!(
            flagged("What I can do is [option A], or [option B]."),
            ["[option A]", "[option B]"]
        );
    }

    #[test]
    fn flag_blocks_sending() {
        let report = check("Thanks {name}!", None, &Config::default());
        let finding = report
            .findings
            .iter()
            .find(|f| f.check == "unfilled-placeholder")
            .unwrap();
        assert_eq!(finding.severity, Severity::Error);
        assert!(!report.summary.ready);
        assert!(finding.message.contains("{name}"));
    }

    #[test]
    fn dont_flag_links_markup_or_filled_text() {
        assert!(
            flagged("See [our returns page](https://example.com/returns) for details.").is_empty()
        );
        assert!(flagged("Use <b>bold</b> for the heading.").is_empty());
        assert!(flagged("Hi Dana, I'll call you at 4 pm today.").is_empty());
        assert!(flagged("That's 2 < 3 and 5 > 4.").is_empty());
        // A menu step named as the phone shows it, not a gap.
        assert!(flagged("Go to Settings > [your name] > Subscriptions.").is_empty());
        assert_eq!(
            flagged("Go to Settings > [your name] and tap it."),
            ["[your name]"]
        );
    }

    #[test]
    fn dont_flag_empty_or_odd_input() {
        assert!(flagged("").is_empty());
        assert!(flagged("[").is_empty());
        assert!(flagged("{{}} [] <>").is_empty());
        assert!(flagged("😀 [😀] {{ }}").is_empty());
    }
}

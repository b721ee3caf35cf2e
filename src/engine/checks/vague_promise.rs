use super::{placeholder, Context, Flag};
use crate::engine::lexicon::CONCRETE_TIME;
use crate::engine::pattern::Phrases;
use std::sync::LazyLock;

declare_check! {
    /// ## What it catches
    /// A promise to act or get back to the customer with no time attached: "soon",
    /// "shortly", "ASAP", "we'll look into it", "someone will be in touch".
    ///
    /// ## Why it matters
    /// An upset customer has usually been told "soon" before. A commitment only rebuilds
    /// trust when they can check it was kept, so it needs a time they can hold you to;
    /// an open-ended one leaves them waiting and chasing.
    ///
    /// ## Example
    /// ```text
    /// Thanks for your patience. We'll look into it and get back to you soon.
    /// ```
    ///
    /// ## Use instead
    /// ```text
    /// Thanks for your patience. I'm checking your order now and will email you by 3 pm today.
    /// ```
    VAGUE_PROMISE, "vague-promise", Warning, run
}

/// Words that make a commitment vague when they stand in for its time.
static VAGUE_TIME: LazyLock<Phrases> = LazyLock::new(|| {
    Phrases::new(&[
        "soon",
        "shortly",
        "asap",
        "a.s.a.p",
        "as soon as possible",
        "right back",
        "in due course",
        "at the earliest",
        "in a bit",
        "in a while",
        "at some point",
    ])
});

/// Commitments from the agent's side that need a time.
static COMMITMENT: LazyLock<Phrases> = LazyLock::new(|| {
    const WHO: &str = "we|i|team|someone|somebody|they will|shall *2";
    Phrases::new(&[
        format!("{WHO} look|looking into"),
        format!("{WHO} get back"),
        format!("{WHO} be in touch"),
        format!("{WHO} reach|follow|circle|get out|up|back"),
        format!("{WHO} check|review|investigate|contact|update|call|email|message"),
        format!("{WHO} take a [closer|quick|further] look"),
        format!("{WHO} get|have this|it|that|things sorted|fixed|resolved"),
        "we|i|team am|are|is [currently|still] working|looking on|into it|this|that".to_string(),
    ])
});

const WINDOWS: [(&str, &str); 3] = [
    ("Give a time: within the hour", "within the hour"),
    ("Give a time: by end of day today", "by end of day today"),
    ("Give a time: by a day you name", "by [day]"),
];

fn run(cx: &Context) -> Vec<Flag> {
    let draft = cx.draft;
    let team_windows = Phrases::new(&cx.config.promise_phrases);
    let mut flags = Vec::new();
    for sentence in &draft.sentences {
        let range = sentence.tokens.clone();
        if CONCRETE_TIME.occurs_in(draft, range.clone()) || team_windows.occurs_in(draft, range.clone()) {
            continue;
        }
        let commitments = COMMITMENT.find_in(draft, range.clone());
        let vague = VAGUE_TIME.find_in(draft, range.clone());
        let Some(commitment) = commitments.first() else {
            continue;
        };
        let mut flag = Flag::new(
            commitment.start..vague.last().map_or(commitment.end, |v| v.end.max(commitment.end)),
            match vague.first() {
                Some(v) => format!("\"{}\" is not a time the customer can hold you to.", &draft.text[v.start..v.end]),
                None => "This promise has no time: say when the customer will hear back.".to_string(),
            },
        );
        // Replace the vague word, or add a window right after the commitment's sentence.
        let windows = cx
            .config
            .promise_phrases
            .iter()
            .map(|p| (format!("Use the team's window: {p}"), p.clone()))
            .chain(WINDOWS.iter().map(|(l, w)| (l.to_string(), w.to_string())))
            .take(3);
        for (label, window) in windows {
            flag = match vague.first() {
                Some(v) => flag.replace(&label, v.start..v.end, window),
                None => {
                    let at = sentence_body_end(draft.sentence_text(sentence)) + sentence.start;
                    flag.insert(&label, at, format!(" {window}"))
                }
            };
        }
        let _ = placeholder::DAY;
        flags.push(flag);
    }
    flags
}

/// Where the sentence's words end, before its closing punctuation.
fn sentence_body_end(sentence: &str) -> usize {
    sentence.trim_end_matches(['.', '!', '?', '…', ' ']).len()
}

#[cfg(test)]
mod tests {
    use crate::engine::{check, Config};

    fn flagged(text: &str) -> bool {
        check(text, None, &Config::default())
            .findings
            .iter()
            .any(|f| f.check == "vague-promise")
    }

    #[test]
    fn flag_get_back_soon() {
        assert!(flagged("We'll get back to you soon."));
    }

    #[test]
    fn flag_look_into_it_without_time() {
        assert!(flagged("Thanks, we will look into this."));
    }

    #[test]
    fn dont_flag_as_soon_as_with_a_deadline() {
        assert!(!flagged("As soon as you reply we will refund within 24 hours."));
    }

    #[test]
    fn dont_flag_concrete_time() {
        assert!(!flagged("We'll get back to you by Friday."));
    }
}

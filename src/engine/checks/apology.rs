use super::capitalised_start;
use super::{placeholder, Context, Flag};
use crate::engine::config::ApologyPolicy;
use crate::engine::moves::feeling::Upset;
use crate::engine::moves::opening::first_sentence;
use crate::engine::pattern::{Match, Phrases};
use crate::engine::text::{among, capitalise_first, BySentence, Draft, Sentence, TokenKind};
use std::ops::Range;
use std::sync::LazyLock;

declare_check! {
    /// ## What it catches
    /// Apologies that don't land, judged by your team's apology policy. By default
    /// (`once`): a second or third apology in one reply, canned ones ("sorry for any
    /// inconvenience") and conditional ones ("sorry if you feel"). With `require`: an upset
    /// customer (from their pasted message) gets no sincere apology. With `avoid`: every
    /// apology, with an action statement offered instead.
    ///
    /// ## Why it matters
    /// A plain "I'm sorry" that names what went wrong can take the heat out of a complaint,
    /// and some customers would have stayed for that alone. But "sorry" said on reflex, said
    /// three times, or said "if you feel" sounds like a script or a shrug. Apologise once,
    /// own it, and then show what you're doing about it.
    ///
    /// ## Example
    /// ```text
    /// We apologize for any inconvenience. Sorry again for the trouble!
    /// ```
    ///
    /// ## Use instead
    /// ```text
    /// I'm sorry your order arrived late. I've refunded the delivery fee today.
    /// ```
    APOLOGY, "apology", Hint, run
}

static APOLOGY_WORDS: LazyLock<Phrases> =
    LazyLock::new(|| Phrases::lines(lines!["sorry", "apolog*", "regret|regrets"]));

/// "No need to apologise", "don't be sorry": the word, but not an apology from the agent.
static NOT_APOLOGY: LazyLock<Phrases> = LazyLock::new(|| {
    Phrases::lines(lines![
        "no need to|for apolog*|sorry",
        "nothing to apolog*|be",
        "do not be sorry",
        "apolog* accepted",
        "you apolog*",
    ])
});

/// Canned apology objects: "any inconvenience", "the inconvenience caused".
static GENERIC: LazyLock<Phrases> = LazyLock::new(|| {
    macro_rules! what {
        () => {
            "inconvenience|inconveniences|frustration|frustrations|trouble|troubles|confusion|issues|problems|disruption|hassle|difficulties|difficulty|upset|disappointment|delays|inconvenienced"
        };
    }
    Phrases::lines(lines![
        concat!("any|all [the] [of] ", what!(), " [this|that|it|we] [may|might|has|have] [have] [caused|experienced]"),
        concat!("any|all [the] [of] ", what!(), " or|and [any] ", what!(), " [this|that|it|we] [may|might|has|have] [have] [caused|experienced]"),
        "the|this inconvenience|inconveniences [this|that|it] [may|might|has] [have] [caused|experienced]",
        concat!("the|this inconvenience|inconveniences or|and [any] ", what!(), " [this|that|it] [may|might|has] [have] [caused|experienced]"),
    ])
});

/// "Sorry if you feel", "sorry that you feel", "sorry for how you feel".
static CONDITIONAL: LazyLock<Phrases> = LazyLock::new(|| {
    Phrases::lines(lines![
        "sorry|apolog* [to] [you] if|should",
        "sorry|apolog* [that] you feel|felt|think|thought|believe|perceive",
        "sorry|apolog* for how you feel|felt",
        "sorry|apolog* [that] that|this|it is|was how you feel|felt|see",
    ])
});

#[derive(Debug, Clone)]
struct Apology {
    /// The apology word.
    word: Match,
    sentence: usize,
    generic: Option<Match>,
    conditional: Option<Match>,
}

impl Apology {
    /// The same apology with its matches moved (see [`Match::shifted`]).
    fn shifted(&self, token: isize, byte: isize) -> Apology {
        let shift = |m: &Match| m.shifted(token, byte);
        Apology {
            word: shift(&self.word),
            sentence: self.sentence,
            generic: self.generic.as_ref().map(shift),
            conditional: self.conditional.as_ref().map(shift),
        }
    }

    fn sincere(&self) -> bool {
        self.generic.is_none() && self.conditional.is_none()
    }
}

/// The draft's apologies, at most one a sentence, each in its sentence's own offsets (see
/// [`placed`]). What a sentence holds is remembered with it, and the list of them with the
/// draft: a keystroke decides again only the sentences it touched, and reads no others.
fn apologies(draft: &Draft) -> BySentence<(), Apology> {
    draft.by_sentence((), (0, 0, 0), |index| {
        let sentence = &draft.sentences[index];
        let (token, byte) = (sentence.tokens.start as isize, sentence.start as isize);
        let held = draft.decided(index, (), || {
            sentence_apology(draft, sentence).map(|a| a.shifted(-token, -byte))
        });
        held.1.clone()
    })
}

/// Sentence `index`'s apology, kept in the sentence's own offsets, in the draft's.
fn placed(draft: &Draft, index: usize, apology: &Apology) -> Apology {
    let sentence = &draft.sentences[index];
    let (token, byte) = (sentence.tokens.start as isize, sentence.start as isize);
    Apology {
        sentence: index,
        ..apology.shifted(token, byte)
    }
}

/// The apology of one sentence: its first apology word that is not part of a non-apology
/// ("sorry to hear you liked it"), with any generic or conditional wording after it.
fn sentence_apology(draft: &Draft, sentence: &Sentence) -> Option<Apology> {
    let range = sentence.tokens.clone();
    let not = NOT_APOLOGY.find_in(draft, range.clone());
    let word = APOLOGY_WORDS
        .find_in(draft, range.clone())
        .into_iter()
        .find(|m| {
            !not.iter()
                .any(|n| n.tokens.start <= m.tokens.start && m.tokens.end <= n.tokens.end)
        })?;
    let after = word.tokens.start..range.end;
    Some(Apology {
        generic: GENERIC.find_in(draft, after.clone()).into_iter().next(),
        conditional: CONDITIONAL.find_in(draft, after).into_iter().next(),
        word,
        // A remembered decision holds no position in the draft: the caller fills it in.
        sentence: 0,
    })
}

fn run(cx: &Context) -> Vec<Flag> {
    let draft = cx.draft;
    match cx.config.apology {
        ApologyPolicy::Once => once(draft),
        ApologyPolicy::Require => require(cx),
        ApologyPolicy::Avoid => avoid(draft),
    }
}

fn once(draft: &Draft) -> Vec<Flag> {
    let apologies = apologies(draft);
    let Some(first) = apologies.found().next().map(|(i, a)| placed(draft, i, a)) else {
        return Vec::new();
    };
    let mut flags = Vec::new();
    if let Some(c) = &first.conditional {
        flags.push(conditional(draft, &first, c));
    } else if let Some(g) = &first.generic {
        flags.push(generic(draft, &first, g));
    }
    // Every later apology is one too many: its flag, which reads its sentence alone, is
    // kept with the draft in the sentence's own offsets.
    #[derive(Clone)]
    struct Repeated(Flag);
    let byte = |index: usize| draft.sentences[index].start as isize;
    let repeats = draft.by_sentence((), (0, 0, 0), |index| {
        let apology = placed(draft, index, apologies.get(index)?);
        Some(Repeated(repeated(draft, &apology).moved(-byte(index))))
    });
    let later = repeats
        .found()
        .filter(|(index, _)| *index != first.sentence);
    flags.extend(later.map(|(index, flag)| flag.0.moved(byte(index))));
    flags
}

fn repeated(draft: &Draft, apology: &Apology) -> Flag {
    let span = apology.word.start..apology.word.end;
    let flag = Flag::new(
        span,
        "This reply already apologised once: one sincere apology is enough.",
    );
    match removal(draft, apology) {
        Some((range, replacement)) => flag.replace("Remove the extra apology", range, replacement),
        None => flag,
    }
}

/// How to remove a repeated apology: the whole sentence when it is a short apology on
/// its own, or its opening apology clause ("Sorry again, ...").
fn removal(draft: &Draft, apology: &Apology) -> Option<(Range<usize>, String)> {
    let sentence = &draft.sentences[apology.sentence];
    let is_word =
        |t: &crate::engine::text::Token| matches!(t.kind, TokenKind::Word | TokenKind::Number);
    let tokens = &draft.tokens[sentence.tokens.clone()];
    let words = tokens.iter().filter(|t| is_word(t)).count();
    let opens = draft.starts_sentence(apology.word.tokens.start)
        || tokens
            .iter()
            .take_while(|t| t.start < apology.word.start)
            .filter(|t| is_word(t))
            .count()
            <= 3;
    if !opens {
        return None;
    }
    let ends_clean = draft.clauses(sentence).len() == 1
        || tokens
            .iter()
            .filter(|t| t.kind == TokenKind::Punct)
            .all(|t| among(". ! …", t.norm.as_str()));
    if words <= 12 && ends_clean {
        // The sentence and the space before it (or after it, at the start).
        let start = draft.text[..sentence.start].trim_end().len();
        let end = sentence.end;
        return if start == 0 || draft.text[..start].ends_with(['\n', '\r']) {
            let after = draft.text[end..].len() - draft.text[end..].trim_start().len();
            Some((sentence.start..end + after, String::new()))
        } else {
            Some((start..end, String::new()))
        };
    }
    // "Sorry again, please DM us" -> "Please DM us".
    let clauses = draft.clauses(sentence);
    let first = clauses.first()?;
    let second = clauses.get(1)?;
    let next = (second.start..second.end).find(|&i| is_word(&draft.tokens[i]))?;
    let start = tokens.iter().find(|t| is_word(t))?.start;
    let (range, tail) = capitalised_start(draft, next);
    first
        .contains(&apology.word.tokens.start)
        .then_some((start..range.end, tail))
}

fn generic(draft: &Draft, apology: &Apology, g: &Match) -> Flag {
    let flag = Flag::new(
        apology.word.start..g.end,
        format!(
            "\"{}\" is a stock phrase: name what went wrong.",
            draft.slice(apology.word.start, g.end)
        ),
    );
    flag.replace("Name the problem", g.start..g.end, placeholder::PROBLEM)
}

fn conditional(draft: &Draft, apology: &Apology, c: &Match) -> Flag {
    let flag = Flag::new(
        apology.word.start..c.end,
        format!(
            "\"{}\" apologises for their feelings, not for what happened.",
            draft.slice(apology.word.start, c.end)
        ),
    );
    // Replace everything after the apology word, up to the end of its clause.
    let Some(clause) = draft
        .clause_of(apology.word.tokens.start)
        .and_then(|c| draft.clause_words(c))
    else {
        return flag;
    };
    let preposition = if apology.word.tokens.len() == 1
        && draft.tokens[apology.word.tokens.start].norm == "sorry"
    {
        "about"
    } else {
        "for"
    };
    let start = draft.tokens[apology.word.tokens.end - 1].end;
    if clause.end <= start {
        return flag;
    }
    flag.replace(
        "Own the apology",
        start..clause.end,
        format!(" {preposition} {}", placeholder::PROBLEM),
    )
}

fn require(cx: &Context) -> Vec<Flag> {
    let draft = cx.draft;
    if cx.upset() == Upset::Calm || apologies(draft).found().any(|(_, a)| a.sincere()) {
        return Vec::new();
    }
    let Some((span, at)) = first_sentence(draft) else {
        return Vec::new();
    };
    let (range, tail) = capitalised_start(draft, at);
    vec![Flag::new(
        span,
        "The customer is upset and this reply has no sincere apology.",
    )
    .replace(
        "Open with an owned apology",
        range,
        format!("I'm sorry about {}. {tail}", placeholder::PROBLEM),
    )]
}

fn avoid(draft: &Draft) -> Vec<Flag> {
    apologies(draft)
        .found()
        .map(|(index, apology)| {
            let apology = placed(draft, index, apology);
            let flag = Flag::new(
                apology.word.start..apology.word.end,
                "House style avoids apologies: say what you're doing instead.",
            );
            let clause = draft
                .clause_of(apology.word.tokens.start)
                .and_then(|c| draft.clause_words(c));
            match clause {
                Some(range) => {
                    let capital = draft
                        .token_at(range.start)
                        .is_some_and(|t| draft.starts_sentence(t));
                    let text = format!(
                        "I can see how frustrating this is, so here's what I'm doing: {}",
                        placeholder::ACTION
                    );
                    let text = if capital {
                        capitalise_first(&text)
                    } else {
                        text
                    };
                    flag.replace("Say what you're doing instead", range, text)
                }
                None => flag,
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    every_phrase_list_compiles!(APOLOGY_WORDS, NOT_APOLOGY, GENERIC, CONDITIONAL);

    use crate::engine::checks::testing::assert_rewrites_clean;
    use crate::engine::checks::testing::findings;
    use crate::engine::{apply, check, ApologyPolicy, Config};

    fn config(policy: ApologyPolicy) -> Config {
        Config {
            apology: policy,
            ..Config::default()
        }
    }

    fn flagged_with(policy: ApologyPolicy, customer: Option<&str>, text: &str) -> bool {
        !findings("apology", text, customer, &config(policy)).is_empty()
    }

    fn flagged(text: &str) -> bool {
        flagged_with(ApologyPolicy::Once, None, text)
    }

    #[test]
    fn flag_generic_apology() {
        assert!(flagged(
            "Sorry for any inconvenience. Your refund is on its way."
        ));
        assert!(flagged("Apologies for any frustration caused."));
    }

    #[test]
    fn flag_conditional_apology() {
        assert!(flagged("I'm sorry if you feel we let you down."));
        assert!(flagged("We apologise if this caused you any trouble."));
    }

    #[test]
    fn flag_repeated_apology() {
        assert!(flagged("I'm so sorry your parcel was late. Sorry again!"));
    }

    #[test]
    fn flag_require_without_apology() {
        assert!(flagged_with(
            ApologyPolicy::Require,
            Some("This is ridiculous, my parcel is late AGAIN!!!"),
            "Can you send us the tracking number?"
        ));
    }

    #[test]
    fn flag_require_with_only_a_generic_apology() {
        assert!(flagged_with(
            ApologyPolicy::Require,
            Some("Worst delivery service ever."),
            "Sorry for any inconvenience. Please DM us."
        ));
    }

    #[test]
    fn flag_avoid_every_apology() {
        assert!(flagged_with(
            ApologyPolicy::Avoid,
            None,
            "I'm sorry your order arrived damaged."
        ));
    }

    #[test]
    fn dont_flag_one_owned_apology() {
        assert!(!flagged(
            "I'm sorry your order arrived damaged. I've sent a new one today."
        ));
    }

    #[test]
    fn dont_flag_no_need_to_apologise() {
        assert!(!flagged(
            "I'm sorry about the wait. No need to apologise for asking!"
        ));
    }

    #[test]
    fn dont_flag_require_when_customer_is_calm() {
        assert!(!flagged_with(
            ApologyPolicy::Require,
            Some("Hi, when does the store open tomorrow?"),
            "We open at 9 am."
        ));
    }

    #[test]
    fn dont_flag_require_without_customer_message() {
        assert!(!flagged_with(
            ApologyPolicy::Require,
            None,
            "Can you send us the tracking number?"
        ));
    }

    #[test]
    fn dont_flag_require_with_sincere_apology() {
        assert!(!flagged_with(
            ApologyPolicy::Require,
            Some("This is ridiculous, my parcel is late AGAIN!!!"),
            "I'm sorry your parcel is late again. Can you send us the tracking number?"
        ));
    }

    #[test]
    fn dont_flag_avoid_without_apology() {
        assert!(!flagged_with(
            ApologyPolicy::Avoid,
            None,
            "I've refunded the delivery fee and the new parcel ships today."
        ));
    }

    #[test]
    fn dont_flag_once_in_require_policy() {
        assert!(!flagged_with(
            ApologyPolicy::Require,
            None,
            "Sorry for any inconvenience. Sorry again!"
        ));
    }

    /// The doc Example under every policy, and the other shapes: each rewrite removes its
    /// finding and adds nothing but placeholders.
    #[test]
    fn rewrites_fix_the_examples() {
        let example = "We apologize for any inconvenience. Sorry again for the trouble!";
        assert_rewrites_clean("apology", example, None, &config(ApologyPolicy::Once));
        assert_rewrites_clean("apology", example, None, &config(ApologyPolicy::Avoid));
        assert_rewrites_clean(
            "apology",
            "I'm sorry if you feel we let you down.",
            None,
            &config(ApologyPolicy::Once),
        );
        assert_rewrites_clean(
            "apology",
            "@user hi Sam, which phone are you using?",
            Some("Your app is useless!!!"),
            &config(ApologyPolicy::Require),
        );
    }

    /// Odd input never panics under any policy, with or without the customer's message.
    #[test]
    fn odd_input_never_panics() {
        let samples = [
            "",
            " ",
            "\r\n\r\n",
            "😡😡😡",
            "Sorry!!! Sorry?? sorry",
            "مرحبا، آسف جدا sorry about that \u{202e}reversed",
            "Sorry\u{0}for\u{7}any\u{1b}inconvenience",
            "e\u{301}\u{301} sorry if you feel 漢字 — we'll see.",
            "@user",
            "Hi,",
            "as i already",
            "Fingers crossed 🤞 this will never happen again; 100% guaranteed!",
        ];
        for policy in [
            ApologyPolicy::Once,
            ApologyPolicy::Require,
            ApologyPolicy::Avoid,
        ] {
            for text in samples {
                for customer in [None, Some("WORST!!! 😡"), Some(""), Some("\r\n")] {
                    let report = check(text, customer, &config(policy));
                    for f in &report.findings {
                        assert!(text.is_char_boundary(f.start) && text.is_char_boundary(f.end));
                        for r in &f.rewrites {
                            apply(text, &r.edit).unwrap();
                        }
                    }
                }
            }
        }
    }

    #[test]
    fn generic_rewrite_keeps_the_rest_of_the_sentence() {
        let text = "We apologise for the inconvenience and will call you at 5 pm today.";
        let report = check(text, None, &Config::default());
        let finding = report
            .findings
            .iter()
            .find(|f| f.check == "apology")
            .unwrap();
        let fixed = apply(text, &finding.rewrites[0].edit).unwrap();
        assert_eq!(
            fixed,
            "We apologise for [their problem] and will call you at 5 pm today."
        );
    }

    #[test]
    fn generic_rewrite_names_the_problem() {
        let text = "Sorry for any inconvenience caused. Your refund is on its way.";
        let report = check(text, None, &Config::default());
        let finding = report
            .findings
            .iter()
            .find(|f| f.check == "apology")
            .unwrap();
        let fixed = apply(text, &finding.rewrites[0].edit).unwrap();
        assert_eq!(
            fixed,
            "Sorry for [their problem]. Your refund is on its way."
        );
    }
}

use super::{placeholder, Context, Flag};
use crate::engine::moves::feeling::{only_pleased, Upset};
use crate::engine::moves::offer::ASKS_FOR_DETAILS;
use crate::engine::moves::time::CONCRETE_TIME;
use crate::engine::moves::verb::is_participle;
use crate::engine::packed::List;
use crate::engine::pattern::{Match, Phrases};
use crate::engine::text::{among, capitalise_first, is_negation, Draft, Sentence, TokenKind};
use std::sync::LazyLock;

declare_check! {
    /// ## What it catches
    /// Hedged optimism standing in for an answer: "hopefully", "fingers crossed", "we hope
    /// to have it fixed soon", "we'll try to help if possible", "it may still arrive", "we
    /// should be through quickly", "we'll see". Friendly wishes ("hope this helps") and
    /// hedges on a tip ("that might do the trick") are fine, and so is a hedge with a real
    /// date ("we should be open on Friday").
    ///
    /// ## Why it matters
    /// A "maybe" feels kinder than a "no" in the moment, but it plants an expectation. When
    /// the hoped-for outcome doesn't come, the customer feels misled twice over. Say what
    /// you will actually do and when, or give the honest no now.
    ///
    /// ## Example
    /// ```text
    /// Sorry about the outage. Hopefully it will be back up soon.
    /// ```
    ///
    /// ## Use instead
    /// ```text
    /// Sorry about the outage. I'll post an update here by 3 pm today.
    /// ```
    FALSE_HOPE, "false-hope", Warning, run
}

/// What a promise to try can be for that leaves the customer hoping: the outcome itself.
macro_rules! tried_for {
    () => {
        "get|have|fix|sort|resolve|restore|recover|find|locate|retrieve|reinstate|return|refund|replace|rebook|arrange|expedite|speed|deliver|send|ship|make|bring|push|move|secure|match|accommodate|honour|honor|reverse|remove|waive|cancel|change|upgrade|reopen|open"
    };
}

/// Hedges that hold out hope without committing to anything.
static HEDGES: LazyLock<Phrases> = LazyLock::new(|| {
    macro_rules! thing {
        () => {
            "it|this|that|they|things|everything|service|services|order|package|parcel|item|items|delivery|flight|refund|update|repair|replacement|app|site|website|system|power|signal|issue|problem|outage|stock|more|one|ones|version|model|product|products|colour|color|size|sizes|feature|features|shipment|restock|fix|patch|driver|courier|rider|ban|suspension|block|appeal|claim|decision"
        };
    }
    Phrases::lines(lines![
        // "hopefully" and its phone spellings ("hopefuly", "hopefullly").
        "hopefuly|hopefullly|hopfully",
        "hopefully",
        "all being well",
        "fingers crossed",
        // "Maybe! Never say never."
        "never say never",
        "(let us|let's) hope",
        "cross|crossing our|my|your fingers",
        "keep|keeping [your|our|my] fingers crossed",
        "hope|hopes to",
        // The agent's own hoping; "not the answer you were hoping for" acknowledges.
        "we|i|team|engineers|technicians|crew|crews|staff|department|everyone am|are|is [still|really|very|all] hoping",
        "hopeful|optimistic [that] we|it|this|they|the|your|things|everything",
        "hopeful|optimistic about|of getting|having|fixing|sorting|resolving|restoring|bringing|seeing",
        // Odds in place of a commitment: "chances are it'll be sorted", "it's likely to be
        // fixed soon" (not a diagnosis: "likely to be a cache issue", see NOT_HOPE).
        "[the] chances are",
        // "Maybe they'll be able to match it", "more sizes could drop soon".
        "maybe|perhaps (they will|we will|it will|they can|we can|they could|we could)",
        "could|might|may [well|also|still] come|drop|arrive|return|land|launch|appear|restock soon",
        "is|are|it's|that's [very|quite|most] likely to",
        // A forecast: "we expect it to be resolved shortly".
        "i|we [do|fully] expect|anticipate it|this|that|the|your|things|everything|they to",
        // "We hope it's back soon" holds out hope; a bare "Hope it gets sorted!" is a wish.
        "we|i [really|do|sincerely|truly] hope [that] it|this|that|the|your|they|things|everything|service|we",
        // A promise to try; "we try to ..." and "we always try" describe a habit.
        // Trying for an outcome ("we'll try to get it back"); "we'll try and point you to
        // the right page" offers effort, not hope.
        concat!("we|i will [certainly|definitely|really] try [our|my] [best|hardest] to|and ", tried_for!()),
        concat!("we|i will [certainly|definitely|really] attempt to ", tried_for!()),
        "try to help|assist if possible|we|i|they|you",
        // Help offered only as far as it turns out possible: "I'll help if I can".
        "help|assist [you] [out] if i|we can|could",
        "if possible",
        // Odds in place of an answer: "it could well be on its way already".
        "could|may|might well be|have|arrive|turn",
        // "You may still make it as connections sometimes wait."
        "may|might still make|catch|get|agree|accept|approve|offer|give|allow|honour|honor",
        // Hope in place of plans: "no plans for Truro, but we're always looking at new
        // locations".
        "we are always looking at|for|into new|more|other|additional",
        "we will see",
        "time will tell",
        // "You never know", "it ought to make it", "if all goes well" with no day given.
        "you never know",
        // "It should be with you any day now."
        "any day|minute|moment now",
        "ought to",
        "if all goes well",
        "wait and see",
        "with [any] luck",
        "with a [bit|little] [of] luck",
        "would like to think|believe",
        // "Possibly in a future update": a maybe with no more of a time than that.
        "possibly|perhaps|maybe in a|the|an future|later|next|coming|upcoming",
        // A feature or product that may come, with no time: "we might add it in the future".
        concat!("we|", thing!(), " might|may [well|eventually] add|introduce|release|launch|bring|offer|support|include|restock|reintroduce *3 (in the future|in future|at some point|later on|down the line|one day|someday|eventually)"),
        "touch|knock [on] wood",
        // "Support for older models might still come in the future."
        "might|may [still|well|eventually] come|arrive|happen|return|follow (in the future|in future|at some point|later|later on|down the line|one day|someday|eventually)",
        // "There may be some offers down the line."
        "there may|might be *3 (down the line|in the future|in future|at some point|later on|one day|eventually)",
        "here's|heres hoping",
        // Effort with the outcome disowned: "we'll try to squeeze you on, no promises though".
        "no promises|guarantees",
        "can not promise|guarantee anything",
        // News that may come, in place of an answer: "we may have news on that later this year".
        "we|i may|might [have|get] [some] [more|further] news|updates|info|information",
        "we|i may|might [have|get] an update|announcement",
        "if we are lucky",
        concat!("we|", thing!(), " should|might|may [still|hopefully|soon|be|well] <word>"),
        "we|i may|might be able to",
        // "It could come back at some point": could, with no more of a time than that.
        concat!(thing!(), " could come|be [back|available|restocked|fixed|resolved|sorted|released|added] *3 point|eventually|someday|later|future"),
        // "Stay tuned, more may come", "more regions may come later".
        "more [<word>] may|might come|follow|be",
        // More of what ran out, hoped for: "there may be more tickets released nearer the time".
        "there may|might [still|also|well] be more|further|extra|additional",
        "there may|might still be seats|space|room|tickets|availability|places|spots|slots",
        "there may|might be a|an update|fix|patch|release|solution",
        // "A rebooking credit may be possible in some cases."
        "may|might [well|still|also] be possible",
        // "It could well turn up before then", "lines may quieten down later".
        concat!(thing!(), " could [well|still|even] turn|show|arrive|land|appear|come"),
        "may|might [well] quieten|ease|calm|settle|improve",
        // A place that may come free: "a few places might free up nearer the start of term".
        "places|spaces|seats|slots|tickets|rooms|tables|spots|appointments *3 might|may|could free|open|come up",
        "places|spaces|seats|slots|tickets|rooms|tables|spots|appointments *3 might|may|could become available",
        // A shop that may get more: "the store might get more in the coming weeks".
        "store|stores|shop|shops|warehouse|branch might|may|could get|receive|have more|some|new|fresh",
        // "Maybe a transfer tool will come in a future update."
        "maybe|perhaps *8 (in a future|in future|someday|some day|one day|down the line|at some point|later on)",
        // An expectation in place of a commitment: "I'd expect it to be resolved soon".
        "i|we would [fully] expect|imagine|anticipate [that] it|this|that|the|your|they|things|everything",
        "there may|might be [a] chance|way|something",
        "there|there's [is] [still] [a] [good|small|slight|fair] chance",
        // Luck, or a maybe with no time: "you might still get lucky at the desk", "it might be
        // something we see further down the line".
        "might|may|could [still] get lucky",
        "might|may be something [that] we|you *3 (down the line|in the future|in future|at some point|later on|one day|someday|eventually)",
        "something [that] we|i may|might *3 (down the line|in the future|in future|at some point|later on|one day|someday|eventually)",
    ])
});

/// Hedges that are fine: wishes, tips, availability, concrete plans.
static NOT_HOPE: LazyLock<Phrases> = LazyLock::new(|| {
    Phrases::lines(lines![
        "hope|hopefully [that] you [will] enjoy|have|had|like|love|feel|liked|loved|are|found|find|get|stay|keep|got|were",
        "hope|hopefully [that] this|that|it|these|the helps|helped|answers|answered|clears|clarifies|clarified|explains|explained|assists|works|worked|makes|fixes|solves|resolves|sorts|does|did|info|information|link|links|steps|guide|article|tips",
        // A wish for the customer or their day: "we hope you stay with us", "hope your trip
        // goes well" (not an outcome owed: "hopefully your parcel turns up").
        "hope|hopefully [that] you <word>",
        // A fix just made, wished to last: "hopefully that's the last you'll see of it".
        "hopefully (that is|that's|it's) the last",
        "hope|hopefully [that] your trip|holiday|holidays|day|weekend|birthday|wedding|exam|exams|game|match|party|interview|move|journey|visit|stay|event|evening|night|week|new|little|family|pup|dog|cat|baby|mum|mum's|mom|mom's|dad|dad's|mother|father|gran|nan|grandma|grandad|partner|kids|children|son|daughter|wife|husband",
        "hopefully so|not",
        // Good times wished ahead: "Congratulations! Hopefully many happy miles ahead".
        "hope|hopefully [many|lots|plenty|years] [of|more] happy",
        // The rest of their time wished well: "I hope the rest of your isolation goes
        // smoothly", "hope the rest of the trip is better".
        "hope|hopefully [that] the rest of your|the day|week|weekend|evening|night|trip|stay|holiday|holidays|journey|visit|flight|time|year|month|break|isolation|recovery|move|season|term|shift|birthday",
        // A tip's hedge: "hopefully the new filter does the trick".
        "hope|hopefully [that] [this|that|it|these|the|your] [<word>] [<word>] does|do|did the trick",
        // A wish about what is over: "I hope the party still went well", "hope they loved it".
        "hope|hopefully [that] [the|your|you|it|everything|things|all|they|she|he] [<word>] [<word>] [still] went|was|were [still] [so|really|very|all] well|wonderful|great|lovely|fun|good|ok|okay|amazing|special|brilliant|fantastic|nice|enjoyable|perfect|memorable|successful|smooth",
        "hope|hopefully [that] [the|your|they|she|he] [<word>] [<word>] [still] enjoyed|loved|liked",
        // "Hopefully it's the first of many!"
        "hope|hopefully [that] it|this|that is [the] first of many",
        "hope|hopefully [that] it's|that's [the] first of many",
        "hope|hopefully [that] it|this|they becomes|become|is|are your [new] favourite|favorite|go-to",
        "hope to be the first",
        "hope we can|will|get see|welcome|serve|have",
        "hope|hopefully [that] all|everything is|was well|good|ok|okay|fine",
        "hope to see|hear|welcome|serve|chat|talk|speak|continue|earn|win|keep",
        "hope to have you back|again|aboard|onboard",
        // Wishes for the customer's own day, and seeing them again: "fingers crossed for a
        // sunny trip", "fingers crossed the weather holds", "hopefully see you on board again".
        "fingers crossed for you",
        "fingers crossed for your|a|an|the [<word>] trip|holiday|holidays|day|weekend|birthday|wedding|exam|exams|game|match|party|interview|move|journey|visit|stay|event|concert|show|race|weather",
        "fingers crossed [that|for] [the|your|a] weather|sun|sunshine|snow|forecast",
        "hopefully the weather|sun|sunshine|snow|forecast",
        "hopefully [we|i] [will] see|catch|meet|welcome|have you",
        "hopefully [we|i] [will] hear from you",
        "hope [that] that|this|it|that's|it's [is] ok|okay|fine|alright|clear|useful|helpful",
        "so [that] we|i may|might",
        "likely to be a|an|the|due|caused|because|related|down",
        // A warning, not a hope: "we may add a fee in future".
        "might|may [well|eventually] add|introduce [a|an|the|some] [small|new|extra|monthly|yearly] fee|fees|charge|charges|surcharge|surcharges|limit|limits *3 (in the future|in future|at some point|later on|down the line|one day|someday|eventually)",
        // How things ought to be, not a forecast: "that's not how it should go".
        "how it|this|that|things|they should|ought",
        "hope|hopefully [that] it is|was|the helpful|useful",
        "should|might|may be able to help|assist|answer|advise|sort|support",
        "should|might|may [also|just|still] do the trick",
        // An offer's own hedge: "I'd be happy to run a line test and help if I can".
        "glad|happy|love|pleased to *6 if i|we can",
        // A way to try, said with its step: "we might be able to resolve it by cleaning the
        // cartridges".
        "might|may|could be able to resolve|fix|solve|sort|clear|correct|improve *4 by",
        "this|that|it|these|those should|might|may [also|just|well] fix|help|work|do|solve|resolve|sort|clear|answer|get|make",
        // A state now, after a fix was made: "we've restarted it, so it should be working now".
        "should|may|might [now] be working|fixed|resolved|back|up|live|running|available|sorted [again] now",
        // After a time just given: "maintenance until 6AM ET. It should be back up after that."
        "should|will be back [up|online|working|running] after that|then",
    ])
});

/// Words a hedged "should/might/may" softens: an outcome nobody has promised.
const OUTCOMES: List = words!(
    "arrive come return resume zip go start open clear improve change ship deliver reach \
    turn show reappear get hear know receive restore run finish end move pass settle \
    update appear still soon hopefully well quieten quiet ease calm lift operate depart revisit \
    reconsider introduce make"
);

/// What "it should be ..." softens: a state nobody has promised ("back", "fixed", "ready").
const BE_OUTCOMES: List = words!(
    "back added included introduced available fixed resolved restored sorted ready open \
    delivered shipped there able up running working done over soon ok okay fine quick \
    quicker faster sooner live online arriving coming in better normal processed \
    refunded replaced dispatched repaired cleared reinstated home through on possible supported \
    finished completed complete reviewed approved \
    compatible released launched restocked reintroduced improved updated with"
);

fn run(cx: &Context) -> Vec<Flag> {
    let draft = cx.draft;
    // To a customer who only thanks or praises, "hopefully you'll find more deals in the
    // sale" is a friendly wish: there is nothing they are waiting on.
    if cx.customer.is_some_and(only_pleased) && cx.upset() == Upset::Calm {
        return Vec::new();
    }
    // The flag, rewrites and all, is remembered in the sentence's own offsets, and the list
    // of them with the draft. "We'll see" reads up to two words on ("... what happens"),
    // into the next two sentences at most, and a rewrite stops where the sign-off starts:
    // the sentences that end past the body are decided again each time. Whether the sentence
    // before gives a time is read back one sentence ("... until 6am. It should be back after
    // that").
    let body_end = draft.body_end();
    let past_body = draft.sentences.len() - draft.sentences.partition_point(|s| s.end <= body_end);
    let held = draft.by_sentence((), (1, 2, past_body), |index| {
        let sentence = &draft.sentences[index];
        let byte = sentence.start as isize;
        let read_on = draft.read_on(sentence, &["see", "what"], 2);
        let body_end = body_end.clamp(sentence.start, sentence.end) - sentence.start;
        let before = index.checked_sub(1).map(|i| &draft.sentences[i]);
        let before = Before {
            gives_a_time: before.is_some_and(|s| gives_a_time(draft, s)),
            asks_the_customer: before.is_some_and(|s| asks_the_customer(draft, s)),
            says_no: before.is_some_and(|s| draft.has_negation(s.tokens.clone())),
        };
        let decided = draft.decided(index, (read_on, body_end, before), || {
            first_hedge(draft, sentence, before).map(|m| flag(draft, &m).moved(-byte))
        });
        decided.1.clone()
    });
    let flags = held.found();
    flags
        .map(|(index, flag)| flag.moved(draft.sentences[index].start as isize))
        .collect()
}

/// What the sentence before a hedge does that changes how the hedge reads.
#[derive(Clone, Copy, PartialEq)]
struct Before {
    /// "Maintenance runs until 6am. It should be back after that."
    gives_a_time: bool,
    /// "Could you share the URL? We'll see if we can point you the right way."
    asks_the_customer: bool,
    /// "No plans for Truro, I'm afraid. We're always looking at new locations."
    says_no: bool,
}

/// Whether a sentence asks the customer something: "we'll see" after it is the last step of
/// an offer to look, not a shrug.
fn asks_the_customer(draft: &Draft, sentence: &Sentence) -> bool {
    draft.is_question(sentence) || ASKS_FOR_DETAILS.occurs_in(draft, sentence.tokens.clone())
}

/// Whether a sentence gives a time: a concrete one, or the end of a spell ("maintenance runs
/// until 6am").
fn gives_a_time(draft: &Draft, sentence: &Sentence) -> bool {
    let tokens = draft.sentence_tokens(sentence);
    CONCRETE_TIME.occurs_in(draft, sentence.tokens.clone())
        || tokens
            .windows(2)
            .any(|w| w[0].norm.is_among("until till") && w[1].kind == TokenKind::Number)
}

/// The sentence's first hedge that offers false hope, if any.
fn first_hedge(draft: &Draft, sentence: &Sentence, before: Before) -> Option<Match> {
    let range = sentence.tokens.clone();
    // "In the next few weeks" hedged is still hope: only a time one can hold them to settles it.
    let dated = CONCRETE_TIME.find_in(draft, range.clone()).iter().any(|m| {
        !draft.tokens[m.tokens.clone()]
            .iter()
            .any(|t| t.norm.is_among("few couple"))
    });
    if dated || draft.is_question(sentence) {
        return None;
    }
    // "Maintenance runs until 6am. Everything should be back to normal after that": the time
    // told just before is the hedge's time.
    let points_back = draft
        .sentence_words(sentence)
        .windows(2)
        .any(|w| matches!(w, ["after" | "by" | "from", "that" | "then"]));
    if points_back && before.gives_a_time {
        return None;
    }
    let owed = OWED.find_in(draft, range.clone());
    let fine: Vec<Match> = NOT_HOPE
        .find_in(draft, range.clone())
        .into_iter()
        .filter(|f| !owed.iter().any(|o| o.tokens.start == f.tokens.start))
        .collect();
    let after_a_step = AFTER_A_STEP.find_in(draft, range.clone());
    HEDGES
        .find_in(draft, range)
        .into_iter()
        .filter(|m| {
            !after_a_step
                .iter()
                .any(|step| step.tokens.start >= m.tokens.end)
        })
        .find(|m| is_hedge(draft, m, &fine, before))
}

/// What is owed to the customer, hoped for instead of promised: "hopefully you'll hear
/// something soon", "hope you get your refund". Not a wish for them ("hope you have a great
/// day"), so [`NOT_HOPE`]'s wish does not cover it.
static OWED: LazyLock<Phrases> = LazyLock::new(|| {
    Phrases::lines(lines![
        "hope|hopefully [that] you [will] hear|receive",
        "hope|hopefully [that] you [will] get|have it|them|this|that|your|yours|something|news|through",
        // "Hopefully you'll be moving again shortly."
        "hope|hopefully [that] you [will] be moving|back|home|able|on",
        // "We hope to have you back online soon" (not "back soon": come again).
        "hope to have you back online|up|connected|working|running",
    ])
});

/// What the outcome waits for, when the customer can watch it happen: "it should show up
/// once the download finishes", "you may see it after you restart". An expectation tied to
/// a step is a tip, like "that should do the trick", not hope held out with no time.
static AFTER_A_STEP: LazyLock<Phrases> = LazyLock::new(|| {
    Phrases::lines(lines![
        "once|after|when you",
        // "It should go through if you try again."
        "if you try|retry|restart|reboot|refresh|reinstall|relaunch|reset|update",
        "once|after|when the|your download|update|install|installation|sync|upload|restart|reboot|payment|transfer|login|log",
    ])
});

fn is_hedge(draft: &Draft, m: &Match, fine: &[Match], before: Before) -> bool {
    // Luck is never a tip, whatever it shares words with ("you might get lucky").
    if draft.tokens[m.tokens.clone()]
        .iter()
        .any(|t| t.norm == "lucky")
    {
        return true;
    }
    let overlaps =
        |other: &Match| other.tokens.start < m.tokens.end && m.tokens.start < other.tokens.end;
    if fine.iter().any(overlaps) {
        // "should be able to help" / "hope this helps" share words with the hedge; the
        // hedge still counts when it reaches past the fine phrase ("hope to have it back").
        let covered = fine
            .iter()
            .filter(|f| overlaps(f))
            .any(|f| f.tokens.start <= m.tokens.start || f.tokens.end >= m.tokens.end);
        if covered {
            return false;
        }
    }
    let words: Vec<&str> = draft.tokens[m.tokens.clone()]
        .iter()
        .filter(|t| t.kind == TokenKind::Word)
        .map(|t| t.norm.as_str())
        .collect();
    if let Some(hedged) = disowned(draft, &words) {
        return hedged;
    }
    match words.as_slice() {
        // "if possible" alone is only a hedge after a promise to try or help.
        ["if", "possible"] => {
            let before = &draft.tokens[draft
                .sentence_of(m.tokens.start)
                .map_or(m.tokens.start, |s| draft.sentences[s].tokens.start)
                ..m.tokens.start];
            before
                .iter()
                .any(|t| among("try help assist", t.norm.as_str()))
                && before.iter().any(|t| t.norm == "will")
        }
        // "We'll see." / "we'll see how it goes", and "we'll see if we can" or "we'll see
        // what we can do" said alone — but not as the last step of an offer ("send more
        // details and we'll see what we can do", "Could you share the URL? We'll see if we
        // can point you the right way"), nor "we'll see what we can suggest".
        ["we", "will", "see"] => {
            let offered = before.asks_the_customer
                || (m.tokens.start > 0 && draft.tokens[m.tokens.start - 1].norm == "and");
            match draft.tokens.get(m.tokens.end) {
                None => true,
                Some(t) if t.kind == TokenKind::Punct => true,
                Some(t) => {
                    let after: Vec<&str> = draft.tokens[m.tokens.end + 1..]
                        .iter()
                        .take(3)
                        .map(|t| t.norm.as_str())
                        .collect();
                    t.norm == "how"
                        || (t.norm.is_among("if whether") && !offered)
                        || (t.norm == "what"
                            && match after.as_slice() {
                                ["happens", ..] => true,
                                ["we" | "i", "can" | "could", "do"] => {
                                    let next = draft.tokens.get(m.tokens.end + 4);
                                    !offered && next.is_none_or(|n| n.kind == TokenKind::Punct)
                                }
                                _ => false,
                            })
                }
            }
        }
        // "it should be back", "we may still hear": an outcome softened by a modal. "You
        // should ..." never matches, and "we should have it fixed" is a vague promise.
        [.., modal, next] if among("should might may", modal) => {
            among(OUTCOMES, next) && !state_now_or_released(draft, m)
        }
        // "There may be more released": more of what ran out, hoped for.
        ["there", _, "be", ..] => true,
        // "No plans for Truro, but we're always looking at new locations" holds out hope in
        // place of plans; said with no no before it ("we're always looking for new ways to
        // improve!") it is how the company works.
        ["we", "are", "always", "looking", ..] => {
            let from = draft
                .sentence_of(m.tokens.start)
                .map_or(0, |s| draft.sentences[s].tokens.start);
            before.says_no || draft.has_negation(from..m.tokens.start)
        }
        [.., modal, "be", state] if among("should might may", modal) => {
            among(BE_OUTCOMES, state) && !state_now_or_released(draft, m)
        }
        // "A few places might free up", "seats may become available", "the store might get
        // more": a place or stock hoped for.
        [.., modal, "free" | "open" | "come", "up"]
        | [.., modal, "become", "available"]
        | [.., modal, "get" | "receive" | "have", "more" | "some" | "new" | "fresh"]
            if among("might may could", modal) =>
        {
            true
        }
        [.., modal, adverb, _] if among("should might may", modal) => {
            among("still hopefully soon well", adverb)
        }
        _ => true,
    }
}

/// The outcome of an effort disowned ("we'll try, no promises"); beside something already
/// done and no effort ("we can't promise anything, but we've passed it on to the menu team")
/// it is honest about what may come of it.
fn disowned(draft: &Draft, words: &[&str]) -> Option<bool> {
    let (first, last) = (*words.first()?, *words.last()?);
    let disowns = (first == "no" && among("promises guarantees", last))
        || (last == "anything" && words.iter().any(|w| among("promise guarantee", w)));
    disowns.then(|| {
        let effort = draft
            .words()
            .any(|w| among("try trying tried attempt attempting best see", w));
        effort || !done_already(draft)
    })
}

/// Whether the reply tells something it has done: "we've passed it on", "I have asked the
/// chef" (a participle after "we/I have"; "we've been" is a state).
fn done_already(draft: &Draft) -> bool {
    draft.tokens.windows(3).any(|w| {
        among("we i", &w[0].norm)
            && w[1].norm == "have"
            && w[2].norm != "been"
            && is_participle(&w[2].norm)
    })
}

/// "It should be available in your region now", "this should be fixed in the latest
/// update": what ought to be true already, a tip to check, not hope for the future. So is
/// an expectation with what to do if it fails ("it should appear automatically; if not,
/// restart the app").
fn state_now_or_released(draft: &Draft, m: &Match) -> bool {
    let Some(sentence) = draft.sentence_of(m.tokens.start) else {
        return false;
    };
    let rest = &draft.tokens[m.tokens.end..draft.sentences[sentence].tokens.end];
    // What to do if it fails, here or opening the next sentence ("If not, DM us").
    let next_opens = draft.sentences.get(sentence + 1).is_some_and(|next| {
        let words = draft.sentence_words(next);
        matches!(words.as_slice(), ["if", "not", ..] | ["otherwise", ..])
    });
    // "... — if these steps don't do the trick, we'd love to take a look": a tip's failure
    // named as the condition.
    let tip_fails = rest.iter().position(|t| t.norm == "if").is_some_and(|at| {
        rest[at..].windows(2).any(|w| {
            is_negation(&w[0].norm) && w[1].norm.is_among("do help work fix solve resolve sort")
        })
    });
    let fallback = next_opens
        || tip_fails
        || rest
            .windows(2)
            .any(|w| w[0].norm == "if" && w[1].norm == "not")
        || rest.iter().any(|t| t.norm == "otherwise");
    fallback
        || rest.iter().any(|t| t.norm == "now")
        || rest.windows(2).any(|w| {
            w[0].norm.is_among("latest newest current recent")
                && w[1].norm.is_among("update version release build patch")
        })
}

fn flag(draft: &Draft, m: &Match) -> Flag {
    let quoted = draft.slice(m.start, m.end);
    let flag = Flag::new(
        m.start..m.end,
        format!("\"{quoted}\" offers hope, not a commitment: say what you will do and when."),
    );
    let Some((range, new_sentence)) = draft.clause_to_end(m.tokens.start) else {
        return flag;
    };
    let commit = format!(
        "I'll {} and update you by {} today",
        placeholder::ACTION,
        placeholder::TIME
    );
    let honest = format!(
        "I can't promise that because {}, but what I can do is {}, and I'll update you by {} today",
        placeholder::REASON,
        placeholder::OPTION_A,
        placeholder::TIME
    );
    let sentence = |text: &str| {
        if new_sentence {
            format!(". {}", capitalise_first(text))
        } else {
            capitalise_first(text)
        }
    };
    flag.replace(
        "Commit to a step and a time",
        range.clone(),
        sentence(&commit),
    )
    .replace("Give a clear answer", range, sentence(&honest))
}

#[cfg(test)]
mod tests {
    use super::*;

    every_phrase_list_compiles!(HEDGES, NOT_HOPE, AFTER_A_STEP);

    use crate::engine::checks::testing::assert_rewrites_clean;
    use crate::engine::checks::testing::flags;
    use crate::engine::Config;

    fn flagged(text: &str) -> bool {
        flags("false-hope", text, None)
    }

    #[test]
    fn flag_hope_in_other_words_and_spellings() {
        for reply in [
            "hopefuly itll be sorted by then",
            "All being well the parts arrive soon.",
            "The studio hopes to bring it back.",
            "We'll attempt to recover the funds if possible.",
            "That colour could come back at some point.",
        ] {
            assert!(flagged(reply), "{reply}");
        }
        // "Could" with a plain date, or as an option, holds out nothing.
        assert!(!flagged(
            "That colour could come back on 3 March, when the new batch lands."
        ));
        assert!(!flagged(
            "You could come back to the store with the receipt."
        ));
    }

    #[test]
    fn flag_hopefully() {
        assert!(flagged("Hopefully the part comes back in stock soon."));
    }

    #[test]
    fn flag_fingers_crossed() {
        assert!(flagged("Fingers crossed the courier finds it!"));
    }

    #[test]
    fn flag_hope_to_soon() {
        assert!(flagged("We hope to have the app working again soon."));
    }

    #[test]
    fn flag_try_to_help_if_possible() {
        assert!(flagged(
            "Which carrier is it? We will try to help if possible."
        ));
    }

    #[test]
    fn flag_may_still_arrive() {
        assert!(flagged("The parcel may still turn up, it's hard to say."));
    }

    #[test]
    fn flag_should_with_no_date() {
        assert!(flagged("We should get through the queue quickly!"));
    }

    #[test]
    fn flag_theres_a_chance() {
        assert!(flagged("There's a good chance it turns up, so hang tight."));
        assert!(flagged("It may be possible to get a partial refund."));
    }

    #[test]
    fn flag_well_see() {
        assert!(flagged("I've asked the warehouse. We'll see."));
    }

    #[test]
    fn dont_flag_troubleshooting_hedge() {
        assert!(!flagged("Try another browser. That might do the trick!"));
        assert!(!flagged("Restart the router; this should fix it."));
    }

    #[test]
    fn dont_flag_friendly_wishes() {
        assert!(!flagged("Hope this helps!"));
        assert!(!flagged("We hope you enjoy your new headphones."));
        assert!(!flagged("Hope you have a great day!"));
        assert!(!flagged(
            "I've moved your booking to Monday, hope that's ok."
        ));
    }

    #[test]
    fn dont_flag_hedge_with_a_date() {
        assert!(!flagged(
            "If everything goes to plan, the new store should open on Friday!"
        ));
    }

    #[test]
    fn dont_flag_customer_expectation_with_date() {
        assert!(!flagged("You should receive it by Friday."));
        assert!(!flagged("You should see a refund in 3-5 days."));
    }

    #[test]
    fn dont_flag_a_possible_cause() {
        assert!(!flagged("This may be due to an old version of the app."));
        assert!(!flagged(
            "We may have sent the wrong size, so I've ordered a new one."
        ));
    }

    #[test]
    fn flag_it_should_be_back() {
        assert!(flagged("The site should be back up shortly."));
    }

    #[test]
    fn dont_flag_availability() {
        assert!(!flagged(
            "Our billing team should be able to help with that."
        ));
    }

    #[test]
    fn dont_flag_well_see_what_we_can_suggest() {
        assert!(!flagged(
            "Which device are you on? We'll see what we can suggest."
        ));
    }

    /// The doc Example and a few others: every rewrite clears the finding and adds nothing
    /// but placeholders.
    #[test]
    fn rewrites_fix_the_examples() {
        for text in [
            "Sorry about the outage. Hopefully it will be back up soon.",
            "Sorry for the trouble, we hope to have the service back soon as we can. = RK",
            "@user Which carrier is it? We will try to help if possible. ^CR",
            "@user We should get to everyone really quickly! -Sam",
        ] {
            assert_rewrites_clean("false-hope", text, None, &Config::default());
        }
    }

    #[test]
    fn pass_habits_and_wishes() {
        assert!(!flagged("We always try to answer within the day."));
        assert!(!flagged("We try to upgrade as many members as we can."));
        assert!(!flagged(
            "Here is why this might happen: the link explains it. Hope this clarifies!"
        ));
        assert!(!flagged("We hope you stay with us for many more years."));
        assert!(!flagged("Hopefully so!"));
        assert!(flagged("We will try to sort it out if possible."));
        assert!(flagged("We hope to have it restored soon."));
    }

    #[test]
    fn pass_effort_offered_and_a_bare_wish() {
        assert!(!flagged(
            "Send us the exact error and we'll try and point you to the right page."
        ));
        assert!(!flagged(
            "Our support team can check this for you. Hope it gets sorted soon!"
        ));
        assert!(flagged("We'll try our best to get your bag back."));
        assert!(flagged("We hope it will be back up soon."));
    }

    #[test]
    fn pass_the_answer_the_customer_was_hoping_for() {
        assert!(!flagged(
            "I know this isn't the answer you were hoping for."
        ));
        assert!(flagged("We're hoping to have the shelves restocked soon."));
    }
}

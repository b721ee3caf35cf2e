use super::{placeholder, Context, Flag};
use crate::engine::moves::offer::passes_feedback;
use crate::engine::moves::time::CONCRETE_TIME;
use crate::engine::packed::List;
use crate::engine::pattern::Phrases;
use crate::engine::text::{self, among, Draft, Sentence, Token, TokenKind, QUESTION_STARTS};
use std::ops::Range;
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

/// Words that make a commitment vague when they stand in for its time. "as soon as ..." is
/// handled in code: it is vague unless the customer's own step follows ("as soon as you reply").
static VAGUE_TIME: LazyLock<Phrases> = LazyLock::new(|| {
    Phrases::lines(lines![
        "[very|really|quite|pretty|so] soon",
        "[very] shortly",
        "in no time",
        "asap",
        "a.s.a.p",
        "right back",
        "in due course|time",
        "in|over the coming days|weeks|months",
        "at the earliest [possible|opportunity|convenience]",
        "in a bit|while",
        "in a little while|bit",
        "at some point",
        "at the next opportunity",
        "down the line|road",
        "before long",
        "in the near future",
    ])
});

/// What a promise can start with, right after "will" (and any adverbs): the actions that
/// leave the customer waiting for an outcome or a reply.
static HEADS: LazyLock<Phrases> = LazyLock::new(|| {
    Phrases::lines(lines![
        "look|looking into|at|over",
        // Typed apart: "we'll look in to this".
        "look|looking in to",
        "take|have|give|taking|having|giving [it|this|that] a|an [closer|quick|further|proper|good|deeper|detailed|second|thorough] look",
        "get|come|getting|coming back",
        "be back [in] [touch]",
        "be back with|to you",
        "back to you",
        "be|get|keep|stay|getting in touch|contact",
        "reach|reaching out|back",
        "follow|following [it|this|that] up",
        "chase|chasing [it|this|that|them] up",
        "circle|circling back",
        "touch base",
        "check|checking|double-check|recheck",
        "review|reviewing|investigate|investigating|examine|examining|research|researching|explore|assess",
        "dig|digging into|deeper",
        "contact|contacting|call|calling|email|e-mail|emailing|ring|ringing|message|messaging|phone|phoning|texting",
        "give|giving you a [quick] ring|call|bell|buzz|shout|callback",
        "update|updating you",
        "update|updating this|the thread|post|ticket|case|page",
        // "We'll update our system status page as more info comes in."
        "update|updating our [<word>] [<word>] page|site|website|blog|feed|thread|post",
        "post|share|provide|send [an|any|more|further] update|updates|news",
        "let|letting you know",
        "keep|keeping you posted|updated|informed",
        "keep you in the loop",
        "respond|reply|responding|replying|answer",
        "find out",
        "get to the bottom of",
        // Work on their case, not "it will work on any phone" (a thing that functions).
        "work|working on it|this|that|these|those|them|the|your|a|an|getting|fixing|sorting",
        "sort|fix|resolve|rectify|correct|amend|repair|restore|reinstate|recover",
        // The verb, not the noun of "your name and address".
        "address it|this|that|these|those|them|the|your|any|all|each|every",
        "arrange for",
        // A call or a visit set up for them, with no time: "we'll arrange a callback".
        "arrange|arranging a|an|the|your [<word>] callback|call|visit|collection|pickup|replacement|refund|engineer|technician",
        "get|have [it|this|that|things|everything|your|the] [<word>] sorted|fixed|resolved|checked|reviewed|investigated|looked|rectified|corrected|straightened|escalated|processed",
        // "We'll get the name on your booking changed".
        "get|have *6 changed|updated|amended|adjusted|corrected|sorted|fixed|unlocked|restored|reinstated|reactivated|reported|sent|reissued|replaced|collected|booked|arranged|scheduled|added|credited|applied|repaired|emptied|refunded|reconnected|installed|cleared|rebooked",
        // "One of our agents will get to it."
        "get to it|this|that|your",
        // "We'll have our tech team go through it."
        "have|get our|the|a|an|my [<word>] [<word>] team|teams|engineers|engineer|specialists|specialist|colleagues|colleague|manager|department|experts go|look|check|review|investigate|contact|reach|call",
        // "They'll be processing a refund" (not "as soon as you reply, we will process the
        // refund": done on their word).
        "processing|issuing|arranging [a|an|the|your] refund|replacement|credit|reimbursement",
        // "We'll share details once it's decided."
        "share|post|provide|send|give [you] [the|more|any|further|full|all] details|info|information",
        // "We'll confirm once it's done."
        "confirm|confirming once|when|after",
        // "We'll get someone to take a look", "I'll ask my supervisor ... and let you know".
        "get|have someone|somebody|a|an|the [<word>] to take|have|give a|an [<word>] look",
        "ask my|our|the|a supervisor|manager|team|colleague|colleagues|store|depot|warehouse",
        "check with my|our|the|a supervisor|manager|team|colleague|colleagues|store|depot|warehouse",
        "dig|digging it|this|that|them out",
        "have|get * reach|contact|call|email|ring|phone|text|message|look|check|follow|review|investigate|give",
        // Someone else's contact promised: "I'll make sure someone calls you".
        "make sure|certain [that] someone|somebody|they|he|she contacts|calls|rings|phones|emails|messages|texts|reaches|follows",
        "make sure|certain [that] [the|a|our|your] [<word>] team|manager|engineer|colleague|specialist contacts|calls|rings|phones|emails|messages|texts|reaches|follows",
        "make sure|certain [that] someone|somebody gets|comes back",
        "get|have [the|a|our|your|one|an] [<word>] team|manager|engineer|colleague|specialist|someone|somebody to contact|call|ring|phone|email|text|message|reach",
        // A visit promised: "our engineers will be out to fix it".
        "be out|round|over|up [to|and] fix|repair|sort|look|check|collect|inspect",
        // "I'll see to it that this is resolved"; "we will revert" (Indian English: reply).
        "see to it",
        "save the day",
        // "DM us and we'll take care of it", "we'll handle it from here".
        "take|taking care of",
        // "We'll put it right", "we'll get an engineer out to you".
        "put|make it|this|that|things right",
        "get|send|have [an|a] engineer|engineers|technician|technicians|someone|somebody|driver|courier|crew|crews|team|fitter|fitters|plumber|electrician|van *2 out|round|over|along",
        // Something got back, with no time: "we'll get your money back for you".
        "get|getting it|them|this|that|your|every|all|everything *3 back",
        "deal|dealing with it|this|that|things|everything",
        // "We'll take the appropriate action with the driver."
        "take|taking [the] [appropriate|necessary|further|relevant|suitable|proper|correct|right] action|actions|steps|measures",
        "handle|handling it|this|that|things|everything",
        "revert back|with|to",
        // "Who will revert once they've had a look", "I'll ping the store", "we'll get on to
        // the store", "our team will take this up with you", "have a dig into this".
        "revert",
        "ping|nudge|poke|prod the|your|our|them|him|her|it",
        "get on|onto to|it",
        "get onto",
        "take it|this|that up",
        "have a dig|peek|poke|nose",
        // A word had with someone, or effort vowed: "I'll have a word with the store
        // manager", "we will endeavour to resolve this promptly".
        "have|having a word|chat with",
        "endeavour|endeavor|endeavouring|endeavoring to",
        // "I'll make sure this gets sorted": the outcome promised, with no time.
        "(make sure|make certain|ensure) [that] [it|this|that|everything|things|your|the] [<word>] gets|get|is|are sorted|fixed|resolved|handled|rectified|corrected|processed|dealt|done|taken|looked|checked|reviewed|investigated|seen|actioned|escalated",
        // The outcome promised as what they will see: "we'll make sure your plan shows up".
        "make sure|certain [that] [it|this|that|everything|things|your|the] [<word>] shows|show|appears|appear|works|work|arrives|arrive",
        "make sure|certain to get|have it|this|that|things|everything|your|the [<word>] sorted|fixed|resolved|straightened|handled|rectified|corrected|back",
        // Effort toward an outcome, with no time: "we'll work hard to get your bag back".
        "work|working hard to",
        // Effort promised toward an outcome: "we'll do our best to get your files back"
        // (not "we'll do our best to help": willingness).
        "do|doing our|my [very] best to get|have|fix|sort|resolve|restore|recover|find|bring|make|put|turn|track|retrieve",
        "loop|looping",
        "monitor|monitoring",
        "keep an eye",
        // The right thing sent, with no time: "we'll get the right one out to you".
        "get|send *4 out to you",
        // An update or the thing promised as what they will get: "we'll make sure you get
        // an update on the repair".
        "make sure|certain [that] you get|receive|hear",
        // "We'll send you a new one."
        "send|post|get you a|an new|replacement one|card|code|unit|device|order|item",
        // "We'll send a new one out", "I'll action this".
        "send|post|ship|dispatch a|an new|replacement [<word>] [one|card|code|unit|device|order|item] out",
        "action|actioning it|this|that|your",
        // "We'll process your request", "we'll look to resolve this".
        "process|processing your|the|this|that request|return|claim|application|cancellation|complaint",
        "look|looking to resolve|fix|sort|rectify|restore|address|get",
        // "I'll chase the courier for you" (and "chase this", not only "chase it up").
        "chase|chasing the|your|our [<word>] courier|carrier|depot|store|team|warehouse|driver|supplier|seller|engineer|engineers|contractor|partner|bank",
        "chase|chasing it|this|that|them for|with",
        // "We'll advise you once we know more": to advise is to tell.
        "advise|advising you",
    ])
});

/// Promises of contact, the ones "let me ..." can make.
static CONTACT: LazyLock<Phrases> = LazyLock::new(|| {
    Phrases::lines(lines![
        "get|come back",
        "be|get in touch|contact",
        "reach out|back",
        "follow [it|this|that] up",
        "circle back",
        "update|contact|call|email|message you",
        "let you know",
        "keep you posted|updated|informed",
        "respond|reply",
        // Someone else set to it: "let me ask the expert to look into this".
        "ask|request|get *3 to look|check|investigate|review|call|contact",
    ])
});

/// Passive promises, which count whoever the subject is ("you will be contacted"), and
/// contact promised from the customer's side ("you'll hear back from us").
static PASSIVE: LazyLock<Phrases> = LazyLock::new(|| {
    Phrases::lines(lines![
        "hear [back] from us|me|our|someone|somebody",
        // "You'll hear back from the team shortly" (not "from the airline": theirs to do).
        "hear [back] from the team|teams|support|desk|office|store|manager|agents|engineers|specialists",
        // Contact from the team, told from the customer's side: "you'll get a call from our
        // team" (not "you'll receive a refund", nor an email the system sends at once).
        "receive|get a|an [phone|follow-up] call|callback|reply|response|update|message|email|e-mail|text from us|me|our|the|one|someone|somebody|a|an",
        // "You will receive a response in due course" (a reply, not a receipt the system sends).
        "receive|get a|an [full|formal|written|detailed] response|reply",
        "be contacted|emailed|updated|notified|reviewed|investigated|checked|looked|followed|reached",
        "be addressed|resolved|fixed|sorted|handled|rectified|escalated|repaired|replaced|restored|credited|collected|removed|cleared",
        // Someone put on it: "a technician will be assigned to review your line".
        "be assigned|allocated",
        "be added to your account|balance|wallet",
        "be taken care",
        // "They'll be ringing you back."
        "be ringing|calling|phoning|contacting|emailing|messaging|texting you",
        // "It'll be seen to at the next opportunity."
        "be seen to",
        "be dealt with",
        "be (actioned|picked up)",
    ])
});

/// What the case itself "is being" that owes the customer an answer ("this is being looked
/// into"); "your refund is being processed" tells where a payment is.
static BEING_WORKED_ON: LazyLock<Phrases> = LazyLock::new(|| {
    Phrases::lines(lines![
        "being looked into|at",
        "being reviewed|investigated|checked|considered|escalated|addressed|examined|assessed",
        "being worked on",
    ])
});

/// The case, as the subject of "is being looked into".
const CASES: List = words!(
    "this it that request complaint case issue matter query concern ticket feedback claim \
    report problem"
);

/// What "we are ..." can go on with to make an open-ended promise ("we're looking into it").
static PROGRESSIVE: LazyLock<Phrases> = LazyLock::new(|| {
    Phrases::lines(lines![
        "looking into",
        "investigating|reviewing|researching|examining",
        // "Ground crew are resolving the issue and you'll be on your way as soon as possible."
        "resolving|fixing|sorting|repairing",
        "checking",
        "working on|to",
        // Effort said with the work: "working very hard to remove them", "working around the
        // clock on a fix".
        "working [very|really|so|extremely|incredibly] hard|tirelessly|diligently|nonstop on|to",
        "working around|round the clock on|to",
        "looping",
        "following up",
        "digging into",
        // "Our team are on it."
        "on it|this|that",
        "on the case",
    ])
});

/// Words allowed between "will" and the action ("we'll certainly contact you").
static ADVERBS: LazyLock<Phrases> = LazyLock::new(|| {
    Phrases::lines(lines![
        "certainly|definitely|surely|still|also|then|personally|gladly|absolutely|further|first|quickly|promptly|closely|actively|currently|now|diligently|hard|busy|continue|continue|always|just|again|really",
        "be sure to|and",
        "make sure to|and",
        "continue to",
    ])
});

/// An action done at once is not left open ("we'll pass it on right away").
static IMMEDIATE: LazyLock<Phrases> = LazyLock::new(|| {
    Phrases::lines(lines![
        "right away|now",
        "straight away",
        "straightaway|immediately",
        "at once",
    ])
});

/// Hope and effort are not commitments (false-hope covers them): "With any luck the update
/// will sort it" hopes.
const HEDGES: List = words!("hope hopefully hoping hopeful optimistic wish try trying attempt luck possible impossible maybe perhaps possibly");

/// Words by which ongoing work points at the customer's own case: a pronoun, a fix, or a
/// noun said as theirs or as the one in hand ("the issue", "your order"; not "listings for
/// price gouging issues", work in general).
const THE_CASE: List = words!("it this that these those you your yours fix restore resolve repair");
const CASE_NOUNS: List = words!(
    "issue issues problem problems matter case request complaint report reports conversation \
    order account claim ticket query email service outage connection power signal delivery \
    parcel package refund booking flight"
);

/// Whether some word of `tokens` points at the customer's case (see [`THE_CASE`]).
fn points_at_case(tokens: &[crate::engine::text::Token]) -> bool {
    tokens.iter().enumerate().any(|(i, t)| {
        among(THE_CASE, &t.norm)
            || (among(CASE_NOUNS, &t.norm)
                && tokens[i.saturating_sub(2)..i].iter().any(|d| {
                    d.norm
                        .is_among("the this that these those your our its their a an any")
                }))
    })
}

/// Who can stand before "am/are/is ..." in a promise from the agent's side.
const AGENTS: List = words!(
    "we i they team teams engineers engineer specialists specialist experts expert \
    technicians staff colleagues colleague department someone somebody he she folks \
    people crew devs developers developer agents agent advisors advisor"
);

/// Other parties a customer is sent to: "they" after one of them is that party.
const OTHER_PARTIES: List = words!(
    "store stores shop shops branch branches bank banks carrier courier seller sellers \
    manufacturer retailer dealer dealership garage pharmacy restaurant hotel venue airport \
    airline station"
);

/// Subjects that are not the agent's side: what they "will" do is no promise of ours.
const NOT_AGENTS: List = words!("you your it this that these those there which");

/// Where the promised help continues in the customer's next message ("DM us and we'll
/// follow up from there", "we'll keep an eye out for your reply"): the guide's generic
/// next-turn help, not an open-ended commitment.
static NEXT_TURN: LazyLock<Phrases> = LazyLock::new(|| {
    Phrases::lines(lines![
        "from there|here",
        "continue there|here",
        "out|watch|wait|waiting|look|looking for your|the reply|response|message|dm|dms|email|answer|details|info",
        "once|when|after we hear|receive|get|have your|the|those|them",
    ])
});

/// News that may never come, after a promise to tell: "we'll let you know if that changes".
/// The promise is a pointer, like "stay tuned", not a commitment to act.
static IF_NEWS: LazyLock<Phrases> = LazyLock::new(|| {
    Phrases::lines(lines![
        "if|should|when|once that|this|it|anything|something|things|plans|availability change|changes|changed",
        // "We'll email you when it's reduced": the news they asked for, whenever it comes.
        "when|once|if it|it's|they|prices [is|are] (reduced|back|available|released|restocked|on sale|out|live|announced|cheaper)",
        // "We'll let you know when those films are out."
        "when|once|if *3 is|are|become|becomes (reduced|back|available|released|restocked|on sale|out|live|announced|cheaper)",
    ])
});

/// Where to follow a known problem as it is worked on: "follow the latest at ...", "check our
/// pinned tweet", "the service status page". (A way round it meanwhile is not enough: "we're
/// working to fix this; in the meantime it's listed under 2018" still leaves them waiting.)
static STATUS_POINTER: LazyLock<Phrases> = LazyLock::new(|| {
    Phrases::lines(lines![
        "for|follow|check|see|find the latest",
        "latest updates|news|info|information|status",
        "status page|site|updates|tracker|dashboard",
        "service|system|network|live|server|outage status",
        "pinned tweet|post",
        // "Up-to-the-minute updates are at https://..."
        "updates|news|status are|is [posted] at|on|via|here",
        "up-to-the-minute|live|real-time updates|status",
        // Said plainly that there is no date yet, with where to add their voice: "the team is
        // working on it, but we don't have an official timeline; vote for it here".
        "(do not|does not) have a|an|any [official|firm|set|exact|confirmed] timeline|eta|date|timeframe",
    ])
});

/// A link to a status page: "https://status.zoom.us", "support.xbox.com/xbox-live-status".
/// Looked for sentence by sentence in a list kept with the draft, so that a keystroke reads
/// only the sentences it touched.
fn status_link(draft: &Draft) -> bool {
    #[derive(Clone)]
    struct StatusLink;
    let links = draft.by_sentence((), (0, 0, 0), |i| {
        let tokens = &draft.tokens[draft.sentences[i].tokens.clone()];
        let link = |t: &Token| {
            t.kind == TokenKind::Reference && text::find_text(&t.norm, "status").is_some()
        };
        tokens.iter().any(link).then_some(StatusLink)
    });
    !links.is_empty()
}

/// Pronouns that open a new clause after "and".
const SUBJECTS: List = words!("we i you they he she it this that our your someone there");

/// Words that end the predicate of a promise.
const CUTS: List = words!(
    "so but or because if once when whenever until while though although since whereas \
    unless however as"
);

/// How far (in tokens) a promise's parts may lie from its "will": keeps every step local, so
/// a huge draft with no punctuation stays linear.
const WINDOW: usize = 40;

const WINDOWS: [(&str, &str); 3] = [
    ("Give a time: within the hour", "within the hour"),
    ("Give a time: by end of day today", "by end of day today"),
    ("Give a time: by a day you name", "by [day]"),
];

/// A promise found in one sentence.
#[derive(Clone)]
struct Promise {
    /// Byte span of the flagged words.
    span: Range<usize>,
    /// Byte range of the vague time word(s), when there is one.
    vague: Option<Range<usize>>,
    /// Where a time can be inserted: the end of the promise's predicate.
    insert_at: usize,
    /// When the vague word sits before the verb ("we'll soon be in touch", "I'll get right
    /// back to you"), where the words to keep start: the rewrite then drops the vague word
    /// and puts the window at `insert_at`.
    keep_from: Option<usize>,
    /// Work said to be going on ("our teams are working on it"), not promised for later.
    ongoing: bool,
}

fn run(cx: &Context) -> Vec<Flag> {
    let draft = cx.draft;
    let team_windows = Phrases::cached(&cx.config.promise_phrases);
    // The sentences that give a time, and those that promise, are lists kept with the draft
    // (under the team's windows): a keystroke works out again only the sentences it touched.
    // A time in an apology tells when the trouble was ("sorry for the delay today"), not when
    // the next thing will happen.
    #[derive(Clone)]
    struct HasTime {
        in_apology: bool,
    }
    let has_time = draft.by_sentence(cx.config.promise_phrases.clone(), (0, 0, 0), |i| {
        let s = &draft.sentences[i];
        let timed = CONCRETE_TIME.occurs_in(draft, s.tokens.clone())
            || (!cx.config.promise_phrases.is_empty()
                && team_windows.occurs_in(draft, s.tokens.clone()));
        let in_apology = || {
            draft
                .sentence_words(s)
                .iter()
                .any(|w| among("sorry apologise apologize apologies apology", w))
        };
        timed.then(|| HasTime {
            in_apology: in_apology(),
        })
    });
    // The team's windows that read as a time once written into the draft (a stray "[" or
    // "soon" in the settings would not clear the promise).
    let team_rewrites: Vec<(String, String)> = cx
        .config
        .promise_phrases
        .iter()
        .map(|p| p.trim())
        .filter(|p| !p.is_empty() && p.len() <= 80)
        .filter(|p| {
            let written = Draft::new(p);
            let tokens = 0..written.tokens.len();
            written.sentences.len() == 1
                && VAGUE_TIME.find_in(&written, tokens.clone()).is_empty()
                && (CONCRETE_TIME.occurs(&written) || team_windows.occurs_in(&written, tokens))
        })
        .map(|p| (format!("Use the team's window: {p}"), p.to_string()))
        .collect();
    // Where the sign-off starts matters to a promise only inside the sentence (those that
    // end past the body are worked out each time); a predicate's end reads one word on
    // after "as" and "and" (see `predicate_end`).
    let body_end = draft.body_end();
    let past_body = draft.sentences.len() - draft.sentences.partition_point(|s| s.end <= body_end);
    let promise_flag = |promise: &Promise| {
        let mut flag = Flag::new(
            promise.span.clone(),
            match &promise.vague {
                Some(v) => format!(
                    "\"{}\" is not a time the customer can hold you to.",
                    &draft.text[v.clone()]
                ),
                None => {
                    "This promise has no time: say when the customer will hear back.".to_string()
                }
            },
        );
        let windows = team_rewrites
            .iter()
            .cloned()
            .chain(WINDOWS.iter().map(|(l, w)| (l.to_string(), w.to_string())))
            .take(3);
        for (label, window) in windows {
            flag = match (&promise.vague, promise.keep_from) {
                (Some(v), Some(keep)) => {
                    let kept = &draft.text[keep..promise.insert_at];
                    flag.replace(
                        &label,
                        v.start..promise.insert_at,
                        format!("{kept} {window}"),
                    )
                }
                (Some(v), None) => flag.replace(&label, v.clone(), window),
                (None, _) => flag.insert(&label, promise.insert_at, format!(" {window}")),
            };
        }
        debug_assert!(WINDOWS[2].1.contains(placeholder::DAY));
        flag
    };
    // The flag, rewrites and all, is kept in the sentence's own offsets (under the team's
    // windows, which its rewrites offer).
    let key = cx.config.promise_phrases.clone();
    // A concrete time anywhere near (this sentence or the two either side) settles it,
    // unless the promise is another thing done besides ("I've booked a visit for tomorrow.
    // We'll also look into why ...").
    let near_time = |n: usize| {
        let besides = draft
            .sentence_words(&draft.sentences[n])
            .windows(2)
            .any(|w| among("will shall", w[0]) && w[1] == "also");
        has_time.get(n).is_some()
            || (!besides
                && (n.saturating_sub(2)..=n + 2)
                    .any(|i| i != n && has_time.get(i).is_some_and(|t| !t.in_apology)))
    };
    let promised = draft.by_sentence(key, (2, 2, past_body), |n| {
        if near_time(n) {
            return None;
        }
        let sentence = &draft.sentences[n];
        let body_end = body_end.clamp(sentence.start, sentence.end) - sentence.start;
        let key = (body_end, draft.read_on(sentence, &["as", "and"], 1));
        let decided = draft.decided(n, key, || {
            find_promise(draft, sentence).map(|p| p.moved(|at| at - sentence.start))
        });
        let promise = decided.1.clone()?.moved(|at| at + sentence.start);
        Some((
            promise_flag(&promise).moved(-(sentence.start as isize)),
            promise.ongoing,
        ))
    });
    // Work going on at a known problem, with where to follow it ("our teams are working on
    // it; follow the latest at status.example.com"), leaves the customer nothing to wait on:
    // like news not out yet with where it will appear.
    let followed = std::cell::OnceCell::new();
    let mut flags = Vec::new();
    for (n, (flag, ongoing)) in promised.found() {
        if *ongoing && *followed.get_or_init(|| STATUS_POINTER.occurs(draft) || status_link(draft))
        {
            continue;
        }
        flags.push(flag.moved(draft.sentences[n].start as isize));
    }
    flags
}

impl Promise {
    /// The same promise with every offset moved by `by`.
    fn moved(self, by: impl Fn(usize) -> usize) -> Promise {
        let range = |r: Range<usize>| by(r.start)..by(r.end);
        Promise {
            span: range(self.span),
            vague: self.vague.map(range),
            insert_at: by(self.insert_at),
            keep_from: self.keep_from.map(&by),
            ongoing: self.ongoing,
        }
    }
}

/// The sentence's open-ended promise, if any: the first whose own words hold the vague time,
/// else the first.
fn find_promise(draft: &Draft, sentence: &Sentence) -> Option<Promise> {
    let mut candidates = promises(draft, sentence);
    // Feedback passed on and "reviewed" or "looked at" there is the feedback's own path, not
    // a promise about this customer's case: "I'll forward your feedback to the team and get
    // it reviewed".
    if passes_feedback(draft, sentence.tokens.clone()) {
        candidates.retain(|p| {
            !draft.sentence_tokens(sentence).iter().any(|t| {
                p.span.start <= t.start
                    && t.end <= p.span.end
                    && t.norm
                        .is_among("review reviewed consider considered looked")
            })
        });
    }
    let with_vague = candidates.iter().position(|p| p.vague.is_some());
    candidates.into_iter().nth(with_vague.unwrap_or(0))
}

/// Promises made without "will": time asked for instead of given ("kindly allow us some time
/// to check this", "please wait while we check with the team"), contact announced as what
/// to expect ("expect a call from our team"). The agent will act, and the customer is not
/// told when.
static WITHOUT_WILL: LazyLock<Phrases> = LazyLock::new(|| {
    Phrases::lines(lines![
        "allow|give|grant us|me [some|a] [little|bit|more] [of] [more] time|while",
        // Contact announced as what to expect: "expect a call from one of our specialists".
        "[you] [can] expect a|an [phone|follow-up] call|callback|reply|response|update|email|message from",
        // "You can expect word back from them."
        "[you] [can] expect word|news [back] from",
        "[you] [can] expect to hear [back] from",
        "wait while|whilst we|i check|look|confirm|verify|investigate|review|find|get|contact|reach|speak",
        // Contact to wait for, with no time: "kindly wait until we reach out", "please wait
        // for an update", "wait for our team to call you".
        "wait until|till|til we|i|they|our|the *2 reach|get|contact|call|email|e-mail|respond|reply|update|come",
        "wait for a|an|the|our update|response|reply|call|callback|email|e-mail|message|word",
        "wait for our|the [<word>] team|teams|specialist|specialists|agent|agents|colleague|colleagues *2 to reach|get|contact|call|email|e-mail|respond|reply|update|come",
        // The case taken on with no time: "leave it with us", "leave this with me".
        "leave it|this|that [one] with us|me",
    ])
});

/// Every open-ended promise in the sentence, in order.
fn promises(draft: &Draft, sentence: &Sentence) -> Vec<Promise> {
    let mut found = Vec::new();
    let body_end = draft.body_end();
    let mut range = sentence.tokens.clone();
    let tokens = &draft.tokens;
    // A question offers or asks; it does not promise. A promise run on into one ("we'll look
    // into it, can you DM us your email?", "we'll get this sorted - which phone is it?")
    // still promises, up to the comma or dash.
    let last_punct = tokens[range.clone()]
        .iter()
        .rev()
        .find(|t| t.kind == TokenKind::Punct);
    if last_punct.is_some_and(|t| t.norm == "?") {
        let asked_after = range.clone().rev().find(|&i| {
            among(", - – —", &tokens[i].norm)
                && tokens
                    .get(i + 1)
                    .is_some_and(|t| t.kind == TokenKind::Word && among(QUESTION_STARTS, &t.norm))
        });
        match asked_after {
            Some(comma) => range.end = comma,
            None => return found,
        }
    }
    let vague = vague_time(draft, sentence);
    // "We're looking at it and will hopefully have improvements soon": the "soon" is hoped
    // for, which is false hope, not a vague promise. So is the outcome of work told with
    // "hopefully" ("engineers are working on it and hopefully it'll be back before long").
    let hoped_for = vague.as_ref().is_some_and(|v| {
        tokens[range.clone()]
            .iter()
            .any(|t| t.end <= v.start && t.norm.is_among("hopefully hope hoping"))
    }) || tokens[range.clone()].iter().any(|t| t.norm == "hopefully");
    if hoped_for {
        return found;
    }
    // Promised without "will": it runs to the end of its predicate, where a time can go.
    for m in WITHOUT_WILL.find_in(draft, range.clone()) {
        let end = predicate_end(draft, m.tokens.end.saturating_sub(1), range.end, body_end);
        let insert_at = last_word_end(draft, m.tokens.start..end, m.end);
        found.push(Promise {
            span: m.start..insert_at,
            vague: None,
            insert_at,
            keep_from: None,
            ongoing: false,
        });
    }
    let word = |i: usize| {
        tokens
            .get(i)
            .filter(|t| t.kind == TokenKind::Word && range.contains(&i))
            .map(|t| t.norm.as_str())
    };
    for i in range.clone() {
        let norm = tokens[i].norm.as_str();
        if tokens[i].kind != TokenKind::Word {
            continue;
        }
        let (kind, predicate_start) = match norm {
            "will" | "shall" => (Modal::Will, i + 1),
            "should" | "would" => (Modal::Should, i + 1),
            "going"
                if matches!(i.checked_sub(1).and_then(word), Some("am" | "are" | "is"))
                    && word(i + 1) == Some("to") =>
            {
                (Modal::Going, i + 2)
            }
            "am" | "are" | "is" => (Modal::Progressive, i + 1),
            "let" if matches!(word(i + 1), Some("me" | "us")) => (Modal::Let, i + 2),
            _ => continue,
        };
        let subject = subject_before(draft, range.start, i);
        let agent = subject.is_some_and(|s| among(AGENTS, s)) || kind == Modal::Let;
        // "This is being looked into", "your complaint is being reviewed": the case worked
        // on in the passive is owed as much as "we're looking into it".
        let case_worked_on = kind == Modal::Progressive
            && word(i + 1) == Some("being")
            && i.checked_sub(1)
                .and_then(word)
                .is_some_and(|w| among(CASES, w));
        if kind != Modal::Will && !agent && !case_worked_on {
            continue;
        }
        if is_purpose(draft, range.start, i) || hedged(draft, range.start, i) {
            continue;
        }
        let p = skip_adverbs(draft, predicate_start, range.end);
        // "We're always working to get you there on time" tells a habit, not a promise.
        if kind == Modal::Progressive && (predicate_start..p).any(|j| word(j) == Some("always")) {
            continue;
        }
        let Some(next) = word(p) else { continue };
        if among("not no never try trying attempt", next) {
            continue;
        }
        // "We'll see you soon on your next trip!" says goodbye; it commits to nothing.
        if among("see welcome", next) && word(p + 1) == Some("you") {
            continue;
        }
        if next == "be"
            && word(p + 1)
                .is_some_and(|w| among("happy glad able delighted pleased more unable", w))
        {
            continue;
        }
        let end = predicate_end(draft, p, range.end, body_end);
        if NEXT_TURN.occurs_in(draft, p..end)
            || IF_NEWS
                .find_in(draft, p..range.end)
                .iter()
                .any(|m| m.tokens.start > p)
        {
            continue;
        }
        // "We'll check the status now" is done at once; "we're now looking into it" is not.
        // "The sync will sort itself out": no one is acting.
        if (p..end).any(|j| word(j).is_some_and(|w| among("itself themselves", w))) {
            continue;
        }
        // "From now on" is no time at all.
        let now = kind != Modal::Progressive
            && (predicate_start..end)
                .any(|j| tokens[j].norm == "now" && (j == 0 || tokens[j - 1].norm != "from"));
        if now || IMMEDIATE.occurs_in(draft, p..end) {
            continue;
        }
        // "Signing in again will fix it": an action for the customer as the subject.
        let action_subject = subject.is_none()
            && draft
                .clause_window(i, WINDOW)
                .and_then(|clause| word(clause.start))
                .is_some_and(|w| w.len() > 5 && w.ends_with("ing") && !w.ends_with("thing"));
        // "Take it back to the store and they will have a look": "they" is the party just
        // named, whose help is no promise of ours.
        let named_party = subject == Some("they")
            && tokens[range.start..i]
                .iter()
                .any(|t| among(OTHER_PARTIES, &t.norm));
        let other_subject = action_subject
            || named_party
            || i.checked_sub(1)
                .and_then(word)
                .is_some_and(|w| among(NOT_AGENTS, w));
        // The action: at the predicate's start, or after an "and" inside it.
        let head = match kind {
            Modal::Progressive if case_worked_on => head_at(&BEING_WORKED_ON, draft, p, end),
            Modal::Progressive => head_at(&PROGRESSIVE, draft, p, end)
                .or_else(|| {
                    // "Our engineers are aware and working on a fix."
                    let and = (p..end).find(|&j| tokens[j].norm == "and")?;
                    head_at(&PROGRESSIVE, draft, skip_adverbs(draft, and + 1, end), end)
                })
                // "Our team are on it" reports work owed; "I'm on it" beside a request for
                // details is help in the next turn.
                .filter(|h| tokens[h.start].norm != "on" || !matches!(subject, Some("i" | "we")))
                .filter(|h| {
                    // "I'm just checking if you still need help" asks, it does not promise.
                    !(tokens[h.start].norm == "checking"
                        && word(h.end).is_some_and(|w| among("if whether in to", w)))
                })
                // "We're reviewing listings for price gouging" reports work in general; work
                // on this customer's case ("looking into this", "on it", "with you") is owed,
                // and so is work said with nothing after it ("our engineers are investigating"),
                // but not a verb whose preposition is left behind by a relative clause ("an
                // issue we're looking into", which describes the issue).
                .filter(|h| {
                    let stranded = tokens[h.end - 1].norm.is_among("into on to with at for");
                    (h.end >= end && !stranded) || points_at_case(&tokens[h.start..end])
                }),
            // "You'll find ...", "it will help us fix ..." (the subject right before "will"),
            // "restarting it will fix it" (an action as the subject):
            // only a passive ("you will be contacted", "it will be reviewed") promises
            // something from the agent's side.
            Modal::Will if other_subject => head_at(&PASSIVE, draft, p, end),
            Modal::Will | Modal::Going => {
                let p = if word(p) == Some("be") && word(p + 1).is_some_and(|w| w.ends_with("ing"))
                {
                    p + 1
                } else {
                    p
                };
                head_at(&HEADS, draft, p, end)
                    .or_else(|| head_at(&PASSIVE, draft, p, end))
                    .or_else(|| {
                        (p..end).filter(|&j| tokens[j].norm == "and").find_map(|j| {
                            head_at(&HEADS, draft, skip_adverbs(draft, j + 1, end), end)
                        })
                    })
            }
            Modal::Should => None,
            // "Let me check and get back to you" promises contact; "let us look into that"
            // before a question only starts the conversation.
            Modal::Let => head_at(&CONTACT, draft, p, end).or_else(|| {
                (p..end)
                    .filter(|&j| tokens[j].norm == "and")
                    .find_map(|j| head_at(&CONTACT, draft, skip_adverbs(draft, j + 1, end), end))
            }),
        };
        // "We should have it working soon": only a plain "have/get/be" outcome, not advice.
        let outcome = kind != Modal::Should || among("have get be fix sort resolve restore", next);
        // The vague time must belong to this promise: inside its predicate, or opening the
        // sentence ("Shortly, we will ...").
        let pred_bytes = tokens[p.min(end.saturating_sub(1)).max(i)].start
            ..tokens[end.saturating_sub(1).max(i)].end;
        let in_scope = |v: &Range<usize>| {
            (v.start >= pred_bytes.start && v.start < pred_bytes.end)
                || (v.end <= tokens[i].start && v.start <= tokens[range.start].end)
        };
        let vague_here = vague
            .clone()
            .filter(|v| in_scope(v) && (kind == Modal::Will || agent) && outcome);
        // "We are ..." needs its own action word; "I'm sorry ... soon" is not a promise.
        if head.is_none()
            && (vague_here.is_none()
                || other_subject
                || matches!(kind, Modal::Progressive | Modal::Let))
        {
            continue;
        }
        let start = span_start(draft, range.start, i);
        let mut span = start..head.as_ref().map_or(tokens[i].end, |h| {
            tokens[(h.start..h.end)
                .rev()
                .find(|&k| tokens[k].kind != TokenKind::Symbol)
                .unwrap_or(h.start)]
            .end
        });
        if let Some(v) = &vague_here {
            span = span.start.min(v.start)..span.end.max(v.end);
        }
        let insert_at = last_word_end(draft, p..end, span.end);
        let keep_from = vague_here.as_ref().and_then(|v| {
            let first = range.clone().find(|&k| tokens[k].start == v.start)?;
            let after = range.clone().find(|&k| tokens[k].start >= v.end)?;
            let before = first.checked_sub(1).filter(|&k| k >= range.start);
            let pre_verbal = before.is_some_and(|k| {
                among(
                    "will shall should would be am are is we i they",
                    tokens[k].norm.as_str(),
                )
            }) && tokens[after].kind == TokenKind::Word;
            // "right back": keep "back", drop "right".
            let right_back = tokens[first].norm == "right" && first + 1 < after;
            let keep = if right_back {
                tokens[first + 1].start
            } else {
                tokens[after].start
            };
            ((pre_verbal || right_back) && keep < insert_at).then_some(keep)
        });
        found.push(Promise {
            span,
            vague: vague_here,
            insert_at,
            keep_from,
            ongoing: kind == Modal::Progressive,
        });
    }
    found
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Modal {
    /// will / shall: a promise whatever the subject.
    Will,
    /// should / would: only with the agent as subject and a vague time.
    Should,
    /// am/are/is going to: a promise with the agent as subject.
    Going,
    /// let me / let us: only a promise of contact ("let me get back to you").
    Let,
    /// we are ...ing: only with the agent as subject.
    Progressive,
}

/// What happens to a return or a parcel on its way back, which makes "as soon as ..." a
/// condition the customer can watch: "as soon as the original is scanned by the courier".
const HANDOVER: List =
    words!("scanned received receive receives returned collected dropped posted reaches reached");

/// The byte range of the sentence's vague time word(s), if any.
fn vague_time(draft: &Draft, sentence: &Sentence) -> Option<Range<usize>> {
    let tokens = &draft.tokens;
    let range = sentence.tokens.clone();
    let word = |i: usize| {
        tokens
            .get(i)
            .filter(|t| range.contains(&i) && t.kind == TokenKind::Word)
            .map(|t| t.norm.as_str())
    };
    for i in range.clone() {
        if tokens[i].norm != "soon"
            || tokens[i].kind != TokenKind::Word
            || word(i + 1) != Some("as")
        {
            continue;
        }
        // "[as] soon as ...": the customer's step is a condition, anything else a vague time.
        let from = if i > range.start && word(i - 1) == Some("as") {
            i - 1
        } else {
            i
        };
        let from = if from > range.start && word(from - 1).is_some_and(|w| among("very so", w)) {
            from - 1
        } else {
            from
        };
        // "As soon as the original is scanned": a step the customer takes or sees, a condition.
        let handed_over = (i + 2..range.end.min(i + 8))
            .filter_map(word)
            .any(|w| among(HANDOVER, w));
        match word(i + 2) {
            Some("you" | "your" | "u") | None => continue,
            Some(_) if handed_over => continue,
            Some("possible" | "practicable" | "feasible") => {
                return Some(tokens[from].start..tokens[i + 2].end)
            }
            Some(_) => {
                let end = (i + 2..range.end.min(i + 2 + WINDOW))
                    .take_while(|&k| tokens[k].kind != TokenKind::Punct)
                    .filter(|&k| tokens[k].kind != TokenKind::Symbol)
                    .last()
                    .unwrap_or(i + 1);
                let end = end.min(last_body_token(draft, range.clone()).unwrap_or(end));
                return Some(tokens[from].start..tokens[end.max(i + 1)].end);
            }
        }
    }
    VAGUE_TIME
        .find_in(draft, range.clone())
        .into_iter()
        // Bare "soon" followed by "as" was dealt with above.
        .find(|m| !(tokens[m.tokens.end - 1].norm == "soon" && word(m.tokens.end) == Some("as")))
        .map(|m| m.start..m.end)
}

/// The last token before the reply's sign-off inside the range.
fn last_body_token(draft: &Draft, range: Range<usize>) -> Option<usize> {
    let body_end = draft.body_end();
    range
        .rev()
        .find(|&k| draft.tokens[k].end <= body_end && draft.tokens[k].kind != TokenKind::Symbol)
}

/// The nearest subject word before token `i` in the sentence (skipping "and", adverbs and
/// objects, so "We got your DM and will follow up" finds "we").
fn subject_before<'a>(draft: &'a Draft, start: usize, i: usize) -> Option<&'a str> {
    let tokens = &draft.tokens;
    let start = start.max(i.saturating_sub(WINDOW));
    // "Our team found the fault and things should be back soon": a clause joined by "and"
    // with a subject of its own ("things") is not the team's.
    let mut own_words = false;
    (start..i)
        .rev()
        .find_map(|k| {
            let t = &tokens[k];
            if t.kind == TokenKind::Punct && t.norm != "," {
                return Some("");
            }
            let w = t.norm.as_str();
            if t.norm.is_among("and but") && own_words {
                return Some("");
            }
            own_words |=
                t.kind == TokenKind::Word && !t.norm.is_among("also then now so just still");
            let possessive = among("our your", w);
            (t.kind == TokenKind::Word && !possessive && (among(SUBJECTS, w) || among(AGENTS, w)))
                .then_some(w)
        })
        .filter(|w| !w.is_empty())
}

/// Whether the promise is a purpose clause of a request: "DM us so we will ...", "so that we will ...".
fn is_purpose(draft: &Draft, start: usize, i: usize) -> bool {
    let before = |back: usize| {
        i.checked_sub(back)
            .filter(|&k| k >= start)
            .map(|k| draft.tokens[k].norm.as_str())
    };
    before(2) == Some("so") || (before(2) == Some("that") && before(3) == Some("so"))
}

/// Whether hope or effort governs the promise ("we hope we'll ... soon", "we will try to").
fn hedged(draft: &Draft, start: usize, i: usize) -> bool {
    let tokens = &draft.tokens;
    let start = start.max(i.saturating_sub(WINDOW));
    let clause_start = (start..i)
        .rev()
        .find(|&k| tokens[k].kind == TokenKind::Punct)
        .map_or(start, |k| k + 1);
    let before = &tokens[clause_start..i];
    before.iter().any(|t| among(HEDGES, &t.norm) || t.norm == "fingers")
        // "We'd like to think it'll be sorted soon" hopes.
        || before
            .windows(3)
            .any(|w| w[0].norm == "like" && w[1].norm == "to" && w[2].norm.is_among("think believe"))
}

/// Where a time can be inserted after a promise's predicate `tokens`: the end of its last
/// token that is not a symbol, never before byte `at_least`.
fn last_word_end(draft: &Draft, tokens: Range<usize>, at_least: usize) -> usize {
    tokens
        .rev()
        .find(|&k| draft.tokens[k].kind != TokenKind::Symbol)
        .map_or(at_least, |k| draft.tokens[k].end)
        .max(at_least)
}

fn skip_adverbs(draft: &Draft, mut p: usize, end: usize) -> usize {
    for _ in 0..4 {
        match ADVERBS.find_in(draft, p..end.min(p + 4)).first() {
            Some(m)
                if m.tokens.start == p
                    || draft.tokens[p..m.tokens.start]
                        .iter()
                        .all(|t| t.kind == TokenKind::Symbol) =>
            {
                p = m.tokens.end
            }
            _ => break,
        }
    }
    p
}

/// Where the promise's predicate ends: at punctuation, a subordinating conjunction, or an
/// "and" that opens a new clause with its own subject.
fn predicate_end(draft: &Draft, p: usize, end: usize, body_end: usize) -> usize {
    let tokens = &draft.tokens;
    let end = end.min(p + WINDOW);
    (p..end)
        .find(|&k| {
            let t = &tokens[k];
            let w = t.norm.as_str();
            match t.kind {
                TokenKind::Punct => true,
                // A part marker ("2/2") ends the reply's words.
                TokenKind::Number if k > p && w.as_bytes().contains(&b'/') => true,
                TokenKind::Word if k > p => {
                    (among(CUTS, w)
                        && !(w == "as" && tokens.get(k + 1).is_some_and(|n| n.norm == "soon")))
                        || (w == "and"
                            && tokens.get(k + 1).is_some_and(|n| among(SUBJECTS, &n.norm)))
                }
                _ => false,
            }
        })
        .unwrap_or(end)
        .min(
            // Never past the sign-off.
            (p..end)
                .find(|&k| tokens[k].start >= body_end)
                .unwrap_or(end),
        )
        .max(p)
}

/// A head phrase starting at `p` (after any symbols), inside `..end`.
fn head_at(phrases: &Phrases, draft: &Draft, p: usize, end: usize) -> Option<Range<usize>> {
    if p >= end {
        return None;
    }
    // Heads are a few words long: look no further than that.
    let m = phrases
        .find_in(draft, p..end.min(p + 16))
        .into_iter()
        .next()?;
    let starts_here = draft.tokens[p..m.tokens.start]
        .iter()
        .all(|t| t.kind == TokenKind::Symbol);
    // "We'll call it a draw" names something; it contacts nobody.
    let names = draft.tokens[m.tokens.end - 1].norm == "call"
        && draft
            .tokens
            .get(m.tokens.end)
            .is_some_and(|t| t.norm.is_among("it this that"));
    (starts_here && !names).then_some(m.tokens)
}

/// Where the flagged words start: the subject right before the modal ("our team will"), or
/// the modal itself.
fn span_start(draft: &Draft, start: usize, i: usize) -> usize {
    let tokens = &draft.tokens;
    let mut s = i;
    if s > start
        && tokens[s - 1].kind == TokenKind::Word
        && (among(SUBJECTS, &tokens[s - 1].norm) || among(AGENTS, &tokens[s - 1].norm))
    {
        s -= 1;
        if s > start && among("our the my a an", tokens[s - 1].norm.as_str()) {
            s -= 1;
        }
    }
    tokens[s].start
}

#[cfg(test)]
mod tests {
    use super::*;

    every_phrase_list_compiles!(
        VAGUE_TIME,
        HEADS,
        CONTACT,
        PASSIVE,
        BEING_WORKED_ON,
        PROGRESSIVE,
        ADVERBS,
        IMMEDIATE,
        NEXT_TURN,
        IF_NEWS,
        WITHOUT_WILL,
        STATUS_POINTER
    );

    use crate::engine::checks::testing;
    use crate::engine::checks::testing::assert_rewrites_clean;
    use crate::engine::{apply, check, Config};

    fn findings(text: &str) -> Vec<crate::engine::Finding> {
        testing::findings("vague-promise", text, None, &Config::default())
    }

    fn flagged(text: &str) -> bool {
        !findings(text).is_empty()
    }

    fn span(text: &str) -> String {
        let f = &findings(text)[0];
        text[f.start..f.end].to_string()
    }

    /// The text after applying the finding's rewrite number `n`.
    fn rewritten(text: &str, n: usize) -> String {
        apply(text, &findings(text)[0].rewrites[n].edit).unwrap()
    }

    #[test]
    fn flag_get_back_soon() {
        assert!(flagged("We'll get back to you soon."));
        assert_eq!(
            span("Thanks. We'll get back to you soon."),
            "We'll get back to you soon"
        );
    }

    #[test]
    fn flag_look_into_it_without_time() {
        assert!(flagged("Thanks, we will look into this."));
        assert!(flagged("I'll take a closer look at your account."));
    }

    #[test]
    fn flag_conditional_on_the_customers_step() {
        assert!(flagged(
            "Send us a DM with your order number and we'll take a look."
        ));
        assert!(flagged(
            "Once we have your details we'll check this and get back to you."
        ));
    }

    #[test]
    fn flag_second_verb_after_and() {
        assert!(flagged("We'll sort out the paperwork and be in touch."));
        assert!(flagged(
            "Thanks for the DM. We got it and will follow up with you there."
        ));
    }

    #[test]
    fn flag_someone_will_be_in_touch() {
        assert!(flagged("Someone from billing will be in touch."));
        assert!(flagged("I'll have a specialist reach out to you."));
        assert!(flagged("Our engineers will have this checked."));
    }

    #[test]
    fn flag_we_are_looking_into_it() {
        assert!(flagged("Rest assured, we are currently looking into it."));
        assert!(flagged("Our team is diligently working on a fix."));
        assert!(flagged("Our engineers are aware and working on a fix."));
    }

    #[test]
    fn dont_flag_work_going_on_with_where_to_follow_it() {
        assert!(!flagged(
            "Our teams are working on it. You can follow the latest at https://status.example.com"
        ));
        assert!(!flagged(
            "Our team is working on a fix. Follow our pinned tweet for the latest."
        ));
        // A promise for later is still one; so is work going on with only a workaround.
        assert!(flagged(
            "We'll look into it and post the latest on our status page."
        ));
        assert!(flagged(
            "We're working on a fix. Meanwhile it is listed under 2018."
        ));
    }

    #[test]
    fn flag_contact_promised_from_the_customers_side_and_updates_posted() {
        assert!(flagged("You'll hear back from us shortly."));
        assert!(flagged("We'll update this thread when we know more."));
        assert!(!flagged("You'll hear back from us within 24 hours."));
        assert!(!flagged("You'll hear from the airline about the new seat."));
        assert!(flagged(
            "I've chased it and you'll hear back from the team shortly."
        ));
    }

    #[test]
    fn dont_flag_work_in_general_only_work_on_the_case() {
        assert!(!flagged(
            "We're actively checking new sellers for counterfeit goods across the marketplace."
        ));
        assert!(flagged("We're actively checking this for you."));
    }

    #[test]
    fn flag_other_ways_to_say_it() {
        assert!(flagged("Our team will be in contact with you."));
        assert!(flagged("We will be reaching out to you."));
        assert!(flagged("We'll follow this up."));
        assert!(flagged("Will get back to you."));
        assert!(flagged("This will be looked into."));
        assert!(flagged("Rest assured, your concern will be addressed."));
        assert!(flagged("We're going to look into what happened."));
        assert!(flagged("Engineers are working to restore service."));
    }

    #[test]
    fn flag_let_me_get_back_to_you() {
        assert!(flagged(
            "Let me check with the warehouse and get back to you."
        ));
        assert!(flagged("Let us follow up with the store for you."));
        assert!(!flagged("Let us look into that. Which model is it?"));
        assert!(!flagged("Please let us know ASAP."));
    }

    #[test]
    fn dont_flag_describing_what_you_see() {
        assert!(!flagged(
            "I'm looking at your account and I can see the order was delivered."
        ));
        assert!(!flagged("We're always looking at ways to improve."));
    }

    #[test]
    fn flag_asap_and_as_soon_as_we_know() {
        assert!(flagged("We will get this fixed ASAP!"));
        assert!(flagged("The page will be updated as soon as we know more."));
        assert!(flagged(
            "The team should have the app working again very soon."
        ));
    }

    #[test]
    fn dont_flag_as_soon_as_with_a_deadline() {
        assert!(!flagged(
            "As soon as you reply we will refund within 24 hours."
        ));
    }

    #[test]
    fn dont_flag_as_soon_as_you() {
        assert!(!flagged(
            "As soon as you reply, we will process the refund."
        ));
    }

    #[test]
    fn dont_flag_concrete_time() {
        assert!(!flagged("We'll get back to you by Friday."));
        assert!(!flagged(
            "They're working to get you moving ASAP. The new departure is 6:10 pm."
        ));
        assert!(!flagged(
            "We're checking this now. Thanks for bearing with us. It can take up to 48 hours."
        ));
        assert!(!flagged("We'll be in touch in the next 24 hours."));
        assert!(!flagged("Our team will call you tomorrow."));
        assert!(!flagged("I'll look into it this afternoon."));
    }

    #[test]
    fn dont_flag_a_hope_for_what_a_fix_will_do() {
        assert!(!flagged("With any luck the update will sort it."));
    }

    #[test]
    fn dont_flag_purpose_clause() {
        assert!(!flagged(
            "Please DM us your email so we can look into this."
        ));
        assert!(!flagged("Send us the details so that we can follow up."));
    }

    #[test]
    fn dont_flag_offers() {
        assert!(!flagged("I'd be happy to look into this for you?"));
        assert!(!flagged("We'd be glad to take a look."));
        assert!(!flagged("We'll be happy to check this for you."));
        assert!(!flagged(
            "I'd like to have a colleague look into this for you."
        ));
    }

    #[test]
    fn dont_flag_generic_help_next_turn() {
        assert!(!flagged("Share the details here and we'll help you."));
        assert!(!flagged("Please send us a DM and we'll continue there."));
        assert!(!flagged(
            "Drop us a message with your email and we'll connect."
        ));
    }

    #[test]
    fn dont_flag_done_or_immediate_actions() {
        assert!(!flagged("I've sent an email to the store manager."));
        assert!(!flagged("We'll pass your kind words along to the crew!"));
        assert!(!flagged("We'll add this to your feedback file."));
        assert!(!flagged("I'll check your order straightaway."));
        assert!(!flagged("We'll be checking the status for you now."));
        assert!(!flagged("I'm just checking if you still need a hand."));
    }

    #[test]
    fn dont_flag_hope_or_effort() {
        assert!(!flagged("We hope to have the line back up soon."));
        assert!(!flagged("Hopefully we will have news shortly."));
        assert!(!flagged("We will try to get back to you soon."));
    }

    #[test]
    fn dont_flag_customer_actions_or_questions() {
        assert!(!flagged("You will need to contact the seller."));
        assert!(!flagged("Will you be able to check the tracking page?"));
        assert!(!flagged("See you soon!"));
        assert!(!flagged("We won't contact you again about this."));
    }

    #[test]
    fn rewrite_replaces_the_vague_word() {
        assert_eq!(
            rewritten("We'll get back to you soon.", 1),
            "We'll get back to you by end of day today."
        );
        assert_eq!(
            rewritten("We'll get back to you as soon as possible!", 0),
            "We'll get back to you within the hour!"
        );
        assert_eq!(
            rewritten("We'll fix it very soon.", 0),
            "We'll fix it within the hour."
        );
        assert_eq!(
            rewritten("The page will be updated as soon as we know more. ^KM", 0),
            "The page will be updated within the hour. ^KM"
        );
    }

    #[test]
    fn rewrite_moves_a_vague_word_before_the_verb() {
        assert_eq!(
            rewritten("We'll soon be in touch.", 0),
            "We'll be in touch within the hour."
        );
        assert_eq!(
            rewritten("I'll get right back to you, promise!", 1),
            "I'll get back to you by end of day today, promise!"
        );
    }

    #[test]
    fn rewrite_inserts_a_window_before_the_stop() {
        assert_eq!(
            rewritten("We'll look into it.", 0),
            "We'll look into it within the hour."
        );
        assert_eq!(
            rewritten("DM us and we'll take a closer look! ^KM", 2),
            "DM us and we'll take a closer look by [day]! ^KM"
        );
        assert_eq!(
            rewritten("We will be in touch -Becky", 1),
            "We will be in touch by end of day today -Becky"
        );
    }

    #[test]
    fn flag_promise_beside_a_name_placeholder() {
        assert!(flagged(
            "We'll look into it and get back to you soon. See you at [NAME]."
        ));
    }

    #[test]
    fn rewrites_clear_the_finding() {
        for text in [
            "We'll get back to you soon.",
            "We'll look into it.",
            "Our billing team is checking your invoice and will be in contact shortly.",
            "DM us and we'll take a closer look! ^KM",
        ] {
            assert_rewrites_clean("vague-promise", text, None, &Config::default());
        }
    }

    #[test]
    fn odd_team_windows_are_not_offered() {
        let mut config = Config::default();
        for window in [
            "[",
            "soon",
            "asap, promise",
            "Later. Maybe",
            "by 5 p.m. today",
        ] {
            config.promise_phrases.push(window.into());
        }
        let report = check("We'll be in touch.", None, &config);
        let f = report
            .findings
            .iter()
            .find(|f| f.check == "vague-promise")
            .unwrap();
        let offered: Vec<_> = f
            .rewrites
            .iter()
            .map(|r| r.edit.replacement.as_str())
            .collect();
        assert_eq!(
            offered,
            [
                " by 5 p.m. today",
                " within the hour",
                " by end of day today"
            ]
        );
    }

    #[test]
    fn team_windows_come_first_and_count_as_concrete() {
        let mut config = Config::default();
        config
            .promise_phrases
            .push("within one business day".into());
        let text = "We'll be in touch soon.";
        let report = check(text, None, &config);
        let f = report
            .findings
            .iter()
            .find(|f| f.check == "vague-promise")
            .unwrap();
        assert_eq!(f.rewrites[0].edit.replacement, "within one business day");
        let after = apply(text, &f.rewrites[0].edit).unwrap();
        assert!(!check(&after, None, &config)
            .findings
            .iter()
            .any(|f| f.check == "vague-promise"));
    }

    #[test]
    fn pass_what_someone_else_will_do() {
        // The subject right before "will" is not the agent's side.
        assert!(!flagged("I know you'll find a new favourite soon."));
        assert!(!flagged(
            "Sending the report helps: it will let us find and fix the bug."
        ));
        assert!(flagged("It will be reviewed by the team soon."));
    }

    #[test]
    fn pass_help_that_continues_in_the_next_message() {
        assert!(!flagged(
            "Send us a DM with the details and we'll follow up from there."
        ));
        assert!(!flagged("We'll keep an eye out for your reply."));
        assert!(flagged(
            "Thanks for the DM. We got it and will follow up with you there."
        ));
    }

    #[test]
    fn pass_calling_something_a_name() {
        assert!(!flagged("We'll call it a draw this time."));
        assert!(flagged("We'll call you back soon."));
    }
}

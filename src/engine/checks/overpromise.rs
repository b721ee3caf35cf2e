use super::{placeholder, Context, Flag};
use crate::engine::moves::offer::{asks_for_details, IMPERATIVES};
use crate::engine::moves::time::CONCRETE_TIME;
use crate::engine::packed::List;
use crate::engine::pattern::{Match, Phrases};
use crate::engine::text::{among, capitalise_first, is_negation, Draft, Sentence, TokenKind};
use std::sync::LazyLock;

declare_check! {
    /// ## What it catches
    /// Guarantees nobody on the support desk can keep: "this will never happen again", "to
    /// ensure this won't be repeated", "100% genuine", "guaranteed", "I promise it will be
    /// fixed", "it will definitely arrive tomorrow". Hedged wording ("should", "we'll do our
    /// best") and things you control yourself (a refund you issue, a booking you correct)
    /// are fine.
    ///
    /// ## Why it matters
    /// A customer who has been let down before weighs every promise. A sweeping guarantee
    /// feels reassuring today, but if it breaks, the next reply starts from zero trust.
    /// Promise only what you can deliver yourself; trust grows from small promises that
    /// were kept, one after another.
    ///
    /// ## Example
    /// ```text
    /// I've passed this to the warehouse to ensure this never happens again.
    /// ```
    ///
    /// ## Use instead
    /// ```text
    /// I've passed this to the warehouse to help prevent this from happening again.
    /// ```
    OVERPROMISE, "overpromise", Warning, run
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    /// "This will never happen again", "to ensure this won't be repeated".
    NeverAgain,
    /// "100% genuine", "all our products are genuine", "guaranteed", "I promise".
    Guarantee,
    /// "It will definitely be fixed tomorrow", "rest assured it will be resolved".
    Certainty,
}

macro_rules! absolute {
    () => {
        "genuine|safe|secure|sure|certain|guaranteed|authentic|original|legit|legitimate|reliable|accurate|correct|right|error-free|fake-free|risk-free|perfect|flawless"
    };
}

/// Things a customer has lost, whose finding no one on the desk controls.
macro_rules! lost_things {
    () => {
        "parcel|package|bag|bags|luggage|suitcase|case|belongings|wallet|item|items|delivery|pet|dog|cat"
    };
}

static RULES: LazyLock<(Phrases, Vec<Kind>)> = LazyLock::new(|| {
    use Kind::*;
    let groups: &[(Kind, _)] = &[
        (
            NeverAgain,
            lines![
                "never happen*|occur*|recur* again",
                // "So this never happens with your orders again."
                "never happen*|occur* *4 again",
                // To anyone else: "so that this never happens to another guest".
                "never happen*|occur* to another|anyone|anybody|other|any",
                "will not|never happen|occur|recur again",
                "will not|never be repeated",
                // What the desk does not decide: "I'll make sure your installation goes ahead",
                // "we'll make sure there are more staff on the desks".
                "make sure [that] *4 goes|go ahead",
                "make sure [that] there are|is more|enough",
                // "You'll definitely get every penny back."
                "will definitely|certainly|absolutely get every|all [of] [your] penny|cent|pound|dollar|money",
                "can not happen|occur|recur again",
                "will not|never happen|occur to you|anyone again",
                // "Her street won't lose power again this season."
                "will not|never lose|drop|miss *4 again",
                // "It won't get declined again", "your payments won't be flagged again".
                "it|card|payment|payments|transaction|transactions|order|orders|account will not|never get|be declined|rejected|blocked|flagged|frozen|suspended|locked|cancelled|canceled|delayed|lost again",
                // Their connection promised: "don't worry, you won't miss your connection".
                "you will not miss your|the connection|flight|train|bus|ferry|connecting",
                // A system's fault promised gone: "the site won't crash again after tonight's update".
                "site|app|system|website|service|server|servers|page|checkout|network|it will not|never crash|fail|break|freeze|glitch|go [<word>] again",
                // "Once they've been, you'll never receive another estimated bill."
                "you will never receive|get|see|have|face|experience (another|any more|any further|further)",
                // A purpose that promises no repeat: "we'll sort it with the store so it doesn't happen again".
                "so [that] this|it|that|nothing|such does|will not [ever] happen|occur|recur|repeat again",
                // Told without "never": "nothing like this will ever happen again on our
                // flights", "there's zero chance of it happening a second time", "it won't
                // be an issue from now on", "that's the last time you'll face a delay".
                "(nothing like|nothing of) this|that|the *3 will|is [ever] *2 happen|occur|recur",
                "will not be an|a issue|problem|concern [for] [you] (again|anymore|any more|from now on|going forward|in future|in the future)",
                "[absolutely] (no risk|zero risk|no chance|zero chance|no possibility) of|that this|it|that|anything|such [<word>] happening|happens|occurring|occurs|recurring|going (a second time|twice|in future|in the future|from now on|anymore|any more)",
                "the last time (you will|you have to|you need to|you are going to)",
                // Promised for them: "you're never charged again", "you will never be left waiting again".
                "you will|are never *4 again",
                // "I'll personally see to it that this never happens again".
                "see|seeing to it [that] this|it|that|nothing|such|the|you *8 never|not|again",
                "will not|never return|recur|reoccur",
                "will not|never come back",
                // Never, for anything: "your data can never be leaked", "from now on it will
                // never be late".
                "can|will|could never be hacked|leaked|stolen|breached|compromised|lost",
                "from now on *3 will never|not",
                "a thing of the past",
                // "You won't have any more issues after this".
                "will [not|never] have|get|see|experience|face any|no more|further issues|problems|trouble|delays|hassle|errors|drops|dropouts|outages|disconnections|interruptions|cuts|breakdowns|faults|failures|declines",
                "will never have|see|face|get|experience|encounter *6 again",
                // "I can assure you this was a one-off": no repeat promised in other words.
                "assure|assured [you] [that] *4 (one-off|one off|isolated incident|isolated case)",
                "make|making sure [that] you will never",
                "ensure|ensuring [that] you will never",
                "ensure|ensuring|guarantee|guaranteeing [that] this|it|that|nothing|such|the *4 happen*|occur*|repeat*|recur*|again",
                "make|making sure [that] this|it|that|nothing|such|the *8 happen*|occur*|repeat*|recur*|again",
                // Told from their side: "we'll make sure you never have this problem again".
                "make|making sure|certain [that] you [will|do] never|not *6 again",
                "ensure|ensuring [that] you [will|do] never|not *6 again",
                // Absolute claims said with a "never" or "no": "our products never fail", "there's
                // no risk of fakes" (a guarantee's own negation would read as honesty).
                "products|items|goods|parts|systems|services|devices never fail|break|fault|go",
                // "Items shipped by us are never counterfeit."
                "products|items|goods|parts|devices *4 are|is never counterfeit|fake|faulty|damaged|late|wrong",
                "(no risk|zero risk|no chance|no possibility) of fakes|fake|counterfeit*|fraud|scam*",
                // Absolute safety: "our systems are now impossible to hack".
                "impossible to (hack|breach|crack|compromise|break into)",
                "never (get|receive|buy|be sent) a|any fake|fakes|counterfeit|counterfeits|knock-off|knockoff",
                // "Your money could never be lost with us."
                "could|can|will never be lost|stolen|hacked|taken|compromised",
                "[absolutely] (no risk|zero risk|no chance|no possibility|no way) of|that this|it|that|anything|such [<word>] happening|happens|occurring|occurs|recurring|going again",
                // Security told as absolute: "nobody will ever be able to access your money"
                // (not the advice "no one will ever ask for your PIN").
                "(nobody|no one) will|can ever [be] [able] [to] access|steal|take|touch|use|enter your",
                "(nobody|no one) will|can ever [be] [able] [to] get|break into",
            ],
        ),
        (
            Guarantee,
            lines![
                concat!("100 [percent] ", absolute!()),
                // Safety no kitchen or factory can promise: "100% nut free", "100% waterproof".
                "100 [percent] <word> free|proof",
                "100 [percent] waterproof|shockproof|leakproof|allergen-free|nut-free|gluten-free|dairy-free",
                // Safe whatever happens: "every penny is 100% protected", "you're 100% covered".
                "100 [percent] protected|covered|insured",
                // Safe from every attack, for ever: "your account is now completely
                // unhackable", "there is zero risk of any gluten" ("your data can never be
                // leaked" is a never-again).
                "unhackable|unbreakable|hack-proof|hackproof",
                "(is|there's|there is|with) zero risk",
                // "From now on there will always be enough tills open."
                "from now on *3 will always",
                // A supply chain vouched for end to end: "every product is 100% ethically sourced".
                "100 [percent] ethically|responsibly|sustainably sourced|made|produced",
                concat!("all|every|each [of] [the|our|single] [<word>] product|products|item|items|seller|sellers|goods|listing|listings|part|parts|spares|courier|couriers|driver|drivers|engineer|engineers|technician|technicians|partner|partners *8 ", absolute!(), "|verified"),
                "every|all|each order|orders|delivery|deliveries|parcel|parcels|package|packages will always",
                // What will always be so from now on: "your prescriptions will always be ready
                // on time", "it'll be perfect once the engineer visits".
                "will always be ready|available|correct|right|perfect|there|open",
                "will always be (on time|in stock)",
                "will be perfect|flawless|faultless",
                "i|we [can] [absolutely|personally] guarantee|promise",
                // "You have my word it'll be working by tonight", "our team guarantees
                // you'll be reconnected within the hour".
                "(you have|you have got|i give you|we give you) my|our word",
                "(with complete|with total|with absolute|with full|with every) confidence",
                "(take it from me|take my word for it|mark my words)",
                // "You are certain to pass the resubmission."
                "(you are|it is|it's|they are) certain|guaranteed to",
                "guarantees|promises [you] [that] you|your|it|this|everything|the *3 will",
                // Absolute claims: "our prices are always the lowest", "it's impossible for
                // parcels to go missing now".
                "is|are always the lowest|cheapest",
                "impossible for *3 to go|get|be missing|lost|hacked|stolen",
                // A perfect outcome made sure of: "we'll make certain your next stay is flawless".
                "make|making|ensure|ensuring [sure|certain] *6 flawless|faultless|seamless|perfect|spotless|smooth|smoothly|hassle-free|trouble-free|problem-free|issue-free|error-free|glitch-free",
                "guaranteed to",
                "guaranteed defect-free|fault-free|issue-free|problem-free|genuine|authentic|safe",
                // Others' conduct promised for all: "every bank in Europe will accept it".
                "every|all [<word>] bank|banks|browser|browsers|device|devices|phone|phones|store|stores|carrier|carriers|airline|airlines *3 will accept|work|support|take|honour|honor",
                // "I'll be able to help out 100%!": a fix promised in full before it is known.
                "help|sort|fix|resolve [you] [out] [this|it] 100",
                "it|it's|this [is] guaranteed",
            ],
        ),
        (
            Certainty,
            lines![
                "will definitely|definately|deffo|defo|certainly|absolutely|surely|100 [be] fixed|resolved|sorted|arrive|work|get|make|catch|delivered|back|there|done|ok|okay|fine|happen|solved|fix|sort|resolve|solve|deliver|refund|replace|reach|rebook|reimburse|compensate|approve|process|pay|up|working|running|open|ready|repaired|paid|credited|reimbursed|compensated|accepted|covered|added|released|available|launched|restored|reinstated|returned|replaced|refunded|approved|completed|installed|connected|reconnected",
                // Another party's speed told as certain: "your bank will process it straight away".
                // "This will be completely fixed by tonight."
                "will be completely|totally|entirely fixed|resolved|sorted|solved|finished|done|complete|over",
                // Arrival or a recovery as certain: "it'll definitely have reached their account
                // by the morning", "the crew will make up the time".
                "will definitely|certainly|absolutely have reached|arrived|cleared|landed|gone",
                "will make up the|for [lost] time",
                // Another's fix as certain: "Sony's next firmware patch will fix this crash".
                "next [<word>] update|patch|release|version will fix|solve|resolve|sort",
                // Proof against anything: "it'll survive any dunk you throw at it".
                "will survive|handle|withstand any|anything|everything",
                // "You'll always be completely safe with us", "we'll get your save back for you".
                "will always be [completely|totally|100|perfectly] safe|secure|protected",
                "get|bring your [<word>] back for you",
                // Another's staffing promised: "we'll make sure the store has more baristas on".
                "make sure the|our store|branch|shop|restaurant|station|depot has|have|is|are",
                // Never again, promised for others: "you won't see queues like that again".
                "will not see|have|experience|get|face *3 again",
                // Where a thing will be, as certain: "your bag will definitely be on the plane".
                "will definitely|definately|certainly|absolutely|surely|100 be (on time|on board|on the plane|on the flight|on your flight|on the train|on the next|with you)",
                "bank|banks|courier|couriers|carrier|carriers|airline|airlines|seller|sellers|manufacturer|supplier|insurer|provider will [definitely|certainly] <word> *3 (straight away|right away|immediately|instantly)",
                // Or as certain at all: "your bank will definitely have it in your account by Friday".
                "bank|banks|courier|couriers|carrier|carriers|airline|airlines|seller|sellers|manufacturer|supplier|insurer|provider|broadcaster|driver|drivers will definitely|definately|deffo|defo|certainly|absolutely|surely",
                "bank|banks|courier|couriers|carrier|carriers|airline|airlines|seller|sellers|manufacturer|supplier|insurer|provider|broadcaster|driver|drivers will *4 for sure",
                // ("I assure you that you will be assisted" promises help, no outcome.)
                "assure you [that] it|this|your|the|they|everything|nothing|things *3 will",
                "will definitely|definately|deffo|defo|certainly|absolutely|surely have|get it|this|that|things|everything fixed|sorted|resolved|delivered|back|done",
                // "Network Rail will definitely have the line reopened by Monday."
                "will definitely|definately|certainly|absolutely|surely have|get the [<word>] reopened|fixed|sorted|resolved|restored|repaired|back|open|running",
                "will for sure [be] [have|get] [it|this|that|things|everything] fixed|resolved|sorted|arrive|work|delivered|back|done|fix|sort|resolve|solve|deliver|refund|replace",
                // The agent's own "we'll sort this" after "don't worry", before anyone knows the cause.
                "we|i|team|engineers|staff|colleagues will|shall [definitely|definately|deffo|defo|certainly|absolutely|surely] sort|fix|resolve|solve this|it|that|things|everything",
                "we|i will|shall [definitely|definately|deffo|defo|certainly|absolutely|surely] [make|be] [sure] [to] get|have this|it|that|them|things|everything [all|completely|fully|properly] sorted|fixed|resolved|straightened|solved|restored",
                // "I'll personally make sure it's on your doorstep tomorrow."
                "make sure [that] it|it's|your|they *4 (doorstep|arrives|arrive|delivered|with you)",
                // "It will work for every payment you make on this trip."
                "will work for every|each|all",
                "we|i will|shall [definitely|definately|deffo|defo|certainly|absolutely|surely] find a|the solution|fix",
                // Something lost, promised back: "we will find your parcel", "we'll get your bag
                // back". Whether it turns up is nobody's to promise (looking up an order is),
                // so these need no "don't worry" to count.
                concat!("we|i will|shall [definitely|definately|deffo|defo|certainly|absolutely|surely] find|recover|locate your|the [lost|missing] ", lost_things!()),
                concat!("we|i will|shall [definitely|definately|deffo|defo|certainly|absolutely|surely] get|bring your|the [lost|missing] ", lost_things!(), " back"),
                concat!("we|i will|shall [definitely|definately|deffo|defo|certainly|absolutely|surely] track|hunt down your|the [lost|missing] ", lost_things!()),
                "we|i will|shall [definitely|definately|deffo|defo|certainly|absolutely|surely] make it|this|that|things right",
                // "We'll get every playlist restored for you."
                "we|i will|shall [definitely|definately|deffo|defo|certainly|absolutely|surely] get|have every|all|each [one] [of] [your|the] [<word>] [<word>] restored|recovered|fixed|sorted|resolved|replaced|returned|back",
                // "Don't panic, we'll get your account unlocked."
                "we|i will|shall [definitely|definately|deffo|defo|certainly|absolutely|surely] get|have your [<word>] account|card|access|booking|order|money|funds unlocked|restored|reinstated|reactivated|back|released",
                // All of someone else's money, promised back: "don't worry, we'll get every
                // penny back for you".
                "we|i will|shall [definitely|definately|deffo|defo|certainly|absolutely|surely] get|recover|return|refund|restore [you] every|each penny|cent|pound|dollar|item|thing|file|photo|game|skin",
                "(rest assured|be assured) [that] *3 will [be] fixed|resolved|sorted|never|not|arrive|work|solved|deliver|delivered|reach|land",
                "(rest assured|be assured) [that] *3 will have|get it|this|that|things|everything fixed|resolved|sorted|done|back|working",
                // The outcome said to be sure in the agent's own mind: "we're positive the
                // order will be delivered by Friday", "I'm confident it will arrive tomorrow"
                // (not "I'm not confident": the negation before it is honest).
                "positive|certain|confident|convinced [that] it|this|your|the|they *3 will (arrive|reach|be delivered|be fixed|be resolved|be sorted|be back|be restored|be refunded|be with you|be there|be on time)",
                // What happens to them, assured: "rest assured you will make your connection".
                "(rest assured|be assured) [that] you|your|it|they|the|everything *6 will",
                // Outcomes nobody on the desk controls, told as certain: the weather, a departure.
                // "The next delivery will arrive perfectly", "the manufacturer will replace it
                // without any problem".
                "will *4 perfectly|flawlessly|faultlessly|smoothly",
                // Certain of what the day will bring: "your bags will be on the next flight for
                // sure", "everything will be fine", "we'll get you there on time".
                "your|it|they|the *3 will *6 for sure",
                "everything|all will be fine|ok|okay|alright",
                "will get you there|home on time|tonight|today",
                "will *4 without (a hitch|any problem|any problems|any issue|any issues|any trouble|fail)",
                // Every fault promised away: "the new router will solve all your connection
                // issues", "the manager will call and fix everything".
                "will *4 fix|solve|resolve|cure|end everything",
                "will *4 fix|solve|resolve|cure|end all [of] [your|the|those|these] *3 issues|problems|troubles|faults|worries",
                "weather will clear|improve|ease|settle|change",
                // "The new servers will completely eliminate lag", "you'll make it easily".
                "will *3 completely|totally|entirely eliminate|remove|end|fix|solve|stop",
                "you will make it easily|comfortably",
                // The forecast told as certain: "the weather's going to be perfect all weekend".
                "weather|weather's|forecast|forecast's [is] going to be|stay perfect|fine|great|lovely|dry|sunny|glorious|gorgeous|beautiful|clear",
                "weather|forecast will [definitely|certainly] be|stay perfect|fine|great|lovely|dry|sunny|glorious|gorgeous|beautiful|clear",
                // A connection or a seat nobody on the desk holds: "so you won't miss it", "you'll
                // definitely be able to sit together".
                "so you will not|never miss it",
                "so you will not|never miss your|the [<word>] connection|flight|train|bus|ferry|appointment|event|show|deadline|departure",
                "will definitely|certainly|absolutely|surely be able to",
                "will [definitely|definately|deffo|defo|certainly|absolutely|surely] depart|leave|arrive|land|run|be on time",
                // A parcel's arrival, which the carrier decides: "it'll definitely be with you by Friday".
                "it|they|parcel|order|package|delivery will definitely|definately|deffo|defo|certainly|absolutely|surely be (with you|there|in time)",
                // An outcome said to be certain or final: "it'll be with you tomorrow, no question",
                // "this update solves it for good", "back in stock next week, guaranteed".
                "will *6 (no question|no doubt|without a doubt|guaranteed)",
                "will *9 without fail",
                "will *9 (no two ways about it|no ifs or buts)",
                // Someone else's decision told as made: "don't worry, your claim will be approved".
                "your|the claim|application|appeal|dispute|complaint|case|request will be approved|accepted|granted|upheld|successful",
                // The future ruled out as certain: "there's no way the committee will approve it".
                "no way the|that|they|it|he|she *3 will|would",
                // The weather promised: "you'll have blazing sunshine the whole week", "April
                // in Crete never lets anyone down".
                "you will have|get [<word>] sunshine|sun|weather|skies|seas",
                "never lets|let (anyone|anybody|you|people) down",
                // "You won't hear another peep from them after this."
                "will not hear another|a peep|word|sound",
                // A repair's result told as certain: "they'll have it running like new".
                "will *4 (like new|as good as new|good as new)",
                // "The tower will be back up in no time."
                "will *4 in no time",
                // A service back, for sure: "it'll be back up by teatime for sure".
                "it|they|service|network|signal|power|site|app|system|line|lines|connection|broadband|wifi|internet will *6 for sure",
                // On time for their occasion: "don't stress, it'll be with you in plenty of
                // time for the wedding".
                "it|they|parcel|order|package|delivery|dress|item|items will be with you|there in plenty of time",
                // A connection or an appointment the customer will make, told as certain.
                "you will definitely|definately|deffo|defo|certainly|absolutely|surely make|catch|reach",
                // "Netflix US will work every time."
                "[will] work|works every|each [single] time",
                "fix|fixes|fixed|solve|solves|solved|sort|sorts|sorted|resolve|resolves|resolved|end|ends *4 (for good|forever|permanently|once and for all)",
                // A service's future told as certain: "the app will stay up for every payday going forward".
                "will stay|remain up|stable|working|online *6 (from now on|going forward)",
                "will be [fully|properly|always] staffed|stable|reliable *6 (from now on|going forward)",
                "make|making sure [that] *6 (from now on|going forward|in future|in the future)",
                "ensure|ensuring [that] *6 (from now on|going forward|in future|in the future)",
                // What will always go right: "we'll make sure your orders always get to the
                // right door", "we'll ensure the 7:40 always runs".
                "will [<word>] make sure|certain [that] *4 always <word>",
                "will [<word>] ensure [that] *4 always <word>",
                // Another party's outcome told as certain: "your flight will definitely not be delayed".
                "will definitely|definately|deffo|defo|certainly|absolutely|surely not be delayed|late|cancelled|canceled|affected|disrupted|missed",
                // Others' future conduct promised: "we'll make sure the store is fully staffed next time".
                "make|making sure [that] the|our|your [local] store|stores|branch|branches|staff|team|courier|couriers|driver|drivers|crew|colleagues|engineer|engineers *5 next time",
                // What they will get next time: "we'll make sure you get a seat next time".
                "make|making sure [that] you get|have|find|receive *4 (next time|in future)",
                // An outcome promised at any cost: "I'll make sure you get the upgrade, one
                // way or another", "we will make sure it is replaced, no matter what".
                "make|making sure|ensure *8 (one way or another|no matter what|whatever it takes)",
                "will *5 (one way or another|no matter what|whatever it takes|come what may)",
                // A day that goes perfectly, promised: "launch day will be completely smooth",
                // "there's no chance of an overrun", "you'll make it no problem", "your
                // flight will be departing on time", "it's sure to be approved", "perfect
                // coverage anywhere", "every penny back".
                "will be completely|totally|perfectly|entirely smooth|seamless|flawless|perfect|trouble-free|glitch-free",
                "(there is no chance|there's no chance|no chance) of|that",
                "you will make it no|with|easily",
                "will [definitely|certainly] (be departing|depart|leave|be leaving|be arriving|arrive|be running|run) on time",
                "is|are|it's sure|certain|bound to be|arrive|get|come|work|go",
                "perfect|flawless|full *3 anywhere|everywhere",
                "get every penny|cent back",
                // Every fault fixed at once: "version 3.8 fixes all the connectivity issues".
                "(fixes|will fix|resolves|will resolve) all [the|your|of] [the] [<word>] issues|problems|bugs|drops|crashes|errors|glitches|faults|outages",
                "will definitely|certainly|absolutely reopen|arrive|depart|work",
                // A journey's end promised: "we will get you to Rome in time for the wedding".
                "i|we will get you|them to *3 in time",
                // "Made sure the restaurant gets every future order of yours right."
                "made|make|making sure *4 every|all future",
                // "I'll personally make sure this is resolved today."
                "personally make sure|ensure [that] this|it|everything *3 resolved|fixed|sorted",
                // "The next unit will be completely free of any issues", "guaranteed defect-free".
                "will be completely|totally|entirely free of|from",
                "defect-free|fault-free|issue-free|problem-free",
                // "There will be no more outages in your area this week."
                "there will be no more|further outages|delays|cuts|issues|problems|interruptions",
                // "Your local store will definitely have PS5 units on launch day."
                "store|stores|shop|shops will definitely|definately|certainly|absolutely|surely have|get|stock",
                "ensure|ensuring [that] you get|have|find|receive *4 (next time|in future)",
                "ensure|ensuring [that] the|our|your [local] store|stores|branch|branches|staff|team|courier|couriers|driver|drivers|crew|colleagues|engineer|engineers *5 next time",
            ],
        ),
    ];
    Phrases::kinded(groups)
});

fn run(cx: &Context) -> Vec<Flag> {
    let draft = cx.draft;
    // Whether the reply asks for details decides the agent's own "we'll sort this": a fact of
    // the whole reply, so the key of the list of each sentence's flags kept with the draft (a
    // keystroke decides again only the sentences it touched). A sentence's flags read the
    // words just before a match, and their rewrites where the sign-off starts.
    let details_asked = asks_for_details(draft);
    let body_end = draft.body_end();
    let past_body = draft.sentences.len() - draft.sentences.partition_point(|s| s.end <= body_end);
    struct SentenceFlags(Vec<Flag>);
    let found = draft.by_sentence(details_asked, (1, 0, past_body), |n| {
        let sentence = &draft.sentences[n];
        let flags = sentence_flags(draft, sentence, details_asked);
        let at = -(sentence.start as isize);
        (!flags.is_empty()).then(|| SentenceFlags(flags.iter().map(|f| f.moved(at)).collect()))
    });
    let mut flags = Vec::new();
    for (n, SentenceFlags(kept)) in found.found() {
        let at = draft.sentences[n].start as isize;
        flags.extend(kept.iter().map(|f| f.moved(at)));
    }
    flags
}

/// The over-promises of one sentence.
fn sentence_flags(draft: &Draft, sentence: &Sentence, details_asked: bool) -> Vec<Flag> {
    let (phrases, kinds) = &*RULES;
    let mut flags = Vec::new();
    if draft.is_question(sentence) {
        return flags;
    }
    for m in phrases.find_in(draft, sentence.tokens.clone()) {
        let kind = kinds[m.phrase];
        if keeps(draft, &m, kind, details_asked) {
            flags.push(flag(draft, &m, kind));
        }
    }
    if flags.is_empty() {
        if let Some(m) = guarantee_tagged_on(draft, sentence) {
            flags.push(flag(draft, &m, Kind::Certainty));
        }
    }
    flags
}

fn guarantee_tagged_on(draft: &Draft, sentence: &Sentence) -> Option<Match> {
    let tokens = &draft.tokens;
    let tag = GUARANTEED
        .find_in(draft, sentence.tokens.clone())
        .into_iter()
        .last()?;
    let after_comma =
        tag.tokens.start > sentence.tokens.start && tokens[tag.tokens.start - 1].norm == ",";
    let will = (sentence.tokens.start..tag.tokens.start).find(|&i| tokens[i].norm == "will")?;
    let after = &tokens[tag.tokens.end..sentence.tokens.end];
    let closes = match after.iter().position(|t| t.kind == TokenKind::Word) {
        None => true,
        // Before a clause of its own, it guarantees an outcome with no time ("we'll get your
        // number moved across, whatever it takes, and ..."); a dated step stressed ("it will
        // be assessed on Monday, no doubt about it, and ...") is a plan.
        Some(next) => {
            after[0].norm == ","
                && after[next].norm.is_among("and but so")
                && !CONCRETE_TIME.occurs_in(draft, will..tag.tokens.start)
        }
    };
    // "We hope it will be fixed by 3, for sure": hoped, not promised ("don't worry" before
    // the promise denies nothing).
    let hedged = tokens[sentence.tokens.start..tag.tokens.start]
        .iter()
        .any(|t| among(HEDGES, &t.norm))
        || tokens[will..tag.tokens.start]
            .iter()
            .any(|t| is_negation(&t.norm));
    (closes && after_comma && !hedged).then(|| Match {
        phrase: tag.phrase,
        tokens: will..tag.tokens.end,
        start: tokens[will].start,
        end: tag.end,
    })
}

fn words<'d>(draft: &'d Draft, m: &Match) -> Vec<&'d str> {
    draft.tokens[m.tokens.clone()]
        .iter()
        .filter(|t| t.kind == TokenKind::Word)
        .map(|t| t.norm.as_str())
        .collect()
}

fn keeps(draft: &Draft, m: &Match, kind: Kind, details_asked: bool) -> bool {
    let words = words(draft, m);
    // A negation just before ("we can't guarantee", "not 100% sure") makes it honest.
    // "Don't worry, you'll make it" negates the worry, not the promise.
    let before = &draft.tokens[m.tokens.start.saturating_sub(3)..m.tokens.start];
    let negated_before = before.iter().enumerate().any(|(i, t)| {
        is_negation(&t.norm)
            && !before
                .get(i + 1)
                .is_some_and(|next| next.norm.is_among("worry fret panic"))
    });
    // "This should never happen again", "we'll do our best to ensure ...": hedged, in the
    // promise's own clause ("staff are ready to help and it won't happen again" hedges
    // nothing).
    let window = m.tokens.start.saturating_sub(4)..m.tokens.start;
    let clause_start = window
        .clone()
        .rev()
        .find(|&i| {
            let token = &draft.tokens[i];
            token.kind == TokenKind::Punct
                || (token.norm.is_among("and but so")
                    && draft.tokens.get(i + 1).is_some_and(|next| {
                        next.norm
                            .is_among("it this that you we they he she everything nothing")
                    }))
        })
        .map_or(window.start, |i| i + 1);
    let hedged_before = draft.tokens[clause_start..m.tokens.start]
        .iter()
        .any(|t| among(HEDGES, &t.norm));
    match kind {
        // "We can't guarantee it won't happen again" is the honest version.
        Kind::NeverAgain if hedged_before || negated_before => false,
        // "You can turn off auto-renew so it doesn't happen again", "worth turning on
        // purchase confirmation so it doesn't happen again": what the customer can do to stop
        // it, not a promise.
        Kind::NeverAgain
            if words.first() == Some(&"so")
                && draft.sentence_of(m.tokens.start).is_some_and(|s| {
                    let before = &draft.tokens[draft.sentences[s].tokens.start..m.tokens.start];
                    before
                        .windows(2)
                        .any(|w| w[0].norm == "you" && w[1].norm.is_among("can could may"))
                        || before
                            .iter()
                            .any(|t| t.norm.is_among("worth try recommend suggest tip consider"))
                }) =>
        {
            false
        }
        Kind::NeverAgain => {
            let first = words.first().copied().unwrap_or("");
            let asserting = among(MAKING_SURE, first);
            // "ensure it happens on time" is a commitment, not a guarantee against repeats.
            !asserting || words.iter().any(|w| is_negation(w) || *w == "again")
        }
        // "We'll try to ensure a smooth delivery" aims; it does not guarantee.
        Kind::Guarantee
            if hedged_before && words.first().is_some_and(|w| among(MAKING_SURE, w)) =>
        {
            false
        }
        Kind::Guarantee => {
            // "I promise to call", "I promise I'll call at 5": the agent's own deliverable.
            // The words just after, in the match's own sentence (its flags are kept with it).
            let sentence_end = draft
                .sentence_of(m.tokens.start)
                .map_or(m.tokens.end, |s| draft.sentences[s].tokens.end);
            let next = &draft.tokens[m.tokens.end..sentence_end.min(m.tokens.end + 3)];
            let promise_to = matches!(words.last(), Some(&"promise") | Some(&"guarantee"))
                && next
                    .iter()
                    .take(2)
                    .any(|t| among("to i we", t.norm.as_str()));
            // "We promise it's nothing personal!": a reassurance, no outcome.
            let reassures = matches!(words.last(), Some(&"promise"))
                && (next.iter().any(|t| t.norm.is_among("nothing personal"))
                    || matches!(next, [it, not, what, ..]
                        if it.norm.is_among("it's that's")
                            && not.norm == "not"
                            && !what.norm.is_among("going happen happening be")));
            !negated_before && !promise_to && !reassures && !draft.has_negation(m.tokens.clone())
        }
        Kind::Certainty
            if matches!(
                words.first(),
                Some(&"we" | &"i" | &"team" | &"engineers" | &"staff" | &"colleagues")
            ) =>
        {
            // The agent's own "we'll sort this" is a guarantee when said as one ("don't
            // worry", "guaranteed", "no matter what") or before anyone knows the problem:
            // the reply still asks for the details.
            // "We can't promise we'll find it" is the honest version ("Don't worry, we'll
            // find it", past a comma, is not).
            let same_clause = !draft.tokens[m.tokens.start.saturating_sub(4)..m.tokens.start]
                .iter()
                .any(|t| t.kind == TokenKind::Punct);
            if same_clause && (negated_before || hedged_before) {
                return false;
            }
            let sentence = draft
                .sentence_of(m.tokens.start)
                .map(|s| &draft.sentences[s]);
            sentence.is_some_and(|s| {
                draft.tokens[s.tokens.start..m.tokens.start]
                    .iter()
                    .any(|t| t.norm.is_among("worry worries assured fret panic whatever whatever's"))
                    || GUARANTEED.occurs_in(draft, m.tokens.end..s.tokens.end)
            }) || (details_asked && !asked_first(draft, m))
                || words
                    .iter()
                    .any(|w| lost_things!().split('|').any(|lost| lost == *w))
                // All of it promised back, with no time to hold it to: "we'll have them all
                // restored", "completely resolved" ("we'll restore every file from the backup
                // by 5pm" is a plan).
                || (words.iter().any(|w| among(
                    "all every completely fully entirely totally",
                    w,
                ))
                    && !sentence
                        .is_some_and(|s| CONCRETE_TIME.occurs_in(draft, s.tokens.clone())))
        }
        // "We hope the weather will clear and it will leave on time", "if the fog lifts, it
        // will leave on time".
        Kind::Certainty => {
            const CONDITIONS: &[&str] = &["if", "unless", "provided", "assuming"];
            let hoped_or_conditional = draft.sentence_of(m.tokens.start).is_some_and(|s| {
                let sentence = &draft.sentences[s].tokens;
                let before = &draft.tokens[sentence.start..m.tokens.start];
                // "We can't say yet whether the appeal will be upheld": asked, not told.
                if before.iter().any(|t| t.norm == "whether") {
                    return true;
                }
                // "... straight away once it reaches the depot": a condition after it.
                let after = &draft.tokens[m.tokens.end..sentence.end];
                before
                    .iter()
                    .any(|t| among(HEDGES, &t.norm) || t.norm.is_one_of(CONDITIONS))
                    || after
                        .iter()
                        .any(|t| t.norm.is_one_of(CONDITIONS) || t.norm.is_among("once when after"))
            });
            // "We'll definitely work on the miss" promises effort, not an outcome ("it will
            // definitely work" does).
            let effort = words.last() == Some(&"work")
                && draft
                    .tokens
                    .get(m.tokens.end)
                    .is_some_and(|t| t.norm.is_among("on at with towards toward to"));
            !negated_before && !hoped_or_conditional && !effort
        }
    }
}

/// Whether the promise's own sentence asks for something first: "kindly DM us the booking
/// number, we'll fix it for you" promises on a condition, once the details are in.
fn asked_first(draft: &Draft, m: &Match) -> bool {
    draft.sentence_of(m.tokens.start).is_some_and(|s| {
        let before = &draft.tokens[draft.sentences[s].tokens.start..m.tokens.start];
        let first = before.iter().find(|t| t.kind == TokenKind::Word);
        before.iter().any(|t| t.norm.is_among("please kindly"))
            || first.is_some_and(|t| among(IMPERATIVES, &t.norm))
    })
}

/// What makes a promise a guarantee when it follows it: "we'll fix this, guaranteed".
static GUARANTEED: LazyLock<Phrases> = LazyLock::new(|| {
    Phrases::lines(lines![
        "guaranteed|guarantee|promise|promised",
        "no matter what",
        "whatever it takes",
        "whatever happens",
        "for sure",
        "without fail",
        "(no doubt|no question|without a doubt)",
        "no doubt|question about it",
        "(no two ways about it|no ifs or buts|mark my words)",
        "100 [percent]",
    ])
});

/// The verbs that make an outcome sure: "ensure it won't happen again", "make sure it's
/// flawless", "guarantee it".
const MAKING_SURE: &str = "ensure ensuring guarantee guaranteeing make making";

/// Words that make a following guarantee a hope or an effort, not a promise.
const HEDGES: List = words!(
    "should hopefully hope best try trying aim aiming working work strive striving help \
    helps hoping utmost everything possible"
);

fn flag(draft: &Draft, m: &Match, kind: Kind) -> Flag {
    let quoted = draft.slice(m.start, m.end);
    let message = match kind {
        Kind::NeverAgain => format!("\"{quoted}\" promises something no one can guarantee: say what you're doing to prevent it."),
        Kind::Guarantee => format!("\"{quoted}\" is a guarantee you may not be able to keep."),
        Kind::Certainty => format!("\"{quoted}\" sounds certain about an outcome you don't control."),
    };
    let flag = Flag::new(m.start..m.end, message);
    let new_statement = |text: &str| -> Option<(std::ops::Range<usize>, String)> {
        let (range, new_sentence) = draft.clause_to_end(m.tokens.start)?;
        let text = if new_sentence {
            format!(". {}", capitalise_first(text))
        } else {
            capitalise_first(text)
        };
        Some((range, text))
    };
    let first_word = draft.tokens[m.tokens.clone()]
        .iter()
        .find(|t| t.kind == TokenKind::Word)
        .map_or("", |t| t.norm.as_str());
    match kind {
        Kind::NeverAgain
            if among(MAKING_SURE, first_word) && !draft.starts_sentence(m.tokens.start) =>
        {
            let replacement = match first_word {
                "ensuring" | "guaranteeing" | "making" => {
                    "helping prevent this from happening again"
                }
                _ => "help prevent this from happening again",
            };
            flag.replace("Promise what you can do", m.start..m.end, replacement)
        }
        Kind::NeverAgain => match new_statement(&format!(
            "we're {} to make this less likely to happen again",
            placeholder::ACTION
        )) {
            Some((range, text)) => flag.replace("Say what you're doing about it", range, text),
            None => flag,
        },
        Kind::Guarantee => match new_statement(&format!(
            "we {} to check this, and if anything isn't right, please tell us",
            placeholder::ACTION
        )) {
            Some((range, text)) => flag.replace("Say what you actually check", range, text),
            None => flag,
        },
        Kind::Certainty => match new_statement(&format!(
            "I'll {} and update you by {} today",
            placeholder::ACTION,
            placeholder::TIME
        )) {
            Some((range, text)) => flag.replace("Commit to your own next step", range, text),
            None => flag,
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    every_phrase_list_compiles!(GUARANTEED, RULES);

    use crate::engine::checks::testing::assert_rewrites_clean;
    use crate::engine::checks::testing::flags;
    use crate::engine::{apply, check, Config};

    fn flagged(text: &str) -> bool {
        flags("overpromise", text, None)
    }

    #[test]
    fn flag_our_own_fix_promised_as_a_guarantee_or_before_the_problem_is_known() {
        for reply in [
            "We'll sort this out for you, no matter what.",
            "I will fix it for you, guaranteed!",
            "We will make sure to get that straightened out for you. Could you DM us the booking reference?",
            "We will find a solution for you. Can you tell us what happened?",
            "The courier will for sure have it back on the road tonight.",
        ] {
            assert!(flagged(reply), "{reply}");
        }
    }

    #[test]
    fn dont_flag_our_own_fix_once_the_problem_is_known() {
        for reply in [
            "Thanks for the photos of the cracked lid. We'll fix it by sending a new one today.",
            "I can see the double charge, and I'll get it refunded this afternoon.",
        ] {
            assert!(!flagged(reply), "{reply}");
        }
    }

    #[test]
    fn flag_never_happen_again() {
        assert!(flagged("This will never happen again, I can assure you."));
    }

    #[test]
    fn flag_ensure_not_repeated() {
        assert!(flagged(
            "I've raised it with the warehouse team to ensure this won't be repeated."
        ));
    }

    #[test]
    fn flag_hundred_percent_genuine() {
        assert!(flagged("Every product in our shop is 100% genuine."));
    }

    #[test]
    fn flag_blanket_claim_about_all_products() {
        assert!(flagged(
            "All the items sold on our site are verified and genuine."
        ));
    }

    #[test]
    fn flag_guaranteed() {
        assert!(flagged(
            "The new router is guaranteed to fix your connection."
        ));
    }

    #[test]
    fn flag_i_promise_it_will_be_fixed() {
        assert!(flagged("I promise it will be fixed by tonight."));
    }

    #[test]
    fn flag_assure_you_it_will() {
        assert!(flagged(
            "I can assure you that your order will arrive tomorrow."
        ));
    }

    #[test]
    fn dont_flag_assurance_about_own_action() {
        assert!(!flagged("I can assure you we'll call you at 5 pm today."));
    }

    #[test]
    fn flag_definitely_arrive() {
        assert!(flagged("Your parcel will definitely arrive tomorrow."));
    }

    #[test]
    fn dont_flag_hedged() {
        assert!(!flagged(
            "It should be fixed by tonight, and we'll do our best to keep you posted."
        ));
    }

    #[test]
    fn dont_flag_hedged_never_again() {
        assert!(!flagged("This should never happen again."));
        assert!(!flagged(
            "We'll do our best to ensure this doesn't happen again."
        ));
        assert!(!flagged(
            "We're working to make sure this doesn't happen again."
        ));
    }

    #[test]
    fn dont_flag_promise_of_own_action() {
        assert!(!flagged("I promise I'll call you at 3 pm today."));
    }

    #[test]
    fn dont_flag_cant_guarantee() {
        assert!(!flagged(
            "We can't guarantee a delivery date, but I'll email you the tracking today."
        ));
    }

    #[test]
    fn dont_flag_in_control_refund() {
        assert!(!flagged(
            "I've issued a full refund; you'll see it within 5 days."
        ));
        assert!(!flagged("I've corrected the booking to the 14th."));
    }

    #[test]
    fn dont_flag_immediate_assistance() {
        assert!(!flagged(
            "Please speak to a member of the crew for immediate assistance."
        ));
    }

    #[test]
    fn dont_flag_prevention_the_customer_controls() {
        assert!(!flagged(
            "To prevent this from happening again, you can turn off auto-renew."
        ));
    }

    #[test]
    fn dont_flag_ensure_a_commitment() {
        assert!(!flagged("I'll make sure it ships on Monday."));
    }

    #[test]
    fn dont_flag_our_guarantee_as_a_noun() {
        assert!(!flagged(
            "Just look at our guarantee for the steps to claim a refund."
        ));
    }

    /// The doc Example and the other kinds: every rewrite clears the finding and adds nothing
    /// but placeholders.
    #[test]
    fn rewrites_fix_the_examples() {
        for text in [
            "I've passed this to the warehouse to ensure this never happens again.",
            "Sorry about that. This will never happen again.",
            "I hear you. However, every item in our shop is 100% genuine.",
            "Thanks for waiting, your parcel will definitely arrive tomorrow.",
        ] {
            assert_rewrites_clean("overpromise", text, None, &Config::default());
        }
    }

    #[test]
    fn however_is_replaced_with_the_claim() {
        let text = "I hear you. However, every item in our shop is 100% genuine.";
        let report = check(text, None, &Config::default());
        let finding = report
            .findings
            .iter()
            .find(|f| f.check == "overpromise")
            .unwrap();
        let fixed = apply(text, &finding.rewrites[0].edit).unwrap();
        assert_eq!(
            fixed,
            "I hear you. We [action] to check this, and if anything isn't right, please tell us."
        );
    }

    #[test]
    fn purpose_clause_rewrite_reads_well() {
        let text = "I've passed this on to ensure this won't be repeated.";
        let report = check(text, None, &Config::default());
        let finding = report
            .findings
            .iter()
            .find(|f| f.check == "overpromise")
            .unwrap();
        let fixed = apply(text, &finding.rewrites[0].edit).unwrap();
        assert_eq!(
            fixed,
            "I've passed this on to help prevent this from happening again."
        );
    }

    #[test]
    fn flag_reassured_fixes_and_others_certain_outcomes() {
        for reply in [
            "Don't worry, we will sort this out for you!",
            "The courier will definitely have it back today.",
            "All our spare parts are always in perfect condition.",
            "Every parcel will always arrive on time.",
            "we'll make sure this wont happen again",
        ] {
            assert!(flags("overpromise", reply, None), "{reply}");
        }
        // Without the reassurance, sorting it is a (vague) promise, not a guarantee.
        assert!(!flags(
            "overpromise",
            "We will sort this out for you by Friday.",
            None
        ));
    }
}

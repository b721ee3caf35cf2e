//! Word lists more than one check relies on, compiled once.

use super::pattern::Phrases;
use super::text::{Draft, TokenKind};
use std::sync::LazyLock;

/// A concrete time or deadline: "within 24 hours", "by Friday", "tomorrow", "at 5 pm".
pub static CONCRETE_TIME: LazyLock<Phrases> = LazyLock::new(|| {
    Phrases::new(&[
        "within [the] [next] <num> minute*|hour*|day*|business|working|week*",
        "within [the|an|a|one|two|three|24|48|72] [business|working] minute|minutes|hour|hours|day|days|week|weeks",
        "in <num> minute*|hour*|day*|business|working|week*",
        // `<num>` cannot sit in an alternative list: one phrase for numbers, one for "few".
        "in [the] next <num> hour*|day*|minute*",
        "in [the] next few|couple hour*|day*|minute*",
        "in [the] next couple of hour*|day*|minute*",
        "by|before|on|until monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|tonight|noon|midday|midnight",
        "by|before|at|around|after <num>",
        "<num> am|pm|a.m|p.m|a.m.|p.m.",
        "by|before [the] end of [the] [business] day|today|week|month",
        "[by] end of day",
        // One word each: a phrase's elements are space-separated, so "this afternoon" must be
        // its own phrase (inside one alternative list it made all four words required).
        "eod|tomorrow|tonight|today",
        "this afternoon|evening|morning",
        "monday|tuesday|wednesday|thursday|friday|saturday|sunday",
        "january|february|march|april|may|june|july|august|september|october|november|december <num>",
        "<num> [business|working] minute*|hour*|day*|week*",
        "within the hour",
        "next week|month|monday|tuesday|wednesday|thursday|friday",
        // A slot the agent fills with a time ("by [day]", "at {{time}}") is a time too.
        "by|before|at|on|until|around|within|after|from <slot:time*|day*|date*|hour*|deadline|eta|when|weekday|am|pm>",
        "by|before|until the <num>",
    ])
});

// ---------------------------------------------------------------------------------------
// Feelings: how upset the customer's message reads, and whether a reply acknowledges it.
// Used by `no-acknowledgment` and by `apology` under the `require` policy.
// ---------------------------------------------------------------------------------------

/// Words and phrases that on their own show frustration, anger or distress in a customer's
/// message: insults, profanity, "worst", "ridiculous", "so tired of", threats to leave,
/// "still waiting", "no response", "HELP!".
pub static UPSET: LazyLock<Phrases> = LazyLock::new(|| {
    Phrases::new(&[
        // Verdicts on the service.
        "worst|pathetic|ridiculous|disgusting|disgraceful|appalling|atrocious|horrible|horrendous|terrible|awful|shocking|shambles|unacceptable|inadequate|incompetent|useless|unhelpful|hopeless|laughable|rubbish|garbage|trash|lame|dumb|stupid|idiotic|joke|scam|scammers|fraud|fraudulent|thieves|thief|theft|liar|liars|lying|crooks|cheated|robbed|stole|stolen|looted|harass*|ripoff",
        "rip|ripped off",
        "poor|bad|lousy|crap|crappy|shoddy service|experience|support|apology|response|quality|delivery|company",
        "very|so|really|extremely|super bad|poor",
        "no|not help|helpful",
        "no clue",
        "no idea what|why|how",
        "fake promise*",
        "what a mess|joke|nightmare|shambles",
        "this|it|that|this's|it's|that's [is|was] [a|an|such] [total|complete|absolute|real] mess|nightmare|disaster|farce|circus|joke",
        // Feelings the customer names.
        "frustrat*|infuriat*|irritat*|annoyed|annoying|furious|livid|angry|upset|upsetting|disappointed|disappointing|disgusted|outraged|fuming|fumed|pissed|enraged|exasperated|sickened|appalled|unhappy",
        "fed up",
        "mad at",
        "sick|tired of",
        "had enough",
        "i am done",
        "you [are|must] [be] kidding|joking",
        "absurd|outrageous",
        "wtf|rufkm|smh|ffs|bs|bullshit|dammit|crap",
        "thanks for nothing",
        "what are|will you [going] [to] do|doing about it|this",
        "i [have|had] already stated|said|told|explained|mentioned|asked|answered",
        "thank you for nothing",
        "what in [the] blazes|hell|world",
        "what|what's [is] wrong with you|your",
        "how hard is it",
        "how hard can it be",
        "give|gives me ulcers|headache*",
        // Being ignored, waiting, chasing.
        "still being charged",
        "no one [is|has] respond*|answer*|repl*|help*|call*|got|gets|bothered",
        "nobody [is|has] respond*|answer*|repl*|help*|call*|got|gets|bothered",
        "no response|reply|answer|callback",
        "not respond*|replied|answered",
        "not heard back",
        "hung up on",
        "runaround",
        "took|taking|takes forever|ages",
        "waste|wasting|wasted [of] [my|our] time|hours|days|money",
        "wastage of time",
        "stranded",
        "messing me around|about",
        "your responsibility",
        "you people",
        "ruin|ruined|ruining my|the",
        "lost * customer*",
        "lost me as",
        // Threats to leave.
        "[my] business elsewhere",
        "shop|shopping|go|going|look|looking elsewhere",
        "shop|shopping|go|going|look|looking|take|taking *3 somewhere|someplace else",
        "switch|switching|move|moving [over] to another|different provider|company|carrier|network|bank|isp|airline",
        "switch|switching|move|moving [over] to a [different|new] provider|company|carrier|network|bank|isp|airline",
        "not|never going|coming back",
        "never * again",
        "never|ever again",
        "will not ever be",
    ])
});

/// Strong words that can also be happy ("this deal is insane", "hell yeah"): upset only
/// when the message does not read as pleased.
pub static UPSET_INTENSE: LazyLock<Phrases> = LazyLock::new(|| {
    Phrases::new(&["nuts|crazy|insane|madness|omfg|damn|hell|fuck*|shit*|bloody"])
});

/// Phrases that show some upset but need company to count: having had to ask again,
/// repeated contact, "still not", "why". Impatience and worry alone ("please help",
/// "urgent", "it's broken") describe the problem, not a feeling, and are not listed.
pub static UPSET_WEAK: LazyLock<Phrases> = LazyLock::new(|| {
    Phrases::new(&[
        "again",
        "already",
        "still waiting|no|not|nothing|nobody|without",
        "still have|has|had|do|does|did|can|could not|no|never",
        "chase|chasing|chased",
        "several|multiple|many|countless|numerous times",
        "<num> times",
        "twice|thrice",
        "every time",
        "everytime",
        "why",
        "no *2 solution",
    ])
});

/// Words that mark a message as pleased; they cancel weak signals such as capitals or "!!!".
static PLEASED: LazyLock<Phrases> = LazyLock::new(|| {
    Phrases::new(&[
        "thank|thanks|thx|ty|love|loved|great|amazing|awesome|best|brilliant|excellent|fantastic|mvp|glad|happy|appreciate*|wonderful|perfect|yay|woohoo",
    ])
});

/// Emoji that read as angry or fed up.
const ANGRY_EMOJI: &[char] = &[
    '😡', '😠', '🤬', '😤', '😒', '😑', '🙄', '💢', '👿', '🖕', '😾',
];
/// Emoji that read as sad, desperate or exasperated; weak on their own.
const SAD_EMOJI: &[char] = &[
    '😭', '😢', '😩', '😫', '☹', '🙁', '😞', '😔', '🤦', '😖', '😣', '😟', '😥', '😰', '😨',
];

/// Whether a customer's message visibly shows frustration, anger or distress.
///
/// One strong sign is enough (an insult, "worst", "ridiculous", "still no reply", "HELP!",
/// an angry emoji, "!!!" or "???"); weaker signs ("again", ":(", a shouted word, "!!") count
/// when there are two of them and the message does not read as pleased.
pub fn customer_upset(draft: &Draft) -> bool {
    if UPSET.occurs(draft) || draft.text.chars().any(|c| ANGRY_EMOJI.contains(&c)) {
        return true;
    }
    if upset_hashtag(draft) {
        return true;
    }
    let pleased = PLEASED.occurs(draft);
    if UPSET_INTENSE.occurs(draft) && !pleased {
        return true;
    }
    if punctuation_run(draft.text) >= 3 && !pleased {
        return true;
    }
    let mut weak = usize::from(shouted_help(draft));
    weak += UPSET_WEAK.find(draft).len().min(2);
    if draft.text.chars().any(|c| SAD_EMOJI.contains(&c)) || has_sad_face(draft.text) {
        weak += 1;
    }
    let shouted = shouted_words(draft);
    if shouted >= 2 {
        weak += 2;
    } else if shouted == 1 {
        weak += 1;
    }
    if punctuation_run(draft.text) == 2 {
        weak += 1;
    }
    weak >= 2 && !pleased
}

/// Phrases in a reply that acknowledge the customer's feeling or the badness of what
/// happened: an apology, "I understand", "that's frustrating", "oh no", "that's strange".
pub static ACKNOWLEDGEMENT: LazyLock<Phrases> = LazyLock::new(|| {
    Phrases::new(&[
        "sorry|apolog*|regret|regrets|regretful",
        "i|we [can|do|completely|totally|fully|really|certainly|definitely] understand",
        "understandabl*",
        "i|we [can] get|hear|see|appreciate|share your|the concern*|disappointment|frustration*|point|worry|worries|pain|annoyance",
        "i|we hear you",
        "i|we get it",
        "i|we can [only] imagine",
        "i|we can see how|why",
        "i|we know how",
        "frustrat*|disappoint*|upsetting|upset|annoying|annoyance|infuriating|exasperating",
        "inconvenien*",
        "concerned|concerning|worrying|troubling|alarming",
        "oh no|dear|my|man|noes",
        "uh oh",
        "yikes|bummer|ugh|ouch|eek",
        // A verdict on what happened: "that's odd", "this sounds distressing", "it is a pain".
        "that|this|it|that's|it's|this's [is|sounds|seems|looks] [very|really|so|definitely|quite|pretty|most|truly|certainly|indeed|just] strange|odd|weird|unusual|bizarre|puzzling|confusing|unexpected|concerning|worrying|troubling|alarming|distressing|stressful|scary|frightening|awful|terrible|horrible|dreadful|rough|annoying|unfortunate|unacceptable|insane|crazy|wild|inconvenient|disappointing|frustrating|upsetting|sad|bad",
        "that|this|it|that's|it's|this's [is|sounds|seems|looks] [very|really|so|definitely|quite|pretty|such] a|an pain|hassle|nuisance|headache|shame|bummer|letdown|ordeal",
        "that|this|it|that's|it's [is|sounds|seems|looks] [very|really|so|definitely|quite|pretty] not good|right|ideal|okay|ok|great|fun",
        "does|did not sound|look|seem good|right|ideal|great|fun",
        "never good|fun|nice",
        "not ideal|okay|acceptable",
        "not what we want",
        "not the experience",
        "not the kind|type|sort|level of experience|service",
        "i|we [can] see|understand|get|know [exactly|just] what you mean",
        "what a shame|pity",
        "a shame|pity",
        "unpleasant|poor|bad|terrible|awful|rough|frustrating experience",
        "feel|felt this|that way",
        "made|make you feel",
        "hate|hates to",
        "would hate",
        "not our intention",
        "not intended",
        "sad|unhappy|gutted|saddened to hear|see|read|learn",
        "our|my bad|mistake|fault|error",
        "we messed|dropped|slipped",
        "that|that's [is] on us",
        "we care about",
        "sympath*|empath*",
        "you have been through",
        "went wrong",
        "not what you expected|wanted|hoped|needed|were",
        "not the answer|news|outcome|result you",
    ])
});

/// Whether the reply anywhere acknowledges how the customer feels or that things went badly.
pub fn acknowledges(draft: &Draft) -> bool {
    ACKNOWLEDGEMENT.occurs(draft) || oh_no(draft)
}

/// "Oh, no!" with a comma, which phrases cannot span.
fn oh_no(draft: &Draft) -> bool {
    let words: Vec<&str> = draft
        .tokens
        .iter()
        .filter(|t| t.kind != TokenKind::Symbol)
        .map(|t| t.norm.as_str())
        .collect();
    words
        .windows(3)
        .any(|w| w[0] == "oh" && w[1] == "," && matches!(w[2], "no" | "dear" | "my"))
}

/// Words written in capitals to shout ("TERRIBLE", "NOTHING WORKS"): four letters or more,
/// not a handful of common abbreviations.
fn shouted_words(draft: &Draft) -> usize {
    const ABBREVIATIONS: &[&str] = &[
        "ASAP", "HDMI", "HTML", "HTTP", "JSON", "FAQS", "USPS", "NASA", "WIFI", "UPS", "NYSE",
        "EMEA", "APAC", "IMEI", "OTP", "VOIP",
    ];
    draft
        .tokens
        .iter()
        .filter(|t| t.kind == TokenKind::Word)
        .map(|t| &draft.text[t.start..t.end])
        .filter(|raw| {
            raw.chars().count() >= 4
                && raw.chars().all(|c| c.is_alphabetic() && c.is_uppercase())
                && !ABBREVIATIONS.contains(raw)
        })
        .count()
}

/// "HELP!" / "Help!" / "help me!!" — a call for help ending in an exclamation mark.
fn shouted_help(draft: &Draft) -> bool {
    draft.tokens.windows(2).any(|w| {
        w[0].kind == TokenKind::Word
            && w[0].norm == "help"
            && w[1].kind == TokenKind::Punct
            && w[1].norm == "!"
            && draft.text[w[0].start..w[0].end]
                .chars()
                .next()
                .is_some_and(char::is_uppercase)
    })
}

/// Hashtags that carry anger: "#fail", "#epicfail", "#theft", "#scam".
fn upset_hashtag(draft: &Draft) -> bool {
    const HOT: &[&str] = &[
        "fail", "theft", "scam", "fraud", "liar", "lying", "worst", "disgust", "angry", "furious",
        "boycott", "shame", "rip", "useless",
    ];
    draft
        .tokens
        .iter()
        .filter(|t| t.kind == TokenKind::Reference && t.norm.starts_with('#'))
        .any(|t| HOT.iter().any(|h| t.norm.contains(h)))
}

/// The longest run of `!` / `?` in the text ("?!?" counts 3).
fn punctuation_run(text: &str) -> usize {
    let mut best = 0;
    let mut run = 0;
    for c in text.chars() {
        if matches!(c, '!' | '?' | '！' | '？') {
            run += 1;
            best = best.max(run);
        } else if !c.is_whitespace() || run == 0 {
            run = 0;
        }
    }
    best
}

/// A text sad face: ":(", ":-(", ":'(", ":/" (not the slash of a link).
fn has_sad_face(text: &str) -> bool {
    let bytes = text.as_bytes();
    bytes.windows(2).enumerate().any(|(i, w)| {
        w[0] == b':'
            && (w[1] == b'('
                || (w[1] == b'/' && bytes.get(i + 2).is_none_or(|b| b.is_ascii_whitespace()))
                || ((w[1] == b'-' || w[1] == b'\'') && bytes.get(i + 2) == Some(&b'(')))
    })
}

/// Words that open a reply before its first real sentence: "Hi", "Hello there", "Dear Sam".
pub const GREETINGS: &[&str] = &[
    "hi",
    "hello",
    "hey",
    "heya",
    "hiya",
    "dear",
    "greetings",
    "howdy",
    "morning",
    "afternoon",
    "evening",
    "good",
];

/// Words that soften a "no" without explaining it: regret, apology, empathy.
/// "Unfortunately", "sadly", "I'm afraid" and "sorry" belong here, not among reasons.
pub static SOFTENING: LazyLock<Phrases> = LazyLock::new(|| {
    Phrases::new(&[
        "sorry",
        "apolog*",
        "unfortunately",
        "sadly",
        "regrettably",
        "regret*",
        "afraid",
        "i|we [completely|totally|fully|really|do|can] understand|appreciate|imagine|realise|realize",
        "i|we know how|this|that|it's|it",
        "frustrat*",
        "disappoint*",
        "upsetting",
        "i|we wish",
        "we|i would hate",
        "hate to",
        "oh no",
        "not what you wanted|were|want * hear|hoping|expecting",
        "not the answer|news you",
    ])
});

/// A reason given for a "no" or for what went wrong: a cause, a rule, a channel limit.
pub static REASON: LazyLock<Phrases> = LazyLock::new(|| {
    Phrases::new(&[
        "because",
        "due to",
        "owing to",
        "as a result of",
        "as per",
        "per [our|the] policy|policies|terms|rules",
        "the reason|reasons",
        "that is why",
        "that's why",
        "this is why",
        "which is why",
        "which means",
        "publicly|public",
        "policy|policies|legislation|law|laws|legal|regulation*|rules|terms|guidelines|licens*|copyright*|contract*|compliance|restriction*|limitation*|limited",
        "for security|safety|privacy|legal|technical|licensing|data|health reasons|reason",
        "for [your] [own] security|safety|privacy|protection",
        "to protect|ensure|keep|prevent|comply|avoid|guarantee|maintain|safeguard",
        "in order to",
        "so that",
        "already",
        "via|over|through|from|on|in twitter|social|here|dm|dms|messenger|facebook|public|phone|telephone|email|e-mail|chat|forum|forums|platform|thread|tweet|tweets",
        "via|over|through|from|on|in this|our|the forum|platform|channel|thread|app",
        "via|over|through|from|on the phone|telephone",
        "of this|that|such nature|kind|type",
        "in such|these|those|this case|cases|situations|instances",
        "controlled|determined|set|decided|managed|handled|owned|governed by",
        "for|during [our|the|a|an|this|its] *2 maintenance|promotion|promo|holiday|holidays|upgrade|upgrades|update|event|sale|closure|refurbishment|migration|outage",
        "out of our control",
        "beyond|outside [of] our control",
    ])
});

/// Where information that does not exist yet will appear: "stay tuned", "keep an eye on
/// our blog", "it will be announced". Answers "no news yet" without refusing.
pub static INFO_POINTER: LazyLock<Phrases> = LazyLock::new(|| {
    Phrases::new(&[
        "stay tuned",
        "keep|keeping an eye",
        "check back",
        "keep checking",
        "look|watch out for",
        "watch|follow|monitor|check our|the blog|website|site|page|feed|channel|channels|social|forums|news",
        "will|'ll be announced|posted|published|shared|updated|released|revealed|confirmed|communicated",
        "as soon as we know|hear|have",
        "keep you posted|updated|informed",
        "will update|email|message|notify|tell|inform|contact you",
        "will let you know",
        "will be in touch",
        "will get back to you",
        "coming soon|this|next|later",
        "on its|their way",
        "for [the] [latest|more|further] news|updates|announcements",
        // "For more info: <link>" only restates the rule; the latest news is a pointer.
        "for [the] [most] latest|recent|up-to-date|current news|updates|announcements|info|information",
    ])
});

/// An option offered to the customer: another channel or team, a way to do it, a
/// workaround, a substitute, an offer to act ("we'll pass this on"), a question that
/// proposes one ("would you like ..."). Counts wherever it is in the reply.
pub static OFFER: LazyLock<Phrases> = LazyLock::new(|| {
    const DIRECTIVE: &str = "contact|call|ring|phone|visit|reach|try|submit|send|dm|message|email|e-mail|write|fill|complete|use|go|head|check|speak|talk|chat|reorder|order|place|request|apply|follow|get|click|tap|select|choose|consider|share|drop|give|raise|file|open|refer|download|update|install|reinstall|restart|reset|clear|log|sign|book|pop|swing|stop|look|let|see|reply|respond|provide";
    Phrases::new(&[
        format!("please|kindly|pls|plz|just [do] [feel] [free] [to] {DIRECTIVE}"),
        "feel free to".to_string(),
        "you can|could|may|might [also|still|always|now|instead|simply|just|easily|then|either|definitely|certainly] <word>".to_string(),
        "you are|'re [always|more] [than] welcome to".to_string(),
        "you will|'ll [also|still] be able to".to_string(),
        "i|we would|'d [strongly|also] suggest|recommend|advise|encourage".to_string(),
        "i|we [would] [strongly|also] suggest|recommend|advise|encourage".to_string(),
        "[i|we] request you to".to_string(),
        "what i|we can do|offer".to_string(),
        "here is|here's what i|we".to_string(),
        "i|we can|could [also|still|certainly|definitely|always|gladly|happily] offer|arrange|send|help|assist|provide|give|set|book|get|put|add|pass|share|refer|transfer|escalate|order|reserve|hold|suggest|recommend|raise|issue|refund|replace|rebook|credit|look|check".to_string(),
        "i|we would|'d [be] [more] [than] happy|glad|delighted|love to".to_string(),
        "happy|glad to help|assist".to_string(),
        "i|we will|'ll|have|'ve|am|'m|are|is|has [be] [sure] [to] [definitely|certainly|gladly|happily|also|now|just|already] pass|passed|passing|share|shared|sharing|forward|forwarded|forwarding|submit|submitted|submitting|note|noted|log|logged|raise|raised|escalate|escalated|flag|flagged|feed|add|added|report|reported|send|sent|sending|arrange|arranged|refund|refunded|replace|replaced|offer|offered|issue|issued|rebook|rebooked|credit|credited|reship|reimburse|compensate|request|requested|doing|taking|make|made|set".to_string(),
        "have|has [now|also|already|just] passed|shared|forwarded|submitted|logged|raised|escalated|flagged|noted|reported".to_string(),
        "here is|here's [a|an|another|your] new|replacement|different|fresh|alternative|substitute".to_string(),
        "a|another new|replacement|different|fresh one".to_string(),
        "team|teams|colleagues|store|stores|staff|specialists|department|agents|crew|crews|experts|advisors|advisers|seller|sellers|carrier|courier|manufacturer|bank|they can|could|will [happily|gladly|also|definitely] [be] [able|happy|glad] [to] help|assist|sort|arrange|look|check|advise|support|fix|resolve|process|book|handle|double-check|reach|contact|call|email|follow|get".to_string(),
        "you will|'ll|would need to".to_string(),
        "best way|option|bet|thing is|would|will".to_string(),
        "have a look".to_string(),
        "you may|might wish|want|like to".to_string(),
        "instead".to_string(),
        "alternatively".to_string(),
        "in the meantime".to_string(),
        "meanwhile".to_string(),
        "another|other option|options|way|ways|alternative|alternatives|choice|choices|route".to_string(),
        "an alternative|option".to_string(),
        "workaround|work-around".to_string(),
        "work around".to_string(),
        "would you like|prefer".to_string(),
        "do you want|need us|me".to_string(),
        "shall|should|can|may i|we".to_string(),
        "want me|us to".to_string(),
        format!("could|can|would you [please] [kindly] [also] {DIRECTIVE}|confirm|tell|let"),
        "have you tried".to_string(),
        "why not try".to_string(),
    ])
});

/// A remedy or substitute named anywhere in the reply: a refund, a voucher, a replacement.
pub static REMEDY: LazyLock<Phrases> = LazyLock::new(|| {
    Phrases::new(&[
        "refund*",
        "replacement*",
        "exchange*",
        "voucher*",
        "credit|credits|credited",
        "compensat*",
        "discount*",
        "coupon*",
        "reorder*",
        "rebook*",
        "reschedul*",
        "reimburs*",
        "gift card",
    ])
});

/// Why something went wrong, pinned on circumstances or someone else: "due to a fault on
/// the line", "out of our control", "delays may occur", "determined by the manufacturer".
pub static CAUSE: LazyLock<Phrases> = LazyLock::new(|| {
    Phrases::new(&[
        "due to",
        "owing to",
        "because of",
        "as a result of",
        "caused by",
        "out of our|my|their control|hands",
        "beyond|outside [of] our|my|their control|hands",
        "not in|within our control|hands",
        "delay|delays|issue|issues|problem|problems|disruption*|error|errors|glitch*|outage*|interruption*|backlog* may|can|might|do|will|does [sometimes|occasionally|unfortunately] occur|happen|arise",
        "may|might|can|could [sometimes|occasionally|also|usually] require|take|need [an] [additional|extra|more|longer|some|a|little|bit|up] *3 time|longer|days|hours|weeks",
        "determined|decided|set|controlled|handled|managed|governed|dictated|operated|run|caused|provided|fulfilled|shipped by [the|a|an|our|their|your|that] *2 manufacturer*|carrier*|courier*|seller*|vendor*|supplier*|partner*|bank*|provider*|broadcaster*|network*|developer*|publisher*|government|authorit*|third|department|warehouse|airport|council|studio*|company|companies|brand*|retailer*|shipper*|post|postal|airline*|operator*",
        "in|under|undergoing maintenance",
        "maintenance mode",
        "high|heavy|increased|unusually|large|higher|huge volume|volumes|demand|traffic [of] [calls|messages|orders|contacts|requests|enquiries|inquiries] is|are|has|have|means|mean|causing|caused|delaying|slowing",
        "experiencing [a] [high|heavy|technical|some|an] *4 volume|volumes|demand|issue|issues|difficulties|problems|delays|outage|outages",
        "technical issue|issues|difficulties|difficulty|problem|problems|error|errors|glitch|fault",
        "adverse|bad|severe|poor|extreme|inclement|heavy|icy|stormy|wintry weather|conditions|snow|rain|snowfall|flooding|winds",
        "weather-related|weather related|weather conditions",
        "storm|storms|flooding|hurricane|snowfall has|have|is|are|was|were|caused|affected|affecting|disrupted|disrupting",
        "signal|power|line|equipment|system failure|fault|outage",
        "fault on",
        "the|our system|systems automatically|auto",
        "no control over",
        "not responsible for",
        "up to the|your seller*|carrier*|courier*|bank*|manufacturer*|provider*|airline*|network*|developer*|publisher*",
        "known issue|bug|problem|fault",
        "limitation|limitations of",
        "how the|our system|app|site|website|platform works",
        "system|systems|server|servers|site|website is|are|was|were|has|have [been] [currently] down",
        "short-staffed|understaffed|short-handed|shorthanded",
        "short staffed|handed",
        "staff|staffing shortage|shortages",
    ])
});

/// Verbs that open an instruction to the customer ("Try restarting", "Call us on ...").
const IMPERATIVES: &[&str] = &[
    "contact",
    "call",
    "ring",
    "visit",
    "try",
    "submit",
    "send",
    "dm",
    "message",
    "email",
    "e-mail",
    "reach",
    "head",
    "check",
    "use",
    "reorder",
    "click",
    "tap",
    "go",
    "follow",
    "fill",
    "drop",
    "hit",
    "reply",
    "write",
    "get",
    "shoot",
    "ping",
    "pop",
    "swing",
    "grab",
    "select",
    "choose",
    "tweet",
    "download",
    "install",
    "reinstall",
    "restart",
    "update",
    "clear",
    "log",
    "sign",
    "book",
    "apply",
    "request",
    "open",
    "speak",
    "talk",
    "chat",
    "ask",
    "give",
    "refer",
    "order",
    "pick",
    "return",
    "resubmit",
    "reset",
    "bring",
    "take",
    "switch",
    "turn",
    "unplug",
    "plug",
    "enter",
    "add",
    "remove",
    "delete",
    "join",
    "text",
    "subscribe",
    "watch",
    "monitor",
];

/// Whether the reply offers the customer an option anywhere: a channel, a way to do it, a
/// substitute, an offer to act, an instruction, a remedy such as a refund. Words inside
/// `skip` (token ranges, e.g. the refusal itself: "we can't offer a refund") do not count.
/// With `strong`, only a concrete next step counts: pointers such as "stay tuned" and
/// "let us know" do not.
pub fn offers_option(draft: &Draft, skip: &[std::ops::Range<usize>], strong: bool) -> bool {
    // `skip` comes in reading order; a binary search keeps long drafts fast.
    let skipped = |i: usize| {
        let k = skip.partition_point(|r| r.start <= i);
        skip[..k].iter().rev().take(4).any(|r| r.contains(&i))
    };
    let tokens = &draft.tokens;
    let negative = |i: usize| {
        tokens.get(i).is_some_and(|t| {
            super::text::is_negation(&t.norm)
                || matches!(t.norm.as_str(), "only" | "be" | "have" | "already")
        })
    };
    let offer = OFFER.find(draft).into_iter().any(|m| {
        let mut inside = m.tokens.clone();
        let refused = inside.any(|i| {
            skipped(i) || super::text::is_negation(&tokens[i].norm) || tokens[i].norm == "only"
        });
        // "you can <word>" must not be "you can not" / "you may be charged".
        let last = m.tokens.end - 1;
        let weak_end = negative(m.tokens.end) || (negative(last) && tokens[last].norm != "not");
        let just_asks_to_hear = strong
            && tokens[m.tokens.end..(m.tokens.end + 2).min(tokens.len())]
                .iter()
                .any(|t| t.norm == "know");
        !(refused || weak_end || just_asks_to_hear)
    });
    let remedy = || {
        REMEDY
            .find(draft)
            .into_iter()
            .any(|m| !m.tokens.clone().any(skipped))
    };
    let instruction = || {
        draft.sentences.iter().any(|s| {
            draft.clauses(s).into_iter().any(|c| {
                let Some(first) = c.clone().find(|&i| tokens[i].kind == TokenKind::Word) else {
                    return false;
                };
                let first = match tokens[first].norm.as_str() {
                    "and" | "but" | "so" | "or" | "then" | "just" | "simply" => {
                        match (first + 1..c.end).find(|&i| tokens[i].kind == TokenKind::Word) {
                            Some(next) => next,
                            None => return false,
                        }
                    }
                    _ => first,
                };
                !skipped(first) && tokens[first].norm.is_one_of(IMPERATIVES)
            })
        })
    };
    // A link to a way of doing it ("Our help centre has the steps: <link>"), unless its
    // sentence says it only holds the rules ("More details: <link>", "Our policy: <link>").
    let way_link = || {
        draft.sentences.iter().any(|s| {
            let tokens = draft.sentence_tokens(s);
            let link = tokens.iter().any(|t| {
                t.kind == TokenKind::Reference
                    && !t.norm.starts_with('@')
                    && !t.norm.starts_with('#')
            });
            let rules = tokens.iter().any(|t| {
                matches!(
                    t.norm.as_str(),
                    "details"
                        | "info"
                        | "information"
                        | "policy"
                        | "policies"
                        | "terms"
                        | "conditions"
                        | "rules"
                        | "eligibility"
                        | "guidelines"
                )
            });
            link && !rules
        })
    };
    offer || remedy() || instruction() || (!strong && (INFO_POINTER.occurs(draft) || way_link()))
}

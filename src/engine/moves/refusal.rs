//! Refusals: the reply says no, can't, unable, not possible, not available, "only for X",
//! "no news yet", a charge stands, a claim was denied, a bare "No." to a request.
//!
//! The list is built from how English says no: modal negation ("can't", "cannot", "not
//! able to", "unable to", "not in a position to"), negated offering verbs ("we don't
//! offer/ship/refund"), states ("not available/possible/eligible/supported", "no longer
//! offered", "discontinued", "sold out", "turned off"), limits ("only available in",
//! "can only"), finality ("that's all we can do"), missing information ("no news", "we
//! don't have an ETA"), and passive decisions ("was denied"). What only looks like a no
//! is left out: questions, conditions, the customer's own "can't", feelings ("can't
//! wait"), a no given as the reason for something else ("since it's not available, ...").

use super::offer::offers_option;
use super::reason::SOFTENING;
use super::time::CONCRETE_TIME;
use super::verb::is_participle;
use crate::engine::packed::List;
use crate::engine::pattern::Phrases;
use crate::engine::text::{among, Draft, Norm, Sentence, Subject, Token, TokenKind};
use crate::engine::unicode;
use std::cell::OnceCell;
use std::ops::Range;
use std::rc::Rc;
use std::sync::LazyLock;

/// What kind of "no" a refusal is; some kinds are judged differently.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// "we can't", "we're unable to", "we won't refund".
    Inability,
    /// "not available", "no longer supported", "turned off".
    Unavailable,
    /// "sold out", "out of stock", "the offer has ended": the fact is its own reason.
    SoldOut,
    /// "only available in X": a limit on where or for whom.
    OnlyWhere,
    /// "we can only ...", "we're only obligated to ...".
    OnlyAllowed,
    /// "that's the only deal we have": names what there is, so it offers that.
    OnlyOption,
    /// "that's the best we could offer", "that's all we can do".
    Final,
    /// "we don't have information on that", "no news yet".
    NoInfo,
    /// "a charge will be applied" (when the customer is asking about a charge).
    Charge,
    /// "your claim was denied".
    Denied,
    /// A bare "No." to a request.
    BareNo,
    /// The product's terms said as a fact ("the offer is for new customers", "we're
    /// card-only"): a no only to a customer who asked for something, an answer to one who
    /// asked what the terms are.
    Terms,
}

/// One refusal found in the draft.
#[derive(Debug, Clone)]
pub struct Refusal {
    pub kind: Kind,
    /// Index of its sentence.
    pub sentence: usize,
    /// Byte range of the words saying no: the refusing clause, up to punctuation or a turn
    /// such as "but", without a trailing "I'm afraid".
    pub span: Range<usize>,
    /// Token range between the punctuation marks around the refusal; words in it (such as
    /// "refund" in "we can't offer a refund") never count as the option offered.
    pub stretch: Range<usize>,
    /// What its own sentence says of it, shared with the sentences' list of refusals.
    facts: Rc<Facts>,
}

impl Refusal {
    /// Whether this "no" is an answer that something does not exist yet (news, a
    /// release), and the reply says where it will appear ("no news yet, stay tuned").
    /// `pointer` says whether the reply points anywhere ([`INFO_POINTER`](super::offer::INFO_POINTER)); work it out
    /// once per reply.
    pub fn is_pending_news(&self, draft: &Draft, pointer: bool) -> bool {
        let (back_at, news) = *self.facts().news.get_or_init(|| {
            let tokens = draft.sentence_tokens(&draft.sentences[self.sentence]);
            let not_yet = self.kind == Kind::Unavailable && tokens.iter().any(|t| t.norm == "yet");
            // "Ordering is off tonight, but it'll be back on tomorrow": a pause with its end.
            // Asked of every word of every "unavailable" sentence, so an array, which rules
            // words out by length, not a string read word by word.
            // So is stock with the day more comes ("out of stock, but it's due back on
            // Friday", "we don't have stock, but more arrives on the 3rd").
            let stock = tokens.iter().any(|t| t.norm == "stock");
            let back_at = (self.kind == Kind::Unavailable || self.kind == Kind::SoldOut || stock)
                && tokens.iter().any(|t| {
                    t.start >= self.span.end
                        && t.norm.is_one_of(&[
                            "back",
                            "again",
                            "resume",
                            "resumes",
                            "reopen",
                            "reopens",
                            "restock",
                            "restocks",
                            "restocked",
                            "arrive",
                            "arrives",
                            "arriving",
                            "due",
                            "expected",
                            "returns",
                            "returning",
                            "launches",
                        ])
                })
                && CONCRETE_TIME.occurs_in(draft, draft.sentences[self.sentence].tokens.clone());
            (back_at, self.kind == Kind::NoInfo || not_yet)
        });
        back_at || (news && pointer)
    }

    /// Whether the no holds only before a time or an event ("it can't be renewed before the
    /// current term ends"): the yes after it is a way forward, though the no is as bare.
    pub fn holds_only_before(&self, draft: &Draft) -> bool {
        draft.tokens[self.stretch.clone()].windows(2).any(|w| {
            w[0].start > self.span.start && w[0].norm == "before" && w[1].kind == TokenKind::Word
        })
    }

    /// What the refusal's own sentence says of it, each fact worked out on first use and kept
    /// with the sentences' list of refusals ([`find_refusals`]): a keystroke elsewhere in a
    /// long draft reads none of it again.
    fn facts(&self) -> &Facts {
        &self.facts
    }

    /// Whether this limit names the way the thing is had ("joint accounts are opened in
    /// branch only"): a no to the way asked about, and the other way at once.
    pub fn names_a_way(&self, draft: &Draft) -> bool {
        self.kind == Kind::OnlyWhere
            && *self.facts().names_a_way.get_or_init(|| {
                draft.tokens[self.stretch.clone()]
                    .iter()
                    .any(|t| among(WAY_WORDS, &t.norm))
            })
    }
}

/// [`Refusal::facts`]: what the refusal's own sentence says of it, each on first use.
#[derive(Debug, Default)]
struct Facts {
    /// Whether it is back at a time the sentence gives, and whether it is news not there
    /// yet ([`Refusal::is_pending_news`]).
    news: OnceCell<(bool, bool)>,
    names_a_way: OnceCell<bool>,
    limited: OnceCell<bool>,
    /// Whether the sentence concedes it ("while ...") ([`Refusal::is_conceded`]).
    concedes: OnceCell<bool>,
    /// Which sentence offers something else after the no, counted from its own
    /// ([`Refusal::alternative_once`]).
    alternative: OnceCell<Option<usize>>,
}

/// How many tokens around a refusal its checks look at: a clause, not a run-on sentence.
const LOOK: usize = 40;

macro_rules! not_fillers {
    () => {
        "[currently|yet|presently|longer|really|always|even|be|being|been|at|all|an]"
    };
}

static REFUSALS: LazyLock<(Phrases, Vec<Kind>)> = LazyLock::new(|| {
    let groups: &[(Kind, _)] = &[
        (
            Kind::Inability,
            lines![
                "can not",
                "could not [currently|yet] approve|accept|process|offer|provide|issue|refund|replace|honour|honor|grant|allow|extend|waive|reinstate|authorise|authorize|cover|change|cancel|exchange|book|arrange|ship|deliver",
                "not [currently|yet|really|presently|always] [be] able to",
                "is|it's|that's|be|would|goes against [our|the] policy|policies|rules|terms|guidelines",
                "unable to",
                // "It can no longer be applied", "we could no longer hold the room".
                "can|could no longer",
                "not in a position to",
                "no way to|of|for",
                "do|does|did|will|would|shall not [currently|usually|normally|yet|actually|generally|typically|presently|really|be] offer|offering|provide|providing|allow|allowing|accept|accepting|permit|support|supporting|ship|shipping|deliver|delivering|sell|selling|carry|stock|honour|honor|issue|issuing|refund|refunding|replace|replacing|reimburse|compensate|exchange|give|giving|grant|cover|extend|waive|reinstate|approve|authorize|authorise|comment|speculate|discuss|restore|recover|reopen|unban|unlock|insure|handle|lend|hire|rent|reserve|reserving|release|disclose",
                // A service we don't do (not "we didn't collect it", what happened).
                "we|i do not [currently|usually|normally|generally|typically] collect|remove|repair|install|fit|clear",
                // "Do", "take" and "make" say no only with what is refused: "we don't do refunds",
                // "we don't take cash" (not "it doesn't take long", "we don't take this lightly").
                "do|does|did|will|would not [currently|usually|normally|generally|typically] do|take|accept|make [partial|full|cash|online|same-day|next-day|international|screen|battery|price|seat|free] refunds|returns|adjustments|matching|matches|upgrades|transfers|swaps|substitutions|credits|extensions|trade-ins|layaways|exchanges|cancellations|calls|requests|complaints|deliveries|bookings|reservations|appointments|cash|cheques|checks|cards|payments|repairs|engravings|alterations|installations|collections|walk-ins|orders|custom|personalised|personalized|international|same-day|next-day",
                "do|does|did not [currently|presently] have *2 option|options|ability|capability|way|means|stock|availability|access|feature|features|functionality|discount|discounts|deal|deals|promotion|promotions",
                // Keeping out of it: "we don't get involved in private disputes", "we do not
                // make exceptions once it has passed".
                "do|does|will|would not [currently|usually|normally|generally] (get involved|intervene|mediate|step in|make exceptions|make an exception)",
                // What is stopped or won't be done: "we no longer send paper bills", "we won't be
                // opening any earlier", "partial refunds aren't something we're able to give".
                "we|i no longer offer|send|sell|stock|provide|support|accept|make|issue|print|post|carry|deliver|ship|run|operate|do|refund|exchange|replace|allow|permit|honour|honor|cover",
                // "We stopped accepting the old coins on the 15th."
                // "Sadly we ended the nonprofit programme in 2019."
                "we|i [have] ended|discontinued|scrapped|withdrew|withdrawn|retired|closed [the|our|that|this] *2 programme|program|programmes|programs|scheme|schemes|offer|offers|discount|discounts|deal|deals|promotion|promotions|range|service|feature",
                // "That's not something our support team can do."
                "not something *4 can|could do|offer|change|arrange|help",
                "we|i [have] stopped|ceased accepting|offering|selling|stocking|taking|supporting|issuing|sending|making|doing|shipping|delivering|printing|carrying",
                "will not be opening|offering|adding|bringing|stocking|extending|changing|selling|accepting|issuing|reopening|restocking|returning|coming|unlocking|refunding|replacing|exchanging|waiving|honouring|honoring|providing|supporting|shipping|delivering|reimbursing|compensating|approving",
                // The same said of now: "right now, we're not extending funds past their
                // expiry date", "we aren't accepting new orders".
                "we|i are|am not [currently|presently|now|yet|really] offering|accepting|issuing|extending|providing|allowing|permitting|processing|honouring|honoring|shipping|delivering|stocking|refunding|exchanging|replacing|reimbursing|waiving|approving|supporting|booking|reopening|restocking",
                "not something (we are|i am) able to",
                // Not theirs to give: "that's not within our remit", "I'm not authorised to
                // issue refunds", "that's a no from us", "there isn't a way to refund it".
                "not within|in our|my remit|authority",
                "outside [of] our|my remit|authority",
                "not authorised|authorized|allowed to",
                "a no from us|me",
                // A no in an idiom: "no can do", "our hands are tied"; the tool as the no:
                // "the system won't let me do that".
                "no can do",
                "our|my hands are tied",
                "system|computer|tool|software will|does not let|allow me|us",
                // The customer as the one who cannot: "unfortunately, you can't do that".
                "you (can not|are not able to) do that|this",
                "(there is|there's) not a|any way to|for",
            ],
        ),
        (
            Kind::NoInfo,
            lines![
                "all [the] info|information|details|news we|i have|currently|can",
                "do|does|did not have *2 info|information|details|news|update|updates|announcement|announcements|plans|eta|timeline|timeframe|timescale|timescales|estimate|estimated|confirmation|date|dates",
                "no [further|more|new|current|additional|other|official|any|delay|delivery|release] info|information|news|update|updates|announcement|announcements|details|plans|eta|etr|timeline|timeframe|word|release",
                "not aware of *2 plans|information|info|news|announcement|announcements|update|updates|release|date|changes",
                "nothing to share|announce|report",
                // Not guessing: "we do not want to speculate", "we'd rather not comment".
                "not want|wish|like to speculate|guess|comment",
                "rather not speculate|guess|comment",
                "no [release|launch|confirmed|firm|set|fixed] date|dates yet",
                // "Nothing confirmed yet", "nothing has been announced".
                "nothing [has|is] [been] [officially] confirmed|announced|planned|scheduled|decided",
                // Not said yet: "we have not announced any plans for Belgium" (not "your
                // booking hasn't been confirmed yet", a state).
                "have|has|had not [yet] [officially] announced|shared|confirmed|released|published [any|a] plans|details|info|information|date|dates|news|anything|timeline|eta",
            ],
        ),
        (
            Kind::OnlyWhere,
            lines![
                "only for *2 customers|members|subscribers|users|accounts|orders|holders|cardholders|residents",
                // A scope that shuts the customer out: "for UK universities only", "limited to Pro accounts".
                "is|are [issued|available|valid|offered|open|sold|given|reserved|accepted|usable|redeemable] for|to|as|in|on|at *3 only",
                // Where it is done: "joint accounts are opened in branch only".
                "is|are|be opened|done|processed|arranged|booked|handled in|at|by|over|via|through *3 only",
                "is|are limited|restricted to",
                "applies|apply|works|work to|for|on|with *3 only",
                "can|may [only] be returned|exchanged|refunded|used|redeemed|booked|collected|changed|paid for|to|as|in|on|at|with|by *3 only",
                "covers|cover *3 only",
                // Where it goes: "orders ship to the UK mainland only".
                "ship|ships|deliver|delivers|post|posts|dispatch|dispatches to|within *4 only",
                // Where the money goes: "refunds go back to the original payment method only".
                "go|goes back|to *5 only",
                "only [currently] available|released|launched|offered|sold|valid|accessible|applicable|supported|open|shipping|delivering|ship|ships|deliver|delivers|works|work|compatible|applies|apply|accepted|issued|given|allowed|permitted|possible|provided|refunded|covered|payable|claimable|refundable|redeemable|bookable|kept|stored|retained|held|saved",
                // "Offered in only select postcodes."
                "available|offered|valid|open|sold|shipped|delivered in|at|for|to only",
                // A format or a region as the rule: "Sky Go on mobile is SD only".
                "is|are [<word>] sd|hd|4k|uk|us|eu|adults|digital|paper|cash|card only",
                "available|offered|sold|valid|accessible|applicable|supported only",
                // The channel as the rule: "that code is online only", "it's in-store only".
                "is|are|it's [<word>] online|in-store|instore|in-app|app|web|website|phone|branch|store only",
                // An age as the rule: "kids meals are only for under 12s".
                "only for|to under|over",
                // Who alone may: "only assistance dogs are permitted on our flights".
                "only *5 are|is permitted|allowed|accepted|eligible",
            ],
        ),
        (
            Kind::Terms,
            lines![
                // Who it is for: "the welcome offer is for new customers"; how it is had:
                // "we're card-only", "bills are online-only now", "seat selection is a paid
                // extra".
                "is|are [just|strictly] for new|first-time|existing|returning|business|student|premium|paying customers|members|subscribers|users|accounts|holders",
                // An age as the rule: "our current accounts are for customers aged 18 and over".
                "is|are [only|just|strictly] for customers|people|members|users|passengers|children|kids aged|over|under",
                "is|are [now|currently|strictly] card-only|cash-only|online-only|app-only|members-only|member-only|invite-only|web-only|cashless",
                "is|are a|an paid extra|add-on|addon",
                // Where or how only: "the promo is in-restaurant only", "debit cards only in the
                // app", "the deal's only in our high street stores".
                "is|are [available|valid] <word> only",
                "only in|on|at|via|through the|our [<word>] [<word>] app|website|site|store|stores|branch|branches|restaurant|restaurants|shop|shops|till|tills|counter|desk|kiosk|checkout",
                // What it takes or costs for everyone: "requires a receipt for that category",
                // "the upgrade fee applies to all device upgrades".
                "requires|require a|an|the receipt|proof|reference",
                // The minimum as the rule, to someone asking below it: "the minimum system
                // requirement for Photoshop is iPadOS 13.1", "the minimum age is 18".
                "(minimum|min) [system|device|software|os|hardware|age] requirement|requirements|version|age [for] [<word>] [<word>] is|are",
                "fee|fees|charge|charges applies|apply to all|every|each",
                // A minimum asked of them: "the sports pack has a minimum 12-month term".
                "has|have|carries|carry a minimum|min *2 term|contract|period|stay|spend|order|commitment",
                // A limit set for everyone: "the contactless limit is set at £100 for all customers".
                "is|are set|fixed|capped at *3 for all|every|everyone|each",
                // A limit told as a number: "only one code can be used per order", "the
                // maximum group size is 8".
                "only one|1 [<word>] [<word>] can|may be used|applied|redeemed|combined|claimed|booked|added",
                "the maximum|max [<word>] [<word>] is|are",
                // What the offer leaves out, said to someone asking for it: "this promotion
                // excludes sale items", "your plan doesn't include roaming", "sale items are
                // final", "the feature is exclusive to Premium".
                "offer|offers|promotion|promo|discount|voucher|vouchers|code|coupon|deal|warranty|guarantee|plan|tariff|bundle|package|membership|subscription|pass|ticket|fare excludes|exclude",
                "(do|does) not [currently] include",
                "is|are [all] final",
                // What it is not worth, or what is lost: "vouchers have no cash value",
                // "points are forfeited when an account is closed".
                "has|have no cash value",
                "is|are forfeited|forfeit",
                "is|are exclusive to|for",
                // The threshold or the hour as the rule, to someone asking past it: "free
                // shipping is for orders of $50 and over", "check-in is from 3 PM".
                "is|are [only|just] for orders|purchases|baskets|spends|bookings of|over|above",
                "is|are [only] from|after <num> am|pm|a.m|p.m",
                // Only what we do: "we only refund to the original card", "we only ship to the UK".
                "we|i [can] only accept|refund|ship|deliver|offer|sell|take|issue|provide|support|allow|exchange|replace|book|cover|honour|honor|post|dispatch",
            ],
        ),
        (
            Kind::Unavailable,
            lines![
                // "Our drivers aren't required to deliver above the ground floor."
                "not required|obliged|obligated to",
                // None coming: "a limited run - no restock", "no sale planned".
                "no restock|restocks|reprint|reprints|rerun|re-release|rerelease",
                // "There won't be another season."
                "there will not be a|an|another|any [more|further|new] season|seasons|series|sequel|sequels|restock|reprint|rerun|edition|batch|sale|version",
                "no [<word>] sale|sales|discount|discounts|restock|release|event|offer|offers planned|scheduled",
                // No such thing to use: "there isn't a pause option".
                "there is not a|an|any [<word>] option|feature|setting|function|facility|button",
                // Blocked where they are: "the highlights are geo-blocked there".
                "is|are geo-blocked|geoblocked|region-locked|region-blocked",
                "is|are non-refundable|non-transferable|non-exchangeable|non-returnable|non-cancellable",
                // "Only our Hub is compatible", "removed from the menu as part of our changes".
                "only our|the <word> is|are compatible|supported|eligible",
                "removed|taken|dropped|retired|discontinued from|off the|our menu|range|lineup|line-up|catalogue|catalog|shelves",
                "not liable for",
                concat!("not|no ", not_fillers!(), " ", not_fillers!(), " available|supported|possible|offered|permitted|allowed|eligible|entitled|compatible|refundable|returnable|transferable|exchangeable|feasible|doable|option|accepted|covered|valid|applicable"),
                "not something [that] we|i [can|could|currently|are|am] [able] [to] offer|do|provide|support|allow|sell|carry|have|stock|help|change|assist|arrange|accommodate|process|accept|approve|honour|honor|refund",
                // "That title isn't something we'll be adding."
                "not something we|i will|would|plan [be] [to] adding|add|offering|offer|supporting|support|stocking|stock|carrying|carry|bringing|bring",
                // "Word isn't one of the export formats."
                "is|are not one of the|our [<word>] formats|options|features|methods|languages|currencies|countries|devices|platforms|plans|types",
                // The product as the one that lacks it: "export isn't something the app supports".
                "not something [that] the|our|this <word> [currently] supports|offers|allows|provides|includes|has|does",
                "no longer offer*|sell*|carr*|stock*|make|produce|provide|accept*|ship*|support*|run|operate|honou*|have",
                "unavailable|ineligible|unsupported|discontinued",
                // Not on the way: "split screen isn't planned for Switch".
                "is|are not [currently|yet] planned",
                "(there is|there's) no [<word>] [<word>] planned",
                "is|are not [currently|yet] (on the roadmap|in the works|in the pipeline)",
                // A rule as what is not paid or let in: "compensation is not payable for this
                // flight", "no e-scooters permitted on our services".
                "is|are not payable|claimable|reimbursable|redeemable|bookable",
                // Money not owed to them: "no refund is due for the remaining period".
                "no [<word>] refund|refunds|compensation|credit|reimbursement|payout|cashback is|are due|payable|owed",
                "refund|refunds|compensation|credit|reimbursement|payout|cashback is|are not due|owed",
                "no <word> permitted|allowed",
                "no <word> <word> permitted|allowed",
                // The rule as an adjective: "gift cards are non-refundable", "all sales are final".
                "is|are|was|were non-refundable|nonrefundable|non-returnable|non-transferable|non-transferrable|non-exchangeable|non-cancellable|non-cancelable",
                "is|are [a] final sale",
                // Phone typing without the hyphen: "in-game purchases are non refundable".
                "is|are|was|were non refundable|returnable|transferable|exchangeable|cancellable|cancelable",
                "it's|that's non-refundable|nonrefundable|non-returnable|non-transferable|non-exchangeable|non-cancellable",
                // Gone and not coming back: "that board is gone for good".
                "is|are|was|were|it's [now] gone for good|now",
                // Off the menu: "the katsu has been retired", "it's been taken off the menu".
                "(has been|have been|was|were) retired|discontinued|withdrawn|delisted",
                "taken off the menu|shelves|range|site|store",
                "(do|does) not transfer [calls|customers|you] to",
                // Not kept past a limit: "footage older than 7 days isn't stored".
                "older than *4 is|are not stored|kept|retained|saved|available|recoverable",
                // Not how it is done: "cancellations aren't done through the website".
                "is|are not done|handled|processed|arranged through|via|over|online|on|in",
                // What cannot be undone, said as what it is: "usernames are permanent once chosen".
                "is|are|was|were permanent|irreversible|non-negotiable|unchangeable",
                "is|are|was|were (not|no longer) made|produced|manufactured|stocked|carried|sold|printed",
                "all sales are final",
                // Only on another platform: "dark mode is a mobile-only feature".
                "mobile-only|app-only|online-only|web-only|desktop-only|members-only|uk-only|us-only|eu-only [<word>] feature|option|service|offer|item|product|dish|deal|perk",
                // None to be had: "there are no replacement buses tonight".
                "(there are|there is|there's) no [<word>] buses|trains|flights|seats|tables|slots|rooms|appointments|spaces|places|deliveries|collections|upgrades",
                // The no as a missing thing: "No nonprofit discount, I'm afraid."
                "no [<word>] discount|discounts|compensation|credits",
                // "All eShop purchases are final", "digital orders are final once placed".
                "sales|purchases|orders|bookings|transactions|downloads|redemptions are|is [considered|always] final",
                "do|does not apply to|for",
                // A rule's scope as the no: "railcard discounts don't apply before 09:30".
                "do|does not apply before|after|until|during|outside|between|on|at",
                "do|does|did|will|would not [currently] qualify",
                "is|are not included in|with",
                // Not in what the customer has or can buy: "the Champions League isn't part of
                // our Canadian lineup" ("not part of the problem" names nothing on offer).
                "is|are|was|were not [currently] part of [the|our|your|this|that] *2 lineup|line-up|package|packages|plan|plans|bundle|pass|passes|subscription|offering|range|catalogue|catalog|selection|menu|coverage|deal|tier|membership|programme|program",
                // Someone else's to do: "refunds are handled by the organiser, not by us".
                "not (by us|through us|with us)",
                "no refunds|returns|exchanges|cancellations|changes|refund|return|exchange are|is|can|will [be] given|issued|offered|accepted|made|allowed|possible|available",
                // Said bare, with its scope: "no refunds on annual plans", "no returns after 30 days".
                "no [partial] refunds|returns|exchanges|cancellations on|for|after|once",
                // Past the rule's time: "your plan is outside the refund window".
                "is|are|was|were [now|already] outside|past|beyond the|your|our [<word>] window|period|timeframe|deadline",
                "are|is excluded from",
                // The rule as the subject: "the ticket terms exclude refunds", "our policy rules
                // out exchanges".
                "terms|policy|policies|rules|conditions|contract|agreement exclude|excludes|prohibit|prohibits|forbid|forbids|bar|bars|preclude|precludes",
                "terms|policy|policies|conditions|contract|agreement rule|rules out",
                "rules rule out",
                "are|is not [being] issued|given|granted|provided|processed|honoured|honored|offered|sold|supported|unlocked|exchanged|transferred|reinstated|waived|reimbursed|refunded|repaid|credited|compensated|covered",
                // What the ticket or product cannot be: "Basic fares aren't changeable or refundable".
                "is|are|was|were not changeable|refundable|transferable|transferrable|exchangeable|cancellable|cancelable|returnable|amendable|upgradable|upgradeable|reversible|extendable|extendible",
                // Not backdated: "discounts aren't applied retroactively".
                "not [be] applied|backdated|given|honoured|honored|refunded|credited retroactively|retrospectively",
                // Who it is for: "the lounge is for First Class ticket holders only".
                "is|are for *4 holders|members|customers|passengers|guests|subscribers|users|residents|students|staff only",
                // Decided for the future: "the ban will not be lifted", "the fee won't be refunded".
                "will not be lifted|reversed|overturned|refunded|reimbursed|reinstated|restored|waived|issued|granted|approved|honoured|honored|extended|unbanned|reopened|exchanged|replaced",
                // Against the rules: "e-scooters are banned on all trains".
                "is|are|were [now] banned|prohibited|forbidden",
                // Closed to what was asked: "the depot is closed for collections this evening".
                "is|are [currently|temporarily|now] closed for|to",
                // What does not carry over: "purchases do not transfer between platforms".
                "do|does|will not transfer|carry|roll|move between|across|over",
                // Not among what is done: "data recovery isn't a service we provide".
                "is|are not a|an service|feature|option|product we|i [currently] provide|offer|have|support|do|sell",
                // Never coming again: "there won't be a restock of that colourway".
                "there will not be a|an|any restock|rerun|reprint|reissue|second|another|more",
                // Not "being": "the issue with it being disabled" names the customer's problem.
                "is|are|was|were|been|be [currently|temporarily|now] disabled|deactivated|suspended|paused|halted",
                "turned|switched|shut off",
                // "We turned it off for the promotion tonight", one agent's "I turned it off" (not
                // "we've switched it off for you", a favour: see `keeps`).
                "we|they|i [have] turned|switched|shut it|this|that|them off",
                // "We retired the app for iOS 9 devices in March."
                "we|they [have] retired|discontinued|withdrew|withdrawn|dropped|sunset|sunsetted the|our|this|that|support|it|them",
                // "We've blocked card payments to crypto exchanges."
                "we|they [have] [now] blocked|banned|disabled|restricted|stopped|suspended|paused <word> [<word>] payments|purchases|transfers|orders|bookings|sales|deliveries|shipping|withdrawals|deposits",
                "we|they [have] [now] stopped|suspended|paused delivery|deliveries|collection|collections|ordering|orders|service|services",
                // Not one of those who can: "we are not a participating retailer".
                "is|are|was|were not a|an participating|eligible|authorised|authorized|approved|official|registered retailer|partner|stockist|seller|dealer|store|location|branch|provider|member",
                "taken offline|down",
            ],
        ),
        (
            Kind::SoldOut,
            lines![
                "no [more|further] <word> [<word>] left|remaining",
                // "All our Christmas Eve slots are fully booked now."
                "fully booked|reserved|subscribed",
                "booked up",
                "out of stock",
                "sold out",
                "not in stock",
                "has|have|had [now|already] expired|ended|closed",
                // A time limit gone by: "the deadline for claims has passed".
                "deadline|window|cut-off|cutoff *3 has|have|had [now|already] passed|closed|expired|ended",
                // What one enters by, shut: "entries are closed", "registration is now closed".
                "entries|registration|registrations|applications|submissions|nominations|voting|signups|sign-ups|enrolment|enrollment|preorders|pre-orders is|are [now|already] closed",
                "is|are|was|were [now|already] expired",
                // "That code expired Sunday at midnight."
                "code|coupon|voucher|offer|promo|promotion|discount|deal|sale|sales expired|ended|finished",
                // Out of reach, and that is the reason: "that address is outside our delivery
                // area".
                "is|are [now|just|currently] outside|beyond our|the [<word>] area|areas|zone|zones|radius|region|coverage|catchment",
            ],
        ),
        (
            Kind::Final,
            lines![
                "nothing [else|more|further] [that] we|i can|could [do|offer]",
                "that's|it's|is|was|are the best|most|all|only [thing] [which|that] we|i can|could|are|were [able] [to] [do|offer|provide|give]",
                "that's|it's all we|i can|could",
                // "The decision on the claim stands."
                "decision|outcome|verdict|ruling [on|for] *3 (stands|remains|is final|will stand|has not changed)",
                // The charge kept: "so the fee stands as stated in our T&Cs".
                "fee|fees|charge|charges|fine|penalty stands|stand|remains|remain",
            ],
        ),
        (
            Kind::OnlyAllowed,
            lines![
                "can|could|may only <word>",
                // Only someone else may: "only the account holder can make changes".
                "only the|a|an [<word>] [<word>] holder|holders|owner|owners|cardholder|cardholders|admin|admins|administrator|administrators|guardian|guardians can|may",
                "only obligated|required|allowed|permitted|able|authorised|authorized to",
            ],
        ),
        (
            Kind::OnlyOption,
            lines![
                "the only <word> [that|which] we|i have|offer|carry|provide|stock|currently|got|sell",
            ],
        ),
        (
            Kind::Charge,
            lines![
                "charge|charges|fee|fees [will|would|does|do|shall|still|must] [still] [be] apply|applies|applied|charged|payable",
                "requir* [a|an] *2 charge|fee|payment|deposit",
                "there is a|an [small|extra|additional|standard] charge|fee",
                "there will be a|an [small|extra|additional|standard] charge|fee",
                "will|would [still] be charged|billed",
            ],
        ),
        (
            Kind::Denied,
            lines![
                "is|are|was|were|been|be|being|has|have [been] denied|rejected|refused",
                // Declined as a decision ("the claim has been declined"), not a card a shop may
                // decline ("payments can be declined by our fraud checks").
                "has|have|had been declined",
                "was|were declined",
                "must|have|need to decline|refuse|deny|reject",
            ],
        ),
    ];
    Phrases::kinded(groups)
});

/// Verbs after "can't" / "unable to" that do not refuse anything: feelings and emphasis
/// ("can't wait", "can't thank you enough", "can't argue with that"), finding out ("couldn't
/// find", "can't see") and what nobody rules ("we can't control the weather").
const NOT_REFUSING: List = words!(
    "wait imagine believe thank stress emphasize emphasise overstate begin resist express \
    describe fathom agree beat miss forget stop tell ask find locate see reproduce \
    replicate recreate trace spot detect identify pinpoint hear praise recommend promise \
    guarantee seem cope rule control argue complain fault blame"
);

/// What a service or a journey failed to do, told in the past: an account of what went
/// wrong, not a no to what the customer asks ("the club was unable to open this morning",
/// "the driver wasn't able to reach your street"). A past no to a request ("we were unable
/// to approve your claim") still refuses.
const WHAT_HAPPENED: List = words!("open operate run deliver collect attend arrive reach depart leave land start finish complete connect load board get access contact park stop prepare make cook fill");

/// Whether the inability before `verb` is told in the past ("was unable to", "weren't able
/// to") about one of [`WHAT_HAPPENED`].
fn tells_what_happened(draft: &Draft, tokens: &Range<usize>, verb: &str) -> bool {
    let past = draft.tokens[tokens.start.saturating_sub(2)..tokens.end]
        .iter()
        .any(|t| t.norm.is_among("was were wasn't weren't"));
    past && among(WHAT_HAPPENED, verb)
}

/// Others who may be unable to do something: a no in their name is not ours to the customer.
const OTHER_PARTIES: List = words!(
    "bank banks issuer issuers carrier carriers airline airlines \
    provider providers seller sellers courier couriers network networks manufacturer \
    retailer merchant merchants platform publisher developer"
);

/// What can be done to a thing against its owner: "can't be blocked", "can't be hacked" is
/// protection, not a no.
const HARMS: List = words!(
    "blocked hacked stolen lost intercepted tracked traced detected cloned copied \
    guessed cracked breached compromised"
);

/// Adverbs that may sit between "can't" and its verb.
const ADVERBS: List = words!(
    "really currently simply possibly even yet just always actually presently technically \
    unfortunately sadly personally directly"
);

/// Verbs after "can't" that ask for information rather than an action.
const INFO_VERBS: List =
    words!("share confirm comment disclose announce say speculate reveal predict spill");

/// Who refuses after "so", in a consequence rather than a purpose: "so we can't", "so it's
/// not something we're able to raise" ("we're" is already `we` + `are`; "it's" stays whole).
const PRONOUNS: List = words!("we i you they it this it's");

/// Words for information; a "can't give you" about them is a "no news".
const INFO_WORDS: List = words!(
    "info information details news update updates announcement eta etr timeline timeframe \
    date"
);

/// Where a limit says how to get the thing ("only available through our app").
const WAY_WORDS: List = words!(
    "through via online website site web app application store stores in-store shop shops \
    phone chat link counter branch branches"
);

/// Every refusal in the draft, at most one per sentence, with the clauses and sentences
/// that only look like one (questions, conditions, the customer's own "can't", feelings)
/// left out. `customer` helps with a bare "No." and with charges.
pub fn find_refusals(draft: &Draft, customer: Option<&Draft>) -> Vec<Refusal> {
    let mut found = Vec::new();
    // Facts about the whole exchange: whether the customer wrote about money (a charge is a
    // no only then), and, worked out only when a bare "No." needs it, whether it answers
    // their request.
    let about_money = customer.is_some_and(mentions_money);
    let answers_request = std::cell::OnceCell::new();
    let asked_for = customer.map(requested_actions).unwrap_or_default();
    // What a sentence holds is remembered with it, and the list of the sentences holding a
    // no with the draft, so a keystroke elsewhere in a long draft reads neither again: the
    // no if the bare "No." answers the request, and if not, in the sentence's own offsets.
    // The words saying no may read one token on, and end before a sign-off: the sentences
    // that end past the body are worked out again each time.
    let body_end = draft.body_end();
    let past_body = draft.sentences.len() - draft.sentences.partition_point(|s| s.end <= body_end);
    let key = (about_money, asked_for.clone());
    let held = draft.by_sentence(key, (0, 1, past_body), |index| {
        let sentence = &draft.sentences[index];
        let held = draft.decided(index, about_money, || {
            sentence_no(draft, sentence, about_money).moved(|t| t - sentence.tokens.start)
        });
        let held = held.1.moved(|t| t + sentence.tokens.start);
        let declines = || {
            declines_request(draft, sentence, &asked_for, about_money).map(|t| (Kind::Inability, t))
        };
        let bare = held.refusal.is_none() && held.bare.is_some();
        let (if_answers, if_not) = match (held.refusal, held.bare) {
            (Some(hit), _) => (Some(hit), None),
            (None, Some(bare)) => (Some((Kind::BareNo, bare)), declines()),
            (None, None) => (declines(), None),
        };
        let relative = |hit: Option<(Kind, Range<usize>)>| {
            let (kind, tokens) = hit?;
            let (span, stretch) = stretch(draft, index, &tokens);
            let (byte, token) = (sentence.start, sentence.tokens.start);
            Some((
                kind,
                span.start - byte..span.end - byte,
                stretch.start - token..stretch.end - token,
                Rc::<Facts>::default(),
            ))
        };
        // One call site, so that the words' search is compiled once.
        let [if_answers, if_not] = [if_answers, if_not].map(relative);
        (if_answers.is_some() || if_not.is_some()).then_some((bare, if_answers, if_not))
    });
    for (index, (bare, if_answers, if_not)) in held.found() {
        // A bare "No." is a no only if it answers the customer's request.
        let hit = match bare {
            true if *answers_request.get_or_init(|| no_answers_request(draft, customer)) => {
                if_answers
            }
            true => if_not,
            false => if_answers,
        };
        if let Some((kind, span, stretch, facts)) = hit {
            let sentence = &draft.sentences[index];
            let (byte, token) = (sentence.start, sentence.tokens.start);
            found.push(Refusal {
                kind: *kind,
                sentence: index,
                span: span.start + byte..span.end + byte,
                stretch: stretch.start + token..stretch.end + token,
                facts: facts.clone(),
            });
        }
    }
    if asked_for.is_empty() {
        found.retain(|refusal| refusal.kind != Kind::Terms);
    }
    // "Will I be charged now or when it ships?": a charge told to someone asking when it
    // falls answers when, not whether.
    // So does a charge told to someone asking whether there is one ("is there a fee to use
    // my card abroad?" -> "outside the EEA, a 2.99% fee applies").
    // ("Why do I have to pay for my seat?" disputes one.)
    let asks_if_charged = |c: &Draft| {
        ASKS_IF_CHARGED
            .find(c)
            .iter()
            .any(|m| m.tokens.start == 0 || c.tokens[m.tokens.start - 1].norm != "why")
    };
    if customer.is_some_and(|c| asks_when(c) || asks_if_charged(c)) {
        found.retain(|refusal| refusal.kind != Kind::Charge);
    }
    // "Will claiming affect my no claims?" -> "No, claims don't affect your discount": a harm
    // they asked about, denied, is good news.
    let feared = customer
        .filter(|_| !found.is_empty())
        .map(feared_harms)
        .unwrap_or_default();
    if !feared.is_empty() {
        found.retain(|refusal| {
            !draft.tokens[refusal.stretch.clone()]
                .iter()
                .any(|t| feared.contains(&stem(&t.norm)))
        });
    }
    // After a yes ("Yes! Dogs travel free ... They can't sit on seats, though"), a later no
    // is a condition of what was granted, unless it is about what the customer asked for
    // ("Yes, we can refund it. We can't refund the delivery fee, though").
    if let Some(customer) = customer.filter(|_| !found.is_empty()) {
        // The first sentence that grants, from the sentences' list kept with the draft.
        #[derive(Clone)]
        struct Grants;
        let granting = draft.by_sentence((), (0, 0, 0), |i| {
            grants(draft, &draft.sentences[i]).then_some(Grants)
        });
        if let Some(granted) = granting.first_from(0) {
            let asked = asked_about(customer);
            found.retain(|refusal| {
                refusal.sentence < granted
                    || draft.tokens[refusal.stretch.clone()]
                        .iter()
                        .any(|t| asked.contains(&stem(&t.norm)))
            });
        }
    }
    found
}

/// What a customer may fear comes to them or theirs, asked as "will I lose my saves?", "will
/// it affect my credit score?", "does a claim void the warranty?": a "no" to it is good news.
/// Not what they may ask for ("cancel", "increase"), which a "no" refuses.
const FEARED_HARMS: List = words!(
    "lose losing lost delete deleted wipe wiped affect affects affected break void voids \
    invalidate invalidates penalise penalize"
);

/// What may be done with a customer's own things that they fear, asked as "are you selling
/// my data?", "do you share my details?", "is my card stored?": feared only of their own
/// things ("do you sell gift cards?" asks to buy), and a "no" to it reassures.
const PRIVACY_HARMS: List = words!(
    "sell selling share sharing shared pass passing passed track tracking tracked \
    store storing stored record recording recorded monitor monitoring monitored spy spying \
    leak leaking leaked"
);

/// The harms a customer asks whether they will come to ("will it affect my credit score?",
/// "does a claim void the warranty?", "are you selling my data?"), by their stems; not asked
/// as a request ("can you cancel it?").
fn feared_harms<'a>(customer: &'a Draft) -> Vec<&'a str> {
    const ASKING_FOR: List = words!("can could would please want");
    let mut feared = Vec::new();
    for sentence in customer.sentences.iter().filter(|s| customer.asks(s)) {
        let words = customer.sentence_words(sentence);
        if words.iter().any(|w| among(ASKING_FOR, w)) {
            continue;
        }
        for (i, &word) in words.iter().enumerate() {
            // The harm itself, not a thing named by it ("deleted chats", "lost luggage"); a
            // harm to their data only near "my" or "our".
            let of_theirs = || {
                words[i.saturating_sub(4)..(i + 4).min(words.len())]
                    .iter()
                    .any(|w| among("my our", w))
            };
            if (among(FEARED_HARMS, word) && !is_participle(word))
                || (among(PRIVACY_HARMS, word) && of_theirs())
            {
                feared.push(stem(word));
            }
        }
    }
    feared
}

/// The content words of the customer's questions (of the whole message if it asks none),
/// by their stems: what a no must name to refuse what was asked.
fn asked_about<'a>(customer: &'a Draft) -> Vec<&'a str> {
    const FUNCTION_WORDS: List = words!(
        "can could will would do does did not no yes the a an to of \
        for on in at with by from my your our their his her its it this that these those is are \
        was were be been am have has had get got i you we they he she me us them please thanks \
        thank hi hello hey any some there what when why how where which who just still also"
    );
    let questions: Vec<_> = customer
        .sentences
        .iter()
        .filter(|s| customer.asks(s))
        .collect();
    let asked = |i: &usize| questions.is_empty() || questions.iter().any(|s| s.tokens.contains(i));
    customer
        .tokens
        .iter()
        .enumerate()
        .filter(|(i, t)| {
            asked(i)
                && t.kind == TokenKind::Word
                && t.norm.len() > 2
                && !among(FUNCTION_WORDS, &t.norm)
        })
        .map(|(_, t)| stem(&t.norm))
        .collect()
}

/// A word without its plural or tense ending, so that "refunds" and "refund" meet, and
/// "share", "shared" and "sharing" ("shar").
fn stem(word: &str) -> &str {
    if word.len() <= 4 {
        return word;
    }
    let bare = ["ing", "ed", "es", "s"]
        .iter()
        .find_map(|ending| word.strip_suffix(ending))
        .unwrap_or(word);
    match bare.strip_suffix('e') {
        Some(without) if without.len() >= 4 => without,
        _ => bare,
    }
}

/// What one sentence holds of a no: the phrase that refuses, or else a bare "No." (a
/// refusal only when it answers the customer's request). A question refuses nothing.
#[derive(Clone)]
struct SentenceNo {
    refusal: Option<(Kind, Range<usize>)>,
    bare: Option<Range<usize>>,
}

impl SentenceNo {
    /// The same with its token ranges moved by `at`: into the sentence's own offsets to be
    /// remembered with it, and back out.
    fn moved(&self, at: impl Fn(usize) -> usize) -> SentenceNo {
        let range = |r: &Range<usize>| at(r.start)..at(r.end);
        SentenceNo {
            refusal: self.refusal.as_ref().map(|(kind, r)| (*kind, range(r))),
            bare: self.bare.as_ref().map(range),
        }
    }
}

fn sentence_no(draft: &Draft, sentence: &Sentence, about_money: bool) -> SentenceNo {
    if draft.is_question(sentence) || grants(draft, sentence) {
        return SentenceNo {
            refusal: None,
            bare: None,
        };
    }
    let (phrases, kinds) = &*REFUSALS;
    let refusal = phrases
        .find_in(draft, sentence.tokens.clone())
        .into_iter()
        .filter_map(|m| {
            let kind = refine(draft, kinds[m.phrase], &m.tokens)?;
            keeps(draft, kind, &m.tokens, about_money).then_some((kind, m.tokens))
        })
        .next();
    let bare = refusal
        .is_none()
        .then(|| bare_no(draft, sentence.tokens.clone()))
        .flatten();
    SentenceNo { refusal, bare }
}

/// A sentence that opens by saying yes ("Yes, power banks must go in your hand luggage and
/// can't be checked in"): a limit inside it tells how, it does not refuse. Not when it turns
/// ("Sure, but we can't refund the fee").
fn grants(draft: &Draft, sentence: &Sentence) -> bool {
    let words = &draft.sentence_tokens(sentence);
    let mut content = words.iter().filter(|t| t.kind == TokenKind::Word);
    let opens_with_yes = match content.next().map(|t| t.norm.as_str()) {
        Some(
            "yes" | "yep" | "yeah" | "yup" | "sure" | "absolutely" | "definitely" | "certainly",
        ) => true,
        Some("of") => content.next().is_some_and(|t| t.norm == "course"),
        _ => false,
    };
    opens_with_yes
        && !words.iter().any(|t| {
            t.norm
                .is_among("but however though although unfortunately sadly afraid")
        })
}

/// Checks the word after "can't"/"unable to" and sharpens the kind; `None` when it is not
/// a refusal after all.
fn refine(draft: &Draft, kind: Kind, tokens: &Range<usize>) -> Option<Kind> {
    let words = &draft.tokens;
    if kind == Kind::OnlyAllowed {
        // "I can only imagine how annoying that is", "we can only apologise": a feeling
        // stressed, not a limit; "we can only see one charge": what they found, not a limit.
        if words[tokens.clone()].iter().any(|t| {
            t.norm
                .is_among("imagine apologise apologize apologies thank hope guess see find")
        }) {
            return None;
        }
        // "We can only offer a refund" names the option it offers.
        let offers = words[tokens.clone()].iter().any(|t| {
            among(
                "offer provide give issue refund replace send arrange exchange",
                t.norm.as_str(),
            )
        });
        return Some(if offers { Kind::OnlyOption } else { kind });
    }
    if kind != Kind::Inability {
        return Some(kind);
    }
    let norms: Vec<&str> = words[tokens.clone()]
        .iter()
        .map(|t| t.norm.as_str())
        .collect();
    // A match may run past the window its clause is looked for in (the gap in "do not ...
    // accept" skips a run of emoji): the clause then ends with the match.
    let clause_end = draft.clause_window(tokens.start, LOOK)?.end.max(tokens.end);
    let mentions_info = || {
        words[tokens.end..clause_end]
            .iter()
            .any(|t| among(INFO_WORDS, &t.norm))
    };
    // Only the modal forms need their verb checked.
    let modal = matches!(norms.last(), Some(&("not" | "to")));
    // "The driver couldn't deliver, so it's at your depot": what a journey failed to do,
    // told in the past (as "wasn't able to", see `tells_what_happened`).
    if norms.first() == Some(&"could") && norms.last().is_some_and(|v| among(WHAT_HAPPENED, v)) {
        return None;
    }
    if !modal {
        return Some(if mentions_info() { Kind::NoInfo } else { kind });
    }
    let next_word = |from: usize| {
        (from..clause_end)
            .find(|&i| words[i].kind == TokenKind::Word && !among(ADVERBS, &words[i].norm))
    };
    let verb_at = next_word(tokens.end)?;
    let verb = words[verb_at].norm.as_str();
    let rest = &words[verb_at + 1..clause_end];
    let says_enough = rest.iter().any(|t| t.norm == "enough");
    // "Projects can't delete themselves": what a thing cannot do to itself is a fact about
    // it, not a no to the customer.
    let reflexive = rest
        .first()
        .is_some_and(|t| t.norm.is_among("itself themselves himself herself"));
    if among(NOT_REFUSING, verb)
        || says_enough
        || reflexive
        || tells_what_happened(draft, tokens, verb)
    {
        return None;
    }
    match verb {
        "help"
            if rest
                .first()
                .is_some_and(|t| among("but feeling thinking noticing", t.norm.as_str())) =>
        {
            return None
        }
        "go" if rest.first().is_some_and(|t| t.norm == "wrong") => return None,
        "change" | "undo" if rest.iter().take(2).any(|t| t.norm == "past") => return None,
        // "So this can't happen again" reassures; it refuses nothing.
        "happen" | "occur" | "recur" => return None,
        "say" | "confirm" | "tell" if rest.first().is_some_and(|t| t.norm == "for") => return None,
        "get" if rest.first().is_some_and(|t| t.norm == "over") => return None,
        // "We can't make any promises" holds back a commitment; it refuses nothing.
        "make" | "give" | "offer"
            if rest
                .iter()
                .take(3)
                .any(|t| t.norm.starts_with("promise") || t.norm.starts_with("guarantee")) =>
        {
            return None
        }
        "be" => {
            let participle = next_word(verb_at + 1).map(|i| words[i].norm.as_str())?;
            // "It can't be blocked by any streaming service" tells what cannot happen to it;
            // "upgrades can't be guaranteed" holds back a commitment, as "can't guarantee" does.
            if !is_participle(participle)
                || among(HARMS, participle)
                || participle.starts_with("guarantee")
                || participle.starts_with("promise")
            {
                return None;
            }
            // "Your details can't be accessed by anyone else" protects them as well.
            // "... when the payment can't be authorised by the card issuer" tells what
            // another party cannot do.
            let by_others = rest.windows(3).take(2).any(|w| {
                w[1].norm == "by"
                    && w[2]
                        .norm
                        .is_among("anyone anybody others other strangers nobody third outsiders")
            }) || rest
                .iter()
                .take(3)
                .position(|t| t.norm == "by")
                .is_some_and(|by| {
                    rest[by + 1..(by + 4).min(rest.len())]
                        .iter()
                        .any(|t| t.norm.is_among(OTHER_PARTIES))
                });
            if by_others {
                return None;
            }
        }
        _ => {}
    }
    if among(INFO_VERBS, verb) || mentions_info() {
        return Some(Kind::NoInfo);
    }
    Some(kind)
}

/// A symptom explained: "that message usually appears when the device can't reach the
/// internet", "a blinking light means the router can't reach it". What a thing cannot do
/// after "means", or in a "when" clause after "usually" or "appears", is a diagnosis, not a
/// no.
fn diagnosis(draft: &Draft, start: usize) -> bool {
    let Some(sentence) = draft.sentence_of(start) else {
        return false;
    };
    let before = &draft.tokens[draft.sentences[sentence].tokens.start..start];
    // A sign read ("the light usually means"), not a consequence ("I'm afraid that means
    // it's not available").
    let means = before.windows(2).any(|w| {
        w[1].norm.is_among("means indicates suggests")
            && w[0].norm.is_among(
                "usually normally often typically light lights message error code icon symbol \
                sound beep screen",
            )
    });
    let when = before
        .iter()
        .rposition(|t| t.norm.is_among("when whenever"));
    // "Orders are sometimes cancelled automatically when our system can't verify the
    // payment": what happens as a rule, and when.
    means
        || when.is_some_and(|at| {
            before[..at].iter().any(|t| {
                t.norm.is_among(
                    "usually normally appears appear shows happens occurs pops sometimes often \
                    typically generally occasionally automatically",
                )
            })
        })
}

/// Whether a match of `kind` is a refusal in its context.
fn keeps(draft: &Draft, kind: Kind, tokens: &Range<usize>, about_money: bool) -> bool {
    let words = &draft.tokens;
    let start = tokens.start;
    // Only the no's own sentence is read, so that what it says is remembered with it.
    let Some(sentence) = draft
        .sentence_of(start)
        .map(|s| draft.sentences[s].tokens.clone())
    else {
        return false;
    };
    if draft.in_condition(start) || draft.in_quotes(start) || diagnosis(draft, start) {
        return false;
    }
    // "A mast has been switched off by the site owner" tells what someone else did: a cause;
    // "matchmaking takes longer with it turned off" names a setting.
    // So does "its chipset isn't supported by the new version": another's limit, the reason
    // for a no, not one ("not supported by our app" still refuses).
    let off = words[tokens.end - 1].norm == "off";
    let by_another = words.get(tokens.end).is_some_and(|t| t.norm == "by")
        && words
            .get(tokens.end + 1)
            .is_some_and(|t| !t.norm.is_among("us our me my"));
    let done_by_another = by_another
        && (off
            || words[tokens.end - 1]
                .norm
                .is_among("supported compatible declined rejected blocked refused"));
    // So does "subtitles are switched off in your profile settings": a setting of theirs.
    let a_setting = off
        && ((start >= 2
            && words[start - 1].norm.is_among("it them this that")
            && words[start - 2].norm.is_among("with keep leave have"))
            || words[tokens.end..(tokens.end + 4).min(sentence.end)]
                .iter()
                .any(|t| t.norm == "your"));
    // "The snow has closed the A9", "I've closed the old line now": something closed, not
    // a door shut on the customer ("bookings have closed").
    let closed_something = kind == Kind::SoldOut
        && words[tokens.end - 1].norm == "closed"
        && words.get(tokens.end).is_some_and(|t| {
            t.norm
                .is_among("the it them this that your my our a an his her their its")
        });
    // "I was not able to comprehend your concern": the agent's own understanding, a question
    // coming, not a no to the customer.
    let not_understood = kind == Kind::Inability
        && words[tokens.end..(tokens.end + 2).min(sentence.end)]
            .iter()
            .any(|t| t.norm.is_among("understand comprehend follow"));
    // A rule the customer meets is a yes: "the minimum is iPadOS 15, so your iPad can run
    // it", "free shipping is for orders over $50, so yours qualifies"; a rule that explains
    // what happened refuses nothing ("they can only be started with your password, so this
    // was started from your phone").
    let met = matches!(kind, Kind::Terms | Kind::OnlyAllowed | Kind::OnlyWhere) && {
        let mut after_so = words[tokens.end..sentence.end]
            .iter()
            .skip_while(|t| t.norm != "so")
            .skip(1)
            .take(6);
        after_so.any(|t| {
            t.norm
                .is_among("can qualify qualifies eligible covered fine was were")
        })
    };
    // "The store was out of stock, so the order couldn't be filled", "the account was
    // suspended, which is why ...": what was so, told as the cause of what followed.
    let a_past_cause = words[start.saturating_sub(1)..=start]
        .iter()
        .any(|t| t.norm.is_among("was were"))
        && words[tokens.end..sentence.end].windows(2).any(|w| {
            (w[0].norm == "," && w[1].norm == "so")
                || (w[0].norm.is_among("is that's") && w[1].norm == "why")
        });
    // "Drivers can be suspended while it's investigated": what may be done, not a no.
    let possible = start > 0
        && words[start].norm == "be"
        && words[start - 1].norm.is_among("can could may might");
    // "It isn't available yet, but it launches on 3 March": not yet, and when.
    let dated = words[tokens.end..sentence.end]
        .iter()
        .take(2)
        .any(|t| t.norm == "yet")
        && CONCRETE_TIME.occurs_in(draft, tokens.end..sentence.end);
    if done_by_another
        || a_setting
        || closed_something
        || not_understood
        || met
        || a_past_cause
        || dated
        || possible
    {
        return false;
    }
    // "Sorry to hear it's out of stock" echoes the customer's news; "some shows are not
    // available abroad" states a general rule, not a no to this request.
    let clause_start = draft.clause_window(start, LOOK).map_or(start, |c| c.start);
    let before = &words[clause_start..start];
    let echoes = before.windows(2).any(|w| {
        (w[0].norm == "to" && among("hear see learn read know", w[1].norm.as_str()))
            || (among("hear heard", w[0].norm.as_str()) && w[1].norm == "that")
    });
    // ... or "water damage isn't covered on most models", the rule for most, told to someone
    // whose own may be the exception.
    const SOME: List = words!(
        "some certain many most several sometimes occasionally often normally \
        usually generally typically ordinarily"
    );
    let general = words[clause_start..start]
        .iter()
        .find(|t| !t.norm.is_among("so and but"))
        .is_some_and(|t| t.norm.is_among(SOME))
        || words[tokens.end..(tokens.end + 4).min(sentence.end)]
            .windows(2)
            .any(|w| w[0].norm.is_among("on for with in") && w[1].norm.is_among(SOME));
    // "The trade-off is that it can't be cancelled": the price of an option offered, not a no.
    let a_trade_off = before.iter().any(|t| {
        t.norm
            .is_among("trade-off tradeoff catch downside drawback")
    });
    // "You may be unable to ..." hedges; it is not a no.
    let hedged = words[start.saturating_sub(3).max(clause_start)..start]
        .iter()
        .any(|t| among("may might", t.norm.as_str()));
    // "Since the room is not available, ..." and "... as your ticket was non-refundable" give
    // the no as the reason for something else ("As of today, ..." opens with a time).
    // Not when a comma closes the reason before the no: "As it's an Advance ticket, it's
    // non-refundable" refuses.
    let reason_at = before
        .iter()
        .rposition(|t| among("since because as", t.norm.as_str()));
    let as_reason = reason_at.is_some_and(|at| !before[at..].iter().any(|t| t.norm == ","))
        && (before.first().is_some_and(|t| t.norm != "as")
            // "as online prices change hourly and can't be checked": a clause of its own;
            // not "as of today", "as per our policy" or "as a result".
            || before.get(1).is_some_and(|t| {
                t.kind == TokenKind::Word && !t.norm.is_among("of soon well far long per a an such if")
            }));
    // "... so paws can't end your run": what a tip is for, said of someone or something
    // other than us or the customer ("so we can't refund it" still refuses).
    // "..., so it's not something we're able to raise" still refuses: a pronoun after "so"
    // ("so that" is the purpose's own word); so does a rule said in the passive ("so name
    // changes can't be reversed").
    let passive = words[start].norm == "can"
        && words[start + 1..]
            .iter()
            .take(2)
            .find(|t| t.norm != "not")
            .is_some_and(|t| t.norm == "be");
    let purpose = before.len() >= 2
        && before
            .iter()
            .rposition(|t| t.norm == "so")
            .is_some_and(|so| {
                before
                    .get(so + 1)
                    .is_some_and(|t| !t.norm.is_among(PRONOUNS) && (t.norm == "that" || !passive))
            })
        && before.last().is_some_and(|t| {
            t.kind == TokenKind::Word && !t.norm.is_among(PRONOUNS) && t.norm != "that"
        });
    // "Sorry, that's no way to watch a game": sympathy with the customer, not a no.
    let no_way_to_be_treated = words[start].norm == "no"
        && words.get(start + 1).is_some_and(|t| t.norm == "way")
        && match (
            start
                .checked_sub(2)
                .filter(|&i| i >= sentence.start)
                .map(|i| &words[i]),
            start
                .checked_sub(1)
                .filter(|&i| i >= sentence.start)
                .map(|i| &words[i]),
        ) {
            (_, Some(before)) if before.norm.is_among("that's what") => true,
            (Some(that), Some(is)) => is.norm == "is" && that.norm.is_among("that this"),
            _ => false,
        };
    // "It wouldn't be possible for someone else to use your address" protects the customer.
    let for_others = draft.tokens[tokens.end..(tokens.end + 4).min(sentence.end)]
        .windows(2)
        .any(|w| {
            w[0].norm == "for"
                && among(
                    "someone anyone others nobody strangers other",
                    w[1].norm.as_str(),
                )
        });
    if echoes
        || no_way_to_be_treated
        || general
        || (purpose && kind == Kind::Inability)
        || a_trade_off
        || hedged
        || as_reason
        || for_others
        || reassures(draft, start)
        || to_be_checked(draft, sentence.start, start)
        || says_when_or_how(draft, tokens.end, sentence.end)
        || spares_a_cost(words, tokens, sentence.end)
        || (kind == Kind::Inability && a_lesser_thing(before, &words[start..sentence.end]))
    {
        return false;
    }
    let previous = (start.saturating_sub(LOOK).max(sentence.start)..start)
        .rev()
        .find(|&i| words[i].kind != TokenKind::Symbol)
        .filter(|&i| words[i].kind == TokenKind::Word)
        .map(|i| words[i].norm.as_str());
    let actor_matters = matches!(kind, Kind::Inability | Kind::OnlyAllowed | Kind::NoInfo);
    // "You can't log in" tells the customer's problem back; "you won't be able to revert to
    // iOS 10" and "you'll not be able to use that card" answer what they asked: a no said
    // of what is still to come. "Once it ships, you won't be able to change it" warns of a
    // consequence instead.
    let told_ahead = || {
        kind == Kind::Inability
            && !words[sentence.start..start].iter().any(|t| {
                t.norm
                    .is_among("if once when whenever after unless until before")
            })
            && match (
                start.checked_sub(2).map(|i| &words[i]),
                start.checked_sub(1).map(|i| &words[i]),
            ) {
                (Some(you), Some(will)) if words[start].norm == "not" => {
                    you.norm == "you" && will.norm.is_among("will would shall")
                }
                _ => false,
            }
    };
    if actor_matters && draft.actor_of(start) == Subject::Customer && !told_ahead() {
        return false;
    }
    // "... can be turned off at any time" offers a choice; "questions not covered by the
    // terms" names a kind of thing. Neither says no.
    let first = words[start].norm.as_str();
    let can_be = first == "turned" || first == "switched" || first == "shut";
    // ... and "I've turned off auto-renew" is done for the customer by the agent ("we have
    // turned off online ordering" is the service switched off).
    let before = &words[start.saturating_sub(2).max(sentence.start)..start];
    let done_by_the_agent =
        matches!(before, [who, have] if who.norm == "i" && have.norm.is_among("have has had"));
    if can_be && (done_by_the_agent || before.iter().any(|t| t.norm.is_among("can could may to"))) {
        return false;
    }
    // "We've switched it off for you, as requested" is a favour done, not a service withheld.
    let switched_off = words[tokens.end - 1].norm == "off";
    let for_them = words[tokens.end..(tokens.end + 3).min(sentence.end)]
        .windows(2)
        .any(|w| {
            (w[0].norm == "for" && w[1].norm.is_among("you u"))
                || (w[0].norm == "as" && w[1].norm == "requested")
        });
    if switched_off && for_them {
        return false;
    }
    if first == "not" && kind == Kind::Unavailable && previous.is_some_and(names_a_thing) {
        return false;
    }
    match kind {
        Kind::Inability | Kind::NoInfo => {
            // "Please don't give out your number" tells the customer what not to do.
            let first = &words[start].norm;
            let imperative = among("do does did", first.as_str())
                && previous.is_none_or(|p| among("please kindly just and but so", p));
            // "I'm sorry I don't have better news" regrets; it holds nothing back.
            let regrets = words[tokens.clone()]
                .iter()
                .any(|t| t.norm.is_among("better good happier brighter nicer"));
            // "Three weeks with no updates isn't acceptable" tells what they went through.
            let told_of =
                kind == Kind::NoInfo && previous.is_some_and(|p| among("with without", p));
            !imperative && !regrets && !told_of
        }
        Kind::OnlyWhere | Kind::OnlyAllowed => {
            // "Replacements only ship once the old one reaches us" tells when, not whether.
            let when = words
                .get(tokens.end)
                .is_some_and(|t| t.norm.is_among("once when after until"));
            // "your fare, which covers a cabin bag only" describes what they have.
            if when || matches!(previous, Some("not" | "if" | "which")) {
                return false;
            }
            // "only available through our app" is directions, not a refusal.
            let end = sentence.end.min(tokens.end + LOOK);
            kind == Kind::OnlyAllowed
                || !words[tokens.end..end]
                    .iter()
                    .any(|t| among(WAY_WORDS, &t.norm))
        }
        // "No court costs will be charged" is good news, not a charge.
        Kind::Charge => about_money && !draft.has_negation(sentence.start..start),
        _ => true,
    }
}

/// Whether the no is a cost not carried: "the Essentials rate doesn't carry the fee", "this
/// plan doesn't include a setup charge". Good news, not a refusal; a cost not taken away
/// ("we can't waive the fee") still refuses.
fn spares_a_cost(words: &[Token], tokens: &Range<usize>, sentence_end: usize) -> bool {
    const CARRY: List = words!(
        "carry carries include includes have has add adds attract attracts incur \
        incurs require requires"
    );
    const COST: List = words!(
        "fee fees charge charges surcharge surcharges penalty penalties deposit \
        commission interest markup"
    );
    words[tokens.clone()]
        .last()
        .is_some_and(|verb| among(CARRY, &verb.norm))
        && words[tokens.end..(tokens.end + 4).min(sentence_end)]
            .iter()
            .any(|t| among(COST, &t.norm))
}

/// Whether the no's clause goes on to say when or how it becomes a yes: "we can't issue the
/// refund until the parcel is back with us", "I can't do that unless you send the receipt",
/// "... unless we receive the denial letter".
/// A "not yet" or a condition the customer can meet is a way forward, not a no. (Not "until
/// further notice", which is open-ended, nor "unless it's unopened", a rule the customer
/// may not meet; nor "once", which as often sets the limit: "we can't refund once it has
/// shipped".)
fn says_when_or_how(draft: &Draft, after: usize, sentence_end: usize) -> bool {
    let Some(clause) = draft.clause_window(after.min(sentence_end - 1), LOOK) else {
        return false;
    };
    let words = &draft.tokens[after..clause.end.max(after)];
    // What the customer can send us: "unless we receive the letter", "unless the item is
    // returned".
    const SENT: &str = "receive receives received get gets see hear returned sent provided \
        submitted supplied shared uploaded";
    words.iter().enumerate().any(|(i, word)| {
        let next = words.get(i + 1).map(|t| t.norm.as_str());
        match word.norm.as_str() {
            "until" | "till" | "til" => next.is_some_and(|n| !among("further", n)),
            "unless" => {
                next.is_some_and(|n| among("you u your", n))
                    || words[i + 1..].iter().take(5).any(|t| t.norm.is_among(SENT))
            }
            _ => false,
        }
    })
}

/// Whether the no's subject is a lesser kind of thing: "older routers can't reach those
/// speeds", "anything less won't go faster than 100", "earlier versions don't support it".
/// What it is (older, less, cheaper) is the reason, told in the subject itself; a person in
/// the clause ("for older orders we can't ...") makes it a no again, and so does a rule
/// done to the thing ("older orders can't be refunded").
fn a_lesser_thing(subject: &[Token], rest: &[Token]) -> bool {
    const LESSER: List = words!(
        "older old earlier previous outdated legacy less lower slower smaller \
        cheaper"
    );
    const PEOPLE: &str = "i we you u they he she us our your my";
    let words = || subject.iter().filter(|t| t.kind == TokenKind::Word);
    let done_to_it = rest
        .windows(2)
        .take(4)
        .any(|w| w[0].norm == "be" && is_participle(&w[1].norm));
    words().any(|t| among(LESSER, &t.norm))
        && !words().any(|t| among(PEOPLE, &t.norm))
        && !done_to_it
}

/// Whether the no is a state the customer is asked to check: "check that push-to-talk is
/// switched off", "head to Settings and make sure the app is not running". An instruction
/// before it in its sentence, with no turn ("but") between (and not "we'll check", "I can
/// confirm"), makes the no the setting to look for, not a refusal.
fn to_be_checked(draft: &Draft, sentence_start: usize, start: usize) -> bool {
    let words = &draft.tokens[sentence_start..start];
    // Read back from the no; "sure" was the word after the one being read.
    let mut sure_next = false;
    for (i, word) in words.iter().enumerate().rev() {
        let word = word.norm.as_str();
        if among("but however although though", word) {
            return false;
        }
        // "Check in" and "check out" are a hotel's times, not an instruction.
        let check_in = word == "check"
            && words
                .get(i + 1)
                .is_some_and(|next| next.norm.is_among("in out"));
        if (among("check double-check ensure verify confirm", word) && !check_in)
            || (word == "make" && sure_next)
        {
            return i == 0
                || !words[i - 1]
                    .norm
                    .is_among("i we will can could to would shall");
        }
        sure_next = word == "sure";
    }
    false
}

/// Whether the no's sentence tells the customer they are fine: "older cables can't reach
/// that speed, so yours is fine", "nothing you need to do: the update can't touch your
/// saves". A no that protects or reassures refuses nothing.
fn reassures(draft: &Draft, token: usize) -> bool {
    draft
        .sentence_of(token)
        .is_some_and(|s| REASSURANCE.occurs_in(draft, draft.sentences[s].tokens.clone()))
}

/// Words that tell the customer all is well with what they have.
static REASSURANCE: LazyLock<Phrases> = LazyLock::new(|| {
    Phrases::lines(lines![
        "you are [all] set|fine|good|safe|covered|okay|ok",
        "yours|one|it|they|account|data|files|saves|games|order is|are [still] [perfectly|completely|totally] fine|safe|unaffected|protected|okay|ok|good",
        "you have is|are [perfectly] fine|safe|good|okay|ok",
        "nothing [that] you need|have to do|change|worry",
        "no need to worry|change|do|fret",
        "do not worry|fret",
        // What the customer has stays as it is: "nothing has changed with your plan; the new
        // price only applies to new customers".
        "nothing has|will [be] change|changed|changing for|with|on|about your|you",
        // The rest is fine: "gift cards can't buy gift cards, but everything else is fine".
        "everything|anything else is|works|will [be|work] fine|ok|okay|good",
        "your *2 stays|remains|stay|remain the same|unchanged|as",
        "you|yours|it|they are|is|will not [be] affected",
        // What they have works as it always does: "so your jacket can be returned as normal".
        "can|may|will [still] be <word> as normal|usual|always",
    ])
});

/// Whether a word right before "not available"/"not covered" is a noun the words describe
/// ("items not eligible for return", "questions not covered by the terms"): plural nouns
/// and a few kinds of thing, where a no would have "is", "are" or a pronoun there.
fn names_a_thing(word: &str) -> bool {
    const FUNCTION_WORDS: List = words!(
        "is are was were be been being am currently still also just \
        simply yet sadly unfortunately afraid this that it which and but so or as its always \
        longer really thus"
    );
    let function_word = among(FUNCTION_WORDS, word);
    let plural = word.ends_with('s') && word.len() > 3 && !word.as_bytes().contains(&b'\'');
    !function_word && (plural || among("anything something everything", word))
}

/// A sentence that is only "No." / "Nope." / "No, ..." answering the customer's request,
/// with nothing favourable after it ("Nope! Still just $3" is good news, not a refusal);
/// softened first it is still one ("Sadly no.", "I'm afraid not.").
fn bare_no(draft: &Draft, range: Range<usize>) -> Option<Range<usize>> {
    const SOFTENERS: &str = "sadly unfortunately sorry i am afraid hi hey hello hiya";
    let words = &draft.tokens;
    // "Sorry Sam, no.": the customer's name, said before the comma, is no word of the answer.
    let addressed = |i: usize| {
        !words[i].norm.is_among("no nope nah not")
            && draft.text[words[i].start..].starts_with(unicode::is_uppercase)
            && words.get(i + 1).is_some_and(|t| t.norm == ",")
    };
    let first = range.clone().find(|&i| {
        words[i].kind == TokenKind::Word && !among(SOFTENERS, &words[i].norm) && !addressed(i)
    })?;
    let softened = range
        .clone()
        .any(|i| i < first && words[i].kind == TokenKind::Word);
    // "It doesn't right now, no", "That isn't, sorry": the question's own verb said back,
    // denied, with nothing after it.
    let said_back = words[first].norm.is_among("it that they this we i")
        && words
            .get(first + 1)
            .is_some_and(|t| t.norm.is_among("does do is are will can"))
        && words.get(first + 2).is_some_and(|t| t.norm == "not");
    // "Not at this time.": a no put off to no time at all.
    // "Not at the moment, no." too: the no said again after it, and a sign-off.
    const NOT_NOW: List = words!("at this the time moment present yet now currently right year week month season today tonight weekend");
    let body_end = draft.body_end();
    let not_now = words[first].norm == "not"
        && range
            .clone()
            .filter(|&i| i > first && words[i].kind == TokenKind::Word && words[i].end <= body_end)
            .all(|i| among(NOT_NOW, &words[i].norm) || among("no nope sorry", &words[i].norm))
        && range.clone().any(|i| {
            i > first
                && words[i]
                    .norm
                    .is_among("time moment year week month season today tonight weekend")
        });
    let decline = match words[first].norm.as_str() {
        "no" | "nope" | "nah" => true,
        "not" => softened || not_now,
        _ => said_back,
    };
    if !decline {
        return None;
    }
    // "No." is read as the abbreviation "no." (number), so its dot stays inside the token.
    let stands_alone = said_back
        || not_now
        || draft.text[words[first].start..words[first].end].ends_with('.')
        || words
            .get(first + 1)
            .is_none_or(|t| !matches!(t.kind, TokenKind::Word | TokenKind::Number))
        // "No thank you.", "No thanks": an offer declined.
        || (words[first].norm == "no"
            && words
                .get(first + 1)
                .is_some_and(|t| t.norm.is_among("thanks thank")))
        || first + 1 >= range.end;
    if !stands_alone {
        return None;
    }
    // Only a bare decline: "No.", "No, sorry.", "Nope, I'm afraid not."
    const DECLINE: List = words!(
        "no nope nah sorry afraid i am not unfortunately sadly we can do will that's it's is \
        possible thanks thank you"
    );
    const SAID_BACK: List =
        words!("it that they this we i does do are right now yet currently at the moment");
    let bare = range
        .clone()
        .filter(|&i| words[i].kind == TokenKind::Word && words[i].end <= body_end)
        .all(|i| {
            let t = &words[i];
            among(DECLINE, &t.norm)
                || among(SOFTENERS, &t.norm)
                || (i < first && addressed(i))
                || (said_back && among(SAID_BACK, &t.norm))
                || (not_now && among(NOT_NOW, &t.norm))
        });
    // "I'm afraid not, this set comes pre-determined", "Sadly not, as ...": a no said with
    // regret opens the sentence, and what follows is its reason or its way round.
    let regretted_then_told = words[first].norm == "not"
        && softened
        && words.get(first + 1).is_some_and(|t| t.norm == ",");
    if !bare && !regretted_then_told {
        return None;
    }
    Some(first..first + if said_back { 3 } else { 1 })
}

/// The actions the customer asked for, by their first word: "price" of "can you price
/// match Amazon?", "hold" of "could you hold it for me", "bring" of "can I bring my dog?".
/// A request is "can/could/will/would you ..." or "can/could/may I ..." in a question, not
/// "when can I ...".
/// Asking about a cost or a need ("will you charge me?", "do you need my ID?") is not a
/// request, and "no" to it is good news; so is asking what is done with their data ("do you
/// report my activity to credit bureaus?").
fn requested_actions(customer: &Draft) -> Vec<Norm> {
    const NOT_ACTIONS: List = words!(
        "be have charge bill cost need require mind know see think mean ask tell let help \
        please just kindly not still also maybe possibly guys people folks all report share \
        store track record collect monitor log"
    );
    let words = &customer.tokens;
    let mut actions: Vec<Norm> = Vec::new();
    for sentence in customer.sentences.iter().filter(|s| customer.asks(s)) {
        let tokens = &words[sentence.tokens.clone()];
        for (i, pair) in tokens.windows(2).enumerate() {
            // "Can you price match?", and "do you price match?" asks for it too.
            let asks = (pair[0].norm.is_among("can could will would may")
                && pair[1].norm.is_among("you u ya i we"))
                || (pair[0].norm.is_among("do does") && pair[1].norm.is_among("you u ya"));
            // "When can we check in?" asks the time, not for anything.
            let asks_when = i > 0 && tokens[i - 1].norm.is_among("when time");
            if !asks || asks_when {
                continue;
            }
            let verb = tokens[i + 2..]
                .iter()
                .filter(|t| t.kind == TokenKind::Word)
                .find(|t| {
                    !t.norm
                        .is_among("please just kindly guys still also even actually really ever")
                });
            if let Some(verb) = verb.filter(|v| !among(NOT_ACTIONS, &v.norm)) {
                if !actions.contains(&verb.norm) {
                    actions.push(verb.norm.clone());
                }
            }
        }
    }
    actions
}

/// "We don't price match" to "can you price match Amazon?": a no in the customer's own
/// verb, which no list of refusing verbs can foresee. The token range from "do"/"will" to
/// the verb, when the sentence says it and nothing else in it refuses.
fn declines_request(
    draft: &Draft,
    sentence: &Sentence,
    asked_for: &[Norm],
    about_money: bool,
) -> Option<Range<usize>> {
    if asked_for.is_empty() || draft.is_question(sentence) {
        return None;
    }
    let words = &draft.tokens;
    let range = sentence.tokens.clone();
    range.clone().find_map(|not| {
        let auxiliary = not.checked_sub(1).filter(|&a| a >= range.start)?;
        if words[not].norm != "not" {
            return None;
        }
        let verb = (not + 1..range.end)
            .find(|&i| words[i].kind == TokenKind::Word && !among(ADVERBS, &words[i].norm))?;
        let tokens = auxiliary..verb + 1;
        if !asked_for.contains(&words[verb].norm) {
            return None;
        }
        let customer = draft.actor_of(auxiliary) == Subject::Customer;
        // "We don't price match"; and "you can't change the address" to "can I change my
        // address?", the customer's own verb refused to them (a no to someone else's doing
        // keeps its actor test in `keeps`).
        let declines = if words[auxiliary].norm.is_among("do does did will would") {
            !customer && keeps(draft, Kind::Inability, &tokens, about_money)
        } else {
            words[auxiliary].norm.is_among("can could")
                && customer
                && keeps(draft, Kind::Denied, &tokens, about_money)
        };
        declines.then_some(tokens)
    })
}

/// The customer asking whether something costs them: "is there a fee", "do I have to pay",
/// "how much is it", "will I be charged".
static ASKS_IF_CHARGED: LazyLock<Phrases> = LazyLock::new(|| {
    Phrases::lines(lines![
        "is|are there a|an|any [extra|additional|added] fee|fees|charge|charges|cost|costs|surcharge",
        "do|does|will|would i|we|it [have|need] [to] pay|cost|charge",
        "how much",
        "will|would|do i|we (get charged|be charged|pay)",
    ])
});

/// Whether the customer asks when something happens ("now or when it ships?").
fn asks_when(customer: &Draft) -> bool {
    customer
        .sentences
        .iter()
        .filter(|s| customer.asks(s))
        .any(|s| customer.sentence_words(s).contains(&"when"))
}

/// Whether the customer's message is about money: a charge, a fee, paying.
fn mentions_money(customer: &Draft) -> bool {
    customer.words().any(|w| {
        w.starts_with("charg")
            || w.starts_with("pay")
            || w.starts_with("cost")
            || w.starts_with("fee")
            || w.starts_with("price")
            || among("free paid money bill billed", w)
    })
}

/// Whether a bare "No." in this reply answers a request from the customer, with nothing
/// favourable around it. Worked out once per reply.
fn no_answers_request(draft: &Draft, customer: Option<&Draft>) -> bool {
    let Some(customer) = customer else {
        return false;
    };
    let asks = customer.sentences.iter().any(|s| {
        let t = customer.sentence_tokens(s);
        // "Will I lose my saves?" asks whether harm comes, and "Nope!" to it is good news.
        let worry = t.iter().any(|w| among(FEARED_HARMS, &w.norm));
        let request = !worry
            && t.iter().any(|w| {
                among(
                    "can could would will may possible please want shall should",
                    w.norm.as_str(),
                )
            });
        let words = customer.sentence_words(s);
        // "Do you price match with Aldi?": whether they do a thing, asked of them (about
        // money, a "no" is as often good news: "do you charge for that?").
        let do_you = words.len() > 1
            && among("do does", words[0])
            && among("you u ya", words[1])
            && !customer
                .words()
                .any(|w| w.starts_with("charg") || w.starts_with("fee") || w.starts_with("cost"));
        // "Does the thermostat work with Google Home?": whether it can, asked as a fact.
        const CAN_IT: List = words!(
            "work works support supports compatible available have come \
            include includes offer allow let ship deliver sell stock take accept"
        );
        let can_it = words.first().is_some_and(|w| among("does do is are", w))
            && words.iter().any(|w| among(CAN_IT, w));
        (request || can_it || do_you) && (customer.asks(s) || t.iter().any(|w| w.norm == "please"))
    });
    let favourable = draft.words().any(|w| {
        among(
            "still just free included worries problem worry fine only",
            w,
        )
    });
    asks && !favourable
}

/// Byte range of the words saying no: the stretch between punctuation marks around the
/// match, ending before a sign-off.
fn stretch(draft: &Draft, sentence: usize, tokens: &Range<usize>) -> (Range<usize>, Range<usize>) {
    let words = &draft.tokens;
    let s = &draft.sentences[sentence];
    let content = |i: &usize| matches!(words[*i].kind, TokenKind::Word | TokenKind::Number);
    // It starts after punctuation, or after a "but" that turned from something else ("you
    // can start a new account but the content can't be moved").
    let begin = (s.tokens.start..tokens.start)
        .rev()
        .find(|&i| words[i].kind == TokenKind::Punct || words[i].norm.is_among("but however"))
        .map_or(s.tokens.start, |i| i + 1);
    // It ends at punctuation, or where "but", "so" or "however" turn to something else.
    let stop = (tokens.end..s.tokens.end)
        .find(|&i| {
            words[i].kind == TokenKind::Punct
                || among(
                    "but so however although though instead while whilst whereas",
                    words[i].norm.as_str(),
                )
        })
        .unwrap_or(s.tokens.end);
    let body_end = draft.body_end();
    // The words start with the clause ("... safe and we can only ..."), after a leading
    // "and"/"however", and end before a trailing "I'm afraid" or "sadly".
    // A clause split at "and"/"or" counts only when a new subject follows ("... safe and we
    // can only ..."), not between nouns ("wrappings or bags").
    let clause_start = draft
        .clause_window(tokens.start, LOOK)
        .map(|c| c.start.max(begin))
        .filter(|&c| {
            c == begin
                || !among("and or", words[c].norm.as_str())
                || words.get(c + 1).is_some_and(|t| {
                    among(
                        "we i you it it's they this that that's there there's",
                        t.norm.as_str(),
                    )
                })
        })
        .unwrap_or(begin);
    let first = (clause_start..tokens.start.max(clause_start + 1))
        .find(|i| content(i) && !(*i < tokens.start && among(LEADING_LINKS, &words[*i].norm)))
        .unwrap_or(tokens.start);
    let soft_stop = SOFTENING
        .find_in(draft, tokens.end..stop)
        .first()
        .map_or(stop, |m| {
            let mut at = m.tokens.start;
            while at > tokens.end && among("i am we are", words[at - 1].norm.as_str()) {
                at -= 1;
            }
            at
        });
    let last = (tokens.start..soft_stop)
        .rev()
        .filter(content)
        .find(|&i| words[i].end <= body_end)
        .unwrap_or(tokens.end.saturating_sub(1).max(tokens.start));
    (words[first].start..words[last.max(first)].end, begin..stop)
}

/// Words that join a clause to the one before; the words saying no start after them.
const LEADING_LINKS: List = words!("and but so or however though although while whilst");

impl Refusal {
    /// Whether the refusal's own sentence limits it: a condition ("if it's opened, we can't
    /// ...", "until it reaches us"), a channel ("we can't discuss that here"; but "we don't
    /// have that information here" explains nothing), or the kind of thing the rule covers
    /// ("we can't accept remorse returns for electronics", "no compensation for delays under
    /// 30 minutes"; not "for you" or "for your order"), or, for news not there yet, that the
    /// thing is planned ("it's on our roadmap, but we don't have a date").
    pub fn is_limited(&self, draft: &Draft) -> bool {
        *self.facts().limited.get_or_init(|| self.limits(draft))
    }

    /// [`Refusal::is_limited`], worked out.
    fn limits(&self, draft: &Draft) -> bool {
        let sentence = draft.sentences[self.sentence].tokens.clone();
        if self.kind == Kind::NoInfo && PLANNED.occurs_in(draft, sentence) {
            return true;
        }
        let tokens = draft.sentence_tokens(&draft.sentences[self.sentence]);
        let channel = self.kind != Kind::NoInfo
            && tokens
                .iter()
                .any(|t| t.start >= self.span.start && t.norm == "here");
        // Who it is for: "not available for business accounts", and after "only", "only
        // open to the owners of Team accounts", "only with a receipt": the rule's condition
        // is its reason. (Where is not: "only available in the U.S." still says no reason.)
        let within = |t: &Token| t.start >= self.span.start && t.end <= self.span.end;
        let only = tokens.iter().position(|t| within(t) && t.norm == "only");
        let scope = self.kind != Kind::NoInfo
            && tokens.windows(2).enumerate().any(|(i, w)| {
                // After "only", any party will do: "only to the account holder".
                let after_only = only.is_some_and(|o| i > o)
                    && w[0].norm.is_among("to with")
                    && w[1].kind == TokenKind::Word;
                within(&w[0])
                    && (after_only
                        || (w[0].norm == "for"
                            && w[1].kind == TokenKind::Word
                            && !among(NOT_A_KIND, &w[1].norm)))
            });
        // A time the rule holds to: "railcards aren't valid before 09:30".
        // "... after the 24-hour window", "within 6 months of an increase" too, and "After
        // that a fee applies" after the window was just given.
        let hours = tokens.windows(3).any(|w| {
            (w[0].start >= self.span.start
                && w[0].norm.is_among("before after within")
                && (w[1].kind == TokenKind::Number
                    || (w[1].norm == "the" && w[2].kind == TokenKind::Number)))
                || (w[0].norm == "after" && w[1].norm.is_among("that this which"))
        });
        // "Our crews only work Monday to Friday, so Saturday isn't possible": the reason told
        // first, the no as its consequence.
        let consequence = tokens
            .windows(2)
            .any(|w| w[1].end <= self.span.start && w[0].norm == "," && w[1].norm == "so");
        // A condition after the sentence turns ("..., but if you email us ...") belongs to
        // the option offered, not to the no.
        let turn = tokens
            .iter()
            .position(|t| t.start >= self.span.end && t.norm.is_among("but however though"))
            .unwrap_or(tokens.len());
        channel
            || scope
            || hours
            || consequence
            || tokens[..turn]
                .iter()
                .any(|t| among("if unless until once", t.norm.as_str()))
    }

    /// Whether the no is conceded on the way to an option in its own sentence: "While we
    /// can't confirm a date, you can vote for the feature here." Framed by what can be done,
    /// it does not stand alone.
    /// The sentence that offers something else after this no, as `find` works it out, kept
    /// with the refusal: `find` reads the no's sentence and the next, as finding the no does
    /// (a refusal is found again when either changes), so a keystroke elsewhere in a long
    /// draft does not ask it again.
    pub(crate) fn alternative_once(&self, find: impl FnOnce() -> Option<usize>) -> Option<usize> {
        self.facts()
            .alternative
            .get_or_init(|| find().map(|s| s - self.sentence))
            .map(|offset| self.sentence + offset)
    }

    pub fn is_conceded(&self, draft: &Draft) -> bool {
        let sentence = &draft.sentences[self.sentence];
        let concedes = *self.facts().concedes.get_or_init(|| {
            draft.tokens[sentence.tokens.clone()]
                .iter()
                .take_while(|t| t.start < self.span.start)
                .any(|t| t.norm.is_among("while whilst although though"))
        });
        let elsewhere = [0..self.stretch.end, sentence.tokens.end..draft.tokens.len()];
        concedes && offers_option(draft, &elsewhere, false)
    }

    /// Whether a bare no goes on in its own sentence ("I'm afraid not, Jenni, this set comes
    /// pre-determined"): what follows the regret is why, or what instead, not only a name.
    pub fn goes_on(&self, draft: &Draft) -> bool {
        let sentence = &draft.sentences[self.sentence];
        let body_end = draft.body_end();
        self.kind == Kind::BareNo
            && draft.tokens[self.stretch.end.min(sentence.tokens.end)..sentence.tokens.end]
                .iter()
                .filter(|t| t.kind == TokenKind::Word && t.end <= body_end)
                .count()
                >= 3
    }
}

/// Something planned but not yet dated: "on our roadmap", "in the works", "being developed".
static PLANNED: LazyLock<Phrases> = LazyLock::new(|| {
    Phrases::lines(lines![
        "on our|the [public] roadmap|radar|wishlist|backlog",
        "in the works|pipeline",
        "in development",
        "being worked|developed|built|planned|designed|tested",
    ])
});

/// Words after "for" that name no kind of thing the rule covers: "for you", "for now".
const NOT_A_KIND: List = words!(
    "you your yours this that it the a an now today tomorrow any more me us them him her free"
);

/// The refusals' own words, which never count as the option offered.
pub fn skip_ranges(refusals: &[Refusal]) -> Vec<Range<usize>> {
    refusals.iter().map(|r| r.stretch.clone()).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    every_phrase_list_compiles!(REFUSALS, REASSURANCE, PLANNED, ASKS_IF_CHARGED);

    fn refuses(reply: &str) -> bool {
        !find_refusals(&Draft::new(reply), None).is_empty()
    }

    #[test]
    fn a_no_that_reassures_or_names_the_problem_refuses_nothing() {
        for reply in [
            "Routers older than 2015 aren't able to use the new band, so yours is fine.",
            "Nothing you need to change: the patch can't touch your saved games.",
            "You can restore it from a backup to fix the issue with it being disabled.",
        ] {
            assert!(!refuses(reply), "{reply}");
        }
        // Without the reassurance the same fact about this thing is a no; about an older
        // kind of thing, its age is the reason.
        assert!(refuses("Your router isn't able to use the new band."));
        assert!(!refuses(
            "Routers older than 2015 aren't able to use the new band."
        ));
        assert!(refuses("Your account has been disabled."));
    }

    fn refuses_request(customer: &str, reply: &str) -> bool {
        !find_refusals(&Draft::new(reply), Some(&Draft::new(customer))).is_empty()
    }

    #[test]
    fn a_no_in_the_verb_the_customer_asked_with_is_a_refusal() {
        assert!(refuses_request(
            "Can you price match Amazon?",
            "We don't price match online retailers."
        ));
        assert!(refuses_request(
            "could u please hold it for me till friday?",
            "We won't hold items, sorry."
        ));
        // Not asked for: the same words refuse nothing.
        assert!(!refuses("We don't price match online retailers."));
        assert!(!refuses_request(
            "Can you price match?",
            "We don't hold items."
        ));
        // A no about a cost or a need is good news; the customer's own "don't" is theirs.
        assert!(!refuses_request(
            "Will you charge me for the return?",
            "We don't charge for returns."
        ));
        assert!(!refuses_request(
            "Can you hold it for me?",
            "If you don't hold the receipt, we can still look it up."
        ));
    }
}

//! Reason, softener and cause: why a no is a no (a rule, a channel limit, "because"),
//! what softens it without explaining it (regret, apology, empathy), and why something
//! went wrong when the reply pins it on circumstances or someone else.

use crate::engine::packed::{self, List};
use crate::engine::pattern::Phrases;
use crate::engine::text::{among, replace_text, Draft, Token, TokenKind};
use std::sync::LazyLock;

/// Words that soften a "no" without explaining it: regret, apology, empathy.
/// "Unfortunately", "sadly", "I'm afraid" and "sorry" belong here, not among reasons.
pub static SOFTENING: LazyLock<Phrases> = LazyLock::new(|| {
    Phrases::lines(lines![
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

/// The kinds a reason is said to be of: "for safety reasons", "for operational reasons".
macro_rules! reason_kinds {
    () => {
        "security|safety|privacy|legal|technical|licensing|data|health|operational|commercial|business|regulatory|weather|maintenance"
    };
}

/// A reason given for a "no" or for what went wrong: a cause, a rule, a channel limit.
pub static REASON: LazyLock<Phrases> = LazyLock::new(|| {
    Phrases::lines(lines![
        "because",
        // A purpose given for a change: "it was removed to make room for new lines".
        "to make room|way|space for",
        // A rule named as such: "that's a government rule"; what it needs: "Spotify on Alexa
        // needs a Premium account"; who it is for: "so our drivers can spend it with family".
        "(that's|that is|it's|it is|this is) a|an [<word>] [<word>] rule|law|regulation|requirement",
        "needs|requires|need|require a|an|the|your",
        // What it depends on: "downloads are tied to the app's storage".
        "is|are|was|were tied|linked|bound to",
        // "... doesn't support Metal, which is what modern Macs need."
        "which is what",
        "so our|the staff|drivers|team|teams|colleagues|people|employees|crew|crews can|could",
        // What it costs: "they were costing a lot to process".
        "cost|costs|costing [us] [so|far|too] (a lot|much|more)",
        // "It's been taken off the menu as part of our recent changes", "it's part of
        // cutting packaging waste".
        "as part of [our|the|a|an] [<word>] changes|change|update|refresh|review|redesign|relaunch",
        "(it's|it is|this is|that's|that is) part of",
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
        // The reason told first, the no as its consequence: "the window is fixed by our
        // partner, so I can't extend it".
        "so i|we|it|this|that|they|you *2 not|unable",
        "so i|we|it|this|that|they *2 no longer",
        // "Yours was unreadable, so it was rejected": the reason told first, the decision after.
        "so it|this|that|they|yours was|were|has|have [been] rejected|declined|refused|cancelled|canceled|removed|closed",
        "so the|your order|payment|booking|account|card|item|parcel|request|transfer was|were|has|have [been] rejected|declined|refused|cancelled|canceled|removed|closed",
        // "..., which hasn't been upgraded. I'm afraid that means it's not available."
        "afraid that|this means|meant",
        // Not a purpose: "... so the plan isn't charged again" says what it is for.
        "so a|an|the|these|those|your|our|any *3 (can not|unable)",
        "so a|an|the|these|those|your|our|any *3 not be|possible|able",
        // Whose side it is on: "that's on Roku's side"; what it is for: "for driver safety".
        "(that is|that's|it's|it is) on <word> side|end",
        "for [<word>] safety|security|privacy|hygiene",
        // The state it is in now: "we can't change the date now it's been dispatched".
        "now [that] (it's been|it has been|they have been|it was|they were)",
        "now that",
        // A limit passed or a condition unmet: "it's past the 30-day window", "not possible
        // after dispatch", "without the account holder's permission", "on the free plan",
        // "the offer ended yesterday".
        "past|beyond|outside the|our|your *3 window|deadline|cut-off|cutoff|limit|timeframe",
        "after dispatch|shipping|delivery|purchase|payment|check-in|activation|download|opening|use|departure",
        "without the|your|their [<word>] [<word>] permission|consent|authorisation|authorization|approval",
        "on|with the|your|a free|basic|standard|starter|lite|trial plan|tier|account|subscription|version|membership",
        "offer|offers|promotion|promo|sale|deal|discount|code|voucher|coupon|window [has|have|had] [now|already] ended|expired|finished|closed|lapsed",
        // "The 17:45 is a peak service, so your off-peak ticket isn't valid on it."
        "so a|an|the|these|those|your|our|any *3 is|are not valid|eligible|available|included|covered|accepted|allowed|permitted|possible|refundable|supported",
        "so <word> [<word>] is|are not valid|eligible|available|included|covered|accepted|allowed|permitted|possible|refundable|supported",
        // "... hasn't given us the rights, so the highlights are geo-blocked there."
        "so a|an|the|these|those|your|our|any *3 is|are geo-blocked|geoblocked|region-locked|blocked|restricted",
        // A limit's protective purpose: "only the owner can delete it, so that nobody loses data".
        "so that nobody|noone|nothing",
        "so that no one",
        "so *3 can|could no longer",
        "policy|policies|legislation|law|laws|legal|regulation*|rules|terms|guidelines|licens*|copyright*|contract*|compliance|restriction*|limitation*|limited|warranty|warranties",
        // One kind of reason or two: "for safety reasons", "for safety or operational reasons".
        concat!("for ", reason_kinds!(), " [or|and] [", reason_kinds!(), "] reasons|reason"),
        "for [your] [own] security|safety|privacy|protection",
        // "For data protection we can't share booking details."
        "data protection",
        // "..., out of consideration for customers with allergies".
        "out of consideration|respect|courtesy for",
        // Another's limit as the reason: "the game uses DirectX 12, which macOS doesn't
        // support"; the customer's own plan as the reason: "which is what you're booked on".
        "which|that <word> [<word>] do|does not support|allow|permit|provide|accept",
        "which|that do|does|did not [yet] support|allow|permit|provide|accept",
        "which is what you are|have booked|on|using|paying",
        // Someone else's platform rule: "Instagram doesn't let third-party tools post".
        "do|does|did|will not let|allow|permit [<word>] third-party|third|apps|tools|partners|developers|us",
        "gdpr",
        "to protect|ensure|prevent|comply|avoid|guarantee|maintain|safeguard",
        // A saving as the purpose: "to cut packaging waste", "to keep costs down".
        "to reduce|cut|lower|limit|minimise|minimize|save|tackle|combat",
        "to follow [the] [<word>] [<word>] guidance|guidelines|rules|regulations|advice|law|laws|restrictions",
        // "To keep prices low", not "if you'd like to keep watching".
        "to keep your|our|everyone|everybody|customers|prices|costs|fees|data|accounts|it|them|things|the|services|people|staff",
        // What it needs from someone else: "wifi calling needs support from the handset maker".
        "needs|need|requires|require support|approval|permission|sign-off|authorisation|authorization from",
        "in order to",
        "so that",
        "already",
        "of this|that|such nature|kind|type",
        "in such|these|those case|cases|situations|instances",
        "controlled|determined|set|decided|managed|handled|owned|governed by",
        "for|during [our|the|a|an|this|its] *2 maintenance|promotion|promo|holiday|holidays|upgrade|upgrades|update|event|closure|refurbishment|migration|outage",
        // A sale as an event ("during our summer sale"), not "relist it for sale".
        "for|during our|the|a|this|its *2 sale",
        "out of our control",

        "beyond|outside [of] our control",
        // A change behind it: "we discontinued it when we refreshed our bedding range".
        "when|after we|they [last|recently] refreshed|changed|updated|redesigned|reviewed|restructured|replaced|merged|rebranded|relaunched|reorganised|reorganized|streamlined|retired",
        // Who says it: "we're a small team ourselves and aren't able to ...".
        "a small|tiny team|business|company|shop|charity|operation",
        // Its age as the reason: "the engine can't support it on older hardware".
        "on|for older|old hardware|devices|models|consoles|phones|versions|systems|machines",
    ])
});

/// The parties other than the agent's own team that a delay or a "no" is pinned on:
/// sellers, carriers, manufacturers, banks, broadcasters, another department. One table,
/// singular and plural, shared by every phrase that names someone else (as `PARTY`).
const OTHER_PARTY: List = words!("ups|fedex|usps|dhl|hermes|evri|dpd|yodel|parcelforce|apple|google|paypal|seller|sellers|carrier|carriers|courier|couriers|manufacturer|manufacturers|supplier|suppliers|vendor|vendors|retailer|retailers|merchant|merchants|shipper|shippers|bank|banks|issuer|issuers|provider|providers|airport|airports|airline|airlines|operator|operators|network|networks|broadcaster|broadcasters|studio|studios|developer|developers|publisher|publishers|warehouse|depot|factory|partner|partners|driver|drivers|postman|post|council|government|authority|authorities|insurer|insurers|landlord|contractor|contractors|agency|department|departments|organiser|organisers|organizer|organizers|promoter|promoters|venue|venues|creator|creators|artist|artists|label|labels|licensor|licensors|wholesaler|wholesalers|distributor|distributors|holder|holders|processor|processors|league|leagues|federation|regulator|regulators");

/// Things, and people on the job, that can fail besides another party (with it, `DOER`).
const THINGS_THAT_FAIL: List = words!("equipment|van|vans|truck|trucks|lorry|crew|crews|pilot|engineer|engineers|technician|technicians|system|systems|server|servers|signal|signals|printer|machine|machines|tracking|train|trains|bus|buses|aircraft|plane|lift|lifts|escalator|pump|boiler|oven|ovens|fridge|freezer|till|tills|mast|router|kitchen");

/// Compiles phrases that name another party: `PARTY` stands for [`OTHER_PARTY`], `PARTY's`
/// for their possessives ("the bank's") and `DOER` for it and [`THINGS_THAT_FAIL`], so each
/// table is stored once, not once per phrase.
fn naming_parties(phrases: impl AsRef<str>) -> Phrases {
    let (party, things) = (
        packed::text_of(OTHER_PARTY),
        packed::text_of(THINGS_THAT_FAIL),
    );
    let doer = format!("{party}|{things}");
    let possessive = party.replace('|', "'s|") + "'s";
    let phrases = replace_text(phrases.as_ref(), "DOER", &doer);
    let phrases = replace_text(&phrases, "PARTY's", &possessive);
    Phrases::lines(replace_text(&phrases, "PARTY", party))
}

/// Why something went wrong, pinned on circumstances or someone else: "due to a fault on
/// the line", "out of our control", "delays may occur", "determined by the manufacturer".
pub static CAUSE: LazyLock<Phrases> = LazyLock::new(|| {
    naming_parties(lines![
        "due to",
        "owing to",
        "because of",
        // "This is a problem with the licensing deal between the studio and us".
        "is|was|it's|that's|this's a|an [known|ongoing|technical|general|wider] issue|problem|fault|error|glitch|bug|restriction|limitation with|between|on|at|in",
        // Being busy, and someone else not knowing.
        "i|we|team|staff|store|stores|lines|phones|agents|drivers|couriers|engineers|riders|kitchen|kitchens|warehouse|warehouses|depot|depots|branch|branches|office|offices|restaurant|restaurants|hub|hubs [has|have|had] are|were|was|is|been [very|extremely|really|incredibly|super|exceptionally] busy",
        "courier|driver|carrier|seller|supplier|engineer [has|had] is|was|been [very|extremely|really|incredibly|super|exceptionally] busy",
        // The time, not the team, said to be busy: "it's been a very busy night for us"; the
        // load counted: "an unusually high number of orders".
        "(it has been|it's been) a|an [very|really|extremely|incredibly|exceptionally|unusually] busy|hectic night|day|evening|morning|weekend|week|time|period|spell",
        "high|large|huge|record number|numbers|volume|volumes of orders|calls|requests|messages|emails|enquiries|inquiries|customers|bookings|contacts",
        // Held up by something: "it may have been delayed by the strikes".
        "(delayed|disrupted|held up) by the|a|an|some|heavy|severe|bad",
        // "Your engineer got held up at an emergency job, which knocked his appointments
        // back"; "the rollout was slowed down by delays"; "a rush of logins, which is putting
        // extra strain on our systems".
        "got|was|were|been held up at|by|on|in|with",
        "knocked|knocks *4 back|out",
        "slowed [down] by",
        "putting|put|puts [extra|a|added|additional|heavy] [lot] [of] strain|pressure on",
        // "Our servers are under heavy load", "there's been very high demand on the network",
        // "working with reduced staff".
        "under heavy|high|huge|extreme|massive|unusual [amounts|levels] [of] load|strain|pressure",
        "(there has been|there's been|there is|there's|there was) [very|extremely|unusually|exceptionally|really] high|heavy|huge|record|unprecedented demand",
        "working with reduced|limited|fewer|minimal [numbers] [of] staff|staffing|teams|crews",
        // "On backorder with our supplier", "the signal from the broadcaster has been
        // unstable tonight".
        "on backorder|back-order with",
        "PARTY *3 has|have been|was|were|is|are unstable|patchy|intermittent|unreliable",
        // What the market, the walls or transit did: "wholesale prices rose sharply", "thick
        // walls can weaken the signal", "boxes get knocked around in transit".
        "wholesale|energy|fuel|supplier|market|commodity [<word>] prices|costs rose|risen|increased|went|gone|jumped|soared",
        "can|may|might|will weaken|block|reduce|affect|interfere the|your|with signal|connection|reception|speeds|speed|wifi|coverage",
        "get|gets|got knocked|bumped|damaged|dented|crushed|squashed [around|about] in transit",
        // Someone else's terms as the cause: "so their dispatch times apply".
        "their dispatch|delivery|processing|shipping times|policy|policies|terms apply",
        // A glitch seen, more traffic than usual, a fall after a change: "we're seeing a
        // glitch with one of our card processors", "a lot more traffic than usual", "the app
        // went down after a server update".
        "seeing|experiencing a|an|some [<word>] glitch|glitches|issue|issues|problem|problems|outage|fault|faults|errors with|on|affecting",
        "more traffic|demand|orders|calls|visitors|users|players than usual|normal|expected",
        "went|go|goes|gone down after|during a|an|the|our [<word>] update|upgrade|change|release|migration|outage",
        // A fault that comes and goes: "this happens sometimes with international orders".
        "it|this|that [can|may|does] happen|happens (sometimes|occasionally|now and then|from time to time)",
        // A cause told as what it did: "the update has caused problems", "a labelling error
        // sent some parcels to the wrong depot", "the bank holiday slowed down processing",
        // "restrictions meant flights were held", "we had a server issue overnight", "the
        // engineer called in sick", "the broadcaster holds the rights", "items are
        // sometimes packed separately".
        "caused|causes|causing|cause (problems|issues|delays|errors|crashes|disruption|outages|the problem|the issue|this|it)",
        // "..., which is causing the buffering you're seeing".
        "which|that is|was|has|have [been] causing|caused",
        // "High demand during the match, which can cause buffering"; "a fault at the cabinet,
        // which is what's affecting your connection".
        "which can|may|might|will cause|causes",
        "which|that is what's|what causing|affecting",
        // "Titles come and go based on licensing agreements with the studios."
        "based on [the|our] licensing|licence|license|distribution agreements|deals|rights",
        // The cause given as the answer: "it's likely because the owner blocked it", "this
        // usually happens when the cache is full", "usually for one of two reasons".
        // (Not "because you're smart": what the customer is or did is no excuse of ours.)
        "it|this|that|it's|that's [is|was] [likely|probably|usually|often|generally|typically|mostly] because the|a|an|our|we|it|it's|its|they|their|there|this|that|these|those|some|your|many|high|heavy|demand",
        "it|this|that|it's|that's [is|was] most likely because the|a|an|our|we|it|it's|its|they|their|there|this|that|these|those|some|your|many|high|heavy|demand",
        "it|this|that [can|may|might|will|would|does] [usually|often|sometimes|generally|typically] happen|happens|happened|occur|occurs|occurred when|if|because",
        "for (one|1) of (two|2|three|3|a few|several) reasons",
        "for (several|various|a number of|a few|a couple of) reasons",
        // A disruption's kind of reason: "seat numbers can change for safety or operational
        // reasons", "the service was withdrawn for commercial reasons". ("For
        // safety reasons only the account holder can call us" is a rule's reason, a refusal's.)
        "for operational|commercial|technical|weather|maintenance [or|and] [operational|commercial|technical|weather|maintenance|safety|security] reasons",
        "for safety|security (or|and) operational|commercial|technical|weather|maintenance reasons",
        "which|that has|have|had [also] delayed|affected|disrupted|held|slowed",
        // Said in the past or as still going on: "a stock shortfall, which affected a lot of
        // orders", "a mast upgrade, which is affecting coverage", "heavy demand has been
        // causing buffering".
        "which|that affected|impacted|disrupted|delayed|hit",
        // What another party gives or holds, and whose call it is: "the broadcaster only
        // sends us the feed in SD", "parcels are held by customs", "the processing time is
        // set by them rather than us".
        "PARTY only sends|supplies|provides|gives|offers us",
        "held|stopped|detained|inspected by customs|border|PARTY",
        "rather than us",
        "which|that is|are|was|were|has|have [been] affecting|impacting|disrupting|delaying|slowing|reducing|interrupting|holding|grounding",
        "has|have|had been causing|affecting|impacting|disrupting|delaying|slowing",
        // Another party's trouble told in passing: "the feed from the broadcaster, which had
        // issues tonight".
        "which|who had|has|have [had] [some|technical|a|few|an] [few] issues|problems|difficulties|outage|outages|fault|faults",
        // A cause told by what it means: "storm damage to lines in your area means speeds are reduced".
        "damage|fault|faults|outage|outages|works|maintenance|storm|storms|flooding|rain|snow|weather|demand *5 means|meant|mean [that] <word>",
        // A busy time as the cause: "Friday nights are extremely busy for our riders",
        // "weekends are always manic".
        "mornings|evenings|nights|weekends|weekdays|lunchtimes|mondays|fridays|saturdays|sundays|holidays are [very|extremely|really|incredibly|super|exceptionally|always|usually|often] busy|busier|hectic|manic",
        // What the busy time does: "which pushes delivery times up", "speeds can drop when".
        "pushes|pushed|push delivery|wait|waiting|queue times|time up|back|out",
        "speeds|speed [can|may|will|often|sometimes|do] drop|dip|slow|drops|dips|slows *4 when|if|during|as",
        // Stretched thin, or a day that adds its own delay: "our drivers were stretched",
        // "weekends can add a delay too"; an issue told as there: "there's an issue with a mast".
        "was|were|is|are [really|very|so|badly] stretched|swamped|overwhelmed|inundated",
        "can|may|will add a|an|some [further|extra] delay|delays",
        "(there is|there's|there was) a|an [<word>] [<word>] issue|problem|outage|fault|failure|glitch with|on|at|affecting",
        // A fault with where it is, so that the place reads as part of the cause: "there's a
        // fault in the cabinet", "a fault at the local exchange".
        "(there is|there's|there was) a|an [<word>] fault|failure|blockage in|with|at|on the|your|our [<word>] <word>",
        // A busy time told of "it": "it's extra busy on Friday evenings".
        "(it is|it's|it was) [very|extra|extremely|really|super|always|particularly|often] busy|busier on|during|over",
        // "It's been extremely busy today"; and no room left: "it was full", "the train was
        // completely full".
        "(it is|it's|it has|it was|it had) been [very|extra|extremely|really|super|incredibly|so|particularly] busy|busier|hectic|manic",
        "it|flight|flights|train|trains|bus|buses|service|services|class|classes|event|events|hotel|hotels|session|sessions|course|slot|slots|sailing|show|shows|ride|rides was|were [completely|already|fully|totally|unfortunately] full|overbooked|oversold",
        "the <num> was|were [completely|already|fully|totally|unfortunately] full|overbooked|oversold",
        // What older hardware cannot keep up with: "new effects which older consoles struggle with".
        "consoles|devices|phones|tablets|tvs|routers|models|machines|computers|pcs|laptops|browsers|hardware [can|may|might] struggle|struggles with",
        // Another party's timing: "it depends when the sending bank submits them".
        "depends when|how|whether the|your [<word>] PARTY",
        // The fault placed with another: "the fault is with the part supplied by the
        // manufacturer"; a backlog told: "there's been a backlog this morning".
        "fault|issue|problem|error|defect is|lies|was|sits with *6 PARTY",
        // Another's trouble going on: "our partner network in Spain is having problems".
        "PARTY *3 is|are|was|were having|experiencing [some|a|few|an] [few] [<word>] problems|issues|difficulties|trouble|outage|outages",
        // "The manufacturer has had trouble getting fabric from their supplier."
        "PARTY *3 has|have|had had|experienced [some|a|few] [<word>] problems|issues|difficulties|trouble",
        // "They told me they had a fault with the freezer."
        "they|it|store|branch|shop|site|depot|supplier|courier had|has [had] a|an [<word>] fault|breakdown|failure|problem|issue with|on|in",
        "has|have|had a|an [<word>] [<word>] backlog",
        "working|work|worked through a|an|the [<word>] [<word>] backlog",
        // The weather named with its force: "the freezing fog has left a long queue".
        "freezing|thick|dense|heavy|severe fog|snow|ice|rain|winds|flooding|storms",
        // "Card payments were affected by an issue with our card processor."
        "affected|impacted|disrupted|hit by a|an [<word>] issue|problem|outage|fault|glitch|bug|error",
        // "More people requesting rides than drivers available."
        "more people|riders|customers|users|players|passengers *3 than drivers|staff|riders|agents|couriers|servers|seats",
        "was|were|is|are [very|really|a|so|quite|slightly|running] [bit] behind on|with orders|deliveries|calls|requests|tickets",
        // What others could not do in time: "the handlers couldn't transfer it in time".
        "(could not|were unable to|was unable to|did not manage to) *6 in time",
        "push|pushes|pushed that|it|this|them|things back|out",
        "is|are holding all|the aircraft|flights|planes|departures|trains",
        "(fewer|not enough|less) *2 to go round|around",
        // Their side of it: "the feed dropped at their end".
        "at|on their end|side",
        "(there has been|there's been|there have been|there was) a|an|some [slight|small|big|large|huge|major] backlog|backlogs|outage|glitch|hold-up|holdup",
        // Another party's miss: "bags are sometimes not transferred in time by the ground team".
        "not <word> in time by",
        // "We had far more orders than drivers."
        "more orders|customers|calls|requests|passengers than drivers|staff|riders|agents|couriers|seats",
        "error|fault|glitch|mix-up|bug *4 sent|caused|delayed|affected|held|stopped|broke|meant",
        // Someone's change that broke it: "a change the bank made to its API broke syncing".
        "change|changes|update|updates|upgrade|release *8 broke|disrupted|stopped",
        "slowed|slowing|slows|held|holding|holds [down|up] processing|deliveries|orders|payments|things|everything|services|refunds",
        // Not "regulations mean we re-check ID": a rule, told as one.
        "restrictions *3 meant|mean|caused|forced",
        "regulations caused|forced",
        "we|i (had|have had) [a|an|some] [server|technical|system|network|power|unexpected|software|supply|stock|staffing|delivery|service] issue|issues|problem|problems|outage|fault|glitch|error|errors|hiccup|hiccups|blip|blips",
        // The flight before, late: "the inbound aircraft arrived late from Madrid".
        "inbound|incoming aircraft|flight|plane|train|service|crew",
        // What another party does now and then: "customs can hold parcels for days", "your
        // bank sometimes shows a pending charge twice"; what did not come across in a change.
        "customs|border [can|may|sometimes|often] hold|holds|delay|delays|inspect|inspects|stop|stops",
        "your|the PARTY [can|may|sometimes|often|occasionally] show|shows|hold|holds|block|blocks|flag|flags|reject|rejects|decline|declines",
        "(did not|failed to) carry|come|move|transfer|copy|migrate|sync over|across",
        "called|phoned|rang in sick",
        "taken ill",
        "off sick",
        "holds|hold|owns|own the [broadcast|streaming] rights",
        "are|is sometimes|occasionally|often packed|sent|shipped|split|delivered separately|in",
        "colleague|colleagues|staff|pilot|driver|drivers|agent|agents|team|store|manager|crew|courier|rep|representative [may|might] [have] [been|was|were] unaware|unaware",
        "colleague|colleagues|staff|pilot|driver|drivers|agent|agents|team|store|manager|crew|courier|rep|representative may|might not have been aware",
        "colleague|colleagues|staff|pilot|driver|drivers|agent|agents|team|store|manager|crew|courier|rep|representative was|were not aware",
        "as a result of",
        // A cause told by its effect: "the storm led to delays", "which meant a longer wait".
        "led|leads|leading|resulted|resulting|results to|in [a|an|the|some|further|longer|short|long|slight|significant] delay|delays|disruption*|cancellation*|backlog*|outage*|problems|issues|wait|waits",
        "which|that meant|means [that] [a|an|the|your|our|we|it|they]",
        // "The outage was down to our provider": British for "caused by", not "down to £5".
        // So is a cause with no article: "the delay is down to air traffic control restrictions".
        "is|are|was|were|it's|that's [all|really|entirely|largely|mostly|just] down to a|an|the|our|their|some|air|weather|staff|staffing|technical|engineering|signal|signalling|industrial|strike|strikes|congestion|demand|maintenance|heavy|severe|adverse|operational|supply|unforeseen|unexpected|flooding|snow|ice|fog|storms|roadworks|planned|emergency|crew|covid|illness|sickness",
        // "Xero changed their API last week, which is why the sync stopped."
        "which|that is|was why",
        // "Because lots of people in your area are online at once."
        "because|as (so many|lots of|too many|a lot of) people|customers|users|players|passengers",
        // "Battery life can be affected for a day or two after an update."
        "can|may be affected|impacted|reduced|slower *6 after|by|during an|the update|upgrade|install",
        // "The aircraft is being held under a ground stop."
        "aircraft|flight|plane|train|bus|ship|vessel|parcel|shipment|container is|are being held|delayed|grounded|diverted",
        // What carries the goods, late: "our warehouse van was delayed this morning".
        "van|vans|lorry|lorries|truck|trucks|delivery|deliveries|shipment|shipments|supplies|stock|container|containers was|were|got delayed|held|late|stuck",
        // A service that leans on something else: "the wifi relies on a satellite connection".
        "system|service|wifi|wi-fi|connection|signal|network|coverage|cabinet|exchange|mast|line|equipment relies|rely|depends|depend on",
        // A service that varies, told with why: "evening speeds can drop because more people
        // are online".
        "can|may|might|do|does|will [sometimes|occasionally|often] drop|slow|dip|fall|vary|fluctuate|struggle|buffer|lag|stutter|freeze because|when|as|during|at",
        // What can get in its way: "freight trains, which can hold it up around Didcot".
        "which|that can|may|might|could [sometimes|occasionally|often] hold|delay|slow|disrupt",
        // Stretched, running slow, waiting on others: "our riders were stretched thin with the
        // rain", "the system was running slower than usual", "stores are waiting on their
        // shipment from our distributor".
        "stretched [really|very|so|too] thin",
        "(short-staffed|short staffed|understaffed|under-staffed)",
        "running slower|slow than usual|normal|expected",
        "waiting on|for their|a|the|our shipment|shipments|delivery|deliveries|stock|parts from",
        // Another party's deal or work as the cause: "our agreement with Eurosport ended",
        // "work being carried out by Openreach", "it was their driver who chose to".
        "agreement|deal|contract|licence|license|partnership|rights with *3 (ended|expired|lapsed|ran out)",
        "work|works|maintenance being carried out|done by",
        "(that's what's|that is what is|which is what's|which is what is) affecting|causing|stopping|slowing",
        "it was their|the [<word>] driver|courier|carrier|rider|engineer|supplier who",
        // Rights not held, an incident, stock that sells out: "we don't have the streaming
        // rights from the broadcaster", "a trespass incident near Watford", "items sometimes
        // sell out between order and pick".
        "not have|hold|own the [<word>] rights",
        "incident|incidents near|at|on|in|between",
        "can|sometimes|occasionally|often sell out",
        // Held up elsewhere, or passed on: "parts are delayed from the manufacturer", "we just
        // pass those charges on".
        "is|are|was|were delayed|held from|at|by|with the|our",
        "pass|passing [those|these|the|such] charges|costs|fees on",
        "pass|passing on [those|these|the|such] charges|costs|fees",
        "feed|signal|stream *5 dropped|failed|froze|cut",
        "ground stop",
        "we|i receive|get|have [a|an] [very|unusually|extremely|exceptionally] high|heavy|large|huge|record volume|volumes|number",
        // "The queue is down to far more players connecting than ...".
        "is|are|was|were|it's|that's [all|mostly|partly] down to far|too|so|many|lots|heavy|high|huge|record|unusually",
        "caused by",
        "out of our|my|their control|hands",
        "beyond|outside [of] our|my|their control|hands",
        "not in|within our control|hands",
        "delay|delays|issue|issues|problem|problems|disruption*|error|errors|glitch*|outage*|interruption*|backlog*|mix-up|mix-ups|mixup|mixups|mistake|mistakes|hiccup|hiccups|mishap|mishaps may|can|might|do|will|does [sometimes|occasionally|unfortunately] occur|happen|arise",
        // Another party named as the one at fault: "the carrier is responsible for the
        // delay", "the bank sets the timing", "that is up to the seller".
        "PARTY is|are|was|were [solely|fully|entirely|wholly] responsible",
        "PARTY is|are|was|were to blame",
        // What another party did wrong: "the manufacturer changed the design", "the courier
        // lost the parcel", "our supplier sent us the wrong stock".
        "PARTY [has|have|had] lost|damaged|missed|forgot|failed|cut|cancelled|canceled|pulled|withdrew|discontinued|stopped|changed|delayed|misrouted|mislabelled|mislabeled|overbooked",
        "PARTY [has|have|had] sent [us|you] the|a wrong|incorrect",
        // What the other party has not done yet: "the manufacturer has not sent us the stock".
        "PARTY has|have|had|did not [yet] sent|send|delivered|deliver|supplied|supply|shipped|ship|released|release|returned|return|paid|pay|approved|approve|processed|process",
        "PARTY [has|have|had] sent|delivered|supplied|shipped [us|you] (fewer|less|too few|not enough)",
        // 2019-20 causes: a filter tightened, restrictions holding departures, a spike that
        // overloaded the servers, a burst main, certification back late, a confirmation that
        // takes a while, maintenance "which is what's causing" it, a bank holiday, no time to
        // transfer a bag, demand higher than forecast, "that's why coverage has dropped".
        "tightened|tightening|changed its|their [<word>] filtering|filters|rules|checks|algorithm",
        "across the industry",
        "are|is holding|delaying|grounding departures|flights|arrivals|trains|services|deliveries",
        "spike|surge|influx|rush in|of",
        "overloaded|overwhelmed",
        "burst main|pipe|pipes",
        "burst water main",
        "came|come|arrived|got back late",
        "sometimes|often|usually takes|take a while|longer|time",
        "which|that is|was what is|was causing|caused",
        "was|is|being a bank|public holiday",
        "did not have [enough] time to",
        "demand was|is|been [far|much|way] higher|greater|bigger than",
        "struggled|struggling|struggles to keep up",
        // "Waiting for a part from the manufacturer", "affected by a road closure", "driver
        // shortages at the depot".
        "waiting|waits|waited on|for a|the|some part|parts|delivery|stock|spares from",
        "road closure|closures",
        "driver|drivers|crew|engineer|engineers|staff|parts|stock shortage|shortages",
        "that|this is why",
        // Relying on another party to put it right: "we rely on the electricity company to
        // restore it".
        "we|i rely|depend on [the|a|an|our] *3 PARTY|company|companies|firm|firms|board|utility to",
        // Works told by what they do to the service: "we're replacing a main, which can
        // reduce pressure".
        "which|that can|may|might|could|will [temporarily|sometimes] reduce|lower|interrupt|disrupt|affect|slow [the|your|water|mobile|broadband] pressure|supply|service|signal|power|connection|coverage",
        // What a system does now and then: "in rare cases the system may fail to send".
        "system|systems|app|site|website|server|servers|platform may|can|might|does|do [sometimes|occasionally] fail|glitch|crash",
        // What products do now and then: "printers can sometimes develop faults".
        "can|may|might|do|does [sometimes|occasionally] develop [a] fault|faults|issue|issues|problem|problems|defect|defects",
        "PARTY set|sets|decide|decides|determine|determines|control|controls the|its|their timing|timings|schedule|schedules|timeline|timescale|timescales|dates",
        // "Our restaurant partners set their own prep times."
        "PARTY set|sets|decide|decides|control|controls their|its own",
        "up to the|your PARTY",
        // What another party's timing decides: "your bank's processing times decide when it
        // shows".
        // An agreement with another party run out: "when our licence with the studio ended".
        "licence|license|contract|agreement|deal|rights with [the|our|their|a] [<word>] PARTY [has|had] ended|expired|lapsed",
        "PARTY's [<word>] [<word>] decide|decides|determine|determines|dictate|dictates|control|controls",
        // Another party's part delayed, or its deal short: "the supplier's parts were delayed",
        // "the broadcaster's rights deal doesn't cover streaming".
        "PARTY's [<word>] [<word>] was|were|has|have|had [been] delayed|held|late|lost|damaged|cancelled|canceled|short|unstable|down|patchy|intermittent|unavailable|offline|interrupted|faulty|disrupted",
        "PARTY's [<word>] [<word>] does|do|did not cover|allow|include|permit",
        // What happens now and then: "that can happen when lots of people download at once".
        "this|that|it can|may|might [sometimes] happen|occur when|if",
        // Pinned on the other side: "that's on their side", "the delay is on the bank's end".
        "that|that's|this|it|it's [is] on their|its side|end",
        "the responsibility of the|your PARTY",
        "determined|decided|set|controlled|handled|managed|governed|dictated|operated|run|caused|provided|supplied|shared|listed|uploaded|fulfilled|shipped|pulled|withdrawn|reviewed|screened|vetted|billed|charged|cancelled|canceled|postponed|declined|rejected|blocked|held|delayed|changed|created|triggered|placed|flagged|frozen|locked|suspended|cut|damaged|severed|struck|stolen|vandalised|vandalized|calculated|assigned|generated|priced by [the|a|an|our|their|your|that] *2 PARTY|PARTY's|third|third-party|agent|agents|handler|handlers|company|companies|brand|brands|postal|system|systems|check|checks|filter|filters|algorithm|algorithms|software",
        "in|under|undergoing maintenance",
        "is|are|was|were|been held up in|by|at|with",
        "maintenance mode",
        "high|heavy|increased|unusually|large|higher|huge volume|volumes|demand|traffic [of] [calls|messages|orders|contacts|requests|enquiries|inquiries] is|are|has|have|means|mean|causing|caused|delaying|slowing",
        // Said of a party: "we're experiencing delays", not "the device experiencing the issue".
        "are|is|am|was|were|been|currently experiencing|seeing [a] [high|heavy|technical|some|an] *4 volume|volumes|demand|traffic|load|issue|issues|difficulties|problems|delays|outage|outages",
        // "Volume at our Memphis hub has been very high this week."
        "volume|volumes|demand *5 has|have|is|are|was|were [been] [very|unusually|extremely|exceptionally|really] high|heavy",
        // "..., which can push delivery back by a couple of hours".
        "which|that can|may|will push|set|hold *3 back",
        // Another party's call: "pricing is the decision of the sellers", "at the discretion
        // of the airline".
        "decision|decisions|discretion|call|choice of|by [the|our|each|their] [<word>] PARTY",
        // Another party's say: "HD depends on the rights holder".
        "depends|depend on [the|our|your|each] [<word>] PARTY",
        "handling|processing|receiving|getting [a|an] [very|unusually|extremely|exceptionally|really|particularly] high|heavy|large|huge|record volume|volumes|number",
        "dealing|coping|struggling with [a|an] [very|unusually|extremely|exceptionally|really|particularly] high|heavy|large|huge|record volume|volumes|demand|backlog|number",
        "technical issue|issues|difficulties|difficulty|problem|problems|error|errors|glitch|fault",
        "adverse|bad|severe|poor|extreme|inclement|heavy|icy|stormy|wintry weather|conditions|snow|rain|snowfall|flooding|winds",
        "weather-related",
        // Rail and road causes told flatly: "Network Rail were carrying out urgent repairs",
        // "a trespasser on the line", "the crew were delayed on an earlier service", "the hot
        // weather caused speed restrictions", "delays like this can happen during engineering
        // works".
        "carrying|carried|carry out [urgent|emergency|planned|essential] repairs|maintenance|works|work",
        "trespasser|trespassers|obstruction|fatality on|near the line|track|tracks|railway",
        "crew|crews|driver|drivers|staff was|were delayed|late|unavailable|sick|ill",
        "weather|heat|snow|rain|wind|winds|storm|storms|fog|ice caused|causes|causing|meant|forced",
        "can|may|might happen|occur during|due to|because|with",
        "weather related|conditions",
        "damaged|destroyed|flooded|knocked in|by [the|a|last|this] [<word>] storm|storms|flood|floods|flooding|fire|weather|wind|winds|lightning",
        "storm|storms|flooding|floods|hurricane|snowfall|lightning|wind|winds [overnight|yesterday|today|earlier] has|have|is|are|was|were|caused|affected|affecting|disrupted|disrupting|damaged|knocked|brought",
        "signal|power|line|equipment|system failure|fault|outage",
        "power|electricity|electrical cut|cuts",
        "points|track|signalling|signaling|engine|computer|mechanical|electrical|lift|escalator failure|failures|fault|faults|issue|issues|problem|problems",
        // "Drivers were stretched thin."
        "stretched (thin|to the limit)",
        // What held it up: "a late connecting coach, which held up the departure".
        "which|that held|holds up|back the|your|our|its departure|flight|train|service|order|delivery|payment|payments|refund|boarding|processing",
        // "Payments to new payees are sometimes held for fraud checks".
        "are|is sometimes|occasionally|often held|delayed|paused|flagged|stopped",
        // What a system does now and then, told actively: "tracking sometimes pauses between
        // depots", "our billing system only updates overnight", "payments can lag behind".
        "system|systems|tracking|app|balance|account|accounts only update|updates|refresh|refreshes|sync|syncs|run|runs",
        "can|may [sometimes|occasionally] lag|stall|freeze",
        "tracking|system|systems|app|site|website|updates|scans|server|servers|payments|deliveries sometimes|occasionally pause|pauses|stop|stops|lag|lags|freeze|freezes|stall|stalls|drop|drops|fail|fails",
        "fault on",
        "the|our system|systems automatically|auto",
        "no control over",
        "not responsible for",
        "known issue|bug|problem|fault",
        "limitation|limitations of",
        "how the|our system|app|site|website|platform works",
        "system|systems|server|servers|site|website is|are|was|were|has|have [been] [currently] down",
        // The season, other work or a local fault: "it's our busiest time of year", "they
        // had more urgent jobs", "there's a fault in your area".
        "as|because|since it's|that's|this's [our|the] busiest time|period|season|day|days|week|weeks|weekend|month|months|times",
        "as|because|since it|this|that|we is|was|are|were [our|the|in|at] [our|the] busiest time|period|season|day|days|week|weeks|weekend|month|months|times",
        "during|in|at [our|the] busiest|peak time|period|season|day|days|week|weeks|weekend|month|months|times",
        "more urgent|pressing jobs|calls|cases|work|emergencies",
        "fault|faults|outage|outages|issue|issues|problem|problems|disruption|interruption|interruptions in|affecting [your|the|that|this] area|region|postcode|street|exchange|neighbourhood|neighborhood",
        "short-staffed|understaffed|short-handed|shorthanded",
        // Waiting on someone else's stock: "the part comes from a specialist supplier, who are
        // on a long lead time".
        "long|longer|extended|lengthy lead time|times",
        // "The delay is at your bank's end."
        "at|on|with your|the|their bank's|provider's|carrier's|courier's|issuer's end|side",
        // "Our courier partner has had limited availability in your pincode."
        "PARTY [has|have|had] [had] limited|reduced|no availability|capacity|slots|drivers",
        // "Yesterday's update introduced a bug", "it's affecting a number of users".
        "introduced|caused|created a|an [<word>] bug|issue|glitch|problem|regression",
        "affecting|affected|impacting a|an number|lot|lots of users|customers|people|members|accounts",
        // "It's often held at Haywards Heath to let faster services through", "packages can
        // sometimes be delayed when the carrier is busy".
        "is|it's|are often|sometimes|usually|regularly held|stopped|delayed at|to|when|by",
        "can|may [sometimes|occasionally] be delayed|held|late|lost|missorted when|if|during|due",
        // "A fiber cut in the area", "there wasn't enough time to transfer them".
        "fiber|fibre|cable|line cut|cuts|break|breaks",
        "there was not enough time",
        // "That blackout came from the broadcaster's feed."
        "blackout|blackouts|buffering|glitch|interruption|interruptions comes|come|came from",
        // Demand told as the circumstance: "with high order volumes right now, stores are
        // taking longer than usual", "networks are under heavy load".
        "with [the] high|heavy|increased|record|unusually|huge|so *2 volume|volumes|demand|traffic",
        "taking|take|takes longer than usual|normal|expected|anticipated",
        "under heavy|high|huge|severe|unusual|extra|extreme load|strain|pressure|demand",
        // Another party's process decides: "new versions depend on their approval process".
        "depend|depends on their|its *2 approval|review|process|processes|schedule|timeline",
        "on back order|backorder",
        "backordered|back-ordered",
        // Short of people or parts: "they were short of qualified engineers that day", "our
        // highways team is carrying a number of vacancies".
        "short of|on [<word>] staff|engineers|drivers|crew|stock|parts|vans|vehicles|technicians|people",
        "carrying|carry|has|have *3 vacancies",
        // Money or a rule behind it: "Sunday opening was cut in the last budget round".
        "cut|reduced|scrapped|axed|withdrawn in|by|after|during the|a|our *3 budget|funding|spending|cuts|review",
        "budget|funding|spending cut|cuts|constraints|pressures|reductions",
        // Lost in a move of systems: "invoices older than that didn't come across in the migration".
        "in|during|after the|our [<word>] migration|changeover|switchover",
        // Held at the border: "the ship was held at port for customs inspections".
        "is|are|was|were|been held at|in port|customs",
        "customs inspection|inspections|checks|clearance|delays",
        // Something else caused a backlog: "industrial action has caused a large backlog".
        "caused|causes|causing|cause a|an|some|significant|major|large|huge|big *2 backlog|backlogs|delay|delays|shortage|outage|disruption|problem|problems|issue|issues",
        "industrial action",
        // Another party forced into it: "so the airline had to reschedule its evening departures".
        "PARTY had to cancel|reschedule|move|retime|divert|close|suspend|change|postpone",
        "has|have|had to (come|be ordered|be sourced|be shipped) from [a|an|the|our|their] *3 PARTY|abroad|overseas",
        // Weather and the like, told by what they did: "thunderstorms over Frankfurt held up
        // a lot of departures", "overhead wires came down in last night's storm".
        "thunderstorm|thunderstorms|storm|storms|snow|snowfall|ice|fog|flooding|floods|wind|winds|gales|heatwave|hail|lightning|weather|traffic|roadworks|congestion|strike|strikes *4 held|delayed|slowed|blocked|disrupted|affected|affect|grounded|hit|impacted|closed",
        // What something busy does: "high traffic during live events can cause some buffering".
        "can|may [sometimes|occasionally|often] cause [some] buffering|delays|disruption|issues|problems|outages|lag",
        // What the system or another's does now and then: "orders can sometimes be cancelled
        // automatically by our system", "the courier's system doesn't always recognise
        // new-build addresses", "sometimes their files are incomplete".
        "can|may [sometimes|occasionally] be cancelled|canceled|declined|blocked|flagged|held automatically|by",
        "do|does not always recognise|recognize|accept|pick|work|support",
        "sometimes their|the files|data|feed|feeds|records|details are|is incomplete|missing|late|wrong",
        "wire|wires|cable|cables|tree|trees|pylon|pylons|mast|masts|bridge came|come|fell|fallen|blew|blown|brought down",
        "in|during|by [the|last|yesterday's|overnight] [<word>] storm|storms|gales|floods|flooding|snowfall|heatwave",
        "short staffed|handed",
        "staff|staffing shortage|shortages",
        // "There's a shortage of train crew today."
        "shortage|shortages of",
        // The cause named as where it came from: "the issue comes from the plugin vendors".
        "issue|issues|problem|problems|fault|faults|error|errors|delay|delays|bug|bugs|crash|crashes|outage|outages|disruption comes|come|came|stems|stem|stemmed|arises|arise|arose|originates|originated from",
        // Another party's own trouble or own way: "our supplier has had production delays",
        // "it's in DPD's hands", "the bank has its own processing times".
        "has|have|had had [<word>] [<word>] delays|issues|problems|difficulties|outages|shortages|disruption",
        "in [the|your|our|their] PARTY's hands",
        "in the hands of [the|our|their|a|an] [<word>] PARTY",
        "PARTY [then] has|have its|their own",
        "PARTY follow|follows its|their own",
        // What it did to the orders: "so all orders have been pushed back", "parcels are
        // backed up".
        "has|have|had been pushed|put|moved back",
        "is|are|was|were|been backed up",
        // A system that failed to pass it on: "the hotel's system didn't pull the reservation
        // through", "the baggage system wasn't able to transfer your bag".
        "system|systems (did not|could not|failed to|was not able to|were not able to|was unable to|were unable to) pull|push|transfer|send|sync|process|pass|register|record|update|apply|load|pick|carry|copy|import|save|recognise|recognize",
        // A change told by what it changed: "the latest update changed how sessions are stored".
        "update|updates|upgrade|release|version|change|changes *3 changed|changes|altered how|the",
        // An attack, and what it caused: "a DDoS attack on our servers, which caused disconnects".
        "ddos|cyberattack|cyber-attack|attack|attacks|hack|breach on|against our|the",
        "which|that caused|causes",
        // "The snow has caused havoc at our hub", "short on riders, which held up orders".
        "caused|causes|causing havoc|chaos|mayhem",
        "which|that [has|have|had] held|holds|hold up|back",
        "short of|on riders|couriers|workers|hands|pickers|packers|chefs|cooks|stock",
        // Someone else's decision: "the change was made by the county council", "the later
        // journey is no longer funded".
        "made|introduced|imposed|required|mandated by the|our|your|their|a [<word>] [<word>] PARTY",
        "is|are|was|were no longer funded|subsidised|subsidized",
        // A batch, not a queue: "they're processed in weekly batches".
        "processed|paid|sent|issued|run|handled in [<word>] batches|batch",
    ])
});

/// How long something takes: "it may take up to 24 hours to appear", "transfers can take a
/// few days". It explains a wait, so only to someone waiting is it an excuse.
pub static PROCESSING_TIME: LazyLock<Phrases> = LazyLock::new(|| {
    Phrases::lines(lines![
        "may|might|can|could [sometimes|occasionally|also|usually] require|take|need [an] [additional|extra|more|longer|some|a|little|bit|up] *3 time|longer|days|hours|weeks",
        "may|might|can|could [sometimes|occasionally|also|usually] take a while|bit|little",
        // Said of a kind of item: "some items have a longer processing time".
        "have|has [a|an] longer|extended|additional|extra processing|handling|dispatch|shipping|delivery|lead time|times|period|periods",
    ])
});

/// The thing in someone else's hands: "the carrier handles parcels once they leave us",
/// "refunds go through our payment partner", "Apple is still reviewing the update", "that's
/// down to how your bank works", what their availability decides. To a customer upset or overdue it pins the problem on
/// someone else; to anyone asking how things work ("who delivers to Ireland?") it answers.
pub static IN_OTHER_HANDS: LazyLock<Phrases> = LazyLock::new(|| {
    naming_parties(lines![
        "PARTY is|are still|currently reviewing|processing|approving|checking|investigating|handling",
        "is|was|it's|that's [all] down to how",
        // What others' availability decides: "times depend on courier availability in your
        // area"; to someone asking, "estimates depend on a few things like stock" answers.
        "depend|depends on *6 availability|demand|traffic|capacity",
        // Many things decide it: "the date is set based on several factors", "it varies
        // depending on a number of factors".
        "depend|depends|depending|based on [several|various|a|many|multiple|different|certain] [few|number] [of] factors",
        "PARTY (handles|handle|manages|manage|looks after|look after) <word>",
        "go|goes|are|is [processed|handled|sent|routed] through|via [our|the|a|your] [<word>] PARTY",
    ])
});

/// The usual time a thing takes: "refunds usually show within 3-5 working days". Told to
/// someone upset at the wait it explains the wait away; told to anyone else it informs.
pub static USUAL_TIME: LazyLock<Phrases> = LazyLock::new(|| {
    Phrases::lines(lines![
        "usually|normally|typically|generally take|takes|show|shows|appear|appears|arrive|arrives|clear|clears within|in|up|between",
        // Said flat: "refunds take 14 days to process".
        "take|takes [up] [to|around|about|roughly|approximately] <num> [working|business] days|hours|weeks [to] [process|clear|arrive|show|appear|complete]",
    ])
});

/// Something that went wrong on another party's side or in a thing, told as what happened:
/// "the courier missed the slot", "the van broke down", "a signal failed", "the warehouse
/// was short of staff". Only parties and things that cause a delay are subjects (not the
/// customer's own order or flight, whose lateness is the problem itself), and the failure
/// follows its subject at once, so "the courier can collect it" is no mishap.
pub static MISHAP: LazyLock<Phrases> = LazyLock::new(|| {
    // What may stand between the doer and the failure: "the van has just broken down".
    macro_rules! have {
        () => {
            "[has|had|have|just|also|then|unfortunately|sadly]"
        };
    }
    naming_parties(lines![
        concat!("DOER ", have!(), " broke|broken|went|gone down"),
        concat!("DOER ", have!(), " missed|failed|crashed|lost|cut|misrouted|misplaced|mislaid|forgot|forgotten|overbooked|mislabelled|mislabeled|misdelivered|cancelled|canceled"),
        concat!("DOER ", have!(), " ran|run out of"),
        // Sent the wrong thing: "our supplier sent the wrong batch".
        concat!("DOER ", have!(), " sent|shipped|delivered|supplied|printed|packed|picked|labelled|labeled|loaded the|a|an wrong|incorrect"),
        "DOER is|are|was|were|has|had|have [been] [currently|still|running|a|bit|little] behind|short|offline|down|overloaded|overwhelmed|understaffed",
        "DOER did|does|has|had|could not|never turn|show|arrive|deliver|collect|send|ship|dispatch|release|update|process|come|attend|reach|make|find|locate|access",
        // Done wrongly along the way: "the label was printed incorrectly", "it was sent to
        // the wrong depot", "it was out of stock when you ordered".
        "(was|were|had been) <word> (incorrectly|wrongly|in error|by mistake)",
        "sent|delivered|shipped|routed|taken|dispatched|misrouted to the|a wrong|incorrect",
        "was|were [temporarily] out of stock",
        // Marked wrongly along the way: "the label was printed with the wrong postcode".
        "(was|were|had been) <word> with the|a wrong|incorrect",
        // Caught in what held everything up: "your parcel got caught up in the bank holiday
        // rush", "stuck in the backlog after the storm".
        "(caught up|held up|stuck) in the|a [<word>] [<word>] rush|backlog|backlogs|queue|traffic|storm|strike|strikes|disruption|delays|chaos",
        // What happened on the way: "there was a strike at the sorting office", "there's been
        // a fire at the depot".
        "(there was|there were|there has been|there have been|there's been) [a|an|some] [<word>] strike|strikes|storm|storms|outage|outages|backlog|backlogs|flood|flooding|fire|accident|incident|disruption|disruptions|roadworks|shortage|shortages|breakdown|snowfall|blizzard",
        // Sent by someone else: "the item was shipped from a third-party seller".
        "shipped|sent|dispatched|fulfilled from|by a|an|the [<word>] third-party|seller|sellers|supplier|suppliers|merchant|merchants|partner|partners|manufacturer|vendor",
        // "Our supplier had a fire at their factory", "the new system had some teething problems".
        concat!("DOER ", have!(), " had|has|have [a|an|some] [<word>] backlog|backlogs|breakdown|outage|fault|glitch|shortage|shortages|shortfall|shortfalls|delays|hold-ups|holdups|setbacks|problem|problems|issue|issues|fire|flood|leak|accident|strike"),
        // Busy elsewhere: "the engineers are all out on emergency jobs today".
        "DOER is|are|was|were [all] [already] out on|at [other|emergency|urgent|another] jobs|job|calls|call-outs|callouts",
        concat!("DOER ", have!(), " [is|are|was|were|been] having|experiencing|experienced|hit|developed [a|an|some] [technical] problem|problems|issue|issues|fault|faults|glitch|glitches|outage|breakdown|difficulties"),
        // What another party or a system did that stood in the way: "the manufacturer
        // recalled that batch", "the airport closed the runway", "the system flagged your
        // payment", "the seller shipped it late", "the warehouse was closed".
        concat!("DOER ", have!(), " recalled|closed|withdrew|withdrawn|discontinued|suspended|paused|postponed|flagged|blocked|declined|rejected|held|stopped|removed|pulled|restricted|banned|grounded|limited|capped"),
        // Sent too little: "the manufacturer massively under-allocated stock".
        "DOER [has|have|had] under-allocated|underallocated|short-shipped|under-delivered",
        "DOER <word> under-allocated|underallocated|short-shipped|under-delivered",
        // What some other parties do now and then: "some email providers hold our messages".
        "some|certain|many|most [<word>] PARTY [sometimes|occasionally|often] hold|block|flag|delay|filter|reject|decline",
        concat!("DOER ", have!(), " shipped|sent|dispatched|delivered|posted|released it|them|this|that|the|your *3 late"),
        "DOER was|were|is|are|has|had|have [been] [temporarily|unexpectedly] closed|shut",
        "DOER take|takes|took|need|needs|needed [up] [to] [a|an] [few|couple|several|<num>] [of] [extra|more|working|business] days|hours|weeks|time",
        // Let down, or faulty: "our supplier let us down", "the equipment on that carriage was faulty".
        concat!("DOER ", have!(), " let us|you down"),
        "DOER *3 was|were faulty|defective|malfunctioning",
        // Harmed or misdirected on the way: "damaged in transit", "the label was misprinted",
        // "the previous job overran".
        "damaged|lost|crushed|broken|mishandled (in transit|in the post|on the way)",
        "(was|were|had been|got) misprinted|mislabelled|mislabeled|misrouted|missorted|mis-sorted|misdirected|misdelivered|misaddressed|mislaid|miskeyed|misread|mispriced|misdescribed",
        "job|jobs|appointment|appointments|visit|meeting|shift *2 overran|over-ran",
        // Waiting on another party: "we've been waiting on parts from the manufacturer".
        "waiting on|for *3 from the|our|a PARTY",
        // Circumstances on the road or the rails: "heavy traffic held the driver up", "the
        // timetable changed on Sunday", "demand was higher than expected".
        "traffic|roadworks|congestion|accident|accidents|strike|strikes|disruption|weather [has|have|had] held|delayed|slowed|blocked|stopped|affected|disrupted|hit|impacted",
        // Where it happened between: "flooding on the M5 has held up our vans".
        "flooding|floods|snow|ice|fog|storm|storms|traffic|roadworks|accident|strike|strikes on|in|at|across *3 has|have|had held|delayed|slowed|blocked|stopped|disrupted",
        "timetable|timetables|schedule|schedules|route|routes [was|were|has|have] [been] changed|altered|revised|cut",
        "demand [was|were|has|had] [been] higher|greater|bigger|stronger than",
        "stock|stocks|supplies|tickets|seats [have|has|had] ran|run out",
        // The thing handed to someone else, or a utility's doing: "the carrier has the parcel
        // now", "the power company cut the supply".
        "PARTY has|have|had the|your parcel|package|order|item|items|shipment|delivery|case [now]",
        "power|energy|electricity|gas|water|phone|utility company|companies|supplier|suppliers|firm cut|cuts|stopped|turned|switched|shut",
    ])
});

/// Whether the reply gives a reason for a no anywhere (a cause, a rule, a channel limit).
/// Replies are short, so a reason anywhere explains the no. A link "for more information"
/// is not one: the guide counts "Sorry, that is not possible. More info: <link>" as abrupt.
/// The channel as the reason, said with the no itself: "we can't discuss that on Twitter",
/// "it can't be changed online", "not over the phone". Elsewhere in the reply the same words
/// only say where to go ("you can download it in online banking").
pub static CHANNEL: LazyLock<Phrases> = LazyLock::new(|| {
    Phrases::lines(lines![
        "publicly|public",
        "via|over|through|from|on|in twitter|social|here|dm|dms|messenger|facebook|public|phone|telephone|email|e-mail|chat|forum|forums|thread|tweet|tweets",
        "online|remotely",
        // What cannot be done on this channel, said with a bare "here": "we can't access your
        // account details here".
        "access|see|view|discuss|share|check|handle|process|find|look *4 here",
        // What this desk can see from where it sits: "I'm unable to check it at my end".
        "at|on|from my|our end|side",
        "via|over|through|from|on|in this|our|the forum|channel|thread",
        "via|over|through|from|on the phone|telephone",
        // The team on this channel: "our social team can't issue refunds".
        "our|the social|twitter|chat|online|messaging team|desk",
        // The channel's nature given as the reason: "Twitter being a public platform, we
        // can't see your order".
        "twitter|facebook|instagram|messenger|social|this being",
    ])
});

pub fn reply_gives_reason(draft: &Draft) -> bool {
    REASON.occurs(draft)
        || draft
            .sentences
            .iter()
            .any(|s| as_or_since_reason(draft.sentence_tokens(s)))
}

/// "as our packaging is ...", "since it's our promo": "as"/"since" as a reason, not
/// "as soon as", "as well" or "since Monday".
pub fn as_or_since_reason(tokens: &[Token]) -> bool {
    // "since the item has been worn" gives a reason, "since the update" a time: a verb
    // within a few words makes it a clause.
    let verb_within = |at: usize, words: usize| {
        const VERBS: List = words!(
            "is are was were has have had can will must would could should may \
            might do does did holds hold needs need requires require belongs belong contains \
            contain includes include depends depend applies apply expires expire covers cover \
            uses use means differ differs vary varies store stores keep keeps work works run \
            runs cost costs lack lacks change changes changed"
        );
        tokens[at..(at + words).min(tokens.len())]
            .iter()
            .any(|t| among(VERBS, &t.norm))
    };
    tokens.windows(3).enumerate().any(|(i, w)| {
        let (before, word, after) = (w[0].norm.as_str(), w[1].norm.as_str(), w[2].norm.as_str());
        let subject = among(
            // "as most of our depots are closed", "since their systems are down".
            "it it's this that we our these they there there's those its the your i he she \
                everything everything's everyone more demand all ours each every both neither \
                none most that's many several their",
            after,
        );
        // "as tickets are non-transferable": a noun and its verb right after make a clause.
        let noun_clause = || {
            w[2].kind == TokenKind::Word
                && !w[2]
                    .norm
                    .is_among("a an well soon much many long far per of to for you")
                && verb_within(i + 3, 3)
        };
        // "as a Spotify account can only be used once": a noun with its article and its verb
        // right after (not "as a Prime member, you can" or "as a company we are").
        let article_clause = || {
            among("a an", after)
                && verb_within(i + 4, 2)
                && !tokens[i + 3..(i + 6).min(tokens.len())]
                    .iter()
                    .any(|t| among("i we you they he she", &t.norm))
        };
        match word {
            "as" => {
                (subject || noun_clause() || article_clause())
                    && !among("soon such same just so well long far much", before)
            }
            "since" => {
                (subject || after == "you" || noun_clause())
                    && (after != "the" || verb_within(i + 3, 5))
            }
            _ => false,
        }
    }) || tokens.windows(2).next().is_some_and(|w| {
        // "Since the flight is still operating, ...": a clause of its own before the comma
        // ("since the update, it has been slow" names a time).
        let the_clause = || {
            let clause_end = tokens[2..]
                .iter()
                .position(|t| t.kind == TokenKind::Punct)
                .map_or(tokens.len(), |p| p + 2);
            w[1].norm == "the" && verb_within(2, 5.min(clause_end - 2))
        };
        among("as since", w[0].norm.as_str())
            && (the_clause()
                || among(
                    "it it's this that we our ours these they there there's your i",
                    w[1].norm.as_str(),
                ))
    })
}

/// Whether one of the two statements after `sentence` explains it: a statement about the
/// thing or the company, with a form of "be" or "have" among its first eight words ("It was
/// marked as final sale when you bought it.", "Our stores are run by partners."). A
/// question, an instruction, an offer, thanks or an apology explains nothing.
pub fn explained_after(draft: &Draft, sentence: usize) -> bool {
    const SUBJECTS: List = words!(
        "it it's this that that's these those they there there's the our your its their we he \
        she all each"
    );
    const BE_OR_HAVE: List = words!("is are was were has have had been it's that's there's");
    const NOT_EXPLAINING: List = words!(
        "please thanks thank sorry apologise apologize appreciate hope can could may would \
        happy glad feel"
    );
    draft
        .sentences
        .iter()
        .skip(sentence + 1)
        // Questions in between ("Which would you prefer?") do not end the explanation.
        .filter(|s| !draft.is_question(s))
        .take(2)
        .filter(|s| s.end <= draft.body_end())
        .any(|s| {
            let words = draft.sentence_words(s);
            words.len() >= 4
                && among(SUBJECTS, words[0])
                && words[..8.min(words.len())]
                    .iter()
                    .any(|w| among(BE_OR_HAVE, w))
                && !words.iter().any(|w| among(NOT_EXPLAINING, w))
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    every_phrase_list_compiles!(
        SOFTENING,
        REASON,
        CHANNEL,
        CAUSE,
        PROCESSING_TIME,
        USUAL_TIME,
        MISHAP
    );

    #[test]
    fn as_or_since_opening_a_sentence_gives_a_reason_only_as_a_clause() {
        let reason = |text: &str| as_or_since_reason(&Draft::new(text).tokens);
        assert!(reason(
            "Since the flight is still operating, the ticket isn't refundable."
        ));
        assert!(reason("As it was opened, we can't take it back."));
        assert!(!reason("Since the update, it has been slow."));
        assert!(!reason("As soon as it arrives, we'll let you know."));
    }
}

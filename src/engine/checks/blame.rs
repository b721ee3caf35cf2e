use super::capitalised_start;
use super::{placeholder, Context, Flag};
use crate::engine::moves::feeling::{acknowledges, reports_failure, Upset};
use crate::engine::moves::offer::offers_option;
use crate::engine::moves::verb::is_participle;
use crate::engine::packed::List;
use crate::engine::pattern::{Match, Phrases};
use crate::engine::text::{among, capitalise_first, Draft, Sentence, TokenKind};
use std::cell::OnceCell;
use std::ops::Range;
use std::sync::LazyLock;

declare_check! {
    /// ## What it catches
    /// Wording that puts the fault on the customer or talks down to them: "you should
    /// have", "as I already told you", "per my last email", "calm down", "did you even read
    /// our link?", "you failed to", "we haven't had any other reports", "the contract is
    /// between you and the seller", and rules used as a wall ("we're only obligated to",
    /// "complaints of this nature").
    ///
    /// ## Why it matters
    /// Someone who complains is handing you a chance to keep them; the ones who stay silent
    /// just leave. Pointing at their mistake, repeating yourself pointedly or quoting the
    /// rulebook turns that chance into an argument they will remember. A sharp tone from
    /// them doesn't make their complaint wrong, and being right doesn't make blame useful:
    /// say what happens next instead.
    ///
    /// ## Example
    /// ```text
    /// As I already told you, the refund takes five days. You should have checked the order page first.
    /// ```
    ///
    /// ## Use instead
    /// ```text
    /// To recap, the refund takes five days. You should see it in your account by Friday.
    /// ```
    BLAME, "blame", Error, run
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    /// "As I already told you", "per my last email".
    Repeat,
    /// "You should have ...", "you failed to", "your responsibility".
    Lecture,
    /// "It's worth being careful where you shop", "the contract you agreed to", "please read
    /// it before purchasing": a lecture to someone who complains; to a question it is advice
    /// or points to the terms.
    Caution,
    /// "In future, please check the size chart", "if you had entered the right address, this
    /// wouldn't have happened": hindsight about what the customer should have done.
    Hindsight,
    /// "Calm down", "watch your tone".
    Tone,
    /// "Did you even read our link?"
    DidYouRead,
    /// "Are you sure you didn't click twice?": the customer's account of what happened
    /// questioned. Blame to someone upset or telling what they did; to a calm question it
    /// is troubleshooting.
    Doubt,
    /// "We haven't had any reported errors."
    Dismiss,
    /// "We're only obligated to", "complaints of this nature".
    Wall,
    /// "As per legislation", "refers to the transit time": blame only against a complaint
    /// (an upset customer, or one telling of a failure) that gets no acknowledgement.
    FinePrint,
    /// "The contract is between you and the seller."
    Deflect,
    /// "We haven't received your details" after the customer said they sent them.
    Contradict,
    /// "The refund was processed on our end", "all rooms are inspected", "as explained in our
    /// policy": the company's side set against a complaint that gets no acknowledgement.
    Defend,
    /// "Our records show the payment arrived late" to a customer who says they paid on
    /// time, with no word of regret: the system's word set against theirs.
    Records,
}

static RULES: LazyLock<(Phrases, Vec<Kind>)> = LazyLock::new(|| {
    use Kind::*;
    let groups: &[(Kind, _)] = &[
        (
            Repeat,
            lines![
                // Repeating yourself, pointedly.
                "as i|we [have|had] already|previously|earlier|clearly told|said|mentioned|explained|stated|advised|informed|noted|pointed|indicated [you|out] [in|on] [my|our] [previous|last|earlier|prior] [email|e-mail|emails|message|messages|reply|response|tweet|dm|note|letter|call]",
                "as i|we [have] told|said|stated [you] [in|on] [my|our] [previous|last|earlier|prior] [email|e-mail|emails|message|messages|reply|response|tweet|dm|note|letter|call]",
                "as i|we [have] mentioned|explained|advised|informed [you] already|earlier|before|previously [in|on] [my|our] [previous|last|earlier|prior] [email|e-mail|emails|message|messages|reply|response|tweet|dm|note|letter|call]",
                "as already|previously informed|advised|stated|explained|mentioned|said|noted|told [in|on] [my|our] [previous|last|earlier|prior] [email|e-mail|emails|message|messages|reply|response|tweet|dm|note|letter|call]",
                "as informed|advised|stated|explained|mentioned|said|noted|told [you] earlier|before|previously|already [in|on] [my|our] [previous|last|earlier|prior] [email|e-mail|emails|message|messages|reply|response|tweet|dm|note|letter|call]",
                "as stated|said|mentioned|explained|advised|informed|noted in|on my|our previous|last|earlier|prior email|e-mail|emails|message|messages|reply|response|tweet|tweets|dm|dms|note|notes|letter|letters|call|calls|replies|responses",
                "like i|we [already] said|told|mentioned [you|before|earlier]",
                // "Did you check around the property like we advised?"
                "like|as we|i advised|suggested|recommended|asked",
                // What we asked of them before, asked again: "as requested earlier, reply to
                // the email", "as requested, please wait until the delivery date" (not "as
                // requested, here is your invoice": that request was theirs).
                "as requested|instructed earlier|before|previously|already",
                "as requested|instructed [please|kindly] wait|reply|respond|check",
                // Insisting they were told: "we did tell you it could take 10 days".
                "we|i did tell|inform|advise|warn|mention|explain|say [to] you",
                // "As I explained yesterday."
                "as i|we [have|had] [already] told|said|mentioned|explained|stated|advised|informed|noted [you] yesterday|earlier|before|previously",
                "as i|we [already] told|said|mentioned|explained|stated|advised|informed|noted [you] last week|month|time|night|year",
                "as [already|previously] mentioned|stated|explained|said|advised|noted|told (several|many|multiple|numerous|a few) times",
                "as [already|previously] mentioned|stated|explained|said|advised|noted|told twice|repeatedly",
                // "As mentioned by our agent, ...".
                "as [already|previously] mentioned|stated|explained|said|advised|noted|told by our|the|my agent|agents|colleague|colleagues|team|staff|advisor|adviser|representative|rep",
                "as [already|previously] mentioned|discussed|explained|advised|stated on|in|during|over [the|our] call|chat|phone|dm|dms",
                "as [already|previously] mentioned|stated|explained|said|advised|noted|told by our|the|my previous|last|other agent|agents|colleague|colleagues|team|advisor|adviser|representative|rep",
                "as i|we [have|had] told|said|mentioned|explained|stated|advised|informed|noted [you] in|on my|our previous|last|earlier|prior email|e-mail|emails|message|messages|reply|replies|response|responses|tweet|tweets|dm|dms|note|notes|letter|letters|call|calls",
                "i|we [have|had] already told|informed|advised you",
                "i|we [have|had] already explained|said|stated this|that|it",
                "[as] per my|our last|previous|earlier email|e-mail|message|reply|response|tweet|dm|note|conversation|letter",
                "as i|we [have|had] [already|previously|earlier] shared|posted|wrote|written|highlighted in|on my|our last|previous|earlier post|tweet|reply|response|message|email|e-mail|dm|note|update",
                "information|info|details|instructions [that] [was|were|we|i] [have|had] [already] previously|already|earlier provided|given|shared|sent",
                // "This was covered in the reply sent to you on the 3rd."
                "this|that|it was [already] covered|explained|answered|addressed in [the|our|my] [<word>] reply|email|message|response|replies|emails",
            ],
        ),
        (
            Lecture,
            lines![
                // Lecturing on what the customer did wrong.
                "you should [not] have <word>",
                "you should really|always use|check|read|keep|follow",
                // What they should have done first: "did you check your spam folder before
                // contacting us?".
                "did|have you [even] *8 before contacting|calling|emailing|messaging|tweeting|writing|complaining|reaching",
                "you must have <word>",
                // What to read first, said as a rule: "please read our help article before
                // contacting us", "it's important to read these".
                "read|check|consult|review *8 before contacting|calling|emailing|messaging|tweeting|writing|complaining|reaching",
                "(it is|it's) important (to read|that you read)",
                // "Did you read the terms?", asked of someone complaining.
                "did|have you [even|actually] read|check|checked|see|seen the|our terms|t&cs|t&c|policy|conditions|description|listing|faq|email|instructions",
                // The rule they must have broken: "accounts are only suspended when our terms
                // of service are broken".
                "when|if our|the terms [of] [service|use] (are|were|have been) broken|breached|violated",
                // Their account doubted: "is it possible you didn't hear the door?"
                "(is it possible|could it be|is it likely) [that] you (did not|missed|forgot|overlooked|were not)",
                "could|might someone|somebody|anyone else have used|accessed|taken|ordered|made|booked",
                // Their own checks put to them, after the fact: "the booking summary asks you to
                // check dates before you pay", "it's really important to memorise your PIN".
                "asks|tells|reminds|prompts you to check|confirm|review *4 before",
                "(it is|it's) [really|very|so|always] important to remember|memorise|memorize|keep|check|double-check",
                // "Unlimited" defined against them: "unlimited refers to there being no data cap".
                "unlimited refers|means|relates|applies",
                // Their account contradicted: "they were fully staffed, with no queues reported".
                "(was|were) fully staffed",
                "with no queues|issues|problems|complaints|faults reported|logged|recorded",
                // The act concluded to be theirs: "so this was activated from your device".
                "so|means [that] this|it|that|they was|were [<word>] activated|started|made|placed|purchased|bought|ordered|added|authorised|authorized|booked|requested|used|accessed from|on|by|with|using your phone|account|device|card|app|login|password|details|ipad|iphone|tablet|laptop|computer",
                // The act traced to their side: "our records show it was added from your phone".
                "records|logs|system [clearly] show|shows|showed [that] *6 from|on|by your phone|account|device|card|app",
                "records|logs|system [clearly] show|shows|showed [that] no *4 added|made|placed|received|requested|booked|logged|set",
                // The rule handed to someone else: "refunds are at the discretion of each manager".
                "(is|are) at the discretion of",
                // The routine set against their report: "our gate staff check every bag".
                "staff|team|agents|drivers|crew check|checks|inspect|inspects|weigh|weighs every|each|all",
                // Notice given to everyone, held up: "we emailed all customers about the price
                // change".
                "we|i [have] emailed|notified|informed|told|contacted|messaged|wrote|written all [our|affected] customers|members|users|subscribers|passengers",
                // A warning about what they did, put as a rule: "it's important not to
                // refresh the page during payment".
                "(it is|it's) important (not to|that you do not)",
                "caused by you",
                // The customer's own doing, stressed: "you cancelled the order yourself".
                "you [have|had] cancelled|canceled|deleted|changed|removed|selected|chose|chosen|entered|unsubscribed|declined|disabled|agreed|accepted|confirmed|approved|authorised|authorized|opted|switched|turned|set|toggled|blocked|muted|paused *3 yourself",
                "you [have] entered|typed|selected|chose|chosen|clicked|picked|used|put|provided|gave|given|input|booked|bought|ordered|added|filled|sent [us|me|in|out] the|a|an wrong|incorrect|invalid",
                "wrong|incorrect|invalid *2 was|were entered|typed|given|provided|selected|chosen|input by you",
                "wrong|incorrect|invalid *2 was|were entered|typed|given|provided|selected|chosen|input on your side|end",
                "you ought to have <word>",
                "you should|must of <word>",
                "you need|have|must to understand|realise|realize|accept",
                "you [have] failed|neglected|forgot to",
                // Their fault said as the cause: "suspended because you broke our rules"; and
                // what they could have done: "you'd have avoided the charge by cancelling".
                "because|as|since you [have] broke|broken|violated|breached|ignored|misused|disregarded",
                "you would|could [not] have avoided|prevented",
                "you did not bother|read|follow",
                "if you had [only] read|followed|checked|listened",
                "you were already|clearly told|informed|advised|warned",
                "you (were|have been) told|informed|advised this|that *4 already|before|previously|earlier|twice",
                "you were [already|clearly|previously] informed|advised|notified|warned of|about this|that|it",
                "you have [already|clearly|previously] been informed|advised|notified|warned of|about this|that|it",
                "you were|have [already|clearly|previously] [been] made aware of|about this|that|it",
                "you did not enter|select|choose|provide|give|include|use|follow|check the right|correct|full|required",
                "you never entered|selected|chose|provided|gave|included|used|followed|checked the right|correct|full|required",
                "your|customer's [own] responsibility|fault|mistake",
                "you agreed|accepted|consented to [the|these|those|our] terms|conditions|policy|policies",
                "which|that you [have] [already] agreed|accepted|consented to",
                // The customer's slip as the usual cause: "declines like this are nearly always
                // down to the customer entering the wrong PIN".
                "(down to|caused by|due to|because of) [the] customer|customers|user|users|cardholder|cardholders|passenger|passengers|buyer|buyers error|errors|mistake|mistakes|entering|using|typing|choosing|selecting|forgetting|ignoring",
                // What the page told them to do: "like the booking page tells you to".
                "like|as [the|our] <word> [page|site|website|email|confirmation|instructions] tells|told|says|said|asks|asked|instructs|instructed you to",
                // Whoever holds the account, the card or the ticket: the customer in a third person.
                "the customer's|buyer's|cardholder's|purchaser's|passenger's|owner's|user's|member's|holder's|traveller's|traveler's|tenant's|guest's|student's|driver's|recipient's|sender's|applicant's responsibility",
                "the account|card|policy|ticket|booking holder's|owner's responsibility",
                "the responsibility of the|your customer|buyer|cardholder|purchaser|passenger|owner|user|member|holder",
                "the responsibility of the account|card|policy|ticket|booking holder|owner",
                "user error",
                // A fault they report said to be impossible: "our meters don't make mistakes",
                // "the system never gets it wrong".
                "our|the meter|meters|system|systems|machines|machine|scanners|scanner|records|software|equipment|staff|drivers|team do|does not|never make|makes mistakes|errors",
                "our|the meter|meters|system|systems|machines|machine|scanners|scanner|records|software|equipment never get|gets it|things wrong",
                // "..., which you'd have seen when you booked the return", "explained at checkout".
                "you would have seen|read|noticed|known [it|this|that|explained|mentioned|stated|listed|shown] when|if|at|before|on|during",
                // Told before, to all: "passengers are reminded during booking to check in online".
                "customers|passengers|guests|users|members|travellers|travelers|tenants|buyers are|were reminded|advised|warned|told|informed *6 to",
                // "Perhaps check your messages more often", "please be more careful with references".
                "(perhaps|maybe|please|try to|you should|you need to) (check|read|look at) your *2 (more often|more carefully|properly|regularly)",
                // "Please review your statements each month so you're aware of updates."
                "please|kindly (check|read|review|look at) your *3 each|every month|week|time|day",
                "(be more careful|take more care|pay more attention)",
                "read *4 properly before",
                // Their job, told back: "it was on you to check the seller's feedback".
                "(it was|it's|that was|that's) on you to",
                "it was up to you to",
                // "In future it would help if you actually read the handbook."
                "if you actually read|checked|looked|followed|listened",
                // "... which we'd recommend actually reading".
                "recommend|suggest|advise actually reading|checking|looking|opening|following",
                "bothered to read|check|look|follow",
                // What the customer is expected to do: "customers are expected to read correspondence".
                "customers|customer|users|members|passengers|tenants|travellers|travelers|guests|buyers are|is expected|required to read|check|review|keep|know|monitor|understand",
                // Damage put down to handling: "a crack like this only happens when a handset has
                // been dropped".
                "only|usually|typically|normally|generally happens|occurs when *6 dropped|knocked|knock|misused|mishandled|bent|crushed|wet|submerged|forced",
                "clearly stated|mentioned|written|displayed|indicated|explained|marked|shown|outlined",
            ],
        ),
        (
            Caution,
            lines![
                // What they would have known, told to a complaint: "you'd know this if you'd
                // read the confirmation email".
                "would [have] know|known|seen|noticed|found *4 if you",
                // What they signed, held up to them, apology or not: "as set out in the contract
                // you agreed to", "the rental agreement you signed".
                "terms|conditions|agreement|contract|t&cs|t&c you [have|had] [already] agreed|accepted|consented|signed",
                // Care urged after the fact: "it's worth being careful where you shop online".
                "worth being [more|extra] careful|vigilant|cautious",
                // "It's worth checking that before ordering."
                "worth checking|reading|looking|double-checking *3 before ordering|booking|buying|purchasing|paying|travelling|traveling|you",
                // "It's important to always check the label before you leave the counter."
                "important|wise|best|advisable to [always] check|read|double-check|verify|review *3 before",
                // "Please read it before purchasing".
                "please|kindly read|check|review it|this|the|our *3 before purchasing|buying|ordering|booking|travelling|traveling|paying|signing|contacting|messaging|calling|emailing|writing|tweeting|complaining|resubmitting|submitting|uploading|applying|placing|sending|getting|using|redeeming",
                // "We'd recommend reading the full description before booking."
                "recommend|suggest|advise|encourage reading|checking|reviewing *4 before purchasing|buying|ordering|booking|travelling|traveling|paying|signing|contacting|complaining",
            ],
        ),
        (
            Hindsight,
            lines![
                // Hindsight: checked in `hindsight_holds`.
                "next time",
                "had you [only|just] checked|read|looked|contacted|called|booked|followed|used|saved|tested|asked",
                "in [the] future",
                "going|moving forward",
                "from now on",
                "for future reference",
                "for the future",
                "for|on future <word>",
                "if you had [only|just] <word>",
                // "If you'd added a safe place ..." ("you'd" reads as "you would").
                "if you would [only|just] added|entered|selected|chosen|checked|read|set|put|given|provided|told|contacted|called|booked|ordered|followed|used|updated|included|left|ticked|clicked|saved|kept|opted",
                "you needed|had to have <word>",
                "you were supposed to have <word>",
            ],
        ),
        (
            FinePrint,
            lines![
                // Told to an upset customer with no word of regret: bound by rules, quality
                // disclaimed, a request that promised nothing, the charter linked instead of an
                // answer ("we're required to comply with regulations", "HP cannot guarantee the
                // quality of refilled cartridges", "seat requests are not guaranteed", "a link
                // to our Commitment to customers").
                "we are required|obliged|obligated|bound to comply|follow|abide|adhere",
                // "This is standard practice across the industry", "this product isn't
                // designed for outdoor use".
                "standard|normal|common|usual practice|procedure",
                "is|are not designed|intended|made|meant for",
                "can not guarantee|warrant the quality|reliability|performance|safety|compatibility",
                "is|are not [a] guarantee|guaranteed",
                "link to|of our [<word>] commitment|charter|terms|policy|policies|conditions|contract",
                // A status defined back at them: "'Delivered' means the parcel reached your
                // address".
                "delivered|dispatched|shipped|completed|resolved|closed|guaranteed|express|priority [status] [simply|just|only] means|refers",
                "clearly state|states|say|says|show|shows|mention|mentions|explain|explains|indicate|indicates",
                "state|states|say|says|show|shows|mention|mentions|explain|explains clearly",
                "policy|policies|terms|conditions|rules|instructions|guidelines is|are [very|quite|perfectly|pretty|really] clear",
                "[as] per|under [the|our|current] legislation|law|laws|regulations|policy|policies|terms|rules|t&c|t&cs",
                // "This was shown clearly at the time of booking."
                "shown|displayed|stated|explained [clearly] at the time of booking|purchase|ordering|checkout",
                // "The website states stock levels are an estimate."
                "the|our website|site|page|terms|policy|app states|stated|says",
                // A clause number instead of an answer: "see section 4.2 here".
                "see|read|check|per|under section|clause|paragraph|term <num>",
                "[as] per|under our|the|your <word> conditions|terms|policy|rules",
                // Shown to them before: "which are shown during booking", "prices are shown
                // upfront before you confirm", "all explained in the patch notes".
                "shown|stated|displayed during|when booking|checkout|purchase",
                "shown|displayed upfront|up-front before you",
                "was|were [all] explained|outlined|detailed|listed in the [<word>] notes|email|announcement|post|update before",
                "worth giving it|them|this a read",
                "[as] per|under section|clause|paragraph|article",
                // "Per our User Agreement, we may place holds on funds."
                "[as] per|under our|the|your [<word>] agreement|contract",
                // "..., which are in section 7 of your T&Cs".
                "section|clause|paragraph|article <num> of",
                // "It's a condition of the account."
                "is|it's a condition|requirement of [the|your|our] account|tariff|plan|contract|agreement|policy|booking|ticket|service|membership|subscription",
                "as [clearly] stated|outlined|mentioned|described|explained in|on|by our|the terms|policy|policies|t&c|t&cs|conditions|rules",
                "as set out in|on|by our|the [<word>] terms|policy|policies|t&c|t&cs|conditions|rules",
                // The terms pointed to without "as": "overdraft fees are disclosed in your
                // account agreement", "the policy was outlined in your membership agreement".
                "is|are|was|were [clearly|fully|all] stated|disclosed|outlined|specified|detailed|explained in|on our|the|your [<word>] [<word>] terms|policy|policies|agreement|contract|conditions|t&cs|t&c",
                // "..., which you accepted when opening the account."
                "which|that you [have|had] (accepted|agreed to) when|at|upon|during|on|before",
                "as stated|outlined|mentioned|described|explained|shown in|on our|the [product|help|support|returns|delivery|shipping|item] website|site|faq|faqs|listing|description|page|app|screen|screens",
                "as shown|stated|displayed|explained|outlined|described|mentioned on|at [the] checkout|basket|booking|payment|order [screen|page|summary]",
                // "..., which was outlined in your original agreement."
                "which|as was|were [clearly] outlined|stated|explained|set|shown|specified|detailed in|on your|our|the",
                // "As mentioned in our docs (which I'd recommend reading)".
                "as stated|outlined|mentioned|described|explained|noted in|on our|the docs|documentation|guide|guides|faq|faqs|article|articles|help",
                // A service's times disowned: "transit times are not guaranteed".
                "times|dates|timings|delivery|deliveries|arrival|transit are|is not guaranteed",
                "according to [the|our|current] legislation|law|laws|regulations|policy|policies|terms|rules|t&c|t&cs",
                "refer|refers|relate|relates|apply|applies to [the] [amount|number] [of] transit|processing|shipping|handling|business|working time|days|period",
                "refers|relates to [the] dispatch|dispatching|processing|shipping",
                "refers|relates|applies to [the] next|following working|business day",
                "refers|relates|applies to [the] time|days in transit",
                // "Delivery windows are the transit time from the day it leaves us."
                "are|is the transit time|times|period from|once|after",
                "is|are counted|measured|calculated in|as business|working days",
                // A requirement or an agreement held up against the complaint.
                "you are|were required|obliged|expected to",
                // Held to have done it: "it's treated as made by you", "you're responsible for
                // purchases made on your account".
                "treated|considered|deemed as made|authorised|authorized|done by you",
                "you are [solely|fully|entirely] responsible for",
                // "Did you restart the router as advised?"
                "did|have you *6 as advised|instructed|requested|suggested|directed",
                "to qualify for",
                "you [have|had] missed the|your (deadline|cut-off|cutoff|window|time limit)",
                "to be eligible for",
                "stated|agreed|accepted [to] [and] [agreed|accepted] [to] during|at|when|upon checkout|purchase|signup|booking|registration",
                "stated|agreed|accepted [to] [and] [agreed|accepted] [to] during|at|when|upon check|sign out|up",
                "we|i [do|always] follow|meet [all] [the] [eu|uk|us|local|federal|government|industry|safety] regulations|rules|laws|standards|guidelines",
                "we|i [do|always] comply|adhere with|to [all] [the] [eu|uk|us|local|federal|government|industry|safety] regulations|rules|laws|standards|guidelines",
                "in accordance with [the|our]",
                "[strictly] in line with the|our|your [<word>] [<word>] terms|policy|rules|conditions|contract|tariff|tariffs|pricing",
                // "The upgrade was explained clearly in the email we sent on the 14th."
                "explained|outlined|stated|set [out] [clearly] in the|our email|letter|message|notice we|i sent",
                "which|as is|are [clearly] set out in|on",
                // The terms handed over instead of an answer.
                "refer to our|the terms|t&c|t&cs|conditions",
                "refer to section|clause|paragraph|article",
                // What a service's name means, read out: "Next Day Delivery means the next working
                // day after dispatch".
                "means|meant the next|following working|business day",
                "means|meant [<word>] business|working days",
                // The rule's own escape clause: "not payable where the delay was caused by
                // extraordinary circumstances".
                "extraordinary|exceptional circumstances",
                "have a read of our|the terms|t&c|t&cs|conditions",
                "please|kindly see|read|review our|the [<word>] terms|t&c|t&cs|conditions",
                // "Please see our fair usage policy here."
                "please|kindly see|read|review|check our|the *2 policy|policies",
                "it|it's [is] [always] important|essential|key|vital|crucial|best|wise|advisable to check|read|review|know|understand|ensure|make|confirm|double-check|measure",
                // The terms of a sale between other people, told to someone let down by it: "sales
                // are agreed directly between buyers and sellers", "the guarantee only applies
                // once you've given the seller 3 days".
                "[directly|strictly|solely|only] between [the] buyer|buyers|customer|customers|member|members|users and [the] seller|sellers|merchant|merchants|vendor|vendors|host|hosts",
                "guarantee|protection|cover|warranty|policy|promise|scheme only applies|apply|covers|cover|kicks|starts after|if|when|once|to|in",
            ],
        ),
        (
            Tone,
            lines![
                // Remarks on tone instead of the problem.
                "calm down",
                "treat our|the agents|staff|team|colleagues|advisors|advisers|people with [the] [same] respect",
                "ask that you [please] be|remain|stay polite|respectful|civil|courteous",
                "no need to shout|yell|swear|curse",
                "no need to be|get rude|abusive|angry|aggressive|nasty|hostile|personal|offensive|upset|cross|mad|emotional",
                // Minimising the wait: "it's only been a week"; calm asked for: "let's keep it calm".
                "(it has|it's) only been",
                "keep it|this|things calm",
                "no need to use that|such|this language|tone",
                // "There's no need to take that tone with us."
                "no need to take that|such|this|a tone",
                "take|taking|took that|this tone",
                "take|taking|took such a tone",
                // "We'd ask that you keep it respectful."
                "keep it|things respectful|civil|polite|professional|friendly",
                // "We'd ask that it's kept civil."
                "is|are|it's kept civil|polite|respectful|courteous|professional",
                "no need to raise your voice",
                "keep|continue using|with that|this|such language|tone|attitude",
                "there|there's [is] no need for that|such|this|the language|tone|attitude|behaviour|behavior|rudeness|abuse|sarcasm|swearing|insults|profanity",
                "no need for all the|those|these question|exclamation|caps|capitals|shouting",
                "no need for [the|all|those|these|so] [multiple|many] question|exclamation marks|mark",
                "no need for [all] [the] caps|capitals|shouting|swearing|insults",
                "watch|mind your language|tone|words|manners",
                "your tone",
                "please be [more] respectful|polite|civil|courteous",
                "keep it civil|polite|respectful|courteous|professional",
                "kept|keep|keeping things|it|this civil|polite|respectful|courteous|professional|friendly",
                "keep the|your language|tone|messages|comments|chat|conversation|discussion civil|polite|respectful|courteous|clean",
                "if you were [more] respectful|polite|civil|courteous",
                "if you could be [more] respectful|polite|civil|courteous",
                "do not shout|yell|swear",
                "stop shouting|yelling|swearing",
                // Their words judged ("your rude language", "your behaviour was unacceptable"), not
                // named ("pick your language in settings").
                "your abusive|offensive|rude|inappropriate|aggressive|foul|bad language|behaviour|behavior|attitude",
                "your language|behaviour|behavior|attitude [has|have] is|was|are|were|been [not] [very|totally|completely|quite|really] unacceptable|inappropriate|abusive|offensive|rude|aggressive|acceptable|appropriate",
                "take a deep breath",
                // Help held back until they are polite: "once you can talk to us respectfully".
                "talk|speak|write|communicate [to|with] [us|me] respectfully|politely|civilly|calmly",
                // Help held back until they calm down: "once the language is toned down".
                "tone|toned|toning [it|that|this|things|your|the] [language] down",
                "once|when [the|your] language|tone|conversation is|has|stays|remains [been] [kept] [more] toned|calmer|civil|polite|respectful",
                "refrain from using|swearing|shouting|cursing|being",
                "refrain from that|such|this|abusive|offensive|foul language|behaviour|behavior",
                "will|do|does|can not tolerate [any] [form|kind] [of] abuse|abusive|rudeness|rude|swearing|language|behaviour|behavior|threats",
                "zero tolerance",
                "you are overreacting|over-reacting",
                // Their words judged instead of the problem: "that's quite a statement", "those
                // are strong words", "that's a bold claim".
                "quite a|an statement|remark|claim|accusation|comment",
                "quite a|an thing to say",
                "(that is|that's|those are|these are) [very|rather|pretty|some] strong|harsh|bold|big words|claims|accusations|statements",
                "(that is|that's) a [very|rather|pretty] strong|harsh|bold|big|sweeping statement|claim|accusation|remark",
                "shouting|yelling|swearing|rudeness|abuse|insults [at] [us|me] [in] [capitals|caps] will|does|do|is not|never help|speed|change|get|solve|fix|make",
                // Being called names, answered instead of the problem: "there's no need to call
                // us names", "we don't appreciate being called liars", "calling our staff idiots
                // won't help", "it's hurtful to call us that", "abuse will not be tolerated".
                "no need to call us|me|them|our|the *2 names|that|those|liars|thieves|scammers|idiots|clowns|frauds|crooks",
                "(do not|never) appreciate being called|insulted|sworn|shouted|spoken|talked",
                "name-calling|namecalling",
                // "I would ask you to avoid the use of that type of language."
                "avoid *4 language|swearing|profanity|insults|tone",
                "(use of|using) that|this|such type|kind|sort of language",
                "(use of|using) that|this|such|abusive|offensive|foul language",
                "calling us|our|them|the *3 will|does|do|is not|never help|change|solve|fix|get",
                "upsetting|hurtful|unkind|offensive|rude|disrespectful|unfair to call|hear us|me|our|them *2 that|names|liars",
                "(will not be|is not|are not|never) tolerated",
            ],
        ),
        (
            DidYouRead,
            lines![
                // Doubting they read what was sent.
                "did|have you [even|actually|ever|already] read|view|viewed|open|opened|click|clicked|follow|followed|check|checked|visit|visited [at] our|the|my [whole|full|entire|complete] link|links|email|e-mail|message|reply|response|instructions|dm|previous|earlier|last",
                "did|have you [even|actually|ever] look|looked at our|the|my [<word>] link|links|email|e-mail|message|reply|response|instructions|dm",
                // "Did you have a look there first?"
                "did you [even|actually] have|take a look [there|at] [it|that|this] first",
                // "Did you happen to check our reply on your registered email?"
                "did|have you happen|happened to check|see|read|view|open [with|at] our|the|my [<word>] link|links|email|e-mail|mail|message|reply|response|instructions|dm",
                // "Did you read the returns info we sent you?"
                "did|have you [even|actually] read|see|check the|our [<word>] info|information|details|guide|email",
                // "Did you follow all the steps in the guide we sent?"
                "did|have you [even|actually|ever] read|follow|followed|complete|completed|try|tried all|every|each [of] [the] steps|step|instructions",
                // "Did you read the steps in the link we sent?"
                "did|have you [even|actually|ever] read|follow|followed|try|tried the steps|instructions|guide in|on|from the|our|my",
                "did|have you actually|really read|look|looked|open|opened|check|checked|try|tried|follow|followed|click|clicked|restart|restarted|ask|asked|contact|contacted",
                "did|have you even",
                "are you sure you *4 properly|correctly|carefully|thoroughly|right",
            ],
        ),
        (
            Doubt,
            lines![
                // "We did reply to you yesterday", "at no point were you told it was free".
                "we|i did reply|respond|answer|email|call|send|message|contact|get",
                "at no point",
                // What they say happened, questioned: "are you sure you didn't click twice?",
                // "did you actually place two orders?"
                "are you sure|certain [that] you did|have|had|are|were not|never <word>",
                // "Are you sure you entered the right PIN?", "are you sure you paid?"
                "are you sure|certain [that] you [have|had|did] completed|paid|sent|placed|entered|submitted|received|checked|ordered|typed|used|selected|chose",
                // Hindsight as a question: "did you double check the size you selected before
                // ordering?"
                "did|have you [double] check|checked|double-check|double-checked *6 before ordering|booking|buying|paying|purchasing|submitting|placing|sending|checking|you|leaving",
                // "You gave that driver 5 stars, so we're a little confused by this."
                "we are|i am [a] [little|bit|slightly] confused by this|that|your",
                "did|have you actually|really place|placed|order|ordered|pay|paid|send|sent|receive|received|enter|entered|book|booked|make|made|cancel|cancelled|canceled|submit|submitted|click|clicked",
                // The fault put on their side against a repeated report: "there are no known
                // issues with the mast, so it may be something on your handset".
                "(there are|there is|there's) no known issues|problems|faults|outages",
                // A fault they report said not to happen by itself: "screens don't crack on
                // their own".
                "not|never <word> on its|their own",
                "not|never <word> by itself|themselves",
                // Their account doubted or put down to them: "I'm not sure why you think that",
                // "this looks like user error", "there's nothing wrong on our end", "declines
                // are usually caused by incorrect details", "you would have been notified",
                // "we can't help if you don't give the right address".
                "(not sure|unsure) why you think|believe|feel|say",
                "user error",
                "(there is|there's) nothing wrong on|at|with our end|side",
                "usually|often|mostly|normally|typically (caused by|due to|down to) incorrect|wrong|invalid|incomplete|outdated",
                "you would have been notified|informed|told|advised|emailed|warned|sent",
                // "So this would have been discussed with you on the day."
                "would have been discussed|explained|agreed|mentioned|shown|confirmed with|to you",
                "would have been (gone through|talked through) with you",
                "you (were|have been) warned",
                "can not help|assist [you] if|unless you",
                // Their miss supposed: "perhaps you missed the card we left".
                "perhaps|maybe|possibly you [may|might] [have] missed|overlooked|misread|misunderstood|forgot|forgotten",
                "something|a problem|an issue|a fault on|with your [own] handset|phone|device|router|end|side|setup|network|computer|browser|connection|equipment",
                "something|a problem|an issue|a fault on|with the handset|phone|device|router|computer|browser|connection|app (you are|you have been) using",
                // Their report weighed against the odds, or sent back to be checked first:
                // "parcels marked as delivered are very rarely lost", "please check with your
                // neighbours before raising a claim".
                "(very|extremely|incredibly) rarely|seldom lost|stolen|missing|wrong|faulty|damaged|misdelivered|late",
                "check|ask|look *6 before raising|making|submitting|filing|opening|starting|logging a|an claim|complaint|dispute|case|report",
                "check|ask|look *6 before reporting|declaring it|this|them missing|lost|stolen",
                // "That's usually on the user's side."
                "(is|that's|it's) [usually|typically|normally|often|mostly] on the user's|customer's|your side|end",
            ],
        ),
        (
            Dismiss,
            lines![
                // Dismissing the report.
                "we|i have|had|did not [had|have|received|receive|seen|see|got|get] any [other|more|similar|such] [reported] reports|complaints|errors|issues|problems|outages",
                "we|i have|had [had|received|seen|got] no other|similar|further|more reports|complaints",
                "no other|similar reports|complaints of|about this|that|it",
                // "We haven't seen this reported by anyone else this week."
                "not seen|had|received this|that|it|anything [being] reported by (anyone|anybody|any other)",
                "we|i have|had|did not [had|have|received|seen] anyone|anybody else report|reporting|mention|mentioning|complain|complaining|raise|raising",
                // "So it's most likely down to your phone."
                "is|it's|that's [most|very] [likely|probably] down to your [own] phone|device|router|setup|network|connection|browser|computer|laptop|equipment|settings|end|side",
                // "So this will be down to your home network."
                "will|would|must be down to your *2 network|router|connection|wifi|wi-fi|device|phone|setup|settings|equipment|end|side",
                "(had|received|seen) zero reports|complaints",
                // "This is the first we've heard of this."
                "the first we|i have|had [had|heard|seen|received] [of|about] [a|any] [report|reports|complaint|complaints] [of|about] this|that|it",
                // "All items go through strict quality checks, so this is highly unlikely."
                "so this|that|it is [highly|very|extremely] unlikely",
                "so it's|that's [highly|very|extremely] unlikely",
                // The fault put on the customer's side without a look: "it must be on your end".
                "must be on your end|side",
                "the|this|that issue|problem|fault|error is|lies on your end|side",
                "the|this|that issue|problem|fault|error is|lies with your [own] equipment|device|router|setup|network|connection|wiring|phone|computer|end|side",
                "your router|device|phone|network|connection|computer|laptop|setup|browser is the problem|issue|cause|culprit",
                "has to be on your end|side",
                "no one else [has|is] reported|complained|having|had|experiencing|flagged|raised|mentioned|noticed",
                "nobody else [has|is] reported|complained|having|had|experiencing|flagged|raised|mentioned|noticed",
                // "Everyone else on board seems to be connected without any problems."
                "everyone|everybody else *8 without any|a problem|problems|issue|issues|trouble|hitch",
                "is|it's|that's [most|very] likely|probably on|with your [own] phone|device|router|setup|network|connection|browser|computer|laptop|equipment|settings|end|side",
                "no other customers|users|members [have|are] reported|complained|having|experiencing",
                "there|there's [is] nothing wrong with our|the",
                "nothing wrong with the|our handset|phone|device|product|service|network|app|system|item|order|meter|equipment",
                // "We've not had a single other report", "so it's very unlikely to be anything on our network".
                "(not|never) (had|received|seen) a single|one other|another report|complaint",
                "very|highly|extremely unlikely to be *3 on|with our|the network|side|end|system|supply",
                // "So we don't accept that a visit was missed."
                "(we|i) (do not|can not) accept|believe that",
                // "It must have been turned off on your end."
                "must have been *4 on your end|side",
                "works|working fine|perfectly for everyone|everybody else",
                // Doubting or contradicting their account.
                "misinformation|rumours|rumors circulating|going|out|spreading|online|floating",
                "you are mistaken|wrong|confused|incorrect",
                "you may|might|must|could be mistaken|wrong|confused|incorrect",
                "that|this|that's [is] [simply|just|really|actually|frankly|absolutely] not true|correct|accurate",
                "that|this is not the case",
                "that|that's|this [is] not what happened",
                "that|that's|this [is] not what our|the records|logs|system|systems|notes|tracking show|shows|say|says",
                "no evidence|sign|indication of [a|an|any] fault|problem|issue|error|outage|mistake on our|my side|end|part",
                "(there is|there's) no <word> [<word>] on our|my side|end",
                "who told|advised|informed you",
                "not our|my fault",
                "no record of you|your|any [previous|earlier|prior|ever] contacting|calling|call|calls|contact|contacts|chat|chats|complaint|complaints|email|emails|request|requests|messages|speaking",
                "you never placed|place|made|make|sent|send|contacted|called|requested|ordered|booked|asked|reported",
                // The records set against their word: "so it must be with you".
                "it|parcel|package|order|item|items must be with you",
                "it|parcel|package|order|item|items must be at|in your address|home|house|door|property|building|mailbox|letterbox|porch",
                // Their account doubted with the record: "the charge must have been made by you", "it
                // was working when it left us".
                "must|would have been <word> by you|yourself",
                // Or while it was theirs: "items must have been moved or consumed during your
                // stay", "it must have been dropped while in your care".
                "must|would have been <word> [or] [<word>] (during your|while you|while in your|while it was in your|in your care)",
                "was|were [definitely|certainly|clearly|fully|all|still] working|fine|intact|perfect|undamaged|inside|included|packed|complete|there when|before it|they left (us|our warehouse|the warehouse|our store|the store|our depot|the depot|the factory)",
                "it|parcel|package|order|item|items must have (arrived|reached|been delivered|been received|been collected)",
                // An apology for what they "think": their complaint made an opinion.
                "sorry|apologise|apologize|apologies that|if you think|believe",
            ],
        ),
        (
            Wall,
            lines![
                // Rules used as a wall.
                "only obligated|obliged|required|bound|liable to",
                "[can] not be held responsible|liable|accountable",
                "not something *4 be held liable|responsible|accountable",
                "not obligated|obliged|bound|liable|required to",
                "under no obligation",
                "at our [sole|own|absolute] discretion",
                // A class of complaint ruled out: "complaints of this nature", "compensation isn't
                // something we offer for this type of issue".
                "complaints|complaint|issues|issue|problems|problem|cases|case|claims|claim|situations|situation|delays|delay|requests|request of this|that|such nature|kind|type|sort",
                "for|in this|these|that|those|such type|types|kind|kinds|sort|sorts of",
                "not offer|give|provide|issue [a|any] gesture|goodwill",
                // "We don't offer credits for outages under 24 hours."
                "not offer|give|provide|issue [a|any] credits|credit|compensation for outages|delays|disruption|interruptions",
                "gesture|goodwill|compensation is|will not [going] [to] resolve|solve|fix|change",
            ],
        ),
        (
            Defend,
            lines![
                // The company's side told against the customer's report: "the refund was
                // processed on our end", "we have no record of that", "the app does not
                // delete photos", "all rooms are inspected", "our agents are trained to be
                // polite", "the driver followed your instructions", "normal wear and tear",
                // "this usually happens when it isn't used as described", "we always
                // recommend saving your work". Checked against the customer's complaint.
                "processed|sent|issued|shipped|delivered|dispatched|made|completed on|from our end|side",
                // Their own setting as the cause: "delivered to a safe place as per your
                // delivery preferences".
                "[as] per|following|under your [<word>] preferences|instructions|settings|selection|choice|choices",
                "(according to|in line with) your [<word>] preferences|instructions|settings|selection|choice|choices",
                // The routine set against their report: "our drivers always knock and wait".
                "our|the drivers|driver|couriers|courier|engineers|engineer|staff|team|agents|crew|technicians|riders|postman|postmen always|never knock|ring|check|wait|call|leave|deliver|follow|take|photograph|scan|ask|inspect|test|confirm|attempt|try|knocks|rings|checks|waits|calls|leaves|delivers|follows|takes|photographs|scans|asks|inspects|tests|confirms|attempts|tries|skip|skips|ignore|ignores",
                // Their kind of fault put down to handling: "that kind of damage usually happens
                // when the lid is opened from one corner".
                "kind|type|sort of damage|fault|wear|crack|cracking|problem|issue|mark|marks|stain|stains|drift [usually|normally|often|typically|only|generally] happens|occurs|comes|results|appears",
                "only one|a single charge|payment|transaction [on|from] our end|side",
                "we|i have|had no record|records|trace|evidence",
                "can not see|find [any|a] note|notes|record|records|trace|mention of|on that|this|it|your|any",
                // Their absence as the cause: "left a card as there was no one home".
                "(there was no one|there was nobody|no one was|nobody was) home|in|available|present|around|there|at",
                // Of them or of what they say ("no record of you calling", "no record of a
                // call from you"), not of our own slip ("no record of the driver's scan").
                "(there is|there's) no record|records|trace of you|your|that|this|it|a|an",
                "(there is|there's) no record|records|trace on|in your|the|our account|file|system|records",
                // "..., so the charge was applied correctly".
                "was|were|has|have [been] applied|charged|calculated|billed|processed correctly",
                // The charge said to stand: "so the charge for this month is correct".
                "charge|charges|fee|fees|bill|amount|payment|price|invoice|balance|usage|reading|readings|consumption|total [for|on|of] *4 is|was|are|were [completely|entirely|perfectly|therefore|still] correct|accurate|right|valid",
                // Told already, on the record: "our records show you were informed of the delay".
                "you were [already|previously|clearly] informed|told|advised|notified|warned|made aware",
                "you were told|informed|advised [<word>] at the time",
                // The fault handed to them, or their report set against the staff's word or a
                // photo: "the responsibility lies with you", "the driver has confirmed he
                // handed it to you", "we have a photo of the parcel at your door".
                "responsibility lies|rests|sits with you",
                // What they were told or chose, held up to them: "this is explained in the
                // confirmation email you received", "shown in your order summary, which you
                // confirmed before paying", "so the driver followed your instructions".
                "(explained|stated|detailed|outlined|described|listed|mentioned|covered|set out|spelled out|spelt out|laid out) in the|your [<word>] email|emails|letter|confirmation|terms|contract|message|messages you (received|were sent|got|signed|agreed)",
                "which|that you confirmed|accepted|agreed|approved|ticked|signed before|when|at",
                "followed your instructions|instruction|request|choice|selection",
                "responsibility lies|rests|sits with the customer|buyer|purchaser|passenger|account",
                "(it is|it's|it was) your responsibility",
                "driver|courier|engineer|rider|postman|agent|staff|store has|have confirmed [that] he|she|they|it [was] handed|delivered|gave|left|called|knocked|visited|attended",
                "(we have|there is|there's) a [<word>] photo|picture|signature|proof of",
                // Others' silence set against their report: "nobody else on your street has
                // reported a problem" (as "we haven't had any reported errors").
                "(nobody|no one) else *4 has|have reported|mentioned|complained|raised",
                "you [may|might|must] [have] misunderstood|misread|misunderstand",
                // What they were told, or how their case went, said to stand: "the information
                // you were given is correct", "we believe the case was handled accordingly",
                // "the driver followed the correct procedure".
                "information|info|advice|details|answer|response|guidance|quote *5 is|was|are|were [completely|entirely|perfectly|therefore|still] correct|accurate|right|valid",
                "case|complaint|matter|claim|request|issue|query [is|was|has|have] [been] handled|dealt|assisted|processed|managed *2 correctly|appropriately|accordingly|properly|fairly",
                "followed|follow|follows the correct|right|proper|standard procedure|procedures|process|protocol|guidelines",
                "app|system|site|website|software|platform|update does|do|did|will not|never delete|lose|remove|cancel|change|charge",
                // "Our system only charges once per order", "we reply to every email within 48
                // hours", "the size sent matches the one you selected", "orders can't simply
                // vanish".
                "our|the system|systems only|never|always",
                "we [always] reply|respond|answer [to] every|all",
                // An answer said to be out already, to someone who says none came: "an email
                // has already been sent with a reply", "my colleague has already advised you to
                // check your spam folder".
                "email|e-mail|mail|reply|response|answer|update has|have already been sent|shared|given|provided",
                "colleague|colleagues|agent|agents|team|advisor|adviser has|have [already] advised|told|asked|instructed|informed you",
                // "Confirmations are always sent" to someone who never got one.
                "confirmation|confirmations|email|emails|receipt|receipts|notification|notifications|text|texts|reminder|reminders is|are always sent|issued|emailed",
                "matches|match|matched [exactly] [what|the] [one] you selected|ordered|chose|picked|entered|agreed|requested|booked|bought",
                "which is what was sent|ordered|delivered|dispatched|supplied",
                "can|do|does not just|simply vanish|disappear",
                // Their account doubted with a smile: "I'm sure you'll find it was delivered".
                "(i am|we are) [quite] sure you will find|see|notice",
                "can not just|simply vanish|disappear",
                // Evidence set against the complaint: "our driver's photo clearly shows it was
                // left at your door", "the tracking confirms delivery"; not evidence of where
                // it is now ("tracking shows it's out for delivery today").
                "photo|photos|picture|tracking|gps|proof|evidence|footage|scan|scans|records|logs [clearly] show|shows|showed|confirm|confirms|confirmed|prove|proves|proved [that] *4 delivered|left|signed|received|collected|completed|dropped|handed|processed|paid|sent|successful|arrived|attended|visited|door|doorstep|porch|mailbox|letterbox|reception|address|property|house|home",
                "photo|photos|picture|tracking|gps|proof|evidence|footage|scan|scans [clearly] show|shows|showed|confirm|confirms|confirmed|prove|proves|proved [a|the|successful] delivery|payment|signature",
                "all|every [of] [our|the] rooms|room|items|item|orders|order|products|product|parcels|parcel|meals|meal|cars|car|vehicles|devices is|are [always|fully|thoroughly|carefully] inspected|checked|tested|cleaned|sanitised|sanitized|serviced",
                // "All bans are manually checked ..., so this wasn't applied by mistake."
                "all|every [<word>] [<word>] is|are [always|fully|thoroughly|carefully|manually|individually] checked|reviewed|verified|approved",
                "not *4 by mistake|in error",
                // Their device or their care as the cause: "glass doesn't crack without some
                // impact", "they'll have been deleted on one of your devices".
                "do|does not crack|break|shatter|bend|scratch|dent|snap without",
                "will|would|must have been <word> on|from|by one of your",
                // "Every wheel is trued and checked before it leaves the workshop."
                "every|all <word> is|are [always] <word> and inspected|checked|tested|cleaned|serviced",
                // "They go through rigorous quality testing."
                "go|goes|went through [rigorous|strict|thorough|extensive|careful|stringent] quality|safety checks|check|testing|tests|control|controls|inspection|inspections",
                // Their care questioned: "were the care instructions followed?"
                "was|were the|your [<word>] instructions|guidelines|directions|steps followed|read",
                // The damage placed after it left: "so the buckle would have happened after collection".
                "would|must have happened|occurred after collection|delivery|dispatch|pickup|handover",
                "would|must have been caused|done|damaged after collection|delivery|dispatch|pickup|handover",
                "our|the agents|staff|drivers|team|colleagues|crew|engineers|advisors|advisers are|is [all] [fully|highly] trained",
                "driver|courier|engineer|agent|team|staff followed|follows your|the [<word>] instructions|process|procedure|policy",
                // The instrument's word against theirs: "the meter doesn't lie".
                "meter|meters|numbers|figures|records|data|scales|scale|readings|reading|camera|cameras|footage|tracking|gps|logs do|does|did|can not|never lie",
                // The routine set against their report: "our crew follows a checklist for
                // every order", "our kitchen uses a strict process".
                "crew|crews|kitchen|team|staff|drivers|couriers|engineers|packers|warehouse (follow|follows|use|uses|works to|work to) [a|an|the|our] [strict|careful|set|standard] checklist|checklists|process|procedure|procedures|protocol|protocols|standard|standards",
                "considered|deemed|classed [as] normal|acceptable|expected",
                "normal wear and tear",
                "this|that|it usually|normally|often|typically happens|occurs when|if",
                "not|n't used|installed|stored|handled|charged|cleaned as described|instructed|intended|recommended|directed",
                "we|i [would] always recommend|advise|suggest|remind",
                // "Our team members are trained to treat every customer with respect."
                "are|is [all] trained to",
                // "Please double check your saved address before placing orders."
                "(double check|double-check) your *3 before",
                // Their handling as the cause: "the damage is consistent with it being dropped".
                "consistent with *4 being dropped|misused|mishandled|opened|forced|bent|overcharged|submerged",
                "we|i do advise|recommend|ask|remind all|our",
                // The policy pointed to first: "as explained in our refund policy", "as stated
                // in your agreement", "which is stated on every product page".
                "as [clearly] stated|explained|outlined|mentioned|described|noted|detailed|specified [clearly] in|on our|the|your|every|each [<word>] terms|policy|policies|agreement|contract|conditions|t&cs|t&c|ts&cs|page|website|site|faq|faqs|guide|rules",
                // What we wrote before, pointed to: "as stated in our rejection letter".
                "as stated|explained|outlined|mentioned|described|noted in|on our|the|your [<word>] letter|email|e-mail|emails|message|reply|response|confirmation|correspondence|decision|notice",
                "which|as is [clearly] stated|shown|mentioned|explained|noted on|in",
                "as set out in|on",
                // "This is stated in our roaming terms."
                "this|that|it is [clearly] stated|set|explained|outlined|detailed in|out our|the|your [<word>] terms|policy|policies|t&cs|conditions",
                // The policy they were under: "the policy you agreed to".
                "policy you [have|had] [already] agreed|accepted|consented|signed",
                // Their side as the cause: "chats close after 5 minutes of inactivity on the
                // customer's side".
                "on the customer's|user's|member's|buyer's|passenger's side|end|part",
                "read our|the [<word>] policy|policies|terms|faq|faqs before",
            ],
        ),
        (
            Deflect,
            lines![
                // Handing responsibility back.
                "is|are|was|were [strictly|solely|only] between you and",
                "[are|is] the responsibility of the seller|sellers|retailer|merchant|manufacturer|vendor|airline|operator|courier|marketplace",
                "your [purchase|sale|rental|service] contract|agreement is with the|your [third-party] seller|merchant|retailer|vendor|provider|bank|airline|operator|landlord|supplier",
                "take this|that|it up with them|the|your [<word>] seller|merchant|retailer|vendor|provider|bank|airline|operator|landlord|supplier|directly",
                "that|that's [is] between you and",
                "take it up with the|your",
                // "You need to contact the courier, not us" (a party named just before).
                "not us",
            ],
        ),
        (
            Contradict,
            lines![
                // Contradicting the customer's account (checked against their message).
                "we|i have|had|did not|never received|receive|got|get|found|find|seen|see your|the|any",
            ],
        ),
        (
            Records,
            lines![
                "our|the records|system|systems|logs|notes show|shows|showed|indicate|indicates|say|says",
                // "The trip log shows the driver waited at the pickup point."
                "trip|gps|driver|delivery|call|chat|order log|logs|history show|shows|showed",
                "according to our|the records|system|systems|logs|data|tracking",
                "per our|the records|system|systems|logs|notes",
                // What we see told as settling it: "it looks like we replied on the 29th", "as
                // far as I can see the train ran on time".
                "it looks|appears|seems [like|that] we|you [have|had|did] [already] responded|replied|answered|emailed|contacted|called|refunded|processed|issued|delivered|dispatched|sent|received|paid|cancelled|canceled|ordered|agreed|chose|selected",
                "as far as i|we can see|tell",
                // The staff's word or the status set against theirs: "it was delivered
                // according to our driver", "our courier says he left it with a neighbour",
                // "the parcel shows as delivered" (the tracking's word is a `Wall`).
                "according to our|the driver|drivers|courier|couriers|carrier|agent|agents|engineer|engineers|team|staff",
                "our|the driver|courier|carrier|engineer|technician says|said|confirms|confirmed|reports|reported|states|stated",
                "it|parcel|package|order|item|items shows|showed|show|showing as delivered|collected|signed|received|completed|attended",
            ],
        ),
    ];
    Phrases::kinded(groups)
});

/// The customer says they already did something ("I sent the details", "I've replied").
static CUSTOMER_CLAIMS: LazyLock<Phrases> = LazyLock::new(|| {
    Phrases::lines(lines![
        "i [have|had] [already|just|also] sent|shared|provided|submitted|filled|emailed|uploaded|replied|given|messaged|dmed|attached|done|did",
        "i [have|had] [already|just] dm",
        // What they say they did or did not do: "I paid on time", "I never ordered this".
        "i [have|had] [already|definitely|just|actually] paid|cancelled|canceled|returned|posted|rang|phoned",
        "i [have|had] never|not ordered|authorised|authorized|booked|used|received|agreed|signed|subscribed|consented|requested|opted",
        // What did not happen to them: "my parcel never arrived", "it didn't turn up".
        "never|not [even] arrived|came|turned|showed|got|received|delivered|knocked|rang|tried|attempted|collected",
        "did not [even] arrive|come|turn|show|get|receive|knock|ring|try|attempt|collect",
        "i did not order|authorise|authorize|book|use|receive|agree|sign|subscribe|consent|request|opt",
        // Charged more than once: "I've been charged twice", "you double charged me".
        "charged|billed|debited|took|taken|take [me] (twice|double|two times)",
        "double charged|billed|debited|charging|billing",
        // Nobody got back to them: "I still haven't heard from anyone", "you never replied".
        "not|never hear|heard [back] from",
        "(no one|nobody|noone) has|have|had [ever|yet] replied|responded|answered|contacted|called|emailed|phoned|rang",
        "you|they never|not replied|responded|answered|contacted|called|emailed|phoned|rang",
        "still no reply|response|answer|word|email|call|callback|contact",
    ])
});

/// The customer says what went wrong on the day: "the train was 40 mins late", "the box
/// arrived empty". A record told back to them blames only when it contradicts this.
static CUSTOMER_REPORTS: LazyLock<Phrases> = LazyLock::new(|| {
    Phrases::lines(lines![
        "(was|were|arrived|came|turned up) *3 late|delayed|cancelled|canceled|empty|damaged|broken|short",
        "left|departed|ran|went *3 early|late",
    ])
});

/// Participles after "you should have" that describe what the customer ought to have
/// received, not what they did wrong ("you should have received an email").
const EXPECTED_STATE: List = words!("received seen been gotten got heard had noticed access");

/// What a match still needs from the whole exchange to be kept, once its own sentence has
/// said yes: the per-sentence part of a decision is kept with the draft
/// ([`Draft::by_sentence`]), and this part is worked out over the kept matches each check.
#[derive(Debug, Clone)]
enum Needs {
    Nothing,
    /// The customer complains (upset, or telling of a failure).
    Complaint,
    /// The reply acknowledges nothing.
    Unacknowledged,
    /// The customer says they did something.
    Claim,
    /// [`Kind::Records`]: whether the rest of the sentence contradicts a report, and whether
    /// it points at the customer's own doing.
    Records {
        contradicts: bool,
        points: bool,
    },
    /// The customer is upset or says they did something.
    UpsetOrClaim,
    /// The customer is upset, or no customer's message was given.
    UpsetOrNoCustomer,
    /// The customer complains (upset, or telling of a failure) and the reply acknowledges
    /// nothing.
    ComplaintUnacknowledged,
    /// A defence: a complaint, no acknowledgement, and no option offered outside the
    /// defence's tokens (relative to its sentence's first token).
    Defence(Range<usize>),
}

/// A sentence's matches that its own words keep, with their flags (offsets relative to the
/// sentence) and what each still needs.
struct SentenceMatches(Vec<Kept>);

/// One match its sentence keeps.
struct Kept {
    needs: Needs,
    flag: Flag,
    /// The phrase the match before it cut off (it begins on that match's last word), which
    /// counts only if that match does not hold. "It is clearly stated in the contract you
    /// signed" is fine print, which an apology answers, and also "the contract you signed"
    /// held up to them, which it does not.
    instead: bool,
    /// Its sentence turns on "but" or "however" before it, taking back the regret said
    /// before: "We're sorry, but you selected 'safe place' at checkout", "However, our
    /// engineer attended at 10:12" ("The charge is correct, but I've refunded the fee"
    /// turns the other way).
    regret_taken_back: bool,
}

fn run(cx: &Context) -> Vec<Flag> {
    let draft = cx.draft;
    // Each sentence's matches and what its own words decide of them are kept with the draft,
    // so a keystroke decides again only the sentences it touched: a decision reads the first
    // tokens of the next sentence (a recap's "to recap," before a word, a purpose's "so ..."),
    // and a rewrite where the sign-off starts.
    let body_end = draft.body_end();
    let past_body = draft.sentences.len() - draft.sentences.partition_point(|s| s.end <= body_end);
    let found = draft.by_sentence((), (0, 1, past_body), |n| {
        let kept = sentence_matches(draft, &draft.sentences[n]);
        (!kept.is_empty()).then_some(SentenceMatches(kept))
    });
    // Facts about the exchange, worked out once and only if a match asks: whether the reply
    // acknowledges anything, whether the customer says they did something, whether they
    // complain (upset, or telling of a failure).
    let unacknowledged = OnceCell::new();
    let unacknowledged = || *unacknowledged.get_or_init(|| !acknowledges(draft));
    let claims = OnceCell::new();
    let claims = || *claims.get_or_init(|| cx.customer.is_some_and(|c| CUSTOMER_CLAIMS.occurs(c)));
    let upset = cx.upset() != Upset::Calm;
    let complains = || upset || cx.customer.is_some_and(reports_failure);
    let mut flags = Vec::new();
    for (n, SentenceMatches(kept)) in found.found() {
        let sentence = &draft.sentences[n];
        let (token, byte) = (sentence.tokens.start, sentence.start as isize);
        let holds = |needs: &Needs, taken_back: bool| {
            let unsoftened = || taken_back || unacknowledged();
            match needs {
                Needs::Nothing => true,
                Needs::Complaint => complains(),
                Needs::Unacknowledged => unsoftened(),
                Needs::Claim => claims(),
                // "Our records show it arrived only 4 minutes late, not 40" sets the record
                // against their report; "our records show it's at the depot" tells where it is.
                Needs::Records {
                    contradicts,
                    points,
                } => {
                    unsoftened()
                        && (claims()
                            || (cx.customer.is_some_and(|c| CUSTOMER_REPORTS.occurs(c))
                                && *contradicts)
                            || (complains() && *points))
                }
                Needs::UpsetOrClaim => upset || claims(),
                Needs::UpsetOrNoCustomer => upset || cx.customer.is_none(),
                Needs::ComplaintUnacknowledged => complains() && unsoftened(),
                // "Confirmations are always sent, so I'll resend it now" defends and then acts
                // (the defence's own words, "the refund was processed", offer nothing).
                Needs::Defence(r) => {
                    let defence = r.start + token..r.end + token;
                    complains()
                        && unsoftened()
                        && !offers_option(draft, std::slice::from_ref(&defence), true)
                }
            }
        };
        let mut flagged = false;
        for kept in kept {
            if kept.instead && flagged {
                continue;
            }
            let keep = holds(&kept.needs, kept.regret_taken_back);
            if keep {
                flags.push(kept.flag.moved(byte));
            }
            if !kept.instead {
                flagged = keep;
            }
        }
    }
    flags
}

/// The matches in one sentence that its own words keep, each with what it still needs from
/// the whole exchange and its flag, in the sentence's own offsets.
fn sentence_matches(draft: &Draft, sentence: &Sentence) -> Vec<Kept> {
    let (phrases, _) = &*RULES;
    let mut kept = Vec::new();
    for m in phrases.find_in(draft, sentence.tokens.clone()) {
        // The search went on after the match, so a phrase that begins on its last word
        // ("... in the contract" + "contract you signed") was never tried.
        let last = m.tokens.end - 1;
        let cut_off = (last > m.tokens.start)
            .then(|| phrases.find_in(draft, last..sentence.tokens.end))
            .and_then(|found| found.into_iter().next())
            .filter(|next| next.tokens.start == last);
        // The cut-off phrase counts instead of the match, if the match's own words keep it.
        let mut instead = false;
        for m in std::iter::once(m).chain(cut_off) {
            let regret_taken_back = turn_before(draft, sentence.tokens.start, &m).is_some();
            let found = match_needs(draft, sentence, m);
            let match_kept = found.is_some();
            kept.extend(found.map(|(needs, flag)| Kept {
                needs,
                flag,
                instead,
                regret_taken_back,
            }));
            instead = match_kept;
        }
    }
    kept
}

/// The first "but" or "however" from `from` to the match: the sentence turning from what
/// it said before.
fn turn_before(draft: &Draft, from: usize, m: &Match) -> Option<usize> {
    (from..m.tokens.start).find(|&i| draft.tokens[i].norm.is_among("but however"))
}

/// What one match needs from the whole exchange to be flagged, with its flag in its
/// sentence's offsets; `None` when its own words already rule it out.
fn match_needs(draft: &Draft, sentence: &Sentence, m: Match) -> Option<(Needs, Flag)> {
    let (_, kinds) = &*RULES;
    let (token, byte) = (sentence.tokens.start, sentence.start as isize);
    let kind = kinds[m.phrase];
    let needs = match kind {
        Kind::Lecture => (!is_expected_state(draft, &m)
            && !before_match(draft, &m, 3, NEGATED_OR_HEDGED))
        .then_some(Needs::Nothing),
        Kind::Caution => {
            (!before_match(draft, &m, 3, NEGATED_OR_HEDGED)).then_some(Needs::Complaint)
        }
        Kind::Hindsight => hindsight_holds(draft, &m),
        // Said with an apology it reads as directions ("Sorry! Please contact the
        // courier, not us, as they hold the parcel now").
        Kind::Deflect if words_of(draft, &m) == ["not", "us"] => {
            before_match(draft, &m, 3, OTHER_PARTIES).then_some(Needs::Unacknowledged)
        }
        Kind::Wall
            if words_of(draft, &m)
                .iter()
                .any(|w| among("nature kind kinds type types sort sorts", w)) =>
        {
            // "We take complaints of this nature seriously" is no wall; a refusal is.
            draft
                .sentence_of(m.tokens.start)
                .is_some_and(|s| draft.has_negation(draft.sentences[s].tokens.clone()))
                .then_some(Needs::Nothing)
        }
        Kind::Contradict => before_match(draft, &m, 8, CONTRAST).then_some(Needs::Claim),
        Kind::Records => Some(Needs::Records {
            contradicts: sentence_contradicts(draft, &m),
            points: sentence_points_at_them(draft, &m),
        }),
        // "I can't believe that, either!" shares their disbelief; "we don't believe that a
        // visit was missed" doubts them.
        Kind::Dismiss
            if words_of(draft, &m).ends_with(&["believe", "that"])
                && draft
                    .tokens
                    .get(m.tokens.end)
                    .is_none_or(|t| t.kind == TokenKind::Punct) =>
        {
            None
        }
        // "Nobody else has flagged it, so I've asked an engineer to look": the report taken
        // up, not dismissed.
        Kind::Dismiss if acted_on_after(draft, &m) => None,
        Kind::Doubt => Some(Needs::UpsetOrClaim),
        // "Keep it friendly and respectful" answers a calm question about the rules; it
        // remarks on a tone only to someone who took one (or in a macro, to anyone).
        Kind::Tone => Some(Needs::UpsetOrNoCustomer),
        Kind::FinePrint => Some(Needs::ComplaintUnacknowledged),
        Kind::Defend => {
            let defence = defence(draft, &m);
            Some(Needs::Defence(defence.start - token..defence.end - token))
        }
        _ => Some(Needs::Nothing),
    };
    needs.map(|needs| (needs, flag(draft, &m, kind).moved(-byte)))
}

/// Whether the match's sentence goes on to say the agent acts on it: "..., so I've asked an
/// engineer to look", "... but we'll check your line".
fn acted_on_after(draft: &Draft, m: &Match) -> bool {
    after_match(draft, m).is_some_and(|after| {
        draft.tokens[after].windows(3).any(|w| {
            w[0].norm.is_among("so but and")
                && w[1].norm.is_among("i we")
                && w[2].norm.is_among("have will am are")
        })
    })
}

/// The tokens of the defence a match is in: its sentence up to a semicolon after it, so that
/// "confirmations are always sent; I'll resend yours now" still acts, and "the refund was
/// processed on our end" offers no refund.
fn defence(draft: &Draft, m: &Match) -> Range<usize> {
    let Some(s) = draft.sentence_of(m.tokens.start) else {
        return m.tokens.clone();
    };
    let sentence = draft.sentences[s].tokens.clone();
    let end = (m.tokens.end..sentence.end)
        .find(|&i| draft.tokens[i].norm == ";")
        .unwrap_or(sentence.end);
    sentence.start..end
}

/// Words by which the record contradicts the customer's account: "only one charge", "not
/// 40", "arrived on time", "was delivered successfully".
const CONTRADICTING: List = words!(
    "only not never no actually fact correctly successfully already \
    definitely clearly indeed time full schedule"
);

/// Whether the rest of the match's sentence holds one of [`CONTRADICTING`].
fn sentence_contradicts(draft: &Draft, m: &Match) -> bool {
    after_match(draft, m).is_some_and(|after| {
        draft.tokens[after]
            .iter()
            .any(|t| among(CONTRADICTING, &t.norm))
    })
}

/// Whether the rest of the match's sentence names the customer's own doing as what the
/// record shows: "our records show a safe-place instruction was set on your account".
fn sentence_points_at_them(draft: &Draft, m: &Match) -> bool {
    after_match(draft, m).is_some_and(|after| {
        let tokens = &draft.tokens[after];
        // "..., so you weren't at the right spot", "you didn't answer".
        let they_did_not = tokens.windows(3).any(|w| {
            w[0].norm == "you"
                && w[1].norm.is_among("were was did are have had")
                && w[2].norm == "not"
        });
        they_did_not
            || tokens.windows(2).any(|w| {
                (w[0].norm == "your"
                && w[1].norm.is_among(
                    "account instruction instructions request settings choice selection end side",
                ))
                || (w[0].norm == "you"
                    && w[1]
                        .norm
                        .is_among("set chose selected requested asked entered agreed"))
            })
    })
}

/// The tokens after the match, to the end of its sentence.
fn after_match(draft: &Draft, m: &Match) -> Option<Range<usize>> {
    let s = draft.sentence_of(m.tokens.start)?;
    Some(m.tokens.end..draft.sentences[s].tokens.end)
}

/// Whether a hindsight phrase is one (and what it still needs): "next time" or "in future"
/// followed in its sentence by an instruction to the customer ("please check", "make sure
/// you"), or, to a customer who complains, by a precaution ("weigh your bag before
/// travelling", "to avoid fees"); "if you had ..." with what "would" not have happened;
/// "you needed to have" with something they did.
fn hindsight_holds(draft: &Draft, m: &Match) -> Option<Needs> {
    let after = after_match(draft, m)?;
    let rest = &draft.tokens[after.clone()];
    let has = |words: &[&str]| rest.iter().any(|t| t.norm.is_one_of(words));
    let words = words_of(draft, m);
    let holds = match words.as_slice() {
        // "If you'd read the welcome email you'd have seen ..." ("you'd" reads as "you would").
        // The past that did not happen ("... would have left it there") is the counterfactual
        // itself; "if you had any questions, we would ..." is not one.
        ["if", "you", "had" | "would", ..] => {
            has(&["would"])
                && (rest
                    .windows(2)
                    .any(|w| w[0].norm == "would" && w[1].norm == "have")
                    || has(&[
                        "not", "never", "avoided", "known", "know", "seen", "noticed", "aware",
                        "sooner", "earlier", "faster", "quicker",
                    ]))
        }
        ["you", .., "have", last] => is_participle(last) && !among(EXPECTED_STATE, last),
        // "Had you checked the app, you would have seen the delay."
        ["had", "you", ..] => has(&["would"]),
        _ => {
            // "Next time you're in, we'll ...", "in future our team will ...": the company's
            // own conduct.
            // "Please double-check your selection before ordering in future": the instruction
            // told first.
            let before = draft
                .sentence_of(m.tokens.start)
                .map_or(m.tokens.start, |s| draft.sentences[s].tokens.start)
                ..m.tokens.start;
            // "If there's anything else you need in the future, feel free to reach out" invites.
            // "We'll make sure the bus runs on time from now on": our own promise.
            let we_promise = draft.tokens[before.clone()].windows(2).any(|w| {
                w[0].norm.is_one_of(&["we", "i"]) && w[1].norm.is_one_of(&["will", "shall"])
            });
            // "... please make sure your details are up to date so we can notify you": the
            // instruction comes before "we", which only says what it is for.
            let ours = rest
                .iter()
                .position(|t| t.norm.is_one_of(&["we", "i", "our"]))
                .is_some_and(|k| !INSTRUCTION.occurs_in(draft, after.start..after.start + k));
            if ours || we_promise || INVITATION.occurs_in(draft, after.clone()) {
                return None;
            }
            if !(INSTRUCTION.occurs_in(draft, after.clone())
                || INSTRUCTION.occurs_in(draft, before))
            {
                return PRECAUTION
                    .occurs_in(draft, after)
                    .then_some(Needs::Complaint);
            }
            true
        }
    };
    holds.then_some(Needs::Nothing)
}

/// More help offered for later: "anything else", "feel free to reach out", "don't hesitate".
static INVITATION: LazyLock<Phrases> = LazyLock::new(|| {
    Phrases::lines(lines![
        "anything else",
        "feel free",
        "(do not|never) hesitate",
        "reach out",
        "get in touch",
        "let us|me know",
    ])
});

/// What the customer should have done first, told as a precaution: "before travelling", "to
/// avoid fees", "so you don't get charged". To a calm question ("next time, book before 6
/// pm to get the discount") it is a tip.
static PRECAUTION: LazyLock<Phrases> = LazyLock::new(|| {
    Phrases::lines(lines![
        "before you|travelling|traveling|flying|leaving|going|booking|ordering|buying|paying|sending|posting|checking|signing|submitting|cancelling|canceling|emailing|contacting|calling|messaging|writing|complaining|raising",
        "beforehand",
        "in advance",
        "ahead of time",
        "to avoid|prevent",
        "so [that] you do|will not",
        "so [that] this|it does|will not happen",
        // The charge they would have avoided: "next time return it full and there'll be no charge".
        "there will be no charge|charges|fee|fees|penalty|surcharge",
        // Or any "please" for next time, to someone complaining: "next time please open it
        // from the centre".
        "please|kindly <word>",
    ])
});

/// An instruction to the customer to take more care: "please check", "make sure you",
/// "you should read". A tip ("next time, please use code SAVE10") names no diligence.
static INSTRUCTION: LazyLock<Phrases> = LazyLock::new(|| {
    Phrases::lines(lines![
        "please|kindly|remember|always [to] check|read|review|double-check|ensure|verify|confirm|test|follow|avoid",
        // "Make sure you ...", "in future, make sure someone is home to sign".
        "make|be sure [that] you|to|someone|somebody|anyone|the|your|there|it|they",
        "ensure [that] you",
        "you should|must|need|have [to] [always] check|read|review|double-check|ensure|verify|confirm",
        "you will|would need|have to [always] check|read|review|double-check|ensure|verify|confirm",
    ])
});

/// Words that soften or cancel a lecture when they come just before it: "it's not your
/// fault", "it looks like you may have entered the wrong address", "I'm sorry you were told
/// that before".
const NEGATED_OR_HEDGED: List = words!(
    "not no never may might could possibly perhaps maybe looks seems if unless sorry \
    apologies apologise apologize regret"
);

/// Words that set a reply against the customer's account: "however, I've checked and...".
const CONTRAST: List = words!("however but actually checked records record system shows show");

/// Whether one of `words` occurs among the `n` tokens before the match, in its sentence.
/// Who else a customer can be sent to.
const OTHER_PARTIES: List = words!(
    "courier couriers seller sellers bank manufacturer carrier retailer \
    store airline provider driver merchant vendor insurer"
);

fn before_match(draft: &Draft, m: &Match, n: usize, words: List) -> bool {
    let sentence_start = draft
        .sentence_of(m.tokens.start)
        .map_or(0, |s| draft.sentences[s].tokens.start);
    let from = m.tokens.start.saturating_sub(n).max(sentence_start);
    draft.tokens[from..m.tokens.start]
        .iter()
        .any(|t| among(words, &t.norm))
}

fn words_of<'d>(draft: &'d Draft, m: &Match) -> Vec<&'d str> {
    draft.tokens[m.tokens.clone()]
        .iter()
        .filter(|t| t.kind == TokenKind::Word)
        .map(|t| t.norm.as_str())
        .collect()
}

/// "You should have received ..." states what ought to have arrived; it is not blame.
fn is_expected_state(draft: &Draft, m: &Match) -> bool {
    let words: Vec<&str> = draft.tokens[m.tokens.clone()]
        .iter()
        .filter(|t| t.kind == TokenKind::Word)
        .map(|t| t.norm.as_str())
        .collect();
    match words.as_slice() {
        ["you", "should" | "must", .., "have", last] => {
            among(EXPECTED_STATE, last) || !is_participle(last)
        }
        _ => false,
    }
}

/// A flag whose rewrite puts `replacement` in place of the match's whole sentence.
fn sentence_replaced(
    draft: &Draft,
    m: &Match,
    message: String,
    label: &'static str,
    replacement: &str,
) -> Flag {
    let flag = Flag::new(m.start..m.end, message);
    match sentence_of(draft, m, true) {
        Some(range) => flag.replace(label, range, replacement),
        None => flag,
    }
}

fn flag(draft: &Draft, m: &Match, kind: Kind) -> Flag {
    let span = m.start..m.end;
    let quoted = draft.slice(m.start, m.end);
    match kind {
        Kind::Repeat => {
            let flag = Flag::new(
                span,
                format!(
                    "\"{quoted}\" reads as a reproach for not listening: just restate the point."
                ),
            );
            let (range, replacement) = recap(draft, m);
            flag.replace("Restate it neutrally", range, replacement)
        }
        Kind::Lecture | Kind::Caution => {
            let flag = Flag::new(
                span,
                format!("\"{quoted}\" lectures the customer about their mistake: say what happens next."),
            );
            match clause_of(draft, m) {
                Some((range, capital)) => flag
                    .replace(
                        "Move to the next step",
                        range.clone(),
                        cased(&format!("let's {} now", placeholder::ACTION), capital),
                    )
                    .replace(
                        "Give a tip for next time",
                        range,
                        cased(
                            &format!("next time, {} will help", placeholder::ACTION),
                            capital,
                        ),
                    ),
                None => flag,
            }
        }
        Kind::Hindsight => {
            let flag = Flag::new(
                span,
                format!("\"{quoted}\" tells the customer what they should have done: say what happens next."),
            );
            match sentence_of(draft, m, true) {
                Some(range) => flag.replace(
                    "Move to the next step",
                    range,
                    format!("Let's {} now.", placeholder::ACTION),
                ),
                None => flag,
            }
        }
        Kind::Tone => {
            let flag = Flag::new(
                span,
                format!("\"{quoted}\" comments on the customer's tone instead of their problem."),
            );
            match clause_of(draft, m) {
                // "Calm down so I can help you": the purpose goes with the remark.
                Some((range, _)) => match purpose_after(draft, range.end) {
                    Some(end) => flag.replace(
                        "Acknowledge the frustration",
                        range.start..end,
                        "I can see how frustrating this is, and I want to help",
                    ),
                    None => flag.replace(
                        "Acknowledge the frustration",
                        range,
                        "I can see how frustrating this is",
                    ),
                },
                None => flag,
            }
        }
        Kind::Doubt => sentence_replaced(
            draft,
            m,
            format!("\"{quoted}\" doubts the customer's account: take their word and check."),
            "Take their word for it",
            "Thanks for telling us what happened.",
        ),
        Kind::DidYouRead => sentence_replaced(
            draft,
            m,
            format!("\"{quoted}\" suggests the customer didn't read what you sent."),
            "Point to it again kindly",
            "In case it got buried, the steps are in the link we shared earlier.",
        ),
        Kind::Dismiss => {
            let flag = Flag::new(
                span,
                format!("\"{quoted}\" dismisses the customer's report instead of checking it."),
            );
            match clause_of(draft, m) {
                Some((range, capital)) => flag.replace(
                    "Thank them and check",
                    range,
                    cased("thanks for flagging this", capital),
                ),
                None => flag,
            }
        }
        Kind::Wall => {
            let flag = Flag::new(
                span,
                format!("\"{quoted}\" uses the rules as a wall: explain the reason kindly."),
            );
            match draft.clause_to_end(m.tokens.start) {
                Some((range, new_sentence)) => {
                    let text = format!(
                        "I know this isn't the answer you hoped for, and the reason is {}",
                        placeholder::REASON
                    );
                    let text = if new_sentence {
                        format!(". {text}")
                    } else {
                        text
                    };
                    flag.replace("Explain the reason kindly", range, text)
                }
                None => flag,
            }
        }
        Kind::FinePrint | Kind::Defend => {
            let flag = Flag::new(
                span,
                if kind == Kind::Defend {
                    format!("\"{quoted}\" defends your side against what the customer reports.")
                } else {
                    format!("\"{quoted}\" answers an upset customer with the fine print alone.")
                },
            );
            const ACKNOWLEDGED: &str = "I know this isn't what you expected.";
            let Some(sentence) = draft
                .sentence_of(m.tokens.start)
                .map(|s| &draft.sentences[s])
            else {
                return flag;
            };
            let is_word =
                |i: &usize| matches!(draft.tokens[*i].kind, TokenKind::Word | TokenKind::Number);
            let Some(first) = sentence.tokens.clone().find(is_word) else {
                return flag;
            };
            // A "but" or "however" before it would take the acknowledgement back too, so the
            // turn goes: "But we do follow ..." -> "I know ... expected. We do follow ...",
            // "We understand, but the colour ..." -> "I know ... expected. We understand.
            // The colour ...".
            let turn = turn_before(draft, first, m);
            let after_turn = turn.and_then(|t| (t + 1..m.tokens.end).find(is_word));
            match (turn, after_turn) {
                (Some(turn), Some(next)) => {
                    let (next_letter, next_tail) = capitalised_start(draft, next);
                    let before_turn = if turn == first {
                        String::new()
                    } else {
                        let (first_letter, first_tail) = capitalised_start(draft, first);
                        let end = (first..turn)
                            .rev()
                            .find(is_word)
                            .map_or(first_letter.end, |i| draft.tokens[i].end);
                        format!(" {first_tail}{}.", &draft.text[first_letter.end..end])
                    };
                    flag.replace(
                        "Acknowledge it first",
                        draft.tokens[first].start..next_letter.end,
                        format!("{ACKNOWLEDGED}{before_turn} {next_tail}"),
                    )
                }
                _ => {
                    let (range, tail) = capitalised_start(draft, first);
                    flag.replace(
                        "Acknowledge it first",
                        range,
                        format!("{ACKNOWLEDGED} {tail}"),
                    )
                }
            }
        }
        Kind::Deflect => {
            let flag = Flag::new(
                span,
                format!("\"{quoted}\" hands the problem back to the customer."),
            );
            match draft.clause_to_end(m.tokens.start) {
                Some((range, new_sentence)) => {
                    let text = format!(
                        "the seller handles this part, so let me help you reach them: {}",
                        placeholder::ACTION
                    );
                    let text = if new_sentence {
                        format!(". {}", capitalise_first(&text))
                    } else {
                        capitalise_first(&text)
                    };
                    flag.replace("Say what you can do", range, text)
                }
                None => flag,
            }
        }
        Kind::Records => Flag::new(
            span.clone(),
            format!("\"{quoted}\" sets the records against the customer's word."),
        )
        .replace(
            "Explain it without doubting them",
            span,
            cased(
                "sorry for the confusion: I can see",
                draft.starts_sentence(m.tokens.start),
            ),
        ),
        Kind::Contradict => {
            let flag = Flag::new(
                span,
                format!("\"{quoted}\" contradicts what the customer says they did."),
            );
            match clause_of(draft, m) {
                Some((range, capital)) => flag.replace(
                    "Say it without doubting them",
                    range,
                    cased("it looks like it hasn't reached us yet", capital),
                ),
                None => flag,
            }
        }
    }
}

/// "As I already told you," -> "To recap,": the range to replace and its replacement.
fn recap(draft: &Draft, m: &Match) -> (Range<usize>, String) {
    let mut end = m.end;
    let mut next = m.tokens.end;
    if draft.tokens.get(next).is_some_and(|t| t.norm == "that") {
        end = draft.tokens[next].end;
        next += 1;
    }
    let capital = draft.starts_sentence(m.tokens.start);
    let text = match draft.tokens.get(next) {
        Some(t) if t.kind == TokenKind::Punct && t.norm == "," => "to recap",
        Some(t) if matches!(t.kind, TokenKind::Word | TokenKind::Number) => "to recap,",
        _ => "here's a quick recap",
    };
    (m.start..end, cased(text, capital))
}

/// The words of the clause holding the match, and whether they start the sentence.
fn clause_of(draft: &Draft, m: &Match) -> Option<(Range<usize>, bool)> {
    let clause = draft.clause_of(m.tokens.start)?;
    let range = draft.clause_words(clause)?;
    let first = draft.token_at(range.start)?;
    Some((range, draft.starts_sentence(first)))
}

/// Where a purpose clause right after byte `at` ends ("... so I can help you", "... so that
/// we can look"): its sentence's last word.
fn purpose_after(draft: &Draft, at: usize) -> Option<usize> {
    let next = draft.tokens.partition_point(|t| t.start < at);
    if draft.tokens.get(next)?.norm != "so" {
        return None;
    }
    let sentence = &draft.sentences[draft.sentence_of(next)?];
    draft.tokens[next..sentence.tokens.end]
        .iter()
        .rev()
        .find(|t| t.kind == TokenKind::Word)
        .map(|t| t.end)
}

/// The sentence holding the match, from its first word to its last word, or through its
/// closing punctuation when `with_stop`.
fn sentence_of(draft: &Draft, m: &Match, with_stop: bool) -> Option<Range<usize>> {
    let sentence = &draft.sentences[draft.sentence_of(m.tokens.start)?];
    let tokens = &draft.tokens[sentence.tokens.clone()];
    let is_word =
        |t: &&crate::engine::text::Token| matches!(t.kind, TokenKind::Word | TokenKind::Number);
    let first = tokens.iter().find(is_word)?;
    let last = if with_stop {
        tokens
            .iter()
            .rev()
            .find(|t| t.kind != TokenKind::Symbol && t.kind != TokenKind::Reference)?
    } else {
        tokens.iter().rev().find(is_word)?
    };
    Some(first.start..last.end)
}

fn cased(text: &str, capital: bool) -> String {
    if capital {
        capitalise_first(text)
    } else {
        text.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    every_phrase_list_compiles!(
        RULES,
        CUSTOMER_CLAIMS,
        CUSTOMER_REPORTS,
        INSTRUCTION,
        PRECAUTION
    );

    use crate::engine::checks::testing::assert_rewrites_clean;
    use crate::engine::checks::testing::flags;
    use crate::engine::{apply, check, Config};

    fn flagged_with(customer: Option<&str>, text: &str) -> bool {
        flags("blame", text, customer)
    }

    fn flagged(text: &str) -> bool {
        flagged_with(None, text)
    }

    #[test]
    fn a_match_that_does_not_hold_gives_way_to_the_one_it_cut_off() {
        // "is clearly stated in the contract" is fine print, which the apology answers; the
        // contract "you signed" held up to them is blame all the same, and fine print alone,
        // with the apology, is not.
        let complaint =
            Some("you charged me £180 to leave when I told your rep I was moving. not happy.");
        assert!(flagged_with(
            complaint,
            "I'm sorry. It is clearly stated in the contract you signed."
        ));
        assert!(!flagged_with(
            complaint,
            "I'm sorry. As per the terms, the fee applies."
        ));
    }

    #[test]
    fn flag_you_should_have() {
        assert!(flagged("You should have contacted us before the deadline."));
    }

    #[test]
    fn flag_as_i_already_told_you() {
        assert!(flagged("As I already told you, the store closes at six."));
        assert!(flagged("As informed earlier, please wait for the email."));
    }

    #[test]
    fn flag_per_my_last_email() {
        assert!(flagged("Per my last email, the part is out of stock."));
        assert!(flagged(
            "As stated in our previous email, you need to reset your password."
        ));
    }

    #[test]
    fn dont_flag_pointing_to_what_we_will_send() {
        assert!(!flagged(
            "As stated in the terms, returns are free. I've sent a prepaid label to your email."
        ));
    }

    #[test]
    fn flag_calm_down() {
        assert!(flagged("Please calm down so we can sort this out."));
    }

    #[test]
    fn flag_did_you_read_the_link() {
        assert!(flagged("Did you even read the link we sent?"));
        assert!(flagged("Did you view our link? It has the steps."));
    }

    #[test]
    fn flag_clearly_stated() {
        assert!(flagged(
            "The price was clearly stated on the checkout page."
        ));
    }

    #[test]
    fn flag_you_failed_to() {
        assert!(flagged("You failed to enter the promo code at checkout."));
    }

    #[test]
    fn flag_hindsight_about_what_they_should_have_done() {
        for reply in [
            "In future, please double-check the postcode before you pay.",
            "Going forward make sure you read the listing.",
            "If you had picked the larger size, this wouldn't have happened.",
            "You needed to have registered the warranty first.",
        ] {
            assert!(flagged(reply), "{reply}");
        }
    }

    #[test]
    fn dont_flag_tips_plans_or_offers_about_next_time() {
        for reply in [
            "Next time you're in, ask for Sam at the counter.",
            "Next time, please use code THANKS10 for 10% off.",
            "In future updates we'll make sure dark mode is included.",
            "If you had any trouble with the form, we'd be glad to help.",
            "Your refund must be in your account by Friday.",
            "Are you sure you want to cancel the whole order?",
        ] {
            assert!(!flagged(reply), "{reply}");
        }
    }

    #[test]
    fn flag_doubt_tone_and_terms_in_other_words() {
        assert!(flagged(
            "Tracking shows it was delivered, so it must be with you."
        ));
        assert!(flagged("Are you sure you looked properly?"));
        assert!(flagged("Shouting won't get this fixed any faster."));
        assert!(flagged("We're only obliged to refund the postage."));
        let customer = Some("Worst shop ever, you charged me twice!!!");
        assert!(flagged_with(
            customer,
            "Please refer to our terms: https://example.com/terms"
        ));
    }

    #[test]
    fn flag_dismissing_the_report() {
        assert!(flagged("We haven't had any reported errors this week."));
    }

    #[test]
    fn flag_policy_wall() {
        assert!(flagged(
            "We're only obligated to replace items within 14 days."
        ));
        assert!(flagged(
            "We will not offer any goodwill for a complaint like this one."
        ));
    }

    #[test]
    fn flag_between_you_and_the_seller() {
        assert!(flagged("The contract is between you and the seller!"));
    }

    #[test]
    fn flag_fine_print_at_an_upset_customer() {
        let customer = Some("This is ridiculous, I paid for next-day delivery!!!");
        assert!(flagged_with(
            customer,
            "Two-day delivery refers to the transit time only, not to weekends."
        ));
    }

    #[test]
    fn flag_terms_quoted_at_an_upset_customer() {
        let customer = Some("Worst shop ever, you charged me twice!!!");
        assert!(flagged_with(
            customer,
            "As stated in our terms, card payments can take 5 days to clear."
        ));
    }

    #[test]
    fn flag_contradicting_their_account() {
        let customer = Some("I have already sent you my details twice.");
        assert!(flagged_with(
            customer,
            "I've checked, but we haven't received your details."
        ));
    }

    #[test]
    fn dont_flag_a_polite_resend_request() {
        let customer = Some("I have already sent you my details twice.");
        assert!(!flagged_with(
            customer,
            "Thanks! We haven't received them yet, could you try once more?"
        ));
    }

    #[test]
    fn dont_flag_future_expectation() {
        assert!(!flagged("You should receive it by Friday."));
        assert!(!flagged("You should see a refund in 3-5 days."));
    }

    #[test]
    fn dont_flag_should_have_received() {
        assert!(!flagged(
            "You should have received a confirmation email by now."
        ));
    }

    #[test]
    fn dont_flag_troubleshooting() {
        assert!(!flagged(
            "Can you clear your cache? Please try restarting the app."
        ));
        assert!(!flagged("Have you checked your spam folder?"));
    }

    #[test]
    fn dont_flag_as_you_mentioned() {
        assert!(!flagged(
            "As you mentioned, the screen flickers after the update."
        ));
    }

    #[test]
    fn dont_flag_youre_right() {
        assert!(!flagged("You're right, that charge shouldn't be there."));
    }

    #[test]
    fn dont_flag_reassurance_or_hedged_hints() {
        assert!(!flagged("It's not your fault, the link had expired."));
        assert!(!flagged(
            "It looks like you may have entered the wrong email address."
        ));
        assert!(!flagged("No need to apologise, happy to help!"));
        assert!(!flagged(
            "Our staff should always be polite, so I've passed this on."
        ));
        assert!(!flagged(
            "We take complaints of this nature very seriously."
        ));
        assert!(!flagged("Have you looked at the settings menu?"));
    }

    #[test]
    fn dont_flag_fine_print_to_a_calm_question() {
        let customer = Some("Does one-day shipping include weekends?");
        assert!(!flagged_with(
            customer,
            "Express shipping refers to the transit time only, not the order date."
        ));
    }

    #[test]
    fn dont_flag_missing_details_without_a_claim() {
        let customer = Some("Where is my refund?");
        assert!(!flagged_with(
            customer,
            "We haven't received your details yet, can you DM them?"
        ));
    }

    /// The doc Example and the other kinds: every rewrite clears its finding and adds nothing
    /// but placeholders.
    #[test]
    fn rewrites_fix_the_examples() {
        // Regret taken back by "but" or "however": the acknowledgement drops the turn.
        let late = Some("Three days late and nobody can tell me why. Ridiculous!!");
        for text in [
            "I'm sorry you feel this way. But we do follow EU regulations with all our products.",
            "We understand the frustration, but the date was in your order summary, which you confirmed before paying.",
            "we're sorry it got wet. however, you chose 'leave in safe place', so the driver followed your instructions.",
        ] {
            assert!(flags("blame", text, late), "{text}");
            assert_rewrites_clean("blame", text, late, &Config::default());
        }
        assert_rewrites_clean("blame", "As I already told you, the refund takes five days. You should have checked the order page first.", None, &Config::default());
        assert_rewrites_clean(
            "blame",
            "As stated in our previous email, you need to reset your password.",
            None,
            &Config::default(),
        );
        assert_rewrites_clean(
            "blame",
            "Please calm down. Did you even read the link we sent?",
            None,
            &Config::default(),
        );
        assert_rewrites_clean(
            "blame",
            "Strange, we have not had any reported errors lately. Maybe try another browser?",
            None,
            &Config::default(),
        );
        assert_rewrites_clean(
            "blame",
            "We're only obligated to replace items within 14 days.",
            None,
            &Config::default(),
        );
        assert_rewrites_clean(
            "blame",
            "The contract is between you and the seller!",
            None,
            &Config::default(),
        );
        assert_rewrites_clean(
            "blame",
            "I already told you that the store is closed.",
            None,
            &Config::default(),
        );
    }

    #[test]
    fn recap_keeps_grammar() {
        let text = "As I already told you, the store closes at six.";
        let report = check(text, None, &Config::default());
        let fixed = apply(text, &report.findings[0].rewrites[0].edit).unwrap();
        assert_eq!(fixed, "To recap, the store closes at six.");
    }

    #[test]
    fn flag_repeating_doubting_and_walls_in_other_words() {
        assert!(flags(
            "blame",
            "As we shared in our last post, there is no date yet.",
            None
        ));
        assert!(flags(
            "blame",
            "The fee stands, as per the details already sent to you.",
            None
        ));
        assert!(flags(
            "blame",
            "Who told you that the upgrade was free?",
            None
        ));
        assert!(flags(
            "blame",
            "I apologise that you think our prices are unfair.",
            None
        ));
        assert!(flags(
            "blame",
            "There is a lot of misinformation circulating about this.",
            None
        ));
        let upset = Some("This is ridiculous, I was charged twice!!!");
        assert!(flags(
            "blame",
            "Auto-renew is stated and agreed to during checkout.",
            upset
        ));
        assert!(flags(
            "blame",
            "To qualify for a refund you must cancel within 24 hours.",
            upset
        ));
        // The same words owning a mistake, or explaining a rule to a calm customer.
        assert!(!flags(
            "blame",
            "I apologise for the misinformation in my last reply.",
            None
        ));
        assert!(!flags(
            "blame",
            "To qualify for a refund you must cancel within 24 hours.",
            Some("How do refunds work?")
        ));
    }

    #[test]
    fn flag_lectures_fault_doubt_and_tone_in_other_words() {
        for reply in [
            "You ought to have read the terms.",
            "u shouldve checked the size chart first",
            "You gave us the wrong postcode.",
            "The wrong postcode was entered on your end.",
            "Did you actually open the email?",
            "Please keep it civil.",
            "We'd appreciate it if you were more polite.",
        ] {
            assert!(flags("blame", reply, None), "{reply}");
        }
        assert!(!flags("blame", "Did you get the email we sent?", None));
    }
}

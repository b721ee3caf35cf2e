//! Offer: an alternative, a next step, a remedy, an instruction, or a pointer to where
//! news will appear. A refusal with one of these keeps a way forward open.

use crate::engine::moves::refusal::Refusal;
use crate::engine::packed::List;
use crate::engine::pattern::{Match, Phrases};
use crate::engine::text::{among, is_negation, Draft, TokenKind};
use std::sync::LazyLock;

/// A hope that the missing thing comes: "fingers crossed we'll have it soon", "hopefully
/// it'll be back soon". After "no info on that yet" it stands where a pointer to the news
/// would: the no is a not-yet, and the hope is false-hope's to judge.
pub static HOPED_FOR: LazyLock<Phrases> = LazyLock::new(|| {
    Phrases::lines(lines![
        "fingers crossed",
        "hopefully *6 soon|shortly|back|again|future",
        "hope|hoping to have|get|see|bring|add *4 soon|shortly|back|again|future",
    ])
});

/// Where information that does not exist yet will appear: "stay tuned", "keep an eye on
/// our blog", "it will be announced". Answers "no news yet" without refusing.
pub static INFO_POINTER: LazyLock<Phrases> = LazyLock::new(|| {
    Phrases::lines(lines![
        "stay tuned",
        "watch this space",
        "keep|keeping an eye",
        "check back",
        "keep checking",
        "look|watch out for",
        "watch|follow|monitor|check our|the [<word>] blog|website|site|page|feed|channel|channels|social|forums|news|changelog|roadmap|discord|subreddit|community|newsroom",
        "will|would be announced|posted|published|shared|updated|released|revealed|confirmed|communicated",
        // Told first when it changes: "if anything changes, members get 30 days' notice by
        // email".
        "if|when|should anything|something changes|change",
        "notice|notified|notification by|via email|text|post|app",
        // "Release notes appear in Settings > General > Software Update when one's available."
        "notes|news|updates|details|announcements (appear|appears|show|shows|are posted) in|on|at|under",
        // "Patch notes always go up on our blog the day it lands."
        "notes|news|updates|details|announcements [always|usually|normally] go|goes up on|in|at",
        // Where news always appears: "updates are always announced on our support page first".
        "is|are [always|usually|normally|generally|first] announced|revealed|posted|published|listed|shared on|in|via|through|at",
        "will [be] share|post|announce|publish|sharing|posting|announcing|publishing [any] [more] [the] news|updates|details|info|information on|in|via|through|first",
        "as soon as we know|hear|have|do",
        // Told by us when there is news: "I'll update you by 5pm", "we'll let you know".
        "i|we will *6 update|tell|notify|inform|email|message you",
        "i|we will let you know",
        // "Anything new will go up on our blog first."
        "will go up|live on|at|in our|the",
        // "Check the link for the latest."
        "for the latest|updates",
        // "The waitlist is where any news will go out first", "new options get posted in the
        // app's news section first, so check there".
        "is where [any|all] [the] news|updates|announcements|details",
        // "Our blog is where new cities get announced, so it's worth a follow."
        "is|are where *3 get|gets|is|are announced|posted|shared|revealed|listed",
        "worth a follow",
        // "Any release is announced first in the app."
        "announced|revealed|posted|published|shared first",
        // "The 'Notify me' button sends an email alert when stock is back."
        "notify me",
        "alert|alerts|email|text|notification when|once [it|stock|they|the] [<word>] is|are|comes|come|goes|go back|in|live|available",
        "give us a follow",
        "follow us on|for",
        "get|gets posted|announced|shared in|on|at",
        "check there",
        "go|goes out first",
        // "Any news lands on our blog first."
        "news|updates|announcements land|lands|appear|appears on|in|at",
        // "Our coverage checker is the first place new areas show up."
        "the first place",
        "show|shows up|appear|appears first",
        // "We'll announce it on our blog when it ships."
        "i|we will [also] announce|post|share|publish it|this|that|them|more on|in|via|through|when|once|here",
        // "The quickest way to hear is to turn on film alerts."
        "way to hear|know",
        "way to find out",
        "way to be|get notified",
        // The news as the subject: "any news will be on our blog first".
        "news|updates|announcements|details will be on|in|at|via|through [our|the] blog|website|site|app|page|feed|channel|newsletter|forums|forum|twitter|changelog|roadmap|discord|subreddit|community|newsroom|instagram|facebook",
        // "Our Facebook page is where news lands first."
        "where [the|any|all] [<word>] news|updates|announcements|info lands|land|appear|appears|go|goes|get|gets|is|are",
        // "Any platform news goes out on our blog first."
        "news|updates|announcements|details [will] go|goes [out|up] on|in|at|via|through",
        // "If there is one, it'll be on our blog first"; "the best place to check".
        "it will be on|in our|the blog|website|site|socials|channels|page|newsletter|forums|changelog|discord|app|twitter|instagram|facebook|roadmap|status",
        // Where it shows first: "our status page is updated the moment it ships".
        "status|roadmap|news|updates page|site|board is|gets|will [be] updated|update",
        // Alerts for when it comes: "sign up for restock alerts", "get an email when it goes live".
        "sign up|signup|register|subscribe for|to [<word>] alerts|alert|notifications|emails|updates|news",
        "get|receive an|a email|text|notification|alert when|once|as",
        "follow [the|its] status|progress",
        "best place to check|look|find",
        "follow us [here|there|on]",
        // Where news will reach them: "signing up at ... means you'll hear the moment it's out".
        "sign|signing up|for [to|for] [our] newsletter|alerts|notifications|updates|news|emails|email|mailing",
        "you will [be] hear|know|notified|told (the moment|the minute|the day|as soon|first)",
        "register|registering [your] interest",
        "be the first to know|hear",
        "keep you posted|updated|informed",
        "will update|email|message|notify|tell|inform|contact you",
        "will let you know",
        "will be in touch",
        "will get back to you",
        "coming soon|this|next|later",
        "on its|their way",
        "for [all] [the] [latest|more|further] news|updates|announcements",
        // "For more info: <link>" only restates the rule; the latest news is a pointer.
        "for [the] [most] latest|recent|up-to-date|current news|updates|announcements|info|information",
    ])
});

/// The reply asks the customer for what the problem is: a next step that moves the case
/// on, and a sign that nobody knows yet whether it can be fixed. "DM us the details", "can
/// you tell us what happened?", "please share more details about the issue".
pub static ASKS_FOR_DETAILS: LazyLock<Phrases> = LazyLock::new(|| {
    Phrases::lines(lines![
        "dm|message|email|send|tell|give us|me [your|the|a|some|more|any] details|info|information|order|account|email|number|name|what|which|a|dm|message|note",
        "dm|message us|me",
        "send|shoot us|me a dm|message|note",
        "can|could you [please] tell|share|send|give|let|dm|message",
        "please share|provide|send [us|me] [with] [some|more|any|further|additional|the|your] [more|further|additional] details|info|information|screenshots|screenshot|specifics",
        "what happened",
        "reply|respond|come back with your|the [<word>] number|details|reference|email|name|postcode",
        // What to send, asked with a "please": "please share your channel's URL".
        "please|kindly [do] share|send|provide|confirm|forward|attach [us|me] [with] your|the|a|an|some|any|more",
        "would|do you mind sharing|sending|providing|confirming|telling|letting|forwarding|attaching|checking",
        // A form for the details: "please drop in your details here", "fill in your details".
        "drop|fill|enter|put|leave|submit|share|provide [in] your|the [<word>] details|info|information|number|reference",
    ])
});

/// An option offered to the customer: another channel or team, a way to do it, a
/// workaround, a substitute, an offer to act ("we'll pass this on"), a question that
/// proposes one ("would you like ..."). Counts wherever it is in the reply.
pub static OFFER: LazyLock<Phrases> = LazyLock::new(|| {
    macro_rules! directive {
        () => {
            "contact|call|ring|phone|visit|reach|try|submit|send|dm|message|email|e-mail|write|fill|complete|use|go|head|check|speak|talk|chat|reorder|order|place|request|apply|follow|get|click|tap|select|choose|consider|share|drop|give|raise|file|open|refer|download|update|install|reinstall|restart|reset|clear|log|sign|book|pop|swing|stop|look|let|see|reply|respond|provide|ask|proceed|retry|resubmit|reapply"
        };
    }
    Phrases::lines(lines![
        concat!("please|kindly|just [do] [feel] [free] [to] ", directive!()),
        "feel free to",
        // Where to find it themselves: "it's on the first page of your welcome pack and in the
        // app", "it's in your account under Documents".
        "(it is|it's) [also] on|in the|your [<word>] page|pack|app|account|email|letter|statement|documents|dashboard|portal|confirmation|receipt",
        "you can|could|may|might [also|still|always|now|instead|simply|just|easily|then|either|definitely|certainly] <word>",
        "you are [always|more] [than] welcome to",
        // The way told for the one they asked about: "he could use a hotspot from your phone".
        "he|she|they|someone|somebody can|could [also|still|instead|just|always|easily] use|try|get|buy|book|call|contact|visit|switch|order|join|apply|borrow|share|pay|ask|download|install",
        // A step told by what it does: "updating in the App Store will stop the messages".
        "updating|upgrading|restarting|rebooting|reinstalling|clearing|resetting|reconnecting|switching|signing|logging|installing|downloading|turning|enabling|disabling|allowing|adding|removing|changing|using *8 will|should stop|fix|solve|sort|clear|resolve|remove|end",
        // A step and what it does: "if you add £6 more to your basket it'll go through".
        "if you *6 it|that|this|they will|should go|work|apply|load|connect|show|fix|clear",
        // Another service that does it: "the 18:45 will take it no problem".
        "the|your <num> [<word>] will|can|does take|carry|accept it|them|bikes|you",
        // Where it is instead: "you'll find live tracking in the app under My Orders".
        "you will find|see|get [<word>] [<word>] [<word>] in|on|under|at|via the|your|our",
        // The same thing somewhere else: "not on phones yet, but it does on tablets".
        "but it|they|this|that does|do|is|are|works|work on|in|with|via|through|at|from",
        "you will [also|still] be able to",
        // The way to get it: "you'd need to upgrade in Account > Change plan".
        "you would need|have to upgrade|switch|change|move|add|buy|book|call|contact|visit|apply|reach|speak|talk|ask|write|email|message|go|head|return|send|request|submit|file|raise|open",
        // What they still get or can do: "you'll still get full highlights", "if it's fitted
        // inside a device it can be sent".
        "you will still|also get|have|see|receive|find",
        "you [do] still|also get|have|receive|keep",
        // Word of it on its way: "you'll get a text with a 1-hour window by 9am".
        "you will get|receive a|an text|call|email|notification|message|alert",
        "it|they|this|that can|could [still|also] be sent|posted|shipped|taken|carried|used|booked|bought|ordered|returned|collected",
        // Another plan, store or product that does it: "but the Pro plan includes it", "but
        // our partner store ships there", "but Standard lets you pick", "but the unlock app
        // handles it".
        "plan|plans|tier|tiers|fare|fares|version|versions|model|models|store|stores|shop|shops|partner|partners|app|website|site|edition|membership|package|bundle|option|team|teams|advisers|advisors|agents|colleagues lets|let|allows|allow|includes|include|offers|offer|supports|support|ships|ship|sells|sell|accepts|accept|covers|cover|gives|give|handles|handle|processes|process|arranges|arrange|can|could",
        // The better way named: "an authenticator app is the faster option".
        "is|are the|a|an faster|quicker|better|easier|best|simplest|quickest|cheaper|safer option|way|choice|route|alternative|bet",
        // A tip told by what it may do: "a booster may help", "a restart should help".
        "a|an|the|your|this|that|it|restarting|resetting|updating|rebooting [<word>] [<word>] may|might|could|should [also|well|really] help",
        // A tip told by what it does: "clearing the app cache usually helps".
        "usually|often|normally|generally|typically helps|fixes|sorts|solves|resolves|clears",
        // The one that has it: "the Gearbit Pro has it built in", "the web app does though".
        "has|have it|this|that|one (built in|built-in|included|as standard)",
        "app|apps|version|versions|plan|plans|model|models|site|website|edition|tier|store does|do though",
        // What would do it: "upgrading to Flex would let you change it", "paying by debit card
        // avoids it", "the Acme range is the closest match".
        "would|will let|allow|enable you",
        // "An Off-Peak Return from 09:26 would get you the third off though."
        "would|will get|give|save you [the|a|an|some|your]",
        // "... though, if you fancy setting one up."
        "if you fancy",
        // "... but every Tuesday we now do any large pizza for $9.99."
        "we|i now do|offer|have|sell|run|stock",
        // Another place still going, or no booking needed: "our other shop is serving hot food
        // as normal", "it's walk-in".
        "is|are [still] serving|selling|open|running|doing *3 as normal|usual",
        "(it's|it is) walk-in|walk-ins",
        "walk-ins [are] welcome",
        "lets|allows|enables you|customers|passengers|travellers|travelers|users|guests|members",
        "avoids|avoid|prevents|prevent|skips|skip it|this|that|the|these|those",
        "closest|nearest match|equivalent|alternative|substitute|thing",
        // Another place near: "your nearest stop is Station Road".
        "closest|nearest [open] stop|station|branch|store|shop|stockist|depot|office|location|pharmacy|charger|dealer|centre|center",
        // What there is instead, stressed against the no: "we do have 15% off this weekend",
        // "use code WINTER15".
        "i|we do [also|still] have|offer|sell|stock|carry|ship|deliver|accept|run|match|cover|take",
        "with|use|using|enter [the|our|this] [promo|discount|voucher|coupon] code",
        // Where to get it instead: "it's currently available to buy on most digital stores".
        "available to buy|order|rent|stream|download|purchase|book",
        "but|though|however [the|our] <word> lets|allows|gives|includes|offers you|it|them|both",
        // "... but our wine list has some great bottles from £15".
        "but|though|however [the|our] <word> [<word>] has|have|offers|includes some|plenty|lots|loads|a|great",
        // Where it can be had: "the full series is available on demand in the app", and a
        // substitute: "the navy one is very similar and in stock now".
        "is|are [still|also|now|already] available on|in|at|from|via|through",
        // "The full replay goes up in the Sports tab from 7pm."
        "goes|go up in|on|at",
        // What can still be had: "the unused value can be kept as an eCredit".
        "can|could [still|also] be kept|used|converted|transferred|saved|held as|for|towards",
        // What still works, said of the others: "soy, almond and coconut are all still
        // available", "the 19:12 is fine", "folding bikes are welcome any time", "your ticket's
        // valid on it", "you're still covered".
        "are all [still|also] available|stocked|fine|welcome",
        // "..., but our partner Fitright does."
        "but|though|however [the|our] partner|partners|store|stores|shop|branch|website|site|app [<word>] does|do",
        // Another who can: "your GP can prescribe them", "your bank may be able to help".
        "your|the|a|an|our [<word>] gp|doctor|pharmacist|bank|provider|manufacturer|seller|retailer|branch|airline|insurer|council|landlord|optician|dentist|vet|embassy|consulate can|could|will|may [be] [able] [to] <word>",
        // Someone else who will do it: "but the crew will seat you together at the gate".
        "but|though|however the|our [<word>] crew|staff|team|agents|colleagues|desk|reception|driver|drivers|store|branch will|can|could <word> you|it|them",
        // Another way that works: "but Apple Pay and Google Pay work too".
        "work|works|accepted (too|as well)",
        "is|are [also|always] fine|welcome",
        "valid on|for it|them|this|that|the|any",
        "you are still|also covered|eligible|protected|entitled",
        // Cover that applies: "you're covered by our money back guarantee"; others welcome
        // to another way: "buyers there are welcome to shop on the main site".
        "you are [fully] covered|protected by|under",
        // Who can help instead, with how to reach them: "their telephone number is ...".
        "their|the|its [<word>] phone|telephone|contact|helpline number|line|email|address is|are",
        "are|is [always|still|also] [more] [than] welcome to",
        // Another who can: "the manufacturer sells spares direct", "our billing team can on
        // 0800 ...".
        "manufacturer|manufacturers|maker|makers sells|sell|stocks|supplies|repairs|services|offers",
        "our|the <word> team|department|desk|colleagues can|could|will [also] [be]",
        // Done by someone else, said in the passive: "minor corrections can be made by our
        // reservations team".
        "can|could [still|also] be <word> by our|the|your|any",
        // A tip or a nudge: "Tip: save both in your Wallet", "do mention the occasion when you
        // book", "half price with this link".
        "tip|hint",
        "do mention|tell|let|ask|add|try|check|book|call|pop|drop",
        "with this|the|our link|code",
        "(half price|half-price)",
        // Someone who can do it sooner: "our team can fast-track it by phone".
        "our|the team|agents|colleagues|staff|specialists can|could [also] fast-track|expedite|prioritise|prioritize|escalate|arrange|help|reissue|replace|refund",
        // Where a copy may still be: "they may still have a copy in their own folder".
        "may|might|could still have|find|access a|an|the|it|them|their|your|copy|copies",
        // "... but the theatrical version is available to stream now".
        "is|are [still|also|now|already] available to stream|watch|buy|download|order|rent|book|collect|use",
        // Who can help instead: "your mortgage adviser can give you an update".
        "your <word> [<word>] can|could|will (give you|help|tell you|update you|advise|explain|answer|arrange|sort)",
        // Another service that runs: "the 08:11 is running on time and calls at the same stops".
        "is|are [still] running (on time|as normal|as planned)",
        "is|are still available|stocked|sold|made",
        // What they can do, and what follows: "if you post it again without the number,
        // it'll go live within a day", "if you send the receipt we can swap it" (not "if you
        // cancel now, you'll lose the deposit": only verbs of a way forward).
        concat!("if you [just|can|could] ", directive!(), "|post|repost|resend|resubmit|remove|edit|upload|bring|return|pick|switch|swap|change|move|wait"),
        "is|are [also|still|now|currently] in stock",
        // Another place has it, or what they have still works: "the creator's site has the
        // full archive", "downloaded episodes will still play offline".
        "site|website|store|shop|app|channel|page|stores|shops|stockist|stockists|retailer|retailers|reseller|resellers|dealer|dealers|supplier|suppliers has|have|carries|stocks|keeps|sells the|it|them|this|that|full|complete|whole|most|many|some|plenty|lots|our|your",
        "will|can still play|work|open|load|run",
        // Another place nearby: "the café on platform 2 has hot food until 8pm".
        "café|cafe|cafes|restaurant|restaurants|bar|kiosk|kiosks|branch|branches|outlet|outlets|counter *4 sells|serves|stocks|carries|offers|has|have [hot|cold|fresh] food|drinks|coffee|meals|stock|some|plenty|them|it|one",
        // Another version that does: "Photoshop Express runs on Chromebooks", "the web app
        // works with any browser"; and where to find it: "you'll find them under Trash".
        "runs|works on|with|in|offline",
        // What does work: "Visa, Mastercard and PayPal all work", "cards and Apple Pay are
        // fine", "it's valid on everything else".
        "all|both|also work|works",
        // What they do work for: "they work for anything in the store though".
        "work|works|usable|valid for|on|with|in anything|everything",
        // A step told by what it does: "turning on backup in Settings will keep future chats
        // safe", "updating the app usually fixes it".
        "turning|switching|toggling on|off *3 will|should|would|can|helps|keeps|stops|prevents",
        "enabling|disabling|clearing|resetting|updating|reinstalling|restarting *3 will|should|would|usually|helps|keeps|stops|prevents|fixes|sorts",
        // What carries on for them: "your phone will keep getting security updates".
        "will still|keep|continue [to] work|working|get|getting|receive|receiving|run|running|play|playing",
        "are [all|also|still] fine|accepted",
        "valid|usable|accepted|redeemable on|for|at|in everything|anything|all|other",
        "you will|can find it|them|this|that|these|those|one|some|more|everything|the|your|all",
        "is|are [very|quite|really|pretty] similar|comparable|equivalent",
        // What would do it, said as advice: "you'd need the Pro plan for that", "so you'd want
        // to swap it for the Hub 4". (Not "you'd need to have ...": a condition already missed.)
        "you would [then|just|first] need|want the|a|an|our|one",
        concat!("you would [then|just|first] need|want to ", directive!(), "|swap|switch|upgrade|buy|purchase|change|move|replace|exchange|return|bring|take|pick"),
        "i|we [would] [strongly|also] suggest|recommend|advise|encourage",
        // Advice put firmly, to them: "we strongly urge you to", "I'd insist you reply to our
        // email", "we invite you to" (not "we urge caution").
        "i|we [would] [strongly|also|kindly] urge|insist|invite [that] you",
        "[i|we] request you to",
        "what i|we can do|offer",
        "here is what i|we",
        "here's what i|we",
        "i|we can|could [also|still|certainly|definitely|always|gladly|happily] offer|arrange|send|help|assist|provide|give|set|book|get|put|add|pass|share|refer|transfer|escalate|order|reserve|hold|suggest|recommend|raise|issue|refund|replace|rebook|credit|look|check|do|swap|move|switch|change|upgrade|extend|waive|reissue|resend|reship|ship|deliver|collect|reserve|cancel|restore|recover|reactivate|unlock|reset|fix|repair|exchange|match|honour|honor|apply|walk|show|guide|connect|organise|organize|email|call|text|source|find|locate|notify|let|keep|try|expedite|prioritise|prioritize|cover|discount|compensate|reimburse",
        // Another place that can do it: "any of our branches can do it", "our store may be able to help".
        "branch|branches|shop|shops|store|stores|outlet|outlets|counter|partner|partners *3 can|could|will|may|might [also] [be] [able] [to] do|help|assist|sort|swap|exchange|replace|refund|process|arrange",
        // Another team that can: "a link to our chat team, who will be able to assist you".
        "team|teams|agents|specialists|experts|colleagues|department [that|who|which] can|could|will|may [also] [be] [able] [to] help|assist|sort|fix|resolve|look|advise",
        "i|we would [be] [more] [than] happy|glad|delighted|love to",
        "happy|glad to help|assist",
        // Said without a subject: "Happy to check any other retailer for you."
        "happy|glad|delighted to check|look|arrange|book|swap|exchange|refund|replace|send|find|sort|try|order|reserve|source|compare|match|set|switch|move|change",
        // "We're happy to fit one for you once you have it."
        "we|i are|am [always|more] [than] happy|glad|delighted to <word>",
        "the nearest|closest [one] is|are",
        // Done or to be done for them: "we'll pass this on", "I've turned off auto-renew so
        // you won't be charged again".
        "i|we will|have|am|are|is|has [be] [sure|certain] [to] [definitely|certainly|gladly|happily|also|now|just|already] pass|passed|passing|share|shared|sharing|resend|resent|reissue|reissued|forward|forwarded|forwarding|submit|submitted|submitting|note|noted|log|logged|raise|raised|escalate|escalated|flag|flagged|feed|add|added|report|reported|send|sent|sending|arrange|arranged|refund|refunded|replace|replaced|offer|offered|issue|issued|rebook|rebooked|credit|credited|reship|reimburse|compensate|request|requested|doing|taking|make|made|set|turned|switched|stopped|paused|disabled|waived|extended|upgraded|moved|changed|removed|applied",
        "have|has [now|also|already|just] passed|shared|forwarded|submitted|logged|raised|escalated|flagged|noted|reported",
        "here is [a|an|another|your] new|replacement|different|fresh|alternative|substitute",
        "here's [a|an|another|your] new|replacement|different|fresh|alternative|substitute",
        "a|another new|replacement|different|fresh one",
        // A substitute, said as what exists: "our sister brand sells a very similar model".
        "sells|stocks|carries|has|have|offers|makes a|an [very] similar|comparable|equivalent model|product|item|version|one|option|design|style",
        "team|teams|colleagues|store|stores|staff|specialists|department|agents|crew|crews|experts|advisors|advisers|seller|sellers|carrier|courier|manufacturer|bank|they can|could|will [happily|gladly|also|definitely] [be] [able|happy|glad] [to] help|assist|sort|arrange|look|check|advise|support|fix|resolve|process|book|handle|double-check|reach|contact|call|email|follow|get|do|change|update|amend|cancel|make|take|set|replace|repair|order|issue|send|refund|swap|exchange|add|move|transfer|reset|unlock|collect|correct|rebook|reissue|redirect|waive|upgrade|extend|reinstate|restore|recover|adjust|remove|credit|reimburse|honour|honor",
        "you will|would need to",
        // Another channel, as a condition of going on: "if you DM us the email on it, we'll
        // continue there".
        "if you [can] [could] [please] [just] dm|message|email|e-mail|call|ring|phone|contact|reach|send|write|drop|pop|visit|text|chat|speak|talk",
        // A way others take: "many customers use our tote bags as a gift bag".
        "(many|most|some|lots of|a lot of) [of] [our] customers|people|travellers|travelers|users|guests|shoppers|members use|choose|pick|prefer|try|opt",
        "best way|option|bet|thing is|would|will",
        "have a look",
        // "Worth trying again later this evening."
        "worth trying|calling|checking|trying|giving|ringing [it|us] [again|later]",
        "you may|might wish|want|like to",
        "instead",
        "alternatively",
        "in the meantime",
        "meanwhile",
        "another|other option|options|way|ways|alternative|alternatives|choice|choices|route",
        "an alternative|option",
        "workaround|work-around",
        "work around",
        "would you like|prefer",
        // Something offered as a question or a fit: "is a repair something you'd consider?",
        // "perhaps a repair would help?", "a trade-in scheme that might suit you".
        "something you would|might consider|like",
        "perhaps|maybe a|an|the <word> [<word>] would|could|might help|work|suit|do",
        "might|may|could|would suit you|your",
        // Another place that may help: "they may be able to help", "the seller might assist".
        "they|seller|sellers|manufacturer|manufacturers|retailer|retailers|supplier|suppliers may|might|could [also] [be] [able] [to] help|assist|advise|sort|arrange",
        // A polite request: "would you mind sending a screenshot?"
        "would|do you mind",
        "do you want|need us|me",
        "shall|should|can|may i|we",
        "want me|us to",
        concat!("could|can|would you [please] [kindly] [also] ", directive!(), "|confirm|tell|let"),
        "have you tried",
        "why not try",
    ])
});

/// A remedy or substitute named anywhere in the reply: a refund, a voucher, a replacement.
pub static REMEDY: LazyLock<Phrases> = LazyLock::new(|| {
    Phrases::lines(lines![
        // Put first: "so it's first on the list this morning".
        "first|top on|of the|our list|route|run|queue",
        "first stop",
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
        // What there is at no cost instead: "orders over £50 get free delivery".
        "free delivery|shipping|postage|returns|upgrade|replacement|repair",
        // Something done for them, told as such: "what I have done is add a note".
        "what i|we [have] done|did is|was",
        // A fix told as what will do it: "updating to 3.2 fixes it", "a restart should
        // sort this".
        "fixes|solves|resolves|sorts|clears it|this|that|things|the",
        "should|will|would|can|could|usually|normally|often fix|solve|resolve|sort|clear it|this|that|things|the",
        // A tip and where it is: "turning it off should help a lot; here's how".
        "should|usually|normally|often help",
        "(here is|here's) how",
        // Already put right, or a new time given: "everything is back up and running now",
        // "the refund landed this morning", "your ticket is valid on the next train", "the
        // new departure time is 14:20".
        "is|are|it's|everything's|was|were [now|all|fully|already] back [up|online|on|open|running|working|in|to|now]",
        "back (to normal|in service)",
        "up and running",
        "is|are|it's|was|were|has|have [now|since|already|all] [been] [fully] fixed|resolved|restored|repaired|sorted|credited|refunded|reinstated|unlocked",
        // Put right on their account: "it has been allocated today and the summons withdrawn".
        "has|have [now|since|already|all] been allocated|withdrawn|reversed|corrected|waived|cancelled|canceled|removed",
        // Done for them already: "yours was issued yesterday".
        "yours|it was|has [now|already] [been] issued|processed|approved|paid",
        "is|are now [fully] resolved|fixed|restored|working|live|open|available",
        "landed|arrived|appeared|showed|went|gone|come|came in|into|through",
        "is|are [still] valid on|for",
        // Accepted on another service: "your ticket is being accepted on Southern and buses".
        "is|are [now] [being] accepted on|by|at",
        "new|revised|updated date|time|slot|eta|estimate|departure|arrival|delivery|appointment",
    ])
});

/// Something else that can put it right ("backups can bring back older ones", "your dog
/// can fly in the hold though"): an option only in contrast with the no, in a sentence
/// that turns with "though", "but" or "however"; "until the power company can restore it"
/// is the end of a cause, and "your card can not be used" no option.
static ANOTHER_ROUTE: LazyLock<Phrases> = LazyLock::new(|| {
    Phrases::lines(lines![
        "can|could [still|also|usually|often] (bring back|get back|restore|recover|retrieve)",
        "your <word> [<word>] can|could [still|also|instead] <word>",
        // "Luggage can be left with reception after 12, though."
        "can|could [still|also] be left|stored|kept|held|collected|dropped|picked",
        // Where it is to be had, or what is on offer instead: "we don't stock it in store,
        // but it's available online", "members get 15% off this weekend though", "the code
        // still gives 10% off", "our house wines start at £4.50".
        "is|are|it's [still|also|currently|now] available|stocked",
        "<num> off",
        "still give|gives|work|works|apply|applies",
        "start|starts|starting at|from",
    ])
});

/// Where it does work, after the no and a comma: "offline mode isn't supported on the web
/// app, only in the mobile apps".
static ONLY_THERE: LazyLock<Phrases> = LazyLock::new(|| {
    Phrases::lines(lines![
        "only|just in|on|via|through|with|from|at the|our|your"
    ])
});

/// Help offered for other matters: "shout if anything else crops up", "reach out
/// with any other questions". A way to come back, not a way forward with this one.
static FOR_ANYTHING_ELSE: LazyLock<Phrases> = LazyLock::new(|| {
    Phrases::lines(lines![
        "anything else",
        "any other|further questions|queries|concerns|issues|problems",
    ])
});

/// Feedback passed on: "we'll be sure to share your feedback", "I'll pass your comments on
/// to the team". An action, but no step on this customer's problem.
static PASSES_FEEDBACK: LazyLock<Phrases> = LazyLock::new(|| {
    Phrases::lines(lines![
        "pass|passing|passed|share|sharing|shared|forward|forwarding|forwarded|feed|feeding|send|sending|sent *4 feedback|comments|comment|thoughts|suggestion|suggestions|ideas|views",
    ])
});

/// Whether the sentence holding `token` only invites them back for other matters ("shout if
/// anything else crops up").
fn invites_back(draft: &Draft, token: usize) -> bool {
    draft
        .sentence_of(token)
        .is_some_and(|s| FOR_ANYTHING_ELSE.occurs_in(draft, draft.sentences[s].tokens.clone()))
}

/// Whether `tokens` are part of passing feedback on ("we'll pass your comments on"), read
/// in the sentence they start in.
pub fn passes_feedback(draft: &Draft, tokens: std::ops::Range<usize>) -> bool {
    draft.sentence_of(tokens.start).is_some_and(|s| {
        PASSES_FEEDBACK
            .find_in(draft, draft.sentences[s].tokens.clone())
            .iter()
            .any(|m| m.tokens.start < tokens.end && tokens.start < m.tokens.end)
    })
}

/// Whether the reply asks for the details of this case; "shout if anything else crops up"
/// asks for nothing now.
pub fn asks_for_details(draft: &Draft) -> bool {
    ASKS_FOR_DETAILS.any_match(draft, |m| !invites_back(draft, m.tokens.start))
}

/// Words that name the rules themselves: a link or a pointer to them restates the no.
const RULE_WORDS: List =
    words!("policy policies terms conditions rules t&cs t&c ts&cs tcs eligibility guidelines");

/// Verbs that open an instruction to the customer ("Try restarting", "Call us on ...").
pub const IMPERATIVES: List = words!(
    "contact call ring visit try submit send dm message email e-mail reach head check use \
    reorder click tap go follow fill drop hit reply write get shoot ping pop swing grab \
    select choose tweet download install reinstall restart update clear log sign book \
    apply request open speak talk chat ask give refer order pick return resubmit reset \
    bring take switch turn unplug plug enter add remove delete join text subscribe watch \
    monitor place create make report"
);

/// The first word of an instruction starting at `token`, past a lead-in that is not its verb
/// ("please be sure to e-mail us", "kindly make sure you call", "remember to reply", "don't
/// forget to check"); `None` if nothing follows it before `end`.
fn past_lead_in(draft: &Draft, token: usize, end: usize) -> Option<usize> {
    let mut words = (token..end).filter(|&i| draft.tokens[i].kind == TokenKind::Word);
    let norm = |i: usize| draft.tokens[i].norm.as_str();
    let mut at = words.next()?;
    while among("please kindly", norm(at)) {
        at = words.next()?;
    }
    // "We'd like you to let us know", "I need you to reply": the request said politely.
    if among("we i", norm(at)) {
        let mut ahead = words.clone();
        let mut next = || ahead.next().map(norm);
        let polite = match (next(), next()) {
            (Some("would"), Some("like")) => next() == Some("you") && next() == Some("to"),
            (Some("need"), Some("you")) => next() == Some("to"),
            _ => false,
        };
        if !polite {
            return Some(at);
        }
        words = ahead;
        at = words.next()?;
    }
    let lead: &[&str] = match norm(at) {
        "be" | "make" => &["sure"],
        "remember" => &["to"],
        "do" => &["not", "forget", "to"],
        _ => return Some(at),
    };
    let mut ahead = words.clone();
    if lead
        .iter()
        .all(|w| ahead.next().is_some_and(|i| norm(i) == *w))
    {
        words = ahead;
        at = words.next()?;
        // "make sure to call", "make sure you call".
        if lead == ["sure"] && among("to you", norm(at)) {
            at = words.next()?;
        }
    }
    Some(at)
}

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
    // Help offered for other matters ("shout if anything else crops up") offers nothing for
    // this one; feedback passed on keeps a way open after a no but is no step on the problem
    // itself.
    let inviting = |tokens: std::ops::Range<usize>| {
        invites_back(draft, tokens.start) || (strong && passes_feedback(draft, tokens))
    };
    let negative = |i: usize| {
        tokens
            .get(i)
            .is_some_and(|t| is_negation(&t.norm) || among("only be have already", t.norm.as_str()))
    };
    let offer = OFFER.any_match(draft, |m| {
        let mut inside = m.tokens.clone();
        let refused = inviting(m.tokens.clone())
            || inside
                .any(|i| skipped(i) || is_negation(&tokens[i].norm) || tokens[i].norm == "only");
        // "you can <word>" must not be "you can not" / "you may be charged"; "we do have 20%
        // off" (no modal before "have") is an offer.
        let last = m.tokens.end - 1;
        let after_modal = tokens[m.tokens.start..last].iter().any(|t| {
            t.norm
                .is_among("can could may might will would must should")
        });
        let weak_end =
            negative(m.tokens.end) || (negative(last) && tokens[last].norm != "not" && after_modal);
        // "You can read our refund policy here" and "please see this article for more
        // information" restate the rule; they offer nothing.
        let after = &tokens[m.tokens.end.saturating_sub(1)..(m.tokens.end + 6).min(tokens.len())];
        let reads_the_rules = (after[..after.len().min(5)]
            .iter()
            .any(|t| t.norm.is_among(RULE_WORDS))
            || after.windows(3).any(|w| {
                w[0].norm == "for"
                    && w[1].norm.is_among("more further")
                    && w[2].norm.is_among("info information details")
            }))
            && tokens[m.tokens.clone()]
                .iter()
                .any(|t| t.norm.is_among("read see view review find check"));
        let just_asks_to_hear = strong
            && tokens[m.tokens.end..(m.tokens.end + 2).min(tokens.len())]
                .iter()
                .any(|t| t.norm == "know");
        if refused || weak_end || just_asks_to_hear || reads_the_rules {
            return false;
        }
        // "Hopefully it's something we can look at in future": a hoped-for someday is no
        // option now.
        !draft.sentence_of(m.tokens.start).is_some_and(|s| {
            let sentence = draft.sentence_tokens(&draft.sentences[s]);
            sentence
                .iter()
                .any(|t| t.norm.is_among("hopefully hope hoping"))
                && sentence
                    .iter()
                    .any(|t| t.norm.is_among("future someday eventually"))
        })
    });
    // "our refund policy" names the rule, not a refund.
    let names_a_rule = |m: &Match| {
        tokens
            .get(m.tokens.end)
            .is_some_and(|t| t.norm.is_among(RULE_WORDS))
    };
    // "The student discount is reserved for students" names what the rule is about.
    let limited = |m: &Match| {
        let after = &tokens[m.tokens.end..(m.tokens.end + 3).min(tokens.len())];
        matches!(after, [be, limit, ..] if be.norm.is_among("is are")
            && limit.norm.is_among("only reserved limited restricted exclusive"))
    };
    // "A refund isn't possible" refuses the remedy it names; "the limit is fixed at £5,000"
    // repairs nothing.
    let refused_after = |m: &Match| {
        let after = &tokens[m.tokens.end..(m.tokens.end + 3).min(tokens.len())];
        after.iter().any(|t| is_negation(&t.norm)) || after.first().is_some_and(|t| t.norm == "at")
    };
    // "..., as they're sold at a discount": a remedy word inside the no's reason offers
    // nothing.
    let in_a_reason = |m: &Match| {
        let sentence_start = draft
            .sentence_of(m.tokens.start)
            .map_or(0, |s| draft.sentences[s].tokens.start);
        let clause_start = (sentence_start..m.tokens.start)
            .rev()
            .find(|&i| tokens[i].norm == ",")
            .map_or(sentence_start, |comma| comma + 1);
        tokens[clause_start..m.tokens.start]
            .iter()
            .find(|t| t.kind == TokenKind::Word)
            .is_some_and(|t| t.norm.is_among("as because since"))
    };
    let remedy = || {
        REMEDY.any_match(draft, |m| {
            !m.tokens.clone().any(skipped)
                && !names_a_rule(m)
                && !limited(m)
                && !refused_after(m)
                && !in_a_reason(m)
        })
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
                let Some(first) = past_lead_in(draft, first, c.end) else {
                    return false;
                };
                // "Check out our refund policy here" points at the rule, not a way round it.
                let to_the_rules = tokens[first].norm.is_among("read see view check review")
                    && tokens[c.clone()]
                        .iter()
                        .any(|t| t.norm.is_among(RULE_WORDS));
                // "Let us know if it hasn't come by 8pm": a way back, not a concrete step.
                let let_us_know = !strong
                    && tokens[first].norm == "let"
                    && tokens
                        .get(first + 1)
                        .is_some_and(|t| t.norm.is_among("us me"));
                !skipped(first)
                    && !inviting(first..first + 1)
                    && (among(IMPERATIVES, &tokens[first].norm) || let_us_know)
                    && !to_the_rules
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
                t.norm.is_among(RULE_WORDS) || t.norm.is_among("details info information")
            });
            link && !rules
        })
    };
    let another_route = || {
        ANOTHER_ROUTE.any_match(draft, |m| {
            !draft.has_negation(m.tokens.start..(m.tokens.end + 1).min(tokens.len()))
                && draft.sentence_of(m.tokens.start).is_some_and(|s| {
                    draft
                        .sentence_tokens(&draft.sentences[s])
                        .iter()
                        .any(|t| t.norm.is_among("though but however"))
                })
        })
    };
    let only_there = || {
        ONLY_THERE.any_match(draft, |m| {
            let after_comma = m
                .tokens
                .start
                .checked_sub(1)
                .is_some_and(|i| tokens[i].norm == ",");
            after_comma
                && draft.sentence_of(m.tokens.start).is_some_and(|s| {
                    draft.has_negation(draft.sentences[s].tokens.start..m.tokens.start)
                })
        })
    };
    offer
        || remedy()
        || instruction()
        || another_route()
        || only_there()
        || (!strong && (INFO_POINTER.occurs(draft) || way_link()))
}

/// More reading offered, not a way forward: "for more info", "read more about it", "learn
/// more". The guide: a link that only restates the rule is no alternative.
static READ_MORE: LazyLock<Phrases> = LazyLock::new(|| {
    Phrases::lines(lines![
        "for more|further info|information|details",
        "(read|learn|find out) more",
    ])
});

/// The token ranges of the sentences that point at more reading ("check out this page for
/// more info", "you can read more about it here"): they explain further and offer nothing.
/// Which sentences do is kept with the draft, so a keystroke reads only the sentences it
/// touched.
pub fn read_more(draft: &Draft) -> Vec<std::ops::Range<usize>> {
    #[derive(Clone)]
    struct PointsAtReading;
    draft
        .by_sentence((), (0, 0, 0), |i| {
            READ_MORE
                .occurs_in(draft, draft.sentences[i].tokens.clone())
                .then_some(PointsAtReading)
        })
        .found()
        .map(|(i, _)| draft.sentences[i].tokens.clone())
        .collect()
}

/// Adds `more` to `skip`, keeping it in the reading order [`offers_option`] reads it in
/// (each inserted in place: the wasm carries no slice sort).
pub fn skip_also(
    skip: &mut Vec<std::ops::Range<usize>>,
    more: impl IntoIterator<Item = std::ops::Range<usize>>,
) {
    for range in more {
        let at = skip.partition_point(|s| s.start < range.start);
        skip.insert(at, range);
    }
}

/// The sentence that offers something else after a no, if one does. "Wi-Fi isn't available
/// on this flight, but the seat screens have films": a "but" after the no that leads to
/// something positive (not just thanks or an apology) offers it in the no's own sentence.
pub fn alternative_after(draft: &Draft, refusal: &Refusal) -> Option<usize> {
    refusal.alternative_once(|| find_alternative_after(draft, refusal))
}

/// [`alternative_after`], worked out.
fn find_alternative_after(draft: &Draft, refusal: &Refusal) -> Option<usize> {
    let sentence = &draft.sentences[refusal.sentence];
    let words = &draft.tokens;
    let mut at = refusal.stretch.end;
    while at < sentence.tokens.end && words[at].kind == TokenKind::Punct && words[at].norm == "," {
        at += 1;
    }
    // "..., but the Leeds store has it", "...; the Kirkstall one does".
    if words.get(at).is_some_and(|t| {
        at < sentence.tokens.end && matches!(t.norm.as_str(), "but" | "however" | ";")
    }) {
        return states_another(draft, at + 1..sentence.tokens.end).then_some(refusal.sentence);
    }
    // The next sentence names where or what does it: "Cribbs Causeway does same-day
    // collection", "the desks open 3 hours before departure"; not a reason ("As ours is
    // prepackaged, ...") or a wish ("Have a great trip!").
    let next = refusal.sentence + 1;
    draft
        .sentences
        .get(next)
        .is_some_and(|next| {
            let opens_with_subject = draft
                .sentence_words(next)
                .first()
                .is_some_and(|w| !among(NOT_A_SUBJECT, w));
            opens_with_subject
                && !draft.is_question(next)
                && states_another(draft, next.tokens.clone())
        })
        .then_some(next)
}

/// First words of a sentence that is no statement of what else there is.
const NOT_A_SUBJECT: List =
    words!("as since because so if have has enjoy hope is are does do open opens offer offers");

/// Whether the words, up to the first stop, say what something else is, has or does, with
/// no courtesy or no of their own.
fn states_another(draft: &Draft, tokens: std::ops::Range<usize>) -> bool {
    let rest: Vec<&str> = draft.tokens[tokens]
        .iter()
        .take_while(|t| !(t.kind == TokenKind::Punct && t.norm != ","))
        .filter(|t| t.kind == TokenKind::Word)
        .map(|t| t.norm.as_str())
        .collect();
    let courtesy = rest.iter().any(|w| {
        is_negation(w)
            || w.starts_with("thank")
            || w.starts_with("apolog")
            || w.starts_with("appreciat")
            || w.starts_with("understand")
            || matches!(
                *w,
                "sorry" | "hope" | "hopefully" | "afraid" | "unfortunately" | "sadly"
            )
    });
    let states = rest.iter().any(|w| {
        matches!(
            *w,
            "has"
                | "have"
                | "is"
                | "are"
                | "offers"
                | "offer"
                | "carries"
                | "sells"
                | "runs"
                | "works"
                | "stocks"
                | "does"
                | "open"
                | "opens"
                | "can"
        )
    });
    // "Our returns policy is here" only restates the rule.
    let the_rule = rest.iter().any(|w| among(RULE_WORDS, w));
    rest.len() >= 3 && states && !courtesy && !the_rule
}

#[cfg(test)]
mod tests {
    use super::*;

    every_phrase_list_compiles!(
        HOPED_FOR,
        INFO_POINTER,
        OFFER,
        REMEDY,
        ANOTHER_ROUTE,
        ONLY_THERE,
        ASKS_FOR_DETAILS,
        FOR_ANYTHING_ELSE,
        PASSES_FEEDBACK
    );
}

//! vague-promise: the agent (or the team) commits to a future action or contact with no
//! concrete time frame. Not: a purpose clause ("so we can look"), an offer ("I'd be happy
//! to"), help in the next turn ("send it and we'll assist"), a done or immediate action, a
//! concrete time, a hope (that is false-hope).

use super::template::{slot, Capability};

/// Future actions an agent commits to.
const ACTIONS: &[&str] = &[
    "look into this",
    "make sure this gets sorted",
    "make sure your refund is processed",
    "make sure to get this straightened out",
    "see to it that this is resolved",
    "have someone give you a call",
    "revert with an answer",
    "work hard to get your parcel back",
    "check on this",
    "get back to you",
    "be in touch",
    "follow up with you",
    "review your case",
    "take a closer look",
    "get this sorted",
    "get the name on your booking changed",
    "put it right",
    "get an engineer out to you",
    "update you",
    "update our status page",
    "reach out to you",
    "investigate this",
    "chase this up",
    "keep you posted",
    "circle back with you",
    "give you a ring",
    "correct the invoice and send you a fresh copy",
    "arrange for an engineer to visit",
    "arrange a callback",
    "address your query",
];

/// Ways of saying "later" that name no time.
const NO_TIME: &[&str] = &[
    "soon",
    "shortly",
    "ASAP",
    "as soon as possible",
    "as soon as we can",
    "at the earliest",
    "in due course",
    "in due time",
    "in the coming days",
    "over the coming weeks",
    "when we can",
    "once we hear back",
    "as soon as we know more",
    "before long",
    "very soon",
];

/// Concrete times and estimates.
const CONCRETE: &[&str] = &[
    "by 5 pm today",
    "within 24 hours",
    "tomorrow morning",
    "on Monday",
    "by the end of the day",
    "in the next two hours",
    "before Friday",
    "by noon on 14 March",
];

pub fn suite() -> Vec<Capability> {
    let actions = slot(ACTIONS);
    vec![
        Capability::new(
            "vocabulary",
            "a commitment to a future action with no time, over many verbs",
        )
        .flags(&format!("{{We'll|I'll}} {actions}."))
        .flags(&format!("Thanks for the details. {{We will|I will}} {actions}."))
        .flags("{DM us and we'll take care of it|We'll handle it for you|We'll deal with this for you}{.|!}")
        .flags("{We're aware of an issue with logins|Thanks for flagging} and {our team are on it|the engineers are on the case}.")
        .quiet("That's not right and I'm on it. Please DM us your order number."),
        Capability::new(
            "time words",
            "\"soon\", \"shortly\", \"ASAP\", \"in due course\"... name no time",
        )
        .flags(&format!(
            "{{We'll get back to you|Our team will update you}} {}.",
            slot(NO_TIME)
        )),
        Capability::new(
            "person",
            "the same promise made by I, we, the team, someone, a colleague",
        )
        .flags(
            "{I|We|The team|Our billing team|Someone from our side|A specialist|One of our engineers|A colleague of mine} will {contact you|reach out|look into it} {soon|shortly}.",
        )
        // Someone else's contact or visit, arranged by the agent.
        .flags("{I'll get the store manager to ring you|I'll have someone call you|I'll make sure someone contacts you|I'll make sure the team calls you back|I'll make sure someone gets back to you|Our engineers will be out to fix it|An engineer will be round to look at it}{.|!}")
        // Work in progress said with nothing after it.
        .flags("{We're|Our engineers are|The team is} {investigating|checking|reviewing}{.|!}"),
        Capability::new(
            "tense",
            "future forms flag; the same action already done does not",
        )
        .flags("{We'll|We will|We're going to|We are going to|We'll be sure to|I'm going to} follow up on this.")
        .quiet("{We've|We have|I've|I have|I already} followed up on this with the warehouse and they confirmed the parcel left this morning."),
        Capability::new(
            "conditional",
            "a promise that waits on the customer's next step still counts",
        )
        .flags("{DM us|Send us your order number|Reply with your email address|Drop us a message with the details} and {we'll|we will|I'll} {take a look|look into it|check this}."),
        Capability::new(
            "concrete time",
            "hard negative: a date, hour or estimate removes the label, even beside \"soon\"/\"ASAP\"",
        )
        .quiet(&format!(
            "{{We'll get back to you|I'll update you}} {}.",
            slot(CONCRETE)
        ))
        .quiet("We're working on it {ASAP|as fast as we can}; the estimated fix time is {3:30 pm|about 40 minutes from now|9 pm tonight}.")
        .quiet("We'll keep you posted as soon as the fix rolls out, {most likely|probably|hopefully} {this week|later this week|this weekend}."),
        Capability::new(
            "purpose clause",
            "hard negative: \"DM us so we can look into this\" asks the customer to act",
        )
        .quiet("{Please DM us|Send us a DM|Could you DM us|Please email us your order number} so {we can|that we can|I can} {look into this|follow up|check on this|take a look}."),
        Capability::new(
            "offer",
            "hard negative: willingness (\"I'd be happy to look into this\") is not a commitment",
        )
        .quiet("{I'd be happy to|We'd be glad to|I'd love to|We would be happy to} {look into this|take a look|check this for you}{?|.|!}"),
        Capability::new(
            "next-turn help",
            "hard negative: generic help in the next turn of the conversation",
        )
        .quiet("{Share|Send us} {the details|your order number|a screenshot} and we'll {help you out|assist you|continue there}."),
        Capability::new(
            "done or immediate",
            "hard negative: completed or immediate concrete actions",
        )
        .quiet("{I've sent|I have sent|We've passed|We have forwarded} {your note|the photos} to {the store manager|our delivery team}.")
        .quiet("{We'll pass your kind words along|I'll pass your compliments on to the team|We'll add this to your feedback|I'm refunding the fee straightaway|I'll make sure the manager gets your feedback}{!|.}")
        .quiet("{I'll get the store manager to ring you|I'll make sure someone contacts you|I'll make sure someone gets back to you|An engineer will be out to fix it} {at 3pm today|by 5pm|tomorrow between 8am and 1pm}."),
        Capability::new(
            "time asked for",
            "promises without \"will\": time asked for (\"allow us some time to check\", \"wait while we check\"), contact to expect (\"expect a call from our team\")",
        )
        .flags("{Kindly|Please} {allow us some time|give us a little more time|allow me a bit of time} to {check this|look into it|confirm with the store}.")
        .flags("{Request you to|Please|Kindly} wait while we {check with the team|look into this|confirm the details}.")
        .flags("{Expect a call|You can expect an email|You'll get a call|You will receive a reply} from {our team|one of our specialists}.")
        .quiet("{Please allow 24 hours for the refund to show|Give me a moment to check|Please wait while the page loads|Allow us until Friday to check this}.")
        .quiet("{You will receive a refund to your card|You should receive an email with the code|Expect delays on the M25 today|You'll get a call from our team by 4 pm today}."),
        Capability::new(
            "harmless future",
            "hard negative: \"see you soon\", a scheduled fact, an availability line",
        )
        .quiet("{See you soon|Talk soon|We'll see you at the show|Enjoy, and see you next time|We'll see you soon on your next trip|We'll see you again soon|We'll welcome you aboard soon}!")
        .quiet("{We work hard to keep prices low|Our staff work hard to make every order perfect}.")
        .quiet("Your refund will show on your statement {in 3 to 5 working days|by Thursday}.")
        .quiet("{I'll be here if you need anything else|We're around all weekend if anything comes up}{.|!}")
        .quiet("{Points can't be used on partner flights yet|It isn't on the roadmap right now}, {and|but} we'll {let you know|tell you} if {that changes|anything changes}.")
        .quiet("We'll {send the new size|refund you} as soon as {the original is scanned by the courier|we receive the return|it reaches us}.")
        .quiet("We can't predict prices, but if you add it to your wishlist we'll {email|notify} you when it's {reduced|back in stock|on sale}.")
        // An action for the customer as the subject is a tip, not the agent's commitment.
        .quiet("{Signing in again|Restarting the app|Clearing the cache|Updating to the latest version} will {fix it|sort it out|get it working again}{.|!}")
        // A relative clause describes the issue; it promises nothing.
        .quiet("{It's a known issue|That's a bug|This is a problem} {we're looking into|our team is working on|the engineers are checking on}. Please check back {later|tomorrow} and email us if it's still happening."),
        Capability::new(
            "hope",
            "hard negative: \"we hope to ... soon\" is false-hope, not vague-promise",
        )
        .quiet("{We hope to|We're hoping to|I hope to} {get back to you|have an update|have it fixed} soon."),
        Capability::new(
            "negation",
            "hard negative: a negated action is not a promise",
        )
        .quiet("{We won't|We will not|I won't} {contact you again|send more emails|charge you twice} about this{.|, as you asked.}"),
        Capability::new(
            "typos",
            "phone typing: lower case, missing apostrophes, \"u\", \"look in to\"",
        )
        .flags("{well|we'll|ill|i'll|we will|weel} {look into it|look in to it|get back to u|be in touch|sort it} {soon|asap|shortly}"),
        Capability::new(
            "spelling",
            "British and American spelling of the same promise",
        )
        .flags("We'll {prioritise|prioritize} your {enquiry|inquiry} and {get back to you|be in touch} {soon|shortly}."),
        Capability::new(
            "a crew sent, money got back",
            "a crew sent out or something got back with no time; with a time it is concrete",
        )
        .flags("{We'll get a crew out to take a look.|We'll send a fitter round to sort it.|We'll get your money back for you.}")
        .quiet("{We'll get a crew out by 2pm today.|We'll get you back online: the engineer is booked for 9am tomorrow.}"),
        Capability::new(
            "action taken, someday",
            "\"we'll take the appropriate action with the driver\" promises with no time; with a time, or told to the customer as steps, it is not",
        )
        .flags("{We'll take the appropriate action with the driver.|We will take further steps on this.|The team will take the necessary measures.}")
        .quiet("{We'll take action by Friday 5pm.|Take the steps below to reset your router.|I've taken action already: the driver is off your route.}"),
        Capability::new(
            "a clock time given",
            "\"asap\" beside \"your new departure time is 14:35\" is settled by the time; \"asap\" alone, or a fee that is a number, is not",
        )
        .quiet("{The crew are working to get you away asap and your new departure time is 14:35.|We'll have you boarding asap: the new ETA is 3:10.}")
        .flags("{We'll get you away asap.|The fee is 40 and we'll be in touch soon.}"),
        Capability::new(
            "an ETA of",
            "\"will be with you ASAP: the tracker shows an ETA of 4:10pm\" is settled by the ETA",
        )
        .quiet("{Your driver will be with you ASAP: the tracker shows an ETA of 4:10pm.|We'll get it to you asap, with an arrival time of 16:30.}"),
        Capability::new(
            "repaired, unlocked, someday",
            "\"it'll be repaired as soon as possible\", \"we'll get your account unlocked\" with no time; with one, they are plans",
        )
        .flags("{The lift's been reported and it'll be repaired as soon as possible.|We'll get your account unlocked, just DM us.}")
        .quiet("{The lift will be repaired by Friday 5pm.|We'll get your account unlocked within the hour.}"),
        Capability::new(
            "credited someday",
            "\"the missing miles will be added to your account\", \"the refund will be credited\" with no time; with one, they are plans",
        )
        .flags("{The missing miles will be added to your account.|The refund will be credited.}")
        .quiet("{The missing miles will be added to your account by Friday.|The refund will be credited within 3 working days.}"),
        Capability::new(
            "work going on, with where to follow it",
            "\"our teams are working on it; follow the latest at <status page>\", \"check our pinned tweet for the latest\" leave nothing to wait on; work going on with no such place, a workaround alone, or a promise for later still flag",
        )
        .quiet("{We're aware of an issue with Gmail and our teams are working on it. You can follow the latest at https://www.google.com/appsstatus.|Our engineers are working on a fix; follow our pinned tweet for the latest.|We're seeing reports of an outage and our team is investigating. Live updates: https://status.example.com}")
        .flags("{Our engineers are working on it.|We're working to fix this. In the meantime, the episode is listed under 2018.|We'll look into it and post the latest on our status page.}"),
        Capability::new(
            "an estimate given, updates posted at",
            "\"working to get you out ASAP; current departure estimate is 7:15pm\" gives a time; \"engineers are working on it. Up-to-the-minute updates are at <link>\" says where to follow it; \"we'll get you out ASAP\" alone does neither",
        )
        .quiet("{They're working to get you out ASAP; the current departure estimate is 7:15pm.|Our engineers are actively working on it. Up-to-the-minute updates are at https://example.com/status}")
        .flags("{They're working to get you out ASAP.|Our engineers are actively working on it.}"),
        Capability::new(
            "revert, ping, take it up, seen to",
            "\"who will revert once they've had a look\", \"I'll ping the store\", \"we'll get on to the store\", \"our team will take this up with you\", \"the dev team is going to have a dig\", \"they'll be ringing you back\", \"it'll be seen to at the next opportunity\", \"expect word back from them\"; \"it's not impossible we'll run it again\" hopes, and a time settles each",
        )
        .flags("{It's with our billing team, who will revert once they've had a look.|I'll ping the store and they'll get an engineer out.|Please DM your order and we'll get on to the store.|Our team will take this up with you over DM.|The dev team is going to have a dig into this one.|I've flagged it and they'll be ringing you back.|It'll be seen to at the next opportunity.|You can expect word back from them down the line.}")
        .quiet("{It's not impossible we'll run something similar down the line.|I'll ping the store now and they'll call you by 3pm today.|Our billing team will revert within 24 hours.}")
        // A word had with someone, effort vowed: "I'll have a word with the store manager",
        // "we will endeavour to resolve this promptly".
        .flags("{I'll have a word with the store manager.|We'll have a chat with the driver about this.|We will endeavour to resolve this promptly.|Our team will endeavour to get this sorted.}")
        .quiet("{I'll have a word with the store manager and call you back by 4pm.|We endeavour to reply within 2 working days.|I had a word with the driver this morning.}"),
        Capability::new(
            "get it done by someone, ask a supervisor",
            "\"we'll get someone to take a look\", \"we'll get that reported and looked at\", \"we'll get the missing parts sent out\", \"we'll dig it out\", \"I'll ask my supervisor and let you know\", \"it will be collected in due course\"; each with a time does not flag",
        )
        .flags("{Thanks for the heads up, we'll get someone to take a look.|Thanks Phil, we'll get that reported and looked at.|Leave it with us, we'll get the missing parts sent out.|DM us the card's last 4 digits and we'll dig it out for you.|I'll ask my supervisor if we can reissue it.|We've reported it and it will be collected in due course.}")
        .quiet("{We'll get someone to take a look by 5pm today.|We'll get the missing parts sent out tomorrow by first class post.|I'll ask my supervisor now and message you within the hour.}"),
        Capability::new(
            "a response in due course, up to sort it, resolving it",
            "\"you will receive a response in due course\", \"maintenance will be up to sort it\", \"crew are resolving it and you'll be away as soon as possible\"; a time settles each, and a customer's own step (\"your mum will then confirm\") is no promise",
        )
        .flags("{Your complaint has gone to the depot manager and you will receive a response in due course.|I've let the front desk know and maintenance will be up to sort it.|Ground crew are resolving a loading issue and you'll be on your way as soon as possible.}")
        .quiet("{You will receive a response by Friday 5pm.|Maintenance will be up to sort it within the hour.|The plan owner can resend the invite. Your mum will then confirm the address.}"),
        Capability::new(
            "getting to it, having a team go through it, sharing details, a refund being processed",
            "\"one of our agents will get to it\", \"we'll have our tech team go through it\", \"we'll share details once it's decided\", \"I'll get a refund of the seat fees sorted\", \"they'll be processing a refund\", \"we'll make sure your plan shows up\"; hard negatives: the same with a time, and a \"soon\" that is only hoped for",
        )
        .flags("{Your request is in the queue|Your ticket is with the team} and one of our agents will get to it.")
        .flags("{Could you send the crash log?|Please submit a diagnostic.} We'll have our {tech|support} team go through it.")
        .flags("The team is discussing {compensation|a goodwill gesture} and we'll share details once it's decided.")
        .flags("DM me the booking reference and I'll get a refund of the {seat fees|upgrade charge} sorted for you.")
        .flags("I've raised this with our billing team and they'll be processing a refund for the {cancelled order|duplicate charge}.")
        .flags("Please DM us your order number, and we'll make sure your {plan|subscription} shows up correctly.")
        .quiet("The team is discussing {compensation|a goodwill gesture} and we'll share details by {Friday|5pm tomorrow}.")
        .quiet("{We're looking at it|Our engineers are on it} and {will hopefully have|we hope to have} {some improvements|a fix} soon."),
        Capability::new(
            "the team heard from, the right one sent out, an update made sure of",
            "\"you'll hear back from the team shortly\", \"we'll get the right size out to you\", \"we'll make sure you get an update on the claim\" promise with no time; the same with a time does not",
        )
        .flags("{I've chased this and you'll hear back from the team shortly.|We'll get the right size out to you and collect the other one.|I've raised it again and we'll make sure you get an update on the claim.}")
        .quiet("{You'll hear back from the team by 5pm today.|We'll get the right size out to you on the first van tomorrow morning.}"),
        Capability::new(
            "a promise run on into a question",
            "\"we'll look into what went wrong, can you DM us your email?\" and \"ill check it for u, can u send the order number?\" promise before they ask; \"will you be able to check the tracking page?\" only asks",
        )
        .flags("{We'll look into what went wrong, can you DM us your email?|ill check it for u, can u send the order number?}")
        .quiet("{Will you be able to check the tracking page?|Could we take a look at your settings, is that ok?}"),
        Capability::new(
            "work told with hopefully",
            "\"engineers are working on it and hopefully it'll be back before long\" hopes (false hope), it does not promise",
        )
        .quiet("Engineers are working on it now and hopefully it'll be back up before too long."),
        Capability::new(
            "whose clause, and another thing besides",
            "\"our team found the fault and things should be back soon\" hedges about things, not the team; \"the devs are on it and will have it fixed soon\" promises; \"I've booked a visit for Monday. We'll also look into why ...\" promises the second thing with no time",
        )
        .quiet("{Our engineers found the fault and the trains should be running again soon.|The team have fixed the link and your emails should arrive shortly.}")
        .flags("{The devs are on it and will have it fixed soon.|Our advisors are reviewing it and will get back to you shortly.|I've booked a technician for Monday at 9am. We'll also look into why the first visit was missed.}"),
        Capability::new(
            "effort said with the work",
            "\"we're working very hard to remove them\", \"the team is working around the clock to restore it\", \"working really hard on a fix\" promise with no time; \"working hard to restore it by 6pm\" gives one",
        )
        .flags("{We're working very hard to remove these listings.|The team is working around the clock to restore your service.|Our engineers are working really hard on a fix for this.}")
        .quiet("{Our engineers are working hard to restore your service by 6pm today.}"),
        Capability::new(
            "a time in the apology",
            "\"sorry for the delay today. DM us and we'll take a look\" still promises with no time (today is when the trouble was); \"sorry for the wait. We'll call you today\" and \"our engineer will be there today. We'll text when they leave\" give one",
        )
        .flags("{We're sorry for the long wait at the airport today. DM us your booking code and we'll look into it.|Apologies for the outage this morning. Our team will follow up on your report.}")
        .quiet("{Sorry for the wait. We'll call you back today.|Our engineer will be with you today. We'll text you when they set off.}"),
        Capability::new(
            "work in general, work on their case",
            "\"we're reviewing listings for price gouging\" reports work in general; \"we're reviewing the issue\" and \"we're looking into your order\" owe them an answer with no time",
        )
        .quiet("{We're reviewing site listings for price gouging.|Our teams are checking stores across the region for stock problems.}")
        .flags("{We're reviewing the issue with our payments team.|We're looking into your order now and will update you soon.}"),
        Capability::new(
            "work going on, no date said plainly",
            "\"the team is working on it, but we don't have an official timeline\" is honest about the time; \"the team is working on it\" alone leaves them waiting",
        )
        .quiet("{Our product team is working on it right now, but there is no official timeline for it yet.|The team is working on it, but we don't have a firm date.}")
        .flags("{Our product team is currently working on it.}"),
        Capability::new(
            "a habit, not a promise",
            "\"we're always working to get you there on time\" tells a habit; \"we're working to get you there\" still promises with no time",
        )
        .quiet("{We're always working to get every flight away on time.}")
        .flags("{We're working to get your bags to you.}"),
        Capability::new(
            "leave it with us",
            "\"leave it with us\" takes the case on with no time; with a time it does not",
        )
        .flags("{Leave it with us.|Leave this with me and I'll sort it.}")
        .quiet("{Leave it with us and we'll call you by 5pm today.}"),
        Capability::new(
            "someone else set to it",
            "\"let me ask the team to look into it\" and \"let me ask a specialist to look at this ASAP\" promise with no time; with a time, or \"let me ask: ...?\", they do not",
        )
        .flags("{Let me ask the team to look into it.|Let me ask a specialist to look at this ASAP.}")
        .quiet("{Let me ask the team to look into it and I'll call you back by 3pm.|Let me ask: could you send your order number?}"),
        Capability::new(
            "our best toward an outcome",
            "\"we'll do our best to get your bag back\" promises an outcome with no time; \"I'll do my best to help\" is willingness",
        )
        .flags("{We'll do our best to get your bag back to you.|I'll do my very best to have it fixed.|We will do our best to sort this out.}")
        .quiet("{We'll do our best to help.|I'll do my best to help, just DM us the details.|We'll do our best to get your bag back to you by Friday 5pm.}"),
        Capability::new(
            "feedback passed on to be reviewed",
            "\"I'll forward your feedback to the team and get it reviewed\" passes feedback on; \"I'll pass your feedback on and get back to you\" and \"we'll get your refund reviewed\" still promise with no time",
        )
        .quiet("{I'll forward your feedback to the team and get it reviewed.|We'll share your suggestion with the product team to be considered.|I've passed your comments on and they'll be looked at by the team.}")
        .flags("{I'll pass your feedback on and get back to you.|We'll get your refund reviewed.}"),
        Capability::new(
            "told when the thing itself comes",
            "\"we'll let you know when those films are out\" points to news that may never come; \"we'll let you know about your refund\" promises with no time",
        )
        .quiet("{No announcement yet. We'll let you know when those films are out.|We'll email you once the blue ones are back in stock.|We'll tell you when the new season is released.}")
        .flags("{We'll let you know about your refund.|We'll get back to you about the missing episodes.}"),
        Capability::new(
            "contact to wait for, with no time",
            "\"kindly wait until we reach out\", \"please wait for an update\", \"wait for our team to call you\" promise contact with no time; with a time (\"within 24 hours\", \"by Friday\"), or waiting for someone else (\"wait for the courier to arrive\"), they do not",
        )
        .flags("{Kindly wait until we reach out.|Please wait for an update from us.|Please wait for our team to call you.|Kindly wait till we get back to you.}")
        .quiet("{Please wait for an update within 24 hours.|Please wait for our team to call you by Friday.|Please wait for the courier to arrive.}"),
        Capability::new(
            "the case worked on, in the passive",
            "\"this is being looked into\", \"your complaint is being reviewed\" and \"the issue is being worked on\" owe an answer with no time; with a time they do not, and \"your refund is being processed\" or \"listings are being reviewed\" tell a state or work in general",
        )
        .flags("{Rest assured, this is being looked into.|Your complaint is being reviewed.|The issue is being worked on as a priority.|Your request is being considered by the team.}")
        .quiet("{This is being looked into and I'll update you by 5pm today.|Your complaint is being reviewed, and you'll hear from us by Friday.|Your refund is being processed.|Listings are being reviewed across the site.}"),
        Capability::new(
            "another party's help, sent to",
            "\"take it back to the store and they will have a look\", \"call your bank and they will look into it\": \"they\" is the party named, no promise of ours; \"our team has your details and they will look into it\" is one",
        )
        .quiet("{Bring it to your nearest shop with the receipt and they will take a look.|Please call your bank and they will look into it.|Pop into any branch and they will check it over.}")
        .flags("{Our team has your details and they will look into it.|I've passed this on and they will get back to you.}"),
        Capability::new(
            "someone assigned",
            "\"a technician will be assigned to look at your line\" promises someone with no time; with a time it is concrete",
        )
        .flags("{A technician will be assigned to look at your line.|An engineer will be allocated to your case.|A specialist will be assigned to review your claim.}")
        .quiet("{A technician will be assigned to your line by 5pm today.|An engineer will be allocated to your case within 24 hours.}"),
        Capability::new(
            "restored, someday",
            "\"we'll restore your character and progress\" promises with no time; done, or by a time, it is not",
        )
        .flags("{We'll restore your character and all of your progress.|We'll reinstate your account.|We'll recover the missing files for you.}")
        .quiet("{We've restored your account.|We'll restore it by 5pm today.|Restarting will restore the default settings.}"),
        Capability::new(
            "the noun, the thing that works, their own date",
            "\"he'll need to confirm your name and address\" asks for an address; \"it will work on any phone\" says what a thing does; \"fixed before your flight\" has a date; \"we'll address this\" and \"we'll work on a fix\" promise with no time",
        )
        .quiet("{He'll just need to confirm your name and address at the counter.|She will need to bring her email and address to the desk.|The card will work on our website and in stores.|Your voucher will work on any phone.|We'll make sure this is fixed before your flight.|We'll have it sorted by the deadline.}")
        .flags("{We'll address this with the store.|We will work on a fix.|We'll address it and get back to you.}"),
        Capability::new(
            "service actions said with will",
            "\"we'll send a new one out\", \"I'll action this\", \"we'll process your request\", \"I'll chase the courier\", \"we'll get your bin emptied\", \"I'll ensure this is dealt with\", \"we'll advise you\" promise with no time; the same done, timed, offered or told as advice do not (a refund \"as soon as it reaches us\" is done on their step: see harmless future)",
        )
        .flags("{We'll send a {new|replacement} one out.|I'll action this for you.|We'll process your {request|claim}.|I'll chase the {courier|depot} for you.|We'll look to resolve this for you.|We'll get your {bin emptied|fence repaired}.|I'll ensure this is dealt with.|We'll advise you once we know more.|Leave this one with me.}")
        .quiet("{I've credited your account with £10.|We'll credit your account within 3 working days.|Would you like us to send a new one out?|If you'd like us to process your request, just reply YES.|I'd advise you to restart the router first.|Please chase the courier using the tracking link.|We look to resolve most claims within 10 days.|I'll action this right away.|We'll send a replacement out today by first class post.|You'll need to leave it with the concierge.}"),
        Capability::new(
            "from now on is no time",
            "\"we'll get this sorted and make sure it runs on time from now on\" still promises with no time; \"we'll check the status now\" is done at once",
        )
        .flags("{We'll get this sorted for you and make sure it runs on time from now on.|We'll look into it from now on.}")
        .quiet("{We'll check the status now.|I'll send it now.}"),
        Capability::new(
            "a thing that mends itself",
            "\"the sync will sort itself out\" promises no one's action; \"we'll sort it ourselves\" does",
        )
        .quiet("{If you restart, the sync will sort itself out.|The display will correct itself after the update.}")
        .flags("{We'll sort it ourselves.}"),
        Capability::new(
            "typed short or without apostrophes",
            "\"within 24hrs\", \"in 30 mins\", \"by tmrw\" are times; \"we're gonna look into it\", \"ill still be checking\" promise with no time; \"it could well be\" and \"were you charged\" promise nothing",
        )
        .quiet("{We'll get back to you within {24hrs|48 hrs|2 wks}.|We'll call you back in {30 mins|10min}.|We'll have it fixed by tmrw.|It could well be fixed already.|Were you charged twice?}")
        .flags("{We're gonna look into it.|Rest assured, well work on it.|Ill still be checking with the team.|and well work hard to get it back.}"),
        Capability::new(
            "a promise joined to a question by a dash",
            "\"we'll get this sorted - which phone is it?\" promises with no time before it asks; \"would you like us to look into it - or shall we call you?\" only asks",
        )
        .flags("{We'll get this sorted for you - which phone are you using?|We'll look into it – what's the order number?|I'll chase the depot — is the parcel reference the one ending 44?}")
        .quiet("{Would you like us to look into it - or shall we call you?|We'll call you back within the hour - is 0161 the best number?|Sorry about that - could you send a screenshot?}"),
        Capability::new(
            "we're typed as were",
            "\"Were looking into it\", \"rest assured were working on a fix\" are \"we're\" typed on a phone and promise with no time; \"were you charged twice?\" and \"they were working on it yesterday\" are past or asking",
        )
        .flags("{Were looking into it.|Rest assured were working on a fix.|Were following up with you by email.}")
        .quiet("{Were you charged twice?|They were working on it yesterday and it's fixed now.|Were there any other issues?}"),
        Capability::new(
            "someone else's attention promised",
            "\"I'll make sure this gets looked at\", \"we'll ensure your claim is reviewed\" promise with no time; \"I'll make sure this gets looked at today\" has one",
        )
        .flags("{I'll make sure this gets looked at.|We'll ensure your claim is reviewed.|I'll make sure it gets escalated.}")
        .quiet("{I'll make sure this gets looked at today.|We'll ensure your claim is reviewed within 48 hours.}"),
        Capability::new(
            "long email",
            "the promise at each place of a multi-paragraph email; the concrete version does not flag",
        )
        .in_long_email(None, "{We'll get back to you soon.|Our team will review the charge and be in touch.}", true)
        .in_long_email(None, "We'll get back to you by 4 pm on Tuesday.", false),
    ]
}

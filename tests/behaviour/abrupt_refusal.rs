//! abrupt-refusal: the reply says no to something the customer wants and gives no reason,
//! or gives a reason with nothing at all to soften it. "Unfortunately", "sadly", "sorry"
//! soften but are not reasons. Not a refusal: a favourable "no", "no info yet" with a
//! pointer to where it will appear, "can't" in a harmless sense.

use super::template::{slot, Capability};

/// How English says "we won't / can't do it".
const REFUSALS: &[&str] = &[
    "We can't",
    "We cannot",
    "We're unable to",
    "We are unable to",
    "We aren't able to",
    "We are not able to",
    "We won't be able to",
    "We're not able to",
    "It isn't possible to",
    "It's not possible to",
    "There's no way to",
    "There is no way for us to",
];

/// Things a customer asks for.
const REQUESTS: &[&str] = &["refund this order", "change your seat", "extend the offer"];

/// Reasons for a refusal.
const REASONS: &[&str] = &[
    "because it was bought over 90 days ago",
    "as it was marked final sale",
    "since the item has been worn",
    "because the return window closed last week",
    "as each order needs its own receipt",
    "since our sale terms apply to every item",
];

/// Softeners: regret, apology, empathy.
const SOFTENERS: &[&str] = &["Unfortunately,", "I'm sorry, but", "Sadly,", "I'm afraid"];

const ASKING: &str =
    "{Can I get a refund for my order?|Could you refund the jacket I bought in March please?}";

pub fn suite() -> Vec<Capability> {
    let refusals = slot(REFUSALS);
    let requests = slot(REQUESTS);
    let reasons = slot(REASONS);
    let softeners = slot(SOFTENERS);
    vec![
        Capability::new(
            "vocabulary",
            "a bare refusal (no reason, no softener), over many ways of saying no",
        )
        .flags(&format!("{refusals} {requests}."))
        // A no in an idiom, or the tool as the no.
        .flags_for("{Can you waive the fee?|Could you give me a later checkout?}", "{No can do.|Our hands are tied.|The system won't let me do that.|The system doesn't allow us to.}"),
        Capability::new(
            "rule as a fact",
            "a refusal worded as a plain fact about a rule or product, no \"we can't\" in it",
        )
        .flags("{|Hi there. |Hello Sam, }{This item is not eligible for a refund|That feature is not available in your region|The offer is only open to new customers|Gift cards can't be exchanged|Orders cannot be changed once placed|That option is no longer supported|Usernames are permanent once chosen|Express delivery isn't offered in your area|The app no longer supports older phones|That plan has been discontinued|Refunds are not issued on sale items|Gift cards are non-refundable|Tickets are non-transferable|Sale items are final sale|Price matching doesn't apply to marketplace sellers|Delivery to the islands isn't included in free shipping|Student discount is for UK universities only|Refunds are issued as store credit only|The feature is limited to Pro accounts|The warranty covers manufacturing defects only|We don't do partial refunds|Your plan is outside the refund window|No refunds on annual plans|Voice search isn't something the app supports|That voucher can no longer be used|The ticket terms exclude refunds|Our policy rules out exchanges on swimwear|The contract prohibits early upgrades}.")
        // A softened bare no answering a request.
        .flags_for("{Can I get a refund for my ticket?|Could you waive the fee?}", "{Sadly no.|I'm afraid not.|Unfortunately not, sorry.|Sorry, no.}")
        .quiet_for("{Is there an extra charge for guac?|Will I be charged for the upgrade?}", "{Sadly not! It's still just £3.|I'm afraid not, it's free!}")
        // What the offer leaves out, told to someone asking for it; the same words to
        // someone asking nothing are a description.
        .flags_for("{Can I use this voucher on sale items?|Could you refund it to my PayPal?|Can I still claim for the delay?}", "{This promotion excludes sale items|Your plan doesn't include that|Sale items are final|We only refund to the original card|The deadline for claims has passed|That feature is exclusive to Premium members}.")
        .quiet("{Prices exclude VAT, which is added at checkout|Your plan doesn't include a setup fee, so there's nothing to pay today|The deadline has passed, but I've extended it for you as a one-off}.")
        .quiet_for("Can I return a jacket I bought in the sale?", "The terms exclude only {swimwear|earrings}, so your jacket can be returned as normal.")
        // A limit told as a number or a door shut, to someone asking past it.
        .flags_for("{Can I use two codes on one order?|Can I use my code twice?}", "Only one code can be used per order.")
        .flags_for("{Can I book a table for twelve?|Could you fit ten of us in?}", "The maximum group size is eight.")
        .flags_for("{Can I still enter the competition?|Is it too late to sign up?}", "{Entries are now closed|Registration is closed}.")
        .flags_for("{Could you refund it to my Visa instead?|Can the refund go to my new card?}", "Refunds go back to the original payment method only.")
        .flags_for("{Can I get cash instead of a voucher?|Can I keep my points after I leave?}", "{Vouchers have no cash value|Points are forfeited when an account is closed}.")
        .flags_for("{Will the show come back?|Will there be more of the red ones?}", "There won't be {another season|a restock|any more batches}.")
        .quiet("{There won't be any delays on your route today|There won't be a charge for the swap}.")
        .quiet("{Only one code can be used per order, but this one already gives the biggest discount|Entries are now closed, but the next round opens on 1 May and I've added you to the reminder list}."),
        Capability::new(
            "voice",
            "the same refusal in active, passive and impersonal forms",
        )
        .flags("{We can't offer refunds on sale items|Refunds can't be offered on sale items|Refunds aren't available on sale items|No refunds are given on sale items|Sale items aren't eligible for refunds|Sale items are excluded from refunds}{.|!}"),
        Capability::new(
            "tense",
            "the same refusal in present, past and future",
        )
        .flags_for(ASKING, "{We can't|We couldn't|We won't be able to|We will not be able to|We weren't able to} {approve the refund|process the return} you asked for.")
        // A policy of the moment, in the progressive: "we're not extending funds".
        .flags("{Right now, we're not|We aren't|We are not currently|At the moment we're not} {extending vouchers past their expiry date|accepting new orders|shipping to Canada}.")
        .quiet("{Don't worry, we're not replacing your current plan|We're not processing your refund until the parcel is back with us, which tracking says is Friday}."),
        Capability::new(
            "we don't offer",
            "\"we don't offer / provide / support\", \"not something we do\"",
        )
        .flags("{We don't offer|We do not offer|We no longer offer|We don't provide|We don't currently support|That's not something we offer|That isn't something we do} {price matching|weekend delivery|refunds on digital items}."),
        Capability::new(
            "softener, no reason",
            "\"unfortunately/sorry\" soften but give no reason: still abrupt",
        )
        .flags("{Unfortunately,|Sadly,|I'm afraid|Sorry, but|Regrettably,|I'm sorry but|Apologies, but} we {can't|are unable to} {refund this order|change the booking}.")
        // A link for more information is no reason.
        .flags("{Sorry|Unfortunately}, that {isn't possible|can't be done}. {More info|Details|For more information, see this article}: https://example.com/help"),
        Capability::new(
            "reason, no softener",
            "a reason with nothing to soften it: still abrupt",
        )
        .flags_for(ASKING, &format!("{{We|I|The store}} {{can't|cannot}} refund this order {reasons}."))
        .flags_for(ASKING, "The {window|deadline} is set by our {returns partner|payment provider}, so {I can't extend it|we can't change it}."),
        Capability::new(
            "reason and softener",
            "hard negative: a refusal with a reason and a softener is not abrupt",
        )
        .quiet_for(ASKING, &format!("{softeners} we can't refund this order {reasons}."))
        .quiet_for(ASKING, &format!("We can't refund this order {reasons}. {{Sorry about that|I'm sorry to disappoint you|Apologies for the trouble}}."))
        // The channel is the reason, the other team the way: "not possible online, but ...".
        .quiet_for(ASKING, "{It's not possible to change it|We can't change that} {online|remotely}, but our {phone team|store team|colleagues in store} can do it for you{.| on 0800 123 456.}")
        // The kind of thing the rule covers is its reason: "returns for opened software".
        .quiet_for(ASKING, "{Unfortunately|I'm afraid} we {can't accept|don't take} {returns for opened software|refunds for digital purchases|claims for delays under 30 minutes}{.|. More info: https://example.com/policy}")
        // Regret, then why, in one sentence: "I'm afraid not, this set comes pre-determined".
        .quiet_for("Can I add different characters to this set?", "{I'm afraid not|Sadly not|Unfortunately not}, {Jenni, |}this set comes {pre-determined|as it is}.")
        .flags_for("Can I add different characters to this set?", "{I'm afraid not|Sadly not}, Jenni.")
        // The reason first, the no as its consequence: "..., so I can't extend it".
        .quiet_for(ASKING, "{I'm afraid|Sorry,} the {window|deadline} is set by our {returns partner|payment provider}, so {I can't extend it|we can't change it|it isn't possible to move it}."),
        Capability::new(
            "distance",
            "hard negative: reason and softener a sentence or a paragraph away from the refusal",
        )
        .quiet_for(ASKING, "I'm sorry, we can't refund this order.{ | Thanks for your patience while I checked. | I looked at your account and the order history just now.\n\n}{It was|This order was} marked as final sale when you bought it.")
        .quiet_for(ASKING, "We can't refund this order. It was bought over 90 days ago.{ | The order history shows it was delivered on time. |\n\nThe order history shows it was delivered on time and signed for.\n\n}{I'm sorry about that.|I'm sorry to disappoint you.}"),
        Capability::new(
            "harmless negation",
            "hard negative: a favourable no, \"can't wait\", \"no problem\", \"don't worry\"",
        )
        .quiet("{Nope|No}! It's still {free|just $3}{.|!}")
        .quiet("{I can only imagine how annoying that is|We can only apologise for the wait}. {Could you DM us the order number?|What's the order number?}")
        .quiet("There's no {extra charge|fee} for {that|a second bag}{.|!}")
        .quiet("We can't wait to {see you|have you back|hear what you think}!")
        .quiet("{Unfortunately|Sadly}, I missed the {first half|ending} of the match too, so no spoilers please!")
        .quiet("{No problem at all|No worries}{!|.} Enjoy your trip.")
        .quiet("I can't thank you enough for the kind words{!|.}")
        .quiet("You don't need to do anything else; {your refund is on its way|the new card is already posted}.")
        .quiet("Don't worry, {it's covered|the charge was reversed this morning}."),
        Capability::new(
            "factual negatives",
            "hard negative: a negative fact that answers or reassures, refusing nothing asked for",
        )
        .quiet("{Phones older than version 12|Cables below Cat 5} {won't|will not|aren't able to} {run the new app|reach full speed}, so {the one you have is fine|you're all set}.")
        .quiet("{No one else|Nobody else} can {register|sign up with} your email address, so your account is safe.")
        .quiet("You {may not|won't} see the credit until your next {bill|statement}, but it's already on the account.")
        .quiet("There's nothing you need to {change|do}: the {update|fix} {can't|won't} touch your saved games.")
        // The same rule words describing, or giving the reason for something else.
        .quiet("{Even a non-refundable ticket|A non-transferable pass} can be {changed|moved} to another date for free.")
        .quiet("I've moved your booking to Friday for free{,|} as your ticket was non-refundable{.|!}")
        .quiet("The offer {is open to everyone|applies to every order|covers all our stores}{.|!}")
        // A setting the customer is asked to check, and when something happens.
        .quiet("{|Head to Settings and }{check|please check|make sure|just make sure} that {the VPN is switched off|notifications are turned off for the app|the old account is not signed in} and try again.")
        // A limit told as information, with the way it works elsewhere.
        .quiet_for("Is the sale on in stores too?", "It is! Only one code can be used per order online, but in store the staff can combine them for you.")
        .quiet("New cards only {ship|go out} {once|after} the old one {is cancelled|has been reported lost}, {and that's done now|which I did a minute ago}.")
        .quiet("I see why that was confusing! Your ticket is an Off-Peak one, which covers {weekday travel after 9:30 only|trains after the morning rush only}, so the fare was right.")
        .quiet("We had a busy weekend, so some {sizes|colours} were out of stock in {a few shops|your local store} for a day.")
        // How things sometimes go, not a no to this customer.
        .quiet("{Sometimes|Occasionally|Often} a card is {paused|blocked} by our fraud checks after an unusual purchase; DM us the last 4 digits and I'll check it now.")
        // What a lesser kind of thing can't do: the subject says why.
        .quiet_for("{What cable do I need for gigabit?|Which cable gets me 1Gb?}", "{You'll need|It needs} a Cat5e or Cat6{.|!} {Anything less|Older cables|Cheaper cables} {won't be able to|can't|aren't able to} go faster than 100Mbps.")
        .quiet_for("Why is my wifi slow? I pay for 500.", "{Older|Earlier} routers {can't|don't} reach those speeds, so {it's worth checking the model on the sticker|the model on the sticker will tell us}."),
        Capability::new(
            "a rule about older things",
            "a rule done to an older kind of thing, or a person in the clause, is still a no: \"older orders can't be refunded\"",
        )
        .flags_for("{Can I get a refund on my old order?|I want a refund for an order from last year.}", "{Older orders|Orders older than 30 days|Previous orders} {can't|cannot} be {refunded|returned}.")
        .flags_for("{Can I get a refund on my old order?|I want a refund for an order from last year.}", "For {older|earlier} orders we {can't|aren't able to} {offer|give} refunds."),
        Capability::new(
            "no info yet",
            "\"no news yet\" with a pointer to where it will appear is not a refusal; with none it is",
        )
        .quiet("There's no {announcement|news|release date} {yet|at the moment}{. Stay tuned to our blog for updates.| - keep an eye on our website.|. Follow our news page for the latest.|, and we'll share any news on our blog first.|; we'll post updates in the app.|. Sign up to our emails and you'll be the first to know!|. Sign up for our newsletter and you'll hear the moment it's out.|, but any news will be on our blog first.|; updates will be on our website.|, but you'll be notified first if you turn on alerts in the app.}")
        .flags("There's no {announcement|news|release date} {yet|at the moment}{.|!}")
        .flags("{We don't have|We do not have|I don't have} an {estimated|estimate of the} {time|date} {of repair|for the fix} {yet|right now}.")
        .flags("I have no {delay|delivery} {info|information} for {that train|your parcel} {yet|right now}, I'm afraid.")
        .flags("{We have not|We haven't|We've not} {announced|shared|confirmed} {any plans|a date|anything} for {Belgium|the Switch} {yet|currently}.")
        .quiet("{We haven't shared your details with anyone|Your booking hasn't been confirmed yet; it will be by 5pm}.")
        .quiet("We haven't announced any plans for Belgium yet, but keep an eye on our blog for news."),
        Capability::new(
            "concession",
            "hard negative: a no conceded on the way to an option in its sentence (\"while we can't X, you can Y\"); without the option it stands alone",
        )
        .quiet("{While|Although|Though|Whilst|Even though} we {can't confirm a date for it|aren't able to share a timeline yet|can't add that feature right now}, {you can vote for it on our ideas board|please send us your ideas through this form|our phone team can set it up for you}.")
        .flags("{While|Although} we {can't confirm a date for it|aren't able to add that feature right now}, {thanks for asking|it was a popular request}."),
        Capability::new(
            "reason with a noun subject",
            "hard negative: \"as tickets are non-transferable\" and \"as a family plan can only be used in one home\" give the reason as well as \"as they are\", and so do a limit passed or a condition unmet (\"now that it has shipped\", \"past the 14-day window\", \"without the account holder's permission\", \"on the free plan\", \"the offer ended\"); \"as a Prime member\" gives none",
        )
        .quiet("{Sorry|Unfortunately|I'm afraid}, we can't {change the name on the ticket|move the booking}, {as|since} {tickets are non-transferable|fares are fixed once issued|bookings are locked after check-in}.")
        // A noun clause whose verb comes a few words on, and the no told as a consequence.
        .quiet("{Sorry|Sadly}, {syncing between the two apps|sharing one licence on two laptops} isn't possible, since {the desktop and web versions store|phones and tablets keep} files in different places.")
        .quiet("{Sorry|I'm afraid} the {group ticket|family pass} covers up to five people, so a sixth {place isn't possible|ticket can't be added}.")
        .quiet("{Sorry|Apologies}, we can't {release the handset|send the unlock code} yet as there's still {a balance|money owed} on the plan; once it's paid, {you can request it in the app|just message us}.")
        .quiet("{I'm really sorry|Sorry}, but we're a small {team|charity} and aren't able to offer {free licences|discounts} right now.")
        // A limit passed or a condition unmet is the reason.
        .quiet("{Sorry|I'm afraid}, we can't {cancel it|change the order} {now that it has shipped|as it's past the 14-day window|after dispatch|without the account holder's permission|on the free plan}.")
        .quiet("{Sorry|I'm afraid}, that code can't be used: the {offer|promotion} {ended|has expired} {yesterday|now}.")
        .flags("{Sorry|I'm afraid}, we can't {cancel it|change the order} {now|after all|for you}.")
        // The noun with its article: "as a family plan can only be used in one home".
        .quiet("{I'm afraid|Sorry}, that isn't possible as {a family plan can only be used in one home|an account is tied to one phone number|a gift card cannot be split}.")
        .flags("That isn't possible as a {Prime member|company}."),
        Capability::new(
            "do, take, make",
            "\"we don't do refunds\", \"we don't take cash\": the everyday verbs say no with what is refused",
        )
        .flags("We {don't|do not|dont} {do|take|accept} {refunds|returns|cash|bookings} {at this store|on sale items|over the phone}."),
        Capability::new(
            "do, take, make, harmless",
            "hard negative: the same verbs in everyday sentences that refuse nothing",
        )
        .quiet("{It doesn't take long|We don't take this lightly|We don't do this often|That doesn't make sense|We don't make mistakes like this lightly|Please don't take our word for it}{.|!}"),
        Capability::new(
            "the customer's own verb",
            "a no in the very verb the customer asked with, which no list of refusing verbs foresees",
        )
        .flags_for("{Can you|Could you|Would you please} price match Amazon?", "{We don't|We do not|We won't} price match {online retailers|other stores}.")
        .flags_for("{Can you|Could you} hold the blue one for me until Friday?", "{We don't|We do not} hold {items|stock} for customers.")
        .flags_for("{Could you|Can you} gift wrap it for my mum?", "{We don't|Sorry, we don't} gift wrap {orders|presents}.")
        .flags_for("{Can I|Could I} split the payment across two cards?", "{We don't|We do not} split {payments|orders} {at checkout|online}."),
        Capability::new(
            "the customer's own verb, harmless",
            "hard negative: a \"no\" about a cost or a need is good news, and one with its reason and an option is not abrupt",
        )
        .quiet_for("{Will you charge me for the return?|Do you need my receipt?}", "{We don't charge for returns|We don't need the receipt}{.|!}")
        .quiet_for("Can you price match Amazon?", "I'm sorry, we don't price match online retailers as their prices change hourly. We do have 15% off this weekend{.| with code WINTER15.}"),
        Capability::new(
            "a yes with its conditions",
            "hard negative: a reply that opens with yes and says how (\"Yes, power banks must go in your hand luggage and can't be checked in\")",
        )
        .quiet_for("{Can I bring a power bank on the plane?|Can I take my laptop in hand luggage?}", "{Yes|Yep|Of course}, {it|they} must go in your hand luggage and can't be checked in.")
        .quiet_for("Can I use my gift card online?", "Yes! Enter it at checkout. Gift cards can't be used to buy other gift cards, but everything else is fine.")
        .flags_for("{Can I bring a power bank on the plane?|Can I take my laptop in hand luggage?}", "Yes, but {it|they} can't be checked in.")
        // A later no about something else is a condition of the yes; about what was asked, a no.
        .quiet_for("{Can I bring my dog on the train?|Can dogs come on the ferry?}", "{Yes!|Of course.} Dogs travel free{, up to two each|}. They can't sit on seats, though.")
        .flags_for("{Can you refund my order?|Could I get a refund for my order?}", "Yes, we can refund the order. We can't refund the delivery fee, though."),
        Capability::new(
            "limits on who it applies to",
            "\"applies to monthly plans only\", \"only applies to new customers\"; hard negative: said to tell the customer nothing changes for them",
        )
        .flags("{The student discount|This offer|Free delivery} {applies to monthly plans only|only applies to new customers|applies to orders over £50 only}.")
        .quiet("{Nothing has changed with your plan|Your price stays the same|You won't be affected}; the new price only applies to new customers."),
        Capability::new(
            "a no told ahead",
            "what the customer will not be able to do, as the answer (\"you won't be able to revert to iOS 10\"); hard negatives: a consequence warned of, a wait, an echo of their problem, a figure of speech",
        )
        .flags_for("{Can I go back to the old version?|Do you take Sodexo cards?|Can I move my games to a new account?}", "{You won't|You will not|You'll not|You wouldn't|you wont} be able to {revert to the old version|use that card as payment|transfer the games to a new account}.")
        .quiet("{Once it ships|If you cancel now|After the update}, you won't be able to change the address.")
        .quiet("You won't be able to {see the refund for 3-5 days|log in until you verify your email}.")
        .quiet("{I see you can't log in|Sorry you're unable to log in}; {a reset link is on its way|let's get you back in}.")
        .quiet("{You won't be able to miss it: it's the big red door|You wouldn't be able to tell the difference}."),
        Capability::new(
            "typos",
            "phone typing: lower case, no apostrophes, \"were\" for \"we're\"; \"u cant\" reads as \"you can't\", a no only to a customer who asked, with or without the question mark (in a macro it may be a tip)",
        )
        .flags("{|sorry }{we cant|were unable to|we arent able to|its not possible to|theres no way to|we wont be able to} {refund that order|change the address}")
        .flags_for("can u refund my order{?|}", "{|sorry }u cant refund that order")
        .flags_for("{can i change the address?|can i change the address pls|Could I change the address please}", "{|sorry }u cant change the address"),
        Capability::new(
            "spelling",
            "British and American spelling; with reason and softener it is not abrupt",
        )
        .flags("{We can't|We're unable to} {honour|honor} that {voucher|coupon}.")
        .quiet("{Sorry|Apologies}, we can't {honour|honor} that {voucher|coupon} as it expired last {month|week}."),
        Capability::new(
            "not part of the offer",
            "\"not part of our lineup\", \"opened in branch only\": a no said as what the product holds or how it is had; \"not part of the problem\" names nothing on offer",
        )
        .flags_for("{Will you have the Champions League in Canada?|Can we open a joint account online?}", "{The Champions League isn't part of our Canadian lineup, sorry about that!|Joint accounts are opened in branch only.}")
        .quiet_for("Why is my app slow?", "Your router isn't part of the problem: the app is slow for everyone today, and a fix ships at 5pm."),
        Capability::new(
            "planned, no date yet",
            "\"it's on our roadmap but we don't have a date\", with regret and a workaround, gives its reason; \"nothing confirmed yet\" or \"we don't have a date\" alone is abrupt",
        )
        .quiet_for(ASKING, "{Not yet, sorry! It's on our roadmap but we don't have a date.|It's in the works, though we don't have a release date yet, sorry.|Sorry, it's being developed now but we have no date yet.} {For now you can export to HTML.|You can vote for it here: https://example.com/ideas}")
        .flags_for(ASKING, "{We don't have a date for that.|Nothing confirmed yet.|Nothing has been announced.|no date yet for that}"),
        Capability::new(
            "told, not refused",
            "what a service failed to do, told in the past (\"the club was unable to open this morning\"), a cost not carried (\"the rate doesn't carry the fee\"), the price of an option (\"the trade-off is that it can't be cancelled\"), \"I don't have better news\", a change as the reason; a past no to a request or a fee not waived still refuses",
        )
        .quiet_for("Gym was CLOSED this morning with no warning. Useless!!", "{The club was unable to open this morning because of a power cut.|The driver wasn't able to reach your street because of a road closure.|Our engineer was unable to attend yesterday due to illness.}")
        .quiet_for(ASKING, "{The Essentials rate doesn't carry the fee.|This plan doesn't include a setup charge.|Our Saver rate is $15 cheaper; the trade-off is that it can't be cancelled.|The catch is that it can't be changed after booking, but it's half the price.|Sorry, that colour sold out in the spring. I'm sorry I don't have better news.|Sorry, we discontinued the sage colour when we refreshed our range.}")
        .flags_for(ASKING, "{We were unable to approve your claim.|We weren't able to refund the fee.|We can't waive the fee.|We don't refund the deposit.}"),
        Capability::new(
            "a no explained once, said again",
            "\"claims can't be reopened once closed for 90 days. Sorry we can't help further\" keeps its reason; two bare nos stay abrupt",
        )
        .quiet_for(ASKING, "Sorry, claims can't be reopened once they've been closed for 90 days. {Really sorry we cant help further.|I'm sorry we can't do more.}")
        .flags_for(ASKING, "{Sorry, we can't refund it. We can't help further.|We can't refund it. Sorry, we can't do more.}"),
        Capability::new(
            "where news appears, a label quoted",
            "no date yet with where news always appears (\"updates are always announced on our support page first\") is no refusal; a setting's name in quotes ('Show unavailable songs') says nothing; the same no with nowhere to look still flags",
        )
        .quiet_for("When is the next firmware update coming?", "{We don't have a date to share yet, but firmware updates are always announced on our support page first.|Nothing to announce on that yet, but new courses are always revealed on our blog first.|We don't have plans to share yet, but new features are listed in our release notes.}")
        .quiet_for("Why are some songs greyed out?", "{Switch off 'Show unavailable songs' in Settings to hide them.|Tap “Not available offline” to see which ones need a connection.}")
        .flags_for("When is the next firmware update coming?", "{We don't have a date to share yet.|Nothing to announce on that yet.}"),
        Capability::new(
            "protected, told of, warrantied",
            "\"it can't be blocked by any streaming service\" protects; \"three weeks with no updates isn't acceptable\" tells what they went through; \"not covered by the warranty\" names its rule; \"relist it for sale\" gives no reason; a plan's no said bare still flags",
        )
        .quiet_for("Will it work with Netflix?", "{Your account can't be hacked with 2FA on.|Our servers can't be blocked by your ISP.}")
        .quiet_for("3 weeks late and NOBODY tells me anything. Worst company ever.", "I'm so sorry, three weeks with no updates isn't acceptable. Your table arrives on Friday and I've refunded the delivery charge.")
        .quiet_for(ASKING, "Accidental damage isn't covered by the warranty, sorry, but you can get it repaired for half price.")
        .flags_for(ASKING, "{No, dedicated IPs aren't offered on the monthly plan.|Tickets are non-refundable.|Accidental damage isn't covered, sorry.}"),
        Capability::new(
            "a time the rule holds to",
            "\"railcards aren't valid before 09:30 on weekdays, sorry\" names the rule; the same no with no time or regret is bare",
        )
        .quiet_for(ASKING, "{Railcards aren't valid before 09:30 on weekdays, sorry! An off-peak ticket on the 09:32 gets the discount though.|Sorry, the lounge isn't open after 22:00, but the café by gate 4 is.}")
        .flags_for(ASKING, "{Railcards aren't valid on that train.|The lounge isn't available to you.}"),
        Capability::new(
            "rules, limits and nos said back",
            "\"railcard discounts don't apply before 09:30\", \"early check in isnt something we do\", \"the limit is set at £100 for all customers\", \"it doesn't right now, no\" to \"does it work with ...?\"; a yes, a cost not charged, or a no with a way round is not bare",
        )
        .flags_for("can I use my railcard on the 07:05?", "Railcard discounts don't apply before 09:30 on weekdays.")
        .flags_for("booked a room for next week, is early check in possible?", "{Early check in isnt something we do.|Early check-in isn't something we offer.}")
        .flags_for("Can I raise my daily transfer limit above £5,000?", "The transfer limit is set at £5,000 for all customers.")
        .flags_for("does the thermostat work with Google Home?", "{It doesn't right now, no.|It doesn't, sorry.|No.}")
        .quiet_for("does the thermostat work with Google Home?", "{It does, yes!|It doesn't yet, but it works with Alexa, and here's how to set that up: https://example.com/alexa}")
        .quiet_for("does the upgrade cost extra?", "It doesn't, no.")
        .quiet_for("booked a room for next week, is early check in possible?", "Sorry, early check in isn't something we offer as rooms are cleaned until 2pm, but we can store your bags from 9am."),
        Capability::new(
            "not payable, not permitted, the decision stands",
            "\"compensation is not payable for this flight\", \"no e-scooters permitted\", \"we don't insure drivers under 21\", \"the decision on the claim stands\"; with a reason, regret and another way, not bare",
        )
        .flags_for(ASKING, "{Compensation is not payable for this flight.|No e-scooters permitted on any of our services.|We don't insure drivers under 21.|The decision on the claim stands.}")
        .quiet_for(ASKING, "{Sorry, compensation isn't payable as the delay was under 3 hours, but you can claim a meal voucher at the desk.|I'm sorry, e-scooters aren't permitted on trains for fire safety reasons, but folding bikes are welcome.}"),
        Capability::new(
            "keeping out of it, only accepted, declined",
            "\"we don't get involved in private disputes\", \"we do not make exceptions\", \"trade-ins are only accepted on handsets\", \"your claim has been declined\"; a card a shop may decline, drains that can't cope, a no with reason, regret and a way round are not bare",
        )
        .flags_for(ASKING, "{We don't get involved in private disputes.|We do not make exceptions once it has passed.|Trade-ins are only accepted on mobile handsets.|Your claim has been declined.}")
        .quiet_for(ASKING, "{Card payments can be declined by our fraud checks if a spend looks unusual, so please try once more.|In heavy rain the old sewers can't cope, so we've sent a crew to clear the drain today.|I'm sorry, we can't step into the sale itself as it's between you and the seller, but you can open a dispute here: https://example.com/dispute}"),
        Capability::new(
            "a reason before the no, a charge's time",
            "\"Since the flight is still operating, nonrefundable tickets aren't eligible\" gives its reason first; \"since the update, ...\" is a time; \"you'll be charged when it ships\" answers someone asking when",
        )
        .quiet_for(ASKING, "We completely understand. Since the flight is still operating as scheduled, nonrefundable tickets aren't eligible for a refund.")
        .flags_for(ASKING, "Since the update, refunds aren't available.")
        .quiet_for("will I be charged for my preorder now or when it ships?", "You'll be charged when your console ships.")
        .flags_for("can I cancel my booking without paying the fee?", "Sorry, a fee will be charged."),
        Capability::new(
            "what a tip is for, where to find it",
            "\"switch it off so paws can't end your game\" says what a tip is for; \"we can't give that out here, but it's in the app under My policies\" gives a reason and a way; \"so we can't refund it\" and a bare \"we can't give that out\" still refuse",
        )
        .quiet_for(ASKING, "{Tip: switch off the touch-sensitive button so paws can't end your game.|For security we can't give out policy details over this channel, but it's in the app under 'My policies'.}")
        .flags_for(ASKING, "{The parcel has left the depot, so we can't change the address.|We can't give out policy details.}"),
        Capability::new(
            "no, we don't",
            "\"No, we don't\" to \"do you price match?\" or \"@user do you deliver to Ireland?\" refuses; \"Nope, it's free\" to \"do you charge fees?\" is good news",
        )
        .flags_for("do you price match with Aldi?", "No, we don't.")
        .flags_for("@user do you deliver to Ireland?", "No, we don't.")
        .quiet_for("does PayPal charge fees for sending money to friends?", "Nope, it's free from your balance."),
        Capability::new(
            "you can't, in their own verb",
            "\"You can't change the address\" to \"can I change my delivery address?\" refuses; \"you can't miss it\" gives directions; with a reason, regret and another way it is not bare",
        )
        .flags_for("can I change my delivery address?", "You can't change the address.")
        .quiet_for("can I find the store easily?", "You can't miss it, it's next to the station.")
        .quiet_for("can I change my delivery address?", "Sorry, you can't change the address once it ships, but you can redirect it with the courier: https://example.com/redirect"),
        Capability::new(
            "that's no way to, after the 24-hour window",
            "\"Sorry, that's no way to watch a game\" sympathises; \"can't be changed after the 24-hour window, I'm sorry\" gives its time; \"there's no way to change it\" still refuses",
        )
        .quiet_for(ASKING, "{Sorry, that's no way to watch a game. Can you restart the app and tell us your device?|Basic Economy fares can't be changed after the 24-hour window, I'm sorry. You could cancel and rebook instead.}")
        .flags_for(ASKING, "There's no way to change it."),
        Capability::new(
            "do you price match, purchases are final",
            "\"We don't price match, sorry.\" to \"do you price match?\" and \"all in-app purchases are final\" refuse bare; \"No, we don't report your activity to credit agencies, so it won't affect your score\" answers a question about their data",
        )
        .flags_for("do you price match other shops?", "We don't price match, sorry.")
        .flags_for("can I get my money back for a game I bought by mistake?", "All in-app purchases are final.")
        .quiet_for("do you report my card activity to credit agencies?", "No, we don't report card activity to credit agencies, so using it won't affect your score."),
        Capability::new(
            "can't rule out, as most of, no discount",
            "\"can't rule out a delay\" hedges a date; \"as most of our depots are closed\" gives the reason; \"No student discount, I'm afraid.\" refuses bare",
        )
        .quiet_for(ASKING, "{The fix is planned for next Tuesday. Can't rule out a delay, but that's the current target.|Sorry, we don't deliver on Sundays, as most of our depots are closed. You can choose Saturday delivery at checkout.}")
        .flags_for(ASKING, "No student discount, I'm afraid."),
        Capability::new(
            "the channel is a reason only beside the no",
            "\"CSV export isn't available, sorry. You can download PDFs in online banking.\" gives no reason (the channel names where to go); \"we can't change it online\" and \"within 6 months of an increase\", \"after that a fee applies\" give theirs",
        )
        .flags_for(ASKING, "Sorry, CSV export isn't available. You can download PDF statements from Documents in online banking.")
        .quiet_for(ASKING, "{Sorry, we can't raise limits within 6 months of an increase. You can ask again from September in the app.|It's free to change within 24 hours of booking. After that a change fee applies, sorry. DM us and I'll check which applies.}"),
        Capability::new(
            "protection and data protection are not a no",
            "\"your details can't be accessed by anyone else\" reassures; \"for data protection we can't share it, sorry, here's where to look\" is a reasoned, softened no",
        )
        .quiet("{Our checkout is fully secure|Payments are encrypted} and your {card details|details} can't be {accessed|seen} by anyone {else|other than you}.")
        .quiet("For data protection we can't share {booking details|the passenger list} with anyone but the passenger, sorry! You can check {the flight|any flight} at example.com/status."),
        Capability::new(
            "a rule said as a plain fact, a no said to a name",
            "\"orders ship to the mainland only\", \"footage older than 30 days isn't stored\", \"cancellations aren't done through the app\", \"that map isn't part of the season pass\", \"we don't price match\", \"non refundable\" typed without its hyphen, \"Sorry Sam, no.\"; hard negatives: the rule for most models told to someone whose own may differ, the social team's own limit with the store's way, news that goes out on the blog",
        )
        .flags_for("{Can you deliver to Orkney?|Could you send it to Jersey for me?}", "{Orders ship to the UK mainland only.|We deliver within mainland Britain only.}")
        .flags_for("{Can I see camera clips from last month?|Could you find the footage from three weeks ago?}", "{Footage older than 14 days isn't stored.|Clips older than 30 days are not kept.}")
        .flags_for("{Can I cancel on the website?|Could I cancel my plan in the app?}", "Cancellations {aren't done|are not handled} through the {website|app}.")
        .flags_for("{Can I get the new map? I have the season pass|Could you unlock the new map for my pass?}", "The {new map|Harbour map} isn't part of the {Season Pass|season pass}.")
        .flags_for("{Do you price match?|Can you price match Argos?}", "{We don't price match.|Hi, we do not price match.}")
        .flags_for(ASKING, "{In-app purchases|Digital orders} are non refundable.")
        .flags_for("{Could you waive the late fee this once?|Any chance you could drop the fee?}", "{Sorry Sam, no.|Hi Jo, no.}")
        .quiet_for("{Are my headphones covered for water damage?|Does the warranty cover a dunk in the pool?}", "Not always! Water damage isn't covered on most models, but the Sport range is splash-proof, so if yours are Sport you're covered.")
        .quiet_for(ASKING, "{Sorry about that!|Sorry to hear that.} Our social team can't issue refunds, but the store can put it right if you pop back with your receipt.")
        .quiet_for("{Is the game coming to Switch?|Will there be a Mac version?}", "Nothing to announce yet, sorry! Any {platform|release} news goes out on our blog first: https://example.com/blog"),
        Capability::new(
            "more rules said as facts: a channel, a closure, a ban, what does not carry over",
            "\"that code is online only\", \"the depot is closed for collections tonight\", \"purchases don't transfer between platforms\", \"vouchers are not being issued\", \"it isn't a service we provide\", \"that one won't be returning\", \"not available on the app\" (the app is where, not why); hard negatives: consideration for others as the reason with regret and a way, news that lands on a page first, a secret kept with a sign-up",
        )
        .flags_for("{Can I use the code in store?|Does the 20% code work at the till?}", "{That code is online only.|Hi Kate, the code is web only.}")
        .flags_for("{Can I collect my parcel tonight?|Could I pick it up from the depot this evening?}", "The depot is closed for collections {this evening|tonight}.")
        .flags_for("{Can I move my skins to my Switch?|Will my purchases carry over to PC?}", "{Purchases do not transfer between platforms.|Items don't carry over between consoles.}")
        .flags_for("{Can I bring my e-scooter on the train?|Are scooters allowed on board?}", "E-scooters are banned on all {trains|our services} because their batteries are a fire risk.")
        .flags_for("{Can I get a meal voucher for the delay?|Are you giving out food vouchers?}", "Meal vouchers are not being issued for this {delay|disruption}.")
        .flags_for("{Can you recover the files from my old drive?|Could you get my photos back off the dead laptop?}", "{Data recovery isn't a service we provide.|File recovery is not a service we offer.}")
        .flags_for("{Is the pumpkin latte coming back?|Will you bring back the mint shake?}", "That one won't be returning this {season|year}.")
        .flags_for("{Can I order the meal deal on the app?|Can I get the lunch deal through the app?}", "The meal deal isn't available on the app.")
        .quiet_for("{Can my cat fly in the cabin with me?|Can I bring my dog on board?}", "Pets can't travel in the cabin, out of consideration for customers with allergies. We're sorry about that; you can book them into the hold here: https://example.com/pets")
        .quiet_for("{Are you opening in Cork?|Any plans for stores in Ireland?}", "Nothing confirmed for Ireland so far! Our Irish Facebook page is where news lands first.")
        .quiet_for("{When is the new flavour out?|What's the next limited edition?}", "We can't spill anything just yet 🤐 Sign up to our emails to be first to hear: https://example.com/news"),
        Capability::new(
            "an age, a format, a payout and a date as the rule; 'Not at this time.'",
            "\"our accounts are for customers aged 18 and over\", \"it's SD only\", \"compensation is only payable for delays over 30 minutes\", \"the slots are fully booked\", a bare \"Not at this time.\" to a request",
        )
        .flags_for("Can I get a card for my daughter?", "Our current accounts are for customers aged 18 and over.")
        .flags_for("{Can I stream it in HD on my phone?|Is the mobile app 4K?}", "{Sky Go on mobile is SD only.|The mobile app is HD only.}")
        .flags_for("{Can I claim for my 20 minute delay?|Do I get money back for being 15 mins late?}", "Compensation is only payable for delays of 30 minutes or more.")
        .flags_for("{Can I book a Christmas Eve slot?|Any delivery slots left for the 24th?}", "All our Christmas Eve slots are fully booked now.")
        .flags_for("{Can you add a dark mode?|Could you bring back the old layout?}", "Not at this time."),
        Capability::new(
            "another's limit or their own fare as the reason",
            "\"the game uses DirectX 12, which macOS doesn't support\" and \"which is what you're booked on\" give the reason; with regret the no is not abrupt",
        )
        .quiet_for("{Is there a Mac version?|Can I play it on my MacBook?}", "Not at the moment, sorry! The game uses DirectX 12, which macOS doesn't support.")
        .quiet_for("{Can I get the extra legroom seat for free?|Is the legroom perk included?}", "Sorry Tony, the free legroom perk doesn't apply on Basic fares, which is what you're booked on."),
        Capability::new(
            "news that would be announced, notice if it changes, a setting turned off, a fee that stands",
            "\"anything new would be announced on our blog first\" and \"if anything changes, members get 30 days' notice by email\" point to where news comes; \"matchmaking takes longer with it turned off\" names a setting; \"the fee stands\" and \"deleted files are only kept for 30 days\" refuse",
        )
        .quiet_for("{Any new coins coming?|Will you add more currencies?}", "Nothing to announce at the moment – anything new would be announced in the app and on our blog first.")
        .quiet_for("{Are prices going up?|Is the membership fee changing?}", "Nothing to announce on pricing right now. If anything changes, members always get at least 30 days' notice by email.")
        .quiet_for("{Can I turn crossplay off?|Is there a way to disable crossplay?}", "Yep! Settings > Gameplay > Crossplay: Off. Just note matchmaking can take a bit longer with it turned off.")
        .flags_for("{Can you refund the no-show fee?|Could you drop the cancellation fee?}", "Our GPS data shows the driver waited for 5 minutes, so the fee stands.")
        .flags_for("{Can you get back a file I deleted last month?|Could you restore my deleted photos from March?}", "Deleted files are only kept for 30 days, after which they're permanently removed."),
        Capability::new(
            "a rule said as what normally happens, with a way to ask",
            "\"Normally these tickets aren't refundable, but send the details and the team might make an exception\" is no flat no",
        )
        .quiet_for(ASKING, "Sorry to hear the gig was cancelled. Normally these tickets aren't refundable, but if you send the details to https://example.com/refunds the team might be able to make an exception."),
        Capability::new(
            "a decision said for the future, a guarantee held back, another's limit, a thing's own limit",
            "\"the suspension was reviewed and won't be reversed\" and \"the late fee will not be refunded\" refuse; \"upgrades can't be guaranteed\" holds back a promise, \"its chip isn't supported by the new release\" is the reason for a no, \"files can't rename themselves\" is a fact",
        )
        .flags_for(ASKING, "{Your suspension was reviewed and won't be reversed.|The late fee will not be refunded.|The restriction on your account will not be lifted.}")
        .quiet_for(ASKING, "{Upgrades can't be guaranteed, but do ask at the desk when you arrive.|Sorry, the Z3 won't be getting the new release; its chip isn't supported by it.|Files can't rename themselves, so it's worth checking who else has access.}"),
        Capability::new(
            "what else there is, said after the no",
            "\"We don't offer refunds on sale items. The Oxford Street store offers exchanges.\" still gives no reason (the second sentence is the alternative, not the why); \"the 18:10 is a peak train so your off-peak ticket isn't valid on it. The next off-peak one is the 19:02.\" gives both",
        )
        .flags_for(ASKING, "{We don't offer refunds on sale items. The Oxford Street store offers exchanges.|We can't add extra legroom. The airline's seat page is here: example.com/seats}")
        .quiet_for(ASKING, "The 18:10 is a peak train so your off-peak ticket isn't valid on it. The next off-peak one is the 19:02."),
        Capability::new(
            "rules worded as scope, a setting of theirs, news followed, another's side",
            "\"only one bag per passenger is allowed in the cabin\", \"the wrap is a UK-only menu item\" refuse; \"captions are switched off in your profile settings\" is a setting, \"nothing to announce yet, but follow us here\" points to the news, \"that's on Sonos's side\" and \"for driver safety\" are reasons",
        )
        .flags_for(ASKING, "{Only one bag per passenger is allowed in the cabin.|The chicken wrap is a UK-only menu item.}")
        .quiet_for(ASKING, "{Looks like captions are switched off in your profile settings. Turn them on under Profile > Playback.|Nothing to announce for Android yet, but follow us here for the news!|Speakers from Sonos don't support that, that's on Sonos's side, but you can use our app instead.|Sorry, cash isn't accepted on our buses for driver safety. You can pay by card or phone.}"),
        Capability::new(
            "nothing planned, not coming, not something we accept",
            "\"there's no Linux app planned\", \"it won't be coming to the older model\", \"that's not something we can accept\" refuse; \"no date yet, but register your interest here\" points to the news",
        )
        .flags_for(ASKING, "{There's no Linux app planned.|That's not something we can accept.}")
        .quiet_for(ASKING, "We don't have a date yet, but you can register your interest at example.com/fibre."),
        Capability::new(
            "another party's inability, a journey's failure, a decision after its reason",
            "\"orders are cancelled when the payment can't be authorised by your bank\", \"the courier couldn't deliver, so it's at the depot\" \"the photo was blurred, so it was declined. You can send a clearer one here\" and \"taken off the menu as part of our spring refresh\" refuse nothing bare",
        )
        .quiet_for(ASKING, "{Orders are cancelled automatically when the payment can't be authorised by your bank.|It means the courier couldn't deliver, so it's being kept at your local depot. You can rebook here: example.com/rebook|The photo was blurred, so it was declined. You can send a clearer one here: example.com/claims|Sorry, it's been taken off the menu as part of our spring refresh.}"),
        Capability::new(
            "full so not possible, a protective purpose, news pointed to as 'it'",
            "\"economy is full so upgrades aren't possible on that flight\", \"only the admin can remove it, so that nobody loses work by accident\", \"nothing to announce yet; if there is, it'll be on our blog first\", \"no date yet; the coverage map is the best place to check\" are no abrupt no",
        )
        .quiet_for(ASKING, "{Unfortunately economy is full so upgrades aren't possible on that flight. There are seats on the 6pm if that works.|Only the admin can remove it, so that nobody loses work by accident. An admin can hand it over to you in Settings.|Nothing to announce yet! If there is, it'll be on our blog first.|No date for Hull yet. The coverage map is updated as areas go live, so that's the best place to check.}"),
        Capability::new(
            "not yet, with where it will be announced",
            "\"isn't supported yet\" with \"we'll announce it on our blog\" or \"we'll post it here\" is news not there yet; without the pointer it is a no",
        )
        .quiet_for(ASKING, "{Offline mode isn't available on tablets yet. We'll announce it on our blog once it's ready.|Split payments aren't supported yet, sorry. We will post it here when they are.}")
        .flags_for(ASKING, "{Offline mode isn't available on tablets yet.|Split payments aren't supported yet.}"),
        Capability::new(
            "stopped, not reserved, not at the moment",
            "\"we stopped accepting cheques\", \"we don't reserve stock\" and \"Not at the moment, no. -Sam\" are nos with no reason; with a reason and a softener they are not abrupt",
        )
        .flags_for(ASKING, "{We stopped accepting cheques last year.|We don't reserve stock.|Not at the moment, no. -Sam|Not at this time, sorry. ^JT}")
        .quiet_for(ASKING, "{Sorry, we stopped accepting cheques last year as the bank no longer clears them.|I'm sorry, we don't reserve stock because it sells out so fast that holds would go unsold.}"),
        Capability::new(
            "what the ticket cannot be, not backdated, for holders only",
            "\"these fares aren't refundable or transferable\", \"parking isn't reimbursed\", \"credits aren't applied retrospectively\", \"the spa is for hotel guests only\", \"that's not something the store team can do\" are nos without a reason; a reason and a softener make them not abrupt",
        )
        .flags_for(ASKING, "{Saver fares aren't refundable or transferable.|Parking costs aren't reimbursed.|Credits aren't applied retrospectively.|The spa is for hotel guests only.|That's not something the store team can do.}")
        .quiet_for(ASKING, "{Sorry, Saver fares aren't refundable as they're sold at a lower price on that condition.|I'm sorry, parking costs aren't reimbursed because the cover is for the journey itself.}"),
        Capability::new(
            "news not there yet, pointed to in more ways",
            "\"no date yet\" with \"the status page is updated the moment it ships\", \"sign up for alerts\", \"it'll be on our Discord\" or \"on our public roadmap\" is news not there yet",
        )
        .quiet_for(ASKING, "{No date for the fix yet. Our status page is updated the moment it ships.|We don't have a restock date yet. Sign up for stock alerts on the product page to hear first.|Nothing to announce yet! When there is, it'll be on our Discord first.|No ETA for that yet, it's on our public roadmap where you can follow its status.}"),
        Capability::new(
            "2017 brand nos: only here, none coming, no such option, said back",
            "\"the offer is in-store only\", \"gift cards only at the till\", \"a one-off run - no restock\", \"no sale planned\", \"there isn't a pause option\", \"Sorry, we don't.\", \"Sadly not this year\" are nos without a reason; \"that's a safety rule\", \"it needs a Plus account\" and \"so our staff can be with their families\" give the reason",
        )
        .flags_for(ASKING, "{The offer is in-store only. ^JT|Gift cards only at the till. -Mo|That jacket was a one-off run - no restock.|No sale planned. *DG|There isn't a pause option.|Sorry, we don't. ^MK|Sadly not this year, sorry!}")
        .quiet_for(ASKING, "{Sorry, blades aren't allowed in the cabin, that's a safety rule.|Sorry, offline mode needs a Plus account, you can upgrade in Settings.|Sorry, we don't open on Boxing Day so our staff can be with their families.}")
        .quiet_for("Will I lose my saved games if I switch consoles?", "Nope! Your saves sync through the cloud."),
        Capability::new(
            "something closed, a need explained, the first place it shows",
            "\"the flood has closed the road\" and \"I've closed the old account\" refuse nothing; \"... which is what the new consoles need\" gives the reason; \"no dates yet, the coverage map is the first place new areas show up\" points to the news",
        )
        .quiet_for(ASKING, "{The flood has closed the road to the depot, so vans are a day behind; yours is expected Friday.|I've closed the old account now and moved the balance across.|Sorry, no plans for a console version: the engine doesn't support the chips, which is what the new consoles need.|No dates for your area yet, sorry! The coverage map is the first place new areas show up.}"),
        Capability::new(
            "footage not released, not confirmed with where to look",
            "\"we don't release CCTV footage\" is a no without a reason; \"we can't confirm yet, check the link for the latest\" points to news",
        )
        .flags_for(ASKING, "{We don't release CCTV footage.}")
        .quiet_for(ASKING, "{It might still run but we can't confirm yet. Check our travel page for the latest.}"),
        Capability::new(
            "a symptom explained, declined by the bank, news where it goes out",
            "\"that light usually means the router can't reach the internet\" diagnoses; \"declined by your bank, so the order was cancelled\" tells another's no and its result; \"the waitlist is where news goes out first\" and \"new options get posted in the app, so check there\" point to news",
        )
        .quiet_for(ASKING, "{That light usually means the router can't reach the internet. Can you restart it?|The payment was declined by your bank, so the order was cancelled. You can place it again at the same price.|Nothing to share yet, but the waitlist is where any news will go out first.|No announcements yet, but new payment options get posted in the app's news section, so check there.}"),
        Capability::new(
            "news that lands, closed to follow the rules",
            "\"any news lands on our blog first\" points to news; \"closed for now to follow the government guidance\" gives the reason; \"you will need to follow the steps\" is no reason",
        )
        .quiet_for(ASKING, "{Nothing to announce yet! Any news lands on our blog first.|Sorry, our stores are closed for now to follow the government lockdown guidance. You can order online instead.}")
        .flags_for(ASKING, "{Unfortunately we cannot remove that for you, you will need to work through the steps in this guide.}"),
        Capability::new(
            "only ours is compatible, taken off the menu, notes that go up",
            "\"only our hub is compatible\" and \"the wrap was removed from the menu\" are nos; \"no date yet, patch notes always go up on our blog\" points to news",
        )
        .flags_for(ASKING, "{Only our Hub is compatible with the service.|The veggie wrap was removed from the menu.}")
        .quiet_for(ASKING, "{No date yet! Patch notes always go up on our blog the day it lands.}"),
        Capability::new(
            "an offer declined with a bare no thanks",
            "\"No thank you.\" and \"No thanks.\" to \"would you like a copy?\" decline with no reason; \"No thanks needed!\" to thanks is warmth",
        )
        .flags_for("{I got this letter from your head office, would you like a copy?|Do you want me to send you the receipt?}", "{No thank you.|No thanks.}")
        .quiet_for("{Thank you so much for the help!}", "{No thanks needed!|No, thank you!}"),
        Capability::new(
            "not ours to give, no way, no longer",
            "\"that's not within our remit\", \"I'm not authorised to issue refunds\", \"that's a no from us\", \"there isn't a way to refund it\", \"not something that we currently offer\", \"we no longer refund advance tickets\" refuse with no reason; with the reason and a kind word they do not",
        )
        .flags_for(ASKING, "{That's not within our remit.|I'm not authorised to issue refunds.|I'm afraid that's a no from us.|There isn't a way to refund it.|That is not something that we currently offer.|We no longer refund advance tickets.}")
        .quiet_for(ASKING, "{I'm sorry, I'm not authorised to issue refunds because card payments are handled by our bank partner; they can do it on 0300 000 000.}"),
        Capability::new(
            "the customer as the one who cannot",
            "\"Unfortunately, you can't do that.\" and \"you aren't able to do this\" refuse with no reason",
        )
        .flags_for(ASKING, "{Unfortunately, you can not do that.|You are not able to do this yet.}"),
        Capability::new(
            "this desk's own view as the reason",
            "\"I'm unable to check it at my end\" and \"we can't see that from our side\" name the desk's limit; the same no with no place given has no reason",
        )
        .quiet_for(ASKING, "{Sorry, I'm unable to check this at my end|Apologies, we can't see that order from our side}, so could you DM us the reference?")
        .flags_for(ASKING, "Sorry, I'm unable to check this."),
        Capability::new(
            "this channel, said with a bare here",
            "\"we can't view your booking here\" names the channel as the reason; \"we can't access your account details\" gives none",
        )
        .quiet_for(ASKING, "{We'd love to help, but we can't view your booking here.|Sorry, we can't see your booking here.} Can you contact us by chat: https://example.com/chat")
        .flags_for(ASKING, "We can't access your account details. Can you contact us by chat: https://example.com/chat"),
        Capability::new(
            "only, after where",
            "\"the trade-in deal is offered in only select postcodes\" limits with no reason; \"we'd rather not speculate\" with nowhere to watch declines to answer; with a reason and a word of regret neither is abrupt",
        )
        .flags_for(ASKING, "{The trade-in deal is offered in only select postcodes right now.|Same-day delivery is offered in only a few cities.|We'd rather not speculate on that.}")
        .quiet_for(ASKING, "{Sorry, the trade-in deal is offered in only select postcodes, as it's a trial with one courier.|Sorry, same-day delivery is offered in only a few cities, as we're still testing it.}"),
        Capability::new(
            "the channel's nature as the reason",
            "\"Twitter being a public platform, we can't see your order\" and \"this being a public channel, we're unable to discuss your bill\" give the channel as the reason; with a word of regret they are not abrupt, and the same no with no channel named is",
        )
        .quiet_for(ASKING, "{Sorry, Twitter being a public platform, we can't see your order here.|I understand, but this being a public channel, we're unable to discuss your bill.|Apologies, Facebook being public, we won't be able to check your account.}")
        .flags_for(ASKING, "{Sorry, we can't access your order details.|I understand, but we're unable to discuss your bill.|Sorry, we won't be able to check your account.}"),
        Capability::new(
            "no news yet, with a hope of it or a word that we'll tell them",
            "\"no word on that title yet, but fingers crossed we'll add it soon\" is a not-yet (the hope is false-hope's to judge), and so is \"... yet; I'll check with the studio and update you by Friday\"; the same no without either is a no",
        )
        .quiet_for(ASKING, "{There's no word on that title yet, but fingers crossed we'll add it soon!|We have no news about a restock yet. Hopefully it'll be back in the shop soon.|There's no word on that title yet. I'll check with the studio and update you by Friday.|We have no news about a restock yet, but we'll let you know.}")
        .flags_for(ASKING, "{There's no word on that title yet.}"),
        Capability::new(
            "not understood is no refusal",
            "\"I wasn't able to comprehend the problem\", \"we're unable to understand the issue\", \"I can't follow the steps you took\" come before a question, not a no; \"we're unable to refund it\" is one",
        )
        .quiet("{I wasn't able to comprehend the problem you describe. Which screen shows it?|We're unable to understand the issue, could you explain what you see?|I can't quite follow the steps you took. Which page were you on?}")
        .flags("We're unable to refund it."),
        Capability::new(
            "the threshold or the hour as the rule",
            "\"free shipping is for orders of $50 and over\" and \"check-in is from 3 PM\" to someone asking for it refuse; the same said to someone asking when or how much, or with a yes, do not",
        )
        .flags_for("{Can I get free shipping on this order? It's just over $40.|Could you give me free delivery on my order?}", "Free shipping is for orders of $50 and over.")
        .flags_for("{Can we check in at 10am instead?|Could we check in early tomorrow?}", "Check-in is from 3 PM.")
        .quiet_for("{What time is check-in?|When can we check in?}", "Check-in is from 3 PM.")
        .quiet_for("{How much do I need to spend for free shipping?|What's the minimum for free delivery?}", "Free shipping is for orders of $50 and over."),
        Capability::new(
            "only for some: the condition is the reason",
            "\"phone help is only open to the owners of Team accounts\" says why (the plan), so with a way forward after it it is not abrupt; with nothing after it, it still lands hard; \"only available in the US\" names a place, not a reason",
        )
        .quiet_for("{Can I get phone support for my account?|Could you call me about my storage issue?}", "{Phone help is only open to the owners of Team accounts. You can chat with us any time here: https://example.com/chat|Phone support is only offered to account owners. You can chat with us any time here: https://example.com/chat}")
        .flags_for("{Can I get phone support for my account?|Could you call me about my storage issue?}", "{Phone help is only open to the owners of Team accounts.|Phone support is only offered to account owners.|Phone support is only available in the US. You can chat with us any time here: https://example.com/chat}"),
        Capability::new(
            "the minimum as the rule, or met",
            "\"the minimum system requirement for the app is iPadOS 15\" to someone asking to install it refuses; asked what the requirements are, or followed by \"so your iPad can run it\" or \"so yours qualifies\", it does not",
        )
        .flags_for("{Can I install the app on my old iPad?|Could I get the app on my iPad Air?}", "The minimum system requirement for the app is iPadOS 15.")
        .quiet_for("{Can I install the app on my old iPad?|Could I get the app on my iPad Air?}", "The minimum system requirement for the app is iPadOS 15, so your iPad can run it.")
        .quiet_for("{Can I get free shipping on this order?}", "Free shipping is for orders of $50 and over, so yours qualifies.")
        .quiet_for("{What are the minimum requirements for the app?|Which iPads does the app need?}", "The minimum system requirement for the app is iPadOS 15."),
        Capability::new(
            "a habit and its when, a way that handles it, a service not done",
            "\"payments are sometimes declined automatically when the bank can't confirm the card\" tells how things go; \"it can't be done here, but the app handles it\" gives the way; \"we don't do price matching\" refuses",
        )
        .quiet_for("why was my payment declined??", "{Payments are sometimes declined automatically when the bank can't confirm the card.|Bookings are often held automatically when our system can't match the address.}")
        .quiet_for("can you reset my PIN for me", "{PIN resets can't be done over chat for security reasons, but the banking app handles it in a minute.|We can't reset it from here, but our website handles resets.}")
        .flags_for("can I get a price match? it's cheaper elsewhere", "{We don't do price matching.|We don't do price adjustments.|Sorry, we don't do seat upgrades.}"),
        Capability::new(
            "what nobody controls",
            "\"we can't control the weather\" refuses nothing",
        )
        .quiet_for("flying tomorrow with snow forecast, any advice?", "{We can't control the weather, but if a waiver is issued you can change flights for free.|We can't control the weather, sadly! Check the app the night before.}"),
        Capability::new(
            "a past unavailability told as the cause",
            "\"the store was out of stock, so the order couldn't be filled\" and \"the seller's account was suspended, which is why ...\" tell what happened and why; \"it was discontinued, so we can't apply it\" still refuses",
        )
        .quiet_for("{why was my order cancelled?|where is my order??}", "{The store was out of stock, so the order couldn't be filled|The shop was sold out that evening, so your order was cancelled|The seller's account was suspended this morning, which is why they haven't been responding|The route was closed overnight, that's why the driver turned back}{.| and we've refunded you in full.}")
        .flags_for("can you apply the spring promo to my order?", "{The promo was discontinued, so we can't apply it.|That code was withdrawn, so we're unable to add it.}"),
        Capability::new(
            "a rule that explains what happened",
            "\"refunds can only be sent to the original card, so it was paid to your Visa\" explains where the money went; \"we can only accept card payments, so cheques can't be used\" still refuses",
        )
        .quiet_for("{where did my refund go?|why did the refund go to my old card?}", "{Refunds can only be sent to the original card, so it was paid to your Visa ending 4421.|Refunds are only issued to the card used at checkout, so it was returned to your Mastercard.}")
        .flags_for("can I pay by cheque?", "{We can only accept card payments, so cheques can't be used.|Payments are only accepted by card, so we're unable to take a cheque.}"),
        Capability::new(
            "not yet, and when",
            "\"it isn't available yet, but it launches on 3 March\" answers with a date; \"it isn't available yet\" alone still says no",
        )
        .quiet_for("{is the new console in stock?|can I buy the new colour?}", "{It isn't available yet, but it launches on 3 March.|It's not out yet, it lands on Friday.|Not available yet: it goes on sale next week.}")
        .flags_for("{is the new console in stock?|can I buy the new colour?}", "{It isn't available yet.|It's not available yet, sorry.}"),
        Capability::new(
            "what may be done, news with an alert",
            "\"drivers can be suspended while it's investigated\" tells what may happen; \"no delivery date yet, the Notify me button sends an email alert when stock is back\" points to where the news will come; without the pointer it is a no",
        )
        .quiet_for("my driver was on his phone the whole journey, genuinely scared", "I'm really sorry, that sounds frightening. Please report it under Help > Safety; drivers can be suspended while it's investigated.")
        .quiet_for("when will you have the switch lite back in stock?", "{We don't have a delivery date yet, I'm afraid. The Notify me button sends an email alert when stock is back.|No restock date yet, sorry! Tap Notify me and you'll get an email once it's back in stock.}")
        .flags_for("when will you have the switch lite back in stock?", "We don't have a delivery date yet."),
        Capability::new(
            "a service we don't do",
            "\"we don't collect waste from private land\" and \"we don't repair phones over two years old\" refuse a service; \"we didn't collect your bin on Monday because the road was blocked\" tells what happened",
        )
        .flags_for("{can you come and clear the fly-tipping behind my house?|can you fix my phone? it's three years old}", "{We don't collect waste from private land.|We don't repair phones over two years old.|We don't remove items from private property.}")
        .quiet_for("why wasn't my bin emptied??", "{We didn't collect your bin on Monday because the road was blocked.|The crew didn't collect it as a car was parked across the lane.}"),
        Capability::new(
            "no news yet, announced first there",
            "\"there's no restock news yet, but any release is announced first in the app\" points to where the news will come; \"there's no restock news yet\" alone says no",
        )
        .quiet_for("will the trainers restock?", "{There's no restock news yet, but any release is announced first in our app.|No news yet! New drops are posted first on our release calendar.}")
        .flags_for("will the trainers restock?", "There's no restock news yet."),
        Capability::new(
            "a practice stopped or not done",
            "\"we won't be unlocking devices on contract\" says no; \"we won't be charging you for it\" is good news",
        )
        .flags_for("can you unlock my phone?", "{We won't be unlocking devices on contract.|We will not be refunding orders past 30 days.}")
        .quiet_for("will i be charged for the repair?", "{We won't be charging you for it.|We will not be billing you for the visit.}"),
        Capability::new(
            "money not due, no such discount, stock with its day, in this case",
            "\"as per the policy terms, no refund is due\", \"we don't currently have a student discount\" and \"we're unable to waive the fee in this case\" say no (\"in this case\" is no reason); \"we don't have stock, but more arrives on Friday\" and \"no payment is due this month\" do not",
        )
        .flags_for(ASKING, "{As per the policy terms, no refund is due for the remaining period.|We don't currently have a student discount.|We're unable to waive the early termination fee in this case.}")
        .quiet_for(ASKING, "{We don't have stock right now, but more arrives on Friday.|It's out of stock, but it's due back on Friday.|Good news: no payment is due this month.}"),
        Capability::new(
            "a charge told to someone asking if there is one, retired from the menu",
            "\"outside the EEA, a 2.99% fee applies\" answers \"is there a fee?\"; to \"why was I charged?\" it stands as a no; \"it's been retired from the menu for good\" says no",
        )
        .quiet_for("is there a fee to use my debit card abroad?", "There's no fee in the EEA. Outside it, a 2.99% fee applies.")
        .flags_for("pls bring back the spicy chicken sandwich", "It's been retired from the menu for good."),
        Capability::new(
            "what we can see is no limit",
            "\"we can only see one charge on your account\" says what they found; \"we can only accept returns in store\" is a limit",
        )
        .quiet_for("you charged me twice!!", "{We can only see one charge on your account.|I can only find the one payment from the 3rd.|We can only see a single booking under that name.}")
        .flags_for("can I send the jacket back by post?", "{We can only accept returns in store.|We can only take returns at the counter.}"),
        Capability::new(
            "agreement said with can't",
            "\"can't argue with that!\", \"we can't complain\", \"can't fault that logic\", \"can't blame you\" agree; they refuse nothing",
        )
        .quiet_for("the camera on this phone is unreal 😍", "{Can't argue with that!|We can't complain!|Can't fault that logic!|Can't blame you for loving it!}"),
        Capability::new(
            "a reason told as a saving or part of a plan",
            "\"it's part of cutting packaging waste\", \"to cut paper waste\", \"to reduce our carbon footprint\" give the reason, and with a sorry the no is not abrupt; the bare no is",
        )
        .quiet_for("does the new phone come with a charger?", "{The charger isn't in the box any more - it's part of cutting packaging waste. Sorry about that!|Sorry, the charger isn't included to cut packaging waste.|Sorry, paper bills aren't available any more, to reduce our carbon footprint.}")
        .flags_for("does the new phone come with a charger?", "{The charger isn't included in the box.}"),
        Capability::new(
            "what it depends on, told the sentence before",
            "\"downloads are tied to the app's storage. Sorry, there's no way to restore them\" gives the reason; the bare no does not",
        )
        .quiet_for("can I get my downloads back without downloading them again?", "{Downloads are tied to the app's storage. Sorry, there's no way to restore them.|Your saves are linked to the old account, so sadly we can't move them.}")
        .flags_for("can I get my downloads back without downloading them again?", "{There's no way to restore them.}"),
        Capability::new(
            "a feared harm denied",
            "\"No, windscreen claims don't affect your no claims discount\" to \"will claiming affect my no claims?\", \"unlocking won't void your warranty\" to \"does unlocking void the warranty?\" are good news; \"we can't cancel it\" to \"can you cancel my order?\" refuses",
        )
        .quiet_for("will claiming for a chipped windscreen affect my no claims?", "No, windscreen claims don't affect your no claims discount.")
        .quiet_for("does unlocking my phone void the warranty?", "{No, unlocking won't void your warranty.|Unlocking doesn't void the warranty.}")
        .flags_for("can you cancel my order?", "{We can't cancel orders.|Orders cannot be cancelled.}"),
        Capability::new(
            "asked whether it costs them, in any wording",
            "\"will I be charged ...?\", \"do I pay to ...?\", \"would we be charged ...?\" are answered by the fee; \"can you do it for free?\" is refused by it",
        )
        .quiet_for("{will I be charged for changing my seat?|do I pay to change my seat?|would we be charged for changing seats?}", "{A £25 fee applies to seat changes.|Seat changes are charged at £25.}")
        .flags_for("can you change my seat for free?", "A £25 fee applies to seat changes."),
        Capability::new(
            "a worry about their own data, answered",
            "\"are you selling my data?\" answered \"we don't sell your personal data\", \"do you share my details?\" with \"we don't share them\", \"is my card stored?\" with \"we don't store card details\" reassure; \"do you sell gift cards?\" and \"can you share my details with my husband?\" are refused by the same words",
        )
        .quiet_for("{are you selling my data to advertisers??|do you sell my data?}", "{We don't sell your personal data.|We won't sell your data.}")
        .quiet_for("{do you share my details with other companies?|are you sharing my details with anyone?}", "We don't share your details with anyone.")
        .quiet_for("is my card stored on your site?", "We don't store card details.")
        .flags_for("do you sell gift cards?", "We don't sell gift cards.")
        .flags_for("can you share my details with my husband?", "We can't share your details with anyone else."),
        Capability::new(
            "long email",
            "a bare refusal at each place of a long email; with reason and softener it is not abrupt",
        )
        .in_long_email(Some(ASKING), "{We can't refund the jacket.|The jacket is not eligible for a refund.}", true)
        .in_long_email(Some(ASKING), "I'm sorry, but we can't refund the jacket as it was marked final sale.", false),
    ]
}

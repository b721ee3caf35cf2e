//! missing-alternative: the reply refuses or cannot fulfil the request (abrupt or not) and
//! offers no alternative anywhere: no other channel, team, link to a way of doing it,
//! workaround, substitute, "we'll pass this on". A link that only restates the policy is not
//! an alternative; a weak next step ("stay tuned", "submit feedback here") is.

use super::template::{slot, Capability};

/// Refusals, reasoned and softened, so that only the alternative is missing.
const SOFT_REFUSALS: &[&str] = &[
    "I'm sorry, but we can't refund this order as it was marked final sale.",
    "Unfortunately we're unable to change the delivery date once the parcel has shipped.",
    "Sadly it isn't possible to add a second passenger to this ticket, as the fare is for one person.",
    "I'm afraid there's no way to restore a deleted account after 30 days.",
];

/// Alternatives of every kind named by the guide.
const ALTERNATIVES: &[&str] = &[
    "You can request a replacement instead here: https://example.com/replace",
    "Our billing team can help by phone on 0800 123 456.",
    "We can offer you store credit instead.",
    "I've passed your request on to the product team.",
    "Stay tuned to our blog for updates.",
    "Feel free to submit the idea here: https://example.com/ideas",
    "Our store on Main Street may be able to help in person.",
    "As a workaround, you can export your data from Settings first.",
    "If it's a small typo, though, our reservations team can correct it for free.",
    "Our travel team can rebook you on the next flight at no cost.",
    "Many customers use our reusable tote bags as a gift bag.",
    "Your backups can bring back older copies, though.",
    "Upgrading to the Flex fare would let you change it for £15.",
    "Paying by debit card avoids the fee next time.",
    "The Acme range is the closest match we have in stock.",
];

const ASKING: &str = "{Can you refund my order?|Could you change my delivery please?}";

pub fn suite() -> Vec<Capability> {
    let soft = slot(SOFT_REFUSALS);
    vec![
        Capability::new(
            "vocabulary",
            "refusals (reasoned and softened) over many ways of saying no, with nothing else to try",
        )
        .flags_for("Can you refund my order?", "{I'm sorry, but|Unfortunately|Sadly,} {we can't|we're unable to|it isn't possible to|there's no way to|we aren't able to} {refund this order|change the delivery date} {as|because} {the parcel has already shipped|the sale was final}."),
        Capability::new(
            "rule as a fact",
            "a product or rule fact that says no, with no way forward",
        )
        .flags("{Sorry, |Apologies, |}{online ordering is switched off for today|this app is no longer supported|that service isn't available in your area|the promotion has ended|that size is sold out|gift wrapping is not offered on this item|gift cards can't be used for online orders|seat upgrades for partner flights are handled by the airline, not by us|our drivers aren't required to carry parcels upstairs|that code ran for one weekend only, so it can no longer be used}."),
        Capability::new(
            "alternative kinds",
            "hard negative: channel, team, link to a way, substitute, pass-on, stay tuned, feedback, workaround",
        )
        .quiet(&format!("{soft} {}", slot(ALTERNATIVES))),
        Capability::new(
            "somewhere else",
            "hard negative: the thing refused here is there somewhere else (\"but it does on tablets\")",
        )
        .quiet("{The app doesn't support landscape mode on phones yet|Split payments aren't available in the app}, but it {does|is|works} on {tablets|the website}.")
        .quiet("{Offline mode isn't supported on the web app|Dark mode isn't available on desktop}, only in the {mobile apps|iOS app}.")
        // The limit names the way itself: "opened in branch only" (a place is no way: "valid
        // in the UK only" still flags).
        .quiet("{Joint accounts are opened|Sale items can be exchanged|Name changes are handled} {in branch|in store|by phone|through the app} only.")
        .flags("{The offer is valid|Gift cards are accepted} in {the UK|Germany} only.")
        .quiet("I'm sorry, {seat selection isn't available on Basic fares|priority support isn't part of the free plan} as {it's assigned at check-in|it needs a dedicated agent}, but {the Plus plan includes it|our Standard fare lets you choose|Premium gives you both}.")
        .quiet("I'm afraid we no longer ship to {Ireland|Norway} since our courier left the route, but {our partner store ships there|our partner shop sells the same range}."),
        Capability::new(
            "distance",
            "hard negative: the alternative a paragraph or more after the refusal",
        )
        .quiet(&format!(
            "{soft}\n\n{{|Your order number is 4471 and it holds two items.\n\n}}{}",
            slot(&ALTERNATIVES[..4])
        )),
        Capability::new(
            "softened fact",
            "a product or rule fact with a reason and an apology, and still nothing to try",
        )
        .flags("{I'm sorry, |Apologies, |Sadly, }the jacket is {out of stock in medium|not made in medium any more} as the {season has ended|line was discontinued}.")
        // The remedy word names what the rule is about; it offers nothing.
        .flags("{Sorry|Apologies}! The {teacher discount|loyalty voucher} is {reserved|only} for {staff at state schools|members of two years or more}, so {private tutors aren't eligible|newer accounts don't qualify for it}."),
        Capability::new(
            "regret, then the reason",
            "\"I'm afraid not, this set comes pre-determined\": a no with its reason and regret and nothing to try; hard negatives: the same no going on to another way, and bad news that is no refusal",
        )
        .flags_for("{Can I add different characters to this set?|Could I swap the figures in this set please?}", "{I'm afraid not|Sadly not|Unfortunately not}, {Jenni, |}this set comes {pre-determined|as it is}.")
        .quiet_for("{Can I add different characters to this set?|Could I swap the figures in this set please?}", "{I'm afraid not|Sadly not}, but the build-your-own set lets you pick every figure: {link|https://example.com/byo}")
        .quiet_for("Is my train on time?", "{I'm afraid not|Unfortunately not}, it's running 20 minutes late."),
        Capability::new(
            "unusual alternatives",
            "hard negative: a substitute, another shop, a branch, a manual step, another version that runs, what lets you, where to find it, said in other words",
        )
        .quiet(&format!("{soft} {{Our sister brand sells a very similar model.|Any of our branches can do it over the counter.|You're welcome to pick one up in store instead.|If you email the form to us, we can do it by hand.|The navy one is very similar and in stock now.|The 2024 model is in stock and works the same way.|The lite version runs on older phones.|An upgrade to a flexible fare lets you change it any time.|You'll find the older ones in the archive.|Visa, Mastercard and PayPal all work.|The voucher is valid on everything else.|We do have 20% off this weekend, though.|But our wine list has some great bottles from £15.|Our Canadian stockist carries most of the range though.|Your dog can fly in the hold with our pet service though.|But if you DM us the order email, we'll carry on there.|Please ask the account holder to give us a call.|I've turned off auto-renew so you won't be charged again.|You'd need the Pro plan for that.|So you'd want to swap it for the Hub 5, which we send free.|The navy is still available and very close in colour.|If you send the receipt, we can swap it in store.}}")),
        Capability::new(
            "terms as a fact",
            "the product's terms said as a fact (\"the offer is for new customers\", \"we're card-only\") say no to a request; to a question about the terms they answer it",
        )
        .flags_for("{Can I get the welcome discount?|Can I pay cash?|Could you send me a paper bill?}", "{The welcome offer is for new customers|Seat selection is a paid extra|Bills are online-only now|Sorry, we're card-only}.")
        .quiet_for("{What's the welcome offer?|Is seat selection free?|How do bills work now?}", "{The welcome offer is for new customers|Seat selection is a paid extra|Bills are online-only now|We're card-only}.")
        .quiet_for("Can I pay cash?", "We're cashless, sorry, as it keeps our staff safer. {Cards and Apple Pay are fine.|Cards and Apple Pay are accepted.}")
        .quiet_for("Can I pay cash?", "We're card-only in stores now, but {Apple Pay and Google Pay work too|vouchers are accepted as well|contactless works as well}."),
        Capability::new(
            "not yet, or on a condition",
            "hard negative: a no that says when it becomes a yes (\"until the parcel is back\") or how (\"unless you send the receipt\", \"unless we receive the form\"); an open-ended or unmeetable one still flags",
        )
        .quiet_for(ASKING, "{We can't issue the refund|I can't change the booking|The new card won't work abroad|That option stays locked} {until the parcel is back with us|until Monday|unless you send us the receipt|unless we receive the signed form|unless the old unit is returned|until you switch on travel mode in the app|till your old order is closed}.")
        .flags_for(ASKING, "{Refunds are paused|Online ordering is unavailable} until further notice.")
        .flags_for(ASKING, "{We can't refund the jacket|Refunds aren't possible} {unless it's unopened|once it has shipped}."),
        Capability::new(
            "policy link",
            "a link that only restates the rule is not an alternative",
        )
        .flags(&format!(
            "{soft} {{Our returns policy is here|You can read our refund policy here|The full terms are here|Please see this page for more information|Please read this article for further details}}: https://example.com/policy"
        )),
        Capability::new(
            "person and voice",
            "the same refusal said by I, we, the team, or impersonally",
        )
        .flags("{I can't|We can't|The team can't|Our store can't|It's not possible to} {issue a refund for|exchange} this item as it was bought on sale{, sorry|. Sorry about that}."),
        Capability::new(
            "typos",
            "phone typing without and with an alternative",
        )
        .flags("{sorry we cant|sry we cant|were unable to|we dont} do refunds on sale items")
        .quiet("{sorry we cant|sry we cant|were unable to|we dont} do refunds on sale items but {u can get store credit|our shop can swap it for u}"),
        Capability::new(
            "non-refusal",
            "hard negative: answers and actions that refuse nothing",
        )
        .quiet("{Yes|Absolutely}, {we can refund that|you can change the date in the app|we deliver on Saturdays}{!|.}")
        .quiet("{I've refunded the order|Your seat is changed|The offer is extended to Sunday}; {you'll see it in your account|the confirmation is in your inbox}.")
        // A charge said not to apply is good news: "no court costs will be charged".
        .quiet_for("Will I have to pay the court costs?", "{No court costs will be charged|The late fee will not be charged}, as the payment was ours to match."),
        Capability::new(
            "out of the area",
            "\"outside our delivery area\": a no that is its own reason, and still a dead end; with somewhere else to go it is not",
        )
        .flags_for("Can you deliver to my office in the business park?", "{Unfortunately, that address is outside our delivery area.|Sorry, that postcode is outside our coverage area.}")
        .quiet_for("Can you deliver to my office in the business park?", "Your address is outside our delivery area, but you can collect from our Riverside store for free."),
        Capability::new(
            "an offer run out",
            "\"that code expired Sunday at midnight\" with nothing else is a no with no way forward; with a new code, a manual discount or another offer it is not",
        )
        .flags_for("Can I still use the 20% code from the weekend sale?", "{That code expired Sunday at midnight I'm afraid.|Sorry, the promo ended yesterday.|The voucher expired last month, sorry.}")
        .quiet_for("Can I still use the 20% code from the weekend sale?", "{Your code expired, so I've sent you a new one.|The sale ended yesterday, sorry, but you can use code SAVE10 until Friday.|Your promo expired last week, but I've applied the discount manually.}"),
        Capability::new(
            "nos in other words",
            "\"we turned it off for the promotion\", \"we are not a participating retailer\", \"your booking is expired\", \"only the account holder can make changes\", \"we don't have that feature yet\", with nothing else; a switch-off done for them, or a way offered, is not",
        )
        .flags_for("Can you turn online ordering back on?", "{We turned it off for the promotion tonight.|We are not a participating retailer for that offer.|Your booking is expired.|Only the account holder can make changes.|We currently don't have that feature yet.}")
        .quiet_for("Can you turn online ordering back on?", "{We've switched it off for you, as requested.|We turned it off for you.|Only the account holder can make changes, so please ask them to call us.|We don't have that feature yet, sorry, but you can vote for it here: https://example.com/ideas}"),
        Capability::new(
            "a block on payments",
            "\"we've blocked card payments to crypto exchanges because of the fraud risk\" with nothing else; with another way to pay, it is not",
        )
        .flags_for("Can I use my card for crypto purchases?", "{Sorry, we've blocked card payments to crypto exchanges because of the high fraud risk.|We have stopped international transfers to that country for now, sorry.}")
        .quiet_for("Can I use my card for crypto purchases?", "Sorry, we've blocked card payments to crypto exchanges because of the fraud risk, but you can still send money by bank transfer."),
        Capability::new(
            "the nearest, happy to fit",
            "\"the nearest is Pedal Power on King Street\", \"we're happy to fit one for you\" offer a way; the same no with neither flags",
        )
        .quiet_for("Do you sell batteries for Voltra e-bikes?", "Sorry, we can't get those batteries, as the maker only sells through its own dealers. {The nearest is Pedal Power on King Street.|We're happy to fit one for you once you have it.}")
        .flags_for("Do you sell batteries for Voltra e-bikes?", "Sorry, we can't get those batteries, as the maker only sells through its own dealers."),
        Capability::new(
            "a minimum, a retirement, what still works",
            "\"the sports pack has a minimum 12-month term\", \"we retired the app for iOS 9\" with nothing else; \"luggage can be left with reception though\", \"if it's fitted inside a device it can be sent\", \"you'll still get full highlights\", \"the quickest way to hear is to turn on alerts\" each leave a way",
        )
        .flags_for("Can I get the sports pack for one month?", "{The sports pack has a minimum 12-month term.|We retired the app for iOS 9 devices in March.}")
        .quiet_for("Can I get the sports pack for one month?", "{Late checkout isn't possible tomorrow. Luggage can be left with reception after 12 though.|Loose batteries can't go by post because airlines treat them as dangerous goods. If it's fitted inside a device it can be sent.|We can't show the final, as another broadcaster has the rights. You'll still get full highlights from 11pm.|We don't have an on-sale date yet, but the quickest way to hear is to turn on alerts.}"),
        Capability::new(
            "nos paraphrased",
            "\"that title isn't something we'll be adding\", \"Word isn't one of the export formats\", \"we don't restore streaks by hand\", \"requires a receipt\", \"the upgrade fee applies to all upgrades\" with nothing else; another format offered, or a fee told to someone asking its price, is not",
        )
        .flags_for("Can you add the UK version to the US library?", "{That title isnt something we'll be adding.|No, Word isn't one of the export formats.|We don't restore streaks by hand.|Our return policy requires a receipt for that category.|The $30 upgrade fee applies to all device upgrades.}")
        .quiet_for("Can you add the UK version to the US library?", "Word isn't one of the export formats, but PDF is, and Word opens PDFs.")
        .quiet_for("How much is the upgrade fee?", "The $30 fee applies to all upgrades."),
        Capability::new(
            "another way told as a fact",
            "\"the 09:15 is running on time and calls at the same stops\", \"the extended cut is available to stream now\", \"your adviser can give you an update\" each leave a way; the no alone does not",
        )
        .quiet_for("Can you refund my order?", "{Sorry, the 09:02 was cancelled because of a signal fault. The 09:15 is running on time and calls at the same stops.|We can't add the extended cut because of licensing, sorry, but the theatrical version is available to stream now.|Sorry, we can't discuss applications here as it's a public channel. Your mortgage adviser can give you an update.}")
        .flags_for("Can you refund my order?", "We can't discuss applications here as it's a public channel."),
        Capability::new(
            "another way, in the words of a fact, a tip or someone else",
            "\"soy and almond are all still available\", \"the 19:12 is fine, or folding bikes are welcome\", \"your ticket's valid on it\", \"you're still covered\", \"the manufacturer sells spares direct\", \"our billing team can on 0800 ...\", \"Tip: save both in your Wallet\", \"do mention it when you book\", \"half price with this link\", \"if you pick a slot from 10am\" each leave a way; \"we no longer send paper bills\", \"a mobile-only feature\", \"there are no replacement buses tonight\", \"won't be opening any earlier\", \"aren't something we're able to give\" alone do not",
        )
        .quiet_for("Can you refund my order?", "{Sorry, oat milk is short nationally. Soy, almond and coconut are all still available.|Sorry, bikes aren't allowed on peak trains because of overcrowding. The 19:12 is fine, or folding bikes are welcome any time.|Sorry, we don't sell spare parts. The manufacturer sells spares direct on 0344 555 0123.|Sorry, I can't remove fees over Twitter as I'd need to verify the account, but our billing team can on 0800 123 4567.|Sorry, only one code per order as discounts are calculated on full price. Tip: save both in your Wallet and the app applies the better one.|Sorry, we can't reserve tables. Do mention the occasion when you book online.|Sorry, trials are one per account so everyone gets a fair go. The first month of Premium is half price with this link: https://example.com/p|Sorry, we can't deliver alcohol before 10am by law. If you pick a slot from 10am the wine can come with everything else.}")
        .flags_for("Can you refund my order?", "{Sorry, we no longer send paper bills, to cut waste.|Dark mode is a mobile-only feature.|There are no replacement buses tonight.|Opening hours are set nationally for safety, so we won't be opening any earlier, sorry!|Partial refunds aren't something we're able to give.}"),
        Capability::new(
            "a reasoned, softened no after \"so\", and a no that names the remedy",
            "\"..., so it's not something we're able to raise\", \"as the fare is non-refundable, a refund isn't possible\", \"so that one is gone for good\" offer nothing, nor does a wish for their trip; an instruction to do it another way (\"place a separate order for each\") or the next sentence naming where it is done (\"the White Rose store does same-day collection\") is an alternative",
        )
        .flags_for("{Can you raise my daily limit?|Could you lift my transfer limit for today?}", "I'm sorry, the daily limit is set at £5,000 for security reasons, so it's not something we're able to {raise|change}.")
        .flags_for(ASKING, "I completely understand. As your fare is non-refundable, a refund isn't possible on this {booking|ticket}.")
        .flags_for("{Can you recover a board I deleted?|Could you restore my deleted project?}", "I'm really sorry, deleted {boards|projects} are kept for 30 days and then erased, so that one is gone for good.")
        .quiet_for("{Can I collect at the Leeds store?|Do you do click and collect in Leeds?}", "Sorry, click and collect isn't offered at our {Leeds|city centre} store. The {White Rose|Kirkstall} store does same-day collection.")
        .flags_for("{Can I watch it from France?|Will the shows stream in Canada?}", "Sorry, the service is only available in the {US|UK} due to licensing agreements. Have a great trip!")
        .quiet_for("{Can I send one order to two addresses?|Could I split my order across two addresses?}", "Sorry, multiple delivery addresses per order aren't supported{ for now|}. {Place a separate order for each address.|Create a second order for the other address.}"),
        Capability::new(
            "gone for this season, changes that can't be undone, an age limit, a paused service",
            "\"there won't be a restock of that colourway\", \"so name changes can't be reversed\", \"only for under 12s\", \"we've paused delivery in your area tonight\" offer nothing",
        )
        .flags_for("{Will the green ones be back?|Are you restocking the blue trainers?}", "{We're so sorry!|Sorry!} It was a one-off run, so there won't be a restock of that {colourway|colour}.")
        .flags_for("{Can I have my old username back?|Could you undo my name change?}", "Sorry! Released names go back into the pool, so name changes can't be reversed.")
        .flags_for("{Can I order a kids meal?|Can adults get the kids menu?}", "Sadly kids meals are only for under 12s as they're priced as part of our family offer.")
        .flags_for("{Why can't I order tonight?|Are you delivering tonight?}", "Really sorry, we've paused delivery in your area tonight because of the snow."),
        Capability::new(
            "a reason closed by a comma before the no; another till that can do it",
            "\"As it's an Advance ticket, it's non-refundable once the train has left\" refuses with nothing offered; \"any of our staffed tills can do it\" after the no is the alternative",
        )
        .flags_for(ASKING, "{Really sorry to hear that.|Sorry about the taxi.} As it's an Advance ticket, it's non-refundable once the train has left.")
        .quiet_for("{Can I get cashback at the self-checkout?|Do the self-service tills do cashback?}", "Sorry, cashback isn't available at self-checkouts. Any of our staffed tills can do up to £50 for you though."),
        Capability::new(
            "retired from the menu",
            "\"the katsu has been retired as we've refreshed our menu\", \"it's been taken off the menu\" with nothing offered",
        )
        .flags_for("{Where's the katsu gone?|Can I still order the katsu curry?}", "{Sorry Jamie, the katsu has been retired for now as we've refreshed our winter menu.|It's been taken off the menu as part of our recent changes. Sorry!}"),
        Capability::new(
            "what they still get, the model that has it, where the news will be",
            "\"the code is for full-price items only, but you do still get free delivery\", \"the S2 can't take it, the S2 Pro has it built in\", \"no date yet, any news will be in our changelog\", \"no date yet, we'll tweet as soon as we do\" give a way forward",
        )
        .quiet_for(ASKING, "{Sorry, the code is for full-price items only. You do still get free delivery on sale orders though!|Sorry, the S2 can't take that sensor. If it matters to you, the S2 Pro has it built in.|We don't have a date for that yet; any news will be in our changelog.|No confirmed date yet, but we'll tweet as soon as we do!}"),
        Capability::new(
            "non-refundable with the rules linked, only some allowed, gone for now",
            "\"Downloads are non-refundable once opened. Check out our refund policy here\", \"Points are non-transferable. Full T&Cs here\", \"only guide dogs are allowed in the cabin\", \"it was a limited edition and it's gone for now\" leave no way forward",
        )
        .flags_for(ASKING, "{Downloads are non-refundable once opened. Check out our refund policy here: example.com/refunds|Points are non-transferable. Full T&Cs here: example.com/terms|Only guide dogs are allowed in the cabin.|Sorry, it was a limited edition and it's gone for now.}"),
        Capability::new(
            "word of it on its way, news followed",
            "\"we can't give an exact time, as routes are set that morning. You'll get a text with a window by 8am\" and \"nothing to announce yet! Follow us for all the latest news\" give a way forward",
        )
        .quiet_for(ASKING, "{We can't give an exact time, I'm afraid, as routes are set that morning. You'll get a text with a 1-hour window by 8am though.|Nothing to announce on that yet! Follow our page for all the latest news.}"),
        Capability::new(
            "a report route, a team that can talk it through",
            "\"we won't be able to refund this one. If the fare looks wrong, report it under Help\" and \"we can't do that, but our team can talk through options on 0800 ...\" give a way forward",
        )
        .quiet_for(ASKING, "{We won't be able to refund this one. If you think the fare was wrong, report it under Help > Trips and the team will review it.|I'm afraid we can't do that. Our team can talk through options on 0800 000 111.}"),
        Capability::new(
            "a remedy word inside the reason",
            "\"Saver fares are non-refundable, as they're sold at a discount for one train\" offers no discount; it explains the no",
        )
        .flags_for(ASKING, "{I'm sorry to say Saver fares are non-refundable, as they're sold at a discount for one train.|Sorry, clearance items can't be returned, because they're already reduced.}"),
        Capability::new(
            "ways said without a subject, or by what they do",
            "\"happy to check another store\", \"they work for anything else\", \"turning on backup will keep them safe\", \"your phone will keep getting updates\" keep a way open; the same no alone does not",
        )
        .quiet_for(ASKING, "{Sorry, we can't price match marketplace sellers as we can't verify their stock. Glad to compare any other shop for you.|Sadly vouchers can't be used on subscriptions, sorry. They're valid for anything else in the shop though.|Unfortunately deleted photos can't be restored, as they aren't kept on our servers. Switching on cloud backup will keep new ones safe.|Sorry, the old model can't get version 5 because of its chip. It will still get security fixes though.}")
        .flags_for(ASKING, "{Sorry, we can't price match marketplace sellers as we can't verify their stock.|Sadly vouchers can't be used on subscriptions, sorry.|Unfortunately deleted photos can't be restored, as they aren't kept on our servers.}"),
        Capability::new(
            "another that would do, a programme ended",
            "\"a day ticket would get you the discount though\", \"if you fancy setting one up\" offer another way; \"we ended the student scheme last year\" with nothing else is a dead end",
        )
        .quiet_for(ASKING, "{Sorry, the railcard doesn't apply before 10am. A day ticket would get you the same discount though.|Sorry, we can't raise the contactless limit as it's set nationally. Phone wallets have a higher one though, if you fancy setting one up.}")
        .flags_for(ASKING, "{Sadly we ended the student scheme last year when prices changed, sorry.|Unfortunately we discontinued that discount in 2021 as part of a pricing review.}"),
        Capability::new(
            "what we do do",
            "\"we don't match online-only shops, but we do match other high street stores\" offers another way",
        )
        .quiet_for(ASKING, "{Sorry, we don't match online-only retailers as their costs differ, but we do match other high street stores.|Sorry, we can't refund that part, but we do cover the postage.}"),
        Capability::new(
            "another shop open as normal, walk-in",
            "\"our other shop is serving food as normal\" and \"it's walk-in\" keep a way open",
        )
        .quiet_for(ASKING, "{Sorry, the ovens are out today, but our High Street shop is serving hot food as normal.|We don't take bookings for under 8 I'm afraid, but it's walk-in so you'll be seated quickly.}"),
        Capability::new(
            "another team, in the passive",
            "\"corrections can be made by our reservations team\" is another way",
        )
        .quiet_for(ASKING, "{Sorry, full name changes aren't possible once a ticket is issued as it's a security rule. Minor corrections can be made by our reservations team though.}"),
        Capability::new(
            "what we now do",
            "\"that deal ended, but every Tuesday we now do two for one\" offers another",
        )
        .quiet_for(ASKING, "{Sadly that deal ended last month, but every Tuesday we now do any large pizza for $9.99.}"),
        Capability::new(
            "where the replay goes up",
            "\"the replay goes up in the Sports tab from 7pm\" is another way to watch",
        )
        .quiet_for(ASKING, "{Sorry, 3pm matches can't be shown live because of the blackout rules. The full replay goes up in the Sports tab from 7pm.}"),
        Capability::new(
            "what can still be kept",
            "\"the unused value can be kept as a credit\" is another way",
        )
        .quiet_for(ASKING, "{Sorry, saver tickets are non-refundable as they're our lowest fare. If you cancel before departure the unused value can be kept as a credit.}"),
        Capability::new(
            "others welcome to another way",
            "\"customers in Ireland are welcome to order from our UK site\" is another way",
        )
        .quiet_for(ASKING, "{Sorry, we don't deliver to Ireland from this store because of customs rules. Customers in Ireland are welcome to order from our UK site instead.}"),
        Capability::new(
            "who can help, and how to reach them",
            "\"their telephone number is ...\" after a no is another way",
        )
        .quiet_for(ASKING, "{We're sorry we can't help with holiday bookings, but their telephone number is 0344 000 0000 and they're open until 8pm.}"),
        Capability::new(
            "an offer declined",
            "\"No thank you.\" to \"would you like a copy?\" leaves nothing to offer instead",
        )
        .quiet_for("{I got this letter from your head office, would you like a copy?}", "{No thank you.|No thanks.}"),
        Capability::new(
            "more reading is no other way",
            "\"the details are in this article, for more info\" and \"you can read more about it\" after a no restate it; \"you can start a new one on PC\" is another way",
        )
        .flags_for(ASKING, "{Unfortunately, that's not possible. The full details are in this article, for more info: https://example.com/a|Sorry, we can't change that. You can read more about it on our site.}")
        .quiet_for(ASKING, "{Unfortunately, that's not possible, but you can start a new one on PC.}"),
        Capability::new(
            "a polite request is a next step",
            "\"would you mind sending a screenshot?\" beside \"I'm unable to check it\" moves the case on; the no alone does not",
        )
        .quiet_for(ASKING, "{Would you mind sending a photo of the error screen?|Do you mind sharing the link?} I'm unable to check this issue here otherwise.")
        .flags_for(ASKING, "Sorry, I'm unable to check this issue."),
        Capability::new(
            "the way before a but",
            "\"you can start a new profile but your saves can't be moved\" gives the way first, with or without a comma; the no alone offers nothing",
        )
        .quiet_for(ASKING, "You can {start|open|set up} a new profile{,|} but {note that|keep in mind that|} your saves can't be moved across.")
        .flags_for(ASKING, "Sorry, your saves can't be moved across to a new profile."),
        Capability::new(
            "help for anything else is no other way",
            "\"feel free to reach out with any other questions\" after a no offers nothing for this one; \"you can swap it in store instead\" does",
        )
        .flags_for(ASKING, "Sorry, we can't refund sale items, as they're final. {Feel free to reach out with any other questions.|Just shout if anything else crops up.}")
        .quiet_for(ASKING, "Sorry, we can't refund sale items, as they're final. You can swap it in store instead."),
        Capability::new(
            "the last word on it",
            "\"the current price is the best which we can offer\", \"that's all we can do\" and \"this is the most that we could give\" close the matter with nothing else; \"the best way we can help is a callback\" and \"we can offer the best price in store\" do not",
        )
        .flags_for(ASKING, "Sorry, prices are set by the sellers. {The current price is the best which we can offer.|That's all we can do.|This is the most that we could give.}")
        .quiet_for(ASKING, "Sorry, prices are set by the sellers. {The best way we can help is a callback from the pricing team.|We can offer the best price in store.}"),
        Capability::new(
            "a way said with a lead-in, or a yes after a time",
            "\"please be sure to e-mail the team\", \"don't forget to call the store\" and \"remember to ask at the desk\" are instructions, \"I'll be certain to pass this on\", \"we'd like you to call the store\" and \"let us know if ...\" keep a way open; \"it can't be renewed before the current term ends\" says when; a \"before\" ahead of the no (\"before you ask, it won't be back\") says no when",
        )
        .quiet("Sorry, that size isn't available in the app. {Please be sure to e-mail our store team at help@example.com.|Don't forget to call the store on 0800 123 456.|Remember to ask at the desk when you collect.|Please make sure to reply to the email we sent.|I'll be certain to pass this on as feedback.|We'd like you to call the store on 0800 123 456.|Let us know if you'd like the store's number.}")
        .quiet("{Your membership can't be renewed before the current term ends.|Refunds can't be issued before the item reaches our warehouse.|Seats can't be chosen before check-in opens.}")
        .flags("{Sorry, that size isn't available in the app.|Sorry, that size isn't available. Before you ask, it won't be back.}"),
        Capability::new(
            "advice, however firmly put",
            "\"I'd insist you reply to our email\", \"we strongly urge you to visit a store\" and \"we invite you to use the chat\" point to a way, as \"I'd suggest\" does",
        )
        .quiet("We're unable to look at orders over social media. {I'd insist you reply to the email we sent.|We strongly urge you to visit a store with the receipt.|We invite you to use the chat on our site.|I would urge you to call the store.}")
        .flags("We're unable to look at orders over social media. {I'd insist on that.|We urge caution.}"),
        Capability::new(
            "a way offered as a question, a fit, or someone who may help",
            "\"is a repair something you'd consider?\", \"perhaps a repair would help?\", \"a trade-in scheme that might suit you\" and \"the seller may be able to help\" offer a way; \"perhaps that helps\" does not",
        )
        .quiet("Sorry, we can't refund it as it's past the 30-day window. {Is a repair something you'd consider?|Perhaps a repair would help?|We run a trade-in scheme that might suit you.|The seller may be able to help.|They might be able to arrange an exchange.}")
        .flags("Sorry, we can't refund it as it's past the 30-day window. {Perhaps that helps.|Thanks for understanding.}"),
        Capability::new(
            "no news, and where it will be announced",
            "\"nothing to announce yet, but our blog is where new cities get announced\" points to where the news will be; \"nothing to announce yet\" alone does not",
        )
        .quiet_for("when are you opening in Perth?", "{Nothing to announce at the moment, but our blog is where new cities get announced, so it's worth a follow!|No news yet, but follow us on Instagram for openings.|Nothing to share yet, but give us a follow for news.}")
        .flags_for("when are you opening in Perth?", "{Nothing to announce at the moment.}"),
        Capability::new(
            "someone else who will do it",
            "\"the seats can't be reserved online, but the crew will seat you together at the gate\" offers another way; without the second half it offers nothing",
        )
        .quiet_for("can we reserve seats together?", "{Sorry, the seats can't be reserved online, but the crew will seat you together at the gate.|Sorry, we can't hold tables by phone, but the staff can seat you as soon as you arrive.}")
        .flags_for("can we reserve seats together?", "{Sorry, the seats can't be reserved online.|Sorry, we can't hold tables by phone.}"),
        Capability::new(
            "another who can",
            "\"if you need more for a medical reason, your GP can prescribe them\" and \"your bank may be able to reverse it\" name who can; without them the no offers nothing",
        )
        .quiet_for("can i buy more than 2 packs of paracetamol?", "{I'm afraid not, the 2-pack limit is a legal requirement for safety reasons. If you need more for a medical reason, your GP can prescribe them.|Sorry, we can't sell more than two packs by law, but your pharmacist can advise on larger amounts.}")
        .flags_for("can i buy more than 2 packs of paracetamol?", "I'm afraid not, the 2-pack limit is a legal requirement for safety reasons."),
        Capability::new(
            "a partner that does",
            "\"we don't install carpets, but our partner Fitright does\" names who does it; without the second half it offers nothing",
        )
        .quiet_for("can you come and fit my carpet?", "{Sorry, we don't install carpets as we're a supplier only, but our partner Fitright does.|We don't fit carpets ourselves, sorry, but our partner store does.}")
        .flags_for("can you come and fit my carpet?", "Sorry, we don't install carpets as we're a supplier only."),
        Capability::new(
            "a way for the one they asked about, a step told by what it does, a hoped someday",
            "\"he could use a hotspot from your phone\" and \"updating in the App Store will stop the messages\" are ways forward; \"hopefully it's something we can look at in future\" offers nothing now",
        )
        .quiet_for("can my brother use my data when he visits?", "Sorry, data can only be shared on a family plan. He could use a hotspot from your phone while he's with you though.")
        .quiet_for("why does the app keep asking me to update?", "We've stopped supporting older versions of the app for security reasons. Updating in the App Store will stop the messages.")
        .flags_for(ASKING, "Sorry, that can't be done as it's tied to the account that paid. Hopefully it's something we can look at in future!"),
        Capability::new(
            "the better way named",
            "\"text codes can be held up by some networks, so an authenticator app is the faster option\" names a way; \"the app is the best place to check your balance\" with a no before it does not refuse",
        )
        .quiet_for("the 2FA code texts take ages to arrive", "Sorry, text codes can't be sped up from our side as some networks hold them, so an authenticator app is the faster option.")
        .flags_for(ASKING, "That can't be changed."),
        Capability::new(
            "where it is instead",
            "\"text updates aren't something we offer. You'll find live tracking in the app under My Orders\" names where; \"text updates aren't something we offer\" alone does not",
        )
        .quiet_for("could I get the tracking info by text?", "Text updates aren't something we offer. You'll find live tracking in the app under My Orders.")
        .flags_for("could I get the tracking info by text?", "Text updates aren't something we offer."),
        Capability::new(
            "one agent turned it off",
            "\"I turned it off for the promotion tonight\" is the team's \"we turned it off\", a no with nothing else to do; with a way to do it meanwhile it is not",
        )
        .flags_for("can I order online without being sent to the promo page?", "{Sorry, I turned it off for the promotion tonight.|I've switched it off for tonight's promotion, sorry.|Sorry, I shut it off for the launch.}")
        .quiet_for("can I order online without being sent to the promo page?", "{Sorry, I turned it off for the promotion tonight, but you can still order in the app.|I've switched it off for tonight; you can order by phone on 0800 123 456 instead.}"),
        Capability::new(
            "an alternative told as where it is to be had",
            "\"we don't stock it in store, but it's available online\", \"members get 15% off this weekend though\", \"the code still gives 10% off\", \"our house wines start at £4.50\", \"it's available to buy on most digital stores\" offer something instead; \"the route was withdrawn last winter\" offers nothing",
        )
        .quiet_for("can I buy the blue one in your Leeds store?", "{We don't stock it in store, but it's available online.|We don't carry it in Leeds. It's available on our website though.|Sorry, the sale price has ended, but members get 15% off this weekend.|Sadly that promotion has finished, but the code SPRING still gives 10% off.|We don't allow BYO as we're a licensed venue, but our house wines start at £4.50.|Our licence for the show has ended, so it's gone from the app. It's available to buy on most digital stores.}")
        .flags_for("are you flying Leeds to Faro again this summer?", "{Sadly the Faro route was withdrawn last winter as demand was too low.|The Faro service was discontinued in March, I'm afraid.}"),
        Capability::new(
            "something at no cost instead, something done for them",
            "\"orders over £50 get free delivery\" and \"what I have done is add a note for next time\" offer something after the no; the no alone does not",
        )
        .quiet_for("why do you charge extra to deliver to Orkney?", "{Our courier charges extra for island postcodes, so we can't waive it. Orders over £50 get free delivery everywhere though.|I can't promise that, as deliveries are out of our hands once they leave us. What I have done is add a note so your next order gets priority dispatch.}")
        .flags_for("why do you charge extra to deliver to Orkney?", "{Our courier charges extra for island postcodes, so we can't waive it.}"),
        Capability::new(
            "long email",
            "a refusal with no alternative at each place of a long email; with one it does not flag",
        )
        .in_long_email(Some(ASKING), "{Unfortunately we can't refund the jacket, as it was marked final sale.|I'm sorry, the jacket is not eligible for a refund as it was on sale.}", true)
        .in_long_email(Some(ASKING), "Unfortunately we can't refund the jacket, as it was marked final sale, but we can offer store credit instead.", false),
    ]
}

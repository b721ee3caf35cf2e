//! blame: wording that puts the fault on the customer, doubts or contradicts their account,
//! lectures them about what they should have done, remarks on their tone, or uses policy and
//! fine print as a wall against a complaint. Not: ordinary troubleshooting, "it works on our
//! side" at first contact, fine print explained to a genuinely confused customer, fault put
//! on another party (that is excuse).

use super::template::Capability;

/// An annoyed customer complaining.
const COMPLAINT: &str = "{My parcel STILL hasn't come and it was meant to be next-day delivery. Useless!!|Three days late and nobody can tell me why. Ridiculous.}";
/// The same topic asked calmly by a confused customer.
const QUESTION: &str = "{Quick question: does next-day delivery count weekends?|Hi! I ordered on Friday with next-day shipping, when should it come?}";

pub fn suite() -> Vec<Capability> {
    vec![
        Capability::new(
            "as I said",
            "reminding the customer they were already told",
        )
        .flags("{As I already said|As I mentioned before|As previously stated|As informed earlier|Like I said|As we've already explained|As stated in my last message|As I told you|As I explained in my last message|As we mentioned in our previous email|As mentioned several times now|As stated twice already}, {the refund takes five working days|your order ships on Monday}.")
        .flags("You {were told|have been told|were advised} {this|that} {already|on the phone already|in our last email before}."),
        Capability::new(
            "lecture",
            "what the customer should have done, or should do next time",
        )
        .flags("You {should have|should've|ought to have|needed to have} {read the terms|checked the size chart|entered the correct address} before {ordering|placing the order}.")
        .flags("If you had {read the terms|checked the size chart|entered the right address}, this {wouldn't have happened|would not have happened}.")
        .flags("If you had {read our email|checked the app}, you would have {known about the change|seen the new time}.")
        .flags("{Next time,|In future,|In the future,} please {read the terms|check the size chart} before {ordering|you order}.")
        // What they missed out on, said as what would have been: "it would have arrived sooner".
        .flags_for(COMPLAINT, "If you had {chosen express delivery|ordered before 2 pm}, it would have arrived {sooner|earlier}.")
        .flags_for(COMPLAINT, "Please read the {terms|conditions} before {using|redeeming} a {coupon|voucher}."),
        Capability::new(
            "fault on the customer",
            "the fault put on the customer, actively or in the passive voice",
        )
        .flags("{You entered|You typed|You gave us} the wrong {address|card number}{.|, so the order failed.}")
        .flags("The wrong {address|card number} was {entered|given} {by you|on your side|on your end}.")
        .flags("{This is|That's|Keeping your password safe is} {your|the account holder's} responsibility{.|, not ours.}")
        .flags("You {didn't enter|did not give|never entered|never gave} the {right|correct} {address|card number}{.|, so the order failed.}")
        .flags("You {were|have been} {informed|advised|made aware} of this when you {booked|signed up}.")
        .flags("{It's|That is} not our fault{.|, the address was wrong.}")
        .flags("{Our records show|According to our system,} you {cancelled the order|deleted the account|declined the offer} yourself{.| on Monday.}")
        .flags_for(COMPLAINT, "Your account was {suspended|closed} because you {broke|violated|ignored} our {rules|terms}.")
        .flags_for(COMPLAINT, "You'd have avoided the {fee|charge} by {cancelling|booking} earlier.")
        .flags_for(COMPLAINT, "For future reference, {please check the cut-off times before ordering|make sure you read the delivery terms}."),
        Capability::new(
            "doubting the account",
            "contradicting or doubting what the customer reports",
        )
        .flags_for(COMPLAINT, "{Did you even|Did you actually} {read the email we sent|look at the tracking link|open the app}?")
        .flags_for(COMPLAINT, "Have you {even|actually} {read the email we sent|looked at the tracking link|opened the app}?")
        .flags_for(COMPLAINT, "{We haven't had any other reports of this|Nobody else has reported this|No one else has had this problem}{.|, so it must be on your side.}")
        .flags_for(COMPLAINT, "{Our records show|Our system shows|The tracking says} the parcel was delivered{, so it must be with you.|. Are you sure you checked properly?}")
        .flags_for(COMPLAINT, "{We've had no other reports of this|We have received no similar complaints|There are no other reports of this}{.|, so the problem must be on your end.}")
        .flags_for(COMPLAINT, "The {problem|issue|fault} {must be|has to be} on your {end|side}.")
        .flags_for(COMPLAINT, "There is no record of {you contacting us|your call|your complaint|any previous emails from you}.")
        .flags_for(COMPLAINT, "You never {placed|made|sent} that {order|request}.")
        .flags_for(COMPLAINT, "{That's not what happened|That is not what our records show|That's not what the tracking says}{.|, the parcel was handed over on time.}")
        .flags_for(COMPLAINT, "There's no {evidence|sign|indication} of {a fault|any problem|an error} on our {side|end}.")
        .flags_for(COMPLAINT, "{That is simply not true|That's just not true|This is actually not correct}{.|, the driver knocked twice.}")
        .flags_for(COMPLAINT, "The {issue|problem|fault} {is|lies} on your {end|side}{.|, not ours.}")
        .flags_for(COMPLAINT, "Your {router|phone|laptop} is the {problem|culprit}.")
        .flags_for(COMPLAINT, "{We see no outage near you|Our line test is clear}, so the {problem|fault} is with your {own router|wiring|own equipment}.")
        .flags_for(COMPLAINT, "Did you read the {whole|full|entire} {email|message}? {It explains the fee.|The code is in the last line.}")
        .flags_for(COMPLAINT, "The tracking shows it was delivered, so it must be {at your address|in your mailbox|at your door}.")
        .flags_for(COMPLAINT, "{The charge|The order} must have been {made|placed} by you{.|, as no one else has access.}")
        .flags_for(COMPLAINT, "The {item|phone|parcel} was {working|fine|undamaged} when it left {us|our warehouse|the depot}.")
        .flags_for("{I've been charged a late fee but I paid on time!|I never ordered this, someone used my card.}", "{Our records show|Our system shows|The records indicate} the {payment arrived on the 3rd|order was placed from your account}.")
        .quiet_for("{I've been charged a late fee but I paid on time!|I never ordered this, someone used my card.}", "Sorry about this. {Our records show|Our system shows} the {payment arrived on the 3rd|order was placed from your account}, so I've {removed the fee|cancelled it and locked the account}.")
        .quiet_for("{Has my payment gone through?|Did my order go through?}", "{Our records show|Our system shows} the {payment arrived on the 3rd|order was placed on Monday}.")
        .flags_for("{You charged me twice for one order!|I've been charged twice, sort it out.|You double charged me.}", "{Our records show|Our system shows} only one {charge|payment} {was taken|on the order}.")
        // The staff's word against what they say did not happen, and a fault said not to
        // happen by itself.
        .flags_for("{The driver never knocked.|Your courier didn't even try to deliver it.|I never agreed to this and the engineer never rang.}", "{Our driver says|Our courier confirmed|The engineer reported} {he knocked twice|they attempted delivery at 2 pm}.")
        .flags_for("{My screen cracked on its own, disgusting quality.|The handle snapped off by itself, this is ridiculous.}", "{Screens|Handles} {don't crack|do not snap} {on their own|by themselves}.")
        // Their account doubted or put down to them in other words.
        .flags_for(COMPLAINT, "{I'm not sure why you think that.|This is user error.|There's nothing wrong on our end.|Declines are usually caused by incorrect card details.|You would have been notified by email last month.|You were warned that check-in closes at 6.|We can't help if you don't give us the right address.}")
        .flags_for(COMPLAINT, "{This is standard practice across the industry.|This product isn't designed for outdoor use.}")
        .flags_for(COMPLAINT, "The driver followed your delivery instructions.")
        .quiet_for(QUESTION, "{This is standard practice across the industry, so weekends don't count.|I'm not sure why the page says that; weekends don't count.}")
        .flags_for("{You charged me twice for one order!|I've been charged twice, sort it out.|My parcel never arrived, this is a joke.}", "{Are you sure you didn't|Are you certain you did not} {click twice|get a delivery card|order it twice}?")
        .flags_for("{You charged me twice for one order!|I've been charged twice, sort it out.|My parcel never arrived, this is a joke.}", "Did you {actually|really} {place two orders|receive a dispatch email|pay with the same card}?"),
        Capability::new(
            "defending our side",
            "the company's side set against a complaint with no acknowledgement: \"processed on our end\", \"all rooms are inspected\", \"as explained in our policy\", \"had you checked\", \"we always recommend\"",
        )
        .flags_for("{The room was dirty when we arrived.|My bag was damaged on the flight.|I never received the refund you promised.|The heater you sold me stopped working.}", "{The refund was processed on our end on the 3rd.|All rooms are inspected before every check-in.|Minor scuffs are considered normal wear and tear.|This usually happens when the product isn't used as described.|We always recommend testing items as soon as they arrive.|Our staff are trained to check every bag.|We have no record of a promised refund.|As explained in our refund policy, refunds take 30 days.|Next time, please test the item as soon as it arrives.}")
        .flags_for("The train was 40 minutes late again!", "Had you checked the app before travelling, you would have seen the delay.")
        .flags_for("{My parcel never arrived.|The parcel didn't turn up and nobody called.}", "{Our records show|The system shows} the item was signed for by you.")
        .flags_for("{My parcel never arrived.|I never got the password email.}", "{Did you check your spam folder before contacting us?|Have you even looked in your porch before calling us?|I'm sure you'll find it was delivered to a neighbour.}")
        .quiet_for("{Where's my parcel?|When will my order come?}", "{Give it 72 hours past the expected date before contacting us, please.|Our records show it was signed for this morning, at 9:14.}")
        .flags_for("{My parcel never arrived.|You charged me twice!|I never got a reply to my email.}", "{The courier's photo clearly shows it at your door.|The tracking confirms it was delivered.|Our system only charges once per order.|We reply to every email within 2 days.|The amount matches what you agreed to at checkout.|There's no error on our side.|Parcels can't simply vanish.}")
        .quiet_for("{Where is my parcel?|How do I know it was delivered?}", "{The courier's photo shows it at your door|The tracking confirms it was delivered}, so it should be in your porch.")
        .quiet_for("{WHERE IS MY PARCEL. It was due Monday!|My parcel never arrived.}", "{Tracking shows|The tracking shows|GPS shows} it's {at your local depot|out for delivery|in transit} {today by 7pm|and due by 7pm today}.")
        .quiet_for("{The room was dirty when we arrived.|My bag was damaged on the flight.}", "{I'm so sorry about this.|That's not good enough, sorry.} {All rooms are meant to be inspected before check-in, so I've refunded your first night.|Minor scuffs are normal, but a crack isn't: I've opened a claim for you.}")
        .quiet_for("{How long do refunds take?|Are your rooms cleaned every day?|How do you check bags?}", "{As explained in our refund policy, refunds take up to 30 days.|All rooms are cleaned and inspected every day.|Our staff are trained to check every bag at the gate.}"),
        Capability::new(
            "tone",
            "a remark on the customer's tone instead of their problem",
        )
        .flags_for(COMPLAINT, "We'd ask that you treat our agents with the same respect.")
        .flags_for(COMPLAINT, "{Please keep it civil|There's no need for that language|Please watch your tone|We'd appreciate it if you were polite|Shouting won't speed this up|Shouting at us won't make it come faster|Please refrain from using that language|We will not tolerate abuse towards our staff|We have a zero tolerance policy on abuse|Please keep your language civil|Please keep the tone respectful|We can't help if you keep using that language}{.| and we'll help.}"),
        Capability::new(
            "policy wall",
            "fine print or policy used as a wall against a complaint",
        )
        .flags_for(COMPLAINT, "{Next-day delivery|Next-day shipping} refers to {the transit time in business days|time in transit, not counting weekends}.")
        .flags_for(COMPLAINT, "Our delivery speeds refer to the amount of transit time in business days.")
        .flags_for(COMPLAINT, "Our delivery {estimates|windows} are the transit time from {the day we ship it|when the parcel leaves us}.")
        .flags_for(COMPLAINT, "We're only {obliged|obligated|required} to {refund the delivery fee|replace the item}.")
        .flags_for(COMPLAINT, "We {would not|don't|do not} offer {compensation|a gesture of goodwill} for complaints of this {nature|kind}.")
        .flags_for(COMPLAINT, "{Compensation|A refund} {isn't something we offer|is not offered} for this {type|kind|sort} of {issue|delay|problem}.")
        .flags_for(COMPLAINT, "{Please see|Please refer to|Have a read of} our {terms|T&Cs|terms and conditions}: https://example.com/terms")
        .flags_for(COMPLAINT, "The contract is between you and the {seller|merchant}{!|.}")
        .flags_for(COMPLAINT, "{You need to contact|Please speak to|That's one for} the {courier|seller|bank}, not us.")
        .quiet_for(COMPLAINT, "Sorry about this! Please contact the {courier|seller}, not us, as they hold the parcel now.")
        .flags_for(COMPLAINT, "You {agreed|consented} to {these|our|the} {terms|conditions} when you signed up.")
        .flags_for(COMPLAINT, "{We cannot|We can't|The company cannot} be held {responsible|liable} for {an incorrect address|items left unattended}.")
        .flags_for(COMPLAINT, "As {stated|explained} on {our website|the product page}, sale items are final.")
        .flags_for(COMPLAINT, "{The policy is very clear on this|Our terms are perfectly clear|The delivery page clearly states this|The order confirmation clearly says next-day means a working day}.")
        .flags_for(COMPLAINT, "You {missed|have missed} the {deadline|cut-off} for next-day delivery.")
        .flags_for(COMPLAINT, "{Under|Per} {section 7|clause 12} of our {terms|delivery terms}, {weekend days don't count|the fee stands}.")
        .flags_for(COMPLAINT, "Express delivery is {counted|measured} in {working|business} days from dispatch, not from the day you order.")
        .flags_for(COMPLAINT, "{Next-day|Express} delivery refers to the {next|following} {working|business} day after dispatch.")
        .flags_for(COMPLAINT, "Your {contract|agreement} is with the {seller|retailer}, not with us.")
        .flags_for(COMPLAINT, "Our records show one {delivery attempt|charge}, so I think you {may|must} be {mistaken|confused}.")
        .flags_for(COMPLAINT, "The {fee|delivery charge} was {applied|calculated} correctly, as the order was under £30."),
        Capability::new(
            "confused customer",
            "hard negative: the same fine print explained to a genuinely confused customer",
        )
        .quiet_for(QUESTION, "{Next-day delivery|Next-day shipping} refers to {the transit time in business days|time in transit, not counting weekends}{.|, so a Friday order comes on Monday.}")
        .quiet_for(QUESTION, "{The policy is very clear|Our terms are clear|The delivery page clearly states} that weekends don't count, so a Friday order comes on Monday.")
        .quiet_for(QUESTION, "Express delivery is {counted|measured} in {working|business} days, so a Friday order comes on Tuesday.")
        .quiet_for(COMPLAINT, "I'm so sorry! As I {mentioned|explained} to the courier this morning, it needs a signature, and they'll bring it back today."),
        Capability::new(
            "troubleshooting",
            "hard negative: ordinary troubleshooting and first-contact checks",
        )
        .quiet_for(COMPLAINT, "Could you {clear your cache|restart the app|update to the latest version|try a different browser} and let us know if that helps?")
        .quiet("It's working on our end{ at the moment|}; could you {send us a screenshot|try again and tell us what you see}?")
        .quiet("Can you {check your spam folder|confirm the email on the account|tell us the order number}, please?")
        .quiet_for("{How do I cancel my order?|Where's the cancel button?}", "{Are you sure you didn't get a confirmation email?|Did you actually receive a dispatch email from us?} It has a cancel link.")
        .quiet("{It's not your fault|That's not your fault at all}; {I've sent a new one|the courier lost it and I've reordered it}.")
        .quiet("{You'll be|You will be} {informed|advised|notified} {by email|by text} when it ships.")
        .quiet("{I can't find a record of the order under that email|There's no record of your order under that email}; could you check the order number?"),
        Capability::new(
            "another party",
            "hard negative: the fault put on a carrier or supplier is excuse, not blame",
        )
        .quiet("The wrong address was {entered|printed} by {our courier|the warehouse|the carrier}, {and I've fixed it|so I've sent a new label}."),
        Capability::new(
            "harmless you-should",
            "hard negative: \"you should get\", \"as you said\" blame nobody",
        )
        .quiet("You should {receive an email|see the refund|get a text} {within the hour|by Friday}.")
        .quiet("{I'm sorry you were told that before|Apologies you were told that earlier}, it was wrong and I've corrected it.")
        .quiet("The {issue|fault} is on our {side|end}, and our engineers are fixing it now.")
        .quiet("Your {router|phone} is the newer model, so it supports faster speeds.")
        .quiet("{You can cancel it yourself under Orders|If you cancelled it yourself, the refund goes back to your card|You're welcome to change it yourself in Settings}.")
        .quiet_for(COMPLAINT, "{As you said|As you mentioned|Like you said}, the parcel is late. {I'm sorry about that|That's not good enough}; I've refunded the delivery fee."),
        Capability::new(
            "typos",
            "phone typing: lower case, no apostrophes, \"u\"",
        )
        .flags("{like i said|as i said b4|as i already told u} the refund takes 5 days")
        .flags("{u shouldve|you shouldve|u should of} {checked the size chart|read the terms} first")
        .flags_for(COMPLAINT, "did u {even|actually} {read the email|check the link}"),
        Capability::new(
            "precaution in hindsight",
            "\"in future\" or \"next time\" with a precaution (\"before travelling\", \"to avoid fees\") to someone who complains; to a calm question it is a tip",
        )
        .flags_for("{You charged me $60 for a bag under the weight limit.|You've charged me for 900 units but I was away all month.}", "{In future, please weigh your bag at home before travelling to avoid excess fees.|Next time send us a reading before you go away.|Going forward, please measure it beforehand so you don't get charged.}")
        .quiet_for("{When is the cut-off for next-day delivery?|How do I get the student discount?}", "{In future, please order before 2pm to get next-day delivery.|Next time, please show your card at the till before paying.}")
        .quiet_for("You charged me $60 for a bag under the weight limit.", "{Next time you fly, we'll weigh it at the desk before you board.|I'm sorry about that. In future, our desk will weigh it with you before travelling.}"),
        Capability::new(
            "routine or record against their report",
            "the company's routine, an instrument or the goods at dispatch set against a complaint with no regret (\"the meter doesn't lie\", \"our crew follows a checklist\", \"it was inside when it left us\"); said proudly to no one, or with an apology and a fix, it is not",
        )
        .flags_for("{My burger was missing the cheese I paid for.|The box was empty when it arrived, just the packaging.|You've charged me for 900 units but I've been away for a month.}", "{Our crew follows a checklist for every order.|The meter doesn't lie, I'm afraid.|Our records show the item was definitely inside when it left us.|Our kitchen works to a strict process.}")
        .quiet("{The numbers don't lie: this is our best month ever, thanks to you!|Our crew follows a checklist for every order, so you can order with confidence.}")
        .quiet_for("My burger was missing the cheese I paid for.", "I'm so sorry the cheese was missing. Our crew follows a checklist, so I've passed this to the manager and refunded the burger."),
        Capability::new(
            "the record or the usual slip against them",
            "\"according to our records it was only 4 minutes late\", \"declines are nearly always down to the customer entering the wrong PIN\", \"like the booking page tells you to\", \"are you sure you entered the right PIN?\" to someone telling what happened; a status from the records, a how-to, or a defence that then acts, is not",
        )
        .flags_for("The train was 40 mins late tonight, I want delay repay.", "{According to our records the 18:05 arrived only 4 minutes late, not 40.|Our system shows it arrived on time.}")
        .flags_for("My card got declined at the shop even though I have money in my account.", "Declines like this are nearly always down to {the customer entering the wrong PIN|user error}.")
        .flags_for("I NEVER got a confirmation and the hotel says I don't exist!!", "Did you check your spam folder like the booking page tells you to?")
        .flags_for("My payment was declined twice and I was charged twice!", "Are you sure you entered the correct card number?")
        .quiet_for("My parcel was late.", "{According to our records your parcel is at the depot and will arrive tomorrow.|Our records show it left the depot at 9am today.}")
        .quiet_for("What do I do if my card declines?", "{Are you sure you entered the correct PIN? If it still fails, we can reset it for you.|Like the booking page says, check-in opens 24 hours before.}")
        .quiet_for("I never got a confirmation.", "Confirmations are always sent within 10 minutes; if yours hasn't come, I'll resend it now."),
        Capability::new(
            "the charge upheld, the letter quoted, the sale between others",
            "\"so the charge is correct\", \"as stated in our decision letter\", \"sales are agreed between buyers and sellers\", \"the guarantee only applies once ...\" to someone complaining, with no regret; to a calm question, or with an apology and a fix, it is not",
        )
        .flags_for("{Charged me after I cancelled?? this is theft|You've billed me twice this month, absolute joke.}", "{You cancelled after your billing date, so the charge for this month is correct.|The fee on this bill is valid, as the contract ran to March.|As stated in our decision letter, water damage isn't covered.|As explained in our email, the deposit is non-refundable.}")
        .flags_for("Seller sent me a smashed phone and now won't reply. You're supposed to protect buyers!!", "{Sales are agreed directly between buyers and sellers.|Our guarantee only applies once you've given the seller 3 days to reply.}")
        .quiet_for("How much is my final bill?", "{The charge for this month is correct at £25, and your last payment is on 14 Nov.|As mentioned in our email, your final bill is £25.}")
        .quiet_for("How does buying work on your marketplace?", "Sales are agreed directly between buyers and sellers, and our guarantee covers you if the item doesn't arrive.")
        .quiet_for("Charged me after I cancelled?? this is theft", "I'm sorry for the confusion. The charge for this month is correct, but I've refunded the late fee."),
        Capability::new(
            "language named, not judged",
            "\"your language was unacceptable\" judges their words; \"pick your language\" names a setting; \"have you checked X before contacting us\" lectures, \"have you had a chance to check\" asks",
        )
        .flags_for(COMPLAINT, "{Your language was unacceptable on the call.|Your behaviour has been abusive.|Have you checked the itemised bill in the app before contacting us?|Did you read the delivery notes on the order page before calling us?}")
        .quiet_for(COMPLAINT, "{Press up on your remote and pick your language.|You can change your language in Settings.|Your language settings are under Account.|Have you had a chance to check the bill in the app? It lists each charge.}"),
        Capability::new(
            "the odds against their report",
            "\"parcels marked as delivered are very rarely lost\", \"check with your neighbours before raising a claim\" to someone who says it never came; to someone asking how to report one, it is guidance",
        )
        .flags_for("Your driver marked my parcel DELIVERED but it's NOT here. Absolutely useless.", "{Parcels marked as delivered are very rarely lost.|Please check with your neighbours before raising a claim.|Items like this are extremely rarely damaged in transit.}")
        .quiet_for("How do I report a missing parcel?", "{Parcels marked as delivered are very rarely lost.|Please check with your neighbours before raising a claim.}"),
        Capability::new(
            "help held back for tone, terms set out, next time's charge",
            "\"happy to help once the language is toned down\", \"as set out in our conditions\" to someone angry with no regret, \"next time return it full and there'll be no charge\" to someone charged; a how-to to a calm question is not",
        )
        .flags_for("WORST bank ever. You blocked my card AGAIN while I'm abroad. absolute clowns", "{We're happy to help once the language is toned down.|Please tone it down and we'll help.|Hotels aren't covered for weather cancellations, as set out in our conditions of carriage.}")
        .flags_for("Got charged £40 for fuel on my hire car, nobody told me about this!!", "The fuel policy is in your agreement, so next time just return the car full and there'll be no charge.")
        .quiet_for("How does the fuel policy work?", "{Next time, return the car full and there'll be no charge.|Just return the car full and there'll be no charge.}")
        .quiet_for("WORST bank ever. You blocked my card AGAIN while I'm abroad. absolute clowns", "We can turn the volume down on the app."),
        Capability::new(
            "civility asked, the report dismissed",
            "\"we'd appreciate it if you kept things civil\", \"we haven't had anyone else report this, so it's most likely down to your phone\"; \"keep things civil in the forum\" as a rule to a calm question is a rule, and \"down to your plan\" tells what it depends on",
        )
        .flags_for("your driver took the longest route and charged me double. scam company", "{We'd appreciate it if you kept things civil.|We haven't had anyone else report this, so it's most likely down to your phone.|It's probably down to your router.}")
        .quiet_for("What are the community rules?", "{Keep it friendly and respectful, and no spoilers.|The speed you get is down to your plan; the Pro plan goes up to 900 Mbps.}"),
        Capability::new(
            "checked before it left, so it happened after",
            "\"every wheel is trued and checked before it leaves the workshop\", \"so the buckle would have happened after collection\", \"so the amount is correct\" to a bill that jumped; to a calm how-to it describes the process",
        )
        .flags_for("Picked up my bike on Saturday and the back wheel is already buckled. £60 for THIS?? Not impressed at all.", "{Every wheel is trued and checked before it leaves the workshop.|So the buckle would have happened after collection.|The damage must have been caused after delivery.}")
        .flags_for("My bill jumped from £64 to £190 this month and nothing's changed. Could you check it?", "The bill is calculated from your readings, so the amount is correct.")
        .quiet_for("How do you service wheels?", "Every wheel is trued and checked before it leaves the workshop."),
        Capability::new(
            "their side, their contract, their care",
            "to someone who complains: \"no known issues, so it may be something on your handset\", \"as we've explained in our earlier replies\", \"as I explained yesterday\", \"strictly in line with the terms, which are set out on our website\", \"once the language is kept civil\", \"as set out in the contract you agreed to\" (apology or not), \"it's worth being careful where you shop\", \"our records show a safe-place instruction was set on your account\"; to a calm question the same facts are guidance",
        )
        .flags_for("3rd time this week my 4G has dropped out in town. paying you for what exactly", "{There are no known issues with the mast in that area, so it may be something on your handset.|As we've explained in our earlier replies, refunds take 5-7 working days.|As I explained yesterday, refunds go back to the card you paid with.|Compensation is calculated strictly in line with the Delay Repay terms, which are set out on our website.|We'd be glad to help once the language is kept civil.}")
        .flags_for("still being charged for sports after i cancelled in august?!", "{Sorry to hear that. Cancellations need 31 days' notice, as set out in the contract you agreed to.|Sorry for the embarrassment. Blocks like this usually happen when card details are shared online, so it's worth being careful where you shop.}")
        .flags_for("driver left my parcel in the rain on the doorstep. soaked.", "Our records show a safe-place instruction was set on your account for that delivery.")
        .quiet_for("Is there an outage in Leeds?", "{There are no known issues in Leeds right now; if it keeps dropping, try restarting your phone.|The contract you agreed to is in your account under Documents.|It's worth being careful with the glass when you unpack it.|Our records show your account was set up in May.}"),
        Capability::new(
            "sent back to check, covered before",
            "\"please check with neighbours before reporting it missing\", \"please read it before purchasing\", \"that's usually on the user's side\" to someone let down; \"this was covered in the reply sent to you on the 3rd\" to anyone; to a calm how-to the first three are guidance",
        )
        .flags_for("package marked delivered, NOT here, 3rd time this year. what a joke", "{Please check with neighbours before reporting it missing.|Please read it before purchasing.|That's usually on the user's side.|This was covered in the reply sent to you on the 3rd.}")
        .quiet_for("How do I report a missing parcel?", "{Please check with neighbours before reporting it missing.|Please read it before purchasing.|That's usually on the user's side.}"),
        Capability::new(
            "their settings, our routine, section 7",
            "\"delivered to a safe place as per your delivery preferences\", \"our drivers always knock and wait\", \"that kind of damage usually happens when ...\", \"which are in section 7 of your T&Cs\", \"no need to take that tone\", \"please review it before contacting us again\", \"we haven't seen this reported by anyone else\" to someone let down; to a calm question the settings and the section are an answer",
        )
        .flags_for(COMPLAINT, "{Our records show it was delivered to a safe place as per your delivery preferences.|Our drivers always knock and wait before leaving a card.|That kind of damage usually happens when the box is opened from one corner.|Delivery times are in section 7 of your T&Cs.|There's no need to take that tone with us.|Please review our delivery policy before contacting us again.|We haven't seen this reported by anyone else this week.|We'd ask that it's kept civil.}")
        .quiet_for(QUESTION, "{You can set a safe place in your delivery preferences.|Delivery times are in section 7 of the T&Cs, and weekends don't count.}"),
        Capability::new(
            "on you, actually read, expected to",
            "\"it was on you to check\", \"if you actually read the handbook\", \"you've switched 5G off yourself\", \"we don't accept that a visit was missed\", \"the traveller's responsibility\", \"turned off on your end\", \"only happens when it's been dropped\", \"customers are expected to read\", \"not a single other report\" to someone let down; how-to answers to a question are not",
        )
        .flags_for(COMPLAINT, "{It was on you to check the seller's feedback before paying.|In future it would help if you actually read the handbook.|You've switched 5G off yourself in the settings.|We don't accept that a visit was missed.|Checking them is the traveller's responsibility.|It must have been turned off on your end at some point.|A crack like this only happens when a handset has been dropped.|Customers are expected to read correspondence about their own account.|We've not had a single other report from your postcode.}")
        .quiet_for(QUESTION, "{You can check the seller's feedback before paying; it's under their name.|You can turn 5G on under Settings > Mobile Data.}"),
        Capability::new(
            "all the steps, our agent said, the customer's side",
            "\"did you follow all the steps in the guide we sent?\", \"as mentioned by our agent\", \"as outlined at checkout\", \"transit times are not guaranteed\", \"please see our fair usage policy\", \"inactivity on the customer's side\" to someone let down; how-to answers to a question are not",
        )
        .flags_for(COMPLAINT, "{Did you follow all the steps in the guide we sent?|As mentioned by our agent, changes need to be requested online.|Next day delivery is dispatched the next working day, as outlined at checkout.|Transit times are not guaranteed.|Please see our fair usage policy here: https://example.com/fup|Chats close after 5 minutes of inactivity on the customer's side.}")
        .quiet_for(QUESTION, "{Orders placed before 9pm are dispatched the same day.|Our courier delivers Monday to Saturday.}"),
        Capability::new(
            "reminded, read it properly, down to your network",
            "\"as mentioned by the previous rep\", \"passengers are reminded during booking\", \"which was outlined in your original agreement\", \"GPS shows they were at your address\", \"will be down to your home network\", \"keep the chat respectful\", \"perhaps check your messages more often\", \"be more careful\", \"please double-check your selection ... in future\", \"read the guidelines properly before resubmitting\" to someone let down; the agent's own \"so I can look at your account properly\" is not",
        )
        .flags_for(COMPLAINT, "{As mentioned by the previous rep, the order was placed with your PIN.|Passengers are reminded during booking to check in online.|Your rate expired on 10/1, which was outlined in your original agreement.|Our courier's GPS shows they were at your address at 14:02.|We've had zero reports tonight, so this will be down to your home network.|I'd ask that you keep the chat respectful.|Perhaps check your messages more often.|Please be more careful with references.|Please double-check your selection before placing orders in future.|Please read the upload guidelines properly before resubmitting.}")
        .quiet_for(COMPLAINT, "{I'm so sorry. DM me so I can look at your account properly.|I'm sorry it's late; the courier's GPS shows the van is 10 minutes away.}"),
        Capability::new(
            "each month, per the agreement, the trip log",
            "\"please review your statements each month\", \"per our User Agreement, we may place holds\", \"the trip log shows the driver waited\", \"we don't offer credits for outages\" to someone let down; where the statements are, to a question, is not",
        )
        .flags_for(COMPLAINT, "{Please review your statements each month so you're aware of updates.|Per our User Agreement, we may place holds on funds.|The trip log shows the driver waited at the pickup point, so you weren't at the right spot.|We don't offer credits for outages under 24 hours.}")
        .quiet_for(QUESTION, "Your statements are in the app under Documents."),
        Capability::new(
            "from your end, highly unlikely, you'd have seen",
            "\"our records show the ride was cancelled from your end\", \"strict quality checks, so this is highly unlikely\", \"express delivery refers to dispatch\", \"please read the delivery terms\", \"which you'd have seen when you booked\" to someone let down; how delivery works, to a question, is not",
        )
        .flags_for(COMPLAINT, "{Our records show that the ride was cancelled from your end.|All items go through strict quality checks, so this is highly unlikely.|Express delivery refers to dispatch within 24 hours, not the delivery date.|Please read the delivery terms at https://example.com/terms|Refunds take up to 30 days, which you'd have seen when you booked the return.}")
        .quiet_for(QUESTION, "Express orders are dispatched within 24 hours and usually arrive the next working day."),
        Capability::new(
            "did you check before ordering",
            "\"did you double check the colour you picked before ordering?\" to someone let down is hindsight; \"could you check the colour on your order confirmation?\" to a question asks",
        )
        .flags_for(COMPLAINT, "Did you double check the colour you picked before ordering? Our system shows blue was chosen.")
        .quiet_for(QUESTION, "Could you check the colour on your order confirmation and DM us?"),
        Capability::new(
            "sarcasm remarked on, 'first we've heard', a clause number, a service's name read out",
            "\"no need for the sarcasm\", \"this is the first we've heard of that\", \"please refer to section 3\", \"next day means the next working day\" to an upset customer; to a calm question the name's meaning is an answer",
        )
        .flags_for(COMPLAINT, "{There's no need for the sarcasm|There is no need for the attitude}, we're here to help. {What's the order number?|Which order is it?}")
        .flags_for(COMPLAINT, "{This is the first we've heard of this|That's the first we have heard about it}, our couriers are {very reliable|well trained}.")
        .flags_for(COMPLAINT, "{Please refer to section 4 of our delivery terms|Kindly refer to clause 12 of the terms}.")
        .flags_for(COMPLAINT, "Next-day delivery means the next working day after {dispatch|we send it}.")
        .quiet_for(QUESTION, "Next-day delivery means the next working day after dispatch, so an order on Friday arrives on Monday. {Hope that helps!|Any other questions, just ask.}"),
        Capability::new(
            "their care, their device, their account held against them",
            "\"all bans are manually checked, so this wasn't applied by mistake\", \"glass doesn't crack without some impact\", \"it's treated as made by you\", \"you're responsible for purchases on your account\", \"did you restart it as advised?\", \"have you reported it to our team as requested earlier?\", \"no need for all the question marks\", \"as per our fare conditions\", \"worth giving the notes a read\" to an upset customer",
        )
        .flags_for(COMPLAINT, "{All bans are manually checked by our team, so this wasn't applied by mistake.|Glass doesn't crack without some kind of impact, so it counts as accidental damage.|As the payment was approved with your passcode, it's treated as made by you.|Our terms say you're responsible for purchases made on your account.|Did you restart the router as advised?|Have you reported it to our delivery team as requested earlier?|There's no need for all the question marks, how can I help?|Name changes carry a fee as per our fare conditions.|The changes were all explained in the patch notes before the update. Worth giving them a read.}"),
        Capability::new(
            "no record, checking before getting in touch, talk to us respectfully",
            "\"there's no record of a credit being promised\", \"happy to help once you can talk to us respectfully\", \"please check the dates before getting in touch\", \"did you check your receipt before you left?\" to an upset customer; \"it's working fine on our end, could you try clearing the cache?\" is troubleshooting",
        )
        .flags_for(COMPLAINT, "{There's no record on your account of a credit being promised.|We'll be happy to help once you can talk to us respectfully.|These charges are correct. Please check the dates before getting in touch.|Did you check your receipt before you left the store?}")
        .quiet_for(COMPLAINT, "{Sorry about that!|So sorry!} It's working fine on our end, could you try clearing your cache or another browser?"),
        Capability::new(
            "the call, the email and the tariff held up to them",
            "\"as mentioned on the call\", \"explained clearly in the email we sent\", \"in line with our tariff\", \"the T&Cs you signed up to\", \"which is what was sent\" to an upset customer",
        )
        .flags_for(COMPLAINT, "{As mentioned on the call, the card was cancelled because it was reported lost.|The change was explained clearly in the email we sent on the 14th.|Fees are applied in line with our tariff.|Cancellations need 30 days' notice, as in the T&Cs you signed up to.|Our records show a size 10 was ordered, which is what was sent.}"),
        Capability::new(
            "what to read first, a warning put as a rule, notice held up, capitals remarked on",
            "\"please read our help article before contacting us\", \"it's important not to close the app mid-payment\", \"as stated clearly in your terms\", \"as mentioned in our previous tweets\", \"we emailed all customers about the change\", \"there's no need for capitals\" blame; a tip to a calm question does not",
        )
        .flags_for(COMPLAINT, "{Please read the delivery FAQ before contacting us again.|It's important not to close the app while a payment is going through.|Orders must be placed by 2pm, as stated clearly in your terms.|As mentioned in our previous tweets, the courier needs a signature.|We emailed all customers about the change to delivery days in March.|There's no need for capitals, we can read you fine.}")
        .quiet_for(QUESTION, "It's worth checking the tracking page first thing; it updates at 7am."),
        Capability::new(
            "terms asked after, terms broken, doubt, checks put back on them, staffing defended",
            "\"did you read the terms?\", \"accounts are only closed when our terms are broken\", \"is it possible you missed the call?\", \"the checkout asks you to check the date before you pay\", \"it's really important to remember your password\", \"unlimited means no cap, not top speed\", \"the branch was fully staffed\", \"our records show it was ordered from your account\", \"please don't take that tone\" blame; \"did you follow the steps here?\" troubleshoots",
        )
        .flags_for(COMPLAINT, "{Did you read the terms? That voucher isn't valid online.|Accounts are only closed when our terms of use are broken.|Is it possible you missed the courier's call?|The checkout asks you to check the date before you pay.|It's really important to remember your password.|Unlimited means there's no cap, not that speeds are guaranteed.|We checked and the branch was fully staffed that day.|Our records show it was ordered from your account on the 3rd.|Please don't take that tone with our team.}")
        .quiet_for(COMPLAINT, "Sorry you're having trouble. Did you work through the steps listed here to cancel? DM us your email and we'll take a look."),
        Capability::new(
            "keep it respectful, someone else on the account",
            "\"we'd ask that you keep it civil\" and \"could someone else have used your card?\" blame",
        )
        .flags_for(COMPLAINT, "{Happy to help, but we'd ask that you keep it civil.|Our records show two orders on your account. Could someone else have used your card?}"),
        Capability::new(
            "you'll need to check, in future",
            "\"you'll need to double-check your details before ordering in future\" lectures",
        )
        .flags_for(COMPLAINT, "The order was cancelled because the postcode didn't match. You'll need to double-check your details before ordering in future."),
        Capability::new(
            "records of nothing done, discretion, routine checks",
            "\"our records show no travel notice was added\", \"refunds are at the discretion of the store manager\", \"our staff weigh every bag\" blame",
        )
        .flags_for(COMPLAINT, "{Our records show no travel notice was added to your account.|Refunds are at the discretion of the store manager.|Our staff weigh every bag at the gate, so the fee stands.}"),
        Capability::new(
            "no note of it, nobody home, a clause number, said in chat",
            "\"we can't find any record of that\", \"left a card as nobody was in\", \"which you'd have seen stated at checkout\", \"see clause 7\", \"as mentioned over the phone\", \"as stated in your T&Cs\" set our word against a complaint; the same facts given to a question with what happens next are not blame",
        )
        .flags_for(COMPLAINT, "{We cannot find a record of that on the booking.|The courier called at 2pm and left a card because nobody was in.|The fee is listed at checkout, which you would have seen mentioned before you paid.|Delivery times are set out in our terms, see clause 7 here: https://example.com/terms|As mentioned over the phone, the parcel was signed for.|Orders must be placed by 8pm as stated in your T&Cs.}")
        .quiet_for(QUESTION, "{Sure! Next-day means the next working day, so an order on Friday arrives on Monday.|Good question, it counts working days only, so Monday for a Friday order.}"),
        Capability::new(
            "worth checking first, question marks remarked on, the seller's problem, the steps sent",
            "\"it's worth checking the size chart before ordering\", \"no need for the question marks\", \"returns are the responsibility of the seller\", \"did you follow the instructions in the email we sent?\", \"we do advise all customers to\" blame a complaint; a tip to a question does not",
        )
        .flags_for(COMPLAINT, "{It's worth double-checking the postcode before ordering.|There's no need for the multiple question marks, we reply in order.|Marketplace items are the responsibility of the seller.|Did you follow the steps in the email we sent?|We do advise all customers to track parcels in the app.}")
        .quiet_for(QUESTION, "{Next-day means the next working day, so Monday for a Friday order. You can track it in the app.}"),
        Capability::new(
            "we did reply, at no point, the website states",
            "\"we did reply to you yesterday\", \"at no point were you told\", \"the website states stock is an estimate\", \"as stated on our contact page\" set our word against a complaint",
        )
        .flags_for("{I was told on the phone the upgrade was free and nobody has replied since!!|The app said it was in stock, I travelled an hour and you never even answered my email.}", "{We did reply to you yesterday at 4pm, please check your messages.|We've checked the call and at no point were you told it was free.|The website states stock levels are estimates.|We'd recommend calling ahead, as stated on our contact page.}"),
        Capability::new(
            "did you look there first",
            "\"did you have a look there first?\" doubts they read before complaining",
        )
        .flags_for(COMPLAINT, "{It's in the FAQ linked on every page. Did you have a look there first?}"),
        Capability::new(
            "like we advised, shown at booking, the fare rules",
            "\"did you check like we advised?\", \"this was shown clearly at the time of booking\", \"as stated in the fare rules\" blame a complaint",
        )
        .flags_for(COMPLAINT, "{Did you check with the neighbours like we advised?|Bags weren't included. This was shown clearly at the time of booking.|Saver fares are non-refundable, as stated in the fare rules.}"),
        Capability::new(
            "we'd always advise, consistent with being dropped",
            "\"we'd always advise customers never to\" lectures, \"the damage is consistent with it being dropped\" puts it on them",
        )
        .flags_for(COMPLAINT, "{We'd always advise customers never to leave parcels outside.|From the photos, the damage is consistent with the box being dropped.}"),
        Capability::new(
            "set out in, the info we sent, trained to, double-check before",
            "\"as set out in your contract\", \"did you read the returns info we sent?\", \"our staff are trained to be polite\", \"please double check your address before ordering\" blame a complaint",
        )
        .flags_for(COMPLAINT, "{Prices rose in April, as set out in your contract terms.|Did you read the returns info we sent you?|Our staff are trained to treat every customer with respect.|Please double check your saved address before placing orders.}"),
        Capability::new(
            "names called back, the case said to stand",
            "\"there's no need to call us names\", \"we don't appreciate being called liars\", \"calling our staff clowns won't help\", \"it's hurtful to call us that\", \"abuse won't be tolerated\", \"the information you were given is correct\", \"we believe your complaint was handled appropriately\", \"the driver followed the correct procedure\" answer a complaint with a remark or a wall; to a calm question, the same facts told with an answer do not",
        )
        .flags_for(COMPLAINT, "{There's no need to call us names.|We don't appreciate being called liars.|Calling our staff clowns won't help anyone.|It's hurtful to call us that.|Abusive messages will not be tolerated.|The information you were given is correct.|We believe your complaint was handled appropriately.|The driver followed the correct procedure.}")
        .quiet_for(QUESTION, "{The information on our delivery page is correct: next-day orders arrive Monday to Saturday.|Your claim was processed correctly and the refund is on its way.}"),
        Capability::new(
            "the use of that language",
            "\"please avoid using that kind of language\" and \"using such language won't help\" remark on tone",
        )
        .flags_for(COMPLAINT, "{I would ask you please to avoid using that kind of language.|Using such language towards our team won't get this resolved faster.}"),
        Capability::new(
            "bound by rules, quality disclaimed, the charter linked",
            "to an upset customer with no regret: \"we are required to comply with the regulations\", \"we cannot guarantee the quality of third-party chargers\", \"seat requests are not guaranteed\", \"here's a link to our customer charter\", \"the information pertaining to your account change is correct\"; the same told to a calm question is an answer",
        )
        .flags_for(COMPLAINT, "{We are required to comply with the courier regulations.|We cannot guarantee the quality of third-party chargers.|Seat requests are not guaranteed.|Here's a link to our customer charter.|The information pertaining to your account change is correct.}")
        .quiet_for(QUESTION, "{We are required to comply with the courier regulations, so weekend delivery isn't offered.|Seat requests are not guaranteed, but we'll note yours.|Here's a link to our customer charter.}"),
        Capability::new(
            "disbelief shared, help offered for later",
            "\"I can't believe that, either. I'm so sorry\" shares their disbelief; \"if there's anything else you need in the future, feel free to reach out\" invites; \"we don't believe that a visit was missed\" still doubts them",
        )
        .quiet_for(COMPLAINT, "{I can't believe that, either. I'm so sorry.|Should you need anything else later on, feel free to reach out to us here.}")
        .flags_for(COMPLAINT, "{We don't believe that a delivery was missed.}"),
        Capability::new(
            "insisting they were told",
            "\"we did tell you it could take 10 days\" and \"you were already informed of the delay by email\" answer a complaint with the record; \"you were notified when it shipped, and it's due Friday\" answers a question",
        )
        .flags_for(COMPLAINT, "{We did tell you it could take 10 days.|You were already informed of the delay by email.}")
        .quiet_for(QUESTION, "{You were notified by email when it shipped, and it's due Friday.}"),
        Capability::new(
            "what they would have known, the wait minimised, calm asked for",
            "to a complaint: \"you'd know this if you'd read the confirmation email\", \"it says clearly on the website\", \"there's no need to get upset\", \"let's keep it calm\", \"it's only been a week\"; to a calm question, \"it's only been two days, so it should arrive tomorrow\" and \"there's no need to worry\" reassure",
        )
        .flags_for(COMPLAINT, "{You'd know this if you'd read the confirmation email.|It says clearly on the website that delivery takes 5 days.|There's no need to get upset.|Let's keep it calm, please.|Please be patient, it's only been a week.}")
        .quiet_for(QUESTION, "{It's only been two days, so it should arrive tomorrow.|There's no need to worry, it's on its way.|You would have seen a tracking link if you had opted in, and I've sent it now.}"),
        Capability::new(
            "what we see, set against their word",
            "to \"nobody has replied to me\" or \"you never answered\": \"it looks like we replied on the 3rd\" and \"it appears we already emailed you\"; said with an apology, or to a calm question, it is not blame",
        )
        .flags_for("{I still haven't heard back from anyone, it's been a week!!|Nobody has replied to my email. Third time asking.|you never answered my complaint, this is useless}", "{It looks like we replied to your email on the 3rd. Check your spam folder.|It appears we already emailed you about this.}")
        .quiet_for("{I still haven't heard back from anyone, it's been a week!!|Nobody has replied to my email. Third time asking.}", "Sorry for the trouble. It looks like we replied to your email on the 3rd; I've resent it now.")
        .quiet_for("{Did you get my email about the refund?|Has my form come through?}", "{It looks like we replied to your email on the 3rd.|It appears we already emailed you about this.}"),
        Capability::new(
            "their words judged",
            "\"that's quite a statement\", \"quite an accusation\", \"those are strong words\" and \"that's a bold claim\" answer an angry customer's words, not their problem; \"quite a wait\" and \"a strong signal\" do not",
        )
        .flags_for(COMPLAINT, "{That's quite a statement|That's quite an accusation|Those are strong words|That's a bold claim|That's quite a thing to say}. Could you tell us what went wrong?")
        .quiet_for(COMPLAINT, "{I'm sorry, that's quite a wait|Sorry about this, you need a strong signal for the app to sync}. Could you tell us what went wrong?"),
        Capability::new(
            "told again, or told it was sent",
            "\"as requested earlier, reply to the email\", \"as instructed before, check your inbox\", \"did you happen to check our reply?\", \"an email has already been sent to you\", \"my colleague has already advised you to check your spam folder\" repeat or doubt; \"as requested, here's your invoice\" and a resend with an apology do not",
        )
        .flags_for(COMPLAINT, "{As requested earlier, reply to the email we sent.|As instructed before, check your inbox for our reply.|Did you happen to check our reply in your inbox?|Have you happened to see the email we sent?|An email has already been sent to you about this.|A reply has already been shared with you by email.|My colleague has already advised you to check your spam folder.}")
        .quiet_for(COMPLAINT, "{Sorry for the wait! As requested, here's the tracking link: https://example.com/t|I'm sorry it hasn't reached you. An email has already been sent, and I've resent it now.}")
        .quiet_for(QUESTION, "{An email has already been sent with the delivery date.|As requested, here is the link to the delivery options: https://example.com/d}"),
        Capability::new(
            "the staff's word, a status defined, a miss supposed",
            "to \"my parcel never arrived\": \"it was delivered according to our driver\", \"our courier says he left it with a neighbour\", \"the parcel shows as delivered\", \"'Delivered' means it reached your address\", \"perhaps you missed the card\", \"in future, make sure someone is home\"; with an apology, or to a calm question, not blame",
        )
        .flags_for("{My parcel never arrived and nobody is answering, this is ridiculous!|It never came. Useless!!}", "{It was delivered according to our driver.|Our courier says he left it with a neighbour.|I'm not sure what you mean, the parcel shows as delivered.|Delivered means the parcel reached your address.|Perhaps you missed the card we left.|In future, make sure someone is home to sign.}")
        .quiet_for("{My parcel never arrived and nobody is answering, this is ridiculous!|It never came. Useless!!}", "I'm so sorry it hasn't reached you. Our courier says he left it with a neighbour, so I've opened a claim and a replacement ships today.")
        .quiet_for(QUESTION, "{According to our courier, it's out for delivery today.|Our driver says he'll be with you before 6pm.|Perhaps you'd like a text when it's near? Reply YES.}"),
        Capability::new(
            "what they must have done, in any verb",
            "\"you must have broken the rules\", \"you must have forgotten\", \"items must have been moved or consumed during your stay\" doubt their account; \"you must have felt let down\" and \"it must have been lost in transit\" do not",
        )
        .flags_for(COMPLAINT, "{You must have broken the rules.|You must have forgotten to confirm it.|You must have misunderstood the offer.|The items must have been moved or consumed during your stay.|It must have been dropped while in your care.}")
        .quiet_for(COMPLAINT, "{I'm sorry, you must have felt let down. I've sent a replacement today.|I'm sorry, it must have been lost in transit. I've sent a replacement today.}"),
        Capability::new(
            "the terms pointed to without \"as\", what they accepted, every page",
            "\"fees are disclosed in your account agreement\", \"which you accepted when opening the account\", \"as noted on every product page\" to someone telling of a failure or upset, with no regret; to a calm question the same terms are an answer",
        )
        .flags_for("my parcel wasn't delivered and you charged me a redelivery fee", "{Redelivery fees are disclosed in your delivery terms.|The fee was outlined in your service agreement.|The fee is set out in the terms, which you accepted when you placed the order.}")
        .flags_for("the shop said out of stock, your site says in stock. STOP lying!!", "Store stock is separate, as noted on every product page.")
        .quiet_for("is there a fee for redelivery?", "{Redelivery fees are disclosed in your delivery terms.|The fee is outlined in your service agreement.}")
        .quiet_for("my parcel wasn't delivered and you charged me a redelivery fee", "I'm sorry about this. Redelivery fees are disclosed in your delivery terms, but I've refunded this one."),
        Capability::new(
            "a failure told as what did not happen",
            "\"my prescription wasn't ready when the app said it was\", \"the update hasn't arrived\" tell of a failure with no failure word; the fine print held up to them with no regret blames, as it does to \"it was late\"",
        )
        .flags_for("{my prescription wasn't ready when the app said it was|the refund still hasn't come through|my order didn't arrive on the day you said}", "{The ready message refers to the order being received, as explained in our FAQ.|Times are counted in business days, as stated in our terms.}")
        .quiet_for("{my prescription wasn't ready when the app said it was|the refund still hasn't come through}", "Sorry about this! Times are counted in business days, as stated in our terms, and I've chased it for you."),
        Capability::new(
            "care urged as important, after the fact",
            "\"it's important to always check the label before you leave the counter\" told to someone whose pharmacy got it wrong lectures them; asked how to take the tablets, the same words are guidance",
        )
        .flags_for("{the pharmacy gave me the wrong strength of my tablets|your store sold me the wrong size AGAIN}", "{It's important to always check the label before you leave the counter.|It's best to check your items before you leave the store.|It's wise to double-check the size before leaving the shop.} Can you DM us the branch name?")
        .quiet_for("{what should I look for when I pick up my tablets?|how do I know the size is right?}", "{It's important to always check the label before you leave the counter.|It's best to check your items before you leave the store.}"),
        Capability::new(
            "the act concluded to be theirs",
            "\"so this was activated from your device\" and \"which means it was authorised with your password\" told to someone who says they never did it doubt their account",
        )
        .flags_for("{your app charged me for a subscription i NEVER signed up for. absolute scam|I was charged for an order I never made!}", "{Subscriptions can only be started with your password or Face ID, so this was activated from your device.|Purchases need your PIN, which means it was authorised with your password.|Our checks show it was placed on the account, so it was ordered from your phone.}"),
        Capability::new(
            "our promise from now on, the past that did not happen, the fault said impossible",
            "\"we'll make sure the bus runs on time from now on\" is our promise, not a lecture; \"if you'd read the welcome email you'd have seen ...\", \"if you'd added a safe place the driver would have left it\" and \"our meters don't make mistakes\" put it on them",
        )
        .quiet_for(COMPLAINT, "{We're sorry. We'll make sure your parcels arrive on time from now on.|Sorry about this, I will make sure it's checked from now on.}")
        .flags_for(COMPLAINT, "{If you'd read the confirmation email you'd have seen the delivery date.|If you'd added a safe place, the driver would have left it there.|If you had checked the tracking you would have known it was delayed.|Our scanners don't make mistakes.|The system never gets it wrong.}"),
        Capability::new(
            "the fault handed back, the staff's word or a photo against theirs, others' silence",
            "\"the responsibility lies with you\", \"it's your responsibility\", \"the driver has confirmed he handed it to you\", \"we have a photo of the parcel at your door\", \"nobody else on your street has reported a problem\", \"you were told at the time\", \"you misunderstood\", \"have you actually asked them?\" to a complaint; \"there's no record of the driver's scan, so I've sent a replacement\" takes their side",
        )
        .flags_for(COMPLAINT, "{The responsibility lies with you to give a correct address.|It's your responsibility to be in for the delivery.|The driver has confirmed he handed it to you personally.|We have a photo of the parcel at your door.|Nobody else on your street has reported a problem.|You were told at the time that it could take 10 days.|It seems you misunderstood how next-day delivery works.|It's likely a neighbour took it in, have you actually asked them?}")
        .quiet_for(COMPLAINT, "{I've checked and there's no record of the driver's scan, so I've sent a replacement for tomorrow.|Sorry! There's no record of the delivery, so I've refunded you today.}"),
        Capability::new(
            "what they would have been told, said as settled",
            "\"so this would have been discussed with you on the day\" supposes their account away; \"this should have been discussed with you, and I'm sorry it wasn't\" owns it",
        )
        .flags_for(COMPLAINT, "{Engineers only route cables where the customer has agreed, so this would have been discussed with you on the day.|The fee would have been explained to you at the till.}")
        .quiet_for(COMPLAINT, "{This should have been discussed with you, and I'm sorry it wasn't. I've booked a fix for Monday 9am.}"),
        Capability::new(
            "told last week, the contract with the seller, advice to actually read",
            "\"as we explained last week\", \"if you'd read the terms you would know\", \"your purchase contract is with the third-party seller, so take this up with them\", \"which we'd recommend actually reading\" to a complaint; \"we explained it to the store last week and they've fixed it\" reports",
        )
        .flags_for(COMPLAINT, "{As we explained last week, points can take up to 6 weeks to post.|If you'd read the terms when you signed up you would know the notice period is 30 days.|Your purchase contract is with the third-party seller, not with us.|You'd need to take this up with the seller directly.|The details were all in the letter we sent, which we'd recommend actually reading.|Shouting at us in capitals won't speed things up.}")
        .quiet_for(COMPLAINT, "{We explained it to the store last week and they've fixed it, sorry for the wait.}"),
        Capability::new(
            "their account doubted as a question",
            "\"are you sure you're not looking at a pending payment?\", \"are you sure you weren't logged in twice?\" doubt what they say happened; \"are you sure you'd like to cancel?\" checks what they want",
        )
        .flags_for(COMPLAINT, "{Are you sure you're not looking at a pending payment?|Are you sure you weren't logged in on two devices?|Are you certain you're not thinking of a different order?}")
        .quiet_for(COMPLAINT, "{Sorry about this. Are you sure you'd like to cancel the order?|Sorry about this. Are you sure you want the refund to go to the old card?}"),
        Capability::new(
            "a lecture for next time, with what it is for",
            "\"to avoid this in future, please make sure your details are up to date so we can reach you\" lectures; \"in future we'll make sure you're told\" is our own promise",
        )
        .flags_for(COMPLAINT, "{To avoid this in future, please make sure your contact details are up to date so we can reach you.|In future, please check your junk folder so we can be sure our emails reach you.}")
        .quiet_for(COMPLAINT, "{Sorry. In future we'll make sure you're told by text.|Sorry about this. In future our drivers will call ahead.}"),
        Capability::new(
            "others fine, so it's theirs; what they agreed to, held up to them",
            "\"nobody else has flagged this, so it's most likely on your phone\", \"everyone else on board seems to be connected without any problems\", \"it was explained in the email you received\", \"which you confirmed before paying\", \"the driver followed your instructions\", \"it's always best to check before ordering\" to a complaint; \"we've had no other reports, so I've asked an engineer to look\" acts",
        )
        .flags_for(COMPLAINT, "{Nobody else has flagged this, so the problem is most likely on your phone.|Everyone else on the train seems to be connected without any problems.|It was explained in the confirmation email you received.|It's explained in the confirmation email you received.|The fee is set out in the letter you got.|The delivery slot was shown in your order summary, which you confirmed before paying.|You chose 'leave with neighbour', so the driver followed your instructions.|It's always best to check the delivery date before ordering.}")
        .quiet_for(COMPLAINT, "{Sorry about this. Nobody else has flagged it yet, so I've asked an engineer to look at your line today.}"),
        Capability::new(
            "regret taken back by \"but\" or \"however\"",
            "\"we're sorry it got wet; however, you chose 'safe place', so the driver followed your instructions\" and \"we understand, but it was in the order summary you confirmed\" still hold the fault up to them; \"sorry, but I've refunded the fee\" acts",
        )
        .flags_for(COMPLAINT, "{We're sorry the parcel got wet. However, you chose 'leave in safe place' at checkout, so the driver followed your instructions.|We understand the frustration, but the date was shown in your order summary, which you confirmed before paying.|Sorry about that, but it was explained in the confirmation email you received.}")
        .quiet_for(COMPLAINT, "{We're sorry the parcel got wet. However, I've sent a replacement that arrives tomorrow.|Sorry about that, but I've refunded the delivery fee today.}"),
        Capability::new(
            "long email",
            "a lecture at each place of a long email; a neutral tip does not flag",
        )
        .in_long_email(None, "{You should have checked the size chart before ordering.|As I already told you, refunds take five days.}", true)
        .in_long_email(None, "The size chart is on each product page, under the photos.", false),
    ]
}

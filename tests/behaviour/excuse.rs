//! excuse: explains why something went wrong or cannot be done (the system, processing time,
//! weather, a line fault, another party) and stops there: no fix, remedy or next step for
//! this customer. With a concrete next step (contact X, a tip, a refund link) it is not.

use super::template::{slot, Capability};

/// Causes of a failure, each a full clause.
const CAUSES: &[&str] = &[
    "the van broke down on the way to you",
    "the delay was caused by heavy snow",
    "the courier missed the delivery slot",
    "our system was down for maintenance",
    "the manufacturer is behind on stock",
    "high demand has slowed order processing",
    "the power company cut the supply to the area",
    "the warehouse was short of staff this week",
];

/// Remedies and next steps for this customer.
const REMEDIES: &[&str] = &[
    "so I've refunded the delivery charge",
    "and I've booked a new delivery for tomorrow morning",
    "so please claim a refund here: https://example.com/claim",
    "and you can claim compensation at https://example.com/delay",
    "so I've sent a replacement by express post",
];

/// A customer whose order is late.
const LATE: &str =
    "{My order is four days late, what is going on?|Where is my parcel? It was due on Monday!}";
/// A customer whose train is late.
const TRAIN: &str = "{Why is my train late AGAIN? Been stood here 40 minutes.|The 08:10 is still not here, what's happening?}";

pub fn suite() -> Vec<Capability> {
    let causes = slot(CAUSES);
    vec![
        Capability::new(
            "causes",
            "a cause and nothing else, over system, weather, line, courier, supplier, demand",
        )
        .flags_for(LATE, &format!("{{Sadly|Unfortunately|Just so you know,}} {causes}.")),
        Capability::new(
            "another party",
            "pointing at another party and stopping there",
        )
        .flags_for(LATE, "{The carrier|The manufacturer|Your bank|Another department|Our delivery partner} {is responsible for the delay|sets the timing, not us|has the parcel now}{.| and it's out of our hands.}")
        .flags_for(LATE, "{Our supplier|The warehouse|The courier} {sent|shipped|packed} the wrong {batch|size|parcel}.")
        .flags_for(LATE, "{The courier|The manufacturer|Our supplier|The airline} {lost|damaged|changed|cancelled|discontinued|delayed} {the parcel|the design|the order|the flight}.")
        .flags_for(LATE, "{The bank|The carrier} takes {5-7 days|a week} to process it, {that's on their side|it's on their end}.")
        .flags_for(LATE, "{The manufacturer|Our supplier|The airline} {recalled|withdrew|suspended} {that batch|the product|the route}.")
        .flags_for(LATE, "{The system|Our payment system|The bank} {flagged|blocked|declined} your payment{.| as unusual.}")
        .flags_for(LATE, "{The seller|Our supplier|The warehouse} {shipped|sent|dispatched} it {late|a day late}.")
        .flags_for(LATE, "{The warehouse|The depot|The factory} was closed {for the bank holiday|over the weekend}.")
        .flags_for(LATE, "{The bank|Your bank|The carrier} {takes|needs} a few {days|working days} to release it.")
        .flags_for(LATE, "{Demand was higher than expected|Demand has been higher than usual}, so {stock ran out|we ran out}.")
        .flags_for(TRAIN, "{The timetable|The schedule} {changed|was changed} on Sunday, so that service no longer runs.")
        .flags_for(LATE, "{A freight train|The van|The lift|A pump} broke down {this morning|overnight}.")
        .flags_for(LATE, "{Our supplier|The warehouse|The new system} had {a fire|a flood|some teething problems|a leak} {last week|this month}.")
        .flags_for(LATE, "{The wholesaler|Our distributor} didn't deliver our order {yesterday|this week}.")
        .flags_for(LATE, "We're seeing {very high demand|a huge volume of orders} {after the sale|this week}.")
        .flags_for(LATE, "{It|Timing} depends on the {rights holder|seller|courier}.")
        .flags_for(LATE, "{Sorry for the wait.|Apologies.} {The courier|Our carrier|The delivery partner} {handles|looks after|manages} {parcels|all deliveries|the delivery} once {they leave|it leaves} {us|our warehouse}.")
        .flags_for("{Still no refund after two weeks.|Where is my refund?? It's been ages.}", "{Sorry about that.|Apologies for the wait.} Refunds {go|are processed} {through|via} our {payment partner|card processor|bank}.")
        .flags_for(LATE, "{Apple|Google|The manufacturer|Your bank} is still {reviewing|processing|approving} {the update|it|the request}.")
        .flags_for("{Still no refund after two weeks.|Where is my refund?? It's been ages.}", "That's {down to|all down to} how your {bank|card issuer} {works|handles it}."),
        Capability::new(
            "cause by its effect",
            "a cause told through what it led to, British \"down to\", a party's decision, a busy or short-handed party",
        )
        .flags_for(LATE, "{The storm|A fault at the depot|The strike} {led to|resulted in} {delays|a backlog} {across the network|this week}.")
        .flags_for(LATE, "The {delay|mix-up} was {down to|all down to} {the weather|our courier|a fault at the depot}.")
        .flags_for(LATE, "{Our warehouse has been|The depot has been|Our kitchens have been} {extremely|very} busy this week.")
        .flags_for(LATE, "The {weather|bad weather} has {affected|disrupted|hit} deliveries across the region.")
        .flags_for(LATE, "{Sadly|Unfortunately}, {the show|the match|the event} was {pulled|cancelled|postponed} by the {broadcaster|organiser's partner|network} at short notice.")
        .flags_for(LATE, "{Our warehouse is|The courier is} {dealing|coping} with a {very high|record} volume of orders{ at the moment| this week}.")
        .flags_for(LATE, "{Our delivery partner|The courier|The engineer} {had a backlog|had a breakdown|couldn't come} {over the weekend|yesterday}.")
        .flags_for(LATE, "{The refund took longer|The wrong item went out|Your card was declined|The booking showed an error} because {the finance team had to approve it|the warehouse system was updating|the bank's system was down}.")
        .flags_for(LATE, "{Our engineers|The team|Our drivers} had more urgent {jobs|calls} {today|this week} as it's our busiest {time of year|week}.")
        .flags_for(LATE, "There's {a fault|an outage} in your area that {our engineers are aware of|we know about}.")
        .flags_for(LATE, "{A supplier of ours|One of our hosting partners} is having {an outage|a fault} {tonight|today}, which is causing the {slow pages|errors} you're getting.")
        .flags_for(LATE, "{Yesterday's storm|High winds overnight} damaged {a mast|the line} near you, which is why {the signal is down|there's no service}.")
        .flags_for(LATE, "An update {the bank|our payment provider} pushed {on Friday|last week} broke {card payments|the checkout} for {some shops|a few sites}.")
        .flags_for(LATE, "The {firmware|new version} is held up in {testing at the platform|review by the store} and it's taking longer than planned.")
        .flags_for("{Why hasn't my refund shown up?|Where is the refund you promised?}", "We sent it {on the 2nd|last Tuesday}, but your {bank's|card issuer's} processing {times decide|rules determine} when it appears.")
        .flags_for("{I never got the code email!|Still no verification email.}", "Some {mail providers|email providers} {hold|delay} messages like ours for {a while|an hour or so}.")
        .flags_for("{Why was I charged twice?|There are two payments on my card!}", "The second one is a hold placed by your bank's system after the first attempt timed out.")
        .flags_for(LATE, "{Our depot has been handling|The kitchen is getting} a {huge|record} volume of orders {since Friday|tonight}.")
        .flags_for(LATE, "We've had {supply|stock} issues with {two of our suppliers|a supplier} this week.")
        .flags_for(LATE, "{The line|The cable|Our fibre} was {cut|damaged} by {contractors|a third party} {working nearby|digging in the road}.")
        .flags_for(LATE, "{Our engineers|The technicians|Our crews} are all out on {emergency jobs|other jobs|urgent call-outs} today.")
        .flags_for(LATE, "{Your card|The payment|Your account} was {flagged|frozen|locked} by {our fraud system|the bank's fraud system}.")
        .flags_for(LATE, "{The courier|DPD|Our carrier} {has had|had} a backlog {since the storm|this week}.")
        .flags_for(LATE, "The {signal box|exchange} was {damaged|flooded} in {the storm|last night's flood}, which is why {trains are slow|the line is down}.")
        .quiet_for("Loved the new menu!", "Thank you! It was a really busy night when it launched, so we're glad you got to try it.")
        .flags_for("Where has my favourite show gone?", "It left on the 1st when our {licence|deal} with the {studio|distributor} {ended|expired}.")
        .quiet_for("{When is the gym quiet?|What's the best time to come in?}", "{Monday evenings|Saturday mornings} are our busiest time; {weekday mornings|Sunday afternoons} are much calmer."),
        Capability::new(
            "rare cases",
            "\"in rare cases delays may occur\": a generic cause with no remedy",
        )
        .flags_for(LATE, "{In rare cases|Occasionally|Sometimes|From time to time}, {delays|errors|mix-ups} {may occur|can happen}.")
        .flags_for(LATE, "{In rare cases|Occasionally} the {system|app|website} {may|can} fail to send the {confirmation|tracking} email.")
        .flags_for(LATE, "{Printers|Phones|Devices} can {sometimes|occasionally} develop {faults|a fault|problems}.")
        .flags_for(LATE, "{The latest update|A labelling error at the depot|The bank holiday} {has caused delays|caused problems with some orders|slowed down processing} this week.")
        .flags_for(LATE, "{We had a server issue overnight|The engineer called in sick this morning|The broadcaster holds the rights in your region|Our drivers are very busy on Friday nights}.")
        .flags_for("Why can't I find the podcast anymore?", "The {creator|artist|label} {removed|pulled} it {last week|from the platform}."),
        Capability::new(
            "processing time",
            "processing or queue times given as the explanation, a kind of item's longer processing time, or many factors deciding it; to someone asking how it works they answer",
        )
        .flags_for("{Where is my refund??|Still no refund after two weeks.}", "{Refunds|Bank transfers} can take up to {10 working days|two weeks} {due to bank processing times|because of the volume of requests|as our finance team is very busy}.")
        .flags_for("{Where is my new plan? It's been two days.|My upgrade still isn't showing.}", "It {may|can} take {up to 24 hours|a few days} for the {new plan|upgrade} to {appear|show} on your account.")
        .flags_for("{It's been two weeks and still no refund.|Where is my refund? Getting annoyed now.}", "Refunds {usually|normally|typically} {show|appear|take} {within|up to} {5 working days|a week}{, depending on your bank|}.")
        .flags_for("{I've emailed three times about my refund and heard nothing.|Still no refund after two weeks. Ridiculous.}", "Refunds take {14|10} days to process.")
        .quiet_for("{How long does a refund take to show?|How long do refunds take?}", "Refunds {usually|normally} {show|appear} within {5 working days|a week}{, depending on your bank|}.")
        // How long something takes, told to someone who is not waiting, is information.
        .quiet_for("{How do I upgrade my plan?|Can I switch to the yearly plan?}", "{Done!|All set.} It {may|can} take {up to 24 hours|a few days} for the {new plan|upgrade} to {appear|show} on your account.")
        // Said of a kind of item, or put down to many things.
        .flags_for(LATE, "{Some items have a longer processing time.|Certain products have an extended dispatch period.|Delivery dates are worked out based on several factors, like stock and your address.|Estimates can change depending on a number of factors.}")
        .quiet_for("{Why do some orders come later?|How are delivery dates worked out?}", "{Some items have a longer processing time, shown on the product page.|Delivery dates are worked out based on several factors, like stock and your address.}")
        // With no customer (a macro), a bound on the wait is the time to expect.
        .quiet("Your new profile picture {may|can} take up to {24 hours|2 days} to {update|show everywhere}."),
        Capability::new(
            "tense",
            "the same cause in past, perfect, progressive and future",
        )
        .flags_for(TRAIN, "The service {was delayed|has been delayed|is running late|will be delayed} {because of|due to|owing to} {a signal fault|flooding on the line}."),
        Capability::new(
            "voice",
            "the same cause in active, passive and \"there was\" forms",
        )
        .flags_for(TRAIN, "{A signal fault delayed the service|The service was delayed by a signal fault|There was a signal fault, which delayed the service|The service is late: a signal failed near the station}{.| this morning.}"),
        Capability::new(
            "cause and remedy",
            "hard negative: a cause followed by a concrete remedy or next step",
        )
        .quiet_for(LATE, &format!("{{The delay was caused by heavy snow|The courier missed the delivery slot}}, {}.", slot(REMEDIES))),
        Capability::new(
            "remedy in its own clause",
            "hard negative: the cause, a semicolon, then the remedy; or the cause, then where the thing can be had",
        )
        .quiet_for(LATE, "{The parcel|Your order} missed the van because it reached the depot late; it's on today's van instead{, due by 6pm|, arriving before noon}.")
        .quiet_for(LATE, "The {show|series} was pulled by the broadcaster, but {the full series|every episode} is {available|still available} {on demand in the app|in our catalogue}."),
        Capability::new(
            "distance",
            "hard negative: the remedy a paragraph after the cause",
        )
        .quiet_for(LATE, "{The delay was caused by heavy snow.|Our system was down for maintenance.}\n\n{|Your order reference is K4471.\n\n}{I've refunded the delivery charge in full.|You can claim compensation at https://example.com/delay|I've sent a replacement by express post.}"),
        Capability::new(
            "problem denied",
            "hard negative: a problem denied in its own clause reassures (\"no risk of being charged twice, as ...\")",
        )
        .quiet("{There's no risk of being charged twice|You haven't been charged twice|Your order was not cancelled}, as the first payment {failed|didn't go through}.")
        .quiet_for(LATE, "There's no {fault|outage} in your area{ right now| today}, so {let's try a restart of the router|could you try another cable}?"),
        Capability::new(
            "fix told as a fact",
            "hard negative: a cause and what fixes it (\"updating to 3.2 fixes it\"), or the fault named only as what a fix acts on",
        )
        .quiet_for(LATE, "{That's a known issue with the old firmware|It's a known bug in version 3.1}{;|.} {updating to 3.2 fixes it|the latest update should fix it|a restart usually clears it}.")
        .quiet_for(LATE, "{The engineer's visit on Tuesday|Tomorrow's update|A new router} should {sort|fix|resolve} the {line fault|sync error|connection problem}."),
        Capability::new(
            "remedy done, then the wait",
            "hard negative: the remedy already given, then why it takes time to show",
        )
        .quiet_for("{Where is my refund??|Still no refund after two weeks.}", "The refund was {issued|sent|processed} on 2 May; your bank may take a few days to show it."),
        Capability::new(
            "already put right",
            "hard negative: the cause, then that it is fixed or the new time",
        )
        .quiet_for(TRAIN, "The service was delayed {by a signal fault|due to a power cut}. {Everything is back up and running now.|It has been fixed and trains are running normally.|The new departure time is 14:20.|Everything's back online now.|Your ticket is valid on the next train too.}")
        .quiet_for(LATE, "{The warehouse was closed for the bank holiday|The seller shipped it late}, and your order {ships first thing tomorrow|arrives on Friday}.")
        .quiet_for(LATE, "Our system flagged your payment, so I've {approved it manually|unblocked it}.")
        .quiet_for(LATE, "{Your card was flagged by our fraud system|The cable was cut by contractors}, so {I've cleared it and you can retry now|our engineers will have it fixed by 6pm today}.")
        .quiet_for("{Still no refund after two weeks.|Where is my refund?? It's been ages.}", "Sorry! Refunds go through our payment partner, and I've asked them to {push yours through today|release it today}.")
        .quiet_for(LATE, "{The carrier handles it once it leaves us|Our courier looks after deliveries}, so I've opened a trace with them and will email you by Friday.")
        .quiet_for(LATE, "It's being routed through Leeds because of a road closure near your depot. It's still due {tomorrow|today}.")
        .quiet_for(TRAIN, "The timetable changed on Sunday; the 8:15 now {leaves at 8:20|departs at 8:25} from platform 2.")
        .quiet_for("We've been at the gate for an hour with no news!", "Sorry for the silence. The flight is delayed for a crew change and is now due to {board at 3:10pm|depart at 3:40pm}.")
        .quiet_for(LATE, "{The refund took longer|The payment was declined} because {the bank was closed|the bank's system was down}, {but the money landed in your account this morning|and it has since gone through}."),
        Capability::new(
            "another place has it",
            "hard negative: the cause, then where the thing still is or what still works",
        )
        .quiet_for(LATE, "The kitchen is short-staffed today, sorry! The {café|kiosk|restaurant} on platform 2 {has hot food|serves meals} until 8pm.")
        .quiet_for("Why can't I find the podcast anymore?", "The {creator|artist} removed it last week, sorry. {The creator's site has the full archive.|Episodes you downloaded will still play offline.}")
        .quiet_for(LATE, "{The latest update caused it|We had a server issue overnight}. {Turning background refresh off should help; here's how: https://example.com/help|Patch 2.1 fixes it and is out now.}")
        .quiet_for("Where's my parcel?? It said out for delivery yesterday.", "Sorry it didn't arrive. The driver ran out of time on the route, so it's {first on the list|the first stop} this morning.")
        .quiet_for("Where is my refund? It's been a week, really annoyed.", "I'm sorry for the wait. Refunds usually take 5-7 days to appear, and yours was issued yesterday.")
        .quiet_for("Do you ship to Canada?", "Sadly we don't ship outside the US yet because of customs setup, sorry! Our Canadian {stockist carries|retailer stocks|reseller sells} most of the range though."),
        Capability::new(
            "who does what, asked",
            "hard negative: who handles a thing, told to someone asking how things work, answers them",
        )
        .quiet_for("{Who delivers to Ireland?|Which courier do you use for Ireland?}", "{Hi!|Hey,} {Our courier partner DPD|Our carrier} {handles|looks after} all deliveries to Ireland{ :)|.}")
        .quiet_for("{How do refunds work with PayPal?|Is my card safe with you?}", "{Payments|Refunds} go through {PayPal|our payment partner}, so we never see your card number.")
        .quiet_for("{Who runs the Tuesday quiz?|Is the quiz on tonight?}", "The venue {handles|manages} the quiz nights, so best to ask the bar staff.")
        .quiet_for("{How long do bank transfers take?|When will a transfer show up?}", "That's down to how your bank handles incoming payments, usually 1-2 working days.")
        .quiet_for("Will the French strikes affect my flight on Thursday?", "There are {ATC strikes|air traffic control strikes} planned for Thursday, but your flight isn't affected, so you're good to go!"),
        Capability::new(
            "harmless because",
            "hard negative: a cause that explains nothing going wrong",
        )
        .quiet("{The sale ends on Sunday because it's our birthday week|Your parcel came early thanks to the new route|We open late on Mondays so the team can restock|Monday evenings are our busiest time, mornings are quieter}{!|.}"),
        Capability::new(
            "spelling",
            "British and American spelling of the same cause",
        )
        .flags_for(LATE, "{Unfortunately,|Sadly,} the delay is due to {roadworks|road work} in the {neighbourhood|neighborhood} around our {centre|center}."),
        Capability::new(
            "typos",
            "phone typing: lower case, no apostrophes",
        )
        .flags_for(LATE, "{sorry|sry|soz} {its|it's} {late cos of the snow|delayed due to a fault at the depot|late bc the courier didnt turn up}"),
        Capability::new(
            "other causes named",
            "a power cut, a supplier's short delivery, works that lower the service, someone else relied on to fix it, with no remedy; with a time or a fix it is no excuse",
        )
        .flags_for("{No signal at all since yesterday.|Water pressure has been really low all week.|My preorder still hasn't shipped, it was meant to go out Tuesday.}", "{There's a power cut affecting our mast in that area.|We rely on the local electricity company to restore it.|We're replacing a main in your area, which can reduce pressure for some homes.|The manufacturer sent us fewer units than expected.}")
        .quiet_for("{No signal at all since yesterday.|Water pressure has been really low all week.}", "{There's a power cut affecting our mast, and power is due back by 6pm today.|We're replacing a main in your area, which can reduce pressure; the work finishes on Friday and I've added a credit to your account.}")
        .quiet_for("How do I save battery on the router?", "Turning off the guest network can reduce power use, which can affect speed slightly."),
        Capability::new(
            "failures and hold-ups named",
            "a points or lift failure, a late connection that held up the departure, payments sometimes held, with no remedy; with a time, a fix or another way (tickets accepted on buses, the nearest stop) it is no excuse",
        )
        .flags_for("{Stuck outside Leeds for 50 mins, absolute joke.|Why was the 7:10 ferry 25 mins late?|Sent £500 yesterday and it still hasn't arrived.}", "{There's a points failure at Leeds station that's affecting all services.|We were waiting for a late connecting coach, which held up the departure.|Payments to new payees are sometimes held for extra fraud checks.}")
        .quiet_for("{Stuck outside Leeds for 50 mins, absolute joke.|Clapham trains all cancelled?? how do I get to Victoria}", "{Sorry, there's a signal failure at Clapham Junction. Your ticket is being accepted on Southern services and on buses at no extra cost.|Sorry, there's a points failure at Leeds. Your nearest station with trains running is Bramley, and tickets are valid there.}")
        .quiet_for("Sent £500 yesterday and it still hasn't arrived.", "Payments are sometimes held for fraud checks. I've released yours now, so it'll land within the hour.")
        .quiet_for("I paid and still got a court summons!", "Your payment was held in a suspense account because the reference couldn't be matched. It has been {allocated to your account today|corrected}, and the summons has been withdrawn."),
        Capability::new(
            "causes in other words",
            "a shortage, an issue that \"comes from\" someone, a check that declines, tracking that \"sometimes pauses\", with no remedy; with a fix, denied, or a setting that pauses, it is not",
        )
        .flags_for("{3 cancellations in a row. Missed my appointment. Disgraceful.|Update broke my plugins AGAIN. 2 days of work lost.|Card declined at the till with a queue behind me. Embarrassing.|Where's my parcel? tracking hasnt updated in 4 days}", "{There's a shortage of drivers today, which has led to a number of cancellations.|The issue comes from the plugin vendors not updating for the new version.|Card payments can be declined by our fraud checks if a spend looks unusual.|Tracking sometimes pauses while parcels move between depots.}")
        .quiet_for("3 cancellations in a row. Missed my appointment. Disgraceful.", "{There's a shortage of drivers today, so I've booked you a taxi at our cost.|There's no shortage of seats this week, so you can book any time.|The email comes from our billing team and lists each charge.|You can pause your subscription at any time.}"),
        Capability::new(
            "a plain question answered",
            "a cause that answers a calm question about something not yet gone wrong (\"is the 17:42 running?\" \"yes, 10 minutes late because of a signal problem\") explains nothing away; a situation told with a question mark still gets its remedy",
        )
        .quiet_for("{Is the 17:42 to Reading running today?|Are trains running to Leeds this evening?}", "{Yes, it's running but expected about 10 minutes late because of a signal problem at Slough.|Yes, though they're a few minutes late due to a points failure at York.}")
        .flags_for("{The 17:32 has been sat outside Reading for 40 mins, what's going on?|Why is my train 40 minutes late?}", "{It was held because of a signalling failure near Didcot.|It's running late due to a points failure at York.}"),
        Capability::new(
            "help on its way, or only the failure told",
            "\"engineers have been assigned to it\" is a next step; \"your sofa did not arrive this morning\" tells the failure, not when it comes",
        )
        .quiet_for("My sofa didn't come today and nobody called. Useless.", "Sorry, there's a known fault on {a mast near you|the line}, and {engineers have been assigned to it|a fix is being rolled out|a technician has been booked}.")
        .flags_for("My sofa didn't come today and nobody called. Useless.", "{Please accept our apologies that your sofa did not arrive this morning.|Sorry your sofa didn't arrive this morning.} Today the carrier's vans were held up at the hub because of a vehicle shortage."),
        Capability::new(
            "hold-ups, batches, what damage means",
            "\"our supplier has had hold-ups which delayed orders\", \"our billing system only updates overnight\", \"storm damage means speeds are reduced\", with no remedy; with one, or told as how a feature works to a calm question, it is not",
        )
        .flags_for("my sofa was meant to arrive tuesday, where is it??", "{Sorry, our supplier has had hold-ups at the factory which has delayed a handful of orders.|Our billing system only updates overnight in batches so payments can lag behind sometimes.|Storm damage to lines in your area means speeds are reduced at the moment.}")
        .quiet_for("my sofa was meant to arrive tuesday, where is it??", "Our supplier has had hold-ups, so I've sent yours from another warehouse and it arrives tomorrow.")
        .quiet_for("How does the balance work?", "Our app only updates your balance when you open it."),
        Capability::new(
            "a hoped-for fix",
            "\"hopefully we'll have it back soon\" after a cause is no step taken; \"we'll have it back on Friday\" is",
        )
        .flags_for("Where did my show go?? this is ridiculous", "Sometimes content gets removed because of licensing changes. {Hopefully we'll have it back soon!|We may have it back later.}")
        .quiet_for("Where did my show go?? this is ridiculous", "Sometimes content gets removed because of licensing changes. {We'll have it back on Friday.|I've asked the team to restore it today.}"),
        Capability::new(
            "what got in the way, in passing",
            "\"flooding on the M5 has held up our vans\", \"the feed from the broadcaster, which had issues tonight\", with no remedy; a fix that clears the cause (\"that clears out the old sessions causing this\") is no excuse",
        )
        .flags_for("my parcel was due Tuesday and still nothing, what's happening?", "{Apologies, flooding on the M5 has held up our vans this week.|The stream depends on the feed from the broadcaster, which had issues tonight.|Sorry, snow across the region has delayed our drivers.}")
        .quiet_for("WHY does the app keep logging me out?! so fed up", "That sounds frustrating, sorry! Try signing out of all devices, then sign back in; that clears out the old sessions causing this."),
        Capability::new(
            "another party's part, what can happen",
            "\"the supplier's parts were delayed\", \"the broadcaster's rights deal doesn't cover streaming\", \"that can happen when lots of people download at once\", \"our partners set their own prep times\", with no remedy; a price's reason (\"because of the supplier cost\") and a next step (\"worth trying again later\") are not",
        )
        .flags_for("no hot water all weekend, lovely", "{Apologies, the boiler supplier's parts were delayed so the repair has been held up.|Apologies, the broadcaster's rights deal doesn't cover streaming on our app.|That can happen when lots of people download the update at once.|Our restaurant partners set their own prep times.}")
        .quiet_for("does the breakfast deal include oat milk?", "Sadly not, oat milk is charged as an extra on all deals because of the supplier cost, sorry!")
        .quiet_for("2 HOURS on hold and then cut off", "Sorry about that. Lines are busy at the moment, so it's worth trying again after 6pm when they're quieter."),
        Capability::new(
            "volume, queues, who set it",
            "\"volume at our hub has been very high this week\", \"which can push delivery back\", \"set by the league\", \"calculated by the navigation provider\", \"assigned by the system\", with no remedy; with one, no excuse",
        )
        .flags_for("tracking hasn't moved since tuesday, is it lost?", "{Volume at our Memphis hub has been very high this week.|Large campaigns are queued behind other sends, which can push delivery back by a couple of hours.|Blackouts on that feed are set by the league.|Route and fare were calculated by the navigation provider.|Seats are assigned by the system at check-in.}")
        .quiet_for("tracking hasn't moved since tuesday, is it lost?", "Volume at our Memphis hub has been very high this week, so I've asked them to send yours today and it arrives tomorrow."),
        Capability::new(
            "weather, shortfalls, lead times",
            "\"thunderstorms over Frankfurt held up a lot of departures\", \"a stock shortfall which affected a lot of orders\", \"a mast upgrade which is affecting coverage\", \"heavy demand has been causing buffering\", \"a specialist supplier on a long lead time\", \"wires came down in last night's storm\", with no remedy; with one, no excuse",
        )
        .flags_for(LATE, "{Thunderstorms over Frankfurt held up a lot of departures this afternoon.|Our depot had a stock shortfall this morning which affected a lot of orders.|There's a mast upgrade in your area which is affecting coverage.|Heavy demand on the broadcaster's feed has been causing buffering.|The part has to come from a specialist supplier, and they're on a long lead time.|Overhead wires came down in last night's storm.}")
        .quiet_for(LATE, "{Thunderstorms held up a lot of departures this afternoon, so I've rebooked you on the 19:05 and emailed the boarding pass.|Our depot had a stock shortfall this morning, so I've refunded the missing items to your card today.}"),
        Capability::new(
            "vacancies, back orders, budgets, customs",
            "\"carrying a number of vacancies\", \"industrial action has caused a large backlog\", \"the airline had to reschedule\", \"didn't come across in the migration\", \"on back order\", \"really down to their network\", \"short of engineers\", \"cut in the last budget round\", \"held at port for customs\", \"under-allocated stock\", with no remedy; with one, no excuse",
        )
        .flags_for(LATE, "{Our highways team is carrying a number of vacancies at present.|Industrial action at our hub has caused a large backlog.|The aviation authority has restricted night flights at Lisbon this summer.|Older invoices didn't come across in the migration.|The part is on back order with the manufacturer.|Once it's with them it's really down to their delivery network.|They were short of qualified engineers that day.|Sunday opening was cut in the last budget round.|The ship was held at port for customs inspections.|The manufacturer massively under-allocated stock this time.}")
        .quiet_for(LATE, "{One of our vans broke down yesterday, so it's been put on today's first van and arrives by 10:40.|Industrial action at our hub has caused a backlog, so I've refunded your delivery fee and it arrives on Friday.}"),
        Capability::new(
            "demand, load, someone's approval",
            "\"with high order volumes, stores are taking longer than usual\", \"networks are under heavy load\", \"new versions depend on their approval process\", with no remedy; with one, no excuse",
        )
        .flags_for(LATE, "{With high order volumes right now, our stores are taking longer than usual to process orders.|With so many people on video calls, networks are under heavy load.|New versions depend on their approval process.}")
        .quiet_for(LATE, "With high order volumes right now, orders take a little longer, so I've upgraded yours to express and it arrives tomorrow."),
        Capability::new(
            "the fix after a semicolon",
            "\"the 0 was caused by a sync error; I've re-synced it and your mark is showing\", \"our fraud system flagged it because ...; I've confirmed it was you\" put it right; the cause alone does not",
        )
        .quiet_for(LATE, "{The delay was caused by a sync error; I've re-synced it and your order is showing again.|Our fraud system flagged the payment; I've confirmed it was you and it's gone through.}")
        .flags_for(LATE, "The delay was caused by a sync error between our systems."),
        Capability::new(
            "which is why, online at once, handled by the agent",
            "\"the API changed, which is why the sync stopped\", \"because lots of people are online at once\", \"battery life can be affected after an update\", \"the aircraft is being held under a ground stop\", \"a very high volume of calls\", \"handled by the ground handling agent\", \"billed by the third-party provider\", with no remedy; a review of their account is no cause told",
        )
        .flags_for(LATE, "{Xero changed their API last week, which is why the sync stopped.|Evening slowdowns happen because lots of people in your area are online at once.|Battery life can be affected for a day or two after an update.|The aircraft is being held under a ground stop.|We receive a very high volume of calls at 8am.|Bags are handled by the ground handling agent, not by us.|Those calls are billed by the third-party provider.}")
        .quiet_for(LATE, "{Your channel is held for an extra review, and you'll hear from us by email within 48 hours.|Xero changed their API last week, so I've reconnected your account and the sync is running again.}"),
        Capability::new(
            "held to let others through, a fiber cut",
            "\"it's often held at the junction to let faster services through\", \"packages can sometimes be delayed when the carrier is busy\", \"a fiber cut in the area\", \"there was not enough time to transfer them\", \"that blackout came from the broadcaster's feed\", with no remedy; with one, no excuse",
        )
        .flags_for(LATE, "{It's often held at the junction to let faster services through.|Packages can sometimes be delayed when the carrier has a high volume of deliveries.|There's a fiber cut in the area affecting service.|There was not enough time to transfer your bags.|That blackout came from the broadcaster's feed.}")
        .quiet_for(LATE, "There's a fiber cut in the area; our engineers are on site and it's back by 6pm."),
        Capability::new(
            "at the bank's end, limited availability, an update's bug",
            "\"the delay is at your bank's end\", \"our courier partner has had limited availability\", \"yesterday's update introduced a bug ... affecting a number of users\", with no remedy; with one, no excuse",
        )
        .flags_for(LATE, "{The delay is at your bank's end.|Our courier partner has had limited availability in your area.|Yesterday's update introduced a bug, and it's affecting a number of users.}")
        .quiet_for(LATE, "Yesterday's update introduced a bug; we've released a fix this morning, so please update the app."),
        Capability::new(
            "dealing with a really high volume",
            "\"the courier have been dealing with a really high volume of parcels, so some are late\" with no remedy; with one, no excuse",
        )
        .flags_for(LATE, "The courier have been dealing with a really high volume of parcels this week so some are running late.")
        .quiet_for(LATE, "The courier have been dealing with a really high volume of parcels this week; I've asked them to prioritise yours and it will arrive tomorrow."),
        Capability::new(
            "another party's doing: sends us, held by, rather than us",
            "\"the broadcaster only sends us the feed in SD\", \"parcels are held by customs\", \"the time is set by them rather than us\" with no remedy; with one, no excuse; a team that can fast-track it is one",
        )
        .flags_for(LATE, "{The broadcaster only sends us the feed in SD for this league, sorry.|Parcels from outside the EU are held by customs until they're cleared.|The processing time is set by the bank rather than us.}")
        .quiet_for(LATE, "Larger transfers are held for a quick security review. If you need it sooner, our team can fast-track it by phone on 0800 000 0000."),
        Capability::new(
            "another party's own trouble, a system that failed to pass it on, what it held up",
            "\"the maker has had supply delays\", \"it's in the courier's hands\", \"the hotel's system didn't pull the booking through\", \"short on riders, which held up orders\" with no remedy; with one, no excuse",
        )
        .flags_for(LATE, "{Our supplier has had shipping delays this month|The factory has had staffing problems lately}, so {every order for that range has been pushed back|orders are backed up at the moment}.")
        .flags_for(LATE, "{Once it leaves us, it's in the courier's hands|It's in the hands of the courier now} and they {follow their own schedule|have their own process} for deliveries.")
        .flags_for(LATE, "{The booking site's system didn't pass your order through overnight|The partner's system was unable to sync your order}.")
        .flags_for(LATE, "{The kitchen was short on riders tonight|The depot was short on drivers this week}, which held up {a few orders|several deliveries}.")
        .flags_for(LATE, "{A DDoS attack on our servers|An attack against our network} this evening, which caused {disconnects|outages} for lots of people.")
        .quiet_for(LATE, "{Our supplier has had shipping delays this month|The factory has had staffing problems lately}, so I've {refunded the delivery charge|booked a new delivery for tomorrow morning}."),
        Capability::new(
            "an apology closed before the cause, a signalling issue, staff stretched thin",
            "\"Sorry about that, drivers were stretched thin tonight\" and \"there's a signalling issue near the station\" explain and stop; \"sorry your order was late because of the snow\" only says their news back",
        )
        .flags_for(LATE, "{Sorry about that, drivers were stretched thin tonight.|Sorry about this, our couriers were stretched to the limit this week.}")
        .flags_for(LATE, "{Sorry, there's a signalling issue near the station.|There was a track problem outside Reading this morning.}")
        .quiet_for(LATE, "Sorry about that, drivers were stretched thin tonight, so I've refunded the delivery fee."),
        Capability::new(
            "filters tightened, spikes, burst mains, demand over forecast, no time to transfer",
            "\"the mail provider tightened its spam filtering\", \"a spike in players overloaded the servers\", \"a burst main has reduced pressure\", \"demand was far higher than forecast\", \"the handlers didn't have time to transfer your bag\", \"certification came back late\" with no remedy; with one, no excuse",
        )
        .flags_for(LATE, "{The mail provider tightened its spam filtering this month.|An unexpected spike in orders overloaded our servers for an hour.|Pressure in your area has dropped because of a burst main.|Demand was far higher than we forecast and the factory has struggled to keep up.|Your connection was short, so the handlers didn't have time to transfer your bag.|Certification for the update came back late from the platform holder.}")
        .quiet_for(LATE, "An unexpected spike in orders overloaded our servers for an hour; I've re-sent your confirmation and your order ships tomorrow."),
        Capability::new(
            "the fix on its way clears a cause; rain that meant more orders than drivers does not",
            "\"engineers have identified the cause\", \"a fix goes live with tomorrow's maintenance\", \"missing rewards will be added\" are next steps; \"the rain meant we had far more orders than drivers\" explains and stops",
        )
        .flags_for(LATE, "Sorry, the rain tonight meant we had far more orders than drivers.")
        .quiet_for(LATE, "{It's a known bug with this week's update – a fix goes live with tomorrow's maintenance and any missing items will be added to your account then.|We're seeing delays on the queue since noon. Engineers have identified the cause and expect it to clear by 3pm.}"),
        Capability::new(
            "a part awaited, a road closure, driver shortages",
            "\"waiting for a part from the manufacturer\", \"affected by a road closure\", \"driver shortages at the depot\" explain and stop",
        )
        .flags_for(LATE, "{The boiler is waiting for a part from the manufacturer.|The driver's route has been affected by a road closure.|This route is affected by driver shortages at the depot.}"),
        Capability::new(
            "a busy time, a party's timing, hardware that can't keep up, an outage told",
            "\"Saturday lunchtimes are hectic for our kitchens\", \"evenings are our peak time, so speeds can dip\", \"it depends when the paying bank sends it\", \"older tablets struggle with the new effects\", \"we had a service outage this morning\", \"cases are sometimes not loaded in time by the handling agent\" explain and stop; a time range that depends on the bank is an estimate",
        )
        .flags_for(LATE, "{Saturday lunchtimes are really hectic for our kitchens, which pushes waiting times up.|Evenings are our peak time, so speeds may dip when the whole street is streaming.|Sunday nights are always busy for our drivers.|It's extra busy on the trains on Friday evenings.}")
        .flags_for(LATE, "{Transfers can land at any time of day; it depends when the paying bank sends them.|The new season added effects that older tablets struggle with.|We had a service outage between 9 and 10 this morning.|Cases on tight connections are sometimes not loaded in time by the handling agent.|Wait times depend on kitchen prep and rider availability near you.}")
        .quiet_for(LATE, "{The refund left us today and should show within 3-5 working days, depending on your bank.|Sunday nights are always busy for our drivers, so I've refunded your delivery fee.}"),
        Capability::new(
            "another's trouble going on, backlogs, behind on orders, not in time, their end",
            "\"our partner carrier in France is having problems today\", \"the returns team have a bigger backlog than usual\", \"the kitchen was very behind on orders\", \"the handlers couldn't load it in time\", \"weekends push that back further\", \"ATC is holding all departures\", \"fewer buses to go round\", \"the signal dropped at their end\", \"a known glitch with our card processor\", \"the fault is with the battery supplied by the manufacturer\" explain and stop; a bug owned with its fix shipping, or a rule that regulations set, is no excuse",
        )
        .flags_for(LATE, "{Our partner carrier in France is having problems with deliveries today.|The returns team have a bigger backlog than usual at the moment.|The kitchen was very behind on orders last night.|The handlers couldn't load it onto the connecting flight in time.|Orders placed on a Saturday go out on Monday, and bank holidays push that back further.|Storms have grounded flights and ATC is holding all departures.|Two buses failed their checks, so we had fewer buses to go round.|The stream from the venue dropped at their end.|It's a known glitch with our card processor.|The engineer found the fault is with the battery supplied by the manufacturer.}")
        .quiet_for(LATE, "{That's a bug on our side and the fix ships in Thursday's release.|It's a bug on our end; our devs are on it and a fix will go out tonight.|Regulations mean we have to check ID once a year. It takes 2 minutes in the app.}"),
        Capability::new(
            "hit by another's issue, more riders than drivers",
            "\"payments were hit by an issue with our processor this morning\" and \"fares rise when more people are booking than drivers nearby\" explain and stop",
        )
        .flags_for(LATE, "{Payments were hit by an issue with our processor this morning.|Fares rise when more people are booking rides than drivers are nearby.}"),
        Capability::new(
            "put right already or while they speak; a cause that can cause, a party's deal",
            "\"a spike in logins, which can cause timeouts\", \"a fault at the exchange, which is what's affecting your line\", \"shows come and go based on licensing deals\" explain and stop; \"we've rolled back the change that caused it; things are recovering now\", \"I've put you on the 14:05\", \"so I've adjusted the fare\", \"while the team investigates\" put it right",
        )
        .flags_for(LATE, "{There's a spike in logins tonight, which can cause timeouts.|There's a fault at the local exchange, which is what's affecting your line.|Shows come and go based on licensing deals with the studios.}")
        .quiet_for(LATE, "{A change we made caused the errors and we have rolled back the change; things are recovering now.|The late inbound was due to fog in Dublin. I've put you on the 14:05, seat 3A.|The driver took a detour round a closure, so I've adjusted the fare back to £12.|Servers are down while the team investigates.}"),
        Capability::new(
            "stretched thin, a delay days add, an issue told as there",
            "\"our drivers were stretched\", \"weekends can add a delay\", \"there's an issue with a mast nearby\", \"speeds drop as more people come online\" explain and stop; \"engineers expect it fixed by 10pm\" is a next step",
        )
        .flags_for(LATE, "{We had a busy night and our drivers were stretched.|Payments after 4pm go the next day, and weekends can add a delay too.|There's an issue with a mast near you.|Evening speeds can drop as more people come online.}")
        .quiet_for(LATE, "There's a fault affecting parts of York; engineers expect it fixed by 10pm."),
        Capability::new(
            "a van late, a link relied on, what can hold it up",
            "\"the supplier's lorry was delayed\", \"the signal depends on a satellite link\", \"freight, which can slow it down\" explain and stop there; with what happens next they are not excuses",
        )
        .flags_for(LATE, "{Our delivery lorry was delayed this morning so some orders are later than planned.|The onboard wifi depends on a satellite link over the ocean.|The route is shared with freight services which can delay it at peak times.}")
        .quiet_for(LATE, "{Our delivery lorry was delayed this morning, so I've booked yours on the first slot tomorrow and refunded the delivery fee.|The route is shared with freight services which can delay it, so I've added the 17:50 as a backup to your booking.}"),
        Capability::new(
            "a partner's feed down, a service that varies",
            "\"the broadcaster's stream has been patchy tonight\", \"speeds can dip when everyone's online\" explain and stop; with a step to take they don't",
        )
        .flags_for(LATE, "{The broadcaster's stream has been patchy tonight, sorry about that.|Evening speeds can dip because more homes are online at once.}")
        .quiet_for(LATE, "{Evening speeds can dip because more homes are online at once, so I've moved you to a less busy channel, restart the router to pick it up.}"),
        Capability::new(
            "stretched thin, running slow, a deal ended, another's work",
            "\"our drivers were stretched thin with the snow\", \"the system was running slower than usual\", \"our deal with the channel ended\", \"works being carried out by the council\", \"it was the courier's driver who chose to\" explain and stop; with a step for the customer they don't",
        )
        .flags_for(LATE, "{Our drivers were stretched really thin with the snow tonight.|The booking system was running slower than usual this morning.|Our agreement with the channel ended last month.|There are works being carried out by the council on the road outside.|It was the courier's driver who chose to leave it at the depot.}")
        .quiet_for(LATE, "{Our drivers were stretched thin with the snow, so I've refunded your delivery fee and your order is next out.}"),
        Capability::new(
            "a cause with when it is expected",
            "\"the snow has closed the pass, we expect yours to go out on Thursday\" and \"the crane is booked for Wednesday morning\" say when; the cause alone does not",
        )
        .quiet_for(LATE, "{The snow has closed the pass so vans are running 2 days behind. We expect yours to go out on Thursday.|A mast was damaged in the storm; the repair crane is booked for Wednesday morning.}")
        .flags_for(LATE, "{The snow has closed the pass so vans are running 2 days behind.}"),
        Capability::new(
            "held up at another's, charges passed on",
            "\"parts are delayed at the supplier\", \"we just pass those charges on\" explain and stop; \"we'd like to pass on a thank you\" is no cause",
        )
        .flags_for(LATE, "{Parts are delayed at the supplier.|The fee is from the card network, we just pass those charges on.}")
        .quiet_for("Your driver was brilliant today!", "We'd like to pass on a thank you!"),
        Capability::new(
            "rights not held, an incident, sold out in between",
            "\"we don't have the rights from the broadcaster\", \"a trespass incident near the station\", \"items can sell out between order and pick\" explain and stop",
        )
        .flags_for(LATE, "{We don't hold the streaming rights from the broadcaster, so it can't be shown.|There's been a trespass incident near the station.|Items can sell out in store between your order and the pick.}"),
        Capability::new(
            "streams that buffer when busy",
            "\"streams can buffer when lots of people are watching\" explains and stops",
        )
        .flags_for(LATE, "{Sorry about that! Streams can buffer when lots of people are watching at once.}"),
        Capability::new(
            "what busy times cause, what a system does now and then",
            "\"high traffic can cause some buffering\", \"the cabinet relies on mains power\", \"orders can sometimes be cancelled automatically\", \"the courier's system doesn't always recognise new addresses\", \"wet weather can affect older lines\" explain and stop",
        )
        .flags_for(LATE, "{High traffic during live events can cause some buffering.|Your cabinet relies on mains power, so an outage affects it.|Orders can sometimes be cancelled automatically by our system.|The courier's system doesn't always recognise new-build addresses.|Wet weather can sometimes affect older copper lines.}"),
        Capability::new(
            "a cover or an instruction after the cause",
            "\"you're covered by our money back guarantee\" and \"please proceed with a new booking\" after the cause are a way forward",
        )
        .quiet_for(LATE, "{Sellers may take longer to ship at the moment because of the lockdown. If the parcel doesn't come, you're covered by our money back guarantee.|The booking lapsed because the payment didn't go through. Please proceed with a new booking and we'll hold the same price.}"),
        Capability::new(
            "the customer's device having the issue",
            "\"send a report from the device experiencing the issue\" names their device, not a cause; \"our site is experiencing issues\" explains",
        )
        .quiet_for(LATE, "{Please send a feedback report from the phone experiencing the issue so the team can investigate.|If you are experiencing issues with the app, please reinstall it from the store.}")
        .flags_for(LATE, "{Sorry, our website is experiencing some issues at the moment.}"),
        Capability::new(
            "a change or a shop's fault, explained and left",
            "\"your seat was moved because operations needed it\", \"the store told me they had a fault with the freezer\", \"it can be difficult to keep families together because the aircraft may differ\" explain and stop; with a rebooking or a refund they do not",
        )
        .flags_for(LATE, "{Your seat was moved because operations needed it.|I spoke to the store and they had a fault with the freezer.|It can be difficult to keep families together because the aircraft may be different.}")
        .quiet_for(LATE, "{Your seat was moved because operations needed it, so I've put you both in row 12 together.|The store had a fault with the freezer; I've refunded the ice cream to your card.}"),
        Capability::new(
            "what the other party has not done yet",
            "\"the manufacturer has not sent us the stock yet\" explains and stops; with when it ships, it does not",
        )
        .flags_for(LATE, "{The manufacturer has not sent us the stock yet.|The courier did not return the parcel to our depot.}")
        .quiet_for(LATE, "{The manufacturer has not sent us the stock yet, so I've moved your order to the first van on Monday.}"),
        Capability::new(
            "more reading is no step",
            "\"check out this page for more info\" and \"you can read more about it here\" after the cause explain further and fix nothing; \"you can restore them from Settings > Library\" is a step",
        )
        .flags_for(LATE, "{Sometimes songs are removed because of licensing changes. Check out https://example.com/licensing for more info.|Sometimes songs are removed because of licensing changes. You can read more about it here: https://example.com/licensing}")
        .quiet_for(LATE, "{Sometimes songs are removed because of licensing changes. You can restore them from Settings > Library once they're back.}"),
        Capability::new(
            "rail and road causes told flatly",
            "\"Network Rail were carrying out urgent repairs\", \"there was a trespasser on the line\", \"the crew were delayed on an earlier service\", \"the hot weather caused speed restrictions\" explain and stop; with a refund link or the next train, they do not",
        )
        .flags_for(LATE, "{Network Rail were carrying out urgent repairs.|There was a trespasser on the line.|The crew were delayed on an earlier service.|The hot weather caused speed restrictions.}")
        .quiet_for(LATE, "{There was a trespasser on the line. You can claim Delay Repay here: https://example.com/delay-repay|The crew were delayed on an earlier service, so I've booked you on the 18:10 instead.}"),
        Capability::new(
            "help for anything else is no step",
            "\"just shout if anything else crops up\" and \"reach out with any other questions\" invite them back for other matters; \"give us a shout and we'll find you a seat on the next one\" is a step",
        )
        .flags_for(LATE, "The 6:10 was cancelled because of a signal fault. {Just shout if anything else crops up.|Feel free to reach out with any other questions.|Send us a message if there's anything else we can help with.}")
        .quiet_for(LATE, "The 6:10 was cancelled because of a signal fault. {Give us a shout and we'll find you a seat on the next one.|Send us a message with your booking reference and we'll sort a refund.}"),
        Capability::new(
            "busy or full, told as the cause",
            "\"it's been extremely busy today\" and \"the 9:15 was completely full\" explain and stop; with a seat booked on the next one they are no excuse",
        )
        .flags_for("{Why couldn't I get on the 9:15?? ridiculous|Why was there no space for me this morning?}", "{It's been extremely busy today.|The 9:15 was completely full, I'm afraid.|Sorry, it was full.}")
        .quiet_for("{Why couldn't I get on the 9:15?? ridiculous|Why was there no space for me this morning?}", "{The 9:15 was completely full, so I've booked you onto the 9:45 at no extra cost.|It's been extremely busy today, so I've added you to the priority list for tomorrow's 9:15.}"),
        Capability::new(
            "feedback passed on is no step",
            "\"we'll pass your comments on to the team\" after a cause does nothing for this customer; \"we'll rebook you onto the 7:10\" does",
        )
        .flags_for(LATE, "The 6:10 was cancelled because of a signal fault. {We'll pass your comments on to the team.|I've shared your feedback with our planners.|We'll be sure to share your thoughts.}")
        .quiet_for(LATE, "The 6:10 was cancelled because of a signal fault. {We'll rebook you onto the 7:10 and email the ticket.|I've asked the refunds team to email you by Friday.}"),
        Capability::new(
            "what availability decides, told to someone asking",
            "\"estimates depend on a few things like stock availability\" answers a customer planning ahead; to one whose order is late it explains the wait away",
        )
        .quiet_for("{Will it arrive within 2 days if I order on the 28th. I fly on the 30th|If I order today, will it come before the weekend}", "Delivery estimates depend on a few things like stock availability. More info: https://example.com/delivery")
        .flags_for(LATE, "Delivery estimates depend on a few things like stock availability. More info: https://example.com/delivery"),
        Capability::new(
            "a question asked first, then a plea",
            "\"are the trains running on Sunday? pls it's important\" asks: the cause answers it; \"the 9:15 has been sat outside Reading for 40 mins. what's going on?\" tells a failure first, and the same cause explains it away",
        )
        .quiet_for("{Are the trains running on Sunday? Pls it's important, I have a wedding|Is the 17:42 running today? this matters a lot to me}", "Engineering works mean buses replace trains on that line this weekend.")
        .flags_for("{The 9:15 has been sat outside Reading for 40 mins. What's going on?|Our train has been stuck for an hour. What is happening?}", "Engineering works mean trains are held outside Reading this morning."),
        Capability::new(
            "the cause given as the answer",
            "\"it's likely because the seller cancelled it\", \"this usually happens when the cache is full\" and \"usually for one of two reasons\" explain a failure away with nothing done; with a fix after them, \"because you're a loyal customer\" and \"if it's because of the weather, we'll refund you\" do not",
        )
        .flags_for(LATE, "{It's likely because the seller cancelled the shipment.|This usually happens when the warehouse runs short.|That's probably because our courier changed depots.|It's usually for one of two reasons: stock or the address check.}")
        .quiet_for(LATE, "{It's likely because the seller cancelled the shipment. I've reordered it for you and it ships tomorrow.|It's because you're one of our first customers!|If it's because of the weather, we'll refund you in full.}"),
        Capability::new(
            "another party or team named as the way forward",
            "after a cause, \"you'd have to reach out to the bank for further help\" and \"here's a link to our chat team who will be able to assist\" give a next step; \"our chat team is busy\" does not",
        )
        .quiet_for(LATE, "The delay was due to a courier issue. {You would have to reach out to the courier for further help.|Here's a link to our chat team who will be able to assist you further: https://example.com/chat}")
        .flags_for(LATE, "The delay was due to a courier issue. {Our chat team is busy today.}"),
        Capability::new(
            "the trouble apologised for, caused by the problem itself",
            "\"apologies for any inconvenience caused by this\", \"sorry for the upset caused by the delay\" and \"the trouble caused by this, Sam\" name no cause; \"the delay was caused by a signal failure\" does",
        )
        .quiet("{We apologise for any inconvenience caused by this.|Sorry for the upset caused by the delay.|Apologies for the trouble caused by this, Sam.|Sorry for any frustration caused by this Becky.}")
        .flags("{The delay was caused by a signal failure near Reading.|Your order was held up by the courier's depot closing early.}"),
        Capability::new(
            "another party's say, without an article or as the source",
            "\"pricing depends on seller and location\", \"the price shown is the one supplied by our sellers\", \"the listing was uploaded by the seller\", \"pricing is the decision of the sellers\" put it on someone else and stop; \"delivery depends on your address\" names no party",
        )
        .flags("{Pricing depends on seller and location.|The price shown is the one supplied by our sellers.|The listing was uploaded by the seller.|Stock depends on each retailer.|Pricing and offers are the decision of the sellers.|Seat changes are the call of the airline.}")
        .quiet("{Delivery time depends on your address.|The price shown is the one you'll pay at checkout.}"),
        Capability::new(
            "the reason asked for, with a contraction",
            "to \"what's the reason the trains are at a halt?\" or \"how's the line looking?\", a cause answers; to \"the trains are stopped again, useless\" it explains away",
        )
        .quiet_for("{What's the reason the Lancaster trains are at a halt?|How's the line looking north of Carlisle?}", "A signalling fault near Carlisle is disrupting services.")
        .flags_for("the trains are stopped AGAIN, useless", "A signalling fault near Carlisle is disrupting services."),
        Capability::new(
            "a mishap along the way",
            "\"the courier has been very busy\", \"it was out of stock when you ordered\", \"the label was printed incorrectly\", \"the driver couldn't find your address\", \"it was sent to the wrong depot\", \"it was held up by the strikes\", \"this happens sometimes with international orders\", with no remedy; with one it is no excuse",
        )
        .flags_for(LATE, "{Sorry, the courier has been very busy this week.|Sorry, the item was out of stock when you ordered.|Sorry, the label was printed incorrectly.|Sorry, the driver couldn't find your address.|Sorry, it was sent to the wrong depot.|Sorry, it was held up by the strikes.|Sorry, this happens sometimes with international orders.}")
        .quiet_for(LATE, "{Sorry, it was sent to the wrong depot, so I've rerouted it and it will arrive tomorrow.|Sorry, the label was printed incorrectly; I've sent a new one and the parcel leaves today.}")
        // The same in other words: marked wrongly, caught in a rush, something that happened
        // on the way, sent by someone else.
        .flags_for(LATE, "{Sorry, the label was printed with the wrong postcode.|Sorry, your parcel got caught up in the bank holiday rush.|Sorry, there was a strike at the sorting office.|Sorry, there's been a fire at the depot.|Sorry, the item was shipped from a third-party seller.}")
        .quiet_for(LATE, "{Sorry, there was a strike at the sorting office, so I've booked a redelivery for tomorrow morning.|Sorry, it got caught up in the bank holiday rush; a replacement leaves today and arrives Friday.}")
        // Let down, faulty, harmed or misdirected on the way, an overrun, parts awaited,
        // traffic.
        .flags_for(LATE, "{Sorry, our supplier let us down.|Sorry, the scanning equipment at the depot was faulty.|Sorry, it was damaged in transit.|Sorry, the label was misprinted.|Sorry, the engineer's previous job overran.|Sorry, we've been waiting on parts from the manufacturer.|Sorry, we're experiencing higher than usual traffic.}")
        .quiet_for(LATE, "{Sorry, our supplier let us down, so I've ordered it from another and it arrives Friday.|Sorry, it was damaged in transit; a replacement leaves today and arrives tomorrow.|Sorry, the engineer's previous job overran; he's on his way and will be with you by 3 pm.}")
        // The flight before, another party's habit, a hiccup, a fault in the cabinet,
        // evening speeds, what a change did not carry over, an item mispriced.
        .flags_for(LATE, "{Sorry, the inbound aircraft arrived late from Madrid.|Sorry, customs can hold parcels for several days.|Sorry, your bank sometimes shows a pending charge twice.|Sorry, we had a technical hiccup last night.|Sorry, there's a fault in the cabinet that serves your street.|Sorry, speeds drop in the evening when everyone is online.|Sorry, some bookings didn't carry over when the system was updated.|Sorry, the item was mispriced on the website.}")
        .quiet_for(LATE, "{Sorry, we had a technical hiccup last night; I've restored your booking and emailed the confirmation.|Sorry, there's a fault in the cabinet that serves your street; an engineer is fixing it today and speeds will be back by 5 pm.}"),
        Capability::new(
            "what it means, asked",
            "\"that means it's charging\" answers \"light flashing orange, what does that mean\"; to someone kept waiting three weeks, \"that means the bank hasn't released it\" explains the wait away",
        )
        .quiet_for("{controller light flashing orange, what does that mean|The app shows a green dot by my name, what does it mean?|What does the blue tick mean on my order?}", "That means it's charging.")
        .flags_for("{Three weeks waiting for my refund and it still says processing. What does that even mean??}", "That means the bank hasn't released it yet."),
        Capability::new(
            "a disruption's kind of reason",
            "\"withdrawn for operational reasons\", \"can change for safety or operational reasons\" explain a disruption and stop; with a rebooking after it they do not, and \"for safety reasons only the account holder can call\" is a rule's reason",
        )
        .flags_for("{My train was cancelled and nobody told me, ridiculous|You moved my seat to the back of the plane again!!}", "{The service was withdrawn for operational reasons.|Seat numbers can change for safety or operational reasons.|The route was suspended for commercial reasons.}")
        .quiet_for("{My train was cancelled and nobody told me, ridiculous|You moved my seat to the back of the plane again!!}", "{The service was withdrawn for operational reasons. I've booked you on the 10:15 and refunded the fare.|For safety reasons only the account holder can call us about the account.}"),
        Capability::new(
            "the cause first, then \", so\" what went wrong",
            "\"the kitchen closed early, so they couldn't make it\" explains and stops; with a remedy after, a step in the \"so\" clause, a problem denied, a rule's \"can't\" or the customer's own doing it is not an excuse",
        )
        .flags_for("why was my order cancelled?", "{The kitchen closed early tonight, so they couldn't make your order.|Our courier's van broke down, so your parcel is late.|The supplier ran short this week, so we weren't able to send it.}")
        .quiet_for("why was my order cancelled?", "{The kitchen closed early tonight, so they couldn't make your order. I've refunded you in full.|Points can take up to a week to post, so if they're still missing on Friday, you can claim them here.|Our records show the line has been up all day, so there hasn't been an outage at your address.|Same-day cakes need a day's notice, so same-day orders can't be placed.|You entered the wrong card number, so the payment was declined.}"),
        Capability::new(
            "a crew's estimate, a question about when, a cause put on the device",
            "\"crews estimate restoration by 2 PM\" is a next step; a cause told to a calm \"when's the next restock?\" answers it; \"so it's most likely down to the device\" and \"so items must have been moved\" name no failure of ours",
        )
        .quiet_for("power's been out on our street since 6am", "Sorry you're without power. A lorry hit a pole on Mill Lane, and crews estimate restoration by 2 PM.")
        .quiet_for("when's the next restock?", "Restock timing is set by each retailer, so they're the best source.")
        .quiet_for("lost all my progress after your update, thanks a lot", "We've had no other reports of this, so it's most likely down to the device.")
        .quiet_for("I was charged for the minibar but I didn't use it", "The sensors are very accurate, so items must have been moved during your stay."),
        Capability::new(
            "a cause with no article, another's fault affecting it",
            "\"the delay is down to air traffic control restrictions\" and \"there's a power company fault affecting the cabinet\" explain a failure away with nothing done; with a time for the fix, or asked whether there is an outage, they do not",
        )
        .flags_for("{flight to dublin delayed 3 hours, not impressed|NO internet for the whole street since 9am}", "{Sorry, the delay is down to air traffic control restrictions over France.|The hold-up is down to staff shortages at the airport.|There's a power company fault affecting the cabinet in your area.|There's a network equipment failure affecting your street.}")
        .quiet_for("NO internet for the whole street since 9am", "There's a power company fault affecting the cabinet in your area, and engineers expect to restore service by 4pm.")
        .quiet_for("is there an outage in leeds?", "There's a power company fault affecting the cabinet in your area."),
        Capability::new(
            "nothing went wrong, so",
            "\"your Premium is active until the 30th, so nothing's interrupted\" denies a problem; \"the card was declined, so the order couldn't be placed\" tells one",
        )
        .quiet_for("the app shows my payment failed but the money left my account!!!", "{I understand, that's worrying. I've checked and your Premium is active until the 30th, so nothing's interrupted in the meantime.|Sorry for the worry! Your plan is paid up, so nothing has been cut off.}"),
        Capability::new(
            "held up, knocked back, slowed down, under strain",
            "\"your engineer got held up at an emergency job, which knocked his appointments back\", \"the rollout was slowed down by delays\", \"high demand is putting extra strain on our systems\" explain and stop; with a next step they do not",
        )
        .flags("{Your engineer got held up at an emergency job, which knocked all his appointments back.|The rollout was slowed down by delays in getting permission for new masts.|A very high number of people are logging in today, which is putting extra strain on our systems.}")
        .quiet("{Your engineer got held up at an emergency job, so I've rebooked you for 8am tomorrow.|I knocked it back to the original price for you.|Please don't put pressure on the seal.}"),
        Capability::new(
            "the market, the walls, transit, a glitch seen, more traffic, a fall after an update",
            "\"wholesale prices rose sharply\", \"thick walls can weaken the signal\", \"boxes get knocked around in transit\", \"their dispatch times apply\", \"we're seeing a glitch with one of our processors\", \"a lot more traffic than usual\", \"the app went down after a server update\" explain and stop; with a tip that may help, or asked as a question, they do not",
        )
        .flags("{Wholesale energy prices rose sharply this quarter.|Thick walls can weaken the signal indoors.|Sometimes boxes get knocked around in transit.|The item is coming from a third-party seller, so their dispatch times apply.|We're seeing a glitch with one of our card processors.|We're getting a lot more traffic than usual today.|The app went down after a server update overnight.|Air traffic control restrictions in France meant several flights had to be cancelled.}")
        .quiet("{Thick walls can weaken the signal, so a booster may help: https://example.com/booster|Are you seeing an issue with the login page?|Hi! Are you experiencing a problem with your card?}"),
        Capability::new(
            "under load, high demand, short of staff",
            "\"our servers are under heavy load\", \"there's been very high demand on the network\", \"our refunds team are working with reduced staff\" explain and stop; \"the team are working on it and expect it back by 6pm\" and \"we're working with the courier to get it to you tomorrow\" act",
        )
        .flags("{Our servers are under heavy load from the number of players.|There's been very high demand on the network in the evenings.|Our refunds team are working with reduced staff because of the pandemic, so everything is taking longer.}")
        .quiet("{Our servers are under heavy load, so the team are working on it and expect it back by 6pm.|We're working with the courier to get it to you tomorrow.}"),
        Capability::new(
            "on backorder, another party's signal unstable, a step that stops it",
            "\"that item is on backorder with our supplier\" and \"the signal from the broadcaster has been unstable tonight\" explain and stop; \"that happens when cookies are cleared; turning on 'Remember this device' will stop it\" and \"the code is for orders over £50; if you add £6 more it'll go through\" give the step",
        )
        .flags("{That item is on backorder with our supplier.|The signal from the broadcaster has been unstable tonight.}")
        .quiet("{That happens when cookies are cleared. Turning on \"Remember this device\" when you log in will stop it.|That code is for orders over £50, which is why it's not applying. If you add £6 more to your basket it'll go through.}"),
        Capability::new(
            "a busy time, or the load counted",
            "\"it's been a very busy night for us\", \"we've had an unusually high number of orders\" explain and stop; with a new time for theirs it is no excuse",
        )
        .flags_for(LATE, "{It's been a very busy night for us and our drivers are doing their best.|We've had an unusually high number of orders since the sale.|There's been a record volume of calls today.}")
        .quiet_for(LATE, "{It's been a very busy night, sorry. Yours is out with a driver now and will be with you by 8:30pm.}"),
        Capability::new(
            "another's stock trouble, a backlog worked through, the weather with its force",
            "\"our wholesaler is having stock issues\", \"the manufacturer has had trouble getting fabric\", \"they're working through a large backlog\", \"the freezing fog has left a long queue\" explain and stop; with a date for theirs, no excuse",
        )
        .flags_for(LATE, "{Our wholesaler is having stock issues with that range nationally.|The manufacturer has had trouble getting fabric from their supplier.|The courier is working through a large backlog after the strikes.|The freezing fog has left the depot with a long queue of vans.}")
        .quiet_for(LATE, "{Our wholesaler is having stock issues, so I've sent yours from our Leeds store instead: it arrives tomorrow.}"),
        Capability::new(
            "a wait told as what has not happened yet",
            "\"why my payment hasn't gone through\" waits as \"why it's taking a while\" does: another's processing told back with nothing done explains it away; with the chase promised by 5pm it does not",
        )
        .flags_for("{Could you tell me why my payment hasn't gone through?|Can you tell me why my refund hasn't reached my account?}", "Bank transfers are handled by your bank's processing team, so timing depends on them.")
        .quiet_for("{Could you tell me why my payment hasn't gone through?}", "Bank transfers are handled by your bank's processing team, so timing depends on them. I've asked ours to chase it today and will DM you by 5pm."),
        Capability::new(
            "long email",
            "a cause with no remedy at each place of a long email; with a remedy it does not flag",
        )
        .in_long_email(Some(LATE), "{The delay was caused by a fault at our warehouse.|The courier missed the delivery slot on Tuesday.}", true)
        .in_long_email(Some(LATE), "The delay was caused by a fault at our warehouse, so I've sent a replacement by express post.", false),
    ]
}

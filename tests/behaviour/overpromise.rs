//! overpromise: a guarantee the agent cannot keep or does not control ("this won't happen
//! again", "all our products are 100% genuine", a certain prediction about a fix a third
//! party controls, an unconditional "we will sort this" before the problem is known). Not:
//! hedged statements, in-control deliverables (a refund, a corrected booking), availability
//! of help.

use super::template::Capability;

const UPSET: &str = "{The gift wrap was torn and the box was crushed.|Your store was closed again at 2pm today, no staff at all.}";
/// Problems whose fix is unknown yet or outside the agent's control.
const UNKNOWN: &str = "{Your store was closed again at 2pm today, no staff at all.|My internet has been down since this morning and nobody can tell me why.}";

pub fn suite() -> Vec<Capability> {
    vec![
        Capability::new(
            "never again",
            "a guarantee that a failure will never repeat",
        )
        .flags_for(UPSET, "{We'll make sure|I'll ensure|We guarantee|I promise|Rest assured} {this never happens again|this won't happen again|it will not be repeated|you'll never have this problem again}.")
        .flags_for(UPSET, "{We'll make sure|I'll ensure|We will make certain} {you never have this problem again|you don't go through this again}.")
        .flags_for(UPSET, "We've passed this on {to ensure|to make sure|so that} this {won't|will never} happen again.")
        .flags_for(UPSET, "{The fault is fixed|It's all sorted now|We've fixed the bug} and it {won't|will never|will not} {come back|return|recur}.")
        .flags_for(UPSET, "{Our new system|The new courier|The upgrade} means {delays|mix-ups|outages} are a thing of the past.")
        .flags_for(UPSET, "{I can assure you|Rest assured} this was {a one-off|an isolated incident}.")
        .flags_for(UPSET, "You will never {have|see|face} {this problem|an issue like this} with us again.")
        .flags_for(UPSET, "Now it's fixed, you'll never {get|receive} {another|any more|any further} {estimated bills|late deliveries}.")
        .flags_for(UPSET, "There is {absolutely no chance|no risk|no way} of {this|it} happening again.")
        .flags_for(UPSET, "{I'm so sorry. |}Nothing like {this|that} will {happen|occur} again{.|, I promise.}")
        .quiet_for(UPSET, "I'm so sorry. Nothing will happen to your account while we check it."),
        Capability::new(
            "absolute claims",
            "absolute claims about every product or every order",
        )
        .flags("All {our products|items sold on our site|our spare parts} are {100% genuine|guaranteed authentic|always in perfect condition}.")
        .flags("{Every|Each} order {is guaranteed to arrive|will always arrive} on time{.|, every time.}")
        .flags("All our {couriers|drivers|engineers} are {fully vetted and reliable|100% reliable|completely reliable}.")
        .quiet("All our {couriers|drivers} are trained to {take a photo on delivery|knock and wait}.")
        .flags("{Our products|Our devices|Our parts} never {fail|break}{.|, so there's no need to worry.}")
        .flags("{All our sellers are vetted|We check every listing}, so there's {no risk|no chance} of {fakes|counterfeits|fraud}."),
        Capability::new(
            "third party",
            "a certain prediction about a fix someone else controls",
        )
        .flags("{The carrier will|The manufacturer will|The power company will} {definitely|certainly|for sure} {have it fixed|sort it out} {today|by tonight|tomorrow}.")
        .flags("{Your bank will|The airline will} {definitely|certainly} refund you {today|by tomorrow}.")
        .flags("{Your bank|The courier|The airline} will {refund you|sort it out} for sure.")
        .flags("{Your bank|The airline|The seller} will {process|approve|pay} the refund {straight away|immediately|right away}.")
        .flags("{Your bank|The courier|The broadcaster} will {definitely|certainly} have it {with you|back|in your account} by Friday.")
        .flags("Rest assured {you will make your connection|your bag will turn up|it will arrive in time}.")
        .flags("{We'll make sure|We will ensure} you get a {seat|table|window seat} next time.")
        .flags("{From now on|Going forward}, your {orders|prescriptions} will always be {on time|ready|correct}.")
        .flags("{Rest assured|Be assured} the {courier|driver} will deliver it {today|tomorrow}.")
        .flags("Your {flight|train} will {definitely|certainly} not be {delayed|cancelled}.")
        .flags("{The fog|The weather|The storm} {will clear|will ease} {soon|by the afternoon} and your {flight|train} will {leave|depart} on time.")
        .flags("We'll {make sure|ensure} {the store is fully staffed|our drivers are on time|the team is better prepared} next time.")
        .flags("We'll {make sure|ensure} {the driver is on time|the store keeps it in stock} {from now on|going forward|in future}.")
        .flags("Your {flight|train} will {definitely|certainly} {leave|depart} on time.")
        .flags("{This update|The new part|The patch} {fixes|solves|resolves} {the problem|it} {for good|permanently|once and for all}.")
        .flags("You {won't|will not|will never} have any more {issues|problems|delays} {after this|with us}.")
        .flags("{It|Your parcel} will {arrive|be with you} {tomorrow|on Monday} without fail.")
        .flags("{It'll|It will|Your order will} {definitely|certainly} be with you {before Christmas|by Friday}{, don't worry!|.}")
        .flags("{The pool|The lift|The wifi} will {definitely|certainly} be {up and running|working|open} by {Saturday|the weekend}{!|.}"),
        Capability::new(
            "sort it before known",
            "an unconditional \"we will sort this\" before the problem is known",
        )
        .flags_for(UNKNOWN, "{Don't worry,|No worries,|Rest assured,} we will {sort this out|fix this|get this resolved} for you{!|.}")
        .flags_for(UNKNOWN, "{I|We|Our team} will {sort this|fix this} for you, {guaranteed|no matter what|whatever it takes}.")
        .flags_for(UNKNOWN, "{I'll be able to|We can} {help out|sort it|fix it} 100%!")
        // Something lost, promised found: nobody on the desk controls whether it turns up.
        .flags_for("{My parcel is lost and nobody cares.|You've lost my suitcase, disgraceful.|Where is my bag?? Lost for 3 days!}", "{Sorry about this.|I'm so sorry.} {We will find your {parcel|suitcase|bag}|We'll get your {parcel|suitcase|bag} back|I will locate your {parcel|suitcase|bag}}{.|!}"),
        Capability::new(
            "hedged",
            "hard negative: hedged effort is not a guarantee",
        )
        .quiet_for(UPSET, "We'll do our {best|very best|utmost} to {make sure this doesn't happen again|get it fixed|stop it happening again}.")
        .quiet_for(UPSET, "We can't guarantee it won't happen again, but we've {passed your feedback on to|shared your photos with} the {store|team}.")
        .quiet("{We hope|Hopefully|We're hoping} the {weather|fog} will clear and your flight will leave on time.")
        .quiet("If the {fog lifts|weather clears} by noon, your flight will {leave|depart} on time.")
        .quiet("Your {flight|train} is {scheduled|expected|showing} to {leave|depart} on time.")
        .quiet("The {courier|bank} will {process|release} it straight away {once|when} {it reaches the depot|the return arrives}.")
        .quiet("{Your bank will usually process it within 3 days|Refunds usually reach your bank within 5 days|There's no charge for changing the date}.")
        .quiet_for("{My parcel is lost and nobody cares.|You've lost my suitcase, disgraceful.}", "Sorry about this. {We can't promise we'll find it|We'll do our best to find your parcel}, but I've opened a trace and will update you by Friday."),
        Capability::new(
            "in control",
            "hard negative: deliverables the agent controls, done or promised",
        )
        .quiet("{I've issued a full refund|I've corrected your booking|I've updated your address|I've cancelled the order}{.| for you.}")
        .quiet("I'll {issue a full refund|correct your booking|update your address} {today|right now}.")
        .quiet("I'll make sure you're not charged again for {this month|the cancelled plan}.")
        .quiet_for("{My parcel is lost and nobody cares.|You've lost my suitcase, disgraceful.}", "Sorry about this. {We will trace the parcel with the courier|I'll find your order on our system now} and update you by {Friday|5pm}.")
        .quiet_for("You charged me twice, disgraceful.", "Sorry about this. We'll get your money back to you within 5 days."),
        Capability::new(
            "real guarantee",
            "hard negative: a warranty or money-back guarantee the company really offers",
        )
        .quiet("Your {jacket|order|new phone} comes with our {30-day money-back guarantee|two-year warranty}{.|!}"),
        Capability::new(
            "availability",
            "hard negative: help being on hand is not a guaranteed fix",
        )
        .quiet("Please speak to {a member of the crew|the staff at the front desk|our team in store} for {immediate assistance|help right away}."),
        Capability::new(
            "tense and hedge",
            "\"this won't happen again\" flags; the hedged forms do not",
        )
        .flags("{This won't|This will never|It'll never|It will never} happen again{.|!}")
        .quiet("{This shouldn't|Hopefully this won't|We hope this doesn't} happen again{.|!}"),
        Capability::new(
            "typos",
            "phone typing: lower case, no apostrophes",
        )
        .flags("{we'll make sure|well make sure|i promise|i guarantee} this {wont happen|will never happen|never happens} again"),
        Capability::new(
            "spelling",
            "British and American spelling of the same guarantee",
        )
        .flags("We'll {prioritise|prioritize} this to {guarantee|ensure} it never happens again in any {centre|center}."),
        Capability::new(
            "certainty in other words",
            "a guarantee tagged on after a comma, a connection promised as certain, every penny promised back; hoped, or our own refund with a date, is fine",
        )
        .flags("{Our crews will have you back on well before 3, guaranteed.|It will be with you by Friday, for sure.|No need to worry, you'll definitely make your connection!|Don't worry, we'll get every penny back for you.}")
        .quiet("{We hope it will arrive tomorrow, for sure.|I'll get every penny of the refund back to your card today, you'll see it by Monday.|You'll definitely make it if the flight is on time, but I can't promise that.|Delivery is free on orders over £50, guaranteed.}"),
        Capability::new(
            "never to anyone else, no doubt",
            "\"so that this never happens to another guest\", \"your claim will be approved, no doubt about it\"; a doubt mid-sentence before our own call is not a tag",
        )
        .flags("{I have shared your comments so that this never happens to another guest.|Your claim will be approved, no doubt about it.|The repair will hold, without a doubt.}")
        .quiet("{Your claim will be assessed on Monday, no doubt about it, and we'll call you after.|No doubt you're frustrated, and I'm sorry.}"),
        Capability::new(
            "whatever it takes, nobody ever",
            "a guarantee tagged on before another clause (\"..., whatever it takes, and we'll update you\"), after a \"don't worry\"; security told as absolute (\"nobody will ever be able to access your money\"); the advice \"no one will ever ask for your PIN\" is not",
        )
        .flags("{Don't worry – we will get your number moved across, whatever it takes, and we'll update you.|Nobody will ever be able to access your money.|No one can ever access your account without your code.}")
        .quiet("{No one from our team will ever ask for your PIN.|Nobody will ever ask you to move money to a safe account.}"),
        Capability::new(
            "every item back",
            "\"don't worry, we'll get every item back for you\" promises what nobody has checked; a restore from a named backup by a time is a plan",
        )
        .flags("{Don't worry, we'll get every item back for you.|Don't worry, we'll restore every file.}")
        .quiet("{We'll restore every file from Monday's backup by 5pm.|Every item in your basket is saved for 7 days.}"),
        Capability::new(
            "so it doesn't happen again",
            "a purpose that promises no repeat (\"we'll sort it with the store so it doesn't happen again\"); \"so it doesn't happen to your next order, pick a slot\" is advice",
        )
        .flags("{We'll get this sorted with the store so it doesn't happen again.|I've passed it to the depot so that this won't happen again.}")
        .quiet("{I've refunded the fee so you're not out of pocket.|Pick a delivery slot so you're in when it arrives.}"),
        Capability::new(
            "works every time",
            "\"Netflix US will work every time\" promises what a third party controls; \"it should work on most services\" hedges",
        )
        .flags("{ShieldVPN can't be blocked by any streaming service, so Netflix US will work every time.|The adapter works every single time.}")
        .quiet("{It should work with most streaming services.|It worked every time in our tests, and here's the setup guide.}"),
        Capability::new(
            "tracked down, unlocked, never again in other words",
            "\"don't worry, we'll track down your parcel\", \"don't panic, we'll get your account unlocked\", \"we'll make sure nothing like this ever turns up in our food again\"; \"we'll check where your parcel is by 5pm\" is a plan",
        )
        .flags("{Don't worry, we'll track down your parcel and get it to you.|Don't panic, we'll get your account unlocked, just DM us.|We'll make sure nothing like this ever turns up in our food again.}")
        .quiet("{We'll check where your parcel is and reply by 5pm.|I've unlocked your account; you can sign in now.}"),
        Capability::new(
            "outcomes promised in other words",
            "\"it will not happen to you again\", \"her street won't lose power again\", \"no one will ever be able to get into your data\", \"every bank in Europe will accept it\", \"the app will stay up for every payday going forward\"; \"you won't be charged again, as I've cancelled it\" is a deliverable",
        )
        .flags("{It will not happen to you again.|Her street won't lose power again this season.|No one will ever be able to get into your data.|Every bank in Europe will accept Checkout payments without extra steps.|The app will stay up for every payday going forward.}")
        .quiet("{I've cancelled the plan, so there are no more charges.|We'll be open from 9am going forward, and the new hours are on our site.}"),
        Capability::new(
            "certainty without guarantee words",
            "\"you have my word\", \"zero chance of it happening a second time\", \"that's the last time you'll face a delay\", \"the new router will solve all your connection issues\", \"the next delivery will arrive perfectly\", \"you'll never get a fake\"; a fallback, a hedge or an in-control step is not",
        )
        .flags("{You have my word it'll be working by tonight.|There's zero chance of it happening a second time.|That's the last time you'll face a delay with us.|The new router will solve all your connection issues.|Trust me, the next delivery will arrive perfectly.|All our sellers are vetted, so you'll never get a fake.|Our team guarantees you'll be reconnected within the hour.|Nothing like this will ever happen again on our flights.|We'll make certain your next stay is flawless.|It won't be an issue from now on.}")
        .quiet("{Once it's installed it should run smoothly, and if not, call us on 0800 123 456.|The update should fix most of the issues you mentioned.|I can't guarantee it won't be an issue again, but I've raised it with the depot.|The last time you called was on Monday.|You will never be asked for your PIN by us.|We'll go through everything with you on Monday at 10am.|If it happens again, reply here and we'll refund the fee.}"),
        Capability::new(
            "certain in fresh words",
            "\"they'll have it running like new\", \"you won't have any more drops from now on\", \"it'll be back up by teatime for sure\", \"it won't get declined again\", \"with complete confidence\", \"will definately be back\", \"without fail\"; a hedge, or a promise in another clause from a hedge, is not",
        )
        .flags("{A technician will book the repair and they'll have it running like new.|We've upgraded the exchange and you won't have any more drops from now on.|Our partner is on site and it'll be back up by teatime for sure.|Our fraud team has cleared it and it won't get declined again.|I can tell you with complete confidence that you won't lose data again.|The lift will definately be back in service by Monday.|It'll be back in your account by this evening without fail.|Staff at the next stop are ready to help and it won't happen again this summer.}")
        .quiet("{We're doing our best to make sure it won't happen again.|The engineer should have it running well again after the visit.|It should be back up by teatime; I'll update you at 5pm.}"),
        Capability::new(
            "take it from me, impossible to hack",
            "\"take it from me, you won't hear another peep\", \"impossible to hack\", \"you are certain to pass\", \"no two ways about it\", \"no way the committee will approve it\", \"you'll have blazing sunshine\", \"definately be paid out\", \"every item is fully certified and safe\"; a hedge, a check described, an honest \"can't say\" are not",
        )
        .flags("{Take it from me, you won't hear another peep from them.|Our systems are now impossible to hack.|You are certain to pass the resubmission.|It'll be on your doorstep before 10am, no two ways about it.|There's no way the committee will approve it.|You'll have blazing sunshine the whole week.|You'll definately be paid out in full.|Every item listed on our marketplace is fully certified and safe to use.}")
        .quiet("{It should be with you before 10am, and tracking updates at 7.|Every item is checked against the certification list before it's listed, and if anything's wrong you get a full refund.|We can't say for certain whether it will be approved.}"),
        Capability::new(
            "never again far off, in no time",
            "\"so this never happens with your orders again\", \"the tower will be back up in no time\"; \"we'll have it back up by 6pm and I'll update you then\" is a plan",
        )
        .flags("{I've shared it with the team so this never happens with your orders again.|The tower will be back up in no time.}")
        .quiet("{We'll have the tower back up by 6pm, and I'll update you then.|This rarely happens, and I've reported it to the depot.}"),
        Capability::new(
            "make sure it's on your doorstep, could never be lost",
            "\"I'll personally make sure it's on your doorstep tomorrow\", \"whatever the problem turns out to be, we'll definitely get it fixed\", \"we'll have this completely resolved\", \"we'll have them all restored\", \"it will work for every payment\", \"your money could never be lost\"; a step the agent controls is not",
        )
        .flags("{Please DM the tracking number and I'll personally make sure it's on your doorstep tomorrow.|Whatever the problem turns out to be, we'll definitely get it fixed for you today.|DM us and we'll have this completely resolved for you.|Our dev team is on it and we'll have them all restored for you.|I've removed the block, and it will work for every payment you make on this trip.|Your money could never be lost with us, whatever happens.}")
        .quiet("{I've removed the block on your card, so you can pay again now.|I'll check the tracking and reply by 5pm today.}"),
        Capability::new(
            "sorted before the form is back",
            "\"please fill in your details here. We'll sort this\" promises an outcome before anyone knows the problem; asked for in the same sentence (\"drop your order number in the form and we'll fix it\", \"kindly DM us the booking number, we'll fix it for you\") it is a promise on a condition, vague but no guarantee; \"we'll sort this\" after the problem is named and a step the agent controls after the form are not",
        )
        .flags("{Please fill in your details here: https://example.com/form. We'll sort this for you right away.|We'll sort this for you. Can you DM us your order number?}")
        .quiet("{I can see the double charge on your card, so I've refunded it now.|Please fill in your details here: https://example.com/form and I'll reply by 5pm today.|Drop your order number in the form and we'll fix it.|Kindly DM us the booking number, we'll fix it for you.}"),
        Capability::new(
            "never counterfeit, will definitely have, every future order",
            "\"items shipped by us are never counterfeit\", \"your store will definitely have units\", \"made sure the restaurant gets every future order right\"; \"you can turn off auto-renew so it doesn't happen again\" is what the customer can do",
        )
        .flags("{Items shipped by us are never counterfeit.|Your local store will definitely have units on launch day.|I've made sure the restaurant gets every future order of yours right.}")
        .quiet("{You can turn off auto-renew so it doesn't happen again.|Our stores get new units every Friday.}"),
        Capability::new(
            "personally resolved, defect-free, no more outages",
            "\"I'll personally make sure this is resolved today\", \"the next unit will be completely free of any issues\", \"guaranteed defect-free\", \"there will be no more outages this week\"; \"I'll personally check it and reply by 5pm\" is a plan",
        )
        .flags("{I'll personally make sure this is resolved today.|The next unit will be completely free of any issues.|Everything we sell is guaranteed defect-free.|There will be no more outages in your area this week.}")
        .quiet("{I'll personally check it and reply by 5pm.|The repairs are finished, and I'll watch the line overnight.}"),
        Capability::new(
            "a promise that reassures",
            "\"we promise it's nothing personal!\" reassures; \"we promise it won't happen again\" still guarantees",
        )
        .quiet("Ha, we promise it's nothing personal! A colleague can clear it for you.")
        .flags("We promise it won't happen again."),
        Capability::new(
            "we promise it's not haunted",
            "\"we promise it's not haunted!\" jokes; \"we promise it's not going to happen again\" still guarantees",
        )
        .quiet("Haha, we promise it's not haunted! I've passed this on to the store.")
        .flags("We promise it's not going to happen again."),
        Capability::new(
            "where a thing will be, for certain",
            "\"your bag will definitely be on the plane with you\" guarantees what a transfer may not do; \"it should be on the same plane, and if not we'll courier it\" hedges with a fallback",
        )
        .flags("Your suitcase will definitely be on the plane with you.")
        .quiet("Your suitcase should be on the same plane, and if not we'll courier it to your hotel."),
        Capability::new(
            "the weather, a connection and a seat told as certain",
            "\"the weather's going to be perfect\", \"so you won't miss your connection\", \"you'll definitely be able to sit together\"; hard negative: a hedged forecast",
        )
        .flags("{Yes, the tour will run,|Don't worry,} the weather's going to be {perfect|lovely} all weekend.")
        .flags("Your {connecting flight|onward train} will be held {for you|until you arrive} so you won't miss {it|your connection}.")
        .flags("{No need to worry|Don't panic}, you'll definitely be able to {sit together|board with your pram}.")
        .quiet("{The forecast looks good|It looks set to be dry} for the weekend, so the tour should run; we'll text you by 8am if it changes."),
        Capability::new(
            "never again as 'can't happen', lag eliminated, a connection made easily",
            "\"so this can't happen again\", \"the new servers will completely eliminate lag\", \"you'll make it easily\"; hard negative: the fix described with a hedge",
        )
        .flags("{We've patched it and added monitoring, so this can't happen again.|The new servers will completely eliminate lag for EU players.|You'll make it easily, connections there are always quick.}")
        .quiet("We've patched it and added monitoring, which should make this much less likely."),
        Capability::new(
            "an outcome at any cost, a journey's end promised",
            "\"I'll make sure you get the refund, one way or another\", \"we'll make sure it's replaced, no matter what\", \"we will get you to Madrid in time for the match\" promise what nobody controls",
        )
        .flags_for(UPSET, "{Leave it with me, I'll make sure you get the refund one way or another.|We'll make sure it's replaced, no matter what.|Don't worry, we will get you to Madrid in time for the match.}"),
        Capability::new(
            "a perfect day promised, no chance of trouble, certain to go through",
            "\"opening day will be completely smooth\", \"there's no chance of a delay this time\", \"you'll make it with time to spare\", \"your train will be leaving on time\", \"it's sure to be approved\", \"flawless signal anywhere in Leeds\", \"every penny back\", \"the road will definitely reopen on Friday\", \"our couriers will reach you no matter what\" promise what nobody controls",
        )
        .flags_for(UPSET, "{We've doubled the servers, so opening day will be completely smooth.|There's no chance of a delay this time.|You'll make it with time to spare.|Your train will be leaving on time tomorrow.|It's sure to be approved before you fly.|You'll get flawless signal anywhere in Leeds.|You'll get every penny back.|The road will definitely reopen on Friday.|Our couriers will reach you no matter what.}"),
        Capability::new(
            "every fault fixed by one update",
            "\"the new firmware fixes all the Wi-Fi issues\" promises what nobody can",
        )
        .flags_for(UPSET, "{Good news: the new firmware fixes all the Wi-Fi issues.|The 2.1 patch will fix all your crashing problems.}"),
        Capability::new(
            "don't worry, you'll make it",
            "\"don't worry, you'll make it with time to spare\" promises what nobody controls; the worry negated is not the promise",
        )
        .flags_for(UPSET, "{Don't worry, you'll make it with time to spare!|Please don't worry, you will make it easily.}"),
        Capability::new(
            "fully staffed from now on",
            "\"that branch will be fully staffed from now on\" promises others' conduct",
        )
        .flags_for(UPSET, "I've told the area manager and that branch will be fully staffed from now on."),
        Capability::new(
            "safety nobody can promise",
            "\"100% nut free\", \"100% waterproof\" promise what no kitchen or factory can; \"made without nuts, but in a kitchen that handles them\" is honest",
        )
        .flags("{Yes, all our cookies are 100% nut free so enjoy!|Don't worry, the case is 100% waterproof.|It's 100 percent gluten free, tuck in!}")
        .quiet("{The cookies are made without nuts, but in a kitchen that handles them, so we can't rule out traces.|The case is rated IP68 for 30 minutes at 1.5 metres.}"),
        Capability::new(
            "fixed completely, by someone else",
            "\"the vendor's patch means it will be completely fixed tonight\" promises another's fix; \"should be fixed tonight\" hedges",
        )
        .flags("{The vendor is pushing a patch and this will be completely fixed by tonight.|Our supplier has found it, so it will be totally resolved tomorrow.}")
        .quiet("{The vendor is pushing a patch tonight, which should fix it.}"),
        Capability::new(
            "arrival, catching up, never again, finished for sure",
            "\"it'll definitely have reached their account by morning\", \"the crew will make up the time\", \"you won't see queues like that again\", \"the works will be completely finished\" promise what no agent controls",
        )
        .flags("{It'll definitely have reached their account by the morning.|Don't worry, the crew will make up the time in the air.|I've fed this back and you won't see queues like that again.|The works will be completely finished before you arrive.}")
        .quiet("{Transfers usually reach the other account by the next morning.|The works are due to finish on the 10th, two days before you arrive.}"),
        Capability::new(
            "advice so it doesn't happen again",
            "\"worth turning on purchase confirmation so it doesn't happen again\" is a tip to the customer; \"we've spoken to the driver so it won't happen again\" promises",
        )
        .quiet("{Also worth turning on purchase confirmation so it doesn't happen again.|I'd recommend enabling two-step login so this doesn't happen again.}")
        .flags("{We've spoken to the driver so it won't happen again.}"),
        Capability::new(
            "proof against anything, another's staffing",
            "\"it'll survive anything you throw at it\" and \"we'll make sure the branch has more staff on\" promise what the agent cannot",
        )
        .flags("{It's rated IP68 so it'll survive anything you throw at it!|We'll make sure the branch has more tellers on at lunchtime.}"),
        Capability::new(
            "always safe, the lost thing back",
            "\"you'll always be completely safe with us\" and \"we'll get your save back for you\" promise what nobody on the desk controls",
        )
        .flags("{Every driver is checked, so you'll always be completely safe with us.|Leave it with us, we'll get your save back for you.}"),
        Capability::new(
            "another's repair, certain",
            "\"the council will definitely have the road reopened by Monday\" promises another's work",
        )
        .flags("{The council will definitely have the road reopened by Monday.}"),
        Capability::new(
            "another's next patch, certain",
            "\"the maker's next firmware patch will fix this\" promises another's fix",
        )
        .flags("{Sony's next firmware patch will fix this crash for everyone.}"),
        Capability::new(
            "help assured, no outcome",
            "\"we assure you that you will be assisted\" promises help, not an outcome; \"I assure you this will be fixed\" does",
        )
        .quiet_for(UPSET, "{We assure you that you will be helped accordingly.|I can assure you that you'll be looked after at the desk.}")
        .flags_for(UPSET, "{I assure you this will be fixed today.}"),
        Capability::new(
            "certain of what the day will bring",
            "\"your bags will be on the next flight for sure\", \"everything will be fine\", \"we'll get you there on time\" promise what nobody on the desk controls; \"everything will be fine once you restart the router\" is a tip",
        )
        .flags_for(UPSET, "{Your bags will be on the next flight for sure.|Everything will be fine, don't worry.|We will get you there on time.}")
        .quiet_for(UPSET, "{Everything will be fine once you restart the router.}"),
        Capability::new(
            "a smooth outcome made sure of",
            "\"we'll ensure a smooth delivery\", \"we'll make sure your next order is hassle-free\", \"we'll ensure the repair goes smoothly\"; \"we'll try to ensure a smooth delivery\" hedges, and \"make sure the surface is clean\" is a step",
        )
        .flags("{Order it again today and we'll ensure the delivery is smooth.|We'll make sure your next order is hassle-free.|We'll ensure the repair goes smoothly this time.|We'll make certain the next visit is trouble-free.}")
        .quiet("{We'll try to ensure a smooth delivery next time.|Please make sure the surface is clean before you stick it on.|We aim to make sure every delivery is smooth.}"),
        Capability::new(
            "effort promised, not an outcome",
            "\"we'll definitely work on the miss\" and \"we will certainly work towards a fix\" promise effort; \"the new card will definitely work abroad\" promises an outcome",
        )
        .quiet("{We'll definitely work on the miss.|We will certainly work towards a fix.|We'll absolutely work with the courier on this.}")
        .flags("{The new card will definitely work abroad.|Your router will definitely work again tonight.}"),
        Capability::new(
            "sure in the agent's mind",
            "\"we're positive the order will be delivered by Friday\", \"I'm confident your parcel will arrive tomorrow\" and \"I'm certain this will be fixed\" promise what others deliver; \"I'm not confident it will arrive today\", \"if the depot reopens, we're confident it will arrive\" and a question do not",
        )
        .flags_for(UNKNOWN, "{We're positive the order will be delivered by Friday.|I'm confident your parcel will arrive tomorrow.|I'm certain this will be fixed.|We are convinced that the engineer will be there on time.|We're quite confident it will be back by tonight.}")
        .quiet_for(UNKNOWN, "{I'm not confident it will arrive today, so I've asked the depot.|If the depot reopens, we're confident it will arrive tomorrow.|Are you confident the order will be delivered to the right flat?}"),
        Capability::new(
            "a decision told as made, safe whatever happens",
            "\"your claim will be approved\", \"every penny is 100% protected\", \"version 5.1 will fix all crashes\" promise what others decide; \"your claim will be reviewed by Friday\" and \"if approved, the refund will follow\" do not",
        )
        .flags_for(UNKNOWN, "{Don't worry, your claim will be approved.|Your appeal will be upheld.|Every penny you hold with us is 100% protected.|You're 100% covered.|Version 5.1 will fix all crashes on Android.|The update resolves all the connection errors.}")
        .quiet_for(UNKNOWN, "{Your claim will be reviewed by Friday.|If your claim is approved, the refund will follow within 5 days.|We can't say yet whether the appeal will be upheld.}"),
        Capability::new(
            "every one of them promised back",
            "\"don't worry, we'll get every playlist restored\" promises all of what was lost before anyone knows it can be; by a time it is a plan",
        )
        .flags_for("your app wiped all my saved playlists after the update", "{Don't worry, we'll get every playlist restored for you.|We'll get all your playlists back.|We'll have every one of your saved games recovered.} Can you DM us your account email?")
        .quiet_for("your app wiped all my saved playlists after the update", "{We'll get all your playlists restored by 5pm today from last night's backup.|We've restored all your playlists from last night's backup.}"),
        Capability::new(
            "always from now on, a crash never again",
            "\"we'll make sure your orders always reach the right door\" and \"the site won't crash again after tonight's update\" promise what no one controls; \"make sure you always keep your receipt\" is advice, \"if it freezes again, restart it\" a tip",
        )
        .flags_for(UPSET, "{We'll make sure your orders always reach the right door.|I'll ensure the store always has staff on.|The site won't crash again after tonight's update.|The app won't go down again.}")
        .quiet_for(UPSET, "{Please make sure you always keep your receipt.|If it freezes again, restart it from the menu.|The site will not crash if you use the latest browser.}"),
        Capability::new(
            "their connection promised",
            "\"don't worry, you won't miss your connection\" promises what the airline decides; \"if you miss your connection, we'll rebook you\" plans for it",
        )
        .flags_for("will my connection in Doha wait for me if we land late?", "{Don't worry, you won't miss your connection.|You will not miss your flight, I promise.}")
        .quiet_for("will my connection in Doha wait for me if we land late?", "{If you miss your connection, we'll rebook you on the next flight at no cost.}"),
        Capability::new(
            "one agent asks for the details",
            "\"DM me\" asks for the details as \"DM us\" does, so \"I'll make sure to get this sorted\" beside it promises an outcome before anyone knows the problem; a done step beside it is no promise",
        )
        .flags("{I'll make sure to get this straightened out. DM me and I'll see you there.|DM me, and I'll make sure to get it all sorted.|We'll get this fixed for you. Just message me.}")
        .quiet("{I've refunded the charge. DM me if it doesn't show by Friday.|Message me your order number and I'll check where it is.}"),
        Capability::new(
            "a supply chain vouched for",
            "\"every product on our shelves is 100% ethically sourced\" guarantees what no desk controls; \"we audit our suppliers every year\" says what is done",
        )
        .flags_for("are your eggs really free range? I read they aren't", "{Every product on our shelves is 100% ethically sourced.|Our coffee is 100% responsibly sourced.}")
        .quiet_for("are your eggs really free range? I read they aren't", "{We audit our egg suppliers every year, and the last report is here: https://example.com/eggs}"),
        Capability::new(
            "certain of a seat, a connection, a flight; safe for ever",
            "\"you'll definitely get a seat\", \"she'll 100% make her connection\", \"your bag will absolutely be on the next flight\", \"your data can never be leaked\", \"your account is now unhackable\", \"there is zero risk of gluten\", \"from now on there will always be enough staff\", \"whatever's causing it, we will fix it\" promise what no desk controls; \"no service can promise zero risk\" and \"you should get a seat\" do not",
        )
        .flags_for(UNKNOWN, "{You'll definitely get a seat on the 6pm.|She'll 100% make her connection.|Your bag will absolutely be on the next flight in.|Your data can never be leaked with us.|Your account is now completely unhackable.|There is zero risk of gluten in anything we bake.|From now on there will always be enough staff on.|Whatever's causing it, we will fix it for you.}")
        .quiet_for(UNKNOWN, "{No service can promise zero risk, but our latest audit is here: https://example.com/audit|You should get a seat on the 6pm if you board early.|We've reset your password and turned on two-step login.}"),
        Capability::new(
            "long email",
            "a guarantee at each place of a long email; an in-control action does not flag",
        )
        .in_long_email(None, "{I promise this will never happen again.|All our products are 100% genuine.}", true)
        .in_long_email(None, "I've refunded the delivery charge to your card.", false),
    ]
}

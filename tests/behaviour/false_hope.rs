//! false-hope: hedged optimism instead of a commitment or a clear answer ("hopefully",
//! "fingers crossed", "we hope to ... soon", "we'll try to ... if possible", "it might ...")
//! that gives hope without committing. Not: a hedge on a troubleshooting tip, a friendly
//! wish, a hedge that still gives a concrete date, a plain promise (that is vague-promise).

use super::template::Capability;

pub fn suite() -> Vec<Capability> {
    vec![
        Capability::new(
            "vocabulary",
            "hopeful adverbs and idioms: hopefully, with any luck, fingers crossed, all being well",
        )
        .flags("{Hopefully|With any luck|Fingers crossed|If we're lucky|All being well|Touch wood|Let's hope} {it'll be back in stock soon|your parcel turns up before the weekend|the fault clears up on its own}.")
        .flags("{It ought to|It should} {arrive in time|turn up} if all goes well.")
        .flags("{Prices might drop|It might come back} in the new year, you never know!"),
        Capability::new(
            "hope to",
            "\"we hope to / we're hoping to\" an outcome, no commitment",
        )
        .flags("{We hope to|We're hoping to|We are hopeful we can|We're optimistic we can} {have it restored|get it fixed|have the app back up} {soon|in the coming days|before long}.")
        .flags("{We'd like to think|We're optimistic|I'd like to believe} it'll be {fixed|sorted} {soon|shortly}."),
        Capability::new(
            "modal hedge",
            "might / may / could / should happen, with no date",
        )
        .flags_for("{Will the blue one be back in stock?|Is that feature coming back?}", "{It|The blue one|That feature} {might|may|could|should} {come back|be available again|be added|be included} {at some point|later on|in the future}.")
        .flags_for("{When will it work on my old iPad?|Is the outage nearly fixed?}", "{It's likely to be fixed soon.|We expect it to be resolved shortly.|It may be supported in a future update.|We're optimistic about getting this sorted soon.|With a bit of luck it'll be back soon.}")
        .flags_for("{Will the blue one be back in stock?|Is that feature coming back?}", "{Possibly|Perhaps|Maybe} in {a future update|the next release|the coming months}.")
        .flags_for("{Will you ever add dark mode?|Any plans for more colours?}", "We {might|may} {add it|add more|introduce it} {in the future|at some point|down the line}.")
        .flags_for("{Will the blue one be back in stock?|Is that feature coming back?}", "{I'd expect|We'd imagine|I would anticipate} {it|that} to be {back|available} {soon|before long}."),
        Capability::new(
            "try if possible",
            "trying for an outcome \"if possible\"",
        )
        .flags("We'll {try to|try our best to|attempt to|see if we can} {get your money back|recover the parcel|get it restored} if {possible|we can}.")
        .flags("{I'll|We'd like to|We'll} {help|assist} {|you }if {I|we} can{.|!}"),
        Capability::new(
            "softening a no",
            "a \"we don't know\" softened with hope",
        )
        .flags("{We can't confirm a date|There's no date yet|We don't know yet|I can't promise anything}, but {hopefully|with luck|fingers crossed} it{'ll| will} be {soon|in the next update}."),
        Capability::new(
            "person",
            "the same hope said by I, we, the team, our engineers",
        )
        .flags("{I hope|I'm hoping|We hope|We're hoping|Our engineers hope|Our engineers are hoping} to have it {fixed|back online} soon.")
        .flags("The team {hopes|is hoping} to have it {fixed|back online} soon."),
        Capability::new(
            "troubleshooting hedge",
            "hard negative: a hedge on a tip (\"that might do the trick\")",
        )
        .quiet("{Clearing your cache|Restarting the router|Logging out and back in|Updating the app} {might|may|should|could} {do the trick|fix it|sort it out}.")
        .quiet("{This is likely to be a cache issue|That's likely due to an old browser}, so try clearing it.")
        // What ought to be true already, for the customer to check: a state now, a fix released.
        .quiet("{The feature|Offline mode|Your new plan} should be {available|working|live} {in your region now|on your account now|now}{.| - try restarting the app if you don't see it.}")
        .quiet("{This|That bug|The crash} should be fixed in the {latest|newest|current} {update|version|release}{.|, 4.2. Can you check you're on it?}")
        // An outcome tied to a step the customer can watch.
        .quiet("{It|The album|Your purchase} {should|may|might} {show up|appear} in your library {once the download finishes|after you restart the app|when you log in again}."),
        Capability::new(
            "descriptive modals",
            "hard negative: should/might/may describing how things work or the state after a fix",
        )
        .quiet("{The tracking page|Your order email} should show the courier's name{ and phone number|}.")
        .quiet("You might notice a small hold on your card; it {drops off|is released} within 3 days.")
        .quiet("We've restarted the server, so {the app|your account} should be working again now. {Let us know if not|Give it a try}!")
        .quiet("{Items in the sale|Most listings} may show a different price in the app{, as the app updates every hour|}.")
        // An expectation with what to do if it fails is an instruction.
        .quiet("{The update|Your new card|The refund} should {appear|show up|arrive} automatically; {if not|otherwise}, {restart the app|give us a call|reply here}."),
        Capability::new(
            "wishes",
            "hard negative: friendly wishes (\"hope this helps\")",
        )
        .quiet("{Hope this helps|Hope you enjoy it|Hope you have a great weekend|We hope you love your new phone|Hope that answers your question|Hope the party goes well}{!|.}")
        .quiet("{Fingers crossed for a sunny trip|Fingers crossed for your exam|We'll keep our fingers crossed the weather holds for you|Fingers crossed for sunshine at the festival|Hopefully see you on board again soon|Hopefully we'll see you again|Hopefully we'll hear from you soon}{!|.} Your boarding pass is in the app."),
        Capability::new(
            "concrete date",
            "hard negative: a hedged statement that still gives a concrete date or hour",
        )
        .quiet("If all goes {to plan|well}, {we should be open|it should arrive|the fix should be live} {on Friday|by 6 pm tomorrow|on 12 March}!")
        // A day of the month or a holiday is a date too.
        .quiet("{It's due on the 22nd, so it|It} should arrive {before Christmas|on the 22nd|by Easter}."),
        Capability::new(
            "promise, not hope",
            "hard negative: a commitment is vague-promise or fine, not false-hope",
        )
        .quiet("{We'll|I'll} {get back to you|be in touch|update you} {soon|by Friday}."),
        Capability::new(
            "typos",
            "phone typing: misspellings, no apostrophes, lower case",
        )
        .flags("{hopefully|hopefuly|hopefullly|fingers crossed|hopefully,} {itll|it will|it'll} be {back soon|fixed soon|sorted before long}"),
        Capability::new(
            "news that may come",
            "\"here's hoping\", \"we may have some news on that soon\"; news with a date, or \"may have an issue\", is no hope",
        )
        .flags("{Nothing confirmed yet, but here's hoping!|We may have some news on that soon.|We might have more information later on.|heres hoping it comes back!}")
        .quiet("{We'll have news on the release on 3 May.|We may have an issue with the address; could you confirm it?|We may have your size in store; the stock checker shows it live.}"),
        Capability::new(
            "no promises",
            "\"we'll try to squeeze you on if we can, no promises\" disowns the outcome; with a checked step and a time it is not",
        )
        .flags("{We'll try to squeeze you on if we can, no promises though!|No guarantees, but we'll see what we can do.|I can't promise anything, but we'll try.|We cannot guarantee anything, but we'll see.}")
        .quiet("{No promises, but I'll check with the captain and DM you by 5pm.|I can't promise anything about the date, but I've asked the courier to call you by 5pm.}"),
        Capability::new(
            "the driver may still come",
            "\"your driver may still be on the way\" in place of a check; \"your driver is 5 minutes away\" is a fact",
        )
        .flags_for("my driver's been stuck at 2 min away for 20 minutes, where is he", "{It might just be a GPS glitch and your driver may still be on the way.|Your courier should still turn up.}")
        .quiet_for("my driver's been stuck at 2 min away for 20 minutes, where is he", "I've checked: your driver is 5 minutes away and I've added a credit for the wait."),
        Capability::new(
            "might, could well, may quieten",
            "\"there might be an update out for it at some point\", \"it could well turn up before then\", \"lines may quieten down later\", \"the ban might well be lifted\"; a wish (\"hopefully it becomes your new favourite\") is not",
        )
        .flags("{Our team are aware and there might be an update out for it at some point.|We don't have stock dates, but it could well turn up before then!|Lines are busy but may quieten down later.|If the review finds a mistake the ban might well be lifted.}")
        .quiet("{Ooh exciting! Hopefully it becomes your new favourite.|Hope it becomes your go-to!}"),
        Capability::new(
            "may be possible",
            "\"a rebooking credit may be possible in some cases\" holds out hope; \"a rebooking credit is available: I've added it\" gives it",
        )
        .flags("{A rebooking credit may be possible in some cases.|A refund might be possible.}")
        .quiet("{A rebooking credit is available: I've added it to your account.|It's possible to change the date in Trips.}"),
        Capability::new(
            "places may free up, maybe in a future update",
            "\"a few places might free up nearer the start of term\", \"maybe a transfer tool will come in a future update\"; a place booked or a dated release is not",
        )
        .flags("{A few places might free up nearer the start of term.|Maybe a transfer tool will come in a future update.}")
        .quiet("{A place has freed up and I've booked it for you.|Save transfers arrive in the 2.1 update on 4 March.}"),
        Capability::new(
            "the store might get more",
            "\"the store might get more in the coming weeks\" hopes; \"the store gets more every Tuesday\" tells",
        )
        .flags("{The store might get more in the coming weeks.|Our shops may receive new stock later this month.}")
        .quiet("{The store gets more every Tuesday morning.|Our shops receive new stock on the 1st of each month.}"),
        Capability::new(
            "hopefully it turns up",
            "\"hopefully your parcel turns up\", \"hopefully it shows up before long\" hope for what is owed; \"hope your trip goes well\" wishes",
        )
        .flags("{Hopefully your parcel turns up before the weekend.|Hopefully it shows up before long.}")
        .quiet("{Hope your trip goes well!|Hopefully you enjoy the new season.}"),
        Capability::new(
            "should, with a fallback or a time just given",
            "\"everything should be there. If not, DM us\", \"maintenance until 6AM ET. It should be back up after that\" give a way or a time; \"it should be back up soon\" hopes",
        )
        .quiet("{Once you sign back in everything should be there. If not, DM us and we'll help.|We're doing maintenance until 6AM ET. It should be back up after that.}")
        .flags("It should be back up soon."),
        Capability::new(
            "what is owed, hoped for; luck; a chance still there",
            "\"hopefully you'll hear something soon\", \"you might still get lucky\", \"there's still a chance it comes tonight\"; hard negative: a wish for their day",
        )
        .flags("{Claims are still being looked at|Your case is still in the queue}, and hopefully you'll {hear something|receive an answer} soon.")
        .flags("{The earlier train is nearly full|The 6pm flight is almost full} but you might still get lucky {at the desk|if you ask the crew}.")
        .flags("{Drivers can be out late|Our couriers work until 9}, so there's still a chance it {makes it to you|turns up}.")
        .quiet("Thanks for flying with us, {hope you have a lovely trip|hope you enjoy the rest of your holiday}!"),
        Capability::new(
            "being on the move again, hoped for",
            "\"hopefully you'll be moving again shortly\", \"hopefully you'll be home soon\"; hard negative: a wish for their day",
        )
        .flags("{There's a fault near Twyford.|The train ahead has broken down.} Hopefully you'll be {moving again shortly|on your way soon|home soon}.")
        .quiet("{Enjoy the match tonight|Have a great holiday}, hope you have a lovely time!"),
        Capability::new(
            "the first of many is a welcome, not a hope",
            "\"Hopefully it's the first of many!\" welcomes a new customer",
        )
        .quiet("{Welcome aboard!|Haha welcome!} Hopefully it's the first of many {😄|!}"),
        Capability::new(
            "seeing what we can do, finished before long",
            "\"we'll see what we can do, but it may not be possible\" and \"it should be finished before long\" hope; \"send the details and we'll see what we can do to help\" is an offer",
        )
        .flags_for("can you move my booking to the deluxe room?", "{We'll see what we can do, but it may not be possible this late.|We'll see what we can do.}")
        .flags_for("my review has been pending for a week", "{Reviews are taking a little longer at the moment, but it should be finished before long.|It should be completed soon.}")
        .quiet_for("my review has been pending for a week", "Send us the reference and we'll see what we can do to help."),
        Capability::new(
            "luck, odds, more released, the last of it",
            "\"you might get lucky at the gate\", \"it could well be on its way already\", \"there may be more seats released nearer the date\", \"your train should operate as planned\" hope; \"hopefully that's the last you'll see of it!\" after a fix is a wish",
        )
        .flags_for("is there any chance of an upgrade? it's our honeymoon", "{Upgrades are done at the gate, so you might get lucky on the day.|There may be more upgrade seats released nearer the date.}")
        .flags_for("my suitcase still hasn't arrived", "{Cases usually turn up, so it could well be on its way to you already.|Your flight should operate as planned.}")
        .quiet_for("that fixed it, thanks!", "Brilliant, hopefully that's the last you'll see of that error!"),
        Capability::new(
            "plans that might be revisited; a time told just before",
            "\"we might revisit it later in the year\" hopes; \"work runs until 5am. Everything should be back after that\" gives the time",
        )
        .flags_for("bring back the old layout please", "I've passed it on and we might revisit it later in the year.")
        .quiet_for("is the app down?", "Planned work runs until 5am. Everything should be back to normal after that."),
        Capability::new(
            "seats that may still be there; the sun wished for",
            "\"there may still be seats on the first train\" hopes; \"hopefully the sun shines for you!\" is a wish",
        )
        .flags_for("the 6am is full, can I get on it?", "There may still be seats on the first train, ask at the desk.")
        .quiet_for("off to Spain tomorrow!", "Have a brilliant trip! Hopefully the sun shines for you."),
        Capability::new(
            "never say never, getting through, a wish for them",
            "\"Maybe! Never say never\" and \"hopefully you'll get through quicker later\" hold out hope; \"fingers crossed for you, you'll smash it\" wishes them well",
        )
        .flags("{Maybe! Never say never 😉|Hopefully you'll get through a bit quicker later in the week.}")
        .quiet("{Ooh exciting! Fingers crossed for you, you'll smash it!}"),
        Capability::new(
            "any day now",
            "\"it should be with you any day now\" hopes with no time",
        )
        .flags("{It should be with you any day now.|The update should land any day now 🤞}"),
        Capability::new(
            "might still come one day",
            "\"support for older models might still come in the future\" holds out hope",
        )
        .flags("{Support for older models might still come in the future though!|A dark mode may well arrive at some point.}"),
        Capability::new(
            "hope with a few days, may still make it, they'll try",
            "\"hopefully in the next few weeks\" gives no time to hold them to; \"you may still make it\" and \"they'll try to help if they can\" hope; \"hopefully by Friday 5pm\" gives a time",
        )
        .flags("{More are on the way, hopefully in the next few weeks.|It should be with you in the next couple of days hopefully.|You may still make it as connections sometimes wait.|Pop into the store and they'll try to help if they can.}")
        .quiet("{It should be with you by Friday 5pm.}"),
        Capability::new(
            "an estimate without its unit",
            "\"it left 5 mins ago, so it should be with you in about 10\" gives a time",
        )
        .quiet("{I've called the store and your pizza left 5 mins ago, so it should be with you in about 10.}"),
        Capability::new(
            "there may be, down the line",
            "\"there may be some offers down the line\" holds out hope",
        )
        .flags("{Nothing planned we can share, but there may be some offers down the line 😉}"),
        Capability::new(
            "a way to try, with its step",
            "\"we might be able to resolve it by cleaning the cartridges\" is a tip; \"we might be able to get you a refund\" still holds out hope",
        )
        .quiet("{We might be able to resolve the streaking by cleaning and aligning the cartridges: the steps are here.|You may be able to fix the sync by signing out and back in.}")
        .flags("{We might be able to get you a refund for the missed show.}"),
        Capability::new(
            "an offer's own hedge",
            "\"I'd be happy to run a line test and help if I can\" offers; \"we will try to help if possible\" still hopes",
        )
        .quiet("{I'd be happy to run a line test and help if I can, if you DM your account number.|We'd be happy to check the booking and sort it if we can.}")
        .flags("{We will try to help if possible.}"),
        Capability::new(
            "we'll see, after asking",
            "\"we'll see if we can\" said alone hopes; after a question or a request for details it is the last step of an offer to look",
        )
        .flags("{We'll see if we can get it back for you.|We'll see whether the store can hold one.}")
        .quiet("{Could you send us the order number? We'll see if we can track it down.|Please share a screenshot of the error and we'll see if we can work out what's going on.|Would you mind sending the link to the page? We'll see whether we can find it.}"),
        Capability::new(
            "a state to check, with what to do if the tip fails",
            "\"we should be up and running; if these steps don't do the trick, DM us\" is a state to check; \"it should be back up soon\" hopes",
        )
        .quiet("{We should be up and running — if these steps don't do the trick, DM us.|The app should be working again, and if clearing the cache doesn't help, we'll take a closer look.}")
        .flags("{It should be back up soon.|Service should return shortly, if all goes well.}"),
        Capability::new(
            "always looking, after a no or not",
            "\"no plans for Truro, but we're always looking at new locations\" holds out hope in place of plans; \"thanks! we're always looking for new ways to get better\" is how the company works",
        )
        .flags("{No plans for Truro, but we're always looking at new locations.|There's nothing planned for Leeds yet. We're always looking at new sites.}")
        .quiet("{Thanks for the idea! We're always looking for new ways to get better.|Love this idea, we're always looking for new flavours to try!}"),
        Capability::new(
            "a wish to a customer who only thanks",
            "\"hopefully you'll find more deals in the sale\" to \"superb service, thanks!\" is a friendly wish; to \"thanks, but when is it back?\", \"not happy, the app is buggy\" or \"great, it's late again\" it is hope in place of an answer",
        )
        .quiet_for("{As usual superb customer service, thanks for the prompt response|Love the new menu, great job}", "{Hopefully you'll find more deals in the upcoming sale.|Hopefully there will be more to come!}")
        .flags_for("{Thanks, but when is it back in stock?|Not happy, the app is buggy again|Great, my parcel is late again}", "Hopefully it will be back soon."),
        Capability::new(
            "no promises, beside something done",
            "\"we can't promise anything, but we've passed it to the menu team\" is honest about what may come of something done; \"no promises, but we'll try\" still disowns an effort",
        )
        .quiet("{We can't promise anything, but we've passed your request to the menu team.|No promises, but I've logged it with the product team.|We can't guarantee anything, but I have shared it with our buyers.|No promises from us, but we've sent it over as a suggestion.}")
        .flags("{No promises, but we'll try our best.|We can't promise anything, but we'll see.|No guarantees, but we're trying to get more in.}"),
        Capability::new(
            "more may come later",
            "\"more regions may come later, so stay tuned\" gives hope with no commitment; \"more colours are coming in May\" and \"it may arrive later today\" give a time",
        )
        .flags_for("{will you be adding servers for oceania? ping is awful|will you add more colours?}", "{More regions may come later, so stay tuned.|More colours might come later.|Support for it may come later.}")
        .quiet_for("{will you add more colours?|when does my parcel arrive?}", "{More colours are coming in May.|It may arrive later today, the driver has it.}"),
        Capability::new(
            "a wish about what is over, a tip's hedge",
            "\"I hope the party still went well\", \"hope your daughter loved the replacement cake\" and \"hopefully the new filter does the trick\" promise nothing; \"hopefully your parcel was delivered\" hopes about what is not known",
        )
        .quiet_for("my birthday cake never arrived and the party was ruined", "{I've refunded the cake in full. I hope the party still went well.|I hope the wedding was wonderful all the same.|I hope your daughter loved the replacement cake.|Try the new filter in the box. Hopefully the new filter does the trick.}")
        .flags_for("my parcel never arrived", "{Hopefully your parcel was delivered.|Hopefully the parcel turns up.}"),
        Capability::new(
            "the rest of their time wished well",
            "\"I hope the rest of your stay goes smoothly\" is a wish for them; \"hopefully the rest of your order arrives soon\" hopes for what is owed",
        )
        .quiet("{I've refunded the missing items. I hope the rest of your {stay|week|isolation} goes smoothly.|Hope the rest of the trip is better!}")
        .flags("{Hopefully the rest of your order arrives soon.}"),
        Capability::new(
            "back online hoped for, another party who might still agree",
            "\"we hope to have you back online soon\" and \"the organiser might still agree to a refund\" hold out hope; \"we hope to have you back soon!\" and \"we hope to have you back on board\" welcome them again",
        )
        .flags("{We hope to have you back online soon.|We hope to have you back up and running soon.|The organiser might still agree to a refund.}")
        .quiet("{Thanks for flying with us, we hope to have you back soon!|We hope to have you back on board soon.}"),
        Capability::new(
            "a request signed off with thanks",
            "\"fix the map please. Thanks.\" asks for something, so \"hopefully it gets resolved asap\" is hope in place of an answer; to \"Thanks!\" or \"Thank you, got it.\" it is a friendly wish",
        )
        .flags_for("{fix the Pointe du Hoc map please. Thanks.|Please bring back the blue one. Thank you|Add a dark mode for the app. Thanks in advance}", "{Hopefully it gets resolved asap.|Hopefully it will be back soon.}")
        .quiet_for("{Thanks!|Thank you, got it.}", "{Hopefully you'll find more deals in the sale.|Hopefully there will be more to come!}"),
        Capability::new(
            "a tip's hedge and a wish",
            "\"that may well fix it\", \"it should go through if you try again\" hedge a step the customer takes; \"Congratulations! Hopefully many happy miles ahead\" wishes them well; \"it should be back soon\" still hopes",
        )
        .quiet_for("the payment keeps failing", "{Try removing the card and adding it again; that may well fix it.|It's all back up now, so it should go through if you try again.}")
        .quiet_for("just picked up my new car!!", "Congratulations! Hopefully many happy miles ahead 🎉")
        .flags_for("the payment keeps failing", "{Our card processor is down, it should be back soon.}"),
        Capability::new(
            "maybe they will, more could come soon",
            "\"I'll pass it on and maybe they'll be able to match it\", \"more sizes could drop soon\" hold out hope; \"maybe try restarting it\" is a tip",
        )
        .flags_for("will you price match this?", "{I'll pass it to the pricing team and maybe they'll be able to match it!|We're not sure yet, but more sizes could drop soon!|Perhaps we can look at it again next year.}")
        .quiet_for("the app keeps freezing", "{Maybe try restarting it first?|Perhaps clear the cache and log in again.}"),
        Capability::new(
            "long email",
            "the hedge at each place of a long email; a plain date does not flag",
        )
        .in_long_email(None, "{Hopefully the jacket will be back in stock soon.|We hope to have the gloves restocked before long.}", true)
        .in_long_email(None, "The jacket is back in stock on 3 April.", false),
    ]
}

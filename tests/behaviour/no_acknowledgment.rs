//! no-acknowledgment: the customer is visibly upset (insults, "worst", "ridiculous", caps,
//! "!!!", angry emoji, threats to leave, sarcasm, "HELP!") and the reply acknowledges
//! neither the feeling nor the badness of the situation. Generic willingness, bare
//! questions, links, "thanks for your patience" do not acknowledge; a short "that's strange"
//! does. A calm customer is never owed one, however curt the reply; with no customer message
//! there is nothing to judge.

use super::template::{slot, Capability};

/// Upset customers, each showing it a different way.
const UPSET: &[&str] = &[
    "This is the worst service I have ever had!!!",
    "Ridiculous. Third time my parcel has gone missing.",
    "I'm so tired of waiting on hold for an hour every time",
    "WHERE IS MY ORDER??? Two weeks and nothing",
    "Cancelling my account. You've lost a customer 😡",
    "Wow, great job losing my bag again. Thanks a lot 🙄",
    "HELP! My card was charged twice and nobody answers",
    "What the hell is going on with my delivery",
    "Absolutely useless app, crashes every single time I open it",
    "Still no refund. Disgusting way to treat people.",
];

/// Replies that acknowledge nothing: a request, a question, a link, willingness, thanks.
const BARE: &[&str] = &[
    "Please DM us your order number.",
    "Can you send us the email on your account?",
    "We've replied to you here: https://example.com/ticket/123",
    "Here's how to request a refund: https://example.com/refunds",
    "We're here to help! Send us a DM.",
    "Thanks for your patience. DM us your details.",
    "We appreciate your feedback.",
    "Have you tried reinstalling the app?",
];

/// Acknowledgements of the feeling or of the bad situation.
const ACKS: &[&str] = &[
    "Sorry about this.",
    "I'm sorry to hear that.",
    "We apologise for this.",
    "We apologize for this.",
    "I understand how frustrating this is.",
    "That's not good at all.",
    "Oh no!",
    "That's concerning.",
    "That's strange.",
    "I can see why you're upset.",
    "What a frustrating experience.",
    "That sounds really stressful.",
    "Oof, not what you need.",
    "Three failures in a day is not OK.",
    "That's far from the service you should be getting.",
    "Not good enough from us, I agree.",
];

/// Two bare replies, for capabilities that vary the customer's message.
const DM_OR_EMAIL: &str =
    "{Please DM us your order number.|Can you send us the email on your account?}";

const CALM: &str = "{Hi, can I change my delivery address?|What time do you open on Sunday?|Do you ship to Ireland?|Is the blue jacket coming back in medium?}";

pub fn suite() -> Vec<Capability> {
    let upset = slot(UPSET);
    let bare = slot(BARE);
    vec![
        Capability::new(
            "upset signals",
            "insults, \"worst\", caps, \"???\", emoji, sarcasm, threats to leave, \"HELP!\"",
        )
        .flags_for(&upset, "{Please DM us your order number.|Can you send us the email on your account?|Here's how to request a refund: https://example.com/refunds}"),
        Capability::new(
            "bare replies",
            "questions, links, instructions, willingness and thanks acknowledge nothing",
        )
        .flags_for(&slot(&UPSET[..4]), &bare),
        Capability::new(
            "acknowledgement",
            "hard negative: a short acknowledgement before the same bare reply",
        )
        .quiet_for(&slot(&UPSET[..3]), &format!("{} Please DM us your order number.", slot(ACKS)))
        // "I know it's been a long wait", "I'm gutted for you".
        .quiet_for(&slot(&UPSET[..3]), "{I know it's been a long wait.|I'm gutted for you.|We're heartbroken for you.|We can do better.|I'd feel the same way.|Totally fair to be annoyed.|Pardon the delay.} Please DM us your order number."),
        Capability::new(
            "naming the problem",
            "hard negative: naming the specific problem sympathetically",
        )
        .quiet_for(&slot(&UPSET[..3]), "We want to get your {refund|missing parcel|double charge} sorted{ for you|}. Please DM us your order number."),
        Capability::new(
            "ack distance",
            "hard negative: the acknowledgement at the end or in a later paragraph (\"we know these delays are a pain\"); \"we know you want it right away\" is no acknowledgement",
        )
        .flags_for(&slot(&UPSET[..3]), "We know you want it sorted right away. Please DM us your order number.")
        .quiet_for(&slot(&UPSET[..3]), "Please DM us your order number and the email on the account.{ |\n\n}{I'm really sorry about all this.|That's not the experience we want for you.|We know these delays are a pain.|I know this is not what you hoped for.}"),
        Capability::new(
            "calm customer",
            "hard negative: a curt reply to a calm customer is never flagged, nor abbreviations in capitals taken for shouting, nor a drawn-out \"so\" taken for a groan",
        )
        .quiet_for("{Soooo the parcel went to the wrong address… who got my socks???|Sooo excited for the new menu, when does it start??|Is the LEGO set back in stock? My son LOVES it!|Any news on the restock?? She's loving the first one!}", "Please DM us your order number.")
        .quiet_for("{My browser warns that the OCSP reply failed its OCSP check.|The SMTP and IMAP settings from the FAQ don't connect.|My PS4 shows NW-31201-7 when I connect over HDMI.}", "Please DM us your order number.")
        .quiet_for(CALM, &bare),
        Capability::new(
            "impatient, not upset",
            "hard negative: a customer chasing politely or impatiently is not upset",
        )
        .quiet_for("{Any update on my order?|Still waiting on my refund, any news?|Hi again, has my parcel shipped yet?|Is it normal that the update takes ages?}", DM_OR_EMAIL)
        // "So much for" inside a sentence: thanks, or plenty.
        .quiet_for("{Thank you so much for the quick reply!|Thanks so much for sorting my order, can I add a gift note?|There's so much for kids to do here, can I book online?|Not so much for the price, more the colour: do you have it in blue?}", DM_OR_EMAIL)
        // Switching plans, moving house, going home: no threat to leave.
        .quiet_for("{I'm thinking of switching to the annual plan, how much is it?|Considering moving to premium, what do I get?|Thinking of switching to paperless billing, how do I do that?|I'm planning to move to Spain, can I keep my number?|Thinking of going back to London next week, any deals?|Tempted to switch to the new app, is it out on Android?}", "{Please DM us your account number.|Can you send us the email on your account?}"),
        Capability::new(
            "strong words used harmlessly",
            "hard negative: an idiom, a self-deprecation or praise made stronger (\"worst case\", \"I'm terrible at passwords\", \"crazy good deal\", \"suck it up\", \"some annoying, minor bugs\"); the same words at the service still count",
        )
        .quiet_for("{Worst case, can I return it in store?|I'm terrible at remembering passwords lol, how do I reset mine?|Crazy good deal on the headphones, is it still on?|Ridiculously cheap flights, are they real?|At worst can I swap it for a bigger size?|Oh great, thanks! I thought I'd have to suck it up haha.|Really like the new editor, just some annoying, minor bugs with exporting. Any fix?|There are a couple of irritating glitches in the new menu, is an update coming?}", &bare)
        .flags_for("{This is the worst service I've had.|Your prices are ridiculous.|Your new app sucks.|Your app is so annoying, it logs me out every hour.|The app is terrible at remembering my login, what a joke.}", &bare),
        Capability::new(
            "a groan at their own slip, an error quoted, praise in quotes",
            "\"forgot my password again smh\" groans at themselves and \"I got 'Transfer failed' and my file was deleted\" quotes the machine; \"smh, third delay this week\", \"ffs the parcel is late\" and \"your “great” service lost it smh\" are upset",
        )
        .quiet_for("{Forgot my password again smh, how do I reset it?|I lost my PIN ffs, can you send a new one?|I got 'Transfer failed' and then my file was deleted, how do I get it back?|The app says \"Sync service unavailable\" and my notes got deleted. Any fix?}", &bare)
        .flags_for("{smh, third delay this week.|ffs the parcel is late again.|Your “great” service lost my parcel smh.|Forgot nothing, your app logged me out again. Smh.}", &bare),
        Capability::new(
            "a verdict for now, left alone, a loyal player let down",
            "\"Not happy right now.\", \"horribly slow\", \"can't believe it's this bad\", \"Not impressed at all.\", \"leave me and my account alone\", and a day-one player let down with a verdict; \"not happy with the colour, can I swap it?\", \"leave the parcel alone by the door\" and a day-one player asking how are calm",
        )
        .flags_for("{Not happy right now.|Not impressed at all.|Leave me and my account alone.|Please leave us alone.|Day one player and my items are gone. Not happy.|The app is horribly slow since the update.|Can't believe it's this bad.|Not at all impressed with the service.|Not happy whatsoever.}", &bare)
        .quiet_for("{Not happy with the colour right now, can I swap it?|Can you leave the parcel alone by the door?|Day one player here, how do I link my account?|Is it that bad if I skip the update?|It's not that bad, just slow to load, any tips?}", &bare),
        Capability::new(
            "excuses refused ahead, the answer to go public",
            "weak signs that need company: \"spare me the excuses\", \"none of these as an excuse!\", \"I'll retweet your reply\"; alone, or \"I'll share this with my sister\", they are calm",
        )
        .flags_for("{Spare me the excuses, the flight left without us again!|It was not full, so none of those as an excuse! I'll retweet your reply!|I'm going to post your answer online. Two hours on hold!!}", &bare)
        .quiet_for("{Spare me the details, just tell me the gate.|I'll share this with my sister, she had the same question.|No excuse needed, can I just rebook?}", &bare),
        Capability::new(
            "exasperated questions",
            "disbelief and rhetorical questions: \"how many times\", \"why do I bother\", \"is anyone reading\"; \"will you ever fix it\" needs company (a shout, a run of \"!!\"), as a fan asks \"will you ever bring it to Canada?\"",
        )
        .flags_for("{Any chance y'all are gonna EVER fix the stuck hand tool?|Will you ever fix this?? Three updates and still broken!!}", DM_OR_EMAIL)
        .quiet_for("{Will you ever bring the Switch version to Canada?|Are you going to ever do the mango one again?}", DM_OR_EMAIL)
        .flags_for("{How many times do I have to explain this?|Why do I even bother calling you|Is anyone actually reading these messages?|What kind of company treats people like this?|Is this how you treat loyal customers?|I can't believe you charged me again|How is this still not fixed after a month?|Why does nobody ever answer the phone?|Do you even care about your customers?|Where is my refund?!?!|Is anyone going to answer me???|Why is no one replying to my emails}", DM_OR_EMAIL),
        Capability::new(
            "ignored and out of patience",
            "being ignored, patience gone, nobody able to help, taking business elsewhere",
        )
        .flags_for("{I feel completely ignored.|I've lost all patience with this.|I'm taking my business elsewhere.|Switching to a competitor next month.|So done with this company.|You really let me down.|You guys dropped the ball.|I've had it with your service.|This is beyond a joke.|You've lost my business.|Thanks for losing my bag.|Ten years a customer and this is how I get treated.|Shame on you.|I'm at my wits' end with this.|I'm so stressed, the dress still hasn't come.|Your app is a total nightmare.|Every single time I order, something goes wrong.|I've emailed four times and heard nothing back.|My phone has never been slower.|Cancelling my subscription after this.|Not impressed at all with this order.|Far from happy with the repair.|Why am I paying for this?|Can someone please actually help me? Still nothing.|I keep hitting walls with your chat.|Three calls and I'm getting nowhere.|You didn't even reply to my email.|You should be ashamed of this.|What a joke of a company.|Really poor show today.|Switching providers tomorrow.|Do I really have to pay again just to get help??|Thinking of switching to Vodafone after this.|Seriously considering switching to BT.|Tempted to move over to EE tbh.|Why should I stay with you?}", DM_OR_EMAIL),
        Capability::new(
            "sarcasm and complaint",
            "cues that need company: \"Seriously?\", \"Typical.\", \"so much for\", \"not impressed\", \"nobody will tell me\"",
        )
        .flags_for("{Seriously? Charged twice again.|Typical. Late again.|So much for next-day delivery, still nothing.|Not impressed, this is the third time.|My photos are all ruined. Seriously?|Nobody will tell me where my bag is, been on hold twice.|Why is it so hard to cancel? I have asked three times.|Why does your app never work? Seriously?|Nothing works again today.}", DM_OR_EMAIL),
        Capability::new(
            "chasing and nothing works",
            "weak cues together: everything tried, many people asked, conflicting answers, a pointed \"??\"",
        )
        .flags_for("{I've tried every fix on your site and it still won't print.|Tried all the steps twice, same error every time.|Reset it, reinstalled it. Nothing. Same problem.|Spoke to 4 different agents and each one told me something else.|Talked to three reps and nobody can tell me anything.|It doesn't work at all ?? I only bought it yesterday.|Why sell it as waterproof when it dies after one swim ?? It doesn't work at all.|Not good enough. I want this fixed today.|Brilliant. The app froze again at checkout.|Just great, my booking is cancelled again.|A reply of any kind would be nice. Still no word.|Any update would be appreciated, it's been three weeks.|Surely Acme can reverse a charge it made. Do something!|Is anybody there? Not a word back since Monday.|You call this customer service?|I'm stuck at the airport with no flight and no hotel.|Do you even read these messages?}", DM_OR_EMAIL),
        Capability::new(
            "sarcastic praise",
            "praise said through the teeth beside a complaint: \"Great job, another delay\", \"Lovely.\" alone, an angry hashtag",
        )
        .flags_for("{So much for next day delivery.|Well, so much for 'we value your custom'.|Ordered a week ago. So much for express shipping.}", DM_OR_EMAIL)
        .flags_for("{Day 9 of waiting for my parcel. Brilliant.|Ordered on Monday, still nothing. Great.|Refund still missing. Lovely.|Train cancelled again. Typical.|Parcel lost. Unreal.}", DM_OR_EMAIL)
        .flags_for("{Great job, another delay on my parcel.|Well done, you lost my luggage twice this week.|Thanks a bunch, the update wiped my photos. Nothing works now.|Nice one, charged me twice again.|The app crashes every time I open it. Great work.|Another cancellation, another excuse. Seriously?|Lovely. Three hours on the runway and nobody told us anything.|Oh perfect, the site is down again right when I need to pay.|Love waiting forty minutes on hold only to get cut off.|The bus is late again, what a surprise.|#frustrated can't log in for the third day|Wow. My order was cancelled for no reason.|Apparently my refund was sent. Still nothing in my account.}", DM_OR_EMAIL),
        Capability::new(
            "disappointment, threats and distress",
            "upset said as disappointment, a warning to others, a chargeback, a present-tense last time, counting the wait, or someone vulnerable left without",
        )
        .flags_for("{My card was declined at the till, so embarrassing.|The room was filthy when we arrived.|Frankly unimpressed with the new billing portal.|I honestly expected far better from a bank this size.|Is it too much to ask for a parcel that arrives in one piece?|Your adverts lied about the data allowance.|That is false advertising and you know it.|I'll be filing a chargeback with my bank tomorrow.|I'm warning everyone at work to avoid you.|Expect a one star review from me.|That's the last time I book with you.|Still no sign of the engineer after 3 weeks.|Day 12 without a working landline and nothing has changed.|It's been over a month and nobody ever calls back.|HELP my account is locked and rent is due.|Stranded abroad and my card won't work.|No heating since Friday with an elderly dad at home.|So worried, there's a payment I never authorised.|Does anyone in that call centre actually know what they're doing?|Oh brilliant, the patch broke everything again.|Nice to know ten years as a customer means so little.|I need help urgently, I paid £900 for this holiday.|I'm really struggling, the double charge means I can't pay my rent.|The vase arrived smashed and it was a wedding present.}", DM_OR_EMAIL),
        Capability::new(
            "harm done and promises broken",
            "weak cues together: what the company broke or cancelled, a promise it did not keep, time given up, what the customer stands to lose",
        )
        .flags_for("{Where is my refund? You said five days and it's been three weeks.|I never ordered this, someone has used my card.|You cancelled my train and now I'll miss my brother's wedding.|The update deleted all my photos. Years of memories gone.|The engineer didn't turn up and I took the day off for this.|The courier was a no-show again and I stayed in all day.|You promised a callback and it's been ages.|I was told I'd get a refund and nothing has arrived.|The bus drove straight past me and I was late for work.}", DM_OR_EMAIL),
        Capability::new(
            "pointed asides",
            "weak cues together: \"anyone who matters\", \"without any reason\", \"had to cancel work\", plans thrown out, praise taken back, \"doing nothing to help\"",
        )
        .flags_for("{How do I reach someone that matters? Nobody ever calls back.|You charged me without any reason, again.|I had to cancel work on Monday for a delivery that never came.|That threw our plans out of whack, thanks for nothing.|Really first class service - erm not. On hold again.|The bank is doing nothing to help.|If my words even mean a thing to you, fix the app. Same error every time.|The food was inedible.|The app keeps logging me out, it's driving me mad.|My transfer hasn't arrived and I need it for my rent TODAY.|Ordered an hour ago, still nothing. Starving!|You guys should contact the seller, not me. Seriously.|I've been a loyal customer for 10 years and you treat me like this.}", DM_OR_EMAIL),
        Capability::new(
            "complaints told plainly",
            "no insult and no named feeling: a dry closer (\"brilliant\", \"great stuff\"), giving up, a rhetorical \"how do you lose ...\", counting, what it cost them",
        )
        .flags_for("{45 mins late and not a single announcement. brilliant|No wifi on a five hour journey. great stuff|Third replacement router, still the same problem. I give up|How do you lose a suitcase on a direct flight|You had one job|So I pay for premium and still get ads? Make it make sense|Can't get through on the phone, email bounces, twitter is my last hope|Bought a new laptop and the screen is already flickering. Not happy|I've asked for a callback 4 times now|You guys promised next day delivery. It's been 4 days|Nobody at the desk could help and they just shrugged|You cut my power off by mistake and I have a newborn at home|Missed my connection because of your delay and now I'm stuck overnight|Love being charged a fee to pay my own bill 🙃|The driver literally threw my parcel over the gate|This is the second time you've sent me the wrong size|I've been a customer for 15 years and I've never been treated this badly|This is the 4th time I am raising complaint but issue not resolved yet|Well that's my evening ruined. Thanks.|You'd think a company this size could manage a simple refund|Not sure why I bother with you anymore|Cancelled my order without telling me. Great.|Booked a table for my dad's 70th and you gave it away. Unreal.|Nobody has a clue what they're doing in that store|The tracking has said arriving today for 5 days now|Yet again the 7:42 is cancelled. How am I meant to get to work|This is the third email I've sent and all I get is automated replies|I feel like I'm talking to a brick wall|Do better|Sort your app out please, it crashes every time I open it|Don't bother ordering from these guys, 3 weeks and still nothing|Why does nobody at your company read emails|My flight got cancelled and your agent laughed at me|So the app is down on payday. Of course it is|Why am I being charged for a service I cancelled in May|Refund me. Now.|No wifi on the whole journey. Great stuff|The app won't load. Brilliant.|I've had no broadband for 9 days and work from home, this is costing me money|Nobody told us the flight was cancelled until we got to the airport|Hulu has buffered every 5 minutes all night. I pay for this?|Xbox Live has been down all day and still no word from you|Someone is using my account and nobody is doing anything about it|My comments keep disappearing. This is censorship|Zoom keeps kicking me out of class, I've missed two lectures now|Your app charged me for a subscription I never signed up for and there's no way to contact a human|Spent all morning trying to book a slot and the site crashed 4 times|Photoshop crashed and I lost my entire project. 6 hours of work|Your password reset emails never arrive, I've tried 10 times|Charged me $60 after I cancelled my trial on time. I have the confirmation email|The chat agent just closed the chat on me|Not impressed that my card was blocked while I was abroad and I couldn't pay for my hotel|The audacity to charge me a fee for paying by card|Not cool. Waited 2 hours for a table I booked|I'm so over this airline|Cmon man, third cancelled train this week|Ngl this is the last straw|3 hours on hold and they hung up. Cool cool cool|Genuinely can't believe how bad this has been|Your customer service has gone downhill so much|Just give me my money back|Wow. Just wow. Cancelled my order with no notice|Bruh my order has been out for delivery since 7am 💀}", DM_OR_EMAIL),
        Capability::new(
            "told in passing",
            "upset said without a named feeling: a rhetorical question about the staff, sarcasm beside a failure (\"Glad to know\", \"Love that for me\"), a dry closer that sours the praise around it, trying for months, \"what now\", \"please explain\"",
        )
        .flags_for("{Who trains these people? The driver left it in the rain.|I want to throw this laptop out of the window.|Why am I even paying you? Down again.|Fourth faulty charger in a row. Do you even test these?|I'm in so much pain and nobody can help me.|The replacement is faulty too. Amazing. Truly amazing work.|Logged out again mid-payment. Love that for me.|Glad to know my order means so little. Cancelled without asking me.|Oh good, the site crashed at checkout again.|Congratulations on the slowest queue I've ever seen, still waiting.|Been trying to close my account for 3 months. Why won't you let me leave?|Nobody at this store knows how to issue a refund. Literally nobody.|Why is it impossible to reach a real person?|Third replacement fridge and it still won't cool. What now|You advertised 500Mb and I get 20. Please explain|Mortifying, my card was declined at the till again.|Your app froze again at this point it feels like a joke.|Seriously thinking about cancelling after this week.|Sent the exact same faulty charger again.|Would have been nice to know before I drove there.|Guess I'll just sit in the dark then. Still no power.|Can you stop charging me for a plan I closed? Every single month.|What exactly are we meant to do now? No bus, no train.|Please read my notes, I've explained it three times.|That cancellation page is a dark pattern and you know it.|The app is unusable since the update.|The call dropped after two hours. I could cry.|I'm begging you, just let me talk to someone.|Still broken after a month. Do you even have a QA team?|I pay for premium and it's been down all day.|I just want an actual answer, I've asked three times.|Third cancelled train this week. At what point do you admit it?|How is it my problem that your site crashed?|Absolute state of this bus, no seats and no heating.|Is it too much to expect a working toilet?|So much for express delivery huh|The app forgets my card every time. Really helpful.|I missed my dad's birthday because the flight was cancelled. No apology.|Still on hold. 50 minutes and counting.|Second wrong invoice this quarter, can't even be bothered anymore. Whatever.|They said it was fixed. It's not.|If the wifi drops one more time I'm switching. Done with you.|I've given up trying to get a refund out of you.|Oh great, another outage right when I need to work. Love it.|The console froze mid-match after your update. Thanks for that.|Oh good, the stream froze right at the finale. Perfect timing as usual.|Another delayed train, another missed meeting. 1hr 20 late and counting.|He drove the other way. Twice. Cancelled on me.|Thanks for the 3rd cancelled train this week 🙃|This is the third replacement router and none of them work.|Is it bots all the way down? Asking for the 6th time.|Kindly advise when I might expect the refund promised 3 weeks ago. Third time asking.|Please stop emailing me upgrades when you can't even fix my line. Again.|Thanks for sending me the exact same broken part again.|Can you stop texting me about upgrades when my phone hasn't worked in a month?|And of course the app crashes right as I'm paying.|Lovely to come home to a missed delivery card when I was in all day.|Been on the phone since 2pm. Still no one.|7 days without a landline. My mum is 89 and relies on it.|Paid for express shipping, got it a week later. Where's my express shipping refund?}", DM_OR_EMAIL),
        Capability::new(
            "told in passing, calm",
            "hard negative: the same words in calm questions and warm thanks",
        )
        .quiet_for("{Who trains the staff on the new tills? Just curious.|Glad to know it's sorted, thank you!|Congratulations on the new store! Is it open Sundays?|Delighted to see the new menu, is it vegan?|Please explain the extra charge on my bill.|Is it impossible to change the date once booked?|Will the engineer come all day or in the morning?|I'm trying to pay here, is the card machine down?|Do you have any idea when it will be back in stock?|Good times at your Leeds branch, thank you!|My phone battery is dead, can I still check in online?|Can someone explain how the loyalty points work?|Please fix it when you can, the link on the menu page is broken.|I'm thinking about switching to the annual plan, what's the price?|What are we meant to bring to the appointment?|Would have been nice to have the vegan option, any plans to add it?|I pay for premium, does it include downloads?|Could I get a straight answer on the fee? Thanks!|Is the app still down in Leeds?|Do you have a QA team I could send this bug to?|Does the brownie contain nuts?|Imagine a menu with more vegan options, any plans?|How is the new store doing?|Love the new app, really helpful!|Got my new phone today. Love it!|Are you done with your survey? I'd like to add something.|Is it included? It's not on the receipt.|One more time: which size should I order?|I love how easy the new app is!|Hi, I haven't heard back about my cancelled order yet, any news? Thanks|The new menu item is SO good, please never take it off 😭❤️|Great work as always, the late checkout made our trip!|Thanks for that, the refund for my cancelled order just landed!|Please stop the newsletter emails, thanks.|Is this chat a bot or a person?|Thanks for the quick refund on the cancelled order!|My patience paid off, the new console is amazing!|Thanks for sending the replacement so fast, the broken one is on its way back.|Can you stop my newsletter? Thanks|Lovely to come home to my parcel on the doorstep, thank you!|I was in all day, did the engineer come? No rush.|Does the landline rely on the broadband router?}", DM_OR_EMAIL),
        Capability::new(
            "complaints told plainly, calm",
            "hard negative: the same words in plain questions and warm thanks",
        )
        .quiet_for("{I'm away for a week from Monday, can you hold my post?|My account was hacked last year, how do I turn on two-step login?|I received the wrong order, should I place a new one?|My internet drops every evening, is there an issue nearby?|I've used the app 3 times now and love it!|Cheers for the quick reply. Brilliant!|Was the 8:15 supposed to stop at Reading?|Which is it, the blue or the navy one that's on sale?|Any news why the flight diverted? Thanks|I already have a service request, could you follow it up? Thanks|My grandma needs assistance at the station tomorrow, how do I book it?|Is the 7:42 running today?|I've had the new phone for 5 days now and love it!|No worries. Great.|I don't mind which colour. Great.|Can I wait before entering the code so it's not wasted? Thanks.|Is anyone else without service???|Fix your app? Mine says it's up to date.|Do you have a better price for students?|I've been on hold for 3 hours waiting to speak to someone, any help?|How do I see which devices are logged in to my account?|Will my 200 hours of saved games transfer to the new console?|Does Photoshop autosave my project?|I have the confirmation email, do you need it?|Bruh the new menu is fire 🔥|Is there a fee for paying by card?|Hello! Is anyone able to help me change my seat?|Can I get my money back if it doesn't fit?|lol my cat loves your boxes 💀|No, that's not it, I meant the blue one.}", DM_OR_EMAIL),
        Capability::new(
            "pointed asides, calm",
            "hard negative: the same words in calm messages",
        )
        .quiet_for("{Who should I contact about my order?|Is there a reason the app asks for my location?|I have to leave work early, can I collect tomorrow?|Tried the reset, it didn't work, what next?|Do you guys deliver on Sundays?|Is there a way to pay rent from the app?|We're starving, is the kitchen still open?}", DM_OR_EMAIL),
        Capability::new(
            "harm words, calm",
            "hard negative: the same words in plain requests and news",
        )
        .quiet_for("{You said it would take five days, is that working days?|Where is my refund? I returned it yesterday.|I took the day off on Friday, can you deliver then?|Can I add my brother to the booking for the wedding?|I deleted all my old addresses, how do I add a new one?|Will I miss my connection if the flight is 20 minutes late?|I was told to contact you about the refund.|Am I late for the 9am check-in if I land at 8?}", DM_OR_EMAIL),
        Capability::new(
            "upset in other Englishes",
            "upset as written across the English-speaking world: \"third class service\", \"consumer court\", \"copy paste reply\", \"since 5 days\"",
        )
        .flags_for("{Really third class service from your app team.|I will file a case in consumer court if this is not solved.|Stop sending the same copy paste reply.|Nobody is picking up your helpline since morning.|Is this the way you treat your loyal customers?|How many more days should I wait for the refund?|This was not expected from such a big company.|Complaint raised 4 times and no action taken. Since 5 days I am waiting.|Shame on your courier partner, parcel thrown at my gate.}", DM_OR_EMAIL),
        Capability::new(
            "other Englishes, calm",
            "hard negative: the same ways of writing, asking calmly",
        )
        .quiet_for("{Kindly share the status of my order.|My parcel is showing shipped since 2 days, when will it come?|Please tell me how many days the refund takes.|Is cash on delivery available at my pincode?|Plz help me change the address.|Can I get the invoice copy for my order?}", DM_OR_EMAIL),
        Capability::new(
            "disappointment words, calm",
            "hard negative: the same words in requests, past visits, product questions and warm praise",
        )
        .quiet_for("{The last time I booked with you the room was lovely, is it free in June?|How do I leave a review for my stay?|Can I avoid the booking fee by paying at the desk?|It's been a year since I joined, do I get a loyalty gift?|Day 3 of the course and enjoying it, where are the slides?|Would it be too much to ask for a late checkout?|I never ordered paper statements, can I turn them off?|We're travelling with a newborn, can we pre-book a cot?|A bit worried I typed my email wrong, can you check?|Is a chargeback different from a refund?|HELP desk hours please|Help! How do I mute the group chat?|Great service as always, thank you Priya!|Great job guys!!|Nice to know about the sale!!|After 2 days the parcel came, all good.|It's a birthday present, can you gift wrap it?|I paid £20 for this, is delivery included?|Can I pay my bills in the app?}", DM_OR_EMAIL),
        Capability::new(
            "praise and tags, calm",
            "hard negative: the same praise meant warmly, and hashtags that hold an upset word's letters",
        )
        .quiet_for("{Great job on the new menu! Is it on delivery?|Well done on the redesign, where are my orders now?|Thanks a bunch for the help yesterday, one more question.|Nice one! Does the bundle include the charger?|#roadtrip what time does the Leeds store open?|#neverstopexploring can I book the tour online?|Yet another great stay with you, can I book May too?|Good to know, thanks! When does the sale end?|Lovely to hear. Can I change the date?|Is the promo in stores or nah?}", DM_OR_EMAIL),
        Capability::new(
            "pointed words, calm",
            "hard negative: the same cues one at a time or said warmly",
        )
        .quiet_for("{Why can't I find the new album??|Is the sale on in stores too??|Any tips would be appreciated, I'm new here.|A reply would be nice when you have a moment, no rush!|I've tried the steps on your page, what else can I check?|I talked to 3 reps yesterday and they were lovely, one last thing.|Amazing. The update fixed everything, thank you!|Just great to see the app back. Where are my receipts now?|Please send the invoice without delay, our accounts team needs it.|Surely there's a way to change my username?|So this is how I update my card?|Same problem as my friend had, how do I reset it?}", DM_OR_EMAIL),
        Capability::new(
            "trigger words, calm",
            "hard negative: the same words asked or said calmly",
        )
        .quiet_for("{How many times can I use this voucher?|Is anyone available to help with an order?|What kind of charger does this phone use?|I can't believe how fast it came, thank you!|Seriously good coffee this morning.|I'm done with the form, what's next?|Typical British weather for the launch, ha!|I love how I was treated at your store.|Is this junk mail from you?|I lost my business card in your store, has anyone handed it in?|Can this rubbish go in the recycling?|I'd like to cancel my subscription please.|How do I close my account?|I've heard nothing but good things about you.|Why does no one in my family get the newsletter?|Is The Nightmare Before Christmas in stock?|How is it still so cheap, amazing!|When does it come out?!|Do I really have to be home for the delivery?|Surely you can deliver on Saturdays too?|Which providers do you work with?|Can I switch plans next month?|Is it worth paying for the upgrade?|Could someone actually help me choose a size?|I forgot my password 🤦}", DM_OR_EMAIL),
        Capability::new(
            "owning it",
            "hard negative: owning the fault or the badness in other words",
        )
        .quiet_for(&slot(&UPSET[..3]), "{We want to make this right.|That should never have happened.|We dropped the ball here.|That's far too long to wait.|We let you down.|That's not what we like to hear.|We hate hearing this.|Not on my watch!} Please DM us your order number.")
        .quiet_for(&slot(&UPSET[..3]), "{That's completely fair.|You're right to be frustrated.|What a hassle!|That's just not on.|That sounds like a disaster.|That's no way to end a trip.|It's not the service you should get.|You shouldn't have to wait this long.|No one wants that.|That's not how it should go.|I'm not surprised you're fed up.|No wonder you're cross.|That sounds maddening.|That's unacceptable on our part.|That's three times too many.} Please DM us your order number."),
        Capability::new(
            "no customer",
            "hard negative: with no customer message there is nothing to judge",
        )
        .quiet(&bare),
        Capability::new(
            "typos in the customer",
            "an upset customer typing fast: lower case, misspellings, no punctuation, \"u r\" for \"you are\"; the same shorthand in a calm question is calm",
        )
        .flags_for("{this is rediculous|worst service ever smh|so sick of this|absolutly useless|wtf is wrong with u people|i think u r missing the point here|u r not listening to me at all}", DM_OR_EMAIL)
        .quiet_for("{r u open on sunday?|u r the best, thanks!|is the R plan still available?}", DM_OR_EMAIL)
        .flags_for("{whyyyy is the app down again??|pleaseeee just fix my account!!}", DM_OR_EMAIL),
        Capability::new(
            "typos in the ack",
            "hard negative: an acknowledgement typed fast",
        )
        .quiet_for(&slot(&UPSET[..3]), "{sry about this|soz about that|so sorry!!|im sorry to hear that|apologies for this|thats not good} - {pls dm us ur order number|can u dm us the order number}"),
        Capability::new(
            "a theft reported",
            "\"my card was stolen\", \"I reported it stolen\": a report, not a verdict; calling the company thieves is upset",
        )
        .quiet_for("{When will my new card arrive? Reported the old one stolen yesterday.|My phone was stolen, how do I block the SIM?}", "{Replacement cards arrive within 3 working days.|You can block it in the app under SIM > Block.}")
        .flags_for("{You have basically stolen my money.|Thieves, the lot of you.}", "Please reply with your account number."),
        Capability::new(
            "leaving for a proper one",
            "\"I'm done with your studio\", \"going to a proper provider\": leaving, with a verdict; \"a proper restaurant\" or \"done with your survey\" is not",
        )
        .flags_for("{That's it. 3 weeks without broadband, I'm cancelling and going to a proper provider.|Lost my save because of your patch. Refund the game or im done with your studio.}", "Please submit a ticket at https://example.com/help.")
        .quiet_for("{Thanks! I'm done with your survey, here are my answers.|Going to a proper restaurant tonight, is the menu online?}", "Please submit a ticket at https://example.com/help."),
        Capability::new(
            "a rhetorical verdict, loyalty invoked",
            "\"what use is that\", \"I've paid you for 12 years!!\", \"over a technicality\" show upset; joining the company (\"thinking of switching to you lot\") or asking what a plan is good for does not",
        )
        .flags_for("{Gluten free bread swapped for normal bread!!! what use is that|You rejected my claim over a technicality. I've paid you for 12 years!!|Been with you for over 10 years and you treat me like this?!}", "Pop your postcode into our checker at https://example.com/check.")
        .quiet_for("{Thinking of switching to you lot, what speeds can I get at LS6?|Considering moving over to you from my current bank, how do I open an account?|What good is the family plan for four people?}", "Pop your postcode into our checker at https://example.com/check."),
        Capability::new(
            "a scam company, lying still",
            "\"scam company\" is a verdict; \"lying still\" or \"lying down\" is a posture, not an accusation",
        )
        .flags_for("{your driver took the longest route and charged me double. scam company|dodgy outfit, charged me twice}", "Pop your postcode into our checker at https://example.com/check.")
        .quiet_for("{how accurate is the sleep tracking? does it know when I'm just lying still?|does it count time lying down as rest?}", "Pop your postcode into our checker at https://example.com/check."),
        Capability::new(
            "a groan with company",
            "\"ugh\" with a complaint about what they did (\"you guys disabled my account\") shows upset; \"ugh mondays. anyway, do you price match?\" groans at the day",
        )
        .flags_for("{Ugh! why did you switch off my ability to reply?|ugh. you guys blocked my card again}", "Please submit a ticket at https://example.com/help.")
        .quiet_for("{ugh mondays. anyway, do you price match other shops?|ugh, early start tomorrow. what time do you open?}", "Please submit a ticket at https://example.com/help."),
        Capability::new(
            "paying for what, the thanks I get, celebrated",
            "\"paying you for what exactly\", \"6 years a customer and this is the thanks i get\" show upset; a scream of joy with a trophy or a toast (\"AAAAA 😭🏆\") does not",
        )
        .flags_for("{3rd time this week my 4G has dropped out. paying you for what exactly|another price increase letter. 6 years a customer and this is the thanks i get}", "Which tariff are you on at the moment?")
        .quiet_for("{JUST PLATINUMED MY FIRST GAME AAAAAA 😭🏆|AAAAA flying to New York tomorrow for my honeymoon 😭🥂}", "Which tariff are you on at the moment?"),
        Capability::new(
            "praise shouted",
            "\"absolute legend!!!\" and \"you people are heroes!!!\" praise; \"you people never listen!!\" does not",
        )
        .flags_for("{you people never listen!! third time i've asked|You people lost my bag AGAIN}", "Which tariff are you on at the moment?")
        .quiet_for("{My driver just helped me jump start my car?!?! absolute legend!!!|YOU PEOPLE ARE HEROES!!! got my order a day early}", "Which tariff are you on at the moment?"),
        Capability::new(
            "good news shouted",
            "a parcel \"TWO WEEKS EARLY!!!!\", an upgrade, setup \"THIS EASY?!?!\", mock anger laughed off (\"mad I didn't find you sooner 😤😂\") is delight; a week late, a huff, early with nobody home is not",
        )
        .flags_for("{MY PARCEL IS A WEEK LATE!!!! YOU PEOPLE!!!!|charged me twice again 😤😤|the delivery was early AGAIN and nobody was home!!!|why is cancelling not this easy?!?! 😡}", "Which tariff are you on at the moment?")
        .quiet_for("{MY SOFA IS HERE TWO WEEKS EARLY!!!! YOU PEOPLE!!!!|OMG YOU GUYS!!! upgraded me to first class i am SCREAMING 😭😭|I'm honestly mad I didn't find you sooner 😤😂|HOW IS SETUP THIS EASY?!?! 😭|my refund came back sooner than promised!!! THANK YOU}", "Which tariff are you on at the moment?"),
        Capability::new(
            "feelings known, frights over, firm asks",
            "\"I know it feels slow\", \"I get why that stings\", \"I can hear how stressful this is\" acknowledge; \"how do I know it's not stolen?\", \"thanks, I was panicking\", \"upgraded to business 😭💍\" and a plain \"I want my money back\" are not upset",
        )
        .quiet_for(&upset, "{I know it feels slow. Pay it in with the app instead and it clears tomorrow.|I get why that stings. Buy at the box office and there's no fee.|I can hear how stressful this is. I've emailed the hotel and will reply by 5pm.}")
        .quiet_for("{thinking of buying a used phone on here, how do I know it's not stolen?|thank u for refunding that payment so fast, i was panicking|upgraded to business for my honeymoon?!?! I'm crying 😭💍|the heel came off my boots. I want my money back}", "Which tariff are you on at the moment?")
        .flags_for("{I want my money back!!! worst service ever|my phone was stolen from your locker and NOBODY cares!!!}", "Which tariff are you on at the moment?"),
        Capability::new(
            "sarcasm, echoes and jabs",
            "\"managed to lose a fridge. A FRIDGE.\", \"for a phone case? FOR A PHONE CASE\", \"ten. times.\", \"It's July. Just saying.\", \"you do the maths\", \"is it walking here?\", \"Oh great, another 'scheduled maintenance' ... Superb timing\", \"a second class citizen\", \"didn't call either\" show upset; \"Two!\" in delight, a status quoted calmly, a word that comes round again do not",
        )
        .flags_for("{Genuinely impressed how you managed to lose a fridge. A FRIDGE.|All this cardboard for a phone case? FOR A PHONE CASE|I've reset the router like 10 times as your bot asked. ten. times.|been on hold for 90 minutes. NINETY.|Still waiting on that refund from March. It's July. Just saying.|4 days without internet. working from home. you do the maths.|my parcel has been 'out for delivery' for six days. is it walking here?|Oh great, another 'scheduled maintenance' right when the match kicks off. Superb timing lads 👏👏|iphone users have had it for a month. feel like a second class citizen|no hot water and your engineer didn't show. didn't call either.}", "Which tariff are you on at the moment?")
        .quiet_for("{Your refund came through in two days. Two! I'm framing the email.|what does 'exception' on my tracking mean??|Why is there a £95 'one-way fee' on my booking? I'm just dropping the car at a different branch.|Hi, I did every step but my profile still isn't verified. My profile link is: https://example.com/c/123 link|your new loyalty scheme is actually generous?? who approved this, are they ok}", "Which tariff are you on at the moment?"),
        Capability::new(
            "left out, left uninformed, typed in a hurry",
            "\"like everyone else??\", \"staff aren't giving any info...\", \"where is my missing bag ?\", \"veryupset\" show upset; a calm question about the same things does not",
        )
        .flags_for("{why can my mates post in the group chat and I cant, like everyone else??|stuck on the train again and staff are not giving us any information, can we get a cab?|where is my missing bag?? two days now, veryupset}", "Which tariff are you on at the moment?")
        .quiet_for("{Will comments come back on new videos?|Is there any info on the new timetable?|Where is the lost property office at the airport?}", "Which tariff are you on at the moment?"),
        Capability::new(
            "that's no good",
            "\"That's no good!\" acknowledges",
        )
        .quiet_for(&upset, "That's no good! Try logging out and back in."),
        Capability::new(
            "silence counted, a count said word by word, thanks for the harm",
            "\"3 emails and not one reply\", \"on hold 47 mins. Forty. Seven. Minutes.\", \"thanks for freezing my account with no warning\", \"stone cold. £28 well spent\", \"zero announcements. Brilliant.\" show upset; \"not one complaint\", \"money well spent, love it\", thanks for closing an account as asked do not",
        )
        .flags_for("{Is your support team on holiday? 4 emails and not a single reply|on hold 47 mins. Forty. Seven. Minutes.|Thanks for freezing my card with no warning. Really helpful when I'm buying groceries|pizza turned up stone cold after an hour. £31 well spent.|stuck outside Reading for an hour with zero announcements. Brilliant.}", "Which tariff are you on at the moment?")
        .quiet_for("{not one complaint from me, the crew were lovely|got the new headphones today, money well spent, love them|thanks for closing my old account so quickly|great support as always, thanks Jo!}", "Which tariff are you on at the moment?"),
        Capability::new(
            "verdicts, scare quotes, shaken, losing money",
            "\"Not ok.\", \"I'm not happy.\", \"not good enough\", \"last straw\", \"the 'fast' delivery ... broken\", \"Every. Single. Update.\", \"wow. just wow.\" with a dropped call, \"I'm shaking\", \"stuck on the tarmac\", \"0 replies\" show upset; \"not happy with the colour, can I swap it?\", a term quoted in a question, \"Every. Year. You never fail to deliver the best deals!\", \"it isn't on the list\" do not",
        )
        .flags_for("{The staff were on their phones while the queue went out the door. Not ok.|I'm not happy. The cake has the wrong name on it and the party is at 4.|not good enough|last straw. third parcel marked delivered that never came.|so the 'fast' delivery took 3 weeks and arrived broken|Every. Single. Update. breaks my saves.|wow. just wow. 2 hrs on hold and the call drops|the manager shouted at me in front of my kids. I am shaking.|stuck on the tarmac for 2 hours with no water|Sent 3 DMs. 0 replies.}", "Which tariff are you on at the moment?")
        .quiet_for("{not happy with the colour, can I swap it?|What does 'next-day delivery' mean if I order on a Friday?|Every. Year. You never fail to deliver the best deals!|can I move my saves if the game isn't on the compatibility list?}", "Which tariff are you on at the moment?"),
        Capability::new(
            "what is at stake, and looking forward",
            "\"my kids are screaming\", \"I'm shielding\", \"this is my heart medication\", \"nothing for the kids' dinner\", \"no internet since Friday ... losing money\" beside another sign show distress; \"can't wait!!!\", \"this deal is insane\", \"terrible with passwords\", a plain question about a prescription do not",
        )
        .flags_for("{Every time I open the app it shows a black screen. my kids are screaming. pls|no delivery slots for 3 weeks. I am shielding. how am I supposed to eat|it's been 'dispatched' for a week and I have run out. this is my heart medication.|your store cancelled my order with no warning. I have nothing for the kids dinner.|No internet since Friday. Working from home and losing money every day.}", "Which tariff are you on at the moment?")
        .quiet_for("{GOT MY TICKETS FOR SATURDAY!!! CAN'T WAIT!!!|This deal on headphones is insane, is it still on tomorrow?|I'm terrible with passwords, how do I reset mine?|Can I collect my prescription from a different branch?}", "Which tariff are you on at the moment?"),
        Capability::new(
            "feelings shared and named",
            "\"I'd be annoyed too\", \"Totally get it, nobody likes waiting on money\", \"not the coffee you paid for!\", \"change is a pain\", \"it must be maddening\", \"I can completely see why you'd be livid\" acknowledge; a letter's \"Hello,\" is no exasperation",
        )
        .quiet_for(&upset, "{I'd be annoyed too, honestly. Can you share the order number?|Totally get it, nobody likes waiting on money. DM us your order number.|Not the coffee you paid for! DM us which store it was.|Fair enough, change is a pain. The search bar at the top is the quickest way round.|That sounds like a line fault, and it must be maddening. I've booked an engineer for tomorrow.|I can completely see why you'd be livid with a bill like that. I've raised a dispute.}")
        .quiet_for("Hello,\n\nI was told I'd get a voucher after my last complaint but haven't seen it. Ref C-1234", "Which tariff are you on at the moment?"),
        Capability::new(
            "a con, a transfer on hold, hello anyone there",
            "\"absolute con\" is upset; \"why is my transfer on hold?\" and \"hello? anyone there?\" are impatience at most",
        )
        .flags_for("your 'superfast' broadband is slower than dial up. absolute con", "Which tariff are you on at the moment?")
        .quiet_for("{Why is my transfer on hold?|hello? anyone there?}", "Which tariff are you on at the moment?"),
        Capability::new(
            "disappointment, threats, escalation, sarcasm of 2017",
            "\"not a happy bunny\", \"you've got to be kidding me\", \"I expected a lot more from you\", \"enough is enough\", \"reporting this to the FCC\", \"when my contract ends\", \"hope you're proud of yourselves\", \"Congratulations on having the slowest broadband\", \"3rd. time.\", \"un-bloody-believable\", \"thanks for shutting down my account without any warning\", \"No. Just no.\", \"Nice one.\" after a failure show upset; hold music enjoyed, \"can't believe how fast delivery was!!!\", a promo that is insane, a rise told calmly do not",
        )
        .flags_for("{3 dropped calls today. seriously considering cancelling|you lost my parcel again. leaving when my contract runs out|I'm not a happy bunny. Paid for priority boarding and boarded last.|you've got to be kidding me. the new phone has someone else's photos on it|I'll be honest, I expected a lot more from you.|kindly refund my money, enough is enough|I will be reporting this to the FCC. overcharged for months|3 dropped calls today. switching to another network when my contract ends|Hope you're proud of yourselves. 3 hrs to deliver a cold pizza.|Congratulations on having the slowest broadband in the country. Truly an achievement.|internet dropped during a work call. 3rd. time.|on hold for 47 minutes to be transferred to a closed department. un-bloody-believable|thanks for shutting down my account with $340 in it without any warning|No. Just no. A 20 minute queue at bag drop. Again.|Paid for the whole season pass and the episode won't download. Nice one.}", "Which tariff are you on at the moment?")
        .quiet_for("{hahaha your hold music is stuck in my head now 😂|can't believe how fast delivery was!!! ordered at 10pm got it at 8am?!?!|this promo is insane 😂 50% off the whole order? is there a catch|My direct debit has gone up from £80 to £140 a month without any warning.}", "Which tariff are you on at the moment?"),
        Capability::new(
            "dry and understated, typed in lower case",
            "\"have the email. sort it\" with a charge after cancelling, \"at the end of my tether\", \"I am beyond words\", \"I cannot breathe right now\", \"for the love of god\", \"daylight robbery\", \"moving banks\", \"with zero explanation\" and money held, \"what am I paying you for\", \"again and again ... for what exactly\", \"I am in a loop\", \"with respect ... someone actually reading them\", \"kids crying\" beside another sign, \"every. single. time.\" in lower case show upset; \"nobody came\" told flatly, asking to port a number, a trailer that is insane, \"so hyped!!!!\" do not",
        )
        .flags_for("{charged me for sports after I cancelled it in the app. have the email. sort it|Broadband's dropped 27 times since Friday. Router's been swapped. Genuinely at the end of my tether|Zoom bombed during the memorial service. we had a password. I am beyond words|my thesis folder just vanished two days before submission. I genuinely cannot breathe right now|for the love of god let me turn off autoplay previews|Charged €55 to print a boarding pass because your app crashed. Daylight robbery|Third time I've disputed the same charge. I'm moving banks.|you've held $1,200 of my money for 21 days with zero explanation|internet has gone out every night for a week. what am i paying you for|cam offline again and again. paid for a subscription for what exactly|chat told me to call, phone told me to email, email told me to use chat. I am in a loop again|With respect, I have now provided the same documents four times. I would appreciate someone actually reading them this time.|servers down again on christmas morning. kids crying.|the app logs me out every. single. time. i open it}", "Which tariff are you on at the moment?")
        .quiet_for("{I requested a redelivery for today but nobody came|how do I port my number to another network?|the graphics in the new trailer are insane|THE REVEAL IS TONIGHT!!! I'm so hyped!!!! 🔥🔥🔥}", "Which tariff are you on at the moment?"),
        Capability::new(
            "digs, slang and hashtag demands",
            "\"the best security I've ever seen. won't let me into my own email tho 🤦\", \"unlike your own driver ... next time I'll make sure\", \"anyone who matters\", \"u made me pay full price, I'm tight\", \"#FixYourApp\" show upset; \"the best pizza I've ever had!\", \"#fixtures\" do not",
        )
        .flags_for("{face unlock stopped working after the update and no-one at the company seems to care|'arriving today' for 5 days. it's a running joke in my house|ordered at 9, it's 11:15, the rider is not picking calls. i am diabetic and need to eat|my account got deactivated with no reason given and the appeal link is broken. fantastic system|the best security I've ever seen. won't let me into my own email tho 🤦|I went the extra mile, unlike your own driver. Next time I will make sure not to pick the flower bed.|third time asking. is there anyone who matters I could email at your HQ|bruh u really just made me pay full price, I'm tight|third crash today. #FixYourApp!}", "Which tariff are you on at the moment?")
        .quiet_for("{honestly the best pizza I've ever had!|when are the new #fixtures out?}", "Which tariff are you on at the moment?"),
        Capability::new(
            "sarcasm that is never praise, and jokes that are never upset",
            "\"You have one job.\", \"nah this ain't it\", \"I have had it\", \"so you are telling me\", \"imagine paying\", \"heard that song before\", \"real generous of you\", \"Really appreciate being woken at 6am ... Really.\", \"18 days. eighteen.\", \"7 fries. SEVEN\", \"does anyone at head office read these\" with letters by hand, \"paid to ignore the phones\" show upset; \"worst part of my day: choosing\", \"insane how fast\", \"crazy question\", \"this is embarrassing but\", \"accidentally bought it twice 🤦\", \"you're gonna hate me but ... AGAIN lol\" do not",
        )
        .flags_for("{Ordered a curry. Got no curry. You had one job.|nah this aint it. $14 for a wrap that is half lettuce|That's it. I have had it. Cancel everything.|So you are telling me I have to pay $200 to fix a phone that's 3 weeks old?|Imagine paying $80 a month to watch a loading wheel|3rd call about the same outage. 'fixed in 24 hours' every time. heard that song before|thanks for the upgrade that doubled my bill. real generous of you|Really appreciate being woken at 5am by an email saying my flight is cancelled. Really.|18 days waiting for a replacement modem. eighteen.|look at this 'large' portion. 6 chips. SIX|3rd time asking. does anyone at head office read these, or should I write letters by hand|do your staff get paid to ignore the phones? rang 9 times today}", "Which tariff are you on at the moment?")
        .quiet_for("{worst part of my day: choosing between the wrap and the bowl|insane how fast my parcel came, ordered last night and here at 8am|crazy question, can I bring my cat on the bus?|ok this is embarrassing but I can't find where to change my card|I accidentally bought the same film twice 🤦 can I get one refunded?|you're gonna hate me but I need to change my address AGAIN lol}", "Which tariff are you on at the moment?"),
        Capability::new(
            "let down, dry openers, what is at stake in a family",
            "\"the first time I've felt let down\", \"Nice one. Pushed an update and now none of us can log in.\", \"are you guys for real\", \"kidding me?\", \"Zero stars.\", \"Enjoy losing customers.\", \"why do I pay £20 a month\", \"my dying father ... please, anyone\", \"Is there a single person who reads the notes?\" with repeated explaining show upset; a process that was brutal but is over, 2FA asked \"so this never happens again\" is calm; \"that's a rough day, I'd be worn out too\" acknowledges",
        )
        .flags_for("{Been with this bank for 3 years and this is the first time I've felt let down.|Nice one. Pushed an update at 9am and now none of us can log in.|so I need a 90GB update to play a 2GB mode? are you guys for real|1 hr 20 for a 4km delivery and it still says 5 min away. kidding me?|Zero stars. The courier threw my TV over the fence.|14 years with you. Cancelling tomorrow. Enjoy losing customers.|the app crashed and took 4 hours of work with it. why do I pay £20 a month|my flight to see my dying father was cancelled and the app won't let me rebook. please, anyone.|I've explained this to 4 different people now. Is there a single person who reads the notes?}", "Which tariff are you on at the moment?")
        .quiet_for("the account recovery process is brutal lol but I got in. how do I turn on 2FA so this never happens again", "Which tariff are you on at the moment?")
        .quiet_for(&upset, "A delay and then a missing bag, that's a rough day and I'd be worn out too. DM me your bag tag number."),
        Capability::new(
            "many industries, many voices",
            "\"Coincidence? I think not.\", \"screw it, going back to my old bank\", \"treating passengers like cattle\", \"I'm not coping\", \"I've run out of options\", \"paying for nothing\", \"losing the will to live\", \"what's next, carrier pigeon?\", \"pretty poor that\", \"we won't be renewing\", \"It's Friday.\" after a promised window, \"Honestly not happy.\", \"Third. Time.\", \"No warning. Just gone.\" show upset; \"gutted I missed the sale 😂\" does not",
        )
        .flags_for("{Second time my card has been 'compromised' after using your site. Coincidence? I think not.|screw it, going back to my old bank. logged out 6 times today|Stuck at the gate for 3 hours with no info. Treating passengers like cattle|I'm writing for the third time about my late husband's pension. I'm not coping well.|I don't usually do this but I've run out of options. The claim is 14 weeks old.|Locked out since the update. Paying for nothing.|40 mins at self checkout for an item that wasn't there. slowly losing the will to live|I've emailed, called, tweeted, DMed. What's next, carrier pigeon?|Pretty poor that I had to find out my flight changed from a friend.|we won't be renewing our passes after today|I was told 'within 48 hours' on Tuesday. It's Friday. Where is my refund|Honestly not happy. Booked a king room and got two singles.|the 07:42 cancelled again. Third. Time.|Lost 3 hours of work to a forced restart. No warning. Just gone.}", "Which tariff are you on at the moment?")
        .quiet_for("gutted I missed the sale 😂 any more coming?", "Which tariff are you on at the moment?"),
        Capability::new(
            "verdicts, threats and what hangs on it, in 2019-20 threads",
            "\"what a scam\", \"needs to be fired\", \"is the DM just for show\", \"why on earth\", \"clowns\", \"a paperweight\", \"the same nonsense\", \"completely pointless\", \"if this continues I'm switching\", \"I was terrified\", \"how many times do I have to reset\" show upset, and so does urgency with what hangs on it (rent due, pay frozen, a client demo, a business to run, alone at night); \"Not urgent.\" and a calm \"is it ever coming to Android?\" do not",
        )
        .flags_for("{Charged interest on a 0% card. What a scam|whoever moved the export button needs to be fired|is your DM inbox just for show|Why on earth would you remove dark mode|bunch of clowns running this app|paying £30 a month for a paperweight|billed again after cancelling, the same nonsense every month|Completely pointless update.|third outage this week. If this continues I'm switching to another provider.|the driver was speeding the whole way, I was terrified|how many times do I have to reset my router before you fix the line}", "Can you DM us your account number?")
        .flags_for("{My son is in hospital and I need to change my flight urgently, the site won't let me.|the app logged me out and my rent is due today. please help me|still no agent in the support chat and my salary is frozen in there|the login page has been down all morning and I have a client demo in 1 hour|day 3 without internet. I have a business to run, what is going on|every driver cancels on me at 2am. I am alone and my phone is dying}", "Can you DM us your account number?")
        .quiet_for("{I think I was charged twice on my receipt, could someone check? Not urgent.|Is the app ever going to come to Android?}", "Can you DM us your account number?"),
        Capability::new(
            "2017 tweets: rhetorical checks, ruined days, demands word by word; moved and joking fans",
            "\"did anyone test this??\", \"is this a bank or what?\", \"zero respect\", \"birthday ruined\", \"you guys really hate your players\", \"do you think this is OK?\", \"fix this now\", \"are your drivers allergic to doorbells?\", a one-word \"scam\", \"FIX. MY. INTERNET.\" show upset; \"ridiculous how fast\", \"not crying you're crying\", \"the worst thing about it is that I only bought one\", \"can't decide between\", \"SO COMFY!!!\" do not",
        )
        .flags_for("{the new port runs at 15fps. did anyone test this??|Money debited, no cash, 4 days, no update. Is this a bank or what?|no-show again. zero calls. zero respect.|the bike came with a bent wheel. birthday ruined.|another 'maintenance' on a Saturday night. you guys really hate your players|gave my paid seat to someone else. Do you think this is OK?|charged for a phone I sent back last month. Fix this now.|third 'missed delivery' card while I was in all day. Are your drivers allergic to doorbells?|paid for the pass and half of it is locked?? scam|FIX. MY. INTERNET.}", "Can you DM us your account number?")
        .quiet_for("{ridiculous how fast that delivery was, ordered at 9 and here by 1|THE CHRISTMAS AD!!! I'M NOT CRYING YOU'RE CRYING|the worst thing about your new pie is that I only bought one|HELP I can't decide between the mango and the strawberry shake|FIRST TIME ON THE NEW TRAINS AND THE SEATS ARE SO COMFY!!!}", "Can you DM us your account number?"),
        Capability::new(
            "panic, cheap rubbish, loyalty scorned, scams asked after, irony faces; a problem told as recurring",
            "\"I'm freaking out\", \"cheap rubbish\", \"loyalty means nothing to you\", \"what kind of scam is this\", \"great start 🙃\" on a dead box, \"sneaky af\", \"who designs this??\" show upset; \"keeps freezing every time I open it\", \"the fan goes crazy when idle\", \"sorted in 5 minutes. unreal.\" do not; \"an hour on hold sounds awful\" and \"being cut off is maddening\" acknowledge",
        )
        .flags_for("{someone got into my account and changed the password, I'm freaking out|the blender died after a week. cheap rubbish.|9 years with you and no loyalty price?? loyalty means nothing to you.|my seat upgrade vanished. what kind of scam is this|the router you sent is DOA. no lights at all. great start 🙃|£4 'service charge' nobody mentioned. sneaky af|the map sends me to the back entrance every time. who designs this??}", "Can you DM us your account number?")
        .quiet_for("{the app keeps freezing every time I open the camera|my laptop fan goes crazy even when nothing is running|your chat team sorted my refund in 5 minutes. unreal.}", "Can you DM us your account number?")
        .quiet_for("{on hold for an hour and then cut off. useless.|cut off again after 40 minutes on hold, ridiculous}", "{An hour on hold and then cut off sounds awful, Sam.|Being cut off after that long on hold is maddening.} DM us your number and we'll call you."),
        Capability::new(
            "no answer yet is impatience; hearing them out acknowledges",
            "\"I emailed on Monday, no answer yet\" is impatience told calmly; with a verdict (\"no reply, useless\") it is upset; \"totally hear you on the price\" acknowledges",
        )
        .quiet_for("{I emailed about a wrong charge on Monday, no answer yet|sent the form last week and no reply so far}", "Can you DM us your account number?")
        .flags_for("{I emailed on Monday and no reply. useless.|still no callback, this is a joke}", "Can you DM us your account number?")
        .quiet_for("£60 for a remaster?? you lot are greedy", "Totally hear you on the price. Owners of the original get half off until Sunday."),
        Capability::new(
            "people tried, limits asked about, a joke at themselves",
            "\"told my story to 3 different people today\" with a pointed question shows upset; \"why can't I add more than 10 people?\" and \"my old username is embarrassing lol\" do not; \"we've all been there\" acknowledges",
        )
        .flags_for("Told my story to 3 different people today. Is there anyone there who reads the notes?", "Can you DM us your account number?")
        .quiet_for("{why can't I add more than 10 people to a board?|can I change my username? I picked it at 13 and it's embarrassing lol}", "Can you DM us your account number?"),
        Capability::new(
            "a delay named as wrong",
            "\"hmm, that's longer than it should take\" acknowledges",
        )
        .quiet_for("the sync has been stuck for 3 hours, so annoying!!", "{Hmm, that's longer than it should take.|That's slower than expected.} Could you try pausing and resuming it?"),
        Capability::new(
            "laughed off; inhumane, patronising, done, leaving, a job at stake",
            "\"the worst thing about your pasties is I ate four 😂\", \"epic #fail at baking your bread 😂\" and \"totally worth the queue!!!\" are jokes and joy; \"this is inhumane\", \"absolutely patronising\", \"would not recommend\", \"guys I'm so done\", \"taking my money elsewhere\", \"are you mad???\", \"what am I paying 60 quid for\", \"I'm going to lose my job\", \"#robbery\" show upset",
        )
        .quiet_for("{the worst thing about your pasties is that I ate four in one go 😂|my attempt at your sourdough was an epic #fail 😂|got the last console in the shop!!! 5am queue was totally worth it}", "Can you DM us your account number?")
        .flags_for("{3 hours on a coach with no air con. This is inhumane|the agent called me 'love' and hung up. Absolutely patronising.|sent a 'technician' who couldn't find the router. would not recommend|guys I'm so done. my points are gone|charged me for your error. Fix it or I'm taking my money elsewhere.|you split our family across the plane, are you mad???|no wifi, no seat, no trolley. what am I paying 60 quid for|bus cancelled 3rd time this week. I'm going to lose my job|penalty fare when the machine was broken #robbery}", "Can you DM us your account number?"),
        Capability::new(
            "promises broken, paying for nothing, told again and again",
            "\"you keep promising\", \"can't believe how long\", \"how is it fair\", \"not happy with the way\", \"nobody there knows what they're doing\", \"explained it four times\", \"down the drain\", \"still no reply. Great service.\" are upset; \"can't believe how quick\" and \"great service!\" after a fix are not",
        )
        .flags_for("{your team kept promising me a technician visit and nobody came|I cant believe how long it takes to get a simple answer|how is it fair to charge a fee when your website was down|not pleased with the way my complaint was dealt with|no one at that branch knows what they're doing|I have repeated myself four times now to different agents|the gift card is expired, thats fifty dollars down the drain|still no callback. Brilliant support.|I can't believe I'm still paying for this connection|I want our money back immediately}", "Can you DM us your account number?")
        .quiet_for("{I can't believe how quick the delivery was, thanks|the screen cracked but the replacement came next day. Great service!|how is it possible to change my email?|can I get my money back if I return it today?}", "Can you DM us your account number?"),
        Capability::new(
            "praise said twice, greed, the law, money wasted; wins and treats missed",
            "\"nice. really nice.\", \"a shameless cash grab\", \"is that even legal???\", \"$30 wasted\", a nauseated face show upset; \"I WON!!!\", \"lets gooo\", \"my worst habit\", \"still waiting for the mince pies to come back 😭\" do not",
        )
        .flags_for("{cold coffee and a rude barista. nice. really nice.|paywalled skins in a paid game. Shameless cash grab.|charged me twice for one ride. is that even legal???|seat was broken the whole flight, $30 wasted|found a plaster in my sandwich 🤢}", "Can you DM us your account number?")
        .quiet_for("{I WON THE PRIZE DRAW!!! 😱 how do I claim??|FINALLY GOT GOLD RANK LETS GOOOO!!!!|my worst habit is your caramel latte every morning|still waiting for the mince pies to come back 😭 is it this week?}", "Can you DM us your account number?"),
        Capability::new(
            "thanks as a sign-off",
            "\"been waiting 3 weeks for my refund!!! Please sort this out. Thanks\" and \"still no signal?? can someone help please, thanks\" are upset (the thanks closes a request); \"THANK YOU!!!\" and \"that was quick, thanks\" are pleased",
        )
        .flags_for("{been waiting 3 weeks for my refund!!! Please sort this out. Thanks|still no signal after 4 days?? can someone help please, thanks|Why has my booking been cancelled AGAIN? Thanks in advance}", "Can you DM us your account number?")
        .quiet_for("{OMG I won the hamper!!! THANK YOU!!!|got my refund already!!! that was quick, thanks}", "Can you DM us your account number?"),
        Capability::new(
            "praise words that are not praise",
            "\"I'd love to know why\", \"would be great if someone actually replied\", \"best service ever... NOT.\", \"my best friend's present\", \"I appreciate the effort but\", \"Happy new year, still no refund!!\" leave the upset standing; a shoutout and \"you're gonna hate me but\" stay pleased",
        )
        .flags_for("{I'd love to know why my parcel still hasn't come after 3 weeks!!|It would be great if someone actually answered my emails. 4th time asking|Best service ever... NOT. on hold for 2 hours|my best mate's present never arrived and nobody will tell me why!!|I appreciate the effort but this is the third time the app has crashed today!!|Happy new year, still no refund from you lot!!}", "Can you DM us your account number?")
        .quiet_for("{shoutout to the crew on flight 212 who sang happy birthday to my nan!! she's 90!!|you're gonna hate me but I need to change my address AGAIN lol|it would be great if we had a dark mode, is it planned?}", "Can you DM us your account number?"),
        Capability::new(
            "awkward, tricky, irritating",
            "\"I know that's awkward\", \"that's really tricky\", \"that must be infuriating\" acknowledge",
        )
        .quiet_for("{Three days with no internet and nobody can tell me why. Ridiculous!!}", "{I know that's awkward when you work from home. Can you DM us your account number?|That's really tricky, sorry. Can you DM us your account number?|That must be infuriating. Can you DM us your account number?}"),
        Capability::new(
            "nobody doing or knowing anything, sarcasm at a promise, made to wait more",
            "\"how exactly is that express\", \"they are doing nothing\", \"no one there has a clue\", \"none of your staff came\", \"a complete waste\" are upset; \"now I have to wait a week??\" with another sign is too",
        )
        .flags_for("{Paid for express, it came 5 days later. how exactly is that express|my account was hacked and you are doing nothing|no one at your branch has a clue what they're doing|waited 2 hours at the gate and none of your staff came|the upgrade was a complete waste of £30|locked out again, now I have to wait a week??}", "Can you DM us your account number?"),
        Capability::new(
            "polite on the surface, upset underneath",
            "\"I've been very patient\", \"no fobbing off\", \"round and round we go\", \"I looked like an amateur\", \"do you know how that feels?\", \"who's paying for that\", \"how are you still charging me\", \"what did I pay for exactly?\", \"no one even looked up\", \"I'm £850 down\", \"this is costing us real money\", \"wondering if I'll ever see it\", \"honestly done with it\", \"I'd like my £150 back\", a last \"Thanks a lot\" or \"amazing start\" after a failure; \"how many days do I have to claim?\" asks",
        )
        .flags_for("{I've been very patient but it's now August and my refund is still pending.|refund please, and no fobbing off this time|chat sends me to the site, site sends me to chat. round and round we go|the stream dropped mid-demo and I looked like an amateur in front of the client|Every letter is still addressed to my late dad. Do you know how that feels?|bag lost for 5 days, I bought new clothes on my own card. who's paying for that|I cancelled in May. how are you still charging me in July|Paid for priority boarding, got a broken seat. What did I pay for exactly?|missed my connection and no one at the desk even looked up|your app sent it to the old payee. I'm £850 down|we've been locked out since 9am and it's costing us real money|9 days pending, I'm starting to wonder if I'll ever see that money again|third repair, same fault, honestly done with it|preordered in March, still 'being prepared'. I'd like my £150 back|the app crashed during checkout and took my money anyway. Thanks a lot|launch day and the app won't even open. amazing start}", "Can you DM us your account number?")
        .quiet_for("{How many days do I have to claim a delay refund?|I'd like my order sent to my work address please}", "Can you DM us your account number?"),
        Capability::new(
            "insults, accusations, not being heard, shouting, angry hashtags",
            "\"the rudest agent\", \"these clowns\", \"fraudulently kept my deposit!!\", \"holding us to ransom\", \"out to screw customers over\", \"making a killing on fees\", \"you're missing my point\", \"did anyone even read my email\", \"do you people even care\", \"no ones answering\", a message all in capitals, \"#stupid\", \"#bs\", \"Neat 🙃\" are upset; a card used fraudulently by someone, a killing made on a deal they love, price gouging reported of sellers, hackers called names and a \"#bsnl\" tag are not",
        )
        .flags_for("{just spoke to the rudest agent of my life|whoever is running your depot, these clowns lost my bike|you fraudulently kept my deposit for six weeks!!|no car, no refund, you are holding us to ransom|looks like your whole business is out to screw customers over|late fee again. you must be making a killing on fees|you're missing my point, the card was never activated|did anyone even read my email about the meter|do you people even care about your members|three calls today and no ones answering|WHERE IS MY PARCEL I PAID FOR NEXT DAY|same reply as last week #stupid #answers|charged twice for one month #bs|paid for 4 nights, billed for 5. Neat 🙃}", "Can you DM us your account number?")
        .quiet_for("{someone fraudulently used my card, what do I do?|you guys are making a killing with this deal, love it|how do I report a seller for price gouging on hand gel?|someone in another country keeps trying my password, keep trying morons|just moved to @user from my old provider, they screwed me over|loving the new plan #bsnl #switch}", "Can you DM us your account number?"),
        Capability::new(
            "understood, a crazy situation, no fun, taken seriously",
            "\"Understood.\", \"that's a tough situation\", \"losing signal all weekend is no fun\", \"we take reports like this very seriously\", \"we never like to hear that\" acknowledge",
        )
        .quiet_for("{Three days with no internet and nobody can tell me why. Ridiculous!!}", "{Understood. Can you DM us your account number?|That's a tough situation to be in. Can you DM us your account number?|Losing signal all weekend is no fun. Can you DM us your account number?|We take reports like this very seriously. Can you DM us your account number?|We never like to hear that. Can you DM us your account number?}"),
        Capability::new(
            "stealing, unethical, not renewing, harm and fear",
            "\"you're stealing from your customers\", \"unethical practices\", \"we won't be renewing with you\", \"can't deal\", \"do you expect people to ...\", \"a horrifying experience\", \"the driver threatened us\", \"we're suffering\", a car accident show upset or distress; \"is the renewal automatic?\", \"hospital parking\", \"is it unlawful to ...?\", a horror film loved, rain asked to stop, a cake cried over and \"the dumbest question\" do not, and \"that's no fun\" acknowledges",
        )
        .flags_for("{you are basically stealing from your customers with this fee|these are unethical practices and you know it|after this week we will not be renewing with you|third outage this week, I can not deal with this|do you really expect people to wait 3 hours for a bus?|I had a horrifying experience on the night bus|the driver threatening us because we asked him to slow down|we have been suffering with no heating since Monday|I was in a car accident in one of your rentals|spent the night in hospital after the fall on your escalator}", "Can you DM us your account number?")
        .quiet_for("{is the renewal automatic or do I need to renew myself?|which bus stops nearest the hospital car park?|is it unlawful to resell tickets?|the new horror film is horrifying, loved it|please make it stop raining so I can collect my order lol|never had a better cake 😭 so good|the dumbest question: how do I reset my password?}", "Can you DM us your account number?")
        .quiet_for("{Three days with no internet and nobody can tell me why. Ridiculous!!}", "{That's no fun! Can you DM us your account number?}"),
        Capability::new(
            "love in any colour",
            "a yellow, green, blue or purple heart beside a weary face or a \"seriously\" is praise, not upset",
        )
        .quiet_for("{as a student, you seriously make travelling 6 times a year stress free 😩💛|cannot believe how fast the new fibre is, seriously 💚|the crew on my flight today were amazing, so tired but so happy 😫💙|seriously the best latte in town 💜}", "Can you DM us your account number?"),
        Capability::new(
            "exasperation said outright, groans, crying at a failure",
            "\"why is it so hard to reach anyone\", \"you don't even let me log in\", \"you keep taking money off my card\", \"an endless loop of chat bots\", \"that's enough for me to close my account\", \"AGAIN #depressed\", \"Ughhh ... won't\", a crying face beside \"crashed\" show upset; \"why is it so hard to choose\" with a heart, and a thinking face beside \"never\", do not",
        )
        .flags_for("{why is it so hard to reach a human at your bank|you don't even let me log in to pay my bill|you keep taking money off my card every week|stuck in an endless loop of chat bots|that's enough for me to close my account with you|locked out of my own account AGAIN #depressed|Ughhh my laptop won't turn on. Help|the app crashed mid-order and took my money 😭}", "Can you DM us your account number?")
        .quiet_for("{why is it so hard to choose between your flavours 😍|I have songs I never released on your site 🤔 who do I contact}", "Can you DM us your account number?"),
        Capability::new(
            "it should not be happening",
            "\"that definitely should not be happening\" owns the fault",
        )
        .quiet_for("{Three days with no internet and nobody can tell me why. Ridiculous!!}", "{That definitely should not be happening. Can you DM us your account number?|This shouldn't be happening at all. Can you DM us your account number?}"),
        Capability::new(
            "excuses refused, pleas to stop, fed up, nobody able",
            "\"make it stop!!!\", \"bout done with y'all\", \"I doubt that is legal\" are upset; \"no more excuses\", \"nobody can tell me why\", \"wasted some of my money\", \"without internet for two days\", \"another promise!\", \"decides to have an outage\", \"would be an improvement\", \"I'm stuck\" and \"FIX THIS\" count with another sign; \"excuse me\" does not",
        )
        .flags_for("{no more excuses, just fix my line!!|please make this stop!!! third crash today|charged me twice again, bout done with y'all|you changed the recipe and kept the label, I doubt that is legal|nobody can tell me why my refund bounced, 3 weeks now|I wasted some of my money on the upgrade. Still slow!!|without internet for two days and still no engineer|Another promise! Still waiting...|the final is on and your app decides to have an outage!!!|my flight got cancelled and I'm stuck!!|two tins and a string would be an improvement on this line!!|comments gone and videos won't play FIX THIS NOW}", "Can you DM us your account number?")
        .quiet_for("{excuse me, who do I contact about a lost card?}", "Can you DM us your account number?"),
        Capability::new(
            "let's get it fixed",
            "\"let's get your refund sorted\" names the problem as one to put right",
        )
        .quiet_for("{Three days with no internet and nobody can tell me why. Ridiculous!!}", "{Let's get your connection fixed. Can you DM us your account number?}"),
        Capability::new(
            "agreeing with them",
            "\"I completely agree\", \"you're absolutely right\", \"fair point\" acknowledge",
        )
        .quiet_for("{Three days with no internet and nobody can tell me why. Ridiculous!!}", "{I completely agree. Can you DM us your account number?|You're absolutely right. Can you DM us your account number?|Fair point. Can you DM us your account number?}"),
        Capability::new(
            "distrust, sarcastic questions, the same bug again",
            "\"quite disturbing\", \"can't be trusted\", \"doesn't seem to be a concern\", \"#weak\" show upset; \"counterfeit\", \"what kind of lax security are you running\" and \"same bug as before\" count with another sign; \"sorry for disturbing you\", \"stealing the show\", a visit to hospital, \"what kind of plans are you running\", \"is it counterfeit? how can I check?\" and \"it works the same as before\" do not",
        )
        .flags_for("{it's quite disturbing that my details were shared|you sold me counterfeit headphones!!|your reviews can't be trusted at all|what kind of lax security are you running??|I guess safety doesn't seem to be a concern for you|one upgrade for fifteen empty seats #weak|Come on. Same bug as before!!}", "Can you DM us your account number?")
        .quiet_for("{after the update it works the same as before, thanks|Sorry for disturbing you on a Sunday, quick question about my bill|can I steal a minute of your time?|your new dessert is stealing the show|I'm visiting my dad in hospital, can I change my delivery day?|what kind of plans are you running this summer?|is it counterfeit? how can I check?}", "Can you DM us your account number?"),
        Capability::new(
            "the wait named, the feeling owned",
            "\"we know waiting isn't fun\", \"this isn't how we want you to feel\", \"we feel terrible about this\", \"we never want our customers waiting this long\" acknowledge",
        )
        .quiet_for("{Three days with no internet and nobody can tell me why. Ridiculous!!}", "{Thanks for bearing with us, we know waiting isn't fun. Can you DM us your account number?|This isn't how we want you to feel. Can you DM us your account number?|We feel terrible about this. Can you DM us your account number?|We never want our customers waiting this long. Can you DM us your account number?}"),
        Capability::new(
            "on hold, the same fault again, money lost, a manager asked for",
            "\"why does this keep happening\", \"honestly can't believe this\", \"I'm losing money every day\" show upset; \"on hold for an hour\", \"can someone actually help\", \"I want to speak to a manager\" count with another sign; \"why does it keep asking for my password?\" and \"can't believe how good\" do not",
        )
        .flags_for("{why does this keep happening|honestly can't believe this|I'm losing money every day this isn't fixed|I've been on hold for an hour!!|can someone actually help me?? day 3|I want to speak to a manager, this is the 3rd call}", "Can you DM us your account number?")
        .quiet_for("{why does it keep asking for my password? is that normal|can't believe how good the new menu is}", "Can you DM us your account number?"),
        Capability::new(
            "an account taken, exasperation to the sky, a deadline hanging",
            "a crying face beside \"hacked\" or \"stolen\", \"oh my god\" or \"jeez\" beside a second sign, \"my permit expires today\" with \"help!\" show upset; \"my card was stolen, can you block it?\", \"oh my gosh I love it\" and \"my plan expires tomorrow, how do I renew?\" do not",
        )
        .flags_for("{my account got hacked 😭|someone stole my card and now this 😢|oh my god, this is the third time it's crashed|jeez, still no reply after a week|help! my permit expires today and the letter never came|the line keeps disconnecting... fun}", "Can you DM us your account number?")
        .quiet_for("{my card was stolen, can you block it please? thanks|oh my gosh I love the new menu!|my plan expires tomorrow, how do I renew?|Jeez that was quick, thanks guys}", "Can you DM us your account number?"),
        Capability::new(
            "leaving, said as resigned",
            "\"time to find a new bank\" and \"looks like I'm going back to my old provider\" threaten to leave; \"time to find a new phone case\" and \"I'm going back to the store tomorrow\" do not",
        )
        .flags_for("{time to find a new bank|time to try another airline|looks like I'm going back to my old provider|guess we're switching over to Verizon then}", "Can you DM us your account number?")
        .quiet_for("{time to find a new phone case, any tips?|I'm going back to the store tomorrow, is it open at 9?}", "Can you DM us your account number?"),
        Capability::new(
            "how much it matters, named",
            "\"we get how important this is\" and \"I know how frustrating this must be\" acknowledge; \"we know how to fix this\" does not",
        )
        .quiet_for("{this is ridiculous, worst service ever|third time my order's gone missing!!}", "{We get how important this is.|I know how frustrating this must be.|We understand how inconvenient this is.} Can you DM us your order number?")
        .flags_for("{this is ridiculous, worst service ever|third time my order's gone missing!!}", "We know how to fix this. Can you DM us your order number?"),
        Capability::new(
            "exasperation in passing",
            "\"I paid for the game to deal with this?\" shows upset; \"maybe you need to update your records\", \"instead of telling me to call\", \"or nah?\", \"now on hold\" count beside another sign; said calmly they do not",
        )
        .flags_for("{I paid for the game to deal with this?|you've sent me to 3 people already, maybe you need to update your records|instead of telling me to call the seller, you call them. third time I've asked|you gonna fix the outage or nah?? been days|three queues and now on hold again}", "Can you DM us your account number?")
        .quiet_for("{maybe you should add a dark mode, would be cool!|instead of asking me to pay by card, can I pay cash at the desk?|I'm on hold again, is the line busy today?|shall we go or nah? lol}", "Can you DM us your account number?"),
        Capability::new(
            "an error message quoted, a plan to try again, a strong word denied",
            "\"please try again later\" quoted from an error screen and \"I'll try again\" are no recurring failure, and \"I did nothing crazy with it\" no outburst; \"it failed again\" is a sign",
        )
        .quiet_for("{the video didn't play at all, it said 'An error occurred, please try again later'. any idea?|upload doesn't work at all, just says try again later. which browser should I use?|I tried that a few times this morning, but I'll try again. which option do I pick?|nobody else can see my comments and the account is new, I did nothing crazy with it}", "Can you DM us your account number?")
        .flags_for("{the video didn't play at all, again. any idea?|upload doesn't work at all and it failed again}", "Can you DM us your account number?"),
        Capability::new(
            "worn down, shamed, cheated",
            "\"shame on you for cheating customers\" shows upset; \"once and for all\", \"please please\", \"a false commitment\", \"tens of times with no results\", \"late on the last 6 orders\", \"no sign of the refund\", \"more than 10 days\", \"I keep hearing\", \"repeatedly\", \"not going to use you moving forward\" count beside another sign; a seller reported for scamming, a calm goodbye and \"my last 3 orders\" do not",
        )
        .flags_for("{shame on you for selling faulty kit and cheating customers|please please please fix the app once and for all|got a false commitment from your support. again|I've asked tens of times with no results!!|you've been late on the last 6 orders. unbelievable|no sign of the refund after 3 weeks|you repeatedly say it's fixed but it's still broken!!|honestly not going to use you moving forward, this is the third late parcel|stuck for more than 10 days and no sign of the refund|I keep hearing it's fixed, yet it's still broken}", "Can you DM us your account number?")
        .quiet_for("{how do I report a seller for scamming people?|I'm not going to use the app anymore, how do I delete my account?|where can I see my last 3 orders?|no sign of the parcel yet, when should it arrive?|I ordered it more than 3 days ago, when will it ship?|I keep hearing great things about the new menu, when does it launch?}", "Can you DM us your account number?"),
        Capability::new(
            "name-calling, a fraud verdict, disbelief",
            "\"idiot amazon\" and \"a fraud company\" show upset; \"never expected\", \"was there really a need\", \"what ya got to say?\", \"even after\" count beside another sign; \"I feel like such an idiot\", fraud on a card reported and a pleased \"never thought I'd say this\" do not",
        )
        .flags_for("{you cancelled my order again, idiot company|it seems you are a fraud company|never expected such a bad delivery, the box was crushed|is there really any need for a crate this big???|still shows out for delivery 3 days later... what ya got to say?|no reply even after sending my statements, third time asking}", "Can you DM us your account number?")
        .quiet_for("{I feel like such an idiot, I forgot my password again. can you reset it?|I think there was fraud on my card, can you help?|I never thought I'd say this but the new app is great!|even after the update, can I still use the old layout?}", "Can you DM us your account number?"),
        Capability::new(
            "praise let to trail off",
            "\"Super quick delivery...\", \"really helpful support...\" and \"refunds at their finest…\" are irony; praise said outright, thanks that trail off, praise denied and a lone \"Great...\" are not",
        )
        .flags_for("{Super quick delivery... two weeks and counting|really helpful support...|Refunds at their finest…|Such reliable wifi... https://t.co/abc}", "Can you DM us your account number?")
        .quiet_for("{Super quick delivery, thank you!|Thanks... I'll try that tonight|Not the fastest courier... when will it come?|Great... so which size do I pick?|Brilliant cake... can you deliver it to Leeds?}", "Can you DM us your account number?"),
        Capability::new(
            "applause in sarcasm, a regulator named, a scam typed fast",
            "\"well played\" or \"bravo\" beside a failure, \"taking this to consumer affairs\" and \"wat a scam!!\" show upset; \"well played last night\" about a match, a question about consumer affairs' address and \"what a deal!\" do not",
        )
        .flags_for("{well played, you cancelled my order and raised the price|bravo, the parcel is lost again|72 hours and still nothing. I'm taking this to consumer affairs|3 days gone, now I am raising it in consumer affairs|wat a scam!! the box came empty}", "Can you DM us your account number?")
        .quiet_for("{well played last night lads, great match!|do you know the consumer affairs office hours?|what a deal! can I order two?}", "Can you DM us your account number?"),
        Capability::new(
            "accused of idling, cheating, ignoring; a promise mocked",
            "\"u do nothing\", \"fake offers\", \"that's basically theft\", \"my complaints keep getting ignored\" show upset; \"how's that 'next day delivery' going?\" and \"do you guys still exist?\" count beside another sign; \"is theft covered?\", \"how is that feature working for others?\" and a fake-looking item asked about do not",
        )
        .flags_for("{U do nothing|stop sending fake offers|that's basically theft, you took £40|my complaints keep getting ignored|how's that 'next day delivery' going?? https://t.co/abc|do you guys still exist? 3 days waiting!!|continually amazed by your packaging. one tiny cable in a huge box again}", "Can you DM us your account number?")
        .quiet_for("{Is theft covered by the phone insurance?|how is that feature working for other users?|I think this charger is fake, how can I check?}", "Can you DM us your account number?"),
        Capability::new(
            "dismay in a word, a hope shared, a verdict hedged",
            "\"Rats!\", \"Darn.\", \"we were really hoping it would reach you in time\", \"that's rather unexpected\" and \"the trip hasn't been pleasant\" acknowledge; \"we were hoping you could send the order number\", \"it hasn't been long since dispatch\" and \"that's rather quick\" do not",
        )
        .quiet_for("{this is ridiculous, worst service ever|third time my order's gone missing!!}", "{Rats!|Darn.|We were really hoping it would reach you in time.|That's rather unexpected.|Clearly the trip hasn't been pleasant.} Can you DM us your order number?")
        .flags_for("{this is ridiculous, worst service ever|third time my order's gone missing!!}", "{We were hoping you could send the order number.|It hasn't been long since dispatch.|That's rather quick.} Can you DM us your order number?"),
        Capability::new(
            "the fault owned, their view granted, in other words",
            "\"we fell short\", \"we missed the mark\", \"we owe you an apology\", \"we want to make it up to you\", \"we're mortified\", \"that must have been stressful\", \"less than ideal\", \"not cool\", \"a valid concern\", \"point taken\", \"I see where you're coming from\", \"you have every right to be annoyed\" and \"oh gosh\" acknowledge; \"the date fell on a Sunday\", \"point us to the order\" and \"a valid order number\" do not",
        )
        .quiet_for("{this is ridiculous, worst service ever|third time my order's gone missing!!}", "{We fell short here.|We missed the mark.|We owe you an apology.|We want to make it up to you.|We're mortified.|That must have been stressful.|That's less than ideal.|Not cool at all.|That's a valid concern.|Point taken.|I see where you're coming from.|You have every right to be annoyed.|Oh gosh.} Can you DM us your order number?")
        .flags_for("{this is ridiculous, worst service ever|third time my order's gone missing!!}", "{The date fell on a Sunday.|Please point us to the order.|We need a valid order number.} Can you DM us your order number?"),
        Capability::new(
            "not what we want, said plainly",
            "\"that's not a good experience\", \"far from ideal\", \"not good at all\", \"we never intend to keep you waiting\", \"we want to get your bill straightened out\", \"we definitely don't want that\", \"that isn't what we expect from our couriers\", \"not the news we wanted to share\", \"whoops\" and \"good grief\" acknowledge; \"we don't want you to pay twice, so use the link\" and \"a good experience starts with your order number\" do not",
        )
        .quiet_for("{this is ridiculous, worst service ever|third time my order's gone missing!!}", "{That's not a good experience.|We definitely don't want that.|That isn't what we expect from our couriers.|Not the news we wanted to share.|Whoops!|Good grief!|That is far from ideal.|Not good at all.|We never intend to keep you waiting.|We want to get your bill straightened out.} Can you DM us your order number?")
        .flags_for("{this is ridiculous, worst service ever|third time my order's gone missing!!}", "{We don't want you to pay twice, so use the link.|A good experience starts with your order number.} Can you DM us your order number?"),
        Capability::new(
            "below the standard, the wait named",
            "\"not the service we aim to provide\", \"you deserve better\", \"that's unlike us\", \"that shouldn't happen\", \"no way to treat a customer\", \"a long time to wait\", \"such a pain\", \"a lot to deal with\" and \"we know you've been waiting\" acknowledge; \"the service we provide is listed here\" and \"it takes a long time to load, so wait\" do not",
        )
        .quiet_for("{this is ridiculous, worst service ever|third time my order's gone missing!!}", "{This is not the service we aim to provide.|You deserve better.|That's unlike us.|That shouldn't happen.|That's no way to treat a customer.|That's a long time to wait.|Such a pain!|That's a lot to deal with.|We know you've been waiting.} Can you DM us your order number?")
        .flags_for("{this is ridiculous, worst service ever|third time my order's gone missing!!}", "{The service we provide is listed here.|The page takes a while to load, so please wait.} Can you DM us your order number?"),
        Capability::new(
            "a scam asked about, a slip of their own sworn at",
            "\"is this text a scam?\", \"is it correct or a scam?\" and \"shit wrong one\" (their own wrong screenshot) show no upset; \"this is a scam\" and \"shit service, wrong order again\" do",
        )
        .quiet_for("{is this text a scam? it asks for my card number|is it correct that it costs £200, or a scam?|shit wrong one https://t.co/abc|damn wrong screenshot, here's the right one}", "Can you DM us your account number?")
        .flags_for("{this is a scam, you charged me twice|shit service, wrong order again}", "Can you DM us your account number?"),
        Capability::new(
            "leaving by deleting the app, asked with an edge",
            "\"I'm uninstalling your app\" shows upset; \"was this really the best box?\", \"I wasn't aware it's legal to block the road\", \"nobody came to help\", \"don't pass the buck\", \"I have better things to do\" and \"even more epic\" count beside another sign; \"I'm deleting old photos from the app\" and \"is this really the best price?\" asked calmly do not",
        )
        .flags_for("{I'm uninstalling your app, it never works|was this really the best box to use for one cable?? https://t.co/abc|I wasn't aware it's legal to block the road with your vans!!|nobody came to help me, waited an hour!!|don't pass the buck again, fix it|I have better things to do than chase you!!|even more epic, the refund is short again}", "Can you DM us your account number?")
        .quiet_for("{I'm deleting old photos from the app, will my backup stay?|is this really the best price? just checking before I buy}", "Can you DM us your account number?"),
        Capability::new(
            "sympathy for the staff",
            "\"I know you're working hard, just an update WOULD HELP\" and \"I understand you're all busy, any ETA??\" are patient; \"I know you're working hard, but this is ridiculous\" is still upset",
        )
        .quiet_for("{I know you're working hard. Just a little update WOULD HELP A LOT|I understand you're all busy, any ETA on the repair??|I appreciate they are doing their best, but when will it be back?!}", "Can you DM us your account number?")
        .flags_for("{I know you're working hard, but this is ridiculous. Third outage this week}", "Can you DM us your account number?"),
        Capability::new(
            "a strong word denied, imagined or played down",
            "\"not disappointed at all\", \"I'd be so disappointed to miss it\", \"I don't want to be rude\", \"it's a bit annoying\" and \"kind of frustrating\" show no upset on their own; \"your app continues to be terrible\", \"I will be reporting you\", \"not only rude but late\" and \"so disappointed\" do",
        )
        .quiet_for("{Not disappointed at all, just wondering when the next batch is out|I'd be so disappointed to miss the launch, will you have stock on Friday?|I don't want to be rude, but when does my order ship?|It's a bit annoying that the app logs me out each day, is there a fix?|kind of frustrating that the colour isn't listed, which one is it?|that would be ridiculous if true, is the sale ending today?}", "Can you DM us your account number?")
        .flags_for("{your app continues to be terrible, it logs me out each day|I will be reporting you to trading standards|your driver was not only rude but late|so disappointed, the box arrived empty}", "Can you DM us your account number?"),
        Capability::new(
            "the police or the top of the company threatened, an edge in a question",
            "\"I'm calling the cops\", \"I'll be contacting the police\", \"I'll be telling your CEO\" show upset; \"does that make any sense?\" with \"who owns a printer these days?\", or \"I'm having a hard time\" with \"just refund me\", are two weaker signs; \"should I call the police?\", \"who is your CEO?\" and \"I'm having a hard time choosing\" alone do not",
        )
        .flags_for("{That charge came out of nowhere. I'm calling the cops|I'll be contacting the police about this parcel|I'll be telling your CEO about the fakes you sell|Does that make any sense? Who even owns a printer these days?|I'm having a hard time reaching anyone. Just refund me}", "Can you DM us your account number?")
        .quiet_for("{My parcel was stolen from the porch, should I call the police?|Who is your CEO these days? Writing a school project|I'm having a hard time choosing between the two colours, any advice?}", "Can you DM us your account number?"),
        Capability::new(
            "taken for fools, called cheats, a customer lost",
            "\"what a rubbish\", \"making fools of people\", \"u r cheaters\", \"you're happy to lose me?\", \"you'll lose a loyal customer\", \"now wait and watch\" and \"you don't know what customers can do\" show upset; \"are you even listening?\" with \"always an apology, no resolution\" are two weaker signs; \"I lost my card\" and \"what a mess I made of the form, sorry\" do not",
        )
        .flags_for("{what a rubbish service, parcel never came|you are making fools of people, no delivery again|u r cheaters, I sent every detail twice|a customer for ten years and you're happy to lose me?|keep this up and you'll lose a loyal customer|You don't know what customers can do. Just wait and watch|are you even listening? Always an apology, no resolution}", "Can you DM us your account number?")
        .quiet_for("{I lost my card yesterday, can I order a new one?|I made a mess of the form, can I send it again?}", "Can you DM us your account number?"),
        Capability::new(
            "a joke, a lie, mockery, a warning to others",
            "\"is this some sort of joke\", \"good riddance\", \"that's a lie\", \"you're now mocking me\" and \"buyer beware\" show upset; \"are you guys sleeping or what\" with \"responding to everyone else\" are two weaker signs; \"tell me a joke\", \"I lie awake\" and \"is the sale still on or what?\" do not",
        )
        .flags_for("{is this some sort of joke? the order vanished|Closing my account. Good riddance|the engineer never turned up, so that's a lie|your agent is mocking me now|bought from a marketplace seller, got a fake. Buyer beware|R u guys sleeping or what? You're replying to everybody else}", "Can you DM us your account number?")
        .quiet_for("{can your speaker tell me a joke in French?|I lie awake waiting for the new season, when is it out?|is the sale still on or what?}", "Can you DM us your account number?"),
        Capability::new(
            "angry words about other people",
            "\"people are price gouging at outrageous prices!\" and \"sellers should be able to mark buyers as liars\" are about others (a weaker sign); \"your sellers are liars\" and \"is this just to screw people over?\" are about the company",
        )
        .quiet_for("{People are price gouging, listing hand gel at outrageous prices. Please pass this on|sellers should be able to mark buyers as liars and time wasters}", "Can you DM us the listing number?")
        .flags_for("{your sellers are liars and time wasters|Is the company doing this just to screw people over?}", "Can you DM us the listing number?"),
        Capability::new(
            "an apology refused, anyone still there",
            "\"I don't need a sorry, I need my refund\", \"your email says nothing but sorry\", \"an apology isn't enough\", \"do you guys still exist?\", \"your wretched app\" show upset; an apology accepted or waved off, a real question about a product's existence, are calm",
        )
        .flags_for("{I don't need a sorry. I need the items at the price I ordered them.|Your email says nothing but an apology. What do I do now?|An apology is not enough, the party is ruined.|Sorry doesn't cut it, I missed my flight.|Do you guys still exist? Two days trying to get help.|Keep your wretched product, I've bought it elsewhere.}", DM_OR_EMAIL)
        .quiet_for("{No need to apologise, it arrived today!|Thanks for the apology, all sorted now.|Does the blue version still exist or was it discontinued?|Do you still do the student discount?}", DM_OR_EMAIL),
        Capability::new(
            "the same script again, common sense wanted",
            "\"what ya got to say?\", \"same canned responses?\", \"exactly the same bs answers\", \"all parroting the same answer\", \"tell them to use some common sense!\" show upset; the same answer asked after, common sense as a topic, are calm",
        )
        .flags_for("{Still shows out for delivery. What ya got to say?|Three days late again. What do you have to say for yourselves?}", DM_OR_EMAIL)
        .quiet_for("{What did the driver have to say about the parcel?|What does the app say about my order?}", DM_OR_EMAIL)
        .flags_for("{Same canned responses? How about a DM?|You give exactly the same bs answers every time.|All of you are parroting the same answer.|Same old excuses from your team.|Tell your drivers to use some common sense!|Zero common sense from the depot again.}", DM_OR_EMAIL)
        .quiet_for("{Will I get the same answer if I email instead?|Is there a common sense guide to the new settings?|Is the same response time true at weekends?}", DM_OR_EMAIL),
        Capability::new(
            "ignored in other words, the tries counted, a promise broken",
            "\"I've sent 4 emails and got nothing back\", \"nobody will pick up the phone\", \"this is the third time I'm writing\", \"you promised a callback and never called\" show upset; \"third time lucky\", the third order enjoyed, a promise kept, are calm",
        )
        .flags_for("{I've sent 4 emails and got nothing back.|You lost my bag and nobody will pick up the phone.|No one ever answers at the depot.|This is the third time I'm writing about this.|Fourth time asking: where is my refund?|I'm calling for the fifth time now.|You promised a callback and never called.|They assured me it was fixed but it's still broken.}", DM_OR_EMAIL)
        .quiet_for("{Third time lucky! Love the new flavour.|This is the third time I've ordered and it's always great.|You promised it would be here Tuesday and it was, thanks!|Nobody will notice the scratch, it's fine.}", DM_OR_EMAIL),
        Capability::new(
            "a sneer, sent round in circles, killed by it",
            "\"your so-called security\" shows upset; \"going in circles with your chat bot\" and \"you're killing me with these outages\" need company (hours spent, \"!!\"); \"the so-called Black Friday sale\", kids running in circles, a flavour that is killing me with joy, are calm",
        )
        .flags_for("{Your so-called security just locked me out of my own money.|Spent 2 hours with your chat bot going in circles.|You guys are killing me with these outages!!}", DM_OR_EMAIL)
        .quiet_for("{When does the so-called Black Friday sale start?|The kids ran in circles in the new play area, great fun!|You're killing me, this new flavour is amazing 😂}", DM_OR_EMAIL),
        Capability::new(
            "worn out, messed up, insulted, their word denied",
            "\"this is getting old\", \"you really messed this up\", \"never been so insulted\", \"ashamed I recommended you\" show upset; \"still nothing\", \"come on guys\", \"is anyone reading these\", \"anything but premium\" need company (\"??\", a quoted word, a day counted); a dog getting old, a recipe messed up at home, \"anything but the aisle seat\" are calm",
        )
        .flags_for("{This is getting old, the wifi dropped three times today.|You really messed this one up.|I've never been so insulted by a rep in my life.|I'm ashamed I recommended you to my friends.|hello?? is anyone reading these|still nothing?? day 5|come on guys, 2 hours on hold??|Your \"premium\" support is anything but premium??|Can anyone at your company actually help me??}", DM_OR_EMAIL)
        .quiet_for("{My dog is getting old, is the senior food in stock?|I messed up the recipe at home, can I buy another kit?|Anything but the aisle seat please, can I choose?|Come on in and see us, is that what the sign says?|Still nothing to pay on my account, right?}", DM_OR_EMAIL),
        Capability::new(
            "dry praise of the service, a company this big",
            "\"... never came. Absolutely brilliant service.\", \"Still no refund. Shocker.\", \"how does a company this big not have a phone line\" show upset; \"since Monday\" and \"the 3rd month\" need company; the same praise said warmly, and a company this big admired, are calm",
        )
        .flags_for("{I've been charged for a delivery that never came. Absolutely brilliant service.|Still no refund. Shocker.|How does a company this big not have a working phone line?|Trying to reach you since Monday, no reply??|My bill is wrong again, this is the 3rd month??}", DM_OR_EMAIL)
        .quiet_for("{The engineer fixed it in ten minutes. Absolutely brilliant service!|How does a company this big handle so many orders? Impressive.|I've had the phone since Monday, how do I turn on dark mode?|Is this the 3rd month of the offer?}", DM_OR_EMAIL),
        Capability::new(
            "a slap in the face, the same again, the date as a reproach",
            "\"a slap in the face\", \"holding my money hostage\" show upset; \"another week, another bill error\", \"it's 2019 and you still can't\", \"it's day 4\", \"made everything slower\", \"not ok\", \"without asking\", \"why is this so complicated\", a flat \"Convenient.\" or \"Creepy.\" need company; the same words asked calmly are calm",
        )
        .flags_for("{Your new policy is a slap in the face to loyal customers.|Holding my money hostage for 10 days.|Another week, another bill error, twice now??|It's 2019 and you still can't do online refunds??|Paid for next day delivery. It's day 4. I want my money back.|This update made everything slower, why??|You took money out of my account twice without asking.|Why is this so complicated?? I just want to change my address.|Trying to cancel and your site loops back to the start again. Convenient.|Why does your app need my contacts? Creepy.}", DM_OR_EMAIL)
        .quiet_for("{Is it ok to bring a dog?|It's 2 and I'm on my way, can I still collect?|Does the new update make the app slower on old phones?|Can you take the payment without asking me each month?|The new booking page is so convenient!|Is it day 4 of the sale today?}", DM_OR_EMAIL),
        Capability::new(
            "a groan shared, anyone would mind, not what they signed up for",
            "hard negative: \"Argh\", \"that would drive anyone mad\", \"that's not what you signed up for\", \"must be really wearing\", \"a fair complaint\" acknowledge; \"we signed you up\", \"that's a fair price\" do not; \"what's the worst time to visit?\" asks calmly",
        )
        .quiet_for("{Which is the worst day to visit if I want to avoid crowds?|What's the worst time to call, is Monday busy?}", DM_OR_EMAIL)
        .quiet_for(&slot(&UPSET[..3]), "{Argh, what a moment for it to happen!|That would drive anyone mad.|That's not what you signed up for!|Four months of wrong bills must be really wearing.|That's a fair complaint.|That would drive anyone up the wall.} Please DM us your order number.")
        .flags_for(&slot(&UPSET[..3]), "{We signed you up for updates.|That's a fair price for the plan.} Please DM us your order number."),
        Capability::new(
            "no good, said of their trouble",
            "\"dropped calls at home are no good at all\" names the badness of what happened",
        )
        .quiet_for("seriously?? dropped calls in my own kitchen every day this week", "{Dropped calls at home are no good at all. What's your postcode?|A phone that won't hold a call is no good. Which street are you on?}")
        .flags_for("seriously?? dropped calls in my own kitchen every day this week", "{What's your postcode?|Which street are you on?}"),
        Capability::new(
            "a double charge asked about",
            "\"why did my direct debit come out twice?\" asks calmly about a double charge, which is the failure told, not a failure told again; \"charged again, why??\" is exasperated",
        )
        .quiet_for("{hi, why did my direct debit come out twice this month|why was I charged twice for one ticket?|hello, why have I been billed twice for March}", "{That was a payment system glitch on the 1st; the second payment is back in your account.|Please DM us the last four digits of the card.}")
        .flags_for("{charged AGAIN?? why|why do you keep charging me?? again!!}", "Please DM us the last four digits of the card."),
        Capability::new(
            "worn down by asking, the day it cost them",
            "\"I've told you four times. What does it take?\", \"I've asked for a manager three times. How is there no manager at a bank?\", \"flight cancelled, nowhere to sleep, missed my connection\" are exasperated with no angry word; a reply that goes straight to a question ignores it",
        )
        .flags_for("{I moved house 6 weeks ago and I'm still billed at my old address though I've told you four times. What does it take?|I have asked for a manager three times and been told there isn't one. How is there no manager at a bank?|My flight was cancelled, I missed my connection and I have two kids with me and nowhere to sleep.}", DM_OR_EMAIL)
        .quiet_for("{I moved house 6 weeks ago and I'm still billed at my old address though I've told you four times. What does it take?|I have asked for a manager three times and been told there isn't one. How is there no manager at a bank?}", "I'm sorry you've had to ask so many times. Please DM us your account number."),
        Capability::new(
            "a scam reported to them",
            "\"how do I report a listing that looks like a scam?\" reports one to the company; \"your app is a scam\" calls the company one",
        )
        .quiet_for("{how do i report a listing that looks like a scam?|I want to report a text that's a phishing scam}", "Tap the three dots on the listing, choose Report, then Suspected fraud.")
        .flags_for("{your app is a scam|this company is a total scam}", "Tap the three dots on the listing, choose Report, then Suspected fraud."),
        Capability::new(
            "the cost to their life, the count, loyalty, sarcasm said outright",
            "\"I've had to take two days off work\", \"this is the sixth time\", \"eleven years with you\", \"paying £5k a year for this\", \"is it though?\", \"you could not make this up\", \"the rudest call of my life\", \"really regretting choosing you\": two weaker signs or one plain one, with no angry word; a reply that goes straight to a question ignores them",
        )
        .flags_for("{I've had to take two days off work for a delivery that never came. This is the sixth time.|Eleven years with you and I've restarted the router 30 times this month.|Paying £5k a year for this. Is it though?|So the 24 hour refund took 23 days. You genuinely could not make this up.|Just had the rudest phone call of my life with one of your agents.|Really regretting choosing you for my home insurance.|Switching to another network the minute my contract ends.}", DM_OR_EMAIL)
        .quiet_for("{Hi, I've been a customer for ten years, could I get the loyalty discount?|How many times can I change my booking?|Is this the third time the price has gone up this year? Just checking before I renew.}", DM_OR_EMAIL),
        Capability::new(
            "their feeling shared",
            "\"we're gutted too\" and \"we know a price change is never welcome\" meet the feeling; \"congrats on your new phone!\" to someone stuck setting it up does not",
        )
        .quiet_for("{why did my fave show disappear from your catalogue 😭😭|why is my plan more expensive now?! ridiculous}", "{We're gutted too 😢 The licence ended this month. You can still buy it on other stores.|We know a price change is never welcome. You can switch to Basic at any time in Your Account.}")
        .flags_for("my new phone won't transfer anything, been at this for 3 hours, useless", "Congrats on your new phone! Are you using Quick Start?"),
        Capability::new(
            "siding with them, a loss pinned on us, the price with an edge",
            "\"that's not fair at all when our site was down\" sides with them; \"I missed a job interview because of you\" and \"or are we just paying to look at a spinning wheel???\" are upset; \"I got the job because of you, thank you!\" is thanks",
        )
        .quiet_for("I can't believe you charged me £5 for a missed payment when your site was down 😡", "That's not fair at all when our site was down. I've refunded the £5 fee today.")
        .flags_for("{just been told my claim is rejected?? I missed a job interview because of you|Is your streaming service actually working tonight or are we just paying to look at a spinning wheel???}", "Which device are you using, and is there an error code?")
        .quiet_for("I got the job because of you, thank you so much!", "Which role did you get? We'd love to share the news."),
        Capability::new(
            "let down said, the count by emails, a promise never kept, their fault named, a manager demanded",
            "\"words cannot describe how let down I feel\", \"the fourth email I've sent without a reply\", \"not once has anyone called me back\", \"so I'm just expected to pay for your mistake?\", \"I want a manager, this is your mistake\" are upset; \"my fault, I typed the wrong email\", \"can I speak to a manager about a job?\" are calm",
        )
        .flags_for("{Words cannot describe how let down I feel.|This is now the fourth email I have sent without a reply.|Not once has anyone called me back. Why?|So I'm just expected to pay for your mistake?|I want a manager, this is your mistake.}", "Could you send us your order number?")
        .quiet_for("{My fault, I typed the wrong email. Can you change it?|Hi, how do I make a formal complaint about a noisy neighbour in one of your flats?|Can I speak to a manager about a job opening at the Leeds store?|Just checking the parcel will arrive as promised on Friday?|Is the bot on your site able to book returns?|Could someone competent in Excel help me with the template?}", "Could you send us your order number?"),
        Capability::new(
            "the ordeal named, their complaint granted, the failure owned",
            "\"that's a miserable wait\", \"what an ordeal\", \"that's a fair dig\", \"standing all the way is rubbish, I know\", \"you should have been kept informed\", \"the runaround you've had\" meet the feeling; \"what I know is the train left at 7\" does not",
        )
        .quiet_for("4 hours stuck on the tarmac with no water. Not a single announcement. Ridiculous.", "{That's a miserable wait, and you should have been kept informed. Please DM your booking number.|What an ordeal. Please DM your booking number.|That's a fair dig given the runaround you've had. Please DM your booking number.|Sitting there for 4 hours is rubbish, I know. Please DM your booking number.}")
        .flags_for("4 hours stuck on the tarmac with no water. Not a single announcement. Ridiculous.", "What I know is the flight left at 7. Please DM your booking number."),
        Capability::new(
            "thanks for a failure put right",
            "\"thanks for replacing my broken headphones, the new pair is great\" is pleased; \"thanks for sending me the same broken part again\" is sarcasm",
        )
        .quiet_for("thanks for replacing my broken headphones, the new pair is great", "Brilliant to hear! We'll pass your thanks on to the team.")
        .flags_for("thanks for sending me the exact same broken part again", "Brilliant to hear! We'll pass your thanks on to the team."),
        Capability::new(
            "the customer's words however typed",
            "\"I cannot believe this\", \"ur service is a joke\", \"it wont let me in AGAIN\" are upset as \"I can't believe this\" is; calm questions typed the same way are not",
        )
        .flags_for("{I cannot believe this.|I can not believe this.|ur service is a joke|it wont let me in AGAIN!!|u guys are useless}", "Please DM us your order number.")
        .quiet_for("{can u tell me when ur store opens?|it wont let me pick a seat, how do I do it?|I cannot find the size guide, where is it?}", "Please DM us your order number."),
        Capability::new(
            "thanks closing an angry message",
            "\"... get your act together Thanks.\" signs off an angry message, its stop left out, and leaves it angry; thanks said warmly (\"fixed in 5 minutes!!! thanks\", \"that was quick, thanks\") still please",
        )
        .flags_for("{why the hell are you charging me twice Thanks.|get your act together and refund me Thanks.|this is a JOKE, I want my money back Thanks.}", "Please DM us your order number.")
        .quiet_for("{Wow, fixed in 5 minutes!!! thanks|You guys are the BEST lol thanks|Got it sorted again thanks}", "Glad to hear it!"),
        Capability::new(
            "said by one agent",
            "hard negative: \"I care about\", \"I messed up\", \"not how I wanted you to feel\" acknowledge as the team's \"we\" does",
        )
        .quiet_for(&slot(&UPSET[..3]), "{I care about how this went for you.|I messed up here.|This is not how I wanted you to feel.} Please DM us your order number."),
        Capability::new(
            "their verdict shared",
            "hard negative: \"that's ridiculous\", \"that's absurd\", \"this is outrageous\" from the agent side with the customer on how bad it is",
        )
        .quiet_for(&slot(&UPSET[..3]), "{That's ridiculous, I'm on it.|Honestly, that's absurd.|This is outrageous, and I'll sort it.} Please DM us your order number."),
        Capability::new(
            "sarcastic thanks and praise beside a failure told plainly",
            "\"thank you so much for cancelling my train\", \"lost my saved games. thanks i guess\", \"tracking says delivered. it isn't. great start\", \"the app is down. amazing\", \"oh cool, logged out again\" mock the service; thanks for a fix, praise for what works, and a bug report that says \"isn't\" do not",
        )
        .flags_for("{Thank you so much for cancelling my train with no warning.|thanks so much for losing my suitcase|lost all my saved games after the update. thanks i guess|tracking says delivered. it isn't. great start to the day|love that my bag got to Rome and I didn't. great work guys|the app is down. amazing|oh cool, it logged me out again}", "Please DM us your booking reference.")
        .quiet_for("{Thank you so much for sorting my refund, it came through today.|Great work on the update, the app is so much faster.|love that you don't charge for returns|the sync button isn't there on my tablet, is it in another menu?|Nice one, the replacement arrived.}", "Please DM us your booking reference."),
        Capability::new(
            "feeling conned, getting nowhere",
            "\"feeling pretty scammed\", \"felt totally cheated\", \"im going in circles here\" are upset; \"my drone keeps flying in circles\" reports a fault",
        )
        .flags_for("{bought the season pass and half of it is missing. feeling pretty scammed ngl|felt totally cheated by that offer|checked in online, app says error, desk says go online. im going in circles here}", "Please DM us your booking reference.")
        .quiet_for("{my drone keeps flying in circles after the update, how do I recalibrate it?|the loading icon just spins in circles, is there a fix?}", "Please DM us your booking reference."),
        Capability::new(
            "the badness named in other words",
            "hard negative: \"that's a rubbish start to the day\", \"losing three hours of progress is painful\", \"a double charge is the last thing you need\", \"that sounds like a runaround\" acknowledge",
        )
        .quiet_for(&slot(&UPSET[..3]), "{That's a rubbish start to the day.|Losing three hours of progress is painful.|A double charge is the last thing you need.|That sounds like a runaround.} Please DM us your order number."),
        Capability::new(
            "their label or euphemism quoted back",
            "\"'minor maintenance' = 9 hours offline\", \"a 'fragile' box arrives crushed\", \"'next day' delivery and it never came\" quote the company's word back beside a failure; \"what does 'minor update' mean?\" asks",
        )
        .flags_for("{lol 'minor maintenance' and the app crashed for 9 hours|my 'fragile' box arrived crushed and broken|'next day' delivery and it never came}", "Please DM us your booking reference.")
        .quiet_for("{what does 'minor update' mean on my tracking page?|is the 'fragile' sticker free to add to my parcel?}", "Please DM us your booking reference."),
        Capability::new(
            "contempt, and a drastic way out offered in mockery",
            "\"maybe the ombudsman can help since you clearly can't\", \"any news or shall i just start walking\", \"or should i just move house\" are upset; \"should I reinstall or should I just wait?\" asks",
        )
        .flags_for("{maybe the ombudsman can help since you clearly can't|you guys clearly don't read these|any news on the 8:15 or shall i just start walking|is this outage ever ending or should i just move house}", "Please DM us your account number.")
        .quiet_for("{should I reinstall the app or should I just wait for the update?|do I need to book or can I just turn up?}", "Please DM us your account number."),
        Capability::new(
            "rhetoric marked as such, a claim of theirs denied",
            "\"how does a 'fragile' box arrive crushed. genuinely asking\", \"'your order has shipped' no it hasn't, tracking hasn't moved in 9 days\", \"ah yes, the classic 'queue then get kicked'. never gets old\", \"'out for delivery' since 7am. do i keep waiting or what\" are upset; \"genuinely asking, do you ship to Malta?\" asks",
        )
        .flags_for("{how does a 'fragile' box arrive crushed. genuinely asking|'your order has shipped' no it hasn't, tracking hasn't moved again|ah yes, the classic 'queue for an hour then get cut off'. never gets old|'out for delivery' since 7am. do i keep waiting or what}", "Please DM us your order number.")
        .quiet_for("{genuinely asking, do you ship to Malta?|guess what, the parcel came today, thanks!}", "Please DM us your order number."),
        Capability::new(
            "everything of theirs lost, counted",
            "\"the update deleted all my notes\", \"lost all of my photos\" are distress; \"6 years of curating. gone. every single one\" counts the loss; \"how do I delete all my old emails?\" asks",
        )
        .flags_for("{the new update deleted all my notes|lost all of my photos when the app reset|my playlists vanished again. 6 years of curating. every single one}", "Please DM us your account email.")
        .quiet_for("{how do I delete all my old emails?|can I remove all my saved cards at once?}", "Please DM us your account email."),
        Capability::new(
            "years of custom and what they could not even do, together",
            "\"been with you for 10 years\" and \"they couldn't even tell me when\" are weaker signs, each written in several ways; together they are upset",
        )
        .flags_for("{they couldn't even tell me when it would be back. been with you for 10 years|you can't even answer an email and I've been a customer for 12 years|been a member for over a decade and they could not even find my booking}", "Please DM us your account number.")
        .quiet_for("{they couldn't even tell me when it would be back. been with you for 10 years}", "I'm sorry nobody could tell you, that's frustrating. Please DM us your account number."),
        Capability::new(
            "long email",
            "a long reply with no acknowledgement flags; one sentence of it anywhere clears it",
        )
        .in_long_email(Some(&slot(&UPSET[..2])), "Please reply with your order number.", true)
        .in_long_email(Some(&slot(&UPSET[..2])), "I'm so sorry about this.", false),
    ]
}

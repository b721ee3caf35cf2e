//! Feeling: how upset the customer's message reads, and whether the reply acknowledges
//! the feeling or the badness of what happened. The customer's message is read through
//! the same text model as the reply.
//!
//! The upset list follows the labelling guide's notion of visible frustration, anger or
//! distress: insults and verdicts on the service, named feelings, profanity, being
//! ignored, threats to leave. Impatience and worry alone ("please help", "urgent", "it's
//! broken", "still not working") describe a problem, not a feeling, and count only as
//! weak signs that need company. So do the cues that most readers take as upset but not
//! all: sarcasm ("so much for ..."), disbelief, "Seriously?" on its own, "nobody will
//! tell me", something ruined. Said outright (a named feeling, "I feel ignored", "I've
//! lost patience", "how many times do I have to ask", taking their business elsewhere),
//! one is enough.

use crate::engine::packed::{self, List};
use crate::engine::pattern::{Match, Phrases};
use crate::engine::text::{
    among, find_text, is_negation, Draft, Quote, Sentence, Token, TokenKind,
};
use crate::engine::unicode;
use std::sync::LazyLock;

/// Words and phrases that on their own show frustration, anger or distress in a customer's
/// message: insults, profanity, "worst", "ridiculous", "so tired of", threats to leave,
/// "still waiting", "no response", "HELP!".
pub static UPSET: LazyLock<Phrases> = LazyLock::new(|| {
    Phrases::lines(lines![
        // Verdicts on the service.
        "worst|wretched|pathetic|ridicul*|redicul*|ludicrous|preposterous|abysmal|dreadful|diabolical|shambolic|disgusting|disgraceful|appalling|atrocious|horrible|horrendous|terrible|awful|shocking|shambles|unacceptable|inadequate|incompetent|useless|unhelpful|hopeless|laughable|lame|dumb|stupid|idiotic|scammers|fraudsters|thieves|thief|liar|liars|lying|crooks|cheated|robbed|stole|stolen|looted|harass*|ripoff|rudest|kafkaesque",
        // Words that are also plain nouns ("the trash folder", "report fraud") are a verdict
        // only when something is called that: "this is a scam", "what a joke".
        "is|are|was|it's|that's|this's|such|total|complete|absolute|utter|pure a|an [total|complete|absolute|utter|pure] joke|scam|fraud|theft|rubbish|garbage|trash|disgrace|ripoff|rip-off",
        // "What kind of scam is this", "cheap rubbish", "loyalty means nothing to you".
        "what kind|sort of [a] scam|joke|nonsense|circus|rubbish|clowns|cowboys",
        // "Is this some sort of joke", "good riddance", "that's a lie", "now mocking me",
        // "buyer beware".
        "some kind|sort of [a] joke|scam",
        "good riddance",
        "(that is|that's|it is|it's|this is|all) [a] [total|complete|blatant|flat] lie|lies",
        "mocking|mock|mocked me|us|customers",
        "buyer|buyers beware",
        "cheap rubbish|junk|garbage|trash|crap|tat",
        "means|meant|mean nothing to you|them",
        // Underhand dealing: "sneaky af", "so shady". Not "a sneaky peek".
        "sneaky af|fee|fees|charge|charges|tactic|tactics|move|way|practice|practices",
        "so|how|pretty|really|very|super sneaky|shady|underhanded",
        "shady|underhanded|scammy",
        // Distress said outright: "I'm freaking out", "I'm in tears".
        "i am [literally|actually|really|so|just|honestly] (freaking out|panicking|in tears|beside myself|at my wits end|at my wit's end)",
        // Run together as typed in a hurry: "veryupset".
        "veryupset|soupset|reallyupset|veryangry|soangry|sofrustrated|veryfrustrated|sopissed",
        // Slurs at whoever is named.
        "faggot|faggots|fag|fags|retard|retards|retarded",
        // Treated as less: "feel like a second class citizen".
        "second class|rate citizen|citizens|customer|customers",
        // A failure praised as a feat: "impressed how you managed to lose a fridge".
        "managed to lose|break|damage|ruin|mess|screw|miss|cancel|delete|forget|misplace|lose",
        "is|are|was|it's|that's|this's|such|total|complete|absolute|utter|pure joke|scam|fraud|theft|rubbish|garbage|trash|disgrace|ripoff",
        "rip|ripped off",
        "poor|bad|lousy|crap|crappy|shoddy service|experience|support|apology|response|quality|delivery|company|show|effort",
        // "Joke of a company", "shambles of an airline".
        "joke|disgrace|shambles|mess|farce of a|an company|service|airline|business|bank|website|app|shop|store|operation|outfit",
        "scam|scammy|fraudulent|crooked|dodgy company|companies|business|businesses|outfit|app|service|airline|bank|website|site|artists",
        // "No idea" about a login is confusion; said of the staff it is an accusation.
        "you|they|he|she|agent|agents|staff|rep|reps|representative|people|team|nobody have|has|had no idea|clue",
        "no help",
        "not|never helpful",
        "of no use|help",
        "fake promise*",
        // An apology refused: "I don't need a sorry, I need ...", "your mail says nothing but
        // sorry", "an apology isn't enough".
        "do not need|want [a|an|your|another|any|more|the] sorry|apology|apologies|sorries",
        "nothing (but|except|bt) [a|an] sorry|apology|apologies|apolgy|sorries|excuses",
        "sorry|apology|apologies is|are not [good] enough",
        "sorry|apology|apologies does|do not cut it",
        // Their thing sneered at: "your so-called security".
        "your (so-called|so called)",
        // Called to answer for it: "what ya got to say?", "what do you have to say for
        // yourselves?"
        "what [do|have] you|ya got|have to say",
        // The script said back to them again: "same canned responses?", "exactly the same bs
        // answers", "parroting the same answer".
        "same [old] bs|canned|generic|scripted|automated|robotic|copy-paste|copy-pasted|useless|pointless|stock answer|answers|response|responses|reply|replies|excuse|excuses",
        "same old answer|answers|response|responses|reply|replies|excuse|excuses|story|script",
        "parroting|parrot|parrots",
        // Sense found wanting: "tell them to use some common sense", "zero common sense".
        "use (some|their|your|a little|a bit of) common sense",
        "(no|zero|lack of|lacking|any) common sense",
        // Ignored so long they ask if anyone is there at all: "do u guys still exist?"
        "do|does you|ya|anyone|anybody [guys] [even|still|actually] exist",
        "what a mess|joke|nightmare|shambles",
        // "Your new policy is a slap in the face", "holding my money hostage".
        "slap in the face",
        "hostage",
        // "How does a company this big not have a working phone line?"
        "how does|can|do|is|could a|an company|business|firm|brand|airline|bank|retailer this|that|so big|large|rich not|never|still",
        // Worn out by it, or blamed for it: "this is getting old", "you really messed this up".
        "this|it|that|this's|it's|that's [is] getting old",
        "you|they [have] [really|totally|completely|guys|seriously] messed|screwed|stuffed|botched *3 up",
        "a [total|complete|absolute|real|right|proper|hot] mess|shambles|farce|circus",
        // "Absolute con", "total rip-off".
        "absolute|total|complete|utter con|scam|rip-off|ripoff|sham|racket",
        "this|it|that|this's|it's|that's [is|was] [a|an|such] [total|complete|absolute|real] mess|nightmare|disaster|farce|circus|joke",
        // Feelings the customer names.
        "embarrass*|humiliat*|mortif*|frustrat*|infuriat*|irritat*|annoyed|annoying|furious|livid|angry|upset|upsetting|disappointed|disappointing|disgusted|outraged|fuming|fumed|pissed|enraged|exasperated|sickened|appalled|unhappy|unimpressed|displeased|dissatisfied|aggravated|aggrieved|incensed|irate|seething|peeved|miffed|dismayed|disheartened|terrified|petrified|traumatised|traumatized|insulted",
        // Shamed by their own good word: "I'm ashamed I recommended you".
        "ashamed i|to|that [i] [ever|have] recommended|chose|trusted|booked|bought|picked",
        // Disappointment said as a verdict: "I expected so much better", "is it too much to ask".
        "expected [so|far|way|a] [much|lot|far] better",
        "i|we [would] expect better from|of",
        "is|it's|that's|was [it|that|this] too much to ask|expect",
        // Distress: shock, grief, despair.
        "shocked|devastated|heartbroken|distraught|gutted|horrified|desperate|desperately|panicking|traumati*",
        "in tears",
        "in [so|such|constant|real] [much] pain|agony",
        "in a lot of pain|agony",
        "passed away",
        "deceased|funeral|bereave*",
        "fed up",
        // Giving up, the last resort, the rhetorical verdict: "I give up", "twitter is my
        // last hope", "make it make sense", "you had one job", "how do you lose a suitcase".
        "i [just] give up",
        "i [have|had|am] [just] given|giving up",
        "giving up on you|your",
        "my last hope|resort",
        "make it make sense",
        // Verdicts in the slang of a tweet: "the audacity", "not cool", "I'm so over this",
        // "the last straw", "cool cool cool", "gone downhill", "give me my money back", "can't
        // believe how bad this has been". ("This ain't it" reads as "that's not it", which a
        // calm customer says of a wrong guess.)
        "the audacity",
        "not cool",
        "i am [so] over this|it|you|your",
        "[the] last straw",
        // A verdict on what happened: "this is not ok", "that's not on".
        "this|that|it is|was not ok|okay|acceptable",
        "that's|it's not ok|okay|acceptable",
        "that's not on",
        "cool cool cool",
        "love that for me|us",
        // "How is it my problem that ...", "absolute state of this train".
        "(how is|how's) it|this|that my problem|fault",
        "absolute|total state of",
        // "A dark pattern and you know it", "unusable", "I could cry", "I'm begging you".
        "and you know it",
        "dark pattern|patterns",
        "unusable|unplayable|unwatchable",
        "(i could|i am going to|makes me want to|made me want to) cry|scream",
        "i am begging",
        "begging you",
        // "Feels like a joke at this point", "seriously thinking about cancelling", "don't know
        // why I keep giving you my money", "what exactly are we meant to do". (Not "thinking
        // about switching": to another plan, as often as to a rival.)
        "like a [total|complete|bad|sick] joke|scam",
        "thinking|think|considering about|of cancelling|canceling|leaving|closing",
        // Going to a rival: "thinking of switching to Vodafone", "tempted to move over to
        // EE". To another plan or version it is no threat (NOT_UPSET); "going back to"
        // is as often a trip home.
        "thinking|considering|tempted [of|about|to] switching|switch to",
        "thinking|considering|tempted [of|about|to] moving|move over to",
        "why should i|we [even|still] stay|bother|continue|remain",
        "why would i|we [even|still] stay|continue|remain",
        "what exactly am|are i|we meant|supposed to do",
        "why i|we [still] keep giving|paying you",
        "gone|going|went downhill",
        "give|gimme me my|our money back",
        "believe how bad|badly|poor|awful|terrible|slow|rude|long|difficult|hard",
        // Promises that never come true: "you keep promising a callback", "the refund that
        // was promised"; money lost for nothing: "that's £200 down the drain".
        "keep|keeps|kept promising",
        // A verdict of greed, outrage at the law, money wasted: "shameless cash grab", "is
        // this even legal???", "£45 wasted". (Not "uninstalling": a step they tried.)
        "(cash grab|cash-grab|money grab|money-grab)",
        // Patience spent, fobbed off, going round in circles, made a fool of: "I've been
        // patient", "no fobbing off", "round and round we go", "I looked like an amateur".
        "i have been [very|extremely|really|so] patient",
        "running|run out of patience",
        "fob|fobbed|fobbing [me|us] off",
        "round and round",
        "farcical",
        "embaras*|embarass*",
        "looked|look|looking like an|a amateur|idiot|fool|clown",
        // Wanting all of it back: "I want every cent back".
        "every cent|penny|pound|dollar back",
        "like|want my|our <word> back now",
        // Questions that are accusations: "do you know how that feels?", "who's paying for
        // that", "how are you still charging me", "what did I pay for exactly?", "how is
        // anyone supposed to reach you", "how many 48 hours do I need to wait??".
        "do you know how (that|it|this) feels",
        "(who is|who's) (paying|going to pay) for that|this|it",
        "how are|is you|it still charging|billing|taking",
        "what did|am|was i pay|paying for exactly",
        "how is|are anyone|anybody|we|customers|people supposed|meant to",
        "how many *2 do|does i|we need|have to wait|ask|call|chase|tell|explain|contact|email|ring|send|repeat|put|write|say|type",
        // Nobody even looked, money gone, despair: "no one at the desk even looked up",
        // "I'm £850 down", "this is costing us actual money", "starting to wonder if I'll ever
        // see those funds again", "honestly done with it", "if it was important you'd pick up".
        "(no one|nobody) *3 even",
        "(i am|we are) [now] <num> down",
        "out of pocket",
        "costing|cost|losing us|me [actual|real] money|sales|business|customers|clients",
        "wonder|wondering if|whether (i will|we will) ever",
        "honestly|so|completely|totally|absolutely done with",
        "if it was|were [so|really] important",
        "like|want my|our <num> back",
        // Sarcasm at a promise, nobody doing or knowing anything: "how exactly is that next
        // day", "you lot are doing nothing about it", "nobody at your call centre has a clue",
        // "none of your staff helped", "total waste".
        "how exactly is|was that|this",
        "you|they are doing nothing",
        "(nobody|no one) * has|have a clue",
        "none of your [<word>] staff|team|agents|people|employees|crew helped|cared|bothered|came|listened",
        "total|complete|utter|absolute waste",
        "shameless|greedy",
        "is this|that [even] legal",
        "<num> wasted",
        "wasted my|our money",
        // Indignant about paying, or demanding it back now: "can't believe I'm paying for
        // this", "I want my money back now".
        "can|could not believe (i am|we are|i was|we were|i have been) [still] paying",
        "want|need my|our money back now|immediately|asap|today",
        "down the drain",
        // "Not acceptable", "nobody is doing anything about it", "this is censorship", "the
        // chat agent closed the chat on me".
        "not acceptable",
        "(nobody|no one) [is|was|seems] [to] [be] doing anything|nothing",
        "censorship|discrimination|discriminatory|racist|sexist",
        "closed|ended|disconnected|cut|shut the chat|call|line on me|us",
        // Told what to do: "do better", "sort your app out", and warned off: "don't bother
        // ordering from these guys". ("Fix your app" alone is terse, and weak.)
        "do better",
        "sort your|yourselves|it *2 out",
        "do not bother ordering|buying|using|booking|flying|shopping|calling|contacting",
        "why does|do|is|will|can|has (nobody|no one) *3 answer*|respond*|repl*|help*|call*|read*|care|listen*",
        "laughed|laughing|smirked|sniggered at me|us",
        "costing|cost|costs me|us (money|a fortune|my job|work)",
        "why i|we [even] bother",
        "(nobody|no one) [there|here] has|had (a clue|any idea)",
        "(nobody|no one) [there|here] knows|know what",
        "talking|speaking|talk|speak to a [brick] wall",
        "you [have] had one job",
        // "Who trains these people?", "I want to throw it out of the window".
        "who trains|trained|hired|hires|employs these|those people|staff|drivers|agents|guys|clowns",
        "throw|chuck|lob|toss *3 (out of|out) the|a window",
        "how do|does|did|can|could you|they|one [even|possibly] [manage] [to] lose|break|forget|damage|ruin|misplace|overbook|overcharge|mess",
        "treated [this|so|that] badly|poorly|rudely",
        "driving|drives|driven|drove me mad|crazy|insane|nuts|mental|bonkers|potty",
        "driving|drives|driven|drove me up the wall",
        "driving|drives|driven|drove me round|around the bend",
        "mad at",
        "sick|tired of",
        "had enough",
        "i am done with you|this|them|it",
        "i am done with your company|service|studio|app|bank|airline|network|nonsense|excuses|store|shop|business|products|games|lies",
        // The rival as the real thing: "I'm going to a proper provider".
        "to|for a|an proper|real|decent|competent provider|company|airline|bank|network|isp|business|service",
        "you [are|must] [be] kidding|joking",
        "absurd|outrageous",
        // "This is inhumane", "absolutely patronising", "10/10 would not recommend".
        "inhumane|barbaric|patronising|patronizing|condescending|disrespectful",
        "would|will not recommend",
        // Done with them, or leaving: "guys I'm so done", "taking my money elsewhere".
        "i am (so done|done with you|done with this)",
        "taking|take my money|business|custom elsewhere",
        // What hangs on it said outright: "I'm going to lose my job".
        "lose|losing my job",
        // Paying for nothing: "what am I paying 90 quid for", "paying for a service I'm not getting".
        "what am i paying *2 for",
        "paying for *3 i am not getting|receiving",
        "wtf|wtaf|rufkm|jfc|bs|bullshit|dammit|crap",
        // Verdicts on the people and the company.
        "inept|ineptness|incompetence|clueless|unprofessional|rude|disrespectful|shameful|insulting|sucks|suck|sucked|greedy|negligent|negligence|deceptive|misleading",
        // Demands and accusations: "get your act together", "you had no right".
        "get your act together",
        // "The UI is horribly laggy", "impressed it's this bad".
        "horribly",
        "(it is|it's|its) (this|that|so) bad",
        // "Leave me and my accounts alone."
        "leave me|us *4 alone",
        "do your job",
        "you had|have no right",
        "refused|refuses|refusing to help|refund|listen",
        "nobody cares|reads|listens|bothers|knows",
        "no one cares|reads|listens|bothers|knows",
        "do|does|did not care",
        "filthy|grimy|squalid|revolting|vile|unhygienic|unsanitary|inedible|uneatable|undrinkable",
        // Accused of doing nothing: "the bank is doing nothing to help".
        "doing|done|did|does nothing to help|about",
        "what is the point",
        "this is the thanks i|we get",
        "is this the thanks",
        // "What use is that to a coeliac?"
        "what [possible|earthly] use|good is that|this",
        "what's the point",
        "how is this|that|it ok|okay|acceptable|fair|legal|right",
        "how's this|that|it ok|okay|acceptable|fair|legal|right",
        "are you serious|kidding",
        "are you mad|crazy|joking",
        "you have got to be kidding|joking",
        // Disappointment said outright: "I expected a lot more from you", "not a happy bunny".
        "expected (a lot more|much more|far more|so much more|more|better|much better) from|of you",
        "not a happy bunny|camper|customer",
        "enough is enough",
        // Sarcasm that cannot be praise: "hope you're proud of yourselves".
        "proud of yourselves|yourself",
        "who do|can i yell|shout|scream|complain at|to",
        "i swear to god",
        // Sarcasm about the service: "funny how I can't cancel".
        "funny how",
        // Accused of idling, cheating or ignoring them: "U do nothing" (read as "you"), "fake
        // offers", "it is in effect fraud and stealing", "every concern is ignored".
        "you [guys|people|lot] do|did nothing",
        "fake offer|offers|promise|promises|deal|deals|discount|discounts",
        "fraud|theft and stealing|theft|robbery",
        "(it is|this is|that is|it's|that's) [basically|literally|actually|simply|pure|plain|outright] theft|stealing|robbery|extortion",
        "concern|concerns|complaint|complaints|email|emails|message|messages|calls|request|requests|tweets|questions|pleas *3 ignored",
        // Threats: a complaint to someone above, or leaving.
        "report|reporting you to",
        "bbb|ombudsman|ofcom|ofgem|lawyer|lawyers|solicitor|attorney",
        "report|reporting this|it to the fcc|cfpb|ftc|regulator|watchdog|press|media",
        "going to my bank|card|credit|lawyer|solicitor",
        // Leaving at the end of a contract: "switching to @rival when my contract ends".
        "(when|once|the minute|the second|as soon as) my contract (ends|is up|runs out|expires)",
        // Sarcasm and regret said outright: "you genuinely could not make this up", "unreal,
        // and not in a good way", "really regretting choosing you", "what more do you want
        // from me?"
        "(could not|can not) make this|it up",
        "not in a good way",
        "regret|regretting|regretted choosing|picking|joining|trusting|using|booking you|your|with",
        "what more do you want|need from me|us",
        "living in a kafka",
        "seriously|definitely|now (considering|thinking of|thinking about) cancelling|canceling|leaving|switching",
        // Taking the money back through the bank: "I'll file a chargeback".
        "file|filing|issue|issuing|start|starting|open|opening|raise|raising|initiate|initiating|do|doing a chargeback",
        "chargeback if|unless",
        "trading standards",
        // The police, or the top of the company: "I'm calling the cops", "I'd advise your CEO".
        "(i am|i will|going to|about to) [be] call|calling|ring|ringing|contact|contacting|involve|involving|get|getting|report|reporting *2 police|cops",
        "tell|telling|advise|email|emailing|write|writing|tweet|tweeting|tag|tagging|escalate|escalating|contact|contacting|complain|complaining|inform|informing *3 ceo|chairman|founder|bezos",
        "consumer court|forum|tribunal",
        // "Now I'm taking this to consumer affairs" (not their office hours asked).
        "to|with|in|contact|contacting|contacted consumer affairs|commission|council",
        "small claims",
        "take|taking you to court",
        "legal action",
        // Leaving because of this; a plain "I'd like to cancel my subscription" is a
        // request (a weak sign, below).
        "cancel|cancelling|canceling|close|closing my account|subscription|service|contract|membership after this|that",
        "cancel|cancelling|canceling|close|closing my account|subscription|service|contract|membership if|unless this|that|you|it|nobody|no",
        "shame on|in you",
        // Name-calling and a verdict of fraud: "idiot amazon", "a cheat company".
        "idiot|idiots",
        "cheat|fraud company|companies|business|businesses|outfit",
        // Accused of cheating them: "selling faulty kit and cheating customers",
        // "you're scamming us" (not "a seller scamming people", reported).
        "cheating|scamming|conning|fleecing customers|customer",
        "(you|you are) cheating|scamming|conning|fleecing|cheat|scam me|us|people|customers",
        "should be ashamed",
        "ashamed of yourselves|yourself|you",
        // Not pleased, said with force: "not impressed at all", "far from happy".
        "not happy|pleased|satisfied|impressed (at all|whatsoever)",
        "not (at all|remotely|even slightly) happy|pleased|satisfied|impressed",
        "far from happy|pleased|satisfied|impressed",
        // Displeasure with how it was handled: "not happy with the way this was dealt with".
        "not happy|pleased|satisfied with (how|the way)",
        // Paying for what does not work: "why am I paying for this?".
        "why am|are|do|should i|we [even|still] pay|paying for|you",
        "what [exactly] am|are i|we [even|actually|exactly] paying for",
        "paying|pay|paid [<word>] for what [exactly]",
        // Getting nowhere: "I keep hitting walls", "going round in circles".
        "hitting|hit a|the [brick] wall|walls",
        "keep|keeps|kept hitting walls|dead-ends|dead",
        "getting|got|get|gone|going nowhere",
        "round|around|going|go|went in circles",
        // Not even answered: "you didn't even reply", "or even reply".
        "not|never|or even reply|respond|answer|acknowledge|acknowledged|replied|responded|answered|bother|bothered|call|called",
        "messed|screwed up my|our plans|day|weekend|holiday|trip|evening|order",
        "wits|wit's end",
        "a|an|such|total|complete|absolute|living|what nightmare",
        "nightmarish",
        "stressed|stressful",
        "stressing out",
        // Exasperated questions: "how is this still not fixed", "why does nobody answer",
        // "do you even care", "every single time".
        "how is|has this|it|that still not|broken|down|happening",
        "how's this|it|that still not|broken|down|happening",
        "why does|do|is|will|can|has nobody [ever] answer*|respond*|repl*|help*|call*|pick*|care|cares|listen*|know*|tell*|read*|fix*|bother*",
        "why does|do|is|will|can|has no one [ever] answer*|respond*|repl*|help*|call*|pick*|care|cares|listen*|know*|tell*|read*|fix*|bother*",
        "why does|will|can not anyone|anybody",
        "do|does you|they|anyone even care",
        "do|does|did you|anyone|anybody|they even read|listen|check|look|answer|reply|respond|test|try|train|have|know",
        "do|does|did you guys|people|lot|folks even read|listen|check|look|answer|reply|respond|test|try|train|have|know",
        "care about your|their customers",
        "heard nothing back|since|from|yet",
        "(got|received|had|getting|hearing) nothing back",
        // The tries counted: "third time asking", "I'm writing for the fourth time".
        "(third|fourth|fifth|sixth|3rd|4th|5th|6th|umpteenth|nth) time *2 asking|writing|calling|contacting|emailing|messaging|chasing|requesting|explaining|complaining|reporting|tweeting|asked|written|contacted|emailed|messaged|chased|explained|complained|reported|tweeted",
        "(asking|writing|calling|contacting|emailing|messaging|chasing|explaining|complaining|tweeting) for the (third|fourth|fifth|sixth|3rd|4th|5th|6th|umpteenth|nth) time",
        // A promise broken: "you promised a callback and never called".
        "promised|assured|guaranteed *5 (and|but) [they|you|he|she|it|nobody] never|not|still",
        "every single time",
        "never been slower|worse|ruder",
        "thanks|cheers for nothing",
        // "Does anyone there actually know what they're doing?"
        "actually|even know what (they are|you are) doing",
        "(nobody|no one) * know|knows what (they are|you are) doing",
        // Told again and again: "I've explained this three times".
        "explained|repeated [this|it|myself|everything] [already] three|four|five|several|multiple|numerous|countless times",
        "explained|repeated [this|it|myself|everything] [already] <num> times",
        "explained|repeated [this|it|myself|everything] [already] so many times",
        "what are|will you [going] [to] do|doing about it|this",
        "i [have|had] already stated|said|told|explained|mentioned|asked|answered",
        "thank you for nothing",
        "what in [the] blazes|hell|world",
        "what|what's [is] wrong with you|your",
        "how hard is it",
        "how hard can it be",
        "give|gives me ulcers|headache*",
        // Being ignored, waiting, chasing.
        "still being charged",
        "no one [is|has|will|would|ever|even] respond*|answer*|repl*|help*|call*|got|gets|bothered|pick*",
        "nobody [is|has|will|would|ever|even] respond*|answer*|repl*|help*|call*|got|gets|bothered|pick*",
        "no-one|noone [is|has|seems|will] respond*|answer*|repl*|help*|call*|bothered|pick*|cares|care|to",
        // The silence counted: "3 emails and not one reply", "not a single response".
        "not (one|a single) reply|response|answer|callback|email|call|update|apology",
        "0|zero|no replies|responses|answers|callbacks",
        "not respond*|replied|answered",
        "hung up on",
        "runaround",
        "waste|wasting|wasted [of] [my|our|an|a] [whole|entire] time|hours|days|day|morning|afternoon|evening|weekend|money",
        "wastage of time",
        "stranded",
        "stuck|stranded at|in|on the|an|a airport|gate|station|terminal|tarmac|runway|platform",
        // Shaken by it: "I'm shaking", "very much disturbed".
        "i am [literally|actually|still] (shaking|trembling|in tears)",
        "very|really|so|totally|deeply|much disturbed",
        "stuck|stranded abroad|overseas",
        "stuck|stranded in a foreign country",
        // Being ignored: "not a word back", "without a peep since".
        "not|without a|one word|peep|squeak back|from|since",
        // Sarcasm about the service: "you call this customer service?".
        "you call this|that [customer] service|support|help|helping|care",
        "messing me around|about",
        "your responsibility",
        "ruin|ruined|ruining|ruins my|the|it|this|everything|our",
        "lost * customer*",
        "lost me as",
        // Paid for the trouble: "I buy the game to deal with this?"
        "pay|paying|paid|buy|bought *5 to (deal with|put up with) this|that|it",
        // Threats to leave, and leaving by deleting them: "I'm uninstalling your app".
        "[my] business elsewhere",
        "i am uninstalling|deleting|ditching *3 app|apps",
        "shop|shopping|go|going|look|looking elsewhere",
        "shop|shopping|go|going|look|looking|take|taking *3 somewhere|someplace else",
        "switch|switching|move|moving [over] to another|different provider|company|carrier|network|bank|isp|airline",
        "switch|switching|change|changing|moving|leaving providers|networks|banks|carriers|suppliers|companies|airlines",
        // Leaving said as resigned: "time to find a new bank", "looks like I'm going back to
        // @rival".
        "time to (find|get|try|look for) a|another [new|different] provider|bank|airline|carrier|network|company|isp|supplier|broadband|insurer|host",
        "(looks like|guess|might as well|may as well) (i am|we are|i will|we will) [just] (going back|switching|moving back|moving over|switching back|switching over|going over) to",
        // At the end of their rope: "genuinely at the end of my tether", "I am beyond words",
        // "I cannot breathe right now", "for the love of god".
        "end of my tether|rope",
        "at my wits end",
        "i am beyond (words|furious|livid|angry|frustrated|upset)",
        "can not breathe",
        // Nobody cares, said of the whole company: "no-one at google seems to care".
        "(nobody|no one|no-one|noone) *3 (seems to care|seem to care|gives a)",
        "a running joke",
        // Of blind60's voices: "Coincidence? I think not.", "screw it", "going back to my old
        // bank", "treating passengers like cattle", "I'm not coping", "run out of options",
        // "paying for nothing", "losing the will to live", "carrier pigeon", "pretty poor that",
        // "this is why nobody trusts ...", "we won't be renewing", "paid to ignore".
        "i think not",
        "screw it|this|you|that",
        "going back to my old|previous bank|provider|network|carrier|supplier|company",
        "like cattle|animals|dirt|garbage|idiots|criminals",
        "not coping",
        "run out of options|patience",
        "paying for nothing",
        "losing the will to live",
        "carrier pigeon",
        "pretty|really|very|quite poor that|from|of",
        "this is why (nobody|no one) trusts",
        "will not be renewing|returning",
        "paid to ignore",
        "abused|assaulted|attacked|threatened me",
        "now you are telling me",
        "so|completely|totally done w|wit",
        // "kidding me?", "are you guys for real", "trolling me", "Zero stars.", "felt let
        // down", "enjoy losing customers", "why do I pay £20 a month".
        "kidding me",
        "are you [guys|people|lot|all] for real|serious|kidding",
        "trolling me|us",
        "zero|0 stars",
        "(feel|felt|feeling) let down",
        // "Words cannot describe how let down I feel."
        "how let down|disappointed|upset|angry|frustrated|insulted|humiliated i|we feel|felt|am",
        "let me|us down",
        "enjoy losing",
        "why (do i|am i|do we|are we) (pay|paying)",
        // Sarcasm and verdicts that are never praise: "you had one job", "nah this ain't it",
        // "I've had it", "so you're telling me ...", "imagine paying $90 a month to ...",
        // "I've heard that song before", "stay playing with my money".
        "(you have|you had) one job",
        "this is not it",
        "i have had it",
        "cancel everything",
        "so you are telling me",
        "imagine paying|being",
        "heard that song|one|line before",
        "playing with my money",
        "do the math|maths",
        // Slang for cross: "I'm tight", "lowkey heated", "so salty".
        "(i am|so|lowkey|kinda) tight|salty|heated|pressed|tilted",
        "what (am i|are we) paying [you|this|them] for",
        "losing my mind",
        "pulling my hair out",
        "for the love of god",
        // Called a robbery: "daylight robbery", "looting customers openly".
        "daylight robbery",
        "robbery|looting|extortion|extortionate",
        "go|going|went to my bank|card|lawyer|solicitor",
        "switch|switching|move|moving [over] to a [different|new] provider|company|carrier|network|bank|isp|airline",
        "not|never going|coming back",
        // Disbelief and exasperated questions: "how many times do I have to ask",
        // "why do I even bother", "is anyone actually reading these".
        "how many more times",
        "how many more days|weeks|hours|months",
        "how many days|weeks|hours|months more|longer",
        "how many times [do|must|will|should|have] i|we [have|need|got] [to] ask|tell|call|explain|chase|contact|write|repeat|say|complain|email|message|ring|phone|reset|restart|reboot|reinstall|prove|send|wait",
        // Verdicts and threats of 2019-20 support threads: "what a scam", "whoever did this
        // needs to be fired", "is your DM just for show", "if this continues I'm switching",
        // "paying £35 a month for a paperweight", "every month the same nonsense".
        // (Typed on a phone as often: "wat a scam", "wot a joke".)
        "what|wat|wot a|an [total|complete|absolute] joke|scam|con|ripoff|rip-off|shambles|farce|disgrace|rubbish|mess|nonsense",
        // Taken for fools, called cheats, a customer lost, a threat left open: "making fool
        // to people", "u r cheaters", "you plan to lose me?", "now wait and watch".
        "make|making|made [a] fool|fools of|to",
        "cheaters|cheats|fraudsters|looters",
        "con artists",
        "lose|losing|lost a|another [loyal|long-time|longtime|good] customer",
        "lose|losing me",
        "wait and watch",
        "you do not know what i|we|a|customers|consumers *2 can do",
        // 2017 brand tweets: "did anyone test this??", "is this a bank or what?", "zero
        // respect", "birthday ruined", "you guys really hate your players", "do you think this
        // is OK?", "fix this now", "are your drivers allergic to doorbells?".
        "did|has anyone|anybody [even|actually] test|tested|try|tried|check|checked this|it",
        "is this a|an <word> or what",
        "zero respect|effort|care|communication|accountability",
        "birthday|holiday|day|weekend|trip|christmas|evening|night|wedding|anniversary ruined",
        "ruined my|our",
        "you [guys|lot|people] [really|clearly|obviously] hate your|us",
        "do you think this|that is ok|okay|acceptable|fair|right",
        "fix|sort this|it now",
        "are|is your <word> allergic to",
        "needs|need|should|deserves|deserve to be fired|sacked|sued",
        "just|only for show",
        "why|how on earth",
        "clowns",
        "pay|paid|paying *4 for a|an paperweight|doorstop|brick",
        "the same nonsense|rubbish|garbage|excuse|excuses|story",
        "completely|totally|utterly|absolutely pointless|useless",
        "if this|it continues|keeps *4 switching|leaving|cancelling|canceling|cancel|leave|switch",
        "(i am|we are) [now] switching to",
        "why do|should|would i|we [even] bother",
        "is|are anyone|anybody|you actually|even|ever reading|listening|there|awake|working",
        "what kind|sort of company|business|outfit|operation|people",
        "is this|that how you treat|treated",
        "you treat|treated me|us like this|that|dirt|rubbish",
        "this is how you treat|treated",
        "is this|that the way you treat|treated",
        "this is the way you treat|treated",
        // Verdicts in other Englishes: "third class service", "copy paste answer".
        "third|3rd|second class|rate service|support|experience|product|company|treatment",
        "third-rate|second-rate|third-class|substandard|sub-standard",
        "copy [and] paste|pasted answer|answers|reply|replies|response|responses|message|messages|line|lines",
        "copy-paste|copy-pasted|copypaste|copypasted",
        "shame on your|this",
        // Being ignored, patience running out.
        "being|been|feel|felt|get|getting|got|completely|totally|just|keep|kept ignored",
        "ignoring me|us|my|our",
        "lose|losing|lost [my|all] patience",
        "running|run|ran out of [my|all] patience",
        "let me|us down",
        "really|badly|totally|completely let down",
        "feel|felt|feeling [so|completely|totally|very|really|pretty|quite|kinda] cheated|misled|lied|robbed|scammed|insulted|disrespected|betrayed|deceived|mugged|unvalued|undervalued|worthless|helpless",
        "so|completely|totally|absolutely|utterly done with",
        // Everything of theirs gone: "the update deleted all my notes", "lost all of my
        // photos" (not "I deleted all my old addresses": done on purpose).
        "lost all [of] my",
        "update|app|it|you|they|system|reset *2 deleted|wiped|erased|removed all [of] my",
        // Contempt and a drastic way out offered in mockery: "since you clearly can't",
        // "any update or shall i just start walking", "or should i just move house".
        "you [guys|people|lot] clearly can|do|does|are|have|did not",
        "or should|shall i just give|move|walk|start|cancel|leave|switch|sue|forget|buy",
        "done with you guys|people|lot",
        // Said alone: "Done with you.", and leaving as the next failure's price: "if it goes
        // down one more time I'm cancelling".
        "done with you|ya|yall",
        "one more time *3 cancelling|canceling|cancel|leaving|leave|switching|switch|gone|done",
        "done with this company|place|airline|bank|service",
        "take|taking|took my business|custom to|elsewhere",
        "to|with a|your competitor|competitors|rival",
        "losing my mind|sanity",
        "demand my money back",
        "i demand",
        "get it|yourselves|yourself together",
        "dropped the ball",
        "had it with",
        "beyond a joke",
        "wait|waiting|waited forever",
        // Not "I lost my business card": the customer says who lost it.
        "you [have|just] lost my|our business|custom",
        // "Rubbish" and "garbage" are also what the bins take ("this rubbish collection").
        "this|that|such|what nonsense",
        // Thanks said in sarcasm: "thanks for losing my bag".
        "thanks for [not] losing|breaking|ignoring|wasting|overcharging|messing",
        "thank you for [not] losing|breaking|ignoring|wasting|overcharging|messing",
        // Threats to leave: "never shopping here again", "never again".
        "never|not [ever] use|using|buy|buying|fly|flying|shop|shopping|order|ordering|book|booking|recommend|recommending|deal|dealing|return|returning|purchase|purchasing|trust|choose|choosing|come|coming|go|going|stay|staying *3 again",
        "never|ever again",
        // "Last time I shop here": the present tense says it will not happen again ("the
        // last time I ordered" recalls an order).
        "last time i|we shop|use|order|fly|buy|book|deal|choose|trust|come|shopping|using|ordering|flying|buying|booking|dealing|coming|choosing",
        "will not ever be",
        // Insults aimed at the staff or the company: "the world's dumbest driver", "the rudest
        // agent". (A bare "morons" is as often the hackers or the other company.)
        "dumbest|stupidest|rudest|laziest|worst-trained driver|drivers|agent|agents|staff|person|people|company|service|airline|bank|rep|reps|employee|employees|manager|managers|policy|system|app|crew|team",
        // Accused of cheating or exploiting: "holding me to ransom", "just to screw people
        // over", "profiting from the pandemic". (Price gouging is what a calm customer reports
        // of sellers.)
        "hold|holding|held|holds me|us|customers [to] ransom",
        "screw|screwing|screwed|screws people|customers|everyone|everybody|folks over",
        "capitalizing|capitalising|cashing|profiting|profiteering on|in|from [this|the|a] pandemic|crisis|situation|tragedy",
        // Not heard: "you're missing my point", "you're not listening", "do you guys even
        // care", "no ones helping".
        "(you are|you have been|you keep|you) missing|missed the|my point",
        "(you are not|you have not been|you never) [even] listening|listen",
        "do|does you|they|anyone guys|people|lot|folks|all even care",
        "(no ones|noones|nobodys) help*|respond*|answer*|repl*|listen*|car*|bother*",
        // Accusations and verdicts in plain words: "stealing $800 from me" (not "stealing the
        // show"), "unethical practices", "incompetancy of your rep", "we will not be renewing
        // with you", "can't deal!!!".
        "stealing|steal|steals *3 from",
        "stealing|steal|steals my|our|money|people|customers",
        "incompetanc*|incompetant",
        "not be renewing|renewed|returning|staying|continuing with",
        "can not deal",
        // Harm and fear: "he threatened me", "we're suffering", a car accident, the emergency
        // room. (Not "in hospital": a calm reason to move a delivery as often as distress.)
        "threaten|threatening|threatens me|us",
        "(we are|i am|we have been|i have been) suffering",
        "car|road|bike|traffic accident|crash",
        "in the emergency room",
        // Exasperation said outright: "you don't even let me recover my own account", "you keep taking money off my card",
        // "an endless loop of troubleshooting", "that's enough for me to close my account".
        "you|they do|did|will|would|can not even let|allow|give|tell|reply|answer|respond|bother|try|offer|send|call|help",
        "keep|keeps|kept taking|charging|billing|debiting money|me|my",
        "enough (for me|for us) to close|cancel|leave|switch|quit",
        "(i am|we are) losing money|customers|business|sales",
        // Excuses refused, a plea to stop, fed up with all of them: "excuses, excuses", "make
        // it stop", "bout done with y'all", "I doubt that is legal".
        "excuses excuses",
        "done with y'all|yall",
        "done with (you all|you guys)",
        "doubt that|this|it is legal|allowed|right",
        // Distrust: "quite disturbing" (not "sorry for disturbing you"), "can't be trusted",
        // "this doesn't seem to be a concern".
        "is|it's|that's|quite|very|really|so|deeply|extremely|pretty|most disturbing",
        "untrustworthy",
        "can not be trusted",
        "does|do not seem to be a concern|priority",
    ])
});

/// Strong words that can also be happy ("this deal is insane", "hell yeah"): upset only
/// when the message does not read as pleased.
pub static UPSET_INTENSE: LazyLock<Phrases> = LazyLock::new(|| {
    Phrases::lines(lines![
        // Name-calling and accusations that can be said fondly: "these clowns lost my bike",
        // "making a killing on fees", "did anyone even read my email" (not "the clowns at the
        // circus were amazing", "making a killing with this deal, love it").
        "these|those|you fools|clowns|jokers|amateurs|cowboys",
        "bunch of fools|clowns|jokers|amateurs|cowboys|idiots|muppets",
        "making|make|made a killing",
        "did you|anyone even read my",
        // "A horrifying experience", "an endless loop of chat bots" (not "the film was
        // horrifying, loved it", "on an endless loop, love it").
        "horrifying|horrific|traumatic",
        // A groan as often at their own slip ("forgot my password again smh") as at the
        // service.
        "smh|smdh|ffs|fml",
        "endless|never-ending|neverending loop|cycle|circle",
        // "Why is it so hard to find an email address" (not "so hard to choose 😍"), "why does
        // this keep happening" (not "why does it keep asking for my password?"), "honestly can't
        // believe this" (not "can't believe how good").
        "why is|does it so hard|difficult to|be",
        "why is|does this|it so complicated|confusing",
        "why does|do this|it|they keep|keeps happening|breaking|crashing|failing|dropping|freezing|disconnecting|buffering|lagging",
        "can not believe this|that|it",
        // Not "nuts" alone: "does the brownie contain nuts?".
        "crazy|insane|madness|omfg|damn|hell|fuck*|shit*|bloody",
        "is|are|it's|that's|absolutely|totally|completely|just|going|gone nuts",
        // Lies and warnings to others: "you lied", "false advertising", "I'll tell everyone
        // to avoid you", "a one star review" (pleased: "a lie-in", "I tell everyone about you").
        "lied",
        // "You people" at staff who failed; "YOU PEOPLE!!!!" at a dress a day early.
        "you people",
        // "Not expected from a brand like you", "never expected this kind of service".
        "not|never expected from",
        "never expected this|such|that kind|level|type",
        "false advertising|advertisement|advert|promises",
        "tell|telling|warn|warning everyone|everybody|others|people|friends *3 avoid|away",
        "avoid you",
        "avoid your|this company|business|airline|store|shop|bank",
        "avoid at all costs",
        "one|1|zero|0 star|stars review|reviews|everywhere",
        "bad|negative|terrible|scathing review|reviews|rating",
        // "This is how I get treated" is a complaint; "I love how I was treated", praise.
        "how i|we|customers|people am|are|is|was|were|get|got|being treated",
        // Counting, said with "now": "I've asked for a callback 4 times now" ("I've used it 3
        // times now and love it" is pleased).
        "<num>|two|three|four|five|six|several|many times now",
        "<num>|two|three|four|five|six|several|many days|weeks|months|hours now",
        "of course it is|was|does|did|has",
        // "My patience is wearing thin", "the unexpected item is my patience leaving" ("my
        // patience paid off, it's amazing" is pleased).
        "my|our patience",
    ])
});

/// A failure told as recurring: "again", "keeps crashing", "every time", "twice". Told
/// several ways in one message ("it keeps logging me out every time I switch apps") it is
/// still one weak sign: a calm bug report says how often it happens.
pub static UPSET_RECURRING: LazyLock<Phrases> = LazyLock::new(|| {
    Phrases::lines(lines![
        "again",
        "keeps|keep kicking|throwing|logging|booting me|us out",
        "keeps|keep crashing|freezing|failing|dropping|buffering|disconnecting|lagging",
        "drops|drop|dropping|disconnects|disconnecting every",
        "twice|thrice",
        "repeatedly",
        "every time",
        "everytime",
        // The same again, said as a routine: "and the ritual continues", "same old story".
        "saga|ritual|circus|drama|nonsense|story continues",
        "same old",
    ])
});

/// Phrases that show some upset but need company to count: having had to ask again,
/// repeated contact, "still not". A "why" question is as often puzzled. Impatience and worry alone ("please help",
/// "urgent", "it's broken") describe the problem, not a feeling, and are not listed.
pub static UPSET_WEAK: LazyLock<Phrases> = LazyLock::new(|| {
    Phrases::lines(lines![
        "already",
        // Worn down by asking: "what does it take?", "how is there no manager?", "I've told
        // you four times", "I just want my internet to work", and the day it cost them:
        // "missed my connection", "nowhere to sleep".
        "what does it take",
        "how is|can there [be] no|not",
        "i|we just want|need my|our|the|it|this *3 to (work|be fixed|be sorted|be resolved)",
        "missed my|our|a|an [job] connection|flight|train|appointment|interview|meeting|bus|ferry",
        "nowhere to sleep|stay|go|live",
        // Told as the cost to their life, the count, their loyalty, or with an edge: "I've had
        // to take two days off work", "this is the sixth time", "I've restarted it 30 times",
        // "eleven years with you", "paying £5k a year for this", "is it though?".
        "had to take|borrow|cancel|miss|skip|sleep|walk|pay|get *3 off|taxi|cab|uber|money|plans|work|school|floor",
        "(third|fourth|fifth|sixth|seventh|eighth|3rd|4th|5th|6th|7th|8th|umpteenth) time|year|month|week [running]",
        // One line for every count of tries, so that one is never read as two signs.
        "i|we *5 <num>|three|four|five|six|seven|eight|ten|several|multiple|numerous|countless|so many times",
        "customer|member|subscriber|client for|since <num>|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|many|several years",
        "<num>|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty years with you",
        "paying|pay|paid *3 for this|that",
        // The loss pinned on them, or the price with an edge: "I missed it because of you",
        // "or are we just paying to look at a spinning wheel?".
        "because of you|your",
        // The count told by what was sent, a promise never kept, their fault named, a manager
        // demanded: "the fourth email I've sent", "not once has anyone called me back", "so
        // I'm to pay for your mistake?", "I want a manager".
        "(third|fourth|fifth|sixth|seventh|eighth|3rd|4th|5th|6th|7th|8th|umpteenth) email|message|call|letter|tweet|dm|complaint|attempt",
        "(not once|never once) has|have|did|was|were|had",
        "without a|any reply|response|answer",
        "so (i am|we are) [just] expected|supposed to",
        "your mistake|error|fault|screw-up|cock-up|incompetence",
        "want|demand|need [to] [speak|talk] [to|with] a|your|the manager|supervisor",
        "just paying to|for",
        "is it though|really",
        "explain that one",
        // Said with an edge: "I wasn't aware it's legal to park there", "nobody came to help
        // me", "don't pass the buck", "I have other jobs too".
        "i was not aware (it is|it's|that it is|that it's) legal|allowed|acceptable|ok|okay",
        "(nobody|no one) came|bothered|cared|helped|responded|replied|answered",
        "pass|passing|passed [the] buck|bucks",
        "(better things|other jobs) to do",
        "other jobs also|too",
        // Sarcasm about being there at all: "do you guys still exist or are you an urban
        // legend now?".
        "do you [guys] [even|still] exist",
        "urban legend|myth",
        // A groan: "Ugh", "Argh", "grr".
        "ugh*|argh*|grr*",
        // Nobody able, money or days gone, a promise again, a failure said as chosen:
        // "nobody can find me", "I have to waste some of my money", "without internet for two
        // days", "Another promise!", "decides to have an outage", "would be an improvement".
        "(nobody|no one) can|could find|help|tell|explain|fix|answer|sort|figure",
        "waste|wasting|wasted some|all of my|our money|time",
        "without internet|power|service|wifi|signal|heating|heat|water|electricity|phone|tv|cable|broadband for <num>|two|three|four|five|six|several days|weeks|hours",
        "another|more [empty|broken|false] promise|promises",
        "decide|decides|decided to (go down|crash|break|die|have an outage)",
        "would be an improvement",
        // On hold, help begged for, a manager asked for: "on hold for an hour", "can someone
        // actually help me", "I want to speak to a manager".
        "on hold for|since",
        "now on hold",
        // Worn down by it: "fix this once and for all", "please please please", "a false
        // commitment", "tens of times with no results", "late on the last 6 shipments", "no
        // sign of the refund", "an unpleasant experience".
        "once and for all",
        // "Never expected such a delivery", "was there really a need for such a big box?",
        // "what ya got to say?", "no reply even after ...".
        "never expected|thought",
        "(was|is) there really [a|any] need",
        "what [do] you|ya (got|have) to say",
        "even after",
        "please please",
        "false|empty|broken promise|promises|commitment|commitments",
        "tens|dozens|hundreds of times",
        "with no result|results|luck|success|joy",
        "last <num>|two|three|four|five|six|several shipments|orders|deliveries|packages|parcels|times",
        "no sign of",
        "unpleasant|disappointing experience",
        // Leaving said flatly: "I'm just not going to shop with you moving forward".
        "not going to use|shop|buy|order|fly|book|bank *3 (moving forward|moving forwards|going forward|anymore|any more|in future|in the future)",
        // Exasperation in passing: "maybe you need to keep your records up to date",
        // "instead of telling me to contact the seller", "... or nah?"
        "maybe|perhaps you (need to|should|ought to|could try)",
        "instead of telling|asking|sending|making me|us",
        "or nah",
        // "R u guys sleeping or what", "responding to everyone else".
        "sleeping|asleep or what",
        "responding|replying|answering to everyone|everybody else",
        "are you [really|even|actually] (listening|following|reading)",
        "always an apology|apologies|excuse|excuses",
        // Asked with an edge, or worn down: "does that make any sense?", "who has a fax these
        // days?", "I'm having a hard time", "just do the refund".
        "does|did that|this|it make any sense",
        "who|which *4 these days|nowadays",
        "having|had a [really|very] hard|difficult|tough time",
        "just do|give|send|process|issue [me] the|my refund|money|replacement",
        "just refund|cancel|fix|sort it|me|my",
        "can|could|will someone|anyone actually|just help",
        "speak|talk to a|your manager|supervisor",
        // Stranded: "I'm stuck", "we are stranded".
        "(i am|we are|i have been|we have been) stuck|stranded",
        // Said as often calmly as in anger: "do you expect people to ...", "what kind of ...
        // are you running", "no more excuses", "counterfeit".
        "do|did you [really|seriously|honestly|actually] expect people|me|us|customers|anyone|someone|everyone to",
        "what kind|sort of *3 are you running|doing|selling|playing",
        "no|more|stop|enough excuses",
        // Excuses refused before they come: "spare me the excuses", "none of these as an
        // excuse" (typed "non" too).
        "spare me [the|your] excuse|excuses|nonsense|script",
        "none|non of these|those|your|the *3 excuse|excuses",
        // Going public with the answer: "I'll retweet your reply", "I'm posting this online".
        "(i will|i am going to|i shall) [be] retweet|retweeting|share|sharing|post|posting|screenshot|publish your|this *2 reply|response|answer|everywhere|online|publicly",
        "counterfeit",
        "fraudulently|dishonestly|illegally",
        "unethical|immoral|unlawful",
        "make it|this stop",
        // Waiting with nothing back, told flatly ("no answer yet"), is impatience.
        "no response|reply|answer|callback",
        // Urgency and what hangs on it: "I need to move my flight urgently", "rent is due
        // today", "my salary is frozen in there", "I have a client demo in 1 hour".
        "urgently|emergency",
        "is|it's|this's|very|really|extremely|super urgent",
        "(are you|is anyone|will you) ever going to answer|reply|respond|fix|sort|help|refund|call|get",
        // "Will you ever fix this?", "are y'all gonna EVER fix it".
        "(will you|will anyone|going to) ever answer|reply|respond|fix|sort|help|refund|call",
        "please help me|us",
        "rent|bills|mortgage is|are|was due",
        "salary|wages|paycheck|pay|savings|money is|are|was|were frozen|stuck|trapped|locked",
        "client|customer|work demo|meeting|presentation|pitch in",
        "business to run",
        "i am alone",
        "still waiting|no|not|nothing|nobody|without",
        "still have|has|had|do|does|did|can|could|will|would|is|are|was|were not|no|never",
        "chase|chasing|chased",
        // Made to wait on top of it, and asked how long: "now I have to wait 24hrs??", "how
        // much longer".
        "now i have|need|got to",
        "how much longer",
        // Chasing: many contacts, or many people who could not help.
        "two|three|four|five|six|several|multiple|many|countless|numerous|endless [different] times|calls|emails|messages|attempts|tries|chats|agents|reps|representatives|advisors|advisers|executives|operators|departments|people",
        "<num> [different] times|calls|emails|messages|attempts|tries|chats|agents|reps|representatives|advisors|advisers|executives|operators|departments",
        // People told by how many were tried ("spoken to 5 people"; not "invite more than
        // 10 people").
        "(spoken to|spoke to|talked to|been passed to|been passed between|passed around) *2 people",
        "<num> different|separate people",
        "two|three|four|five|six|several|multiple|many|countless|numerous different|separate people",
        // Everything tried, nothing changed: "tried every fix", "same error".
        "tried|tried|trying every|everything|all",
        "same error|problem|issue|result|thing|message|bug|fault|glitch",
        "as before",
        // Failure stressed: "doesn't work at all".
        "not <word> [<word>] at all",
        // "Do you actually read these?", "is anybody there?".
        "do|does|did you|anyone|anybody|they actually|ever read|listen|check|look|answer|reply|respond",
        // Told different things by different people.
        "told|tell|tells|telling|gave|give|gives|giving me|us something|a|different|conflicting [different] else|answer|answers|story|stories|thing|things|information|info",
        // "So this is how you pack glassware", "apparently this is what next-day means".
        "so|apparently this|that is how|what",
        "like|as you promised|said|told|assured|claimed",
        "two|three|four|five|six|several|<num>|a|one days|weeks|day|week|month later",
        // Counting the time without it: "7 days without a landline", "on the phone since 2pm".
        "<num>|two|three|four|five|six|several days|weeks|hours without",
        "on the phone|line for|since",
        // Counting the wait: "after 6 weeks", "day 9 without internet",
        // "it's been a month".
        "after|over two|three|four|five|six|several|many|<num> days|weeks|months",
        "more than two|three|four|five|six|several|<num> days|weeks|months",
        "day|week <num> of|without|and|still|now",
        "been|taken [over] a|an week|month|year|fortnight",
        "(where is|where's) my money|refund",
        "(where is|where's) my *3 refund",
        "been ages|forever",
        // Impatience, which the guide reads as borderline: "is it normal that it takes ages?"
        "took|taking|takes forever|ages",
        // A promise or an account the company broke: "you said 5 days", "you promised".
        "you|they said|promised|assured|guaranteed",
        // Harm done to them: "you cancelled my flight", "someone used my card", "deleted all
        // my notes", "years of work gone", "I'll miss my sister's wedding".
        "you|they [guys] cancelled|canceled|lost|broke|damaged|deleted|wiped|ruined|disabled|blocked|suspended|removed|closed my|our",
        "someone|somebody [has|is] used|using|accessed|accessing|hacked|emptied|taken my|our card|account|details|money",
        "deleted|wiped|erased|lost all my|our",
        "years|months|weeks|days|hours|<num> of [my|our] work|data|photos|pictures|progress|files|notes|memories [gone|lost|wasted|deleted]",
        "miss|missing|missed my|our|the *2 wedding|funeral|flight|connection|interview|exam|appointment|meeting|birthday|party|anniversary|graduation|christening",
        // Their time given up for nothing: "I took the day off for this", "waited in all day".
        "took|take|taken|booked [a|the] day|days|morning|afternoon off",
        "stayed|waited|sat [at] in|home all day",
        "was|were in all day",
        "did not|never turn|show up",
        "never turned|showed up",
        "no show",
        "no-show",
        "nothing has|have changed|happened|improved|moved|arrived|come",
        // Told one thing, then nothing: "I was told I'd get compensation".
        "was|were told i|we would|will",
        // Late for what mattered, passed by: "I was late for work", "the driver drove past".
        "late for work|school|class|college|my|an|the|our",
        "drove|driven|went|sailed|walked [straight|right] past|by me|us",
        // Plans upset, and praise taken back: "threw our plans out of whack", "first class
        // service - erm not".
        "threw|thrown|throw|throws [my|our|all] plans|day|schedule|weekend|holiday|trip",
        "out of whack",
        "erm|errm|er|um|uh not",
        // Pointed asides: "someone that matters", "if my words even mean a thing to you",
        // "why is it such a crime to", "the most dropped calls in history", "you guys should
        // contact the seller", "cut my money without any reason", "I had to cancel work".
        // Not "it didn't work": a tip that failed is news, as often calm as not.
        "someone|somebody|anyone who|that matters|cares",
        "mean|means a thing|anything to you",
        "such a crime",
        "in history",
        "you guys|y'all|yall should",
        "without any|a [good|valid|apparent] reason",
        "have|had|having to cancel|miss|skip|leave work",
        "(nobody|no one) ever",
        "keep|keeps|kept getting|being told",
        "keep|keeps|kept hearing",
        // Worry said with force, about something they did not do: "really worried", "I never
        // ordered this".
        "really|very|so|extremely|super worried|anxious|scared|concerned",
        "never ordered|bought|authorized|authorised|purchased|agreed|signed|asked|requested",
        // Who depends on it: "my mum is 89 and relies on it".
        "relies|rely|depends|depend on it|this|that",
        // What is at stake: "I need help urgently", "I paid £600 for this", "I can't pay my
        // rent", "it was a birthday present", "I'm really struggling".
        "need|needs help|assistance urgently|asap|immediately",
        "paid *2 for this|that|it",
        "can not afford|pay my|the|our rent|bills|mortgage",
        "need|needed (it|this|that|the money) for my|the|our rent|bills|mortgage",
        "starving|famished",
        "loyal customer|customers|member|members for <num>|many|so|years",
        "<num>|many|so|ten|six|five years [as] a customer|member|client",
        // Loyalty invoked: "I've paid you for 12 years", "been with you for over a decade".
        "paid|paying you|yourselves for <num>|many|so|over|nearly|almost|more *2 years|decade|decades",
        "been (with you|a customer|a member|a client) for <num>|many|so|over|nearly|almost|more *2 years|decade|decades",
        // "Been a day one player", "a customer since day one".
        "(day one|day-one|dayone) player|players|customer|customers|member|members|fan|fans|subscriber|supporter",
        "since day one",
        // "Rejected over a technicality."
        "technicality|technicalities",
        "birthday|wedding|anniversary|christmas present|gift|surprise",
        "(arrived|came|turned up) smashed|shattered|broken|damaged|crushed|ruined|soaked",
        "really|truly|seriously struggling",
        // Who is hurt: no heating with a newborn at home.
        "no heating|heat|electricity",
        "no hot water",
        "newborn|infant|toddler|elderly|pregnant|vulnerable|pram|buggy|wheelchair|crutches",
        // What it does to the product: "a service that doesn't work", "broke everything".
        "that|which does|do|did not work|works",
        "that|which never work|works",
        "that|which does|do not work",
        "broke|broken|ruined|wiped|deleted|erased everything",
        "is|are it|this|you|they [all|just] [a] bot|bots|robot|robots|machine|machines",
        // Nothing works whatever they try: "none of them work"; told off for what the
        // company does: "you can't even fix the service I have", "please stop emailing me".
        "none of them|it|which work|works|worked",
        "you|they (can not|could not) even",
        "please stop|quit",
        "can|could|will you [please] stop|quit",
        "can|could someone|anyone [please] explain",
        // Broken for a while: "my phone hasn't worked in a month".
        "not worked|working in|for a|<num>|two|three|weeks|days|months",
        // A promise and how long ago: "the refund promised 3 weeks ago".
        "promised|due|expected|supposed *2 <num>|two|three|four|five|six|several days|weeks|months ago",
        "been|taken two|three|four|five|six|several|many|<num> days|weeks|months",
        "want|need this|it sorted|fixed|resolved|done today|now|immediately|asap",
        "without [any] [further] delay",
        // Sarcasm and disbelief: "yet another outage", "apparently", "or nah?".
        "yet another",
        "another delay|outage|cancellation|problem|issue|error|mistake|excuse|charge|fee|failure",
        "apparently",
        "or nah|what",
        "what a [big|huge] surprise|shock",
        "for no [apparent|good|obvious] reason",
        "mean|means|meant|count|counts for nothing",
        "mean|means|meant|count|counts so|very little",
        "(nobody|no one) told|tells|informed|updated|warned|contacted me|us",
        "cut off",
        "[is|are] anyone|anybody there|reading|listening|awake",
        // "Still nothing.", "come on guys, two hours".
        "still nothing",
        // Their word denied: "your 'premium' support is anything but premium".
        "is|are|was|were|been anything but",
        "come on guys|man|now|people|seriously|really|mate|folks",
        "no action [has|have|was|were] [been] taken",
        "since|from [last] two|three|four|five|six|several|<num> days|weeks|months",
        "since [last] monday|tuesday|wednesday|thursday|friday|saturday|sunday|week|month|yesterday",
        "<num> time this|a|in [a] day|week|month|year|row",
        "in a row",
        // Held on the phone ("been on hold 40 mins", "on hold for an hour"), not a status
        // ("why is my transfer on hold?").
        "been|was|were|kept|put|left|sat|sitting|still|stuck on hold",
        "on hold for [an|a|over|nearly|almost|<num>] hour|hours|minutes|ages|forever",
        "minutes|hours|hour|minute on hold",
        "third|fourth|fifth|sixth|3rd|4th|5th|6th|nth time|email|call|message|letter|complaint|attempt|request|cancelled|canceled|late|delayed|missed|wrong|broken|replacement|visit|engineer|bill|bills|invoice|charge|order|delivery|parcel|outage|refund|payment|month|week",
        // Resigned: "can't even be bothered anymore"; the bad timing: "right when I need it".
        "can not [even] be bothered",
        "right|just when|as i|we [really] need|needed|am|was|are|were",
        "bruh|cmon|c'mon",
        // A groan, as often at the day as at the service: "ugh mondays. anyway, ...".
        "ugh|argh|grr|grrr",
        "with no|without [any] notice|warning|explanation",
        "had to contact|call|ask|chase|write|email|message|ring|phone",
        // Put to trouble: "had to use my other bank account", "had to queue for an hour".
        // Left out, or left uninformed: "like everyone else??", "staff aren't giving any info".
        "like everyone|everybody else",
        "not giving|telling|providing|sharing [us|me] [any] info|information|updates|answers",
        "(where is|where's) my [missing|lost] bag|bags|luggage|suitcase|case",
        // A refund asked for firmly, not angrily: "the heel snapped. I want my money back".
        "i|we want|need a refund",
        "want my|our money back",
        "cancel|cancelling|canceling|close|closing my account|subscription|service|contract|membership",
        "is|will anyone|anybody [ever] going [to] answer|respond|reply|help|call|get|fix|sort",
        "been going on|happening for",
        "heard|had nothing",
        // "Haven't heard back yet, any news? thanks" is as often patient as not.
        "not heard back",
        // A failure counted again: "another delayed train, another missed meeting", "1hr 20
        // and counting".
        "another delayed|cancelled|canceled|missed|late|wrong|broken|failed|lost|damaged|faulty|dropped",
        "and counting",
        // Complaints told plainly, which need company: "not a single announcement", "which is
        // it", "what is going on", "it was supposed to be here Tuesday", "literally", "the
        // second time", "sent me the wrong size", "it got worse", "nobody at the desk could
        // help", "they just shrugged", "I can't even log in", "20 minutes for a coffee",
        // "took the money anyway", "cut my power off", "stuck overnight", "slept 2 hours",
        // "a pram", "the one time I need you". Not "for a week" or "every single", which calm
        // messages say as often.
        "not a single|one",
        "which is it",
        "(what is|what's) going on",
        "was|were|is|are supposed to",
        "literally",
        "second|2nd time",
        "sent|gave|given|delivered|brought [me|us] the|a wrong",
        "got|gotten|getting|get|gets worse",
        "(no one|nobody) *3 (could|can|would|will|was able to) help",
        "they|he|she|you (can not|could not) help",
        "lol|lmao|haha (of course|typical|classic)",
        "threw|thrown|chucked|flung|dumped|tossed|kicked my|the|our parcel|package|delivery|box|order|bag",
        "guys|yall|y'all said|promised|assured|guaranteed",
        "to complain",
        "spent|wasted an|a|<num> [whole] hour|hours|day|morning|afternoon",
        "shrugged|shrug",
        "can not even",
        "<num> minutes|hours for a|an|the|my|one",
        "took|taken|charged|kept [the|my|our] money anyway|regardless",
        "cut|cutting|switched|turned|shut my|our power|electricity|gas|water|heating|internet|phone|line off",
        "stuck|stranded overnight|here",
        "all night|evening|day|morning|afternoon|weekend",
        "slept <num>|two|three hours",
        "no sleep",
        "the one time|day i|we",
        "who designed|approved|decided|thought|designs|approves|decides|thinks",
        "a|per month|week|year for internet|wifi|broadband|nothing|this|that",
        // "Not resolved yet", "is this your policy?", "disconnected my call", "you'd think a
        // company this size could manage a simple refund", "without telling me", "really
        // not OK", "down all morning", "yet again", "how am I meant to get to work",
        // "another 3 weeks", "all I get is automated replies". Not "without internet", which
        // names the problem ("Is anyone else without service???").
        "not resolved|fixed|sorted|solved yet",
        // Tech and service failures told with what they cost: "I pay for this?", "no word
        // from you", "keeps kicking me out", "missed two lectures", "200
        // hours gone", "no way to contact a human", "keeps crashing", "spent all morning",
        // "a key worker", "lost my entire project", "I have the confirmation email", "a bank
        // this size", "how is it possible", "couldn't pay for my hotel". Not "for hours": on
        // hold for hours is one fact, and the guide reads waiting as impatience.
        "i|we pay|paid for this|that",
        "and i|we pay|paid",
        "no word from|back",
        "missed|lost <num>|two|three|four|several lectures|classes|lessons|shifts|appointments|meetings|days",
        "hours|days|weeks|months|years gone|lost|wasted",
        "no way to contact|reach|speak|talk",
        "a|an real|actual|live human|person",
        "spent|wasted all|the [whole|entire] morning|day|afternoon|evening|night|weekend",
        "(key worker|key workers|keyworker|keyworkers|frontline worker|frontline workers|nhs worker|nhs workers)",
        "lost my|our entire|whole|all",
        "i|we have [got] the|a|my confirmation|proof|receipt|screenshot|screenshots",
        "this|that size (can not|could not)",
        "how is it possible",
        "(could not|can not) pay for my|the|our hotel|food|taxi|fuel|petrol|groceries|shopping|meal",
        "while i|we was|were abroad|away|travelling|traveling|on holiday",
        "instead of my|our money|refund",
        "charged me|us *3 after i|we cancelled|canceled",
        "refund me",
        "fix your app|website|site|service|system|systems|network|software|servers|server",
        // Sent round ("round in circles" is a plain sign): "an hour with your chat bot going
        // in circles", "you guys are killing me with these outages".
        "going|go|goes|went|sent in circles",
        "(you are|you guys are|this is|it is|you are all) killing me",
        "want|need (it|this|my money|our money) back today|now|immediately|asap",
        "for a|an|the service|subscription|order|account|plan [that|which] i|we cancelled|canceled|closed",
        "fainting|fainted|collapsed|collapsing",
        "after [only] a|one|two|<num> day|days|week|weeks|month|months|wash|washes|use|uses",
        "you took|stole|charged|debited *3 from my|our account|card",
        "why am|are i|we [still] being charged|billed|asked|told",
        "dangerous|unsafe",
        "fell|falling|fallen apart",
        "no info|information|updates|announcement|communication",
        "until we|i (got|arrived|turned up|reached)",
        "raise|raising|raised [a] complaint",
        "is this|that your policy|service",
        "asked|demanded|charged [me|us] extra money|cash",
        "disconnected|dropped|ended|cut my|the call",
        "you would think",
        "[such] a simple|basic refund|request|task|thing|job|question",
        "another day|night|week|weekend|evening|morning|month",
        "without telling|asking|informing|notifying|warning me|us",
        "without asking|permission|consent",
        // The same again, said as a refrain: "another week, another bill error"; the date as
        // a reproach: "it's 2019 and you still can't"; the day counted: "it's day 4"; what
        // the change did: "this update made everything slower"; "holding my refund is not ok".
        "another day|week|month|morning|year|update|weekend another",
        "(it is|it's) <num> and",
        "(it is|it's) day <num>",
        "made|makes|making *2 slower|worse",
        "is|it's|that's|this's not ok|okay",
        "really|totally|just|so not ok|okay|acceptable|on",
        "down all morning|day|night|week|weekend|afternoon|evening",
        "yet again",
        "how am|are i|we meant|supposed|expected to",
        "another <num>|two|three|four|few|couple days|weeks|months|hours",
        "automated|automatic|generic|canned replies|responses|messages|reply|response",
        "you|they gave it|my|our *2 away",
        "grandma|grandmother|grandad|granddad|grandpa|grandfather|nan|nana|granny",
        "really|seriously need|needs to fix|sort",
        "really|desperately|urgently need|needs (help|some help|your help|someone|somebody|an answer|a reply|a response)",
        "do something|anything",
        "not happy|pleased|satisfied|impressed|amused",
        // "Do I really have to pay just so you'll help?"
        "do|must|should i|we really have|need to",
        "surely you|they|someone|somebody can|could",
        "surely <word> can|could|should|would",
        // Help asked for again, pointedly, or politely: "can someone actually help me".
        "can|could|will someone|somebody|anyone|anybody *3 actually help|answer|respond|read|listen",
        // Complaints that read as upset to most people but not to all: sarcasm ("so much
        // for next-day delivery"), disbelief ("can't believe"), something ruined, nobody
        // able to help, no resolution. They need company to count.
        "so much for",
        "can|could not believe",
        "never work|works|worked|loads|arrives|arrive|answer|answers|responds|came|arrived|showed",
        "nothing works|working|loads",
        "not good enough",
        "have|had to tweet|twitter|dm",
        "ruined",
        "why|how is it so hard|difficult|complicated",
        "so hard|difficult to get|reach|contact|cancel|speak|talk",
        "no|zero|without [any] resolution",
        "zero help|response|reply|answer|answers|communication|support",
        "no one will|would|wants|can|could|seems|bothers [to] help|answer|respond|tell|fix|sort|call|give|explain|reply",
        "nobody will|would|wants|can|could|seems|bothers [to] help|answer|respond|tell|fix|sort|call|give|explain|reply",
        "no one is|was willing|able to help",
        "nobody is|was willing|able to help",
        "no one seems|appears to know|care",
        "nobody seems|appears to know|care",
        "been waiting",
        // A complaint announced, a question that already knows: "not being funny but ...",
        // "what exactly is being processed??"; and what it costs them: "losing money".
        "not being funny|rude but",
        "what exactly|precisely is|are|am|do|does|did|was|were",
        "losing money|business|customers|sales|income|wages|clients",
        // Told nothing: "downgraded without a single email", "with zero explanation", "no
        // reason given".
        "without a single email|word|warning|notice|explanation|message",
        "with zero|no explanation|notice|warning|communication",
        "no reason|explanation given|provided",
        // Their money held: "you've had my money since before lockdown".
        "had|held|kept|holding|keeping my money|<num>",
        "of my money for|since",
        // What they pay for, asked or refused: "what am I paying you for", "I'm not paying
        // $89 a month for 4 mbps", "for what exactly", "I pay every month on time".
        "for what exactly",
        "i am not paying",
        "i want my money",
        "i pay (every month|on time|my bills)",
        // Round and round: "again and again", "I am in a loop", "hangs up", "a brick wall".
        "again and again",
        "over and over",
        "in a loop",
        "hangs|hang up [on]",
        "brick wall",
        "is it though",
        // Polite with an edge, or suspicious: "with respect", "someone actually reading them",
        // "starting to think it's on purpose", "who signed off on this".
        "with [all] [due] respect",
        "someone|anyone|somebody|anybody actually",
        "on purpose",
        "who signed off on",
        "who will help|fix|sort|answer|respond",
        "not picking|answering|taking [my|the] calls|call|phone",
        // Digs of the long tail: "does anyone at Sprint read these", "whoever designed this",
        // "paid to ignore the phones", "passed between 4 departments", "remember me?", "I'm
        // not asking for much", "lol at you guys", "gonna need y'all to stop", "no shows",
        // "annual leave" spent waiting, "sat here since 2pm", "before payday".
        "does anyone|anybody at|there *2 read|listen|care|answer",
        "whoever designed|made|built|approved|thought",
        "passed|bounced between|around|from",
        "remember me",
        "not asking for (much|a lot)",
        "lol|lmao at you|your|y'all|yall",
        "going to need you|y'all|yall to",
        "(no show|no shows|no-show|no-shows)",
        "annual leave",
        "sat|sitting|waited here since|for",
        "before payday",
        "my previous <num>",
        "been without *3 for|since",
        "where is my money|refund|<num>",
        "no kidding",
        "maybe answer|reply|respond|pick|read|try",
        "if i wanted",
        "oh wait",
        "never getting|seeing my",
        "so i guess",
        "have not even used",
        "no email|text|call|warning|notice|explanation|communication",
        "<num> weeks|days|months waiting",
        "half the|my items|order|stuff missing",
        "staff|they|he|she just laughed|shrugged",
        "do|does your <word> [even] read|check|listen|care at all",
        "since <num> hours",
        "a single person|human|soul",
        "took|taken|stole|stolen my money",
        "please anyone|someone|somebody",
        "wiped|deleted|erased|lost my",
        "of my day|life|time wasted|gone",
        "i want|need answers|an answer",
        "never comes|arrives",
        "that's how long",
        "how is this|that even possible",
        "(one|1) star",
        // A dig by comparison or a lesson learnt: "unlike your own driver", "next time I'll
        // make sure not to ...", "someone that matters".
        "unlike your|you",
        "next time i will (make sure|remember|know)",
        "someone|somebody|anyone that|who matters|cares",
        "(nobody|no one|no-one|noone) came|showed|turned",
        "hold music",
        "without [any] warning|notice",
        // Escalation asked for: "I want to speak to a manager. Not a bot."
        "speak|talk to a|your manager|supervisor|human|person",
        "not a bot",
        "is this what <word> is|has [become] [now]",
        "my entire|whole|life savings",
        "want|need my <num> back",
        "the whole|entire <num> hours|hour|flight|journey|trip|day|week",
        // What is at stake for someone who depends on it: "my kids are screaming", "I'm
        // shielding", "this is my heart medication", "I need that money for rent", "I have
        // nothing for the kids' dinner". Distress beside another sign; alone it may be context.
        "my|our|the kids|children|baby|newborn|toddler [are|is] screaming|crying|hungry|starving|freezing|exhausted|distraught",
        "kids|children have|has no light|power|food|water|heating|dinner",
        "down to my|our last",
        "medical|hospital|doctor's|gp|doctors appointment",
        "hungry kids|children|family",
        "kids|children|baby|toddler crying|screaming",
        "on chemo|chemotherapy|dialysis",
        "run a small business",
        "can not pay suppliers|staff|rent|bills|wages",
        "saved his|her|their|my birthday|pocket|christmas money",
        "i am shielding|pregnant|disabled|housebound|immunocompromised|diabetic|vulnerable",
        "heart|blood|insulin|epilepsy|diabetes|cancer medication|medicine|meds|prescription|drugs",
        "insulin|inhaler|epipen|epi-pen",
        "dying|hospice|funeral",
        "in hospital",
        "going feral|mad|crazy",
        "food|rent money",
        "he|she|they is|are housebound|disabled|vulnerable|shielding|pregnant",
        "need|needed that|the|this|my money for rent|food|bills|groceries|medication",
        "nothing for [the] kids|children|dinner|tea|breakfast|food",
        "i|we have [now|completely|already] run|ran out",
        "i am (lactose intolerant|allergic|coeliac|celiac|vegan|vegetarian)",
        // A service gone, with how long: "no internet since Friday", "no heating for 3 days".
        "no internet|wifi|wi-fi|broadband|power|electricity|heating|heat|water|signal|service|network|landline|tv since|for",
        "no *2 solution",
        "very|so|really|extremely|super bad|poor",
        "not help",
        // "Really" is as often warm ("really appreciate it") as exasperated.
        "seriously|sigh|smdh|omg|unbelievable",
        // Exasperation said to the sky: "oh my god", "jeez".
        "my god|gosh|goodness",
        "omfg|jeez|geez|sheesh",
        // A deadline hanging on it: "my registration expires today".
        "expires|expiring|expired today|tonight|tomorrow",
        // Jabs: "just saying", "you do the maths", "define unlimited", "is it walking here?",
        // "gave up on the app", "it's July" (after a wait since March).
        "just saying",
        "not important enough",
        "define unlimited|instant|fast|quick|express|premium|free|guaranteed|soon|shortly|priority|next-day|24/7",
        "(is it|are they) walking|crawling|swimming|hitchhiking",
        // Stuck for days: "it's been 'out for delivery' for six days".
        "has|have been *5 for <num>|two|three|four|five|six|seven|eight|nine|ten|several days|weeks|months",
        "gave|given|giving up on",
        // A no-show, and another on top: "your engineer didn't show. didn't call either."
        "engineer|engineers|driver|courier|technician|rider|fitter|plumber|delivery did not|never show|turn|arrive|come",
        "(did not|never) show|call|ring|reply|respond|answer|bother *2 either",
        "(it is|it's) [now] january|february|march|april|may|june|july|august|september|october|november|december",
        // The day said back after a promised window: "told 'within 48 hours' on Tuesday. It's Friday."
        "(it is|it's) [now] monday|tuesday|wednesday|thursday|friday|saturday|sunday",
        // Subtler ones, told in passing: "what now", "answers please", "send help", "next day
        // my foot", "nobody at this branch knows how", "impossible to", "why won't you let me
        // leave", "been trying to cancel for 2 months", "trying to work here", "y'all really sent",
        // "you advertise 100Mb", "the slowest queue".
        "what now",
        "answers|explanation please",
        "please explain|answer|respond|reply",
        "send help",
        "my foot",
        "(no one|nobody) *3 knows|know how|what|anything",
        "impossible to",
        "why will|do|does|can not you|they let me|us",
        "trying|tried *3 for <num>|two|three|four|five|six|several|many days|weeks|months|hours",
        "trying to <word> here",
        "y'all|yall really",
        "you advertise|advertised",
        "the slowest|rudest|dirtiest|laziest",
        // "Would've been nice to know", "guess I'll just not have internet then", "can you
        // stop texting me", "what exactly are we meant to do", "please read the notes", "the
        // exact same broken part", "and of course it crashes", "imagine being a bank and".
        "would have been nice|good|great|helpful",
        "guess i will just",
        "stop texting|calling|emailing|messaging|charging|sending|spamming|ringing me|us",
        "what am|are i|we meant|supposed to do",
        "please read the|my notes|email|emails|messages|message|complaint",
        "please fix this|it",
        "at this point",
        "can someone|somebody|anyone explain",
        "exact same",
        "and of course",
        "imagine",
        "at what point",
        "make it stop",
        "and counting",
        "huh",
        "no apology|explanation|compensation",
        "every single year|month|week|day",
        // "I pay for Ultimate", "I want an actual answer", "still broken", "emailing me
        // nonstop".
        "i [even] pay for",
        "actual|real|proper|straight answer|answers|response",
        "still broken|down|failing|crashing|freezing|unusable",
        "nonstop|non-stop",
        // A rhetorical question marked as one, a claim of theirs denied, waiting on for
        // nothing: "genuinely asking", "guess what my first bill says", "'your order has
        // shipped' no it hasn't", "do i keep waiting or what".
        "genuinely|honestly|seriously|sincerely asking",
        "guess what",
        "no it|they has|have|is|are|was|were|did|does not",
        "do|should i [just] keep waiting|trying|calling|chasing|holding",
        // What was lost, counted: "every single one", "6 years of curating"; a right they
        // thought they had: "i thought roam like home was a thing".
        "every single one",
        "<num> years of",
        "i thought *5 was a thing",
    ])
});

/// Strong words used harmlessly: an idiom ("worst case, can I return it?"), a
/// self-deprecation ("I'm terrible at passwords"), an intensifier on praise ("crazy good
/// deal", "ridiculously cheap"), or a theft reported ("my card was stolen"). A strong match
/// inside one of these is no sign of upset.
static NOT_UPSET: LazyLock<Phrases> = LazyLock::new(|| {
    Phrases::lines(lines![
        // Laughed at themselves: "my old username is embarrassing lol".
        "embarrassing lol|haha|lmao|tbh",
        // A machine gone wild is the problem told: "the fan is going crazy", "notifications
        // went nuts" ("I'm going crazy" is the customer).
        "fan|fans|battery|phone|laptop|screen|router|app|printer|notifications|alarm|cursor|mouse|wifi|it *2 going|goes|went|gone crazy|nuts|mental|haywire",
        "worst case|scenario",
        // A double charge is the failure told, not one told again: "charged twice".
        "charged|billed|debited|deducted|taken|paid|out twice",
        // Asking when to avoid: "what's the worst time to visit if I want to avoid crowds?"
        "(what is|what's|when is|when's|which is) the worst time|times|day|days|hour|hours|month",
        // A few small faults, counted calmly: "some annoying, minor bugs", "a couple of
        // irritating glitches".
        "(a few|some|a couple of) annoying|irritating",
        // Putting up with it, not a verdict: "I figured I'd just have to suck it up".
        "suck|sucks|sucked|sucking it up",
        // An error message quoted ("An error occurred, please try again later"), or their own
        // plan ("but I'll try again").
        "please try again",
        "try again later",
        "will try again",
        // Asked whether it is one, not alleged: "is this text a scam?", "is this correct or a
        // pure scam?"
        "is|was this|it|that *4 scam|scams|fraud|fraudulent|phishing",
        // A slip of their own sworn at: "shit, wrong one", "damn, wrong link".
        "shit|crap|damn|dammit|oops [<word>] wrong one|link|pic|picture|photo|screenshot|tweet|account|file",
        // Fraud reported, not alleged: "there was fraud on my card".
        "there (is|was|has been) [some] fraud|theft",
        // Asked about as a risk: "is theft covered by the insurance?", "is fraud protection on?"
        "is|are|was|were fraud|theft|scam|scams covered|protected|included|insured|reimbursed|refunded|protection|insurance|cover|prevention|detection|monitoring",
        // A mess of their own: "I made a mess of the form".
        "i|we [have|had] made|make|making a [total|complete|right|real|bit] mess|hash|muddle",
        // The name turned on themselves: "I feel like such an idiot".
        "(i am|i was|i feel|feel|felt|i look|i looked) [like] [such] [a|an] [complete|total|absolute|right] idiot",
        // The strong word denied: "I did nothing crazy with the account".
        "nothing [too|that|so] crazy|insane|mad|dodgy|shady|weird",
        // A habit owned, or a treat missed: "my worst habit is your chai latte", "still
        // waiting for the pumpkin spice latte to come back 😭".
        "worst habit|habits",
        "still waiting for the|my|your|our <word> [<word>] [<word>] to come|be back",
        // Jokes and self-deprecation: "worst part of my day: choosing", "insane how fast my order
        // came", "crazy question", "this is embarrassing but I can't find".
        "worst|hardest part of my day|week",
        "gutted|devastated|sad [that] i|we missed",
        "insane|crazy|mad|ridiculous|silly how fast|quick|good|cheap|easy|comfy",
        // A joke: "the worst thing about your pie is that I only bought one".
        "the worst thing about *4 is that i",
        "crazy|dumb|stupid|silly question",
        "is [so|kinda|slightly|a] embarrassing but",
        // A theft reported, not the company called thieves: "I reported my card stolen",
        // "my phone was stolen".
        "reported|report|reporting *3 stolen",
        // Reporting one to them: "how do I report a listing that looks like a scam?"
        "report|reporting|flag|flagging *6 scam|scams|fraud|fake|phishing",
        "was|were|got|been stolen",
        // Asked about, not alleged: "how do I know it's not stolen?"
        "is|are|it's|that's|its [not] stolen",
        "was|were it|they|this|that|my|the *2 stolen",
        // A care for their own things, not a loss: "don't want to ruin the colour".
        "not want to ruin|damage|break|spoil|wreck|shrink <word>",
        // A fright over now, thanked for: "thanks for refunding it so fast, I was panicking".
        "(i was|we were) [so|really|literally] panicking|panicked|freaking",
        // Lying still, not lying to them: "does it know when I'm just lying still?"
        "lying|lie still|down|awake|flat|asleep|around|in|on|there|back",
        // Coming to the company, not leaving it: "thinking of switching to you lot".
        "thinking|considering|tempted [of|about|to] switching|switch|moving|move|coming|come [over|across] to you|yourselves",
        "thinking|considering|tempted [of|about|to] switching|switch|moving|move|going|go [back|over] to [the|a|an|your|our|my] [<word>] [<word>] plan|plans|mode|paperless|billing|direct|debit|email|esim|sim|contactless|tier|package|bundle|subscription|membership|version|app|account|contract|tariff|deal|option|annual|yearly|monthly|premium|pro|unlimited|fibre|fiber|broadband|card|phone|iphone|android|ios|windows|mac|desktop|laptop|website|site|store|shop|bed|sleep",
        "at [the] [very] worst",
        // Cross only at having found them late: "I'm actually angry I didn't find you sooner".
        "angry|mad|annoyed|furious|upset [that] i|we (did not|never) (find|discover|try|know about) you|this|yall sooner|earlier|before",
        "i am [so|just|really] terrible|awful|hopeless|useless|rubbish|horrible|crap at|with",
        // Praise the other way round: "this deal on AirPods is insane".
        "deal|deals|price|prices|sale|offer|offers|discount|discounts|promo|promos|bundle|graphics|trailer|visuals|view|views *5 is|are [so|actually|honestly|just|literally] insane|crazy|unreal|mental|sick|nuts",
        "crazy|insane|insanely|ridiculously|stupidly|absurdly|damn|bloody|hella|sick good|great|fast|cheap|quick|easy|nice|cute|fun|tasty|delicious|comfy|comfortable|deal|price|prices|value|quality|soft|smooth",
    ])
});

/// Whether a strong phrase list matches outside every harmless use of its words, said as
/// the customer's feeling now: not denied, imagined or played down.
fn occurs_meant(list: &Phrases, draft: &Draft, harmless: &[Match]) -> bool {
    list.any_match(draft, |m| {
        !within_harmless(m, harmless) && understated(draft, m) == Understated::No
    })
}

/// How the words before a strong word take its force away, or turn it on someone else.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Understated {
    No,
    /// Denied or imagined: "not disappointed at all", "I'd be furious if it were late",
    /// "I don't want to be rude". No sign of upset.
    Unmeant,
    /// Played down ("a bit annoying", "slightly disappointed") or said of other people
    /// ("people are selling it at outrageous prices"). A weaker sign.
    Mild,
}

/// Reads the words before a strong match, past a degree word or an article ("not the
/// worst", "would be so annoyed"), and whom its sentence names before it.
fn understated(draft: &Draft, m: &Match) -> Understated {
    let mut before = draft.tokens[..m.tokens.start]
        .iter()
        .rev()
        .take_while(|t| t.kind == TokenKind::Word)
        .map(|t| t.norm.as_str())
        .filter(|w| {
            !among(
                "so too that very really even quite particularly overly the",
                w,
            )
        });
    let mut next = || before.next().unwrap_or("");
    let (first, second, third) = (next(), next(), next());
    // Said of other people, not of the company: "people are price gouging at outrageous
    // prices", "sellers should be able to mark buyers as liars".
    // The others name whom the words are about, so they come before them ("just to screw
    // people over" is about the company).
    let of_others = draft.sentence_of(m.tokens.start).is_some_and(|s| {
        let sentence = draft.sentences[s].tokens.clone();
        let words = &draft.tokens[sentence.start..m.tokens.start];
        words.iter().any(|t| {
            among(
                "people buyers sellers scalpers resellers gougers profiteers others folks",
                &t.norm,
            )
        }) && !draft.tokens[sentence]
            .iter()
            .any(|t| among("you your yall", &t.norm))
    });
    if of_others {
        return Understated::Mild;
    }
    match first {
        // Not "can't believe how bad", "no fobbing off": the negation is the complaint.
        "not" | "never" if among("can could", second) => Understated::No,
        "not" | "never" => Understated::Unmeant,
        // Not "I will be reporting you", a threat; nor "continues to be terrible", a verdict.
        "be" if among("would might could may", second)
            || (second == "to" && among("want mean trying try hate", third)) =>
        {
            Understated::Unmeant
        }
        "of" if among("kind sort", second) => Understated::Mild,
        _ if among("bit little slightly somewhat mildly tad touch kinda", first) => {
            Understated::Mild
        }
        _ => Understated::No,
    }
}

/// Whether a match lies inside a harmless use of its words.
/// Thanks for putting the failure right ("thanks for replacing my broken headphones"): the
/// failure named is the one mended, not one thanked for in sarcasm.
fn thanks_for_a_remedy(draft: &Draft, m: &Match) -> bool {
    draft.tokens[m.tokens.clone()].windows(2).any(|w| {
        w[0].norm == "for"
            && among(
                "replacing fixing repairing refunding sorting resolving swapping exchanging \
                rebooking reimbursing crediting resending reinstating restoring rescheduling",
                &w[1].norm,
            )
    })
}

fn within_harmless(m: &Match, harmless: &[Match]) -> bool {
    harmless
        .iter()
        .any(|h| h.tokens.start <= m.tokens.start && m.tokens.end <= h.tokens.end)
}

/// Words that mark a message as pleased; they cancel weak signals such as capitals or "!!!"
/// and the intense words a delighted customer shouts ("YOU PEOPLE!!!!").
static PLEASED: LazyLock<Phrases> = LazyLock::new(|| {
    Phrases::lines(lines![
        "thank|thanks|thx|ty|love|loved|loves|loving|great|amazing|awesome|best|brilliant|excellent|fantastic|mvp|glad|happy|appreciate*|wonderful|perfect|yay|woohoo|legend|legends|hero|heroes|lifesaver|lifesavers|generous",
        // Good news told: something came sooner than due ("HERE A DAY EARLY", "arrived two
        // weeks ahead of schedule"), a favour done ("upgraded me for my bday"), a thing
        // easier than feared ("I can't believe it's this easy"), a find wished sooner.
        "a|one|two|three|four|five|six|seven|<num> day|days|week|weeks|month|months early|earlier",
        "ahead of schedule",
        // Sympathy for the staff: "I know you're working hard", "I understand you're busy".
        "i know|understand|appreciate [that] you|they|everyone are [all] [working|trying] [so|really|very] hard|busy",
        "i know|understand|appreciate [that] you|they|everyone are [all] doing your|their best",
        // Their own slip, owned: "accidentally bought it twice 🤦", "you're gonna hate me but".
        "accidentally",
        "(my bad|my mistake)",
        "[i|we] [just] forgot|forget|lost|misplaced my|our password|passcode|pin|login|username",
        "going to hate me",
        "sooner|earlier than expected|promised|planned|scheduled",
        "upgraded me|us|to",
        "worth it",
        // Help faster than hoped: "support fixed my issue in 4 minutes", "sorted it within an hour".
        "fixed|sorted|solved|resolved|answered *3 in|within (under|less than|just|only|about|around|like) [a|an|<num>] minute|minutes|seconds|secs|hour",
        "fixed|sorted|solved|resolved|answered *3 in|within [a|an|<num>] minute|minutes|seconds|secs",
        "(this|so|that) easy|simple|quick|painless",
        "can not believe how fast|quick|easy|simple|smooth|cheap|good|great|nice|early",
        "(find|found|discover|discovered|discovering|finding|try|tried|trying) you|this|yall sooner|earlier",
        "where have you been all my life",
        // Looking forward: "GOT MY TICKETS!!! CAN'T WAIT!!!"
        "can not wait",
        "hyped|stoked|pumped",
        "shoutout|shout-out|kudos|props",
        // A win, a rank reached: "I WON THE GIVEAWAY?!?!", "LETS GOOOOO".
        "i|we won|win",
        "lets|let's go|gooo|goooo|gooooo|goooooo",
        "regret nothing",
        "so|really|super|very excited",
        "so|really|super|very comfy|comfortable",
        // Moved, or torn between treats: "I'm not crying, you're crying", "HELP I can't
        // decide between the shakes".
        "not crying you are crying",
        "can not decide|choose between|which",
    ])
});

/// Praise or politeness with an edge: "Oh great, it crashed again", "Just brilliant", "a
/// reply would be nice", "any update would be appreciated". Their words do not make the
/// message pleased, and they are a weak sign.
static POINTED: LazyLock<Phrases> = LazyLock::new(|| {
    Phrases::lines(lines![
        // Politeness with a demand in it: "I'd love to know why it hasn't come", "it would be
        // great if someone actually replied".
        "would love to know|hear|understand why|how|when|what|where",
        "would be great|nice|lovely|helpful|good if someone|somebody|anyone|anybody",
        "would be great|nice|lovely|helpful|good if you actually|bothered",
        // A start praised beside a failure: "DOA. great start 🙃".
        "great|good|brilliant|fantastic|lovely|perfect start",
        "oh|just great|good|nice|cool|brilliant|perfect|lovely|wonderful|fantastic|marvellous|marvelous|amazing|super|terrific",
        // Thanks for the failure itself: "thanks for the 3rd cancelled train this week",
        // "thanks for sending me the exact same broken part again".
        "(thanks|thank you|cheers) [so|very] [much] for *5 cancelled|canceled|delayed|late|broken|missed|wrong|lost|damaged|failed",
        // Or for doing it: "thanks for freezing my account with no warning".
        "(thanks|thank you|cheers) [so|very] [much] for wiping|deleting|erasing|freezing|cancelling|canceling|closing|blocking|locking|losing|ignoring|ruining|wasting|overcharging|stranding|delaying|breaking|leaving|suspending|disconnecting|cutting|shutting|terminating|deactivating|banning",
        // "£28 well spent", "money well spent" said of a failure.
        "well spent",
        // "Love how your 'instant' transfers take 3 days".
        "love|loving how|that you|your|they|my|the",
        "reply|response|answer|update|communication|word|callback *3 would be nice|appreciated|great|good",
        "great|good|nice job|work|one",
        // Praise of a part of the service, to the staff: "Great packing guys 👏👏".
        "great|good|nice|brilliant|fantastic|amazing|excellent|superb|stellar <word> guys|lads|team|folks",
        "great|superb|perfect|brilliant|impeccable|excellent|top|fantastic timing",
        "(ah yes|oh yes) the classic",
        "never gets old",
        "well done",
        // "Well played, cancelled my order and put the price up."
        "well played",
        "bravo",
        "slow clap",
        "even more epic|brilliant|amazing|impressive",
        // "Was this really the best box to use?"
        "was|is this really the best|right|only|smartest",
        // "Forever amazed by your delivery times", "on top form as always".
        "continually|always|endlessly|constantly|forever fascinated|amazed|impressed|astonished|amused by",
        "on [top] form as always|usual|ever",
        // A promise asked after: "how's that 'one day delivery' going?"
        "(how is|how's) that *3 going|working",
        "(thanks|thank you) a lot|bunch|heaps|million",
        // Thanks taken back as soon as said: "lost my whole watchlist. thanks i guess".
        "thanks|cheers i guess",
        // "Love waiting an hour on hold", "gotta love paying twice".
        "love|loving|loved|appreciate|enjoy|enjoying waiting|being|getting|paying|having|spending|sitting|standing",
        // "Real generous of you", "makes total sense", "impressive work".
        "real|really|very|so generous|kind|nice|thoughtful of you",
        "makes (total|perfect|complete) sense",
        "impressive|incredible|outstanding work|job|stuff|effort|record",
        "really|very|so|super helpful|useful|thoughtful|considerate",
        "great|excellent|brilliant|fantastic|amazing|stellar|superb|perfect|lovely|top service|support|communication|job|work|timing|stuff|effort (as always|as usual|as ever)",
        "nice|glad|good|great|lovely to know",
        // "Lovely to come home to a missed delivery card", "and of course the app crashes".
        "lovely|nice|great|good to come home|find|wake",
        "and of course",
        "delighted|thrilled|overjoyed|ecstatic to find|see|discover|learn|hear|get|receive",
        "good times",
        "congratulations|congrats on the|your|being|having",
        // "Genius move", "well that's a first", "you know what would be nice?"
        "genius|smart|clever|great move|idea|decision|plan",
        "well that's a first",
        "what would be nice|great|lovely|helpful",
        // "The best security I've ever seen. Not letting me into my own email tho 🤦".
        "best *3 i have ever seen|had|experienced",
        "fantastic|brilliant|superb|wonderful system|process",
        // "I would appreciate someone actually reading them this time."
        "appreciate someone|anyone|somebody|anybody actually",
    ])
});

/// A praise word that is not praise where it stands: a name ("my best friend"), a greeting
/// ("Happy new year"), taken back ("Best service ever... NOT.") or conceded before a "but"
/// ("I appreciate the effort but it's crashed again").
fn praise_undone(draft: &Draft, m: &Match) -> bool {
    let tokens = &draft.tokens;
    let at = m.tokens.start;
    let next = tokens.get(at + 1).map_or("", |t| t.norm.as_str());
    let named = match tokens[at].norm.as_str() {
        "best" => among(
            "friend friend's friends mate mate's mates regards wishes way option price before bet",
            next,
        ),
        "happy" => among(
            "new birthday holidays holiday christmas xmas easter friday monday weekend \
            thanksgiving hanukkah diwali eid",
            next,
        ),
        _ => false,
    };
    let Some(index) = draft.sentence_of(at) else {
        return named;
    };
    let after: Vec<&str> = tokens[m.tokens.end..draft.sentences[index].tokens.end]
        .iter()
        .filter(|t| t.kind == TokenKind::Word)
        .map(|t| t.norm.as_str())
        .collect();
    let conceded = m.tokens.len() == 1
        && among(
            "appreciate appreciated love great good nice",
            &tokens[at].norm,
        )
        && after.iter().any(|w| among("but however", w));
    // "... NOT." said as a sentence of its own after the praise takes it back too.
    let taken_back = after.last() == Some(&"not")
        || draft
            .sentences
            .get(index + 1)
            .is_some_and(|next| draft.sentence_words(next).as_slice() == ["not"]);
    named || taken_back || conceded
}

/// Thanks said as a sign-off, closing a request ("Please sort this out. Thanks.", "can
/// someone help please, thanks", "thanks in advance"): courtesy, not pleasure, so it leaves
/// the "!!!" and "??" before it standing. Said with "!" ("THANK YOU!!!") it is warm.
fn courtesy_thanks(draft: &Draft, at: usize) -> bool {
    if !draft.tokens[at].norm.is_among("thanks thank thx ty") {
        return false;
    }
    let Some(index) = draft.sentence_of(at) else {
        return false;
    };
    let sentence = &draft.sentences[index];
    let tokens = draft.sentence_tokens(sentence);
    if tokens.last().is_some_and(|t| t.norm == "!") {
        return false;
    }
    let words = draft.sentence_words(sentence);
    let from = words.len()
        - draft.tokens[at..sentence.tokens.end]
            .iter()
            .filter(|t| t.kind == TokenKind::Word)
            .count();
    let closing = matches!(
        &words[from..],
        ["thanks" | "thx" | "ty"]
            | ["thanks" | "thx", "in", "advance"]
            | ["thank", "you"]
            | ["thank", "you", "in", "advance"]
    );
    // Closing the whole message as a new sentence whose stop was left out ("... get it
    // sorted Thanks."), thanks sign it off; after a comma ("that was quick, thanks") they
    // are warm.
    let signs_off = index + 1 == draft.sentences.len()
        && draft.text.as_bytes()[draft.tokens[at].start].is_ascii_uppercase();
    closing
        && (from == 0 || signs_off || words[..from].iter().any(|w| among("please help advise", w)))
}

/// Words of praise, which said flat or trailing off beside a complaint are irony ("Brilliant.",
/// "Great customer service..."); a flat verdict of disbelief ("Typical.", "Unreal.") reads
/// the same way.
const PRAISE: List = words!(
    "great brilliant amazing lovely perfect fantastic wonderful awesome excellent superb \
    marvellous marvelous terrific stellar epic impressive nice cool super fabulous splendid \
    classic fun typical unreal unbelievable outstanding hilarious obviously honestly neat swell \
    shocker convenient creepy"
);

/// A sentence of one word of praise ending in a full stop ("Brilliant.", "Lovely."), which
/// in a complaint is sarcasm; praise meant warmly ends in "!" or says more. A flat
/// one-word verdict of disbelief ("Typical.", "Unreal.") reads the same way.
fn praise_alone(draft: &Draft, sentence: &Sentence) -> bool {
    let words = draft.sentence_words(sentence);
    // Said warmly it ends in "!"; flat, or with no stop at all, it is dry. Thanks end many a
    // calm message, so they are dry only with a full stop after a complaint ("Thanks.").
    let ends = draft
        .sentence_tokens(sentence)
        .last()
        .map(|t| t.norm.as_str());
    let praise = match words.as_slice() {
        ["thanks" | "cheers"] => ends == Some("."),
        [word] => among(PRAISE, word),
        // Said again, harder: "lovely. absolutely lovely.", "Really great."
        ["absolutely" | "really" | "just" | "truly" | "simply" | "so", word] => among(PRAISE, word),
        // "... a delivery that never came. Absolutely brilliant service."
        ["absolutely" | "really" | "just" | "truly" | "simply" | "such", word, "service" | "support"] => {
            among(PRAISE, word)
        }
        ["thank", "you", "so", "much"] | ["thanks", "so", "much"] => ends == Some("."),
        // "great stuff", "of course", "lol of course".
        ["great" | "good", "stuff"] | ["of", "course"] | ["lol", "of", "course"] => true,
        // "Love it." after a complaint; "Love it!" is warm. Stock thanks and praise said as
        // the last word on a failure: "thanks for that", "really appreciate it", "money well
        // spent", "brilliant work lads", "doubt it".
        ["love" | "loving", "it" | "that"] | ["got", "to", "love", "it"] => true,
        ["thanks" | "cheers" | "ta", "for", "that" | "this"]
        | ["really" | "truly", "appreciate" | "appreciated", "it" | "that"]
        | ["money", "well", "spent"]
        | ["doubt", "it"]
        | ["doubt", "it", "tho" | "though" | "lol" | "tbh"]
        | ["great" | "brilliant" | "nice" | "good" | "top", "work" | "job" | "effort"]
        | ["nice" | "good", "one"]
        // "Still no reply. Great service."
        | ["great" | "brilliant" | "excellent" | "fantastic" | "amazing" | "top" | "superb" | "stellar" | "outstanding", "service" | "support"]
        | ["thanks" | "cheers", "a", "lot" | "bunch"]
        // "Thanks @user, really", "amazing start".
        | ["thanks" | "cheers", "really"]
        | ["great" | "amazing" | "brilliant" | "fantastic" | "good" | "fab", "start"]
        | ["great" | "brilliant" | "nice" | "good" | "top", "work" | "job" | "effort", "lads" | "guys" | "team" | "everyone" | "all" | "there"] => {
            true
        }
        _ => false,
    };
    praise && !matches!(ends, Some("!"))
}

/// A short sentence praising the service that trails off in an ellipsis: "Really
/// efficient shipping...", "Great customer service...", "Refunds at their finest…". Praise
/// meant warmly is said outright; let to trail off, it is irony. Praise of a thing rather
/// than of how it was served ("Brilliant cake... can you deliver?") is not, nor are thanks
/// that trail off ("Thanks... will try"), nor a lone word ("Great... so what next?").
fn praise_trailing_off(draft: &Draft, sentence: &Sentence) -> bool {
    // How it was served: praise of these is praise of the service whatever follows.
    const SERVED: List =
        words!("efficient fast quick speedy prompt helpful reliable professional smooth seamless");
    const SERVICE: List =
        words!("service support delivery shipping customer communication response job work care");
    let tokens = draft.sentence_tokens(sentence);
    let trails_off = match tokens {
        [.., last] if last.norm == "…" => true,
        [.., a, b] => a.norm == "." && b.norm == ".",
        _ => false,
    };
    let words = draft.sentence_words(sentence);
    let praises_service = words.iter().any(|w| among(SERVED, w))
        || words
            .windows(2)
            .any(|pair| among(PRAISE, pair[0]) && among(SERVICE, pair[1]))
        || words
            .windows(3)
            .any(|three| matches!(three, ["at", "its" | "their" | "your", "best" | "finest"]));
    trails_off
        && (2..=5).contains(&words.len())
        && praises_service
        && !words
            .iter()
            .any(|w| is_negation(w) || among("thanks thank thx cheers appreciate appreciated", w))
}

/// A bare "Thanks." or "Cheers.": it ends many a calm message, so alone it mocks nothing.
fn bare_thanks(draft: &Draft, sentence: &Sentence) -> bool {
    matches!(
        draft.sentence_words(sentence).as_slice(),
        ["thanks" | "cheers"]
    )
}

/// Praise alone that is not a bare thanks: dry when it closes on a failure.
fn dry_praise(draft: &Draft, sentence: &Sentence) -> bool {
    praise_alone(draft, sentence) && !bare_thanks(draft, sentence)
}

/// Praise alone right after a sentence that says something is missing or failed: "No wifi
/// on a five hour journey. Great stuff", "The app won't load. Brilliant.", "The
/// replacement is faulty too. Amazing." Not thanks, which
/// end calm messages ("... so it's not wasted. Thanks."), nor after "no worries" or "I
/// don't mind".
fn dry_closer(draft: &Draft) -> bool {
    // Said as the last word on a message that reports a failure anywhere: "the package was
    // thrown over my gate ... a laptop. thrown. Thanks a lot".
    let signs_off_dry = draft.sentences.len() > 1
        && draft
            .sentences
            .last()
            .is_some_and(|last| dry_praise(draft, last))
        && reports_failure(draft);
    if signs_off_dry {
        return true;
    }
    const FAILS: List = words!(
        "work load open arrive arrived come turn show respond reply answer help start connect \
        print play charge deliver stop download install update sync stream boot"
    );
    const FINE: List = words!("worries problem problems rush hurry bother issue issues matter");
    // The praise may also open, with the failure told after it: "Nice one. Pushed an update
    // at 9am and now none of us can log in."
    draft.sentences.windows(2).any(|pair| {
        let told = if dry_praise(draft, &pair[1]) {
            &pair[0]
        } else if dry_praise(draft, &pair[0]) {
            &pair[1]
        } else {
            return false;
        };
        let before = draft.sentence_tokens(told);
        let failed = before
            .iter()
            .enumerate()
            .any(|(i, t)| match t.norm.as_str() {
                "no" | "nothing" | "nobody" | "never" | "none" | "zero" => before
                    .get(i + 1)
                    .is_none_or(|next| !among(FINE, &next.norm)),
                "not" => before[i + 1..]
                    .iter()
                    .find(|w| w.kind == TokenKind::Word && !w.norm.is_among("even just really"))
                    .is_some_and(|verb| among(FAILS, &verb.norm)),
                word => among(FAILURE_WORDS, word),
            });
        failed || ends_denied_or_down(draft, told)
    })
}

/// Whether a sentence ends on a claim denied or a service down: "it isn't.", "no it
/// hasn't", "and i didn't", "the app is down again". Beside praise, that is the failure
/// the praise mocks ("love that my bag got there and i didn't. great work").
fn ends_denied_or_down(draft: &Draft, sentence: &Sentence) -> bool {
    matches!(
        draft.sentence_words(sentence).as_slice(),
        [.., "not" | "down"] | [.., "down", "again" | "still" | "now" | "today"]
    )
}

/// A sentence opening with "so much for": sarcasm about a promise ("So much for next-day
/// delivery", "Well, so much for 'we value you'"). Inside a sentence the words are as often
/// thanks ("thanks so much for") or plenty ("so much for kids to do").
fn so_much_for(draft: &Draft) -> bool {
    draft.sentences.iter().any(|s| {
        let words = draft.sentence_words(s);
        let opening = words
            .iter()
            .position(|w| !among("well oh lol haha yeah ah", w))
            .unwrap_or(words.len());
        matches!(words[opening..], ["so", "much", "for", ..])
    })
}

/// Emoji that read as angry or fed up.
const ANGRY_EMOJI: &[char] = &[
    '😡', '😠', '🤬', '😤', '😒', '😑', '🙄', '💢', '👿', '🖕', '😾', '🤢', '🤮',
];
/// An angry emoji, except a huff laughed off in the same message ("angry I didn't find you
/// sooner 😤😂"), where it is mock anger.
fn angry_emoji(text: &str) -> bool {
    text.chars().any(|c| c != '😤' && ANGRY_EMOJI.contains(&c))
        || (find_text(text, "😤").is_some() && !text.contains(LAUGHING))
}

/// Emoji that read as sad, desperate or exasperated; weak on their own.
const SAD_EMOJI: &[char] = &[
    // A facepalm is as often at oneself ("forgot my password 🤦") as at the service.
    '😭', '😢', '😩', '😫', '☹', '🙁', '😞', '😔', '🤦', '😖', '😣', '😟', '😥', '😰', '😨', '🆘',
    '🤨', '😳', '🙃', '🤔', '💀',
];

/// Sad emoji that are crying or downcast, never puzzled or wry (not 🤔, 🙃, 💀).
const CRYING_EMOJI: &[char] = &[
    '😭', '😢', '☹', '🙁', '😞', '😔', '😩', '😫', '😖', '😣', '😥',
];

/// Emoji that laugh: a huff laughed off is mock anger, and a "worst" or a "#fail" beside one
/// is a joke ("the worst part about your cookies is that I ate the whole box 😂").
const LAUGHING: &[char] = &['😂', '🤣', '😆'];

/// Emoji that say love, delight or celebration.
const LOVE_EMOJI: &[char] = &[
    '❤', '😍', '🥰', '💕', '💖', '💗', '😘', '🏆', '🎉', '🥳', '🥂', '🎊', '💍', '💛', '💚', '💙',
    '💜', '🧡', '🤍', '💓', '💞', '♥',
];

/// How plainly a customer's message shows upset.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Upset {
    Calm,
    /// Only weaker signs, two or more of them: upset more likely than not.
    Signs,
    /// A strong sign: an insult, a named feeling, profanity, an angry emoji.
    Plain,
}

/// How plainly a customer's message shows frustration, anger or distress.
///
/// One strong sign is enough (an insult, "worst", "ridiculous", "no reply", an angry emoji,
/// an angry hashtag); weaker signs ("again", ":(", a shouted word, "Help!", a run of "!!" or
/// "???") count when there are two of them and the message does not read as pleased. A
/// run of question marks alone is as often eager or puzzled as angry.
pub fn upset(draft: &Draft) -> Upset {
    let harmless = NOT_UPSET.find(draft);
    let laughing = draft.text.contains(LAUGHING);
    if (occurs_meant(&UPSET, draft, &harmless) && !laughing) || angry_emoji(draft.text) {
        return Upset::Plain;
    }
    if (upset_hashtag(draft) && !laughing) || so_much_for(draft) {
        return Upset::Plain;
    }
    let mut pointed = POINTED.find(draft);
    pointed.retain(|m| !thanks_for_a_remedy(draft, m));
    let praised_alone: Vec<_> = draft
        .sentences
        .iter()
        .filter(|s| praise_alone(draft, s))
        .collect();
    // Praise let to trail off is irony with no complaint beside it ("Really efficient
    // shipping..." under a photo of a crushed box), and pleases nobody.
    let trailing: Vec<_> = draft
        .sentences
        .iter()
        .filter(|s| praise_trailing_off(draft, s))
        .collect();
    let trails_off = !trailing.is_empty();
    // Praise in quotation marks is their word held up to the light ("your “great”
    // connection"), not pleasure.
    let quoted = quoted_words(draft);
    // Love said with a heart ("SO good, never take it off 😭❤️") is pleased too.
    // An upside-down face turns praise beside it to irony ("great start 🙃").
    let pleased = find_text(draft.text, "🙃").is_none()
        && (draft.text.contains(LOVE_EMOJI)
            || laughing
            || PLEASED.any_match(draft, |m| {
                // "Not happy", "never great": praise denied.
                let denied = draft.tokens[m.tokens.start.saturating_sub(2)..m.tokens.start]
                    .iter()
                    .any(|t| is_negation(&t.norm));
                !denied
                    && !quoted.iter().any(|run| run.contains(&m.tokens.start))
                    && !praise_undone(draft, m)
                    && !courtesy_thanks(draft, m.tokens.start)
                    && !pointed.iter().any(|p| p.tokens.contains(&m.tokens.start))
                    && !praised_alone
                        .iter()
                        .chain(&trailing)
                        .any(|s| s.tokens.contains(&m.tokens.start))
            }));
    let fragments = fragments(draft);
    if (occurs_meant(&UPSET_INTENSE, draft, &harmless)
        || swears_in_a_compound(draft, &harmless)
        || echoed_for_emphasis(draft)
        || counted_out(&fragments)
        || verdict_alone(&fragments))
        && !pleased
    {
        return Upset::Plain;
    }
    // A harmless use cancels a weaker sign in its words too ("still waiting for the latte to
    // come back").
    let weak_phrases: Vec<Match> = UPSET_WEAK
        .find(draft)
        .into_iter()
        .filter(|m| !within_harmless(m, &harmless))
        .collect();
    let recurs = UPSET_RECURRING.any_match(draft, |m| !within_harmless(m, &harmless));
    let runs = punctuation_runs(draft.text);
    let sad_face = draft.text.chars().any(|c| SAD_EMOJI.contains(&c)) || has_sad_face(draft.text);
    let asks_pointedly = pointed_question(draft, &weak_phrases, &runs);
    let exclaims = exclaims_alone(&fragments);
    // A promise word quoted back is one sign ("the 'fast' delivery, only took 3 weeks 🙃");
    // beside a failure it is sarcasm outright.
    let scare_quoted = scare_quoted_praise(draft, &quoted);
    let quotes_back = !quoted.is_empty();
    // Praise with an edge is sarcasm beside a complaint ("Great job, another delay"); beside
    // nothing but a raised voice it is praise ("Great job guys!!").
    // Their words in quotation marks make praise beside them sarcasm ("Oh great, another
    // 'scheduled maintenance'"); alone they are as often a status quoted calmly ("what does
    // 'exception' mean?").
    let complains = !weak_phrases.is_empty()
        || recurs
        || sad_face
        || asks_pointedly
        || exclaims > 0
        || quotes_back;
    let sarcastic = (!pointed.is_empty() || !praised_alone.is_empty()) && complains;
    // Beside a failure it is plain sarcasm ("Oh good, my stream froze at the finale. Perfect
    // timing as usual"), said flat: not with a warm "!" ("Great work as always, the late
    // checkout made our trip!"), nor a bare "Thanks." that ends many a calm report.
    let flat = |token: usize| {
        draft.sentence_of(token).is_some_and(|s| {
            draft
                .sentence_tokens(&draft.sentences[s])
                .last()
                .is_none_or(|t| t.norm != "!")
        })
    };
    let mocks_a_failure = (scare_quoted
        || pointed.iter().any(|m| flat(m.tokens.start))
        || praised_alone.iter().any(|s| !bare_thanks(draft, s)))
        && (draft.words().any(|w| among(FAILURE_WORDS, w))
            || draft
                .sentences
                .iter()
                .any(|s| ends_denied_or_down(draft, s)));
    // A dry closer makes the rest of the praise dry too ("It's faulty too. Amazing. Truly
    // amazing work"); so does flat praise said twice ("lovely. absolutely lovely.").
    let praised_twice = praised_alone
        .iter()
        .filter(|s| !bare_thanks(draft, s))
        .count()
        >= 2;
    let dry = dry_closer(draft) || praised_twice;
    // Sarcasm is a sign of upset in its own right, as plain as two weaker ones.
    let mut weak = 2 * usize::from(dry || mocks_a_failure)
        + usize::from(shouted_help(draft))
        + usize::from(asks_pointedly)
        + exclaims
        + usize::from(scare_quoted)
        + 2 * usize::from(sarcastic || trails_off);
    // The same sign twice ("again ... again") is still one sign.
    let mut signs: Vec<usize> = Vec::new();
    for m in weak_phrases {
        if !signs.contains(&m.phrase) {
            signs.push(m.phrase);
        }
    }
    weak += (signs.len() + usize::from(recurs)).min(2);
    // A sad face beside a failure is distress at it ("it crashed and didn't give me the car
    // 😭"), as plain as two weaker signs.
    let crying = draft.text.contains(CRYING_EMOJI);
    // ("Never had a better cake 😭" is no failure.)
    let failure = || {
        draft.tokens.iter().enumerate().any(|(i, t)| {
            t.kind == TokenKind::Word
                && t.norm != "never"
                && among(FAILURE_WORDS, &t.norm)
                && !harmless.iter().any(|m| m.tokens.contains(&i))
        })
    };
    // A strong word played down ("a bit annoying") is a weaker sign.
    let played_down = [&UPSET, &UPSET_INTENSE].iter().any(|list| {
        list.any_match(draft, |m| {
            !within_harmless(m, &harmless) && understated(draft, m) == Understated::Mild
        })
    });
    weak += usize::from(sad_face) + usize::from(crying && failure()) + usize::from(played_down);
    let shouted = shouted_words(draft);
    if shouted >= 2 {
        weak += 2;
    } else if shouted == 1 {
        weak += 1;
    }
    weak += punctuation_signs(&runs);
    if draft
        .tokens
        .iter()
        .any(|t| t.kind == TokenKind::Word && drawn_out(&t.norm))
    {
        weak += 1;
    }
    // Sarcasm about a failure is the guide's own sign of upset, said outright; praise after
    // a failure put right ("It was late but arrived today. Great.") is praise.
    const PUT_RIGHT: List = words!(
        "but however arrived came works working sorted fixed resolved \
        replacement replaced finally thankfully luckily eventually refunded"
    );
    if (dry || mocks_a_failure) && !draft.words().any(|w| among(PUT_RIGHT, w)) {
        Upset::Plain
    } else if weak >= 2 && (!pleased || dry) {
        Upset::Signs
    } else {
        Upset::Calm
    }
}

/// Words that report something gone wrong: late, broken, missing, charged twice, rude.
const FAILURE_WORDS: List = words!(
    "late delayed cancelled canceled broken broke damaged ruined faulty \
    defective dirty filthy missing wrong lost crashed deleted overcharged rude stopped \
    never twice refused promised waiting cracked leaking torn stained cold dead bricked froze \
    frozen buffering crashes missed empty charged jumped doubled tripled declined rejected doa \
    blocked soaked soggy drenched hacked hijacked pirated stolen compromised scammed suspended \
    banned locked disconnected disconnecting dropped dropping buggy glitchy laggy crashing \
    unusable unresponsive cancelling canceling ruining wasted wasting ignored ignoring vanished \
    disappeared"
);

/// Whether a customer's message reports a failure (not only asks about one): "the room was
/// dirty", "my bag was damaged on the flight", "I was promised a callback". A question alone
/// ("why is my train late?") asks; it does not complain.
pub fn reports_failure(customer: &Draft) -> bool {
    let only_questions = customer.sentences.iter().all(|s| customer.is_question(s));
    !only_questions && names_failure(customer)
}

/// Whether a customer's message only thanks or praises: a pleased word, no failure named,
/// nothing denied ("not happy"), nothing asked ("As usual superb customer service. Thanks
/// for the prompt response"). Thanks that sign off a request ("fix the map please.
/// Thanks.") are courtesy, not pleasure. The caller also asks that it reads calm
/// ([`upset`]), which the runner reads once for every check.
pub fn only_pleased(customer: &Draft) -> bool {
    PLEASED
        .find(customer)
        .iter()
        .any(|m| !courtesy_thanks(customer, m.tokens.start))
        && !names_failure(customer)
        && !customer.has_negation(0..customer.tokens.len())
        && !customer.sentences.iter().any(|s| customer.is_question(s))
}

/// What a customer expects of their order, device or service, said undone ("it wasn't
/// ready", "the app won't load", "I haven't received it") to report a failure in other words.
static NOT_AS_EXPECTED: LazyLock<Phrases> = LazyLock::new(|| {
    Phrases::lines(lines![
        "not|never [yet|even|been] ready|arrive|arrived|work|working|load|loading|open|connect|start|come|came|show|showed|receive|received|got|delivered|updated|refunded|fixed|credited|posted",
    ])
});

/// Whether a customer's message names a failure at all, told or asked about: a failure word,
/// or what they expected said undone ("my prescription wasn't ready").
pub fn names_failure(customer: &Draft) -> bool {
    customer.words().any(|w| among(FAILURE_WORDS, w)) || NOT_AS_EXPECTED.occurs(customer)
}

/// Phrases in a reply that acknowledge the customer's feeling or the badness of what
/// happened: an apology, "I understand", "that's frustrating", "oh no", "that's strange".
pub static ACKNOWLEDGEMENT: LazyLock<Phrases> = LazyLock::new(|| {
    Phrases::lines(lines![
        "sorry|soz|apolog*|regret|regrets|regretful",
        // Their feeling shared or named: "we're gutted too", "we know a price change is never
        // welcome" ("congrats on your new phone" to someone stuck setting it up is not).
        "(we are|i am) [so|just|really|all] gutted|sad|disappointed|heartbroken too|as",
        "we|i know *5 (never|not) welcome|fun|ideal|nice|easy",
        // Naming their problem as something to put right: "we want to get your refund sorted".
        "want|like to get|have your|the|this|that|it|things *3 sorted|fixed|resolved|working|back|replaced|refunded|right|straightened",
        "(let's|let us) get|have your|the|this|that|it|things *3 sorted|fixed|resolved|working|back|replaced|refunded|right",
        "i|we [can|do|completely|totally|fully|really|certainly|definitely] understand",
        "understandabl*",
        "i|we [can] get|hear|see|appreciate|share your|the concern*|disappointment|frustration*|point|worry|worries|pain|annoyance",
        "i|we hear you",
        // Agreeing with them: "I completely agree", "you're absolutely right" (not a bare
        // "agreed", as often terms "agreed to at checkout").
        "i|we [completely|totally|fully|absolutely|wholeheartedly] agree",
        "you are [absolutely|completely|totally|so|quite] right",
        // "Waiting isn't fun", "this isn't how we want you to feel", "we feel terrible about
        // this", "we never want our customers waiting this long".
        "is|are|was|were not fun|nice|pleasant",
        // "Clearly, the trip hasn't been pleasant."
        "has|have not been [very|particularly|much] fun|nice|pleasant|smooth|ideal",
        "not how we|i want|wanted you to feel",
        "i|we feel|felt terrible|awful|horrible|bad about",
        "(never|do not) want|like|intend|mean [our|any] [customers|you|anyone] *3 (waiting|to wait)",
        "[totally|completely|definitely] hear you on|about",
        "we have all been there",
        // The delay named as wrong: "hmm, that's longer than it should take".
        "(that is|that's|this is) longer|slower than [it] should|expected|normal|usual",
        "i|we feel you|your pain",
        "i|we get it",
        // Said without the "I": "Totally get it", "completely understandable".
        "totally|completely|fully get it|that",
        "i|we can [only] imagine",
        "i|we can [completely|totally|really|fully|definitely|easily] see how|why",
        // "I know it feels slow", "I get why that stings", "I can hear how stressful this is".
        "i|we [can] [completely|totally|really] know|get|see|hear|understand [how|why|that] *3 feels|feel|felt|stings|sting|hurts|hurt|stressful|worrying|scary|rough|tough|hard|grates|rankles|important|urgent|frustrating|annoying|inconvenient|upsetting|disappointing",
        // "We know this is a pain", "I know these outages aren't what anyone expects" (not "we
        // know you want to start right away": a group, as `|` joins single words).
        "i|we know (how much|it|it's|this|these|those|things)",
        // Their loss felt with them: "I'm gutted for you".
        "gutted|devastated|heartbroken for you",
        // Owning it or sharing it: "we can do better", "I'd feel the same way", "pardon the
        // delay".
        "we|i can|could|should|must do better",
        "i would [have] feel|felt|be the same",
        "pardon the|our delay|wait|inconvenience|trouble|confusion|mix-up",
        "frustrat*|disappoint*|upsetting|upset|annoying|annoyed|annoyance|infuriating|exasperating",
        "inconvenien*",
        // "Concerned" as a feeling, not "the colleague concerned"; "concerning" as a verdict
        // ("that's concerning", below), not "concerning your order".
        "i|we am|are|was|were [very|really|so|quite|deeply|genuinely|truly] concerned",
        "concerned to|by|about|that",
        "worrying|troubling|alarming",
        "oh no|dear|my|man|noes|gosh|goodness|boy",
        "uh oh",
        "yikes|bummer|ugh|argh|aargh|ouch|eek|oof",
        // Dismay said as one word: "Rats! We were really hoping you'd get it."
        "rats|drat|darn|dang|whoops|oops",
        "good grief",
        "(we were|i was) [really|so|truly] hoping you|it|that|this would|had|got",
        // A verdict on what happened: "that's odd", "this sounds distressing", "it is a pain".
        "that|this|it|that's|it's|this's [is|sounds|seems|looks|must] [be|very|really|so|definitely|quite|pretty|most|truly|certainly|indeed|just|rather|somewhat|highly|extremely] strange|odd|weird|unusual|bizarre|puzzling|confusing|unexpected|concerning|worrying|troubling|alarming|distressing|stressful|scary|frightening|awful|terrible|horrible|dreadful|rough|annoying|unfortunate|unacceptable|ridiculous|outrageous|absurd|insane|crazy|wild|inconvenient|disappointing|frustrating|upsetting|sad|bad|maddening|galling|miserable|rubbish|shocking|appalling|awkward|tricky|irritating|infuriating|exasperating|gutting",
        // The same verdict on what they went through, named: "90 minutes in the heat with
        // little ones sounds awful", "being cut off after that long is maddening".
        "sounds|sound [so|really|very|absolutely|truly|incredibly|just|pretty] awful|terrible|horrible|dreadful|maddening|infuriating|exasperating|miserable|stressful|frustrating|upsetting|distressing|exhausting|scary|frightening|worrying",
        "(is|was|must be) [so|really|very|absolutely|truly|incredibly|just] maddening|infuriating|exasperating|wearing|exhausting|draining|tiring|wearying|painful|gutting|heartbreaking",
        // "A double charge is the last thing you need."
        "the last thing you need|needed|want|wanted",
        // Anyone would feel it: "that would drive anyone mad", "enough to annoy anybody".
        "drive|drives|drove anyone|anybody|you|me mad|crazy|nuts|insane|spare",
        "drive|drives|drove anyone|anybody|you|me (up the wall|round the bend|up the pole)",
        "annoy|frustrate|upset|infuriate anyone|anybody",
        // Said of what they went through: "that must have been stressful".
        "must have been|felt [so|really|very|quite|pretty|incredibly|truly] awful|terrible|horrible|stressful|frustrating|annoying|upsetting|disappointing|worrying|scary|inconvenient|rough|tough|hard|difficult|maddening|infuriating|exhausting",
        "less than ideal|perfect|great|stellar|satisfactory|pleasant",
        "not cool",
        "that|this|it|that's|it's|this's [is|sounds|seems|looks] [very|really|so|definitely|quite|pretty|such] [like] a|an pain|hassle|nuisance|headache|shame|bummer|letdown|ordeal|nightmare|disaster|faff|palaver|runaround",
        // Said of what they are going through: "change is a pain", "moving is always a faff".
        "is|are [always|such] a [real|right|total] pain|hassle|nuisance|faff|headache",
        "that|this|it|that's|it's [is|sounds|seems|looks] [very|really|so|definitely|quite|pretty] not good|right|ideal|okay|ok|great|fun",
        "does|did not sound|look|seem good|right|ideal|great|fun",
        // "That's no good!", "dropped calls at home are no good at all".
        "that|that's|this [is] no good",
        "is|are|was|were no good",
        "never good|fun|nice",
        "not ideal|okay|acceptable",
        // "Far from ideal", "not good at all".
        "far from ideal|good|great|acceptable|perfect|satisfactory|okay|ok",
        "not good|great|ok|okay|right at all",
        "not what we|i want",
        "not the experience",
        "not the kind|type|sort|level of experience|service",
        "i|we [can] see|understand|get|know [exactly|just] what you mean",
        "what a shame|pity|pain|nightmare|hassle|headache|letdown|bummer",
        // Their feeling owned as fair: "that's totally fair", "you're right to be annoyed",
        // "that's not on", "nobody wants that".
        "that|that's [is] [totally|completely|entirely|absolutely|perfectly] fair",
        // Siding with them: "that's not fair at all when our site was down".
        "that|that's|this [is] (not|hardly|really not|totally not) fair",
        "right to be|feel annoyed|upset|frustrated|angry|disappointed|cross|fed",
        // Their feeling named as fair: "I'm not surprised you're fed up", "no wonder you're
        // cross"; the fault owned: "unacceptable on our part", "three times too many".
        "(not surprised|no wonder) you",
        "you are|would [be] [so|really|understandably|rightly] (fed up|annoyed|cross|angry|upset|frustrated|disappointed|livid|furious|gutted)",
        // Sharing it: "I'd be annoyed too", "we'd be fuming as well".
        "i|we would be [really|so|just|pretty|absolutely] annoyed|frustrated|upset|livid|furious|fuming|cross|angry|gutted|disappointed|fed",
        "i|we would be worn|exhausted|tired|stressed [out] too",
        // "A delay and then a missing bag, that's a rough day."
        "that's|what a rough|tough|long|horrible|awful|stressful|miserable|rubbish|bad|terrible|rotten day|week|night|journey|trip|start",
        // The wait or the ordeal named for what it was: "that's a miserable wait", "what an
        // ordeal"; their complaint granted: "that's a fair dig" (and "rubbish, I know": see
        // `across_a_comma`).
        "that's|what a|an [really|truly] miserable|horrible|awful|dreadful|rotten|frustrating|long|stressful|exhausting|maddening wait|delay|experience|ordeal|evening|morning|situation",
        "that's|what an ordeal",
        "(that is|that's) a fair|reasonable|valid dig|point|complaint|criticism|comment|question",
        // The failure owned as theirs to have had: "you should have been kept informed", "the
        // runaround you've had".
        "you should (have been|not have been|never have been) kept|told|informed|updated|contacted|notified|left|charged",
        "the runaround|hassle|grief|trouble|mess you (have had|have been|have been through|went through|had)",
        // The problem named as big: "That's a big jump, Lauren."
        "that's|what a big|huge|steep|sharp|massive jump|increase|rise|hike|difference",
        // Naming what went wrong as what they did not get: "not the caffeine hit you paid
        // for!", "not what you ordered".
        "not the *3 you paid|ordered|expected|wanted|needed|deserve|deserved|booked",
        "not what you paid|ordered|expected|wanted|needed|deserve|deserved|booked",
        "not what you signed up for",
        "on our|my part",
        "times too many",
        "that|that's|this [is] [really|just|simply] not on",
        "(nobody|no one) wants|likes|needs that|this",
        // "Nobody likes waiting on money", "no one enjoys a wasted trip".
        "(nobody|no one) likes|enjoys|wants waiting|being|having|getting|losing|a|an",
        "no way to start|end|spend|begin",
        "not the service|treatment|standard you",
        // Below what they set out to give, or what the customer is owed: "not the service we
        // aim to provide", "not the standard we set ourselves", "you deserve better", "that's
        // unlike us", "that shouldn't happen", "no way to treat a customer".
        "not the service|treatment|standard|level|experience we|i",
        "deserve|deserved better",
        "unlike us|you",
        "should not|never happen",
        "no way to treat",
        // The wait or the load named: "that's a long time to wait", "such a pain", "a lot to
        // deal with", "we know you've been waiting".
        "a long time to wait|go|be",
        "such a pain|hassle|nuisance|shame|faff",
        "a lot to (deal with|take in|go through)",
        "know you have been waiting",
        // "That's far from the service you should be getting", "not good enough from us",
        // "three drops in a day is not OK", "not what you need".
        "far from the service|experience|standard|level|quality",
        "not good enough",
        "is|was|are|were [really|just|simply|definitely] not ok|okay|alright",
        "not how it|this|that|things should|ought",
        "not how (it's|it is|things are) supposed",
        "a shame|pity",
        "unpleasant|poor|bad|terrible|awful|rough|frustrating experience",
        "feel|felt this|that way",
        "made|make you feel",
        "hate|hates to",
        "hate|hated hearing|seeing|reading",
        "not what we|i like|love|want|wanted|expect|hope to hear|see|read",
        // Owning the fault or the badness: "we want to make this right", "that should
        // never have happened", "we dropped the ball", "far too long to wait".
        "make|put it|this|that|things right",
        "should not|never have happened|been",
        "should not|never be happening",
        "should not|never have had to",
        "should not|never have to chase|wait|ask|call|contact|keep|repeat|go",
        "far|way|much too long",
        "dropped the ball",
        // The fault owned in other words: "we fell short", "we missed the mark", "we owe you
        // an apology", "forgive us", "we want to make it up to you", "we're mortified".
        "fell|fall|falling short",
        "missed the mark",
        "owe you a|an apology|explanation",
        "forgive|pardon us|me",
        "make it up to you",
        "am|are [so|really|truly|very|quite] mortified|embarrassed|ashamed|saddened|heartbroken",
        // Their view granted: "a valid concern", "point taken", "I see where you're coming
        // from", "I hear what you're saying", "you have every right to be annoyed".
        "valid|fair concern|concerns|point|points|complaint|complaints|criticism|frustration",
        "point taken",
        "see|understand where you are coming from",
        "hear what you",
        "every right to be|feel",
        // Taking the problem personally: "Not on my watch!".
        "not on my|our watch",
        "let you down",
        "would hate",
        "not|never our|my intention",
        "not intended",
        "sad|unhappy|gutted|saddened to hear|see|read|learn",
        "our|my bad|mistake|fault|error",
        "we|i messed|dropped|slipped",
        "that|that's [is] on us",
        "we|i care about",
        "sympath*|empath*",
        "you have been through",
        "went wrong",
        "not what you expected|wanted|hoped|needed|were|need|want|deserve|deserved",
        "not the answer|news|outcome|result you|we|i",
        // "That's not a good experience", "we definitely don't want that", "that isn't what
        // we expect from our carriers".
        "not a [very] good|great|nice|pleasant experience|look|start|situation",
        "we|i [definitely|certainly|really|absolutely] (do not|never) want that|this",
        "not what we|i expect|expected",
        // "Understood.", "a crazy situation", "no fun", "we take this very seriously", "we
        // don't like to hear this".
        "understood",
        "crazy|awful|terrible|stressful|difficult|tough|frustrating|tricky|horrible|worrying|scary|unfortunate|sticky|upsetting situation|predicament",
        "is|are|was|were|be|sounds|sound|seems|that's|it's|this's no fun",
        "take|takes|taking|took this|that|it|these|such|your|reports|concerns|matters|issues|complaints *3 seriously",
        "(do not|never) like|love|enjoy [to] hear|hearing|see|seeing|read|reading [this|that]",
    ])
});

/// Whether the reply anywhere acknowledges how the customer feels or that things went badly.
pub fn acknowledges(draft: &Draft) -> bool {
    ACKNOWLEDGEMENT.occurs(draft) || across_a_comma(draft)
}

/// Acknowledgements with a comma, which phrases cannot span: "Oh, no!", and their complaint
/// granted ("... is rubbish, I know").
fn across_a_comma(draft: &Draft) -> bool {
    let words: Vec<&str> = draft
        .tokens
        .iter()
        .filter(|t| t.kind != TokenKind::Symbol)
        .map(|t| t.norm.as_str())
        .collect();
    words
        .windows(3)
        .any(|w| w[0] == "oh" && w[1] == "," && among("no dear my", w[2]))
        || words.windows(4).any(|w| {
            among(
                "rubbish awful terrible annoying frustrating poor unacceptable maddening \
                infuriating miserable horrible dreadful",
                w[0],
            ) && w[1] == ","
                && among("i we", w[2])
                && w[3] == "know"
        })
}

/// Words written in capitals to shout ("TERRIBLE", "NOTHING WORKS"): four letters or more,
/// not a handful of common abbreviations, or a short word stressed in anger ("when YOU
/// cancelled", "NOT acceptable").
fn shouted_words(draft: &Draft) -> usize {
    const ABBREVIATIONS: List =
        words!("ASAP HDMI JSON FAQS USPS NASA WIFI UPS NYSE EMEA APAC IMEI OTP VOIP");
    let words: Vec<&str> = draft
        .tokens
        .iter()
        .filter(|t| t.kind == TokenKind::Word)
        .map(|t| &draft.text[t.start..t.end])
        .collect();
    // A whole message in capitals is shouted word for word, short words too ("PAY
    // ATTENTION TO ME").
    let capitals = |raw: &&str| {
        raw.chars()
            .all(|c| !unicode::is_alphabetic(c) || unicode::is_uppercase(c))
    };
    let lettered = words.iter().any(|w| w.chars().any(unicode::is_alphabetic));
    if words.len() >= 3 && lettered && words.iter().all(capitals) {
        return words.len();
    }
    let shouts = |raw: &str| {
        let stressed = among(
            "YOU YOUR NOT WHY NOW AND ALL EVER OFF FIX ANY STOP GET",
            raw,
        );
        // A word in capitals with no vowel is an abbreviation ("HTML", "SMTP", "DVDS"),
        // never a word shouted.
        let voiced = raw.bytes().any(|b| b"AEIOUY".contains(&b));
        stressed
            || (raw.chars().count() >= 4
                && raw
                    .chars()
                    .all(|c| unicode::is_alphabetic(c) && unicode::is_uppercase(c))
                && voiced
                && !among(ABBREVIATIONS, raw))
    };
    // The same word twice is a term of the trade ("an OCSP error in the OCSP response"), one
    // sign at most.
    let mut shouted: Vec<&str> = Vec::new();
    for raw in words {
        if shouts(raw) && !shouted.contains(&raw) {
            shouted.push(raw);
        }
    }
    shouted.len()
}

/// A sentence that is only an exasperated word or two: "Seriously?", "Typical.", "Nothing.",
/// "Unbelievable!", "Come on!", "I'm done.". Inside a longer sentence the same words are
/// mostly harmless ("seriously good coffee"), so only a sentence of their own counts, and
/// as a weak sign: "Typical." can be a joke.
fn exclaims_alone(fragments: &[&[Token]]) -> usize {
    const ALONE: &[&[&str]] = &[
        &["seriously"],
        &["typical"],
        &["unbelievable"],
        &["come", "on"],
        &["nothing"],
        &["wow"],
        &["just", "wow"],
        &["i", "am", "done"],
        &["oh", "come", "on"],
        &["give", "me", "a", "break"],
        &["explain"],
        &["unreal"],
        &["now"],
        // Resigned or flatly denying what they were told: "Whatever.", "It's not."
        &["whatever"],
        &["twice"],
        &["again"],
        &["really"],
        &["just", "no"],
        &["right"],
        &["yeah", "right"],
        &["gone"],
        &["just", "gone"],
        &["anyone"],
        &["please", "anyone"],
        // A last word: "done.", "sort it".
        &["done"],
        &["sort", "it"],
        &["sort", "it", "out"],
        &["fix", "it"],
        &["it's", "not"],
        &["it", "is", "not"],
        &["it", "does", "not"],
        &["it", "did", "not"],
        &["it", "has", "not"],
    ];
    // Two of them ("wow. just wow.", "Seriously? Again.") are two signs.
    // A line ending in a comma opens a letter ("Hello,"): it exclaims nothing.
    fragments
        .iter()
        .filter(|fragment| {
            ALONE.contains(&words_of(fragment).as_slice())
                && fragment.last().is_none_or(|t| t.norm != ",")
        })
        .take(2)
        .count()
}

/// The message cut after every full stop, question mark and exclamation mark, whatever
/// follows: a tweet typed in lower case ("have the email. sort it") runs on in one sentence
/// of the text model, which keeps "approx. time" whole; here a few words alone are what count.
fn fragments<'d>(draft: &'d Draft) -> Vec<&'d [Token]> {
    let ends = |t: &Token| t.kind == TokenKind::Punct && among(". ? !", t.norm.as_str());
    let mut pieces = Vec::new();
    for sentence in &draft.sentences {
        let tokens = draft.sentence_tokens(sentence);
        let mut start = 0;
        for i in 0..tokens.len() {
            let closes = ends(&tokens[i]) && tokens.get(i + 1).is_none_or(|next| !ends(next));
            if closes {
                pieces.push(&tokens[start..=i]);
                start = i + 1;
            }
        }
        if start < tokens.len() {
            pieces.push(&tokens[start..]);
        }
    }
    pieces
}

/// A fragment's normalised words, as [`Draft::sentence_words`] gives a sentence's.
fn words_of(tokens: &[Token]) -> Vec<&str> {
    tokens
        .iter()
        .filter(|t| t.kind == TokenKind::Word)
        .map(|t| t.norm.as_str())
        .collect()
}

/// A verdict said as a sentence of its own: "Not ok.", "I'm not happy.", "not impressed."
/// Inside a sentence the same words are often mild ("not happy with the colour, can I swap
/// it?"); alone they are the customer's judgement on the service, as plain as "unacceptable".
fn verdict_alone(fragments: &[&[Token]]) -> bool {
    const VERDICTS: List =
        words!("ok okay acceptable happy impressed amused pleased satisfied good");
    fragments.iter().any(|fragment| {
        let words = words_of(fragment);
        // The company named in one word: "... half the content isn't unlocked?? scam".
        if matches!(words.as_slice(), [word] if among("scam joke shambles disgrace farce", word)) {
            return true;
        }
        let verdict = match words.as_slice() {
            ["not" | "very" | "really" | "so" | "honestly" | "genuinely" | "just", rest @ ..] => {
                rest
            }
            ["i" | "we", "am" | "are", rest @ ..] => rest,
            _ => return false,
        };
        // Said for now or for good: "Not happy right now.", "not impressed at all".
        let verdict = match verdict {
            [rest @ .., "right", "now"] | [rest @ .., "at", "all"] => rest,
            [rest @ .., "today" | "atm" | "rn" | "whatsoever"] => rest,
            _ => verdict,
        };
        match verdict {
            ["not", word] | ["not", "very", word] => among(VERDICTS, word),
            ["good", "enough"] | ["not", "good", "enough"] => true,
            [word] => words[0] == "not" && among(VERDICTS, word),
            _ => false,
        }
    })
}

/// Praise or a promise in quotation marks: "the 'fast' delivery took 3 weeks", "how does a
/// 'guaranteed' delivery not turn up", "'minor maintenance' = 9 hours offline", a "'fragile'
/// box" with a boot print on it. Quoting the company's own word back is sarcasm.
fn scare_quoted_praise(draft: &Draft, quoted: &[std::ops::Range<usize>]) -> bool {
    // Not a tier's name ("premium", "unlimited", "priority"), which is quoted calmly.
    const PROMISED: List = words!(
        "fast quick express instant guaranteed easy simple seamless secure \
        reliable helpful support service care help fresh next-day same-day speedy superfast \
        next fragile minor hot"
    );
    // An error message quoted ("got 'Critical service failed'") names the failure itself.
    const ERROR: List = words!("not failed fail failure error unable invalid denied unavailable");
    quoted.iter().any(|run| {
        let words = &draft.tokens[run.clone()];
        words.len() <= 3
            && words.iter().any(|t| among(PROMISED, &t.norm))
            && !words.iter().any(|t| among(ERROR, &t.norm))
    })
}

/// "HELP!" / "Help!" / "HELP my card is blocked" — a call for help: capitalised and
/// exclaimed, or in capitals and not a noun's first word ("HELP desk").
fn shouted_help(draft: &Draft) -> bool {
    const CALLING: List = words!("me us please my our i we anyone someone");
    draft.tokens.iter().enumerate().any(|(i, token)| {
        let raw = &draft.text[token.start..token.end];
        let next = draft.tokens.get(i + 1);
        let exclaimed = next.is_some_and(|next| next.kind == TokenKind::Punct && next.norm == "!");
        let calls =
            next.is_none_or(|next| next.kind != TokenKind::Word || among(CALLING, &next.norm));
        token.kind == TokenKind::Word
            && token.norm == "help"
            && ((raw == "HELP" && calls) || (exclaimed && raw.starts_with('H')))
    })
}

/// Hashtags that carry anger: "#fail", "#epicfail", "#theft", "#scam", "#neveragain".
/// A word counts at either end of the tag ("#epicfail", "#failedagain"), not inside it,
/// where it is often another word's letters ("#roadtrip", "#neverstopexploring").
fn upset_hashtag(draft: &Draft) -> bool {
    const HOT: List = words!("fail theft robbery scam fraud liar lying worst disgust disgrace angry furious frustrat annoy \
        boycott shame useless sucks neveragain ripoff rippedoff disappoint unhappy nothappy \
        notimpressed notcool fedup joke pathetic ridiculous unacceptable poorservice \
        badservice terrible horrible awful smh wtf fixyour fixit fixthis dobetter sortit \
        upgradeyour getitright notgoodenough wakeup stupid dumb bullshit incompetent rubbish \
        garbage unbelievable hopeless shambles clowns greed weak");
    draft
        .tokens
        .iter()
        .filter(|t| t.kind == TokenKind::Reference)
        .filter_map(|t| t.norm.strip_prefix('#'))
        .any(|tag| {
            tag == "rip"
                || tag == "bs"
                || packed::text_of(HOT)
                    .split(' ')
                    .any(|h| tag.starts_with(h) || tag.ends_with(h))
        })
}

/// Weak signs in runs of `!` and `?`: "!!", "?!" and "???" raise the voice (one sign), and
/// several raised runs are shouting (one more). "??" is a [`pointed_question`]. A longer
/// run that both asks and exclaims ("?!?!", "?!!") is exasperation: two signs, enough
/// alone.
fn punctuation_signs(runs: &[Run]) -> usize {
    let raised = runs
        .iter()
        .filter(|r| r.exclaims >= 2 || r.asks >= 3 || (r.exclaims > 0 && r.asks > 0))
        .count();
    let exasperated = runs
        .iter()
        .any(|r| r.exclaims > 0 && r.asks > 0 && r.exclaims + r.asks >= 3);
    if exasperated {
        2
    } else {
        raised.min(2)
    }
}

/// A question asked pointedly: "why", or "??". One sign however often and however asked:
/// "why ... delayed??" is as often puzzled or eager as exasperated, so it counts only beside
/// another sign ("why ... doesn't work at all ??"). A "why" inside a weak phrase ("why is it
/// so hard") is that phrase's sign, not a second one.
fn pointed_question(draft: &Draft, weak_phrases: &[Match], runs: &[Run]) -> bool {
    draft.tokens.iter().enumerate().any(|(i, t)| {
        t.kind == TokenKind::Word
            && t.norm.as_str() == "why"
            && !weak_phrases.iter().any(|m| m.tokens.contains(&i))
    }) || runs.iter().any(|r| r.asks == 2 && r.exclaims == 0)
}

/// One run of `!` and `?` (spaces inside it allowed, "! !").
#[derive(Default)]
struct Run {
    exclaims: usize,
    asks: usize,
}

/// The runs of `!` / `?` in the text.
fn punctuation_runs(text: &str) -> Vec<Run> {
    let mut runs = Vec::new();
    let mut run = Run::default();
    for c in text.chars() {
        match c {
            '!' | '！' => run.exclaims += 1,
            '?' | '？' => run.asks += 1,
            _ if c.is_whitespace() && run.exclaims + run.asks > 0 => {}
            _ => {
                if run.exclaims + run.asks > 0 {
                    runs.push(std::mem::take(&mut run));
                }
            }
        }
    }
    if run.exclaims + run.asks > 0 {
        runs.push(run);
    }
    runs
}

/// A word drawn out for feeling: one letter three times or more ("whyyy", "heeelp",
/// "nooo"), which no English word has. A drawn-out "so" is only louder, whatever it opens
/// or stresses ("Soooo, funny story", "soooo excited"), so it is not one.
fn drawn_out(word: &str) -> bool {
    let bytes = word.as_bytes();
    let louder_so = bytes.first() == Some(&b's') && bytes[1..].iter().all(|&b| b == b'o');
    !louder_so
        && bytes
            .windows(3)
            .any(|w| w[0] == w[1] && w[1] == w[2] && w[0].is_ascii_alphabetic())
}

/// Swearing inside a compound ("clusterfuck", "apeshit"), which a phrase's prefix cannot
/// reach, or censored with asterisks ("f*ck", "sh**ty", "m*king", "F*CK"); not a code in
/// capitals such as a card statement's "PMT*SRV".
fn swears_in_a_compound(draft: &Draft, harmless: &[Match]) -> bool {
    let bytes = draft.text.as_bytes();
    let censored = bytes.windows(3).enumerate().any(|(i, w)| {
        let masks = w[0].is_ascii_alphabetic()
            && w[1] == b'*'
            && (w[2].is_ascii_alphabetic() || w[2] == b'*');
        masks && {
            let before: Vec<u8> = bytes[..=i]
                .iter()
                .rev()
                .take_while(|b| b.is_ascii_alphabetic())
                .copied()
                .collect();
            before.len() <= 2 || !before.iter().all(u8::is_ascii_uppercase)
        }
    });
    censored
        || draft
            .tokens
            .iter()
            .enumerate()
            // A slip of their own sworn at ("shit wrong one") is no anger at anyone.
            .filter(|(i, t)| {
                t.kind == TokenKind::Word && !harmless.iter().any(|h| h.tokens.contains(i))
            })
            .any(|(_, t)| {
                let has = |part| find_text(&t.norm, part).is_some();
                has("fuck") || t.norm.ends_with("shit") || has("-bloody-")
            })
}

/// A few words put in quotation marks, each run's tokens between the marks: the company's
/// own words held up to the light ("the 'next day delivery' I paid for", "your 'unlimited'
/// plan"), or a status quoted.
fn quoted_words(draft: &Draft) -> Vec<std::ops::Range<usize>> {
    const MOST_WORDS: usize = 4;
    let mut runs = Vec::new();
    for open in 0..draft.tokens.len() {
        if draft.quote_mark(open) != Some(Quote::Opens) {
            continue;
        }
        let mut words = 0;
        for i in open + 1..draft.tokens.len() {
            if draft.quote_mark(i) == Some(Quote::Closes) {
                if (1..=MOST_WORDS).contains(&words) {
                    runs.push(open + 1..i);
                }
                break;
            }
            if matches!(draft.tokens[i].kind, TokenKind::Word | TokenKind::Number) {
                words += 1;
                if words > MOST_WORDS {
                    break;
                }
            }
        }
    }
    runs
}

/// Words said again, alone, for emphasis: "lost a fridge. A FRIDGE.", "reset it like 10
/// times. ten. times.", "on hold for 90 minutes. NINETY.", "packaging for a sponge? FOR A
/// SPONGE". Exasperation, said as plainly as a shout.
fn echoed_for_emphasis(draft: &Draft) -> bool {
    let words_of = |s: &Sentence| -> Vec<String> {
        draft
            .sentence_tokens(s)
            .iter()
            .filter(|t| matches!(t.kind, TokenKind::Word | TokenKind::Number))
            .map(|t| as_digits(&t.norm).to_string())
            .collect()
    };
    let sentences: Vec<Vec<String>> = draft.sentences.iter().map(words_of).collect();
    sentences.iter().enumerate().skip(1).any(|(i, _)| {
        let before = &sentences[i - 1];
        if before.len() < 2 {
            return false;
        }
        // The run of short sentences from here: "ten." "times." Said with "!" it is as
        // often delight ("refund in two days. Two!").
        let run = draft.sentences[i..]
            .iter()
            .zip(&sentences[i..])
            .take_while(|(_, words)| (1..=3).contains(&words.len()));
        let mut echo: Vec<&String> = Vec::new();
        // Stressed by a figure or by capitals ("ten. times.", "A FRIDGE."): a word that
        // merely comes round again ("My account link is: ... link") stresses nothing.
        let mut stressed = false;
        for (sentence, words) in run {
            let tokens = draft.sentence_tokens(sentence);
            if tokens.iter().any(|t| t.norm == "!") {
                return false;
            }
            stressed |= words.iter().any(|w| w.bytes().all(|b| b.is_ascii_digit()))
                || tokens.iter().any(|t| {
                    let raw = &draft.text[t.start..t.end];
                    t.kind == TokenKind::Word
                        && raw.len() > 2
                        && !raw.chars().any(unicode::is_lowercase)
                });
            echo.extend(words);
        }
        stressed && (1..=4).contains(&echo.len()) && echo.iter().all(|w| before.contains(w))
    })
}

/// A count said a word at a time: "on hold 47 mins. Forty. Seven. Minutes.", "Two. Hours.",
/// "Every. Year."
/// Exasperation, as plain as an echo; said with "!" it is as often delight.
fn counted_out(fragments: &[&[Token]]) -> bool {
    const UNITS: List =
        words!("minutes hours days weeks months years time times calls emails attempts");
    let alone = |tokens: &[Token]| -> Option<String> {
        let words: Vec<_> = tokens
            .iter()
            .filter(|t| matches!(t.kind, TokenKind::Word | TokenKind::Number))
            .collect();
        match words.as_slice() {
            [word] if !tokens.iter().any(|t| t.norm == "!") => Some(word.norm.to_string()),
            _ => None,
        }
    };
    // A demand said word by word: "FIX. MY. INTERNET.", "Sort. It. Out."
    const DEMANDS: List = words!("fix sort give refund answer reply respond stop help pay");
    let demanded = fragments.windows(3).any(|three| {
        three.iter().all(|f| alone(f).is_some())
            && alone(three[0]).is_some_and(|first| among(DEMANDS, &first))
    });
    if demanded {
        return true;
    }
    // And a frequency stressed the same way: "Every. Single. Update.", "Every. Year."
    // ("logs me out every. single. time." puts "every" at the end of its fragment.)
    fragments.windows(2).any(|pair| {
        let Some(second) = alone(pair[1]) else {
            return false;
        };
        let every = words_of(pair[0]).last() == Some(&"every");
        // A figure or an ordinal: "Forty. Seven. Minutes.", "3rd. time."
        every
            || alone(pair[0]).is_some_and(|first| {
                let figure = as_digits(&first).trim_end_matches(|c: char| c.is_ascii_lowercase());
                !figure.is_empty()
                    && figure.bytes().all(|b| b.is_ascii_digit())
                    && among(UNITS, &second)
            })
    })
}

/// A number word as its digits ("ten" as "10"), so an echo matches the figure it repeats.
fn as_digits(word: &str) -> &str {
    const NUMBERS: &[(&str, &str)] = &[
        ("two", "2"),
        ("three", "3"),
        ("four", "4"),
        ("five", "5"),
        ("six", "6"),
        ("seven", "7"),
        ("eight", "8"),
        ("nine", "9"),
        ("ten", "10"),
        ("eleven", "11"),
        ("twelve", "12"),
        ("fifteen", "15"),
        ("third", "3rd"),
        ("fourth", "4th"),
        ("fifth", "5th"),
        ("sixth", "6th"),
        ("twenty", "20"),
        ("thirteen", "13"),
        ("fourteen", "14"),
        ("sixteen", "16"),
        ("seventeen", "17"),
        ("eighteen", "18"),
        ("nineteen", "19"),
        ("thirty", "30"),
        ("forty", "40"),
        ("fifty", "50"),
        ("sixty", "60"),
        ("ninety", "90"),
        ("hundred", "100"),
    ];
    NUMBERS
        .iter()
        .find(|(name, _)| *name == word)
        .map_or(word, |(_, digits)| digits)
}

/// A text sad face: ":(", ":-(", ":'(", ":/" (not the slash of a link).
fn has_sad_face(text: &str) -> bool {
    let bytes = text.as_bytes();
    bytes.windows(2).enumerate().any(|(i, w)| {
        w[0] == b':'
            && (w[1] == b'('
                || (w[1] == b'/' && bytes.get(i + 2).is_none_or(|b| b.is_ascii_whitespace()))
                || ((w[1] == b'-' || w[1] == b'\'') && bytes.get(i + 2) == Some(&b'(')))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    every_phrase_list_compiles!(
        UPSET,
        UPSET_INTENSE,
        UPSET_WEAK,
        UPSET_RECURRING,
        NOT_UPSET,
        PLEASED,
        POINTED,
        ACKNOWLEDGEMENT
    );

    fn how_upset(customer: &str) -> Upset {
        upset(&Draft::new(customer))
    }

    #[test]
    fn concern_is_a_feeling_only_when_someone_has_it() {
        let acks = |reply: &str| acknowledges(&Draft::new(reply));
        assert!(acks("I'm really concerned to hear the seat was taken."));
        assert!(acks("We are concerned about what happened at the gate."));
        assert!(!acks(
            "The best step is to raise it with the colleague concerned."
        ));
        assert!(!acks("I'm writing concerning your order from May."));
    }

    #[test]
    fn plain_upset_in_other_words() {
        for customer in [
            "What's the point of a loyalty card when you take the perks away!",
            "Whats the point of paying for next day",
            "This update is a total clusterfuck",
            "what a sh*tshow, my order vanished",
            "F*CK this app, it logged me out again",
            "Funny how I can't cancel but you can charge me",
            "This ludicrous fee appeared on my bill",
            "I'm shocked to find a hair in my salad",
            "My mum passed away and the account is still charging her",
            "the last update ruined it for me",
            "No one reads these forms anyway",
        ] {
            assert_eq!(how_upset(customer), Upset::Plain, "{customer}");
        }
    }

    #[test]
    fn weak_signs_in_other_words() {
        // A drawn-out word and a raised "?!" together; the 4th outage this month and a wait.
        for customer in [
            "whyyy is the app not working?!",
            "Internet down for the 4th time this month, been waiting all day",
            "🆘 can't log in again",
            // A groan beside a failure told again.
            "Ugh, the app logged me out again",
        ] {
            assert_eq!(how_upset(customer), Upset::Signs, "{customer}");
        }
    }

    #[test]
    fn puzzled_eager_or_warm_is_calm() {
        for customer in [
            // "??" and a single "?!" are as often puzzled or eager.
            "why can't I find the new album??",
            "is the deal online only or in store too?!",
            // "really" is warm as often as not.
            "I really don't understand why the colours look lighter",
            // One sign said twice is still one sign.
            "Ordered again, and again it came quickly",
            // Pointed praise beside nothing but a raised voice is praise.
            "Great job guys!!",
            "Great service as always!!",
            // "HELP desk" is a noun, not a call for help.
            "HELP desk number please",
            // Care for their own things is no loss: "don't want to ruin the colour".
            "How do I wash the merino jumper? Don't want to ruin the colour.",
            // A card statement's code in capitals is no censored swear.
            "there's a charge from 'PMT*SRV 0192' on my statement, is that you guys?",
        ] {
            assert_eq!(how_upset(customer), Upset::Calm, "{customer}");
        }
    }
}

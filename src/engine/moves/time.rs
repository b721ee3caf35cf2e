//! Time: a concrete time or deadline the customer can hold the agent to. A commitment
//! with one is kept or broken by the clock; one without is open-ended.

use crate::engine::pattern::Phrases;
use std::sync::LazyLock;

/// A concrete time or deadline: "within 24 hours", "by Friday", "tomorrow", "at 5 pm".
pub static CONCRETE_TIME: LazyLock<Phrases> = LazyLock::new(|| {
    Phrases::lines(lines![
        "within [the] [next] <num> minute*|min|hour*|day*|business|working|week*",
        "within [the|an|a|one|two|three|24|48|72] [business|working] minute|minutes|hour|hours|day|days|week|weeks",
        // Numbers in words: "in the next two hours", "within five working days".
        "in|within [the] [next] [a] one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|few|couple [of] [business|working] minute*|hour*|day*|week*",
        "in <num> minute*|min|hour*|day*|business|working|week*",
        // An estimate with its unit left off: "it should be with you in about 10".
        "in about|around|roughly <num>",
        // `<num>` cannot sit in an alternative list: one phrase for numbers, one for "few".
        "in [the] next <num> hour*|day*|minute*",
        "in [the] next few|couple hour*|day*|minute*",
        "in [the] next couple of hour*|day*|minute*",
        "by|before|on|until monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|tonight|noon|midday|midnight",
        "by|before|at|around|after <num>",
        // "It's due w/c 9 Sept", "the week commencing the 14th".
        "w/c <num>",
        "week commencing|beginning|starting [the|monday] <num>",
        // A time given as what it is: "your new departure time is 14:35", "ETA 3:10".
        "time|departure|arrival|eta|slot [is|will|of] [be] [now] <num>",
        // An estimate said as one: "current departure estimate is 7:15pm", "due at 7pm".
        "estimate|estimated|expected|due [is|will|of|at] [be] [now] <num>",
        "<num> am|pm|a.m|p.m",
        "by|before [the] end of [the] [business] day|today|week|month",
        "[by] end of day",
        // One word each: a phrase's elements are space-separated, so "this afternoon" must be
        // its own phrase (inside one alternative list it made all four words required).
        "eod|tomorrow|tonight|today",
        // "In tomorrow's update", "on tomorrow's first van" (not "today's feedback").
        "in|with|on|by tomorrow's|tonight's|today's",
        "this afternoon|evening|morning",
        // An estimate is a time too: "most likely this week", "later this week".
        "[later] this week|weekend",
        "monday|tuesday|wednesday|thursday|friday|saturday|sunday",
        "january|february|march|april|may|june|july|august|september|october|november|december <num>",
        "<num> [of] january|february|march|april|june|july|august|september|october|november|december",
        "<num> [business|working|more|extra] minute*|min|hour*|day*|week*",
        "within the hour",
        "next week|month|monday|tuesday|wednesday|thursday|friday",
        // A slot the agent fills with a time ("by [day]", "at {{time}}") is a time too.
        "by|before|at|on|until|around|within|after|from <slot:time*|day*|date*|hour*|deadline|eta|when|weekday|am|pm>",
        "by|before|until|on the <num>",
        // Their own date: "before your flight", "by the deadline".
        "by|before your|the deadline|flight|departure|appointment|trip|check-in|wedding|party|exam|interview|holiday|event",
        // A holiday is a date: "it should arrive before Christmas".
        "by|before|for|on|at|until|after christmas|xmas|easter|thanksgiving|halloween|diwali|eid",
    ])
});

#[cfg(test)]
mod tests {
    use super::*;

    every_phrase_list_compiles!(CONCRETE_TIME);
}

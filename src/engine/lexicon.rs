//! Word lists more than one check relies on, compiled once.

use super::pattern::Phrases;
use std::sync::LazyLock;

/// A concrete time or deadline: "within 24 hours", "by Friday", "tomorrow", "at 5 pm".
pub static CONCRETE_TIME: LazyLock<Phrases> = LazyLock::new(|| {
    Phrases::new(&[
        "within [the] [next] <num> minute*|hour*|day*|business|working|week*",
        "within [the|an|a|one|two|three|24|48|72] [business|working] minute|minutes|hour|hours|day|days|week|weeks",
        "in <num> minute*|hour*|day*|business|working|week*",
        "in [the] next <num>|few hour*|day*|minute*",
        "by|before|on|until monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|tonight|noon|midday|midnight",
        "by|before|at|around|after <num>",
        "<num> am|pm|a.m|p.m|a.m.|p.m.",
        "by|before [the] end of [the] [business] day|today|week|month",
        "[by] end of day",
        "eod|tomorrow|tonight|today|this afternoon|this evening|this morning",
        "monday|tuesday|wednesday|thursday|friday|saturday|sunday",
        "january|february|march|april|may|june|july|august|september|october|november|december <num>",
        "<num> [business|working] minute*|hour*|day*|week*",
        "within the hour",
        "next week|month|monday|tuesday|wednesday|thursday|friday",
        // A slot the agent fills with a time ("by [day]", "at {{time}}") is a time too.
        "by|before|at|on|until|around|within|after|from <slot>",
        "by|before|until the <num>",
    ])
});

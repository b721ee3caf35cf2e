//! The tiny template language every suite is written in, and the case/capability types.
//!
//! A template is text with `{a|b|c}` groups (no nesting; `{|x}` means "nothing or x"). It
//! expands to every combination, left to right, in a fixed order:
//! `"We {can't|cannot} {help|refund}"` gives four replies. Fillers that several templates
//! share live in `const` slices and go in with [`slot`]: `slot(PERSON)` is `{we|I|the team}`.
//! A filler must not contain `{`, `|` or `}`.

/// One generated case: a reply (and the customer's message, when the behaviour needs it)
/// and whether the check under test should flag it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Case {
    pub reply: String,
    pub customer: Option<String>,
    pub flags: bool,
}

/// One capability of one check: a name, what it tests, and its generated cases.
#[derive(Debug, Clone)]
pub struct Capability {
    pub name: &'static str,
    pub about: &'static str,
    pub cases: Vec<Case>,
}

/// Every expansion of `template`, in a deterministic order.
pub fn expand(template: &str) -> Vec<String> {
    let mut out = vec![String::new()];
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        let close = open
            + rest[open..]
                .find('}')
                .unwrap_or_else(|| panic!("unclosed {{ in template {template:?}"));
        let literal = &rest[..open];
        let alternatives: Vec<&str> = rest[open + 1..close].split('|').collect();
        out = out
            .iter()
            .flat_map(|done| {
                alternatives
                    .iter()
                    .map(move |alt| format!("{done}{literal}{alt}"))
            })
            .collect();
        rest = &rest[close + 1..];
    }
    out.into_iter().map(|done| done + rest).collect()
}

/// A filler list as one `{a|b|c}` group, to splice into a template with `format!`.
pub fn slot(fillers: &[&str]) -> String {
    for filler in fillers {
        assert!(
            !filler.contains(['{', '|', '}']),
            "filler {filler:?} holds template syntax"
        );
    }
    format!("{{{}}}", fillers.join("|"))
}

/// A neutral multi-paragraph email (nothing in it is a promise, refusal, reason, softener,
/// alternative, cause, hedge, guarantee or acknowledgement) with `{}` at several places:
/// the tested sentence is put at each place in turn.
const LONG_EMAILS: &[&str] = &[
    "Hi Jordan,\n\n{}\n\nYour account lists two orders this month, numbers 4471 and 4480. The first holds the blue jacket and the second holds two pairs of wool gloves.\n\nThe billing address on file is the one in Leeds.\n\nKind regards,\nMorgan",
    "Hi Jordan,\n\nYour account lists two orders this month, numbers 4471 and 4480. {} The first holds the blue jacket and the second holds two pairs of wool gloves.\n\nThe billing address on file is the one in Leeds.\n\nKind regards,\nMorgan",
    "Hi Jordan,\n\nYour account lists two orders this month, numbers 4471 and 4480. The first holds the blue jacket and the second holds two pairs of wool gloves.\n\nThe billing address on file is the one in Leeds. {}\n\nKind regards,\nMorgan",
    "Hi Jordan,\n\nYour account lists two orders this month, numbers 4471 and 4480. The first holds the blue jacket and the second holds two pairs of wool gloves.\n\nThe billing address on file is the one in Leeds.\n\n{}\n\nKind regards,\nMorgan",
];

impl Capability {
    pub fn new(name: &'static str, about: &'static str) -> Self {
        Capability {
            name,
            about,
            cases: Vec::new(),
        }
    }

    fn add(mut self, customer: Option<&str>, reply: &str, flags: bool) -> Self {
        let customers: Vec<Option<String>> = match customer {
            Some(customer) => expand(customer).into_iter().map(Some).collect(),
            None => vec![None],
        };
        for reply in expand(reply) {
            for customer in &customers {
                let case = Case {
                    reply: reply.clone(),
                    customer: customer.clone(),
                    flags,
                };
                if !self.cases.contains(&case) {
                    self.cases.push(case);
                }
            }
        }
        self
    }

    /// Every expansion of `reply` should be flagged.
    pub fn flags(self, reply: &str) -> Self {
        self.add(None, reply, true)
    }

    /// No expansion of `reply` should be flagged.
    pub fn quiet(self, reply: &str) -> Self {
        self.add(None, reply, false)
    }

    /// Every (customer, reply) pair of expansions should be flagged.
    pub fn flags_for(self, customer: &str, reply: &str) -> Self {
        self.add(Some(customer), reply, true)
    }

    /// No (customer, reply) pair of expansions should be flagged.
    pub fn quiet_for(self, customer: &str, reply: &str) -> Self {
        self.add(Some(customer), reply, false)
    }

    /// Each expansion of `sentence`, put at each place of a long neutral email, should be
    /// flagged (`flags`) or not, answering `customer` when given.
    pub fn in_long_email(mut self, customer: Option<&str>, sentence: &str, flags: bool) -> Self {
        for sentence in expand(sentence) {
            for email in LONG_EMAILS {
                let reply = email.replace("{}", &sentence);
                self = self.add(customer, &reply.replace(['{', '}', '|'], ""), flags);
            }
        }
        self
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn expands_every_combination_in_order() {
        assert_eq!(
            expand("We {can't|cannot} {help|refund}."),
            [
                "We can't help.",
                "We can't refund.",
                "We cannot help.",
                "We cannot refund."
            ]
        );
        assert_eq!(expand("no groups"), ["no groups"]);
        assert_eq!(expand("{|very }soon"), ["soon", "very soon"]);
        assert_eq!(slot(&["we", "I"]), "{we|I}");
    }
}

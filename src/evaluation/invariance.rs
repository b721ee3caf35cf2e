//! Invariance on real replies (CheckList's INV tests, on the corpus rather than on
//! templates): each perturbation rewrites every reply, and the customer's message where it
//! keeps its feeling, in a way that keeps what the reply does: apostrophes dropped as on a
//! phone, texting shorthand, contractions expanded or made, the other spelling, the
//! greeting, the handles or a sign-off, "we" as "I", one sentence a line, the customer's
//! message in lower case (its shouted words kept) or signed off with "Thanks.". A check whose findings move under one has
//! learned how the corpus's replies are typed, not what they do; no label is needed to see it.

use super::{warned_checks, Item, Part};
use crate::engine::{self, Config};
use std::collections::BTreeMap;
use std::fmt::Write;

/// A rewrite that keeps what a reply does, and what it rewrites: the reply, the customer's
/// message too (a greeting added to it, or its lines split, would change what it is), or
/// only the customer's message.
struct Perturbation {
    name: &'static str,
    apply: fn(&str) -> String,
    to: Rewrites,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Rewrites {
    Reply,
    Both,
    Customer,
}

const PERTURBATIONS: &[Perturbation] = &[
    Perturbation {
        name: "apostrophes dropped",
        apply: apostrophes_dropped,
        to: Rewrites::Both,
    },
    Perturbation {
        name: "straight apostrophes",
        apply: |t| t.replace('’', "'"),
        to: Rewrites::Both,
    },
    Perturbation {
        name: "curly apostrophes",
        apply: |t| t.replace('\'', "’"),
        to: Rewrites::Both,
    },
    Perturbation {
        name: "texting shorthand",
        apply: |t| swap_words(t, &[("you", "u"), ("your", "ur"), ("please", "pls")]),
        to: Rewrites::Both,
    },
    Perturbation {
        name: "contractions expanded",
        apply: contractions_expanded,
        to: Rewrites::Both,
    },
    Perturbation {
        name: "contractions made",
        apply: |t| {
            swap_words(
                t,
                &[
                    ("we will", "we'll"),
                    ("We will", "We'll"),
                    ("I will", "I'll"),
                    ("will not", "won't"),
                    ("do not", "don't"),
                    ("does not", "doesn't"),
                    ("cannot", "can't"),
                    ("is not", "isn't"),
                    ("are not", "aren't"),
                    ("we are", "we're"),
                    ("We are", "We're"),
                ],
            )
        },
        to: Rewrites::Both,
    },
    Perturbation {
        name: "British spelling",
        apply: |t| swap_spelling(t, false),
        to: Rewrites::Both,
    },
    Perturbation {
        name: "American spelling",
        apply: |t| swap_spelling(t, true),
        to: Rewrites::Both,
    },
    Perturbation {
        name: "handles removed",
        apply: |t| handles_split(t).1.to_string(),
        to: Rewrites::Reply,
    },
    Perturbation {
        name: "greeting added",
        apply: |t| {
            let (handles, rest) = handles_split(t);
            format!("{handles}Hi there! {rest}")
        },
        to: Rewrites::Reply,
    },
    Perturbation {
        name: "we as I",
        apply: |t| {
            swap_words(
                t,
                &[
                    ("We're", "I'm"),
                    ("we're", "I'm"),
                    ("We’re", "I’m"),
                    ("we’re", "I’m"),
                    ("We", "I"),
                    ("we", "I"),
                    ("us", "me"),
                    ("Our", "My"),
                    ("our", "my"),
                ],
            )
        },
        to: Rewrites::Reply,
    },
    Perturbation {
        name: "sign-off added",
        apply: |t| format!("{} ^AB", t.trim_end()),
        to: Rewrites::Reply,
    },
    Perturbation {
        // "Worst service ever" as "worst service ever": shouted words stay shouted.
        name: "customer in lower case",
        apply: |t| {
            t.split(' ')
                .map(|w| {
                    let shouted = w.chars().filter(|c| c.is_uppercase()).count() > 1;
                    if shouted {
                        w.to_string()
                    } else {
                        w.to_lowercase()
                    }
                })
                .collect::<Vec<_>>()
                .join(" ")
        },
        to: Rewrites::Customer,
    },
    Perturbation {
        // "... get it sorted Thanks.": a sign-off, its stop left out, keeps the feeling.
        name: "customer signs off",
        apply: |t| format!("{} Thanks.", t.trim_end()),
        to: Rewrites::Customer,
    },
    Perturbation {
        name: "a line per sentence",
        apply: |t| {
            t.replace(". ", ".\n")
                .replace("! ", "!\n")
                .replace("? ", "?\n")
        },
        to: Rewrites::Reply,
    },
];

/// Pairs of spellings, British first.
const SPELLINGS: &[(&str, &str)] = &[
    ("apologise", "apologize"),
    ("realise", "realize"),
    ("prioritise", "prioritize"),
    ("organisation", "organization"),
    ("centre", "center"),
    ("cancelled", "canceled"),
    ("favour", "favor"),
    ("behaviour", "behavior"),
    ("colour", "color"),
];

/// "we're" as "were", "don't" as "dont": an apostrophe between two letters dropped.
fn apostrophes_dropped(text: &str) -> String {
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len());
    for (i, &c) in chars.iter().enumerate() {
        let inner = i > 0
            && chars[i - 1].is_alphabetic()
            && chars.get(i + 1).is_some_and(|n| n.is_alphabetic());
        if !((c == '\'' || c == '’') && inner) {
            out.push(c);
        }
    }
    out
}

fn contractions_expanded(text: &str) -> String {
    let text = text.replace('’', "'");
    [
        ("won't", "will not"),
        ("Won't", "Will not"),
        ("can't", "cannot"),
        ("Can't", "Cannot"),
        ("n't", " not"),
        ("'ll", " will"),
        ("'re", " are"),
        ("'ve", " have"),
        ("I'm", "I am"),
    ]
    .iter()
    .fold(text, |t, (from, to)| t.replace(from, to))
}

fn swap_spelling(text: &str, to_american: bool) -> String {
    SPELLINGS
        .iter()
        .fold(text.to_string(), |t, &(british, american)| {
            if to_american {
                t.replace(british, american)
            } else {
                t.replace(american, british)
            }
        })
}

/// The leading `@handles` (with their spaces) and the rest.
fn handles_split(text: &str) -> (&str, &str) {
    let mut rest = text;
    while rest.starts_with('@') {
        let end = rest.find(char::is_whitespace).unwrap_or(rest.len());
        rest = rest[end..].trim_start();
    }
    text.split_at(text.len() - rest.len())
}

/// Each whole-word (or whole-phrase) occurrence of a pair's first side replaced by its
/// second, as typed (case-sensitive): "you" in "your" or "young" stays.
fn swap_words(text: &str, pairs: &[(&str, &str)]) -> String {
    let is_word = |c: Option<char>| c.is_some_and(|c| c.is_alphanumeric() || c == '\'');
    let mut out = String::with_capacity(text.len());
    let mut at = 0;
    'text: while at < text.len() {
        let rest = &text[at..];
        let before = text[..at].chars().next_back();
        if !is_word(before) {
            for (from, to) in pairs {
                if rest.starts_with(from) && !is_word(rest[from.len()..].chars().next()) {
                    out.push_str(to);
                    at += from.len();
                    continue 'text;
                }
            }
        }
        let c = rest.chars().next().expect("within the text");
        out.push(c);
        at += c.len_utf8();
    }
    out
}

/// What one perturbation moved: findings (warnings and errors, one per check and reply)
/// lost and gained, by check.
#[derive(Debug, Default, serde::Serialize)]
pub struct Moved {
    pub perturbation: &'static str,
    /// Replies the perturbation changed at all.
    pub replies_changed: usize,
    pub lost: BTreeMap<&'static str, usize>,
    pub gained: BTreeMap<&'static str, usize>,
    /// The changed rows of the tuned part whose findings moved (`--misses`).
    #[serde(skip)]
    pub rows: Vec<String>,
}

/// The checks that warn on a reply (warnings and errors).
fn warned(reply: &str, customer: Option<&str>, config: &Config) -> Vec<&'static str> {
    warned_checks(&engine::check(reply, customer, config))
}

/// Each perturbation applied to every reply of `part`, and what it moved.
pub fn invariance(items: &[Item], part: Part, config: &Config) -> Vec<Moved> {
    let items: Vec<&Item> = items.iter().filter(|i| part.holds(&i.id)).collect();
    let before: Vec<Vec<&'static str>> = items
        .iter()
        .map(|i| warned(&i.reply, i.customer.as_deref(), config))
        .collect();
    PERTURBATIONS
        .iter()
        .map(|p| {
            let mut moved = Moved {
                perturbation: p.name,
                ..Moved::default()
            };
            for (item, before) in items.iter().zip(&before) {
                let reply = match p.to {
                    Rewrites::Customer => item.reply.clone(),
                    _ => (p.apply)(&item.reply),
                };
                let customer = match &item.customer {
                    Some(c) if p.to != Rewrites::Reply => Some((p.apply)(c)),
                    other => other.clone(),
                };
                if reply == item.reply && customer == item.customer {
                    continue;
                }
                moved.replies_changed += 1;
                let after = warned(&reply, customer.as_deref(), config);
                let lost: Vec<_> = before.iter().filter(|c| !after.contains(c)).collect();
                let gained: Vec<_> = after.iter().filter(|c| !before.contains(c)).collect();
                for check in &lost {
                    *moved.lost.entry(check).or_default() += 1;
                }
                for check in &gained {
                    *moved.gained.entry(check).or_default() += 1;
                }
                if (!lost.is_empty() || !gained.is_empty()) && Part::of(&item.id) == Part::Tuned {
                    moved.rows.push(format!(
                        "MOVED {} {}: lost {lost:?}, gained {gained:?}: {reply:?}",
                        p.name, item.id
                    ));
                }
            }
            moved
        })
        .collect()
}

/// The invariance table: one line per perturbation.
pub fn table(part: Part, moved: &[Moved]) -> String {
    let by_check = |counts: &BTreeMap<&str, usize>| {
        let total: usize = counts.values().sum();
        let each: Vec<String> = counts.iter().map(|(c, n)| format!("{c} {n}")).collect();
        if each.is_empty() {
            total.to_string()
        } else {
            format!("{total} ({})", each.join(", "))
        }
    };
    let mut out = format!(
        "part: {}\n{:<22} {:>8}  findings lost / gained\n",
        part.name(),
        "perturbation",
        "replies"
    );
    for m in moved {
        let _ = writeln!(
            out,
            "{:<22} {:>8}  {} / {}",
            m.perturbation,
            m.replies_changed,
            by_check(&m.lost),
            by_check(&m.gained)
        );
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn perturbations_rewrite_only_what_they_name() {
        assert_eq!(
            apostrophes_dropped("We’ll check, 'quoted' don't"),
            "Well check, 'quoted' dont"
        );
        assert_eq!(
            swap_words("you, your young you", &[("you", "u"), ("your", "ur")]),
            "u, ur young u"
        );
        assert_eq!(
            contractions_expanded("We won’t, can't, don't; we'll"),
            "We will not, cannot, do not; we will"
        );
        assert_eq!(handles_split("@user @b Hi"), ("@user @b ", "Hi"));
        assert_eq!(handles_split("Hi @user"), ("", "Hi @user"));
        assert_eq!(
            swap_spelling("We apologize, it was canceled", false),
            "We apologise, it was cancelled"
        );
    }

    #[test]
    fn findings_kept_are_not_counted_and_findings_moved_are() {
        let item = |id: &str, reply: &str| Item {
            id: id.to_string(),
            customer: Some("This is the WORST service!!!".to_string()),
            reply: reply.to_string(),
            labels: vec!["clean".to_string()],
        };
        let items = [
            item("a", "@user We'll get back to you soon."),
            item(
                "b",
                "@user We’re sorry, we can't change the address because the parcel has shipped.",
            ),
            // A promise missing its verb, its apostrophe dropped, reads as "well": not yet
            // read ("well back to you").
            item("c", "@user Send us a DM and we'll back to you soon."),
        ];
        let moved = invariance(&items, Part::All, &Config::default());
        let dropped = &moved[0];
        assert_eq!(dropped.perturbation, "apostrophes dropped");
        assert_eq!(dropped.replies_changed, 3);
        assert_eq!(dropped.lost, BTreeMap::from([("vague-promise", 1)]));
        assert!(dropped.gained.is_empty());
        let greeting = moved.iter().find(|m| m.perturbation == "greeting added");
        let greeting = greeting.expect("a greeting perturbation");
        assert_eq!(greeting.replies_changed, 3);
        assert!(greeting.lost.is_empty() && greeting.gained.is_empty());
    }
}

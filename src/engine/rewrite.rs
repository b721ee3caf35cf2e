//! Applying a rewrite: a pure function from text to text.

use super::report::Edit;
use crate::engine::unicode;
use std::fmt;
use std::ops::Range;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RewriteError {
    pub edit: Edit,
    pub text_len: usize,
}

impl fmt::Display for RewriteError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "the rewrite's range {}..{} does not fit this text ({} bytes): the draft changed since it was checked",
            self.edit.start, self.edit.end, self.text_len
        )
    }
}

impl std::error::Error for RewriteError {}

/// The text with `edit` applied. Fails, leaving nothing changed, when the range does not lie
/// on char boundaries inside the text (for example when the draft changed meanwhile).
pub fn apply(text: &str, edit: &Edit) -> Result<String, RewriteError> {
    let fits = edit.start <= edit.end
        && edit.end <= text.len()
        && text.is_char_boundary(edit.start)
        && text.is_char_boundary(edit.end);
    if !fits {
        return Err(RewriteError {
            edit: edit.clone(),
            text_len: text.len(),
        });
    }
    let mut out = String::with_capacity(text.len() + edit.replacement.len());
    out.push_str(&text[..edit.start]);
    out.push_str(&edit.replacement);
    out.push_str(&text[edit.end..]);
    Ok(out)
}

/// Byte ranges of fill-in placeholders: `[option A]`, `[time]`, `{{name}}`, `{name}`, `<NAME>`.
/// A markdown link's `[text](url)` is not one.
pub fn placeholders(text: &str) -> Vec<Range<usize>> {
    let mut found = Vec::new();
    let bytes = text.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        let Some(opening) = next_opening_bracket(bytes, i) else {
            break;
        };
        i = opening;
        let (open, close) = match bytes[i] {
            b'[' => ("[", "]"),
            b'{' if bytes.get(i + 1) == Some(&b'{') => ("{{", "}}"),
            b'{' => ("{", "}"),
            b'<' => ("<", ">"),
            _ => {
                i += 1;
                continue;
            }
        };
        let inner_start = i + open.len();
        // A placeholder's inside is at most 40 bytes, so the close is looked for only that
        // far (searching the whole rest of the text for each bracket was quadratic).
        let window = &bytes[inner_start..(inner_start + 40 + close.len()).min(bytes.len())];
        let Some(len) = window
            .windows(close.len())
            .position(|w| w == close.as_bytes())
        else {
            i += 1;
            continue;
        };
        let inner = &text[inner_start..inner_start + len];
        let end = inner_start + len + close.len();
        let is_link = open == "[" && text[end..].starts_with('(');
        // A step of a menu path, named as the screen shows it: "Settings > [your name] >
        // Subscriptions" is the label a phone shows there, not a gap to fill.
        let in_menu_path = open == "["
            && text[..i].trim_end().ends_with('>')
            && text[end..].trim_start().starts_with('>');
        let shaped = !inner.trim().is_empty()
            && inner.len() <= 40
            && !inner
                .bytes()
                .any(|b| matches!(b, b'\n' | b'\r' | b'[' | b'{' | b'<' | b'>' | b'}' | b']'))
            && inner.chars().any(unicode::is_alphabetic)
            // <b> and </p> are markup, not placeholders: angle ones must be upper-case.
            && (open != "<" || inner.chars().all(|c| unicode::is_uppercase(c) || c == '_' || c == ' '));
        if shaped && !is_link && !in_menu_path {
            found.push(i..end);
            i = end;
        } else {
            i += 1;
        }
    }
    found
}

/// The index of the next `[`, `{` or `<` from `from` on. Both checks that look for
/// placeholders scan the whole draft on every keystroke, so eight bytes are tested at a time
/// (a bracket is rare in a reply).
fn next_opening_bracket(bytes: &[u8], from: usize) -> Option<usize> {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGHS: u64 = 0x8080_8080_8080_8080;
    // Non-zero when some byte of `word` equals `b` (the classic "has zero byte" test).
    let has = |word: u64, b: u8| {
        let x = word ^ (ONES * u64::from(b));
        x.wrapping_sub(ONES) & !x & HIGHS
    };
    let is_opening = |b: &u8| matches!(b, b'[' | b'{' | b'<');
    let mut at = from;
    for chunk in bytes[from..].chunks_exact(8) {
        let word = u64::from_le_bytes(chunk.try_into().expect("eight bytes"));
        if has(word, b'[') | has(word, b'{') | has(word, b'<') != 0 {
            return chunk.iter().position(is_opening).map(|i| at + i);
        }
        at += 8;
    }
    bytes[at..].iter().position(is_opening).map(|i| at + i)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn edit(start: usize, end: usize, replacement: &str) -> Edit {
        Edit {
            start,
            end,
            replacement: replacement.to_string(),
        }
    }

    #[test]
    fn applies_replacement_and_insertion() {
        assert_eq!(
            apply("back soon.", &edit(5, 9, "by 5 pm")).unwrap(),
            "back by 5 pm."
        );
        assert_eq!(
            apply("Hi.", &edit(3, 3, " Thanks.")).unwrap(),
            "Hi. Thanks."
        );
    }

    #[test]
    fn refuses_ranges_off_char_boundaries_or_outside() {
        assert!(apply("é", &edit(1, 2, "x")).is_err());
        assert!(apply("ab", &edit(1, 3, "x")).is_err());
        assert!(apply("ab", &edit(2, 1, "x")).is_err());
    }

    #[test]
    fn the_bracket_scan_agrees_with_a_byte_by_byte_one() {
        let text = "ab\u{e9}c[d{é<\u{1F600}x]yz{{w}}0123456789<NAME>";
        for from in 0..=text.len() {
            let expected = text.as_bytes()[from..]
                .iter()
                .position(|b| matches!(b, b'[' | b'{' | b'<'))
                .map(|i| from + i);
            assert_eq!(
                next_opening_bracket(text.as_bytes(), from),
                expected,
                "{from}"
            );
        }
        assert_eq!(next_opening_bracket(b"0123456789abcdefg", 0), None);
    }

    #[test]
    fn finds_placeholders_but_not_links_or_markup() {
        let text = "Hi {{name}}, by [time] or <NAME>; see [docs](http://x) and <b>.";
        let found: Vec<_> = placeholders(text).into_iter().map(|r| &text[r]).collect();
        assert_eq!(found, ["{{name}}", "[time]", "<NAME>"]);
    }
}

//! JSON without a serializer in the wasm: the escaping the reports write with, and a small
//! reader for settings files that knows, at every error, which field it was reading.
//! (serde_json and its derives cost the download about 10 KB gzip; a house style is a
//! handful of fields.)

use std::fmt::Write;

/// Appends `text` as a JSON string, escaped as serde_json escapes it: quote, backslash and
/// control characters below U+0020; everything else as it is.
pub fn write_string(json: &mut String, text: &str) {
    write_quoted(json, text, |json, c| match c {
        '\u{8}' => json.push_str("\\b"),
        '\u{c}' => json.push_str("\\f"),
        c if (c as u32) < 0x20 => {
            let _ = write!(json, "\\u{:04x}", c as u32);
        }
        c => json.push(c),
    });
}

/// `text` in double quotes, escaped as serde writes a string into its error messages
/// (Rust's `{:?}`, without the Unicode tables that decide which other characters it
/// escapes): control characters as `\0` or `\u{..}`.
fn quoted(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 2);
    write_quoted(&mut out, text, |out, c| match c {
        '\0' => out.push_str("\\0"),
        c => {
            let _ = write!(out, "\\u{{{:x}}}", c as u32);
        }
    });
    out
}

/// `text` in double quotes with its quotes, backslashes, line breaks and tabs escaped, and
/// every other control character written by `control`.
fn write_quoted(out: &mut String, text: &str, control: impl Fn(&mut String, char)) {
    out.push('"');
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c.is_control() => control(out, c),
            c => out.push(c),
        }
    }
    out.push('"');
}

/// Appends `items` in `brackets` ("[]" or "{}") as serde_json's pretty printer lays them
/// out inside `depth` levels of two-space indent: `[]` when there are none, else one item a
/// line, each written by `write`.
pub fn write_block<T>(
    json: &mut String,
    brackets: &str,
    depth: usize,
    items: impl IntoIterator<Item = T>,
    mut write: impl FnMut(&mut String, T),
) {
    let (open, close) = brackets.split_at(1);
    json.push_str(open);
    let mut empty = true;
    for item in items {
        json.push_str(if empty { "\n" } else { ",\n" });
        json.push_str(&"  ".repeat(depth + 1));
        write(json, item);
        empty = false;
    }
    if !empty {
        json.push('\n');
        json.push_str(&"  ".repeat(depth));
    }
    json.push_str(close);
}

/// Why a document was refused: where the reader was (a syntax error) or what a value was
/// (a wrong type), in serde_json's words, so messages read as they always have.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Error {
    /// Malformed JSON: the message ends with " at line L column C".
    Syntax(String),
    /// Well-formed JSON holding the wrong thing.
    Data(String),
}

/// A JSON value as read, for messages about the wrong type: "string \"x\"", "integer `7`".
pub enum Found {
    Null,
    Bool(bool),
    Number(String),
    String(String),
    Array,
    Object,
}

impl Found {
    /// serde's "invalid type" message for this value where `expected` was wanted.
    pub fn invalid(&self, expected: &str) -> Error {
        let found = match self {
            Found::Null => "null".to_string(),
            Found::Bool(b) => format!("boolean `{b}`"),
            Found::Number(n) if n.bytes().any(|b| matches!(b, b'.' | b'e' | b'E')) => {
                format!("floating point `{n}`")
            }
            Found::Number(n) => format!("integer `{n}`"),
            Found::String(s) => format!("string {}", quoted(s)),
            Found::Array => "sequence".to_string(),
            Found::Object => "map".to_string(),
        };
        Error::Data(format!("invalid type: {found}, expected {expected}"))
    }
}

/// Reads one JSON document front to back. The caller asks for what it expects next
/// (`object`, `array`, `string`, ...) and reads nested values from inside the callbacks,
/// so it always knows the path of the value being read.
pub struct Reader<'a> {
    text: &'a str,
    at: usize,
}

impl<'a> Reader<'a> {
    pub fn new(text: &'a str) -> Self {
        Reader { text, at: 0 }
    }

    /// A syntax error here, with the line and column serde_json gives: where reading stopped,
    /// the offending character read (columns in bytes).
    pub fn syntax(&self, what: &str) -> Error {
        let mut read = (self.at + 1).min(self.text.len());
        while !self.text.is_char_boundary(read) {
            read += 1;
        }
        let before = &self.text[..read];
        let line = before.bytes().filter(|&b| b == b'\n').count() + 1;
        let column = read
            - before
                .bytes()
                .rposition(|b| b == b'\n')
                .map_or(0, |i| i + 1);
        Error::Syntax(format!("{what} at line {line} column {column}"))
    }

    fn skip_whitespace(&mut self) {
        let rest = &self.text[self.at..];
        self.at += rest.len() - rest.trim_start_matches([' ', '\t', '\n', '\r']).len();
    }

    fn peek(&mut self) -> Option<u8> {
        self.skip_whitespace();
        self.text.as_bytes().get(self.at).copied()
    }

    /// Whether only whitespace is left.
    fn at_end(&mut self) -> bool {
        self.peek().is_none()
    }

    /// Fails with serde_json's message for text after the document.
    pub fn end(&mut self) -> Result<(), Error> {
        if self.at_end() {
            Ok(())
        } else {
            Err(self.syntax("trailing characters"))
        }
    }

    /// Reads an object, calling `field` with each key; `field` must read the key's value.
    /// Anything but an object is `Found` for the caller's message.
    pub fn object<E: From<Error>>(
        &mut self,
        field: &mut dyn FnMut(&mut Self, String) -> Result<(), E>,
    ) -> Result<Result<(), Found>, E> {
        const EOF: &str = "EOF while parsing an object";
        if !self.open(b'{') {
            return Ok(Err(self.scalar()?));
        }
        let mut first = true;
        while self.more(first, b'}', EOF, "expected `,` or `}`")? {
            first = false;
            match self.peek() {
                Some(b'"') => {}
                None => return Err(self.syntax(EOF).into()),
                Some(_) => return Err(self.syntax("key must be a string").into()),
            }
            let key = self.raw_string()?;
            match self.peek() {
                Some(b':') => self.at += 1,
                None => return Err(self.syntax(EOF).into()),
                Some(_) => return Err(self.syntax("expected `:`").into()),
            }
            field(self, key)?;
        }
        Ok(Ok(()))
    }

    /// Reads an array, calling `item` with each index; `item` must read the value.
    pub fn array<E: From<Error>>(
        &mut self,
        item: &mut dyn FnMut(&mut Self, usize) -> Result<(), E>,
    ) -> Result<Result<(), Found>, E> {
        const EOF: &str = "EOF while parsing a list";
        if !self.open(b'[') {
            return Ok(Err(self.scalar()?));
        }
        let mut index = 0;
        while self.more(index == 0, b']', EOF, "expected `,` or `]`")? {
            if self.peek().is_none() {
                return Err(self.syntax(EOF).into());
            }
            item(self, index)?;
            index += 1;
        }
        Ok(Ok(()))
    }

    /// Steps into the object or array that `open` starts, if that is what comes next.
    fn open(&mut self, open: u8) -> bool {
        let opens = self.peek() == Some(open);
        self.at += usize::from(opens);
        opens
    }

    /// Before each member of an object or array: whether one follows, or `close` ends it.
    /// Members after the `first` need a comma before them.
    fn more<E: From<Error>>(
        &mut self,
        first: bool,
        close: u8,
        eof: &str,
        expected: &str,
    ) -> Result<bool, E> {
        match self.peek() {
            Some(c) if c == close => {
                self.at += 1;
                Ok(false)
            }
            _ if first => Ok(true),
            Some(b',') => {
                self.at += 1;
                if self.peek() == Some(close) {
                    return Err(self.syntax("trailing comma").into());
                }
                Ok(true)
            }
            None => Err(self.syntax(eof).into()),
            Some(_) => Err(self.syntax(expected).into()),
        }
    }

    /// Reads a string; anything else is `Found`.
    pub fn string(&mut self) -> Result<Result<String, Found>, Error> {
        match self.peek() {
            Some(b'"') => self.raw_string().map(Ok),
            _ => self.value().map(Err),
        }
    }

    /// Reads and returns any value, for a message about it (nested values are read through).
    pub fn value(&mut self) -> Result<Found, Error> {
        match self.peek() {
            Some(b'{') => {
                self.object(&mut |reader, _| reader.value().map(drop))?.ok();
                Ok(Found::Object)
            }
            Some(b'[') => {
                self.array(&mut |reader, _| reader.value().map(drop))?.ok();
                Ok(Found::Array)
            }
            _ => self.scalar(),
        }
    }

    /// A value that is not an object or an array. (An object or array met here is read
    /// through by `value`.)
    fn scalar(&mut self) -> Result<Found, Error> {
        let rest = &self.text[self.at.min(self.text.len())..];
        let word = |w: &str| rest.starts_with(w);
        let found = match rest.as_bytes().first() {
            None => return Err(self.syntax("EOF while parsing a value")),
            Some(b'"') => return self.raw_string().map(Found::String),
            Some(b'{' | b'[') => return self.value(),
            Some(b't') if word("true") => (Found::Bool(true), 4),
            Some(b'f') if word("false") => (Found::Bool(false), 5),
            Some(b'n') if word("null") => (Found::Null, 4),
            Some(b't' | b'f' | b'n') => {
                // A word begun and broken off: serde_json reads up to where it differs.
                let whole = ["true", "false", "null"]
                    .into_iter()
                    .find(|w| w.as_bytes()[0] == rest.as_bytes()[0])
                    .unwrap_or("");
                let same = whole
                    .bytes()
                    .zip(rest.bytes())
                    .take_while(|(a, b)| a == b)
                    .count();
                self.at += same;
                return Err(self.syntax("expected ident"));
            }
            Some(b'-' | b'0'..=b'9') => {
                let len = rest
                    .find(|c: char| {
                        !(c.is_ascii_digit() || matches!(c, '-' | '+' | '.' | 'e' | 'E'))
                    })
                    .unwrap_or(rest.len());
                let number = &rest[..len];
                if !is_number(number) {
                    return Err(self.syntax("invalid number"));
                }
                (Found::Number(number.to_string()), len)
            }
            Some(_) => return Err(self.syntax("expected value")),
        };
        self.at += found.1;
        Ok(found.0)
    }

    /// A string starting at the reader (at its opening quote), unescaped.
    fn raw_string(&mut self) -> Result<String, Error> {
        self.at += 1;
        let mut text = String::new();
        loop {
            let rest = &self.text[self.at..];
            let plain = rest
                .find(|c: char| c == '"' || c == '\\' || (c as u32) < 0x20)
                .unwrap_or(rest.len());
            text.push_str(&rest[..plain]);
            self.at += plain;
            match self.text.as_bytes().get(self.at) {
                None => return Err(self.syntax("EOF while parsing a string")),
                Some(b'"') => {
                    self.at += 1;
                    return Ok(text);
                }
                Some(b'\\') => {
                    self.at += 1;
                    let escaped = self.escape()?;
                    text.push(escaped);
                }
                Some(_) => {
                    return Err(self.syntax(
                        "control character (\\u0000-\\u001F) found while parsing a string",
                    ))
                }
            }
        }
    }

    /// The character an escape stands for, the reader just past its backslash.
    fn escape(&mut self) -> Result<char, Error> {
        let Some(&byte) = self.text.as_bytes().get(self.at) else {
            return Err(self.syntax("EOF while parsing a string"));
        };
        self.at += 1;
        Ok(match byte {
            b'"' => '"',
            b'\\' => '\\',
            b'/' => '/',
            b'b' => '\u{8}',
            b'f' => '\u{c}',
            b'n' => '\n',
            b'r' => '\r',
            b't' => '\t',
            b'u' => {
                let high = self.hex4()?;
                if !(0xD800..0xDC00).contains(&high) {
                    return char::from_u32(high)
                        .ok_or_else(|| self.syntax("lone trailing surrogate in hex escape"));
                }
                if !self.text[self.at..].starts_with("\\u") {
                    return Err(self.syntax("unexpected end of hex escape"));
                }
                self.at += 2;
                let low = self.hex4()?;
                if !(0xDC00..0xE000).contains(&low) {
                    return Err(self.syntax("lone leading surrogate in hex escape"));
                }
                char::from_u32(0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00))
                    .ok_or_else(|| self.syntax("invalid unicode code point"))?
            }
            _ => {
                self.at -= 1;
                return Err(self.syntax("invalid escape"));
            }
        })
    }

    fn hex4(&mut self) -> Result<u32, Error> {
        let digits = self
            .text
            .get(self.at..self.at + 4)
            .filter(|d| d.bytes().all(|b| b.is_ascii_hexdigit()));
        let Some(digits) = digits else {
            return Err(self.syntax("invalid escape"));
        };
        self.at += 4;
        // Folded by hand: `from_str_radix(..).expect` links `ParseIntError`'s Debug
        // formatting into the wasm.
        Ok(digits
            .chars()
            .fold(0, |n, c| n << 4 | c.to_digit(16).unwrap_or(0)))
    }
}

/// JSON's number grammar: `-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?`. (Checked by
/// hand: parsing it as a float would link the float parser and its tables, ~8 KB.)
fn is_number(text: &str) -> bool {
    let digits = |s: &str| s.len() - s.trim_start_matches(|c: char| c.is_ascii_digit()).len();
    let rest = text.strip_prefix('-').unwrap_or(text);
    let whole = digits(rest);
    if whole == 0 || (whole > 1 && rest.starts_with('0')) {
        return false;
    }
    let mut rest = &rest[whole..];
    if let Some(fraction) = rest.strip_prefix('.') {
        let n = digits(fraction);
        if n == 0 {
            return false;
        }
        rest = &fraction[n..];
    }
    if let Some(exponent) = rest.strip_prefix(['e', 'E']) {
        let exponent = exponent.strip_prefix(['+', '-']).unwrap_or(exponent);
        let n = digits(exponent);
        return n > 0 && n == exponent.len();
    }
    rest.is_empty()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn strings(json: &str) -> Result<Vec<String>, Error> {
        let mut reader = Reader::new(json);
        let mut out = Vec::new();
        reader
            .array(&mut |r, _| {
                out.push(r.string()?.map_err(|found| found.invalid("a string"))?);
                Ok(())
            })?
            .map_err(|found| found.invalid("a sequence"))?;
        reader.end()?;
        Ok(out)
    }

    #[test]
    fn reads_what_serde_json_reads() {
        for json in [
            r#"["a", "b\"c", "\\", "\u00e9\ud83d\ude00", "tab\there", "/\/"]"#,
            "[]",
            " [ \"x\" ] \n",
            r#"["à l'heure 😀"]"#,
        ] {
            let ours = strings(json).unwrap();
            let theirs: Vec<String> = serde_json::from_str(json).unwrap();
            assert_eq!(ours, theirs, "{json}");
        }
    }

    #[test]
    fn refuses_what_serde_json_refuses_with_the_same_message() {
        let mut mismatches = Vec::new();
        for json in [
            "[",
            "[\"a\"",
            "[\"a\",]",
            "[\"a\" \"b\"]",
            "[1]",
            "[\"a\"] x",
            "\"x\"",
            // A string where a list was wanted is quoted back as serde quotes it.
            r#""a\"b\\c\nd\u0001\u0000 é 😀""#,
            "[\"\\q\"]",
            "[\"a\nb\"]",
            "[\"\\ud800\"]",
            "[tru]",
            "{}",
            "[{\"a\":1}]",
        ] {
            let ours = strings(json).unwrap_err();
            let theirs = serde_json::from_str::<Vec<String>>(json).unwrap_err();
            let message = match &ours {
                Error::Syntax(m) => m.clone(),
                // serde_json appends where a wrong value ends; ours leaves it to the caller.
                Error::Data(m) => format!(
                    "{m}{}",
                    &theirs.to_string()[theirs.to_string().rfind(" at line").unwrap()..]
                ),
            };
            mismatches.extend(
                (message != theirs.to_string())
                    .then(|| format!("{json}: ours {message:?}, serde_json {theirs}")),
            );
        }
        assert!(mismatches.is_empty(), "{mismatches:#?}");
    }

    fn map(json: &str) -> Result<Vec<(String, String)>, Error> {
        let mut reader = Reader::new(json);
        let mut out = Vec::new();
        reader
            .object(&mut |r, key| {
                out.push((key, r.string()?.map_err(|found| found.invalid("a string"))?));
                Ok(())
            })?
            .map_err(|found| found.invalid("a map"))?;
        reader.end()?;
        Ok(out)
    }

    #[test]
    fn objects_break_where_serde_json_says() {
        let mut mismatches = Vec::new();
        for json in [
            "{",
            "{\"a\"",
            "{\"a\":",
            "{\"a\" 1}",
            "{\"a\":\"b\",}",
            "{1:2}",
            "{\"a\":\"b\" \"c\"}",
            "{\"a\":\"b\"} {}",
            "\n\n  {\"a\": nul}",
        ] {
            let ours = map(json).unwrap_err();
            let theirs = serde_json::from_str::<std::collections::BTreeMap<String, String>>(json)
                .unwrap_err();
            let Error::Syntax(message) = ours else {
                panic!("{json}: {ours:?}")
            };
            mismatches.extend(
                (message != theirs.to_string())
                    .then(|| format!("{json}: ours {message:?}, serde_json {theirs}")),
            );
        }
        assert!(mismatches.is_empty(), "{mismatches:#?}");
        assert_eq!(
            map(r#" {"a": "b", "c": "\u0041"} "#).unwrap(),
            [("a".into(), "b".into()), ("c".into(), "A".into())]
        );
    }

    #[test]
    fn numbers_follow_the_json_grammar() {
        for good in ["0", "-0", "7", "120", "-3.25", "1e9", "2.5E-3", "1e+2"] {
            assert!(is_number(good), "{good}");
        }
        for bad in [
            "-", "01", "1.", ".5", "1e", "1e+", "--1", "1.2.3", "1-2", "+1",
        ] {
            assert!(!is_number(bad), "{bad}");
        }
    }

    #[test]
    fn writes_strings_as_serde_json_does() {
        for text in [
            "plain",
            "quote \" backslash \\",
            "\n\r\t\u{8}\u{c}\u{1}\u{1f}",
            "é 😀 \u{7f}",
        ] {
            let mut ours = String::new();
            write_string(&mut ours, text);
            assert_eq!(ours, serde_json::to_string(text).unwrap());
        }
    }
}

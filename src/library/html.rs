//! HTML to the text an agent sees when the macro is inserted: paragraphs and line breaks
//! kept, list items on their own lines, entities decoded, quoted text prefixed with `> `,
//! and what is never shown (scripts, styles, comments, the head) dropped. Nothing in the
//! HTML is run or fetched: it is only read as text.

/// Elements whose content is never shown as text.
const HIDDEN: &[&str] = &[
    "script", "style", "head", "title", "template", "noscript", "iframe", "object", "svg",
];

/// Elements that start and end a paragraph (a blank line around them).
const PARAGRAPHS: &[&str] = &[
    "p",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "ul",
    "ol",
    "table",
    "blockquote",
    "pre",
    "hr",
    "dl",
];

/// Elements that start and end a line.
const LINES: &[&str] = &[
    "div",
    "li",
    "tr",
    "section",
    "article",
    "header",
    "footer",
    "main",
    "aside",
    "nav",
    "address",
    "figure",
    "figcaption",
    "dt",
    "dd",
    "form",
    "fieldset",
    "center",
];

/// Code the HTML carries that [`to_text`] drops: "a <script>", "a <script> and a <style>".
pub fn code_in(html: &str) -> Option<String> {
    let found: Vec<String> = ["script", "style", "iframe", "object"]
        .iter()
        .filter(|tag| {
            find_ascii_case_insensitive(html, &format!("<{tag}"))
                .is_some_and(|at| Tag::parse(&html[at..]).is_some_and(|t| t.name == **tag))
        })
        .map(|tag| format!("a <{tag}>"))
        .collect();
    match found.as_slice() {
        [] => None,
        [one] => Some(one.clone()),
        [rest @ .., last] => Some(format!("{} and {last}", rest.join(", "))),
    }
}

/// The document's `<title>`, if it has one.
pub fn title(html: &str) -> Option<String> {
    let lower = html.to_ascii_lowercase();
    let open = lower.find("<title")?;
    let start = open + lower[open..].find('>')? + 1;
    let end = start + lower[start..].find("</title")?;
    let title = collapse_spaces(&decode_entities(&html[start..end]));
    (!title.is_empty()).then_some(title)
}

/// The text of `html` as a browser shows it to the agent.
pub fn to_text(html: &str) -> String {
    let mut out = Writer::default();
    let mut rest = html;
    while let Some(lt) = rest.find('<') {
        out.text(&rest[..lt]);
        rest = &rest[lt..];
        if let Some(after) = rest.strip_prefix("<!--") {
            rest = after.find("-->").map_or("", |end| &after[end + 3..]);
            continue;
        }
        let Some(tag) = Tag::parse(rest) else {
            // A `<` that opens no tag ("2 < 3") is text.
            out.text("<");
            rest = &rest[1..];
            continue;
        };
        rest = &rest[tag.len..];
        if !tag.closing && HIDDEN.contains(&tag.name.as_str()) {
            rest = skip_element(rest, &tag.name);
            continue;
        }
        out.tag(&tag);
    }
    out.text(rest);
    out.finish()
}

/// A start or end tag: `<p class="x">`, `</li>`, `<br/>`, `<!doctype html>`.
struct Tag {
    /// Lower-case; empty for a declaration or processing instruction.
    name: String,
    closing: bool,
    /// Bytes from `<` to `>` inclusive.
    len: usize,
}

impl Tag {
    fn parse(s: &str) -> Option<Tag> {
        let bytes = s.as_bytes();
        let mut i = 1;
        let closing = bytes.get(i) == Some(&b'/');
        if closing {
            i += 1;
        }
        let declaration = matches!(bytes.get(i), Some(b'!' | b'?'));
        if !declaration && !bytes.get(i).is_some_and(u8::is_ascii_alphabetic) {
            return None;
        }
        let name_start = i;
        while bytes.get(i).is_some_and(|b| b.is_ascii_alphanumeric()) {
            i += 1;
        }
        let name = s[name_start..i].to_ascii_lowercase();
        // To the `>` that ends the tag, past any `>` inside a quoted attribute value.
        let mut quote = None;
        while let Some(&b) = bytes.get(i) {
            match (quote, b) {
                (None, b'>') => {
                    return Some(Tag {
                        name: if declaration { String::new() } else { name },
                        closing,
                        len: i + 1,
                    })
                }
                (None, b'"' | b'\'') => quote = Some(b),
                (Some(q), _) if q == b => quote = None,
                _ => {}
            }
            i += 1;
        }
        None
    }
}

/// The rest of the text after the end tag of a hidden element (all of it when unclosed:
/// a script that never ends hides everything after it, as in a browser).
fn skip_element<'a>(rest: &'a str, name: &str) -> &'a str {
    let closing = format!("</{name}");
    let mut from = 0;
    while let Some(at) = find_ascii_case_insensitive(&rest[from..], &closing) {
        let start = from + at;
        if let Some(tag) = Tag::parse(&rest[start..]) {
            if tag.name == name {
                return &rest[start + tag.len..];
            }
        }
        from = start + closing.len();
    }
    ""
}

/// Where `needle` (which starts with `<`) first occurs, in any case: only the places where
/// a `<` is (found by a fast byte search) are compared.
fn find_ascii_case_insensitive(haystack: &str, needle: &str) -> Option<usize> {
    let needle = needle.as_bytes();
    haystack.match_indices('<').map(|(at, _)| at).find(|&at| {
        haystack.as_bytes()[at..]
            .get(..needle.len())
            .is_some_and(|w| w.eq_ignore_ascii_case(needle))
    })
}

/// Builds the text: collapses white space as a browser does and places line breaks.
#[derive(Default)]
struct Writer {
    out: String,
    /// Line breaks asked for before the next text (2 for a paragraph).
    pending_breaks: usize,
    /// A space is owed before the next word.
    pending_space: bool,
    quote_depth: usize,
    pre_depth: usize,
    /// The counters of the open lists: `Some(n)` in an `<ol>`, `None` in a `<ul>`.
    lists: Vec<Option<usize>>,
    /// Text to put before the next text of a list item ("- " or "2. ").
    bullet: Option<String>,
    /// A cell was written in this table row, so the next one is spaced from it.
    cell_in_row: bool,
}

impl Writer {
    fn text(&mut self, raw: &str) {
        if raw.is_empty() {
            return;
        }
        let decoded = decode_entities(raw);
        if self.pre_depth > 0 {
            for (i, line) in decoded.split('\n').enumerate() {
                if i > 0 {
                    self.line_break(1);
                }
                if !line.is_empty() {
                    self.start_text();
                    self.out.push_str(line);
                }
            }
            return;
        }
        for (i, word) in decoded.split(is_html_space).enumerate() {
            if word.is_empty() {
                if i > 0 || decoded.starts_with(is_html_space) {
                    self.pending_space = true;
                }
                continue;
            }
            if i > 0 {
                self.pending_space = true;
            }
            self.start_text();
            self.out.push_str(word);
        }
        if decoded.ends_with(is_html_space) {
            self.pending_space = true;
        }
    }

    /// Writes what is owed before text: line breaks and quote marks, a bullet, or a space.
    fn start_text(&mut self) {
        let at_line_start = self.out.is_empty() || self.out.ends_with('\n');
        if self.flush_breaks() || at_line_start {
            for _ in 0..self.quote_depth {
                self.out.push_str("> ");
            }
            if let Some(bullet) = self.bullet.take() {
                self.out.push_str(&bullet);
            }
        } else if self.pending_space {
            self.out.push(' ');
        }
        self.pending_space = false;
    }

    /// Writes the line breaks owed (those already at the end of the text count); true if
    /// any were owed.
    fn flush_breaks(&mut self) -> bool {
        let owed = std::mem::take(&mut self.pending_breaks);
        if owed == 0 || self.out.is_empty() {
            return false;
        }
        let have = self.out.len() - self.out.trim_end_matches('\n').len();
        for _ in have..owed {
            self.push_line_end();
        }
        true
    }

    fn push_line_end(&mut self) {
        // Trailing spaces are not text.
        let trimmed = self.out.trim_end_matches(' ').len();
        self.out.truncate(trimmed);
        self.out.push('\n');
    }

    fn line_break(&mut self, breaks: usize) {
        if self.out.is_empty() {
            return;
        }
        self.pending_breaks = self.pending_breaks.max(breaks);
        self.pending_space = false;
    }

    fn tag(&mut self, tag: &Tag) {
        let name = tag.name.as_str();
        match (name, tag.closing) {
            ("br", _) => {
                // Each <br> is a line of its own: two make a blank line.
                self.flush_breaks();
                self.push_line_end();
                self.pending_space = false;
            }
            ("blockquote", false) => {
                self.line_break(2);
                self.quote_depth += 1;
            }
            ("blockquote", true) => {
                self.quote_depth = self.quote_depth.saturating_sub(1);
                self.line_break(2);
            }
            ("pre", false) => {
                self.line_break(2);
                self.pre_depth += 1;
            }
            ("pre", true) => {
                self.pre_depth = self.pre_depth.saturating_sub(1);
                self.line_break(2);
            }
            ("ul" | "ol", false) => {
                self.lists.push((name == "ol").then_some(0));
                self.line_break(if self.lists.len() > 1 { 1 } else { 2 });
            }
            ("ul" | "ol", true) => {
                self.lists.pop();
                self.bullet = None;
                self.line_break(if self.lists.is_empty() { 2 } else { 1 });
            }
            ("li", false) => {
                self.line_break(1);
                let indent = "  ".repeat(self.lists.len().saturating_sub(1));
                self.bullet = Some(match self.lists.last_mut() {
                    Some(Some(n)) => {
                        *n += 1;
                        format!("{indent}{n}. ")
                    }
                    _ => format!("{indent}- "),
                });
            }
            ("tr", _) => {
                self.cell_in_row = false;
                self.line_break(1);
            }
            ("td" | "th", false) => {
                if self.cell_in_row {
                    self.pending_space = true;
                }
                self.cell_in_row = true;
            }
            _ if PARAGRAPHS.contains(&name) => self.line_break(2),
            _ if LINES.contains(&name) => self.line_break(1),
            // Inline elements (b, a, span, img, ...) add nothing of their own.
            _ => {}
        }
    }

    fn finish(self) -> String {
        let mut lines: Vec<&str> = Vec::new();
        let mut blank_run = 0;
        for line in self.out.split('\n') {
            let line = line.trim_end();
            blank_run = if line.is_empty() { blank_run + 1 } else { 0 };
            // At most one blank line in a row, as paragraphs are shown.
            if blank_run <= 1 {
                lines.push(line);
            }
        }
        lines.join("\n").trim_matches('\n').to_string()
    }
}

/// White space a browser collapses, and `&nbsp;`, which editors put where a space is meant.
fn is_html_space(c: char) -> bool {
    matches!(c, ' ' | '\t' | '\n' | '\r' | '\x0c' | '\u{a0}')
}

fn collapse_spaces(s: &str) -> String {
    s.split(is_html_space)
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

/// Decodes character references: numeric ones and the named ones support replies use.
/// An unknown or malformed one is left as written.
pub fn decode_entities(s: &str) -> String {
    if !s.contains('&') {
        return s.to_string();
    }
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(amp) = rest.find('&') {
        out.push_str(&rest[..amp]);
        rest = &rest[amp..];
        let end = rest[1..]
            .find(|c: char| !(c.is_ascii_alphanumeric() || c == '#'))
            .map_or(rest.len(), |i| i + 1);
        let name = &rest[1..end];
        let has_semicolon = rest[end..].starts_with(';');
        match entity(name) {
            Some(c) if has_semicolon || !name.starts_with('#') => {
                out.push(c);
                rest = &rest[end + usize::from(has_semicolon)..];
            }
            _ => {
                out.push('&');
                rest = &rest[1..];
            }
        }
    }
    out.push_str(rest);
    out
}

fn entity(name: &str) -> Option<char> {
    if let Some(number) = name.strip_prefix('#') {
        let code = match number.strip_prefix(['x', 'X']) {
            Some(hex) => u32::from_str_radix(hex, 16).ok()?,
            None => number.parse().ok()?,
        };
        return char::from_u32(code).filter(|&c| c != '\0');
    }
    Some(match name {
        "amp" => '&',
        "lt" => '<',
        "gt" => '>',
        "quot" => '"',
        "apos" => '\'',
        "nbsp" => '\u{a0}',
        "hellip" => '…',
        "mdash" => '—',
        "ndash" => '–',
        "lsquo" => '‘',
        "rsquo" => '’',
        "ldquo" => '“',
        "rdquo" => '”',
        "bull" => '•',
        "middot" => '·',
        "copy" => '©',
        "reg" => '®',
        "trade" => '™',
        "euro" => '€',
        "pound" => '£',
        "eacute" => 'é',
        "egrave" => 'è',
        "agrave" => 'à',
        "uuml" => 'ü',
        "ouml" => 'ö',
        "auml" => 'ä',
        "szlig" => 'ß',
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paragraphs_and_line_breaks() {
        assert_eq!(
            to_text("<p>Hi Sam,</p><p>Thanks for\n   writing in.<br>Your order ships today.</p>"),
            "Hi Sam,\n\nThanks for writing in.\nYour order ships today."
        );
        assert_eq!(to_text("<div>One</div><div>Two</div>"), "One\nTwo");
        assert_eq!(to_text("Line<br/><br />After a gap"), "Line\n\nAfter a gap");
    }

    #[test]
    fn lists_become_lines() {
        assert_eq!(
            to_text(
                "<p>Try:</p><ul><li>restart</li><li>update <b>the</b> app</li></ul><p>Done</p>"
            ),
            "Try:\n\n- restart\n- update the app\n\nDone"
        );
        assert_eq!(
            to_text("<ol><li>first</li><li>second</li></ol>"),
            "1. first\n2. second"
        );
    }

    #[test]
    fn entities_are_decoded_once() {
        assert_eq!(
            to_text(
                "Fish &amp; chips &lt;3 &#8212; &#x2019;s &nbsp;caf&eacute; &amp;lt; &bogus; AT&T"
            ),
            "Fish & chips <3 — ’s caf\u{e9} &lt; &bogus; AT&T"
        );
    }

    #[test]
    fn scripts_styles_and_comments_are_dropped() {
        let html =
            "<html><head><title>Refund &amp; returns</title><style>p{color:red}</style></head>\
            <body><script>alert('x</p>')</script><p>Your refund is on its way.</p>\
            <!-- internal: do not promise dates --><SCRIPT type=x>bad()</SCRIPT ></body></html>";
        assert_eq!(to_text(html), "Your refund is on its way.");
        assert_eq!(code_in(html).as_deref(), Some("a <script> and a <style>"));
        assert_eq!(code_in("<p>Describe the <b>script</b></p>"), None);
        assert_eq!(title(html).as_deref(), Some("Refund & returns"));
        assert_eq!(to_text("before<script>never closed"), "before");
    }

    #[test]
    fn quotes_are_marked() {
        assert_eq!(
            to_text("<p>Thanks!</p><blockquote><p>Where is my order?</p></blockquote><p>It ships today.</p>"),
            "Thanks!\n\n> Where is my order?\n\nIt ships today."
        );
    }

    #[test]
    fn text_that_is_not_markup_stays() {
        assert_eq!(to_text("2 < 3 and 5 > 4"), "2 < 3 and 5 > 4");
        assert_eq!(
            to_text("<p>Hi {{ticket.requester.first_name}},</p>"),
            "Hi {{ticket.requester.first_name}},"
        );
        assert_eq!(
            to_text("<a href=\"x>y\">the link</a> here"),
            "the link here"
        );
        assert_eq!(to_text(""), "");
        assert_eq!(to_text("<p></p><br>"), "");
    }

    #[test]
    fn preformatted_text_keeps_its_lines() {
        assert_eq!(
            to_text("<p>Run:</p><pre>cd app\n  make</pre>"),
            "Run:\n\ncd app\n  make"
        );
    }
}

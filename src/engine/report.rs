//! What a check run produces: findings with exact spans, and the rewrites that fix them.

use super::text::Utf16Index;
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Hint,
    Warning,
    Error,
}

impl Severity {
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Hint => "hint",
            Severity::Warning => "warning",
            Severity::Error => "error",
        }
    }

    /// One step milder: what a finding on weaker evidence is shown as.
    pub fn milder(self) -> Severity {
        match self {
            Severity::Error => Severity::Warning,
            Severity::Warning | Severity::Hint => Severity::Hint,
        }
    }
}

/// Replace bytes `start..end` of the draft with `replacement` (an insertion when empty).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Edit {
    pub start: usize,
    pub end: usize,
    pub replacement: String,
}

/// One way to fix a finding, with a short label for its button.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Rewrite {
    pub label: String,
    #[serde(flatten)]
    pub edit: Edit,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Finding {
    pub check: &'static str,
    pub severity: Severity,
    /// Byte range of the flagged words in the draft.
    pub start: usize,
    pub end: usize,
    pub message: String,
    /// The check's "Why it matters", shown on demand.
    pub why: &'static str,
    pub rewrites: Vec<Rewrite>,
}

impl Finding {
    /// An empty finding, left where one was moved out (see [`Checker`](super::Checker)).
    pub(crate) fn taken() -> Finding {
        Finding {
            check: "",
            severity: Severity::Hint,
            start: 0,
            end: 0,
            message: String::new(),
            why: "",
            rewrites: Vec::new(),
        }
    }
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct Summary {
    pub errors: usize,
    pub warnings: usize,
    pub hints: usize,
    /// No error-severity finding: the reply may be sent.
    pub ready: bool,
}

impl Summary {
    pub fn of(findings: &[Finding]) -> Self {
        let count = |s| findings.iter().filter(|f| f.severity == s).count();
        let errors = count(Severity::Error);
        Summary {
            errors,
            warnings: count(Severity::Warning),
            hints: count(Severity::Hint),
            ready: errors == 0,
        }
    }
}

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Report {
    /// In reading order: by start, then by check id.
    pub findings: Vec<Finding>,
    pub summary: Summary,
}

/// Which units offsets are given in when a report leaves Rust.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Units {
    /// Bytes of the UTF-8 text (the command line).
    Bytes,
    /// UTF-16 code units, as JS strings index (the JS API and the UI).
    Utf16,
}

/// A finding as the JS API and `--format json` show it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct FindingOut {
    pub check: &'static str,
    pub severity: Severity,
    pub start: usize,
    pub end: usize,
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub line: Option<usize>,
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub column: Option<usize>,
    pub message: String,
    /// The check's "why it matters" (the same for every finding of a check; the JS API
    /// leaves it out of the report it carries across and adds it back from one table).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub why: Option<&'static str>,
    pub rewrites: Vec<Rewrite>,
}

#[derive(Debug, Clone, Serialize)]
pub struct ReportOut {
    pub findings: Vec<FindingOut>,
    pub summary: Summary,
}

impl Report {
    /// The report with every offset converted to `units`: the one place where byte offsets
    /// become UTF-16 offsets. `with_lines` adds 1-based line and column (in chars).
    pub fn output(&self, text: &str, units: Units, with_lines: bool) -> ReportOut {
        let index = Utf16Index::new(text);
        let convert = |byte: usize| match units {
            Units::Bytes => byte,
            Units::Utf16 => index.to_utf16(byte),
        };
        let findings = self
            .findings
            .iter()
            .map(|f| {
                let (line, column) = if with_lines {
                    let (l, c) = line_column(text, f.start);
                    (Some(l), Some(c))
                } else {
                    (None, None)
                };
                FindingOut {
                    check: f.check,
                    severity: f.severity,
                    start: convert(f.start),
                    end: convert(f.end),
                    line,
                    column,
                    message: f.message.clone(),
                    why: Some(f.why),
                    rewrites: f
                        .rewrites
                        .iter()
                        .map(|r| Rewrite {
                            label: r.label.clone(),
                            edit: Edit {
                                start: convert(r.edit.start),
                                end: convert(r.edit.end),
                                replacement: r.edit.replacement.clone(),
                            },
                        })
                        .collect(),
                }
            })
            .collect();
        ReportOut {
            findings,
            summary: self.summary,
        }
    }
}

/// JSON for what crosses to JS, written by hand: the same text serde_json writes for these
/// types (a test holds the two equal over the corpus), without a serializer in the wasm.
pub mod json {
    use super::{FindingOut, ReportOut, Summary};
    use crate::engine::json::write_string as string;
    use std::fmt::Write;

    /// The report as serde_json's `to_string` writes it.
    pub fn report(out: &ReportOut) -> String {
        let mut json = String::from("{\"findings\":");
        findings_into(&mut json, &out.findings);
        json.push_str(",\"summary\":");
        summary_into(&mut json, &out.summary);
        json.push('}');
        json
    }

    /// The findings as serde_json's `to_string` writes them.
    pub fn findings(findings: &[FindingOut]) -> String {
        let mut json = String::new();
        findings_into(&mut json, findings);
        json
    }

    /// `[["id","why"],...]`: pairs of strings.
    pub fn pairs(pairs: &[[&str; 2]]) -> String {
        let mut json = String::from("[");
        for (i, [a, b]) in pairs.iter().enumerate() {
            json.push_str(if i == 0 { "[" } else { ",[" });
            string(&mut json, a);
            json.push(',');
            string(&mut json, b);
            json.push(']');
        }
        json.push(']');
        json
    }

    fn findings_into(json: &mut String, findings: &[FindingOut]) {
        json.push('[');
        for (i, f) in findings.iter().enumerate() {
            if i > 0 {
                json.push(',');
            }
            json.push_str("{\"check\":");
            string(json, f.check);
            let _ = write!(
                json,
                ",\"severity\":\"{}\",\"start\":{},\"end\":{}",
                f.severity.as_str(),
                f.start,
                f.end
            );
            if let Some(line) = f.line {
                let _ = write!(json, ",\"line\":{line}");
            }
            if let Some(column) = f.column {
                let _ = write!(json, ",\"column\":{column}");
            }
            json.push_str(",\"message\":");
            string(json, &f.message);
            if let Some(why) = f.why {
                json.push_str(",\"why\":");
                string(json, why);
            }
            json.push_str(",\"rewrites\":[");
            for (j, r) in f.rewrites.iter().enumerate() {
                json.push_str(if j == 0 {
                    "{\"label\":"
                } else {
                    ",{\"label\":"
                });
                string(json, &r.label);
                let _ = write!(
                    json,
                    ",\"start\":{},\"end\":{},\"replacement\":",
                    r.edit.start, r.edit.end
                );
                string(json, &r.edit.replacement);
                json.push('}');
            }
            json.push_str("]}");
        }
        json.push(']');
    }

    fn summary_into(json: &mut String, s: &Summary) {
        let _ = write!(
            json,
            "{{\"errors\":{},\"warnings\":{},\"hints\":{},\"ready\":{}}}",
            s.errors, s.warnings, s.hints, s.ready
        );
    }
}

/// 1-based line and column (counted in chars) of a byte offset. CRLF and lone CR end lines.
pub fn line_column(text: &str, byte: usize) -> (usize, usize) {
    let before = &text[..byte];
    let mut line = 1;
    let mut line_start = 0;
    let mut chars = before.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        let is_break = c == '\n' || (c == '\r' && chars.peek().is_none_or(|&(_, n)| n != '\n'));
        if is_break {
            line += 1;
            line_start = i + 1;
        }
    }
    (line, before[line_start..].chars().count() + 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn line_column_counts_crlf_and_lone_cr() {
        let text = "ab\r\ncd\ref\nég";
        assert_eq!(line_column(text, 0), (1, 1));
        assert_eq!(line_column(text, 5), (2, 2));
        assert_eq!(line_column(text, 7), (3, 1));
        assert_eq!(line_column(text, text.len()), (4, 3));
    }
}

//! The audit's machine-readable reports: the JSON of `tactful check --format json` (its
//! shape is documented in the README and kept stable: fields are only ever added) and SARIF
//! 2.1.0, which code review tools show beside the lines of the macros a team keeps in git.

use super::audit::{self, Checked, Totals};
use super::{Format, Macro, ReadError};
use crate::engine::{checks, Severity, Summary};
use serde_json::{json, Value};

/// A macro of the library, where it came from, and what the check found.
#[derive(Debug, Clone)]
pub struct Entry {
    pub file: String,
    pub format: Format,
    pub macro_: Macro,
    pub checked: Checked,
}

/// A file that could not be read, and why; or a note on one that was (a script dropped).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    pub file: String,
    /// Where in the file (`line 3, column 7`), or empty.
    pub location: String,
    pub reason: String,
}

impl Problem {
    /// `error`, or a reader's note, in the file named `file`.
    pub fn in_file(file: &str, error: ReadError) -> Self {
        Problem {
            file: file.to_string(),
            location: error.location,
            reason: error.reason,
        }
    }
}

/// How many of the worst macros the summary lists.
pub const WORST: usize = 10;

pub fn totals(entries: &[Entry]) -> Totals {
    let mut totals = Totals::default();
    entries.iter().for_each(|e| totals.add(&e.checked));
    totals
}

/// Problems and notes as the JSON report lists them.
fn problems_json(problems: &[Problem]) -> Vec<Value> {
    problems
        .iter()
        .map(|p| json!({ "file": p.file, "location": p.location, "reason": p.reason }))
        .collect()
}

/// The `--format json` report.
pub fn json(entries: &[Entry], files: usize, problems: &[Problem], notes: &[Problem]) -> Value {
    let totals = totals(entries);
    let summaries: Vec<Summary> = entries.iter().map(|e| e.checked.summary).collect();
    let worst: Vec<Value> = audit::worst(&summaries, WORST)
        .into_iter()
        .map(|i| {
            let e = &entries[i];
            json!({
                "file": e.file, "locator": e.macro_.locator, "title": e.macro_.title,
                "errors": e.checked.summary.errors, "warnings": e.checked.summary.warnings,
                "hints": e.checked.summary.hints,
            })
        })
        .collect();
    json!({
        "tool": "tactful",
        "version": env!("CARGO_PKG_VERSION"),
        "summary": {
            "files": files,
            "macros": totals.macros,
            "ready": totals.macros == totals.ready && problems.is_empty(),
            "macros_ready": totals.ready,
            "macros_clean": totals.clean,
            "errors": totals.errors,
            "warnings": totals.warnings,
            "hints": totals.hints,
            "by_check": totals.by_check,
            "worst": worst,
        },
        "macros": entries.iter().map(macro_json).collect::<Vec<_>>(),
        "problems": problems_json(problems),
        "notes": problems_json(notes),
    })
}

fn macro_json(entry: &Entry) -> Value {
    let m = &entry.macro_;
    let lines = LineIndex::new(&m.text);
    let findings: Vec<Value> = entry
        .checked
        .findings
        .iter()
        .map(|f| {
            let (line, column) = lines.at(f.start);
            json!({
                "check": f.check,
                "severity": f.severity,
                "line": line,
                "column": column,
                "start": f.start,
                "end": f.end,
                "text": &m.text[f.start..f.end],
                "message": f.message,
                "rewrites": f.rewrites.iter().map(|r| json!({
                    "label": r.label, "start": r.edit.start, "end": r.edit.end,
                    "replacement": r.edit.replacement,
                })).collect::<Vec<_>>(),
            })
        })
        .collect();
    let s = entry.checked.summary;
    json!({
        "file": entry.file,
        "format": entry.format.as_str(),
        "locator": m.locator,
        "title": m.title,
        "file_line": m.file_line,
        "text": m.text,
        "ready": s.ready,
        "errors": s.errors,
        "warnings": s.warnings,
        "hints": s.hints,
        "findings": findings,
    })
}

/// The `--format sarif` report (SARIF 2.1.0): a result per finding, located at its line
/// of the file where the macro's lines are the file's (plain text, Markdown), else at the
/// macro's record with the macro's title as a logical location.
pub fn sarif(entries: &[Entry], problems: &[Problem], notes: &[Problem]) -> Value {
    let rules: Vec<Value> = checks::ALL
        .iter()
        .map(|check| {
            let docs = check.docs();
            json!({
                "id": check.id,
                "shortDescription": { "text": docs.what.replace('\n', " ") },
                "fullDescription": { "text": docs.why.replace('\n', " ") },
                "help": { "text": format!("Use instead: {}", docs.use_instead.replace('\n', " / ")) },
                "defaultConfiguration": { "level": sarif_level(check.default_severity) },
            })
        })
        .collect();
    let mut results = Vec::new();
    for entry in entries {
        let m = &entry.macro_;
        let lines = LineIndex::new(&m.text);
        for f in &entry.checked.findings {
            let (line, column) = lines.at(f.start);
            let (end_line, end_column) = lines.at(f.end);
            let mut physical = json!({ "artifactLocation": { "uri": uri_of(&entry.file) } });
            let mut text = f.message.clone();
            match m.file_line {
                Some(first) if m.lines_match_file => {
                    physical["region"] = json!({
                        "startLine": first + line - 1, "startColumn": column,
                        "endLine": first + end_line - 1, "endColumn": end_column,
                        "snippet": { "text": &m.text[f.start..f.end] },
                    });
                }
                file_line => {
                    text = format!(
                        "{} (line {line} of macro \"{}\": \"{}\")",
                        f.message,
                        m.title,
                        &m.text[f.start..f.end]
                    );
                    if let Some(first) = file_line {
                        physical["region"] = json!({ "startLine": first });
                    }
                }
            }
            let mut location = json!({ "physicalLocation": physical });
            if !m.locator.is_empty() {
                location["logicalLocations"] = json!([{
                    "name": m.title, "fullyQualifiedName": m.locator, "kind": "object",
                }]);
            }
            results.push(json!({
                "ruleId": f.check,
                "level": sarif_level(f.severity),
                "message": { "text": text },
                "locations": [location],
            }));
        }
    }
    let notification = |level: &str, p: &Problem| {
        let text = match p.location.as_str() {
            "" => p.reason.clone(),
            at => format!("{at}: {}", p.reason),
        };
        json!({
            "level": level,
            "message": { "text": text },
            "locations": [{ "physicalLocation": { "artifactLocation": { "uri": uri_of(&p.file) } } }],
        })
    };
    let notifications: Vec<Value> = problems
        .iter()
        .map(|p| notification("error", p))
        .chain(notes.iter().map(|p| notification("note", p)))
        .collect();
    json!({
        "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
        "version": "2.1.0",
        "runs": [{
            "tool": { "driver": {
                "name": "tactful",
                "version": env!("CARGO_PKG_VERSION"),
                "rules": rules,
            }},
            "invocations": [{
                "executionSuccessful": problems.is_empty(),
                "toolExecutionNotifications": notifications,
            }],
            "results": results,
        }],
    })
}

fn sarif_level(severity: Severity) -> &'static str {
    match severity {
        Severity::Error => "error",
        Severity::Warning => "warning",
        Severity::Hint => "note",
    }
}

/// A relative URI reference for a path (SARIF wants `/`, and spaces escaped).
fn uri_of(path: &str) -> String {
    let path = path.replace('\\', "/");
    let path = path.strip_prefix("./").unwrap_or(&path);
    path.replace('%', "%25").replace(' ', "%20")
}

/// 1-based line and column (in chars) of byte offsets, as `engine::report::line_column`
/// counts them (CRLF and a lone CR end lines), with the line starts found once.
pub struct LineIndex<'a> {
    text: &'a str,
    starts: Vec<usize>,
}

impl<'a> LineIndex<'a> {
    pub fn new(text: &'a str) -> Self {
        let bytes = text.as_bytes();
        let mut starts = vec![0];
        for (i, &b) in bytes.iter().enumerate() {
            if b == b'\n' || (b == b'\r' && bytes.get(i + 1) != Some(&b'\n')) {
                starts.push(i + 1);
            }
        }
        LineIndex { text, starts }
    }

    pub fn at(&self, byte: usize) -> (usize, usize) {
        let line = self.starts.partition_point(|&s| s <= byte);
        let start = self.starts[line - 1];
        (line, self.text[start..byte].chars().count() + 1)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::report::line_column;

    #[test]
    fn line_index_agrees_with_the_engine() {
        let text = "ab\r\ncd\ref\nég\n";
        let index = LineIndex::new(text);
        // Every char boundary but the one between CR and LF, where no finding starts.
        for (byte, _) in text.char_indices().chain([(text.len(), ' ')]) {
            if byte == 3 {
                continue;
            }
            assert_eq!(index.at(byte), line_column(text, byte), "at {byte}");
        }
    }

    #[test]
    fn uris_are_relative_and_escaped() {
        assert_eq!(uri_of("./macros/Refund 50%.md"), "macros/Refund%2050%25.md");
    }
}

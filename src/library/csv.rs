//! CSV (RFC 4180): a macro per row after the header. The reply text is in the column named
//! by `--column`, else the first named like body, content, text or reply; the title in one
//! named title, name or subject. A cell that holds HTML is read as HTML.

use super::{html_to_text, Macro, ReadError};

/// Header names taken for the reply text, best first; then any header containing one.
const BODY_NAMES: &[&str] = &["body", "content", "text", "reply", "message"];
const TITLE_NAMES: &[&str] = &["title", "name", "subject"];

/// One record: its cells and the 1-based line it starts on.
struct Record {
    cells: Vec<String>,
    line: usize,
}

/// The macros of a CSV file; what was dropped from HTML cells is added to `notes`.
pub fn read(
    text: &str,
    column: Option<&str>,
    notes: &mut Vec<ReadError>,
) -> Result<Vec<Macro>, ReadError> {
    let mut records = parse(text)?.into_iter();
    let header = records
        .next()
        .ok_or_else(|| ReadError::new("is empty: a CSV library needs a header row"))?;
    let names: Vec<String> = header
        .cells
        .iter()
        .map(|c| c.trim().to_lowercase())
        .collect();
    let body = match column {
        Some(wanted) => names
            .iter()
            .position(|n| *n == wanted.trim().to_lowercase())
            .ok_or_else(|| {
                ReadError::at(
                    "line 1",
                    format!("no column named {wanted:?}; the header has {}", list(&names)),
                )
            })?,
        None => pick(&names, BODY_NAMES).ok_or_else(|| {
            ReadError::at(
                "line 1",
                format!(
                    "no column named like body, content, text or reply in {}; name it (--column NAME on the command line, CSV reply column on the site)",
                    list(&names)
                ),
            )
        })?,
    };
    let title = pick(&names, TITLE_NAMES).filter(|&t| t != body);
    let mut macros = Vec::new();
    for record in records {
        if record.cells.iter().all(|c| c.trim().is_empty()) {
            continue;
        }
        if record.cells.len() != names.len() {
            return Err(ReadError::at(
                format!("line {}", record.line),
                format!(
                    "{} fields, but the header has {}",
                    record.cells.len(),
                    names.len()
                ),
            ));
        }
        let cell = &record.cells[body];
        let is_html = looks_like_html(cell);
        let row = format!("row {}", macros.len() + 1);
        let locator = row.clone();
        macros.push(Macro {
            title: title
                .map(|t| record.cells[t].trim().to_string())
                .filter(|t| !t.is_empty())
                .unwrap_or_else(|| row.clone()),
            locator,
            text: if is_html {
                html_to_text(cell, &format!("line {}", record.line), notes)
            } else {
                cell.clone()
            },
            file_line: Some(record.line),
            lines_match_file: false,
        });
    }
    if macros.is_empty() {
        return Err(ReadError::new(
            "has a header but no rows: no macro to check",
        ));
    }
    Ok(macros)
}

/// True for text with a tag agents' editors write (`<p>`, `<br>`, `<div>`, ...).
pub fn looks_like_html(text: &str) -> bool {
    let lower = text.to_ascii_lowercase();
    [
        "<p>", "<p ", "<br", "<div", "</p>", "</div>", "<ul", "<li", "<span", "<b>", "<strong",
    ]
    .iter()
    .any(|tag| lower.contains(tag))
}

fn pick(names: &[String], wanted: &[&str]) -> Option<usize> {
    wanted
        .iter()
        .find_map(|w| names.iter().position(|n| n == w))
        .or_else(|| {
            wanted
                .iter()
                .find_map(|w| names.iter().position(|n| n.contains(w)))
        })
}

fn list(names: &[String]) -> String {
    names
        .iter()
        .map(|n| format!("{n:?}"))
        .collect::<Vec<_>>()
        .join(", ")
}

/// Splits CSV text into records. Quoted fields may hold commas, doubled quotes and line
/// breaks; a quote that is never closed is an error naming the line it opened on.
fn parse(text: &str) -> Result<Vec<Record>, ReadError> {
    let mut records = Vec::new();
    let mut cells = Vec::new();
    let mut cell = String::new();
    let mut line = 1;
    let mut record_line = 1;
    let mut chars = text.chars().peekable();
    let mut at_cell_start = true;
    while let Some(c) = chars.next() {
        match c {
            '"' if at_cell_start => {
                let opened_on = line;
                loop {
                    match chars.next() {
                        Some('"') if chars.peek() == Some(&'"') => {
                            chars.next();
                            cell.push('"');
                        }
                        Some('"') => break,
                        Some(c) => {
                            if c == '\n' {
                                line += 1;
                            }
                            cell.push(c);
                        }
                        None => {
                            return Err(ReadError::at(
                                format!("line {opened_on}"),
                                "a quoted field opened here is never closed",
                            ))
                        }
                    }
                }
                at_cell_start = false;
            }
            ',' => {
                cells.push(std::mem::take(&mut cell));
                at_cell_start = true;
            }
            '\r' if chars.peek() == Some(&'\n') => {}
            '\n' | '\r' => {
                cells.push(std::mem::take(&mut cell));
                records.push(Record {
                    cells: std::mem::take(&mut cells),
                    line: record_line,
                });
                line += 1;
                record_line = line;
                at_cell_start = true;
            }
            c => {
                cell.push(c);
                at_cell_start = false;
            }
        }
    }
    if !cell.is_empty() || !cells.is_empty() {
        cells.push(cell);
        records.push(Record {
            cells,
            line: record_line,
        });
    }
    Ok(records)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quoted_cells_hold_commas_quotes_and_lines() {
        let text = "title,body\r\nShipping,\"Hi,\nit ships \"\"today\"\".\"\nPlain,One line\n";
        let macros = read(text, None, &mut Vec::new()).unwrap();
        assert_eq!(macros.len(), 2);
        assert_eq!(macros[0].title, "Shipping");
        assert_eq!(macros[0].text, "Hi,\nit ships \"today\".");
        assert_eq!(
            (macros[0].locator.as_str(), macros[0].file_line),
            ("row 1", Some(2))
        );
        assert_eq!(
            (macros[1].locator.as_str(), macros[1].file_line),
            ("row 2", Some(4))
        );
    }

    #[test]
    fn the_body_column_is_found_or_named() {
        let text = "Name,Reply Text\nA,Thanks\n";
        assert_eq!(read(text, None, &mut Vec::new()).unwrap()[0].text, "Thanks");
        let text = "id,answer\n1,Thanks\n";
        let error = read(text, None, &mut Vec::new()).unwrap_err();
        assert!(error.reason.contains("--column"), "{error}");
        assert_eq!(
            read(text, Some("Answer"), &mut Vec::new()).unwrap()[0].text,
            "Thanks"
        );
        assert!(read(text, Some("nope"), &mut Vec::new())
            .unwrap_err()
            .reason
            .contains("\"answer\""));
    }

    #[test]
    fn html_cells_become_text() {
        let text = "title,body\nA,<p>Hi</p><p>Bye</p>\n";
        assert_eq!(
            read(text, None, &mut Vec::new()).unwrap()[0].text,
            "Hi\n\nBye"
        );
    }

    #[test]
    fn malformed_csv_names_the_line() {
        let error = read("title,body\nA,\"never closed\nB,x\n", None, &mut Vec::new()).unwrap_err();
        assert_eq!(error.location, "line 2");
        let error = read("title,body\nA,x,extra\n", None, &mut Vec::new()).unwrap_err();
        assert_eq!(error.to_string(), "line 2: 3 fields, but the header has 2");
        assert!(read("title,body\n", None, &mut Vec::new()).is_err());
    }
}

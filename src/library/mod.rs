//! Reading a team's macro library: the canned replies a helpdesk exports, or a folder of
//! drafts kept in git. Pure Rust and no I/O (bytes in, [`Macro`]s out), so the command line
//! and the site read files the same way. [`audit`] checks the macros it read.
//!
//! One file is one of: plain text or Markdown (one macro), HTML (one macro, as an agent
//! sees it: [`html::to_text`]), CSV (a macro per row, [`csv`]), or JSON: the exports of
//! Zendesk, Freshdesk, Help Scout, Front and Gorgias, or a plain list ([`exports`]).

pub mod audit;
pub mod csv;
pub mod exports;
pub mod html;
pub mod output;

use std::fmt;

/// The largest file read, in bytes. A helpdesk export of a few hundred macros is well under
/// a megabyte; past this the file is refused before it is parsed, so memory stays bounded.
pub const MAX_FILE_BYTES: usize = 16 * 1024 * 1024;

/// One canned reply, as its agents insert it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Macro {
    /// The macro's name in the helpdesk, or the file name for a whole-file macro.
    pub title: String,
    /// Where the macro is within its file: `macros[3]`, `row 12`, or empty for a whole file.
    pub locator: String,
    /// The reply text as an agent sees it (HTML already turned into text).
    pub text: String,
    /// The 1-based line of the file where the macro starts (its text, or its record in an
    /// export), when it can be told.
    pub file_line: Option<usize>,
    /// True when the macro's lines are the file's own lines from `file_line` on (plain text
    /// and Markdown), so a finding's line in the macro is a line of the file.
    pub lines_match_file: bool,
}

/// What kind of file a library was read from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Text,
    Markdown,
    Html,
    Csv,
    Zendesk,
    Freshdesk,
    HelpScout,
    Front,
    Gorgias,
    /// A JSON list of strings or of `{title, body}`.
    JsonList,
}

impl Format {
    pub fn as_str(self) -> &'static str {
        match self {
            Format::Text => "text",
            Format::Markdown => "markdown",
            Format::Html => "html",
            Format::Csv => "csv",
            Format::Zendesk => "zendesk",
            Format::Freshdesk => "freshdesk",
            Format::HelpScout => "helpscout",
            Format::Front => "front",
            Format::Gorgias => "gorgias",
            Format::JsonList => "json-list",
        }
    }
}

/// The macros of one file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Library {
    pub format: Format,
    pub macros: Vec<Macro>,
    /// What the reader did that the user should know of, such as a script it dropped.
    pub notes: Vec<ReadError>,
}

/// Why a file could not be read: where in it (`line 3, column 7`, `macros[2].actions`, or
/// empty for the whole file) and what is wrong.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReadError {
    pub location: String,
    pub reason: String,
}

impl ReadError {
    pub fn new(reason: impl Into<String>) -> Self {
        ReadError {
            location: String::new(),
            reason: reason.into(),
        }
    }

    pub fn at(location: impl Into<String>, reason: impl Into<String>) -> Self {
        ReadError {
            location: location.into(),
            reason: reason.into(),
        }
    }
}

impl fmt::Display for ReadError {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        if self.location.is_empty() {
            f.write_str(&self.reason)
        } else {
            write!(f, "{}: {}", self.location, self.reason)
        }
    }
}

/// How to read a file beyond what its name and contents say.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ReadOptions {
    /// The CSV column that holds the reply text (else one named like body, content, text
    /// or reply).
    pub column: Option<String>,
}

/// Reads the macros of one file. `name` is its file name (its extension picks the format;
/// without one, as for standard input, the contents do).
pub fn read(name: &str, bytes: &[u8], options: &ReadOptions) -> Result<Library, ReadError> {
    if bytes.len() > MAX_FILE_BYTES {
        return Err(too_large(bytes.len()));
    }
    if looks_binary(bytes) {
        return Err(ReadError::new(
            "looks like a binary file (it has NUL bytes), not text, HTML, CSV or JSON",
        ));
    }
    let text = std::str::from_utf8(bytes).map_err(|e| {
        let at = e.valid_up_to();
        let line = bytes[..at].iter().filter(|&&b| b == b'\n').count() + 1;
        ReadError::at(
            format!("line {line}"),
            format!("not valid UTF-8 (first bad byte at offset {at}); save the file as UTF-8"),
        )
    })?;
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let format = format_of(name, text);
    let mut notes = Vec::new();
    let macros = match format {
        Format::Csv => csv::read(text, options.column.as_deref(), &mut notes)?,
        Format::Html => {
            let body = html_to_text(text, "", &mut notes);
            vec![whole_file(name, html::title(text), body, false)]
        }
        Format::Text | Format::Markdown => vec![whole_file(name, None, text.to_string(), true)],
        _ => return exports::read(text),
    };
    if macros.iter().all(|m| m.text.trim().is_empty()) {
        return Err(ReadError::new("is empty: there is no reply text to check"));
    }
    Ok(Library {
        format,
        macros,
        notes,
    })
}

/// [`html::to_text`], noting at `location` the code it dropped unrun.
fn html_to_text(source: &str, location: &str, notes: &mut Vec<ReadError>) -> String {
    if let Some(dropped) = html::code_in(source) {
        notes.push(ReadError::at(
            location,
            format!("dropped {dropped} from the HTML (never run; agents do not see it)"),
        ));
    }
    html::to_text(source)
}

/// The message for a file over [`MAX_FILE_BYTES`] (the command line says it before reading).
pub fn too_large(len: usize) -> ReadError {
    ReadError::new(format!(
        "is {:.1} MB, over the {} MB a library file may have; split the export into smaller files",
        len as f64 / 1_048_576.0,
        MAX_FILE_BYTES / 1_048_576
    ))
}

/// A NUL byte in the first 8 KB, as git and grep tell binary files.
pub fn looks_binary(bytes: &[u8]) -> bool {
    bytes[..bytes.len().min(8192)].contains(&0)
}

fn format_of(name: &str, text: &str) -> Format {
    let extension = name
        .rsplit_once('.')
        .map(|(_, ext)| ext.to_ascii_lowercase())
        .unwrap_or_default();
    match extension.as_str() {
        "json" => Format::JsonList,
        "csv" => Format::Csv,
        "html" | "htm" => Format::Html,
        "md" | "markdown" => Format::Markdown,
        "" => match text.trim_start().chars().next() {
            // Standard input, or a file without an extension: the contents tell.
            Some('{' | '[') => Format::JsonList,
            Some('<') => Format::Html,
            _ => Format::Text,
        },
        _ => Format::Text,
    }
}

fn whole_file(name: &str, title: Option<String>, text: String, lines_match_file: bool) -> Macro {
    Macro {
        title: title.unwrap_or_else(|| name.to_string()),
        locator: String::new(),
        text,
        file_line: Some(1),
        lines_match_file,
    }
}

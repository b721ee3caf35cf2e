//! The native command line: check a draft, evaluate against a labelled corpus, list rules.

use std::collections::BTreeMap;
use std::io::{Read, Write};
use std::process::ExitCode;
use tactful::engine::{self, checks, Config, Units};
use tactful::evaluation::{self, Evaluation, Part};

/// Prints a line to standard output; a closed pipe (`tactful eval ... | head`) ends the
/// program quietly instead of panicking.
macro_rules! out {
    ($($arg:tt)*) => {
        write_out(format_args!($($arg)*))
    };
}

fn write_out(args: std::fmt::Arguments) {
    let mut stdout = std::io::stdout().lock();
    if let Err(e) = stdout.write_fmt(args).and_then(|_| stdout.write_all(b"\n")) {
        if e.kind() == std::io::ErrorKind::BrokenPipe {
            std::process::exit(0);
        }
        eprintln!("tactful: cannot write output: {e}");
        std::process::exit(2);
    }
}

const USAGE: &str = "\
usage:
  tactful check [FILE|-] [--customer FILE] [--config FILE] [--format text|json]
  tactful eval CORPUS.jsonl [--part tuned|scored|all | --split] [--format text|json] [--misses] [--config FILE]
  tactful rules

check exits 0 when no finding is an error, 1 when one is, 2 on bad input.";

/// Bad input: exit 2 with a one-line reason.
struct Fail(String);

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let result = match args.first().map(String::as_str) {
        Some("check") => cmd_check(&args[1..]),
        Some("eval") => cmd_eval(&args[1..]),
        Some("rules") => cmd_rules(),
        Some("-h" | "--help" | "help") => {
            out!("{USAGE}");
            Ok(ExitCode::SUCCESS)
        }
        Some(other) => Err(Fail(format!("unknown command {other}\n{USAGE}"))),
        None => Err(Fail(format!("expected a command\n{USAGE}"))),
    };
    result.unwrap_or_else(|Fail(reason)| {
        eprintln!("tactful: {reason}");
        ExitCode::from(2)
    })
}

/// Parsed options: positional arguments and `--name value` / `--flag` pairs.
struct Options {
    positional: Vec<String>,
    named: BTreeMap<String, String>,
    flags: Vec<String>,
}

fn parse(args: &[String], with_value: &[&str], flags: &[&str]) -> Result<Options, Fail> {
    let mut options = Options {
        positional: Vec::new(),
        named: BTreeMap::new(),
        flags: Vec::new(),
    };
    let mut iter = args.iter();
    while let Some(arg) = iter.next() {
        let name = arg.trim_start_matches("--");
        if arg.starts_with("--") && with_value.contains(&name) {
            let value = iter
                .next()
                .ok_or_else(|| Fail(format!("{arg} needs a value")))?;
            options.named.insert(name.to_string(), value.clone());
        } else if arg.starts_with("--") && flags.contains(&name) {
            options.flags.push(name.to_string());
        } else if arg.starts_with("--") {
            return Err(Fail(format!("unknown option {arg}\n{USAGE}")));
        } else {
            options.positional.push(arg.clone());
        }
    }
    Ok(options)
}

fn read_text(path: &str) -> Result<String, Fail> {
    let bytes = if path == "-" {
        let mut buf = Vec::new();
        std::io::stdin()
            .read_to_end(&mut buf)
            .map_err(|e| Fail(format!("cannot read standard input: {e}")))?;
        buf
    } else {
        std::fs::read(path).map_err(|e| Fail(format!("cannot read {path}: {e}")))?
    };
    String::from_utf8(bytes).map_err(|e| {
        Fail(format!(
            "{path} is not valid UTF-8 (first bad byte at offset {})",
            e.utf8_error().valid_up_to()
        ))
    })
}

fn load_config(options: &Options) -> Result<Config, Fail> {
    match options.named.get("config") {
        None => Ok(Config::default()),
        Some(path) => {
            Config::from_json(&read_text(path)?).map_err(|e| Fail(format!("{path}: {e}")))
        }
    }
}

fn format_of(options: &Options) -> Result<&str, Fail> {
    match options.named.get("format").map(String::as_str) {
        None | Some("text") => Ok("text"),
        Some("json") => Ok("json"),
        Some(other) => Err(Fail(format!("unknown format {other}: use text or json"))),
    }
}

fn cmd_check(args: &[String]) -> Result<ExitCode, Fail> {
    let options = parse(args, &["customer", "config", "format"], &[])?;
    let format = format_of(&options)?;
    let config = load_config(&options)?;
    if options.positional.len() > 1 {
        return Err(Fail(format!(
            "check takes one draft file (or - for standard input), got {}",
            options.positional.len()
        )));
    }
    let path = options.positional.first().map_or("-", String::as_str);
    let text = read_text(path)?;
    let customer = options
        .named
        .get("customer")
        .map(|p| read_text(p))
        .transpose()?;
    let report = engine::check(&text, customer.as_deref(), &config);
    // Findings come sorted by start, so one pass finds every line and column.
    let mut lines = LineColumns::new(&text);
    if format == "json" {
        let mut report_out = report.output(&text, Units::Bytes, false);
        for f in &mut report_out.findings {
            let (line, column) = lines.at(f.start);
            f.line = Some(line);
            f.column = Some(column);
        }
        out!(
            "{}",
            serde_json::to_string(&report_out).expect("report serialises")
        );
    } else {
        for f in &report.findings {
            let (line, column) = lines.at(f.start);
            out!(
                "{path}:{line}:{column}: {} [{}] {}\n    | {}",
                f.severity.as_str(),
                f.check,
                f.message,
                text[f.start..f.end].replace(['\r', '\n'], " ")
            );
            for r in &f.rewrites {
                out!("    = {}: {:?}", r.label, r.edit.replacement);
            }
        }
        let s = report.summary;
        out!(
            "{} error(s), {} warning(s), {} hint(s): {}",
            s.errors,
            s.warnings,
            s.hints,
            if s.ready {
                "ready to send"
            } else {
                "not ready to send"
            }
        );
    }
    Ok(if report.summary.ready {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    })
}

/// 1-based line and column (in chars) of byte offsets, as `report::line_column` counts them
/// (CRLF and lone CR end lines), but in one forward pass for offsets asked in order, so a
/// long draft with many findings stays linear.
struct LineColumns<'a> {
    text: &'a str,
    /// Byte offset scanned up to, and the line, line start and column there.
    at: usize,
    line: usize,
    column: usize,
}

impl<'a> LineColumns<'a> {
    fn new(text: &'a str) -> Self {
        LineColumns {
            text,
            at: 0,
            line: 1,
            column: 1,
        }
    }

    fn at(&mut self, byte: usize) -> (usize, usize) {
        if byte < self.at {
            *self = LineColumns::new(self.text);
        }
        let byte = byte.min(self.text.len());
        let mut chars = self.text[self.at..byte].chars().peekable();
        while let Some(c) = chars.next() {
            // A CR ends a line unless an LF follows it (then the LF does).
            let lf_next = match chars.peek() {
                Some(&n) => n == '\n',
                None => self.text[byte..].starts_with('\n'),
            };
            if c == '\n' || (c == '\r' && !lf_next) {
                self.line += 1;
                self.column = 1;
            } else {
                self.column += 1;
            }
        }
        self.at = byte;
        (self.line, self.column)
    }
}

fn cmd_eval(args: &[String]) -> Result<ExitCode, Fail> {
    let options = parse(args, &["format", "config", "part"], &["misses", "split"])?;
    let format = format_of(&options)?;
    let config = load_config(&options)?;
    let path = options
        .positional
        .first()
        .ok_or_else(|| Fail(format!("eval needs a corpus file\n{USAGE}")))?;
    let text = read_text(path)?;
    let items = evaluation::parse_corpus(&text).map_err(|e| Fail(format!("{path}:{e}")))?;
    let parts: Vec<Part> = if options.flags.iter().any(|f| f == "split") {
        vec![Part::Tuned, Part::Scored]
    } else {
        match options.named.get("part").map(String::as_str) {
            None | Some("all") => vec![Part::All],
            Some("tuned") => vec![Part::Tuned],
            Some("scored") => vec![Part::Scored],
            Some(other) => {
                return Err(Fail(format!(
                    "unknown part {other}: use tuned, scored or all"
                )))
            }
        }
    };
    let results: Vec<Evaluation> = parts
        .iter()
        .map(|&part| evaluation::evaluate(&items, part, &config))
        .collect();
    if format == "json" {
        let json = if results.len() == 1 {
            serde_json::to_string(&results[0])
        } else {
            serde_json::to_string(&results)
        };
        out!("{}", json.expect("evaluation serialises"));
    } else {
        for result in &results {
            out!("{}", result.table());
        }
    }
    if options.flags.iter().any(|f| f == "misses") {
        // The scored part's misses stay unread: with --split only the tuned part's print.
        for result in results.iter().filter(|r| r.part != Part::Scored) {
            for miss in &result.misses {
                out!("{miss}");
            }
        }
    }
    Ok(ExitCode::SUCCESS)
}

fn cmd_rules() -> Result<ExitCode, Fail> {
    for check in checks::ALL {
        let docs = check.docs();
        out!(
            "{} ({} by default)",
            check.id,
            check.default_severity.as_str()
        );
        out!("  What it catches: {}", docs.what.replace('\n', " "));
        out!("  Why it matters:  {}", docs.why.replace('\n', " "));
        out!("  Example:         {}", docs.example.replace('\n', " / "));
        out!(
            "  Use instead:     {}\n",
            docs.use_instead.replace('\n', " / ")
        );
    }
    Ok(ExitCode::SUCCESS)
}

//! The native command line: check a draft, evaluate against a labelled corpus, list rules.

use std::collections::BTreeMap;
use std::io::{Read, Write};
use std::process::ExitCode;
use tactful::engine::{self, checks, Config, Severity, Units};

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
  tactful eval CORPUS.jsonl [--format text|json] [--misses] [--config FILE]
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

/// Corpus label -> check id; labels with no check (`clean`) map to none.
fn check_of_label(label: &str) -> Option<&'static str> {
    Some(match label {
        "vague_promise" => "vague-promise",
        "abrupt_refusal" => "abrupt-refusal",
        "missing_alternative" => "missing-alternative",
        "blame" => "blame",
        "false_hope" => "false-hope",
        "excuse" => "excuse",
        "overpromise" => "overpromise",
        "no_empathy" => "no-acknowledgment",
        _ => return None,
    })
}

#[derive(serde::Deserialize)]
struct Item {
    id: String,
    customer: Option<String>,
    reply: String,
    labels: Vec<String>,
}

#[derive(Default, Clone, Copy, serde::Serialize)]
struct Score {
    tp: usize,
    fp: usize,
    #[serde(rename = "fn")]
    fn_: usize,
    precision: f64,
    recall: f64,
    f1: f64,
}

fn cmd_eval(args: &[String]) -> Result<ExitCode, Fail> {
    let options = parse(args, &["format", "config"], &["misses"])?;
    let format = format_of(&options)?;
    let config = load_config(&options)?;
    let path = options
        .positional
        .first()
        .ok_or_else(|| Fail(format!("eval needs a corpus file\n{USAGE}")))?;
    let text = read_text(path)?;
    let items: Vec<Item> = text
        .lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty())
        .map(|(n, l)| serde_json::from_str(l).map_err(|e| Fail(format!("{path}:{}: {e}", n + 1))))
        .collect::<Result<_, _>>()?;
    let scored: Vec<&str> = [
        "vague_promise",
        "abrupt_refusal",
        "missing_alternative",
        "blame",
        "false_hope",
        "excuse",
        "overpromise",
        "no_empathy",
    ]
    .iter()
    .filter_map(|l| check_of_label(l))
    .collect();
    let mut scores: BTreeMap<&str, Score> = scored.iter().map(|c| (*c, Score::default())).collect();
    let mut misses = Vec::new();
    let (mut clean, mut clean_flagged) = (0, 0);
    for item in &items {
        let report = engine::check(&item.reply, item.customer.as_deref(), &config);
        let expected: Vec<&str> = item
            .labels
            .iter()
            .filter_map(|l| check_of_label(l))
            .collect();
        if item.labels.iter().any(|l| l == "clean") {
            clean += 1;
            if report
                .findings
                .iter()
                .any(|f| f.severity >= Severity::Warning)
            {
                clean_flagged += 1;
            }
        }
        for check in &scored {
            let found: Vec<_> = report
                .findings
                .iter()
                .filter(|f| f.check == *check)
                .collect();
            let score = scores.get_mut(check).expect("scored check");
            match (expected.contains(check), !found.is_empty()) {
                (true, true) => score.tp += 1,
                (false, true) => {
                    score.fp += 1;
                    let flagged: Vec<_> =
                        found.iter().map(|f| &item.reply[f.start..f.end]).collect();
                    misses.push(format!(
                        "FP {check} {}: {:?}\n   flagged: {flagged:?}",
                        item.id, item.reply
                    ));
                }
                (true, false) => {
                    score.fn_ += 1;
                    misses.push(format!("FN {check} {}: {:?}", item.id, item.reply));
                }
                (false, false) => {}
            }
        }
    }
    for score in scores.values_mut() {
        let ratio = |a: usize, b: usize| if b == 0 { 0.0 } else { a as f64 / b as f64 };
        score.precision = ratio(score.tp, score.tp + score.fp);
        score.recall = ratio(score.tp, score.tp + score.fn_);
        score.f1 = ratio(2 * score.tp, 2 * score.tp + score.fp + score.fn_);
    }
    let clean_rate = if clean == 0 {
        0.0
    } else {
        clean_flagged as f64 / clean as f64
    };
    if format == "json" {
        let out = serde_json::json!({
            "replies": items.len(),
            "clean_flagged_rate": clean_rate,
            "checks": scores,
        });
        out!("{out}");
    } else {
        out!(
            "{:<22} {:>4} {:>4} {:>4} {:>9} {:>7} {:>6}",
            "check",
            "tp",
            "fp",
            "fn",
            "precision",
            "recall",
            "F1"
        );
        for (check, s) in &scores {
            out!(
                "{check:<22} {:>4} {:>4} {:>4} {:>9.2} {:>7.2} {:>6.2}",
                s.tp,
                s.fp,
                s.fn_,
                s.precision,
                s.recall,
                s.f1
            );
        }
        out!(
            "{} replies; clean replies with a warning or error: {clean_flagged}/{clean} ({:.1}%)",
            items.len(),
            clean_rate * 100.0
        );
    }
    if options.flags.iter().any(|f| f == "misses") {
        misses.sort();
        for miss in misses {
            out!("{miss}");
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

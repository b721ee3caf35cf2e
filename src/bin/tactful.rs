//! The native command line: check drafts and macro libraries, evaluate against a labelled
//! corpus, list rules.

use clap::{Args, Parser, Subcommand, ValueEnum};
use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use tactful::engine::{checks, Checker, Config};
use tactful::evaluation::{self, invariance, Evaluation, Part};
use tactful::library::audit::{self, Checked};
use tactful::library::output::{self, Entry, LineIndex, Problem, WORST};
use tactful::library::{self, Format, Macro, ReadOptions, MAX_FILE_BYTES};

#[cfg(not(target_arch = "wasm32"))]
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

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
        exit_on_write_error(e);
    }
}

/// A reader that stopped reading (`| head`) is not an error; anything else is bad output.
fn exit_on_write_error(e: std::io::Error) -> ! {
    if e.kind() == std::io::ErrorKind::BrokenPipe {
        std::process::exit(0);
    }
    eprintln!("tactful: cannot write output: {e}");
    std::process::exit(2);
}

/// Writes a report as JSON, straight into standard output's buffer (a library's report is
/// megabytes: through `Display` it was a tenth of the run); `pretty` indents it (SARIF is
/// read by people as well as by code review tools).
fn write_json(report: &serde_json::Value, pretty: bool) {
    let mut stdout = std::io::BufWriter::new(std::io::stdout().lock());
    let written = if pretty {
        serde_json::to_writer_pretty(&mut stdout, report)
    } else {
        serde_json::to_writer(&mut stdout, report)
    };
    let written = written
        .map_err(std::io::Error::from)
        .and_then(|_| stdout.write_all(b"\n"))
        .and_then(|_| stdout.flush());
    if let Err(e) = written {
        exit_on_write_error(e);
    }
}

/// Checks a support agent's reply drafts and a team's macro library for what makes an
/// upset customer angrier: vague promises, flat refusals, blame, unfilled placeholders.
#[derive(Parser)]
#[command(name = "tactful", version, propagate_version = true)]
#[command(after_help = "Run `tactful help check` for what check reads and how it exits.")]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Check reply drafts or a macro library (files, folders, or - for standard input)
    #[command(after_long_help = CHECK_HELP)]
    Check(CheckArgs),
    /// Score the checks against a labelled corpus (JSON lines)
    Eval(EvalArgs),
    /// List every check: what it catches, why it matters, what to write instead
    Rules,
}

const CHECK_HELP: &str = "\
Formats, by file extension (without one, as for standard input, by the contents):
  .txt and others  one draft or macro          .md  Markdown, one macro
  .html .htm       one macro, read as an agent sees it (scripts and styles dropped)
  .csv             a macro per row: the column named like body, content, text or reply
  .json            Zendesk macros, Freshdesk canned responses, Help Scout saved replies,
                   Front message templates, Gorgias macros, or a list of strings or of
                   {\"title\", \"body\"}
Folders are read recursively; hidden and binary files are skipped. Merge fields such as
{{ticket.requester.first_name}} and {% if %} tags are filled in by the helpdesk and are
not flagged; [option A]-style gaps are.

The house style is --config FILE, else the first .tactful.json in the current folder or
one of its parents, else the defaults.

Exit status: 0 every macro is ready to send, 1 one has an error-level finding, 2 bad
input (each file that could not be read is named on standard error, with the reason).

Examples:
  tactful check reply.txt
  tactful check macros/ --format sarif > tactful.sarif
  tactful check zendesk-macros.json --format json
  tactful check replies.csv --column \"Answer\"";

#[derive(Args)]
struct CheckArgs {
    /// Files or folders to check; - (the default) reads standard input
    #[arg(value_name = "PATH", default_value = "-")]
    paths: Vec<String>,
    /// The customer's message, to check that each reply acknowledges an upset customer
    #[arg(long, value_name = "FILE")]
    customer: Option<String>,
    /// House style (the site's settings export) [default: the nearest .tactful.json]
    #[arg(long, value_name = "FILE")]
    config: Option<String>,
    /// Report format
    #[arg(long, value_enum, default_value_t = CheckFormat::Text)]
    format: CheckFormat,
    /// The CSV column that holds the reply text
    #[arg(long, value_name = "NAME")]
    column: Option<String>,
}

#[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
enum CheckFormat {
    /// Findings grouped by macro, then a summary
    Text,
    /// One JSON object (shape in the README)
    Json,
    /// SARIF 2.1.0, for code review tools
    Sarif,
}

#[derive(Args)]
struct EvalArgs {
    /// The labelled corpus (JSON lines)
    #[arg(value_name = "CORPUS.jsonl")]
    corpus: String,
    /// Which rows to score (a fixed hash of each id)
    #[arg(long, value_enum, default_value_t = PartArg::All)]
    part: PartArg,
    /// Score the tuned and the scored part separately (overrides --part)
    #[arg(long)]
    split: bool,
    #[arg(long, value_enum, default_value_t = EvalFormat::Text)]
    format: EvalFormat,
    /// List each false positive and negative (of the tuned part only with --split)
    #[arg(long)]
    misses: bool,
    /// Instead of scores: how each label-keeping perturbation of the replies (apostrophes
    /// dropped, shorthand, contractions, spelling, greeting, line breaks) moves the findings
    #[arg(long)]
    invariance: bool,
    /// House style (the site's settings export)
    #[arg(long, value_name = "FILE")]
    config: Option<String>,
}

#[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
enum PartArg {
    Tuned,
    Scored,
    All,
}

#[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
enum EvalFormat {
    Text,
    Json,
}

/// Bad input: exit 2 with a one-line reason.
struct Fail(String);

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Check(args) => cmd_check(args),
        Command::Eval(args) => cmd_eval(args),
        Command::Rules => cmd_rules(),
    };
    result.unwrap_or_else(|Fail(reason)| {
        eprintln!("tactful: {reason}");
        ExitCode::from(2)
    })
}

/// Reads a file whole, or standard input for `-`, refusing one over `limit` bytes before
/// reading more of it. The error is a reason to put after the file's name.
fn read_bytes(path: &str, limit: usize) -> Result<Vec<u8>, String> {
    let cannot = |e: std::io::Error| format!("cannot read: {e}");
    let mut bytes = Vec::new();
    if path == "-" {
        std::io::stdin()
            .take(limit as u64 + 1)
            .read_to_end(&mut bytes)
            .map_err(cannot)?;
    } else {
        let file = std::fs::File::open(path).map_err(cannot)?;
        let len = file.metadata().map_err(cannot)?.len();
        if len > limit as u64 {
            return Err(library::too_large(len as usize).reason);
        }
        file.take(limit as u64 + 1)
            .read_to_end(&mut bytes)
            .map_err(cannot)?;
    }
    if bytes.len() > limit {
        return Err(library::too_large(bytes.len()).reason);
    }
    Ok(bytes)
}

/// A whole small file as text (a settings file, a customer's message).
fn read_text(path: &str) -> Result<String, Fail> {
    let bytes = read_bytes(path, MAX_FILE_BYTES).map_err(|e| Fail(format!("{path}: {e}")))?;
    String::from_utf8(bytes).map_err(|e| {
        Fail(format!(
            "{path} is not valid UTF-8 (first bad byte at offset {})",
            e.utf8_error().valid_up_to()
        ))
    })
}

fn load_config(path: &str) -> Result<Config, Fail> {
    Config::from_json(&read_text(path)?).map_err(|e| Fail(format!("{path}: {e}")))
}

/// `--config FILE`, else the first `.tactful.json` in the current folder or a parent, as
/// linters find theirs.
fn find_config(explicit: Option<&str>) -> Result<Config, Fail> {
    if let Some(path) = explicit {
        return load_config(path);
    }
    let Ok(cwd) = std::env::current_dir() else {
        return Ok(Config::default());
    };
    match cwd
        .ancestors()
        .map(|dir| dir.join(".tactful.json"))
        .find(|p| p.is_file())
    {
        Some(found) => load_config(&found.to_string_lossy()),
        None => Ok(Config::default()),
    }
}

/// The files to read: each path as given, folders walked in name order.
fn files_of(paths: &[String]) -> Vec<(String, bool)> {
    let mut files = Vec::new();
    for path in paths {
        if Path::new(path).is_dir() {
            walk(Path::new(path), &mut files);
        } else {
            files.push((path.clone(), false));
        }
    }
    files
}

/// Adds the files under `dir` (marked as found in a folder), skipping hidden names and not
/// following links to folders, so a link loop cannot hold the walk.
fn walk(dir: &Path, files: &mut Vec<(String, bool)>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        files.push((dir.to_string_lossy().into_owned(), false));
        return;
    };
    let mut entries: Vec<PathBuf> = entries.filter_map(|e| Some(e.ok()?.path())).collect();
    entries.sort();
    for path in entries {
        let hidden = path
            .file_name()
            .is_some_and(|n| n.to_string_lossy().starts_with('.'));
        let Ok(meta) = std::fs::symlink_metadata(&path) else {
            continue;
        };
        if hidden {
            continue;
        } else if meta.is_dir() {
            walk(&path, files);
        } else if path.is_file() {
            files.push((path.to_string_lossy().into_owned(), true));
        }
    }
}

fn cmd_check(args: CheckArgs) -> Result<ExitCode, Fail> {
    let config = find_config(args.config.as_deref())?;
    let customer = args.customer.as_deref().map(read_text).transpose()?;
    let options = ReadOptions {
        column: args.column.clone(),
    };
    let mut macros: Vec<(String, Format, Macro)> = Vec::new();
    let mut problems = Vec::new();
    let mut notes = Vec::new();
    let mut files_read = 0;
    let mut skipped = 0;
    for (file, in_folder) in files_of(&args.paths) {
        let display = if file == "-" { "<stdin>" } else { &file };
        let bytes = match read_bytes(&file, MAX_FILE_BYTES) {
            Ok(bytes) => bytes,
            Err(reason) => {
                problems.push(Problem {
                    file: display.to_string(),
                    location: String::new(),
                    reason,
                });
                continue;
            }
        };
        if in_folder && library::looks_binary(&bytes) {
            skipped += 1;
            continue;
        }
        match library::read(&file, &bytes, &options) {
            Ok(found) => {
                files_read += 1;
                notes.extend(
                    found
                        .notes
                        .into_iter()
                        .map(|n| Problem::in_file(display, n)),
                );
                macros.extend(
                    found
                        .macros
                        .into_iter()
                        .map(|m| (display.to_string(), found.format, m)),
                );
            }
            Err(e) => problems.push(Problem::in_file(display, e)),
        }
    }
    let checked = check_all(&macros, customer.as_deref(), &config);
    let entries: Vec<Entry> = macros
        .into_iter()
        .zip(checked)
        .map(|((file, format, macro_), checked)| Entry {
            file,
            format,
            macro_,
            checked,
        })
        .collect();
    for (p, kind) in problems
        .iter()
        .map(|p| (p, ""))
        .chain(notes.iter().map(|n| (n, "note: ")))
    {
        match p.location.as_str() {
            "" => eprintln!("tactful: {}: {kind}{}", p.file, p.reason),
            at => eprintln!("tactful: {}: {at}: {kind}{}", p.file, p.reason),
        }
    }
    match args.format {
        CheckFormat::Json => write_json(
            &output::json(&entries, files_read, &problems, &notes),
            false,
        ),
        CheckFormat::Sarif => write_json(&output::sarif(&entries, &problems, &notes), true),
        CheckFormat::Text => print_report(&entries, files_read, skipped),
    }
    Ok(if !problems.is_empty() {
        ExitCode::from(2)
    } else if entries.iter().all(|e| e.checked.summary.ready) {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    })
}

/// Checks every macro, on as many threads as there are cores, each thread with its own
/// [`Checker`]; the results come back in the macros' order.
fn check_all(
    macros: &[(String, Format, Macro)],
    customer: Option<&str>,
    config: &Config,
) -> Vec<Checked> {
    let threads = std::thread::available_parallelism().map_or(1, |n| n.get());
    let chunk = macros.len().div_ceil(threads).max(1);
    std::thread::scope(|scope| {
        let handles: Vec<_> = macros
            .chunks(chunk)
            .map(|part| {
                scope.spawn(move || {
                    let mut checker = Checker::new();
                    part.iter()
                        .map(|(_, _, m)| audit::check(&mut checker, m, customer, config))
                        .collect::<Vec<_>>()
                })
            })
            .collect();
        handles
            .into_iter()
            .flat_map(|h| h.join().expect("a check thread panicked"))
            .collect()
    })
}

fn print_report(entries: &[Entry], files_read: usize, skipped: usize) {
    for entry in entries.iter().filter(|e| !e.checked.findings.is_empty()) {
        let m = &entry.macro_;
        let s = entry.checked.summary;
        let whole_file = m.locator.is_empty();
        let heading = if whole_file {
            entry.file.clone()
        } else {
            let line = m
                .file_line
                .map(|l| format!(", line {l}"))
                .unwrap_or_default();
            format!("{} ({} {}{line})", m.title, entry.file, m.locator)
        };
        out!("── {heading} ── {}", counts(s.errors, s.warnings, s.hints));
        let lines = LineIndex::new(&m.text);
        for f in &entry.checked.findings {
            let (line, column) = lines.at(f.start);
            let at = match m.file_line {
                Some(first) if m.lines_match_file => {
                    format!("{}:{}:{column}", entry.file, first + line - 1)
                }
                _ => format!("{line}:{column}"),
            };
            out!(
                "  {at}: {} [{}] {}",
                f.severity.as_str(),
                f.check,
                f.message
            );
            out!(
                "      | {}",
                m.text[f.start..f.end].replace(['\r', '\n'], " ")
            );
            if let Some(r) = f.rewrites.first() {
                out!("      = {}: {:?}", r.label, r.edit.replacement);
            }
        }
        out!("");
    }
    let totals = output::totals(entries);
    out!("Summary");
    out!("  files read       {files_read}");
    if skipped > 0 {
        out!("  files skipped    {skipped} (binary)");
    }
    out!("  macros checked   {}", totals.macros);
    out!("  macros ready     {} (no error)", totals.ready);
    out!("  macros clean     {} (no finding)", totals.clean);
    if !totals.by_check.is_empty() {
        out!("  findings per check");
        let mut by_check: Vec<_> = totals.by_check.iter().collect();
        by_check.sort_by_key(|&(check, n)| (std::cmp::Reverse(*n), *check));
        for (check, n) in by_check {
            out!("    {check:<22} {n}");
        }
        out!("  worst macros");
        let summaries: Vec<_> = entries.iter().map(|e| e.checked.summary).collect();
        for (rank, i) in audit::worst(&summaries, WORST).into_iter().enumerate() {
            let e = &entries[i];
            let s = e.checked.summary;
            let place = if e.macro_.locator.is_empty() {
                e.file.clone()
            } else {
                format!("{} ({} {})", e.macro_.title, e.file, e.macro_.locator)
            };
            out!(
                "    {:>2}. {place}: {}",
                rank + 1,
                counts(s.errors, s.warnings, s.hints)
            );
        }
    }
    let not_ready = totals.macros - totals.ready;
    out!(
        "{}: {}",
        counts(totals.errors, totals.warnings, totals.hints),
        match (totals.macros, not_ready) {
            (0, _) => "no macro checked".to_string(),
            (_, 0) => "ready to send".to_string(),
            (1, _) => "not ready to send".to_string(),
            (n, k) => format!("{k} of {n} macros not ready to send"),
        }
    );
}

fn counts(errors: usize, warnings: usize, hints: usize) -> String {
    format!("{errors} error(s), {warnings} warning(s), {hints} hint(s)")
}

fn cmd_eval(args: EvalArgs) -> Result<ExitCode, Fail> {
    let config = match &args.config {
        Some(path) => load_config(path)?,
        None => Config::default(),
    };
    let path = &args.corpus;
    let text = read_text(path)?;
    let items = evaluation::parse_corpus(&text).map_err(|e| Fail(format!("{path}:{e}")))?;
    let parts: Vec<Part> = if args.split {
        vec![Part::Tuned, Part::Scored]
    } else {
        vec![match args.part {
            PartArg::All => Part::All,
            PartArg::Tuned => Part::Tuned,
            PartArg::Scored => Part::Scored,
        }]
    };
    if args.invariance {
        for &part in &parts {
            let moved = invariance::invariance(&items, part, &config);
            if args.format == EvalFormat::Json {
                out!(
                    "{}",
                    serde_json::to_string(&moved).expect("invariance serialises")
                );
            } else {
                out!("{}", invariance::table(part, &moved));
            }
            // As with --misses, only the tuned part's rows print.
            if args.misses {
                for row in moved.iter().flat_map(|m| &m.rows) {
                    out!("{row}");
                }
            }
        }
        return Ok(ExitCode::SUCCESS);
    }
    let results: Vec<Evaluation> = parts
        .iter()
        .map(|&part| evaluation::evaluate(&items, part, &config))
        .collect();
    if args.format == EvalFormat::Json {
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
    if args.misses {
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

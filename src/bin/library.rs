//! The site's Library view (`library.html`, `web/library-view.js`) checks a team's macro
//! library export with this wasm: the engine and the readers of `src/library/`, exactly as
//! the command line's `tactful check` uses them. It loads only when the view is opened, in
//! its own worker (`web/library-worker.js`), so the editor's first load does not carry the
//! readers (BENCHMARKS.md, "The Library view").

#[cfg(target_arch = "wasm32")]
mod view {
    use tactful::engine::{Checker, Config};
    use tactful::library::audit;
    use tactful::library::output::{self, Entry, Problem};
    use tactful::library::{self, ReadOptions};
    use wasm_bindgen::prelude::*;

    /// How many macros are checked between two progress reports.
    const PROGRESS_EVERY: usize = 25;

    /// Reads the export `bytes` (a file named `name`, as picked or dropped) and checks every
    /// macro in it with the house style `house_style` (the site's settings JSON; empty for
    /// the defaults). `csv_column` names a CSV file's reply column (empty: found by name).
    /// Calls `progress(done, total)` as it goes. Returns the `tactful check --format json`
    /// report: a file that cannot be read is one of its `problems`, and a house style that
    /// cannot be used is one of its `notes` (the defaults are used), so nothing throws.
    #[wasm_bindgen(js_name = auditLibrary)]
    pub fn audit_library(
        name: &str,
        bytes: &[u8],
        house_style: &str,
        csv_column: &str,
        progress: &js_sys::Function,
    ) -> String {
        let mut problems = Vec::new();
        let mut notes = Vec::new();
        let config = match house_style {
            "" => Config::default(),
            json => Config::from_json(json).unwrap_or_else(|e| {
                notes.push(Problem {
                    file: "the house style".to_string(),
                    location: String::new(),
                    reason: format!("could not be used ({e}); the defaults are in force"),
                });
                Config::default()
            }),
        };
        let options = ReadOptions {
            column: Some(csv_column.trim())
                .filter(|c| !c.is_empty())
                .map(str::to_string),
        };
        let mut entries = Vec::new();
        match library::read(name, bytes, &options) {
            Ok(found) => {
                notes.extend(found.notes.into_iter().map(|n| Problem::in_file(name, n)));
                let total = found.macros.len();
                let mut checker = Checker::new();
                for (index, macro_) in found.macros.into_iter().enumerate() {
                    let checked = audit::check(&mut checker, &macro_, None, &config);
                    entries.push(Entry {
                        file: name.to_string(),
                        format: found.format,
                        macro_,
                        checked,
                    });
                    if (index + 1) % PROGRESS_EVERY == 0 {
                        let _ = progress.call2(&JsValue::NULL, &(index + 1).into(), &total.into());
                    }
                }
            }
            Err(e) => problems.push(Problem::in_file(name, e)),
        }
        let files_read = usize::from(problems.is_empty());
        output::json(&entries, files_read, &problems, &notes).to_string()
    }
}

#[cfg(target_arch = "wasm32")]
fn main() {}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!(
        "The Library view runs in the browser: `scripts/build` builds it into dist/library/."
    );
    std::process::exit(2);
}

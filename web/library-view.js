// The Library view (library.html): a team lead drops a helpdesk export, sees every macro
// with what tactful found in it, filters and sorts, opens one in the editor to fix it and
// exports the report as CSV. The reading and checking run in library-worker.js (the same
// readers and engine as `tactful check`); this file only shows the report. Everything from
// the file is shown as text (textContent), never as markup.

// The keys the editor keeps its draft and house style under (src/ui/storage.rs).
const DRAFT_KEY = "tactful.draft";
const HOUSE_STYLE_KEY = "tactful.config";
// As src/library/mod.rs MAX_FILE_BYTES: a larger file is refused before it is read.
const MAX_FILE_BYTES = 16 * 1024 * 1024;
const ROWS_PER_PAGE = 200;

const $ = (id) => document.getElementById(id);
const el = (tag, props = {}, ...children) => {
  const node = Object.assign(document.createElement(tag), props);
  node.append(...children.filter((child) => child != null));
  return node;
};
const checkName = (id) => id.charAt(0).toUpperCase() + id.slice(1).replaceAll("-", " ");
const plural = (n, word) => `${n.toLocaleString("en")} ${word}${n === 1 ? "" : "s"}`;
const status = (m) => (m.errors ? "error" : m.warnings ? "warning" : m.hints ? "hint" : "clean");
const stored = (key) => {
  try {
    return localStorage.getItem(key) ?? "";
  } catch {
    return ""; // storage disabled: the defaults, and nothing to overwrite
  }
};

let report = null; // the last `tactful check --format json` report
let fileName = "";
let sort = { key: "severity", descending: true };
let worker = null;
let rowLimit = ROWS_PER_PAGE;

// Picking and dropping a file.
$("library-file").addEventListener("change", (event) => {
  const [file] = event.target.files;
  if (file) audit(file);
});
const zone = $("drop-zone");
zone.addEventListener("dragover", (event) => {
  event.preventDefault();
  zone.classList.add("dragging");
});
zone.addEventListener("dragleave", () => zone.classList.remove("dragging"));
zone.addEventListener("drop", (event) => {
  event.preventDefault();
  zone.classList.remove("dragging");
  const [file] = event.dataTransfer.files;
  if (file) audit(file);
});

async function audit(file) {
  const fail = (reason) => {
    progress("");
    showProblems([{ file: file.name, location: "", reason }]);
  };
  showProblems([]);
  if (file.size > MAX_FILE_BYTES) {
    const mb = (file.size / 1_048_576).toFixed(1);
    fail(`is ${mb} MB, over the 16 MB a library file may have; split the export into smaller files`);
    return;
  }
  progress(`Reading ${file.name}…`);
  let bytes;
  try {
    bytes = await file.arrayBuffer();
  } catch (error) {
    fail(`could not be read (${error.message})`);
    return;
  }
  // A new file replaces a check still running on the last one.
  worker?.terminate();
  worker = new Worker(new URL("library-worker.js", import.meta.url), { type: "module" });
  worker.onmessage = ({ data }) => {
    if (data.progress) {
      const { done, total } = data.progress;
      progress(`Checking ${file.name}: ${done.toLocaleString("en")} of ${plural(total, "macro")}…`, done / total);
    } else if (data.report) {
      finish(file.name, data.report);
    } else {
      fail(`could not be checked (${data.error}); reload the page and try again`);
    }
  };
  worker.onerror = (event) => fail(`could not be checked (${event.message ?? "the checker failed to start"})`);
  worker.postMessage({ name: file.name, bytes, houseStyle: stored(HOUSE_STYLE_KEY), column: $("csv-column").value }, [bytes]);
}

function progress(text, fraction) {
  const box = $("progress");
  box.replaceChildren();
  if (!text) return;
  box.append(el("span", { textContent: text }));
  if (fraction !== undefined) box.append(el("progress", { max: 1, value: fraction }));
}

/** Files that could not be read (an alert), and what the reader did that the lead should know. */
function showProblems(problems, notes = []) {
  const list = (items) => el("ul", { className: "library-problems" }, ...items.map((p) => el("li", { textContent: [p.file, p.location, p.reason].filter(Boolean).join(": ") })));
  $("problems").replaceChildren(
    problems.length ? el("div", { className: "settings-error", role: "alert" }, list(problems)) : "",
    notes.length ? el("div", { className: "notice" }, list(notes)) : "",
  );
}

function finish(name, result) {
  worker?.terminate();
  worker = null;
  fileName = name;
  const { summary } = result;
  progress(`Checked ${plural(summary.macros, "macro")} in ${name}.`);
  showProblems(result.problems, result.notes.map((n) => ({ ...n, reason: `note: ${n.reason}` })));
  report = result;
  rowLimit = ROWS_PER_PAGE;
  $("results").hidden = !result.macros.length;
  const byCheck = Object.entries(summary.by_check);
  $("totals").textContent = [
    `${plural(summary.macros, "macro")} checked`,
    `${summary.macros_ready.toLocaleString("en")} ready to send`,
    `${summary.macros_clean.toLocaleString("en")} with nothing to fix`,
    `${plural(summary.errors, "error")}, ${plural(summary.warnings, "warning")}, ${plural(summary.hints, "hint")}`,
  ].join(" · ");
  const filter = $("check-filter");
  filter.replaceChildren(
    el("option", { value: "", textContent: `Every macro (${summary.macros.toLocaleString("en")})` }),
    el("option", { value: "*", textContent: `Macros with findings (${(summary.macros - summary.macros_clean).toLocaleString("en")})` }),
    ...byCheck.map(([check, n]) => el("option", { value: check, textContent: `${checkName(check)} (${plural(n, "finding")})` })),
  );
  render();
}

$("check-filter").addEventListener("change", () => {
  rowLimit = ROWS_PER_PAGE;
  render();
});
for (const button of document.querySelectorAll("th button[data-sort]")) {
  button.addEventListener("click", () => {
    const key = button.dataset.sort;
    sort = { key, descending: sort.key === key ? !sort.descending : key !== "title" };
    render();
  });
}

function render() {
  if (!report) return;
  const wanted = $("check-filter").value;
  const shown = report.macros
    .map((m, index) => ({ m, index }))
    .filter(({ m }) => !wanted || (wanted === "*" ? m.findings.length : m.findings.some((f) => f.check === wanted)));
  const compare = {
    title: (a, b) => a.m.title.localeCompare(b.m.title),
    severity: (a, b) => byNumbers(severityKey(a.m), severityKey(b.m)),
    findings: (a, b) => a.m.findings.length - b.m.findings.length,
  }[sort.key];
  // Equal rows keep the export's order whichever way the column is sorted.
  shown.sort((a, b) => (sort.descending ? -compare(a, b) : compare(a, b)) || a.index - b.index);
  for (const th of document.querySelectorAll("th[aria-sort]")) {
    const key = th.querySelector("button").dataset.sort;
    th.setAttribute("aria-sort", key === sort.key ? (sort.descending ? "descending" : "ascending") : "none");
  }
  // A long library is drawn a page at a time: thousands of rows at once would hold the page.
  const rows = shown.slice(0, rowLimit).map(({ m }) => row(m));
  $("macro-rows").replaceChildren(...rows);
  const more = $("show-more");
  more.hidden = shown.length <= rowLimit;
  more.textContent = `Show ${Math.min(ROWS_PER_PAGE, shown.length - rowLimit).toLocaleString("en")} more (${rowLimit.toLocaleString("en")} of ${shown.length.toLocaleString("en")} shown)`;
}

$("show-more").addEventListener("click", () => {
  rowLimit += ROWS_PER_PAGE;
  render();
});

// Worst first as the command line's summary ranks them: errors, then warnings, then findings.
const severityKey = (m) => [m.errors, m.warnings, m.findings.length];
const byNumbers = (x, y) => x.reduce((order, v, i) => order || v - y[i], 0);

function row(m) {
  const state = status(m);
  const where = [m.locator, m.file_line ? `line ${m.file_line}` : ""].filter(Boolean).join(", ");
  const findings = m.findings.length
    ? el("ul", { className: "macro-findings" }, ...m.findings.map(findingItem))
    : el("span", { className: "muted", textContent: "Nothing to fix" });
  const open = el("button", { type: "button", className: "quiet", textContent: "Open in editor" });
  open.addEventListener("click", () => openInEditor(m));
  return el(
    "tr",
    { className: state },
    el("th", { scope: "row" }, el("span", { className: "macro-title", textContent: m.title }), where ? el("span", { className: "muted macro-where", textContent: where }) : null, open),
    el("td", {}, el("span", { className: "badge", textContent: state === "clean" ? "ready" : state })),
    el("td", { className: "count", textContent: String(m.findings.length) }),
    el("td", {}, findings),
  );
}

function findingItem(f) {
  const [rewrite] = f.rewrites;
  return el(
    "li",
    { className: `finding ${f.severity}` },
    el("p", { className: "finding-head" }, el("span", { className: "badge", textContent: f.severity }), el("span", { className: "check-title", textContent: checkName(f.check) }), el("span", { className: "muted", textContent: `line ${f.line}` })),
    el("p", { className: "message", textContent: f.message }),
    el("blockquote", { className: "excerpt", textContent: f.text }),
    rewrite ? el("p", { className: "muted", textContent: `Rewrite: ${rewrite.label}` }) : null,
  );
}

/** The macro becomes the editor's draft (in a new tab), after asking if a draft is there. */
function openInEditor(m) {
  const draft = stored(DRAFT_KEY);
  if (draft.trim() && draft !== m.text && !confirm(`The editor holds a draft. Replace it with the macro "${m.title}"?`)) return;
  try {
    localStorage.setItem(DRAFT_KEY, m.text);
  } catch {
    showProblems([{ file: m.title, location: "", reason: "could not be opened in the editor: this browser does not let the page store it; copy it from the export" }]);
    return;
  }
  window.open("./", "_blank");
}

$("export-csv").addEventListener("click", () => {
  if (!report) return;
  const header = ["file", "macro", "where", "status", "check", "severity", "line", "column", "flagged words", "message", "first rewrite"];
  const rows = [header];
  for (const m of report.macros) {
    const base = [m.file, m.title, m.locator, status(m)];
    if (!m.findings.length) rows.push([...base, "", "", "", "", "", "", ""]);
    for (const f of m.findings) {
      rows.push([...base, f.check, f.severity, f.line, f.column, f.text, f.message, f.rewrites[0]?.replacement ?? ""]);
    }
  }
  const blob = new Blob([rows.map((r) => r.map(csvCell).join(",")).join("\r\n") + "\r\n"], { type: "text/csv" });
  const link = el("a", { href: URL.createObjectURL(blob), download: `${fileName.replace(/\.[^.]*$/, "")}-tactful.csv` });
  link.click();
  URL.revokeObjectURL(link.href);
});

/** One CSV cell; a cell a spreadsheet would run as a formula is kept as text. */
function csvCell(value) {
  let text = String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n']/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

// tactful for helpdesk pages. After <script type="module" src=".../embed.js"></script>,
// `window.tactful.ready` resolves and `window.tactful` offers analyze, applyRewrite, attach,
// defaultConfig and version (see the README). All judgement of the text and every offset
// conversion happen in the wasm; this file only carries text and events between the host
// page's own field and it. Offsets are UTF-16 code units throughout, as JS strings index.

// The glue and the field's plumbing are imported statically: `scripts/build` bundles them into
// this file, so a page fetches this file and the wasm alone before `ready` (each further file
// was one more request to wait for while the page is starting).
import init, {
  analyzeEdit,
  applyRewrite,
  defaultConfig,
  Panel,
  panelCss as cssOfPanel,
  useWorker,
  version,
  whyByCheck as whyJson,
} from "./tactful-embed.js";
import * as plumbing from "./field.js"; // reading and editing the host's field

const here = new URL(".", import.meta.url);
let wasm = null; // the glue's functions, once the wasm is loaded
let whyByCheck = {}; // each check's "why it matters", which analyze's JSON leaves out
let last = null; // the last analyze's text and findings, as the wasm holds them; never handed out
let sheet = null; // the panel's stylesheet, shared by every panel
let panelCss = null; // its text, for pages without constructed stylesheets too
const attached = new WeakSet();

class TactfulPanel extends HTMLElement {}
if (!customElements.get("tactful-panel")) customElements.define("tactful-panel", TactfulPanel);

const tactful = {
  version: undefined,
  ready: undefined,
  analyze(text, { customer, config } = {}) {
    // Hosts call this on every keystroke: the wasm is given only the edit since the last
    // call, and sends only the findings that are new; the rest are the last call's, moved.
    text = String(text);
    const before = last;
    last = null; // until the wasm has taken this text, in case it throws
    // Without an earlier call, the whole text replaces whatever the wasm holds (an end past
    // it is its end, and tells it that JS holds no findings).
    const [start, end, inserted] = before ? changed(before.text, text) : [0, 2 ** 30, text];
    const [runs, report] = JSON.parse(
      api().analyzeEdit(start, end, inserted, customer == null ? undefined : String(customer), configJson(config)),
    );
    const findings = [];
    for (let r = 0, sent = 0; r < runs.length; r += 3) {
      const [from, count, shift] = runs.slice(r, r + 3);
      for (let i = 0; i < count; i++) {
        if (from >= 0) findings.push(shift ? moved(before.findings[from + i], shift) : before.findings[from + i]);
        else {
          const finding = report.findings[sent++];
          finding.why = whyByCheck[finding.check];
          findings.push(finding);
        }
      }
    }
    last = { text, findings };
    // The caller's own copies: what it does to them is not what the next call starts from.
    return { findings: findings.map((finding) => moved(finding, 0)), summary: report.summary };
  },
  applyRewrite(text, { start, end, replacement } = {}) {
    // The wasm takes these as they come: a number for a string would be read as garbage.
    if (!Number.isInteger(start) || !Number.isInteger(end) || typeof replacement !== "string") {
      throw new TypeError("applyRewrite needs a rewrite from analyze: {start, end, replacement}");
    }
    return api().applyRewrite(String(text), start, end, replacement);
  },
  defaultConfig() {
    return JSON.parse(api().defaultConfig());
  },
  attach(element, options = {}) {
    api();
    return attach(element, options);
  },
};

tactful.ready = (async () => {
  try {
    // The wasm compiles as it arrives.
    await init({ module_or_path: await compiledWasm(new URL("tactful-embed_bg.wasm", here).href) });
    // What this file calls, named: the bundle leaves out the rest of the glue (the worker's).
    wasm = { analyzeEdit, applyRewrite, defaultConfig, Panel, panelCss: cssOfPanel, useWorker, version, whyByCheck: whyJson };
  } catch (cause) {
    throw new Error(`tactful could not load its WebAssembly from ${here.href}: ${cause?.message ?? cause}`, { cause });
  }
  tactful.version = wasm.version();
  whyByCheck = Object.fromEntries(JSON.parse(wasm.whyByCheck()));
  // Large drafts are checked in a worker beside this file (web/embed-worker.js), if the page
  // allows it.
  wasm.useWorker(new URL("embed-worker.js", here).href);
  return tactful;
})();

window.tactful = tactful;

function api() {
  if (!wasm) throw new Error("tactful is not ready yet: await tactful.ready first");
  return wasm;
}

/**
 * The edit that makes `after` of `before`: `[start, end, inserted]`, UTF-16 offsets of
 * `before` and what replaces the text between them. The common start and end are found by
 * comparing slices natively, long ones first. Neither offset splits a surrogate pair.
 */
function changed(before, after) {
  const [b, a] = [before.length, after.length];
  const most = Math.min(b, a);
  let [start, same] = [after.startsWith(before) ? b : 0, 0]; // same: units in common at the end
  for (let step = 65536; step; step >>= 4) {
    while (start + step <= most && before.slice(start, start + step) === after.slice(start, start + step)) start += step;
  }
  if (start && (after.charCodeAt(start - 1) & 0xfc00) === 0xd800) start--;
  for (let step = 65536; step; step >>= 4) {
    while (same + step <= most - start && before.slice(b - same - step, b - same) === after.slice(a - same - step, a - same)) same += step;
  }
  if (same && (after.charCodeAt(a - same) & 0xfc00) === 0xdc00) same--;
  return [start, b - same, after.slice(start, a - same)];
}

/** A copy of a finding with every offset moved by `shift` (its keys in the same order). */
function moved(f, shift) {
  const move = (x) => ({ ...x, start: x.start + shift, end: x.end + shift });
  return { ...move(f), rewrites: f.rewrites.map(move) };
}

/** A house style as an object, or as the JSON text the site exports (taken as it is). */
function configJson(config) {
  if (config == null) return undefined;
  return typeof config === "string" ? config : JSON.stringify(config);
}

/** Attaches a panel to a field; see the README for the options. */
function attach(element, options) {
  const field = plumbing.fieldOf(element);
  if (attached.has(element)) throw new Error("tactful is already attached to this element: detach it first");
  // Beside the field or its editor, where the agent sees it (a same-origin iframe's editor too).
  const anchor = plumbing.panelAnchor(element);
  const panelElement = document.createElement("tactful-panel");
  // Beside a page without dark colours the panel stays light too, whatever the system says.
  const scheme = `${getComputedStyle(document.documentElement).colorScheme} ${document.querySelector('meta[name="color-scheme"]')?.content}`;
  if (!scheme.includes("dark")) panelElement.dataset.scheme = "light";
  const shadow = panelElement.attachShadow({ mode: "open" });
  adoptStyle(shadow);
  plumbing.keepFieldFocus(shadow);
  const root = document.createElement("div");
  shadow.append(root);

  let gate = null;
  const host = {
    // What the field shows after the edit: the panel counts a rewrite only if it is there.
    edit(start, end, replacement) {
      const before = field.read();
      const now = field.edit(start, end, replacement);
      // An editor may take an edit and draw it later, or cancel it and make none: once it
      // drew it or had the time to, a field that holds what it held before refused it.
      field.settled().then((text) => {
        if (text !== before) return;
        panel?.setText(text);
        panel?.refused();
      });
      return now;
    },
    select: (start, end) => field.select(start, end),
    send: () => gate?.sendAgain(),
  };
  let panel = new wasm.Panel(root, host, configJson(options.config));
  if (options.container) options.container.append(panelElement);
  else anchor.after(panelElement);
  attached.add(element);

  const removers = [];
  const listen = (target, type, listener, capture = false) => {
    target.addEventListener(type, listener, capture);
    removers.push(() => target.removeEventListener(type, listener, capture));
  };
  const readText = () => panel?.setText(field.read());
  const recheck = () => {
    panel.setCustomer(customerText(options.customer));
    readText();
  };
  const findings = () => (panel ? JSON.parse(panel.findings()) : []);
  removers.push(field.watch(readText));
  if (options.sendGate) gate = plumbing.sendGate(anchor, options.sendButton, listen, () => (readText(), panel.holdSend()));
  recheck();

  return {
    detach() {
      if (!panel) return;
      field.forget();
      for (const remove of removers) remove();
      panel.destroy();
      panel = null;
      panelElement.remove();
      attached.delete(element);
    },
    recheck() {
      if (panel) recheck();
      return findings();
    },
    findings,
  };
}

function customerText(customer) {
  if (customer == null) return "";
  return typeof customer === "string" ? customer : customer.innerText ?? customer.textContent ?? "";
}

function adoptStyle(shadow) {
  // Built once in the wasm and shared by every panel, however many fields a page attaches.
  panelCss ??= wasm.panelCss();
  // A constructed stylesheet is not an inline <style>, so a host's style-src CSP allows it.
  if ("adoptedStyleSheets" in shadow && "replaceSync" in CSSStyleSheet.prototype) {
    if (!sheet) {
      sheet = new CSSStyleSheet();
      sheet.replaceSync(panelCss);
    }
    shadow.adoptedStyleSheets = [sheet];
  } else {
    const style = document.createElement("style");
    style.textContent = panelCss;
    shadow.append(style);
  }
}

/**
 * The wasm at `url`, compiled. Old scripts on helpdesk pages replace built-ins before this
 * file runs, fetch among them (a wrapper that logs, and refuses what is not the desk's own
 * API). Where the page's fetch is not the browser's own, or fails, the wasm is fetched with
 * the fetch of a blank iframe: a fresh realm with the page's origin and CSP, untouched by the
 * page's scripts, kept only while the wasm loads. Making that frame costs a page that is still
 * starting about 25 ms, so it is made only when needed.
 */
async function compiledWasm(url) {
  try {
    if (/\{\s*\[native code\]\s*\}$/.test(Function.prototype.toString.call(fetch))) return await compile(await fetch(url));
  } catch {
    // No fetch, refused, or not the wasm: the frame's fetch tries, and its error is the one told.
  }
  const realm = document.createElement("iframe");
  realm.style.setProperty("display", "none", "important");
  document.documentElement.append(realm);
  try {
    return await compile(await realm.contentWindow.fetch(url));
  } finally {
    realm.remove();
  }
}

/** The fetched wasm, compiled: as it streams where the server says what it is. */
function compile(response) {
  if (!response.ok) throw new Error(`${response.status} ${response.statusText} for ${response.url}`);
  if (response.headers.get("content-type")?.startsWith("application/wasm")) return WebAssembly.compileStreaming(response);
  return response.arrayBuffer().then((bytes) => WebAssembly.compile(bytes));
}

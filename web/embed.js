// tactful for helpdesk pages. After <script type="module" src=".../embed.js"></script>,
// `window.tactful.ready` resolves and `window.tactful` offers analyze, applyRewrite, attach,
// defaultConfig and version (see the README). All judgement of the text and every offset
// conversion happen in the wasm; this file only carries text and events between the host
// page's own field and it. Offsets are UTF-16 code units throughout, as JS strings index.

const here = new URL(".", import.meta.url);
let wasm = null; // the wasm-bindgen module, once loaded
let plumbing = null; // web/field.js: reading and editing the host's field, once loaded
let whyByCheck = {}; // each check's "why it matters", which analyze's JSON leaves out
let sheet = null; // the panel's stylesheet, shared by every panel
let panelCss = null; // its text, for pages without constructed stylesheets too
const attached = new WeakSet();

class TactfulPanel extends HTMLElement {}
if (!customElements.get("tactful-panel")) customElements.define("tactful-panel", TactfulPanel);

const tactful = {
  version: undefined,
  ready: undefined,
  analyze(text, { customer, config } = {}) {
    const report = JSON.parse(api().analyze(String(text), customer == null ? undefined : String(customer), configJson(config)));
    for (const finding of report.findings) finding.why = whyByCheck[finding.check];
    return report;
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
    // The glue, the wasm and the field plumbing are fetched side by side, and the wasm
    // compiles as it arrives: a page's start waits for the slowest of the three alone.
    const [module, compiled, field] = await Promise.all([
      import(new URL("tactful-embed.js", here).href),
      compiledWasm(new URL("tactful-embed_bg.wasm", here).href),
      import(new URL("field.js", here).href),
    ]);
    plumbing = field;
    await module.default({ module_or_path: compiled });
    wasm = module;
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

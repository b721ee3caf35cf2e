// tactful for helpdesk pages. After <script type="module" src=".../embed.js"></script>,
// `window.tactful.ready` resolves and `window.tactful` offers analyze, applyRewrite, attach,
// defaultConfig and version (see the README). All judgement of the text and every offset
// conversion happen in the wasm; this file only carries text and events between the host
// page's own field and it. Offsets are UTF-16 code units throughout, as JS strings index.

import { fieldOf, sendGate } from "./field.js";

const here = new URL(".", import.meta.url);
let wasm = null; // the wasm-bindgen module, once loaded
let sheet = null; // the panel's stylesheet, shared by every panel
const attached = new WeakSet();

class TactfulPanel extends HTMLElement {}
if (!customElements.get("tactful-panel")) customElements.define("tactful-panel", TactfulPanel);

const tactful = {
  version: undefined,
  ready: undefined,
  analyze(text, { customer, config } = {}) {
    return JSON.parse(api().analyze(String(text), customer ?? undefined, configJson(config)));
  },
  applyRewrite(text, { start, end, replacement }) {
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
    const module = await import(new URL("site.js", here).href);
    await module.default({ module_or_path: new URL("site_bg.wasm", here) });
    wasm = module;
  } catch (cause) {
    throw new Error(`tactful could not load its WebAssembly from ${here.href}: ${cause?.message ?? cause}`, { cause });
  }
  tactful.version = wasm.version();
  return tactful;
})();

window.tactful = tactful;

function api() {
  if (!wasm) throw new Error("tactful is not ready yet: await tactful.ready first");
  return wasm;
}

function configJson(config) {
  return config == null ? undefined : JSON.stringify(config);
}

/** Attaches a panel to a field; see the README for the options. */
function attach(element, options) {
  const field = fieldOf(element);
  if (attached.has(element)) throw new Error("tactful is already attached to this element: detach it first");
  // A field inside a same-origin iframe (a rich editor) gets its panel beside the iframe.
  const anchor = element.ownerDocument === document ? element : element.ownerDocument.defaultView.frameElement;
  const panelElement = document.createElement("tactful-panel");
  // Beside a page without dark colours the panel stays light too, whatever the system says.
  const scheme = `${getComputedStyle(document.documentElement).colorScheme} ${document.querySelector('meta[name="color-scheme"]')?.content}`;
  if (!scheme.includes("dark")) panelElement.dataset.scheme = "light";
  const shadow = panelElement.attachShadow({ mode: "open" });
  adoptStyle(shadow);
  const root = document.createElement("div");
  shadow.append(root);

  let gate = null;
  const host = {
    edit(start, end, replacement) {
      field.edit(start, end, replacement);
      return field.read();
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
  listen(element, "input", readText);
  if (options.sendGate) gate = sendGate(anchor, options.sendButton, listen, () => (readText(), panel.holdSend()));
  recheck();

  return {
    detach() {
      if (!panel) return;
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
  const css = wasm.panelCss();
  // A constructed stylesheet is not an inline <style>, so a host's style-src CSP allows it.
  if ("adoptedStyleSheets" in shadow && "replaceSync" in CSSStyleSheet.prototype) {
    if (!sheet) {
      sheet = new CSSStyleSheet();
      sheet.replaceSync(css);
    }
    shadow.adoptedStyleSheets = [sheet];
  } else {
    const style = document.createElement("style");
    style.textContent = css;
    shadow.append(style);
  }
}

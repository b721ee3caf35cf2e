// tactful for helpdesk pages. After <script type="module" src=".../embed.js"></script>,
// `window.tactful.ready` resolves and `window.tactful` offers analyze, applyRewrite, attach,
// defaultConfig and version (see the README). All judgement of the text and every offset
// conversion happen in the wasm; this file only carries text and events between the host
// page's own field and it. Offsets are UTF-16 code units throughout, as JS strings index.

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

/**
 * Holds back the field's form submission, and clicks on `sendButton` (a selector), while
 * `hold()` says so (the reply has errors and the panel now asks). `sendAgain()` lets the
 * held send through exactly once.
 */
function sendGate(anchor, sendButton, listen, hold) {
  const page = anchor.ownerDocument;
  const form = anchor.closest("form");
  let resend = null;
  let passing = false;
  const intercept = (event, again) => {
    if (passing || !hold()) return;
    resend = again;
    event.preventDefault();
    event.stopImmediatePropagation();
  };
  // Capture on the document runs before any listener the host put on the form or button.
  if (form) {
    listen(page, "submit", (event) => {
      if (event.target !== form) return;
      const submitter = event.submitter?.isConnected ? event.submitter : undefined;
      intercept(event, () => form.requestSubmit(submitter));
    }, true);
  }
  if (sendButton) {
    listen(page, "click", (event) => {
      const button = event.target.closest?.(sendButton);
      if (button) intercept(event, () => button.click());
    }, true);
  }
  return {
    sendAgain() {
      const again = resend;
      resend = null;
      if (!again) return;
      // click() and requestSubmit() dispatch synchronously: the gate is open for them only.
      passing = true;
      try {
        again();
      } finally {
        passing = false;
      }
    },
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

const TEXT_INPUTS = new Set(["text", "search"]);

/** The field's text, and edits and selections of it, whatever kind of field it is. */
function fieldOf(element) {
  const tag = element?.tagName;
  if (tag === "TEXTAREA" || (tag === "INPUT" && TEXT_INPUTS.has(element.type))) return textControl(element);
  if (element?.isContentEditable) return editable(element);
  throw new TypeError("tactful.attach needs a <textarea>, a text <input> or a contenteditable element");
}

function textControl(el) {
  const doc = el.ownerDocument;
  const field = {
    read: () => el.value,
    select(start, end) {
      el.focus();
      el.setSelectionRange(start, end);
    },
    edit(start, end, text) {
      if (el.readOnly || el.disabled) return;
      field.select(start, end);
      // The browser's own editing: input event, and the field's undo stack keeps working.
      if (doc.execCommand(text ? "insertText" : "delete", false, text)) return;
      el.setRangeText(text, start, end, "end");
      el.dispatchEvent(new doc.defaultView.InputEvent("input", { bubbles: true, inputType: "insertText", data: text }));
    },
  };
  return field;
}

function editable(el) {
  const doc = el.ownerDocument;
  const field = {
    read: () => flatten(el).text,
    select(start, end) {
      el.focus();
      const selection = doc.getSelection();
      selection.removeAllRanges();
      selection.addRange(rangeOf(el, start, end));
    },
    edit(start, end, text) {
      field.select(start, end);
      // insertText is what editors (CKEditor, ProseMirror, ...) expect from typing.
      if (doc.execCommand(text ? "insertText" : "delete", false, text)) return;
      const range = rangeOf(el, start, end);
      range.deleteContents();
      if (text) range.insertNode(doc.createTextNode(text));
      el.dispatchEvent(new doc.defaultView.InputEvent("input", { bubbles: true, inputType: "insertText", data: text }));
    },
  };
  return field;
}

const BLOCK = /^(ADDRESS|ARTICLE|ASIDE|BLOCKQUOTE|DD|DIV|DL|DT|FIGCAPTION|FIGURE|FOOTER|H[1-6]|HEADER|HR|LI|OL|P|PRE|SECTION|TABLE|TD|TH|TR|UL)$/;
const UNSEEN = /^(SCRIPT|STYLE|TEMPLATE|NOSCRIPT)$/;

/**
 * A contenteditable element's text as the agent reads it, and where each piece of it is in
 * the DOM: a text node, or a line break (a <br> or a block boundary) with the DOM position
 * just before what follows it.
 */
function flatten(root) {
  let text = "";
  const pieces = [];
  let newBlock = false;
  const lineBreak = (node, offset) => {
    pieces.push({ start: text.length, length: 0, node, offset });
    text += "\n";
  };
  const blockBreak = (node, offset) => {
    if (newBlock && text && !text.endsWith("\n")) lineBreak(node, offset);
    newBlock = false;
  };
  const visit = (parent) => {
    let index = 0;
    for (let node = parent.firstChild; node; node = node.nextSibling, index++) {
      if (node.nodeType === Node.TEXT_NODE && node.data) {
        blockBreak(node, 0);
        pieces.push({ start: text.length, length: node.data.length, node });
        // A no-break space is a space to the reader; one code unit either way.
        text += node.data.replaceAll("\u00a0", " ");
      } else if (node.nodeType === Node.ELEMENT_NODE && !UNSEEN.test(node.tagName)) {
        if (node.tagName === "BR") {
          blockBreak(parent, index);
          lineBreak(parent, index);
          continue;
        }
        const block = BLOCK.test(node.tagName);
        newBlock ||= block;
        visit(node);
        newBlock ||= block;
      }
    }
  };
  visit(root);
  return { text, pieces };
}

/** A DOM range over UTF-16 offsets `start..end` of `flatten(root).text`. */
function rangeOf(root, start, end) {
  const { pieces } = flatten(root);
  const position = (at) => {
    for (const piece of pieces) {
      if (piece.length && piece.start <= at && at <= piece.start + piece.length) return [piece.node, at - piece.start];
      if (!piece.length && at === piece.start) return [piece.node, piece.offset];
    }
    return [root, root.childNodes.length];
  };
  const range = root.ownerDocument.createRange();
  range.setStart(...position(start));
  range.setEnd(...position(end));
  return range;
}

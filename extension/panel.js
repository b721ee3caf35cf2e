// The panel beside a host page's reply field, in an extension-owned iframe: it runs the wasm
// (under the extension's CSP, whatever the host page's says) and shows the same panel as the
// embed. The content script owns the field; this page hears its text and asks it for edits,
// selections and sends over the MessageChannel it hands over on load.
import init, { Panel, panelCss, useWorker } from "./tactful-embed.js";
import { HOUSE_STYLE, SEND_GATE } from "./sites.js";
import { keepFieldFocus } from "./field.js";

const connected = new Promise((resolve) => {
  addEventListener("message", function connect(event) {
    if (event.source !== parent || event.data?.tactful !== "connect" || !event.ports[0]) return;
    removeEventListener("message", connect);
    resolve({ port: event.ports[0], dark: event.data.dark, customer: event.data.customer });
  });
});

const [{ port, dark, customer }, settings] = await Promise.all([
  connected,
  chrome.storage.sync.get([HOUSE_STYLE, SEND_GATE]),
  init({ module_or_path: new URL("tactful-embed_bg.wasm", import.meta.url) }),
]);
// Large drafts are checked in a worker beside this page (web/embed-worker.js).
useWorker(new URL("embed-worker.js", import.meta.url).href);

const element = document.createElement("tactful-panel");
if (!dark) element.dataset.scheme = "light";
const shadow = element.attachShadow({ mode: "open" });
const sheet = new CSSStyleSheet();
sheet.replaceSync(panelCss());
shadow.adoptedStyleSheets = [sheet];
const root = document.createElement("div");
shadow.append(root);
document.body.append(element);

let text = ""; // the field's text as last heard, or as an edit asked for leaves it
let beforeEdit = null; // the field's text before the edit asked for last, until it is made
const host = {
  edit(start, end, replacement) {
    beforeEdit = text;
    text = text.slice(0, start) + replacement + text.slice(end);
    port.postMessage({ type: "edit", start, end, replacement });
    // What the field holds after it comes back as an "edited" message.
    return text;
  },
  select: (start, end) => port.postMessage({ type: "select", start, end }),
  send: () => port.postMessage({ type: "send" }),
  // The content script keeps the customer's message, to give it back if this frame loads
  // again (the host moved it in the DOM).
  customer: (text) => port.postMessage({ type: "customer", text }),
};

// A helpdesk page does not say which text is the customer's: the agent pastes it in the panel.
const ASKS_CUSTOMER = true;
let panel;
try {
  panel = new Panel(root, host, settings[HOUSE_STYLE] || undefined, ASKS_CUSTOMER);
} catch (error) {
  // A house style this version cannot read: check with the default one rather than not at all.
  console.warn(`tactful: the saved house style is not valid (${error.message}); using the default`);
  panel = new Panel(root, host, undefined, ASKS_CUSTOMER);
}

if (customer) panel.setCustomer(customer);

port.onmessage = ({ data }) => {
  if (data.type === "text") {
    text = data.text;
    panel.setText(text);
  } else if (data.type === "edited") {
    text = data.text;
    panel.setText(text);
    // Unchanged by the edit: the editor refused it, and the panel offers it to copy.
    if (text === beforeEdit) panel.refused();
    beforeEdit = null;
  } else if (data.type === "holdSend") {
    text = data.text;
    panel.setText(text);
    port.postMessage({ type: settings[SEND_GATE] && panel.holdSend() ? "held" : "send" });
  }
};

// Clicks on the panel's buttons leave the focus in the field. Here that matters more than in
// the embed: the panel's frame lives in another process than the field's page. Were it to
// take the focus, that news could reach the page after the field took the focus back for a
// rewrite's placeholder, and the agent's next keys would land in the panel.
keepFieldFocus(window);

// The iframe is as tall as the panel: the body has no height of its own.
new ResizeObserver(() => port.postMessage({ type: "height", height: document.body.offsetHeight })).observe(document.body);

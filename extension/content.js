// tactful's content script: DOM plumbing only. On an allowed site it attaches to the reply
// field the agent works in (a textarea, or a contenteditable, also inside a blank iframe
// such as CKEditor's; a frame with a page of its own, of any origin, runs its own copy)
// and puts the panel beside it in an extension-owned iframe (panel.html). The checking runs
// there, so a page whose CSP forbids wasm still works. The two talk over a MessageChannel;
// the field stays the source of truth. A content script is a classic script:
// scripts/build-extension bundles these imports into it.
import { ALLOWED_SITES, SEND_BUTTONS, SEND_GATE, isAllowed } from "./sites.js";
import { fieldOf, panelAnchor, sendGate } from "../web/field.js";

(async () => {
  // Injected into an open page when the agent allows its site, and by registration after.
  if (globalThis.tactfulContentScript) return;
  globalThis.tactfulContentScript = true;
  const url = (path) => chrome.runtime.getURL(path);

  const panels = new Map(); // field element -> its panel
  let settings = await chrome.storage.sync.get([ALLOWED_SITES, SEND_GATE, SEND_BUTTONS]);
  let watching = false;

  const allowed = () => isAllowed(location.href, settings[ALLOWED_SITES] ?? []);
  const state = () => ({ allowed: allowed(), fields: [...panels.keys()].filter((f) => f.isConnected).length });
  const report = () => chrome.runtime.sendMessage({ type: "state", ...state() }).catch(() => {});

  chrome.runtime.onMessage.addListener((message, _sender, reply) => {
    if (message?.type === "state") reply(state());
  });
  chrome.storage.onChanged.addListener((changes, area) => {
    if (area !== "sync") return;
    for (const [key, { newValue }] of Object.entries(changes)) settings[key] = newValue;
    if (allowed()) watch(document);
    else for (const panel of panels.values()) panel.detach();
    report();
  });
  /** Attaches to fields as the agent focuses them, in `doc` and its same-origin iframes. */
  function watch(doc) {
    if (doc === document && watching) return;
    if (doc === document) watching = true;
    doc.addEventListener("focusin", (event) => {
      if (allowed()) attachTo(event.target);
    }, true);
    const frames = (root) => {
      for (const frame of root.querySelectorAll?.("iframe") ?? []) watchFrame(frame);
    };
    frames(doc);
    new MutationObserver((changes) => {
      for (const change of changes) for (const node of change.addedNodes) {
        if (node.tagName === "IFRAME") watchFrame(node);
        else frames(node);
      }
    }).observe(doc, { childList: true, subtree: true });
    // A field that has focus already (autofocus, a restored draft) is attached now.
    if (allowed()) attachTo(doc.activeElement);
  }

  /** Whether `frame` loads a page from its address (a blank or written one does not). */
  const loadsOwnPage = (frame) => {
    // The attribute, not `frame.src`: an empty one reads back as this page's address.
    const src = frame.getAttribute("src")?.trim();
    return Boolean(src) && !/^(about|javascript|data):/i.test(src);
  };

  const watchedFrames = new WeakSet();
  function watchFrame(frame) {
    if (frame.src.startsWith(url(""))) return; // a panel of ours
    // A frame that loads a page of its own runs this script itself (all frames of an allowed
    // site); only the blank frames that editors write into (CKEditor 4, TinyMCE) are ours.
    if (loadsOwnPage(frame)) return;
    const watchDocument = () => {
      let doc = null;
      try {
        doc = frame.contentDocument; // null or throws for another origin's frame
      } catch {}
      if (!doc || watchedFrames.has(doc)) return;
      watchedFrames.add(doc);
      watch(doc);
    };
    frame.addEventListener("load", watchDocument);
    watchDocument();
  }

  function attachTo(target) {
    const element = replyField(target);
    if (element && !panels.get(element)?.element.isConnected) panels.set(element, attach(element));
    report();
  }

  /** The reply field `target` belongs to: a textarea, or the root of a contenteditable. */
  function replyField(target) {
    if (target?.tagName === "TEXTAREA") return target.readOnly || target.disabled ? null : target;
    if (!target?.isContentEditable) return null;
    let root = target;
    while (root.parentElement?.isContentEditable) root = root.parentElement;
    return root;
  }

  function attach(element) {
    const field = fieldOf(element);
    const doc = element.ownerDocument;
    const frame = doc === document ? null : doc.defaultView.frameElement;
    // Beside the field, or beside its editor as a whole (CKEditor 4's box holds its iframe).
    const anchor = frame?.closest(".cke") ?? panelAnchor(element);
    const panelFrame = document.createElement("iframe");
    panelFrame.src = url("panel.html");
    panelFrame.title = "tactful";
    // "Copy rewrite" (for an editor that refuses edits) writes to the clipboard from the panel.
    panelFrame.allow = "clipboard-write";
    for (const [name, value] of Object.entries({
      display: "block", width: "100%", "max-width": "44em", height: "48px", border: "0",
      margin: "6px 0", padding: "0", background: "transparent", "color-scheme": "normal",
    })) panelFrame.style.setProperty(name, value, "important");
    anchor.after(panelFrame);

    // An empty CKEditor shows a placeholder text (its root gets class "placeholder"): not a draft.
    const read = () => (element.classList.contains("placeholder") ? "" : field.read());
    const removers = [];
    const listen = (target, type, listener, capture = false) => {
      target.addEventListener(type, listener, capture);
      removers.push(() => target.removeEventListener(type, listener, capture));
    };
    let port = null;
    // The customer's message the agent pasted in the panel, kept here (not stored anywhere)
    // so that a panel loaded again gets it back.
    let customer = "";
    const sendText = (text = read()) => port?.postMessage({ type: "text", text });
    // Each input, and each change without one (an editor's own undo): the panel is never stale.
    removers.push(field.watch(() => sendText()));
    // Each load of the panel (an iframe moved in the DOM loads again) gets a channel of its own.
    listen(panelFrame, "load", () => {
      port?.close();
      const channel = new MessageChannel();
      port = channel.port1;
      port.onmessage = ({ data }) => fromPanel(data);
      // The panel stays light beside a page without dark colours, as the embed does.
      const scheme = `${getComputedStyle(document.documentElement).colorScheme} ${document.querySelector('meta[name="color-scheme"]')?.content}`;
      panelFrame.contentWindow.postMessage({ tactful: "connect", dark: scheme.includes("dark"), customer }, new URL(url("")).origin, [channel.port2]);
      sendText();
    });

    let gate = null;
    let unanswered = null;
    const answered = () => clearTimeout(unanswered);
    if (settings[SEND_GATE]) {
      gate = sendGate(anchor, settings[SEND_BUTTONS] || null, listen, () => {
        // The panel decides; until it answers the send waits, and a silent panel never blocks it.
        port?.postMessage({ type: "holdSend", text: read() });
        answered();
        unanswered = setTimeout(() => gate.sendAgain(), 2000);
        return true;
      });
    }
    const fromPanel = (data) => {
      if (data.type === "edit") {
        // What the field shows once the edit is drawn: the panel keeps a rewrite's undo only
        // if it is there, and offers to copy one the field refused.
        field.edit(data.start, data.end, data.replacement);
        field.settled().then((text) => port?.postMessage({ type: "edited", text }));
      } else if (data.type === "select") {
        field.select(data.start, data.end);
      } else if (data.type === "send") {
        answered();
        gate?.sendAgain();
      } else if (data.type === "held") {
        answered();
      } else if (data.type === "customer") {
        customer = data.text;
      } else if (data.type === "height") {
        panelFrame.style.setProperty("height", `${Math.ceil(data.height)}px`, "important");
      }
    };

    return {
      element: panelFrame,
      detach() {
        answered();
        field.forget();
        for (const remove of removers) remove();
        port?.close();
        panelFrame.remove();
        panels.delete(element);
      },
    };
  }

  // Last, once every binding above exists: an editor's frame already on the page (TinyMCE's,
  // when the script comes late) is watched at once, and its `const` helpers must be there.
  if (allowed()) watch(document);
  report();
})();

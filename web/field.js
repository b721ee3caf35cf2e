// The host field's side of tactful, shared by the embed (web/embed.js) and the browser
// extension's content script: reading a textarea, text input or contenteditable (also one in
// a same-origin iframe), making edits through the field's own input path, the send gate, and
// keeping the field's focus through clicks on the panel. Offsets are UTF-16 code units, as JS
// strings index.

/**
 * Mouse presses on the buttons of the panel in `root` leave the focus in the host's field, as
 * an editor's toolbar does: after Apply or Ignore the agent types on. Tab still reaches every
 * button.
 */
export function keepFieldFocus(root) {
  root.addEventListener("mousedown", (event) => {
    if (event.composedPath().some((node) => node.tagName === "BUTTON")) event.preventDefault();
  }, true);
}

/**
 * Holds back the field's form submission, and clicks on `sendButton` (a selector), while
 * `hold()` says so (the reply has errors and the panel now asks). `sendAgain()` lets the
 * held send through exactly once.
 */
export function sendGate(anchor, sendButton, listen, hold) {
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

/**
 * Where a panel goes for the field `element`, as the element to put it after: beside a text
 * control; beside a rich editor as a whole (its toolbars and frames), not inside it. From the
 * field, or the iframe it is in, up through the wrappers that hold nothing else to read; then
 * past any box that hides what overflows it (TinyMCE's fixed-height box would clip the panel).
 * Never past the field's form.
 */
export function panelAnchor(element) {
  if (!element.isContentEditable) return element;
  const frame = element.ownerDocument.defaultView.frameElement;
  let anchor = frame ?? element;
  const readable = (node) => (node.innerText ?? "").trim();
  const own = frame ? "" : readable(element);
  const limit = (node) => !node.parentElement || node.parentElement.matches("form, body");
  while (!limit(anchor) && readable(anchor.parentElement) === own) anchor = anchor.parentElement;
  for (let at = anchor; !limit(at); at = at.parentElement) {
    const style = getComputedStyle(at.parentElement);
    if (style.overflowY !== "visible" || style.overflowX !== "visible") anchor = at.parentElement;
  }
  return anchor;
}

const TEXT_INPUTS = new Set(["text", "search"]);

/** The field's text, and edits and selections of it, whatever kind of field it is. */
export function fieldOf(element) {
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
    /** Makes the edit; returns the field's text after it. */
    edit(start, end, text) {
      if (el.readOnly || el.disabled) return el.value;
      field.select(start, end);
      // The browser's own editing: input event, and the field's undo stack keeps working.
      if (!doc.execCommand(text ? "insertText" : "delete", false, text)) {
        el.setRangeText(text, start, end, "end");
        el.dispatchEvent(new doc.defaultView.InputEvent("input", { bubbles: true, inputType: "insertText", data: text }));
      }
      return el.value;
    },
    /** The field's text once the last edit shows (at once, in a text control). */
    settled: async () => el.value,
    /** Nothing of an edit is kept to forget: a text control takes it at once. */
    forget() {},
    // A text control's own undo fires `input` too.
    watch(changed) {
      el.addEventListener("input", changed);
      return () => el.removeEventListener("input", changed);
    },
  };
  return field;
}

// How long a burst of DOM changes without `input` may last before the field is read again.
const SETTLE_MS = 40;
// How long an editor that draws later (Trix) may take to show an edit it took.
const DRAW_MS = 500;

function editable(el) {
  const doc = el.ownerDocument;
  const watchers = new Set();
  let drawn = null; // while an editor has yet to draw an edit it took: when it did, or gave up
  const selectNow = (start, end) => {
    el.focus();
    const selection = doc.getSelection();
    selection.removeAllRanges();
    selection.addRange(rangeOf(el, start, end));
    // The browser tells of a new selection only after this task: an edit made now would
    // reach CKEditor 5 inside the agent's typing, one undo step with it.
    doc.dispatchEvent(new Event("selectionchange"));
  };
  /**
   * Resolves to true once the field shows `text`, or to false after a while; then tells the
   * watchers. Polled by timer, not by animation frame: a hidden page gets no frames.
   */
  const untilShown = (text) =>
    new Promise((done) => {
      const giveUp = Date.now() + DRAW_MS;
      const look = () => {
        if (field.read() === text) done(true);
        else if (Date.now() > giveUp) done(false);
        else setTimeout(look, 16);
      };
      setTimeout(look, 0);
    }).then((shown) => {
      drawn = null;
      for (const changed of watchers) changed();
      return shown;
    });
  /** The browser's own edit of the selected words, which every editor reads one way or another. */
  const browserEdit = (start, end, text) => {
    // TinyMCE merges an edit into the typing around it unless told of one on each side.
    undoBoundary(el);
    if (!doc.execCommand(text ? "insertText" : "delete", false, text)) {
      const range = rangeOf(el, start, end);
      range.deleteContents();
      if (text) range.insertNode(doc.createTextNode(text));
      el.dispatchEvent(new doc.defaultView.InputEvent("input", { bubbles: true, inputType: "insertText", data: text }));
    }
    undoBoundary(el);
  };
  /**
   * Makes an edit through the editor; returns whether an editor took it (it may draw it
   * later). Rich editors keep a model of their own and draw the DOM from it, so the DOM is
   * never edited behind their back. First the edit is offered as a spellchecker's
   * replacement (a cancelable `beforeinput`, which Slate, Lexical, Quill, CKEditor 5 and
   * Trix apply through their model and their undo), then as typing (`textInput`, which
   * Draft.js applies); only if no editor took it, the browser's own `insertText` (which
   * ProseMirror, TinyMCE and a bare contenteditable read back from the DOM).
   */
  const editThrough = (start, end, text) => {
    const before = field.read();
    selectNow(start, end);
    const offered = !EVENTS_ARRIVE_EMPTY;
    const taken = offered && (offerReplacement(el, rangeOf(el, start, end), text) || offerTyping(el, text));
    // Trix takes an offered edit into its model without cancelling and draws it at the
    // next frame; in Firefox's content script it gets the browser's own edit below.
    const editorTookIt = taken || (drawsLater(el) && offered);
    if (!editorTookIt && field.read() === before) browserEdit(start, end, text);
    return editorTookIt;
  };
  // The last edit until it settled; the agent's own keys meanwhile mean it is theirs to judge.
  let lastEdit = null;
  for (const type of ["keydown", "paste", "drop", "cut", "compositionstart"]) {
    el.addEventListener(type, (event) => {
      if (event.isTrusted && lastEdit) lastEdit.agentActed = true;
    });
  }
  const field = {
    read: () => flatten(el).text,
    select(start, end) {
      // A range in the text an edit was to make: selected only if the editor drew it (in a
      // field that refused the edit it would select other words).
      if (drawn) drawn.then((shown) => shown && selectNow(start, end));
      else selectNow(start, end);
    },
    /**
     * Makes the edit through the editor (`editThrough`), and returns the text the field
     * holds after it: the edit's text once the editor drew it, the old text when nothing
     * took it.
     */
    edit(start, end, text) {
      const before = field.read();
      const after = before.slice(0, start) + text + before.slice(end);
      const editorTookIt = editThrough(start, end, text);
      // Editors redraw after an edit (Draft.js through React, Trix and Lexical a moment
      // later): a selection asked for now waits for that, and the watchers hear the result.
      drawn = untilShown(after);
      lastEdit = { before, after, start, end, text, agentActed: false };
      const now = field.read();
      // An editor that took the edit but has not drawn it yet: the panel hears the text it
      // asked for now, and what the field shows once the editor drew it or gave up.
      return editorTookIt && now === before ? after : now;
    },
    /**
     * The field's text once the last edit shows, or once the editor had time to draw it:
     * an editor that takes the browser's edit through its model (TinyMCE in Firefox) may
     * draw it after `edit` returned.
     */
    settled: async () => {
      await drawn;
      // Kept as the last edit while it settles (the panel asks once per edit), so that the
      // agent's keys meanwhile count.
      const edit = lastEdit;
      if (!edit) return field.read();
      // The editor made something else of the edit: Slate replaces the words it last had
      // selected when the edit comes before it drew a selection it had just taken (the
      // panel's frame took the focus); other editors drop or double words. It is asked once
      // more, now that it is idle; then to put back what the agent had, through its model
      // and, if it mangles that too, by the browser's own edit. The panel then offers the
      // rewrite to copy.
      const original = edit.before.slice(edit.start, edit.end);
      const byTheBrowser = (start, end, text) => {
        selectNow(start, end);
        browserEdit(start, end, text);
      };
      for (const [make, text, goal] of [
        [editThrough, edit.text, edit.after],
        [editThrough, original, edit.before],
        [byTheBrowser, original, edit.before],
      ]) {
        // Forgotten or followed by another edit meanwhile, or the agent's own keys since:
        // nothing more is done to the field.
        if (lastEdit !== edit || edit.agentActed) break;
        const now = field.read();
        // What an editor makes of an edit lies between the text before and after it; a
        // change beyond that is someone else's (the page filling in a macro, a new draft)
        // and is never undone.
        const onlyTheEdit = now.startsWith(edit.before.slice(0, edit.start)) && now.endsWith(edit.before.slice(edit.end));
        if (!onlyTheEdit || now === edit.before || now === edit.after) break;
        make(edit.start, now.length - (edit.before.length - edit.end), text);
        await (drawn = untilShown(goal));
      }
      if (lastEdit === edit) lastEdit = null;
      return field.read();
    },
    /** Forgets the last edit, so that nothing is put back into a field no longer watched. */
    forget() {
      lastEdit = null;
    },
    /**
     * Calls `changed` at each `input`, and once a burst of DOM changes without one settles:
     * rich editors redraw from their model without `input` (their own Ctrl+Z, a late draw
     * of an edit they took), and the panel must not go stale then.
     */
    watch(changed) {
      let timer = 0;
      const observer = new MutationObserver(() => {
        clearTimeout(timer);
        timer = setTimeout(changed, SETTLE_MS);
      });
      observer.observe(el, { childList: true, characterData: true, subtree: true });
      el.addEventListener("input", changed);
      watchers.add(changed);
      return () => {
        watchers.delete(changed);
        clearTimeout(timer);
        observer.disconnect();
        el.removeEventListener("input", changed);
      };
    },
  };
  return field;
}

/**
 * Offers `text` for `range` of `el` as the browser's spellchecker does: a cancelable
 * `beforeinput` of type `insertReplacementText` with the text as `data` and as a
 * `dataTransfer` (Trix reads it there), and the range as its target. No text is offered as
 * Backspace over the range (`deleteContentBackward`): Slate and Lexical take an empty
 * replacement and make nothing of it. Returns whether an editor cancelled it, that is,
 * made the edit itself.
 */
function offerReplacement(el, range, text) {
  const view = el.ownerDocument.defaultView;
  const dataTransfer = new view.DataTransfer();
  dataTransfer.setData("text/plain", text);
  const event = new view.InputEvent("beforeinput", {
    bubbles: true,
    cancelable: true,
    composed: true,
    inputType: text ? "insertReplacementText" : "deleteContentBackward",
    data: text,
    dataTransfer,
    targetRanges: [new view.StaticRange(range)],
  });
  return !el.dispatchEvent(event);
}

/**
 * Offers `text` as typed over the selection: a cancelable `textInput`, which React reads as
 * its `beforeInput` and Draft.js applies to its model, whatever formatting the selection
 * crosses (from the browser's own `insertText` it reads back only one styled run of the
 * DOM, and its model then keeps the other runs' words that the screen no longer shows).
 * Returns whether an editor cancelled it. No other editor here listens to `textInput`, and
 * a browser without `TextEvent` (Firefox) offers nothing.
 */
function offerTyping(el, text) {
  const doc = el.ownerDocument;
  if (!text || !("TextEvent" in doc.defaultView)) return false;
  const event = doc.createEvent("TextEvent");
  event.initTextEvent("textInput", true, true, doc.defaultView, text);
  return !el.dispatchEvent(event);
}

/**
 * Whether this runs in a Firefox extension's content script, where an event built here
 * reaches the page's own scripts with its data and `dataTransfer` emptied (Trix then
 * deletes the words it was to replace). There the browser's own `insertText` is used: an
 * extension's `execCommand` reaches the page as a trusted `beforeinput`, which the editors
 * take through their model.
 */
const EVENTS_ARRIVE_EMPTY = globalThis.browser?.runtime?.getURL?.("").startsWith("moz-extension:") === true;

/** Whether `el` is an editor that draws what it took at the next animation frame (Trix). */
const drawsLater = (el) => el.tagName === "TRIX-EDITOR";

/**
 * Tells the editor an edit from outside begins or ends, as a spellchecker's replacement does
 * (an `input` of type `insertReplacementText`): TinyMCE then closes the undo level of the
 * agent's typing, so one Ctrl+Z undoes the rewrite alone.
 */
function undoBoundary(el) {
  const view = el.ownerDocument.defaultView;
  el.dispatchEvent(new view.InputEvent("input", { bubbles: true, inputType: "insertReplacementText" }));
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

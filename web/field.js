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

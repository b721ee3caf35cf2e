// Slate with React and its history; bold text and links (inline elements), as helpdesks
// built on Slate render them.
import { createElement, useState } from "react";
import { createRoot } from "react-dom/client";
import { createEditor, Editor, Node, Text, Transforms } from "slate";
import { Slate, Editable, withReact } from "slate-react";
import { withHistory } from "slate-history";

const editor = withHistory(withReact(createEditor()));
const { isInline } = editor;
editor.isInline = (element) => element.type === "link" || isInline(element);
const initialValue = [{ type: "paragraph", children: [{ text: "" }] }];
// ?late-selection=MS: the page draws a selection Slate took MS later, as a busy page does (React
// renders in a task of its own); an edit that comes meanwhile meets a Slate that ignores
// where the edit's event says it goes and edits the words it last had selected.
const lateSelection = Number(new URLSearchParams(location.search).get("late-selection"));
if (lateSelection) {
  const { onChange } = editor;
  editor.onChange = (options) => {
    if (options?.operation?.type === "set_selection") setTimeout(() => onChange(options), lateSelection);
    else onChange(options);
  };
}

function renderElement({ element, attributes, children }) {
  if (element.type === "link") return createElement("a", { ...attributes, href: element.url }, children);
  return createElement("p", attributes, children);
}
function renderLeaf({ leaf, attributes, children }) {
  return createElement("span", attributes, leaf.bold ? createElement("strong", null, children) : children);
}
function Reply() {
  const [value] = useState(initialValue);
  return createElement(
    Slate,
    { editor, initialValue: value },
    createElement(Editable, { id: "slate-editable", "aria-label": "Reply", renderElement, renderLeaf }),
  );
}
createRoot(document.querySelector("#editor")).render(createElement(Reply));

/** Slate nodes of an HTML fragment's inline content: text (bold or not) and links. */
function inlines(parent, bold = false) {
  return [...parent.childNodes].flatMap((node) => {
    if (node.nodeType === 3) return [{ text: node.textContent, ...(bold ? { bold: true } : {}) }];
    if (node.nodeName === "A") return [{ type: "link", url: node.getAttribute("href"), children: inlines(node, bold) }];
    return inlines(node, bold || node.nodeName === "STRONG" || node.nodeName === "B");
  });
}
const escape = (text) => text.replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;");
function serialise(node) {
  if (Text.isText(node)) return node.bold ? `<strong>${escape(node.text)}</strong>` : escape(node.text);
  const inner = node.children.map(serialise).join("");
  return node.type === "link" ? `<a href="${node.url}">${inner}</a>` : `<p>${inner}</p>`;
}

window.editorUnderTest = {
  get element() {
    return document.querySelector("#slate-editable");
  },
  model: () => editor.children.map((block) => Node.string(block)).join("\n"),
  load(html) {
    const body = new DOMParser().parseFromString(html, "text/html").body;
    const blocks = [...body.children].map((p) => ({ type: "paragraph", children: inlines(p) }));
    Editor.withoutNormalizing(editor, () => {
      Transforms.delete(editor, { at: { anchor: Editor.start(editor, []), focus: Editor.end(editor, []) } });
      Transforms.removeNodes(editor, { at: [0] });
      Transforms.insertNodes(editor, blocks, { at: [0] });
    });
    editor.history = { undos: [], redos: [] };
  },
  html: () => editor.children.map(serialise).join(""),
};

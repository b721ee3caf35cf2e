// Draft.js with React: the editor state lives in React, read here after each change. Links
// are entities shown by a decorator, bold an inline style, as Draft.js apps set them up.
import { createElement, useState } from "react";
import { createRoot } from "react-dom/client";
import { CompositeDecorator, ContentState, Editor, EditorState, convertFromHTML } from "draft-js";
import "draft-js/dist/Draft.css";

const linkEntities = (block, found, content) =>
  block.findEntityRanges((char) => char.getEntity() !== null && content.getEntity(char.getEntity()).getType() === "LINK", found);
const Link = ({ contentState, entityKey, children }) => createElement("a", { href: contentState.getEntity(entityKey).getData().url }, children);
const decorator = new CompositeDecorator([{ strategy: linkEntities, component: Link }]);

let latest = EditorState.createEmpty(decorator);
let show = () => {};
function Reply() {
  const [state, setState] = useState(latest);
  show = setState;
  const onChange = (next) => {
    latest = next;
    setState(next);
  };
  return createElement(Editor, { editorState: state, onChange, ariaLabel: "Reply" });
}
createRoot(document.querySelector("#editor")).render(createElement(Reply));

const escape = (text) => text.replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;");
/** The content as HTML: each block a paragraph, BOLD as <strong>, LINK entities as <a>
 * (a tag per character: the test reads runs of formatting, not tags). */
function html() {
  const content = latest.getCurrentContent();
  return content
    .getBlocksAsArray()
    .map((block) => {
      let out = "";
      [...block.getText()].forEach((char, at) => {
        const entity = block.getEntityAt(at);
        const url = entity && content.getEntity(entity).getType() === "LINK" ? content.getEntity(entity).getData().url : null;
        const bold = block.getInlineStyleAt(at).has("BOLD");
        out += `${url ? `<a href="${url}">` : ""}${bold ? "<strong>" : ""}${escape(char)}${bold ? "</strong>" : ""}${url ? "</a>" : ""}`;
      });
      return `<p>${out}</p>`;
    })
    .join("");
}

window.editorUnderTest = {
  get element() {
    return document.querySelector("#editor [contenteditable]");
  },
  model: () => latest.getCurrentContent().getPlainText(),
  load(source) {
    const { contentBlocks, entityMap } = convertFromHTML(source);
    latest = EditorState.createWithContent(ContentState.createFromBlockArray(contentBlocks, entityMap), decorator);
    show(latest);
  },
  html,
};

// Slate with React and its history.
import { createElement, useState } from "react";
import { createRoot } from "react-dom/client";
import { createEditor, Node } from "slate";
import { Slate, Editable, withReact } from "slate-react";
import { withHistory } from "slate-history";

const editor = withHistory(withReact(createEditor()));
const initialValue = [{ type: "paragraph", children: [{ text: "" }] }];
function Reply() {
  const [value] = useState(initialValue);
  return createElement(Slate, { editor, initialValue: value }, createElement(Editable, { id: "slate-editable", "aria-label": "Reply" }));
}
createRoot(document.querySelector("#editor")).render(createElement(Reply));
window.editorUnderTest = {
  get element() {
    return document.querySelector("#slate-editable");
  },
  model: () => editor.children.map((block) => Node.string(block)).join("\n"),
};

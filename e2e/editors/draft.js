// Draft.js with React: the editor state lives in React, read here after each change.
import { createElement, useState } from "react";
import { createRoot } from "react-dom/client";
import { Editor, EditorState } from "draft-js";
import "draft-js/dist/Draft.css";

let latest = EditorState.createEmpty();
function Reply() {
  const [state, setState] = useState(latest);
  const onChange = (next) => {
    latest = next;
    setState(next);
  };
  return createElement(Editor, { editorState: state, onChange, ariaLabel: "Reply" });
}
createRoot(document.querySelector("#editor")).render(createElement(Reply));
window.editorUnderTest = {
  get element() {
    return document.querySelector("#editor [contenteditable]");
  },
  model: () => latest.getCurrentContent().getPlainText(),
};

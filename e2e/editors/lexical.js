// Lexical as plain text, with its history.
import { createEditor, $getRoot } from "lexical";
import { registerPlainText } from "@lexical/plain-text";
import { registerHistory, createEmptyHistoryState } from "@lexical/history";

const element = document.querySelector("#editor");
element.contentEditable = "true";
const editor = createEditor({ namespace: "reply", onError: (error) => console.error(error) });
editor.setRootElement(element);
registerPlainText(editor);
registerHistory(editor, createEmptyHistoryState(), 300);
window.editorUnderTest = { element, model: () => editor.getEditorState().read(() => $getRoot().getTextContent()) };

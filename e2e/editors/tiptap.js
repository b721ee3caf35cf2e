// Tiptap 3 with its starter kit (ProseMirror underneath, undo included).
import { Editor } from "@tiptap/core";
import StarterKit from "@tiptap/starter-kit";

const editor = new Editor({ element: document.querySelector("#editor"), extensions: [StarterKit] });
window.editorUnderTest = {
  element: editor.view.dom,
  model: () => editor.state.doc.textBetween(0, editor.state.doc.content.size, "\n"),
  load: (html) => editor.commands.setContent(html),
  html: () => editor.getHTML(),
};

// Plain ProseMirror: the basic schema, its history and keymaps.
import { EditorState } from "prosemirror-state";
import { EditorView } from "prosemirror-view";
import { schema } from "prosemirror-schema-basic";
import { history, undo, redo } from "prosemirror-history";
import { keymap } from "prosemirror-keymap";
import { baseKeymap } from "prosemirror-commands";

const view = new EditorView(document.querySelector("#editor"), {
  state: EditorState.create({ schema, plugins: [history(), keymap({ "Mod-z": undo, "Mod-y": redo, "Mod-Shift-z": redo }), keymap(baseKeymap)] }),
});
window.editorUnderTest = { element: view.dom, model: () => view.state.doc.textBetween(0, view.state.doc.content.size, "\n") };

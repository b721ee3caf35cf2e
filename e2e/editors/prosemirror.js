// Plain ProseMirror: the basic schema (bold, links), its history and keymaps.
import { EditorState } from "prosemirror-state";
import { EditorView } from "prosemirror-view";
import { DOMParser, DOMSerializer } from "prosemirror-model";
import { schema } from "prosemirror-schema-basic";
import { history, undo, redo } from "prosemirror-history";
import { keymap } from "prosemirror-keymap";
import { baseKeymap } from "prosemirror-commands";

const plugins = [history(), keymap({ "Mod-z": undo, "Mod-y": redo, "Mod-Shift-z": redo }), keymap(baseKeymap)];
const view = new EditorView(document.querySelector("#editor"), { state: EditorState.create({ schema, plugins }) });
window.editorUnderTest = {
  element: view.dom,
  model: () => view.state.doc.textBetween(0, view.state.doc.content.size, "\n"),
  // A new state: formatted content with an empty history.
  load(html) {
    const container = document.createElement("div");
    container.innerHTML = html;
    view.updateState(EditorState.create({ doc: DOMParser.fromSchema(schema).parse(container), plugins }));
  },
  html() {
    const container = document.createElement("div");
    container.append(DOMSerializer.fromSchema(schema).serializeFragment(view.state.doc.content));
    return container.innerHTML;
  },
};

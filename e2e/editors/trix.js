// Trix 2: the <trix-editor> element is its own contenteditable.
import "trix";
import "trix/dist/trix.css";

const element = document.createElement("trix-editor");
document.querySelector("#editor").append(element);
window.editorUnderTest = {
  element,
  model: () => element.editor.getDocument().toString(),
  load: (html) => element.editor.loadHTML(html),
  // The HTML Trix keeps in its hidden input, serialised from its document.
  html: () => element.value,
};

// Quill 2 with its snow theme.
import Quill from "quill";
import "quill/dist/quill.snow.css";

const quill = new Quill("#editor", { theme: "snow" });
window.editorUnderTest = {
  element: quill.root,
  model: () => quill.getText(),
  load(html) {
    quill.setContents(quill.clipboard.convert({ html }), "silent");
    quill.history.clear();
  },
  html: () => quill.getSemanticHTML(),
};

// CKEditor 5, classic editor, GPL build from npm.
import { ClassicEditor, Essentials, Paragraph, Bold, Italic, Link } from "ckeditor5";
import "ckeditor5/ckeditor5.css";

const editor = await ClassicEditor.create(document.querySelector("#editor"), {
  licenseKey: "GPL",
  plugins: [Essentials, Paragraph, Bold, Italic, Link],
  toolbar: ["undo", "redo", "|", "bold", "italic", "link"],
});
// getData() is the HTML CKEditor would send: its paragraphs' text, a line each.
const sentText = () => [...new DOMParser().parseFromString(editor.getData(), "text/html").body.children].map((block) => block.textContent).join("\n");
window.editorUnderTest = {
  element: editor.editing.view.getDomRoot(),
  model: sentText,
  // setData starts a new undo history.
  load: (html) => editor.setData(html),
  html: () => editor.getData(),
};

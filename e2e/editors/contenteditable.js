// A bare contenteditable, as webmail uses: the browser's own editing and undo.
const element = document.querySelector("#editor");
element.contentEditable = "true";
// load(html) sets formatted content, html() is what the page would send.
window.editorUnderTest = {
  element,
  model: () => element.innerText,
  load: (html) => (element.innerHTML = html),
  html: () => element.innerHTML,
};

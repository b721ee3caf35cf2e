// A bare contenteditable, as webmail uses: the browser's own editing and undo.
const element = document.querySelector("#editor");
element.contentEditable = "true";
window.editorUnderTest = { element, model: () => element.innerText };

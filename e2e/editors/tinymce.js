// TinyMCE 8, self-hosted from node_modules (served at ./tinymce/), in its iframe mode.
const script = document.createElement("script");
script.src = "tinymce/tinymce.min.js";
script.onload = async () => {
  const [editor] = await window.tinymce.init({
    selector: "#editor",
    base_url: new URL("tinymce", location.href).href,
    suffix: ".min",
    license_key: "gpl",
    menubar: false,
    height: 260,
    promotion: false,
  });
  window.editorUnderTest = {
    element: editor.getBody(),
    model: () => editor.getContent({ format: "text" }),
    load(html) {
      editor.setContent(html);
      editor.undoManager.clear();
    },
    html: () => editor.getContent(),
  };
};
document.head.append(script);

// Lexical with rich text (bold, links) and its history.
import { createEditor, $getRoot, $insertNodes } from "lexical";
import { registerRichText, HeadingNode, QuoteNode } from "@lexical/rich-text";
import { LinkNode } from "@lexical/link";
import { $generateHtmlFromNodes, $generateNodesFromDOM } from "@lexical/html";
import { registerHistory, createEmptyHistoryState } from "@lexical/history";

const element = document.querySelector("#editor");
element.contentEditable = "true";
const editor = createEditor({ namespace: "reply", nodes: [HeadingNode, QuoteNode, LinkNode], onError: (error) => console.error(error) });
editor.setRootElement(element);
registerRichText(editor);
registerHistory(editor, createEmptyHistoryState(), 300);
window.editorUnderTest = {
  element,
  model: () => editor.getEditorState().read(() => $getRoot().getTextContent()),
  load(html) {
    editor.update(
      () => {
        const nodes = $generateNodesFromDOM(editor, new window.DOMParser().parseFromString(html, "text/html"));
        $getRoot().clear().select();
        $insertNodes(nodes);
      },
      { discrete: true },
    );
  },
  html: () => editor.getEditorState().read(() => $generateHtmlFromNodes(editor, null)),
};

// Builds the rich-editor test pages (one per editor, each from the npm packages pinned in
// package.json, bundled offline by esbuild) into target/e2e-editors/, and says how to serve
// them. Test fixtures only: nothing here ships, and the bundles are never committed.
import { build } from "esbuild";
import { mkdir, writeFile } from "node:fs/promises";
import { existsSync } from "node:fs";

const HERE = new URL("./", import.meta.url).pathname;
export const EDITOR_PAGES = new URL("../../target/e2e-editors/", import.meta.url).pathname;
const TINYMCE = new URL("../../node_modules/tinymce/", import.meta.url).pathname;

/** Every editor under test, by the name of its entry file here. */
export const EDITORS = ["contenteditable", "prosemirror", "tiptap", "lexical", "slate", "quill", "tinymce", "ckeditor5", "draft", "trix"];

/** Mounts for `serve`: the pages at /editors/, TinyMCE's own files (skins, icons, ...) beside them. */
export const EDITOR_MOUNTS = { "/editors/tinymce/": TINYMCE, "/editors/": EDITOR_PAGES };

let built = null;

/** Bundles the pages once per test process. */
export function buildEditorPages() {
  built ??= bundle();
  return built;
}

async function bundle() {
  await mkdir(EDITOR_PAGES, { recursive: true });
  await build({
    entryPoints: EDITORS.map((name) => `${HERE}${name}.js`),
    outdir: EDITOR_PAGES,
    bundle: true,
    format: "esm",
    target: "chrome120",
    define: { "process.env.NODE_ENV": '"production"', global: "globalThis" },
    logLevel: "warning",
  });
  for (const name of EDITORS) await writeFile(`${EDITOR_PAGES}${name}.html`, page(name));
  await writeFile(`${EDITOR_PAGES}framed.html`, FRAMED);
}

const page = (name) => `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>Ticket #4471: reply (${name})</title>
    <link rel="icon" href="data:," />
    ${existsSync(`${EDITOR_PAGES}${name}.css`) ? `<link rel="stylesheet" href="${name}.css" />` : ""}
    <style>body { font: 15px system-ui, sans-serif; margin: 2em; max-width: 52em; } #editor { min-height: 8em; }</style>
    <script type="module" src="${name}.js"></script>
  </head>
  <body>
    <h1>Ticket #4471: Where is my order?</h1>
    <form id="reply-form" onsubmit="return false">
      ${name === "tinymce" ? '<textarea id="editor"></textarea>' : '<div id="editor" aria-label="Reply"></div>'}
    </form>
  </body>
</html>
`;

// A helpdesk that hosts its reply editor in a frame of another origin: ?src= names the page.
const FRAMED = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>Ticket #4471 (editor in a frame of another origin)</title>
    <link rel="icon" href="data:," />
  </head>
  <body>
    <h1>Ticket #4471: Where is my order?</h1>
    <iframe id="reply-frame" title="Reply" style="width: 100%; height: 560px; border: 1px solid #ccc"></iframe>
    <script>document.querySelector("#reply-frame").src = new URLSearchParams(location.search).get("src");</script>
  </body>
</html>
`;

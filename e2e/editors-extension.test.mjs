// The extension on ten rich editors built from npm (e2e/editors/), and on one in a frame of
// another origin: each editor's own model holds what the agent sees through a rewrite, its
// placeholder and Ctrl+Z.
import { before, after, test } from "node:test";
import assert from "node:assert/strict";
import { serve } from "./serve.mjs";
import { TEST_SITES, allowSites, launchWithExtension, openTab, panel } from "./extension.mjs";
import { EDITORS, EDITOR_MOUNTS, EDITOR_PAGES, buildEditorPages, editorReady, exerciseEditor, exerciseFormatting, exerciseRemoval } from "./editors.mjs";

let ext;
let helpdesk; // the pages, and the frame that embeds an editor from the other origin
let editorHost; // the same pages on another port: another origin

before(async () => {
  await buildEditorPages();
  const pages = () => serve(EDITOR_PAGES, { mounts: EDITOR_MOUNTS });
  [helpdesk, editorHost, ext] = await Promise.all([pages(), pages(), launchWithExtension()]);
  // A pattern without a port allows both origins.
  await allowSites(ext, [TEST_SITES]);
});
after(async () => {
  await ext?.context.close();
  helpdesk?.server.close();
  editorHost?.server.close();
});

for (const name of EDITORS) {
  test(`extension on ${name}: rewrite, placeholder and undo in the editor's own model`, async () => {
    const page = await openTab(ext.context);
    await page.goto(`${helpdesk.url}editors/${name}.html`);
    await exerciseEditor({ page, frame: page.mainFrame(), panel: panel(page), shot: `editor-extension-${name}` });
    assert.deepEqual(page.problems, []);
    await page.close();
  });
}

for (const name of EDITORS) {
  test(`extension on ${name}: a rewrite that removes words, and the editor's own undo`, async () => {
    const page = await openTab(ext.context);
    await page.goto(`${helpdesk.url}editors/${name}.html`);
    await exerciseRemoval({ page, frame: page.mainFrame(), panel: panel(page) });
    assert.deepEqual(page.problems, []);
    await page.close();
  });
}

for (const name of EDITORS) {
  test(`extension on ${name}: a rewrite across bold words and a link keeps the formatting around it`, async () => {
    const page = await openTab(ext.context);
    await page.goto(`${helpdesk.url}editors/${name}.html`);
    // The extension attaches to the field the agent focuses.
    const attach = async () => {};
    await exerciseFormatting({ page, frame: page.mainFrame(), panel: panel(page), shot: `editor-extension-formatting-${name}`, attach });
    assert.deepEqual(page.problems, []);
    await page.close();
  });
}

// Clicking the panel's frame takes the focus from the editor, and Slate then takes the
// selection it had not caught up with (the placeholder a rewrite selected). On a busy page it
// draws that after the panel's undo arrived, and Slate edits the placeholder alone: the
// field asks it once more, through its model, once it is idle.
test("extension on slate drawing its selection late: the panel's undo lands in the model", async () => {
  const page = await openTab(ext.context);
  await page.goto(`${helpdesk.url}editors/slate.html?late-selection=150`);
  await exerciseEditor({ page, frame: page.mainFrame(), panel: panel(page), shot: "editor-extension-slate-late-selection" });
  assert.deepEqual(page.problems, []);
  await page.close();
});

test("extension on an editor in a frame of another origin: its panel runs in that frame", async () => {
  const page = await openTab(ext.context);
  const src = `${editorHost.url}editors/tiptap.html`;
  await page.goto(`${helpdesk.url}editors/framed.html?src=${encodeURIComponent(src)}`);
  const frame = await (await page.waitForSelector("#reply-frame")).contentFrame();
  await editorReady(frame);
  assert.notEqual(new URL(frame.url()).origin, new URL(page.url()).origin);
  await exerciseEditor({ page, frame, panel: page.frameLocator("#reply-frame").frameLocator('iframe[title="tactful"]'), shot: "editor-extension-cross-origin" });
  assert.deepEqual(page.problems, []);
  await page.close();
});

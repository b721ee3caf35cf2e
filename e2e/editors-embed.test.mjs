// The embed (`tactful.attach`) on ten rich editors built from npm (e2e/editors/): each
// editor's own model holds what the agent sees through a rewrite, its placeholder and Ctrl+Z.
import { before, test } from "node:test";
import assert from "node:assert/strict";
import { openPage, useBuiltSite } from "./browser.mjs";
import { EDITORS, EDITOR_MOUNTS, buildEditorPages, editorReady, exerciseEditor } from "./editors.mjs";

const site = useBuiltSite({ mounts: EDITOR_MOUNTS });
before(buildEditorPages);

for (const name of EDITORS) {
  test(`embed on ${name}: rewrite, placeholder and undo in the editor's own model`, async () => {
    const page = await openPage(site.browser);
    await page.goto(`${site.url}editors/${name}.html`);
    await editorReady(page.mainFrame());
    await page.evaluate(async (embed) => {
      await import(embed);
      await window.tactful.ready;
      window.tactful.attach(window.editorUnderTest.element);
    }, `${site.url}embed.js`);
    await exerciseEditor({ page, frame: page.mainFrame(), panel: page.locator("tactful-panel"), shot: `editor-embed-${name}` });
    assert.deepEqual(page.problems, []);
    await page.close();
  });
}

// The embed (`tactful.attach`) on ten rich editors built from npm (e2e/editors/): each
// editor's own model holds what the agent sees through a rewrite, its placeholder and Ctrl+Z.
import { before, test } from "node:test";
import assert from "node:assert/strict";
import { openPage, screenshot, useBuiltSite } from "./browser.mjs";
import { eventually } from "./extension.mjs";
import { DRAFT, EDITORS, EDITOR_MOUNTS, buildEditorPages, editorReady, exerciseEditor, exerciseFormatting, exerciseRemoval } from "./editors.mjs";

const site = useBuiltSite({ mounts: EDITOR_MOUNTS });
before(buildEditorPages);

/** Loads the built embed into `page` and attaches it to the page's editor. */
const attachEmbed = (page) =>
  page.evaluate(async (embed) => {
    await import(embed);
    await window.tactful.ready;
    window.tactful.attach(window.editorUnderTest.element);
  }, `${site.url}embed.js`);

for (const name of EDITORS) {
  test(`embed on ${name}: rewrite, placeholder and undo in the editor's own model`, async () => {
    const page = await openPage(site.browser);
    await page.goto(`${site.url}editors/${name}.html`);
    await editorReady(page.mainFrame());
    await attachEmbed(page);
    await exerciseEditor({ page, frame: page.mainFrame(), panel: page.locator("tactful-panel"), shot: `editor-embed-${name}` });
    assert.deepEqual(page.problems, []);
    await page.close();
  });
}

for (const name of EDITORS) {
  test(`embed on ${name}: a rewrite that removes words, and the editor's own undo`, async () => {
    const page = await openPage(site.browser);
    await page.goto(`${site.url}editors/${name}.html`);
    await editorReady(page.mainFrame());
    await attachEmbed(page);
    await exerciseRemoval({ page, frame: page.mainFrame(), panel: page.locator("tactful-panel") });
    assert.deepEqual(page.problems, []);
    await page.close();
  });
}

for (const name of EDITORS) {
  test(`embed on ${name}: a rewrite across bold words and a link keeps the formatting around it`, async () => {
    const page = await openPage(site.browser);
    await page.goto(`${site.url}editors/${name}.html`);
    await exerciseFormatting({
      page,
      frame: page.mainFrame(),
      panel: page.locator("tactful-panel"),
      shot: `editor-embed-formatting-${name}`,
      attach: () => attachEmbed(page),
    });
    assert.deepEqual(page.problems, []);
    await page.close();
  });
}

/**
 * Types the draft into the contenteditable page with the embed, lets `interfere` (run in
 * the page on the editor's element) change how the editor treats edits from then on, and
 * applies the vague promise's rewrite: the reply must stay exactly as typed, no undo be
 * offered, and the panel offer the rewrite to copy over the words it selects.
 */
/** The bare contenteditable page with the embed attached and the draft typed. */
async function typedInContenteditable() {
  const page = await openPage(site.browser);
  await page.goto(`${site.url}editors/contenteditable.html`);
  const element = await editorReady(page.mainFrame());
  await attachEmbed(page);
  await element.focus();
  await page.keyboard.type(DRAFT);
  return { page, element };
}

async function applyRefused(shot, interfere) {
  const { page, element } = await typedInContenteditable();
  await element.evaluate(interfere);
  const panel = page.locator("tactful-panel");
  const vague = panel.locator('li[data-check="vague-promise"]');
  await vague.getByRole("button", { name: /^Apply: .*day you name/ }).click();
  // An editor that made something else of it is asked once more, then to put the words back.
  await page.waitForTimeout(800);
  await eventually(() => element.evaluate((el) => el.innerText), DRAFT, 5000);
  await vague.waitFor({ timeout: 5000 });
  assert.equal(await panel.getByRole("button", { name: "Undo rewrite" }).count(), 0);
  // The panel says so and offers the wording to paste by hand, over the words it selects.
  await page.context().grantPermissions(["clipboard-read", "clipboard-write"], { origin: site.url });
  const refused = panel.getByRole("status").filter({ hasText: "did not take the rewrite" });
  await refused.waitFor({ timeout: 5000 });
  await screenshot(page, shot, { fullPage: false });
  await refused.getByRole("button", { name: "Copy rewrite: “by [day]”" }).click();
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), "by [day]");
  assert.equal(await page.evaluate(() => getSelection().toString()), "soon");
  assert.deepEqual(page.problems, []);
  await page.close();
}

test("embed on an editor that refuses an edit: the finding stays, no undo is offered, and the rewrite can be copied", () =>
  // The editor cancels every edit and makes none, as a locked editor would.
  applyRefused("editor-embed-refused", (el) => el.addEventListener("beforeinput", (event) => event.preventDefault())));

test("embed on an editor that makes something else of an edit: the reply is put back as typed, and the rewrite can be copied", () =>
  // The editor takes the offered replacement but loses its words, as Quill does in a
  // Firefox content script where the event's data arrives empty: the words are deleted.
  applyRefused("editor-embed-mangled", (el) =>
    el.addEventListener("beforeinput", (event) => {
      if (event.inputType !== "insertReplacementText") return;
      event.preventDefault();
      getSelection().getRangeAt(0).deleteContents();
      el.dispatchEvent(new InputEvent("input", { bubbles: true, inputType: "deleteContent" }));
    })));

test("embed: text the page puts in the field right after a rewrite showed is never undone", async () => {
  // A helpdesk fills in a macro programmatically a moment after the agent applied a rewrite:
  // the rewrite showed, so the new text is the page's, not an editor's mangling of the edit.
  const { page, element } = await typedInContenteditable();
  const vague = page.locator('tactful-panel li[data-check="vague-promise"]');
  await vague.getByRole("button", { name: /^Apply: .*day you name/ }).click();
  const macro = "Thanks for waiting. Your refund was issued today.";
  await element.evaluate((el, text) => {
    el.textContent = text;
    el.dispatchEvent(new InputEvent("input", { bubbles: true }));
  }, macro);
  await page.waitForTimeout(1200);
  assert.equal(await element.evaluate((el) => el.innerText), macro);
  assert.deepEqual(page.problems, []);
  await page.close();
});

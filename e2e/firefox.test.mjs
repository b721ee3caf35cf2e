// The extension in Firefox: Debian's firefox-esr driven over WebDriver BiDi by
// puppeteer-core, with dist/extension-firefox/ installed as a temporary add-on (run
// scripts/build and scripts/build-extension first). Playwright cannot drive stock Firefox.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import puppeteer from "puppeteer-core";
import { screenshot } from "./browser.mjs";
import {
  APOLOGIES,
  DRAFT as EDITOR_DRAFT,
  EDITORS,
  EDITOR_MOUNTS,
  EDITOR_PAGES,
  FORMATTED,
  FORMATTED_TEXT,
  KEPT,
  LINES,
  ONE_APOLOGY,
  RECAPPED_TEXT,
  REWRITTEN,
  buildEditorPages,
  paragraphs,
  readFormatting,
  runs,
} from "./editors.mjs";
import { TEST_SITES, eventually, extensionGrantedTestSites } from "./extension.mjs";
import { serve } from "./serve.mjs";

const FIREFOX = process.env.FIREFOX ?? "/usr/bin/firefox-esr";
const EXTENSION = new URL("../dist/extension-firefox/", import.meta.url).pathname;
const PAGES = new URL("./pages/", import.meta.url).pathname;
const DRAFT = "Hi Sam, we'll get back to you soon.";

let browser;
let site;
let editorPages;

/**
 * The Firefox build as an agent who allowed the test sites (and turned the send gate on) has
 * it: access granted as in the Chromium tests, and the settings stored at install, because a
 * test cannot open an add-on's options page over WebDriver BiDi. The rest of the path (the
 * content script registered for the stored sites, attaching, checking, editing the field)
 * runs as it does for the agent.
 */
function extensionAllowingTestSites() {
  const copy = extensionGrantedTestSites(EXTENSION);
  const background = readFileSync(join(copy, "background.js"), "utf8");
  const settings = JSON.stringify({ allowedSites: [TEST_SITES], sendGate: true });
  const allow = `chrome.runtime.onInstalled.addListener(() => chrome.storage.sync.set(${settings}));`;
  writeFileSync(join(copy, "background.js"), `${background}\n${allow}\n`);
  return copy;
}

before(async () => {
  await buildEditorPages();
  site = await serve(PAGES, { headers: { "content-security-policy": "script-src 'self'" } });
  editorPages = await serve(EDITOR_PAGES, { mounts: EDITOR_MOUNTS });
  browser = await puppeteer.launch({
    browser: "firefox",
    executablePath: FIREFOX,
    headless: true,
  });
  await browser.installExtension(extensionAllowingTestSites());
});
after(async () => {
  await browser?.close();
  site?.server.close();
  editorPages?.server.close();
});

/** The panel's frame beside the field, once its page has loaded. */
async function panelFrame(page) {
  const iframe = await page.waitForSelector('iframe[title="tactful"]');
  const frame = await iframe.contentFrame();
  await eventually(() => frame.evaluate(() => location.pathname).catch(() => ""), "/panel.html");
  return frame;
}

/**
 * Clicks the panel's button whose text matches `name`, inside its shadow root, once it is
 * there (the panel shows "Undo rewrite" when the field's text comes back from the editor).
 */
async function clickInPanel(frame, name) {
  const click = () =>
    frame.evaluate((source) => {
      const shadow = document.querySelector("tactful-panel").shadowRoot;
      const button = [...shadow.querySelectorAll("button")].find((b) => new RegExp(source).test(b.textContent));
      button?.click();
      return Boolean(button);
    }, name.source);
  await eventually(click, true, 5000);
}

test("Firefox: on a page whose CSP forbids wasm the panel attaches to an allowed site; a rewrite applies and undoes", async () => {
  const page = await browser.newPage();
  const problems = [];
  page.on("pageerror", (error) => problems.push(error.message));
  await page.goto(`${site.url}reply.html`);
  const reply = await page.waitForSelector("#reply");
  await reply.click();
  await page.keyboard.type(DRAFT, { delay: 10 });

  const frame = await panelFrame(page);
  await frame.waitForSelector('pierce/li[data-check="vague-promise"]');
  const finding = await frame.$eval('pierce/li[data-check="vague-promise"]', (li) => li.innerText);
  assert.match(finding, /get back to you soon/);
  await screenshot(page, "firefox-extension");

  const value = () => page.$eval("#reply", (field) => field.value);
  await clickInPanel(frame, /day you name/);
  await eventually(value, "Hi Sam, we'll get back to you by [day].");
  await clickInPanel(frame, /^Undo rewrite$/);
  await eventually(value, DRAFT);
  assert.deepEqual(problems, []);
  await page.close();
});

test("Firefox: the customer's message typed into the panel checks the reply against it", async () => {
  const page = await browser.newPage();
  await page.goto(`${site.url}reply.html`);
  await (await page.waitForSelector("#reply")).click();
  await page.keyboard.type("Can you send us your order number by DM?", { delay: 5 });
  const frame = await panelFrame(page);
  const unacknowledged = 'pierce/li[data-check="no-acknowledgment"]';
  const summary = await frame.waitForSelector("pierce/summary");
  assert.equal(await frame.$(unacknowledged), null, "no customer message, nothing to acknowledge");

  await summary.click();
  const customer = await frame.waitForSelector("pierce/textarea#customer");
  await customer.click();
  await page.keyboard.type("This is the worst service ever, my order is a week late!!!", { delay: 5 });
  const finding = await frame.waitForSelector(unacknowledged);
  assert.match(await finding.evaluate((li) => li.innerText), /upset|acknowledg/i);
  assert.equal(await page.$eval("#reply", (field) => field.value), "Can you send us your order number by DM?");
  await page.close();
});

test("Firefox: the send gate holds a reply with errors until 'Send anyway'; one without goes straight out", async () => {
  const page = await browser.newPage();
  await page.goto(`${site.url}reply.html`);
  await (await page.waitForSelector("#reply")).click();
  const held = "Hi [NAME], we'll get back to you soon.";
  await page.keyboard.type(held, { delay: 5 });
  const frame = await panelFrame(page);
  await frame.waitForSelector('pierce/li[data-check="unfilled-placeholder"]');
  await page.click("#send");
  await frame.waitForSelector('pierce/[role="alertdialog"]');
  assert.match(page.url(), /reply\.html$/, "held back");
  await screenshot(page, "firefox-send-gate");
  const sent = page.waitForNavigation();
  await clickInPanel(frame, /^Send anyway$/);
  await sent;
  assert.equal(new URL(page.url()).searchParams.get("reply"), held);

  await page.goto(`${site.url}reply.html`);
  await (await page.waitForSelector("#reply")).click();
  await page.keyboard.type("Hi Sam, we'll get back to you by 5 pm today.", { delay: 5 });
  const clean = await panelFrame(page);
  await clean.waitForSelector("pierce/summary");
  const straight = page.waitForNavigation();
  await page.click("#send");
  await straight;
  assert.match(page.url(), /sent\.html\?reply=/);
  await page.close();
});

test("Firefox: in a contenteditable note the rewrite applies and undoes", async () => {
  const page = await browser.newPage();
  await page.goto(`${site.url}reply.html`);
  await (await page.waitForSelector("#note")).click();
  await page.keyboard.type(DRAFT, { delay: 5 });
  const frame = await panelFrame(page);
  await frame.waitForSelector('pierce/li[data-check="vague-promise"]');
  const note = () => page.$eval("#note", (field) => field.textContent);
  await clickInPanel(frame, /day you name/);
  await eventually(note, "Hi Sam, we'll get back to you by [day].");
  await clickInPanel(frame, /^Undo rewrite$/);
  await eventually(note, DRAFT);
  await page.close();
});

/** What the editor's model holds and what its editable shows, as paragraphs. */
const readEditor = async (page) => {
  const read = await page.evaluate(() => ({ model: window.editorUnderTest.model(), shown: window.editorUnderTest.element.innerText }));
  return { model: paragraphs(read.model), shown: paragraphs(read.shown) };
};

/** Types `lines` (the editors' draft unless said) into the editor on `page` as a person does. */
async function typeIntoEditor(page, lines = LINES) {
  await page.waitForFunction(() => window.editorUnderTest?.element?.isConnected);
  await page.evaluate(() => window.editorUnderTest.element.focus());
  for (const [index, line] of lines.entries()) {
    if (index) {
      await page.keyboard.press("Enter");
      await page.evaluate(() => new Promise((drawn) => requestAnimationFrame(() => requestAnimationFrame(drawn))));
    }
    await page.keyboard.type(line);
  }
}

/**
 * Opens the editor page `name`, types `lines` (the draft unless said) and waits for the
 * panel's finding of `check` (its vague promise unless said).
 */
async function typedWithPanel(name, { lines = LINES, check = "vague-promise" } = {}) {
  const page = await browser.newPage();
  await page.goto(`${editorPages.url}editors/${name}.html`);
  await typeIntoEditor(page, lines);
  const frame = await panelFrame(page);
  await frame.waitForSelector(`pierce/li[data-check="${check}"]`, { timeout: 10_000 });
  return { page, frame };
}

/**
 * The panel says the editor did not take the rewrite and offers its wording; copying it
 * selects the words it replaces. Closes the page.
 */
async function copiesTheRefusedRewrite(page, frame, shot) {
  await frame.waitForSelector("pierce/.refused", { timeout: 10_000 });
  await screenshot(page, shot);
  await clickInPanel(frame, /^Copy rewrite/);
  await eventually(() => page.evaluate(() => getSelection().toString()), "soon");
  await page.close();
}

// Draft.js refuses the browser's insertText from an extension in Firefox (below).
for (const name of EDITORS.filter((editor) => editor !== "draft")) {
  test(`Firefox on ${name}: the rewrite and the panel's undo reach the editor's own model`, async () => {
    const { page, frame } = await typedWithPanel(name);
    await eventually(() => readEditor(page), { model: EDITOR_DRAFT, shown: EDITOR_DRAFT });
    // An agent reads the finding first; Quill merges edits less than a second apart.
    await new Promise((resolve) => setTimeout(resolve, 1100));
    await clickInPanel(frame, /day you name/);
    await eventually(() => readEditor(page), { model: REWRITTEN, shown: REWRITTEN });
    await clickInPanel(frame, /^Undo rewrite$/);
    await eventually(() => readEditor(page), { model: EDITOR_DRAFT, shown: EDITOR_DRAFT });
    await page.close();
  });
}

for (const name of EDITORS.filter((editor) => editor !== "draft")) {
  test(`Firefox on ${name}: a rewrite that removes words reaches the editor's own model`, async () => {
    const { page, frame } = await typedWithPanel(name, { lines: [APOLOGIES], check: "apology" });
    await new Promise((resolve) => setTimeout(resolve, 1100));
    await clickInPanel(frame, /Remove the extra apology/);
    await eventually(() => readEditor(page), { model: ONE_APOLOGY, shown: ONE_APOLOGY });
    await page.close();
  });
}

for (const name of EDITORS.filter((editor) => editor !== "draft")) {
  test(`Firefox on ${name}: a rewrite across bold words and a link keeps the formatting, and Ctrl+Z restores it`, async () => {
    const page = await browser.newPage();
    await page.goto(`${editorPages.url}editors/${name}.html`);
    await page.waitForFunction(() => window.editorUnderTest?.element?.isConnected);
    await page.evaluate((html) => window.editorUnderTest.load(html), FORMATTED);
    await eventually(() => readEditor(page), { model: FORMATTED_TEXT, shown: FORMATTED_TEXT });
    const original = await readFormatting(page);
    await page.evaluate(() => window.editorUnderTest.element.focus());
    const frame = await panelFrame(page);
    await frame.waitForSelector('pierce/li[data-check="blame"]', { timeout: 10_000 });
    await screenshot(page, `firefox-formatting-${name}`);
    await new Promise((resolve) => setTimeout(resolve, 1100));
    await clickInPanel(frame, /Restate it neutrally/);
    await eventually(() => readEditor(page), { model: RECAPPED_TEXT, shown: RECAPPED_TEXT });
    assert.deepEqual(runs((await readFormatting(page)).slice(-KEPT)), runs(original.slice(-KEPT)), "the formatting after the rewrite");
    // The editor's own undo, in the editor.
    await page.evaluate(() => window.editorUnderTest.element.focus());
    for (let presses = 0; presses < 6 && paragraphs((await readEditor(page)).model) !== FORMATTED_TEXT; presses++) {
      await page.keyboard.down("Control");
      await page.keyboard.press("z");
      await page.keyboard.up("Control");
      await new Promise((resolve) => setTimeout(resolve, 150));
    }
    await eventually(() => readEditor(page), { model: FORMATTED_TEXT, shown: FORMATTED_TEXT });
    assert.deepEqual(runs(await readFormatting(page)), runs(original), "every mark back after the editor's undo");
    await page.close();
  });
}

test("Firefox on draft: the editor refuses the rewrite, the reply stays exactly as typed, and the panel offers the rewrite to copy", async () => {
  const { page, frame } = await typedWithPanel("draft");
  await new Promise((resolve) => setTimeout(resolve, 1100));
  await clickInPanel(frame, /day you name/);
  await new Promise((resolve) => setTimeout(resolve, 1500));
  assert.deepEqual(await readEditor(page), { model: EDITOR_DRAFT, shown: EDITOR_DRAFT });
  await frame.waitForSelector('pierce/li[data-check="vague-promise"]');
  await copiesTheRefusedRewrite(page, frame, "firefox-draft-refused");
});

test("Firefox: an editor that makes something else of the rewrite gets the reply put back as typed, and the panel offers the rewrite to copy", async () => {
  const { page, frame } = await typedWithPanel("contenteditable");
  // The editor takes the rewrite but loses its words, as Quill does with the empty data of
  // an event built in a content script: the selected words are deleted, each time it is
  // asked; the words it had it takes back.
  await page.evaluate(() => {
    const el = window.editorUnderTest.element;
    el.addEventListener("beforeinput", (event) => {
      if (event.data !== "by [day]") return;
      event.preventDefault();
      getSelection().getRangeAt(0).deleteContents();
      el.dispatchEvent(new InputEvent("input", { bubbles: true, inputType: "deleteContent" }));
    });
  });
  await new Promise((resolve) => setTimeout(resolve, 1100));
  await clickInPanel(frame, /day you name/);
  await frame.waitForSelector("pierce/.refused", { timeout: 10_000 });
  assert.deepEqual(await readEditor(page), { model: EDITOR_DRAFT, shown: EDITOR_DRAFT });
  await copiesTheRefusedRewrite(page, frame, "firefox-mangled-put-back");
});

// Shared set-up for tests of the browser extension: Chromium with dist/extension/ loaded
// (run scripts/build and scripts/build-extension first), its id, its options page, and the
// panel's iframe on a host page.
import assert from "node:assert/strict";
import { cpSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { isDeepStrictEqual } from "node:util";
import { chromium } from "playwright-core";
import { CHROMIUM, CHROMIUM_ARGS, tempProfile } from "./browser.mjs";

export const EXTENSION = new URL("../dist/extension/", import.meta.url).pathname;

/** The pattern of the sites the tests serve (any port). */
export const TEST_SITES = "http://127.0.0.1/*";

/**
 * The extension (`source`, the Chromium build unless said) as an agent who allowed the test
 * sites has it. A test cannot answer Chrome's
 * prompt for access to a site (chrome.permissions.request), so this copy has the access
 * to 127.0.0.1 an agent grants there from the start: the request then resolves without a
 * prompt, and the rest of the path (storing the site, registering the content script) runs
 * as it does for the agent.
 */
export function extensionGrantedTestSites(source = EXTENSION) {
  if (!existsSync(`${source}manifest.json`)) throw new Error(`${source} is missing: run scripts/build-extension`);
  const copy = join(mkdtempSync(join(tmpdir(), "tactful-extension-")), "extension");
  cpSync(source, copy, { recursive: true });
  const manifest = JSON.parse(readFileSync(join(copy, "manifest.json"), "utf8"));
  manifest.host_permissions = [TEST_SITES];
  writeFileSync(join(copy, "manifest.json"), JSON.stringify(manifest));
  return copy;
}

/** A browser with the extension loaded; resolves to { context, worker, origin }. */
export async function launchWithExtension() {
  const extension = extensionGrantedTestSites();
  const context = await chromium.launchPersistentContext(tempProfile(), {
    executablePath: CHROMIUM,
    headless: true,
    args: [...CHROMIUM_ARGS, `--disable-extensions-except=${extension}`, `--load-extension=${extension}`],
    ignoreDefaultArgs: ["--disable-extensions"],
    viewport: { width: 1280, height: 900 },
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent("serviceworker"));
  // Node's URL gives chrome-extension: URLs a "null" origin.
  return { context, worker, origin: `chrome-extension://${new URL(worker.url()).host}` };
}

/** A new tab that records errors of the extension's own code (see `trackProblems`). */
export async function openTab(context) {
  return trackProblems(await context.newPage());
}

/**
 * Records errors of the extension's own code (content script, panel, popup, options) on
 * `page` into `page.problems`; a host page's own errors are not ours to judge.
 */
export function trackProblems(page) {
  page.problems = [];
  page.on("console", (msg) => {
    if (msg.type() === "error" && msg.location().url.startsWith("chrome-extension://")) {
      page.problems.push(`console: ${msg.text()} (${msg.location().url})`);
    }
  });
  page.on("pageerror", (err) => {
    if (page.url().startsWith("chrome-extension://")) page.problems.push(`page error: ${err.message}`);
  });
  return page;
}

/**
 * Opens the options page once it has read the stored settings into its form (before that,
 * what is typed would be overwritten by them).
 */
export async function openOptions({ context, origin }) {
  const page = await openTab(context);
  await page.goto(`${origin}/options.html`);
  await page.locator("#house-style-state").filter({ hasText: /house style is in use/ }).waitFor();
  return page;
}

/**
 * Saves the options page's sites form: the allowed sites, and where given, the send gate
 * and the send buttons outside the form.
 */
export async function saveOptions(ext, { sites, sendGate, sendButtons }) {
  const page = await openOptions(ext);
  await page.locator("#allowed-sites").fill(sites.join("\n"));
  if (sendGate !== undefined) await page.getByLabel(/Hold a send/).setChecked(sendGate);
  if (sendButtons !== undefined) await page.getByLabel(/Send buttons outside/).fill(sendButtons);
  await page.getByRole("button", { name: "Save" }).click();
  await page.getByRole("status").filter({ hasText: "Saved." }).waitFor();
  await page.close();
}

/**
 * Saves `patterns` as the allowed sites through the options page, and waits for the content
 * script to be registered for them (pages loaded from then on get it).
 */
export async function allowSites(ext, patterns) {
  await saveOptions(ext, { sites: patterns });
  await eventually(() => ext.worker.evaluate(async () => (await chrome.scripting.getRegisteredContentScripts()).flatMap((script) => script.matches)), patterns);
}

/** The panel beside a field (the n-th on the page); CSS locators pierce its shadow root. */
export const panel = (page, n = 0) => page.frameLocator('iframe[title="tactful"]').nth(n);
export const finding = (page, check) => panel(page).locator(`li[data-check="${check}"]`);

/**
 * Waits until the n-th panel's frame is as tall as the panel in it. The frame grows when the
 * panel's message about its height arrives from the panel's process: a click aimed while it
 * was shorter (the panel scrolled inside it) lands where the button no longer is.
 */
export async function panelSettled(page, n = 0) {
  const frame = page.locator('iframe[title="tactful"]').nth(n);
  const panelHeight = () => panel(page, n).locator("body").evaluate((body) => Math.ceil(body.offsetHeight));
  const frameHeight = () => frame.evaluate((el) => Math.round(el.getBoundingClientRect().height));
  await eventually(async () => (await frameHeight()) === (await panelHeight()), true);
}

/**
 * Clicks `target` in panel `n` once its frame has settled, and clicks again (after settling)
 * if `done()` does not come true within 10 s. The frame is resized to the panel after every
 * change the panel shows; a click aimed while it is being resized lands where the target no
 * longer is, which is the page under load moving, not the panel failing. A click that does
 * not work fails on the second try as before; one that worked twice shows in the text.
 */
export async function clickSettled(page, n, target, done) {
  await panelSettled(page, n);
  await target.click();
  const worked = await done(10_000).then(() => true, () => false);
  if (worked) return;
  await panelSettled(page, n);
  await target.click();
  await done(30_000);
}

/**
 * Waits until `read()` gives `expected`, and asserts it. The panel asks the content script for
 * edits and selections by message, so they land in the field a moment after the panel shows
 * them: a test that reads or types at once races the message.
 */
export async function eventually(read, expected, timeout = 10_000) {
  const giveUp = Date.now() + timeout;
  let value = await read();
  while (!isDeepStrictEqual(value, expected) && Date.now() < giveUp) {
    await new Promise((resolve) => setTimeout(resolve, 25));
    value = await read();
  }
  assert.deepEqual(value, expected);
}

/**
 * The text selected in `field` (a text control or a contenteditable element) while it has the
 * page's focus, else null. The focus is followed up through the frames, not asked of
 * document.hasFocus(): a page in a background tab keeps its focused element but not the
 * window's focus.
 */
export const focusedSelection = (field) =>
  field.evaluate((el) => {
    for (let at = el; at; at = at.ownerDocument.defaultView.frameElement) {
      if (at.ownerDocument.activeElement !== at) return null;
    }
    const doc = el.ownerDocument;
    return "selectionStart" in el ? el.value.slice(el.selectionStart, el.selectionEnd) : doc.getSelection().toString();
  });

/** The extension's own frames in `page` (its panels), where their own `window` is. */
export const panelFrames = (page, { origin }) => page.frames().filter((frame) => frame.url().startsWith(`${origin}/`));

/**
 * Starts noting whether the (first) panel's frame in `page` takes the focus; resolves to a
 * function that tells. A click in the panel must leave the focus in the field: the frame's
 * focus and the field's would race, as the two live in different processes.
 */
export async function watchPanelFocus(page, ext) {
  const [frame] = panelFrames(page, ext);
  await frame.evaluate(() => addEventListener("focus", () => (window.focusTaken = true), true));
  return () => frame.evaluate(() => window.focusTaken ?? false);
}

/** Imports a house style file through the options page `page` (open on options.html). */
export const importHouseStyle = (page, name, json) =>
  page.locator("#import").setInputFiles({ name, mimeType: "application/json", buffer: Buffer.from(json) });

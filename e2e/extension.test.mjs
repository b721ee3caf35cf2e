// The browser extension (dist/extension/) in Chromium: the options page, and a reply form on
// a page whose Content Security Policy forbids wasm, where the panel still checks the draft.
import { before, after, test } from "node:test";
import { readFileSync } from "node:fs";
import assert from "node:assert/strict";
import { serve } from "./serve.mjs";
import { PAGES, countWorkerChecks, screenshot } from "./browser.mjs";
import {
  EXTENSION,
  allowSites,
  eventually,
  finding,
  focusedSelection,
  importHouseStyle,
  launchWithExtension,
  openOptions,
  openTab,
  panel,
  panelFrames,
  saveOptions,
  trackProblems,
  watchPanelFocus,
} from "./extension.mjs";

const DRAFT = "Hi Sam, we'll get back to you soon.";
let ext;
let site;

before(async () => {
  site = await serve(PAGES, {
    headers: { "content-security-policy": "script-src 'self'" },
  });
  ext = await launchWithExtension();
});
after(async () => {
  await ext?.context.close();
  site?.server.close();
});

test("the install asks for no site: access is optional, asked per site; the content script runs in all frames", async () => {
  const manifest = JSON.parse(readFileSync(`${EXTENSION}manifest.json`, "utf8"));
  assert.equal(manifest.host_permissions, undefined);
  assert.equal(manifest.content_scripts, undefined);
  assert.deepEqual(manifest.optional_host_permissions, ["http://*/*", "https://*/*"]);
  await allowSites(ext, [`${site.url}*`]);
  // The background registers it for the sites it has access to, as the allowed sites change.
  const registered = () =>
    ext.worker.evaluate(async () => (await chrome.scripting.getRegisteredContentScripts()).map(({ matches, allFrames }) => ({ matches, allFrames })));
  await eventually(registered, [{ matches: [`${site.url}*`], allFrames: true }]);
});

/** The toolbar button's badges, of all tabs (only the CSP page's can be on). */
const badge = () =>
  ext.worker.evaluate(async () => {
    const tabs = await chrome.tabs.query({});
    const texts = await Promise.all(tabs.map((tab) => chrome.action.getBadgeText({ tabId: tab.id })));
    return texts.join("");
  });
const storedSites = () => ext.worker.evaluate(async () => (await chrome.storage.sync.get("allowedSites")).allowedSites);

test("options page: allowed sites round trip through chrome.storage.sync; a bad line saves nothing", async () => {
  const page = await openOptions(ext);
  const sites = page.locator("#allowed-sites");
  await sites.fill("https://help.example.com/*\n\n  *://*.example.org/*  ");
  await page.getByRole("button", { name: "Save" }).click();
  // Chrome's prompt for access to these sites goes unanswered in a test: saved, and said so.
  await page.getByText("Saved, but Chrome did not give tactful access to these sites").waitFor();
  assert.deepEqual(await storedSites(), ["https://help.example.com/*", "*://*.example.org/*"]);
  await page.reload();
  await page.getByText("The default house style is in use.").waitFor();
  assert.equal(await sites.inputValue(), "https://help.example.com/*\n*://*.example.org/*");

  await sites.fill("https://help.example.com/*\nhelp.example.com");
  await page.getByRole("button", { name: "Save" }).click();
  await page.getByText(/Not saved: line 2/).waitFor();
  assert.deepEqual(await storedSites(), ["https://help.example.com/*", "*://*.example.org/*"], "unchanged");
  await screenshot(page, "extension-options");
  assert.deepEqual(page.problems, []);
  await page.close();
});

test("options page: a bad house style file is refused with its field; a good one is stored", async () => {
  const page = await openOptions(ext);
  const upload = (name, json) => importHouseStyle(page, name, json);
  await upload("bad.json", JSON.stringify({ checks: { "vague-promise": "loud" } }));
  const status = page.locator("#house-style-status");
  await status.getByText(/Not imported: bad\.json .*checks/).waitFor();
  const stored = () => ext.worker.evaluate(async () => (await chrome.storage.sync.get("houseStyle")).houseStyle);
  assert.equal(await stored(), undefined, "nothing changed");

  const good = JSON.stringify({ checks: { apology: "off" } });
  await upload("house.json", good);
  await status.getByText("Imported house.json").waitFor();
  assert.equal(await stored(), good);
  await page.getByRole("button", { name: "Use the default" }).click();
  await page.getByText("The default house style is in use.").waitFor();
  assert.equal(await stored(), undefined);
  assert.deepEqual(page.problems, []);
  await page.close();
});

test("a page whose CSP forbids wasm: findings appear only once the site is allowed; rewrite and undo", async () => {
  const page = await openTab(ext.context);
  const reply = page.locator("#reply");
  await page.goto(`${site.url}reply.html`);
  assert.equal(
    await page.evaluate(() => WebAssembly.compile(new Uint8Array([0, 97, 115, 109, 1, 0, 0, 0])).then(() => "ran", (e) => e.name)),
    "CompileError",
    "the page itself cannot run wasm",
  );
  await reply.fill(DRAFT);
  await page.waitForTimeout(500);
  assert.equal(await page.locator('iframe[title="tactful"]').count(), 0, "not allowed: nothing attaches");

  assert.equal(await badge(), "", "the toolbar button shows nothing where tactful does not run");

  // The toolbar popup, opened beside the page (a background tab, so the page stays the active tab).
  const popupOpened = ext.context.waitForEvent("page");
  await ext.worker.evaluate((url) => chrome.tabs.create({ url, active: false }), `${ext.origin}/popup.html`);
  const popup = trackProblems(await popupOpened);
  const state = popup.getByRole("status");
  await state.getByText(`Not allowed on ${new URL(site.url).host}.`).waitFor();
  await popup.getByRole("button", { name: "Allow this site" }).click();
  // The field the agent was typing in has focus, so the panel is there at once.
  await state.getByText("Attached: checking 1 reply field on this page.").waitFor();
  assert.equal((await storedSites()).at(-1), `${site.url}*`, "the site's pattern is added");
  assert.equal(await badge(), "on");

  await reply.click();
  await reply.press("End");
  await reply.type(" Thanks");
  const vague = finding(page, "vague-promise");
  await vague.waitFor();
  assert.match(await vague.innerText(), /get back to you soon/);
  await screenshot(page, "extension-csp-page");

  const panelTookFocus = await watchPanelFocus(page, ext);
  await vague.getByRole("button", { name: /^Apply: .*day you name/ }).click();
  await vague.waitFor({ state: "detached" });
  await eventually(() => reply.inputValue(), "Hi Sam, we'll get back to you by [day]. Thanks");
  await eventually(() => focusedSelection(reply), "[day]");
  assert.equal(await panelTookFocus(), false, "the field kept the focus through the click");
  await panel(page).getByRole("button", { name: "Undo rewrite" }).click();
  await vague.waitFor();
  assert.equal(await reply.inputValue(), `${DRAFT} Thanks`);
  await popup.reload();
  await state.getByText("Attached: checking 1 reply field on this page.").waitFor();
  await screenshot(popup, "extension-popup");
  assert.equal(await popup.getByRole("button", { name: "Allow this site" }).isVisible(), false);
  assert.deepEqual(popup.problems, []);
  assert.deepEqual(page.problems, []);
  await page.close();
});

/**
 * On reply.html: types `draft`, clicks `sendButton`, checks the send is held while the panel
 * asks, and answers "Send anyway"; returns the page, on what was sent.
 */
async function sendAnyway(draft, sendButton, shot) {
  const page = await openTab(ext.context);
  await page.goto(`${site.url}reply.html`);
  const reply = page.locator("#reply");
  await reply.click();
  await reply.type(draft);
  await finding(page, "unfilled-placeholder").waitFor();
  await page.locator(sendButton).click();
  const gate = panel(page).getByRole("alertdialog");
  await gate.waitFor();
  assert.match(page.url(), /reply\.html$/, "held back");
  if (shot) await screenshot(page, shot);
  await gate.getByRole("button", { name: "Send anyway" }).click();
  await page.waitForURL(/sent\.html\?reply=/);
  assert.equal(new URL(page.url()).searchParams.get("reply"), draft);
  return page;
}

test("send gate (when enabled): a reply with errors waits for 'Send anyway'; one without goes straight out", async () => {
  await saveOptions(ext, { sites: [`${site.url}*`], sendGate: true });
  const page = await sendAnyway("Hi [NAME], we'll get back to you soon.", "#send", "extension-gate");

  await page.goto(`${site.url}reply.html`);
  const reply = page.locator("#reply");
  await reply.click();
  await reply.type("Hi Sam, we'll get back to you by 5 pm today.");
  await finding(page, "vague-promise").waitFor({ state: "detached" });
  await page.locator("#send").click();
  await page.waitForURL(/sent\.html\?reply=/);
  assert.deepEqual(page.problems, []);
  await page.close();
});

test("send gate: a send button outside the form, named in the options, is held too; a bad selector saves nothing", async () => {
  const options = await openOptions(ext);
  const buttons = options.getByLabel(/Send buttons outside/);
  await options.getByLabel(/Hold a send/).check();
  await buttons.fill("button[id=");
  await options.getByRole("button", { name: "Save" }).click();
  await options.getByText(/Not saved: “button\[id=” is not a CSS selector/).waitFor();
  await screenshot(options, "extension-options-send-buttons");
  await options.close();

  await saveOptions(ext, { sites: [`${site.url}*`], sendGate: true, sendButtons: "#send-by-script, .other-send" });
  const page = await sendAnyway("Hi [NAME], thanks for writing in.", "#send-by-script");
  assert.deepEqual(page.problems, []);
  await page.close();
  await saveOptions(ext, { sites: [`${site.url}*`], sendGate: false, sendButtons: "" });
});

test("a 1 MB draft is checked in the extension's own worker, not on the panel's page; spans exact", async () => {
  await allowSites(ext, [`${site.url}*`]);
  const page = await openTab(ext.context);
  const workers = [];
  page.on("worker", (worker) => workers.push(worker.url()));
  await page.goto(`${site.url}reply.html`);
  const reply = page.locator("#reply");
  await reply.click();
  await panel(page).locator(".panel").waitFor();
  const [panelPage] = panelFrames(page, ext);
  await countWorkerChecks(panelPage);
  const promise = "We'll get back to you soon";
  await reply.fill("Your order is packed and labelled. ".repeat(30_000) + `${promise}.`);
  const vague = finding(page, "vague-promise");
  await vague.waitFor({ timeout: 60_000 });
  assert.ok(workers.includes(`${ext.origin}/embed-worker.js`), `workers ${workers}`);
  // Every check was answered by the worker, so none ran on the panel's page.
  const { sent, reports, errors } = await panelPage.evaluate(() => window.workerChecks);
  assert.ok(sent >= 1 && reports >= 1 && errors === 0, `checks sent ${sent}, reports ${reports}, errors ${errors}`);
  await vague.getByRole("button", { name: /^Show in draft/ }).click();
  await page.waitForFunction(() => document.querySelector("#reply").selectionEnd > 0);
  assert.equal(await reply.evaluate((el) => el.value.slice(el.selectionStart, el.selectionEnd)), promise);
  await screenshot(page, "extension-megabyte", { fullPage: false });
  assert.deepEqual(page.problems, []);
  await page.close();
});

test("the panel takes the customer's message: pasted there, the reply is checked against it", async () => {
  await allowSites(ext, [`${site.url}*`]);
  const page = await openTab(ext.context);
  await page.goto(`${site.url}reply.html`);
  const reply = page.locator("#reply");
  await reply.click();
  await reply.fill("Can you send us your order number by DM?");
  const unacknowledged = finding(page, "no-acknowledgment");
  const customer = panel(page).getByRole("textbox", { name: "Customer's message" });
  assert.equal(await customer.isVisible(), false, "folded away until wanted");

  await panel(page).locator("summary", { hasText: "Customer's message" }).click();
  await customer.fill("This is the worst service ever, my order is a week late!!!");
  await unacknowledged.waitFor();
  assert.match(await unacknowledged.innerText(), /upset|acknowledg/i);
  await screenshot(page, "extension-customer-message");

  // A host that moves the panel's frame in the DOM loads it again: the message comes back.
  const reloaded = page.waitForEvent("framenavigated", (frame) => frame.url().startsWith(`${ext.origin}/panel.html`));
  await page.evaluate(() => {
    const frame = document.querySelector('iframe[title="tactful"]');
    frame.parentNode.append(frame);
  });
  await reloaded;
  await unacknowledged.waitFor();
  assert.equal(await customer.inputValue(), "This is the worst service ever, my order is a week late!!!");

  // The agent's reply in the page is untouched; clearing the message clears the finding.
  assert.equal(await reply.inputValue(), "Can you send us your order number by DM?");
  await customer.fill("");
  await unacknowledged.waitFor({ state: "detached" });
  assert.deepEqual(page.problems, []);
  await page.close();
});

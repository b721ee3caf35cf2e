// The browser extension under injection (draft, rich-text note, imported house style), a
// request recorder over the whole browser context (pages, the panels' frames, the service
// worker), and a hostile host page whose patched built-ins must not reach the content script.
import { before, after, test } from "node:test";
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { serve } from "./serve.mjs";
import { PAGES, recordRequests, requestsLeaving, screenshot } from "./browser.mjs";
import { EXTENSION, allowSites, clickSettled, eventually, finding, importHouseStyle, launchWithExtension, openOptions, openTab, panel, panelFrames } from "./extension.mjs";
import { FOREIGN_MARKUP, INJECTIONS, PROMISE, asPhrase } from "./payloads.mjs";

let ext;
let site;

before(async () => {
  site = await serve(PAGES, { headers: { "content-security-policy": "script-src 'self'" } });
  ext = await launchWithExtension();
  await allowSites(ext, [`${site.url}*`]);
});
after(async () => {
  await ext?.context.close();
  site?.server.close();
});

/**
 * In a frame: whether a payload ran (window.__pwned), and the elements payloads would have
 * made, also inside tactful's shadow roots (tactful's own panel iframes aside).
 */
function payloadDamage(selector) {
  const roots = [document, ...[...document.querySelectorAll("tactful-panel")].map((panel) => panel.shadowRoot)];
  const made = roots.flatMap((root) => [...root.querySelectorAll(selector)]).filter((el) => !el.matches('iframe[title="tactful"]'));
  return { ran: window.__pwned ?? null, markup: made.map((el) => el.outerHTML) };
}

/** payloadDamage in the page and in every frame of the extension in it. */
const damage = (page) => Promise.all([page.mainFrame(), ...panelFrames(page, ext)].map((frame) => frame.evaluate(payloadDamage, FOREIGN_MARKUP)));
const unharmed = (frames) => frames.map(() => ({ ran: null, markup: [] }));

/** Types `text` into the contenteditable #note as text, as a paste of plain text would. */
const writeNote = (page, text) =>
  page.evaluate((text) => {
    const note = document.querySelector("#note");
    note.textContent = text;
    note.dispatchEvent(new InputEvent("input", { bubbles: true, inputType: "insertFromPaste" }));
  }, text);

test("injection: payloads in the draft, a rich-text note, the panel's customer's message and an imported house style show as text; nothing runs anywhere", async () => {
  const options = await openOptions(ext);
  const status = options.locator("#house-style-status");
  for (const payload of INJECTIONS) {
    // A refused file's error repeats what it holds; an accepted one puts the payload in findings.
    await importHouseStyle(options, "bad.json", JSON.stringify({ [payload]: 1 }));
    await status.getByText("Not imported").waitFor();
    assert.ok((await status.innerText()).includes(payload), await status.innerText());
    const house = { custom_phrases: [{ phrase: "store credit only", check: "blame", message: payload, replacement: payload }], promise_phrases: [asPhrase(payload)] };
    await importHouseStyle(options, "house.json", JSON.stringify(house));
    await status.getByText("Imported house.json").waitFor();
    assert.deepEqual(await options.evaluate(payloadDamage, FOREIGN_MARKUP), { ran: null, markup: [] }, payload);

    const page = await openTab(ext.context);
    await page.goto(`${site.url}reply.html`);
    const draft = `Store credit only, sorry. ${payload} ${PROMISE}`;
    const rewritten = draft.replace("Store credit only", payload);
    await page.locator("#reply").fill(draft);
    await page.locator("#note").click();
    await writeNote(page, draft);
    for (const n of [0, 1]) {
      const blame = panel(page, n).locator('li[data-check="blame"]');
      await blame.waitFor();
      assert.equal(await blame.locator(".message").innerText(), payload);
      await clickSettled(page, n, blame.getByRole("button", { name: /^Apply/ }).first(), (timeout) =>
        blame.waitFor({ state: "detached", timeout }),
      );
    }
    assert.equal(await page.locator("#reply").inputValue(), rewritten, payload);
    assert.equal(await page.locator("#note").innerText(), rewritten, payload);
    const customer = panel(page).getByRole("textbox", { name: "Customer's message" });
    await clickSettled(page, 0, panel(page).locator("summary", { hasText: "Customer's message" }), (timeout) =>
      customer.waitFor({ timeout }),
    );
    await customer.fill(payload);
    assert.equal(await customer.inputValue(), payload);
    const frames = await damage(page);
    assert.equal(frames.length, 3, "the page and its two panels");
    assert.deepEqual(frames, unharmed(frames), payload);
    assert.deepEqual(page.problems, []);
    await page.close();
  }
  await importHouseStyle(options, "bad.json", JSON.stringify({ [INJECTIONS[1]]: 1 }));
  await status.getByText("Not imported").waitFor();
  await screenshot(options, "extension-options-injection");
  assert.deepEqual(options.problems, []);
  await options.getByRole("button", { name: "Use the default" }).click();
  await options.close();
});

test("privacy: every request from the page, the panels and the service worker is to the page's origin or the extension's files; none once checking", async (t) => {
  const requests = recordRequests(ext.context);
  const page = await openTab(ext.context);
  await page.goto(`${site.url}reply.html`);
  const reply = page.locator("#reply");
  await reply.click();
  await reply.type("Hi [NAME], we'll get back to you soon.");
  await finding(page, "vague-promise").waitFor();
  await page.locator("#note").click();
  await page.keyboard.type("Sorry for any inconvenience. We'll get back to you soon.");
  await panel(page, 1).locator('li[data-check="vague-promise"]').waitFor();
  await page.waitForLoadState("networkidle");
  const ready = requests.length;

  // Checking, rewriting, undoing and typing on: nothing is fetched or sent.
  await finding(page, "vague-promise").getByRole("button", { name: /^Apply/ }).first().click();
  await panel(page).getByRole("button", { name: "Undo rewrite" }).click();
  await reply.press("End");
  await reply.type(" We can't refund this order.");
  await finding(page, "abrupt-refusal").waitFor();
  await panel(page, 1).locator('li[data-check="vague-promise"]').getByRole("button", { name: /^Apply/ }).first().click();
  await page.waitForLoadState("networkidle");
  assert.deepEqual(requests.slice(ready), [], "no request while checking");
  assert.deepEqual(requestsLeaving(requests, site.url, `${ext.origin}/`, "data:"), []);
  assert.ok(requests.some((url) => url.startsWith(`${ext.origin}/panel.html`)), "the recorder hears the panels' frames");
  t.diagnostic(`${requests.length} requests recorded: ${requestsLeaving(requests, site.url).length} to the extension's files, the rest to the page's origin`);

  // The extension's pages may connect to nothing but its own files.
  const manifest = JSON.parse(await readFile(`${EXTENSION}manifest.json`, "utf8"));
  assert.match(manifest.content_security_policy.extension_pages, /connect-src 'self'/);
  const violated = await panelFrames(page, ext)[0].evaluate(
    () =>
      new Promise((resolve) => {
        addEventListener("securitypolicyviolation", (event) => resolve(event.effectiveDirective), { once: true });
        fetch("https://example.com/").catch(() => {});
      }),
  );
  assert.equal(violated, "connect-src", "the panel's CSP blocks a connection elsewhere");
  assert.deepEqual(page.problems.filter((problem) => !/Content Security Policy/.test(problem)), []);
  await page.close();
});

test("isolation: a page's patched built-ins and !important styles do not reach the content script; fields are checked and rewritten", async () => {
  const page = await openTab(ext.context);
  await page.goto(`${site.url}hostile.html`);
  assert.match(await page.evaluate(() => JSON.stringify(["a"])), /^"\[/, "the page's JSON is the legacy one");

  // focus(), not click(): in headless Chromium, Playwright's click on a field below a panel
  // that has just grown can land in the panel's iframe (a mouse click at the field does not).
  for (const [i, n] of [1, 50, 100].entries()) {
    await page.locator(`#reply-${n}`).focus();
    await page.keyboard.type(`Hi [NAME], ticket ${n}: we'll get back to you soon.`);
    await panel(page, i).locator('li[data-check="vague-promise"]').waitFor();
  }
  await panel(page, 2).locator('li[data-check="vague-promise"]').getByRole("button", { name: /^Apply: .*day you name/ }).click();
  await eventually(() => page.locator("#reply-100").inputValue(), "Hi [NAME], ticket 100: we'll get back to you by [day].");
  assert.equal(await page.locator("#reply-50").inputValue(), "Hi [NAME], ticket 50: we'll get back to you soon.");
  await page.locator("#note").focus();
  await page.keyboard.type("We can't refund this order.");
  await panel(page, 3).locator('li[data-check="abrupt-refusal"]').waitFor();

  // The content script pushes to arrays as it attaches: the page's patched push never ran for it.
  const fromExtension = await page.evaluate(() => window.hostileLog.filter((call) => call.includes("chrome-extension:")).join("\n"));
  assert.equal(fromExtension, "");
  // The page hides and resets every iframe with !important; the panels' own inline rules win.
  const boxes = await page.locator('iframe[title="tactful"]').evaluateAll((frames) => frames.map((f) => f.getBoundingClientRect().height));
  assert.equal(boxes.length, 4);
  assert.ok(boxes.every((height) => height > 40), boxes.join());
  await page.locator("#reply-100").scrollIntoViewIfNeeded();
  await screenshot(page, "extension-hostile-page", { fullPage: false });
  assert.deepEqual(page.problems, []);
  await page.close();
});

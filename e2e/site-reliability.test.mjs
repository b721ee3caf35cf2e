// The site under hostile and awkward input, a crashed tab and a failed wasm load.
import { test } from "node:test";
import assert from "node:assert/strict";
import { openSite, screenshot, siteFinding as finding, useBuiltSite } from "./browser.mjs";
import { INJECTIONS, AWKWARD, FOREIGN_MARKUP, PROMISE_WORDS, asPhrase } from "./payloads.mjs";

const site = useBuiltSite();

const open = () => openSite(site);

const foreignMarkup = (page) => page.evaluate((selector) => document.querySelectorAll(selector).length, FOREIGN_MARKUP);

test("injection payloads in the draft and the customer's message never run or render", async () => {
  const page = await open();
  await page.locator("summary", { hasText: "Customer's message" }).click();
  for (const payload of INJECTIONS) {
    await page.getByLabel("Customer's message", { exact: true }).fill(`${payload} This is ridiculous!!!`);
    await page.getByLabel("Reply draft").fill(`We'll get back to you soon. ${payload}`);
    await finding(page, "vague-promise").waitFor();
    assert.equal(await page.evaluate(() => window.__pwned), undefined, payload);
    assert.equal(await foreignMarkup(page), 0, payload);
    assert.equal(await page.getByLabel("Reply draft").inputValue(), `We'll get back to you soon. ${payload}`);
  }
  assert.deepEqual(page.problems, []);
});

test("injection payloads in custom phrases and imported settings show as plain text", async () => {
  const page = await open();
  await page.getByLabel("Reply draft").fill("Per our policy, no.");
  await page.getByRole("button", { name: "Settings" }).click();
  const dialog = page.getByRole("dialog", { name: "Settings" });
  for (const payload of INJECTIONS) {
    const house = {
      custom_phrases: [{ phrase: "per our policy", check: "blame", message: payload, replacement: payload }],
      promise_phrases: [asPhrase(payload)],
      ignored_phrases: [payload],
    };
    await dialog
      .getByLabel("Import house style…")
      .setInputFiles({ name: "house.json", mimeType: "application/json", buffer: Buffer.from(JSON.stringify(house)) });
    await dialog.getByLabel(/Custom phrases/).waitFor();
    assert.match(await dialog.getByLabel(/Custom phrases/).inputValue(), /per our policy/);
    assert.equal(await page.evaluate(() => window.__pwned), undefined, payload);
  }
  await dialog.getByRole("button", { name: "Save settings" }).click();
  const custom = finding(page, "blame").filter({ hasText: "Per our policy" });
  await custom.waitFor();
  assert.equal(await custom.locator(".message").innerText(), INJECTIONS.at(-1));
  await custom.getByRole("button", { name: /^Apply/ }).click();
  assert.match(await page.getByLabel("Reply draft").inputValue(), /javascript:window.__pwned/);
  assert.equal(await page.evaluate(() => window.__pwned), undefined);
  assert.equal(await foreignMarkup(page), 0);
  assert.deepEqual(page.problems, []);
});

test("awkward text: every finding's words select exactly the flagged text in the field", async () => {
  const page = await open();
  const draft = page.getByLabel("Reply draft");
  for (const [name, text] of Object.entries(AWKWARD)) {
    await draft.fill(text);
    // A textarea turns CRLF and lone CR into LF; spans are judged on what it holds.
    const before = await draft.inputValue();
    const vague = finding(page, "vague-promise");
    await vague.waitFor();
    const excerpt = await vague.locator(".excerpt").innerText();
    assert.match(excerpt, new RegExp(PROMISE_WORDS), name);
    await vague.locator(".excerpt").click();
    const selected = await draft.evaluate((el) => el.value.slice(el.selectionStart, el.selectionEnd));
    assert.equal(selected, excerpt, name);
    await vague.getByRole("button", { name: /^Apply/ }).first().click();
    const after = await draft.inputValue();
    // Everything around the rewritten words is untouched.
    const cut = before.indexOf(excerpt);
    assert.equal(after.slice(0, cut), before.slice(0, cut), name);
  }
  assert.deepEqual(page.problems, []);
});

test("empty, blank, a 200 KB line and a 1 MB paste keep the page working", async () => {
  const page = await open();
  const draft = page.getByLabel("Reply draft");
  await draft.fill("");
  await page.getByText("Ready to send").waitFor();
  await draft.fill(" \n\t \r\n ");
  await page.getByText("Ready to send").waitFor();

  const line = "We'll get back to you soon and ".repeat(7000);
  await draft.fill(line);
  await finding(page, "vague-promise").first().waitFor({ timeout: 60_000 });

  const megabyte = "Your order is packed and labelled. ".repeat(30_000) + "We'll get back to you soon.";
  await draft.fill(megabyte);
  await page.keyboard.type(" Thanks!");
  assert.ok((await draft.inputValue()).endsWith(" Thanks!"), "typing goes on while a large draft waits");
  await finding(page, "vague-promise").first().waitFor({ timeout: 60_000 });
  await screenshot(page, "site-megabyte");
  assert.deepEqual(page.problems, []);
});

test("a crashed tab leaves the draft recoverable", async () => {
  const context = await site.browser.newContext();
  const page = await context.newPage();
  await page.goto(site.url);
  await page.getByLabel("Reply draft").fill("Draft written just before the crash.");
  const crashed = page.waitForEvent("crash");
  await page.goto("chrome://crash").catch(() => {});
  await crashed;
  const reopened = await context.newPage();
  await reopened.goto(site.url);
  await reopened.getByLabel("Reply draft").waitFor();
  assert.equal(await reopened.getByLabel("Reply draft").inputValue(), "Draft written just before the crash.");
  await context.close();
});

test("a failed wasm load says so and shows the saved draft", async () => {
  const context = await site.browser.newContext();
  const page = await context.newPage();
  await page.goto(site.url);
  await page.getByLabel("Reply draft").fill("Saved before the wasm went missing.");
  await context.route("**/*.wasm", (route) => route.abort());
  await page.reload();
  const failure = page.getByRole("alert");
  await failure.waitFor();
  assert.match(await failure.innerText(), /could not start/);
  assert.equal(await page.getByLabel(/Your saved draft/).inputValue(), "Saved before the wasm went missing.");
  await screenshot(page, "site-wasm-failed");
  await context.close();
});

// The built site (dist/), driven as an agent would: type a draft, see the finding, fix it.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { serve } from "./serve.mjs";
import { launch, openPage, screenshot } from "./browser.mjs";

const DIST = new URL("../dist/", import.meta.url).pathname;
let browser, server, url;

before(async () => {
  ({ server, url } = await serve(DIST));
  browser = await launch();
});

after(async () => {
  await browser?.close();
  server?.close();
});

test("typing a vague promise shows the finding, and a rewrite fixes it", async () => {
  const page = await openPage(browser);
  await page.goto(url);
  const draft = page.getByLabel("Reply draft");
  await draft.fill("Thanks for waiting. We'll look into it and get back to you soon.");

  const findings = page.getByRole("list", { name: "Findings" });
  const vague = findings.locator('li[data-check="vague-promise"]');
  await vague.waitFor();
  assert.match(await vague.innerText(), /soon/);
  await screenshot(page, "site-finding");

  await vague.getByRole("button", { name: /^Apply/ }).first().click();
  await vague.waitFor({ state: "detached" });
  assert.doesNotMatch(await draft.inputValue(), /\bsoon\b/);

  await page.getByRole("button", { name: "Undo" }).click();
  assert.match(await draft.inputValue(), /\bsoon\b/);
  assert.deepEqual(page.problems, []);
});

// The Library view (library.html) as a team lead uses it: drop the team's helpdesk export,
// read the table, filter and sort it, open a macro in the editor and fix it there, export
// the report; and what a bad or hostile file does to it.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { openPage, recordRequests, requestsLeaving, screenshot, siteFinding, useBuiltSite } from "./browser.mjs";
import { FOREIGN_MARKUP, INJECTIONS } from "./payloads.mjs";

const site = useBuiltSite();
const FIXTURES = new URL("../tests/fixtures/library/", import.meta.url);
const ZENDESK = readFileSync(new URL("zendesk-macros.json", FIXTURES), "utf8");

async function openLibrary(options) {
  const page = await openPage(site.browser, options);
  page.requests = recordRequests(page);
  await page.goto(site.url);
  await page.getByRole("link", { name: "Macro library" }).click();
  await page.getByRole("heading", { name: "Macro library" }).waitFor();
  return page;
}

/** Drops a file of `contents` (a string, or byte values) on the drop zone, as from a folder. */
async function dropFile(page, name, contents) {
  const dataTransfer = await page.evaluateHandle(([name, contents]) => {
    const transfer = new DataTransfer();
    const body = typeof contents === "string" ? contents : new Uint8Array(contents);
    transfer.items.add(new File([body], name));
    return transfer;
  }, [name, contents]);
  await page.locator("#drop-zone").dispatchEvent("drop", { dataTransfer });
}

const status = (page) => page.getByRole("status");
const rows = (page) => page.locator("#macro-rows > tr");
const titles = (page) => rows(page).locator(".macro-title").allInnerTexts();

test("library: drop a Zendesk export, filter and sort, open a macro in the editor and fix it, export CSV", async () => {
  const page = await openLibrary();
  await dropFile(page, "zendesk-macros.json", ZENDESK);
  await status(page).filter({ hasText: "Checked 3 macros in zendesk-macros.json." }).waitFor();
  // The macro that only sets ticket fields has no reply and is not listed.
  assert.equal(await rows(page).count(), 3);
  assert.match(await page.locator("#totals").innerText(), /3 macros checked · 2 ready to send · 1 with nothing to fix/);
  // Worst first: the error, then the warning, then the clean one.
  assert.deepEqual(await titles(page), ["Billing::Offer options", "Shipping::Late parcel", "Billing::Refund issued"]);
  assert.equal(await page.locator("th[aria-sort=descending]").innerText(), "Status");
  await screenshot(page, "library-zendesk");

  // Sorting by title, then the other way.
  await page.getByRole("button", { name: "Macro", exact: true }).click();
  assert.deepEqual(await titles(page), ["Billing::Offer options", "Billing::Refund issued", "Shipping::Late parcel"]);
  await page.getByRole("button", { name: "Macro", exact: true }).click();
  assert.deepEqual(await titles(page), ["Shipping::Late parcel", "Billing::Refund issued", "Billing::Offer options"]);

  // Filtering by one check.
  await page.getByLabel("Show").selectOption("vague-promise");
  assert.deepEqual(await titles(page), ["Shipping::Late parcel"]);
  const row = rows(page).first();
  assert.match(await row.innerText(), /Vague promise[\s\S]*is not a time the customer can hold you to[\s\S]*get back to you soon/);
  await page.getByLabel("Show").selectOption("");
  assert.equal(await rows(page).count(), 3);

  // Export: one row per finding, a row for the clean macro.
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Export report (CSV)" }).click()]);
  assert.equal(download.suggestedFilename(), "zendesk-macros-tactful.csv");
  const csv = readFileSync(await download.path(), "utf8").trimEnd().split("\r\n");
  assert.equal(csv[0], "file,macro,where,status,check,severity,line,column,flagged words,message,first rewrite");
  assert.equal(csv.length, 4);
  assert.ok(csv.some((line) => line.startsWith("zendesk-macros.json,Shipping::Late parcel,macros[0],warning,vague-promise,warning,3,51,")), csv.join("\n"));
  assert.ok(csv.some((line) => line.startsWith("zendesk-macros.json,Billing::Refund issued,macros[1],clean,,")), csv.join("\n"));

  // Open the late-parcel macro in the editor (a new tab), apply the rewrite there.
  await page.getByLabel("Show").selectOption("vague-promise");
  const [editor] = await Promise.all([page.context().waitForEvent("page"), row.getByRole("button", { name: "Open in editor" }).click()]);
  await editor.getByLabel("Reply draft").waitFor();
  const draft = editor.getByLabel("Reply draft");
  assert.match(await draft.inputValue(), /We’ll look into it and get back to you soon/);
  const vague = siteFinding(editor, "vague-promise");
  await vague.getByRole("button", { name: /^Apply: / }).first().click();
  await vague.waitFor({ state: "detached" });
  assert.doesNotMatch(await draft.inputValue(), /soon/);

  // Opening another macro asks before it replaces the draft being fixed; "no" keeps it.
  const fixed = await draft.inputValue();
  await page.getByLabel("Show").selectOption("");
  page.once("dialog", (dialog) => dialog.dismiss());
  await rows(page).first().getByRole("button", { name: "Open in editor" }).click();
  assert.equal(await page.evaluate(() => localStorage.getItem("tactful.draft")), fixed);

  assert.deepEqual(requestsLeaving(page.requests, site.url), []);
  assert.deepEqual(page.problems, []);
  await page.context().close();
});

test("library: bad files say what is wrong and where; hostile titles and bodies show as text (360 px, dark)", async () => {
  const page = await openLibrary({ width: 360, height: 800, colorScheme: "dark" });
  const alert = page.getByRole("alert");

  await dropFile(page, "broken.json", '{"macros": [\n  {"title": "x",\n  "actions": [}\n]}');
  await alert.filter({ hasText: /^broken\.json: line 3, column \d+: malformed JSON/ }).waitFor();
  assert.equal(await page.locator("#results").isVisible(), false);

  await dropFile(page, "old.txt", [0x48, 0x69, 0x0a, 0xff, 0xfe, 0x21]);
  await alert.filter({ hasText: "old.txt: line 2: not valid UTF-8" }).waitFor();

  await dropFile(page, "empty.json", "[]");
  await alert.filter({ hasText: "empty.json" }).waitFor();

  // A CSV whose reply column has another name: named in the field, then it is read.
  await dropFile(page, "answers.csv", "id,answer\n1,We'll get back to you soon.\n");
  await alert.filter({ hasText: /answers\.csv: line 1: no column named like body.*CSV reply column on the site/ }).waitFor();
  await page.getByLabel("CSV reply column").fill("answer");
  await dropFile(page, "answers.csv", "id,answer\n1,We'll get back to you soon.\n");
  await status(page).filter({ hasText: "Checked 1 macro in answers.csv." }).waitFor();
  await page.getByLabel("CSV reply column").fill("");

  await dropFile(page, "tickets.json", '{"tickets": []}');
  await alert.filter({ hasText: /tickets\.json: is JSON of an unknown shape/ }).waitFor();

  // Over the size a library file may have: refused before it is read.
  await page.evaluate(() => {
    const transfer = new DataTransfer();
    transfer.items.add(new File([new Uint8Array(17 * 1024 * 1024)], "big.json"));
    document.getElementById("drop-zone").dispatchEvent(new DragEvent("drop", { dataTransfer: transfer, cancelable: true }));
  });
  await alert.filter({ hasText: "big.json: is 17.0 MB, over the 16 MB a library file may have" }).waitFor();

  // Payloads as macro titles, and in the HTML bodies: every one shows as text, none runs.
  const hostile = {
    macros: INJECTIONS.map((payload, i) => ({
      title: payload,
      actions: [{ field: "comment_value_html", value: `<p>We'll get back to you soon.</p>${payload}<p>Thanks ${i}</p>` }],
    })),
  };
  await dropFile(page, "hostile.json", JSON.stringify(hostile));
  await status(page).filter({ hasText: `Checked ${INJECTIONS.length} macros` }).waitFor();
  assert.deepEqual((await titles(page)).sort(), [...INJECTIONS].sort());
  assert.equal(await page.locator(`#results :is(${FOREIGN_MARKUP})`).count(), 0);
  assert.equal(await page.evaluate(() => window.__pwned), undefined);
  // The dropped <script> is noted, not run.
  await page.locator("#problems .notice").filter({ hasText: /hostile\.json: macros\[0\]: note: dropped a <script>/ }).waitFor();
  assert.equal(await alert.count(), 0, "a note is not an error");
  assert.equal(await page.locator("#show-more").isVisible(), false, "11 rows need no 'show more'");
  await screenshot(page, "library-hostile-360-dark");
  assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= innerWidth), "nothing overflows at 360 px");
  assert.deepEqual(requestsLeaving(page.requests, site.url), []);
  assert.deepEqual(page.problems, []);
  await page.context().close();
});

test("library: a 5 MB export is checked in the background with progress; the page keeps responding", async () => {
  const page = await openLibrary();
  const body = "Hi {{ticket.requester.first_name}}, thanks for writing in about the order. I have passed your note to the warehouse team, who look after the parcels and the tracking for every delivery. ";
  const macros = Array.from({ length: 7200 }, (_, i) => ({ title: `Macro ${i + 1}`, body: `${body.repeat(4)}${i % 10 ? "" : "We'll get back to you soon."}` }));
  const json = JSON.stringify(macros);
  assert.ok(json.length > 5_000_000, `${json.length} bytes`);
  await dropFile(page, "big-library.json", json);
  // Progress is shown while the worker checks, and the page's own thread is free to type.
  await status(page).filter({ hasText: /Checking big-library\.json: [\d,]+ of 7,200 macros/ }).waitFor();
  await page.getByLabel("CSV reply column").pressSequentially("body");
  assert.equal(await page.getByLabel("CSV reply column").inputValue(), "body");
  await status(page).filter({ hasText: "Checked 7,200 macros in big-library.json." }).waitFor({ timeout: 60_000 });
  // Drawn 200 rows at a time.
  assert.equal(await rows(page).count(), 200);
  await page.getByLabel("Show").selectOption("vague-promise");
  assert.equal(await rows(page).count(), 200);
  await page.getByRole("button", { name: "Show 200 more (200 of 720 shown)" }).click();
  await page.getByRole("button", { name: "Show 200 more (400 of 720 shown)" }).click();
  await page.getByRole("button", { name: "Show 120 more (600 of 720 shown)" }).click();
  assert.equal(await rows(page).count(), 720);
  assert.equal(await page.locator("#show-more").isVisible(), false, "no button once every row is shown");
  assert.deepEqual(page.problems, []);
  await page.context().close();
});

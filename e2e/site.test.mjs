// The built site (dist/), driven as an agent would use it.
import { test } from "node:test";
import assert from "node:assert/strict";
import {
  openPage,
  openSite,
  recordRequests,
  requestsLeaving,
  screenshot,
  siteFinding as finding,
  siteFindings as findings,
  useBuiltSite,
} from "./browser.mjs";

const VAGUE = "Thanks for waiting. We'll look into it and get back to you soon.";
const site = useBuiltSite();

const open = (options) => openSite(site, options);

test("typing shows highlights and findings; a rewrite selects its placeholder; undo restores", async () => {
  const page = await open();
  const draft = page.getByLabel("Reply draft");
  await draft.fill(VAGUE);

  const vague = finding(page, "vague-promise");
  await vague.waitFor();
  assert.match(await vague.innerText(), /soon/);
  const mark = page.locator(".mirror mark.warning");
  assert.match(await mark.first().innerText(), /get back to you soon/);
  await screenshot(page, "site-finding");

  await vague.getByRole("button", { name: /^Apply: .*day you name/ }).click();
  await vague.waitFor({ state: "detached" });
  const value = await draft.inputValue();
  assert.match(value, /by \[day\]/);
  const selected = await draft.evaluate((el) => el.value.slice(el.selectionStart, el.selectionEnd));
  assert.equal(selected, "[day]", "the placeholder is selected to type over");
  assert.ok(await finding(page, "unfilled-placeholder").count() > 0, "the placeholder blocks sending");

  await page.getByRole("button", { name: "Undo", exact: true }).click();
  assert.equal(await draft.inputValue(), VAGUE);
  assert.deepEqual(page.problems, []);
});

test("highlights stay aligned with the text while typing, scrolling and resizing", async () => {
  const page = await open();
  const draft = page.getByLabel("Reply draft");
  const filler = Array.from({ length: 40 }, (_, i) => `Line ${i + 1} of the order history.`).join("\n");
  await draft.fill(`${filler}\n${VAGUE}`);
  await finding(page, "vague-promise").waitFor();
  // Where the mirror's mark is against the field, and the width each wraps at.
  const offset = () =>
    page.evaluate(() => {
      const mark = document.querySelector(".mirror mark");
      const field = document.getElementById("draft");
      const mirror = document.querySelector(".mirror");
      return {
        markTop: mark.getBoundingClientRect().top,
        fieldTop: field.getBoundingClientRect().top,
        fieldBottom: field.getBoundingClientRect().bottom,
        widthField: field.clientWidth,
        widthMirror: mirror.clientWidth,
      };
    });
  // The mirror follows on the field's scroll event, which comes with the next frame.
  const scrollField = async (top) => {
    const scrolled = await draft.evaluate((el, top) => (el.scrollTop = top, el.scrollTop), top);
    await page.waitForFunction((scrolled) => document.querySelector(".mirror").scrollTop === scrolled, scrolled);
  };
  await scrollField(0);
  let o = await offset();
  assert.ok(o.markTop >= o.fieldBottom, `the last line starts out of view: ${JSON.stringify(o)}`);
  await scrollField(1e6);
  o = await offset();
  assert.ok(o.fieldTop <= o.markTop && o.markTop < o.fieldBottom, `the mark of the last line scrolled into view with it: ${JSON.stringify(o)}`);
  assert.equal(o.widthMirror, o.widthField, "the mirror wraps at the same width");
  await page.setViewportSize({ width: 700, height: 800 });
  await draft.evaluate((el) => el.dispatchEvent(new Event("scroll")));
  o = await offset();
  assert.equal(o.widthMirror, o.widthField, "same width after a resize");
  assert.deepEqual(page.problems, []);
});

test("clicking in the highlighted words focuses their finding; clicking the finding selects them", async () => {
  const page = await open();
  const draft = page.getByLabel("Reply draft");
  await draft.fill(VAGUE);
  const vague = finding(page, "vague-promise");
  await vague.waitFor();
  const box = await page.locator(".mirror mark").first().boundingBox();
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
  await page.locator('li[data-check="vague-promise"][aria-current="true"]').waitFor();
  assert.equal(await page.locator(".mirror mark.active").count(), 1);

  await page.getByRole("button", { name: "Show in draft: " + (await vague.locator(".excerpt").innerText()) }).click();
  const selected = await draft.evaluate((el) => el.value.slice(el.selectionStart, el.selectionEnd));
  assert.equal(selected, await vague.locator(".excerpt").innerText());
  assert.equal(await page.evaluate(() => document.activeElement.id), "draft");
});

test("ignore hides a finding; turning a check off removes it and shows in settings", async () => {
  const page = await open();
  await page.getByLabel("Reply draft").fill(`${VAGUE} See you at [NAME].`);
  await finding(page, "vague-promise").waitFor();
  await finding(page, "vague-promise").getByRole("button", { name: "Ignore" }).click();
  await finding(page, "vague-promise").waitFor({ state: "detached" });

  await finding(page, "unfilled-placeholder").getByRole("button", { name: "Turn off Unfilled placeholder" }).click();
  await finding(page, "unfilled-placeholder").waitFor({ state: "detached" });
  await page.getByRole("button", { name: "Settings" }).click();
  const dialog = page.getByRole("dialog", { name: "Settings" });
  assert.equal(await dialog.getByLabel("Unfilled placeholder").inputValue(), "Off");
  assert.deepEqual(page.problems, []);
});

test("settings: a bad import changes nothing and says why; export and import round-trip", async () => {
  const page = await open();
  await page.getByLabel("Reply draft").fill(VAGUE);
  await finding(page, "vague-promise").waitFor();
  await page.getByRole("button", { name: "Settings" }).click();
  const dialog = page.getByRole("dialog", { name: "Settings" });
  await dialog.waitFor();

  const importFile = (name, text) =>
    dialog.getByLabel("Import house style…").setInputFiles({ name, mimeType: "application/json", buffer: Buffer.from(text) });
  await importFile("bad.json", '{"checks": {"vague-promise": "loud"}}');
  const error = dialog.getByRole("alert");
  await error.waitFor();
  assert.match(await error.innerText(), /checks\.vague-promise/);
  assert.match(await error.innerText(), /Nothing was changed/);
  assert.equal(await dialog.getByLabel("Vague promise").inputValue(), "Warning");
  await screenshot(page, "site-settings-bad-import");

  await importFile("not-json.json", "this is not json");
  assert.match(await error.innerText(), /invalid settings/);

  await importFile("good.json", JSON.stringify({ checks: { "vague-promise": "error" }, promise_phrases: ["within one business day"] }));
  await error.waitFor({ state: "detached" });
  assert.equal(await dialog.getByLabel("Vague promise").inputValue(), "Error");
  assert.match(await dialog.getByLabel(/Team promise phrases/).inputValue(), /within one business day/);

  const [download] = await Promise.all([page.waitForEvent("download"), dialog.getByRole("button", { name: "Export house style" }).click()]);
  const exported = JSON.parse(await (await download.createReadStream()).toArray().then((c) => Buffer.concat(c).toString()));
  assert.equal(exported.checks["vague-promise"], "error");
  assert.deepEqual(exported.promise_phrases, ["within one business day"]);

  await dialog.getByRole("button", { name: "Save settings" }).click();
  await dialog.waitFor({ state: "hidden" });
  const vague = finding(page, "vague-promise");
  assert.match(await vague.getAttribute("class"), /\berror\b/);
  assert.ok(await vague.getByRole("button", { name: /within one business day/ }).count() > 0, "the team's window is offered");
  assert.deepEqual(page.problems, []);
});

test("settings: a custom phrase with alternatives survives opening and saving the dialog", async () => {
  const page = await open();
  const openSettings = async () => {
    await page.getByRole("button", { name: "Settings" }).click();
    const dialog = page.getByRole("dialog", { name: "Settings" });
    await dialog.waitFor();
    return dialog;
  };
  let dialog = await openSettings();
  const style = {
    custom_phrases: [{ phrase: "no worries|problem", check: "blame", message: "Sounds dismissive to an upset customer." }],
  };
  await dialog.getByLabel("Import house style…").setInputFiles({ name: "style.json", mimeType: "application/json", buffer: Buffer.from(JSON.stringify(style)) });
  await dialog.getByRole("button", { name: "Save settings" }).click();
  await dialog.waitFor({ state: "hidden" });

  // Opened again and saved as it is: the line "no worries|problem | blame | ..." keeps its phrase.
  dialog = await openSettings();
  assert.match(await dialog.getByLabel(/Custom phrases/).inputValue(), /^no worries\|problem \| blame \| /);
  await dialog.getByRole("button", { name: "Save settings" }).click();
  await dialog.waitFor({ state: "hidden" });

  await page.getByLabel("Reply draft").pressSequentially("No problem, I have sent the new card today.");
  const blame = finding(page, "blame");
  await blame.waitFor();
  assert.match(await blame.innerText(), /Sounds dismissive/);
  await screenshot(page, "site-custom-phrase-alternatives");
  assert.deepEqual(page.problems, []);
});

test("a defence after \"But\" gets an acknowledgement that drops the \"But\", and the blame clears", async () => {
  const page = await open();
  await page.locator("summary", { hasText: "Customer's message" }).click();
  await page.getByLabel("Customer's message", { exact: true }).fill("Three days late and nobody can tell me why. Ridiculous!!");
  const draft = page.getByLabel("Reply draft");
  await draft.fill("I'm sorry you feel this way. But we do follow EU regulations with all our products.");
  const blame = finding(page, "blame");
  await blame.waitFor();
  await screenshot(page, "site-blame-regret-taken-back");
  await blame.getByRole("button", { name: /^Apply: Acknowledge it first/ }).click();
  await blame.waitFor({ state: "detached" });
  assert.equal(
    await draft.inputValue(),
    "I'm sorry you feel this way. I know this isn't what you expected. We do follow EU regulations with all our products.",
  );
  await screenshot(page, "site-blame-regret-kept");
  assert.deepEqual(page.problems, []);
});

test("the draft, the customer's message and the settings survive a reload", async () => {
  const page = await open();
  await page.locator("summary", { hasText: "Customer's message" }).click();
  await page.getByLabel("Customer's message", { exact: true }).fill("Where is my parcel?!");
  await page.getByLabel("Reply draft").fill(VAGUE);
  await finding(page, "vague-promise").getByRole("button", { name: "Turn off Vague promise" }).click();
  await page.reload();
  await page.getByLabel("Reply draft").waitFor();
  assert.equal(await page.getByLabel("Reply draft").inputValue(), VAGUE);
  assert.equal(await page.getByLabel("Customer's message", { exact: true }).inputValue(), "Where is my parcel?!");
  assert.equal(await finding(page, "vague-promise").count(), 0, "the check stays off");
  assert.deepEqual(page.problems, []);
});

test("saved settings that cannot be read keep the defaults and say so", async () => {
  const page = await open();
  await page.evaluate(() => localStorage.setItem("tactful.config", '{"checks": 7}'));
  await page.reload();
  const notice = page.getByRole("alert");
  await notice.waitFor();
  assert.match(await notice.innerText(), /defaults are in force/);
  await page.getByLabel("Reply draft").fill(VAGUE);
  await finding(page, "vague-promise").waitFor();
  assert.deepEqual(page.problems, []);
});

test("Clear asks before discarding the draft", async () => {
  const page = await open();
  const draft = page.getByLabel("Reply draft");
  await draft.fill(VAGUE);
  await page.getByRole("button", { name: "Clear" }).click();
  await page.getByRole("button", { name: "Keep" }).click();
  assert.equal(await draft.inputValue(), VAGUE);
  await page.getByRole("button", { name: "Clear" }).click();
  await page.getByRole("button", { name: "Discard" }).click();
  assert.equal(await draft.inputValue(), "");
  await page.getByRole("button", { name: "Undo", exact: true }).click();
  assert.equal(await draft.inputValue(), VAGUE, "even a discarded draft is one Undo away");
});

test("keyboard only: type, step through findings, apply, undo", async () => {
  const page = await open();
  await page.keyboard.press("Tab");
  let focused = await page.evaluate(() => document.activeElement?.textContent || document.activeElement?.id);
  // Tab until the draft field has focus, as a keyboard user would.
  for (let i = 0; i < 15 && focused !== "draft"; i++) {
    await page.keyboard.press("Tab");
    focused = await page.evaluate(() => document.activeElement?.id);
  }
  assert.equal(focused, "draft");
  await page.keyboard.type(VAGUE);
  await finding(page, "vague-promise").waitFor();

  await page.keyboard.press("Alt+ArrowDown");
  const draft = page.getByLabel("Reply draft");
  const selected = await draft.evaluate((el) => el.value.slice(el.selectionStart, el.selectionEnd));
  assert.match(selected, /soon/, "the finding's words are selected");
  assert.equal(await finding(page, "vague-promise").getAttribute("aria-current"), "true");

  await page.keyboard.press("Alt+Enter");
  await finding(page, "vague-promise").waitFor({ state: "detached" });
  assert.notEqual(await draft.inputValue(), VAGUE);
  await page.keyboard.press("Control+z");
  assert.equal(await draft.inputValue(), VAGUE);

  await page.getByRole("button", { name: "Shortcuts" }).focus();
  await page.keyboard.press("Enter");
  const help = page.getByRole("dialog", { name: "Keyboard shortcuts" });
  await help.waitFor();
  assert.match(await help.innerText(), /Alt \+ ↓/);
  await page.keyboard.press("Escape");
  await help.waitFor({ state: "detached" });
  assert.deepEqual(page.problems, []);
});

test("the summary is a polite live region and Copy reply copies the draft", async () => {
  const page = await open();
  await page.context().grantPermissions(["clipboard-read", "clipboard-write"], { origin: site.url });
  const status = page.getByRole("status");
  assert.equal(await status.getAttribute("aria-live"), "polite");
  await page.getByLabel("Reply draft").fill("Please fill [NAME] in.");
  await page.getByText("Not ready").waitFor();
  await page.getByRole("button", { name: "Copy reply" }).click();
  await page.getByRole("button", { name: "Copied" }).waitFor();
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), "Please fill [NAME] in.");
  // "Copied" is about that draft: an edit turns the button back.
  await page.getByLabel("Reply draft").press("End");
  await page.keyboard.type(" Thanks");
  await page.getByRole("button", { name: "Copy reply" }).waitFor();
});

test("no request leaves the page after load, and everything comes from its own origin", async () => {
  const page = await openPage(site.browser);
  const requests = recordRequests(page);
  await page.goto(site.url);
  await page.getByLabel("Reply draft").waitFor();
  await page.waitForLoadState("networkidle");
  const atLoad = requests.length;
  assert.deepEqual(requestsLeaving(requests, site.url, "data:"), []);

  await page.getByRole("button", { name: "Late order" }).click();
  await page.getByLabel("Reply draft").fill(VAGUE);
  await finding(page, "vague-promise").getByRole("button", { name: /^Apply/ }).first().click();
  await page.getByRole("button", { name: "Settings" }).click();
  await page.getByRole("button", { name: "Cancel" }).click();
  assert.deepEqual(requests.slice(atLoad), [], "no request after load");

  const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute("content");
  assert.match(csp, /default-src 'none'/);
  assert.match(csp, /connect-src 'self'/);
  const blocked = await page.evaluate(async () => {
    try {
      await fetch("https://example.com/");
      return false;
    } catch {
      return true;
    }
  });
  assert.ok(blocked, "the CSP blocks a connection elsewhere");
});

for (const [width, scheme] of [
  [1280, "light"],
  [1280, "dark"],
  [360, "light"],
  [360, "dark"],
]) {
  test(`an example at ${width} px, ${scheme}: nothing overflows`, async () => {
    const page = await open({ width, height: 900, colorScheme: scheme });
    await page.getByRole("button", { name: "Repeated contact" }).click();
    await findings(page).locator("li").first().waitFor();
    assert.match(await page.getByLabel("Customer's message", { exact: true }).inputValue(), /THIRD time/);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 0, `page is ${overflow}px wider than the window`);
    await screenshot(page, `site-example-${width}-${scheme}`);
    assert.deepEqual(page.problems, []);
  });
}

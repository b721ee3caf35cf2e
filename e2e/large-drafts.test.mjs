// Large drafts (over the 64 KB of ui/state.rs LARGE_DRAFT) on the site and in the embed's
// panel: checked in a Web Worker (web/worker.js) once typing pauses, so a 1 MB paste never
// holds up typing; a report reaches the screen only for the text it was made of; where no
// worker may start, the page checks on its main thread as it did before there was one.
import { test } from "node:test";
import assert from "node:assert/strict";
import { countWorkerChecks, openPage, openSite, screenshot, siteFinding, useBuiltSite } from "./browser.mjs";

const site = useBuiltSite();

const PROMISE = "We'll get back to you soon";
const MEGABYTE = "Your order is packed and labelled. ".repeat(30_000) + `${PROMISE}.`;

/** The workers `page` starts, by URL. */
function recordWorkers(page) {
  const urls = [];
  page.on("worker", (worker) => urls.push(worker.url()));
  return urls;
}

/** Records the main thread's long tasks from now on; returns a clock reading. */
const recordLongTasks = (page) =>
  page.evaluate(() => {
    window.longTasks = [];
    new PerformanceObserver((list) => {
      for (const task of list.getEntries()) window.longTasks.push({ start: task.startTime, duration: task.duration });
    }).observe({ type: "longtask" });
  });
const now = (page) => page.evaluate(() => performance.now());
/** The durations (ms) of the long tasks that started after `since`. */
const longTasksSince = (page, since) =>
  page.evaluate((since) => window.longTasks.filter((task) => task.start >= since).map((task) => Math.round(task.duration)), since);

/**
 * Holds web/worker.js back until `release()`, so the checks sent to it wait; `sent()` resolves
 * once the page has sent it `count` checks.
 */
async function holdWorker(page) {
  await countWorkerChecks(page);
  let release;
  const released = new Promise((resolve) => (release = resolve));
  await page.route(/\/worker\.js(\?|$)/, async (route) => {
    await released;
    await route.continue();
  });
  return { sent: (count) => page.waitForFunction((count) => window.workerChecks.sent >= count, count), release };
}

/** "check: words" of each finding listed in `container` (a locator), sorted. */
const listedFindings = (container) =>
  container
    .locator("li[data-check] .excerpt")
    .evaluateAll((excerpts) => [...new Set(excerpts.map((el) => `${el.closest("li").dataset.check}: ${el.textContent}`))].sort());

/**
 * Records every finding `root` (a document or a shadow root) shows, as "check: words", from
 * now on: a report painted over newer text would show words its check never flags.
 */
const recordShownFindings = (page, rootSelector) =>
  page.evaluate((rootSelector) => {
    const root = rootSelector ? document.querySelector(rootSelector).shadowRoot : document;
    window.shown = new Set();
    new MutationObserver(() => {
      for (const excerpt of root.querySelectorAll("li[data-check] .excerpt")) {
        window.shown.add(`${excerpt.closest("li").dataset.check}: ${excerpt.textContent}`);
      }
    }).observe(root, { childList: true, subtree: true, characterData: true });
  }, rootSelector);
const shownFindings = (page) => page.evaluate(() => [...window.shown].sort());

/**
 * Asserts that every check of the large draft was answered by the worker (so none ran on the
 * main thread), and reports the main thread's long tasks since `since`: how long they take
 * depends on the machine, so they are reported, not asserted (BENCHMARKS.md tracks speed).
 */
async function assertCheckedInWorker(t, page, since) {
  const { sent, reports, errors } = await page.evaluate(() => window.workerChecks);
  assert.ok(sent >= 1 && reports >= 1 && errors === 0, `checks sent ${sent}, reports ${reports}, errors ${errors}`);
  const tasks = await longTasksSince(page, since);
  t.diagnostic(`main thread's long tasks while checking: ${tasks.length ? `${tasks.join(", ")} ms` : "none"}`);
}

/** The words of `field` (a textarea) that are selected. */
const selectedIn = (field) => field.evaluate((el) => el.value.slice(el.selectionStart, el.selectionEnd));


test("site: a 1 MB paste is checked in a worker; typing goes on, the findings select their words", async (t) => {
  const page = await openSite(site);
  const workers = recordWorkers(page);
  const draft = page.getByLabel("Reply draft");
  await countWorkerChecks(page);
  await recordLongTasks(page);
  await draft.fill(MEGABYTE);
  await page.keyboard.type(" Thanks!");
  assert.ok((await draft.inputValue()).endsWith(" Thanks!"), "typing goes on");
  const typed = await now(page);
  await screenshot(page, "site-megabyte-checking", { fullPage: false });

  const vague = siteFinding(page, "vague-promise");
  await vague.waitFor({ timeout: 60_000 });
  assert.ok(workers.some((url) => url.endsWith("/worker.js")), `web/worker.js started: workers ${workers}`);
  await assertCheckedInWorker(t, page, typed);
  assert.equal(await page.locator(".mirror mark").count(), 0, "a large draft's findings are listed, not marked");

  await vague.getByRole("button", { name: /^Show in draft/ }).click();
  assert.equal(await selectedIn(draft), PROMISE);
  await screenshot(page, "site-megabyte-checked", { fullPage: false });
  assert.deepEqual(page.problems, []);
});

test("site: typing while the worker has not answered: only the report of the text on screen is shown", async () => {
  const page = await openSite(site);
  const worker = await holdWorker(page);
  const draft = page.getByLabel("Reply draft");
  await recordShownFindings(page);
  await draft.fill(MEGABYTE);
  // The first check is out (and held): typing at the start moves every span after it.
  await worker.sent(1);
  await page.getByRole("status").getByText("Checking…").waitFor();
  await draft.press("Control+Home");
  await page.keyboard.type("Hi [NAME], ");
  worker.release();

  const placeholder = siteFinding(page, "unfilled-placeholder");
  await placeholder.waitFor({ timeout: 60_000 });
  const listed = await listedFindings(page.getByRole("list", { name: "Findings" }));
  assert.deepEqual(listed, ["unfilled-placeholder: [NAME]", `vague-promise: ${PROMISE}`]);
  assert.deepEqual(await shownFindings(page), listed, "every finding ever shown is one of the final text's");
  await placeholder.getByRole("button", { name: /^Show in draft/ }).click();
  assert.equal(await selectedIn(draft), "[NAME]");
  await siteFinding(page, "vague-promise").getByRole("button", { name: /^Show in draft/ }).click();
  assert.equal(await selectedIn(draft), PROMISE);
  assert.deepEqual(page.problems, []);
});

test("site: a worker that cannot load its wasm glue leaves the check to the page", async () => {
  const page = await openSite(site);
  // The page has site.js already; the worker's own import of it fails.
  let refused = 0;
  await page.route("**/site.js", (route) => (refused++, route.abort()));
  const draft = page.getByLabel("Reply draft");
  await draft.fill(MEGABYTE);
  const vague = siteFinding(page, "vague-promise");
  await vague.waitFor({ timeout: 60_000 });
  await vague.getByRole("button", { name: /^Show in draft/ }).click();
  assert.equal(await selectedIn(draft), PROMISE);
  assert.equal(refused, 1, "the worker asked for site.js");
  assert.deepEqual(page.problems, []);
});

/**
 * The helpdesk example with its reply field attached; `csp` replaces its page's policy, and
 * `init` runs in the page before any of its scripts.
 */
async function openHelpdesk({ csp, init } = {}) {
  const page = await openPage(site.browser);
  if (init) await page.addInitScript(init);
  if (csp) {
    await page.route("**/examples/helpdesk.html", async (route) => {
      const response = await route.fetch();
      const body = (await response.text()).replace(/(http-equiv="Content-Security-Policy"\s+content=")[^"]*/, `$1${csp}`);
      await route.fulfill({ response, body });
    });
  }
  await page.goto(`${site.url}examples/helpdesk.html`);
  await page.waitForFunction(() => window.helpdesk.attached.email);
  return page;
}

const REPLY_PANEL = "#reply-form tactful-panel";
const panelFinding = (page, check) => page.locator(REPLY_PANEL).locator(`li[data-check="${check}"]`);

test("embed: a 1 MB paste in the host's field is checked in a worker beside embed.js; spans exact", async (t) => {
  const page = await openHelpdesk();
  const workers = recordWorkers(page);
  const reply = page.locator("#reply");
  await countWorkerChecks(page);
  await recordLongTasks(page);
  await reply.fill(MEGABYTE);
  await reply.press("End");
  await page.keyboard.type(" Thanks!");
  assert.ok((await reply.inputValue()).endsWith(" Thanks!"), "typing goes on");
  const typed = await now(page);
  await page.locator(REPLY_PANEL).getByText("Checking…").waitFor();
  await page.locator(REPLY_PANEL).scrollIntoViewIfNeeded();
  await screenshot(page, "embed-megabyte-checking", { fullPage: false });

  const vague = panelFinding(page, "vague-promise");
  await vague.waitFor({ timeout: 60_000 });
  assert.ok(workers.includes(new URL("embed-worker.js", site.url).href), `embed-worker.js beside embed.js started: workers ${workers}`);
  await assertCheckedInWorker(t, page, typed);
  await vague.getByRole("button", { name: /^Show in draft/ }).click();
  assert.equal(await selectedIn(reply), PROMISE);
  await page.locator(REPLY_PANEL).scrollIntoViewIfNeeded();
  await screenshot(page, "embed-megabyte-checked", { fullPage: false });
  assert.deepEqual(page.problems, []);
});

test("embed: typing while the worker has not answered: the panel shows only the report of the field's text", async () => {
  const page = await openHelpdesk();
  const worker = await holdWorker(page);
  const reply = page.locator("#reply");
  await recordShownFindings(page, REPLY_PANEL);
  await reply.fill(MEGABYTE);
  await worker.sent(1);
  await reply.press("Control+Home");
  await page.keyboard.type("Hi [NAME], ");
  worker.release();

  const placeholder = panelFinding(page, "unfilled-placeholder");
  await placeholder.waitFor({ timeout: 60_000 });
  const listed = await listedFindings(page.locator(REPLY_PANEL));
  assert.ok(listed.includes(`vague-promise: ${PROMISE}`), listed.join("\n"));
  assert.deepEqual(await shownFindings(page), listed, "every finding ever shown is one of the final text's");
  await placeholder.getByRole("button", { name: /^Show in draft/ }).click();
  assert.equal(await selectedIn(reply), "[NAME]");
  assert.deepEqual(page.problems, []);
});

test("embed: a host page whose CSP forbids workers still gets its large draft checked, on the main thread", async () => {
  const page = await openHelpdesk({
    csp: "default-src 'none'; script-src 'self' 'wasm-unsafe-eval'; worker-src 'none'; style-src 'self'; img-src data:; frame-src 'self'; connect-src 'self'",
  });
  const workers = recordWorkers(page);
  const reply = page.locator("#reply");
  await reply.fill(`Hi [NAME]. ${MEGABYTE}`);
  const placeholder = panelFinding(page, "unfilled-placeholder");
  await placeholder.waitFor({ timeout: 60_000 });
  await placeholder.getByRole("button", { name: /^Show in draft/ }).click();
  assert.equal(await selectedIn(reply), "[NAME]");
  assert.deepEqual(workers, []);
  // The browser's own report of the refused worker is the only message.
  assert.deepEqual(
    page.problems.filter((problem) => !/Creating a worker from .* violates .*worker-src/.test(problem)),
    [],
  );
});

test("embed: a host page whose Worker never answers still gets its large draft checked, on the main thread", async () => {
  const page = await openHelpdesk({
    // The page's own Worker: takes every message and answers none.
    init: () => {
      window.silentWorkerPosts = 0;
      window.Worker = class {
        postMessage() {
          window.silentWorkerPosts++;
        }
        terminate() {}
      };
    },
  });
  const reply = page.locator("#reply");
  await reply.fill(`Hi [NAME]. ${MEGABYTE}`);
  await page.locator(REPLY_PANEL).getByText("Checking…").waitFor();
  const placeholder = panelFinding(page, "unfilled-placeholder");
  await placeholder.waitFor({ timeout: 60_000 });
  assert.equal(await page.evaluate(() => window.silentWorkerPosts), 2, "the wasm module, then the check, went to the page's Worker");
  await placeholder.getByRole("button", { name: /^Show in draft/ }).click();
  assert.equal(await selectedIn(reply), "[NAME]");
  assert.deepEqual(page.problems, []);
});

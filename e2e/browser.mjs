// Shared set-up for end-to-end tests: Debian's Chromium driven by playwright-core, a page
// that records console errors, and screenshots under target/e2e/.
import { before, after } from "node:test";
import { chromium } from "playwright-core";
import { serve } from "./serve.mjs";
import { mkdir } from "node:fs/promises";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

export const CHROMIUM = process.env.CHROMIUM ?? "/usr/bin/chromium";
export const SHOTS = new URL("../target/e2e/", import.meta.url).pathname;

// As root on this machine kind Chromium needs --no-sandbox; the rest stop it from
// reaching out to the network on its own.
export const CHROMIUM_ARGS = [
  "--headless=new",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

/** A fresh page on the built site (`useBuiltSite()`) with nothing saved, ready to type in. */
export async function openSite(site, options) {
  const page = await openPage(site.browser, options);
  await page.goto(site.url);
  await page.getByLabel("Reply draft").waitFor();
  return page;
}

/** The site's findings list, and one check's finding in it. */
export const siteFindings = (page) => page.getByRole("list", { name: "Findings" });
export const siteFinding = (page, check) => siteFindings(page).locator(`li[data-check="${check}"]`);

export async function launch(extraArgs = []) {
  return chromium.launch({ executablePath: CHROMIUM, args: [...CHROMIUM_ARGS, ...extraArgs], headless: true });
}

/** A new page that collects console errors and page errors into `page.problems`. */
export async function openPage(browser, { width = 1280, height = 800, colorScheme = "light" } = {}) {
  const context = await browser.newContext({ viewport: { width, height }, colorScheme });
  const page = await context.newPage();
  page.problems = [];
  page.on("console", (msg) => {
    if (msg.type() === "error") page.problems.push(`console: ${msg.text()}`);
  });
  page.on("pageerror", (err) => page.problems.push(`page error: ${err.message}`));
  return page;
}

export async function screenshot(page, name, { fullPage = true } = {}) {
  await mkdir(SHOTS, { recursive: true });
  const path = join(SHOTS, `${name}.png`);
  await page.screenshot({ path, fullPage });
  return path;
}

export function tempProfile() {
  return mkdtempSync(join(tmpdir(), "tactful-chromium-"));
}

export const DIST = new URL("../dist/", import.meta.url).pathname;

/** The test fixtures (hostile and plain host pages). */
export const PAGES = new URL("pages/", import.meta.url).pathname;

/**
 * For a test file: serves the built dist/ on 127.0.0.1 and launches Chromium before its
 * tests, and stops both after them. The returned object's `browser` and `url` are set once
 * the tests start. `options` go to `serve` (e.g. `mounts: { "/pages/": PAGES }`).
 */
export function useBuiltSite(options) {
  const site = {};
  before(async () => {
    Object.assign(site, await serve(DIST, options));
    site.browser = await launch();
  });
  after(async () => {
    await site.browser?.close();
    site.server?.close();
  });
  return site;
}

/**
 * Records the URL of every request `target` makes from now on: a page (with its frames), or
 * a browser context (all its pages, their frames and its service workers, an extension's
 * among them).
 */
export function recordRequests(target) {
  const urls = [];
  target.on("request", (request) => urls.push(request.url()));
  return urls;
}

/** The recorded requests that went anywhere but to one of `origins` (URL prefixes). */
export const requestsLeaving = (urls, ...origins) => urls.filter((url) => !origins.some((origin) => url.startsWith(origin)));

/**
 * From now on counts, in `target`'s window.workerChecks (a page or a frame, before its first
 * large draft), the checks its page sends to web/worker.js and the replies: a report, or an
 * error after which the page checks on its main thread.
 */
export const countWorkerChecks = (target) =>
  target.evaluate(() => {
    const counts = (window.workerChecks = { sent: 0, reports: 0, errors: 0 });
    const post = Worker.prototype.postMessage;
    Worker.prototype.postMessage = function (message, ...rest) {
      if (typeof message?.text === "string") counts.sent++;
      return post.call(this, message, ...rest);
    };
    const onmessage = Object.getOwnPropertyDescriptor(Worker.prototype, "onmessage");
    Object.defineProperty(Worker.prototype, "onmessage", {
      ...onmessage,
      set(handler) {
        onmessage.set.call(this, (event) => {
          counts[typeof event.data?.report === "string" ? "reports" : "errors"]++;
          return handler(event);
        });
      },
    });
  });

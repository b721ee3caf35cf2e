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

export async function screenshot(page, name) {
  await mkdir(SHOTS, { recursive: true });
  const path = join(SHOTS, `${name}.png`);
  await page.screenshot({ path, fullPage: true });
  return path;
}

export function tempProfile() {
  return mkdtempSync(join(tmpdir(), "tactful-chromium-"));
}

export const DIST = new URL("../dist/", import.meta.url).pathname;

/**
 * For a test file: serves the built dist/ on 127.0.0.1 and launches Chromium before its
 * tests, and stops both after them. The returned object's `browser` and `url` are set once
 * the tests start.
 */
export function useBuiltSite() {
  const site = {};
  before(async () => {
    Object.assign(site, await serve(DIST));
    site.browser = await launch();
  });
  after(async () => {
    await site.browser?.close();
    site.server?.close();
  });
  return site;
}

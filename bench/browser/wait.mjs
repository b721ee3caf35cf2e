// Waits for a benchmark page's `window.bench` without Playwright's `waitForFunction`, whose
// injected script (about 330 KB) runs on the page's main thread while the page is still
// loading, and so lands inside the *ready* it is waiting to read (BENCHMARKS.md, "room12:
// ready"). A plain `evaluate` that polls is a few hundred bytes.
export async function waitForBench(page, timeoutMs = 120_000) {
  await page.evaluate(
    (timeoutMs) =>
      new Promise((resolve, reject) => {
        const start = performance.now();
        const poll = () => {
          if (window.bench) return resolve();
          if (performance.now() - start > timeoutMs) return reject(new Error("window.bench never came"));
          setTimeout(poll, 2);
        };
        poll();
      }),
    timeoutMs,
  );
}

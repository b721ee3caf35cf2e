// Where ready's time goes: loads bench/tactful.html N times, each in a fresh context, and
// prints medians of navigation to ready and of each resource's fetch start and end. With
// FIRST_CHECK=1, each page then checks the 1k-word input once: "first check" is how long
// that `analyze` took, "checked" when it ended (ms after navigation).
import { serve } from "../../e2e/serve.mjs";
import { launch } from "../../e2e/browser.mjs";
import { waitForBench } from "./wait.mjs";
const here = new URL(".", import.meta.url).pathname;
const root = new URL("../../", import.meta.url).pathname;
const N = Number(process.argv[2] ?? 20);
const dists = process.argv.length > 3 ? process.argv.slice(3) : [`${root}dist`];
const servers = await Promise.all(dists.map((dist) => serve(dist, { mounts: { "/bench/": here } })));
const browser = await launch();
const samples = dists.map(() => []);
// Each round takes the builds in another order, so none is always first after a pause.
const COMMIT = process.env.WAIT_UNTIL === "commit";
const FIRST = process.env.FIRST_CHECK === "1";
const text = FIRST
  ? (await import("node:fs")).readFileSync(`${root}../shared/bench/inputs/replies-1k.txt`, "utf8")
  : null;
for (let i = 0; i < N * dists.length; i++) {
  const which = (i + Math.floor(i / dists.length)) % dists.length;
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${servers[which].url}bench/tactful.html`, COMMIT ? { waitUntil: "commit" } : {});
  await waitForBench(page);
  samples[which].push(
    await page.evaluate((text) => {
      const out = { ready: window.bench.ready };
      if (text != null) {
        const start = performance.now();
        window.tactful.analyze(text);
        out.checked = performance.now();
        out["first check"] = out.checked - start;
      }
      const nav = performance.getEntriesByType("navigation")[0];
      out["nav.responseEnd"] = nav.responseEnd;
      out["nav.domInteractive"] = nav.domInteractive;
      for (const r of performance.getEntriesByType("resource")) {
        const name = r.name.split("/").pop();
        out[`${name} start`] = r.startTime;
        out[`${name} end`] = r.responseEnd;
      }
      for (const m of performance.getEntriesByType("mark")) out[`mark ${m.name}`] = m.startTime;
      return out;
    }, text),
  );
  await context.close();
}
await browser.close();
for (const { server } of servers) server.close();
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
// Loads of the same round ran one after another: their differences are less at the mercy
// of the machine's load than each build's median.
for (const [which, dist] of dists.entries()) {
  if (!which) continue;
  for (const key of FIRST ? ["ready", "first check", "checked"] : ["ready"]) {
    const diffs = samples[which].map((s, round) => s[key] - samples[0][round][key]);
    const faster = diffs.filter((d) => d < 0).length;
    console.log(`${dist} - ${dists[0]}: median difference in ${key} ${median(diffs).toFixed(1)} ms; faster in ${faster} of ${N} rounds`);
  }
}
for (const [which, dist] of dists.entries()) {
  console.log(`${dist}: ${N} loads, medians (ms after navigation)`);
  const keys = [...new Set(samples[which].flatMap(Object.keys))];
  const rows = keys.map((k) => [k, median(samples[which].map((s) => s[k]).filter((x) => x != null))]).sort((a, b) => a[1] - b[1]);
  for (const [k, v] of rows) console.log(`${v.toFixed(1).padStart(8)}  ${k}`);
}

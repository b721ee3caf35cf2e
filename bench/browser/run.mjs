// The in-browser benchmark: serves the release dist/ beside this page, harper.js and the
// shared inputs on 127.0.0.1, and times tactful and harper.js in headless Chromium.
// Prints a table of medians and ratios and writes target/bench/browser.json.
//
//   node bench/browser/run.mjs [--rounds N] [--repeats N] [--long]
//
// --long adds a 100k-word draft (replies-10k ten times, as benches/instructions.rs builds
// it), for tactful alone: harper.js would take minutes a round there.
import { writeFile, mkdir } from "node:fs/promises";
import { serve } from "../../e2e/serve.mjs";
import { launch } from "../../e2e/browser.mjs";
import { waitForBench } from "./wait.mjs";

const here = new URL(".", import.meta.url).pathname;
const root = new URL("../../", import.meta.url).pathname;
const arg = (name, fallback) => {
  const at = process.argv.indexOf(`--${name}`);
  return at > 0 ? Number(process.argv[at + 1]) : fallback;
};
const ROUNDS = arg("rounds", 3);
const REPEATS = arg("repeats", 50);
const LONG = "replies-100k";
const INPUTS = ["reply-200", "replies-1k", "replies-10k", ...(process.argv.includes("--long") ? [LONG] : [])];
const TOOLS = ["tactful", "harper"];
const toolsFor = (input) => (input === LONG ? ["tactful"] : TOOLS);

const { server, url } = await serve(`${root}dist`, {
  mounts: {
    "/bench/": here,
    "/harper/": `${here}node_modules/harper.js/dist`,
    "/inputs/": `${root}../shared/bench/inputs`,
  },
});
// Precise heap sizes instead of Chromium's coarse default.
const browser = await launch(["--enable-precise-memory-info"]);

async function measure(tool, input) {
  const rounds = [];
  for (let round = 0; round < ROUNDS; round++) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${url}bench/${tool}.html`);
    await waitForBench(page);
    const result = await page.evaluate(
      async ([input, repeats, long]) => {
        const file = input === long ? "replies-10k" : input;
        let text = await (await fetch(`/inputs/${file}.txt`)).text();
        if (input === long) text = Array(10).fill(text).join("\n\n");
        return { ready: window.bench.ready, words: text.split(/\s+/).length, ...(await window.bench.run(text, repeats)) };
      },
      [input, REPEATS, LONG],
    );
    rounds.push(result);
    await context.close();
  }
  // Like PEERS.md: the best round's medians, since the machine is shared and noisy.
  const best = (key) => Math.min(...rounds.map((r) => r[key]));
  return {
    words: rounds[0].words,
    ready: best("ready"),
    first: best("first"),
    check: best("check"),
    fresh: best("fresh"),
    keystroke: best("keystroke"),
    heapMB: rounds.at(-1).heapBytes / 1e6,
  };
}

const results = {};
for (const input of INPUTS) {
  for (const tool of toolsFor(input)) {
    results[`${tool}/${input}`] = await measure(tool, input);
    process.stderr.write(`measured ${tool} on ${input}\n`);
  }
}
await browser.close();
server.close();

const ms = (x) => (x < 10 ? x.toFixed(2) : x.toFixed(0));
const rows = [
  "| input | words | tool | ready (ms) | first check (ms) | median check, same draft (ms) | median check, every line changed (ms) | median keystroke (ms) | JS heap (MB) |",
  "|---|---|---|---|---|---|---|---|---|",
];
for (const input of INPUTS) {
  for (const tool of toolsFor(input)) {
    const r = results[`${tool}/${input}`];
    rows.push(`| ${input} | ${r.words} | ${tool} | ${ms(r.ready)} | ${ms(r.first)} | ${ms(r.check)} | ${ms(r.fresh)} | ${ms(r.keystroke)} | ${r.heapMB.toFixed(1)} |`);
  }
  const t = results[`tactful/${input}`];
  const h = results[`harper/${input}`];
  if (!h) continue;
  const ratio = (key) => (t[key] / h[key]).toFixed(3);
  rows.push(`| ${input} | | tactful / harper.js | ${ratio("ready")} | ${ratio("first")} | ${ratio("check")} | ${ratio("fresh")} | ${ratio("keystroke")} | |`);
}
console.log(rows.join("\n"));
await mkdir(`${root}target/bench`, { recursive: true });
await writeFile(`${root}target/bench/browser.json`, JSON.stringify({ rounds: ROUNDS, repeats: REPEATS, results }, null, 2));
console.log(`\nwrote target/bench/browser.json (${ROUNDS} rounds, ${REPEATS} repeats, best round's medians)`);

// Orders a release wasm's functions so that gzip finds more of each in what comes before it:
//   node scripts/function-order.mjs dist/tactful-embed_bg.wasm
//
// gzip -9 (what the size budget measures, and what a server sends) finds repeats only in the
// last 32 KB it read. The linker lays the functions out in the order it met them, so similar
// bodies (the checks' closures, the JS shims, the iterator adapters) are often further apart
// than that. Greedily, from the first function on, the next one is, of the next 128 not yet
// placed (in the linker's order, which keeps related code near), the one whose body
// deflate -9 codes in the most fewer bytes with the last 32 KB of bodies placed before it
// than alone. Then the wasm goes through binaryen's text form (whose round trip alone leaves
// it byte for byte the same), its functions written in that order: a function's index is its
// place, so calls, the indirect-call table and the exports follow by name. Nothing but the
// order changes; each body is the same code (about 1.4 KB less gzip on the embed's wasm).
import { execFileSync } from "node:child_process";
import { readFileSync, unlinkSync, writeFileSync } from "node:fs";
import { basename } from "node:path";
import { WasmCursor } from "./wasm-cursor.mjs";
import { constants, deflateRawSync } from "node:zlib";

const [wasmPath] = process.argv.slice(2);
if (!wasmPath) {
  console.error("usage: node scripts/function-order.mjs WASM");
  process.exit(2);
}
const fail = (what) => {
  console.error(`function-order: ${basename(wasmPath)}: ${what}`);
  process.exit(1);
};
const CANDIDATES = 128;
const WINDOW = 32768;

// The code section's bodies (each with its size), in the wasm's order.
const wasm = readFileSync(wasmPath);
const cursor = new WasmCursor(wasm);
const bodies = [];
for (const { id, end } of cursor.sections()) {
  if (id === 10) {
    for (let count = cursor.leb(); count > 0; count--) {
      const start = cursor.at;
      const length = cursor.leb();
      cursor.at += length;
      bodies.push(wasm.subarray(start, cursor.at));
    }
    if (cursor.at !== end) fail("the code section is not as read");
  }
}
if (bodies.length === 0) fail("no code section");

const deflated = (body, dictionary) =>
  deflateRawSync(body, { level: 9, memLevel: 9, strategy: constants.Z_DEFAULT_STRATEGY, ...(dictionary.length ? { dictionary } : {}) }).length;
const alone = bodies.map((body) => deflated(body, Buffer.alloc(0)));
const left = bodies.map((_, i) => i);
const order = [];
let placed = Buffer.alloc(0);
while (left.length) {
  const window = placed.subarray(Math.max(0, placed.length - WINDOW));
  let best = 0;
  let bestGain = Infinity;
  for (let j = 0; j < Math.min(CANDIDATES, left.length); j++) {
    const gain = deflated(bodies[left[j]], window) - alone[left[j]];
    if (gain < bestGain) [best, bestGain] = [j, gain];
  }
  const [next] = left.splice(best, 1);
  order.push(next);
  placed = Buffer.concat([window, bodies[next]]);
}

// The same module in binaryen's text form, its top-level items one after another (each from
// a line ` (` to the next), the functions among them written in the new order.
const FEATURES = ["--enable-bulk-memory", "--enable-nontrapping-float-to-int", "--enable-sign-ext",
  "--enable-mutable-globals", "--enable-reference-types", "--enable-multivalue"];
execFileSync("wasm-dis", [...FEATURES, wasmPath, "-o", `${wasmPath}.wat`]);
const lines = readFileSync(`${wasmPath}.wat`, "utf8").split("\n");
while (lines.at(-1) === "") lines.pop();
if (lines.pop() !== ")" || !lines[0].startsWith("(module")) fail("not a module in binaryen's text form");
const items = [];
for (const line of lines.slice(1)) {
  if (line.startsWith(" (")) items.push([line]);
  else if (items.length) items.at(-1).push(line);
  else fail("text before the module's first item");
}
const isFunction = (item) => item[0].startsWith(" (func ");
const first = items.findIndex(isFunction);
const functions = items.filter(isFunction);
if (functions.length !== bodies.length || !functions.every((_, i) => isFunction(items[first + i]))) {
  fail("the text's functions are not the code section's, one after another");
}
items.splice(first, functions.length, ...order.map((i) => functions[i]));
writeFileSync(`${wasmPath}.wat`, [lines[0], ...items.map((item) => item.join("\n")), ")", ""].join("\n"));
execFileSync("wasm-as", [...FEATURES, `${wasmPath}.wat`, "-o", wasmPath]);
unlinkSync(`${wasmPath}.wat`);
const moved = order.filter((i, place) => i !== place).length;
console.log(`function-order: ${basename(wasmPath)}: ${moved} of ${bodies.length} functions moved`);

// Blanks the data that only code gone from the optimised wasm read:
//   node scripts/dead-data.mjs BEFORE.wasm dist/tactful-embed_bg.wasm
//
// `wasm-opt` drops the functions nothing calls any more (those `panic-bodies.mjs` made trap,
// and what only they called), but not the data they read: the data section is one block to
// it. The standard library's tables of printable characters (about 1.5 KB that gzip cannot
// shrink, read only to escape a `char` in a panic's message) and the formatting templates
// of messages no code makes stay in the download. BEFORE is the same wasm as wasm-bindgen
// wrote it, before `panic-bodies.mjs`: each address its code names (an `i32.const`, a load's
// or store's offset) starts a piece of data, which runs to the next address named there or
// in its data (a word of it) or a segment's end. A piece whose first address BEFORE's code
// names is blanked (zeros) when nothing in the optimised wasm points into it or within 64
// bytes of it: no constant or offset of its code (an `i64.const` read as two words too), no
// word of its data. A load's or store's offset counts only up to the piece's end: the address
// it reads is the offset plus an unsigned base, never below the offset, so an offset just
// past a piece (the next piece's table, indexed) cannot reach back into it; a constant can
// (an end pointer walked backwards). That frees the standard library's grapheme-extend table,
// which only `<char as Debug>` read, just before the hex digits `{:x}` indexes (about 0.5 KB
// less gzip on the embed's wasm). Memory is otherwise the same, and every byte the optimised
// code can reach by a constant is kept; the end-to-end and Node checks of the embed read the same.
import { execFileSync } from "node:child_process";
import { readFileSync, unlinkSync, writeFileSync } from "node:fs";
import { basename } from "node:path";
import { WasmCursor } from "./wasm-cursor.mjs";

const [beforePath, wasmPath] = process.argv.slice(2);
if (!beforePath || !wasmPath) {
  console.error("usage: node scripts/dead-data.mjs BEFORE.wasm WASM");
  process.exit(2);
}
const fail = (what) => {
  console.error(`dead-data: ${basename(wasmPath)}: ${what}`);
  process.exit(1);
};
const SLACK = 64;
const FEATURES = ["--enable-bulk-memory", "--enable-nontrapping-float-to-int", "--enable-sign-ext",
  "--enable-mutable-globals", "--enable-reference-types", "--enable-multivalue"];

// The active segments of a wasm, as { address, length, offset } (offset: in the file).
const segmentsOf = (wasm) => {
  const cursor = new WasmCursor(wasm);
  const segments = [];
  for (const { id } of cursor.sections()) {
    if (id !== 11) continue;
    for (let count = cursor.leb(); count > 0; count--) {
      const flags = cursor.leb();
      if (flags === 1) fail("a passive data segment");
      if (flags === 2) cursor.leb();
      if (flags > 2 || wasm[cursor.at++] !== 0x41) fail("a data segment not at a constant");
      const address = cursor.sleb32() >>> 0;
      if (wasm[cursor.at++] !== 0x0b) fail("a data segment's offset is not one constant");
      const length = cursor.leb();
      segments.push({ address, length, offset: cursor.at });
      cursor.at += length;
    }
  }
  if (segments.length === 0) fail("no active data segments");
  return segments;
};
// The addresses the code of a wasm names, in binaryen's text: `constants` and the memory
// accesses' `offsets`.
const codeAddresses = (path) => {
  const wat = `${path}.dead-data.wat`;
  execFileSync("wasm-dis", [...FEATURES, path, "-o", wat]);
  const text = readFileSync(wat, "utf8");
  unlinkSync(wat);
  const [constants, offsets] = [[], []];
  for (const line of text.split("\n")) {
    if (line.trimStart().startsWith("(data ")) continue;
    for (const [, n] of line.matchAll(/i32\.const (-?\d+)/g)) constants.push(Number(n) >>> 0);
    for (const [, n] of line.matchAll(/offset=(\d+)/g)) offsets.push(Number(n));
    for (const [, n] of line.matchAll(/i64\.const (-?\d+)/g)) {
      const value = BigInt.asUintN(64, BigInt(n));
      constants.push(Number(value & 0xffffffffn), Number(value >> 32n));
    }
  }
  return { constants, offsets };
};
// Memory as a wasm's segments lay it out, and each byte's place in its file (-1: a gap).
const memoryOf = (wasm, segments, low, high) => {
  const memory = new Uint8Array(high - low);
  const place = new Int32Array(high - low).fill(-1);
  for (const { address, length, offset } of segments) {
    memory.set(wasm.subarray(offset, offset + length), address - low);
    for (let i = 0; i < length; i++) place[address - low + i] = offset + i;
  }
  return { memory, place };
};
const words = (memory, low) => {
  const view = new DataView(memory.buffer);
  const found = [];
  for (let i = (4 - (low % 4)) % 4; i + 4 <= memory.length; i += 4) {
    found.push(view.getUint32(i, true));
  }
  return found;
};

const before = readFileSync(beforePath);
const wasm = readFileSync(wasmPath);
const beforeSegments = segmentsOf(before);
const segments = segmentsOf(wasm);
const low = Math.min(...beforeSegments.map((s) => s.address));
const high = Math.max(...beforeSegments.map((s) => s.address + s.length));
if (segments.some((s) => s.address < low || s.address + s.length > high)) {
  fail("the optimised wasm's data is not where BEFORE's was");
}
const was = memoryOf(before, beforeSegments, low, high);
const now = memoryOf(wasm, segments, low, high);
// The same data at the same addresses (but where panic-lines.mjs blanked it: zeros, or the
// first address as a location's file).
for (let i = 0; i < now.memory.length; i++) {
  if (now.memory[i] === was.memory[i] || now.memory[i] === 0) continue;
  const at = i - ((i + low) % 4);
  const word = new DataView(now.memory.buffer).getUint32(at, true);
  if (word !== low) fail(`the data at ${low + i} is not BEFORE's`);
}
const inData = (a) => a >= low && a <= high;
const beforeCode = codeAddresses(beforePath);
const named = new Set([...beforeCode.constants, ...beforeCode.offsets].filter(inData));
const ends = beforeSegments.flatMap((s) => [s.address, s.address + s.length]);
const starts = [...new Set([...named, ...words(was.memory, low).filter(inData), ...ends, high])]
  .sort((a, b) => a - b);
const nowCode = codeAddresses(wasmPath);
const sortedInData = (addresses) => [...new Set(addresses)].filter(inData).sort((a, b) => a - b);
// What may point into a piece from before it or inside it, and what may point into it from
// after it (no offset).
const pointers = sortedInData([...nowCode.constants, ...words(now.memory, low)]);
const live = sortedInData([...pointers, ...nowCode.offsets]);
// The first of the sorted `addresses` at or after `a` (binary search).
const firstFrom = (addresses, a) => {
  let [from, to] = [0, addresses.length];
  while (from < to) {
    const mid = (from + to) >> 1;
    if (addresses[mid] < a) from = mid + 1;
    else to = mid;
  }
  return addresses[from] ?? Infinity;
};
let pieces = 0;
let bytes = 0;
for (let i = 0; i + 1 < starts.length; i++) {
  const [start, end] = [starts[i], starts[i + 1]];
  const reached =
    firstFrom(live, start - SLACK) < end || firstFrom(pointers, start - SLACK) <= end + SLACK;
  if (!named.has(start) || reached) continue;
  let blanked = 0;
  for (let a = start; a < end; a++) {
    const place = now.place[a - low];
    if (place >= 0 && wasm[place] !== 0) {
      wasm[place] = 0;
      blanked++;
    }
  }
  if (blanked > 0) pieces++;
  bytes += blanked;
}
writeFileSync(wasmPath, wasm);
console.log(`dead-data: ${basename(wasmPath)}: ${bytes} B in ${pieces} pieces of data blanked`);

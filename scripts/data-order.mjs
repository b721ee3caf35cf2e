// Lays out a release wasm's data section so that gzip -9 codes it in fewer bytes:
//   node scripts/data-order.mjs dist/tactful-embed_bg.wasm
//
// The data section is the wasm's last, and most of it is text (the checks' messages, the
// panel's markup, word tables) around about 60 KB that no compressor shrinks (the packed
// phrase lists and Unicode tables, `src/pack.rs`). gzip -9 codes each block of about 32K
// symbols with one set of Huffman codes; text in a block with incompressible bytes is coded
// with codes made for those bytes, and text far from other text finds fewer repeats in the
// 32 KB before it. Each active segment is cut where its bytes turn from compressible to not
// (deflate -9 of each window of W bytes against T of its size), and the pieces are written
// compressible first, longest first, then the incompressible ones (or the other way round),
// each piece an active segment at its own address: memory at instantiation is byte for byte
// the same (segments do not overlap, and a gap is zeros either way), and nothing refers to an
// active segment by its index. Of the layouts for a few W and T, and the linker's, the one
// whose wasm gzip -9 codes in the fewest bytes is kept (about 0.5 KB less gzip on the embed's
// wasm). Last in the build: only the data section's layout changes.
import { execFileSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { basename } from "node:path";
import { deflateRawSync, constants } from "node:zlib";
import { WasmCursor } from "./wasm-cursor.mjs";

const [wasmPath] = process.argv.slice(2);
if (!wasmPath) {
  console.error("usage: node scripts/data-order.mjs WASM");
  process.exit(2);
}
const fail = (what) => {
  console.error(`data-order: ${basename(wasmPath)}: ${what}`);
  process.exit(1);
};
const wasm = readFileSync(wasmPath);
const cursor = new WasmCursor(wasm);
// Each section's bytes (header included), and the active segments as { address, bytes }.
const sections = [];
let segments = null;
let start = cursor.at;
for (const { id, end } of cursor.sections()) {
  sections.push({ id, bytes: wasm.subarray(start, end) });
  if (id === 11) {
    segments = [];
    for (let count = cursor.leb(); count > 0; count--) {
      if (cursor.leb() !== 0) fail("a data segment that is passive or names its memory");
      if (wasm[cursor.at++] !== 0x41) fail("a data segment not at an i32.const offset");
      const address = cursor.sleb32() >>> 0;
      if (wasm[cursor.at++] !== 0x0b) fail("a data segment's offset is not one constant");
      const length = cursor.leb();
      segments.push({ address, bytes: wasm.subarray(cursor.at, cursor.at + length) });
      cursor.at += length;
    }
    if (cursor.at !== end) fail("the data section has bytes after its segments");
  }
  start = end;
}
if (!segments) fail("no data section");
const ends = segments
  .map((s) => [s.address, s.address + s.bytes.length])
  .sort((a, b) => a[0] - b[0]);
if (ends.some(([start], i) => i > 0 && start < ends[i - 1][1])) fail("overlapping data segments");

const leb = (n) => {
  const out = [];
  do {
    out.push((n & 0x7f) | (n >= 0x80 ? 0x80 : 0));
    n = Math.floor(n / 128);
  } while (n > 0);
  return Buffer.from(out);
};
const sleb32 = (n) => {
  const out = [];
  n |= 0;
  for (;;) {
    const byte = n & 0x7f;
    n >>= 7;
    const last = (n === 0 && !(byte & 0x40)) || (n === -1 && byte & 0x40);
    if (last) return Buffer.from([...out, byte]);
    out.push(byte | 0x80);
  }
};
const section = (id, contents) =>
  Buffer.concat([Buffer.from([id]), leb(contents.length), contents]);
// The wasm with `pieces` as its data segments, in that order (and the data count to match).
const written = (pieces) => {
  const data = [leb(pieces.length)];
  for (const { address, bytes } of pieces) {
    const head = [Buffer.from([0, 0x41]), sleb32(address), Buffer.from([0x0b])];
    data.push(...head, leb(bytes.length), bytes);
  }
  const out = [wasm.subarray(0, 8)];
  for (const { id, bytes } of sections) {
    if (id === 11) out.push(section(11, Buffer.concat(data)));
    else if (id === 12) out.push(section(12, leb(pieces.length)));
    else out.push(bytes);
  }
  return Buffer.concat(out);
};
const level9 = { level: constants.Z_BEST_COMPRESSION };
const incompressible = (bytes, threshold) =>
  deflateRawSync(bytes, level9).length > threshold * bytes.length;
// A segment cut into runs of windows of `width` bytes that are (or are not) incompressible.
const pieces = (width, threshold) =>
  segments.flatMap(({ address, bytes }) => {
    const cut = [];
    let from = 0;
    let was = null;
    for (let at = 0; at < bytes.length; at += width) {
      const is = incompressible(bytes.subarray(at, at + width), threshold);
      if (was !== null && is !== was) {
        cut.push({ address: address + from, bytes: bytes.subarray(from, at), hard: was });
        from = at;
      }
      was = is;
    }
    cut.push({ address: address + from, bytes: bytes.subarray(from), hard: was ?? false });
    return cut;
  });
const gzipped = (bytes) =>
  execFileSync("gzip", ["-9"], { input: bytes, maxBuffer: 1 << 26 }).length;

let best = { size: gzipped(wasm), bytes: wasm, how: "the linker's" };
for (const width of [256, 512, 1024]) {
  for (const threshold of [0.75, 0.85, 0.95]) {
    const all = pieces(width, threshold);
    const soft = all
      .filter((p) => !p.hard)
      .sort((a, b) => b.bytes.length - a.bytes.length || a.address - b.address);
    const hard = all.filter((p) => p.hard);
    for (const [order, how] of [
      [[...soft, ...hard], "compressible first"],
      [[...hard, ...soft], "incompressible first"],
    ]) {
      const bytes = written(order);
      const size = gzipped(bytes);
      if (size < best.size) {
        const cut = `${width}-byte windows at ${threshold}, ${order.length} segments`;
        best = { size, bytes, how: `${how}, ${cut}` };
      }
    }
  }
}
if (!WebAssembly.validate(best.bytes)) fail("the rewritten wasm does not validate");
writeFileSync(wasmPath, best.bytes);
console.log(`data-order: ${basename(wasmPath)}: ${best.how} (${best.size} B gzip -9)`);

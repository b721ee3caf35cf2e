// Blanks each panic location in a release wasm's data (no file, line 0, column 0):
//   node scripts/panic-lines.mjs dist/tactful-embed_bg.wasm
//
// Every bounds check, `unwrap` and slice of the engine carries a `core::panic::Location`
// (the file as a pointer and length, the line, the column: 16 bytes) for its panic message:
// about 600 in the embed's wasm. With `panic = "abort"` on wasm32-unknown-unknown the message
// goes to the standard library's stderr, which discards it, and the wasm traps: nothing in
// the browser ever reads a file, a line or a column. Their random-looking numbers cost about
// 3 KB of gzip in the embed's wasm; blanked they cost almost nothing. Stable Rust has no flag
// for this (`-Zlocation-detail=none` is nightly's), so it is done to the built wasm: a record
// is a 4-aligned pointer and length of a `.rs` path in the wasm's data, then a line and a
// column. Then the files' names (about 0.6 KB), which only those locations pointed at, and
// the standard library's panic messages (about 1 KB), which go where the locations go. The
// code, and every string the wasm shows, are unchanged.
import { execFileSync } from "node:child_process";
import { readFileSync, unlinkSync, writeFileSync } from "node:fs";
import { basename } from "node:path";
import { WasmCursor } from "./wasm-cursor.mjs";

const [wasmPath] = process.argv.slice(2);
if (!wasmPath) {
  console.error("usage: node scripts/panic-lines.mjs WASM");
  process.exit(2);
}
const fail = (what) => {
  console.error(`panic-lines: ${basename(wasmPath)}: ${what}`);
  process.exit(1);
};
const wasm = readFileSync(wasmPath);
const cursor = new WasmCursor(wasm);
// The active data segments: where each starts in memory and in the file.
const segments = [];
let code = [0, 0];
for (const { id, end } of cursor.sections()) {
  if (id === 10) code = [cursor.at, end];
  if (id === 11) {
    for (let count = cursor.leb(); count > 0; count--) {
      const flags = cursor.leb();
      if (flags === 1) {
        cursor.at += cursor.leb(); // a passive segment: its bytes are not in memory until copied
        continue;
      }
      if (flags === 2) cursor.leb(); // memory index
      if (flags > 2 || wasm[cursor.at++] !== 0x41) fail(`a data segment not at an i32.const offset`);
      const address = cursor.sleb32() >>> 0;
      if (wasm[cursor.at++] !== 0x0b) fail(`a data segment's offset is not one constant`);
      const length = cursor.leb();
      segments.push({ address, length, offset: cursor.at });
      cursor.at += length;
    }
  }
}
if (segments.length === 0) fail("no active data segments");
// Memory as the segments lay it out (gaps are zeros), with each byte's place in the file.
const low = Math.min(...segments.map((s) => s.address));
const high = Math.max(...segments.map((s) => s.address + s.length));
const memory = new Uint8Array(high - low);
const place = new Int32Array(high - low).fill(-1);
for (const { address, length, offset } of segments) {
  memory.set(wasm.subarray(offset, offset + length), address - low);
  for (let i = 0; i < length; i++) place[address - low + i] = offset + i;
}
const view = new DataView(memory.buffer);
const isPath = (pointer, length) => {
  if (length < 4 || length > 300 || pointer < low || pointer + length > high) return false;
  const text = Buffer.from(memory.subarray(pointer - low, pointer - low + length)).toString("latin1");
  return /^[\x21-\x7e]+\.rs$/.test(text) && text.includes("/");
};
// Every location becomes the same 16 bytes: an empty file name (a length of 0 at the data's
// first address), line 0, column 0, so gzip stores the 600 of them in a few bytes.
const blank = new Uint8Array(16);
new DataView(blank.buffer).setUint32(0, low, true);
let blanked = 0;
const files = new Set();
const records = new Set();
for (let i = (4 - (low % 4)) % 4; i + 16 <= memory.length; i += 4) {
  const pointer = view.getUint32(i, true);
  const length = view.getUint32(i + 4, true);
  const line = view.getUint32(i + 8, true);
  const column = view.getUint32(i + 12, true);
  if (line === 0 || line > 100000 || column === 0 || column > 1000) continue;
  if (!isPath(pointer, length)) continue;
  if (process.env.PANIC_LINES_VERBOSE) {
    const file = Buffer.from(memory.subarray(pointer - low, pointer - low + length));
    console.log(`${file.toString("latin1")}:${line}:${column}`);
  }
  for (let j = 0; j < 16; j++) {
    memory[i + j] = blank[j];
    if (place[i + j] >= 0) wasm[place[i + j]] = blank[j];
    else if (blank[j] !== 0) fail(`the location at ${low + i} is not all in the data`);
  }
  blanked++;
  records.add(low + i);
  files.add(`${pointer} ${length}`);
  i += 12;
}
// The files' names, now that no location names them, blanked too where nothing else points
// into them: no word of the data, no `i32.const` of the code (read at every byte, so a
// false match keeps a name rather than blanking one still in use).
const used = new Set();
for (let i = 0; i + 4 <= memory.length; i += 4) used.add(view.getUint32(i, true));
for (let at = code[0]; at < code[1]; at++) {
  if (wasm[at] !== 0x41) continue;
  const from = at + 1;
  let value = 0;
  let shift = 0;
  let j = from;
  for (; j < code[1] && j < from + 5; j++) {
    value |= (wasm[j] & 0x7f) << shift;
    shift += 7;
    if (!(wasm[j] & 0x80)) break;
  }
  used.add(value >>> 0);
}
let names = 0;
for (const file of files) {
  const [pointer, length] = file.split(" ").map(Number);
  let free = true;
  for (let a = pointer; a < pointer + length && free; a++) free = !used.has(a);
  if (!free) continue;
  for (let a = pointer; a < pointer + length; a++) wasm[place[a - low]] = 0;
  names++;
}
if (blanked === 0) fail("no panic locations found (has the standard library's layout changed?)");
// The standard library's panic messages' own text (about 1 KB, 0.45 KB of gzip), which goes
// where the locations go: nowhere. Each is blanked where it occurs whole in the data, its
// length kept (a message inside a formatting template is preceded by its length); longest
// first, as some hold others. Only messages of core, alloc and std: wasm-bindgen's own
// ("null pointer passed to rust", ...) are thrown to the page as errors and stay.
const MESSAGES = [
  "a formatting trait implementation returned an error when the underlying stream did not",
  "cannot access a Thread Local Storage value during or after destruction: ",
  "Attempted to initialize thread-local while it is being dropped",
  "one-time initialization may not be performed recursively",
  "a Display implementation returned an error unexpectedly",
  "failed to generate unique thread ID: bitspace exhausted",
  "attempt to join into collection with len > usize::MAX",
  "LazyLock instance has previously been poisoned",
  "start of range should be a character boundary",
  "end of range should be a character boundary",
  "called `Option::unwrap()` on a `None` value",
  "Once instance has previously been poisoned",
  "called `Result::unwrap()` on an `Err` value",
  ") does not match destination slice length (",
  "copy_from_slice: source slice length (",
  "assertion failed: self.peeked.is_none()",
  " is not a char boundary; it is inside ",
  "Tried to shrink to a larger capacity",
  ") should be <= len (is ",
  ") should be < len (is ",
  "attempt to divide by zero",
  " out of range for slice of length ",
  "index out of bounds: the len is ",
  "RefCell already mutably borrowed",
  "Hash table capacity overflow",
  " is out of bounds of `",
  "`at` split index (is ",
  "swap_remove index (is ",
  "slice index starts at ",
  "insertion index (is ",
  "RefCell already borrowed",
  "removal index (is ",
  "range start index ",
  "min > max. min = ",
  " but the index is ",
  "start byte index ",
  "range end index ",
  "end byte index ",
  ") when slicing `",
  "capacity overflow",
  "reentrant init",
  " but ends at ",
  "LayoutError",
  "AccessError",
  " (bytes ",
  "mid > len",
  "begin > end (",
];
let messages = 0;
const memoryText = Buffer.from(memory.buffer);
for (const message of MESSAGES.sort((a, b) => b.length - a.length)) {
  const text = Buffer.from(message);
  for (let i = memoryText.indexOf(text); i >= 0; i = memoryText.indexOf(text, i + text.length)) {
    for (let j = i; j < i + text.length; j++) {
      memory[j] = 0;
      if (place[j] >= 0) wasm[place[j]] = 0;
    }
    messages++;
  }
}
writeFileSync(wasmPath, wasm);
// Now that the records are the same bytes, the code passes the first of them wherever it
// passed one (about 650 `i32.const`s, each a 3-byte address gzip could not predict): only
// where the address is an argument of a call, as a panic's location is; not in data
// segments' offsets, nor in address arithmetic. The wasm goes through binaryen's text
// form, whose round trip alone leaves it byte for byte the same.
const FEATURES = ["--enable-bulk-memory", "--enable-nontrapping-float-to-int", "--enable-sign-ext",
  "--enable-mutable-globals", "--enable-reference-types", "--enable-multivalue"];
execFileSync("wasm-dis", [...FEATURES, wasmPath, "-o", `${wasmPath}.wat`]);
const lines = readFileSync(`${wasmPath}.wat`, "utf8").split("\n");
const first = Math.min(...records);
const indent = (line) => line.length - line.trimStart().length;
let passed = 0;
for (let i = 0; i < lines.length; i++) {
  const constant = /^(\s*)\(i32\.const (\d+)\)$/.exec(lines[i]);
  if (!constant || !records.has(Number(constant[2])) || Number(constant[2]) === first) continue;
  // The expression this one is an operand of: the nearest line above indented less.
  let parent = i - 1;
  while (parent >= 0 && indent(lines[parent]) >= constant[1].length) parent--;
  if (parent < 0 || !/^\s*\(call(_indirect)? /.test(lines[parent])) continue;
  lines[i] = `${constant[1]}(i32.const ${first})`;
  passed++;
}
writeFileSync(`${wasmPath}.wat`, lines.join("\n"));
execFileSync("wasm-as", [...FEATURES, `${wasmPath}.wat`, "-o", wasmPath]);
unlinkSync(`${wasmPath}.wat`);
console.log(`panic-lines: ${basename(wasmPath)}: ${blanked} panic locations, ${names} of ${files.size} file names and ${messages} panic messages blanked, ${passed} calls pass the first location`);

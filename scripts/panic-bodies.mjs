// Makes the standard library's code that only a panic's message runs trap at once, in a wasm
// straight from wasm-bindgen (it still has its functions' names), before wasm-opt:
//   node scripts/panic-bodies.mjs target/.../tactful-embed_bg.wasm
//
// With `panic = "abort"` and no panic hook, a panic's message goes to the standard library's
// stderr, which on wasm32-unknown-unknown discards it, and the wasm traps (see
// scripts/panic-lines.mjs). The functions below run only to write such a message: a `str`
// sliced off a character boundary (`slice_error_fail_rt` formats the text and the character
// it cut), and the `Debug` of a `char`, of a `Range<usize>` and of a `usize`, which only panic
// messages format (nothing in the engine or the pages formats them with `{:?}` outside a
// test); `panic_fmt`, which every panic with a message goes through to the panic handler
// (whose message nothing in a browser reads; then it aborts), and the two that
// format their message before it: a slice index out of range (`slice_index_fail`) and
// `Result::unwrap` on an error (`unwrap_failed`, with each error type's `Debug`); and the
// other ways into a panic with a message made up front (an index out of bounds, an `Option`
// unwrapped or expected, a `RefCell` borrowed twice, a `Vec` index asserted, a capacity or
// an allocation failed, a thread local or a `LazyLock` read when gone or poisoned): a trap
// at their callers, without the message's arguments made first. (A function without
// parameters is matched by its name alone.)
// Each body becomes `unreachable`: the trap a panic ends in anyway, without the formatting
// before it; `<char as Debug>` takes the Unicode tables that decide which characters it
// escapes with it (about 1.7 KB of gzip in the embed's wasm; `panic_fmt` and the three after
// it about 1.3 KB more, the rest about 0.45 KB). Fails unless it finds each function once.
import { execFileSync } from "node:child_process";
import { readFileSync, unlinkSync, writeFileSync } from "node:fs";
import { basename } from "node:path";

const [wasmPath] = process.argv.slice(2);
if (!wasmPath) {
  console.error("usage: node scripts/panic-bodies.mjs WASM");
  process.exit(2);
}
const CORE = String.raw`core\[[0-9a-f]+\]`;
const ALLOC = String.raw`alloc\[[0-9a-f]+\]`;
const STD = String.raw`std\[[0-9a-f]+\]`;
const PANIC_ONLY = [
  `${CORE}::str::slice_error_fail_rt`,
  `<char as ${CORE}::fmt::Debug>::fmt`,
  `<${CORE}::ops::range::Range<usize> as ${CORE}::fmt::Debug>::fmt`,
  `${CORE}::panicking::panic_fmt`,
  `${CORE}::slice::index::slice_index_fail`,
  `${CORE}::result::unwrap_failed`,
  String.raw`<usize as ${CORE}::fmt::Debug>::fmt(\.[0-9]+)?`,
  `${CORE}::panicking::panic_bounds_check`,
  `${CORE}::panicking::panic`,
  `${CORE}::option::expect_failed`,
  `${CORE}::option::unwrap_failed`,
  `${CORE}::slice::copy_from_slice_impl::len_mismatch_fail`,
  `${CORE}::cell::panic_already_borrowed`,
  `${CORE}::cell::panic_already_mutably_borrowed`,
  `${CORE}::panicking::panic_const::panic_const_div_by_zero`,
  String.raw`<${ALLOC}::vec::Vec<_, _>>::insert_mut::assert_failed`,
  String.raw`<${ALLOC}::vec::Vec<_, _>>::swap_remove::assert_failed`,
  String.raw`<${ALLOC}::vec::Vec<_, _>>::remove::assert_failed`,
  String.raw`<${ALLOC}::vec::Vec<_, _>>::split_off::assert_failed`,
  `${ALLOC}::raw_vec::capacity_overflow`,
  `${ALLOC}::raw_vec::handle_error`,
  `${ALLOC}::alloc::handle_alloc_error`,
  `${STD}::thread::local::panic_access_error`,
  `${STD}::sync::lazy_lock::panic_poisoned`,
].map((name) => new RegExp(`^ \\(func \\$"${name}"( \\(|$)`));
const FEATURES = ["--enable-bulk-memory", "--enable-nontrapping-float-to-int", "--enable-sign-ext",
  "--enable-mutable-globals", "--enable-reference-types", "--enable-multivalue"];
execFileSync("wasm-dis", [...FEATURES, wasmPath, "-o", `${wasmPath}.wat`]);
const lines = readFileSync(`${wasmPath}.wat`, "utf8").split("\n");
const out = [];
const found = PANIC_ONLY.map(() => 0);
for (let i = 0; i < lines.length; i++) {
  out.push(lines[i]);
  const which = PANIC_ONLY.findIndex((name) => name.test(lines[i]));
  if (which < 0) continue;
  found[which]++;
  // The function's header stays; its locals and body, up to its closing line, go.
  while (lines[i + 1] !== " )") i++;
  out.push("  (unreachable)");
}
const missing = PANIC_ONLY.filter((_, i) => found[i] !== 1);
if (missing.length) {
  console.error(`panic-bodies: ${basename(wasmPath)}: not found once: ${missing.join(", ")}`);
  process.exit(1);
}
writeFileSync(`${wasmPath}.wat`, out.join("\n"));
execFileSync("wasm-as", [...FEATURES, `${wasmPath}.wat`, "-o", wasmPath]);
unlinkSync(`${wasmPath}.wat`);
console.log(`panic-bodies: ${basename(wasmPath)}: ${PANIC_ONLY.length} panic-only functions trap at once`);

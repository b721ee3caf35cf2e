// Gives a wasm's imports, exports and import module short names, and its wasm-bindgen glue
// the same ones:  node scripts/short-names.mjs dist/tactful-embed_bg.wasm dist/tactful-embed.js
//
// wasm-bindgen names each import after the JS it calls plus a hash of 16 hex digits
// (`__wbg_firstChild_8ba00f6fe3423297`), and the wasm and the glue each spell every name:
// random digits that gzip cannot shrink, about 2.5 KB of gzip in the two. wasm-opt renames
// them and prints the mapping; this rewrites the glue (not yet minified) to match, and fails
// if a name the mapping lists is not where the glue should use it.
import { execFileSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { basename } from "node:path";

const [wasmPath, gluePath] = process.argv.slice(2);
if (!wasmPath || !gluePath) {
  console.error("usage: node scripts/short-names.mjs WASM GLUE");
  process.exit(2);
}
const FEATURES = ["--enable-bulk-memory", "--enable-nontrapping-float-to-int", "--enable-sign-ext",
  "--enable-mutable-globals", "--enable-reference-types", "--enable-multivalue"];
const printed = execFileSync(
  "wasm-opt",
  [wasmPath, "--minify-imports-and-exports-and-modules", ...FEATURES, "-o", `${wasmPath}.short`],
  { encoding: "utf8" },
);
const mapping = JSON.parse(printed.slice(printed.indexOf("{")));

let glue = readFileSync(gluePath, "utf8");
const escape = (name) => name.replace(/[$]/g, "\\$");
const fail = (what) => {
  console.error(`short-names: ${basename(gluePath)}: ${what}`);
  process.exit(1);
};
// Imports: keys of the import object, `name: function(...)` or `name: (...) =>`.
const modules = new Set();
for (const [module, name, short] of mapping.imports) {
  const key = new RegExp(`(^|[\\s,{])${escape(name)}(?=:)`, "gm");
  let found = 0;
  glue = glue.replace(key, (_, before) => (found++, `${before}${JSON.stringify(short)}`));
  if (found !== 1) fail(`the import ${name} is a key ${found} times, not once`);
  modules.add(module);
}
// The import module: wasm-opt's mapping does not list it; the renamed wasm says it.
const renamed = WebAssembly.Module.imports(new WebAssembly.Module(readFileSync(`${wasmPath}.short`)));
const shortModules = new Set(renamed.map((i) => i.module));
if (modules.size !== 1 || shortModules.size !== 1) fail(`expected one import module, not ${[...modules]}`);
const [[module], [shortModule]] = [modules, shortModules];
const objectKey = `${JSON.stringify(module)}: import0`;
if (!glue.includes(objectKey)) fail(`no import object for module ${module}`);
glue = glue.replace(objectKey, `${JSON.stringify(shortModule)}: import0`);
// Exports: `wasm.name` (the instance's exports).
for (const [name, short] of mapping.exports) {
  const use = new RegExp(`\\bwasm\\.${escape(name)}(?![\\w$])`, "g");
  glue = glue.replace(use, `wasm[${JSON.stringify(short)}]`);
}
const left = glue.match(/\bwasm\.[\w$]+/g);
if (left) fail(`uses exports without a short name: ${[...new Set(left)].join(", ")}`);
writeFileSync(gluePath, glue);
execFileSync("mv", [`${wasmPath}.short`, wasmPath]);

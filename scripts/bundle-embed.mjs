// Bundles dist/embed.js with the wasm-bindgen glue and field.js it imports into one file,
// minified (esbuild), in place:  node scripts/bundle-embed.mjs
//
// In the bundle only, the glue's `__wbg_load` is cut to the branch embed.js takes: embed.js
// always hands `init` a compiled WebAssembly.Module (web/embed.js, `compiledWasm`), never a
// Response, so the glue's fetching, streaming and MIME-type fallback (and its long warning)
// can never run there (about 240 B of gzip). dist/tactful-embed.js, which the worker and the
// extension load with a URL, stays whole. Fails if the glue's function is not as expected.
import { build } from "esbuild";
import { readFileSync } from "node:fs";

const LOAD = /^async function __wbg_load\(module, imports\) \{\n[\s\S]*?\n\}\n/m;
const COMPILED_ONLY = `async function __wbg_load(module, imports) {
    const instance = await WebAssembly.instantiate(module, imports);
    return instance instanceof WebAssembly.Instance ? { instance, module } : instance;
}
`;

await build({
  entryPoints: ["dist/embed.js"],
  bundle: true,
  minify: true,
  format: "esm",
  logLevel: "warning",
  allowOverwrite: true,
  outfile: "dist/embed.js",
  plugins: [
    {
      name: "glue-for-a-compiled-module",
      setup(bundle) {
        bundle.onLoad({ filter: /[\\/]tactful-embed\.js$/ }, ({ path }) => {
          const glue = readFileSync(path, "utf8");
          const found = glue.match(LOAD);
          if (!found || !found[0].includes("} else {\n        const instance = await WebAssembly.instantiate(module, imports);")) {
            throw new Error(`bundle-embed: ${path} has no __wbg_load of the expected shape (wasm-bindgen changed?)`);
          }
          return { contents: glue.replace(LOAD, COMPILED_ONLY), loader: "js" };
        });
      },
    },
  ],
});

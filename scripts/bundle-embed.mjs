// Bundles dist/embed.js with the wasm-bindgen glue and field.js it imports into one file,
// minified (esbuild), in place:  node scripts/bundle-embed.mjs
//
// In the bundle only, the glue's loader is cut to the branch embed.js takes: embed.js calls
// `init({ module_or_path })` once, always with a compiled WebAssembly.Module (web/embed.js,
// `compiledWasm`), never a URL, a Response or the deprecated bare argument, so the glue's
// fetching, streaming and MIME-type fallback and their warnings can never run there (about
// 370 B of gzip). dist/tactful-embed.js, which the worker and the extension load with a URL,
// stays whole. Fails if the glue's functions are not as expected.
import { build } from "esbuild";
import { readFileSync } from "node:fs";

const CUTS = [
  {
    name: "__wbg_load",
    at: /^async function __wbg_load\(module, imports\) \{\n[\s\S]*?\n\}\n/m,
    expect: "} else {\n        const instance = await WebAssembly.instantiate(module, imports);",
    with: `async function __wbg_load(module, imports) {
    const instance = await WebAssembly.instantiate(module, imports);
    return instance instanceof WebAssembly.Instance ? { instance, module } : instance;
}
`,
  },
  {
    name: "__wbg_init_once",
    at: /^async function __wbg_init_once\(module_or_path\) \{\n[\s\S]*?\n\}\n/m,
    expect:
      "const { instance, module } = await __wbg_load(await module_or_path, imports);\n\n    return __wbg_finalize_init(instance, module);",
    with: `async function __wbg_init_once({ module_or_path }) {
    const { instance, module } = await __wbg_load(module_or_path, __wbg_get_imports());
    return __wbg_finalize_init(instance, module);
}
`,
  },
];

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
          let glue = readFileSync(path, "utf8");
          for (const cut of CUTS) {
            const found = glue.match(cut.at);
            if (!found || !found[0].includes(cut.expect)) {
              throw new Error(`bundle-embed: ${path} has no ${cut.name} of the expected shape (wasm-bindgen changed?)`);
            }
            glue = glue.replace(cut.at, cut.with);
          }
          return { contents: glue, loader: "js" };
        });
      },
    },
  ],
});

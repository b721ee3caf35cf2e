// Mozilla's add-on linter (web-ext lint) on the Firefox build: no errors, and no warnings
// but one. The one is in wasm-bindgen's glue: the setter of `innerHTML` that yew links for
// raw-HTML nodes. tactful never makes one (no `from_html_unchecked` in src/), so the panel
// only ever sets text; any other warning fails this stage.
import { execFileSync } from "node:child_process";

const ACCEPTED = [{ code: "UNSAFE_VAR_ASSIGNMENT", file: "tactful-embed.js", message: /innerHTML/ }];

let output;
try {
  output = execFileSync("node_modules/.bin/web-ext", ["lint", "--source-dir", "dist/extension-firefox", "--no-input", "--output", "json"], { encoding: "utf8" });
} catch (failed) {
  output = failed.stdout; // web-ext exits non-zero when there are errors; the JSON says which
}
const { errors, warnings, notices } = JSON.parse(output);
const accepted = (w) => ACCEPTED.some((a) => a.code === w.code && a.file === w.file && a.message.test(w.message));
const unknown = warnings.filter((w) => !accepted(w));
const problems = [...errors.map((e) => ["error", e]), ...unknown.map((w) => ["warning", w])];
for (const [kind, p] of problems) console.error(`${kind} ${p.code} ${p.file ?? ""}:${p.line ?? ""} ${p.message}`);
console.log(`web-ext lint: ${errors.length} errors, ${warnings.length} warnings (${warnings.length - unknown.length} known), ${notices.length} notices`);
process.exit(problems.length ? 1 : 0);

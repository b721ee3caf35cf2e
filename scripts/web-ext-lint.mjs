// Mozilla's add-on linter (web-ext lint) on the Firefox build: no errors, and no warnings
// but two, both in wasm-bindgen's glue: `innerHTML` and `insertAdjacentHTML`, through which
// the embed puts its panel's markup in place (src/embed.rs). That markup is written by
// src/ui/findings_list.rs, summary_bar.rs and panel.rs, and every text in it that comes from a
// draft, a customer's message, a house style or a macro goes through `markup::escape`; the
// injection tests of e2e/embed-reliability.test.mjs and extension-reliability.test.mjs hold
// it. Any other warning fails this stage.
import { execFileSync } from "node:child_process";

const ACCEPTED = [
  { code: "UNSAFE_VAR_ASSIGNMENT", file: "tactful-embed.js", message: /innerHTML/ },
  { code: "UNSAFE_VAR_ASSIGNMENT", file: "tactful-embed.js", message: /insertAdjacentHTML/ },
];

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

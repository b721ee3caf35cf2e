// The labelled corpus is third-party data: it is read from ../shared/corpus, never copied
// into the repo. Fails if any tracked file holds a 45-character stretch of a corpus reply
// or customer message (tests must use sentences of our own).
import { readFileSync, existsSync } from "node:fs";
import { execFileSync } from "node:child_process";

const root = new URL("../", import.meta.url).pathname;
const corpora = ["dev.jsonl", "train.jsonl"]
  .map((name) => `${root}../shared/corpus/${name}`)
  .filter((path) => existsSync(path));
if (!corpora.length) {
  console.log("corpus-guard: no ../shared/corpus here; nothing to compare");
  process.exit(0);
}
const WINDOW = 45;
const STEP = 15;
const files = execFileSync("git", ["ls-files"], { cwd: root, encoding: "utf8" }).split("\n").filter(Boolean);
const contents = files.flatMap((file) => {
  try {
    return [[file, readFileSync(`${root}${file}`, "utf8")]];
  } catch {
    return [];
  }
});
const leaks = new Map();
const lines = corpora.flatMap((path) => readFileSync(path, "utf8").split("\n").filter(Boolean));
for (const line of lines) {
  const item = JSON.parse(line);
  for (const text of [item.reply, item.customer ?? ""]) {
    const plain = text.replaceAll("@user", "").trim();
    for (let i = 0; i + WINDOW <= plain.length; i += STEP) {
      const piece = plain.slice(i, i + WINDOW);
      for (const [file, content] of contents) {
        if (content.includes(piece)) leaks.set(`${item.id} in ${file}`, piece);
      }
    }
  }
}
for (const [where, piece] of leaks) console.log(`corpus-guard: ${where}: "${piece}"`);
console.log(`corpus-guard: ${files.length} files against ${lines.length} replies, ${leaks.size} corpus passages found`);
process.exit(leaks.size ? 1 : 0);

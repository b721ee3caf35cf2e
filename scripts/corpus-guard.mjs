// The labelled corpus is third-party data: it is read from ../shared/corpus, never copied
// into the repo. Fails if any tracked file holds a 45-character stretch of a corpus reply
// or customer message (tests must use sentences of our own).
import { readFileSync, existsSync } from "node:fs";
import { execFileSync } from "node:child_process";

const root = new URL("../", import.meta.url).pathname;
const corpus = `${root}../shared/corpus/dev.jsonl`;
if (!existsSync(corpus)) {
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
for (const line of readFileSync(corpus, "utf8").split("\n").filter(Boolean)) {
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
console.log(`corpus-guard: ${files.length} files, ${leaks.size} corpus passages found`);
process.exit(leaks.size ? 1 : 0);

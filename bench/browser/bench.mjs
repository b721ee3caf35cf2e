// One tool on one fresh page: tactful.html (the release embed entry, served at /, included
// as a helpdesk page includes it) or harper.html (harper.js's LocalLinter on plain text,
// served at /harper/). Exposes `window.bench` once the tool is ready; run.mjs drives it.
const tool = document.documentElement.dataset.tool;

async function load() {
  if (tool === "tactful") {
    await window.tactful.ready;
    return async (text) => window.tactful.analyze(text);
  }
  if (tool === "harper") {
    const { LocalLinter } = await import("/harper/index.js");
    const { binary } = await import("/harper/binary.js");
    const linter = new LocalLinter({ binary });
    await linter.setup();
    return (text) => linter.lint(text, { language: "plaintext" });
  }
  throw new Error(`unknown tool ${tool}`);
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

async function timed(fn) {
  const start = performance.now();
  await fn();
  return performance.now() - start;
}

const check = await load();
window.bench = {
  // Milliseconds from navigation start to a tool that can check text.
  ready: performance.now(),
  async run(text, repeats) {
    const first = await timed(() => check(text));
    const checks = [];
    for (let i = 0; i < repeats; i++) checks.push(await timed(() => check(text)));
    // Every line changed since the last check (a different first word on each line), so
    // nothing a tool remembers between checks applies: the cost of a whole new draft.
    const fresh = [];
    for (let i = 0; i < repeats; i++) {
      const changed = text.replace(/^/gm, `${["Ok", "So", "Hi"][i % 3]}${i} `);
      fresh.push(await timed(() => check(changed)));
    }
    // Typing at the end of the text: every keystroke re-checks the whole draft.
    const typed = " Thanks for bearing with us while we sort this out.";
    const keystrokes = [];
    let draft = text;
    for (let i = 0; i < repeats; i++) {
      draft += typed[i % typed.length];
      keystrokes.push(await timed(() => check(draft)));
    }
    const heap = performance.memory?.usedJSHeapSize ?? null;
    return {
      first,
      check: median(checks),
      fresh: median(fresh),
      keystroke: median(keystrokes),
      heapBytes: heap,
    };
  },
};

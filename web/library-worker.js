// Checks a macro library export away from the page's main thread, so a large one never
// freezes the view: the Library view's own wasm (src/bin/library.rs), loaded on first use.
import init, { auditLibrary } from "./library/library.js";

const ready = init({ module_or_path: new URL("library/library_bg.wasm", import.meta.url) });

onmessage = async ({ data }) => {
  try {
    await ready;
    const progress = (done, total) => postMessage({ progress: { done, total } });
    const report = auditLibrary(data.name, new Uint8Array(data.bytes), data.houseStyle, data.column, progress);
    postMessage({ report: JSON.parse(report) });
  } catch (error) {
    postMessage({ error: String(error?.message ?? error) });
  }
};

// Checks large drafts away from the page's main thread, so typing never waits for a check
// (src/ui/background.rs sends the work and explains the protocol). The page hands over its
// own compiled wasm module first: nothing is downloaded or compiled twice.
import init, { checkInBackground } from "./site.js";

let ready;
onmessage = async ({ data }) => {
  if (data.module) {
    ready = init({ module_or_path: data.module });
    return;
  }
  try {
    await ready;
    postMessage({ id: data.id, report: checkInBackground(data.text, data.customer, data.config) });
  } catch (error) {
    // The page checks on its main thread from now on.
    postMessage({ id: data.id, error: String(error?.message ?? error) });
  }
};

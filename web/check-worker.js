// Checks large drafts away from the page's main thread, so typing never waits for a check
// (src/ui/background.rs sends the work and explains the protocol). The page hands over its
// own compiled wasm module first: nothing is downloaded or compiled twice. Each wasm has its
// own worker entry (worker.js for the site, embed-worker.js for the embed and the extension)
// that passes in the import of its glue, named literally so that no URL is built at run time.
export function serveChecks(glue) {
  // A failure is told to the page with the first check, not as an unhandled rejection.
  glue.catch(() => {});
  let ready;
  onmessage = async ({ data }) => {
    if (data.module) {
      ready = glue.then((module) => module.default({ module_or_path: data.module }));
      ready.catch(() => {});
      return;
    }
    try {
      await ready;
      const { checkInBackground } = await glue;
      postMessage({ id: data.id, report: checkInBackground(data.text, data.customer, data.config) });
    } catch (error) {
      // The page checks on its main thread from now on.
      postMessage({ id: data.id, error: String(error?.message ?? error) });
    }
  };
}

// Checks large drafts away from the page's main thread, so typing never waits for a check
// (src/ui/background.rs sends the work and explains the protocol). The page hands over its
// own compiled wasm module first: nothing is downloaded or compiled twice. The module needs
// its own glue: the site's (site.js) unless the page names another of this folder's files
// (`worker.js?glue=tactful-embed.js`, the embed's).
const glue = new URL(location.href).searchParams.get("glue") ?? "site.js";
const loaded = /^[\w-]+\.js$/.test(glue)
  ? import(new URL(glue, import.meta.url).href)
  : Promise.reject(new Error(`worker.js: ${glue} is not a glue file of this folder`));
// A failure is told to the page with the first check, not as an unhandled rejection.
loaded.catch(() => {});

let ready;
onmessage = async ({ data }) => {
  if (data.module) {
    ready = loaded.then((module) => module.default({ module_or_path: data.module }));
    ready.catch(() => {});
    return;
  }
  try {
    await ready;
    const { checkInBackground } = await loaded;
    postMessage({ id: data.id, report: checkInBackground(data.text, data.customer, data.config) });
  } catch (error) {
    // The page checks on its main thread from now on.
    postMessage({ id: data.id, error: String(error?.message ?? error) });
  }
};

// Starts the site's wasm. Trunk writes the hashed file names onto this script's tag.
// If the app cannot start, say so plainly and show the draft saved in this browser, so the
// agent loses nothing.
const tag = document.querySelector("script[data-js][data-wasm]");
try {
  const site = await import(tag.dataset.js);
  await site.default({ module_or_path: tag.dataset.wasm });
  // Large drafts are checked in a worker beside site.js (web/worker.js).
  site.useWorker(new URL("worker.js", new URL(tag.dataset.js, import.meta.url)).href);
} catch (error) {
  showStartupFailure(error);
}

function showStartupFailure(error) {
  const box = document.createElement("section");
  box.className = "startup-failure";
  box.setAttribute("role", "alert");
  const title = document.createElement("h1");
  title.textContent = "tactful could not start in this browser";
  const why = document.createElement("p");
  why.textContent = `Checking is unavailable (${error?.message ?? error}). Reload to try again.`;
  box.append(title, why);
  // The key the app saves the draft under (src/ui/storage.rs).
  let saved = null;
  try {
    saved = localStorage.getItem("tactful.draft");
  } catch {
    // Storage disabled: there is nothing saved to show.
  }
  if (saved) {
    const label = document.createElement("label");
    label.textContent = "Your saved draft (copy it before you leave)";
    const field = document.createElement("textarea");
    field.readOnly = true;
    field.value = saved;
    label.append(field);
    box.append(label);
  }
  document.body.prepend(box);
}

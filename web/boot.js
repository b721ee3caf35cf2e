// Starts the site's wasm. Trunk writes the hashed file names onto this script's tag.
const tag = document.querySelector("script[data-js][data-wasm]");
const { default: init } = await import(tag.dataset.js);
await init({ module_or_path: tag.dataset.wasm });

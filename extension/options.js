// The options page: allowed sites, the send gate, and the house style shared with the site
// by export and import (validated by the wasm, so a bad file changes nothing).
import init, { analyzeEdit, defaultConfig } from "./tactful-embed.js";
import { ALLOWED_SITES, HOUSE_STYLE, SEND_BUTTONS, SEND_GATE, patternError, requestAccess } from "./sites.js";

const $ = (selector) => document.querySelector(selector);
const sites = $("#allowed-sites");
const gate = $("#send-gate");
const sendButtons = $("#send-buttons");
const sitesStatus = $("#sites-status");
const styleStatus = $("#house-style-status");

const ready = init({ module_or_path: new URL("tactful-embed_bg.wasm", import.meta.url) });
let saved = await chrome.storage.sync.get([ALLOWED_SITES, SEND_GATE, SEND_BUTTONS, HOUSE_STYLE]);
sites.value = (saved[ALLOWED_SITES] ?? []).join("\n");
gate.checked = Boolean(saved[SEND_GATE]);
sendButtons.value = saved[SEND_BUTTONS] ?? "";
$("#sites-fields").disabled = false;
showHouseStyle();

$("#sites-form").addEventListener("submit", async (event) => {
  event.preventDefault();
  const patterns = sites.value.split("\n").map((line) => line.trim()).filter(Boolean);
  for (const [index, pattern] of patterns.entries()) {
    const error = patternError(pattern);
    if (error) {
      sitesStatus.textContent = `Not saved: line ${index + 1}, “${pattern}”, is not a match pattern (${error}).`;
      sitesStatus.className = "error";
      return;
    }
  }
  const buttons = sendButtons.value.trim();
  try {
    if (buttons) document.querySelector(buttons); // throws for what is not a selector
  } catch {
    sitesStatus.textContent = `Not saved: “${buttons}” is not a CSS selector list (such as button[data-action="send"]).`;
    sitesStatus.className = "error";
    return;
  }
  await chrome.storage.sync.set({ [ALLOWED_SITES]: patterns, [SEND_GATE]: gate.checked, [SEND_BUTTONS]: buttons });
  sendButtons.value = buttons;
  sites.value = patterns.join("\n");
  sitesStatus.textContent = "Saved.";
  sitesStatus.className = "";
  // Chrome asks the agent for access to the sites now (still within the click), not for
  // every site at install; tactful runs on a site once it has access.
  if (!(await requestAccess(patterns))) {
    sitesStatus.textContent = "Saved, but Chrome did not give tactful access to these sites: it runs on them once you allow it.";
    sitesStatus.className = "error";
  }
});

$("#import").addEventListener("change", async (event) => {
  const file = event.target.files[0];
  event.target.value = "";
  if (!file) return;
  const json = await file.text();
  await ready;
  try {
    analyzeEdit(0, 2 ** 30, "", undefined, json); // throws with the field that is wrong
  } catch (error) {
    say(`Not imported: ${file.name} is not a valid house style (${error.message}). The house style is unchanged.`, true);
    return;
  }
  await chrome.storage.sync.set({ [HOUSE_STYLE]: json });
  saved[HOUSE_STYLE] = json;
  showHouseStyle();
  say(`Imported ${file.name}. Panels opened from now on use it.`);
});

$("#export").addEventListener("click", async () => {
  await ready;
  const json = saved[HOUSE_STYLE] || defaultConfig();
  const link = document.createElement("a");
  link.href = URL.createObjectURL(new Blob([json], { type: "application/json" }));
  link.download = "tactful-house-style.json";
  link.click();
  URL.revokeObjectURL(link.href);
});

$("#reset").addEventListener("click", async () => {
  await chrome.storage.sync.remove(HOUSE_STYLE);
  delete saved[HOUSE_STYLE];
  showHouseStyle();
  say("Using the default house style.");
});

function showHouseStyle() {
  $("#house-style-state").textContent = saved[HOUSE_STYLE] ? "An imported house style is in use." : "The default house style is in use.";
}

function say(message, error = false) {
  styleStatus.textContent = message;
  styleStatus.className = error ? "error" : "";
}

// The toolbar button's badge, and the content script: registered for the allowed sites that
// Chrome gave tactful access to (the agent grants each site from the options page or the
// popup; nothing is asked for all sites at install), in every frame of their pages so that a
// reply editor hosted in a frame of another origin is reached where it is.
import { ALLOWED_SITES, hasAccess } from "./sites.js";

const CONTENT_SCRIPT = "tactful-content";

chrome.runtime.onMessage.addListener((message, sender) => {
  if (message?.type !== "state" || !sender.tab) return;
  const tabId = sender.tab.id;
  chrome.action.setBadgeText({ tabId, text: message.allowed ? "on" : "" });
  chrome.action.setBadgeBackgroundColor({ tabId, color: "#1d6b4f" });
  chrome.action.setTitle({ tabId, title: message.allowed ? "tactful: on for this site" : "tactful: not allowed on this site" });
});

/** Registers the content script for exactly the allowed sites tactful has access to. */
async function registerContentScript() {
  const { [ALLOWED_SITES]: sites = [] } = await chrome.storage.sync.get(ALLOWED_SITES);
  const granted = [];
  for (const site of sites) if (await hasAccess(site)) granted.push(site);
  await chrome.scripting.unregisterContentScripts({ ids: [CONTENT_SCRIPT] }).catch(() => {});
  if (!granted.length) return;
  await chrome.scripting.registerContentScripts([
    { id: CONTENT_SCRIPT, js: ["content.js"], matches: granted, allFrames: true, runAt: "document_idle" },
  ]);
}

// One registration at a time: the events below can come in quick succession.
let registering = Promise.resolve();
const reregister = () => (registering = registering.then(registerContentScript, registerContentScript));

// Sites allowed before access was asked per site (an update) keep the access Chrome gave at
// install, and get their content script back here.
chrome.runtime.onInstalled.addListener(reregister);
chrome.runtime.onStartup.addListener(reregister);
chrome.permissions.onAdded.addListener(reregister);
chrome.permissions.onRemoved.addListener(reregister);
chrome.storage.onChanged.addListener((changes, area) => {
  if (area === "sync" && ALLOWED_SITES in changes) reregister();
});

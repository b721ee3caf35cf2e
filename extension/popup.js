// The toolbar button's popup: whether tactful runs on the current page, and "Allow this site".
import { ALLOWED_SITES, isAllowed, requestAccess, sitePattern } from "./sites.js";

const stateLine = document.querySelector("#state");
const allow = document.querySelector("#allow");
const [tab] = await chrome.tabs.query({ active: true, currentWindow: true });

async function show() {
  const { [ALLOWED_SITES]: sites = [] } = await chrome.storage.sync.get(ALLOWED_SITES);
  const web = /^https?:/.test(tab?.url ?? "");
  const allowed = web && isAllowed(tab.url, sites);
  // A site allowed before an update may lack the access Chrome now gives per site.
  const access = web && (await chrome.permissions.contains({ origins: [sitePattern(tab.url)] }));
  allow.hidden = !web || (allowed && access);
  if (!web) {
    stateLine.textContent = "tactful does not run on this page.";
    return;
  }
  if (!allowed || !access) {
    stateLine.textContent = allowed ? `Allowed on ${new URL(tab.url).host}, but Chrome has not given tactful access to it yet.` : `Not allowed on ${new URL(tab.url).host}.`;
    return;
  }
  const page = await chrome.tabs.sendMessage(tab.id, { type: "state" }).catch(() => null);
  stateLine.textContent = !page
    ? "Allowed on this site: reload the page to start."
    : page.fields
      ? `Attached: checking ${page.fields === 1 ? "1 reply field" : `${page.fields} reply fields`} on this page.`
      : "Attached: click into a reply field to check it.";
}

allow.addEventListener("click", async () => {
  // Chrome asks the agent for access to this site first; without it nothing is saved.
  const site = sitePattern(tab.url);
  if (!(await requestAccess([site]))) {
    stateLine.textContent = `Chrome did not give tactful access to ${new URL(tab.url).host}.`;
    return;
  }
  const { [ALLOWED_SITES]: sites = [] } = await chrome.storage.sync.get(ALLOWED_SITES);
  if (!isAllowed(tab.url, sites)) await chrome.storage.sync.set({ [ALLOWED_SITES]: [...sites, site] });
  // Pages that load from now on get the content script by its registration; this one now.
  await chrome.scripting.executeScript({ target: { tabId: tab.id, allFrames: true }, files: ["content.js"] }).catch(() => {});
  await show();
});

await show();

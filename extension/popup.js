// The toolbar button's popup: whether tactful runs on the current page, and "Allow this site".
import { ALLOWED_SITES, isAllowed, sitePattern } from "./sites.js";

const stateLine = document.querySelector("#state");
const allow = document.querySelector("#allow");
const [tab] = await chrome.tabs.query({ active: true, currentWindow: true });

async function show() {
  const { [ALLOWED_SITES]: sites = [] } = await chrome.storage.sync.get(ALLOWED_SITES);
  const web = /^https?:/.test(tab?.url ?? "");
  const allowed = web && isAllowed(tab.url, sites);
  allow.hidden = !web || allowed;
  if (!web) {
    stateLine.textContent = "tactful does not run on this page.";
    return;
  }
  if (!allowed) {
    stateLine.textContent = `Not allowed on ${new URL(tab.url).host}.`;
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
  const { [ALLOWED_SITES]: sites = [] } = await chrome.storage.sync.get(ALLOWED_SITES);
  await chrome.storage.sync.set({ [ALLOWED_SITES]: [...sites, sitePattern(tab.url)] });
  await show();
});

await show();

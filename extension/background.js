// The toolbar button's badge: "on" in a tab where tactful runs (the site is allowed), as each
// tab's content script reports it.
chrome.runtime.onMessage.addListener((message, sender) => {
  if (message?.type !== "state" || !sender.tab) return;
  const tabId = sender.tab.id;
  chrome.action.setBadgeText({ tabId, text: message.allowed ? "on" : "" });
  chrome.action.setBadgeBackgroundColor({ tabId, color: "#1d6b4f" });
  chrome.action.setTitle({ tabId, title: message.allowed ? "tactful: on for this site" : "tactful: not allowed on this site" });
});

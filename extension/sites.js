// The extension's settings in chrome.storage.sync, and the URL match patterns of
// "Allowed sites" (Chrome's syntax: scheme://host/path, `*` wildcards, or <all_urls>).

/** Keys in chrome.storage.sync. */
export const ALLOWED_SITES = "allowedSites"; // string[] of match patterns
export const SEND_GATE = "sendGate"; // boolean: hold sends while the reply has errors
export const SEND_BUTTONS = "sendButtons"; // string: CSS selectors of send buttons outside the reply's form
export const HOUSE_STYLE = "houseStyle"; // string: a house style as the site exports it

const PATTERN = /^(\*|https?|file):\/\/(\*|(?:\*\.)?[^/*]+)?(\/.*)$/;

/** Why `pattern` is not a match pattern, or null when it is one. */
export function patternError(pattern) {
  if (pattern === "<all_urls>") return null;
  const parts = PATTERN.exec(pattern);
  if (!parts) return "a match pattern looks like https://help.example.com/* or *://*.example.com/*";
  if (parts[1] !== "file" && !parts[2]) return "it needs a host, such as help.example.com or *";
  return null;
}

/** Whether `url` matches one of `patterns`. A pattern's host without a port matches any port. */
export function isAllowed(url, patterns = []) {
  const target = new URL(url);
  return patterns.some((pattern) => matches(target, pattern));
}

function matches(url, pattern) {
  const scheme = url.protocol.slice(0, -1);
  if (pattern === "<all_urls>") return ["http", "https", "file"].includes(scheme);
  const parts = PATTERN.exec(pattern);
  if (!parts) return false;
  const [, patternScheme, host = "", path] = parts;
  if (patternScheme === "*" ? !["http", "https"].includes(scheme) : patternScheme !== scheme) return false;
  if (!hostMatches(url, host)) return false;
  return wildcard(path).test(url.pathname + url.search);
}

function hostMatches(url, host) {
  if (host === "*") return true;
  const [name, port] = host.toLowerCase().split(/:(?=\d+$)/);
  if (port && port !== (url.port || { "http:": "80", "https:": "443" }[url.protocol])) return false;
  if (name.startsWith("*.")) return url.hostname === name.slice(2) || url.hostname.endsWith(name.slice(1));
  return url.hostname === name;
}

function wildcard(glob) {
  const escaped = glob.replace(/[.+?^${}()|[\]\\]/g, "\\$&").replaceAll("*", ".*");
  return new RegExp(`^${escaped}$`);
}

/** The pattern that allows every page of `url`'s site. */
export function sitePattern(url) {
  const { protocol, host } = new URL(url);
  return `${protocol}//${host}/*`;
}

/**
 * Asks Chrome for access to the sites of `patterns` (the agent is asked, once per new site:
 * call it from a click); resolves to whether tactful has access to all of them. Only a
 * site tactful has access to gets its content script (see background.js).
 */
export async function requestAccess(patterns) {
  if (!patterns.length) return true;
  try {
    return await chrome.permissions.request({ origins: patterns.flatMap(accessOrigins) });
  } catch {
    return false;
  }
}

/**
 * The sites Chrome gives access by for `pattern`: tactful may ask for web pages only, so
 * `<all_urls>` asks for every http and https page, and a file pattern for nothing.
 */
function accessOrigins(pattern) {
  if (pattern === "<all_urls>") return ["http://*/*", "https://*/*"];
  return pattern.startsWith("file:") ? [] : [pattern];
}

/** Whether tactful has the access `pattern` needs. */
export const hasAccess = (pattern) =>
  accessOrigins(pattern).length > 0 && chrome.permissions.contains({ origins: accessOrigins(pattern) }).catch(() => false);

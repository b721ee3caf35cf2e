// The extension on a real helpdesk: Request Tracker 5, as `scripts/rt start` runs it (its
// JSON description in $TACTFUL_RT). For an agent with the plain textarea and one with
// CKEditor: type a draft, see the findings, apply a rewrite and fill its placeholder, send
// with RT's own button, and read back through RT's REST 2 API exactly what the editor held.
// Run by scripts/test-rt (not part of `node --test e2e/`: it needs RT).
import { before, after, test } from "node:test";
import assert from "node:assert/strict";
import { recordRequests, requestsLeaving, screenshot } from "../browser.mjs";
import { allowSites, eventually, finding, focusedSelection, launchWithExtension, openTab, panel, watchPanelFocus } from "../extension.mjs";

const rt = JSON.parse(process.env.TACTFUL_RT ?? "null");
if (!rt) throw new Error("TACTFUL_RT is not set: run this through scripts/test-rt");

const LINES = ["Hi Sam,", "We can't refund this order. We'll get back to you soon.", "Alex"];
let ext;
let requests; // every request of the browser: pages, the panels' frames, the service worker

before(async () => {
  ext = await launchWithExtension();
  requests = recordRequests(ext.context);
  await allowSites(ext, [`${rt.base}/*`]);
});
after(() => ext?.context.close());

/** RT's REST 2 API as root. */
async function rest(path) {
  const auth = Buffer.from(`${rt.root.user}:${rt.root.password}`).toString("base64");
  const response = await fetch(`${rt.base}/REST/2.0/${path}`, { headers: { authorization: `Basic ${auth}` } });
  assert.ok(response.ok, `${path}: ${response.status}`);
  return response.json();
}

/** The parts of the last reply `agent` sent on the ticket: [{ContentType, Content}]. */
async function lastReply(agent) {
  const history = await rest(`ticket/${rt.ticket}/history?fields=Type,Creator&per_page=100`);
  const reply = history.items.filter((t) => t.Type === "Correspond" && t.Creator?.id === agent).at(-1);
  assert.ok(reply, `no reply by ${agent} in ${JSON.stringify(history.items)}`);
  const parts = await rest(`transaction/${reply.id}/attachments?fields=ContentType,Content`);
  return parts.items.filter((part) => part.Content);
}

async function replyPage(agent) {
  await ext.context.clearCookies(); // log the other agent out
  const page = await openTab(ext.context);
  await page.goto(`${rt.base}/`);
  await page.locator("input[name=user]").fill(agent);
  await page.locator("input[name=pass]").fill(rt.agentPassword);
  await page.locator("input[name=pass]").press("Enter");
  await page.waitForURL((url) => !url.pathname.includes("NoAuth"));
  await page.goto(`${rt.base}/Ticket/Update.html?Action=Respond&id=${rt.ticket}`);
  return page;
}

/**
 * Steps 3–4 on either editor (`field`, whose text `readEditor` gives): findings, a rewrite
 * (and its undo) with its placeholder filled.
 */
async function checkRewriteAndSend(page, name, field, readEditor) {
  const vague = finding(page, "vague-promise");
  await vague.waitFor();
  await finding(page, "abrupt-refusal").waitFor();
  assert.match(await vague.innerText(), /get back to you soon/);
  assert.match(await finding(page, "abrupt-refusal").innerText(), /can't refund/);
  await screenshot(page, `extension-rt-${name}-findings`);

  // A rewrite, and the panel's undo of it, in the editor itself, which keeps the focus.
  const panelTookFocus = await watchPanelFocus(page, ext);
  const apply = vague.getByRole("button", { name: /^Apply: .*day you name/ });
  await apply.click();
  await vague.waitFor({ state: "detached" });
  await eventually(async () => /get back to you by \[day\]\./.test(await readEditor()), true);
  await panel(page).getByRole("button", { name: "Undo rewrite" }).click();
  await vague.waitFor();
  await eventually(async () => /get back to you soon\./.test(await readEditor()), true);

  await apply.click();
  await vague.waitFor({ state: "detached" });
  // The placeholder is selected in the editor, which has the focus back: typing replaces it.
  await eventually(() => focusedSelection(field), "[day]");
  assert.equal(await panelTookFocus(), false, "the editor kept the focus through the clicks");
  await page.keyboard.type("Friday");
  await finding(page, "unfilled-placeholder").waitFor({ state: "detached" });
  await screenshot(page, `extension-rt-${name}-rewritten`);
}

async function submit(page) {
  await page.locator("input[name=SubmitTicket]").click();
  await page.waitForURL(/Display\.html/);
  await page.locator(".results").getByText("Correspondence added").waitFor();
}

test("plain textarea (agent-plain): findings, rewrite, RT's own Send stores exactly the editor's text", async () => {
  const page = await replyPage(rt.agents.plain);
  const field = page.locator("textarea#UpdateContent");
  await field.click();
  await page.keyboard.type(LINES.join("\n\n"));
  await checkRewriteAndSend(page, "plain", field, () => field.inputValue());
  const final = await field.inputValue();
  assert.equal(final, LINES.join("\n\n").replace("soon", "by Friday"));
  await submit(page);

  const [stored] = await lastReply(rt.agents.plain);
  assert.equal(stored.ContentType, "text/plain");
  // A form sends line breaks as CRLF; RT keeps what came.
  assert.equal(stored.Content.replaceAll("\r\n", "\n").trimEnd(), final);
  assert.doesNotMatch(stored.Content, /tactful|chrome-extension/);
  assert.deepEqual(page.problems, []);
  await page.close();
});

test("CKEditor (agent-rich): findings, rewrite by insertText, RT's own Send stores exactly the editor's text", async () => {
  const page = await replyPage(rt.agents.rich);
  const editor = page.frameLocator("iframe.cke_wysiwyg_frame").locator("body.cke_editable");
  await editor.click();
  await page.keyboard.type(LINES.join("\n"));
  await checkRewriteAndSend(page, "rich", editor, () => editor.innerText());
  const finalHtml = await editor.innerHTML();
  const finalText = await editor.innerText();
  assert.match(finalText, /We can't refund this order\. We'll get back to you by Friday\./);
  assert.doesNotMatch(finalHtml, /tactful|chrome-extension|iframe/);
  await submit(page);

  const parts = await lastReply(rt.agents.rich);
  const html = parts.find((part) => part.ContentType === "text/html");
  assert.ok(html, JSON.stringify(parts));
  assert.doesNotMatch(html.Content, /tactful|chrome-extension|iframe/);
  // The stored HTML, read as text the way the editor showed it, is the editor's final text.
  const view = await openTab(ext.context);
  await view.setContent(html.Content);
  assert.equal(normalise(await view.locator("body").innerText()), normalise(finalText));
  assert.deepEqual(page.problems, []);
  await page.close();
  await view.close();
});

const normalise = (text) => text.replaceAll("\u00a0", " ").replace(/\n+/g, "\n").trim();

test("privacy: every request of both agents' sessions went to RT itself or to the extension's own files", (t) => {
  assert.ok(requests.some((url) => url.startsWith(`${ext.origin}/panel.html`)), "the recorder heard the panels");
  assert.deepEqual(requestsLeaving(requests, `${rt.base}/`, `${ext.origin}/`, "data:"), []);
  t.diagnostic(`${requests.length} requests recorded, ${requests.filter((url) => url.startsWith(ext.origin)).length} of them the extension's files`);
});

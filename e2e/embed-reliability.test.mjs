// The embed (web/embed.js: window.tactful and its panel) under bad input through the JS API,
// injection payloads in everything its panel shows, a request recorder, and a hostile host
// page (e2e/pages/hostile.html: patched built-ins, !important styles, 100 attached fields).
import { test } from "node:test";
import assert from "node:assert/strict";
import { openPage, PAGES, recordRequests, requestsLeaving, screenshot, useBuiltSite } from "./browser.mjs";
import { AWKWARD, FOREIGN_MARKUP, INJECTIONS, PROMISE, UNPAIRED_SURROGATES, asPhrase } from "./payloads.mjs";

const site = useBuiltSite({ mounts: { "/pages/": PAGES } });
const VAGUE_WORDS = "We'll get back to you soon";

/** The example helpdesk with both its fields attached. */
async function helpdesk() {
  const page = await openPage(site.browser);
  await page.goto(`${site.url}examples/helpdesk.html`);
  await page.waitForFunction(() => window.helpdesk.attached.email);
  return page;
}

const finding = (panel, check) => panel.locator(`li[data-check="${check}"]`);

/**
 * In the page: analyzes each text, checks every finding's and rewrite's range against the JS
 * string (whole numbers, in order, inside it, never between the halves of a surrogate pair),
 * and that applyRewrite splices exactly there, leaving the rest as it was (first 100 rewrites).
 */
function roundTrip(texts) {
  const results = {};
  for (const [name, text] of Object.entries(texts)) {
    const splitsPair = (at) => /[\uD800-\uDBFF]/.test(text[at - 1] ?? "") && /[\uDC00-\uDFFF]/.test(text[at] ?? "");
    const fits = ({ start, end }) =>
      Number.isInteger(start) && Number.isInteger(end) && 0 <= start && start <= end && end <= text.length && !splitsPair(start) && !splitsPair(end);
    let report;
    try {
      report = window.tactful.analyze(text);
    } catch (error) {
      results[name] = { problems: [`analyze threw: ${error.message}`] };
      continue;
    }
    const problems = [];
    let applied = 0;
    for (const finding of report.findings) {
      if (!fits(finding)) problems.push(`${finding.check} at ${finding.start}..${finding.end}`);
      for (const rewrite of finding.rewrites) {
        if (!fits(rewrite)) problems.push(`${finding.check} rewrite at ${rewrite.start}..${rewrite.end}`);
        else if (applied++ < 100) {
          const spliced = text.slice(0, rewrite.start) + rewrite.replacement + text.slice(rewrite.end);
          if (window.tactful.applyRewrite(text, rewrite) !== spliced) problems.push(`"${rewrite.label}" is not spliced where JS would`);
        }
      }
    }
    const vague = report.findings.filter((f) => f.check === "vague-promise").map((f) => text.slice(f.start, f.end));
    results[name] = { problems, findings: report.findings.length, applied: Math.min(applied, 100), vague: [...new Set(vague)] };
  }
  return results;
}

const TEXTS = {
  empty: "",
  "whitespace only": " \n\t \r\n \u00a0\u2003 ",
  "a 1 MB paste": "Your order is packed and labelled. ".repeat(30_000) + PROMISE,
  "a single 200 KB line": "We'll get back to you soon and ".repeat(7000),
  ...AWKWARD,
  ...UNPAIRED_SURROGATES,
};

test("JS API: empty, blank, 1 MB, a 200 KB line, awkward text, unpaired surrogates: spans slice the JS string, rewrites splice it", async (t) => {
  const page = await helpdesk();
  const results = await page.evaluate(roundTrip, TEXTS);
  for (const [name, result] of Object.entries(results)) {
    assert.deepEqual(result.problems, [], name);
    if (name === "empty" || name === "whitespace only") assert.equal(result.findings, 0, name);
    else assert.ok(result.vague.includes(VAGUE_WORDS), `${name}: ${result.vague}`);
  }
  const total = (key) => Object.values(results).reduce((sum, result) => sum + result[key], 0);
  t.diagnostic(`${Object.keys(results).length} texts: ${total("findings")} findings' spans checked, ${total("applied")} rewrites applied`);
  assert.deepEqual(page.problems, []);
});

const phrases = (count, long = false) =>
  Array.from({ length: count }, (_, i) => `within ${i} business days${long ? " once the warehouse confirms the parcel".repeat(10) : ""}`);
const custom = (phrase) => ({ phrase, check: "blame", message: "Say what you will do instead." });

/** [what, config, what its error must say: the field it names, or where the JSON breaks]. */
const BAD_CONFIGS = [
  ["invalid JSON text", "{", /^invalid settings: .* at line 1 column 1$/],
  ["JSON cut off inside a field", '{"checks": {"blame": ', /^invalid settings at `checks\.blame`: .* at line 1 column 21$/],
  ["not JSON at all", "house style: strict", /^invalid settings: .* at line 1 column 1$/],
  ["a JSON string, not an object", '"strict"', /^invalid settings: invalid type: string/],
  ["a number", 5, /^invalid settings: invalid type: integer/],
  ["a list", ["within the hour"], /^invalid settings/],
  ["an unknown field", { levels: 5 }, /`levels`: unknown field/],
  ["camelCase field names", { promisePhrases: ["within the hour"] }, /`promisePhrases`: unknown field/],
  ["a string for a list", { promise_phrases: "x" }, /`promise_phrases`: invalid type: string/],
  ["a number in a list", { ignored_phrases: ["fine", 7] }, /`ignored_phrases\[1\]`: invalid type: integer/],
  ["a number for the checks", { checks: 5 }, /`checks`: invalid type/],
  ["an unknown level", { checks: { blame: "loud" } }, /`checks\.blame`: unknown variant/],
  ["an unknown check", { checks: { rudeness: "off" } }, /`checks\.rudeness`: unknown check/],
  ["a number for the apology policy", { apology: 3 }, /^invalid settings at `apology`: invalid type: integer `3`, expected one of `require`, `once`, `avoid`$/],
  ["a custom phrase without a message", { custom_phrases: [{ phrase: "per our policy", check: "blame" }] }, /`custom_phrases\[0\]`: missing field `message`/],
  ["a blank custom phrase", { custom_phrases: [{ phrase: " ", check: "blame", message: "m" }] }, /`custom_phrases\[0\]\.phrase`: the phrase is empty/],
  ["a malformed promise phrase", { promise_phrases: ["within the hour", "by [day"] }, /`promise_phrases\[1\]`: `by \[day`: `\[day`: `\[` is not closed/],
  ["a custom phrase of an unknown check", { custom_phrases: [{ phrase: "x", check: "rudeness", message: "m" }] }, /`custom_phrases\[0\]\.check`/],
  ["501 promise phrases", { promise_phrases: phrases(501) }, /`promise_phrases`: 501 entries; at most 500/],
  ["501 custom phrases", { custom_phrases: phrases(501).map(custom) }, /`custom_phrases`: 501 entries; at most 500/],
  ["501 ignored phrases", { ignored_phrases: phrases(501) }, /`ignored_phrases`: 501 entries; at most 500/],
];

/** Configs at the limits, which work: [what, config, the check its draft must still show]. */
const BIG_CONFIGS = [
  ["500 long promise phrases", { promise_phrases: phrases(500, true) }, "vague-promise"],
  ["500 long custom phrases, one in the draft", { custom_phrases: [...phrases(499, true), "per our policy"].map(custom) }, "blame"],
  ["500 long ignored phrases", { ignored_phrases: phrases(500, true) }, "vague-promise"],
];
const BIG_DRAFT = `Hi Sam, per our policy, no. ${PROMISE}`;

test("JS API: a bad house style throws an error naming its field (or where its JSON breaks), in analyze and attach; the defaults stay in force", async () => {
  const page = await helpdesk();
  const outcomes = await page.evaluate(
    ([configs, draft]) => {
      const cyclic = { checks: {} };
      cyclic.checks.blame = cyclic;
      const field = document.createElement("textarea");
      document.querySelector(".ticket").append(field);
      const error = (call) => {
        try {
          call();
          return "no error";
        } catch (e) {
          return e.message;
        }
      };
      const vagueFound = () => window.tactful.analyze(draft).findings.some((f) => f.check === "vague-promise");
      return [...configs, ["a config that holds itself", cyclic]].map(([what, config]) => ({
        what,
        analyze: error(() => window.tactful.analyze(draft, { config })),
        attach: error(() => window.tactful.attach(field, { config })),
        panels: document.querySelectorAll("tactful-panel").length,
        defaultsAfter: vagueFound(),
      }));
    },
    [BAD_CONFIGS, BIG_DRAFT],
  );
  const expected = [...BAD_CONFIGS.map(([, , message]) => message), /circular structure/];
  for (const [i, outcome] of outcomes.entries()) {
    assert.match(outcome.analyze, expected[i], outcome.what);
    assert.equal(outcome.attach, outcome.analyze, `${outcome.what}: attach refuses it the same way`);
    assert.equal(outcome.panels, 2, `${outcome.what}: no panel is left behind`);
    assert.ok(outcome.defaultsAfter, `${outcome.what}: the next analyze still finds the vague promise`);
  }

  // The panels already attached keep checking.
  await page.locator("#reply").fill(BIG_DRAFT);
  await finding(page.locator("#reply-form tactful-panel"), "vague-promise").waitFor();
  assert.deepEqual(page.problems, []);
});

test("JS API: 500 long phrases in each list work, in analyze and in a panel", async () => {
  const page = await helpdesk();
  for (const [what, config, check] of BIG_CONFIGS) {
    const checks = await page.evaluate(([draft, config]) => window.tactful.analyze(draft, { config }).findings.map((f) => f.check), [BIG_DRAFT, config]);
    assert.ok(checks.includes(check), `${what}: ${checks}`);
    await page.evaluate((config) => {
      const { attached } = window.helpdesk;
      attached.reply.detach();
      attached.reply = window.tactful.attach(document.querySelector("#reply"), { config });
    }, config);
    await page.locator("#reply").fill(BIG_DRAFT);
    await finding(page.locator("#reply-form tactful-panel"), check).waitFor();
  }
  assert.deepEqual(page.problems, []);
});

/** [what, call in the page, what it must give]: bad arguments through the JS API. */
const BAD_CALLS = [
  ["a negative start", "applyRewrite(text, { start: -1, end: 3, replacement: 'x' })", /does not fit this text/],
  ["start after end", "applyRewrite(text, { start: 5, end: 2, replacement: 'x' })", /does not fit this text/],
  ["an end past the text", "applyRewrite(text, { start: 0, end: 1e6, replacement: 'x' })", /does not fit this text/],
  ["an offset inside a surrogate pair", "applyRewrite(text, { start: 29, end: 29, replacement: 'x' })", /does not fit this text/],
  ["a fractional offset", "applyRewrite(text, { start: 1.5, end: 2, replacement: 'x' })", /needs a rewrite from analyze/],
  ["an offset as a string", "applyRewrite(text, { start: '0', end: 2, replacement: 'x' })", /needs a rewrite from analyze/],
  ["a number for the replacement", "applyRewrite(text, { start: 0, end: 2, replacement: 5 })", /needs a rewrite from analyze/],
  ["no replacement", "applyRewrite(text, { start: 0, end: 2 })", /needs a rewrite from analyze/],
  ["no rewrite at all", "applyRewrite(text)", /needs a rewrite from analyze/],
  ["null for the text", "analyze(null).findings.length", /^0$/],
  ["a number for the text", "analyze(12345).findings.length", /^0$/],
  ["no text", "analyze().findings.length", /^0$/],
  ["a number for the customer's message", "analyze(text, { customer: 5 }).findings.length", /^1$/],
  ["an object for the customer's message", "analyze(text, { customer: {} }).findings.length", /^1$/],
  ["null for the house style", "analyze(text, { config: null }).findings.length", /^1$/],
];

test("JS API: bad arguments give a clear error or work, and never break the calls after them", async () => {
  const page = await helpdesk();
  const outcomes = await page.evaluate((calls) => {
    const text = "We'll get back to you soon. 👍 Thanks!";
    return calls.map(([what, call]) => {
      let outcome;
      try {
        outcome = String(new Function("tactful", "text", `return tactful.${call}`)(window.tactful, text));
      } catch (e) {
        outcome = `${e.name}: ${e.message}`;
      }
      const after = window.tactful.analyze(text).findings.map((f) => f.check).join();
      return { what, outcome, after };
    });
  }, BAD_CALLS);
  for (const [i, { what, outcome, after }] of outcomes.entries()) {
    assert.match(outcome, BAD_CALLS[i][2], what);
    assert.doesNotMatch(outcome, /RuntimeError|memory/, what);
    assert.equal(after, "vague-promise", `${what}: the next call works`);
  }
  assert.deepEqual(page.problems, []);
});

/** Payload-made elements inside the panels' shadow roots and the rich editor, and whether any payload ran. */
const damage = (page) =>
  page.evaluate((selector) => {
    const editor = document.querySelector("#email-editor").contentWindow;
    const panels = [...document.querySelectorAll("tactful-panel")];
    return {
      ran: [window.__pwned, editor.__pwned].filter((value) => value !== undefined),
      markup: [...panels.map((panel) => panel.shadowRoot), editor.document.body].flatMap((root) => [...root.querySelectorAll(selector)].map((el) => el.outerHTML)),
    };
  }, FOREIGN_MARKUP);

test("injection: payloads in the draft (textarea and rich editor), the customer's message and the house style show as text", async () => {
  const page = await helpdesk();
  const reply = page.locator("#reply");
  const panels = { reply: page.locator("#reply-form tactful-panel"), email: page.locator(".email tactful-panel") };
  const editorText = () => page.evaluate(() => document.querySelector("#email-editor").contentDocument.body.innerText);
  for (const payload of INJECTIONS) {
    const draft = `Store credit only, sorry. ${payload} ${PROMISE}`;
    const house = { custom_phrases: [{ phrase: "store credit only", check: "blame", message: payload, replacement: payload }], promise_phrases: [asPhrase(payload)] };
    await page.evaluate(
      ([draft, payload, config]) => {
        const { attached } = window.helpdesk;
        const editor = document.querySelector("#email-editor").contentDocument.body;
        attached.reply.detach();
        attached.email.detach();
        const options = { customer: `${payload} This is ridiculous!!!`, config };
        attached.reply = window.tactful.attach(document.querySelector("#reply"), options);
        attached.email = window.tactful.attach(editor, options);
        // Typed or pasted as text into the editor.
        editor.textContent = draft;
        editor.dispatchEvent(new InputEvent("input", { bubbles: true }));
      },
      [draft, payload, house],
    );
    await reply.fill(draft);
    for (const panel of Object.values(panels)) {
      const blame = finding(panel, "blame");
      await blame.waitFor();
      assert.equal(await blame.locator(".message").innerText(), payload);
      await blame.getByRole("button", { name: /^Apply/ }).first().click();
      await blame.waitFor({ state: "detached" });
    }
    const rewritten = draft.replace("Store credit only", payload);
    assert.equal(await reply.inputValue(), rewritten, payload);
    assert.equal(await editorText(), rewritten, payload);
    assert.deepEqual(await damage(page), { ran: [], markup: [] }, payload);
  }
  await screenshot(page, "embed-injection");
  assert.deepEqual(page.problems, []);
});

test("privacy: the embed example makes no request after load, and none to anywhere but its own origin", async (t) => {
  const page = await openPage(site.browser);
  const requests = recordRequests(page);
  await page.goto(`${site.url}examples/helpdesk.html`);
  await page.waitForFunction(() => window.helpdesk.attached.email);
  await page.waitForLoadState("networkidle");
  const atLoad = requests.length;

  // An agent's whole reply: findings, show, rewrite, undo, the send gate, the rich editor, the API.
  const reply = page.locator("#reply");
  const panel = page.locator("#reply-form tactful-panel");
  await reply.fill("Hi [NAME], we'll get back to you soon.");
  const vague = finding(panel, "vague-promise");
  await vague.getByRole("button", { name: /^Show in draft/ }).click();
  await vague.getByRole("button", { name: /^Apply/ }).first().click();
  await panel.getByRole("button", { name: "Undo rewrite" }).click();
  await page.locator("#send").click();
  await panel.getByRole("alertdialog").getByRole("button", { name: "Send anyway" }).click();
  await page.frameLocator("#email-editor").locator("body").click();
  await page.keyboard.type(" Sorry for any inconvenience. We'll get back to you soon.");
  await finding(page.locator(".email tactful-panel"), "vague-promise").waitFor();
  await page.evaluate(() => window.tactful.analyze("We'll get back to you soon.", { config: { promise_phrases: ["by Friday"] } }));
  assert.deepEqual(await page.evaluate(() => window.helpdesk.sent), ["Hi [NAME], we'll get back to you soon."]);
  await page.waitForLoadState("networkidle");

  assert.deepEqual(requests.slice(atLoad), [], "no request after load");
  assert.deepEqual(requestsLeaving(requests, site.url, "data:"), []);
  t.diagnostic(`${requests.length} requests recorded, all at load, all to ${site.url}`);
  const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute("content");
  assert.match(csp, /default-src 'none'/);
  assert.match(csp, /connect-src 'self'/);
  const blocked = await page.evaluate(() => fetch("https://example.com/").then(() => false, () => true));
  assert.ok(blocked, "the CSP blocks a connection elsewhere");
  assert.deepEqual(page.problems.filter((p) => !/Content Security Policy/.test(p)), []);
});

test("isolation: on a page with patched built-ins, !important styles and 100 fields, every field is checked and rewritten", async (t) => {
  const page = await openPage(site.browser);
  await page.goto(`${site.url}pages/hostile.html`);
  // The page's scripts changed the built-ins before tactful arrives.
  const patched = await page.evaluate(() => ({
    fetch: (() => {
      try {
        fetch("/tactful-embed_bg.wasm");
        return "fetched";
      } catch (e) {
        return e.message;
      }
    })(),
    json: JSON.stringify({ list: ["a"] }),
    forget: (window.hostileLog.length = 0),
  }));
  assert.equal(patched.fetch, "this desk's fetch only talks to /api/");
  assert.match(patched.json, /^\{"list":"\["a"\]","extend":function/);

  await page.addScriptTag({ type: "module", url: "/embed.js" });
  await page.waitForFunction(() => window.tactful?.ready);
  assert.equal(await page.evaluate(() => window.tactful.ready.then(() => "ready", (e) => e.message)), "ready");
  const attachMs = await page.evaluate(() => {
    const started = performance.now();
    window.handles = [...document.querySelectorAll("textarea")].map((field) => window.tactful.attach(field));
    // This page's JSON.stringify cannot write a list: the house style goes as the JSON text.
    window.note = window.tactful.attach(document.querySelector("#note"), { config: '{"promise_phrases": ["within one business day"]}' });
    return performance.now() - started;
  });
  assert.equal(await page.locator("tactful-panel").count(), 101);
  assert.equal(await page.evaluate(() => window.hostileLog.filter((call) => call.startsWith("fetch")).length), 0, "the page's fetch was not used");

  // Typing in the 100th field shows its findings; the page keeps up with the typing.
  const last = page.locator("#reply-100");
  const lastPanel = page.locator("#reply-100 + tactful-panel");
  await last.click();
  const typing = Date.now();
  await page.keyboard.type("Hi [NAME], we'll get back to you soon.");
  await finding(lastPanel, "vague-promise").waitFor();
  const typedAndShownMs = Date.now() - typing;
  assert.ok(typedAndShownMs < 20_000, `typing 38 characters and seeing the findings took ${typedAndShownMs} ms`);
  assert.equal(await page.locator("#reply-99 + tactful-panel li.finding").count(), 0, "the other panels are untouched");
  assert.deepEqual(await page.evaluate(() => window.handles[99].findings().map((f) => f.check)), ["unfilled-placeholder", "vague-promise"]);

  await finding(lastPanel, "vague-promise").getByRole("button", { name: /^Apply: .*day you name/ }).click();
  assert.equal(await last.inputValue(), "Hi [NAME], we'll get back to you by [day].");
  await lastPanel.getByRole("button", { name: "Undo rewrite" }).click();
  assert.equal(await last.inputValue(), "Hi [NAME], we'll get back to you soon.");

  // The contenteditable note, with the house style given as JSON text: its promise phrase is offered.
  await page.locator("#note").click();
  await page.keyboard.type("We'll get back to you soon.");
  const notePanel = page.locator("#note + tactful-panel");
  await finding(notePanel, "vague-promise").getByRole("button", { name: /within one business day/ }).click();
  assert.match(await page.locator("#note").innerText(), /within one business day/i);

  // Hidden, reset and restyled by the page's !important rules, the panels still show.
  const box = await lastPanel.boundingBox();
  assert.ok(box.height > 40 && box.width > 200, JSON.stringify(box));
  await lastPanel.scrollIntoViewIfNeeded();
  await screenshot(page, "embed-hostile-page", { fullPage: false });
  t.diagnostic(`hostile page: 101 fields attached in ${attachMs.toFixed(0)} ms; typed 38 characters in the 100th and saw its findings in ${typedAndShownMs} ms`);
  assert.deepEqual(page.problems, []);
});

test("isolation: a page fetch that refuses while passing for the browser's own is tried once, then a blank frame's loads the wasm", async () => {
  const page = await openPage(site.browser);
  await page.goto(`${site.url}pages/hostile.html`);
  // As anti-tamper scripts do: the page's toString says its fetch wrapper is native code.
  await page.evaluate(() => {
    const toString = Function.prototype.toString;
    Function.prototype.toString = function () {
      return this === window.fetch ? "function fetch() { [native code] }" : toString.call(this);
    };
    window.hostileLog.length = 0;
  });
  await page.addScriptTag({ type: "module", url: "/embed.js" });
  await page.waitForFunction(() => window.tactful?.ready);
  assert.equal(await page.evaluate(() => window.tactful.ready.then(() => "ready", (e) => e.message)), "ready");
  const fetches = await page.evaluate(() => window.hostileLog.filter((call) => call.startsWith("fetch")));
  assert.equal(fetches.length, 1, `the page's fetch, asked once: ${fetches}`);
  assert.match(fetches[0], /\/embed\.js:/);
  assert.equal(await page.evaluate(() => window.tactful.analyze(document.title + ". We'll get back to you soon.").findings.length > 0), true);
  assert.equal(await page.locator("iframe:not([title])").count(), 0, "the frame is gone once the wasm loaded");
  assert.deepEqual(page.problems, []);
});

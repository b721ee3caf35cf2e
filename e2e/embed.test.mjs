// The embed API and panel on the example helpdesk page (dist/examples/helpdesk.html, which
// loads ../embed.js and attaches to its reply textarea and its iframe rich editor).
import { test } from "node:test";
import assert from "node:assert/strict";
import { openPage, screenshot, useBuiltSite } from "./browser.mjs";

const VAGUE = "Hi Dana, we'll get back to you soon.";
const BLOCKED = "Hi [NAME], we'll get back to you soon.";
const site = useBuiltSite();

/** The helpdesk page with both fields attached; records the input events each field gets. */
async function open(options) {
  const page = await openPage(site.browser, options);
  await page.goto(`${site.url}examples/helpdesk.html`);
  await page.waitForFunction(() => window.helpdesk.attached.email);
  await page.evaluate(() => {
    window.inputs = { reply: [], email: [] };
    document.querySelector("#reply").addEventListener("input", (e) => window.inputs.reply.push(e.inputType));
    editorBody().addEventListener("input", (e) => window.inputs.email.push(e.inputType));
    function editorBody() {
      return document.querySelector("#email-editor").contentDocument.body;
    }
    window.editorBody = editorBody;
  });
  return page;
}

const replyPanel = (page) => page.locator("#reply-form tactful-panel");
const emailPanel = (page) => page.locator(".email tactful-panel");
// Playwright's CSS locators pierce open shadow roots.
const finding = (panel, check) => panel.locator(`li[data-check="${check}"]`);
const emailText = (page) => page.evaluate(() => window.editorBody().innerText);

test("textarea: typing shows findings; a rewrite goes through the field's input path; undo restores", async () => {
  const page = await open();
  const reply = page.locator("#reply");
  await reply.fill(VAGUE);
  const vague = finding(replyPanel(page), "vague-promise");
  await vague.waitFor();
  assert.match(await vague.innerText(), /get back to you soon/);
  await screenshot(page, "embed-1280");
  await vague.getByRole("button", { name: /^Show in draft/ }).click();
  const shown = await reply.evaluate((el) => el.value.slice(el.selectionStart, el.selectionEnd));
  assert.equal(shown, "we'll get back to you soon", "its words are selected in the field");

  await vague.getByRole("button", { name: /^Apply: .*day you name/ }).click();
  await vague.waitFor({ state: "detached" });
  assert.equal(await reply.inputValue(), "Hi Dana, we'll get back to you by [day].");
  assert.equal(await page.evaluate(() => window.inputs.reply.at(-1)), "insertText", "the host saw an input event");
  const selected = await reply.evaluate((el) => el.value.slice(el.selectionStart, el.selectionEnd));
  assert.equal(selected, "[day]", "the placeholder is selected to type over");

  // The panel's undo, then the field's own undo stack (Ctrl+Z) still works.
  await replyPanel(page).getByRole("button", { name: "Undo rewrite" }).click();
  assert.equal(await reply.inputValue(), VAGUE);
  await vague.waitFor();
  assert.equal(await replyPanel(page).getByRole("button", { name: "Undo rewrite" }).count(), 0);
  await vague.getByRole("button", { name: /^Apply: .*within the hour/ }).click();
  assert.equal(await reply.inputValue(), "Hi Dana, we'll get back to you within the hour.");
  await reply.press("Control+z");
  assert.equal(await reply.inputValue(), VAGUE, "the host's undo stack keeps working");
  await vague.waitFor();
  assert.deepEqual(page.problems, []);
});

test("the page's preload of the wasm is the request embed.js makes: the wasm is downloaded once", async () => {
  const page = await open();
  const wasmFetches = await page.evaluate(
    () => performance.getEntriesByType("resource").filter((r) => r.name.endsWith("/tactful-embed_bg.wasm")).length,
  );
  assert.equal(wasmFetches, 1);
  assert.deepEqual(page.problems, []);
  await page.close();
});

test("contenteditable in an iframe: findings, a rewrite by insertText, undo; panels are independent", async () => {
  const page = await open();
  const body = page.frameLocator("#email-editor").locator("body");
  await body.click();
  await page.keyboard.press("Control+End");
  await page.keyboard.press("Enter");
  await page.keyboard.type("Sorry for any inconvenience. We'll get back to you soon.");
  const vague = finding(emailPanel(page), "vague-promise");
  await vague.waitFor();
  assert.equal(await finding(replyPanel(page), "vague-promise").count(), 0, "the other panel is untouched");
  const before = await emailText(page);
  assert.match(before, /^Hi Dana,\n+Sorry for any inconvenience\. We'll get back to you soon\.$/);
  await vague.getByRole("button", { name: /^Show in draft/ }).click();
  const shown = await page.evaluate(() => window.editorBody().ownerDocument.getSelection().toString());
  assert.equal(shown, "We'll get back to you soon", "its words are selected in the editor");

  await vague.getByRole("button", { name: /^Apply: .*end of day/ }).click();
  await vague.waitFor({ state: "detached" });
  assert.equal(await emailText(page), before.replace("soon", "by end of day today"));
  assert.ok((await page.evaluate(() => window.inputs.email)).includes("insertText"), "the editor saw insertText");
  const handle = await page.evaluate(() => window.helpdesk.attached.email.findings().map((f) => f.check));
  assert.ok(!handle.includes("vague-promise"), handle.join());

  await emailPanel(page).getByRole("button", { name: "Undo rewrite" }).click();
  assert.equal(await emailText(page), before);
  await vague.waitFor();

  // The textarea's panel works on its own while the editor's keeps its findings.
  await page.locator("#reply").fill(BLOCKED);
  await finding(replyPanel(page), "unfilled-placeholder").waitFor();
  assert.equal(await finding(emailPanel(page), "unfilled-placeholder").count(), 0);
  await vague.waitFor();
  await screenshot(page, "embed-two-panels");
  assert.deepEqual(page.problems, []);
});

test("send gate: errors hold a send until 'Send anyway' (exactly once); 'Review' selects the error", async () => {
  const page = await open();
  const reply = page.locator("#reply");
  const sent = () => page.evaluate(() => window.helpdesk.sent);
  await reply.fill(BLOCKED);
  await finding(replyPanel(page), "unfilled-placeholder").waitFor();

  await page.locator("#send").click();
  const gate = replyPanel(page).getByRole("alertdialog");
  await gate.waitFor();
  assert.match(await gate.innerText(), /1 error/);
  assert.deepEqual(await sent(), [], "held back");
  assert.equal(await reply.inputValue(), BLOCKED, "the text is untouched");
  await screenshot(page, "embed-gate");

  await gate.getByRole("button", { name: "Review" }).click();
  await gate.waitFor({ state: "detached" });
  const selected = await reply.evaluate((el) => el.value.slice(el.selectionStart, el.selectionEnd));
  assert.equal(selected, "[NAME]");
  assert.equal(await page.evaluate(() => document.activeElement.id), "reply");

  // Submitting the form another way (Enter in a field, a script) is held too.
  await page.evaluate(() => document.querySelector("#reply-form").requestSubmit());
  await gate.waitFor();
  await gate.getByRole("button", { name: "Send anyway" }).click();
  await gate.waitFor({ state: "detached" });
  assert.deepEqual(await sent(), [BLOCKED], "sent once, as written");

  await page.locator("#send").click();
  await gate.waitFor();
  await gate.getByRole("button", { name: "Send anyway" }).click();
  assert.deepEqual(await sent(), [BLOCKED, BLOCKED]);

  // Without errors nothing is asked.
  await reply.fill(VAGUE);
  await page.locator("#send").click();
  assert.deepEqual(await sent(), [BLOCKED, BLOCKED, VAGUE]);
  assert.equal(await gate.count(), 0);
  assert.deepEqual(page.problems, []);
});

test("send gate off (the default) lets a reply with errors through; detach removes panel and listeners", async () => {
  const page = await open();
  const reply = page.locator("#reply");
  await page.evaluate(() => {
    window.helpdesk.attached.reply.detach();
    window.helpdesk.attached.reply = window.tactful.attach(document.querySelector("#reply"));
  });
  await reply.fill(BLOCKED);
  await finding(replyPanel(page), "unfilled-placeholder").waitFor();
  await page.locator("#send").click();
  assert.deepEqual(await page.evaluate(() => window.helpdesk.sent), [BLOCKED]);

  // Detach: the panel goes, and neither typing nor sending reaches tactful any more.
  const findings = await page.evaluate(() => {
    const handle = window.helpdesk.attached.reply;
    handle.detach();
    handle.detach();
    return handle.findings();
  });
  assert.deepEqual(findings, []);
  assert.equal(await replyPanel(page).count(), 0);
  assert.equal(await page.locator("tactful-panel").count(), 1, "the editor's panel stays");
  await reply.fill(`${BLOCKED} Again.`);
  await page.locator("#send").click();
  assert.equal((await page.evaluate(() => window.helpdesk.sent)).length, 2);

  // A gated attach, detached, no longer holds anything back either.
  await page.evaluate(() => {
    const handle = window.tactful.attach(document.querySelector("#reply"), { sendGate: true, sendButton: "#send" });
    handle.detach();
  });
  await page.locator("#send").click();
  await page.evaluate(() => document.querySelector("#reply-form").requestSubmit());
  assert.equal((await page.evaluate(() => window.helpdesk.sent)).length, 4);
  assert.equal(await page.locator("tactful-panel").count(), 1);

  // The editor's panel still follows its field.
  const body = page.frameLocator("#email-editor").locator("body");
  await body.click();
  await page.keyboard.press("Control+End");
  await page.keyboard.type(" We'll get back to you soon.");
  await finding(emailPanel(page), "vague-promise").waitFor();
  assert.deepEqual(page.problems, []);
});

test("a large draft is checked once typing pauses; the gate checks it before deciding", async () => {
  const page = await open();
  // Over the 64 KB above which a draft is checked only once typing pauses (ui/state.rs).
  const filler = "Your order is packed and leaves the warehouse today. ".repeat(1500);
  await page.locator("#reply").fill(`${filler}Hi [NAME].`);
  await page.locator("#send").click();
  await replyPanel(page).getByRole("alertdialog").waitFor();
  assert.deepEqual(await page.evaluate(() => window.helpdesk.sent), []);
  await finding(replyPanel(page), "unfilled-placeholder").waitFor();

  await page.locator("#reply").fill(`${filler}Hi [CUSTOMER].`);
  await finding(replyPanel(page), "unfilled-placeholder").getByText("[CUSTOMER]").first().waitFor();
  assert.deepEqual(page.problems, []);
});

test("host CSS that restyles everything with !important does not touch the panel", async () => {
  const page = await open();
  await page.locator("#reply").fill(`${BLOCKED} Sorry for any inconvenience.`);
  await finding(replyPanel(page), "apology").waitFor();
  const styles = () =>
    replyPanel(page).evaluate((host) => {
      const shadow = host.shadowRoot;
      const pick = (el) => {
        const s = getComputedStyle(el);
        return [s.fontFamily, s.fontSize, s.fontStyle, s.lineHeight, s.color, s.backgroundColor, s.letterSpacing, s.textTransform, s.padding, s.margin, s.borderTop, s.display];
      };
      return [host, ...shadow.querySelectorAll(".panel, .panel-head button, .summary, .finding, .badge, .message, .rewrite, .why summary")].map(pick);
    });
  const clean = await styles();
  await page.route("**/hostile.css", (route) =>
    route.fulfill({
      contentType: "text/css",
      body: `* { font: italic 31px/3 "Comic Sans MS", cursive !important; color: magenta !important;
        background: yellow !important; border: 5px dashed red !important; padding: 13px !important;
        margin: 7px !important; letter-spacing: 3px !important; text-transform: uppercase !important; }
        html { font-size: 40px !important; } tactful-panel { display: none !important; all: unset !important; }`,
    }),
  );
  await page.addStyleTag({ url: "hostile.css" });
  await page.waitForFunction(() => getComputedStyle(document.querySelector("#reply")).color === "rgb(255, 0, 255)");
  assert.deepEqual(await styles(), clean);
  await screenshot(page, "embed-hostile-css");
  assert.deepEqual(page.problems, []);
});

test("at 360 px: the panel fits, stays light beside a light page in dark mode; ignore, turn off, hide", async () => {
  const page = await open({ width: 360, height: 780, colorScheme: "dark" });
  await page.locator("#reply").fill(`${BLOCKED} Sorry for any inconvenience.`);
  await finding(replyPanel(page), "apology").waitFor();
  const { right, viewport } = await replyPanel(page).evaluate((host) => ({
    right: host.getBoundingClientRect().right,
    viewport: document.documentElement.clientWidth,
  }));
  assert.ok(right <= viewport, `the panel fits (${right} <= ${viewport})`);
  const background = await replyPanel(page).evaluate((host) => getComputedStyle(host.shadowRoot.querySelector(".panel")).backgroundColor);
  assert.equal(background, "rgb(255, 255, 255)");
  await screenshot(page, "embed-360");

  // Ignore and turn off work as on the site; hiding keeps the summary.
  const panel = replyPanel(page);
  await finding(panel, "apology").getByRole("button", { name: "Ignore" }).click();
  await finding(panel, "apology").waitFor({ state: "detached" });
  assert.equal(await page.evaluate(() => document.activeElement.id), "reply", "a click in the panel leaves the agent typing in the reply");
  await finding(panel, "vague-promise").getByRole("button", { name: /^Turn off/ }).click();
  await finding(panel, "vague-promise").waitFor({ state: "detached" });
  const checks = await page.evaluate(() => window.helpdesk.attached.reply.findings().map((f) => f.check));
  assert.deepEqual(checks, ["unfilled-placeholder"]);
  await panel.getByRole("button", { name: "Hide findings" }).click();
  await finding(panel, "unfilled-placeholder").waitFor({ state: "detached" });
  assert.match(await panel.getByRole("status").innerText(), /Not ready/);
  await panel.getByRole("button", { name: "Show findings" }).click();
  await finding(panel, "unfilled-placeholder").waitFor();
  assert.deepEqual(page.problems, []);
});

test("analyze: spans slice the same text in JS with emoji, CJK, combining marks and CRLF", async () => {
  const page = await open();
  const config = {
    custom_phrases: [
      { phrase: "没问题", check: "blame", message: "A CJK phrase." },
      { phrase: "per our policy", check: "blame", message: "Policy.", replacement: "as our terms 📜 say" },
      { phrase: "café crème", check: "blame", message: "Precomposed.", replacement: "thé 🍵" },
    ],
  };
  const texts = [
    "Hi [NAME] 👩‍👩‍👧‍👦, sorry for any inconvenience. We'll get back to you soon 🙏🏽.",
    "您好 [NAME]！我们 sorry for any inconvenience. We'll get back to you soon. 谢谢",
    "Hi Zoe\u0308 and Jose\u0301 [NAME], sorry for any inconvenience. We'll get back to you soon.",
    "Hi [NAME],\r\n\r\nSorry for any inconvenience.\r\nWe'll get back to you soon.\r\n\r\nThanks",
    "没问题 👩‍👩‍👧‍👦 per our policy, Zoe\u0308 gets a café crème.\r\n没问题",
  ];
  const expected = {
    "unfilled-placeholder": /^\[NAME\]$/,
    apology: /^[Ss]orry for any inconvenience$/,
    "vague-promise": /^We'll get back to you soon$/,
    blame: /^(没问题|per our policy|café crème)$/,
  };
  const expectedRewrite = /^(soon|any inconvenience|per our policy|café crème)$/;
  const results = await page.evaluate(
    ([texts, config]) =>
      texts.map((text) =>
        window.tactful.analyze(text, { config }).findings.map((f) => ({
          check: f.check,
          why: f.why,
          words: text.slice(f.start, f.end),
          rewrites: f.rewrites.map((r) => ({
            words: text.slice(r.start, r.end),
            applied: window.tactful.applyRewrite(text, r),
            spliced: text.slice(0, r.start) + r.replacement + text.slice(r.end),
          })),
        })),
      ),
    [texts, config],
  );
  const seen = new Set();
  for (const [i, findings] of results.entries()) {
    for (const f of findings) {
      seen.add(f.check);
      assert.match(f.words, expected[f.check] ?? /^$/, `text ${i}: ${f.check}`);
      // Each finding carries its check's why (web/embed.js adds it from one table).
      assert.ok(typeof f.why === "string" && f.why.length > 80, `text ${i}: ${f.check} why: ${f.why}`);
      for (const r of f.rewrites) {
        assert.match(r.words, expectedRewrite, `text ${i}: ${f.check} rewrite`);
        assert.equal(r.applied, r.spliced, `text ${i}: applyRewrite splices where JS does`);
      }
    }
  }
  assert.deepEqual([...seen].sort(), Object.keys(expected).sort());
  assert.equal(results[4].filter((f) => f.check === "blame").length, 4);

  const errors = await page.evaluate(() => {
    const fails = (f) => {
      try {
        f();
        return "no error";
      } catch (e) {
        return e.message;
      }
    };
    return [
      fails(() => window.tactful.applyRewrite("a👍b", { start: 2, end: 2, replacement: "x" })),
      fails(() => window.tactful.analyze("Hi", { config: { checks: { nope: "off" } } })),
      fails(() => window.tactful.attach(document.body)),
    ];
  });
  assert.match(errors[0], /does not fit this text/);
  assert.match(errors[1], /checks\.nope/);
  assert.match(errors[2], /textarea/);
  assert.equal(typeof (await page.evaluate(() => window.tactful.version)), "string");
  assert.deepEqual(await page.evaluate(() => window.tactful.defaultConfig().checks), {});
  assert.deepEqual(page.problems, []);
});

test("analyze on each keystroke: only the edit crosses, and each report is the whole text's, spans exact with emoji, CJK, combining marks and CRLF", async () => {
  const page = await open();
  const results = await page.evaluate(() => {
    const config = { custom_phrases: [{ phrase: "per our policy", check: "blame", message: "Policy.", replacement: "as our terms 📜 say" }] };
    const analyze = (text) => JSON.stringify(window.tactful.analyze(text, { config }));
    // The whole text at once: after an empty one nothing is kept to move.
    const whole = (text) => (analyze(""), analyze(text));
    const base = "Hi [NAME] 👩‍👩‍👧‍👦,\r\nsorry for any inconvenience. 您好 per our policy, Zoe\u0308.\r\nWe'll get back to you soon 🙏🏽. Thanks";
    const edits = [
      (t) => t + "!", // typing at the end
      (t) => "Hello. " + t, // at the start: every finding moves
      (t) => t.replace("您好", "您好 😀"), // an emoji typed mid-text
      (t) => t.replace("😀", "\uD83D"), // half of it deleted: a lone surrogate
      (t) => t.replace("\uD83D", "\uD83D\uDE03"), // and a different low half after it
      (t) => t.replace("\uD83D\uDE03 ", ""),
      (t) => t.replace("sorry for any inconvenience. ", ""), // a finding gone
      (t) => t.replace("per our policy", "sorry for any inconvenience, per our policy"), // one back, one moved
      (t) => t.replace("\r\n", "\n"),
      (t) => t.replace("👩‍👩‍👧‍👦", "👩‍👩‍👧"), // a change inside a ZWJ sequence
      (t) => t.slice(0, 40),
      () => base,
    ];
    let text = base;
    const out = [];
    analyze(text);
    for (const edit of edits) {
      text = edit(text);
      const typed = window.tactful.analyze(text, { config });
      const words = typed.findings.map((f) => [f.check, text.slice(f.start, f.end), ...f.rewrites.map((r) => text.slice(r.start, r.end))]);
      // What the caller does to a report is not what the next one starts from.
      for (const f of typed.findings) f.start = f.end = -1;
      out.push({ text, typed: analyze(text), whole: whole(text), words });
    }
    // The same text under a house style that finds more at its start: new findings come
    // first, then the last call's, unmoved.
    analyze(text);
    const more = { custom_phrases: [...config.custom_phrases, { phrase: "Hi", check: "blame", message: "Hi." }] };
    const typed = JSON.stringify(window.tactful.analyze(text, { config: more }));
    window.tactful.analyze("", { config: more });
    out.push({ text, typed, whole: JSON.stringify(window.tactful.analyze(text, { config: more })), words: [] });
    return out;
  });
  for (const [i, r] of results.entries()) {
    assert.equal(r.typed, r.whole, `edit ${i}: ${JSON.stringify(r.text)}`);
    for (const [check, ...spans] of r.words) for (const span of spans) assert.ok(span.length > 0 && !/^[\uDC00-\uDFFF]|[\uD800-\uDBFF]$/.test(span), `edit ${i}: ${check} ${span}`);
  }
  assert.ok(results.some((r) => JSON.parse(r.whole).findings.length >= 4));
  assert.deepEqual(page.problems, []);
});

test("an <input> can be attached, and each field only once", async () => {
  const page = await open();
  const result = await page.evaluate(() => {
    const input = document.querySelector(".search");
    const handle = window.tactful.attach(input);
    input.value = "We'll get back to you soon.";
    const checks = handle.recheck().map((f) => f.check);
    let again;
    try {
      window.tactful.attach(input);
    } catch (e) {
      again = e.message;
    }
    handle.detach();
    return { checks, again };
  });
  assert.ok(result.checks.includes("vague-promise"), result.checks.join());
  assert.match(result.again, /already attached/);
  assert.deepEqual(page.problems, []);
});

test("a contenteditable in the page with paragraphs and line breaks: rewrites land in place", async () => {
  const page = await open();
  await page.evaluate(() => {
    const editor = document.createElement("div");
    editor.contentEditable = "true";
    editor.id = "notes";
    editor.innerHTML = "<p>Hi Dana 👋🏽,</p><p>Thanks for&nbsp;waiting.<br>We'll get back to you <b>soon</b>.</p>";
    document.querySelector(".ticket").append(editor);
    window.notes = window.tactful.attach(editor);
  });
  const panel = page.locator("#notes + tactful-panel");
  const vague = finding(panel, "vague-promise");
  await vague.waitFor();
  assert.match(await vague.innerText(), /We'll get back to you soon/);
  await vague.getByRole("button", { name: /^Apply: .*within the hour/ }).click();
  await vague.waitFor({ state: "detached" });
  const text = () => page.evaluate(() => document.querySelector("#notes").innerText.replaceAll("\u00a0", " "));
  assert.equal(await text(), "Hi Dana 👋🏽,\n\nThanks for waiting.\nWe'll get back to you within the hour.");
  await panel.getByRole("button", { name: "Undo rewrite" }).click();
  assert.equal(await text(), "Hi Dana 👋🏽,\n\nThanks for waiting.\nWe'll get back to you soon.");
  assert.deepEqual(page.problems, []);
});

test("a failed wasm load rejects ready with a clear error and leaves the field usable", async () => {
  const page = await openPage(site.browser);
  await page.route("**/tactful-embed_bg.wasm", (route) => route.abort());
  await page.goto(`${site.url}examples/helpdesk.html`);
  const message = await page.evaluate(() => window.tactful.ready.then(() => "loaded", (e) => e.message));
  assert.match(message, /tactful could not load its WebAssembly/);
  await page.locator("#notice").getByText("Tone check unavailable").waitFor();
  assert.equal(await page.locator("tactful-panel").count(), 0);
  await page.locator("#reply").fill(BLOCKED);
  await page.locator("#send").click();
  assert.deepEqual(await page.evaluate(() => window.helpdesk.sent), [BLOCKED]);
  const unexpected = page.problems.filter((p) => !/Failed to load resource|tactful-embed_bg\.wasm/.test(p));
  assert.deepEqual(unexpected, []);
});

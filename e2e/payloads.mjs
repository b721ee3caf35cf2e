// Hostile inputs shared by the browser tests: markup and script that must never run or
// render, and texts that stress offsets and layout.

/** Each payload sets window.__pwned if it ever executes. */
export const INJECTIONS = [
  "<script>window.__pwned = 'script'</script>",
  "<img src=x onerror=\"window.__pwned = 'img'\">",
  "<svg onload=\"window.__pwned = 'svg'\"><circle r=5 /></svg>",
  "<a href=\"javascript:window.__pwned = 'href'\">click me</a>",
  "</textarea><script>window.__pwned = 'breakout'</script>",
  "\"><iframe src=\"javascript:parent.__pwned = 'iframe'\"></iframe>",
  "<style>* { display: none !important }</style><b>bold?</b>",
  "&lt;script&gt;window.__pwned = 'entity'&lt;/script&gt; &amp; &#x3C;b&#x3E;",
  "<math><mtext><table><mglyph><style><img src=x onerror=\"window.__pwned = 'mxss'\">",
  "{{constructor.constructor('window.__pwned = \"template\"')()}}",
  "background: url(javascript:window.__pwned = 'css'); } body { display: none",
];

/**
 * A payload as a valid phrase of the house style's matcher: its reserved characters
 * (`<`, `>`, `[`, `]`, `*`, `|`) become spaces, so a list that must compile still carries
 * the markup-like rest of it. A malformed phrase is refused (see the bad house styles).
 */
export const asPhrase = (payload) => payload.replace(/[<>[\]*|]/g, " ");

/** Elements a payload would have made: none of tactful's own pages or panels has any. */
export const FOREIGN_MARKUP = "img, svg, iframe, math, b, style, script:not([src]), a[href^='javascript']";

export const PROMISE = "We'll get back to you soon.";

/** Awkward texts, each holding one vague promise whose span must survive the round trip. */
export const AWKWARD = {
  "emoji and ZWJ sequences": `👩‍👩‍👧‍👦 Hi 🙏🏽! ${PROMISE} 🏳️‍🌈`,
  "right-to-left and mixed direction": `مرحبا، شكرا لك. ${PROMISE} \u202Bשלום\u202C`,
  "combining marks": `Cafe\u0301 Zoe\u0308 n\u0303 — ${PROMISE}`,
  CJK: `您好，我们已经收到您的订单。${PROMISE} ありがとうございます。`,
  CRLF: `Hi Sam,\r\n\r\n${PROMISE}\r\n\r\nAlex`,
  "lone CR": `Hi Sam,\r${PROMISE}\rAlex`,
  "NUL and control characters": `Hi\u0000 Sam\u0007,\u001b[31m ${PROMISE}\u0008\u000b`,
};

/**
 * Texts with unpaired surrogates, as JS strings can hold them (a paste cut mid-emoji, a
 * string sliced by code unit): no UTF-8 form, each still around one vague promise.
 */
export const UNPAIRED_SURROGATES = {
  "a lone high surrogate first": `\uD800 ${PROMISE}`,
  "a lone low surrogate at the end": `${PROMISE} \uDC00`,
  "two high surrogates, then an emoji cut in half": `\uDBFF\uDBFF ${PROMISE} 👍\uD83D`,
  "a lone surrogate inside the promise": `We'll get back\uDFFF to you soon. ${PROMISE}`,
  "surrogates around real pairs": `\uDC00👩‍👩‍👧‍👦\uD800 ${PROMISE} 🙏🏽\uDFFF`,
};

export const PROMISE_WORDS = "get back to you soon";

// The fake helpdesk's own script. Adding tactful takes the first few lines.
const { tactful } = window;
const reply = document.querySelector("#reply");
const customer = document.querySelector("#customer-message");
const emailFrame = document.querySelector("#email-editor");
const attached = {};

tactful.ready
  .then(async () => {
    attached.reply = tactful.attach(reply, { customer, sendGate: true, sendButton: "#send" });
    attached.email = tactful.attach((await editorDocument()).body, { customer });
  })
  .catch((error) => notify(`Tone check unavailable: ${error.message}`));

// Below: the helpdesk itself, and `window.helpdesk` for the end-to-end tests.
window.helpdesk = { attached, sent: [] };

function editorDocument() {
  const loaded = () => emailFrame.contentDocument?.body?.isContentEditable;
  if (loaded()) return Promise.resolve(emailFrame.contentDocument);
  return new Promise((done) => emailFrame.addEventListener("load", () => done(emailFrame.contentDocument), { once: true }));
}

function send(text) {
  window.helpdesk.sent.push(text);
  const item = document.createElement("li");
  item.textContent = text;
  document.querySelector("#sent").append(item);
  notify("Reply sent to Dana.");
}

function notify(text) {
  const notice = document.querySelector("#notice");
  notice.textContent = text;
  notice.hidden = false;
}

document.querySelector("#reply-form").addEventListener("submit", (event) => {
  event.preventDefault();
  send(reply.value);
});

document.querySelector("#send-email").addEventListener("click", () => send(emailFrame.contentDocument.body.innerText));

// A helpdesk whose second Send button is no form's: it sends the reply by its own script
// (here, to sent.html), as single-page helpdesks do.
document.querySelector("#send-by-script").addEventListener("click", () => {
  location.href = `sent.html?reply=${encodeURIComponent(document.querySelector("#reply").value)}`;
});

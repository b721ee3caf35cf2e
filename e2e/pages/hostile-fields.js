// The desk's bulk-reply view: one reply field per ticket.
(function () {
  var fields = document.getElementById("fields");
  for (var i = 1; i <= 100; i++) {
    var field = document.createElement("textarea");
    field.id = "reply-" + i;
    field.setAttribute("aria-label", "Reply to ticket " + i);
    field.rows = 2;
    fields.appendChild(field);
  }
})();

// What a legacy helpdesk's own scripts do to the built-ins before anything else loads:
// prototype.js-style Array extensions (and its Array#toJSON, which makes JSON.stringify
// write arrays as strings), a JSON polyfill, an Object.prototype helper every for-in loop
// sees, a fetch wrapper that logs and refuses what is not the desk's API, a bind without
// `new`, and a tool that wraps attachShadow to see into shadow roots. The tests embed tactful
// (or let the extension attach) after this has run.
(function () {
  // Each patched built-in logs its name and where it was called from (the tests look there
  // for tactful's own scripts).
  var calls = (window.hostileLog = []);
  function log(name) {
    calls[calls.length] = name + " " + (new Error().stack.split("\n")[3] || "").trim();
  }

  Array.prototype.each = function (iterator, context) {
    for (var i = 0; i < this.length; i++) iterator.call(context, this[i], i);
  };
  Array.prototype.forEach = Array.prototype.each;
  Array.prototype.map = function (iterator, context) {
    var results = [];
    this.each(function (value, index) {
      results[results.length] = iterator.call(context, value, index);
    });
    return results;
  };
  Array.prototype.push = function () {
    for (var i = 0; i < arguments.length; i++) this[this.length] = arguments[i];
    log("push");
    return this.length;
  };
  Array.prototype.includes = function (item) {
    return this.indexOf(item) !== -1;
  };
  Array.prototype.toJSON = function () {
    return "[" + this.map(function (value) { return JSON.stringify(value); }).join(", ") + "]";
  };
  Object.prototype.extend = function (source) {
    for (var key in source) this[key] = source[key];
    return this;
  };
  Function.prototype.bind = function (context) {
    var method = this, bound = [].slice.call(arguments, 1);
    return function () {
      return method.apply(context, bound.concat([].slice.call(arguments)));
    };
  };

  // A polyfill from before JSON was built in, kept "for old browsers".
  var nativeParse = JSON.parse;
  window.JSON = {
    parse: function (text) {
      log("JSON.parse");
      return nativeParse(text, function (key, value) {
        // Its date reviver: ISO-looking strings become Dates.
        return typeof value === "string" && /^\d{4}-\d\d-\d\d/.test(value) ? new Date(value) : value;
      });
    },
    stringify: function stringify(value) {
      log("JSON.stringify");
      if (value && typeof value.toJSON === "function") value = value.toJSON();
      if (typeof value === "string") return '"' + value + '"';
      if (value === null || typeof value !== "object") return String(value);
      var parts = [];
      for (var key in value) parts[parts.length] = '"' + key + '":' + stringify(value[key]);
      return "{" + parts.join(",") + "}";
    },
  };

  var nativeFetch = window.fetch;
  window.fetch = function (input) {
    log("fetch " + input);
    if (!/\/api\//.test(String(input))) throw new TypeError("this desk's fetch only talks to /api/");
    return nativeFetch.apply(window, arguments);
  };

  var nativeAttachShadow = Element.prototype.attachShadow;
  Element.prototype.attachShadow = function (init) {
    log("attachShadow");
    return nativeAttachShadow.call(this, Object.assign({}, init, { mode: "open" }));
  };
})();

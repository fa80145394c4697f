/* The old-engine guard, inlined by webpack.config.js into the <head> of every page (task pane,
   ribbon commands, dialog) before any bundle. It is plain ES5 (tests/office/old-engine-guard.test.ts
   parses it at ES5) so that Internet Explorer 11 ("Trident"), which Office 2016/2019 and old
   Microsoft 365 builds on Windows 7/8.1 still use, can run it: Microsoft's "Support older
   Microsoft webviews and Office versions" recommends a graceful message there
   (https://learn.microsoft.com/office/dev/add-ins/develop/support-ie-11).
   On an engine that lacks what the bundles use, it replaces the page with one plain sentence in
   the display language and, on the command page, completes the ribbon command so that Office
   never waits for it. On any other engine it does nothing but leave window.MVSP_OLD_ENGINE false. */
(function () {
  var w = window;
  var A = Array.prototype;
  // The bundles are ES2018 syntax (scripts/es-level.js) using the ES2019 library
  // (Object.fromEntries, flat, flatMap) and Unicode property escapes: EdgeHTML 18 lacks the
  // library and the escapes, Trident lacks everything.
  var propertyEscapes = false;
  try {
    propertyEscapes = new RegExp("^\\p{L}$", "u").test("\u00e9");
  } catch (unsupported) {
    propertyEscapes = false;
  }
  var modern =
    propertyEscapes &&
    typeof Promise === "function" &&
    typeof Promise.prototype["finally"] === "function" &&
    typeof Symbol === "function" &&
    typeof Map === "function" &&
    typeof Set === "function" &&
    typeof Object.entries === "function" &&
    typeof Object.fromEntries === "function" &&
    typeof A.flat === "function" &&
    typeof A.flatMap === "function" &&
    typeof A.includes === "function" &&
    typeof String.prototype.padStart === "function";
  w.MVSP_OLD_ENGINE = !modern;
  if (modern) return;

  var WORDS = {
    en: ["This add-in needs Microsoft 365 or Office 2021 or later.", "On Windows, it also needs Microsoft Edge WebView2."],
    fr: ["Ce complément nécessite Microsoft 365 ou Office 2021 ou une version ultérieure.", "Sous Windows, il nécessite aussi Microsoft Edge WebView2."],
    es: ["Este complemento requiere Microsoft 365 u Office 2021 o una versión posterior.", "En Windows, también requiere Microsoft Edge WebView2."]
  };

  function officeReady() {
    return typeof Office !== "undefined" && Office.context ? Office.context : null;
  }

  function language() {
    var context = officeReady();
    var locale = (context && context.displayLanguage) || (/[?&]lang=([a-zA-Z-]+)/.exec(w.location.search) || [])[1] || w.navigator.userLanguage || w.navigator.language || "en";
    var code = String(locale).slice(0, 2).toLowerCase();
    return WORDS[code] ? code : "en";
  }

  function show() {
    var body = document.body;
    if (!body) return;
    var lang = language();
    document.documentElement.lang = lang;
    while (body.firstChild) body.removeChild(body.firstChild);
    var box = document.createElement("div");
    box.setAttribute("role", "alert");
    box.style.cssText = "font: 14px/1.45 'Segoe UI', sans-serif; margin: 16px; color: #242424";
    for (var i = 0; i < WORDS[lang].length; i++) {
      var line = document.createElement("p");
      line.appendChild(document.createTextNode(WORDS[lang][i]));
      box.appendChild(line);
    }
    body.appendChild(box);
  }

  /* The ribbon command: show the same sentence in the dialog page (whose own guard renders it),
     then complete the event, at the latest after a minute (the runtime lives at most 5 minutes). */
  function command(event) {
    var done = false;
    function complete() {
      if (done) return;
      done = true;
      try {
        event.completed();
      } catch (ignored) {
        /* nothing more can be done */
      }
    }
    setTimeout(complete, 60000);
    try {
      var url = w.location.href.replace(/[^/?#]*([?#].*)?$/, "dialog.html?lang=" + language());
      Office.context.ui.displayDialogAsync(url, { height: 30, width: 30, displayInIframe: true }, function (result) {
        if (result.status !== "succeeded") return complete();
        result.value.addEventHandler("dialogEventReceived", complete);
      });
    } catch (failed) {
      complete();
    }
  }

  var page = document.documentElement.getAttribute("data-page");
  if (page === "commands") {
    w.evaluateTriggers = command;
    var associate = function () {
      if (typeof Office !== "undefined" && Office.actions && Office.actions.associate) Office.actions.associate("evaluateTriggers", command);
    };
    if (typeof Office !== "undefined" && Office.onReady) Office.onReady(associate);
    else if (typeof Office !== "undefined") Office.initialize = associate;
  } else {
    if (document.addEventListener) document.addEventListener("DOMContentLoaded", show);
    if (typeof Office !== "undefined" && Office.onReady) Office.onReady(show);
    else if (typeof Office !== "undefined") Office.initialize = show;
  }
})();

// Progressive enhancements for the result: a verdict filter and copy buttons.
// The page works without this file; nothing here is needed to read a result.
(function () {
  "use strict";

  function ready(fn) {
    if (document.readyState !== "loading") { fn(); } else { document.addEventListener("DOMContentLoaded", fn); }
  }

  function readData() {
    var node = document.getElementById("claim-data");
    if (!node) { return null; }
    try { return JSON.parse(node.textContent); } catch (e) { return null; }
  }

  function setupFilter() {
    var box = document.getElementById("filters");
    if (!box) { return; }
    box.hidden = false;
    box.addEventListener("change", function () {
      var shown = {};
      box.querySelectorAll("input[name=show]").forEach(function (input) { shown[input.value] = input.checked; });
      document.querySelectorAll(".card[data-verdict]").forEach(function (card) {
        card.hidden = !shown[card.getAttribute("data-verdict")];
      });
      var visible = {};
      document.querySelectorAll(".card[data-verdict]").forEach(function (card, i) {
        visible[String(i + 1)] = !card.hidden;
      });
      document.querySelectorAll("mark.hl").forEach(function (mark) {
        var any = mark.getAttribute("data-claims").split(" ").some(function (n) { return visible[n]; });
        mark.classList.toggle("dim", !any);
      });
      document.querySelectorAll(".tag[data-claim]").forEach(function (tag) {
        tag.hidden = !visible[tag.getAttribute("data-claim")];
      });
    });
  }

  function copyText(text) {
    if (navigator.clipboard && window.isSecureContext) {
      return navigator.clipboard.writeText(text);
    }
    return new Promise(function (resolve, reject) {
      var area = document.createElement("textarea");
      area.value = text;
      area.setAttribute("readonly", "");
      area.className = "offscreen";
      document.body.appendChild(area);
      area.select();
      var ok = false;
      try { ok = document.execCommand("copy"); } catch (e) { ok = false; }
      document.body.removeChild(area);
      if (ok) { resolve(); } else { reject(new Error("copy failed")); }
    });
  }

  function setupCopy(data) {
    var status = document.getElementById("copy-status");
    document.querySelectorAll(".card .copy").forEach(function (box) { box.hidden = false; });
    document.addEventListener("click", function (event) {
      var button = event.target.closest("button[data-copy]");
      if (!button || !data) { return; }
      var i = Number(button.getAttribute("data-index"));
      var kind = button.getAttribute("data-copy");
      var value = kind === "claimreview" ? data.claimreviews[i] : data.claims[i];
      copyText(JSON.stringify(value, null, 2)).then(function () {
        if (status) { status.textContent = status.getAttribute("data-ok"); }
      }, function () {
        if (status) { status.textContent = status.getAttribute("data-fail"); }
      });
    });
  }

  ready(function () {
    var data = readData();
    setupFilter();
    setupCopy(data);
  });
}());

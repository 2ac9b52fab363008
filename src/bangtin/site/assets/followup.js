/* bangtin: filter buttons of /mo-hinh/ (year, unit, field, theme), and the copy buttons of the
 * reminder texts (follow-up of answers). Without this script the filter buttons stay hidden and
 * every practice shows; a reminder can still be selected and copied by hand. Event delegation
 * on document, so it keeps working with Material's instant navigation. No dependency. */
(function () {
  "use strict";

  function setup(root) {
    var box = root.querySelector("[data-bt-filters]");
    if (!box || box.getAttribute("data-bt-ready")) { return; }
    box.setAttribute("data-bt-ready", "1");
    box.hidden = false;
  }

  function apply(box) {
    var chosen = {};
    box.querySelectorAll('button[aria-pressed="true"]').forEach(function (b) {
      var value = b.getAttribute("data-bt-value");
      if (value) { chosen[b.getAttribute("data-bt-facet")] = value; }
    });
    var items = document.querySelectorAll("[data-bt-item]");
    var shown = 0;
    items.forEach(function (item) {
      var ok = Object.keys(chosen).every(function (facet) {
        var values = (item.getAttribute("data-" + facet) || "").split(" ");
        return values.indexOf(chosen[facet]) !== -1;
      });
      item.hidden = !ok;
      if (ok) { shown += 1; }
    });
    var status = document.querySelector("[data-bt-filter-status]");
    if (status) { status.textContent = shown + " / " + items.length + " mô hình"; }
    var empty = document.querySelector("[data-bt-filter-empty]");
    if (empty) { empty.hidden = shown !== 0; }
  }

  /* The reminder texts of /theo-doi/ and of a directive's page: "Sao chép" copies the field
   * (the clipboard API where the page is a secure context, else the selection: an intranet
   * served over http). */
  function fallbackCopy(field) {
    var readOnly = field.readOnly;
    field.readOnly = false; /* iOS Safari selects nothing in a read-only field */
    field.focus();
    field.select();
    field.setSelectionRange(0, field.value.length);
    var ok = false;
    try { ok = document.execCommand("copy"); } catch (error) { ok = false; }
    field.readOnly = readOnly;
    return ok;
  }

  function copyField(button) {
    var field = document.getElementById(button.getAttribute("data-bt-copy"));
    if (!field) { return; }
    var status = button.parentNode.querySelector("[data-bt-copy-status]");
    function say(ok) {
      if (status) { status.textContent = ok ? "Đã sao chép." : "Chưa sao chép được: hãy chọn chữ và sao chép."; }
      if (!ok) { field.select(); }
    }
    if (navigator.clipboard && window.isSecureContext) {
      navigator.clipboard.writeText(field.value).then(
        function () { say(true); },
        function () { say(fallbackCopy(field)); }
      );
    } else {
      say(fallbackCopy(field));
    }
  }

  document.addEventListener("click", function (event) {
    var copy = event.target.closest ? event.target.closest("[data-bt-copy]") : null;
    if (copy) { copyField(copy); return; }
    var button = event.target.closest ? event.target.closest("[data-bt-facet]") : null;
    if (!button) { return; }
    var group = button.parentNode;
    group.querySelectorAll("[data-bt-facet]").forEach(function (b) {
      b.setAttribute("aria-pressed", b === button ? "true" : "false");
    });
    apply(button.closest("[data-bt-filters]"));
  });

  setup(document);
  /* Material's instant navigation swaps the content: set up again when it emits a new document. */
  if (window.document$ && window.document$.subscribe) {
    window.document$.subscribe(function () { setup(document); });
  } else {
    document.addEventListener("DOMContentLoaded", function () { setup(document); });
  }
})();

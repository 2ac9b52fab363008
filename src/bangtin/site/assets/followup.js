/* bangtin: filter buttons of /mo-hinh/ (year, unit, field, theme). Without this script the
 * buttons stay hidden and every practice shows. Event delegation on document, so it keeps
 * working with Material's instant navigation. No dependency. */
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

  document.addEventListener("click", function (event) {
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

/* bangtin: fanpage posts. Copy buttons (Clipboard API, with a fallback for plain http on an
 * intranet), live character counters, and the channel/theme filters of /bai-dang/.
 * No dependency. Event delegation on document, so it keeps working with Material's instant
 * navigation, which swaps the page body without reloading scripts. */
(function () {
  "use strict";

  var TEXT = {
    copied: "Đã sao chép",
    failed: "Chưa sao chép được: hãy chọn nội dung và sao chép thủ công",
    editing: "Đang sửa: nội dung sao chép sẽ là bản đã sửa"
  };
  var STATUS_MS = 2500;

  /* Characters as Facebook and Zalo count them: code points of the NFC text. */
  function count(text) {
    var normal = text.normalize ? text.normalize("NFC") : text;
    return Array.from(normal).length;
  }

  function updateCounters(field) {
    var total = document.querySelector('[data-count-for="' + field.id + '"]');
    var limit = parseInt(field.getAttribute("data-limit"), 10);
    if (total) {
      var n = count(field.value);
      total.textContent = String(n);
      total.classList.toggle("bangtin-over", !isNaN(limit) && n > limit);
    }
    var fold = parseInt(field.getAttribute("data-fold"), 10);
    var first = document.querySelector('[data-fold-for="' + field.id + '"]');
    if (first && !isNaN(fold)) {
      var m = count(field.value.split("\n")[0]);
      first.textContent = String(m);
      first.classList.toggle("bangtin-over", m > fold);
    }
  }

  /* execCommand("copy") still works where the Clipboard API is missing: pages served over
   * plain http (not a secure context) and older phone browsers. */
  function fallbackCopy(field) {
    var readOnly = field.readOnly;
    field.readOnly = false; /* iOS Safari selects nothing in a read-only field */
    field.focus();
    field.select();
    field.setSelectionRange(0, field.value.length);
    var ok = false;
    try {
      ok = document.execCommand("copy");
    } catch (error) {
      ok = false;
    }
    field.readOnly = readOnly;
    return ok;
  }

  function copy(field) {
    if (navigator.clipboard && window.isSecureContext) {
      return navigator.clipboard.writeText(field.value).then(
        function () { return true; },
        function () { return fallbackCopy(field); }
      );
    }
    return Promise.resolve(fallbackCopy(field));
  }

  function say(box, message) {
    var status = box && box.querySelector("[data-bangtin-status]");
    if (!status) return;
    status.textContent = message;
    status.classList.add("bangtin-postbox__status--shown");
    clearTimeout(status._bangtinTimer);
    status._bangtinTimer = setTimeout(function () {
      status.textContent = "";
      status.classList.remove("bangtin-postbox__status--shown");
    }, STATUS_MS);
  }

  function pressed(button, on) {
    button.setAttribute("aria-pressed", on ? "true" : "false");
  }

  function applyFilters(root) {
    var channel = root.querySelector('[data-filter-channel][aria-pressed="true"]');
    var theme = root.querySelector('[data-filter-theme][aria-pressed="true"]');
    var wantChannel = channel ? channel.getAttribute("data-filter-channel") : "";
    var wantTheme = theme ? theme.getAttribute("data-filter-theme") : "";
    var shown = 0;
    root.querySelectorAll("[data-bangtin-post]").forEach(function (item) {
      var themes = (item.getAttribute("data-themes") || "").split(" ");
      var ok = (!wantChannel || item.getAttribute("data-channel") === wantChannel) &&
        (!wantTheme || themes.indexOf(wantTheme) !== -1);
      item.hidden = !ok;
      if (ok) shown += 1;
    });
    var empty = root.querySelector("[data-bangtin-empty]");
    if (empty) empty.hidden = shown !== 0;
  }

  document.addEventListener("click", function (event) {
    var target = event.target;
    if (!(target instanceof Element)) return;

    var copyButton = target.closest("[data-bangtin-copy]");
    if (copyButton) {
      var field = document.getElementById(copyButton.getAttribute("data-bangtin-copy"));
      if (!field) return;
      var box = copyButton.closest("[data-bangtin-postbox]");
      copy(field).then(function (ok) {
        say(box, ok ? TEXT.copied : TEXT.failed);
        if (!ok) field.select();
        copyButton.focus();
      });
      return;
    }

    var editButton = target.closest("[data-bangtin-edit]");
    if (editButton) {
      var editable = document.getElementById(editButton.getAttribute("data-bangtin-edit"));
      if (!editable) return;
      editable.readOnly = !editable.readOnly;
      pressed(editButton, !editable.readOnly);
      if (!editable.readOnly) {
        editable.focus();
        say(editButton.closest("[data-bangtin-postbox]"), TEXT.editing);
      }
      return;
    }

    var filter = target.closest("[data-filter-channel], [data-filter-theme]");
    if (filter) {
      var root = filter.closest("[data-bangtin-posts]");
      var attr = filter.hasAttribute("data-filter-channel") ? "data-filter-channel" : "data-filter-theme";
      root.querySelectorAll("[" + attr + "]").forEach(function (button) {
        pressed(button, button === filter);
      });
      applyFilters(root);
    }
  });

  document.addEventListener("input", function (event) {
    var target = event.target;
    if (target instanceof Element && target.hasAttribute("data-limit")) updateCounters(target);
  });

  function init() {
    document.querySelectorAll("[data-bangtin-posts]").forEach(function (root) {
      root.querySelectorAll("[data-bangtin-filters]").forEach(function (filters) {
        filters.hidden = false;
      });
      applyFilters(root);
    });
    /* Counters are right in the HTML; recount in case the browser restored an edited field. */
    document.querySelectorAll("[data-bangtin-postbox] [data-limit]").forEach(updateCounters);
  }

  if (typeof window.document$ !== "undefined" && window.document$.subscribe) {
    window.document$.subscribe(init); /* Material: runs on every page, instant loading or not */
  } else if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", init);
  } else {
    init();
  }
})();

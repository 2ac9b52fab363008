/* Material for MkDocs' content-tab restoring, moved out of the inline <script> of its
   partials/javascripts/content.html (Content-Security-Policy without inline scripts). Loaded
   right after the page content, as the inline script ran; bangtin's folding of a directive's
   record on phones runs here too, before the page is first drawn. */
(function () {
  var tag = document.currentScript;
  if (tag && tag.hasAttribute("data-tabs-link")) {
    var tabs = window.__md_get && window.__md_get("__tabs");
    if (Array.isArray(tabs)) {
      document.querySelectorAll(".tabbed-set").forEach(function (set) {
        var labels = set.querySelector(".tabbed-labels");
        if (!labels) return;
        for (var i = 0; i < tabs.length; i++) {
          var found = Array.from(labels.getElementsByTagName("label")).find(function (label) {
            return label.innerText.trim() === tabs[i];
          });
          if (found) {
            document.getElementById(found.htmlFor).checked = true;
            return;
          }
        }
      });
    }
  }
  var target = document.getElementById(location.hash.slice(1));
  if (target && target.name) target.checked = target.name.startsWith("__tabbed_");
  // A directive's full record (details[data-bangtin-wide-open]) is open in the HTML, so wide
  // screens, print and browsers without scripts show it; a phone shows the text first.
  var folded = document.querySelectorAll("details[data-bangtin-wide-open]");
  if (folded.length && window.matchMedia("(max-width: 44.9375em)").matches) {
    folded.forEach(function (box) { box.open = false; });
    window.addEventListener("beforeprint", function () {
      folded.forEach(function (box) { box.open = true; });
    });
  }
})();

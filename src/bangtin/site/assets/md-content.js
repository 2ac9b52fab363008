/* Material for MkDocs' content-tab restoring, moved out of the inline <script> of its
   partials/javascripts/content.html (Content-Security-Policy without inline scripts). Loaded
   right after the page content, as the inline script ran. */
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
})();

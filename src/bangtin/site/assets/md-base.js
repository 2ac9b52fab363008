/* Material for MkDocs' page-state helpers, moved out of the inline <script> of its
   partials/javascripts/base.html so the site needs no inline script (Content-Security-Policy).
   The scope comes from the tag's data-scope, exactly the value Material writes inline. */
(function () {
  var tag = document.currentScript;
  var scope = (tag && tag.getAttribute("data-scope")) || ".";
  window.__md_scope = new URL(scope, location);
  window.__md_hash = function (text) {
    return Array.from(text).reduce(function (hash, ch) {
      return (hash << 5) - hash + ch.charCodeAt(0);
    }, 0);
  };
  window.__md_get = function (key, storage, base) {
    storage = storage || localStorage;
    base = base || window.__md_scope;
    return JSON.parse(storage.getItem(base.pathname + "." + key));
  };
  window.__md_set = function (key, value, storage, base) {
    storage = storage || localStorage;
    base = base || window.__md_scope;
    try {
      storage.setItem(base.pathname + "." + key, JSON.stringify(value));
    } catch (err) {
      /* storage full or forbidden: the state is simply not kept */
    }
  };
})();

/* bangtin: the lookup page /tra-cuu/ ("Tra cứu văn bản"), a filtered table of api/van-ban.json.
 *
 * The filters live in the query string (?q=&loai=&co-quan=&nam=&chu-de=&tinh-trang=&sap-xep=),
 * so a filtered view is a link one can share; the back button walks through filter changes.
 * Text from the JSON or the URL reaches the page through textContent only, never innerHTML.
 * Values from either are keys of Maps (or checked as own properties), never of plain objects:
 * "?sap-xep=__proto__" or a unit named "constructor" would find Object's own properties there.
 */
(function () {
  "use strict";

  var PAGE = 200;
  // URL parameter, record field, how a record gives its values.
  var FACETS = [
    { param: "loai", values: function (r) { return [r.type]; } },
    { param: "co-quan", values: function (r) { return r.issuer ? [r.issuer] : []; } },
    { param: "nam", values: function (r) { return [r.date.slice(0, 4)]; } },
    { param: "chu-de", values: function (r) { return (r.themes || []).map(String); } },
    { param: "tinh-trang", values: function (r) { return [r.status]; } }
  ];
  var SORTS = {
    "ngay-giam": function (a, b) { return cmpDate(b, a) || cmpNumber(a, b); },
    "ngay-tang": function (a, b) { return cmpDate(a, b) || cmpNumber(a, b); },
    "so-tang": function (a, b) { return cmpNumber(a, b) || cmpDate(b, a); },
    "so-giam": function (a, b) { return cmpNumber(b, a) || cmpDate(b, a); }
  };
  var DEFAULT_SORT = "ngay-giam";

  function own(object, key) { return Object.prototype.hasOwnProperty.call(object, key); }

  function foldAll(text) {
    return String(text).normalize("NFC").replace(/đ/g, "d").replace(/Đ/g, "D")
      .normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase();
  }

  function words(text) {
    return foldAll(text).split(/[^0-9a-z]+/).filter(Boolean);
  }

  function cmpDate(a, b) { return a.date < b.date ? -1 : a.date > b.date ? 1 : 0; }

  function cmpNumber(a, b) {
    var x = parseInt(a.number, 10) || 0, y = parseInt(b.number, 10) || 0;
    if (x !== y) return x - y;
    return a._key < b._key ? -1 : a._key > b._key ? 1 : 0;
  }

  function shortDate(iso) {
    // "2024-03-07" -> "07/3/2024"; months 1 and 2 zero-padded as the documents write them.
    var p = iso.split("-"), m = parseInt(p[1], 10);
    return p[2] + "/" + (m < 3 ? p[1] : String(m)) + "/" + p[0];
  }

  function Lookup(root) {
    this.root = root;
    this.base = new URL(root.getAttribute("data-bangtin-root") || "../", document.baseURI).href;
    this.api = new URL(root.getAttribute("data-bangtin-api") || "api/van-ban.json", document.baseURI).href;
    this.form = root.querySelector("[data-bangtin-lookup-form]");
    this.text = this.form.querySelector("input[name=q]");
    this.count = root.querySelector("[data-bangtin-lookup-count]");
    this.rows = root.querySelector("[data-bangtin-lookup-rows]");
    this.more = root.querySelector("[data-bangtin-lookup-more]");
    this.sortButtons = root.querySelectorAll("[data-sort]");
    this.records = [];
    this.labels = new Map();
    this.state = null;
    this.limit = PAGE;
  }

  Lookup.prototype.start = function () {
    var self = this;
    fetch(this.api, { credentials: "same-origin" }).then(function (response) {
      if (!response.ok) throw new Error(response.status);
      return response.json();
    }).then(function (records) {
      self.prepare(records);
      self.bind();
      self.state = self.readUrl();
      self.render();
    }).catch(function () {
      self.count.textContent = "Không tải được danh sách văn bản.";
    });
  };

  Lookup.prototype.prepare = function (records) {
    var labels = new Map(FACETS.map(function (f) { return [f.param, new Map()]; }));
    records.forEach(function (r) {
      r._hay = words(r.number + " " + r.subject);
      r._key = words(r.number).join("-");
      labels.get("loai").set(r.type, r.type);
      if (r.issuer) labels.get("co-quan").set(r.issuer, r.issuer_name || r.issuer);
      labels.get("nam").set(r.date.slice(0, 4), r.date.slice(0, 4));
      (r.themes || []).forEach(function (t) { labels.get("chu-de").set(String(t), "Chủ đề năm " + t); });
      labels.get("tinh-trang").set(r.status, r.status_label || r.status);
    });
    this.records = records;
    this.labels = labels;
  };

  Lookup.prototype.bind = function () {
    var self = this;
    var typing = null;
    this.form.addEventListener("submit", function (event) { event.preventDefault(); });
    this.text.addEventListener("input", function () {
      // Typing replaces the current history entry: one entry per word would make "back" useless.
      window.clearTimeout(typing);
      typing = window.setTimeout(function () { self.update(false); }, 120);
    });
    this.form.querySelectorAll("select").forEach(function (select) {
      select.addEventListener("change", function () { self.update(true); });
    });
    this.form.addEventListener("reset", function () {
      window.setTimeout(function () { self.update(true); }, 0);
    });
    Array.prototype.forEach.call(this.sortButtons, function (button) {
      button.addEventListener("click", function () {
        var key = button.getAttribute("data-sort");
        var current = self.state.sort;
        var next = key === "date"
          ? (current === "ngay-giam" ? "ngay-tang" : "ngay-giam")
          : (current === "so-tang" ? "so-giam" : "so-tang");
        self.state.sort = next;
        self.writeUrl(true);
        self.render();
      });
    });
    if (this.more) {
      this.more.addEventListener("click", function () { self.limit += PAGE; self.renderRows(); });
    }
    window.addEventListener("popstate", function () {
      self.state = self.readUrl();
      self.render();
    });
  };

  Lookup.prototype.readUrl = function () {
    var params = new URLSearchParams(window.location.search);
    var state = { q: params.get("q") || "", sort: params.get("sap-xep") || DEFAULT_SORT, facets: {} };
    if (!own(SORTS, state.sort)) state.sort = DEFAULT_SORT;
    FACETS.forEach(function (f) { state.facets[f.param] = params.get(f.param) || ""; });
    return state;
  };

  Lookup.prototype.update = function (push) {
    var self = this;
    this.state.q = this.text.value;
    FACETS.forEach(function (f) {
      self.state.facets[f.param] = self.form.querySelector("select[name=" + f.param + "]").value;
    });
    this.writeUrl(push);
    this.render();
  };

  Lookup.prototype.writeUrl = function (push) {
    var params = new URLSearchParams();
    var state = this.state;
    if (state.q.trim()) params.set("q", state.q.trim());
    FACETS.forEach(function (f) { if (state.facets[f.param]) params.set(f.param, state.facets[f.param]); });
    if (state.sort !== DEFAULT_SORT) params.set("sap-xep", state.sort);
    var query = params.toString();
    var url = window.location.pathname + (query ? "?" + query : "") + window.location.hash;
    if (url === window.location.pathname + window.location.search + window.location.hash) return;
    if (push) window.history.pushState(null, "", url);
    else window.history.replaceState(null, "", url);
  };

  Lookup.prototype.matches = function (record, skip) {
    var state = this.state;
    for (var i = 0; i < FACETS.length; i++) {
      var f = FACETS[i], wanted = state.facets[f.param];
      if (!wanted || f.param === skip) continue;
      if (f.values(record).indexOf(wanted) < 0) return false;
    }
    var tokens = this.tokens;
    for (var t = 0; t < tokens.length; t++) {
      var found = false;
      for (var w = 0; w < record._hay.length; w++) {
        if (record._hay[w].indexOf(tokens[t]) === 0) { found = true; break; }
      }
      if (!found) return false;
    }
    return true;
  };

  Lookup.prototype.render = function () {
    var self = this;
    var state = this.state;
    this.tokens = words(state.q);
    this.limit = PAGE;
    if (this.text.value !== state.q) this.text.value = state.q;
    FACETS.forEach(function (f) { self.renderFacet(f); });
    this.matched = this.records.filter(function (r) { return self.matches(r, null); });
    this.matched.sort(SORTS[state.sort]);
    Array.prototype.forEach.call(this.sortButtons, function (button) {
      var key = button.getAttribute("data-sort");
      var order = "none";
      if (key === "date" && /^ngay/.test(state.sort)) order = state.sort === "ngay-tang" ? "ascending" : "descending";
      if (key === "number" && /^so/.test(state.sort)) order = state.sort === "so-tang" ? "ascending" : "descending";
      button.parentNode.setAttribute("aria-sort", order);
    });
    var n = this.matched.length;
    this.count.textContent = n === 0
      ? "Không có văn bản nào khớp với bộ lọc."
      : n.toLocaleString("vi-VN") + " văn bản" + (n < this.records.length ? " (trên tổng số " + this.records.length.toLocaleString("vi-VN") + ")" : "");
    this.renderRows();
  };

  Lookup.prototype.renderFacet = function (facet) {
    var self = this;
    var select = this.form.querySelector("select[name=" + facet.param + "]");
    if (!select) return;
    var counts = new Map();
    this.records.forEach(function (r) {
      if (!self.matches(r, facet.param)) return;
      facet.values(r).forEach(function (v) { counts.set(v, (counts.get(v) || 0) + 1); });
    });
    var labels = this.labels.get(facet.param);
    var keys = Array.from(labels.keys());
    var numeric = facet.param === "nam" || facet.param === "chu-de";
    keys.sort(function (a, b) { return numeric ? b.localeCompare(a) : labels.get(a).localeCompare(labels.get(b), "vi"); });
    var wanted = this.state.facets[facet.param];
    if (wanted && !labels.has(wanted)) keys.push(wanted);  // a shared link to a value gone since
    while (select.options.length > 1) select.remove(1);
    keys.forEach(function (key) {
      var option = document.createElement("option");
      option.value = key;
      option.textContent = (labels.has(key) ? labels.get(key) : key) + " (" + (counts.get(key) || 0).toLocaleString("vi-VN") + ")";
      select.appendChild(option);
    });
    select.value = wanted;
  };

  Lookup.prototype.renderRows = function () {
    var self = this;
    var body = document.createDocumentFragment();
    this.matched.slice(0, this.limit).forEach(function (r) { body.appendChild(self.row(r)); });
    this.rows.textContent = "";
    this.rows.appendChild(body);
    if (this.more) this.more.hidden = this.matched.length <= this.limit;
  };

  /* The trích yếu with the typed words marked (highlight.js): where they stand together, that
   * run; else each whole word, the last one also as the start of a word being typed. */
  Lookup.prototype.marked = function (text) {
    var highlight = window.bangtinHighlight;
    if (!highlight || !this.tokens.length) return text;
    var query = new highlight.Query({ words: this.tokens, prefix: !/\s$/.test(this.state.q) });
    return highlight.mark(document.createElement("span"), text, query.marker([text])(text));
  };

  function cell(row, label, content) {
    var td = document.createElement("td");
    td.setAttribute("data-label", label);
    if (typeof content === "string") td.textContent = content;
    else td.appendChild(content);
    row.appendChild(td);
    return td;
  }

  Lookup.prototype.row = function (r) {
    var tr = document.createElement("tr");
    var link = document.createElement("a");
    link.href = new URL(r.url, this.base).href;
    link.textContent = r.number;
    cell(tr, "Số, ký hiệu", link);
    cell(tr, "Ngày", shortDate(r.date));
    cell(tr, "Loại", r.type);
    cell(tr, "Trích yếu", this.marked(r.subject));
    cell(tr, "Cơ quan ban hành", r.issuer_name || r.issuer);
    cell(tr, "Tình trạng", r.status_label || r.status);
    return tr;
  };

  function start() {
    var root = document.querySelector("[data-bangtin-lookup]");
    if (root && !root.bangtinLookup) {
      root.bangtinLookup = new Lookup(root);
      root.bangtinLookup.start();
    }
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})();

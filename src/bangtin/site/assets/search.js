/* bangtin: Pagefind search in Material's header box, with Vietnamese matching and filters.
 *
 * The index (built by bangtin.search.build_search_index) holds, for each page, its heading and
 * the first words of its text, readable, and between two "⁂" marks a hidden bag of every other
 * distinct word, every word with "đ" written "d", and number keys ("2078cvduk"). So the query gets
 * "đ" written "d" here, a query that looks like a document number is turned into its key, and the
 * text between "⁂" marks is cut out before an excerpt is built: excerpts keep their diacritics.
 * The bag also holds each pair of neighbouring syllables folded and joined ("danvan"), and a
 * query of several words is asked as its pairs first ("dan van kheo" -> "danvan vankheo"): a
 * pair is rare where a syllable is everywhere, so the query downloads far less of the index.
 * A query starts DELAY ms after the last keystroke, so a typist's half-words fetch nothing.
 * Every piece of text reaches the page through textContent, never innerHTML.
 */
(function () {
  "use strict";

  var SENTINEL = "\u2042";
  var PAGE_SIZE = 10;
  var EXCERPT_WORDS = 26;
  var DELAY = 80;
  var FILTERS = [
    ["loai", "Loại văn bản"],
    ["co_quan", "Cơ quan ban hành"],
    ["nam", "Năm"],
    ["chu_de", "Chủ đề năm"],
    ["tinh_trang", "Tình trạng"]
  ];
  var TEXT = {
    placeholder: "Nhập để bắt đầu tìm kiếm",
    loading: "Đang tìm…",
    none: "Không tìm thấy kết quả",
    one: "1 kết quả",
    other: "# kết quả",
    all: "Tất cả",
    more: "Xem thêm kết quả",
    failed: "Không tải được chỉ mục tìm kiếm"
  };

  var script = document.currentScript;

  /* "Đảng ủy" -> "Dảng ủy": Pagefind ignores tone marks itself, only "đ" needs help. */
  function foldD(text) {
    return text.normalize("NFC").replace(/đ/g, "d").replace(/Đ/g, "D");
  }

  /* "Đảng ủy Khối" -> "dang uy khoi": the matching key for excerpts. */
  function foldAll(text) {
    return foldD(text).normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase();
  }

  /* Same as bangtin.search.compact_key: "2078-CV/ĐUK" -> "2078cvduk". */
  function compactKey(text) {
    return foldAll(text).replace(/[^0-9a-z]+/g, "");
  }

  /* A query that is a document number ("2078-CV/ĐUK", "2078-cv-duk", "2078/ĐUK", "08/KH-UBND"). */
  var NUMBER = /^\d{1,6}[a-z]?(?:\s*[-\/.–]\s*[0-9a-z]+)+$/;

  /* Same as bangtin.search.syllable_pairs for a typed query: "dan van kheo" -> "danvan vankheo".
   * Each word is matched as a prefix, and a syllable ("dan") starts dozens of words found in
   * most pages; a pair is rare, so the index chunks it needs are small. Null for one word. */
  function queryPairs(query) {
    var keys = query.split(" ").map(compactKey).filter(function (k) { return k; });
    if (keys.length < 2) return null;
    var pairs = [];
    for (var i = 0; i + 1 < keys.length; i++) {
      var pair = keys[i] + keys[i + 1];
      if (pairs.indexOf(pair) < 0) pairs.push(pair);
    }
    return pairs.join(" ");
  }

  /* What to ask Pagefind: the number key or the syllable pairs first, the words if that finds
   * nothing (the words are not neighbours in the text, or are split by a comma). */
  function planQuery(raw) {
    var query = raw.normalize("NFC").trim().replace(/\s+/g, " ");
    var folded = foldAll(query);
    var terms = folded.split(/[^0-9a-z]+/);
    if (NUMBER.test(folded)) return { text: compactKey(query), fallback: foldD(query), terms: terms };
    var pairs = queryPairs(query);
    if (pairs) return { text: pairs, fallback: foldD(query), terms: terms };
    return { text: foldD(query), fallback: null, terms: terms };
  }

  function siteRoot() {
    var box = document.querySelector("[data-bangtin-root]");
    if (box) return new URL(box.getAttribute("data-bangtin-root"), document.baseURI).href;
    if (script && script.src) return new URL("../../", script.src).href;
    return new URL("/", document.baseURI).href;
  }

  /* Visible text of a result: the hidden "⁂ ... ⁂" copies cut out. */
  function visibleText(content) {
    var re = new RegExp(SENTINEL + "[^" + SENTINEL + "]*" + SENTINEL + "\\.?", "g");
    return content.replace(re, " ").replace(/\s+/g, " ").trim();
  }

  function isHit(word, terms) {
    var key = foldAll(word).replace(/^[^0-9a-z]+|[^0-9a-z]+$/g, "");
    if (!key) return false;
    var parts = key.split(/[^0-9a-z]+/);
    var compact = key.replace(/[^0-9a-z]+/g, "");
    for (var i = 0; i < terms.length; i++) {
      var t = terms[i];
      if (!t) continue;
      if (compact.indexOf(t) === 0) return true;
      for (var j = 0; j < parts.length; j++) if (parts[j].indexOf(t) === 0) return true;
    }
    return false;
  }

  /* Append words to a node, the hits wrapped in <mark>. */
  function appendMarked(node, words, hits, start, end) {
    for (var k = start; k < end; k++) {
      if (k > start) node.appendChild(document.createTextNode(" "));
      if (hits[k]) {
        var mark = document.createElement("mark");
        mark.textContent = words[k];
        node.appendChild(mark);
      } else {
        node.appendChild(document.createTextNode(words[k]));
      }
    }
  }

  function markedText(node, text, terms) {
    var words = text.split(" ");
    appendMarked(node, words, words.map(function (w) { return isHit(w, terms); }), 0, words.length);
    return node;
  }

  /* The page's readable text (its lead) without the heading that the result already shows. */
  function leadText(content, title) {
    var text = visibleText(content);
    if (title && text.indexOf(title) === 0) text = text.slice(title.length).replace(/^[\s.:;,]+/, "");
    return text;
  }

  /* The window of words with the most hits, as DOM nodes with <mark>. */
  function excerptNode(text, terms) {
    var words = text.split(" ");
    var hits = words.map(function (w) { return isHit(w, terms) ? 1 : 0; });
    var best = 0, bestCount = -1, count = 0, size = Math.min(EXCERPT_WORDS, words.length);
    for (var i = 0; i < words.length; i++) {
      count += hits[i];
      if (i >= size) count -= hits[i - size];
      if (i >= size - 1 && count > bestCount) { bestCount = count; best = i - size + 1; }
    }
    if (bestCount <= 0) best = 0;
    var start = Math.max(0, best - 2), end = Math.min(words.length, start + size);
    var node = document.createElement("p");
    if (start > 0) node.appendChild(document.createTextNode("… "));
    appendMarked(node, words, hits, start, end);
    if (end < words.length && words[words.length - 1] !== "…") node.appendChild(document.createTextNode(" …"));
    return node;
  }

  function countText(n) {
    return n === 0 ? TEXT.none : n === 1 ? TEXT.one : TEXT.other.replace("#", n.toLocaleString("vi-VN"));
  }

  function Search(box) {
    this.box = box;
    this.form = box.querySelector("form");
    this.input = box.querySelector("[data-bangtin-search-query]");
    this.meta = box.querySelector("[data-bangtin-search-meta]");
    this.list = box.querySelector("[data-bangtin-search-list]");
    this.more = box.querySelector("[data-bangtin-search-more]");
    this.filterBox = box.querySelector("[data-bangtin-search-filters]");
    this.filterList = box.querySelector("[data-bangtin-search-filter-list]");
    this.filtersLoaded = false;
    this.toggle = document.getElementById("__search");
    this.root = siteRoot();
    this.pagefind = null;
    this.loading = null;
    this.filters = {};
    this.results = [];
    this.shown = 0;
    this.terms = [];
    this.seq = 0;
    this.bind();
  }

  Search.prototype.load = function () {
    var self = this;
    if (!this.loading) {
      this.loading = import(this.root + "pagefind/pagefind.js").then(function (pf) {
        return pf.options({ baseUrl: new URL(self.root).pathname, excerptLength: 0 }).then(function () {
          return pf.init().then(function () {
            self.pagefind = pf;
            return pf;
          });
        });
      });
      this.loading.catch(function () { self.meta.textContent = TEXT.failed; });
    }
    return this.loading;
  };

  Search.prototype.bind = function () {
    var self = this;
    this.input.addEventListener("focus", function () {
      self.load();
      if (self.toggle && !self.toggle.checked) self.toggle.checked = true;
    });
    // Wait for a pause in typing: every half-typed word would fetch its own index chunks.
    this.input.addEventListener("input", function () {
      window.clearTimeout(self.timer);
      self.timer = window.setTimeout(function () { self.run(); }, DELAY);
    });
    this.form.addEventListener("submit", function (event) {
      event.preventDefault();
      var first = self.list.querySelector("a");
      if (first) window.location.href = first.href;
    });
    this.form.addEventListener("reset", function () {
      window.setTimeout(function () { self.filters = {}; self.run(); self.input.focus(); }, 0);
    });
    this.more.addEventListener("click", function () { self.renderMore(); });
    // Pagefind counts filter values only once their chunks are loaded, and at 10,000 pages they
    // weigh about as much as a query: load them when someone opens "Lọc kết quả", not before.
    this.filterBox.addEventListener("toggle", function () {
      if (!self.filterBox.open || self.filtersLoaded) return;
      self.filtersLoaded = true;
      self.load().then(function (pf) { return pf.filters(); }).then(function () { self.run(); });
    });
    if (this.toggle) {
      this.toggle.addEventListener("change", function () {
        if (self.toggle.checked) { self.load(); window.setTimeout(function () { self.input.focus(); }, 50); }
        else self.input.blur();
      });
    }
    document.addEventListener("keydown", function (event) { self.onKey(event); });
  };

  Search.prototype.onKey = function (event) {
    var open = this.toggle && this.toggle.checked;
    var target = event.target;
    var typing = target && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));
    if (!open) {
      if (!typing && !event.ctrlKey && !event.metaKey && !event.altKey && /^[/sf]$/.test(event.key)) {
        event.preventDefault();
        if (this.toggle) this.toggle.checked = true;
        this.load();
        this.input.focus();
      }
      return;
    }
    if (event.key === "Escape") {
      this.toggle.checked = false;
      this.input.blur();
    } else if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      var links = Array.prototype.slice.call(this.list.querySelectorAll("a"));
      if (!links.length) return;
      event.preventDefault();
      var at = links.indexOf(document.activeElement);
      var next = event.key === "ArrowDown" ? at + 1 : at - 1;
      if (next < 0) { this.input.focus(); return; }
      links[Math.min(next, links.length - 1)].focus();
    }
  };

  Search.prototype.activeFilters = function () {
    var out = {}, any = false;
    for (var key in this.filters) if (this.filters[key]) { out[key] = this.filters[key]; any = true; }
    return any ? out : null;
  };

  /* One search in flight at a time; keystrokes that arrive meanwhile collapse into the latest
   * query, so a fast typist waits for at most one stale search, never for a queue of them. */
  Search.prototype.run = function () {
    var self = this;
    this.seq++;
    if (this.busy) return;
    this.busy = true;
    this.step().then(function () { self.busy = false; }, function (error) {
      self.busy = false;
      self.meta.textContent = TEXT.failed;
      if (window.console) window.console.error(error);
    });
  };

  Search.prototype.step = async function () {
    var seq = this.seq;
    var started = performance.now();
    var raw = this.input.value;
    var filters = this.activeFilters();
    var words = raw.trim();
    // One letter would expand to every word that starts with it: wait for a second one.
    if ((!words || (words.length < 2 && !/\d/.test(words))) && !filters) {
      this.clear();
      return this.again(seq);
    }
    var plan = planQuery(raw);
    var pf = await this.load();
    var term = words ? plan.text : null;
    // Without words, list the filtered documents newest first rather than in index order.
    var options = term ? { filters: filters || {} } : { filters: filters, sort: { date: "desc" } };
    var found = await pf.search(term, options);
    if (found && found.results.length === 0 && plan.fallback && seq === this.seq) {
      found = await pf.search(plan.fallback, { filters: filters || {} });
    }
    var searched = performance.now();
    if (seq !== this.seq || !found) return this.again(seq);
    this.terms = plan.terms;
    this.results = found.results;
    this.shown = 0;
    // Each result shows as soon as it and those above it have their text: the first lines of
    // a long list need not wait for the slowest of its ten fragments.
    var pending = this.nextPending();
    var shown = 0;
    var self = this;
    var announce = function () {
      self.list.textContent = "";
      self.meta.textContent = countText(found.results.length);
      self.renderFilters(found.filters || {});
    };
    for (var i = 0; i < pending.length; i++) {
      var item = await pending[i];
      if (seq !== this.seq) return this.again(seq);
      if (shown === 0) announce();
      this.list.appendChild(item);
      shown++;
      if (shown === 1) this.announced(raw, found, started, searched);
    }
    if (shown === 0) {
      announce();
      this.announced(raw, found, started, searched);
    }
    return this.again(seq);
  };

  /* Tells listeners (tests, scripts/search_bench.py) that the first results are on screen. */
  Search.prototype.announced = function (raw, found, started, searched) {
    this.box.dispatchEvent(new CustomEvent("bangtin:results", {
      bubbles: true,
      detail: {
        query: raw, count: found.results.length, ms: performance.now() - started,
        searched: searched - started, timings: found.timings
      }
    }));
  };

  Search.prototype.again = function (seq) {
    return seq === this.seq ? undefined : this.step();
  };

  Search.prototype.clear = function () {
    this.results = [];
    this.list.textContent = "";
    this.more.hidden = true;
    this.meta.textContent = TEXT.placeholder;
    this.filterBox.hidden = true;
  };

  /* The next page of results, as one promise of a list item per result. */
  Search.prototype.nextPending = function () {
    var batch = this.results.slice(this.shown, this.shown + PAGE_SIZE);
    this.shown += batch.length;
    this.more.hidden = this.shown >= this.results.length;
    var self = this;
    return batch.map(function (r) { return r.data().then(function (page) { return self.resultNode(page); }); });
  };

  Search.prototype.nextItems = function () {
    return Promise.all(this.nextPending());
  };

  Search.prototype.renderMore = async function () {
    var seq = this.seq;
    var items = await this.nextItems();
    if (seq === this.seq) items.forEach(function (item) { this.list.appendChild(item); }, this);
  };

  Search.prototype.resultNode = function (page) {
    var meta = page.meta || {};
    var item = document.createElement("li");
    item.className = "md-search-result__item";
    var link = document.createElement("a");
    link.className = "md-search-result__link";
    link.href = page.url;
    link.tabIndex = -1;
    var article = document.createElement("article");
    article.className = "md-search-result__article md-typeset";
    var title = document.createElement("h1");
    title.textContent = meta.title || page.url;
    article.appendChild(title);
    if (meta.subject || meta.date) {
      var sub = document.createElement("p");
      sub.className = "bangtin-search__sub";
      if (meta.date) sub.appendChild(document.createTextNode(meta.date + (meta.subject ? " · " : "")));
      if (meta.subject) markedText(sub, meta.subject, this.terms);
      article.appendChild(sub);
    }
    var lead = leadText(page.content || "", meta.title);
    if (lead) article.appendChild(excerptNode(lead, this.terms));
    link.appendChild(article);
    item.appendChild(link);
    return item;
  };

  Search.prototype.renderFilters = function (counts) {
    var self = this;
    this.filterList.textContent = "";
    var any = false;
    FILTERS.forEach(function (entry) {
      var key = entry[0], values = counts[key];
      if (!values || !Object.keys(values).length) {
        if (!self.filtersLoaded) any = true;  // keep the closed "Lọc kết quả" to open
        return;
      }
      any = true;
      var label = document.createElement("label");
      label.className = "bangtin-search__filter";
      var name = document.createElement("span");
      name.textContent = entry[1];
      var select = document.createElement("select");
      select.setAttribute("data-filter", key);
      var all = document.createElement("option");
      all.value = "";
      all.textContent = TEXT.all;
      select.appendChild(all);
      Object.keys(values).sort(function (a, b) {
        return key === "nam" || key === "chu_de" ? b.localeCompare(a, "vi") : a.localeCompare(b, "vi");
      }).forEach(function (value) {
        var option = document.createElement("option");
        option.value = value;
        option.textContent = value + " (" + values[value].toLocaleString("vi-VN") + ")";
        if (values[value] === 0 && self.filters[key] !== value) option.disabled = true;
        select.appendChild(option);
      });
      select.value = self.filters[key] || "";
      select.addEventListener("change", function () {
        self.filters[key] = select.value;
        self.run();
      });
      label.appendChild(name);
      label.appendChild(select);
      self.filterList.appendChild(label);
    });
    this.filterBox.hidden = !any;
  };

  function start() {
    var box = document.querySelector("[data-bangtin-search]");
    if (box && !box.bangtinSearch) box.bangtinSearch = new Search(box);
  }

  window.bangtinSearch = {
    foldD: foldD, foldAll: foldAll, compactKey: compactKey, queryPairs: queryPairs, planQuery: planQuery
  };
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})();

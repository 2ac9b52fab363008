/* bangtin: where the typed words stand in a result's text, for the header search (search.js)
 * and the lookup page (lookup.js). No dependency; text reaches the page through text nodes only.
 *
 * A query is its folded words in the order typed (tone marks off, "đ" -> "d", lowercase, as
 * bangtin.features.search.terms folds them). Where they stand together, in that order, in the
 * text of a result (its title, trích yếu and excerpt), that run is marked as one; single words
 * are marked only when no such run is in the result, so "dan van kheo" marks "Dân vận khéo" and
 * not "văn" in "Công văn" nor "dẫn" in "Hướng dẫn". A word is always a whole syllable, never part
 * of a longer one. A document number ("2078-CV/ĐUK") is marked where the number stands.
 */
(function () {
  "use strict";

  /* Punctuation outside ASCII that separates words: the same list as SPACES in search.js. */
  var SPACES = /[\u00a0\u2002\u2003\u2009\u200b\u201c\u201d\u2018\u2019\u2013\u2014\u2026\u00ab\u00bb\u2022\u00b7]/g;
  var TOKEN = /[\p{L}\p{M}\p{N}]+/gu;
  // What may stand between two words of a run: a space, a quote, a hyphen or a slash, never the
  // end of a sentence or a clause.
  var GAP = /^[\s"'“”‘’«»*_\-–—\/]{1,3}$/;
  var NUMBER_GAP = /^[\s\-–\/.]{0,3}$/;
  var ELLIPSIS = "…";

  function fold(text) {
    return String(text).normalize("NFD").replace(/[đĐ]/g, "d").replace(SPACES, " ")
      .replace(/[^\x00-\x7f]/g, "").toLowerCase().replace(/[^0-9a-z]+/g, " ").trim();
  }

  /* The syllables of a text: [{start, end, key}], key folded ("Đảng" -> "dang"). */
  function tokens(text) {
    var out = [], m;
    TOKEN.lastIndex = 0;
    while ((m = TOKEN.exec(text))) {
      var key = fold(m[0]).replace(/ /g, "");
      if (key) out.push({ start: m.index, end: m.index + m[0].length, key: key });
    }
    return out;
  }

  /* A query: words (folded, in the order typed, repeats kept), the words that may stand for the
   * last one (completions of a word being typed), whether the last may be the start of a longer
   * word (the lookup page), and the compact key of a document number. */
  function Query(options) {
    this.words = (options.words || []).filter(Boolean);
    this.alternatives = {};
    var self = this;
    (options.alternatives || []).forEach(function (w) { self.alternatives[w] = true; });
    this.prefix = !!options.prefix;
    this.number = options.number || null;
  }

  Query.prototype.fits = function (key, at) {
    var word = this.words[at];
    if (key === word) return true;
    if (at !== this.words.length - 1) return false;
    return this.alternatives[key] === true || (this.prefix && key.indexOf(word) === 0);
  };

  Query.prototype.isWord = function (key) {
    for (var i = 0; i < this.words.length; i++) if (this.fits(key, i)) return true;
    return false;
  };

  /* Where the whole query stands as a run of words: [[start, end], ...]. */
  Query.prototype.runs = function (text) {
    if (this.number) return this.numberRuns(text);
    var n = this.words.length, out = [];
    if (n < 2) return out;
    var list = tokens(text);
    for (var i = 0; i + n <= list.length; i++) {
      var ok = true;
      for (var k = 0; k < n && ok; k++) {
        ok = this.fits(list[i + k].key, k) &&
          (k === 0 || GAP.test(text.slice(list[i + k - 1].end, list[i + k].start)));
      }
      if (ok) {
        out.push([list[i].start, list[i + n - 1].end]);
        i += n - 1;
      }
    }
    return out;
  };

  /* A number: the syllables whose keys joined give its compact key ("2078", "CV", "ĐUK"). */
  Query.prototype.numberRuns = function (text) {
    var list = tokens(text), out = [], want = this.number;
    for (var i = 0; i < list.length; i++) {
      var joined = "";
      for (var j = i; j < list.length; j++) {
        if (j > i && !NUMBER_GAP.test(text.slice(list[j - 1].end, list[j].start))) break;
        joined += list[j].key;
        if (joined === want) { out.push([list[i].start, list[j].end]); i = j; break; }
        if (want.indexOf(joined) !== 0) break;
      }
    }
    return out;
  };

  /* Every syllable that is one of the words: [[start, end], ...]. */
  Query.prototype.singles = function (text) {
    var self = this;
    return tokens(text).filter(function (t) { return self.isWord(t.key); })
      .map(function (t) { return [t.start, t.end]; });
  };

  /* How many different words of the query a text holds. */
  Query.prototype.score = function (text) {
    var seen = {}, count = 0, self = this;
    tokens(text).forEach(function (t) {
      for (var i = 0; i < self.words.length; i++) {
        if (!seen[i] && self.fits(t.key, i)) { seen[i] = true; count++; }
      }
    });
    return count;
  };

  /* What to mark in a result made of these texts: the runs if any text holds one, else the
   * single words. Returns a function text -> ranges. */
  Query.prototype.marker = function (texts) {
    var self = this;
    var together = texts.some(function (t) { return t && self.runs(t).length > 0; });
    if (together || this.number) return function (text) { return self.runs(text); };
    return function (text) { return self.singles(text); };
  };

  /* The passage to show under a result: the first where the query stands as a run, else the
   * one holding most of its words (the earliest of equals), cut to about `size` characters
   * around the first place it matches ({text, cut, at}: `at` the passage's index). Null when no
   * passage holds any word. */
  Query.prototype.excerpt = function (passages, size) {
    var best = null, bestScore = 0;
    for (var i = 0; i < passages.length; i++) {
      var runs = this.runs(passages[i]);
      if (runs.length) return fromPassage(cutAround(passages[i], runs[0][0], size), i);
      if (this.number) continue;
      var score = this.score(passages[i]);
      if (score > bestScore) { best = i; bestScore = score; }
    }
    if (best === null) return null;
    var first = this.singles(passages[best])[0];
    return fromPassage(cutAround(passages[best], first ? first[0] : 0, size), best);
  };

  /* An excerpt with the index of the passage it was cut from (a sub-result's heading). */
  function fromPassage(found, index) {
    found.at = index;
    return found;
  }

  /* About `size` characters of `text` from a little before `at`, cut at spaces, with "…" where
   * text was left out. */
  function cutAround(text, at, size) {
    if (text.length <= size) return { text: text, cut: false };
    var start = Math.max(0, at - Math.floor(size / 4));
    if (start > 0) {
      var space = text.lastIndexOf(" ", start);
      start = space > 0 ? space + 1 : 0;
    }
    var end = Math.min(text.length, start + size);
    if (end < text.length) {
      var back = text.lastIndexOf(" ", end);
      if (back > at) end = back;
    }
    var out = text.slice(start, end);
    return { text: (start > 0 ? ELLIPSIS : "") + out + (end < text.length ? ELLIPSIS : ""), cut: true };
  }

  /* `text` into `node`, the ranges wrapped in <mark>; returns the node. */
  function mark(node, text, ranges) {
    text = String(text);
    var at = 0;
    ranges.forEach(function (r) {
      if (r[0] < at) return;
      if (r[0] > at) node.appendChild(document.createTextNode(text.slice(at, r[0])));
      var m = document.createElement("mark");
      m.textContent = text.slice(r[0], r[1]);
      node.appendChild(m);
      at = r[1];
    });
    if (at < text.length) node.appendChild(document.createTextNode(text.slice(at)));
    return node;
  }

  window.bangtinHighlight = { Query: Query, fold: fold, tokens: tokens, mark: mark };
})();

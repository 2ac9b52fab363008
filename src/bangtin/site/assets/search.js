/* bangtin: the portal's own search, in Material's header box. No dependency, no other host.
 *
 * Reads the static index that the build writes into search/ (format: docs/search-index.md,
 * writer: bangtin.features.search.index). A query is folded as the index is (tone marks off,
 * "đ" -> "d", lowercase); its words and each pair of neighbouring words are terms; each term's
 * postings live in one shard file, chosen by the CRC-32 of the term, so a query fetches the
 * shards of its terms only, then the few small files of page records for the results shown.
 *
 * Matching: every word of the query must be on the page (AND); pages where the words stand
 * together (their pairs are indexed) rank first. Only when no page has every word does it fall
 * back to pages with most of them, and says so. The last word is also read as the start of a
 * longer word while it is being typed ("dan van kh" finds "khéo"). A query that looks like a
 * document number ("2078-CV/ĐUK", "2078/ĐUK", "2078 cv duk") is looked up by its compact key.
 * A result's excerpt is the passage of its text where the typed words stand together, or the
 * one holding most of them (search/x/, fetched for the results shown, after they are shown);
 * what is marked in it is decided by highlight.js (the run of the typed words where it stands;
 * single words only when the run is nowhere in the result).
 * Every piece of text reaches the page through textContent, never innerHTML.
 */
(function () {
  "use strict";

  var FORMAT = 3;
  // The excerpt under a result, in characters (LEAD_CHARS in index.py).
  var EXCERPT_CHARS = 220;
  var PAGE_SIZE = 10;
  // The query runs after this pause in typing, longer than a fast typist's key gap (60 ms), so
  // a half-typed word fetches no completions and no page records. The shards of the words typed
  // so far are fetched at once (Index.prefetch): when the pause ends they are mostly here.
  var DELAY = 70;
  // A last word shorter than this is not fetched ahead: a single letter is no Vietnamese
  // syllable worth fetching; two letters often are ("số", "đổi", "và").
  var PREFETCH_FROM = 2;
  var PAIR_BOOST = 1.5;
  var COMPLETIONS = 8;
  var TEXT = {
    placeholder: "Nhập để bắt đầu tìm kiếm",
    none: "Không tìm thấy kết quả",
    one: "1 kết quả",
    other: "# kết quả",
    relaxed: "Không có trang nào chứa đủ mọi từ; dưới đây là các trang chứa một phần.",
    corrected: "Đã tìm theo: ",
    exact: "Tìm đúng như đã gõ: ",
    all: "Tất cả",
    stub: "Chưa có toàn văn",
    failed: "Không tải được chỉ mục tìm kiếm"
  };

  var script = document.currentScript;

  /* ---- Folding: the same rules as bangtin.features.search.terms ---- */

  /* Punctuation outside ASCII that separates words: the same list as _SPACES in terms.py. */
  var SPACES = /[\u00a0\u2002\u2003\u2009\u200b\u201c\u201d\u2018\u2019\u2013\u2014\u2026\u00ab\u00bb\u2022\u00b7]/g;

  /* Letters folded, everything else kept: "Số 2078-CV/ĐUK" -> "so 2078-cv/duk". */
  function foldLetters(text) {
    return String(text).normalize("NFD").replace(/[đĐ]/g, "d").replace(SPACES, " ")
      .replace(/[^\x00-\x7f]/g, "").toLowerCase();
  }

  /* "Đảng ủy Khối, 2078-CV/ĐUK" -> "dang uy khoi 2078 cv duk", as fold_text in terms.py. */
  function fold(text) {
    return foldLetters(text).replace(/[^0-9a-z]+/g, " ").trim();
  }

  /* "2078-CV/ĐUK" -> "2078cvduk". */
  function compactKey(text) {
    return fold(text).replace(/ /g, "");
  }

  /* CRC-32 (IEEE, as zlib.crc32) of the UTF-8 bytes: which shard holds a term. */
  var CRC_TABLE = (function () {
    var table = new Uint32Array(256);
    for (var n = 0; n < 256; n++) {
      var c = n;
      for (var k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      table[n] = c >>> 0;
    }
    return table;
  })();

  function crc32(text) {
    var bytes = new TextEncoder().encode(text);
    var c = 0xffffffff;
    for (var i = 0; i < bytes.length; i++) c = CRC_TABLE[(c ^ bytes[i]) & 0xff] ^ (c >>> 8);
    return (c ^ 0xffffffff) >>> 0;
  }

  /* A document number as typed: digits, then codes after "-", "/", "." or spaces. */
  var NUMBER = /^\d{1,6}[a-z]?(?:\s*[-\/.\u2013\s]\s*[0-9a-z]{1,12}){1,5}$/;

  /* What to look up for a typed query: its words, their pairs, the number key if it is one. */
  function planQuery(raw) {
    var words = [];
    fold(raw).split(" ").forEach(function (w) { if (w && words.indexOf(w) < 0) words.push(w); });
    var all = fold(raw).split(" ").filter(Boolean);
    var pairs = [];
    for (var i = 0; i + 1 < all.length; i++) {
      var pair = all[i] + " " + all[i + 1];
      if (pairs.indexOf(pair) < 0) pairs.push(pair);
    }
    var trimmed = foldLetters(raw).trim();
    var number = NUMBER.test(trimmed) ? compactKey(raw) : null;
    return {
      words: words, pairs: pairs, number: number, last: all.length ? all[all.length - 1] : "", sequence: all
    };
  }

  /* ---- Typos: the same rules, in the same order, as bangtin.features.search.typos ---- */

  var CANDIDATES = 3;
  var TOGETHER_PAGES = 2;
  var TOGETHER_FACTOR = 16;
  var SUSPECT_FROM = 3;
  var ALL_EDITS_FROM = 4;
  var LETTERS = "abcdefghijklmnopqrstuvwxyz";
  var CORRECTABLE = /^[a-z]+(?:[1-9][a-z1-9]*)?$/;

  function unique(list) {
    return list.filter(function (v, i) { return list.indexOf(v) === i; });
  }

  /* What a word reads as once Telex's or VNI's mark letters are taken out ("thij" -> "thi"). */
  function telex(word) {
    var plain = word.replace(/[1-9]/g, "").replace(/dd/g, "d").replace(/([aeo])\1/g, "$1")
      .replace(/([aou])w/g, "$1").replace(/w/g, "u");
    return unique([plain.replace(/([a-z])[sfrxj]$/, "$1"), plain])
      .filter(function (v) { return v && v !== word; });
  }

  /* Words one edit away: deletions, swaps, changes, insertions (only insertions when short). */
  function edits(word) {
    var n = word.length, out = [], i, c;
    if (n >= ALL_EDITS_FROM) {
      for (i = 0; i < n; i++) out.push(word.slice(0, i) + word.slice(i + 1));
      for (i = 0; i + 1 < n; i++) out.push(word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2));
      for (i = 0; i < n; i++) {
        for (c = 0; c < 26; c++) if (LETTERS[c] !== word[i]) out.push(word.slice(0, i) + LETTERS[c] + word.slice(i + 1));
      }
    }
    for (i = 0; i <= n; i++) for (c = 0; c < 26; c++) out.push(word.slice(0, i) + LETTERS[c] + word.slice(i));
    return out;
  }

  /* Up to `limit` (CANDIDATES) words of the vocabulary (rank: word -> place by commonness) a
   * word may have meant: Telex/VNI readings first, then one-edit neighbours by the pages where
   * they stand beside the query's other words (together: word -> pages), then by commonness. */
  function corrections(word, rank, known, together, limit) {
    if ((rank.has(word) && !known) || !CORRECTABLE.test(word)) return [];
    var found = telex(word).filter(function (v) { return rank.has(v); });
    var beside = together || new Map();
    var pages = function (e) { return beside.get(e) || 0; };
    if (!/[0-9]/.test(word)) {
      var near = unique(edits(word).filter(function (e) { return e !== word && rank.has(e); }));
      near.sort(function (a, b) { return pages(b) - pages(a) || rank.get(a) - rank.get(b); });
      found = found.concat(near);
    }
    return unique(found).slice(0, limit || CANDIDATES);
  }

  /* The word a word of the index was probably a typo for ("tin" for "tinh" in "bàn tin bình
   * thuận"), as [word] or [] (typos.suspicious): sides holds, per neighbour in the query, the
   * pages where the two stand together as typed and the words beside that neighbour there. */
  function suspicious(word, rank, sides) {
    if (word.length < SUSPECT_FROM || !sides.length) return [];
    var together = new Map();
    sides.forEach(function (side) {
      side[1].forEach(function (n, w) { together.set(w, (together.get(w) || 0) + n); });
    });
    var near = corrections(word, rank, true, together, rank.size);
    for (var i = 0; i < near.length; i++) {
      var c = near[i];
      if ((together.get(c) || 0) >= TOGETHER_PAGES && sides.every(function (side) {
        return (side[1].get(c) || 0) >= TOGETHER_FACTOR * side[0];
      })) return [c];
    }
    return [];
  }

  /* ---- Reading the index ---- */

  /* Why a query ranked ahead of the typing pause gave up: it needed a file not here yet. */
  var AHEAD = { ahead: "a file not fetched yet" };

  function Reader(bytes) { this.b = bytes; this.i = 0; }
  Reader.prototype.varint = function () {
    var b = this.b, value = 0, shift = 0, byte;
    do {
      byte = b[this.i++];
      value += (byte & 0x7f) * Math.pow(2, shift);
      shift += 7;
    } while (byte & 0x80);
    return value;
  };

  var decoder = new TextDecoder();

  /* The postings of the wanted terms in one shard: term -> {df, blocks: [[impact, ids], ...]}. */
  function readShard(bytes, wanted) {
    var r = new Reader(bytes);
    if (bytes[0] !== 66 || bytes[1] !== 84 || bytes[2] !== 88 || bytes[3] !== 49) throw new Error("not a bangtin shard");
    r.i = 4;
    var heads = r.varint();
    r.i += heads;  // past the head records (readHeads)
    var out = {};
    var count = r.varint();
    for (var t = 0; t < count; t++) {
      var len = r.varint();
      var term = decoder.decode(bytes.subarray(r.i, r.i + len));
      r.i += len;
      var df = r.varint();
      var nblocks = r.varint();
      var keep = wanted[term];
      var blocks = keep ? [] : null;
      for (var k = 0; k < nblocks; k++) {
        var impact = bytes[r.i++];
        var n = r.varint();
        if (!keep) { for (var s = 0; s < n; s++) r.varint(); continue; }
        var ids = new Uint32Array(n), previous = -1;
        for (var j = 0; j < n; j++) { previous += r.varint(); ids[j] = previous; }
        blocks.push([impact, ids]);
      }
      // A single term's entry ends with its neighbours: words (places in vocab.json) just
      // before it, then just after it, each with the pages where the two stand together.
      var left = null, right = null;
      if (term.indexOf(" ") < 0) {
        left = neighbourList(r, keep);
        right = neighbourList(r, keep);
      }
      if (keep) out[term] = { df: df, blocks: blocks, left: left || new Map(), right: right || new Map() };
    }
    return out;
  }

  /* The head records a shard carries, its terms' best pages: [[id, url, kind, title, stub]]. */
  function readHeads(bytes) {
    var r = new Reader(bytes);
    r.i = 4;
    var length = r.varint();
    return JSON.parse(decoder.decode(bytes.subarray(r.i, r.i + length)));
  }

  function neighbourList(r, keep) {
    var count = r.varint(), out = keep ? new Map() : null;
    for (var i = 0; i < count; i++) {
      var place = r.varint(), pages = r.varint();
      if (out) out.set(place, pages);
    }
    return out;
  }

  function Index(root) {
    this.root = root;
    this.manifest = null;
    this.shards = {};
    this.groups = {};
    this.passageGroups = {};
    this.heads = new Map();
    this.headsRead = {};
    this.entries = {};
    this.read = new Set();
    this.arrived = {};
    this.prefixes = {};
    this.facets = null;
  }

  Index.prototype.url = function (path) {
    return this.root + "search/" + path + "?v=" + this.manifest.version;
  };

  Index.prototype.open = function () {
    var self = this;
    if (!this.opening) {
      this.opening = fetch(this.root + "search/manifest.json", { cache: "no-cache" })
        .then(function (r) { if (!r.ok) throw new Error(r.status); return r.json(); })
        .then(function (m) {
          if (m.format !== FORMAT) throw new Error("search index format " + m.format);
          self.manifest = m;
          var low = m.impact[0], high = m.impact[1], top = m.levels - 1;
          self.scale = [];
          for (var q = 0; q < 256; q++) self.scale.push(low * Math.pow(high / low, (q - 1) / top));
          // The vocabulary travels while the person types: a typo is corrected without waiting.
          self.vocabulary().catch(function () {});
          return self;
        });
      this.opening.catch(function () { self.opening = null; });
    }
    return this.opening;
  };

  Index.prototype.shardBytes = function (shard) {
    var self = this;
    if (!this.shards[shard]) {
      var name = ("00" + shard.toString(16)).slice(-3);
      this.shards[shard] = fetch(this.url("t/" + name + ".bin"))
        .then(function (r) { if (!r.ok) throw new Error(r.status); return r.arrayBuffer(); })
        .then(function (buf) { self.arrived[shard] = true; return new Uint8Array(buf); });
      this.shards[shard].catch(function () { delete self.shards[shard]; });
    }
    return this.shards[shard];
  };

  /* Whether the shard of a term is being fetched and not here yet. */
  Index.prototype.inFlight = function (term) {
    var shard = crc32(term) % this.manifest.shards;
    return !!this.shards[shard] && !this.arrived[shard];
  };

  /* Postings of each term: {term: {df, blocks}}; a term not in the index is left out. With
   * `local`, nothing is fetched: a shard not here yet rejects with AHEAD (a query ranked ahead
   * of the typing pause uses only what the typing has fetched). A term is read from its shard
   * once; later queries reuse its entry (and the scores computed from it). */
  Index.prototype.terms = function (list, local) {
    var self = this, byShard = {};
    list.forEach(function (term) {
      var shard = crc32(term) % self.manifest.shards;
      (byShard[shard] = byShard[shard] || {})[term] = true;
    });
    return Promise.all(Object.keys(byShard).map(function (shard) {
      if (local && !self.arrived[shard]) return Promise.reject(AHEAD);
      return self.shardBytes(Number(shard)).then(function (bytes) {
        if (!self.headsRead[shard]) {
          self.headsRead[shard] = true;
          readHeads(bytes).forEach(function (h) { self.heads.set(h[0], h); });
        }
        var unread = {}, any = false;
        Object.keys(byShard[shard]).forEach(function (term) {
          if (!self.read.has(term)) { unread[term] = true; any = true; }
        });
        if (any) {
          var fresh = readShard(bytes, unread);
          Object.keys(unread).forEach(function (term) {
            self.read.add(term);
            if (fresh[term]) self.entries[term] = fresh[term];
          });
        }
        var part = {};
        Object.keys(byShard[shard]).forEach(function (term) {
          if (self.entries[term]) part[term] = self.entries[term];
        });
        if (self.waitingFor === Number(shard)) {
          // Once: the shard is here now, so the prefetch below no longer waits for it.
          self.waitingFor = null;
          self.prefetch(self.typed);
        }
        return part;
      });
    })).then(function (parts) { return Object.assign.apply(null, [{}].concat(parts)); });
  };

  Index.prototype.json = function (cache, key, path) {
    var self = this;
    if (!cache[key]) {
      cache[key] = fetch(this.url(path)).then(function (r) {
        if (r.status === 404) return null;
        if (!r.ok) throw new Error(r.status);
        return r.json();
      });
      cache[key].catch(function () { delete cache[key]; });
    }
    return cache[key];
  };

  /* Fetch, without waiting, the shards a query being typed will need: its words and pairs, but
   * not a last word that is still too short to be one. Nothing is fetched twice (shardBytes).
   * Returns the fetch (settled once they are here), or null when nothing is fetched. */
  Index.prototype.prefetch = function (raw) {
    if (!this.manifest) return;
    var plan = planQuery(raw);
    var done = /\s$/.test(raw);
    var rank = this.rank;
    // A last word being typed is fetched once it is a word of the vocabulary ("khe", "kheo",
    // not "kh"): a shard of ~8 KB for each letter typed was most of a typed query's bytes.
    // Numbers, codes and long words are not in the vocabulary: they are fetched as before.
    var fetchLast = function (w) {
      return w.length >= PREFETCH_FROM && (!rank || rank.has(w) || !CORRECTABLE.test(w) || w.length > 12);
    };
    var words = plan.words.filter(function (w) { return done || w !== plan.last || fetchLast(w); });
    var pairs = plan.pairs.filter(function (pair) {
      var last = pair.slice(pair.indexOf(" ") + 1);
      return done || last !== plan.last || fetchLast(last);
    });
    this.typed = raw;
    var before = plan.sequence.length > 1 ? plan.sequence[plan.sequence.length - 2] : null;
    if (!done && before && !this.entries[before] && this.inFlight(before) && CORRECTABLE.test(plan.last)) {
      // The word before is on its way (a phone's round trip is longer than a few keys): what
      // follows it is read ahead from its neighbours once it is here, not guessed prefix by
      // prefix meanwhile. The query itself fetches whatever is still missing.
      words = words.filter(function (w) { return w !== plan.last; });
      pairs = pairs.filter(function (pair) { return pair !== before + " " + plan.last; });
      this.waitingFor = crc32(before) % this.manifest.shards;
    }
    var guess = done ? null : this.nextWord(plan);
    if (guess) {
      // The word being typed read ahead from the words seen after the one before it: its shard
      // and its pair are fetched from its first letters, not those of every prefix of it ("tr",
      // "tra", "tran" before "tranh"): on a phone, bytes are time, and the last key then finds
      // them here.
      // What is typed is still fetched when it is a word seen there too ("can" and "canh").
      var before = plan.sequence[plan.sequence.length - 2];
      var seen = guess.also;
      words = words.filter(function (w) { return seen || w !== plan.last; }).concat([guess.word]);
      pairs = pairs.filter(function (pair) { return seen || pair !== before + " " + plan.last; })
        .concat([before + " " + guess.word]);
    }
    var list = words.concat(pairs);
    if (plan.number) list.push(plan.number);
    if (!list.length) return null;
    var fetching = this.terms(list);
    fetching.catch(function () {});
    return fetching;
  };

  /* The word the last one being typed probably is, from the neighbours of the word before it
   * (its shard entry, fetched as it was typed): the one seen after it on the most pages among
   * those that start with what is typed; from two letters on, or from one when only one
   * starts so: {word, also: whether what is typed is one of them}. Null when none is, or
   * nothing is known of the word before. */
  Index.prototype.nextWord = function (plan) {
    var seq = plan.sequence, typed = plan.last;
    var entry = seq.length > 1 ? this.entries[seq[seq.length - 2]] : null;
    if (!entry || !this.words || !CORRECTABLE.test(typed) || /[0-9]/.test(typed)) return null;
    var words = this.words, found = [];
    entry.right.forEach(function (pages, place) {
      var w = words[place];
      if (w && w.indexOf(typed) === 0) found.push([w, pages]);
    });
    if (!found.length || (typed.length < PREFETCH_FROM && found.length > 1)) return null;
    found.sort(function (a, b) { return b[1] - a[1] || (a[0] < b[0] ? -1 : 1); });
    return { word: found[0][0], also: found.some(function (f) { return f[0] === typed; }) };
  };

  /* Whether the last word typed is probably whole: the word most often seen after the one
   * before it among those that start so (nextWord), or for a first word the commonest word of
   * the vocabulary that starts so. */
  Index.prototype.finished = function (plan) {
    var last = plan.last;
    if (plan.number || !this.words || !CORRECTABLE.test(last) || /[0-9]/.test(last)) return false;
    if (plan.sequence.length > 1) {
      var guess = this.nextWord(plan);
      return !!guess && guess.word === last;
    }
    for (var i = 0; i < this.words.length; i++) if (this.words[i].indexOf(last) === 0) return this.words[i] === last;
    return false;
  };

  /* Words of the index that start with a typed prefix, the commonest first. */
  Index.prototype.completions = function (prefix) {
    if (prefix.length < 2) return Promise.resolve([]);
    return this.json(this.prefixes, prefix.slice(0, 2), "v/" + prefix.slice(0, 2) + ".json").then(function (list) {
      return (list || []).filter(function (e) { return e[0].indexOf(prefix) === 0; })
        .slice(0, COMPLETIONS).map(function (e) { return e[0]; });
    });
  };

  Index.prototype.page = function (id) {
    var size = this.manifest.group, group = Math.floor(id / size);
    return this.json(this.groups, group, "p/" + group + ".json").then(function (list) {
      var r = list[id - group * size];
      return {
        id: id, url: r[0], kind: r[1], title: r[2], number: r[3], date: r[4], issuer: r[5],
        lead: r[6], stub: !!r[7], subject: r[8]
      };
    });
  };

  /* A page's head record, if a shard fetched for this query or an earlier one carried it (the
   * best page of one of its terms): what a result shows before its p/ file is here. */
  Index.prototype.head = function (id) {
    var h = this.heads.get(id);
    return h ? { id: id, url: h[1], kind: h[2], title: h[3], stub: !!h[4], head: true } : null;
  };

  /* The index's words of letters by commonness, as a Map word -> place (vocab.json). */
  Index.prototype.vocabulary = function () {
    var self = this;
    if (!this.vocab) {
      this.vocab = fetch(this.url("vocab.json")).then(function (r) {
        if (!r.ok) throw new Error(r.status);
        return r.json();
      }).then(function (words) {
        var rank = new Map();
        words.forEach(function (w, i) { rank.set(w, i); });
        self.words = words;
        self.rank = rank;  // for the prefetch, which cannot wait
        return rank;
      });
      this.vocab.catch(function () { self.vocab = null; });
    }
    return this.vocab;
  };

  /* A page's passages (its paragraphs as plain text), where its excerpt is looked for; the
   * list's `headings` are the passages that hold a heading ({at, text, anchor}: a heading's
   * passage is [text, anchor] in the file), where a match under them links. */
  Index.prototype.passages = function (id) {
    var size = this.manifest.passage_group, group = Math.floor(id / size);
    return this.json(this.passageGroups, group, "x/" + group + ".json").then(function (list) {
      var texts = [], headings = [];
      ((list && list[id - group * size]) || []).forEach(function (p, at) {
        if (Array.isArray(p)) headings.push({ at: at, text: p[0], anchor: p[1] });
        texts.push(Array.isArray(p) ? p[0] : p);
      });
      texts.headings = headings;
      return texts;
    });
  };

  Index.prototype.facetData = function () {
    var self = this;
    if (!this.facets) {
      this.facets = fetch(this.url("facets.json")).then(function (r) { return r.json(); });
      this.facets.catch(function () { self.facets = null; });
    }
    return this.facets;
  };

  /* A term's score on each page that holds it, read as a Map id -> impact is (size, get, has,
   * forEach in the postings' order), laid out as arrays: a Map of a common word's 10,000 pages
   * took 3 to 15 ms to fill (four times that on a phone), an array indexed by page a tenth. */
  function Scores(ids, values) {
    this.ids = ids;
    this.values = values;  // by page id; NaN where the term is not
    this.size = ids.length;
  }
  Scores.prototype.get = function (id) {
    var v = this.values[id];
    return v === v ? v : undefined;  // neither NaN nor past the end
  };
  Scores.prototype.has = function (id) {
    return this.get(id) !== undefined;
  };
  Scores.prototype.forEach = function (fn) {
    for (var i = 0; i < this.ids.length; i++) fn(this.values[this.ids[i]], this.ids[i]);
  };

  /* Score of every page that holds the term (Scores; a Map for a term on few pages, where an
   * array by page id would be mostly empty). Made once per term and kept in its entry, for the
   * SCORES_KEPT terms used last: every query typed with the term, ahead of the pause and after
   * it, reuses it (an array is 8 bytes a page: 85 KB at 10,000 pages, so not for every term a
   * long visit types). Never changed by its readers. */
  var SCORES_KEPT = 48;
  var kept = [];

  function scores(postings, scale) {
    if (!postings) return new Map();
    if (postings.scores) return postings.scores;
    var blocks = postings.blocks, count = 0, top = -1, b, i, impact, list;
    for (b = 0; b < blocks.length; b++) {
      count += blocks[b][1].length;
      for (i = 0; i < blocks[b][1].length; i++) if (blocks[b][1][i] > top) top = blocks[b][1][i];
    }
    if (count * 32 < top) {
      var map = new Map();
      for (b = 0; b < blocks.length; b++) {
        impact = scale[blocks[b][0]];
        list = blocks[b][1];
        for (i = 0; i < list.length; i++) map.set(list[i], impact);
      }
      postings.scores = map;
    } else {
      var ids = new Uint32Array(count), values = new Float64Array(top + 1).fill(NaN), at = 0;
      for (b = 0; b < blocks.length; b++) {
        impact = scale[blocks[b][0]];
        list = blocks[b][1];
        for (i = 0; i < list.length; i++) { ids[at++] = list[i]; values[list[i]] = impact; }
      }
      postings.scores = new Scores(ids, values);
    }
    kept.push(postings);
    if (kept.length > SCORES_KEPT) delete kept.shift().scores;
    return postings.scores;
  }

  /* The pages of any of the maps, each with its best score (a map alone is itself). */
  function union(maps) {
    if (maps.length === 1) return maps[0];
    var out = new Map();
    maps.forEach(function (m) { m.forEach(function (v, k) { if (!(out.get(k) >= v)) out.set(k, v); }); });
    return out;
  }

  /* Run a planned query: {ids: [...] best first, relaxed, hitWords}. With `local`, only with
   * the files already here: it rejects with AHEAD where it would fetch one. */
  Index.prototype.search = async function (plan, exact, local) {
    var self = this, scale = this.scale;
    var lookups = plan.words.concat(plan.pairs);
    if (plan.number) lookups.push(plan.number);
    var last = plan.last;
    // Completions only for a last word that may be unfinished: a word of the vocabulary has
    // postings of its own, which are all it is read as (no request for its v/ file).
    var widen = last && !(this.rank && this.rank.has(last));
    if (local && !this.rank) throw AHEAD;
    var found = await Promise.all([
      this.terms(lookups, local), widen && !local ? this.completions(last) : Promise.resolve([])
    ]);
    var postings = found[0], completions = found[1];
    // Ahead of the pause, a last word that is no word of the vocabulary but a term of the index
    // (a number: "2078") needs no completions; one that is neither would.
    if (local && widen && !postings[last]) throw AHEAD;
    if (plan.number && postings[plan.number]) {
      var only = scores(postings[plan.number], scale);
      return { ids: rank(only), relaxed: false, hitWords: plan.words, number: plan.number };
    }
    // The last word, when it is no word of the index, is read as the start of one being typed:
    // its commonest completions stand in for it. A whole word is never widened ("dan" is no
    // "dang"), so highlighting stays on whole words.
    var lastMaps = [scores(postings[last], scale)];
    var extra = postings[last] ? [] : completions.filter(function (c) { return c !== last; });
    var hitWords = plan.words.slice();
    if (last && extra.length) {
      var more = await this.terms(extra);
      extra.forEach(function (c) {
        var found = more[c] || postings[c];
        if (found) { lastMaps.push(scores(found, scale)); hitWords.push(c); }
      });
    }
    var lastMap = union(lastMaps);
    var words = plan.words;
    // A last letter that is no word yet ("thi d"): left out until it is typed on.
    if (last.length < 2 && !lastMap.size && words.length > 1) {
      words = words.filter(function (w) { return w !== last; });
    }
    var wordMaps = words.map(function (w) { return w === last ? lastMap : scores(postings[w], scale); });
    var pairMaps = plan.pairs.map(function (p) { return scores(postings[p], scale); });
    if (!wordMaps.length) return { ids: [], relaxed: false, hitWords: hitWords };
    // AND: start from the rarest word, keep the pages every other word is on.
    var order = wordMaps.slice().sort(function (a, b) { return a.size - b.size; });
    var total = new Map();
    order[0].forEach(function (v, id) {
      var sum = v;
      for (var i = 1; i < order.length; i++) {
        var other = order[i].get(id);
        if (other === undefined) return;
        sum += other;
      }
      total.set(id, sum);
    });
    var relaxed = false;
    // A number that no page holds finds nothing: pages that merely share "cv" or "duk" with it
    // are no answer to "2078-CV/ĐUK".
    if (!total.size && wordMaps.length > 1 && !plan.number) {
      // Nothing has every word: pages with the most of them, then by score.
      relaxed = true;
      var matched = new Map();
      wordMaps.forEach(function (m) {
        m.forEach(function (v, id) {
          total.set(id, (total.get(id) || 0) + v);
          matched.set(id, (matched.get(id) || 0) + 1);
        });
      });
      var bonus = 0;
      total.forEach(function (v) { if (v > bonus) bonus = v; });
      total.forEach(function (v, id) { total.set(id, v + matched.get(id) * (bonus + 1)); });
    }
    pairMaps.forEach(function (m) {
      m.forEach(function (v, id) { var t = total.get(id); if (t !== undefined) total.set(id, t + PAIR_BOOST * v); });
    });
    if (!plan.number && !exact) {
      var maps = new Map();
      words.forEach(function (w, i) { maps.set(w, wordMaps[i]); });
      var fixed = await this.corrected(words, plan.sequence, maps, postings, total.size > 0 && !relaxed, local);
      if (fixed) return fixed;
    }
    return { ids: rank(total), relaxed: relaxed, hitWords: hitWords };
  };

  /* The results of the words the query probably meant, or null (reader.py's _corrected): when a
   * word is in no page (but the last one being typed, with completions), every unknown word at
   * once, with the words of the index that look like typos for a word standing beside the
   * others far more often (suspicious); else, when no page holds every word, each word in
   * turn, the rarest first. The first try some page answers in full wins. The neighbours that
   * tell them come in the words' own shards; the candidates and their pairs in one round trip. */
  Index.prototype.corrected = async function (words, seq, maps, postings, found, local) {
    var self = this, scale = this.scale;
    var rankOf = await this.vocabulary();
    var vocab = this.words;
    var df = function (term) { return postings[term] ? postings[term].df : 0; };
    // Per neighbour of `word` in the query (but those in `ignore`): [pages where the two stand
    // together as typed, Map word -> pages beside that neighbour on that side].
    var sides = function (word, ignore) {
      var out = [];
      var named = function (list) {
        var m = new Map();
        (list || new Map()).forEach(function (n, place) { m.set(vocab[place], n); });
        return m;
      };
      seq.forEach(function (w, i) {
        if (w !== word) return;
        var left = seq[i - 1], right = seq[i + 1];
        if (i > 0 && !ignore.has(left)) out.push([df(left + " " + w), named(postings[left] && postings[left].right)]);
        if (i + 1 < seq.length && !ignore.has(right)) out.push([df(w + " " + right), named(postings[right] && postings[right].left)]);
      });
      return out;
    };
    var togetherOf = function (word) {
      var out = new Map();
      sides(word, new Set()).forEach(function (side) {
        side[1].forEach(function (n, w) { out.set(w, (out.get(w) || 0) + n); });
      });
      return out;
    };
    var unknown = words.filter(function (w) { return !maps.get(w).size && CORRECTABLE.test(w); });
    var suspect = {};
    for (;;) {
      var ignore = new Set(unknown.concat(Object.keys(suspect)));
      var best = null;
      words.forEach(function (w) {
        if (ignore.has(w) || !postings[w] || !CORRECTABLE.test(w)) return;
        var s = sides(w, ignore), near = suspicious(w, rankOf, s);
        if (!near.length) return;
        var pages = 0;
        s.forEach(function (side) { pages += side[1].get(near[0]) || 0; });
        if (!best || pages > best[0]) best = [pages, w, near[0]];
      });
      if (!best) break;
      suspect[best[1]] = [best[2]];
    }
    var suspects = Object.keys(suspect).length > 0;
    if (found && !unknown.length && !suspects) return null;
    var tries = [];
    if (unknown.length) {
      var meant = {}, every = true;
      unknown.forEach(function (w) {
        meant[w] = corrections(w, rankOf, false, togetherOf(w));
        if (!meant[w].length) every = false;
      });
      if (every) {
        if (suspects) tries.push(Object.assign({}, meant, suspect));
        tries.push(meant);
      }
    } else {
      if (suspects) tries.push(suspect);
      if (!found) {
        var rarest = words.slice().sort(function (a, b) {
          var x = rankOf.has(a) ? rankOf.get(a) : rankOf.size, y = rankOf.has(b) ? rankOf.get(b) : rankOf.size;
          return y - x;
        });
        rarest.forEach(function (w) {
          var near = corrections(w, rankOf, true, togetherOf(w));
          if (near.length) { var one = {}; one[w] = near; tries.push(one); }
        });
      }
    }
    if (!tries.length) return null;
    // One round trip: every candidate, and every pair it can make with its neighbours (as typed
    // or as candidates themselves), which rank the candidates and boost the corrected query.
    var options = {};
    seq.forEach(function (w) { options[w] = [w]; });
    tries.forEach(function (t) {
      Object.keys(t).forEach(function (w) { options[w] = unique(options[w].concat(t[w])); });
    });
    var wanted = [];
    tries.forEach(function (t) { Object.keys(t).forEach(function (w) { wanted = wanted.concat(t[w]); }); });
    for (var p = 0; p + 1 < seq.length; p++) {
      if (options[seq[p]].length < 2 && options[seq[p + 1]].length < 2) continue;
      options[seq[p]].forEach(function (a) { options[seq[p + 1]].forEach(function (b) { wanted.push(a + " " + b); }); });
    }
    var more = await this.terms(unique(wanted), local);
    var all = Object.assign({}, postings, more);
    var pairPages = function (word, instead) {
      var total = 0;
      seq.forEach(function (w, i) {
        if (w !== word) return;
        if (i > 0 && all[seq[i - 1] + " " + instead]) total += all[seq[i - 1] + " " + instead].df;
        if (i + 1 < seq.length && all[instead + " " + seq[i + 1]]) total += all[instead + " " + seq[i + 1]].df;
      });
      return total;
    };
    for (var t = 0; t < tries.length; t++) {
      var attempt = tries[t], union_ = new Map();
      Object.keys(attempt).forEach(function (w) {
        union_.set(w, union(attempt[w].map(function (c) { return scores(all[c], scale); })));
      });
      var mapsOf = words.map(function (w) { return union_.has(w) ? union_.get(w) : maps.get(w); });
      var common = [];
      mapsOf[0].forEach(function (_, id) { if (mapsOf.every(function (m) { return m.has(id); })) common.push(id); });
      if (!common.length) continue;
      var chosen = {};
      Object.keys(attempt).forEach(function (w) {
        var top = null, topPages = -1;
        attempt[w].forEach(function (c) {
          var m = scores(all[c], scale);
          if (!common.some(function (id) { return m.has(id); })) return;
          var n = pairPages(w, c);
          if (n > topPages) { top = c; topPages = n; }
        });
        chosen[w] = top;
      });
      var fixedSeq = seq.map(function (w) { return chosen[w] || w; });
      var pairs = [];
      for (var i = 0; i + 1 < fixedSeq.length; i++) {
        var pair = fixedSeq[i] + " " + fixedSeq[i + 1];
        if (pairs.indexOf(pair) < 0) pairs.push(pair);
      }
      var total = new Map();
      common.sort(function (a, b) { return a - b; }).forEach(function (id) {
        var sum = 0;
        mapsOf.forEach(function (m) { sum += m.get(id); });
        total.set(id, sum);
      });
      pairs.forEach(function (p) {
        scores(all[p], scale).forEach(function (v, id) {
          var s = total.get(id);
          if (s !== undefined) total.set(id, s + PAIR_BOOST * v);
        });
      });
      var hitWords = unique(words.concat.apply(words, Object.keys(attempt).map(function (w) { return attempt[w]; })));
      return { ids: rank(total), relaxed: false, hitWords: hitWords, corrected: fixedSeq, sequence: fixedSeq };
    }
    return null;
  };

  /* Ids by score, best first; equal scores keep the index's order (newest first). The scores
   * are laid out by id in an array for the sort: a Map's lookups in the comparison took 5 ms of
   * the 15 ms after the typing pause for "chuyen doi so" at 10,000 directives. */
  function rank(map) {
    var ids = new Array(map.size), top = 0, i = 0;
    map.forEach(function (_, id) { ids[i++] = id; if (id > top) top = id; });
    var score = new Float64Array(top + 1);
    map.forEach(function (v, id) { score[id] = v; });
    ids.sort(function (a, b) { return score[b] - score[a] || a - b; });
    return ids;
  }

  /* The facet values of each page: per facet, per id, an index or a list of indexes or -1. */
  function facetValues(column, id) {
    var v = column.pages[id];
    return v === -1 || v === undefined ? [] : typeof v === "number" ? [v] : v;
  }

  function applyFilters(ids, facets, filters) {
    var keys = Object.keys(filters);
    if (!keys.length || !facets) return ids;
    var columns = {};
    facets.forEach(function (c) { columns[c.key] = c; });
    return ids.filter(function (id) {
      return keys.every(function (key) {
        var c = columns[key];
        if (!c) return false;
        var want = c.values.indexOf(filters[key]);
        return facetValues(c, id).indexOf(want) >= 0;
      });
    });
  }

  function facetCounts(ids, facets) {
    var out = [];
    (facets || []).forEach(function (c) {
      var counts = new Array(c.values.length).fill(0);
      ids.forEach(function (id) { facetValues(c, id).forEach(function (v) { counts[v]++; }); });
      out.push({ key: c.key, label: c.label, values: c.values, counts: counts });
    });
    return out;
  }

  /* ---- Showing results ---- */

  function siteRoot() {
    var box = document.querySelector("[data-bangtin-root]");
    if (box) return new URL(box.getAttribute("data-bangtin-root"), document.baseURI).href;
    if (script && script.src) return new URL("../../", script.src).href;
    return new URL("/", document.baseURI).href;
  }

  /* 8164 -> "8.164", as Vietnamese writes it. Not toLocaleString: its first call loads the
   * locale's data, 20 ms that would stand between the last key and the first result. */
  function thousands(n) {
    return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ".");
  }

  function countText(n) {
    return n === 0 ? TEXT.none : n === 1 ? TEXT.one : TEXT.other.replace("#", thousands(n));
  }

  /* A mark on the page's performance timeline ("bangtin-search:run" when a query starts after
   * its pause, "bangtin-search:ranked" when its results are ranked, ahead of the pause or not,
   * "bangtin-search:first" when its first result is on screen), with the query: where the time
   * between the last key and the first result goes, for tests and scripts/search_bench.py. */
  function mark(what, query, ahead) {
    if (!window.performance || !performance.mark) return;
    var detail = { query: query };
    if (ahead !== undefined) detail.ahead = ahead;
    try { performance.mark("bangtin-search:" + what, { detail: detail }); } catch (e) { /* an old browser: no marks */ }
  }

  /* A character typed or deleted, as opposed to text pasted, dropped or put in by a script. */
  function isKeystroke(event) {
    var kind = event.inputType || "";
    return kind === "insertText" || kind === "insertCompositionText" || kind.indexOf("delete") === 0;
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
    this.toggle = document.getElementById("__search");
    this.index = new Index(siteRoot());
    this.filters = {};
    this.ids = [];
    this.query = null;
    this.shown = 0;
    this.seq = 0;
    this.bind();
  }

  Search.prototype.load = function () {
    var self = this;
    var opening = this.index.open();
    opening.catch(function () { self.meta.textContent = TEXT.failed; });
    if (!this.warmed) {
      this.warmed = true;
      opening.then(function () { self.warm(); }, function () {});
    }
    return opening;
  };

  /* A result made once, off the page, while the box opens: the first use of the code that
   * shows a result (highlight.js's Unicode pattern compiled, the functions run cold) took
   * 4 to 5 ms between the last key and the first result. */
  Search.prototype.warm = function () {
    var query = this.query;
    this.query = new window.bangtinHighlight.Query({ words: ["dang", "uy"] });
    var page = { id: -1, url: "", kind: "", title: "Đảng ủy Khối", subject: "Đảng ủy", lead: "Đảng ủy Khối" };
    this.fillResult(document.createElement("li"), page, page.lead);
    this.query.runs(page.title);
    this.query = query;
  };

  /* While the typing pause runs, the query typed so far is ranked with the shards its typing
   * fetched (Index.search, local): nothing is fetched for it (a half-typed word costs no
   * completions and no page records, as before), but when the pause ends on it, its results
   * are ready and only their records are still to come. Ranking "chuyen doi so" took 13 to 20
   * ms of the 100 ms after its last key at 10,000 directives. A query that needs a file not
   * here yet (completions of a word being typed, a typo's candidates) is ranked after the
   * pause, as before. */
  Search.prototype.rankAhead = function (raw, fetching) {
    if (!fetching) return;
    var self = this, exact = this.exact === raw;
    fetching.then(function () {
      // Typed on meanwhile, or the pause already ended on this query: nothing to do ahead.
      if (self.input.value !== raw || self.running === raw) return;
      var plan = planQuery(raw);
      if (!plan.words.length) return;
      var result = self.index.search(plan, exact, true).then(function (found) {
        mark("ranked", raw, true);
        var first = found.ids[0];
        if (first !== undefined && !self.index.head(first) && self.input.value === raw &&
            !Object.keys(self.activeFilters()).length && self.index.finished(plan)) {
          self.index.page(first).catch(function () {});
        }
        return found;
      }, function () { return null; });
      self.ahead = { raw: raw, exact: exact, result: result };
    }, function () {});
  };

  Search.prototype.bind = function () {
    var self = this;
    this.input.addEventListener("focus", function () {
      self.load();
      if (self.toggle && !self.toggle.checked) self.toggle.checked = true;
    });
    // A keystroke waits for a short pause in typing (half-typed words fetch nothing); a paste,
    // a drop or a word picked from the keyboard's suggestions is the whole query: it runs now.
    this.input.addEventListener("input", function (event) {
      var raw = self.input.value;
      var fetching = self.index.prefetch(raw);
      window.clearTimeout(self.timer);
      if (isKeystroke(event)) {
        self.timer = window.setTimeout(function () { self.run(); }, DELAY);
        self.rankAhead(raw, fetching);
      } else self.run();
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
    this.filterBox.addEventListener("toggle", function () {
      if (!self.filterBox.open || self.facetsWanted) return;
      self.facetsWanted = true;
      self.showFacets();
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
    var out = {};
    for (var key in this.filters) if (this.filters[key]) out[key] = this.filters[key];
    return out;
  };

  /* One search in flight at a time; keystrokes that arrive meanwhile collapse into the latest. */
  Search.prototype.run = function () {
    var self = this;
    this.seq++;
    if (this.busy) return;
    this.busy = true;
    this.step().then(function () { self.busy = false; self.running = null; }, function (error) {
      self.busy = false;
      self.running = null;
      self.meta.textContent = TEXT.failed;
      if (window.console) window.console.error(error);
    });
  };

  Search.prototype.step = async function () {
    var seq = this.seq;
    var started = performance.now();
    var raw = this.input.value;
    var filters = this.activeFilters();
    var filtered = Object.keys(filters).length > 0;
    var plan = planQuery(raw);
    if (!plan.words.length && !filtered) {
      this.clear();
      return this.again(seq);
    }
    mark("run", raw);
    this.running = raw;
    var index = await this.load();
    var result = null, exact = this.exact === raw, ahead = this.ahead;
    if (plan.words.length && ahead && ahead.raw === raw && ahead.exact === exact) {
      result = await ahead.result;
    }
    var early = !!result;
    if (!result && plan.words.length) {
      // The words as typed, once the person asked for them beside a correction.
      result = await index.search(plan, exact);
      mark("ranked", raw, false);
    } else if (!result) {
      result = { ids: Array.from({ length: index.manifest.pages }, function (_, i) { return i; }), relaxed: false, hitWords: [] };
    }
    if (seq !== this.seq) return this.again(seq);
    var searched = performance.now();
    var facets = filtered ? await index.facetData() : null;
    var ids = applyFilters(result.ids, facets, filters);
    this.query = new window.bangtinHighlight.Query({
      words: result.sequence || plan.sequence,
      alternatives: result.corrected ? [] : result.hitWords.slice(plan.words.length),
      number: result.number
    });
    this.ids = ids;
    this.shown = 0;
    // The first result alone, then the rest of the page: a first result shown from its head
    // record goes on screen before the other nine records are asked for.
    var pending = this.nextPending(1);
    if (!(pending.length && pending[0].head)) pending = pending.concat(this.nextPending(PAGE_SIZE - 1));
    var said = result.corrected && ids.length ? await this.correctedText(result.corrected, ids[0]) : "";
    if (seq !== this.seq) return this.again(seq);
    var self = this;
    var announce = function () {
      self.list.textContent = "";
      // Which query the list shows (tests and scripts wait for it, not for a half-typed one's).
      self.list.setAttribute("data-query", raw);
      // Busy until the last result of this page is on the list (screen readers, tests, scripts).
      self.list.setAttribute("aria-busy", "true");
      self.meta.textContent = said + (result.relaxed ? TEXT.relaxed + " " : "") + countText(ids.length);
      self.meta.classList.toggle("bangtin-search__meta--relaxed", result.relaxed);
      if (said) self.meta.appendChild(self.exactButton(raw));
    };
    var shown = 0, ready = [];
    for (var i = 0; i < pending.length; i++) {
      var entry = await pending[i];
      if (seq !== this.seq) return this.again(seq);
      if (shown === 0) announce();
      this.list.appendChild(entry.node);
      ready.push(entry.ready);
      shown++;
      if (shown === 1) {
        this.announced(raw, ids.length, result.relaxed, started, searched, early);
        if (pending.length === 1 && this.shown < ids.length) {
          // The first result is painted before the rest of the page is asked for: their nine
          // fetch calls took 5 to 30 ms of the page's thread on a busy machine.
          await new Promise(function (resolve) { window.setTimeout(resolve, 0); });
          if (seq !== this.seq) return this.again(seq);
          pending = pending.concat(this.nextPending(PAGE_SIZE - 1));
        }
      }
    }
    if (shown === 0) {
      announce();
      this.announced(raw, 0, result.relaxed, started, searched, early);
    }
    // A result first shown from its head record is whole once its p/ file is here.
    await Promise.all(ready);
    if (seq !== this.seq) return this.again(seq);
    this.list.setAttribute("aria-busy", "false");
    this.found = { ids: result.ids, filters: filters, seq: seq };
    this.filterBox.hidden = !ids.length && !filtered;
    if (this.facetsWanted) this.showFacets();
    return this.again(seq);
  };

  /* "Đã tìm theo: đảng ủy khối. " for the words searched instead of misspelt ones, each word
   * with its tone marks as the first result writes it (the folded word where it does not). */
  Search.prototype.correctedText = async function (words, first) {
    var written = {};
    var read = function (text) {
      if (!text) return;
      window.bangtinHighlight.tokens(text).forEach(function (t) {
        if (!written[t.key]) written[t.key] = text.slice(t.start, t.end).toLowerCase();
      });
    };
    // The head record's title when it writes every word: no wait for the page's p/ file.
    var head = this.index.head(first);
    if (head) read(head.title);
    if (!words.every(function (w) { return written[w]; })) {
      var page = await this.index.page(first);
      written = {};
      [page.title, page.subject, page.lead].forEach(read);
    }
    return TEXT.corrected + words.map(function (w) { return written[w] || w; }).join(" ") + ". ";
  };

  /* Beside a correction, the query as typed stays one click away ("Tìm đúng như đã gõ: ..."). */
  Search.prototype.exactButton = function (raw) {
    var self = this;
    var button = document.createElement("button");
    button.type = "button";
    button.className = "bangtin-search__exact";
    button.setAttribute("data-bangtin-search-exact", "");
    button.textContent = TEXT.exact + raw;
    button.addEventListener("click", function () {
      self.exact = raw;
      self.run();
      self.input.focus();
    });
    var line = document.createElement("span");
    line.className = "bangtin-search__exact-line";
    line.appendChild(document.createTextNode(" "));
    line.appendChild(button);
    return line;
  };

  /* Facet counts for the current result set. The facet file (about 20 KB at 10,000 pages) is
   * fetched once someone opens "Lọc kết quả", not with every first query. */
  Search.prototype.showFacets = function () {
    var self = this, found = this.found;
    if (!found) return;
    this.index.facetData().then(function (data) {
      if (found.seq === self.seq) self.renderFilters(facetCounts(applyFilters(found.ids, data, found.filters), data));
    });
  };

  /* Tells listeners (tests, scripts/search_bench.py) that the first results are on screen. */
  Search.prototype.announced = function (raw, count, relaxed, started, searched, ahead) {
    mark("first", raw);
    this.box.dispatchEvent(new CustomEvent("bangtin:results", {
      bubbles: true,
      detail: {
        query: raw, count: count, relaxed: relaxed, ms: performance.now() - started,
        searched: searched - started, ahead: ahead
      }
    }));
  };

  Search.prototype.again = function (seq) {
    return seq === this.seq ? undefined : this.step();
  };

  Search.prototype.clear = function () {
    this.ids = [];
    this.list.textContent = "";
    this.more.hidden = true;
    this.meta.textContent = TEXT.placeholder;
    this.filterBox.hidden = true;
  };

  /* The next page of results, as one promise per result of {node: its list item, ready: a
   * promise settled once it shows its whole record}. A result whose head record came with a
   * shard (a term's best page) is shown at once, its title and link, and completed when its
   * p/ file arrives: the first results need no round trip after the shards. */
  Search.prototype.nextPending = function (count) {
    var batch = this.ids.slice(this.shown, this.shown + (count || PAGE_SIZE));
    this.shown += batch.length;
    this.more.hidden = this.shown >= this.ids.length;
    var self = this;
    return batch.map(function (id) {
      var full = self.index.page(id);
      var head = self.index.head(id);
      if (!head) return full.then(function (page) { return { node: self.resultNode(page), ready: null }; });
      var node = self.resultNode(head);
      var ready = full.then(function (page) { self.completeResult(node, page); }, function () {});
      var shown = Promise.resolve({ node: node, ready: ready });
      shown.head = true;
      return shown;
    });
  };

  Search.prototype.renderMore = async function () {
    var seq = this.seq;
    var items = await Promise.all(this.nextPending());
    if (seq === this.seq) items.forEach(function (item) { this.list.appendChild(item.node); }, this);
  };

  /* A result's list item, shown at once with the page's lead; when the typed words do not stand
   * together in its title, trích yếu or lead, its passages are looked through for a better
   * excerpt, which then takes the lead's place. data-excerpt says which it shows ("lead",
   * "passage") once that is settled. */
  Search.prototype.resultNode = function (page) {
    var item = document.createElement("li");
    item.className = "md-search-result__item";
    item.setAttribute("data-kind", page.kind);
    this.fillResult(item, page, page.lead);
    if (!page.head) this.settleExcerpt(item, page);
    return item;
  };

  /* A result shown from its head record, given its whole record. */
  Search.prototype.completeResult = function (item, page) {
    this.fillResult(item, page, page.lead);
    this.settleExcerpt(item, page);
  };

  Search.prototype.settleExcerpt = function (item, page) {
    var query = this.query;
    var lead = page.lead || "";
    var settled = !query || !query.words.length || page.stub ||
      [page.title, page.subject, lead].some(function (t) { return t && query.runs(t).length > 0; });
    if (settled) {
      item.setAttribute("data-excerpt", "lead");
      return item;
    }
    var self = this;
    this.index.passages(page.id).then(function (passages) {
      var found = query.excerpt(passages, EXCERPT_CHARS);
      var better = found && found.text !== lead &&
        (query.runs(found.text).length > 0 || query.score(found.text) > query.score(lead));
      if (better) {
        self.fillResult(item, page, found.text);
        self.addSection(item, page, sectionOf(passages.headings, found.at));
      }
      item.setAttribute("data-excerpt", better ? "passage" : "lead");
    }, function () { item.setAttribute("data-excerpt", "lead"); });
    return item;
  };

  /* The heading the passage `at` lies under (the last one at or before it), or null. */
  function sectionOf(headings, at) {
    var under = null;
    (headings || []).forEach(function (h) { if (h.at <= at) under = h; });
    return under;
  }

  /* A sub-result: the heading the shown excerpt lies under, as a second line linking to its
   * anchor on the page (a long directive's match is found where it stands). */
  Search.prototype.addSection = function (item, page, heading) {
    if (!heading || !heading.anchor) return;
    var link = document.createElement("a");
    link.className = "bangtin-search__section";
    link.href = this.index.root + page.url + "#" + encodeURIComponent(heading.anchor);
    link.tabIndex = -1;
    link.textContent = heading.text;
    item.appendChild(link);
  };

  Search.prototype.fillResult = function (item, page, excerpt) {
    var kinds = this.index.manifest.kinds || {};
    var query = this.query || new window.bangtinHighlight.Query({});
    var ranges = query.marker([page.title, page.subject, excerpt]);
    var mark = function (node, text) { return window.bangtinHighlight.mark(node, text, ranges(String(text))); };
    item.textContent = "";
    var link = document.createElement("a");
    link.className = "md-search-result__link";
    link.href = this.index.root + page.url;
    link.tabIndex = -1;
    var article = document.createElement("article");
    article.className = "md-search-result__article md-typeset";
    var label = document.createElement("p");
    label.className = "bangtin-search__kind";
    label.textContent = (kinds[page.kind] || page.kind) + (page.stub ? " · " + TEXT.stub : "");
    article.appendChild(label);
    article.appendChild(mark(document.createElement("h1"), page.title || page.url));
    var sub = [page.date, page.issuer].filter(Boolean).join(" · ");
    if (sub) {
      var info = document.createElement("p");
      info.className = "bangtin-search__sub";
      info.textContent = sub;
      article.appendChild(info);
    }
    if (page.subject) {
      var subject = mark(document.createElement("p"), page.subject);
      subject.className = "bangtin-search__subject";
      article.appendChild(subject);
    }
    if (excerpt && excerpt !== page.subject) {
      var text = mark(document.createElement("p"), excerpt);
      text.className = "bangtin-search__excerpt";
      article.appendChild(text);
    }
    link.appendChild(article);
    item.appendChild(link);
  };

  Search.prototype.renderFilters = function (counts) {
    var self = this;
    this.filterList.textContent = "";
    var any = false;
    counts.forEach(function (facet) {
      var key = facet.key;
      var order = facet.values.map(function (_, i) { return i; }).filter(function (i) {
        return facet.counts[i] > 0 || self.filters[key] === facet.values[i];
      });
      if (!order.length) return;
      any = true;
      order.sort(function (a, b) {
        var x = facet.values[a], y = facet.values[b];
        return key === "nam" || key === "chu_de" ? y.localeCompare(x, "vi") : x.localeCompare(y, "vi");
      });
      var label = document.createElement("label");
      label.className = "bangtin-search__filter";
      var name = document.createElement("span");
      name.textContent = facet.label;
      var select = document.createElement("select");
      select.setAttribute("data-filter", key);
      var all = document.createElement("option");
      all.value = "";
      all.textContent = TEXT.all;
      select.appendChild(all);
      order.forEach(function (i) {
        var option = document.createElement("option");
        option.value = facet.values[i];
        option.textContent = facet.values[i] + " (" + thousands(facet.counts[i]) + ")";
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
    this.filterBox.hidden = !any && !Object.keys(this.activeFilters()).length;
  };

  function start() {
    var box = document.querySelector("[data-bangtin-search]");
    if (box && !box.bangtinSearch) box.bangtinSearch = new Search(box);
  }

  window.bangtinSearch = {
    fold: fold, compactKey: compactKey, crc32: crc32, planQuery: planQuery, readShard: readShard,
    Index: Index, telex: telex, corrections: corrections
  };
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})();

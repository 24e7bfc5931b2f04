/*
 * cairn default theme: the site search, a progressive enhancement.
 *
 * The box in the header (hidden without JavaScript) shows the best results as you type:
 * chapter, page title, the matching section, a snippet with the words highlighted (<mark>),
 * each linking straight to the section. Keys: "/" focuses the box, the arrow keys move
 * through the results, Enter opens the first (or focused) one, Escape closes the list.
 * The search page (/search.html?q=words, templates/search.peb) shows every result; its
 * address always holds the query, so a search can be linked to.
 *
 * The index is split (see SearchIndexWriter): a small manifest, then only the shards of
 * the words typed (by prefix) and one small file per result shown. Words are folded as
 * cairn.markdown.SearchWords folds them: lower case, accents and other marks dropped.
 */
(function () {
  'use strict';

  var script = document.currentScript;
  var data = script ? script.dataset : {};
  var DROPDOWN_RESULTS = 8;
  var PAGE_RESULTS = 20;
  var SNIPPET = 180;
  var UNAVAILABLE = 'Search is unavailable here (the index could not be loaded).';

  /* ---------- words ---------- */

  function fold(text) {
    return text.normalize('NFKD').replace(/\p{M}+/gu, '').toLowerCase();
  }

  /* The distinct words of a query, as the index holds them: folded, two characters or more, no stop words. */
  function terms(query, stop) {
    var seen = {};
    return fold(query).split(/[^\p{L}\p{N}]+/u).filter(function (t) {
      if (t.length < 2 || stop[t] || seen[t]) { return false; }
      seen[t] = true;
      return true;
    });
  }

  /* text folded, with at[i] the index in text of folded character i (null: the same index). */
  function folded(text) {
    if (/^[\x00-\x7f]*$/.test(text)) { return { text: text.toLowerCase(), at: null }; }
    var out = '';
    var at = [];
    for (var i = 0; i < text.length;) {
      var ch = String.fromCodePoint(text.codePointAt(i));
      var f = fold(ch);
      for (var k = 0; k < f.length; k++) { at.push(i); }
      out += f;
      i += ch.length;
    }
    at.push(text.length);
    return { text: out, at: at };
  }

  function escapeRegExp(s) {
    return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  }

  /* Where the terms start a word in text: [{start, end, term}] in original positions, in order. */
  function matches(text, termList) {
    if (!text || !termList.length) { return []; }
    var f = folded(text);
    var re = new RegExp('(^|[^\\p{L}\\p{N}])(' + termList.map(escapeRegExp).join('|') + ')', 'gu');
    var out = [];
    var m;
    while ((m = re.exec(f.text)) !== null) {
      var s = m.index + m[1].length;
      var e = s + m[2].length;
      while (e < f.text.length && /[\p{L}\p{N}]/u.test(f.text[e])) { e++; } /* mark the whole word */
      out.push({ start: f.at ? f.at[s] : s, end: f.at ? f.at[e] : e, term: m[2] });
      re.lastIndex = e;
    }
    return out;
  }

  function distinct(found) {
    var seen = {};
    found.forEach(function (m) { seen[m.term] = true; });
    return Object.keys(seen).length;
  }

  /* ---------- the index ---------- */

  function Index(url) {
    this.url = url;
    this.dir = url.replace(/[^/]*$/, '');
    this.manifest = null;
    this.shards = {};
    this.pages = {};
  }

  Index.prototype.json = function (path) {
    return fetch(path, { credentials: 'same-origin' }).then(function (r) {
      if (!r.ok) { throw new Error('HTTP ' + r.status + ' for ' + path); }
      return r.json();
    });
  };

  Index.prototype.open = function () {
    var self = this;
    if (!self.manifest) {
      self.manifest = self.json(self.url).then(function (m) {
        var stop = {};
        m.stop.forEach(function (w) { stop[w] = true; });
        return { id: m.id, pages: m.pages, keys: m.shards, stop: stop };
      });
    }
    return self.manifest;
  };

  /* Shard file names, as SearchShards.fileName spells them. Every word is in the shard of one of its prefixes. */
  function fileName(key) {
    var out = '';
    for (var i = 0; i < key.length;) {
      var cp = key.codePointAt(i);
      out += /[a-z0-9]/.test(key[i]) ? key[i] : '_' + cp.toString(16) + '_';
      i += cp > 0xffff ? 2 : 1;
    }
    return out;
  }

  Index.prototype.shard = function (m, key) {
    if (!this.shards[key]) {
      this.shards[key] = this.json(this.dir + 'w/' + fileName(key) + '.json?v=' + m.id);
    }
    return this.shards[key];
  };

  Index.prototype.page = function (m, n) {
    if (!this.pages[n]) {
      this.pages[n] = this.json(this.dir + 'p/' + n + '.json?v=' + m.id);
    }
    return this.pages[n];
  };

  function fieldScore(fields, exact) {
    return (fields & 8 ? 10 : 0) + (fields & 4 ? 4 : 0) + (fields & 2 ? 3 : 0) + (fields & 1 ? 1 : 0) + (exact ? 0.5 : 0);
  }

  /*
   * The pages that hold every term (as the start of a word), best first: a term scores
   * 10 in the title, 4 in a heading, 3 in the description, 1 in the body, half a point
   * more when it is the whole word; ties keep the guide's reading order.
   */
  Index.prototype.search = function (query) {
    var self = this;
    return self.open().then(function (m) {
      var list = terms(query, m.stop);
      if (!list.length) { return { terms: list, hits: [], manifest: m }; }
      return Promise.all(list.map(function (term) {
        var keys = m.keys.filter(function (k) { return term.indexOf(k) === 0 || k.indexOf(term) === 0; });
        return Promise.all(keys.map(function (k) { return self.shard(m, k); })).then(function (shards) {
          var scores = new Float64Array(m.pages); /* per page, the best score of a word the term starts */
          shards.forEach(function (shard) {
            Object.keys(shard).forEach(function (word) {
              if (word.indexOf(term) !== 0) { return; }
              var page = -1;
              var postings = shard[word];
              for (var i = 0; i < postings.length; i++) {
                page += postings[i] >> 4;
                var s = fieldScore(postings[i] & 15, word === term);
                if (s > scores[page]) { scores[page] = s; }
              }
            });
          });
          return scores;
        });
      })).then(function (perTerm) {
        var hits = [];
        for (var page = 0; page < m.pages; page++) {
          var score = 0;
          for (var t = 0; t < perTerm.length && score >= 0; t++) {
            score = perTerm[t][page] > 0 ? score + perTerm[t][page] : -1;
          }
          if (score > 0) { hits.push({ page: page, score: score }); }
        }
        hits.sort(function (a, b) { return b.score - a.score || a.page - b.page; });
        return { terms: list, hits: hits, manifest: m };
      });
    });
  };

  /* ---------- one result ---------- */

  /* The section that holds the most terms (a heading match breaks ties), or the top of the page. */
  function bestSection(page, termList) {
    var best = { index: 0, count: 0, heading: false };
    page.s.forEach(function (text, i) {
      var heading = i > 0 ? page.h[i - 1][1] : '';
      var inHeading = distinct(matches(heading, termList));
      var count = distinct(matches(heading + ' \n ' + text, termList));
      if (count > best.count || (count === best.count && count > 0 && inHeading > 0 && !best.heading)) {
        best = { index: i, count: count, heading: inHeading > 0 };
      }
    });
    return best.index;
  }

  /* A window of about SNIPPET characters of text around the most terms, or null when no term is in it. */
  function snippet(text, termList) {
    var found = matches(text, termList);
    if (!found.length) { return null; }
    var from = found[0].start;
    var most = 0;
    for (var i = 0; i < Math.min(found.length, 50); i++) {
      var inside = found.filter(function (m) { return m.start >= found[i].start && m.end <= found[i].start + SNIPPET - 40; });
      var n = distinct(inside);
      if (n > most) { most = n; from = found[i].start; }
    }
    var start = Math.max(0, from - 40);
    if (start > 0) {
      var space = text.indexOf(' ', start);
      start = space >= 0 && space < from ? space + 1 : from;
    }
    var end = Math.min(text.length, start + SNIPPET);
    if (end < text.length) {
      var cut = text.lastIndexOf(' ', end);
      end = cut > from ? cut : end;
    }
    return { text: text.slice(start, end), before: start > 0, after: end < text.length, offset: start,
      marks: found.filter(function (m) { return m.start >= start && m.end <= end; }) };
  }

  /* Appends text to el with the terms wrapped in <mark>. */
  function highlight(el, text, termList, found) {
    var marks = found || matches(text, termList);
    var at = 0;
    marks.forEach(function (m) {
      el.appendChild(document.createTextNode(text.slice(at, m.start)));
      var mark = document.createElement('mark');
      mark.textContent = text.slice(m.start, m.end);
      el.appendChild(mark);
      at = m.end;
    });
    el.appendChild(document.createTextNode(text.slice(at)));
  }

  function span(className) {
    var el = document.createElement('span');
    el.className = className;
    return el;
  }

  /* The link of one result: chapter, title › section, snippet. */
  function resultLink(page, termList) {
    var i = bestSection(page, termList);
    var a = document.createElement('a');
    a.className = 'search-result';
    a.href = page.u + (i > 0 ? '#' + page.h[i - 1][0] : '');
    if (page.c) {
      var chapter = span('search-result-chapter');
      chapter.textContent = page.c;
      a.appendChild(chapter);
    }
    var title = span('search-result-title');
    highlight(title, page.t, termList);
    if (i > 0) {
      var section = span('search-result-section');
      section.appendChild(document.createTextNode(' \u203a '));
      highlight(section, page.h[i - 1][1], termList);
      title.appendChild(section);
    }
    a.appendChild(title);
    var cut = snippet(page.s[i], termList) || snippet(page.m, termList);
    var text = cut ? null : (page.m || page.s[0] || '');
    if (cut || text) {
      var p = span('search-result-snippet');
      if (cut) {
        p.appendChild(document.createTextNode(cut.before ? '\u2026' : ''));
        highlight(p, cut.text, termList, cut.marks.map(function (m) {
          return { start: m.start - cut.offset, end: m.end - cut.offset };
        }));
        p.appendChild(document.createTextNode(cut.after && !/[.!?:]$/.test(cut.text) ? '\u2026' : ''));
      } else {
        p.textContent = text.length > SNIPPET ? text.slice(0, text.lastIndexOf(' ', SNIPPET)) + '\u2026' : text;
      }
      a.appendChild(p);
    }
    return a;
  }

  function count(n) {
    return n === 0 ? 'No pages match.' : n === 1 ? '1 page matches.' : n + ' pages match';
  }

  /* ---------- the box in the header ---------- */

  function Search(root, index, pageUrl) {
    this.root = root;
    this.index = index;
    this.pageUrl = pageUrl;
    this.form = root.querySelector('form');
    this.input = root.querySelector('input');
    this.panel = root.querySelector('.search-panel');
    this.status = root.querySelector('.search-status');
    this.list = root.querySelector('.search-results');
    this.seq = 0;
    this.bind();
    root.hidden = false;
  }

  Search.prototype.run = function () {
    var self = this;
    var query = self.input.value;
    var seq = ++self.seq;
    if (query.trim().length < 2) {
      self.close();
      return;
    }
    self.index.search(query).then(function (r) {
      if (seq !== self.seq) { return null; }
      if (!r.terms.length) {
        self.render([], r, 'Type a longer word.');
        return null;
      }
      var shown = r.hits.slice(0, DROPDOWN_RESULTS);
      return Promise.all(shown.map(function (h) { return self.index.page(r.manifest, h.page); })).then(function (pages) {
        if (seq !== self.seq) { return; }
        var n = r.hits.length;
        self.render(pages, r, count(n) + (n > 1 ? (n > shown.length ? ', showing the best ' + shown.length + '.' : '.') : ''));
      });
    }).catch(function () {
      if (seq === self.seq) { self.show(UNAVAILABLE); }
    });
  };

  Search.prototype.render = function (pages, r, message) {
    var list = this.list;
    list.textContent = '';
    pages.forEach(function (page) {
      var li = document.createElement('li');
      li.appendChild(resultLink(page, r.terms));
      list.appendChild(li);
    });
    if (r.hits.length > pages.length && this.pageUrl) {
      var li = document.createElement('li');
      var all = document.createElement('a');
      all.className = 'search-result search-all';
      all.href = this.pageUrl + '?q=' + encodeURIComponent(this.input.value.trim());
      all.textContent = 'See all ' + r.hits.length + ' results';
      li.appendChild(all);
      list.appendChild(li);
    }
    this.show(message);
  };

  Search.prototype.show = function (message) {
    this.status.textContent = message;
    this.panel.hidden = false;
  };

  Search.prototype.close = function () {
    this.seq++;
    this.panel.hidden = true;
    this.list.textContent = '';
    this.status.textContent = '';
  };

  Search.prototype.links = function () {
    return Array.prototype.slice.call(this.list.querySelectorAll('a'));
  };

  Search.prototype.bind = function () {
    var self = this;
    self.form.addEventListener('submit', function (e) {
      var first = self.links()[0];
      if (first) { /* else the form goes to the search page, ?q=words */
        e.preventDefault();
        window.location.href = first.href;
      }
    });
    self.input.addEventListener('focus', function () { self.index.open().catch(function () {}); });
    self.input.addEventListener('input', function () { self.run(); });
    self.root.addEventListener('keydown', function (e) {
      var links = self.links();
      var at = links.indexOf(document.activeElement);
      if (e.key === 'ArrowDown' && links.length) {
        e.preventDefault();
        links[Math.min(at + 1, links.length - 1)].focus();
      } else if (e.key === 'ArrowUp' && links.length) {
        e.preventDefault();
        if (at <= 0) { self.input.focus(); } else { links[at - 1].focus(); }
      } else if (e.key === 'Escape') {
        self.close();
        self.input.focus();
      }
    });
    document.addEventListener('keydown', function (e) {
      var target = e.target;
      var typing = target && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));
      if (e.key === '/' && !typing && !e.ctrlKey && !e.metaKey && !e.altKey) {
        e.preventDefault();
        self.input.focus();
        self.input.select();
      }
    });
    document.addEventListener('click', function (e) {
      if (!self.root.contains(e.target)) { self.close(); }
    });
  };

  /* ---------- the search page ---------- */

  function SearchPage(root, index) {
    this.root = root;
    this.index = index;
    this.form = document.querySelector('.search-page-form');
    this.input = document.getElementById('cairn_search_page_input');
    this.status = document.getElementById('cairn_search_page_status');
    this.list = document.getElementById('cairn_search_page_list');
    this.more = document.getElementById('cairn_search_page_more');
    this.seq = 0;
    this.result = null;
    this.shown = 0;
    var fallback = document.querySelector('[data-cairn-search-fallback]');
    if (fallback) { fallback.hidden = true; }
    root.hidden = false;
    this.bind();
    this.input.value = new URLSearchParams(window.location.search).get('q') || '';
    this.run(false);
  }

  SearchPage.prototype.bind = function () {
    var self = this;
    var timer = null;
    self.form.addEventListener('submit', function (e) {
      e.preventDefault();
      self.run(true);
    });
    self.input.addEventListener('input', function () {
      clearTimeout(timer);
      timer = setTimeout(function () { self.run(true); }, 120);
    });
    self.more.addEventListener('click', function () { self.showMore(); });
  };

  SearchPage.prototype.run = function (remember) {
    var self = this;
    var query = self.input.value.trim();
    var seq = ++self.seq;
    if (remember) {
      var url = window.location.pathname + (query ? '?q=' + encodeURIComponent(query) : '');
      window.history.replaceState(null, '', url);
    }
    self.list.textContent = '';
    self.more.hidden = true;
    if (!query) {
      self.status.textContent = 'Type the words to search for.';
      return;
    }
    self.index.search(query).then(function (r) {
      if (seq !== self.seq) { return null; }
      self.result = r;
      self.shown = 0;
      var n = r.hits.length;
      self.status.textContent = !r.terms.length ? 'Type a longer word.'
        : (n === 0 ? 'No pages match \u201c' + query + '\u201d.' : count(n).replace(/\.$/, '') + ' \u201c' + query + '\u201d.');
      return self.showMore();
    }).catch(function () {
      if (seq === self.seq) { self.status.textContent = UNAVAILABLE; }
    });
  };

  SearchPage.prototype.showMore = function () {
    var self = this;
    var r = self.result;
    var seq = self.seq;
    var next = r.hits.slice(self.shown, self.shown + PAGE_RESULTS);
    var first = self.shown;
    self.shown += next.length;
    return Promise.all(next.map(function (h) { return self.index.page(r.manifest, h.page); })).then(function (pages) {
      if (seq !== self.seq) { return; }
      pages.forEach(function (page) {
        var li = document.createElement('li');
        li.appendChild(resultLink(page, r.terms));
        self.list.appendChild(li);
      });
      self.more.hidden = self.shown >= r.hits.length;
      if (first > 0 && self.list.children[first]) { self.list.children[first].querySelector('a').focus(); }
    });
  };

  /* ---------- start ---------- */

  if (!data.searchIndex || !window.fetch) { return; }
  var index = new Index(data.searchIndex);
  var searchRoot = document.querySelector('[data-cairn-search]');
  if (searchRoot) {
    new Search(searchRoot, index, data.searchPage);
  }
  var pageRoot = document.querySelector('[data-cairn-search-page]');
  if (pageRoot) {
    new SearchPage(pageRoot, index);
  }
}());

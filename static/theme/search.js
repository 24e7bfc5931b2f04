/*
 * cairn default theme: the site search, a progressive enhancement. The box in the header
 * (hidden without JavaScript) loads the build's search index (/search-index.json, see
 * SearchIndexWriter) on first use and shows results as you type. Keys: "/" focuses the
 * box, arrow keys move through results, Enter opens the first (or focused) result,
 * Escape closes the list.
 */
(function () {
  'use strict';

  var script = document.currentScript;
  var data = script ? script.dataset : {};
  var MAX_RESULTS = 8;

  function fold(text) {
    return text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
  }

  function terms(query) {
    return fold(query).split(/[^\p{L}\p{N}]+/u).filter(function (t) { return t.length > 0; });
  }

  function Search(root, indexUrl) {
    this.root = root;
    this.input = root.querySelector('input');
    this.panel = root.querySelector('.search-panel');
    this.status = root.querySelector('.search-status');
    this.list = root.querySelector('.search-results');
    this.indexUrl = indexUrl;
    this.pages = null;
    this.loading = null;
    this.bind();
    root.hidden = false;
  }

  Search.prototype.load = function () {
    var self = this;
    if (!self.loading) {
      self.loading = fetch(self.indexUrl, { credentials: 'same-origin' })
        .then(function (r) {
          if (!r.ok) { throw new Error('HTTP ' + r.status); }
          return r.json();
        })
        .then(function (json) {
          self.pages = json.pages.map(function (p) {
            return {
              title: p[0], url: p[1], meta: p[2],
              t: ' ' + fold(p[0]), m: ' ' + fold(p[2]), h: ' ' + fold(p[3]), w: ' ' + p[4]
            };
          });
        })
        .catch(function () {
          self.pages = [];
          self.show('Search is unavailable here (the index could not be loaded).');
        });
    }
    return self.loading;
  };

  /* A term scores where it starts a word: title 10, headings 4, description 3, body 1; every term must match. */
  function score(page, query) {
    var total = 0;
    for (var i = 0; i < query.length; i++) {
      var needle = ' ' + query[i];
      var s = 0;
      if (page.t.indexOf(needle) >= 0) { s += 10; }
      if (page.h.indexOf(needle) >= 0) { s += 4; }
      if (page.m.indexOf(needle) >= 0) { s += 3; }
      if (page.w.indexOf(needle) >= 0) { s += 1; }
      if (s === 0) { return 0; }
      total += s;
    }
    return total;
  }

  Search.prototype.run = function () {
    var query = terms(this.input.value);
    if (query.length === 0) {
      this.close();
      return;
    }
    var hits = [];
    this.pages.forEach(function (p, i) {
      var s = score(p, query);
      if (s > 0) { hits.push({ page: p, score: s, order: i }); }
    });
    hits.sort(function (a, b) { return b.score - a.score || a.order - b.order; });
    this.render(hits.slice(0, MAX_RESULTS), hits.length);
  };

  Search.prototype.render = function (hits, count) {
    var list = this.list;
    list.textContent = '';
    hits.forEach(function (hit) {
      var li = document.createElement('li');
      var a = document.createElement('a');
      a.href = hit.page.url;
      a.className = 'search-result';
      var title = document.createElement('span');
      title.className = 'search-result-title';
      title.textContent = hit.page.title;
      a.appendChild(title);
      if (hit.page.meta) {
        var meta = document.createElement('span');
        meta.className = 'search-result-meta';
        meta.textContent = hit.page.meta;
        a.appendChild(meta);
      }
      li.appendChild(a);
      list.appendChild(li);
    });
    this.show(count === 0 ? 'No pages match.' : count === 1 ? '1 page matches.'
      : count + ' pages match' + (count > hits.length ? ', showing the best ' + hits.length + '.' : '.'));
  };

  Search.prototype.show = function (message) {
    this.status.textContent = message;
    this.panel.hidden = false;
  };

  Search.prototype.close = function () {
    this.panel.hidden = true;
    this.list.textContent = '';
    this.status.textContent = '';
  };

  Search.prototype.links = function () {
    return Array.prototype.slice.call(this.list.querySelectorAll('a'));
  };

  Search.prototype.bind = function () {
    var self = this;
    var form = self.root.querySelector('form');
    form.addEventListener('submit', function (e) {
      e.preventDefault();
      var first = self.links()[0];
      if (first) { window.location.href = first.href; }
    });
    self.input.addEventListener('focus', function () { self.load(); });
    self.input.addEventListener('input', function () {
      self.load().then(function () { self.run(); });
    });
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
      }
    });
    document.addEventListener('click', function (e) {
      if (!self.root.contains(e.target)) { self.close(); }
    });
  };

  var searchRoot = document.querySelector('[data-cairn-search]');
  if (searchRoot && data.searchIndex && window.fetch) {
    new Search(searchRoot, data.searchIndex);
  }
}());

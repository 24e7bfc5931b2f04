/*
 * cairn default theme script: progressive enhancements only. Every page is fully
 * readable and navigable without JavaScript (the mobile "Chapters" toggle is pure CSS).
 * The site search is theme/search.js.
 *
 * 1. Syntax highlighting: pages with fenced code load the vendored Prism bundle
 *    (theme/prism.js) when a block comes near the screen, then highlight one block per
 *    task; code stays plain, readable text until then.
 * 2. The theme switch (system, light, dark), remembered in localStorage; the inline
 *    script in base.peb applies the choice before first paint.
 * 3. "On this page": the link of the section being read is marked (IntersectionObserver).
 * 4. Code blocks: a language label and a copy button.
 * 5. Phone header: the search box gets focus when its icon opens it; Escape or a tap
 *    outside closes the chapters menu.
 */
(function () {
  'use strict';

  var script = document.currentScript;
  var data = script ? script.dataset : {};

  /* ---------- syntax highlighting ---------- */

  function highlight(src) {
    var blocks = document.querySelectorAll('pre > code[class*="language-"]');
    if (!blocks.length || !src) { return; }
    if ('IntersectionObserver' in window) {
      // load the highlighter when the first block comes near the screen, not with the page
      var seen = false;
      var observer = new IntersectionObserver(function (entries) {
        if (seen || !entries.some(function (e) { return e.isIntersecting; })) { return; }
        seen = true;
        observer.disconnect();
        loadHighlighter(src, blocks);
      }, { rootMargin: '400px 0px' });
      Array.prototype.forEach.call(blocks, function (b) { observer.observe(b); });
    } else {
      loadHighlighter(src, blocks);
    }
  }

  // runs fn when the browser is idle (at the latest after a second), so work that only
  // decorates the page never competes with loading it or with the reader's input
  function whenIdle(fn) {
    if ('requestIdleCallback' in window) {
      window.requestIdleCallback(fn, { timeout: 1000 });
    } else {
      setTimeout(fn, 50);
    }
  }

  function loadHighlighter(src, blocks) {
    window.Prism = window.Prism || {};
    window.Prism.manual = true;
    var s = document.createElement('script');
    s.src = src;
    s.onload = function () {
      // one block per idle period, so a page of code never blocks input for long
      var i = 0;
      (function next() {
        if (i < blocks.length) {
          window.Prism.highlightElement(blocks[i++]);
          whenIdle(next);
        } else {
          document.documentElement.classList.add('code-highlighted');
        }
      }());
    };
    whenIdle(function () { document.head.appendChild(s); });
  }

  /* ---------- theme switch: system → light → dark, remembered in localStorage ---------- */

  var THEME_KEY = 'cairn-theme';
  var THEME_NEXT = { system: 'light', light: 'dark', dark: 'system' };
  var THEME_NAME = { system: 'same as system', light: 'light', dark: 'dark' };

  function storedTheme() {
    try {
      var t = window.localStorage.getItem(THEME_KEY);
      return t === 'light' || t === 'dark' ? t : 'system';
    } catch (e) {
      return 'system';
    }
  }

  function themeSwitch(button) {
    if (!button) { return; }
    function show(mode) {
      button.setAttribute('data-mode', mode);
      var label = 'Colour theme: ' + THEME_NAME[mode] + ' (switch to ' + THEME_NAME[THEME_NEXT[mode]] + ')';
      button.setAttribute('aria-label', label);
      button.title = label;
    }
    show(storedTheme());
    button.hidden = false;
    button.addEventListener('click', function () {
      var mode = THEME_NEXT[button.getAttribute('data-mode')] || 'system';
      try {
        if (mode === 'system') {
          window.localStorage.removeItem(THEME_KEY);
        } else {
          window.localStorage.setItem(THEME_KEY, mode);
        }
      } catch (e) { /* private mode: the choice lasts for this page only */ }
      if (mode === 'system') {
        document.documentElement.removeAttribute('data-theme');
      } else {
        document.documentElement.setAttribute('data-theme', mode);
      }
      show(mode);
    });
  }

  /* ---------- "On this page": mark the section being read (the rail on wide screens) ---------- */

  function scrollSpy(toc) {
    if (!toc || !('IntersectionObserver' in window)) { return; }
    var links = Array.prototype.slice.call(toc.querySelectorAll('a[href^="#"]'));
    var targets = links.map(function (a) {
      return document.getElementById(decodeURIComponent(a.getAttribute('href').slice(1)));
    });
    var header = document.querySelector('.site-header');
    var current = null;
    function update() {
      // the current section is the last heading above a line just under the sticky header
      var line = (header ? header.getBoundingClientRect().bottom : 0) + 24;
      var at = -1;
      for (var i = 0; i < targets.length; i++) {
        if (targets[i] && targets[i].getBoundingClientRect().top <= line) { at = i; }
      }
      var nearBottom = window.innerHeight + window.scrollY >= document.documentElement.scrollHeight - 2;
      if (nearBottom && targets.length) {
        // the last sections may never reach the line: at the very bottom, the last one visible is current
        for (var j = targets.length - 1; j > at; j--) {
          if (targets[j] && targets[j].getBoundingClientRect().top < window.innerHeight) { at = j; break; }
        }
      }
      var link = at >= 0 ? links[at] : null;
      if (link === current) { return; }
      // every read before the first write: one layout, none forced by the class changes
      var box = link ? toc.getBoundingClientRect() : null;
      var r = link ? link.getBoundingClientRect() : null;
      var scrolls = link && toc.scrollHeight > toc.clientHeight && (r.top < box.top || r.bottom > box.bottom);
      if (current) {
        current.classList.remove('is-current');
        current.removeAttribute('aria-current');
      }
      current = link;
      if (link) {
        link.classList.add('is-current');
        link.setAttribute('aria-current', 'location');
        if (scrolls) {
          toc.scrollTop += r.top - box.top - box.height / 3;
        }
      }
    }
    // a heading entering or leaving the screen triggers an update, which then reads where they are;
    // a jump between two long sections shows no heading at either end, so scrolling also updates,
    // at most once a frame
    var observer = new IntersectionObserver(update, { threshold: [0, 1] });
    targets.forEach(function (t) { if (t) { observer.observe(t); } });
    var queued = false;
    window.addEventListener('scroll', function () {
      if (queued) { return; }
      queued = true;
      window.requestAnimationFrame(function () {
        queued = false;
        update();
      });
    }, { passive: true });
    window.requestAnimationFrame(update); // after this script's other changes to the page, not forcing a layout
  }

  /* ---------- code blocks: language label and copy button ---------- */

  var LANGUAGES = {
    bash: 'Bash', sh: 'Shell', shell: 'Shell', console: 'Console', zsh: 'Zsh', powershell: 'PowerShell',
    python: 'Python', py: 'Python', js: 'JavaScript', javascript: 'JavaScript', ts: 'TypeScript',
    typescript: 'TypeScript', java: 'Java', json: 'JSON', yaml: 'YAML', yml: 'YAML', toml: 'TOML',
    html: 'HTML', xml: 'XML', css: 'CSS', sql: 'SQL', markdown: 'Markdown', md: 'Markdown', go: 'Go',
    rust: 'Rust', ruby: 'Ruby', c: 'C', cpp: 'C++', csharp: 'C#', php: 'PHP', diff: 'Diff', ini: 'INI',
    dockerfile: 'Dockerfile', text: 'Text', plain: 'Text', txt: 'Text', pebble: 'Pebble', jinja: 'Jinja'
  };

  function copyText(text) {
    if (navigator.clipboard && window.isSecureContext) {
      return navigator.clipboard.writeText(text);
    }
    return new Promise(function (resolve, reject) {
      var area = document.createElement('textarea');
      area.value = text;
      area.setAttribute('readonly', '');
      area.style.position = 'fixed';
      area.style.opacity = '0';
      document.body.appendChild(area);
      area.select();
      var ok = false;
      try { ok = document.execCommand('copy'); } catch (e) { ok = false; }
      document.body.removeChild(area);
      if (ok) { resolve(); } else { reject(new Error('copy refused')); }
    });
  }

  function codeBlocks() {
    var blocks = document.querySelectorAll('.prose pre > code');
    if (!blocks.length) { return; }
    var status = document.createElement('p');
    status.className = 'visually-hidden';
    status.setAttribute('role', 'status');
    document.body.appendChild(status);
    Array.prototype.forEach.call(blocks, function (code) {
      var pre = code.parentNode;
      // A long line makes the block scroll sideways; keyboard readers reach it with Tab.
      if (!pre.hasAttribute('tabindex')) { pre.setAttribute('tabindex', '0'); }
      var wrap = document.createElement('div');
      wrap.className = 'code-block';
      pre.parentNode.insertBefore(wrap, pre);
      wrap.appendChild(pre);
      var bar = document.createElement('div');
      bar.className = 'code-bar';
      var match = /(?:^|\s)language-([\w+#-]+)/.exec(code.className);
      if (match) {
        var lang = document.createElement('span');
        lang.className = 'code-lang';
        lang.textContent = LANGUAGES[match[1].toLowerCase()] || match[1];
        bar.appendChild(lang);
      }
      var button = document.createElement('button');
      button.type = 'button';
      button.className = 'code-copy';
      button.textContent = 'Copy';
      button.setAttribute('aria-label', 'Copy code' + (match ? ' (' + (LANGUAGES[match[1].toLowerCase()] || match[1]) + ')' : ''));
      var timer = null;
      button.addEventListener('click', function () {
        copyText(code.textContent.replace(/\n$/, '')).then(function () {
          button.textContent = 'Copied';
          button.setAttribute('data-copied', '');
          status.textContent = 'Copied to the clipboard.';
        }, function () {
          button.textContent = 'Copy failed';
          status.textContent = 'Could not copy; select the code and copy it instead.';
        });
        clearTimeout(timer);
        timer = setTimeout(function () {
          button.textContent = 'Copy';
          button.removeAttribute('data-copied');
        }, 2000);
      });
      bar.appendChild(button);
      wrap.appendChild(bar);
    });
  }

  /* ---------- phone header: focus the search box when it opens; Escape or a tap outside closes menus ---------- */

  function phoneMenus() {
    var searchToggle = document.getElementById('cairn_search_toggle');
    var input = document.getElementById('cairn_search_input');
    var chapters = document.getElementById('cairn_chapters_toggle');
    if (searchToggle && input) {
      searchToggle.addEventListener('change', function () {
        if (searchToggle.checked) { input.focus(); }
      });
    }
    document.addEventListener('keydown', function (e) {
      if (e.key !== 'Escape') { return; }
      if (chapters && chapters.checked) { chapters.checked = false; }
      if (searchToggle && searchToggle.checked && (!input || !input.value)) { searchToggle.checked = false; }
    });
    document.addEventListener('click', function (e) {
      if (!chapters || !chapters.checked) { return; }
      var t = e.target;
      if (t.closest && !t.closest('.sidebar-nav, .menu-button, #cairn_chapters_toggle')) { chapters.checked = false; }
    });
  }

  highlight(data.highlighter);
  themeSwitch(document.querySelector('[data-cairn-theme]'));
  scrollSpy(document.querySelector('.page.has-toc > .page-toc'));
  codeBlocks();
  phoneMenus();
}());

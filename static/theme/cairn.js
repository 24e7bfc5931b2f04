/*
 * cairn default theme script: progressive enhancements only. Every page is fully
 * readable and navigable without JavaScript (the mobile "Chapters" toggle is pure CSS).
 *
 * Syntax highlighting: pages with fenced code load the vendored Prism bundle
 * (theme/prism.js); code stays plain, readable text until then. The site search is
 * theme/search.js.
 */
(function () {
  'use strict';

  var script = document.currentScript;
  var data = script ? script.dataset : {};

  /* ---------- syntax highlighting ---------- */

  function highlight(src) {
    var blocks = document.querySelectorAll('pre > code[class*="language-"]');
    if (!blocks.length || !src) { return; }
    window.Prism = window.Prism || {};
    window.Prism.manual = true;
    var s = document.createElement('script');
    s.src = src;
    s.onload = function () {
      Array.prototype.forEach.call(blocks, function (code) { window.Prism.highlightElement(code); });
      document.documentElement.classList.add('code-highlighted');
    };
    document.head.appendChild(s);
  }

  highlight(data.highlighter);
}());

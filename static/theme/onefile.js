// One-file guides. On the home page: an old address of the list (README.md#web-frameworks, or this site's
// /#web-frameworks) goes to the page that section became, found in the Contents links' data-anchor
// (without JavaScript that list is there to follow by hand). On a category page: filters the entries by
// words and by sub-category as you type; without JavaScript the form stays hidden and every entry is shown.
(function () {
  "use strict";
  var id = decodeURIComponent(location.hash.slice(1));
  if (id && !document.getElementById(id)) {
    var links = document.querySelectorAll("a[data-anchor]");
    for (var i = 0; i < links.length; i++) {
      if (links[i].getAttribute("data-anchor") === id) { location.replace(links[i].href); return; }
    }
  }
  var form = document.querySelector(".entry-filter");
  var prose = document.querySelector(".prose");
  if (!form || !prose) { return; }
  var words = form.querySelector("input[name=q]");
  var category = form.querySelector("select[name=category]");
  var count = form.querySelector("output");
  var items = Array.prototype.slice.call(prose.querySelectorAll("li.entry"));
  var headings = Array.prototype.slice.call(prose.querySelectorAll("h2[id], h3[id], h4[id]"));
  // each entry's sub-category: the last heading before it
  var catOf = items.map(function (li) {
    var found = "";
    headings.forEach(function (h) {
      if (h.compareDocumentPosition(li) & Node.DOCUMENT_POSITION_FOLLOWING) { found = h.id; }
    });
    return found;
  });
  var texts = items.map(function (li) { return li.textContent.toLowerCase(); });
  headings.forEach(function (h) {
    if (catOf.indexOf(h.id) < 0) { return; }
    var o = document.createElement("option");
    o.value = h.id;
    o.textContent = h.textContent.replace(/\u00b6$/, "");
    category.appendChild(o);
  });
  if (category.options.length < 2) { // no sub-categories: words only
    var field = category.parentNode;
    field.parentNode.removeChild(field);
    category = null;
  }
  function apply() {
    var wanted = words.value.toLowerCase().split(/\s+/).filter(Boolean);
    var c = category ? category.value : "";
    var shown = 0;
    items.forEach(function (li, i) {
      var ok = (!c || catOf[i] === c) && wanted.every(function (w) { return texts[i].indexOf(w) >= 0; });
      li.hidden = !ok;
      if (ok) { shown++; }
    });
    headings.forEach(function (h) {
      h.hidden = (wanted.length > 0 || c) && !items.some(function (li, i) { return catOf[i] === h.id && !li.hidden; });
    });
    count.textContent = shown + " of " + items.length + " entries shown";
  }
  var params = new URLSearchParams(location.search);
  words.value = params.get("q") || "";
  form.addEventListener("input", apply);
  form.addEventListener("change", apply);
  form.addEventListener("submit", function (e) { e.preventDefault(); });
  form.hidden = false;
  apply();
})();

// "All resources" (/resources.html): filters the list by words and by domain as you type.
// Without JavaScript the form stays hidden and the whole list is shown.
(function () {
  "use strict";
  var form = document.querySelector(".resource-filter");
  if (!form) { return; }
  var words = form.querySelector("input[name=q]");
  var domain = form.querySelector("select[name=domain]");
  var count = form.querySelector(".resource-count");
  var items = Array.prototype.slice.call(document.querySelectorAll(".resource-list > li"));
  var texts = items.map(function (li) {
    var section = li.closest(".resource-section");
    return (li.textContent + " " + (section ? section.querySelector("h3").textContent : "")).toLowerCase();
  });
  function apply() {
    var wanted = words.value.toLowerCase().split(/\s+/).filter(Boolean);
    var d = domain.value;
    var shown = 0;
    items.forEach(function (li, i) {
      var ok = (!d || li.getAttribute("data-domain") === d)
        && wanted.every(function (w) { return texts[i].indexOf(w) >= 0; });
      li.hidden = !ok;
      if (ok) { shown++; }
    });
    document.querySelectorAll(".resource-section, .resource-chapter").forEach(function (s) {
      s.hidden = !s.querySelector(".resource-list > li:not([hidden])");
    });
    count.textContent = shown + " of " + items.length + " shown";
  }
  var params = new URLSearchParams(location.search);
  words.value = params.get("q") || "";
  domain.value = params.get("domain") || "";
  form.addEventListener("input", apply);
  form.addEventListener("submit", function (e) { e.preventDefault(); });
  form.hidden = false;
  apply();
})();

// Athenaeum reader's site: title suggestions in the search boxes (debounced, keyboard navigation)
// and a folded table of contents on phones. Served from /static (the CSP allows script only from
// the site itself); builds DOM with textContent only, never innerHTML.
(function () {
  "use strict";

  var DELAY_MS = 150;

  function attach(input) {
    var form = input.form;
    var list = document.createElement("ul");
    var timer = 0;
    var active = -1;
    var lastQuery = "";
    var controller = null;
    list.className = "suggestions";
    list.id = "suggestions-" + Math.random().toString(36).slice(2);
    list.setAttribute("role", "listbox");
    list.hidden = true;
    form.appendChild(list);
    input.setAttribute("role", "combobox");
    input.setAttribute("aria-autocomplete", "list");
    input.setAttribute("aria-controls", list.id);
    input.setAttribute("aria-expanded", "false");

    function close() {
      list.hidden = true;
      active = -1;
      input.setAttribute("aria-expanded", "false");
      input.removeAttribute("aria-activedescendant");
    }

    function select(index) {
      var items = list.children;
      if (items.length === 0) { return; }
      active = (index + items.length) % items.length;
      for (var i = 0; i < items.length; i++) {
        items[i].setAttribute("aria-selected", i === active ? "true" : "false");
      }
      input.setAttribute("aria-activedescendant", items[active].id);
    }

    function show(suggestions) {
      while (list.firstChild) { list.removeChild(list.firstChild); }
      active = -1;
      suggestions.forEach(function (s, i) {
        var li = document.createElement("li");
        var a = document.createElement("a");
        li.id = list.id + "-" + i;
        li.setAttribute("role", "option");
        a.href = s.url;
        a.textContent = s.title;
        if (s.redirectsTo) {
          var small = document.createElement("small");
          small.textContent = " → " + s.redirectsTo;
          a.appendChild(small);
        }
        li.appendChild(a);
        list.appendChild(li);
      });
      list.hidden = suggestions.length === 0;
      input.setAttribute("aria-expanded", suggestions.length === 0 ? "false" : "true");
    }

    function fetchSuggestions() {
      var q = input.value.trim();
      if (q === lastQuery) { return; }
      lastQuery = q;
      if (q.length === 0) { show([]); return; }
      if (controller) { controller.abort(); }
      controller = typeof AbortController === "function" ? new AbortController() : null;
      fetch(input.getAttribute("data-suggest") + "?q=" + encodeURIComponent(q), controller ? { signal: controller.signal } : {})
        .then(function (r) { return r.ok ? r.json() : []; })
        .then(function (s) { if (input.value.trim() === q) { show(s); } })
        .catch(function () { /* aborted or offline: keep the box usable */ });
    }

    input.addEventListener("input", function () {
      clearTimeout(timer);
      timer = setTimeout(fetchSuggestions, DELAY_MS);
    });
    input.addEventListener("keydown", function (e) {
      if (list.hidden) { return; }
      if (e.key === "ArrowDown") { select(active + 1); e.preventDefault(); }
      else if (e.key === "ArrowUp") { select(active - 1); e.preventDefault(); }
      else if (e.key === "Escape") { close(); }
      else if (e.key === "Enter" && active >= 0) {
        e.preventDefault();
        window.location.href = list.children[active].firstChild.href;
      }
    });
    input.addEventListener("blur", function () { setTimeout(close, 200); });
  }

  function init() {
    var inputs = document.querySelectorAll("input[data-suggest]");
    for (var i = 0; i < inputs.length; i++) { attach(inputs[i]); }
    var toc = document.querySelector("#toc details");
    if (toc && window.matchMedia && window.matchMedia("(max-width: 720px)").matches) {
      toc.open = false;
    }
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", init);
  } else {
    init();
  }
}());

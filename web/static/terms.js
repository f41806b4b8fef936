// Shows a glossary term's definition when a link to it is hovered or focused.
"use strict";
(function () {
  let terms = null;
  let loading = null;
  const tip = document.createElement("div");
  tip.className = "term-tip";
  tip.setAttribute("role", "tooltip");
  tip.hidden = true;
  document.body.appendChild(tip);
  function load() {
    if (!loading) {
      loading = fetch("/api/terms")
        .then((r) => (r.ok ? r.json() : {}))
        .then((t) => (terms = t))
        .catch(() => (terms = {}));
    }
    return loading;
  }
  async function show(a) {
    await load();
    const t = terms && terms[a.dataset.term];
    if (!t) return;
    tip.textContent = "";
    const b = document.createElement("strong");
    b.textContent = t.title;
    const p = document.createElement("p");
    p.textContent = t.definition;
    tip.append(b, p);
    tip.hidden = false;
    const r = a.getBoundingClientRect();
    // Below the term, or above it when the card would run off the bottom of the window.
    let top = r.bottom + 6;
    if (top + tip.offsetHeight > window.innerHeight - 8 && r.top - tip.offsetHeight - 6 >= 8) top = r.top - tip.offsetHeight - 6;
    tip.style.top = window.scrollY + top + "px";
    tip.style.left = Math.max(8, Math.min(window.scrollX + r.left, window.scrollX + document.documentElement.clientWidth - tip.offsetWidth - 8)) + "px";
  }
  document.addEventListener("mouseover", (e) => {
    const a = e.target.closest && e.target.closest("a.term");
    if (a) show(a);
  });
  document.addEventListener("mouseout", (e) => {
    if (e.target.closest && e.target.closest("a.term")) tip.hidden = true;
  });
  document.addEventListener("focusin", (e) => {
    const a = e.target.closest && e.target.closest("a.term");
    if (a) show(a);
  });
  document.addEventListener("focusout", () => (tip.hidden = true));
})();

// Shows a glossary term's definition when a link to it is hovered or focused. The card stays
// while the pointer is on it, and Esc closes it.
"use strict";
(function () {
  let terms = null;
  let loading = null;
  let hideTimer = null;
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
    clearTimeout(hideTimer);
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
    let top = r.bottom + 4;
    if (top + tip.offsetHeight > window.innerHeight - 8 && r.top - tip.offsetHeight - 4 >= 8) top = r.top - tip.offsetHeight - 4;
    tip.style.top = window.scrollY + top + "px";
    tip.style.left = Math.max(8, Math.min(window.scrollX + r.left, window.scrollX + document.documentElement.clientWidth - tip.offsetWidth - 8)) + "px";
  }
  function hide() {
    clearTimeout(hideTimer);
    tip.hidden = true;
  }
  function hideSoon() {
    clearTimeout(hideTimer);
    hideTimer = setTimeout(hide, 300);
  }
  document.addEventListener("mouseover", (e) => {
    const a = e.target.closest && e.target.closest("a.term");
    if (a) show(a);
  });
  document.addEventListener("mouseout", (e) => {
    if (e.target.closest && e.target.closest("a.term")) hideSoon();
  });
  tip.addEventListener("mouseenter", () => clearTimeout(hideTimer));
  tip.addEventListener("mouseleave", hideSoon);
  document.addEventListener("focusin", (e) => {
    const a = e.target.closest && e.target.closest("a.term");
    if (a) show(a);
  });
  document.addEventListener("focusout", hide);
  document.addEventListener("keydown", (e) => {
    if (e.key === "Escape" && !tip.hidden) hide();
  });
})();

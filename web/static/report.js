// Highlights the passages named in ?hl= (a citation's blocks) and scrolls the first into view.
"use strict";
(function () {
  const ids = (new URLSearchParams(location.search).get("hl") || "").split(",").filter(Boolean).slice(0, 20);
  let first = null;
  for (const id of ids) {
    const el = document.getElementById(id);
    if (!el) continue;
    el.classList.add("hl");
    el.setAttribute("tabindex", "-1");
    first = first || el;
  }
  if (first) {
    first.scrollIntoView({ block: "center" });
    first.focus({ preventScroll: true });
  }
})();

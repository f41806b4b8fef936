// Shows a thumbnail of every figure an answer cites, under its list of sources; the thumbnail
// opens the full figure in the report. It only reads the sources list chat.js renders (a cited
// figure's link is ?hl=fig-…[&…]#fig-…), so it stays apart from the chat's own code.
// The drawing is fetched from /figures/<anchor>.svg (checked and sanitized by the corpus) and
// inlined, so it takes the page's colours and follows dark mode; scripts cannot run in it under
// the page's CSP either way.
"use strict";
(function () {
  const figureRe = /[?&]hl=(fig-[a-z0-9-]+)(?:&[^#]*)?#(fig-[a-z0-9-]+)$/; // other parameters (q=…) may follow hl
  const cache = new Map(); // anchor → Promise<SVGElement|null>
  let serial = 0;

  function load(anchor) {
    if (!cache.has(anchor)) {
      cache.set(anchor, fetch("/figures/" + anchor + ".svg", { credentials: "same-origin" })
        .then((r) => (r.ok ? r.text() : ""))
        .then((text) => {
          if (!text) return null;
          const doc = new DOMParser().parseFromString(text, "image/svg+xml");
          const svg = doc.documentElement;
          if (!svg || svg.namespaceURI !== "http://www.w3.org/2000/svg" || svg.localName !== "svg") return null;
          return svg;
        })
        .catch(() => null));
    }
    return cache.get(anchor);
  }

  // copyOf imports the drawing with its ids made unique on the page, so two thumbnails of one
  // figure keep their own markers.
  function copyOf(svg) {
    const copy = document.importNode(svg, true);
    const suffix = "-t" + ++serial;
    const ids = new Set();
    for (const el of copy.querySelectorAll("[id]")) {
      ids.add(el.id);
      el.id += suffix;
    }
    for (const el of copy.querySelectorAll("*")) {
      for (const attr of ["marker-end", "marker-start", "href"]) {
        const v = el.getAttribute(attr);
        if (!v) continue;
        el.setAttribute(attr, v.replace(/#([A-Za-z0-9_-]+)/, (m, id) => (ids.has(id) ? "#" + id + suffix : m)));
      }
    }
    copy.removeAttribute("role");
    copy.removeAttribute("aria-labelledby");
    copy.setAttribute("aria-hidden", "true");
    copy.setAttribute("focusable", "false");
    return copy;
  }

  function decorate(ol) {
    ol.dataset.figThumbs = "1";
    const seen = new Set();
    const box = document.createElement("div");
    box.className = "fig-thumbs";
    for (const a of ol.querySelectorAll("a[href]")) {
      const m = figureRe.exec(a.getAttribute("href"));
      if (!m || m[1] !== m[2] || seen.has(m[1])) continue;
      seen.add(m[1]);
      const href = a.getAttribute("href");
      load(m[1]).then((svg) => {
        if (!svg || !ol.isConnected) return;
        const title = svg.querySelector("title");
        const link = document.createElement("a");
        link.className = "fig-thumb";
        link.href = href;
        link.dataset.figure = m[1];
        const pic = document.createElement("div");
        pic.className = "fig-svg";
        pic.appendChild(copyOf(svg));
        const label = document.createElement("span");
        label.className = "fig-thumb-label";
        label.textContent = "查看图：" + (title ? title.textContent : a.textContent);
        link.append(pic, label);
        box.appendChild(link);
        if (!box.isConnected) ol.after(box);
      });
    }
  }

  function scan() {
    for (const ol of document.querySelectorAll("ol.answer-sources:not([data-fig-thumbs])")) decorate(ol);
  }

  let pending = false;
  new MutationObserver(() => {
    if (pending) return;
    pending = true;
    requestAnimationFrame(() => {
      pending = false;
      scan();
    });
  }).observe(document.body, { childList: true, subtree: true });
  scan();
})();

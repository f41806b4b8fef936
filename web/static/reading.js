// Reading pages: the chapter's contents (open beside the text on a wide screen, with the current
// section marked), 「复制本节链接」, back to top, the glossary's filter and tabs, and the sources
// page's way back to the citing sentence.
"use strict";
(function () {
  const wide = matchMedia("(min-width: 1100px)");
  let toastEl = null;
  let toastTimer = 0;
  function toast(text) {
    if (!toastEl) {
      toastEl = document.createElement("div");
      toastEl.className = "toast";
      toastEl.setAttribute("role", "status");
      document.body.appendChild(toastEl);
    }
    toastEl.textContent = text;
    clearTimeout(toastTimer);
    toastTimer = setTimeout(() => (toastEl.textContent = ""), 4000);
  }

  // ---- contents and scroll-spy ----
  const toc = document.getElementById("page-toc");
  if (toc) {
    const sync = () => (toc.open = wide.matches);
    sync();
    wide.addEventListener("change", sync);
    const links = new Map();
    for (const a of toc.querySelectorAll('nav a[href^="#"]')) links.set(decodeURIComponent(a.hash.slice(1)), a);
    const label = toc.querySelector(".toc-current");
    const sections = Array.from(document.querySelectorAll("section.sec[id]")).filter((s) => links.has(s.id));
    let active = null;
    const mark = (a) => {
      if (a === active) return;
      if (active) active.removeAttribute("aria-current");
      active = a;
      if (!a) {
        label.textContent = "";
        return;
      }
      a.setAttribute("aria-current", "location");
      label.textContent = a.textContent;
      // Keep the current entry in view inside the contents, without scrolling the page.
      const box = wide.matches ? toc : toc.querySelector("nav");
      if (box && box.scrollHeight > box.clientHeight) {
        const r = a.getBoundingClientRect();
        const b = box.getBoundingClientRect();
        if (r.top < b.top || r.bottom > b.bottom) box.scrollTop += r.top - b.top - b.height / 3;
      }
    };
    let queued = false;
    const spy = () => {
      queued = false;
      const line = Math.min(innerHeight * 0.3, 200);
      let current = null;
      // Sections are in document order: the last one whose top has passed the line.
      let lo = 0;
      let hi = sections.length - 1;
      while (lo <= hi) {
        const mid = (lo + hi) >> 1;
        if (sections[mid].getBoundingClientRect().top <= line) {
          current = sections[mid];
          lo = mid + 1;
        } else hi = mid - 1;
      }
      mark(current ? links.get(current.id) : null);
    };
    addEventListener(
      "scroll",
      () => {
        if (!queued) {
          queued = true;
          requestAnimationFrame(spy);
        }
      },
      { passive: true },
    );
    addEventListener("hashchange", spy);
    spy();
    toc.addEventListener("click", (e) => {
      if (e.target.closest("nav a") && !wide.matches) toc.open = false;
    });
  }

  // ---- 「复制本节链接」 ----
  for (const head of document.querySelectorAll(".sec-head")) {
    const a = head.querySelector("a.anchor");
    if (!a) continue;
    const b = document.createElement("button");
    b.type = "button";
    b.className = "sec-copy";
    b.textContent = "#";
    b.title = "复制本节链接";
    b.setAttribute("aria-label", "复制本节链接：" + a.textContent);
    head.insertBefore(b, head.querySelector(".sec-ask"));
  }
  document.addEventListener("click", async (e) => {
    const b = e.target.closest && e.target.closest(".sec-copy");
    if (!b) return;
    const a = b.parentElement.querySelector("a.anchor");
    const url = location.origin + location.pathname + a.hash;
    let copied = false;
    try {
      await navigator.clipboard.writeText(url);
      copied = true;
    } catch (_) {
      // No clipboard (an insecure origin, a refused permission): show the link to copy by hand.
    }
    history.replaceState(history.state, "", a.hash);
    toast(copied ? "已复制本节链接" : "本节链接：" + url);
  });

  // ---- back to top ----
  const top = document.querySelector(".to-top");
  if (top) {
    const update = () => top.classList.toggle("away", scrollY < innerHeight);
    update();
    addEventListener("scroll", update, { passive: true });
  }

  // ---- a citation remembers where it was clicked, for the sources page's 「返回正文」 ----
  document.addEventListener("click", (e) => {
    const a = e.target.closest && e.target.closest(".src-cite a");
    if (!a) return;
    const block = a.closest("[id]");
    try {
      sessionStorage.setItem("tutor.citedFrom", JSON.stringify({ page: location.pathname, block: block ? block.id : "", target: a.hash }));
    } catch (_) {}
  });
  const sources = document.querySelector("ol.sources");
  if (sources) {
    let from = null;
    try {
      from = JSON.parse(sessionStorage.getItem("tutor.citedFrom") || "null");
    } catch (_) {}
    for (const back of sources.querySelectorAll("a.back")) {
      back.addEventListener("click", (e) => {
        const li = back.closest("li");
        // Came here from that citation in the report: go back to the very place, scrolled as it was.
        if (from && li && from.target === "#" + li.id && history.length > 1) {
          e.preventDefault();
          history.back();
        }
      });
    }
    if (from && location.hash && from.target === location.hash && from.page && from.page.startsWith("/report/")) {
      const li = document.getElementById(location.hash.slice(1));
      const back = li && li.querySelector("a.back");
      if (back && from.block) back.href = from.page + "?hl=" + encodeURIComponent(from.block) + "#" + encodeURIComponent(from.block);
    }
  }

  // ---- glossary: filter as you type, category tabs without a reload ----
  const filter = document.getElementById("glossary-q");
  const list = document.querySelector("dl.glossary");
  if (filter && list) {
    const tabs = Array.from(document.querySelectorAll(".cat-tabs a"));
    const count = document.getElementById("glossary-count");
    const items = Array.from(list.children);
    const text = new Map(items.map((d) => [d, d.textContent.toLowerCase()]));
    let cat = (tabs.find((a) => a.hasAttribute("aria-current")) || {}).dataset;
    cat = cat ? cat.cat || "" : "";
    const apply = () => {
      const q = filter.value.trim().toLowerCase();
      let shown = 0;
      for (const d of items) {
        const ok = (!cat || d.dataset.cat === cat) && (!q || text.get(d).includes(q));
        d.hidden = !ok;
        if (ok) shown++;
      }
      count.textContent = shown === items.length ? "共 " + items.length + " 个概念" : "显示 " + shown + " / " + items.length + " 个概念";
      const u = new URL(location.href);
      if (q) u.searchParams.set("q", filter.value.trim());
      else u.searchParams.delete("q");
      if (cat) u.searchParams.set("cat", cat);
      else u.searchParams.delete("cat");
      history.replaceState(history.state, "", u.pathname + u.search + u.hash);
    };
    filter.addEventListener("input", apply);
    filter.form.addEventListener("submit", (e) => {
      e.preventDefault();
      apply();
    });
    for (const a of tabs) {
      a.addEventListener("click", (e) => {
        e.preventDefault();
        cat = a.dataset.cat || "";
        for (const t of tabs) t.toggleAttribute("aria-current", t === a);
        for (const t of tabs) if (t === a) t.setAttribute("aria-current", "true");
        apply();
      });
    }
    // The server filtered already; take over from here with every entry on the page.
  }
})();

// Highlights the passages named in ?hl= (a citation's blocks). When ?q= holds the cited
// sentence and it is found in them, only that sentence is marked, inside its paragraph;
// otherwise the blocks are highlighted whole. The mark (or the first block) is scrolled into
// view.
"use strict";
(function () {
  const params = new URLSearchParams(location.search);
  const ids = (params.get("hl") || "").split(",").filter(Boolean).slice(0, 20);
  const quote = (params.get("q") || "").trim().slice(0, 400);
  const blocks = ids.map((id) => document.getElementById(id)).filter(Boolean);
  if (!blocks.length && quote && location.hash) {
    const sec = document.getElementById(decodeURIComponent(location.hash.slice(1)));
    if (sec) blocks.push(sec);
  }
  // markQuote wraps the sentence in <mark>, across the text nodes (links, emphasis) it spans.
  // Whitespace is compared loosely.
  function markQuote(root, q) {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    const nodes = [];
    let text = "";
    const map = []; // for each character of text: [node, offset]
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      nodes.push(n);
      for (let i = 0; i < n.data.length; i++) {
        if (/\s/.test(n.data[i])) continue;
        text += n.data[i];
        map.push([n, i]);
      }
    }
    const needle = q.replace(/\s+/g, "");
    const at = needle ? text.indexOf(needle) : -1;
    if (at < 0) return null;
    const [startNode, startOff] = map[at];
    const [endNode, endOff] = map[at + needle.length - 1];
    const range = document.createRange();
    range.setStart(startNode, startOff);
    range.setEnd(endNode, endOff + 1);
    // Wrap each text node's part of the range on its own, so the markup stays valid.
    const parts = [];
    for (const n of nodes) {
      if (!range.intersectsNode(n)) continue;
      const s = n === startNode ? startOff : 0;
      const e = n === endNode ? endOff + 1 : n.data.length;
      if (e > s) parts.push([n, s, e]);
    }
    let first = null;
    for (const [n, s, e] of parts) {
      const mid = n.splitText(s);
      mid.splitText(e - s);
      const m = document.createElement("mark");
      m.className = "quote";
      mid.replaceWith(m);
      m.appendChild(mid);
      first = first || m;
    }
    return first;
  }
  let target = null;
  if (quote) {
    for (const b of blocks) {
      target = markQuote(b, quote);
      if (target) {
        const p = target.closest(".passage") || b;
        p.classList.add("hl", "quote-hl");
        break;
      }
    }
  }
  if (!target) {
    for (const el of blocks) {
      if (!ids.includes(el.id)) continue;
      el.classList.add("hl");
      target = target || el;
    }
  }
  if (target) {
    const focusable = target.closest(".passage") || target;
    focusable.setAttribute("tabindex", "-1");
    target.scrollIntoView({ block: "center" });
    focusable.focus({ preventScroll: true });
  }
})();

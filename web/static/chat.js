// LLM 科普导师 chat page. No framework, nothing from another host. Every piece of text from the
// user, the model or the report is inserted as text or through escapeHTML, never as raw HTML.
"use strict";

(function () {
  const STORE = "llmtutor.conversations.v1";
  const $ = (id) => document.getElementById(id);
  const chatEl = $("chat");
  const messagesEl = $("messages");
  const form = $("ask-form");
  const input = $("question");
  const sendBtn = $("send");
  const stopBtn = $("stop");
  const statusEl = $("status");
  const card = $("cite-card");
  const drawer = $("drawer");
  const toLatest = $("to-latest");
  const maxRunes = parseInt(chatEl.dataset.maxRunes || "500", 10);
  const generative = chatEl.dataset.mode === "generative";
  const phone = matchMedia("(max-width: 760px)");

  // What the page sends as history: the last HISTORY_TURNS turns, each question cut to
  // HISTORY_QUESTION runes and each answer to its first sentence (HISTORY_ANSWER runes, no
  // citation markers). The tutor only needs the subject of the conversation, and the frame
  // stays far under the server's limit however long the conversation grows.
  const HISTORY_TURNS = 6;
  const HISTORY_QUESTION = 500;
  const HISTORY_ANSWER = 200;

  // ---- the window the chat fits in: the visual viewport, so the composer stays above an
  // on-screen keyboard ----
  function fitViewport() {
    const vv = window.visualViewport;
    const h = vv ? vv.height : window.innerHeight;
    document.documentElement.style.setProperty("--vvh", Math.round(h) + "px");
  }
  fitViewport();
  if (window.visualViewport) window.visualViewport.addEventListener("resize", fitViewport);
  window.addEventListener("resize", fitViewport);

  // ---- conversations, kept in the browser ----
  let convs = load();
  let current = null;
  let deleted = null; // { conv, index, timer } while its deletion can be undone

  function load() {
    try {
      const v = JSON.parse(localStorage.getItem(STORE) || "[]");
      return Array.isArray(v) ? v.filter((c) => c && typeof c.id === "string" && Array.isArray(c.messages)) : [];
    } catch (e) {
      return [];
    }
  }
  function save() {
    try {
      localStorage.setItem(STORE, JSON.stringify(convs));
    } catch (e) {
      setStatus("浏览器存储已满，对话历史未能保存。");
    }
  }
  function sortConvs() {
    convs.sort((a, b) => (b.updated || 0) - (a.updated || 0));
  }
  function touch(c) {
    c.updated = Date.now();
    sortConvs();
  }
  // newConv opens an empty conversation, reusing one that is already empty.
  function newConv() {
    let c = convs.find((x) => !x.messages.length);
    if (!c) {
      c = { id: "c" + Date.now().toString(36) + Math.random().toString(36).slice(2, 6), title: "新对话", messages: [] };
      convs.push(c);
    }
    c.title = "新对话";
    touch(c);
    save();
    return c;
  }
  function conv() {
    return convs.find((c) => c.id === current);
  }
  sortConvs();
  current = convs.length ? convs[0].id : newConv().id;

  function convMatches(c, q) {
    if (!q) return true;
    q = q.toLowerCase();
    return c.title.toLowerCase().includes(q) || c.messages.some((m) => String(m.content || "").toLowerCase().includes(q));
  }
  function renderConvList() {
    const list = $("conv-list");
    const q = $("conv-search").value.trim();
    list.textContent = "";
    let shown = 0;
    for (const c of convs) {
      if (!convMatches(c, q)) continue;
      shown++;
      const li = document.createElement("li");
      const b = document.createElement("button");
      b.type = "button";
      b.textContent = c.title;
      b.className = "conv" + (c.id === current ? " active" : "");
      if (c.id === current) b.setAttribute("aria-current", "true");
      b.addEventListener("click", () => {
        if (busy()) return;
        current = c.id;
        renderAll();
        closeDrawer(false);
        input.focus();
      });
      li.appendChild(b);
      list.appendChild(li);
    }
    $("conv-none").hidden = shown > 0 || !q;
  }
  function renderHead() {
    const c = conv();
    const title = $("conv-title");
    if (!title.querySelector("input")) title.textContent = c.messages.length ? c.title : "";
    $("conv-actions").hidden = !c.messages.length;
  }

  // ---- the drawer (conversations on a phone) ----
  function drawerOpen() {
    return chatEl.classList.contains("drawer-open");
  }
  function syncDrawer() {
    const open = drawerOpen();
    drawer.inert = phone.matches && !open;
    // An open drawer on a phone is modal: the thread behind it takes no focus.
    document.querySelector(".thread").inert = phone.matches && open;
    $("scrim").hidden = !(phone.matches && open);
    $("open-drawer").setAttribute("aria-expanded", String(open && phone.matches));
  }
  function openDrawer() {
    chatEl.classList.add("drawer-open");
    syncDrawer();
    $("new-conv").focus();
  }
  function closeDrawer(refocus) {
    if (!drawerOpen()) return;
    chatEl.classList.remove("drawer-open");
    syncDrawer();
    if (refocus && phone.matches) $("open-drawer").focus();
  }
  $("open-drawer").addEventListener("click", () => (drawerOpen() ? closeDrawer(true) : openDrawer()));
  $("close-drawer").addEventListener("click", () => closeDrawer(true));
  $("scrim").addEventListener("click", () => closeDrawer(true));
  phone.addEventListener("change", () => {
    chatEl.classList.remove("drawer-open");
    syncDrawer();
  });
  syncDrawer();
  $("conv-search").addEventListener("input", renderConvList);

  // ---- the ⋯ menu and the mode popover ----
  const menuBtn = $("conv-menu-btn");
  const menu = $("conv-menu");
  function openMenu() {
    menu.hidden = false;
    menuBtn.setAttribute("aria-expanded", "true");
    menu.querySelector("button").focus();
  }
  function closeMenu(refocus) {
    if (menu.hidden) return;
    menu.hidden = true;
    menuBtn.setAttribute("aria-expanded", "false");
    if (refocus) menuBtn.focus();
  }
  menuBtn.addEventListener("click", () => (menu.hidden ? openMenu() : closeMenu(true)));
  menu.addEventListener("keydown", (e) => {
    const items = [...menu.querySelectorAll("button")];
    const i = items.indexOf(document.activeElement);
    if (e.key === "ArrowDown" || e.key === "ArrowUp") {
      e.preventDefault();
      items[(i + (e.key === "ArrowDown" ? 1 : items.length - 1)) % items.length].focus();
    }
  });
  const badge = $("mode-badge");
  const pop = $("mode-pop");
  function togglePop(open) {
    pop.hidden = !open;
    badge.setAttribute("aria-expanded", String(open));
  }
  badge.addEventListener("click", () => togglePop(pop.hidden));
  document.addEventListener("click", (e) => {
    if (!menu.hidden && !e.target.closest("#conv-actions")) closeMenu(false);
    if (!pop.hidden && !e.target.closest(".mode")) togglePop(false);
  });

  // ---- safe rendering ----
  function escapeHTML(s) {
    return String(s).replace(/[&<>"']/g, (ch) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[ch]);
  }
  function safeURL(u) {
    // Only the report's own pages are linked from answers.
    return typeof u === "string" && u.startsWith("/report/") && !u.startsWith("//") ? u : null;
  }
  // citeHref is a citation's link: its passage on the report page, with the cited sentence in
  // q= so that the page can mark it.
  // quoteOf is the sentence the report page marks and the card centres on: the first of the
  // cited sentences, which the server sends one a line.
  function quoteOf(c) {
    return c && c.quote ? String(c.quote).split("\n")[0].trim() : "";
  }
  function citeHref(c) {
    const u = safeURL(c && c.url);
    const quote = quoteOf(c);
    if (!u || !quote) return u;
    const i = u.indexOf("#");
    const base = i < 0 ? u : u.slice(0, i);
    const frag = i < 0 ? "" : u.slice(i);
    return base + (base.includes("?") ? "&" : "?") + "q=" + encodeURIComponent(quote.slice(0, 300)) + frag;
  }
  // citeView numbers an answer's citations as the reader sees them: one number per cited
  // section, 1…n in order of first appearance in the text. The server numbers them so already;
  // this keeps the page right if it does not.
  function citeView(m) {
    const cites = Array.isArray(m.citations) ? m.citations : [];
    const byN = new Map(cites.map((c) => [c.n, c]));
    const kOf = new Map();
    const sections = [];
    const secK = new Map();
    const add = (c) => {
      const key = c.anchor || c.url || "n" + c.n;
      let k = secK.get(key);
      if (!k) {
        k = sections.length + 1;
        secK.set(key, k);
        sections.push({ k, c });
      }
      kOf.set(c.n, k);
    };
    for (const mm of String(m.content || "").matchAll(/\[(\d{1,2})\]/g)) {
      const c = byN.get(parseInt(mm[1], 10));
      if (c && !kOf.has(c.n)) add(c);
    }
    for (const c of cites) if (!kOf.has(c.n)) add(c);
    return { byN, kOf, sections, known: Array.isArray(m.citations) };
  }
  // renderAnswer turns answer text (Markdown) into HTML. The whole text is escaped first; only
  // then are a few Markdown forms recognised: paragraphs, **bold**, *italic*, `code`, fenced
  // code blocks, "- " and "1. " lists, "### " headings (as h4) and links whose target is one of
  // the report's pages. Markers [n] that name a citation become links; any other bracket stays
  // text.
  function renderAnswer(text, view) {
    const lines = escapeHTML(String(text).replace(/\u0000/g, "")).split("\n");

    function cite(n) {
      const c = view.byN.get(parseInt(n, 10));
      const url = citeHref(c);
      if (!url) return view.known ? "" : `<span class="cite pending">[${n}]</span>`;
      const k = view.kOf.get(c.n);
      const warn = c.supported === false ? " unsupported" : "";
      const label = c.supported === false ? `引用 ${k}（未能在段落中核实：${escapeHTML((c.unsupported || []).join("、"))}）` : `引用 ${k}：${escapeHTML(c.title)}`;
      return `<a class="cite${warn}" href="${escapeHTML(url)}" data-n="${c.n}" data-k="${k}" aria-label="${label}">[${k}]</a>`;
    }
    // A run of markers shows each section once: [1][3] citing one section reads [1].
    function cites(run) {
      const seen = new Set();
      let out = "";
      for (const mm of run.matchAll(/\[(\d{1,2})\]/g)) {
        const c = view.byN.get(parseInt(mm[1], 10));
        const k = c ? view.kOf.get(c.n) : "p" + mm[1];
        if (seen.has(k)) continue;
        seen.add(k);
        out += cite(mm[1]);
      }
      return out;
    }
    // inline works on one escaped line: its input holds no markup, only entities.
    function inline(s) {
      const slots = [];
      const keep = (h) => "\u0000" + (slots.push(h) - 1) + "\u0000";
      s = s.replace(/`([^`]+)`/g, (m, c) => keep("<code>" + c + "</code>"));
      s = s.replace(/\[([^\]]+)\]\(([^()\s]*)\)/g, (m, label, href) => {
        if (/^\d{1,2}$/.test(label)) return m; // a citation marker followed by brackets
        // escapeHTML has already made the target safe inside an attribute; only the report's
        // own pages and its list of sources may be linked.
        if (!(href.startsWith("/report/") || href.startsWith("/sources#src-")) || href.startsWith("//")) return label;
        return keep(`<a href="${href}">${label}</a>`);
      });
      s = s.replace(/\*\*([^*]+)\*\*/g, "<strong>$1</strong>");
      s = s.replace(/(^|[^*\w])\*([^*\s](?:[^*]*[^*\s])?)\*(?![*\w])/g, "$1<em>$2</em>");
      s = s.replace(/(?:\[\d{1,2}\])+/g, (run) => keep(cites(run)));
      return s.replace(/\u0000(\d+)\u0000/g, (m, i) => slots[+i]);
    }

    const out = [];
    let para = [];
    let list = null; // { tag, start, items }
    const flushPara = () => {
      if (para.length) out.push("<p>" + para.map(inline).join("<br>") + "</p>");
      para = [];
    };
    const flushList = () => {
      if (list) {
        const start = list.tag === "ol" && list.start !== 1 ? ` start="${list.start}"` : "";
        out.push(`<${list.tag}${start}>` + list.items.map((i) => "<li>" + i.map(inline).join("<br>") + "</li>").join("") + `</${list.tag}>`);
      }
      list = null;
    };
    const flush = () => {
      flushPara();
      flushList();
    };
    for (let i = 0; i < lines.length; i++) {
      const line = lines[i];
      let m;
      if (/^\s{0,3}```/.test(line)) {
        flush();
        const code = [];
        for (i++; i < lines.length && !/^\s{0,3}```\s*$/.test(lines[i]); i++) code.push(lines[i]);
        out.push('<pre class="code"><code>' + code.join("\n") + "</code></pre>");
        continue;
      }
      if (!line.trim()) {
        flush();
        continue;
      }
      if ((m = line.match(/^\s{0,3}#{1,4}\s+(.+?)\s*#*\s*$/))) {
        flush();
        out.push("<h4>" + inline(m[1]) + "</h4>");
        continue;
      }
      if ((m = line.match(/^\s{0,3}[-*]\s+(.*)$/))) {
        flushPara();
        if (!list || list.tag !== "ul") {
          flushList();
          list = { tag: "ul", start: 1, items: [] };
        }
        list.items.push([m[1]]);
        continue;
      }
      if ((m = line.match(/^\s{0,3}(\d{1,3})[.)]\s+(.*)$/))) {
        flushPara();
        if (!list || list.tag !== "ol") {
          flushList();
          list = { tag: "ol", start: parseInt(m[1], 10), items: [] };
        }
        list.items.push([m[2]]);
        continue;
      }
      if (list && /^\s{2,}\S/.test(line)) {
        list.items[list.items.length - 1].push(line.trim());
        continue;
      }
      flushList();
      para.push(line);
    }
    flush();
    return out.join("");
  }

  // ---- glossary terms in answers ----
  const MAX_TERMS = 8;
  // Words that contain a glossary term in another sense, or as part of a compound: a term is
  // never linked inside them (推理 in 推理错误 is reasoning, not inference; 参数 in 总参数).
  const COMPOUNDS = ["总参数", "参数量", "参数规模", "推理错误", "推理过程", "推理题", "推理链", "推理任务", "推理步骤", "推理路径", "推理基准",
    "推理能力", "推理模型", "数学推理", "科学推理", "逻辑推理", "多步推理", "常识推理", "因果推理", "空间推理", "符号推理", "推理型"];
  let termIndex = null; // Promise of Map: first character → [{ name, anchor, url }], longest first
  function loadTerms() {
    if (!termIndex) {
      termIndex = fetch("/api/terms")
        .then((r) => (r.ok ? r.json() : {}))
        .then((t) => {
          const all = [];
          for (const [anchor, v] of Object.entries(t || {})) {
            const title = String((v && v.title) || "");
            const i = title.indexOf("（");
            const name = (i > 0 ? title.slice(0, i) : title).trim();
            const url = safeURL(v && v.url);
            if ([...name].length >= 2 && url) all.push({ name, anchor, url });
          }
          const names = new Set(all.map((x) => x.name));
          for (const w of COMPOUNDS) if (!names.has(w)) all.push({ name: w });
          all.sort((a, b) => b.name.length - a.name.length);
          const idx = new Map();
          for (const x of all) {
            const k = x.name[0];
            if (!idx.has(k)) idx.set(k, []);
            idx.get(k).push(x);
          }
          return idx;
        })
        .catch(() => new Map());
    }
    return termIndex;
  }
  const wordChar = /[A-Za-z0-9]/;
  // linkTerms links the first occurrence of each glossary term in an answer's text, at most
  // MAX_TERMS, never inside a link or code, nor in bold text or headings (an offline answer's
  // bold lead names the section quoted). At each position the longest name wins, and a name
  // inside a longer term or compound is not linked; terms.js shows the definition.
  async function linkTerms(body) {
    const idx = await loadTerms();
    if (!body.isConnected || body.dataset.terms) return;
    body.dataset.terms = "1";
    const walker = document.createTreeWalker(body, NodeFilter.SHOW_TEXT, {
      acceptNode: (n) => (n.parentElement.closest("a, code, pre, strong, h4") ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
    });
    const nodes = [];
    for (let n = walker.nextNode(); n; n = walker.nextNode()) nodes.push(n);
    const done = new Set();
    for (const node of nodes) {
      if (done.size >= MAX_TERMS) break;
      const s = node.data;
      const hits = [];
      for (let i = 0; i < s.length && done.size + hits.length < MAX_TERMS; ) {
        const cands = idx.get(s[i]);
        const t = cands && cands.find((x) => s.startsWith(x.name, i));
        if (!t) {
          i++;
          continue;
        }
        const end = i + t.name.length;
        const latin = wordChar.test(t.name[0]) && i > 0 && wordChar.test(s[i - 1]);
        const latinEnd = wordChar.test(t.name[t.name.length - 1]) && end < s.length && wordChar.test(s[end]);
        if (t.anchor && !latin && !latinEnd && !done.has(t.anchor) && !hits.some((h) => h.t.anchor === t.anchor)) hits.push({ at: i, t });
        i = end;
      }
      for (const h of hits.reverse()) {
        const rest = node.splitText(h.at);
        rest.splitText(h.t.name.length);
        const a = document.createElement("a");
        a.className = "term";
        a.dataset.term = h.t.anchor;
        a.href = h.t.url;
        a.textContent = h.t.name;
        rest.replaceWith(a);
        done.add(h.t.anchor);
      }
    }
  }

  // ---- follow-up questions under a covered answer ----
  function followupsFor(m, el) {
    const anchors = [...new Set((m.citations || []).map((c) => c.anchor).filter(Boolean))].slice(0, 5);
    if (!anchors.length) return;
    const q = new URLSearchParams();
    for (const a of anchors) q.append("anchor", a);
    fetch("/api/suggest?" + q.toString())
      .then((r) => (r.ok ? r.json() : { questions: [] }))
      .then((d) => {
        m.followups = Array.isArray(d.questions) ? d.questions.filter((x) => typeof x === "string").slice(0, 3) : [];
        save();
        if (el.isConnected && !el.querySelector(".followups")) renderFollowups(m, el);
      })
      .catch(() => {});
  }
  function chips(cls, head, questions) {
    const box = document.createElement("div");
    box.className = cls;
    box.setAttribute("role", "group");
    box.setAttribute("aria-label", head.replace(/[：:]$/, ""));
    const h = document.createElement("span");
    h.className = "chips-head";
    h.textContent = head;
    box.appendChild(h);
    for (const q of questions) {
      const b = document.createElement("button");
      b.type = "button";
      b.className = "btn small chip " + (cls === "followups" ? "followup" : "suggest");
      b.textContent = q;
      b.addEventListener("click", () => ask(q));
      box.appendChild(b);
    }
    return box;
  }
  function renderFollowups(m, el) {
    if (!m.followups || !m.followups.length) return;
    el.appendChild(chips("followups", "接着问：", m.followups));
  }
  // askable makes the example questions of a decline (「…？」) buttons that ask them.
  function askable(body) {
    const walker = document.createTreeWalker(body, NodeFilter.SHOW_TEXT);
    const nodes = [];
    for (let n = walker.nextNode(); n; n = walker.nextNode()) nodes.push(n);
    for (const n of nodes) {
      const re = /「([^「」\n]{2,60}[？?])」/g;
      const parts = [];
      let last = 0;
      let mm;
      while ((mm = re.exec(n.data))) {
        parts.push(document.createTextNode(n.data.slice(last, mm.index + 1)));
        const b = document.createElement("button");
        b.type = "button";
        b.className = "inline-ask";
        const q = mm[1];
        b.textContent = q;
        b.addEventListener("click", () => ask(q));
        parts.push(b);
        last = mm.index + mm[0].length - 1;
      }
      if (!parts.length) continue;
      parts.push(document.createTextNode(n.data.slice(last)));
      n.replaceWith(...parts);
    }
  }

  // ---- messages ----
  function addBubble(role) {
    $("empty").hidden = true;
    const el = document.createElement("article");
    el.className = "msg " + role;
    messagesEl.insertBefore(el, toLatest.parentNode === messagesEl ? toLatest : null);
    return el;
  }
  function renderUser(m) {
    const el = addBubble("user");
    el.setAttribute("aria-label", "你的问题");
    const p = document.createElement("p");
    p.textContent = m.content;
    el.append(p);
    return el;
  }
  const PHASES = { retrieve: "正在检索报告……", think: "正在思考", answer: "正在作答……" };
  function phaseText(m) {
    if (m.phase === "think") return "正在思考（" + thinkSeconds(m) + " 秒）……";
    return PHASES[m.phase] || "";
  }
  function thinkSeconds(m) {
    return Math.max(0, Math.round(((m.thinkEnd || Date.now()) - (m.thinkStart || Date.now())) / 1000));
  }
  function renderAssistant(m, el) {
    el = el || addBubble("assistant");
    const live = pending && pending.msg === m;
    el.textContent = "";
    el.dataset.ask = m.ask || "";
    el.classList.toggle("streaming", live);
    el.classList.toggle("stopped", !!m.stopped);
    el.classList.toggle("failed", !!(m.errors && m.errors.length));
    el.classList.toggle("declined", !!(m.done && m.done.covered === false && !m.stopped));
    const head = document.createElement("h2");
    head.className = "sr-only";
    head.textContent = "导师的回答";
    el.appendChild(head);
    const avatar = document.createElement("span");
    avatar.className = "avatar";
    avatar.setAttribute("aria-hidden", "true");
    avatar.textContent = "导";
    el.appendChild(avatar);
    if (live && m.phase) {
      const ph = document.createElement("p");
      ph.className = "phase";
      ph.dataset.phase = m.phase;
      ph.textContent = phaseText(m);
      el.appendChild(ph);
    }
    if (m.reasoning) {
      const d = document.createElement("details");
      d.className = "reasoning";
      d.open = live && m.phase === "think";
      const s = document.createElement("summary");
      s.textContent = m.thinkStart ? (live && m.phase === "think" ? "思考过程（进行中）" : "思考过程（用时 " + thinkSeconds(m) + " 秒）") : "模型的思考过程";
      const pre = document.createElement("div");
      pre.className = "reasoning-text";
      pre.textContent = m.reasoning;
      d.append(s, pre);
      el.appendChild(d);
    }
    for (const e of m.errors || []) {
      const p = document.createElement("p");
      p.className = "error";
      p.setAttribute("role", "alert");
      p.textContent = e;
      el.appendChild(p);
    }
    const view = citeView(m);
    const body = document.createElement("div");
    body.className = "answer";
    body.innerHTML = renderAnswer(m.content || "", view);
    el.appendChild(body);
    if (m.stopped) {
      const p = document.createElement("p");
      p.className = "meta stopped-note";
      p.textContent = "已停止生成。";
      el.appendChild(p);
    }
    if (view.sections.length) {
      const h = document.createElement("h3");
      h.className = "sources-head";
      h.textContent = "出处";
      const ol = document.createElement("ol");
      ol.className = "answer-sources";
      for (const { k, c } of view.sections) {
        const li = document.createElement("li");
        li.value = k;
        const url = citeHref(c);
        const a = document.createElement(url ? "a" : "span");
        if (url) a.href = url;
        a.textContent = c.title;
        li.appendChild(a);
        if (c.supported === false) {
          const w = document.createElement("span");
          w.className = "warn";
          w.textContent = "（未能核实：" + (c.unsupported || []).join("、") + "）";
          li.appendChild(w);
        }
        ol.appendChild(li);
      }
      el.append(h, ol);
    }
    if (m.done && !live) {
      const sug = (m.done.suggestions || []).filter((x) => typeof x === "string" && x.trim()).slice(0, 3);
      if (m.done.covered === false) {
        askable(body);
        if (sug.length) el.appendChild(chips("did-you-mean", "你是不是想问：", sug));
      }
    }
    if (m.retrieval) el.appendChild(renderRetrieval(m.retrieval));
    if (m.done) {
      const bar = document.createElement("div");
      bar.className = "msg-actions";
      const copy = document.createElement("button");
      copy.type = "button";
      copy.className = "btn small";
      copy.textContent = "复制";
      copy.addEventListener("click", () => {
        navigator.clipboard && navigator.clipboard.writeText(m.content).then(() => setStatus("已复制。"), () => setStatus("复制失败。"));
      });
      bar.append(copy);
      // Offline answers are the same every time: regenerating can only help a model.
      if (generative) {
        const regen = document.createElement("button");
        regen.type = "button";
        regen.className = "btn small regen";
        regen.textContent = "重新生成";
        regen.addEventListener("click", () => regenerate(m));
        bar.append(regen);
      }
      el.appendChild(bar);
      if (!live) {
        linkTerms(body);
        if (m.done.covered && !m.stopped && m.citations && m.citations.length) {
          if (m.followups) renderFollowups(m, el);
          else followupsFor(m, el);
        }
      }
    }
    return el;
  }

  const shortName = (t) => String(t || "").split(" › ").pop();
  function renderRetrieval(r) {
    const d = document.createElement("details");
    d.className = "retrieval";
    const s = document.createElement("summary");
    s.textContent = "检索过程";
    d.appendChild(s);
    const ps = Array.isArray(r.passages) ? r.passages : [];
    const used = ps.filter((p) => p.used).length;
    const best = ps.reduce((b, p) => (!b || p.score > b.score ? p : b), null);
    const plain = document.createElement("p");
    plain.className = "plain";
    if (!ps.length) plain.textContent = "在报告里没有找到相关的段落。";
    else if (!r.covered && r.unlisted) plain.textContent = `在报告里找到 ${ps.length} 段，讲的是相关的条目；但报告有意不收录模型的分数和排名，所以导师只指出了分数所在的官方来源。`;
    else if (!r.covered) plain.textContent = `在报告里找到 ${ps.length} 段，但它们讲的都不是这个问题，所以导师没有作答。`;
    else plain.textContent = `在报告里找到 ${ps.length} 段，用了其中 ${used} 段；第 ${best.n} 段最相关，因为它讲的正是「${shortName(best.title)}」。`;
    d.appendChild(plain);
    const qx = document.createElement("p");
    qx.className = "query-explain";
    const parts = [];
    if (r.subject) parts.push(`这个问题接着上文，所以把上文的「${r.subject}」也一起拿去检索。`);
    else if (r.followup) parts.push("这个问题接着上文，所以把上文的问题也一起拿去检索。");
    const added = Array.isArray(r.added) ? r.added.filter((x) => typeof x === "string" && x) : [];
    if (added.length) parts.push(`还加上了「${added.join("」「")}」这些说法（同义词、英文名或全称），好找到用别的说法写的段落。`);
    if (!parts.length) parts.push("检索用的就是你的原话。");
    qx.textContent = parts.join("");
    d.appendChild(qx);
    const max = ps.reduce((x, p) => Math.max(x, p.score || 0), 0) || 1;
    const ol = document.createElement("ol");
    ol.className = "passages";
    for (const p of ps) {
      const li = document.createElement("li");
      li.value = p.n;
      if (p.used) li.className = "used";
      const head = document.createElement("div");
      head.className = "passage-head";
      const url = safeURL(p.url);
      const a = document.createElement(url ? "a" : "span");
      if (url) a.href = url;
      a.textContent = `${p.chapter_title} › ${shortName(p.title)}`;
      head.appendChild(a);
      if (p.used) {
        const u = document.createElement("span");
        u.className = "used-tag";
        u.textContent = "已用于回答";
        head.appendChild(u);
      }
      const bar = document.createElement("span");
      bar.className = "rel";
      bar.setAttribute("role", "img");
      const pct = Math.round((100 * (p.score || 0)) / max);
      bar.setAttribute("aria-label", `相关度：最相关一段的 ${pct}%`);
      const fill = document.createElement("span");
      fill.className = "rel-fill";
      fill.style.width = Math.max(3, pct) + "%";
      bar.appendChild(fill);
      const sc = document.createElement("span");
      sc.className = "scores";
      sc.textContent = `融合 ${Number(p.score).toFixed(4)} · 词法 ${Number(p.lexical).toFixed(2)} · 向量 ${Number(p.vector).toFixed(3)}`;
      const t = document.createElement("details");
      t.className = "passage-text";
      const ts = document.createElement("summary");
      ts.textContent = "原文";
      const tp = document.createElement("p");
      tp.textContent = p.text;
      t.append(ts, tp);
      li.append(head, bar, sc, t);
      ol.appendChild(li);
    }
    d.appendChild(ol);
    const how = document.createElement("p");
    how.className = "meta how";
    how.textContent = "词法检索看问题里的词语是否原样出现在段落中；向量检索把问题和段落都变成一串数字（向量），比较两者的意思是否相近。两种排名合起来，就是每段的相关度。";
    d.appendChild(how);
    const toggle = document.createElement("button");
    toggle.type = "button";
    toggle.className = "btn small show-scores";
    toggle.setAttribute("aria-pressed", "false");
    toggle.textContent = "显示分数";
    const raw = document.createElement("p");
    raw.className = "meta scores";
    raw.textContent = `检索用的查询：「${r.query}」 · 覆盖度 ${Number(r.coverage).toFixed(2)} · ${r.covered ? "报告涉及此问题" : "报告未涉及此问题"} · 向量：${r.embedding}`;
    toggle.addEventListener("click", () => {
      const on = !d.classList.contains("with-scores");
      d.classList.toggle("with-scores", on);
      toggle.setAttribute("aria-pressed", String(on));
      toggle.textContent = on ? "隐藏分数" : "显示分数";
    });
    d.append(toggle, raw);
    if (r.prompt) {
      const pd = document.createElement("details");
      const pss = document.createElement("summary");
      pss.textContent = "发送给模型的提示词";
      const pre = document.createElement("pre");
      pre.textContent = r.prompt;
      pd.append(pss, pre);
      d.appendChild(pd);
    }
    return d;
  }

  // ---- scrolling: follow a new answer unless the reader has scrolled away ----
  let follow = true;
  let followFrom = null; // the question the thread keeps in view while its answer grows
  function atBottom() {
    return messagesEl.scrollHeight - messagesEl.scrollTop - messagesEl.clientHeight < 48;
  }
  function updateToLatest() {
    toLatest.hidden = atBottom();
  }
  function scrollToBottom() {
    messagesEl.scrollTop = messagesEl.scrollHeight;
    updateToLatest();
  }
  // keepInView scrolls the new answer into view as it grows, until its question reaches the top.
  function keepInView() {
    if (!follow || !followFrom) return;
    const top = followFrom.offsetTop - 8;
    messagesEl.scrollTop = Math.min(messagesEl.scrollHeight - messagesEl.clientHeight, Math.max(0, top));
    updateToLatest();
  }
  for (const ev of ["wheel", "touchmove"]) {
    messagesEl.addEventListener(ev, () => (follow = false), { passive: true });
  }
  messagesEl.addEventListener("keydown", (e) => {
    if (["ArrowUp", "ArrowDown", "PageUp", "PageDown", "Home", "End", " "].includes(e.key)) follow = false;
  });
  messagesEl.addEventListener("scroll", updateToLatest, { passive: true });
  toLatest.addEventListener("click", () => {
    follow = true;
    scrollToBottom();
    input.focus();
  });

  function renderAll() {
    messagesEl.querySelectorAll(".msg").forEach((e) => e.remove());
    const c = conv();
    $("empty").hidden = c.messages.length > 0;
    for (const m of c.messages) {
      if (m.role === "user") renderUser(m);
      else renderAssistant(m);
    }
    renderConvList();
    renderHead();
    scrollToBottom();
  }

  function setStatus(s) {
    statusEl.textContent = s;
  }

  // ---- websocket ----
  let ws = null;
  let wsReady = null;
  let pending = null; // { id, msg, el, timer }

  function connect() {
    if (ws && (ws.readyState === WebSocket.OPEN || ws.readyState === WebSocket.CONNECTING)) return wsReady;
    const proto = location.protocol === "https:" ? "wss:" : "ws:";
    ws = new WebSocket(proto + "//" + location.host + "/ws");
    wsReady = new Promise((resolve, reject) => {
      ws.addEventListener("open", () => resolve(ws), { once: true });
      ws.addEventListener("error", () => reject(new Error("连接失败")), { once: true });
    });
    ws.addEventListener("message", (ev) => {
      let f;
      try {
        f = JSON.parse(ev.data);
      } catch (e) {
        return;
      }
      onFrame(f);
    });
    ws.addEventListener("close", () => {
      if (pending) {
        pending.msg.errors = (pending.msg.errors || []).concat("与服务器的连接断开了，请重试。");
        finish();
      }
    });
    return wsReady;
  }

  function setPhase(m, phase) {
    if (m.phase === phase) return;
    if (phase === "think") m.thinkStart = m.thinkStart || Date.now();
    if (m.phase === "think") m.thinkEnd = Date.now();
    m.phase = phase;
    setStatus(phase === "think" ? "正在思考……" : PHASES[phase] || "");
  }

  function onFrame(f) {
    if (!pending || (f.id && f.id !== pending.id)) {
      if (f.type === "error" && f.error) setStatus(f.error.message);
      return;
    }
    const m = pending.msg;
    switch (f.type) {
      case "retrieval":
        m.retrieval = f.retrieval;
        setPhase(m, generative && f.retrieval && f.retrieval.covered ? "think" : "answer");
        break;
      case "token":
        m.content += f.text;
        setPhase(m, "answer");
        break;
      case "reasoning":
        m.reasoning = (m.reasoning || "") + f.text;
        setPhase(m, "think");
        break;
      case "citations":
        m.citations = f.citations || [];
        break;
      case "error":
        m.errors = (m.errors || []).concat(f.error ? f.error.message : "出错了。");
        if (!m.retrieval) {
          finish();
          return;
        }
        break;
      case "done":
        m.done = f.done || {};
        finish();
        return;
    }
    renderAssistant(m, pending.el);
    keepInView();
  }

  function busy() {
    return pending !== null;
  }

  function finish() {
    if (!pending) return;
    const { msg, el, timer } = pending;
    clearInterval(timer);
    if (msg.phase === "think") msg.thinkEnd = Date.now();
    delete msg.phase;
    msg.done = msg.done || { stopped: true };
    pending = null;
    renderAssistant(msg, el);
    keepInView();
    save();
    sendBtn.hidden = false;
    stopBtn.hidden = true;
    input.disabled = false;
    setStatus("");
    input.focus({ preventScroll: true });
  }

  // firstSentence is an answer as history carries it: its first sentence that says something
  // (not a label ending in a colon), without citation markers or Markdown marks.
  function firstSentence(text) {
    const plain = String(text || "")
      .replace(/\[\d{1,2}\]/g, "")
      .replace(/\[([^\]]*)\]\([^)]*\)/g, "$1")
      .replace(/[*`#>]/g, "");
    const parts = plain.split(/(?<=[。！？!?])|\n+/);
    const s = parts.map((x) => x.trim()).find((x) => x && !/[：:]$/.test(x)) || "";
    return [...s].slice(0, HISTORY_ANSWER).join("");
  }
  function historyFor(c, upto) {
    const turns = [];
    for (const m of c.messages.slice(0, upto)) {
      if (!m.content) continue;
      if (m.role === "user") turns.push({ role: "user", content: [...m.content].slice(0, HISTORY_QUESTION).join("") });
      else if (!m.stopped && !(m.errors && m.errors.length && !m.done)) {
        const s = firstSentence(m.content);
        if (s) turns.push({ role: "assistant", content: s });
      }
    }
    return turns.slice(-HISTORY_TURNS);
  }

  async function ask(question, opts) {
    question = question.trim();
    if (!question || busy()) return;
    if ([...question].length > maxRunes) {
      setStatus(`问题太长了（超过 ${maxRunes} 个字），请精简后再问。`);
      return;
    }
    const c = conv();
    let history;
    let userEl;
    if (opts && opts.regenerate) {
      history = historyFor(c, opts.index);
      userEl = [...messagesEl.querySelectorAll("article.msg.user")].pop();
    } else {
      history = historyFor(c, c.messages.length);
      c.messages.push({ role: "user", content: question });
      if (c.title === "新对话") c.title = question.replace(/\s+/g, " ").slice(0, 24);
      userEl = renderUser({ content: question });
    }
    touch(c);
    renderConvList();
    renderHead();
    const msg = { role: "assistant", content: "", ask: "a" + Date.now().toString(36) };
    c.messages.push(msg);
    pending = { id: msg.ask, msg, el: null, timer: null };
    setPhase(msg, "retrieve");
    pending.el = renderAssistant(msg);
    // The thinking time counts up while the model thinks.
    pending.timer = setInterval(() => {
      const ph = pending && pending.msg.phase === "think" && pending.el.querySelector(".phase");
      if (ph) ph.textContent = phaseText(pending.msg);
    }, 1000);
    follow = true;
    followFrom = userEl;
    keepInView();
    sendBtn.hidden = true;
    stopBtn.hidden = false;
    input.value = "";
    autosize();
    try {
      const sock = await connect();
      sock.send(JSON.stringify({ type: "ask", id: msg.ask, conversation: c.id, question, history }));
    } catch (e) {
      msg.errors = ["无法连接到服务器，请检查服务是否在运行。"];
      finish();
    }
  }

  function regenerate(m) {
    if (busy()) return;
    const c = conv();
    const i = c.messages.indexOf(m);
    if (i < 1) return;
    const q = c.messages[i - 1].content;
    c.messages.splice(i, 1);
    renderAll();
    ask(q, { regenerate: true, index: i - 1 });
  }

  // ---- cards: a citation's passage on hover or focus; they stay while the pointer is on
  // them, and Esc closes them ----
  function citeFor(a) {
    const el = a.closest(".msg");
    const c = conv();
    const m = c && c.messages.find((x) => x.ask && x.ask === el.dataset.ask);
    const src = m || (pending && pending.msg);
    return src && (src.citations || []).find((x) => String(x.n) === a.dataset.n);
  }
  // context shows the cited sentence inside its passage: a little before and after it.
  function fillContext(p, text, quote) {
    const at = quote ? text.indexOf(quote) : -1;
    if (at < 0) {
      p.textContent = text.length > 280 ? text.slice(0, 280) + "…" : text;
      if (quote) {
        // The sentence is not found verbatim (spacing may differ): show it first.
        const mark = document.createElement("mark");
        mark.textContent = quote;
        const q = document.createElement("p");
        q.appendChild(mark);
        p.before(q);
      }
      return;
    }
    const from = Math.max(0, at - 60);
    const to = Math.min(text.length, at + quote.length + 60);
    const mark = document.createElement("mark");
    mark.textContent = quote;
    p.append((from > 0 ? "…" : "") + text.slice(from, at), mark, text.slice(at + quote.length, to) + (to < text.length ? "…" : ""));
  }
  let hideTimer = null;
  function showCard(a) {
    clearTimeout(hideTimer);
    const c = citeFor(a);
    if (!c) return;
    card.textContent = "";
    const t = document.createElement("strong");
    t.textContent = c.title;
    const p = document.createElement("p");
    card.append(t, p);
    fillContext(p, String(c.text || ""), quoteOf(c));
    if (c.supported === false) {
      const w = document.createElement("p");
      w.className = "warn";
      w.textContent = "这句话中的「" + (c.unsupported || []).join("、") + "」未能在该段落中核实。";
      card.appendChild(w);
    }
    card.hidden = false;
    const r = a.getBoundingClientRect();
    // Below the marker, or above it when the card would run off the bottom of the window.
    let top = r.bottom + 4;
    if (top + card.offsetHeight > window.innerHeight - 8 && r.top - card.offsetHeight - 4 >= 8) top = r.top - card.offsetHeight - 4;
    top += window.scrollY;
    const left = Math.max(8, Math.min(window.scrollX + r.left, window.scrollX + document.documentElement.clientWidth - card.offsetWidth - 8));
    card.style.top = top + "px";
    card.style.left = left + "px";
  }
  function hideCard() {
    clearTimeout(hideTimer);
    card.hidden = true;
  }
  function hideCardSoon() {
    clearTimeout(hideTimer);
    hideTimer = setTimeout(hideCard, 300);
  }
  messagesEl.addEventListener("mouseover", (e) => {
    const a = e.target.closest("a.cite");
    if (a) showCard(a);
  });
  messagesEl.addEventListener("mouseout", (e) => {
    if (e.target.closest("a.cite")) hideCardSoon();
  });
  card.addEventListener("mouseenter", () => clearTimeout(hideTimer));
  card.addEventListener("mouseleave", hideCardSoon);
  messagesEl.addEventListener("focusin", (e) => {
    const a = e.target.closest("a.cite");
    if (a) showCard(a);
  });
  messagesEl.addEventListener("focusout", hideCard);
  document.addEventListener("keydown", (e) => {
    if (e.key !== "Escape") return;
    if (!card.hidden) hideCard();
    if (!menu.hidden) closeMenu(true);
    if (!pop.hidden) {
      togglePop(false);
      badge.focus();
    }
    if (drawerOpen() && phone.matches) closeDrawer(true);
  });

  // ---- controls ----
  function autosize() {
    input.style.height = "auto";
    input.style.height = Math.min(input.scrollHeight + 2, 160) + "px";
  }
  input.addEventListener("input", autosize);
  // A phone has no Enter/Shift+Enter to explain, and little room.
  const fullPlaceholder = input.placeholder;
  const fitPlaceholder = () => (input.placeholder = phone.matches ? "问报告一个问题" : fullPlaceholder);
  fitPlaceholder();
  phone.addEventListener("change", fitPlaceholder);
  form.addEventListener("submit", (e) => {
    e.preventDefault();
    ask(input.value);
  });
  input.addEventListener("keydown", (e) => {
    if (e.key === "Enter" && !e.shiftKey && !e.isComposing) {
      e.preventDefault();
      ask(input.value);
    }
  });
  stopBtn.addEventListener("click", () => {
    if (pending && ws && ws.readyState === WebSocket.OPEN) {
      pending.msg.stopped = true;
      ws.send(JSON.stringify({ type: "stop", id: pending.id }));
    }
  });
  $("suggestions").addEventListener("click", (e) => {
    const b = e.target.closest("button.suggestion");
    if (b) ask(b.textContent);
  });
  $("new-conv").addEventListener("click", () => {
    if (busy()) return;
    current = newConv().id;
    $("conv-search").value = "";
    renderAll();
    closeDrawer(false);
    input.focus();
  });

  // Rename in place: the title becomes a text box; Enter or leaving it keeps the name, Esc
  // cancels.
  $("rename-conv").addEventListener("click", () => {
    closeMenu(false);
    const c = conv();
    const title = $("conv-title");
    const box = document.createElement("input");
    box.type = "text";
    box.id = "rename-input";
    box.className = "rename-input";
    box.value = c.title;
    box.maxLength = 60;
    box.setAttribute("aria-label", "对话名称");
    title.textContent = "";
    title.appendChild(box);
    box.focus();
    box.select();
    let ended = false;
    const end = (keep) => {
      if (ended) return;
      ended = true;
      const v = box.value.trim();
      if (keep && v) {
        c.title = v.slice(0, 60);
        save();
      }
      box.remove();
      renderConvList();
      renderHead();
      menuBtn.focus();
    };
    box.addEventListener("keydown", (e) => {
      if (e.key === "Enter") {
        e.preventDefault();
        end(true);
      } else if (e.key === "Escape") {
        e.preventDefault();
        e.stopPropagation();
        end(false);
      }
    });
    box.addEventListener("blur", () => end(true));
  });

  // Delete at once, with a few seconds to undo.
  const toast = $("toast");
  function hideToast() {
    toast.hidden = true;
    toast.textContent = "";
  }
  $("delete-conv").addEventListener("click", () => {
    closeMenu(false);
    if (busy()) return;
    const c = conv();
    const index = convs.indexOf(c);
    if (deleted) clearTimeout(deleted.timer);
    convs = convs.filter((x) => x !== c);
    const timer = setTimeout(() => {
      deleted = null;
      hideToast();
    }, 10000);
    deleted = { conv: c, index, timer };
    current = convs.find((x) => !x.messages.length) ? convs.find((x) => !x.messages.length).id : convs.length ? convs[0].id : newConv().id;
    save();
    renderAll();
    toast.textContent = "";
    const msg = document.createElement("span");
    msg.textContent = "已删除「" + c.title + "」。";
    const undo = document.createElement("button");
    undo.type = "button";
    undo.id = "undo-delete";
    undo.className = "btn small";
    undo.textContent = "撤销";
    undo.addEventListener("click", () => {
      if (!deleted || busy()) return;
      clearTimeout(deleted.timer);
      // An empty conversation opened in its place is not worth keeping.
      convs = convs.filter((x) => x.messages.length || x.id !== current);
      convs.splice(Math.min(deleted.index, convs.length), 0, deleted.conv);
      current = deleted.conv.id;
      deleted = null;
      sortConvs();
      save();
      hideToast();
      renderAll();
      input.focus();
    });
    toast.append(msg, undo);
    toast.hidden = false;
    undo.focus();
  });

  $("export-conv").addEventListener("click", () => {
    closeMenu(false);
    const c = conv();
    const lines = ["# " + c.title, ""];
    for (const m of c.messages) {
      if (m.role === "user") {
        lines.push("**问：** " + m.content, "");
        continue;
      }
      const view = citeView(m);
      let text = (m.content || "").replace(/\[(\d{1,2})\]/g, (mm, n) => {
        const ct = view.byN.get(parseInt(n, 10));
        const url = citeHref(ct);
        return url ? `[[${view.kOf.get(ct.n)}]](${location.origin}${url})` : mm;
      });
      lines.push("**答：** " + text, "");
      if (view.sections.length) {
        lines.push("出处：");
        for (const { k, c: ct } of view.sections) lines.push(`${k}. [${ct.title}](${location.origin}${citeHref(ct) || ct.url})`);
        lines.push("");
      }
    }
    const blob = new Blob([lines.join("\n")], { type: "text/markdown;charset=utf-8" });
    const a = document.createElement("a");
    a.href = URL.createObjectURL(blob);
    a.download = (c.title || "对话").replace(/[\\/:*?"<>|]/g, "_") + ".md";
    document.body.appendChild(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(a.href), 1000);
  });

  // A link from the report (a 「常见问法」, 「就本节提问」, search's 「问导师」) opens the chat as
  // /?ask=<question>: the question is asked once, in an empty conversation, and the address is
  // cleaned so a reload does not ask it again.
  function askFromAddress() {
    const q = (new URLSearchParams(location.search).get("ask") || "").trim();
    if (!q) return;
    history.replaceState(null, "", location.pathname + location.hash);
    current = newConv().id;
    renderAll();
    ask([...q].slice(0, maxRunes).join(""));
  }

  renderAll();
  askFromAddress();
})();

// LLM 科普导师 chat page. No framework, nothing from another host. Every piece of text from the
// user, the model or the report is inserted as text or through escapeHTML, never as raw HTML.
"use strict";

(function () {
  const STORE = "llmtutor.conversations.v1";
  const $ = (id) => document.getElementById(id);
  const messagesEl = $("messages");
  const form = $("ask-form");
  const input = $("question");
  const sendBtn = $("send");
  const stopBtn = $("stop");
  const statusEl = $("status");
  const card = $("cite-card");
  const maxRunes = parseInt($("chat").dataset.maxRunes || "500", 10);

  // ---- conversations, kept in the browser ----
  let convs = load();
  let current = convs.length ? convs[0].id : newConv().id;

  function load() {
    try {
      const v = JSON.parse(localStorage.getItem(STORE) || "[]");
      return Array.isArray(v) ? v : [];
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
  function newConv() {
    const c = { id: "c" + Date.now().toString(36) + Math.random().toString(36).slice(2, 6), title: "新对话", messages: [] };
    convs.unshift(c);
    save();
    return c;
  }
  function conv() {
    return convs.find((c) => c.id === current);
  }

  function renderConvList() {
    const list = $("conv-list");
    list.textContent = "";
    for (const c of convs) {
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
      });
      li.appendChild(b);
      list.appendChild(li);
    }
  }

  // ---- safe rendering ----
  function escapeHTML(s) {
    return String(s).replace(/[&<>"']/g, (ch) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[ch]);
  }
  function safeURL(u) {
    // Only the report's own pages are linked from answers.
    return typeof u === "string" && u.startsWith("/report/") && !u.startsWith("//") ? u : null;
  }
  // renderAnswer turns answer text (Markdown) into HTML. The whole text is escaped first; only
  // then are a few Markdown forms recognised: paragraphs, **bold**, *italic*, `code`, fenced
  // code blocks, "- " and "1. " lists, "### " headings (as h4) and links whose target is one of
  // the report's pages. Markers [n] that name a citation become links; any other bracket stays
  // text.
  function renderAnswer(text, cites) {
    const byN = new Map((cites || []).map((c) => [c.n, c]));
    const lines = escapeHTML(String(text).replace(/\u0000/g, "")).split("\n");

    function cite(n) {
      const c = byN.get(parseInt(n, 10));
      const url = c && safeURL(c.url);
      if (!url) return cites ? "" : `<span class="cite pending">[${n}]</span>`;
      const warn = c.supported === false ? " unsupported" : "";
      const label = c.supported === false ? `引用 ${n}（未能在段落中核实：${escapeHTML((c.unsupported || []).join("、"))}）` : `引用 ${n}：${escapeHTML(c.title)}`;
      return `<a class="cite${warn}" href="${escapeHTML(url)}" data-n="${n}" aria-label="${label}">[${n}]</a>`;
    }
    // inline works on one escaped line: its input holds no markup, only entities.
    function inline(s) {
      const slots = [];
      const keep = (h) => "\u0000" + (slots.push(h) - 1) + "\u0000";
      s = s.replace(/`([^`]+)`/g, (m, c) => keep("<code>" + c + "</code>"));
      s = s.replace(/\[([^\]]+)\]\(([^()\s]*)\)/g, (m, label, href) => {
        if (/^\d{1,2}$/.test(label)) return m; // a citation marker followed by brackets
        // escapeHTML has already made the target safe inside an attribute; only the report's
        // own pages may be linked.
        if (!href.startsWith("/report/") || href.startsWith("//")) return label;
        return keep(`<a href="${href}">${label}</a>`);
      });
      s = s.replace(/\*\*([^*]+)\*\*/g, "<strong>$1</strong>");
      s = s.replace(/(^|[^*\w])\*([^*\s](?:[^*]*[^*\s])?)\*(?![*\w])/g, "$1<em>$2</em>");
      s = s.replace(/\[(\d{1,2})\]/g, (m, n) => keep(cite(n)));
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
  let termNames = null; // [{ name, anchor, url }], longest name first
  function loadTerms() {
    if (!termNames) {
      termNames = fetch("/api/terms")
        .then((r) => (r.ok ? r.json() : {}))
        .then((t) => {
          const out = [];
          for (const [anchor, v] of Object.entries(t || {})) {
            const title = String((v && v.title) || "");
            const i = title.indexOf("（");
            const name = (i > 0 ? title.slice(0, i) : title).trim();
            const url = safeURL(v && v.url);
            if ([...name].length >= 2 && url) out.push({ name, anchor, url });
          }
          out.sort((a, b) => b.name.length - a.name.length);
          return out;
        })
        .catch(() => []);
    }
    return termNames;
  }
  // linkTerms wraps the first occurrence of each glossary term in an answer's text, longest
  // names first, at most MAX_TERMS, never inside a link or code, nor in bold text or headings
  // (an offline answer's bold lead names the section quoted); terms.js shows the definition.
  async function linkTerms(body) {
    const names = await loadTerms();
    if (!body.isConnected || body.dataset.terms) return;
    body.dataset.terms = "1";
    let linked = 0;
    for (const t of names) {
      if (linked >= MAX_TERMS) break;
      const walker = document.createTreeWalker(body, NodeFilter.SHOW_TEXT, {
        acceptNode: (n) => (n.parentElement.closest("a, code, pre, strong, h4") ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
      });
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const at = n.data.indexOf(t.name);
        if (at < 0) continue;
        const rest = n.splitText(at);
        rest.splitText(t.name.length);
        const a = document.createElement("a");
        a.className = "term";
        a.dataset.term = t.anchor;
        a.href = t.url;
        a.textContent = t.name;
        rest.replaceWith(a);
        linked++;
        break;
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
  function renderFollowups(m, el) {
    if (!m.followups || !m.followups.length) return;
    const box = document.createElement("div");
    box.className = "followups";
    box.setAttribute("role", "group");
    box.setAttribute("aria-label", "接着问");
    const h = document.createElement("span");
    h.className = "followups-head";
    h.textContent = "接着问：";
    box.appendChild(h);
    for (const q of m.followups) {
      const b = document.createElement("button");
      b.type = "button";
      b.className = "btn small followup";
      b.textContent = q;
      b.addEventListener("click", () => ask(q));
      box.appendChild(b);
    }
    el.appendChild(box);
  }

  // ---- messages ----
  function addBubble(role) {
    $("empty").hidden = true;
    const el = document.createElement("article");
    el.className = "msg " + role;
    messagesEl.appendChild(el);
    return el;
  }
  function renderUser(m) {
    const el = addBubble("user");
    const p = document.createElement("p");
    p.textContent = m.content;
    el.appendChild(p);
  }
  function renderAssistant(m, el) {
    el = el || addBubble("assistant");
    el.textContent = "";
    el.dataset.ask = m.ask || "";
    const head = document.createElement("h2");
    head.className = "sr-only";
    head.textContent = "导师的回答";
    el.appendChild(head);
    if (m.reasoning) {
      const d = document.createElement("details");
      d.className = "reasoning";
      const s = document.createElement("summary");
      s.textContent = "模型的思考过程";
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
    const body = document.createElement("div");
    body.className = "answer";
    body.innerHTML = renderAnswer(m.content || "", m.citations);
    el.appendChild(body);
    if (m.stopped) {
      const p = document.createElement("p");
      p.className = "meta stopped-note";
      p.textContent = "已停止生成。";
      el.appendChild(p);
    }
    if (m.citations && m.citations.length) {
      const h = document.createElement("h3");
      h.className = "sources-head";
      h.textContent = "出处";
      const ol = document.createElement("ol");
      ol.className = "answer-sources";
      for (const c of m.citations) {
        const li = document.createElement("li");
        li.value = c.n;
        const url = safeURL(c.url);
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
      const regen = document.createElement("button");
      regen.type = "button";
      regen.className = "btn small regen";
      regen.textContent = "重新生成";
      regen.addEventListener("click", () => regenerate(m));
      bar.append(copy, regen);
      el.appendChild(bar);
      if (!pending || pending.msg !== m) {
        linkTerms(body);
        if (m.done.covered && !m.stopped && m.citations && m.citations.length) {
          if (m.followups) renderFollowups(m, el);
          else followupsFor(m, el);
        }
      }
    }
    return el;
  }

  function renderRetrieval(r) {
    const d = document.createElement("details");
    d.className = "retrieval";
    const s = document.createElement("summary");
    s.textContent = "检索过程";
    d.appendChild(s);
    const info = document.createElement("p");
    info.className = "meta";
    info.textContent =
      `检索用的查询：「${r.query}」${r.followup ? "（结合了上文）" : ""} · 覆盖度 ${r.coverage.toFixed(2)} · ` +
      `${r.covered ? "报告涉及此问题" : "报告未涉及此问题"} · 向量：${r.embedding}`;
    d.appendChild(info);
    const ol = document.createElement("ol");
    ol.className = "passages";
    for (const p of r.passages || []) {
      const li = document.createElement("li");
      li.value = p.n;
      const head = document.createElement("div");
      const url = safeURL(p.url);
      const a = document.createElement(url ? "a" : "span");
      if (url) a.href = url;
      a.textContent = `${p.chapter_title} › ${p.title}`;
      const sc = document.createElement("span");
      sc.className = "scores";
      sc.textContent = ` 融合 ${p.score.toFixed(4)} · 词法 ${p.lexical.toFixed(2)} · 向量 ${p.vector.toFixed(3)}${p.used ? " · 已使用" : ""}`;
      head.append(a, sc);
      const t = document.createElement("p");
      t.textContent = p.text;
      li.append(head, t);
      ol.appendChild(li);
    }
    d.appendChild(ol);
    if (r.prompt) {
      const ps = document.createElement("details");
      const pss = document.createElement("summary");
      pss.textContent = "发送给模型的提示词";
      const pre = document.createElement("pre");
      pre.textContent = r.prompt;
      ps.append(pss, pre);
      d.appendChild(ps);
    }
    return d;
  }

  function renderAll() {
    messagesEl.querySelectorAll(".msg").forEach((e) => e.remove());
    const c = conv();
    $("empty").hidden = c.messages.length > 0;
    for (const m of c.messages) {
      if (m.role === "user") renderUser(m);
      else renderAssistant(m);
    }
    renderConvList();
    messagesEl.scrollTop = messagesEl.scrollHeight;
  }

  function setStatus(s) {
    statusEl.textContent = s;
  }

  // ---- websocket ----
  let ws = null;
  let wsReady = null;
  let pending = null; // { id, msg, el }

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

  function onFrame(f) {
    if (!pending || (f.id && f.id !== pending.id)) {
      if (f.type === "error" && f.error) setStatus(f.error.message);
      return;
    }
    const m = pending.msg;
    switch (f.type) {
      case "retrieval":
        m.retrieval = f.retrieval;
        break;
      case "token":
        m.content += f.text;
        break;
      case "reasoning":
        m.reasoning = (m.reasoning || "") + f.text;
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
    messagesEl.scrollTop = messagesEl.scrollHeight;
  }

  function busy() {
    return pending !== null;
  }

  function finish() {
    if (!pending) return;
    const { msg, el } = pending;
    msg.done = msg.done || { stopped: true };
    pending = null;
    renderAssistant(msg, el);
    save();
    sendBtn.hidden = false;
    stopBtn.hidden = true;
    input.disabled = false;
    setStatus("");
    input.focus();
  }

  function historyFor(c, upto) {
    return c.messages.slice(0, upto).filter((m) => m.content).map((m) => ({ role: m.role, content: m.content }));
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
    if (opts && opts.regenerate) {
      history = historyFor(c, opts.index);
    } else {
      history = historyFor(c, c.messages.length);
      c.messages.push({ role: "user", content: question });
      if (c.title === "新对话") c.title = question.replace(/\s+/g, " ").slice(0, 24);
      renderUser({ content: question });
      renderConvList();
    }
    const msg = { role: "assistant", content: "", ask: "a" + Date.now().toString(36) };
    c.messages.push(msg);
    const el = renderAssistant(msg);
    pending = { id: msg.ask, msg, el };
    sendBtn.hidden = true;
    stopBtn.hidden = false;
    input.value = "";
    setStatus("正在检索报告……");
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

  // ---- citation cards: hover or focus shows the passage ----
  function citeFor(a) {
    const el = a.closest(".msg");
    const c = conv();
    const m = c && c.messages.find((x) => x.ask && x.ask === el.dataset.ask);
    const src = m || (pending && pending.msg);
    return src && (src.citations || []).find((x) => String(x.n) === a.dataset.n);
  }
  function showCard(a) {
    const c = citeFor(a);
    if (!c) return;
    card.textContent = "";
    const t = document.createElement("strong");
    t.textContent = c.title;
    const p = document.createElement("p");
    p.textContent = c.text.length > 280 ? c.text.slice(0, 280) + "…" : c.text;
    card.append(t, p);
    if (c.supported === false) {
      const w = document.createElement("p");
      w.className = "warn";
      w.textContent = "这句话中的「" + (c.unsupported || []).join("、") + "」未能在该段落中核实。";
      card.appendChild(w);
    }
    card.hidden = false;
    const r = a.getBoundingClientRect();
    // Below the marker, or above it when the card would run off the bottom of the window.
    let top = r.bottom + 6;
    if (top + card.offsetHeight > window.innerHeight - 8 && r.top - card.offsetHeight - 6 >= 8) top = r.top - card.offsetHeight - 6;
    top += window.scrollY;
    const left = Math.max(8, Math.min(window.scrollX + r.left, window.scrollX + document.documentElement.clientWidth - card.offsetWidth - 8));
    card.style.top = top + "px";
    card.style.left = left + "px";
  }
  function hideCard() {
    card.hidden = true;
  }
  messagesEl.addEventListener("mouseover", (e) => {
    const a = e.target.closest("a.cite");
    if (a) showCard(a);
  });
  messagesEl.addEventListener("mouseout", (e) => {
    if (e.target.closest("a.cite")) hideCard();
  });
  messagesEl.addEventListener("focusin", (e) => {
    const a = e.target.closest("a.cite");
    if (a) showCard(a);
  });
  messagesEl.addEventListener("focusout", hideCard);

  // ---- controls ----
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
    renderAll();
    input.focus();
  });
  $("rename-conv").addEventListener("click", () => {
    const c = conv();
    const t = prompt("对话名称", c.title);
    if (t && t.trim()) {
      c.title = t.trim().slice(0, 60);
      save();
      renderConvList();
    }
  });
  $("delete-conv").addEventListener("click", () => {
    if (busy()) return;
    if (!confirm("删除这个对话？")) return;
    convs = convs.filter((c) => c.id !== current);
    if (!convs.length) newConv();
    current = convs[0].id;
    save();
    renderAll();
  });
  $("export-conv").addEventListener("click", () => {
    const c = conv();
    const lines = ["# " + c.title, ""];
    for (const m of c.messages) {
      if (m.role === "user") {
        lines.push("**问：** " + m.content, "");
        continue;
      }
      let text = m.content || "";
      for (const ct of m.citations || []) {
        text = text.split(`[${ct.n}]`).join(`[[${ct.n}]](${location.origin}${ct.url})`);
      }
      lines.push("**答：** " + text, "");
      if (m.citations && m.citations.length) {
        lines.push("出处：");
        for (const ct of m.citations) lines.push(`${ct.n}. [${ct.title}](${location.origin}${ct.url})`);
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

  renderAll();
})();

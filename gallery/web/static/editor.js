/* Editors' grid tools: select photos (click, shift-click, all results), bulk edit with a
   template, export the selection. Loaded only for signed-in editors (_editor_scripts.html).
   Grid items are found by their photo links, so a redesigned grid keeps working. */
(() => {
  "use strict";
  const config = JSON.parse(document.getElementById("ed-config").textContent);
  const bar = document.getElementById("ed-bulk");
  if (!bar) return;

  const STORE_KEY = "gallery-selection";
  const query = JSON.parse(bar.dataset.query || "{}");
  const total = Number(bar.dataset.total || 0);
  const $ = (id) => document.getElementById(id);
  const links = () => Array.from(document.querySelectorAll('ul.grid a[href^="/photo/"]'));
  const idOf = (a) => Number((a.getAttribute("href").match(/^\/photo\/(\d+)/) || [])[1] || 0);
  const sameQuery = (a, b) => JSON.stringify(a || {}) === JSON.stringify(b || {});

  let state = load();
  let selecting = state.ids.length > 0 || state.all !== null;
  let lastIndex = null;

  function load() {
    try {
      const saved = JSON.parse(sessionStorage.getItem(STORE_KEY) || "null");
      if (saved && Array.isArray(saved.ids)) {
        if (saved.all !== null && !sameQuery(saved.all, query)) return { ids: [], all: null };
        return saved;
      }
    } catch (e) { /* a broken saved selection is simply dropped */ }
    return { ids: [], all: null };
  }
  function save() { sessionStorage.setItem(STORE_KEY, JSON.stringify(state)); render(); }

  function count() { return state.all !== null ? total : state.ids.length; }

  function render() {
    const chosen = new Set(state.ids);
    for (const a of links()) {
      const on = state.all !== null || chosen.has(idOf(a));
      a.classList.toggle("ed-selected", on);
      (a.closest("li") || a).classList.toggle("ed-selected-item", on);
      a.setAttribute("aria-pressed", selecting ? String(on) : "false");
    }
    document.body.classList.toggle("ed-selecting", selecting);
    $("ed-select-mode").setAttribute("aria-pressed", String(selecting));
    $("ed-select-mode").textContent = selecting ? "结束选择" : "选择照片";
    const n = count();
    $("ed-count").textContent = state.all !== null ? `已选全部 ${n} 个结果` : (n ? `已选 ${n} 张` : "未选择照片");
    $("ed-bulk-form").hidden = n === 0;
    $("ed-exports").hidden = n === 0;
    resetPreview();
  }

  function toggle(id, on) {
    const ids = new Set(state.ids);
    if (on) ids.add(id); else ids.delete(id);
    state.ids = Array.from(ids);
  }

  window.addEventListener("click", (event) => {
    if (!selecting) return;
    const a = event.target.closest && event.target.closest('ul.grid a[href^="/photo/"]');
    if (!a) return;
    event.preventDefault();
    event.stopPropagation();
    const all = links();
    const index = all.indexOf(a);
    if (state.all !== null) { state.ids = all.map(idOf); state.all = null; }
    const on = !state.ids.includes(idOf(a));
    if (event.shiftKey && lastIndex !== null) {
      const [from, to] = [Math.min(lastIndex, index), Math.max(lastIndex, index)];
      for (const link of all.slice(from, to + 1)) toggle(idOf(link), true);
    } else {
      toggle(idOf(a), on);
    }
    lastIndex = index;
    save();
  }, true);

  $("ed-select-mode").addEventListener("click", () => { selecting = !selecting; render(); });
  $("ed-select-page").addEventListener("click", () => {
    selecting = true;
    if (state.all !== null) state.all = null;
    for (const a of links()) toggle(idOf(a), true);
    save();
  });
  $("ed-select-all").addEventListener("click", () => { selecting = true; state = { ids: [], all: query }; save(); });
  $("ed-clear").addEventListener("click", () => { state = { ids: [], all: null }; lastIndex = null; save(); });

  function selectionBody() {
    return state.all !== null ? Object.assign({ all: true }, state.all) : { ids: state.ids };
  }

  async function post(url, body) {
    const response = await fetch(url, {
      method: "POST", credentials: "same-origin",
      headers: { "Content-Type": "application/json", "Accept": "application/json", "X-CSRF-Token": config.csrf },
      body: JSON.stringify(body),
    });
    let data = {};
    try { data = await response.json(); } catch (e) { data = { error: `服务器返回 ${response.status}` }; }
    if (!response.ok && !data.error) data.error = `服务器返回 ${response.status}`;
    return data;
  }

  const form = $("ed-bulk-form");
  const preview = $("ed-preview");
  const apply = $("ed-apply");
  function bulkBody() {
    return Object.assign(selectionBody(), {
      field: $("ed-field").value, op: $("ed-op").value, template: $("ed-template").value,
    });
  }
  function resetPreview() { apply.disabled = true; }
  for (const input of [$("ed-field"), $("ed-op"), $("ed-template")]) input.addEventListener("input", resetPreview);
  $("ed-op").addEventListener("change", () => { $("ed-template").disabled = $("ed-op").value === "clear"; });

  for (const chip of document.querySelectorAll(".ed-key")) {
    chip.addEventListener("click", () => {
      const input = $("ed-template");
      const at = input.selectionStart ?? input.value.length;
      input.value = input.value.slice(0, at) + chip.dataset.key + input.value.slice(input.selectionEnd ?? at);
      input.focus();
      resetPreview();
    });
  }

  function show(html) { preview.innerHTML = html; }
  const esc = (text) => String(text).replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]);

  $("ed-preview-btn").addEventListener("click", async () => {
    show("<p>正在预览…</p>");
    const data = await post("/api/edit/bulk/preview", bulkBody());
    if (data.error || (data.errors && data.errors.length)) {
      show(`<p class="ed-error" role="alert">${esc(data.error || data.errors.join("；"))}</p>`);
      return;
    }
    const missing = Object.entries(data.missing || {}).map(([k, n]) => `${esc(k)}：${n} 张没有`).join("；");
    const rows = (data.samples || []).map((s) =>
      `<tr><td>#${s.id} ${esc(s.name || "")}</td><td>${esc(s.old)}</td><td>${esc(s.new)}</td></tr>`).join("");
    show(`<p class="ed-preview-summary">将修改 <strong>${data.changes}</strong> 张照片` +
      (data.unchanged ? `（${data.unchanged} 张已是这个值）` : "") + `，共选 ${data.selected} 张。</p>` +
      (missing ? `<p class="warn">模板中的空项：${missing}</p>` : "") +
      (rows ? `<table class="ed-table"><thead><tr><th>照片</th><th>原来</th><th>改为</th></tr></thead><tbody>${rows}</tbody></table>` : ""));
    apply.disabled = data.changes === 0;
  });

  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    apply.disabled = true;
    show("<p>正在修改…</p>");
    const data = await post("/api/edit/bulk", bulkBody());
    if (data.error) { show(`<p class="ed-error" role="alert">${esc(data.error)}</p>`); return; }
    show(`<p class="ed-done" role="status">已修改 ${data.photos} 张照片（${data.changes} 处），是第 ${data.step} 步。 ` +
      `<a href="${esc(data.history_url)}">查看这一步</a> <button type="button" id="ed-undo">撤销这一步</button></p>`);
    $("ed-undo").addEventListener("click", async () => {
      const undone = await post(`/history/${data.step}/revert`, {});
      show(undone.error ? `<p class="ed-error" role="alert">${esc(undone.error)}</p>` : `<p class="ed-done" role="status">${esc(undone.message)}</p>`);
    });
  });

  for (const button of document.querySelectorAll("#ed-exports [data-export]")) {
    button.addEventListener("click", () => exportSelection(button.dataset.export, button.dataset.private === "1"));
  }

  function exportSelection(kind, isPrivate) {
    const target = document.createElement("form");
    target.method = "post";
    target.action = `/export/${kind}`;
    const fields = Object.assign({ csrf_token: config.csrf }, selectionBody(), isPrivate ? { private: "1" } : {});
    for (const [name, value] of Object.entries(fields)) {
      const input = document.createElement("input");
      input.type = "hidden";
      input.name = name;
      input.value = Array.isArray(value) ? value.join(",") : String(value);
      target.appendChild(input);
    }
    document.body.appendChild(target);
    target.submit();
    target.remove();
  }

  render();
})();

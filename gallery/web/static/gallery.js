/* gallery.js — endless scrolling that keeps its place on Back, and the full-screen viewer.
   Everything here enhances plain links: without it the pager pages and the viewer's links
   lead to /view/<id> and /photo/<id>. */
(() => {
  "use strict";
  const $ = (sel, root = document) => root.querySelector(sel);
  const $$ = (sel, root = document) => Array.from(root.querySelectorAll(sel));
  const SAVED = "gallery:feed";

  /* ---------- endless scrolling ---------- */

  const feed = { el: null, pager: null, pages: 0, busy: null };

  function appendFeed(incoming) {
    const items = Array.from(incoming.children);
    const last = feed.el.lastElementChild;
    // a day cut by the page break continues in the section already on screen
    if (items.length && last && last.dataset.day && items[0].dataset.day === last.dataset.day) {
      const into = $(".grid", last);
      into.append(...$(".grid", items.shift()).children);
      const tiles = Array.from(into.children);
      last.style.setProperty("--n", tiles.length);
      last.style.setProperty("--w", tiles.reduce((s, li) => s + parseFloat(li.style.getPropertyValue("--r")), 0));
    }
    feed.el.append(...items);
    justifyAll();
  }

  function justifyAll() {
    if (window.justifyGrid) $$("ul.grid").forEach(window.justifyGrid);
  }

  function loadMore() {
    const next = feed.pager && $("a[rel=next]", feed.pager);
    if (!next) return Promise.resolve(false);
    if (feed.busy) return feed.busy;
    feed.pager.classList.add("loading");
    feed.busy = fetch(next.href, { credentials: "same-origin" })
      .then((res) => (res.ok ? res.text() : Promise.reject(res.status)))
      .then((html) => {
        const doc = new DOMParser().parseFromString(html, "text/html");
        const incoming = $("[data-feed]", doc);
        if (incoming) appendFeed(incoming);
        const pager = $(".pager", doc);
        feed.pager.innerHTML = pager ? pager.innerHTML : "";
        feed.pages += 1;
        return true;
      })
      .catch(() => false) // the link stays: a click still works
      .finally(() => {
        feed.busy = null;
        feed.pager.classList.remove("loading");
        requestAnimationFrame(keepFilling);
      });
    return feed.busy;
  }

  function keepFilling() {
    // the observer fires on changes only: a tall screen may still show the pager after a load
    if (feed.pager && feed.pager.getBoundingClientRect().top < innerHeight + 1200) loadMore();
  }

  function restoreFeed() {
    let saved = null;
    try { saved = JSON.parse(sessionStorage.getItem(SAVED)); } catch (e) { saved = null; }
    if (!saved || saved.url !== location.href) return;
    const nav = performance.getEntriesByType("navigation")[0];
    if (!nav || nav.type !== "back_forward") { sessionStorage.removeItem(SAVED); return; }
    feed.el.innerHTML = saved.feed;
    feed.pager.innerHTML = saved.pager;
    feed.pages = saved.pages;
    justifyAll();
    history.scrollRestoration = "manual";
    scrollTo(0, saved.y);
  }

  function setupFeed() {
    let width = innerWidth;
    addEventListener("resize", () => {
      if (innerWidth !== width) { width = innerWidth; requestAnimationFrame(justifyAll); }
    });
    feed.el = $("[data-feed]");
    feed.pager = $(".pager");
    if (!feed.el || !feed.pager) return;
    restoreFeed();
    addEventListener("pagehide", () => {
      if (!feed.pages) return;
      const state = { url: location.href.replace(/\/view\/\d+.*$/, ""), feed: feed.el.innerHTML,
                      pager: feed.pager.innerHTML, pages: feed.pages, y: scrollY };
      try { sessionStorage.setItem(SAVED, JSON.stringify(state)); } catch (e) { /* full: no restore */ }
    });
    if ("IntersectionObserver" in window) {
      new IntersectionObserver((seen) => seen.some((e) => e.isIntersecting) && loadMore(),
                               { rootMargin: "1200px 0px" }).observe(feed.pager);
    }
  }

  /* ---------- the viewer ---------- */

  const cache = new Map();
  const info = (id) => {
    if (!cache.has(id)) {
      cache.set(id, fetch(`/view/${id}.json`).then((r) => (r.ok ? r.json() : Promise.reject(r.status))));
    }
    return cache.get(id);
  };

  const v = { el: null, id: null, data: null, inGrid: false, pushed: false, back: null, returnTo: null, touch: null };

  function gridIds() {
    return $$("[data-feed] a[data-id]").map((a) => Number(a.dataset.id));
  }

  function neighbours() {
    if (!v.inGrid) return { prev: v.data && v.data.prev, next: v.data && v.data.next };
    const ids = gridIds();
    const at = ids.indexOf(v.id);
    const list = $("[data-feed]");
    return { prev: at > 0 ? ids[at - 1] : null, next: at >= 0 && at < ids.length - 1 ? ids[at + 1] : null,
             at, total: Math.max(ids.length, Number(list && list.dataset.total) || 0) };
  }

  function setLink(a, id) {
    a.hidden = !id;
    a.href = id ? `/view/${id}` : "#";
  }

  function preload(id) {
    if (id) info(id).then((d) => { new Image().src = d.src.large; }).catch(() => {});
  }

  function render(data) {
    v.data = data;
    $(".v-title", v.el).textContent = data.title || "";
    $(".v-text", v.el).textContent = (data.caption || "") + (data.credit || "");
    const meta = $(".v-meta", v.el);
    meta.textContent = "";
    if (data.place) meta.append(link(`/place/${encodeURIComponent(data.place)}`, data.place), " ");
    if (data.date) {
      const time = document.createElement("time");
      time.textContent = data.date.replace("T", " ");
      meta.append(time);
    }
    if (data.article) meta.append(" · ", link(data.article.url, data.article.title || ""));
    $(".v-close", v.el).href = data.page;
    $(".v-info", v.el).href = data.page;
    $(".v-zoom", v.el).href = data.original;
    const img = $(".v-img", v.el);
    img.alt = data.label;
    const large = new Image();
    large.onload = () => { if (v.id === data.id && !v.el.classList.contains("zoomed")) img.src = data.src.large; };
    large.src = data.src.large;
    document.title = data.label;
    const near = neighbours();
    setLink($(".v-prev", v.el), near.prev);
    setLink($(".v-next", v.el), near.next);
    $(".v-count", v.el).textContent = near.total ? `${near.at + 1} / ${near.total}` : "";
    preload(near.next);
    preload(near.prev);
  }

  function link(href, text) {
    const a = document.createElement("a");
    a.href = href;
    a.textContent = text;
    return a;
  }

  function show(id, thumb) {
    v.id = id;
    unzoom();
    const img = $(".v-img", v.el);
    if (thumb) { // the grid's thumbnail at once, the large picture when it arrives
      img.removeAttribute("srcset");
      img.src = thumb.currentSrc || thumb.src;
    }
    const url = `/view/${id}`;
    if (location.pathname !== url) history.replaceState({ viewer: id }, "", url);
    return info(id).then((data) => { if (v.id === id) render(data); })
      .catch(() => { location.href = url; }); // let the server say what is wrong
  }

  function step(delta) {
    if (!v.el || v.el.classList.contains("zoomed")) return;
    const near = neighbours();
    const target = delta < 0 ? near.prev : near.next;
    if (target) { show(target, gridThumb(target)); return; }
    if (delta > 0 && v.inGrid) loadMore().then((more) => more && step(delta));
  }

  function gridThumb(id) {
    return v.inGrid ? $(`[data-feed] a[data-id="${id}"] img`) : null;
  }

  function zoom() {
    if (!v.data) return;
    const img = $(".v-img", v.el);
    const zoomLink = $(".v-zoom", v.el);
    if (v.el.classList.toggle("zoomed")) {
      img.removeAttribute("srcset");
      img.src = v.data.original;
      zoomLink.textContent = zoomLink.dataset.fit;
      zoomLink.setAttribute("aria-pressed", "true");
      img.decode().catch(() => {}).then(() => {
        const stage = $(".v-stage", v.el);
        stage.scrollLeft = (stage.scrollWidth - stage.clientWidth) / 2;
        stage.scrollTop = (stage.scrollHeight - stage.clientHeight) / 2;
      });
    } else {
      unzoom();
      img.src = v.data.src.large;
    }
  }

  function unzoom() {
    if (!v.el) return;
    v.el.classList.remove("zoomed");
    const zoomLink = $(".v-zoom", v.el);
    zoomLink.textContent = zoomLink.dataset.zoom;
    zoomLink.setAttribute("aria-pressed", "false");
  }

  function open(id, { thumb = null, inGrid = false } = {}) {
    if (!v.el) {
      const tpl = $("#viewer-tpl");
      if (!tpl) return false;
      v.el = tpl.content.firstElementChild.cloneNode(true);
      document.body.append(v.el);
      wire(v.el);
    }
    v.inGrid = inGrid;
    v.returnTo = document.activeElement;
    v.back = { url: location.href, title: document.title };
    history.pushState({ viewer: id }, "", `/view/${id}`);
    v.pushed = true;
    document.documentElement.classList.add("viewer-open");
    v.el.hidden = false;
    v.el.focus();
    show(id, thumb);
    return true;
  }

  function close(fromHistory) {
    if (!v.el) return;
    if ("standalone" in v.el.dataset) { location.href = v.data ? v.data.page : $(".v-close", v.el).href; return; }
    if (!fromHistory && v.pushed) { history.back(); return; } // popstate comes back here
    v.el.hidden = true;
    unzoom();
    document.documentElement.classList.remove("viewer-open");
    document.title = v.back.title;
    const here = gridThumb(v.id);
    const target = here ? here.closest("a") : v.returnTo;
    if (here) here.scrollIntoView({ block: "nearest" });
    if (target && target.focus) target.focus({ preventScroll: true });
    v.id = null;
  }

  function wire(el) {
    el.addEventListener("click", (e) => {
      const a = e.target.closest("a");
      if (e.target.classList.contains("v-img")) { e.preventDefault(); zoom(); return; }
      if (!a || e.ctrlKey || e.metaKey || e.shiftKey || e.button) return;
      if (a.classList.contains("v-prev")) { e.preventDefault(); step(-1); }
      else if (a.classList.contains("v-next")) { e.preventDefault(); step(1); }
      else if (a.classList.contains("v-close")) { e.preventDefault(); close(false); }
      else if (a.classList.contains("v-zoom")) { e.preventDefault(); zoom(); }
    });
    el.addEventListener("touchstart", (e) => {
      if (e.touches.length === 1) v.touch = { x: e.touches[0].clientX, y: e.touches[0].clientY, t: Date.now() };
    }, { passive: true });
    el.addEventListener("touchend", (e) => {
      const start = v.touch;
      v.touch = null;
      if (!start || el.classList.contains("zoomed") || !e.changedTouches.length) return;
      const dx = e.changedTouches[0].clientX - start.x;
      const dy = e.changedTouches[0].clientY - start.y;
      if (Math.abs(dx) > 40 && Math.abs(dx) > 1.5 * Math.abs(dy)) step(dx < 0 ? 1 : -1);
      else if (dy > 90 && Math.abs(dy) > 2 * Math.abs(dx)) close(false); // swipe down closes
    });
  }

  function onKey(e) {
    if (!v.el || v.el.hidden || e.altKey || e.ctrlKey || e.metaKey) return;
    const keys = { ArrowLeft: () => step(-1), ArrowRight: () => step(1), z: zoom, Z: zoom,
                   Escape: () => (v.el.classList.contains("zoomed") ? zoom() : close(false)) };
    if (keys[e.key]) { e.preventDefault(); keys[e.key](); }
  }

  function setupViewer() {
    const standalone = $(".viewer[data-standalone]");
    if (standalone) {
      v.el = standalone;
      v.id = Number(standalone.dataset.id);
      wire(standalone);
      standalone.focus();
      info(v.id).then((data) => { if (v.id === data.id) render(data); }).catch(() => {});
    }
    document.addEventListener("keydown", onKey);
    document.addEventListener("click", (e) => {
      const a = e.target.closest("[data-feed] a[data-id], a.to-viewer");
      if (!a || v.id || e.ctrlKey || e.metaKey || e.shiftKey || e.altKey || e.button) return;
      const inGrid = !a.classList.contains("to-viewer");
      if (open(Number(a.dataset.id), { thumb: $("img", a), inGrid })) e.preventDefault();
    });
    addEventListener("popstate", () => {
      const viewing = location.pathname.match(/^\/view\/(\d+)$/);
      if (!v.el || ("standalone" in v.el.dataset)) return;
      if (!v.el.hidden && !viewing) { v.pushed = false; close(true); }
      else if (v.el.hidden && viewing) { // Forward into a view closed with Back
        v.el.hidden = false;
        v.pushed = true;
        document.documentElement.classList.add("viewer-open");
        show(Number(viewing[1]), gridThumb(Number(viewing[1])));
      }
    });
  }

  setupFeed();
  setupViewer();
})();

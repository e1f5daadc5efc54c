// zhclaims report: renders article bodies lazily from the embedded JSON, highlights claims
// in place, shows a claim's details on hover or keyboard focus, filters by kind and region.
// Every piece of page text goes through textContent / createTextNode, never innerHTML.
(function () {
  'use strict';
  var data = JSON.parse(document.getElementById('report-data').textContent);
  var KINDS = data.kinds;
  var KIND_LABEL = { money: '金额 money', people: '人数 people', percent: '比例 percent', honor: '荣誉 honor', count: '数量 count' };
  var APPROX = { over: '以上 over', about: '约 about', under: '不足 under' };
  var LEVEL = { national: '全国 national', provincial: '省级 provincial', municipal: '市级 municipal', county: '县级 county', township: '乡镇 township' };
  var CHUNK = 100; // article shells added per step when a long region is scrolled
  var state = { kinds: {}, region: '' };
  KINDS.forEach(function (k) { state.kinds[k] = true; });

  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined && text !== null) e.textContent = String(text);
    return e;
  }
  function num(n) { return typeof n === 'number' ? n.toLocaleString('zh-CN', { maximumFractionDigits: 6 }) : String(n); }
  function allKinds() { return KINDS.every(function (k) { return state.kinds[k]; }); }

  /** An article passes the kind filter when nothing is filtered or it has a claim of a chosen kind. */
  function articleShown(a) {
    if (allKinds()) return true;
    return a.c.some(function (c) { return state.kinds[KINDS[c.k]]; });
  }

  // ---- article bodies -------------------------------------------------------------------
  function makeMark(ai, ci, c) {
    var kind = KINDS[c.k];
    var m = el('mark', 'claim k-' + kind + (c.st ? ' st-target' : '') + (c.po ? ' part' : ''));
    m.setAttribute('tabindex', state.kinds[kind] ? '0' : '-1');
    m.setAttribute('aria-describedby', 'tip');
    m.dataset.a = ai;
    m.dataset.c = ci;
    m.dataset.kind = kind;
    return m;
  }

  /** Highlight ranges nest properly (the builder made sure), so one stack walk places them all. */
  function renderBody(ai) {
    var a = data.articles[ai];
    var text = a.x;
    var box = el('div', 'text');
    var stack = [{ node: box, end: Infinity }];
    var pos = 0;
    var unplaced = [];
    function close() {
      var top = stack.pop();
      if (top.end > pos) { top.node.appendChild(document.createTextNode(text.slice(pos, top.end))); pos = top.end; }
    }
    a.c.forEach(function (c, ci) {
      if (c.s < 0) { unplaced.push(ci); return; }
      while (stack.length > 1 && stack[stack.length - 1].end <= c.s) close();
      var top = stack[stack.length - 1];
      if (c.s > pos) top.node.appendChild(document.createTextNode(text.slice(pos, c.s)));
      pos = c.s;
      var m = makeMark(ai, ci, c);
      top.node.appendChild(m);
      stack.push({ node: m, end: c.e });
    });
    while (stack.length > 1) close();
    if (pos < text.length) box.appendChild(document.createTextNode(text.slice(pos)));
    var frag = document.createDocumentFragment();
    if (a.syn) frag.appendChild(el('p', 'note', '没有文章全文：以下为各声明的原句 (article text not given: showing each claim\u2019s evidence clause; pass --articles)'));
    frag.appendChild(box);
    if (unplaced.length) {
      var p = el('p', 'unplaced', '位置不在正文内的声明 (claims whose span is outside the text): ');
      unplaced.forEach(function (ci) {
        var m = makeMark(ai, ci, a.c[ci]);
        m.textContent = a.c[ci].tx || '?';
        p.appendChild(m);
        p.appendChild(document.createTextNode(' '));
      });
      frag.appendChild(p);
    }
    return frag;
  }

  var bodyObserver = 'IntersectionObserver' in window
    ? new IntersectionObserver(function (entries) {
      entries.forEach(function (e) { if (e.isIntersecting) fillBody(e.target); });
    }, { rootMargin: '800px 0px' })
    : null;

  function fillBody(slot) {
    if (slot.dataset.done) return;
    slot.dataset.done = '1';
    if (bodyObserver) bodyObserver.unobserve(slot);
    slot.classList.remove('pending');
    slot.style.minHeight = '';
    slot.textContent = '';
    slot.appendChild(renderBody(+slot.dataset.a));
  }

  function kindCounts(a) {
    var n = {};
    a.c.forEach(function (c) { n[KINDS[c.k]] = (n[KINDS[c.k]] || 0) + 1; });
    var wrap = el('span', 'counts');
    KINDS.forEach(function (k) {
      if (!n[k]) return;
      var chip = el('span', 'chip k-' + k, KIND_LABEL[k].split(' ')[0] + ' ' + n[k]);
      wrap.appendChild(chip);
    });
    return wrap;
  }

  function shell(ai) {
    var a = data.articles[ai];
    var art = el('article', 'art' + (a.du ? ' repost' : ''));
    art.id = 'a' + ai;
    art.dataset.a = ai;
    art.hidden = !articleShown(a);
    art.appendChild(el('h3', 'atitle', a.t || '(无标题 untitled)'));
    var meta = el('p', 'ameta');
    meta.appendChild(el('span', 'doc', a.d + ' #' + a.i));
    if (a.mt) meta.appendChild(el('span', 'mt', a.mt));
    if (a.du) meta.appendChild(el('span', 'repost-note', '转载 repost of ' + a.du[0] + ' #' + a.du[1]));
    meta.appendChild(el('span', 'nclaims', a.c.length + ' 条 claims'));
    meta.appendChild(kindCounts(a));
    art.appendChild(meta);
    var slot = el('div', 'slot pending', '…');
    slot.dataset.a = ai;
    // A rough height so that a placeholder does not pull its neighbours into view.
    slot.style.minHeight = Math.min(2400, Math.max(48, Math.ceil(a.x.length / 48) * 27)) + 'px';
    art.appendChild(slot);
    if (bodyObserver) bodyObserver.observe(slot); else fillBody(slot);
    return art;
  }

  // ---- region sections ------------------------------------------------------------------
  var sections = Array.prototype.slice.call(document.querySelectorAll('details.region'));
  var progress = {}; // region index -> shells added so far

  var moreObserver = 'IntersectionObserver' in window
    ? new IntersectionObserver(function (entries) {
      entries.forEach(function (e) { if (e.isIntersecting) addShells(+e.target.dataset.region); });
    }, { rootMargin: '1200px 0px' })
    : null;

  function addShells(r, all) {
    var sec = sections[r];
    var body = sec.querySelector('.region-body');
    var arts = data.regions[r].arts;
    var from = progress[r] || 0;
    var to = all ? arts.length : Math.min(arts.length, from + CHUNK);
    var old = body.querySelector('.more');
    if (old) { if (moreObserver) moreObserver.unobserve(old); old.remove(); }
    var frag = document.createDocumentFragment();
    for (var i = from; i < to; i++) frag.appendChild(shell(arts[i]));
    body.appendChild(frag);
    progress[r] = to;
    if (to < arts.length) {
      var more = el('button', 'more', '继续加载 load more (' + (arts.length - to) + ')');
      more.type = 'button';
      more.dataset.region = r;
      more.addEventListener('click', function () { addShells(r); });
      body.appendChild(more);
      if (moreObserver) moreObserver.observe(more);
    }
  }

  function openRegion(r) {
    if (progress[r] === undefined) addShells(r);
  }

  sections.forEach(function (sec, r) {
    sec.addEventListener('toggle', function () { if (sec.open) openRegion(r); });
    if (sec.open) openRegion(r);
  });

  document.getElementById('render-all').addEventListener('click', function () {
    if (data.articles.length > 3000 &&
      !window.confirm('渲染全部 ' + data.articles.length + ' 篇文章可能较慢。继续？ (Rendering every article may be slow. Continue?)')) return;
    sections.forEach(function (sec, r) {
      if (sec.hidden) return;
      sec.open = true;
      addShells(r, true);
      sec.querySelectorAll('.slot').forEach(fillBody);
    });
  });

  // Links from the overview open their region.
  document.addEventListener('click', function (e) {
    var a = e.target.closest && e.target.closest('[data-open]');
    if (!a) return;
    var r = +a.dataset.open;
    if (state.region !== '' && +state.region !== r) setRegion('');
    sections[r].open = true;
    openRegion(r);
  });
  var m = /^#r(\d+)$/.exec(location.hash);
  if (m && sections[+m[1]]) { sections[+m[1]].open = true; openRegion(+m[1]); }

  // ---- filters --------------------------------------------------------------------------
  var select = document.getElementById('region-filter');

  function applyKinds() {
    KINDS.forEach(function (k) { document.body.classList.toggle('hide-' + k, !state.kinds[k]); });
    document.querySelectorAll('mark.claim').forEach(function (mk) {
      mk.setAttribute('tabindex', state.kinds[mk.dataset.kind] ? '0' : '-1');
    });
    document.querySelectorAll('article.art').forEach(function (art) {
      art.hidden = !articleShown(data.articles[+art.dataset.a]);
    });
    sections.forEach(function (sec, r) {
      var shown = data.regions[r].arts.filter(function (ai) { return articleShown(data.articles[ai]); }).length;
      sec.classList.toggle('none-shown', shown === 0);
    });
    hideTip();
  }

  function setRegion(v) {
    state.region = v;
    select.value = v;
    sections.forEach(function (sec, r) { sec.hidden = v !== '' && String(r) !== v; });
    document.querySelectorAll('[data-region]').forEach(function (e) {
      if (e.tagName === 'DETAILS' || e.classList.contains('more')) return;
      e.classList.toggle('filtered-out', v !== '' && e.dataset.region !== v);
    });
    if (v !== '') { sections[+v].open = true; openRegion(+v); }
  }

  document.querySelectorAll('input[name=kind]').forEach(function (box) {
    box.addEventListener('change', function () { state.kinds[box.value] = box.checked; applyKinds(); });
  });
  select.addEventListener('change', function () { setRegion(select.value); });
  document.getElementById('filters').addEventListener('submit', function (e) { e.preventDefault(); });
  var resultsOnly = document.getElementById('results-only');
  resultsOnly.addEventListener('change', function () { document.body.classList.toggle('results-only', resultsOnly.checked); });

  // ---- claim details on hover and focus -------------------------------------------------
  var tip = document.getElementById('tip');
  var current = null; // the highlight whose details are shown

  function row(dl, k, v) {
    if (v === undefined || v === null || v === '') return;
    dl.appendChild(el('dt', null, k));
    dl.appendChild(el('dd', null, v));
  }

  function showTip(mk) {
    var a = data.articles[+mk.dataset.a];
    var c = a.c[+mk.dataset.c];
    var kind = KINDS[c.k];
    tip.textContent = '';
    tip.className = 'tip k-' + kind;
    var dl = el('dl');
    row(dl, '类型 kind', KIND_LABEL[kind]);
    var value = c.v === undefined ? '—' : num(c.v) + (c.m !== undefined ? ' – ' + num(c.m) : '');
    row(dl, '数值 value', value + (c.u ? ' ' + c.u : ''));
    row(dl, '单位 unit', c.u);
    if (c.cl && c.cl !== c.u) row(dl, '原文 as written', c.cl);
    row(dl, '约数 approx', c.a ? APPROX[c.a] || c.a : '精确 exact');
    row(dl, '每 per', c.p);
    row(dl, '对象 subject', c.sj);
    row(dl, '类别 category', c.ct);
    row(dl, '时段 period', c.pd);
    row(dl, '状态 status', c.st ? '目标 target (not achieved yet)' : '结果 result');
    if (c.po) {
      var total = a.c.filter(function (t) { return t.s === c.po[0]; })[0];
      var label = total ? [total.v !== undefined ? num(total.v) + (total.u ? ' ' + total.u : '') : '', total.sj || ''].join(' ').trim() : '';
      row(dl, '其中 part of', label || 'span ' + c.po[0] + '–' + c.po[1]);
    }
    if (a.du) row(dl, '转载 repost of', a.du[0] + ' #' + a.du[1]);
    if (c.h) {
      row(dl, '荣誉 honor', c.h[0] || '(无称号 untitled)');
      row(dl, '级别 level', c.h[1] ? LEVEL[c.h[1]] || c.h[1] : null);
      row(dl, '获得者 recipient', c.h[2]);
    }
    tip.appendChild(dl);
    tip.hidden = false;
    current = mk;
    place(mk);
  }

  function place(mk) {
    var r = mk.getBoundingClientRect();
    var w = tip.offsetWidth, h = tip.offsetHeight;
    var top = r.bottom + 6;
    if (top + h > window.innerHeight - 4 && r.top - h - 6 > 0) top = r.top - h - 6;
    var left = Math.max(4, Math.min(r.left, window.innerWidth - w - 8));
    tip.style.top = top + 'px';
    tip.style.left = left + 'px';
  }
  function hideTip() { tip.hidden = true; current = null; }

  /** The innermost highlight around t whose kind is not filtered out. */
  function markOf(t) {
    var mk = t && t.closest ? t.closest('mark.claim') : null;
    while (mk && !state.kinds[mk.dataset.kind]) mk = mk.parentElement ? mk.parentElement.closest('mark.claim') : null;
    return mk;
  }
  document.addEventListener('mouseover', function (e) {
    var mk = markOf(e.target);
    if (mk) showTip(mk); else if (!tip.contains(e.target)) hideTip();
  });
  document.addEventListener('focusin', function (e) { var mk = markOf(e.target); if (mk) showTip(mk); else hideTip(); });
  document.addEventListener('focusout', function (e) { if (markOf(e.target)) hideTip(); });
  document.addEventListener('keydown', function (e) { if (e.key === 'Escape') hideTip(); });
  // The tip follows its highlight when the page scrolls (it is position: fixed).
  window.addEventListener('scroll', function () {
    if (current && current.isConnected) place(current); else hideTip();
  }, { passive: true });
})();

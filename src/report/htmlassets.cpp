// The web page's stylesheet and script. Both are constant (no user text, no words: the
// labels come from the page's data attributes), so the Content-Security-Policy can name
// them by hash and nothing else may run or style the page.

#include "htmlsections.h"

namespace omnimap::HtmlSections {

QString styleSheet()
{
    return QStringLiteral(R"CSS(
:root{--ink:#1f2933;--muted:#5f6b7a;--rule:#d5dae1;--accent:#2563eb;--bg:#f6f7f9;
--good:#16a34a;--warn:#d97706;--bad:#dc2626;--none:#94a3b8}
*{box-sizing:border-box}
body{margin:0;background:var(--bg);color:var(--ink);
font:15px/1.5 "Noto Sans CJK KR","Noto Sans KR","Apple SD Gothic Neo","Malgun Gothic","Segoe UI",system-ui,sans-serif}
header.page-head{background:#fff;border-bottom:1px solid var(--rule);padding:24px 32px 12px}
.kicker{margin:0;color:var(--accent);font-weight:700;letter-spacing:.08em;text-transform:uppercase;font-size:12px}
h1{margin:4px 0 4px;font-size:28px}
h2{font-size:21px;margin:0 0 8px}
h3{font-size:16px;margin:18px 0 6px}
h4{font-size:13px;margin:10px 0 2px;color:var(--muted)}
.lead{margin:0 0 8px;color:var(--muted)}
.stamp,.muted{color:var(--muted);font-size:13px}
nav.toc ul{list-style:none;margin:8px 0 0;padding:0;display:flex;flex-wrap:wrap;gap:6px 18px}
nav.toc a{color:var(--accent);text-decoration:none}
main{padding:8px 32px 32px}
main>section{background:#fff;border:1px solid var(--rule);border-radius:10px;padding:18px 20px;margin:18px 0;position:relative}
footer{color:var(--muted);font-size:12px;padding:0 32px 24px}
.toolbar{display:flex;flex-wrap:wrap;gap:8px;align-items:center;margin:6px 0 10px}
.toolbar input,.toolbar select,.toolbar button{font:inherit;font-size:14px;padding:5px 9px;border:1px solid var(--rule);
border-radius:6px;background:#fff;color:var(--ink)}
.toolbar input{min-width:16em}
.toolbar button{cursor:pointer;min-width:2.4em}
.hits{color:var(--muted);font-size:13px}
.viewport{border:1px solid var(--rule);border-radius:8px;overflow:hidden;max-height:78vh;background:#fff;cursor:grab;
touch-action:none}
.viewport.dragging{cursor:grabbing}
svg.map{display:block;width:100%;height:auto;user-select:none}
svg.map .chip-text{font-size:15px;font-weight:600;fill:var(--ink)}
svg.map foreignObject div{height:100%;overflow:hidden;color:var(--ink)}
.sh .sn{margin:0;font-weight:700;font-size:15px;color:#fff}
.sh .sg{margin:2px 0 0;font-size:12px;color:#e6ecf5;line-height:1.3}
.lh{font-weight:700;font-size:14px;line-height:1.3;word-break:break-word}
.notes ul{margin:0;padding-left:14px;font-size:12px;line-height:1.3}
.notes.n1 ul{list-style:none;padding-left:0;font-style:italic}
.notes.n2 li{color:#991b1b}.notes.n3 li{color:#166534}
.primary-cell{fill:#2563eb;fill-opacity:.06}
.handoff{fill:none;stroke:#7b8794;stroke-width:2}
.card{cursor:pointer;outline:none}
.card .card-bg{fill:#fff;stroke:#c5ccd6;stroke-width:1}
.card:hover .card-bg,.card:focus .card-bg{stroke:var(--accent);stroke-width:2}
.card.selected .card-bg{stroke:var(--accent);stroke-width:3}
.card.hit .card-bg{stroke:#f59e0b;stroke-width:5;fill:#fffbeb}
.card.dim{opacity:.22}
.cb .t{margin:0;font-weight:700;font-size:13px;white-space:nowrap;overflow:hidden;text-overflow:ellipsis}
.cb .d{margin:3px 0 0;font-size:11px;line-height:1.35;color:var(--muted);display:-webkit-box;-webkit-line-clamp:4;
-webkit-box-orient:vertical;overflow:hidden}
.mark{margin-right:4px}.mot{color:#f59e0b}.promo{color:#db2777}
.hidden{display:none}
aside.details{position:absolute;right:28px;top:120px;width:min(360px,80%);background:#fff;border:1px solid var(--rule);
border-radius:10px;box-shadow:0 8px 24px rgba(15,23,42,.18);padding:12px 16px;z-index:2}
aside.details h3{margin:0 24px 8px 0}
aside.details dt{font-size:12px;color:var(--muted);margin-top:6px}
aside.details dd{margin:0;white-space:pre-wrap;word-break:break-word}
aside.details .close{position:absolute;right:8px;top:6px;border:0;background:none;font-size:20px;cursor:pointer}
.scroll{overflow-x:auto}
table{border-collapse:collapse;font-size:13px;min-width:60%}
th,td{border:1px solid var(--rule);padding:5px 8px;text-align:left;vertical-align:top}
thead th{background:#eef1f5}
th small,td small{display:block;color:var(--muted);font-weight:400;font-size:11px}
td.primary{background:#dbeafe;font-weight:700}td.supporting{background:#eff6ff}td.none{color:var(--none)}
.status{font-weight:700;white-space:nowrap}
.st-on_track{color:var(--good)}.st-at_risk{color:var(--warn)}.st-off_track{color:var(--bad)}.st-no_data{color:var(--none)}
td.st-on_track{background:#dcfce7}td.st-at_risk{background:#fef3c7}td.st-off_track{background:#fee2e2}
td.ck-pass{background:#bbf7d0}td.ck-fail{background:#fecaca;font-weight:700}td.ck-na{background:#f1f5f9;color:var(--muted)}
td.ck-none{color:var(--none)}
tr.score th,tr.score td{font-weight:700;border-top:2px solid var(--ink)}
.personas,.campaign-cards{display:grid;grid-template-columns:repeat(auto-fill,minmax(300px,1fr));gap:14px}
.persona,.campaign{border:1px solid var(--rule);border-radius:10px;padding:14px}
.persona-head{display:flex;gap:12px;align-items:center}
.persona-head h3{margin:0}
.avatar{width:48px;height:48px;border-radius:50%;flex:none}
svg.avatar text{fill:#fff;font-size:17px;font-weight:700}
blockquote{margin:10px 0;padding-left:10px;border-left:3px solid var(--accent);font-style:italic}
dl.profile{display:grid;grid-template-columns:auto 1fr;gap:2px 12px;margin:8px 0}
dl.profile dt{color:var(--muted)}dl.profile dd{margin:0}
.persona ul{margin:2px 0;padding-left:18px}
svg.chart{display:block;width:100%;max-width:1000px;height:auto;font-size:13px}
svg.chart .tick{stroke:var(--rule)}svg.chart .tick.target{stroke:var(--ink);stroke-dasharray:5 4}
svg.chart .axis{fill:var(--muted);font-size:11px}
svg.chart .row-label{fill:var(--ink)}svg.chart .row-label.action{fill:var(--muted);font-size:12px}
svg.chart .bar{fill:var(--accent)}
svg.chart .bar.st-on_track{fill:var(--good)}svg.chart .bar.st-at_risk{fill:var(--warn)}
svg.chart .bar.st-off_track{fill:var(--bad)}svg.chart .bar.st-no_data{fill:var(--none)}
svg.chart .measured{fill:none;stroke:var(--ink);stroke-width:1.2}
svg.chart .status-label,svg.chart .value{fill:var(--muted);font-size:12px}
.scenario-charts{display:grid;grid-template-columns:repeat(auto-fill,minmax(420px,1fr));gap:10px}
figure{margin:0}figcaption{font-weight:700;font-size:13px}
@media print{
body{background:#fff;font-size:11pt}
.toolbar,aside.details,nav.toc{display:none!important}
header.page-head{border:0;padding:0 0 8pt}
main{padding:0}
main>section{border:0;padding:0;margin:0 0 12pt;break-inside:auto}
section.journey{break-before:page}
.viewport{max-height:none;border:0;overflow:visible}
.card.dim{opacity:1}.card.hit .card-bg{stroke:#c5ccd6;stroke-width:1;fill:#fff}
.scroll{overflow:visible}
tr,figure,.persona,.campaign{break-inside:avoid}
}
)CSS");
}

QString script()
{
    return QStringLiteral(R"JS(
(function () {
  'use strict';
  var body = document.body;
  function fill(text, a, b) { return String(text).replace('%1', a).replace('%2', b); }
  var resets = [];
  Array.prototype.forEach.call(document.querySelectorAll('section.journey'), function (sec) {
    var svg = sec.querySelector('svg.map');
    if (!svg) { return; }
    var port = svg.parentNode;
    var base = svg.viewBox.baseVal;
    var full = { x: base.x, y: base.y, w: base.width, h: base.height };
    var view = { x: full.x, y: full.y, w: full.w, h: full.h };
    function apply() { svg.setAttribute('viewBox', [view.x, view.y, view.w, view.h].join(' ')); }
    function reset() { view = { x: full.x, y: full.y, w: full.w, h: full.h }; apply(); }
    resets.push(reset);
    function zoom(factor, cx, cy) {
      var w = Math.max(full.w / 40, Math.min(full.w, view.w * factor));
      var k = w / view.w;
      if (cx === undefined) { cx = view.x + view.w / 2; cy = view.y + view.h / 2; }
      view.x = cx - (cx - view.x) * k; view.y = cy - (cy - view.y) * k;
      view.w *= k; view.h *= k;
      apply();
    }
    function scenePoint(evt) {
      var r = svg.getBoundingClientRect();
      return { x: view.x + (evt.clientX - r.left) * view.w / r.width, y: view.y + (evt.clientY - r.top) * view.w / r.width };
    }
    port.addEventListener('wheel', function (evt) {
      evt.preventDefault();
      var p = scenePoint(evt);
      zoom(evt.deltaY > 0 ? 1.2 : 1 / 1.2, p.x, p.y);
    }, { passive: false });
    var drag = null;
    var moved = false;
    port.addEventListener('pointerdown', function (evt) {
      if (evt.button !== 0) { return; }
      drag = { x: evt.clientX, y: evt.clientY };
      moved = false;
    });
    port.addEventListener('pointermove', function (evt) {
      if (!drag) { return; }
      var dx = evt.clientX - drag.x, dy = evt.clientY - drag.y;
      if (!moved && Math.abs(dx) + Math.abs(dy) < 4) { return; }
      if (!moved) { moved = true; port.classList.add('dragging'); port.setPointerCapture(evt.pointerId); }
      var k = view.w / svg.getBoundingClientRect().width;
      view.x -= dx * k; view.y -= dy * k;
      drag = { x: evt.clientX, y: evt.clientY };
      apply();
    });
    function endDrag() { drag = null; port.classList.remove('dragging'); }
    port.addEventListener('pointerup', endDrag);
    port.addEventListener('pointercancel', endDrag);
    Array.prototype.forEach.call(sec.querySelectorAll('button[data-zoom]'), function (b) {
      b.addEventListener('click', function () {
        var how = b.getAttribute('data-zoom');
        if (how === 'fit') { reset(); } else { zoom(how === 'in' ? 1 / 1.4 : 1.4); }
      });
    });

    var cards = Array.prototype.slice.call(svg.querySelectorAll('g.card'));
    var keys = ['stage', 'channel', 'message', 'tags', 'owner', 'kpis', 'flags'];
    var haystacks = cards.map(function (c) {
      var text = c.textContent;
      keys.forEach(function (k) { text += ' ' + (c.dataset[k] || ''); });
      return text.toLowerCase();
    });
    var input = sec.querySelector('input.search');
    var hits = sec.querySelector('.hits');
    input.addEventListener('input', function () {
      var q = input.value.trim().toLowerCase();
      var n = 0;
      cards.forEach(function (c, i) {
        var match = q !== '' && haystacks[i].indexOf(q) >= 0;
        c.classList.toggle('hit', match);
        c.classList.toggle('dim', q !== '' && !match);
        if (match) { n += 1; }
      });
      hits.textContent = q === '' ? '' : (n > 0 ? fill(body.dataset.hits, n, cards.length) : body.dataset.noHits);
    });

    var select = sec.querySelector('select.persona-filter');
    select.addEventListener('change', function () {
      var id = select.value;
      Array.prototype.forEach.call(svg.querySelectorAll('[data-persona]'), function (el) {
        el.classList.toggle('hidden', id !== '' && el.dataset.persona !== id);
      });
    });

    var aside = sec.querySelector('aside.details');
    var list = aside.querySelector('dl');
    function add(key, value) {
      if (!value) { return; }
      var dt = document.createElement('dt');
      dt.textContent = aside.dataset['l' + key.charAt(0).toUpperCase() + key.slice(1)] || key;
      var dd = document.createElement('dd');
      dd.textContent = value;
      list.appendChild(dt);
      list.appendChild(dd);
    }
    function show(card) {
      cards.forEach(function (c) { c.classList.remove('selected'); });
      card.classList.add('selected');
      aside.querySelector('h3').textContent = card.getAttribute('aria-label');
      list.textContent = '';
      var d = card.querySelector('.d');
      add('description', d ? d.textContent : '');
      keys.forEach(function (k) { add(k, card.dataset[k]); });
      aside.hidden = false;
    }
    function hide() {
      aside.hidden = true;
      cards.forEach(function (c) { c.classList.remove('selected'); });
    }
    svg.addEventListener('click', function (evt) {
      if (moved) { return; }
      var card = evt.target.closest ? evt.target.closest('g.card') : null;
      if (card) { show(card); } else { hide(); }
    });
    svg.addEventListener('keydown', function (evt) {
      var card = evt.target.closest ? evt.target.closest('g.card') : null;
      if (card && (evt.key === 'Enter' || evt.key === ' ')) { evt.preventDefault(); show(card); }
      if (evt.key === 'Escape') { hide(); }
    });
    aside.querySelector('.close').addEventListener('click', hide);
  });
  window.addEventListener('beforeprint', function () { resets.forEach(function (r) { r(); }); });
}());
)JS");
}

} // namespace omnimap::HtmlSections

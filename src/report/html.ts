import fs from 'node:fs';
import path from 'node:path';
import { createHash } from 'node:crypto';
import { ROOT } from '../paths.js';
import type { Kind } from '../doc.js';
import {
  KINDS,
  evidenceText,
  groupByRegion,
  placeClaims,
  sortArticles,
  type RegionGroup,
  type ReportArticle,
} from './model.js';

// One self-contained HTML file: inline CSS, inline script, the data as JSON in a
// <script type="application/json">. The overview is rendered here; article bodies are
// rendered in the browser, lazily, from the data (see assets/report.js).

/** The CSS and script live as plain files next to the sources; ROOT works from src/ and dist/. */
export const ASSET_DIR = path.join(ROOT, 'src', 'report', 'assets');

const KIND_LABEL: Record<Kind, string> = {
  money: '金额 money',
  people: '人数 people',
  percent: '比例 percent',
  honor: '荣誉 honor',
  count: '数量 count',
};

export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** JSON that can sit inside <script>: no "<" at all, so neither </script> nor <!-- can appear. */
export function scriptJson(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

type Compact = Record<string, unknown>;

function compactClaim(p: ReturnType<typeof placeClaims>[number]): Compact {
  const c = p.claim;
  const out: Compact = { s: p.start, e: p.end, k: KINDS.indexOf(c.kind) };
  const put = (k: string, v: unknown) => {
    if (v !== null && v !== undefined && v !== '') out[k] = v;
  };
  put('v', c.value);
  put('m', c.valueMax);
  put('u', c.unit);
  put('cl', c.classifier);
  put('a', c.approx);
  put('p', c.per);
  put('sj', c.subject);
  put('ct', c.category);
  put('pd', c.period);
  if (c.status === 'target') out.st = 1;
  if (c.partOf) out.po = c.partOf;
  if (c.honor) out.h = [c.honor.title, c.honor.level, c.honor.recipient];
  if (p.start < 0) put('tx', c.text);
  return out;
}

/** One article as the browser script reads it (short keys: the data of 10,000 articles is large). */
export function compactArticle(a: ReportArticle, region: number): Compact {
  let text = a.text;
  let claims = a.claims;
  if (text === null) ({ text, claims } = evidenceText(a.claims));
  const art: Compact = { d: a.doc, i: a.index, r: region, x: text };
  if (a.title) art.t = a.title;
  const meta = [a.date, a.source].filter(Boolean).join(' · ');
  if (meta) art.mt = meta;
  if (a.text === null) art.syn = 1;
  if (a.duplicateOf) art.du = [a.duplicateOf.doc, a.duplicateOf.article];
  art.c = placeClaims(text.length, claims).map(compactClaim);
  return art;
}

/**
 * The embedded data, as pieces of one JSON document: { kinds, regions, articles }. Articles are
 * numbered in region order; each region lists its articles' numbers.
 */
export function* dataChunks(groups: RegionGroup[]): Generator<string> {
  let n = 0;
  const regions = groups.map((g) => ({
    label: g.label,
    name: g.region?.name ?? null,
    code: g.region?.code ?? null,
    level: g.region?.level ?? null,
    arts: g.articles.map(() => n++),
  }));
  yield `{"kinds":${scriptJson(KINDS)},"regions":${scriptJson(regions)},"articles":[`;
  let first = true;
  for (const [r, g] of groups.entries()) {
    for (const a of g.articles) {
      yield (first ? '' : ',') + scriptJson(compactArticle(a, r));
      first = false;
    }
  }
  yield ']}';
}

function fmt(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** Stacked horizontal bars: claims per region, split by kind (the regions with most claims). */
export function barChart(groups: RegionGroup[], maxRows = 30): string {
  const rows = groups
    .map((g, i) => ({ g, i }))
    .filter(({ g }) => g.claims > 0)
    .sort((a, b) => b.g.claims - a.g.claims || a.i - b.i)
    .slice(0, maxRows);
  if (rows.length === 0) return '<p class="empty">没有数值声明 (no claims to chart).</p>';
  const max = Math.max(...rows.map((r) => r.g.claims));
  const labelW = 260;
  const barW = 560;
  const rowH = 22;
  const height = rows.length * rowH + 8;
  const parts: string[] = [];
  parts.push(
    `<svg class="chart" role="img" aria-labelledby="chart-title" viewBox="0 0 ${labelW + barW + 60} ${height}" ` +
      `width="100%" preserveAspectRatio="xMinYMin meet" xmlns="http://www.w3.org/2000/svg">`,
    `<title id="chart-title">每个地区的声明数，按类型 (claims per region and kind)</title>`,
  );
  // Two sets of bars per row, all claims and results only (no targets, parts, reposts), on one
  // scale; the "results only" switch shows one or the other.
  const bars = (byKind: Record<Kind, number>, y: number, cls: string, label: string) => {
    const out = [`<g class="bars ${cls}">`];
    let x = labelW;
    for (const k of KINDS) {
      const n = byKind[k];
      if (!n) continue;
      const w = (n / max) * barW;
      out.push(
        `<rect class="bar k-${k}" x="${x.toFixed(1)}" y="${y + 2}" width="${w.toFixed(1)}" height="${rowH - 6}">` +
          `<title>${escapeHtml(`${label}: ${KIND_LABEL[k]} ${n}`)}</title></rect>`,
      );
      x += w;
    }
    const total = KINDS.reduce((t, k) => t + byKind[k], 0);
    out.push(`<text class="total" x="${(x + 6).toFixed(1)}" y="${y + 15}">${fmt(total)}</text></g>`);
    return out.join('');
  };
  rows.forEach(({ g, i }, row) => {
    const y = row * rowH + 4;
    const label = g.label.length > 22 ? '…' + g.label.slice(-21) : g.label;
    parts.push(`<g class="chart-row" data-region="${i}">`);
    parts.push(`<text x="${labelW - 8}" y="${y + 15}" text-anchor="end">${escapeHtml(label)}</text>`);
    parts.push(bars(g.byKind, y, 'bars-all', g.label));
    parts.push(bars(g.resultsByKind, y, 'bars-results', `${g.label} (结果 results)`));
    parts.push('</g>');
  });
  parts.push('</svg>');
  const hidden = groups.filter((g) => g.claims > 0).length - rows.length;
  if (hidden > 0) parts.push(`<p class="note">另有 ${hidden} 个地区未画出，见下表 (${hidden} more regions in the table).</p>`);
  return parts.join('');
}

const LEVEL_LABEL: Record<string, string> = { province: '省', city: '市', county: '县', town: '镇' };

export function regionTable(groups: RegionGroup[]): string {
  const head =
    '<thead><tr><th scope="col">地区<span class="en">region</span></th><th scope="col">代码<span class="en">code</span></th>' +
    '<th scope="col">级别<span class="en">level</span></th>' +
    '<th scope="col" class="num">文章<span class="en">articles</span></th><th scope="col" class="num">声明<span class="en">claims</span></th>' +
    KINDS.map((k) => {
      const [zh, en] = KIND_LABEL[k].split(' ');
      return `<th scope="col" class="num col-${k}"><span class="swatch k-${k}"></span>${zh}<span class="en">${en}</span></th>`;
    }).join('') +
    '<th scope="col" class="num">结果<span class="en">results</span></th><th scope="col" class="num">目标<span class="en">targets</span></th>' +
    '<th scope="col" class="num">其中<span class="en">parts</span></th><th scope="col" class="num">转载<span class="en">reposts</span></th>' +
    '</tr></thead>';
  const rows = groups.map((g, i) => {
    const level = g.region ? `${LEVEL_LABEL[g.region.level] ?? ''} ${g.region.level}` : '';
    return (
      `<tr data-region="${i}"><th scope="row"><a href="#r${i}" data-open="${i}">${escapeHtml(g.label)}</a></th>` +
      `<td>${escapeHtml(g.region?.code ?? '')}</td><td>${escapeHtml(level)}</td>` +
      `<td class="num">${fmt(g.articles.length)}</td><td class="num">${fmt(g.claims)}</td>` +
      KINDS.map((k) => `<td class="num col-${k}">${fmt(g.byKind[k])}</td>`).join('') +
      [g.results, g.targets, g.parts, g.reposts].map((x) => `<td class="num">${fmt(x)}</td>`).join('') +
      '</tr>'
    );
  });
  const total = (f: (g: RegionGroup) => number) => fmt(groups.reduce((s, g) => s + f(g), 0));
  const foot =
    `<tfoot><tr><th scope="row">合计 total</th><td></td><td></td><td class="num">${total((g) => g.articles.length)}</td>` +
    `<td class="num">${total((g) => g.claims)}</td>` +
    KINDS.map((k) => `<td class="num col-${k}">${total((g) => g.byKind[k])}</td>`).join('') +
    [(g: RegionGroup) => g.results, (g: RegionGroup) => g.targets, (g: RegionGroup) => g.parts, (g: RegionGroup) => g.reposts]
      .map((f) => `<td class="num">${total(f)}</td>`)
      .join('') +
    '</tr></tfoot>';
  return `<div class="table-wrap"><table class="regions">${head}<tbody>${rows.join('')}</tbody>${foot}</table></div>`;
}

/** How results, targets, parts and reposts look in the text, with a sample of each style. */
const LEGEND =
  '<p class="legend" id="legend">图例 legend: ' +
  '<span class="sample k-count">结果 result</span> ' +
  '<span class="sample k-count st-target">目标 target</span> <span class="en-inline">(计划、力争… not achieved yet)</span> ' +
  '<span class="sample k-count part">其中 part</span> <span class="en-inline">(of a total, not added)</span> ' +
  '<span class="sample repost">转载 repost</span> <span class="en-inline">(an article seen before)</span></p>';

function readAsset(name: string): string {
  return fs.readFileSync(path.join(ASSET_DIR, name), 'utf8');
}

export interface ReportOptions {
  title?: string;
  /** Open every region section at load when there are at most this many articles. */
  openBelow?: number;
}

/** The whole report page as one string. Deterministic: the same articles give the same bytes. */
export function buildReport(input: ReportArticle[], opts: ReportOptions = {}): string {
  return [...reportChunks(input, opts)].join('');
}

/** The report page in pieces, so a large report is written without one giant string. */
export function* reportChunks(input: ReportArticle[], opts: ReportOptions = {}): Generator<string> {
  const articles = sortArticles(input);
  const groups = groupByRegion(articles);
  const css = readAsset('report.css');
  const js = readAsset('report.js');
  // Only our own script may run: a hash-pinned CSP, so even a mistake in escaping cannot
  // execute page content, and nothing is ever fetched from the network.
  const jsHash = createHash('sha256').update(js).digest('base64');
  const csp = `default-src 'none'; style-src 'unsafe-inline'; img-src data:; script-src 'sha256-${jsHash}'`;
  const title = opts.title ?? 'zhclaims 报告 report';
  const claims = groups.reduce((s, g) => s + g.claims, 0);
  const docs = new Set(articles.map((a) => a.doc)).size;
  const totals = KINDS.map((k) => groups.reduce((s, g) => s + g.byKind[k], 0));
  const open = articles.length <= (opts.openBelow ?? 40);

  const kindFilter = KINDS.map(
    (k, i) =>
      `<label class="kind-toggle"><input type="checkbox" name="kind" value="${k}" checked>` +
      `<span class="swatch k-${k}"></span>${escapeHtml(KIND_LABEL[k])} <span class="n">${fmt(totals[i])}</span></label>`,
  ).join('');
  const regionOptions = groups
    .map((g, i) => `<option value="${i}">${escapeHtml(g.label)} (${fmt(g.articles.length)})</option>`)
    .join('');
  const sections = groups
    .map(
      (g, i) =>
        `<details class="region" id="r${i}" data-region="${i}"${open ? ' open' : ''}>` +
        `<summary><span class="rname">${escapeHtml(g.label)}</span> ` +
        `<span class="rcode">${escapeHtml(g.region?.code ?? '')}</span> ` +
        `<span class="rcount">${fmt(g.articles.length)} 篇 articles · ${fmt(g.claims)} 条 claims</span></summary>` +
        `<div class="region-body"></div></details>`,
    )
    .join('');

  yield `<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>
${css}</style>
</head>
<body>
<header class="top">
<h1>${escapeHtml(title)}</h1>
<p class="stats">${fmt(docs)} 个文档 documents · ${fmt(articles.length)} 篇文章 articles · ${fmt(claims)} 条声明 claims · ${fmt(groups.length)} 个地区 regions</p>
<form class="filters" id="filters" role="search" aria-label="过滤 filters">
<fieldset class="kinds"><legend>类型 kind</legend>${kindFilter}</fieldset>
<label class="region-filter">地区 region <select id="region-filter"><option value="">全部地区 all regions</option>${regionOptions}</select></label>
<label class="results-toggle"><input type="checkbox" id="results-only"> 只看结果 results only <span class="en">(图表不含目标、其中、转载 chart without targets, parts, reposts)</span></label>
<button type="button" id="render-all" title="渲染所有文章，便于 Ctrl+F 搜索 (render every article, for Ctrl+F)">全部展开 expand all</button>
</form>
</header>
<main>
<section class="overview" aria-labelledby="overview-h">
<h2 id="overview-h">概览 overview</h2>
${LEGEND}
${barChart(groups)}
${regionTable(groups)}
</section>
<section class="articles" aria-labelledby="articles-h">
<h2 id="articles-h">文章 articles <span class="hint">高亮处可悬停或用 Tab 键聚焦查看详情 (hover or Tab to a highlight for its details)</span></h2>
${sections}
</section>
</main>
<div id="tip" class="tip" role="tooltip" hidden></div>
<script type="application/json" id="report-data">`;
  yield* dataChunks(groups);
  yield `</script>
<script>${js}</script>
</body>
</html>
`;
}

#!/usr/bin/env node
// How well cleaning keeps a page's article and leaves its furniture out, on real pages with a
// reference (built by scripts/html-eval-build.py into scratch/html-eval/). Runs `zhclaims articles`
// on the pages and prints per page and overall:
//   kept     body snippets (reference `with`) found in the headline or text
//   out      boilerplate snippets (reference `without`) absent from the text
//   head     the first article's title equals the on-page headline (trimmed; as the page writes it)
//   lost     reference main-text paragraphs (`body`) not found in the text (a paragraph counts as
//            kept when at least half of its sentences are); editor notes, captions, credits and
//            player furniture that cleaning leaves out on purpose are counted apart (by design)
// Usage: node scripts/html-eval.mjs [--pages DIR] [--ref FILE] [-v] [-q] [--json OUT] [--only SOURCE|KIND] [--cli BIN]
//   node scripts/html-eval.mjs --pages fixtures/html --ref scratch/html-eval-fixtures/reference.json
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { toSimplified } from '../dist/stages/normalize.js';

const args = process.argv.slice(2);
const opt = (name, dflt) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : dflt;
};
const pagesDir = opt('--pages', 'scratch/html-eval/pages');
const refFile = opt('--ref', 'scratch/html-eval/reference.json');
const verbose = args.includes('-v');
const only = opt('--only', null);
const ref = JSON.parse(fs.readFileSync(refFile, 'utf8'));

// text is compared in simplified script (so a variant form does not count as lost): so are the references
// (quotes left out too: some references drop them or keep them as C1 controls, &#0147;)
const norm = (s) => toSimplified(s ?? '').replace(/[\s\u00a0\u3000\u200b\ufeff“”‘’"「」『』\u0080-\u009f]+/g, '');
// a reference line that only holds page metadata: left out by design, not counted as lost
const META = /^(来源|稿源|作者|责任编辑|编辑|责编|校对|审核|记者|摄影|原标题|文\s*[|丨/]|\d{4}[-年/.]\d{1,2}[-月/.]\d{1,2}日?\s*[\d:]*$)/;
// lines cleaning leaves out on purpose (editor and print notes, picture captions and credits, player
// and share furniture): counted apart from text lost
const DESIGN = [
  /^[\[【(（]?\s*(责任编辑|编辑|责编|校对|审核|来源|信息来源|作者|记者|摄影|出品|排版|整合|素材来源)\s*[:：︱|丨\s]/,
  /^[《(（]\s*《?[^》]{2,12}》\s*[(（]\s*\d{4}\s*年/,
  /^(图为|图片来源|资料图|◎\s*(图|电影)|▲|图：|图\/)/,
  /(摄|供图|图片来源：.{2,20})\s*[)）]?$/,
  /^.{0,60}(转载|未经授权).{0,40}$/,
  /^[\[\]【】×|｜]$|^Play Video$|^[\/]?\d+:\d+$|返回.{0,6}查看更多|阅读下一篇|^【纠错】$|^关键字：/,
];

function lineKept(line, text) {
  const n = norm(line);
  if (text.includes(n)) return true;
  const parts = line.split(/(?<=[。！？；!?;])/).map(norm).filter((p) => p.length >= 4);
  if (parts.length < 2) return false;
  const found = parts.filter((p) => text.includes(p)).reduce((a, p) => a + p.length, 0);
  return found * 2 >= parts.reduce((a, p) => a + p.length, 0);
}

const names = Object.keys(ref).filter((n) => !only || ref[n].source === only || ref[n].kind === only);
const files = names.map((n) => path.join(pagesDir, `${n}.html`)).filter((f) => fs.existsSync(f));
// --cli: another build of the tool (a baseline checkout) to compare with
const run = spawnSync('node', [opt('--cli', 'bin/zhclaims.js'), 'articles', ...files, '-q', '-j', '2'], { encoding: 'utf8', maxBuffer: 1 << 30 });
if (run.stderr) process.stderr.write(run.stderr); // a page that failed is named there and counts as empty
const out = run.stdout;
const arts = new Map();
for (const line of out.split('\n')) {
  if (!line) continue;
  const a = JSON.parse(line);
  const name = path.basename(a.doc);
  if (!arts.has(name)) arts.set(name, []);
  arts.get(name).push(a);
}

const tot = { with: [0, 0], without: [0, 0], head: [0, 0], lines: [0, 0], meta: 0, pages: 0, multi: 0, empty: 0 };
const groups = {};
const results = {};
const add = (t, k, hit, n = 1) => {
  t[k][0] += hit;
  t[k][1] += n;
};
for (const name of names) {
  const r = ref[name];
  const as = arts.get(name) ?? [];
  const text = norm(as.map((a) => a.text).join('\n'));
  const heads = norm(as.map((a) => a.title ?? '').join('\n'));
  const res = { missing: [], leaked: [], lost: [], design: [], head: null, articles: as.length, title: as[0]?.title ?? null };
  const g = (groups[r.source] ??= { with: [0, 0], without: [0, 0], head: [0, 0], lines: [0, 0] });
  const gk = (groups[`kind:${r.kind ?? '?'}`] ??= { with: [0, 0], without: [0, 0], head: [0, 0], lines: [0, 0] });
  for (const s of r.with) {
    const hit = text.includes(norm(s)) || heads.includes(norm(s));
    if (!hit) res.missing.push(s);
    for (const t of [tot, g, gk]) add(t, 'with', hit);
  }
  for (const s of r.without) {
    const hit = !text.includes(norm(s));
    if (!hit) res.leaked.push(s);
    for (const t of [tot, g, gk]) add(t, 'without', hit);
  }
  if (r.headline) {
    const hit = (as[0]?.title ?? '').trim() === r.headline.trim();
    res.head = hit;
    for (const t of [tot, g, gk]) add(t, 'head', hit);
  }
  for (const line of r.body) {
    if (META.test(line.trim())) {
      tot.meta++;
      continue;
    }
    const hit = lineKept(line, text + heads);
    const design = !hit && DESIGN.some((d) => d.test(line.trim()));
    if (design) res.design.push(line);
    else if (!hit) res.lost.push(line);
    for (const t of [tot, g, gk]) add(t, 'lines', hit || design);
    if (design) for (const t of [tot, g, gk]) t.design = (t.design ?? 0) + 1;
  }
  tot.pages++;
  if (as.length > 1) tot.multi++;
  if (!text) tot.empty++;
  results[name] = res;
}

const pct = ([a, n]) => (n ? (a / n).toFixed(3) : '  -  ');
const frac = ([a, n]) => `${a}/${n}`;
if (!args.includes('-q')) {
  for (const name of names) {
    const r = ref[name];
    const x = results[name];
    const bad = x.missing.length || x.leaked.length || x.head === false || x.lost.length || x.articles !== 1;
    if (!bad && !verbose) continue;
    const lines = r.body.filter((l) => !META.test(l.trim())).length;
    console.log(
      `${name.padEnd(28)} ${String(r.kind ?? '').padEnd(5)} arts ${x.articles}  with ${r.with.length - x.missing.length}/${r.with.length}  out ${r.without.length - x.leaked.length}/${r.without.length}  head ${x.head === null ? '-' : x.head ? 'ok' : 'MISS'}  lost ${x.lost.length}/${lines}`,
    );
    if (x.head === false) console.log(`    head want ${JSON.stringify(r.headline)} got ${JSON.stringify(x.title)}`);
    for (const s of x.missing) console.log(`    missing  ${s.slice(0, 80)}`);
    for (const s of x.leaked) console.log(`    leaked   ${s.slice(0, 80)}`);
    for (const s of x.lost.slice(0, verbose ? 50 : 6)) console.log(`    lost     ${s.slice(0, 80)}`);
    if (verbose) for (const s of x.design) console.log(`    design   ${s.slice(0, 80)}`);
    if (!verbose && x.lost.length > 6) console.log(`    … ${x.lost.length - 6} more lost`);
  }
}
console.log('\ngroup                 kept            out             head        lines lost (text)    left out by design');
for (const [k, g] of [...Object.entries(groups).sort(), ['ALL', tot]]) {
  const lost = g.lines[1] - g.lines[0];
  console.log(
    `${k.padEnd(20)}  ${pct(g.with)} ${frac(g.with).padEnd(9)} ${pct(g.without)} ${frac(g.without).padEnd(9)} ${frac(g.head).padEnd(10)}  ${`${lost}/${g.lines[1]} (${g.lines[1] ? ((100 * lost) / g.lines[1]).toFixed(1) : '-'} %)`.padEnd(20)} ${g.design ?? 0}`,
  );
}
console.log(`pages ${tot.pages}, with more than one article ${tot.multi}, empty ${tot.empty}; metadata lines not counted ${tot.meta}`);
const json = opt('--json', null);
if (json) fs.writeFileSync(json, JSON.stringify({ totals: tot, groups, results }, null, 1));

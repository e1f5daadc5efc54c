#!/usr/bin/env node
// `npm run bench`: builds a 10,000-page corpus from fixtures/seeds, fixtures/dev/docs and
// fixtures/html (shuffled paragraphs, changed numbers, mixed HTML and text, mixed GB18030 and
// UTF-8) in bench/corpus/ (git-ignored, reused while its recipe is unchanged), runs `zhclaims
// extract` on it with -j 1 and -j 2 (median of BENCH_RUNS runs, default 3), times the default
// segmenter's cut() alone on the same text, runs the corpus as 4 shards (2 processes at a time)
// and checks their joined output against one run's, measures peak RSS as the run grows (1,000 /
// 10,000 / 30,000 pages), runs the pathological large inputs (5 MB lines, a 50 MB page), prints a
// table and writes bench/results.json.
//
// Also times one sample page through extract, start included (median of 5).
//
// Environment: BENCH_PAGES (default 10000), BENCH_RUNS (default 3), BENCH_SKIP_LARGE=1,
// BENCH_SKIP_GROWTH=1, BENCH_GROWTH_MAX (pages; 10000 leaves out the 30,000-page runs), BENCH_SKIP_SHARDS=1, BENCH_CORPUS_ONLY=1 (build the corpus and stop).

import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const { isUtf8 } = require('node:buffer');
const iconv = require('iconv-lite');

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const PAGES = Number(process.env.BENCH_PAGES ?? 10000);
const RUNS = Math.max(1, Number(process.env.BENCH_RUNS ?? 3));
const CORPUS = path.join(ROOT, 'bench', 'corpus');
const PAGE_DIR = path.join(CORPUS, 'pages');
const LARGE_DIR = path.join(CORPUS, 'large');
const RECIPE = `v2 pages=${PAGES}`;
const RUSAGE = path.join(ROOT, 'bench', 'rusage.cjs');

// ---- corpus ---------------------------------------------------------------------------------

/** mulberry32: a small seeded PRNG, so the corpus is the same on every machine. */
function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function shuffle(arr, rnd) {
  for (let i = arr.length - 1; i > 0; i--) {
    const j = Math.floor(rnd() * (i + 1));
    [arr[i], arr[j]] = [arr[j], arr[i]];
  }
  return arr;
}

/** Every run of digits gets a new value of the same length; four-digit years stay. */
function changeNumbers(text, rnd) {
  return text.replace(/\d+/g, (m, at, s) => {
    if (m.length === 4 && /^(19|20)/.test(m) && s[at + 4] === '年') return m;
    let out = String(1 + Math.floor(rnd() * 9));
    for (let i = 1; i < m.length; i++) out += String(Math.floor(rnd() * 10));
    return out;
  });
}

const esc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function htmlPage(lines, charset, rnd) {
  const title = lines.find((l) => l.length > 8 && l.length < 60) ?? lines[0];
  const nav = ['首页', '新闻中心', '市州播报', '妇联动态', '巾帼风采', '联系我们'].map((n, i) => `<li><a href="/c${i}/">${n}</a></li>`).join('');
  const side = Array.from({ length: 6 }, (_, i) => `<li><a href="/n/${Math.floor(rnd() * 1e6)}.html">推荐阅读：全省妇联系统工作动态第${i + 1}期</a></li>`).join('');
  const body = lines.map((l) => `<p>${esc(l.trim())}</p>`).join('\n');
  return `<!DOCTYPE html>
<html><head><meta charset="${charset}"><title>${esc(title.trim())}_妇联新闻网</title></head>
<body><div class="header"><ul class="nav">${nav}</ul></div>
<div class="main"><div class="article"><h1>${esc(title.trim())}</h1>
${body}
</div><div class="sidebar"><h3>精彩推荐</h3><ul>${side}</ul></div></div>
<div class="footer">版权所有 妇联新闻网 ICP备0000000号 关注我们</div></body></html>
`;
}

/** Digits in the text between tags get new values; markup (URLs, attributes) stays. */
function changeHtmlNumbers(html, rnd) {
  return html.replace(/>([^<]+)</g, (m, text) => `>${changeNumbers(text, rnd)}<`);
}

/** The corpus sources: plain texts (seeds, dev) and real portal pages (fixtures/html), decoded. */
async function sources() {
  const { decodeInput } = await import(path.join(ROOT, 'dist', 'stages', 'decode.js'));
  const read = (dir, ext) =>
    fs.readdirSync(path.join(ROOT, dir)).sort().filter((f) => f.endsWith(ext)).map((f) => path.join(ROOT, dir, f));
  const texts = [...read('fixtures/seeds', '.txt'), ...read('fixtures/dev/docs', '.txt')].map((f) => fs.readFileSync(f, 'utf8'));
  const htmls = read('fixtures/html', '.html').map((f) => decodeInput({ id: f, origin: f, bytes: fs.readFileSync(f), kind: 'html' }).text);
  return { texts, htmls };
}

/** One page in 20 is a real portal page (they are 150 KB each, the texts 3–15 KB). */
const HTML_SHARE = 0.05;

async function buildCorpus() {
  const stamp = path.join(CORPUS, 'recipe.txt');
  if (fs.existsSync(stamp) && fs.readFileSync(stamp, 'utf8') === RECIPE) return JSON.parse(fs.readFileSync(path.join(CORPUS, 'manifest.json'), 'utf8'));
  fs.rmSync(PAGE_DIR, { recursive: true, force: true });
  fs.mkdirSync(PAGE_DIR, { recursive: true });
  const { texts, htmls } = await sources();
  const rnd = prng(20240607);
  let bytes = 0;
  let html = 0;
  let gb = 0;
  let portal = 0;
  for (let i = 0; i < PAGES; i++) {
    const isGb = rnd() < 0.35;
    const charset = isGb ? 'gb18030' : 'utf-8';
    let text;
    let isHtml;
    if (rnd() < HTML_SHARE) {
      isHtml = true;
      portal++;
      text = changeHtmlNumbers(htmls[Math.floor(rnd() * htmls.length)], rnd).replace(/(charset\s*=\s*["']?)([\w-]+)/gi, `$1${charset}`);
    } else {
      const lines = texts[i % texts.length].split('\n').filter((l) => l.trim() !== '');
      const head = lines.slice(0, 4);
      const tail = lines.slice(-2);
      const body = shuffle(lines.slice(4, -2), rnd);
      const page = changeNumbers([...head, ...body, ...tail].join('\n\n') + '\n', rnd);
      isHtml = rnd() < 0.5;
      text = isHtml ? htmlPage(page.split('\n\n'), charset, rnd) : page;
    }
    const buf = isGb ? iconv.encode(text, 'gb18030') : Buffer.from(text, 'utf8');
    const dir = path.join(PAGE_DIR, String(Math.floor(i / 500)).padStart(2, '0'));
    if (i % 500 === 0) fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(path.join(dir, `p${String(i).padStart(5, '0')}.${isHtml ? 'html' : 'txt'}`), buf);
    bytes += buf.length;
    html += isHtml ? 1 : 0;
    gb += isGb ? 1 : 0;
  }
  const manifest = { pages: PAGES, bytes, html, portalPages: portal, text: PAGES - html, gb18030: gb, utf8: PAGES - gb, sources: { texts: texts.length, portalPages: htmls.length } };
  fs.writeFileSync(path.join(CORPUS, 'manifest.json'), JSON.stringify(manifest, null, 2));
  fs.writeFileSync(stamp, RECIPE);
  return manifest;
}

// ---- running the CLI ------------------------------------------------------------------------

/** Runs node with our rusage hook; resolves wall seconds, the child's peak RSS (MB) and exit code. */
function runNode(args, timeoutS = 600) {
  const usage = path.join(os.tmpdir(), `zhclaims-rusage-${process.pid}-${Date.now()}.json`);
  return new Promise((resolve) => {
    const t0 = process.hrtime.bigint();
    const child = spawn(process.execPath, ['--require', RUSAGE, ...args], {
      cwd: ROOT,
      stdio: ['ignore', 'ignore', 'pipe'],
      env: { ...process.env, ZHCLAIMS_RUSAGE_FILE: usage },
    });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutS * 1000);
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
      let rssMB = null;
      let cpuS = null;
      try {
        const u = JSON.parse(fs.readFileSync(usage, 'utf8'));
        rssMB = u.maxRSS / 1024;
        cpuS = u.userCPUTime !== undefined ? (u.userCPUTime + u.systemCPUTime) / 1e6 : null;
        fs.unlinkSync(usage);
      } catch {
        /* killed before exit */
      }
      resolve({ seconds, rssMB, cpuS, code, signal, stderr: stderr.slice(-2000) });
    });
  });
}

function countLines(file) {
  const buf = fs.readFileSync(file);
  let n = 0;
  for (let i = 0; i < buf.length; i++) if (buf[i] === 0x0a) n++;
  return n;
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

/** The source tree's hash: runs of an unchanged program are reused by an interrupted bench. */
function srcTree() {
  try {
    return require('node:child_process').execFileSync('git', ['rev-parse', 'HEAD:src'], { cwd: ROOT, encoding: 'utf8' }).trim();
  } catch {
    return null;
  }
}

async function benchExtract(jobs, manifest, keep = null) {
  const out = path.join(os.tmpdir(), `zhclaims-bench-${process.pid}.jsonl`);
  const saved = path.join(CORPUS, `runs-j${jobs}.json`);
  const tree = srcTree();
  let runs = [];
  try {
    const prev = JSON.parse(fs.readFileSync(saved, 'utf8'));
    if (tree && prev.tree === tree && prev.recipe === RECIPE) runs = prev.runs.slice(0, RUNS);
  } catch {
    /* none saved */
  }
  if (runs.length) process.stderr.write(`  -j ${jobs}: ${runs.length} runs of this source tree reused from ${path.relative(ROOT, saved)}\n`);
  for (let r = runs.length; r < RUNS; r++) {
    const res = await runNode(['bin/zhclaims.js', 'extract', '-q', '-j', String(jobs), '-o', out, PAGE_DIR]);
    if (res.code !== 0 && res.code !== 1) throw new Error(`extract -j ${jobs} failed (${res.code ?? res.signal}): ${res.stderr}`);
    const claims = countLines(out);
    const run = {
      seconds: res.seconds,
      pagesPerS: manifest.pages / res.seconds,
      mbPerS: manifest.bytes / 1e6 / res.seconds,
      claims,
      claimsPerS: claims / res.seconds,
      peakRssMB: res.rssMB,
      exit: res.code,
    };
    runs.push(run);
    if (tree) fs.writeFileSync(saved, JSON.stringify({ tree, recipe: RECIPE, runs }));
    process.stderr.write(`  -j ${jobs} run ${r + 1}: ${run.seconds.toFixed(1)} s, ${run.pagesPerS.toFixed(0)} pages/s, ${claims} claims, ${run.peakRssMB?.toFixed(0)} MB\n`);
  }
  if (keep && !fs.existsSync(out)) {
    // every run was reused: one more, uncounted, for the output the shards are checked against
    const res = await runNode(['bin/zhclaims.js', 'extract', '-q', '-j', String(jobs), '-o', out, PAGE_DIR]);
    if (res.code !== 0 && res.code !== 1) throw new Error(`extract -j ${jobs} failed (${res.code ?? res.signal}): ${res.stderr}`);
  }
  if (keep) fs.renameSync(out, keep);
  else fs.rmSync(out, { force: true });
  const med = (k) => median(runs.map((x) => x[k]));
  return {
    jobs,
    runs,
    median: { seconds: med('seconds'), pagesPerS: med('pagesPerS'), mbPerS: med('mbPerS'), claimsPerS: med('claimsPerS'), claims: med('claims'), peakRssMB: med('peakRssMB') },
  };
}

// ---- the segmenter alone ---------------------------------------------------------------------

function pageTexts() {
  const files = [];
  for (const d of fs.readdirSync(PAGE_DIR).sort()) for (const f of fs.readdirSync(path.join(PAGE_DIR, d)).sort()) files.push(path.join(PAGE_DIR, d, f));
  return files;
}

function decodePage(buf) {
  const head = buf.subarray(0, 512).toString('latin1');
  const gb = /charset="?gb18030/i.test(head) || !isUtf8(buf);
  const text = gb ? iconv.decode(buf, 'gb18030') : buf.toString('utf8');
  return text.replace(/<[^>]*>/g, '\n').replace(/&(amp|lt|gt);/g, ' ');
}

/** The default segmenter's cut(text, true) alone (@node-rs/jieba, the same dictionary and user
 * words as the pipeline), on one core, over the text of the same pages (read and decoded before timing). */
async function benchCut(manifest) {
  const { Jieba } = require('@node-rs/jieba');
  const { dict } = require('@node-rs/jieba/dict.js');
  const { userWords } = await import(path.join(ROOT, 'dist', 'stages', 'segment.js'));
  const jieba = Jieba.withDict(dict);
  jieba.loadDict(Buffer.from(userWords().map((w) => `${w} 3\n`).join('')));
  const texts = pageTexts().map((f) => decodePage(fs.readFileSync(f)));
  const textMB = texts.reduce((s, t) => s + Buffer.byteLength(t), 0) / 1e6;
  jieba.cut(texts[0], true);
  const runs = [];
  for (let r = 0; r < RUNS; r++) {
    const t0 = process.hrtime.bigint();
    let tokens = 0;
    for (const t of texts) tokens += jieba.cut(t, true).length;
    const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
    runs.push({ seconds, pagesPerS: texts.length / seconds, mbPerS: manifest.bytes / 1e6 / seconds, textMbPerS: textMB / seconds, tokens });
    process.stderr.write(`  cut only run ${r + 1}: ${seconds.toFixed(1)} s, ${(texts.length / seconds).toFixed(0)} pages/s, ${(textMB / seconds).toFixed(1)} MB/s of text\n`);
  }
  const med = (k) => median(runs.map((x) => x[k]));
  return { textMB, runs, median: { seconds: med('seconds'), pagesPerS: med('pagesPerS'), mbPerS: med('mbPerS'), textMbPerS: med('textMbPerS') } };
}

/**
 * The one-core ratio by CPU time, paired in one process: the pipeline (pageChunks, what a worker
 * runs per page) and cut() alone over the same pages, in turn, RUNS times. CPU time of one
 * thread is far steadier than wall time on a shared machine.
 */
async function benchRatio(pages = 1000) {
  const { pageChunks } = await import(path.join(ROOT, 'dist', 'batch', 'task.js'));
  const { Jieba } = require('@node-rs/jieba');
  const { dict } = require('@node-rs/jieba/dict.js');
  const { userWords } = await import(path.join(ROOT, 'dist', 'stages', 'segment.js'));
  const jieba = Jieba.withDict(dict);
  jieba.loadDict(Buffer.from(userWords().map((w) => `${w} 3\n`).join('')));
  const files = pageTexts().slice(0, pages);
  const bytes = files.map((f) => fs.readFileSync(f));
  const texts = bytes.map((b) => decodePage(b));
  const cpu = (fn) => {
    const t = process.cpuUsage();
    fn();
    const u = process.cpuUsage(t);
    return (u.user + u.system) / 1e6;
  };
  const pipeline = () => {
    for (let i = 0; i < files.length; i++) {
      const g = pageChunks({ id: files[i], origin: files[i], bytes: bytes[i], kind: 'auto' }, { command: 'extract', format: 'jsonl' });
      while (!g.next().done);
    }
  };
  const cut = () => {
    for (const t of texts) jieba.cut(t, true);
  };
  pipeline();
  const runs = [];
  for (let r = 0; r < RUNS; r++) {
    const p = cpu(pipeline);
    const c = cpu(cut);
    runs.push({ pipelineCpuS: p, cutCpuS: c, ratio: c / p });
    process.stderr.write(`  ratio run ${r + 1}: pipeline ${p.toFixed(1)} s CPU, cut ${c.toFixed(1)} s CPU, ratio ${(c / p).toFixed(2)}\n`);
  }
  return { pages: files.length, runs, median: median(runs.map((x) => x.ratio)), pipelineCpuS: median(runs.map((x) => x.pipelineCpuS)), cutCpuS: median(runs.map((x) => x.cutCpuS)) };
}

// ---- one page -------------------------------------------------------------------------------

/** One sample page through `extract`, start included (what a CI check of one article costs): wall and CPU, median of 5. */
async function benchOnePage() {
  const page = path.join(ROOT, 'fixtures', 'seeds', '002_54a5f71b6562aaba.txt');
  const out = path.join(os.tmpdir(), `zhclaims-one-${process.pid}.jsonl`);
  const runs = [];
  for (let r = 0; r < 5; r++) {
    const res = await runNode(['bin/zhclaims.js', 'extract', '-q', '-o', out, page]);
    if (res.code !== 0) throw new Error(`one-page extract failed (${res.code ?? res.signal}): ${res.stderr}`);
    runs.push({ seconds: res.seconds, cpuSeconds: res.cpuS, peakRssMB: res.rssMB });
  }
  fs.rmSync(out, { force: true });
  const med = (k) => median(runs.map((x) => x[k]));
  const res = { runs, median: { seconds: med('seconds'), cpuSeconds: med('cpuSeconds'), peakRssMB: med('peakRssMB') } };
  process.stderr.write(`  one page: ${res.median.seconds.toFixed(2)} s wall, ${res.median.cpuSeconds?.toFixed(2)} s CPU\n`);
  return res;
}

// ---- shards ---------------------------------------------------------------------------------

/** JSONL lines sorted by doc (stable: a doc's records keep their order). */
function sortedByDoc(text) {
  const lines = text.split('\n').filter(Boolean);
  const keyed = lines.map((l, i) => ({ l, i, doc: JSON.parse(l).doc }));
  keyed.sort((a, b) => (a.doc < b.doc ? -1 : a.doc > b.doc ? 1 : a.i - b.i));
  return keyed.map((k) => k.l).join('\n') + '\n';
}

/**
 * The corpus as 4 shards, as on 4 machines (README, "Beyond one machine"): each shard runs
 * `extract --shard K/4` and `articles --shard K/4` (-j 1, 2 processes at a time), then one
 * `dedupe` over the 8 files finds the reposts across shards. Its output sorted by doc must equal
 * one run's byte for byte. The time is the whole of it, map and reduce.
 */
async function benchShards(reference) {
  const tmp = (name) => path.join(os.tmpdir(), `zhclaims-shard-${process.pid}-${name}.jsonl`);
  const claims = [1, 2, 3, 4].map((k) => tmp(`c${k}`));
  const articles = [1, 2, 3, 4].map((k) => tmp(`a${k}`));
  const merged = tmp('merged');
  const t0 = process.hrtime.bigint();
  const shard = async (k) => {
    const c = await runNode(['bin/zhclaims.js', 'extract', '-q', '-j', '1', '--shard', `${k}/4`, '-o', claims[k - 1], PAGE_DIR]);
    const a = await runNode(['bin/zhclaims.js', 'articles', '-q', '-j', '1', '--shard', `${k}/4`, '-o', articles[k - 1], PAGE_DIR]);
    return [c, a];
  };
  const rs = [...(await Promise.all([shard(1), shard(2)])), ...(await Promise.all([shard(3), shard(4)]))].flat();
  const mapSeconds = Number(process.hrtime.bigint() - t0) / 1e9;
  const reduce = await runNode(['bin/zhclaims.js', 'dedupe', '-q', ...articles, ...claims, '-o', merged]);
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  for (const r of [...rs, reduce]) if (r.code !== 0) throw new Error(`shard run failed (${r.code ?? r.signal}): ${r.stderr}`);
  const joined = sortedByDoc(fs.readFileSync(merged, 'utf8'));
  const one = sortedByDoc(fs.readFileSync(reference, 'utf8'));
  for (const f of [...claims, ...articles, merged]) fs.rmSync(f, { force: true });
  const res = {
    shards: 4,
    parallel: 2,
    seconds,
    mapSeconds,
    reduceSeconds: seconds - mapSeconds,
    peakRssMB: Math.max(...rs.map((r) => r.rssMB ?? 0)),
    reducePeakRssMB: reduce.rssMB,
    identical: joined === one,
    claims: one.split('\n').length - 1,
  };
  process.stderr.write(`  4 shards (extract + articles, 2 at a time) + dedupe: ${seconds.toFixed(1)} s, output ${res.identical ? 'identical to' : 'DIFFERS from'} one run\n`);
  return res;
}

// ---- memory as the run grows ----------------------------------------------------------------

/** 1,000 pages (the first two folders), the corpus, and the corpus three times (hard links). */
function growthInputs() {
  const x3 = path.join(CORPUS, 'x3');
  if (!fs.existsSync(path.join(x3, 'done'))) {
    fs.rmSync(x3, { recursive: true, force: true });
    for (const copy of ['a', 'b', 'c']) {
      for (const d of fs.readdirSync(PAGE_DIR).sort()) {
        fs.mkdirSync(path.join(x3, copy, d), { recursive: true });
        for (const f of fs.readdirSync(path.join(PAGE_DIR, d))) fs.linkSync(path.join(PAGE_DIR, d, f), path.join(x3, copy, d, f));
      }
    }
    fs.writeFileSync(path.join(x3, 'done'), '');
  }
  const dirs = fs.readdirSync(PAGE_DIR).sort();
  return [
    { pages: 1000, inputs: dirs.slice(0, 2).map((d) => path.join(PAGE_DIR, d)) },
    { pages: PAGES, inputs: [PAGE_DIR] },
    { pages: 3 * PAGES, inputs: ['a', 'b', 'c'].map((c) => path.join(x3, c)) },
  ];
}

async function benchGrowth(known) {
  const out = [];
  const max = Number(process.env.BENCH_GROWTH_MAX ?? 3 * PAGES);
  for (const g of growthInputs().filter((x) => x.pages <= max)) {
    for (const jobs of [1, 2]) {
      let rss = known[`${g.pages}/${jobs}`];
      let seconds = null;
      if (rss === undefined) {
        const res = await runNode(['bin/zhclaims.js', 'extract', '-q', '-j', String(jobs), '-o', '/dev/null', ...g.inputs], 1800);
        rss = res.rssMB;
        seconds = res.seconds;
      }
      out.push({ pages: g.pages, jobs, peakRssMB: rss, seconds });
      process.stderr.write(`  ${g.pages} pages -j ${jobs}: peak RSS ${rss?.toFixed(0)} MB\n`);
    }
  }
  return out;
}

// ---- pathological inputs --------------------------------------------------------------------

async function benchLarge() {
  fs.mkdirSync(LARGE_DIR, { recursive: true });
  const seed = fs.readFileSync(path.join(ROOT, 'fixtures', 'seeds', '002_54a5f71b6562aaba.txt'), 'utf8');
  const cases = [
    ['digits line', (mb) => '1234567890'.repeat((mb * 1e6) / 10) + '\n'],
    ['line without punctuation', (mb) => '全县妇联组织培训农村妇女建成巾帼示范基地'.repeat(Math.ceil((mb * 1e6) / 60)) + '\n'],
    ['claims line without punctuation', (mb) => '培训3万余人次'.repeat(Math.ceil((mb * 1e6) / 19)) + '\n'],
    ['page of seed text', (mb) => seed.repeat(Math.ceil((mb * 1e6) / Buffer.byteLength(seed)))],
  ];
  const sizes = { 'digits line': [0.5, 5], 'line without punctuation': [0.5, 5], 'claims line without punctuation': [0.5, 5, 13], 'page of seed text': [5, 50] };
  const out = [];
  for (const [name, make] of cases) {
    for (const mb of sizes[name]) {
      const file = path.join(LARGE_DIR, `${name.replace(/ /g, '-')}-${mb}MB.txt`);
      if (!fs.existsSync(file)) fs.writeFileSync(file, make(mb));
      const bytes = fs.statSync(file).size;
      const res = await runNode(['bin/zhclaims.js', 'extract', '-q', '-j', '1', '-o', path.join(os.tmpdir(), `zhclaims-large-${process.pid}.jsonl`), file], 900);
      const row = {
        input: name,
        mb: bytes / 1e6,
        seconds: res.seconds,
        mbPerS: bytes / 1e6 / res.seconds,
        peakRssMB: res.rssMB,
        result: res.signal ? `killed (${res.signal}, timeout 900 s)` : res.code === 0 ? 'ok' : `exit ${res.code}: ${res.stderr.trim().split('\n').pop()}`,
      };
      out.push(row);
      process.stderr.write(`  ${name} ${row.mb.toFixed(1)} MB: ${row.seconds.toFixed(1)} s, ${row.peakRssMB?.toFixed(0)} MB RSS, ${row.result}\n`);
    }
  }
  fs.rmSync(path.join(os.tmpdir(), `zhclaims-large-${process.pid}.jsonl`), { force: true });
  // Linear time: seconds per MB of the large size over the small one (≈ 1, or below 1 as the
  // fixed startup cost is spread; a quadratic pass would give about 10).
  for (const row of out) {
    const small = out.find((r) => r.input === row.input && r.mb < row.mb);
    if (small) row.secondsPerMbVsSmaller = row.seconds / row.mb / (small.seconds / small.mb);
  }
  return out;
}

// ---- main -----------------------------------------------------------------------------------

function gitCommit() {
  try {
    return require('node:child_process').execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT, encoding: 'utf8' }).trim();
  } catch {
    return null;
  }
}

function cpuModel() {
  try {
    const m = /^Model name:\s*(.+)$/m.exec(require('node:child_process').execFileSync('lscpu', { encoding: 'utf8' }));
    if (m) return m[1].trim();
  } catch {
    /* no lscpu */
  }
  return os.cpus()[0]?.model ?? null;
}

async function main() {
  const t0 = Date.now();
  process.stderr.write(`building corpus (${PAGES} pages) …\n`);
  const manifest = await buildCorpus();
  process.stderr.write(`corpus: ${manifest.pages} pages, ${(manifest.bytes / 1e6).toFixed(1)} MB (${manifest.html} HTML, ${manifest.portalPages} of them portal pages, ${manifest.gb18030} GB18030)\n`);
  if (process.env.BENCH_CORPUS_ONLY) return;
  const reference = path.join(os.tmpdir(), `zhclaims-bench-ref-${process.pid}.jsonl`);
  const j1 = await benchExtract(1, manifest);
  const j2 = await benchExtract(2, manifest, process.env.BENCH_SKIP_SHARDS ? null : reference);
  const cut = await benchCut(manifest);
  const cpuRatio = await benchRatio();
  const onePage = await benchOnePage();
  // a part skipped here is carried over from the last results of the same source tree
  let last = null;
  try {
    last = JSON.parse(fs.readFileSync(path.join(ROOT, 'bench', 'results.json'), 'utf8'));
    if (last.srcTree !== srcTree()) last = null;
  } catch {
    last = null;
  }
  const shards = process.env.BENCH_SKIP_SHARDS ? (last?.shards ?? null) : await benchShards(reference);
  fs.rmSync(reference, { force: true });
  const growth = process.env.BENCH_SKIP_GROWTH ? (last?.growth ?? []) : await benchGrowth({ [`${PAGES}/1`]: j1.median.peakRssMB, [`${PAGES}/2`]: j2.median.peakRssMB });
  const large = process.env.BENCH_SKIP_LARGE ? (last?.large ?? []) : await benchLarge();
  const ratio = j1.median.pagesPerS / cut.median.pagesPerS;
  const peak = Math.max(j1.median.peakRssMB ?? 0, j2.median.peakRssMB ?? 0, ...growth.map((g) => g.peakRssMB ?? 0));
  const results = {
    date: new Date().toISOString(),
    commit: gitCommit(),
    srcTree: srcTree(),
    machine: { cpus: os.cpus().length, model: cpuModel(), node: process.version, note: 'shared machine; other jobs may run at the same time' },
    corpus: manifest,
    runsPerConfig: RUNS,
    segmenter: 'jieba-rs (@node-rs/jieba), the default',
    extract: { j1: j1.median, j2: j2.median, runs: { j1: j1.runs, j2: j2.runs } },
    cutOnly: { ...cut.median, textMB: cut.textMB, runs: cut.runs },
    ratioPipelineToCutOneCore: ratio,
    ratioByCpuTime: cpuRatio,
    onePage,
    shards,
    growth,
    targets: {
      wallJ2AtMost30s: { value: j2.median.seconds, met: manifest.pages === 10000 ? j2.median.seconds <= 30 : null },
      ratioAtLeast0_5: { value: cpuRatio.median, byCpuTime: true, met: cpuRatio.median >= 0.5 },
      peakRssAtMost400MB: { value: peak, met: peak <= 400 },
      onePageAtMost1s: { value: onePage.median.seconds, met: onePage.median.seconds <= 1 },
    },
    large,
    benchSeconds: (Date.now() - t0) / 1000,
  };
  fs.writeFileSync(path.join(ROOT, 'bench', 'results.json'), JSON.stringify(results, null, 2) + '\n');

  const f = (x, d = 1) => (x === null || x === undefined ? '–' : x.toFixed(d));
  const row = (name, m) => `${name.padEnd(16)} ${f(m.seconds).padStart(8)} ${f(m.pagesPerS, 0).padStart(8)} ${f(m.mbPerS, 2).padStart(7)} ${f(m.claimsPerS, 0).padStart(9)} ${f(m.peakRssMB, 0).padStart(8)}`;
  console.log(`\nzhclaims benchmark — ${manifest.pages} pages, ${(manifest.bytes / 1e6).toFixed(1)} MB, median of ${RUNS} runs (${results.machine.model}, ${os.cpus().length} cores, shared), commit ${results.commit}`);
  console.log(`${''.padEnd(16)} ${'wall s'.padStart(8)} ${'pages/s'.padStart(8)} ${'MB/s'.padStart(7)} ${'claims/s'.padStart(9)} ${'RSS MB'.padStart(8)}`);
  console.log(row('extract -j 1', j1.median));
  console.log(row('extract -j 2', j2.median));
  console.log(row('jieba-rs cut', { ...cut.median, claimsPerS: null, peakRssMB: null }));
  console.log(`claims per run: ${j1.median.claims}; cut-only text: ${cut.textMB.toFixed(1)} MB at ${cut.median.textMbPerS.toFixed(1)} MB/s`);
  console.log(`pipeline / cut-only on one core: ${ratio.toFixed(2)} by wall time of separate runs; ${cpuRatio.median.toFixed(2)} by CPU time, paired in one process over ${cpuRatio.pages} pages (target ≥ 0.5)`);
  console.log(`-j 2 wall: ${j2.median.seconds.toFixed(1)} s (target ≤ 30 s); peak RSS: ${peak.toFixed(0)} MB (target ≤ 400 MB)`);
  console.log(`one page, start included: ${onePage.median.seconds.toFixed(2)} s wall, ${f(onePage.median.cpuSeconds, 2)} s CPU, ${f(onePage.median.peakRssMB, 0)} MB (target ≤ 1 s; median of 5)`);
  if (shards) console.log(`4 shards (extract + articles, 2 processes at a time) + dedupe: ${shards.seconds.toFixed(1)} s (map ${f(shards.mapSeconds)} s, reduce ${f(shards.reduceSeconds)} s); output sorted by doc ${shards.identical ? 'identical to' : 'DIFFERS from'} one run's`);
  for (const g of growth) console.log(`growth: ${String(g.pages).padStart(6)} pages -j ${g.jobs}: peak RSS ${f(g.peakRssMB, 0)} MB`);
  for (const l of large) {
    const lin = l.secondsPerMbVsSmaller === undefined ? '' : `  s/MB ×${l.secondsPerMbVsSmaller.toFixed(2)} vs smaller`;
    console.log(`large: ${l.input.padEnd(32)} ${l.mb.toFixed(1).padStart(5)} MB ${f(l.seconds).padStart(7)} s ${f(l.mbPerS, 2).padStart(6)} MB/s ${f(l.peakRssMB, 0).padStart(5)} MB RSS  ${l.result}${lin}`);
  }
  console.log(`wrote bench/results.json`);
  if (shards && !shards.identical) process.exitCode = 1;
}

main().catch((err) => {
  console.error(`bench: ${err && err.stack ? err.stack : err}`);
  process.exit(1);
});

import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { stringify } from 'csv-stringify/sync';
// @ts-expect-error a plain ES module script, no type declarations
import { makeDedupeSet } from '../scripts/make-dedupe-set.mjs';
import { articleSignature, similarity, shingleText } from '../src/dedupe/signature.js';
import { DedupeIndex, isRepost } from '../src/dedupe/index.js';
import { parseCsvRows, patchChunks } from '../src/dedupe/patch.js';

// Reposted articles on the 120-page set of scripts/make-dedupe-set.mjs (each dev page, two portal
// reposts, an edited re-encoded copy, a federation-site copy with shared boilerplate), made in a
// temporary folder: pairs found against the truth, -j 1 = -j 2, --dedupe, and `dedupe` over two
// shards = one run.

const ROOT = path.resolve(__dirname, '..');
const BIN = path.join(ROOT, 'bin/zhclaims.js');
type Rec = Record<string, any>;
interface Truth {
  group: Record<string, string>;
  negatives: [string, string][];
}

let dir: string;
let set: string;
let truth: Truth;
let one: string;

/** The CLI, asynchronously (a long spawnSync would stall the test worker's messages). */
function run(args: string[]): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn('node', [BIN, ...args]);
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (d) => out.push(d));
    child.stderr.on('data', (d) => err.push(d));
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8') }));
  });
}
const lines = (s: string) => s.split('\n').filter(Boolean);
const parse = (s: string): Rec[] => lines(s).map((l) => JSON.parse(l));

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'zhclaims-dedupe-'));
  set = path.join(dir, 'set');
  truth = makeDedupeSet(set);
  const r = await run(['extract', set, '-j', '2', '-q']);
  expect(r.status).toBe(0);
  one = r.stdout;
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** Document clusters from claims' duplicateOf (union of doc → first occurrence's doc). */
function clusters(recs: Rec[]): Map<string, string> {
  const parent = new Map<string, string>();
  const find = (x: string): string => {
    while (parent.has(x) && parent.get(x) !== x) x = parent.get(x)!;
    return x;
  };
  for (const r of recs) {
    if (!parent.has(r.doc)) parent.set(r.doc, r.doc);
    if (r.duplicateOf) {
      const a = find(r.doc);
      const b = find(r.duplicateOf.doc);
      if (a !== b) parent.set(a, b);
    }
  }
  return new Map([...parent.keys()].map((d) => [d, find(d)]));
}

function pairs(of: (d: string) => string, docs: string[]): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i < docs.length; i++) for (let j = i + 1; j < docs.length; j++) if (of(docs[i]) === of(docs[j])) out.add(`${docs[i]}|${docs[j]}`);
  return out;
}

describe('reposts in one run', () => {
  it('finds the duplicate pairs of the test set with precision and recall ≥ 0.95', async () => {
    const recs = parse(one);
    const docs = Object.keys(truth.group).sort();
    expect(docs.length).toBeGreaterThanOrEqual(100);
    const cl = clusters(recs);
    expect(new Set(recs.map((r) => r.doc)).size).toBe(docs.length); // every page has claims
    const predicted = pairs((d) => cl.get(d)!, docs);
    const expected = pairs((d) => truth.group[d], docs);
    const tp = [...predicted].filter((p) => expected.has(p)).length;
    const precision = tp / predicted.size;
    const recall = tp / expected.size;
    console.log(`repost pairs: ${docs.length} pages, ${expected.size} true pairs, ${predicted.size} found, precision ${precision.toFixed(3)}, recall ${recall.toFixed(3)}`);
    expect(precision).toBeGreaterThanOrEqual(0.95);
    expect(recall).toBeGreaterThanOrEqual(0.95);
  });

  it('names the original page as the first occurrence of each repost and copy', async () => {
    for (const r of parse(one)) {
      const orig = `${truth.group[r.doc]}-0`;
      if (r.doc === orig) expect(r.duplicateOf).toBeNull();
      else expect(r.duplicateOf?.doc, `${r.doc} #${r.article}`).toBe(orig);
    }
  });

  it('keeps two different articles of one federation and month apart despite shared boilerplate', async () => {
    const cl = clusters(parse(one));
    expect(truth.negatives.length).toBe(12);
    for (const [a, b] of truth.negatives) expect(cl.get(a), `${a} ~ ${b}`).not.toBe(cl.get(b));
  });

  it('gives the same bytes with -j 1, and --dedupe leaves only the originals', async () => {
    const r = await run(['extract', set, '-j', '1', '-q']);
    expect(r.stdout).toBe(one);
    const kept = await run(['extract', set, '-j', '2', '-q', '--dedupe']);
    expect(kept.status).toBe(0);
    const expected = lines(one).filter((l) => JSON.parse(l).duplicateOf === null);
    expect(lines(kept.stdout)).toEqual(expected);
    expect(new Set(parse(kept.stdout).map((x) => x.doc.slice(-2)))).toEqual(new Set(['-0']));
  });

  it('patches CSV output the same way as JSON Lines', async () => {
    const jsonl = parse(one);
    const csv = await run(['extract', set, '-j', '2', '-q', '-f', 'csv']);
    const rows = parseCsvRows(csv.stdout);
    const head = rows[0];
    const body = rows.slice(1);
    expect(body.length).toBe(jsonl.length);
    const d = head.indexOf('duplicateOf.doc');
    const a = head.indexOf('duplicateOf.article');
    body.forEach((row, i) => {
      expect(row[d]).toBe(jsonl[i].duplicateOf?.doc ?? '');
      expect(row[a]).toBe(jsonl[i].duplicateOf ? String(jsonl[i].duplicateOf.article) : '');
    });
  });
});

describe('zhclaims dedupe over shards', () => {
  it('gives what one run gives, and --drop what extract --dedupe gives', async () => {
    const files: string[] = [];
    const runs: Promise<{ status: number | null }>[] = [];
    for (const k of [1, 2]) {
      const c = path.join(dir, `c${k}.jsonl`);
      const a = path.join(dir, `a${k}.jsonl`);
      runs.push(run(['extract', set, '-q', '-j', '1', '--shard', `${k}/2`, '-o', c]), run(['articles', set, '-q', '-j', '1', '--shard', `${k}/2`, '-o', a]));
      files.push(a, c);
    }
    for (const r of await Promise.all(runs)) expect(r.status).toBe(0);
    // each shard alone knows only its own reposts
    const c1 = parse(fs.readFileSync(files[1], 'utf8'));
    expect(c1.every((r) => r.duplicateOf === null || r.duplicateOf.doc < r.doc)).toBe(true);
    const key = (r: Rec) => [r.doc, String(r.article).padStart(4, '0'), String(r.span[0]).padStart(8, '0'), String(r.span[1]).padStart(8, '0')].join('\u0000');
    const sorted = (out: string) => lines(out).sort((x, y) => (key(JSON.parse(x)) < key(JSON.parse(y)) ? -1 : 1));
    const merged = await run(['dedupe', ...files, '-q']);
    expect(merged.status).toBe(0);
    expect(sorted(merged.stdout)).toEqual(lines(one));
    const dropped = await run(['dedupe', ...files, '-q', '--drop']);
    expect(sorted(dropped.stdout)).toEqual(lines(one).filter((l) => JSON.parse(l).duplicateOf === null));
    // article files alone: the list of reposts
    const list = parse((await run(['dedupe', files[0], files[2], '-q'])).stdout);
    expect(list.filter((x) => x.duplicateOf).length).toBeGreaterThan(90);
    expect(list.find((x) => x.doc === 'd05-3')?.duplicateOf).toEqual({ doc: 'd05-0', article: 0 });
  }, 240_000);

  it('says in one line what is wrong with its inputs', async () => {
    const c = path.join(dir, 'c1.jsonl');
    const r = await run(['dedupe', c]);
    expect(r.status).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/zhclaims articles/);
    const bad = path.join(dir, 'bad.jsonl');
    fs.writeFileSync(bad, '{"doc":"x","article":0,"text":"t","signature":[1,2]}\n');
    const b = await run(['dedupe', bad]);
    expect(b.status).toBe(1);
    expect(b.stderr).toMatch(/bad\.jsonl:1: not an article record with a signature/);
    expect(b.stderr.trim().split('\n')).toHaveLength(1);
  });
});

describe('signatures', () => {
  const a = fs.readFileSync(path.join(ROOT, 'fixtures/dev/docs/d09.txt'), 'utf8');
  const b = fs.readFileSync(path.join(ROOT, 'fixtures/dev/docs/d23.txt'), 'utf8');

  it('ignore spacing, punctuation and letter case, and are fixed (no random seed)', async () => {
    expect(shingleText('  红网 汝城站,6月3日讯。ABC')).toBe('红网汝城站6月3日讯abc');
    expect(articleSignature(a)).toEqual(articleSignature(a.replace(/,/g, '，').replace(/\n/g, '\n\n')));
    const sig = articleSignature('东北网2月27日讯 2月26日,牡丹江市妇联举行发放仪式')!;
    expect(sig.minhash).toHaveLength(128);
    expect(sig.shingles).toBe(26 - 5 + 1);
    expect(articleSignature('')).toBeNull();
  });

  it('estimate similarity: same story high, two 两癌 relief stories of other places low', async () => {
    const sa = articleSignature(a)!;
    const sb = articleSignature(b)!;
    expect(similarity(sa, sa)).toEqual({ jaccard: 1, containment: 1 });
    const s = similarity(sa, sb);
    expect(s.jaccard).toBeLessThan(0.1);
    expect(isRepost(sa, sb)).toBe(false);
    const trimmed = articleSignature(a.slice(0, Math.floor(a.length * 0.7)))!;
    expect(isRepost(trimmed, sa)).toBe(true);
  });

  it('the index names the earliest article of a cluster, and skips articles without text', async () => {
    const idx = new DedupeIndex();
    const sa = articleSignature(a)!;
    expect(idx.add({ doc: 'x', article: 0 }, null)).toBeNull();
    expect(idx.add({ doc: 'p', article: 0 }, sa)).toBeNull();
    expect(idx.add({ doc: 'q', article: 1 }, articleSignature(b))).toBeNull();
    expect(idx.add({ doc: 'r', article: 0 }, articleSignature(a.slice(0, 900)))).toEqual({ doc: 'p', article: 0 });
    expect(idx.add({ doc: 's', article: 2 }, articleSignature(a.slice(0, 800)))).toEqual({ doc: 'p', article: 0 });
    expect([idx.articles, idx.duplicates]).toEqual([5, 2]);
  });

  it('the index gives what a pairwise search with the same rule gives, over buckets shared by hundreds of articles', async () => {
    // 900 articles (×64 bands, well past the table's first 4,096 slots) from a pool of 30 sentences,
    // so that most candidates share a band without being reposts; a few stories copied, trimmed or
    // edited dozens of times (buckets of hundreds of entries); articles without text; docs that
    // come back after others.
    let seed = 7;
    const rand = () => {
      seed = (seed + 0x6d2b79f5) | 0;
      let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
      t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
    const int = (n: number) => Math.floor(rand() * n);
    const sentence = () => Array.from({ length: 12 + int(30) }, () => String.fromCharCode(0x4e00 + int(2000))).join('') + '。';
    const pool = Array.from({ length: 30 }, sentence);
    const stories: string[] = [];
    const texts: string[] = [];
    for (let k = 0; k < 900; k++) {
      const r = rand();
      let t: string;
      if (r < 0.04) t = '';
      else if (r < 0.4 || stories.length === 0) {
        t = Array.from({ length: 2 + int(8) }, () => (rand() < 0.5 ? pool[int(pool.length)] : sentence())).join('');
        stories.push(t);
      } else if (r < 0.6) t = stories[0].replace(/。/g, '，');
      else {
        const s = r < 0.75 ? stories[int(Math.min(3, stories.length))] : stories[int(stories.length)];
        const cut = s.slice(0, Math.ceil(s.length * (0.55 + 0.45 * rand())));
        t = rand() < 0.5 ? cut + pool[int(pool.length)] : cut.replace(/[\u4e00-\u4e40]/g, '乙');
      }
      texts.push(t);
    }
    const refs = texts.map((_, k) => ({ doc: `p${k % 3 === 0 ? k : Math.floor(k / 3)}`, article: k % 3 }));
    const sigs = texts.map((t) => articleSignature(t));

    const idx = new DedupeIndex();
    const got = refs.map((ref, k) => idx.add(ref, sigs[k]));

    // the reference: every earlier article with a band of both rows equal is a candidate (equal
    // band keys without equal rows, a 32-bit hash collision, would be one more; none here)
    const shareBand = (a: number[], b: number[]) => {
      for (let r = 0; r < a.length; r += 2) if (a[r] === b[r] && a[r + 1] === b[r + 1]) return true;
      return false;
    };
    const root: number[] = [];
    let several = 0;
    const expected = refs.map((_, k) => {
      const sig = sigs[k];
      if (!sig) return null;
      let best = -1;
      const matched = new Set<number>();
      for (let j = 0; j < k; j++) {
        const other = sigs[j];
        if (!other || !shareBand(sig.minhash, other.minhash) || !isRepost(sig, other)) continue;
        matched.add(root[j]);
        if (best < 0 || root[j] < best) best = root[j];
      }
      if (matched.size > 1) several++;
      root[k] = best >= 0 ? best : k;
      return best >= 0 ? refs[best] : null;
    });
    expect(got).toEqual(expected);
    const duplicates = expected.filter(Boolean).length;
    expect([idx.articles, idx.duplicates]).toEqual([900, duplicates]);
    expect(duplicates).toBeGreaterThan(400);
    expect(several).toBeGreaterThan(10); // articles that repeat two first occurrences: the least is named
  });

  it('CSV rows parse back as csv-stringify wrote them', async () => {
    const rows = [['a', '1', 'x,"y"\nz', ''], ['', 'b', '', '2']];
    expect(parseCsvRows(stringify(rows))).toEqual(rows);
  });

  it('JSON output is patched record by record, and --dedupe drops whole articles', async () => {
    const recs = [{ doc: 'p', article: 0, duplicateOf: null, text: 'a,\\n"b"' }, { doc: 'p', article: 1, duplicateOf: null, text: 'c' }];
    const chunk = recs.map((r) => JSON.stringify(r)).join(',\n');
    const dups = new Map([[1, { doc: 'o', article: 3 }]]);
    const out = patchChunks([chunk], 'json', dups, false);
    expect(out.count).toBe(2);
    expect(JSON.parse(`[${out.chunks[0]}]`)).toEqual([recs[0], { ...recs[1], duplicateOf: { doc: 'o', article: 3 } }]);
    expect(patchChunks([chunk], 'json', dups, true)).toEqual({ chunks: [JSON.stringify(recs[0])], count: 1, dropped: 1 });
    expect(patchChunks([recs.map((r) => JSON.stringify(r) + '\n').join('')], 'jsonl', dups, true).count).toBe(1);
  });
});

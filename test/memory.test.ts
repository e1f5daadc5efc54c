import { describe, expect, it } from 'vitest';
import path from 'node:path';
import { MessageChannel } from 'node:worker_threads';
import { poolOptions } from '../src/batch/engine.js';
import { ENTRIES_KEPT, nameTable } from '../src/regions/names.js';
import { regionOfText } from '../src/stages/region.js';
import { articleSignature, HASHES, type Signature } from '../src/dedupe/signature.js';
import { DedupeIndex, isRepost } from '../src/dedupe/index.js';

// What a long run keeps grows only where it must (the repost index): caches are bounded and give
// the same answers after they are emptied.

describe('name entries', () => {
  it('are kept up to a bound and rebuilt alike', () => {
    const { names } = nameTable();
    const keys = [...names.keys()].slice(0, ENTRIES_KEPT * 2 + 7);
    const first = new Map(keys.slice(0, 50).map((k) => [k, JSON.stringify(names.get(k))]));
    for (const k of keys) names.get(k);
    const kept = (names as unknown as { entries: Map<string, unknown> }).entries.size;
    expect(kept).toBeLessThanOrEqual(ENTRIES_KEPT);
    for (const [k, v] of first) expect(JSON.stringify(names.get(k))).toBe(v);
  });

  it('resolve regions the same before and after the cache is emptied', () => {
    const texts = [
      '近日，永善县妇联在团结镇举办巾帼家政培训班，培训农村妇女120人次。',
      '今年以来，恩施州总工会累计发放困难职工帮扶资金350万元，惠及职工2100余人。',
      '黔东南州残联为全州1600名残疾儿童提供康复救助，投入资金800万元。',
      '共青团朝阳区委开展“希望工程·圆梦行动”，资助困难学生86名。',
    ];
    const before = texts.map((t) => JSON.stringify(regionOfText(t)));
    const { names } = nameTable();
    for (const k of [...names.keys()].slice(0, ENTRIES_KEPT + 1)) names.get(k);
    expect(texts.map((t) => JSON.stringify(regionOfText(t)))).toEqual(before);
  });
});

/** Reposts found the long way: every earlier article that shares a band is a candidate. */
function reference(sigs: (Signature | null)[]): (number | null)[] {
  const roots: number[] = [];
  return sigs.map((s, x) => {
    let best = -1;
    for (let i = 0; i < x; i++) {
      const o = sigs[i];
      if (!s || !o) continue;
      let shared = false;
      for (let b = 0; b < HASHES && !shared; b += 2) shared = s.minhash[b] === o.minhash[b] && s.minhash[b + 1] === o.minhash[b + 1];
      if (shared && isRepost(s, o) && (best < 0 || roots[i] < best)) best = roots[i];
    }
    roots[x] = best >= 0 ? best : x;
    return best >= 0 ? best : null;
  });
}

describe('repost index', () => {
  const base = [
    '今年以来，县妇联围绕中心工作，组织开展巾帼家政培训12期，培训农村妇女860人次，帮助320名妇女实现就业。全县创建巾帼文明岗15个，评选最美家庭200户。',
    '市总工会深入开展送温暖活动，走访慰问困难职工1800户，发放慰问金和物资共计420万元；为3.6万名一线职工办理互助保障。',
    '五年来，团省委实施希望工程圆梦行动，累计募集资金1.2亿元，资助家庭困难大学新生2.3万名，新建希望小学18所。',
    '区残联为全区残疾人提供康复服务，完成残疾儿童康复救助260人，适配辅助器具1500余件，发放两项补贴资金980万元。',
  ];
  const edited = (t: string) => t.replace(/。/, '，得到社会各界广泛好评。');
  // originals, verbatim copies (a crawl fetching a page again), edited and trimmed copies, again verbatim
  const texts = [...base, base[0], edited(base[1]), base[2].slice(0, 40), base[1], edited(base[1]), base[3], base[0], edited(base[1])];

  it('finds the same first occurrences as comparing with every earlier article', () => {
    const sigs = texts.map(articleSignature);
    const ix = new DedupeIndex();
    const got = sigs.map((s, i) => ix.add({ doc: `d${i}`, article: 0 }, s));
    expect(got.map((r) => (r ? Number(r.doc.slice(1)) : null))).toEqual(reference(sigs));
  });

  it('keeps no signature for a verbatim repost', () => {
    const ix = new DedupeIndex();
    for (const [i, t] of base.entries()) ix.add({ doc: `a${i}`, article: 0 }, articleSignature(t));
    const stored = ix.stored;
    for (let round = 0; round < 3; round++) {
      for (const [i, t] of base.entries()) expect(ix.add({ doc: `r${round}-${i}`, article: 0 }, articleSignature(t))).toEqual({ doc: `a${i}`, article: 0 });
    }
    expect(ix.stored).toBe(stored);
    expect(ix.duplicates).toBe(3 * base.length);
    // an edited copy is kept: a later article may be a repost of it and not of the original
    ix.add({ doc: 'e', article: 0 }, articleSignature(edited(base[1])));
    expect(ix.stored).toBe(stored + 1);
  });
});

describe('worker pool', () => {
  it('frees the port of every page a worker has finished', async () => {
    const { Piscina } = await import('piscina');
    const pool = new Piscina({ filename: path.join(__dirname, 'port-worker.mjs'), ...poolOptions(1) });
    let last = { made: 0, freed: 0 };
    try {
      for (let i = 0; i < 120; i++) {
        const { port1, port2 } = new MessageChannel();
        const done = new Promise<void>((resolve) => port1.once('message', () => resolve()));
        last = await pool.run({ port: port2 }, { transferList: [port2] });
        await done;
        port1.close();
      }
    } finally {
      await pool.destroy();
    }
    expect(last.made).toBe(120);
    // many pages' ports (finalizers run late on a busy machine: 58 to 119 of 120 seen, 58 with the
    // test suite running beside a clean install); with the worker waiting in Atomics.wait none is
    // ever freed, so a quarter tells the two apart with room to spare
    expect(last.freed).toBeGreaterThan(30);
  });
});

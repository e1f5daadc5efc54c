import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runBatch, type Outcome } from '../src/batch/engine.js';
import type { ReadItem } from '../src/stages/read.js';

// Determinism and order of the batch engine: the worker pool must not change a byte.

let tmp: string;
let dump: string;

function zhclaims(args: string[]) {
  const r = spawnSync(process.execPath, ['bin/zhclaims.js', ...args], { encoding: 'utf8', maxBuffer: 1 << 28 });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

beforeAll(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'zhclaims-batch-'));
  // A dump whose ids run against their sorted order, mixing text and HTML records.
  const seeds = fs.readdirSync('fixtures/seeds').sort();
  const lines: string[] = [];
  for (let i = 0; i < 30; i++) {
    const f = seeds[i % seeds.length];
    const text = fs.readFileSync(path.join('fixtures/seeds', f), 'utf8');
    const paras = text.split('\n').filter((l) => l.trim());
    const body = paras.slice(i % 3).join('\n');
    const rec = i % 2 ? { id: `z${30 - i}`, html: `<html><body><article>${body.split('\n').map((p) => `<p>${p}</p>`).join('')}</article></body></html>` } : { id: `z${30 - i}`, text: body };
    lines.push(JSON.stringify(rec));
  }
  dump = path.join(tmp, 'dump.jsonl');
  fs.writeFileSync(dump, lines.join('\n') + '\n');
});
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

describe('-j 1 and -j 4 give byte-identical output', () => {
  const inputs = () => ['fixtures/seeds', 'fixtures/html', dump];
  for (const [cmd, format] of [['extract', 'jsonl'], ['extract', 'csv'], ['articles', 'jsonl']] as const) {
    it(`${cmd} -f ${format}`, () => {
      const one = zhclaims([cmd, '-q', '-f', format, '-j', '1', ...inputs()]);
      const four = zhclaims([cmd, '-q', '-f', format, '-j', '4', ...inputs()]);
      expect(one.err).toBe('');
      expect(one.code).toBe(0);
      expect(four.code).toBe(0);
      expect(four.out).toBe(one.out);
      if (cmd === 'articles') expect(one.out.split('\n').length).toBeGreaterThan(60);
    });
  }
});

describe('order', () => {
  it('records follow input order: arguments, then sorted paths in a folder, then lines of a dump', () => {
    const r = zhclaims(['articles', '-q', '-j', '3', dump, 'fixtures/seeds']);
    expect(r.code).toBe(0);
    const docs = [...new Set(r.out.trim().split('\n').map((l) => JSON.parse(l).doc as string))];
    const expected = [...Array.from({ length: 30 }, (_, i) => `z${30 - i}`), ...fs.readdirSync('fixtures/seeds').sort().map((f) => f.replace(/\.txt$/, ''))];
    expect(docs).toEqual(expected);
  });

  it('within a page: article, then span', () => {
    const r = zhclaims(['extract', '-q', 'fixtures/seeds']);
    const recs = r.out.split('\n').filter(Boolean).map((l) => JSON.parse(l));
    for (let i = 1; i < recs.length; i++) {
      const [a, b] = [recs[i - 1], recs[i]];
      if (a.doc !== b.doc) continue;
      expect(a.article * 1e9 + a.span[0]).toBeLessThanOrEqual(b.article * 1e9 + b.span[0]);
    }
  });
});

describe('the engine keeps a bounded window', () => {
  it('never holds more than the window between reading and writing, and emits in order', async () => {
    const text = fs.readFileSync('fixtures/seeds/004_61643169e90de49d.txt', 'utf8').slice(0, 400);
    let pulled = 0;
    let emitted = 0;
    let widest = 0;
    async function* items(): AsyncGenerator<ReadItem> {
      for (let i = 0; i < 40; i++) {
        pulled++;
        if (i === 7) yield { type: 'error', origin: `dump:${i + 1}`, reason: 'invalid JSON line' };
        else yield { type: 'page', page: { id: `p${i}`, origin: `dump:${i + 1}`, text, kind: 'text' }, size: text.length };
      }
    }
    const order: string[] = [];
    await runBatch(items(), { jobs: 1, window: 3, task: { command: 'articles', format: 'jsonl' } }, async (o: Outcome) => {
      if (o.type === 'chunks') return;
      emitted++;
      widest = Math.max(widest, pulled - emitted);
      order.push(o.type === 'page' ? o.result.origin : `error ${o.origin}`);
    });
    expect(widest).toBeLessThanOrEqual(3);
    expect(order).toEqual(Array.from({ length: 40 }, (_, i) => (i === 7 ? `error dump:8` : `dump:${i + 1}`)));
  });

  // -j 2: the main thread runs pages ahead of the head while the head waits for the worker.
  it('with a worker beside the main thread, emits every page once, in order, the same bytes as -j 1', async () => {
    const seeds = fs.readdirSync('fixtures/seeds').filter((f) => f.endsWith('.txt')).map((f) => fs.readFileSync(`fixtures/seeds/${f}`, 'utf8'));
    async function* items(): AsyncGenerator<ReadItem> {
      for (let i = 0; i < 30; i++) {
        const text = seeds[i % seeds.length].slice(0, 300 + 97 * i);
        yield { type: 'page', page: { id: `p${i}`, origin: `dump:${i + 1}`, text, kind: 'text' }, size: text.length };
      }
    }
    const run = async (jobs: number) => {
      const out: string[] = [];
      let pulled = 0;
      await runBatch(
        (async function* () {
          for await (const x of items()) {
            pulled++;
            yield x;
          }
        })(),
        { jobs, window: 6, task: { command: 'extract', format: 'jsonl' } },
        async (o: Outcome) => {
          if (o.type === 'chunks') out.push(...o.chunks);
          if (o.type === 'page') out.push(`page ${o.result.origin} ${o.result.count}`);
          expect(pulled - out.filter((l) => l.startsWith('page ')).length).toBeLessThanOrEqual(6);
        },
      );
      return out;
    };
    const one = await run(1);
    const two = await run(2);
    expect(one.filter((l) => l.startsWith('page ')).map((l) => l.split(' ')[1])).toEqual(Array.from({ length: 30 }, (_, i) => `dump:${i + 1}`));
    const claims = one.filter((l) => l.startsWith('page ')).reduce((sum, l) => sum + Number(l.split(' ')[2]), 0);
    expect(claims).toBeGreaterThan(30);
    expect(two).toEqual(one);
  });
});

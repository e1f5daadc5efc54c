import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { processPage, claimRecords } from '../src/pipeline.js';
import { ClaimRecordSchema } from '../src/output/schema.js';
import { fastClaimCheck, serializeClaim } from '../src/output/write.js';

// The hand-written output check must say what zod says: on every fixture record, and on each
// record with one field broken in each way a bug could break it.

const files = ['fixtures/seeds', 'fixtures/dev/docs', 'fixtures/html'].flatMap((d) =>
  fs.readdirSync(d).sort().filter((f) => /\.(txt|html?)$/.test(f)).map((f) => path.join(d, f)),
);
const records = files.flatMap((f) => claimRecords(processPage({ id: f, origin: f, bytes: fs.readFileSync(f), kind: 'auto' })));

const BAD: unknown[] = [undefined, null, -1, 1.5, Infinity, '', 'x', 'town', 'result', true, [], [1], [1, 2], [-1, 2], {}, { doc: 'd', article: 0 }];

function mutations(r: Record<string, unknown>): unknown[] {
  const out: unknown[] = [];
  for (const k of Object.keys(r)) {
    for (const b of BAD) out.push({ ...r, [k]: b });
    const { [k]: _gone, ...rest } = r;
    out.push(rest);
    const v = r[k];
    if (v && typeof v === 'object' && !Array.isArray(v)) {
      for (const kk of Object.keys(v)) for (const b of BAD) out.push({ ...r, [k]: { ...v, [kk]: b } });
      out.push({ ...r, [k]: { ...v, extra: 1 } });
    }
  }
  out.push({ ...r, extra: 1 });
  return out;
}

describe('the fast output check', () => {
  it('accepts every fixture record, and serializes it as zod-parsed output would', () => {
    expect(records.length).toBeGreaterThan(800);
    for (const r of records) {
      expect(fastClaimCheck(r)).toBe(true);
      expect(serializeClaim(r, 'jsonl')).toBe(JSON.stringify(ClaimRecordSchema.parse(r)) + '\n');
    }
  });

  it('agrees with zod on every one-field mutation of records of each kind', () => {
    const samples = new Map<string, Record<string, unknown>>();
    for (const r of records) {
      const key = `${r.kind} ${r.region === null} ${r.honor === null} ${r.approx}`;
      if (!samples.has(key)) samples.set(key, r as unknown as Record<string, unknown>);
    }
    let n = 0;
    for (const r of samples.values()) {
      for (const m of mutations(r)) {
        expect({ m, fast: fastClaimCheck(m) }).toEqual({ m, fast: ClaimRecordSchema.safeParse(m).success });
        n++;
      }
    }
    expect(n).toBeGreaterThan(2000);
  });

  it('a record it rejects still gets zod’s message', () => {
    expect(() => serializeClaim({ ...records[0], kind: 'weight' }, 'jsonl')).toThrow(/kind/);
  });
});

import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { patchChunks } from '../src/dedupe/patch.js';
import { claimRecords, processPage } from '../src/pipeline.js';
import { serializeClaim } from '../src/output/write.js';

// The ordered writer marks reposts by editing serialized records; the result must be the bytes
// of parsing each record, setting duplicateOf and serializing it again.

const FILE = 'fixtures/seeds/002_54a5f71b6562aaba.txt';

function records() {
  const recs = claimRecords(processPage({ id: 'p', origin: FILE, bytes: fs.readFileSync(FILE), kind: 'auto' }));
  // a title that spells out the keys the edit looks for, inside a string
  recs[0] = { ...recs[0], title: '标题 "article":7, "duplicateOf":null 结束' };
  // and a second article, not a repost
  recs.push({ ...recs[1], article: recs[1].article + 1 });
  return recs;
}

describe('patchChunks', () => {
  for (const format of ['jsonl', 'json'] as const) {
    it(`${format}: duplicateOf set as a parse and re-serialize would; another article's records untouched`, () => {
      const recs = records();
      expect(recs.length).toBeGreaterThan(5);
      const sep = format === 'json' ? ',\n' : '';
      const chunks = [recs.slice(0, 3).map((r) => serializeClaim(r, format)).join(sep), recs.slice(3).map((r) => serializeClaim(r, format)).join(sep)];
      const dups = new Map([[recs[0].article, { doc: 'orig/页面', article: 2 }]]);
      const got = patchChunks(chunks, format, dups, false);
      const want = recs.map((r) => {
        const copy = JSON.parse(serializeClaim(r, 'json'));
        if (dups.has(copy.article)) copy.duplicateOf = dups.get(copy.article);
        return format === 'json' ? JSON.stringify(copy) : JSON.stringify(copy) + '\n';
      });
      expect(got.chunks).toEqual([want.join(sep)]);
      expect(got.count).toBe(recs.length);
      expect(got.chunks[0]).toContain('"duplicateOf":{"doc":"orig/页面","article":2}');
      // the title's text is left as it was
      expect(got.chunks[0]).toContain('\\"duplicateOf\\":null');
      expect(got.chunks[0].trimEnd().endsWith(serializeClaim(recs[recs.length - 1], format).trimEnd())).toBe(true);
    });
  }

  it('--dedupe leaves the duplicate articles out and counts them', () => {
    const recs = records();
    const chunks = [recs.map((r) => serializeClaim(r, 'jsonl')).join('')];
    const got = patchChunks(chunks, 'jsonl', new Map([[recs[0].article, { doc: 'o', article: 0 }]]), true);
    const same = recs.filter((r) => r.article === recs[0].article).length;
    expect(got.dropped).toBe(same);
    expect(got.count).toBe(recs.length - same);
  });
});

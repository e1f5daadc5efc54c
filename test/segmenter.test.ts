import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { processPage, claimRecords } from '../src/pipeline.js';
import { serializeClaim } from '../src/output/write.js';
import { segment, cutWhole, useSegmenter, DEFAULT_SEGMENTER, SEGMENTERS, type SegmenterName } from '../src/stages/segment.js';
import { preparePage } from '../src/pipeline.js';

// The two segmenter engines (jieba-rs, the default, and nodejieba) must give the same claims:
// where they cut a text differently, the claims rules have to be robust to that token boundary.

const DIRS = ['fixtures/seeds', 'fixtures/dev/docs', 'fixtures/html'];
const files = DIRS.flatMap((d) =>
  fs.readdirSync(d).sort().filter((f) => /\.(txt|html?)$/.test(f)).map((f) => path.join(d, f)),
);

function claimsWith(name: SegmenterName): string[][] {
  useSegmenter(name);
  return files.map((f) =>
    claimRecords(processPage({ id: f, origin: f, bytes: fs.readFileSync(f), kind: 'auto' })).map((r) => serializeClaim(r, 'jsonl')),
  );
}

afterAll(() => useSegmenter(DEFAULT_SEGMENTER));

describe('segmenter engines', () => {
  it('jieba-rs is the default', () => {
    expect(DEFAULT_SEGMENTER).toBe('jieba-rs');
    expect(SEGMENTERS).toContain('nodejieba');
  });

  it('give byte-identical claims on seeds, dev and the HTML fixtures', () => {
    const rs = claimsWith('jieba-rs');
    const cpp = claimsWith('nodejieba');
    expect(files.length).toBeGreaterThan(50);
    expect(rs.flat().length).toBeGreaterThan(800);
    for (let i = 0; i < files.length; i++) expect({ file: files[i], claims: rs[i] }).toEqual({ file: files[i], claims: cpp[i] });
  }, 120_000);

  // sentences of our own where the two engines cut differently (拟|为 or 拟为, 我|要 or 我要, 制发|公交卡)
  it.each([
    ['县妇联筹集50万元资金拟为全市30名困难女孩改造居室。'],
    ['实施“音乐之声”我要上学助学项目,为两所小学50名留守儿童发放助学款2万元。'],
    ['县残联制发公交卡4010张,为残疾人免费乘车提供便利。'],
    ['市总工会拟用于帮扶困难职工的资金达120万元。'],
  ])('give the same claims where they cut differently: %s', (text) => {
    const run = (name: SegmenterName) => {
      useSegmenter(name);
      return claimRecords(processPage({ id: 't', origin: 't', text, kind: 'text' })).map((r) => [r.value, r.subject, r.status]);
    };
    const rs = run('jieba-rs');
    expect(rs.length).toBeGreaterThan(0);
    expect(run('nodejieba')).toEqual(rs);
  });

  for (const name of SEGMENTERS) {
    it(`${name} keeps user words whole and gives offsets into the text`, () => {
      useSegmenter(name);
      const text = '镇赉县妇联表彰三八红旗手标兵12名，\n培训农村妇女3.5万余人次。';
      const tokens = segment(text).all();
      const words = tokens.map((t) => t.word);
      expect(words).toContain('三八红旗手标兵');
      expect(words).toContain('镇赉县');
      for (const t of tokens) expect(text.slice(t.start, t.end)).toBe(t.word);
      expect(tokens.map((t) => t.word).join('')).toBe(text);
    });
  }

  for (const name of SEGMENTERS) {
    it(`${name}: words cut clause by clause, as asked for, are those of one cut of the whole text`, () => {
      useSegmenter(name);
      let texts = 0;
      for (const f of files) {
        for (const a of preparePage({ id: f, origin: f, bytes: fs.readFileSync(f), kind: 'auto' }).articles) {
          const whole = cutWhole(a.text);
          expect(segment(a.text).all()).toEqual(whole);
          // asked in an arbitrary order, one position at a time
          const lazy = segment(a.text);
          for (let i = a.text.length - 1; i >= 0; i -= 7) {
            const t = lazy.at(i)!;
            expect(t.start <= i && i < t.end).toBe(true);
            expect(lazy.isWord(t.start, t.end)).toBe(true);
          }
          texts++;
        }
      }
      expect(texts).toBeGreaterThan(50);
    }, 120_000);
  }

  it('answers for any position: the word there, whole words, a separator as a word of its own', () => {
    const text = '全县妇联组织培训农村妇女，建成巾帼示范基地3个。\n争取救助金67.6万元，惠及困难妇女400余人。';
    const tokens = segment(text);
    const at = text.indexOf('67.6');
    expect(tokens.at(at)?.word).toBe('67.6');
    expect(tokens.isWord(text.indexOf('救助金'), text.indexOf('救助金') + 3)).toBe(true);
    expect(tokens.at(text.length)).toBeUndefined();
    expect(tokens.at(-1)).toBeUndefined();
    // a separator is a word of its own
    expect(tokens.at(text.indexOf('，'))).toEqual({ word: '，', start: text.indexOf('，'), end: text.indexOf('，') + 1 });
  });
});

import { describe, expect, it } from 'vitest';
import { ENTRIES_KEPT, nameTable } from '../src/regions/names.js';
import { regionOfText } from '../src/stages/region.js';

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

import { describe, expect, it } from 'vitest';
import { extractFrom } from './extract-helpers.js';

const claimOf = (text: string, needle: string) => extractFrom(text, null).find((c) => text.slice(c.span[0], c.span[1] + 2).includes(needle));

describe('fix7b: counted items written without separators before 受到表彰', () => {
  it.each([
    ['在全国表彰大会上,我省6家单位12名职工9个集体受到表彰。', ['6家', '12名', '9个']],
    ['全县3个村200名妇女受到表彰。', ['3个', '200名']],
    ['本届大会上全市8个单位15名个人受到市委表彰。', ['8个', '15名']],
  ])('%s', (text, needles) => {
    for (const n of needles) {
      const c = claimOf(text, n);
      expect(c?.kind, n).toBe('honor');
      expect(c?.honor?.title ?? null, n).toBeNull();
    }
  });
  it.each([
    // counter-examples: a count that is no item of the praised list; a single praised noun keeps it
    ['全县举办培训3期120名妇女参加,受到表彰。', '3期', 'count'],
    ['全县举办培训3期120名妇女参加,受到表彰。', '120名', 'people'],
  ])('%s: %s → %s', (text, needle, kind) => {
    expect(claimOf(text, needle)?.kind).toBe(kind);
  });
  it('a single counted noun keeps its noun as before', () => {
    expect(claimOf('全市32名职工受到表彰。', '32名')?.honor?.title).toBe('职工');
  });
});

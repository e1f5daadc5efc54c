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

describe('fix7b: organisers counted before 联合/共同 are no honor', () => {
  it.each([
    ['2019年5月至8月,省妇联、省文明办、省总工会等7家单位联合在全省开展寻找“最美家庭”活动。', '7家', 'count'],
    ['市妇联、市文明办等5个部门共同开展“最美家庭”评选。', '5个', 'count'],
    ['团县委、县教育局等4家单位携手举办“优秀志愿者”评选。', '4家', 'count'],
    // counter-example: 联合 inside the praise after 受到
    ['全市12个集体受到市委市政府联合表彰。', '12个', 'honor'],
  ])('%s: %s → %s', (text, needle, kind) => {
    expect(claimOf(text, needle)?.kind).toBe(kind);
  });
});

describe('fix7b: 对 with a scope closed by 中 before the object of 授予', () => {
  it.each([
    ['对“3·15”救治工作中 3个医疗先进集体授予省五一劳动奖状,对4名先进个人授予省五一劳动奖章。', '3个', 'honor', 'provincial'],
    ['对抗洪抢险工作中5名先进个人授予市五一劳动奖章。', '5名', 'honor', 'municipal'],
    // counter-example: 对…中 without a title conferred
    ['对去年工作中12个村进行了走访。', '12个', 'count', null],
  ])('%s: %s → %s', (text, needle, kind, level) => {
    const c = claimOf(text, needle);
    expect(c?.kind).toBe(kind);
    expect(c?.honor?.level ?? null).toBe(level);
  });
});

describe('fix7b: a bare 入选 with no title, level or honor list before is no honor', () => {
  it.each([
    ['经过选拔,共有150人入选,他们将分赴20个县。', '150人', 'people'],
    ['经过严格面试,最终80名大学生入选。', '80名', 'people'],
    // counter-examples: a list or a contest named before in the paragraph
    ['全国最美家庭名单揭晓,我县3户家庭入选。', '3户', 'honor'],
    ['在“最美家庭”评选中,我镇5户家庭入选。', '5户', 'honor'],
  ])('%s: %s → %s', (text, needle, kind) => {
    expect(claimOf(text, needle)?.kind).toBe(kind);
  });
});

describe('fix7b: 获 before a quoted title that ends the clause, uncounted', () => {
  const honors = (text: string) => extractFrom(text, null).filter((c) => c.kind === 'honor' && c.value === null);
  it.each([
    ['其中某某村获河北省第三届“最美家庭集体”,张三家庭等共20户家庭荣获河北省第三届“最美家庭”。', '最美家庭集体', 'provincial'],
    ['王某家庭获全国“五好家庭”。', '五好家庭', 'national'],
  ])('%s → %s', (text, title, level) => {
    const h = honors(text);
    expect(h.map((c) => c.honor?.title)).toEqual([title]);
    expect(h[0].honor?.level).toBe(level);
  });
  it.each([
    // counter-examples: aid or a nomination after the quote
    ['她获“两癌”救助后康复。'],
    ['该村获“最美家庭”提名。'],
    ['王某获“春蕾计划”资助,顺利入学。'],
  ])('%s → none', (text) => {
    expect(honors(text)).toEqual([]);
  });
});

describe('fix7b: holders of titles named by a noun after them confer nothing', () => {
  const uncounted = (text: string) => extractFrom(text, null).filter((c) => c.kind === 'honor' && c.value === null).map((c) => c.honor?.title);
  it.each([
    ['县直妇委会主任,2021年度荣获省、市、县“最美家庭”“五好家庭”代表参加活动。', []],
    ['荣获“十佳巾帼标兵”获得者在会上发言。', []],
    // counter-examples: the title itself names 代表, or no noun follows
    ['他荣获“优秀代表”称号。', ['优秀代表']],
    ['王某家庭荣获省“最美家庭”。', ['最美家庭']],
  ])('%s', (text, want) => {
    expect(uncounted(text)).toEqual(want);
  });
});

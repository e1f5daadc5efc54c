import { describe, expect, it } from 'vitest';
import { extractFrom, region } from './extract-helpers.js';

const county = region('511302', '顺庆区', 'county', '四川省', '南充市', '顺庆区');
const claimOf = (text: string, needle: string) => extractFrom(text, county).find((c) => text.slice(c.span[0], c.span[1] + 2).includes(needle));

describe('fix9: persons described at length before 获…称号 earned one counted honor', () => {
  it.each([
    ['由县妇联推荐的10名勤劳能干、孝老爱亲的妇女获“巾帼能手”荣誉称号。', '10名', '巾帼能手', 'county'],
    ['共有12名事迹突出、服务热情的青年志愿者荣获“优秀志愿者”称号。', '12名', '优秀志愿者', null],
  ])('%s', (text, needle, title, level) => {
    const c = claimOf(text, needle);
    expect(c?.kind).toBe('honor');
    expect(c?.honor?.title).toBe(title);
    expect(c?.honor?.level ?? null).toBe(level);
    // no second, uncounted honor for the same title
    expect(extractFrom(text, county).filter((x) => x.kind === 'honor')).toHaveLength(1);
  });
  it('a 的-clause before a noun that receives no honor stays a count of persons', () => {
    expect(claimOf('20名参加培训的妇女获得了结业证书。', '20名')?.kind).toBe('people');
  });
});

describe('fix9: praise received on the spot', () => {
  it.each([
    ['来自全县各行各业共80名先进个人现场接受了表彰。', '80名', 'county'],
    ['会上,共120名志愿者当场受到表彰。', '120名', null],
  ])('%s', (text, needle, level) => {
    const c = claimOf(text, needle);
    expect(c?.kind).toBe('honor');
    expect(c?.honor?.level ?? null).toBe(level);
    expect(c?.subject).not.toMatch(/来自|当场|现场/);
  });
  it('training received is no honor', () => {
    expect(claimOf('共有300名妇女现场接受了培训。', '300名')?.kind).toBe('people');
  });
});

describe('fix9: examples X等N个T获(body)命名/表彰', () => {
  it('the noun before 获 is the title, the body gives the level', () => {
    const c = claimOf('王某等6个好孩子获市妇联命名。', '6个');
    expect(c?.kind).toBe('honor');
    expect(c?.honor?.title).toBe('好孩子');
    expect(c?.honor?.level).toBe('municipal');
  });
  it('a recipients noun before the praise names no title', () => {
    const c = claimOf('李某等3户家庭受到市妇联表彰。', '3户');
    expect(c?.kind).toBe('honor');
    expect(c?.honor?.title ?? null).toBeNull();
  });
  it('授予X等N名同志 keeps its title', () => {
    expect(claimOf('授予张某等10名同志全国三八红旗手称号。', '10名')?.honor?.title).toBe('三八红旗手');
  });
});

describe('fix9: a list of recipients closed by 等', () => {
  it('drops the 等', () => {
    const h = extractFrom('县医院、县妇幼保健院、县一中等获得全国三八红旗集体称号。', county).find((c) => c.kind === 'honor');
    expect(h?.honor?.recipient).toBe('县医院、县妇幼保健院、县一中');
  });
});


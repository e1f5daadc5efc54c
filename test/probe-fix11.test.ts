import { describe, expect, it } from 'vitest';
import { extractFrom, region } from './extract-helpers.js';

const county = region('511302', '顺庆区', 'county', '四川省', '南充市', '顺庆区');
const province = region('350000', '福建省', 'province', '福建省', null, null);
const claimOf = (text: string, needle: string, r = county) => extractFrom(text, r).find((c) => text.slice(c.span[0], c.span[1] + 2).includes(needle));

describe('fix11: a province\'s official short name opening a title is its level word', () => {
  it.each([
    ['授予某某公司等6家单位“江西公益事业突出贡献奖”。', '6家', '公益事业突出贡献奖'],
    ['评选张某等12人为“云南助学工作十大爱心人物”。', '12人', '助学工作十大爱心人物'],
    ['今年评出“浙江青年岗位能手”80名。', '80名', '青年岗位能手'],
    ['共有15户家庭荣获“内蒙古书香家庭”称号。', '15户', '书香家庭'],
  ])('%s', (text, needle, title) => {
    const c = claimOf(text, needle, province);
    expect(c?.kind).toBe('honor');
    expect(c?.honor?.title).toBe(title);
    expect(c?.honor?.level).toBe('provincial');
  });
  it.each([
    ['10户家庭获得“齐鲁书香家庭”称号。', '10户', '齐鲁书香家庭'],
    ['授予王某等8户家庭“荆楚最美家庭”荣誉称号。', '8户', '荆楚最美家庭'],
  ])('a literary name is no official one and stays: %s', (text, needle, title) => {
    expect(claimOf(text, needle, province)?.honor?.title).toBe(title);
  });
  it('a prefecture whose name begins with a province\'s stays whole', () => {
    const qh = region('632500', '海南藏族自治州', 'city', '青海省', '海南藏族自治州', null);
    expect(claimOf('共有9名同志获得“海南州优秀妇女干部”称号。', '9名', qh)?.honor?.title).not.toMatch(/^州/);
  });
});

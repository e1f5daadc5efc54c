import { describe, expect, it } from 'vitest';
import { extractFrom, region } from './extract-helpers.js';
import type { Claim, Region } from '../src/doc.js';

// Honor kinds, levels and titles as unseen pages write them (hon3 round): sentences of our own,
// each rule in several wordings, with counter-examples that must not change.

const COUNTY = region('341123', '定远县', 'county', '安徽省', '滁州市', '定远县');
const CITY = region('341100', '滁州市', 'city', '安徽省', '滁州市', null);
const PROVINCE = region('340000', '安徽省', 'province', '安徽省', null, null);

const honor = (c: Claim) => [c.kind, c.value, c.honor?.title ?? null, c.honor?.level ?? null];
const withRecipient = (c: Claim) => [...honor(c), c.honor?.recipient ?? null];
const claimsOf = (text: string, r: Region | null = COUNTY, title: string | null = null) => extractFrom(text, r, title);

describe('X等N个单位为Y: 为 links the recipients to the title, it is no part of it', () => {
  it.each([
    ['市妇联授予市一中等12个单位为滁州市三八红旗集体。', CITY, [['honor', 12, '三八红旗集体', 'municipal']]],
    ['命名王某等25名同志为滁州市优秀妇女工作者。', CITY, [['honor', 25, '优秀妇女工作者', 'municipal']]],
    ['表彰县医院等8个单位为县巾帼建功先进集体,李某等20名同志为县巾帼建功标兵。', COUNTY,
      [['honor', 8, '巾帼建功先进集体', 'county'], ['honor', 20, '巾帼建功标兵', 'county']]],
    ['命名刘某家庭等16户家庭为县级“最美家庭”。', COUNTY, [['honor', 16, '最美家庭', 'county']]],
  ])('%s', (s, r, want) => {
    expect(claimsOf(s, r).map(honor)).toEqual(want);
  });
  it.each([
    // no 为: the title follows the noun as before
    ['授予县一中等10个单位“巾帼文明岗”称号。', [['honor', 10, '巾帼文明岗', null]]],
    ['授予张某等10名同志全国三八红旗手称号。', [['honor', 10, '三八红旗手', 'national']]],
    // 为 as a preposition of service is no title link
    ['为200名妇女提供免费体检。', [['people', 200, null, null]]],
  ])('counter-example: %s', (s, want) => {
    expect(claimsOf(s).map(honor)).toEqual(want);
  });
});

describe('授予X等单位/同志/家庭“T”称号: uncounted examples of those honored, one claim per title, no recipient', () => {
  it.each([
    ['市妇联授予市民政局等单位“2022年度滁州市妇女儿童维权先进集体”称号。', CITY,
      [['honor', null, '妇女儿童维权先进集体', 'municipal', null]]],
    ['县妇联还授予张某等同志“县优秀妇联干部”称号;授予李某等家庭“县文明家庭”称号。', COUNTY,
      [['honor', null, '优秀妇联干部', 'county', null], ['honor', null, '文明家庭', 'county', null]]],
    ['授予县供电公司等单位为“巾帼文明示范岗”。', COUNTY, [['honor', null, '巾帼文明示范岗', null, null]]],
  ])('%s', (s, r, want) => {
    expect(claimsOf(s, r).map(withRecipient)).toEqual(want);
  });
  it('after a counted item in the same sentence, it is a claim of its own, not a title added to the count', () => {
    const cs = claimsOf('市妇联授予王某等30人“滁州市三八红旗手”称号;授予市检察院等单位“滁州市巾帼维权岗”称号。', CITY);
    expect(cs.map(withRecipient)).toEqual([
      ['honor', 30, '三八红旗手', 'municipal', null],
      ['honor', null, '巾帼维权岗', 'municipal', null],
    ]);
  });
  it.each([
    // one recipient named: it stays the recipient
    ['授予李某家庭“最美家庭”称号。', [['honor', null, '最美家庭', null, '李某家庭']]],
    // the items before 等 share the title after it
    ['获得市妇联系统宣传、维权等工作先进集体荣誉。', [['honor', null, '工作先进集体', 'municipal', null]]],
  ])('counter-example: %s', (s, want) => {
    expect(claimsOf(s).map(withRecipient)).toEqual(want);
  });
});

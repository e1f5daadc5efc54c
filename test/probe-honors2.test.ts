import { describe, expect, it } from 'vitest';
import { extractFrom, region } from './extract-helpers.js';
import type { Claim, Region } from '../src/doc.js';

// Honor levels, titles and subjects as unseen pages write them (hon2 round): sentences of our own,
// each rule in several wordings, with counter-examples that must not change.

const DANYANG = region('321181', '丹阳市', 'county', '江苏省', '镇江市', '丹阳市');
const JINTAN = region('320413', '金坛区', 'county', '江苏省', '常州市', '金坛区');
const COUNTY = region('341123', '定远县', 'county', '安徽省', '滁州市', '定远县');

const honor = (c: Claim) => [c.kind, c.value, c.honor?.title ?? null, c.honor?.level ?? null];
const claimsOf = (text: string, r: Region | null = COUNTY, title: string | null = null) => extractFrom(text, r, title);

describe('a short place name before 级 is that place’s level (镇江级 → municipal)', () => {
  it.each([
    ['今年新增苏州级巾帼文明岗12个、省级巾帼文明岗3个。', DANYANG, [['honor', 12, '巾帼文明岗', 'municipal'], ['honor', 3, '巾帼文明岗', 'provincial']]],
    ['全区新增常州级“巾帼文明岗”5个。', JINTAN, [['honor', 5, '巾帼文明岗', 'municipal']]],
    ['新增镇江级文明岗7个、全国级文明岗2个。', DANYANG, [['honor', 7, '文明岗', 'municipal'], ['honor', 2, '文明岗', 'national']]],
    ['今年有6个集体被评为郑州级三八红旗集体。', COUNTY, [['honor', 6, '三八红旗集体', 'municipal']]],
  ])('%s', (s, r, want) => {
    expect(claimsOf(s, r).map(honor)).toEqual(want);
  });
  it.each([
    // a grade of a hotel, a level word of its own, and 本州 are no places
    ['建成三星级农家乐12家。', [['count', 12, null, null]]],
    ['表彰州级三八红旗手20名。', [['honor', 20, '三八红旗手', 'municipal']]],
    ['表彰国家级示范岗3个。', [['honor', 3, '示范岗', 'national']]],
  ])('counter-example: %s', (s, want) => {
    expect(claimsOf(s).map(honor)).toEqual(want);
  });
});

describe('新增: a titled, leveled item added was earned; a facility or a member added is a count', () => {
  it.each([
    ['今年新增市级三八红旗手20名、全国巾帼文明岗1个。', [['honor', 20, '三八红旗手', 'municipal'], ['honor', 1, '巾帼文明岗', 'national']]],
    ['全年新增省级巾帼文明岗4个。', [['honor', 4, '巾帼文明岗', 'provincial']]],
    ['新增省级“最美家庭”15户。', [['honor', 15, '最美家庭', 'provincial']]],
  ])('%s', (s, want) => {
    expect(claimsOf(s).map(honor)).toEqual(want);
  });
  it.each([
    ['新增妇女之家12个。', [['count', 12, null, null]]],
    ['新增省级示范基地2个。', [['count', 2, null, null]]],
    ['新增市级巾帼创业就业服务站3个。', [['count', 3, null, null]]],
    ['新增会员300名。', [['people', 300, null, null]]],
    ['培训市级巾帼致富带头人300名。', [['people', 300, null, null]]],
  ])('counter-example: %s', (s, want) => {
    expect(claimsOf(s).map(honor)).toEqual(want);
  });
});

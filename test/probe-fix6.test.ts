import { describe, expect, it } from 'vitest';
import { extractFrom, region } from './extract-helpers.js';
import type { Claim, Region } from '../src/doc.js';

// Kinds, levels, status and breakdowns as unseen pages write them (fix6 round): sentences of our own,
// each rule in several wordings, with counter-examples that must not change.

const COUNTY = region('341123', '定远县', 'county', '安徽省', '滁州市', '定远县');
const CITY = region('341100', '滁州市', 'city', '安徽省', '滁州市', null);
const PROVINCE = region('340000', '安徽省', 'province', '安徽省', null, null);

const kindOf = (c: Claim) => [c.kind, c.value, c.honor?.level ?? null];
const claimsOf = (text: string, r: Region | null = CITY) => extractFrom(text, r);

describe('a count inside a 是…的榜样 predicate counts those who learn, it is no honor', () => {
  it.each([
    ['累计评选各级最美家庭500户,他们热心公益、孝老爱亲,是全市120万户家庭学习的榜样。',
      [['honor', 500, null], ['count', 1200000, null]]],
    ['共表彰三八红旗手100名,她们是全县20万名妇女学习的榜样。', [['honor', 100, null], ['people', 200000, null]]],
    ['共表彰三八红旗手100名,她们成为全县20万名妇女的楷模。', [['honor', 100, null], ['people', 200000, null]]],
  ])('%s', (s, want) => {
    expect(claimsOf(s).map(kindOf)).toEqual(want);
  });
  it.each([
    // no 是 before the number: an honor named by what it is stays one
    ['全县评出10名身边的榜样。', [['honor', 10, 'county']], COUNTY],
    ['共表彰全市三八红旗手100名。', [['honor', 100, 'municipal']], CITY],
  ])('counter-example: %s', (s, want, r) => {
    expect(claimsOf(s, r).map(kindOf)).toEqual(want);
  });
});

describe('representatives of the honored, counted where no conferring stands in their clause, are no honor', () => {
  it.each([
    ['现场,五户“全国最美家庭”代表分别以家风传承为主题,讲述了家庭故事。', [['count', 5, null]]],
    ['会上,3名全国三八红旗手代表作了发言。', [['people', 3, null]]],
    ['活动中,六位“省级最美家庭”代表分享了各自的家风故事。', [['people', 6, null]]],
  ])('%s', (s, want) => {
    expect(claimsOf(s).map(kindOf)).toEqual(want);
  });
  it.each([
    // the representatives are the ones honored in their own clause
    ['会上,表彰了10名“全国最美家庭”代表。', [['honor', 10, 'national']]],
    // a title with no 代表 after it stays an honor
    ['会上,3名全国三八红旗手作了发言。', [['honor', 3, 'national']]],
  ])('counter-example: %s', (s, want) => {
    expect(claimsOf(s).map(kindOf)).toEqual(want);
  });
});

describe('入选 after honors made known earlier in the paragraph (…揭晓, …名单揭晓): honor at the level of that list', () => {
  it.each([
    ['2023年安徽省最美家庭揭晓,合肥张某家庭,芜湖李某家庭等120个家庭入选。', PROVINCE, [['honor', 120, 'provincial']]],
    ['2023年度滁州市“最美家庭”评选结果揭晓,定远王某家庭等35户家庭入选。', CITY, [['honor', 35, 'municipal']]],
    ['近日,2023年度滁州市最美家庭名单揭晓,我县5户家庭入选。', COUNTY, [['honor', 5, 'municipal']]],
    // a line without its end mark joined to the next: the time word that opens it is no object
    ['2023年安徽省最美家庭揭晓,芜湖李某家庭等120个家庭入选今年,全省各级妇联开展了寻找最美家庭活动。', PROVINCE,
      [['honor', 120, 'provincial']]],
    ['2023年安徽省三八红旗手揭晓,王某等30名同志入选近日,表彰大会在合肥召开。', PROVINCE, [['honor', 30, 'provincial']]],
  ])('%s', (s, r, want) => {
    expect(claimsOf(s, r).map(kindOf)).toEqual(want);
  });
  it.each([
    // a title after 入选 keeps its own level
    ['比赛结果揭晓,我县5户家庭入选今年全国最美家庭。', COUNTY, [['honor', 5, 'national']]],
    // a team is no honor
    ['3名运动员入选国家队。', COUNTY, [['people', 3, null]]],
  ])('counter-example: %s', (s, r, want) => {
    expect(claimsOf(s, r).map(kindOf)).toEqual(want);
  });
});

describe('an uncounted honor whose recipient has a numeral inside its quoted name is still conferred', () => {
  const hon = (c: Claim) => [c.kind, c.value, c.honor?.title ?? null, c.honor?.level ?? null];
  it.each([
    ['组织志愿服务3000余场,“阳光”项目入选全国“十大优秀项目”,“一家亲”志愿服务队获评全国“十佳优秀组织”。',
      [['count', 3000, null, null], ['honor', null, '十大优秀项目', 'national'], ['honor', null, '十佳优秀组织', 'national']]],
    ['“三个一”服务队荣获全省“优秀组织”称号。', [['honor', null, '优秀组织', 'provincial']]],
    ['“一家亲”志愿服务队被评为全国“最佳志愿服务组织”。', [['honor', null, '最佳志愿服务组织', 'national']]],
  ])('%s', (s, want) => {
    expect(claimsOf(s).map(hon)).toEqual(want);
  });
  it.each([
    // an unquoted count in the subject still belongs to a counted claim
    ['3户家庭获评全国“最美家庭”。', [['honor', 3, '最美家庭', 'national']]],
    ['与50余名儿童组成一个大家庭的吴某家庭当选全国“最美家庭”。', [['people', 50, null, null], ['honor', null, '最美家庭', 'national']]],
  ])('counter-example: %s', (s, want) => {
    expect(claimsOf(s).map(hon)).toEqual(want);
  });
});

describe('入选 a list that names its level: an uncounted honor', () => {
  const hon = (c: Claim) => [c.kind, c.value, c.honor?.title ?? null, c.honor?.level ?? null];
  it.each([
    ['五年来,成都入选全国首批建设儿童友好城市名单。', [['honor', null, '建设儿童友好城市名单', 'national']]],
    ['我市入选全国首批家庭教育示范城市名单,获评全国“巾帼文明岗”。',
      [['honor', null, '家庭教育示范城市名单', 'national'], ['honor', null, '巾帼文明岗', 'national']]],
    ['我县入选省级乡村振兴示范县名单。', [['honor', null, '乡村振兴示范县名单', 'provincial']]],
    ['我市入选全国第二批家庭教育示范城市榜单。', [['honor', null, '家庭教育示范城市榜单', 'national']]],
  ])('%s', (s, want) => {
    expect(claimsOf(s).map(hon)).toEqual(want);
  });
  it.each([
    // no level named: a team or a bare list is no honor
    ['张某入选国家队名单。', []],
    ['王某入选名单。', []],
    // a list of candidates or one still to be published
    ['我市入选全国文明城市候选名单。', []],
  ])('counter-example: %s', (s, want) => {
    expect(claimsOf(s).map(hon)).toEqual(want);
  });
});

import { describe, expect, it } from 'vitest';
import { extractFrom, region } from './extract-helpers.js';
import type { Claim, ClaimStatus, Region } from '../src/doc.js';

// Sentences of our own in the genre, written after measuring the tool on a second held-out set
// (北京, 上海, 辽宁, 山西, 宁夏, 海南, 贵州, 广西, 江苏, 福建, 湖北: 妇联, 工会, 共青团, 残联 pages).
// Each rule in several wordings, provinces and levels.

const COUNTY = region('450127', '横县', 'county', '广西壮族自治区', '南宁市', '横县');
const CITY = region('320200', '无锡市', 'city', '江苏省', '无锡市', null);
const BEIJING_DISTRICT = region('110113', '顺义区', 'county', '北京市', '北京市', '顺义区');

function claimsOf(text: string, r: Region | null = COUNTY): Claim[] {
  return extractFrom(text, r);
}

const expr = (text: string, c: Claim) => text.slice(c.span[0], c.span[1]);
const brief = (c: Claim) => [c.kind, c.value, c.unit, c.approx];

describe('首都 names 北京, a province-level city: its titles are provincial', () => {
  it.each([
    ['2017年,韩志霞等20户家庭荣获了“首都最美家庭”称号。', 20, 'provincial'],
    ['全区共有15名职工获得首都劳动奖章。', 15, 'provincial'],
    ['海淀区12个集体被评为首都巾帼文明岗。', 12, 'provincial'],
  ])('%s', (s, value, level) => {
    const c = claimsOf(s, BEIJING_DISTRICT).find((x) => x.value === value);
    expect([c?.kind, c?.honor?.level]).toEqual(['honor', level]);
  });
  it('an uncounted title with 首都 in its quote', () => {
    const [c] = claimsOf('张广林家被评为“首都最美家庭”标兵户。', BEIJING_DISTRICT);
    expect([c.kind, c.honor?.level]).toEqual(['honor', 'provincial']);
  });
});

describe('a series of titled items across commas shares the praise at its end (得到了表彰 too)', () => {
  it.each([
    ['由县妇联主办的揭晓活动上,俞某等50名“最美巾帼奋斗者”,县农商行等20个“最美巾帼奋斗集体”,以及45个“最美家庭”,206个“美丽庭院”得到了表彰。', [50, 20, 45, 206]],
    ['会上,王某等30名“巾帼建功标兵”,县医院等12个“巾帼文明岗”受到表彰。', [30, 12]],
    ['大会上,李某等8名“优秀志愿者”、5个“优秀志愿服务队”得到了表彰。', [8, 5]],
    ['区总工会表彰大会上,10名“最美职工”得到表彰。', [10]],
  ])('%s', (s, values) => {
    const cs = claimsOf(s);
    expect(cs.map((c) => [c.value, c.kind])).toEqual(values.map((v) => [v, 'honor']));
    expect(cs.every((c) => c.honor?.title && !/表彰/.test(c.honor.title))).toBe(true);
  });
  it('a comma series without titles is no praised list', () => {
    const s = '全年培训妇女300人,发放资金20万元,12名妇女受到表彰。';
    expect(claimsOf(s).map((c) => c.kind)).toEqual(['people', 'money', 'honor']);
  });
});

describe('praise that names no title (获得表彰) takes the title and level of the noun after the count', () => {
  it.each([
    ['会上,578位上海市三八红旗手和200个三八红旗集体获得表彰。', 578, '三八红旗手', 'provincial'],
    ['大会上,35名市级巾帼建功标兵获得表彰。', 35, '巾帼建功标兵', 'municipal'],
    ['表彰会上,60户省级文明家庭获得表彰。', 60, '文明家庭', 'provincial'],
  ])('%s', (s, value, title, level) => {
    const c = claimsOf(s, CITY).find((x) => x.value === value)!;
    expect([c.kind, c.honor?.title, c.honor?.level]).toEqual(['honor', title, level]);
  });
  it('a noun that is no title leaves the title empty', () => {
    const [c] = claimsOf('全县有12户家庭获得表彰。');
    expect([c.kind, c.honor?.title]).toEqual(['honor', null]);
  });
});

describe('寻找到/寻找出 a titled count: the families the 寻找最美家庭 campaign found are named so', () => {
  it.each([
    ['区妇联在全区开展寻找活动,寻找到“最美家庭”3900余户。', 3900, '最美家庭'],
    ['全县共寻找出最美家庭120户。', 120, '最美家庭'],
    ['各级妇联累计寻找到“最美家庭”2.1万户。', 21000, '最美家庭'],
  ])('%s', (s, value, title) => {
    const c = claimsOf(s).find((x) => x.value === value)!;
    expect([c.kind, c.honor?.title]).toEqual(['honor', title]);
  });
  it.each([
    ['志愿者寻找到3名走失老人。', 'people'],
    ['共寻找到合作企业20家。', 'count'],
  ])('without a title it stays a count: %s', (s, kind) => {
    expect(claimsOf(s).map((c) => c.kind)).toEqual([kind]);
  });
});

describe('a count inside the 的-clause that describes a recipient leaves the uncounted honor standing', () => {
  it.each([
    ['与50余名智障儿童组成一个大家庭的“爱心妈妈”吴某家庭当选全国“最美家庭”。', 'national'],
    ['长期与30余名留守儿童结对的“爱心妈妈”王某家庭入选省级“最美家庭”。', 'provincial'],
    ['多年资助120名贫困学生完成学业的企业家李某家庭荣获市“最美家庭”称号。', 'municipal'],
  ])('%s', (s, level) => {
    const cs = claimsOf(s);
    expect(cs.map((c) => c.kind)).toEqual(['people', 'honor']);
    expect(cs[1].honor?.level).toBe(level);
  });
  it('a counted recipient still makes a counted honor', () => {
    expect(claimsOf('全县3户家庭当选全国“最美家庭”。').map((c) => [c.kind, c.value])).toEqual([['honor', 3]]);
  });
});

describe('the article’s 妇联 acting in the paragraph confers, also with a place of action before its verb', () => {
  it.each([
    ['区妇联在全区范围内开展了寻找“最美家庭”活动,寻找到“最美家庭”3900余户。', BEIJING_DISTRICT, 'county'],
    ['县妇联在全县开展评选活动,共评选出“五好家庭”80户。', COUNTY, 'county'],
    ['市妇联在全市范围内组织开展寻找活动,寻找出“最美家庭”500户。', CITY, 'municipal'],
  ])('%s', (s, r, level) => {
    const [c] = claimsOf(s, r as Region);
    expect([c.kind, c.honor?.level]).toEqual(['honor', level]);
  });
});

describe('市妇联, 市委 in an article about a county-level city name that city (county level)', () => {
  const DANYANG = region('321181', '丹阳市', 'county', '江苏省', '镇江市', '丹阳市');
  const LINGWU = region('640181', '灵武市', 'county', '宁夏回族自治区', '银川市', '灵武市');
  it.each([
    ['市妇联联合司法局举行家庭法律知识竞赛,决出二等奖2个,三等奖3个。', DANYANG, 2, 'county'],
    ['市妇联召开表彰大会,表彰“最美家庭”45户。', LINGWU, 45, 'county'],
    ['会上,市委、市政府表彰了“三八红旗手”30名。', LINGWU, 30, 'county'],
    // a prefecture-level city keeps its own level
    ['市妇联召开表彰大会,表彰“最美家庭”45户。', CITY, 45, 'municipal'],
  ])('%s', (s, r, value, level) => {
    const c = claimsOf(s, r as Region).find((x) => x.value === value)!;
    expect([c.kind, c.honor?.level]).toEqual(['honor', level]);
  });
  it('a title with a lone 市 keeps its municipal level (市巾帼文明岗)', () => {
    const [c] = claimsOf('县妇联推荐的2个单位被评为市巾帼文明岗。', DANYANG);
    expect(c.honor?.level).toBe('municipal');
  });
});

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

describe('拟分 (拟分三批, 拟分期) opens a plan like 拟', () => {
  it.each([
    ['省妇联拟分三批投入200万元帮扶困难妇女。', '200'],
    ['市总工会拟分两批发放慰问金80万元。', '80'],
    ['团县委拟分期资助贫困学生300名。', '300'],
  ])('%s', (s, figure) => {
    const c = claimsOf(s).find((x) => expr(s, x).startsWith(figure));
    expect(c?.status).toBe('target');
  });
});

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

describe('parts after 其中 count what their total counts', () => {
  const kindsAndLinks = (s: string, r: Region = COUNTY) => {
    const cs = claimsOf(s, r);
    return cs.map((c) => [expr(s, c), c.kind, c.partOf ? expr(s, cs.find((x) => x.span[0] === c.partOf![0])!) : null]);
  };
  it.each([
    // honored totals: titled parts are honors and add up to their total
    ['全区968户家庭榜上有名,其中“和谐家庭标兵”49户、“和谐家庭”121户。', [['968', 'honor', null], ['49', 'honor', '968'], ['121', 'honor', '968']]],
    ['市妇联表彰先进集体和个人300个,其中“巾帼文明岗”40个、“三八红旗集体”60个。', [['300', 'honor', null], ['40', 'honor', '300'], ['60', 'honor', '300']]],
    ['全县共表彰家庭500户,其中“最美家庭”120户,“书香家庭”80户。', [['500', 'honor', null], ['120', 'honor', '500'], ['80', 'honor', '500']]],
    // built totals: parts stay counts although they carry a level
    ['县残联扶建残疾人就业示范基地26个,其中:市级示范基地1个,县级示范项目15个,其他10个。', [['26', 'count', null], ['1', 'count', '26'], ['15', 'count', '26'], ['10', 'count', '26']]],
    ['今年新建妇女之家45个,其中省级示范妇女之家5个。', [['45', 'count', null], ['5', 'count', '45']]],
    ['全市建成巾帼创业基地30个,其中国家级巾帼示范基地2个、省级8个。', [['30', 'count', null], ['2', 'count', '30'], ['8', 'count', '30']]],
  ])('%s', (s, want) => {
    expect(kindsAndLinks(s)).toEqual(want);
  });
  it('a conferring verb after 其中 still makes a part an honor', () => {
    const s = '全县创建巾帼示范村28个,其中6个被评为省级巾帼示范村。';
    const c = claimsOf(s).find((x) => x.value === 6)!;
    expect([c.kind, c.honor?.level]).toEqual(['honor', 'provincial']);
  });
  it('an untitled part of an honored total stays what it counts', () => {
    const s = '共表彰三八红旗手100名,其中农村妇女30名。';
    expect(claimsOf(s).map(brief)).toEqual([['honor', 100, '人', null], ['people', 30, '人', null]]);
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

describe('news that releases a list of planned works (十件民生实事, 办实事项目) plans every figure', () => {
  const T = 'target' as const;
  const R = 'result' as const;
  const statuses = (s: string): [string, ClaimStatus][] => claimsOf(s).map((c) => [expr(s, c), c.status]);
  it.each([
    [
      '省妇联在纪念大会上发布了2025年服务妇女儿童十件民生实事,将用实打实的举措回应妇女关切。\n全省开展家庭教育讲座5000场,覆盖家长100万人次。\n组织巾帼家政培训150期,帮扶困难母亲800名。',
      [['5000', T], ['100万', T], ['150', T], ['800', T]],
    ],
    [
      '市总工会公布今年为职工办实事项目,计划投入资金3000万元。建设户外劳动者驿站60个,为1万名困难职工送去慰问。',
      [['3000万', T], ['60', T], ['1万', T]],
    ],
    [
      '团省委近日印发2024年工作要点,将围绕青年就业开展工作。举办招聘会200场,提供岗位5万个。去年已帮助2万名青年实现就业。',
      [['200', T], ['5万', T], ['2万', R]],
    ],
  ])('%s', (s, want) => {
    expect(statuses(s)).toEqual(want);
  });
  it('a report that the works were done stays a result', () => {
    const s = '县妇联今年的十件民生实事已全部完成。全年培训妇女3000人,建成妇女之家20个。';
    expect(statuses(s)).toEqual([['3000', R], ['20', R]]);
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

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

const SHANGHAI = region('310000', '上海市', 'province', '上海市', null, null);
const GUANGXI = region('450000', '广西壮族自治区', 'province', '广西壮族自治区', null, null);

describe('a headline’s short place name that holds the meeting gives its level (上海举行…大会)', () => {
  it.each([
    ['上海举行纪念三八国际妇女节大会', '会上,8位上海市三八红旗手标兵、300位上海市三八红旗手和120个三八红旗集体获得表彰。', SHANGHAI,
      [['honor', 8, '三八红旗手标兵', 'provincial'], ['honor', 300, '三八红旗手', 'provincial'], ['honor', 120, '三八红旗集体', 'provincial']]],
    ['广西召开自强模范表彰大会', '大会表彰了45个助残先进集体。', GUANGXI, [['honor', 45, '助残先进集体', 'provincial']]],
    ['镇江召开三八红旗手表彰会', '会上,表彰了60名三八红旗手。', DANYANG, [['honor', 60, '三八红旗手', 'municipal']]],
  ])('%s', (title, s, r, want) => {
    expect(claimsOf(s, r, title).map(honor)).toEqual(want);
  });
  it('counter-example: a place that only names the topic holds nothing', () => {
    expect(claimsOf('会上,表彰了60名三八红旗手。', DANYANG, '上海经验在我市推广').map(honor)).toEqual([['honor', 60, '三八红旗手', null]]);
  });
});

describe('as many titles as counted items: each item its title in order, also without 分获', () => {
  it.each([
    ['5名个人和3个集体获得全国三八红旗手和全国三八红旗集体称号。', [['honor', 5, '三八红旗手', 'national'], ['honor', 3, '三八红旗集体', 'national']]],
    ['12户家庭和4名个人荣获省级最美家庭、最美女性称号。', [['honor', 12, '最美家庭', 'provincial'], ['honor', 4, '最美女性', 'provincial']]],
    ['10个集体和20名个人获得全国三八红旗集体、三八红旗手称号。', [['honor', 10, '三八红旗集体', 'national'], ['honor', 20, '三八红旗手', 'national']]],
    ['207个集体和1035名个人分获全国五一劳动奖状、奖章。', [['honor', 207, '五一劳动奖状', 'national'], ['honor', 1035, '五一劳动奖章', 'national']]],
  ])('%s', (s, want) => {
    expect(claimsOf(s).map(honor)).toEqual(want);
  });
  it.each([
    // three items, four titles: the list stays whole on each
    ['全省66户家庭、5个集体、6名个人荣获全国五好家庭、最美家庭、家庭工作先进集体、先进个人荣誉称号。', [
      ['honor', 66, '五好家庭、最美家庭、家庭工作先进集体、先进个人', 'national'],
      ['honor', 5, '五好家庭、最美家庭、家庭工作先进集体、先进个人', 'national'],
      ['honor', 6, '五好家庭、最美家庭、家庭工作先进集体、先进个人', 'national']]],
    ['3户家庭荣获全国五好家庭、最美家庭称号。', [['honor', 3, '五好家庭、最美家庭', 'national']]],
    // the titles in the other order than the items: they do not fit, the list stays whole
    ['10个集体和20名个人获得全国三八红旗手、三八红旗集体称号。', [['honor', 10, '三八红旗手、三八红旗集体', 'national'], ['honor', 20, '三八红旗手、三八红旗集体', 'national']]],
  ])('counter-example: %s', (s, want) => {
    expect(claimsOf(s).map(honor)).toEqual(want);
  });
});

describe('the title ends at the 的 after 称号/殊荣 (获…殊荣的家庭增至6个)', () => {
  it.each([
    ['全市荣获“全国最美家庭”殊荣的家庭增至6个。', [['honor', 6, '最美家庭', 'national']]],
    ['我县获得“全国五好家庭”荣誉称号的家庭增至9户。', [['honor', 9, '五好家庭', 'national']]],
    ['全县荣获省级“巾帼文明岗”称号的单位达到15个。', [['honor', 15, '巾帼文明岗', 'provincial']]],
  ])('%s', (s, want) => {
    expect(claimsOf(s).map(honor)).toEqual(want);
  });
});

describe('受表彰 (受 without 到) is praise of the items before it', () => {
  it.each([
    ['全县共有86户家庭受表彰。', [['honor', 86, null, null]]],
    ['会上,20名优秀妇女干部受表彰。', [['honor', 20, '优秀妇女干部', null]]],
  ])('%s', (s, want) => {
    expect(claimsOf(s).map(honor)).toEqual(want);
  });
  it('counter-example: 受理 is no praise', () => {
    expect(claimsOf('全年受理信访86件。').map(honor)).toEqual([['count', 86, null, null]]);
  });
});

describe('two or three levels named before a title: the number of levels is no part of it', () => {
  it.each([
    ['评选命名市、县两级“五好文明家庭”3000余户。', [['honor', 3000, '五好文明家庭', 'municipal']]],
    ['省、市、县三级“巾帼文明岗”120个。', [['honor', 120, '巾帼文明岗', 'provincial']]],
  ])('%s', (s, want) => {
    expect(claimsOf(s).map(honor)).toEqual(want);
  });
});

const CITY = region('350700', '南平市', 'city', '福建省', '南平市', null);

describe('a level word that names a body itself confers in its paragraph (共青团中央发布表彰决定); 授予X“T”: X’s place is no level', () => {
  it.each([
    ['近日,共青团中央发布年度表彰决定,授予300个团组织全国五四红旗团委称号。我市两个团组织和四名个人荣获表彰。',
      [['honor', 300, '五四红旗团委', 'national'], ['honor', 2, null, 'national'], ['honor', 4, null, 'national']]],
    ['国务院作出决定,对先进集体进行表彰。全市共有3个集体受到表彰。', [['honor', 3, null, 'national']]],
    // a list named without 《》 is issued all the same
    ['共青团中央发布全国五四红旗团委、全国优秀共青团员名单。其中,我市8个集体、12人获得表彰。', [['honor', 8, null, 'national'], ['honor', 12, null, 'national']]],
  ])('%s', (s, want) => {
    expect(claimsOf(s, CITY).map(honor)).toEqual(want);
  });
  it('the recipient named before the quote has a place, not the level', () => {
    expect(claimsOf('团中央授予我市团委“五四红旗团委”称号。全市12名团员受到表彰。', CITY).map(honor)).toEqual([
      ['honor', null, '五四红旗团委', 'national'], ['honor', 12, '团员', 'national']]);
  });
});

describe('the total before a counted honor is no part of its title (劳模累计达300名)', () => {
  it.each([
    ['另有5名职工获评市劳动模范,全区各级劳模累计达300名。', [['honor', 5, '劳动模范', 'municipal'], ['honor', 300, '劳模', null]]],
    ['全县省级以上“最美家庭”累计42户。', [['honor', 42, '最美家庭', 'provincial']]],
    ['获得“全国先进”称号的就有十五个。', [['honor', 15, '先进', 'national']]],
  ])('%s', (s, want) => {
    expect(claimsOf(s).map(honor)).toEqual(want);
  });
});

describe('表彰 of those who earned a title (表彰今年获得…的代表) confers nothing there', () => {
  it.each([
    ['全国总工会召开大会,表彰今年获得全国五一劳动奖章、奖状及工人先锋号代表。'],
    ['大会表彰了荣获全国三八红旗手称号的代表。'],
  ])('%s', (s) => {
    expect(claimsOf(s, CITY).filter((c) => c.kind === 'honor')).toEqual([]);
  });
});

describe('verbs of winning a prize or title: 摘得, 夺得, 捧得, 喜获, 斩获', () => {
  const withRecipient = (c: Claim) => [c.kind, c.value, c.honor?.title ?? null, c.honor?.level ?? null, c.honor?.recipient ?? null];
  it.each([
    ['在全省巾帼创业大赛中摘得金奖2个、银奖3个。', [['honor', 2, '金奖', 'provincial', null], ['honor', 3, '银奖', 'provincial', null]]],
    ['我县代表队在全市技能竞赛中夺得一等奖2项。', [['honor', 2, '一等奖', 'municipal', null]]],
    ['县妇联选送的作品斩获省级优秀奖5个。', [['honor', 5, '优秀奖', 'provincial', null]]],
    ['李某某家庭喜获全国“最美家庭”称号。', [['honor', null, '最美家庭', 'national', '李某某家庭']]],
    ['县实验小学摘得“全国巾帼文明岗”称号。', [['honor', null, '巾帼文明岗', 'national', '县实验小学']]],
  ])('%s', (s, want) => {
    expect(claimsOf(s).map(withRecipient)).toEqual(want);
  });
  it.each([
    ['合作社斩获订单300个。', [['count', 300, null, null, null]]],
  ])('counter-example: %s', (s, want) => {
    expect(claimsOf(s).map(withRecipient)).toEqual(want);
  });
});

import { describe, expect, it } from 'vitest';
import {
  extractFrom, region, honor, DINGYUAN, CHUZHOU, ANHUI, NANPING, HENAN, XINBEI, HENGXIAN, WUXI, SHUNYI, DANYANG, JINTAN, SHANGHAI, GUANGXI, TAIYUAN, NINGXIA, claimsInChuzhou, claimsInDingyuan, claimsInHengxian, honorWithUnit, kindOf, claimNearShunqing,
} from '../extract-helpers.js';
import type { Region } from '../../src/doc.js';

// Honors (spec "Honors"): the level of an honor, from the body that confers it or the place it names.
// Sentences of our own in the genre, each rule in several wordings, with counter-examples that must not change.

describe('入选 after honors made known earlier in the paragraph (…揭晓, …名单揭晓): honor at the level of that list', () => {
  it.each([
    ['2023年安徽省最美家庭揭晓,合肥张某家庭,芜湖李某家庭等120个家庭入选。', ANHUI, [['honor', 120, 'provincial']]],
    ['2023年度滁州市“最美家庭”评选结果揭晓,定远王某家庭等35户家庭入选。', CHUZHOU, [['honor', 35, 'municipal']]],
    ['近日,2023年度滁州市最美家庭名单揭晓,我县5户家庭入选。', DINGYUAN, [['honor', 5, 'municipal']]],
    // a line without its end mark joined to the next: the time word that opens it is no object
    ['2023年安徽省最美家庭揭晓,芜湖李某家庭等120个家庭入选今年,全省各级妇联开展了寻找最美家庭活动。', ANHUI,
      [['honor', 120, 'provincial']]],
    ['2023年安徽省三八红旗手揭晓,王某等30名同志入选近日,表彰大会在合肥召开。', ANHUI, [['honor', 30, 'provincial']]],
  ])('%s', (s, r, want) => {
    expect(claimsInChuzhou(s, r).map(kindOf)).toEqual(want);
  });
  it.each([
    // a title after 入选 keeps its own level
    ['比赛结果揭晓,我县5户家庭入选今年全国最美家庭。', DINGYUAN, [['honor', 5, 'national']]],
    // a team is no honor
    ['3名运动员入选国家队。', DINGYUAN, [['people', 3, null]]],
  ])('counter-example: %s', (s, r, want) => {
    expect(claimsInChuzhou(s, r).map(kindOf)).toEqual(want);
  });
});

describe('入选 a list that names its level: an uncounted honor', () => {
  it.each([
    ['五年来,成都入选全国首批建设儿童友好城市名单。', [['honor', null, '建设儿童友好城市名单', 'national']]],
    ['我市入选全国首批家庭教育示范城市名单,获评全国“巾帼文明岗”。',
      [['honor', null, '家庭教育示范城市名单', 'national'], ['honor', null, '巾帼文明岗', 'national']]],
    ['我县入选省级乡村振兴示范县名单。', [['honor', null, '乡村振兴示范县名单', 'provincial']]],
    ['我市入选全国第二批家庭教育示范城市榜单。', [['honor', null, '家庭教育示范城市榜单', 'national']]],
  ])('%s', (s, want) => {
    expect(claimsInChuzhou(s).map(honor)).toEqual(want);
  });
  it.each([
    // no level named: a team or a bare list is no honor
    ['张某入选国家队名单。', []],
    ['王某入选名单。', []],
    // a list of candidates or one still to be published
    ['我市入选全国文明城市候选名单。', []],
  ])('counter-example: %s', (s, want) => {
    expect(claimsInChuzhou(s).map(honor)).toEqual(want);
  });
});

describe('首都 names 北京, a province-level city: its titles are provincial', () => {
  it.each([
    ['2017年,韩志霞等20户家庭荣获了“首都最美家庭”称号。', 20, 'provincial'],
    ['全区共有15名职工获得首都劳动奖章。', 15, 'provincial'],
    ['海淀区12个集体被评为首都巾帼文明岗。', 12, 'provincial'],
  ])('%s', (s, value, level) => {
    const c = claimsInHengxian(s, SHUNYI).find((x) => x.value === value);
    expect([c?.kind, c?.honor?.level]).toEqual(['honor', level]);
  });
  it('an uncounted title with 首都 in its quote', () => {
    const [c] = claimsInHengxian('张广林家被评为“首都最美家庭”标兵户。', SHUNYI);
    expect([c.kind, c.honor?.level]).toEqual(['honor', 'provincial']);
  });
});

describe('the article’s 妇联 acting in the paragraph confers, also with a place of action before its verb', () => {
  it.each([
    ['区妇联在全区范围内开展了寻找“最美家庭”活动,寻找到“最美家庭”3900余户。', SHUNYI, 'county'],
    ['县妇联在全县开展评选活动,共评选出“五好家庭”80户。', HENGXIAN, 'county'],
    ['市妇联在全市范围内组织开展寻找活动,寻找出“最美家庭”500户。', WUXI, 'municipal'],
  ])('%s', (s, r, level) => {
    const [c] = claimsInHengxian(s, r as Region);
    expect([c.kind, c.honor?.level]).toEqual(['honor', level]);
  });
});

describe('市妇联, 市委 in an article about a county-level city name that city (county level)', () => {
  const LINGWU = region('640181', '灵武市', 'county', '宁夏回族自治区', '银川市', '灵武市');
  it.each([
    ['市妇联联合司法局举行家庭法律知识竞赛,决出二等奖2个,三等奖3个。', DANYANG, 2, 'county'],
    ['市妇联召开表彰大会,表彰“最美家庭”45户。', LINGWU, 45, 'county'],
    ['会上,市委、市政府表彰了“三八红旗手”30名。', LINGWU, 30, 'county'],
    // a prefecture-level city keeps its own level
    ['市妇联召开表彰大会,表彰“最美家庭”45户。', WUXI, 45, 'municipal'],
  ])('%s', (s, r, value, level) => {
    const c = claimsInHengxian(s, r as Region).find((x) => x.value === value)!;
    expect([c.kind, c.honor?.level]).toEqual(['honor', level]);
  });
  it.each([
    ['市妇联命名长安镇卫生院护理部等12个集体为市级“巾帼文明岗”。', 12],
    ['全市评选出市级“最美家庭”150户。', 150],
  ])('市级 in an article about a county-level city is that city\'s level: %s', (s, value) => {
    const c = claimsInHengxian(s, DANYANG).find((x) => x.value === value)!;
    expect([c.kind, c.honor?.level]).toEqual(['honor', 'county']);
  });
  it('counter-example: 市级 in an article about a prefecture-level city is municipal', () => {
    const c = claimsInHengxian('全市评选出市级“最美家庭”150户。', WUXI).find((x) => x.value === 150)!;
    expect(c.honor?.level).toBe('municipal');
  });
  it('a title with a lone 市 keeps its municipal level (市巾帼文明岗)', () => {
    const [c] = claimsInHengxian('县妇联推荐的2个单位被评为市巾帼文明岗。', DANYANG);
    expect(c.honor?.level).toBe('municipal');
  });
});

describe('a town named in a title is read in the article\'s own region', () => {
  const TOWN = region('340123108', '桃花镇', 'town', '安徽省', '合肥市', '肥西县', '桃花镇');
  it.each([
    ['评出桃花镇“五好文明家庭”12户。', [['honor', 12, '户', '五好文明家庭', 'township']]],
    ['表彰桃花镇“最美女性”20名。', [['honor', 20, '人', '最美女性', 'township']]],
  ])('%s', (s, want) => {
    expect(claimsInDingyuan(s, TOWN).map(honorWithUnit)).toEqual(want);
  });
});

describe('bodies and names that give a level', () => {
  it.each([
    ['张某、李某等15户家庭荣获浙江“最美家庭”称号。', null, [['honor', 15, '户', '最美家庭', 'provincial']]],
    ['全县6户家庭获评江西“最美家庭”。', DINGYUAN, [['honor', 6, '户', '最美家庭', 'provincial']]],
    ['8名妇女干部被评为荆门“最美妇联人”。', DINGYUAN, [['honor', 8, '人', '最美妇联人', 'municipal']]],
  ])('a short province or city name before a quoted title: %s', (s, r, want) => {
    expect(claimsInDingyuan(s, r).map(honorWithUnit)).toEqual(want);
  });
  it('an uncounted title after a short province name', () => {
    expect(claimsInDingyuan('王某家庭荣获福建“最美家庭”称号。', NANPING).map((c) => [c.honor?.title, c.honor?.level, c.honor?.recipient])).toEqual([
      ['最美家庭', 'provincial', '王某家庭'],
    ]);
  });
  it('a body and its praise are no title', () => {
    expect(claimsInDingyuan('其中,全县7个集体和个人获全国、省妇联表彰。', DINGYUAN).map(honorWithUnit)).toEqual([['honor', 7, '个', null, 'national']]);
  });
  it('入选…名单: the list is no part of the title', () => {
    expect(claimsInDingyuan('某某医院护理部等9家单位入选全国三八红旗集体名单。', HENAN).map(honorWithUnit)).toEqual([['honor', 9, '家', '三八红旗集体', 'national']]);
  });
  it('the body that reviews the candidates confers', () => {
    const text = '经县妇联、县农业农村局复审,最终确定张某等16个家庭获得“最美农家”称号,李某等9名获得“持家女能手”称号。';
    expect(claimsInDingyuan(text, DINGYUAN).map(honorWithUnit)).toEqual([
      ['honor', 16, '个', '最美农家', 'county'],
      ['honor', 9, '人', '持家女能手', 'county'],
    ]);
  });
  it('a recipient named with a long post and address', () => {
    const [c] = claimsInDingyuan('南平市延平区某某街道某某社区党委书记王某某获得“全国三八红旗手”荣誉称号。', NANPING);
    expect(c.honor?.recipient).toBe('南平市延平区某某街道某某社区党委书记王某某');
  });
});

describe('a lone level word opening a quoted title', () => {
  it.each([
    ['张某荣获“市三八红旗手”称号。', NANPING, [null, '三八红旗手', 'municipal']],
    ['表彰“县优秀妇女干部”15名。', DINGYUAN, [15, '优秀妇女干部', 'county']],
    ['团省委授予8个集体“省五四红旗团委(总支)”称号。', HENAN, [8, '五四红旗团委(总支)', 'provincial']],
  ])('%s', (s, r, want) => {
    expect(claimsInDingyuan(s, r).map((c) => [c.value, c.honor?.title, c.honor?.level])).toEqual([want]);
  });
  it('a word that begins with a level character is no level word', () => {
    expect(claimsInDingyuan('评选“乡村振兴巾帼带头人”15名。', DINGYUAN).map(honorWithUnit)).toEqual([['honor', 15, '人', '乡村振兴巾帼带头人', null]]);
    expect(claimsInDingyuan('开展“市场监管进社区”活动12场。', DINGYUAN).map((c) => c.kind)).toEqual(['count']);
  });
  it('a long aside in brackets after the title is no part of it', () => {
    const cs = claimsInDingyuan('领导小组授予6个集体“全省劳动竞赛模范集体”称号(同时被省总工会授予省五一劳动奖状)。', HENAN);
    expect(cs.map(honorWithUnit)).toEqual([['honor', 6, '个', '劳动竞赛模范集体', 'provincial']]);
  });
});

describe('levels in autonomous regions and banners', () => {
  const NINGXIA = region('640000', '宁夏回族自治区', 'province', '宁夏回族自治区', null, null);
  const GUANGXI = region('450000', '广西壮族自治区', 'province', '广西壮族自治区', null, null);
  const QINGXIU = region('450103', '青秀区', 'county', '广西壮族自治区', '南宁市', '青秀区');
  const BANNER = region('150624', '鄂托克旗', 'county', '内蒙古自治区', '鄂尔多斯市', '鄂托克旗');
  it.each([
    ['5户家庭获评区级“最美家庭”。', NINGXIA, 'provincial'],
    ['区妇联表彰“巾帼建功标兵”40名。', GUANGXI, 'provincial'],
    ['表彰全区三八红旗手80名。', GUANGXI, 'provincial'],
    ['5户家庭获评区级“最美家庭”。', QINGXIU, 'county'],
    ['评选苏木级“最美家庭”25户。', BANNER, 'township'],
    ['评选嘎查级“好媳妇”30名。', BANNER, 'township'],
  ])('%s', (s, r, level) => {
    expect(claimsInDingyuan(s, r).map((c) => c.honor?.level)).toEqual([level]);
  });
});

describe('全省, 全市 before a body name are a scope, not the body', () => {
  it('an item without a level word does not take 全省残联 as the article\'s own body', () => {
    const cs = claimsInDingyuan('本次会议共表彰了20个“残疾人之家”和15名“全省残联系统先进工作者”。', DINGYUAN);
    expect(cs.map((c) => c.honor?.level)).toEqual([null, 'provincial']);
  });
});

describe('X等N个单位 + an unquoted title; the body that decides confers', () => {
  it('the title follows the recipients\' noun, the places of X are addresses', () => {
    const text = '市妇联决定,授予某某县妇联等三个单位宣传工作优秀奖、某某区妇联等五个单位信息工作先进单位奖。';
    expect(claimsInDingyuan(text, NANPING).map(honorWithUnit)).toEqual([
      ['honor', 3, '个', '宣传工作优秀奖', 'municipal'],
      ['honor', 5, '个', '信息工作先进单位奖', 'municipal'],
    ]);
  });
  it('全国妇联决定,授予…', () => {
    expect(claimsInDingyuan('全国妇联决定,授予张某等12人全国巾帼建功标兵称号。', DINGYUAN).map(honorWithUnit)).toEqual([['honor', 12, '人', '巾帼建功标兵', 'national']]);
  });
});

describe('national bodies that confer', () => {
  it.each([
    ['县妇联被国务院妇儿工委评为“实施妇女儿童发展纲要先进集体”。', [null, 'national']],
    ['村党支部被中共中央授予“全国先进基层党组织”称号。', [null, 'national']],
    ['4名同志被人力资源社会保障部、全国妇联评为先进工作者。', [4, 'national']],
  ])('%s', (s, want) => {
    expect(claimsInDingyuan(s, DINGYUAN).map((c) => [c.value, c.honor?.level])).toEqual([want]);
  });
});

describe('joined level words name the highest', () => {
  it.each([
    ['县妇联获得省市级表彰20项。', 'provincial'],
    ['全年获得市县级表彰15项。', 'municipal'],
    ['获得省部级以上表彰6项。', 'provincial'],
  ])('%s', (s, level) => {
    expect(claimsInDingyuan(s, DINGYUAN).map((c) => [c.kind, c.honor?.level])).toEqual([['honor', level]]);
  });
});

describe('市妇联 in the article of a county-level city is that city\'s own body', () => {
  const DANYANG = region('321181', '丹阳市', 'county', '江苏省', '镇江市', '丹阳市');
  it.each([
    ['市妇联联合司法局举办家庭法律知识竞赛,决出一等奖1个、二等奖2个。', DANYANG, [['honor', 1, '个', '一等奖', 'county'], ['honor', 2, '个', '二等奖', 'county']]],
    ['市妇联表彰“五好文明家庭”20户。', DANYANG, [['honor', 20, '户', '五好文明家庭', 'county']]],
    ['市妇联表彰“五好文明家庭”20户。', DINGYUAN, [['honor', 20, '户', '五好文明家庭', 'municipal']]],
    ['获评市巾帼文明岗3个。', DANYANG, [['honor', 3, '个', '巾帼文明岗', 'municipal']]],
  ] as [string, Region, unknown[]][])('%s', (s, r, want) => {
    expect(claimsInDingyuan(s, r).map(honorWithUnit)).toEqual(want);
  });
});

describe('a body that issues the list of the honored confers (下发《…名单》), a 领导小组 is a body', () => {
  it.each([
    ['近日,新北区家庭工作领导小组办公室下发了《2017年“和谐家庭”名单》,全区968户家庭榜上有名,其中“和谐家庭标兵”49户。', XINBEI, [['honor', 968, '户', null, 'county'], ['honor', 49, '户', '和谐家庭标兵', 'county']]],
    ['市妇联公布了《2022年度“最美家庭”名单》,共有120户家庭入选。', NANPING, [['honor', 120, '户', null, 'municipal']]],
  ] as [string, Region, unknown[]][])('%s', (s, r, want) => {
    expect(claimsInDingyuan(s, r).map(honorWithUnit)).toEqual(want);
  });
});

describe('a short place name before 级 is that place’s level (镇江级 → municipal)', () => {
  it.each([
    ['今年新增苏州级巾帼文明岗12个、省级巾帼文明岗3个。', DANYANG, [['honor', 12, '巾帼文明岗', 'municipal'], ['honor', 3, '巾帼文明岗', 'provincial']]],
    ['全区新增常州级“巾帼文明岗”5个。', JINTAN, [['honor', 5, '巾帼文明岗', 'municipal']]],
    ['新增镇江级文明岗7个、全国级文明岗2个。', DANYANG, [['honor', 7, '文明岗', 'municipal'], ['honor', 2, '文明岗', 'national']]],
    ['今年有6个集体被评为郑州级三八红旗集体。', DINGYUAN, [['honor', 6, '三八红旗集体', 'municipal']]],
  ])('%s', (s, r, want) => {
    expect(claimsInDingyuan(s, r).map(honor)).toEqual(want);
  });
  it.each([
    // a grade of a hotel, a level word of its own, and 本州 are no places
    ['建成三星级农家乐12家。', [['count', 12, null, null]]],
    ['表彰州级三八红旗手20名。', [['honor', 20, '三八红旗手', 'municipal']]],
    ['表彰国家级示范岗3个。', [['honor', 3, '示范岗', 'national']]],
  ])('counter-example: %s', (s, want) => {
    expect(claimsInDingyuan(s).map(honor)).toEqual(want);
  });
});

describe('新增: a titled, leveled item added was earned; a facility or a member added is a count', () => {
  it.each([
    ['今年新增市级三八红旗手20名、全国巾帼文明岗1个。', [['honor', 20, '三八红旗手', 'municipal'], ['honor', 1, '巾帼文明岗', 'national']]],
    ['全年新增省级巾帼文明岗4个。', [['honor', 4, '巾帼文明岗', 'provincial']]],
    ['新增省级“最美家庭”15户。', [['honor', 15, '最美家庭', 'provincial']]],
  ])('%s', (s, want) => {
    expect(claimsInDingyuan(s).map(honor)).toEqual(want);
  });
  it.each([
    ['新增妇女之家12个。', [['count', 12, null, null]]],
    ['新增省级示范基地2个。', [['count', 2, null, null]]],
    ['新增市级巾帼创业就业服务站3个。', [['count', 3, null, null]]],
    ['新增会员300名。', [['people', 300, null, null]]],
    ['培训市级巾帼致富带头人300名。', [['people', 300, null, null]]],
  ])('counter-example: %s', (s, want) => {
    expect(claimsInDingyuan(s).map(honor)).toEqual(want);
  });
});

describe('a headline’s short place name that holds the meeting gives its level (上海举行…大会)', () => {
  it.each([
    ['上海举行纪念三八国际妇女节大会', '会上,8位上海市三八红旗手标兵、300位上海市三八红旗手和120个三八红旗集体获得表彰。', SHANGHAI,
      [['honor', 8, '三八红旗手标兵', 'provincial'], ['honor', 300, '三八红旗手', 'provincial'], ['honor', 120, '三八红旗集体', 'provincial']]],
    ['广西召开自强模范表彰大会', '大会表彰了45个助残先进集体。', GUANGXI, [['honor', 45, '助残先进集体', 'provincial']]],
    ['镇江召开三八红旗手表彰会', '会上,表彰了60名三八红旗手。', DANYANG, [['honor', 60, '三八红旗手', 'municipal']]],
  ])('%s', (title, s, r, want) => {
    expect(claimsInDingyuan(s, r, title).map(honor)).toEqual(want);
  });
  it('counter-example: a place that only names the topic holds nothing', () => {
    expect(claimsInDingyuan('会上,表彰了60名三八红旗手。', DANYANG, '上海经验在我市推广').map(honor)).toEqual([['honor', 60, '三八红旗手', null]]);
  });
});

describe('two or three levels named before a title: the number of levels is no part of it', () => {
  it.each([
    ['评选命名市、县两级“五好文明家庭”3000余户。', [['honor', 3000, '五好文明家庭', 'municipal']]],
    ['省、市、县三级“巾帼文明岗”120个。', [['honor', 120, '巾帼文明岗', 'provincial']]],
  ])('%s', (s, want) => {
    expect(claimsInDingyuan(s).map(honor)).toEqual(want);
  });
});

describe('a level word that names a body itself confers in its paragraph (共青团中央发布表彰决定); 授予X“T”: X’s place is no level', () => {
  it.each([
    ['近日,共青团中央发布年度表彰决定,授予300个团组织全国五四红旗团委称号。我市两个团组织和四名个人荣获表彰。',
      [['honor', 300, '五四红旗团委', 'national'], ['honor', 2, null, 'national'], ['honor', 4, null, 'national']]],
    ['国务院作出决定,对先进集体进行表彰。全市共有3个集体受到表彰。', [['honor', 3, null, 'national']]],
    // a list named without 《》 is issued all the same
    ['共青团中央发布全国五四红旗团委、全国优秀共青团员名单。其中,我市8个集体、12人获得表彰。', [['honor', 8, null, 'national'], ['honor', 12, null, 'national']]],
  ])('%s', (s, want) => {
    expect(claimsInDingyuan(s, NANPING).map(honor)).toEqual(want);
  });
  it('the recipient named before the quote has a place, not the level', () => {
    expect(claimsInDingyuan('团中央授予我市团委“五四红旗团委”称号。全市12名团员受到表彰。', NANPING).map(honor)).toEqual([
      ['honor', null, '五四红旗团委', 'national'], ['honor', 12, '团员', 'national']]);
  });
});

describe('榜上有名: the list named earlier in the paragraph gives the level; the next counted item is no title', () => {
  it.each([
    ['近日,2023年度滁州市三八红旗集体和三八红旗手、巾帼建功先进集体和标兵名单揭晓,30个集体和60名个人榜上有名。', CHUZHOU,
      [['honor', 30, null, 'municipal'], ['honor', 60, null, 'municipal']]],
    ['省妇联公布了2023年度全省最美家庭名单。我县12户家庭榜上有名。', DINGYUAN, [['honor', 12, null, 'provincial']]],
    ['全国五好家庭光荣榜近日发布,全省共有25户家庭榜上有名。', ANHUI, [['honor', 25, null, 'national']]],
  ])('%s', (s, r, want) => {
    expect(claimsInDingyuan(s, r).map(honor)).toEqual(want);
  });
  it.each([
    // the title named with the count keeps its level; no list named, no level
    ['5户家庭在全国最美家庭评选中榜上有名。', [['honor', 5, '最美家庭', 'national']]],
    ['全县968户家庭榜上有名。', [['honor', 968, null, null]]],
  ])('counter-example: %s', (s, want) => {
    expect(claimsInDingyuan(s).map(honor)).toEqual(want);
  });
});

describe('获选 confers as 入选 does; a literary province name before the quote is provincial (三晋)', () => {
  it.each([
    ['其中12户家庭获选三晋“最美家庭”。', TAIYUAN, [['honor', 12, '最美家庭', 'provincial']]],
    ['6户家庭获选全国“最美家庭”和五好家庭。', TAIYUAN, [['honor', 6, '最美家庭、五好家庭', 'national']]],
    ['王某家庭获选三晋“最美家庭”。', TAIYUAN, [['honor', null, '最美家庭', 'provincial']]],
    ['5户家庭荣获全国“最美家庭”和“五好家庭”称号。', TAIYUAN, [['honor', 5, '最美家庭、五好家庭', 'national']]],
  ])('%s', (s, r, want) => {
    expect(claimsInDingyuan(s, r).map(honor)).toEqual(want);
  });
  it.each([
    // a team or a post chosen is no honor
    ['3名运动员获选国家队。', [['people', 3, null, null]]],
    ['20名妇女获选村两委委员。', [['people', 20, null, null]]],
  ])('counter-example: %s', (s, want) => {
    expect(claimsInDingyuan(s, TAIYUAN).map(honor)).toEqual(want);
  });
});

describe('an active verb of conferring with no body, paragraphs after the ceremony the article reports, takes its level', () => {
  const lead = '4月30日,宁夏回族自治区庆祝五一国际劳动节颁奖会在银川举行,隆重表彰荣获五一劳动奖状、奖章的先进集体和先进个人。\n';
  it.each([
    [lead + '会议号召全区职工学习先进。\n今年评选表彰的120个“五一”劳动奖中,一线职工占70%。', [['honor', 120, '五一劳动奖', 'provincial']]],
    // a national meeting attended later is not the article's ceremony
    [lead + '会后,领导接见了参加全国五一劳动奖表彰大会的代表。\n相比去年,今年表彰的80个“五一”劳动奖中,女职工占三成。',
      [['honor', 80, '五一劳动奖', 'provincial']]],
  ])('%s', (s, want) => {
    expect(claimsInDingyuan(s, NINGXIA).map(honor).filter((c) => c[0] === 'honor')).toEqual(want);
  });
  it.each([
    // a meeting that is no ceremony of conferring gives no level to a later paragraph's honors
    ['银川市妇女第五次代表大会召开以来,全市妇女奋发有为。\n五年来,培树“美丽庭院”示范户2000户。', [['honor', 2000, '美丽庭院示范户', null]]],
    // with no event at all, nothing changes
    ['今年表彰的60个“五一”劳动奖中,一线职工占七成。', [['honor', 60, '五一劳动奖', null]]],
  ])('counter-example: %s', (s, want) => {
    expect(claimsInDingyuan(s, NINGXIA).map(honor).filter((c) => c[0] === 'honor')).toEqual(want);
  });
});

describe('受到 + a level word + 表彰: the praise of a level, no body named, makes the counted honored at that level', () => {
  it.each([
    ['我县20户家庭受到市级表彰。', [['honor', 20, null, 'municipal']]],
    ['今年有149户家庭受到省级表彰表扬。', [['honor', 149, null, 'provincial']]],
    ['全县有15名个人受到县级以上表彰。', [['honor', 15, null, 'county']]],
    ['12个集体受到省市表彰。', [['honor', 12, null, 'provincial']]],
  ])('%s', (s, want) => {
    expect(claimsInDingyuan(s).map(honor)).toEqual(want);
  });
  it.each([
    ['20户家庭受到关注。', [['count', 20, null, null]]],
    ['120名妇女受到市级培训。', [['people', 120, null, null]]],
    ['30名困难职工受到县总工会慰问。', [['people', 30, null, null]]],
  ])('counter-example: %s', (s, want) => {
    expect(claimsInDingyuan(s).map(honor)).toEqual(want);
  });
});

describe('the article’s own body named by a chain of places is the deepest (定远县炉桥镇妇联 → township)', () => {
  it('a town federation’s year summary', () => {
    const s = '2023年,定远县炉桥镇妇联围绕中心工作,扎实推进家庭建设。\n全年评选出“最美家庭”10户、“五好文明家庭”8户。';
    expect(claimsInDingyuan(s).map(honor)).toEqual([['honor', 10, '最美家庭', 'township'], ['honor', 8, '五好文明家庭', 'township']]);
  });
  it('counter-example: a county federation’s summary stays county', () => {
    const s = '2023年,定远县妇联围绕中心工作,扎实推进家庭建设。\n全年评选出“最美家庭”10户、“五好文明家庭”8户。';
    expect(claimsInDingyuan(s).map(honor)).toEqual([['honor', 10, '最美家庭', 'county'], ['honor', 8, '五好文明家庭', 'county']]);
  });
});

describe('all levels at once, selected titles, medals won and consecutive terms', () => {
  it.each([
    // 各级 / 各层级 name no level, whatever body acts (spec "Honors": 各级 is null)
    ['市妇联累计选树各层级最美家庭948户。', CHUZHOU, [['honor', 948, '最美家庭', null]]],
    ['全市妇联组织共获得各级表彰180余次。', CHUZHOU, [['honor', 180, null, null]]],
    ['全县妇联组织共收到各级表彰奖励60余次。', DINGYUAN, [['honor', 60, null, null]]],
    ['县妇联先后获得各级荣誉称号20余项。', DINGYUAN, [['honor', 20, null, null]]],
    ['全县共有各级巾帼文明岗56个。', DINGYUAN, [['honor', 56, '巾帼文明岗', null]]],
    // 选出 with a title confers (a weak verb: the title or the level makes it an honor)
    ['市妇联选出滁州市“最美家庭”标兵户10户、“最美家庭”113户。', CHUZHOU, [['honor', 10, '最美家庭标兵户', 'municipal'], ['honor', 113, '最美家庭', 'municipal']]],
    ['各村选出妇女代表120名。', DINGYUAN, [['people', 120, null, null]]],
    // medals won at a games are a contest's prizes
    ['我省残疾人运动员勇夺21枚金牌。', ANHUI, [['honor', 21, '金牌', null]]],
  ])('%s', (s, r, want) => {
    expect(claimsInDingyuan(s, r).map(honor)).toEqual(want);
  });

  it('consecutive terms count nothing', () => {
    expect(claimsInDingyuan('奖牌数连续五届位居全国第一。', ANHUI).map(honor)).toEqual([]);
    expect(claimsInDingyuan('县妇联连续3届被评为全国三八红旗集体。', DINGYUAN).map(honor)).toEqual([['honor', null, '三八红旗集体', 'national']]);
  });
});

describe('a bare quoted item after a comma continues a counted list and its level', () => {
  it.each([
    ['评出镇级“五好文明家庭”10户,“平安家庭”10户、“美丽庭院”10户。', [['honor', 10, '五好文明家庭', 'township'], ['honor', 10, '平安家庭', 'township'], ['honor', 10, '美丽庭院', 'township']]],
    ['表彰市级“最美家庭”30户,“文明家庭”20户。', [['honor', 30, '最美家庭', 'municipal'], ['honor', 20, '文明家庭', 'municipal']]],
    // in a list whose items name levels of their own, an item without one has none
    ['获评全国“最美家庭”3户、省级“最美家庭”6户,“好婆婆”“好媳妇”等家庭100余户。', [['honor', 3, '最美家庭', 'national'], ['honor', 6, '最美家庭', 'provincial'], ['honor', 100, '好婆婆、好媳妇', null]]],
    // a new clause of its own is no item of the list
    ['评出市级“最美家庭”30户,另有120户家庭参加了展示活动。', [['honor', 30, '最美家庭', 'municipal'], ['count', 120, null, null]]],
  ])('%s', (s, want) => {
    expect(claimsInDingyuan(s, DINGYUAN).map(honor)).toEqual(want);
  });
});

describe('praise received on the spot reports from the ceremony of the paragraph before', () => {
  const text = '10月30日晚,该县在县文化广场举办表彰颁奖晚会。\n晚会侧记\n    共80名先进人物现场接受了表彰,6名热心公益的女性获“好媳妇”称号。';
  it('the later honor of the paragraph takes the ceremony\'s level', () => {
    expect(claimNearShunqing(text, '6名')?.honor?.level).toBe('county');
  });
  it('without the on-the-spot report the level stays unstated', () => {
    const plain = '10月30日晚,该县在县文化广场举办表彰颁奖晚会。\n晚会侧记\n    今年以来,6名热心公益的女性获“好媳妇”称号。';
    expect(claimNearShunqing(plain, '6名')?.honor?.level ?? null).toBe(null);
  });
});

describe('the author of a directive followed (按照全国妇联…的部署) confers nothing', () => {
  it.each([
    ['县妇联按照全国妇联寻找“最美家庭”活动的部署,开展评选活动,先后涌现出200个先进典型。', 'county'],
    ['县妇联根据全国妇联关于家庭建设的要求,开展评选活动,先后涌现出80个先进典型。', 'county'],
  ])('%s', (s, level) => {
    expect(claimsInDingyuan(s).filter((c) => c.kind === 'honor').map((c) => c.honor?.level)).toEqual([level]);
  });
  it('counter-example: a body that acts itself confers', () => {
    expect(claimsInDingyuan('省妇联开展评选活动,涌现出50户先进家庭典型。').filter((c) => c.kind === 'honor').map((c) => c.honor?.level)).toEqual(['provincial']);
  });
});

describe('获此殊荣: the title quoted before in the paragraph, with its own level; the place before the count is scope', () => {
  it.each([
    ['“全国巾帼文明示范站”全国共设立30个,安徽省仅4个街道获此殊荣。', ANHUI, [['count', 30, null], ['honor', 4, 'national']]],
    ['今年评出“全国最美家庭”,滁州市有3户家庭获此荣誉。', CHUZHOU, [['honor', 3, 'national']]],
    ['省妇联命名“安徽省巾帼示范村”,我县2个村获此称号。', DINGYUAN, [['honor', 2, 'provincial']]],
  ])('%s', (s, r, want) => {
    expect(claimsInChuzhou(s, r).map(kindOf)).toEqual(want);
  });
});

describe('a place that runs a search or selection earlier in the paragraph confers its honors at its level', () => {
  it.each([
    ['从3月1日开始,定远县启动了为期两个月的“寻找最美家庭”活动。经过层层筛选,共有30个家庭获得“最美家庭”称号,王某等5人获“最美家庭之星”称号。',
      DINGYUAN, [['honor', 30, 'county'], ['honor', 5, 'county']]],
    ['今年滁州市开展“文明家庭”评选活动。共有20户家庭获得“文明家庭”称号。', CHUZHOU, [['honor', 20, 'municipal']]],
    ['安徽省组织了“寻找最美巾帼”活动,全省有10名妇女获得“最美巾帼”称号。', ANHUI, [['honor', 10, 'provincial']]],
  ])('%s', (s, r, want) => {
    expect(claimsInChuzhou(s, r).map(kindOf)).toEqual(want);
  });
  it.each([
    // a search run in another paragraph names no level here
    ['定远县启动了“寻找最美家庭”活动。\n今年王某等8户家庭获得“最美家庭”称号。', DINGYUAN, [['honor', 8, null]]],
  ])('counter-example: %s', (s, r, want) => {
    expect(claimsInChuzhou(s, r).map(kindOf)).toEqual(want);
  });
});

describe('items of a 榜上有名 list written title first take the level before their own count', () => {
  it.each([
    ['另有省级劳模2名、盐城市级劳模8名榜上有名。', [[2, 'provincial'], [8, 'municipal']]],
    ['今年又有省级“最美家庭”3户、市级“最美家庭”12户榜上有名。', [[3, 'provincial'], [12, 'municipal']]],
  ])('%s', (s, want) => {
    expect(claimsInHengxian(s, DINGYUAN).map((c) => [c.value, c.honor?.level ?? null])).toEqual(want);
  });
});

describe('a paragraph that names a contest of its own does not take the level of one an earlier paragraph named', () => {
  const page = '团省委工作综述\n青年志愿服务蓬勃发展。在第十二届全国青年志愿服务项目大赛中,河南有9个项目获金奖。\n青年创业就业扎实推进。团省委今年举办的第五届“豫创天下”青年创业大赛共吸引2300余个项目参赛,最终评出金奖10个、银奖20个。';
  it('names its own contest', () => {
    expect(claimsInHengxian(page, HENAN).filter((c) => c.kind === 'honor').map((c) => [c.value, c.honor?.level ?? null])).toEqual([[9, 'national'], [10, 'provincial'], [20, 'provincial']]);
  });
  it('counter-example: 本次大赛 in a later paragraph speaks of the contest named before', () => {
    const later = '团省委工作综述\n在第十二届全国青年志愿服务项目大赛中,河南有9个项目获金奖。\n本次大赛还评出优秀组织奖12个。';
    expect(claimsInHengxian(later, HENAN).filter((c) => c.kind === 'honor').map((c) => [c.value, c.honor?.level ?? null])).toEqual([[9, 'national'], [12, 'national']]);
  });
});

describe('a part that 获评/入选 with no title of its own (其中5户最终获评) takes the title its sentence quoted, with that level', () => {
  it.each([
    ['推荐12户家庭参评岳阳市“最美家庭”,其中5户最终获评。', [['count', 12, null, null], ['honor', 5, '最美家庭', 'municipal']]],
    ['全市推荐20户家庭参评省级“最美家庭”,最终5户入选。', [['count', 20, null, null], ['honor', 5, '最美家庭', 'provincial']]],
  ])('%s', (s, want) => {
    expect(claimsInHengxian(s, DINGYUAN).map(honor)).toEqual(want);
  });
});

describe('prizes won (获, 斩获, 共获 before the prize) take the contest\'s level, not the winners\' place', () => {
  it.each([
    ['在第五届江苏省妇女创新创业大赛中,我市选送的项目获一等奖2个、二等奖5个。', WUXI, [['honor', 2, '一等奖', 'provincial'], ['honor', 5, '二等奖', 'provincial']]],
    ['在第七届“创青春”安徽青年创新创业大赛中,滁州代表队斩获金奖4项、银奖9项。', CHUZHOU, [['honor', 4, '金奖', 'provincial'], ['honor', 9, '银奖', 'provincial']]],
    ['在第三届安徽省职业技能大赛中,我市选手共获金牌3枚。', CHUZHOU, [['honor', 3, '金牌', 'provincial']]],
    ['在全国巾帼家政服务技能大赛中,无锡代表队获银奖2个。', WUXI, [['honor', 2, '银奖', 'national']]],
  ] as [string, Region, unknown[]][])('%s', (s, r, want) => {
    expect(claimsInHengxian(s, r).map(honor)).toEqual(want);
  });

  it.each([
    ['县妇联组队参加市第九届残疾人运动会,获得金牌5枚、银牌3枚。', DINGYUAN, [['honor', 5, '金牌', 'municipal'], ['honor', 3, '银牌', 'municipal']]],
    ['我市选手参加第十届安徽省职业技能大赛,获得一等奖2个。', CHUZHOU, [['honor', 2, '一等奖', 'provincial']]],
    ['县妇联选派选手参加全国巾帼家政技能比赛,荣获二等奖1项。', DINGYUAN, [['honor', 1, '二等奖', 'national']]],
  ] as [string, Region, unknown[]][])('the games a team took part in (参加…运动会,获得…): %s', (s, r, want) => {
    expect(claimsInHengxian(s, r).map(honor)).toEqual(want);
  });

  it.each([
    // an honor of another clause earlier in the sentence does not stand between the prize and its contest
    ['团市委获评先进单位;在第九届中国青年志愿服务项目大赛中,我市获金奖2项、银奖4项。', WUXI, [['honor', null, '先进单位', null], ['honor', 2, '金奖', 'national'], ['honor', 4, '银奖', 'national']]],
    ['市残联荣获中国残联“全国残疾人体育工作先进单位”称号;在省第十一届残运会上夺得金牌7枚、银牌5枚。', CHUZHOU, [['honor', null, '残疾人体育工作先进单位', 'national'], ['honor', 7, '金牌', 'provincial'], ['honor', 5, '银牌', 'provincial']]],
    ['县妇联被评为先进集体;在市第三届巾帼技能竞赛上,我县选手获一等奖1个。', DINGYUAN, [['honor', null, '先进集体', null], ['honor', 1, '一等奖', 'municipal']]],
    // games named by their head (锦标赛, 残运会, 冠军赛)
    ['我省代表团在全国第十一届残运会上获得金牌12枚。', CHUZHOU, [['honor', 12, '金牌', 'national']]],
    ['在2025年全省青少年游泳锦标赛上,市游泳队夺得金牌6枚。', WUXI, [['honor', 6, '金牌', 'provincial']]],
  ] as [string, Region, unknown[]][])('the contest the sentence names before the prize: %s', (s, r, want) => {
    expect(claimsInHengxian(s, r).map(honor)).toEqual(want);
  });

  it.each([
    // the contest between the count and the prize
    ['1个项目在第七届中国青年志愿服务项目大赛中获得金奖。', WUXI, [['honor', 1, '金奖', 'national']]],
    ['我市3个项目在全省巾帼创业大赛中荣获一等奖。', WUXI, [['honor', 3, '一等奖', 'provincial']]],
    ['2名选手在比赛中获得一等奖。', WUXI, [['honor', 2, '一等奖', null]]],
  ] as [string, Region, unknown[]][])('the contest named between the count and the prize: %s', (s, r, want) => {
    expect(claimsInHengxian(s, r).map(honor)).toEqual(want);
  });

  it('a report of games: the medals of the event the lead names (本次比赛) take its level', () => {
    const page = '2026年全国游泳冠军赛12日在杭州落下帷幕。本次比赛共设34个小项。\n东道主浙江队本次比赛共获得奖牌16枚,其中金牌7枚、银牌5枚。';
    expect(claimsInHengxian(page, null).filter((c) => c.kind === 'honor').map(honor)).toEqual([['honor', 16, '奖牌', 'national'], ['honor', 7, '金牌', 'national'], ['honor', 5, '银牌', 'national']]);
  });

  it('counter-example: a contest the city runs itself keeps the city\'s level', () => {
    expect(claimsInHengxian('全市巾帼创业大赛共评出一等奖2个、二等奖4个。', WUXI).map(honor)).toEqual([['honor', 2, '一等奖', 'municipal'], ['honor', 4, '二等奖', 'municipal']]);
  });
});

describe('in a county-level city, the city bodies whose leaders attend the meeting (市委, 市人大, 市政协) are the county level', () => {
  const page = (attend: string) => `丹阳市召开表彰大会\n3月5日上午,丹阳市妇联召开表彰大会。${attend}出席会议。\n会上,共评出最美家庭30户。`;
  it.each(['市委副书记张某,市人大常委会副主任李某', '市政协副主席王某', '市委常委、宣传部部长赵某'])('%s', (attend) => {
    expect(claimsInHengxian(page(attend), DANYANG).map(honor)).toEqual([['honor', 30, '最美家庭', 'county']]);
  });
});

describe('a body in the object of 对/向 is among the praised, it gives the praise no level', () => {
  it.each([
    ['遵义市妇联召开年度总结会。会上,对红花岗区妇联等5个单位进行了通报表扬。', [['honor', 5, null, 'municipal']]],
    ['遵义市妇联召开年度总结会。会上,对表现突出的汇川区团委等3个集体予以通报表扬。', [['honor', 3, null, 'municipal']]],
  ] as [string, unknown[]][])('%s', (s, want) => {
    expect(claimsInHengxian(s, region('520300', '遵义市', 'city', '贵州省', '遵义市', null)).map(honor)).toEqual(want);
  });
});

describe('the counts in brackets that close a roster\'s section heading are honors of the heading\'s level', () => {
  const page = (headA: string, headB: string) =>
    `滁州市妇联通报2024年度获上级表彰情况\n2024年,全市各级妇联组织和广大妇女在各条战线建功立业,经市妇联汇总,全市共有7个集体、12名个人获得国家级、省级荣誉,现将有关情况通报如下。\n\n${headA}\n全国巾帼文明岗:某某医院护理部\n全国三八红旗手:张某、李某\n\n${headB}\n安徽省巾帼文明岗4个,安徽省三八红旗手10名(名单略)。`;
  it.each([
    ['一、国家级表彰(3个集体、2名个人)', '二、省级表彰(4个集体、10名个人)', [[3, 'national'], [2, 'national'], [4, 'provincial'], [10, 'provincial']]],
    ['一、国家级荣誉(3个集体、2名个人)', '二、省级荣誉(4个集体,10名个人)', [[3, 'national'], [2, 'national'], [4, 'provincial'], [10, 'provincial']]],
  ])('%s / %s', (a, b, want) => {
    const got = claimsInHengxian(page(a, b), CHUZHOU).filter((c) => a.includes(c.text) || b.includes(c.text));
    expect(got.map((c) => [c.value, c.honor?.level])).toEqual(want);
  });
  it('a heading with a figure in its words, not a closing bracket of counts, is still no place of statistics', () => {
    const s = '县妇联2024年工作总结\n2024年,县妇联紧紧围绕县委中心工作,团结带领全县妇女建功立业,各项工作取得新成效。\n一、培训妇女3000人次\n全年举办培训班20期。';
    expect(claimsInHengxian(s, DINGYUAN).map((c) => c.value)).toEqual([20]);
  });
});

describe('a titled part of a leveled honor total that names no level of its own is of the total\'s level', () => {
  it.each([
    ['会上通报了获上级表彰情况:全县获评省三八红旗手(集体)7个,其中三八红旗手5名、三八红旗集体2个。', [['honor', 7, '三八红旗手(集体)', 'provincial'], ['honor', 5, '三八红旗手', 'provincial'], ['honor', 2, '三八红旗集体', 'provincial']]],
    ['县妇联召开表彰会。全县共有12户家庭获评省级荣誉,其中“最美家庭”8户、“文明家庭”4户。', [['honor', 12, null, 'provincial'], ['honor', 8, '最美家庭', 'provincial'], ['honor', 4, '文明家庭', 'provincial']]],
  ] as [string, unknown[]][])('%s', (s, want) => {
    expect(claimsInHengxian(s, DINGYUAN).map(honor)).toEqual(want);
  });
  it('counter-example: a part that names its own level keeps it', () => {
    expect(claimsInHengxian('全县获评市级“最美家庭”20户,其中省级“最美家庭”3户。', DINGYUAN).map(honor)).toEqual([['honor', 20, '最美家庭', 'municipal'], ['honor', 3, '最美家庭', 'provincial']]);
  });
});

describe('分别: a list of as many level words as figures gives each figure its own level, in order', () => {
  it.each([
    ['分别有3户、46户家庭荣获全国和青海省“最美家庭”称号。', [['honor', 3, '最美家庭', 'national'], ['honor', 46, '最美家庭', 'provincial']]],
    ['市、县两级最美家庭分别为2100户、9800余户。', [['honor', 2100, '最美家庭', 'municipal'], ['honor', 9800, '最美家庭', 'county']]],
    ['全市分别有5户、12户和30户家庭获评省、市、县级“最美家庭”。', [['honor', 5, '最美家庭', 'provincial'], ['honor', 12, '最美家庭', 'municipal'], ['honor', 30, '最美家庭', 'county']]],
  ] as [string, unknown[]][])('%s', (s, want) => {
    expect(claimsInHengxian(s, WUXI).map(honor)).toEqual(want);
  });
  it('counter-example: items that name their own levels keep them', () => {
    expect(claimsInHengxian('全市评出“最美家庭”150户,其中省级3户、市级12户,分别占2%和8%。', WUXI).filter((c) => c.kind === 'honor').map(honor))
      .toEqual([['honor', 150, '最美家庭', 'municipal'], ['honor', 3, '最美家庭', 'provincial'], ['honor', 12, '最美家庭', 'municipal']]);
  });
});

describe('新疆生产建设兵团 is of the provincial level', () => {
  it.each([
    ['3户家庭获评兵团“最美家庭”。', [['honor', 3, '最美家庭', 'provincial']]],
    ['全师共有5名职工获评兵团级劳动模范。', [['honor', 5, '劳动模范', 'provincial']]],
  ] as [string, unknown[]][])('%s', (s, want) => {
    expect(claimsInHengxian(s, null).map(honor)).toEqual(want);
  });
});

describe('a scope before the praised (全市法院共有…) says where they are; the level the praise names after them is the honor\'s', () => {
  it.each([
    ['一年来,全市法院共有23个集体、56名个人受到省级以上表彰。', [['honor', 23, 'provincial'], ['honor', 56, 'provincial']]],
    ['全县教育系统共有8个集体受到省级表彰。', [['honor', 8, 'provincial']]],
  ] as [string, unknown[]][])('%s', (s, want) => {
    expect(claimsInHengxian(s, WUXI).map((c) => [c.kind, c.value, c.honor?.level ?? null])).toEqual(want);
  });
});

describe('recipients placed before their count under 授予 (授予上海市26名女性“…”称号): the place is where they are', () => {
  it.each([
    ['全国妇联授予上海市26名女性“全国三八红旗手”称号。', [['honor', 26, '三八红旗手', 'national']]],
    ['省妇联授予南平市12户家庭“福建省最美家庭”称号。', [['honor', 12, '最美家庭', 'provincial']]],
    // a title before the count keeps its place as the level
    ['授予上海市三八红旗手26名。', [['honor', 26, '三八红旗手', 'provincial']]],
  ] as [string, unknown[]][])('%s', (s, want) => {
    expect(claimsInHengxian(s, null).map(honor)).toEqual(want);
  });
  it('an untitled part named by place is of its total\'s level (获此殊荣,其中浦东新区32个)', () => {
    const s = '同时,大会为新一届“上海市巾帼文明岗”授牌,全市共有218个集体获此殊荣,其中浦东新区32个、闵行区19个。';
    expect(claimsInHengxian(s, null).map((c) => [c.value, c.honor?.level ?? null])).toEqual([[218, 'provincial'], [32, 'provincial'], [19, 'provincial']]);
  });
});

describe('a prize after the contest named between it and its count, in a sentence whose earlier clause conferred other honors', () => {
  it('获评…,1个项目在第七届中国…大赛中获得金奖', () => {
    const s = '此外,全市共有9个集体、27名个人分别获评省优秀青年志愿服务组织、优秀青年志愿者,1个项目在第七届中国青年志愿服务项目大赛中获得金奖。';
    expect(claimsInHengxian(s, WUXI).map(honor).pop()).toEqual(['honor', 1, '金奖', 'national']);
  });
});

describe('分别: each list of figures takes the levels of its own clause; titles with a level of their own need none', () => {
  const levels = (text: string) => claimsInChuzhou(text).filter((c) => c.kind === 'honor').map((c) => [c.value, c.honor?.level]);
  it.each([
    ['大会通报了我市在全国、省级表彰中获奖的先进典型:我市有3个集体、6名个人分别荣获全国五一劳动奖状、全国五一劳动奖章,28个集体、85名个人分别获得安徽省五一劳动奖状、奖章。',
      [[3, 'national'], [6, 'national'], [28, 'provincial'], [85, 'provincial']]],
    ['在市级表彰中:2户、15户家庭分别获评全国和省级“最美家庭”。', [[2, 'national'], [15, 'provincial']]],
    // counter-example: levels named in an earlier clause, none in the figures' own
    ['全国和安徽省“最美家庭”评选中,我县分别有3户、46户家庭当选。', [[3, 'national'], [46, 'provincial']]],
  ])('%s', (s, want) => {
    expect(levels(s)).toEqual(want);
  });
});

describe('past a semicolon, a clause praised on its own is no part of the 其中 list before it', () => {
  const honors = (text: string) => claimsInChuzhou(text).map((c) => [c.kind, c.value, c.honor?.level ?? null]);
  it.each([
    ['选树各级“最美家庭”3200户,其中省级最美家庭45户、市级最美家庭180户;我市有2个集体、3名个人受到全国妇联表彰。',
      [['honor', 3200, null], ['honor', 45, 'provincial'], ['honor', 180, 'municipal'], ['honor', 2, 'national'], ['honor', 3, 'national']]],
    // counter-example: items of the 其中 list after a semicolon stay parts
    ['全市共有巾帼文明岗120个,其中:国家级3个;省级15个。', [['honor', 120, 'municipal'], ['honor', 3, 'national'], ['honor', 15, 'provincial']]],
  ])('%s', (s, want) => {
    expect(honors(s)).toEqual(want);
  });
});

describe('a prize with no level of its own was won at the games the article’s lead reports', () => {
  const levels = (text: string) => claimsInChuzhou(text).filter((c) => c.kind === 'honor').map((c) => [c.value, c.honor?.title, c.honor?.level]);
  it.each([
    ['9月22日,安徽省第十五届运动会在淮南落下帷幕。\n滁州代表团共获得金牌36枚、银牌41枚。\n田径项目上,滁州队获得金牌8枚。',
      [[36, '金牌', 'provincial'], [41, '银牌', 'provincial'], [8, '金牌', 'provincial']]],
    ['第五届全国职业技能大赛近日在天津闭幕。\n我市选手共获得金牌2枚、银牌3枚。', [[2, '金牌', 'national'], [3, '银牌', 'national']]],
    // counter-examples: a lead that names an event with no level; a selection (评选) is no games
    ['近日,运动会在市体育中心落下帷幕。\n我县代表队获得金牌6枚。', [[6, '金牌', null]]],
    ['全国“最美家庭”评选结果近日揭晓。\n选手们在书法比赛中获得一等奖2个。', [[2, '一等奖', null]]],
  ])('%s', (s, want) => {
    expect(levels(s)).toEqual(want);
  });
});

describe('a rank held among a scope (位居全省, 均列全市第一) counts the places, it confers nothing', () => {
  it.each([
    ['代表团共获得金牌86枚,金牌数和奖牌数均列全省13个设区市第一。', [['honor', 86], ['count', 13]]],
    ['我县共有3个项目获得金奖,综合成绩位居全市12个县区前列。', [['honor', 3], ['count', 12]]],
  ])('%s', (s, want) => {
    expect(claimsInChuzhou(s).map((c) => [c.kind, c.value])).toEqual(want);
  });
});

describe('a town named as 街道 before a title is its level (花木街道“最美家庭” → township)', () => {
  const PUDONG_TOWN = region('310115016', '花木街道', 'town', '上海市', '上海市', '浦东新区', '花木街道');
  it.each([
    ['会议宣读了表彰决定,对2023年度花木街道“最美家庭”30户进行了表彰。', [[30, '最美家庭', 'township']]],
    ['今年街道共有3户家庭获评上海市“最美家庭”。', [[3, '最美家庭', 'provincial']]],
  ])('%s', (s, want) => {
    expect(extractFrom(s, PUDONG_TOWN).filter((c) => c.kind === 'honor').map((c) => [c.value, c.honor?.title, c.honor?.level])).toEqual(want);
  });
});

describe('a verb of conferring that opens its clause acts for the scope its sentence opens with (全市…,评选出…)', () => {
  it.each([
    ['今年全市共征集家风家训作品420件,评选出优秀作品50件。', [[50, 'municipal']]],
    ['全市共推荐候选家庭120户,评选出“最美家庭”30户。', [[30, 'municipal']]],
    // counter-example: a body named in the verb's own clause
    ['全市共推荐候选家庭120户,县妇联评选出“最美家庭”30户。', [[30, 'county']]],
  ])('%s', (s, want) => {
    expect(claimsInChuzhou(s).filter((c) => c.kind === 'honor').map((c) => [c.value, c.honor?.level])).toEqual(want);
  });
});

describe('places before 分别 or 各 say where the honored are; the level is the title’s, and 各 gives each place or level its own count', () => {
  const levels = (s: string) => extractFrom(s, null).filter((c) => c.kind === 'honor').map((c) => [c.value, c.honor?.level]);
  it.each([
    ['雷山县、台江县、榕江县分别有3名、2名、2名妇女获评贵州省三八红旗手。', [[3, 'provincial'], [2, 'provincial'], [2, 'provincial']]],
    ['全市共有8户家庭获评“湖北省最美家庭”,其中枣阳市、宜城市各2户,南漳县、保康县各1户。', [[8, 'provincial'], [2, 'provincial'], [2, 'provincial'], [1, 'provincial'], [1, 'provincial']]],
    // counter-example: levels after the figures pair with them in order
    ['全县分别有3户、46户家庭荣获全国和青海省“最美家庭”称号。', [[3, 'national'], [46, 'provincial']]],
  ])('%s', (s, want) => {
    expect(levels(s)).toEqual(want);
  });
  it('推荐全国、省级…候选户各10户: one count for each level', () => {
    expect(extractFrom('县妇联推荐全国、省级“最美家庭”候选户各10户。', null).map((c) => [c.kind, c.value])).toEqual([['count', 10], ['count', 10]]);
  });
  it('counter-example: 每个乡镇各建1个 is one count per township', () => {
    expect(extractFrom('每个乡镇各建1个儿童之家。', null).map((c) => [c.kind, c.value, c.per])).toEqual([['count', 1, '乡镇']]);
  });
});

describe('an autonomous prefecture’s short name ending in 州 (昌吉州, 黔东南州) before a title is a municipal level', () => {
  it.each([
    ['玛纳斯县总工会被自治区总工会评为“工会送温暖工作先进单位”,县人民医院等3家单位获评昌吉州“模范职工之家”。', [[null, 'provincial'], [3, 'municipal']]],
    ['全县5户家庭被评为黔南州“最美家庭”。', [[5, 'municipal']]],
    // counter-example: a city's short name as before
    ['全县3户家庭被评为苏州“最美家庭”。', [[3, 'municipal']]],
  ])('%s', (s, want) => {
    expect(extractFrom(s, null).filter((c) => c.kind === 'honor').map((c) => [c.value, c.honor?.level])).toEqual(want);
  });
});

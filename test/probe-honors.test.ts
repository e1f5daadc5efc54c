import { describe, expect, it } from 'vitest';
import { extractFrom, region } from './extract-helpers.js';
import type { Claim, Region } from '../src/doc.js';

// Honors as the unseen provinces write them (probe round): sentences of our own, each rule in
// several wordings, levels, bodies and numbers.

const COUNTY = region('341123', '定远县', 'county', '安徽省', '滁州市', '定远县');
const CITY = region('350700', '南平市', 'city', '福建省', '南平市', null);
const PROVINCE = region('410000', '河南省', 'province', '河南省', null, null);
const DISTRICT = region('320411', '新北区', 'county', '江苏省', '常州市', '新北区');

function claimsOf(text: string, r: Region | null = COUNTY, title: string | null = null): Claim[] {
  return extractFrom(text, r, title);
}

const honor = (c: Claim) => [c.kind, c.value, c.unit, c.honor?.title ?? null, c.honor?.level ?? null];

describe('a list of number-first items after one verb: each item its own title', () => {
  it.each([
    [
      '大会表彰了8名全国巾帼建功标兵、120名全国三八红旗手、64个全国三八红旗集体。',
      CITY,
      [['honor', 8, '人', '巾帼建功标兵', 'national'], ['honor', 120, '人', '三八红旗手', 'national'], ['honor', 64, '个', '三八红旗集体', 'national']],
    ],
    [
      '会议表彰了30名“全省自强模范”、18个“全省助残先进集体”、42名“全省助残先进个人”。',
      PROVINCE,
      [['honor', 30, '人', '自强模范', 'provincial'], ['honor', 18, '个', '助残先进集体', 'provincial'], ['honor', 42, '人', '助残先进个人', 'provincial']],
    ],
    [
      '县总工会命名12个县级“工人先锋号”,表彰15名县“五一劳动奖章”获得者、6个县级模范职工之家。',
      COUNTY,
      [['honor', 12, '个', '工人先锋号', 'county'], ['honor', 15, '人', '五一劳动奖章', 'county'], ['honor', 6, '个', '模范职工之家', 'county']],
    ],
  ])('%s', (s, r, want) => {
    expect(claimsOf(s, r).map(honor)).toEqual(want);
  });
  it('a quoted item joined by 和 after a quoted item is number-first too', () => {
    const cs = claimsOf('团市委表彰了20个“五四红旗团委”和35名“优秀共青团干部”。', CITY);
    expect(cs.map(honor)).toEqual([['honor', 20, '个', '五四红旗团委', 'municipal'], ['honor', 35, '人', '优秀共青团干部', 'municipal']]);
  });
  it('an item without a level word takes the level of the body that confers the whole list', () => {
    const text = '5月15日,省残联召开全省助残先进表彰大会。\n大会共表彰了40名“全省自强模范”、20个“残疾人之家”和30名“全省残联系统先进工作者”。';
    expect(claimsOf(text, PROVINCE).map((c) => c.honor?.level)).toEqual(['provincial', 'provincial', 'provincial']);
  });
  it('a title-first list keeps its own reading', () => {
    expect(claimsOf('累计涌现出全国巾帼文明岗3个、省级巾帼文明岗11个。', CITY).map(honor)).toEqual([
      ['honor', 3, '个', '巾帼文明岗', 'national'],
      ['honor', 11, '个', '巾帼文明岗', 'provincial'],
    ]);
  });
});

describe('two counted items joined by 、, each with its own verb', () => {
  it.each([
    ['其中,210个集体荣获全国五一劳动奖状、860个集体荣获全国工人先锋号。', [['honor', 210, '个', '五一劳动奖状', 'national'], ['honor', 860, '个', '工人先锋号', 'national']]],
    ['全县14户家庭获评市级“最美家庭”、6名妇女获评市级“巾帼建功标兵”。', [['honor', 14, '户', '最美家庭', 'municipal'], ['honor', 6, '人', '巾帼建功标兵', 'municipal']]],
    ['9个单位获评省级巾帼文明岗和4个村获评省级美丽乡村示范村。', [['honor', 9, '个', '巾帼文明岗', 'provincial'], ['honor', 4, '个', '美丽乡村示范村', 'provincial']]],
  ])('%s', (s, want) => {
    expect(claimsOf(s, CITY).map(honor)).toEqual(want);
  });
});

describe('授予N个集体/名个人 + title: the noun after the count names the recipients', () => {
  it.each([
    ['市总工会授予30个集体南平市“五一”劳动奖状称号,授予80名个人南平市五一劳动奖章称号。', CITY, [['honor', 30, '个', '五一劳动奖状', 'municipal'], ['honor', 80, '人', '五一劳动奖章', 'municipal']]],
    ['县妇联授予25户家庭“最美家庭”称号。', COUNTY, [['honor', 25, '户', '最美家庭', 'county']]],
    ['团省委授予40个团支部全省“五四红旗团支部”称号。', PROVINCE, [['honor', 40, '个', '五四红旗团支部', 'provincial']]],
    ['县委、县政府命名12个村为“文明村”。', COUNTY, [['honor', 12, '个', '文明村', 'county']]],
  ])('%s', (s, r, want) => {
    expect(claimsOf(s, r).map(honor)).toEqual(want);
  });
  it('a title that begins like a recipient noun stays whole', () => {
    expect(claimsOf('表彰了15个先进集体、36名先进个人。', COUNTY, '定远县妇联工作综述').map(honor)).toEqual([
      ['honor', 15, '个', '先进集体', 'county'],
      ['honor', 36, '人', '先进个人', 'county'],
    ]);
  });
});

describe('titles as written: 获得者, 提名奖, brackets after the classifier', () => {
  it('获得者 names the holders; the title is the medal', () => {
    expect(claimsOf('表彰县“五一劳动奖章”获得者20名。', COUNTY).map(honor)).toEqual([['honor', 20, '人', '五一劳动奖章', 'county']]);
  });
  it.each([
    ['张某、李某等8人获“最美妇联人” 提名奖。', [['honor', 8, '人', '最美妇联人提名奖', null]]],
    ['全市评选出“最美家庭”30户,“最美家庭”提名奖15户。', [['honor', 30, '户', '最美家庭', 'municipal'], ['honor', 15, '户', '最美家庭提名奖', 'municipal']]],
  ])('a 提名奖 is a prize, not a nomination: %s', (s, want) => {
    expect(claimsOf(s, CITY).map(honor)).toEqual(want);
  });
  it('a bracket right after the classifier is no title', () => {
    expect(claimsOf('在全国表彰大会上,我省受表彰23人(个)。', PROVINCE).map(honor)).toEqual([['honor', 23, '人', null, 'national']]);
  });
  it('获评的 and 获得的 modify a noun; they confer nothing there', () => {
    expect(claimsOf('镇妇联向获评的先进个人颁发荣誉证书。', COUNTY)).toEqual([]);
    expect(claimsOf('会后,为获得表彰的家庭代表颁奖。', COUNTY)).toEqual([]);
  });
});

describe('a town named in a title is read in the article\'s own region', () => {
  const TOWN = region('340123108', '桃花镇', 'town', '安徽省', '合肥市', '肥西县', '桃花镇');
  it.each([
    ['评出桃花镇“五好文明家庭”12户。', [['honor', 12, '户', '五好文明家庭', 'township']]],
    ['表彰桃花镇“最美女性”20名。', [['honor', 20, '人', '最美女性', 'township']]],
  ])('%s', (s, want) => {
    expect(claimsOf(s, TOWN).map(honor)).toEqual(want);
  });
});

describe('a ceremony that announces honors is an event', () => {
  it('揭晓仪式 held by 全市 gives the city level', () => {
    const text = '3月7日,全市“最美妇联人”揭晓仪式举行,王某、赵某等12人被评为“最美妇联人”。';
    expect(claimsOf(text, CITY).map(honor)).toEqual([['honor', 12, '人', '最美妇联人', 'municipal']]);
  });
});

describe('a list of X等N名Y items with the praise at its end', () => {
  it('every item shares the praise; each keeps its own level word', () => {
    const text = '3月7日,我区召开纪念“三八”国际妇女节表彰大会。城南小学等8个市巾帼文明岗、王某等5名区优秀妇联干部、东风村妇联等9个基层妇女工作先进集体、李某等15名区“巾帼建功”先进个人受到了大会表彰。';
    expect(claimsOf(text, DISTRICT).map(honor)).toEqual([
      ['honor', 8, '个', '巾帼文明岗', 'municipal'],
      ['honor', 5, '人', '优秀妇联干部', 'county'],
      ['honor', 9, '个', '基层妇女工作先进集体', 'county'],
      ['honor', 15, '人', '巾帼建功先进个人', 'county'],
    ]);
  });
  it.each([
    ['县医院等6个集体、张某等18名个人受到县委、县政府表彰。', [['honor', 6, '个', null, 'county'], ['honor', 18, '人', null, 'county']]],
    ['城关镇妇联等4个县级先进集体、刘某等10名县级优秀妇女干部、赵某等12户县级“最美家庭”受到了会议表彰。', [
      ['honor', 4, '个', '先进集体', 'county'], ['honor', 10, '人', '优秀妇女干部', 'county'], ['honor', 12, '户', '最美家庭', 'county'],
    ]],
  ])('%s', (s, want) => {
    expect(claimsOf(s, COUNTY).map(honor)).toEqual(want);
  });
});

describe('X等N个Y为“T” items after a comma share the 授予 before them', () => {
  it.each([
    ['团省委决定,授予王某等50名个人为“河南青年五四奖章”,某某突击队等20个集体为“河南青年五四奖章集体”。', PROVINCE, [
      ['honor', 50, '人', '青年五四奖章', 'provincial'], ['honor', 20, '个', '青年五四奖章集体', 'provincial'],
    ]],
    ['市妇联授予李某等30名同志“三八红旗手”称号,某某医院护理部等10个集体“三八红旗集体”称号。', CITY, [
      ['honor', 30, '人', '三八红旗手', 'municipal'], ['honor', 10, '个', '三八红旗集体', 'municipal'],
    ]],
  ])('%s', (s, r, want) => {
    expect(claimsOf(s, r).map(honor)).toEqual(want);
  });
});

describe('bodies and names that give a level', () => {
  it.each([
    ['张某、李某等15户家庭荣获浙江“最美家庭”称号。', null, [['honor', 15, '户', '最美家庭', 'provincial']]],
    ['全县6户家庭获评江西“最美家庭”。', COUNTY, [['honor', 6, '户', '最美家庭', 'provincial']]],
    ['8名妇女干部被评为荆门“最美妇联人”。', COUNTY, [['honor', 8, '人', '最美妇联人', 'municipal']]],
  ])('a short province or city name before a quoted title: %s', (s, r, want) => {
    expect(claimsOf(s, r).map(honor)).toEqual(want);
  });
  it('an uncounted title after a short province name', () => {
    expect(claimsOf('王某家庭荣获福建“最美家庭”称号。', CITY).map((c) => [c.honor?.title, c.honor?.level, c.honor?.recipient])).toEqual([
      ['最美家庭', 'provincial', '王某家庭'],
    ]);
  });
  it('a body and its praise are no title', () => {
    expect(claimsOf('其中,全县7个集体和个人获全国、省妇联表彰。', COUNTY).map(honor)).toEqual([['honor', 7, '个', null, 'national']]);
  });
  it('入选…名单: the list is no part of the title', () => {
    expect(claimsOf('某某医院护理部等9家单位入选全国三八红旗集体名单。', PROVINCE).map(honor)).toEqual([['honor', 9, '家', '三八红旗集体', 'national']]);
  });
  it('the body that reviews the candidates confers', () => {
    const text = '经县妇联、县农业农村局复审,最终确定张某等16个家庭获得“最美农家”称号,李某等9名获得“持家女能手”称号。';
    expect(claimsOf(text, COUNTY).map(honor)).toEqual([
      ['honor', 16, '个', '最美农家', 'county'],
      ['honor', 9, '人', '持家女能手', 'county'],
    ]);
  });
  it('a recipient named with a long post and address', () => {
    const [c] = claimsOf('南平市延平区某某街道某某社区党委书记王某某获得“全国三八红旗手”荣誉称号。', CITY);
    expect(c.honor?.recipient).toBe('南平市延平区某某街道某某社区党委书记王某某');
  });
});

describe('lists of uncounted titles after one verb', () => {
  it('a level word at the head of the list is the level of its items', () => {
    expect(claimsOf('县妇联荣获市级“先进妇联组织”、“宣传工作先进单位”称号。', COUNTY).map((c) => [c.honor?.title, c.honor?.level])).toEqual([
      ['先进妇联组织', 'municipal'],
      ['宣传工作先进单位', 'municipal'],
    ]);
    expect(claimsOf('县妇联分别荣获全市妇女工作目标考核一等奖、特等奖。', COUNTY).map((c) => [c.honor?.title, c.honor?.level])).toEqual([
      ['妇女工作目标考核一等奖', 'municipal'],
      ['特等奖', 'municipal'],
    ]);
  });
  it('bare quoted titles after a comma continue the list', () => {
    const cs = claimsOf('近年来,县妇联先后荣获省级“双学双比”先进集体,“巾帼建功”先进集体,“春蕾计划”先进集体。', COUNTY);
    expect(cs.map((c) => [c.honor?.title, c.honor?.level])).toEqual([
      ['双学双比先进集体', 'provincial'],
      ['巾帼建功先进集体', 'provincial'],
      ['春蕾计划先进集体', 'provincial'],
    ]);
  });
  it('a quoted phrase after a comma that is no title ends the list', () => {
    expect(claimsOf('该村荣获“全国文明村”称号,“美丽乡村”建设成效显著。', COUNTY).map((c) => c.honor?.title)).toEqual(['文明村']);
  });
  it('the years a body was honored are no part of its name', () => {
    const [c] = claimsOf('县妇联2021、2022年连续2年被评为全省妇联系统宣传工作先进单位。', COUNTY);
    expect(c.honor?.recipient).toBe('县妇联');
  });
});

describe('praise after the counted recipients', () => {
  it.each([
    ['全县有8个妇女组织和个人获省以上妇联组织表彰。', [['honor', 8, '个', null, 'provincial']]],
    ['20余名妇女组织和个人被市妇联表彰。', [['honor', 20, '人', null, 'municipal']]],
    ['全年共有15个基层组织和个人受到县委、县政府表彰。', [['honor', 15, '个', null, 'county']]],
  ])('%s', (s, want) => {
    expect(claimsOf(s, COUNTY).map(honor)).toEqual(want);
  });
  it('a praise after the item wins over a verb of an earlier clause', () => {
    const cs = claimsOf('全县有6个集体获省级表彰,12名妇女被市妇联表彰。', COUNTY);
    expect(cs.map(honor)).toEqual([['honor', 6, '个', null, 'provincial'], ['honor', 12, '人', '妇女', 'municipal']]);
  });
});

describe('为…颁奖: the items a prize is handed to are honors', () => {
  it('every item of the list, with its own level word', () => {
    const text = '县妇女工作表彰大会召开。与会领导为某某所等6个“巾帼文明岗”、某某村等4个村级“示范妇女之家”、王某等12名“巾帼建功标兵”颁奖。';
    expect(claimsOf(text, COUNTY).map(honor)).toEqual([
      ['honor', 6, '个', '巾帼文明岗', 'county'],
      ['honor', 4, '个', '示范妇女之家', 'township'],
      ['honor', 12, '人', '巾帼建功标兵', 'county'],
    ]);
  });
});

describe('brackets inside a counted honor', () => {
  it.each([
    ['团中央决定授予312名同志(含追授2名)全国优秀共青团员称号。', [['honor', 312, '人', '优秀共青团员', 'national'], ['honor', 2, '人', '优秀共青团员', 'national']]],
    ['授予298人(含追授1人)全国优秀共青团干部称号。', [['honor', 298, '人', '优秀共青团干部', 'national'], ['honor', 1, '人', '优秀共青团干部', 'national']]],
  ])('a part in brackets counts the same honor: %s', (s, want) => {
    expect(claimsOf(s, PROVINCE).map(honor)).toEqual(want);
  });
  it('a 、 inside brackets does not cut the item', () => {
    const cs = claimsOf('团省委授予某某区委等9个县(市、区)团委“全省团建先进县”称号。', PROVINCE);
    expect(cs.map(honor)).toEqual([['honor', 9, '个', '团建先进县', 'provincial']]);
  });
});

describe('more verbs and frames of conferring', () => {
  it('涌现出来的 is one verb', () => {
    expect(claimsOf('大会对竞赛中涌现出来的5个先进单位、9位先进个人进行了表彰。', COUNTY, '定远县总工会劳动竞赛表彰大会').map(honor)).toEqual([
      ['honor', 5, '个', '先进单位', 'county'],
      ['honor', 9, '人', '先进个人', 'county'],
    ]);
  });
  it('prizes set up for a contest are won all the same', () => {
    expect(claimsOf('县总工会举办职工技能比赛,设立一等奖2名、二等奖4名、三等奖8名。', COUNTY).map(honor)).toEqual([
      ['honor', 2, '人', '一等奖', 'county'],
      ['honor', 4, '人', '二等奖', 'county'],
      ['honor', 8, '人', '三等奖', 'county'],
    ]);
    // a facility set up is still a count
    expect(claimsOf('设立妇女儿童维权岗12个。', COUNTY).map((c) => c.kind)).toEqual(['count']);
  });
  it('获评 with its titles named before counts those honored', () => {
    const text = '全国妇联表彰了一批先进集体和个人。其中,我市3个集体、5名个人获评。';
    expect(claimsOf(text, CITY).map(honor)).toEqual([['honor', 3, '个', null, 'national'], ['honor', 5, '人', null, 'national']]);
  });
});

describe('items joined before one verb of receiving', () => {
  it.each([
    ['80名先进个人和40个先进集体荣获市“五一巾帼奖”。', [['honor', 80, '人', '五一巾帼奖', 'municipal'], ['honor', 40, '个', '五一巾帼奖', 'municipal']]],
    // (as many titles as items: each item its own, in order — hon2 round)
    ['全县12户家庭和5名妇女获评省级“最美家庭”“最美女性”。', [['honor', 12, '户', '最美家庭', 'provincial'], ['honor', 5, '人', '最美女性', 'provincial']]],
  ])('%s', (s, want) => {
    expect(claimsOf(s, CITY).map(honor)).toEqual(want);
  });
  it('获奖 before the recipients describes them', () => {
    expect(claimsOf('其中8位获奖个人、3个获奖集体被授予市五一劳动奖章、奖状。', CITY).map(honor)).toEqual([
      ['honor', 8, '人', '五一劳动奖章', 'municipal'],
      ['honor', 3, '个', '五一劳动奖状', 'municipal'],
    ]);
  });
});

describe('counts of honors as written', () => {
  it('the verb of the count is no part of the title', () => {
    expect(claimsOf('三年来县妇联获得“全国先进”称号就有六个之多。', COUNTY).map(honor)).toEqual([['honor', 6, '个', '先进', 'national']]);
  });
  it('a frequency of conferring is a count', () => {
    expect(claimsOf('该奖项每两年表彰一次。', PROVINCE).map((c) => [c.kind, c.value, c.unit])).toEqual([['count', 1, '次']]);
  });
});

describe('入选 and 当选 of a team or a post confer nothing', () => {
  it.each([
    ['今年全省共有6名运动员入选国家队。', 'people'],
    ['大会选举产生执委35名,其中12名代表当选为常委。', 'people'],
  ])('%s', (s, kind) => {
    expect(claimsOf(s, PROVINCE).map((c) => c.kind)).not.toContain('honor');
    expect(claimsOf(s, PROVINCE).map((c) => c.kind)).toContain(kind);
  });
  it.each([
    ['全市4个项目入选省级巾帼创业创新示范项目。', [['honor', 4, '个', '巾帼创业创新示范项目', 'provincial']]],
    ['7户家庭入选全国“最美家庭”榜单。', [['honor', 7, '户', '最美家庭', 'national']]],
  ])('a titled list or a leveled title is still one: %s', (s, want) => {
    expect(claimsOf(s, CITY).map(honor)).toEqual(want);
  });
});

describe('a lone level word opening a quoted title', () => {
  it.each([
    ['张某荣获“市三八红旗手”称号。', CITY, [null, '三八红旗手', 'municipal']],
    ['表彰“县优秀妇女干部”15名。', COUNTY, [15, '优秀妇女干部', 'county']],
    ['团省委授予8个集体“省五四红旗团委(总支)”称号。', PROVINCE, [8, '五四红旗团委(总支)', 'provincial']],
  ])('%s', (s, r, want) => {
    expect(claimsOf(s, r).map((c) => [c.value, c.honor?.title, c.honor?.level])).toEqual([want]);
  });
  it('a word that begins with a level character is no level word', () => {
    expect(claimsOf('评选“乡村振兴巾帼带头人”15名。', COUNTY).map(honor)).toEqual([['honor', 15, '人', '乡村振兴巾帼带头人', null]]);
    expect(claimsOf('开展“市场监管进社区”活动12场。', COUNTY).map((c) => c.kind)).toEqual(['count']);
  });
  it('a long aside in brackets after the title is no part of it', () => {
    const cs = claimsOf('领导小组授予6个集体“全省劳动竞赛模范集体”称号(同时被省总工会授予省五一劳动奖状)。', PROVINCE);
    expect(cs.map(honor)).toEqual([['honor', 6, '个', '劳动竞赛模范集体', 'provincial']]);
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
    expect(claimsOf(s, r).map((c) => c.honor?.level)).toEqual([level]);
  });
});

describe('years and relative clauses around titles', () => {
  it.each([
    ['某某社区党支部书记王某等18人获2021-2022年度省三八红旗手称号。', [['honor', 18, '人', '三八红旗手', 'provincial']]],
    ['某某公司等6个集体获2023年度市三八红旗集体称号。', [['honor', 6, '个', '三八红旗集体', 'municipal']]],
  ])('a span of years before the title: %s', (s, want) => {
    expect(claimsOf(s, CITY).map(honor)).toEqual(want);
  });
  it('为荣获…的个人颁发证书 confers nothing there', () => {
    expect(claimsOf('市妇联为荣获“省三八红旗手”的个人和单位颁发荣誉证书。', CITY)).toEqual([]);
    expect(claimsOf('县妇联为获得市级“最美家庭”的郭某和李某送上鲜花、奖牌和荣誉证书。', COUNTY)).toEqual([]);
  });
  it('…之一 is no part of the title', () => {
    expect(claimsOf('县妇联成为全省受到表彰的35个“三八红旗集体”之一。', COUNTY).map(honor)).toEqual([['honor', 35, '个', '三八红旗集体', 'provincial']]);
  });
});

describe('评为 without 被 after the counted recipients', () => {
  it.each([
    ['全县有9户家庭评为市级“最美家庭”。', [['honor', 9, '户', '最美家庭', 'municipal']]],
    ['王某等3名个人、某某站等2个集体评为省“青年五四奖章”提名奖。', [['honor', 3, '人', '青年五四奖章提名奖', 'provincial'], ['honor', 2, '个', '青年五四奖章提名奖', 'provincial']]],
  ])('%s', (s, want) => {
    expect(claimsOf(s, COUNTY).map(honor)).toEqual(want);
  });
});

describe('全省, 全市 before a body name are a scope, not the body', () => {
  it('an item without a level word does not take 全省残联 as the article\'s own body', () => {
    const cs = claimsOf('本次会议共表彰了20个“残疾人之家”和15名“全省残联系统先进工作者”。', COUNTY);
    expect(cs.map((c) => c.honor?.level)).toEqual([null, 'provincial']);
  });
});

describe('scope words and verbs of work before a counted title', () => {
  it.each([
    ['我市4家单位、27名个人、9个集体受到表彰。', CITY, '全国表彰大会举行', [['honor', 4, '家', null, 'national'], ['honor', 27, '人', null, 'national'], ['honor', 9, '个', null, 'national']]],
    ['全县12户家庭受到省妇联表彰。', COUNTY, null, [['honor', 12, '户', null, 'provincial']]],
  ])('the recipients\' own region is not the level: %s', (s, r, title, want) => {
    expect(claimsOf(s, r, title).map(honor)).toEqual(want);
  });
  it.each([
    ['培训市级巾帼致富带头人300名。', 'people'],
    ['选派省级巾帼建功标兵12名参加培训。', 'people'],
  ])('a verb of work governs the titled item: %s', (s, kind) => {
    expect(claimsOf(s, CITY).map((c) => c.kind)).toEqual([kind]);
  });
});

describe('titles that stand around the count or the quote', () => {
  it('获此殊荣 names no new title', () => {
    const cs = claimsOf('全省共表彰“最美家庭”标兵户10户,我市王某和李某2户家庭获此殊荣。', CITY);
    expect(cs.map(honor)).toEqual([['honor', 10, '户', '最美家庭标兵户', 'provincial'], ['honor', 2, '户', null, 'provincial']]);
  });
  it('the title between the count and 入选', () => {
    expect(claimsOf('涵盖孝老敬亲、绿色环保等主题的60户“最美家庭”入选。', CITY).map(honor)).toEqual([['honor', 60, '户', '最美家庭', null]]);
  });
  it('levels listed before one title belong to it; the highest is the level', () => {
    expect(claimsOf('近年来,我市推选出420个全国级、省级、市级“最美家庭”。', CITY).map(honor)).toEqual([['honor', 420, '个', '最美家庭', 'national']]);
  });
  it('one quote inside a longer title', () => {
    const cs = claimsOf('市妇联获全省寻找“最美家庭”活动优秀组织奖。', CITY);
    expect(cs.map((c) => [c.honor?.title, c.honor?.level])).toEqual([['寻找最美家庭活动优秀组织奖', 'provincial']]);
  });
});

describe('X等N个单位 + an unquoted title; the body that decides confers', () => {
  it('the title follows the recipients\' noun, the places of X are addresses', () => {
    const text = '市妇联决定,授予某某县妇联等三个单位宣传工作优秀奖、某某区妇联等五个单位信息工作先进单位奖。';
    expect(claimsOf(text, CITY).map(honor)).toEqual([
      ['honor', 3, '个', '宣传工作优秀奖', 'municipal'],
      ['honor', 5, '个', '信息工作先进单位奖', 'municipal'],
    ]);
  });
  it('全国妇联决定,授予…', () => {
    expect(claimsOf('全国妇联决定,授予张某等12人全国巾帼建功标兵称号。', COUNTY).map(honor)).toEqual([['honor', 12, '人', '巾帼建功标兵', 'national']]);
  });
});

describe('分获 and 分别荣获: each item its own title, in order', () => {
  it.each([
    ['150个集体和900名个人分获全国五一劳动奖状、奖章。', PROVINCE, [['honor', 150, '个', '五一劳动奖状', 'national'], ['honor', 900, '人', '五一劳动奖章', 'national']]],
    ['全县4个集体、7名个人分别荣获市级巾帼文明岗、巾帼建功标兵称号。', COUNTY, [['honor', 4, '个', '巾帼文明岗', 'municipal'], ['honor', 7, '人', '巾帼建功标兵', 'municipal']]],
    ['6户家庭分别获得省级“最美家庭”“文明家庭”称号。', COUNTY, [['honor', 6, '户', '最美家庭、文明家庭', 'provincial']]],
  ])('%s', (s, r, want) => {
    expect(claimsOf(s, r).map(honor)).toEqual(want);
  });
});

describe('words at the edges of a title', () => {
  it.each([
    ['团县委获评“全省共青团工作先进单位”。', '共青团工作先进单位'],
    ['村委会荣获“共建共享示范单位”称号。', '共建共享示范单位'],
  ])('共 that opens a name stays: %s', (s, title) => {
    expect(claimsOf(s, COUNTY).map((c) => c.honor?.title)).toEqual([title]);
  });
  it('获得者 after the title names the holders', () => {
    expect(claimsOf('市总工会命名表彰市五一劳动奖章获得者180名。', CITY).map(honor)).toEqual([['honor', 180, '人', '五一劳动奖章', 'municipal']]);
  });
});

describe('national bodies that confer', () => {
  it.each([
    ['县妇联被国务院妇儿工委评为“实施妇女儿童发展纲要先进集体”。', [null, 'national']],
    ['村党支部被中共中央授予“全国先进基层党组织”称号。', [null, 'national']],
    ['4名同志被人力资源社会保障部、全国妇联评为先进工作者。', [4, 'national']],
  ])('%s', (s, want) => {
    expect(claimsOf(s, COUNTY).map((c) => [c.value, c.honor?.level])).toEqual([want]);
  });
});

describe('person-times of the honored', () => {
  it('人次 counts the honored, not the honorings', () => {
    expect(claimsOf('全年共有150人次获得各级表彰。', COUNTY).map(honor)).toEqual([['honor', 150, '人次', null, null]]);
    expect(claimsOf('全年共有86人次获得市级以上表彰。', COUNTY).map(honor)).toEqual([['honor', 86, '人次', null, 'municipal']]);
  });
});

describe('generic heads and relative clauses of praise', () => {
  it.each([
    ['受表彰的先进集体和个人共有48个。', [['honor', 48, '个', null, null]]],
    ['全年表彰先进集体和个人72个。', [['honor', 72, '个', null, null]]],
    ['获得“最美家庭”称号的家庭达260户。', [['honor', 260, '户', '最美家庭', null]]],
  ])('%s', (s, want) => {
    expect(claimsOf(s, COUNTY).map(honor)).toEqual(want);
  });
});

describe('more titles as written', () => {
  it('the longest honor suffix after the quote', () => {
    expect(claimsOf('省妇联授予王某等8户家庭“最美家庭”标兵户称号。', PROVINCE).map(honor)).toEqual([['honor', 8, '户', '最美家庭标兵户', 'provincial']]);
  });
  it('a short province name before a quote inside a longer title is the level', () => {
    expect(claimsOf('授予某某市妇联等6个单位福建“最美家庭”活动优秀组织奖。', PROVINCE).map(honor)).toEqual([['honor', 6, '个', '最美家庭活动优秀组织奖', 'provincial']]);
  });
  it('荣获…的N个单位中: the title ends before 的', () => {
    expect(claimsOf('在荣获省五一劳动奖状的18个单位中,企业占11家。', PROVINCE).filter((c) => c.kind === 'honor').map(honor)).toEqual([['honor', 18, '个', '五一劳动奖状', 'provincial']]);
  });
  it('颁发 before a counted title is no part of it', () => {
    expect(claimsOf('全国总工会召开大会,颁发全国五一劳动奖状180个。', PROVINCE).map(honor)).toEqual([['honor', 180, '个', '五一劳动奖状', 'national']]);
  });
  it('表彰了荣获…的先进集体: the honored are the object of the praise', () => {
    expect(claimsOf('大会表彰奖励了荣获自治区五一劳动奖状、奖章的先进集体和先进个人。', PROVINCE)).toEqual([]);
  });
});

describe('recipients of uncounted honors', () => {
  it.each([
    ['王某在全县技能比赛中获得一等奖。', '王某'],
    ['李某家庭在全省评选活动中荣获“最美家庭”称号。', '李某家庭'],
  ])('where it was won is no part of the name: %s', (s, who) => {
    expect(claimsOf(s, COUNTY).map((c) => c.honor?.recipient)).toEqual([who]);
  });
});

describe('titles listed before 等N, candidates, 成功创建', () => {
  it('A、B、C等N户 with nothing after the count: the titles are the list', () => {
    const cs = claimsOf('评选定远县五好家庭、最美家庭、书香家庭等60户,推选市级最美家庭、五好家庭9户。', COUNTY);
    expect(cs.map(honor)).toEqual([
      ['honor', 60, '户', '五好家庭、最美家庭、书香家庭', 'county'],
      ['honor', 9, '户', '最美家庭、五好家庭', 'municipal'],
    ]);
  });
  it('X等N个集体 + title keeps X as an example recipient', () => {
    expect(claimsOf('县妇联授予县医院护理部等12个集体“巾帼文明岗”称号。', COUNTY).map(honor)).toEqual([['honor', 12, '个', '巾帼文明岗', 'county']]);
  });
  it.each([
    ['推选全国三八红旗手候选人4名。', 'people'],
    ['推选省级“最美家庭”候选户6户。', 'count'],
  ])('candidates were nominated, not honored: %s', (s, kind) => {
    expect(claimsOf(s, COUNTY).map((c) => c.kind)).toEqual([kind]);
  });
  it('成功创建 a leveled title after the count', () => {
    expect(claimsOf('全县3家单位成功创建省级“双学双比”示范基地。', COUNTY).map(honor)).toEqual([['honor', 3, '家', '双学双比示范基地', 'provincial']]);
  });
});

describe('a name before a quote inside a longer title receives it', () => {
  it('授予X“T”特别奖', () => {
    expect(claimsOf('大会授予王某“最美护林员”特别奖。', CITY).map((c) => [c.honor?.title, c.honor?.recipient])).toEqual([['最美护林员特别奖', '王某']]);
  });
});

describe('joined level words name the highest', () => {
  it.each([
    ['县妇联获得省市级表彰20项。', 'provincial'],
    ['全年获得市县级表彰15项。', 'municipal'],
    ['获得省部级以上表彰6项。', 'provincial'],
  ])('%s', (s, level) => {
    expect(claimsOf(s, COUNTY).map((c) => [c.kind, c.honor?.level])).toEqual([['honor', level]]);
  });
});

describe('long lists stay fast', () => {
  it('a clause of forty joined counted items without praise', () => {
    const text = '表彰' + Array.from({ length: 40 }, (_, i) => `和${i + 1}个先进集体和个人`).join('') + '受到了关注。';
    const t0 = Date.now();
    claimsOf(text, COUNTY);
    expect(Date.now() - t0).toBeLessThan(3000);
  });
});

describe('praise written as 对…进行表彰: the praised follow the count, named by a title or not at all', () => {
  it.each([
    ['团市委对8个单位团组织进行表彰。', CITY, [['honor', 8, '个', null, 'municipal']]],
    ['县妇联对20名优秀妇女干部进行了表彰。', COUNTY, [['honor', 20, '人', '优秀妇女干部', 'county']]],
    ['市总工会对15个先进集体和30名先进个人予以表彰。', CITY, [['honor', 15, '个', '先进集体', 'municipal'], ['honor', 30, '人', '先进个人', 'municipal']]],
    ['对贡献突出的12名志愿者给予通报表扬。', COUNTY, [['honor', 12, '人', null, null]]],
    ['省妇联对在疫情防控中表现突出的30个集体进行表彰。', PROVINCE, [['honor', 30, '个', null, 'provincial']]],
  ] as [string, Region, unknown[]][])('%s', (s, r, want) => {
    expect(claimsOf(s, r).map(honor)).toEqual(want);
  });
});

describe('roles, posts and selections are no honors', () => {
  it.each([
    ['全县共有39人被确定为救助对象。', [['people', 39, '人', null, null]]],
    ['县残联推选出17名选手参加全省残运会。', [['people', 17, '人', null, null]]],
    ['村两委换届中女性当选1200人。', [['people', 1200, '人', null, null]]],
    ['社区换届后当选的女性委员达86名。', [['people', 86, '人', null, null]]],
  ])('%s', (s, want) => {
    expect(claimsOf(s).map(honor)).toEqual(want);
  });
  it.each([
    ['全县当选全国最美家庭10户。', [['honor', 10, '户', '最美家庭', 'national']]],
    ['入选省级巾帼文明岗5个。', [['honor', 5, '个', '巾帼文明岗', 'provincial']]],
    ['5户家庭被确定为“省级文明家庭”。', [['honor', 5, '户', '文明家庭', 'provincial']]],
  ])('still honors with a title: %s', (s, want) => {
    expect(claimsOf(s).map(honor)).toEqual(want);
  });
});

describe('prizes of a contest: 获金奖, 决出一等奖, and 推选 of a title', () => {
  it.each([
    ['经激烈角逐,最终3个项目获金奖,7个项目获银奖。', [['honor', 3, '个', '金奖', null], ['honor', 7, '个', '银奖', null]]],
    ['比赛决出一等奖1个、二等奖2个。', [['honor', 1, '个', '一等奖', null], ['honor', 2, '个', '二等奖', null]]],
    ['组织巡讲活动46场,推选各级最美家庭530户。', [['count', 46, '场', null, null], ['honor', 530, '户', '最美家庭', null]]],
  ])('%s', (s, want) => {
    expect(claimsOf(s).map(honor)).toEqual(want);
  });
  it('money won is no honor: 3名职工获得奖金', () => {
    expect(claimsOf('3名职工获得奖金。').map(honor)).toEqual([['people', 3, '人', null, null]]);
  });
});

describe('a verb of work right before the number governs it, not a verb of an earlier clause', () => {
  it.each([
    ['项目累计获得资金620万元,在全省22个旗县以小额贷款的形式扶持4400户贫困妇女发展种植业。', [['money', 6200000, '元', null, null], ['count', 22, '个', null, null], ['count', 4400, '户', null, null]]],
    ['县妇联获得省级表彰,在12个乡镇通过以奖代补的方式扶持300户家庭发展庭院经济。', [['count', 12, '个', null, null], ['count', 300, '户', null, null]]],
  ])('%s', (s, want) => {
    expect(claimsOf(s).map(honor)).toEqual(want);
  });
});

describe('市妇联 in the article of a county-level city is that city\'s own body', () => {
  const DANYANG = region('321181', '丹阳市', 'county', '江苏省', '镇江市', '丹阳市');
  it.each([
    ['市妇联联合司法局举办家庭法律知识竞赛,决出一等奖1个、二等奖2个。', DANYANG, [['honor', 1, '个', '一等奖', 'county'], ['honor', 2, '个', '二等奖', 'county']]],
    ['市妇联表彰“五好文明家庭”20户。', DANYANG, [['honor', 20, '户', '五好文明家庭', 'county']]],
    ['市妇联表彰“五好文明家庭”20户。', COUNTY, [['honor', 20, '户', '五好文明家庭', 'municipal']]],
    ['获评市巾帼文明岗3个。', DANYANG, [['honor', 3, '个', '巾帼文明岗', 'municipal']]],
  ] as [string, Region, unknown[]][])('%s', (s, r, want) => {
    expect(claimsOf(s, r).map(honor)).toEqual(want);
  });
});

describe('各 gives each of the titles before it its own count', () => {
  it.each([
    ['评选表彰“好媳妇”“好婆婆”各30名。', [['honor', 30, '人', '好媳妇', null], ['honor', 30, '人', '好婆婆', null]]],
    ['县妇联评出最美家庭、文明家庭各50户。', [['honor', 50, '户', '最美家庭', 'county'], ['honor', 50, '户', '文明家庭', 'county']]],
    ['涌现出全国最美家庭、全国五好文明家庭3个。', [['honor', 3, '个', '最美家庭、五好文明家庭', 'national']]],
  ])('%s', (s, want) => {
    expect(claimsOf(s).map(honor)).toEqual(want);
  });
});

describe('a term number after the recipients\' noun opens the title', () => {
  it.each([
    ['共青团中央授予100个组织第十四届中国青年志愿者优秀组织奖。', [['honor', 100, '个', '青年志愿者优秀组织奖', 'national']]],
    ['省妇联授予50个集体第五届全省巾帼文明岗称号。', [['honor', 50, '个', '巾帼文明岗', 'provincial']]],
  ])('%s', (s, want) => {
    expect(claimsOf(s, PROVINCE).map(honor)).toEqual(want);
  });
});

describe('a body that issues the list of the honored confers (下发《…名单》), a 领导小组 is a body', () => {
  it.each([
    ['近日,新北区家庭工作领导小组办公室下发了《2017年“和谐家庭”名单》,全区968户家庭榜上有名,其中“和谐家庭标兵”49户。', DISTRICT, [['honor', 968, '户', null, 'county'], ['honor', 49, '户', '和谐家庭标兵', 'county']]],
    ['市妇联公布了《2022年度“最美家庭”名单》,共有120户家庭入选。', CITY, [['honor', 120, '户', null, 'municipal']]],
  ] as [string, Region, unknown[]][])('%s', (s, r, want) => {
    expect(claimsOf(s, r).map(honor)).toEqual(want);
  });
});

describe('an untitled part of a counted honor is of its total\'s title and level', () => {
  it.each([
    ['全国妇联揭晓2019年度全国最美家庭,999户家庭获全国最美家庭荣誉。其中,朱某、许某等30户家庭入选。', [['honor', 999, '户', '最美家庭', 'national'], ['honor', 30, '户', '最美家庭', 'national']]],
    ['全省共有120人荣获省级三八红旗手称号,其中我县5人榜上有名。', [['honor', 120, '人', '三八红旗手', 'provincial'], ['honor', 5, '人', '三八红旗手', 'provincial']]],
  ])('%s', (s, want) => {
    expect(claimsOf(s).map(honor)).toEqual(want);
  });
});

import { describe, expect, it } from 'vitest';
import { extractFrom, region } from './extract-helpers.js';
import type { Claim, PageInput, Region } from '../src/doc.js';
import { claimRecords, processPage } from '../src/pipeline.js';

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
    // X等单位 before the verb names examples too: no recipient
    ['县医院等单位被评为“巾帼文明岗”。', [['honor', null, '巾帼文明岗', null, null]]],
    ['张某等同志荣获“三八红旗手”称号。', [['honor', null, '三八红旗手', null, null]]],
    // the items before 等 share the title after it
    ['获得市妇联系统宣传、维权等工作先进集体荣誉。', [['honor', null, '工作先进集体', 'municipal', null]]],
  ])('counter-example: %s', (s, want) => {
    expect(claimsOf(s).map(withRecipient)).toEqual(want);
  });
});

describe('榜上有名: the list named earlier in the paragraph gives the level; the next counted item is no title', () => {
  it.each([
    ['近日,2023年度滁州市三八红旗集体和三八红旗手、巾帼建功先进集体和标兵名单揭晓,30个集体和60名个人榜上有名。', CITY,
      [['honor', 30, null, 'municipal'], ['honor', 60, null, 'municipal']]],
    ['省妇联公布了2023年度全省最美家庭名单。我县12户家庭榜上有名。', COUNTY, [['honor', 12, null, 'provincial']]],
    ['全国五好家庭光荣榜近日发布,全省共有25户家庭榜上有名。', PROVINCE, [['honor', 25, null, 'national']]],
  ])('%s', (s, r, want) => {
    expect(claimsOf(s, r).map(honor)).toEqual(want);
  });
  it.each([
    // the title named with the count keeps its level; no list named, no level
    ['5户家庭在全国最美家庭评选中榜上有名。', [['honor', 5, '最美家庭', 'national']]],
    ['全县968户家庭榜上有名。', [['honor', 968, null, null]]],
  ])('counter-example: %s', (s, want) => {
    expect(claimsOf(s).map(honor)).toEqual(want);
  });
});

describe('5人2集体分别荣获A和B: collectives counted without 个 are honored items too, each its own title', () => {
  it.each([
    ['其中我市5人2集体分别荣获“全省三八红旗手”和“全省三八红旗集体”称号。', CITY,
      [['honor', 5, '三八红旗手', 'provincial'], ['honor', 2, '三八红旗集体', 'provincial']]],
    ['我县3人1集体分别荣获“全市三八红旗手”和“全市三八红旗集体”称号。', COUNTY,
      [['honor', 3, '三八红旗手', 'municipal'], ['honor', 1, '三八红旗集体', 'municipal']]],
    ['我市3人2集体获省妇联表彰。', CITY, [['honor', 3, null, 'provincial'], ['honor', 2, null, 'provincial']]],
  ])('%s', (s, r, want) => {
    expect(claimsOf(s, r).map(honor)).toEqual(want);
  });
  it.each([
    ['全县共有6集体参加比赛。', [['count', 6, null, null]]],
    ['我县5人、2个集体分别荣获“全省三八红旗手”和“全省三八红旗集体”称号。',
      [['honor', 5, '三八红旗手', 'provincial'], ['honor', 2, '三八红旗集体', 'provincial']]],
  ])('counter-example: %s', (s, want) => {
    expect(claimsOf(s).map(honor)).toEqual(want);
  });
});

const SHANXI = region('140100', '太原市', 'city', '山西省', '太原市', null);

describe('获选 confers as 入选 does; a literary province name before the quote is provincial (三晋)', () => {
  it.each([
    ['其中12户家庭获选三晋“最美家庭”。', SHANXI, [['honor', 12, '最美家庭', 'provincial']]],
    ['6户家庭获选全国“最美家庭”和五好家庭。', SHANXI, [['honor', 6, '最美家庭、五好家庭', 'national']]],
    ['王某家庭获选三晋“最美家庭”。', SHANXI, [['honor', null, '最美家庭', 'provincial']]],
    ['5户家庭荣获全国“最美家庭”和“五好家庭”称号。', SHANXI, [['honor', 5, '最美家庭、五好家庭', 'national']]],
  ])('%s', (s, r, want) => {
    expect(claimsOf(s, r).map(honor)).toEqual(want);
  });
  it.each([
    // a team or a post chosen is no honor
    ['3名运动员获选国家队。', [['people', 3, null, null]]],
    ['20名妇女获选村两委委员。', [['people', 20, null, null]]],
  ])('counter-example: %s', (s, want) => {
    expect(claimsOf(s, SHANXI).map(honor)).toEqual(want);
  });
});

describe('选培N名“T”: a designation chosen and fostered, read like 选树/培树', () => {
  it.each([
    ['团省委每年选培300名“青春乡村好青年”。', PROVINCE, [['honor', 300, '青春乡村好青年', 'provincial']]],
    ['县妇联选培“乡村好巾帼”50名。', COUNTY, [['honor', 50, '乡村好巾帼', 'county']]],
  ])('%s', (s, r, want) => {
    expect(claimsOf(s, r).map(honor)).toEqual(want);
  });
  it.each([
    ['选派50名干部驻村。', [['people', 50, null, null]]],
    ['培训乡村好青年300名。', [['people', 300, null, null]]],
  ])('counter-example: %s', (s, want) => {
    expect(claimsOf(s).map(honor)).toEqual(want);
  });
});

const NINGXIA = region('640000', '宁夏回族自治区', 'province', '宁夏回族自治区', null, null);

describe('an active verb of conferring with no body, paragraphs after the ceremony the article reports, takes its level', () => {
  const lead = '4月30日,宁夏回族自治区庆祝五一国际劳动节颁奖会在银川举行,隆重表彰荣获五一劳动奖状、奖章的先进集体和先进个人。\n';
  it.each([
    [lead + '会议号召全区职工学习先进。\n今年评选表彰的120个“五一”劳动奖中,一线职工占70%。', [['honor', 120, '五一劳动奖', 'provincial']]],
    // a national meeting attended later is not the article's ceremony
    [lead + '会后,领导接见了参加全国五一劳动奖表彰大会的代表。\n相比去年,今年表彰的80个“五一”劳动奖中,女职工占三成。',
      [['honor', 80, '五一劳动奖', 'provincial']]],
  ])('%s', (s, want) => {
    expect(claimsOf(s, NINGXIA).map(honor).filter((c) => c[0] === 'honor')).toEqual(want);
  });
  it.each([
    // a meeting that is no ceremony of conferring gives no level to a later paragraph's honors
    ['银川市妇女第五次代表大会召开以来,全市妇女奋发有为。\n五年来,培树“美丽庭院”示范户2000户。', [['honor', 2000, '美丽庭院示范户', null]]],
    // with no event at all, nothing changes
    ['今年表彰的60个“五一”劳动奖中,一线职工占七成。', [['honor', 60, '五一劳动奖', null]]],
  ])('counter-example: %s', (s, want) => {
    expect(claimsOf(s, NINGXIA).map(honor).filter((c) => c[0] === 'honor')).toEqual(want);
  });
});

describe('中 after a title means among its holders, no part of it', () => {
  it.each([
    ['在评出的30个“巾帼文明岗”中,窗口单位占一半。', [['honor', 30, '巾帼文明岗', null]]],
    ['表彰的50名三八红旗手中,农村妇女20名。', [['honor', 50, '三八红旗手', null]]],
  ])('%s', (s, want) => {
    expect(claimsOf(s).map(honor).filter((c) => c[0] === 'honor')).toEqual(want);
  });
});

describe('a counted title ends where 并/同时 opens a next act with a count of its own', () => {
  it.each([
    ['全国妇联表彰990户第十三届全国五好家庭并揭晓990户全国最美家庭。', PROVINCE,
      [['honor', 990, '五好家庭', 'national'], ['honor', 990, '最美家庭', 'national']]],
    ['县妇联表彰30户五好家庭并授予20户家庭“最美家庭”称号。', COUNTY,
      [['honor', 30, '五好家庭', 'county'], ['honor', 20, '最美家庭', 'county']]],
    ['市妇联命名15个巾帼文明岗,同时表彰40名三八红旗手。', CITY,
      [['honor', 15, '巾帼文明岗', 'municipal'], ['honor', 40, '三八红旗手', 'municipal']]],
  ])('%s', (s, r, want) => {
    expect(claimsOf(s, r).map(honor)).toEqual(want);
  });
  it.each([
    // 并 after a title opens the next act (颁发证书); 揭晓 without a count after it confers nothing
    ['表彰30户五好家庭并颁发证书。', [['honor', 30, '五好家庭', null]]],
    ['评选结果已揭晓,共30人。', [['people', 30, null, null]]],
    // 并 inside a quoted title is part of it
    ['授予10户家庭“团结并进家庭”称号。', [['honor', 10, '团结并进家庭', null]]],
  ])('counter-example: %s', (s, want) => {
    expect(claimsOf(s).map(honor)).toEqual(want);
  });
});

describe('授予A个X和B个Y T1和T2: counted recipients joined before their titles take one title each, in order', () => {
  it.each([
    ['此次还授予80个组织和90个项目第十二届中国青年志愿者优秀组织奖和项目奖。', PROVINCE,
      [['honor', 80, '青年志愿者优秀组织奖', 'national'], ['honor', 90, '项目奖', 'national']]],
    ['大会授予20个集体和50名个人全国三八红旗集体和全国三八红旗手称号。', PROVINCE,
      [['honor', 20, '三八红旗集体', 'national'], ['honor', 50, '三八红旗手', 'national']]],
    ['授予10个集体、30名个人和5户家庭市三八红旗集体、市三八红旗手和市最美家庭称号。', COUNTY,
      [['honor', 10, '三八红旗集体', 'municipal'], ['honor', 30, '三八红旗手', 'municipal'], ['honor', 5, '最美家庭', 'municipal']]],
    ['县妇联授予12个集体和36名个人“巾帼建功先进集体”和“巾帼建功标兵”称号。', COUNTY,
      [['honor', 12, '巾帼建功先进集体', 'county'], ['honor', 36, '巾帼建功标兵', 'county']]],
  ])('%s', (s, r, want) => {
    expect(claimsOf(s, r).map(honor)).toEqual(want);
  });
  it.each([
    // each item with its own title, or no title at all
    ['授予20个集体“巾帼文明岗”称号、30名个人“三八红旗手”称号。', [['honor', 20, '巾帼文明岗', null], ['honor', 30, '三八红旗手', null]]],
    ['表彰了10个集体、30名个人。', [['honor', 10, null, null], ['honor', 30, null, null]]],
    // one item: the joined titles stay joined
    ['授予50名个人“三八红旗手”和“巾帼建功标兵”称号。', [['honor', 50, '三八红旗手、巾帼建功标兵', null]]],
  ])('counter-example: %s', (s, want) => {
    expect(claimsOf(s, PROVINCE).map(honor)).toEqual(want);
  });
});

describe('其中 list of quoted titles: an unquoted item with the head noun of the quoted title before it is one more title', () => {
  it.each([
    ['全县860户家庭榜上有名,其中“和谐家庭”120户、“书香家庭”80户、勤俭节约家庭60户。',
      [['honor', 860, null, null], ['honor', 120, '和谐家庭', null], ['honor', 80, '书香家庭', null], ['honor', 60, '勤俭节约家庭', null]]],
    ['表彰巾帼建功集体40个,其中“巾帼文明岗”25个、巾帼示范岗15个。',
      [['honor', 40, '巾帼建功集体', null], ['honor', 25, '巾帼文明岗', null], ['honor', 15, '巾帼示范岗', null]]],
  ])('%s', (s, want) => {
    expect(claimsOf(s).map(honor)).toEqual(want);
  });
  it.each([
    // another head noun, or a description of those honored, stays what it was
    ['全县860户家庭榜上有名,其中“和谐家庭标兵”49户、农村家庭500户。', [['honor', 860, null, null], ['honor', 49, '和谐家庭标兵', null], ['count', 500, null, null]]],
    ['表彰三八红旗手100名,其中“巾帼建功标兵”20名、农村妇女30名。', [['honor', 100, '三八红旗手', null], ['honor', 20, '巾帼建功标兵', null], ['people', 30, null, null]]],
  ])('counter-example: %s', (s, want) => {
    expect(claimsOf(s).map(honor)).toEqual(want);
  });
});

describe('an uncounted title standing alone between counted honors of one 、 series is an honor of its own', () => {
  it.each([
    ['大会上,12名市三八红旗手标兵、十佳巾帼文明岗、300名市三八红旗手和80个市三八红旗集体受到表彰。', CITY,
      [['honor', 12, '三八红旗手标兵', 'municipal'], ['honor', null, '十佳巾帼文明岗', 'municipal'], ['honor', 300, '三八红旗手', 'municipal'], ['honor', 80, '三八红旗集体', 'municipal']]],
    ['表彰了20户全国最美家庭、省级文明家庭、50户市级五好家庭。', CITY,
      [['honor', 20, '最美家庭', 'national'], ['honor', null, '文明家庭', 'provincial'], ['honor', 50, '五好家庭', 'municipal']]],
  ])('%s', (s, r, want) => {
    expect(claimsOf(s, r).map(honor)).toEqual(want);
  });
  it.each([
    // not a title between them, or the items of different clauses
    ['表彰了20户最美家庭、部分困难家庭、50户五好家庭。', [['honor', 20, '最美家庭', null], ['honor', 50, '五好家庭', null]]],
    ['表彰了20户最美家庭,慰问了困难家庭,表彰50户五好家庭。', [['honor', 20, '最美家庭', null], ['honor', 50, '五好家庭', null]]],
  ])('counter-example: %s', (s, want) => {
    expect(claimsOf(s, CITY).map(honor)).toEqual(want);
  });
});

describe('a list of named recipients joined by 、 may run long; each item stays short', () => {
  const recipientOf = (s: string) => claimsOf(s, PROVINCE).filter((c) => c.kind === 'honor').map((c) => c.honor?.recipient ?? null);
  it.each([
    ['某某县某某镇某某村某某种植专业合作社团支部、某某市某某区某某街道某某社区团支部、某某大学某某学院某某专业2101班团支部获得全国五四红旗团支部称号。',
      ['某某县某某镇某某村某某种植专业合作社团支部、某某市某某区某某街道某某社区团支部、某某大学某某学院某某专业2101班团支部']],
    ['某某县妇联、某某区妇联荣获“全国三八红旗集体”称号。', ['某某县妇联、某某区妇联']],
  ])('%s', (s, want) => {
    expect(recipientOf(s)).toEqual(want);
  });
  it('counter-example: one recipient named at more than 30 characters is none', () => {
    expect(recipientOf('某某省某某市某某县某某镇某某村某某种植养殖专业合作社联合社第一分社荣获“全国巾帼文明岗”称号。')).toEqual([null]);
  });
});

describe('命名A个X为“T1”,B名Y为“T2”: a count opening the next clause, named 为 a quoted title, continues the list', () => {
  it.each([
    ['团市委命名10个团支部为“五四红旗团支部”,20名团员为“优秀共青团员”。', CITY,
      [['honor', 10, '五四红旗团支部', 'municipal'], ['honor', 20, '优秀共青团员', 'municipal']]],
    ['县总工会命名5个班组为“工人先锋号”,12名职工为“县五一劳动奖章”获得者称号。', COUNTY,
      [['honor', 5, '工人先锋号', 'county'], ['honor', 12, '五一劳动奖章', 'county']]],
    ['评选出100名妇女为“最美巾帼”。', CITY, [['honor', 100, '最美巾帼', null]]],
  ])('%s', (s, r, want) => {
    expect(claimsOf(s, r).map(honor)).toEqual(want);
  });
  it.each([
    ['市妇联表彰了10个集体,20名志愿者为活动提供服务。', [['honor', 10, null, 'municipal'], ['people', 20, null, null]]],
    ['20名志愿者为“两癌”筛查提供服务。', [['people', 20, null, null]]],
  ])('counter-example: %s', (s, want) => {
    expect(claimsOf(s, CITY).map(honor)).toEqual(want);
  });
});

describe('traditional script: the same honors as the simplified text (獲選, 三晉, X等單位, 並揭曉)', () => {
  it('a city federation page in traditional characters', () => {
    const page = [
      '太原市婦聯表彰最美家庭',
      '',
      '2018年以來,經過群眾自薦、基層推選,我市共命名120戶“最美家庭”,其中8戶家庭獲選三晉“最美家庭”,3戶家庭獲選全國“最美家庭”和五好家庭。市婦聯授予某某局等單位“巾幗文明崗”稱號。全國婦聯表彰800戶第十三屆全國五好家庭並揭曉800戶全國最美家庭。',
    ].join('\n');
    const doc = processPage({ id: 't', origin: 't', text: page, kind: 'text' } as PageInput);
    expect(claimRecords(doc).map((c) => [c.value, c.honor?.title ?? null, c.honor?.level ?? null])).toEqual([
      [120, '最美家庭', 'municipal'],
      [8, '最美家庭', 'provincial'],
      [3, '最美家庭、五好家庭', 'national'],
      [null, '巾幗文明崗', 'municipal'],
      [800, '五好家庭', 'national'],
      [800, '最美家庭', 'national'],
    ]);
  });
});

describe('上榜/名列其中 ending the clause: listed as 榜上有名 is, when a title or a list of honors is named', () => {
  it.each([
    ['2023年度全国最美家庭名单公布,我县2户家庭上榜。', [['honor', 2, null, 'national']]],
    ['近日,全市“最美家庭”名单出炉,我县15户家庭名列其中。', [['honor', 15, null, 'municipal']]],
    ['2023年度全国五好家庭名单揭晓,我县2户家庭光荣上榜。', [['honor', 2, null, 'national']]],
    ['我省9个优秀个人、组织、项目上榜。', [['honor', 9, '优秀个人、组织、项目', null]]],
    // 入选 after a list named earlier in the paragraph takes its level
    ['近日,2023年度全省三八红旗手和三八红旗集体名单揭晓,我县3人1集体入选。', [['honor', 3, null, 'provincial'], ['honor', 1, null, 'provincial']]],
  ])('%s', (s, want) => {
    expect(claimsOf(s).map(honor)).toEqual(want);
  });
  it.each([
    ['全县有12家企业上榜。', [['count', 12, null, null]]],
    ['全县12家企业上榜纳税百强后,获得奖励资金30万元。', [['count', 12, null, null], ['money', 300000, null, null]]],
  ])('counter-example: %s', (s, want) => {
    expect(claimsOf(s).map(honor)).toEqual(want);
  });
});

describe('受到 + a level word + 表彰: the praise of a level, no body named, makes the counted honored at that level', () => {
  it.each([
    ['我县20户家庭受到市级表彰。', [['honor', 20, null, 'municipal']]],
    ['今年有149户家庭受到省级表彰表扬。', [['honor', 149, null, 'provincial']]],
    ['全县有15名个人受到县级以上表彰。', [['honor', 15, null, 'county']]],
    ['12个集体受到省市表彰。', [['honor', 12, null, 'provincial']]],
  ])('%s', (s, want) => {
    expect(claimsOf(s).map(honor)).toEqual(want);
  });
  it.each([
    ['20户家庭受到关注。', [['count', 20, null, null]]],
    ['120名妇女受到市级培训。', [['people', 120, null, null]]],
    ['30名困难职工受到县总工会慰问。', [['people', 30, null, null]]],
  ])('counter-example: %s', (s, want) => {
    expect(claimsOf(s).map(honor)).toEqual(want);
  });
});

describe('the article’s own body named by a chain of places is the deepest (定远县炉桥镇妇联 → township)', () => {
  it('a town federation’s year summary', () => {
    const s = '2023年,定远县炉桥镇妇联围绕中心工作,扎实推进家庭建设。\n全年评选出“最美家庭”10户、“五好文明家庭”8户。';
    expect(claimsOf(s).map(honor)).toEqual([['honor', 10, '最美家庭', 'township'], ['honor', 8, '五好文明家庭', 'township']]);
  });
  it('counter-example: a county federation’s summary stays county', () => {
    const s = '2023年,定远县妇联围绕中心工作,扎实推进家庭建设。\n全年评选出“最美家庭”10户、“五好文明家庭”8户。';
    expect(claimsOf(s).map(honor)).toEqual([['honor', 10, '最美家庭', 'county'], ['honor', 8, '五好文明家庭', 'county']]);
  });
});

describe('one quote listing several titles (“好婆婆、好媳妇、最美家庭”) stays whole after the count', () => {
  it.each([
    ['县妇联表彰51名“好婆婆、好媳妇、最美家庭”。', [['honor', 51, '好婆婆、好媳妇、最美家庭', 'county']]],
    ['县妇联评选表彰了30户“文明家庭、平安家庭”。', [['honor', 30, '文明家庭、平安家庭', 'county']]],
  ])('%s', (s, want) => {
    expect(claimsOf(s).map(honor)).toEqual(want);
  });
  it.each([
    // separate quotes are separate items; a quote that does not close before the next item is none
    ['县妇联表彰了20名“最美巾帼”、10个“巾帼文明岗”。', [['honor', 20, '最美巾帼', 'county'], ['honor', 10, '巾帼文明岗', 'county']]],
  ])('counter-example: %s', (s, want) => {
    expect(claimsOf(s).map(honor)).toEqual(want);
  });
});

describe('产生 after a selection yields titled honors; 选举产生 elects to a post; a body running the search confers', () => {
  it.each([
    ['县妇联组织开展“最美家庭”评选。经过评选,共产生“最美家庭”30户。', [['honor', 30, '最美家庭', 'county']]],
    ['经过层层选拔,产生省技术能手42名。', [['honor', 42, '技术能手', 'provincial']]],
    ['省妇联、省文明办联合开展最美家庭寻找活动。经过层层推选,共推选出“最美家庭”100户,我县3户家庭入选。',
      [['honor', 100, '最美家庭', 'provincial'], ['honor', 3, null, 'provincial']]],
  ])('%s', (s, want) => {
    expect(claimsOf(s).map(honor)).toEqual(want);
  });
  it.each([
    ['大会选举产生了区妇联第五届执行委员55名。', [['people', 55, null, null]]],
    ['今年共产生新会员300名。', [['people', 300, null, null]]],
    ['换届选举产生村妇联主席120名。', [['people', 120, null, null]]],
  ])('counter-example: %s', (s, want) => {
    expect(claimsOf(s).map(honor)).toEqual(want);
  });
});

describe('aid received under a quoted programme, and a share of those honored, are no honors', () => {
  it.each([
    ['全县共救助贫困母亲44人,其中37人获全国妇联“两癌”救助,7人获省妇联“两癌”救助。', [['people', 44, null, null], ['people', 37, null, null], ['people', 7, null, null]]],
    ['今年共有120名女童获“春蕾计划”资助。', [['people', 120, null, null]]],
    ['50户困难家庭获“母亲邮包”慰问。', [['count', 50, null, null]]],
    // a quoted title is still one
    ['5户家庭获评“最美家庭”。', [['honor', 5, '最美家庭', null]]],
    ['3名妇女获“巾帼建功标兵”称号。', [['honor', 3, '巾帼建功标兵', null]]],
  ])('%s', (s, want) => {
    expect(claimsOf(s).map(honor)).toEqual(want);
  });

  it.each([
    ['代表中获省部级以上劳动模范、三八红旗手等荣誉称号的占36.22%。', [['percent', 36.22, null, null]]],
    // (a count of those honored stays a counted honor: 获…称号的就有15个)
    ['会员中获市级以上表彰的有120人。', [['honor', 120, null, 'municipal']]],
    // an uncounted honor list with 等…称号 and no 的 is conferred
    ['县妇联先后荣获全国三八红旗集体、全省巾帼文明岗等荣誉称号。', [['honor', null, '三八红旗集体', 'national'], ['honor', null, '巾帼文明岗', 'provincial']]],
  ])('%s', (s, want) => {
    expect(claimsOf(s).map(honor)).toEqual(want);
  });
});

describe('all levels at once, selected titles, medals won and consecutive terms (probe round 6)', () => {
  it.each([
    // 各级 / 各层级 name no level, whatever body acts (spec "Honors": 各级 is null)
    ['市妇联累计选树各层级最美家庭948户。', CITY, [['honor', 948, '最美家庭', null]]],
    ['全市妇联组织共获得各级表彰180余次。', CITY, [['honor', 180, null, null]]],
    ['全县妇联组织共收到各级表彰奖励60余次。', COUNTY, [['honor', 60, null, null]]],
    ['县妇联先后获得各级荣誉称号20余项。', COUNTY, [['honor', 20, null, null]]],
    ['全县共有各级巾帼文明岗56个。', COUNTY, [['honor', 56, '巾帼文明岗', null]]],
    // 选出 with a title confers (a weak verb: the title or the level makes it an honor)
    ['市妇联选出滁州市“最美家庭”标兵户10户、“最美家庭”113户。', CITY, [['honor', 10, '最美家庭标兵户', 'municipal'], ['honor', 113, '最美家庭', 'municipal']]],
    ['各村选出妇女代表120名。', COUNTY, [['people', 120, null, null]]],
    // medals won at a games are a contest's prizes
    ['我省残疾人运动员勇夺21枚金牌。', PROVINCE, [['honor', 21, '金牌', null]]],
  ])('%s', (s, r, want) => {
    expect(claimsOf(s, r).map(honor)).toEqual(want);
  });

  it('consecutive terms count nothing', () => {
    expect(claimsOf('奖牌数连续五届位居全国第一。', PROVINCE).map(honor)).toEqual([]);
    expect(claimsOf('县妇联连续3届被评为全国三八红旗集体。', COUNTY).map(honor)).toEqual([['honor', null, '三八红旗集体', 'national']]);
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
    expect(claimsOf(s, COUNTY).map(honor)).toEqual(want);
  });
});

describe('对N个X授予T: the title conferred on the object of 对 (probe round 7)', () => {
  it.each([
    ['自治区总工会将对38个单位授予自治区五一劳动奖状。', PROVINCE, [['honor', 38, '五一劳动奖状', 'provincial']]],
    ['对139个班组授予自治区工人先锋号。', PROVINCE, [['honor', 139, '工人先锋号', 'provincial']]],
    ['市妇联对20户家庭授予“最美家庭”称号。', CITY, [['honor', 20, '最美家庭', 'municipal']]],
    // no title after 授予/颁发: no honor
    ['县残联对50名残疾人颁发了助残卡。', COUNTY, [['people', 50, null, null]]],
    ['对30名困难职工发放慰问金。', COUNTY, [['people', 30, null, null]]],
  ])('%s', (s, r, want) => {
    expect(claimsOf(s, r).map(honor)).toEqual(want);
  });
});

describe('a nomination is no honor; a nomination prize is (spec: 提名 is a count)', () => {
  it.each([
    ['某某家庭等30户家庭获得“最美家庭”提名。', [['count', 30, null, null]]],
    ['5名选手获得“巾帼建功标兵”提名奖。', [['honor', 5, '巾帼建功标兵提名奖', null]]],
  ])('%s', (s, want) => {
    expect(claimsOf(s).map(honor)).toEqual(want);
  });
});

describe('a title that goes on after 提名 is a title', () => {
  it('提名家庭称号', () => {
    expect(claimsOf('6户家庭获全国“最美家庭”提名家庭称号。').map(honor)).toEqual([['honor', 6, '最美家庭提名家庭', 'national']]);
  });
});

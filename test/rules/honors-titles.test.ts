import { describe, expect, it } from 'vitest';
import {
  extractFrom, honor, DINGYUAN, CHUZHOU, ANHUI, NANPING, HENAN, SHUNQING, claimsInDingyuan, claimsInHengxian, claimNearShunqing, honorWithUnit, FUJIAN, claimNearIn, region,
} from '../extract-helpers.js';
import type { PageInput } from '../../src/doc.js';
import { claimRecords, processPage } from '../../src/pipeline.js';

// Honors (spec "Honors"): the title of each counted or uncounted honor, lists of honored items.
// Sentences of our own in the genre, each rule in several wordings, with counter-examples that must not change.

describe('获 before a quoted title that ends the clause, uncounted', () => {
  const honors = (text: string) => extractFrom(text, null).filter((c) => c.kind === 'honor' && c.value === null);
  it.each([
    ['其中某某村获河北省第三届“最美家庭集体”,张三家庭等共20户家庭荣获河北省第三届“最美家庭”。', '最美家庭集体', 'provincial'],
    ['王某家庭获全国“五好家庭”。', '五好家庭', 'national'],
  ])('%s → %s', (text, title, level) => {
    const h = honors(text);
    expect(h.map((c) => c.honor?.title)).toEqual([title]);
    expect(h[0].honor?.level).toBe(level);
  });
  it.each([
    // counter-examples: aid or a nomination after the quote
    ['她获“两癌”救助后康复。'],
    ['该村获“最美家庭”提名。'],
    ['王某获“春蕾计划”资助,顺利入学。'],
  ])('%s → none', (text) => {
    expect(honors(text)).toEqual([]);
  });
});

describe('persons described at length before 获…称号 earned one counted honor', () => {
  it.each([
    ['由县妇联推荐的10名勤劳能干、孝老爱亲的妇女获“巾帼能手”荣誉称号。', '10名', '巾帼能手', 'county'],
    ['共有12名事迹突出、服务热情的青年志愿者荣获“优秀志愿者”称号。', '12名', '优秀志愿者', null],
  ])('%s', (text, needle, title, level) => {
    const c = claimNearShunqing(text, needle);
    expect(c?.kind).toBe('honor');
    expect(c?.honor?.title).toBe(title);
    expect(c?.honor?.level ?? null).toBe(level);
    // no second, uncounted honor for the same title
    expect(extractFrom(text, SHUNQING).filter((x) => x.kind === 'honor')).toHaveLength(1);
  });
  it('a 的-clause before a noun that receives no honor stays a count of persons', () => {
    expect(claimNearShunqing('20名参加培训的妇女获得了结业证书。', '20名')?.kind).toBe('people');
  });
});

describe('寻找到/寻找出 a titled count: the families the 寻找最美家庭 campaign found are named so', () => {
  it.each([
    ['区妇联在全区开展寻找活动,寻找到“最美家庭”3900余户。', 3900, '最美家庭'],
    ['全县共寻找出最美家庭120户。', 120, '最美家庭'],
    ['各级妇联累计寻找到“最美家庭”2.1万户。', 21000, '最美家庭'],
  ])('%s', (s, value, title) => {
    const c = claimsInHengxian(s).find((x) => x.value === value)!;
    expect([c.kind, c.honor?.title]).toEqual(['honor', title]);
  });
  it.each([
    ['志愿者寻找到3名走失老人。', 'people'],
    ['共寻找到合作企业20家。', 'count'],
  ])('without a title it stays a count: %s', (s, kind) => {
    expect(claimsInHengxian(s).map((c) => c.kind)).toEqual([kind]);
  });
});

describe('a list of number-first items after one verb: each item its own title', () => {
  it.each([
    [
      '大会表彰了8名全国巾帼建功标兵、120名全国三八红旗手、64个全国三八红旗集体。',
      NANPING,
      [['honor', 8, '人', '巾帼建功标兵', 'national'], ['honor', 120, '人', '三八红旗手', 'national'], ['honor', 64, '个', '三八红旗集体', 'national']],
    ],
    [
      '会议表彰了30名“全省自强模范”、18个“全省助残先进集体”、42名“全省助残先进个人”。',
      HENAN,
      [['honor', 30, '人', '自强模范', 'provincial'], ['honor', 18, '个', '助残先进集体', 'provincial'], ['honor', 42, '人', '助残先进个人', 'provincial']],
    ],
    [
      '县总工会命名12个县级“工人先锋号”,表彰15名县“五一劳动奖章”获得者、6个县级模范职工之家。',
      DINGYUAN,
      [['honor', 12, '个', '工人先锋号', 'county'], ['honor', 15, '人', '五一劳动奖章', 'county'], ['honor', 6, '个', '模范职工之家', 'county']],
    ],
  ])('%s', (s, r, want) => {
    expect(claimsInDingyuan(s, r).map(honorWithUnit)).toEqual(want);
  });
  it('a quoted item joined by 和 after a quoted item is number-first too', () => {
    const cs = claimsInDingyuan('团市委表彰了20个“五四红旗团委”和35名“优秀共青团干部”。', NANPING);
    expect(cs.map(honorWithUnit)).toEqual([['honor', 20, '个', '五四红旗团委', 'municipal'], ['honor', 35, '人', '优秀共青团干部', 'municipal']]);
  });
  it('an item without a level word takes the level of the body that confers the whole list', () => {
    const text = '5月15日,省残联召开全省助残先进表彰大会。\n大会共表彰了40名“全省自强模范”、20个“残疾人之家”和30名“全省残联系统先进工作者”。';
    expect(claimsInDingyuan(text, HENAN).map((c) => c.honor?.level)).toEqual(['provincial', 'provincial', 'provincial']);
  });
  it('a title-first list keeps its own reading', () => {
    expect(claimsInDingyuan('累计涌现出全国巾帼文明岗3个、省级巾帼文明岗11个。', NANPING).map(honorWithUnit)).toEqual([
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
    expect(claimsInDingyuan(s, NANPING).map(honorWithUnit)).toEqual(want);
  });
});

describe('titles as written: 获得者, 提名奖, brackets after the classifier', () => {
  it('获得者 names the holders; the title is the medal', () => {
    expect(claimsInDingyuan('表彰县“五一劳动奖章”获得者20名。', DINGYUAN).map(honorWithUnit)).toEqual([['honor', 20, '人', '五一劳动奖章', 'county']]);
  });
  it.each([
    ['张某、李某等8人获“最美妇联人” 提名奖。', [['honor', 8, '人', '最美妇联人提名奖', null]]],
    ['全市评选出“最美家庭”30户,“最美家庭”提名奖15户。', [['honor', 30, '户', '最美家庭', 'municipal'], ['honor', 15, '户', '最美家庭提名奖', 'municipal']]],
  ])('a 提名奖 is a prize, not a nomination: %s', (s, want) => {
    expect(claimsInDingyuan(s, NANPING).map(honorWithUnit)).toEqual(want);
  });
  it('a bracket right after the classifier is no title', () => {
    expect(claimsInDingyuan('在全国表彰大会上,我省受表彰23人(个)。', HENAN).map(honorWithUnit)).toEqual([['honor', 23, '人', null, 'national']]);
  });
  it('获评的 and 获得的 modify a noun; they confer nothing there', () => {
    expect(claimsInDingyuan('镇妇联向获评的先进个人颁发荣誉证书。', DINGYUAN)).toEqual([]);
    expect(claimsInDingyuan('会后,为获得表彰的家庭代表颁奖。', DINGYUAN)).toEqual([]);
  });
});

describe('a ceremony that announces honors is an event', () => {
  it('揭晓仪式 held by 全市 gives the city level', () => {
    const text = '3月7日,全市“最美妇联人”揭晓仪式举行,王某、赵某等12人被评为“最美妇联人”。';
    expect(claimsInDingyuan(text, NANPING).map(honorWithUnit)).toEqual([['honor', 12, '人', '最美妇联人', 'municipal']]);
  });
});

describe('lists of uncounted titles after one verb', () => {
  it('a level word at the head of the list is the level of its items', () => {
    expect(claimsInDingyuan('县妇联荣获市级“先进妇联组织”、“宣传工作先进单位”称号。', DINGYUAN).map((c) => [c.honor?.title, c.honor?.level])).toEqual([
      ['先进妇联组织', 'municipal'],
      ['宣传工作先进单位', 'municipal'],
    ]);
    expect(claimsInDingyuan('县妇联分别荣获全市妇女工作目标考核一等奖、特等奖。', DINGYUAN).map((c) => [c.honor?.title, c.honor?.level])).toEqual([
      ['妇女工作目标考核一等奖', 'municipal'],
      ['特等奖', 'municipal'],
    ]);
  });
  it('bare quoted titles after a comma continue the list', () => {
    const cs = claimsInDingyuan('近年来,县妇联先后荣获省级“双学双比”先进集体,“巾帼建功”先进集体,“春蕾计划”先进集体。', DINGYUAN);
    expect(cs.map((c) => [c.honor?.title, c.honor?.level])).toEqual([
      ['双学双比先进集体', 'provincial'],
      ['巾帼建功先进集体', 'provincial'],
      ['春蕾计划先进集体', 'provincial'],
    ]);
  });
  it('a quoted phrase after a comma that is no title ends the list', () => {
    expect(claimsInDingyuan('该村荣获“全国文明村”称号,“美丽乡村”建设成效显著。', DINGYUAN).map((c) => c.honor?.title)).toEqual(['文明村']);
  });
  it('the years a body was honored are no part of its name', () => {
    const [c] = claimsInDingyuan('县妇联2021、2022年连续2年被评为全省妇联系统宣传工作先进单位。', DINGYUAN);
    expect(c.honor?.recipient).toBe('县妇联');
  });
});

describe('brackets inside a counted honor', () => {
  it.each([
    ['团中央决定授予312名同志(含追授2名)全国优秀共青团员称号。', [['honor', 312, '人', '优秀共青团员', 'national'], ['honor', 2, '人', '优秀共青团员', 'national']]],
    ['授予298人(含追授1人)全国优秀共青团干部称号。', [['honor', 298, '人', '优秀共青团干部', 'national'], ['honor', 1, '人', '优秀共青团干部', 'national']]],
  ])('a part in brackets counts the same honor: %s', (s, want) => {
    expect(claimsInDingyuan(s, HENAN).map(honorWithUnit)).toEqual(want);
  });
  it('a 、 inside brackets does not cut the item', () => {
    const cs = claimsInDingyuan('团省委授予某某区委等9个县(市、区)团委“全省团建先进县”称号。', HENAN);
    expect(cs.map(honorWithUnit)).toEqual([['honor', 9, '个', '团建先进县', 'provincial']]);
  });
});

describe('items joined before one verb of receiving', () => {
  it.each([
    ['80名先进个人和40个先进集体荣获市“五一巾帼奖”。', [['honor', 80, '人', '五一巾帼奖', 'municipal'], ['honor', 40, '个', '五一巾帼奖', 'municipal']]],
    // (as many titles as items: each item its own, in order)
    ['全县12户家庭和5名妇女获评省级“最美家庭”“最美女性”。', [['honor', 12, '户', '最美家庭', 'provincial'], ['honor', 5, '人', '最美女性', 'provincial']]],
  ])('%s', (s, want) => {
    expect(claimsInDingyuan(s, NANPING).map(honorWithUnit)).toEqual(want);
  });
  it('获奖 before the recipients describes them', () => {
    expect(claimsInDingyuan('其中8位获奖个人、3个获奖集体被授予市五一劳动奖章、奖状。', NANPING).map(honorWithUnit)).toEqual([
      ['honor', 8, '人', '五一劳动奖章', 'municipal'],
      ['honor', 3, '个', '五一劳动奖状', 'municipal'],
    ]);
  });
});

describe('counts of honors as written', () => {
  it('the verb of the count is no part of the title', () => {
    expect(claimsInDingyuan('三年来县妇联获得“全国先进”称号就有六个之多。', DINGYUAN).map(honorWithUnit)).toEqual([['honor', 6, '个', '先进', 'national']]);
  });
  it('a frequency of conferring is a count', () => {
    expect(claimsInDingyuan('该奖项每两年表彰一次。', HENAN).map((c) => [c.kind, c.value, c.unit])).toEqual([['count', 1, '次']]);
  });
});

describe('years and relative clauses around titles', () => {
  it.each([
    ['某某社区党支部书记王某等18人获2021-2022年度省三八红旗手称号。', [['honor', 18, '人', '三八红旗手', 'provincial']]],
    ['某某公司等6个集体获2023年度市三八红旗集体称号。', [['honor', 6, '个', '三八红旗集体', 'municipal']]],
  ])('a span of years before the title: %s', (s, want) => {
    expect(claimsInDingyuan(s, NANPING).map(honorWithUnit)).toEqual(want);
  });
  it('为荣获…的个人颁发证书 confers nothing there', () => {
    expect(claimsInDingyuan('市妇联为荣获“省三八红旗手”的个人和单位颁发荣誉证书。', NANPING)).toEqual([]);
    expect(claimsInDingyuan('县妇联为获得市级“最美家庭”的郭某和李某送上鲜花、奖牌和荣誉证书。', DINGYUAN)).toEqual([]);
  });
  it('…之一 is no part of the title', () => {
    expect(claimsInDingyuan('县妇联成为全省受到表彰的35个“三八红旗集体”之一。', DINGYUAN).map(honorWithUnit)).toEqual([['honor', 35, '个', '三八红旗集体', 'provincial']]);
  });
});

describe('titles that stand around the count or the quote', () => {
  it('获此殊荣 names no new title', () => {
    const cs = claimsInDingyuan('全省共表彰“最美家庭”标兵户10户,我市王某和李某2户家庭获此殊荣。', NANPING);
    expect(cs.map(honorWithUnit)).toEqual([['honor', 10, '户', '最美家庭标兵户', 'provincial'], ['honor', 2, '户', null, 'provincial']]);
  });
  it('the title between the count and 入选', () => {
    expect(claimsInDingyuan('涵盖孝老敬亲、绿色环保等主题的60户“最美家庭”入选。', NANPING).map(honorWithUnit)).toEqual([['honor', 60, '户', '最美家庭', null]]);
  });
  it('levels listed before one title belong to it; the highest is the level', () => {
    expect(claimsInDingyuan('近年来,我市推选出420个全国级、省级、市级“最美家庭”。', NANPING).map(honorWithUnit)).toEqual([['honor', 420, '个', '最美家庭', 'national']]);
  });
  it('one quote inside a longer title', () => {
    const cs = claimsInDingyuan('市妇联获全省寻找“最美家庭”活动优秀组织奖。', NANPING);
    expect(cs.map((c) => [c.honor?.title, c.honor?.level])).toEqual([['寻找最美家庭活动优秀组织奖', 'provincial']]);
  });
});

describe('分获 and 分别荣获: each item its own title, in order', () => {
  it.each([
    ['150个集体和900名个人分获全国五一劳动奖状、奖章。', HENAN, [['honor', 150, '个', '五一劳动奖状', 'national'], ['honor', 900, '人', '五一劳动奖章', 'national']]],
    ['全县4个集体、7名个人分别荣获市级巾帼文明岗、巾帼建功标兵称号。', DINGYUAN, [['honor', 4, '个', '巾帼文明岗', 'municipal'], ['honor', 7, '人', '巾帼建功标兵', 'municipal']]],
    ['6户家庭分别获得省级“最美家庭”“文明家庭”称号。', DINGYUAN, [['honor', 6, '户', '最美家庭、文明家庭', 'provincial']]],
  ])('%s', (s, r, want) => {
    expect(claimsInDingyuan(s, r).map(honorWithUnit)).toEqual(want);
  });
});

describe('words at the edges of a title', () => {
  it.each([
    ['团县委获评“全省共青团工作先进单位”。', '共青团工作先进单位'],
    ['村委会荣获“共建共享示范单位”称号。', '共建共享示范单位'],
  ])('共 that opens a name stays: %s', (s, title) => {
    expect(claimsInDingyuan(s, DINGYUAN).map((c) => c.honor?.title)).toEqual([title]);
  });
  it('获得者 after the title names the holders', () => {
    expect(claimsInDingyuan('市总工会命名表彰市五一劳动奖章获得者180名。', NANPING).map(honorWithUnit)).toEqual([['honor', 180, '人', '五一劳动奖章', 'municipal']]);
  });
});

describe('person-times of the honored', () => {
  it('人次 counts the honored, not the honorings', () => {
    expect(claimsInDingyuan('全年共有150人次获得各级表彰。', DINGYUAN).map(honorWithUnit)).toEqual([['honor', 150, '人次', null, null]]);
    expect(claimsInDingyuan('全年共有86人次获得市级以上表彰。', DINGYUAN).map(honorWithUnit)).toEqual([['honor', 86, '人次', null, 'municipal']]);
  });
});

describe('more titles as written', () => {
  it('the longest honor suffix after the quote', () => {
    expect(claimsInDingyuan('省妇联授予王某等8户家庭“最美家庭”标兵户称号。', HENAN).map(honorWithUnit)).toEqual([['honor', 8, '户', '最美家庭标兵户', 'provincial']]);
  });
  it('a short province name before a quote inside a longer title is the level', () => {
    expect(claimsInDingyuan('授予某某市妇联等6个单位福建“最美家庭”活动优秀组织奖。', HENAN).map(honorWithUnit)).toEqual([['honor', 6, '个', '最美家庭活动优秀组织奖', 'provincial']]);
  });
  it('荣获…的N个单位中: the title ends before 的', () => {
    expect(claimsInDingyuan('在荣获省五一劳动奖状的18个单位中,企业占11家。', HENAN).filter((c) => c.kind === 'honor').map(honorWithUnit)).toEqual([['honor', 18, '个', '五一劳动奖状', 'provincial']]);
  });
  it('颁发 before a counted title is no part of it', () => {
    expect(claimsInDingyuan('全国总工会召开大会,颁发全国五一劳动奖状180个。', HENAN).map(honorWithUnit)).toEqual([['honor', 180, '个', '五一劳动奖状', 'national']]);
  });
  it('表彰了荣获…的先进集体: the honored are the object of the praise', () => {
    expect(claimsInDingyuan('大会表彰奖励了荣获自治区五一劳动奖状、奖章的先进集体和先进个人。', HENAN)).toEqual([]);
  });
});

describe('titles listed before 等N, candidates, 成功创建', () => {
  it('A、B、C等N户 with nothing after the count: the titles are the list', () => {
    const cs = claimsInDingyuan('评选定远县五好家庭、最美家庭、书香家庭等60户,推选市级最美家庭、五好家庭9户。', DINGYUAN);
    expect(cs.map(honorWithUnit)).toEqual([
      ['honor', 60, '户', '五好家庭、最美家庭、书香家庭', 'county'],
      ['honor', 9, '户', '最美家庭、五好家庭', 'municipal'],
    ]);
  });
  it('X等N个集体 + title keeps X as an example recipient', () => {
    expect(claimsInDingyuan('县妇联授予县医院护理部等12个集体“巾帼文明岗”称号。', DINGYUAN).map(honorWithUnit)).toEqual([['honor', 12, '个', '巾帼文明岗', 'county']]);
  });
  it.each([
    ['推选全国三八红旗手候选人4名。', 'people'],
    ['推选省级“最美家庭”候选户6户。', 'count'],
  ])('candidates were nominated, not honored: %s', (s, kind) => {
    expect(claimsInDingyuan(s, DINGYUAN).map((c) => c.kind)).toEqual([kind]);
  });
  it('成功创建 a leveled title after the count', () => {
    expect(claimsInDingyuan('全县3家单位成功创建省级“双学双比”示范基地。', DINGYUAN).map(honorWithUnit)).toEqual([['honor', 3, '家', '双学双比示范基地', 'provincial']]);
  });
});

describe('a name before a quote inside a longer title receives it', () => {
  it('授予X“T”特别奖', () => {
    expect(claimsInDingyuan('大会授予王某“最美护林员”特别奖。', NANPING).map((c) => [c.honor?.title, c.honor?.recipient])).toEqual([['最美护林员特别奖', '王某']]);
  });
});

describe('long lists stay fast', () => {
  it('a clause of forty joined counted items without praise', () => {
    const text = '表彰' + Array.from({ length: 40 }, (_, i) => `和${i + 1}个先进集体和个人`).join('') + '受到了关注。';
    const t0 = Date.now();
    claimsInDingyuan(text, DINGYUAN);
    expect(Date.now() - t0).toBeLessThan(3000);
  });
});

describe('各 gives each of the titles before it its own count', () => {
  it.each([
    ['评选表彰“好媳妇”“好婆婆”各30名。', [['honor', 30, '人', '好媳妇', null], ['honor', 30, '人', '好婆婆', null]]],
    ['县妇联评出最美家庭、文明家庭各50户。', [['honor', 50, '户', '最美家庭', 'county'], ['honor', 50, '户', '文明家庭', 'county']]],
    ['涌现出全国最美家庭、全国五好文明家庭3个。', [['honor', 3, '个', '最美家庭、五好文明家庭', 'national']]],
  ])('%s', (s, want) => {
    expect(claimsInDingyuan(s).map(honorWithUnit)).toEqual(want);
  });
});

describe('an untitled part of a counted honor is of its total\'s title and level', () => {
  it.each([
    ['全国妇联揭晓2019年度全国最美家庭,999户家庭获全国最美家庭荣誉。其中,朱某、许某等30户家庭入选。', [['honor', 999, '户', '最美家庭', 'national'], ['honor', 30, '户', '最美家庭', 'national']]],
    ['全省共有120人荣获省级三八红旗手称号,其中我县5人榜上有名。', [['honor', 120, '人', '三八红旗手', 'provincial'], ['honor', 5, '人', '三八红旗手', 'provincial']]],
  ])('%s', (s, want) => {
    expect(claimsInDingyuan(s).map(honorWithUnit)).toEqual(want);
  });
});

describe('as many titles as counted items: each item its title in order, also without 分获', () => {
  it.each([
    ['5名个人和3个集体获得全国三八红旗手和全国三八红旗集体称号。', [['honor', 5, '三八红旗手', 'national'], ['honor', 3, '三八红旗集体', 'national']]],
    ['12户家庭和4名个人荣获省级最美家庭、最美女性称号。', [['honor', 12, '最美家庭', 'provincial'], ['honor', 4, '最美女性', 'provincial']]],
    ['10个集体和20名个人获得全国三八红旗集体、三八红旗手称号。', [['honor', 10, '三八红旗集体', 'national'], ['honor', 20, '三八红旗手', 'national']]],
    ['207个集体和1035名个人分获全国五一劳动奖状、奖章。', [['honor', 207, '五一劳动奖状', 'national'], ['honor', 1035, '五一劳动奖章', 'national']]],
  ])('%s', (s, want) => {
    expect(claimsInDingyuan(s).map(honor)).toEqual(want);
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
    expect(claimsInDingyuan(s).map(honor)).toEqual(want);
  });
});

describe('the title ends at the 的 after 称号/殊荣 (获…殊荣的家庭增至6个)', () => {
  it.each([
    ['全市荣获“全国最美家庭”殊荣的家庭增至6个。', [['honor', 6, '最美家庭', 'national']]],
    ['我县获得“全国五好家庭”荣誉称号的家庭增至9户。', [['honor', 9, '五好家庭', 'national']]],
    ['全县荣获省级“巾帼文明岗”称号的单位达到15个。', [['honor', 15, '巾帼文明岗', 'provincial']]],
  ])('%s', (s, want) => {
    expect(claimsInDingyuan(s).map(honor)).toEqual(want);
  });
});

describe('the total before a counted honor is no part of its title (劳模累计达300名)', () => {
  it.each([
    ['另有5名职工获评市劳动模范,全区各级劳模累计达300名。', [['honor', 5, '劳动模范', 'municipal'], ['honor', 300, '劳模', null]]],
    ['全县省级以上“最美家庭”累计42户。', [['honor', 42, '最美家庭', 'provincial']]],
    ['获得“全国先进”称号的就有十五个。', [['honor', 15, '先进', 'national']]],
  ])('%s', (s, want) => {
    expect(claimsInDingyuan(s).map(honor)).toEqual(want);
  });
});

describe('X等N个单位为Y: 为 links the recipients to the title, it is no part of it', () => {
  it.each([
    ['市妇联授予市一中等12个单位为滁州市三八红旗集体。', CHUZHOU, [['honor', 12, '三八红旗集体', 'municipal']]],
    ['命名王某等25名同志为滁州市优秀妇女工作者。', CHUZHOU, [['honor', 25, '优秀妇女工作者', 'municipal']]],
    ['表彰县医院等8个单位为县巾帼建功先进集体,李某等20名同志为县巾帼建功标兵。', DINGYUAN,
      [['honor', 8, '巾帼建功先进集体', 'county'], ['honor', 20, '巾帼建功标兵', 'county']]],
    ['命名刘某家庭等16户家庭为县级“最美家庭”。', DINGYUAN, [['honor', 16, '最美家庭', 'county']]],
  ])('%s', (s, r, want) => {
    expect(claimsInDingyuan(s, r).map(honor)).toEqual(want);
  });
  it.each([
    // no 为: the title follows the noun as before
    ['授予县一中等10个单位“巾帼文明岗”称号。', [['honor', 10, '巾帼文明岗', null]]],
    ['授予张某等10名同志全国三八红旗手称号。', [['honor', 10, '三八红旗手', 'national']]],
    // 为 as a preposition of service is no title link
    ['为200名妇女提供免费体检。', [['people', 200, null, null]]],
  ])('counter-example: %s', (s, want) => {
    expect(claimsInDingyuan(s).map(honor)).toEqual(want);
  });
});

describe('5人2集体分别荣获A和B: collectives counted without 个 are honored items too, each its own title', () => {
  it.each([
    ['其中我市5人2集体分别荣获“全省三八红旗手”和“全省三八红旗集体”称号。', CHUZHOU,
      [['honor', 5, '三八红旗手', 'provincial'], ['honor', 2, '三八红旗集体', 'provincial']]],
    ['我县3人1集体分别荣获“全市三八红旗手”和“全市三八红旗集体”称号。', DINGYUAN,
      [['honor', 3, '三八红旗手', 'municipal'], ['honor', 1, '三八红旗集体', 'municipal']]],
    ['我市3人2集体获省妇联表彰。', CHUZHOU, [['honor', 3, null, 'provincial'], ['honor', 2, null, 'provincial']]],
  ])('%s', (s, r, want) => {
    expect(claimsInDingyuan(s, r).map(honor)).toEqual(want);
  });
  it.each([
    ['全县共有6集体参加比赛。', [['count', 6, null, null]]],
    ['我县5人、2个集体分别荣获“全省三八红旗手”和“全省三八红旗集体”称号。',
      [['honor', 5, '三八红旗手', 'provincial'], ['honor', 2, '三八红旗集体', 'provincial']]],
  ])('counter-example: %s', (s, want) => {
    expect(claimsInDingyuan(s).map(honor)).toEqual(want);
  });
});

describe('中 after a title means among its holders, no part of it', () => {
  it.each([
    ['在评出的30个“巾帼文明岗”中,窗口单位占一半。', [['honor', 30, '巾帼文明岗', null]]],
    ['表彰的50名三八红旗手中,农村妇女20名。', [['honor', 50, '三八红旗手', null]]],
  ])('%s', (s, want) => {
    expect(claimsInDingyuan(s).map(honor).filter((c) => c[0] === 'honor')).toEqual(want);
  });
});

describe('a counted title ends where 并/同时 opens a next act with a count of its own', () => {
  it.each([
    ['全国妇联表彰990户第十三届全国五好家庭并揭晓990户全国最美家庭。', ANHUI,
      [['honor', 990, '五好家庭', 'national'], ['honor', 990, '最美家庭', 'national']]],
    ['县妇联表彰30户五好家庭并授予20户家庭“最美家庭”称号。', DINGYUAN,
      [['honor', 30, '五好家庭', 'county'], ['honor', 20, '最美家庭', 'county']]],
    ['市妇联命名15个巾帼文明岗,同时表彰40名三八红旗手。', CHUZHOU,
      [['honor', 15, '巾帼文明岗', 'municipal'], ['honor', 40, '三八红旗手', 'municipal']]],
  ])('%s', (s, r, want) => {
    expect(claimsInDingyuan(s, r).map(honor)).toEqual(want);
  });
  it.each([
    // 并 after a title opens the next act (颁发证书); 揭晓 without a count after it confers nothing
    ['表彰30户五好家庭并颁发证书。', [['honor', 30, '五好家庭', null]]],
    ['评选结果已揭晓,共30人。', [['people', 30, null, null]]],
    // 并 inside a quoted title is part of it
    ['授予10户家庭“团结并进家庭”称号。', [['honor', 10, '团结并进家庭', null]]],
  ])('counter-example: %s', (s, want) => {
    expect(claimsInDingyuan(s).map(honor)).toEqual(want);
  });
});

describe('授予A个X和B个Y T1和T2: counted recipients joined before their titles take one title each, in order', () => {
  it.each([
    ['此次还授予80个组织和90个项目第十二届中国青年志愿者优秀组织奖和项目奖。', ANHUI,
      [['honor', 80, '青年志愿者优秀组织奖', 'national'], ['honor', 90, '项目奖', 'national']]],
    ['大会授予20个集体和50名个人全国三八红旗集体和全国三八红旗手称号。', ANHUI,
      [['honor', 20, '三八红旗集体', 'national'], ['honor', 50, '三八红旗手', 'national']]],
    ['授予10个集体、30名个人和5户家庭市三八红旗集体、市三八红旗手和市最美家庭称号。', DINGYUAN,
      [['honor', 10, '三八红旗集体', 'municipal'], ['honor', 30, '三八红旗手', 'municipal'], ['honor', 5, '最美家庭', 'municipal']]],
    ['县妇联授予12个集体和36名个人“巾帼建功先进集体”和“巾帼建功标兵”称号。', DINGYUAN,
      [['honor', 12, '巾帼建功先进集体', 'county'], ['honor', 36, '巾帼建功标兵', 'county']]],
  ])('%s', (s, r, want) => {
    expect(claimsInDingyuan(s, r).map(honor)).toEqual(want);
  });
  it.each([
    // each item with its own title, or no title at all
    ['授予20个集体“巾帼文明岗”称号、30名个人“三八红旗手”称号。', [['honor', 20, '巾帼文明岗', null], ['honor', 30, '三八红旗手', null]]],
    ['表彰了10个集体、30名个人。', [['honor', 10, null, null], ['honor', 30, null, null]]],
    // one item: the joined titles stay joined
    ['授予50名个人“三八红旗手”和“巾帼建功标兵”称号。', [['honor', 50, '三八红旗手、巾帼建功标兵', null]]],
  ])('counter-example: %s', (s, want) => {
    expect(claimsInDingyuan(s, ANHUI).map(honor)).toEqual(want);
  });
});

describe('其中 list of quoted titles: an unquoted item with the head noun of the quoted title before it is one more title', () => {
  it.each([
    ['全县860户家庭榜上有名,其中“和谐家庭”120户、“书香家庭”80户、勤俭节约家庭60户。',
      [['honor', 860, null, null], ['honor', 120, '和谐家庭', null], ['honor', 80, '书香家庭', null], ['honor', 60, '勤俭节约家庭', null]]],
    ['表彰巾帼建功集体40个,其中“巾帼文明岗”25个、巾帼示范岗15个。',
      [['honor', 40, '巾帼建功集体', null], ['honor', 25, '巾帼文明岗', null], ['honor', 15, '巾帼示范岗', null]]],
  ])('%s', (s, want) => {
    expect(claimsInDingyuan(s).map(honor)).toEqual(want);
  });
  it.each([
    // another head noun, or a description of those honored, stays what it was
    ['全县860户家庭榜上有名,其中“和谐家庭标兵”49户、农村家庭500户。', [['honor', 860, null, null], ['honor', 49, '和谐家庭标兵', null], ['count', 500, null, null]]],
    ['表彰三八红旗手100名,其中“巾帼建功标兵”20名、农村妇女30名。', [['honor', 100, '三八红旗手', null], ['honor', 20, '巾帼建功标兵', null], ['people', 30, null, null]]],
  ])('counter-example: %s', (s, want) => {
    expect(claimsInDingyuan(s).map(honor)).toEqual(want);
  });
});

describe('an uncounted title standing alone between counted honors of one 、 series is an honor of its own', () => {
  it.each([
    ['大会上,12名市三八红旗手标兵、十佳巾帼文明岗、300名市三八红旗手和80个市三八红旗集体受到表彰。', CHUZHOU,
      [['honor', 12, '三八红旗手标兵', 'municipal'], ['honor', null, '十佳巾帼文明岗', 'municipal'], ['honor', 300, '三八红旗手', 'municipal'], ['honor', 80, '三八红旗集体', 'municipal']]],
    ['表彰了20户全国最美家庭、省级文明家庭、50户市级五好家庭。', CHUZHOU,
      [['honor', 20, '最美家庭', 'national'], ['honor', null, '文明家庭', 'provincial'], ['honor', 50, '五好家庭', 'municipal']]],
  ])('%s', (s, r, want) => {
    expect(claimsInDingyuan(s, r).map(honor)).toEqual(want);
  });
  it.each([
    // not a title between them, or the items of different clauses
    ['表彰了20户最美家庭、部分困难家庭、50户五好家庭。', [['honor', 20, '最美家庭', null], ['honor', 50, '五好家庭', null]]],
    ['表彰了20户最美家庭,慰问了困难家庭,表彰50户五好家庭。', [['honor', 20, '最美家庭', null], ['honor', 50, '五好家庭', null]]],
  ])('counter-example: %s', (s, want) => {
    expect(claimsInDingyuan(s, CHUZHOU).map(honor)).toEqual(want);
  });
});

describe('命名A个X为“T1”,B名Y为“T2”: a count opening the next clause, named 为 a quoted title, continues the list', () => {
  it.each([
    ['团市委命名10个团支部为“五四红旗团支部”,20名团员为“优秀共青团员”。', CHUZHOU,
      [['honor', 10, '五四红旗团支部', 'municipal'], ['honor', 20, '优秀共青团员', 'municipal']]],
    ['县总工会命名5个班组为“工人先锋号”,12名职工为“县五一劳动奖章”获得者称号。', DINGYUAN,
      [['honor', 5, '工人先锋号', 'county'], ['honor', 12, '五一劳动奖章', 'county']]],
    ['评选出100名妇女为“最美巾帼”。', CHUZHOU, [['honor', 100, '最美巾帼', null]]],
  ])('%s', (s, r, want) => {
    expect(claimsInDingyuan(s, r).map(honor)).toEqual(want);
  });
  it.each([
    ['市妇联表彰了10个集体,20名志愿者为活动提供服务。', [['honor', 10, null, 'municipal'], ['people', 20, null, null]]],
    ['20名志愿者为“两癌”筛查提供服务。', [['people', 20, null, null]]],
  ])('counter-example: %s', (s, want) => {
    expect(claimsInDingyuan(s, CHUZHOU).map(honor)).toEqual(want);
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

describe('one quote listing several titles (“好婆婆、好媳妇、最美家庭”) stays whole after the count', () => {
  it.each([
    ['县妇联表彰51名“好婆婆、好媳妇、最美家庭”。', [['honor', 51, '好婆婆、好媳妇、最美家庭', 'county']]],
    ['县妇联评选表彰了30户“文明家庭、平安家庭”。', [['honor', 30, '文明家庭、平安家庭', 'county']]],
  ])('%s', (s, want) => {
    expect(claimsInDingyuan(s).map(honor)).toEqual(want);
  });
  it.each([
    // separate quotes are separate items; a quote that does not close before the next item is none
    ['县妇联表彰了20名“最美巾帼”、10个“巾帼文明岗”。', [['honor', 20, '最美巾帼', 'county'], ['honor', 10, '巾帼文明岗', 'county']]],
  ])('counter-example: %s', (s, want) => {
    expect(claimsInDingyuan(s).map(honor)).toEqual(want);
  });
});

describe('a title that goes on after 提名 is a title', () => {
  it('提名家庭称号', () => {
    expect(claimsInDingyuan('6户家庭获全国“最美家庭”提名家庭称号。').map(honor)).toEqual([['honor', 6, '最美家庭提名家庭', 'national']]);
  });
});

describe('a province\'s official short name opening a title is its level word', () => {
  it.each([
    ['授予某某公司等6家单位“江西公益事业突出贡献奖”。', '6家', '公益事业突出贡献奖'],
    ['评选张某等12人为“云南助学工作十大爱心人物”。', '12人', '助学工作十大爱心人物'],
    ['今年评出“浙江青年岗位能手”80名。', '80名', '青年岗位能手'],
    ['共有15户家庭荣获“内蒙古书香家庭”称号。', '15户', '书香家庭'],
  ])('%s', (text, needle, title) => {
    const c = claimNearIn(FUJIAN)(text, needle);
    expect(c?.kind).toBe('honor');
    expect(c?.honor?.title).toBe(title);
    expect(c?.honor?.level).toBe('provincial');
  });
  it.each([
    ['10户家庭获得“齐鲁书香家庭”称号。', '10户', '齐鲁书香家庭'],
    ['授予王某等8户家庭“荆楚最美家庭”荣誉称号。', '8户', '荆楚最美家庭'],
  ])('a literary name is no official one and stays: %s', (text, needle, title) => {
    expect(claimNearIn(FUJIAN)(text, needle)?.honor?.title).toBe(title);
  });
  it('a prefecture whose name begins with a province\'s stays whole', () => {
    const qh = region('632500', '海南藏族自治州', 'city', '青海省', '海南藏族自治州', null);
    expect(claimNearIn(qh)('共有9名同志获得“海南州优秀妇女干部”称号。', '9名')?.honor?.title).not.toMatch(/^州/);
  });
});

describe('titles: a year and a place between 为 and the quote, a verb after the closing quote', () => {
  it.each([
    ['县妇联命名15名优秀女性为2020年度滁州市“三八红旗手”。', [['honor', 15, '三八红旗手', 'municipal']]],
    ['市妇联命名20户家庭为安徽省“最美家庭”。', [['honor', 20, '最美家庭', 'provincial']]],
    ['评选出的30户滁州市“十佳文明家庭”作为全市家庭的典范。', [['honor', 30, '十佳文明家庭', 'municipal']]],
    ['评选出的12名县“巾帼标兵”成为妇女学习的榜样。', [['honor', 12, '巾帼标兵', 'county']]],
  ])('%s', (s, want) => {
    expect(claimsInDingyuan(s).map(honor)).toEqual(want);
  });
  it('counter-example: an honor suffix after the quote stays in the title', () => {
    expect(claimsInDingyuan('评出“美丽庭院”示范户20户。').map((c) => c.honor?.title)).toEqual(['美丽庭院示范户']);
  });
});

describe('honors: a title with a quote inside, its suffix longer than four characters', () => {
  it.each([
    ['共有12个团支部获得南充“五四”红旗团支部荣誉称号。', '12个', '五四红旗团支部'],
    ['授予某某等9个团支部南充“五四”红旗团支部称号。', '9个', '五四红旗团支部'],
    ['30户家庭被评为“美丽庭院”示范户。', '30户', '美丽庭院示范户'],
  ])('%s', (text, needle, title) => {
    expect(claimNearShunqing(text, needle)?.honor?.title).toBe(title);
  });
});

describe('honors: a dash or an open bracket ends a title', () => {
  it.each([
    ['涌现出了全国最美家庭--某镇某村教师李某某家庭(全县仅2家)。', '2家', '最美家庭'],
    ['涌现出全国五好文明家庭——某村张某某家庭(全市共5户)。', '5户', '五好文明家庭'],
  ])('%s', (text, needle, title) => {
    expect(claimNearShunqing(text, needle)?.honor?.title).toBe(title);
  });
});

describe('the winners and 以/获得 before a prize are no part of its title, nor their place its level', () => {
  it.each([
    ['麒麟区代表团以金牌68枚、银牌52枚的成绩位列金牌榜第一名。', [['honor', 68, '金牌', null], ['honor', 52, '银牌', null]]],
    ['沾益区代表团获得金牌41枚。', [['honor', 41, '金牌', null]]],
  ])('%s', (s, want) => {
    expect(claimsInDingyuan(s).map(honor)).toEqual(want);
  });
  it('a verb that ends a person noun is no verb: 评出先进集体3个、优秀运动员120名', () => {
    expect(claimsInDingyuan('评出先进集体3个、优秀运动员120名。').map(honor)).toEqual([['honor', 3, '先进集体', null], ['honor', 120, '优秀运动员', null]]);
  });
});

describe('the count of a list in brackets counts the title quoted before 名单', () => {
  it.each([
    ['市妇联公布了2023年度“最美家庭”名单(共30户)。', [['honor', 30, '最美家庭', 'municipal']]],
    ['县妇联公布“巾帼建功标兵”名单(12人)。', [['honor', 12, '巾帼建功标兵', 'county']]],
  ])('%s', (s, want) => {
    expect(claimsInDingyuan(s).map(honor)).toEqual(want);
  });
});

describe('a list of titles closed by 等称号/等荣誉: each item a title, whatever its words', () => {
  const titles = (s: string) => claimsInDingyuan(s).filter((c) => c.kind === 'honor').map((c) => [c.honor?.title, c.honor?.level]);
  it.each([
    ['该村先后获得全国文明村、省级卫生村等称号。', [['文明村', 'national'], ['卫生村', 'provincial']]],
    ['该村先后获得全国文明村、省级生态村、市级美丽乡村示范村等荣誉称号。', [['文明村', 'national'], ['生态村', 'provincial'], ['美丽乡村示范村', 'municipal']]],
    ['团县委先后获得全国五四红旗团委、福建省青年文明号集体等荣誉。', [['五四红旗团委', 'national'], ['青年文明号集体', 'provincial']]],
  ] as [string, string[][]][])('%s', (s, want) => {
    expect(titles(s)).toEqual(want);
  });

  it('titles of the civility campaigns read as titles without the closing words (文明单位, 青年文明号)', () => {
    expect(titles('县妇联机关被评为省级文明单位。')).toEqual([['文明单位', 'provincial']]);
    expect(titles('全市新增市级青年文明号12个。')).toEqual([['青年文明号', 'municipal']]);
  });

  it('counter-example: a list of help received closed by 等帮助 names no title', () => {
    expect(titles('合作社先后获得资金扶持、技术指导等帮助。')).toEqual([]);
  });
});

describe('after a semicolon, a clause that confers on someone it names is an honor of its own, no title added to the count before', () => {
  it('…为“巾帼文明岗”;授予X“示范妇女之家”称号', () => {
    const cs = claimsInHengxian('省妇联命名某区妇联等30个单位为“海南省巾帼文明岗”;授予某镇妇女之家“海南省示范妇女之家”称号。', region('460000', '海南省', 'province', '海南省', null, null));
    expect(cs.map((c) => [c.value, c.honor?.title, c.honor?.recipient ?? null])).toEqual([[30, '巾帼文明岗', null], [null, '示范妇女之家', '某镇妇女之家']]);
  });
  it('counter-example: 并同时授予 with no recipient of its own adds a title to the count', () => {
    const cs = claimsInHengxian('授予张某等10户家庭“最美家庭”荣誉称号,并同时授予“五好文明家庭”称号。');
    expect(cs.map((c) => [c.value, c.honor?.title])).toEqual([[10, '最美家庭、五好文明家庭']]);
  });
});

describe('the copula before the counts (分别为) is no part of the title; the last item joined by 和 keeps it', () => {
  it.each([
    ['全市评选出市、县两级最美家庭分别为2100户、9800余户。', ['最美家庭', '最美家庭']],
    ['全县“最美家庭”分别是120户、86户和64户。', ['最美家庭', '最美家庭', '最美家庭']],
  ])('%s', (s, want) => {
    expect(claimsInDingyuan(s).map((c) => c.honor?.title)).toEqual(want);
  });
});

describe('the time, score or rank a recipient won with (以3分32秒15, 以优异成绩) is no part of its name', () => {
  it.each([
    ['男子接力决赛中,广东队以3分32秒15获得银牌。', '广东队'],
    ['市代表队以总分第一的成绩荣获团体一等奖。', '市代表队'],
    ['张某以优异成绩获评“三八红旗手”称号。', '张某'],
    ['县妇联以创新举措荣获“全国巾帼文明岗”称号。', '县妇联'],
  ])('%s', (s, who) => {
    expect(claimsInDingyuan(s, NANPING).filter((c) => c.kind === 'honor').map((c) => c.honor?.recipient)).toEqual([who]);
  });
});

describe('分别: a joined list of titles gives one title to each figure of the list, in order', () => {
  it.each([
    ['五年来,区级三八红旗手(集体)、巾帼文明岗分别达到860个和210个。', [['三八红旗手(集体)', 860], ['巾帼文明岗', 210]]],
    ['全县评选表彰“最美家庭”、“文明家庭”分别为120户和80户。', [['最美家庭', 120], ['文明家庭', 80]]],
    ['今年全县“五好家庭”、“平安家庭”和“最美家庭”分别有30户、20户和50户。', [['五好家庭', 30], ['平安家庭', 20], ['最美家庭', 50]]],
  ])('%s', (s, want) => {
    expect(claimsInDingyuan(s, NANPING).map((c) => [c.honor?.title, c.value])).toEqual(want);
  });
  it('counter-example: one quoted title listing several names stays whole', () => {
    expect(claimsInDingyuan('县妇联表彰51名“好婆婆、好媳妇、最美家庭”。', NANPING).map((c) => c.honor?.title)).toEqual(['好婆婆、好媳妇、最美家庭']);
  });
});

describe('texts chosen as the best, counted by 则 and 条 (“十佳好家训”10则)', () => {
  it.each([
    ['评选出“十佳好家训”10则。', ['honor', 10, '则', '十佳好家训']],
    ['全县评选出“优秀家风故事”20条。', ['honor', 20, '条', '优秀家风故事']],
    ['活动共评出“最美家训”12则,并汇编成册。', ['honor', 12, '则', '最美家训']],
  ])('%s', (s, want) => {
    const c = claimsInDingyuan(s)[0];
    expect([c.kind, c.value, c.unit, c.honor?.title]).toEqual(want);
  });
  it.each([
    // counter-examples: texts collected or issued are counts
    ['征集家规家训1200余则。', ['count', 1200, '则', undefined]],
    ['出台帮扶措施20条。', ['count', 20, '条', undefined]],
  ])('counter-example: %s', (s, want) => {
    const c = claimsInDingyuan(s)[0];
    expect([c.kind, c.value, c.unit, c.honor?.title]).toEqual(want);
  });
});

describe('the praised named after 对 take no part of whoever praises before it into their title', () => {
  it.each([
    ['会议对2023年度炉桥镇“最美家庭”30户进行了表彰。', [[30, '最美家庭']]],
    ['大会对全县“最美家庭”50户、“五好家庭”30户进行了表彰。', [[50, '最美家庭'], [30, '五好家庭']]],
    // counter-example: a title with nothing before it
    ['“最美家庭”20户受到表彰。', [[20, '最美家庭']]],
  ])('%s', (s, want) => {
    expect(claimsInDingyuan(s).filter((c) => c.kind === 'honor').map((c) => [c.value, c.honor?.title])).toEqual(want);
  });
});

describe('a title is no place of the words before it: 另有 and a city (另有滁州市“…”), a zone or district before the quote (高新区“…”)', () => {
  it.each([
    ['会议通报了上级荣誉:另有滁州市“三八红旗手”6名、滁州市“最美家庭”12户。', [['honor', 6, '三八红旗手', 'municipal'], ['honor', 12, '最美家庭', 'municipal']]],
    ['此外,还有滁州市“巾帼文明岗”3个。', [['honor', 3, '巾帼文明岗', 'municipal']]],
    ['评选经开区“技术能手”60名、“金牌工人”30名。', [['honor', 60, '技术能手', null], ['honor', 30, '金牌工人', null]]],
    ['命名高新区“最美家庭”20户。', [['honor', 20, '最美家庭', null]]],
    // counter-example: a level word before the quote is still the level
    ['评选县级“技术能手”60名。', [['honor', 60, '技术能手', 'county']]],
  ])('%s', (s, want) => {
    expect(claimsInDingyuan(s).filter((c) => c.kind === 'honor').map(honor)).toEqual(want);
  });
});

describe('a verb inside a named example before X等 (王建设家庭等) governs nothing: the verb of conferring before it does', () => {
  it.each([
    ['县妇联命名王建设家庭等100户家庭为县级“最美家庭”。', [['honor', 100, '最美家庭', 'county']]],
    ['授予张建设等20名同志县级“三八红旗手”称号。', [['honor', 20, '三八红旗手', 'county']]],
    ['命名李发展家庭等30户为县级“五好家庭”。', [['honor', 30, '五好家庭', 'county']]],
    // counter-examples: a verb of its own that builds, and one that opens the clause before a quoted example
    ['新建设妇女之家等10个。', [['count', 10, null, null]]],
    ['发布了“百善孝为先”等20条好家风。', [['count', 20, null, null]]],
  ])('%s', (s, want) => {
    expect(claimsInDingyuan(s).map(honor)).toEqual(want);
  });
});

describe('titles listed before 等荣誉称号N项 are examples of the honors the count counts, no honors of their own', () => {
  it.each([
    ['区妇联先后获得全国维护妇女儿童权益先进集体、首都巾帼文明岗等荣誉称号12项。', [['honor', 12, null]]],
    ['市妇联先后获得全国三八红旗集体、全省妇联系统先进集体等荣誉14项。', [['honor', 14, null]]],
    ['旗妇联先后荣获全国“三八红旗集体”、自治区“巾帼建功先进集体”等荣誉称号23项。', [['honor', 23, null]]],
    // counter-example: with no count after 等称号, each title is an honor of its own
    ['县妇联先后荣获全国三八红旗集体、省巾帼文明岗等称号。', [['honor', null, '三八红旗集体'], ['honor', null, '巾帼文明岗']]],
  ])('%s', (s, want) => {
    expect(claimsInDingyuan(s).map((c) => [c.kind, c.value, c.honor?.title ?? null])).toEqual(want);
  });
});

import { describe, expect, it } from 'vitest';
import {
  extractFrom, honor, DINGYUAN, CHUZHOU, ANHUI, NANPING, HENAN, XINBEI, SHUNQING, WUXI, claimsInChuzhou, claimsInDingyuan, claimsInHengxian, claimNear, claimNearShunqing, honorWithUnit, withRecipient, kindOf,
} from '../extract-helpers.js';
import type { Claim, Region } from '../../src/doc.js';

// Honors (spec "Honors"): the verbs and frames that confer, the recipients, and what is no honor.
// Sentences of our own in the genre, each rule in several wordings, with counter-examples that must not change.

describe('a count inside a 是…的榜样 predicate counts those who learn, it is no honor', () => {
  it.each([
    ['累计评选各级最美家庭500户,他们热心公益、孝老爱亲,是全市120万户家庭学习的榜样。',
      [['honor', 500, null], ['count', 1200000, null]]],
    ['共表彰三八红旗手100名,她们是全县20万名妇女学习的榜样。', [['honor', 100, null], ['people', 200000, null]]],
    ['共表彰三八红旗手100名,她们成为全县20万名妇女的楷模。', [['honor', 100, null], ['people', 200000, null]]],
  ])('%s', (s, want) => {
    expect(claimsInChuzhou(s).map(kindOf)).toEqual(want);
  });
  it.each([
    // no 是 before the number: an honor named by what it is stays one
    ['全县评出10名身边的榜样。', [['honor', 10, 'county']], DINGYUAN],
    ['共表彰全市三八红旗手100名。', [['honor', 100, 'municipal']], CHUZHOU],
  ])('counter-example: %s', (s, want, r) => {
    expect(claimsInChuzhou(s, r).map(kindOf)).toEqual(want);
  });
});

describe('representatives of the honored, counted where no conferring stands in their clause, are no honor', () => {
  it.each([
    ['现场,五户“全国最美家庭”代表分别以家风传承为主题,讲述了家庭故事。', [['count', 5, null]]],
    ['会上,3名全国三八红旗手代表作了发言。', [['people', 3, null]]],
    ['活动中,六位“省级最美家庭”代表分享了各自的家风故事。', [['people', 6, null]]],
  ])('%s', (s, want) => {
    expect(claimsInChuzhou(s).map(kindOf)).toEqual(want);
  });
  it.each([
    // the representatives are the ones honored in their own clause
    ['会上,表彰了10名“全国最美家庭”代表。', [['honor', 10, 'national']]],
    // a title with no 代表 after it stays an honor
    ['会上,3名全国三八红旗手作了发言。', [['honor', 3, 'national']]],
  ])('counter-example: %s', (s, want) => {
    expect(claimsInChuzhou(s).map(kindOf)).toEqual(want);
  });
});

describe('an uncounted honor whose recipient has a numeral inside its quoted name is still conferred', () => {
  it.each([
    ['组织志愿服务3000余场,“阳光”项目入选全国“十大优秀项目”,“一家亲”志愿服务队获评全国“十佳优秀组织”。',
      [['count', 3000, null, null], ['honor', null, '十大优秀项目', 'national'], ['honor', null, '十佳优秀组织', 'national']]],
    ['“三个一”服务队荣获全省“优秀组织”称号。', [['honor', null, '优秀组织', 'provincial']]],
    ['“一家亲”志愿服务队被评为全国“最佳志愿服务组织”。', [['honor', null, '最佳志愿服务组织', 'national']]],
  ])('%s', (s, want) => {
    expect(claimsInChuzhou(s).map(honor)).toEqual(want);
  });
  it.each([
    // an unquoted count in the subject still belongs to a counted claim
    ['3户家庭获评全国“最美家庭”。', [['honor', 3, '最美家庭', 'national']]],
    ['与50余名儿童组成一个大家庭的吴某家庭当选全国“最美家庭”。', [['people', 50, null, null], ['honor', null, '最美家庭', 'national']]],
  ])('counter-example: %s', (s, want) => {
    expect(claimsInChuzhou(s).map(honor)).toEqual(want);
  });
});

describe('counted items written without separators before 受到表彰', () => {
  it.each([
    ['在全国表彰大会上,我省6家单位12名职工9个集体受到表彰。', ['6家', '12名', '9个']],
    ['全县3个村200名妇女受到表彰。', ['3个', '200名']],
    ['本届大会上全市8个单位15名个人受到市委表彰。', ['8个', '15名']],
  ])('%s', (text, needles) => {
    for (const n of needles) {
      const c = claimNear(text, n);
      expect(c?.kind, n).toBe('honor');
      expect(c?.honor?.title ?? null, n).toBeNull();
    }
  });
  it.each([
    // counter-examples: a count that is no item of the praised list; a single praised noun keeps it
    ['全县举办培训3期120名妇女参加,受到表彰。', '3期', 'count'],
    ['全县举办培训3期120名妇女参加,受到表彰。', '120名', 'people'],
  ])('%s: %s → %s', (text, needle, kind) => {
    expect(claimNear(text, needle)?.kind).toBe(kind);
  });
  it('a single counted noun keeps its noun as before', () => {
    expect(claimNear('全市32名职工受到表彰。', '32名')?.honor?.title).toBe('职工');
  });
});

describe('organisers counted before 联合/共同 are no honor', () => {
  it.each([
    ['2019年5月至8月,省妇联、省文明办、省总工会等7家单位联合在全省开展寻找“最美家庭”活动。', '7家', 'count'],
    ['市妇联、市文明办等5个部门共同开展“最美家庭”评选。', '5个', 'count'],
    ['团县委、县教育局等4家单位携手举办“优秀志愿者”评选。', '4家', 'count'],
    // counter-example: 联合 inside the praise after 受到
    ['全市12个集体受到市委市政府联合表彰。', '12个', 'honor'],
  ])('%s: %s → %s', (text, needle, kind) => {
    expect(claimNear(text, needle)?.kind).toBe(kind);
  });
});

describe('对 with a scope closed by 中 before the object of 授予', () => {
  it.each([
    ['对“3·15”救治工作中 3个医疗先进集体授予省五一劳动奖状,对4名先进个人授予省五一劳动奖章。', '3个', 'honor', 'provincial'],
    ['对抗洪抢险工作中5名先进个人授予市五一劳动奖章。', '5名', 'honor', 'municipal'],
    // counter-example: 对…中 without a title conferred
    ['对去年工作中12个村进行了走访。', '12个', 'count', null],
  ])('%s: %s → %s', (text, needle, kind, level) => {
    const c = claimNear(text, needle);
    expect(c?.kind).toBe(kind);
    expect(c?.honor?.level ?? null).toBe(level);
  });
});

describe('a bare 入选 with no title, level or honor list before is no honor', () => {
  it.each([
    ['经过选拔,共有150人入选,他们将分赴20个县。', '150人', 'people'],
    ['经过严格面试,最终80名大学生入选。', '80名', 'people'],
    // counter-examples: a list or a contest named before in the paragraph
    ['全国最美家庭名单揭晓,我县3户家庭入选。', '3户', 'honor'],
    ['在“最美家庭”评选中,我镇5户家庭入选。', '5户', 'honor'],
  ])('%s: %s → %s', (text, needle, kind) => {
    expect(claimNear(text, needle)?.kind).toBe(kind);
  });
});

describe('holders of titles named by a noun after them confer nothing', () => {
  const uncounted = (text: string) => extractFrom(text, null).filter((c) => c.kind === 'honor' && c.value === null).map((c) => c.honor?.title);
  it.each([
    ['县直妇委会主任,2021年度荣获省、市、县“最美家庭”“五好家庭”代表参加活动。', []],
    ['荣获“十佳巾帼标兵”获得者在会上发言。', []],
    // counter-examples: the title itself names 代表, or no noun follows
    ['他荣获“优秀代表”称号。', ['优秀代表']],
    ['王某家庭荣获省“最美家庭”。', ['最美家庭']],
  ])('%s', (text, want) => {
    expect(uncounted(text)).toEqual(want);
  });
});

describe('praise received on the spot', () => {
  it.each([
    ['来自全县各行各业共80名先进个人现场接受了表彰。', '80名', 'county'],
    ['会上,共120名志愿者当场受到表彰。', '120名', null],
  ])('%s', (text, needle, level) => {
    const c = claimNearShunqing(text, needle);
    expect(c?.kind).toBe('honor');
    expect(c?.honor?.level ?? null).toBe(level);
    expect(c?.subject).not.toMatch(/来自|当场|现场/);
  });
  it('training received is no honor', () => {
    expect(claimNearShunqing('共有300名妇女现场接受了培训。', '300名')?.kind).toBe('people');
  });
});

describe('examples X等N个T获(body)命名/表彰', () => {
  it('the noun before 获 is the title, the body gives the level', () => {
    const c = claimNearShunqing('王某等6个好孩子获市妇联命名。', '6个');
    expect(c?.kind).toBe('honor');
    expect(c?.honor?.title).toBe('好孩子');
    expect(c?.honor?.level).toBe('municipal');
  });
  it('a recipients noun before the praise names no title', () => {
    const c = claimNearShunqing('李某等3户家庭受到市妇联表彰。', '3户');
    expect(c?.kind).toBe('honor');
    expect(c?.honor?.title ?? null).toBeNull();
  });
  it('授予X等N名同志 keeps its title', () => {
    expect(claimNearShunqing('授予张某等10名同志全国三八红旗手称号。', '10名')?.honor?.title).toBe('三八红旗手');
  });
});

describe('a list of recipients closed by 等', () => {
  it('drops the 等', () => {
    const h = extractFrom('县医院、县妇幼保健院、县一中等获得全国三八红旗集体称号。', SHUNQING).find((c) => c.kind === 'honor');
    expect(h?.honor?.recipient).toBe('县医院、县妇幼保健院、县一中');
  });
});

describe('a series of titled items across commas shares the praise at its end (得到了表彰 too)', () => {
  it.each([
    ['由县妇联主办的揭晓活动上,俞某等50名“最美巾帼奋斗者”,县农商行等20个“最美巾帼奋斗集体”,以及45个“最美家庭”,206个“美丽庭院”得到了表彰。', [50, 20, 45, 206]],
    ['会上,王某等30名“巾帼建功标兵”,县医院等12个“巾帼文明岗”受到表彰。', [30, 12]],
    ['大会上,李某等8名“优秀志愿者”、5个“优秀志愿服务队”得到了表彰。', [8, 5]],
    ['区总工会表彰大会上,10名“最美职工”得到表彰。', [10]],
  ])('%s', (s, values) => {
    const cs = claimsInHengxian(s);
    expect(cs.map((c) => [c.value, c.kind])).toEqual(values.map((v) => [v, 'honor']));
    expect(cs.every((c) => c.honor?.title && !/表彰/.test(c.honor.title))).toBe(true);
  });
  it('a comma series without titles is no praised list', () => {
    const s = '全年培训妇女300人,发放资金20万元,12名妇女受到表彰。';
    expect(claimsInHengxian(s).map((c) => c.kind)).toEqual(['people', 'money', 'honor']);
  });
});

describe('praise that names no title (获得表彰) takes the title and level of the noun after the count', () => {
  it.each([
    ['会上,578位上海市三八红旗手和200个三八红旗集体获得表彰。', 578, '三八红旗手', 'provincial'],
    ['大会上,35名市级巾帼建功标兵获得表彰。', 35, '巾帼建功标兵', 'municipal'],
    ['表彰会上,60户省级文明家庭获得表彰。', 60, '文明家庭', 'provincial'],
  ])('%s', (s, value, title, level) => {
    const c = claimsInHengxian(s, WUXI).find((x) => x.value === value)!;
    expect([c.kind, c.honor?.title, c.honor?.level]).toEqual(['honor', title, level]);
  });
  it('a noun that is no title leaves the title empty', () => {
    const [c] = claimsInHengxian('全县有12户家庭获得表彰。');
    expect([c.kind, c.honor?.title]).toEqual(['honor', null]);
  });
});

describe('a count inside the 的-clause that describes a recipient leaves the uncounted honor standing', () => {
  it.each([
    ['与50余名智障儿童组成一个大家庭的“爱心妈妈”吴某家庭当选全国“最美家庭”。', 'national'],
    ['长期与30余名留守儿童结对的“爱心妈妈”王某家庭入选省级“最美家庭”。', 'provincial'],
    ['多年资助120名贫困学生完成学业的企业家李某家庭荣获市“最美家庭”称号。', 'municipal'],
  ])('%s', (s, level) => {
    const cs = claimsInHengxian(s);
    expect(cs.map((c) => c.kind)).toEqual(['people', 'honor']);
    expect(cs[1].honor?.level).toBe(level);
  });
  it('a counted recipient still makes a counted honor', () => {
    expect(claimsInHengxian('全县3户家庭当选全国“最美家庭”。').map((c) => [c.kind, c.value])).toEqual([['honor', 3]]);
  });
});

describe('授予N个集体/名个人 + title: the noun after the count names the recipients', () => {
  it.each([
    ['市总工会授予30个集体南平市“五一”劳动奖状称号,授予80名个人南平市五一劳动奖章称号。', NANPING, [['honor', 30, '个', '五一劳动奖状', 'municipal'], ['honor', 80, '人', '五一劳动奖章', 'municipal']]],
    ['县妇联授予25户家庭“最美家庭”称号。', DINGYUAN, [['honor', 25, '户', '最美家庭', 'county']]],
    ['团省委授予40个团支部全省“五四红旗团支部”称号。', HENAN, [['honor', 40, '个', '五四红旗团支部', 'provincial']]],
    ['县委、县政府命名12个村为“文明村”。', DINGYUAN, [['honor', 12, '个', '文明村', 'county']]],
  ])('%s', (s, r, want) => {
    expect(claimsInDingyuan(s, r).map(honorWithUnit)).toEqual(want);
  });
  it('a title that begins like a recipient noun stays whole', () => {
    expect(claimsInDingyuan('表彰了15个先进集体、36名先进个人。', DINGYUAN, '定远县妇联工作综述').map(honorWithUnit)).toEqual([
      ['honor', 15, '个', '先进集体', 'county'],
      ['honor', 36, '人', '先进个人', 'county'],
    ]);
  });
});

describe('a list of X等N名Y items with the praise at its end', () => {
  it('every item shares the praise; each keeps its own level word', () => {
    const text = '3月7日,我区召开纪念“三八”国际妇女节表彰大会。城南小学等8个市巾帼文明岗、王某等5名区优秀妇联干部、东风村妇联等9个基层妇女工作先进集体、李某等15名区“巾帼建功”先进个人受到了大会表彰。';
    expect(claimsInDingyuan(text, XINBEI).map(honorWithUnit)).toEqual([
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
    expect(claimsInDingyuan(s, DINGYUAN).map(honorWithUnit)).toEqual(want);
  });
});

describe('X等N个Y为“T” items after a comma share the 授予 before them', () => {
  it.each([
    ['团省委决定,授予王某等50名个人为“河南青年五四奖章”,某某突击队等20个集体为“河南青年五四奖章集体”。', HENAN, [
      ['honor', 50, '人', '青年五四奖章', 'provincial'], ['honor', 20, '个', '青年五四奖章集体', 'provincial'],
    ]],
    ['市妇联授予李某等30名同志“三八红旗手”称号,某某医院护理部等10个集体“三八红旗集体”称号。', NANPING, [
      ['honor', 30, '人', '三八红旗手', 'municipal'], ['honor', 10, '个', '三八红旗集体', 'municipal'],
    ]],
  ])('%s', (s, r, want) => {
    expect(claimsInDingyuan(s, r).map(honorWithUnit)).toEqual(want);
  });
});

describe('praise after the counted recipients', () => {
  it.each([
    ['全县有8个妇女组织和个人获省以上妇联组织表彰。', [['honor', 8, '个', null, 'provincial']]],
    ['20余名妇女组织和个人被市妇联表彰。', [['honor', 20, '人', null, 'municipal']]],
    ['全年共有15个基层组织和个人受到县委、县政府表彰。', [['honor', 15, '个', null, 'county']]],
  ])('%s', (s, want) => {
    expect(claimsInDingyuan(s, DINGYUAN).map(honorWithUnit)).toEqual(want);
  });
  it('a praise after the item wins over a verb of an earlier clause', () => {
    const cs = claimsInDingyuan('全县有6个集体获省级表彰,12名妇女被市妇联表彰。', DINGYUAN);
    expect(cs.map(honorWithUnit)).toEqual([['honor', 6, '个', null, 'provincial'], ['honor', 12, '人', '妇女', 'municipal']]);
  });
});

describe('为…颁奖: the items a prize is handed to are honors', () => {
  it('every item of the list, with its own level word', () => {
    const text = '县妇女工作表彰大会召开。与会领导为某某所等6个“巾帼文明岗”、某某村等4个村级“示范妇女之家”、王某等12名“巾帼建功标兵”颁奖。';
    expect(claimsInDingyuan(text, DINGYUAN).map(honorWithUnit)).toEqual([
      ['honor', 6, '个', '巾帼文明岗', 'county'],
      ['honor', 4, '个', '示范妇女之家', 'township'],
      ['honor', 12, '人', '巾帼建功标兵', 'county'],
    ]);
  });
});

describe('more verbs and frames of conferring', () => {
  it('涌现出来的 is one verb', () => {
    expect(claimsInDingyuan('大会对竞赛中涌现出来的5个先进单位、9位先进个人进行了表彰。', DINGYUAN, '定远县总工会劳动竞赛表彰大会').map(honorWithUnit)).toEqual([
      ['honor', 5, '个', '先进单位', 'county'],
      ['honor', 9, '人', '先进个人', 'county'],
    ]);
  });
  it('prizes set up for a contest are won all the same', () => {
    expect(claimsInDingyuan('县总工会举办职工技能比赛,设立一等奖2名、二等奖4名、三等奖8名。', DINGYUAN).map(honorWithUnit)).toEqual([
      ['honor', 2, '人', '一等奖', 'county'],
      ['honor', 4, '人', '二等奖', 'county'],
      ['honor', 8, '人', '三等奖', 'county'],
    ]);
    // a facility set up is still a count
    expect(claimsInDingyuan('设立妇女儿童维权岗12个。', DINGYUAN).map((c) => c.kind)).toEqual(['count']);
  });
  it('获评 with its titles named before counts those honored', () => {
    const text = '全国妇联表彰了一批先进集体和个人。其中,我市3个集体、5名个人获评。';
    expect(claimsInDingyuan(text, NANPING).map(honorWithUnit)).toEqual([['honor', 3, '个', null, 'national'], ['honor', 5, '人', null, 'national']]);
  });
});

describe('入选 and 当选 of a team or a post confer nothing', () => {
  it.each([
    ['今年全省共有6名运动员入选国家队。', 'people'],
    ['大会选举产生执委35名,其中12名代表当选为常委。', 'people'],
  ])('%s', (s, kind) => {
    expect(claimsInDingyuan(s, HENAN).map((c) => c.kind)).not.toContain('honor');
    expect(claimsInDingyuan(s, HENAN).map((c) => c.kind)).toContain(kind);
  });
  it.each([
    ['全市4个项目入选省级巾帼创业创新示范项目。', [['honor', 4, '个', '巾帼创业创新示范项目', 'provincial']]],
    ['7户家庭入选全国“最美家庭”榜单。', [['honor', 7, '户', '最美家庭', 'national']]],
  ])('a titled list or a leveled title is still one: %s', (s, want) => {
    expect(claimsInDingyuan(s, NANPING).map(honorWithUnit)).toEqual(want);
  });
});

describe('评为 without 被 after the counted recipients', () => {
  it.each([
    ['全县有9户家庭评为市级“最美家庭”。', [['honor', 9, '户', '最美家庭', 'municipal']]],
    ['王某等3名个人、某某站等2个集体评为省“青年五四奖章”提名奖。', [['honor', 3, '人', '青年五四奖章提名奖', 'provincial'], ['honor', 2, '个', '青年五四奖章提名奖', 'provincial']]],
  ])('%s', (s, want) => {
    expect(claimsInDingyuan(s, DINGYUAN).map(honorWithUnit)).toEqual(want);
  });
});

describe('scope words and verbs of work before a counted title', () => {
  it.each([
    ['我市4家单位、27名个人、9个集体受到表彰。', NANPING, '全国表彰大会举行', [['honor', 4, '家', null, 'national'], ['honor', 27, '人', null, 'national'], ['honor', 9, '个', null, 'national']]],
    ['全县12户家庭受到省妇联表彰。', DINGYUAN, null, [['honor', 12, '户', null, 'provincial']]],
  ])('the recipients\' own region is not the level: %s', (s, r, title, want) => {
    expect(claimsInDingyuan(s, r, title).map(honorWithUnit)).toEqual(want);
  });
  it.each([
    ['培训市级巾帼致富带头人300名。', 'people'],
    ['选派省级巾帼建功标兵12名参加培训。', 'people'],
  ])('a verb of work governs the titled item: %s', (s, kind) => {
    expect(claimsInDingyuan(s, NANPING).map((c) => c.kind)).toEqual([kind]);
  });
});

describe('generic heads and relative clauses of praise', () => {
  it.each([
    ['受表彰的先进集体和个人共有48个。', [['honor', 48, '个', null, null]]],
    ['全年表彰先进集体和个人72个。', [['honor', 72, '个', null, null]]],
    ['获得“最美家庭”称号的家庭达260户。', [['honor', 260, '户', '最美家庭', null]]],
  ])('%s', (s, want) => {
    expect(claimsInDingyuan(s, DINGYUAN).map(honorWithUnit)).toEqual(want);
  });
});

describe('recipients of uncounted honors', () => {
  it.each([
    ['王某在全县技能比赛中获得一等奖。', '王某'],
    ['李某家庭在全省评选活动中荣获“最美家庭”称号。', '李某家庭'],
  ])('where it was won is no part of the name: %s', (s, who) => {
    expect(claimsInDingyuan(s, DINGYUAN).map((c) => c.honor?.recipient)).toEqual([who]);
  });
});

describe('praise written as 对…进行表彰: the praised follow the count, named by a title or not at all', () => {
  it.each([
    ['团市委对8个单位团组织进行表彰。', NANPING, [['honor', 8, '个', null, 'municipal']]],
    ['县妇联对20名优秀妇女干部进行了表彰。', DINGYUAN, [['honor', 20, '人', '优秀妇女干部', 'county']]],
    ['市总工会对15个先进集体和30名先进个人予以表彰。', NANPING, [['honor', 15, '个', '先进集体', 'municipal'], ['honor', 30, '人', '先进个人', 'municipal']]],
    ['对贡献突出的12名志愿者给予通报表扬。', DINGYUAN, [['honor', 12, '人', null, null]]],
    ['省妇联对在疫情防控中表现突出的30个集体进行表彰。', HENAN, [['honor', 30, '个', null, 'provincial']]],
  ] as [string, Region, unknown[]][])('%s', (s, r, want) => {
    expect(claimsInDingyuan(s, r).map(honorWithUnit)).toEqual(want);
  });
});

describe('roles, posts and selections are no honors', () => {
  it.each([
    ['全县共有39人被确定为救助对象。', [['people', 39, '人', null, null]]],
    ['县残联推选出17名选手参加全省残运会。', [['people', 17, '人', null, null]]],
    ['村两委换届中女性当选1200人。', [['people', 1200, '人', null, null]]],
    ['社区换届后当选的女性委员达86名。', [['people', 86, '人', null, null]]],
  ])('%s', (s, want) => {
    expect(claimsInDingyuan(s).map(honorWithUnit)).toEqual(want);
  });
  it.each([
    ['全县当选全国最美家庭10户。', [['honor', 10, '户', '最美家庭', 'national']]],
    ['入选省级巾帼文明岗5个。', [['honor', 5, '个', '巾帼文明岗', 'provincial']]],
    ['5户家庭被确定为“省级文明家庭”。', [['honor', 5, '户', '文明家庭', 'provincial']]],
  ])('still honors with a title: %s', (s, want) => {
    expect(claimsInDingyuan(s).map(honorWithUnit)).toEqual(want);
  });
});

describe('prizes of a contest: 获金奖, 决出一等奖, and 推选 of a title', () => {
  it.each([
    ['经激烈角逐,最终3个项目获金奖,7个项目获银奖。', [['honor', 3, '个', '金奖', null], ['honor', 7, '个', '银奖', null]]],
    ['比赛决出一等奖1个、二等奖2个。', [['honor', 1, '个', '一等奖', null], ['honor', 2, '个', '二等奖', null]]],
    ['组织巡讲活动46场,推选各级最美家庭530户。', [['count', 46, '场', null, null], ['honor', 530, '户', '最美家庭', null]]],
  ])('%s', (s, want) => {
    expect(claimsInDingyuan(s).map(honorWithUnit)).toEqual(want);
  });
  it('money won is no honor: 3名职工获得奖金', () => {
    expect(claimsInDingyuan('3名职工获得奖金。').map(honorWithUnit)).toEqual([['people', 3, '人', null, null]]);
  });
});

describe('a verb of work right before the number governs it, not a verb of an earlier clause', () => {
  it.each([
    ['项目累计获得资金620万元,在全省22个旗县以小额贷款的形式扶持4400户贫困妇女发展种植业。', [['money', 6200000, '元', null, null], ['count', 22, '个', null, null], ['count', 4400, '户', null, null]]],
    ['县妇联获得省级表彰,在12个乡镇通过以奖代补的方式扶持300户家庭发展庭院经济。', [['count', 12, '个', null, null], ['count', 300, '户', null, null]]],
  ])('%s', (s, want) => {
    expect(claimsInDingyuan(s).map(honorWithUnit)).toEqual(want);
  });
});

describe('a term number after the recipients\' noun opens the title', () => {
  it.each([
    ['共青团中央授予100个组织第十四届中国青年志愿者优秀组织奖。', [['honor', 100, '个', '青年志愿者优秀组织奖', 'national']]],
    ['省妇联授予50个集体第五届全省巾帼文明岗称号。', [['honor', 50, '个', '巾帼文明岗', 'provincial']]],
  ])('%s', (s, want) => {
    expect(claimsInDingyuan(s, HENAN).map(honorWithUnit)).toEqual(want);
  });
});

describe('受表彰 (受 without 到) is praise of the items before it', () => {
  it.each([
    ['全县共有86户家庭受表彰。', [['honor', 86, null, null]]],
    ['会上,20名优秀妇女干部受表彰。', [['honor', 20, '优秀妇女干部', null]]],
  ])('%s', (s, want) => {
    expect(claimsInDingyuan(s).map(honor)).toEqual(want);
  });
  it('counter-example: 受理 is no praise', () => {
    expect(claimsInDingyuan('全年受理信访86件。').map(honor)).toEqual([['count', 86, null, null]]);
  });
});

describe('表彰 of those who earned a title (表彰今年获得…的代表) confers nothing there', () => {
  it.each([
    ['全国总工会召开大会,表彰今年获得全国五一劳动奖章、奖状及工人先锋号代表。'],
    ['大会表彰了荣获全国三八红旗手称号的代表。'],
  ])('%s', (s) => {
    expect(claimsInDingyuan(s, NANPING).filter((c) => c.kind === 'honor')).toEqual([]);
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
    expect(claimsInDingyuan(s).map(withRecipient)).toEqual(want);
  });
  it.each([
    ['合作社斩获订单300个。', [['count', 300, null, null, null]]],
  ])('counter-example: %s', (s, want) => {
    expect(claimsInDingyuan(s).map(withRecipient)).toEqual(want);
  });
});

describe('授予X等单位/同志/家庭“T”称号: uncounted examples of those honored, one claim per title, no recipient', () => {
  it.each([
    ['市妇联授予市民政局等单位“2022年度滁州市妇女儿童维权先进集体”称号。', CHUZHOU,
      [['honor', null, '妇女儿童维权先进集体', 'municipal', null]]],
    ['县妇联还授予张某等同志“县优秀妇联干部”称号;授予李某等家庭“县文明家庭”称号。', DINGYUAN,
      [['honor', null, '优秀妇联干部', 'county', null], ['honor', null, '文明家庭', 'county', null]]],
    ['授予县供电公司等单位为“巾帼文明示范岗”。', DINGYUAN, [['honor', null, '巾帼文明示范岗', null, null]]],
  ])('%s', (s, r, want) => {
    expect(claimsInDingyuan(s, r).map(withRecipient)).toEqual(want);
  });
  it('after a counted item in the same sentence, it is a claim of its own, not a title added to the count', () => {
    const cs = claimsInDingyuan('市妇联授予王某等30人“滁州市三八红旗手”称号;授予市检察院等单位“滁州市巾帼维权岗”称号。', CHUZHOU);
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
    expect(claimsInDingyuan(s).map(withRecipient)).toEqual(want);
  });
});

describe('选培N名“T”: a designation chosen and fostered, read like 选树/培树', () => {
  it.each([
    ['团省委每年选培300名“青春乡村好青年”。', ANHUI, [['honor', 300, '青春乡村好青年', 'provincial']]],
    ['县妇联选培“乡村好巾帼”50名。', DINGYUAN, [['honor', 50, '乡村好巾帼', 'county']]],
  ])('%s', (s, r, want) => {
    expect(claimsInDingyuan(s, r).map(honor)).toEqual(want);
  });
  it.each([
    ['选派50名干部驻村。', [['people', 50, null, null]]],
    ['培训乡村好青年300名。', [['people', 300, null, null]]],
  ])('counter-example: %s', (s, want) => {
    expect(claimsInDingyuan(s).map(honor)).toEqual(want);
  });
});

describe('a list of named recipients joined by 、 may run long; each item stays short', () => {
  const recipientOf = (s: string) => claimsInDingyuan(s, ANHUI).filter((c) => c.kind === 'honor').map((c) => c.honor?.recipient ?? null);
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

describe('上榜/名列其中 ending the clause: listed as 榜上有名 is, when a title or a list of honors is named', () => {
  it.each([
    ['2023年度全国最美家庭名单公布,我县2户家庭上榜。', [['honor', 2, null, 'national']]],
    ['近日,全市“最美家庭”名单出炉,我县15户家庭名列其中。', [['honor', 15, null, 'municipal']]],
    ['2023年度全国五好家庭名单揭晓,我县2户家庭光荣上榜。', [['honor', 2, null, 'national']]],
    ['我省9个优秀个人、组织、项目上榜。', [['honor', 9, '优秀个人、组织、项目', null]]],
    // 入选 after a list named earlier in the paragraph takes its level
    ['近日,2023年度全省三八红旗手和三八红旗集体名单揭晓,我县3人1集体入选。', [['honor', 3, null, 'provincial'], ['honor', 1, null, 'provincial']]],
  ])('%s', (s, want) => {
    expect(claimsInDingyuan(s).map(honor)).toEqual(want);
  });
  it.each([
    ['全县有12家企业上榜。', [['count', 12, null, null]]],
    ['全县12家企业上榜纳税百强后,获得奖励资金30万元。', [['count', 12, null, null], ['money', 300000, null, null]]],
  ])('counter-example: %s', (s, want) => {
    expect(claimsInDingyuan(s).map(honor)).toEqual(want);
  });
});

describe('产生 after a selection yields titled honors; 选举产生 elects to a post; a body running the search confers', () => {
  it.each([
    ['县妇联组织开展“最美家庭”评选。经过评选,共产生“最美家庭”30户。', [['honor', 30, '最美家庭', 'county']]],
    ['经过层层选拔,产生省技术能手42名。', [['honor', 42, '技术能手', 'provincial']]],
    ['省妇联、省文明办联合开展最美家庭寻找活动。经过层层推选,共推选出“最美家庭”100户,我县3户家庭入选。',
      [['honor', 100, '最美家庭', 'provincial'], ['honor', 3, null, 'provincial']]],
  ])('%s', (s, want) => {
    expect(claimsInDingyuan(s).map(honor)).toEqual(want);
  });
  it.each([
    ['大会选举产生了区妇联第五届执行委员55名。', [['people', 55, null, null]]],
    ['今年共产生新会员300名。', [['people', 300, null, null]]],
    ['换届选举产生村妇联主席120名。', [['people', 120, null, null]]],
  ])('counter-example: %s', (s, want) => {
    expect(claimsInDingyuan(s).map(honor)).toEqual(want);
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
    expect(claimsInDingyuan(s).map(honor)).toEqual(want);
  });

  it.each([
    ['代表中获省部级以上劳动模范、三八红旗手等荣誉称号的占36.22%。', [['percent', 36.22, null, null]]],
    // (a count of those honored stays a counted honor: 获…称号的就有15个)
    ['会员中获市级以上表彰的有120人。', [['honor', 120, null, 'municipal']]],
    // an uncounted honor list with 等…称号 and no 的 is conferred
    ['县妇联先后荣获全国三八红旗集体、全省巾帼文明岗等荣誉称号。', [['honor', null, '三八红旗集体', 'national'], ['honor', null, '巾帼文明岗', 'provincial']]],
  ])('%s', (s, want) => {
    expect(claimsInDingyuan(s).map(honor)).toEqual(want);
  });
});

describe('对N个X授予T: the title conferred on the object of 对', () => {
  it.each([
    ['自治区总工会将对38个单位授予自治区五一劳动奖状。', ANHUI, [['honor', 38, '五一劳动奖状', 'provincial']]],
    ['对139个班组授予自治区工人先锋号。', ANHUI, [['honor', 139, '工人先锋号', 'provincial']]],
    ['市妇联对20户家庭授予“最美家庭”称号。', CHUZHOU, [['honor', 20, '最美家庭', 'municipal']]],
    // no title after 授予/颁发: no honor
    ['县残联对50名残疾人颁发了助残卡。', DINGYUAN, [['people', 50, null, null]]],
    ['对30名困难职工发放慰问金。', DINGYUAN, [['people', 30, null, null]]],
  ])('%s', (s, r, want) => {
    expect(claimsInDingyuan(s, r).map(honor)).toEqual(want);
  });
});

describe('a nomination is no honor; a nomination prize is (spec: 提名 is a count)', () => {
  it.each([
    ['某某家庭等30户家庭获得“最美家庭”提名。', [['count', 30, null, null]]],
    ['5名选手获得“巾帼建功标兵”提名奖。', [['honor', 5, '巾帼建功标兵提名奖', null]]],
  ])('%s', (s, want) => {
    expect(claimsInDingyuan(s).map(honor)).toEqual(want);
  });
});

describe('the title first, its holders after 的是/的有', () => {
  const honors = (text: string) => extractFrom(text, SHUNQING).filter((c) => c.kind === 'honor');
  it.each([
    ['获得全国三八红旗手称号的是某中学党委书记王某,某公司董事长李某。', '三八红旗手', 'national'],
    ['荣获2012年度市三八红旗手标兵的是:海归博导孙某、“小巷总理”李某。', '三八红旗手标兵', 'municipal'],
    ['荣获“最美家庭”称号的有张某家庭、王某家庭。', '最美家庭', null],
  ])('%s', (text, title, level) => {
    const hs = honors(text);
    expect(hs).toHaveLength(1);
    expect(hs[0].honor?.title).toBe(title);
    expect(hs[0].honor?.level ?? null).toBe(level);
    expect(hs[0].honor?.recipient).toMatch(/某/);
  });
  it('holders counted after 的有 are one counted honor', () => {
    const hs = honors('获得“最美家庭”称号的有120户。');
    expect(hs.map((h) => [h.value, h.honor?.title])).toEqual([[120, '最美家庭']]);
  });
  it('praise with no title names no honor', () => {
    expect(honors('获得表彰的是少数人。')).toHaveLength(0);
  });
  it('a relative clause before a noun still confers nothing', () => {
    expect(honors('为荣获“三八红旗手”称号的个人颁发证书。')).toHaveLength(0);
  });
});

describe('授予 a recipient, the year, then titles joined by 和', () => {
  const honors = (text: string) => extractFrom(text, SHUNQING).filter((c) => c.kind === 'honor');
  it('two titles, one recipient', () => {
    const hs = honors('团省委还授予共青团某某市委 2015 年度共青团工作优秀奖和共青团工作创新奖。');
    expect(hs.map((h) => h.honor?.title)).toEqual(['共青团工作优秀奖', '共青团工作创新奖']);
    expect(hs.every((h) => h.honor?.recipient === '共青团某某市委' && h.honor?.level === 'provincial')).toBe(true);
  });
  it('one title', () => {
    const hs = honors('市妇联授予县妇联2019年度妇女工作先进集体。');
    expect(hs.map((h) => [h.honor?.title, h.honor?.recipient, h.honor?.level])).toEqual([['妇女工作先进集体', '县妇联', 'municipal']]);
  });
  it('what is no title stays out', () => {
    expect(honors('授予县妇联2020年度考核优秀等次。')).toHaveLength(0);
  });
});

describe('an X等N item alone in its clause shares the verb closing the list after it', () => {
  it('the honored households before the comma are an honor', () => {
    const text = '周某等12户家庭,吴某等3个好妈妈、郑某等2个好孩子获市妇联命名。';
    const c = claimNearShunqing(text, '12户');
    expect(c?.kind).toBe('honor');
    expect(c?.honor?.title ?? null).toBe(null);
    expect(c?.honor?.level).toBe('municipal');
  });
  it('a title after the count stays its title', () => {
    const c = claimNearShunqing('张某等10名巾帼能手,刘某等6名致富带头人获县妇联表彰。', '10名');
    expect(c?.honor?.title).toBe('巾帼能手');
  });
  it('a list that closes on taking part is no honor', () => {
    expect(claimNearShunqing('王某等12户家庭,李某等3名志愿者参加了活动。', '12户')?.kind).toBe('count');
  });
});

describe('共获 before a level list and a quoted title confers; 表彰活动 names an event; a leveled quoted title counted is earned', () => {
  it.each([
    ['市妇联打造了一批服务窗口,共获全国、省、市级“巾帼文明岗”120个。', [['honor', 120, '巾帼文明岗', 'national']]],
    ['各级妇联组织建设巾帼示范岗,先后获省级“巾帼文明岗”15个。', [['honor', 15, '巾帼文明岗', 'provincial']]],
    ['全市光荣榜上,有全国“最美家庭”3户,省、市“好婆婆”60人。', [['honor', 3, '最美家庭', 'national'], ['honor', 60, '好婆婆', 'provincial']]],
  ])('%s', (s, want) => {
    expect(claimsInDingyuan(s).map(honor)).toEqual(want);
  });
  it.each([
    // 获 that does not open its clause, or takes no title
    ['开展三八红旗手评选表彰活动,县妇联在县级以上媒体发表各类稿件80余篇。', [['count', 80, null, null]]],
    ['举办最美家庭表彰大会,全县在市级以上报刊发表文章30篇。', [['count', 30, null, null]]],
    ['全市有省级“妇女之家”12个。', [['count', 12, null, null]]],
    ['共为学生争取“某某助学金”、省级“某某圆梦金”两项助学金。', [['count', 2, null, null]]],
  ])('counter-example: %s', (s, want) => {
    expect(claimsInDingyuan(s).filter((c) => c.value !== null && c.unit !== '元').map(honor)).toEqual(want);
  });
});

describe('recipients: the subject of an active verb confers; two named joined by 和; ordinals inside names', () => {
  const hits = (s: string) => claimsInDingyuan(s).filter((c) => c.kind === 'honor').map((c) => [c.honor?.title, c.honor?.recipient ?? null]);
  it.each([
    ['主办单位将授予“爱心单位”荣誉称号。', [['爱心单位', null]]],
    ['组委会还授予“优秀志愿者”称号。', [['优秀志愿者', null]]],
    ['并对其中表现突出的个人授予“服务标兵”称号。', [['服务标兵', null]]],
    ['某公司总经理王某和某律师事务所主任李某荣获全国巾帼建功标兵称号。', [['巾帼建功标兵', '某公司总经理王某和某律师事务所主任李某']]],
    ['某县执法支队、某市第三人民医院、某税务局第一分局等单位荣获全国巾帼文明岗称号。', [['巾帼文明岗', null]]],
  ])('%s', (s, want) => {
    expect(hits(s)).toEqual(want);
  });
  it.each([
    // a name before the quote after 授予 still receives; the subject of a passive or of 荣获 receives
    ['县妇联授予张某某“三八红旗手”称号。', [['三八红旗手', '张某某']]],
    ['张某家庭被评为“最美家庭”。', [['最美家庭', '张某家庭']]],
  ])('counter-example: %s', (s, want) => {
    expect(hits(s)).toEqual(want);
  });
});

describe('no verb governs the count: a prize or a leveled quoted title as its own noun counts that honor', () => {
  it.each([
    ['在全省3个一等奖中,我县选手王某就是其中之一。', [['honor', 3, '一等奖', 'provincial']]],
    ['全市5个特等奖里有我县的作品。', [['honor', 5, '特等奖', 'municipal']]],
    ['每年储备80户县级以上“最美家庭”。', [['honor', 80, '最美家庭', 'county']]],
    ['全县现储备50户市级“文明家庭”。', [['honor', 50, '文明家庭', 'municipal']]],
    // a verb of an earlier clause does not govern it
    ['县妇联扎实开展寻找活动,每年储备80户县级以上“最美家庭”。', [['honor', 80, '最美家庭', 'county']]],
  ])('%s', (s, want) => {
    expect(claimsInChuzhou(s, DINGYUAN).map(honor)).toEqual(want);
  });
  it.each([
    // a verb of work governs the count: trained, not honored
    ['培训200名县级以上“巾帼致富带头人”。', [['people', 200, null, null]]],
    // a prize set up for a contest with a verb of building stays as before
    ['大赛共评出一等奖2个。', [['honor', 2, '一等奖', null]]],
  ])('counter-example: %s', (s, want) => {
    expect(claimsInChuzhou(s, DINGYUAN).map(honor)).toEqual(want);
  });
});

describe('a verb that ends a longer item of a 、-list is a noun there: the verb of conferring before the list governs', () => {
  it.each([
    ['共揭晓孝老爱亲、绿色发展、民族团结等“最美家庭”1200户。', [['honor', 1200, '最美家庭', null]]],
    ['评选出科学教子、创新发展、邻里互助等“五好家庭”300户。', [['honor', 300, '五好家庭', null]]],
  ])('%s', (s, want) => {
    expect(claimsInChuzhou(s, DINGYUAN).map(honor)).toEqual(want);
  });
  it.each([
    // a verb of building that opens its own object still governs it
    ['新建、改建妇女之家30个。', [['count', 30, null, null]]],
  ])('counter-example: %s', (s, want) => {
    expect(claimsInChuzhou(s, DINGYUAN).map(honor)).toEqual(want);
  });
});

describe('获此荣誉的有N…: holders of an honor the paragraph named, counted after 的有/的共有', () => {
  it.each([
    // each item takes the nearest quoted title that fits it: persons no 集体, groups no 红旗手
    ['市妇联命名30名优秀女性为滁州市“三八红旗手”,命名8个集体为滁州市“三八红旗集体”。全县获此荣誉的有5个个人、2个集体。',
      [['honor', 30, '三八红旗手', 'municipal'], ['honor', 8, '三八红旗集体', 'municipal'], ['honor', 5, '三八红旗手', 'municipal'], ['honor', 2, '三八红旗集体', 'municipal']]],
    ['省妇联近日公布了安徽省“最美家庭”名单,全县获此殊荣的家庭有12户。', [['honor', 12, '最美家庭', 'provincial']]],
    ['全国妇联授予100个单位“全国巾帼文明岗”称号,我县获得该项荣誉的共有4个。', [['honor', 100, '巾帼文明岗', 'national'], ['honor', 4, '巾帼文明岗', 'national']]],
    // no title named before: an honor all the same, title and level unknown
    ['我县获此殊荣的共有3户。', [['honor', 3, null, null]]],
  ])('%s', (s, want) => {
    expect(claimsInChuzhou(s, DINGYUAN).map(honor)).toEqual(want);
  });
  it.each([
    // holders of something that is no honor: 获此贷款, and a count with no 此 before it
    ['去年全县发放创业贷款1200万元,获此贷款的有80户。', [['money', 12000000, null, null], ['count', 80, null, null]]],
    ['全县参加此次培训的有300人。', [['people', 300, null, null]]],
  ])('counter-example: %s', (s, want) => {
    expect(claimsInChuzhou(s, DINGYUAN).map(honor)).toEqual(want);
  });
});

describe('分获, prizes named inside the object, hedges and bodies before a generic honor', () => {
  it.each([
    // 分获: each of the recipients one of the titles
    ['宁波、台州、金华等地妇联分获全国妇联系统先进集体。', [['honor', null, '妇联系统先进集体', 'national']]],
    ['207个集体和1035名个人分获全国五一劳动奖状、奖章。', [['honor', 207, '五一劳动奖状', 'national'], ['honor', 1035, '五一劳动奖章', 'national']]],
    // the 金 of a prize inside the object is no fund
    ['两个项目分别获得公益组金奖和传承组铜奖。', [['honor', 2, '公益组金奖、传承组铜奖', null]]],
    // a hedge before the number is no part of the generic honor
    ['五年来累计获得各类荣誉逾千项。', [['honor', 1000, null, null]]],
    // a body before a generic honor names no title
    ['4个集体、6名个人获得省级以上共青团荣誉。', [['honor', 4, null, 'provincial'], ['honor', 6, null, 'provincial']]],
  ])('%s', (s, want) => {
    expect(claimsInChuzhou(s, DINGYUAN).map(honor)).toEqual(want);
  });
  it.each([
    // funds received stay money
    ['5个项目获得扶持资金20万元。', [['count', 5, null, null], ['money', 200000, null, null]]],
    ['3名妇女获得创业贷款金30万元。', [['people', 3, null, null], ['money', 300000, null, null]]],
  ])('counter-example: %s', (s, want) => {
    expect(claimsInChuzhou(s, DINGYUAN).map(honor)).toEqual(want);
  });
});

describe('获评 confers an unquoted title; praise by a 委员会; facilities with a level stay counts', () => {
  it.each([
    ['3名个人获评省级优秀红十字志愿者。', [['honor', 3, '优秀红十字志愿者', 'provincial']]],
    ['全省有4个集体、6名个人受到国务院残疾人工作委员会表彰。', [['honor', 4, null, 'national'], ['honor', 6, null, 'national']]],
    ['全市现有巾帼示范基地45个,其中自治区级12个、市级33个。', [['count', 45, null, null], ['count', 12, null, null], ['count', 33, null, null]]],
  ])('%s', (s, want) => {
    expect(claimsInChuzhou(s, DINGYUAN).map(honor)).toEqual(want);
  });
  it.each([
    // 获得 also takes loans; a level on a title that is no facility stays an honor
    ['20户家庭获得贷款50万元。', [['count', 20, null, null], ['money', 500000, null, null]]],
    ['全市共有全国巾帼文明岗6个,省级8个。', [['honor', 6, '巾帼文明岗', 'national'], ['honor', 8, '巾帼文明岗', 'provincial']]],
  ])('counter-example: %s', (s, want) => {
    expect(claimsInChuzhou(s, DINGYUAN).map(honor)).toEqual(want);
  });
});

describe('those put forward in their own clause (被推荐参评, 提名) were nominated, not honored, after a list that conferred', () => {
  it.each([
    ['13人获“宜昌市技术能手”称号,2人被推荐参评湖北省五一劳动奖章。', [['honor', 13, '技术能手', 'municipal'], ['people', 2, null, null]]],
    ['全市评选出市级“最美家庭”一百户,其中十户家庭被推荐参评自治区“最美家庭”。', [['honor', 100, '最美家庭', 'municipal'], ['count', 10, null, null]]],
  ])('%s', (s, want) => {
    expect(claimsInChuzhou(s, DINGYUAN).map(honor)).toEqual(want);
  });
  it('counter-example: an item of the list with a verb of its own that confers stays an honor', () => {
    expect(claimsInChuzhou('13人获“宜昌市技术能手”称号,2人获评湖北省五一劳动奖章。', DINGYUAN).map(honor)).toEqual([['honor', 13, '技术能手', 'municipal'], ['honor', 2, '五一劳动奖章', 'provincial']]);
  });
});

describe('奖励 of persons named by what they are is no title conferred; with a title it is', () => {
  it.each([
    ['奖励品学兼优学生120名。', [['people', 120, null, null]]],
    ['学校奖励家庭困难学生200名。', [['people', 200, null, null]]],
  ])('%s', (s, want) => {
    expect(claimsInChuzhou(s, DINGYUAN).map(honor)).toEqual(want);
  });
  it.each([
    ['奖励优秀志愿者50名。', [['honor', 50, '优秀志愿者', null]]],
    ['表彰奖励先进集体20个。', [['honor', 20, '先进集体', null]]],
  ])('counter-example: %s', (s, want) => {
    expect(claimsInChuzhou(s, DINGYUAN).map(honor)).toEqual(want);
  });
});

describe('a roster under words that say its titles were conferred: one uncounted honor per title line', () => {
  const roster = '近日,全国妇联揭晓今年“三八”表彰结果,我市一批集体和个人光荣上榜。\n全国三八红旗集体:市人民医院妇产科\n全国巾帼文明岗:\n县妇幼保健院妇保科\n市第一医院护理部\n另有12人获省三八红旗手称号。';
  it('each title line with its recipients', () => {
    const cs = claimsInChuzhou(roster, DINGYUAN).filter((c) => c.value === null);
    expect(cs.map((c) => [c.honor?.title, c.honor?.level, c.honor?.recipient])).toEqual([
      ['三八红旗集体', 'national', '市人民医院妇产科'],
      ['巾帼文明岗', 'national', '县妇幼保健院妇保科、市第一医院护理部'],
    ]);
  });
  it('counter-example: a list of labelled items with no conferring before it is no roster', () => {
    const list = '县妇联开展家庭教育宣传周活动。\n活动主题:家风建设\n主办单位:县妇联\n协办单位:县教育局\n';
    expect(claimsInChuzhou(list, DINGYUAN)).toEqual([]);
  });
});

describe('those proposed for an honor (拟表彰, 拟认定为, 拟评为: a 公示) are candidates, counted as planned, not honored', () => {
  const brief = (c: Claim) => [c.kind, c.value, c.status];
  it.each([
    ['经评审,拟表彰“巾帼建功”先进集体15个、先进个人40名、“最美家庭”30户,现予以公示。', [['count', 15, 'target'], ['people', 40, 'target'], ['count', 30, 'target']]],
    ['另有120名个人拟认定为自治区“巾帼建功标兵”,正在公示。', [['people', 120, 'target']]],
    ['拟评为县级三八红旗手12名,公示期为7天。', [['people', 12, 'target']]],
  ] as [string, unknown[]][])('%s', (s, want) => {
    expect(claimsInDingyuan(s).map(brief)).toEqual(want);
  });

  it('counter-example: those commended at the meeting were honored', () => {
    expect(claimsInDingyuan('大会表彰“巾帼建功”先进集体15个、先进个人40名。').map(brief)).toEqual([['honor', 15, 'result'], ['honor', 40, 'result']]);
  });
});

describe('counted items listed onto a list that names the title (上榜成都市“巾帼建功标兵”名单)', () => {
  it.each([
    ['全区有3个集体、5名个人上榜滁州市“巾帼建功标兵”名单。', [['honor', 3, '巾帼建功标兵', 'municipal'], ['honor', 5, '巾帼建功标兵', 'municipal']]],
    ['我县2户家庭登上省级“最美家庭”榜单。', [['honor', 2, '最美家庭', 'provincial']]],
    ['全县6名女企业家荣登全国巾帼建功标兵名单。', [['honor', 6, '巾帼建功标兵', 'national']]],
  ] as [string, unknown[]][])('%s', (s, want) => {
    expect(claimsInDingyuan(s).map(honor)).toEqual(want);
  });
  it.each([
    ['全县有30家企业列入省级专精特新企业名单。', [['count', 30, null, null]]],
    ['我县12名同志列入三八红旗手候选人名单。', [['people', 12, null, null]]],
  ] as [string, unknown[]][])('counter-example: %s', (s, want) => {
    expect(claimsInDingyuan(s).map(honor)).toEqual(want);
  });
});

describe('the praised named in quotes after their count (对2023年度12家“爱心企业”和36名“优秀志愿者”进行了表彰)', () => {
  it.each([
    ['会上,对2023年度12家“爱心企业”和36名“优秀志愿者”进行了表彰。', [['honor', 12, '爱心企业', null], ['honor', 36, '优秀志愿者', null]]],
    ['会上,对12家“爱心企业”进行了表彰。', [['honor', 12, '爱心企业', null]]],
    ['大会对今年20户“美丽庭院”和10名“巾帼致富能手”进行了表彰。', [['honor', 20, '美丽庭院', null], ['honor', 10, '巾帼致富能手', null]]],
  ] as [string, unknown[]][])('%s', (s, want) => {
    expect(claimsInHengxian(s).map(honor)).toEqual(want);
  });
  it('counter-example: the praised named by what they are bear no title', () => {
    expect(claimsInHengxian('团县委对8个单位团组织进行表彰。').map(honor)).toEqual([['honor', 8, null, 'county']]);
  });
});

describe('a verb that opens a facility\'s name (市救助站, 培训中心) governs nothing after it', () => {
  it.each([
    ['授予市救助站等20个单位滁州市三八红旗集体称号。', [['honor', 20, '三八红旗集体', 'municipal']]],
    ['授予县培训中心等3个单位“巾帼文明岗”称号。', [['honor', 3, '巾帼文明岗', null]]],
  ] as [string, unknown[]][])('%s', (s, want) => {
    expect(claimsInChuzhou(s).map(honor)).toEqual(want);
  });
});

describe('a certificate or plaque of an honor handed to the counted (为上期10名“优秀学员”颁发了荣誉证书)', () => {
  it.each([
    ['县妇联还为上期10名“优秀学员”颁发了荣誉证书。', [['honor', 10, '优秀学员', 'county']]],
    ['会上为20名优秀学员颁发证书。', [['honor', 20, '优秀学员', null]]],
    ['区妇联还为10户“巾帼创业之星”家庭颁发了荣誉证书。', [['honor', 10, '巾帼创业之星', 'county']]],
  ] as [string, unknown[]][])('%s', (s, want) => {
    expect(claimsInDingyuan(s).map(honor)).toEqual(want);
  });
  it('counter-example: a certificate of completion is no honor', () => {
    expect(claimsInDingyuan('为300名结业学员颁发结业证书。').map(honor)).toEqual([['people', 300, null, null]]);
  });
});

describe('those a work is done for, or visited by a body, hold their title: it is not conferred here', () => {
  it.each([
    ['为286名全国和省部级劳动模范每人送去慰问金2000元。', [['people', 286, null, null], ['money', 2000, null, null]]],
    ['市总工会走访慰问劳动模范120名。', [['people', 120, null, null]]],
    ['县妇联看望慰问三八红旗手30名。', [['people', 30, null, null]]],
  ] as [string, unknown[]][])('%s', (s, want) => {
    expect(claimsInDingyuan(s).map(honor)).toEqual(want);
  });
  it('counter-examples: holders counted, and a plaque handed to the honored', () => {
    expect(claimsInDingyuan('全县现有全国劳动模范12名。').map(honor)).toEqual([['honor', 12, '劳动模范', 'national']]);
    expect(claimsInDingyuan('为全国巾帼文明岗12个授牌。').map(honor)).toEqual([['honor', 12, '巾帼文明岗', 'national']]);
  });
});

describe('上榜 before a titled list confers that title on the counted (12户家庭上榜自治区、市级“最美家庭”)', () => {
  it.each([
    ['全县今年共有12户家庭上榜自治区、市级“最美家庭”。', [['honor', 12, '最美家庭', 'provincial']]],
    ['全市有8户家庭上榜全国“最美家庭”。', [['honor', 8, '最美家庭', 'national']]],
    ['我县5名妇女上榜省“巾帼建功标兵”。', [['honor', 5, '巾帼建功标兵', 'provincial']]],
  ] as [string, unknown[]][])('%s', (s, want) => {
    expect(claimsInDingyuan(s).map(honor)).toEqual(want);
  });
});

describe('those described as having received aid (获…救助的患病妇女) are counted, not honored', () => {
  it.each([
    ['其中,获全国妇联“母亲健康快车”救助的患病妇女186名。', [['people', 186, null, null]]],
    ['获“春蕾计划”资助的女童达1200名。', [['people', 1200, null, null]]],
    ['共有186名获得民政救助的困难妇女。', [['people', 186, null, null]]],
  ] as [string, unknown[]][])('%s', (s, want) => {
    expect(claimsInDingyuan(s).map(honor)).toEqual(want);
  });
  it('counter-example: a title received, described the same way, is an honor', () => {
    expect(claimsInDingyuan('获“最美家庭”称号的家庭有30户。').map(honor)).toEqual([['honor', 30, '最美家庭', null]]);
  });
});

describe('after a semicolon a clause that opens with a noun of its own, no title, is out of reach of the verb before it', () => {
  it.each([
    ['其中5个“妇女之家”被评为市级示范“妇女之家”;镇妇联执委和村妇联执委共216名。', [['honor', 5, '妇女之家', 'municipal'], ['people', 216, null, null]]],
    ['全镇5个单位被评为县级先进集体;镇妇联执委216名。', [['honor', 5, '先进集体', 'county'], ['people', 216, null, null]]],
  ] as [string, unknown[]][])('%s', (s, want) => {
    expect(claimsInDingyuan(s).map(honor)).toEqual(want);
  });
  it('counter-example: a title after the semicolon goes on with the list', () => {
    expect(claimsInDingyuan('县妇联表彰了巾帼建功标兵30名;三八红旗集体10个。').map(honor)).toEqual([['honor', 30, '巾帼建功标兵', 'county'], ['honor', 10, '三八红旗集体', 'county']]);
    expect(claimsInDingyuan('县妇联授予张某等20人“好媳妇”荣誉称号;刘某等15人“好子女”荣誉称号。').map(honor)).toEqual([['honor', 20, '好媳妇', 'county'], ['honor', 15, '好子女', 'county']]);
  });
});

describe('put on a list of candidates (入选…候选人, …候选名单) is a nomination, a count', () => {
  it.each([
    ['1名青年入选“中国青年五四奖章”候选人。', [['people', 1]]],
    ['全县2户家庭入选全国“最美家庭”候选名单。', [['count', 2]]],
    // counter-example: put on the list of those honored
    ['全县3户家庭入选全国“最美家庭”名单。', [['honor', 3]]],
  ])('%s', (s, want) => {
    expect(claimsInDingyuan(s).map((c) => [c.kind, c.value])).toEqual(want);
  });
});

describe('praise after the praised: the procedure they went through (经…推荐) and the field they worked in (在…建设中) confer and build nothing', () => {
  it.each([
    ['经基层团组织推荐、团市委审定,全市五四红旗团委28个、五四红旗团支部120个受到表彰。', [['honor', 28], ['honor', 120]]],
    ['对在家庭家教家风建设中成绩突出的城关镇妇联等12个单位予以通报表扬。', [['honor', 12]]],
    ['对在乡村振兴工作中表现突出的20名巾帼志愿者进行表彰。', [['honor', 20]]],
    // counter-examples: those put forward as candidates; a facility built in the field named
    ['经市妇联推荐,城关镇妇联等5个集体作为省三八红旗集体候选对象上报省妇联。', [['count', 5]]],
    ['县妇联建设妇女之家12个。', [['count', 12]]],
  ])('%s', (s, want) => {
    expect(claimsInDingyuan(s).map((c) => [c.kind, c.value])).toEqual(want);
  });
});

describe('representatives described as praised (受表彰代表) who speak are persons, not an honor', () => {
  it.each([
    ['会上,5名受表彰代表作了交流发言。', [['people', 5]]],
    ['3名获奖代表作了发言。', [['people', 3]]],
    // counter-example: representatives praised in their own clause
    ['5户“最美家庭”代表受到市妇联表彰。', [['honor', 5]]],
  ])('%s', (s, want) => {
    expect(claimsInDingyuan(s).map((c) => [c.kind, c.value])).toEqual(want);
  });
});

describe('an untitled part of an honored total after 其中, by sector or place, counts the same honor', () => {
  it.each([
    ['全市共有41个集体被命名为省级青年文明号,其中国有企业19个、卫生健康系统11个、民营企业和社会组织5个。',
      [['honor', 41, '青年文明号', 'provincial'], ['honor', 19, '青年文明号', 'provincial'], ['honor', 11, '青年文明号', 'provincial'], ['honor', 5, '青年文明号', 'provincial']]],
    ['县委、县政府表彰县级“最美家庭”100户,其中农村家庭62户、城镇家庭38户。',
      [['honor', 100, '最美家庭', 'county'], ['honor', 62, '最美家庭', 'county'], ['honor', 38, '最美家庭', 'county']]],
    // counter-examples: a part with a verb of its own, a quota of the honored, a clause past a semicolon
    ['县委、县政府表彰县级“最美家庭”100户,其中10户被推荐参评市级“最美家庭”。', [['honor', 100, '最美家庭', 'county'], ['count', 10, null, null]]],
    ['拟评选县级“巾帼建功标兵”20名,其中农村妇女不少于5名。', [['honor', 20, '巾帼建功标兵', 'county'], ['people', 5, null, null]]],
    ['共评选县级“最美家庭”300户,其中1户获评全国“最美家庭”;为320名患病妇女发放救助金。', [['honor', 300, '最美家庭', 'county'], ['honor', 1, '最美家庭', 'national'], ['people', 320, null, null]]],
  ])('%s', (s, want) => {
    expect(claimsInDingyuan(s).filter((c) => c.kind !== 'money').map(honor)).toEqual(want);
  });
});

describe('创建 a post’s or a collective’s title (巾帼文明岗, 青年文明号) earns it; 创建 a facility builds it', () => {
  it.each([
    ['全县累计创建各级巾帼文明岗216个,其中国家级3个、省级19个。', [['honor', 216, '巾帼文明岗', null], ['honor', 3, '巾帼文明岗', 'national'], ['honor', 19, '巾帼文明岗', 'provincial']]],
    ['今年新创建市级青年文明号12个。', [['honor', 12, '青年文明号', 'municipal']]],
    // counter-examples: facilities, and titles of households that 建成 or 创建 set up as model sites
    ['创建省级创业创新示范基地2个。', [['count', 2, null, null]]],
    ['全县建成“美丽庭院”示范户4862户。', [['count', 4862, null, null]]],
    ['新建巾帼文明岗服务站5个。', [['count', 5, null, null]]],
  ])('%s', (s, want) => {
    expect(claimsInDingyuan(s).map(honor)).toEqual(want);
  });
});

describe('after a colon that closes a clause of those already honored (对获得…荣誉的先进典型进行通报:), the honor conferred is read', () => {
  it.each([
    ['会上对获得全国、省级荣誉的先进典型进行通报:县妇联被授予“全国三八红旗集体”称号。', [['三八红旗集体', 'national', '县妇联']]],
    ['会议对获得荣誉的集体进行了通报:县医院妇产科荣获“全国巾帼文明岗”称号。', [['巾帼文明岗', 'national', '县医院妇产科']]],
    // counter-example: a relative clause of the honored with nothing after it confers nothing
    ['会议为获得“全国三八红旗集体”称号的集体颁发了奖牌。', []],
  ])('%s', (s, want) => {
    expect(claimsInDingyuan(s).filter((c) => c.kind === 'honor').map((c) => [c.honor?.title, c.honor?.level, c.honor?.recipient])).toEqual(want);
  });
});

describe('candidates named after the title (…“示范县区”候选单位) are nominated; a bracket inside a praised item (街道(地区)妇联) keeps the praise', () => {
  it.each([
    ['渭滨区、陈仓区等6个县区被命名为“全国残疾预防综合试验区示范县区”候选单位。', [['count', 6, null, null]]],
    ['县医院等3个集体被确定为“全国巾帼文明岗”候选集体。', [['count', 3, null, null]]],
    ['区妇联决定,对23个街道(地区)妇联和56名妇女工作者予以通报表扬。', [['honor', 23, null, 'county'], ['honor', 56, '妇女工作者', 'county']]],
    // counter-example: without the bracket, as before
    ['区妇联决定,对23个街道妇联和56名妇女工作者予以通报表扬。', [['honor', 23, null, 'county'], ['honor', 56, '妇女工作者', 'county']]],
  ])('%s', (s, want) => {
    expect(claimsInDingyuan(s).map(honor)).toEqual(want);
  });
});

describe('those handed a trophy (颁发奖杯) under a quoted title are honored', () => {
  it.each([
    ['市慈善总会为10家“慈善之星”企业和20名“最美慈善人物”颁发奖杯。', [['honor', 10], ['honor', 20]]],
    ['县总工会为15名“金牌工人”颁发了奖杯。', [['honor', 15]]],
    // counter-example: trophies handed out are counted as things with no title
    ['活动共颁发奖杯30座。', [['count', 30]]],
  ])('%s', (s, want) => {
    expect(claimsInDingyuan(s).map((c) => [c.kind, c.value])).toEqual(want);
  });
});

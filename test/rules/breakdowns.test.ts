import { describe, expect, it } from 'vitest';
import {
  extractFrom, expr, brief, HENGXIAN, claimsInChuzhou, claimsInYongshan, claimsInHengxian, claimsInYongjia, subjectNames,
} from '../extract-helpers.js';
import type { Region } from '../../src/doc.js';

// Parts and totals, the partOf link (spec "Results, targets and breakdowns").
// Sentences of our own in the genre, each rule in several wordings, with counter-examples that must not change.

/** The total that the claim whose evidence holds `needle` is part of, as written. */
const partOfText = (text: string, needle: string) => {
  const cs = extractFrom(text, null);
  const c = cs.find((x) => x.text.includes(needle));
  return c?.partOf ? text.slice(c.partOf[0], c.partOf[1]) : null;
};

/** Links as "part→total", with the number expressions as written. */
function links(text: string): string[] {
  return claimsInYongshan(text).filter((c) => c.partOf).map((c) => `${expr(text, c.span)}→${expr(text, c.partOf!)}`);
}

describe('其中 after honored totals: the honored of one classifier are among the honored of that classifier, whatever their title', () => {
  const links = (s: string) => {
    const cs = claimsInChuzhou(s);
    return cs.map((c) => [c.value, c.partOf ? cs.find((x) => x.span[0] === c.partOf![0])!.value : null]);
  };
  it.each([
    ['大会上,120名先进个人和80个先进集体荣获市巾帼建功奖,其中成绩突出的12位获奖个人、6个获奖集体被授予市三八红旗手、三八红旗集体称号。',
      [[120, null], [80, null], [12, 120], [6, 80]]],
    ['共有50名个人和20个集体获得市“五一巾帼奖”,其中5名个人、2个集体被授予市五一劳动奖章、奖状。',
      [[50, null], [20, null], [5, 50], [2, 20]]],
    ['共表彰三八红旗手100名、巾帼文明岗20个,其中全国巾帼文明岗5个。', [[100, null], [20, null], [5, 20]]],
  ])('%s', (s, want) => {
    expect(links(s)).toEqual(want);
  });
  it.each([
    // no 其中: two honors side by side, no breakdown
    ['共表彰三八红旗手100名,授予10名同志“巾帼建功标兵”称号。', [[100, null], [10, null]]],
    // a total of the same title goes first: the 5 are of the 100 (the nearer 10 is full)
    ['全市共命名“最美家庭”100户,退役军人“最美家庭”10户,其中10户家庭获评省“最美家庭”,5户家庭获评全国“最美家庭”和五好家庭。',
      [[100, null], [10, null], [10, 10], [5, 100]]],
    // another classifier: no total for it
    ['共表彰先进个人100名,其中5个集体被授予“巾帼文明岗”称号。', [[100, null], [5, null]]],
  ])('counter-example: %s', (s, want) => {
    expect(links(s)).toEqual(want);
  });
});

describe('partOf: 这些…中 and qualifier brackets', () => {
  it.each([
    ['全区共招募120名志愿者。在这些志愿者中,大学生80人,教师30人。', '教师', '120'],
    ['全区共招募120名志愿者。在这些志愿者中,大学生80人,教师30人。', '大学生', '120'],
    ['去年招募100名志愿者。这些志愿者中,有80人来自高校。', '80人', '100'],
    ['今年培训妇女200人,这些学员中,农村妇女150人。', '150人', '200'],
    // counter-examples: 这些 without 中, a figureless bracket
    ['今年资助学生300人,这些学生都考上了大学,另有教师20人获奖。', '20人', null],
    ['全市有党员(含预备党员)50人,团员30人。', '30人', null],
    ['全市有团员60人,党员(含预备党员)50人。', '50人', null],
    ['共发放资金30万元(含省级资金10万元)。', '10万元', '30万'],
  ])('%s: %s → %s', (text, needle, want) => {
    expect(partOfText(text, needle)).toBe(want);
  });
});

describe('partOf: a sentence opened by 其中 is the breakdown whole', () => {
  it.each([
    ['全区共招募120名志愿者。在这些志愿者中,大学生80人,占66%;教师30人,占25%。', '教师', '120'],
    ['全县发放资金500万元。其中,省级资金200万元;市级资金100万元。', '市级资金', '500万'],
    ['今年帮扶困难职工90名。其中,农民工40名,占44%;女职工30名,占33%。', '女职工', '90'],
    // counter-example: a 其中 in mid-sentence still ends at its semicolon
    ['全县发放资金500万元,其中省级资金200万元;县财政另安排资金100万元。', '100万元', null],
  ])('%s: %s → %s', (text, needle, want) => {
    expect(partOfText(text, needle)).toBe(want);
  });
});

describe('partOf: nested breakdowns and 其中 before the number', () => {
  const text = '今年共资助贫困学生80名(其中大学生50名,中学生30名)。县妇联向其中10名品学兼优的大学生每人发放奖学金2000元;其余40名大学生每人发放助学金1000元。';
  it.each([
    [text, '大学生50名', '80'],
    [text, '10名', '50'],
    [text, '40名', '50'],
    ['全县慰问困难职工60户,帮扶资金12万元。工会为其中20户每户送去慰问品。', '20户', '60'],
    // counter-examples: 其中 not right before the number (left unlinked, as before); no compatible total;
    // a figure before 其中 in its sentence
    ['全县有女职工500名,农民工300名。工会向其中女职工100名发放慰问品。', '100名', null],
    ['全县有女职工500名。工会投入2万元,向其中100名发放慰问品。', '100名', null],
    ['全县发放资金20万元。县工会向其中8名职工每人发放500元。', '8名', null],
  ])('%s: %s → %s', (t, needle, want) => {
    expect(partOfText(t, needle)).toBe(want);
  });
});

describe('partOf: counts of measures in the sentences after their total', () => {
  const plan = '今年市妇联将推出12条举措。一是实施巾帼创业等7条举措,助力创业。二是开展家庭教育等5项措施,服务家庭。';
  it.each([
    [plan, '7条', '12'],
    [plan, '5项', '12'],
    ['区总工会制定9项制度。完善考核等4项制度。新增服务等5项制度。', '5项', '9'],
    // counter-examples: not adding up; another count between; items in the total's own sentence; a new paragraph
    ['今年市妇联将推出12条举措。一是实施7条举措。二是开展6项措施。', '6项', null],
    ['今年出台10条措施。新建3个站点,完善7项制度。', '7项', null],
    ['今年出台10条措施,完善4项制度,新增6项服务。', '6项', null],
    ['今年出台10条措施。\n完善4项制度。\n新增6项服务。', '6项', null],
    ['今年市妇联将推出12条举措。\n一是实施巾帼创业等7条举措。二是开展家庭教育等5项措施。', '5项', '12'],
  ])('%s: %s → %s', (t, needle, want) => {
    expect(partOfText(t, needle)).toBe(want);
  });
});

describe('parts after 其中 count what their total counts', () => {
  const kindsAndLinks = (s: string, r: Region = HENGXIAN) => {
    const cs = claimsInHengxian(s, r);
    return cs.map((c) => [expr(s, c.span), c.kind, c.partOf ? expr(s, cs.find((x) => x.span[0] === c.partOf![0])!.span) : null]);
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
    const c = claimsInHengxian(s).find((x) => x.value === 6)!;
    expect([c.kind, c.honor?.level]).toEqual(['honor', 'provincial']);
  });
  it('an untitled part of an honored total counts the same honor (the annotators of four sets in five)', () => {
    const s = '共表彰三八红旗手100名,其中农村妇女30名。';
    expect(claimsInHengxian(s).map(brief)).toEqual([['honor', 100, '人', null], ['honor', 30, '人', null]]);
  });
});

describe('a total with its noun and 中 and the first part right after it (57项指标中1项…) breaks down in the same clause', () => {
  const partOf = (s: string, part: string, total: string) => {
    const cs = claimsInYongjia(s);
    const p = cs.find((x) => expr(s, x.span).startsWith(part));
    const t = cs.find((x) => expr(s, x.span).startsWith(total));
    return [p?.partOf ?? null, t?.span ?? 'no total'];
  };
  it.each([
    ['儿童发展规划设目标值的57项指标中3项无统计数据,达标50项。', '3', '57'],
    ['儿童发展规划设目标值的57项指标中3项无统计数据,达标50项。', '50', '57'],
    ['参加培训的500名学员中女性320名。', '320', '500'],
    ['全县126个行政村中有98个建成了妇女之家。', '98', '126'],
  ])('%s: %s of %s', (s, part, total) => {
    const [p, t] = partOf(s, part, total);
    expect(p).toEqual(t);
  });
  it.each([
    // counter-examples: 其中 keeps its own reading; a 中 that is no breakdown links nothing
    ['县妇联在活动中发放宣传资料3000份。', '3000'],
    ['全市培训妇女1200人次,在培训中评选出优秀学员50名。', '50'],
  ])('%s: %s has no total', (s, f) => {
    const c = claimsInYongjia(s).find((x) => expr(s, x.span).startsWith(f));
    expect(c?.partOf ?? null).toBeNull();
  });
});

describe('partOf: 其中 after a sentence of totals of two kinds', () => {
  it.each([
    ['全省共发放助学金1200万元,面向全省资助困难学生3000名,帮助他们顺利入学,其中,山区县学生1800名获助720万元。', ['1800→3000', '720万→1200万']],
    ['爱心企业捐款500万元,通过县慈善总会一次性发放,资助全县1000名困难大学生,其中,脱贫户学生300名获捐150万元。', ['300→1000', '150万→500万']],
    ['市总工会筹集送温暖资金860万元,走访慰问困难职工5200户,其中,为1200户特困职工家庭发放慰问金240万元。', ['1200→5200', '240万→860万']],
    // a part that exceeds what is left of its total is none
    ['全县发放助学金80万元,帮扶困难学生400名,为他们送去学习用品,其中,农村学生300名获助90万元。', ['300→400']],
  ] as [string, string[]][])('%s', (s, want) => {
    expect(links(s)).toEqual(want);
  });
});

describe('partOf: a change against an earlier time is neither part nor total', () => {
  it.each([
    ['全省所辖社区412个,其中:已开展社区康复服务的社区236个,比去年增加31个。', ['236→412']],
    ['全年开展白内障复明手术5200例,比上年增加1400例,其中:为贫困患者免费手术3800例,比上年增加900例。', ['3800→5200']],
    ['全县培训妇女3000人,同比增长500人,其中农村妇女1800人。', ['1800→3000']],
    ['共投入资金804万元(其中省总工会下拨260万元,市总工会配套361万元,基层工会自筹183万元)。', ['260万→804万', '361万→804万', '183万→804万']],
  ] as [string, string[]][])('%s', (s, want) => {
    expect(links(s)).toEqual(want);
  });
});

describe('partOf: items of a 其中 list separated by semicolons', () => {
  it.each([
    ['全年培训妇女3500人,其中农村妇女2000人,占57%;城镇妇女1500人,占43%。', ['2000→3500', '1500→3500']],
    ['共发放救助资金90万元,其中省级救助资金50万元,惠及200户;市级救助资金40万元,惠及160户。', ['50万→90万', '40万→90万']],
    ['全县新建妇女之家60个,其中村级妇女之家45个;社区妇女之家15个。', ['45→60', '15→60']],
    // an item that does not fit what is left of the total is none
    ['全县新建妇女之家60个,其中村级妇女之家45个;另有企业妇女之家30个。', ['45→60']],
    // a semicolon still ends a breakdown for a figure named otherwise
    ['共投入资金120万元,其中省级资金80万元;培训妇女3000人次。', ['80万→120万']],
  ] as [string, string[]][])('%s', (s, want) => {
    expect(links(s)).toEqual(want);
  });
});

describe('partOf: parts that open their clauses with the number, after semicolons', () => {
  it.each([
    ['全省建档困难职工家庭12.6万户,其中,10.2万户实现脱困;1.9万户纳入低保;0.5万户转入常态化帮扶。', ['10.2万→12.6万', '1.9万→12.6万', '0.5万→12.6万']],
  ] as [string, string[]][])('%s', (s, want) => {
    expect(links(s)).toEqual(want);
  });
});

describe('a clause that is only a change counts the sentence\'s noun and is no part', () => {
  it('subjects', () => {
    expect(subjectNames('普通高中在校女生55.5万人,增加1.5万人,在校女生比例为46.2%、提高0.7个百分点。')).toEqual(['普通高中在校女生', '普通高中在校女生', '在校女生比例', '在校女生比例']);
  });
  it('links', () => {
    expect(links('全年培训妇女3000人,增加500人,其中农村妇女1800人。')).toEqual(['1800→3000']);
    expect(links('全年培训妇女3000人,其中农村妇女1800人,增加300人。')).toEqual(['1800→3000']);
  });
});

describe('partOf: parts in brackets right after their total', () => {
  it.each([
    ['下拨补贴资金119万元(省级资金40万元、市级资金79万元)。', ['40万→119万', '79万→119万']],
    ['培训妇女3000人(农村妇女2000人、城镇妇女1000人)。', ['2000→3000', '1000→3000']],
    ['发放助学金10万元(其中市级筹集3.2万元;本区自筹6.8万元)。', ['3.2万→10万', '6.8万→10万']],
    ['救助困难妇女300名(其中“两癌”患病妇女120名;单亲困难母亲180名)。', ['120→300', '180→300']],
  ])('%s', (s, want) => {
    expect(links(s)).toEqual(want);
  });
  it.each([
    ['投入资金50万元(省级20万元、市级20万元)。'],
    ['建成妇女之家20个(儿童之家12个、活动室8个)。'],
    ['发放助学金10万元(其中市级3.2万元);本区另筹6.8万元用于奖学金。'],
  ])('not when they do not add up, count something else or stand outside: %s', (s) => {
    expect(links(s).filter((l) => !l.startsWith('3.2万'))).toEqual([]);
  });
});

describe('partOf: households after 其中 among the households honored before (其中十户家庭被推荐参评…)', () => {
  const links = (s: string) => {
    const cs = claimsInYongshan(s);
    return cs.map((c) => [expr(s, c.span), c.partOf ? expr(s, c.partOf) : null]);
  };
  it('a count of households is a part of an honored total in 户', () => {
    expect(links('全市评选出市级“最美家庭”100户,其中10户家庭被推荐参评省级“最美家庭”。')).toEqual([['100', null], ['10', '100']]);
  });
  it('counter-example: a count in 个 after an honored total in 个 is no part of it', () => {
    expect(links('全市命名巾帼文明岗20个,其中新建服务站5个。')).toEqual([['20', null], ['5', null]]);
  });
});

describe('a part of a counted honor named only by the place of those honored is that honor, place by place', () => {
  const parts = (s: string) =>
    claimsInChuzhou(s).filter((c) => c.partOf).map((c) => [c.kind, c.value, c.honor?.title ?? null, c.honor?.level ?? null]);
  it.each([
    ['今年我市有10名同志获评省三八红旗手。其中,天长市5名、明光市3名、来安县2名。',
      [['honor', 5, '三八红旗手', 'provincial'], ['honor', 3, '三八红旗手', 'provincial'], ['honor', 2, '三八红旗手', 'provincial']]],
    ['全市共有12户家庭获评全国“最美家庭”,其中琅琊区4户、南谯区8户。',
      [['honor', 4, '最美家庭', 'national'], ['honor', 8, '最美家庭', 'national']]],
    ['今年全市表彰市级巾帼文明岗20个,其中全椒县12个,定远县8个。',
      [['honor', 12, '巾帼文明岗', 'municipal'], ['honor', 8, '巾帼文明岗', 'municipal']]],
  ] as [string, unknown[]][])('%s', (s, want) => {
    expect(parts(s)).toEqual(want);
  });

  it.each([
    // a village or community named by its own name, below the places of the region table
    ['博鳌镇评选镇级“美丽庭院”示范户150户,其中沙美村42户、南强村30户。', [['honor', 42, '美丽庭院示范户', 'township'], ['honor', 30, '美丽庭院示范户', 'township']]],
    ['张桥镇评出镇级“最美家庭”60户,其中南强社区12户。', [['honor', 12, '最美家庭', 'township']]],
  ] as [string, unknown[]][])('%s', (s, want) => {
    expect(parts(s)).toEqual(want);
  });

  it('a part with a noun of its own, by sector, counts the same honor too', () => {
    expect(parts('评选镇级“美丽庭院”示范户150户,其中贫困村42户。')).toEqual([['honor', 42, '美丽庭院示范户', 'township']]);
    expect(parts('评选出“最美巾帼奋斗者”10名,其中农村妇女6名。')).toEqual([['honor', 6, '最美巾帼奋斗者', null]]);
    expect(parts('全市表彰“最美家庭”100户,其中农村家庭60户。')).toEqual([['honor', 60, '最美家庭', 'municipal']]);
  });
  it('counter-example: a part with a verb of its own stays what it counts', () => {
    expect(parts('全市表彰“最美家庭”100户,其中60户来自农村。')).toEqual([['count', 60, null, null]]);
  });
});

describe('the honored among the nominees counted right before 其中 (推荐2户家庭参评…,其中1户当选)', () => {
  it.each([
    ['新评选镇级“美丽庭院”示范户85户;推荐2户家庭参评县“最美家庭”,其中1户当选。', '2户'],
    ['全县推荐上报各级“最美家庭”候选家庭26户,其中5户获评市级“最美家庭”。', '26户'],
    ['选送12件作品参加全省巾帼创新大赛,其中3件获一等奖。', '12件'],
  ])('%s → %s', (s, total) => {
    const cs = claimsInHengxian(s);
    const part = cs.find((c) => c.kind === 'honor' && c.partOf);
    expect(part && s.slice(part.partOf![0], part.partOf![1] + 1)).toBe(total);
  });
  it('counter-example: the honored after a count of another kind of thing are no part of it', () => {
    const cs = claimsInHengxian('全县共收到参赛作品93个。《传承之路》等两个作品获二等奖。');
    expect(cs.filter((c) => c.partOf)).toEqual([]);
  });
});

describe('named honors after an untitled count of the honored (我市2人及3个集体获此殊荣。…) are its parts', () => {
  const linksOf = (s: string) => {
    const cs = claimsInChuzhou(s);
    return cs.filter((c) => c.partOf).map((c) => [c.honor?.title ?? null, s.slice(c.partOf![0], c.partOf![1] + 1)]);
  };
  it('persons\' titles of the count of persons, groups\' of the count of groups, where they add up', () => {
    expect(linksOf('今年,我市2人及3个集体获此殊荣。天长市某村妇联主席何某某、某公司班长刘某获得全国三八红旗手称号;某矿业公司选矿车间主机班获得全国三八红旗集体称号;市不动产登记中心、市妇幼保健院检验科获得全国巾帼文明岗称号。'))
      .toEqual([['三八红旗手', '2人'], ['三八红旗集体', '3个'], ['巾帼文明岗', '3个']]);
  });
  it('counted items by their own titles add up too', () => {
    expect(linksOf('全市40个集体和80名个人榜上有名。其中,授予市救助站等20个单位滁州市三八红旗集体称号,授予张某等50名同志滁州市三八红旗手称号,授予市医院等20个单位滁州市巾帼文明岗称号,授予李某等30名同志滁州市巾帼建功标兵称号。'))
      .toEqual([['三八红旗集体', '40个'], ['三八红旗手', '80名'], ['巾帼文明岗', '40个'], ['巾帼建功标兵', '80名']]);
  });
  it('after 其中, the named need not add up', () => {
    expect(linksOf('全市有4个集体、6名个人获得省级以上共青团荣誉,其中市团委荣获全国五四红旗团委。')).toEqual([['五四红旗团委', '4个']]);
  });
  it('counter-examples: named honors that do not add up, and a count said again', () => {
    expect(linksOf('今年,我市3人获此殊荣。何某某获得全国三八红旗手称号。')).toEqual([]);
    expect(linksOf('授予岳某等8人荣誉称号。省妇联授予8名女性“最美巾帼人物”荣誉称号。')).toEqual([]);
  });
});

describe('after a semicolon, items named by the same category word (…类) continue the breakdown of 其中', () => {
  it.each([
    ['全年受理妇女儿童信访件1135件,其中婚姻家庭纠纷类612件,占53.9%;家庭暴力类185件;财产权益类97件。', ['612→1135', '185→1135', '97→1135']],
    ['全年发放贷款3200笔,其中种植类1200笔;养殖类800笔;电商服务类600笔。', ['1200→3200', '800→3200', '600→3200']],
  ])('%s', (s, want) => {
    expect(links(s)).toEqual(want);
  });
  it('counter-example: a clause of its own after the semicolon, named otherwise, stands apart', () => {
    expect(links('全年受理信访件1135件,其中婚姻家庭纠纷类612件;办结率达98%,回访群众300人。')).toEqual(['612→1135']);
  });
});

describe('partOf: a sentence opened by 其中, of two totals of the same thing, takes the one its clause repeats', () => {
  it.each([
    ['全县法院共受理各类案件8600件,审结8120件。其中,县法院受理案件5100件。', '5100件', '8600'],
    ['全市共培训妇女3200人,帮扶妇女1800人。其中,培训农村妇女2100人。', '2100人', '3200'],
    ['全年共走访困难职工520户,救助困难职工310户。其中,救助单亲母亲家庭96户。', '96户', '310'],
    // counter-example: where neither clause is repeated, the nearest total of the same thing
    ['全市共培训妇女3200人,帮扶妇女1800人。其中,农村妇女900人。', '900人', '1800'],
  ])('%s: %s → %s', (text, needle, want) => {
    expect(partOfText(text, needle)).toBe(want);
  });
});

describe('partOf: a sentence that opens by naming how the total divides (分业务看, 按性别分) breaks it down', () => {
  it.each([
    ['全年实现营业收入203.6亿元。分业务看,储能业务收入128.4亿元,动力电池收入61.9亿元。', '61.9亿元', '203.6亿'],
    ['全市共有注册志愿者12.6万人。按性别分,女性志愿者7.8万人,男性志愿者4.8万人。', '4.8万人', '12.6万'],
    ['全区完成固定资产投资86亿元。分领域看:工业投资32亿元,基础设施投资41亿元。', '32亿元', '86亿'],
    // counter-examples: without such an opening, a sentence of other figures stands alone; 从…看 is a point of
    // view (its figures may overlap); parts that do not fit in the nearest total are no breakdown of it
    ['全年实现营业收入203.6亿元。储能业务新签订单128.4亿元。', '128.4亿元', null],
    ['进出口总值4173亿元。从市场主体看,民营企业进出口3560亿元。', '3560亿元', null],
    ['进出口总额5307.9亿元。分产业看,第一产业增加值98.7亿元,第二产业增加值5402.3亿元,第三产业增加值6134.2亿元。', '98.7亿元', null],
  ])('%s: %s → %s', (text, needle, want) => {
    expect(partOfText(text, needle)).toBe(want);
  });
});

describe('partOf: a sentence that opens with the noun the total before it counts, and 中 (毕业生中有…), breaks it down', () => {
  it.each([
    ['该校今年共有毕业生7952人。毕业生中有1236人进入500强企业,416人赴基层就业。', '416人', '7952'],
    ['全县共培训农村妇女3200人。参训妇女中,560人取得职业资格证书。', '560人', '3200'],
    // counter-example: a noun the total before it does not count
    ['全县共培训农村妇女3200人。工作中有12名干部受到表扬。', '12名', null],
  ])('%s: %s → %s', (text, needle, want) => {
    expect(partOfText(text, needle)).toBe(want);
  });
});

describe('partOf: past a sentence whose figures count other things, 其中 finds the total that names what the part names', () => {
  it.each([
    ['代表团共获得金牌86枚。本届运动会共派出运动员1452名,参加34个大项的比赛。其中,青少年部获得金牌61枚。', '61枚', '86'],
    ['全市共发放创业担保贷款3.2亿元。全年新增就业岗位1.2万个。其中,女性创业担保贷款1.8亿元。', '1.8亿元', '3.2亿'],
    // counter-example: a nearer sentence with a figure of the same kind wins, even of another noun
    ['全市共发放创业担保贷款3.2亿元。全年投入培训资金800万元。其中,省级资金300万元。', '300万元', '800万'],
  ])('%s: %s → %s', (text, needle, want) => {
    expect(partOfText(text, needle)).toBe(want);
  });
});

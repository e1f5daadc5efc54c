import { describe, expect, it } from 'vitest';
import { extractFrom } from './extract-helpers.js';
import type { Claim, ClaimStatus, Region } from '../src/doc.js';

// Sentences of our own in the genre (妇联, 工会, 共青团, 残联 work summaries and plans): how far a plan
// marker reaches, and the words that look like plan markers and are not. Several wordings per rule,
// with counter-examples that must keep their status.

const PROVINCE: Region = {
  code: '150000', name: '内蒙古自治区', level: 'province',
  province: '内蒙古自治区', city: null, county: null, town: null,
};

function claimsOf(text: string, date: string | null = null): Claim[] {
  return extractFrom(text, PROVINCE, null, date);
}

const expr = (text: string, span: [number, number]) => text.slice(span[0], span[1]);

/** [number expression as written, status] for every claim, in text order. */
function statuses(text: string, date: string | null = null): [string, ClaimStatus][] {
  return claimsOf(text, date).map((c) => [expr(text, c.span), c.status]);
}

const T = 'target' as const;
const R = 'result' as const;
type Table = [string, [string, ClaimStatus][]][];

describe('status: 将 before a noun and its figure, then the verb, is the disposal 将 (把), not the future', () => {
  it.each([
    ['各旗县妇联举行发放仪式,将救助金48万元发放给48名困难母亲。', [['48万', R], ['48', R]]],
    ['区残联将帮扶款12万元分发给60户残疾人家庭。', [['12万', R], ['60', R]]],
    ['市总工会将慰问金30万元送到200名困难职工手中。', [['30万', R], ['200', R]]],
    ['团县委将助学金8万元交给40名受助学生。', [['8万', R], ['40', R]]],
    // the future: a verb right after 将
    ['下一步,市妇联将救助困难母亲200名。', [['200', T]]],
    ['县残联将发放帮扶款12万元。', [['12万', T]]],
    ['明年市妇联将纳入救助范围的困难母亲增加到300名。', [['300', T]]],
    ['市妇联将发放给48名困难母亲救助金48万元。', [['48', T], ['48万', T]]],
  ] as Table)('%s', (s, want) => {
    expect(statuses(s)).toEqual(want);
  });
});

describe('status: 争取到 with a year that names the funds obtained is no plan', () => {
  it.each([
    ['自治区妇联向全国妇联争取到2019年“母亲健康快车”项目资金120万元。', [['120万', R]]],
    ['市残联争取到2020年度中央专项彩票公益金300万元,救助残疾儿童150名。', [['300万', R], ['150', R]]],
    // a year to reach
    ['县妇联争取到2030年底培训妇女5000人。', [['5000', T]]],
    ['团市委争取到2028年前建成青年之家30个。', [['30', T]]],
  ] as Table)('%s', (s, want) => {
    expect(statuses(s)).toEqual(want);
  });
});

describe('status: a year reported as past (2015年以来) is no later than the article, whatever its date says', () => {
  it.each([
    ['2019年以来,县妇联发放贴息贷款36人。2019年,县妇联收到春蕾资助款5万元,资助女童40名。2020年,县妇联将培训妇女800人。',
      [['36', R], ['5万', R], ['40', R], ['800', T]]],
  ] as Table)('%s', (s, want) => {
    expect(statuses(s, '2018-03-01')).toEqual(want);
  });
  it('a dated article with no year of the past keeps its date', () => {
    expect(statuses('2019年,县妇联培训妇女800人。', '2018-03-01')).toEqual([['800', T]]);
  });
});

describe('status: 将 with a verb that closes its clause is the future, and governs the figures after it', () => {
  it.each([
    ['全区三八红旗手评选活动也将开启,评选出200名三八红旗手和50个三八红旗集体。', [['200', T], ['50', T]]],
    ['“最美家庭”寻找活动还将陆续展开,推选出100户“最美家庭”。', [['100', T]]],
    ['职工技能大赛即将举行,共设12个比赛项目。', [['12', T]]],
    // the disposal 将 keeps its reading
    ['县残联将10809名残疾人纳入低保。', [['10809', R]]],
  ] as Table)('%s', (s, want) => {
    expect(statuses(s)).toEqual(want);
  });
});

describe('status: a plan marker after a figure of its own clause does not reach the clauses after it', () => {
  it.each([
    ['全市新建示范妇女之家120个,总投资3000万元的妇女儿童活动中心即将建成投用;2.6万名困难妇女纳入救助范围,农村妇女“两癌”检查覆盖率达95%。',
      [['120', R], ['3000万', T], ['2.6万', R], ['95%', R]]],
    ['各级工会建成职工书屋860家,总投资1.2亿元的职工服务中心正在建设,帮扶困难职工3200人。',
      [['860', R], ['1.2亿', T], ['3200', R]]],
    // without a figure before it, the marker still governs the clauses after it
    ['市残联即将启动新一轮康复工程,为500名残疾儿童免费康复,适配辅具2000件。', [['500', T], ['2000', T]]],
    ['下一步,县妇联将继续加大投入,新建妇女之家20个,培训妇女3000人次。', [['20', T], ['3000', T]]],
  ] as Table)('%s', (s, want) => {
    expect(statuses(s)).toEqual(want);
  });
});

describe('status: the investment of a building not yet built is planned; a finished one is a result', () => {
  it.each([
    ['总投资8000万元的残疾人康复中心即将竣工。', [['8000万', T]]],
    ['投资450万元的县妇女儿童活动中心将于年底建成。', [['450万', T]]],
    ['总投资8000万元的残疾人康复中心已建成运营。', [['8000万', R]]],
    ['总投资8000万元的残疾人康复中心去年建成,今年接待残疾人1.2万人次。', [['8000万', R], ['1.2万', R]]],
  ] as Table)('%s', (s, want) => {
    expect(statuses(s)).toEqual(want);
  });
});

describe('status: in a sentence that reports a period (五年来, 截至…), a plan among semicolon items stops at its semicolon', () => {
  it.each([
    ['五年来,全市残疾人事业累计投入28亿元,残疾人托养中心即将开工建设;3.2万名残疾人纳入低保,残疾人就业率达92%。',
      [['28亿', R], ['3.2万', R], ['92%', R]]],
    ['截至今年10月,全区建成妇女微家150个,县级妇女儿童中心正在筹建;培训妇女1.5万人次,发放创业贷款2.4亿元。',
      [['150', R], ['1.5万', R], ['2.4亿', R]]],
    // no period report: the plan reaches past the semicolon
    ['明年,县妇联将实施巾帼致富工程;培训妇女2000人,发放贷款5000万元。', [['2000', T], ['5000万', T]]],
    // the plan's own clause is still a plan
    ['五年来,全市累计培训残疾人8000人次;下一步将新建康复站30家。', [['8000', R], ['30', T]]],
  ] as Table)('%s', (s, want) => {
    expect(statuses(s)).toEqual(want);
  });
});

describe('status: 将分 N年 and the figures after it are planned', () => {
  it.each([
    ['专项助学金将分4年,资助80名困难家庭中学生,每人每年2000元。', [['80', T], ['2000', T]]],
    ['这笔善款将分三年使用,资助30名困境儿童。', [['30', T]]],
    // the disposal 将 with 分 after its object
    ['县妇联将善款5万元分给20户困难家庭。', [['5万', R], ['20', R]]],
  ] as Table)('%s', (s, want) => {
    expect(statuses(s)).toEqual(want);
  });
});

describe('status: a figure that is one of the government\u2019s works of the year (十件实事之一) is planned', () => {
  it.each([
    ['为800名贫困残疾人免费适配辅具是区政府今年十件实事之一。', [['800', T]]],
    ['今年市政府将“为2000名困难妇女免费开展两癌检查”列入十件民生实事之一。', [['2000', T]]],
    // done: a result marker before the figure
    ['县残联已为800名贫困残疾人免费适配辅具,这是县政府今年十件实事之一。', [['800', R]]],
    ['全年为800名贫困残疾人免费适配辅具,圆满完成十件实事之一的任务。', [['800', R]]],
  ] as Table)('%s', (s, want) => {
    expect(statuses(s)).toEqual(want);
  });
});

describe('status: 包括… after a plan continues it; 由…带领 is the plan\u2019s agent, not a new subject', () => {
  it.each([
    ['近期市妇联还将开展“巾帼心向党”系列活动。包括开展宣讲月活动,由市妇联党组成员带领机关干部组成五个宣讲小组,深入社区宣讲。',
      [['五', T]]],
    ['明年县总工会将开展技能竞赛。包括组织12个工种的比赛。', [['12', T]]],
    // after a result the continuation is a result
    ['今年市妇联开展了“巾帼心向党”系列活动。包括由市妇联党组成员带领机关干部组成五个宣讲小组。', [['五', R]]],
    // a new organisation as subject still ends a plan
    ['市妇联计划培训1000人,县妇联培训800人。', [['1000', T], ['800', R]]],
  ] as Table)('%s', (s, want) => {
    expect(statuses(s)).toEqual(want);
  });
});

describe('status: the figure a change starts from (由…的5%提高到10%) is what was reached before', () => {
  it.each([
    ['今年的评选还将扩大社会推荐比例,由上一届的5%提高到10%。', [['5%', R], ['10%', T]]],
    ['力争把女性村委委员比例从去年的28%提高至35%。', [['28%', R], ['35%', T]]],
    ['下一步将把建档立卡贫困妇女培训人数由800人增加到1500人。', [['800', R], ['1500', T]]],
    // a change already made: both reported
    ['女干部比例由2018年的18%提高到22%。', [['18%', R], ['22%', R]]],
  ] as Table)('%s', (s, want) => {
    expect(statuses(s)).toEqual(want);
  });
});

describe('status: 计划 at the end of a programme\u2019s name is the noun, not a plan', () => {
  it.each([
    ['县妇联继续实施春蕾计划,收到春蕾资助款5.2万元,受助女童38名。', [['5.2万', R], ['38', R]]],
    ['希望工程三年攻坚公益计划资助60名困难家庭小学生。', [['60', R]]],
    ['省青基会的希望工程计划资助大学新生120名。', [['120', R]]],
    ['省妇联巾帼素质提升计划培训农村妇女1.8万人。', [['1.8万', R]]],
    // an organisation or a time before 计划: a plan
    ['团市委今年计划资助大学生200名。', [['200', T]]],
    ['县妇联2027年计划培训妇女500人。', [['500', T]]],
    ['市残联计划资助残疾大学生30名。', [['30', T]]],
  ] as Table)('%s', (s, want) => {
    expect(statuses(s)).toEqual(want);
  });
});

describe('status: a figure that is the subject of a future verb is planned, one described by a 的-phrase is not', () => {
  it.each([
    ['全县500名困难母亲将获得救助,每人2000元。', [['500', T], ['2000', T]]],
    ['50名获奖职工将于下月赴京领奖。', [['50', T]]],
    ['全市将有5000名妇女受益。', [['5000', T]]],
    // 的 between: the figure describes who or what acts
    ['已培训的1000名妇女将成为巾帼志愿者。', [['1000', R]]],
    ['拥有会员300人的女企业家协会将于下月举办年会。', [['300', R]]],
  ] as Table)('%s', (s, want) => {
    expect(statuses(s)).toEqual(want);
  });
});

describe('status: a period report keeps a plan that is not separated by a semicolon', () => {
  it.each([
    ['今年以来,县妇联培训妇女1000人;计划下半年再培训2000人,建设妇女之家10个。', [['1000', R], ['2000', T], ['10', T]]],
  ] as Table)('%s', (s, want) => {
    expect(statuses(s)).toEqual(want);
  });
});

describe('status: more verbs after the future 将', () => {
  it.each([
    ['县妇联将遴选优秀女性创业者100名。', [['100', T]]],
    ['市总工会还将推出普惠服务项目20个。', [['20', T]]],
    ['团市委将开放青年之家50个。', [['50', T]]],
    ['区残联将增设残疾人托养机构6家。', [['6', T]]],
    // the disposal 将: the verb comes after the object
    ['县残联将补助资金30万元拨付给15个乡镇。', [['30万', R], ['15', R]]],
    ['县妇联将资金10万元用于妇女技能培训。', [['10万', R]]],
  ] as Table)('%s', (s, want) => {
    expect(statuses(s)).toEqual(want);
  });
});

describe('status: in a period report, a clause that opens with its own figure is no part of a plan before it', () => {
  it.each([
    ['五年来,全市累计投入残疾人事业经费28亿元,市残疾人托养中心即将建成,3.2万名残疾人纳入低保,全市新增残疾人就业1.1万人。',
      [['28亿', R], ['3.2万', R], ['1.1万', R]]],
    ['截至目前,全区建成妇女微家150个,区妇女儿童中心正在建设,1.5万名妇女参加技能培训。', [['150', R], ['1.5万', R]]],
    // without the period report a figure after a plan shares it
    ['明年将新建妇女之家20个,3000名妇女受益。', [['20', T], ['3000', T]]],
    // a clause that opens with a verb continues the plan
    ['一年来,县妇联培训妇女1000人,明年将继续开展培训,培训妇女2000人。', [['1000', R], ['2000', T]]],
  ] as Table)('%s', (s, want) => {
    expect(statuses(s)).toEqual(want);
  });
});

describe('a lead that releases N件实事 plans every item below it', () => {
  it('items with their budgets and beneficiaries are targets', () => {
    const text = '记者昨日从省政府获悉,今年我省将继续为残疾人办好十件实事。这十件实事分别是:\n职业技能培训。省财政安排1520万元,对20000名残疾人实施技能培训。\n托养服务。省财政安排1850万元,对7500名重度残疾人开展托养服务。';
    expect(statuses(text).map(([, s]) => s)).toEqual([T, T, T, T]);
  });

  it('also 十项实事 with a plan word', () => {
    const text = '今年市总工会拟办好十项实事:\n金秋助学。安排资金300万元,资助困难职工子女1000名。';
    expect(statuses(text).map(([, s]) => s)).toEqual([T, T]);
  });

  it('a report of works done (no plan word in the lead) stays a result', () => {
    const text = '去年我省为残疾人办好十件实事。\n职业技能培训。省财政安排1520万元,对20000名残疾人实施了技能培训。';
    expect(statuses(text).map(([, s]) => s)).toEqual(['result', 'result']);
  });
});

import { describe, expect, it } from 'vitest';
import {
  extractFrom, region, expr, T, R, claimsInChuzhou, claimsInDingyuan, claimsInHengxian, claimsInYongjia, statusesInYongshan, statusesInHengxian, statusesInNeimenggu, claimNearShunqing,
} from '../extract-helpers.js';
import type { ClaimStatus } from '../../src/doc.js';

// Results and targets (spec "Results, targets and breakdowns"): how far a plan marker reaches, and
// the words that look like plan markers and are not.
// Sentences of our own in the genre, each rule in several wordings, with counter-examples that must not change.

/** The status of the claim whose evidence holds `needle`, read with no region. */
const statusWith = (text: string, needle: string) => extractFrom(text, null).find((c) => c.text.includes(needle))?.status;

/** The status of the claim whose number expression starts with `figure`. */
const statusAt = (s: string, figure: string) => claimsInYongjia(s).find((x) => expr(s, x.span).startsWith(figure))?.status;

type StatusTable = [string, [string, ClaimStatus][]][];

describe('status in a quoted speech: 将 right after 说:“ plans, and an agenda sentence after it carries the plan on', () => {
  const st = (s: string) => claimsInChuzhou(s).map((c) => [c.value, c.status]);
  it.each([
    ['张书记说:“市妇联将结合实际,大力推进巾帼建功四大工作。重点做好“双结”活动,市妇联及20家基层妇联与受援地妇联进行结对帮扶,实施具体合作项目。”',
      [[20, 'target']]],
    ['张书记说:“市妇联将结合全市妇联实际和优势,大力推进四大工作。重点做好“双结”活动,市妇联及20家基层妇联与受援地妇联进行结对帮扶。”',
      [[20, 'target']]],
    ['李主席表示:“今后将继续加大帮扶力度。进一步做好结对工作,50名女企业家与100名贫困妇女结成帮扶对子。”', [[50, 'target'], [100, 'target']]],
    ['张书记说:“市妇联将结合实际,推进10项工作。”', [[10, 'target']]],
  ])('%s', (s, want) => {
    expect(st(s)).toEqual(want);
  });
  it.each([
    // a result marker in the agenda sentence: done
    ['张书记说:“市妇联将结合实际,大力推进四大工作。重点做好“双结”活动,去年已有20家基层妇联与受援地结对。”', [[20, 'result']]],
    // no quotation of speech: sentences stand on their own
    ['市妇联将结合实际,大力推进巾帼建功四大工作。重点做好“双结”活动,市妇联及20家基层妇联与受援地妇联进行结对帮扶。', [[20, 'result']]],
    // the sentence before reports results, so there is no plan to carry on
    ['张书记说:“去年培训妇女500人。重点做好“双结”活动,20家基层妇联与受援地妇联进行结对帮扶。”', [[500, 'result'], [20, 'result']]],
    // a sentence that does not open with an agenda word
    ['张书记说:“我们将大力推进四大工作。今年共有20家基层妇联与受援地结对。”', [[20, 'result']]],
    // 实际 as the adverb of what was done
    ['全年实际完成培训500人。', [[500, 'result']]],
    // a marker inside a quoted name stays no marker
    ['“我要上学”助学项目资助学生100名。', [[100, 'result']]],
  ])('counter-example: %s', (s, want) => {
    expect(st(s)).toEqual(want);
  });
});

describe('status: a sentence that repeats the preposition of a 将 plan carries the plan', () => {
  it.each([
    // a sentence that repeats the 将 plan's preposition carries the plan
    ['明年将对20个村授予文明村称号,对80户授予文明家庭称号。对3个社区授予先进社区称号。', '3个社区', 'target'],
    ['区妇联将向50名贫困母亲发放慰问金。向12名留守儿童赠送书包。', '12名', 'target'],
    // counter-examples: no plan before, or a marker of its own, or 对此
    ['去年对20个村授予文明村称号。对3个社区授予先进社区称号。', '3个社区', 'result'],
    ['明年将对20个村授予文明村称号。对此,已有300名村民报名参加。', '300名', 'result'],
    // a motion verb after 将 is the future
    ['他们将分赴全省15个乡镇开展义诊。', '15个', 'target'],
    ['志愿者将奔赴8个社区开展宣传。', '8个', 'target'],
    ['队员们将前往6所学校开展讲座。', '6所', 'target'],
    ['将30名学生送到医院。', '30名', 'result'],
    // a counted 目标任务 is the noun
    ['全省确定24项改革目标任务。', '24项', 'result'],
    ['会议确定了9项发展目标任务。', '9项', 'result'],
    ['明年将完成8项目标任务。', '8项', 'target'],
    ['目标任务是培训妇女3000人。', '3000人', 'target'],
  ])('%s → %s %s', (text, needle, want) => {
    expect(statusWith(text, needle)).toBe(want);
  });
});

describe('status: 将组成 is a plan, and so are examples of planned work after it (如, 例如)', () => {
  it('将组成 is a plan', () => {
    expect(claimNearShunqing('团市委将组成5个宣讲团,赴各地宣讲。', '5个')?.status).toBe('target');
  });
  it.each([
    ['今年县残联将实施一批惠民项目。如为200名残疾儿童提供康复救助;配发轮椅50台。', ['200名', '50台']],
    ['下半年市妇联将推出一批实事。例如:培训家政人员300人。', ['300人']],
  ])('%s', (text, needles) => {
    for (const n of needles) expect(claimNearShunqing(text, n)?.status, n).toBe('target');
  });
  it.each([
    '去年县妇联开展了一批活动。如:培训妇女300人。',
    '县妇联将开展一系列活动。如期完成培训300人。',
  ])('examples of work done, or 如期, stay results: %s', (text) => {
    expect(claimNearShunqing(text, '300')?.status).toBe('result');
  });
});

describe('status: an indicator that reached its target is a result (达到目标要求, 达到规划目标值)', () => {
  it.each([
    ['对县妇女发展规划的30项指标开展评估,有28项指标达到目标要求。', [['30', R], ['28', R]]],
    ['经中期评估,全市儿童发展纲要29项指标中有26项达到规划目标值,达标率89.7%。', [['29', R], ['26', R], ['89.7%', R]]],
    ['全区42项监测指标已有39项达到年度目标。', [['42', R], ['39', R]]],
    ['妇女规划的34项可量化指标中,31项达到目标,达标率91.2%。', [['34', R], ['31', R], ['91.2%', R]]],
  ] as [string, [string, ClaimStatus][]][])('%s', (s, want) => {
    expect(statusesInYongshan(s)).toEqual(want);
  });

  it('a goal still to reach stays a target', () => {
    expect(statusesInYongshan('力争到年底有30项指标达到目标要求。')).toEqual([['30', 'target']]);
    expect(statusesInYongshan('今年的目标是培训农村妇女5000人次。')).toEqual([['5000', 'target']]);
  });
});

describe('status: a run-in heading in 【】 speaks for itself only (yearbook entries)', () => {
  it.each([
    ['【“十四五”妇儿规划实施情况】 2023年,县妇儿工委对27项指标进行监测,有24项达标。', [['27', R], ['24', R]]],
    ['【巾帼建功计划实施】 全年评选巾帼建功标兵15名,巾帼文明岗8个。', [['15', R], ['8', R]]],
    ['【妇女发展规划实施监测】 区妇儿工委对32项指标开展监测评估,全部达标。', [['32', R]]],
  ] as [string, [string, ClaimStatus][]][])('%s', (s, want) => {
    expect(statusesInYongshan(s)).toEqual(want);
  });

  it('a plan marker after the heading still governs its sentence', () => {
    expect(statusesInYongshan('【概况】 2024年,县妇联计划培训农村妇女2000人次。')).toEqual([['2000', 'target']]);
  });
});

describe('拟分 (拟分三批, 拟分期) opens a plan like 拟', () => {
  it.each([
    ['省妇联拟分三批投入200万元帮扶困难妇女。', '200'],
    ['市总工会拟分两批发放慰问金80万元。', '80'],
    ['团县委拟分期资助贫困学生300名。', '300'],
  ])('%s', (s, figure) => {
    const c = claimsInHengxian(s).find((x) => expr(s, x.span).startsWith(figure));
    expect(c?.status).toBe('target');
  });
});

describe('news that releases a list of planned works (十件民生实事, 办实事项目) plans every figure', () => {
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
    expect(statusesInHengxian(s)).toEqual(want);
  });
  it('a report that the works were done stays a result', () => {
    const s = '县妇联今年的十件民生实事已全部完成。全年培训妇女3000人,建成妇女之家20个。';
    expect(statusesInHengxian(s)).toEqual([['3000', R], ['20', R]]);
  });
  it.each([
    // the noun 目标 framing a year's work releases no plan
    ['2023年,市残联围绕“七个一”工作目标,全力推进残疾人民生实事。\n康复服务方面,为7820名残疾儿童提供基本康复服务。\n新增残疾人就业2130人。', [['7820', R], ['2130', R]]],
    ['去年,县妇联紧扣年度目标任务,扎实办好为民办实事项目。全年培训妇女3000人,建成妇女之家20个。', [['3000', R], ['20', R]]],
    // the disposal 将 (将…作为, 将…列入) names the task the year's work served
    ['2023年,县妇联将“两癌”免费检查作为民生实事,联合县卫健局开展筛查。全年筛查妇女1.2万人,查出疑似病例86例。\n宣传方面,开展健康讲座120场。', [['1.2万', R], ['86', R], ['120', R]]],
    ['去年,市总工会将户外劳动者驿站建设列入为民办实事项目。全年建成驿站60个,服务职工5万人次。', [['60', R], ['5万', R]]],
    ['今年以来,区残联把助残就业纳入民生实事,将职业培训与岗位推荐结合起来。培训残疾人320人,帮助85人实现就业。', [['320', R], ['85', R]]],
  ])('a year\'s work framed by its goal is no release of planned works: %s', (s, want) => {
    expect(statusesInHengxian(s)).toEqual(want);
  });
});

describe('a monitored indicator that has a target value, or reached an end-of-term target, is a result', () => {
  it.each([
    ['据终期监测评估,妇女发展规划设目标值的38项指标中,达标35项,占92.1%。', ['38', '35', '92.1']],
    ['儿童发展规划设有目标值的52项指标中有48项已达标。', ['52', '48']],
    ['评估显示,全县妇女发展纲要76项主要指标基本达到终期目标要求。', ['76']],
    ['儿童发展纲要中63项指标达到中期目标要求,占指标总数的90%。', ['63', '90']],
  ])('%s', (s, figures) => {
    for (const f of figures) expect(statusAt(s, f), f).toBe('result');
  });
  it.each([
    // counter-examples: a goal set for the future stays a target
    ['到2025年,全县妇女参加技能培训的目标为5000人次。', '5000'],
    ['市妇联今年的目标是帮助300名妇女创业就业。', '300'],
    ['确保儿童发展规划50项指标全部达到终期目标。', '50'],
  ])('%s stays a target', (s, f) => {
    expect(statusAt(s, f)).toBe('target');
  });
});

describe('goals or tasks counted as the noun itself (69项目标措施, 5项重点任务) report what a plan holds', () => {
  it.each([
    ['新一轮妇女发展规划共设置7大领域、9个重点指标、58项目标措施及4个实事项目。', ['9', '58', '4']],
    ['会议明确了全年6项重点任务和20条具体措施。', ['20']],
    ['儿童规划设置了12项主要目标和40项策略措施。', ['12', '40']],
  ])('%s', (s, figures) => {
    for (const f of figures) expect(statusAt(s, f), f).toBe('result');
  });
  it.each([
    // counter-examples: 目标/任务 that governs the clause
    ['全年目标任务是新建妇女之家30个。', '30'],
    ['今年的任务是培训巾帼家政服务员1200人次。', '1200'],
    ['市总工会下达培训任务3000人。', '3000'],
  ])('%s stays a target', (s, f) => {
    expect(statusAt(s, f)).toBe('target');
  });
});

describe('status: funds handed down are results, a quota handed down is a target', () => {
  it.each([
    ['省财政下达省级彩票公益金9530万元,支持残疾儿童康复救助。', [['9530万', R]]],
    ['自治区总工会向各盟市工会下达帮扶资金2600万元。', [['2600万', R]]],
    ['团省委累计下达希望工程助学款1.3亿元。', [['1.3亿', R]]],
    ['市残联向各县区下达康复救助任务1800人。', [['1800', T]]],
    ['省妇联下达我市“两癌”检查指标3万人。', [['3万', T]]],
    ['县残联下达各乡镇残疾人就业培训计划500人。', [['500', T]]],
  ] as [string, [string, ClaimStatus][]][])('%s', (s, want) => {
    expect(statusesInYongshan(s)).toEqual(want);
  });
});

describe('status: a target passed is a result', () => {
  it.each([
    ['全区女干部占比超过规划目标4.2个百分点。', [['4.2个百分点', R]]],
    ['全市培训妇女人数高于年度目标1200人。', [['1200', R]]],
    ['新增会员数高出年度任务800人。', [['800', R]]],
    ['目标是超过1000人。', [['1000', T]]],
    ['力争参与青年超过3000人次。', [['3000', T]]],
  ] as [string, [string, ClaimStatus][]][])('%s', (s, want) => {
    expect(statusesInYongshan(s)).toEqual(want);
  });
});

describe('status: a named programme 计划 is a noun (西部计划累计招募…)', () => {
  it.each([
    ['20年来,西部计划累计招募大学生志愿者3.2万名。', [['3.2万', R]]],
    ['春蕾计划共资助女童1.5万名。', [['1.5万', R]]],
    ['雨露计划累计培训农村青年8600人次。', [['8600', R]]],
    ['团省委计划招募西部计划志愿者500名。', [['500', T]]],
    ['县妇联计划新建妇女之家20个。', [['20', T]]],
  ] as [string, [string, ClaimStatus][]][])('%s', (s, want) => {
    expect(statusesInYongshan(s)).toEqual(want);
  });
});

describe('status: a list of goals closed by 等目标 at the sentence end', () => {
  it.each([
    ['省总工会制定了五年规划,提出帮助500万职工提升技能、建设3000个职工书屋等目标。', [['500万', T], ['3000', T]]],
    ['会议明确了新建妇女之家200个、培训农村妇女1万人次的目标。', [['200', T], ['1万', T]]],
    ['团市委确定了招募志愿者2000名、开展服务活动500场等工作任务。', [['2000', T], ['500', T]]],
    ['全县已培训妇女3000人,建成基地12个,圆满完成全年目标。', [['3000', R], ['12', R]]],
    ['去年共培训妇女3000人、建设基地12个等,完成了年度目标。', [['3000', R], ['12', R]]],
  ] as [string, [string, ClaimStatus][]][])('%s', (s, want) => {
    expect(statusesInYongshan(s)).toEqual(want);
  });
});

describe('status: 任务包括/目标包括 governs the rest of the sentence', () => {
  it.each([
    ['今年,市总工会将突出重点。具体任务包括深化劳动竞赛,每年资助300名优秀农民工提升学历;推动450户困难职工家庭解困脱困。', [['300', T], ['450', T]]],
    ['明年工作目标包括:新建妇女之家40个,培训妇女5000人次。', [['40', T], ['5000', T]]],
  ] as [string, [string, ClaimStatus][]][])('%s', (s, want) => {
    expect(statusesInYongshan(s)).toEqual(want);
  });
});

describe('status: a quota in brackets speaks for the bracket only', () => {
  it.each([
    ['县残联今年完成困难残疾人家庭无障碍改造82户(市定任务80户)。', [['82', R], ['80', T]]],
    ['全年完成残疾儿童康复救助96名(省下达任务数60名),完成率160%。', [['96', R], ['60', T], ['160%', R]]],
    ['培训农村妇女1200人(目标任务1000人)、发放贷款300万元。', [['1200', R], ['1000', T], ['300万', R]]],
    ['计划新建妇女之家20个(其中村级15个)。', [['20', T], ['15', T]]],
  ] as [string, [string, ClaimStatus][]][])('%s', (s, want) => {
    expect(statusesInYongshan(s)).toEqual(want);
  });
});

describe('status: 已建、在建 count together as done; a plan opened by a time to reach', () => {
  it.each([
    ['全市已建、在建妇女之家1200个。', [['1200', R]]],
    ['目前全县已建和在建爱心驿站36个。', [['36', R]]],
    ['全县在建妇女儿童活动中心3个。', [['3', T]]],
    ['力争到年底,各级妇联组织培育巾帼示范基地100个。', [['100', T]]],
    ['确保年内,全市工会组织建成职工书屋50家。', [['50', T]]],
    ['力争到2025年,全省工会建成职工之家500家,目前已建成320家。', [['500', T], ['320', R]]],
    ['项目计划总投资1.2亿元。', [['1.2亿', T]]],
    ['该中心计划总投资3500万元,目前已完成投资1200万元。', [['3500万', T], ['1200万', R]]],
  ] as [string, [string, ClaimStatus][]][])('%s', (s, want) => {
    expect(statusesInYongshan(s)).toEqual(want);
  });
});

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
  ] as StatusTable)('%s', (s, want) => {
    expect(statusesInNeimenggu(s)).toEqual(want);
  });
});

describe('status: 争取到 with a year that names the funds obtained is no plan', () => {
  it.each([
    ['自治区妇联向全国妇联争取到2019年“母亲健康快车”项目资金120万元。', [['120万', R]]],
    ['市残联争取到2020年度中央专项彩票公益金300万元,救助残疾儿童150名。', [['300万', R], ['150', R]]],
    // a year to reach
    ['县妇联争取到2030年底培训妇女5000人。', [['5000', T]]],
    ['团市委争取到2028年前建成青年之家30个。', [['30', T]]],
  ] as StatusTable)('%s', (s, want) => {
    expect(statusesInNeimenggu(s)).toEqual(want);
  });
});

describe('status: a year reported as past (2015年以来) is no later than the article, whatever its date says', () => {
  it.each([
    ['2019年以来,县妇联发放贴息贷款36人。2019年,县妇联收到春蕾资助款5万元,资助女童40名。2020年,县妇联将培训妇女800人。',
      [['36', R], ['5万', R], ['40', R], ['800', T]]],
  ] as StatusTable)('%s', (s, want) => {
    expect(statusesInNeimenggu(s, '2018-03-01')).toEqual(want);
  });
  it('a dated article with no year of the past keeps its date', () => {
    expect(statusesInNeimenggu('2019年,县妇联培训妇女800人。', '2018-03-01')).toEqual([['800', T]]);
  });
});

describe('status: 将 with a verb that closes its clause is the future, and governs the figures after it', () => {
  it.each([
    ['全区三八红旗手评选活动也将开启,评选出200名三八红旗手和50个三八红旗集体。', [['200', T], ['50', T]]],
    ['“最美家庭”寻找活动还将陆续展开,推选出100户“最美家庭”。', [['100', T]]],
    ['职工技能大赛即将举行,共设12个比赛项目。', [['12', T]]],
    // the disposal 将 keeps its reading
    ['县残联将10809名残疾人纳入低保。', [['10809', R]]],
  ] as StatusTable)('%s', (s, want) => {
    expect(statusesInNeimenggu(s)).toEqual(want);
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
  ] as StatusTable)('%s', (s, want) => {
    expect(statusesInNeimenggu(s)).toEqual(want);
  });
});

describe('status: the investment of a building not yet built is planned; a finished one is a result', () => {
  it.each([
    ['总投资8000万元的残疾人康复中心即将竣工。', [['8000万', T]]],
    ['投资450万元的县妇女儿童活动中心将于年底建成。', [['450万', T]]],
    ['总投资8000万元的残疾人康复中心已建成运营。', [['8000万', R]]],
    ['总投资8000万元的残疾人康复中心去年建成,今年接待残疾人1.2万人次。', [['8000万', R], ['1.2万', R]]],
  ] as StatusTable)('%s', (s, want) => {
    expect(statusesInNeimenggu(s)).toEqual(want);
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
  ] as StatusTable)('%s', (s, want) => {
    expect(statusesInNeimenggu(s)).toEqual(want);
  });
});

describe('status: 将分 N年 and the figures after it are planned', () => {
  it.each([
    ['专项助学金将分4年,资助80名困难家庭中学生,每人每年2000元。', [['80', T], ['2000', T]]],
    ['这笔善款将分三年使用,资助30名困境儿童。', [['30', T]]],
    // the disposal 将 with 分 after its object
    ['县妇联将善款5万元分给20户困难家庭。', [['5万', R], ['20', R]]],
  ] as StatusTable)('%s', (s, want) => {
    expect(statusesInNeimenggu(s)).toEqual(want);
  });
});

describe('status: a figure that is one of the government\u2019s works of the year (十件实事之一) is planned', () => {
  it.each([
    ['为800名贫困残疾人免费适配辅具是区政府今年十件实事之一。', [['800', T]]],
    ['今年市政府将“为2000名困难妇女免费开展两癌检查”列入十件民生实事之一。', [['2000', T]]],
    // done: a result marker before the figure
    ['县残联已为800名贫困残疾人免费适配辅具,这是县政府今年十件实事之一。', [['800', R]]],
    ['全年为800名贫困残疾人免费适配辅具,圆满完成十件实事之一的任务。', [['800', R]]],
  ] as StatusTable)('%s', (s, want) => {
    expect(statusesInNeimenggu(s)).toEqual(want);
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
  ] as StatusTable)('%s', (s, want) => {
    expect(statusesInNeimenggu(s)).toEqual(want);
  });
});

describe('status: the figure a change starts from (由…的5%提高到10%) is what was reached before', () => {
  it.each([
    ['今年的评选还将扩大社会推荐比例,由上一届的5%提高到10%。', [['5%', R], ['10%', T]]],
    ['力争把女性村委委员比例从去年的28%提高至35%。', [['28%', R], ['35%', T]]],
    ['下一步将把建档立卡贫困妇女培训人数由800人增加到1500人。', [['800', R], ['1500', T]]],
    // a change already made: both reported
    ['女干部比例由2018年的18%提高到22%。', [['18%', R], ['22%', R]]],
  ] as StatusTable)('%s', (s, want) => {
    expect(statusesInNeimenggu(s)).toEqual(want);
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
  ] as StatusTable)('%s', (s, want) => {
    expect(statusesInNeimenggu(s)).toEqual(want);
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
  ] as StatusTable)('%s', (s, want) => {
    expect(statusesInNeimenggu(s)).toEqual(want);
  });
});

describe('status: a period report keeps a plan that is not separated by a semicolon', () => {
  it.each([
    ['今年以来,县妇联培训妇女1000人;计划下半年再培训2000人,建设妇女之家10个。', [['1000', R], ['2000', T], ['10', T]]],
  ] as StatusTable)('%s', (s, want) => {
    expect(statusesInNeimenggu(s)).toEqual(want);
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
  ] as StatusTable)('%s', (s, want) => {
    expect(statusesInNeimenggu(s)).toEqual(want);
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
  ] as StatusTable)('%s', (s, want) => {
    expect(statusesInNeimenggu(s)).toEqual(want);
  });
});

describe('a lead that releases N件实事 plans every item below it', () => {
  it('items with their budgets and beneficiaries are targets', () => {
    const text = '记者昨日从省政府获悉,今年我省将继续为残疾人办好十件实事。这十件实事分别是:\n职业技能培训。省财政安排1520万元,对20000名残疾人实施技能培训。\n托养服务。省财政安排1850万元,对7500名重度残疾人开展托养服务。';
    expect(statusesInNeimenggu(text).map(([, s]) => s)).toEqual([T, T, T, T]);
  });

  it('also 十项实事 with a plan word', () => {
    const text = '今年市总工会拟办好十项实事:\n金秋助学。安排资金300万元,资助困难职工子女1000名。';
    expect(statusesInNeimenggu(text).map(([, s]) => s)).toEqual([T, T]);
  });

  it('a report of works done (no plan word in the lead) stays a result', () => {
    const text = '去年我省为残疾人办好十件实事。\n职业技能培训。省财政安排1520万元,对20000名残疾人实施了技能培训。';
    expect(statusesInNeimenggu(text).map(([, s]) => s)).toEqual(['result', 'result']);
  });
});

describe('status of a share of a target done, and of a plan after a quoted programme', () => {
  it.each([
    ['全年发放贷款2.1亿元,完成省下达目标任务的310%。', '310%'],
    ['完成市下达任务的105%。', '105%'],
    ['完成年度目标任务的120%。', '120%'],
  ])('a completion rate against a target is a result: %s', (text, needle) => {
    expect(claimNearShunqing(text, needle)?.status).toBe('result');
  });
  it('a quota handed down stays a target', () => {
    expect(claimNearShunqing('市里下达培训任务3000人。', '3000人')?.status).toBe('target');
  });
  it.each([
    ['今年,“希望工程助学行动”计划资助3000名贫困学生。', '3000名'],
    ['“阳光助残工程”计划投入资金300万元。', '300万元'],
    ['今年团县委计划资助200名贫困学生。', '200名'],
  ])('计划 + verb after a programme\'s quoted name plans: %s', (text, needle) => {
    expect(claimNearShunqing(text, needle)?.status).toBe('target');
  });
  it('a quoted name of the plan itself is no plan', () => {
    expect(claimNearShunqing('“春蕾”计划资助女童1200名。', '1200名')?.status).toBe('result');
  });
});

describe('a subjectless sentence that opens with a verb carries on a 将 plan of the sentence before it', () => {
  it.each([
    ['会议将于下月召开。会议还将选举新一届委员。表彰全县先进集体30个、先进个人50名。', ['30个', '50名']],
    ['联谊会将在年底举行。届时还将颁奖。评选优秀志愿者20名。', ['20名']],
    ['明年团县委将组织培训。资助贫困学生100名。', ['100名']],
  ])('%s', (text, needles) => {
    for (const n of needles) expect(claimNearShunqing(text, n)?.status).toBe('target');
  });
  it.each([
    // a result marker of its own, or a figure before the 将
    ['会议将于下月召开。表彰了先进集体30个。', '30个'],
    ['全县已建成妇女之家20个,明年将继续推进。表彰先进集体30个。', '30个'],
    // a new subject
    ['会议将于下月召开。县妇联表彰先进集体30个。', '30个'],
  ])('counter-example: %s', (text, n) => {
    expect(claimNearShunqing(text, n)?.status).toBe('result');
  });
});

describe('status: a year\'s plan, what a plan brings, the future 将 before a verb of receiving', () => {
  it.each([
    ['2019年计划技能培训人数60人,创业扶持12人,建设康复站3个。', ['60人', '12人', '3个']],
    ['今年计划妇女创业培训200人,小额贷款发放300万元。', ['200人', '300万元']],
    ['县妇联计划使200名留守儿童受益。', ['200名']],
    ['这批项目将使3000名群众受益。', ['3000名']],
    ['困难学生分别将得到3000元和6000元资助。', ['3000元', '6000元']],
    ['入选的50户家庭将获得2000元奖励。', ['2000元']],
  ])('%s', (text, needles) => {
    for (const n of needles) expect(claimNearShunqing(text, n)?.status, n).toBe('target');
  });
  it.each([
    ['2018年培训人数90人,就业扶持30人。', '90人'],
    ['2019年计划的完成情况较好,全年培训80人。', '80人'],
    ['今年全县已有300名困难学生得到2000元资助。', '2000元'],
    ['共培训妇女500人,使1200名群众受益。', '1200名'],
  ])('a result stays a result: %s', (text, needle) => {
    expect(claimNearShunqing(text, needle)?.status).toBe('result');
  });
});

describe('status: the parts of a planned total are planned', () => {
  it.each([
    ['今年全区将承担300名残疾儿童康复救助任务,其中听障儿童120名、孤独症儿童30名。', ['120名', '30名']],
    ['明年拟投入资金500万元,其中市级200万元、区级300万元。', ['200万元', '300万元']],
    ['计划培训农村妇女1000人,其中种植技术培训600人。', ['600人']],
  ])('%s', (text, needles) => {
    for (const n of needles) expect(claimNearShunqing(text, n)?.status, n).toBe('target');
  });
  it.each([
    ['今年计划培训妇女1000人,其中已完成800人。', '800人'],
    ['共培训妇女1000人,其中农村妇女700人。', '700人'],
  ])('a part reported done, or of a total done, is a result: %s', (text, needle) => {
    expect(claimNearShunqing(text, needle)?.status).toBe('result');
  });
});

describe('status: a year that describes an event with 的 (在2022年的疫情防控中) dates what was done', () => {
  it.each([
    ['2021年,我县圆满完成改革任务。在2022年的疫情防控中,团县委组建131支青年突击队,动员志愿者1万余人次。', ['131支', '1万余人次']],
    ['2020年全县开展培训。在2023年的防汛工作中,共转移群众800人。', ['800人']],
  ])('%s', (text, needles) => {
    for (const n of needles) expect(claimNearShunqing(text, n)?.status, n).toBe('result');
  });
  it.each([
    ['2021年,我县圆满完成改革任务。到2025年,建成妇女之家100个。', '100个'],
  ])('counter-example, a later year after 到 is a target: %s', (text, needle) => {
    expect(claimNearShunqing(text, needle)?.status).toBe('target');
  });
});

describe('the items of an enumeration (一是…;二是…) report apart; a plan before the first item governs them all', () => {
  it.each([
    ['全年工作成效明显:一是培训妇女3000人次;二是计划明年新建妇女之家20个;三是建成儿童之家12个。', [['3000', R], ['20', T], ['12', R]]],
    ['一是力争培训农村妇女1.6万人次;二是计划争取项目资金50万元,目前已到位20万元;四是开展家庭教育讲座百余场。', [['1.6万', T], ['50万', T], ['20万', R], ['百余', R]]],
    // a plan before the first item
    ['明年将重点做好以下工作:一是培训妇女3000人次;二是新建妇女之家20个。', [['3000', T], ['20', T]]],
  ])('%s', (s, want) => {
    expect(statusesInHengxian(s)).toEqual(want);
  });
  it('under a plan heading every item is planned, also after an item that reports money received', () => {
    const s = '一、2023年工作完成情况\n全年培训农村妇女1.5万人次,占农村妇女总数的18.6%。\n二、2024年工作计划\n一是计划争取项目资金50万元,目前已到位20万元;二是开展家庭教育讲座百余场。';
    expect(statusesInHengxian(s)).toEqual([['1.5万', R], ['18.6%', R], ['50万', T], ['20万', R], ['百余', T]]);
  });
});

describe('a goal named before a colon (目标任务是:…) governs the list after it; a task completed does not', () => {
  it.each([
    ['会议提出,2024年全市工会工作的目标任务是:新建工会组织300家、发展会员2万人以上。', [['300', T], ['2万', T]]],
    ['全市的目标是:新建工会300家。', [['300', T]]],
    // an organisation after the verb is its object, no new subject that ends the plan
    ['明年将重点做好:新建工会组织200家,发展会员1万人。', [['200', T], ['1万', T]]],
    // (also deeper in the object of a verb that opens the clause: 培训社区妇联主席)
    ['下一步,计划新建妇女儿童之家50个,培训社区妇联主席不少于400人次。', [['50', T], ['400', T]]],
    ['明年将新建职工书屋20个,培训基层工会主席300人次。', [['20', T], ['300', T]]],
  ])('%s', (s, want) => {
    expect(statusesInHengxian(s)).toEqual(want);
  });
  it.each([
    ['全年完成了年度目标任务:培训妇女5000人次,新建妇女之家30个。', [['5000', R], ['30', R]]],
    ['全面完成年度目标任务,培训妇女5000人次。', [['5000', R]]],
    // an organisation that opens its clause is a new subject: the plan before it ends there
    ['明年将培训妇女3000人,县总工会新建职工书屋20个。', [['3000', T], ['20', R]]],
  ])('counter-example: %s', (s, want) => {
    expect(statusesInHengxian(s)).toEqual(want);
  });
});

describe('目标 as a noun that frames no plan: a gap measured against it, the goals a plan sets counted', () => {
  it.each([
    ['职工疗休养覆盖率仅为31.5%,与规划目标相差18.5个百分点。', [['31.5%', R], ['18.5个百分点', R]]],
    ['全县适龄儿童入园率较目标值高出2个百分点。', [['2个百分点', R]]],
    ['“两个规划”共设置主要目标和策略措施221项,其中可量化监测指标126项。', [['221', R], ['126', R]]],
  ])('%s', (s, want) => {
    expect(statusesInHengxian(s)).toEqual(want);
  });
  it.each([
    ['设定年度目标培训妇女3000人。', [['3000', T]]],
    ['确定了全年目标:培训妇女3000人。', [['3000', T]]],
    ['全年目标培训妇女3000人。', [['3000', T]]],
  ])('counter-example: %s', (s, want) => {
    expect(statusesInHengxian(s)).toEqual(want);
  });
});

describe('计划 after the scope of the whole place (全县计划…, 今年全市计划…) with a figure in its clause is a plan', () => {
  it.each([
    ['全县计划稳定粮食播种面积240万亩以上。', [['240万', T]]],
    ['今年全市计划城镇新增就业6万人。', [['6万', T]]],
    ['我县计划新建妇女儿童之家30个。', [['30', T]]],
  ])('%s', (s, want) => {
    expect(statusesInHengxian(s)).toEqual(want);
  });
  it.each([
    ['全县计划生育家庭特别扶助对象3200人。', [['3200', R]]],
  ])('counter-example: %s', (s, want) => {
    expect(statusesInHengxian(s)).toEqual(want);
  });
});

describe('the change of a planned figure against an earlier time, in the clause right after it, is planned; what is already done is not', () => {
  it.each([
    ['力争全年妇女创业贷款发放额突破20亿元,比上年增长15%左右。', [['20亿', T], ['15%', T]]],
    ['预计今年全市粮食总产量将达到62.8亿斤,比上年增加1.9亿斤,其中大豆总产约8.4亿斤。', [['62.8亿', T], ['1.9亿', T], ['8.4亿', T]]],
    ['公司拟向全体股东每股派发现金红利0.32元。', [['0.32', T]]],
  ])('%s', (s, want) => {
    expect(statusesInHengxian(s)).toEqual(want);
  });
  it.each([
    ['全年发放贷款20亿元,比上年增长15%。', [['20亿', R], ['15%', R]]],
    ['通车后全省高速公路里程将突破9000公里,全省88个县已全部实现县县通高速。', [['9000', T], ['88', R]]],
  ])('counter-example: %s', (s, want) => {
    expect(statusesInHengxian(s)).toEqual(want);
  });
});

describe('合计 sums the figures before it in the sentence: planned where they are planned', () => {
  it.each([
    ['公司拟以总股本8.6亿股为基数,向全体股东每10股派发现金红利2元,合计派发现金约1.72亿元。', [['2', T], ['1.72亿', T]]],
    ['明年计划为困难职工发放慰问金120万元,合计慰问3000人。', [['120万', T], ['3000', T]]],
  ])('%s', (s, want) => {
    expect(statusesInHengxian(s)).toEqual(want);
  });
  it.each([
    ['全年发放慰问金120万元,合计慰问困难职工3000人。', [['120万', R], ['3000', R]]],
  ])('counter-example: %s', (s, want) => {
    expect(statusesInHengxian(s)).toEqual(want);
  });
});

describe('目标 inside the name of a subsidy (目标价格补贴) frames no plan', () => {
  it.each([
    ['全县发放稻谷目标价格补贴2870万元。', [['2870万', R]]],
  ])('%s', (s, want) => {
    expect(statusesInHengxian(s)).toEqual(want);
  });
});

describe('计划 before any verb of work (verbs.tsv) with a figure in its clause is a plan', () => {
  it.each([
    ['县人社局计划发放贷款2亿元。', [['2亿', T]]],
    ['该校计划招生2300人。', [['2300', T]]],
    ['县妇联计划发放慰问金20万元。', [['20万', T]]],
  ])('%s', (s, want) => {
    expect(statusesInHengxian(s)).toEqual(want);
  });
  it.each([
    ['西部计划志愿者120名。', [['120', R]]],
    ['全县计划生育家庭3200户。', [['3200', R]]],
  ])('counter-example: %s', (s, want) => {
    expect(statusesInHengxian(s)).toEqual(want);
  });
});

describe('those proposed for an honor named as a group (拟表彰对象, 拟推荐名单) are no plan', () => {
  it.each([
    ['拟表彰对象中,基层一线人员占比达到65%,少数民族8名。', '65%', R],
    ['拟表彰对象中,基层一线人员占比达到65%,少数民族8名。', '8名', R],
    ['另有5户家庭列入县“最美家庭”拟表彰名单。', '5户', R],
    ['经审核,拟推荐人选中女性12名,占40%。', '12名', R],
    // the proposal itself is a plan
    ['市妇联拟表彰先进集体30个。', '30个', T],
    ['相城区妇联等2个单位拟表彰为省级“巾帼建功先进集体”。', '2个', T],
  ])('%s', (s, needle, want) => {
    expect(statusWith(s, needle)).toBe(want);
  });
});

describe('将 before 从/从中 (a starting point or a pool) speaks of the future', () => {
  it.each([
    ['国家游泳队将从中选拔不超过40名运动员参加世锦赛。', '40名', T],
    ['县妇联将从明年起每年资助50名困难女童。', '50名', T],
    // 从业 is a word of its own: the disposal 将 with its object
    ['市妇联将从业妇女320人纳入培训计划。', '320人', R],
  ])('%s', (s, needle, want) => {
    expect(statusWith(s, needle)).toBe(want);
  });
});

describe('status: the share done of a target named with its figure is a result; the target’s figure is planned', () => {
  const statuses = (text: string) => extractFrom(text, null).map((c) => [c.value, c.status]);
  it.each([
    ['培训妇女410人,完成年度目标(1500人)的27.3%。', [[410, 'result'], [1500, 'target'], [27.3, 'result']]],
    ['“两癌”筛查完成3200人,占全年任务6000人的53.3%。', [[3200, 'result'], [6000, 'target'], [53.3, 'result']]],
    ['新增就业860人,完成省下达任务1000人的86%。', [[860, 'result'], [1000, 'target'], [86, 'result']]],
    // counter-example: a share still to reach is planned
    ['力争完成年度目标的100%。', [[100, 'target']]],
  ])('%s', (s, want) => {
    expect(statuses(s)).toEqual(want);
  });
});

describe('status: a plan being carried out, named as a time (规划实施前, 规划实施以来), plans nothing', () => {
  it.each([
    ['女性专业技术人员占比52.6%,比规划实施前提高1.8个百分点。', '1.8', 'result'],
    ['规划实施以来,全市建成儿童之家860个。', '860', 'result'],
    ['计划实施期间,累计培训妇女1.2万人次。', '1.2万', 'result'],
    // counter-examples: a plan to carry out
    ['市妇联计划实施“巾帼建功”项目20个。', '20', 'target'],
    ['“十四五”期间规划建设儿童之家300个。', '300', 'target'],
  ])('%s', (s, needle, want) => {
    expect(statusAt(s, needle)).toBe(want);
  });
});

describe('status: a paragraph that announces the coming year’s tasks opens a plan section, like a heading', () => {
  const statuses = (text: string) => extractFrom(text, null).map((c) => [c.value, c.status]);
  it.each([
    ['过去一年,全市共培训妇女8.6万人次。\n今年全市妇联工作的总体要求是:坚持稳中求进,重点抓好以下几个方面工作。\n一是在思想引领上聚力。开展宣讲活动1000场。\n二是在维权服务上用力。推动每个县至少建成1个婚姻家庭纠纷调解室,调处纠纷成功率保持在95%以上。',
      [[86000, 'result'], [1000, 'target'], [1, 'target'], [95, 'target']]],
    ['全年新建妇女之家45个。\n下一步工作的主要任务是:\n新建儿童之家20所,培训家长3000人次。', [[45, 'result'], [20, 'target'], [3000, 'target']]],
    // counter-example: a review of the year so far
    ['今年以来,县妇联的主要任务是:\n新建儿童之家20所,培训家长3000人次。', [[20, 'result'], [3000, 'result']]],
  ])('%s', (s, want) => {
    expect(statuses(s)).toEqual(want);
  });
});

describe('status: the amount a plan names right after the word (投资计划420亿元) is planned', () => {
  it.each([
    ['全年交通固定资产投资计划420亿元。', '420亿', 'target'],
    ['今年全县民生投入计划3.2亿元。', '3.2亿', 'target'],
    // counter-example: a named programme's figures (“春蕾计划”) report what was done
    ['“春蕾计划”126名受助女童全部入学。', '126', 'result'],
  ])('%s', (s, needle, want) => {
    expect(statusAt(s, needle)).toBe(want);
  });
});

describe('status: plans counted before their items (两规划91项监测指标) plan nothing', () => {
  it('两规划91项监测指标中,90项提前达到目标。', () => {
    expect(statusAt('两规划91项监测指标中,90项提前达到目标。', '91')).toBe('result');
  });
});

describe('status: a proposal that opens its sentence or list item (建议…) asks for its figures', () => {
  it.each([
    ['建议到2025年新增普惠性托位2万个,实现每个街道至少建成1个普惠性托育点。', '2万', 'target'],
    ['二是建议每年为返岗女性提供职业技能培训不少于1万人次。', '1万', 'target'],
    ['调研发现,托育机构仅1100余家。建议新培养保育员5000名。', '5000', 'target'],
    // counter-examples: the proposals counted; a figure of the problem before the proposal
    ['全年职工提出合理化建议4.3万条。', '4.3万', 'result'],
    ['调研发现,托育机构仅1100余家。建议新培养保育员5000名。', '1100', 'result'],
  ])('%s', (s, needle, want) => {
    expect(statusAt(s, needle)).toBe(want);
  });
});

describe('status: what the notice of an event to be held arranges is planned; what it reports was done before is not', () => {
  const notice = (title: string, body: string) => extractFrom(body, null, title).map((c) => [c.value, c.status]);
  it.each([
    ['关于举办2024年全市妇女干部能力提升培训班的通知', '参训对象共计180人,其中区县妇联干部156人。培训共安排专题讲座8场,总学时不少于40学时。据统计,2023年全市共举办干部培训班46期。目前全市共有妇联执委4.1万名。',
      [[180, 'target'], [156, 'target'], [8, 'target'], [40, 'target'], [46, 'result'], [41000, 'result']]],
    // counter-example: a news report of an event already held
    ['全市妇女干部能力提升培训班开班', '参训对象共计180人,其中区县妇联干部156人。培训共安排专题讲座8场。', [[180, 'result'], [156, 'result'], [8, 'result']]],
  ])('%s', (title, body, want) => {
    expect(notice(title, body)).toEqual(want);
  });
  it.each([
    ['全年任务完成率达到108%。', '108', 'result'],
    ['年度目标完成率为96%。', '96', 'result'],
    // counter-example: the task itself
    ['全年任务是培训妇女3000人。', '3000', 'target'],
  ])('a rate at which a task was done: %s', (s, needle, want) => {
    expect(statusAt(s, needle)).toBe(want);
  });
});

describe('status: 将 before a verb of growth (扩充, 提升, 增长) looks ahead, and carries to the next clause', () => {
  it.each([
    ['下赛季参赛队伍将扩充至16支,总奖金提高到500万元。', '500万', 'target'],
    ['下赛季参赛队伍将扩充至16支,总奖金提高到500万元。', '16', 'target'],
    ['明年将提升服务能力,覆盖群众10万人次。', '10万', 'target'],
    // counter-example: the disposal 将 with its object first
    ['他将10万元奖金捐出。', '10万', 'result'],
  ])('%s: %s', (s, needle, want) => {
    expect(statusAt(s, needle)).toBe(want);
  });
});

describe('status: a colon after a target noun (实现以下目标:, 目标任务是:) opens a list of targets, item by item', () => {
  it.each([
    ['力争到2029年实现以下目标:妇女技能培训累计达到3万人次以上;新增妇女创业担保贷款4亿元;新建儿童之家50个。', [T, T, T]],
    ['今年全县工会工作的目标任务是:新建工会组织300家、发展会员2万人以上;筹集送温暖资金3000万元。', [T, T, T]],
    // an item that reports what was done already is a result
    ['全市工会工作的目标任务是:筹集送温暖资金3000万元,目前已下拨资金1860万元,慰问困难职工4.2万人次。', [T, R, R]],
    // counter-example: a colon after a report of progress opens results
    ['主要指标完成情况:培训妇女1.2万人次,发放贷款3亿元。', [R, R]],
  ])('%s', (s, want) => {
    expect(claimsInDingyuan(s).map((c) => c.status)).toEqual(want);
  });
});

describe('status: a lead that reports progress on a list of tasks releases no plan; the figure of a plan whose share was done is the plan’s', () => {
  it('a progress report on a list of tasks', () => {
    const s = '今年,市政府将“残疾人关爱工程”列入为民办实事项目,下达我会目标任务6项。截至9月底,各项任务进展顺利,总体完成率达83.5%。\n(一)残疾人就业帮扶。开展残疾人职业技能培训12期,培训残疾人580人次;新增残疾人就业310人,完成年度计划300人的103.3%。';
    expect(claimsInDingyuan(s).map((c) => [c.value, c.status])).toEqual([[6, T], [83.5, R], [12, R], [580, R], [310, R], [300, T], [103.3, R]]);
  });
  it.each([
    ['已培训妇女1200人,占全年任务1500人的80%。', [R, T, R]],
    ['新增就业310人,完成年度计划300人的103.3%。', [R, T, R]],
  ])('%s', (s, want) => {
    expect(claimsInDingyuan(s).map((c) => c.status)).toEqual(want);
  });
});

describe('status: a year later than the page’s date opens a plan, unless its sentence compares with the year before or counts up to a date', () => {
  const dated = (s: string) => extractFrom(s, null, null, '2019-05-01').map((c) => c.status);
  it.each([
    ['2024年全省货物贸易进出口总值3.26万亿元,同比增长5.1%。', [R, R]],
    ['2023年全市城镇新增就业8.2万人,较上年增加3000人。', [R, R]],
    ['2022年全县累计培训妇女5000人次,截至年底建成妇女之家120个。', [R, R]],
    // counter-examples: a later year without such words, and one led by 到, still set a goal
    ['2025年全县培训妇女5000人次。', [T]],
    ['到2025年全县农村妇女收入同比增长10%。', [T]],
  ])('%s', (s, want) => {
    expect(dated(s)).toEqual(want);
  });
});

describe('status: 将 right before a verb of handing money on (拨予, 拨给, 用于) looks ahead; the disposal 将X拨给Y does not', () => {
  it.each([
    ['今年善款将拨予166个会员社会福利机构。', [T]],
    ['明年专项资金将拨给20个乡镇。', [T]],
    // counter-example: 将 with its object before the verb reports a handing over
    ['县妇联将爱心款5万元拨给困难家庭。', [R]],
  ])('%s', (s, want) => {
    expect(claimsInDingyuan(s).map((c) => c.status)).toEqual(want);
  });
});

describe('status: goals set out after 提出:, 要求: or 明确: are targets', () => {
  it.each([
    ['州妇联提出:全年培训妇女不少于1万人次,新建巾帼示范基地20个以上。', [T, T]],
    ['会议要求:全年新建妇女之家30个,培训妇女5000人次。', [T, T]],
    // counter-example: a report of what was done opens with 完成了
    ['全年完成了以下工作:培训妇女5000人次,新建妇女之家30个。', [R, R]],
  ])('%s', (s, want) => {
    expect(claimsInDingyuan(s).map((c) => c.status)).toEqual(want);
  });
});

describe('status: a programme named in 「」 before 计划 is the plan’s name, no plan marker', () => {
  it.each([
    ['「亲子共读」计划吸引2800个家庭报名。', [R]],
    ['“亲子共读”计划吸引2800个家庭报名。', [R]],
    // counter-example: 计划 before a verb plans
    ['县妇联计划招募志愿者300名。', [T]],
  ])('%s', (s, want) => {
    expect(claimsInDingyuan(s).map((c) => c.status)).toEqual(want);
  });
});

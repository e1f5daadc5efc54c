import { describe, expect, it } from 'vitest';
import type { Article, Claim, ClaimStatus, Doc } from '../src/doc.js';
import { extractClaims } from '../src/stages/extract/claims.js';
import { foldWidth } from '../src/stages/normalize.js';
import { segment } from '../src/stages/segment.js';

// Sentences of our own in the genre (妇联, 工会, 残联 work summaries and news), several wordings per
// rule: which figures are targets (plans, goals, forecasts, promises) and which are results.

function claimsOf(text: string, date: string | null = null): { text: string; claims: Claim[] } {
  const article: Article = {
    index: 0, title: null, date, source: null, authors: [], url: null,
    text, norm: foldWidth(text), tokens: segment(text), claims: [], region: null,
  };
  const doc: Doc = { id: 't', origin: 't', encoding: null, isHtml: false, raw: text, articles: [], warnings: [] };
  return { text, claims: extractClaims(article, doc) };
}

/** [number expression as written, status] for every claim, in text order. */
function statuses(body: string, date: string | null = null): [string, ClaimStatus][] {
  const { text, claims } = claimsOf(body, date);
  return claims.map((c) => [text.slice(c.span[0], c.span[1]), c.status]);
}

const T = 'target' as const;
const R = 'result' as const;

type Case = [string, [string, ClaimStatus][]];

function run(cases: Case[], date: string | null = null): void {
  for (const [body, want] of cases) {
    it(body, () => {
      expect(statuses(body, date)).toEqual(want);
    });
  }
}

describe('plan and promise verbs make targets', () => {
  run([
    ['今年,县妇联计划培训农村妇女2000人。', [['2000', T]]],
    ['市总工会拟表彰先进女职工50名。', [['50', T]]],
    ['全县力争新建妇女之家30个。', [['30', T]]],
    ['确保全年发放创业担保贷款不少于5000万元。', [['5000万', T]]],
    ['明年,区妇联将为1200名困难妇女免费体检。', [['1200', T]]],
    ['县残联还将投入资金80万元,改造残疾人家庭住房200户。', [['80万', T], ['200', T]]],
    ['下一步,县总工会还将筹集资金30万元,为60名困难职工发放救助金。', [['30万', T], ['60', T]]],
    ['会议要求,全年要完成家政培训3000人次。', [['3000', T]]],
    ['团县委打算在暑期组织志愿者150人开展支教。', [['150', T]]],
    ['市妇联即将建成儿童之家12个。', [['12', T]]],
    ['志愿者们将分成15个小分队深入各村开展服务。', [['15', T]]],
    ['全市规划建设巾帼创业基地20个。', [['20', T]]],
    ['市妇联将每年投入100万元用于妇女技能培训。', [['100万', T]]],
    ['县妇联将召开第十三次妇女代表大会,选举产生代表300名。', [['300', T]]],
    ['原计划投入50万元,实际投入68万元。', [['50万', T], ['68万', R]]],
  ]);
});

describe('a forecast after a reported figure covers its own clause only', () => {
  run([
    ['全年发放贷款3.2亿元,预计可获财政贴息2000万元,帮助1.5万名妇女创业。', [['3.2亿', R], ['2000万', T], ['1.5万', R]]],
    ['今年预计筹集助学资金600万元。', [['600万', T]]],
    ['预计全年培训妇女3000人次,新增就业1000人。', [['3000', T], ['1000', T]]],
    ['该项目有望带动500名妇女就业。', [['500', T]]],
  ]);
});

describe('a target marker governs the clauses after it until a result or a new subject', () => {
  run([
    ['县总工会计划筹资200万元,资助困难职工子女800人,实际筹集资金260万元,资助1050人。', [['200万', T], ['800', T], ['260万', R], ['1050', R]]],
    ['全县计划培训妇女1000人,已完成培训850人。', [['1000', T], ['850', R]]],
    ['今年以来共开展宣讲活动120场,计划下半年再开展80场。', [['120', R], ['80', T]]],
    ['市妇联计划走访慰问困难妇女300户,县妇联走访慰问困难妇女120户。', [['300', T], ['120', R]]],
    ['今年将新建妇女之家15个,累计建成妇女之家260个。', [['15', T], ['260', R]]],
    ['区总工会将慰问一线职工2000人。全区共有工会会员5.6万人。', [['2000', T], ['5.6万', R]]],
  ]);
});

describe('a sentence that mixes past and plan is decided per claim', () => {
  run([
    ['去年全县培训妇女2000人,今年计划培训3000人。', [['2000', R], ['3000', T]]],
    ['2023年共发放救助金45万元,2024年将发放救助金60万元。', [['45万', R], ['60万', T]]],
    ['全市已建成积分超市120个,正在建设35个。', [['120', R], ['35', T]]],
  ]);
});

describe('the disposal 将 and the noun 计划 are not plans', () => {
  run([
    ['将2360名困难妇女纳入低保范围。', [['2360', R]]],
    ['将“巾帼家政”服务标准引入全县,培训家政人员420人。', [['420', R]]],
    ['将基层妇联干部培训与乡村振兴工作结合开展,举办培训班18期。', [['18', R]]],
    ['制定年度培训计划,选派专家40名组建宣讲团。', [['40', R]]],
    ['深入实施春蕾计划,资助女童560名。', [['560', R]]],
    ['全县现有西部计划志愿者36名,其中女性21名。', [['36', R], ['21', R]]],
    ['按计划完成两癌筛查6800人。', [['6800', R]]],
    ['为确保活动顺利开展,县妇联投入资金20万元。', [['20万', R]]],
    ['为了确保培训效果,全县举办培训班12期,以确保学员学有所获。', [['12', R]]],
    ['为计划生育困难家庭300户发放慰问金。', [['300', R]]],
    ['将近500名妇女参加了培训。', [['500', R]]],
    ['全县巾帼女将200余人奋战在抗疫一线。', [['200余', R]]],
    ['及时将党的声音、妇联的关怀送到千家万户,编发宣传信息540期。', [['540', R]]],
  ]);
});

describe('争取: obtained is a result, striven for is a target', () => {
  run([
    ['积极争取上级资金67万元,建成妇女儿童家园5处。', [['67万', R], ['5', R]]],
    ['争取到省妇联救助金3.6万元。', [['3.6万', R]]],
    ['争取在年底前培训农村妇女500人。', [['500', T]]],
    ['争取全年新增会员1万名。', [['1万', T]]],
  ]);
});

describe('目标 and 任务: a set goal is a target, a goal met is a result', () => {
  run([
    ['全年培训妇女2万人的目标任务已下达到各乡镇。', [['2万', T]]],
    ['全年完成技能培训任务5000人。', [['5000', T]]],
    ['省妇联已下达家政培训任务3000人。', [['3000', T]]],
    ['全县新增就业妇女1200人,完成全年任务的120%。', [['1200', R], ['120%', R]]],
    ['提前完成年度目标任务,培训妇女5200人。', [['5200', R]]],
    ['目标是:帮助1000名妇女实现居家就业。', [['1000', T]]],
    ['培训农村妇女8000人的年度任务已完成。', [['8000', R]]],
    ['无障碍改造任务超额完成,共改造260户。', [['260', R]]],
    ['市残联承担了全省12项重点任务中的3项。', [['12', R], ['3', R]]],
    ['试点工作进展均符合预期,覆盖妇女1.2万人。', [['1.2万', R]]],
    ['全面完成“十四五”规划纲要确定的目标,培训妇女4.6万人次。', [['4.6万', R]]],
  ]);
});

describe('standing practices and plain reports are results', () => {
  run([
    ['坚持每月走访困难妇女不少于两次。', [['两', R]]],
    ['志愿者每天要为隔离群众配送盒饭1200多份。', [['1200多', R]]],
    ['全县现有女干部3365人。', [['3365', R]]],
    ['全县需要帮扶的困难妇女有320人,主要分布在6个山区乡镇。', [['320', R], ['6', R]]],
    ['各级妇联要发挥作用,培育巾帼示范基地50个,带动妇女就业1万人。', [['50', T], ['1万', T]]],
    ['全年培训妇女3000人,力争明年突破5000人。', [['3000', R], ['5000', T]]],
    ['五年来,累计培训妇女12.6万人次。', [['12.6万', R]]],
  ]);
});

describe('a year after the article date is a target, before it a result', () => {
  run(
    [
      ['到2026年,全市巾帼示范基地达到100个。', [['100', T]]],
      ['2025年,全县将实现妇女之家全覆盖,建成300个。', [['300', T]]],
      ['2022年,全县培训妇女3000人。', [['3000', R]]],
    ],
    '2024-01-15',
  );
  it('the same year clause is a result when the article was written after it', () => {
    expect(statuses('到2026年,全市巾帼示范基地达到100个。', '2027-03-01')).toEqual([['100', R]]);
  });
});

describe('同时, 并 … carry the plan of the sentence before them', () => {
  run([
    ['下一步,市妇联将加大帮扶力度,确保贷款发放5亿元。同时,开展技能培训,培育创业典型80个。', [['5亿', T], ['80', T]]],
    ['今年将新建妇女之家20个。并组织巾帼志愿者300人开展服务。', [['20', T], ['300', T]]],
    ['去年全县发放贷款2亿元。同时,开展技能培训,培育创业典型80个。', [['2亿', R], ['80', R]]],
    ['今年将新建妇女之家20个。\n同时,全县培训妇女300人。', [['20', T], ['300', R]]],
    ['今年将新建妇女之家20个。此外,县妇联还开展技能培训300人次。', [['20', T], ['300', R]]],
  ]);
});

describe('a plan section heading makes its figures targets until the next heading', () => {
  run([
    ['一、主要成效\n全年培训妇女3000人。\n二、2024年工作打算\n培训农村妇女4000人,创建最美庭院500户。\n三、存在问题\n经费不足,缺口20万元。', [['3000', R], ['4000', T], ['500', T], ['20万', R]]],
  ]);
});

describe('news of a construction start: the project figures are planned', () => {
  run([
    ['近日,县妇女儿童活动中心项目正式开工建设。该项目总投资2800万元,建筑面积6000平方米。建成后可为3000名妇女儿童提供服务。全县现有妇女儿童活动场所120个。', [['2800万', T], ['6000', T], ['3000', T], ['120', R]]],
    ['全县开展“两癌”筛查工作。今年已为5000名妇女免费筛查,项目覆盖12个乡镇。', [['5000', R], ['12', R]]],
    ['今年全县开工建设妇女之家30个。争取项目资金120万元。', [['30', R], ['120万', R]]],
  ]);
});

describe('a marker inside a noun, or before 的, makes no plan', () => {
  run([
    ['全县圆满完成省妇联下达的技能培训任务1.2万人次。', [['1.2万', R]]],
    ['全面完成市总工会下达的目标任务,新增会员1200人。', [['1200', R]]],
    ['上级下达我县的培训任务为500人。', [['500', T]]],
    ['全县“两癌”筛查目标人群覆盖率达95%。', [['95%', R]]],
    ['在全市年度目标考核中,县妇联获评先进单位3个。', [['3', R]]],
    ['全年计划培训妇女800人。', [['800', T]]],
  ]);
});

describe('an undated page: the end of a change already made is a year reported', () => {
  run([
    ['全县农村妇女参保率由2018年的65%提高到2023年的89%。', [['65%', R], ['89%', R]]],
    ['女性村干部比例由2016年的18%上升至2021年的26%,女性就业人数达到3.2万人。', [['18%', R], ['26%', R], ['3.2万', R]]],
    ['2023年全县培训妇女1200人,力争到2025年培训人数达到2000人。', [['1200', R], ['2000', T]]],
  ]);
});


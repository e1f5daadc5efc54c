import { describe, expect, it } from 'vitest';
import { extractFrom } from './extract-helpers.js';
import type { Claim, ClaimStatus, Region } from '../src/doc.js';

// Sentences of our own in the genre, written after probing work summaries of provinces outside the
// corpus (工会, 妇联, 共青团, 残联): status, subject, partOf, per and period, several wordings per rule.

const COUNTY: Region = {
  code: '530625', name: '永善县', level: 'county',
  province: '云南省', city: '昭通市', county: '永善县', town: null,
};

function claimsOf(text: string, date: string | null = null): Claim[] {
  return extractFrom(text, COUNTY, null, date);
}

const expr = (text: string, span: [number, number]) => text.slice(span[0], span[1]);

/** [number expression as written, status] for every claim, in text order. */
function statuses(text: string): [string, ClaimStatus][] {
  return claimsOf(text).map((c) => [expr(text, c.span), c.status]);
}

function subjects(text: string): (string | null)[] {
  return claimsOf(text).map((c) => c.subject?.replace(/[“”]/g, '') ?? null);
}

/** Links as "part→total", with the number expressions as written. */
function links(text: string): string[] {
  return claimsOf(text).filter((c) => c.partOf).map((c) => `${expr(text, c.span)}→${expr(text, c.partOf!)}`);
}

const T = 'target' as const;
const R = 'result' as const;

describe('subject: what the number counts', () => {
  it.each([
    // nouns joined by 、/和 stay whole, also when long, and a figure after the list's verb does not cut it
    ['走访慰问困难职工、农民工、退休劳动模范、失独老人和重病职工家庭1.2万户(次)。', ['困难职工、农民工、退休劳动模范、失独老人和重病职工家庭']],
    ['为120名环卫工人、快递员、外卖骑手每人送去500元慰问金。', ['环卫工人、快递员、外卖骑手', '慰问金']],
    ['市总工会为80名困难职工、劳动模范、一线工会干部每人发放了800元慰问金。', ['困难职工、劳动模范、一线工会干部', '慰问金']],
    ['慰问困难党员、老干部和留守儿童860人。', ['困难党员、老干部和留守儿童']],
    // a description without a verb before 的: the persons after it
    ['资助60名品学兼优的农村大学新生。', ['农村大学新生']],
    ['为35名家境困难、成绩优异的高中学生发放助学金。', ['高中学生']],
    ['团县委为42名考上大学的困难学子发放助学金。', ['困难学子']],
    ['走访了12个村的260户困难家庭。', ['村', '困难家庭']],
    // a person noun before a verb not listed as one
    ['资助186名寒门学子圆梦大学。', ['寒门学子']],
    ['组织42名选手参加全省技能大赛。', ['选手']],
    // a level word before one character names a kind of place
    ['全省14个地级市均建成妇女儿童活动中心。', ['地级市']],
    ['全区3个县级市和9个县全部开通维权热线。', ['县级市', '县']],
    // a localizer closing a short noun
    ['12个项目中已有9个开工建设。', ['项目', '项目']],
    // the currency after the amount, a body before the fund, the total of a fund
    ['省青基会发放助学金300万元人民币。', ['助学金']],
    // (捐款 names the money it gives, as in 收到捐款 and 捐款总额: subject-money-acts.txt — hon2 round)
    ['爱心企业向县慈善总会捐款50万元。', ['捐款']],
    ['省青基会通过县慈善总会救助金发放渠道发放善款30万元。', ['善款']],
    ['积极争取省援疆指挥部45万元。', [null]],
    ['今年共发放助学金总额达80万元。', ['助学金']],
    ['全区工会捐款总额达326万元。', ['捐款']],
    ['六县联动销售总额达95万元。', ['县', '销售总额']],
    // 工会组织 is a body, not the verb 组织; verbs of handing down and completing
    ['全市各级工会组织筹集资金1200万元。', ['资金']],
    ['省财政下达专项资金3000万元。', ['专项资金']],
    ['全国已竣工残疾人康复设施320个。', ['残疾人康复设施']],
    ['并将80篇优秀征文汇编成册。', ['优秀征文']],
  ] as [string, (string | null)[]][])('%s', (s, want) => {
    expect(subjects(s)).toEqual(want);
  });
});

describe('subject: shares and comparisons', () => {
  it.each([
    ['全市公务员中女性占38.6%。', ['女性']],
    ['新录用人员中女大学生占52%。', ['女大学生']],
    ['城镇新增就业人员中妇女占46.3%。', ['妇女']],
    ['村委会成员中女性比例达31.5%。', ['女性比例']],
    ['高校在校生中女生比例为52.3%。', ['女生比例']],
    ['各界妇女占代表总数的58.7%。', ['妇女']],
    ['非公有制企业和社会组织代表占13.5%。', ['非公有制企业和社会组织代表']],
    ['代表中中国妇女十二大代表占10.2%。', ['中国妇女十二大代表']],
    ['有高中学历的女性比男性高出5.6个百分点。', ['女性']],
    ['女干部比例比上届提高4个百分点。', ['女干部比例']],
  ] as [string, (string | null)[]][])('%s', (s, want) => {
    expect(subjects(s)).toEqual(want);
  });
});

describe('subject: relative verbs, bodies, places and list ends', () => {
  it.each([
    ['实施6个促进大学生就业的专项计划。', ['专项计划']],
    ['开设12个面向农村妇女的电商培训班。', ['电商培训班']],
    ['建成8个针对留守儿童的关爱服务站。', ['关爱服务站']],
    ['组织全省120所高校团组织结对帮扶乡村学校。', ['高校团组织']],
    ['全省将组织不少于18500名在校大学生参与实习。', ['在校大学生']],
    ['累计派遣志愿者到全省21个市(州)183个县(市、区)服务。', ['市(州)', '县(市、区)']],
    ['提供志愿服务岗位不少于2万个等。', ['志愿服务岗位']],
    ['今年总体实施规模达5850人。', ['实施规模']],
    ['全国项目实施规模将继续保持2万人。', [null]],
    ['今年培训计划3000人次。', [null]],
  ] as [string, (string | null)[]][])('%s', (s, want) => {
    expect(subjects(s)).toEqual(want);
  });
});

describe('subject: a place counted before its body, and 获助', () => {
  it.each([
    ['全省16个地市、91个县(区)妇联积极争取配套资金1000万元。', ['地市', '县(区)', '配套资金']],
    ['山区县学生1800名获助720万元。', ['山区县学生', null]],
  ] as [string, (string | null)[]][])('%s', (s, want) => {
    expect(subjects(s)).toEqual(want);
  });
});

describe('subject: a part with no noun of its own counts what its total counts', () => {
  it.each([
    ['全市共为3600余户困难残疾人家庭实施无障碍改造。其中,东城区完成了1200余户。', ['困难残疾人家庭', '困难残疾人家庭']],
    ['省妇联协调落实财政专项资金800万元,其中300万元专项用于技能培训。', ['财政专项资金', '财政专项资金']],
    ['共发放助学金96万元,其中市级40万元、县级56万元。', ['助学金', '助学金', '助学金']],
    ['培训妇女3500人,其中农村妇女2000人。', ['妇女', '农村妇女']],
  ] as [string, (string | null)[]][])('%s', (s, want) => {
    expect(subjects(s)).toEqual(want);
  });
});

describe('subject: a verb before a named fund is part of its name', () => {
  it.each([
    ['为患病职工每人发放3000元大病医疗救助金。', ['大病医疗救助金']],
    ['给每名学生发放1500元励志奖励金。', ['励志奖励金']],
    ['预计可争取省财政厅贴息资金2000万元。', ['贴息资金']],
  ] as [string, (string | null)[]][])('%s', (s, want) => {
    expect(subjects(s)).toEqual(want);
  });
});

describe('subject: numbered list items, verbs before 的, bodies named 组织', () => {
  it.each([
    ['选派8名西部计划志愿者、12名青少年事务社工等青年志愿者深入社区服务。', ['西部计划志愿者', '青少年事务社工']],
    ['全团共迎来了全国26个省市选派的9000余名志愿者。', ['省市', '志愿者']],
    ['全市有青年志愿者组织420支。', ['青年志愿者组织']],
    ['两千多名青年志愿者保护母亲河。', ['青年志愿者']],
    ['力争打造12个青年志愿服务品牌项目。', ['青年志愿服务品牌项目']],
  ] as [string, (string | null)[]][])('%s', (s, want) => {
    expect(subjects(s)).toEqual(want);
  });
});

describe('subject: a comparison before a change, 生产总值', () => {
  it.each([
    ['全市地区生产总值同比增长5.2%,比上半年加快0.4个百分点。', ['地区生产总值', '地区生产总值']],
    ['女性就业人员占比48%,比上年回落1.2个百分点。', ['女性就业人员', '女性就业人员']],
  ] as [string, (string | null)[]][])('%s', (s, want) => {
    expect(subjects(s)).toEqual(want);
  });
});

describe('category: 残联, 工会 and 共青团 words', () => {
  it.each([
    ['完成白内障复明手术1135例。', 'health'],
    ['建成社区康复站28个。', 'health'],
    ['为1.2万名重度残疾人发放护理补贴。', 'welfare'],
    ['全市共筹集善款176万元。', 'finance'],
    ['转移农村劳动力3.3万人。', 'employment'],
    ['援建希望小学6所。', 'children'],
  ])('%s', (s, cat) => {
    expect(claimsOf(s).map((c) => c.category)).toEqual([cat]);
  });
});

describe('subject: a fund named by its act, the fund the persons receive', () => {
  it.each([
    ['为128名贫困患病妇女发放救助金64万元。', ['贫困患病妇女', '救助金']],
    ['为尿毒症患者每人发放2000元血液透析治疗救助金。', ['血液透析治疗救助金']],
    ['连续举办了四届妇女书画展和两届摄影展。', ['妇女书画展', '摄影展']],
    ['由86名专业律师组成的妇女维权服务团深入乡村。', ['专业律师']],
  ] as [string, (string | null)[]][])('%s', (s, want) => {
    expect(subjects(s)).toEqual(want);
  });
});

describe('subject: the amount of a fund just counted', () => {
  it.each([
    ['发放巾帼扶贫小额信贷42人126万元、妇女创业担保贷款65人520万元。', ['巾帼扶贫小额信贷', '巾帼扶贫小额信贷', '妇女', '妇女创业担保贷款']],
    ['落实财政贴息90人38.6万元。', ['财政贴息', '财政贴息']],
    ['会议增补了6名第十五届二次妇联执委。', ['妇联执委']],
  ] as [string, (string | null)[]][])('%s', (s, want) => {
    expect(subjects(s)).toEqual(want);
  });
});

describe('subject: a thing named in brackets, a closing sum', () => {
  it.each([
    ['发放慰问金18万元,发放慰问品(米、油)价值约3.5万元,合计21.5万元。', ['慰问金', '慰问品(米、油)', null]],
    ['投入资金30万元,共计为60户困难家庭改造住房。', ['资金', '困难家庭']],
  ] as [string, (string | null)[]][])('%s', (s, want) => {
    expect(subjects(s)).toEqual(want);
  });
});


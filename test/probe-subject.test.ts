import { describe, expect, it } from 'vitest';
import { extractFrom } from './extract-helpers.js';
import type { Claim, Region } from '../src/doc.js';

// Sentences of our own in the genre, written after probing work summaries of provinces outside the
// corpus (工会, 妇联, 共青团, 残联): what each number counts (spec "Subject"), several wordings per rule.

const COUNTY: Region = {
  code: '530625', name: '永善县', level: 'county',
  province: '云南省', city: '昭通市', county: '永善县', town: null,
};

function claimsOf(text: string, date: string | null = null): Claim[] {
  return extractFrom(text, COUNTY, null, date);
}

/** [number expression as written, subject without quotes] for every claim, in text order. */
function subjects(text: string): [string, string | null][] {
  return claimsOf(text).map((c) => [text.slice(c.span[0], c.span[1]), c.subject?.replace(/[“”]/g, '') ?? null]);
}

type Table = [string, [string, string | null][]][];

const check = (title: string, table: Table) =>
  describe(title, () => {
    it.each(table)('%s', (s, want) => {
      expect(subjects(s)).toEqual(want);
    });
  });

check('a verb overlapping the next one is one verb (新建|立)', [
  ['全年新建立基层妇联组织36个。', [['36', '基层妇联组织']]],
  ['去年新建立两新组织妇联128家。', [['128', '两新组织妇联']]],
  ['今年共新成立村级妇女议事会46个。', [['46', '妇女议事会']]],
  ['全县新组建巾帼志愿服务队27支。', [['27', '巾帼志愿服务队']]],
]);

check('verbs of result, joint acts and lists of verbs stay out of the noun', [
  ['形成特色手工产业村30余个。', [['30余', '特色手工产业村']]],
  ['全盟逐步形成家庭农牧场120家。', [['120', '家庭农牧场']]],
  ['全市各级妇联共建巾帼创业基地146个。', [['146', '巾帼创业基地']]],
  ['市县两级团委联办青年创业培训班12期。', [['12', '青年创业培训班']]],
  ['省妇联与省人社厅合办家政技能大赛3场。', [['3', '家政技能大赛']]],
  ['已建、在建职工书屋326个。', [['326', '职工书屋']]],
  ['新建、改扩建儿童之家58所。', [['58', '儿童之家']]],
  ['全州已建成、在建妇女儿童活动中心9个。', [['9', '妇女儿童活动中心']]],
]);

check('an adverb or a verb after the counted noun ends it', [
  ['全乡360余户农户直接受益。', [['360余', '农户']]],
  ['项目带动周边1200户群众间接增收。', [['1200', '群众']]],
  ['2300户“文明家庭”与1800户困难家庭结成帮扶对子。', [['2300', '文明家庭'], ['1800', '困难家庭']]],
]);

check('an act that moves money names nothing: the money has no subject of its own', [
  ['三县政府联合出资150万元。', [['150万', null]]],
  ['爱心企业现场捐赠80万元。', [['80万', null]]],
  ['去年共为困难农户供应了3.6万元。', [['3.6万', null]]],
  ['团县委资助了9200元。', [['9200', null]]],
  ['其中县级筹集4.5万元。', [['4.5万', null]]],
  ['各级残联共投入1200万元。', [['1200万', null]]],
  // (but 从…专项资金中提取: the fund it is taken from is what the money is, as two annotators read it)
  ['区妇联从“春蕾计划”专项资金中提取6.8万元再资助23名女童。', [['6.8万', '春蕾计划专项资金'], ['23', '女童']]],
  // a fund named after the act stays
  ['全市各级工会共筹集慰问资金86万元。', [['86万', '慰问资金']]],
  ['团市委通过开展义卖的形式筹集助学资金12万元。', [['12万', '助学资金']]],
  ['县妇联为农村妇女争取创业担保贷款3800万元。', [['3800万', '创业担保贷款']]],
  ['该合作社投资460万元。', [['460万', '投资']]],
  ['全年人均增收3000余元。', [['3000余', '增收']]],
]);

check('a copula, hedge or joint right before the amount is no part of the noun', [
  ['每户加工费在6000元以上。', [['6000', '加工费']]],
  ['刺绣合作社人均月收入超2000元。', [['2000', '月收入']]],
  ['扶贫车间户均月工资在3500元左右。', [['3500', '月工资']]],
  ['为孤残儿童配发的助行器和12台轮椅已送达。', [['12', '轮椅']]],
  ['为农村妇女免费提供B超1500例。', [['1500', 'B超']]],
]);

check('a verb with its 的 right after the amount opens a clause: the noun after it', [
  ['为8人适配的助听器和11名适配的假肢已全部到位。', [['8', '助听器'], ['11', '假肢']]],
  ['全县320名参训的农村妇女取得了结业证书。', [['320', '农村妇女']]],
  ['今年45个新建的儿童之家已投入使用。', [['45', '儿童之家']]],
  // what belongs to the persons counts none of them
  ['省里下拨52人的康复资金41.6万元。', [['52', null], ['41.6万', '康复资金']]],
]);

check('a place or unit after a verb closes the noun (未脱贫|区县)', [
  ['省妇联定点帮扶4个未脱贫区县。', [['4', '未脱贫区县']]],
  ['团省委对口联系6个未摘帽县。', [['6', '未摘帽县']]],
  ['为1200户脱贫户送去慰问品。', [['1200', '脱贫户']]],
  ['全镇共有36户搬迁家庭入住。', [['36', '搬迁家庭']]],
]);

check('a verb without an object closes the counted noun', [
  ['全村320余户农户受益。', [['320余', '农户']]],
  ['共有850名乌兰巴托学员从中获益。', [['850', '乌兰巴托学员']]],
  ['全县120户低保户受惠。', [['120', '低保户']]],
  ['招商引进的15个项目落地。', [['15', '项目']]],
  ['全县320名参训的农村妇女取得了结业证书。', [['320', '农村妇女']]],
]);

check('a verb before a person noun with its sex is part of the noun', [
  ['组织23名村致富女能人赴外地考察。', [['23', '村致富女能人']]],
  ['为46名返乡创业女青年提供贴息贷款。', [['46', '返乡创业女青年']]],
]);

check('brackets: words inside the noun, a closed alternative, a 其中 of its own', [
  ['共为860名贫困(低保)重度残疾人发放护理补贴。', [['860', '贫困(低保)重度残疾人']]],
  ['慰问一线职工(农民工)230人。', [['230', '一线职工(农民工)']]],
  ['走访困难职工(含农民工)96人。', [['96', '困难职工(含农民工)']]],
  ['全县14个村(社区)建立了儿童之家。', [['14', '村(社区)']]],
  ['共有9名女干部提拔到县直部门任职(其中乡镇妇联主席5名)。', [['9', '女干部'], ['5', '乡镇妇联主席']]],
  ['全区新发展会员1200人(其中农民工会员860人)。', [['1200', '会员'], ['860', '农民工会员']]],
]);

check('an aspect particle closes the verb after the counted noun', [
  ['全乡12个合作社修通了产业路。', [['12', '合作社']]],
  ['全县30个村庄掌握了直播带货技能。', [['30', '村庄']]],
  ['共有85名绣娘拿到了订单。', [['85', '绣娘']]],
]);

check('a level word before a facility without 级 is left out (自治区)', [
  ['创建100个自治区巾帼脱贫示范基地。', [['100', '巾帼脱贫示范基地']]],
  ['全盟建成自治区妇女儿童之家示范点12个。', [['12', '妇女儿童之家示范点']]],
  ['认定8家自治区巾帼家政培训基地。', [['8', '巾帼家政培训基地']]],
]);

check('a verb naming a kind of facility with its head is part of the noun', [
  ['户外劳动者服务站点208个。', [['208', '户外劳动者服务站点']]],
  ['全市职工服务中心36个。', [['36', '职工服务中心']]],
  ['妇女儿童维权站点45个。', [['45', '妇女儿童维权站点']]],
  ['建成残疾人托养机构9家。', [['9', '残疾人托养机构']]],
  // a verb of building still governs
  ['建成户外劳动者服务站点120个。', [['120', '户外劳动者服务站点']]],
  ['全县建设站点30个。', [['30', '站点']]],
]);

check('each share of a list takes its own part', [
  ['从行业分布看,“批发和零售业”28.6%、“住宿和餐饮业”12.4%、“建筑业”9.7%。', [['28.6%', '批发和零售业'], ['12.4%', '住宿和餐饮业'], ['9.7%', '建筑业']]],
  ['女人大代表占代表总数的26.3%、女政协委员占委员总数的23.1%。', [['26.3%', '女人大代表'], ['23.1%', '女政协委员']]],
  ['会员中农民工占41%、新就业形态劳动者占18%。', [['41%', '农民工'], ['18%', '新就业形态劳动者']]],
]);

check('a people figure in a clause of only a total takes the persons its sentence names', [
  ['从行业看,产业工人比重尤其突出,共计373名。', [['373', '产业工人']]],
  ['其中新就业形态劳动者增长最快,共有2150名。', [['2150', '新就业形态劳动者']]],
  ['今年返乡创业女青年明显增多,累计达860余人。', [['860余', '返乡创业女青年']]],
  // not when the clause names its own persons or the sentence counted persons before
  ['产业工人比重突出,共计培训农民工373名。', [['373', '农民工']]],
]);

check('scope words hide the verbs inside them (正在|建设), 联合 before the verb', [
  ['目标是建成积分超市300个,正在建设234个。', [['300', '积分超市'], ['234', '积分超市']]],
  ['协调公安等11个部门联合出台了实施意见。', [['11', '部门']]],
  ['联合民政等8个单位联合开展了专项行动。', [['8', '单位']]],
]);

check('a measure after an act of a body: the act and its measure, or the fund after the body', [
  ['青川县总工会本轮“两节”送温暖慰问人数达2935人。', [['2935', '慰问人数']]],
  ['全年市总工会帮扶人数达1.2万人。', [['1.2万', '帮扶人数']]],
  ['县妇联“两癌”救助金额达12万元。', [['12万', '救助金额']]],
  ['省妇联本年度创业担保贷款发放总额达3亿元。', [['3亿', '创业担保贷款']]],
  ['妇女小额担保贷款发放总额达8亿元。', [['8亿', '妇女小额担保贷款']]],
]);

check('a figure written right after another counts what that one counts', [
  ['已培训农村妇女3期260人。', [['3', '农村妇女'], ['260', '农村妇女']]],
  ['全村低保户有11户27人。', [['11', '低保户'], ['27', '低保户']]],
  // not a people figure after an event that names no persons
  ['举办家政技能培训班36期2800人次。', [['36', '家政技能培训班'], ['2800', null]]],
]);

check('a date is no part of the noun', [
  ['儿童之家2019年新建42个。', [['42', '儿童之家']]],
  ['资助全县120名2021年入学的建档立卡家庭大学新生。', [['120', '建档立卡家庭大学新生']]],
  ['资助86名2020年考入大学的困难职工子女。', [['86', '困难职工子女']]],
]);

check('an adverb, modal or position word before or after the amount is no part of the noun', [
  ['全省妇女微家已经达到1200家。', [['1200', '妇女微家']]],
  ['而新建的儿童之家则有86个。', [['86', '儿童之家']]],
  ['临时救助标准普遍在800元—1200元之间。', [['800元—1200', '临时救助标准']]],
  ['每场培训费用在2000元至3000元之间。', [['2000元至3000', '培训费用']]],
  ['6个巾帼志愿服务站就带动了全村妇女参与。', [['6', '巾帼志愿服务站']]],
]);

check('a people figure after a verb of attending counts the persons before the verb', [
  ['推荐基层妇联干部参加省妇女干部学校培训18人。', [['18', '基层妇联干部']]],
  ['组织女企业家参加全国妇联创业培训班36人。', [['36', '女企业家']]],
  ['组织巾帼志愿者观看专题片1200人次。', [['1200', '巾帼志愿者']]],
  // the persons after the verb stay
  ['组织参加培训的农村妇女320人。', [['320', '农村妇女']]],
]);

describe('words that end the counted noun: 人均, 全覆盖, verbs of going, 由 before a starting amount', () => {
  it.each([
    ['其中138位女性人均获救助1万元。', '女性'],
    ['全县实现了六类残疾儿童全覆盖。', '残疾儿童'],
    ['县妇联组建了五个医疗小组赶赴偏远乡镇。', '医疗小组'],
    ['最终共有22个项目脱颖而出进入决赛。', '项目'],
    ['救助标准由每人每年1.2万元提高到1.5万元。', '救助标准'],
  ])('%s → %s', (s, want) => {
    expect(claimsOf(s).map((c) => c.subject)[0]).toBe(want);
  });
});

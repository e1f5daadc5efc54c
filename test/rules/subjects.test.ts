import { describe, expect, it } from 'vitest';
import {
  honor, claimsInDingyuan, claimsInYongshan, subjectsInYongshan, subjectsInHantai, subjectNames,
} from '../extract-helpers.js';
import type { Claim } from '../../src/doc.js';

// What each number counts (spec "Subject"), and the category of the subject.
// Sentences of our own in the genre, each rule in several wordings, with counter-examples that must not change.

const subj = (c: Claim) => [c.kind, c.value, c.subject];

type SubjectTable = [string, [string, string | null][]][];

/** One describe per rule: every sentence of `table` gives these [number as written, subject] pairs. */
const subjectTable = (subjects: (text: string) => [string, string | null][]) => (title: string, table: SubjectTable) =>
  describe(title, () => {
    it.each(table)('%s', (s, want) => {
      expect(subjects(s)).toEqual(want);
    });
  });

const check = subjectTable(subjectsInYongshan);

const checkInHantai = subjectTable(subjectsInHantai);

describe('money: an act whose name is the money names the amount after it (捐款, 救助)', () => {
  const money = (c: Claim) => [c.kind, c.value, c.subject];
  it.each([
    ['活动当天某某公司捐款72万元。', [['money', 720000, '捐款']]],
    ['该集团共向希望工程捐款500万元。', [['money', 5000000, '捐款']]],
    ['全县共获救助254万元。', [['money', 2540000, '救助']]],
    ['今年共救助贫困母亲50人,每人救助4000元。', [['people', 50, '贫困母亲'], ['money', 4000, '救助']]],
  ])('%s', (s, want) => {
    expect(claimsInDingyuan(s).map(money)).toEqual(want);
  });
  it.each([
    ['投入200万元。', [['money', 2000000, null]]],
    ['每人受资助2000元。', [['money', 2000, null]]],
    ['发放救助金12万元。', [['money', 120000, '救助金']]],
    ['收到捐款11.2万元。', [['money', 112000, '捐款']]],
  ])('counter-example: %s', (s, want) => {
    expect(claimsInDingyuan(s).map(money)).toEqual(want);
  });
});

describe('subjects: a verb of the genre before the counted noun is no part of it', () => {
  it.each([
    ['活动中共晒出家庭合影2万张。', [['count', 20000, '家庭合影']]],
    ['全县已兴办残疾人之家19个。', [['count', 19, '残疾人之家']]],
    ['某市执行“春蕾助学项目”30万元。', [['money', 300000, '“春蕾助学项目”']]],
    ['约800名各界妇女齐聚市文化中心。', [['people', 800, '妇女']]],
    ['今年发动妇女3000余人参与环境整治,孵化巾帼企业12家,认领微心愿200个,帮带贫困妇女80名。',
      [['people', 3000, '妇女'], ['count', 12, '巾帼企业'], ['count', 200, '微心愿'], ['people', 80, '贫困妇女']]],
  ])('%s', (s, want) => {
    expect(claimsInDingyuan(s).map(subj)).toEqual(want);
  });
  it('兴办 builds: a leveled facility set up is a count, not an honor', () => {
    expect(claimsInDingyuan('兴办省级示范残疾人之家3个。').map(honor)).toEqual([['count', 3, null, null]]);
  });
});

describe('subjects: compounds kept whole (X性 adjectives, kin named with the persons)', () => {
  it.each([
    ['发放奖励性扶持资金40余万元。', [['money', 400000, '奖励性扶持资金']]],
    ['全年发放公益性岗位补贴12万元。', [['money', 120000, '公益性岗位补贴']]],
    ['其中残疾人及其亲属32人。', [['people', 32, '残疾人及其亲属']]],
    ['免费为125名残疾人及亲属进行技术培训。', [['people', 125, '残疾人及亲属']]],
    ['走访慰问军人家属60人。', [['people', 60, '军人家属']]],
  ])('%s', (s, want) => {
    expect(claimsInDingyuan(s).map(subj)).toEqual(want);
  });
  it.each([
    // a verb before a noun of its own still governs it; persons before a non-person stay cut
    ['发放扶持资金40万元。', [['money', 400000, '扶持资金']]],
    ['培训农村妇女400人次。', [['people', 400, '农村妇女']]],
  ])('counter-example: %s', (s, want) => {
    expect(claimsInDingyuan(s).map(subj)).toEqual(want);
  });
});

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
    // (捐款 names the money it gives, as in 收到捐款 and 捐款总额: subject-money-acts.txt)
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
    expect(subjectNames(s)).toEqual(want);
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
    expect(subjectNames(s)).toEqual(want);
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
    expect(subjectNames(s)).toEqual(want);
  });
});

describe('subject: a place counted before its body, and 获助', () => {
  it.each([
    ['全省16个地市、91个县(区)妇联积极争取配套资金1000万元。', ['地市', '县(区)', '配套资金']],
    ['山区县学生1800名获助720万元。', ['山区县学生', null]],
  ] as [string, (string | null)[]][])('%s', (s, want) => {
    expect(subjectNames(s)).toEqual(want);
  });
});

describe('subject: a part with no noun of its own counts what its total counts', () => {
  it.each([
    ['全市共为3600余户困难残疾人家庭实施无障碍改造。其中,东城区完成了1200余户。', ['困难残疾人家庭', '困难残疾人家庭']],
    ['省妇联协调落实财政专项资金800万元,其中300万元专项用于技能培训。', ['财政专项资金', '财政专项资金']],
    ['共发放助学金96万元,其中市级40万元、县级56万元。', ['助学金', '助学金', '助学金']],
    ['培训妇女3500人,其中农村妇女2000人。', ['妇女', '农村妇女']],
  ] as [string, (string | null)[]][])('%s', (s, want) => {
    expect(subjectNames(s)).toEqual(want);
  });
});

describe('subject: a verb before a named fund is part of its name', () => {
  it.each([
    ['为患病职工每人发放3000元大病医疗救助金。', ['大病医疗救助金']],
    ['给每名学生发放1500元励志奖励金。', ['励志奖励金']],
    ['预计可争取省财政厅贴息资金2000万元。', ['贴息资金']],
  ] as [string, (string | null)[]][])('%s', (s, want) => {
    expect(subjectNames(s)).toEqual(want);
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
    expect(subjectNames(s)).toEqual(want);
  });
});

describe('subject: a comparison before a change, 生产总值', () => {
  it.each([
    ['全市地区生产总值同比增长5.2%,比上半年加快0.4个百分点。', ['地区生产总值', '地区生产总值']],
    ['女性就业人员占比48%,比上年回落1.2个百分点。', ['女性就业人员', '女性就业人员']],
  ] as [string, (string | null)[]][])('%s', (s, want) => {
    expect(subjectNames(s)).toEqual(want);
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
    expect(claimsInYongshan(s).map((c) => c.category)).toEqual([cat]);
  });
});

describe('subject: a fund named by its act, the fund the persons receive', () => {
  it.each([
    ['为128名贫困患病妇女发放救助金64万元。', ['贫困患病妇女', '救助金']],
    ['为尿毒症患者每人发放2000元血液透析治疗救助金。', ['血液透析治疗救助金']],
    ['连续举办了四届妇女书画展和两届摄影展。', ['妇女书画展', '摄影展']],
    ['由86名专业律师组成的妇女维权服务团深入乡村。', ['专业律师']],
  ] as [string, (string | null)[]][])('%s', (s, want) => {
    expect(subjectNames(s)).toEqual(want);
  });
});

describe('subject: the amount of a fund just counted', () => {
  it.each([
    ['发放巾帼扶贫小额信贷42人126万元、妇女创业担保贷款65人520万元。', ['巾帼扶贫小额信贷', '巾帼扶贫小额信贷', '妇女', '妇女创业担保贷款']],
    ['落实财政贴息90人38.6万元。', ['财政贴息', '财政贴息']],
    ['会议增补了6名第十五届二次妇联执委。', ['妇联执委']],
  ] as [string, (string | null)[]][])('%s', (s, want) => {
    expect(subjectNames(s)).toEqual(want);
  });
});

describe('subject: a thing named in brackets, a closing sum', () => {
  it.each([
    ['发放慰问金18万元,发放慰问品(米、油)价值约3.5万元,合计21.5万元。', ['慰问金', '慰问品(米、油)', null]],
    ['投入资金30万元,共计为60户困难家庭改造住房。', ['资金', '困难家庭']],
  ] as [string, (string | null)[]][])('%s', (s, want) => {
    expect(subjectNames(s)).toEqual(want);
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
    expect(claimsInYongshan(s).map((c) => c.subject)[0]).toBe(want);
  });
});

checkInHantai('what the counted do or how they stand after them is no part of the noun', [
  ['会上,全区4个集体和6名个人获此殊荣。', [['4', '集体'], ['6', '个人']]],
  ['本届评选中,15名个人榜上有名。', [['15', '个人']]],
  ['150名志愿者手举彩旗列队迎接。', [['150', '志愿者']]],
  ['40名学员身着统一服装参加结业仪式。', [['40', '学员']]],
  ['总投资1.5亿元的区妇女儿童活动中心即将投入使用。', [['1.5亿', '区妇女儿童活动中心']]],
  ['全区9个乡镇(不含开发区)陆陆续续开展了宣传活动。', [['9', '乡镇']]],
  // counter-examples: the noun runs on
  ['组织200名志愿者开展入户宣传。', [['200', '志愿者']]],
  ['建成12个妇女之家。', [['12', '妇女之家']]],
]);

checkInHantai('an adverb before a verb ends the noun; an adverb that begins a noun does not', [
  ['64项主要指标基本实现目标。', [['64', '主要指标']]],
  ['全区52项监测指标中基本达到终期目标。', [['52', '监测指标']]],
  ['为群众提供12个基本公共服务项目。', [['12', '基本公共服务项目']]],
]);

checkInHantai('a preposition or an inclusion after the noun ends it', [
  ['设有目标值的40项指标除个别指标外全部达标。', [['40', '指标']]],
  ['春节前走访困难职工含农民工320人。', [['320', '困难职工']]],
  ['全年慰问一线职工含农民工780名。', [['780', '一线职工']]],
]);

checkInHantai('money given away: the thing before the amount, not the verb after it', [
  ['老人将积攒的稿费6万元捐给当地希望工程。', [['6万', '稿费']]],
  ['她把多年的积蓄10万元捐给了村里的小学。', [['10万', '积蓄']]],
]);

checkInHantai('a list item that begins with its own number is an item of its own', [
  ['建成妇女之家18个、儿童之家25个。', [['18', '妇女之家'], ['25', '儿童之家']]],
  ['表彰了8个集体、20名个人。', [['8', '集体'], ['20', '个人']]],
]);

checkInHantai('a place named in full before the noun is scope, like 全省; not before its body or a short name', [
  ['推荐陕西省三八红旗手候选对象12名。', [['12', '三八红旗手候选对象']]],
  ['资助80名汉中市建档立卡户家庭小学生。', [['80', '建档立卡户家庭小学生']]],
  ['创建汉中市巾帼示范基地3个。', [['3', '巾帼示范基地']]],
  ['结对帮扶中西部、省内希望小学12所。', [['12', '希望小学']]],
  ['在全区开展汉台区“巾帼大讲堂”进社区活动6场。', [['6', '巾帼大讲堂进社区活动']]],
  // counter-examples: a body of the place, a short name, an everyday word
  ['汉中市妇联争取资金300万元。', [['300万', '资金']]],
  ['走访慰问城区环卫工人120名。', [['120', '城区环卫工人']]],
  ['总投资近3亿元的汉中康复医院即将建成。', [['3亿', '汉中康复医院']]],
]);

checkInHantai('a noun that holds a verb stays whole (roles, heads after a verb, nouns of three characters)', [
  ['16名巾帼创业导师走进村组。', [['16', '巾帼创业导师']]],
  ['组建12个宣讲小组深入基层。', [['12', '宣讲小组']]],
  ['慰问60名新就业形态劳动者。', [['60', '新就业形态劳动者']]],
  ['推广实用种植养殖技术15项。', [['15', '实用种植养殖技术']]],
  ['设置6个重点发展指标。', [['6', '重点发展指标']]],
  ['先后组织80名劳模、五一劳动奖章获得者开展宣讲。', [['80', '劳模、五一劳动奖章获得者']]],
  // counter-examples: a verb that governs what follows
  ['3个服务中心提供技术指导。', [['3', '服务中心']]],
  ['组织120名妇女参加培训。', [['120', '妇女']]],
]);

checkInHantai('a people figure right after the act it counts, with no persons named, is labelled by the act', [
  ['全年提供康复服务5.2万人。', [['5.2万', '康复服务']]],
  ['辅具适配3600人,托养1200人次。', [['3600', '辅具适配'], ['1200', '托养']]],
  ['新增就业1.1万人。', [['1.1万', '新增就业']]],
  ['全年安置就业6000人。', [['6000', '安置就业']]],
  // counter-examples: persons named, a verb that governs persons after it, a place
  ['培训农村妇女800人。', [['800', '农村妇女']]],
  ['吸引3.2万人次投票。', [['3.2万', null]]],
  ['组织近2万人次在线观看。', [['2万', null]]],
  ['在汉中市有5万多人。', [['5万多', null]]],
]);

checkInHantai('a fund before the act that moves it, through a scope word or after a time scope, is what the money is', [
  ['残疾人事业经费累计投入8亿元。', [['8亿', '残疾人事业经费']]],
  ['妇女儿童事业专项经费共计投入1200万元。', [['1200万', '妇女儿童事业专项经费']]],
  ['五年来残疾人事业经费投入12亿元。', [['12亿', '残疾人事业经费']]],
  // counter-example: a beneficiary after 为 leaves the money without a noun
  ['区妇联为困难妇女筹集30万元。', [['30万', null]]],
]);

check('verbs of giving out of one\'s own (捐出, 拿出, 掏出) stay out of the noun', [
  ['全县党员捐出特殊党费12万元。', [['12万', '特殊党费']]],
  ['市总工会拿出专项资金50万元。', [['50万', '专项资金']]],
  ['爱心企业家掏出慰问金8万元。', [['8万', '慰问金']]],
]);

check('a complement of result after a verb (申请到, 培养出) is part of the verb', [
  ['全市共申请到救助金487万元。', [['487万', '救助金']]],
  ['全县共争取到上级资金300万元。', [['300万', '上级资金']]],
  ['五年来累计培养出乡村工匠1200余名。', [['1200余', '乡村工匠']]],
  ['今年募集到爱心善款56万元。', [['56万', '爱心善款']]],
]);

check('a person noun that starts inside another and runs past it is the head (技能|人才 over 能人)', [
  ['已累计培养出1.13万余名技能人才。', [['1.13万余', '技能人才']]],
  ['培养高技能人才200名。', [['200', '高技能人才']]],
  // counter-example: the shorter noun alone
  ['培育致富能人300名。', [['300', '致富能人']]],
]);

check('acts of speech or feeling after the persons end the noun (表示, 表达, 致以)', [
  ['定期向1080名有需要的人表示慰问。', [['1080', '人']]],
  ['向坚守岗位的300名环卫工人表达节日问候。', [['300', '环卫工人']]],
  ['对50名志愿者致以崇高敬意。', [['50', '志愿者']]],
]);

check('a comparison inside the clause, with a word of change after it, ends what changed (金额比上年增加)', [
  ['今年送温暖金额比上年增加53.8万元。', [['53.8万', '送温暖金额']]],
  ['全县女性就业人数较去年增长1200人。', [['1200', '女性就业人数']]],
  ['今年助学金同比增加20万元。', [['20万', '助学金']]],
]);

check('a verb of purpose opening the clause right before the fund word names the fund (慰问|资金)', [
  ['全年慰问资金共计20万元。', [['20万', '慰问资金']]],
  ['扶持资金10000元。', [['10000', '扶持资金']]],
  ['帮扶资金达到120万元。', [['120万', '帮扶资金']]],
  ['扶持资金累计发放300万元。', [['300万', '扶持资金']]],
  ['全市共筹集慰问资金及物资合计89万元。', [['89万', '慰问资金及物资']]],
  // counter-examples: an act that moves the money governs it
  ['投入资金300万元。', [['300万', '资金']]],
  ['争取资金80万元。', [['80万', '资金']]],
]);

describe('money: the fund after the neighbouring genres\' bodies (红十字会, 关工委, 青基会), not the body', () => {
  it.each([
    ['省红十字会本级收入5845万元。', '本级收入'],
    ['市青基会希望工程资金共计120万元。', '希望工程资金'],
  ])('%s', (s, want) => {
    expect(claimsInYongshan(s).map((c) => c.subject)).toEqual([want]);
  });
});

check('a list mark right after the amount opens the next item: its noun is not this one\'s', [
  ['开展进校园培训学生11.2万人次、进企业培训职工8.5万人次。', [['11.2万', '学生'], ['8.5万', '职工']]],
  ['共发放春蕾助学金980万元、其他帮扶资金1360万元。', [['980万', '春蕾助学金'], ['1360万', '帮扶资金']]],
  ['其中本科生每人4000元、专科生每人3000元。', [['4000', '本科生'], ['3000', '专科生']]],
]);

check('受 and a verb describe the persons after them; taking part (参会, 参赛) ends the noun', [
  ['各地妇联干部和受表彰代表共1.2万余人参会。', [['1.2万余', '妇联干部和受表彰代表']]],
  ['全县受资助学生达1200名。', [['1200', '受资助学生']]],
  ['全省共有300名选手参赛。', [['300', '选手']]],
  // counter-example: a verb that governs persons after it
  ['资助受灾群众300户。', [['300', '受灾群众']]],
]);

check('a verb between a noun and the person noun that ends the phrase names the kind of person', [
  ['新增造血干细胞捐献志愿者2150人。', [['2150', '造血干细胞捐献志愿者']]],
  ['培训农村妇女创业带头人300名。', [['300', '农村妇女创业带头人']]],
  // counter-example: two verbs with no noun between them, the second governs
  ['组织发动志愿者300名。', [['300', '志愿者']]],
]);

describe('subjects and titles are copied as the page writes them, full-width brackets and digits too', () => {
  it.each([
    ['全市有村（社区）集体52个。', '村（社区）集体'],
    ['为１４名“两癌”（宫颈癌和乳腺癌）贫困母亲发放救助金。', '“两癌”（宫颈癌和乳腺癌）贫困母亲'],
    ['全县17个县（市、区）均建立红十字会。', '县（市、区）'],
  ])('%s', (s, want) => {
    expect(claimsInYongshan(s).map((c) => c.subject)).toEqual([want]);
  });
  it('counter-example: a page written with ASCII brackets keeps them', () => {
    expect(claimsInYongshan('全市有村(社区)集体52个。').map((c) => c.subject)).toEqual(['村(社区)集体']);
  });
});

check('a bracket that closes the phrase is part of it; one that leaves something out is not', [
  ['全县15个乡镇(街道)、318个村(社区)妇联全部完成换届。', [['15', '乡镇(街道)'], ['318', '村(社区)']]],
  ['大会在全省11个设区市、90个县(市、区)设分会场。', [['11', '设区市'], ['90', '县(市、区)']]],
  ['我省18个市县妇联(不含三沙市)陆续举办发放仪式。', [['18', '市县妇联']]],
]);

check('more verbs before the counted noun: 来自, 增发, 登记, 协助, 帮教', [
  ['来自基层一线的占72%。', [['72%', '基层一线']]],
  ['每户每月增发临时救助金不超过500元。', [['500', '临时救助金']]],
  ['登记遗体和人体器官捐献志愿者3600余人。', [['3600余', '遗体和人体器官捐献志愿者']]],
  ['协助帮教失足青少年27人。', [['27', '失足青少年']]],
]);

check('a ceiling before the thing, a conversion after it, and funds given between a noun and their word', [
  ['每人每年最高补助2.4万元。', [['2.4万', '补助']]],
  ['物资折价930万元。', [['930万', '物资']]],
  ['全年共接收社会捐赠款物折合人民币2860万元。', [['2860万', '社会捐赠款物']]],
  // counter-example: an act that moves the money after a noun of persons
  ['为“两癌”救助对象发放救助金38万元。', [['38万', '救助金']]],
]);

check('a roll or register before the persons (在档, 在册) is part of their noun, not a preposition', [
  ['在档困难职工1236户。', [['1236', '在档困难职工']]],
  ['全省有在册残疾人12万人。', [['12万', '在册残疾人']]],
]);

check('a verb that names a kind of service before a rate is part of the rate\'s name (康复服务覆盖率)', [
  ['基本康复服务覆盖率达95.3%。', [['95.3%', '基本康复服务覆盖率']]],
  ['救护员培训覆盖率达到65%。', [['65%', '救护员培训覆盖率']]],
]);

check('a date to reach or count up to (到2025年, 截至2023年底) and a starting point (从最初的) are no part of the noun', [
  ['到2025年希望工程年筹资额突破1.5亿元。', [['1.5亿', '希望工程年筹资额']]],
  ['截至2023年底全县妇女之家达到120个。', [['120', '妇女之家']]],
  ['每生资助额度从最初的3000元提高到5000元。', [['3000', '额度'], ['5000', '额度']]],
]);

check('a people figure right after an act that a quoted name opens is labelled by the act (“两癌”筛查)', [
  ['全县完成“两癌”免费筛查114人。', [['114', '两癌免费筛查']]],
  ['开展“两癌”筛查2.3万人次。', [['2.3万', '两癌筛查']]],
  // counter-example: persons named before the act
  ['为3000名农村妇女开展“两癌”筛查。', [['3000', '农村妇女']]],
]);

describe('subjects: an ordinal with its classifier is left out (第三批, 第二届), a name that holds one is not (第一产业)', () => {
  it.each([
    ['分产业看,第一产业增加值412亿元,第三产业增加值11866亿元。', ['第一产业增加值', '第三产业增加值']],
    ['全县第三批巾帼示范基地12个。', ['巾帼示范基地']],
    ['第一季度销售额达3000万元。', ['销售额']],
    // (折合约: 折合 and the hedge after the noun are no part of it)
    ['发放慰问金和物资折合约42万元。', ['慰问金和物资']],
  ])('%s', (s, want) => {
    expect(subjectNames(s)).toEqual(want);
  });
});

describe('subjects: verbs of rescue, transport, policing and trade before the counted noun are no part of it', () => {
  it.each([
    ['全区共出动消防救援人员1860人次,营救被困群众420人。', ['消防救援人员', '被困群众']],
    ['县应急局向受灾乡镇调拨帐篷300顶、棉被1200床。', ['帐篷', '棉被']],
    ['今年以来,全市公安机关共破获电信诈骗案件682起,抓获犯罪嫌疑人915名,打掉犯罪团伙37个。', ['电信诈骗案件', '犯罪嫌疑人', '犯罪团伙']],
    ['市中级法院全年审结民事案件4120件。', ['民事案件']],
    ['中欧班列今年已开行班列860列,发运标箱7.2万个。', ['班列', '标箱']],
    ['节日期间高速公路免收小型客车通行费约3100万元,地铁运送乘客96万人次。', ['小型客车通行费', '乘客']],
    ['全县共有326名运动员参加比赛。', ['运动员']],
    ['市代表团共派出运动员860名,县医院抽调医护人员30名。', ['运动员', '医护人员']],
  ])('%s', (s, want) => {
    expect(subjectNames(s)).toEqual(want);
  });
  // counter-examples: these words name the persons or the figure counted, and stay
  it.each([
    ['全市参赛职工达2.6万人次。', ['参赛职工']],
    ['今年全省高考报名人数达62万人。', ['高考报名人数']],
    ['全市新房成交面积41.2万平方米。', ['新房成交面积']],
    ['县妇联资助新录取大学生86名。', ['新录取大学生']],
    ['动员巾帼志愿者500余人参与。', ['巾帼志愿者']],
  ])('counter-example: %s', (s, want) => {
    expect(subjectNames(s)).toEqual(want);
  });
});

describe('subjects: a per-day or per-year average before the verb is no part of the noun (日均, 年均)', () => {
  it.each([
    ['城际列车日均开行86对。', ['城际列车']],
    ['“家风讲堂”年均开展120场以上。', ['家风讲堂']],
    ['县图书馆月均接待读者1.3万人次。', ['读者']],
  ])('%s', (s, want) => {
    expect(subjectNames(s)).toEqual(want);
  });
});

describe('subjects: a kind named back (此类), heads after verbs (时长, 委员会), verbs of setting up and entering, a ceiling after the fund', () => {
  it.each([
    ['今年以来县妇联已累计举办此类培训班5期。', ['培训班']],
    ['全年志愿服务时长超过3万小时。', ['志愿服务时长']],
    ['全县建成婚姻家庭纠纷人民调解委员会20个。', ['婚姻家庭纠纷人民调解委员会']],
    ['设置专题讲座6个,职工提出合理化建议4.3万条。', ['专题讲座', '合理化建议']],
    ['共有46家企业进场招聘。', ['企业']],
    ['每人每年补助最高不超过2.4万元。', ['补助']],
  ])('%s', (s, want) => {
    expect(subjectNames(s)).toEqual(want);
  });
});

describe('subjects: what the counted do right after the classifier names nothing (126名|赴基层服务), a body ends its item', () => {
  it.each([
    ['选派“西部计划”志愿者126名赴基层服务。', ['西部计划志愿者']],
    ['县医院组织医务人员45名前往乡镇开展义诊。', ['医务人员']],
    ['全市29个乡镇(街道)妇联、312个村(社区)妇联全部完成换届。', ['乡镇(街道)妇联', '村(社区)']],
    // counter-example: a body that acts after the bracket is no part of the counted place
    ['全市91个县(区)妇联积极争取资金。', ['县(区)']],
  ])('%s', (s, want) => {
    expect(subjectNames(s)).toEqual(want);
  });
});

describe('subjects: a month or a run of months before the noun is a time, no part of it; nouns that hold a verb (服务器)', () => {
  it.each([
    ['10月全国乘用车市场零售达到202.1万辆。', ['乘用车市场零售']],
    ['1-9月全市新增就业4.2万人。', ['新增就业']],
    ['6月3日单日客运量达到108.2万人次,3月上旬新房网签成交2186套。', ['单日客运量', '新房网签成交']],
    ['数据中心已部署服务器机架1.5万个。', ['服务器机架']],
    ['今年计划招录公务员6870名。', ['公务员']],
    ['于都县妇联等12个单位予以通报表扬。', ['单位']],
  ])('%s', (s, want) => {
    expect(subjectNames(s)).toEqual(want);
  });
});

describe('subjects: verbs of law enforcement and vaccination (立案查处, 接种), 到位 no complement, 平均 a tail', () => {
  it.each([
    ['全市共立案查处食品违法案件1862件,侦破案件36起。', ['食品违法案件', '案件']],
    ['今年已接种流感疫苗3.2万剂次。', ['流感疫苗']],
    ['执行到位金额216.4亿元。', ['到位金额']],
    ['城镇调查失业率平均为5.2%。', ['城镇调查失业率']],
  ])('%s', (s, want) => {
    expect(subjectNames(s)).toEqual(want);
  });
});

describe('subjects: growth to a level, an age range, kinds of service named as nouns, a per-population base, words that begin with 等', () => {
  it.each([
    ['全市会员企业发展到620余家。', ['会员企业']],
    ['为476名0-6岁残疾儿童实施抢救性康复。', ['残疾儿童']],
    ['计划明年再培训家政服务人员300名。', ['家政服务人员']],
    ['全市志愿服务组织达1873个。', ['志愿服务组织']],
    ['妇产科医师每千人口0.31名。', ['妇产科医师']],
    ['其中取得职业技能等级证书的有412人。', ['职业技能等级证书']],
    ['临时列车1360列次,覆盖农田7800万亩次。', ['临时列车', '农田']],
    // a place named by its persons keeps them (幼儿园), a rate of persons is the rate
    ['普惠性幼儿园覆盖率为88.9%,残疾人就业率为45%。', ['普惠性幼儿园覆盖率', '就业率']],
  ])('%s', (s, want) => {
    expect(subjectNames(s)).toEqual(want);
  });
});

describe('subjects: acts against fraud (冻结, 拦截) open the noun; the whole of an institution (全院, 全校) is scope', () => {
  it.each([
    ['警方共冻结涉案银行卡1.86万张,成功拦截资金2.1亿元。', ['涉案银行卡', '资金']],
    ['全院门急诊量达286.4万人次。', ['门急诊量']],
    ['全校在校生达1.2万人。', ['在校生']],
  ])('%s', (s, want) => {
    expect(subjectNames(s)).toEqual(want);
  });
});

describe('subjects: a person noun that begins with a verb (能人) or names a trade (专家, 律师); a bracket that qualifies the persons', () => {
  it.each([
    ['镇妇联推荐12名女能人申报县级致富带头人。', ['女能人']],
    ['全县培育返乡创业女能人300名。', ['返乡创业女能人']],
    ['本期讲堂邀请2名家庭教育专家授课。', ['家庭教育专家']],
    ['组织10名执业律师开展法律咨询。', ['执业律师']],
    ['培养国家辅助器具初级工程师(肢体方向)5名。', ['国家辅助器具初级工程师(肢体方向)']],
    // what the persons include (含…) is no part of their name
    ['其中脱贫妇女(含监测对象)612人。', ['脱贫妇女']],
    // a noun that merely starts like a person noun stays whole
    ['其中研究生学历的41名。', ['研究生学历']],
  ])('%s', (s, want) => {
    expect(subjectNames(s)).toEqual(want);
  });
});

describe('subjects: a base earlier in the year (较年初, 比上月) is a comparison; verbs of selling, cleaning, bringing about and inviting open the noun', () => {
  it.each([
    ['注册青年志愿者达3.27万人,较年初新增4800余人。', ['注册青年志愿者', '注册青年志愿者']],
    ['全县实名注册志愿者达1.2万人,比上月增加600人。', ['实名注册志愿者', '实名注册志愿者']],
    ['今年已卖出脐橙6万多斤。', ['脐橙']],
    ['全年清理河道垃圾52吨,清运生活垃圾1.3万吨。', ['河道垃圾', '生活垃圾']],
    ['举办交友联谊活动14场,促成牵手配对213对。', ['交友联谊活动', '牵手配对']],
    ['招聘会邀请用人单位85家。', ['用人单位']],
    // 特邀代表 is a noun, no verb and its object
    ['大会有正式代表579名、特邀代表23名。', ['正式代表', '特邀代表']],
  ])('%s', (s, want) => {
    expect(subjectNames(s)).toEqual(want);
  });
});

describe('subjects: a rate whose persons name the indicator (婴儿死亡率, 孕产妇死亡率) keeps them; other named rates leave them out', () => {
  it.each([
    ['全县孕产妇死亡率为8.62/10万,5岁以下儿童死亡率为4.35‰。', ['孕产妇死亡率', '5岁以下儿童死亡率']],
    ['全县婴儿死亡率降至3.2‰。', ['婴儿死亡率']],
    // counter-examples: the persons of an employment or enrolment rate are its scope
    ['全县残疾人就业率为45%,残疾儿童入学率达98%。', ['就业率', '入学率']],
  ])('%s', (s, want) => {
    expect(subjectNames(s)).toEqual(want);
  });
});

describe('subjects: a part of a breakdown named only by its place counts its total’s noun (其中吉强镇6家)', () => {
  it.each([
    ['全县建成巾帼共富工坊42家,其中吉强镇6家、兴隆镇5家。', ['巾帼共富工坊', '巾帼共富工坊', '巾帼共富工坊']],
    ['全市发放辅助器具1276件,其中大通县320件、湟中区410件。', ['辅助器具', '辅助器具', '辅助器具']],
    // counter-example: a part with a noun of its own keeps it
    ['全县建成妇女之家120个,其中示范妇女之家30个。', ['妇女之家', '示范妇女之家']],
  ])('%s', (s, want) => {
    expect(subjectNames(s)).toEqual(want);
  });
});

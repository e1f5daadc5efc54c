import { describe, expect, it } from 'vitest';
import {
  extractFrom, brief, SHUNQING, GUANGAN, claimsInYongshan, claimsInHengxian, claimsInYongjia, claimsInQingchuan, claimNear, claimNearShunqing, briefRange,
} from '../extract-helpers.js';

// Values, hedges, ranges, units and kinds (spec "Kinds" and "Values"): bare 万, classifiers, shares in words,
// per-unit bases, terms and sessions.
// Sentences of our own in the genre, each rule in several wordings, with counter-examples that must not change.

describe('a bare 万 of persons with a hedge after it, and 在 as the copula', () => {
  it.each([
    ['近年来全省每年外出务工人员在900万左右,其中青年约占60%。', '900万', 9e6, 'about'],
    ['全省残疾人达19.4万左右。', '19.4万', 194000, 'about'],
    ['全省残疾人19万以上。', '19万', 190000, 'over'],
    ['全市外出务工人员在80万。', '80万', 800000, null],
  ])('%s: %s', (text, needle, value, approx) => {
    const c = claimNear(text, needle);
    expect(c?.kind).toBe('people');
    expect(c?.value).toBe(value);
    expect(c?.approx ?? null).toBe(approx);
  });
  it('counter-example: a bare 万 in a description of a place is no count', () => {
    expect(claimNear('全县妇女在3万左右的村开展活动。', '3万')).toBeUndefined();
  });
});

describe('the term and session of a meeting are ordinals', () => {
  it.each([
    '县妇联十三届五次执委(扩大)会议于3月2日召开。',
    '縣婦聯十三屆五次執委會議于3月2日召開。',
    '市总工会第十五届3次全委会议召开。',
  ])('%s', (text) => {
    expect(extractFrom(text, SHUNQING).filter((c) => /[届屆次]/.test(c.classifier ?? ''))).toHaveLength(0);
  });
  it('sessions counted are still claims', () => {
    expect(claimNearShunqing('全年召开执委会议4次。', '4次')?.value).toBe(4);
  });
});

describe('bare 万 before a person noun', () => {
  it.each([
    ['全省按每人每月80元的标准分别向12.5万困难残疾人发放生活补贴、向8.2万重度残疾人发放护理补贴。', '8.2万', 82000],
    ['发放补贴、向2.5万贫困妇女发放救助金。', '2.5万', 25000],
  ])('%s', (text, needle, value) => {
    const c = claimNearShunqing(text, needle);
    expect(c?.kind).toBe('people');
    expect(c?.value).toBe(value);
  });
  it('a bare 万 before a fund noun stays money', () => {
    expect(claimNearShunqing('筹集资金1.2亿扶贫资金。', '1.2亿')?.kind).toBe('money');
  });
});

describe('bare 万 before a people noun with several modifiers (37万贫困建档立卡妇女)', () => {
  it.each([
    ['对全省37万贫困建档立卡妇女实施“两癌”免费检查。', ['people', 370000, '人']],
    ['为5.6万城乡低保家庭残疾人发放生活补贴。', ['people', 56000, '人']],
    ['全区2.4万农村建档立卡贫困妇女参加技能培训。', ['people', 24000, '人']],
  ])('%s', (s, want) => {
    expect(claimsInYongshan(s).map((c) => [c.kind, c.value, c.unit])).toEqual([want]);
  });

  it('a classifier after 万 still decides', () => {
    expect(claimsInYongshan('全县3万亩高标准农田由妇女合作社管理。').map((c) => [c.kind, c.unit])).toEqual([['count', '亩']]);
  });
});

describe('hedges: a ceiling or floor before a verb of granting (最高可贷10万元, 最低补助1000元)', () => {
  it.each([
    ['对符合条件的创业妇女最高可贷30万元。', 'under'],
    ['每名受助学生最高补助5000元。', 'under'],
    ['个人最多可获得3万元贴息贷款。', 'under'],
    ['合伙创业的最高10万元。', 'under'],
    ['困难职工子女最低资助1000元。', 'over'],
    // a ceiling before 可达 (an upper limit, not a figure reached)
    ['每个村配备妇联执委最多可达7名。', 'under'],
    ['创业担保贷款个人最高可达20万元。', 'under'],
    ['每户补贴最高可以达到3000元。', 'under'],
    // the amount the ceiling caps named between it and the figure (额度, 标准)
    ['单户最高贷款额度50万元。', 'under'],
    ['每人最高补助标准为3000元。', 'under'],
    ['个人创业担保贷款最高限额为30万元。', 'under'],
  ])('%s', (s, want) => {
    expect(claimsInYongshan(s).map((c) => c.approx)).toEqual([want]);
  });

  it('最高 before a noun is no hedge', () => {
    expect(claimsInYongshan('全县妇联系统获得全国最高荣誉3项。').map((c) => c.approx)).toEqual([null]);
    // a figure reached is exact: no ceiling word before 达
    expect(claimsInYongshan('全县受助妇女可达500人。').map((c) => c.approx)).toEqual([null]);
    // a quota or standard named without a ceiling word is exact
    expect(claimsInYongshan('今年贷款额度50万元,补助标准为每人3000元。').map((c) => c.approx)).toEqual([null, null]);
  });
});

describe('期 counts sessions before a noun of teaching (三期培训班), a phase before a project (二期工程)', () => {
  it.each([
    ['县残联今年举办了三期培训班,免费培训残疾人125名。', [['count', 3, '期', null], ['people', 125, '人', null]]],
    ['镇妇联组织两期技能培训,每期学员40人。', [['count', 2, '期', null], ['people', 40, '人', null]]],
    ['区总工会开设四期讲座,听众600余人次。', [['count', 4, '期', null], ['people', 600, '人次', 'over']]],
    ['团市委举办五期青年研修班。', [['count', 5, '期', null]]],
    ['该县残疾人托养中心二期工程已经开工。', []],
    ['巾帼创业园三期项目建成后可容纳企业20家。', [['count', 20, '家', null]]],
  ])('%s', (s, want) => {
    expect(claimsInHengxian(s).map(brief)).toEqual(want);
  });
});

describe('vaccine doses are counted in 剂次 and 剂', () => {
  it.each([
    ['全年预计为适龄女性接种HPV疫苗25万剂次左右。', [['count', 250000, '剂次', 'about']]],
    ['全市累计完成疫苗接种3.2万剂次。', [['count', 32000, '剂次', null]]],
    ['县妇联联合卫健局为农村妇女免费接种疫苗8000余剂。', [['count', 8000, '剂', 'over']]],
  ])('%s', (s, want) => {
    expect(claimsInHengxian(s).map(brief)).toEqual(want);
  });
});

describe('occasions counted by 家次, 台次, 辆次, 例次', () => {
  it.each([
    ['县市场监管局联合县妇联检查母婴用品经营单位613家次。', [['count', 613, '家次', null]]],
    ['全年开展手术1.42万台次,其中四级手术2160台次。', [['count', 14200, '台次', null], ['count', 2160, '台次', null]]],
    ['巾帼志愿服务队出动车辆120余辆次,开展入户宣传。', [['count', 120, '辆次', 'over']]],
    ['妇幼保健院完成“两癌”复查3000例次。', [['count', 3000, '例次', null]]],
    ['走访企业50家,次日召开座谈会。', [['count', 50, '家', null]]],
    ['抗洪期间出动冲锋舟210艘、无人机12架。', [['count', 210, '艘', null], ['count', 12, '架', null]]],
    ['今年共开发巾帼文创产品12款,上市新机型31款。', [['count', 12, '款', null], ['count', 31, '款', null]]],
    ['累计推送家庭教育课程420节,开设直播课5节次。', [['count', 420, '节', null], ['count', 5, '节次', null]]],
    // festivals: 两节 (元旦、春节), 三八节, 六一节 name days, not lessons
    ['两节期间走访困难职工300户。', [['count', 300, '户', null]]],
    ['六一节前夕,为留守儿童送去礼物500份。', [['count', 500, '份', null]]],
  ])('%s', (s, want) => {
    expect(claimsInHengxian(s).map(brief)).toEqual(want);
  });
});

describe('N届 before a committee named with a longer modifier (六届女职工委员会) is a term, not a count', () => {
  it.each([
    ['省总女职委主任代表省总六届女职工委员会作工作报告。', []],
    ['市总工会七届经审委员会召开第三次会议,审查经费预算1200万元。', [['money', 12000000, '元', null]]],
    ['县妇联十四届执行委员会第二次全体会议召开,增补执委5名。', [['people', 5, '人', null]]],
  ])('%s', (s, want) => {
    expect(claimsInYongjia(s).map(brief)).toEqual(want);
  });
  it.each([
    // counter-examples: sessions that were held are counted
    ['今年已连续举办三届女职工技能大赛,参赛女职工800余人。', [['count', 3, '届', null], ['people', 800, '人', 'over']]],
  ])('%s stays a count', (s, want) => {
    expect(claimsInYongjia(s).map(brief)).toEqual(want);
  });
});

describe('collectives counted without 个 (5人2集体) are counted in 个, not in episodes (集)', () => {
  it.each([
    ['我市3人2集体获评全省三八红旗手(集体)。', 2],
    ['全县共有7人4集体受到市总工会表彰。', 4],
    ['该区12集体、35人被命名为先进。', 12],
  ])('%s', (s, n) => {
    const c = claimsInYongjia(s, GUANGAN).find((x) => x.value === n);
    expect(c?.unit).toBe('个');
    expect(c?.classifier).toBe('集体');
  });
  it.each([
    // counter-examples: 集 still counts episodes, 个集体 keeps its classifier
    ['县妇联拍摄家风微视频20集,播放量超10万次。', [['count', 20, '集', null], ['count', 100000, '次', 'over']]],
    ['全市评选出巾帼文明岗先进集体15个。', [['honor', 15, '个', null]]],
  ])('%s stays', (s, want) => {
    expect(claimsInYongjia(s, GUANGAN).map(brief)).toEqual(want);
  });
});

describe('classifiers of relief goods, prizes, buildings and areas', () => {
  it.each([
    ['县总工会为环卫工人送去大米120袋、食用油80桶。', [['count', 120, null, '袋', null], ['count', 80, null, '桶', null]]],
    ['此次共送出防暑药品300盒、矿泉水260箱、花露水150瓶。', [['count', 300, null, '盒', null], ['count', 260, null, '箱', null], ['count', 150, null, '瓶', null]]],
    // (medals won at a games are a contest's prizes: honors)
    ['代表队在全区残运会上共获奖牌15枚。', [['honor', 15, null, '枚', null]]],
    ['新建村级妇女儿童活动中心3栋,改造残疾人危房42幢。', [['count', 3, null, '栋', null], ['count', 42, null, '幢', null]]],
    ['为留守儿童之家配发台灯90盏、帐篷12顶、棉鞋400双。', [['count', 90, null, '盏', null], ['count', 12, null, '顶', null], ['count', 400, null, '双', null]]],
    ['县残联开展三轮入户核查。', [['count', 3, null, '轮', null]]],
    ['巾帼宣讲团开展微宣讲36堂,入户走访两轮。', [['count', 36, null, '堂', null], ['count', 2, null, '轮', null]]],
    ['带动妇女发展林下种植1200公顷,治理水土流失2.5平方公里。', [['count', 1200, null, '公顷', null], ['count', 2.5, null, '平方公里', null]]],
    ['巾帼家政连锁店覆盖46县区和12市县。', [['count', 46, null, '县区', null], ['count', 12, null, '市县', null]]],
    ['志愿者累计服务时长达10个小时。', [['count', 10, null, '小时', null]]],
    ['新修通村公路18公里,为困难职工送去大米600斤、猪肉200公斤。', [['count', 18, null, '公里', null], ['count', 600, null, '斤', null], ['count', 200, null, '公斤', null]]],
  ])('%s', (s, want) => {
    expect(claimsInQingchuan(s).map(briefRange)).toEqual(want);
  });
});

// Decision: a share written in words is a percent claim (the spec's percent covers shares): 三成 → 30 %,
// 七八成 → 70–80 %, 四分之一 → 25 %, 三分之二 → 66.666… % (the exact quotient), classifier 成 / 分之.
describe('shares written as 成 and 分之', () => {
  it.each([
    ['全省实施妇女发展纲要已实现目标超六成。', ['percent', 60, null, '%', 'over']],
    ['返乡创业妇女中近三成的人从事电商。', ['percent', 30, null, '%', 'under']],
    ['受助大学生七八成来自农村家庭。', ['percent', 70, 80, '%', null]],
    ['参训学员三至四成为留守妇女。', ['percent', 30, 40, '%', null]],
    ['农村妇女的辅业收入占家庭收入的七成以上。', ['percent', 70, null, '%', 'over']],
    ['巾帼志愿者三成多是退休教师。', ['percent', 30, null, '%', 'over']],
    ['女企业家约占全区企业家总数的四分之一。', ['percent', 25, null, '%', 'about']],
    ['全县残疾人家庭涉及五分之一的农户。', ['percent', 20, null, '%', null]],
    ['有三分之二的村(社区)建立了妇女议事会。', ['percent', 200 / 3, null, '%', null]],
    ['女性在村委会成员中近占四成。', ['percent', 40, null, '%', 'under']],
  ])('%s', (s, want) => {
    const cs = claimsInQingchuan(s);
    expect(cs.map(briefRange)).toEqual([want]);
    expect(cs[0].classifier).toMatch(/^(成|分之)$/);
  });
  it.each([
    ['成 that begins a word', '村两委成员中三成员为新当选,工作作风一成不变。'],
    ['之一 after a count', '其中之一是技能培训。'],
  ])('%s', (_name, s) => {
    expect(claimsInQingchuan(s).filter((c) => c.kind === 'percent')).toEqual([]);
  });
});

describe('a bare 万 after persons counted as such, in a clause about funds', () => {
  it.each([
    ['全区妇女创业担保贷款受益人数超过百万。', ['people', 1000000, null, '人', 'over']],
    ['三年来帮扶资金惠及2.8万妇女。', ['people', 28000, null, '人', null]],
    ['希望工程资助贫困学生1.6万。', ['people', 16000, null, '人', null]],
    ['发放慰问金共计50万。', ['money', 500000, null, '元', null]],
    ['投资3000万建设妇女儿童活动中心。', ['money', 30000000, null, '元', null]],
    ['区政府拨出20万专款用于妇女病普查。', ['money', 200000, null, '元', null]],
    ['自治区下达1.5亿帮扶资金。', ['money', 150000000, null, '元', null]],
  ])('%s', (s, want) => {
    expect(claimsInQingchuan(s).map(briefRange)).toEqual([want]);
  });
});

describe('per: a share has none, and a 每X stays with the first clause that has a claim', () => {
  it.each([
    ['残疾人家庭人均可支配收入年增速10.84%。', [null]],
    // (a share given each time its own clause names is per that time; the 每月 stays with that clause)
    ['老人每月拿出退休金的60%,先后为25名贫困学子捐款18万元。', ['月', null, null]],
    ['为每户困难家庭送去大米1袋、慰问金800元。', ['户', '户']],
    ['每个村妇联执委由3至5人增加到9至15人,新增执委1.8万名。', ['村', '村', null]],
  ])('%s', (s, want) => {
    expect(claimsInQingchuan(s).map((c) => c.per)).toEqual(want);
  });
});

describe('a yearly list of pledges named by its length', () => {
  it.each([
    ['妇女两癌免费检查连续三年列入省政府十件民生实事。', []],
    ['市政府把留守儿童关爱列入今年八件实事。', []],
    ['今年县总工会为职工群众办实事120件。', [['count', 120, null, '件', null]]],
  ])('%s', (s, want) => {
    expect(claimsInQingchuan(s).map(briefRange)).toEqual(want);
  });
});

describe('the evidence clause leaves out a bracketed breakdown that is not its own', () => {
  it('a total before the bracket, the parts inside it', () => {
    const cs = claimsInQingchuan('市总工会共下拨帮扶资金240万元(其中省总工会补助60万元,市总工会配套180万元),用于困难职工帮扶。');
    expect(cs.map((c) => c.text)).toEqual(['市总工会共下拨帮扶资金240万元', '其中省总工会补助60万元', '市总工会配套180万元']);
  });
  it('a bracket that is part of the noun stays', () => {
    const cs = claimsInQingchuan('慰问困难职工(农民工)96人,发放慰问金9.6万元。');
    expect(cs.map((c) => c.text)).toEqual(['慰问困难职工(农民工)96人', '发放慰问金9.6万元']);
  });
});

// List items numbered 1. 2. with no lead-in, glued to the count after them.
describe('a list item number glued to the count after it', () => {
  it.each([
    ['全年重点工作完成情况如下。\n1.3000余名农村妇女参加技能培训;\n2.260户家庭参与庭院整治;\n3.18个村建成儿童之家。', [
      ['people', 3000, null, '人', 'over'], ['count', 260, null, '户', null], ['count', 18, null, '个', null],
    ]],
    ['团县委工作要点:1.1500名青年参加志愿服务,2.400户留守儿童家庭结对。', [['people', 1500, null, '人', null], ['count', 400, null, '户', null]]],
  ])('%s', (s, want) => {
    expect(claimsInQingchuan(s).filter((c) => c.kind !== 'honor').map(briefRange)).toEqual(want);
  });
  it('the item number is no part of the evidence', () => {
    expect(claimsInQingchuan('主要成效如下:\n1.2600余名妇女参加技能培训;\n2.85户家庭受益。').map((c) => c.text)).toEqual(['2600余名妇女参加技能培训', '85户家庭受益']);
  });
  it.each([
    ['1.5万人参加“两癌”筛查;2.5亩巾帼示范田通过验收。', [['people', 15000, null, '人', null], ['count', 2.5, null, '亩', null]]],
    ['共发放创业担保贷款2.3万元。', [['money', 23000, null, '元', null]]],
  ])('decimals stay decimals: %s', (s, want) => {
    expect(claimsInQingchuan(s).map(briefRange)).toEqual(want);
  });
});

describe('hedges with a copula, and 约 at the head of the clause', () => {
  it.each([
    ['约有260人参加了家庭教育讲座。', 'about'],
    ['大约有40户家庭参与庭院整治。', 'about'],
    ['累计约发放创业担保贷款2.4亿元。', 'about'],
    ['全年共约培训农村妇女900人。', 'about'],
    ['参训人数超过了600人。', 'over'],
    ['受益群众不下3000人。', 'over'],
    ['巾帼志愿者注册人数突破2万人。', 'over'],
    ['县妇联节约办公经费3万元。', null],
    ['每场宣讲起码有50人参加。', 'over'],
    ['这项补贴起码1000元一户。', 'over'],
    ['全年至少有3000名妇女受益。', 'over'],
    ['捐赠物资折合约42万元。', 'about'],
  ])('%s', (s, approx) => {
    expect(claimsInQingchuan(s).map((c) => c.approx)).toEqual([approx]);
  });
});

describe('a count of persons named as such needs no classifier', () => {
  it.each([
    ['全年家庭教育讲座参训人数达3600。', [['people', 3600, null, '人', null]]],
    ['巾帼志愿服务人次超过8000。', [['people', 8000, null, '人次', 'over']]],
    ['“两癌”筛查受益人数为1500余。', [['people', 1500, null, '人', 'over']]],
    ['全县留守妇女3200。', []],
  ])('%s', (s, want) => {
    expect(claimsInQingchuan(s).map(briefRange)).toEqual(want);
  });
});

describe('bare Arabic numbers of a list share the last one’s classifier', () => {
  it.each([
    ['城关、河口、石桥镇分别建成妇女之家12、15、20个。', [['count', 12, null, '个', null], ['count', 15, null, '个', null], ['count', 20, null, '个', null]]],
    ['春季和秋季培训班分别培训农村妇女130、150人次。', [['people', 130, null, '人次', null], ['people', 150, null, '人次', null]]],
    ['女性委员比例分别提高了1.5、2.3和0.8个百分点。', [['percent', 1.5, null, '百分点', null], ['percent', 2.3, null, '百分点', null], ['percent', 0.8, null, '百分点', null]]],
    ['县、乡两级分别拨付救助金30、45万元。', [['money', 300000, null, '元', null], ['money', 450000, null, '元', null]]],
    ['各县妇女参与率分别为62、58及71%。', [['percent', 62, null, '%', null], ['percent', 58, null, '%', null], ['percent', 71, null, '%', null]]],
  ])('%s', (s, want) => {
    expect(claimsInQingchuan(s).map(briefRange)).toEqual(want);
  });

  it.each([
    ['在2、3月份开展巾帼宣讲20场。', [['count', 20, null, '场', null]]],
    ['县妇联在1、2号楼设立维权服务站3个。', [['count', 3, null, '个', null]]],
    ['代表队分别获得第1、2名。', []],
    ['参赛选手荣获第3、4、5名。', []],
    ['第三、四期培训班共培训妇女200人。', [['people', 200, null, '人', null]]],
  ])('not a list of counts: %s', (s, want) => {
    expect(claimsInQingchuan(s).map(briefRange)).toEqual(want);
  });
});

describe('N名以上 before the persons it counts is a hedged count, not a threshold', () => {
  it.each([
    ['示范基地带动2000名以上农村妇女增收致富。', [['people', 2000, null, '人', 'over']]],
    ['全年帮助500名以上困难职工实现再就业。', [['people', 500, null, '人', 'over']]],
    ['活动吸引300人以上群众参与。', [['people', 300, null, '人', 'over']]],
  ])('%s', (s, want) => {
    expect(claimsInQingchuan(s).map(briefRange)).toEqual(want);
  });

  it.each([
    ['已创建服务对象100人以上示范型退役军人服务站5个。', [['count', 5, null, '个', null]]],
    ['全县职工100人以上企业230家已建立工会。', [['count', 230, null, '家', null]]],
    ['为50人以上的企业配备专职工会干部。', []],
  ])('a threshold: %s', (s, want) => {
    expect(claimsInQingchuan(s).map(briefRange)).toEqual(want);
  });
});

describe('units, persons and one family', () => {
  it.each([
    ['滚动播放公益广告5万多组(次)。', [['count', 50000, null, '组次', 'over']]],
    ['全年开展宣传活动120组次。', [['count', 120, null, '组次', null]]],
    ['与近45万粉丝线上互动。', [['people', 450000, null, '人', 'under']]],
    // one family named by its size: counts of its members describe it
    ['他家6口之家有4名党员。', []],
    ['一家五口中有3人参加了志愿服务。', []],
    ['全县6口之家以上的家庭有120户。', [['count', 120, null, '户', null]]],
    // wherever they went: no frequency
    ['宣讲团每到一处,都受到群众热烈欢迎。', []],
  ])('%s', (s, want) => {
    expect(claimsInQingchuan(s).map(briefRange)).toEqual(want);
  });
});

describe('after 分别 the hedge that closes a list of shares hedges each', () => {
  it.each([
    ['代表比例分别在70%、60%和40%以上。', [['percent', 70, null, '%', 'over'], ['percent', 60, null, '%', 'over'], ['percent', 40, null, '%', 'over']]],
    ['女性占比分别为35%和42%左右。', [['percent', 35, null, '%', 'about'], ['percent', 42, null, '%', 'about']]],
    // no hedge at the end: all exact; no 分别: only the last is hedged
    ['女性和青年代表的比例分别为70%和60%。', [['percent', 70, null, '%', null], ['percent', 60, null, '%', null]]],
    ['参保率为70%,覆盖率为60%以上。', [['percent', 70, null, '%', null], ['percent', 60, null, '%', 'over']]],
  ])('%s', (s, want) => {
    expect(claimsInQingchuan(s).map(briefRange)).toEqual(want);
  });
});

describe('a lone 一 after 每 is a frequency only per time or as a count of times', () => {
  it.each([
    ['为每个困难职工办了一张存折。', []],
    ['每人免费适配一台助听器。', []],
    ['每户发放一桶油。', []],
    ['工作人员每到一家,都仔细询问。', []],
    ['县妇联每年举办一次培训。', [['count', 1, null, '次', null]]],
    ['每月走访一次困难家庭。', [['count', 1, null, '次', null]]],
    // digits are no lone 一: 每人1台 is a claim
    ['为每名学生配发1台电脑。', [['count', 1, null, '台', null]]],
  ])('%s', (s, want) => {
    expect(claimsInQingchuan(s).map(briefRange)).toEqual(want);
  });
});

describe('per: one base, the recipient before the time (每人每月 → 人)', () => {
  it.each([
    ['为困难职工每人每月发放生活补助300元。', '人'],
    ['对低保残疾人每户每年补贴取暖费800元。', '户'],
    ['每月为每户困难家庭送去慰问金200元。', '户'],
    ['给每名留守儿童每学期发放学习用品补助150元。', '人'],
    ['人均每月增收1500元。', '人'],
    ['每年落实帮扶资金1000万元。', '年'],
    ['坚持每月走访困难妇女不少于两次。', '月'],
  ])('%s', (s, per) => {
    expect(claimsInYongshan(s).map((c) => c.per)).toEqual([per]);
  });
});

describe('per: 每一户 is 每户, 每生 a student', () => {
  it.each([
    ['为每一户困难家庭送去慰问金500元。', '户'],
    ['为困难学生每生每年发放助学金1000元。', '人'],
    ['每两年为女职工开展一次免费体检。', '两年'],
  ])('%s', (s, per) => {
    expect(claimsInYongshan(s).map((c) => c.per)).toEqual([per]);
  });
});

describe('per: a base written after the amount (2元/小时, 300元每月, 3元每小时)', () => {
  it.each([
    ['共享充电宝租金5元/小时,比去年上涨一倍。', ['小时']],
    ['收费标准为每小时2元。', ['小时']],
    ['托育服务收费3元到5元每小时不等。', ['小时']],
    ['为困难女职工发放生活补助300元每月。', ['月']],
    ['资助困难学生100名每人2000元。', [null, '人']],
  ] as [string, (string | null)[]][])('%s', (s, per) => {
    expect(claimsInYongshan(s).map((c) => c.per)).toEqual(per);
  });
});

describe('per: 每生产, 每生活 are no 每生 (a student)', () => {
  it.each([
    ['合作社每生产100件绣品就有30件销往省外。', [null, null]],
    ['基地每生产一吨有机茶可为农户增收2万元。', [null]],
    ['每生活一天就要开支30元。', [null]],
    ['每生补助生活费500元。', ['人']],
  ] as [string, (string | null)[]][])('%s', (s, per) => {
    expect(claimsInYongshan(s).map((c) => c.per)).toEqual(per);
  });
});

describe('a share given each time its clause names', () => {
  it.each([
    ['他每月拿出工资的30%,资助困难学生。', '30%', '月'],
    ['她每年将收入的20%捐给希望工程。', '20%', '年'],
  ])('%s', (text, needle, per) => {
    expect(claimNearShunqing(text, needle)?.per).toBe(per);
  });
  it.each([['人均收入年增速10.84%。', '10.84%'], ['每户增收2000元,增幅达15%。', '15%']])('a rate is no share per unit: %s', (text, needle) => {
    expect(claimNearShunqing(text, needle)?.per ?? null).toBe(null);
  });
});

describe('a one-character classifier that begins a longer word', () => {
  it.each([
    ['届时将有2万家庭贫困的残疾人得到帮助。', '2万', 20000],
    ['全县有1.2万家庭困难的留守儿童得到关爱。', '1.2万', 12000],
  ])('the number counts the persons after the 的-clause: %s', (text, needle, value) => {
    const c = claimNearShunqing(text, needle);
    expect(c?.kind).toBe('people');
    expect(c?.value).toBe(value);
  });
  it('a person noun that the classifier begins counts persons', () => {
    expect(claimNearShunqing('组织500家长参加培训。', '500')?.kind).toBe('people');
  });
  it.each([['共有20家企业参加。', '20家'], ['走访3万家庭。', '3万']])('the classifier stays where no persons are read: %s', (text, needle) => {
    expect(claimNearShunqing(text, needle)?.kind).toBe('count');
  });
});

describe('persons named right after a bare number as the ones served', () => {
  it.each([
    ['共为8000城乡残疾人提供培训。', 8000],
    ['向350困难妇女发放慰问金。', 350],
  ])('%s', (text, value) => {
    const c = extractFrom(text, SHUNQING)[0];
    expect([c?.kind, c?.value, c?.unit]).toEqual(['people', value, '人']);
  });
  it.each(['开通12338妇女维权热线。', '为2020妇女节献礼。', '全县8121城乡残疾人。'])('no count of persons: %s', (text) => {
    expect(extractFrom(text, SHUNQING).filter((c) => c.kind === 'people')).toHaveLength(0);
  });
});

describe('hedges: 约 before a verb of receiving; a floor or ceiling before a per word', () => {
  it.each([
    ['每户困难家庭约获300元不等的慰问金。', '300元', 'about'],
    ['每名学生约可获得2500元助学金。', '2500元', 'about'],
    ['每位老人约领取800元补贴。', '800元', 'about'],
    ['补助标准不低于每人8000元。', '8000元', 'over'],
    ['资助金额不少于每户3000元。', '3000元', 'over'],
    ['救助额度不超过每户5000元。', '5000元', 'under'],
  ])('%s', (text, needle, approx) => {
    expect(claimNearShunqing(text, needle)?.approx).toBe(approx);
  });
  it.each([
    ['双方签约获得600万元。', '600万元'],
    ['补助标准为每人8000元。', '8000元'],
    ['最近每人补助500元。', '500元'],
  ])('no hedge: %s', (text, needle) => {
    expect(claimNearShunqing(text, needle)?.approx).toBeNull();
  });
});

describe('per: a total after a per-unit amount is no amount per unit', () => {
  it.each([
    ['助学金每人600元共计9.6万元。', '600元', '9.6万元'],
    ['为20名学生每人发放4000元、共计8万元的助学金。', '4000元', '8万元'],
    ['每户慰问金500元,合计发放3万元。', '500元', '3万元'],
  ])('%s', (text, per, total) => {
    expect(claimNearShunqing(text, per)?.per).toBe(text.includes('每户') ? '户' : '人');
    expect(claimNearShunqing(text, total)?.per).toBeNull();
  });
  it.each([
    ['每户补助1000元和2000元。', '2000元', '户'],
    ['每人每月发放300元。', '300元', '人'],
  ])('still per unit: %s', (text, needle, per) => {
    expect(claimNearShunqing(text, needle)?.per).toBe(per);
  });
});

describe('a bare 万 before a fee noun, also after 的 and a quote mark, is money', () => {
  it.each([
    ['会上,职工们将4万多的“参保费”捐给县红十字会。', '4万', 40000, 'over'],
    ['全县党员捐出特殊党费12万。', '12万', 120000, null],
    ['为困难学生减免学费3.5万。', '3.5万', 35000, null],
    ['共拨付1.2万的救助金。', '1.2万', 12000, null],
  ])('%s', (text, needle, value, approx) => {
    const c = claimNearShunqing(text, needle);
    expect(c?.kind).toBe('money');
    expect(c?.value).toBe(value);
    expect(c?.approx ?? null).toBe(approx);
  });
  it.each([
    // persons after the bare 万 stay persons, also in a clause that speaks of a fee waived
    ['全县免费为2万妇女进行两癌检查。', '2万', 'people'],
    ['减免学费惠及1.5万的困难学生。', '1.5万', 'people'],
  ])('counter-example: %s', (text, needle, kind) => {
    expect(claimNearShunqing(text, needle)?.kind).toBe(kind);
  });
});

describe('20个亿: the spoken form of 20亿 is an amount of money', () => {
  it.each([
    ['确保全年发放创业担保贷款总量不低于20个亿。', '20个亿', 2e9, 'over'],
    ['全省贷款余额达3个亿。', '3个亿', 3e8, null],
    ['两年来撬动社会资金1.5个亿。', '1.5个亿', 1.5e8, null],
  ])('%s', (text, needle, value, approx) => {
    const cs = extractFrom(text, SHUNQING);
    expect(cs.map((c) => [c.kind, c.value, c.unit, c.approx ?? null])).toEqual([['money', value, '元', approx]]);
    expect(needle).toContain('个亿');
  });
  it('counter-example: 个 before anything else stays a classifier', () => {
    expect(extractFrom('建成示范基地20个。', SHUNQING).map((c) => [c.kind, c.value, c.unit])).toEqual([['count', 20, '个']]);
  });
});

describe('a bare 万 before a quoted name and then its fund or persons', () => {
  it.each([
    ['全县20名妇女获14万“两癌”救助金。', '14万', 'money', 140000],
    ['共发放30万“春蕾”助学金。', '30万', 'money', 300000],
    ['为1万“春蕾”女童发放助学金。', '1万', 'people', 10000],
  ])('%s', (text, needle, kind, value) => {
    const c = claimNearShunqing(text, needle);
    expect([c?.kind, c?.value]).toEqual([kind, value]);
  });
});

describe('a hedge before the number and another after it: the one read first stands', () => {
  it.each([
    ['累计受益群众近3.7万余人。', '3.7万', 'under'],
    ['共筹集善款约20多万元。', '20多万', 'about'],
    ['资助贫困学生近5000余名。', '5000', 'under'],
    ['培训妇女超过300余人次。', '300', 'over'],
  ])('%s', (text, needle, approx) => {
    expect(claimNearShunqing(text, needle)?.approx).toBe(approx);
  });
  it.each([
    ['全年培训妇女3000余人次。', '3000', 'over'],
    ['发放救助金约50万元。', '50万', 'about'],
  ])('counter-example: one hedge: %s', (text, needle, approx) => {
    expect(claimNearShunqing(text, needle)?.approx).toBe(approx);
  });
});

describe('blood donated is counted in 单位 and 毫升', () => {
  it.each([
    ['全市累计无偿献血总量22.4万单位。', [['count', 224000, '单位']]],
    ['献血总量达80万毫升。', [['count', 800000, '毫升']]],
  ])('%s', (s, want) => {
    expect(extractFrom(s, SHUNQING).map((c) => [c.kind, c.value, c.unit])).toEqual(want);
  });
  it('counter-example: 单位 after its own classifier is what is counted', () => {
    expect(extractFrom('全市20余家单位参加活动,全县100个单位参与创建。', SHUNQING).map((c) => [c.kind, c.value, c.unit])).toEqual([['count', 20, '家'], ['count', 100, '个']]);
  });
});

describe('per: 每个 + the unit funded (基地, 项目, a household described at length)', () => {
  it.each([
    ['每个基地给予2万元至5万元奖补。', '2万', '基地'],
    ['每个项目资助3万元。', '3万', '项目'],
    ['每个困难职工家庭可收到800元慰问金。', '800', '户'],
    ['为每户贫困家庭发放价值500元的爱心礼包。', '500', '户'],
  ])('%s', (text, needle, per) => {
    expect(claimNearShunqing(text, needle)?.per).toBe(per);
  });
  it('counter-example: a total after the amounts per unit has no base', () => {
    expect(claimNearShunqing('每个基地给予2万元,共计发放20万元。', '20万')?.per ?? null).toBeNull();
  });
});

describe('人份 counts samples, not persons', () => {
  it.each([
    ['全市新增造血干细胞志愿捐献者入库1126人份。', [['count', 1126, '人份', '造血干细胞志愿捐献者']]],
    ['全年采集血液样本3000人份。', [['count', 3000, '人份', '血液样本']]],
  ])('%s', (s, want) => {
    expect(extractFrom(s, SHUNQING).map((c) => [c.kind, c.value, c.unit, c.subject])).toEqual(want);
  });
  it('counter-example: 人 alone counts persons', () => {
    expect(extractFrom('全年新增捐献者1126人。', SHUNQING).map((c) => [c.kind, c.value, c.unit])).toEqual([['people', 1126, '人']]);
  });
});

describe('突破 before the number says the figure passed it (over), as 超过 does', () => {
  it.each([
    ['会员服务卡发卡量力争突破70万张。', '70万', 'over'],
    ['希望工程年筹资额突破1.5亿元。', '1.5亿', 'over'],
    ['参与人次突破10万。', '10万', 'over'],
  ])('%s', (text, needle, approx) => {
    expect(claimNearShunqing(text, needle)?.approx).toBe(approx);
  });
  it('counter-example: 突破 as a noun counts nothing and hedges nothing', () => {
    expect(extractFrom('实现零的突破,全年培训妇女300人。', SHUNQING).map((c) => [c.value, c.approx ?? null])).toEqual([[300, null]]);
  });
});

describe('a share in 成 before the people or units it is a share of (约四成家长, 近三成孩子, 超六成企业)', () => {
  it.each([
    ['全区约四成家长每天陪伴孩子不到一小时。', [['percent', 40, '%', 'about']]],
    ['近三成孩子存在不同程度的手机依赖。', [['percent', 30, '%', 'under']]],
    ['全市超过六成企业建立了女职工委员会。', [['percent', 60, '%', 'over']]],
    // 成 opening a word of its own is no share
    ['三成员单位参加了活动。', []],
  ] as [string, unknown[]][])('%s', (s, want) => {
    expect(claimsInHengxian(s).map(brief)).toEqual(want);
  });
});

describe('hedges: a ceiling or floor before verbs that follow one another (最高可获补贴2万元)', () => {
  it.each([
    ['以旧换新每辆车最高可获补贴2万元。', 'under'],
    ['每户最高可申请贷款30万元。', 'under'],
    ['困难学生最低可获补助1000元。', 'over'],
    ['共发放补贴2万元。', null],
  ])('%s', (s, approx) => {
    expect(claimsInQingchuan(s).map((c) => c.approx)).toEqual([approx]);
  });
});

describe('after a verb of change, 至/到 leads from the change to the level reached: two figures, no range', () => {
  it.each([
    ['失业人数由12.5万人减少约3000人至12.2万人。', [['people', 125000, null, '人', null], ['people', 3000, null, '人', 'about'], ['people', 122000, null, '人', null]]],
    ['总就业人数增加约5200人至371.8万人。', [['people', 5200, null, '人', 'about'], ['people', 3718000, null, '人', null]]],
    ['全市注册志愿者增加2000人至1.5万人。', [['people', 2000, null, '人', null], ['people', 15000, null, '人', null]]],
    ['妇女之家由去年的80个增加40个到120个。', [['count', 80, null, '个', null], ['count', 40, null, '个', null], ['count', 120, null, '个', null]]],
  ])('%s', (s, want) => {
    expect(claimsInHengxian(s).map(briefRange)).toEqual(want);
  });
  it.each([
    // ends of one size after a verb of change, or no verb of change: a range
    ['人均收入增加3000元至5000元。', [['money', 3000, 5000, '元', null]]],
    ['每户补助3000元至5000元。', [['money', 3000, 5000, '元', null]]],
    ['每期培训学员30人至50人。', [['people', 30, 50, '人', null]]],
  ])('counter-example: %s', (s, want) => {
    expect(claimsInHengxian(s).map(briefRange)).toEqual(want);
  });
});

describe('副 counts things that come in sets (拐杖536副, 春联500副); 副 before a post is no classifier', () => {
  it.each([
    ['为残疾人适配轮椅412辆、拐杖536副、坐便椅218张。', [['count', 412, '辆', null], ['count', 536, '副', null], ['count', 218, '张', null]]],
    ['为困难户送去春联500余副。', [['count', 500, '副', 'over']]],
    ['全县选举产生主席1名、副主席3名。', [['people', 1, '人', null], ['people', 3, '人', null]]],
  ])('%s', (s, want) => {
    expect(claimsInHengxian(s).map(brief)).toEqual(want);
  });
});

describe('points of a rate per ten or a hundred thousand (个十万分点) measure a change of a rate, no count; the rate itself (8.36/10万) is a percent', () => {
  it.each([
    ['孕产妇死亡率为8.36/10万,比上年下降1.2个十万分点。', [['percent', 0.00836, '%', null]]],
    ['出生缺陷发生率下降0.5个万分点,住院分娩率提高0.3个百分点。', [['percent', 0.3, '百分点', null]]],
  ])('%s', (s, want) => {
    expect(claimsInHengxian(s).map(brief)).toEqual(want);
  });
});

describe('items of a list that ends in 个百分点 count points each (提高4.1个和3.6个百分点)', () => {
  it.each([
    ['城乡居民医保参保率分别比上年提高4.1个和3.6个百分点。', [['percent', 4.1, '百分点', null], ['percent', 3.6, '百分点', null]]],
    ['女性比例分别提高2.5个、1.8个和0.6个百分点。', [['percent', 2.5, '百分点', null], ['percent', 1.8, '百分点', null], ['percent', 0.6, '百分点', null]]],
    // a list of things counted in 个 stays a count
    ['试点分别覆盖3个和5个乡镇。', [['count', 3, '个', null], ['count', 5, '个', null]]],
  ])('%s', (s, want) => {
    expect(claimsInHengxian(s).map(brief)).toEqual(want);
  });
});

describe('classifiers of occasions, trains and laps (项次, 列, 圈)', () => {
  it.each([
    // a plant's capacity in 千瓦 measures it (the annotators of real pages leave 总装机容量120万千瓦 out)
    ['黄河水电站总装机容量120万千瓦。', []],
    ['累计组织妇女参与竞赛活动2600余项次。', [['count', 2600, '项次', 'over']]],
    ['全年开行中欧班列2000列,加开临时列车46列。', [['count', 2000, '列', null], ['count', 46, '列', null]]],
    ['卫星已累计绕地球飞行超过1.3万圈。', [['count', 13000, '圈', 'over']]],
    // 列 after a classifier is the verb (列入)
    ['全县30个项目列入省重点工程。', [['count', 30, '个', null]]],
  ])('%s', (s, want) => {
    expect(claimsInHengxian(s).map(brief)).toEqual(want);
  });
});

describe('市民, 村民 after a count are persons, no places counted (惠及30万市民)', () => {
  it.each([
    ['惠及30万市民。', [['people', 300000, '人', null]]],
    ['全镇5000村民参加活动。', [['people', 5000, '人', null]]],
    ['为80多万新市民、青年人提供住房保障。', [['people', 800000, '人', 'over']]],
    // places counting themselves stay counts
    ['活动覆盖3市12县。', [['count', 3, '市', null], ['count', 12, '县', null]]],
  ])('%s', (s, want) => {
    expect(claimsInHengxian(s).map(brief)).toEqual(want);
  });
});

describe('per: 日均 and 周均 are per day and per week, like 年均 and 月均', () => {
  it.each([
    ['景区日均接待游客2.6万人次。', ['日']],
    ['城际列车日均开行86对,年均运送旅客900万人次。', ['日', '年']],
    ['图书馆周均举办读书会3场。', ['周']],
    // counter-example: 均 alone is no base (各项指标均达到90%)
    ['各项指标均达到90%。', [null]],
  ])('%s', (s, want) => {
    expect(claimsInQingchuan(s).map((c) => c.per)).toEqual(want);
  });
});

describe('measures: containers in 标箱; a change of a weight or length is no measurement (提高15.2公斤)', () => {
  it.each([
    ['全年完成集装箱吞吐量412.6万标箱。', [['count', 4126000, '标箱']]],
    ['平均亩产494.7公斤,比上年提高15.2公斤。', [['count', 494.7, '公斤'], ['count', 15.2, '公斤']]],
    ['农村公路比上年增长36公里。', [['count', 36, '公里']]],
    // counter-examples: one person's weight, an object's height stay out
    ['她体重只有38公斤。', []],
    ['靶盘高度1.6米。', []],
  ])('%s', (s, want) => {
    expect(claimsInQingchuan(s).map((c) => [c.kind, c.value, c.unit])).toEqual(want);
  });
});

describe('per: a share of stock, a unit of weight, a mu of land (每股, 每斤, 亩产, 亩均)', () => {
  it.each([
    ['基本每股收益1.12元。', ['股']],
    ['每斤收购价1.18元左右。', ['斤']],
    ['小麦平均亩产494.7公斤。', ['亩']],
    ['种植户亩均增收800元。', ['亩']],
    // counter-example: a total has none
    ['全县粮食总产量达到8.6万吨。', [null]],
  ])('%s', (s, want) => {
    expect(claimsInQingchuan(s).map((c) => c.per)).toEqual(want);
  });
});

describe('shares in 成: any noun of those counted may follow, unless 成 begins a word of its own', () => {
  it.each([
    ['近四成职场妈妈曾因照料子女减少工作时间。', [['percent', 40, 'under']]],
    ['全县约六成农村留守妇女参加了技能培训。', [['percent', 60, 'about']]],
    ['超七成创业女性获得了贷款支持。', [['percent', 70, 'over']]],
    // counter-examples: 成 opening a word (成员, 成立, 一成不变)
    ['村妇联三成员分工明确。', []],
    ['两成立的合作社已投产。', []],
    ['工作方式一成不变。', []],
  ])('%s', (s, want) => {
    expect(claimsInQingchuan(s).map((c) => [c.kind, c.value, c.approx])).toEqual(want);
  });
});

describe('a share hedged on its base (超过…的30%, 不足…的1%): the hedge is the share’s, the part is its subject', () => {
  it.each([
    ['托育费用超过普通家庭月收入的30%。', ['percent', 30, 'over', '托育费用']],
    ['女性负责人不足单位总数的1%。', ['percent', 1, 'under', '女性负责人']],
    // counter-example: a hedge right before the share stays as it was
    ['女性占比超过30%。', ['percent', 30, 'over', '女性']],
  ])('%s', (s, want) => {
    const c = claimsInQingchuan(s).find((x) => x.kind === 'percent')!;
    expect([c.kind, c.value, c.approx, c.subject]).toEqual(want);
  });
});

describe('Chinese numerals whose characters also spell a word (一万一千: 万一 is read as part of the number)', () => {
  it.each([
    ['全年适配各类辅助器具一万一千余件。', ['count', 11000, '件', 'over']],
    ['为三万一千名妇女开展免费检查。', ['people', 31000, '人', null]],
    ['累计发放宣传资料十万一千份。', ['count', 101000, '份', null]],
    // counter-examples: other numerals as before, and 万一 as a word still carries no number
    ['全年适配辅助器具一万三千件。', ['count', 13000, '件', null]],
  ])('%s', (s, want) => {
    expect(claimsInQingchuan(s).map(brief)[0]).toEqual(want);
  });
  it('万一 as a word (in case) is no number', () => {
    expect(claimsInQingchuan('万一出现险情,及时转移群众120人。').map(brief)).toEqual([['people', 120, '人', null]]);
  });
});

describe('a rate per mille or per 10万 is a percent (spec: % for shares and rates): 3.21‰ → 0.321%, 8.62/10万 → 0.00862%', () => {
  it.each([
    ['全县婴儿死亡率为3.21‰。', [['percent', 0.321, '%', '‰']]],
    ['全县孕产妇死亡率降至8.62/10万。', [['percent', 0.00862, '%', '/10万']]],
    ['婴儿死亡率和5岁以下儿童死亡率分别为1.52‰和2.36‰。', [['percent', 0.152, '%', '‰'], ['percent', 0.236, '%', '‰']]],
    ['千人口献血率为22.5‰。', [['percent', 2.25, '%', '‰']]],
    // counter-example: a percent as written stays
    ['住院分娩率为99.8%。', [['percent', 99.8, '%', '%']]],
  ])('%s', (s, want) => {
    expect(claimsInQingchuan(s).map((c) => [c.kind, c.value, c.unit, c.classifier])).toEqual(want);
  });
});

describe('money in the 元 of Hong Kong, Macau or Taiwan is 元 in unit with its currency in classifier; foreign currencies keep their unit', () => {
  it.each([
    ['该年度公益金共筹得善款2.86亿港元。', ['money', 286000000, '元', '亿港元']],
    ['全年共发放优惠金额逾5亿澳门元。', ['money', 500000000, '元', '亿澳门元']],
    ['男女全程冠军各获得奖金4万美元。', ['money', 40000, '美元', '万美元']],
  ])('%s', (s, want) => {
    const c = claimsInQingchuan(s)[0];
    expect([c.kind, c.value, c.unit, c.classifier]).toEqual(want);
  });
});

describe('classifiers of votes, tables, piles and orders (86万票, 320桌, 1260根, 1.6万单); words that begin with one are none (根据, 单抗)', () => {
  it.each([
    ['网络投票总数超过86万票。', [['count', 860000, '票']]],
    ['长桌宴摆出320桌。', [['count', 320, '桌']]],
    ['项目已完成桥梁桩基1260根。', [['count', 1260, '根']]],
    ['直播间卖出土豆1.6万单。', [['count', 16000, '单']]],
    // counter-examples
    ['含光800根据神经网络推理运算特征设计。', []],
    ['PD-1单抗新适应症获批。', []],
  ])('%s', (s, want) => {
    expect(claimsInQingchuan(s).map((c) => [c.kind, c.value, c.unit])).toEqual(want);
  });
});

describe('books lent are counted by lending (册次)', () => {
  it('外借图书126万册次', () => {
    expect(claimsInQingchuan('全年外借图书126万册次。').map((c) => [c.kind, c.value, c.unit, c.subject])).toEqual([['count', 1260000, '册次', '外借图书']]);
  });
});

describe('a hedge closing a 分别 list of shares hedges each, except a whole 100% that cannot be exceeded', () => {
  it.each([
    ['城乡社区覆盖率分别达到100%和95%以上。', [[100, null], [95, 'over']]],
    ['比例分别在70%、60%和40%以上。', [[70, 'over'], [60, 'over'], [40, 'over']]],
  ])('%s', (s, want) => {
    expect(claimsInQingchuan(s).filter((c) => c.kind === 'percent').map((c) => [c.value, c.approx])).toEqual(want);
  });
});

import { describe, expect, it } from 'vitest';
import { extractFrom, region } from './extract-helpers.js';
import type { Claim, Region } from '../src/doc.js';

// Sentences of our own in the genre for the number rules of the probe round (pages from provinces
// outside the corpus): classifiers, durations, forward references, shares written as 成 and 分之,
// and the kind of a bare 万 after a count of persons.

const COUNTY = region('510822', '青川县', 'county', '四川省', '广元市', '青川县');

function claimsOf(text: string, r: Region | null = COUNTY, title: string | null = null): Claim[] {
  return extractFrom(text, r, title);
}

const brief = (c: Claim) => [c.kind, c.value, c.valueMax, c.unit, c.approx];

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
    expect(claimsOf(s).map(brief)).toEqual(want);
  });
});

describe('numerals in words that are not counts', () => {
  it.each([
    ['a tricycle', '她骑着三轮车走村入户宣讲政策。'],
    ['working days', '创业担保贷款办结时限由30个工作日缩短至15个工作日。'],
    ['weeks', '培训为期两个星期,每期3个星期。'],
    ['months and a half', '在为期两个半月的助学行动中,历时4个多月完成调查。'],
    ['a forward reference', '县总工会重点突出以下五类帮扶群体,并从下列三个方面抓好落实。'],
    ['hours and a half', '座谈会持续了两个多小时,义诊活动历时3个半小时。'],
    ['distances, depths and a weight', '帮扶村距离县城45公里,水井深度80千米处无水;她体重只有38公斤。'],
    ['co-issuers named by their number', '省妇联联合17部门印发实施方案,12部委联合发文。'],
    ['a threshold with a comparative', '志愿服务时长大于1小时的志愿者和家庭人均收入低于3000元的困难家庭。'],
    ['ranks', '县妇联年度考核位列全市前三名,志愿服务项目进入全省前10位。'],
    ['a count of counts names a programme', '县妇联实施五个一百工程,开展三个一批行动。'],
    ['a pairing scheme', '团县委组织青年志愿者开展1对1帮扶和1对多辅导。'],
    ['holidays written as dates', '县总工会在5.1期间和国庆10.1期间走访慰问一线职工。'],
    ['vehicles and figures built on 轮', '为残疾人发放三轮摩托车,坚持两轮驱动。'],
    ['quarters of a year', '前三个季度全县妇联工作稳步推进,二季度成效明显。'],
    ['rhetorical counts of a plan', '团县委从四个方面抓好落实,做到五个到位,实现两个全覆盖、三个突破。'],
  ])('%s', (_name, s) => {
    expect(claimsOf(s).map(brief)).toEqual([]);
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
    const cs = claimsOf(s);
    expect(cs.map(brief)).toEqual([want]);
    expect(cs[0].classifier).toMatch(/^(成|分之)$/);
  });
  it.each([
    ['成 that begins a word', '村两委成员中三成员为新当选,工作作风一成不变。'],
    ['之一 after a count', '其中之一是技能培训。'],
  ])('%s', (_name, s) => {
    expect(claimsOf(s).filter((c) => c.kind === 'percent')).toEqual([]);
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
    expect(claimsOf(s).map(brief)).toEqual([want]);
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
    expect(claimsOf(s).map((c) => c.per)).toEqual(want);
  });
});

describe('a yearly list of pledges named by its length', () => {
  it.each([
    ['妇女两癌免费检查连续三年列入省政府十件民生实事。', []],
    ['市政府把留守儿童关爱列入今年八件实事。', []],
    ['今年县总工会为职工群众办实事120件。', [['count', 120, null, '件', null]]],
  ])('%s', (s, want) => {
    expect(claimsOf(s).map(brief)).toEqual(want);
  });
});

describe('the evidence clause leaves out a bracketed breakdown that is not its own', () => {
  it('a total before the bracket, the parts inside it', () => {
    const cs = claimsOf('市总工会共下拨帮扶资金240万元(其中省总工会补助60万元,市总工会配套180万元),用于困难职工帮扶。');
    expect(cs.map((c) => c.text)).toEqual(['市总工会共下拨帮扶资金240万元', '其中省总工会补助60万元', '市总工会配套180万元']);
  });
  it('a bracket that is part of the noun stays', () => {
    const cs = claimsOf('慰问困难职工(农民工)96人,发放慰问金9.6万元。');
    expect(cs.map((c) => c.text)).toEqual(['慰问困难职工(农民工)96人', '发放慰问金9.6万元']);
  });
});

// Open item of earlier rounds: list items numbered 1. 2. with no lead-in, glued to the count after them.
describe('a list item number glued to the count after it', () => {
  it.each([
    ['全年重点工作完成情况如下。\n1.3000余名农村妇女参加技能培训;\n2.260户家庭参与庭院整治;\n3.18个村建成儿童之家。', [
      ['people', 3000, null, '人', 'over'], ['count', 260, null, '户', null], ['count', 18, null, '个', null],
    ]],
    ['团县委工作要点:1.1500名青年参加志愿服务,2.400户留守儿童家庭结对。', [['people', 1500, null, '人', null], ['count', 400, null, '户', null]]],
  ])('%s', (s, want) => {
    expect(claimsOf(s).filter((c) => c.kind !== 'honor').map(brief)).toEqual(want);
  });
  it('the item number is no part of the evidence', () => {
    expect(claimsOf('主要成效如下:\n1.2600余名妇女参加技能培训;\n2.85户家庭受益。').map((c) => c.text)).toEqual(['2600余名妇女参加技能培训', '85户家庭受益']);
  });
  it.each([
    ['1.5万人参加“两癌”筛查;2.5亩巾帼示范田通过验收。', [['people', 15000, null, '人', null], ['count', 2.5, null, '亩', null]]],
    ['共发放创业担保贷款2.3万元。', [['money', 23000, null, '元', null]]],
  ])('decimals stay decimals: %s', (s, want) => {
    expect(claimsOf(s).map(brief)).toEqual(want);
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
    ['巾帼志愿者注册人数突破2万人。', null],
    ['县妇联节约办公经费3万元。', null],
  ])('%s', (s, approx) => {
    expect(claimsOf(s).map((c) => c.approx)).toEqual([approx]);
  });
});

describe('备 alone is no licence mark', () => {
  it.each([
    ['每个村(社区)妇联配备2至3名专职执委。', [['people', 2, 3, '人', null]]],
    ['县残联为康复站配备康复器材120件。', [['count', 120, null, '件', null]]],
    ['共储备后备干部45名。', [['people', 45, null, '人', null]]],
    ['本站备案号:黔ICP备2021003518号', []],
  ])('%s', (s, want) => {
    expect(claimsOf(s).map(brief)).toEqual(want);
  });
});

describe('a count of persons named as such needs no classifier', () => {
  it.each([
    ['全年家庭教育讲座参训人数达3600。', [['people', 3600, null, '人', null]]],
    ['巾帼志愿服务人次超过8000。', [['people', 8000, null, '人次', 'over']]],
    ['“两癌”筛查受益人数为1500余。', [['people', 1500, null, '人', 'over']]],
    ['全县留守妇女3200。', []],
  ])('%s', (s, want) => {
    expect(claimsOf(s).map(brief)).toEqual(want);
  });
});

describe('前 before a count that names whom it counts is no rank', () => {
  it.each([
    ['团市委评选出前50名“优秀青年志愿者”并予以表彰。', 50],
    ['提前完成任务,目前已有30名学员结业。', 30],
  ])('%s', (s, value) => {
    expect(claimsOf(s).map((c) => c.value)).toEqual([value]);
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
    expect(claimsOf(s).map(brief)).toEqual(want);
  });

  it.each([
    ['在2、3月份开展巾帼宣讲20场。', [['count', 20, null, '场', null]]],
    ['县妇联在1、2号楼设立维权服务站3个。', [['count', 3, null, '个', null]]],
    ['代表队分别获得第1、2名。', []],
    ['参赛选手荣获第3、4、5名。', []],
    ['第三、四期培训班共培训妇女200人。', [['people', 200, null, '人', null]]],
  ])('not a list of counts: %s', (s, want) => {
    expect(claimsOf(s).map(brief)).toEqual(want);
  });
});

describe('N名以上 before the persons it counts is a hedged count, not a threshold', () => {
  it.each([
    ['示范基地带动2000名以上农村妇女增收致富。', [['people', 2000, null, '人', 'over']]],
    ['全年帮助500名以上困难职工实现再就业。', [['people', 500, null, '人', 'over']]],
    ['活动吸引300人以上群众参与。', [['people', 300, null, '人', 'over']]],
  ])('%s', (s, want) => {
    expect(claimsOf(s).map(brief)).toEqual(want);
  });

  it.each([
    ['已创建服务对象100人以上示范型退役军人服务站5个。', [['count', 5, null, '个', null]]],
    ['全县职工100人以上企业230家已建立工会。', [['count', 230, null, '家', null]]],
    ['为50人以上的企业配备专职工会干部。', []],
  ])('a threshold: %s', (s, want) => {
    expect(claimsOf(s).map(brief)).toEqual(want);
  });
});

describe('numerals that count nothing: 每一 is "every", places numbered before their bodies', () => {
  it.each([
    ['巾帼志愿者记得每一个难熬的冬夜。', []],
    ['每一位困难职工都感受到了组织的温暖。', []],
    ['州及四县妇联联办实用技术培训班20期。', [['count', 20, null, '期', null]]],
    ['两区总工会共筹集送温暖资金80万元。', [['money', 800000, null, '元', null]]],
    ['三县团委联合开展志愿服务活动45场。', [['count', 45, null, '场', null]]],
  ])('%s', (s, want) => {
    expect(claimsOf(s).map(brief)).toEqual(want);
  });

  it.each([
    ['服务网络覆盖9区9县。', [['count', 9, null, '区', null], ['count', 9, null, '县', null]]],
    ['每年举办一次女干部培训班。', [['count', 1, null, '次', null]]],
    ['全市12个县妇联全部完成换届。', [['count', 12, null, '个', null]]],
  ])('still counts: %s', (s, want) => {
    expect(claimsOf(s).map(brief)).toEqual(want);
  });
});

describe('the hours of someone\'s day describe the work, they are no total', () => {
  it.each([
    ['抢修工人每天工作达10个小时。', []],
    ['环卫工人一天要站立10小时以上。', []],
    ['巾帼志愿者每日服务8小时。', []],
  ])('%s', (s, want) => {
    expect(claimsOf(s).map(brief)).toEqual(want);
  });
  it.each([
    ['全年开展志愿服务1.2万小时。', [['count', 12000, null, '小时', null]]],
    ['每期培训16小时。', [['count', 16, null, '小时', null]]],
  ])('hours given or taught still count: %s', (s, want) => {
    expect(claimsOf(s).map(brief)).toEqual(want);
  });
});

describe('a financial numeral alone is a character of a word or name (dictionaries/numerals.tsv, formal)', () => {
  it.each([
    ['安陆市1000多名贫困残疾人领到助听器。', [['people', 1000, null, '人', 'over']]],
    ['这是安陆市落实的又一件惠民实事。', []],
    ['大陆台胞及家属共30人参加联谊会。', [['people', 30, null, '人', null]]],
    ['全县巾帼志愿者队伍发展到300支。', [['count', 300, null, '支', null]]],
    // beside another numeral character it is a numeral: amounts written out in full
    ['县慈善会为其捐款陆万元。', [['money', 60000, null, '元', null]]],
    ['共募集善款贰拾万元。', [['money', 200000, null, '元', null]]],
  ])('%s', (s, want) => {
    expect(claimsOf(s).map(brief)).toEqual(want);
  });
});

describe('a count after a demonstrative refers back (spec "Not claims"), in words or in digits', () => {
  it.each([
    ['她精心养好这3头猪,日子越过越红火。', []],
    ['这5名志愿者常年坚持为老人服务。', []],
    ['上述4个项目均已完工。', []],
    ['以上三项工作均已按期完成。', []],
    // the recipients of a figure that follows in their clause are counted: a claim
    ['市妇联给这7名妇女每人发放了1万元救助金。', [['people', 7, null, '人', null], ['money', 10000, null, '元', null]]],
  ])('%s', (s, want) => {
    expect(claimsOf(s).map(brief)).toEqual(want);
  });
});

describe('a share after a scope, before 以上的 + units, is a claim; a size that defines a class is not', () => {
  it.each([
    ['在全省20%以上的村建立妇女议事会。', [['percent', 20, null, '%', 'over']]],
    ['全县80%以上的村建立了妇女之家。', [['percent', 80, null, '%', 'over']]],
    ['使60%以上的留守儿童得到关爱服务。', [['percent', 60, null, '%', 'over']]],
    // thresholds of a class (spec "Not claims")
    ['收入增长10%以上的企业有50家。', [['count', 50, null, '家', null]]],
    ['女职工占比50%以上的企业建立女职工委员会。', []],
  ])('%s', (s, want) => {
    expect(claimsOf(s).map(brief)).toEqual(want);
  });
});

describe('units, persons and one family (probe round 5)', () => {
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
    expect(claimsOf(s).map(brief)).toEqual(want);
  });
});

describe('after 分别 the hedge that closes a list of shares hedges each (probe round 7)', () => {
  it.each([
    ['代表比例分别在70%、60%和40%以上。', [['percent', 70, null, '%', 'over'], ['percent', 60, null, '%', 'over'], ['percent', 40, null, '%', 'over']]],
    ['女性占比分别为35%和42%左右。', [['percent', 35, null, '%', 'about'], ['percent', 42, null, '%', 'about']]],
    // no hedge at the end: all exact; no 分别: only the last is hedged
    ['女性和青年代表的比例分别为70%和60%。', [['percent', 70, null, '%', null], ['percent', 60, null, '%', null]]],
    ['参保率为70%,覆盖率为60%以上。', [['percent', 70, null, '%', null], ['percent', 60, null, '%', 'over']]],
  ])('%s', (s, want) => {
    expect(claimsOf(s).map(brief)).toEqual(want);
  });
});

describe('a lone 一 after 每 is a frequency only per time or as a count of times (probe round 8)', () => {
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
    expect(claimsOf(s).map(brief)).toEqual(want);
  });
});

import { describe, expect, it } from 'vitest';
import { claimsInYongshan, claimsInQingchuan, briefRange, subjectNames, claimNearShunqing } from '../extract-helpers.js';
import { classifyLines } from '../../src/stages/clean/text.js';

// Numbers that are no claims (spec "Not claims"): numerals that count nothing, thresholds that
// define a class, page furniture, and the time scope a claim reports in its period.
// Sentences of our own in the genre, each rule in several wordings, with counter-examples that must not change.

describe('not claims: a share floor that defines who qualifies (占比超60%…的岗位)', () => {
  it.each([
    ['巾帼文明岗授予女职工占比超60%、服务优质的班组。', []],
    ['女职工占比超过50%的企业有120家。', [['count', 120]]],
    ['评选对象为女性成员比例达70%以上、业绩突出的集体,全县共评出18个。', [['honor', 18]]],
    ['申报单位须为女性员工比重不低于50%的合作社,今年扶持合作社26家。', [['count', 26]]],
  ] as [string, [string, number][]][])('%s', (s, want) => {
    expect(claimsInYongshan(s).map((c) => [c.kind, c.value])).toEqual(want);
  });

  it('a share reported stays a claim', () => {
    expect(claimsInYongshan('全市女干部占比达到41.3%,比上年提高2个百分点。').map((c) => c.value)).toEqual([41.3, 2]);
    expect(claimsInYongshan('全县女性村委委员占比超过30%。').map((c) => c.value)).toEqual([30]);
  });
});

describe('not claims: university admission tiers in aid criteria (二本及以上)', () => {
  it.each([
    ['资助对象为考入二本及以上院校的困难家庭学生,今年共资助120名学生。', [120]],
    ['凡被二本院校录取的建档立卡家庭新生均可申请,每人资助5000元。', [5000]],
    ['今年考入一本院校的受助学生有45人,达到二本线的有80人。', [45, 80]],
  ])('%s', (s, want) => {
    expect(claimsInYongshan(s).map((c) => c.value)).toEqual(want);
  });
});

describe('furniture: a database record line under a story (id, title, timestamp, views)', () => {
  it.each([
    '31529006,。希望工程资助新疆8万名学生。2019-04-02 15:43:43,. 204408,.张三',
    '1045562|县妇联培训妇女3000人次|2021-07-15 09:30|阅读 12876',
    '文章编号:88213,发布时间 2020-11-02 16:05:11,浏览 10233,编辑:李四',
  ])('%s', (line) => {
    expect(classifyLines(line)[0].kind).toBe('junk');
  });

  it('a sentence of the story with a date stays text', () => {
    expect(classifyLines('2021年,县妇联共培训农村妇女12000人次,发放贷款3500万元。')[0].kind).toBe('para');
    expect(classifyLines('2023-03-08 10:00 县妇联举办“三八”表彰大会,表彰最美家庭30户。')[0].kind).toBe('para');
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
    expect(claimsInQingchuan(s).map(briefRange)).toEqual([]);
  });
});

describe('备 alone is no licence mark', () => {
  it.each([
    ['每个村(社区)妇联配备2至3名专职执委。', [['people', 2, 3, '人', null]]],
    ['县残联为康复站配备康复器材120件。', [['count', 120, null, '件', null]]],
    ['共储备后备干部45名。', [['people', 45, null, '人', null]]],
    ['本站备案号:黔ICP备2021003518号', []],
  ])('%s', (s, want) => {
    expect(claimsInQingchuan(s).map(briefRange)).toEqual(want);
  });
});

describe('前 before a count that names whom it counts is no rank', () => {
  it.each([
    ['团市委评选出前50名“优秀青年志愿者”并予以表彰。', 50],
    ['提前完成任务,目前已有30名学员结业。', 30],
  ])('%s', (s, value) => {
    expect(claimsInQingchuan(s).map((c) => c.value)).toEqual([value]);
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
    expect(claimsInQingchuan(s).map(briefRange)).toEqual(want);
  });

  it.each([
    ['服务网络覆盖9区9县。', [['count', 9, null, '区', null], ['count', 9, null, '县', null]]],
    ['每年举办一次女干部培训班。', [['count', 1, null, '次', null]]],
    ['全市12个县妇联全部完成换届。', [['count', 12, null, '个', null]]],
  ])('still counts: %s', (s, want) => {
    expect(claimsInQingchuan(s).map(briefRange)).toEqual(want);
  });
});

describe('the hours of someone\'s day describe the work, they are no total', () => {
  it.each([
    ['抢修工人每天工作达10个小时。', []],
    ['环卫工人一天要站立10小时以上。', []],
    ['巾帼志愿者每日服务8小时。', []],
  ])('%s', (s, want) => {
    expect(claimsInQingchuan(s).map(briefRange)).toEqual(want);
  });
  it.each([
    ['全年开展志愿服务1.2万小时。', [['count', 12000, null, '小时', null]]],
    ['每期培训16小时。', [['count', 16, null, '小时', null]]],
  ])('hours given or taught still count: %s', (s, want) => {
    expect(claimsInQingchuan(s).map(briefRange)).toEqual(want);
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
    expect(claimsInQingchuan(s).map(briefRange)).toEqual(want);
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
    expect(claimsInQingchuan(s).map(briefRange)).toEqual(want);
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
    expect(claimsInQingchuan(s).map(briefRange)).toEqual(want);
  });
});

describe('things counted whole before 以上 and what they count: a hedged count; a size with 的 or a measure defines a class', () => {
  it.each([
    ['预计每年可为200家以上科研单位提供实验条件。', [['count', 200, null, '家', 'over']]],
    ['全市10个以上村建立了妇女议事会。', [['count', 10, null, '个', 'over']]],
    ['今年已有30所以上学校开设家长课堂。', [['count', 30, null, '所', 'over']]],
    // thresholds: a 的-clause, or a measure that sizes what follows
    ['全县有3个以上子女的家庭共120户。', [['count', 120, null, '户', null]]],
    ['扶持50亩以上种植大户30户。', [['count', 30, null, '户', null]]],
    ['帮扶年营业额100万元以上企业12家。', [['count', 12, null, '家', null]]],
  ])('%s', (s, want) => {
    expect(claimsInQingchuan(s).map(briefRange)).toEqual(want);
  });
});

describe('a bound whose 的 names whoever passes it, followed by what they must or may do, is a condition', () => {
  it.each([
    ['个人贷款超过50万元的需提供担保。', []],
    ['贷款金额在10万元以上的须经审批,今年共发放贷款2300万元。', [['money', 23000000, null, '元', null]]],
    ['家庭人均收入低于3000元的可申请救助,全年救助困难妇女86人。', [['people', 86, null, '人', null]]],
    // a count of those who passed it stays
    ['超过3000人的企业有12家。', [['count', 12, null, '家', null]]],
  ])('%s', (s, want) => {
    expect(claimsInQingchuan(s).map(briefRange)).toEqual(want);
  });
});

describe('a limit kept (控制在…以内, 降至…以下) is a figure reported, hedged under; elsewhere 以下/以内 define a class', () => {
  it.each([
    ['全县机收损失率控制在1.2%以内。', [['percent', 1.2, null, '%', 'under']]],
    ['婴儿死亡率降至3%以下。', [['percent', 3, null, '%', 'under']]],
    ['全年信访总量控制在50件以内。', [['count', 50, null, '件', 'under']]],
    ['为年收入5000元以下的家庭发放补贴。', []],
    ['服务对象100人以下的站点有12个。', [['count', 12, null, '个', null]]],
  ])('%s', (s, want) => {
    expect(claimsInQingchuan(s).map(briefRange)).toEqual(want);
  });
});

describe('a time of the clock or a race (2小时06分19秒) is no claim; hours counted are', () => {
  it.each([
    ['托拉以2小时06分19秒的成绩夺得男子全程冠军。', []],
    ['宣讲持续1小时30分钟,300名妇女参加。', [['people', 300, null, '人', null]]],
    ['全年志愿服务时长达10万小时。', [['count', 100000, null, '小时', null]]],
  ])('%s', (s, want) => {
    expect(claimsInQingchuan(s).map(briefRange)).toEqual(want);
  });
});

describe('period: the base of a comparison is no time scope', () => {
  it.each([
    ['2023年,全县培训妇女3000人,比2022年增加500人。', ['2023年', '2023年'], ['妇女', '妇女']],
    ['妇女平均预期寿命达79.6岁,比2010年提高2.1岁;女性就业人员占46.5%。', [null], ['女性就业人员']],
    ['全市新增女性创业者2100人,较2019年增长18%。', [null, null], ['女性创业者', '女性创业者']],
  ] as [string, (string | null)[], (string | null)[]][])('%s', (s, periods, subs) => {
    expect(claimsInYongshan(s).map((c) => c.period)).toEqual(periods);
    expect(subjectNames(s)).toEqual(subs);
  });
});

describe('period: a count of years scopes a claim only where it opens a clause', () => {
  it.each([
    ['招募毕业1年内未就业的大学生300名。', [null]],
    ['开展为期1年至3年的志愿服务,招募志愿者70名。', [null]],
    ['5年累计拨付妇女发展专项资金1.65亿元。', ['5年']],
    ['过去5年,全省培训妇女12万人次。', ['5年']],
    ['五年工作期间,全市培训妇女3万人次。', ['五年']],
    ['省妇联发布五年成就,女性高级专业技术人员占比44.6%。', ['五年']],
  ] as [string, (string | null)[]][])('%s', (s, want) => {
    expect(claimsInYongshan(s).map((c) => c.period)).toEqual(want);
  });
});

describe('period: 一年多来, 十多年来', () => {
  it.each([
    ['一年多来,全省发放妇女小额担保贷款8亿多元。', ['一年多来']],
    ['十多年来,县妇联累计培训农村妇女2.6万人次。', ['十多年来']],
  ] as [string, (string | null)[]][])('%s', (s, want) => {
    expect(claimsInYongshan(s).map((c) => c.period)).toEqual(want);
  });
});

describe('period: a plan period (“十三五”期间, 十四五时期)', () => {
  it.each([
    ['“十三五”期间,全省培训贫困妇女29.98万人次。', ['“十三五”期间']],
    ['十四五时期,全市新建妇女之家200个。', ['十四五时期']],
    ['“十四五”以来,全区发放创业担保贷款12亿元。', ['“十四五”以来']],
  ] as [string, (string | null)[]][])('%s', (s, want) => {
    expect(claimsInYongshan(s).map((c) => c.period)).toEqual(want);
  });
});

describe('period: a span of years', () => {
  it.each([
    ['2017年-2019年,全省每年安排5000万元用于“两癌”检查。', ['2017年-2019年']],
    ['从1992年到2010年,全区各级工会累计筹集送温暖资金7.5亿元。', ['从1992年到2010年']],
    ['2016年至2020年,全市累计培训妇女8.6万人次。', ['2016年至2020年']],
  ] as [string, (string | null)[]][])('%s', (s, want) => {
    expect(claimsInYongshan(s).map((c) => c.period)).toEqual(want);
  });
});

describe('period: a year written with zeros is one number (二00二年, 二〇二三年)', () => {
  it.each([
    ['截至二00二年底,“春蕾计划”已资助700多名女童。', [null]],
    ['二〇二三年以来,全县培训妇女3000人。', ['二〇二三年以来']],
    ['近两年,全县培训妇女3000人。', ['近两年']],
  ] as [string, (string | null)[]][])('%s', (s, periods) => {
    expect(claimsInYongshan(s).map((c) => c.period)).toEqual(periods);
  });
});

describe('a number in an epithet before one person\'s name', () => {
  it.each([
    ['表彰了海归博导孙某、80万吨乙烯工程专家李某某、女大学生陈某。', '80万吨'],
    ['受表彰的有年产30万吨化肥项目总工程师王某,以及优秀教师刘某。', '30万吨'],
  ])('%s', (text, needle) => {
    expect(claimNearShunqing(text, needle)).toBeUndefined();
  });
  it.each([
    ['建成500亩蔬菜基地,带动种植能手王某等致富。', '500亩'],
    ['建成30个专家工作站,服务群众。', '30个'],
    ['新建1000亩示范基地,聘请专家指导。', '1000亩'],
  ])('a count before an epithet-like noun stays: %s', (text, needle) => {
    expect(claimNearShunqing(text, needle)).toBeDefined();
  });
});

describe('not claims: numbered units named as recipients, session lists, race distances, a thing\'s size', () => {
  it.each([
    ['县环卫站清扫保洁二队等8个先进集体被授予“巾帼文明岗”称号。', [['honor', 8]]],
    ['县供电公司运维一组荣获“巾帼文明岗”称号,全县共有12个集体获此称号。', [['honor', null], ['honor', 12]]],
    ['认真学习县委十届五次、六次、七次全委会精神,举办培训班12期。', [['count', 12]]],
    ['女子200米个人混合泳冠军王某等3名运动员受到表彰。', [['honor', 3]]],
    ['这片往日芦苇有两米多高的荒地,如今种上了果树200亩。', [['count', 200]]],
  ] as [string, [string, number | null][]][])('%s', (s, want) => {
    expect(claimsInYongshan(s).map((c) => [c.kind, c.value])).toEqual(want);
  });

  it('counted teams and sessions stay claims', () => {
    expect(claimsInYongshan('全县组建巾帼志愿服务队30支,分成三组开展宣讲。').map((c) => c.value)).toContain(30);
    expect(claimsInYongshan('县妇联召开执委会3次、主席办公会6次。').map((c) => c.value)).toEqual([3, 6]);
  });
});

describe('period: a count of years in a plan\'s name is no scope; a since-phrase is the whole phrase', () => {
  it.each([
    ['县妇联印发《儿童事业十年发展规划》,举办家长培训班12期。', [null]],
    ['按照十年规划纲要要求,全县建成家长学校443个。', [null]],
    ['自2007年8月县总工会启动“金秋助学”活动以来,累计资助困难职工子女573名。', ['自2007年8月县总工会启动“金秋助学”活动以来']],
    ['“金秋助学”活动自2003年开展以来,已资助贫困学子10万名。', ['自2003年开展以来']],
    ['五年来,全县培训农村妇女3500人次。', ['五年来']],
  ] as [string, (string | null)[]][])('%s', (s, want) => {
    expect(claimsInYongshan(s).map((c) => c.period)).toEqual(want);
  });
});

describe('a short line without punctuation is a heading, unless it stands in a run of such lines with figures', () => {
  it('a section heading restating a figure of its paragraph is no claim', () => {
    const s = '巾帼建功成效显著 培训妇女3000人\n今年以来,县妇联坚持以培训为抓手,培训妇女3000人次。';
    expect(claimsInYongshan(s).map((c) => [c.value, c.unit])).toEqual([[3000, '人次']]);
  });
  it.each([
    ['李某等12人获市三八红旗手称号\n王某等9个集体获省三八红旗集体称号\n', [['honor', 12], ['honor', 9]]],
    ['建成妇女之家12个\n培训农村妇女3200人次\n发放创业贷款600万元\n', [['count', 12], ['people', 3200], ['money', 6000000]]],
  ] as [string, [string, number][]][])('a list laid out line by line: %s', (s, want) => {
    expect(claimsInYongshan(s).map((c) => [c.kind, c.value])).toEqual(want);
  });
});

describe('not claims: a programme named by its count of subsidies; a tier of universities', () => {
  it.each([
    ['全年发放残疾人两项补助资金180万元。', '两项'],
    ['落实两项补助,惠及残疾人900人。', '两项'],
    ['资助对象为被高校二本以上(含二本)录取的新生。', '二本'],
    ['今年考入一本院校的学生有12人。', '一本'],
    ['高考二本上线率达到60%。', '二本'],
  ])('%s', (text, needle) => {
    expect(claimNearShunqing(text, needle)).toBeUndefined();
  });
  it.each([
    ['为图书室捐赠图书三本。', '三本', 3],
    ['全年发放残疾人两项补助资金180万元。', '180万元', 1800000],
    ['新建两项补助服务站2个。', '2个', 2],
  ])('counts stay: %s', (text, needle, value) => {
    expect(claimNearShunqing(text, needle)?.value).toBe(value);
  });
});

describe('not claims: a floor amount in a 的-clause whose noun is counted right after (年产值超千万元的企业45家)', () => {
  it.each([
    ['全市年产值超千万元的女性企业45家。', [['count', 45]]],
    ['全村年收入过10万元的家庭有20户。', [['count', 20]]],
    ['全县养殖规模达100头的养殖户有30户。', [['count', 30]]],
    ['年收入超过5万元的家庭占35%。', [['percent', 35]]],
    ['销售额逾亿元的合作社共12家。', [['count', 12]]],
  ] as [string, [string, number][]][])('%s', (s, want) => {
    expect(claimsInYongshan(s).map((c) => [c.kind, c.value])).toEqual(want);
  });
  it.each([
    // no count of the class after it: the hedged number is the claim
    ['帮助超过1000名的妇女实现就业。', [['people', 1000]]],
    ['累计发放贷款超过3000万元,惠及妇女1200人。', [['money', 30000000], ['people', 1200]]],
    // a share of the noun after it, and a second item joined by 和
    ['这里聚集了超过90%的外出务工人员和近200家企业。', [['percent', 90], ['count', 200]]],
  ] as [string, [string, number][]][])('counter-example: %s', (s, want) => {
    expect(claimsInYongshan(s).map((c) => [c.kind, c.value])).toEqual(want);
  });
});

describe('not claims: a rule\'s bound (不得低于, 不应低于) sets what all must meet', () => {
  it.each([
    ['按规定,用人单位安排残疾人就业比例不得低于在职职工总数的1.5%,全市共审核用人单位3200余家。', [['count', 3200]]],
    ['村“两委”中女性委员比例不应低于30%。', []],
  ] as [string, [string, number][]][])('%s', (s, want) => {
    expect(claimsInYongshan(s).map((c) => [c.kind, c.value])).toEqual(want);
  });
  it.each([
    // a target's floor and a standing practice stay claims
    ['确保“两癌”检查率不低于95%。', [['percent', 95]]],
    ['每月走访困难妇女不少于两次。', [['count', 2]]],
  ] as [string, [string, number][]][])('counter-example: %s', (s, want) => {
    expect(claimsInYongshan(s).map((c) => [c.kind, c.value])).toEqual(want);
  });
});

describe('not claims: the year a class finishes names the class (2020届毕业生)', () => {
  it.each([
    ['学校为2020届毕业生发放助学金5万元。', [['money', 50000]]],
    ['共有2023届毕业生320名。', [['people', 320]]],
  ] as [string, [string, number][]][])('%s', (s, want) => {
    expect(claimsInYongshan(s).map((c) => [c.kind, c.value])).toEqual(want);
  });
  it('counter-example: a small number of terms is counted', () => {
    expect(claimsInYongshan('大赛已成功举办12届。').map((c) => [c.kind, c.value])).toEqual([['count', 12]]);
  });
});

describe('以上 after a noun, the count closing its clause, closes a class and points back at nothing', () => {
  it.each([
    ['培训技能人才三千人,其中高级工以上五百名。', [['people', 3000], ['people', 500]]],
    ['全县女干部中大专以上学历300人。', [['people', 300]]],
  ] as [string, [string, number][]][])('%s', (s, want) => {
    expect(claimsInYongshan(s).map((c) => [c.kind, c.value])).toEqual(want);
  });
  it.each([
    ['进一步突出以下六类重点帮扶群体。', []],
    ['以上三项工作全部完成。', []],
  ] as [string, [string, number][]][])('counter-example: a reference back or forward: %s', (s, want) => {
    expect(claimsInYongshan(s).map((c) => [c.kind, c.value])).toEqual(want);
  });
});

describe('not claims: the number of a model named in Latin letters (iPhone 11支持…)', () => {
  it.each([
    ['新款iPhone 11支持双卡双待,售价5499元。', [['money', 5499]]],
    ['华为Mate 60搭载自研芯片,首批备货100万台。', [['count', 1000000]]],
    ['县妇联为巾帼直播学员配备了Redmi 12手机30部。', [['count', 30]]],
    ['Windows 10系统已在全县23所学校的微机室完成安装。', [['count', 23]]],
  ] as [string, [string, number][]][])('%s', (s, want) => {
    expect(claimsInYongshan(s).map((c) => [c.kind, c.value])).toEqual(want);
  });

  it('a unit that is a word of its own after a Latin word stays a claim', () => {
    expect(claimsInYongshan('全县APP 3000余人注册使用。').map((c) => [c.kind, c.value])).toEqual([['people', 3000]]);
    expect(claimsInYongshan('通过微信公众号和App 20场直播宣传家庭教育。').map((c) => [c.kind, c.value])).toEqual([['count', 20]]);
  });
});

describe('not claims: a phase of a project (二期、三期工程, 安置小区二期)', () => {
  it.each([
    ['观宸项目二期、三期工程至今尚未交付。', []],
    ['妇女儿童活动中心二期工程已开工,投资800万元。', [['money', 8000000]]],
    ['城南安置小区三期已于去年底交付,安置群众420户。', [['count', 420]]],
    ['产业园区一期、二期建成后吸纳妇女就业600余人。', [['people', 600]]],
  ] as [string, [string, number][]][])('%s', (s, want) => {
    expect(claimsInYongshan(s).map((c) => [c.kind, c.value])).toEqual(want);
  });

  it('sessions counted by 期 stay counts', () => {
    expect(claimsInYongshan('县妇联举办家政培训班三期、创业培训二期。').map((c) => [c.unit, c.value])).toEqual([['期', 3], ['期', 2]]);
    expect(claimsInYongshan('全年开展巾帼讲堂五期,培训妇女360人次。').map((c) => [c.unit, c.value])).toEqual([['期', 5], ['人次', 360]]);
  });
});

describe('service numbers, ranks and bounds in a few more shapes', () => {
  it.each([
    // a hotline whose name opens with a place word read as a unit
    ['假期期间12345市民热线共受理诉求1200件。', [['count', 1200, null, '件', null]]],
    // the ranks among which others are counted
    ['女子全程前八名中有5名中国选手。', [['people', 5, null, '人', null]]],
    // a bound in a 的-clause right before the counted units
    ['市妇联向捐款额超过10万元的8家单位致感谢信。', [['count', 8, null, '家', null]]],
  ])('%s', (s, want) => {
    expect(claimsInQingchuan(s).map(briefRange)).toEqual(want);
  });
});

describe('两个规划 names the women\'s and the children\'s development plans, it counts nothing', () => {
  it.each([
    ['两个规划的大部分指标达到或好于预期,其中32项指标提前达标。', [['count', 32, null, '项', null]]],
    ['“两个规划”共设置主要目标和策略措施221项。', [['count', 221, null, '项', null]]],
  ])('%s', (s, want) => {
    expect(claimsInQingchuan(s).map(briefRange)).toEqual(want);
  });
});

describe('not claims: a bound in a clause that ends in 的 names whoever passes it (a condition)', () => {
  const values = (s: string) => claimsInYongshan(s).map((c) => [c.kind, c.value]);
  it.each([
    ['创办企业并吸纳3名以上残疾人就业的,补贴标准提高到每户8000元。', [['money', 8000]]],
    ['对吸纳5名以上残疾人就业的企业,给予一次性奖励2万元。', [['money', 20000]]],
    ['用人单位安排残疾人就业超过规定比例(1.5%)的,每年给予奖励6000元。', [['money', 6000]]],
    ['对年销售额超过500万元的企业,给予奖励。', []],
    // 每超过1人: the step a rate is paid by
    ['超出部分每超过1人,每年奖励3000元。', [['money', 3000]]],
    ['每增加1名残疾职工,补贴2000元。', [['money', 2000]]],
  ])('%s', (s, want) => {
    expect(values(s)).toEqual(want);
  });
  it.each([
    // the persons counted: a hedged count, with 的 right after the count or no 的 at all
    ['今年培训了2000名以上的妇女。', [['people', 2000]]],
    ['帮助超过1000名的妇女,实现就业。', [['people', 1000]]],
    ['全县共有12家企业吸纳3名以上残疾人就业。', [['count', 12], ['people', 3]]],
    // a class defined by size, counted after it: the count is the claim
    ['全市年销售额超过500万元的巾帼企业达到36家。', [['count', 36]]],
  ])('counter-example: %s', (s, want) => {
    expect(values(s)).toEqual(want);
  });
});

describe('not claims: a size of money before the noun counted right after it (超10亿元项目21个) defines the class', () => {
  const values = (s: string) => claimsInYongshan(s).map((c) => [c.kind, c.value]);
  it.each([
    ['其中超10亿元项目21个,总投资412亿元。', [['count', 21], ['money', 41200000000]]],
    ['投资超过1亿元项目12个、5000万元以上项目30个。', [['count', 12], ['count', 30]]],
  ])('%s', (s, want) => {
    expect(values(s)).toEqual(want);
  });
  it.each([
    ['资金超过500万元惠及3000名妇女。', [['money', 5000000], ['people', 3000]]],
    ['全年完成投资超10亿元。', [['money', 1000000000]]],
  ])('counter-example: %s', (s, want) => {
    expect(values(s)).toEqual(want);
  });
});

describe('not claims: a speed or the range a vehicle can travel (设计时速350公里, 续航200公里)', () => {
  it.each([
    ['成渝中线高铁设计时速350公里。', []],
    ['充电5分钟可续航200公里。', []],
    ['全县新建农村公路120公里。', [['count', 120]]],
  ])('%s', (s, want) => {
    expect(claimsInYongshan(s).map((c) => [c.kind, c.value])).toEqual(want);
  });
});

describe('a share that opens its clause, or follows 覆盖, is of the noun after it, no class (三成以上村妇联主席进入…)', () => {
  it.each([
    ['调解成功率98%以上。三成以上村妇联主席进入村“两委”班子。', [['percent', 98], ['percent', 30]]],
    ['80%以上的村建立了妇女之家。', [['percent', 80]]],
    // after a verb of reaching (覆盖, 惠及) the share is of the units named after 的
    ['力争家庭教育指导服务覆盖90%以上的家庭。', [['percent', 90]]],
    // a share after a verb that names the class stays a threshold
    ['收入增长10%以上的企业有35家。', [['count', 35]]],
  ])('%s', (s, want) => {
    expect(claimsInYongshan(s).map((c) => [c.kind, c.value])).toEqual(want);
  });
});

describe('not claims: the two exchanges (沪深两市) name markets, trading days say for how long', () => {
  it.each([
    ['两市成交额合计9876亿元。', [['money', 987600000000]]],
    ['沪深两市融资余额增加120亿元。', [['money', 12000000000]]],
    ['北向资金连续5个交易日净买入,累计净买入230亿元。', [['money', 23000000000]]],
  ])('%s', (s, want) => {
    expect(claimsInYongshan(s).map((c) => [c.kind, c.value])).toEqual(want);
  });
});

describe('not claims: a standing kept for so many rounds (连续12期位居前列, 连续5次荣获) counts nothing', () => {
  it.each([
    ['全县青年大学习参学率连续12期位居全市第一。', []],
    ['该镇参学人数连续8期排名全区前三。', []],
    ['市妇联连续3次荣获全省妇联系统先进集体称号。', [['honor', null]]],
    ['县总工会连续两轮蝉联全省职工书屋建设先进单位。', []],
    // counter-examples: rounds held or done are counted
    ['今年连续举办12期“巾帼大讲堂”。', [['count', 12]]],
    ['连续开展5次专项检查,整改问题36个。', [['count', 5], ['count', 36]]],
  ])('%s', (s, want) => {
    expect(claimsInYongshan(s).map((c) => [c.kind, c.value])).toEqual(want);
  });
});

describe('not claims: a service line named by its number, with a word between it and 热线 (12333人社服务热线)', () => {
  it.each([
    ['群众可拨打12333人社服务热线咨询。', []],
    ['开通12320卫生健康热线。', []],
    // counter-examples: calls to the line are counted; a count of people before 热线 work
    ['全年接听12333热线来电1.2万个。', [['count', 12000]]],
    ['巡查堤防险工险段4.8万处次。', [['count', 48000]]],
  ])('%s', (s, want) => {
    expect(claimsInYongshan(s).map((c) => [c.kind, c.value])).toEqual(want);
  });
});

describe('not claims: hours a schedule moves by (延长开放时间2小时, 提前1小时) are a duration', () => {
  it.each([
    ['国庆期间博物馆延长开放时间2小时。', []],
    ['节日期间各网点提前1小时开门营业。', []],
    // counter-example: hours of service counted
    ['全年累计志愿服务时长3000小时。', [['count', 3000]]],
  ])('%s', (s, want) => {
    expect(claimsInYongshan(s).map((c) => [c.kind, c.value])).toEqual(want);
  });
});

describe('not claims: how long one event or one run took (历时约3小时, 跑进3小时), a speed (45.2米/秒), one vehicle’s mass (起飞质量13.5吨)', () => {
  it.each([
    ['整个对接过程历时约3小时,共转运物资1.2万吨。', [['count', 12000, '吨', null]]],
    ['本次比赛有3128人跑进3小时。', [['people', 3128, '人', null]]],
    ['台风登陆时中心附近最大风力达14级(45.2米/秒),转移群众2.6万人。', [['people', 26000, '人', null]]],
    ['飞船起飞质量13.5吨,装载能力为6.9吨。', []],
    // counter-examples: hours of service and tonnes handled are totals
    ['全年志愿服务时长达3.6万小时,清理河道垃圾52吨。', [['count', 36000, '小时', null], ['count', 52, '吨', null]]],
  ])('%s', (s, want) => {
    expect(claimsInQingchuan(s).map((c) => [c.kind, c.value, c.unit, c.approx])).toEqual(want);
  });
});

describe('not claims: what a place can hold (可同时容纳3000余人), a class named by size (30万吨级码头)', () => {
  it.each([
    ['新建的文化广场可同时容纳3000余人就餐,全年接待游客12万人次。', [['people', 120000, '人次', null]]],
    ['新教学楼可容纳1800名学生。', []],
    ['港口新投用的30万吨级原油码头,全年吞吐量达1.2亿吨。', [['count', 120000000, '吨', null]]],
    // counter-example: persons received are counted
    ['活动现场接待群众3000余人。', [['people', 3000, '人', 'over']]],
  ])('%s', (s, want) => {
    expect(claimsInQingchuan(s).map((c) => [c.kind, c.value, c.unit, c.approx])).toEqual(want);
  });
});

describe('not claims: a package’s size (5斤装)', () => {
  it.each([
    ['为困难群众发放5斤装大米200袋。', [['count', 200, '袋']]],
    ['直播间卖出5斤装的精品土豆1.6万单。', [['count', 16000, '单']]],
  ])('%s', (s, want) => {
    expect(claimsInQingchuan(s).map((c) => [c.kind, c.value, c.unit])).toEqual(want);
  });
});

describe('not claims: a village named with a numeral and 元 (三元朱村); the session of a term’s body with its name between (十届人大二次会议)', () => {
  it.each([
    ['在孙家集街道三元朱村,村民种植大棚蔬菜1200亩。', [['count', 1200, '亩']]],
    ['市十届人大二次会议期间,代表共提出建议386件。', [['count', 386, '件']]],
    ['县委十四届五次全会召开,全县共有委员42名。', [['people', 42, '人']]],
    // counter-examples: money and meetings counted
    ['为每名困难学生发放补助五百元。', [['money', 500, '元']]],
    ['全年召开执委会议三次。', [['count', 3, '次']]],
  ])('%s', (s, want) => {
    expect(claimsInQingchuan(s).map((c) => [c.kind, c.value, c.unit])).toEqual(want);
  });
});

describe('not claims: the count of the items a list is about to give (重点抓好三件事:一是…)', () => {
  it.each([
    ['下一步,重点抓好三件事:一是抓培训,全年培训妇女5000人次;二是抓服务。', [['people', 5000, '人次']]],
    ['会议要求做到四个到位:(一)组织到位,建成妇女之家30个。', [['count', 30, '个']]],
    // counter-example: a count of activities held, followed by its figures
    ['全年开展三项活动:慰问困难妇女120户。', [['count', 3, '项'], ['count', 120, '户']]],
  ])('%s', (s, want) => {
    expect(claimsInQingchuan(s).map((c) => [c.kind, c.value, c.unit])).toEqual(want);
  });
});

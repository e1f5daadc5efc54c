import { describe, expect, it } from 'vitest';
import { region } from '../extract-helpers.js';
import type { Doc } from '../../src/doc.js';
import { regionOfText, resolveRegions } from '../../src/stages/region.js';
import { segment } from '../../src/stages/segment.js';
import { processPage } from '../../src/pipeline.js';

// The region of an article (spec "Regions").
// Sentences of our own in the genre, each rule in several wordings, with counter-examples that must not change.

/** The name of the region of one article read from its text and headline. */
const name = (text: string, title: string | null = null) => regionOfText(text, title)?.name ?? null;

/** The region of one article as the pipeline resolves it, with the segmenter's words. */
function segmented(text: string, title: string | null = null): string | null {
  const article = { title, date: null, source: null, authors: [], text, index: 0, norm: text, tokens: segment(text), claims: [], region: null };
  const doc: Doc = { id: 'p', origin: 'p', encoding: 'utf-8', isHtml: false, raw: `${title ?? ''}\n${text}`, articles: [article], warnings: [] };
  resolveRegions(doc);
  return doc.articles[0].region?.name ?? null;
}

describe('region: a place name before 级 names an honor level, not the article\'s place', () => {
  it.each([
    ['妇联\n【概况】 2008年,市妇联新增镇江级巾帼文明岗9个、全国级文明岗1个。全年举办培训班16期,市妇联接待来访55人次。\n【评估】 对丹阳市妇儿规划27项指标进行评估。', '丹阳市'],
    ['妇联\n【概况】 2019年,市妇联新增苏州级巾帼文明岗6个。全年举办家政培训班8期,市妇联接待来访40人次。\n【维权】 昆山市妇联调处婚姻家庭纠纷120件。', '昆山市'],
    ['妇联\n【概况】 2020年,县妇联推荐的3个集体获评宜昌级巾帼文明岗。全年举办培训班12期,县妇联接待来访36人次。\n【家庭】 秭归县评选最美家庭50户。', '秭归县'],
  ])('%s', (text, want) => {
    expect(regionOfText(text)?.name).toBe(want);
  });
});

describe('region: a wire dateline names the bureau that filed, not the place reported on', () => {
  it.each([
    ['中广网呼和浩特5月3日消息 内蒙古“母亲水窖”项目促进了内蒙古农牧区妇女增收。据了解,项目在内蒙古的18个旗县累计投入资金900万元。呼和浩特市执行项目资金80万元,使和林格尔县新建水窖120眼。包头市培训妇女300人,赤峰市建成水窖400眼,通辽市为60户贫困家庭解决饮水。', '内蒙古自治区'],
    ['新华社南宁8月12日电 广西妇女小额贷款项目助力广西农村妇女创业。据介绍,广西各级妇联累计发放贷款9亿元。南宁市发放贷款2亿元,使武鸣区新增创业妇女300人。柳州市发放贷款1.2亿元,桂林市培训妇女900人,玉林市新建基地12个。', '广西壮族自治区'],
    ['中新网西宁6月1日电 青海“两癌”救助项目覆盖青海各地。据统计,青海省今年救助患病妇女260人。西宁市救助80人,其中湟中区25人;海东市救助70人,海西州救助40人,海北州救助30人。', '青海省'],
  ])('%s', (text, want) => {
    expect(regionOfText(text)?.name).toBe(want);
  });

  it.each([
    ['香港文汇报讯(记者 王一、李二 银川报道)在实施农村妇女创业贷款项目三年间,宁夏累计发放贷款36亿元,扶持7.7万人次农村妇女创业。', '宁夏回族自治区'],
    ['(记者 张三 西宁报道)青海省妇联今年为260名“两癌”患病妇女发放救助金260万元,全省培训农牧区妇女1.2万人次。', '青海省'],
    ['新华社南昌电 江西各级妇联今年累计发放妇女创业担保贷款12亿元,扶持2.1万名妇女创业,江西还培训家政人员8000人。', '江西省'],
  ])('a reporter\'s or bureau\'s place without a date: %s', (text, want) => {
    expect(regionOfText(text)?.name).toBe(want);
  });

  it('the city reported on still wins when the body is about it', () => {
    expect(regionOfText('中新网成都3月8日电 成都市妇联召开表彰会,全市评出三八红旗手200名。成都市今年培训妇女1.1万人次,武侯区新建妇女之家20个,锦江区发放贷款3000万元。')?.name).toBe('成都市');
  });
});

describe('an autonomous county or banner goes by its stem with 县/旗 or 自治县/自治旗', () => {
  it.each([
    ['长阳县开展巾帼志愿服务活动', '长阳县妇联组织志愿者200名走进社区，全县共开展活动30场。', '长阳土家族自治县'],
    ['长阳自治县召开妇女代表大会', '会议选举产生新一届执委会，全县共有代表200名出席。', '长阳土家族自治县'],
    [null, '峨边县总工会走访慰问困难职工100户，全县共发放慰问金10万元。', '峨边彝族自治县'],
    [null, '鄂伦春旗妇联举办培训班，全旗共培训妇女300人次。', '鄂伦春自治旗'],
    [null, '印江自治县妇联开展家庭教育讲座，全县共举办20场。', '印江土家族苗族自治县'],
  ])('%s %s', (title, text, want) => {
    expect(name(text, title)).toBe(want);
  });

  it('the full name and the bare stem with an acting body still resolve as before', () => {
    expect(name('长阳土家族自治县妇联召开执委会，全县共评出最美家庭50户。')).toBe('长阳土家族自治县');
    expect(name('长阳妇联召开执委会，全县共评出最美家庭50户。')).toBe('长阳土家族自治县');
  });

  it('other stems: 通道县 is 通道侗族自治县; 前郭县 is no stem of 前郭尔罗斯 and stays unresolved', () => {
    expect(name('通道县妇联开展巾帼建功活动，全县共评出巾帼标兵20名。')).toBe('通道侗族自治县');
    expect(name('前郭县妇联开展巾帼建功活动，全县共评出巾帼标兵20名。')).toBeNull();
  });
});

describe('a town\'s short form made of two provinces\' abbreviations, beside both provinces, is their pairing', () => {
  it.each([
    ['闽宁两省区妇联座谈', '福建省妇联一行来宁调研并同我区妇联座谈，走访永宁县闽宁镇。闽宁协作开展以来，资助宁夏女童300多名。闽宁合作基地培训妇女2000多名，闽宁两省区妇联签订协议。', '宁夏回族自治区'],
    [null, '宁夏妇联与福建省妇联召开闽宁协作联席会议，双方商定，闽宁合作项目今年培训宁夏妇女500名，闽宁镇妇女之家新增10个。', '宁夏回族自治区'],
  ])('%s %s', (title, text, want) => {
    expect(name(text, title)).toBe(want);
  });

  it('without the two provinces the short form is still the town, named in full on the page', () => {
    expect(name('永宁县闽宁镇妇联开展培训，闽宁镇共培训妇女300名。闽宁妇女之家新增5个。')).toBe('闽宁镇');
  });
});

describe('a provincial body acting in the lead outranks the outlet\'s city', () => {
  it.each([
    ['第五届“福建青年创业奖”评选启动', '福州新闻网4月2日讯(福州日报记者 王明)由团省委、省青联联合开展的第五届“福建青年创业奖”评选日前启动，今年将评出10名。', '福建省'],
    [null, '南昌新闻网讯 近日，省妇联召开全省巾帼建功表彰会，江西共表彰先进集体50个、先进个人100名。', '江西省'],
    [null, '长沙晚报讯 省总工会今年投入资金3000万元，湖南全年慰问困难职工2万户。', '湖南省'],
  ])('%s %s', (title, text, want) => {
    expect(name(text, title)).toBe(want);
  });

  it('a city body acting, or a provincial body named late as a sponsor, keeps the city', () => {
    expect(name('福州新闻网讯 福州市妇联召开执委会，全市共评出最美家庭100户。')).toBe('福州市');
    expect(name('南昌新闻网讯 南昌市妇联今年共培训妇女3000人次，全市新建妇女之家20个，全市巾帼志愿者达1万名，活动得到市委市政府的支持，组织干部收看省妇联报告会。')).toBe('南昌市');
  });
});

describe('a lead whose own body is a 区 or 县 fits the outlet\'s district even when a provincial body is named', () => {
  const page = (source: string, body: string, title = '团区委助力学子圆梦大学') =>
    processPage({ id: 't', origin: 't', kind: 'text', text: `${title}\n更新日期:2021-10-13 信息来源:${source}\n\n${body}\n` }).articles[0]?.region?.name ?? null;
  it.each([
    ['双塔区委宣传部', '近日,团区委获悉,我区招募的5名资助学生已通过团省委审核。团区委为全区5名学生争取到每人5000元助学金。', '双塔区'],
    ['双塔区融媒体中心', '日前,区妇联联合省妇联开展“两癌”救助,全区共有20名妇女获得救助金。区妇联还走访了贫困母亲30户。', '双塔区'],
  ])('%s', (source, body, want) => {
    expect(page(source, body)).toBe(want);
  });
  it('counter-example: a provincial body acting with no 区 of its own keeps the province', () => {
    expect(page('双塔区融媒体中心', '日前,省妇联召开全省表彰会,辽宁共表彰先进集体50个、先进个人100名。', '全省表彰巾帼建功先进')).toBe('辽宁省');
  });
});

describe('a provincial body of the neighbouring genres (省红十字会, 省慈善总会) going to a place in its province', () => {
  it.each([
    ['金黔在线讯 1月25日,省红十字会带着大米、棉被来到贵阳市花溪区高坡乡,为贫困群众送去温暖。省红十字会还捐赠了价值4万元的物资。全省各级红十字会共筹集资金560万元。', '贵州省'],
    ['日前,省慈善总会走进长沙市望城区,为留守儿童送去助学金20万元。省慈善总会今年共资助学生3000名。', '湖南省'],
  ])('%s', (text, want) => {
    expect(name(text)).toBe(want);
  });
  it('counter-example: a county body going to a town of its own stays there', () => {
    expect(name('日前,花溪区红十字会来到高坡乡,为贫困群众送去大米100袋。区红十字会今年共救助困难群众500人。')).toBe('花溪区');
  });
});

describe('a sub-district office (五星办事处) is its 街道, settled by the county named beside it', () => {
  it.each([
    ['日前，浉河区五星办事处残联召开会议。近年，五星办事处共为残疾人发放救助款20万元。', '五星街道', '411502005'],
    ['浉河区五星街道办事处妇联召开会议，五星办事处共评出最美家庭30户。', '五星街道', '411502005'],
    ['铜山区五星办事处开展助残活动，五星办事处共走访残疾人家庭100户。', null, null],
  ])('%s', (text, want, code) => {
    const r = regionOfText(text);
    if (code) expect([r?.name, r?.code]).toEqual([want, code]);
    else expect(r?.level).not.toBe('town');
  });

  it('an office named after a city is an office, not a street (北京办事处); alone, the office name settles nothing', () => {
    expect(regionOfText('省政府驻北京办事处召开座谈会，北京办事处共接待来访100人次。')?.level).not.toBe('town');
    expect(regionOfText('五星办事处妇联召开会议，五星办事处共评出最美家庭30户。')).toBeNull();
  });
});

describe('a district goes by its former county name (崇明县 for 崇明区) where an acting body follows or its city is named', () => {
  it.each([
    ['崇明县总工会开展金秋助学活动', '近日，崇明县人大常委会副主任出席活动，为260多名学生发放助学金24万多元。', '崇明区'],
    [null, '上海市崇明县妇联举办培训班，全县共培训妇女300人次。', '崇明区'],
    [null, '近日，江宁县妇联召开执委会，全县共评出最美家庭50户，南京市妇联领导出席。', '江宁区'],
  ])('%s %s', (title, text, want) => {
    expect(name(text, title)).toBe(want);
  });

  it('a district stem that is a word before 县 is no place (振兴县域, 工农县乡)', () => {
    expect(name('各地大力推进振兴县域经济，全年共培训妇女3000人次。')).toBeNull();
    expect(name('组织工农县乡干部学习，共培训300人次。')).toBeNull();
  });
});

describe('a county\'s short name that the article\'s own self-reference fits (全县, 全市) is its county', () => {
  it.each([
    ['本报讯 8月28日，县总工会在竹山一中举行金秋助学金发放仪式，20名学生领取助学金。全县各级工会共走访困难职工家庭78户。', '竹山县'],
    ['近日，湖北省妇联下发表彰决定，团市委打造大冶志愿者服务平台，全市注册志愿者超过2万名，全市志愿服务时长超过40万小时。', '大冶市'],
    ['县妇联在郧西一中举办讲座，全县共培训妇女500人次。', '郧西县'],
  ])('%s', (text, want) => {
    expect(segmented(text)).toBe(want);
  });

  it('not an everyday word with nothing else of the county on the page, nor beside another county named in full', () => {
    expect(segmented('我县召开妇女儿童工作会议，要求整合社会资源，全县共培训妇女300人次。')).toBeNull();
    expect(segmented('永嘉县召开妇女儿童工作会议，要求整合社会资源，全县共培训妇女300人次。')).toBe('永嘉县');
  });
});

describe('县域 after a name is the county level, not a county (河南县域经济)', () => {
  it('河南县域 is no 河南县 of 青海', () => {
    expect(name('社旗县妇联开展巾帼脱贫行动，全县共培训妇女2000人次。本文转自河南县域经济网。')).toBe('社旗县');
    expect(name('各地大力发展河南县域经济，河南省妇联共培训妇女3万人次。')).toBe('河南省');
  });
  it('河南县 itself is still the county', () => {
    expect(name('河南县妇联开展牧区妇女培训，全县共培训妇女500人次。')).toBe('河南蒙古族自治县');
  });
});

describe('首都 is Beijing where the article vouches for it', () => {
  it.each([
    ['市妇联联合首都文明办开展寻找“首都最美家庭”活动，全市共评出首都最美家庭500户。', '北京市'],
    ['首都妇联召开执委会，今年共评出最美家庭500户。', '北京市'],
  ])('%s', (text, want) => {
    expect(segmented(text)).toBe(want);
  });

  it('not a foreign capital said once (首都巴黎)', () => {
    expect(segmented('法国多个行业举行罢工，首都巴黎交通几乎完全瘫痪，约80万人参加游行。')).toBeNull();
  });
});

describe('an example (以信阳为例) and 该市 after it are not the article\'s own place', () => {
  it.each([
    ['河南团省委公布，全省通过技能培训促进青年就业50万名。团省委书记说，以信阳为例，去年该市务工青年回乡创业1万人。', '河南省'],
    ['据统计，河南省每年外出务工青年1400万左右，团省委今年培训青年26万名。以南阳市为例，该市培训青年3万名。', '河南省'],
  ])('%s', (text, want) => {
    expect(segmented(text)).toBe(want);
  });

  it('an example alone is no evidence of a region', () => {
    expect(segmented('团省委公布，全省通过技能培训促进青年就业50万名。以信阳为例，去年该市务工青年回乡创业1万人。')).toBeNull();
  });

  it('a city article whose 该市 refers to itself keeps the city', () => {
    expect(segmented('信阳市妇联召开执委会。据介绍，该市今年共培训妇女3万人次，全市新建妇女之家100个。')).toBe('信阳市');
  });
});

describe('a round-up of three or more of its cities or counties is the place that refers to itself', () => {
  it.each([
    ['省妇联救助200名贫困妇女', '今年上半年，大连市妇联救助贫困妇女50名，发放救助金60万元。旅顺口区妇联发放救助金6万元。抚顺市妇联救助30名。辽阳市妇联救助20名。葫芦岛市妇联救助40名。', '辽宁省'],
    ['全市各县妇联开展巾帼建功活动', '沛县妇联培训妇女500人次，丰县妇联培训300人次，睢宁县妇联培训400人次，徐州市妇联表彰先进个人100名。', '徐州市'],
  ])('%s %s', (title, text, want) => {
    expect(segmented(text, title)).toBe(want);
  });

  it('without the place in the headline, no round-up: the county holding most of the weight stays', () => {
    expect(segmented('沛县妇联召开执委会，沛县今年培训妇女500人次，沛县妇联表彰最美家庭100户，全市会议在丰县召开，睢宁县、新沂市妇联参加，全市共培训3000人次。')).toBe('沛县');
  });
});

describe('a province named only inside a slogan counts when provincial bodies act (团省委…全省)', () => {
  it.each([
    ['记者从团省委获悉，全省各级团组织今年将实施20条举措。团省委将持续推进“美丽山西·青春行动”，培训青年1万名。', '山西省'],
    ['省妇联召开执委会，全省妇联系统今年培训妇女3万人次。省妇联将深化“奋斗湖南·巾帼行动”。', '湖南省'],
  ])('%s', (text, want) => {
    expect(segmented(text)).toBe(want);
  });

  it('not without a provincial body acting twice', () => {
    expect(segmented('县妇联持续推进“美丽山西·巾帼行动”，全县培训妇女300人次。')).toBeNull();
  });
});

describe('a deeper place is the region only when something vouches for it as the article\'s own', () => {
  it.each([
    // a provincial meeting held in one city, with a visit to one county: the province
    [null, '全省妇女创业就业现场推进会日前在宜昌召开。省妇联、宜昌市等单位负责人参加会议。与会代表观摩了秭归县茅坪镇的扶贫车间和秭归县妇女创业园。去年全省共有3万名妇女实现就业。', '湖北省'],
    [null, '本报讯 全省巾帼建功表彰会在赣州召开，会议表彰了100个省巾帼文明岗。省妇联有关负责人出席，与会人员参观了于都县梓山镇的合作社和于都县的扶贫车间。全省共有5万名妇女参与。', '江西省'],
    // a provincial round-up with a county only in a historical example and a person's story
    [null, '记者从共青团湖南省委获悉，湖南希望工程实施以来共筹集资金3亿元。1995年湖南第一所希望小学在桑植县建成。李明是桑植县希望小学校长，他说桑植县希望小学如今有学生800名，桑植县的孩子都能上学。', '湖南省'],
  ])('%s %s → %s', (title, text, want) => {
    expect(name(text, title)).toBe(want);
  });

  it.each([
    // the county acts in the lead
    [null, '临泉县妇联召开执委会，全县共评出最美家庭50户，省妇联领导出席会议，临泉县各乡镇妇联主席参加。', '临泉县'],
    // the county is the headline's
    ['桑植县希望小学迎来新学期', '记者从共青团湖南省委获悉，桑植县希望小学今年新招学生200名，桑植县共有希望小学30所。', '桑植县'],
    // the lead's subject, its city written before it: one name
    [null, '3月8日，共青团西宁市城中区第十次代表大会召开，省妇联有关负责人到会。近年来西宁市城中区共注册志愿者2万名，城中区志愿服务队达到300支。', '城中区'],
    // a generic reference (各县妇联, 直管县妇联) vouches for no county
    [null, '省妇联召开全省家庭工作会议，各市和直管县妇联负责人参加。会后代表们在宿松县参观了宿松县的家风馆和宿松县的巾帼车间。', '安徽省'],
    // an acting body inside a cited title (《…》) vouches for nothing
    [null, '7月1日，门头沟区职工服务中心带队验收职工驿站。根据《北京市总工会关于推进职工之家建设的意见》，门头沟区年内拟建驿站100家。', '门头沟区'],
    // nothing vouches for any place: the deepest place keeps the region as before
    [null, '据了解，溆浦县今年共培训妇女2000人次，溆浦县的巾帼合作社达到50家，带动溆浦县3000名妇女增收。', '溆浦县'],
  ])('%s %s → %s', (title, text, want) => {
    expect(name(text, title)).toBe(want);
  });
});

describe('a generic reference vouches for no place', () => {
  it('without 直管 the county office in the lead is the article\'s own (县妇联 fits it)', () => {
    expect(name('县妇联召开全县家庭工作会议。会后代表们在宿松县参观了宿松县的家风馆和宿松县的巾帼车间，省妇联领导出席。')).toBe('宿松县');
  });
});

describe('a city\'s or province\'s short name after a preposition counts when it is the only place named and 全市/我省 fits it', () => {
  it.each([
    ['今年全市妇联系统共发放创业贷款3亿元，扶持妇女创业5000人，为遂宁统筹城乡发展作出了贡献。', '遂宁市'],
    ['全市共建成儿童之家120个，服务留守儿童2万人次，在遂宁营造了关爱儿童的良好氛围。', '遂宁市'],
    ['我省共评出最美家庭300户，全省妇联干部走访家庭5万户，为江西建设和谐家庭贡献了力量。', '江西省'],
  ])('%s → %s', (text, want) => {
    expect(name(text)).toBe(want);
  });

  it.each([
    // no self-reference fits it: a passing phrase
    ['今年共发放创业贷款3亿元，扶持妇女创业5000人，为遂宁统筹城乡发展作出了贡献。', null],
    // 全县 does not fit a city: no region from a glued short name
    ['全县共发放创业贷款3亿元，为遂宁统筹城乡发展作出了贡献。', null],
    // a stock phrase holding a city's short name is no place (长治久安)
    ['全市共化解矛盾纠纷3000件，为长治久安打下了基础。', null],
  ])('%s → %s', (text, want) => {
    expect(name(text)).toBe(want);
  });
});

describe('a prefecture\'s body acting in the lead outranks the county outlet in the dateline', () => {
  it.each([
    ['凯里网讯 近日，州总工会开展“金秋助学”活动，全州共资助困难职工子女120名。', '黔东南苗族侗族自治州'],
    ['延吉新闻网讯 州妇联今年共培训农村妇女3000人次，全州新建妇女之家20个。', '延边朝鲜族自治州'],
  ])('%s', (text, want) => {
    expect(name(text)).toBe(want);
  });

  it('a body of the outlet\'s own place keeps it', () => {
    expect(name('凯里网讯 近日，市总工会开展“金秋助学”活动，全市共资助困难职工子女120名。')).toBe('凯里市');
  });
});

describe('a place named as a team taking part (麒麟区代表团) weighs as little as a destination', () => {
  it('a city\'s games held in one of its districts, that district\'s team the winner, is the city\'s', () => {
    expect(name('10月22日,曲靖市第七届运动会在麒麟区闭幕。麒麟区代表团以金牌68枚的成绩位列金牌榜第一名,沾益区代表团获得金牌41枚,宣威市代表团获得金牌36枚。', '曲靖市第七届运动会闭幕 麒麟区代表团夺得金牌榜第一')).toBe('曲靖市');
  });
  it('counter-example: a district that acts in its own story stays the region', () => {
    expect(name('近日,麒麟区妇联召开执委会,全区共评出最美家庭100户。麒麟区妇联还表彰了先进集体20个。')).toBe('麒麟区');
  });
});

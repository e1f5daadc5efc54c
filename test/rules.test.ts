import { describe, expect, it } from 'vitest';
import { extractFrom, region } from './extract-helpers.js';
import type { Claim, Region } from '../src/doc.js';

// Sentences of our own in the genre for the extraction rules of the dev-corpus round: each rule in
// several wordings, and honor levels at every level of government.

const COUNTY = region('530625', '永善县', 'county', '云南省', '昭通市', '永善县');
const CITY = region('430900', '益阳市', 'city', '湖南省', '益阳市', null);
const PROVINCE = region('620000', '甘肃省', 'province', '甘肃省', null, null);
const CHONGQING = region('500000', '重庆市', 'province', '重庆市', null, null);
const BEIJING_DISTRICT = region('110108', '海淀区', 'county', '北京市', '北京市', '海淀区');

function claimsOf(text: string, r: Region | null = COUNTY, title: string | null = null): Claim[] {
  return extractFrom(text, r, title);
}

const brief = (c: Claim) => [c.kind, c.value, c.valueMax, c.unit, c.approx];
const honor = (c: Claim) => [c.value, c.unit, c.honor?.title ?? null, c.honor?.level ?? null];

describe('ranges', () => {
  it.each([
    ['培训农村妇女三至五百人。', ['people', 300, 500, '人', null]],
    ['每个村开展宣讲三至五次。', ['count', 3, 5, '次', null]],
    ['各乡镇举办专题讲座三到五场。', ['count', 3, 5, '场', null]],
    ['为每户困难家庭发放慰问金200元-500元。', ['money', 200, 500, '元', null]],
    ['为创业妇女提供贴息贷款3万元至8万元。', ['money', 30000, 80000, '元', null]],
    ['给予一次性补助600~5000元不等。', ['money', 600, 5000, '元', null]],
  ])('%s', (s, want) => {
    expect(claimsOf(s).map(brief)).toEqual([want]);
  });
});

describe('hedges: floors, ceilings, 约合, a hedge after %', () => {
  it.each([
    ['全年培训妇女不少于3000人。', 'people', 'over'],
    ['每个项目补助最多5万元。', 'money', 'under'],
    ['单笔贷款不超过10万元。', 'money', 'under'],
    ['捐赠物资约合120万元。', 'money', 'about'],
    ['女性会员占比达60%多。', 'percent', 'over'],
    ['至少建成妇女之家30个。', 'count', 'over'],
  ])('%s', (s, kind, approx) => {
    const [c] = claimsOf(s);
    expect([c.kind, c.approx]).toEqual([kind, approx]);
  });
});

describe('bare 万 and 亿', () => {
  it.each([
    ['省总工会计划筹资3500万,用于困难职工帮扶。', ['money', 35000000, null, '元', null]],
    ['三年来累计融资1.2亿,扶持巾帼企业发展。', ['money', 120000000, null, '元', null]],
    ['全区现有残疾人4.6万。', ['people', 46000, null, '人', null]],
    ['全县农村留守妇女达1.3万。', ['people', 13000, null, '人', null]],
  ])('%s', (s, want) => {
    expect(claimsOf(s).map(brief)).toEqual([want]);
  });
});

describe('counts that are not statistics', () => {
  it.each([
    ['measurements', '比赛用的拔河绳长30米,场地宽度8米,队员距中线2米。'],
    ['a stall of a beneficiary', '她在集市上租了3米长的摊位。'],
    ["one family's story", '她含辛茹苦把三个孩子拉扯大,自己动过两次手术。'],
    ['numbered units in names', '县二中、市检察院三队和县医院二队的代表参加了比赛。'],
    ['places whose names begin with a numeral', '活动在五间镇和三乡镇同时举行。'],
    ['quoted slogans in words', '引导妇女在“缩小三个差距、促进共同富裕”中建功立业。'],
    ['demonstratives that refer back', '这三项工作走在全省前列,上述两个方面还需加强。'],
    ['terms of a body without 第', '市十四届人大代表、县九届政协委员列席会议。'],
    ['the three sectors of the economy', '推动三次产业融合发展。'],
    ['welfare programmes named by their number', '落实残疾人两项补贴政策,开展两项免费保障。'],
  ])('%s', (_name, s) => {
    expect(claimsOf(s)).toEqual([]);
  });

  it('keeps counts that look alike', () => {
    expect(claimsOf('全县组建巾帼志愿服务队120支,共五队参赛,覆盖126村。').map(brief)).toEqual([
      ['count', 120, null, '支', null],
      ['count', 5, null, '队', null],
      ['count', 126, null, '村', null],
    ]);
    // digits in a quoted list of deliverables are counts; a named group of recipients is a claim
    expect(claimsOf('制定“1项指南、12个规范”,市妇联给这7名妇女每人发放1万元。').map((c) => c.value)).toEqual([1, 12, 7, 10000]);
    expect(claimsOf('全市120个服务热线接听来电。').map(brief)).toEqual([['count', 120, null, '个', null]]);
    expect(claimsOf('开通12338妇女维权热线,拨打110报警。')).toEqual([]);
  });

  it('a place noun is its own classifier', () => {
    expect(claimsOf('计划三年内实现9区9县全覆盖。').map((c) => [c.value, c.unit])).toEqual([[9, '区'], [9, '县']]);
  });

  it('an amount restated in brackets is one claim', () => {
    expect(claimsOf('争取救助资金6.76万元(67600元)。').map(brief)).toEqual([['money', 67600, null, '元', null]]);
    expect(claimsOf('募集善款12.5万元（125000元）。').map(brief)).toEqual([['money', 125000, null, '元', null]]);
  });
});

describe('honor lists after one verb: X等N名Y', () => {
  it('the count, the quoted title after it, no recipient', () => {
    const cs = claimsOf('市妇联授予李某某等25名同志“三八红旗手”称号,授予县医院护理部等12个集体“巾帼文明岗”称号。', CITY);
    expect(cs.map(honor)).toEqual([
      [25, '人', '三八红旗手', 'municipal'],
      [12, '个', '巾帼文明岗', 'municipal'],
    ]);
    expect(cs.every((c) => c.kind === 'honor' && c.honor?.recipient === null)).toBe(true);
  });
  it('the noun after X等N names the recipients, not the level or the title', () => {
    expect(claimsOf('命名城关镇等8个乡镇为“平安家庭示范乡镇”。').map(honor)).toEqual([[8, '个', '平安家庭示范乡镇', null]]);
    expect(claimsOf('授予张某等10名同志全国三八红旗手称号。').map(honor)).toEqual([[10, '人', '三八红旗手', 'national']]);
    expect(claimsOf('县妇联授予新圩镇等5个镇“平安家庭示范镇”称号。').map(honor)).toEqual([[5, '个', '平安家庭示范镇', 'county']]);
  });
  it('a second title added by 并同时授予 joins the same count', () => {
    const cs = claimsOf('县妇联授予张某等8户家庭“最美家庭”称号,并同时授予“文明家庭”称号。');
    expect(cs.map(honor)).toEqual([[8, '户', '最美家庭、文明家庭', 'county']]);
  });
  it('the place of the example recipient is not the level', () => {
    const cs = claimsOf('会议向某某区某某街道某某社区等10个“十佳妇女之家”授牌。', CHONGQING, '重庆市妇联召开执委会议');
    expect(cs.map(honor)).toEqual([[10, '个', '十佳妇女之家', 'provincial']]);
  });
  it('coordinated items share the verb: 通报表扬…,以及…等N名', () => {
    const cs = claimsOf('大会通报表扬了某某救援队等30个优秀志愿服务集体,以及王某、李某等60名优秀志愿者。', PROVINCE, '甘肃省志愿服务表彰大会举行');
    expect(cs.map(honor)).toEqual([
      [30, '个', '优秀志愿服务集体', 'provincial'],
      [60, '人', '优秀志愿者', 'provincial'],
    ]);
  });
  it('a suffix after the closing quote and a prefix before it belong to the title', () => {
    const cs = claimsOf('某某村王某等50户被命名为“美丽庭院”示范户,3户家庭获评全市十佳“和谐家庭”。', CITY);
    expect(cs.map((c) => c.honor?.title)).toEqual(['美丽庭院示范户', '十佳和谐家庭']);
  });
});

describe('honor titles as written', () => {
  it.each([
    ['获全国巾帼建功标兵称号的有5人。', [[5, '人', '巾帼建功标兵', 'national']]],
    ['被授予“全国巾帼文明岗”荣誉称号的单位有3个。', [[3, '个', '巾帼文明岗', 'national']]],
    ['全县5户家庭在全国最美家庭评选中榜上有名。', [[5, '户', '最美家庭', 'national']]],
    ['3户家庭被州妇联评为“最美家庭”。', [[3, '户', '最美家庭', 'municipal']]],
    ['2名妇女被评为盟级“巾帼建功标兵”。', [[2, '人', '巾帼建功标兵', 'municipal']]],
    ['全县共有23个集体和个人获得省级以上表彰。', [[23, '个', null, 'provincial']]],
  ])('%s', (s, want) => {
    expect(claimsOf(s).map(honor)).toEqual(want);
  });
  it('two quoted titles with a space between are two', () => {
    expect(claimsOf('某某村先后荣获“全国文明村” “全国民主法治示范村”称号。').map((c) => c.honor?.title)).toEqual(['文明村', '民主法治示范村']);
  });
  it('a title with 和 inside is one title', () => {
    expect(claimsOf('王家村获评“文明和谐家庭标兵户”。').map((c) => c.honor?.title)).toEqual(['文明和谐家庭标兵户']);
  });
});

describe('honor levels', () => {
  it.each([
    ['区优秀妇女工作者12名受到表彰。', COUNTY, 'county'],
    ['表彰县三八红旗手20名。', COUNTY, 'county'],
    ['表彰市巾帼文明岗15个。', CITY, 'municipal'],
    ['评选表彰省“最美家庭”10户。', PROVINCE, 'provincial'],
    ['全镇评出镇级文明家庭40户。', COUNTY, 'township'],
    ['获评全国巾帼建功先进集体2个。', COUNTY, 'national'],
    ['各级表彰“最美家庭”300户。', COUNTY, null],
    ['镇妇联表彰“好媳妇”12名。', COUNTY, 'township'],
    ['自治区妇联命名“最美家庭”50户。', PROVINCE, 'provincial'],
    ['社区妇联评选“好婆婆”8名。', COUNTY, null],
  ])('%s', (s, r, level) => {
    const [c] = claimsOf(s, r);
    expect([c.kind, c.honor?.level]).toEqual(['honor', level]);
  });

  it('全市 is the level of the city the article stands in', () => {
    const zhucheng = region('370782', '诸城市', 'county', '山东省', '潍坊市', '诸城市');
    expect(claimsOf('表彰全市三八红旗手50名。', COUNTY).map(honor)).toEqual([[50, '人', '三八红旗手', 'municipal']]);
    expect(claimsOf('表彰全市三八红旗手50名。', zhucheng).map(honor)).toEqual([[50, '人', '三八红旗手', 'county']]);
    expect(claimsOf('表彰全县三八红旗手50名。', COUNTY).map(honor)).toEqual([[50, '人', '三八红旗手', 'county']]);
  });
  it.each([
    ['王某家庭被喀什地区妇联评为“最美家庭”。', 'municipal'],
    ['5户家庭被黔东南苗族侗族自治州妇联命名为“文明家庭”。', 'municipal'],
    ['3名妇女被评为锡林郭勒盟“三八红旗手”。', 'municipal'],
    ['王某被鄂温克族自治旗妇联评为“好媳妇”。', 'county'],
    ['2户家庭被重庆市万州区妇联评为“最美家庭”。', 'county'],
    ['李某被宁夏回族自治区妇联评为“巾帼建功标兵”。', 'provincial'],
  ])('prefectures, leagues, banners and chains of places: %s', (s, level) => {
    expect(claimsOf(s, null).map((c) => c.honor?.level)).toEqual([level]);
  });
  it.each([
    ['表彰旗级“五好家庭”100户。', [[100, '户', '五好家庭', 'county']]],
    ['表彰全旗三八红旗手30名。', [[30, '人', '三八红旗手', 'county']]],
    ['3户家庭被评为地区级“最美家庭”。', [[3, '户', '最美家庭', 'municipal']]],
    ['表彰自治县级“巾帼建功标兵”15名。', [[15, '人', '巾帼建功标兵', 'county']]],
    ['评选表彰街道级“最美家庭”30户。', [[30, '户', '最美家庭', 'township']]],
  ])('banners, prefectures (地区), autonomous counties and streets as level words: %s', (s, want) => {
    expect(claimsOf(s, null).map(honor)).toEqual(want);
  });
  it('全州, 全盟 and 全旗 are the level of the article\'s own prefecture, league or banner', () => {
    const qdn = region('522600', '黔东南苗族侗族自治州', 'city', '贵州省', '黔东南苗族侗族自治州', null);
    const banner = region('150781', '满洲里市', 'county', '内蒙古自治区', '呼伦贝尔市', '满洲里市');
    expect(claimsOf('表彰全州三八红旗手50名。', qdn).map(honor)).toEqual([[50, '人', '三八红旗手', 'municipal']]);
    expect(claimsOf('评选全盟“最美家庭”40户。', null).map(honor)).toEqual([[40, '户', '最美家庭', 'municipal']]);
    expect(claimsOf('表彰全旗“好婆婆”20名。', banner).map(honor)).toEqual([[20, '人', '好婆婆', 'county']]);
    // 红旗 is no banner
    expect(claimsOf('评选“五四红旗团委”10个。', null).map(honor)).toEqual([[10, '个', '五四红旗团委', null]]);
  });
  it('in a municipality 市级 and 全市 are provincial, a district county', () => {
    expect(claimsOf('评选市级“最美家庭”100户。', BEIJING_DISTRICT).map(honor)).toEqual([[100, '户', '最美家庭', 'provincial']]);
    expect(claimsOf('表彰全市三八红旗手50名。', CHONGQING).map(honor)).toEqual([[50, '人', '三八红旗手', 'provincial']]);
    expect(claimsOf('表彰区级巾帼文明岗6个。', BEIJING_DISTRICT).map(honor)).toEqual([[6, '个', '巾帼文明岗', 'county']]);
  });

  it('the body that holds the ceremony gives its level to the honors reported there', () => {
    const text = '3月6日,县妇联召开纪念“三八”国际妇女节表彰大会。\n会上,表彰了优秀妇女工作者20名、最美家庭30户。';
    expect(claimsOf(text, CITY).map(honor)).toEqual([
      [20, '人', '优秀妇女工作者', 'county'],
      [30, '户', '最美家庭', 'county'],
    ]);
  });
  it('a conferring body earlier in the paragraph decides', () => {
    const cs = claimsOf('庆祝活动上,市妇联授予王某等10位同志“最美创业女性”称号;授予李某等5位同志“巾帼建功标兵”称号。', CITY);
    expect(cs.map((c) => c.honor?.level)).toEqual(['municipal', 'municipal']);
  });
  it('an event named in the headline decides for the whole article', () => {
    const cs = claimsOf('经过评审,最终评出金奖项目12个、银奖项目20个。', PROVINCE, '第三届甘肃省青年创业大赛颁奖典礼举行');
    expect(cs.map(honor)).toEqual([
      [12, '个', '金奖项目', 'provincial'],
      [20, '个', '银奖项目', 'provincial'],
    ]);
  });
  it('a title that opens with a province name is provincial', () => {
    // (a province's official short name is its level word, spec "Honors"; 齐鲁 is a literary name and stays)
    expect(claimsOf('8名妇女入选“重庆好人榜”。', null).map(honor)).toEqual([[8, '人', '好人榜', 'provincial']]);
    expect(claimsOf('王某家庭荣获“齐鲁最美家庭”称号。', COUNTY).map((c) => [c.honor?.title, c.honor?.level])).toEqual([['齐鲁最美家庭', 'provincial']]);
  });
  it('the host is who holds the meeting, not where it is held', () => {
    const cs = claimsOf('市妇联在我县召开现场推进会,会上为全县15个“巾帼创业示范基地”授牌。', COUNTY);
    expect(cs.map(honor)).toEqual([[15, '个', '巾帼创业示范基地', 'municipal']]);
  });
  it('an aggregate of all levels has no level; the titles it names are its examples, no claims of their own', () => {
    const cs = claimsOf('县妇联先后获得“全国巾帼文明岗”“全省三八红旗集体”等各级荣誉20余项。', COUNTY);
    expect(cs.map((c) => [c.value, c.honor?.title ?? null, c.honor?.level ?? null])).toEqual([[20, null, null]]);
  });
  it.each([
    ['县妇联被全国妇联授予“全国三八红旗集体”称号。全年表彰“五好家庭”120户。', COUNTY, [120, '户', '五好家庭', 'county']],
    ['市妇联被省妇联评为“巾帼建功先进集体”,全年评选表彰“最美家庭”50户。', CITY, [50, '户', '最美家庭', 'municipal']],
    ['县妇联被全国妇联授予“全国巾帼文明岗”称号;命名“好婆婆”30名。', COUNTY, [30, '人', '好婆婆', 'county']],
  ])('a body named after 被 confers only in its own sentence: %s', (s, r, want) => {
    expect(claimsOf(s, r).filter((c) => c.value !== null).map(honor)).toEqual([want]);
  });
  it("the article's own body confers when the sentence names none", () => {
    const text = '全年开展职工技能竞赛46场,评出技术能手60名。\n表彰优秀工会工作者30名。';
    expect(claimsOf(text, CITY, '市总工会2022年工作综述').filter((c) => c.kind === 'honor').map(honor)).toEqual([
      [60, '人', '技术能手', 'municipal'],
      [30, '人', '优秀工会工作者', 'municipal'],
    ]);
    // an honor received from an unnamed body keeps a null level
    expect(claimsOf('3户家庭获评“最美家庭”。', CITY, '市妇联2022年工作综述').map(honor)).toEqual([[3, '户', '最美家庭', null]]);
  });
  it('with no level word, body or event the level is null', () => {
    expect(claimsOf('20户家庭被评为“最美家庭”。').map(honor)).toEqual([[20, '户', '最美家庭', null]]);
  });
});

describe('verbs of conferring and nominations', () => {
  it.each([
    ['入选', '全县3个项目入选省巾帼创业示范项目。', 'provincial'],
    ['当选', '5户家庭当选全国“最美家庭”。', 'national'],
    ['荣膺', '2个集体荣膺全国“巾帼文明岗”称号。', 'national'],
    ['通报表扬', '通报表扬市级先进妇女之家15个。', 'municipal'],
  ])('%s', (_v, s, level) => {
    const [c] = claimsOf(s, CITY);
    expect([c.kind, c.honor?.level]).toEqual(['honor', level]);
  });
  it('a nomination is a count', () => {
    const [c] = claimsOf('向省妇联推荐全国三八红旗手候选人3名。', CITY);
    expect(c.kind).toBe('people');
  });
  it('授予 in another sense confers nothing', () => {
    expect(claimsOf('各平台已将其所有的版权统一授予版权保护中心进行维权。')).toEqual([]);
  });
  it('counted prizes of a contest take the level of the contest, not of the winners', () => {
    const cs = claimsOf('在全市巾帼创业创新大赛中,我县选手获得一等奖2个、二等奖3个。', COUNTY);
    expect(cs.map(honor)).toEqual([[2, '个', '一等奖', 'municipal'], [3, '个', '二等奖', 'municipal']]);
    expect(claimsOf('在第三届全国家庭教育征文比赛中,我县3篇作品获奖。').map((c) => [c.kind, c.honor?.level])).toEqual([['honor', 'national']]);
  });
  it('a grade of a prize is not the 等 of a list', () => {
    expect(claimsOf('县妇联选送的作品荣获省级二等奖,王某获得全国特等奖。').map((c) => [c.honor?.title, c.honor?.level])).toEqual([
      ['二等奖', 'provincial'],
      ['特等奖', 'national'],
    ]);
  });
  it('表彰奖励 is one verb', () => {
    expect(claimsOf('表彰奖励先进集体20个、先进个人50名。', COUNTY, '永善县妇联工作综述').map(honor)).toEqual([
      [20, '个', '先进集体', 'county'],
      [50, '人', '先进个人', 'county'],
    ]);
  });
  it('contest prizes won by named teams', () => {
    const cs = claimsOf('县妇联举办趣味运动会。拔河一等奖由县医院代表队获得;跳绳二等奖由城关镇和县教育局代表队夺得。');
    expect(cs.map((c) => [c.kind, c.honor?.title, c.honor?.level, c.honor?.recipient])).toEqual([
      ['honor', '拔河一等奖', 'county', '县医院代表队'],
      ['honor', '跳绳二等奖', 'county', '城关镇和县教育局代表队'],
    ]);
  });
});

describe('text outside the article body', () => {
  it('a marked lead, reading-time lines and related-news teasers give no claims', async () => {
    const { processPage } = await import('../src/pipeline.js');
    const page = [
      '某县妇联2023年工作综述',
      '发布时间:2024-01-10 全文约1800字,阅读约需5分钟',
      '内容导读:全年培训妇女3200余人次,发放贷款5000万元。',
      '2023年,县妇联团结带领全县妇女奋力拼搏。全年培训妇女3200余人次,发放创业担保贷款5000万元,新建妇女之家12个。',
      '县妇联还积极开展关爱活动,走访慰问困难妇女260户。',
      '新闻推荐',
      '市妇联举办培训班',
      '11月3日上午,全市妇联系统150名学员参加培训,学习了基层组织建设知识,体验了一次特殊...',
    ].join('\n');
    const doc = processPage({ id: 'lead', origin: 'lead', text: page, kind: 'text' });
    const claims = doc.articles.flatMap((a) => a.claims.map((c) => [c.value, c.unit]));
    expect(claims).toEqual([[3200, '人次'], [50000000, '元'], [12, '个'], [260, '户']]);
  });
});

describe('traditional-script pages', () => {
  it('corner brackets quote titles as “” do, and 获颁 confers', () => {
    expect(claimsOf('3名会员获评「杰出女性」,王某家庭被评为『最美家庭』。').map((c) => [c.kind, c.value, c.honor?.title])).toEqual([
      ['honor', 3, '杰出女性'],
      ['honor', null, '最美家庭'],
    ]);
    expect(claimsOf('县妇联获颁「全国巾帼文明岗」。').map((c) => [c.honor?.title, c.honor?.level, c.honor?.recipient])).toEqual([['巾帼文明岗', 'national', '县妇联']]);
  });
  it('a traditional page through the pipeline', async () => {
    const { processPage } = await import('../src/pipeline.js');
    const page = [
      '某縣婦聯2023年工作綜述',
      '全年共舉辦各類培訓班38期,培訓農村婦女400餘人次,爭取救助金67.6萬元,幫扶困難婦女1,280戶。',
      '縣婦聯被全國婦聯授予「全國三八紅旗集體」稱號,3戶家庭獲評省級「最美家庭」。全年表彰「五好家庭」120戶。',
      '全年共籌得善款約235萬澳門元。',
    ].join('\n');
    const doc = processPage({ id: 'trad', origin: 'trad', text: page, kind: 'text' });
    const got = doc.articles.flatMap((a) => a.claims.map((c) => [c.kind, c.value, c.unit, c.approx, c.honor?.title ?? null, c.subject]));
    // (the 元 of Macau is 元 in unit, its currency in classifier)
    expect(doc.articles[0].claims.at(-1)?.classifier).toBe('萬澳門元');
    expect(got).toEqual([
      // (subjects and titles as the page writes them)
      ['count', 38, '期', null, null, '培訓班'],
      ['people', 400, '人次', 'over', null, '農村婦女'],
      ['money', 676000, '元', null, null, '救助金'],
      ['count', 1280, '户', null, null, '困難婦女'],
      ['honor', null, null, null, '三八紅旗集體', null],
      ['honor', 3, '户', null, '最美家庭', '最美家庭'],
      ['honor', 120, '户', null, '五好家庭', '五好家庭'],
      ['money', 2350000, '元', 'about', null, '善款'],
    ]);
  });
});

describe('subjects', () => {
  const subj = (s: string) => claimsOf(s).map((c) => c.subject);
  it.each([
    ['投入资金不少于500万元。', ['资金']],
    ['争取项目资金不低于300万元。', ['项目资金']],
    ['筛查目标人群覆盖率不低于80%。', ['覆盖率']],
    ['农村妇女检查覆盖率提高8个百分点。', ['覆盖率']],
    ['贷款回收率提升2个百分点。', ['贷款回收率']],
  ])('a hedge or a change between the noun and the number is not part of it: %s', (s, want) => {
    expect(subj(s)).toEqual(want);
  });
  it.each([
    ['目标是建成妇女之家100个,目前已建成86个。', ['妇女之家', '妇女之家']],
    ['计划举办培训班20期,实际举办24期。', ['培训班', '培训班']],
    ['儿童之家已建成45所。', ['儿童之家']],
  ])('a clause of only adverbs and a verb takes the noun of its sentence or its topic: %s', (s, want) => {
    expect(subj(s)).toEqual(want);
  });
});

describe('plans whose verb the segmenter glues or splits', () => {
  it.each([
    ['计划新建妇女之家20个。'],
    ['今年计划再建儿童之家30所。'],
    ['拟新建巾帼示范基地15个。'],
    ['拟建儿童之家5所。'],
  ])('%s', (s) => {
    const cs = claimsOf(s);
    expect(cs.map((c) => [c.status, c.subject])).toEqual([['target', cs[0].subject]]);
    expect(cs[0].subject).toMatch(/之家|基地/);
  });
  it('a result beside a plan stays a result', () => {
    expect(claimsOf('已建成儿童之家120所,计划再建30所。').map((c) => c.status)).toEqual(['result', 'target']);
  });
});

describe('counts that a programme head or a bare 万 hid', () => {
  it.each([
    ['建成十个服务站。', ['count', 10, null, '个', null]],
    ['新建十几个服务站。', ['count', 10, null, '个', 'over']],
    ['实施五个建设项目。', ['count', 5, null, '个', null]],
  ])('a programme head that opens a facility or project name: %s', (s, want) => {
    expect(claimsOf(s).map(brief)).toEqual([want]);
  });
  it('programmes named by their number stay no claims', () => {
    expect(claimsOf('落实八项服务承诺,推进三个服务,开展四项服务。')).toEqual([]);
  });
  it.each([
    ['受益人数达3.6万。', ['people', 36000, null, '人', null]],
    ['参与人次突破10万。', ['people', 100000, null, '人次', 'over']],
    ['受益群众人数超过3万。', ['people', 30000, null, '人', 'over']],
  ])('a bare 万 after 人数 or 人次 counts persons: %s', (s, want) => {
    expect(claimsOf(s).map(brief)).toEqual([want]);
  });
  it('不等 after a range is not the subject', () => {
    expect(claimsOf('发放救助金1.5万-3万元不等。').map((c) => c.subject)).toEqual(['救助金']);
  });
});

describe('honors counted in aggregate', () => {
  it.each([
    ['获得省级以上表彰80余次。', [80, '次', null, 'provincial']],
    ['先后受到省、市表彰20余次。', [20, '次', null, 'provincial']],
    ['县妇联先后18次获得全国、省、市表彰。', [18, '次', null, 'national']],
  ])('times honored: %s', (s, want) => {
    const cs = claimsOf(s);
    expect(cs.map((c) => c.kind)).toEqual(['honor']);
    expect(cs.map(honor)).toEqual([want]);
  });
  it('times of an event are counts', () => {
    expect(claimsOf('开展评选表彰活动5次,召开表彰大会3次,组织“最美家庭”评选活动12次。').map((c) => c.kind)).toEqual(['count', 'count', 'count']);
  });
  it('the items of a list share the 受到表彰 after the last', () => {
    expect(claimsOf('共有18个集体、35名个人受到表彰。').map((c) => c.kind)).toEqual(['honor', 'honor']);
    expect(claimsOf('其中,12个先进集体和40名先进个人受到表彰。', CITY).map((c) => c.kind)).toEqual(['honor', 'honor']);
  });
});

describe('per-unit bases', () => {
  it.each([
    ['每名学生资助2000元至5000元。', '人'],
    ['为每位贫困母亲发放慰问金500元。', '人'],
    ['每期培训学员50人。', '期'],
    ['每场讲座参与群众200余人。', '场'],
    ['每个县推荐候选家庭5户。', '县'],
    ['每个乡镇建成妇女之家1个。', '乡镇'],
    ['每个社区配备专职人员2名。', '社区'],
  ])('%s', (s, per) => {
    expect(claimsOf(s).map((c) => c.per)).toEqual([per]);
  });
});

describe('a hedge between a small multiplier and 万', () => {
  it.each([
    ['投入资金3千余万元。', ['money', 30000000, null, '元', 'over']],
    ['争取资金5百余万元。', ['money', 5000000, null, '元', 'over']],
    ['募集善款2千多万元。', ['money', 20000000, null, '元', 'over']],
  ])('%s', (s, want) => {
    expect(claimsOf(s).map(brief)).toEqual([want]);
  });
});

describe('the subject of a rate that changed', () => {
  it.each([
    ['贫困发生率由2015年的12.5%下降到0.3%。', ['贫困发生率', '贫困发生率']],
    ['妇女参与率从2018年的65%提高到89%。', ['参与率', '参与率']],
  ])('%s', (s, want) => {
    expect(claimsOf(s).map((c) => c.subject)).toEqual(want);
  });
});

describe('thousands separators', () => {
  it('a comma inside 3,200 ends no clause', () => {
    const cs = claimsOf('为3,200名困难母亲发放救助金共计96万元。');
    expect(cs.map((c) => [c.value, c.text])).toEqual([
      [3200, '为3,200名困难母亲发放救助金共计96万元'],
      [960000, '为3,200名困难母亲发放救助金共计96万元'],
    ]);
  });
  it('其中 after a total with separators still breaks it down', () => {
    const cs = claimsOf('培训妇女12,600人次,其中农村妇女8,400人次。');
    expect(cs.map((c) => [c.value, c.partOf])).toEqual([[12600, null], [8400, cs[0].span]]);
  });
  it('a comma between years is a clause end', () => {
    expect(claimsOf('培训妇女300人,2020年培训500人。').map((c) => c.text)).toEqual(['培训妇女300人', '2020年培训500人']);
  });
});

describe('praise written after the praised', () => {
  it.each([
    ['对王某某等100名“三八红旗手”进行了表彰。', [[100, '人', '三八红旗手', null]]],
    ['对10个先进集体和30名先进个人予以通报表扬。', [[10, '个', '先进集体', null], [30, '人', '先进个人', null]]],
    ['对20户“最美家庭”给予表彰。', [[20, '户', '最美家庭', null]]],
  ])('%s', (s, want) => {
    const cs = claimsOf(s);
    expect(cs.every((c) => c.kind === 'honor')).toBe(true);
    expect(cs.map(honor)).toEqual(want);
  });
  it('items joined by 和 keep their own quoted titles', () => {
    expect(claimsOf('表彰了刘某某等20个“三八红旗集体”和王某等50名“三八红旗手”。').map(honor)).toEqual([
      [20, '个', '三八红旗集体', null],
      [50, '人', '三八红旗手', null],
    ]);
  });
});

describe('titles of the unions and the youth league', () => {
  it.each([
    ['评选“齐鲁工匠”12名。', [[12, '人', '齐鲁工匠', 'provincial']]],
    ['3人获评“八桂工匠”。', [[3, '人', '八桂工匠', 'provincial']]],
    ['县总工会荣获“全国工人先锋号”称号,3个班组获评省级“工人先锋号”。', [[null, null, '工人先锋号', 'national'], [3, '个', '工人先锋号', 'provincial']]],
  ])('%s', (s, want) => {
    expect(claimsOf(s).map(honor)).toEqual(want);
  });
  it('the noun after 适配 is what is counted', () => {
    expect(claimsOf('为5800名残疾人适配辅助器具8600件。').map((c) => c.subject)).toEqual(['残疾人', '辅助器具']);
  });
});

describe('hours of a day that describe a service', () => {
  it('are no claims', () => {
    expect(claimsOf('开通24小时心理援助热线,提供12小时在线咨询服务。')).toEqual([]);
  });
  it('hours worked or taught are counts', () => {
    expect(claimsOf('开展志愿服务时长2.3万小时,累计培训课时达24小时以上。').map(brief)).toEqual([
      ['count', 23000, null, '小时', null],
      ['count', 24, null, '小时', 'over'],
    ]);
    expect(claimsOf('每期培训16小时。').map((c) => [c.value, c.per, c.subject])).toEqual([[16, '期', '培训']]);
  });
});

describe('lists the article introduces', () => {
  it.each([
    ['numbered', ['1.培训妇女3000人次', '2.发放贷款2000万元', '3.建成妇女之家20个']],
    ['bulleted', ['◆ 培训妇女3000人次', '◆ 发放贷款2000万元', '◆ 建成妇女之家20个']],
    ['dotted', ['● 培训妇女3000人次', '● 发放贷款2000万元', '● 建成妇女之家20个']],
  ])('%s items after a lead-in with a colon are text', async (_k, items) => {
    const { processPage } = await import('../src/pipeline.js');
    const page = ['某县妇联工作总结', '2023年工作成效显著,主要数据如下:', ...items].join('\n');
    const doc = processPage({ id: 'list', origin: 'list', text: page, kind: 'text' });
    expect(doc.articles.map((a) => a.title)).toEqual(['某县妇联工作总结']);
    expect(doc.articles.flatMap((a) => a.claims.map((c) => [c.value, c.unit, c.text]))).toEqual([
      [3000, '人次', '培训妇女3000人次'],
      [20000000, '元', '发放贷款2000万元'],
      [20, '个', '建成妇女之家20个'],
    ]);
  });
  it.each([
    ['numbered, between paragraphs', ['1.举办农村妇女技能培训班42期', '2.培训农村妇女3200余人次', '3.发放创业担保贷款1500万元'], '下一步,县妇联将继续做好各项工作。'],
    ['bulleted, at the end of the page', ['◆新建儿童之家12个', '◆走访慰问困难妇女260户', '◆争取救助资金45.6万元'], null],
    ['numbered sentences, then furniture', ['1、全年培训女性创业者860名;', '2、新建“妇女微家”35个;', '3、筹集帮扶资金128万元。'], '责任编辑:王芳'],
  ])('a list of figures after a paragraph is text with no lead-in: %s', async (_k, items, after) => {
    const { processPage } = await import('../src/pipeline.js');
    const page = ['某县妇联2023年工作综述', '2023年,县妇联围绕中心、服务大局,扎实推进各项工作。', ...items, ...(after ? [after] : [])].join('\n');
    const doc = processPage({ id: 'list', origin: 'list', text: page, kind: 'text' });
    expect(doc.articles.flatMap((a) => a.claims.map((c) => c.text))).toEqual(items.map((l) => l.replace(/^(\d[.、]|◆)/, '').replace(/[;。]$/, '')));
  });
  it('a run of numbered headlines after the story, with no figures or sentences, stays out', async () => {
    const { processPage } = await import('../src/pipeline.js');
    const page = ['某县妇联举办培训班', '县妇联今天举办了技能培训班,共培训妇女120人。', '1 我县召开妇女代表大会', '2 市妇联领导来我县调研 座谈妇女工作', '3 全县举办“三八”系列活动'].join('\n');
    const doc = processPage({ id: 'rank', origin: 'rank', text: page, kind: 'text' });
    expect(doc.articles.map((a) => a.text)).toEqual(['县妇联今天举办了技能培训班,共培训妇女120人。']);
  });
  it('a numbered list of headlines without a lead-in stays out', async () => {
    const { processPage } = await import('../src/pipeline.js');
    const page = ['某县妇联2023年工作综述', '2023年,县妇联培训妇女3000人次,发放贷款2000万元。', '新闻排行', '1.某镇妇联举办培训班 培训学员120人', '2.某村开展“两癌”筛查 惠及妇女300人'].join('\n');
    const doc = processPage({ id: 'rank', origin: 'rank', text: page, kind: 'text' });
    expect(doc.articles.flatMap((a) => a.claims.map((c) => c.value))).toEqual([3000, 20000000]);
  });
});

describe('bare items of a list of amounts', () => {
  it.each([
    // (两期培训班 counts two sessions: 期 before a noun of teaching is no phase of a project)
    ['两期培训班分别培训学员120人、150人。', ['培训班', '学员', '学员']],
    ['参训学员分别为80人、95人和102人。', ['参训学员', '参训学员', '参训学员']],
  ])('count what the item before counts: %s', (s, want) => {
    expect(claimsOf(s).map((c) => c.subject)).toEqual(want);
  });
  it('a bracket before 其中 is no part of the subject', () => {
    expect(claimsOf('培训村妇联主席320人(其中新任主席86人)。').map((c) => c.subject)).toEqual(['村妇联主席', '新任主席']);
  });
});

describe('recipients', () => {
  it.each([
    ['王某某(女,1978年生)被评为“最美家庭”。', '王某某'],
    ['张某(女,汉族,中共党员)荣获“全国三八红旗手”称号。', '张某'],
    ['县妇联连续三年被市妇联评为“综合考核优秀单位”。', '县妇联'],
    ['该村2023年被评为“美丽乡村示范村”。', '该村'],
  ])('the name without what stands around it: %s', (s, who) => {
    expect(claimsOf(s).map((c) => c.honor?.recipient)).toEqual([who]);
  });
});

describe('subjects of funds and scope words', () => {
  it.each([
    ['全县妇联系统共争取各类资金980余万元。', '资金'],
    ['妇联系统争取资金980余万元。', '资金'],
    ['链接社会爱心资源价值320万元。', '社会爱心资源'],
    ['覆盖各族妇女群众45万人次。', '妇女群众'],
  ])('%s', (s, want) => {
    expect(claimsOf(s).map((c) => c.subject)).toEqual([want]);
  });
});

describe('荣登 a list, and the body inside a title', () => {
  it('荣登…榜 confers; 荣登 the news does not', () => {
    expect(claimsOf('李某荣登“中国好人榜”。').map((c) => [c.honor?.title, c.honor?.level, c.honor?.recipient])).toEqual([['好人榜', 'national', '李某']]);
    expect(claimsOf('县妇联工作荣登中央新闻联播。')).toEqual([]);
  });
  it.each([
    ['县妇联荣获县委、县政府年度综合考核一等奖。', '年度综合考核一等奖', 'county'],
    ['县妇联荣获市政府颁发的“巾帼建功先进集体”称号。', '巾帼建功先进集体', 'municipal'],
  ])('the government named after the level word conferred the title: %s', (s, title, level) => {
    expect(claimsOf(s, CITY).map((c) => [c.honor?.title, c.honor?.level])).toEqual([[title, level]]);
  });
});

describe('elliptical items of a list of counts', () => {
  it.each([
    ['共创建全国巾帼文明岗3个、自治区级12个、州级45个。', ['巾帼文明岗', '巾帼文明岗', '巾帼文明岗']],
    ['建成省级示范儿童之家5所、市级20所。', ['示范儿童之家', '示范儿童之家']],
  ])('take the noun of their list: %s', (s, want) => {
    expect(claimsOf(s).map((c) => c.subject)).toEqual(want);
  });
});

describe('a verb after the counted noun ends it', () => {
  it.each([
    ['邀请3位专家授课。', '专家'],
    ['联合县卫健局等6个部门开展活动。', '部门'],
    ['组织50名志愿者参加活动。', '志愿者'],
  ])('%s', (s, want) => {
    expect(claimsOf(s).map((c) => c.subject)).toEqual([want]);
  });
});

describe('times written in brackets', () => {
  it.each([
    ['接待来访568件(次)。', ['count', 568, null, '件次', null]],
    ['慰问困难家庭320户（次）。', ['count', 320, null, '户次', null]],
  ])('%s', (s, want) => {
    expect(claimsOf(s).map(brief)).toEqual([want]);
  });
});

describe('organs directly under a level', () => {
  it.each([
    ['表彰县直机关“三八红旗手”20名。', [20, '人', '三八红旗手', 'county']],
    ['评选市直单位“巾帼文明岗”10个。', [10, '个', '巾帼文明岗', 'municipal']],
    ['表彰州直机关优秀妇女工作者15名。', [15, '人', '优秀妇女工作者', 'municipal']],
  ])('%s', (s, want) => {
    expect(claimsOf(s, null).map(honor)).toEqual([want]);
  });
});

describe('prizes counted after a total', () => {
  it('其中一等奖1名 is an honor of the contest', () => {
    const cs = claimsOf('在全省技能大赛中,我县3名选手获奖,其中一等奖1名、二等奖2名。');
    expect(cs.map((c) => [c.kind, ...honor(c)])).toEqual([
      ['honor', 3, '人', null, 'provincial'],
      ['honor', 1, '人', '一等奖', 'provincial'],
      ['honor', 2, '人', '二等奖', 'provincial'],
    ]);
  });
  it("the recipients' own county is not the level, and their count is one claim", () => {
    const cs = claimsOf('我县选送的3件作品分别获得一等奖和二等奖。');
    expect(cs.map((c) => [c.value, c.unit, c.honor?.level])).toEqual([[3, '件', null]]);
  });
});

describe('units: 批次 and 个(次); lines counted after 热线', () => {
  it.each([
    ['组织开展招聘会48批次。', ['count', 48, null, '批次', null]],
    ['组织职工疗休养35批(次)。', ['count', 35, null, '批次', null]],
    ['开展送温暖活动126个(次)。', ['count', 126, null, '个次', null]],
    ['开通心理咨询热线12条。', ['count', 12, null, '条', null]],
    ['设立法律援助热线8条。', ['count', 8, null, '条', null]],
    ['妇女维权热线12338全天候接听。', null],
  ])('%s', (s, want) => {
    expect(claimsOf(s).map(brief)).toEqual(want ? [want] : []);
  });
});

describe('praise with the praising body between 受到 and 表彰', () => {
  it.each([
    ['26名个人受到省委省政府表彰。', [[26, '人', null, 'provincial']]],
    ['共有18个集体和26名个人受到省委、省政府表彰。', [[18, '个', null, 'provincial'], [26, '人', null, 'provincial']]],
    ['15个集体受到市委市政府通报表扬。', [[15, '个', null, 'municipal']]],
    ['32名职工受到全国总工会表彰。', [[32, '人', '职工', 'national']]],
    ['12名青年受到团中央表彰。', [[12, '人', '青年', 'national']]],
  ])('%s', (s, want) => {
    const cs = claimsOf(s, null);
    expect(cs.map((c) => c.kind)).toEqual(want.map(() => 'honor'));
    expect(cs.map(honor)).toEqual(want);
  });
});

describe('a body that receives an honor does not confer the next one', () => {
  it.each([
    ['兰州市妇联被授予“全国巾帼建功先进集体”称号。共评选表彰“最美家庭”500户。', [500, '户', '最美家庭', null]],
    ['兰州市妇联被授予“全国巾帼建功先进集体”称号,全年共评选表彰“最美家庭”500户。', [500, '户', '最美家庭', null]],
    ['天水市妇联荣获全国三八红旗集体称号。全年评出“最美家庭”300户。', [300, '户', '最美家庭', null]],
    ['酒泉市总工会被评为全国模范职工之家。全年表彰劳动模范50名。', [50, '人', '劳动模范', null]],
  ])('%s', (s, want) => {
    expect(claimsOf(s, PROVINCE).filter((c) => c.value !== null).map(honor)).toEqual([want]);
  });
});

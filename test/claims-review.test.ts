// Rules from the review of fresh pages (review12): status of plans and their parts, hedges, per, names, honors.
// Sentences of our own, several wordings and counter-examples each.
import { describe, expect, it } from 'vitest';
import { extractFrom, region } from './extract-helpers.js';

const county = region('511302', '顺庆区', 'county', '四川省', '南充市', '顺庆区');
const claimOf = (text: string, needle: string, r = county) => extractFrom(text, r).find((c) => text.slice(c.span[0], c.span[1] + 2).includes(needle));

describe('status: a year\'s plan, what a plan brings, the future 将 before a verb of receiving', () => {
  it.each([
    ['2019年计划技能培训人数60人,创业扶持12人,建设康复站3个。', ['60人', '12人', '3个']],
    ['今年计划妇女创业培训200人,小额贷款发放300万元。', ['200人', '300万元']],
    ['县妇联计划使200名留守儿童受益。', ['200名']],
    ['这批项目将使3000名群众受益。', ['3000名']],
    ['困难学生分别将得到3000元和6000元资助。', ['3000元', '6000元']],
    ['入选的50户家庭将获得2000元奖励。', ['2000元']],
  ])('%s', (text, needles) => {
    for (const n of needles) expect(claimOf(text, n)?.status, n).toBe('target');
  });
  it.each([
    ['2018年培训人数90人,就业扶持30人。', '90人'],
    ['2019年计划的完成情况较好,全年培训80人。', '80人'],
    ['今年全县已有300名困难学生得到2000元资助。', '2000元'],
    ['共培训妇女500人,使1200名群众受益。', '1200名'],
  ])('a result stays a result: %s', (text, needle) => {
    expect(claimOf(text, needle)?.status).toBe('result');
  });
});

describe('status: the parts of a planned total are planned', () => {
  it.each([
    ['今年全区将承担300名残疾儿童康复救助任务,其中听障儿童120名、孤独症儿童30名。', ['120名', '30名']],
    ['明年拟投入资金500万元,其中市级200万元、区级300万元。', ['200万元', '300万元']],
    ['计划培训农村妇女1000人,其中种植技术培训600人。', ['600人']],
  ])('%s', (text, needles) => {
    for (const n of needles) expect(claimOf(text, n)?.status, n).toBe('target');
  });
  it.each([
    ['今年计划培训妇女1000人,其中已完成800人。', '800人'],
    ['共培训妇女1000人,其中农村妇女700人。', '700人'],
  ])('a part reported done, or of a total done, is a result: %s', (text, needle) => {
    expect(claimOf(text, needle)?.status).toBe('result');
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
    expect(claimOf(text, needle)?.approx).toBe(approx);
  });
  it.each([
    ['双方签约获得600万元。', '600万元'],
    ['补助标准为每人8000元。', '8000元'],
    ['最近每人补助500元。', '500元'],
  ])('no hedge: %s', (text, needle) => {
    expect(claimOf(text, needle)?.approx).toBeNull();
  });
});

describe('per: a total after a per-unit amount is no amount per unit', () => {
  it.each([
    ['助学金每人600元共计9.6万元。', '600元', '9.6万元'],
    ['为20名学生每人发放4000元、共计8万元的助学金。', '4000元', '8万元'],
    ['每户慰问金500元,合计发放3万元。', '500元', '3万元'],
  ])('%s', (text, per, total) => {
    expect(claimOf(text, per)?.per).toBe(text.includes('每户') ? '户' : '人');
    expect(claimOf(text, total)?.per).toBeNull();
  });
  it.each([
    ['每户补助1000元和2000元。', '2000元', '户'],
    ['每人每月发放300元。', '300元', '人'],
  ])('still per unit: %s', (text, needle, per) => {
    expect(claimOf(text, needle)?.per).toBe(per);
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
    expect(claimOf(text, needle)).toBeUndefined();
  });
  it.each([
    ['为图书室捐赠图书三本。', '三本', 3],
    ['全年发放残疾人两项补助资金180万元。', '180万元', 1800000],
    ['新建两项补助服务站2个。', '2个', 2],
  ])('counts stay: %s', (text, needle, value) => {
    expect(claimOf(text, needle)?.value).toBe(value);
  });
});

describe('honors: a title with a quote inside, its suffix longer than four characters', () => {
  it.each([
    ['共有12个团支部获得南充“五四”红旗团支部荣誉称号。', '12个', '五四红旗团支部'],
    ['授予某某等9个团支部南充“五四”红旗团支部称号。', '9个', '五四红旗团支部'],
    ['30户家庭被评为“美丽庭院”示范户。', '30户', '美丽庭院示范户'],
  ])('%s', (text, needle, title) => {
    expect(claimOf(text, needle)?.honor?.title).toBe(title);
  });
});

describe('honors: a dash or an open bracket ends a title', () => {
  it.each([
    ['涌现出了全国最美家庭--某镇某村教师李某某家庭(全县仅2家)。', '2家', '最美家庭'],
    ['涌现出全国五好文明家庭——某村张某某家庭(全市共5户)。', '5户', '五好文明家庭'],
  ])('%s', (text, needle, title) => {
    expect(claimOf(text, needle)?.honor?.title).toBe(title);
  });
});

import { describe, expect, it } from 'vitest';
import { regionOfText } from '../src/stages/region.js';

// Region rules of the second pass, each with sentences written for it (several wordings and
// counter-examples). No page text: every sentence here is made up for the rule.

const name = (text: string, title: string | null = null) => regionOfText(text, title)?.name ?? null;

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

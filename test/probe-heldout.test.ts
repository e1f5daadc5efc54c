import { describe, expect, it } from 'vitest';
import { extractFrom } from './extract-helpers.js';
import type { Claim, ClaimStatus, Region } from '../src/doc.js';
import { regionOfText } from '../src/stages/region.js';
import { classifyLines } from '../src/stages/clean/text.js';

// Sentences of our own in the genre, written after measuring the tool on a held-out set of work
// summaries from provinces outside the corpus (yearbook entries, 妇儿规划 monitoring, 希望工程 news,
// pages with metadata lines). Each rule in several wordings.

const COUNTY: Region = {
  code: '530625', name: '永善县', level: 'county',
  province: '云南省', city: '昭通市', county: '永善县', town: null,
};

function claimsOf(text: string, r: Region | null = COUNTY): Claim[] {
  return extractFrom(text, r);
}

const expr = (text: string, c: Claim) => text.slice(c.span[0], c.span[1]);

/** [number expression as written, status] for every claim, in text order. */
function statuses(text: string): [string, ClaimStatus][] {
  return claimsOf(text).map((c) => [expr(text, c), c.status]);
}

const R = 'result' as const;

describe('status: an indicator that reached its target is a result (达到目标要求, 达到规划目标值)', () => {
  it.each([
    ['对县妇女发展规划的30项指标开展评估,有28项指标达到目标要求。', [['30', R], ['28', R]]],
    ['经中期评估,全市儿童发展纲要29项指标中有26项达到规划目标值,达标率89.7%。', [['29', R], ['26', R], ['89.7%', R]]],
    ['全区42项监测指标已有39项达到年度目标。', [['42', R], ['39', R]]],
    ['妇女规划的34项可量化指标中,31项达到目标,达标率91.2%。', [['34', R], ['31', R], ['91.2%', R]]],
  ] as [string, [string, ClaimStatus][]][])('%s', (s, want) => {
    expect(statuses(s)).toEqual(want);
  });

  it('a goal still to reach stays a target', () => {
    expect(statuses('力争到年底有30项指标达到目标要求。')).toEqual([['30', 'target']]);
    expect(statuses('今年的目标是培训农村妇女5000人次。')).toEqual([['5000', 'target']]);
  });
});

describe('status: a run-in heading in 【】 speaks for itself only (yearbook entries)', () => {
  it.each([
    ['【“十四五”妇儿规划实施情况】 2023年,县妇儿工委对27项指标进行监测,有24项达标。', [['27', R], ['24', R]]],
    ['【巾帼建功计划实施】 全年评选巾帼建功标兵15名,巾帼文明岗8个。', [['15', R], ['8', R]]],
    ['【妇女发展规划实施监测】 区妇儿工委对32项指标开展监测评估,全部达标。', [['32', R]]],
  ] as [string, [string, ClaimStatus][]][])('%s', (s, want) => {
    expect(statuses(s)).toEqual(want);
  });

  it('a plan marker after the heading still governs its sentence', () => {
    expect(statuses('【概况】 2024年,县妇联计划培训农村妇女2000人次。')).toEqual([['2000', 'target']]);
  });
});

describe('not claims: a share floor that defines who qualifies (占比超60%…的岗位)', () => {
  it.each([
    ['巾帼文明岗授予女职工占比超60%、服务优质的班组。', []],
    ['女职工占比超过50%的企业有120家。', [['count', 120]]],
    ['评选对象为女性成员比例达70%以上、业绩突出的集体,全县共评出18个。', [['honor', 18]]],
    ['申报单位须为女性员工比重不低于50%的合作社,今年扶持合作社26家。', [['count', 26]]],
  ] as [string, [string, number][]][])('%s', (s, want) => {
    expect(claimsOf(s).map((c) => [c.kind, c.value])).toEqual(want);
  });

  it('a share reported stays a claim', () => {
    expect(claimsOf('全市女干部占比达到41.3%,比上年提高2个百分点。').map((c) => c.value)).toEqual([41.3, 2]);
    expect(claimsOf('全县女性村委委员占比超过30%。').map((c) => c.value)).toEqual([30]);
  });
});

describe('not claims: university admission tiers in aid criteria (二本及以上)', () => {
  it.each([
    ['资助对象为考入二本及以上院校的困难家庭学生,今年共资助120名学生。', [120]],
    ['凡被二本院校录取的建档立卡家庭新生均可申请,每人资助5000元。', [5000]],
    ['今年考入一本院校的受助学生有45人,达到二本线的有80人。', [45, 80]],
  ])('%s', (s, want) => {
    expect(claimsOf(s).map((c) => c.value)).toEqual(want);
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

describe('bare 万 before a people noun with several modifiers (37万贫困建档立卡妇女)', () => {
  it.each([
    ['对全省37万贫困建档立卡妇女实施“两癌”免费检查。', ['people', 370000, '人']],
    ['为5.6万城乡低保家庭残疾人发放生活补贴。', ['people', 56000, '人']],
    ['全区2.4万农村建档立卡贫困妇女参加技能培训。', ['people', 24000, '人']],
  ])('%s', (s, want) => {
    expect(claimsOf(s).map((c) => [c.kind, c.value, c.unit])).toEqual([want]);
  });

  it('a classifier after 万 still decides', () => {
    expect(claimsOf('全县3万亩高标准农田由妇女合作社管理。').map((c) => [c.kind, c.unit])).toEqual([['count', '亩']]);
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
  ])('%s', (s, want) => {
    expect(claimsOf(s).map((c) => c.approx)).toEqual([want]);
  });

  it('最高 before a noun is no hedge', () => {
    expect(claimsOf('全县妇联系统获得全国最高荣誉3项。').map((c) => c.approx)).toEqual([null]);
    // a figure reached is exact: no ceiling word before 达
    expect(claimsOf('全县受助妇女可达500人。').map((c) => c.approx)).toEqual([null]);
  });
});

import { describe, expect, it } from 'vitest';
import { extractFrom } from './extract-helpers.js';
import type { Claim, ClaimStatus, Region } from '../src/doc.js';

// Sentences of our own in the genre (妇联, 工会, 共青团, 残联 work summaries and plans): how far a plan
// marker reaches, and the words that look like plan markers and are not. Several wordings per rule,
// with counter-examples that must keep their status.

const PROVINCE: Region = {
  code: '150000', name: '内蒙古自治区', level: 'province',
  province: '内蒙古自治区', city: null, county: null, town: null,
};

function claimsOf(text: string, date: string | null = null): Claim[] {
  return extractFrom(text, PROVINCE, null, date);
}

const expr = (text: string, span: [number, number]) => text.slice(span[0], span[1]);

/** [number expression as written, status] for every claim, in text order. */
function statuses(text: string, date: string | null = null): [string, ClaimStatus][] {
  return claimsOf(text, date).map((c) => [expr(text, c.span), c.status]);
}

const T = 'target' as const;
const R = 'result' as const;
type Table = [string, [string, ClaimStatus][]][];

describe('status: 将 before a noun and its figure, then the verb, is the disposal 将 (把), not the future', () => {
  it.each([
    ['各旗县妇联举行发放仪式,将救助金48万元发放给48名困难母亲。', [['48万', R], ['48', R]]],
    ['区残联将帮扶款12万元分发给60户残疾人家庭。', [['12万', R], ['60', R]]],
    ['市总工会将慰问金30万元送到200名困难职工手中。', [['30万', R], ['200', R]]],
    ['团县委将助学金8万元交给40名受助学生。', [['8万', R], ['40', R]]],
    // the future: a verb right after 将
    ['下一步,市妇联将救助困难母亲200名。', [['200', T]]],
    ['县残联将发放帮扶款12万元。', [['12万', T]]],
    ['明年市妇联将纳入救助范围的困难母亲增加到300名。', [['300', T]]],
    ['市妇联将发放给48名困难母亲救助金48万元。', [['48', T], ['48万', T]]],
  ] as Table)('%s', (s, want) => {
    expect(statuses(s)).toEqual(want);
  });
});

describe('status: 争取到 with a year that names the funds obtained is no plan', () => {
  it.each([
    ['自治区妇联向全国妇联争取到2019年“母亲健康快车”项目资金120万元。', [['120万', R]]],
    ['市残联争取到2020年度中央专项彩票公益金300万元,救助残疾儿童150名。', [['300万', R], ['150', R]]],
    // a year to reach
    ['县妇联争取到2030年底培训妇女5000人。', [['5000', T]]],
    ['团市委争取到2028年前建成青年之家30个。', [['30', T]]],
  ] as Table)('%s', (s, want) => {
    expect(statuses(s)).toEqual(want);
  });
});

describe('status: a year reported as past (2015年以来) is no later than the article, whatever its date says', () => {
  it.each([
    ['2019年以来,县妇联发放贴息贷款36人。2019年,县妇联收到春蕾资助款5万元,资助女童40名。2020年,县妇联将培训妇女800人。',
      [['36', R], ['5万', R], ['40', R], ['800', T]]],
  ] as Table)('%s', (s, want) => {
    expect(statuses(s, '2018-03-01')).toEqual(want);
  });
  it('a dated article with no year of the past keeps its date', () => {
    expect(statuses('2019年,县妇联培训妇女800人。', '2018-03-01')).toEqual([['800', T]]);
  });
});

describe('status: 将 with a verb that closes its clause is the future, and governs the figures after it', () => {
  it.each([
    ['全区三八红旗手评选活动也将开启,评选出200名三八红旗手和50个三八红旗集体。', [['200', T], ['50', T]]],
    ['“最美家庭”寻找活动还将陆续展开,推选出100户“最美家庭”。', [['100', T]]],
    ['职工技能大赛即将举行,共设12个比赛项目。', [['12', T]]],
    // the disposal 将 keeps its reading
    ['县残联将10809名残疾人纳入低保。', [['10809', R]]],
  ] as Table)('%s', (s, want) => {
    expect(statuses(s)).toEqual(want);
  });
});

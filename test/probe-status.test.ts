import { describe, expect, it } from 'vitest';
import type { Article, Claim, ClaimStatus, Doc, Region } from '../src/doc.js';
import { extractClaims } from '../src/stages/extract/claims.js';
import { foldWidth } from '../src/stages/normalize.js';
import { segment } from '../src/stages/segment.js';

// Sentences of our own in the genre, written after probing work summaries of provinces outside the
// corpus (工会, 妇联, 共青团, 残联): status, subject, partOf, per and period, several wordings per rule.

const COUNTY: Region = {
  code: '530625', name: '永善县', level: 'county',
  province: '云南省', city: '昭通市', county: '永善县', town: null,
};

function claimsOf(text: string, date: string | null = null): Claim[] {
  const article: Article = {
    index: 0, title: null, date, source: null, authors: [], url: null,
    text, norm: foldWidth(text), tokens: segment(text), claims: [], region: COUNTY,
  };
  const doc: Doc = { id: 't', origin: 't', encoding: null, isHtml: false, raw: text, articles: [], warnings: [] };
  return extractClaims(article, doc);
}

const expr = (text: string, span: [number, number]) => text.slice(span[0], span[1]);

/** [number expression as written, status] for every claim, in text order. */
function statuses(text: string): [string, ClaimStatus][] {
  return claimsOf(text).map((c) => [expr(text, c.span), c.status]);
}

function subjects(text: string): (string | null)[] {
  return claimsOf(text).map((c) => c.subject?.replace(/[“”]/g, '') ?? null);
}

/** Links as "part→total", with the number expressions as written. */
function links(text: string): string[] {
  return claimsOf(text).filter((c) => c.partOf).map((c) => `${expr(text, c.span)}→${expr(text, c.partOf!)}`);
}

const T = 'target' as const;
const R = 'result' as const;

describe('status: funds handed down are results, a quota handed down is a target', () => {
  it.each([
    ['省财政下达省级彩票公益金9530万元,支持残疾儿童康复救助。', [['9530万', R]]],
    ['自治区总工会向各盟市工会下达帮扶资金2600万元。', [['2600万', R]]],
    ['团省委累计下达希望工程助学款1.3亿元。', [['1.3亿', R]]],
    ['市残联向各县区下达康复救助任务1800人。', [['1800', T]]],
    ['省妇联下达我市“两癌”检查指标3万人。', [['3万', T]]],
    ['县残联下达各乡镇残疾人就业培训计划500人。', [['500', T]]],
  ] as [string, [string, ClaimStatus][]][])('%s', (s, want) => {
    expect(statuses(s)).toEqual(want);
  });
});

describe('status: a target passed is a result', () => {
  it.each([
    ['全区女干部占比超过规划目标4.2个百分点。', [['4.2个百分点', R]]],
    ['全市培训妇女人数高于年度目标1200人。', [['1200', R]]],
    ['新增会员数高出年度任务800人。', [['800', R]]],
    ['目标是超过1000人。', [['1000', T]]],
    ['力争参与青年超过3000人次。', [['3000', T]]],
  ] as [string, [string, ClaimStatus][]][])('%s', (s, want) => {
    expect(statuses(s)).toEqual(want);
  });
});

import { describe, expect, it } from 'vitest';
import type { Article, Claim, Doc, Region } from '../src/doc.js';
import { extractClaims } from '../src/stages/extract/claims.js';
import { foldWidth } from '../src/stages/normalize.js';
import { segment } from '../src/stages/segment.js';

// Honors as the unseen provinces write them (probe round): sentences of our own, each rule in
// several wordings, levels, bodies and numbers.

const region = (code: string, name: string, level: Region['level'], province: string, city: string | null, county: string | null, town: string | null = null): Region => ({
  code, name, level, province, city, county, town,
});
const COUNTY = region('341123', '定远县', 'county', '安徽省', '滁州市', '定远县');
const CITY = region('350700', '南平市', 'city', '福建省', '南平市', null);
const PROVINCE = region('410000', '河南省', 'province', '河南省', null, null);
const DISTRICT = region('320411', '新北区', 'county', '江苏省', '常州市', '新北区');

function claimsOf(text: string, r: Region | null = COUNTY, title: string | null = null): Claim[] {
  const article: Article = {
    index: 0, title, date: null, source: null, authors: [], url: null,
    text, norm: foldWidth(text), tokens: segment(text), claims: [], region: r,
  };
  const doc: Doc = { id: 't', origin: 't', encoding: null, isHtml: false, raw: text, articles: [], warnings: [] };
  return extractClaims(article, doc);
}

const honor = (c: Claim) => [c.kind, c.value, c.unit, c.honor?.title ?? null, c.honor?.level ?? null];

describe('a list of number-first items after one verb: each item its own title', () => {
  it.each([
    [
      '大会表彰了8名全国巾帼建功标兵、120名全国三八红旗手、64个全国三八红旗集体。',
      CITY,
      [['honor', 8, '人', '巾帼建功标兵', 'national'], ['honor', 120, '人', '三八红旗手', 'national'], ['honor', 64, '个', '三八红旗集体', 'national']],
    ],
    [
      '会议表彰了30名“全省自强模范”、18个“全省助残先进集体”、42名“全省助残先进个人”。',
      PROVINCE,
      [['honor', 30, '人', '自强模范', 'provincial'], ['honor', 18, '个', '助残先进集体', 'provincial'], ['honor', 42, '人', '助残先进个人', 'provincial']],
    ],
    [
      '县总工会命名12个县级“工人先锋号”,表彰15名县“五一劳动奖章”获得者、6个县级模范职工之家。',
      COUNTY,
      [['honor', 12, '个', '工人先锋号', 'county'], ['honor', 15, '人', '五一劳动奖章', 'county'], ['honor', 6, '个', '模范职工之家', 'county']],
    ],
  ])('%s', (s, r, want) => {
    expect(claimsOf(s, r).map(honor)).toEqual(want);
  });
  it('a quoted item joined by 和 after a quoted item is number-first too', () => {
    const cs = claimsOf('团市委表彰了20个“五四红旗团委”和35名“优秀共青团干部”。', CITY);
    expect(cs.map(honor)).toEqual([['honor', 20, '个', '五四红旗团委', 'municipal'], ['honor', 35, '人', '优秀共青团干部', 'municipal']]);
  });
  it('an item without a level word takes the level of the body that confers the whole list', () => {
    const text = '5月15日,省残联召开全省助残先进表彰大会。\n大会共表彰了40名“全省自强模范”、20个“残疾人之家”和30名“全省残联系统先进工作者”。';
    expect(claimsOf(text, PROVINCE).map((c) => c.honor?.level)).toEqual(['provincial', 'provincial', 'provincial']);
  });
  it('a title-first list keeps its own reading', () => {
    expect(claimsOf('累计涌现出全国巾帼文明岗3个、省级巾帼文明岗11个。', CITY).map(honor)).toEqual([
      ['honor', 3, '个', '巾帼文明岗', 'national'],
      ['honor', 11, '个', '巾帼文明岗', 'provincial'],
    ]);
  });
});

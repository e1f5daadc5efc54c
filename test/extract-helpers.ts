// Shared by the rule tests: run extraction on one sentence or passage of our own, as one article.
import type { Article, Claim, ClaimStatus, Doc, Region } from '../src/doc.js';
import { extractClaims } from '../src/stages/extract/claims.js';
import { foldWidth } from '../src/stages/normalize.js';
import { segment } from '../src/stages/segment.js';

/** A region chain as the region stage gives it. */
export const region = (code: string, name: string, level: Region['level'], province: string, city: string | null, county: string | null, town: string | null = null): Region => ({
  code, name, level, province, city, county, town,
});

/** The claims of `text` read as one article of `r`, with an optional headline and date. */
export function extractFrom(text: string, r: Region | null, title: string | null = null, date: string | null = null): Claim[] {
  const article: Article = {
    index: 0, title, date, source: null, authors: [], url: null,
    text, norm: foldWidth(text), tokens: segment(text), claims: [], region: r,
  };
  const doc: Doc = { id: 't', origin: 't', encoding: null, isHtml: false, raw: text, articles: [], warnings: [] };
  return extractClaims(article, doc);
}

// Places the rule tests read their sentences in (test/rules/*.test.ts).
export const DINGYUAN = region('341123', '定远县', 'county', '安徽省', '滁州市', '定远县');
export const CHUZHOU = region('341100', '滁州市', 'city', '安徽省', '滁州市', null);
export const ANHUI = region('340000', '安徽省', 'province', '安徽省', null, null);
export const NANPING = region('350700', '南平市', 'city', '福建省', '南平市', null);
export const FUJIAN = region('350000', '福建省', 'province', '福建省', null, null);
export const HENAN = region('410000', '河南省', 'province', '河南省', null, null);
export const XINBEI = region('320411', '新北区', 'county', '江苏省', '常州市', '新北区');
export const DANYANG = region('321181', '丹阳市', 'county', '江苏省', '镇江市', '丹阳市');
export const JINTAN = region('320413', '金坛区', 'county', '江苏省', '常州市', '金坛区');
export const WUXI = region('320200', '无锡市', 'city', '江苏省', '无锡市', null);
export const SHANGHAI = region('310000', '上海市', 'province', '上海市', null, null);
export const SHUNYI = region('110113', '顺义区', 'county', '北京市', '北京市', '顺义区');
export const GUANGXI = region('450000', '广西壮族自治区', 'province', '广西壮族自治区', null, null);
export const HENGXIAN = region('450127', '横县', 'county', '广西壮族自治区', '南宁市', '横县');
export const NINGXIA = region('640000', '宁夏回族自治区', 'province', '宁夏回族自治区', null, null);
export const NEIMENGGU = region('150000', '内蒙古自治区', 'province', '内蒙古自治区', null, null);
export const TAIYUAN = region('140100', '太原市', 'city', '山西省', '太原市', null);
export const HANTAI = region('610702', '汉台区', 'county', '陕西省', '汉中市', '汉台区');
export const QINGCHUAN = region('510822', '青川县', 'county', '四川省', '广元市', '青川县');
export const SHUNQING = region('511302', '顺庆区', 'county', '四川省', '南充市', '顺庆区');
export const GUANGAN = region('511600', '广安市', 'city', '四川省', '广安市', null);
export const YONGJIA = region('330324', '永嘉县', 'county', '浙江省', '温州市', '永嘉县');
export const YONGSHAN = region('530625', '永善县', 'county', '云南省', '昭通市', '永善县');

export const T = 'target' as const;
export const R = 'result' as const;

/** The number expression of a claim as written: the text under its span. */
export const expr = (text: string, span: [number, number]) => text.slice(span[0], span[1]);

/** Kind, value, unit and hedge of a claim. */
export const brief = (c: Claim) => [c.kind, c.value, c.unit, c.approx];

/** Kind, value, title and level of a claim (honor fields null when it is none). */
export const honor = (c: Claim) => [c.kind, c.value, c.honor?.title ?? null, c.honor?.level ?? null];

/** extractFrom with a region of its own by default: (text, region, title, date). */
export const claimsIn = (home: Region | null) =>
  (text: string, r: Region | null = home, title: string | null = null, date: string | null = null): Claim[] => extractFrom(text, r, title, date);

/** [number expression as written, status] for every claim, in text order, read as an article of `home`. */
export const statusesIn = (home: Region | null) =>
  (text: string, date: string | null = null): [string, ClaimStatus][] => extractFrom(text, home, null, date).map((c) => [expr(text, c.span), c.status]);

/** [number expression as written, subject without quotes] for every claim, in text order, read as an article of `home`. */
export const subjectsIn = (home: Region | null) =>
  (text: string): [string, string | null][] => extractFrom(text, home).map((c) => [expr(text, c.span), c.subject?.replace(/[“”]/g, '') ?? null]);

/** The claim whose number expression, with the two characters after it, holds `needle`. */
export const claimNearIn = (home: Region | null) =>
  (text: string, needle: string): Claim | undefined => extractFrom(text, home).find((c) => text.slice(c.span[0], c.span[1] + 2).includes(needle));

export const claimsInChuzhou = claimsIn(CHUZHOU);
export const claimsInDingyuan = claimsIn(DINGYUAN);
export const claimsInHengxian = claimsIn(HENGXIAN);
export const claimsInNeimenggu = claimsIn(NEIMENGGU);
export const claimsInQingchuan = claimsIn(QINGCHUAN);
export const claimsInYongjia = claimsIn(YONGJIA);
export const claimsInYongshan = claimsIn(YONGSHAN);
export const statusesInHengxian = statusesIn(HENGXIAN);
export const statusesInNeimenggu = statusesIn(NEIMENGGU);
export const statusesInYongshan = statusesIn(YONGSHAN);
export const subjectsInHantai = subjectsIn(HANTAI);
export const subjectsInYongshan = subjectsIn(YONGSHAN);
export const claimNear = claimNearIn(null);
export const claimNearShunqing = claimNearIn(SHUNQING);

/** Kind, value, unit, title and level of a claim. */
export const honorWithUnit = (c: Claim) => [c.kind, c.value, c.unit, c.honor?.title ?? null, c.honor?.level ?? null];
/** Kind, value, title, level and recipient of a claim. */
export const withRecipient = (c: Claim) => [...honor(c), c.honor?.recipient ?? null];
/** Kind, value and level of a claim. */
export const kindOf = (c: Claim) => [c.kind, c.value, c.honor?.level ?? null];
/** Kind, value, upper value of a range, unit and hedge of a claim. */
export const briefRange = (c: Claim) => [c.kind, c.value, c.valueMax, c.unit, c.approx];
/** The subject, without quotes, of every claim, in text order, read as an article of 永善县. */
export const subjectNames = (text: string): (string | null)[] => claimsInYongshan(text).map((c) => c.subject?.replace(/[“”]/g, '') ?? null);

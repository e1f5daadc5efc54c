import { stringify } from 'csv-stringify/sync';
import type { ChalkInstance } from 'chalk';
import { COLUMNS, type Row, type Summary } from './summary.js';
import { csvSafe } from '../output/write.js';

// The summary as CSV (one sheet: the `table` column tells region rows from region×category rows),
// JSON, or an aligned text table for the terminal.

export type SummaryFormat = 'table' | 'csv' | 'json';
export type SummaryTables = 'region' | 'category' | 'all';

function pick(s: Summary, by: SummaryTables): Row[] {
  return by === 'region' ? s.regions : by === 'category' ? s.categories : [...s.regions, ...s.categories];
}

export function summaryCsv(s: Summary, by: SummaryTables, bom: boolean): string {
  const rows = pick(s, by).map((r) => COLUMNS.map((c) => (typeof r[c] === 'string' ? csvSafe(r[c] as string) : r[c])));
  return (bom ? '\ufeff' : '') + stringify([[...COLUMNS], ...rows]);
}

/** Text columns left empty in CSV and the table are null in JSON. */
const NULLABLE = new Set(['region_code', 'region_level', 'province', 'city', 'county', 'town', 'category', 'money_other']);

export function summaryJson(s: Summary, by: SummaryTables): string {
  const out: Record<string, Record<string, string | number | null>[]> = {};
  const json = (rows: Row[]) => rows.map((r) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, NULLABLE.has(k) && v === '' ? null : v])));
  if (by !== 'category') out.regions = json(s.regions);
  if (by !== 'region') out.categories = json(s.categories);
  return JSON.stringify(out, null, 1) + '\n';
}

/** Terminal columns of a string: CJK and full-width forms take two. */
export function displayWidth(s: string): number {
  let w = 0;
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    w += (c >= 0x1100 && c <= 0x115f) || (c >= 0x2e80 && c <= 0xa4cf) || (c >= 0xac00 && c <= 0xd7a3) ||
      (c >= 0xf900 && c <= 0xfaff) || (c >= 0xfe30 && c <= 0xfe4f) || (c >= 0xff00 && c <= 0xff60) ||
      (c >= 0xffe0 && c <= 0xffe6) || (c >= 0x20000 && c <= 0x3fffd) ? 2 : 1;
  }
  return w;
}

const fmt = (n: number) => n.toLocaleString('en-US', { maximumFractionDigits: 2 });
/** A sum with hedged parts gets a leading ~. */
const sum = (r: Row, col: string, approxCol: string) => (Number(r[approxCol as keyof Row]) > 0 ? '~' : '') + fmt(Number(r[col as keyof Row]));

export function summaryTable(s: Summary, by: SummaryTables, c: ChalkInstance): string {
  const out: string[] = [];
  const render = (title: string, rows: Row[], withCategory: boolean) => {
    const head = ['region', 'code', ...(withCategory ? ['category'] : []), 'articles w/ claims', 'claims', 'count', 'people', 'money', 'percent', 'honor',
      '元 total', '人 total', '人次 total', 'honors nat/prov/mun/cty/twn/?'];
    const body = rows.map((r) => [
      String(r.region_name), String(r.region_code), ...(withCategory ? [String(r.category)] : []),
      fmt(Number(r.articles_with_claims)), fmt(Number(r.claims)),
      ...['count', 'people', 'money', 'percent', 'honor'].map((k) => fmt(Number(r[`${k}_claims` as keyof Row]))),
      sum(r, 'money_yuan', 'money_approx_claims'),
      sum(r, 'people', 'people_approx_claims'),
      sum(r, 'person_times', 'person_times_approx_claims'),
      (Number(r.honors_approx_claims) > 0 ? '~' : '') +
        [r.honors_national, r.honors_provincial, r.honors_municipal, r.honors_county, r.honors_township, r.honors_level_unknown].join('/'),
    ]);
    const left = withCategory ? 3 : 2;
    const widths = head.map((h, i) => Math.max(displayWidth(h), ...body.map((b) => displayWidth(b[i]))));
    const cell = (v: string, i: number) => {
      const padN = widths[i] - displayWidth(v);
      return i < left ? v + ' '.repeat(padN) : ' '.repeat(padN) + v;
    };
    out.push(c.bold(title));
    out.push(c.cyan(head.map(cell).join('  ')));
    for (const b of body) out.push(b.map(cell).join('  '));
    out.push('');
  };
  if (by !== 'category') render('Claims per region', s.regions, false);
  if (by !== 'region') render('Claims per region and category', s.categories, true);
  out.push(c.dim('~ marks a sum that includes hedged claims (余/约/近, ranges at their low end). Sums add claims as'));
  out.push(c.dim('written and double-count totals with their parts; per-unit amounts (每人…) are left out.'));
  const other = [...s.regions].filter((r) => r.money_other !== '');
  if (by !== 'category' && other.length) {
    out.push(c.dim('元 total sums 元 only; money in other currencies, apart:'));
    for (const r of other) out.push(c.dim(`  ${r.region_name}: ${r.money_other}`));
  }
  return out.join('\n') + '\n';
}


import { stringify } from 'csv-stringify/sync';
import type { ChalkInstance } from 'chalk';
import { COLUMNS, type Row, type Summary } from './summary.js';
import { csvSafe } from '../output/write.js';
import type { Breakdown, BreakdownNode } from './breakdown.js';

// The summary as CSV (one sheet: the `table` column tells region rows from region×category rows),
// JSON, or an aligned text table for the terminal.

export type SummaryFormat = 'table' | 'csv' | 'json';
export type SummaryTables = 'region' | 'category' | 'year' | 'all';

function pick(s: Summary, by: SummaryTables): Row[] {
  return by === 'region' ? s.regions : by === 'category' ? s.categories : by === 'year' ? s.years : [...s.regions, ...s.categories, ...s.years];
}

export function summaryCsv(s: Summary, by: SummaryTables, bom: boolean): string {
  const rows = pick(s, by).map((r) => COLUMNS.map((c) => (typeof r[c] === 'string' ? csvSafe(r[c] as string) : r[c])));
  return (bom ? '\ufeff' : '') + stringify([[...COLUMNS], ...rows]);
}

/** Text columns left empty in CSV and the table are null in JSON. */
const NULLABLE = new Set(['region_code', 'region_level', 'province', 'city', 'county', 'town', 'category', 'year', 'money_other']);

export function summaryJson(s: Summary, by: SummaryTables, parts: Breakdown[] | null = null): string {
  const out: Record<string, unknown> = {};
  const json = (rows: Row[]) => rows.map((r) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, NULLABLE.has(k) && v === '' ? null : v])));
  if (by === 'region' || by === 'all') out.regions = json(s.regions);
  if (by === 'category' || by === 'all') out.categories = json(s.categories);
  if (by === 'year' || by === 'all') out.years = json(s.years);
  if (parts) out.breakdowns = parts;
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

const n = (r: Row, col: string) => Number(r[col as keyof Row]);

/** The text table: one aligned table per kind of row, then what the sums leave out and why. */
export function summaryTable(s: Summary, by: SummaryTables, c: ChalkInstance, parts: Breakdown[] | null = null): string {
  const out: string[] = [];
  const render = (title: string, rows: Row[], extra: 'category' | 'year' | null) => {
    const head = ['region', 'code', ...(extra ? [extra] : []), 'articles w/ claims', 'claims', 'count', 'people', 'money', 'percent', 'honor',
      '元 total', '人 total', '人次 total', 'honors nat/prov/mun/cty/twn/?', 'targets 元/人/人次/honors', 'left out dup/tgt/part/per'];
    const body = rows.map((r) => [
      String(r.region_name), String(r.region_code), ...(extra ? [String(r[extra])] : []),
      fmt(n(r, 'articles_with_claims')), fmt(n(r, 'claims')),
      ...['count', 'people', 'money', 'percent', 'honor'].map((k) => fmt(n(r, `${k}_claims`))),
      sum(r, 'money_yuan', 'money_approx_claims'),
      sum(r, 'people', 'people_approx_claims'),
      sum(r, 'person_times', 'person_times_approx_claims'),
      (n(r, 'honors_approx_claims') > 0 ? '~' : '') +
        [r.honors_national, r.honors_provincial, r.honors_municipal, r.honors_county, r.honors_township, r.honors_level_unknown].join('/'),
      ['target_money_yuan', 'target_people', 'target_person_times', 'target_honors'].map((k) => fmt(n(r, k))).join('/'),
      ['left_out_duplicates', 'left_out_targets', 'left_out_parts', 'left_out_per_unit'].map((k) => fmt(n(r, k))).join('/'),
    ]);
    const left = extra ? 3 : 2;
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
  if (by === 'region' || by === 'all') render('Claims per region', s.regions, null);
  if (by === 'category' || by === 'all') render('Claims per region and category', s.categories, 'category');
  if (by === 'year' || by === 'all') render('Claims per region and year', s.years, 'year');
  if (parts) out.push(...breakdownText(parts, c));
  const total = (col: string) => s.regions.reduce((x, r) => x + n(r, col), 0);
  const hedgedN = total('money_approx_claims') + total('people_approx_claims') + total('person_times_approx_claims') + total('honors_approx_claims');
  out.push(
    c.dim(
      `Left out of the 元/人/人次/honors sums: ${fmt(total('left_out_duplicates'))} claims of reposted articles (duplicateOf), ` +
        `${fmt(total('left_out_targets'))} targets (summed apart under "targets"), ${fmt(total('left_out_parts'))} parts of a total ` +
        `(partOf${parts ? ', listed above' : '; --breakdown lists them'}), ${fmt(total('left_out_per_unit'))} per-unit amounts (每人…).`,
    ),
  );
  out.push(c.dim(`Added but hedged: ${fmt(hedgedN)} claims (余/约/近, ranges at their low end); ~ marks their sums. Counts and`));
  out.push(c.dim('percents are not added. A cumulative figure and its yearly parts still double-count.'));
  out.push(c.dim('Year: the one year of a claim\'s period, else its span of years, else the article\'s year.'));
  const other = [...s.regions].filter((r) => r.money_other !== '');
  if ((by === 'region' || by === 'all') && other.length) {
    out.push(c.dim('元 total sums 元 only; money in other currencies, apart:'));
    for (const r of other) out.push(c.dim(`  ${r.region_name}: ${r.money_other}`));
  }
  return out.join('\n') + '\n';
}

const value = (x: BreakdownNode) =>
  x.value === null ? '(total not in the input)' : `${fmt(x.value)}${x.unit ? ' ' + x.unit : ''}${x.subject ? ' ' + x.subject : ''}${x.status === 'target' ? ' [target]' : ''}`;

/** Parts indented under their totals, by region. */
export function breakdownText(parts: Breakdown[], c: ChalkInstance): string[] {
  const out = [c.bold('Breakdowns: parts under their total (not added)')];
  if (parts.length === 0) out.push('  (no claim in the input is a part of another)');
  let region: string | null = null;
  const walk = (x: BreakdownNode, depth: number, where = '') => {
    out.push(`${'  '.repeat(depth)}${depth > 1 ? '└ ' : ''}${value(x)}${x.text ? c.dim('  ' + x.text) : ''}${where}`);
    for (const p of x.parts) walk(p, depth + 1);
  };
  for (const b of parts) {
    if (b.region_name !== region) {
      region = b.region_name;
      out.push(`${b.region_name} ${b.region_code}`);
    }
    walk(b.total, 1, c.dim(`  (${b.doc} #${b.article})`));
  }
  out.push('');
  return out;
}

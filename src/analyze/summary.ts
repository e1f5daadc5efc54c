import { z } from 'zod';
import { InputError } from '../errors.js';
import { RegionSchema, HonorSchema } from '../output/schema.js';
import type { JsonlLine } from './jsonl.js';

// Per-region figures from claim records: how many articles and claims, claims per kind, and the
// sums researchers compare (money in 元, people, person-times, honors by level).
//
// A sum adds only results (status 'result') that are not parts of another claim (partOf null),
// not reposts of an article seen before (duplicateOf null) and not per-unit amounts (每人1万元):
// targets (计划, 力争 …) are summed in their own target_* columns, and the rest are counted in the
// left_out_* columns by reason, so that a reader sees what each sum leaves out. Parts stay
// visible as a breakdown of their total (breakdowns()). Sums are still sums of claims, not audited
// totals: a cumulative figure and its yearly parts, or the same women in several programmes, are
// counted as often as the articles state them. Hedged claims (余/约/近 …) and ranges (summed at
// their low end) are counted in the *_approx_claims columns so hedged sums are never taken for
// exact ones.

const KINDS = ['count', 'people', 'money', 'percent', 'honor'] as const;
const LEVELS = ['national', 'provincial', 'municipal', 'county', 'township'] as const;

const SummaryInput = z.looseObject({
  doc: z.string(),
  article: z.number().int(),
  region: RegionSchema.nullable(),
  kind: z.enum(KINDS),
  value: z.number().nullable(),
  valueMax: z.number().nullable().optional(),
  unit: z.string().nullable(),
  approx: z.enum(['over', 'about', 'under']).nullable(),
  per: z.string().nullable().optional(),
  honor: HonorSchema.nullable().optional(),
  category: z.string().nullable().optional(),
  subject: z.string().nullable().optional(),
  text: z.string().optional(),
  span: z.tuple([z.number().int(), z.number().int()]).optional(),
  // fields of newer records; older files without them are read as results, not parts, not reposts
  status: z.enum(['result', 'target']).optional().default('result'),
  partOf: z.tuple([z.number().int(), z.number().int()]).nullable().optional().default(null),
  duplicateOf: z.object({ doc: z.string(), article: z.number().int() }).nullable().optional().default(null),
  year: z.number().int().nullable().optional(),
  periodStart: z.number().int().nullable().optional(),
  periodEnd: z.number().int().nullable().optional(),
});
export type SummaryInput = z.infer<typeof SummaryInput>;

export function parseClaims(lines: JsonlLine[], origin: string): SummaryInput[] {
  return lines.map(({ line, value }) => {
    const r = SummaryInput.safeParse(value);
    if (!r.success) {
      const i = r.error.issues[0];
      throw new InputError(`${origin}:${line}`, `not a claim record (${i.path.join('.') || 'record'}: ${i.message})`);
    }
    return r.data;
  });
}

/** Column names in output order. */
export const COLUMNS = [
  'table', 'region_code', 'region_name', 'region_level', 'province', 'city', 'county', 'town', 'category', 'year',
  'articles_with_claims', 'claims',
  ...KINDS.map((k) => `${k}_claims`),
  'money_yuan', 'money_approx_claims', 'money_other',
  'people', 'people_approx_claims',
  'person_times', 'person_times_approx_claims',
  ...LEVELS.map((l) => `honors_${l}`), 'honors_level_unknown', 'honors_approx_claims',
  'per_unit_claims',
  'target_claims', 'target_money_yuan', 'target_people', 'target_person_times', 'target_honors',
  'left_out_duplicates', 'left_out_targets', 'left_out_parts', 'left_out_per_unit',
] as const;
export type Column = (typeof COLUMNS)[number];
export type Row = Record<Column, string | number>;

export const TABLE_REGION = 'region';
export const TABLE_CATEGORY = 'region×category';
export const TABLE_YEAR = 'region×year';
export const UNKNOWN_YEAR = '(unknown)';
export const UNKNOWN_REGION = '(unknown)';
export const NO_CATEGORY = '(none)';

interface Acc {
  key: string;
  region: SummaryInput['region'];
  category: string | null;
  year: string | null;
  articles: Set<string>;
  n: Record<string, number>;
  /** Money in other currencies (美元, 欧元 …), summed per unit: never added into money_yuan. */
  other: Map<string, number>;
}

const hedged = (c: SummaryInput) => c.approx !== null || (c.valueMax !== null && c.valueMax !== undefined);

/** Kinds whose values are added up. */
const SUMMED = new Set(['money', 'people', 'honor']);

export type LeftOut = 'duplicates' | 'targets' | 'parts' | 'per_unit';

/** Why a claim stays out of the sums (the first reason that applies), or null when it is added. */
export function leftOut(c: SummaryInput): LeftOut | null {
  if (c.duplicateOf) return 'duplicates';
  if (c.status === 'target') return 'targets';
  if (c.partOf) return 'parts';
  if (c.per) return 'per_unit';
  return null;
}

/** Adds the claim's value to the sums of its kind: `money_yuan`, `people` …, or `target_…`. */
function addValue(inc: (k: string, by?: number) => void, c: SummaryInput, pre: '' | 'target_', other: Map<string, number>): void {
  const v = c.value ?? 0;
  if (c.kind === 'money' && c.value !== null && c.unit !== '元') {
    // other currencies (美元, 欧元 …) are summed per unit, never into money_yuan
    const unit = `${pre}${c.unit ?? '(unit unknown)'}`;
    other.set(unit, (other.get(unit) ?? 0) + v);
  } else if (c.kind === 'money' && c.value !== null) {
    inc(`${pre}money_yuan`, v);
    if (!pre && hedged(c)) inc('money_approx_claims');
  } else if (c.kind === 'people' && c.value !== null) {
    const times = c.unit === '人次';
    inc(`${pre}${times ? 'person_times' : 'people'}`, v);
    if (!pre && hedged(c)) inc(times ? 'person_times_approx_claims' : 'people_approx_claims');
  } else if (c.kind === 'honor') {
    // a counted honor (三八红旗手164名) is that many honors; a conferred title is one
    const level = c.honor?.level;
    inc(pre ? 'target_honors' : level ? `honors_${level}` : 'honors_level_unknown', c.value ?? 1);
    if (!pre && hedged(c)) inc('honors_approx_claims');
  }
}

function add(acc: Acc, c: SummaryInput): void {
  const n = acc.n;
  const inc = (k: string, by = 1) => (n[k] = (n[k] ?? 0) + by);
  acc.articles.add(JSON.stringify([c.doc, c.article]));
  inc('claims');
  inc(`${c.kind}_claims`);
  if (c.per) inc('per_unit_claims');
  const why = leftOut(c);
  if (why === 'targets' && !c.partOf && !c.per) {
    inc('target_claims');
    addValue(inc, c, 'target_', acc.other);
  }
  if (why && SUMMED.has(c.kind)) inc(`left_out_${why}`);
  if (!why) addValue(inc, c, '', acc.other);
}

/** The year a claim is tabled under: its period's one year, else its span of years, else its article's year. */
export function yearKey(c: SummaryInput): string | null {
  if (c.periodStart != null && c.periodEnd != null) {
    return c.periodStart === c.periodEnd ? String(c.periodStart) : `${c.periodStart}–${c.periodEnd}`;
  }
  return c.year != null ? String(c.year) : null;
}

function regionKey(r: SummaryInput['region']): string {
  return r ? r.code : '\uffff'; // unknown last
}

function toRow(table: string, a: Acc): Row {
  const r = a.region;
  const row = {} as Row;
  for (const col of COLUMNS) row[col] = 0;
  Object.assign(row, {
    table,
    region_code: r?.code ?? '',
    region_name: r?.name ?? UNKNOWN_REGION,
    region_level: r?.level ?? '',
    province: r?.province ?? '',
    city: r?.city ?? '',
    county: r?.county ?? '',
    town: r?.town ?? '',
    category: table === TABLE_CATEGORY ? (a.category ?? NO_CATEGORY) : '',
    year: table === TABLE_YEAR ? (a.year ?? UNKNOWN_YEAR) : '',
    articles_with_claims: a.articles.size,
  });
  for (const [k, v] of Object.entries(a.n)) row[k as Column] = Math.round(v * 100) / 100;
  row.money_other = [...a.other].sort(([x], [y]) => byCodeUnit(x, y)).map(([u, v]) => `${Math.round(v * 100) / 100} ${u}`).join('; ');
  return row;
}

const byCodeUnit = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export interface Summary {
  regions: Row[];
  categories: Row[];
  years: Row[];
}

export function summarize(claims: SummaryInput[]): Summary {
  const regions = new Map<string, Acc>();
  const cats = new Map<string, Acc>();
  const years = new Map<string, Acc>();
  const acc = (m: Map<string, Acc>, key: string, c: SummaryInput, category: string | null, year: string | null = null) => {
    let a = m.get(key);
    if (!a) m.set(key, (a = { key, region: c.region, category, year, articles: new Set(), n: {}, other: new Map() }));
    return a;
  };
  for (const c of claims) {
    const rk = regionKey(c.region);
    add(acc(regions, rk, c, null), c);
    const cat = c.category ?? null;
    add(acc(cats, `${rk}\u0000${cat ?? '\uffff'}`, c, cat), c);
    const y = yearKey(c);
    add(acc(years, `${rk}\u0000${y ?? '\uffff'}`, c, null, y), c);
  }
  const sorted = (m: Map<string, Acc>) => [...m.values()].sort((a, b) => byCodeUnit(a.key, b.key));
  return {
    regions: sorted(regions).map((a) => toRow(TABLE_REGION, a)),
    categories: sorted(cats).map((a) => toRow(TABLE_CATEGORY, a)),
    years: sorted(years).map((a) => toRow(TABLE_YEAR, a)),
  };
}

import { z } from 'zod';
import { InputError } from '../errors.js';
import { RegionSchema, HonorSchema } from '../output/schema.js';
import type { JsonlLine } from './jsonl.js';

// Per-region figures from claim records: how many articles and claims, claims per kind, and the
// sums researchers compare (money in 元, people, person-times, honors by level).
//
// Sums are sums of claims, not audited totals. They double-count wherever articles do: a
// cumulative figure (五年来培训妇女3.5万人次) and its yearly parts, a total and its breakdown
// (资金1000万元, 其中…), the same women in several programmes, an aggregate honor count (荣誉称号
// 55项) and the itemized honors it includes, and a page syndicated under two ids. Claims hedged
// with approx (余/约/近 …) or given as ranges (summed at their low end) are counted in the
// *_approx_claims columns so hedged sums are never mistaken for exact ones. Per-unit amounts
// (每人1万元, per set) are not totals and are left out of every sum (per_unit_claims).

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
  'table', 'region_code', 'region_name', 'region_level', 'province', 'city', 'county', 'town', 'category',
  'articles_with_claims', 'claims',
  ...KINDS.map((k) => `${k}_claims`),
  'money_yuan', 'money_approx_claims', 'money_other',
  'people', 'people_approx_claims',
  'person_times', 'person_times_approx_claims',
  ...LEVELS.map((l) => `honors_${l}`), 'honors_level_unknown', 'honors_approx_claims',
  'per_unit_claims',
] as const;
export type Column = (typeof COLUMNS)[number];
export type Row = Record<Column, string | number>;

export const TABLE_REGION = 'region';
export const TABLE_CATEGORY = 'region×category';
export const UNKNOWN_REGION = '(unknown)';
export const NO_CATEGORY = '(none)';

interface Acc {
  key: string;
  region: SummaryInput['region'];
  category: string | null;
  articles: Set<string>;
  n: Record<string, number>;
  /** Money in other currencies (美元, 欧元 …), summed per unit: never added into money_yuan. */
  other: Map<string, number>;
}

const hedged = (c: SummaryInput) => c.approx !== null || (c.valueMax !== null && c.valueMax !== undefined);

function add(acc: Acc, c: SummaryInput): void {
  const n = acc.n;
  const inc = (k: string, by = 1) => (n[k] = (n[k] ?? 0) + by);
  acc.articles.add(JSON.stringify([c.doc, c.article]));
  inc('claims');
  inc(`${c.kind}_claims`);
  if (c.per) {
    inc('per_unit_claims');
    return;
  }
  const v = c.value ?? 0;
  if (c.kind === 'money' && c.value !== null && c.unit !== '元') {
    const unit = c.unit ?? '(unit unknown)';
    acc.other.set(unit, (acc.other.get(unit) ?? 0) + v);
  } else if (c.kind === 'money' && c.value !== null) {
    inc('money_yuan', v);
    if (hedged(c)) inc('money_approx_claims');
  } else if (c.kind === 'people' && c.value !== null) {
    const times = c.unit === '人次';
    inc(times ? 'person_times' : 'people', v);
    if (hedged(c)) inc(times ? 'person_times_approx_claims' : 'people_approx_claims');
  } else if (c.kind === 'honor') {
    // a counted honor (三八红旗手164名) is that many honors; a conferred title is one
    const level = c.honor?.level;
    inc(level ? `honors_${level}` : 'honors_level_unknown', c.value ?? 1);
    if (hedged(c)) inc('honors_approx_claims');
  }
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
    category: table === TABLE_REGION ? '' : (a.category ?? NO_CATEGORY),
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
}

export function summarize(claims: SummaryInput[]): Summary {
  const regions = new Map<string, Acc>();
  const cats = new Map<string, Acc>();
  const acc = (m: Map<string, Acc>, key: string, c: SummaryInput, category: string | null) => {
    let a = m.get(key);
    if (!a) m.set(key, (a = { key, region: c.region, category, articles: new Set(), n: {}, other: new Map() }));
    return a;
  };
  for (const c of claims) {
    const rk = regionKey(c.region);
    add(acc(regions, rk, c, null), c);
    const cat = c.category ?? null;
    add(acc(cats, `${rk}\u0000${cat ?? '\uffff'}`, c, cat), c);
  }
  const sorted = (m: Map<string, Acc>) => [...m.values()].sort((a, b) => byCodeUnit(a.key, b.key));
  return {
    regions: sorted(regions).map((a) => toRow(TABLE_REGION, a)),
    categories: sorted(cats).map((a) => toRow(TABLE_CATEGORY, a)),
  };
}

import { z } from 'zod';
import { InputError } from '../errors.js';
import type { JsonlLine } from './jsonl.js';

// Claim-level diff of two claim files, for regression checks. A claim is identified by where it
// stands — doc, article, span — so a claim whose value, kind or honor level changed shows as
// "changed" with its fields, while a claim found at a new place shows as added.

export type Rec = Record<string, unknown>;

/** Only the key fields are required: files from older or newer versions of the tool still compare. */
const Keyed = z.looseObject({
  doc: z.string(),
  article: z.number().int(),
  span: z.tuple([z.number().int(), z.number().int()]),
});

export interface Keyed {
  key: string;
  doc: string;
  article: number;
  span: [number, number];
  /** 0 for the first claim at this place, 1 for a second one (two claims on one span) … */
  nth: number;
  record: Rec;
}

export interface FieldChange {
  field: string;
  before: unknown;
  after: unknown;
}

export interface Changed {
  at: Keyed;
  before: Rec;
  after: Rec;
  fields: FieldChange[];
}

export interface ClaimDiff {
  added: Keyed[];
  removed: Keyed[];
  changed: Changed[];
  unchanged: number;
}

/** Validates the key fields of every line and keys the records. */
export function keyRecords(lines: JsonlLine[], origin: string): Keyed[] {
  const seen = new Map<string, number>();
  return lines.map(({ line, value }) => {
    const r = Keyed.safeParse(value);
    if (!r.success) {
      const i = r.error.issues[0];
      throw new InputError(`${origin}:${line}`, `not a claim record (${i.path.join('.') || 'record'}: ${i.message})`);
    }
    const { doc, article, span } = r.data;
    const place = JSON.stringify([doc, article, span]);
    const nth = seen.get(place) ?? 0;
    seen.set(place, nth + 1);
    return { key: `${place}#${nth}`, doc, article, span: [span[0], span[1]], nth, record: r.data as Rec };
  });
}

const KEY_FIELDS = new Set(['doc', 'article', 'span']);

const isObj = (v: unknown): v is Rec => v !== null && typeof v === 'object' && !Array.isArray(v);

/**
 * Field-level changes, nested objects compared by their leaves as CSV names them (region.code,
 * honor.level); an object against null (region found or lost) is one change of the whole field.
 */
export function fieldChanges(before: Rec, after: Rec): FieldChange[] {
  const out: FieldChange[] = [];
  const push = (field: string, x: unknown, y: unknown) => {
    if (JSON.stringify(x) !== JSON.stringify(y)) out.push({ field, before: x, after: y });
  };
  const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])].filter((k) => !KEY_FIELDS.has(k));
  for (const k of keys) {
    const x = before[k];
    const y = after[k];
    if (!isObj(x) || !isObj(y)) {
      push(k, x, y); // a value, or a whole object found or lost (region: null → {…})
      continue;
    }
    for (const l of new Set([...Object.keys(x), ...Object.keys(y)])) push(`${k}.${l}`, x[l], y[l]);
  }
  return out;
}

function byPlace(a: Keyed, b: Keyed): number {
  if (a.doc !== b.doc) return a.doc < b.doc ? -1 : 1;
  return a.article - b.article || a.span[0] - b.span[0] || a.span[1] - b.span[1] || a.nth - b.nth;
}

export function diffClaims(expected: Keyed[], actual: Keyed[]): ClaimDiff {
  const exp = new Map(expected.map((k) => [k.key, k]));
  const act = new Map(actual.map((k) => [k.key, k]));
  const added = actual.filter((k) => !exp.has(k.key)).sort(byPlace);
  const removed = expected.filter((k) => !act.has(k.key)).sort(byPlace);
  const changed: Changed[] = [];
  let unchanged = 0;
  for (const e of [...expected].sort(byPlace)) {
    const a = act.get(e.key);
    if (!a) continue;
    const fields = fieldChanges(e.record, a.record);
    if (fields.length) changed.push({ at: a, before: e.record, after: a.record, fields });
    else unchanged += 1;
  }
  return { added, removed, changed, unchanged };
}

export function isEqual(d: ClaimDiff): boolean {
  return d.added.length === 0 && d.removed.length === 0 && d.changed.length === 0;
}

import type { ChalkInstance } from 'chalk';
import type { Scored, ScoreResult } from './score.js';
import { pyFixed, pyFloatRepr, pyStr } from './py.js';

// --json prints exactly what score.py --json prints. The text lists the same lines as score.py,
// with values written as JSON (null, {"count": 1.0}) rather than Python's repr. Colors only add
// emphasis.

const INT_FIELDS = new Set(['docs', 'gold_claims', 'pred_claims', 'matched']);

/** A result field as JSON on one line: ratios as floats (1.0, not 1), as in --json. */
function fieldStr(key: string, v: unknown): string {
  if (typeof v === 'number') return INT_FIELDS.has(key) ? String(v) : pyFloatRepr(v);
  if (Array.isArray(v)) return '[' + v.map((x) => JSON.stringify(x)).join(', ') + ']';
  if (v !== null && typeof v === 'object') {
    return '{' + Object.entries(v).map(([k, x]) => `${JSON.stringify(k)}: ${pyFloatRepr(x as number)}`).join(', ') + '}';
  }
  return JSON.stringify(v ?? null);
}

/** A value in a MISS/FP row: text as is, null as null, anything else as Python's str(). */
function cellStr(v: unknown): string {
  return v === null || v === undefined ? 'null' : pyStr(v);
}

/** json.dumps(res, ensure_ascii=False, indent=1) */
export function resultJson(res: ScoreResult): string {
  const dump = (v: unknown, key: string, depth: number): string => {
    const pad = ' '.repeat(depth + 1);
    const end = ' '.repeat(depth);
    if (v === null) return 'null';
    if (typeof v === 'number') return INT_FIELDS.has(key) ? String(v) : pyFloatRepr(v);
    if (typeof v === 'string') return JSON.stringify(v);
    if (Array.isArray(v)) {
      if (v.length === 0) return '[]';
      return '[\n' + v.map((x) => pad + dump(x, key, depth + 1)).join(',\n') + '\n' + end + ']';
    }
    const entries = Object.entries(v as object);
    if (entries.length === 0) return '{}';
    return '{\n' + entries.map(([k, x]) => `${pad}${JSON.stringify(k)}: ${dump(x, k, depth + 1)}`).join(',\n') + '\n' + end + '}';
  };
  return dump(res, '', 0) + '\n';
}

export function headline(s: Scored): string {
  const { strictF1, f1, precision, recall } = s.raw;
  return (
    `strict F1 ${pyFixed(strictF1, 3)} | F1 ${pyFixed(f1, 3)} P ${pyFixed(precision, 3)} ` +
    `R ${pyFixed(recall, 3)} | region_recall ${fieldStr('region_recall', s.result.region_recall)}`
  );
}

export function resultText(s: Scored, misses: number, c: ChalkInstance): string {
  const lines: string[] = [];
  for (const [k, v] of Object.entries(s.result)) {
    const key = k.padEnd(18);
    const val = fieldStr(k, v);
    const emph = k === 'strict_f1' || k === 'f1' ? c.bold(val) : val;
    lines.push(`${c.cyan(key)} ${emph}`);
  }
  const row = (tag: string, doc: string, r: Record<string, unknown>) =>
    `${tag} ${doc} ${cellStr(r.kind)} ${cellStr(r.value)} ${cellStr(r.unit)} | ${cellStr(r.text)}`;
  for (const { doc, claim } of s.misses.slice(0, misses)) lines.push(c.red(row('MISS', doc, claim)));
  for (const { doc, claim } of s.falsePositives.slice(0, misses)) lines.push(c.yellow(row('FP  ', doc, claim)));
  lines.push(c.bold(headline(s)));
  return lines.join('\n') + '\n';
}

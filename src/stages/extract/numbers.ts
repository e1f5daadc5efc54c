// STUB (owned by the numbers helper): the number-expression parser.
export interface NumberMatch {
  start: number;
  end: number;
  value: number;
  valueMax: number | null;
  approx: 'over' | 'about' | 'under' | null;
  percent: 'percent' | 'points' | null;
  chinese: boolean;
  multiplier: string;
}
export function parseNumeral(_s: string): number | null {
  return null;
}
export function scanNumbers(norm: string): NumberMatch[] {
  const out: NumberMatch[] = [];
  for (const m of norm.matchAll(/\d+(?:\.\d+)?/g)) {
    out.push({ start: m.index!, end: m.index! + m[0].length, value: Number(m[0]), valueMax: null, approx: null, percent: null, chinese: false, multiplier: '' });
  }
  return out;
}

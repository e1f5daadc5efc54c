import { loadTsv } from '../dict.js';
import { parseNumeral } from './extract/numbers.js';

// The time stage, after extract: a claim's stated period (五年来, 2018年以来, 今年) and its
// article's date → the years it covers. The rules are data (dictionaries/period-years.tsv).

export interface PeriodYears {
  periodStart: number | null;
  periodEnd: number | null;
}

type Bound = 'Y' | 'Y-1' | 'N' | 'Y-N+1';
interface Rule {
  re: RegExp;
  start: Bound;
  end: Bound;
}

const BOUNDS = new Set<string>(['Y', 'Y-1', 'N', 'Y-N+1']);
let rules: Rule[] | null = null;

function getRules(): Rule[] {
  if (rules) return rules;
  rules = loadTsv('period-years.tsv').map(([pattern, start, end]) => {
    if (!BOUNDS.has(start) || !BOUNDS.has(end)) throw new Error(`period-years.tsv: bad row ${pattern}`);
    const re = new RegExp(`^${pattern.replace('N', '([0-9]+|[〇零一二两三四五六七八九十百]+)')}$`);
    return { re, start: start as Bound, end: end as Bound };
  });
  return rules;
}

const NUMBER_ROWS = new Set<Bound>(['N', 'Y-N+1']);

const isYear = (n: number) => Number.isInteger(n) && n >= 1900 && n <= 2099;

/** Years of a stated period, or both null when the period or the article date does not allow it. */
export function resolvePeriod(period: string | null, articleYear: number | null): PeriodYears {
  const none = { periodStart: null, periodEnd: null };
  if (!period) return none;
  for (const rule of getRules()) {
    const m = rule.re.exec(period);
    if (!m) continue;
    const n = m[1] === undefined ? null : /^\d+$/.test(m[1]) ? Number(m[1]) : parseNumeral(m[1]);
    const usesN = NUMBER_ROWS.has(rule.start) || NUMBER_ROWS.has(rule.end);
    if (usesN && n === null) continue;
    const asYear = rule.start === 'N' || rule.end === 'N';
    if (asYear && !isYear(n!)) continue;
    if (rule.start === 'Y-N+1' && (isYear(n!) || n! < 1 || n! > 100)) continue;
    const value = (b: Bound): number | null => {
      if (b === 'N') return n;
      if (articleYear === null) return null;
      return b === 'Y' ? articleYear : b === 'Y-1' ? articleYear - 1 : articleYear - n! + 1;
    };
    const start = value(rule.start);
    const end = value(rule.end);
    return start === null || end === null || start > end ? none : { periodStart: start, periodEnd: end };
  }
  return none;
}

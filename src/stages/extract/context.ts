import type { Token } from '../../doc.js';
import type { Lexicon } from './lexicon.js';
import { tokenIndexAt } from './text.js';

// What a claim is about: subject (the counted noun phrase), category, period (time scope), per.

const STOP_HEAD = /^(、|出|共|共计|累计|总计|达|达到|已|先后|分别|又|还|并|合计|其中|全县|全市|全镇|全省|全区|各类|各项|各级|了|的|为|有|给|向|对|在|和)+/;
const STOP_TAIL = /(共|达|达到|累计|计|约|近|超过|逾|等|了|的|有|为|了)+$/;

/**
 * Noun phrase counted by the number: what stands between the clause's last verb and the number
 * (培训农村妇女400人 → 农村妇女), or, when the number comes first, what follows its classifier up to a
 * verb (为28943名农村适龄妇女开展… → 农村适龄妇女).
 */
export function subjectOf(
  t: string,
  tokens: Token[],
  clauseStart: number,
  numStart: number,
  clsEnd: number,
  clauseEnd: number,
  lex: Lexicon,
): string | null {
  const isVerb = (w: string) => lex.verbSet.has(w);
  let from = clauseStart;
  for (let i = tokenIndexAt(tokens, clauseStart); i < tokens.length && tokens[i].end <= numStart; i++) {
    if (tokens[i].start >= clauseStart && (isVerb(tokens[i].word) || lex.subjectStops.has(tokens[i].word))) from = tokens[i].end;
  }
  const raw = t.slice(from, numStart);
  // 为1200名农村妇女开展筛查: after a preposition the noun follows the classifier
  const prepositional = /(为|向|给|对|使|让|把|将|帮助|帮扶|资助|救助|慰问|共有|有|计有)$/.test(raw);
  let before = prepositional ? '' : clean(raw);
  // a long quoted name before the noun: keep the noun (“巾帼心向党”主题宣讲活动 → 主题宣讲活动)
  if (before.length > 12) before = before.slice(before.lastIndexOf('”') + 1) || before;
  before = before.replace(/[“”"]/g, '');
  if (before.length >= 2) return before.slice(-24);
  let end = clsEnd;
  for (let i = tokenIndexAt(tokens, clsEnd); i < tokens.length; i++) {
    const tok = tokens[i];
    if (tok.start < clsEnd) continue;
    if (tok.start >= clauseEnd || isVerb(tok.word) || lex.subjectStops.has(tok.word) || /[、\d]/.test(tok.word)) break;
    end = tok.end;
  }
  const after = clean(t.slice(clsEnd, end)).replace(/[“”"]/g, '');
  return after.length >= 2 ? after.slice(0, 24) : null;
}

function clean(s: string): string {
  return s.replace(/\s+/g, '').replace(STOP_HEAD, '').replace(STOP_TAIL, '');
}

export function categoryOf(subject: string | null, clause: string, lex: Lexicon): string | null {
  for (const text of [subject ?? '', clause]) {
    // the dictionary's first key found in the text wins; keys are looked up by first character
    let best = Infinity;
    for (let i = 0; i < text.length; i++) {
      const bucket = lex.categoryByChar.get(text[i]);
      if (bucket) for (const [key, rank] of bucket) if (rank < best && text.startsWith(key, i)) best = rank;
    }
    if (best < Infinity) return lex.categories[best][1];
  }
  return null;
}

/** All stated time scopes of a text, found once per article: [start, end, text], in order. */
export function periodsIn(t: string, lex: Lexicon): [number, number, string][] {
  // every time scope holds 年: match only in a small window around each 年, not at every position
  const out: [number, number, string][] = [];
  let done = 0;
  for (let y = t.indexOf('年'); y >= 0; y = t.indexOf('年', y + 1)) {
    if (y < done) continue;
    const from = Math.max(done, y - 12);
    const window = t.slice(from, Math.min(t.length, y + 6));
    for (const m of window.matchAll(lex.periods)) {
      const s = from + m.index!;
      const e = s + m[0].length;
      if (s <= y && e > y) {
        out.push([s, e, m[0]]);
        done = e;
        break;
      }
    }
  }
  return out;
}

/** The nearest time scope stated before the number in its sentence, else in its paragraph. */
export function periodOf(periods: [number, number, string][], sentStart: number, paraStart: number, numStart: number): string | null {
  // the last period that ends at or before the number
  let lo = 0;
  let hi = periods.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (periods[mid][1] <= numStart) lo = mid + 1;
    else hi = mid;
  }
  const last = periods[lo - 1];
  if (!last) return null;
  const from = Math.max(Math.min(sentStart, paraStart), numStart - 200);
  return last[0] >= from ? last[2] : null;
}

/** 每人/人均/每月/每周/每两年 before the number (since `from`: the sentence, or the previous claim) → the per-unit base. */
export function perOf(t: string, from: number, numStart: number): string | null {
  const window = t.slice(Math.max(from, numStart - 30), numStart);
  const m = /(?:每|人均|户均|年均|月均)([一二两三四五六七八九十\d]*(?:个)?(?:人|户|家|月|周|年|天|日|季度|村|镇))?(?!.*每)/.exec(window);
  if (!m) return null;
  if (/^人均/.test(m[0])) return '人';
  if (/^户均/.test(m[0])) return '户';
  if (/^年均/.test(m[0])) return '年';
  if (/^月均/.test(m[0])) return '月';
  return m[1] ? m[1].replace(/个/, '') : null;
}

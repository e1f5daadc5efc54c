import type { Token } from '../../doc.js';
import type { Lexicon } from './lexicon.js';
import { matchAt } from './lexicon.js';
import type { NumberMatch } from './numbers.js';
import { isHeadingLine, quoteAround, tokenIndexAt } from './text.js';

// What carries a number but is not a statistic (spec: "Not claims"). Each rule states a pattern.

const CN_DIGIT = '一二三四五六七八九十两俩廿〇零';
const HAN_NOT_NUMERAL = `[^\\s\\d${CN_DIGIT}百千万亿,.;:!?、。“”"()《》]`;
/** 三访四察五送, 四评三晒两兑换, 三区一城, 一家一特色: numerals alternating with short words. */
const ALTERNATION = new RegExp(`[${CN_DIGIT}]${HAN_NOT_NUMERAL}{1,2}[${CN_DIGIT}]${HAN_NOT_NUMERAL}{1,2}`, 'g');
const CN_NEAR = new RegExp(`[${CN_DIGIT}]`);
/** 4+1工作法, 4+X, 1+N: a numeral joined by a plus sign. */
const PLUS = /[0-9一二三四五六七八九十]\s*\+\s*[0-9A-Za-z一二三四五六七八九十]/g;

/**
 * Whether a number stands where no number is a claim: inside a fixed slogan or name from the
 * dictionary, a short quoted name that holds a numeral (“五个镇赉”, “七个100%”, “12·4”), a numeral
 * alternation or an N+X formula. Looks only around the number: constant work per number.
 */
export function isBlocked(t: string, n: NumberMatch, lex: Lexicon): boolean {
  for (let p = n.start; p < n.end; p++) {
    const near = lex.slogansByChar.get(t[p]);
    if (near) for (const [w, off] of near) if (p >= off && t.startsWith(w, p - off)) return true;
  }
  if (quoteAround(t, n.start, n.end, 12)) return true;
  const from = Math.max(0, n.start - 6);
  const window = t.slice(from, Math.min(t.length, n.end + 6));
  // most numbers have neither a Chinese numeral nor a plus sign nearby: no regex then
  if (!CN_NEAR.test(window) && !window.includes('+')) return false;
  for (const re of [ALTERNATION, PLUS]) {
    re.lastIndex = 0;
    for (let m = re.exec(window); m; m = re.exec(window)) {
      const s = from + m.index;
      if (s < n.end && s + m[0].length > n.start) return true;
      re.lastIndex = m.index + 1;
    }
  }
  return false;
}

/**
 * Why the number at `n`, read with the classifier that starts at `clsAt`, is not a claim; null when
 * it may be one.
 */
export function rejectReason(t: string, n: NumberMatch, clsAt: number, lex: Lexicon): string | null {
  const before = t.slice(Math.max(0, n.start - 4), n.start);
  const raw = t.slice(n.start, n.end);
  // ordinals: 第十二次, 第四期, 第B03版
  if (/第\s*$/.test(before)) return 'ordinal';
  // dates, times, durations and ages: 2018年, 11月, 20余年, 4岁
  if (matchAt(t, clsAt, lex.timeUnits, (x) => x)) return 'time';
  // 19-12-18, 0913-2126249, 12·4, 14:27, 1/1: numbers glued by date, phone or page separators
  if (/[-·:/.]$/.test(before) && /\d/.test(before.slice(0, -1)) && !/[\u4e00-\u9fff]/.test(before.slice(-2, -1))) return 'code';
  if (/^[-·:/]\d/.test(t.slice(n.end, n.end + 2))) return 'code';
  // FM94.1, ICP备2021025553号, DNA: a number glued to Latin letters is a code or a name
  if (/[A-Za-z]$/.test(before) || /^[A-Za-z]/.test(t.slice(n.end, n.end + 1))) return 'code';
  if (/(备|邮编|编号|电话|热线|号码|代码)[::]?\s*$/.test(before)) return 'code';
  // long bare digit strings are codes or phone numbers, never counts written that way
  if (!n.chinese && /^\d{7,}$/.test(raw) && n.multiplier === '') return 'code';
  // service numbers: 110家暴中心, 12338妇女维权热线
  if (!n.chinese && n.valueMax === null && lex.hotlines.has(n.value) && /^\d+$/.test(raw)) {
    const next = t.slice(n.end, n.end + 4);
    if (!/^(人|名|位|次|场|个|件|起|户|元)(?![\u4e00-\u9fff]{0,1}(暴|警|线|台|中心))/.test(next)) return 'hotline';
  }
  // page furniture: 1 条记录, 1/1 页, 上一版3
  if (/^\s*(条记录|页|版)/.test(t.slice(clsAt, clsAt + 4))) return 'furniture';
  if (/(上一|下一)(版|篇|页|期)\s*$/.test(before)) return 'furniture';
  // a headline or section heading is not where statistics are reported
  if (isHeadingLine(t, n.start)) return 'heading';
  return null;
}

/** 服务对象100人以上的服务站, 50人以下: a number that defines a category. */
export function isThreshold(t: string, afterCls: number): boolean {
  const rest = t.slice(afterCls, afterCls + 4);
  if (/^(以下|及以下|以内)/.test(rest)) return true;
  return /^(以上|及以上)\s*(的|[\u4e00-\u9fff])/.test(rest);
}

/** 两个孩子的妈妈: a numeral that describes one person or family. */
export function isOnePersonDescription(t: string, afterCls: number, lex: Lexicon): boolean {
  const m = /^[\u4e00-\u9fff]{1,4}的/.exec(t.slice(afterCls, afterCls + 6));
  if (!m) return false;
  return lex.onePerson.some((h) => t.startsWith(h, afterCls + m[0].length));
}

/**
 * Names built on a Chinese numeral: 八项规定 / 五项机制 (a programme), 十三届执行委员会 (an ordinal),
 * 六部委 (the classifier is the first character of a longer word).
 */
export function isNumeralName(t: string, n: NumberMatch, clsStart: number, clsEnd: number, tokens: Token[], lex: Lexicon): boolean {
  const cls = t.slice(clsStart, clsEnd);
  if (!n.chinese || cls === '') return false;
  const rest = t.slice(clsEnd, clsEnd + 6);
  if (lex.ordinalHeads.some(([h, classifiers]) => classifiers.includes(cls) && (rest.startsWith(h) || rest.replace(/^[\u4e00-\u9fff]{1,2}(?=委员会)/, '').startsWith(h)))) return true;
  if (n.value <= 10 && /^[项个大条]$/.test(cls) && lex.programmeHeads.some((h) => rest.startsWith(h))) return true;
  // 二期工程, 三期项目: a phase of a project, not a count of sessions
  if (cls === '期' && /^[\u4e00-\u9fff]/.test(rest)) return true;
  // the classifier opens a longer word (六|部委), or numeral and classifier are part of one (两位数, 三位一体)
  const tok = tokens[tokenIndexAt(tokens, clsStart)];
  return !!tok && tok.end > clsEnd;
}

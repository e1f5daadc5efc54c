// The number-expression parser: Arabic and Chinese numerals, multipliers, ranges, percents and the
// hedges written inside an expression (400余, 20多万). A hand-written scanner, linear in the input:
// no backtracking regular expressions, every character is looked at a bounded number of times.
// Values are computed by shifting decimal digit strings, so 67.6万 is exactly 676000.
import { loadTsv } from '../../dict.js';

export interface NumberMatch {
  /** [start, end) of the expression; it may hold whitespace before 余/多/万/亿 ("100000\n\n余"). */
  start: number;
  end: number;
  /** After every multiplier (67.6万 → 676000); the low end of a range. */
  value: number;
  /** The high end of a range (3-5万 → 50000, 三四个 → 4), else null. */
  valueMax: number | null;
  /** Only hedges written inside the expression (400余, 20多万, 十几): always 'over' here. */
  approx: 'over' | 'about' | 'under' | null;
  /** % / 百分之… → 'percent'; (个)百分点 → 'points'; end then covers the sign or word. */
  percent: 'percent' | 'points' | null;
  /** Written with Chinese numerals (百分之4.5 and 3万 are not). */
  chinese: boolean;
  /** Trailing multiplier as written in canonical form: 67.6万 → '万', 5千万 → '千万', 三千五百万 → '万'. */
  multiplier: string;
  /** Preceded by 第 (第十二次, 第3期): an ordinal, not an amount. */
  ordinal: boolean;
}

// ---------------------------------------------------------------------------------------------
// Tables (dictionaries/numerals.tsv), loaded once.

interface Tables {
  digit: Map<number, number>;
  small: Map<number, { exp: number; canon: string }>;
  big: Map<number, { exp: number; canon: string }>;
  tens: Map<number, number>;
  hedge: Map<number, { approx: 'over' | 'about' | 'under'; chineseOnly: boolean }>;
  range: Set<number>;
  sep: Set<number>;
  point: Set<number>;
  percent: Set<number>;
  percentOf: Words;
  points: Words;
  /** Rates per mille or per 10万 after a number (‰, /10万): written as percents, by this power of ten. */
  rates: Words;
  rateExp: Map<string, number>;
  chinesePoint: Set<number>;
  ordinal: Set<number>;
  notMult: Words;
  gapWord: Words;
  barePrefix: Set<number>;
  vaguePrefix: Set<number>;
  enumSuffix: Set<number>;
  enumOpen: Set<number>;
  enumClose: Set<number>;
  notCompound: Set<number>;
  /** Financial forms (壹…玖, 拾佰仟): numerals only beside another numeral character. */
  formal: Set<number>;
  /** Words after 成 that keep a share a share: 三成以上, 七成多 (else a word 成员, 成立 follows). */
  shareAfter: Words;
  /** Words that begin with 成 (成员, 成立, 成不变): after a numeral they make no share (三成员, 一成不变). */
  chengWords: Words;
  /** char → nonnum words containing it, with the char's offset in the word. */
  nonNum: Map<number, { word: string; at: number }[]>;
  keep: Map<number, string[]>;
  /** Per UTF-16 code unit: ZH for Chinese numeral characters, START for any character a number can start with. */
  cls: Uint8Array;
}

const ZH = 1;
const START = 2;

/** Words by their first character, for a quick look-up at a position. */
type Words = Map<number, string[]>;

function addWord(m: Words, w: string): void {
  const list = m.get(w.charCodeAt(0)) ?? [];
  list.push(w);
  m.set(w.charCodeAt(0), list);
}

let cached: Tables | null = null;

function tables(): Tables {
  if (cached) return cached;
  const t: Tables = {
    digit: new Map(),
    small: new Map(),
    big: new Map(),
    tens: new Map(),
    hedge: new Map(),
    range: new Set(),
    sep: new Set(),
    point: new Set(),
    percent: new Set(),
    rates: new Map(),
    rateExp: new Map(),
    percentOf: new Map(),
    points: new Map(),
    chinesePoint: new Set(),
    ordinal: new Set(),
    notMult: new Map(),
    gapWord: new Map(),
    barePrefix: new Set(),
    vaguePrefix: new Set(),
    enumSuffix: new Set(),
    enumOpen: new Set(),
    enumClose: new Set(),
    notCompound: new Set(),
    shareAfter: new Map(),
    chengWords: new Map(),
    nonNum: new Map(),
    keep: new Map(),
    cls: new Uint8Array(0x10000),
    formal: new Set(),
  };
  for (const [kind, raw, value, extra, rest] of loadTsv('numerals.tsv')) {
    if (!raw) continue;
    // characters that a TSV cell cannot hold (spaces) are written as U+XXXX
    const text = /^U\+[0-9A-Fa-f]{4,5}$/.test(raw) ? String.fromCodePoint(parseInt(raw.slice(2), 16)) : raw;
    const c0 = text.charCodeAt(0);
    switch (kind) {
      case 'digit':
        t.digit.set(c0, Number(value));
        if (extra === 'formal') t.formal.add(c0);
        break;
      case 'small':
        t.small.set(c0, { exp: Number(value), canon: extra ?? text });
        if (rest === 'formal') t.formal.add(c0);
        break;
      case 'big': t.big.set(c0, { exp: Number(value), canon: extra ?? text }); break;
      case 'tens': t.tens.set(c0, Number(value)); break;
      case 'hedge':
        t.hedge.set(c0, { approx: value as 'over' | 'about' | 'under', chineseOnly: extra === 'chinese-only' });
        break;
      case 'range': t.range.add(c0); break;
      case 'sep': t.sep.add(c0); break;
      case 'point': t.point.add(c0); break;
      case 'percent': t.percent.add(c0); break;
      case 'percentof': addWord(t.percentOf, text); break;
      case 'points': addWord(t.points, text); break;
      case 'rate':
        addWord(t.rates, text);
        t.rateExp.set(text, Number(value));
        break;
      case 'chinesepoint': t.chinesePoint.add(c0); break;
      case 'ordinal': t.ordinal.add(c0); break;
      case 'notmult': addWord(t.notMult, text); break;
      case 'gapword': addWord(t.gapWord, text); break;
      case 'bareprefix': t.barePrefix.add(c0); break;
      case 'vagueprefix': t.vaguePrefix.add(c0); break;
      case 'enum': t.enumSuffix.add(c0); break;
      case 'enumopen': t.enumOpen.add(c0); break;
      case 'enumclose': t.enumClose.add(c0); break;
      case 'notcompound': t.notCompound.add(c0); break;
      case 'shareafter': addWord(t.shareAfter, text); break;
      case 'chengword': addWord(t.chengWords, text); break;
      case 'nonnum':
        // Indexed by the character and its right neighbour (its left one at the word's end).
        for (let k = 0; k < text.length; k++) {
          const key = k + 1 < text.length ? pairKey(text, k) : -pairKey(text, k - 1);
          const list = t.nonNum.get(key) ?? [];
          list.push({ word: text, at: k });
          t.nonNum.set(key, list);
        }
        break;
      case 'keep': {
        const list = t.keep.get(c0) ?? [];
        list.push(text);
        t.keep.set(c0, list);
        break;
      }
      default:
        throw new Error(`numerals.tsv: unknown kind ${kind}`);
    }
  }
  for (const m of [t.digit, t.small, t.big, t.tens]) for (const c of m.keys()) t.cls[c] |= ZH | START;
  for (const c of t.percentOf.keys()) t.cls[c] |= START;
  for (let c = 48; c <= 57; c++) t.cls[c] |= START;
  for (let c = 0xff10; c <= 0xff19; c++) t.cls[c] |= START;
  // Longest first, so that the longest word wins.
  for (const m of [t.percentOf, t.points, t.notMult, t.gapWord]) for (const list of m.values()) list.sort((a, b) => b.length - a.length);
  cached = t;
  return t;
}

// ---------------------------------------------------------------------------------------------
// Small helpers.

const MAX_ARABIC_DIGITS = 20; // longer digit runs are codes or garbage, not amounts
const MAX_CHINESE_RUN = 40; // longer runs of numeral characters are not numerals
const MAX_GAP = 6; // whitespace allowed between digits and a following 余/多/万/亿 (line breaks)

function arabicDigit(s: string, i: number): number {
  const c = s.charCodeAt(i);
  if (c >= 48 && c <= 57) return c - 48;
  if (c >= 0xff10 && c <= 0xff19) return c - 0xff10;
  return -1;
}

function isSpace(ch: string | undefined): boolean {
  return ch === ' ' || ch === '\n' || ch === '\r' || ch === '\t' || ch === '\u3000' || ch === '\u00a0' || ch === '\f' || ch === '\v';
}

/**
 * Index after at most MAX_GAP whitespace characters from p (p itself if none). After a gap, a word
 * that starts a new sentence (多措并举, 万达) is not joined to the number: then p itself.
 */
function skipGap(s: string, p: number): number {
  let q = p;
  while (q < s.length && q - p < MAX_GAP && isSpace(s[q])) q++;
  if (q > p && startsWithAny(s, q, tables().gapWord)) return p;
  return q;
}

/** Two UTF-16 code units at i and i+1 as one number (a key of the nonnum index; ≥ 1). */
function pairKey(s: string, i: number): number {
  return s.charCodeAt(i) * 0x10000 + (s.charCodeAt(i + 1) || 0) + 1;
}

function startsWithAny(s: string, p: number, words: Words): string | null {
  const list = words.get(s.charCodeAt(p));
  if (list) for (const w of list) if (s.startsWith(w, p)) return w;
  return null;
}

/** The decimal number int.frac × 10^exp, computed on the digit string (no float noise). */
function shift(int: string, frac: string, exp: number): number {
  let digits = int + frac;
  let point = int.length + exp;
  if (point >= digits.length) digits = digits + '0'.repeat(point - digits.length);
  else if (point < 0) {
    digits = '0'.repeat(-point) + digits;
    point = 0;
  }
  const text = point === digits.length ? digits : digits.slice(0, point) + '.' + digits.slice(point);
  return Number(text === '' || text.startsWith('.') ? '0' + text : text);
}

/** One number before range handling. */
interface Num extends Omit<NumberMatch, 'ordinal'> {
  /** Power of ten of the trailing multiplier, and the digits before it (for 3-5万). */
  exp: number;
  int: string;
  frac: string;
  leadingZero: boolean;
  /** 三成: the factor a share in tenths was scaled by (a range's low end 三至四成 takes it too). */
  share?: number;
}

interface Opts {
  /** Accept a bare unit (万, 百) as 1 × unit: parseNumeral and after 百分之. */
  bare: boolean;
  /** Accept a lone 零/〇. */
  zero: boolean;
  /** Read a numeral inside a nonnum word too (the 一 of 四分之一 ends the word 之一). */
  inWord?: boolean;
}

// ---------------------------------------------------------------------------------------------
// Arabic numerals: 1,234.5 | 67.6万 | 20多万 | 1万余 | 1亿2000万 | 41.26% | 6.2个百分点

interface Chain {
  end: number;
  exp: number;
  text: string;
  small: boolean;
}

/** A multiplier chain at p: [十|百|千]? 万? 亿? (e.g. 万, 千万, 万亿); small units only when allowed. */
function readChain(s: string, p: number, allowSmall: boolean): Chain | null {
  const t = tables();
  if (startsWithAny(s, p, t.notMult)) return null;
  let q = p;
  let exp = 0;
  let text = '';
  let small = false;
  const sm = t.small.get(s.charCodeAt(q));
  if (sm) {
    if (!allowSmall) return null;
    exp += sm.exp;
    text += sm.canon;
    small = true;
    q++;
  }
  // Then 万, then 亿, each at most once (万亿 = 10^12).
  for (const want of [4, 8]) {
    const b = t.big.get(s.charCodeAt(q));
    if (!b || b.exp !== want) continue;
    if (q > p && startsWithAny(s, q, t.notMult)) break;
    exp += b.exp;
    text += b.canon;
    q++;
  }
  if (q === p) return null;
  return { end: q, exp, text, small };
}

function parseArabic(s: string, i: number): Num | number {
  const t = tables();
  let p = i;
  let int = '';
  while (p < s.length) {
    const d = arabicDigit(s, p);
    if (d < 0) break;
    int += d;
    p++;
    if (int.length > MAX_ARABIC_DIGITS) {
      while (p < s.length && arabicDigit(s, p) >= 0) p++;
      return p; // skip the whole run
    }
  }
  // Thousands separators: only groups of exactly three digits after a first group of one to three.
  if (int.length <= 3 && int[0] !== '0') {
    while (t.sep.has(s.charCodeAt(p))) {
      let ok = true;
      for (let k = 1; k <= 3; k++) if (arabicDigit(s, p + k) < 0) ok = false;
      if (!ok || arabicDigit(s, p + 4) >= 0) break;
      int += '' + arabicDigit(s, p + 1) + arabicDigit(s, p + 2) + arabicDigit(s, p + 3);
      p += 4;
      if (int.length > MAX_ARABIC_DIGITS) return p;
    }
  }
  let frac = '';
  if (t.point.has(s.charCodeAt(p)) && arabicDigit(s, p + 1) >= 0) {
    p++;
    while (p < s.length && arabicDigit(s, p) >= 0) {
      frac += arabicDigit(s, p);
      p++;
      if (frac.length > MAX_ARABIC_DIGITS) {
        while (p < s.length && arabicDigit(s, p) >= 0) p++;
        return p;
      }
    }
  }
  const num: Num = {
    start: i,
    end: p,
    value: 0,
    valueMax: null,
    approx: null,
    percent: null,
    chinese: false,
    multiplier: '',
    exp: 0,
    int,
    frac,
    leadingZero: int.length > 1 && int[0] === '0',
  };
  let q = p;
  // Hedge right after the digits (400余, 20多万, "100000\n\n余").
  let g = skipGap(s, q);
  const h1 = t.hedge.get(s.charCodeAt(g));
  if (h1 && !h1.chineseOnly) {
    num.approx = h1.approx;
    q = g + 1;
  }
  // Multiplier chain; 十/百/千 only right after one or two digits (5千, 3百万), never across a gap.
  g = skipGap(s, q);
  // 20个亿: the spoken form of 20亿 (个 before 亿 counts nothing)
  if (s[g] === '个' && s[g + 1] === '亿') g++;
  const chain = readChain(s, g, g === q);
  let compoundDone = false;
  if (chain && !(chain.small && chain.exp < 4 && int.length > 2)) {
    num.exp = chain.exp;
    num.multiplier = chain.text;
    q = chain.end;
    // Hedge after the multiplier (1万余, 3万多).
    if (!num.approx) {
      g = skipGap(s, q);
      const h2 = t.hedge.get(s.charCodeAt(g));
      if (h2 && !h2.chineseOnly) {
        num.approx = h2.approx;
        q = g + 1;
        // 3千余万, 5百多万: a small multiplier, the hedge, then 万 or 亿 (3000余万 = over 30 000 000)
        const big = chain.exp < 4 ? t.big.get(s.charCodeAt(q)) : undefined;
        if (big && !startsWithAny(s, q, t.notMult)) {
          num.exp += big.exp;
          num.multiplier += big.canon;
          q++;
        }
      } else if (chain.exp >= 4 && frac === '') {
        // 1亿2000万, 3万5000, 3万5千: a lower part written straight after the multiplier.
        const low = lowerPart(s, q, chain.exp);
        if (low) {
          num.value = shift(int, frac, chain.exp) + low.value;
          num.multiplier = low.multiplier;
          num.exp = low.exp;
          num.int = String(num.value / 10 ** low.exp);
          num.frac = '';
          num.approx = low.approx;
          q = low.end;
          compoundDone = true;
        }
      }
    }
  }
  if (!compoundDone) num.value = shift(int, frac, num.exp);
  num.end = q;
  suffixPercent(s, num);
  return num;
}

/** The lower part of 1亿2000万 / 3万5000 / 3万5千 after a multiplier of 10^upper. */
function lowerPart(
  s: string,
  p: number,
  upper: number,
): { end: number; value: number; exp: number; multiplier: string; approx: Num['approx'] } | null {
  let q = p;
  let int = '';
  while (q < s.length && arabicDigit(s, q) >= 0 && int.length <= upper) {
    int += arabicDigit(s, q);
    q++;
  }
  if (int === '' || arabicDigit(s, q) >= 0 || decimalAt(s, q)) return null;
  const chain = readChain(s, q, int.length <= 2);
  let exp = 0;
  let multiplier = '';
  if (chain && chain.exp < upper) {
    exp = chain.exp;
    multiplier = chain.text;
    q = chain.end;
  } else if (chain) return null;
  else if (int.length !== upper) return null; // 3万5 is ambiguous; 3万5000 is not
  if (tables().notCompound.has(s.charCodeAt(q))) return null; // 1万2019年: a date follows
  const value = shift(int, '', exp);
  if (value >= 10 ** upper) return null;
  let approx: Num['approx'] = null;
  const h = tables().hedge.get(s.charCodeAt(q));
  if (h && !h.chineseOnly) {
    approx = h.approx;
    q++;
  }
  return { end: q, value, exp, multiplier, approx };
}

/** A decimal point followed by a digit at q. */
function decimalAt(s: string, q: number): boolean {
  return tables().point.has(s.charCodeAt(q)) && arabicDigit(s, q + 1) >= 0;
}

/** A percent sign (41.26%) or percentage points (6.2个百分点) after the number. */
function suffixPercent(s: string, num: Num): void {
  const t = tables();
  if (num.multiplier !== '') return;
  const g = skipGap(s, num.end);
  if (t.percent.has(s.charCodeAt(g))) {
    num.percent = 'percent';
    num.end = g + 1;
    return;
  }
  // 婴儿死亡率3.21‰, 孕产妇死亡率8.62/10万: a rate per mille or per 10万 is a percent (0.321%, 0.00862%)
  const rate = startsWithAny(s, g, t.rates);
  if (rate) {
    const exp = t.rateExp.get(rate)!;
    num.percent = 'percent';
    num.end = g + rate.length;
    num.value = num.int !== '' ? shift(num.int, num.frac, num.exp + exp) : Number((num.value * 10 ** exp).toPrecision(12));
    return;
  }
  const w = startsWithAny(s, num.end, t.points);
  if (w) {
    num.percent = 'points';
    num.end += w.length;
    return;
  }
  shareSuffix(s, num);
}

/**
 * Shares written in words are percents: 三成 (30), 七八成 (70–80), 四分之一 (25), 三分之二 (66.666…, the exact quotient).
 * 成 only after a whole number up to ten and where it begins no word of its own (三成 but not 三成员, 一成不变:
 * numerals.tsv chengword).
 */
function shareSuffix(s: string, num: Num): void {
  const t = tables();
  if (num.frac !== '' || num.approx !== null || num.value < 1) return;
  const at = num.end;
  if (s[at] === '成' && (num.valueMax ?? num.value) <= 10 && num.value === Math.floor(num.value)) {
    const next = s.slice(at + 1, at + 3);
    // (近四成职场妈妈: any noun of those counted may follow, unless 成 begins a word of its own)
    if (/^[\u4e00-\u9fff]/.test(next) && !startsWithAny(s, at + 1, t.shareAfter) && startsWithAny(s, at, t.chengWords)) return;
    num.percent = 'percent';
    num.share = 10;
    num.value *= 10;
    if (num.valueMax !== null) num.valueMax *= 10;
    num.end = at + 1;
    return;
  }
  if (s.startsWith('分之', at) && num.valueMax === null && num.value >= 2 && num.value === Math.floor(num.value)) {
    const of = parseAt(s, at + 2, { bare: false, zero: false, inWord: true });
    if (typeof of === 'number' || of.multiplier !== '' || of.percent !== null || of.valueMax !== null || of.frac !== '') return;
    if (of.value < 1 || of.value >= num.value || of.chinese !== num.chinese) return;
    num.percent = 'percent';
    num.value = (100 * of.value) / num.value;
    num.end = of.end;
  }
}

// ---------------------------------------------------------------------------------------------
// Chinese numerals: 两万三千 | 一百零五 | 十一 | 二十余 | 三千五百万 | 三点五亿 | 三四个 | 十几万

type Tok =
  | { k: 'd'; v: number }
  | { k: 's'; e: number; c: string }
  | { k: 'b'; e: number; c: string }
  | { k: 'pt' };

function isZhAt(s: string, i: number): boolean {
  return i >= 0 && i < s.length && (tables().cls[s.charCodeAt(i)]! & ZH) !== 0;
}

/** Integer value of a token list without hedges or points; null if not well-formed. */
function parseZhInt(toks: Tok[], bare: boolean): number | null {
  if (toks.length === 0) return null;
  // A four-digit string written digit by digit: 二〇二三, 一九九八.
  if (toks.every((x) => x.k === 'd')) {
    if (toks.length === 1) return (toks[0] as { v: number }).v;
    if (toks.length === 4) return Number(toks.map((x) => (x as { v: number }).v).join(''));
    return null;
  }
  let total = 0;
  let section = 0;
  let pending: number | null = null;
  let zero = false;
  let lastSmall = Infinity;
  let lastBig = Infinity;
  let started = false;
  for (let k = 0; k < toks.length; k++) {
    const x = toks[k]!;
    if (x.k === 'd') {
      if (pending !== null) return null; // two digits in a row: 三八
      if (x.v === 0) {
        if (zero || !started) return null;
        zero = true;
        continue;
      }
      pending = x.v;
    } else if (x.k === 's') {
      const unit = 10 ** x.e;
      if (unit >= lastSmall) return null;
      let d = pending;
      if (d === null) {
        // 十 alone means 一十 at the start of a section (十五, 十万); 百/千 alone only as a bare start.
        if (x.e === 1 && section === 0 && !zero) d = 1;
        else if (!started && bare) d = 1;
        else return null;
      }
      section += d * unit;
      lastSmall = unit;
      pending = null;
      zero = false;
    } else if (x.k === 'b') {
      if (pending !== null) section += pending;
      pending = null;
      if (zero) return null;
      if (x.e === 4) {
        if (lastBig === 4) return null;
        if (section === 0) {
          if (!started && bare) section = 1;
          else return null;
        }
        total += section * 1e4;
      } else {
        if (total + section === 0) {
          if (!started && bare) section = 1;
          else return null;
        }
        total = (total + section) * 1e8;
      }
      section = 0;
      lastSmall = Infinity;
      lastBig = x.e;
    } else return null;
    started = true;
  }
  if (pending !== null) {
    if (zero || lastSmall === 10 || (lastSmall === Infinity && lastBig === Infinity)) section += pending;
    // Abbreviated last digit: 一百五 = 150, 三千五 = 3500, 两万三 = 23000.
    else if (lastSmall !== Infinity) section += pending * (lastSmall / 10);
    else section += pending * 10 ** (lastBig - 1);
  } else if (zero) return null;
  return total + section;
}

/** Trailing big units (万, 亿, 万亿) of a token list: [text, exponent]. */
function trailingBig(toks: Tok[]): [string, number] {
  let text = '';
  let exp = 0;
  for (let k = toks.length - 1; k >= 0; k--) {
    const x = toks[k]!;
    if (x.k !== 'b') break;
    text = x.c + text;
    exp += x.e;
  }
  return [text, exp];
}

interface ZhValue {
  value: number;
  valueMax: number | null;
  int: string;
  frac: string;
  exp: number;
  multiplier: string;
}

/** Value of a hedge-free token list: integer, decimal (三点五万) or adjacent-digit range (三四十). */
function zhValue(toks: Tok[], bare: boolean): ZhValue | null {
  const [multiplier, mexp] = trailingBig(toks);
  const pt = toks.findIndex((x) => x.k === 'pt');
  if (pt >= 0) {
    const left = toks.slice(0, pt);
    if (left.some((x) => x.k === 'b' || x.k === 'pt')) return null;
    const li = parseZhInt(left, false);
    if (li === null) return null;
    let k = pt + 1;
    let frac = '';
    while (k < toks.length && toks[k]!.k === 'd') frac += (toks[k] as { v: number }).v, k++;
    if (frac === '') return null;
    // A multiplier chain after the decimals: [十|百|千]? 万? 亿?
    let exp = 0;
    let lastE = 0;
    let bigText = '';
    for (; k < toks.length; k++) {
      const x = toks[k]!;
      if ((x.k !== 's' && x.k !== 'b') || x.e <= lastE) return null;
      exp += x.e;
      lastE = x.e;
      if (x.k === 'b') bigText += x.c;
    }
    const int = String(li);
    return { value: shift(int, frac, exp), valueMax: null, int, frac, exp, multiplier: bigText };
  }
  // Adjacent consecutive digits: 三四个 (3–4), 三四十 (30–40), 十七八 (17–18), 一两, 两三.
  for (let k = 0; k + 1 < toks.length; k++) {
    const a = toks[k]!;
    const b = toks[k + 1]!;
    if (a.k === 'd' && b.k === 'd') {
      if (toks.every((x) => x.k === 'd') && toks.length === 4) break; // 二〇二三
      if (a.v === 0 || b.v === 0) continue; // 一百零五: 零 is a place holder
      if (b.v !== a.v + 1) return null; // 三八, 五一: names, not amounts
      const lo = parseZhInt([...toks.slice(0, k + 1), ...toks.slice(k + 2)], bare);
      const hi = parseZhInt([...toks.slice(0, k), ...toks.slice(k + 1)], bare);
      if (lo === null || hi === null || lo >= hi) return null;
      return { value: lo, valueMax: hi, int: String(lo / 10 ** mexp), frac: '', exp: mexp, multiplier };
    }
  }
  const v = parseZhInt(toks, bare);
  if (v === null) return null;
  return { value: v, valueMax: null, int: String(v / 10 ** mexp), frac: '', exp: mexp, multiplier };
}

/** Does a nonnum word (进一步, 十分, 千方百计) cover position i? */
function inNonNumWord(s: string, i: number): number {
  const t = tables();
  const keep = t.keep.get(s.charCodeAt(i));
  if (keep) for (const w of keep) if (s.startsWith(w, i)) return 0;
  for (const list of [t.nonNum.get(pairKey(s, i)), i > 0 ? t.nonNum.get(-pairKey(s, i - 1)) : undefined]) {
    if (!list) continue;
    for (const { word, at } of list) {
      if (i - at >= 0 && s.startsWith(word, i - at)) return word.length - at;
    }
  }
  return 0;
}

function parseChinese(s: string, i: number, opts: Opts): Num | number {
  const t = tables();
  const nn = opts.inWord ? 0 : inNonNumWord(s, i);
  if (nn > 0) return i + nn;
  // Collect the run: numeral characters, 点 between digits, and 余/多/几 after a unit.
  const toks: Tok[] = [];
  let p = i;
  let hedged = false;
  let approx: Num['approx'] = null;
  while (p < s.length) {
    if (toks.length >= MAX_CHINESE_RUN) {
      while (p < s.length && isZhAt(s, p)) p++;
      return p;
    }
    const ch = s.charCodeAt(p);
    const d = t.digit.get(ch);
    const sm = t.small.get(ch);
    const bg = t.big.get(ch);
    const tn = t.tens.get(ch);
    const last = toks[toks.length - 1];
    if (hedged) {
      // After 余/多 only big units may follow: 三十余万, 十几万.
      if (bg) {
        toks.push({ k: 'b', e: bg.exp, c: bg.canon });
        p++;
        continue;
      }
      break;
    }
    if (d !== undefined) toks.push({ k: 'd', v: d });
    else if (sm) toks.push({ k: 's', e: sm.exp, c: sm.canon });
    else if (bg) toks.push({ k: 'b', e: bg.exp, c: bg.canon });
    else if (tn !== undefined) toks.push({ k: 'd', v: tn }, { k: 's', e: 1, c: '十' });
    else if (t.chinesePoint.has(ch) && (last?.k === 'd' || last?.k === 's') && t.digit.has(s.charCodeAt(p + 1)) && !toks.some((x) => x.k === 'pt')) {
      toks.push({ k: 'pt' });
    } else {
      const h = t.hedge.get(ch);
      if (h && last && (last.k === 's' || last.k === 'b') && (!h.chineseOnly || (last.k === 's' && last.e === 1))) {
        approx = h.approx;
        hedged = true;
      } else break;
    }
    p++;
  }
  if (toks.length === 0) return i + 1;
  // 安陆市, 队伍: a financial numeral alone is a character of a word or name
  if (p === i + 1 && t.formal.has(s.charCodeAt(i))) return p;
  const first = toks[0]!;
  // Enumerations: 一是…二是…, 一要…, 一、, (一)
  if (toks.length === 1 && (first.k === 'd' || (first.k === 's' && first.e === 1))) {
    if (t.enumSuffix.has(s.charCodeAt(p))) return p;
    if (t.enumOpen.has(s.charCodeAt(i - 1)) && t.enumClose.has(s.charCodeAt(p))) return p;
  }
  // Vague amounts: 几十, 数百, 数万.
  if ((first.k === 's' || first.k === 'b') && t.vaguePrefix.has(s.charCodeAt(i - 1))) return p;
  // A bare 百/千/万/亿 is a number only with a hedge (百余, 千多) or after 上/近/逾… (上万, 近千).
  const bareStart = (first.k === 's' && first.e > 1) || first.k === 'b';
  const bareOk = opts.bare || approx !== null || t.barePrefix.has(s.charCodeAt(i - 1));
  if (bareStart && !bareOk) return p;
  if (!opts.zero && toks.every((x) => x.k === 'd' && x.v === 0)) return p;
  const zv = zhValue(toks, bareStart && bareOk);
  if (!zv) return p;
  if (zv.valueMax !== null && approx !== null) return p;
  const num: Num = {
    start: i,
    end: p,
    value: zv.value,
    valueMax: zv.valueMax,
    approx,
    percent: null,
    chinese: true,
    multiplier: zv.multiplier,
    exp: zv.exp,
    int: zv.int,
    frac: zv.frac,
    leadingZero: false,
  };
  suffixPercent(s, num);
  return num;
}

// ---------------------------------------------------------------------------------------------
// One number at i (Arabic, 百分之…, Chinese), then ranges.

function parseAt(s: string, i: number, opts: Opts): Num | number {
  const t = tables();
  if (arabicDigit(s, i) >= 0) return parseArabic(s, i);
  const pw = startsWithAny(s, i, t.percentOf);
  if (pw) {
    const j = i + pw.length;
    const inner = arabicDigit(s, j) >= 0 ? parseArabic(s, j) : isZhAt(s, j) ? parseChinese(s, j, { bare: true, zero: true }) : j;
    if (typeof inner !== 'number' && inner.percent === null && inner.multiplier === '') {
      inner.start = i;
      inner.percent = 'percent';
      return inner;
    }
    return j; // 百分之几: no number, and 百 is not one either
  }
  if (isZhAt(s, i)) return parseChinese(s, i, opts);
  return i + 1;
}

function isNumberStart(s: string, i: number): boolean {
  return arabicDigit(s, i) >= 0 || isZhAt(s, i);
}

const ZH_UNIT: Record<string, number> = { 十: 10, 百: 100, 千: 1000, 万: 10000 };

/** Try to read `low` as the first end of a range (3-5万, 三至五, 10~20, 3%-5%). */
function tryRange(s: string, low: Num): Num | null {
  const t = tables();
  if (low.approx !== null || low.valueMax !== null || low.leadingZero) return null;
  if (!t.range.has(s.charCodeAt(low.end))) return null;
  // Part of a chain like 19-12-18 (dates, codes): not a range.
  if (t.range.has(s.charCodeAt(low.start - 1)) && isNumberStart(s, low.start - 2)) return null;
  const high = parseAt(s, low.end + 1, { bare: false, zero: false });
  if (typeof high === 'number' || high.chinese !== low.chinese || high.valueMax !== null || high.leadingZero) return null;
  if (t.range.has(s.charCodeAt(high.end)) && isNumberStart(s, high.end + 1)) return null;
  // 30%-50%, 3-5%, 百分之三十至五十 (the written-out form carries the percent to its high end).
  const lowOf = low.percent === 'percent' && startsWithAny(s, low.start, t.percentOf) !== null && high.percent === null;
  if (low.percent !== null && low.percent !== high.percent && !lowOf) return null;
  let lowValue = low.value;
  let multiplier = low.multiplier;
  // 3-5万: the multiplier of the high end applies to a low end written without one, when the low
  // digits are smaller than the high digits (not in 5000-1万).
  if (low.multiplier === '' && high.multiplier !== '' && low.value < shift(high.int, high.frac, 0)) {
    lowValue = shift(low.int, low.frac, high.exp);
    multiplier = high.multiplier;
  }
  // 三至五百人: a lone Chinese digit takes the unit of the high end written as digit + unit (300–500)
  const highText = s.slice(high.start, high.end);
  if (low.chinese && low.end - low.start === 1 && /^[一二三四五六七八九两][十百千万]$/.test(highText)) {
    const unit = ZH_UNIT[highText[1]];
    if (low.value * unit < high.value) lowValue = low.value * unit;
  }
  // 三至四成: the low end is in tenths too
  if (high.share && low.percent === null) lowValue = low.value * high.share;
  if (!(lowValue < high.value)) return null;
  return {
    ...low,
    end: high.end,
    value: lowValue,
    valueMax: high.value,
    approx: high.approx,
    percent: high.percent ?? low.percent,
    multiplier: high.multiplier || multiplier,
  };
}

function toMatch(s: string, n: Num): NumberMatch {
  return {
    start: n.start,
    end: n.end,
    value: n.value,
    valueMax: n.valueMax,
    approx: n.approx,
    percent: n.percent,
    chinese: n.chinese,
    multiplier: n.multiplier,
    ordinal: tables().ordinal.has(s.charCodeAt(n.start - 1)),
  };
}

/** Every number expression in the text, left to right, non-overlapping. */
export function scanNumbers(text: string): NumberMatch[] {
  const out: NumberMatch[] = [];
  const cls = tables().cls;
  let i = 0;
  const n = text.length;
  while (i < n) {
    if ((cls[text.charCodeAt(i)]! & START) === 0) {
      i++;
      continue;
    }
    const r = parseAt(text, i, { bare: false, zero: false });
    if (typeof r === 'number') {
      i = Math.max(r, i + 1);
      continue;
    }
    const m = tryRange(text, r) ?? r;
    out.push(toMatch(text, m));
    i = Math.max(m.end, i + 1);
  }
  return out;
}

/** The number expression that starts exactly at i, or null (for re-reading part of an expression). */
export function numberAt(text: string, i: number): NumberMatch | null {
  const r = parseAt(text, i, { bare: false, zero: false });
  if (typeof r === 'number') return null;
  return toMatch(text, tryRange(text, r) ?? r);
}

/** A whole numeral string → its value; null if the string is not exactly one numeral. */
export function parseNumeral(s: string): number | null {
  const str = s.trim();
  if (str === '') return null;
  const r = parseAt(str, 0, { bare: true, zero: true });
  if (typeof r === 'number' || r.end !== str.length || r.valueMax !== null) return null;
  return r.value;
}

// Where sentences, clauses and paragraphs of an article begin and end, and what is quoted.
// All functions work on the article's `norm` string (full-width punctuation already folded).

const SENTENCE_END = new Set(['。', '!', '?', '\n', '…']);
const CLAUSE_END = new Set([...SENTENCE_END, ',', ';', ':', '，', '；']);

/**
 * No scan reaches further than this from the number it serves: a real sentence is shorter, and a
 * 5 MB line without punctuation must cost constant work per number, not a pass over the line.
 */
const REACH = 400;

/** Sorted positions → index of the first position >= pos. */
export function lowerBound(xs: number[], pos: number): number {
  let lo = 0;
  let hi = xs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (xs[mid] < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

const HEADING_PUNCT = /[。,;!?:，；]/;

/** ● 发放创业担保贷款1.8亿元, 1.培训妇女3000人次: an item of a bulleted or numbered list is body text, not a heading. */
const BULLET = /^(?:[●•·▪◆◇■□★☆▲△►▶➢➤✓√◎○-]|\d{1,2}[.、)）](?!\d)|[(（]\d{1,2}[)）])/;

function isHeadingText(line: string): boolean {
  const x = line.trim();
  return x.length > 0 && x.length <= 40 && !HEADING_PUNCT.test(x) && !BULLET.test(x);
}
const SPLIT_BEFORE = /[\u4e00-\u9fff,、“”()]/;

/**
 * The stops of one text, found in one pass: sentence ends (a line break is not one where it
 * splits a sentence: "…开展的\n\n2014我演我家…"), clause ends, line breaks and heading lines.
 * Built once per article; every lookup is a binary search.
 */
/** Per UTF-16 unit: 1 ends a clause, 2 ends a sentence too. */
const STOP = new Uint8Array(0x10000);
for (const c of CLAUSE_END) STOP[c.charCodeAt(0)] = 1;
for (const c of SENTENCE_END) STOP[c.charCodeAt(0)] = 2;

const isDigit = (c: number) => c >= 48 && c <= 57;

/** A comma between digits that starts a group of exactly three: 1,280 (not 1,2 nor 2019,2020). */
function isGroupComma(t: string, i: number): boolean {
  const c = t.charCodeAt(i);
  if (c !== 44 && c !== 0xff0c) return false;
  if (!isDigit(t.charCodeAt(i - 1)) || !isDigit(t.charCodeAt(i + 1)) || !isDigit(t.charCodeAt(i + 2)) || !isDigit(t.charCodeAt(i + 3))) return false;
  if (isDigit(t.charCodeAt(i + 4))) return false;
  // at most three digits before the first separator
  let k = i - 1;
  let run = 0;
  while (k >= 0 && isDigit(t.charCodeAt(k))) {
    run++;
    k--;
  }
  return run <= 3 || t.charCodeAt(k) === c;
}

class Layout {
  readonly sentenceStops: number[] = [];
  readonly clauseStops: number[] = [];
  readonly lineStarts: number[] = [0];
  /** Per line: 1 heading, 0 not, -1 not yet known (most lines are never asked about). */
  private readonly headings: Int8Array;

  constructor(readonly t: string) {
    const n = t.length;
    for (let i = 0; i < n; i++) if (t.charCodeAt(i) === 10) this.lineStarts.push(i + 1);
    this.headings = new Int8Array(this.lineStarts.length).fill(-1);
    for (let i = 0; i < n; i++) {
      const kind = STOP[t.charCodeAt(i)];
      if (kind === 0) {
        // 【概况】 2008年,…: a run-in heading (yearbooks) ends where its bracket closes
        if (t.charCodeAt(i) === 0x3011 && this.opensLine(i)) {
          this.clauseStops.push(i);
          this.sentenceStops.push(i);
        }
        continue;
      }
      // 3,200名: a thousands separator is no clause end
      if (kind === 1 && isGroupComma(t, i)) continue;
      this.clauseStops.push(i);
      if (kind === 1) continue;
      if (t.charCodeAt(i) === 10) {
        let j = i;
        while (j < n && t.charCodeAt(j) === 10) j++;
        const soft = i > 0 && j < n && SPLIT_BEFORE.test(t[i - 1]) && !this.isHeading(i - 1) && !this.isHeading(j);
        for (let k = i; k < j; k++) {
          if (k > i) this.clauseStops.push(k);
          if (!soft) this.sentenceStops.push(k);
        }
        i = j - 1;
        continue;
      }
      this.sentenceStops.push(i);
    }
  }

  /** Whether the 【 matching the 】 at `close` opens its line (after blanks), at most 30 characters back. */
  private opensLine(close: number): boolean {
    const open = this.t.lastIndexOf('【', close);
    if (open < 0 || close - open > 30) return false;
    const before = this.t.slice(this.t.lastIndexOf('\n', open) + 1, open);
    return before.trim() === '' && !this.t.slice(open + 1, close).includes('\n');
  }

  lineOf(pos: number): number {
    return lowerBound(this.lineStarts, pos + 1) - 1;
  }

  isHeading(pos: number): boolean {
    const l = this.lineOf(pos);
    if (this.headings[l] < 0) {
      const start = this.lineStarts[l];
      const end = l + 1 < this.lineStarts.length ? this.lineStarts[l + 1] - 1 : this.t.length;
      // only a short line can be a heading: longer ones are never sliced
      this.headings[l] = end - start <= 80 && isHeadingText(this.t.slice(start, end)) ? 1 : 0;
    }
    return this.headings[l] === 1;
  }

  /** Whether line l is a short line without sentence punctuation that holds a figure (a digit). */
  figureLine(l: number): boolean {
    if (l < 0 || l >= this.lineStarts.length) return false;
    const start = this.lineStarts[l];
    const end = l + 1 < this.lineStarts.length ? this.lineStarts[l + 1] - 1 : this.t.length;
    return this.isHeading(start) && /[0-9]/.test(this.t.slice(start, end));
  }

  bounds(stops: number[], pos: number, reach: number): [number, number] {
    const k = lowerBound(stops, pos);
    const start = k > 0 ? stops[k - 1] + 1 : 0;
    const end = k < stops.length ? stops[k] : this.t.length;
    return [Math.max(start, pos - reach), Math.min(end, pos + reach)];
  }
}

let cached: Layout | null = null;

function layoutOf(t: string): Layout {
  if (cached?.t !== t) cached = new Layout(t);
  return cached;
}

/** Sentence bounds around pos. A line break ends a sentence unless it splits one (no end mark before it). */
/**
 * A hedge word and the base a share is of, up to the number (超过|普通家庭月收入的30%, 不足|单位总数的1%): the
 * hedge is the share's, the part stands before the hedge.
 */
/** The words that open a part of a list before its place or noun (其中, 另有, 还有), with the separators around them. */
export const PART_LEAD = /^[\s,:;(]*(?:其中|另有|还有)?[\s,:]*/;

export const SHARE_HEDGE_BASE = /(超过|超出|高于|多于|不足|不到|低于|少于|将近|接近)[^,;。的\d]{1,16}的$/;

export function sentenceAt(t: string, pos: number): [number, number] {
  return layoutOf(t).bounds(layoutOf(t).sentenceStops, pos, REACH);
}

export function clauseAt(t: string, pos: number): [number, number] {
  return layoutOf(t).bounds(layoutOf(t).clauseStops, pos, REACH);
}

export function paragraphAt(t: string, pos: number, reach = REACH * 4): [number, number] {
  const L = layoutOf(t);
  const l = L.lineOf(pos);
  const start = L.lineStarts[l];
  const end = l + 1 < L.lineStarts.length ? L.lineStarts[l + 1] - 1 : t.length;
  return [Math.max(start, pos - reach), Math.min(end, pos + reach)];
}

/** A short line without sentence punctuation: a headline or section heading. */
export function isHeadingLine(t: string, pos: number): boolean {
  const layout = layoutOf(t);
  if (!layout.isHeading(pos)) return false;
  // 某某等9个集体获…称号 / 某某等21个单位获…称号, one to a line: a run of short lines with figures is a
  // list laid out line by line, not headings
  const l = layout.lineOf(pos);
  return !(layout.figureLine(l - 1) || layout.figureLine(l + 1));
}

/** The closing mark of an opening quotation mark (by UTF-16 code), 0 for any other character:
 * “ ” 《 》 「 」 and the ASCII quote, which closes itself. */
function closerOf(c: number): number {
  switch (c) {
    case 0x201c:
      return 0x201d;
    case 0x300a:
      return 0x300b;
    case 0x300c:
      return 0x300d;
    case 0x22:
      return 0x22;
    default:
      return 0;
  }
}

function isCloser(c: number): boolean {
  return c === 0x201d || c === 0x300b || c === 0x300d || c === 0x22;
}

/** The short quotation [open, close] around [s, e) whose inner text is at most `inner` long, or null.
 * On character codes: it runs for every number, and one-character strings were most of its cost. */
export function quoteAround(t: string, s: number, e: number, inner: number): [number, number] | null {
  let open = -1;
  for (let i = s - 1; i >= Math.max(0, e - inner - 1); i--) {
    const c = t.charCodeAt(i);
    if (closerOf(c)) {
      open = i;
      break;
    }
    if (isCloser(c) || c === 10) return null;
  }
  if (open < 0) return null;
  const close = closerOf(t.charCodeAt(open));
  for (let j = e; j <= Math.min(t.length - 1, open + inner + 1); j++) {
    const c = t.charCodeAt(j);
    if (c === close) return [open, j];
    if (c === 10 || (closerOf(c) && c !== close)) return null;
  }
  return null;
}


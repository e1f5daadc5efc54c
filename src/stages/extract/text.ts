// Where sentences, clauses, list items and paragraphs of an article begin and end.
// All functions work on the article's `norm` string (full-width punctuation already folded).

const SENTENCE_END = new Set(['。', '!', '?', '\n', '…']);
const CLAUSE_END = new Set([...SENTENCE_END, ',', ';', ':', '，', '；']);
const ITEM_END = new Set([...CLAUSE_END, '、']);

/**
 * No scan reaches further than this from the number it serves: a real sentence is shorter, and a
 * 5 MB line without punctuation must cost constant work per number, not a pass over the line.
 */
export const REACH = 400;

function scanBack(t: string, pos: number, stops: Set<string>, reach = REACH): number {
  let i = pos;
  const floor = Math.max(0, pos - reach);
  while (i > floor && !stops.has(t[i - 1])) i--;
  return i;
}

function scanForward(t: string, pos: number, stops: Set<string>, reach = REACH): number {
  let i = pos;
  const ceil = Math.min(t.length, pos + reach);
  while (i < ceil && !stops.has(t[i])) i++;
  return i;
}

/** Sentence bounds around pos. A line break ends a sentence unless it splits one (no end mark before it). */
export function sentenceAt(t: string, pos: number): [number, number] {
  let start = pos;
  for (;;) {
    start = scanBack(t, start, SENTENCE_END, REACH - (pos - start));
    if (pos - start >= REACH) break;
    // "…开展的\n\n2014我演我家…": a page break inside a sentence does not end it.
    let k = start - 1;
    while (k >= 0 && t[k] === '\n') k--;
    if (start > 0 && t[start - 1] === '\n' && k >= 0 && /[\u4e00-\u9fff,、“(]/.test(t[k]) && !isHeadingLine(t, k)) {
      start = k;
      continue;
    }
    break;
  }
  let end = pos;
  for (;;) {
    end = scanForward(t, end, SENTENCE_END, REACH - (end - pos));
    if (end - pos >= REACH) break;
    let k = end;
    while (k < t.length && t[k] === '\n') k++;
    if (end < t.length && t[end] === '\n' && /[\u4e00-\u9fff,、”)]/.test(t[end - 1] ?? '') && k < t.length && !isHeadingLine(t, k) && !isHeadingLine(t, end - 1)) {
      end = k;
      continue;
    }
    break;
  }
  return [start, end];
}

export function clauseAt(t: string, pos: number): [number, number] {
  return [scanBack(t, pos, CLAUSE_END), scanForward(t, pos, CLAUSE_END)];
}

/** The list item that ends at pos (for "省级8个" in "全国巾帼文明岗6个,省级8个"). */
export function itemStart(t: string, pos: number): number {
  return scanBack(t, pos, ITEM_END);
}

export function paragraphAt(t: string, pos: number, reach = REACH * 4): [number, number] {
  const nl = new Set(['\n']);
  return [scanBack(t, pos, nl, reach), scanForward(t, pos, nl, reach)];
}

/** A short line without sentence punctuation: a headline or section heading. */
export function isHeadingLine(t: string, pos: number): boolean {
  const [s, e] = paragraphAt(t, pos, 64);
  const line = t.slice(s, e).trim();
  if (line.length === 0 || line.length > 40) return false;
  return !/[。,;!?:，；]/.test(line);
}

/** Quoted stretches “…” / "…" / 《…》 as [start, end) including the marks. */
export function quoteSpans(t: string): [number, number][] {
  const spans: [number, number][] = [];
  const pairs: Record<string, string> = { '“': '”', '《': '》', '「': '」', '"': '"' };
  let i = 0;
  while (i < t.length) {
    const close = pairs[t[i]];
    if (close) {
      const j = t.indexOf(close, i + 1);
      // an unclosed mark or one that runs past the line is not a quote
      const nl = t.indexOf('\n', i + 1);
      if (j > 0 && (nl < 0 || j < nl) && j - i <= 60) {
        spans.push([i, j + 1]);
        i = j + 1;
        continue;
      }
    }
    i++;
  }
  return spans;
}

/** Index of the first token that ends after `pos` (binary search; tokens are in text order). */
export function tokenIndexAt(tokens: { start: number; end: number }[], pos: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid].end <= pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

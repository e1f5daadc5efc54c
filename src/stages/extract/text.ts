// Where sentences, clauses, list items and paragraphs of an article begin and end.
// All functions work on the article's `norm` string (full-width punctuation already folded).

const SENTENCE_END = new Set(['。', '!', '?', '\n', '…']);
const CLAUSE_END = new Set([...SENTENCE_END, ',', ';', ':', '，', '；']);
const ITEM_END = new Set([...CLAUSE_END, '、']);

function scanBack(t: string, pos: number, stops: Set<string>): number {
  let i = pos;
  while (i > 0 && !stops.has(t[i - 1])) i--;
  return i;
}

function scanForward(t: string, pos: number, stops: Set<string>): number {
  let i = pos;
  while (i < t.length && !stops.has(t[i])) i++;
  return i;
}

/** Sentence bounds around pos. A line break ends a sentence unless it splits one (no end mark before it). */
export function sentenceAt(t: string, pos: number): [number, number] {
  let start = pos;
  for (;;) {
    start = scanBack(t, start, SENTENCE_END);
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
    end = scanForward(t, end, SENTENCE_END);
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

export function paragraphAt(t: string, pos: number): [number, number] {
  const start = t.lastIndexOf('\n', pos - 1) + 1;
  const nl = t.indexOf('\n', pos);
  return [start, nl < 0 ? t.length : nl];
}

/** A short line without sentence punctuation: a headline or section heading. */
export function isHeadingLine(t: string, pos: number): boolean {
  const [s, e] = paragraphAt(t, pos);
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

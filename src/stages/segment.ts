import { createRequire } from 'node:module';
import type { Token } from '../doc.js';
import path from 'node:path';
import { loadList } from '../dict.js';
import { DICT_DIR } from '../paths.js';
import { regionWords } from './region.js';

// The only module that touches nodejieba. Its index.js assigns undeclared globals (dict,
// userDict …), so it is required here once and never imported anywhere else.

interface Jieba {
  load(opts?: Record<string, string>): void;
  cut(text: string, hmm: boolean): string[];
  insertWord(word: string, tag?: string): boolean;
}

let jieba: Jieba | null = null;

/** Words that must stay whole tokens: honor titles, slogans, organisations, place names. */
export function userWords(): string[] {
  const words = new Set<string>(regionWords());
  for (const file of ['honors.txt', 'slogans.txt', 'organizations.txt']) {
    for (const w of loadList(file)) if (!/[*?]/.test(w)) words.add(w);
  }
  return [...words];
}

function load(): Jieba {
  if (jieba) return jieba;
  const j = createRequire(import.meta.url)('nodejieba') as Jieba;
  // The IDF table and stop words serve keyword extraction, which we never call: one-line stubs
  // (dictionaries/segmenter/) halve the load time and save about 20 MB per worker.
  j.load({
    idfDict: path.join(DICT_DIR, 'segmenter', 'idf.utf8'),
    stopWordDict: path.join(DICT_DIR, 'segmenter', 'stop_words.utf8'),
  });
  for (const w of userWords()) j.insertWord(w);
  jieba = j;
  return j;
}

/** How much text one cut() call gets: large enough that the per-call cost vanishes, small enough
 * that a 5 MB line never becomes one 5 MB array of words. */
const CHUNK = 4096;
const BREAK = /[。!?;,，；！？、\s]/;

/** Bounds of the pieces a text is cut in: at line ends where possible, else after punctuation. */
function chunkEnds(text: string): number[] {
  const ends: number[] = [];
  let start = 0;
  while (start < text.length) {
    let end = Math.min(text.length, start + CHUNK);
    if (end < text.length) {
      const nl = text.lastIndexOf('\n', end - 1);
      if (nl >= start + CHUNK / 4) end = nl + 1;
      else {
        let k = end;
        while (k > start + CHUNK / 4 && !BREAK.test(text[k - 1])) k--;
        if (k > start + CHUNK / 4) end = k;
      }
    }
    ends.push(end);
    start = end;
  }
  return ends;
}

/** Tokens with offsets into `text`. HMM is on: without it nodejieba cuts 400 into 4/0/0. */
export function segment(text: string): Token[] {
  const j = load();
  const tokens: Token[] = [];
  let start = 0;
  for (const end of chunkEnds(text)) {
    let pos = start;
    for (const word of j.cut(text.slice(start, end), true)) {
      // cut() returns pieces that concatenate to its input; should one not, find it nearby
      let at = pos;
      if (!text.startsWith(word, pos)) {
        const near = text.indexOf(word, pos);
        if (near < 0 || near >= end) continue;
        at = near;
      }
      tokens.push({ word, start: at, end: at + word.length });
      pos = at + word.length;
    }
    start = end;
  }
  return tokens;
}

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

/**
 * Tokens with offsets into `text`. HMM is on: without it nodejieba cuts 400 into 4/0/0.
 * Large inputs are cut per line so one pathological line cannot dominate memory.
 */
export function segment(text: string): Token[] {
  const j = load();
  const tokens: Token[] = [];
  let pos = 0;
  for (const line of text.split(/(?<=\n)/)) {
    for (const word of j.cut(line, true)) {
      // cut() returns pieces that concatenate to its input; keep offsets honest if not.
      const at = text.startsWith(word, pos) ? pos : text.indexOf(word, pos);
      if (at < 0) continue;
      tokens.push({ word, start: at, end: at + word.length });
      pos = at + word.length;
    }
  }
  return tokens;
}

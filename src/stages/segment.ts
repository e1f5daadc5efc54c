import { createRequire } from 'node:module';
import type { Token } from '../doc.js';
import fs from 'node:fs';
import path from 'node:path';
import { loadList } from '../dict.js';
import { DICT_DIR } from '../paths.js';
import { regionWords } from './region.js';
import { currentSegmenter, type SegmenterName } from './segmenters.js';

// The only module that touches a segmenter. Two engines of the same algorithm family (jieba:
// prefix dictionary, DAG, HMM for unknown words) behind one interface:
//   jieba-rs   @node-rs/jieba, prebuilt binaries from the npm registry; the default (loads in a
//              fraction of the time and memory of nodejieba, cuts about twice as fast)
//   nodejieba  cppjieba, built at install time; --segmenter nodejieba
// Both get the same user words (honor titles, slogans, organisations, place names), at the
// same weight. Engines are loaded lazily, once per process or worker thread.

export { SEGMENTERS, DEFAULT_SEGMENTER, useSegmenter, currentSegmenter, isSegmenter, type SegmenterName } from './segmenters.js';

interface Engine {
  cut(text: string): string[];
}

const engines = new Map<SegmenterName, Engine>();

/** Words that must stay whole tokens: honor titles, slogans, organisations, place names. */
export function userWords(): string[] {
  const words = new Set<string>(regionWords());
  for (const file of ['honors.txt', 'slogans.txt', 'organizations.txt']) {
    for (const w of loadList(file)) if (!/[*?]/.test(w)) words.add(w);
  }
  return [...words];
}

/**
 * The frequency user words get in jieba-rs: cppjieba gives inserted words the median weight of
 * its dictionary, and the median frequency of jieba's dictionary is 3. With the same weight both
 * engines settle ties between a user word and dictionary words alike.
 */
const USER_FREQ = 3;

interface NodeJieba {
  load(opts?: Record<string, string>): void;
  cut(text: string, hmm: boolean): string[];
  insertWord(word: string, tag?: string): boolean;
}

interface JiebaRs {
  cut(text: string, hmm?: boolean): string[];
  loadDict(dict: Uint8Array): void;
}

function loadNodejieba(): Engine {
  // nodejieba's index.js assigns undeclared globals (dict, userDict …): required here only.
  const j = createRequire(import.meta.url)('nodejieba') as NodeJieba;
  // The IDF table and stop words serve keyword extraction, which we never call: one-line stubs
  // (dictionaries/segmenter/) halve the load time and save about 20 MB per worker.
  j.load({
    idfDict: path.join(DICT_DIR, 'segmenter', 'idf.utf8'),
    stopWordDict: path.join(DICT_DIR, 'segmenter', 'stop_words.utf8'),
  });
  for (const w of userWords()) j.insertWord(w);
  // HMM on: without it cppjieba cuts 400 into 4/0/0.
  return { cut: (text) => j.cut(text, true) };
}

function loadJiebaRs(): Engine {
  const require = createRequire(import.meta.url);
  const { Jieba } = require('@node-rs/jieba') as { Jieba: { withDict(d: Uint8Array): JiebaRs } };
  // the dictionary file read here and dropped after the build (its dict.js module would keep
  // it and the unused IDF table, 12 MB, alive for the life of the worker)
  const dict = fs.readFileSync(path.join(path.dirname(require.resolve('@node-rs/jieba/package.json')), 'dict.txt'));
  const j = Jieba.withDict(dict);
  j.loadDict(Buffer.from(userWords().map((w) => `${w} ${USER_FREQ}\n`).join('')));
  return { cut: (text) => j.cut(text, true) };
}

function engine(): Engine {
  const name = currentSegmenter();
  let e = engines.get(name);
  if (!e) {
    e = name === 'nodejieba' ? loadNodejieba() : loadJiebaRs();
    engines.set(name, e);
  }
  return e;
}

/** Loads the chosen engine now rather than on the first page. */
export function warmUpSegmenter(): void {
  engine();
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

/** Tokens with offsets into `text`. */
export function segment(text: string): Token[] {
  const tokens: Token[] = [];
  let start = 0;
  for (const end of chunkEnds(text)) {
    cutPiece(text, start, end, tokens);
    start = end;
  }
  return tokens;
}

/** The tokens of the piece [start, end) of `text`, pushed to `tokens`. */
function cutPiece(text: string, start: number, end: number, tokens: Token[]): void {
  const e = engine();
  {
    let pos = start;
    for (const word of e.cut(text.slice(start, end))) {
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
  }
}

/** Pieces whose words wordBounds keeps at a time (a huge article's are never all held). */
const KEPT_PIECES = 16;

/**
 * Whether `start:end` of `text` is a token of segment(text), cutting only the pieces asked about
 * (pieces are cut independently, so the answers are the same): the region stage asks about place
 * names before an article is segmented, and a huge article is segmented only in windows.
 */
export function wordBounds(text: string): { has(key: string): boolean } {
  const ends = chunkEnds(text);
  const pieces = new Map<number, Set<string>>();
  return {
    has(key) {
      const start = Number(key.slice(0, key.indexOf(':')));
      if (!(start >= 0 && start < text.length)) return false;
      let lo = 0;
      let hi = ends.length - 1;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (ends[mid] > start) hi = mid;
        else lo = mid + 1;
      }
      let words = pieces.get(lo);
      if (!words) {
        const tokens: Token[] = [];
        cutPiece(text, lo ? ends[lo - 1] : 0, ends[lo], tokens);
        words = new Set(tokens.map((t) => `${t.start}:${t.end}`));
        if (pieces.size >= KEPT_PIECES) pieces.delete(pieces.keys().next().value!);
        pieces.set(lo, words);
      }
      return words.has(key);
    },
  };
}

import { createRequire } from 'node:module';
import type { Token, Tokens } from '../doc.js';
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

/**
 * Characters both engines treat as hard separators: cppjieba splits its input at these before
 * anything else, jieba-rs at every character outside its run of Han, letters and digits, and
 * both give each as a word of its own. So the runs between them can be cut one at a time, in
 * any order, and the words are those of cutting the whole text.
 */
const isSeparator = (c: number): boolean => c === 0x0a || c === 0x20 || c === 0xff0c || c === 0x3002 || c === 0x09;
/** A run longer than this (a 5 MB line without punctuation) is cut in pieces of at most this
 * size, after other punctuation where there is some: words across such a cut may differ. */
const CHUNK = 4096;
const BREAK = /[!?;,；！？、]/;
/** Blocks whose words a text keeps at a time (a huge article's are never all held). */
const KEPT_BLOCKS = 4096;

/** Ends of the blocks of a text: each separator alone, each run between them (long runs split). */
function blockEnds(text: string): Int32Array {
  // a typed array grown by doubling: a 50 MB page has millions of blocks
  let ends = new Int32Array(64);
  let n = 0;
  const push = (x: number) => {
    if (n === ends.length) {
      const bigger = new Int32Array(n * 2);
      bigger.set(ends);
      ends = bigger;
    }
    ends[n++] = x;
  };
  let run = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i < text.length && !isSeparator(text.charCodeAt(i))) continue;
    for (let s = run; s < i; ) {
      let e = Math.min(i, s + CHUNK);
      if (e < i) {
        let k = e;
        while (k > s + CHUNK / 4 && !BREAK.test(text[k - 1])) k--;
        if (k > s + CHUNK / 4) e = k;
      }
      push(e);
      s = e;
    }
    if (i < text.length) push(i + 1);
    run = i + 1;
  }
  return ends.subarray(0, n);
}

class LazyTokens implements Tokens {
  private ends: Int32Array | null = null;
  private readonly blocks = new Map<number, Token[]>();

  constructor(private readonly text: string) {}

  at(pos: number): Token | undefined {
    if (!(pos >= 0 && pos < this.text.length)) return undefined;
    return wordAt(this.block(this.blockIndex(pos)), pos);
  }

  isWord(start: number, end: number): boolean {
    return isWordAt(this.at(start), start, end);
  }

  all(): Token[] {
    const out: Token[] = [];
    const n = this.bounds().length;
    for (let b = 0; b < n; b++) for (const t of this.block(b)) out.push(t);
    return out;
  }

  private bounds(): Int32Array {
    return (this.ends ??= blockEnds(this.text));
  }

  private blockIndex(pos: number): number {
    const ends = this.bounds();
    let lo = 0;
    let hi = ends.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (ends[mid] > pos) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  }

  private block(b: number): Token[] {
    let words = this.blocks.get(b);
    if (words) return words;
    const ends = this.bounds();
    const start = b ? ends[b - 1] : 0;
    const end = ends[b];
    words = end - start === 1 ? [{ word: this.text[start], start, end }] : cutBlock(this.text, start, end);
    if (this.blocks.size >= KEPT_BLOCKS) this.blocks.delete(this.blocks.keys().next().value!);
    this.blocks.set(b, words);
    return words;
  }
}

/** The words of `text`, cut lazily (see Tokens). */
export function segment(text: string): Tokens {
  return new LazyTokens(text);
}

/** The words of the block [start, end) of `text`, with offsets into `text`. */
function cutBlock(text: string, start: number, end: number): Token[] {
  const tokens: Token[] = [];
  let pos = start;
  for (const word of engine().cut(text.slice(start, end))) {
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
  return tokens;
}

/** The words of one cut() of the whole text (tests check that segment() agrees with it). */
export function cutWhole(text: string): Token[] {
  return cutBlock(text, 0, text.length);
}

/** Words given in advance (another segmenter's, in tests), with the same interface. */
export function fixedTokens(words: Token[]): Tokens {
  const at = (pos: number): Token | undefined => (pos >= 0 ? wordAt(words, pos) : undefined);
  return { at, isWord: (start, end) => isWordAt(at(start), start, end), all: () => words };
}

/** The first of `words` (in text order) that ends after `pos`: the word holding it, when they cover the text. */
function wordAt(words: Token[], pos: number): Token | undefined {
  let lo = 0;
  let hi = words.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (words[mid].end <= pos) lo = mid + 1;
    else hi = mid;
  }
  return words[lo];
}

const isWordAt = (t: Token | undefined, start: number, end: number): boolean => !!t && t.start === start && t.end === end;

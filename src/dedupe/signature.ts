import { MinHash } from 'bloom-filters';

interface HashFunction {
  a: number;
  b: number;
  c: number;
}

// An article's fingerprint for finding reposts: the set of its 5-character shingles (letters,
// digits and CJK only, so spacing, punctuation and full-width forms do not matter), summarized
// as a MinHash signature of 128 values (bloom-filters' MinHash) plus the set's size. The hash
// functions are fixed, not random, so that signatures computed on different machines, shards or
// runs can be compared.

export const SHINGLE = 5;
export const HASHES = 128;
/** A prime below 2^26: (a·x + b) mod P stays exact in doubles for a, b, x < P. */
const P = 67108859;
/** Shingles beyond this many characters are not read (a 50 MB page is not compared in full). */
const MAX_CHARS = 200_000;

export interface Signature {
  /** Distinct shingles of the article text. */
  shingles: number;
  /** min over the shingles of (a_i·x + b_i) mod P, for each of the HASHES functions. */
  minhash: number[];
}

/** mulberry32: a tiny seeded generator, so the hash functions are the same everywhere. */
function seeded(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FUNCTIONS: HashFunction[] = (() => {
  const rnd = seeded(0x7a68636c); // "zhcl"
  const out: HashFunction[] = [];
  for (let i = 0; i < HASHES; i++) out.push({ a: 1 + Math.floor(rnd() * (P - 1)), b: Math.floor(rnd() * P), c: P });
  return out;
})();

/** The characters shingles are made of: letters, digits, CJK (after width folding). */
const KEEP = /[\p{L}\p{N}]/u;

/** The text reduced to what shingles are taken from. */
export function shingleText(text: string): string {
  let out = '';
  const n = Math.min(text.length, MAX_CHARS);
  for (let i = 0; i < n; i++) {
    const ch = text[i];
    if (KEEP.test(ch)) out += ch.toLowerCase();
  }
  return out;
}

/** FNV-1a over UTF-16 code units, reduced below P. */
function hashShingle(s: string, from: number, to: number): number {
  let h = 0x811c9dc5;
  for (let i = from; i < to; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0) % P;
}

/** Distinct shingle hashes of a text (a text shorter than one shingle is one shingle). */
export function shingles(text: string): number[] {
  const t = shingleText(text);
  if (t.length === 0) return [];
  const set = new Set<number>();
  if (t.length <= SHINGLE) set.add(hashShingle(t, 0, t.length));
  for (let i = 0; i + SHINGLE <= t.length; i++) set.add(hashShingle(t, i, i + SHINGLE));
  return [...set];
}

/** The signature of an article's text (its `norm`), or null for an article with no text. */
export function articleSignature(text: string): Signature | null {
  const values = shingles(text);
  if (values.length === 0) return null;
  const mh = new MinHash(HASHES, FUNCTIONS);
  mh.bulkLoad(values);
  return { shingles: values.length, minhash: [...mh._signature] };
}

export interface Similarity {
  /** Estimated Jaccard similarity of the two shingle sets. */
  jaccard: number;
  /** Estimated share of the smaller set found in the larger one. */
  containment: number;
}

/** Estimates from the signatures: Jaccard from agreeing minima, containment from Jaccard and sizes. */
export function similarity(a: Signature, b: Signature): Similarity {
  let same = 0;
  for (let i = 0; i < HASHES; i++) if (a.minhash[i] === b.minhash[i]) same++;
  const jaccard = same / HASHES;
  // |A∩B| = J·(|A|+|B|)/(1+J)
  const inter = (jaccard * (a.shingles + b.shingles)) / (1 + jaccard);
  const containment = Math.min(1, inter / Math.min(a.shingles, b.shingles));
  return { jaccard, containment };
}

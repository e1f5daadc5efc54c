// An article's fingerprint for finding reposts: the set of its 5-character shingles (letters,
// digits and CJK only, so spacing, punctuation and full-width forms do not matter), summarized
// as a MinHash signature of 128 values plus the set's size. The signature is one-permutation
// MinHash (each shingle hashed once into one of 128 bins, the least value kept per bin) with
// optimal densification for empty bins (Shrivastava 2017): the same Jaccard estimate as 128
// hash functions at 1/128 of the hashing. No npm package fits (README, dependency notes).
// Hashes are fixed, not random, so signatures from other machines, shards or runs compare.

export const SHINGLE = 5;
export const HASHES = 128;
const BIN_BITS = 7; // 2^7 = HASHES bins
const EMPTY = 0xffffffff;
/** Shingles beyond this many characters are not read (a 50 MB page is not compared in full). */
const MAX_CHARS = 200_000;

export interface Signature {
  /** Distinct shingles of the article text. */
  shingles: number;
  /** For each of the HASHES bins, the least value of a shingle in it (unsigned 32-bit). */
  minhash: number[];
}

/** murmur3's 32-bit finalizer: every input bit changes every output bit with probability ½. */
function fmix32(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** Characters left out of shingles: ASCII space and punctuation, general and CJK punctuation, full-width forms' punctuation. */
function skipped(c: number): boolean {
  if (c < 0x80) return !((c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a));
  return (c >= 0x2000 && c <= 0x206f) || (c >= 0x3000 && c <= 0x303f) || (c >= 0xfe30 && c <= 0xfe4f) ||
    (c >= 0xff00 && c <= 0xff0f) || (c >= 0xff1a && c <= 0xff20) || (c >= 0xff3b && c <= 0xff40) || (c >= 0xff5b && c <= 0xff65) ||
    c === 0xa0 || c === 0xfeff || c === 0x00b7 || c === 0x2e3a;
}

/** Scratch reused from article to article (a signature per article would otherwise allocate its
 * text's size three times over): the reduced text, and a hash set of int32 whose slots count as
 * used only when stamped with the current call's number. */
let codes = new Uint16Array(4096);
let setKeys = new Int32Array(1 << 12);
let setStamp = new Int32Array(1 << 12);
let stamp = 0;
/** Scratch larger than this many units is dropped after use (a huge article's). */
const KEPT_SCRATCH = 1 << 16;
/** The reduced text of a huge article, for the call that made it. */
let big: Uint16Array | null = null;

/** The text reduced to what shingles are taken from (ASCII letters lower-cased) into `codes`; its length. */
function reduce(text: string): number {
  const n = Math.min(text.length, MAX_CHARS);
  // (a huge article's text is reduced into an array of its own, not kept)
  if (codes.length < n) {
    const bigger = new Uint16Array(Math.max(n, codes.length * 2));
    if (bigger.length <= KEPT_SCRATCH) codes = bigger;
    else {
      big = bigger;
      return fill(text, n, bigger);
    }
  }
  return fill(text, n, codes);
}

/** Writes the reduced text[0, n) into `out`; its length. */
function fill(text: string, n: number, out: Uint16Array): number {
  let k = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (skipped(c)) continue;
    out[k++] = c >= 0x41 && c <= 0x5a ? c + 32 : c;
  }
  return k;
}

/** The text reduced to what shingles are taken from, as code units. */
function shingleCodes(text: string): Uint16Array {
  const k = reduce(text);
  const out = (big ?? codes).slice(0, k);
  big = null;
  return out;
}

/** The text reduced to what shingles are taken from. */
export function shingleText(text: string): string {
  return String.fromCharCode(...shingleCodes(text));
}

/**
 * Calls `each` with every distinct shingle hash (FNV-1a of the 5 code units) of the first `k`
 * units of `codes`, in order of first occurrence; a shorter text is one shingle. Returns the count.
 */
function distinctShingles(k: number, each: (h: number) => void): number {
  const t = big ?? codes;
  big = null;
  if (k === 0) return 0;
  const width = Math.min(SHINGLE, k);
  const count = k - width + 1;
  let bits = 4;
  while (1 << bits < count * 2) bits++;
  let keys = setKeys;
  let used = setStamp;
  let now: number;
  if (1 << bits > KEPT_SCRATCH) {
    // a huge article's set is its own, dropped after
    keys = new Int32Array(1 << bits);
    used = new Int32Array(1 << bits);
    now = 1;
  } else {
    if (setKeys.length < 1 << bits) {
      keys = setKeys = new Int32Array(1 << bits);
      used = setStamp = new Int32Array(1 << bits);
      stamp = 0;
    }
    if (++stamp === 0x7fffffff) {
      setStamp.fill(0);
      stamp = 1;
    }
    now = stamp;
  }
  const mask = (1 << bits) - 1;
  let n = 0;
  for (let i = 0; i < count; i++) {
    let h = 0x811c9dc5;
    for (let j = i; j < i + width; j++) h = Math.imul(h ^ t[j], 0x01000193);
    h |= 0;
    let slot = Math.imul(h, 0x9e3779b1) >>> (32 - bits);
    while (used[slot] === now && keys[slot] !== h) slot = (slot + 1) & mask;
    if (used[slot] === now) continue;
    used[slot] = now;
    keys[slot] = h;
    n++;
    each(h);
  }
  return n;
}

/** Distinct shingle hashes (FNV-1a of the 5 code units) of a text; a shorter text is one shingle. */
export function shingles(text: string): number[] {
  const out: number[] = [];
  distinctShingles(reduce(text), (h) => out.push(h));
  return out;
}

/** The signature of an article's text (its `norm`), or null for an article with no text. */
export function articleSignature(text: string): Signature | null {
  const bins = new Uint32Array(HASHES).fill(EMPTY);
  const n = distinctShingles(reduce(text), (x) => {
    const h = fmix32(x ^ 0x7a68636c);
    const b = h >>> (32 - BIN_BITS);
    const v = h & ((1 << (32 - BIN_BITS)) - 1);
    if (v < bins[b]) bins[b] = v;
  });
  if (n === 0) return null;
  // an empty bin takes the value of the first non-empty bin on its own fixed probe sequence
  const minhash: number[] = new Array(HASHES);
  for (let i = 0; i < HASHES; i++) {
    let v = bins[i];
    for (let attempt = 1; v === EMPTY; attempt++) v = bins[fmix32(Math.imul(i + 1, 0x9e3779b1) ^ attempt) >>> (32 - BIN_BITS)];
    minhash[i] = v;
  }
  return { shingles: n, minhash };
}

/** A signature as stored anywhere: a record's array or a slice of the index's typed array. */
export interface SignatureLike {
  shingles: number;
  minhash: ArrayLike<number>;
}

export interface Similarity {
  /** Estimated Jaccard similarity of the two shingle sets. */
  jaccard: number;
  /** Estimated share of the smaller set found in the larger one. */
  containment: number;
}

/** Estimates from the signatures: Jaccard from agreeing bins, containment from Jaccard and sizes. */
export function similarity(a: SignatureLike, b: SignatureLike): Similarity {
  let same = 0;
  for (let i = 0; i < HASHES; i++) if (a.minhash[i] === b.minhash[i]) same++;
  const jaccard = same / HASHES;
  // |A∩B| = J·(|A|+|B|)/(1+J)
  const inter = (jaccard * (a.shingles + b.shingles)) / (1 + jaccard);
  const containment = Math.min(1, inter / Math.min(a.shingles, b.shingles));
  return { jaccard, containment };
}

import { HASHES, similarity, type Signature, type SignatureLike } from './signature.js';

// Reposted articles, found in output order: every article is looked up among the articles before
// it by locality-sensitive hashing (the signature cut into bands; articles sharing a band are
// candidates), and a candidate close enough makes it a duplicate of that candidate's first
// occurrence. Whatever -j, the output order is the same, so the result is too.

export interface ArticleRef {
  doc: string;
  article: number;
}

/** Band layout: BANDS bands of ROWS minima each (64 × 2 = all 128 values). */
const ROWS = 2;
const BANDS = HASHES / ROWS;
/** log2 BANDS: an entry of the bucket table is article << BAND_BITS | band. */
const BAND_BITS = 31 - Math.clz32(BANDS);

/**
 * A repost when its estimated Jaccard similarity is at least JACCARD and most of the smaller
 * article's shingles are in the other (CONTAINMENT): a trimmed copy or one with more page
 * furniture still contains the original; two articles that share a template do not.
 */
export const JACCARD = 0.4;
export const CONTAINMENT = 0.7;

export function isRepost(a: SignatureLike, b: SignatureLike): boolean {
  const s = similarity(a, b);
  return s.jaccard >= JACCARD && s.containment >= CONTAINMENT;
}

function bandKey(band: number, minhash: ArrayLike<number>): number {
  let h = Math.imul(band + 1, 0x9e3779b1);
  for (let r = band * ROWS; r < band * ROWS + ROWS; r++) {
    h ^= minhash[r];
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

type Column = Uint32Array | Int32Array | Float64Array;

/** The column with room for `need` values: itself, or a copy twice (or more times) as long. */
function room<T extends Column>(column: T, need: number): T {
  if (need <= column.length) return column;
  let length = column.length * 2;
  while (length < need) length *= 2;
  const bigger = new (column.constructor as new (n: number) => T)(length);
  bigger.set(column);
  return bigger;
}

const EMPTY = -1;
/** Slots of the bucket table at first; it doubles before more than 3/4 of them are taken. */
const FIRST_SLOTS = 1 << 12;
/** Fibonacci hashing: the top bits of key × 2^32/φ are a slot. */
const home = (key: number, shift: number) => Math.imul(key, 0x9e3779b1) >>> shift;
/** log2 of the size of the block that holds `length` ≥ 2 entries and its length: the next power of two above it. */
const sizeClass = (length: number) => 32 - Math.clz32(length);

/**
 * The articles seen so far and the buckets of their bands. Add articles in output order.
 *
 * What an article leaves here is in typed arrays, not one object or array per bucket: its columns
 * (minhash, size, first occurrence, doc and article number), and its 64 bands in one
 * open-addressing table (linear probing) from (band, band key) to the bucket. An entry is
 * article << BAND_BITS | band. A slot holds the band key and either the bucket's one entry (most
 * buckets: nothing else is stored) or -2 - the offset of a block in `blocks`: its length, then its
 * entries in insertion order. A block of n entries has 2^sizeClass(n) values; when it is full the
 * entries move to one twice the size and the old block is kept on a free list for its size, so a
 * bucket shared by thousands of reposts is read as one run of memory. About 1.4 KB an article
 * (512 bytes of it the minhash) where 64 Maps took 4.2 KB, over 30,000 synthetic articles.
 */
export class DedupeIndex {
  /** Per article (in the order added, articles without a signature left out): 128 minima, then one value each. */
  private minhashes = new Uint32Array(HASHES << 8);
  /** Distinct shingles. */
  private sizes = new Uint32Array(1 << 8);
  /** The position of its first occurrence (itself when original). */
  private roots = new Uint32Array(1 << 8);
  /** The number of the last add that compared it (so each candidate is compared once an add). */
  private seen = new Uint32Array(1 << 8);
  /** Its ref: doc as an index into docs (a run of articles of one doc shares one), and the article number. */
  private docOf = new Uint32Array(1 << 8);
  private numbers = new Float64Array(1 << 8);
  private docs: string[] = [];
  private count = 0;
  /** The ref returned for a first occurrence, so its reposts share one object. */
  private returned = new Map<number, ArticleRef>();
  /** Slot s: table[2s] the band key (as int32), table[2s + 1] EMPTY, an entry, or -2 - a block. */
  private table = new Int32Array(FIRST_SLOTS * 2).fill(EMPTY);
  private mask = FIRST_SLOTS - 1;
  private shift = 32 - Math.log2(FIRST_SLOTS);
  private taken = 0;
  /** Buckets of two entries or more; blocks[used..] is free, and free[k] the first free block of 2^k values (EMPTY: none), whose first value is the next. */
  private blocks = new Int32Array(1 << 12);
  private used = 0;
  private free = new Int32Array(32).fill(EMPTY);
  /** Per band of the article being added: its key, and the slot of its bucket or where it goes. */
  private keys = new Int32Array(BANDS);
  private slots = new Int32Array(BANDS);
  articles = 0;
  duplicates = 0;

  /** Articles whose signature is kept (a verbatim repost's is not: see add). */
  get stored(): number {
    return this.count;
  }

  /** The slot of bucket (band, key), or the empty slot where it would go. */
  private find(band: number, key: number): number {
    const table = this.table;
    for (let s = home(key, this.shift); ; s = (s + 1) & this.mask) {
      const v = table[2 * s + 1];
      if (v === EMPTY) return s;
      if (table[2 * s] === key && ((v >= 0 ? v : this.blocks[-2 - v + 1]) & (BANDS - 1)) === band) return s;
    }
  }

  /** Twice the slots, every bucket moved (the blocks stay where they are). */
  private grow(): void {
    const old = this.table;
    const slots = (this.mask + 1) * 2;
    const table = new Int32Array(slots * 2).fill(EMPTY);
    this.table = table;
    this.mask = slots - 1;
    this.shift--;
    for (let s = 0; s < old.length; s += 2) {
      if (old[s + 1] === EMPTY) continue;
      let t = home(old[s], this.shift);
      while (table[2 * t + 1] !== EMPTY) t = (t + 1) & this.mask;
      table[2 * t] = old[s];
      table[2 * t + 1] = old[s + 1];
    }
  }

  /** A block of 2^k values. */
  private alloc(k: number): number {
    const off = this.free[k];
    if (off !== EMPTY) {
      this.free[k] = this.blocks[off];
      return off;
    }
    this.used += 1 << k;
    this.blocks = room(this.blocks, this.used);
    return this.used - (1 << k);
  }

  /** Whether article i has exactly the signature `sig`. */
  private same(sig: SignatureLike, i: number): boolean {
    if (this.sizes[i] !== sig.shingles) return false;
    const m = this.minhashes;
    for (let k = 0, o = i * HASHES; k < HASHES; k++) if (m[o + k] !== sig.minhash[k] >>> 0) return false;
    return true;
  }

  /**
   * A stored article with exactly this signature and first occurrence `root`, or -1. Such a twin
   * is in every bucket of the signature, so the bucket of band 0 is enough to look in.
   */
  private twin(sig: SignatureLike, root: number): number {
    const v = this.table[2 * this.slots[0] + 1];
    if (v === EMPTY) return -1;
    const from = v >= 0 ? 0 : -2 - v + 1;
    const to = v >= 0 ? 1 : from + this.blocks[from - 1];
    for (let j = from; j < to; j++) {
      const i = (v >= 0 ? v : this.blocks[j]) >>> BAND_BITS;
      if (this.roots[i] === root && this.same(sig, i)) return i;
    }
    return -1;
  }

  /** Whether the new signature is a repost of article i. */
  private reposts(sig: SignatureLike, i: number): boolean {
    return isRepost(sig, { shingles: this.sizes[i], minhash: this.minhashes.subarray(i * HASHES, (i + 1) * HASHES) });
  }

  /** Adds one article; returns the first occurrence it repeats, or null when it is new. */
  add(ref: ArticleRef, sig: SignatureLike | null): ArticleRef | null {
    this.articles++;
    if (!sig || sig.minhash.length !== HASHES) return null;
    const self = this.count;
    if (self >= 2 ** 31 / BANDS) throw new RangeError(`the repost index holds at most ${2 ** 31 / BANDS} articles`);
    // Every bucket of this article is looked up before any is added to: room for all 64 now, so
    // that the slots found stay where they are.
    while (this.taken + BANDS > (this.mask + 1) * 0.75) this.grow();
    // The first occurrence is the least root among the candidates this is a repost of, whatever
    // order they come in: best only goes down, and a candidate is passed over only when best is
    // already at most its root, or when it was compared before. (They come as they did from the
    // 64 Maps of arrays this replaces all the same: band by band, each bucket in insertion order.)
    let best = -1;
    const stamp = this.articles;
    const { keys, slots, table, blocks, roots, seen } = this;
    for (let b = 0; b < BANDS; b++) {
      const key = bandKey(b, sig.minhash) | 0;
      const s = this.find(b, key);
      keys[b] = key;
      slots[b] = s;
      const v = table[2 * s + 1];
      if (v === EMPTY) continue;
      // the one entry, or the block's
      const from = v >= 0 ? 0 : -2 - v + 1;
      const to = v >= 0 ? 1 : from + blocks[from - 1];
      for (let j = from; j < to; j++) {
        const i = (v >= 0 ? v : blocks[j]) >>> BAND_BITS;
        if (seen[i] === stamp || (best >= 0 && roots[i] >= best)) continue;
        seen[i] = stamp;
        if (this.reposts(sig, i)) best = roots[i];
      }
    }
    // A verbatim repost (the same signature as a stored article of the same first occurrence) is
    // not stored: wherever it would be a candidate its twin is too, with the same comparisons and
    // the same root, so no later result changes. A crawl that fetches a page again costs nothing.
    if (best >= 0 && this.twin(sig, best) >= 0) return this.firstOf(best);
    // its columns
    this.count++;
    this.minhashes = room(this.minhashes, this.count * HASHES);
    this.minhashes.set(sig.minhash, self * HASHES);
    this.sizes = room(this.sizes, this.count);
    this.sizes[self] = sig.shingles;
    this.roots = room(this.roots, this.count);
    this.roots[self] = best >= 0 ? best : self;
    this.seen = room(this.seen, this.count);
    this.docOf = room(this.docOf, this.count);
    if (this.docs.length === 0 || this.docs[this.docs.length - 1] !== ref.doc) this.docs.push(ref.doc);
    this.docOf[self] = this.docs.length - 1;
    this.numbers = room(this.numbers, this.count);
    this.numbers[self] = ref.article;
    // its bands
    for (let b = 0; b < BANDS; b++) {
      const entry = (self << BAND_BITS) | b;
      let s = slots[b];
      const v = table[2 * s + 1];
      if (v >= 0 && !(table[2 * s] === keys[b] && (v & (BANDS - 1)) === b)) {
        // taken since by another band of this article with the same key: the bucket goes further on
        while (table[2 * s + 1] !== EMPTY) s = (s + 1) & this.mask;
      }
      const w = table[2 * s + 1];
      if (w === EMPTY) {
        this.taken++;
        table[2 * s] = keys[b];
        table[2 * s + 1] = entry;
      } else if (w >= 0) {
        const off = this.alloc(2);
        this.blocks[off] = 2;
        this.blocks[off + 1] = w;
        this.blocks[off + 2] = entry;
        table[2 * s + 1] = -2 - off;
      } else {
        let off = -2 - w;
        const length = this.blocks[off];
        const k = sizeClass(length);
        if (sizeClass(length + 1) !== k) {
          const to = this.alloc(k + 1);
          this.blocks.copyWithin(to + 1, off + 1, off + 1 + length);
          this.blocks[off] = this.free[k];
          this.free[k] = off;
          off = to;
          table[2 * s + 1] = -2 - off;
        }
        this.blocks[off + 1 + length] = entry;
        this.blocks[off] = length + 1;
      }
    }
    return best < 0 ? null : this.firstOf(best);
  }

  /** The ref of first occurrence `root`, for a repost of it. */
  private firstOf(root: number): ArticleRef {
    this.duplicates++;
    let first = this.returned.get(root);
    if (!first) {
      first = { doc: this.docs[this.docOf[root]], article: this.numbers[root] };
      this.returned.set(root, first);
    }
    return first;
  }
}

/** What a page brings to the dedupe stage: its doc id and one signature per article (from article `first`, default 0). */
export interface PageSignatures {
  doc: string;
  first?: number;
  signatures: (Signature | null)[];
}

/** Adds a page's articles in order; the duplicates among them, by article index. */
export function addPage(index: DedupeIndex, page: PageSignatures): Map<number, ArticleRef> {
  const dups = new Map<number, ArticleRef>();
  const start = page.first ?? 0;
  page.signatures.forEach((sig, i) => {
    const first = index.add({ doc: page.doc, article: start + i }, sig);
    if (first) dups.set(start + i, first);
  });
  return dups;
}

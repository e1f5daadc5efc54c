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

/** A growable array of 32-bit values: signatures of a million articles as one typed array, not a million arrays. */
class U32 {
  data = new Uint32Array(1 << 12);
  length = 0;
  push(values: ArrayLike<number>): void {
    while (this.length + values.length > this.data.length) {
      const bigger = new Uint32Array(this.data.length * 2);
      bigger.set(this.data);
      this.data = bigger;
    }
    this.data.set(values, this.length);
    this.length += values.length;
  }
}

/** The articles seen so far and the buckets of their bands. Add articles in output order. */
export class DedupeIndex {
  private refs: ArticleRef[] = [];
  private minhashes = new U32();
  /** Per article: distinct shingles, and the position of its first occurrence (itself when original). */
  private sizes = new U32();
  private roots = new U32();
  /** Band key → the article, or articles, with that band (a lone number saves an array per entry). */
  private buckets: Map<number, number | number[]>[] = Array.from({ length: BANDS }, () => new Map());
  articles = 0;
  duplicates = 0;

  private signature(i: number): SignatureLike {
    return { shingles: this.sizes.data[i], minhash: this.minhashes.data.subarray(i * HASHES, (i + 1) * HASHES) };
  }

  /** Adds one article; returns the first occurrence it repeats, or null when it is new. */
  add(ref: ArticleRef, sig: Signature | null): ArticleRef | null {
    this.articles++;
    if (!sig || sig.minhash.length !== HASHES) return null;
    const keys: number[] = [];
    let best = -1;
    const seen = new Set<number>();
    const roots = this.roots.data;
    const check = (i: number) => {
      if (seen.has(i) || (best >= 0 && roots[i] >= best)) return;
      seen.add(i);
      if (isRepost(sig, this.signature(i))) best = roots[i];
    };
    for (let b = 0; b < BANDS; b++) {
      const key = bandKey(b, sig.minhash);
      keys.push(key);
      const hit = this.buckets[b].get(key);
      if (typeof hit === 'number') check(hit);
      else if (hit) for (const i of hit) check(i);
    }
    const self = this.refs.length;
    this.refs.push(ref);
    this.minhashes.push(sig.minhash);
    this.sizes.push([sig.shingles]);
    this.roots.push([best >= 0 ? best : self]);
    keys.forEach((key, b) => {
      const bucket = this.buckets[b];
      const hit = bucket.get(key);
      if (hit === undefined) bucket.set(key, self);
      else if (typeof hit === 'number') bucket.set(key, [hit, self]);
      else hit.push(self);
    });
    if (best < 0) return null;
    this.duplicates++;
    return this.refs[best];
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

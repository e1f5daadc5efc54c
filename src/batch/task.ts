import type { Article, Doc, PageInput } from '../doc.js';
import { InputError } from '../errors.js';
import { preparePage, analyzeArticle, claimRecords, articleRecords } from '../pipeline.js';
import { articleEvents } from '../stages/extract/claims.js';
import { serializeArticle, serializeClaim, type Format } from '../output/write.js';
import type { ClaimRecord } from '../output/schema.js';
import { DEFAULT_SEGMENTER, useSegmenter, type SegmenterName } from '../stages/segmenters.js';
import { articleSignature } from '../dedupe/signature.js';
import { segment } from '../stages/segment.js';
import type { PageSignatures } from '../dedupe/index.js';

// One page through the pipeline to serialized output, the same in a worker thread and in-process.
// Output leaves in batches of bounded size as it is made (never one string per page), and a huge
// article is analysed in windows, so memory stays a fixed multiple of the input however large a
// page is. Failures come back as data (class identity does not survive a thread boundary).

export interface TaskOptions {
  command: 'extract' | 'articles';
  format: Format;
  segmenter?: SegmenterName;
  /** Also return the record objects (for --split-by region). */
  keepRecords?: boolean;
  /** Characters per window of a huge article (tests make it small). */
  window?: number;
}

export interface PageSummary {
  origin: string;
  /** Claims (extract) or articles (articles) in this page. */
  count: number;
  warnings: string[];
  error: string | null;
  records?: ClaimRecord[];
}

export interface PageResult extends PageSummary {
  /** Serialized records in output order, in pieces (json: pieces are joined by `,\n`). */
  chunks: string[];
  /** Article signatures, for finding reposts in the ordered writer (extract). */
  dedupe?: PageSignatures;
}

/**
 * A piece of a page's output. `dedupe` holds the signatures of the articles begun since the last
 * batch (extract), so the ordered writer knows an article's first occurrence before its claims.
 */
export interface Batch {
  chunks: string[];
  dedupe?: PageSignatures;
}

/** An article longer than this is analysed in windows of this size. */
const WINDOW = 1 << 16;
/** Context computed on each side of a window's own range and thrown away: more than any rule looks. */
const OVERLAP = 1024;
/** Characters per output piece, and per batch handed on (one structured clone per batch). */
const PIECE = 1 << 18;
const BATCH = 1 << 20;

/** Own ranges [start, end) of the windows of a text: at line ends where possible. */
export function windowBounds(text: string, size: number): [number, number][] {
  const out: [number, number][] = [];
  let start = 0;
  while (start < text.length) {
    let end = Math.min(text.length, start + size);
    if (end < text.length) {
      const nl = text.lastIndexOf('\n', end - 1);
      if (nl >= start + size / 2) end = nl + 1;
    }
    out.push([start, end]);
    start = end;
  }
  return out;
}

/** The article, analysed whole or window by window; each part's claims have article offsets. */
function* analysedParts(a: Article, doc: Doc, size: number): Generator<Article> {
  if (a.text.length <= size) {
    analyzeArticle(a, doc);
    yield a;
    return;
  }
  // the article's conferring events (its opening, meetings far before a window), in window offsets
  const events = articleEvents(a);
  for (const [own, ownEnd] of windowBounds(a.text, size)) {
    const s = Math.max(0, own - OVERLAP);
    const e = Math.min(a.text.length, ownEnd + OVERLAP);
    const written = a.written && { title: a.written.title, text: a.written.text.slice(s, e) };
    const part: Article = { ...a, text: a.text.slice(s, e), norm: a.norm.slice(s, e), tokens: segment(a.text.slice(s, e)), claims: [], written };
    analyzeArticle(part, doc, { ...events, conferrers: events.conferrers.map((c) => ({ ...c, start: c.start - s })) });
    const shift = (x: [number, number] | null): [number, number] | null => (x ? [x[0] + s, x[1] + s] : null);
    part.claims = part.claims
      .filter((c) => c.span[0] + s >= own && c.span[0] + s < ownEnd)
      .map((c) => ({ ...c, span: shift(c.span)!, partOf: shift(c.partOf) }));
    yield part;
  }
}

/** Serialized records joined into pieces of at most about PIECE characters. */
function pieces(parts: string[], format: Format): string[] {
  const sep = format === 'json' ? ',\n' : '';
  const out: string[] = [];
  let group: string[] = [];
  let size = 0;
  for (const p of parts) {
    if (size > 0 && size + p.length > PIECE) {
      out.push(group.join(sep));
      group = [];
      size = 0;
    }
    group.push(p);
    size += p.length;
  }
  if (group.length) out.push(group.join(sep));
  return out;
}

/** One page's output in batches (yielded), then its summary (returned). */
export function* pageChunks(page: PageInput, opts: TaskOptions): Generator<Batch, PageSummary> {
  useSegmenter(opts.segmenter ?? DEFAULT_SEGMENTER);
  let batch: string[] = [];
  let batched = 0;
  let count = 0;
  const records: ClaimRecord[] | undefined = opts.keepRecords ? [] : undefined;
  // signatures of the articles begun since the last batch, the first of them article `first`
  let sigs: PageSignatures | undefined;
  const take = (): Batch => {
    const b: Batch = sigs?.signatures.length ? { chunks: batch, dedupe: sigs } : { chunks: batch };
    if (sigs?.signatures.length) sigs = { doc: sigs.doc, first: sigs.first! + sigs.signatures.length, signatures: [] };
    batch = [];
    batched = 0;
    return b;
  };
  try {
    const doc = preparePage(page);
    if (opts.command === 'extract') sigs = { doc: doc.id, first: 0, signatures: [] };
    for (const article of doc.articles) {
      const serialized: string[] = [];
      if (opts.command === 'articles') {
        for (const r of articleRecords({ ...doc, articles: [article] })) serialized.push(serializeArticle(r, opts.format));
        count++;
      } else {
        sigs!.signatures.push(articleSignature(article.norm));
        for (const part of analysedParts(article, doc, opts.window ?? WINDOW)) {
          const recs = claimRecords({ ...doc, articles: [part] });
          count += recs.length;
          // --split-by region serializes (and validates) per region file at the end.
          if (records) for (const r of recs) records.push(r);
          else for (const r of recs) serialized.push(serializeClaim(r, opts.format));
          if (serialized.length === 0) continue;
          for (const p of pieces(serialized.splice(0), opts.format)) {
            batch.push(p);
            batched += p.length;
          }
          if (batched >= BATCH) yield take();
        }
      }
      for (const p of pieces(serialized, opts.format)) {
        batch.push(p);
        batched += p.length;
      }
      if (batched >= BATCH) yield take();
    }
    if (batch.length || sigs?.signatures.length) yield take();
    return { origin: page.origin, count, warnings: doc.warnings, error: null, records };
  } catch (err) {
    const reason = err instanceof InputError ? err.reason : `internal error: ${err instanceof Error ? err.message : String(err)}`;
    return { origin: page.origin, count: 0, warnings: [], error: reason };
  }
}

/** The whole page at once (check, tests): its chunks, signatures and summary. */
export function runPage(page: PageInput, opts: TaskOptions): PageResult {
  const chunks: string[] = [];
  let dedupe: PageSignatures | undefined;
  const gen = pageChunks(page, opts);
  for (;;) {
    const r = gen.next();
    if (r.done) return r.value.error ? { ...r.value, chunks: [] } : { ...r.value, chunks, ...(dedupe ? { dedupe } : {}) };
    chunks.push(...r.value.chunks);
    if (r.value.dedupe) {
      dedupe ??= { doc: r.value.dedupe.doc, signatures: [] };
      dedupe.signatures.push(...r.value.dedupe.signatures);
    }
  }
}

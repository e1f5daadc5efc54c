import type { PageInput } from '../doc.js';
import { InputError } from '../errors.js';
import { processPage, claimRecords, articleRecords } from '../pipeline.js';
import { serializeArticle, serializeClaim, type Format } from '../output/write.js';
import type { ClaimRecord } from '../output/schema.js';
import { articleSignature } from '../dedupe/signature.js';
import type { PageSignatures } from '../dedupe/index.js';

// One page through the pipeline to serialized output, the same in a worker thread and in-process.
// Failures come back as data (class identity does not survive a thread boundary).

export interface TaskOptions {
  command: 'extract' | 'articles';
  format: Format;
  /** Also return the record objects (for --split-by region). */
  keepRecords?: boolean;
}

export interface PageResult {
  origin: string;
  /** Serialized records in output order (joined per page; for json, joined by `,\n`). */
  chunks: string[];
  /** Claims (extract) or articles (articles) in this page. */
  count: number;
  warnings: string[];
  error: string | null;
  records?: ClaimRecord[];
  /** Article signatures, for finding reposts in the ordered writer (extract). */
  dedupe?: PageSignatures;
}

/** A page's records as one string: one structured clone across the thread boundary, not one per record. */
function joined(parts: string[], format: Format): string[] {
  return parts.length === 0 ? [] : [parts.join(format === 'json' ? ',\n' : '')];
}

export function runPage(page: PageInput, opts: TaskOptions): PageResult {
  try {
    const doc = processPage(page);
    if (opts.command === 'articles') {
      const recs = articleRecords(doc);
      return { origin: page.origin, chunks: joined(recs.map((r) => serializeArticle(r, opts.format)), opts.format), count: recs.length, warnings: doc.warnings, error: null };
    }
    const recs = claimRecords(doc);
    const dedupe = { doc: doc.id, signatures: doc.articles.map((a) => articleSignature(a.norm)) };
    // --split-by region serializes (and validates) per region file at the end.
    if (opts.keepRecords) return { origin: page.origin, chunks: [], count: recs.length, warnings: doc.warnings, error: null, records: recs, dedupe };
    const chunks = joined(recs.map((r) => serializeClaim(r, opts.format)), opts.format);
    return { origin: page.origin, chunks, count: recs.length, warnings: doc.warnings, error: null, dedupe };
  } catch (err) {
    const reason = err instanceof InputError ? err.reason : `internal error: ${err instanceof Error ? err.message : String(err)}`;
    return { origin: page.origin, chunks: [], count: 0, warnings: [], error: reason };
  }
}

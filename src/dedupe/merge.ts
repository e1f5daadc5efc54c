import fs from 'node:fs';
import { z } from 'zod';
import { InputError } from '../errors.js';
import { splitLines } from '../stages/read.js';
import { ClaimRecordSchema, type ClaimRecord } from '../output/schema.js';
import { DedupeIndex, type ArticleRef } from './index.js';
import { HASHES } from './signature.js';

// The reduce step of reposts across shards: article records (each shard's `zhclaims articles`
// output, with signatures) are put in one order — by document id, then article, which is the
// output order of a run over a folder — and run through the same index as `extract`, so the
// first occurrence is the one a single run would name. Claim records are then streamed through
// with `duplicateOf` filled in.

const ArticleSig = z.looseObject({
  doc: z.string(),
  article: z.number().int().nonnegative(),
  signature: z
    .object({ shingles: z.number().int().positive(), minhash: z.array(z.number().int().nonnegative()).length(HASHES) })
    .nullable(),
});

export type RecordKind = 'claims' | 'articles';

/** Parsed records of a JSONL file, one at a time; a bad line is an error naming file and line. */
export async function* jsonlRecords(file: string): AsyncGenerator<{ value: unknown; origin: string }> {
  if (!fs.existsSync(file) || fs.statSync(file).isDirectory()) throw new InputError(file, 'no such file (expected JSONL from zhclaims extract or articles)');
  for await (const { bytes, no } of splitLines(fs.createReadStream(file, { highWaterMark: 1 << 20 }))) {
    const line = bytes.toString('utf8').replace(/^\uFEFF/, '');
    if (line.trim() === '') continue;
    const origin = `${file}:${no}`;
    try {
      yield { value: JSON.parse(line), origin };
    } catch {
      throw new InputError(origin, 'not valid JSON');
    }
  }
}

/** Claims or articles, told by the first record: `kind` + `span` is a claim, `text` an article. */
export async function sniffFile(file: string): Promise<RecordKind | null> {
  for await (const { value } of jsonlRecords(file)) {
    const v = (value ?? {}) as Record<string, unknown>;
    if ('kind' in v && 'span' in v) return 'claims';
    if ('article' in v && 'text' in v) return 'articles';
    return null;
  }
  return null;
}

const refKey = (doc: string, article: number) => `${doc}\u0000${article}`;
const byCodeUnit = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export interface Reposts {
  /** Every article read, with its first occurrence or null. */
  articles: { doc: string; article: number; duplicateOf: ArticleRef | null }[];
  byKey: Map<string, ArticleRef | null>;
  duplicates: number;
}

/** What the reduce step keeps of an article record: not its text, and the minhash as 512 bytes. */
interface Kept {
  doc: string;
  article: number;
  signature: { shingles: number; minhash: Uint32Array } | null;
}

/** Reads the article records of every file and finds the reposts among them. */
export async function findReposts(files: string[]): Promise<Reposts> {
  const all: Kept[] = [];
  for (const file of files) {
    for await (const { value, origin } of jsonlRecords(file)) {
      const r = ArticleSig.safeParse(value);
      if (!r.success) {
        const i = r.error.issues[0];
        throw new InputError(origin, `not an article record with a signature (${i.path.join('.') || 'record'}: ${i.message}); write it with zhclaims articles`);
      }
      const { doc, article, signature: s } = r.data;
      all.push({ doc, article, signature: s ? { shingles: s.shingles, minhash: Uint32Array.from(s.minhash) } : null });
    }
  }
  all.sort((a, b) => byCodeUnit(a.doc, b.doc) || a.article - b.article);
  const index = new DedupeIndex();
  const byKey = new Map<string, ArticleRef | null>();
  const articles: Reposts['articles'] = [];
  for (const a of all) {
    const key = refKey(a.doc, a.article);
    if (byKey.has(key)) continue; // the same article in two files counts once
    const first = index.add({ doc: a.doc, article: a.article }, a.signature);
    byKey.set(key, first);
    articles.push({ doc: a.doc, article: a.article, duplicateOf: first });
  }
  return { articles, byKey, duplicates: index.duplicates };
}

export interface ClaimStats {
  read: number;
  written: number;
  /** Claims whose article was in no article file (their duplicateOf is left as it was). */
  unknown: number;
}

/** Claim records of the files, in their order, with duplicateOf set; reposts left out when drop. */
export async function* markClaims(files: string[], reposts: Reposts, drop: boolean, stats: ClaimStats): AsyncGenerator<ClaimRecord> {
  for (const file of files) {
    for await (const { value, origin } of jsonlRecords(file)) {
      const r = ClaimRecordSchema.safeParse(value);
      if (!r.success) {
        const i = r.error.issues[0];
        throw new InputError(origin, `not a claim record (${i.path.join('.') || 'record'}: ${i.message})`);
      }
      stats.read++;
      const rec = r.data;
      const key = refKey(rec.doc, rec.article);
      if (!reposts.byKey.has(key)) stats.unknown++;
      else rec.duplicateOf = reposts.byKey.get(key) ?? null;
      if (drop && rec.duplicateOf) continue;
      stats.written++;
      yield rec;
    }
  }
}

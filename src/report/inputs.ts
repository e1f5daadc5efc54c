import fs from 'node:fs';
import { z } from 'zod';
import { processPage } from '../pipeline.js';
import { InputError } from '../errors.js';
import { planInputs, readPlan, splitLines, type PlanEntry } from '../stages/read.js';
import { ArticleRecordSchema, ClaimRecordSchema, type ArticleRecord, type ClaimRecord } from '../output/schema.js';
import { fromDoc, fromRecords, type ReportArticle } from './model.js';

// What `zhclaims report` reads: pages (run through the pipeline), claims JSONL written by
// `zhclaims extract`, and articles JSONL written by `zhclaims articles`. A .jsonl file is told
// apart by its first record: `kind` + `span` is a claim, `article` + `text` an article, else pages.

export type JsonlKind = 'claims' | 'articles' | 'pages';

/** Article records as read: files from before signatures were added are read all the same. */
const ArticleInput = ArticleRecordSchema.extend({ signature: ArticleRecordSchema.shape.signature.optional() });

export function sniffRecord(value: unknown): JsonlKind {
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    const v = value as Record<string, unknown>;
    if ('kind' in v && 'span' in v && 'doc' in v) return 'claims';
    if ('doc' in v && 'article' in v && 'text' in v && !('html' in v)) return 'articles';
  }
  return 'pages';
}

/** The kind of a .jsonl file from its first non-blank line (pages when it is not JSON). */
export async function sniffJsonl(file: string): Promise<JsonlKind> {
  for await (const { bytes } of splitLines(fs.createReadStream(file, { highWaterMark: 1 << 16 }))) {
    const line = bytes.toString('utf8').replace(/^\uFEFF/, '').trim();
    if (!line) continue;
    try {
      return sniffRecord(JSON.parse(line));
    } catch {
      return 'pages';
    }
  }
  return 'pages';
}

/** Records of one kind from a JSONL file, each validated; bad lines are reported and skipped. */
export async function readRecords<T>(
  file: string,
  schema: z.ZodType<T>,
  problem: (origin: string, reason: string) => void,
): Promise<T[]> {
  const out: T[] = [];
  let any = false;
  for await (const { bytes, no } of splitLines(fs.createReadStream(file, { highWaterMark: 1 << 20 }))) {
    const line = bytes.toString('utf8').replace(/^\uFEFF/, '');
    if (line.trim() === '') continue;
    any = true;
    const origin = `${file}:${no}`;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      problem(origin, 'invalid JSON line');
      continue;
    }
    const r = schema.safeParse(value);
    if (!r.success) {
      const issue = r.error.issues[0];
      problem(origin, `not a valid record: ${issue?.path.join('.') || 'record'}: ${issue?.message ?? 'invalid'}`);
      continue;
    }
    out.push(r.data);
  }
  if (!any) problem(file, 'empty file');
  return out;
}

export interface Gathered {
  articles: ReportArticle[];
  /** Inputs or lines that failed; already reported through `problem`. */
  failures: number;
}

/**
 * Reads every input and the --articles files into report articles. Pages are run through the
 * pipeline here; claim and article records are joined on (doc, article).
 */
export async function gather(
  inputs: string[],
  articleFiles: string[],
  problem: (origin: string, reason: string) => void,
  note: (message: string) => void = () => {},
  encoding?: string,
): Promise<Gathered> {
  let failures = 0;
  const fail = (origin: string, reason: string) => {
    failures++;
    problem(origin, reason);
  };
  const claims: ClaimRecord[] = [];
  const records: ArticleRecord[] = [];
  const fromPages: ReportArticle[] = [];

  const pageEntries: PlanEntry[] = [];
  const plan = await planInputs(inputs);
  for (const entry of plan.entries) {
    if (entry.type === 'file' && entry.path.toLowerCase().endsWith('.jsonl')) {
      const kind = await sniffJsonl(entry.path);
      if (kind === 'claims') claims.push(...(await readRecords(entry.path, ClaimRecordSchema, fail)));
      else if (kind === 'articles') records.push(...((await readRecords(entry.path, ArticleInput, fail)) as ArticleRecord[]));
      else pageEntries.push(entry);
    } else {
      pageEntries.push(entry);
    }
  }
  for (const file of articleFiles) {
    if (!fs.existsSync(file)) {
      fail(file, 'no such file (--articles)');
      continue;
    }
    records.push(...((await readRecords(file, ArticleInput, fail)) as ArticleRecord[]));
  }

  for await (const item of readPlan({ entries: pageEntries, totalBytes: null }, encoding ? { encoding } : {})) {
    if (item.type === 'error') {
      fail(item.origin, item.reason);
      continue;
    }
    try {
      const doc = processPage(item.page);
      for (const w of doc.warnings) note(`${doc.origin}: ${w}`);
      fromPages.push(...fromDoc(doc));
    } catch (err) {
      // Like the batch engine: a page that breaks the pipeline is one failed input, not the end.
      if (err instanceof InputError) fail(err.origin, err.reason);
      else fail(item.page.origin, `internal error: ${err instanceof Error ? err.message : String(err)}`);
    }
  }

  // A page given directly wins over records of the same doc from JSONL files.
  const pageDocs = new Set(fromPages.map((a) => a.doc));
  const skipped = new Set<string>();
  const keep = <T extends { doc: string }>(r: T) => {
    if (!pageDocs.has(r.doc)) return true;
    skipped.add(r.doc);
    return false;
  };
  const joined = fromRecords(claims.filter(keep), records.filter(keep));
  for (const d of [...skipped].sort()) note(`${d}: given both as a page and as records; the page is used`);
  const missing = joined.filter((a) => a.text === null).length;
  if (missing > 0) {
    note(
      `${missing} article(s) have claims but no text; their evidence clauses are shown instead ` +
        '(pass --articles FILE written by `zhclaims articles`)',
    );
  }
  return { articles: [...fromPages, ...joined], failures };
}

import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import { CSV_COLUMNS } from '../output/schema.js';
import type { Format } from '../output/write.js';
import type { ArticleRef } from './index.js';

// The ordered writer learns that an article is a repost only after its page was serialized in a
// worker, so the page's serialized claims are patched here: `duplicateOf` set, or the claims
// left out (--dedupe). Only pages with a duplicate article pass through this; the others are
// written as they came.

const DOC_COL = CSV_COLUMNS.indexOf('duplicateOf.doc');
const ARTICLE_COL = CSV_COLUMNS.indexOf('duplicateOf.article');
const INDEX_COL = CSV_COLUMNS.indexOf('article');

/** Rows of CSV (csv-parse, the reader of the project that writes them): every cell a string. */
export function parseCsvRows(text: string): string[][] {
  return parse(text, { relax_column_count: true }) as string[][];
}

// A record as serializeClaim writes it: keys in schema order, every quote inside a string escaped,
// so the first `"article":` is the top-level key and `"duplicateOf":null` occurs once. Editing the
// text gives the bytes JSON.parse + JSON.stringify would, without either (every page of a crawl
// full of reposts passes through here, on the main thread).
const ARTICLE_KEY = '"article":';
const NO_DUPLICATE = '"duplicateOf":null';

function articleOf(line: string): number {
  const at = line.indexOf(ARTICLE_KEY) + ARTICLE_KEY.length;
  let n = 0;
  for (let i = at; i < line.length; i++) {
    const c = line.charCodeAt(i) - 48;
    if (c < 0 || c > 9) break;
    n = n * 10 + c;
  }
  return n;
}

function withDuplicateOf(line: string, first: ArticleRef): string {
  const at = line.indexOf(NO_DUPLICATE);
  if (at < 0) throw new Error('a claim record without duplicateOf');
  return `${line.slice(0, at)}"duplicateOf":${JSON.stringify({ doc: first.doc, article: first.article })}${line.slice(at + NO_DUPLICATE.length)}`;
}

export interface Patched {
  chunks: string[];
  /** Claims left in. */
  count: number;
  /** Claims left out. */
  dropped: number;
}

/** A page's serialized claims with `duplicateOf` filled in for its duplicate articles, or without them. */
export function patchChunks(chunks: string[], format: Format, dups: Map<number, ArticleRef>, drop: boolean): Patched {
  const text = chunks.join(format === 'json' ? ',\n' : '');
  const out: string[] = [];
  let dropped = 0;
  if (format === 'csv') {
    for (const row of parseCsvRows(text)) {
      const first = dups.get(Number(row[INDEX_COL]));
      if (first && drop) {
        dropped++;
        continue;
      }
      if (first) (row[DOC_COL] = first.doc), (row[ARTICLE_COL] = String(first.article));
      out.push(stringify([row]));
    }
  } else {
    // JSON.stringify never writes a raw newline, so records split cleanly.
    const records = format === 'json' ? text.split(',\n') : text.split('\n').filter((l) => l !== '');
    for (const line of records) {
      const first = dups.get(articleOf(line));
      if (first && drop) {
        dropped++;
        continue;
      }
      const rec = first ? withDuplicateOf(line, first) : line;
      out.push(format === 'json' ? rec : rec + '\n');
    }
  }
  const joined = out.length === 0 ? [] : [out.join(format === 'json' ? ',\n' : '')];
  return { chunks: joined, count: out.length, dropped };
}

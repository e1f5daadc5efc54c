import fs from 'node:fs';
import path from 'node:path';
import { once } from 'node:events';
import { stringify } from 'csv-stringify/sync';
import type { z } from 'zod';
import { onCleanup } from '../batch/interrupt.js';
import { ArticleRecordSchema, ClaimRecordSchema, CSV_COLUMNS, type ArticleRecord, type ClaimRecord } from './schema.js';

// The output edge: records are validated here, serialized to JSON Lines, JSON or CSV, and
// written either to standard output or to a temporary file renamed into place at the end, so an
// interrupted run never leaves a half-written file.

export type Format = 'jsonl' | 'json' | 'csv';
export const FORMATS: Format[] = ['jsonl', 'json', 'csv'];

export class RecordError extends Error {}

function check<T>(schema: z.ZodType<T>, record: unknown): T {
  const r = schema.safeParse(record);
  if (!r.success) {
    const i = r.error.issues[0];
    throw new RecordError(`record does not match the output schema: ${i?.path.join('.') || 'record'}: ${i?.message}`);
  }
  return r.data;
}

/**
 * A text cell a spreadsheet will not run: text from web pages (titles, ids) that starts with
 * = + - @ tab or CR is a formula to Excel and LibreOffice (=HYPERLINK(…)), so it gets a leading
 * ' (the OWASP rule for CSV injection). Numbers are written as numbers and left alone.
 */
export function csvSafe(v: string): string {
  return /^[=+\-@\t\r]/.test(v) ? `'${v}` : v;
}

/** A value of a CSV cell: null is empty, span is JSON `[start,end]` (Excel reads "3-5" as a date). */
function cell(v: unknown): string | number {
  if (v === null || v === undefined) return '';
  if (typeof v === 'number') return v;
  if (typeof v === 'string') return csvSafe(v);
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  return JSON.stringify(v);
}

/** The record flattened to CSV_COLUMNS: `region.code`, `honor.title`, … */
export function csvRow(record: ClaimRecord): (string | number)[] {
  return CSV_COLUMNS.map((col) => {
    const dot = col.indexOf('.');
    if (dot < 0) return cell((record as Record<string, unknown>)[col]);
    const outer = (record as Record<string, unknown>)[col.slice(0, dot)] as Record<string, unknown> | null;
    return cell(outer ? outer[col.slice(dot + 1)] : null);
  });
}

export function csvHeader(): string {
  return stringify([[...CSV_COLUMNS]]);
}

// A hand-written check of a claim record, the same rules as ClaimRecordSchema (a test holds the
// two together on every fixture record and on mutations of each field): zod per record cost more
// than serializing it. A record it rejects goes to zod, which names the problem (or accepts it).
type Pred = (v: unknown) => boolean;
const str: Pred = (v) => typeof v === 'string';
const int: Pred = (v) => Number.isInteger(v);
const nat: Pred = (v) => Number.isInteger(v) && (v as number) >= 0;
const num: Pred = (v) => typeof v === 'number' && Number.isFinite(v);
const oneOf = (...xs: string[]): Pred => (v) => typeof v === 'string' && xs.includes(v);
const orNull = (p: Pred): Pred => (v) => v === null || p(v);
const pair: Pred = (v) => Array.isArray(v) && v.length === 2 && nat(v[0]) && nat(v[1]);
const exact = (fields: Record<string, Pred>): Pred => {
  const keys = Object.keys(fields);
  return (v) => {
    if (typeof v !== 'object' || v === null || Array.isArray(v)) return false;
    let n = 0;
    for (const k in v) {
      const p = fields[k];
      if (!p || !p((v as Record<string, unknown>)[k])) return false;
      n++;
    }
    return n === keys.length;
  };
};
const regionOk = exact({
  code: str, name: str, level: oneOf('province', 'city', 'county', 'town'),
  province: orNull(str), city: orNull(str), county: orNull(str), town: orNull(str),
});
export const fastClaimCheck = exact({
  doc: str, article: nat, title: orNull(str), region: orNull(regionOk),
  kind: oneOf('money', 'people', 'percent', 'honor', 'count'),
  value: orNull(num), valueMax: orNull(num), unit: orNull(str), classifier: orNull(str),
  approx: orNull(oneOf('over', 'about', 'under')), per: orNull(str),
  honor: orNull(exact({ title: orNull(str), level: orNull(oneOf('national', 'provincial', 'municipal', 'county', 'township')), recipient: orNull(str) })),
  subject: orNull(str), category: orNull(str), period: orNull(str),
  periodStart: orNull(int), periodEnd: orNull(int), status: oneOf('result', 'target'), partOf: orNull(pair),
  date: orNull(str), year: orNull(int), url: orNull(str),
  duplicateOf: orNull(exact({ doc: str, article: nat })),
  text: str, span: pair,
});

/** One claim record, validated, as the text it takes in the output (json: without separator). */
export function serializeClaim(record: unknown, format: Format): string {
  const r = fastClaimCheck(record) ? (record as ClaimRecord) : check(ClaimRecordSchema, record);
  if (format === 'csv') return stringify([csvRow(r)]);
  if (format === 'json') return JSON.stringify(r);
  return JSON.stringify(r) + '\n';
}

export function serializeArticle(record: unknown, format: Format): string {
  const r: ArticleRecord = check(ArticleRecordSchema, record);
  if (format === 'csv') throw new RecordError('articles are written as jsonl or json');
  if (format === 'json') return JSON.stringify(r);
  return JSON.stringify(r) + '\n';
}

export interface OutputOptions {
  format: Format;
  /** File path; standard output when absent. */
  out?: string;
  /** UTF-8 byte order mark before CSV, so Excel opens Chinese intact. */
  bom?: boolean;
}

export interface OutputWriter {
  /** Serialized records (from serializeClaim/serializeArticle), in output order. */
  write(chunks: string[]): Promise<void>;
  /** Finishes the document (JSON's closing bracket) and moves the file into place. */
  close(): Promise<void>;
  /** Drops a temporary file; standard output is left as it is. */
  abort(): Promise<void>;
}

interface Sink {
  write(s: string): Promise<void>;
  end(): Promise<void>;
  abort(): Promise<void>;
}

function stdoutSink(): Sink {
  // (a closed pipe, `| head`, ends the run quietly: src/cli.ts)
  const out = process.stdout;
  return {
    async write(s) {
      if (!out.write(s)) await once(out, 'drain');
    },
    async end() {
      if (out.writableNeedDrain) await once(out, 'drain');
    },
    async abort() {},
  };
}

/** The temporary name of an output: hidden, beside it, with our pid so later runs can tell stale ones. */
export function tempPath(target: string): string {
  const dir = path.dirname(path.resolve(target));
  return path.join(dir, `.${path.basename(target)}.${process.pid}.${Math.random().toString(36).slice(2, 8)}.tmp`);
}

function running(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM'; // alive, someone else's
  }
}

const TEMP_RE = /^\.?(.+)\.(\d+)(?:\.[0-9a-z]+)?\.tmp$/;

/**
 * Removes the temporary files of runs that were killed (SIGKILL, the OOM killer) before they could
 * clean up: those beside `target` (or of any output when `target` is a folder) whose pid no longer runs.
 */
export function removeStaleTemps(target: string, anyName = false): void {
  const dir = anyName ? path.resolve(target) : path.dirname(path.resolve(target));
  const base = path.basename(target);
  let names: string[];
  try {
    names = fs.readdirSync(dir);
  } catch {
    return;
  }
  for (const name of names) {
    const m = TEMP_RE.exec(name);
    if (!m || (!anyName && m[1] !== base) || running(Number(m[2]))) continue;
    fs.rmSync(path.join(dir, name), { force: true });
  }
}

/** Registers a temporary file to be removed when the process exits or is interrupted before the rename. */
function track(tmp: string, fd?: () => number | null): () => void {
  return onCleanup(() => {
    const f = fd?.();
    if (f !== null && f !== undefined) {
      try {
        fs.closeSync(f);
      } catch {
        /* already closed */
      }
    }
    fs.rmSync(tmp, { force: true });
  });
}

/**
 * A device or FIFO (-o /dev/null, -o /dev/stdout) is written in place: renaming a temporary file
 * onto it would replace the device node with a regular file.
 */
function isSpecial(target: string): boolean {
  try {
    const st = fs.statSync(target);
    return !st.isFile() && !st.isDirectory();
  } catch {
    return false;
  }
}

/** A whole file written through a temporary sibling and a rename, so readers never see half a file. */
export async function writeFileAtomic(target: string, chunks: Iterable<string> | string): Promise<void> {
  if (isSpecial(target)) {
    const fh = await fs.promises.open(target, 'w');
    try {
      for (const c of typeof chunks === 'string' ? [chunks] : chunks) await fh.write(c);
    } finally {
      await fh.close();
    }
    return;
  }
  removeStaleTemps(target);
  const tmp = tempPath(target);
  const untrack = track(tmp);
  try {
    const fh = await fs.promises.open(tmp, 'w');
    try {
      for (const c of typeof chunks === 'string' ? [chunks] : chunks) await fh.write(c);
    } finally {
      await fh.close();
    }
    await fs.promises.rename(tmp, target);
  } catch (err) {
    fs.rmSync(tmp, { force: true });
    throw err;
  } finally {
    untrack();
  }
}

async function fileSink(target: string): Promise<Sink> {
  const special = isSpecial(target);
  if (!special) removeStaleTemps(target);
  const tmp = special ? target : tempPath(target);
  const fh = await fs.promises.open(tmp, 'w');
  let open = true;
  const untrack = special ? () => {} : track(tmp, () => (open ? fh.fd : null));

  let buf: string[] = [];
  let buffered = 0;
  const flush = async () => {
    if (buf.length === 0) return;
    const data = buf.join('');
    buf = [];
    buffered = 0;
    await fh.write(data);
  };
  return {
    async write(s) {
      buf.push(s);
      buffered += s.length;
      if (buffered >= 1 << 16) await flush();
    },
    async end() {
      await flush();
      open = false;
      await fh.close();
      if (!special) await fs.promises.rename(tmp, target);
      untrack();
    },
    async abort() {
      untrack();
      if (open) {
        open = false;
        await fh.close().catch(() => {});
      }
      if (!special) fs.rmSync(tmp, { force: true });
    },
  };
}

/** Opens the output; for -o FILE the directory must exist (checked before any work is done). */
export async function openOutput(opts: OutputOptions, header = opts.format === 'csv' ? csvHeader() : ''): Promise<OutputWriter> {
  const sink = opts.out ? await fileSink(opts.out) : stdoutSink();
  const { format } = opts;
  let first = true;
  const start = async () => {
    if (!first) return;
    first = false;
    let head = '';
    if (opts.bom) head += '\uFEFF';
    if (format === 'json') head += '[\n';
    head += header;
    if (head) await sink.write(head);
  };
  let count = 0;
  return {
    async write(chunks) {
      await start();
      for (const c of chunks) {
        if (format === 'json') await sink.write((count > 0 ? ',\n' : '') + c);
        else await sink.write(c);
        count++;
      }
    },
    async close() {
      await start();
      if (format === 'json') await sink.write(count > 0 ? '\n]\n' : ']\n');
      await sink.end();
    },
    abort: () => sink.abort(),
  };
}

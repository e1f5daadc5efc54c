import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { glob, isDynamicPattern } from 'tinyglobby';
import type { PageInput, RecordFields } from '../doc.js';

// Stage "read": turns the command line's inputs (files, folders, globs, `-`) into a stream of
// pages, lazily, so a 10 GB JSONL dump or a folder of 100,000 files is read with bounded memory.
// Problems become error items in input order instead of exceptions: one bad input never stops
// the others.

/** Extensions a folder walk picks up. Files named explicitly or matched by a glob are always taken. */
export const INPUT_EXTENSIONS = ['.txt', '.html', '.htm', '.jsonl'];

export type ReadItem =
  | { type: 'page'; page: PageInput; size: number }
  | { type: 'error'; origin: string; reason: string };

/** Bad lines reported one by one per JSONL file; the rest are counted in one closing line. */
export const MAX_LINE_ERRORS = 50;

/** One entry of the plan: a file with the root its id is taken relative to, stdin, or a problem. */
export type PlanEntry =
  /** walked: found by a folder walk or a glob rather than named on the command line; id: unique among the plan's files. */
  | { type: 'file'; path: string; root: string; size: number; walked: boolean; id?: string }
  | { type: 'stdin' }
  | { type: 'error'; origin: string; reason: string };

export interface Plan {
  entries: PlanEntry[];
  /** Sum of the file sizes, for ETA; null when standard input is among the inputs. */
  totalBytes: number | null;
}

export interface ReadOptions {
  /** --encoding: passed to decoding for files (JSONL records are already text). */
  encoding?: string;
  /** Keep only the pages whose id falls in this shard. */
  keep?: (id: string) => boolean;
  /** Told about what is worth a line but no failure (a skipped file of a folder). */
  onNote?: (origin: string, note: string) => void;
  /** Standard input (tests pass their own stream). */
  stdin?: AsyncIterable<Buffer | string>;
  /** Ids given so far (readPlan makes one for the whole plan). */
  ids?: IdRegistry;
}

function reasonOf(err: unknown): string {
  const e = err as NodeJS.ErrnoException;
  switch (e?.code) {
    case 'ENOENT':
      return 'no such file or directory';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'is a directory';
    default:
      return e?.message ? String(e.message).split('\n')[0] : String(err);
  }
}

/** A page id: the path relative to its root, without extension (or with it), with forward slashes. */
export function fileId(file: string, root: string, keepExtension = false): string {
  const rel = path.relative(root, file) || path.basename(file);
  const ext = keepExtension ? '' : path.extname(rel);
  return (ext ? rel.slice(0, -ext.length) : rel).split(path.sep).join('/');
}

/** The deepest folder holding all these absolute paths. */
function commonRoot(files: string[]): string {
  let root = path.dirname(files[0]);
  for (const f of files) while (path.relative(root, f).startsWith('..')) root = path.dirname(root);
  return root;
}

/**
 * Unique ids for the plan's page files. Where ids collide, files from different folders take
 * their path below the colliding files' common folder (ta/x, tb/x), and files that still share a
 * stem keep their extension (page.txt, page.html). Ids are still the plain stems everywhere else.
 */
export function assignFileIds(files: { path: string; root: string; id?: string }[]): void {
  const groups = new Map<string, typeof files>();
  for (const f of files) {
    f.id = fileId(f.path, f.root);
    const g = groups.get(f.id);
    if (g) g.push(f);
    else groups.set(f.id, [f]);
  }
  for (const g of groups.values()) {
    if (g.length < 2) continue;
    const abs = g.map((f) => path.resolve(f.path));
    const root = commonRoot(abs);
    g.forEach((f, i) => (f.id = fileId(abs[i], root)));
    const counts = new Map<string, number>();
    for (const f of g) counts.set(f.id!, (counts.get(f.id!) ?? 0) + 1);
    g.forEach((f, i) => {
      if (counts.get(f.id!)! > 1) f.id = fileId(abs[i], root, true);
    });
  }
}

/**
 * Ids already given to pages of this run: a JSONL record whose id was seen is read under `id#2`
 * (`id#3` …), with one note, so no two pages share a document id.
 */
export class IdRegistry {
  private readonly seen = new Set<string>();

  /** Marks ids as taken (the plan's file ids). */
  reserve(ids: Iterable<string>): void {
    for (const id of ids) this.seen.add(id);
  }

  /** The id to use: `id` itself, or the first free `id#N`; `duplicate` is told when renamed. */
  claim(id: string, duplicate?: (renamed: string) => void): string {
    if (!this.seen.has(id)) {
      this.seen.add(id);
      return id;
    }
    let n = 2;
    while (this.seen.has(`${id}#${n}`)) n++;
    const renamed = `${id}#${n}`;
    this.seen.add(renamed);
    duplicate?.(renamed);
    return renamed;
  }
}

// Plain code-unit order, never locale order: the same bytes on every machine.
const byCodeUnit = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

// Planning and file reads are synchronous on purpose: there is nothing to overlap them with at
// startup, and for small pages one blocking read is several times cheaper than the four thread-
// pool round trips of an async readFile (the pipeline, not the disk, is the bottleneck).
/** Input files of a folder tree, and the subfolders that could not be read (with the reason). */
function walk(dir: string, out: { path: string; reason?: string }[]): void {
  let entries: fs.Dirent[];
  try {
    entries = fs.readdirSync(dir, { withFileTypes: true });
  } catch (err) {
    // one unreadable subfolder is named and skipped; the rest of the tree is still read
    out.push({ path: dir, reason: reasonOf(err) });
    return;
  }
  for (const e of entries) {
    if (e.name.startsWith('.')) continue;
    const full = path.join(dir, e.name);
    if (e.isDirectory()) walk(full, out);
    else if ((e.isFile() || e.isSymbolicLink()) && INPUT_EXTENSIONS.includes(path.extname(e.name).toLowerCase())) out.push({ path: full });
  }
}

function isDir(p: string): boolean {
  try {
    return fs.statSync(p).isDirectory();
  } catch {
    return false;
  }
}

/** The directory part of a glob before its first magic segment. */
export function globBase(pattern: string): string {
  const parts = pattern.split('/');
  const fixed: string[] = [];
  for (const p of parts.slice(0, -1)) {
    if (isDynamicPattern(p)) break;
    fixed.push(p);
  }
  if (fixed.length === 0) return '.';
  return fixed.join('/') || '/';
}

/**
 * Resolves every input argument, in order: folders are walked recursively (sorted paths),
 * globs expanded (sorted), duplicates dropped. Nothing is read yet.
 */
export async function planInputs(inputs: string[]): Promise<Plan> {
  const entries: PlanEntry[] = [];
  const seen = new Set<string>();
  let total: number | null = 0;
  const addFile = (file: string, root: string, walked: boolean) => {
    const abs = path.resolve(file);
    if (seen.has(abs)) return;
    seen.add(abs);
    let size = 0;
    try {
      size = fs.statSync(file).size;
    } catch (err) {
      entries.push({ type: 'error', origin: file, reason: reasonOf(err) });
      return;
    }
    if (total !== null) total += size;
    entries.push({ type: 'file', path: file, root, size, walked });
  };

  for (const input of inputs) {
    if (input === '-') {
      entries.push({ type: 'stdin' });
      total = null;
      continue;
    }
    let st: fs.Stats | null = null;
    try {
      st = fs.statSync(input);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'ENOENT' || !isDynamicPattern(input)) {
        entries.push({ type: 'error', origin: input, reason: reasonOf(err) });
        continue;
      }
    }
    if (st?.isDirectory()) {
      const found: { path: string; reason?: string }[] = [];
      walk(input, found);
      if (found.length === 0) {
        entries.push({ type: 'error', origin: input, reason: `folder has no inputs (${INPUT_EXTENSIONS.join(', ')})` });
        continue;
      }
      found.sort((a, b) => byCodeUnit(a.path, b.path)); // all share the folder's prefix: the order of their relative paths
      for (const f of found) {
        if (f.reason) entries.push({ type: 'error', origin: f.path, reason: f.reason });
        else addFile(f.path, input, true);
      }
    } else if (st) {
      addFile(input, path.dirname(input), false);
    } else {
      const pattern = input.split(path.sep).join('/');
      const matches = (await glob(pattern, { onlyFiles: false, expandDirectories: false })).map((m) => m.replace(/\/$/, '')).sort(byCodeUnit);
      if (matches.length === 0) {
        entries.push({ type: 'error', origin: input, reason: 'no files match this pattern' });
        continue;
      }
      // A matched folder is walked as a folder given by name would be (page extensions only).
      const base = globBase(pattern);
      const found: { path: string; reason?: string }[] = [];
      for (const m of matches) {
        if (isDir(m)) walk(m, found);
        else found.push({ path: m });
      }
      if (found.length === 0) {
        entries.push({ type: 'error', origin: input, reason: `the folders this pattern matches have no inputs (${INPUT_EXTENSIONS.join(', ')})` });
        continue;
      }
      found.sort((a, b) => byCodeUnit(a.path, b.path));
      for (const f of found) {
        if (f.reason) entries.push({ type: 'error', origin: f.path, reason: f.reason });
        else addFile(f.path, base, true);
      }
    }
  }
  assignFileIds(entries.flatMap((e) => (e.type === 'file' && path.extname(e.path).toLowerCase() !== '.jsonl' ? [e] : [])));
  return { entries, totalBytes: total };
}

// ---- content checks -------------------------------------------------------------------------

const MAGIC: [string, number[]][] = [
  ['PDF document', [0x25, 0x50, 0x44, 0x46]],
  ['PNG image', [0x89, 0x50, 0x4e, 0x47]],
  ['GIF image', [0x47, 0x49, 0x46, 0x38]],
  ['JPEG image', [0xff, 0xd8, 0xff]],
  ['ZIP archive', [0x50, 0x4b, 0x03, 0x04]],
  ['gzip archive', [0x1f, 0x8b]],
  ['ELF executable', [0x7f, 0x45, 0x4c, 0x46]],
];

function startsWith(b: Uint8Array, sig: number[]): boolean {
  return b.length >= sig.length && sig.every((x, i) => b[i] === x);
}

/** Bytes that fill the high half of UTF-16 code units in Chinese text, or 0 for ASCII. */
function utf16HighByte(x: number): boolean {
  return x === 0 || (x >= 0x4e && x <= 0x9f) || x === 0x30 || x === 0xff || x === 0x20;
}

/**
 * Why these bytes are not a text page, or null. Text in any encoding we read (UTF-8, GB18030,
 * Big5) has no NUL and almost no C0 control bytes; UTF-16 without a BOM has NULs but a regular
 * high byte on every other position, so it is told apart and left to decoding.
 */
export function binaryReason(b: Uint8Array): string | null {
  if (startsWith(b, [0xef, 0xbb, 0xbf]) || startsWith(b, [0xff, 0xfe]) || startsWith(b, [0xfe, 0xff])) return null;
  for (const [name, sig] of MAGIC) if (startsWith(b, sig)) return `binary file (${name}), not a text page`;
  const n = Math.min(b.length, 65536);
  let nul = 0;
  let control = 0;
  for (let i = 0; i < n; i++) {
    const x = b[i];
    if (x === 0) nul++;
    else if (x < 0x20 && x !== 0x09 && x !== 0x0a && x !== 0x0d && x !== 0x0c && x !== 0x1b) control++;
  }
  if (nul === 0 && control <= n * 0.05) return null;
  if (nul > 0 && n >= 4) {
    let even = 0;
    let odd = 0;
    for (let i = 0; i + 1 < n; i += 2) {
      if (utf16HighByte(b[i])) even++;
      if (utf16HighByte(b[i + 1])) odd++;
    }
    const pairs = Math.floor(n / 2);
    if (odd >= pairs * 0.9 || even >= pairs * 0.9) return null; // UTF-16 LE / BE without BOM
  }
  return 'binary file, not a text page';
}

// ---- JSONL ----------------------------------------------------------------------------------

const PageRecordSchema = z.object({
  id: z.union([z.string(), z.number()]).optional().nullable(),
  html: z.string().optional().nullable(),
  text: z.string().optional().nullable(),
  // the record's own metadata: taken when usable, ignored (never an error) when of another shape
  title: z.unknown().optional(),
  date: z.unknown().optional(),
  url: z.unknown().optional(),
  source: z.unknown().optional(),
});

/** A metadata field as one trimmed line, or null (absent, empty, or not text). */
function field(v: unknown): string | null {
  if (typeof v !== 'string') return null;
  const t = v.replace(/\s+/g, ' ').trim();
  return t ? t.slice(0, 2000) : null;
}

/** A date field: text as written, or epoch seconds / milliseconds as an ISO date. */
function dateField(v: unknown): string | null {
  if (typeof v === 'number' && Number.isFinite(v) && v > 0) {
    const d = new Date(v < 1e11 ? v * 1000 : v);
    return Number.isNaN(d.getTime()) ? null : d.toISOString().slice(0, 10);
  }
  return field(v);
}

function recordFields(r: { title?: unknown; date?: unknown; url?: unknown; source?: unknown }): RecordFields | undefined {
  const f: RecordFields = { title: field(r.title), date: dateField(r.date), url: field(r.url), source: field(r.source) };
  return f.title || f.date || f.url || f.source ? f : undefined;
}

/** One JSONL line to a page, or the reason it is not one. */
export function parseRecord(line: string, origin: string): { page: PageInput } | { reason: string } {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (err) {
    return { reason: `invalid JSON line (${String((err as Error).message).split('\n')[0].slice(0, 120)})` };
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return { reason: 'JSONL record is not an object with "id" and "html" or "text"' };
  }
  const r = PageRecordSchema.safeParse(value);
  if (!r.success) {
    const field = String(r.error.issues[0]?.path[0] ?? 'record');
    return { reason: `JSONL record has a bad "${field}" (id must be a string or number, html/text strings)` };
  }
  const { id, html, text } = r.data;
  if (id === undefined || id === null || String(id).trim() === '') return { reason: 'JSONL record has no "id"' };
  const record = recordFields(r.data);
  const extra = record ? { record } : {};
  if (typeof html === 'string') return { page: { id: String(id), origin, text: html, kind: 'html', ...extra } };
  if (typeof text === 'string') return { page: { id: String(id), origin, text, kind: 'text', ...extra } };
  return { reason: `JSONL record ${JSON.stringify(String(id))} has neither "html" nor "text"` };
}

/** Lines of a byte stream with their 1-based numbers; one line in memory at a time. */
export async function* splitLines(chunks: AsyncIterable<Buffer | string>): AsyncGenerator<{ bytes: Buffer; no: number }> {
  let parts: Buffer[] = [];
  let no = 0;
  for await (const c of chunks) {
    const chunk = typeof c === 'string' ? Buffer.from(c) : c;
    let start = 0;
    let nl = chunk.indexOf(0x0a, start);
    while (nl >= 0) {
      parts.push(chunk.subarray(start, nl));
      const bytes = parts.length === 1 ? parts[0] : Buffer.concat(parts);
      parts = [];
      yield { bytes, no: ++no };
      start = nl + 1;
      nl = chunk.indexOf(0x0a, start);
    }
    if (start < chunk.length) parts.push(Buffer.from(chunk.subarray(start)));
  }
  if (parts.length) yield { bytes: Buffer.concat(parts), no: ++no };
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** A JSON object that is no page record (claims, gold, other data), as opposed to a broken line. */
function otherData(line: string): boolean {
  try {
    const v = JSON.parse(line) as unknown;
    return v !== null && typeof v === 'object' && !Array.isArray(v) && 'reason' in parseRecord(line, '');
  } catch {
    return false;
  }
}

async function* readJsonl(
  chunks: AsyncIterable<Buffer | string>,
  name: string,
  opts: ReadOptions,
  walked = false,
): AsyncGenerator<ReadItem> {
  let records = 0;
  let errors = 0;
  const bad = (origin: string, reason: string): ReadItem | null => {
    // A line without a usable id still belongs to exactly one shard: the one of its origin.
    if (opts.keep && !opts.keep(origin)) return null;
    return ++errors <= MAX_LINE_ERRORS ? { type: 'error', origin, reason } : null;
  };
  for await (const { bytes, no } of splitLines(chunks)) {
    const origin = `${name}:${no}`;
    let line: string;
    try {
      line = utf8.decode(bytes);
    } catch {
      records++;
      const e = bad(origin, 'line is not valid UTF-8 (JSONL must be UTF-8)');
      if (e) yield e;
      continue;
    }
    if (no === 1 && line.charCodeAt(0) === 0xfeff) line = line.slice(1);
    if (line.trim() === '') continue;
    // A folder may hold other JSONL (claims, gold, logs) beside its pages: skip such a file
    // whole, with one note, when its first record is no page. Named files are read regardless.
    if (records++ === 0 && walked && otherData(line)) {
      opts.onNote?.(name, 'skipped: not a page dump (its first record has no "id" with "html" or "text")');
      return;
    }
    const r = parseRecord(line, origin);
    if ('reason' in r) {
      const e = bad(origin, r.reason);
      if (e) yield e;
      continue;
    }
    if (opts.ids) {
      const id = r.page.id;
      r.page.id = opts.ids.claim(id, (renamed) => opts.onNote?.(origin, `duplicate id ${JSON.stringify(id)}: read as ${JSON.stringify(renamed)}`));
    }
    if (opts.keep && !opts.keep(r.page.id)) continue;
    yield { type: 'page', page: r.page, size: bytes.length + 1 };
  }
  if (records === 0) yield { type: 'error', origin: name, reason: 'empty file' };
  if (errors > MAX_LINE_ERRORS) yield { type: 'error', origin: name, reason: `${errors - MAX_LINE_ERRORS} more bad lines not shown (${errors} in all)` };
}

async function* readFile(entry: { path: string; root: string; walked?: boolean; id?: string }, opts: ReadOptions): AsyncGenerator<ReadItem> {
  const origin = entry.path;
  if (path.extname(entry.path).toLowerCase() === '.jsonl') {
    yield* readJsonl(fs.createReadStream(entry.path, { highWaterMark: 1 << 20 }), origin, opts, entry.walked);
    return;
  }
  const id = entry.id ?? fileId(entry.path, entry.root);
  if (opts.keep && !opts.keep(id)) return;
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(entry.path);
  } catch (err) {
    yield { type: 'error', origin, reason: reasonOf(err) };
    return;
  }
  if (bytes.length === 0) {
    yield { type: 'error', origin, reason: 'empty file' };
    return;
  }
  const binary = binaryReason(bytes);
  if (binary) {
    yield { type: 'error', origin, reason: binary };
    return;
  }
  const ext = path.extname(entry.path).toLowerCase();
  // .html/.htm say HTML; .txt and others are sniffed: crawlers often save HTML as .txt.
  const kind = ext === '.html' || ext === '.htm' ? 'html' : 'auto';
  yield { type: 'page', page: { id, origin, bytes, kind, ...(opts.encoding ? { encoding: opts.encoding } : {}) }, size: bytes.length };
}

/**
 * Standard input: JSONL pages when its first non-blank character is `{` (crawler dumps, Hadoop
 * Streaming, Spark pipe), otherwise one page with id `stdin`.
 */
async function* readStdin(opts: ReadOptions): AsyncGenerator<ReadItem> {
  const source = opts.stdin ?? (process.stdin as AsyncIterable<Buffer>);
  const it = source[Symbol.asyncIterator]();
  const head: Buffer[] = [];
  let first = -1;
  let ended = false;
  while (first < 0) {
    const n = await it.next();
    if (n.done) {
      ended = true;
      break;
    }
    const chunk = typeof n.value === 'string' ? Buffer.from(n.value) : n.value;
    head.push(chunk);
    for (let i = 0; i < chunk.length; i++) {
      const x = chunk[i];
      if (x === 0x20 || x === 0x09 || x === 0x0a || x === 0x0d) continue;
      // UTF-8 BOM before a JSONL line
      if (x === 0xef && chunk[i + 1] === 0xbb && chunk[i + 2] === 0xbf) {
        i += 2;
        continue;
      }
      first = x;
      break;
    }
  }
  async function* rest(): AsyncGenerator<Buffer> {
    yield* head;
    if (ended) return;
    for (;;) {
      const n = await it.next();
      if (n.done) return;
      yield typeof n.value === 'string' ? Buffer.from(n.value) : n.value;
    }
  }
  if (first < 0) {
    yield { type: 'error', origin: 'stdin', reason: 'empty input' };
    return;
  }
  if (first === 0x7b) {
    yield* readJsonl(rest(), 'stdin', opts);
    return;
  }
  const parts: Buffer[] = [];
  for await (const c of rest()) parts.push(c);
  const bytes = Buffer.concat(parts);
  const id = opts.ids ? opts.ids.claim('stdin') : 'stdin';
  if (opts.keep && !opts.keep(id)) return;
  const binary = binaryReason(bytes);
  if (binary) {
    yield { type: 'error', origin: 'stdin', reason: binary };
    return;
  }
  yield { type: 'page', page: { id, origin: 'stdin', bytes, kind: 'auto', ...(opts.encoding ? { encoding: opts.encoding } : {}) }, size: bytes.length };
}

/** Reads the plan in order, one page at a time. */
export async function* readPlan(plan: Plan, opts: ReadOptions = {}): AsyncGenerator<ReadItem> {
  if (!opts.ids) {
    opts = { ...opts, ids: new IdRegistry() };
    opts.ids!.reserve(plan.entries.flatMap((e) => (e.type === 'file' && e.id !== undefined ? [e.id] : [])));
  }
  for (const entry of plan.entries) {
    if (entry.type === 'error') yield entry;
    else if (entry.type === 'stdin') yield* readStdin(opts);
    else yield* readFile(entry, opts);
  }
}

/** planInputs + readPlan in one call. */
export async function* readInputs(inputs: string[], opts: ReadOptions = {}): AsyncGenerator<ReadItem> {
  yield* readPlan(await planInputs(inputs), opts);
}

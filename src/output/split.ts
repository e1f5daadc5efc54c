import fs from 'node:fs';
import path from 'node:path';
import type { Kind, Region } from '../doc.js';
import { UsageError } from '../errors.js';
import type { ClaimRecord } from './schema.js';
import { csvHeader, removeStaleTemps, serializeClaim, writeFileAtomic, type Format } from './write.js';

// `--split-by region -o DIR`: one file per region, `<code>-<name>.<ext>`, the claims whose
// article has no region in `unknown.<ext>`, and `index.json` listing every file with its
// region, article count and claims per kind. Nothing is dropped. Each file is written to a
// temporary name and renamed, so an interrupted run leaves no half file; files listed by a
// previous run's index.json that this run no longer writes are removed, so the folder always
// matches its index.

export const INDEX_NAME = 'index.json';
const KINDS: Kind[] = ['money', 'people', 'percent', 'honor', 'count'];

export interface RegionIndexEntry {
  code: string | null;
  region: Region | null;
  file: string;
  articles: number;
  claims: Record<Kind, number> & { total: number };
}

interface Group {
  code: string | null;
  region: Region | null;
  records: ClaimRecord[];
}

/** A file name safe on every file system: path separators and reserved characters replaced. */
function safeName(s: string): string {
  return s.replace(/[\\/:*?"<>|\u0000-\u001f]/g, '_').trim() || '_';
}

export function regionFileName(region: Region | null, format: Format): string {
  return region ? `${safeName(region.code)}-${safeName(region.name)}.${format}` : `unknown.${format}`;
}

function groupByRegion(records: ClaimRecord[]): Group[] {
  const groups = new Map<string, Group>();
  for (const r of records) {
    const key = r.region?.code ?? '';
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { code: r.region?.code ?? null, region: r.region, records: [] }));
    g.records.push(r);
  }
  // By code; unknown last.
  return [...groups.values()].sort((a, b) =>
    a.code === b.code ? 0 : a.code === null ? 1 : b.code === null ? -1 : a.code < b.code ? -1 : 1,
  );
}

function render(records: ClaimRecord[], format: Format, bom: boolean): string {
  const body = records.map((r) => serializeClaim(r, format));
  if (format === 'json') return body.length ? `[\n${body.join(',\n')}\n]\n` : '[]\n';
  if (format === 'csv') return (bom ? '\uFEFF' : '') + csvHeader() + body.join('');
  return body.join('');
}

function entryOf(g: Group, file: string): RegionIndexEntry {
  const claims = { total: g.records.length } as RegionIndexEntry['claims'];
  for (const k of KINDS) claims[k] = 0;
  const articles = new Set<string>();
  for (const r of g.records) {
    claims[r.kind]++;
    articles.add(`${r.doc}\u0000${r.article}`);
  }
  return { code: g.code, region: g.region, file, articles: articles.size, claims };
}

// Through the shared writer: temporary files of killed runs are removed, an interrupt drops ours.
const writeAtomic = (file: string, text: string) => writeFileAtomic(file, text);

/** Files a previous run listed in DIR/index.json. */
function previousFiles(dir: string): string[] {
  try {
    const old = JSON.parse(fs.readFileSync(path.join(dir, INDEX_NAME), 'utf8')) as unknown;
    if (!Array.isArray(old)) return [];
    return old
      .map((e) => (e && typeof e === 'object' ? (e as { file?: unknown }).file : null))
      .filter((f): f is string => typeof f === 'string' && f === path.basename(f));
  } catch {
    return [];
  }
}

/** Writes the claim records into DIR, one file per region, plus index.json. */
export async function writeByRegion(
  records: ClaimRecord[],
  dir: string,
  format: Format,
  opts: { bom?: boolean } = {},
): Promise<RegionIndexEntry[]> {
  if (fs.existsSync(dir) && !fs.statSync(dir).isDirectory()) {
    throw new UsageError(`-o: ${dir} is a file; --split-by region writes a folder`);
  }
  await fs.promises.mkdir(dir, { recursive: true });
  removeStaleTemps(dir, true);
  const before = previousFiles(dir);
  const index: RegionIndexEntry[] = [];
  for (const g of groupByRegion(records)) {
    const file = regionFileName(g.region, format);
    await writeAtomic(path.join(dir, file), render(g.records, format, !!opts.bom));
    index.push(entryOf(g, file));
  }
  await writeAtomic(path.join(dir, INDEX_NAME), JSON.stringify(index, null, 2) + '\n');
  const now = new Set(index.map((e) => e.file));
  for (const f of before) if (!now.has(f) && f !== INDEX_NAME) await fs.promises.rm(path.join(dir, f), { force: true });
  return index;
}

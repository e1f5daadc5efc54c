import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Doc, Region } from '../src/doc.js';
import { CSV_COLUMNS, ClaimRecordSchema, type ClaimRecord } from '../src/output/schema.js';
import { writeByRegion, type RegionIndexEntry } from '../src/output/split.js';
import { claimRecords } from '../src/pipeline.js';
import { findArticles } from '../src/stages/split.js';
import { resolveRegions } from '../src/stages/region.js';
import { segment } from '../src/stages/segment.js';

// `--split-by region`: one file per region, unknown.<ext> for claims without a region,
// index.json with articles and claims per kind; nothing dropped.

const ZS: Region = { code: '530625', name: '永善县', level: 'county', province: '云南省', city: '昭通市', county: '永善县', town: null };
const ZT: Region = { code: '530600', name: '昭通市', level: 'city', province: '云南省', city: '昭通市', county: null, town: null };

function rec(doc: string, article: number, region: Region | null, kind: ClaimRecord['kind'], value: number, start: number): ClaimRecord {
  return {
    doc, article, title: null, region, kind, value, valueMax: null,
    unit: kind === 'money' ? '元' : kind === 'people' ? '人' : '个', classifier: null, approx: null, per: null,
    honor: kind === 'honor' ? { title: '最美家庭', level: 'county', recipient: null } : null,
    subject: null, category: null, period: null, periodStart: null, periodEnd: null, status: 'result', partOf: null,
    date: null, year: null, url: null, duplicateOf: null,
    text: `培训妇女${value}人`, span: [start, start + String(value).length],
  };
}

const records: ClaimRecord[] = [
  rec('001', 0, ZS, 'people', 2300, 10),
  rec('001', 0, ZS, 'money', 56660000, 40),
  rec('001', 1, ZT, 'people', 65691, 5),
  rec('001', 2, null, 'count', 27, 3),
  rec('002', 0, ZS, 'honor', 3, 8),
];

const dirs: string[] = [];
function tmpDir(): string {
  const d = fs.mkdtempSync(path.join(os.tmpdir(), 'zhclaims-split-'));
  dirs.push(d);
  return path.join(d, 'out');
}
afterEach(() => {
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

const readIndex = (dir: string) => JSON.parse(fs.readFileSync(path.join(dir, 'index.json'), 'utf8')) as RegionIndexEntry[];

describe('writeByRegion', () => {
  it('jsonl: one file per region named <code>-<name>, unknown last, index with counts per kind', async () => {
    const dir = tmpDir();
    await writeByRegion(records, dir, 'jsonl');
    expect(fs.readdirSync(dir).sort()).toEqual(['530600-昭通市.jsonl', '530625-永善县.jsonl', 'index.json', 'unknown.jsonl']);
    const zs = fs.readFileSync(path.join(dir, '530625-永善县.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l));
    expect(zs.map((r) => r.value)).toEqual([2300, 56660000, 3]);
    for (const r of zs) expect(ClaimRecordSchema.parse(r).region?.code).toBe('530625');
    const unknown = fs.readFileSync(path.join(dir, 'unknown.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l));
    expect(unknown).toHaveLength(1);
    expect(unknown[0].region).toBeNull();

    const index = readIndex(dir);
    expect(index.map((e) => e.code)).toEqual(['530600', '530625', null]);
    const zsEntry = index[1];
    expect(zsEntry.file).toBe('530625-永善县.jsonl');
    expect(zsEntry.region).toEqual(ZS);
    expect(zsEntry.articles).toBe(2);
    expect(zsEntry.claims).toEqual({ total: 3, money: 1, people: 1, percent: 0, honor: 1, count: 0 });
    expect(index.reduce((n, e) => n + e.claims.total, 0)).toBe(records.length);
  });

  it('json: each file is one JSON array', async () => {
    const dir = tmpDir();
    await writeByRegion(records, dir, 'json');
    const arr = JSON.parse(fs.readFileSync(path.join(dir, '530600-昭通市.json'), 'utf8'));
    expect(arr).toHaveLength(1);
    expect(arr[0].value).toBe(65691);
  });

  it('csv: header of CSV_COLUMNS, flattened region, BOM on request', async () => {
    const dir = tmpDir();
    await writeByRegion(records, dir, 'csv', { bom: true });
    const text = fs.readFileSync(path.join(dir, '530625-永善县.csv'), 'utf8');
    expect(text.charCodeAt(0)).toBe(0xfeff);
    // No cell here holds a comma, quote or line break, so plain splitting reads it.
    const rows = text.slice(1).trim().split('\n').map((l) => l.split(','));
    expect(rows[0]).toEqual([...CSV_COLUMNS]);
    expect(rows).toHaveLength(4);
    const col = (name: string) => CSV_COLUMNS.indexOf(name as (typeof CSV_COLUMNS)[number]);
    expect(rows[1][col('region.code')]).toBe('530625');
    expect(rows[1][col('region.county')]).toBe('永善县');
    expect(rows[1][col('region.town')]).toBe('');
    expect(fs.readFileSync(path.join(dir, 'unknown.csv'), 'utf8').charCodeAt(0)).toBe(0xfeff);
    const plainDir = tmpDir();
    await writeByRegion(records, plainDir, 'csv');
    expect(fs.readFileSync(path.join(plainDir, 'unknown.csv'), 'utf8').startsWith('doc,')).toBe(true);
  });

  it('a second run replaces the files of the first and leaves the folder matching its index', async () => {
    const dir = tmpDir();
    await writeByRegion(records, dir, 'jsonl');
    fs.writeFileSync(path.join(dir, 'notes.txt'), 'mine');
    await writeByRegion(records.filter((r) => r.region?.code === '530600'), dir, 'jsonl');
    expect(fs.readdirSync(dir).sort()).toEqual(['530600-昭通市.jsonl', 'index.json', 'notes.txt']);
    expect(readIndex(dir).map((e) => e.file)).toEqual(['530600-昭通市.jsonl']);
  });

  it('the same records give byte-identical folders', async () => {
    const a = tmpDir();
    const b = tmpDir();
    await writeByRegion(records, a, 'jsonl');
    await writeByRegion(records, b, 'jsonl');
    for (const f of fs.readdirSync(a)) expect(fs.readFileSync(path.join(b, f))).toEqual(fs.readFileSync(path.join(a, f)));
  });

  it('refuses a path that is a file', async () => {
    const dir = tmpDir();
    fs.mkdirSync(path.dirname(dir), { recursive: true });
    fs.writeFileSync(dir, 'x');
    await expect(writeByRegion(records, dir, 'jsonl')).rejects.toThrow(/is a file/);
  });

  it('a fixture page with three articles in three regions: split, resolved, written', async () => {
    const file = path.join(__dirname, '..', 'fixtures', 'seeds', '001_511957d7e6d4a40f.txt');
    const raw = fs.readFileSync(file, 'utf8');
    const doc: Doc = {
      id: '001', origin: file, encoding: 'utf-8', isHtml: false, raw, warnings: [],
      articles: findArticles(raw, false).articles.map((d, index) => ({ ...d, index, norm: d.text, tokens: segment(d.text), claims: [], region: null })),
    };
    resolveRegions(doc);
    // One stand-in claim per article (claim extraction is not under test here).
    for (const a of doc.articles) {
      a.claims = [{ kind: 'people', value: 1, valueMax: null, unit: '人', classifier: '人', approx: null, per: null, honor: null, subject: null, category: null, period: null, status: 'result', partOf: null, text: a.text.slice(0, 10), span: [0, 1] }];
    }
    const recs = claimRecords(doc);
    const dir = tmpDir();
    await writeByRegion(recs, dir, 'jsonl');
    const index = readIndex(dir);
    expect(index.map((e) => e.code)).toEqual(['530600', '530625', '530627']);
    expect(index.reduce((n, e) => n + e.claims.total, 0)).toBe(recs.length);
  });
});

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { csvRow, openOutput, serializeArticle, serializeClaim } from '../src/output/write.js';
import { CSV_COLUMNS, type ClaimRecord } from '../src/output/schema.js';
import { parseCsvRows } from '../src/dedupe/patch.js';

// The output edge on its own: validation, CSV flattening, and the temporary-file writer.

const claim: ClaimRecord = {
  doc: 'seeds/003',
  article: 0,
  title: '诸城市妇联五年工作回顾',
  region: { code: '370782', name: '诸城市', level: 'county', province: '山东省', city: '潍坊市', county: '诸城市', town: null },
  kind: 'honor',
  value: 6,
  valueMax: null,
  unit: '个',
  classifier: '个',
  approx: null,
  per: null,
  honor: { title: '全国巾帼文明岗', level: 'national', recipient: null },
  subject: '巾帼文明岗',
  category: 'honors',
  period: '五年来',
  periodStart: null,
  periodEnd: null,
  status: 'result',
  partOf: null,
  date: null,
  year: null,
  url: null,
  duplicateOf: null,
  text: '创建全国巾帼文明岗6个，"省级"8个,\n潍坊市级57个',
  span: [7, 8],
};

let tmp: string;
beforeAll(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'zhclaims-write-'));
});
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

describe('records at the output edge', () => {
  it('serializes a valid claim as one JSON line', () => {
    const line = serializeClaim(claim, 'jsonl');
    expect(line.endsWith('\n')).toBe(true);
    expect(line.slice(0, -1)).not.toContain('\n');
    expect(JSON.parse(line)).toEqual(claim);
  });

  it('refuses a record outside the contract, naming the field', () => {
    expect(() => serializeClaim({ ...claim, kind: 'amount' }, 'jsonl')).toThrow(/kind/);
    expect(() => serializeClaim({ ...claim, extra: 1 }, 'jsonl')).toThrow(/output schema/);
    expect(() => serializeClaim({ ...claim, value: Number.NaN }, 'csv')).toThrow(/value/);
    expect(() => serializeArticle({ doc: 'x', article: 0, title: null, date: null, source: null, authors: [], url: null, region: null, signature: null }, 'jsonl')).toThrow(/text/);
  });

  it('flattens nested objects into the CSV columns, nulls empty, span as JSON', () => {
    const row = csvRow(claim);
    const at = (c: (typeof CSV_COLUMNS)[number]) => row[CSV_COLUMNS.indexOf(c)];
    expect(row).toHaveLength(CSV_COLUMNS.length);
    expect(at('region.code')).toBe('370782');
    expect(at('region.town')).toBe('');
    expect(at('honor.title')).toBe('全国巾帼文明岗');
    expect(at('honor.level')).toBe('national');
    expect(at('approx')).toBe('');
    expect(at('value')).toBe(6);
    expect(at('span')).toBe('[7,8]');
    const nullRegion = csvRow({ ...claim, region: null, honor: null });
    expect(nullRegion[CSV_COLUMNS.indexOf('region.code')]).toBe('');
    expect(nullRegion[CSV_COLUMNS.indexOf('honor.title')]).toBe('');
  });

  it('CSV rows with quotes, commas and newlines read back intact', () => {
    const csv = serializeClaim(claim, 'csv');
    const [row] = parseCsvRows(csv);
    expect(row[CSV_COLUMNS.indexOf('text')]).toBe(claim.text);
    expect(row[CSV_COLUMNS.indexOf('title')]).toBe(claim.title);
  });
});

describe('the file writer', () => {
  it('json: an array even when empty; jsonl: records only; csv: BOM then header', async () => {
    for (const [format, n, expected] of [
      ['json', 0, '[\n]\n'],
      ['json', 2, `[\n${JSON.stringify(claim)},\n${JSON.stringify(claim)}\n]\n`],
      ['jsonl', 1, JSON.stringify(claim) + '\n'],
      ['csv', 0, '\uFEFF' + CSV_COLUMNS.join(',') + '\n'],
    ] as const) {
      const out = path.join(tmp, `t-${format}-${n}`);
      const w = await openOutput({ format, out, bom: format === 'csv' });
      await w.write(Array.from({ length: n }, () => serializeClaim(claim, format)));
      await w.close();
      expect(fs.readFileSync(out, 'utf8')).toBe(expected);
      if (format === 'json') expect(JSON.parse(fs.readFileSync(out, 'utf8'))).toHaveLength(n);
    }
  });

  it('writes to a hidden temporary file and only renames it into place at the end', async () => {
    const dir = path.join(tmp, 'rename');
    fs.mkdirSync(dir);
    const out = path.join(dir, 'claims.jsonl');
    fs.writeFileSync(out, 'old\n');
    const w = await openOutput({ format: 'jsonl', out });
    await w.write(Array.from({ length: 3000 }, () => serializeClaim(claim, 'jsonl')));
    expect(fs.readFileSync(out, 'utf8')).toBe('old\n');
    expect(fs.readdirSync(dir).some((f) => /^\.claims\.jsonl\..+\.tmp$/.test(f))).toBe(true);
    await w.close();
    expect(fs.readdirSync(dir)).toEqual(['claims.jsonl']);
    expect(fs.readFileSync(out, 'utf8').split('\n')).toHaveLength(3001);
  });

  it('abort drops the temporary file and leaves the old output alone', async () => {
    const dir = path.join(tmp, 'abort');
    fs.mkdirSync(dir);
    const out = path.join(dir, 'claims.csv');
    fs.writeFileSync(out, 'old\n');
    const w = await openOutput({ format: 'csv', out });
    await w.write([serializeClaim(claim, 'csv')]);
    await w.abort();
    expect(fs.readdirSync(dir)).toEqual(['claims.csv']);
    expect(fs.readFileSync(out, 'utf8')).toBe('old\n');
  });
});

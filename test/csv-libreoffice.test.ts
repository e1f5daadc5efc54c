import { afterAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { CSV_COLUMNS } from '../src/output/schema.js';
import { csvCells, soffice } from './libreoffice.js';

// `extract -f csv --bom` as a spreadsheet sees it: LibreOffice reads every claim of the sample
// pages back with its Chinese intact, cell for cell equal to the JSON Lines output.

const ROOT = path.resolve(__dirname, '..');
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'zhclaims-csv-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));
const extract = (...args: string[]) =>
  spawnSync(process.execPath, [path.join(ROOT, 'bin/zhclaims.js'), 'extract', path.join(ROOT, 'fixtures/seeds'), '-q', '-j', '1', ...args], {
    encoding: 'utf8',
    maxBuffer: 64 << 20,
  });

function field(record: Record<string, unknown>, column: string): unknown {
  return column.split('.').reduce<unknown>((v, k) => (v && typeof v === 'object' ? (v as Record<string, unknown>)[k] : null), record);
}

describe('extract CSV in LibreOffice', () => {
  it('reads back every claim, Chinese intact, numbers as numbers', () => {
    expect(soffice, 'soffice not found: apt-get install libreoffice-calc-nogui').toBe(true);
    const dir = fs.mkdtempSync(path.join(tmp, 'seeds-'));
    const csv = path.join(dir, 'claims.csv');
    expect(extract('-f', 'csv', '--bom', '-o', csv).status).toBe(0);
    expect(fs.readFileSync(csv).subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    const records = extract('-f', 'jsonl').stdout.trim().split('\n').map((l) => JSON.parse(l));
    const sheet = csvCells(csv, dir);
    expect(sheet[0].slice(0, CSV_COLUMNS.length).map((c) => c.text)).toEqual([...CSV_COLUMNS]);
    expect(sheet.filter((row) => row.some((c) => c.text !== '')).length).toBe(records.length + 1);
    records.forEach((r, i) => {
      const row = sheet[i + 1];
      for (const col of ['doc', 'title', 'region.name', 'kind', 'unit', 'classifier', 'honor.title', 'text']) {
        const want = field(r, col);
        expect(row[CSV_COLUMNS.indexOf(col as (typeof CSV_COLUMNS)[number])].text, `${i} ${col}`).toBe(want === null ? '' : String(want));
      }
      const value = row[CSV_COLUMNS.indexOf('value')];
      if (r.value === null) expect(value.text).toBe('');
      else {
        expect(value.type).toBe('float');
        expect(Number(value.value)).toBe(r.value);
      }
    });
  }, 180_000);

  it('a title or id that is a formula (CSV injection) stays text: no live =HYPERLINK', () => {
    expect(soffice, 'soffice not found: apt-get install libreoffice-calc-nogui').toBe(true);
    const dir = fs.mkdtempSync(path.join(tmp, 'inject-'));
    const title = '=HYPERLINK("http://evil.example/","点击查看")';
    const id = '@SUM(1+1)';
    const page = JSON.stringify({
      id,
      html: `<html><head><title>${title}</title></head><body><h1>${title}</h1><p>2019年，全县妇联培训农村妇女1200人次，争取救助金67.6万元，创建全国巾帼文明岗6个。</p></body></html>`,
    });
    const input = path.join(dir, 'pages.jsonl');
    fs.writeFileSync(input, page + '\n');
    const csv = path.join(dir, 'claims.csv');
    const r = spawnSync(process.execPath, [path.join(ROOT, 'bin/zhclaims.js'), 'extract', input, '-q', '-j', '1', '-f', 'csv', '-o', csv], { encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(0);
    const sheet = csvCells(csv, dir).filter((row) => row.some((c) => c.text !== ''));
    expect(sheet.length).toBeGreaterThan(2);
    for (const row of sheet.slice(1)) {
      const t = row[CSV_COLUMNS.indexOf('title')];
      const d = row[CSV_COLUMNS.indexOf('doc')];
      expect(t.formula).toBeUndefined();
      expect(d.formula).toBeUndefined();
      expect(t.type).toBe('string');
      expect(t.text).toBe(`'${title}`);
      expect(d.text).toBe(`'${id}`);
    }
  }, 180_000);
});

import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COLUMNS } from '../src/analyze/summary.js';

// summarize on what a crawl really brings: other currencies, text made to be a formula, nulls.

const ROOT = path.resolve(__dirname, '..');
let tmp: string;
let claims: string;

function run(args: string[], input?: string) {
  const r = spawnSync(process.execPath, [path.join(ROOT, 'bin/zhclaims.js'), ...args], { encoding: 'utf8', input });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

beforeAll(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'zhclaims-sumedge-'));
  claims = path.join(tmp, 'claims.jsonl');
  const page = JSON.stringify({ id: 'usd', text: '2019年，某县妇联争取项目资金5万美元，争取救助金10万元，培训妇女300人。' });
  const r = run(['extract', '-q', '-j', '1', '-', '-o', claims], page + '\n');
  expect(r.code, r.err).toBe(0);
});
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

describe('summarize', () => {
  it('sums only 元 into money_yuan; other currencies apart, per unit', () => {
    const s = JSON.parse(run(['summarize', claims, '-f', 'json', '--by', 'region']).out);
    expect(s.regions).toHaveLength(1);
    expect(s.regions[0].money_yuan).toBe(100000);
    expect(s.regions[0].money_other).toBe('50000 美元');
    expect(s.regions[0].money_claims).toBe(2);
    const table = run(['summarize', claims]).out;
    expect(table).toContain('100,000');
    expect(table).not.toContain('150,000');
    expect(table).toMatch(/other currencies.*\n.*50000 美元/);
  });

  it('-f json writes null, not "", for what is not known', () => {
    const s = JSON.parse(run(['summarize', claims, '-f', 'json']).out);
    const row = s.regions[0];
    expect(row.region_code).toBe(null);
    expect(row.province).toBe(null);
    expect(row.category).toBe(null);
    expect(s.categories.find((r: { category: string | null }) => r.category === null)).toBeUndefined();
    expect(JSON.stringify(s)).not.toContain('""');
  });

  it('names its article count apart from report ("articles_with_claims")', () => {
    const csv = run(['summarize', claims, '-f', 'csv']).out;
    expect(csv.split('\n')[0].split(',')).toContain('articles_with_claims');
    expect(COLUMNS).not.toContain('articles');
    const r = run(['report', claims, '-o', path.join(tmp, 'r.html')]);
    expect(r.err).toMatch(/report: 1 article \(1 with claims\), 3 claims/);
  });

  it('-f csv neutralises a cell that would be a formula (CSV injection)', () => {
    const rec = JSON.parse(fs.readFileSync(claims, 'utf8').split('\n')[0]);
    const evil = { ...rec, region: { code: '110101', name: '=HYPERLINK("http://evil.example/","点击")', level: 'county', province: '+北京市', city: '@x', county: '-1', town: null }, category: '\tcmd' };
    const file = path.join(tmp, 'evil.jsonl');
    fs.writeFileSync(file, JSON.stringify(evil) + '\n');
    const csv = run(['summarize', file, '-f', 'csv']).out;
    expect(csv).toContain(`"'=HYPERLINK(""http://evil.example/"",""点击"")"`);
    expect(csv).toContain(`'+北京市`);
    expect(csv).toContain(`'@x`);
    expect(csv).toContain(`'-1`);
    expect(csv).toContain(`'\tcmd`);
    expect(csv).not.toMatch(/(^|,)"?[=+@]/m);
  });
});

import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { summarize, parseClaims, COLUMNS, TABLE_REGION, TABLE_CATEGORY, TABLE_YEAR, UNKNOWN_REGION, type Row } from '../src/analyze/summary.js';
import { breakdowns } from '../src/analyze/breakdown.js';
import { ClaimRecordSchema } from '../src/output/schema.js';
import { parseJsonl } from '../src/analyze/jsonl.js';
import { displayWidth } from '../src/analyze/summary-format.js';
import { loadGold } from '../src/eval/score.js';
import { csvCells, soffice } from './libreoffice.js';

// `zhclaims summarize` on claim records made from fixtures/gold (real figures of real pages), with
// regions and categories assigned, checked against plain sums computed here claim by claim, and a
// CSV round trip through LibreOffice (the program a researcher opens it with).

const ROOT = path.resolve(__dirname, '..');
const BIN = path.join(ROOT, 'bin/zhclaims.js');
type Rec = Record<string, any>;

// GB/T 2260 codes of the gold's places (town: 9-digit statistical code)
const CODES: Record<string, string> = {
  镇赉县: '220821', 永善县: '530625', 定西市: '621100', 诸城市: '370782', 大槐镇: '440785104', 昭通市: '530600', 镇雄县: '530627',
};
const CATEGORIES = ['training', 'finance', 'honors', null];

function records(): Rec[] {
  const out: Rec[] = [];
  let n = 0;
  for (const d of loadGold(path.join(ROOT, 'fixtures/gold'))) {
    d.articles.forEach((a: Rec, i: number) => {
      const level = (['town', 'county', 'city', 'province'] as const).find((k) => a.region[k])!;
      const name = a.region[level];
      // the first page's articles lose their region, to exercise the unknown row
      const region = d.doc.startsWith('000') && i > 0 ? null : { code: CODES[name], name, level, ...a.region };
      let pos = 0;
      for (const c of a.claims) {
        out.push({
          doc: d.doc, article: i, title: a.title, region, kind: c.kind, value: c.value, valueMax: c.valueMax ?? null,
          unit: c.unit, classifier: null, approx: c.approx, per: c.per ?? null, honor: c.honor ?? null,
          subject: null, category: CATEGORIES[n++ % 4], period: null, text: c.text, span: [pos, pos + 1],
        });
        pos += 2;
      }
    });
  }
  return out;
}

let dir: string;
let recs: Rec[];
let file: string;

function run(args: string[], input?: string) {
  const r = spawnSync('node', [BIN, ...args], { encoding: 'utf8', input, env: { ...process.env, NO_COLOR: '1' } });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'zhclaims-sum-'));
  recs = records();
  file = path.join(dir, 'claims.jsonl');
  fs.writeFileSync(file, recs.map((r) => JSON.stringify(r)).join('\n') + '\n');
});

/** The figures of one group, computed the plain way. */
function expected(group: Rec[]) {
  const sum = (xs: Rec[]) => xs.reduce((s, c) => s + (c.value ?? 0), 0);
  const totals = group.filter((c) => !c.per);
  const hedged = (xs: Rec[]) => xs.filter((c) => c.approx || c.valueMax !== null).length;
  const money = totals.filter((c) => c.kind === 'money');
  const people = totals.filter((c) => c.kind === 'people' && c.unit === '人');
  const times = totals.filter((c) => c.kind === 'people' && c.unit === '人次');
  const honors = totals.filter((c) => c.kind === 'honor');
  const e: Rec = {
    articles_with_claims: new Set(group.map((c) => `${c.doc}/${c.article}`)).size,
    claims: group.length,
    money_yuan: sum(money), money_approx_claims: hedged(money),
    people: sum(people), people_approx_claims: hedged(people),
    person_times: sum(times), person_times_approx_claims: hedged(times),
    per_unit_claims: group.filter((c) => c.per).length,
    honors_level_unknown: honors.filter((c) => !c.honor?.level).reduce((s, c) => s + (c.value ?? 1), 0),
  };
  for (const k of ['count', 'people', 'money', 'percent', 'honor']) e[`${k}_claims`] = group.filter((c) => c.kind === k).length;
  for (const l of ['national', 'provincial', 'municipal', 'county', 'township']) {
    e[`honors_${l}`] = honors.filter((c) => c.honor?.level === l).reduce((s, c) => s + (c.value ?? 1), 0);
  }
  return e;
}

describe('summary figures', () => {
  it('per region: every figure equals the plain sum over that region’s claims', () => {
    const s = summarize(parseClaims(parseJsonl(fs.readFileSync(file, 'utf8'), file), file));
    const codes = [...new Set(recs.map((c) => c.region?.code ?? ''))];
    expect(s.regions).toHaveLength(codes.length);
    for (const row of s.regions) {
      const group = recs.filter((c) => (c.region?.code ?? '') === row.region_code);
      expect(group.length).toBeGreaterThan(0);
      const e = expected(group);
      for (const [k, v] of Object.entries(e)) expect(row[k as keyof Row], `${row.region_name} ${k}`).toBeCloseTo(v, 2);
      expect(row.table).toBe(TABLE_REGION);
    }
    // the sample really has hedged money, person-times, honors of several levels and per-unit claims
    const total = (k: keyof Row) => s.regions.reduce((x, r) => x + Number(r[k]), 0);
    expect(total('money_approx_claims')).toBeGreaterThan(0);
    expect(total('person_times')).toBeGreaterThan(0);
    expect(total('per_unit_claims')).toBeGreaterThan(0);
    expect(total('honors_national')).toBeGreaterThan(0);
    expect(s.regions.at(-1)!.region_name).toBe(UNKNOWN_REGION); // unknown region last
    expect(s.regions.map((r) => r.region_code).slice(0, -1)).toEqual([...codes].filter(Boolean).sort());
  });

  it('per region × category: figures match and add up to the region rows', () => {
    const s = summarize(parseClaims(parseJsonl(fs.readFileSync(file, 'utf8'), file), file));
    for (const row of s.categories) {
      const group = recs.filter(
        (c) => (c.region?.code ?? '') === row.region_code && (c.category ?? '(none)') === row.category,
      );
      const e = expected(group);
      for (const [k, v] of Object.entries(e)) expect(row[k as keyof Row], `${row.region_name}/${row.category} ${k}`).toBeCloseTo(v, 2);
      expect(row.table).toBe(TABLE_CATEGORY);
    }
    for (const r of s.regions) {
      const parts = s.categories.filter((c) => c.region_code === r.region_code);
      for (const k of ['claims', 'money_yuan', 'people', 'honors_county'] as const) {
        expect(parts.reduce((x, p) => x + Number(p[k]), 0)).toBeCloseTo(Number(r[k]), 2);
      }
    }
  });

  it('table width counts CJK as two columns', () => {
    expect(displayWidth('镇赉县')).toBe(6);
    expect(displayWidth('abc')).toBe(3);
  });
});

describe('zhclaims summarize', () => {
  it('reads standard input and several files; the text table marks hedged sums with ~', () => {
    const piped = run(['summarize', '--by', 'region'], fs.readFileSync(file, 'utf8'));
    expect(piped.status).toBe(0);
    const line = piped.stdout.split('\n').find((l) => l.startsWith('镇赉县'))!;
    const row = summarize(parseClaims(parseJsonl(fs.readFileSync(file, 'utf8'), 'x'), 'x')).regions.find((r) => r.region_name === '镇赉县')!;
    expect(line).toContain((Number(row.money_approx_claims) > 0 ? '~' : '') + Number(row.money_yuan).toLocaleString('en-US'));
    expect(piped.stdout).toMatch(/double-count/);
    const half = path.join(dir, 'half.jsonl');
    const lines = fs.readFileSync(file, 'utf8').trim().split('\n');
    fs.writeFileSync(half, lines.slice(0, 100).join('\n') + '\n');
    const rest = path.join(dir, 'rest.jsonl');
    fs.writeFileSync(rest, lines.slice(100).join('\n') + '\n');
    const two = JSON.parse(run(['summarize', half, rest, '-f', 'json']).stdout);
    const one = JSON.parse(run(['summarize', file, '-f', 'json']).stdout);
    expect(two).toEqual(one);
    expect(Object.keys(one)).toEqual(['regions', 'categories', 'years']);
  });

  it('CSV: one header, both tables, --bom, written atomically with -o', () => {
    const out = path.join(dir, 'sum.csv');
    const r = run(['summarize', file, '-f', 'csv', '--bom', '-o', out]);
    expect(r.status).toBe(0);
    const bytes = fs.readFileSync(out);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.toString('utf8').slice(1);
    expect(text.split('\n')[0]).toBe(COLUMNS.join(','));
    expect(text).toContain(`${TABLE_CATEGORY},530625,永善县`);
    expect(fs.readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
    expect(run(['summarize', file, '-f', 'csv']).stdout.charCodeAt(0)).not.toBe(0xfeff);
  });

  it('bad input: one line naming file and line; usage errors exit 2', () => {
    const bad = path.join(dir, 'bad.jsonl');
    fs.writeFileSync(bad, fs.readFileSync(file, 'utf8').split('\n').slice(0, 2).join('\n') + '\n{"doc": "x", "article": 0, "kind": "cash"}\n');
    let r = run(['summarize', bad]);
    expect(r.status).toBe(1);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain(`${bad}:3: not a claim record (region:`);
    fs.writeFileSync(bad, '{"doc": \n');
    expect(run(['summarize', bad]).stderr).toContain(`${bad}:1: not valid JSON`);
    expect(run(['summarize', path.join(dir, 'none.jsonl')]).stderr).toMatch(/none\.jsonl: no such file/);
    expect(run(['summarize', file, '-f', 'xlsx']).status).toBe(2);
    expect(run(['summarize', file, '--bom']).status).toBe(2);
  });
});

// Hand-annotated records (fixtures/summarize/README.md): targets, parts, per-unit amounts and a
// repost of d09, so that what each sum leaves out is known claim by claim.
const HAND = path.join(ROOT, 'fixtures/summarize/claims.jsonl');
const hand = () => parseClaims(parseJsonl(fs.readFileSync(HAND, 'utf8'), HAND), HAND);
const rowOf = (rows: Row[], name: string, extra: Partial<Row> = {}) =>
  rows.find((r) => r.region_name === name && Object.entries(extra).every(([k, v]) => r[k as keyof Row] === v))!;

describe('results, targets, parts and reposts', () => {
  it('the fixture records are valid claim records', () => {
    for (const line of fs.readFileSync(HAND, 'utf8').trim().split('\n')) expect(ClaimRecordSchema.safeParse(JSON.parse(line)).success).toBe(true);
  });

  it('sums add results only; targets have their own columns; the rest is counted by reason', () => {
    const s = summarize(hand());
    const ru = rowOf(s.regions, '汝城县');
    // 1000 + 24000 + 48000 元 (the 每人 amounts and the repost left out); 6800 + 20 + 30 人 (2 and 28 are parts of 30)
    expect([ru.money_yuan, ru.people, ru.claims]).toEqual([73000, 6850, 20]);
    expect([ru.left_out_duplicates, ru.left_out_targets, ru.left_out_parts, ru.left_out_per_unit]).toEqual([10, 0, 2, 2]);
    expect(ru.articles_with_claims).toBe(2);
    const hb = rowOf(s.regions, '哈尔滨市');
    // 411.88万 + 345.51万 + 76万; the 7747万 of the planned 1.5亿 is a part
    expect([hb.money_yuan, hb.people]).toEqual([8333900, 0]);
    expect([hb.target_claims, hb.target_money_yuan, hb.target_people]).toEqual([3, 150000000, 211000]);
    expect([hb.left_out_targets, hb.left_out_parts]).toEqual([3, 1]);
    const cq = rowOf(s.regions, '重庆市');
    expect([cq.money_yuan, cq.people, cq.honors_level_unknown + Number(cq.honors_county)]).toEqual([1130000000, 31000, 101]);
    // two money goals of 10亿, one of 1.1亿; the counted goals (100个, 100户) are targets but not summed kinds
    expect([cq.target_claims, cq.target_money_yuan, cq.left_out_targets]).toEqual([5, 2110000000, 3]);
  });

  it('the text table says what each sum left out and why', () => {
    const r = run(['summarize', HAND, '--by', 'region']);
    expect(r.status).toBe(0);
    const line = r.stdout.split('\n').find((l) => l.startsWith('汝城县'))!;
    expect(line).toMatch(/73,000\s+~6,850 .*\b10\/0\/2\/2$/);
    expect(r.stdout.split('\n').find((l) => l.startsWith('哈尔滨市'))).toMatch(/150,000,000\/211,000\/0\/0\s+0\/3\/1\/0$/);
    expect(r.stdout).toContain('Left out of the 元/人/人次/honors sums: 10 claims of reposted articles (duplicateOf), 6 targets');
    expect(r.stdout).toContain('3 parts of a total');
    expect(r.stdout).toContain('2 per-unit amounts');
  });

  it('--breakdown shows parts under their total and adds nothing', () => {
    const parts = breakdowns(hand(), UNKNOWN_REGION);
    expect(parts.map((b) => [b.region_name, b.total.value, b.total.parts.map((p) => p.value)])).toEqual([
      ['哈尔滨市', 150000000, [77470000]],
      ['汝城县', 30, [2, 28]],
    ]);
    const r = run(['summarize', HAND, '--by', 'region', '--breakdown']);
    const text = r.stdout.split('\n');
    const at = text.findIndex((l) => l.startsWith('  30 人'));
    expect(at).toBeGreaterThan(0);
    expect(text[at + 1]).toMatch(/^    └ 2 人/);
    expect(text[at + 2]).toMatch(/^    └ 28 人/);
    expect(text.find((l) => l.startsWith('  150,000,000 元'))).toMatch(/\[target\]/);
    const json = JSON.parse(run(['summarize', HAND, '-f', 'json', '--breakdown']).stdout);
    expect(json.breakdowns).toHaveLength(2);
    expect(json.regions).toEqual(JSON.parse(run(['summarize', HAND, '-f', 'json']).stdout).regions);
    expect(run(['summarize', HAND, '-f', 'csv', '--breakdown']).status).toBe(2);
  });

  it('--by year: region × year rows that add up to the region', () => {
    const s = summarize(hand());
    expect(s.years.every((r) => r.table === TABLE_YEAR)).toBe(true);
    // d09 is of June 2013: 去年 → 2012 (6800 and 20 women screened), 今年 → 2013
    expect(rowOf(s.years, '汝城县', { year: '2012' }).people).toBe(6820);
    expect(rowOf(s.years, '汝城县', { year: '2013' }).money_yuan).toBe(73000);
    expect(rowOf(s.years, '汝城县', { year: '2013' }).people).toBe(30);
    expect(rowOf(s.years, '重庆市', { year: '2011' }).money_yuan).toBe(1130000000);
    expect(rowOf(s.years, '重庆市', { year: '2012' }).target_money_yuan).toBe(1000000000);
    for (const r of s.regions) {
      const ys = s.years.filter((y) => y.region_code === r.region_code);
      for (const k of ['claims', 'money_yuan', 'people', 'target_money_yuan', 'left_out_parts'] as const) {
        expect(ys.reduce((x, y) => x + Number(y[k]), 0)).toBeCloseTo(Number(r[k]), 2);
      }
    }
    const out = run(['summarize', HAND, '--by', 'year']);
    expect(out.stdout).toMatch(/Claims per region and year/);
    expect(out.stdout).not.toMatch(/Claims per region\n/);
    expect(out.stdout.split('\n').find((l) => l.startsWith('汝城县') && / 2012 /.test(l))).toBeTruthy();
  });
});

describe('summarize CSV in LibreOffice', () => {
  it('every cell reads back equal, numbers as numbers, Chinese intact, no BOM in the first cell', () => {
    expect(soffice, 'soffice not found: apt-get install libreoffice-calc-nogui').toBe(true);
    const csv = path.join(dir, 'lo.csv');
    expect(run(['summarize', file, '-f', 'csv', '--bom', '-o', csv]).status).toBe(0);
    const sheet = csvCells(csv, dir);
    const s = summarize(parseClaims(parseJsonl(fs.readFileSync(file, 'utf8'), 'x'), 'x'));
    const rows = [...s.regions, ...s.categories];
    expect(sheet.length).toBeGreaterThanOrEqual(rows.length + 1);
    expect(sheet[0].slice(0, COLUMNS.length).map((c) => c.text)).toEqual([...COLUMNS]);
    rows.forEach((row, i) => {
      const got = sheet[i + 1];
      COLUMNS.forEach((col, j) => {
        const want = row[col];
        const cell = got[j] ?? { type: '', value: undefined, text: '' };
        if (typeof want === 'number') {
          expect(cell.type, `${i} ${col}`).toBe('float');
          expect(Number(cell.value), `${i} ${col}`).toBe(want);
        } else if (want === '') {
          expect(cell.text, `${i} ${col}`).toBe('');
        } else if (/^\d+$/.test(want)) {
          expect(Number(cell.value), `${i} ${col}`).toBe(Number(want)); // region codes read as numbers
        } else {
          expect(cell.text, `${i} ${col}`).toBe(want);
        }
      });
    });
    expect(sheet.flat().some((c) => c.text === '永善县')).toBe(true);
  }, 180_000);
});

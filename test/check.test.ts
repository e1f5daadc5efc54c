import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { diffClaims, fieldChanges, isEqual, keyRecords } from '../src/analyze/diff.js';
import { parseJsonl } from '../src/analyze/jsonl.js';
import { loadGold } from '../src/eval/score.js';

// `zhclaims diff` and `zhclaims check`. The committed snapshot fixtures/check/expected.jsonl
// changes whenever the extraction engine does, so no test asserts its contents: the tests check
// the diff logic on synthetic claim files made from fixtures/gold, and that check's verdict on the
// snapshot is exactly diff's verdict on the same extraction. Refresh the snapshot with
//   node bin/zhclaims.js check fixtures/check/expected.jsonl fixtures/seeds --update

const ROOT = path.resolve(__dirname, '..');
const BIN = path.join(ROOT, 'bin/zhclaims.js');
const SEED = path.join(ROOT, 'fixtures/seeds/004_61643169e90de49d.txt');

type Rec = Record<string, any>;

function run(args: string[], env: Record<string, string> = {}) {
  const r = spawnSync('node', [BIN, ...args], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '', FORCE_COLOR: '', ...env } });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Claim records made from the gold: what a perfect extractor would write, spans laid end to end. */
function goldRecords(): Rec[] {
  const out: Rec[] = [];
  for (const d of loadGold(path.join(ROOT, 'fixtures/gold'))) {
    d.articles.forEach((a: Rec, i: number) => {
      let pos = 0;
      for (const c of a.claims) {
        const region = { code: '000000', name: a.region.county ?? a.region.city, level: 'county', ...a.region };
        out.push({
          doc: d.doc, article: i, title: a.title, region, kind: c.kind, value: c.value, valueMax: c.valueMax ?? null,
          unit: c.unit, classifier: null, approx: c.approx, per: c.per ?? null, honor: c.honor ?? null,
          subject: null, category: null, period: null, text: c.text, span: [pos, pos + c.text.length],
        });
        pos += c.text.length + 1;
      }
    });
  }
  return out;
}

const jsonl = (recs: Rec[]) => recs.map((r) => JSON.stringify(r)).join('\n') + '\n';
const keyed = (recs: Rec[], name = 'x') => keyRecords(parseJsonl(jsonl(recs), name), name);

let dir: string;
let base: Rec[];
let changed: Rec[];
let kindBefore: string;
let removedRec: Rec, addedRec: Rec, kindRec: Rec, levelRec: Rec, regionRec: Rec;

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'zhclaims-check-'));
  base = goldRecords();
  changed = structuredClone(base);
  removedRec = changed.splice(10, 1)[0];
  kindRec = changed[20];
  kindBefore = kindRec.kind;
  kindRec.kind = kindRec.kind === 'count' ? 'people' : 'count';
  kindRec.value = (kindRec.value ?? 1) + 1;
  levelRec = changed.find((r) => r.honor?.level === 'county')!;
  levelRec.honor.level = 'national';
  regionRec = changed[40];
  regionRec.region = null;
  addedRec = { ...changed[50], span: [90000, 90004], text: '新增培训妇女30人', value: 30 };
  changed.splice(51, 0, addedRec);
  fs.writeFileSync(path.join(dir, 'base.jsonl'), jsonl(base));
  fs.writeFileSync(path.join(dir, 'changed.jsonl'), jsonl(changed));
});

describe('claim diff', () => {
  it('finds exactly the added, removed and changed claims, with their fields', () => {
    const d = diffClaims(keyed(base), keyed(changed));
    expect(d.added.map((k) => k.record)).toEqual([addedRec]);
    expect(d.removed.map((k) => k.record)).toEqual([removedRec]);
    const fields = Object.fromEntries(d.changed.map((c) => [c.at.key, c.fields.map((f) => f.field)]));
    const key = (r: Rec) => `${JSON.stringify([r.doc, r.article, r.span])}#0`;
    expect(fields[key(kindRec)]).toEqual(['kind', 'value']);
    expect(fields[key(levelRec)]).toEqual(['honor.level']);
    expect(fields[key(regionRec)]).toEqual(['region']);
    expect(d.changed).toHaveLength(3);
    expect(d.unchanged).toBe(base.length - 1 - 3);
    expect(isEqual(diffClaims(keyed(base), keyed(structuredClone(base).reverse())))).toBe(true);
  });

  it('two claims on one span are told apart by their order', () => {
    const a = { ...base[0] };
    const b = { ...base[0], kind: 'honor', unit: '个' };
    const d = diffClaims(keyed([a, b]), keyed([a]));
    expect(d.removed.map((k) => k.record)).toEqual([b]);
    expect(d.changed).toHaveLength(0);
  });

  it('field changes: leaves of nested objects, absent fields, whole objects found or lost', () => {
    const r = base.find((x) => x.honor)!;
    expect(fieldChanges(r, { ...r, honor: { ...r.honor, level: null, recipient: '县妇联' } }).map((f) => f.field).sort()).toEqual(
      ['honor.level', 'honor.recipient'],
    );
    const { period, ...withoutPeriod } = r;
    expect(fieldChanges(r, withoutPeriod)).toEqual([{ field: 'period', before: period, after: undefined }]);
    expect(fieldChanges({ ...r, region: null }, r)).toEqual([{ field: 'region', before: null, after: r.region }]);
  });
});

describe('zhclaims diff', () => {
  it('prints removed, added and changed claims and exits 1; equal files exit 0', () => {
    const r = run(['diff', path.join(dir, 'base.jsonl'), path.join(dir, 'changed.jsonl')]);
    expect(r.status).toBe(1);
    expect(r.stdout).toContain(`  - [${removedRec.span.join(',')}] `);
    expect(r.stdout).toContain(`  + [90000,90004] `);
    expect(r.stdout).toContain('新增培训妇女30人');
    expect(r.stdout).toMatch(/honor\.level: "county" → "national"/);
    expect(r.stdout).toMatch(new RegExp(`kind: "${kindBefore}" → "${kindRec.kind}"`));
    expect(r.stdout.trim().split('\n').at(-1)).toBe(`1 added, 1 removed, 3 changed, ${base.length - 4} unchanged`);
    expect(r.stdout).not.toMatch(/\x1b\[/);
    const same = run(['diff', path.join(dir, 'base.jsonl'), path.join(dir, 'base.jsonl')]);
    expect(same.status).toBe(0);
    expect(same.stdout.trim()).toBe(`no differences (${base.length} claims)`);
  });

  it('colors only on request at a pipe, never with NO_COLOR', () => {
    const args = ['diff', path.join(dir, 'base.jsonl'), path.join(dir, 'changed.jsonl')];
    expect(run(args, { FORCE_COLOR: '1' }).stdout).toMatch(/\x1b\[3[12]m/);
    expect(run(args, { FORCE_COLOR: '1', NO_COLOR: '1' }).stdout).not.toMatch(/\x1b\[/);
  });

  it('--json gives the same verdict as data', () => {
    const r = run(['diff', path.join(dir, 'base.jsonl'), path.join(dir, 'changed.jsonl'), '--json']);
    const j = JSON.parse(r.stdout);
    expect(j.equal).toBe(false);
    expect(j.added).toEqual([addedRec]);
    expect(j.removed).toEqual([removedRec]);
    expect(j.changed.map((c: Rec) => c.fields.map((f: Rec) => f.field))).toContainEqual(['honor.level']);
  });

  it('bad input: one line naming the file and line', () => {
    const bad = path.join(dir, 'bad.jsonl');
    fs.writeFileSync(bad, jsonl(base.slice(0, 2)) + '{"doc": "x", "article": 0,\n');
    let r = run(['diff', path.join(dir, 'base.jsonl'), bad]);
    expect(r.status).toBe(1);
    expect(r.stderr.trim()).toMatch(new RegExp(`^zhclaims: error: ${bad}:3: not valid JSON`));
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    const nospan = path.join(dir, 'nospan.jsonl');
    fs.writeFileSync(nospan, jsonl([base[0], { ...base[1], span: undefined }]));
    r = run(['diff', nospan, nospan]);
    expect(r.stderr.trim()).toBe(`zhclaims: error: ${nospan}:2: not a claim record (span: Invalid input: expected tuple, received undefined)`);
    r = run(['diff', path.join(dir, 'missing.jsonl'), nospan]);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/missing\.jsonl: no such file/);
    expect(run(['diff', nospan]).status).toBe(2);
  });
});

describe('zhclaims check', () => {
  let actual: string;
  beforeAll(() => {
    actual = path.join(dir, 'actual.jsonl');
    const r = run(['extract', SEED, '-q', '-o', actual]);
    expect(r.status).toBe(0);
  });

  it('passes on a snapshot of the same extraction', () => {
    const r = run(['check', actual, SEED]);
    expect(r.stdout.trim()).toMatch(/^no differences \(\d+ claims\)$/);
    expect(r.status).toBe(0);
  });

  it('fails on a changed snapshot, printing what diff prints', () => {
    const recs = parseJsonl(fs.readFileSync(actual, 'utf8'), 'a').map((l) => l.value as Rec);
    const stale = [...recs.slice(1), { ...(recs[0] ?? base[0]), span: [123456, 123460], text: '旧的声明' }];
    if (recs[1]) stale[0] = { ...stale[0], approx: stale[0].approx ? null : 'over' };
    const snap = path.join(dir, 'stale.jsonl');
    fs.writeFileSync(snap, jsonl(stale));
    const c = run(['check', snap, SEED]);
    const d = run(['diff', snap, actual]);
    expect(c.status, c.stderr).toBe(1);
    expect(d.status, d.stderr).toBe(1);
    const body = (s: string) => s.split('\n').filter((l) => !/^(---|\+\+\+) /.test(l)).join('\n');
    expect(body(c.stdout)).toBe(body(d.stdout));
    expect(c.stdout).toContain('旧的声明');
  });

  it('--update rewrites the snapshot atomically to what extract writes', () => {
    const snap = path.join(dir, 'update.jsonl');
    fs.writeFileSync(snap, jsonl(base.slice(0, 3)));
    const u = run(['check', snap, SEED, '--update']);
    expect(u.status).toBe(0);
    expect(u.stdout).toMatch(/update\.jsonl: updated \(\d+ claims\)/);
    expect(fs.readFileSync(snap, 'utf8')).toBe(fs.readFileSync(actual, 'utf8'));
    expect(fs.readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
    expect(run(['check', snap, SEED]).status).toBe(0);
    expect(run(['check', snap, SEED, '--update']).stdout).toMatch(/up to date/);
  });

  it('on the committed snapshot, check says what extract + diff say', () => {
    const snap = path.join(ROOT, 'fixtures/check/expected.jsonl');
    const seeds = path.join(ROOT, 'fixtures/seeds');
    const before = fs.readFileSync(snap, 'utf8');
    const c = run(['check', snap, seeds]);
    const fresh = path.join(dir, 'seeds.jsonl');
    expect(run(['extract', seeds, '-q', '-o', fresh]).status).toBe(0);
    const d = run(['diff', snap, fresh]);
    expect(c.status).toBe(d.status);
    const body = (s: string) => s.split('\n').filter((l) => !/^(---|\+\+\+) /.test(l)).join('\n');
    expect(body(c.stdout)).toBe(body(d.stdout));
    expect(fs.readFileSync(snap, 'utf8')).toBe(before); // the test never writes the snapshot
  });

  it('pins our own sample pages: the extraction equals the committed snapshot', () => {
    // An intended change of output is accepted with
    //   node bin/zhclaims.js check fixtures/check/expected.jsonl fixtures/seeds --update
    const r = run(['check', path.join(ROOT, 'fixtures/check/expected.jsonl'), path.join(ROOT, 'fixtures/seeds')]);
    expect(r.stdout).toMatch(/no differences \(335 claims\)/);
    expect(r.status).toBe(0);
  });

  it('bad input: missing snapshot, missing input, usage', () => {
    let r = run(['check', path.join(dir, 'none.jsonl'), SEED]);
    expect(r.status).toBe(1);
    expect(r.stderr.trim()).toBe(`zhclaims: error: ${path.join(dir, 'none.jsonl')}: no such snapshot (run with --update to create it)`);
    r = run(['check', actual, path.join(dir, 'no-such-page.txt')]);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/no-such-page\.txt: no such file/);
    // a failed input never updates the snapshot
    const before = fs.readFileSync(actual, 'utf8');
    r = run(['check', actual, path.join(dir, 'no-such-page.txt'), '--update']);
    expect(r.status).toBe(1);
    expect(fs.readFileSync(actual, 'utf8')).toBe(before);
    expect(run(['check']).status).toBe(2);
  });
});

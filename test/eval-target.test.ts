import { describe, it, expect, afterAll } from 'vitest';
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

// The quality gate: extraction on the 29 annotated pages (fixtures/seeds + fixtures/dev/docs), scored
// by `zhclaims eval` (which agrees with tools/score.py: test/eval.test.ts, and here on this very
// output). The floors are the figures reached, so that a regression fails CI.

const ROOT = path.resolve(__dirname, '..');
const BIN = path.join(ROOT, 'bin/zhclaims.js');
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'zhclaims-target-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

const GATE = {
  strict_f1: 0.99,
  f1: 0.99,
  honor_level_acc: 0.97,
  status_acc: 0.97,
  target_precision: 0.85,
  target_recall: 0.85,
  partof_precision: 0.85,
  partof_recall: 0.85,
  subject_exact: 0.75,
  subject_overlap: 0.92,
} as const;

describe('extraction on the seeds and the dev corpus meets the quality gate', () => {
  it(`strict F1 ≥ ${GATE.strict_f1} through eval --min-f1, and every figure at its floor`, () => {
    const pred = path.join(tmp, 'pred.jsonl');
    const ex = spawnSync('node', [BIN, 'extract', path.join(ROOT, 'fixtures/seeds'), path.join(ROOT, 'fixtures/dev/docs'), '-q', '-j', '1', '-o', pred], {
      encoding: 'utf8',
    });
    expect(ex.status, ex.stderr).toBe(0);
    const golds = ['--gold', path.join(ROOT, 'fixtures/gold'), '--gold', path.join(ROOT, 'fixtures/dev/gold')];
    const gate = spawnSync('node', [BIN, 'eval', ...golds, pred, '--min-f1', String(GATE.strict_f1)], { encoding: 'utf8' });
    expect(gate.status, gate.stdout + gate.stderr).toBe(0);

    const r = spawnSync('node', [BIN, 'eval', ...golds, pred, '--json'], { encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(0);
    const result = JSON.parse(r.stdout) as Record<string, number | null | string[]>;
    // the reference scorer says the same of this output
    const gold = path.join(tmp, 'gold');
    fs.mkdirSync(gold);
    for (const dir of ['fixtures/gold', 'fixtures/dev/gold']) {
      for (const f of fs.readdirSync(path.join(ROOT, dir))) fs.copyFileSync(path.join(ROOT, dir, f), path.join(gold, f));
    }
    const py = execFileSync('python3', [path.join(ROOT, 'tools/score.py'), gold, pred, '--json'], { encoding: 'utf8' });
    expect(r.stdout).toBe(py);
    expect(result.docs).toBe(29);
    expect(result.docs_without_gold).toEqual([]);
    const line = JSON.stringify(result);
    for (const [k, floor] of Object.entries(GATE)) expect(result[k] as number, `${k}: ${line}`).toBeGreaterThanOrEqual(floor);
  }, 240_000);
});

import { describe, it, expect, afterAll } from 'vitest';
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadGold, predictionsFrom, score } from '../src/eval/score.js';
import { resultJson } from '../src/eval/format.js';
import { parseJsonl } from '../src/analyze/jsonl.js';

// The extraction targets of the claim-extraction issue, measured by our port of the reference
// scorer (which agrees with tools/score.py: test/eval.test.ts) on the fixtures' pages and gold.

const ROOT = path.resolve(__dirname, '..');
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'zhclaims-target-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

describe('extraction on the fixtures meets the targets', () => {
  it('strict F1 ≥ 0.95; F1 ≥ 0.97 with P ≥ 0.97; kind and approx accuracy ≥ 0.98', () => {
    const r = spawnSync('node', [path.join(ROOT, 'bin/zhclaims.js'), 'extract', path.join(ROOT, 'fixtures/seeds'), '-q'], {
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    });
    expect(r.status, r.stderr).toBe(0);
    const { result } = score(loadGold(path.join(ROOT, 'fixtures/gold')), predictionsFrom(parseJsonl(r.stdout, 'extract'), 'extract'));
    const line = JSON.stringify(result);
    // and the reference scorer says the same of this very output
    const pred = path.join(tmp, 'pred.jsonl');
    fs.writeFileSync(pred, r.stdout);
    const py = execFileSync('python3', [path.join(ROOT, 'tools/score.py'), path.join(ROOT, 'fixtures/gold'), pred, '--json'], { encoding: 'utf8' });
    expect(resultJson(result)).toBe(py);
    expect(result.docs_without_gold, line).toEqual([]);
    expect(result.strict_f1, line).toBeGreaterThanOrEqual(0.95);
    expect(result.f1, line).toBeGreaterThanOrEqual(0.97);
    expect(result.precision, line).toBeGreaterThanOrEqual(0.97);
    expect(result.kind_acc, line).toBeGreaterThanOrEqual(0.98);
    expect(result.approx_acc, line).toBeGreaterThanOrEqual(0.98);
  }, 120_000);
});

import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';

// The published JSON Schema (schema/claim.schema.json) accepts every record the CLI writes on the
// fixtures, and rejects records that break the contract.

const schema = JSON.parse(fs.readFileSync('schema/claim.schema.json', 'utf8'));
const validate = new Ajv2020({ allErrors: true }).compile(schema);

describe('schema/claim.schema.json', () => {
  // the whole fixtures/ folder: the sample pages, their portal and encoded copies, the real HTML
  // pages — and fixtures/bad, whose broken inputs make the run exit 1 without stopping the others
  const run = spawnSync(process.execPath, ['bin/zhclaims.js', 'extract', 'fixtures/', '-f', 'jsonl', '-q', '-j', '1'], {
    encoding: 'utf8',
    maxBuffer: 64 << 20,
  });
  const records = run.stdout.trim().split('\n').map((l) => JSON.parse(l));

  it('validates every record extracted from fixtures/', () => {
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/fixtures\/bad\/empty\.txt: empty file/);
    const groups = new Set(records.map((r) => r.doc.split('/')[0]));
    for (const g of ['encodings', 'html', 'portal', 'seeds', 'ok-1']) expect(groups).toContain(g); // ok-1: a good record of fixtures/bad/pages.jsonl
    expect(records.length).toBeGreaterThan(2000);
    for (const r of records) {
      const ok = validate(r);
      if (!ok) throw new Error(`${JSON.stringify(r)}: ${JSON.stringify(validate.errors)}`);
    }
  });

  it('rejects a record with an unknown kind, a missing field or an extra one', () => {
    const r = records[0];
    expect(validate({ ...r, kind: 'amount' })).toBe(false);
    const { span: _span, ...noSpan } = r;
    expect(validate(noSpan)).toBe(false);
    expect(validate({ ...r, confidence: 1 })).toBe(false);
  });
});

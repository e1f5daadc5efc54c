import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';

// The published JSON Schema (schema/claim.schema.json) accepts every record the CLI writes on the
// fixtures, and rejects records that break the contract.

const schema = JSON.parse(fs.readFileSync('schema/claim.schema.json', 'utf8'));
const validate = new Ajv2020({ allErrors: true }).compile(schema);

describe('schema/claim.schema.json', () => {
  const out = execFileSync(process.execPath, ['bin/zhclaims.js', 'extract', 'fixtures/seeds', '-f', 'jsonl', '-q', '-j', '1'], {
    encoding: 'utf8',
    maxBuffer: 64 << 20,
  });
  const records = out.trim().split('\n').map((l) => JSON.parse(l));

  it('validates every record extracted from the fixtures', () => {
    expect(records.length).toBeGreaterThan(300);
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

import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

// No regular expression or scan may go quadratic: pathological lines go through the whole
// compiled pipeline in time linear in their size. The bound is generous (a linear pass over
// 200 KB takes well under a second; a quadratic one takes minutes); each case runs in a child
// process with a hard timeout so a regression fails fast instead of hanging the suite. The
// benchmark runs the 5 MB and 50 MB cases.

const N = 200_000;
const LIMIT_S = 20;

function timed(make: string): { seconds: number | null; claims: number | null; status: string } {
  const script = `
    import { processPage, claimRecords } from './dist/pipeline.js';
    processPage({ id: 'w', origin: 'w', text: '今年以来，全县培训妇女1200人次。', kind: 'text' });
    const text = ${make};
    if (text.length < ${N * 0.99}) throw new Error('case too short');
    const t = process.hrtime.bigint();
    const n = claimRecords(processPage({ id: 'p', origin: 'p', text, kind: 'text' })).length;
    console.log(JSON.stringify({ seconds: Number(process.hrtime.bigint() - t) / 1e9, claims: n }));`;
  const r = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8', timeout: (LIMIT_S + 10) * 1000 });
  if (r.status !== 0) return { seconds: null, claims: null, status: r.error ? `timed out (${r.error.message})` : r.stderr.slice(0, 500) };
  return { ...JSON.parse(r.stdout.trim().split('\n').pop()!), status: 'ok' };
}

const cases: [string, string][] = [
  ['a 200 KB line of digits', `'1234567890'.repeat(${N / 10})`],
  ['a 200 KB line of Chinese without punctuation', `'全县妇联培训农村妇女人次建成巾帼示范基地个'.repeat(${N / 20})`],
  ['a 200 KB line of counted claims without punctuation', `'培训3万余人次'.repeat(${Math.ceil(N / 7)})`],
  ['a 200 KB line of separators and ranges', `'1，2、3.4-5~'.repeat(${N / 10})`],
  ['a 200 KB line of Chinese numerals', `'两万三千五百余'.repeat(${Math.ceil(N / 7)})`],
];

describe('pathological lines run in linear time', () => {
  for (const [what, make] of cases) {
    it(what, () => {
      const r = timed(make);
      expect(r.status).toBe('ok');
      expect(r.seconds).toBeLessThan(LIMIT_S);
    });
  }
});

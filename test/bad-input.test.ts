import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// Every kind of bad input: one line on stderr naming the input and the reason, no stack trace,
// exit 1, and every other input still processed and written.

const GOOD = 'fixtures/seeds/004_61643169e90de49d.txt';
let tmp: string;

/** One thread unless a test asks for more: each worker thread loads jieba (~1 s), and the pool has its own tests. */
function withJobs(args: string[]): string[] {
  return ['extract', 'articles'].includes(args[0]) && !args.includes('-j') && !args.includes('--help') ? [args[0], '-j', '1', ...args.slice(1)] : args;
}

function zhclaims(args: string[], input?: string) {
  const r = spawnSync(process.execPath, ['bin/zhclaims.js', ...withJobs(args)], { encoding: 'utf8', input: input ?? '' });
  return { code: r.status, out: r.stdout, err: r.stderr, errLines: r.stderr.split('\n').filter(Boolean) };
}

beforeAll(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'zhclaims-bad-'));
});
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

const cases: [string, string, RegExp][] = [
  ['a missing path', 'fixtures/bad/not-here.txt', /^zhclaims: error: fixtures\/bad\/not-here\.txt: no such file or directory$/],
  ['a folder with no inputs', 'fixtures/bad/no-inputs', /^zhclaims: error: fixtures\/bad\/no-inputs: folder has no inputs/],
  ['an empty file', 'fixtures/bad/empty.txt', /^zhclaims: error: fixtures\/bad\/empty\.txt: empty file$/],
  ['an empty JSONL file', 'fixtures/bad/empty.jsonl', /^zhclaims: error: fixtures\/bad\/empty\.jsonl: empty file$/],
  ['an image saved as .txt', 'fixtures/bad/image.txt', /^zhclaims: error: fixtures\/bad\/image\.txt: binary file \(PNG image\)/],
  ['random bytes saved as .html', 'fixtures/bad/binary.html', /^zhclaims: error: fixtures\/bad\/binary\.html: binary file/],
  ['bytes valid in no encoding', 'fixtures/bad/undecodable.txt', /^zhclaims: error: fixtures\/bad\/undecodable\.txt: .*(encoding|decod)/],
];

describe('each bad input alone, next to a good one', () => {
  const alone = zhclaims(['extract', '-q', GOOD]);
  it('the good page alone runs clean', () => {
    expect(alone.code).toBe(0);
    expect(alone.err).toBe('');
  });

  for (const [what, input, line] of cases) {
    it(`${what}: one line, exit 1, the good page still written`, () => {
      const r = zhclaims(['extract', '-q', input, GOOD]);
      expect(r.code).toBe(1);
      expect(r.errLines).toHaveLength(1);
      expect(r.errLines[0]).toMatch(line);
      expect(r.err).not.toMatch(/\n\s+at |Error:/);
      expect(r.out).toBe(alone.out);
    });
  }
});

describe('a JSONL dump with bad lines', () => {
  it('names each bad line by file:line and keeps the good records in order', () => {
    const r = zhclaims(['articles', '-q', 'fixtures/bad/pages.jsonl']);
    expect(r.code).toBe(1);
    expect(r.errLines).toEqual([
      expect.stringMatching(/^zhclaims: error: fixtures\/bad\/pages\.jsonl:2: invalid JSON line/),
      'zhclaims: error: fixtures/bad/pages.jsonl:3: JSONL record has no "id"',
      'zhclaims: error: fixtures/bad/pages.jsonl:4: JSONL record "no-body" has neither "html" nor "text"',
      expect.stringMatching(/^zhclaims: error: fixtures\/bad\/pages\.jsonl:6: JSONL record is not an object/),
    ]);
    const docs = r.out.trim().split('\n').map((l) => JSON.parse(l).doc);
    expect([...new Set(docs)]).toEqual(['ok-1', 'ok-2']);
    expect(r.out).toContain('培训农村妇女1200人次');
  });

  it('the same on standard input, origin stdin:line', () => {
    const r = zhclaims(['articles', '-q', '-'], fs.readFileSync('fixtures/bad/pages.jsonl', 'utf8'));
    expect(r.code).toBe(1);
    expect(r.errLines[1]).toBe('zhclaims: error: stdin:3: JSONL record has no "id"');
  });
});

describe('everything bad at once', () => {
  it('one line per problem, in input order, and a complete output file', () => {
    const out = path.join(tmp, 'all.jsonl');
    const r = zhclaims(['extract', '-q', '-o', out, 'fixtures/bad', 'fixtures/bad/no-inputs', GOOD]);
    expect(r.code).toBe(1);
    const origins = r.errLines.map((l) => l.split(': ')[2]);
    expect(origins).toEqual([
      'fixtures/bad/binary.html',
      'fixtures/bad/empty.jsonl',
      'fixtures/bad/empty.txt',
      'fixtures/bad/image.txt',
      'fixtures/bad/pages.jsonl:2',
      'fixtures/bad/pages.jsonl:3',
      'fixtures/bad/pages.jsonl:4',
      'fixtures/bad/pages.jsonl:6',
      'fixtures/bad/undecodable.txt',
      'fixtures/bad/no-inputs',
    ]);
    expect(fs.readFileSync(out, 'utf8')).toContain(goodAlone());
    expect(fs.readdirSync(tmp)).toEqual(['all.jsonl']);
  });
});

function goodAlone(): string {
  return zhclaims(['extract', '-q', GOOD]).out;
}

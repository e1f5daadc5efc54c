import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// The README's Hadoop Streaming and Spark examples run `zhclaims extract - -j 1 -q` as a pipe
// mapper: the exact command strings are read from the README and run here through a shell, with
// JSONL pages on standard input. Shards joined equal one run; --segmenter reaches the workers.

let tmp: string;
let pages: string;
let env: NodeJS.ProcessEnv;

/** Runs a command without blocking the test runner (a long synchronous spawn starves its heartbeat). */
function run(cmd: string, args: string[], input?: string, e: NodeJS.ProcessEnv = process.env): Promise<{ code: number | null; out: string; err: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { env: e });
    let out = '';
    let err = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (out += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (err += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, out, err }));
    child.stdin.end(input ?? '');
  });
}

const zhclaims = (args: string[], input?: string) => run(process.execPath, ['bin/zhclaims.js', ...args], input);

function byDoc(jsonl: string): string[] {
  return jsonl
    .split('\n')
    .filter(Boolean)
    .map((l, i) => ({ l, i, doc: JSON.parse(l).doc as string }))
    .sort((a, b) => (a.doc < b.doc ? -1 : a.doc > b.doc ? 1 : a.i - b.i))
    .map((x) => x.l);
}

beforeAll(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'zhclaims-pipe-'));
  const lines: string[] = [];
  for (const d of ['fixtures/seeds', 'fixtures/dev/docs']) {
    for (const f of fs.readdirSync(d).sort()) lines.push(JSON.stringify({ id: f.replace(/\.txt$/, ''), text: fs.readFileSync(path.join(d, f), 'utf8') }));
  }
  for (const f of ['people-1.html', 'xinhuanet-1.html']) {
    const bytes = fs.readFileSync(path.join('fixtures/html', f));
    lines.push(JSON.stringify({ id: f, html: bytes.toString('utf8') }));
  }
  pages = lines.join('\n') + '\n';
  // `zhclaims` on PATH, as an installed package puts it
  const bin = path.join(tmp, 'bin');
  fs.mkdirSync(bin);
  fs.symlinkSync(path.resolve('bin/zhclaims.js'), path.join(bin, 'zhclaims'));
  env = { ...process.env, PATH: `${bin}${path.delimiter}${path.dirname(process.execPath)}${path.delimiter}${process.env.PATH}` };
});
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

describe('the README pipe examples', () => {
  const readme = fs.readFileSync('README.md', 'utf8');
  const hadoop = /-mapper '([^']+)'/.exec(readme)?.[1];
  const spark = /\.pipe\("([^"]+)"\)/.exec(readme)?.[1];

  it('are the same mapper command', async () => {
    expect(hadoop).toBe('zhclaims extract - -j 1 -q');
    expect(spark).toBe(hadoop);
  });

  it('write on standard output exactly what extract writes for the pages, and nothing on standard error', async () => {
    const r = await run('sh', ['-c', hadoop!], pages, env);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    const direct = await zhclaims(['extract', '-q', '-j', '2', '-'], pages);
    expect(direct.code).toBe(0);
    expect(r.out.split('\n').length).toBeGreaterThan(500);
    expect(r.out).toBe(direct.out);
  });
});

describe('shards', () => {
  it('4 shards joined and sorted by doc equal one run sorted by doc, byte for byte', async () => {
    const one = await zhclaims(['extract', '-q', '-j', '1', '-'], pages);
    const parts = await Promise.all([1, 2, 3, 4].map((k) => zhclaims(['extract', '-q', '-j', '1', '--shard', `${k}/4`, '-'], pages)));
    for (const p of parts) expect(p.code).toBe(0);
    expect(parts.filter((p) => p.out.length > 0).length).toBeGreaterThan(2);
    expect(byDoc(parts.map((p) => p.out).join(''))).toEqual(byDoc(one.out));
  });
});

describe('--segmenter', () => {
  it('nodejieba in the workers gives the output of the default', async () => {
    const rs = await zhclaims(['extract', '-q', '-j', '2', '-'], pages);
    const cpp = await zhclaims(['extract', '-q', '-j', '2', '--segmenter', 'nodejieba', '-'], pages);
    expect(cpp.code).toBe(0);
    expect(cpp.out).toBe(rs.out);
  });

  it('an unknown engine is a usage error on every command that segments', async () => {
    for (const cmd of [['extract'], ['articles'], ['check', 'fixtures/check/expected.jsonl'], ['report']]) {
      const r = await zhclaims([...cmd, '--segmenter', 'hanlp', 'fixtures/seeds']);
      expect(r.code).toBe(2);
      expect(r.err).toMatch(/--segmenter.*hanlp.*jieba-rs, nodejieba/);
    }
  });
});

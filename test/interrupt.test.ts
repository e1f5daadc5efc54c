import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

// Ctrl-C (a real SIGINT to a child process) while two worker threads are inside the pipeline:
// always exit 130 with one line, never a native abort, no temporary file left.

const ROOT = path.resolve(__dirname, '..');
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'zhclaims-int-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

const seeds = fs
  .readdirSync(path.join(ROOT, 'fixtures/seeds'))
  .filter((f) => f.endsWith('.txt'))
  .map((f) => fs.readFileSync(path.join(ROOT, 'fixtures/seeds', f), 'utf8'));

/** Runs extract -j 2 on an endless JSONL stream of pages and interrupts it after `ms` of work. */
async function interruptAfter(ms: number, out?: string): Promise<{ code: number | null; signal: string | null; err: string; out: string }> {
  const args = [path.join(ROOT, 'bin/zhclaims.js'), 'extract', '-j', '2', '-', ...(out ? ['-o', out] : [])];
  const child = spawn(process.execPath, args, { stdio: ['pipe', 'pipe', 'pipe'] });
  let err = '';
  let stdout = '';
  child.stderr.on('data', (d) => (err += d));
  child.stdout.on('data', (d) => (stdout += d));
  child.stdin.on('error', () => {}); // the pipe closes when the child exits
  let n = 0;
  const feed = setInterval(() => {
    if (!child.stdin.writable) return;
    for (let i = 0; i < 4; i++) child.stdin.write(JSON.stringify({ id: `p${n++}`, text: seeds[n % seeds.length] }) + '\n');
  }, 20);
  const exit = new Promise<[number | null, string | null]>((resolve) => child.on('exit', (code, signal) => resolve([code, signal])));
  // wait until the workers are producing claims (busy from then on); a file output shows nothing
  // before its first 64 KB, so there the wait is long enough for both workers to have loaded jieba
  const start = Date.now();
  let since = 0; // for a file output: from when its temporary file exists (the CLI is running)
  const ready = () => {
    if (!out) return stdout.length > 0;
    if (!since && fs.readdirSync(path.dirname(out)).length > 0) since = Date.now();
    return since > 0 && Date.now() - since > 2500;
  };
  while (!ready() && Date.now() - start < 60_000) await new Promise((r) => setTimeout(r, 25));
  await new Promise((r) => setTimeout(r, ms));
  child.kill('SIGINT');
  const [code, signal] = await exit;
  clearInterval(feed);
  return { code, signal, err, out: stdout };
}

describe('Ctrl-C with -j 2', () => {
  it('exits 130 with one line every time, workers stopped first; -o leaves no file', async () => {
    for (const [i, ms] of [0, 110, 5, 260].entries()) {
      const dir = path.join(tmp, `run${i}`);
      fs.mkdirSync(dir);
      const toFile = i % 2 === 0;
      const r = await interruptAfter(ms, toFile ? path.join(dir, 'claims.jsonl') : undefined);
      expect(r.err, `run ${i}`).not.toMatch(/terminate called|Napi::Error|Aborted|internal error/);
      expect(r.signal, `run ${i}`).toBe(null);
      expect(r.code, `run ${i}: ${r.err}`).toBe(130);
      expect(r.err.split('\n').filter(Boolean), `run ${i}`).toEqual([toFile ? 'zhclaims: interrupted; no output file written' : 'zhclaims: interrupted']);
      expect(fs.readdirSync(dir), `run ${i}`).toEqual([]);
      if (!toFile) expect(r.out.length).toBeGreaterThan(0);
    }
  }, 300_000);
});

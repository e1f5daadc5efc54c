import { spawnSync, type SpawnSyncOptions } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { unprivileged } from './unprivileged.js';
import { IdRegistry, planInputs, readPlan, type ReadItem } from '../src/stages/read.js';

// Nothing lost: every page gets its own document id, and an unreadable subfolder costs only itself.

const ROOT = path.resolve(__dirname, '..');
const TEXT = '全县妇联培训农村妇女1200人次，争取救助金67.6万元。';
let tmp: string;

function write(rel: string, content: string): string {
  const p = path.join(tmp, rel);
  fs.mkdirSync(path.dirname(p), { recursive: true });
  fs.writeFileSync(p, content);
  return p;
}

function run(args: string[], opts: SpawnSyncOptions & { unprivileged?: boolean } = {}) {
  const argv = [path.join(ROOT, 'bin/zhclaims.js'), ...args];
  const [cmd, all] = opts.unprivileged ? unprivileged(process.execPath, argv) : [process.execPath, argv];
  const r = spawnSync(cmd, all, { encoding: 'utf8', cwd: tmp, ...opts });
  return { code: r.status, out: String(r.stdout), lines: String(r.stderr).split('\n').filter(Boolean) };
}

async function ids(inputs: string[]): Promise<string[]> {
  const out: string[] = [];
  for await (const item of readPlan(await planInputs(inputs.map((i) => path.join(tmp, i))), {})) {
    out.push((item as Extract<ReadItem, { type: 'page' }>).page?.id ?? `error ${(item as { origin: string }).origin}`);
  }
  return out;
}

beforeAll(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'zhclaims-ids-'));
  write('same/page.txt', TEXT);
  write('same/page.html', `<html><body><p>${TEXT}</p></body></html>`);
  write('same/other.txt', TEXT);
  write('ta/x.txt', TEXT);
  write('tb/x.txt', TEXT);
  write('tb/x.html', `<html><body><p>${TEXT}</p></body></html>`);
  const rec = (id: string) => JSON.stringify({ id, text: TEXT }) + '\n';
  write('dump.jsonl', rec('a') + rec('b') + rec('a') + rec('a#2') + rec('a'));
});
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

describe('document ids are unique', () => {
  it('files sharing a stem in one folder keep their extension; the others keep the plain stem', async () => {
    expect(await ids(['same'])).toEqual(['other', 'page.html', 'page.txt']);
  });

  it('files of the same name from different inputs take their path below the common folder', async () => {
    expect(await ids(['ta/x.txt', 'tb/x.txt'])).toEqual(['ta/x', 'tb/x']);
    expect(await ids(['ta', 'tb'])).toEqual(['ta/x', 'tb/x.html', 'tb/x.txt']);
    expect(await ids(['ta/x.txt'])).toEqual(['x']);
  });

  it('a duplicate JSONL id: one note per duplicate, the record read under id#2, id#3 …', async () => {
    const notes: string[] = [];
    const got: string[] = [];
    const file = path.join(tmp, 'dump.jsonl');
    for await (const item of readPlan(await planInputs([file]), { onNote: (o, n) => notes.push(`${o}: ${n}`) })) {
      if (item.type === 'page') got.push(item.page.id);
    }
    expect(got).toEqual(['a', 'b', 'a#2', 'a#2#2', 'a#3']);
    expect(notes).toEqual([
      `${file}:3: duplicate id "a": read as "a#2"`,
      `${file}:4: duplicate id "a#2": read as "a#2#2"`,
      `${file}:5: duplicate id "a": read as "a#3"`,
    ]);
  });

  it('the registry hands out each id once', () => {
    const r = new IdRegistry();
    r.reserve(['x']);
    expect([r.claim('x'), r.claim('y'), r.claim('y'), r.claim('x')]).toEqual(['x#2', 'y', 'y#2', 'x#3']);
  });

  it('summarize counts every page, and the duplicate is named on standard error', () => {
    const claims = path.join(tmp, 'claims.jsonl');
    const r = run(['extract', '-j', '1', 'same', 'ta/x.txt', 'tb/x.txt', 'dump.jsonl', '-o', claims]);
    expect(r.code).toBe(0);
    expect(r.lines.filter((l) => l.includes('duplicate id'))).toHaveLength(3);
    const docs = new Set(fs.readFileSync(claims, 'utf8').trim().split('\n').map((l) => JSON.parse(l).doc));
    expect([...docs].sort()).toEqual(['a', 'a#2', 'a#2#2', 'a#3', 'b', 'other', 'page.html', 'page.txt', 'ta/x', 'tb/x']);
    const s = JSON.parse(run(['summarize', claims, '-f', 'json', '--by', 'region']).out);
    expect(s.regions.reduce((n: number, row: { articles_with_claims?: number; articles?: number }) => n + (row.articles_with_claims ?? row.articles ?? 0), 0)).toBe(10);
  });
});

describe('an unreadable subfolder', () => {

  it('is named and skipped; the rest of its folder is processed; exit 1', () => {
    write('perm/ok.txt', TEXT);
    write('perm/perm3/ok.txt', TEXT);
    write('perm/perm3/also.txt', TEXT);
    write('perm/z.txt', TEXT);
    const locked = path.join(tmp, 'perm/perm3');
    fs.chmodSync(locked, 0o000);
    try {
      const r = run(['articles', '-j', '1', 'perm'], { unprivileged: true });
      expect(r.code).toBe(1);
      expect(r.lines.filter((l) => !/ pages?, /.test(l))).toEqual(['zhclaims: error: perm/perm3: permission denied']);
      expect(r.out.trim().split('\n').map((l) => JSON.parse(l).doc)).toEqual(['ok', 'z']);
    } finally {
      fs.chmodSync(locked, 0o755);
    }
  });
});

import { spawn, spawnSync, type SpawnSyncOptions } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { unprivileged } from './unprivileged.js';

// The edges every command shares: an output is never one of the inputs, every destination is
// checked before any work (exit 2, in words), and one rule for "no inputs".

const ROOT = path.resolve(__dirname, '..');
const SEEDS = path.join(ROOT, 'fixtures/seeds');
const PAGE = JSON.stringify({ id: 'p1', text: '全县妇联培训农村妇女1200人次。' }) + '\n';
let tmp: string;

function run(args: string[], opts: SpawnSyncOptions & { input?: string; unprivileged?: boolean } = {}) {
  const [cmd, argv] = opts.unprivileged ? unprivileged(process.execPath, [path.join(ROOT, 'bin/zhclaims.js'), ...args]) : [process.execPath, [path.join(ROOT, 'bin/zhclaims.js'), ...args]];
  const r = spawnSync(cmd, argv, { encoding: 'utf8', ...opts });
  const err = String(r.stderr);
  return { code: r.status, out: String(r.stdout), err, lines: err.split('\n').filter(Boolean) };
}


let claims: string;
beforeAll(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'zhclaims-edges-'));
  claims = path.join(tmp, 'claims.jsonl');
  expect(run(['extract', '-q', '-j', '1', SEEDS, '-o', claims]).code).toBe(0);
});
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

describe('an output that is one of the inputs is a usage error', () => {
  it('extract crawl.jsonl -o crawl.jsonl leaves the crawl alone', () => {
    const crawl = path.join(tmp, 'crawl.jsonl');
    fs.writeFileSync(crawl, PAGE);
    const r = run(['extract', '-j', '1', crawl, '-o', crawl]);
    expect(r.code).toBe(2);
    expect(r.lines).toEqual([`zhclaims: error: -o: ${crawl} is also an input (${crawl}); writing it would replace the input`]);
    expect(fs.readFileSync(crawl, 'utf8')).toBe(PAGE);
  });

  it('after resolving links, and for a file found in a folder', () => {
    const dir = path.join(tmp, 'linked');
    fs.mkdirSync(dir);
    const page = path.join(dir, 'page.txt');
    fs.writeFileSync(page, '全县妇联培训农村妇女1200人次。');
    const link = path.join(tmp, 'link.txt');
    fs.symlinkSync(page, link);
    const hard = path.join(tmp, 'hard.txt');
    fs.linkSync(page, hard);
    for (const [input, out] of [[dir, link], [link, page], [page, hard]]) {
      const r = run(['articles', '-j', '1', input, '-o', out]);
      expect(r.code, `${input} -o ${out}`).toBe(2);
      expect(r.err).toMatch(/is also an input/);
    }
    expect(fs.readFileSync(page, 'utf8')).toBe('全县妇联培训农村妇女1200人次。');
  });

  it('a folder input may hold the claims of the previous run (not pages), but not a page dump', () => {
    const dir = path.join(tmp, 'rerun');
    fs.mkdirSync(dir);
    fs.writeFileSync(path.join(dir, 'page.txt'), '全县妇联培训农村妇女1200人次。');
    const out = path.join(dir, 'claims.jsonl');
    expect(run(['extract', '-q', '-j', '1', dir, '-o', out]).code).toBe(0);
    const again = run(['extract', '-j', '1', dir, '-o', out]);
    expect(again.code).toBe(0);
    expect(again.err).toMatch(/warning: .*claims\.jsonl: skipped: not a page dump/);
    const dump = path.join(dir, 'dump.jsonl');
    fs.writeFileSync(dump, PAGE);
    const r = run(['extract', '-q', '-j', '1', dir, '-o', dump]);
    expect(r.code).toBe(2);
    expect(fs.readFileSync(dump, 'utf8')).toBe(PAGE);
  });

  it('for summarize, report and check --update as well', () => {
    const before = fs.readFileSync(claims, 'utf8');
    for (const args of [
      ['summarize', claims, '-o', claims],
      ['report', claims, '-o', claims],
      ['report', SEEDS, '--articles', claims, '-o', claims],
      ['check', claims, claims, '--update'],
    ]) {
      const r = run(args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.lines, args.join(' ')).toHaveLength(1);
      expect(r.err).toMatch(/is also an input/);
    }
    expect(fs.readFileSync(claims, 'utf8')).toBe(before);
  });
});

describe('every output destination is checked before any work', () => {
  it('--split-by region into a path under a file: exit 2, no extraction, words not errno codes', () => {
    const file = path.join(tmp, 'a-file');
    fs.writeFileSync(file, 'x');
    const r = run(['extract', '-j', '1', SEEDS, '--split-by', 'region', '-o', path.join(file, 'by-region')]);
    expect(r.code).toBe(2);
    expect(r.lines).toEqual([`zhclaims: error: -o: ${file} is not a folder`]);
  });

  it('a folder the user may not write in: the same exit code and words for every command', () => {
    const locked = path.join(tmp, 'locked');
    fs.mkdirSync(locked, { mode: 0o555 });
    fs.chmodSync(locked, 0o555);
    for (const args of [
      ['extract', '-j', '1', SEEDS, '-o', path.join(locked, 'c.jsonl')],
      ['extract', '-j', '1', SEEDS, '--split-by', 'region', '-o', path.join(locked, 'by-region')],
      ['summarize', claims, '-o', path.join(locked, 's.csv')],
      ['report', claims, '-o', path.join(locked, 'r.html')],
    ]) {
      const r = run(args, { unprivileged: true });
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.lines, args.join(' ')).toEqual([`zhclaims: error: -o: cannot write in folder ${locked} (permission denied)`]);
    }
    expect(fs.readdirSync(locked)).toEqual([]);
  });

  it('a missing folder: exit 2 for summarize and report too', () => {
    for (const cmd of ['summarize', 'report']) {
      const r = run([cmd, claims, '-o', path.join(tmp, 'no', 'such', 'out')]);
      expect(r.code, cmd).toBe(2);
      expect(r.lines, cmd).toEqual([`zhclaims: error: -o: folder ${path.join(tmp, 'no', 'such')} does not exist`]);
      expect(r.err).not.toMatch(/E[A-Z]{3,}/);
    }
  });
});

describe('a device as the output', () => {
  // writing through a temporary file renamed onto /dev/null replaced the device with a regular file
  // (as root), which then held data that later runs read as standard input
  it('-o /dev/null writes in place and leaves the device a device', () => {
    expect(run(['extract', '-q', '-j', '1', SEEDS, '-o', '/dev/null']).code).toBe(0);
    expect(run(['summarize', claims, '-o', '/dev/null']).code).toBe(0);
    expect(fs.statSync('/dev/null').isCharacterDevice()).toBe(true);
    expect(fs.readFileSync('/dev/null', 'utf8')).toBe('');
  });
});

describe('one "no inputs" rule', () => {
  it('no inputs and nothing on standard input (/dev/null, an empty pipe): exit 2, one line', () => {
    for (const cmd of [['extract', '-j', '1'], ['articles', '-j', '1'], ['check', claims], ['summarize'], ['report']]) {
      const devnull = run(cmd, { stdio: ['ignore', 'pipe', 'pipe'] }); // node opens /dev/null for it
      expect(devnull.code, `${cmd[0]} </dev/null: ${devnull.err} ${devnull.out.slice(0, 200)}`).toBe(2);
      expect(devnull.lines, cmd[0]).toHaveLength(1);
      expect(devnull.err).toMatch(/no inputs/);
      const empty = run(cmd, { input: '' });
      expect(empty.code, `${cmd[0]} with an empty pipe`).toBe(2);
      expect(empty.err).toMatch(/no inputs.*standard input is empty/);
    }
  });

  it('no inputs and data on standard input (a pipe or a file): it is read', () => {
    expect(run(['extract', '-q', '-j', '1'], { input: PAGE }).out).toMatch(/"value":1200/);
    const file = path.join(tmp, 'page.jsonl');
    fs.writeFileSync(file, PAGE);
    const fd = fs.openSync(file, 'r');
    const r = run(['extract', '-q', '-j', '1'], { stdio: [fd, 'pipe', 'pipe'] });
    fs.closeSync(fd);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/"value":1200/);
    const summary = run(['summarize', '-f', 'json'], { input: fs.readFileSync(claims, 'utf8') });
    expect(summary.code).toBe(0);
    expect(JSON.parse(summary.out).regions.length).toBeGreaterThan(0);
    const check = run(['check', claims], { input: PAGE });
    expect(check.code).toBe(1); // compared with the piped page, not with nothing
    expect(check.out).toMatch(/\+/);
  });

  it('- reads standard input even when it is empty (an empty input, exit 1)', () => {
    const r = run(['extract', '-q', '-j', '1', '-'], { input: '' });
    expect(r.code).toBe(1);
    expect(r.lines).toEqual(['zhclaims: error: stdin: empty input']);
  });
});

describe('temporary files of killed runs', () => {
  it('a run killed by SIGKILL leaves its temporary file; the next run to that output removes it', async () => {
    const dir = path.join(tmp, 'killed');
    fs.mkdirSync(dir);
    const out = path.join(dir, 'claims.jsonl');
    const child = spawn(process.execPath, [path.join(ROOT, 'bin/zhclaims.js'), 'extract', '-q', '-j', '1', '-o', out, '-'], { stdio: ['pipe', 'ignore', 'ignore'] });
    child.stdin.write(PAGE);
    for (let i = 0; i < 200 && fs.readdirSync(dir).length === 0; i++) await new Promise((r) => setTimeout(r, 50));
    const exit = new Promise((resolve) => child.on('exit', resolve));
    child.kill('SIGKILL');
    await exit;
    const left = fs.readdirSync(dir);
    expect(left).toHaveLength(1);
    expect(left[0]).toMatch(new RegExp(`^\\.claims\\.jsonl\\.${child.pid}\\..*\\.tmp$`));
    // a temporary file of a run still going (this process) is left alone
    const live = `.claims.jsonl.${process.pid}.abc123.tmp`;
    fs.writeFileSync(path.join(dir, live), '');
    expect(run(['extract', '-q', '-j', '1', '-o', out, '-'], { input: PAGE }).code).toBe(0);
    expect(fs.readdirSync(dir).sort()).toEqual([live, 'claims.jsonl']);
  });

  it('the same for summarize -o and the files of --split-by region', () => {
    const dead = spawnSync(process.execPath, ['-e', '0']).pid;
    const dir = path.join(tmp, 'stale');
    fs.mkdirSync(dir);
    fs.writeFileSync(path.join(dir, `.s.csv.${dead}.k3j2h1.tmp`), 'half');
    expect(run(['summarize', claims, '-f', 'csv', '-o', path.join(dir, 's.csv')]).code).toBe(0);
    expect(fs.readdirSync(dir)).toEqual(['s.csv']);
    const split = path.join(tmp, 'split-stale');
    fs.mkdirSync(split);
    fs.writeFileSync(path.join(split, `.370782-诸城市.jsonl.${dead}.tmp`), 'half');
    expect(run(['extract', '-q', '-j', '1', SEEDS, '--split-by', 'region', '-o', split]).code).toBe(0);
    expect(fs.readdirSync(split).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });
});

describe('warnings and errors on standard error', () => {
  it('say which is which, in input order whatever -j', () => {
    const dir = path.join(tmp, 'order');
    fs.mkdirSync(dir);
    const page = (id: string) => JSON.stringify({ id, text: '全县妇联培训农村妇女1200人次。' }) + '\n';
    fs.writeFileSync(path.join(dir, 'a.jsonl'), page('p1') + page('p2') + page('p1') + '{"id":\n' + page('p3') + page('p1'));
    fs.writeFileSync(path.join(dir, 'b.txt'), '');
    fs.writeFileSync(path.join(dir, 'c.jsonl'), JSON.stringify({ doc: 'x', kind: 'count' }) + '\n');
    fs.writeFileSync(path.join(dir, 'd.html'), '<html><body></body></html>');
    fs.writeFileSync(path.join(dir, 'e.jsonl'), page('p2'));
    const lines = (j: string) => run(['extract', '-j', j, dir]).lines.filter((l) => !/ pages?, /.test(l));
    const one = lines('1');
    expect(one).toEqual([
      `zhclaims: warning: ${dir}/a.jsonl:3: duplicate id "p1": read as "p1#2"`,
      expect.stringMatching(new RegExp(`^zhclaims: error: ${dir}/a.jsonl:4: invalid JSON line`)),
      `zhclaims: warning: ${dir}/a.jsonl:6: duplicate id "p1": read as "p1#3"`,
      `zhclaims: error: ${dir}/b.txt: empty file`,
      `zhclaims: warning: ${dir}/c.jsonl: skipped: not a page dump (its first record has no "id" with "html" or "text")`,
      `zhclaims: warning: ${dir}/d.html: no article text found (navigation or empty page)`,
      `zhclaims: warning: ${dir}/e.jsonl:1: duplicate id "p2": read as "p2#2"`,
    ]);
    expect(lines('2')).toEqual(one);
    // a colour on a terminal (FORCE_COLOR stands in for one), none in a pipe
    const colored = run(['extract', '-j', '1', path.join(dir, 'b.txt'), path.join(dir, 'd.html')], { env: { ...process.env, FORCE_COLOR: '1' } });
    expect(colored.err).toContain('\x1b[');
    expect(one.join('\n')).not.toContain('\x1b[');
  });
});

describe('small things a user notices', () => {
  it('plurals: "1 page, 1 claim, 0 errors"', () => {
    const r = run(['extract', '-j', '1'], { input: PAGE });
    expect(r.lines.at(-1)).toMatch(/^zhclaims: 1 page, 1 claim, 0 errors in [0-9.]+ s/);
  });

  it('the ETA is rounded once: never 1m60s', async () => {
    const { formatEta, plural } = await import('../src/batch/progress.js');
    expect([formatEta(5.4), formatEta(59.6), formatEta(119.7), formatEta(125), formatEta(3599.6), formatEta(7260)]).toEqual(['5s', '1m00s', '2m00s', '2m05s', '1h00m', '2h01m']);
    expect([plural(1, 'claims'), plural(0, 'claims'), plural(2, 'pages')]).toEqual(['1 claim', '0 claims', '2 pages']);
  });

  it('a glob that matches folders reads the folders', () => {
    const r = run(['articles', '-q', '-j', '1', path.join(ROOT, 'fixtures/seed*')]);
    expect(r.code).toBe(0);
    expect(new Set(r.out.trim().split('\n').map((l) => JSON.parse(l).doc)).size).toBe(5);
  });

  it('a wrong --encoding: a warning when the text is mostly replacement characters', () => {
    const file = path.join(ROOT, 'fixtures/encodings/000_ccbafff6b5ab4329.gb18030.txt');
    const r = run(['extract', '-j', '1', file, '--encoding', 'utf-8']);
    expect(r.lines[0]).toBe(`zhclaims: warning: ${file}: mostly undecodable as utf-8 (replacement characters): is --encoding right?`);
    expect(run(['extract', '-j', '1', file, '--encoding', 'gb18030']).lines.filter((l) => l.includes('warning'))).toEqual([]);
  });

  it('tools/score.py without arguments: the usage line, no traceback', () => {
    const r = spawnSync('python3', [path.join(ROOT, 'tools/score.py')], { encoding: 'utf8' });
    expect(r.status).not.toBe(0);
    expect(r.stderr.trim()).toBe('usage: score.py GOLD PRED.jsonl [--json] [--misses N]');
  });
});

import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ArticleRecordSchema, ClaimRecordSchema, CSV_COLUMNS } from '../src/output/schema.js';

const SEEDS = 'fixtures/seeds';
let tmp: string;

/** One thread unless a test asks for more: each worker thread loads jieba (~1 s), and the pool has its own tests. */
function withJobs(args: string[]): string[] {
  return ['extract', 'articles'].includes(args[0]) && !args.includes('-j') && !args.includes('--help') ? [args[0], '-j', '1', ...args.slice(1)] : args;
}

function zhclaims(args: string[], input = '') {
  const r = spawnSync(process.execPath, ['bin/zhclaims.js', ...withJobs(args)], { encoding: 'utf8', input });
  return { code: r.status, out: r.stdout, err: r.stderr, errLines: r.stderr.split('\n').filter(Boolean) };
}

function jsonlOf(dir: string): string {
  return fs
    .readdirSync(dir)
    .sort()
    .map((f) => JSON.stringify({ id: f.replace(/\.txt$/, ''), text: fs.readFileSync(path.join(dir, f), 'utf8') }) + '\n')
    .join('');
}

beforeAll(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'zhclaims-cli-'));
});
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

describe('help and version', () => {
  it('extract --help shows the options and examples', () => {
    const r = zhclaims(['extract', '--help']);
    expect(r.code).toBe(0);
    for (const s of ['--format', '--out', '--jobs', '--bom', '--quiet', '--shard', '--encoding', '--split-by', 'Examples:', 'zhclaims extract -']) {
      expect(r.out).toContain(s);
    }
  });

  it('articles --help shows examples', () => {
    const r = zhclaims(['articles', '--help']);
    expect(r.code).toBe(0);
    expect(r.out).toContain('Examples:');
    expect(r.out).toContain('zhclaims articles page.html');
  });

  it('--version prints the package version', () => {
    const pkg = JSON.parse(fs.readFileSync('package.json', 'utf8'));
    expect(zhclaims(['--version']).out.trim()).toBe(pkg.version);
  });
});

describe('usage errors exit 2 with one line and do no work', () => {
  const cases: [string[], RegExp][] = [
    [['extract', '-f', 'xml', SEEDS], /-f\/--format must be one of jsonl, json, csv/],
    [['articles', '-f', 'csv', SEEDS], /-f\/--format must be one of jsonl, json/],
    [['extract', '--shard', '3/2', SEEDS], /--shard must be K\/N/],
    [['extract', '--shard', 'half', SEEDS], /--shard must be K\/N/],
    [['extract', '-j', '0', SEEDS], /-j\/--jobs must be a whole number/],
    [['extract', '--bom', SEEDS], /--bom applies to -f csv only/],
    [['extract', '--encoding', 'klingon', SEEDS], /unknown encoding "klingon"/],
    [['extract', '--split-by', 'province', '-o', 'x', SEEDS], /--split-by supports "region" only/],
    [['extract', '--split-by', 'region', SEEDS], /needs -o DIR/],
    [['extract', '-o', 'no/such/dir/out.jsonl', SEEDS], /folder .* does not exist/],
    [['extract', '--frobnicate', SEEDS], /unknown option/],
  ];
  for (const [args, msg] of cases) {
    it(args.join(' '), () => {
      const r = zhclaims(args);
      expect(r.code).toBe(2);
      expect(r.out).toBe('');
      expect(r.errLines[0]).toMatch(msg);
      expect(r.err).not.toMatch(/\n\s+at /);
    });
  }
});

describe('standard input and output', () => {
  it('extract - : JSONL pages in, only valid JSONL claims out, the summary on stderr', () => {
    const r = zhclaims(['extract', '-'], jsonlOf(SEEDS));
    expect(r.code).toBe(0);
    const lines = r.out.split('\n').filter(Boolean);
    for (const l of lines) ClaimRecordSchema.parse(JSON.parse(l));
    expect(r.out === '' || r.out.endsWith('\n')).toBe(true);
    expect(r.errLines).toHaveLength(1);
    expect(r.errLines[0]).toMatch(new RegExp(`^zhclaims: 5 pages, ${lines.length} claims, 0 errors in [0-9.]+ s \\([0-9.]+ pages/s\\)$`));
  });

  it('the same with files and with stdin give the same records', () => {
    const a = zhclaims(['extract', '-q', '-'], jsonlOf(SEEDS));
    const b = zhclaims(['extract', '-q', SEEDS]);
    expect(a.out).toBe(b.out);
    expect(a.err + b.err).toBe('');
  });

  it('with no inputs and a pipe on stdin, stdin is read', () => {
    const r = zhclaims(['articles', '-q'], '{"id":"p1","text":"全县妇联培训农村妇女1200人次。"}\n');
    expect(r.code).toBe(0);
    const recs = r.out.trim().split('\n').map((l) => ArticleRecordSchema.parse(JSON.parse(l)));
    expect(recs[0].doc).toBe('p1');
    expect(recs.map((x) => x.text).join('')).toContain('培训农村妇女1200人次');
  });

  it('an empty stdin: no inputs (exit 2) without -, a failed input (exit 1) with -', () => {
    const r = zhclaims(['extract', '-q'], '');
    expect(r.code).toBe(2);
    expect(r.errLines).toEqual(['zhclaims: error: no inputs: give files, folders, glob patterns, or - for standard input (standard input is empty)']);
    const dash = zhclaims(['extract', '-q', '-'], '');
    expect(dash.code).toBe(1);
    expect(dash.errLines).toEqual(['zhclaims: error: stdin: empty input']);
  });

  it('--quiet prints nothing on a clean run', () => {
    const r = zhclaims(['articles', '-q', SEEDS]);
    expect(r.code).toBe(0);
    expect(r.err).toBe('');
    expect(r.out.length).toBeGreaterThan(0);
  });
});

describe('formats', () => {
  it('json is one array of the jsonl records', () => {
    const jl = zhclaims(['articles', '-q', SEEDS]).out.trim().split('\n').map((l) => JSON.parse(l));
    const j = zhclaims(['articles', '-q', '-f', 'json', SEEDS]);
    expect(JSON.parse(j.out)).toEqual(jl);
    const claims = zhclaims(['extract', '-q', '-f', 'json', SEEDS]);
    const arr = JSON.parse(claims.out);
    expect(Array.isArray(arr)).toBe(true);
    for (const r of arr) ClaimRecordSchema.parse(r);
  });

  it('csv starts with the BOM (with --bom) and the flattened columns, one row per jsonl record', () => {
    const r = zhclaims(['extract', '-q', '-f', 'csv', '--bom', SEEDS]);
    expect(r.code).toBe(0);
    expect(r.out.startsWith('\uFEFFdoc,article,title,region.code,')).toBe(true);
    expect(r.out.split('\n')[0]).toBe('\uFEFF' + CSV_COLUMNS.join(','));
    const n = zhclaims(['extract', '-q', SEEDS]).out.split('\n').filter(Boolean).length;
    const noBom = zhclaims(['extract', '-q', '-f', 'csv', SEEDS]).out;
    expect(noBom.startsWith('doc,')).toBe(true);
    // rows may hold quoted newlines, so count rows by the doc column at a line start
    expect(noBom.split('\n').filter((l) => /^\d{3}_[0-9a-f]{16},\d+,/.test(l)).length).toBe(n);
  });
});

describe('-o FILE', () => {
  it('writes the file through a temporary file: same bytes as stdout, nothing left behind', () => {
    const out = path.join(tmp, 'o', 'claims.jsonl');
    fs.mkdirSync(path.dirname(out));
    fs.writeFileSync(out, 'previous run\n');
    const r = zhclaims(['articles', '-q', '-o', out, SEEDS]);
    expect(r.code).toBe(0);
    expect(r.out).toBe('');
    expect(fs.readFileSync(out, 'utf8')).toBe(zhclaims(['articles', '-q', SEEDS]).out);
    expect(fs.readdirSync(path.dirname(out))).toEqual(['claims.jsonl']);
  });

  it('an interrupted run leaves neither a half file nor a temporary file', async () => {
    const dir = path.join(tmp, 'int');
    fs.mkdirSync(dir);
    const out = path.join(dir, 'claims.jsonl');
    const child = spawn(process.execPath, ['bin/zhclaims.js', 'extract', '-q', '-j', '1', '-o', out, '-'], { stdio: ['pipe', 'pipe', 'pipe'] });
    child.stdin.write(jsonlOf(SEEDS));
    // the temporary file exists while the run waits for more input
    for (let i = 0; i < 200 && fs.readdirSync(dir).length === 0; i++) await new Promise((r) => setTimeout(r, 50));
    expect(fs.readdirSync(dir)[0]).toMatch(/^\.claims\.jsonl\..*\.tmp$/);
    const exit = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    child.kill('SIGINT');
    expect(await exit).toBe(130);
    expect(fs.readdirSync(dir)).toEqual([]);
  });
});

describe('--shard', () => {
  it('K/N shards split the pages with no overlap and nothing lost', () => {
    const docs = (args: string[]) => [...new Set(zhclaims(['articles', '-q', ...args, SEEDS]).out.trim().split('\n').filter(Boolean).map((l) => JSON.parse(l).doc))];
    const all = docs([]);
    const parts = [docs(['--shard', '1/3']), docs(['--shard', '2/3']), docs(['--shard', '3/3'])];
    expect(parts.flat().sort()).toEqual([...all].sort());
    expect(new Set(parts.flat()).size).toBe(all.length);
    expect(docs(['--shard', '2/3'])).toEqual(parts[1]);
  });
});

describe('page warnings', () => {
  it('a page with no article text: one warning line naming it, silenced by --quiet', () => {
    const nav = JSON.stringify({ id: 'nav', html: '<html><head><title>首页</title></head><body></body></html>' }) + '\n';
    const r = zhclaims(['extract', '-'], nav);
    expect(r.errLines.filter((l) => l.startsWith('zhclaims: warning: stdin:1: '))).toHaveLength(1);
    expect(r.out).toBe('');
    expect(zhclaims(['extract', '-q', '-'], nav).err).toBe('');
  });
});

describe('--split-by region', () => {
  it('writes one file per region plus index.json, holding every claim of the plain run', () => {
    const dir = path.join(tmp, 'by-region');
    const r = zhclaims(['extract', '-q', '--split-by', 'region', '-o', dir, SEEDS]);
    expect(r.code).toBe(0);
    expect(r.out).toBe('');
    const index = JSON.parse(fs.readFileSync(path.join(dir, 'index.json'), 'utf8')) as { file: string; claims: { total: number } }[];
    expect(fs.readdirSync(dir).sort()).toEqual([...index.map((e) => e.file), 'index.json'].sort());
    const split = index.flatMap((e) => fs.readFileSync(path.join(dir, e.file), 'utf8').split('\n').filter(Boolean));
    const plain = zhclaims(['extract', '-q', SEEDS]).out.split('\n').filter(Boolean);
    expect(split.length).toBe(plain.length);
    expect([...split].sort()).toEqual([...plain].sort());
    expect(index.reduce((s, e) => s + e.claims.total, 0)).toBe(plain.length);
  });

  it('refuses a file as the folder before doing any work', () => {
    const file = path.join(tmp, 'a-file');
    fs.writeFileSync(file, 'x');
    const r = zhclaims(['extract', '--split-by', 'region', '-o', file, SEEDS]);
    expect(r.code).toBe(2);
    expect(r.errLines).toEqual([`zhclaims: error: -o: ${file} is a file; --split-by region writes a folder`]);
  });
});

describe('a reader that closes the pipe early (| head)', () => {
  it.each([[['--help']], [['extract', SEEDS]], [['summarize', '--help']]])('%j ends quietly with exit 0', (args) => {
    // bash prints the exit status of zhclaims, the first command of the pipe
    const run = spawnSync('bash', ['-c', `"${process.execPath}" bin/zhclaims.js ${args.join(' ')} | head -c 10 >/dev/null; echo "\${PIPESTATUS[0]}"`], { encoding: 'utf8' });
    expect(run.stderr).not.toMatch(/EPIPE|Error|at /);
    expect(run.stdout.trim()).toBe('0');
  });
});

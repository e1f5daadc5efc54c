import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import iconv from 'iconv-lite';
import {
  binaryReason,
  MAX_LINE_ERRORS,
  fileId,
  globBase,
  parseRecord,
  planInputs,
  readInputs,
  splitLines,
  type ReadItem,
} from '../src/stages/read.js';
import { inShard, parseShard, stableHash } from '../src/batch/shard.js';

const SEED = 'fixtures/seeds/004_61643169e90de49d.txt';
let tmp: string;

async function collect(it: AsyncIterable<ReadItem>): Promise<ReadItem[]> {
  const out: ReadItem[] = [];
  for await (const x of it) out.push(x);
  return out;
}

function write(rel: string, content: string | Buffer): string {
  const p = path.join(tmp, rel);
  fs.mkdirSync(path.dirname(p), { recursive: true });
  fs.writeFileSync(p, content);
  return p;
}

beforeAll(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'zhclaims-read-'));
  const text = fs.readFileSync(SEED, 'utf8');
  write('crawl/b/2.txt', text);
  write('crawl/a/10.html', `<html><body><p>${text}</p></body></html>`);
  write('crawl/a/9.htm', text);
  write('crawl/notes.md', '# not an input');
  write('crawl/.hidden/x.txt', text);
  write('crawl/z.jsonl', '{"id":"r1","text":"全县培训妇女1200人次。"}\n\n{"id":7,"html":"<p>新建示范基地3个</p>"}\n');
});

afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

describe('planInputs', () => {
  it('walks a folder recursively in code-unit path order, only page extensions, skipping dot entries', async () => {
    const plan = await planInputs([path.join(tmp, 'crawl')]);
    const rel = plan.entries.map((e) => (e.type === 'file' ? path.relative(path.join(tmp, 'crawl'), e.path) : e.type));
    expect(rel).toEqual(['a/10.html', 'a/9.htm', 'b/2.txt', 'z.jsonl'].map((p) => p.split('/').join(path.sep)));
    expect(plan.totalBytes).toBe(plan.entries.reduce((s, e) => s + (e.type === 'file' ? e.size : 0), 0));
  });

  it('keeps the order of the arguments and drops a file named twice', async () => {
    const b = path.join(tmp, 'crawl/b/2.txt');
    const plan = await planInputs([b, path.join(tmp, 'crawl/b'), SEED]);
    expect(plan.entries.map((e) => (e.type === 'file' ? e.path : e.type))).toEqual([b, SEED]);
  });

  it('expands glob patterns relative to their static base', async () => {
    const pattern = `${tmp.split(path.sep).join('/')}/crawl/**/*.{htm,html}`;
    expect(globBase(pattern)).toBe(`${tmp.split(path.sep).join('/')}/crawl`);
    expect(globBase('*.txt')).toBe('.');
    const items = await collect(readInputs([pattern]));
    expect(items.map((i) => (i.type === 'page' ? i.page.id : i.reason))).toEqual(['a/10', 'a/9']);
  });

  it('names a missing path, an empty folder and a pattern matching nothing as errors, not exceptions', async () => {
    const plan = await planInputs(['fixtures/does-not-exist.txt', 'fixtures/bad/no-inputs', 'fixtures/none-*.zz']);
    expect(plan.entries).toEqual([
      { type: 'error', origin: 'fixtures/does-not-exist.txt', reason: 'no such file or directory' },
      { type: 'error', origin: 'fixtures/bad/no-inputs', reason: expect.stringMatching(/folder has no inputs/) },
      { type: 'error', origin: 'fixtures/none-*.zz', reason: 'no files match this pattern' },
    ]);
  });

  it('reports standard input as a stream of unknown size', async () => {
    const plan = await planInputs([SEED, '-']);
    expect(plan.totalBytes).toBeNull();
  });
});

describe('pages', () => {
  it('gives files ids relative to their root without extension, and JSONL records their own id and line', async () => {
    const items = await collect(readInputs([path.join(tmp, 'crawl')]));
    const pages = items.flatMap((i) => (i.type === 'page' ? [i.page] : []));
    expect(pages.map((p) => [p.id, p.kind])).toEqual([
      ['a/10', 'html'],
      ['a/9', 'html'],
      ['b/2', 'auto'],
      ['r1', 'text'],
      ['7', 'html'],
    ]);
    expect(pages[3].origin).toBe(`${path.join(tmp, 'crawl', 'z.jsonl')}:1`);
    expect(pages[4].origin).toBe(`${path.join(tmp, 'crawl', 'z.jsonl')}:3`);
    expect(pages[4].text).toBe('<p>新建示范基地3个</p>');
    expect(Buffer.from(pages[2].bytes!).toString('utf8')).toBe(fs.readFileSync(SEED, 'utf8'));
  });

  it('file ids: a named file is its own root', () => {
    expect(fileId('fixtures/seeds/000_x.txt', 'fixtures/seeds')).toBe('000_x');
    expect(fileId(path.join('crawl', 'a', 'b.c.html'), 'crawl')).toBe('a/b.c');
  });

  it('passes --encoding on to decoding of files', async () => {
    const items = await collect(readInputs([SEED], { encoding: 'gb18030' }));
    expect(items[0].type === 'page' && items[0].page.encoding).toBe('gb18030');
  });

  it('keeps only the pages of one shard when asked, before reading them', async () => {
    const all = await collect(readInputs([path.join(tmp, 'crawl')]));
    const ids = all.flatMap((i) => (i.type === 'page' ? [i.page.id] : []));
    const parts = [1, 2, 3].map(async (k) => {
      const items = await collect(readInputs([path.join(tmp, 'crawl')], { keep: (id) => inShard(id, { k, n: 3 }) }));
      return items.flatMap((i) => (i.type === 'page' ? [i.page.id] : []));
    });
    const shards = await Promise.all(parts);
    expect(shards.flat().sort()).toEqual([...ids].sort());
    expect(new Set(shards.flat()).size).toBe(ids.length);
  });
});

describe('JSONL records', () => {
  it('accepts html or text with a string or numeric id', () => {
    expect(parseRecord('{"id":"p","html":"<p>x</p>"}', 'f:1')).toEqual({ page: { id: 'p', origin: 'f:1', text: '<p>x</p>', kind: 'html' } });
    expect(parseRecord('{"id":12,"text":"x","url":"u"}', 'f:2')).toEqual({
      page: { id: '12', origin: 'f:2', text: 'x', kind: 'text', record: { title: null, date: null, url: 'u', source: null } },
    });
  });

  it('names what is wrong with a bad line', () => {
    const reason = (line: string) => {
      const r = parseRecord(line, 'f:1');
      return 'reason' in r ? r.reason : 'ok';
    };
    expect(reason('{"id":"p","text":')).toMatch(/^invalid JSON line/);
    expect(reason('{"text":"x"}')).toBe('JSONL record has no "id"');
    expect(reason('{"id":"  ","text":"x"}')).toBe('JSONL record has no "id"');
    expect(reason('{"id":"p","url":"x"}')).toBe('JSONL record "p" has neither "html" nor "text"');
    expect(reason('{"id":{"a":1},"text":"x"}')).toMatch(/bad "id"/);
    expect(reason('{"id":"p","html":5}')).toMatch(/bad "html"/);
    expect(reason('[1,2]')).toMatch(/not an object/);
  });

  it('splits lines across chunk boundaries, with and without a final newline', async () => {
    const chunks = ['{"id":"a",', '"text":"一"}\n{"id":"b","te', 'xt":"二"}\r\n\n', '{"id":"c","text":"三"}'].map((s) => Buffer.from(s));
    const lines: string[] = [];
    for await (const l of splitLines(Readable.from(chunks))) lines.push(`${l.no}:${l.bytes.toString('utf8')}`);
    expect(lines).toEqual(['1:{"id":"a","text":"一"}', '2:{"id":"b","text":"二"}\r', '3:', '4:{"id":"c","text":"三"}']);
  });

  it('splits a multibyte character cut between two chunks correctly', async () => {
    const bytes = Buffer.from('{"id":"x","text":"妇联"}\n');
    const cut = bytes.indexOf(Buffer.from('联')) + 1;
    const lines: string[] = [];
    for await (const l of splitLines(Readable.from([bytes.subarray(0, cut), bytes.subarray(cut)]))) lines.push(l.bytes.toString('utf8'));
    expect(lines).toEqual(['{"id":"x","text":"妇联"}']);
  });

  it('streams: pulling one page reads only the first chunks of a long input', async () => {
    let produced = 0;
    function* chunks() {
      for (let i = 0; i < 100_000; i++) {
        produced++;
        yield Buffer.from(`{"id":"p${i}","text":"第${i}页：培训妇女${i}人次。"}\n`);
      }
    }
    const it = readInputs(['-'], { stdin: Readable.from(chunks(), { objectMode: true }) });
    const first = await it.next();
    expect(first.value).toMatchObject({ type: 'page', page: { id: 'p0', origin: 'stdin:1' } });
    expect(produced).toBeLessThan(1000);
    await it.return(undefined);
  });

  it('reads plain text on standard input as one page named stdin', async () => {
    const items = await collect(readInputs(['-'], { stdin: Readable.from([Buffer.from('全县妇联'), Buffer.from('培训妇女1200人次。\n')]) }));
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({ type: 'page', page: { id: 'stdin', origin: 'stdin', kind: 'auto' } });
    const empty = await collect(readInputs(['-'], { stdin: Readable.from([Buffer.from('  \n')]) }));
    expect(empty).toEqual([{ type: 'error', origin: 'stdin', reason: 'empty input' }]);
  });
});

describe('binary detection', () => {
  const seed = fs.readFileSync(SEED, 'utf8');
  it('accepts text in UTF-8, GB18030, Big5 and UTF-16 with or without BOM', () => {
    expect(binaryReason(Buffer.from(seed))).toBeNull();
    expect(binaryReason(iconv.encode(seed, 'gb18030'))).toBeNull();
    expect(binaryReason(iconv.encode(seed, 'big5'))).toBeNull();
    expect(binaryReason(iconv.encode(seed, 'utf16le'))).toBeNull();
    expect(binaryReason(iconv.encode(seed, 'utf16-be'))).toBeNull();
    expect(binaryReason(Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(seed, 'utf16le')]))).toBeNull();
  });

  it('rejects images, archives and random bytes', () => {
    expect(binaryReason(fs.readFileSync('fixtures/bad/image.txt'))).toMatch(/PNG image/);
    expect(binaryReason(fs.readFileSync('fixtures/bad/binary.html'))).toMatch(/^binary file/);
    expect(binaryReason(Buffer.from([0x1f, 0x8b, 8, 0, 0, 0]))).toMatch(/gzip/);
  });
});

describe('shards', () => {
  it('parses K/N with 1 ≤ K ≤ N only', () => {
    expect(parseShard('2/8')).toEqual({ k: 2, n: 8 });
    expect(parseShard(' 1 / 1 ')).toEqual({ k: 1, n: 1 });
    for (const bad of ['0/4', '5/4', '1/0', '1', 'a/b', '-1/4', '1.5/4']) expect(parseShard(bad)).toBeNull();
  });

  it('hashes ids stably (FNV-1a of the UTF-8 bytes) and spreads them evenly', () => {
    expect(stableHash('')).toBe(0x811c9dc5);
    expect(stableHash('a')).toBe(0xe40c292c);
    const counts = [0, 0, 0, 0];
    for (let i = 0; i < 4000; i++) counts[stableHash(`seed/${i}`) % 4]++;
    for (const c of counts) expect(c).toBeGreaterThan(800);
  });
});

describe('JSONL that is not a page dump', () => {
  it('a folder walk skips a JSONL of other records (claims, gold) with one note; a named one is read line by line', async () => {
    const dir = path.join(tmp, 'mixed');
    write('mixed/claims.jsonl', '{"doc":"a","kind":"count","text":"培训3人"}\n{"doc":"b","kind":"count","text":"x"}\n');
    write('mixed/page.txt', '全县妇联培训农村妇女1200人次。');
    const notes: string[] = [];
    const items = await collect(readInputs([dir], { onNote: (o, n) => notes.push(`${path.basename(o)}: ${n}`) }));
    expect(items.map((i) => i.type)).toEqual(['page']);
    expect(notes).toEqual(['claims.jsonl: skipped: not a page dump (its first record has no "id" with "html" or "text")']);
    const named = await collect(readInputs([path.join(dir, 'claims.jsonl')]));
    expect(named.map((i) => (i.type === 'error' ? i.reason : i.type))).toEqual(['JSONL record has no "id"', 'JSONL record has no "id"']);
  });

  it('names the first bad lines of a file one by one and counts the rest in one line', async () => {
    const lines = Array.from({ length: MAX_LINE_ERRORS + 30 }, (_, i) => `{"id":"p${i}"}`);
    const file = write('many-bad.jsonl', ['{"id":"ok","text":"全县培训妇女3人次。"}', ...lines].join('\n'));
    const items = await collect(readInputs([file]));
    const errors = items.filter((i) => i.type === 'error');
    expect(items[0].type).toBe('page');
    expect(errors).toHaveLength(MAX_LINE_ERRORS + 1);
    expect(errors[0]).toEqual({ type: 'error', origin: `${file}:2`, reason: 'JSONL record "p0" has neither "html" nor "text"' });
    expect(errors.at(-1)).toEqual({ type: 'error', origin: file, reason: `30 more bad lines not shown (${MAX_LINE_ERRORS + 30} in all)` });
  });
});

import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { processPage } from '../src/pipeline.js';
import { parseRecord } from '../src/stages/read.js';
import type { Doc, PageInput } from '../src/doc.js';

// The region test set (fixtures/regions/expected.tsv): every article's region comes from its own
// title, body, source line and record fields, never from furniture; foreign and national stories,
// and articles with no evidence, get none.

const FIXTURES = path.join(__dirname, '..', 'fixtures');

interface Row {
  input: string;
  article: number;
  code: string | null;
  chain: (string | null)[] | null;
}

const rows: Row[] = fs
  .readFileSync(path.join(FIXTURES, 'regions', 'expected.tsv'), 'utf8')
  .split('\n')
  .filter((l) => l.trim() && !l.startsWith('#'))
  .map((l) => {
    const [input, article, code, chain] = l.split('\t');
    return {
      input,
      article: Number(article),
      code: code === 'null' ? null : code,
      chain: chain ? chain.split('/').map((x) => (x === '-' ? null : x)) : null,
    };
  });

const records = new Map<string, PageInput>();
for (const [i, line] of fs.readFileSync(path.join(FIXTURES, 'regions', 'articles.jsonl'), 'utf8').split('\n').entries()) {
  if (!line.trim()) continue;
  const r = parseRecord(line, `articles.jsonl:${i + 1}`);
  if ('page' in r) records.set(r.page.id, r.page);
}

const docs = new Map<string, Doc>();
function docOf(input: string): Doc {
  let d = docs.get(input);
  if (d) return d;
  const [file, id] = input.split('#');
  const page: PageInput = id
    ? records.get(id)!
    : { id: input, origin: input, bytes: fs.readFileSync(path.join(FIXTURES, file)), kind: 'html' };
  d = processPage(page);
  docs.set(input, d);
  return d;
}

describe('the region test set', () => {
  it('holds at least 40 articles, foreign and placeless ones among them', () => {
    expect(rows.length).toBeGreaterThanOrEqual(40);
    expect(rows.filter((r) => r.code === null).length).toBeGreaterThanOrEqual(10);
    expect(records.size).toBeGreaterThanOrEqual(20);
  });

  it.each(rows.map((r) => [`${r.input} #${r.article}`, r] as const))('%s', (_, row) => {
    const doc = docOf(row.input);
    const a = doc.articles[row.article];
    expect(a, 'article exists').toBeDefined();
    if (row.code === null) {
      expect(a.region).toBeNull();
      return;
    }
    expect(a.region?.code).toBe(row.code);
    const r = a.region!;
    expect([r.province, r.city, r.county, r.town]).toEqual(row.chain);
  });

  it('an e-paper layout page: every headline listed, none with a region', () => {
    const doc = docOf('html-kinds/epaper-layout.html');
    expect(doc.articles.length).toBe(4);
    expect(doc.articles.every((a) => a.region === null)).toBe(true);
  });
});

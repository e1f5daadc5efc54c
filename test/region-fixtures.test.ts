import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Article, Doc } from '../src/doc.js';
import { findArticles } from '../src/stages/split.js';
import { decodeInput } from '../src/stages/decode.js';
import { foldWidth } from '../src/stages/normalize.js';
import { resolveRegions, regionOfText } from '../src/stages/region.js';
import { segment } from '../src/stages/segment.js';

// Every article of the fixtures' gold resolves to the gold region at every level, with the
// official code of its deepest level.

const SEEDS = path.join(__dirname, '..', 'fixtures', 'seeds');
const GOLD = path.join(__dirname, '..', 'fixtures', 'gold');

interface GoldRegion {
  province: string | null;
  city: string | null;
  county: string | null;
  town: string | null;
}
interface GoldArticle {
  title: string | null;
  region: GoldRegion;
}

// GB/T 2260 codes (9-digit statistical codes for towns) of the places the gold names.
const CODES: Record<string, string> = {
  镇赉县: '220821',
  镇赉镇: '220821100',
  永善县: '530625',
  昭通市: '530600',
  镇雄县: '530627',
  定西市: '621100',
  诸城市: '370782',
  大槐镇: '440785108',
};

const seeds = fs.readdirSync(SEEDS).filter((f) => f.endsWith('.txt')).sort();

function gold(seed: string): GoldArticle[] {
  const line = fs.readFileSync(path.join(GOLD, seed.replace(/\.txt$/, '.jsonl')), 'utf8').trim();
  return (JSON.parse(line) as { articles: GoldArticle[] }).articles;
}

function deepest(g: GoldRegion): string {
  return (g.town ?? g.county ?? g.city ?? g.province)!;
}

function article(draft: Pick<Article, 'title' | 'date' | 'source' | 'authors' | 'text'>, index: number): Article {
  return { ...draft, index, norm: foldWidth(draft.text), tokens: segment(draft.text), claims: [], region: null };
}

function expectRegion(got: Article['region'], want: GoldRegion, label: string): void {
  expect(got, label).not.toBeNull();
  const { province, city, county, town } = got!;
  expect({ province, city, county, town }, label).toEqual(want);
  expect(got!.code, label).toBe(CODES[deepest(want)]);
  expect(got!.name, label).toBe(deepest(want));
}

describe('fixture pages, each as one article', () => {
  for (const seed of seeds) {
    it(`${seed}: the page resolves to its first gold article's region`, () => {
      const text = fs.readFileSync(path.join(SEEDS, seed), 'utf8');
      expectRegion(regionOfText(text), gold(seed)[0].region, seed);
    });
  }
});

describe('fixture pages split into articles by their gold titles', () => {
  it('001: a county article, a city bureau article and another county article on one page', () => {
    const seed = '001_511957d7e6d4a40f.txt';
    const text = fs.readFileSync(path.join(SEEDS, seed), 'utf8');
    const g = gold(seed);
    const starts = g.map((a) => text.indexOf(a.title!));
    expect(starts.every((s) => s >= 0)).toBe(true);
    const doc: Doc = {
      id: seed, origin: seed, encoding: 'utf-8', isHtml: false, raw: text, warnings: [],
      articles: g.map((a, i) =>
        article({ title: a.title, date: null, source: null, authors: [], text: text.slice(starts[i] + a.title!.length, starts[i + 1] ?? text.length) }, i),
      ),
    };
    resolveRegions(doc);
    doc.articles.forEach((a, i) => expectRegion(a.region, g[i].region, `${seed} article ${i}`));
    expect(doc.articles.map((a) => a.region!.level)).toEqual(['county', 'city', 'county']);
  });
});

describe('fixture pages through the page splitter', () => {
  for (const seed of seeds) {
    it(`${seed}: every gold article gets the gold region`, () => {
      const raw = fs.readFileSync(path.join(SEEDS, seed), 'utf8');
      const g = gold(seed);
      const found = findArticles(raw, false);
      const doc: Doc = {
        id: seed, origin: seed, encoding: 'utf-8', isHtml: false, raw, warnings: [],
        articles: found.articles.map(article),
      };
      expect(doc.articles.length).toBe(g.length);
      resolveRegions(doc);
      doc.articles.forEach((a, i) => expectRegion(a.region, g[i].region, `${seed} article ${i}: ${a.title ?? a.text.slice(0, 20)}`));
    });
  }
});

describe('fixture pages wrapped as portal HTML, and saved in Big5', () => {
  const cases = [
    ...fs.readdirSync(path.join(__dirname, '..', 'fixtures', 'portal')).filter((f) => /^\d{3}_.*\.html$/.test(f)).map((f) => path.join('portal', f)),
    ...fs.readdirSync(path.join(__dirname, '..', 'fixtures', 'encodings')).filter((f) => f.endsWith('.big5.txt')).map((f) => path.join('encodings', f)),
  ].sort();
  it('there are such pages', () => expect(cases.length).toBeGreaterThanOrEqual(10));
  for (const rel of cases) {
    it(`${rel}: every gold article gets the gold region`, () => {
      const file = path.join(__dirname, '..', 'fixtures', rel);
      const seed = `${path.basename(rel).slice(0, 20)}.txt`;
      const decoded = decodeInput({ id: seed, origin: file, bytes: fs.readFileSync(file), kind: 'auto' });
      const doc: Doc = {
        id: seed, origin: file, encoding: decoded.encoding, isHtml: decoded.isHtml, raw: decoded.text, warnings: [],
        articles: findArticles(decoded.text, decoded.isHtml).articles.map(article),
      };
      const g = gold(seed);
      expect(doc.articles.length).toBe(g.length);
      resolveRegions(doc);
      doc.articles.forEach((a, i) => expectRegion(a.region, g[i].region, `${rel} article ${i}`));
    });
  }
});

// Shared by the rule tests: run extraction on one sentence or passage of our own, as one article.
import type { Article, Claim, Doc, Region } from '../src/doc.js';
import { extractClaims } from '../src/stages/extract/claims.js';
import { foldWidth } from '../src/stages/normalize.js';
import { segment } from '../src/stages/segment.js';

/** A region chain as the region stage gives it. */
export const region = (code: string, name: string, level: Region['level'], province: string, city: string | null, county: string | null, town: string | null = null): Region => ({
  code, name, level, province, city, county, town,
});

/** The claims of `text` read as one article of `r`, with an optional headline and date. */
export function extractFrom(text: string, r: Region | null, title: string | null = null, date: string | null = null): Claim[] {
  const article: Article = {
    index: 0, title, date, source: null, authors: [], url: null,
    text, norm: foldWidth(text), tokens: segment(text), claims: [], region: r,
  };
  const doc: Doc = { id: 't', origin: 't', encoding: null, isHtml: false, raw: text, articles: [], warnings: [] };
  return extractClaims(article, doc);
}

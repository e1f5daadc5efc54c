import type { Article, Claim, Doc } from '../../doc.js';

export function extractClaims(_article: Article, _doc: Doc): Claim[] {
  return [];
}

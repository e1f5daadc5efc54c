// STUB (owned by the pages helper): replaced by boilerplate removal and story splitting.
import type { ArticleDraft } from '../doc.js';

export function findArticles(raw: string, isHtml: boolean): { articles: ArticleDraft[]; warnings: string[] } {
  const text = isHtml ? raw.replace(/<[^>]*>/g, '\n') : raw;
  return { articles: [{ title: null, date: null, source: null, authors: [], text }], warnings: [] };
}

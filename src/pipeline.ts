import type { Article, Doc, PageInput } from './doc.js';
import type { ArticleRecord, ClaimRecord } from './output/schema.js';
import { decodeInput } from './stages/decode.js';
import { findArticles } from './stages/split.js';
import { foldWidth } from './stages/normalize.js';
import { segment } from './stages/segment.js';
import { resolveRegions } from './stages/region.js';
import { extractClaims } from './stages/extract/claims.js';
import type { Events } from './stages/extract/events.js';
import { resolvePeriod } from './stages/time.js';
import { articleSignature } from './dedupe/signature.js';

// The row of stages. read (commands/batch) → decode → clean + split → normalize → region
// → segment → extract claims → emit. Region comes before claims: honor levels such as 全市
// depend on the level of the article's own region.

/** Decode, clean and split, normalize, region: everything before the per-article text work. */
export function preparePage(input: PageInput): Doc {
  const decoded = decodeInput(input);
  const doc: Doc = {
    id: input.id,
    origin: input.origin,
    encoding: decoded.encoding,
    isHtml: decoded.isHtml,
    raw: decoded.text,
    articles: [],
    warnings: [],
  };
  if (input.encoding && mostlyUndecodable(doc.raw)) {
    doc.warnings.push(`mostly undecodable as ${input.encoding} (replacement characters): is --encoding right?`);
  }
  const found = findArticles(doc.raw, doc.isHtml, input.record);
  doc.warnings.push(...found.warnings);
  doc.articles = found.articles.map(
    (draft, index): Article => ({
      ...draft,
      index,
      norm: foldWidth(draft.text),
      tokens: segment(draft.text),
      claims: [],
      region: null,
    }),
  );
  resolveRegions(doc);
  return doc;
}

/** Claims of one article (or of a window of a huge one: src/batch/task.ts). */
export function analyzeArticle(article: Article, doc: Doc, events?: Events): void {
  article.claims = extractClaims(article, doc, events);
}

export function processPage(input: PageInput): Doc {
  const doc = preparePage(input);
  for (const article of doc.articles) analyzeArticle(article, doc);
  return doc;
}

/** More than a third of the non-blank characters are U+FFFD: the text was decoded with the wrong encoding. */
function mostlyUndecodable(text: string): boolean {
  let bad = 0;
  let all = 0;
  for (let i = 0; i < text.length && all < 1 << 16; i++) {
    const c = text.charCodeAt(i);
    if (c <= 0x20) continue;
    all++;
    if (c === 0xfffd) bad++;
  }
  return all > 0 && bad * 3 > all;
}

/** Claim records in output order: article, then span. */
export function claimRecords(doc: Doc): ClaimRecord[] {
  const out: ClaimRecord[] = [];
  for (const a of doc.articles) {
    const year = yearOf(a.date);
    const claims = [...a.claims].sort((x, y) => x.span[0] - y.span[0] || x.span[1] - y.span[1]);
    for (const c of claims) {
      out.push({
        doc: doc.id,
        article: a.index,
        title: a.written?.title ?? a.title,
        region: a.region,
        kind: c.kind,
        value: c.value,
        valueMax: c.valueMax,
        unit: c.unit,
        classifier: c.classifier,
        approx: c.approx,
        per: c.per,
        honor: c.honor,
        subject: c.subject,
        category: c.category,
        period: c.period,
        ...resolvePeriod(c.period, year),
        status: c.status,
        partOf: c.partOf,
        date: a.date,
        year,
        url: a.url,
        duplicateOf: null,
        text: c.text,
        span: c.span,
      });
    }
  }
  return out;
}

export function articleRecords(doc: Doc): ArticleRecord[] {
  return doc.articles.map((a) => ({
    doc: doc.id,
    article: a.index,
    title: a.written?.title ?? a.title,
    date: a.date,
    source: a.source,
    authors: a.authors,
    url: a.url,
    region: a.region,
    signature: articleSignature(a.norm),
    text: a.written?.text ?? a.text,
  }));
}

/** The year of an article date (2019-12-05, 2019年12月5日), or null. */
function yearOf(date: string | null): number | null {
  const m = date ? /(?:19|20)\d\d/.exec(date) : null;
  return m ? Number(m[0]) : null;
}

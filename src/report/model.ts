import type { Claim, Doc, Kind, Region } from '../doc.js';
import type { ArticleRecord, ClaimRecord } from '../output/schema.js';

// What the report shows: articles with their cleaned text and their claims, whatever the
// input was (pages run through the pipeline, or claims + articles JSONL).

export const KINDS: readonly Kind[] = ['money', 'people', 'percent', 'honor', 'count'];

export interface ReportArticle {
  doc: string;
  index: number;
  title: string | null;
  date: string | null;
  source: string | null;
  region: Region | null;
  /** The article's cleaned text; null when only claims were given (no --articles). */
  text: string | null;
  claims: Claim[];
  /** The first occurrence of a reposted article (from claim records' duplicateOf), else null. */
  duplicateOf?: { doc: string; article: number } | null;
}

/** A result that a sum adds: not a target, not a part of another claim, not in a repost. */
export function isResult(c: Claim, a: { duplicateOf?: ReportArticle['duplicateOf'] }): boolean {
  return c.status !== 'target' && !c.partOf && !a.duplicateOf;
}

export function fromDoc(doc: Doc): ReportArticle[] {
  return doc.articles.map((a) => ({
    doc: doc.id,
    index: a.index,
    title: a.title,
    date: a.date,
    source: a.source,
    region: a.region,
    text: a.text,
    claims: a.claims,
  }));
}

const key = (doc: string, index: number) => `${doc}\u0000${index}`;

function claimOf(r: ClaimRecord): Claim {
  return {
    kind: r.kind,
    value: r.value,
    valueMax: r.valueMax,
    unit: r.unit,
    classifier: r.classifier,
    approx: r.approx,
    per: r.per,
    honor: r.honor,
    subject: r.subject,
    category: r.category,
    period: r.period,
    status: r.status,
    partOf: r.partOf,
    text: r.text,
    span: [r.span[0], r.span[1]],
  };
}

/**
 * Joins claim records with article records on (doc, article). Articles without claims are
 * kept; claims without an article record become an article whose text is unknown.
 */
export function fromRecords(claims: ClaimRecord[], articles: ArticleRecord[]): ReportArticle[] {
  const byKey = new Map<string, ReportArticle>();
  for (const a of articles) {
    if (byKey.has(key(a.doc, a.article))) continue;
    byKey.set(key(a.doc, a.article), {
      doc: a.doc,
      index: a.article,
      title: a.title,
      date: a.date,
      source: a.source,
      region: a.region,
      text: a.text,
      claims: [],
    });
  }
  for (const c of claims) {
    const k = key(c.doc, c.article);
    let art = byKey.get(k);
    if (!art) {
      art = { doc: c.doc, index: c.article, title: c.title, date: null, source: null, region: c.region, text: null, claims: [] };
      byKey.set(k, art);
    }
    // The claims file knows the region and title when an older articles file does not.
    art.region ??= c.region;
    art.title ??= c.title;
    art.duplicateOf ??= c.duplicateOf;
    art.claims.push(claimOf(c));
  }
  return [...byKey.values()];
}

/** Report order: by doc, then article index (the extract command's order). */
export function sortArticles(list: ReportArticle[]): ReportArticle[] {
  return [...list].sort((a, b) => (a.doc < b.doc ? -1 : a.doc > b.doc ? 1 : a.index - b.index));
}

export interface PlacedClaim {
  claim: Claim;
  /** Where the highlight goes in the shown text, [-1, -1] when the span does not fit it. */
  start: number;
  end: number;
}

/**
 * Claims in text order with highlight ranges that nest properly, so every claim gets exactly
 * one highlight: a claim inside another is drawn inside it, one that overlaps the end of an
 * earlier claim is clipped at that end. Spans outside the text are left unplaced.
 */
export function placeClaims(textLength: number, claims: Claim[]): PlacedClaim[] {
  const sorted = [...claims].sort(
    (a, b) => a.span[0] - b.span[0] || b.span[1] - a.span[1] || KINDS.indexOf(a.kind) - KINDS.indexOf(b.kind),
  );
  const open: number[] = [];
  return sorted.map((claim) => {
    let [start, end] = claim.span;
    const fits = Number.isInteger(start) && Number.isInteger(end) && start >= 0 && start < end && end <= textLength;
    if (!fits) return { claim, start: -1, end: -1 };
    while (open.length && open[open.length - 1] <= start) open.pop();
    if (open.length && end > open[open.length - 1]) end = open[open.length - 1];
    open.push(end);
    return { claim, start, end };
  });
}

/**
 * Text to show when the article text is unknown: the claims' evidence clauses, one a line,
 * with each claim's span moved onto its clause.
 */
export function evidenceText(claims: Claim[]): { text: string; claims: Claim[] } {
  let text = '';
  const moved = claims.map((c) => {
    const clause = c.text || '∅';
    const start = text.length;
    text += clause + '\n';
    return { ...c, span: [start, start + clause.length] as [number, number] };
  });
  return { text, claims: moved };
}

export interface RegionGroup {
  /** The region code, or 'unknown'. */
  key: string;
  region: Region | null;
  label: string;
  articles: ReportArticle[];
  claims: number;
  byKind: Record<Kind, number>;
  /** Claims a sum adds (isResult), by kind; targets, parts and claims of reposts counted apart. */
  results: number;
  resultsByKind: Record<Kind, number>;
  targets: number;
  parts: number;
  reposts: number;
}

export function regionLabel(r: Region | null): string {
  if (!r) return '未识别地区 (unknown)';
  const chain = [r.province, r.city, r.county, r.town].filter((x): x is string => !!x);
  // Municipalities repeat themselves (北京市 北京市): show each name once.
  const names = chain.filter((n, i) => chain.indexOf(n) === i);
  return names.length ? names.join(' ') : r.name;
}

/** Articles grouped by region, ordered by code (so provinces stay together), unknown last. */
export function groupByRegion(list: ReportArticle[]): RegionGroup[] {
  const groups = new Map<string, RegionGroup>();
  for (const a of list) {
    const k = a.region?.code || 'unknown';
    let g = groups.get(k);
    if (!g) {
      g = {
        key: k,
        region: a.region,
        label: regionLabel(a.region),
        articles: [],
        claims: 0,
        byKind: { money: 0, people: 0, percent: 0, honor: 0, count: 0 },
        results: 0,
        resultsByKind: { money: 0, people: 0, percent: 0, honor: 0, count: 0 },
        targets: 0,
        parts: 0,
        reposts: 0,
      };
      groups.set(k, g);
    }
    g.articles.push(a);
    g.claims += a.claims.length;
    for (const c of a.claims) {
      g.byKind[c.kind]++;
      if (isResult(c, a)) (g.results++, g.resultsByKind[c.kind]++);
      else if (a.duplicateOf) g.reposts++;
      else if (c.status === 'target') g.targets++;
      else g.parts++;
    }
  }
  return [...groups.values()].sort((a, b) =>
    a.key === 'unknown' ? 1 : b.key === 'unknown' ? -1 : a.key < b.key ? -1 : a.key > b.key ? 1 : 0,
  );
}

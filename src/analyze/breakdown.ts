import type { SummaryInput } from './summary.js';

// `summarize --breakdown`: each total with the claims that break it down (其中…, partOf), nested
// as the article nests them, under its region. Parts are shown, never added: the sums count the
// total only.

export interface BreakdownNode {
  kind: SummaryInput['kind'];
  value: number | null;
  unit: string | null;
  subject: string | null;
  status: SummaryInput['status'];
  text: string | null;
  span: [number, number] | null;
  parts: BreakdownNode[];
}

export interface Breakdown {
  region_code: string;
  region_name: string;
  doc: string;
  article: number;
  total: BreakdownNode;
}

const node = (c: SummaryInput): BreakdownNode => ({
  kind: c.kind,
  value: c.value,
  unit: c.unit,
  subject: c.subject ?? null,
  status: c.status,
  text: c.text ?? null,
  span: c.span ?? null,
  parts: [],
});

/**
 * Totals that have parts, in input order, with their parts nested. A part whose total is not
 * in the input is shown under a placeholder total with no value, so it is never lost.
 */
export function breakdowns(claims: SummaryInput[], unknownRegion: string): Breakdown[] {
  const nodes = new Map<string, { c: SummaryInput; n: BreakdownNode }>();
  const key = (doc: string, article: number, span: readonly [number, number]) => `${doc}\u0000${article}\u0000${span[0]},${span[1]}`;
  for (const c of claims) if (c.span && !c.duplicateOf) nodes.set(key(c.doc, c.article, c.span), { c, n: node(c) });
  const out: Breakdown[] = [];
  const top = new Set<BreakdownNode>();
  const addTop = (c: SummaryInput, n: BreakdownNode) => {
    if (top.has(n)) return;
    top.add(n);
    out.push({ region_code: c.region?.code ?? '', region_name: c.region?.name ?? unknownRegion, doc: c.doc, article: c.article, total: n });
  };
  for (const c of claims) {
    if (!c.partOf || c.duplicateOf || !c.span) continue;
    const self = nodes.get(key(c.doc, c.article, c.span))!;
    const parentKey = key(c.doc, c.article, c.partOf);
    let parent = nodes.get(parentKey);
    if (!parent) {
      const missing: BreakdownNode = { kind: c.kind, value: null, unit: null, subject: null, status: 'result', text: null, span: c.partOf, parts: [] };
      parent = { c, n: missing };
      nodes.set(parentKey, parent);
    }
    parent.n.parts.push(self.n);
    // a total is shown at the top unless it is itself a part
    if (!parent.c.partOf || parent.n.text === null) addTop(parent.c, parent.n);
  }
  const code = (b: Breakdown) => b.region_code || '\uffff'; // unknown last
  return out.sort((a, b) => (code(a) < code(b) ? -1 : code(a) > code(b) ? 1 : 0));
}

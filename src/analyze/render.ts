import type { ChalkInstance } from 'chalk';
import type { ClaimDiff, Keyed, Rec } from './diff.js';

// A claim diff for people: grouped by document and article, one line per added or removed claim,
// and for a changed claim its evidence text followed by one line per changed field.

function show(v: unknown): string {
  if (v === undefined) return '(absent)';
  return JSON.stringify(v);
}

/** kind value unit (hedge) [honor] | text — the claim in one line. */
export function claimLine(r: Rec): string {
  const parts: string[] = [String(r.kind ?? '?')];
  const value = r.value === null || r.value === undefined ? '—' : String(r.value);
  parts.push(r.valueMax !== null && r.valueMax !== undefined ? `${value}–${r.valueMax}` : value);
  if (r.unit) parts.push(String(r.unit));
  if (r.approx) parts.push(`(${r.approx})`);
  if (r.per) parts.push(`per ${r.per}`);
  const h = r.honor as Rec | null | undefined;
  if (h && typeof h === 'object') parts.push(`[${h.title ?? '—'}${h.level ? ', ' + h.level : ''}]`);
  return `${parts.join(' ')} | ${r.text ?? ''}`;
}

const place = (k: Keyed) => `[${k.span[0]},${k.span[1]}]${k.nth ? '#' + (k.nth + 1) : ''}`;

export function renderDiff(d: ClaimDiff, c: ChalkInstance, names: { expected: string; actual: string }): string {
  type Line = { k: Keyed; text: string[] };
  const rows: Line[] = [
    ...d.removed.map((k) => ({ k, text: [c.red(`  - ${place(k)} ${claimLine(k.record)}`)] })),
    ...d.added.map((k) => ({ k, text: [c.green(`  + ${place(k)} ${claimLine(k.record)}`)] })),
    ...d.changed.map((ch) => ({
      k: ch.at,
      text: [
        c.yellow(`  ~ ${place(ch.at)} ${claimLine(ch.after)}`),
        ...ch.fields.map((f) => `      ${c.cyan(f.field)}: ${c.red(show(f.before))} → ${c.green(show(f.after))}`),
      ],
    })),
  ];
  rows.sort((a, b) => {
    const x = a.k, y = b.k;
    if (x.doc !== y.doc) return x.doc < y.doc ? -1 : 1;
    return x.article - y.article || x.span[0] - y.span[0] || x.span[1] - y.span[1] || x.nth - y.nth;
  });
  const out: string[] = [];
  if (rows.length) out.push(c.dim(`--- ${names.expected}`), c.dim(`+++ ${names.actual}`));
  let group = '';
  for (const r of rows) {
    const g = `${r.k.doc} · article ${r.k.article}`;
    if (g !== group) {
      out.push(c.bold(g));
      group = g;
    }
    out.push(...r.text);
  }
  out.push(summaryLine(d, c));
  return out.join('\n') + '\n';
}

export function summaryLine(d: ClaimDiff, c: ChalkInstance): string {
  const same = d.added.length + d.removed.length + d.changed.length === 0;
  if (same) return c.green(`no differences (${d.unchanged} claims)`);
  return [
    c.green(`${d.added.length} added`),
    c.red(`${d.removed.length} removed`),
    c.yellow(`${d.changed.length} changed`),
    `${d.unchanged} unchanged`,
  ].join(', ');
}

/** The diff as data, for --json. */
export function diffJson(d: ClaimDiff): string {
  return (
    JSON.stringify(
      {
        equal: same(d),
        added: d.added.map((k) => k.record),
        removed: d.removed.map((k) => k.record),
        changed: d.changed.map((ch) => ({
          doc: ch.at.doc,
          article: ch.at.article,
          span: ch.at.span,
          fields: ch.fields.map((f) => ({ field: f.field, before: f.before ?? null, after: f.after ?? null })),
        })),
        unchanged: d.unchanged,
      },
      null,
      1,
    ) + '\n'
  );
}

function same(d: ClaimDiff): boolean {
  return d.added.length + d.removed.length + d.changed.length === 0;
}

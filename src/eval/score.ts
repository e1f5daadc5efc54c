import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { InputError } from '../errors.js';
import { readJsonlFile, type JsonlLine } from '../analyze/jsonl.js';
import { ClaimRecordSchema } from '../output/schema.js';
import {
  pyEq, pyFloat, pyHashKey, pyOrNone, pyRound, pySig, pySorted, pyStrip, pyTruthy, PY_SPACE,
} from './py.js';

// A line-by-line port of the reference scorer tools/score.py (kept in the repo; a test checks that
// both agree). Matching is per document and greedy in gold order: each gold claim takes the first
// unused prediction with the best score (kind agrees ×2, gold text's first 6 characters in the
// prediction's text ×1) among those whose value and canonical unit (and valueMax) agree; an
// uncounted honor matches on title containment. Do not "improve" it here: it is the yardstick.

type Rec = Record<string, unknown>;

const PEOPLE: Record<string, string> = {
  人: '人', 名: '人', 位: '人', 人次: '人次', '人(次)': '人次', '人（次）': '人次', '人·次': '人次',
};

/** score.py canon_unit: str(u).strip(), then person classifiers folded. */
export function canonUnit(u: unknown): string | null {
  if (u === null || u === undefined) return null;
  const s = pyStrip(typeof u === 'string' ? u : u === true ? 'True' : u === false ? 'False' : String(u));
  return Object.hasOwn(PEOPLE, s) ? PEOPLE[s] : s;
}

export type NumKey = number | null | 'bad';

/** score.py num_key: float(f"{float(v):.6g}"), None for None, "bad" where float() raises. */
export function numKey(v: unknown): NumKey {
  if (v === null || v === undefined) return null;
  const f = pyFloat(v);
  if (f === undefined) return 'bad';
  return pySig(f, 6);
}

function sameKey(a: NumKey, b: NumKey): boolean {
  return a === b; // NaN != NaN in both languages; 'bad' == 'bad' in Python too
}

const QUOTES_RE = new RegExp(`[“”"'‘’《》「」${PY_SPACE}]`, 'g');

/** score.py norm_title: quotes and spaces out, a leading 第N届 out. */
export function normTitle(t: unknown): string {
  if (!pyTruthy(t)) return '';
  return String(t).replace(QUOTES_RE, '').replace(/^第[0-9一二三四五六七八九十百]+届/, '');
}

function get(o: unknown, k: string): unknown {
  return o !== null && typeof o === 'object' && !Array.isArray(o) ? (o as Rec)[k] ?? null : null;
}

/** `(x.get(k) or {})` */
function sub(o: unknown, k: string): unknown {
  const v = get(o, k);
  return pyTruthy(v) ? v : {};
}

/** score.py norm_subject: quotes and spaces out. */
export function normSubject(t: unknown): string {
  if (!pyTruthy(t)) return '';
  return String(t).replace(QUOTES_RE, '');
}

/** score.py deepest: the name of the deepest level named, else region.name. */
export function deepest(region: unknown): unknown {
  if (!pyTruthy(region)) return null;
  for (const k of ['town', 'county', 'city', 'province']) {
    const v = get(region, k);
    if (pyTruthy(v)) return v;
  }
  return get(region, 'name');
}

// ---- loading -------------------------------------------------------------------------------

const GoldClaim = z.looseObject({ kind: z.string() });
const GoldArticle = z.looseObject({ claims: z.array(GoldClaim), region: z.unknown().optional() });
const GoldDoc = z.looseObject({ doc: z.string(), articles: z.array(GoldArticle) });
export type GoldDoc = z.infer<typeof GoldDoc>;

function issue(err: z.ZodError): string {
  const i = err.issues[0];
  return `${i.path.length ? i.path.join('.') + ': ' : ''}${i.message}`;
}

/**
 * score.py load_gold: a file, or every *.jsonl of a folder in name order (not recursive). Several
 * paths are read in the order given, as if their files were copied into one folder.
 */
export function loadGold(paths: string | string[]): GoldDoc[] {
  return (typeof paths === 'string' ? [paths] : paths).flatMap(loadGoldPath);
}

function loadGoldPath(p: string): GoldDoc[] {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(p);
  } catch {
    throw new InputError(p, 'no such file or folder');
  }
  const files = stat.isDirectory()
    ? pySorted(fs.readdirSync(p).filter((n) => n.endsWith('.jsonl'))).map((n) => path.join(p, n))
    : [p];
  if (files.length === 0) throw new InputError(p, 'no .jsonl gold files in this folder');
  const out: GoldDoc[] = [];
  for (const f of files) {
    for (const { line, value } of readJsonlFile(f)) {
      const r = GoldDoc.safeParse(value);
      if (!r.success) throw new InputError(`${f}:${line}`, `not a gold record (${issue(r.error)})`);
      out.push(r.data);
    }
  }
  return out;
}

export function loadPredictions(file: string): Rec[] {
  return predictionsFrom(readJsonlFile(file), file);
}

/** The fields matching depends on, as the output schema has them; the rest score.py reads leniently. */
const S = ClaimRecordSchema.shape;
const Prediction = z.looseObject({ doc: S.doc, kind: S.kind, value: S.value, unit: S.unit });

/** Prediction records, each checked against the claim schema (a pages file is refused, not scored 0). */
export function predictionsFrom(lines: JsonlLine[], file: string): Rec[] {
  return lines.map(({ line, value }) => {
    const where = `${file}:${line}`;
    if (value === null || typeof value !== 'object' || Array.isArray(value)) {
      throw new InputError(where, 'not a claim record (expected a JSON object)');
    }
    const r = Prediction.safeParse(value);
    if (!r.success) {
      const v = value as Rec;
      if ('id' in v && ('html' in v || 'text' in v) && !('kind' in v)) {
        throw new InputError(where, 'a page record, not a claim record (run `zhclaims extract` on it first)');
      }
      throw new InputError(where, `not a claim record (${issue(r.error)})`);
    }
    return value as Rec;
  });
}

/** Predictions scored as given, without checks: the library entry the agreement tests use. */
export function rawPredictions(file: string): Rec[] {
  return readJsonlFile(file).map(({ value }) => value as Rec);
}

// ---- scoring -------------------------------------------------------------------------------

export interface ScoreResult {
  docs: number;
  gold_claims: number;
  pred_claims: number;
  matched: number;
  strict_f1: number;
  strict_precision: number;
  strict_recall: number;
  precision: number;
  recall: number;
  f1: number;
  kind_acc: number | null;
  approx_acc: number | null;
  honor_level_acc: number | null;
  status_acc: number | null;
  target_precision: number | null;
  target_recall: number | null;
  subject_exact: number | null;
  subject_overlap: number | null;
  partof_precision: number | null;
  partof_recall: number | null;
  recall_by_kind: Record<string, number>;
  region_recall: number | null;
  region_precision: number | null;
  docs_without_gold: string[];
}

export interface Scored {
  result: ScoreResult;
  /** Unrounded headline figures, for the last line and --min-f1. */
  raw: { strictF1: number; f1: number; precision: number; recall: number };
  misses: { doc: string; claim: Rec }[];
  falsePositives: { doc: string; claim: Rec }[];
}

/** Python str() of a doc id from a prediction (None → 'None'). */
function docKey(v: unknown): string {
  if (v === null || v === undefined) return 'None';
  if (typeof v === 'string') return v;
  if (typeof v === 'boolean') return v ? 'True' : 'False';
  return String(v);
}

/** Python list(x) of a JSON value: a list as is, a string's characters, a dict's keys. */
function pyList(v: unknown): unknown[] {
  if (Array.isArray(v)) return v;
  if (typeof v === 'string') return Array.from(v);
  if (v !== null && typeof v === 'object') return Object.keys(v);
  throw new InputError('predictions', `partOf must be a span [start, end], not ${JSON.stringify(v)}`);
}

function pyPrefix(s: string, n: number): string {
  return Array.from(s).slice(0, n).join('');
}

export function score(goldDocs: GoldDoc[], preds: Rec[]): Scored {
  const gold = new Map<string, GoldDoc>();
  for (const d of goldDocs) gold.set(d.doc, d); // a later duplicate wins, keeping the first position
  const byDoc = new Map<string, Rec[]>();
  for (const r of preds) {
    const k = docKey(r.doc);
    if (!byDoc.has(k)) byDoc.set(k, []);
    byDoc.get(k)!.push(r);
  }

  let tp = 0, fp = 0, fn = 0;
  let kindOk = 0, approxOk = 0, levelOk = 0, levelN = 0, strict = 0;
  const byKind = new Map<string, [number, number]>();
  let regHit = 0, regGold = 0, regPred = 0, regPredOk = 0;
  let statusOk = 0, statusN = 0, linkOk = 0, linkGold = 0, linkPred = 0;
  let subjN = 0, subjExact = 0, subjOverlap = 0;
  let tgtGold = 0, tgtPred = 0, tgtBoth = 0;
  const misses: Scored['misses'] = [];
  const fps: Scored['falsePositives'] = [];

  for (const [doc, g] of gold) {
    const gclaims = g.articles.flatMap((a) => a.claims as Rec[]);
    const gpos = g.articles.flatMap((a, ai) => a.claims.map((_, ci) => `${ai},${ci}`));
    const pclaims = byDoc.get(doc) ?? [];
    const used = new Array<boolean>(pclaims.length).fill(false);
    const match = new Map<string, number>(); // "article,claim" in gold -> index in pclaims
    for (const [gi, gc] of gclaims.entries()) {
      const gk = gc.kind as string;
      if (!byKind.has(gk)) byKind.set(gk, [0, 0]);
      byKind.get(gk)![1] += 1;
      const gv = numKey(gc.value), gu = canonUnit(gc.unit), gm = numKey(gc.valueMax);
      let best: [number, number] | null = null;
      for (let j = 0; j < pclaims.length; j++) {
        if (used[j]) continue;
        const pc = pclaims[j];
        if (gv === null) {
          if ((pc.value !== null && pc.value !== undefined) || !pyEq(pc.kind, 'honor')) continue;
          const gt = normTitle(get(sub(gc, 'honor'), 'title'));
          const pt = normTitle(get(sub(pc, 'honor'), 'title'));
          if (!gt || !pt || !(pt.includes(gt) || gt.includes(pt))) continue;
        } else {
          if (!sameKey(numKey(pc.value), gv) || canonUnit(pc.unit) !== gu) continue;
          const pm = pc.valueMax;
          if ((gm !== null || (pm !== null && pm !== undefined)) && !sameKey(numKey(pm), gm)) continue;
        }
        const gtext = typeof gc.text === 'string' ? gc.text : '';
        const ptext = pyTruthy(pc.text) ? String(pc.text) : '';
        const s = (pyEq(pc.kind, gk) ? 2 : 0) + (ptext.includes(pyPrefix(gtext, 6)) ? 1 : 0);
        if (best === null || s > best[0]) best = [s, j];
      }
      if (best === null) {
        fn += 1;
        misses.push({ doc, claim: gc });
        continue;
      }
      const j = best[1];
      used[j] = true;
      match.set(gpos[gi], j);
      const pc = pclaims[j];
      if (Object.hasOwn(gc, 'subject')) {
        const gs = normSubject(gc.subject), ps = normSubject(get(pc, 'subject'));
        subjN += 1;
        subjExact += Number(gs === ps);
        subjOverlap += Number(gs === ps || Boolean(gs && ps && (ps.includes(gs) || gs.includes(ps))));
      }
      if (Object.hasOwn(gc, 'status')) {
        statusN += 1;
        const ps = pyTruthy(get(pc, 'status')) ? get(pc, 'status') : 'result';
        statusOk += Number(pyEq(ps, gc.status));
        tgtGold += Number(pyEq(gc.status, 'target'));
        tgtPred += Number(pyEq(ps, 'target'));
        tgtBoth += Number(pyEq(ps, 'target') && pyEq('target', gc.status));
      }
      tp += 1;
      byKind.get(gk)![0] += 1;
      const kindSame = pyEq(pc.kind, gk);
      const approxSame = pyEq(pyOrNone(pc.approx), pyOrNone(gc.approx));
      kindOk += Number(kindSame);
      approxOk += Number(approxSame);
      let sameLevel = true;
      if (gk === 'honor') {
        levelN += 1;
        sameLevel = pyEq(pyOrNone(get(sub(pc, 'honor'), 'level')), pyOrNone(get(sub(gc, 'honor'), 'level')));
        levelOk += Number(sameLevel);
      }
      strict += Number(kindSame && approxSame && sameLevel);
    }
    pclaims.forEach((pc, j) => {
      if (!used[j]) {
        fp += 1;
        fps.push({ doc, claim: pc });
      }
    });
    // breakdown links (partOf): gold gives the parent's index in its article, a prediction the parent's span
    for (const [pos, j] of match) {
      const [ai, ci] = pos.split(',').map(Number);
      const gp = get(g.articles[ai].claims[ci], 'partOf');
      const pp = get(pclaims[j], 'partOf');
      if (gp === null) continue;
      linkGold += 1;
      const pj = typeof gp === 'number' || typeof gp === 'boolean' ? match.get(`${ai},${Number(gp)}`) : undefined;
      if (pp !== null && pj !== undefined) {
        const span = get(pclaims[pj], 'span');
        const parentSpan = pyTruthy(span) ? span : [];
        if (pyEq(pyList(pp), pyList(parentSpan)) && pyEq(get(pclaims[pj], 'article'), get(pclaims[j], 'article'))) linkOk += 1;
      }
    }
    linkPred += pclaims.filter((pc) => get(pc, 'partOf') !== null).length;
    const gregs = new Set<string>();
    for (const a of g.articles) {
      if (a.claims.length === 0) continue;
      const d = deepest(a.region);
      if (d !== null && d !== undefined) gregs.add(pyHashKey(d));
    }
    const pregs = new Set<string>();
    for (const r of pclaims) {
      const d = deepest(r.region);
      if (d !== null && d !== undefined) pregs.add(pyHashKey(d));
    }
    const both = [...gregs].filter((x) => pregs.has(x)).length;
    regGold += gregs.size;
    regHit += both;
    regPred += pregs.size;
    regPredOk += both;
  }
  const extraDocs = pySorted([...byDoc.keys()].filter((d) => !gold.has(d)));
  for (const d of extraDocs) fp += byDoc.get(d)!.length;

  const p = tp + fp ? tp / (tp + fp) : 0;
  const r = tp + fn ? tp / (tp + fn) : 0;
  const f1 = p + r ? (2 * p * r) / (p + r) : 0;
  const sp = tp + fp ? strict / (tp + fp) : 0;
  const sr = tp + fn ? strict / (tp + fn) : 0;
  const sf1 = sp + sr ? (2 * sp * sr) / (sp + sr) : 0;
  const r4 = (x: number) => pyRound(x, 4);
  const recallByKind: Record<string, number> = {};
  for (const k of pySorted([...byKind.keys()])) {
    const [m, t] = byKind.get(k)!;
    if (t) recallByKind[k] = r4(m / t);
  }
  const result: ScoreResult = {
    docs: gold.size,
    gold_claims: tp + fn,
    pred_claims: tp + fp,
    matched: tp,
    strict_f1: r4(sf1),
    strict_precision: r4(sp),
    strict_recall: r4(sr),
    precision: r4(p),
    recall: r4(r),
    f1: r4(f1),
    kind_acc: tp ? r4(kindOk / tp) : null,
    approx_acc: tp ? r4(approxOk / tp) : null,
    honor_level_acc: levelN ? r4(levelOk / levelN) : null,
    status_acc: statusN ? r4(statusOk / statusN) : null,
    target_precision: tgtPred ? r4(tgtBoth / tgtPred) : null,
    target_recall: tgtGold ? r4(tgtBoth / tgtGold) : null,
    subject_exact: subjN ? r4(subjExact / subjN) : null,
    subject_overlap: subjN ? r4(subjOverlap / subjN) : null,
    partof_precision: linkPred ? r4(linkOk / linkPred) : null,
    partof_recall: linkGold ? r4(linkOk / linkGold) : null,
    recall_by_kind: recallByKind,
    region_recall: regGold ? r4(regHit / regGold) : null,
    region_precision: regPred ? r4(regPredOk / regPred) : null,
    docs_without_gold: extraDocs,
  };
  return { result, raw: { strictF1: sf1, f1, precision: p, recall: r }, misses, falsePositives: fps };
}

import { regionData, lineage, type Unit } from './data.js';
import { scan, type Hit } from './scan.js';

// Scoring an article's place names into one region.
//
// 1. Every place name of the page is found in one pass (scan.ts). A short alias (永善) or an
//    everyday word (平安, 城区) only counts when the page corroborates it: its full name, a
//    parent or a child place is named too, or an acting body follows it (永善妇联).
// 2. A name shared by several units (朝阳区, 皇华镇, 吉林) goes to the unit whose parents and
//    children are named on the page; a tie between levels goes to the higher level
//    (吉林 → 吉林省); any other tie leaves the name out.
// 3. Each mention weighs by where it stands (title, source line, first lines), whether an
//    acting body follows, and whether it is a destination (赴上海学习 weighs little).
// 4. The weights are summed up the tree; the path of heaviest subtrees from province down is
//    the article's lineage. Self-references (我县, 全市, 该镇) add to the deepest place of the
//    path whose name ends like them. The region is the deepest place of the path that holds
//    at least half the weight of the heaviest place of the path; the chain fills upward.

export interface Field {
  text: string;
  /** How much a mention here says about the article: title 3, source line 2, body 1. */
  weight: number;
  /** Mentions in the first lines of a body weigh more. */
  body?: boolean;
}

export const WEIGHTS = {
  leadChars: 100,
  lead: 1.5,
  actor: 1.5,
  destination: 0.2,
  short: 0.8,
  zoneToParent: 0.5,
  pinCap: 8,
  pinInTitle: 2,
  /** The page's own region, given to each of its articles as a weak prior. */
  pagePrior: 1,
  /** The region holds at least this share of the heaviest place on its path. */
  keep: 0.5,
};

/** What the whole page says about places: evidence used to settle short and shared names. */
export interface PageContext {
  /** Weight of unambiguous, non-short, non-weak mentions per unit (index). */
  strong: Map<number, number>;
  strongDown: Map<number, number>;
  /** Same over every non-weak mention, short aliases included. */
  all: Map<number, number>;
  allDown: Map<number, number>;
  /** The page's dominant region, if any. */
  region: Unit | null;
}

function addEvidence(self: Map<number, number>, down: Map<number, number>, u: Unit, w: number): void {
  self.set(u.index, (self.get(u.index) ?? 0) + w);
  const { units } = regionData();
  let p = u.parent;
  while (p >= 0) {
    down.set(p, (down.get(p) ?? 0) + w);
    p = units[p].parent;
  }
}

/** Evidence of the unit, its ancestors and its descendants (self optional). */
function support(c: Unit, self: Map<number, number>, down: Map<number, number>, withSelf: boolean): number {
  let s = down.get(c.index) ?? 0;
  if (withSelf) s += self.get(c.index) ?? 0;
  const { units } = regionData();
  let p = c.parent;
  while (p >= 0) {
    s += self.get(p) ?? 0;
    p = units[p].parent;
  }
  return s;
}

export function pageContext(texts: string[]): PageContext {
  const ctx: PageContext = { strong: new Map(), strongDown: new Map(), all: new Map(), allDown: new Map(), region: null };
  const perText = texts.map((t) => scan(t));
  for (const h of perText.flat()) {
    const e = h.entry;
    if (!e || e.weak) continue;
    const k = e.candidates.length;
    for (const c of e.candidates) {
      addEvidence(ctx.all, ctx.allDown, c.unit, 1 / k);
      if (!c.short || h.actor) addEvidence(ctx.strong, ctx.strongDown, c.unit, 1 / k);
    }
  }
  ctx.region = resolveFields(
    texts.map((text) => ({ text, weight: 1, body: true })),
    ctx,
    perText,
  );
  return ctx;
}

const LEVEL_RANK: Record<Unit['level'], number> = { province: 0, city: 1, county: 2, town: 3 };

/** The unit a mention stands for on this page, or null when the page does not settle it. */
export function pickCandidate(h: Hit, ctx: PageContext): Unit | null {
  const e = h.entry;
  if (!e) return null;
  const kept: { unit: Unit; score: number }[] = [];
  for (const c of e.candidates) {
    const strong = support(c.unit, ctx.strong, ctx.strongDown, true);
    if (e.weak && strong <= 0) continue;
    const related = support(c.unit, ctx.all, ctx.allDown, false);
    if (c.short && !h.actor && strong <= 0 && related <= 0) continue;
    kept.push({ unit: c.unit, score: strong + 0.5 * related });
  }
  if (kept.length === 0) return null;
  if (kept.length === 1) return kept[0].unit;
  const best = Math.max(...kept.map((k) => k.score));
  const top = kept.filter((k) => best - k.score < 1e-9);
  if (top.length === 1) return top[0].unit;
  // A tie between levels goes to the higher one (吉林 → 吉林省, 承德 → 承德市).
  const highest = Math.min(...top.map((k) => LEVEL_RANK[k.unit.level]));
  const atHighest = top.filter((k) => LEVEL_RANK[k.unit.level] === highest);
  return atHighest.length === 1 ? atHighest[0].unit : null;
}

/**
 * The region of a set of fields (an article's title, source line, byline and body).
 * `prescanned` lets the page reuse hits it already has.
 */
export function resolveFields(fields: Field[], ctx: PageContext, prescanned?: Hit[][]): Unit | null {
  const { units } = regionData();
  const own = new Map<number, number>();
  const pins = new Map<string, number>();
  const credit = (u: Unit, w: number) => own.set(u.index, (own.get(u.index) ?? 0) + w);

  fields.forEach((f, fi) => {
    const hits = prescanned?.[fi] ?? scan(f.text);
    for (const h of hits) {
      if (h.selfRef) {
        const w = h.selfRef.weight * (f.body ? 1 : WEIGHTS.pinInTitle);
        pins.set(h.selfRef.suffix, (pins.get(h.selfRef.suffix) ?? 0) + w);
        continue;
      }
      const u = pickCandidate(h, ctx);
      if (!u) continue;
      let w = f.weight;
      if (f.body && h.start < WEIGHTS.leadChars) w *= WEIGHTS.lead;
      if (h.actor) w *= WEIGHTS.actor;
      if (h.destination) w *= WEIGHTS.destination;
      if (h.entry?.candidates.find((c) => c.unit === u)?.short) w *= WEIGHTS.short;
      if (u.zone) {
        if (u.parent >= 0) credit(units[u.parent], w * WEIGHTS.zoneToParent);
      } else credit(u, w);
    }
  });
  if (ctx.region) credit(ctx.region, WEIGHTS.pagePrior);
  if (own.size === 0) return null;

  // Subtree totals and the path of heaviest subtrees.
  const total = new Map<number, number>();
  const children = new Map<number, Set<number>>();
  const roots = new Set<number>();
  for (const [i, w] of own) {
    let x = i;
    for (;;) {
      total.set(x, (total.get(x) ?? 0) + w);
      const p = units[x].parent;
      if (p < 0) {
        roots.add(x);
        break;
      }
      let set = children.get(p);
      if (!set) children.set(p, (set = new Set()));
      set.add(x);
      x = p;
    }
  }
  const heaviest = (set: Iterable<number>): number => {
    let best = -1;
    for (const i of set) {
      const t = total.get(i) ?? 0;
      if (best < 0 || t > (total.get(best) ?? 0) || (t === total.get(best) && i < best)) best = i;
    }
    return best;
  };
  const path: number[] = [];
  let node = heaviest(roots);
  while (node >= 0) {
    path.push(node);
    const ch = children.get(node);
    node = ch ? heaviest(ch) : -1;
  }

  const score = path.map((i) => own.get(i) ?? 0);
  for (const [suffix, w] of pins) {
    for (let d = path.length - 1; d >= 0; d--) {
      if (units[path[d]].name.endsWith(suffix)) {
        score[d] += Math.min(w, WEIGHTS.pinCap);
        break;
      }
    }
  }
  const max = Math.max(...score);
  if (max <= 0) return null;
  for (let d = path.length - 1; d >= 0; d--) {
    if (score[d] >= WEIGHTS.keep * max) return units[path[d]];
  }
  return null;
}

/** For tests and diagnostics: the lineage names of a unit, top first. */
export function chainNames(u: Unit): string[] {
  return lineage(u)
    .map((x) => x.name)
    .reverse();
}
